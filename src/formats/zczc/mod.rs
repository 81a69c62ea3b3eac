//! AAP's ZCZC wire text (Australian Associated Press: broadcast scripts, sports results,
//! Medianet releases, Pagemasters racing data), read.
//!
//! A stream holds one or more messages, each opened by `ZCZC` at the start of a line (the
//! source after it: `ZCZC AAP`) and closed by `NNNN`, the next `ZCZC` line or the end of the
//! input (the `NNNN` is optional). Line ends are CR, LF or CR LF, mixed in one file. Below the
//! `ZCZC` line come the header lines, one field each, opened by a marker character; the body
//! follows from the first line that is not one. What a marker means depends on the feed, which
//! the header's shape tells (the `message` module's `Layout`): a `%` line of one letter, a `$`
//! line longer than a letter or a `*` line of eight digits is a broadcast script; a `%` line of
//! selector codes a Medianet release; a `#` line without those marks Pagemasters data; anything
//! else AAP's own layout (sports results).
//!
//! | ZCZC | model |
//! |---|---|
//! | `ZCZC AAP`: the source | extension `zczc:source`; the `provider` when it names a known agency |
//! | category: one letter after `$` (`$T`), after `%` in broadcast scripts (`%A`) | a subject in the IPTC catalog's ANPA-1312 category scheme `a1312cat` (AAP's categories are ANPA's) |
//! | subject code: eight digits after `+` (`+15039001`), after `*` in broadcast scripts (`*07000000`) | a subject in the scheme `subj` (IPTC Subject Codes) |
//! | slug: `#` (broadcast, Pagemasters), `:` (AAP's own layout) | `slugline` |
//! | headline: `^`, text after `$` (broadcast), `:` (Pagemasters) | `headline` |
//! | take key: `=`, `:` (broadcast, Medianet: the issuer), `@` (Pagemasters) | extension `zczc:take_key` |
//! | place: `@` (`@QLD`) | a subject of kind place, named as printed |
//! | Medianet selectors: `%` with more than a letter (`%MNETALL MFI MGD`) | extension `zczc:selectors` |
//! | service level: `&` (`&T`; broadcast scripts send the sender's account) | extension `zczc:service_level` |
//! | format: `*X` text, `*T` tabular | extension `zczc:format`; `*T`: the whole body one preformatted block |
//! | genre: `~` | a genre, named as printed |
//! | lead `SYDNEY, Dec 7 AAP - ` | `dateline` (the shared dateline grammar), taken off the lead |
//! | body: paragraphs between blank lines; a line opened by a tab is a paragraph of its own | `body` paragraphs |
//! | body: runs of lines with columns three spaces apart or more (results, fields) | `body` preformatted blocks |
//! | last line `AAP RTV`, `AAP`, `AAP FIELDS` | extension `zczc:sign_off` |
//! | (none) | `language`, detected from the text |
//!
//! A second value of a single-valued field (a slug, a headline, a take key) is reported in a
//! warning, the first kept; empty header lines (Medianet's lone `:`) are skipped. Text outside
//! every message is reported in a warning on a neighbouring article, not read. The feeds name
//! no time: articles have none. Read only: newswire does not write ZCZC.

mod frame;
mod mapping;
mod message;

use crate::formats::teletype::stream;
use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed};
use crate::model::Warning;
use crate::{Article, Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Zczc,
    name: "zczc",
    aliases: &["aap"],
    description: "AAP ZCZC wire text",
    extensions: &["zczc"],
    named_by: &["zczc"],
    sniff: Sniff::Marks(shows_zczc),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

/// Reads every message in the input, one article each. Text outside the messages is named in
/// a warning on a neighbouring article; the input is an error only when it holds no message.
///
/// ```
/// use newswire::formats::zczc;
/// let wire = b"ZCZC AAP\r\n%A\r\n#Rates_BC1\r\n$Rates on hold\r\n:(SYDNEY)\r\n*04000000\r\n\
///     @NSW\r\nThe Reserve Bank has left rates on hold.\r\n\r\nAAP RTV\r\nNNNN";
/// let story = &zczc::read(wire)?[0];
/// assert_eq!(story.headline.as_deref(), Some("Rates on hold"));
/// assert_eq!(story.slugline.as_deref(), Some("Rates_BC1"));
/// assert_eq!(story.body_text(), "The Reserve Bank has left rates on hold.");
/// assert_eq!(story.extensions["zczc:sign_off"], "AAP RTV");
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads every message in the input as [`read`] does, with options: `options.language` is the
/// language of every article (the headers name none) instead of the detected one.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Zczc, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let frames = frame::messages(input, options.limits.articles);
    stream::within_limits(Format::Zczc, &frames, &options.limits)?;
    if !frames.iter().any(|f| f.broken.is_none()) {
        return Err(Error::Invalid {
            format: Format::Zczc,
            message: "no message: no line starts with ZCZC".to_string(),
        });
    }
    stream::read_frames(Format::Zczc, &frames, |frame| {
        let decoded = crate::encoding::decode_text(frame.bytes);
        let message = message::parse(&decoded.text);
        if message.fields.is_empty() && message.body.iter().all(|l| l.trim().is_empty()) {
            return Err("the message is empty".to_string());
        }
        let mut article = mapping::article(message, options.language());
        if let Some(warning) = decoded.warning {
            article
                .warnings
                .insert(0, Warning::new("input", warning, None));
        }
        Ok(article)
    })
}

/// Whether the input opens (after whitespace) with `ZCZC` standing alone: AAP's framing.
fn shows_zczc(start: &Sniffed<'_>) -> bool {
    frame::opens_with(start.text.as_bytes(), frame::START)
}

#[cfg(test)]
mod tests;
