//! Model mapping both teletype readers share: the body and the dateline at the head of its lead,
//! authors from the byline, the sign-off and post-text, the language, and the transmission time.

use crate::byline::Byline;
use crate::dateline;
use crate::formats::budget;
use crate::language;
use crate::model::{
    Article, Association, Author, AuthorKind, Block, Dateline, Inline, ItemKind, Timestamp,
};

use super::blocks::Chunk;
use super::lines::collapse;

/// The body a message's text holds (headings as `heading` gives them: 7901 has none of its own,
/// so they read as paragraphs) and the dateline taken off its lead.
pub(crate) fn set_body(article: &mut Article, chunks: Vec<Chunk>, heading: fn(&str) -> Block) {
    article.body = chunks
        .into_iter()
        .take_while(|chunk| budget::spend_block(usize::from(!matches!(chunk, Chunk::Pre(_)))))
        .map(|chunk| match chunk {
            Chunk::Para(text) => Block::paragraph(text),
            Chunk::Heading(text) => heading(&text),
            Chunk::Pre(text) => Block::Preformatted { text },
        })
        .collect();
    article.dateline = take_dateline(&mut article.body);
}

/// What follows the text, kept alike by both formats: the sign-off and the post-text line under
/// `<namespace>:sign_off` and `<namespace>:post_text`, the times of the post-text's `sent` (see
/// [`Article::set_sent`]), and the language: the caller's, else detected.
pub(crate) fn set_ends(
    article: &mut Article,
    namespace: &str,
    sign_off: Option<&str>,
    post: Option<&str>,
    sent: Option<Timestamp>,
    language: Option<&str>,
) {
    for (name, value) in [("sign_off", sign_off), ("post_text", post)] {
        if let Some(value) = value {
            article
                .extensions
                .insert(format!("{namespace}:{name}"), value.into());
        }
    }
    if let Some(sent) = sent {
        article.set_sent(sent);
    }
    article.language = match language {
        Some(language) => Some(language.to_string()),
        None => detect_language(article),
    };
}

/// Takes the dateline off the first paragraph of `body`, with the plain-text reader's grammar
/// (`Berlin (dpa) - `, `BUENOS AIRES, Argentina (AP) _ `, `SAITAMA, Japan, Dec. 9 Kyodo - `): the
/// paragraph keeps the text after it. A first paragraph that is only a dateline is removed.
fn take_dateline(body: &mut Vec<Block>) -> Option<Dateline> {
    let index = body
        .iter()
        .position(|b| matches!(b, Block::Paragraph { .. }))?;
    let Some(Block::Paragraph { content }) = body.get(index) else {
        return None;
    };
    let text = Inline::plain_text(content);
    // Read once for both: a dateline glued to the text, or one alone on its line.
    let (lead, line) = dateline::parse_lead_or_line(&text);
    if let Some(found) = lead {
        let rest = text.get(found.consumed..).unwrap_or("").trim().to_string();
        if let Some(block) = body.get_mut(index) {
            *block = Block::paragraph(rest);
        }
        return Some(found.dateline);
    }
    let found = line?;
    body.remove(index);
    Some(found)
}

/// The pictures a photo line names (`AP Photo XNP101`), each an associated picture known by its
/// id.
pub(crate) fn photos(ids: &[String]) -> Vec<Association> {
    ids.iter()
        .map(|id| Association {
            kind: Some(ItemKind::Picture),
            id: Some(id.clone()),
            ..Association::default()
        })
        .collect()
}

/// The authors a byline names, each with the affiliation printed below the byline as job title
/// (`Associated Press`).
pub(crate) fn authors(byline: &Byline, affiliation: Option<&str>) -> Vec<Author> {
    byline
        .names
        .iter()
        .map(|name| {
            let mut author = Author::named(name.clone());
            author.job_title = affiliation.map(str::to_string);
            author
        })
        .collect()
}

/// The byline a heading prints, on one line: the article's, else (when it has none, or a blank
/// one: blank is no value) its creators' names joined by `and`; empty when there is neither.
pub(crate) fn heading_byline(article: &Article) -> String {
    article
        .byline
        .as_deref()
        .map(collapse)
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| creators_byline(article))
}

/// The byline a writer prints for an article without one: its creators' names, joined by `and`.
fn creators_byline(article: &Article) -> String {
    let names: Vec<String> = article
        .authors
        .iter()
        .filter(|a| a.kind == AuthorKind::Creator)
        .map(|a| collapse(&a.name))
        .filter(|n| !n.is_empty())
        .collect();
    names.join(" and ")
}

/// The language of the story, detected from the headline and the first paragraphs (teletype
/// headers do not name one).
fn detect_language(article: &Article) -> Option<String> {
    let mut sample = String::new();
    if let Some(headline) = &article.headline {
        sample.push_str(headline);
        sample.push('\n');
    }
    // Tables are names and numbers: no help, and often misleading.
    for block in article
        .body
        .iter()
        .filter(|b| !matches!(b, Block::Preformatted { .. }))
        .take(3)
    {
        sample.push_str(&block.plain_text());
        sample.push('\n');
    }
    language::detect(&sample)
}
