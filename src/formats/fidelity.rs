//! What each format carries: the fidelity table, loss reports, and projections.
//!
//! The table ([`carries`]) is the one place that says, for every model field and every format,
//! whether a write keeps it, keeps part of it, or drops it. [`losses`] reads it to tell a user
//! what a conversion drops; `newswire formats --fields` prints it; the round-trip property tests
//! check it against [`project`], which computes exactly what an article becomes after a write
//! and a read in a format.

use std::borrow::Cow;
use std::fmt;

use super::{RequiredTime, descriptor_of};
use crate::model::{Article, Block};
use crate::{Error, Format};

/// A model field (or part of one) as the fidelity table and loss reports name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// [`Article::id`].
    Id,
    /// [`Article::version`].
    Version,
    /// [`Article::kind`] (when not text).
    Kind,
    /// [`Article::language`].
    Language,
    /// [`Article::title`].
    Title,
    /// [`Article::headline`].
    Headline,
    /// [`Article::subheadline`].
    Subheadline,
    /// [`Article::headlines`], with their roles.
    Headlines,
    /// [`Article::slugline`].
    Slugline,
    /// [`Article::keywords`].
    Keywords,
    /// [`Article::subjects`] (their schemes, codes and names).
    Subjects,
    /// What kind of entity each subject is ([`Concept::kind`](crate::model::Concept::kind)):
    /// a person, a place...
    SubjectKinds,
    /// Where each subject that is a place is
    /// ([`Concept::geo`](crate::model::Concept::geo)).
    SubjectPlaces,
    /// The concepts each subject is the same as or belongs to
    /// ([`Concept::same_as`](crate::model::Concept::same_as),
    /// [`Concept::broader`](crate::model::Concept::broader)).
    SubjectRelations,
    /// How the content relates to each subject
    /// ([`Concept::role`](crate::model::Concept::role)): about it, mentioning it.
    SubjectRoles,
    /// [`Article::genres`].
    Genres,
    /// [`Article::services`].
    Services,
    /// [`Article::sections`].
    Sections,
    /// [`Article::byline`].
    Byline,
    /// [`Article::authors`].
    Authors,
    /// The dateline as printed.
    DatelineText,
    /// The dateline's city.
    DatelineCity,
    /// The dateline's region or country.
    DatelineRegion,
    /// The dateline's date.
    DatelineDate,
    /// The agencies credited in the dateline.
    DatelineAgencies,
    /// Where the dateline's place is ([`Dateline::geo`](crate::model::Dateline::geo)).
    DatelineGeo,
    /// [`Article::credit`].
    Credit,
    /// [`Article::provider`].
    Provider,
    /// [`Article::sources`].
    Sources,
    /// The copyright holder.
    CopyrightHolder,
    /// The copyright notice.
    CopyrightNotice,
    /// The usage terms.
    UsageTerms,
    /// The copyright notices besides the first
    /// ([`Rights::further_notices`](crate::model::Rights::further_notices)).
    FurtherNotices,
    /// The usage terms besides the first
    /// ([`Rights::further_usage_terms`](crate::model::Rights::further_usage_terms)).
    FurtherUsageTerms,
    /// [`Article::priority`].
    Priority,
    /// [`Article::urgency`].
    Urgency,
    /// [`Article::pub_status`] (when not usable).
    PubStatus,
    /// [`Article::embargo`].
    Embargo,
    /// [`Article::created`].
    Created,
    /// [`Article::modified`].
    Modified,
    /// [`Article::published`].
    Published,
    /// The texts of [`Article::editorial_notes`].
    EditorialNotes,
    /// The roles of the editorial notes ([`RoledText::role`](crate::model::RoledText::role)).
    NoteRoles,
    /// [`Article::description`].
    Description,
    /// [`Article::descriptions`], with their roles.
    Descriptions,
    /// [`Article::word_count`].
    WordCount,
    /// The body's text.
    BodyText,
    /// The body's structure and inline marks beyond plain paragraphs.
    BodyMarkup,
    /// The pictures and other media in the body ([`Block::Figure`]).
    Figures,
    /// [`Article::links`] (their relations, targets, media types and titles).
    Links,
    /// What each link's target is as a rendition
    /// ([`Link::rendition`](crate::model::Link::rendition)): its name, pixel size, byte size
    /// and duration.
    LinkRenditions,
    /// [`Article::associations`]: the associated items with their own metadata and files.
    Associations,
    /// [`Article::extensions`].
    Extensions,
}

impl Field {
    /// Every field, in model order.
    pub const ALL: [Field; 53] = [
        Field::Id,
        Field::Version,
        Field::Kind,
        Field::Language,
        Field::Title,
        Field::Headline,
        Field::Subheadline,
        Field::Headlines,
        Field::Slugline,
        Field::Keywords,
        Field::Subjects,
        Field::SubjectKinds,
        Field::SubjectPlaces,
        Field::SubjectRelations,
        Field::SubjectRoles,
        Field::Genres,
        Field::Services,
        Field::Sections,
        Field::Byline,
        Field::Authors,
        Field::DatelineText,
        Field::DatelineCity,
        Field::DatelineRegion,
        Field::DatelineDate,
        Field::DatelineAgencies,
        Field::DatelineGeo,
        Field::Credit,
        Field::Provider,
        Field::Sources,
        Field::CopyrightHolder,
        Field::CopyrightNotice,
        Field::UsageTerms,
        Field::FurtherNotices,
        Field::FurtherUsageTerms,
        Field::Priority,
        Field::Urgency,
        Field::PubStatus,
        Field::Embargo,
        Field::Created,
        Field::Modified,
        Field::Published,
        Field::EditorialNotes,
        Field::NoteRoles,
        Field::Description,
        Field::Descriptions,
        Field::WordCount,
        Field::BodyText,
        Field::BodyMarkup,
        Field::Figures,
        Field::Links,
        Field::LinkRenditions,
        Field::Associations,
        Field::Extensions,
    ];

    /// The field's name in the `json` form (`dateline.region`, `rights.notice`).
    pub fn name(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Version => "version",
            Field::Kind => "kind",
            Field::Language => "language",
            Field::Title => "title",
            Field::Headline => "headline",
            Field::Subheadline => "subheadline",
            Field::Headlines => "headlines",
            Field::Slugline => "slugline",
            Field::Keywords => "keywords",
            Field::Subjects => "subjects",
            Field::SubjectKinds => "subject kinds",
            Field::SubjectPlaces => "subject coordinates",
            Field::SubjectRelations => "subject relations",
            Field::SubjectRoles => "subject roles",
            Field::Genres => "genres",
            Field::Services => "services",
            Field::Sections => "sections",
            Field::Byline => "byline",
            Field::Authors => "authors",
            Field::DatelineText => "dateline.text",
            Field::DatelineCity => "dateline.city",
            Field::DatelineRegion => "dateline.region",
            Field::DatelineDate => "dateline.date",
            Field::DatelineAgencies => "dateline.agencies",
            Field::DatelineGeo => "dateline.geo",
            Field::Credit => "credit",
            Field::Provider => "provider",
            Field::Sources => "sources",
            Field::CopyrightHolder => "rights.holder",
            Field::CopyrightNotice => "rights.notice",
            Field::UsageTerms => "rights.usage_terms",
            Field::FurtherNotices => "rights.further_notices",
            Field::FurtherUsageTerms => "rights.further_usage_terms",
            Field::Priority => "priority",
            Field::Urgency => "urgency",
            Field::PubStatus => "pub_status",
            Field::Embargo => "embargo",
            Field::Created => "created",
            Field::Modified => "modified",
            Field::Published => "published",
            Field::EditorialNotes => "ednote",
            Field::NoteRoles => "ednote roles",
            Field::Description => "description",
            Field::Descriptions => "descriptions",
            Field::WordCount => "word_count",
            Field::BodyText => "body",
            Field::BodyMarkup => "body markup",
            Field::Figures => "body figures",
            Field::Links => "links",
            Field::LinkRenditions => "link renditions",
            Field::Associations => "associations",
            Field::Extensions => "extensions",
        }
    }

    /// Whether `article` has a value for this field (an empty list, the default kind or status
    /// and a body of plain paragraphs count as no value, and so does text that is blank or only
    /// whitespace, which no writer writes: a blank headline, a party with blank id and name).
    pub fn is_populated(self, article: &Article) -> bool {
        use crate::model::{ItemKind, PubStatus};
        let dateline = article.dateline.as_ref();
        let rights = &article.rights;
        match self {
            Field::Id => has_text(&article.id),
            Field::Version => article.version.is_some(),
            Field::Kind => article.kind != ItemKind::Text,
            Field::Language => has_text(&article.language),
            Field::Title => has_text(&article.title),
            Field::Headline => has_text(&article.headline),
            Field::Subheadline => has_text(&article.subheadline),
            Field::Headlines => article.headlines.iter().any(|h| !is_blank(&h.text)),
            Field::Slugline => has_text(&article.slugline),
            Field::Keywords => article.keywords.iter().any(|k| !is_blank(k)),
            Field::Subjects => article.subjects.iter().any(has_concept),
            Field::SubjectKinds => article
                .subjects
                .iter()
                .any(|s| s.kind.is_some() && has_concept(s)),
            Field::SubjectPlaces => article
                .subjects
                .iter()
                .any(|s| s.geo.is_some() && has_concept(s)),
            Field::SubjectRelations => article
                .subjects
                .iter()
                .any(|s| has_concept(s) && s.same_as.iter().chain(&s.broader).any(has_concept)),
            Field::SubjectRoles => article
                .subjects
                .iter()
                .any(|s| has_concept(s) && has_text(&s.role)),
            Field::Genres => article.genres.iter().any(has_concept),
            Field::Services => article.services.iter().any(has_concept),
            Field::Sections => article.sections.iter().any(has_concept),
            Field::Byline => has_text(&article.byline),
            Field::Authors => article
                .authors
                .iter()
                .any(|a| !is_blank(&a.name) || has_text(&a.id)),
            Field::DatelineText => dateline.is_some_and(|d| !is_blank(&d.text)),
            Field::DatelineCity => dateline.is_some_and(|d| has_text(&d.city)),
            Field::DatelineRegion => dateline.is_some_and(|d| has_text(&d.region)),
            Field::DatelineDate => dateline.is_some_and(|d| d.date.is_some()),
            Field::DatelineAgencies => {
                dateline.is_some_and(|d| d.agencies.iter().any(|a| !is_blank(&a.name)))
            }
            Field::DatelineGeo => dateline.is_some_and(|d| d.geo.is_some()),
            Field::Credit => has_text(&article.credit),
            Field::Provider => article.provider.as_ref().is_some_and(has_party),
            Field::Sources => article.sources.iter().any(has_party),
            Field::CopyrightHolder => rights.holder.as_ref().is_some_and(has_party),
            Field::CopyrightNotice => has_text(&rights.notice),
            Field::UsageTerms => has_text(&rights.usage_terms),
            Field::FurtherNotices => rights.further_notices.iter().any(|n| !is_blank(n)),
            Field::FurtherUsageTerms => rights.further_usage_terms.iter().any(|t| !is_blank(t)),
            Field::Priority => article.priority.is_some(),
            Field::Urgency => article.urgency.is_some(),
            Field::PubStatus => article.pub_status != PubStatus::Usable,
            Field::Embargo => article.embargo.is_some(),
            Field::Created => article.created.is_some(),
            Field::Modified => article.modified.is_some(),
            Field::Published => article.published.is_some(),
            Field::EditorialNotes => article.editorial_notes.iter().any(|n| !is_blank(&n.text)),
            Field::NoteRoles => article
                .editorial_notes
                .iter()
                .any(|n| !is_blank(&n.text) && has_text(&n.role)),
            Field::Description => has_text(&article.description),
            Field::Descriptions => article.descriptions.iter().any(|d| !is_blank(&d.text)),
            Field::WordCount => article.word_count.is_some(),
            Field::BodyText => !is_blank(&Block::text_of(&article.body)),
            Field::BodyMarkup => article.body.iter().any(has_markup),
            Field::Figures => Block::figures_of(&article.body).any(|f| !is_blank(&f.href)),
            Field::Links => article.links.iter().any(|l| !is_blank(&l.href)),
            Field::LinkRenditions => article
                .links
                .iter()
                .any(|l| !is_blank(&l.href) && l.rendition.as_ref().is_some_and(has_rendition)),
            Field::Associations => article.associations.iter().any(has_association),
            Field::Extensions => !article.extensions.is_empty(),
        }
    }
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn has_text(value: &Option<String>) -> bool {
    value.as_deref().is_some_and(|v| !is_blank(v))
}

fn has_party(party: &crate::model::Party) -> bool {
    has_text(&party.id) || has_text(&party.name)
}

/// A link without its rendition.
fn bare_link(
    link: &crate::model::Link,
) -> (&Option<String>, &String, &Option<String>, &Option<String>) {
    (&link.rel, &link.href, &link.media_type, &link.title)
}

fn has_rendition(rendition: &crate::model::Rendition) -> bool {
    has_text(&rendition.name)
        || rendition.width.is_some()
        || rendition.height.is_some()
        || rendition.size.is_some()
        || rendition.duration_ms.is_some()
}

/// An associated item with something to say: a value that is not blank, a file with an
/// address.
fn has_association(association: &crate::model::Association) -> bool {
    [
        &association.role,
        &association.id,
        &association.headline,
        &association.caption,
        &association.byline,
        &association.credit,
    ]
    .into_iter()
    .any(has_text)
        || association.kind.is_some()
        || association.renditions.iter().any(|l| !is_blank(&l.href))
}

fn has_concept(concept: &crate::model::Concept) -> bool {
    has_text(&concept.scheme) || has_text(&concept.code) || has_text(&concept.name)
}

/// Markup beyond plain paragraphs that holds text: another kind of block, or a mark in a
/// paragraph (a mark around nothing but whitespace is no markup).
fn has_markup(block: &Block) -> bool {
    use crate::model::Inline;
    fn marked(inline: &Inline) -> bool {
        match inline {
            Inline::Text(_) => false,
            Inline::LineBreak => true,
            Inline::Emphasis(inner)
            | Inline::Strong(inner)
            | Inline::Link { content: inner, .. } => {
                !is_blank(&Inline::plain_text(inner)) || inner.iter().any(marked)
            }
            // Text only: a line break in one is a space.
            Inline::Superscript(inner) | Inline::Subscript(inner) => {
                !is_blank(&Inline::plain_text(inner))
            }
        }
    }
    match block {
        // What follows the last visible text (line breaks, marks around whitespace) is none in
        // the canonical form, which writers write: it is no markup.
        Block::Paragraph { content } => {
            let visible =
                |inline: &Inline| !is_blank(&Inline::plain_text(std::slice::from_ref(inline)));
            content
                .iter()
                .rposition(visible)
                .and_then(|end| content.get(..=end))
                .is_some_and(|kept| kept.iter().any(marked))
        }
        other => !is_blank(&other.plain_text()),
    }
}

impl Field {
    /// True when `a` and `b` hold the same value in this field (both absent counts as the same;
    /// [`Field::BodyText`] compares the text only). What [`losses`] asks of a projection,
    /// without serializing either article.
    pub fn same(self, a: &Article, b: &Article) -> bool {
        let dateline = |article: &Article| article.dateline.clone().unwrap_or_default();
        match self {
            Field::Id => a.id == b.id,
            Field::Version => a.version == b.version,
            Field::Kind => a.kind == b.kind,
            Field::Language => a.language == b.language,
            Field::Title => a.title == b.title,
            Field::Headline => a.headline == b.headline,
            Field::Subheadline => a.subheadline == b.subheadline,
            Field::Headlines => a.headlines == b.headlines,
            Field::Slugline => a.slugline == b.slugline,
            Field::Keywords => a.keywords == b.keywords,
            Field::Subjects => {
                a.subjects.len() == b.subjects.len()
                    && a.subjects.iter().zip(&b.subjects).all(|(x, y)| {
                        (&x.scheme, &x.code, &x.name) == (&y.scheme, &y.code, &y.name)
                    })
            }
            Field::SubjectKinds => a
                .subjects
                .iter()
                .map(|s| s.kind)
                .eq(b.subjects.iter().map(|s| s.kind)),
            Field::SubjectPlaces => a
                .subjects
                .iter()
                .map(|s| s.geo)
                .eq(b.subjects.iter().map(|s| s.geo)),
            Field::SubjectRelations => a
                .subjects
                .iter()
                .map(|s| (&s.same_as, &s.broader))
                .eq(b.subjects.iter().map(|s| (&s.same_as, &s.broader))),
            Field::SubjectRoles => a
                .subjects
                .iter()
                .map(|s| &s.role)
                .eq(b.subjects.iter().map(|s| &s.role)),
            Field::Genres => a.genres == b.genres,
            Field::Services => a.services == b.services,
            Field::Sections => a.sections == b.sections,
            Field::Byline => a.byline == b.byline,
            Field::Authors => a.authors == b.authors,
            Field::DatelineText => {
                a.dateline.as_ref().map(|d| &d.text) == b.dateline.as_ref().map(|d| &d.text)
            }
            Field::DatelineCity => dateline(a).city == dateline(b).city,
            Field::DatelineRegion => dateline(a).region == dateline(b).region,
            Field::DatelineDate => dateline(a).date == dateline(b).date,
            Field::DatelineAgencies => dateline(a).agencies == dateline(b).agencies,
            Field::DatelineGeo => dateline(a).geo == dateline(b).geo,
            Field::Credit => a.credit == b.credit,
            Field::Provider => a.provider == b.provider,
            Field::Sources => a.sources == b.sources,
            Field::CopyrightHolder => a.rights.holder == b.rights.holder,
            Field::CopyrightNotice => a.rights.notice == b.rights.notice,
            Field::UsageTerms => a.rights.usage_terms == b.rights.usage_terms,
            Field::FurtherNotices => a.rights.further_notices == b.rights.further_notices,
            Field::FurtherUsageTerms => {
                a.rights.further_usage_terms == b.rights.further_usage_terms
            }
            Field::Priority => a.priority == b.priority,
            Field::Urgency => a.urgency == b.urgency,
            Field::PubStatus => a.pub_status == b.pub_status,
            Field::Embargo => a.embargo == b.embargo,
            Field::Created => a.created == b.created,
            Field::Modified => a.modified == b.modified,
            Field::Published => a.published == b.published,
            Field::EditorialNotes => a
                .editorial_notes
                .iter()
                .map(|n| &n.text)
                .eq(b.editorial_notes.iter().map(|n| &n.text)),
            Field::NoteRoles => a
                .editorial_notes
                .iter()
                .map(|n| &n.role)
                .eq(b.editorial_notes.iter().map(|n| &n.role)),
            Field::Description => a.description == b.description,
            Field::Descriptions => a.descriptions == b.descriptions,
            Field::WordCount => a.word_count == b.word_count,
            Field::BodyText => Block::text_of(&a.body) == Block::text_of(&b.body),
            Field::BodyMarkup => a.body == b.body,
            Field::Figures => Block::figures_of(&a.body).eq(Block::figures_of(&b.body)),
            Field::Links => a
                .links
                .iter()
                .map(bare_link)
                .eq(b.links.iter().map(bare_link)),
            Field::LinkRenditions => a
                .links
                .iter()
                .map(|l| &l.rendition)
                .eq(b.links.iter().map(|l| &l.rendition)),
            Field::Associations => a.associations == b.associations,
            Field::Extensions => a.extensions == b.extensions,
        }
    }

    /// The field's value in `article`, as its `json` form has it (`null` when absent), to
    /// compare an article with what a format gives back.
    pub fn value(self, article: &Article) -> serde_json::Value {
        self.in_json(&to_json(article))
    }

    /// The field's value in an article's `json` form.
    fn in_json(self, json: &serde_json::Value) -> serde_json::Value {
        let path = match self {
            Field::BodyText | Field::BodyMarkup | Field::Figures => "body",
            Field::SubjectKinds
            | Field::SubjectPlaces
            | Field::SubjectRelations
            | Field::SubjectRoles => "subjects",
            Field::EditorialNotes | Field::NoteRoles => "ednote",
            Field::Links | Field::LinkRenditions => "links",
            other => other.name(),
        };
        let mut current = json;
        for part in path.split('.') {
            current = current.get(part).unwrap_or(&serde_json::Value::Null);
        }
        if self == Field::BodyText {
            let blocks: Vec<Block> = serde_json::from_value(current.clone()).unwrap_or_default();
            return Block::text_of(&blocks).into();
        }
        if let (
            Field::Subjects
            | Field::SubjectKinds
            | Field::SubjectPlaces
            | Field::SubjectRelations
            | Field::SubjectRoles,
            serde_json::Value::Array(subjects),
        ) = (self, current)
        {
            // The kinds, points, relations and roles apart from the rest of each subject, so that
            // each field names its own.
            let part = |subject: &serde_json::Value| {
                let mut subject = subject.clone();
                let mut take = |key: &str| {
                    subject
                        .as_object_mut()
                        .and_then(|s| s.remove(key))
                        .unwrap_or_default()
                };
                let (kind, geo, role) = (take("kind"), take("geo"), take("role"));
                let relations = [("same_as", take("same_as")), ("broader", take("broader"))];
                match self {
                    Field::SubjectKinds => kind,
                    Field::SubjectPlaces => geo,
                    Field::SubjectRoles => role,
                    Field::SubjectRelations => relations
                        .into_iter()
                        .filter(|(_, value)| !value.is_null())
                        .map(|(key, value)| (key.to_string(), value))
                        .collect::<serde_json::Map<_, _>>()
                        .into(),
                    _ => subject,
                }
            };
            return subjects.iter().map(part).collect();
        }
        if let (Field::EditorialNotes | Field::NoteRoles, serde_json::Value::Array(notes)) =
            (self, current)
        {
            // A note is a string, or an object with its text and role.
            let part = |note: &serde_json::Value| match (self, note) {
                (Field::EditorialNotes, serde_json::Value::String(_)) => note.clone(),
                (Field::EditorialNotes, _) => note.get("text").cloned().unwrap_or_default(),
                (_, _) => note.get("role").cloned().unwrap_or_default(),
            };
            return notes.iter().map(part).collect();
        }
        if let (Field::Links | Field::LinkRenditions, serde_json::Value::Array(links)) =
            (self, current)
        {
            // The renditions apart from the rest of each link, so that each field names its own.
            let part = |link: &serde_json::Value| {
                let mut link = link.clone();
                let rendition = link.as_object_mut().and_then(|l| l.remove("rendition"));
                match self {
                    Field::LinkRenditions => rendition.unwrap_or_default(),
                    _ => link,
                }
            };
            return links.iter().map(part).collect();
        }
        if self == Field::Figures {
            let blocks: Vec<Block> = serde_json::from_value(current.clone()).unwrap_or_default();
            let figures: Vec<&crate::model::Figure> = Block::figures_of(&blocks).collect();
            return serde_json::to_value(figures).unwrap_or_default();
        }
        current.clone()
    }
}

fn to_json(article: &Article) -> serde_json::Value {
    serde_json::to_value(article).unwrap_or_default()
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How much of a field a format keeps through a write and a read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carry {
    /// Kept whole.
    Full,
    /// Kept in part; the text says what is lost.
    Partial(&'static str),
    /// Dropped.
    Lost,
}

/// What formats whose times are `xs:dateTime` values do with a time (G2, NITF, JSON-LD): one
/// without an offset stays without.
pub(crate) const XSD_TIME: &str = "a time xs:dateTime cannot hold (a leap second, a year outside 1-9999) is lost; an offset with seconds or beyond ±14:00 becomes UTC";

/// What formats whose times require an offset do with a time (Atom, ninjs): one the source gave
/// without an offset is not written, never given one newswire would have to invent.
pub(crate) const XSD_TIME_WITH_OFFSET: &str = "a time xs:dateTime cannot hold (a leap second, a year outside 1-9999) is lost; an offset with seconds or beyond ±14:00 becomes UTC, and a time without an offset is not written (a time zone given when reading gives it one)";

/// The fidelity table: how `format`'s writer and reader treat `field` (each writable format's
/// descriptor holds its column). Formats newswire cannot write carry nothing.
pub fn carries(format: Format, field: Field) -> Carry {
    match &descriptor_of(format).write {
        Some(writing) => (writing.carries)(field),
        None => Carry::Lost,
    }
}

/// A populated field that a format drops or keeps only in part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Loss {
    /// The field.
    pub field: Field,
    /// `None` when the field is dropped; what is lost when part of it is kept.
    pub partial: Option<&'static str>,
}

impl fmt::Display for Loss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.partial {
            None => write!(f, "{}", self.field),
            Some(what) => write!(f, "{} (partly: {what})", self.field),
        }
    }
}

/// The fields `article` holds that writing it as `format` drops or keeps only in part.
///
/// ```
/// use newswire::formats::fidelity::{losses, Field};
/// use newswire::{model::{Article, Dateline}, Format};
/// let mut a = Article::default();
/// a.credit = Some("IPA Agency (ITALPRESS)".into());
/// a.dateline = Some(Dateline::new("TRIPOLI (ITALPRESS) –"));
/// let lost: Vec<Field> = losses(&a, Format::Atom).iter().map(|l| l.field).collect();
/// assert_eq!(lost, [Field::DatelineText, Field::Credit]);
/// assert!(losses(&a, Format::NewsmlG2).is_empty());
/// ```
pub fn losses(article: &Article, format: Format) -> Vec<Loss> {
    losses_among(article, format, |_| true)
}

/// [`losses`] among the fields `asked` accepts: the article is projected only when a field
/// asked about is kept in part.
fn losses_among(article: &Article, format: Format, asked: impl Fn(Field) -> bool) -> Vec<Loss> {
    // A field the format keeps in part may still come back whole for this article (a dateline
    // whose agencies are all printed in its text): the projection tells.
    // Links are compared with those the writer gets (the associations among them, in a
    // format that writes them so).
    let mut projected: Option<Option<(Article, Cow<'_, Article>)>> = None;
    let mut comes_back_whole = |field: Field| {
        projected
            .get_or_insert_with(|| {
                Some((project(article, format).ok()?, as_written(article, format)))
            })
            .as_ref()
            .is_some_and(|(projected, written)| match field {
                Field::Links | Field::LinkRenditions => field.same(written, projected),
                _ => field.same(article, projected),
            })
    };
    Field::ALL
        .iter()
        .filter(|&&field| asked(field) && field.is_populated(article))
        .filter_map(|&field| match carries(format, field) {
            Carry::Full => None,
            Carry::Partial(what) => (!comes_back_whole(field)).then_some(Loss {
                field,
                partial: Some(what),
            }),
            Carry::Lost => Some(Loss {
                field,
                partial: None,
            }),
        })
        .collect()
}

/// What writing all of `articles` as `format` drops or keeps in part: each field once, in model
/// order, with the first article's note.
pub fn losses_of_all(articles: &[Article], format: Format) -> Vec<Loss> {
    let mut tally = LossTally::default();
    for article in articles {
        tally.add(article, format);
    }
    tally.losses()
}

/// [`losses_of_all`] gathered one article at a time, for articles read and written as a
/// stream ([`read_iter`](crate::formats::read_iter)): each field once, with what the first
/// article that loses it loses.
#[derive(Debug, Clone, Default)]
pub struct LossTally {
    losses: Vec<Loss>,
}

impl LossTally {
    /// Adds what writing `article` as `format` loses.
    pub fn add(&mut self, article: &Article, format: Format) {
        // A field already reported is not asked about again (nor projected for).
        let new = losses_among(article, format, |field| {
            !self.losses.iter().any(|loss| loss.field == field)
        });
        self.losses.extend(new);
    }

    /// The losses so far, in model order.
    pub fn losses(&self) -> Vec<Loss> {
        let mut all = self.losses.clone();
        all.sort_by_key(|loss| loss.field);
        all
    }
}

/// What `format` writes where it requires a time and the article has none it can write (no
/// `modified`, `published` or `created`, or none Atom can hold): NewsML-G2's `versionCreated`
/// and Atom's `updated` hold 1970-01-01T00:00:00Z, the ANPA header's date `00-00`. `None` for
/// formats that require no time. Readers take the placeholder for a real date, so conversions
/// report it, and [`WriteOptions::fallback_time`](crate::formats::WriteOptions::fallback_time)
/// puts a real one there instead.
///
/// ```
/// use newswire::formats::fidelity::placeholder_time;
/// use newswire::Format;
/// assert_eq!(placeholder_time(Format::Atom), Some("1970-01-01T00:00:00Z"));
/// assert_eq!(placeholder_time(Format::JsonLd), None);
/// ```
pub fn placeholder_time(format: Format) -> Option<&'static str> {
    Some(required_time(format)?.placeholder)
}

/// What `format` requires of every article's time, when it requires one.
fn required_time(format: Format) -> Option<RequiredTime> {
    descriptor_of(format).write.as_ref()?.required_time
}

/// The placeholder ([`placeholder_time`]) that writing `articles` as `format` with `options`
/// puts in: when some article has no time the format can write (Atom writes none the source
/// gave without an offset) and `options` give no fallback time for it.
pub fn placeholder_time_written(
    articles: &[Article],
    format: Format,
    options: &crate::formats::WriteOptions,
) -> Option<&'static str> {
    articles
        .iter()
        .any(|article| gets_placeholder(article, format, options))
        .then(|| placeholder_time(format))
        .flatten()
}

/// Whether writing `article` as `format` with `options` puts the placeholder time in: the
/// format requires a time, the article has none the format can write, and no fallback time it
/// can write stands in (the fallback stands in only for an article with no time at all).
pub fn gets_placeholder(
    article: &Article,
    format: Format,
    options: &crate::formats::WriteOptions,
) -> bool {
    let Some(required) = required_time(format) else {
        return false;
    };
    let fallback = options
        .fallback_time
        .filter(|_| article.version_time().is_none());
    ![
        article.modified,
        article.published,
        article.created,
        fallback,
    ]
    .iter()
    .flatten()
    .any(required.writable)
}

/// How many times (`created`, `modified`, `published`, `embargo`) of `articles` have no offset
/// when `format` writes them as given but its readers expect one (JSON-LD: Google reads such a
/// time in its own zone); 0 for the other formats, which write them as given (G2, NITF) or not
/// at all (Atom, ninjs: a loss, in [`losses`]).
///
/// ```
/// use newswire::formats::fidelity::times_without_offset;
/// use newswire::model::{Article, Timestamp};
/// use newswire::Format;
/// let mut a = Article::default();
/// a.modified = Timestamp::parse("2019-01-29T13:34:00");
/// a.created = Timestamp::parse("2019-01-29T12:45:50+01:00");
/// assert_eq!(times_without_offset(&[a.clone()], Format::JsonLd), 1);
/// assert_eq!(times_without_offset(&[a], Format::NewsmlG2), 0);
/// ```
pub fn times_without_offset(articles: &[Article], format: Format) -> usize {
    let recommended = descriptor_of(format)
        .write
        .as_ref()
        .is_some_and(|w| w.offset_recommended);
    if !recommended {
        return 0;
    }
    articles
        .iter()
        .flat_map(|a| [a.created, a.modified, a.published, a.embargo])
        .flatten()
        .filter(|time| time.offset().is_none())
        .count()
}

/// The formats the table covers: those newswire both reads and writes.
pub fn round_trip_formats() -> Vec<Format> {
    Format::ALL
        .into_iter()
        .filter(|format| format.can_read() && format.can_write())
        .collect()
}

/// The fidelity table as Markdown: a row per field, a column per format (`yes`, `part`, `-`),
/// then what each `part` loses. `newswire formats --fields` prints it; docs/formats.md holds it.
pub fn table_markdown() -> String {
    let formats = round_trip_formats();
    let mut out = String::from("| field |");
    for &format in &formats {
        out.push_str(&format!(" {format} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(formats.len()));
    out.push('\n');
    let mut notes = Vec::new();
    for field in Field::ALL {
        out.push_str(&format!("| `{field}` |"));
        for &format in &formats {
            let cell = match carries(format, field) {
                Carry::Full => "yes",
                Carry::Lost => "-",
                Carry::Partial(what) => {
                    notes.push(format!("- `{field}` in {format}: {what}"));
                    "part"
                }
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    if !notes.is_empty() {
        out.push_str("\nPartly kept:\n\n");
        for note in notes {
            out.push_str(&note);
            out.push('\n');
        }
    }
    out
}

/// What `article` becomes after being written as `format` and read back: the fields the format
/// does not carry dropped, and the others in the form the format gives them (whitespace
/// collapsed where the format does, a required value filled in, an id derived).
///
/// The round-trip property tests check `read(F, write(F, a)) == project(a, F)`.
pub fn project(article: &Article, format: Format) -> Result<Article, Error> {
    match &descriptor_of(format).write {
        Some(writing) => Ok((writing.project)(&as_written(article, format))),
        None => Err(Error::WriteUnsupported(format)),
    }
}

/// The article as `format`'s writer gets it: the associations the writer does not write as
/// links (see [`Article::associations_as_links_but`]).
fn as_written(article: &Article, format: Format) -> Cow<'_, Article> {
    let Some(writing) = descriptor_of(format).write.as_ref() else {
        return Cow::Borrowed(article);
    };
    let writes = writing.writes_association;
    if article.associations.iter().all(writes) {
        return Cow::Borrowed(article);
    }
    let mut folded = article.clone();
    folded.associations_as_links_but(writes);
    Cow::Owned(folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RoledText;

    /// A line break after the last visible text is none in the canonical form the writers
    /// write: no markup; one before more text is.
    #[test]
    fn a_break_at_the_end_of_a_paragraph_is_no_markup() {
        use crate::model::Inline;
        let paragraph = |content: Vec<Inline>| Block::Paragraph { content };
        let trailing = paragraph(vec![
            Inline::text("a"),
            Inline::LineBreak,
            Inline::Strong(vec![Inline::text(" ")]),
        ]);
        assert!(!has_markup(&trailing));
        assert!(!has_markup(&paragraph(vec![Inline::LineBreak])));
        let inside = paragraph(vec![
            Inline::text("a"),
            Inline::LineBreak,
            Inline::text("b"),
        ]);
        assert!(has_markup(&inside));
    }

    /// An association is lost in part where it becomes a link, and the links it joins are not
    /// reported for it; ninjs keeps one with an id and addressed files whole.
    #[test]
    fn associations_become_links_without_the_links_being_reported() {
        use crate::model::{Association, Link};
        let mut a = Article {
            links: vec![Link {
                rel: Some("alternate".into()),
                href: "https://x.example/story".into(),
                media_type: Some("text/html".into()),
                ..Link::default()
            }],
            ..Article::default()
        };
        a.associations = vec![Association {
            role: Some("featureimage".into()),
            id: Some("urn:x:picture:1".into()),
            caption: Some("The harbour at dawn.".into()),
            renditions: vec![Link {
                rel: Some("enclosure".into()),
                href: "https://x.example/p.jpg".into(),
                media_type: Some("image/jpeg".into()),
                rendition: Some(crate::model::Rendition {
                    name: Some("original".into()),
                    ..crate::model::Rendition::default()
                }),
                ..Link::default()
            }],
            ..Association::default()
        }];
        let lost_in = |a: &Article, format| -> Vec<Field> {
            losses(a, format).iter().map(|l| l.field).collect()
        };
        let lost = |format| lost_in(&a, format);
        assert_eq!(lost(Format::Atom), [Field::Associations]);
        // ninjs writes the link as an association before it: the link is reported.
        assert!(lost(Format::Ninjs).contains(&Field::Links));
        assert!(!lost(Format::NewsmlG2).contains(&Field::Links));
        assert_eq!(lost(Format::Json), []);
        // What the writers get: the association as a link after the others.
        let projected = project(&a, Format::Atom).unwrap_or_default();
        assert!(projected.associations.is_empty());
        let hrefs: Vec<&str> = projected.links.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(
            hrefs,
            ["https://x.example/story", "https://x.example/p.jpg"]
        );
        a.links.clear();
        assert!(!lost_in(&a, Format::Ninjs).contains(&Field::Associations));
        a.associations[0].renditions[0].href = "/p.jpg".into();
        assert!(lost_in(&a, Format::Ninjs).contains(&Field::Associations));
    }

    /// A roled text counts when its text is not blank; a role counts only on such a text.
    #[test]
    fn roled_texts_are_populated_by_their_text() {
        let blank = RoledText::with_role("  ", "teaser");
        let text = RoledText::with_role("A teaser.", "teaser");
        let mut a = Article::default();
        for field in [
            Field::Headlines,
            Field::Descriptions,
            Field::EditorialNotes,
            Field::NoteRoles,
        ] {
            assert!(!field.is_populated(&a), "{field}");
        }
        a.headlines = vec![blank.clone()];
        a.descriptions = vec![blank.clone()];
        a.editorial_notes = vec![blank.clone()];
        for field in [
            Field::Headlines,
            Field::Descriptions,
            Field::EditorialNotes,
            Field::NoteRoles,
        ] {
            assert!(!field.is_populated(&a), "{field}");
        }
        a.headlines = vec![blank.clone(), text.clone()];
        a.descriptions = vec![blank.clone(), text.clone()];
        a.editorial_notes = vec![RoledText::new("Kill."), blank];
        for field in [Field::Headlines, Field::Descriptions, Field::EditorialNotes] {
            assert!(field.is_populated(&a), "{field}");
        }
        assert!(!Field::NoteRoles.is_populated(&a));
        a.editorial_notes.push(text);
        assert!(Field::NoteRoles.is_populated(&a));
        // Atom has no place for them: the loss report says so.
        let lost: Vec<Field> = losses(&a, Format::Atom).iter().map(|l| l.field).collect();
        for field in [Field::Headlines, Field::Descriptions, Field::NoteRoles] {
            assert!(lost.contains(&field), "{field} in {lost:?}");
        }
    }
}
