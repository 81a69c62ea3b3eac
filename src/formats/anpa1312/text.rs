//! The text between STX and ETX, as AP and Kyodo lay it out.
//!
//! ```text
//! ^BC-LT--Argentina-Cancer Beauty,466<        the slug line: keyword, [version,] word count
//! ^For Argentine chemo patients, mirrors can hurt <     the headline
//! ^Eds: With AP Photos.<                      notes to editors
//! ^By PAUL BYRNE and ALMUDENA CALATRAVA=      the byline, and its affiliation
//! ^Associated Press=
//! HT   BUENOS AIRES, Argentina (AP) _ For ... a paragraph: HT, three spaces, one line
//! ^Saturday's Games=                          a heading inside the body
//! BS Baltimore;23;13;.639;_;_;8-2             an agate (table) row; DLE is a fixed space
//! ```
//!
//! Kyodo prints no marks: the slug line, the headline ending with `+`, paragraphs opened by an
//! indent and wrapped at about 70 characters, and `==Kyodo` at the end.

use crate::formats::teletype::blocks::{Chunk, preformatted};
use crate::formats::teletype::controls::{self, BS, DLE, HT};
use crate::formats::teletype::heading::{Heading, Line, affiliation, classify, sign_off_like};
use crate::formats::teletype::lines::{CRLF, blank, collapse, indent};

/// Record separator and unit separator: cell separators in some AP agate rows.
const CELL_SEPARATORS: [char; 2] = ['\u{1e}', '\u{1f}'];

/// The text of a message, sorted into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Text {
    /// The slug line (`BC-LT--Argentina-Cancer Beauty,466`), without its marks.
    pub(super) slug: Option<String>,
    /// The heading lines below it, the headline's place first, without their marks.
    pub(super) heading: Vec<String>,
    /// The body.
    pub(super) body: Vec<Chunk>,
    /// The end line (`==Kyodo`, `END`).
    pub(super) sign_off: Option<String>,
}

/// How a body line starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// HT: a paragraph.
    Tab,
    /// BS: a table row.
    Row,
    /// `^`: a heading or metadata line.
    Caret,
    /// Nothing: Kyodo's paragraphs, or a wrapped line.
    Plain,
}

/// A text line, its mark told and its control characters dealt with.
#[derive(Debug, Clone)]
struct Raw {
    mark: Mark,
    text: String,
}

/// A body piece before tables are grouped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    /// A paragraph.
    Para(String),
    /// A heading.
    Heading(String),
    /// A table row.
    Row(String),
}

/// The text of a caret line as read: no `^` at its start, no `<`, `=` or space at its end.
pub(super) fn caret_form(text: &str) -> String {
    collapse(text)
        .trim_start_matches(|c: char| c == '^' || c.is_whitespace())
        .trim_end_matches(|c: char| c == '<' || c == '=' || c.is_whitespace())
        .to_string()
}

/// The text of a paragraph line as read: one line, without the `<` (quad left) or `=` AP ends
/// some with.
pub(super) fn tab_form(text: &str) -> String {
    let mut form = collapse(text);
    let kept = form
        .trim_end_matches(|c: char| c == '<' || c == '=' || c.is_whitespace())
        .len();
    form.truncate(kept);
    form
}

/// A table row as read: DLE (a fixed space band) removed, cell separators as spaces, other
/// control characters removed, no trailing spaces.
fn row_form(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| *c != DLE)
        .map(|c| if CELL_SEPARATORS.contains(&c) { ' ' } else { c })
        .collect();
    controls::strip(&text).trim_end().to_string()
}

fn raw_line(line: &str, first: bool) -> Raw {
    if let Some(rest) = line.strip_prefix(HT) {
        return Raw {
            mark: Mark::Tab,
            text: tab_form(&controls::strip(rest.trim_start_matches(HT))),
        };
    }
    if let Some(rest) = line.strip_prefix(BS) {
        return Raw {
            mark: Mark::Row,
            text: row_form(rest.trim_start_matches(BS)),
        };
    }
    if line.starts_with('^') {
        // AP's first line may carry a code before the slug (`^*9006< ^AP-Top-...`).
        let text = if first {
            line.rsplit('^').next().unwrap_or(line)
        } else {
            line
        };
        return Raw {
            mark: Mark::Caret,
            text: caret_form(&controls::strip(text)),
        };
    }
    Raw {
        mark: Mark::Plain,
        text: controls::strip(line).trim_end().to_string(),
    }
}

/// Reads the text part of a message; `tabular` is the header's format identifier (DC2), under
/// which runs of `;`-separated paragraphs are table rows too (AP's weather tables).
pub(super) fn parse(part: &str, tabular: bool) -> Text {
    let lines = controls::lines(part);
    let mut raw: Vec<Raw> = lines.iter().map(|line| raw_line(line, false)).collect();
    let mut text = Text::default();
    let Some(start) = raw.iter().position(|l| !blank(&l.text)) else {
        return text;
    };
    if let (Some(slot), Some(line)) = (raw.get_mut(start), lines.get(start)) {
        *slot = raw_line(line, true);
    }
    let first = raw.get(start);
    let mut next = start;
    match first.map(|l| l.mark) {
        Some(Mark::Caret) => {
            text.slug = first.map(|l| l.text.clone());
            next = start + 1;
            let run: Vec<&Raw> = raw
                .iter()
                .skip(next)
                .take_while(|l| l.mark == Mark::Caret)
                .collect();
            let lines: Vec<String> = run.iter().map(|l| l.text.clone()).collect();
            let taken = heading_len(&lines);
            text.heading = lines.into_iter().take(taken).collect();
            next += taken;
        }
        Some(Mark::Plain) if first.is_some_and(|l| slug_shape(&l.text)) => {
            text.slug = first.map(|l| collapse(&l.text));
            // Kyodo: the headline runs to a line ending with `+`.
            let end = raw
                .iter()
                .enumerate()
                .skip(start + 1)
                .take(3)
                .find(|(_, l)| l.mark == Mark::Plain && l.text.trim_end().ends_with('+'))
                .map(|(i, _)| i);
            next = start + 1;
            if let Some(end) = end {
                let headline: Vec<&str> = raw
                    .get(start + 1..=end)
                    .unwrap_or(&[])
                    .iter()
                    .map(|l| l.text.as_str())
                    .collect();
                let headline = collapse(&headline.join(" "));
                text.heading = vec![headline.trim_end_matches('+').trim_end().to_string()];
                next = end + 1;
            }
        }
        _ => {}
    }
    let mut body: Vec<Raw> = raw.into_iter().skip(next).collect();
    if let Some(last) = body.iter().rposition(|l| !blank(&l.text))
        && let Some(line) = body.get(last)
        && matches!(line.mark, Mark::Caret | Mark::Plain)
        && sign_off_like(&line.text)
    {
        text.sign_off = Some(line.text.trim().to_string());
        body.truncate(last);
    }
    text.body = group(&items(&body), tabular);
    text
}

/// How many of the caret lines below the slug line belong to the heading: the headline's place,
/// and on to the last note, byline or affiliation; the rest are body headings.
pub(super) fn heading_len(lines: &[String]) -> usize {
    let mut last = None;
    let mut after_byline = false;
    for (i, line) in lines.iter().enumerate() {
        if after_byline && affiliation(line) {
            last = Some(i);
            after_byline = false;
            continue;
        }
        after_byline = false;
        match classify(line) {
            Line::Text(_) => {}
            Line::Byline(_) => {
                after_byline = true;
                last = Some(i);
            }
            _ => last = Some(i),
        }
    }
    match last {
        Some(i) => i + 1,
        None => usize::from(!lines.is_empty()),
    }
}

/// A slug line without marks (Kyodo's `BC-Soccer-Emperor's-Cup`): two capitals, a dash, no
/// space before a comma.
fn slug_shape(line: &str) -> bool {
    let text = line.trim();
    let mut chars = text.chars();
    let prefix = chars.by_ref().take(2).all(|c| c.is_ascii_uppercase());
    prefix && chars.next() == Some('-') && !text.split(',').next().unwrap_or("").contains(' ')
}

/// The body lines as pieces: a HT line is a paragraph, and so is an indented plain line (Kyodo);
/// an unindented plain line continues the paragraph above it; a BS line is a row, a caret line
/// a heading.
fn items(lines: &[Raw]) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::new();
    let mut open = false;
    for line in lines {
        if line.mark == Mark::Row {
            // A blank row is part of its table.
            out.push(Item::Row(line.text.clone()));
            open = false;
            continue;
        }
        if blank(&line.text) {
            open = false;
            continue;
        }
        match line.mark {
            Mark::Tab => {
                // Collapsed already: `tab_form` gave the line.
                out.push(Item::Para(line.text.clone()));
                open = true;
            }
            Mark::Row => {}
            Mark::Caret => {
                out.push(Item::Heading(line.text.clone()));
                open = false;
            }
            Mark::Plain => {
                let text = collapse(&line.text);
                match out.last_mut() {
                    Some(Item::Para(para)) if open && indent(&line.text) < 2 => {
                        para.push(' ');
                        para.push_str(&text);
                    }
                    _ => out.push(Item::Para(text)),
                }
                open = true;
            }
        }
    }
    out
}

/// A paragraph that is a table row in tabular text: `;`-separated cells.
pub(super) fn row_like(text: &str) -> bool {
    text.matches(';').count() >= 3
}

/// The pieces as chunks: a run of rows (and, in tabular text, of `;`-separated paragraphs) is a
/// table when it holds a row or more than one line.
pub(super) fn group(items: &[Item], tabular: bool) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut run: Vec<&Item> = Vec::new();
    let flush = |run: &mut Vec<&Item>, out: &mut Vec<Chunk>| {
        let has_row = run.iter().any(|i| matches!(i, Item::Row(_)));
        if has_row || run.len() > 1 {
            let lines: Vec<&str> = run
                .iter()
                .map(|i| match i {
                    Item::Para(t) | Item::Heading(t) | Item::Row(t) => t.as_str(),
                })
                .collect();
            out.extend(preformatted(&lines.join("\n")).map(Chunk::Pre));
        } else if let Some(Item::Para(t)) = run.first() {
            out.push(Chunk::Para(t.clone()));
        }
        run.clear();
    };
    for item in items {
        let in_table = match item {
            Item::Row(_) => true,
            Item::Para(t) => tabular && row_like(t),
            Item::Heading(_) => false,
        };
        if in_table {
            run.push(item);
            continue;
        }
        flush(&mut run, &mut out);
        match item {
            Item::Para(t) if !t.is_empty() => out.push(Chunk::Para(t.clone())),
            Item::Heading(t) if !t.is_empty() => out.push(Chunk::Heading(t.clone())),
            _ => {}
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The text part a writer prints: the slug line, the heading lines (a byline ends with `=`,
/// the others with `<`), paragraphs as HT lines, headings as caret lines, tables as BS rows.
/// Lines end with CR LF.
pub(super) fn render(text: &Text) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(slug) = &text.slug {
        lines.push(format!("^{slug}<"));
    }
    for line in &text.heading {
        let end = if matches!(classify(line), Line::Byline(_)) {
            '='
        } else {
            '<'
        };
        lines.push(format!("^{line}{end}"));
    }
    for chunk in &text.body {
        match chunk {
            Chunk::Para(para) => lines.push(format!("{HT}   {para}")),
            Chunk::Heading(heading) => lines.push(format!("^{heading}=")),
            Chunk::Pre(pre) => lines.extend(pre.split('\n').map(|row| format!("{BS}{row}"))),
        }
    }
    if let Some(sign_off) = &text.sign_off {
        lines.push(sign_off.clone());
    }
    let mut out = lines.join(CRLF);
    out.push_str(CRLF);
    out
}

/// The heading lines as the reader takes them: the headline (the first line, when it is
/// headline text; an empty first line holds the place of a missing one) and the rest sorted
/// out.
pub(super) fn read_heading(lines: &[String]) -> (Option<String>, Heading) {
    match lines.split_first() {
        Some((slot, rest)) if slot.trim().is_empty() => (None, Heading::read(rest)),
        Some((slot, _)) if matches!(classify(slot), Line::Text(_)) => {
            let mut heading = Heading::read(lines);
            let headline = (!heading.text.is_empty()).then(|| heading.text.remove(0));
            (headline, heading)
        }
        _ => (None, Heading::read(lines)),
    }
}
