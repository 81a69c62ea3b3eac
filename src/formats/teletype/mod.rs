//! What IPTC 7901 and ANPA-1312 share: teletype byte streams (`../shared/specs/WIRE_TEXT_FORMATS.md`).
//!
//! Both formats frame a message with control bytes, `SOH header STX text ETX post-text EOT`, and
//! send many messages back to back with padding between them (SYN, DEL, CR, LF, FF). The work is
//! split by job:
//!
//! - `frame` cuts a byte stream into messages and says which ones are broken (truncated, no
//!   text), ignoring the padding between them;
//! - `controls` decodes one message (its own encoding: UTF-8, or a legacy single-byte set guessed
//!   per message) and takes it apart at STX and ETX; what the other control bytes mean is each
//!   format's business, and `controls` removes whatever is left, so that no control character
//!   reaches the model;
//! - `stream` reads every message of a stream, keeps the good ones and reports the broken ones as
//!   warnings on a neighbour (an error only when no message can be read);
//! - `heading` classifies the lines above the story (markers, bylines, notes), with the plain-text
//!   reader's rules;
//! - `lines` wraps and joins text lines, `blocks` flattens the model's body into the paragraphs,
//!   headings and tables that teletype text can hold, `time` reads and writes the post-text
//!   transmission times, and `article` holds the model mapping both readers share (dateline,
//!   byline, language, times).

pub(crate) mod article;
pub(crate) mod blocks;
pub(crate) mod controls;
pub(crate) mod frame;
pub(crate) mod heading;
pub(crate) mod lines;
pub(crate) mod stream;
pub(crate) mod time;

use crate::formats::fidelity::{Carry, Field};

/// What IPTC 7901 and ANPA-1312 both carry in part (the rest of what they carry the format's
/// arm says); anything else they drop.
pub(crate) fn carries(field: Field) -> Carry {
    use Carry::{Lost, Partial};
    use Field::*;
    match field {
        Language => Partial("detected from the text"),
        Byline => Partial("on one line, when the byline rules read it back"),
        Authors => Partial("the names the byline prints"),
        DatelineText | DatelineCity | DatelineRegion | DatelineDate | DatelineAgencies => {
            Partial("read again from the lead: what the dateline text does not print is lost")
        }
        Urgency => Partial("read back as the priority"),
        Created => Partial("the version time, for a first version"),
        Modified => Partial(
            "the version time to the minute, in UTC when it has an offset, with a two-digit year",
        ),
        BodyText => Partial("as paragraphs and tables, whitespace collapsed"),
        Extensions => {
            Partial("the article's own are dropped; the header's come back in their place")
        }
        _ => Lost,
    }
}

#[cfg(test)]
mod tests;
