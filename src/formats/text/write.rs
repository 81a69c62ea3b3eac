//! Plain-text wire copy out: the shape agencies file and the reader reads back.
//!
//! ```text
//! Title line, a sentence.
//!
//! Headline
//!
//! Standfirst
//!
//! By Jane Doe
//!
//! ROMA (ANSA) - First paragraph ...
//!
//! Sub-heading
//!
//! Second paragraph ...
//!
//! – Credit: IPA Agency (ITALPRESS)
//! ```
//!
//! Plain text carries the title, headline, standfirst, byline, the dateline as printed at the
//! head of the lead, the body's text (paragraphs and sub-headings), and the credit line. The rest
//! of the model has no place in it: [`project`] says exactly what comes back.

use std::collections::HashSet;

use super::{language_sample, trailer};
use crate::dateline;
use crate::formats::WriteOptions;
use crate::language;
use crate::model::{Author, Block, Party};
use crate::writable::make_writable;
use crate::xml::one_line;
use crate::{Article, Error};

/// Writes one article as wire copy: paragraphs separated by blank lines, UTF-8, a final newline.
/// Plain text holds one story per document.
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut out = paragraphs(article).join("\n\n");
    out.push('\n');
    make_writable(&mut out);
    Ok(out.into_bytes())
}

/// The paragraphs of the copy, in order.
fn paragraphs(article: &Article) -> Vec<String> {
    let mut out = Vec::new();
    let (title, headline) = headlines(article);
    out.extend(title);
    out.extend(headline);
    out.extend(line(&article.subheadline));
    if let Some(byline) = line(&article.byline) {
        out.push(crate::byline::byline_line(&byline));
    }
    for block in article.printed_body().iter() {
        push_block(block, &mut out);
    }
    if let Some(credit) = credit(article) {
        out.push(format!("– Credit: {credit}"));
    }
    out
}

/// The title and headline lines. A title is printed above the headline as a sentence (the
/// ITALPRESS shape the reader knows); a title without a headline is the headline.
fn headlines(article: &Article) -> (Option<String>, Option<String>) {
    match (line(&article.title), line(&article.headline)) {
        (Some(title), Some(headline)) => (Some(sentence(title)), Some(headline)),
        (Some(title), None) => (None, Some(title)),
        (None, headline) => (None, headline),
    }
}

/// The text ending with a full stop, as a title line must.
fn sentence(mut text: String) -> String {
    if !text.ends_with(['.', '!', '?', '。']) {
        text.push('.');
    }
    text
}

/// Text blocks are paragraphs: marks are lost, headings keep their own paragraph, quotes and
/// lists give their blocks in order, preformatted text keeps its lines.
fn push_block(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Paragraph { .. } | Block::Heading { .. } => {
            let text = one_line(&block.plain_text());
            if !text.is_empty() {
                out.push(text);
            }
        }
        Block::Blockquote { blocks } => blocks.iter().for_each(|b| push_block(b, out)),
        Block::List { items, .. } => items.iter().flatten().for_each(|b| push_block(b, out)),
        Block::Preformatted { text } => {
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            if !lines.is_empty() {
                out.push(lines.join("\n"));
            }
        }
    }
}

/// The credit as the `– Credit:` line carries it: one line, no final full stop.
fn credit(article: &Article) -> Option<String> {
    line(&article.credit).map(|c| c.trim_end_matches('.').trim_end().to_string())
}

fn line(text: &Option<String>) -> Option<String> {
    text.as_deref().map(one_line).filter(|l| !l.is_empty())
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;
    use crate::formats::write as write_any;

    fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
        write_any(articles, Format::Text)
    }
    use crate::model::Dateline;

    fn story() -> Article {
        Article {
            title: Some("Intesa sulla pesca nel Canale di Sicilia.".into()),
            headline: Some("Tunisi e La Valletta firmano un accordo sulla pesca".into()),
            byline: Some("Giulia Bianchi".into()),
            dateline: Some(Dateline::new("TUNISI (ITALPRESS) –")),
            body: vec![
                Block::paragraph(
                    "Un accordo di cooperazione sulla pesca è stato firmato oggi a Tunisi dai due ministri.",
                ),
                Block::heading(2, "Pattugliamenti congiunti"),
                Block::paragraph(
                    "Il testo prevede pattugliamenti congiunti a partire dalla prossima primavera.",
                ),
            ],
            credit: Some("IPA Agency (ITALPRESS)".into()),
            ..Article::default()
        }
    }

    #[test]
    fn writes_the_wire_shape() {
        let text = String::from_utf8(write(&[story()]).unwrap()).unwrap();
        assert_eq!(
            text,
            "Intesa sulla pesca nel Canale di Sicilia.\n\n\
             Tunisi e La Valletta firmano un accordo sulla pesca\n\n\
             By Giulia Bianchi\n\n\
             TUNISI (ITALPRESS) – Un accordo di cooperazione sulla pesca è stato firmato oggi a Tunisi dai due ministri.\n\n\
             Pattugliamenti congiunti\n\n\
             Il testo prevede pattugliamenti congiunti a partire dalla prossima primavera.\n\n\
             – Credit: IPA Agency (ITALPRESS)\n"
        );
    }

    #[test]
    fn reads_back_as_projected() {
        let a = story();
        let read = super::super::read(&write(std::slice::from_ref(&a)).unwrap()).unwrap();
        assert_eq!(read, vec![project(&a)]);
        let back = &read[0];
        assert_eq!(back.credit.as_deref(), Some("IPA Agency (ITALPRESS)"));
        assert_eq!(
            back.dateline.as_ref().and_then(|d| d.city.as_deref()),
            Some("TUNISI")
        );
        assert_eq!(back.language.as_deref(), Some("it"));
    }

    #[test]
    fn several_stories_are_refused() {
        assert!(write(&[story(), story()]).is_err());
    }
}
