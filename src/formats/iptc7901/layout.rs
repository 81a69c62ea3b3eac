//! What the writer prints for an article, as a [`Message`]: each value in the form the reader
//! reads back, and left out where the reader would take it for something else (a headline line
//! that reads as a marker, a byline the byline rules do not read back). The reader reads this
//! message back as it is, so the projection is [`article`](super::mapping::article) of it.

use crate::byline::{after_by_word, byline_line};
use crate::formats::teletype::article::heading_byline;
use crate::formats::teletype::blocks::{self, Chunk};
use crate::formats::teletype::heading::Heading;
use crate::formats::teletype::lines::{collapse, wrap};
use crate::model::Article;

use super::header::{Header, keyword_lines};
use super::message::Message;
use super::post;
use super::text::{Text, WIDTH, chunk_lines, clean_line, opens_notes};
use super::{CATEGORY_SCHEME, DEFAULT_CATEGORY, DEFAULT_PRIORITY, MAX_WORDS, SEQUENCE, SERVICE};

/// The message the writer prints for `article`.
pub(super) fn layout(article: &Article) -> Message {
    let body = body(article);
    let words = article
        .word_count
        .unwrap_or_else(|| blocks::counted_words(&body));
    let header = Header {
        service: SERVICE.to_string(),
        sequence: SEQUENCE.to_string(),
        priority: priority(article),
        category: category(article),
        words: words.min(MAX_WORDS),
        optional: String::new(),
    };
    Message {
        header: header.render(),
        keyword_lines: keyword_lines(article.slugline.as_deref(), &article.keywords, WIDTH),
        text: Text {
            heading: heading(article),
            body,
            notes: article
                .editorial_notes
                .iter()
                .map(|n| note(&n.text))
                .filter(|n| !n.is_empty())
                .collect(),
            sign_off: None,
        },
        post: article.version_time().map(post::line),
    }
}

/// The header priority: the article's priority, else its urgency; 1 to 6 as the standard has
/// them (7 to 9 print as 6), 5 (normal) when there is none.
fn priority(article: &Article) -> char {
    match article.priority.or(article.urgency) {
        Some(p @ 1..=6) => char::from(b'0' + p),
        Some(7..=9) => '6',
        _ => DEFAULT_PRIORITY,
    }
}

/// The header category: the first category subject whose code the header can print (one to
/// three letters), else the placeholder.
pub(super) fn category(article: &Article) -> String {
    article
        .subjects
        .iter()
        .filter(|s| s.scheme.as_deref() == Some(CATEGORY_SCHEME))
        .filter_map(|s| s.code.as_deref())
        .find(|code| (1..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphabetic()))
        .unwrap_or(DEFAULT_CATEGORY)
        .to_string()
}

/// The heading lines: a lead marker for a version above 1 (`1ST LEAD` is version 2), the
/// headline wrapped at 69 characters, and `By` and the byline. A headline whose lines would read
/// as markers or notes, or a byline that would not read back as itself, is left out.
fn heading(article: &Article) -> Vec<String> {
    let mut take = Vec::new();
    if let Some(version) = article.version.filter(|v| (2..=100).contains(v)) {
        take.push(format!("{} LEAD", ordinal(version - 1)));
    }
    let headline: Vec<String> = article
        .headline
        .as_deref()
        .map(|h| {
            wrap(&headline_form(h), WIDTH, |before, after| {
                !before.ends_with('=') && !after.starts_with('^')
            })
        })
        .unwrap_or_default();
    let byline = byline_text(article).map(|b| {
        let line = byline_line(&b);
        let read = after_by_word(&line).map_or(b, str::to_string);
        (line, read)
    });
    // The lines must read back as what they are written for; what does not is left out.
    let reads_back = |headline: &[String], byline: Option<&(String, String)>| {
        let mut lines = take.clone();
        lines.extend(headline.iter().cloned());
        lines.extend(byline.map(|(line, _)| line.clone()));
        let read = Heading::read(&lines);
        let ok = read.text == headline
            && read.byline.as_ref().map(|b| &b.text) == byline.map(|(_, text)| text)
            && read.takes == take;
        ok.then_some(lines)
    };
    reads_back(&headline, byline.as_ref())
        .or_else(|| reads_back(&headline, None))
        .or_else(|| reads_back(&[], byline.as_ref()))
        .or_else(|| reads_back(&[], None))
        .unwrap_or_default()
}

/// The headline as a heading line holds it: one line, without the `^` a reader takes for a mark
/// at its start or the `=` it takes for the heading's end at its end.
fn headline_form(headline: &str) -> String {
    let text = collapse(headline);
    let text = text.trim_start_matches('^').trim_start();
    text.trim_end_matches(|c: char| c == '=' || c.is_whitespace())
        .to_string()
}

/// The byline to print: the byline, else the creators' names.
fn byline_text(article: &Article) -> Option<String> {
    let byline = heading_byline(article);
    (!byline.is_empty()).then_some(byline)
}

/// `1ST`, `2ND`, `3RD`, `4TH`, `11TH`, `21ST`.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "TH",
        (1, _) => "ST",
        (2, _) => "ND",
        (3, _) => "RD",
        _ => "TH",
    };
    format!("{n}{suffix}")
}

/// The printed body (dateline at the head of the lead) as 7901 text holds it: paragraphs
/// (headings become paragraphs) and the tables the reader recognises as tables; preformatted
/// text that does not read as a table is a paragraph.
fn body(article: &Article) -> Vec<Chunk> {
    let mut out = Vec::new();
    for chunk in blocks::chunks(&article.body) {
        match chunk {
            Chunk::Para(text) | Chunk::Heading(text) => out.push(Chunk::Para(text)),
            Chunk::Pre(text) => {
                let lines: Vec<String> = text
                    .split('\n')
                    .map(|line| {
                        let line = clean_line(line);
                        // A table line that would open the notes is indented by a space.
                        if opens_notes(&line) {
                            format!(" {line}")
                        } else {
                            line
                        }
                    })
                    .collect();
                out.extend(chunk_lines(&lines));
            }
        }
    }
    let dateline = article.dateline.as_ref().map(|d| d.text.as_str());
    blocks::printed(out, dateline)
}

/// A note as the notes section holds it: its lines, each on one line, without blank ones.
fn note(note: &str) -> String {
    note.split('\n')
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
