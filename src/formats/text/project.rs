//! What an article becomes after a write and a read as plain text, computed without writing:
//! the writer's rules for what it prints, composed with the reader's conventions for what it
//! reads back (the byline, dateline and credit grammars, the detected language).

use std::collections::HashSet;

use super::write::{credit, headlines, line, push_block};
use super::{language_sample, trailer};
use crate::dateline;
use crate::language;
use crate::model::{Article, Author, Block, Party};
use crate::xml::one_line;

/// What an article becomes after a write and a read as plain text: the title, headline,
/// standfirst, byline (and the authors it names), the dateline re-read from its printed text,
/// the body's paragraphs and sub-headings as text, the credit, and the language detected from
/// the copy. Nothing else survives (see [`fidelity::project`](crate::formats::fidelity::project)).
pub fn project(article: &Article) -> Article {
    let mut out = Article::default();
    let (title, headline) = headlines(article);
    out.title = title;
    out.headline = headline;
    out.subheadline = line(&article.subheadline);
    if let Some(printed) =
        line(&article.byline).and_then(|b| crate::byline::byline(&crate::byline::byline_line(&b)))
    {
        out.authors = printed.names.iter().map(Author::named).collect();
        out.byline = Some(printed.text);
    }
    let paragraphs: Vec<String> = {
        let mut body = Vec::new();
        article
            .printed_body()
            .iter()
            .for_each(|b| push_block(b, &mut body));
        body
    };
    let lead = article.dateline.as_ref().and_then(|_| paragraphs.first());
    let parsed = lead.and_then(|lead| dateline::parse_lead(lead));
    let consumed = parsed.as_ref().map_or(0, |p| p.consumed);
    out.dateline = parsed.map(|p| p.dateline);
    // The article's headings, looked up for each paragraph (not searched for: that would be
    // paragraphs × blocks).
    let headings: HashSet<String> = article
        .body
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .map(|b| one_line(&b.plain_text()))
        .collect();
    out.body = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, text)| {
            let text = if i == 0 {
                text.get(consumed..).unwrap_or(text).trim()
            } else {
                text.as_str()
            };
            (!text.is_empty()).then(|| block_of(text, &headings))
        })
        .collect();
    if let Some(dateline) = &out.dateline {
        out.sources = dateline
            .agencies
            .iter()
            .map(|a| Party::named(a.name.clone()))
            .collect();
    }
    out.credit = credit(article).and_then(|c| trailer::credit(&format!("– Credit: {c}")));
    out.language = language::detect(&language_sample(&out));
    out
}

/// A paragraph of the copy back as a block: a heading where the article had one, else a
/// paragraph. (The reader tells headings by their shape; the articles the text property
/// generates print headings as the reader knows them.)
fn block_of(text: &str, headings: &HashSet<String>) -> Block {
    if headings.contains(&one_line(text)) {
        Block::heading(2, text)
    } else {
        Block::paragraph(text)
    }
}
