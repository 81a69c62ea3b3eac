//! One ninjs object (of any generation) to one article.

use serde_json::{Map, Value};

use crate::json::input::whole_number;
use crate::model::{
    Article, Association, Author, Concept, GeoPoint, Link, Party, PubStatus, Rendition, RoledText,
    Timestamp, Warning,
};

use super::super::values::{
    Kind, TERM_ARRAYS, coded_concept, concept, duration_ms, geojson_point, id, kind, located, long,
    party, provider_and_sources, raw_text, rendition_link, short, status, time, urgency,
};
use super::fields::Fields;
use super::text::{self, Entry};
use crate::formats::read_time;

/// One news object as an article. Keys no mapping reads are kept under `ninjs:<key>`.
pub(super) fn article(object: &Map<String, Value>) -> Article {
    article_in(object, "ninjs")
}

/// One ninjs-like object as an article, the keys no mapping reads kept under
/// `<namespace>:<key>`: the AP Media API's items are ninjs 1.x with AP's own keys, which its
/// reader takes out first (`formats::ap_media`).
pub(crate) fn article_in(object: &Map<String, Value>, namespace: &str) -> Article {
    let mut f = Fields::new(object);
    let mut a = Article::default();
    let mut warnings = Vec::new();
    let mut kept: Vec<(String, Value)> = Vec::new();

    f.take(&["standard", "$standard"]);
    a.id = f.take(&["uri"]).and_then(Value::as_str).and_then(id);
    if a.id.is_none() {
        a.id = f.take(&["guid"]).and_then(Value::as_str).and_then(id);
    }
    if let Some(value) = f.take(&["type"]) {
        let raw = raw_text(value).unwrap_or_default();
        match kind(&raw) {
            Kind::Item(item) => a.kind = item,
            Kind::NotNews(_) | Kind::Unknown => warnings.push(Warning::new(
                "kind",
                "not a ninjs news object type; read as text",
                Some(raw.clone()),
            )),
        }
        if raw.trim().eq_ignore_ascii_case("component") {
            kept.push(("type".to_string(), value.clone()));
        }
    }
    if let Some(value) = f.take(&["version"]) {
        a.version = whole_number(value);
        if a.version.is_none() {
            kept.push(("version".to_string(), value.clone()));
        }
    }
    a.modified = date(f.take(&["versioncreated"]), "modified", &mut warnings);
    // PA's API spells the first version's time `firstVersion`.
    a.created = date(
        f.take(&["firstcreated", "firstversion"]),
        "created",
        &mut warnings,
    );
    if a.created.is_none() {
        // When the content was created, for want of when the item first was (as G2 reads its
        // `contentCreated`).
        a.created = date(f.take(&["contentcreated"]), "created", &mut warnings);
    }
    // Not in the standard, but sent (NTB's Superdesk): the first publication, kept apart from
    // the creation and version times.
    a.published = date(f.take(&["firstpublished"]), "published", &mut warnings);
    a.embargo = date(
        f.take(&["embargoeduntil", "embargoed"]),
        "embargo",
        &mut warnings,
    );
    if let Some(value) = f.take(&["pubstatus"]) {
        let raw = raw_text(value).unwrap_or_default();
        match status(&raw) {
            Some(status) => a.pub_status = status,
            // Not a ninjs value, but sent (IPTC's own example collection): a draft is not for
            // publication yet.
            None if raw.trim().eq_ignore_ascii_case("draft") => {
                a.pub_status = PubStatus::Withheld;
                warnings.push(Warning::new(
                    "pub_status",
                    "not a ninjs publication status; a draft is read as withheld",
                    Some(raw),
                ));
            }
            None => warnings.push(Warning::new(
                "pub_status",
                "not a ninjs publication status; read as usable",
                Some(raw),
            )),
        }
    }
    if let Some(value) = f.take(&["urgency"]) {
        a.urgency = urgency(value);
        if a.urgency.is_none() {
            warnings.push(Warning::new(
                "urgency",
                "not an urgency from 1 to 9; left out",
                Some(value.to_string()),
            ));
        }
    }
    a.language = string(f.take(&["language"]));
    a.title = string(f.take(&["title"]));
    // PA's API: `slug`.
    a.slugline = string(f.take(&["slugline", "slug"]));
    a.dateline = f
        .take(&["located"])
        .and_then(Value::as_str)
        .and_then(located);
    a.byline = string(f.take(&["by", "byline"]));
    take_notes_and_rights(&mut f, &mut a);

    // Headlines, descriptions, bodies: the 2.x/3.x arrays and the 1.x keys.
    let headlines = Texts::gather(&mut f, "headlines", Some("headline"), "headline_");
    let read = text::headlines(&headlines.entries);
    a.headline = read.headline;
    a.subheadline = read.subheadline;
    a.headlines = read.others;

    let descriptions = Texts::gather(&mut f, "descriptions", None, "description_");
    let read = text::descriptions(&descriptions.entries);
    a.description = read.description;
    a.credit = read.credit;
    a.descriptions = read.others;
    // PA's API: a sub-heading and an abstract as plain strings, where ninjs has none.
    if a.subheadline.is_none() {
        a.subheadline = string(f.take(&["subhead"]));
    }
    if a.description.is_none() {
        a.description = f.take(&["abstract"]).and_then(Value::as_str).and_then(long);
    }

    let bodies = Texts::gather(&mut f, "bodies", None, "body_");
    a.body = text::body(&bodies.entries, &mut warnings);
    // The declared count: 1.x's `wordcount`, else the first body's.
    a.word_count = f
        .take(&["wordcount"])
        .and_then(whole_number)
        .or_else(|| bodies.word_count());

    // Terms: subjects, then the places, people, organisations, events and objects the story
    // is about, each of its kind.
    for (names, kind) in TERM_ARRAYS {
        let terms = terms(f.take(names), &mut warnings).into_iter();
        a.subjects
            .extend(terms.map(|term| Concept { kind, ..term }));
    }
    a.genres = terms(f.take(&["genres", "genre"]), &mut warnings)
        .into_iter()
        .map(|genre| Concept { geo: None, ..genre })
        .collect();
    let parties = members(f.take(&["infosources", "infosource"])).filter_map(|source| {
        let value = |key: &str| field_str(source, key);
        let party = party(
            value("uri"),
            value("literal").or_else(|| value("code")),
            value("name"),
        )?;
        Some((party, value("role")))
    });
    (a.provider, a.sources) = provider_and_sources(parties);

    // Links: the item's own renditions, then the associated items.
    a.links = renditions(f.take(&["renditions"]), &mut warnings);
    a.associations = associations(f.take(&["associations"]), &mut warnings);

    // What Superdesk's ninjs adds: read where the model has a place for it.
    // AP's ninjs names its provider in a string `provider`.
    if a.provider.is_none()
        && let Some(name) = f
            .take(&["provider"])
            .and_then(Value::as_str)
            .and_then(short)
    {
        a.provider = Some(Party::named(name));
    }
    if a.provider.is_none()
        && let Some(name) = f.take(&["source"]).and_then(Value::as_str).and_then(short)
    {
        a.provider = Some(Party::named(name));
    }
    if let Some(value) = f.take(&["priority"]) {
        a.priority = urgency(value);
        if a.priority.is_none() {
            kept.push(("priority".to_string(), value.clone()));
        }
    }
    for author in members(f.take(&["authors"])) {
        if let Some(name) = field_str(author, "name").and_then(short) {
            let mut person = Author::named(name);
            person.role = field_str(author, "role").and_then(short);
            a.authors.push(person);
        }
    }
    // Superdesk's `service` is its ANPA category (IPTC's `a1312cat` scheme).
    for service in members(f.take(&["service"])) {
        let code = field_str(service, "code").or_else(|| field_str(service, "qcode"));
        if let Some(concept) = coded_concept(Some("a1312cat"), code, field_str(service, "name")) {
            a.subjects.push(concept);
        }
    }
    // An array of strings (`members` keeps objects only, which would drop every keyword).
    let keywords = f.take(&["keywords"]).and_then(Value::as_array);
    for keyword in keywords.into_iter().flatten() {
        if let Some(keyword) = keyword.as_str().and_then(short) {
            a.keywords.push(keyword);
        }
    }

    for (key, value) in f.unused() {
        kept.push((key.clone(), value.clone()));
    }
    for (key, value) in kept {
        a.extensions.insert(format!("{namespace}:{key}"), value);
    }
    a.warnings = f.warnings;
    a.warnings.extend(warnings);
    a
}

/// A non-blank string value, trimmed.
/// A term's GeoJSON geometry as its point; another geometry is a warning (ninjs and AP alike).
pub(crate) fn term_point(geometry: &Value, warnings: &mut Vec<Warning>) -> Option<GeoPoint> {
    match geojson_point(geometry) {
        Ok(point) => Some(point),
        Err(()) => {
            warnings.push(Warning::new(
                "subject coordinates",
                "a geometry other than a point on the earth is not read",
                Some(geometry.to_string()),
            ));
            None
        }
    }
}

/// `pubstatus` in ninjs's words (`usable`, `withheld`, `canceled`) as the vendor formats that share
/// its names send it; another word is a warning and the item stays usable.
pub(crate) fn take_pub_status(f: &mut Fields<'_>, a: &mut Article, warnings: &mut Vec<Warning>) {
    if let Some(raw) = f.take(&["pubstatus"]).and_then(Value::as_str) {
        match status(raw) {
            Some(status) => a.pub_status = status,
            None => warnings.push(Warning::new(
                "pub_status",
                "not a publication status; read as usable",
                Some(raw.to_string()),
            )),
        }
    }
}

/// The editorial note and the rights, as ninjs names them (`ednote`, `copyrightholder`,
/// `copyrightnotice`, `usageterms`): read alike by ninjs and the vendor formats that share its
/// names.
pub(crate) fn take_notes_and_rights(f: &mut Fields<'_>, a: &mut Article) {
    a.editorial_notes = f
        .take(&["ednote"])
        .and_then(Value::as_str)
        .and_then(long)
        .map(RoledText::new)
        .into_iter()
        .collect();
    a.rights.holder = string(f.take(&["copyrightholder"])).map(Party::named);
    a.rights.notice = f
        .take(&["copyrightnotice"])
        .and_then(Value::as_str)
        .and_then(long);
    a.rights.usage_terms = f
        .take(&["usageterms"])
        .and_then(Value::as_str)
        .and_then(long);
}

pub(crate) fn string(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).and_then(short)
}

/// A date-time value; one that cannot be read is a warning with the raw value.
pub(crate) fn date(
    value: Option<&Value>,
    field: &str,
    warnings: &mut Vec<Warning>,
) -> Option<Timestamp> {
    let value = value?;
    let raw = raw_text(value).unwrap_or_else(|| value.to_string());
    read_time(&raw, field, time, warnings)
}

/// The objects of an array value (others skipped).
pub(crate) fn members(value: Option<&Value>) -> impl Iterator<Item = &Value> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|v| v.is_object())
}

/// Renditions (a 2.x/3.x array or a 1.x map) as enclosure links with their facts: the item's
/// own, or an associated item's.
pub(crate) fn renditions(value: Option<&Value>, warnings: &mut Vec<Warning>) -> Vec<Link> {
    named_objects(value)
        .into_iter()
        .filter_map(|(name, r)| {
            rendition_link(
                field_str(r, "href")?,
                field_str(r, "contenttype").or_else(|| field_str(r, "mimetype")),
                field_str(r, "title"),
                rendition_facts(name, r, warnings),
            )
        })
        .collect()
}

/// A rendition's name, pixel size, byte size and duration (seconds); a value that is no
/// whole number (a duration no number) is a warning with the raw value.
pub(crate) fn rendition_facts(
    name: Option<&str>,
    r: &Value,
    warnings: &mut Vec<Warning>,
) -> Rendition {
    let mut whole = |key: &str| -> Option<u64> {
        let value = field(r, key)?;
        let number = match value {
            Value::Number(n) => n.as_u64().or_else(|| {
                n.as_f64()
                    .filter(|f| f.fract() == 0.0 && *f >= 0.0)
                    .map(|f| f as u64)
            }),
            Value::Null => return None,
            _ => None,
        };
        if number.is_none() {
            let message = format!("a rendition's {key} is not a whole number (not kept)");
            warnings.push(Warning::new("links", &message, Some(value.to_string())));
        }
        number
    };
    let width = whole("width").and_then(|w| u32::try_from(w).ok());
    let height = whole("height").and_then(|h| u32::try_from(h).ok());
    let size = whole("sizeinbytes");
    let duration = field(r, "duration").filter(|d| !d.is_null());
    let duration_ms = duration.and_then(|d| d.as_f64().and_then(duration_ms));
    if let (Some(raw), None) = (duration, duration_ms) {
        let message = "a rendition's duration is not a number of seconds (not kept)";
        warnings.push(Warning::new("links", message, Some(raw.to_string())));
    }
    Rendition {
        name: name.and_then(short),
        width,
        height,
        size,
        duration_ms,
    }
}

/// A string field of an object, by name in any casing.
pub(crate) fn field_str<'a>(object: &'a Value, name: &str) -> Option<&'a str> {
    field(object, name).and_then(Value::as_str)
}

/// A field of an object, by name in any casing.
pub(crate) fn field<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object
        .as_object()?
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value)
}

/// Where a text entry came from: an array member says more than its text (a body's word count).
enum Origin<'a> {
    /// A member of a 2.x/3.x array.
    Listed(&'a Value),
    /// A 1.x key (`headline_extended`).
    Keyed,
    /// The 1.x `headline`.
    Single,
}

/// The renditions of one text (headline, description or body), from every generation's keys.
struct Texts<'a> {
    entries: Vec<Entry<'a>>,
    origins: Vec<Origin<'a>>,
}

impl<'a> Texts<'a> {
    /// The `{role, contentType, value}` members of the array `plural`, the 1.x key `single`
    /// (the main one) and the 1.x keys starting with `prefix` (a last part naming a format is
    /// the content type, the rest the role: `description_caption_xhtml`).
    fn gather(f: &mut Fields<'a>, plural: &str, single: Option<&str>, prefix: &str) -> Texts<'a> {
        let mut texts = Texts {
            entries: Vec::new(),
            origins: Vec::new(),
        };
        for member in members(f.take(&[plural])) {
            if let Some(value) = field_str(member, "value") {
                texts.entries.push(Entry {
                    role: field_str(member, "role"),
                    content_type: field_str(member, "contenttype"),
                    value,
                });
                texts.origins.push(Origin::Listed(member));
            }
        }
        if let Some(value) = single
            .and_then(|name| f.take(&[name]))
            .and_then(Value::as_str)
        {
            texts.entries.push(Entry {
                role: Some("main"),
                content_type: None,
                value,
            });
            texts.origins.push(Origin::Single);
        }
        for (suffix, raw) in f.take_prefixed(prefix) {
            let Some(value) = raw.as_str() else {
                continue;
            };
            let (role, format) = match suffix.rsplit_once('_') {
                Some((role, format)) if is_format(format) => (Some(role), Some(format)),
                None if is_format(suffix) => (None, Some(suffix)),
                _ => (Some(suffix), None),
            };
            texts.entries.push(Entry {
                role,
                content_type: format,
                value,
            });
            texts.origins.push(Origin::Keyed);
        }
        texts
    }

    /// The word count the first body that declares one declares (`bodies[].wordcount`).
    fn word_count(&self) -> Option<u32> {
        self.origins.iter().find_map(|origin| match origin {
            Origin::Listed(member) => field(member, "wordcount").and_then(whole_number),
            _ => None,
        })
    }
}

/// The `{role, contentType, value}` entries of an array (an association's headlines).
fn entries(value: Option<&Value>) -> Vec<Entry<'_>> {
    members(value)
        .filter_map(|member| {
            Some(Entry {
                role: field_str(member, "role"),
                content_type: field_str(member, "contenttype"),
                value: field_str(member, "value")?,
            })
        })
        .collect()
}

fn is_format(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "text" | "plain" | "html" | "xhtml" | "richtext" | "nitf" | "xml" | "html5"
    )
}

/// Subjects, genres, places, people or organisations: 2.x/3.x `uri`/`literal`/`name`, 1.x
/// `scheme`/`code`/`name` (Superdesk's `qcode` too), the item's relation to each (`rel`), and
/// a place's GeoJSON point (`geoJSON`, 1.x `geometry_geojson`); another geometry is a
/// warning, and so is what else a term holds (a person's `contactInfo`, a company's `symbols`).
pub(crate) fn terms(value: Option<&Value>, warnings: &mut Vec<Warning>) -> Vec<Concept> {
    let mut unread = |what: &str, raw: &Value| {
        warnings.push(Warning::new(
            "subjects",
            format!("{what} is not read"),
            Some(raw.to_string()),
        ));
    };
    // The standard's shape is an array of objects; feeds also send one object alone, a string
    // for a name, and (PA) an object whose `code` is an array of QCodes: each is read, and any
    // other shape is a warning with the raw value, never dropped without a word.
    let mut objects = Vec::new();
    let mut named = Vec::new();
    let listed = match value {
        None => Vec::new(),
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
    };
    for term in listed {
        match term {
            Value::String(name) => named.extend(short(name).map(Concept::named)),
            Value::Object(_) => match field(term, "code") {
                Some(Value::Array(codes)) => {
                    let scheme = field_str(term, "scheme");
                    for code in codes {
                        match code
                            .as_str()
                            .and_then(|c| coded_concept(scheme, Some(c), None))
                        {
                            Some(concept) => named.push(concept),
                            None => unread("a term's code that is no text", code),
                        }
                    }
                }
                _ => objects.push(term),
            },
            other => unread("a term that is neither an object nor a name", other),
        }
    }
    let read: Vec<Concept> = objects
        .into_iter()
        .filter_map(|term| {
            let value = |key: &str| field_str(term, key);
            if let Some(unread) = unread_keys(term, &TERM_KEYS, &[]) {
                warnings.push(Warning::new(
                    "subjects",
                    "a term's metadata beyond its identifier, name, relation and point is not read",
                    Some(unread),
                ));
            }
            let concept = if value("uri").is_some() || value("literal").is_some() {
                concept(value("uri"), value("literal"), value("name"))
            } else {
                coded_concept(
                    value("scheme"),
                    value("code").or_else(|| value("qcode")),
                    value("name"),
                )
            };
            let Some(concept) = concept else {
                warnings.push(Warning::new(
                    "subjects",
                    "a term with no identifier, code or name is not read",
                    Some(term.to_string()),
                ));
                return None;
            };
            let geometry = field(term, "geojson").or_else(|| field(term, "geometry_geojson"));
            let geo = geometry.and_then(|geometry| term_point(geometry, warnings));
            Some(Concept {
                geo,
                role: value("rel").and_then(short),
                ..concept
            })
        })
        .collect();
    read.into_iter().chain(named).collect()
}

/// The keys of a term that [`terms`] reads (lower case); others are named in a warning.
const TERM_KEYS: [&str; 9] = [
    "name",
    "rel",
    "uri",
    "literal",
    "scheme",
    "code",
    "qcode",
    "geojson",
    "geometry_geojson",
];

/// Named objects (renditions, associations) with their names: a 2.x/3.x array (`name` inside)
/// or a 1.x map (name as key).
fn named_objects(value: Option<&Value>) -> Vec<(Option<&str>, &Value)> {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .filter(|item| item.is_object())
            .map(|item| (field_str(item, "name"), item))
            .collect(),
        Some(Value::Object(map)) => map
            .iter()
            .filter(|(_, item)| item.is_object())
            .map(|(name, item)| (Some(name.as_str()), item))
            .collect(),
        _ => Vec::new(),
    }
}

/// The keys of an associated item that [`associations`] reads (lower case); others are named
/// in a warning.
const ASSOCIATION_KEYS: [&str; 16] = [
    "name",
    "rel",
    "id",
    "uri",
    "guid",
    "type",
    "title",
    "headline",
    "headlines",
    "descriptions",
    "by",
    "byline",
    "creditline",
    "renditions",
    "standard",
    "$standard",
];

/// Associated items (a 2.x/3.x array, or a 1.x map whose keys are the names), each with its
/// role (`rel`, else its name), id, type, headline (else `title`), caption (its description),
/// byline, credit line and files; what else an item holds is named in a warning.
pub(crate) fn associations(value: Option<&Value>, warnings: &mut Vec<Warning>) -> Vec<Association> {
    named_objects(value)
        .into_iter()
        .map(|(name, item)| {
            let text = |key: &str| field_str(item, key).and_then(short);
            // BBC's feed names an association in `id`.
            let name = name.or_else(|| field_str(item, "id"));
            let headlines: Vec<Entry<'_>> = entries(field(item, "headlines"))
                .into_iter()
                .chain(field_str(item, "headline").map(|value| Entry {
                    role: Some("main"),
                    content_type: None,
                    value,
                }))
                .collect();
            let descriptions: Vec<Entry<'_>> = entries(field(item, "descriptions"))
                .into_iter()
                .chain(suffixed(item, "description_"))
                .chain(field_str(item, "creditline").map(|value| Entry {
                    role: Some("creditline"),
                    content_type: None,
                    value,
                }))
                .collect();
            let described = text::descriptions(&descriptions);
            let kind = field_str(item, "type").and_then(|t| match kind(t) {
                Kind::Item(kind) => Some(kind),
                Kind::NotNews(_) | Kind::Unknown => None,
            });
            if let Some(unread) = unread_keys(item, &ASSOCIATION_KEYS, &["description_"]) {
                warnings.push(Warning::new(
                    "associations",
                    "an associated item's metadata beyond its role, id, type, headline, caption, byline, credit and files is not read",
                    Some(unread),
                ));
            }
            Association {
                // A name that is a number only counts the associations (`"1"`, `"2"`): no role.
                role: text("rel")
                    .or_else(|| {
                        name.and_then(short)
                            .filter(|n| !n.chars().all(|c| c.is_ascii_digit()))
                    })
                    .filter(|r| r != "related"),
                kind,
                id: text("uri").or_else(|| text("guid")).as_deref().and_then(id),
                headline: text::headlines(&headlines).headline.or_else(|| text("title")),
                caption: described.description,
                byline: text("by").or_else(|| text("byline")),
                credit: described.credit,
                renditions: renditions(field(item, "renditions"), warnings),
            }
        })
        .collect()
}

/// The 1.x texts of an object under keys starting with `prefix` (`description_text`,
/// `description_caption`): the suffix is the role, or the content type when it names a format.
fn suffixed<'a>(item: &'a Value, prefix: &'a str) -> impl Iterator<Item = Entry<'a>> + 'a {
    item.as_object()
        .into_iter()
        .flatten()
        .filter_map(move |(key, value)| {
            let suffix = key.get(prefix.len()..)?;
            if !key.get(..prefix.len())?.eq_ignore_ascii_case(prefix) {
                return None;
            }
            let (role, content_type) = if is_format(suffix) {
                (None, Some(suffix))
            } else {
                (Some(suffix), None)
            };
            Some(Entry {
                role,
                content_type,
                value: value.as_str()?,
            })
        })
}

/// The keys of an object that are not read (neither one of `read`, lower case, nor starting
/// with one of `prefixes`), comma-separated; `None` when all are.
fn unread_keys(item: &Value, read: &[&str], prefixes: &[&str]) -> Option<String> {
    let unread: Vec<&str> = item
        .as_object()?
        .iter()
        .filter(|(key, value)| {
            let key = key.to_ascii_lowercase();
            !value.is_null()
                && !read.contains(&key.as_str())
                && !prefixes.iter().any(|prefix| key.starts_with(prefix))
        })
        .map(|(key, _)| key.as_str())
        .collect();
    (!unread.is_empty()).then(|| unread.join(", "))
}
