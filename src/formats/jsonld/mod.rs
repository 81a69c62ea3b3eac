//! schema.org `NewsArticle` in JSON-LD: one article is one object, several are an `@graph`.
//!
//! The output uses only the `https://schema.org` context, is pretty-printed, and is safe to paste
//! inside `<script type="application/ld+json">` (`<`, `>`, `&`, U+2028 and U+2029 are escaped in
//! strings). Keys come in a fixed order, `@context`, `@type`, `@id` first. Mapping:
//!
//! | schema.org | from |
//! |---|---|
//! | `@id` | the id as an IRI (same rule as Atom: `urn:newswire:id:` + percent-encoded id when it is not one) |
//! | `identifier` | `id` as given (else [`derived_id`](crate::model::derived_id)) |
//! | `name`, `headline`, `alternativeHeadline`, `description`, `abstract` | `title`, `headline`, `subheadline`, `description`, the first of `descriptions` whose role is `abstract` |
//! | `articleBody`, `wordCount` | the printed body (dateline at the head of the lead) in canonical form as plain text, which the reader cuts back into blocks (see `body.rs`); `word_count`, else the body's word count |
//! | `dateline`, `locationCreated` | the dateline text; a `Place` named after the city with a `PostalAddress` (`addressLocality`, `addressRegion`) |
//! | `datePublished`, `dateModified`, `dateCreated` | `published`, `modified`, `created`, with the offset the source gave, without one when it gave none (schema.org `DateTime` allows it; Google asks for one: [`ReadOptions::time_zone`](crate::formats::ReadOptions::time_zone)) |
//! | `inLanguage`, `keywords` | `language`, keywords (an array) |
//! | `about` | subjects as `Thing`s: `name`, `sameAs` (the concept URI; IPTC aliases such as `medtop` expanded), else `identifier` (the QCode) |
//! | a place's `geo` | `about[].geo` (read also in `contentLocation`, `spatialCoverage`): `GeoCoordinates`, `latitude` and `longitude` |
//! | `genre` | genre names, else their URIs or QCodes |
//! | `articleSection` | the sections' names, else their codes (read: each a section by its name) |
//! | `author`, `contributor` | `Person`s: `name`, `jobTitle`, `url` (an http(s) id) or `identifier` (another id) |
//! | `publisher`, `sourceOrganization`, `copyrightHolder` | provider; sources then dateline agencies (deduplicated); rights holder: `Organization`s |
//! | `creditText`, `copyrightNotice`, `usageInfo` | credit line, copyright notice, usage terms (a URL, or a `CreativeWork` with `text`) |
//! | `version`, `creativeWorkStatus` | version as text; `withheld`/`canceled` when not usable |
//! | `url`, `image`, `associatedMedia`, `isBasedOn` | links: `alternate`; `image/*` (`ImageObject`); video, audio and enclosures (`VideoObject`, `AudioObject`, `MediaObject`); `via` |
//! | any other property of the article (`copyrightYear`, `isAccessibleForFree`, ...) | read only: kept as it is in `extensions` under `jsonld:` and its name |
//!
//! Not carried (schema.org has no place, or only through a `Role` node): item kind, slugline,
//! byline text, author roles, the dateline date and agency services, priority, urgency, embargo,
//! editorial notes, body markup, other link relations (related, previous versions), extensions.

mod body;
mod project;
mod read;
mod write;

pub use project::project;
pub(crate) use read::read_input;
pub use read::{read, read_with};
// The `html` writer's page embeds this writer's output for its article, and declares what it
// carries from this column.
pub(crate) use write::{write_article, writes_association};

/// Writes one article as a `NewsArticle`, several as an `@graph`: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::JsonLd)
}

/// Whether a document's start shows JSON-LD: JSON with `@context`, `@type` or `@graph`.
fn has_json_ld_keys(start: &Sniffed<'_>) -> bool {
    start.json
        && ["\"@context\"", "\"@type\"", "\"@graph\""]
            .iter()
            .any(|key| start.text.contains(key))
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::JsonLd,
    name: "jsonld",
    aliases: &["schemaorg"],
    description: "schema.org NewsArticle JSON-LD",
    extensions: &["jsonld"],
    named_by: &["jsonld"],
    sniff: Sniff::Marks(has_json_ld_keys),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: write::write_article,
            envelope: || Box::new(write::GraphEnvelope::default()),
        },
        carries,
        project,
        writes_association: write::writes_association,
        offset_recommended: true,
        required_time: None,
    }),
    requires: &[],
};

/// What writing and reading back keep of each field (the fidelity table's column).
pub(crate) fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        SubjectRelations => Lost,
        SubjectRoles => Partial(
            "only `mentions`, as schema.org's `mentions` (after the subjects in `about`); every other subject is in `about` and comes back without a role",
        ),
        Associations => Partial(
            "a picture, video or recording with a caption, credit or byline and a file at an IRI as an `ImageObject` in `image` (a `VideoObject` or `AudioObject` in `associatedMedia`), after the links there, the pictures first: its id (an IRI), headline (`name`), caption, credit and byline (`author`) on one line each, its best file with the file's media type and rendition facts (not its name); its role and other files are lost. Any other as one link after the links, to its best file (else its id when that is an address), its role the relation when that is a link relation (else enclosure for a file), its headline (else its caption) the title",
        ),
        Figures => Partial(
            "as `image` (or `associatedMedia`) objects of the article, read back as enclosure links: their place in the text, caption and credit are lost",
        ),
        Kind | Services | FurtherNotices | FurtherUsageTerms | Slugline | Byline | Priority
        | Urgency | Embargo | EditorialNotes | NoteRoles | Headlines | DatelineDate
        | BodyMarkup | Extensions => Lost,
        Authors => Partial("roles are lost"),
        Descriptions => Partial(
            "only the first whose role is abstract, as `abstract` (its role read back as `abstract`)",
        ),
        Subjects => Partial(
            "IPTC scheme URIs come back as aliases; other URIs are cut into scheme and code at the last / or #",
        ),
        Genres => Partial("a genre with a name keeps only the name"),
        Sections => Partial("only the name, or the code when there is no name"),
        LinkRenditions => Partial(
            "only those of the links written as `image` or `associatedMedia` objects: width, height, size (`contentSize` in bytes) and duration (ISO 8601); the name is lost",
        ),
        SubjectPlaces => Partial("a place's or point of interest's, as `GeoCoordinates` in `geo`"),
        SubjectKinds => Partial(
            "as the type in `about`; a point of interest comes back as a place, an object is a `Product`",
        ),
        DatelineAgencies => Partial(
            "merged into sourceOrganization; service codes and agencies the dateline text does not print are lost",
        ),
        Sources => Partial(
            "a source the dateline text prints, listed last, comes back as a dateline agency",
        ),
        Links => Partial(
            "only absolute IRIs, and of those alternate (the URL alone), media (as enclosures) and via links",
        ),
        Created | Modified | Published => Partial(XSD_TIME),
        _ => Full,
    }
}

#[cfg(test)]
mod tests;

/// The schema.org type of each kind of entity a subject names (`about`). schema.org has no
/// point of interest apart from `Place`, and no general object: a `Product` is one.
/// The role of the description written as schema.org's `abstract`, and read from it.
const ABSTRACT: &str = "abstract";

const ENTITY_TYPES: [(EntityKind, &str); 5] = [
    (EntityKind::Person, "Person"),
    (EntityKind::Organisation, "Organization"),
    (EntityKind::Place, "Place"),
    (EntityKind::Event, "Event"),
    (EntityKind::Object, "Product"),
];

/// The type an entity of `kind` is written as.
fn entity_type(kind: EntityKind) -> &'static str {
    let kind = kind.without_points_of_interest();
    ENTITY_TYPES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("Thing", |(_, t)| t)
}

/// The kind of entity a schema.org type names: the types written, and the subtypes sources use
/// for the same (`Country`, `City`, `Corporation`, `NewsMediaOrganization`...).
fn entity_kind(schema_type: &str) -> Option<EntityKind> {
    let kind = match schema_type {
        "Country" | "City" | "State" | "AdministrativeArea" | "Continent" => EntityKind::Place,
        "Corporation"
        | "NewsMediaOrganization"
        | "GovernmentOrganization"
        | "NGO"
        | "EducationalOrganization"
        | "SportsTeam"
        | "SportsOrganization" => EntityKind::Organisation,
        other => ENTITY_TYPES.iter().find(|(_, t)| *t == other)?.0,
    };
    Some(kind)
}

use crate::formats::fidelity::{Carry, Field, XSD_TIME};
use crate::formats::{Descriptor, Sniff, Sniffed, Writer, Writing};
use crate::model::EntityKind;
use crate::{Article, Error, Format};
