//! Reads ninjs 1.0-1.6, 2.x and 3.x into articles.
//!
//! A document is one news object, a bare array of them (IPTC's 3.0 "collection" example), or
//! an API envelope holding them in `item`/`items` (BBC's LDRS feed) or `data` (Reuters
//! Connect's API). The AP Media API's envelopes and items have a reader of their own
//! (`formats::ap_media`), which reads an item's ninjs keys through [`article_in`]; its marks
//! are tried first, and an AP document read as ninjs is unwrapped as before.
//!
//! The generation is read from `standard`/`$standard` or, failing that, from the keys
//! (camelCase is 3.x; `headline`, `body_*` and maps of renditions are 1.x); keys are looked up
//! in any casing, with a warning when one is cased as another generation would case it.
//!
//! Event and planning items (`type` `event`/`planning`, or `eventDetails`/`plannedCoverage`
//! without a type) are not news items and are refused, as are JSON Schemas and JSON that holds
//! no news object. In a collection they are skipped, with a warning naming each.
//!
//! | ninjs 3.x (2.x, 1.x) | model |
//! |---|---|
//! | `uri` (Superdesk's `guid`) | `id` (`urn:newswire:id:` + percent-encoding undone) |
//! | `type` | `kind` (`component` reads as text and is kept; another value is a warning) |
//! | `version` | `version` when a whole number, else kept |
//! | `versionCreated`, `firstCreated` (else `contentCreated`), `embargoedUntil` (`embargoed`) | `modified`, `created`, `embargo` (a date that cannot be read is a warning) |
//! | `firstpublished` (a vendor field: NTB's Superdesk) | `published` |
//! | `pubStatus`, `urgency` | `pub_status`, `urgency` (a whole number 1-9; others are warnings) |
//! | `language`, `title`, `slugline`, `by` (`byline`) | `language`, `title`, `slugline`, `byline` |
//! | `located` | `dateline.city` (ninjs has no dateline text) |
//! | `edNote`, `copyrightHolder`, `copyrightNotice`, `usageTerms` | one editorial note, `rights` (the holder as a name) |
//! | `headlines[]` (`headline`, `headline_*`) | role `main` (or none): `headline`; role `sub`: `subheadline`; without a main one, the first other; the others `headlines` with their roles (a rendition of one taken, the same words under the same role, is not another) |
//! | `descriptions[]` (`description_*`) | role `summary` (or none), else `caption`: `description` (plain text preferred); role `creditline`: `credit`; the others `descriptions` with their roles (renditions as for headlines) |
//! | `bodies[]` (`body_*`) | `body` from the richest: XHTML (as XML, else as HTML), HTML, NITF, plain text (paragraphs at blank lines, else one per line), through the shared allowlist walk; `word_count` from 1.x `wordcount`, else the first body's `wordcount` |
//! | `subjects[]`, `places[]`, `people[]`, `organisations[]` (`subject`, `place`, `person`, `organisation`) | `subjects`: `uri` (IPTC scheme URIs back to aliases; others cut after the last `/` or `#`), else `literal` (a QCode as scheme and code), 1.x `scheme` + `code`, and `name`; `rel` the role (what else a term holds is a warning) |
//! | `genres[]` (`genre`) | `genres`, the same way |
//! | `infoSources[]` (`infosources`, `infosource`) | role `provider` (`publisher`, `distributor`): `provider`; others `sources` (`uri`, else `literal`, is the id) |
//! | `renditions` (array or 1.x map) | `enclosure` links (`href`, `contentType`/`mimetype`, `title`) |
//! | `associations` (array or 1.x map) | `associations`: the role is `rel`, else the name (`related` is no role); `uri` (`guid`) the id; `type` the kind; the headline (else `title`), the description (`description_text`; a `caption` when there is no summary) the caption, `by` the byline, the `creditline` description the credit; `renditions` the files, as `enclosure` links with their facts; other keys are named in a warning |
//! | AP's `persons`, `provider` (a string) | person subjects (as `people`), `provider` (a name, when `infoSources` gives none) |
//! | PA's `slug`, `firstVersion`, `subhead`, `abstract` | `slugline`, `created`, `subheadline`, `description` (each when the standard's key gives none) |
//! | Superdesk's `source`, `priority`, `authors`, `keywords`, `service` | `provider` (a name), `priority`, `authors` (name and role), `keywords`, subjects in IPTC's ANPA category scheme `a1312cat` |
//! | anything else (`profile`, `altIds`, `extra`, ...) | `extensions` under `ninjs:<key>` |

pub(crate) mod fields;
pub(crate) mod item;
pub(crate) mod text;

pub(crate) use item::{article_in, associations, field, field_str, rendition_facts, term_point};

use serde_json::{Map, Value};

use super::values;
use crate::formats::{Limit, ReadOptions, budget, read_json};
use crate::model::Warning;
use crate::{Article, Error, Format};

/// Reads every news object in the document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Ninjs, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_json(input, Format::Ninjs, options, |value| {
        let news = news_objects(value)?;
        let mut articles: Vec<Article> = news
            .objects
            .into_iter()
            .take_while(|_| budget::spend(Limit::Articles, 1))
            .map(item::article)
            .collect();
        if let Some(first) = articles.first_mut()
            && !news.skipped.is_empty()
        {
            first.warnings.push(Warning::new(
                "input",
                format!(
                    "{} item(s) of the collection are not news items and were not read: {}",
                    news.skipped.len(),
                    news.skipped.join(", ")
                ),
                None,
            ));
        }
        Ok(articles)
    })
}

/// The news objects of a document, and the items of a collection that are not news.
struct News<'a> {
    objects: Vec<&'a Map<String, Value>>,
    /// Each skipped item as `event urn:...` (its kind and, when it has one, its `uri`).
    skipped: Vec<String>,
}

impl<'a> News<'a> {
    fn one(object: &'a Map<String, Value>) -> News<'a> {
        News {
            objects: vec![object],
            skipped: Vec::new(),
        }
    }
}

/// The news objects of a document, or why it holds none.
fn news_objects(value: &Value) -> Result<News<'_>, Error> {
    match value {
        Value::Object(object) => {
            if is_news_object(object) {
                if let Some(what) = not_news(object) {
                    return Err(invalid(format!(
                        "the object is a ninjs {what} item, not a news item"
                    )));
                }
                return Ok(News::one(object));
            }
            if object.contains_key("$schema") {
                return Err(invalid(
                    "the document is a JSON Schema, not a ninjs news object".to_string(),
                ));
            }
            // An API envelope: a single item (`{"data": {"item": {...}}}`) or a feed page
            // (`{"data": {"items": [{"meta": ..., "item": {...}}]}}`), as the AP Media API
            // (which has its reader, `ap-media`) and Reuters Connect's API send them.
            if let Some(data) = object.get("data").filter(|d| d.is_object()) {
                return news_objects(data);
            }
            if let Some(item) = object.get("item").filter(|i| is_wrapped_news(i)) {
                return news_objects(item);
            }
            let envelope = ["item", "items"]
                .iter()
                .find_map(|key| object.get(*key).filter(|v| v.is_array()));
            match envelope {
                Some(items) => collection(items, "the envelope's items"),
                None => Err(invalid(
                    "no ninjs news object: the JSON object has none of uri, headline(s), bodies, descriptions, versioncreated, renditions"
                        .to_string(),
                )),
            }
        }
        Value::Array(_) => collection(value, "the array"),
        other => Err(invalid(format!(
            "the document is a JSON {}, not a ninjs object",
            crate::json::type_name(other)
        ))),
    }
}

/// The news objects of an array (a collection); events and planning items are skipped, and
/// named for the warning the reader gives.
fn collection<'a>(items: &'a Value, what: &str) -> Result<News<'a>, Error> {
    let items = items.as_array().map(Vec::as_slice).unwrap_or_default();
    let mut news = Vec::new();
    let mut skipped = Vec::new();
    for item in items {
        // A feed page's member wraps its item with the item's `meta`.
        let item = match item.get("item") {
            Some(inner) if !is_wrapped_news(item) && is_wrapped_news(inner) => inner,
            _ => item,
        };
        match item {
            Value::Object(object) if is_news_object(object) => match not_news(object) {
                Some(kind) => {
                    let uri = object
                        .iter()
                        .find(|(key, _)| key.eq_ignore_ascii_case("uri"))
                        .and_then(|(_, uri)| uri.as_str());
                    skipped.push(match uri {
                        Some(uri) => format!("{kind} {uri}"),
                        None => kind.to_string(),
                    });
                }
                None => news.push(object),
            },
            other => {
                return Err(invalid(format!(
                    "{what} holds a JSON {}, not a ninjs news object",
                    crate::json::type_name(other)
                )));
            }
        }
    }
    if news.is_empty() {
        let message = match skipped.first() {
            Some(first) => format!(
                "{what} holds {} ninjs {} item(s) and no news item (the first: {first})",
                skipped.len(),
                first.split(' ').next().unwrap_or_default()
            ),
            None => format!("{what} holds no ninjs news object"),
        };
        return Err(invalid(message));
    }
    Ok(News {
        objects: news,
        skipped,
    })
}

/// A value that is a news object.
fn is_wrapped_news(value: &Value) -> bool {
    value.as_object().is_some_and(is_news_object)
}

/// An object with a key only a ninjs news object has.
fn is_news_object(object: &Map<String, Value>) -> bool {
    object.keys().any(|key| {
        let key = key.to_ascii_lowercase();
        matches!(
            key.as_str(),
            "uri"
                | "guid"
                | "headline"
                | "headlines"
                | "bodies"
                | "descriptions"
                | "versioncreated"
                | "firstcreated"
                | "renditions"
                | "associations"
                | "$standard"
                | "eventdetails"
        ) || ["body_", "headline_", "description_"]
            .iter()
            .any(|prefix| key.starts_with(prefix))
    })
}

/// `event` or `planning` when the object is such an item.
fn not_news(object: &Map<String, Value>) -> Option<&'static str> {
    let kind = object
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case("type"))
        .and_then(|(_, value)| value.as_str());
    match kind.map(values::kind) {
        Some(values::Kind::NotNews(what)) => Some(what),
        Some(_) => None,
        None => {
            let has = |name: &str| object.keys().any(|key| key.eq_ignore_ascii_case(name));
            if has("eventDetails") {
                Some("event")
            } else if has("plannedCoverage") {
                Some("planning")
            } else {
                None
            }
        }
    }
}

fn invalid(message: String) -> Error {
    Error::Invalid {
        format: Format::Ninjs,
        message,
    }
}
