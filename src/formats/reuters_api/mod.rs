//! Reuters Connect API items: the JSON its GraphQL endpoint answers with, one item
//! (`{"data": {"item": {...}}}`) or a search page (`{"data": {"search": {"items": [...]}}}`,
//! one article per item). Read only.
//!
//! The item's keys are camelCase and spelled Reuters' way (`headLine`, `byLine`, `bodyXhtml`),
//! which is what tells it from ninjs; its codes are Reuters QCodes (`subj:`, `N2:`, `MCC:`).
//!
//! | Reuters Connect | model |
//! |---|---|
//! | `uri` (else `versionedGuid`, else `usn`) | `id` |
//! | `version` | `version` (a whole number; else kept) |
//! | `type` | `kind` (`text`, `picture`, `graphics`, `video`, `composite`; another is a warning) |
//! | `versionCreated`, `firstCreated` | `modified`, `created` |
//! | `pubStatus`, `urgency` | `pub_status`, `urgency` (1-9) |
//! | `language`, `slug`, `headLine`, `byLine`, `credit` | `language`, `slugline`, `headline`, `byline`, `credit` |
//! | `fragment`, `caption` | `description` (the fragment, else the caption; the other in `descriptions`) |
//! | `bodyXhtmlRich`, else `bodyXhtml` | `body`: the XHTML document's `body` (its `head` dropped), read as XHTML, else as HTML, through the shared allowlist walk |
//! | `copyrightNotice`, `usageTerms` | `rights` |
//! | `subject[]` (`code`, `name`, `rel`) | `subjects`: a QCode's prefix is the scheme (`subj:06000000`, `N2:ENV`, `MCC:I`), `rel` the role |
//! | `keyword` (a string or an array of them) | `keywords` |
//! | `renditions` (an array or a map) | `enclosure` links (`href`, else `uri`/`url`; `mimeType`; name, size); one without an address is a warning |
//! | `associations` | `associations`, as ninjs reads them |
//! | anything else (`usn`, `contentTimestamp`, `profile`, ...) | `extensions` under `reuters:<key>` (nulls left out) |
//!
//! A search page's `pageInfo` and `totalHits` are paging, not news. GraphQL `errors` beside data
//! are a warning on the first article; without data they are the error.

mod read;

use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed};
use crate::{Article, Error, Format};

pub(crate) use read::read_input;

/// Reads every item of the document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options`: [`formats::read_with`](crate::formats::read_with)
/// for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::ReutersApi, options)
}

/// Keys only Reuters Connect spells so (ninjs says `headline`, `by`, `body_xhtml`).
const REUTERS_KEYS: [&str; 5] = [
    "\"headLine\"",
    "\"byLine\"",
    "\"bodyXhtml\"",
    "\"bodyXhtmlRich\"",
    "\"versionedGuid\"",
];

/// Whether a document's start shows a Reuters Connect answer: JSON with the GraphQL `data`
/// envelope and a key only Reuters spells so. newswire's own JSON always writes `pub_status`,
/// which Reuters never spells so.
fn has_reuters_keys(start: &Sniffed<'_>) -> bool {
    start.json
        && !start.text.contains("\"pub_status\"")
        && start.text.contains("\"data\"")
        && REUTERS_KEYS.iter().any(|key| start.text.contains(key))
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::ReutersApi,
    name: "reuters-api",
    aliases: &["reuters"],
    description: "Reuters Connect API items (GraphQL JSON)",
    extensions: &["json"],
    named_by: &[],
    sniff: Sniff::Marks(has_reuters_keys),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

#[cfg(test)]
mod tests;
