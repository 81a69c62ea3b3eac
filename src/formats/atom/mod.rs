//! Atom 1.0 (RFC 4287): one article is an Entry Document, several are a Feed Document.
//!
//! Output validates against the RFC's RELAX NG schema and its Schematron rules. What each entry
//! holds, in this order:
//!
//! | Atom | from |
//! |---|---|
//! | `@xml:lang` | `language`, when it is a well-formed tag |
//! | `id` | `id` (else [`derived_id`](crate::model::derived_id)); an id that is not an IRI becomes `urn:newswire:id:` + the id percent-encoded |
//! | `title type="text"` | `headline`, else `title` (marked `nw:field="title"` in the `urn:newswire:atom` namespace, so that a reader can tell it from a headline), else empty |
//! | `updated` | `modified`, else `published`, else `created`, else 1970-01-01T00:00:00Z |
//! | `published` | `published` |
//! | `author` | creators; if none, the byline, else the provider, else the dateline agencies, else `unknown` (Atom requires one) |
//! | `contributor` | contributors |
//! | `category` | keywords (`term` only); subjects, then genres that get a scheme URI: `scheme` + `term` (the code) + `label` (the name) when the scheme is or expands to a URI, else the QCode, code or name as `term` with a `label` (the name, else the term), which tells a subject from a keyword; categories under the IPTC genre scheme come last, since they read back as genres |
//! | `link` | links (`rel`, `type`, `href`, `title`); no `rel` in the model means `related` |
//! | `rights type="text"` | the copyright notice, trimmed |
//! | `summary type="text"` | `description`, trimmed |
//! | `content type="xhtml"` | the printed body (dateline at the head of the lead) in XHTML form (canonical, with the XHTML writer's restrictions) in one `div` (always present, so no alternate link is needed) |
//! | `source/title` | the provider |
//!
//! Dates always carry an offset (RFC 3339): a time the source gave without one is not written
//! (the loss report says so; [`ReadOptions::time_zone`](crate::formats::ReadOptions::time_zone)
//! gives such times their offset when reading), and `updated` falls back to the next time, else
//! the placeholder.
//!
//! What is written is what the [reader](fn@read) reads back, so that writing what was read gives the
//! same bytes: whitespace is normalised where a reader would normalise it.
//!
//! Not carried (Atom has no place for them): version, item kind, title when there is a headline,
//! subheadline, slugline, byline when there are authors, author roles and job titles, dateline,
//! credit line, sources, copyright holder, usage terms, priority, urgency, status, embargo,
//! creation time, editorial notes, genres without a scheme URI, extensions.

mod project;
mod read;
mod write;

pub use project::project;
pub(crate) use read::read_input;
pub use read::{read, read_with};

/// Writes one article as an Entry Document, several as a Feed Document: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Atom)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Atom,
    name: "atom",
    aliases: &[],
    description: "Atom 1.0 entry / feed (RFC 4287)",
    extensions: &["atom", "xml"],
    named_by: &["atom"],
    sniff: Sniff::Marks(|start| matches!(start.xml_root, Some("feed" | "entry"))),
    read: Some(read_input),
    stream: Some(Streaming::Xml(XmlShape {
        root: "feed",
        container: None,
        items: &["entry"],
        whole_if: None,
        aside: None,
    })),
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: write::write_article,
            envelope: || Box::new(write::Feed::default()),
        },
        carries,
        project,
        writes_association: super::descriptor::no_association,
        offset_recommended: false,
        required_time: Some(RequiredTime {
            placeholder: Timestamp::UNIX_EPOCH_TEXT,
            writable: is_written,
        }),
    }),
    requires: &[
        ("id", super::fidelity::Field::Id),
        ("title", super::fidelity::Field::Headline),
        ("updated", super::fidelity::Field::Modified),
        (
            "author (of the entry or the feed)",
            super::fidelity::Field::Authors,
        ),
    ],
};

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        Associations => Partial(
            "as one link each after the links, to the item's best file (else its id when that is an address), its role the relation when that is a link relation (a registered name, a QCode or a URI; else enclosure for a file), its headline (else its caption) the title: its kind, byline, credit, other files and a role that is no link relation are lost",
        ),
        Figures => Full,
        Id | Language | Headline | Keywords | Description | BodyText | BodyMarkup => Full,
        Modified | Published => Partial(XSD_TIME_WITH_OFFSET),
        Title => Partial("written as the title only when there is no headline"),
        Authors => Partial("roles and job titles are lost"),
        Subjects => Partial(
            "IPTC scheme URIs come back as aliases; a subject under the IPTC genre scheme comes back as a genre",
        ),
        Genres => Partial("only genres with a code and a scheme URI"),
        CopyrightNotice => Full,
        Links => Partial("relations outside Atom's are generalised"),
        Provider => Partial("name only"),
        LinkRenditions => Partial("only the size, as link/@length"),
        _ => Lost,
    }
}

/// Whether a date construct can hold `time`: RFC 3339 requires an offset, which newswire never
/// invents for a time the source gave without one, and `xs:dateTime` a year within 1-9999.
fn is_written(time: &Timestamp) -> bool {
    time.to_xsd_with_offset().is_some()
}

#[cfg(test)]
mod tests;

use crate::formats::fidelity::{Carry, Field, XSD_TIME_WITH_OFFSET};
use crate::formats::stream::{Streaming, XmlShape};
use crate::formats::{Descriptor, RequiredTime, Sniff, Writer, Writing};
use crate::model::Timestamp;
use crate::{Article, Error, Format};

/// The author name Atom gets when the article names none and has nothing to stand in (an
/// entry needs one); the reader takes it for no author.
const UNKNOWN_AUTHOR: &str = "unknown";
