//! E-mailed copy (RFC 5322 messages with MIME bodies): read only. Desks take stories, forms
//! and pictures by mail; the message is parsed with `mailparse`, and its text through the
//! plain-text reader, as wire copy.
//!
//! | message | model |
//! |---|---|
//! | `Subject` (RFC 2047 encoded words decoded; a charset label that lies, UTF-8 bytes labelled `windows-1252`, is caught as in bodies) | `headline`; `title` when the body gives its own headline and the subject says something else |
//! | `Headline:`, `Abstract:`/`Summary:`, `Slug:`/`Slugline:` lines at the top of the body | `headline`, `description`, `slugline` |
//! | `From` | `sources`: each sender by display name (else address), `mailto:` id |
//! | `Date` (lenient RFC 822, `dates`) | `modified` and `created` (the time sent); an unreadable one is a warning with the raw value |
//! | `Message-ID` | `id`, as sent (`<...@...>`) |
//! | `To` | extension `email:to` |
//! | the text/plain part (the first not attached; `format=flowed` undone; the charset as declared, a UTF-8 lie caught) | through the plain-text reader: `body`, `dateline`, `byline`, `credit`, `language`, ... |
//! | a text/html part, when there is no text/plain one | `body` through the HTML reader |
//! | a Google Forms notification body (`{"Headline":["..."],...}`) | the `form` module's table |
//! | each attachment (a part with a file name or `attachment` disposition, or not text) | `associations`: role `attachment`, kind from the media type, the file name as headline, one `enclosure` file with the media type, the file name as title and the decoded size (its address the `cid:` URL of its Content-ID, else empty) |
//! | an attachment that is a news document by its own marks (G2, NITF, ninjs, ...) | read as that format: an association each for its articles (kind, id, headline, description, byline, credit); when the message has no text of its own, its articles are the result instead, the sender as source where they name none |
//!
//! Not read, with a warning: the signature (below `-- `, or short lines below a wire sign-off
//! such as `AAP be/`, which the plain-text reader takes for the credit) and a disclaimer under a
//! rule of underscores (the text is quoted in the warning), an attachment's content (a warning each,
//! with its name, type and size), an undecodable part. Left without a word: the transport
//! fields (`Received`, `DKIM-Signature`, `Return-Path`, ...), and the HTML alternative of a
//! text/plain body (the same text).
//!
//! Detection: two or more mail header fields (`Received:`, `From:`, `Subject:`, `X-...:`) at
//! the start, past blank lines; never the `.txt` a mail is often saved as.

mod body;
mod form;
mod read;
#[cfg(test)]
mod tests;
mod words;

use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed};
use crate::{Article, Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Email,
    name: "email",
    aliases: &["rfc822", "eml", "mime"],
    description: "e-mailed copy (RFC 5322, MIME)",
    extensions: &["eml"],
    named_by: &["eml"],
    sniff: Sniff::Marks(looks_like_email),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

/// Reads one e-mail message.
///
/// ```
/// use newswire::{read, Format};
/// let mail = b"From: Desk <desk@example.com>\r\nSubject: Ferry back\r\nDate: Tue, 3 Mar 2015 11:27:36 +1100\r\n\r\nHARBOURTON (XW) - The ferry runs again.\r\n";
/// let article = &read(mail, Format::Email)?[0];
/// assert_eq!(article.headline.as_deref(), Some("Ferry back"));
/// assert!(article.sources.iter().any(|s| s.id.as_deref() == Some("mailto:desk@example.com")));
/// assert_eq!(article.body_text(), "The ferry runs again.");
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    crate::formats::read(input, Format::Email)
}

/// Reads one e-mail message with options: `options.language` is used instead of the language
/// detected from its text, and `options.limits` bound the message and what is read inside it.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Email, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between
/// the checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read::read_message(input, options)
}

/// The header fields that show a mail message (and any `X-` field).
const MAIL_HEADERS: [&str; 10] = [
    "received",
    "delivered-to",
    "return-path",
    "from",
    "to",
    "subject",
    "date",
    "mime-version",
    "message-id",
    "content-type",
];

/// Two or more mail header fields at the start: a message (one `Subject:` line is wire copy's
/// own).
fn looks_like_email(start: &Sniffed<'_>) -> bool {
    let mut headers = 0;
    for line in start.text.lines().take(12) {
        if line.starts_with([' ', '\t']) {
            continue; // a folded continuation of the previous field
        }
        let Some((name, _)) = line.split_once(": ") else {
            break;
        };
        let name = name.to_ascii_lowercase();
        if MAIL_HEADERS.contains(&name.as_str()) || name.starts_with("x-") {
            headers += 1;
        } else {
            break;
        }
    }
    headers >= 2
}
