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
//! of the model has no place in it: [`project`](super::project) says exactly what comes back.

use crate::formats::WriteOptions;
use crate::model::Block;
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
    // A By line the reader would not take for a byline (it would read as a sub-headline) is
    // left out, as the projection says.
    if let Some(printed) = line(&article.byline)
        .map(|byline| crate::byline::byline_line(&byline))
        .filter(|printed| crate::byline::byline(printed).is_some())
    {
        out.push(printed);
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
pub(super) fn headlines(article: &Article) -> (Option<String>, Option<String>) {
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
/// lists and boxes give their blocks in order, preformatted text keeps its lines, and a table is its
/// aligned columns (its caption a line above them).
pub(super) fn push_block(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Paragraph { .. } | Block::Heading { .. } => {
            let text = one_line(&block.plain_text());
            if !text.is_empty() {
                out.push(text);
            }
        }
        Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
            blocks.iter().for_each(|b| push_block(b, out))
        }
        Block::List { items, .. } => items.iter().flatten().for_each(|b| push_block(b, out)),
        Block::Preformatted { text } => push_lines(text, out),
        Block::Table { .. } => push_lines(&block.plain_text(), out),
        // No place for a picture in plain text (the loss report says so).
        Block::Figure(_) => {}
    }
}

/// Preformatted text as one paragraph of its lines, blank lines left out (a blank line would
/// end the paragraph).
fn push_lines(text: &str, out: &mut Vec<String>) {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if !lines.is_empty() {
        out.push(lines.join("\n"));
    }
}

/// The credit as the `– Credit:` line carries it: one line, no final full stop.
pub(super) fn credit(article: &Article) -> Option<String> {
    line(&article.credit).map(|c| c.trim_end_matches('.').trim_end().to_string())
}

pub(super) fn line(text: &Option<String>) -> Option<String> {
    text.as_deref().map(one_line).filter(|l| !l.is_empty())
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
        assert_eq!(read, vec![super::super::project(&a)]);
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
