//! The dateline printed at the head of a markup body, a convention of the XML formats: G2 and
//! NITF print it in the lead paragraph when they write ([`body_view`]), and G2, NITF and NewsML
//! 1.2 take it out of the lead when they read ([`strip_dateline`]), so that what one writes the
//! others read back the same.

use std::borrow::Cow;

use crate::iri::is_visible;
use crate::model::{Article, Block, Dateline, Inline, printed_body};
use crate::writable::writable;
use crate::xml::{collapse, xhtml_form};

/// The body and dateline in the form a reader gets them back ([`xhtml_form`], the dateline text
/// on one line), to print as [`Article::printed_body`] does: what was read prints the same
/// again. The body is borrowed when it is in that form already.
pub(crate) struct BodyView<'a> {
    /// The body in [`xhtml_form`].
    pub body: Cow<'a, [Block]>,
    /// The dateline, its text on one line.
    pub dateline: Option<Dateline>,
}

impl BodyView<'_> {
    /// The body with the dateline printed at its head ([`Article::printed_body`]).
    pub fn printed_body(&self) -> Cow<'_, [Block]> {
        printed_body(&self.body, self.dateline.as_ref())
    }

    /// The words of the body ([`Article::counted_words`]).
    pub fn counted_words(&self) -> usize {
        self.body
            .iter()
            .map(|block| block.plain_text().split_whitespace().count())
            .sum()
    }
}

/// The [`BodyView`] of `article`.
pub(crate) fn body_view(article: &Article) -> BodyView<'_> {
    let dateline = article.dateline.as_ref().map(|d| {
        // On one line as the readers give it back; blank when it is only whitespace.
        let visible = d.text.chars().any(is_visible);
        let text = visible
            .then(|| collapse(&writable(&d.text)))
            .flatten()
            .unwrap_or_default();
        Dateline::new(text)
    });
    BodyView {
        body: xhtml_form(&article.body),
        dateline,
    }
}

/// The count `inlineXML/@wordcount` declares: the article's own, else the body's words.
pub(crate) fn declared_or_counted_words(article: &Article, view: &BodyView<'_>) -> usize {
    article
        .word_count
        .map_or_else(|| view.counted_words(), |n| n as usize)
}

/// [`Article::strip_printed_dateline`], with two cases of its own:
///
/// * when the lead goes on with an agency tag after the dateline, the dateline element is the
///   place part of a longer printed dateline (`FORT WASHINGTON, Pa.` before
///   `FORT WASHINGTON, Pa. (AP) _ ...`): the body keeps it;
/// * a dateline printed before a line break loses its trailing space in the canonical form
///   (`<p>ROMA (ANSA) -<br/>...`): it is taken out too.
pub(crate) fn strip_dateline(article: &mut Article) {
    let Some(dateline) = article
        .dateline
        .as_ref()
        .map(|d| d.text.trim().to_string())
        .filter(|d| !d.is_empty())
    else {
        return;
    };
    let lead = article.body.iter_mut().find_map(|block| match block {
        Block::Paragraph { content } => Some(content),
        _ => None,
    });
    if let Some(content) = lead
        && let Some(Inline::Text(first)) = content.first()
    {
        let rest = first.strip_prefix(dateline.as_str());
        if rest
            .is_some_and(|r| r.starts_with(char::is_whitespace) && r.trim_start().starts_with('('))
        {
            return;
        }
        if rest == Some("")
            && content.get(1) == Some(&Inline::LineBreak)
            && !dateline.ends_with(char::is_alphanumeric)
        {
            content.remove(0);
            return;
        }
    }
    article.strip_printed_dateline();
}
