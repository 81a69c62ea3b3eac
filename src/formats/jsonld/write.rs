//! Writes articles as schema.org `NewsArticle` nodes.

use serde::Serialize;

use super::body::article_body;
use crate::formats::WriteOptions;
use crate::iri::{id_iri, is_http_url, is_iri};
use crate::json::output::to_vec_pretty;
use crate::language::well_formed_tag;
use crate::model::{
    Agency, Association, Author, AuthorKind, Block, Concept, EntityKind, GeoPoint, ItemKind, Link,
    Party, PubStatus, Timestamp, derived_id,
};
use crate::vocabularies::concept_uri;
use crate::xml::one_line;
use crate::{Article, Error, Format};

/// The only context written: the checker and most consumers resolve it without a fetch.
const CONTEXT: &str = "https://schema.org";

/// Writes one article as a `NewsArticle` object, several as an `@graph` of them; pretty-printed,
/// script-safe, with a final newline.
pub(crate) fn write_articles(articles: &[Article], _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut out = match articles {
        [article] => to_vec_pretty(&NewsArticle::new(article, Some(CONTEXT))),
        articles => to_vec_pretty(&Graph {
            context: CONTEXT,
            graph: articles.iter().map(|a| NewsArticle::new(a, None)).collect(),
        }),
    }
    .map_err(|e| Error::Invalid {
        format: Format::JsonLd,
        message: e.to_string(),
    })?;
    out.push(b'\n');
    Ok(out)
}

/// One article as a document: a `NewsArticle` with the context.
pub(crate) fn write_article(article: &Article, options: &WriteOptions) -> Result<Vec<u8>, Error> {
    write_articles(std::slice::from_ref(article), options)
}

/// Several articles written one at a time: the `@graph` array's elements, inside the object
/// that gives the context.
#[derive(Default)]
pub(crate) struct GraphEnvelope {
    written: usize,
}

impl crate::formats::descriptor::Envelope for GraphEnvelope {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        let node = NewsArticle::new(article, None);
        let element =
            crate::json::output::array_element(&node, 1, self.written == 0).map_err(|e| {
                Error::Invalid {
                    format: Format::JsonLd,
                    message: e.to_string(),
                }
            })?;
        self.written += 1;
        Ok(element)
    }

    fn head(&self) -> Vec<u8> {
        let context = serde_json::to_string(CONTEXT).unwrap_or_default();
        format!("{{\n  \"@context\": {context},\n  \"@graph\": [").into_bytes()
    }

    fn tail(&self) -> Vec<u8> {
        b"\n  ]\n}\n".to_vec()
    }
}

/// Several articles in one document.
#[derive(Serialize)]
struct Graph<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<NewsArticle<'a>>,
}

/// One article. Field order is output order; absent and empty values are left out.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NewsArticle<'a> {
    #[serde(rename = "@context", skip_serializing_if = "Option::is_none")]
    context: Option<&'static str>,
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The id as an IRI (JSON-LD node ids must be IRIs); `identifier` keeps it as given.
    #[serde(rename = "@id")]
    node_id: String,
    identifier: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alternative_headline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    /// The first description whose role is `abstract` (schema.org's `abstract`, pending).
    #[serde(rename = "abstract", skip_serializing_if = "Option::is_none")]
    abstract_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article_body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    word_count: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location_created: Option<Place>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_language: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    about: Vec<Thing>,
    /// The subjects the article only mentions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<Thing>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    genre: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    article_section: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Person<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contributor: Vec<Person<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Organization<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    source_organization: Vec<Organization<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    credit_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copyright_notice: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copyright_holder: Option<Organization<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    usage_info: Option<UsageInfo<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creative_work_status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<OneOrMany<&'a str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    image: Vec<Media<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    associated_media: Vec<Media<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    is_based_on: Vec<&'a str>,
}

impl<'a> NewsArticle<'a> {
    fn new(article: &'a Article, context: Option<&'static str>) -> NewsArticle<'a> {
        let id = derived_id(article);
        let body = article_body(article);
        let links = Links::sort(article);
        NewsArticle {
            context,
            kind: "NewsArticle",
            node_id: id_iri(&id),
            identifier: id,
            name: line(&article.title),
            headline: line(&article.headline),
            alternative_headline: line(&article.subheadline),
            description: text(&article.description),
            abstract_text: abstract_of(article),
            word_count: word_count(article, body.is_some()),
            article_body: body,
            dateline: article
                .dateline
                .as_ref()
                .and_then(|d| non_blank(&d.text))
                .map(one_line),
            location_created: Place::of(article),
            date_published: article.published.as_ref().and_then(Timestamp::to_xsd),
            date_modified: article.modified.as_ref().and_then(Timestamp::to_xsd),
            date_created: article.created.as_ref().and_then(Timestamp::to_xsd),
            in_language: language(article),
            keywords: article
                .keywords
                .iter()
                .filter_map(|k| non_blank(k))
                .map(one_line)
                .collect(),
            about: subjects(article, false).filter_map(Thing::of).collect(),
            mentions: subjects(article, true).filter_map(Thing::of).collect(),
            genre: article.genres.iter().filter_map(genre).collect(),
            article_section: article.sections.iter().filter_map(section).collect(),
            author: Person::all(&article.authors, AuthorKind::Creator),
            contributor: Person::all(&article.authors, AuthorKind::Contributor),
            publisher: article.provider.as_ref().and_then(Organization::of),
            source_organization: source_organizations(article),
            credit_text: line(&article.credit),
            copyright_notice: text(&article.rights.notice),
            copyright_holder: article.rights.holder.as_ref().and_then(Organization::of),
            usage_info: text(&article.rights.usage_terms).map(UsageInfo::of),
            version: article.version.map(|v| v.to_string()),
            creative_work_status: status(article.pub_status),
            url: OneOrMany::of(links.pages),
            image: links.images,
            associated_media: links.media,
            is_based_on: links.bases,
        }
    }
}

/// A value written alone when there is one and as an array when there are several.
#[derive(Serialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    fn of(mut values: Vec<T>) -> Option<OneOrMany<T>> {
        match values.len() {
            0 => None,
            1 => values.pop().map(OneOrMany::One),
            _ => Some(OneOrMany::Many(values)),
        }
    }
}

/// `locationCreated`: the dateline city (as printed) and region, and the place's point.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Place {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) name: Option<String>,
    #[serde(skip_serializing_if = "PostalAddress::is_empty")]
    pub(super) address: PostalAddress,
    /// Where the place is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) geo: Option<GeoCoordinates>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct PostalAddress {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) address_locality: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) address_region: Option<String>,
}

impl PostalAddress {
    fn is_empty(&self) -> bool {
        self.address_locality.is_none() && self.address_region.is_none()
    }
}

impl Place {
    /// The dateline's place: its city and region (as an address), and its point.
    pub(super) fn of(article: &Article) -> Option<Place> {
        let dateline = article.dateline.as_ref()?;
        let city = line(&dateline.city);
        let region = line(&dateline.region);
        if city.is_none() && region.is_none() && dateline.geo.is_none() {
            return None;
        }
        Some(Place {
            kind: "Place",
            name: city.clone(),
            address: PostalAddress {
                kind: "PostalAddress",
                address_locality: city,
                address_region: region,
            },
            geo: dateline.geo.map(GeoCoordinates::of),
        })
    }
}

impl GeoCoordinates {
    pub(super) fn of(point: GeoPoint) -> GeoCoordinates {
        GeoCoordinates {
            kind: "GeoCoordinates",
            latitude: point.latitude(),
            longitude: point.longitude(),
        }
    }
}

/// The subjects the article is about (`mentioned` false: every one whose role is not
/// `mentions`), or those it only mentions, in order.
pub(super) fn subjects(article: &Article, mentioned: bool) -> impl Iterator<Item = &Concept> {
    article
        .subjects
        .iter()
        .filter(move |subject| subject.is_mentioned() == mentioned)
}

/// A subject in `about` or `mentions`: its name, its URI in `sameAs` (IPTC aliases expanded), else its QCode
/// or code in `identifier`; a `Thing`, or the type of entity it names (`Person`, `Place`...).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Thing {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) same_as: Option<String>,
    /// A place's point.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) geo: Option<GeoCoordinates>,
}

/// schema.org `GeoCoordinates`: decimal degrees (WGS 84).
#[derive(Serialize)]
pub(super) struct GeoCoordinates {
    #[serde(rename = "@type")]
    kind: &'static str,
    pub(super) latitude: f64,
    pub(super) longitude: f64,
}

impl Thing {
    pub(super) fn of(concept: &Concept) -> Option<Thing> {
        let name = line(&concept.name);
        let same_as = concept_uri(concept);
        let identifier = match same_as {
            Some(_) => None,
            None => qcode(concept).or_else(|| text(&concept.code).map(str::to_string)),
        };
        if name.is_none() && same_as.is_none() && identifier.is_none() {
            return None;
        }
        let place = matches!(
            concept.kind,
            Some(EntityKind::Place | EntityKind::PointOfInterest)
        );
        Some(Thing {
            kind: concept.kind.map_or("Thing", super::entity_type),
            name,
            identifier,
            same_as,
            geo: concept.geo.filter(|_| place).map(GeoCoordinates::of),
        })
    }
}

/// A genre as schema.org's `genre` text: its name, else its URI, else its QCode or code.
pub(super) fn genre(concept: &Concept) -> Option<String> {
    line(&concept.name)
        .or_else(|| concept_uri(concept))
        .or_else(|| qcode(concept))
        .or_else(|| text(&concept.code).map(str::to_string))
}

/// A section as schema.org's `articleSection` text: its name, else its code.
pub(super) fn section(concept: &Concept) -> Option<String> {
    line(&concept.name).or_else(|| line(&concept.code))
}

/// The concept's QCode when neither its scheme nor its code is blank: a blank part is no part,
/// as everywhere in this writer (a blank scheme and code made `": "`, read back as `":"`).
fn qcode(concept: &Concept) -> Option<String> {
    text(&concept.scheme)?;
    text(&concept.code)?;
    concept.qcode()
}

/// An author or contributor. An http(s) id is the `url`; any other id (a QCode) the
/// `identifier`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Person<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) job_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) identifier: Option<&'a str>,
}

impl<'a> Person<'a> {
    pub(super) fn all(authors: &'a [Author], kind: AuthorKind) -> Vec<Person<'a>> {
        authors
            .iter()
            .filter(|author| author.kind == kind)
            .filter_map(Person::of)
            .collect()
    }

    fn of(author: &'a Author) -> Option<Person<'a>> {
        let name = non_blank(&author.name).map(one_line);
        let (url, identifier) = split_id(author.id.as_deref());
        if name.is_none() && url.is_none() && identifier.is_none() {
            return None;
        }
        Some(Person {
            kind: "Person",
            name,
            job_title: line(&author.job_title),
            url,
            identifier,
        })
    }
}

/// A provider, source, dateline agency or copyright holder. `Organization` rather than the
/// pending `NewsMediaOrganization`, which validators flag.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Organization<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) identifier: Option<&'a str>,
}

impl<'a> Organization<'a> {
    pub(super) fn of(party: &'a Party) -> Option<Organization<'a>> {
        Organization::new(line(&party.name), party.id.as_deref())
    }

    fn of_agency(agency: &'a Agency) -> Option<Organization<'a>> {
        Organization::new(non_blank(&agency.name).map(one_line), None)
    }

    fn new(name: Option<String>, id: Option<&'a str>) -> Option<Organization<'a>> {
        let (url, identifier) = split_id(id);
        if name.is_none() && url.is_none() && identifier.is_none() {
            return None;
        }
        Some(Organization {
            kind: "Organization",
            name,
            url,
            identifier,
        })
    }

    /// What two mentions of one organisation share: the name, else the id, ignoring case.
    fn key(&self) -> Option<String> {
        self.name
            .as_deref()
            .or(self.identifier)
            .or(self.url)
            .map(str::to_lowercase)
    }
}

/// The sources, then the dateline agencies not already among them.
pub(super) fn source_organizations(article: &Article) -> Vec<Organization<'_>> {
    let agencies = article.dateline.iter().flat_map(|d| &d.agencies);
    let candidates = article
        .sources
        .iter()
        .filter_map(Organization::of)
        .chain(agencies.filter_map(Organization::of_agency));
    let mut out: Vec<Organization<'_>> = Vec::new();
    for organization in candidates {
        if !out.iter().any(|seen| seen.key() == organization.key()) {
            out.push(organization);
        }
    }
    out
}

/// An id split into a `url` (http or https) or an `identifier` (anything else).
fn split_id(id: Option<&str>) -> (Option<&str>, Option<&str>) {
    match id.map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) if is_http_url(id) => (Some(id), None),
        other => (None, other),
    }
}

/// `usageInfo`: a URL, or the terms as the text of a `CreativeWork` (the property takes no bare
/// text).
#[derive(Serialize)]
#[serde(untagged)]
pub(super) enum UsageInfo<'a> {
    Url(&'a str),
    Terms {
        #[serde(rename = "@type")]
        kind: &'static str,
        text: &'a str,
    },
}

impl<'a> UsageInfo<'a> {
    pub(super) fn of(terms: &'a str) -> UsageInfo<'a> {
        let trimmed = terms.trim();
        if is_http_url(trimmed) {
            UsageInfo::Url(trimmed)
        } else {
            UsageInfo::Terms {
                kind: "CreativeWork",
                text: terms,
            }
        }
    }
}

/// `creativeWorkStatus` for an item that must not be published; usable is the default and left
/// out.
fn status(status: PubStatus) -> Option<&'static str> {
    match status {
        PubStatus::Usable => None,
        other => Some(crate::vocabularies::status_code(other)),
    }
}

/// An image or other media object linked from the article, or an associated picture, video or
/// recording with what it shows and who made it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Media<'a> {
    #[serde(rename = "@type")]
    pub(super) kind: &'static str,
    /// An associated item's id.
    #[serde(rename = "@id", skip_serializing_if = "Option::is_none")]
    pub(super) id: Option<&'a str>,
    /// Images: where Google looks for the picture.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) url: Option<&'a str>,
    /// Other media: the file itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) content_url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) encoding_format: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) name: Option<String>,
    /// The rendition's pixel size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) width: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) height: Option<u32>,
    /// The size in bytes, as `<n> bytes` (`contentSize` is text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) content_size: Option<String>,
    /// ISO 8601, in seconds (`PT64.5S`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) duration: Option<String>,
    /// An associated item's caption, credit and byline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) caption: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) credit_text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) author: Option<Byline>,
}

/// An associated item's byline as its author: a `Person` named by it.
#[derive(Serialize)]
pub(super) struct Byline {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: String,
}

impl<'a> Media<'a> {
    /// A file: its media type and rendition facts, the name given.
    fn of_file(
        kind: &'static str,
        href: &'a str,
        in_url: bool,
        media_type: Option<&'a str>,
        name: Option<String>,
        rendition: Option<&crate::model::Rendition>,
    ) -> Media<'a> {
        Media {
            kind,
            id: None,
            url: in_url.then_some(href),
            content_url: (!in_url).then_some(href),
            encoding_format: media_type,
            name,
            width: rendition.and_then(|r| r.width),
            height: rendition.and_then(|r| r.height),
            content_size: rendition.and_then(|r| r.size).map(|s| format!("{s} bytes")),
            duration: rendition.and_then(|r| r.duration_ms).and_then(iso_duration),
            caption: None,
            credit_text: None,
            author: None,
        }
    }

    /// An associated item the writer writes (see [`writes_association`]): its best file as
    /// an `ImageObject` (in `image`), `VideoObject` or `AudioObject` (in `associatedMedia`),
    /// with its id, headline (`name`), caption, credit and byline (`author`).
    fn of_association(association: &'a Association) -> Option<(bool, Media<'a>)> {
        let (kind, is_image) = match association.kind? {
            ItemKind::Picture => ("ImageObject", true),
            ItemKind::Video => ("VideoObject", false),
            ItemKind::Audio => ("AudioObject", false),
            _ => return None,
        };
        let file: &Link = association.best_rendition()?;
        let href = file.href.trim();
        if !is_iri(href) {
            return None;
        }
        let mut media = Media::of_file(
            kind,
            href,
            is_image,
            text(&file.media_type).map(str::trim),
            line(&association.headline),
            file.rendition.as_ref(),
        );
        media.id = text(&association.id).map(str::trim).filter(|id| is_iri(id));
        media.caption = line(&association.caption);
        media.credit_text = line(&association.credit);
        media.author = line(&association.byline).map(|name| Byline {
            kind: "Person",
            name,
        });
        let described =
            media.caption.is_some() || media.credit_text.is_some() || media.author.is_some();
        described.then_some((is_image, media))
    }
}

/// Whether the writer writes an associated item as the media object it is: a picture, video or
/// recording with a caption, credit or byline (what makes the reader take a media object for
/// an associated item) and a file at an IRI. The others become links
/// ([`Article::associations_as_links_but`]).
pub(crate) fn writes_association(association: &Association) -> bool {
    Media::of_association(association).is_some()
}

/// The links sorted into the properties that hold them.
#[derive(Default)]
pub(super) struct Links<'a> {
    pub(super) pages: Vec<&'a str>,
    pub(super) images: Vec<Media<'a>>,
    pub(super) media: Vec<Media<'a>>,
    pub(super) bases: Vec<&'a str>,
}

impl<'a> Links<'a> {
    /// `alternate` → `url`; `image/*` → `image`; `video/*`, `audio/*` and enclosures →
    /// `associatedMedia`; `via` → `isBasedOn`. Other relations (related, previous versions)
    /// have no schema.org property and are left out, as are hrefs that are not absolute IRIs.
    ///
    /// The body's figures come after the article's links, as enclosures (their media type,
    /// their alternative text as the name): `articleBody` is text, so a picture in the body is
    /// an `image` (or other media) of the article, its place, caption and credit lost.
    pub(super) fn sort(article: &'a Article) -> Links<'a> {
        let mut sorted = Links::default();
        let links = article.links.iter().map(|link| {
            (
                link.rel.as_deref(),
                link.href.as_str(),
                &link.media_type,
                &link.title,
                link.rendition.as_ref(),
            )
        });
        let figures = Block::figures_of(&article.body).map(|figure| {
            (
                Some("enclosure"),
                figure.href.as_str(),
                &figure.media_type,
                &figure.alt,
                None,
            )
        });
        for (rel, href, media_type, title, rendition) in links.chain(figures) {
            let href = href.trim();
            if !is_iri(href) {
                continue;
            }
            let rel = rel.map_or("related", str::trim);
            let media_type = text(media_type).map(str::trim);
            let major = media_type.and_then(|t| t.split('/').next()).unwrap_or("");
            let media = |kind, in_url| {
                Media::of_file(kind, href, in_url, media_type, line(title), rendition)
            };
            match (rel, major) {
                ("alternate", _) => sorted.pages.push(href),
                (_, "image") => sorted.images.push(media("ImageObject", true)),
                (_, "video") => sorted.media.push(media("VideoObject", false)),
                (_, "audio") => sorted.media.push(media("AudioObject", false)),
                ("enclosure", _) => sorted.media.push(media("MediaObject", false)),
                ("via", _) => sorted.bases.push(href),
                _ => {}
            }
        }
        // The associated items the writer writes, after the links of their property.
        for (is_image, media) in article
            .associations
            .iter()
            .filter_map(Media::of_association)
        {
            match is_image {
                true => sorted.images.push(media),
                false => sorted.media.push(media),
            }
        }
        sorted
    }
}

/// A duration in milliseconds as ISO 8601 seconds (`PT64.5S`, `PT90S`); `None` for one a
/// reader would not read back to the millisecond (beyond 2^53 milliseconds).
fn iso_duration(ms: u64) -> Option<String> {
    let (seconds, fraction) = (ms / 1000, ms % 1000);
    let text = if fraction == 0 {
        format!("PT{seconds}S")
    } else {
        let fraction = format!("{fraction:03}");
        format!("PT{seconds}.{}S", fraction.trim_end_matches('0'))
    };
    (super::read::node::iso_duration_ms(&text) == Some(ms)).then_some(text)
}

/// `inLanguage`: the language, trimmed, when it is a well-formed tag (schema.org wants a BCP 47
/// code there).
pub(super) fn language(article: &Article) -> Option<&str> {
    article.language.as_deref().and_then(well_formed_tag)
}

/// A model string worth writing: not absent, not blank.
/// The text of the first description with text whose role is `abstract` (any case, trimmed).
pub(super) fn abstract_of(article: &Article) -> Option<&str> {
    article.descriptions.iter().find_map(|d| {
        let role = d.role.as_deref()?;
        role.trim()
            .eq_ignore_ascii_case(super::ABSTRACT)
            .then(|| non_blank(&d.text))
            .flatten()
    })
}

pub(super) fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().and_then(non_blank)
}

/// A one-line value (a headline, a name): whitespace runs, line breaks included, become one
/// space, as in the other writers.
pub(super) fn line(value: &Option<String>) -> Option<String> {
    text(value).map(one_line)
}

fn non_blank(value: &str) -> Option<&str> {
    (!value.trim().is_empty()).then_some(value)
}

/// `wordCount`: the source's count, else the body's words when there is a body.
pub(super) fn word_count(article: &Article, has_body: bool) -> Option<u64> {
    article
        .word_count
        .map(u64::from)
        .or_else(|| has_body.then(|| article.counted_words() as u64))
}
