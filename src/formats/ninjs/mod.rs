//! IPTC ninjs, "news in JSON": read in every generation (1.0-1.6, 2.x, 3.x), written as 3.1 (the
//! default) or 2.x ([`NinjsVersion`]).
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
//! | `versionCreated`, `firstCreated`, `embargoedUntil` | `modified` (else `published`: the first that RFC 3339 holds), `created`, `embargo`: RFC 3339 with an offset (a time the source gave without one is not written; UTC for an offset with seconds or beyond ±14:00; a leap second or a year outside 1-9999 not written) |
//! | `pubStatus`, `urgency` | `pub_status`; `urgency` when 1-9 |
//! | `language`, `title`, `slugline`, `located`, `by` | `language`, `title`, `slugline`, the dateline's city, the byline (else the creators' names) |
//! | `edNote` | the editorial notes, joined by line breaks (ninjs has one) |
//! | `copyrightHolder`, `copyrightNotice`, `usageTerms` | `rights` (the holder's name, else its id) |
//! | `headlines` | `headline` (role `main`), `subheadline` (role `sub`), then `headlines` (their roles as given) |
//! | `descriptions` | `description` (role `summary`), `credit` (role `creditline`, the convention of IPTC's AP example), then `descriptions` (their roles as given) |
//! | `bodies` | the printed body (dateline at the head of the lead) in XHTML form, as an `application/xhtml+xml` fragment, with its `wordCount` (`word_count`, else the words written) |
//! | `subjects`, `genres` | concepts: `uri` (scheme URI and code, IPTC aliases expanded), else `literal` (the QCode, else the code), and `name` |
//! | a place's `geo` | `places[].geoJSON` (2.x `geojson`, read also from 1.x `geometry_geojson`): a GeoJSON `Point`, longitude first |
//! | `infoSources` | the provider (role `provider`), then the sources: `name`, `uri` (a URL or URN id) or `literal` (another id) |
//! | `renditions` | `enclosure` links: `href`, `contentType`, `title` |
//! | `associations` | other links: `name` (the relation, `related` when none), `rel` (3.x), `uri` (the href), `type` (picture, video or audio by media type), `title`, and a rendition with the media type |
//!
//! Not carried (ninjs has no place): keywords, author roles and identities, the dateline's text,
//! region, date and agencies (the text is printed in the body), priority, publication time (when
//! there is a modification time), link targets that are not absolute URIs, extensions.

mod project;
pub(crate) mod read;
pub(crate) mod values;
mod write;

pub use project::project;
pub(crate) use read::{
    article_in, associations, field, field_str, read_input, rendition_facts, term_point,
};
pub use read::{read, read_with};

/// Writes one article as a ninjs 3.1 object: [`formats::write`](crate::formats::write) for this
/// format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Ninjs)
}

/// Writes one article as a ninjs object of `version`.
pub fn write_version(articles: &[Article], version: NinjsVersion) -> Result<Vec<u8>, Error> {
    let options = WriteOptions {
        ninjs_version: version,
        ..WriteOptions::default()
    };
    crate::formats::write_with(articles, Format::Ninjs, &options)
}

/// Keys only ninjs spells so (of its versions 1 to 3).
const NINJS_KEYS: [&str; 14] = [
    "\"uri\"",
    "\"$standard\"",
    "\"versioncreated\"",
    "\"versionCreated\"",
    "\"firstcreated\"",
    "\"firstCreated\"",
    "\"body_html\"",
    "\"body_text\"",
    "\"body_xhtml\"",
    "\"headlines\"",
    "\"bodies\"",
    "\"renditions\"",
    "\"pubstatus\"",
    "\"pubStatus\"",
];

/// Whether a document's start shows ninjs: JSON with one of its keys. newswire's own JSON always
/// writes `pub_status`, which no ninjs version spells so, and its extensions may hold ninjs keys.
fn has_ninjs_keys(start: &Sniffed<'_>) -> bool {
    start.json
        && !start.text.contains("\"pub_status\"")
        && NINJS_KEYS.iter().any(|key| start.text.contains(key))
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Ninjs,
    name: "ninjs",
    aliases: &[],
    description: "IPTC ninjs 1.x-3.x (writes 3.1 or 2.x)",
    extensions: &["json"],
    named_by: &[],
    sniff: Sniff::Marks(has_ninjs_keys),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::One(write::write_article),
        carries,
        project,
        writes_association: super::descriptor::every_association,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[("uri", super::fidelity::Field::Id)],
};

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        DatelineText | DatelineRegion | DatelineDate | DatelineAgencies | Keywords | Priority
        | NoteRoles | Services | Sections | FurtherNotices | FurtherUsageTerms
        | SubjectRelations | DatelineGeo | Extensions => Lost,
        LinkRenditions => Partial(
            "only an enclosure's (a rendition of the item); a rendition without a name, or with one an earlier rendition has, is named renditionN; a duration is kept to the millisecond up to 1.8e16 seconds",
        ),
        Subjects => Partial(
            "IPTC scheme URIs come back as aliases; other URIs are cut into scheme and code at the last / or #; each kind of entity is in its own array (places, people, organisations, events, objects), after the topics",
        ),
        SubjectKinds => Partial("a point of interest comes back as a place"),
        SubjectPlaces => {
            Partial("a place's or point of interest's, as a GeoJSON point in `places` (`geoJSON`)")
        }
        Genres => Partial(
            "IPTC scheme URIs come back as aliases; other URIs are cut into scheme and code at the last / or #",
        ),
        Authors => Partial("only the creators' names, as the byline when there is none"),
        CopyrightHolder => Partial("a name only: an id is written as the name when there is none"),
        EditorialNotes => Partial("several notes become one, joined by line breaks"),
        Headlines => Partial(
            "roles are trimmed; one whose text repeats an earlier one of its role is read as a rendition of it; without a headline or sub-headline, the first that reads as one (no role or main; sub, subtitle, deck or standfirst) becomes it, and without a headline any first",
        ),
        Descriptions => Partial(
            "roles are trimmed; one whose text repeats an earlier one of its role is read as a rendition of it; without a description or credit, the first that reads as one (no role, summary or abstract, else caption, text, lead or teaser; a credit line) becomes it",
        ),
        Published => Partial(
            "written as the modification time when there is none or xs:dateTime cannot hold it, else lost; a time xs:dateTime cannot hold (a leap second, a year outside 1-9999) is lost; an offset with seconds or beyond ±14:00 becomes UTC, and a time without an offset is not written (a time zone given when reading gives it one)",
        ),
        Modified => Partial(
            "a time xs:dateTime cannot hold (a leap second, a year outside 1-9999) is lost, the publication time coming back in its place; an offset with seconds or beyond ±14:00 becomes UTC, and a time without an offset is not written (a time zone given when reading gives it one)",
        ),
        Created | Embargo => Partial(XSD_TIME_WITH_OFFSET),
        WordCount => Partial("declared on the body: lost without a body"),
        Id => Partial("as a URI: non-ASCII characters come back percent-encoded"),
        Links => Partial(
            "only absolute URIs, non-ASCII characters percent-encoded; only enclosures (as renditions): the others come back as associations (the title as the headline, the target as the original rendition when there is a media type; related as no role)",
        ),
        Associations => Partial(
            "only those with an id or a file with an absolute URI (the best file's address is the id when there is none), after the links that are no enclosures; the headline, byline, credit and role trimmed; only files with an absolute URI, non-ASCII characters percent-encoded, named as renditions are; in 2.x, a role that is a number only is lost (a name that is a number counts associations)",
        ),
        _ => Full,
    }
}

#[cfg(test)]
mod tests;

use crate::formats::fidelity::{Carry, Field, XSD_TIME_WITH_OFFSET};
use crate::formats::{Descriptor, NinjsVersion, Sniff, Sniffed, WriteOptions, Writer, Writing};
use crate::{Article, Error, Format};
