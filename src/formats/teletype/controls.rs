//! One message from bytes to text: decoded in its own encoding, taken apart at STX and ETX, and
//! rid of the control characters no format gives a meaning to.

use std::borrow::Cow;

use crate::encoding::decode_text;
use crate::formats::{Limit, budget};

use super::lines::{CRLF, collapse};

/// Start of text, as a character of the decoded message.
pub(crate) const STX: char = '\u{2}';
/// End of text, as a character of the decoded message.
pub(crate) const ETX: char = '\u{3}';
/// End of transmission: closes a message.
pub(crate) const EOT: char = '\u{4}';
/// Horizontal tab: starts an AP paragraph; an indent elsewhere.
pub(crate) const HT: char = '\t';
/// Backspace: AP's "tab line indicator" that starts an agate (table) row; APTN prefixes
/// shot-list lines with two.
pub(crate) const BS: char = '\u{8}';
/// Data link escape: the fixed "TTS space band" inside AP agate cells.
pub(crate) const DLE: char = '\u{10}';

/// A message decoded and cut into its header (between SOH and STX), its text (between STX and
/// ETX) and its post-text (after ETX), each with its control characters still in place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Parts {
    /// The header, without the SOH (and the SYN padding before it).
    pub(crate) header: String,
    /// The text.
    pub(crate) text: String,
    /// The post-text and the padding up to EOT.
    pub(crate) post: String,
    /// How the encoding had to be guessed, when it had to be.
    pub(crate) warning: Option<String>,
}

/// Decodes one message (UTF-8, or the legacy encoding guessed for this message alone: dpa and
/// ATS send Latin-1, newer feeds UTF-8, and one stream may mix them) and cuts it at the first STX
/// and the first ETX after it.
pub(crate) fn parts(bytes: &[u8]) -> Parts {
    let decoded = decode_text(bytes);
    let text = decoded.text.as_ref();
    let (header, rest) = text.split_once(STX).unwrap_or((text, ""));
    let (body, post) = rest.split_once(ETX).unwrap_or((rest, ""));
    Parts {
        header: header.to_string(),
        text: body.to_string(),
        post: post.to_string(),
        warning: decoded.warning,
    }
}

/// The lines of a part: split at LF, with every CR removed (feeds use CR LF, bare LF, and dpa a
/// bare LF for its blank lines); a line without CR is borrowed.
///
/// Each line counts against [`Limits::elements`](crate::formats::Limits::elements), as an
/// element of markup does: a message of millions of one-letter lines would otherwise cost a
/// record for each. Past the limit, no lines.
pub(crate) fn lines(part: &str) -> Vec<Cow<'_, str>> {
    let count = memchr::memchr_iter(b'\n', part.as_bytes()).count() + 1;
    if !budget::spend(Limit::Elements, count) {
        return Vec::new();
    }
    // The line ends are found with memchr, as they were counted.
    let has_cr = |text: &str| memchr::memchr(b'\r', text.as_bytes()).is_some();
    let mut start = 0;
    memchr::memchr_iter(b'\n', part.as_bytes())
        .chain(std::iter::once(part.len()))
        .map(|end| {
            let line = part.get(start..end).unwrap_or_default();
            start = end + 1;
            match line.strip_suffix('\r') {
                Some(without) if !has_cr(without) => Cow::Borrowed(without),
                _ if has_cr(line) => Cow::Owned(line.replace('\r', "")),
                _ => Cow::Borrowed(line),
            }
        })
        .collect()
}

/// False when `text` holds no control character for certain: C0 controls and DEL are bytes
/// below space and 0x7F, and C1 controls start with 0xC2 (a vectorised scan, `byte_scan`).
pub(crate) fn may_hold_controls(text: &str) -> bool {
    crate::byte_scan::any_byte(text.as_bytes(), |b| (b < b' ') | (b == 0x7f) | (b == 0xc2))
}

/// `text` without control characters: C0 (tab included) and C1 controls and DEL are removed,
/// except that a tab becomes a space. What a format gives a meaning to (HT, BS, DLE) it handles
/// before calling this. Text without any (most lines) is borrowed, not copied.
pub(crate) fn strip(text: &str) -> Cow<'_, str> {
    if !may_hold_controls(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                HT => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// The post-text line: the first line after ETX with text on it, without control characters.
pub(crate) fn post_line(part: &str) -> Option<String> {
    lines(part)
        .into_iter()
        .map(|l| collapse(&strip(&l)))
        .find(|l| !l.is_empty())
}

/// Ends a message as both writers print it: STX, the text, ETX, the post-text, CR LF, EOT.
pub(crate) fn render_text_and_post(out: &mut String, text: &str, post: Option<&str>) {
    out.push(STX);
    out.push_str(text);
    out.push(ETX);
    out.push_str(post.unwrap_or(""));
    out.push_str(CRLF);
    out.push(EOT);
}
