//! One ANPA-1312 message: the header, the text and the post-text; read from a decoded message
//! and printed back.
//!
//! ```text
//! SYN SYN SOH W2870 US asian CR LF                                 (Kyodo: no SYN)
//! f l DC3 DC1 BC-LT--Argentina-CancerB     11-13 1049 CR LF
//! STX ...text... ETX AP-WF-11-13-13 1509GMT< CR LF FF CR LF EOT
//! ```

use crate::formats::teletype::controls::{self, Parts};
use crate::formats::teletype::lines::CRLF;

use super::header::{self, Header};
use super::text::{self, Text};

/// A message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Message {
    /// The header fields.
    pub(super) header: Header,
    /// The text.
    pub(super) text: Text,
    /// The post-text line.
    pub(super) post: Option<String>,
}

/// Reads a decoded message.
pub(super) fn parse(parts: &Parts) -> Message {
    let header = header::parse(&parts.header);
    let text = text::parse(&parts.text, header.tabular());
    let post = controls::post_line(&parts.post);
    Message { header, text, post }
}

/// The message as a writer prints it, SYN SYN SOH to EOT.
pub(super) fn render(message: &Message) -> String {
    let (first, second) = message.header.render();
    let mut out = String::from("\u{16}\u{16}\u{1}");
    out.push_str(&first);
    out.push_str(CRLF);
    out.push_str(&second);
    out.push_str(CRLF);
    controls::render_text_and_post(
        &mut out,
        &text::render(&message.text),
        message.post.as_deref(),
    );
    out
}
