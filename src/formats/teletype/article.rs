//! Model mapping both teletype readers share: the dateline at the head of the lead, authors from
//! the byline, the language, and the transmission time.

use crate::dateline;
use crate::formats::text::header::Byline;
use crate::language;
use crate::model::{Article, Author, Block, Dateline, Inline, Timestamp};

/// Takes the dateline off the first paragraph of `body`, with the plain-text reader's grammar
/// (`Berlin (dpa) - `, `BUENOS AIRES, Argentina (AP) _ `, `SAITAMA, Japan, Dec. 9 Kyodo - `): the
/// paragraph keeps the text after it. A first paragraph that is only a dateline is removed.
pub(crate) fn take_dateline(body: &mut Vec<Block>) -> Option<Dateline> {
    let index = body
        .iter()
        .position(|b| matches!(b, Block::Paragraph { .. }))?;
    let Some(Block::Paragraph { content }) = body.get(index) else {
        return None;
    };
    let text = Inline::plain_text(content);
    if let Some(found) = dateline::parse_lead(&text) {
        let rest = text.get(found.consumed..).unwrap_or("").trim().to_string();
        if let Some(block) = body.get_mut(index) {
            *block = Block::paragraph(rest);
        }
        return Some(found.dateline);
    }
    let found = dateline::parse_line(&text)?;
    body.remove(index);
    Some(found)
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

/// The language of the story, detected from the headline and the first paragraphs (teletype
/// headers do not name one).
pub(crate) fn detect_language(article: &Article) -> Option<String> {
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

/// The post-text time is when this version was sent (`modified`); for a first version (no
/// version number above 1) it is also when the story was created.
pub(crate) fn set_times(article: &mut Article, sent: Option<Timestamp>) {
    article.modified = sent;
    if article.version.is_none_or(|v| v <= 1) {
        article.created = sent;
    }
}
