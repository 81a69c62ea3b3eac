//! One IPTC 7901 message as lines: the header line, the keyword lines, the text and the
//! post-text; read from a decoded message and printed back.
//!
//! ```text
//! SOH eca0062 4 i 211  dpa 061 CR LF          the header line
//!     CR LF
//!     Germany-politics/ CR LF                 keyword lines
//! STX ...text... ETX                          see `text`
//!     131137 GMT Nov 13 CR LF EOT             the post-text
//! ```

use crate::formats::teletype::controls::{self, Parts};
use crate::formats::teletype::lines::{CRLF, blank, collapse};

use super::header;
use super::post;
use super::text::{self, Text};

/// A message, as lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Message {
    /// The header line.
    pub(super) header: String,
    /// The keyword lines between the header line and STX.
    pub(super) keyword_lines: Vec<String>,
    /// The text.
    pub(super) text: Text,
    /// The post-text line.
    pub(super) post: Option<String>,
}

/// Reads a decoded message.
pub(super) fn parse(parts: &Parts) -> Message {
    let mut header_lines = controls::lines(&parts.header)
        .into_iter()
        .map(|l| collapse(&controls::strip(&l)))
        .filter(|l| !l.is_empty());
    let header = header_lines.next().unwrap_or_default();
    Message {
        header,
        keyword_lines: header_lines.collect(),
        text: text::parse(&parts.text),
        post: controls::post_line(&parts.post),
    }
}

/// Reads a message whose control characters an earlier system stripped (dpa copy relayed by
/// Belga): a header line first, then dpa's keyword path lines, the text, and a last line that is
/// the post-text when it reads as one. The text comes back as it stands too, for the plain-text
/// reader. `None` when the first line is not a header line.
pub(super) fn parse_unframed(decoded: &str) -> Option<(Message, String)> {
    let lines = controls::lines(decoded);
    let first = lines.iter().position(|l| !blank(l))?;
    let header = collapse(&controls::strip(lines.get(first)?));
    header::parse(&header)?;
    let mut start = first + 1;
    let mut keyword_lines = Vec::new();
    while let Some(line) = lines.get(start) {
        let clean = collapse(&controls::strip(line));
        if clean.is_empty() && keyword_lines.is_empty() {
            start += 1;
        } else if header::is_path(&clean) {
            keyword_lines.push(clean);
            start += 1;
        } else {
            break;
        }
    }
    let mut end = lines.len();
    let mut post = None;
    if let Some(last) = lines
        .iter()
        .rposition(|l| !blank(l))
        .filter(|&i| i >= start)
    {
        let clean = collapse(&controls::strip(lines.get(last)?));
        if post::time(&clean).is_some() {
            post = Some(clean);
            end = last;
        }
    }
    let copy = lines.get(start..end).unwrap_or(&[]).join("\n");
    let message = Message {
        header,
        keyword_lines,
        text: text::parse(&copy),
        post,
    };
    Some((message, copy))
}

/// The message as a writer prints it, SOH to EOT.
pub(super) fn render(message: &Message) -> String {
    let mut out = String::from('\u{1}');
    out.push_str(&message.header);
    out.push_str(CRLF);
    out.push_str(CRLF);
    for line in &message.keyword_lines {
        out.push_str(line);
        out.push_str(CRLF);
    }
    controls::render_text_and_post(
        &mut out,
        &text::render(&message.text),
        message.post.as_deref(),
    );
    out
}
