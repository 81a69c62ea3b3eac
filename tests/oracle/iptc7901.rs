//! Where an IPTC 7901 message holds each model field (`../shared/specs/WIRE_TEXT_FORMATS.md` §1,
//! byte by byte; the fidelity table's declared losses and placeholders).
//!
//! | field | where |
//! |---|---|
//! | (framing) | `SOH` header line `CR LF`, keyword lines, `STX` text `ETX` post-text `CR LF` `EOT`; nothing before or after |
//! | (header) | `SOURCE MSGNO SP PRIORITY SP CATEGORY SP WORDCOUNT`: a source of 1-3 letters and a number of 3-4 digits (§1.2) |
//! | priority (else urgency) | header PRIORITY: 1-6 as they are, 7-9 as 6, 5 (normal) without (declared) |
//! | subjects | header CATEGORY: the first `iptc7901-category` code of 1-3 letters, else `x` (declared) |
//! | word count | header WORDCOUNT: the declared count (at most 9999, the four digits of §1.2; declared), else the words the body prints |
//! | slugline | a keyword line: one line, at most 69 characters, without outer slashes |
//! | keywords | a keyword line: dpa's path `a/b/`, the keywords without a slash that fit 69 characters |
//! | version | the first heading line: a take marker, `1ST LEAD` for version 2, `2ND LEAD`, ... |
//! | headline | heading lines after the marker, wrapped at 69 characters (left out when a line would read as a marker, declared) |
//! | byline (else the creators' names) | the last heading line, `By ...`, on one line however long (it reads back so); the heading ends with ` =` (§1.4) |
//! | dateline | at the head of the lead (`City (dpa) - `) |
//! | body | paragraphs apart by blank lines, indented by three spaces, lines of at most 69 characters |
//! | editorial notes | after the line `The following information is not for publication`, a paragraph each |
//! | modified (the version time) | post-text `DDHHMM GMT Mon YY`: in UTC for a time with an offset; `DDHHMM Mon YY` the wall time without (§1.5) |
//!
//! Not here (declared lost): id, kind, title, subheadline, genres, credit, provider, sources,
//! rights, status, embargo, description, links, body markup; the language is detected.

use newswire::model::Article;

use super::common::Report;
use super::wire::{self, EOT, ETX, Message, SOH, STX, line, line_of, ordinal, printed, sent};

/// The line that opens the notes (§1.4, dpa's English service).
const NOTES_OPENING: &str = "The following information is not for publication";

/// The scheme of header category subjects.
const CATEGORY_SCHEME: &str = "iptc7901-category";

/// The longest line the text prints (§1.3, and dpa's line length).
const WIDTH: usize = 69;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Checks `output`, `article` written as IPTC 7901, against the table above.
pub fn check(article: &Article, output: &str) -> Report {
    use chrono::{Datelike, Timelike};
    let mut report = Report::default();
    let Some(message) = Message::cut(output) else {
        report.equal(
            "framing",
            "SOH STX ETX EOT",
            "one message".to_string(),
            format!("{output:?}"),
        );
        return report;
    };
    report.equal(
        "framing",
        "before SOH, after EOT",
        ("", ""),
        (message.before, message.after),
    );
    for (part, text) in [
        ("header", message.header),
        ("text", message.text),
        ("post-text", message.post),
    ] {
        let stray = text.chars().any(|c| [SOH, STX, ETX, EOT].contains(&c));
        report.equal("framing", part, false, stray);
    }

    // The header line.
    let header_lines = wire::lines(message.header);
    let fields: Vec<&str> = header_lines
        .first()
        .map_or(Vec::new(), |l| l.split(' ').collect());
    let first = fields.first().copied().unwrap_or_default();
    let letters = first.chars().take_while(char::is_ascii_alphabetic).count();
    let (source, number) = first.split_at(letters);
    report.equal(
        "header",
        "SOURCE MSGNO",
        (true, true),
        (
            (1..=3).contains(&source.len()),
            (3..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()),
        ),
    );
    let priority = match article.priority.or(article.urgency) {
        Some(p @ 1..=6) => p,
        Some(7..=9) => 6,
        _ => 5,
    };
    report.equal(
        "priority (else urgency)",
        "header PRIORITY",
        Some(priority.to_string()),
        fields.get(1).map(|s| s.to_string()),
    );
    let category = article
        .subjects
        .iter()
        .filter(|s| s.scheme.as_deref() == Some(CATEGORY_SCHEME))
        .filter_map(|s| s.code.as_deref())
        .find(|c| (1..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphabetic()))
        .unwrap_or("x");
    report.equal(
        "subjects (category)",
        "header CATEGORY",
        Some(category.to_string()),
        fields.get(2).map(|s| s.to_string()),
    );
    let chunks = wire::printed_chunks(article, true);
    let words = article
        .word_count
        .map_or_else(|| wire::printed_words(&chunks), |n| n.min(9999) as usize);
    report.equal(
        "word_count",
        "header WORDCOUNT",
        Some(words.to_string()),
        fields.get(3).map(|s| s.to_string()),
    );
    report.equal("header", "header line (no OPTIONAL)", 4, fields.len());

    // The keyword lines.
    let keyword_lines: Vec<String> = header_lines
        .iter()
        .skip(1)
        .filter_map(|l| line(l))
        .collect();
    let mut path = String::new();
    for keyword in article.keywords.iter().filter_map(|k| line(k)) {
        if keyword.contains('/') {
            continue;
        }
        if path.chars().count() + keyword.chars().count() + 1 > WIDTH {
            break;
        }
        path.push_str(&keyword);
        path.push('/');
    }
    let slug = line_of(&article.slugline).map(|s| {
        let cut: String = s.chars().take(WIDTH).collect();
        cut.trim_end()
            .trim_matches(|c: char| c == '/' || c.is_whitespace())
            .to_string()
    });
    let mut expected_keywords: Vec<String> = Vec::new();
    // A slug the path repeats is printed once.
    if let Some(slug) = slug.filter(|s| !s.is_empty() && format!("{s}/") != path) {
        expected_keywords.push(slug);
    }
    if !path.is_empty() {
        expected_keywords.push(path);
    }
    report.equal(
        "slugline, keywords",
        "keyword lines",
        expected_keywords,
        keyword_lines,
    );

    // The text: heading, body, notes.
    let text_lines = wire::lines(message.text);
    let end = text_lines
        .iter()
        .position(|l| l.ends_with('='))
        .unwrap_or(0);
    let mut heading: Vec<String> = text_lines
        .get(..=end)
        .unwrap_or_default()
        .iter()
        .map(|l| l.to_string())
        .collect();
    if let Some(last) = heading.last_mut() {
        *last = last.trim_end_matches('=').trim_end().to_string();
    }
    heading.retain(|l| !l.is_empty());
    let take = article
        .version
        .filter(|v| (2..=100).contains(v))
        .map(|v| format!("{} LEAD", ordinal(v - 1)));
    report.equal(
        "version",
        "heading: the take marker",
        take.clone(),
        heading.first().filter(|_| take.is_some()).cloned(),
    );
    let mut rest: &[String] = &heading[usize::from(take.is_some()).min(heading.len())..];
    let byline = wire::byline(article).map(|b| {
        let by_word = ["By ", "by ", "BY "].iter().any(|p| b.starts_with(p));
        if by_word { b } else { format!("By {b}") }
    });
    if let Some((last, before)) = rest.split_last()
        && last.starts_with("By ")
    {
        report.equal(
            "byline (else the creators)",
            "heading: the By line",
            byline.clone(),
            Some(last.clone()),
        );
        rest = before;
    } else if let Some(byline) = byline.filter(|b| wire::plain_names(b.trim_start_matches("By "))) {
        report.equal(
            "byline (else the creators)",
            "heading: the By line",
            Some(byline),
            None,
        );
    }
    let headline = article.headline.as_deref().and_then(line).map(|h| {
        h.trim_start_matches('^')
            .trim_start()
            .trim_end_matches(|c: char| c == '=' || c.is_whitespace())
            .to_string()
    });
    let printed_headline = line(&rest.join(" "));
    // Left out when it would read as heading furniture (§1.4's markers, or a byline): declared.
    let furniture = [
        "(",
        "EXTRA",
        "1ST",
        "2ND",
        "3RD",
        "Berichtigung",
        "Correction",
        "Wiederholung",
        "Refile",
        "REFILE",
        "Aktualisierung",
        "Update",
        "By ",
        "Blitz",
        "Eil",
    ];
    let headline = headline
        .filter(|h| !h.is_empty())
        .filter(|h| printed_headline.is_some() || !furniture.iter().any(|m| h.starts_with(m)));
    report.equal("headline", "heading lines", headline, printed_headline);
    // The By line stays one line, however long, so that it reads back as the byline.
    for l in heading.iter().filter(|l| !l.starts_with("By ")) {
        report.equal(
            "heading",
            "a heading line (at most 69 characters; the By line excepted)",
            true,
            l.chars().count() <= WIDTH || !l.contains(' '),
        );
    }

    let body_lines = &text_lines[(end + 1).min(text_lines.len())..];
    let notes_at = body_lines.iter().position(|l| *l == NOTES_OPENING);
    let (body, notes) = match notes_at {
        Some(i) => (&body_lines[..i], &body_lines[i + 1..]),
        None => (body_lines, &[][..]),
    };
    let paragraphs = |lines: &[&str]| -> Vec<String> {
        lines
            .split(|l| l.trim().is_empty())
            .filter_map(|p| line(&p.join(" ")))
            .collect()
    };
    // A table keeps its layout, each of its lines as it is (a row of one long cell, a caption):
    // lines cannot wrap in it.
    let table_lines: Vec<&str> = chunks
        .iter()
        .filter_map(|c| match c {
            wire::Chunk::Pre(text) if wire::is_table(text) => Some(text.lines()),
            _ => None,
        })
        .flatten()
        .map(str::trim)
        .collect();
    for l in body.iter().chain(notes).filter(|l| !l.trim().is_empty()) {
        let row = l.trim().contains("    ")
            || l.trim_start().starts_with('|')
            || table_lines.contains(&l.trim());
        report.equal(
            "body",
            "a paragraph line: three spaces' indent",
            true,
            l.starts_with("   ") || row,
        );
        // A longer line holds one word (too long to wrap) or a table row.
        let words = l.split_whitespace().count();
        report.equal(
            "body",
            "a paragraph line: at most 69 characters",
            true,
            l.chars().count() <= WIDTH || words == 1 || row,
        );
    }
    let body_text = paragraphs(body).join(" ");
    report.in_order(
        "body (dateline at the lead)",
        "paragraphs after the heading",
        &wire::printed_texts(&chunks),
        &body_text,
    );
    report.equal(
        "editorial notes",
        "paragraphs after the notes' opening line",
        article
            .editorial_notes
            .iter()
            .filter_map(|n| line(&n.text))
            .collect(),
        paragraphs(notes),
    );

    // The post-text.
    let expected_post = sent(article).map(|time| {
        let (wall, utc) = printed(time);
        format!(
            "{:02}{:02}{:02}{} {} {:02}",
            wall.day(),
            wall.hour(),
            wall.minute(),
            if utc { " GMT" } else { "" },
            MONTHS[wall.month0() as usize],
            wall.year().rem_euclid(100)
        )
    });
    let post = wire::lines(message.post).first().and_then(|l| line(l));
    report.equal(
        "modified (the version time)",
        "post-text",
        expected_post,
        post,
    );
    report
}
