//! IPTC NITF 3.0-3.6: one article per document, read from any version with or without the
//! namespace, written as NITF 3.6 in its namespace (`http://iptc.org/std/NITF/2006-10-18/`), valid
//! against the 3.6 XSD.
//!
//! | model | NITF (`DD` = `head/docdata`, `BH` = `body/body.head`) |
//! |---|---|
//! | `id` | `DD/doc-id/@id-string` |
//! | `version`, `slugline` | `DD/du-key/@version`, `@key` (read also from the vendor metas `anpa-keyword`, `NTBStikkord`, `slugline`) |
//! | `language` | `nitf/@baselang` |
//! | `title` | `head/title` |
//! | `headline`, `subheadline` | `BH/hedline/hl1`, `hl2` |
//! | `keywords` | `DD/key-list/keyword/@key` (read also as text, and from a `keyword` meta) |
//! | `subjects` | `head/tobject/tobject.subject`: `@tobject.subject.ipr` (`IPTC` is the `subj` scheme), `@tobject.subject.refnum`, the name in `@tobject.subject.type`/`matter`/`detail`; read also from category metas (`anpa-category` as `a1312cat`); a subject naming an entity in `docdata/identified-content`: `person`, `org`, `event`, `object.title` (`@idsrc` the scheme, `@value` the code), `location` (`@code-source`, `@location-code`; a point of interest too), the name as text |
//! | `genres` | `head/tobject/tobject.property/@tobject.property.type` |
//! | `sections` | `head/pubdata/@position.section`, one `pubdata` each (the first also holds the length in words) |
//! | `byline`, `authors` | `BH/byline` (the first with text of its own); each author a `byline` holding `person` (`@value` the id, `function` the role) and `byttl` (the job title) |
//! | `dateline` | `BH/dateline`: the printed text, with `location/city` and `region` (or `state`, `country`) around the place where it prints them, `story.date/@norm` |
//! | `credit` | `body/body.end/tagline` |
//! | `provider` | `BH/distributor` (name), `DD/doc-id/@regsrc` (id) |
//! | `sources` | `DD/del-list/from-src/@src-name` |
//! | `rights` | `DD/doc.copyright/@holder`, `BH/rights` (notice), `DD/doc.rights/@limitations` (usage terms) |
//! | `priority` | `head/meta[@name='priority']` (read also `aap-priority`, `NTBPrioritet`) |
//! | `urgency` | `DD/urgency/@ed-urg` |
//! | `pub_status`, `embargo` | `DD/@management-status` (`embargoed` is usable with an embargo), `DD/date.release/@norm` |
//! | `created`, `modified` | `head/revision-history/@norm`: the first and the last revision |
//! | `published` | `DD/date.issue/@norm` (else `head/pubdata/@date.publication`) |
//! | `editorial_notes` | `DD/ed-msg/@info`, one each, the role in `@msg-type` (read also `BH/note[@type='npa']`, the role in `@noteclass`) |
//! | `description` | `BH/abstract` |
//! | `word_count` | `head/pubdata/@item-length` with `@unit-of-measure="word"` (written only when the article declares a count; read also from the `wordcount`, `anpa-wordcount`, `word-count` and `words` metas) |
//! | `body` | `body/body.content`: the shared markup vocabulary (`hl2 class="h3"` for other heading levels, `em class="strong"`); a figure is a `media` in its place (`media-reference` `@source`, `@mime-type`, `@alternate-text` (read: else `@name`); `media-caption`; `media-producer` the credit) |
//! | `links` | enclosures as `media class="enclosure"` (`media-reference` `@source`, `@mime-type`, `@name`) after the body; read: only such `media` are links |
//!
//! Times are written in basic ISO 8601 (`20240115T140500+0100`); a time without an offset is
//! written and read back without one (its wall time), never given an offset. As NewsML-G2 does,
//! the writer prints the dateline at the head of the body and the reader takes it out again.

mod project;
mod read;
mod values;
mod write;

use crate::formats::fidelity::{Carry, Field, XSD_TIME};
use crate::formats::{Descriptor, Sniff, Writer, Writing};
use crate::{Article, Error, Format};

pub use project::project;
pub(crate) use read::nitf_article;
pub(crate) use read::read_input;
pub use read::{read, read_with};

/// Writes one article as an NITF 3.6 document: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Nitf)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Nitf,
    name: "nitf",
    aliases: &[],
    description: "IPTC NITF 3.x",
    extensions: &["nitf", "xml"],
    named_by: &["nitf"],
    sniff: Sniff::Marks(|start| start.xml_root == Some("nitf")),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::One(write::write_article),
        carries,
        project,
        writes_association: super::descriptor::no_association,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[],
};

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        Associations => Partial(
            "only those with a file and no role that is a link relation (a registered name, a QCode or a URI): their best file as an enclosure (a media reference); the rest is lost",
        ),
        Kind | Services | SubjectPlaces | Descriptions | Headlines | FurtherNotices
        | FurtherUsageTerms | LinkRenditions | SubjectRelations | SubjectRoles | DatelineGeo
        | Extensions => Lost,
        NoteRoles => Partial("as `ed-msg/@msg-type`, on one line"),
        Headline => Partial("an article without one comes back headed by its title"),
        SubjectKinds => Partial(
            "as docdata/identified-content elements (person, org, location, event, object.title); a point of interest comes back as a place",
        ),
        Subjects => Partial(
            "topics only when coded with a code that is an XML name token; IPTC Subject Code URIs come back as the subj alias; entities (people, places...) in docdata/identified-content, after the topics, a scheme only beside a code",
        ),
        Genres => Partial("only the name, or the code when there is no name"),
        Sections => Partial("only the name, or the code when there is no name"),
        Authors => Partial("contributors come back as creators; a repeated author comes back once"),
        DatelineCity | DatelineRegion => Partial(
            "kept where the dateline text prints it beside other text, or when there is no text",
        ),
        DatelineDate => Partial(
            "a whole date of a year 0-9999 (ISO 8601's four digits), else read again from the dateline text",
        ),
        DatelineAgencies => Partial(
            "read again from the dateline text: agencies and service codes it does not print are lost",
        ),
        Sources | CopyrightHolder => Partial("one name (the id when there is no name)"),
        Embargo => Partial(
            "an embargo at the publication time is lost unless the status is usable; a time xs:dateTime cannot hold (a leap second, a year outside 1-9999) is lost; an offset with seconds or beyond ±14:00 becomes UTC",
        ),
        Created | Modified | Published => Partial(XSD_TIME),
        Links => Partial(
            "only enclosures, as media references after the body (`media class=\"enclosure\"`)",
        ),
        _ => Full,
    }
}

/// The fixed `nitf/@version` of NITF 3.6 (NOTES.md §5.7).
const VERSION: &str = "-//IPTC//DTD NITF 3.6//EN";

/// The `meta` name the priority is written under.
const PRIORITY_META: &str = "priority";
