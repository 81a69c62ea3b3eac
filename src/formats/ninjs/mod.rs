//! IPTC ninjs, "news in JSON": read in every generation (1.0-1.6, 2.x, 3.x), written as 3.1 (the
//! default) or 2.x ([`NinjsVersion`](crate::formats::NinjsVersion)).
//!
//! One document is one news object: several articles are written one per document (the command
//! line writes one file each). The reader also takes a bare array of news objects (IPTC's 3.0
//! collection example) and an API envelope holding them (see [`read`](fn@read)).
//!
//! Output validates against the official schema of the version written (`standard` declares
//! it). What each object holds, in this order (3.x names; 2.x writes the same names in lower
//! case, and `embargoed` for `embargoedUntil`):
//!
//! | ninjs | from |
//! |---|---|
//! | `uri` | `id` (else [`derived_id`](crate::model::derived_id)); an id that is not an IRI becomes `urn:newswire:id:` + the id percent-encoded |
//! | `standard` | `ninjs`, the version, the schema URI |
//! | `type`, `version` | `kind`, `version` |
//! | `versionCreated`, `firstCreated`, `embargoedUntil` | `modified` (else `published`: the first that RFC 3339 holds), `created`, `embargo`: RFC 3339 with an offset (`Z` when the source gave none; UTC for an offset with seconds or beyond ±14:00; a leap second or a year outside 1-9999 not written) |
//! | `pubStatus`, `urgency` | `pub_status`; `urgency` when 1-9 |
//! | `language`, `title`, `slugline`, `located`, `by` | `language`, `title`, `slugline`, the dateline's city, the byline (else the creators' names) |
//! | `edNote` | the editorial notes, joined by line breaks (ninjs has one) |
//! | `copyrightHolder`, `copyrightNotice`, `usageTerms` | `rights` (the holder's name, else its id) |
//! | `headlines` | `headline` (role `main`), `subheadline` (role `sub`) |
//! | `descriptions` | `description` (role `summary`), `credit` (role `creditline`, the convention of IPTC's AP example) |
//! | `bodies` | the printed body (dateline at the head of the lead) in XHTML form, as an `application/xhtml+xml` fragment, with its `wordCount` (`word_count`, else the words written) |
//! | `subjects`, `genres` | concepts: `uri` (scheme URI and code, IPTC aliases expanded), else `literal` (the QCode, else the code), and `name` |
//! | `infoSources` | the provider (role `provider`), then the sources: `name`, `uri` (a URL or URN id) or `literal` (another id) |
//! | `renditions` | `enclosure` links: `href`, `contentType`, `title` |
//! | `associations` | other links: `name` (the relation, `related` when none), `rel` (3.x), `uri` (the href), `type` (picture, video or audio by media type), `title`, and a rendition with the media type |
//!
//! Not carried (ninjs has no place): keywords, author roles and identities, the dateline's text,
//! region, date and agencies (the text is printed in the body), priority, publication time (when
//! there is a modification time), link targets that are not absolute URIs, extensions.

mod project;
mod read;
mod write;

pub use project::project;
pub(crate) use read::read_input;
pub use read::{read, read_with};
pub use write::{write, write_version};

/// Whether this version reads the format.
pub(crate) const CAN_READ: bool = true;

/// Whether this version writes the format.
pub(crate) const CAN_WRITE: bool = true;

#[cfg(test)]
mod tests;
