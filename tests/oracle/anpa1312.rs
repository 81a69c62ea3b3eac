//! Where an ANPA-1312 message holds each model field (`../shared/specs/WIRE_TEXT_FORMATS.md` §2,
//! byte by byte, AP's conventions; the fidelity table's declared losses and placeholders).
//!
//! | field | where |
//! |---|---|
//! | (framing) | `SYN SYN SOH`, the two header lines, `STX` text `ETX` post-text `CR LF` `EOT`; nothing after |
//! | (header line 1) | `SLD STORYNO US SELECTOR`: a letter, four digits, US, up to five of `a-z-` |
//! | priority (else urgency) | header line 2, PRIORITY: 1 `f`, 2 `u`, 3 `b`, 4 and 5 `r`, 6 `z`, 7 `d`, 8 `a`, 9 `y`; `r` without (§2.2's letters; 4 has none, declared) |
//! | subjects | CATEGORY: the first `a1312cat` code of one letter, else `a` (declared) |
//! | body markup (tables) | FORMAT: DC3, then DC2 when the body has a table (preformatted text), else DC1 |
//! | slugline | KEYWORD: the slugline up to its first comma, without spaces, at most 24 characters; `BC-` without; and the first text line `^slug[, 1st Ld-Writethru],words<` (§2.3) |
//! | version | VERSION: `1stLd-Writethru` for version 2, `2ndLd-Writethru`, ...; and in the first text line |
//! | modified (the version time) | FILING-DATE `MM-DD` (in UTC for a time with an offset), `00-00` without (the declared placeholder); post-text `NW-WF-MM-DD-YY HHMMGMT<`, without `GMT` for a time without an offset |
//! | word count | WORDCOUNT: four digits, the declared count (at most 9999, declared), else the words printed; the first text line the words printed |
//! | headline | the `^...<` line after the slug line (left out when it would read as a note or a byline, declared) |
//! | subheadline | the next `^...<` line, above notes or a byline only (declared) |
//! | editorial notes | `^Eds: ...<` lines |
//! | byline (else the creators' names) | `^By ...=` |
//! | dateline | at the head of the lead |
//! | body | paragraphs one line each, `HT` and three spaces, without a closing `<` or `=` (line-end codes, declared); headings `^...=`; tables `BS` rows, with the `;`-separated paragraphs beside them in tabular text (§2.5) |
//!
//! Not here (declared lost): id, kind, title, keywords, genres, credit, provider, sources,
//! rights, status, embargo, description, links, marks; the language is detected.

use newswire::model::Article;

use super::common::Report;
use super::wire::{
    self, Chunk, EOT, ETX, Message, SOH, STX, SYN, line, line_of, ordinal, printed, sent,
};

const US: char = '\u{1f}';
const DC1: char = '\u{11}';
const DC2: char = '\u{12}';
const DC3: char = '\u{13}';
const HT: char = '\t';
const BS: char = '\u{8}';

/// The priority letters (§2.2), for priorities 1 to 9.
const LETTERS: [char; 9] = ['f', 'u', 'b', 'r', 'r', 'z', 'd', 'a', 'y'];

/// The scheme of header category subjects: IPTC catalog 41's ANPA-1312 categories.
const CATEGORY_SCHEME: &str = "a1312cat";

/// The longest header keyword (§2.1).
const KEYWORD_WIDTH: usize = 24;

/// Checks `output`, `article` written as ANPA-1312, against the table above.
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
        "SYN SYN before SOH, nothing after EOT",
        (format!("{SYN}{SYN}"), String::new()),
        (message.before.to_string(), message.after.to_string()),
    );
    for (part, text) in [
        ("header", message.header),
        ("text", message.text),
        ("post-text", message.post),
    ] {
        let stray = text.chars().any(|c| [SOH, STX, ETX, EOT].contains(&c));
        report.equal("framing", part, false, stray);
    }

    // The header.
    let header = wire::lines(message.header);
    report.equal("header", "two lines", 2, header.len());
    let first = header.first().copied().unwrap_or_default();
    let (number, selector) = first.split_once(US).unwrap_or((first, ""));
    let mut number_chars = number.chars();
    let sld = number_chars.next();
    let story: String = number_chars.collect();
    report.equal(
        "header",
        "SLD STORYNO US SELECTOR",
        (true, true, true),
        (
            sld.is_some_and(|c| c.is_ascii_alphabetic()),
            story.len() == 4 && story.bytes().all(|b| b.is_ascii_digit()),
            selector.len() <= 5
                && selector
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
        ),
    );
    let second = header.get(1).copied().unwrap_or_default();
    let tokens: Vec<&str> = second.split(' ').filter(|t| !t.is_empty()).collect();
    let letter = article
        .priority
        .or(article.urgency)
        .and_then(|p| usize::from(p).checked_sub(1))
        .and_then(|i| LETTERS.get(i))
        .copied()
        .unwrap_or('r');
    report.equal(
        "priority (else urgency)",
        "PRIORITY",
        Some(letter.to_string()),
        tokens.first().map(|t| t.to_string()),
    );
    let category = article
        .subjects
        .iter()
        .filter(|s| s.scheme.as_deref() == Some(CATEGORY_SCHEME))
        .filter_map(|s| s.code.as_deref())
        .find(|c| c.chars().count() == 1 && c.chars().all(|c| c.is_ascii_alphabetic()))
        .unwrap_or("a");
    // The body as printed, with its headings kept, or printed as paragraphs (a heading that
    // reads as heading furniture is a paragraph, declared): the dateline leads a different one.
    // The dateline is printed as a paragraph line holds it: without a closing line-end code
    // (`RATES =` is `RATES`, glued or not by that).
    let dateline = article
        .dateline
        .as_ref()
        .and_then(|d| line(&d.text))
        .map(|d| without_line_end(&d).to_string())
        .filter(|d| !d.is_empty());
    let printed_body = |paragraphs_only: bool| {
        let flat = rows_in_tables(wire::flat_chunks(article, paragraphs_only));
        let printed = match &dateline {
            Some(dateline) => wire::with_dateline(flat, dateline),
            None => flat,
        };
        line_ends(apart_from_rows(printed, dateline.clone()))
    };
    let chunks = printed_body(false);
    let tabular = chunks.iter().any(|c| matches!(c, Chunk::Pre(_)));
    let format = format!("{category}{DC3}{}", if tabular { DC2 } else { DC1 });
    report.equal(
        "subjects (category), tables (format)",
        "CATEGORY FORMAT",
        Some(format),
        tokens.get(1).map(|t| t.to_string()),
    );
    let slug = line_of(&article.slugline).and_then(|s| {
        let s = s.rsplit('^').next().unwrap_or_default();
        let s = s.split(',').next().unwrap_or_default();
        let s = s
            .trim_start_matches(|c: char| c == '^' || c.is_whitespace())
            .trim_end_matches(|c: char| c == '<' || c == '=' || c.is_whitespace());
        (!s.is_empty()).then(|| s.to_string())
    });
    let keyword = slug.as_deref().map_or_else(
        || "BC-".to_string(),
        |s| {
            // A `<` or `=` the cut leaves at the end is a line-end code to a reader: it goes.
            let cut: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .take(KEYWORD_WIDTH)
                .collect();
            cut.trim_end_matches(['<', '=']).to_string()
        },
    );
    report.equal(
        "slugline",
        "KEYWORD",
        Some(keyword),
        tokens.get(2).map(|t| t.to_string()),
    );
    let version = article.version.filter(|v| (2..=100).contains(v));
    let mut rest = &tokens[tokens.len().min(3)..];
    if let Some(v) = version {
        let field = format!("{}Ld-Writethru", ordinal(v - 1).to_lowercase());
        report.equal(
            "version",
            "VERSION",
            Some(field),
            rest.first().map(|t| t.to_string()),
        );
        rest = &rest[rest.len().min(1)..];
    }
    let sent = sent(article);
    let date = sent.map_or_else(
        || "00-00".to_string(),
        |t| {
            let (wall, _) = printed(t);
            format!("{:02}-{:02}", wall.month(), wall.day())
        },
    );
    // The words the first text line says were printed (`^slug,N<`): which variant was printed.
    let found_words: Option<usize> = wire::lines(message.text).first().and_then(|l| {
        let digits = l.strip_suffix('<')?;
        let start = digits
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        digits.get(start..)?.parse().ok()
    });
    let words = [false, true]
        .map(|paragraphs_only| wire::printed_words(&printed_body(paragraphs_only)).min(9999));
    let words = words
        .into_iter()
        .find(|w| Some(*w) == found_words)
        .unwrap_or(words[0]);
    let declared = article.word_count.map_or(words, |n| (n as usize).min(9999));
    report.equal(
        "modified (filing date), word_count",
        "FILING-DATE WORDCOUNT",
        vec![date, format!("{declared:04}")],
        rest.iter().map(|t| t.to_string()).collect(),
    );

    // The text: the slug line, the heading, the body.
    let lines = wire::lines(message.text);
    let take = version.map(|v| format!(", {} Ld-Writethru", ordinal(v - 1).to_lowercase()));
    let slug_line = match (&slug, &take) {
        (None, None) => format!("^{words}<"),
        _ => format!(
            "^{}{},{words}<",
            slug.clone().unwrap_or_default(),
            take.clone().unwrap_or_default()
        ),
    };
    report.equal(
        "slugline, version, words",
        "the first text line",
        Some(slug_line),
        lines.first().map(|l| l.to_string()),
    );
    let mut at = 1;
    let mut heading: Vec<&str> = Vec::new();
    while let Some(l) = lines
        .get(at)
        .filter(|l| l.starts_with('^') && l.ends_with('<'))
    {
        heading.push(&l[1..l.len() - 1]);
        at += 1;
    }
    let printed_byline = lines
        .get(at)
        .filter(|l| l.starts_with("^By ") && l.ends_with('='))
        .map(|l| l[1..l.len() - 1].to_string());
    if printed_byline.is_some() {
        at += 1;
    }
    let byline = wire::byline(article).map(|b| {
        let by_word = ["By ", "by ", "BY "].iter().any(|p| b.starts_with(p));
        if by_word { b } else { format!("By {b}") }
    });
    match (&byline, &printed_byline) {
        (_, Some(_)) => report.equal(
            "byline (else the creators)",
            "^By ...=",
            byline.clone(),
            printed_byline.clone(),
        ),
        (Some(b), None) if wire::plain_names(b.trim_start_matches("By ")) => {
            report.equal(
                "byline (else the creators)",
                "^By ...=",
                byline.clone(),
                None,
            );
        }
        _ => {}
    }
    let (notes, lines_above): (Vec<&str>, Vec<&str>) =
        heading.iter().partition(|l| l.starts_with("Eds: "));
    let found_notes: Vec<String> = notes
        .iter()
        .map(|n| n.trim_start_matches("Eds: ").to_string())
        .collect();
    let expected_notes: Vec<String> = article
        .editorial_notes
        .iter()
        .filter_map(|n| line(&n.text))
        .collect();
    if !found_notes.is_empty()
        || !expected_notes
            .iter()
            .any(|n| n.contains('=') || n.contains('^'))
    {
        report.equal("editorial notes", "^Eds: ...<", expected_notes, found_notes);
    }
    let headline = lines_above.first().and_then(|h| line(h));
    let expected_headline = line_of(&article.headline);
    if headline.is_some() || expected_headline.as_deref().is_some_and(|h| !furniture(h)) {
        report.equal(
            "headline",
            "the line after the slug line",
            expected_headline,
            headline,
        );
    }
    let subheadline = lines_above.get(1).and_then(|s| line(s));
    let furnished = !article.editorial_notes.is_empty() || byline.is_some();
    if subheadline.is_some() {
        report.equal(
            "subheadline (above notes or a byline)",
            "the second heading line",
            line_of(&article.subheadline).filter(|_| furnished),
            subheadline,
        );
    }

    let mut body = Vec::new();
    let mut lead = None;
    // A dateline that prints as a marker alone (`-`) leads no paragraph: it is the first.
    let mut first_paragraph = None;
    for l in &lines[at.min(lines.len())..] {
        let text = if let Some(p) = l.strip_prefix(HT) {
            // The lead: the first paragraph that is not an empty list item's marker alone.
            lead = lead.or_else(|| line(p).filter(|t| !wire::is_item_marker(t)));
            first_paragraph = first_paragraph.or_else(|| line(p));
            report.equal(
                "body",
                "a paragraph: HT and three spaces",
                true,
                p.starts_with("   "),
            );
            p.to_string()
        } else if let Some(row) = l.strip_prefix(BS) {
            row.to_string()
        } else if l.starts_with('^') && l.ends_with('=') {
            l[1..l.len() - 1].to_string()
        } else {
            report.equal(
                "body",
                "a line: HT, BS or a ^...= heading",
                String::new(),
                l.to_string(),
            );
            continue;
        };
        body.extend(line(&text));
    }
    // The dateline leads the first paragraph printed; which one that is depends on the
    // headings the writer keeps (one that reads as heading furniture is a paragraph: declared).
    let flat = line_ends(wire::flat_chunks(article, false));
    report.in_order(
        "body",
        "the lines after the heading",
        &wire::printed_texts(&flat),
        &body.join(" "),
    );
    if let Some(dateline) = article
        .dateline
        .as_ref()
        .and_then(|d| line(&d.text))
        .map(|d| without_line_end(&d).to_string())
        .filter(|d| !d.is_empty())
        // A body that starts with the dateline (a heading) prints it where it stands.
        .filter(|d| {
            !matches!(flat.first(), Some(Chunk::Para(t) | Chunk::Heading(t) | Chunk::Pre(t)) if t.starts_with(d.as_str()))
        })
    {
        report.equal(
            "dateline",
            "the lead: the first HT line",
            true,
            lead.or(first_paragraph)
                .is_some_and(|l| l.starts_with(&dateline)),
        );
    }

    // The post-text.
    let expected_post = sent.map(|time| {
        let (wall, utc) = printed(time);
        format!(
            "NW-WF-{:02}-{:02}-{:02} {:02}{:02}{}<",
            wall.month(),
            wall.day(),
            wall.year().rem_euclid(100),
            wall.hour(),
            wall.minute(),
            if utc { "GMT" } else { "" }
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

/// A paragraph of three `;`s or more, which in tabular text reads as a table row (§2.5).
fn row_like(text: &str) -> bool {
    without_line_end(text).matches(';').count() >= 3
}

/// In tabular text a paragraph of `;`-separated cells next to a table, or to another such
/// paragraph, is a row of that table (§2.5): the reader groups them so, and the writer prints
/// them so; the dateline then leads the first paragraph that is left.
fn rows_in_tables(chunks: Vec<Chunk>) -> Vec<Chunk> {
    if !chunks.iter().any(|c| matches!(c, Chunk::Pre(_))) {
        return chunks;
    }
    let in_run =
        |c: &Chunk| matches!(c, Chunk::Pre(_)) || matches!(c, Chunk::Para(t) if row_like(t));
    let mut out = Vec::with_capacity(chunks.len());
    let mut run: Vec<Chunk> = Vec::new();
    let flush = |run: &mut Vec<Chunk>, out: &mut Vec<Chunk>| {
        let table = run.len() > 1 || run.iter().any(|c| matches!(c, Chunk::Pre(_)));
        out.extend(run.drain(..).map(|c| match c {
            Chunk::Para(t) if table => Chunk::Pre(t),
            other => other,
        }));
    };
    for chunk in chunks {
        if in_run(&chunk) {
            run.push(chunk);
        } else {
            flush(&mut run, &mut out);
            out.push(chunk);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// In tabular text, a lead that the dateline glued to it makes a row (its `;`s added to the
/// paragraph's) prints the dateline as a paragraph of its own, where a reader looks for it.
fn apart_from_rows(mut chunks: Vec<Chunk>, dateline: Option<String>) -> Vec<Chunk> {
    let tabular = chunks.iter().any(|c| matches!(c, Chunk::Pre(_)));
    let Some(dateline) = dateline.filter(|_| tabular) else {
        return chunks;
    };
    let lead = chunks.iter().position(|c| {
        matches!(c, Chunk::Para(t) if row_like(t)
            && t.strip_prefix(dateline.as_str()).is_some_and(|rest| !row_like(rest)))
    });
    if let Some(i) = lead
        && let Some(Chunk::Para(text)) = chunks.get_mut(i)
    {
        *text = text[dateline.len()..].trim_start().to_string();
        chunks.insert(i, Chunk::Para(dateline));
    }
    chunks
}

/// A paragraph's or heading's text without the line-end codes it may close with (`<` quad left,
/// `=` AP's end of paragraph; §2.4), which a reader takes for furniture: the writer drops them
/// (declared).
fn without_line_end(text: &str) -> &str {
    text.trim_end_matches(|c: char| c == '<' || c == '=' || c.is_whitespace())
}

/// The chunks as printed: paragraphs and headings without their closing line-end codes (see
/// [`without_line_end`]), a heading without the `^` that opens a heading line; those left
/// empty are not printed.
fn line_ends(chunks: Vec<Chunk>) -> Vec<Chunk> {
    chunks
        .into_iter()
        .filter_map(|chunk| match chunk {
            Chunk::Para(text) => {
                let text = without_line_end(&text);
                (!text.is_empty()).then(|| Chunk::Para(text.to_string()))
            }
            Chunk::Heading(text) => {
                let text = without_line_end(
                    text.trim_start_matches(|c: char| c == '^' || c.is_whitespace()),
                );
                (!text.is_empty()).then(|| Chunk::Heading(text.to_string()))
            }
            pre => Some(pre),
        })
        .collect()
}

/// Whether a headline line would read as a note or a byline (§2.3: `Eds:`, `EDITOR'S NOTE _`,
/// `AP Photo`, `By ...`), which the writer leaves out (declared).
fn furniture(headline: &str) -> bool {
    ["Eds", "EDITOR'S NOTE", "AP Photo", "By ", "by ", "BY "]
        .iter()
        .any(|m| headline.starts_with(m))
        || headline.ends_with('=')
}
