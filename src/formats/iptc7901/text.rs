//! The text between STX and ETX, as lines: the heading (ending with ` =`), the body
//! (paragraphs separated by blank lines, tables), the notes after "not for publication", and the
//! sign-off.
//!
//! ```text
//! (Eil BEL BEL BEL BEL BEL)                     markers, headline, byline: the heading;
//! Grünen-Spitze tritt nach Wahlniederlagen ab =  its last line ends with ` =`
//!
//! Berlin (dpa) - Die Grünen-Spitze zieht ...     paragraphs, wrapped at 69 characters
//!
//! * * * *                                        a rule (kept), and the line that opens the notes
//! Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt
//!
//! ## Kontakte                                    notes to editors
//!
//! dpa abc yydd n1 sku                            the sign-off: agency and editors' initials
//! ```

use std::borrow::Cow;

use crate::formats::teletype::blocks::Chunk;
pub(super) use crate::formats::teletype::blocks::chunk_lines;
use crate::formats::teletype::controls::{self, BS};
use crate::formats::teletype::heading::{Line, classify, sign_off_like};
use crate::formats::teletype::lines::{CRLF, blank, collapse, indent, wrap};

/// Width of a written line, as dpa writes it.
pub(super) const WIDTH: usize = 69;
/// Indent of written body paragraphs and notes (dpa's English service indents by three).
const INDENT: &str = "   ";
/// Indent of a note's continuation lines.
const NOTE_CONTINUATION: &str = "     ";
/// The line a writer opens the notes with.
const NOTES_OPENING: &str = "The following information is not for publication";
/// Phrases of the line that opens the notes, lower case.
const NOTES_PHRASES: &[&str] = &[
    "not for publication",
    "not intended for publication",
    "nicht zur veröffentlichung",
    "pas destinées à la publication",
    "pas destinée à la publication",
    "non destinate alla pubblicazione",
];

/// The text of a message, sorted into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Text {
    /// The heading lines, each on one line, without the ` =` that ends the heading.
    pub(super) heading: Vec<String>,
    /// The body: paragraphs and tables (7901 has no headings).
    pub(super) body: Vec<Chunk>,
    /// Notes to editors.
    pub(super) notes: Vec<String>,
    /// The sign-off (`dpa hm bs wjh`).
    pub(super) sign_off: Option<String>,
}

/// A text line, its control characters dealt with: APTN's `BS BS` prefix and `^ ... <` marks
/// removed, tabs as spaces, other control characters deleted, no trailing whitespace. A line
/// that needs none of that (most) is borrowed.
pub(super) fn cleaned(raw: &str) -> Cow<'_, str> {
    let clean = !raw.starts_with(['^', BS])
        && !raw.ends_with(char::is_whitespace)
        && raw.trim() != "<"
        && (!controls::may_hold_controls(raw) || !raw.chars().any(char::is_control));
    if clean {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(clean_line(raw))
    }
}

/// [`cleaned`], always owned.
pub(super) fn clean_line(raw: &str) -> String {
    let line = raw.trim_start_matches(BS);
    let line = match line.strip_prefix('^') {
        Some(rest) => rest
            .trim_start_matches('^')
            .trim_end()
            .trim_end_matches('<')
            .to_string(),
        None if line.trim() == "<" => String::new(),
        None => line.to_string(),
    };
    controls::strip(&line).trim_end().to_string()
}

/// Reads the text part of a message.
pub(super) fn parse(text: &str) -> Text {
    let raw = controls::lines(text);
    let carets: Vec<bool> = raw
        .iter()
        .map(|l| l.trim_start_matches(BS).starts_with('^'))
        .collect();
    let mut lines: Vec<Cow<'_, str>> = raw.iter().map(|l| cleaned(l)).collect();
    let start = lines.iter().position(|l| !blank(l)).unwrap_or(lines.len());
    let chunk_end = lines
        .iter()
        .skip(start)
        .position(|l| blank(l))
        .map_or(lines.len(), |i| start + i);
    let terminator = (start..chunk_end).find(|&i| lines.get(i).is_some_and(|l| l.ends_with('=')));
    let (heading, body_start) = match terminator {
        Some(end) => {
            let mut heading: Vec<String> = lines
                .get(start..=end)
                .unwrap_or(&[])
                .iter()
                .map(|l| l.to_string())
                .collect();
            if let Some(last) = heading.last_mut() {
                *last = strip_terminator(last);
            }
            // Bylines printed below the ` =` line, before the blank line, are still heading.
            let bylines = lines
                .get(end + 1..chunk_end)
                .unwrap_or(&[])
                .iter()
                .take_while(|line| matches!(classify(line), Line::Byline(_)))
                .map(|line| line.to_string())
                .collect::<Vec<_>>();
            let body_start = end + 1 + bylines.len();
            heading.extend(bylines);
            (heading, body_start)
        }
        None if carets.get(start) == Some(&true) => (
            lines
                .get(start..=start)
                .unwrap_or(&[])
                .iter()
                .map(|l| l.to_string())
                .collect(),
            start + 1,
        ),
        None => (Vec::new(), start),
    };
    // The body's lines are moved out of the text's, not copied.
    let mut body = lines.split_off(body_start.min(lines.len()));
    let marker = body.iter().position(|l| opens_notes(l));
    let mut notes: Vec<Cow<'_, str>> = match marker {
        Some(i) => body.split_off(i).into_iter().skip(1).collect(),
        None => Vec::new(),
    };
    let sign_off = if marker.is_some() {
        take_sign_off(&mut notes)
    } else {
        take_sign_off(&mut body)
    };
    Text {
        heading: heading
            .iter()
            .map(|l| collapse(l))
            .filter(|l| !l.is_empty())
            .collect(),
        body: chunk_lines(&body),
        notes: read_notes(&notes),
        sign_off,
    }
}

/// The heading's last line without the ` =` that ends the heading.
fn strip_terminator(line: &str) -> String {
    let line = line.trim_end();
    line.strip_suffix('=')
        .unwrap_or(line)
        .trim_end()
        .to_string()
}

/// The line that opens the notes to editors (`The following information is not intended for
/// publication`, `Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt`), at
/// the start of a line.
pub(super) fn opens_notes(line: &str) -> bool {
    if indent(line) != 0 || line.chars().count() > 100 {
        return false;
    }
    let lower = line.to_lowercase();
    NOTES_PHRASES.iter().any(|p| lower.contains(p))
}

/// Notes: runs of lines between blank lines, one note each. A line indented deeper than the
/// run's first continues the line above; another starts a new line of the note.
fn read_notes<S: AsRef<str>>(lines: &[S]) -> Vec<String> {
    let mut notes = Vec::new();
    let mut current = String::new();
    let mut base = 0;
    for line in lines.iter().map(AsRef::as_ref).chain(std::iter::once("")) {
        if blank(line) {
            let note = current.trim().to_string();
            if !note.is_empty() {
                notes.push(note);
            }
            current.clear();
            continue;
        }
        let text = collapse(line);
        if current.is_empty() {
            base = indent(line);
            current = text;
        } else if indent(line) > base {
            current.push(' ');
            current.push_str(&text);
        } else {
            current.push('\n');
            current.push_str(&text);
        }
    }
    notes
}

/// Removes the sign-off from the end of `lines`: the last line, alone after a blank line, at
/// the start of the line and single-spaced, shaped like a sign-off.
fn take_sign_off<S: AsRef<str>>(lines: &mut Vec<S>) -> Option<String> {
    let last = lines.iter().rposition(|l| !blank(l.as_ref()))?;
    let line = lines.get(last)?.as_ref();
    let alone = last == 0 || lines.get(last - 1).is_some_and(|l| blank(l.as_ref()));
    if !(alone && indent(line) == 0 && !line.contains("  ") && sign_off_like(line)) {
        return None;
    }
    let sign_off = line.trim().to_string();
    lines.truncate(last);
    Some(sign_off)
}

/// The text part a writer prints: the heading (` =` ending its last line, or a lone `=` when it
/// is empty), the body (paragraphs wrapped and indented, tables as they are), and the notes
/// after the opening line. Lines end with CR LF.
pub(super) fn render(text: &Text) -> String {
    let mut lines: Vec<String> = text.heading.clone();
    match lines.last_mut() {
        Some(last) => last.push_str(" ="),
        None => lines.push("=".to_string()),
    }
    for chunk in &text.body {
        lines.push(String::new());
        match chunk {
            Chunk::Para(para) | Chunk::Heading(para) => {
                for line in wrap(para, WIDTH - INDENT.len(), |_, _| true) {
                    lines.push(format!("{INDENT}{line}"));
                }
            }
            Chunk::Pre(pre) => lines.extend(pre.split('\n').map(str::to_string)),
        }
    }
    if !text.notes.is_empty() {
        lines.push(String::new());
        lines.push(NOTES_OPENING.to_string());
        for note in &text.notes {
            lines.push(String::new());
            for line in note.split('\n') {
                for (j, part) in wrap(line, WIDTH - NOTE_CONTINUATION.len(), |_, _| true)
                    .into_iter()
                    .enumerate()
                {
                    let indent = if j == 0 { INDENT } else { NOTE_CONTINUATION };
                    lines.push(format!("{indent}{part}"));
                }
            }
        }
    }
    if let Some(sign_off) = &text.sign_off {
        lines.push(String::new());
        lines.push(sign_off.clone());
    }
    let mut out = lines.join(CRLF);
    out.push_str(CRLF);
    out
}
