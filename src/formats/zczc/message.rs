//! One ZCZC message as lines: the `ZCZC` line, the marked header lines, and the body.
//!
//! ```text
//! ZCZC AAP                       the source after ZCZC
//! %A                             header lines: a marker character, then the value
//! #Legionella_BC1
//! $Legionella found in Qld hospital
//! :(BRISBANE)
//! *07000000
//! @QLD
//! Legionella bacteria has ...    the body: from the first line that is not a header line
//!
//! AAP RTV                        the sign-off
//! NNNN
//! ```
//!
//! The markers mean different things in AAP's feeds; which layout a header follows is told by
//! its shape (see [`Layout`]), never by the file's name.

use std::borrow::Cow;

use crate::formats::teletype::controls::{self, HT};
use crate::formats::teletype::lines::{blank, collapse};

use super::frame::{START, opens_with};

/// The characters that mark a header line.
const MARKERS: &[char] = &['%', '$', '#', ':', '=', '^', '*', '+', '&', '@', '~'];

/// A message, its lines read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Message {
    /// What follows `ZCZC` on its line (`AAP`), on one line.
    pub(super) source: String,
    /// The header lines: marker and value (on one line), in order.
    pub(super) fields: Vec<(char, String)>,
    /// The body lines, control characters but a tab removed, without trailing whitespace.
    pub(super) body: Vec<String>,
}

/// The feed layouts AAP's ZCZC headers follow, told apart by their shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// AAP's own layout (sports results): `$` category, `:` keyword, `=` take key,
    /// `^` headline, `*` format, `+` subject code, `@` place, `&` service level, `~` genre.
    Generic,
    /// Broadcast scripts: a one-letter `%` category, `#` slug, `$` headline, `:` take key,
    /// `*` subject code, `@` place. Shown by the `%` letter, a `$` line longer than a letter or
    /// a `*` line of eight digits.
    Broadcast,
    /// Medianet releases: `%` selector codes (more than one letter), `$` category, `:` take key
    /// (the issuer), `*` format.
    Medianet,
    /// Pagemasters data: `#` slug and `:` headline, `@` take key; shown by a `#` line without
    /// the broadcast marks.
    Pagemasters,
}

impl Message {
    /// The layout the header lines show.
    pub(super) fn layout(&self) -> Layout {
        let has = |marker: char, shape: fn(&str) -> bool| {
            self.fields.iter().any(|(m, v)| *m == marker && shape(v))
        };
        if let Some((_, selectors)) = self.fields.iter().find(|(m, _)| *m == '%') {
            return if one_letter(selectors) {
                Layout::Broadcast
            } else {
                Layout::Medianet
            };
        }
        if has('$', |v| v.chars().count() > 1) || has('*', subject_code) {
            Layout::Broadcast
        } else if has('#', |_| true) {
            Layout::Pagemasters
        } else {
            Layout::Generic
        }
    }
}

/// True for a value that is one ASCII letter (a category, a format).
pub(super) fn one_letter(value: &str) -> bool {
    value.len() == 1 && value.bytes().all(|b| b.is_ascii_alphabetic())
}

/// True for an IPTC subject code: eight digits.
pub(super) fn subject_code(value: &str) -> bool {
    value.len() == 8 && value.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a decoded message (from its `ZCZC`). The header runs from the line after `ZCZC` to
/// the first line that is not a header line; blank lines inside it are skipped (a stray line
/// end splits the broadcast headline from the lines below it).
pub(super) fn parse(text: &str) -> Message {
    let normalised = line_ends(text);
    let lines = controls::lines(&normalised);
    let mut lines = lines.iter().map(|line| clean(line));
    let source = lines
        .next()
        .map(|first| {
            let first = first.trim_start();
            let rest = if opens_with(first.as_bytes(), START) {
                first.get(START.len()..).unwrap_or("")
            } else {
                first
            };
            collapse(rest)
        })
        .unwrap_or_default();
    let mut fields = Vec::new();
    let mut body = Vec::new();
    for line in lines.by_ref() {
        if blank(&line) {
            continue;
        }
        match header_field(&line) {
            Some(field) => fields.push(field),
            None => {
                body.push(line.into_owned());
                break;
            }
        }
    }
    body.extend(lines.map(Cow::into_owned));
    Message {
        source,
        fields,
        body,
    }
}

/// Every line end (CR, LF, CR LF) as LF: one AAP file mixes all three.
fn line_ends(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// A line without control characters other than the tab (which starts an AAP paragraph) and
/// without trailing whitespace.
fn clean(line: &str) -> Cow<'_, str> {
    if !controls::may_hold_controls(line) {
        return match line.trim_end() {
            trimmed if trimmed.len() == line.len() => Cow::Borrowed(line),
            trimmed => Cow::Owned(trimmed.to_string()),
        };
    }
    let kept: String = line
        .chars()
        .filter(|&c| c == HT || !c.is_control())
        .collect();
    Cow::Owned(kept.trim_end().to_string())
}

/// A header line's marker and value (on one line), when the line is one: a marker first, and
/// for `*` and `+` a value of their shape (a letter or a subject code), so that a body that
/// opens with a list item (`* bankruptcies fell`) is not taken for the header.
fn header_field(line: &str) -> Option<(char, String)> {
    let marker = line.chars().next().filter(|c| MARKERS.contains(c))?;
    let value = collapse(line.get(marker.len_utf8()..).unwrap_or(""));
    let shaped = match marker {
        '*' => one_letter(&value) || subject_code(&value),
        '+' => subject_code(&value),
        _ => true,
    };
    shaped.then_some((marker, value))
}
