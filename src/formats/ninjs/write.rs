//! Writes one article as a ninjs 3.x (camelCase) or 2.x (lower-case) news object.
//!
//! The writer first builds an [`Item`]: the values as written, which
//! [`project`](super::project) reads back with the reader's rules. Then the item becomes JSON,
//! keys in a fixed order and cased for the version.

use std::borrow::Cow;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::formats::{NinjsVersion, WriteOptions};
use crate::iri::{id_iri, iri_to_uri, is_iri};
use crate::language::well_formed_tag;
use crate::model::{
    self, AuthorKind, Block, Concept, EntityKind, GeoPoint, ItemKind, Link, Party, PubStatus,
    RoledText, Timestamp, derived_id,
};
use crate::vocabularies::concept_uri;
use crate::xml::{XmlWriter, write_body, xhtml_form_of};
use crate::{Article, Error, Format};

use super::read::text as read_text;
use super::values::{TERM_ARRAYS, duration_seconds, long, short};

/// The content type of the body the writer writes: an XHTML fragment, which the reader parses
/// as XML (IPTC's own 3.1 example uses it for rich text).
pub(super) const BODY_TYPE: &str = "application/xhtml+xml";

/// The role of an info source that is the provider: IPTC's content production party role for
/// the party that distributes the content, as a URI (ninjs 2.0 wants a URI there).
pub(super) const PROVIDER_ROLE: &str =
    "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor";

/// The content type of headlines and descriptions, which the writer writes as plain text.
const PLAIN_TEXT: &str = "text/plain";

/// Writes one article as a ninjs object of the version `options` ask for, pretty-printed with a
/// final newline (a ninjs document holds one news object).
pub(crate) fn write_article(article: &Article, options: &WriteOptions) -> Result<Vec<u8>, Error> {
    let json = Item::of(article).json(options.ninjs_version);
    let mut out = crate::json::output::to_vec_pretty(&json).map_err(|e| Error::Invalid {
        format: Format::Ninjs,
        message: e.to_string(),
    })?;
    out.push(b'\n');
    Ok(out)
}

/// The values an article is written as.
pub(super) struct Item<'a> {
    pub uri: String,
    pub kind: &'static str,
    pub version: Option<String>,
    pub version_created: Option<String>,
    pub first_created: Option<String>,
    pub embargoed: Option<String>,
    pub pub_status: &'static str,
    pub urgency: Option<u8>,
    pub language: Option<String>,
    pub title: Option<String>,
    pub slugline: Option<String>,
    pub located: Option<String>,
    pub by: Option<String>,
    pub ed_note: Option<String>,
    pub copyright_holder: Option<String>,
    pub copyright_notice: Option<String>,
    pub usage_terms: Option<String>,
    pub headlines: Vec<Text>,
    pub descriptions: Vec<Text>,
    pub body: Option<Body<'a>>,
    pub subjects: Vec<Term>,
    pub genres: Vec<Term>,
    pub info_sources: Vec<Source>,
    pub renditions: Vec<Rendition>,
    pub associations: Vec<Association>,
}

/// A headline or description with its role.
pub(super) struct Text {
    pub role: Option<String>,
    pub value: String,
}

/// The body: the blocks written and their XHTML.
pub(super) struct Body<'a> {
    pub blocks: Cow<'a, [Block]>,
    pub value: String,
    pub word_count: usize,
}

/// A subject or genre.
pub(super) struct Term {
    pub name: Option<String>,
    pub uri: Option<String>,
    pub literal: Option<String>,
    /// How the item relates to the term (`about`, `mentions`): free text.
    pub rel: Option<String>,
    /// The kind of entity, which names the array the term is written in.
    pub kind: Option<EntityKind>,
    /// A place's point, as GeoJSON.
    pub geo: Option<GeoPoint>,
}

/// An info source.
pub(super) struct Source {
    pub name: Option<String>,
    pub role: Option<&'static str>,
    pub uri: Option<String>,
    pub literal: Option<String>,
}

/// A rendition (of the item, or of an associated item).
pub(super) struct Rendition {
    pub name: String,
    pub href: String,
    pub content_type: Option<String>,
    pub title: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub size: Option<u64>,
    /// In seconds.
    pub duration: Option<f64>,
}

/// An associated item: one of the article's associations, or a link that is not an enclosure
/// (see [`linked_item`]).
pub(super) struct Association {
    pub name: String,
    pub uri: String,
    pub rel: Option<String>,
    pub kind: Option<&'static str>,
    pub headline: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub by: Option<String>,
    pub renditions: Vec<Rendition>,
}

impl<'a> Item<'a> {
    pub(super) fn of(article: &'a Article) -> Item<'a> {
        let body = xhtml_form_of(article.printed_body());
        let mut item = Item {
            uri: iri_to_uri(&id_iri(derived_id(article).trim())).into_owned(),
            kind: crate::vocabularies::nature_code(article.kind),
            version: article.version.map(|v| v.to_string()),
            version_created: version_created(article),
            first_created: date(article.created),
            embargoed: date(article.embargo),
            pub_status: status(article.pub_status),
            urgency: article.urgency.filter(|u| (1..=9).contains(u)),
            language: article
                .language
                .as_deref()
                .and_then(well_formed_tag)
                .map(str::to_string),
            title: text(&article.title),
            slugline: text(&article.slugline),
            located: article
                .dateline
                .as_ref()
                .and_then(|d| d.city.as_deref())
                .and_then(short),
            by: text(&article.byline).or_else(|| creators(article)),
            ed_note: ed_note(&article.editorial_notes),
            copyright_holder: article.rights.holder.as_ref().and_then(party_label),
            copyright_notice: article.rights.notice.as_deref().and_then(long),
            usage_terms: article.rights.usage_terms.as_deref().and_then(long),
            headlines: headlines(article),
            descriptions: descriptions(article),
            body: (!body.is_empty()).then(|| Body {
                value: xhtml(&body),
                // The source's count, else the written body's.
                word_count: article.word_count.map_or_else(
                    || {
                        body.iter()
                            .map(|b| b.plain_text().split_whitespace().count())
                            .sum()
                    },
                    |n| n as usize,
                ),
                blocks: body,
            }),
            subjects: article.subjects.iter().filter_map(Term::of).collect(),
            // A genre is in no array of places: its kind and point are not written.
            genres: article
                .genres
                .iter()
                .filter_map(Term::of)
                .map(|t| Term {
                    kind: None,
                    geo: None,
                    ..t
                })
                .collect(),
            info_sources: article
                .provider
                .iter()
                .filter_map(|p| Source::of(p, Some(PROVIDER_ROLE)))
                .chain(article.sources.iter().filter_map(|p| Source::of(p, None)))
                .collect(),
            renditions: Vec::new(),
            associations: Vec::new(),
        };
        let (enclosures, others): (Vec<&Link>, Vec<&Link>) = article
            .links
            .iter()
            .partition(|link| link.rel.as_deref().map(str::trim) == Some("enclosure"));
        item.renditions = renditions(enclosures);
        item.associations = others
            .into_iter()
            .filter_map(linked_item)
            .filter_map(|linked| Association::of(&linked))
            .collect();
        item.associations
            .extend(article.associations.iter().filter_map(Association::of));
        item
    }

    /// The object as JSON, keys cased for `version`.
    fn json(&self, version: NinjsVersion) -> Json {
        let mut o = Object::new(version);
        o.string("uri", Some(&self.uri));
        let mut standard = Object::new(version);
        standard.string("name", Some("ninjs"));
        standard.string("version", Some(version.as_str()));
        let schema = format!(
            "http://www.iptc.org/std/ninjs/ninjs-schema_{}.json#",
            version.as_str()
        );
        standard.string("schema", Some(&schema));
        o.object("standard", standard);
        o.string("type", Some(self.kind));
        o.string("version", self.version.as_deref());
        o.string("versionCreated", self.version_created.as_deref());
        o.string("firstCreated", self.first_created.as_deref());
        o.string("embargoedUntil", self.embargoed.as_deref());
        o.string("pubStatus", Some(self.pub_status));
        o.number("urgency", self.urgency.map(u64::from));
        o.string("language", self.language.as_deref());
        o.string("title", self.title.as_deref());
        o.string("slugline", self.slugline.as_deref());
        o.string("located", self.located.as_deref());
        o.string("by", self.by.as_deref());
        o.string("edNote", self.ed_note.as_deref());
        o.string("copyrightHolder", self.copyright_holder.as_deref());
        o.string("copyrightNotice", self.copyright_notice.as_deref());
        o.string("usageTerms", self.usage_terms.as_deref());
        o.array("headlines", self.headlines.iter().map(|t| t.json(version)));
        o.array(
            "descriptions",
            self.descriptions.iter().map(|t| t.json(version)),
        );
        o.array(
            "bodies",
            self.body.iter().map(|body| {
                let mut b = Object::new(version);
                b.string("contentType", Some(BODY_TYPE));
                b.number("wordCount", Some(body.word_count as u64));
                b.string("value", Some(&body.value));
                b.done()
            }),
        );
        for (names, kind) in TERM_ARRAYS {
            let terms = self.subjects.iter().filter(|t| t.kind == kind);
            o.array(names[0], terms.map(|t| t.json(version)));
        }
        o.array("genres", self.genres.iter().map(|t| t.json(version)));
        o.array(
            "infoSources",
            self.info_sources.iter().map(|s| s.json(version)),
        );
        o.array(
            "renditions",
            self.renditions.iter().map(|r| r.json(version)),
        );
        o.array(
            "associations",
            self.associations.iter().map(|a| a.json(version)),
        );
        o.done()
    }
}

impl Text {
    fn json(&self, version: NinjsVersion) -> Json {
        let mut o = Object::new(version);
        o.string("role", self.role.as_deref());
        o.string("contentType", Some(PLAIN_TEXT));
        o.string("value", Some(&self.value));
        o.done()
    }
}

impl Term {
    /// A concept as `uri` (its scheme URI and code, IPTC aliases expanded; a code that is itself
    /// a URI), else `literal` (its QCode, else its code), and `name`.
    pub(super) fn of(concept: &Concept) -> Option<Term> {
        let name = text(&concept.name);
        let code = text(&concept.code);
        let scheme = text(&concept.scheme);
        let (uri, literal) = match (concept_uri(concept), scheme, code) {
            (Some(uri), _, _) => (Some(iri_to_uri(&uri).into_owned()), None),
            (None, _, None) => (None, None),
            (None, None, Some(code)) if is_uri(&code) => {
                (Some(iri_to_uri(&code).into_owned()), None)
            }
            (None, None, Some(code)) => (None, Some(code)),
            (None, Some(scheme), Some(code)) if concept.scheme_is_uri() => {
                (None, Some(format!("{scheme}{code}")))
            }
            (None, Some(scheme), Some(code)) => (None, Some(format!("{scheme}:{code}"))),
        };
        if name.is_none() && uri.is_none() && literal.is_none() {
            return None;
        }
        let kind = concept.kind.map(EntityKind::without_points_of_interest);
        Some(Term {
            name,
            uri,
            literal,
            rel: text(&concept.role),
            kind,
            geo: concept.geo.filter(|_| kind == Some(EntityKind::Place)),
        })
    }

    fn json(&self, version: NinjsVersion) -> Json {
        let mut o = Object::new(version);
        o.string("name", self.name.as_deref());
        o.string("rel", self.rel.as_deref());
        o.string("uri", self.uri.as_deref());
        o.string("literal", self.literal.as_deref());
        if let Some(geo) = self.geo {
            // GeoJSON (RFC 7946): a Point, longitude first.
            let mut point = Object::new(version);
            point.string("type", Some("Point"));
            let coordinates = [geo.longitude(), geo.latitude()].map(Json::Decimal);
            point.array("coordinates", coordinates.into_iter());
            o.object("geoJSON", point);
        }
        o.done()
    }
}

impl Source {
    fn of(party: &Party, role: Option<&'static str>) -> Option<Source> {
        let name = text(&party.name);
        let id = text(&party.id);
        if name.is_none() && id.is_none() {
            return None;
        }
        let (uri, literal) = match id {
            Some(id) if is_uri(&id) => (Some(iri_to_uri(&id).into_owned()), None),
            other => (None, other),
        };
        Some(Source {
            name,
            role,
            uri,
            literal,
        })
    }

    fn json(&self, version: NinjsVersion) -> Json {
        let mut o = Object::new(version);
        o.string("name", self.name.as_deref());
        o.string("role", self.role);
        o.string("uri", self.uri.as_deref());
        o.string("literal", self.literal.as_deref());
        o.done()
    }
}

impl Rendition {
    fn json(&self, version: NinjsVersion) -> Json {
        let mut o = Object::new(version);
        o.string("name", Some(&self.name));
        o.string("href", Some(&self.href));
        o.string("contentType", self.content_type.as_deref());
        o.string("title", self.title.as_deref());
        o.number("width", self.width.map(u64::from));
        o.number("height", self.height.map(u64::from));
        o.number("sizeInBytes", self.size);
        if let Some(seconds) = self.duration {
            let key = o.key("duration");
            o.fields.push((key, Json::Decimal(seconds)));
        }
        o.done()
    }
}

/// A link that is no enclosure as the associated item it is written as: its relation the role,
/// its target the id and, when it has a media type, the `original` file; its title the
/// headline. `None` for a target that is no IRI.
fn linked_item(link: &Link) -> Option<model::Association> {
    let href = uri_of(&link.href)?;
    let media_type = link.media_type.as_deref().and_then(short);
    let renditions = media_type
        .as_ref()
        .map(|media_type| Link {
            rel: Some("enclosure".to_string()),
            href: href.clone(),
            media_type: Some(media_type.clone()),
            title: None,
            rendition: Some(model::Rendition {
                name: Some("original".to_string()),
                ..model::Rendition::default()
            }),
        })
        .into_iter()
        .collect();
    Some(model::Association {
        role: link.rel.clone(),
        kind: media_type.as_deref().and_then(kind_of_media),
        id: Some(href),
        headline: link.title.clone(),
        renditions,
        ..model::Association::default()
    })
}

/// An address as written: trimmed, an IRI, as a URI; `None` otherwise.
fn uri_of(href: &str) -> Option<String> {
    short(href)
        .filter(|href| is_iri(href))
        .map(|href| iri_to_uri(&href).into_owned())
}

/// Files as renditions, those whose address is no IRI left out. Rendition names are unique
/// (1.x renditions are an object keyed by them): a file's own name when it is free, else
/// `renditionN`.
fn renditions(links: Vec<&Link>) -> Vec<Rendition> {
    let mut taken: Vec<String> = Vec::new();
    let mut renditions = Vec::new();
    for link in links {
        let Some(href) = uri_of(&link.href) else {
            continue;
        };
        let facts = link.rendition.clone().unwrap_or_default();
        let own = facts.name.as_deref().and_then(short);
        let name = own
            .filter(|n| !taken.contains(n))
            .unwrap_or_else(|| rendition_name(&taken));
        taken.push(name.clone());
        renditions.push(Rendition {
            name,
            href,
            content_type: link.media_type.as_deref().and_then(short),
            title: link.title.as_deref().and_then(short),
            width: facts.width,
            height: facts.height,
            size: facts.size,
            duration: facts.duration_ms.and_then(duration_seconds),
        });
    }
    renditions
}

/// The first `renditionN` name not taken.
pub(super) fn rendition_name(taken: &[String]) -> String {
    (1..)
        .map(|n| format!("rendition{n}"))
        .find(|name| !taken.contains(name))
        .unwrap_or_default()
}

impl Association {
    /// An associated item as written: its role the relation (and the name, `related` without
    /// one), its id as a URI, else its best file's address (2.1 and up require a `uri`; `None`
    /// without either), its files as renditions.
    fn of(association: &model::Association) -> Option<Association> {
        let renditions = renditions(association.renditions.iter().collect());
        let best = association
            .best_rendition()
            .and_then(|best| uri_of(&best.href));
        let uri = text(&association.id)
            .map(|id| iri_to_uri(&id_iri(&id)).into_owned())
            .or(best)?;
        let rel = text(&association.role).filter(|r| r != "related");
        Some(Association {
            name: rel.clone().unwrap_or_else(|| "related".to_string()),
            uri,
            rel,
            kind: association.kind.map(crate::vocabularies::nature_code),
            headline: text(&association.headline),
            caption: association.caption.as_deref().and_then(long),
            credit: text(&association.credit),
            by: text(&association.byline),
            renditions,
        })
    }

    /// `rel` exists in 3.x only; 2.x keeps the relation in `name` alone. The headline has no
    /// role (the main one); the caption and the credit are descriptions with the roles
    /// `caption` and `creditline`.
    fn json(&self, version: NinjsVersion) -> Json {
        let mut o = Object::new(version);
        o.string("name", Some(&self.name));
        if version.generation() >= 3 {
            o.string("rel", self.rel.as_deref());
        }
        o.string("uri", Some(&self.uri));
        o.string("type", self.kind);
        o.string("by", self.by.as_deref());
        let headline = self.headline.as_ref().map(|value| Text {
            role: None,
            value: value.clone(),
        });
        o.array("headlines", headline.iter().map(|t| t.json(version)));
        let descriptions = [("caption", &self.caption), ("creditline", &self.credit)]
            .into_iter()
            .filter_map(|(role, value)| {
                Some(Text {
                    role: Some(role.to_string()),
                    value: value.clone()?,
                })
            })
            .collect::<Vec<_>>();
        o.array("descriptions", descriptions.iter().map(|t| t.json(version)));
        o.array(
            "renditions",
            self.renditions.iter().map(|r| r.json(version)),
        );
        o.done()
    }
}

/// A short model value as written: trimmed, not blank.
fn text(value: &Option<String>) -> Option<String> {
    value.as_deref().and_then(short)
}

/// A time as RFC 3339 with its offset; none for a time the source gave without one
/// (`date-time` requires an offset, and newswire invents none).
fn date(time: Option<Timestamp>) -> Option<String> {
    time.and_then(|t| t.to_xsd_with_offset())
}

/// `versionCreated`: the modification time, else the publication time (ninjs has no place of
/// its own for it). A modification time `date-time` cannot hold is not written, and so is no
/// modification time: the publication time stands in, as it does when there is none.
fn version_created(article: &Article) -> Option<String> {
    [article.modified, article.published]
        .into_iter()
        .find_map(date)
}

fn status(status: PubStatus) -> &'static str {
    crate::vocabularies::status_code(status)
}

/// `by` when there is no byline: the creators' names.
fn creators(article: &Article) -> Option<String> {
    let names: Vec<String> = article
        .authors
        .iter()
        .filter(|a| a.kind == AuthorKind::Creator)
        .filter_map(|a| short(&a.name))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// `edNote` holds one note: several are joined by line breaks.
/// The headlines as written: the main one and the sub-headline, then the other headlines with
/// their roles. Without a headline or sub-headline, the one the reader would take for it is
/// written as it, so that what is read is written again the same; renditions of one text (the
/// same words under the same role) are written once.
fn headlines(article: &Article) -> Vec<Text> {
    let others = article.headlines.iter().filter_map(|h| {
        Some(RoledText {
            text: short(&h.text)?,
            role: text(&h.role),
        })
    });
    let main = [
        ("main", text(&article.headline)),
        ("sub", text(&article.subheadline)),
    ];
    let given = texts(main, others);
    let read = read_text::headlines(&entries_of(&given));
    texts(
        [("main", read.headline), ("sub", read.subheadline)],
        read.others,
    )
}

/// Two texts of fixed roles, when present, then others with their roles.
fn texts(
    fixed: [(&str, Option<String>); 2],
    others: impl IntoIterator<Item = RoledText>,
) -> Vec<Text> {
    fixed
        .into_iter()
        .filter_map(|(role, value)| {
            Some(Text {
                role: Some(role.to_string()),
                value: value?,
            })
        })
        .chain(others.into_iter().map(|t| Text {
            role: t.role,
            value: t.text,
        }))
        .collect()
}

/// Texts as the reader's entries.
pub(super) fn entries_of(texts: &[Text]) -> Vec<read_text::Entry<'_>> {
    texts
        .iter()
        .map(|t| read_text::Entry {
            role: t.role.as_deref(),
            content_type: None,
            value: &t.value,
        })
        .collect()
}

/// The descriptions as written: the summary and the credit line, then the other descriptions
/// with their roles. Without a description or a credit, the one the reader would take for it is
/// written as it, so that what is read is written again the same; renditions of one text
/// (the same words under the same role) are written once.
fn descriptions(article: &Article) -> Vec<Text> {
    let others = article.descriptions.iter().filter_map(|d| {
        Some(RoledText {
            text: long(&d.text)?,
            role: text(&d.role),
        })
    });
    let main = [
        ("summary", article.description.as_deref().and_then(long)),
        ("creditline", text(&article.credit)),
    ];
    let given = texts(main, others);
    let read = read_text::descriptions(&entries_of(&given));
    texts(
        [("summary", read.description), ("creditline", read.credit)],
        read.others,
    )
}

fn ed_note(notes: &[RoledText]) -> Option<String> {
    let notes: Vec<&str> = notes
        .iter()
        .map(|n| n.text.as_str())
        .filter(|n| !n.trim().is_empty())
        .collect();
    long(&notes.join("\n"))
}

/// A party as the one string `copyrightHolder` takes: its name, else its id.
fn party_label(party: &Party) -> Option<String> {
    text(&party.name).or_else(|| text(&party.id))
}

/// An id that is a URI rather than a QCode or a literal: a hierarchical URI or a URN.
fn is_uri(id: &str) -> bool {
    is_iri(id)
        && (id.contains("://") || id.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("urn:")))
}

/// The ninjs `type` of an associated item of this media type.
fn kind_of_media(media_type: &str) -> Option<ItemKind> {
    match media_type
        .split('/')
        .next()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("image") => Some(ItemKind::Picture),
        Some("video") => Some(ItemKind::Video),
        Some("audio") => Some(ItemKind::Audio),
        _ => None,
    }
}

/// Blocks as an XHTML fragment.
fn xhtml(blocks: &[Block]) -> String {
    let mut w = XmlWriter::fragment();
    write_body(&mut w, blocks);
    w.into_fragment()
}

/// JSON with keys in the order written.
enum Json {
    String(String),
    Number(u64),
    /// A coordinate or a duration in seconds, in its shortest form.
    Decimal(f64),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::String(text) => serializer.serialize_str(text),
            Json::Number(number) => serializer.serialize_u64(*number),
            Json::Decimal(decimal) => serializer.serialize_f64(*decimal),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// An object being built: absent values and empty arrays are left out; keys are given in their
/// 3.x spelling and cased for the version.
struct Object {
    version: NinjsVersion,
    fields: Vec<(String, Json)>,
}

impl Object {
    fn new(version: NinjsVersion) -> Object {
        Object {
            version,
            fields: Vec::new(),
        }
    }

    fn key(&self, name: &str) -> String {
        match (self.version.generation(), name) {
            (3, _) => name.to_string(),
            (_, "embargoedUntil") => "embargoed".to_string(),
            _ => name.to_ascii_lowercase(),
        }
    }

    fn string(&mut self, name: &str, value: Option<&str>) {
        if let Some(value) = value {
            let key = self.key(name);
            self.fields.push((key, Json::String(value.to_string())));
        }
    }

    fn number(&mut self, name: &str, value: Option<u64>) {
        if let Some(value) = value {
            let key = self.key(name);
            self.fields.push((key, Json::Number(value)));
        }
    }

    fn array(&mut self, name: &str, items: impl Iterator<Item = Json>) {
        let items: Vec<Json> = items.collect();
        if !items.is_empty() {
            let key = self.key(name);
            self.fields.push((key, Json::Array(items)));
        }
    }

    fn object(&mut self, name: &str, object: Object) {
        let key = self.key(name);
        self.fields.push((key, object.done()));
    }

    fn done(self) -> Json {
        Json::Object(self.fields)
    }
}
