//! One article node to one article, and the value mappings [`project`](fn@super::project) shares.

use serde_json::{Map, Value};

use crate::Article;
use crate::iri::{id_from_iri, is_http_url, is_iri};
use crate::json::input::whole_number;
use crate::model::{
    Agency, Association, Author, AuthorKind, Concept, Dateline, EntityKind, GeoPoint, ItemKind,
    Link, Party, PubStatus, Rendition, RoledText, Timestamp, Warning,
};
use crate::vocabularies::{concept_of_uri, split_qcode};
use crate::xml::one_line;

use super::super::body::body_blocks;
use super::Document;
use crate::formats::read_time;

/// The node's types, without a `schema:` or schema.org URL prefix.
pub(super) fn types(node: &Map<String, Value>) -> Vec<&str> {
    node.get("@type")
        .into_iter()
        .flat_map(values)
        .filter_map(Value::as_str)
        .map(|t| {
            let t = t.trim();
            ["schema:", "http://schema.org/", "https://schema.org/"]
                .iter()
                .find_map(|prefix| t.strip_prefix(prefix))
                .unwrap_or(t)
        })
        .collect()
}

/// An article type: `Article` and its `…Article` subtypes (`NewsArticle`,
/// `ReportageNewsArticle`, `ScholarlyArticle`, ...), the postings, `Report`, `APIReference`.
pub(super) fn is_article(node: &Map<String, Value>) -> bool {
    types(node).iter().any(|t| {
        t.ends_with("Article")
            || matches!(
                *t,
                "BlogPosting"
                    | "LiveBlogPosting"
                    | "SocialMediaPosting"
                    | "DiscussionForumPosting"
                    | "Report"
                    | "APIReference"
            )
    })
}

/// The values of a property: the items of an array, else the value itself.
pub(super) fn values(value: &Value) -> impl Iterator<Item = &Value> {
    let items: &[Value] = match value {
        Value::Array(items) => items,
        other => std::slice::from_ref(other),
    };
    items.iter()
}

/// A value as text: a string, a number, or a value object's `@value`.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Object(object) => object.get("@value").and_then(text),
        _ => None,
    }
}

/// The address a reference gives: its `url`, else its `@id`, or the reference itself when it is
/// a string.
fn url_or_id(reference: &Value) -> Option<String> {
    match reference {
        Value::Object(object) => object
            .get("url")
            .or_else(|| object.get("@id"))
            .and_then(text),
        other => text(other),
    }
}

/// The first value of a property that is text and not blank, as written.
fn first_text(node: &Map<String, Value>, key: &str) -> Option<String> {
    node.get(key)
        .into_iter()
        .flat_map(values)
        .filter_map(text)
        .find(|t| !t.trim().is_empty())
}

/// The first text of a property on one line.
fn first_line(node: &Map<String, Value>, key: &str) -> Option<String> {
    first_text(node, key)
        .map(|t| one_line(&t))
        .filter(|t| !t.is_empty())
}

/// An identifier: text, or a `PropertyValue`'s `value`.
fn identifier(value: &Value) -> Option<String> {
    match value {
        Value::Object(object) if !object.contains_key("@value") => {
            object.get("value").and_then(text)
        }
        other => text(other),
    }
    .filter(|t| !t.trim().is_empty())
}

fn field<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(object) => object.get(key),
        _ => None,
    }
}

/// One article node as an article.
pub(super) fn article(node: &Map<String, Value>, document: &Document<'_>) -> Article {
    let mut article = Article::default();
    let resolved = |key: &str| {
        node.get(key)
            .into_iter()
            .flat_map(values)
            .map(|v| document.resolve(v))
    };
    article.id = node
        .get("identifier")
        .into_iter()
        .flat_map(values)
        .find_map(identifier)
        .or_else(|| {
            first_text(node, "@id")
                .filter(|id| !id.starts_with("_:"))
                .map(|iri| id_from_iri(&iri))
        })
        .filter(|id| !id.is_empty());
    article.title = first_line(node, "name");
    article.headline = first_line(node, "headline");
    article.subheadline = first_line(node, "alternativeHeadline");
    article.description = first_text(node, "description");
    article.descriptions = first_text(node, "abstract")
        .map(|text| RoledText::with_role(text, super::super::ABSTRACT))
        .into_iter()
        .collect();
    article.word_count = node
        .get("wordCount")
        .into_iter()
        .flat_map(values)
        .find_map(whole_number);
    article.language = resolved("inLanguage").find_map(language);
    article.keywords = keywords(node.get("keywords"));
    article.subjects = resolved("about").filter_map(subject).collect();
    let mentioned = resolved("mentions").filter_map(subject);
    article.subjects.extend(mentioned.map(|thing| Concept {
        role: Some(Concept::MENTIONS.to_string()),
        ..thing
    }));
    // The places the content is about or shows are places whatever type they are given.
    let places = resolved("contentLocation")
        .chain(resolved("spatialCoverage"))
        .filter_map(subject)
        .map(|place| Concept {
            kind: place.kind.or(Some(EntityKind::Place)),
            ..place
        });
    for place in places {
        if !article.subjects.contains(&place) {
            article.subjects.push(place);
        }
    }
    // A `geo` that is no point on the earth (a `GeoShape`, a latitude beyond a pole) is reported.
    let unread_geo = resolved("about")
        .chain(resolved("mentions"))
        .chain(resolved("contentLocation"))
        .chain(resolved("spatialCoverage"))
        .filter_map(|thing| thing.get("geo"))
        .filter(|geo| geo_coordinates(geo).is_none());
    for geo in unread_geo {
        article.warnings.push(Warning::new(
            "subject coordinates",
            "a geo other than GeoCoordinates of a point on the earth is not read",
            Some(geo.to_string()),
        ));
    }
    let unread_place_geo = resolved("locationCreated")
        .filter_map(|place| place.get("geo"))
        .filter(|geo| geo_coordinates(geo).is_none());
    for geo in unread_place_geo {
        article.warnings.push(Warning::new(
            "dateline",
            "a geo other than GeoCoordinates of a point on the earth is not read",
            Some(geo.to_string()),
        ));
    }
    article.genres = node
        .get("genre")
        .into_iter()
        .flat_map(values)
        .filter_map(text)
        .filter_map(|g| genre(&g))
        .collect();
    article.sections = node
        .get("articleSection")
        .into_iter()
        .flat_map(values)
        .filter_map(text)
        .filter_map(|s| section(&s))
        .collect();
    for (key, kind) in [
        ("author", AuthorKind::Creator),
        ("contributor", AuthorKind::Contributor),
    ] {
        article
            .authors
            .extend(resolved(key).filter_map(|v| person(v, kind)));
    }
    article.provider = resolved("publisher").find_map(organization);
    article.credit = first_line(node, "creditText");
    let mut notices = node
        .get("copyrightNotice")
        .into_iter()
        .flat_map(values)
        .filter_map(text)
        .filter(|t| !t.trim().is_empty());
    article.rights.notice = notices.next();
    article.rights.further_notices = notices.collect();
    article.rights.holder = resolved("copyrightHolder").find_map(organization);
    let mut terms = resolved("usageInfo").filter_map(usage_terms);
    article.rights.usage_terms = terms.next();
    article.rights.further_usage_terms = terms.collect();
    article.pub_status = first_text(node, "creativeWorkStatus")
        .map_or(PubStatus::Usable, |status| pub_status(&status));
    if let Some(version) = first_text(node, "version") {
        match version.trim().parse::<u32>() {
            Ok(number) => article.version = Some(number),
            Err(_) => article.warnings.push(Warning::new(
                "version",
                "not a version number; left out",
                Some(version),
            )),
        }
    }
    for (key, field, slot) in [
        ("datePublished", "published", &mut article.published),
        ("dateModified", "modified", &mut article.modified),
        ("dateCreated", "created", &mut article.created),
    ] {
        if let Some(raw) = first_text(node, key) {
            *slot = read_time(&raw, field, Timestamp::parse, &mut article.warnings);
        }
    }
    let dateline_text = first_line(node, "dateline");
    let place = resolved("locationCreated").find_map(place);
    let organizations: Vec<Party> = resolved("sourceOrganization")
        .filter_map(organization)
        .collect();
    let (sources, agencies) = split_sources(organizations, dateline_text.as_deref());
    article.sources = sources;
    // A body of line breaks alone is still a body: any text that is not empty.
    let body = node
        .get("articleBody")
        .into_iter()
        .flat_map(values)
        .filter_map(text)
        .find(|t| !t.is_empty());
    if let Some(body) = body {
        article.body = body_blocks(&body, dateline_text.as_deref());
    }
    article.dateline = dateline(dateline_text, place, agencies);
    (article.links, article.associations) = links(node, document);
    keep_unread(node, &mut article);
    article
}

/// The properties of an article node that [`article`] reads (with the keywords, `@id` among
/// them); the writer writes no other.
const READ: [&str; 36] = [
    "identifier",
    "name",
    "headline",
    "alternativeHeadline",
    "description",
    "abstract",
    "wordCount",
    "inLanguage",
    "keywords",
    "about",
    "mentions",
    "contentLocation",
    "spatialCoverage",
    "genre",
    "articleSection",
    "author",
    "contributor",
    "publisher",
    "creditText",
    "copyrightNotice",
    "copyrightHolder",
    "usageInfo",
    "creativeWorkStatus",
    "version",
    "datePublished",
    "dateModified",
    "dateCreated",
    "dateline",
    "locationCreated",
    "sourceOrganization",
    "articleBody",
    "url",
    "mainEntityOfPage",
    "image",
    "associatedMedia",
    "isBasedOn",
];

/// Every other property of the article node (`copyrightYear`, `isAccessibleForFree`, ...) is kept
/// as it is in the article's extensions, under `jsonld:` and its name, rather than dropped: the
/// model has no field for it, and nothing the input holds is lost without a word.
fn keep_unread(node: &Map<String, Value>, article: &mut Article) {
    for (key, value) in node {
        if key.starts_with('@') || READ.contains(&key.as_str()) {
            continue;
        }
        article
            .extensions
            .insert(format!("jsonld:{key}"), value.clone());
    }
}

/// `inLanguage`: a tag, or a `Language` node's `alternateName` (else `name`).
fn language(value: &Value) -> Option<String> {
    let tag = match value {
        Value::Object(object) => ["alternateName", "name"]
            .iter()
            .find_map(|key| object.get(*key).and_then(text)),
        other => text(other),
    }?;
    let tag = tag.trim();
    (!tag.is_empty()).then(|| tag.to_string())
}

/// `keywords`: an array of terms, or one text of comma-separated terms.
fn keywords(value: Option<&Value>) -> Vec<String> {
    let Some(value) = value else {
        return Vec::new();
    };
    let terms: Vec<String> = match value {
        Value::String(list) => list.split(',').map(str::to_string).collect(),
        other => {
            let mut terms = Vec::new();
            keyword_terms(other, 0, &mut terms);
            terms
        }
    };
    terms
        .iter()
        .map(|t| one_line(t))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The terms of a `keywords` value: texts and `DefinedTerm` names, arrays nested in it (some
/// sites send `[["a", "b"], "c"]`) read through, four levels down.
fn keyword_terms(value: &Value, depth: usize, terms: &mut Vec<String>) {
    match value {
        Value::Array(items) if depth < 4 => {
            for item in items {
                keyword_terms(item, depth + 1, terms);
            }
        }
        other => terms.extend(text(other).or_else(|| field(other, "name").and_then(text))),
    }
}

/// An `about` value: a `Thing` (or a bare name).
fn subject(value: &Value) -> Option<Concept> {
    match value {
        Value::Object(object) => {
            let name = object.get("name").and_then(text);
            let id = object.get("identifier").and_then(identifier);
            let same_as = object
                .get("sameAs")
                .into_iter()
                .flat_map(values)
                .filter_map(text)
                .find(|t| is_iri(t.trim()));
            let kind = types(object)
                .into_iter()
                .find_map(super::super::entity_kind);
            let geo = object.get("geo").and_then(geo_coordinates);
            concept_of_thing(name.as_deref(), id.as_deref(), same_as.as_deref()).map(|concept| {
                Concept {
                    kind,
                    geo,
                    ..concept
                }
            })
        }
        other => text(other)
            .map(|name| one_line(&name))
            .filter(|name| !name.is_empty())
            .map(Concept::named),
    }
}

/// A place's `geo` as `GeoCoordinates`: `latitude` and `longitude`, numbers or decimal text
/// (a `GeoShape` holds no one point).
fn geo_coordinates(value: &Value) -> Option<GeoPoint> {
    let degrees = |name: &str| match value.get(name)? {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    };
    GeoPoint::new(degrees("latitude")?, degrees("longitude")?)
}

/// A subject from a `Thing`'s `name`, `identifier` and `sameAs`: the URI gives scheme and code
/// (an IPTC scheme as its alias), else the identifier (a QCode gives both).
pub(in crate::formats::jsonld) fn concept_of_thing(
    name: Option<&str>,
    identifier: Option<&str>,
    same_as: Option<&str>,
) -> Option<Concept> {
    let name = name.map(one_line).filter(|n| !n.is_empty());
    let mut concept = match (same_as, identifier) {
        (Some(uri), _) => concept_of_uri(uri),
        (None, Some(id)) => concept_of_code(id),
        (None, None) => Concept::default(),
    };
    concept.name = name;
    (concept != Concept::default()).then_some(concept)
}

/// A QCode as scheme and code; other text as a code.
fn concept_of_code(code: &str) -> Concept {
    match split_qcode(code) {
        Some((alias, code)) => Concept::coded(alias, code),
        None => Concept {
            code: Some(code.to_string()),
            ..Concept::default()
        },
    }
}

/// An `articleSection` text: a section by its name.
pub(in crate::formats::jsonld) fn section(text: &str) -> Option<Concept> {
    let name = one_line(text);
    (!name.is_empty()).then(|| Concept::named(name))
}

/// A `genre` text: a URI or a QCode as scheme and code, anything else as a name.
pub(in crate::formats::jsonld) fn genre(text: &str) -> Option<Concept> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if text.contains('/') && is_iri(text) {
        return Some(concept_of_uri(text));
    }
    Some(match split_qcode(text) {
        Some((alias, code)) => Concept::coded(alias, code),
        None => Concept::named(one_line(text)),
    })
}

/// An `author` or `contributor`: a `Person` or `Organization` node, or a name.
fn person(value: &Value, kind: AuthorKind) -> Option<Author> {
    match value {
        Value::Object(object) => author(
            kind,
            object.get("name").and_then(text).as_deref(),
            object.get("jobTitle").and_then(text).as_deref(),
            object.get("url").and_then(text).as_deref(),
            object.get("identifier").and_then(identifier).as_deref(),
        ),
        other => author(kind, text(other).as_deref(), None, None, None),
    }
}

/// An author from a person node's `name`, `jobTitle`, `url` and `identifier` (the id: the URL,
/// else the identifier).
pub(in crate::formats::jsonld) fn author(
    kind: AuthorKind,
    name: Option<&str>,
    job_title: Option<&str>,
    url: Option<&str>,
    identifier: Option<&str>,
) -> Option<Author> {
    let name = one_line(name.unwrap_or(""));
    let id = [url, identifier]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|id| !id.is_empty())
        .map(str::to_string);
    if name.is_empty() && id.is_none() {
        return None;
    }
    Some(Author {
        name,
        id,
        kind,
        role: None,
        job_title: job_title.map(one_line).filter(|t| !t.is_empty()),
    })
}

/// A `publisher`, `sourceOrganization` or `copyrightHolder`: an `Organization` or `Person` node,
/// or a name.
fn organization(value: &Value) -> Option<Party> {
    match value {
        Value::Object(object) => party(
            object.get("name").and_then(text).as_deref(),
            object.get("url").and_then(text).as_deref(),
            object.get("identifier").and_then(identifier).as_deref(),
        ),
        other => party(text(other).as_deref(), None, None),
    }
}

/// A party from an organisation's `name`, `url` and `identifier`.
pub(in crate::formats::jsonld) fn party(
    name: Option<&str>,
    url: Option<&str>,
    identifier: Option<&str>,
) -> Option<Party> {
    let name = name.map(one_line).filter(|n| !n.is_empty());
    let id = [url, identifier]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|id| !id.is_empty())
        .map(str::to_string);
    (name.is_some() || id.is_some()).then_some(Party { id, name })
}

/// The source organisations split into sources and dateline agencies: the writer lists the
/// sources, then the dateline's agencies; the trailing organisations known by a name alone that
/// the dateline text prints are its agencies.
pub(in crate::formats::jsonld) fn split_sources(
    mut organizations: Vec<Party>,
    dateline: Option<&str>,
) -> (Vec<Party>, Vec<Agency>) {
    let Some(dateline) = dateline else {
        return (organizations, Vec::new());
    };
    let agencies = organizations
        .iter()
        .rev()
        .take_while(|party| {
            party.id.is_none()
                && party
                    .name
                    .as_deref()
                    .is_some_and(|name| prints(dateline, name))
        })
        .count();
    let split = organizations.len() - agencies;
    let agencies = organizations
        .split_off(split)
        .into_iter()
        .filter_map(|party| party.name.map(Agency::new))
        .collect();
    (organizations, agencies)
}

/// Whether `text` contains `name` as a word (not inside a longer word).
fn prints(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text.get(..i).and_then(|t| t.chars().next_back());
        let after = text.get(i + name.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `locationCreated`: the city (the place's name, else its locality) and region (else
/// country), and its point (`geo`).
fn place(value: &Value) -> Option<CreatedAt> {
    let clean = |t: Option<String>| t.map(|t| one_line(&t)).filter(|t| !t.is_empty());
    let (city, region) = match value {
        Value::Object(object) => {
            let address = object.get("address");
            let address_field = |key: &str| {
                address
                    .and_then(|a| field(a, key))
                    .and_then(|v| text(v).or_else(|| field(v, "name").and_then(text)))
            };
            let city = clean(object.get("name").and_then(text))
                .or_else(|| clean(address_field("addressLocality")));
            let region = clean(address_field("addressRegion"))
                .or_else(|| clean(address_field("addressCountry")));
            (city, region)
        }
        other => (clean(text(other)), None),
    };
    let geo = value.get("geo").and_then(geo_coordinates);
    (city.is_some() || region.is_some() || geo.is_some()).then_some(CreatedAt { city, region, geo })
}

/// Where a story was filed, as `locationCreated` gives it.
#[derive(Debug, Default)]
pub(in crate::formats::jsonld) struct CreatedAt {
    pub(in crate::formats::jsonld) city: Option<String>,
    pub(in crate::formats::jsonld) region: Option<String>,
    pub(in crate::formats::jsonld) geo: Option<GeoPoint>,
}

/// The dateline from its text, its place and its agencies; `None` when there is none of them.
pub(in crate::formats::jsonld) fn dateline(
    text: Option<String>,
    place: Option<CreatedAt>,
    agencies: Vec<Agency>,
) -> Option<Dateline> {
    if text.is_none() && place.is_none() {
        return None;
    }
    let place = place.unwrap_or_default();
    Some(Dateline {
        text: text.unwrap_or_default(),
        city: place.city,
        region: place.region,
        date: None,
        agencies,
        geo: place.geo,
    })
}

/// `usageInfo`: a URL, or a `CreativeWork`'s `text` (else its `url` or `name`).
fn usage_terms(value: &Value) -> Option<String> {
    match value {
        Value::Object(object) => ["text", "url", "name"]
            .iter()
            .find_map(|key| object.get(*key).and_then(text))
            .filter(|t| !t.trim().is_empty()),
        other => text(other)
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
    }
}

/// `creativeWorkStatus`: `withheld` and `canceled` (or `cancelled`); anything else is usable.
fn pub_status(status: &str) -> PubStatus {
    match status.trim().to_ascii_lowercase().as_str() {
        "withheld" => PubStatus::Withheld,
        "canceled" | "cancelled" => PubStatus::Canceled,
        _ => PubStatus::Usable,
    }
}

/// `url` (and `mainEntityOfPage`) as alternate links, `image` and `associatedMedia` as
/// enclosures (or as associated items, those with a caption, credit or creator of their own),
/// `isBasedOn` as via links.
fn links(node: &Map<String, Value>, document: &Document<'_>) -> (Vec<Link>, Vec<Association>) {
    let all = |key: &str| {
        node.get(key)
            .into_iter()
            .flat_map(values)
            .map(|v| document.resolve(v))
            .collect::<Vec<_>>()
    };
    let mut links: Vec<Link> = all("url")
        .into_iter()
        .filter_map(text)
        .filter_map(|href| page_link(&href))
        .collect();
    for page in all("mainEntityOfPage") {
        let href = url_or_id(page);
        if let Some(link) = href
            .filter(|h| is_http_url(h.trim()))
            .and_then(|h| page_link(&h))
            && !links.iter().any(|l| l.href == link.href)
        {
            links.push(link);
        }
    }
    let mut associations = Vec::new();
    for (key, url_keys) in [
        ("image", ["url", "contentUrl"]),
        ("associatedMedia", ["contentUrl", "url"]),
    ] {
        for media in all(key) {
            match media_item(media, &url_keys) {
                Some(item) => associations.push(item),
                None => links.extend(media_object(media, &url_keys)),
            }
        }
    }
    for base in all("isBasedOn") {
        let href = url_or_id(base);
        links.extend(href.and_then(|h| based_link(&h)));
    }
    (links, associations)
}

/// A media object that says what it shows or who made it (`caption`, `creditText`, `author`
/// or `creator`) as an associated item: the name its headline, the caption its caption, the
/// credit text its credit, the authors' names its byline, the type its kind, `@id` its id, the
/// file (as [`media_object`] reads it, without the name) and `thumbnailUrl` (named
/// `thumbnail`) its files. `None` for one that says none of those.
pub(in crate::formats::jsonld) fn media_item(
    media: &Value,
    url_keys: &[&str],
) -> Option<Association> {
    let Value::Object(object) = media else {
        return None;
    };
    let line = |key: &str| {
        object
            .get(key)
            .into_iter()
            .flat_map(values)
            .filter_map(text)
            .map(|t| one_line(&t))
            .find(|t| !t.is_empty())
    };
    let byline: Vec<String> = ["author", "creator"]
        .iter()
        .flat_map(|key| object.get(*key).into_iter().flat_map(values))
        .filter_map(|person| match person {
            Value::Object(p) => p.get("name").and_then(text),
            other => text(other),
        })
        .map(|name| one_line(&name))
        .filter(|name| !name.is_empty())
        .collect();
    let caption = line("caption");
    let credit = line("creditText");
    if caption.is_none() && credit.is_none() && byline.is_empty() {
        return None;
    }
    let mut file = media_object(media, url_keys);
    if let Some(file) = &mut file {
        file.title = None;
    }
    let thumbnail = line("thumbnailUrl").and_then(|href| {
        let mut link = media_link(&href, None, None)?;
        link.rendition = Some(Rendition {
            name: Some("thumbnail".to_string()),
            ..Rendition::default()
        });
        Some(link)
    });
    let kind = types(object).into_iter().find_map(|t| match t {
        "ImageObject" | "Photograph" => Some(ItemKind::Picture),
        "VideoObject" => Some(ItemKind::Video),
        "AudioObject" => Some(ItemKind::Audio),
        _ => None,
    });
    Some(Association {
        kind,
        id: object
            .get("@id")
            .and_then(text)
            .map(|id| id.trim().to_string())
            .filter(|id| is_iri(id)),
        headline: line("name"),
        caption,
        byline: (!byline.is_empty()).then(|| byline.join(", ")),
        credit,
        renditions: file.into_iter().chain(thumbnail).collect(),
        ..Association::default()
    })
}

/// A `url`: the story's page.
pub(in crate::formats::jsonld) fn page_link(href: &str) -> Option<Link> {
    link(Some("alternate"), href, None, None)
}

/// An `image` or `associatedMedia` value: a URL, or an object whose first of `url_keys` with
/// text is the target, with its media type, name and rendition facts.
pub(in crate::formats::jsonld) fn media_object(media: &Value, url_keys: &[&str]) -> Option<Link> {
    let Value::Object(object) = media else {
        return text(media).and_then(|href| media_link(&href, None, None));
    };
    let href = url_keys
        .iter()
        .find_map(|k| object.get(*k).and_then(text))?;
    let mut link = media_link(
        &href,
        object.get("encodingFormat").and_then(text).as_deref(),
        object.get("name").and_then(text).as_deref(),
    )?;
    let pixels = |key: &str| {
        let value = object.get(key)?;
        let number = value.get("value").unwrap_or(value);
        text(number)?.trim().parse::<u32>().ok()
    };
    let rendition = Rendition {
        name: None,
        width: pixels("width"),
        height: pixels("height"),
        size: object
            .get("contentSize")
            .and_then(text)
            .and_then(|s| bytes(&s)),
        duration_ms: object
            .get("duration")
            .and_then(text)
            .and_then(|d| iso_duration_ms(&d)),
    };
    link.rendition = (!rendition.is_empty()).then_some(rendition);
    Some(link)
}

/// A `contentSize` in bytes: a number alone or followed by `B` or `bytes` (a size in other
/// units is not exact, and is not read).
fn bytes(size: &str) -> Option<u64> {
    let size = size.trim();
    let number = size
        .strip_suffix("bytes")
        .or_else(|| size.strip_suffix('B'))
        .unwrap_or(size);
    number.trim().parse().ok()
}

/// An ISO 8601 duration of hours, minutes and seconds (`PT1M30.5S`) in milliseconds.
pub(in crate::formats::jsonld) fn iso_duration_ms(duration: &str) -> Option<u64> {
    let mut rest = duration.trim().strip_prefix("PT")?;
    let mut ms: f64 = 0.0;
    let mut any = false;
    for (unit, scale) in [('H', 3_600_000.0), ('M', 60_000.0), ('S', 1000.0)] {
        if let Some((number, after)) = rest.split_once(unit) {
            let value: f64 = number.parse().ok()?;
            ms += value * scale;
            rest = after;
            any = true;
        }
    }
    let ms = ms.round();
    (any && rest.is_empty() && ms.is_finite() && (0.0..1.8e19).contains(&ms)).then_some(ms as u64)
}

/// An `image` or `associatedMedia` object: an enclosure with its media type and name.
pub(in crate::formats::jsonld) fn media_link(
    href: &str,
    media_type: Option<&str>,
    name: Option<&str>,
) -> Option<Link> {
    link(Some("enclosure"), href, media_type, name)
}

/// An `isBasedOn` source.
pub(in crate::formats::jsonld) fn based_link(href: &str) -> Option<Link> {
    link(Some("via"), href, None, None)
}

fn link(
    rel: Option<&str>,
    href: &str,
    media_type: Option<&str>,
    title: Option<&str>,
) -> Option<Link> {
    let href = href.trim();
    (!href.is_empty()).then(|| Link {
        rel: rel.map(str::to_string),
        href: href.to_string(),
        media_type: media_type
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        title: title.map(one_line).filter(|t| !t.is_empty()),
        rendition: None,
    })
}
