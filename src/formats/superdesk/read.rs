//! Superdesk JSON to articles: the envelope, then one item to one article (the mapping table
//! is in the module docs).

use serde_json::{Map, Value};

use super::body;
use crate::formats::ninjs::read::fields::Fields;
use crate::formats::ninjs::read::item::{
    associations, date, field, field_str, members, renditions, string, take_notes_and_rights,
    take_pub_status, terms,
};
use crate::formats::ninjs::read::text::{Entry, descriptions};
use crate::formats::ninjs::values::{Kind, coded_concept, id, kind, located, short, time, urgency};
use crate::formats::{Limit, ReadOptions, budget, read_json};
use crate::json::input::whole_number;
use crate::model::{
    Agency, Article, Author, Concept, Dateline, EntityKind, GeoPoint, PartialDate, Party, Warning,
};
use crate::{Error, Format};

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_json(input, Format::Superdesk, options, |value| {
        let (items, skipped) = news(items(value)?);
        let mut articles: Vec<Article> = items
            .into_iter()
            .take_while(|_| budget::spend(Limit::Articles, 1))
            .map(article)
            .collect();
        if let Some(first) = articles.first_mut()
            && !skipped.is_empty()
        {
            first.warnings.insert(
                0,
                Warning::new(
                    "input",
                    "items that are not news items (events, planning) were not read",
                    Some(skipped.join(", ")),
                ),
            );
        }
        Ok(articles)
    })
}

/// The news items, and the others (Superdesk's events and planning items, which share its
/// storage) named by kind and id.
fn news(items: Vec<&Map<String, Value>>) -> (Vec<&Map<String, Value>>, Vec<String>) {
    let mut news = Vec::new();
    let mut skipped = Vec::new();
    for item in items {
        let kind_of = item.get("type").and_then(Value::as_str).map(kind);
        match kind_of {
            Some(Kind::NotNews(what)) => {
                let name = ["guid", "_id"]
                    .iter()
                    .find_map(|key| item.get(*key).and_then(Value::as_str));
                skipped.push(match name {
                    Some(name) => format!("{what} {name}"),
                    None => what.to_string(),
                });
            }
            _ => news.push(item),
        }
    }
    (news, skipped)
}

/// The items of a document: an item, an array of items, or an Eve page (`_items`).
fn items(value: &Value) -> Result<Vec<&Map<String, Value>>, Error> {
    let items: Vec<&Map<String, Value>> = match value {
        Value::Object(object) => match object.get("_items") {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
            Some(_) => return Err(invalid("`_items` is not an array".to_string())),
            None => vec![object],
        },
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        _ => {
            return Err(invalid(
                "the document is neither a Superdesk item nor a list of items".to_string(),
            ));
        }
    };
    if items.is_empty() {
        return Err(invalid("the document holds no item".to_string()));
    }
    let all_other = items.iter().all(|item| {
        matches!(
            item.get("type").and_then(Value::as_str).map(kind),
            Some(Kind::NotNews(_))
        )
    });
    if all_other {
        return Err(invalid(
            "the document holds Superdesk events or planning items, not news items".to_string(),
        ));
    }
    Ok(items)
}

/// One item as an article. Keys no mapping reads are kept under `superdesk:<key>`.
pub(super) fn article(object: &Map<String, Value>) -> Article {
    let mut f = Fields::new(object);
    let mut a = Article::default();
    let mut warnings = Vec::new();
    let mut kept: Vec<(String, Value)> = Vec::new();

    // The first identifier that reads; the others stay (`_id` is the storage key).
    for key in ["uri", "guid", "_id"] {
        if let Some(found) = object.get(key).and_then(Value::as_str).and_then(id) {
            f.take(&[key]);
            a.id = Some(found);
            break;
        }
    }
    if let Some(raw) = f.take(&["type"]).and_then(Value::as_str) {
        match kind(raw) {
            Kind::Item(item) => a.kind = item,
            Kind::NotNews(_) | Kind::Unknown => warnings.push(Warning::new(
                "kind",
                "not a Superdesk item type this reader knows; read as text",
                Some(raw.to_string()),
            )),
        }
    }
    if let Some(value) = f.take(&["version"]) {
        a.version = whole_number(value);
        if a.version.is_none() && !value.is_null() {
            kept.push(("version".to_string(), value.clone()));
        }
    }
    a.modified = date(f.take(&["versioncreated"]), "modified", &mut warnings);
    a.created = date(f.take(&["firstcreated"]), "created", &mut warnings);
    a.published = date(f.take(&["firstpublished"]), "published", &mut warnings);
    a.embargo = date(
        f.take(&["embargo", "embargoed"]).filter(|v| !v.is_null()),
        "embargo",
        &mut warnings,
    );
    if let Some(settings) = f.take(&["schedule_settings"]) {
        let utc = field(settings, "utc_embargo").filter(|v| !v.is_null());
        if a.embargo.is_none() {
            a.embargo = date(utc, "embargo", &mut warnings);
        }
        // What else the settings say (the desk's time zone) is kept.
        let other = settings.as_object().is_some_and(|s| {
            s.iter()
                .any(|(key, value)| key != "utc_embargo" && !value.is_null())
        });
        if other {
            kept.push(("schedule_settings".to_string(), settings.clone()));
        }
    }
    take_pub_status(&mut f, &mut a, &mut warnings);
    for (key, slot) in [("urgency", &mut a.urgency), ("priority", &mut a.priority)] {
        if let Some(value) = f.take(&[key]).filter(|v| !v.is_null()) {
            *slot = urgency(value);
            if slot.is_none() {
                kept.push((key.to_string(), value.clone()));
            }
        }
    }
    a.language = string(f.take(&["language"]));
    a.headline = string(f.take(&["headline"]));
    a.slugline = string(f.take(&["slugline"]));
    a.byline = string(f.take(&["byline"]));
    take_notes_and_rights(&mut f, &mut a);

    // The description: the plain text, else the abstract's (HTML) text; a different one is
    // another description with its role.
    let texts: Vec<Entry<'_>> = [
        ("description_text", None, None),
        ("abstract", Some("abstract"), Some("text/html")),
        ("description_html", None, Some("text/html")),
    ]
    .into_iter()
    .filter_map(|(key, role, content_type)| {
        Some(Entry {
            role,
            content_type,
            value: f.take(&[key])?.as_str()?,
        })
    })
    .collect();
    let read = descriptions(&texts);
    a.description = read.description;
    // The abstract is most often the description in HTML: the same words are no other text.
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let described = a.description.as_deref().map(words);
    a.descriptions = read
        .others
        .into_iter()
        .filter(|other| Some(words(&other.text)) != described)
        .collect();

    let association_map = object.get("associations").map(body::with_credit_lines);
    let association_map = association_map.as_ref();
    let html = f.take(&["body_html"]).and_then(Value::as_str);
    let text = f.take(&["body_text"]).and_then(Value::as_str);
    a.body = match (html.filter(|h| !h.trim().is_empty()), text) {
        (Some(html), _) => body::read(html, association_map, &mut warnings),
        (None, Some(text)) => body::plain(text, &mut warnings),
        (None, None) => Vec::new(),
    };
    a.word_count = f.take(&["word_count", "wordcount"]).and_then(whole_number);

    a.dateline = f
        .take(&["dateline"])
        .and_then(|d| dateline(d, &mut warnings));
    if let Some(city) = f.take(&["located"]).and_then(Value::as_str) {
        match &mut a.dateline {
            None => a.dateline = located(city),
            Some(dateline) if dateline.city.is_none() => dateline.city = short(city),
            Some(_) => kept.push(("located".to_string(), Value::String(city.to_string()))),
        }
    }

    a.subjects = terms(f.take(&["subject"]), &mut warnings);
    for category in ["anpa_category", "service"] {
        for entry in members(f.take(&[category])) {
            let code = field_str(entry, "qcode").or_else(|| field_str(entry, "code"));
            if let Some(concept) = coded_concept(Some("a1312cat"), code, field_str(entry, "name")) {
                a.subjects.push(concept);
            }
        }
    }
    a.subjects.extend(
        terms(f.take(&["place"]), &mut warnings)
            .into_iter()
            .map(|place| Concept {
                kind: Some(EntityKind::Place),
                ..place
            }),
    );
    a.genres = terms(f.take(&["genre"]), &mut warnings)
        .into_iter()
        .map(|genre| Concept { geo: None, ..genre })
        .collect();
    for author in members(f.take(&["authors"])) {
        let text = |key: &str| field_str(author, key).and_then(short);
        // The archive names the role in `name` and the person in `sub_label`; the content
        // API names the person in `name`.
        if let Some(name) = text("sub_label").or_else(|| text("name")) {
            let mut person = Author::named(name);
            person.role = text("role");
            person.id = text("code").or_else(|| text("parent"));
            a.authors.push(person);
        }
    }
    for keyword in f
        .take(&["keywords"])
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match keyword.as_str().and_then(short) {
            Some(keyword) => a.keywords.push(keyword),
            None => warnings.push(Warning::new(
                "keywords",
                "a keyword that is no text is not read",
                Some(keyword.to_string()),
            )),
        }
    }
    a.provider = string(f.take(&["source"])).map(Party::named);

    a.links = renditions(f.take(&["renditions"]), &mut warnings);
    f.take(&["associations"]);
    a.associations = associations(association_map, &mut warnings);
    if let Some(meta) = f.take(&["fields_meta"]) {
        a.associations
            .extend(body::embedded_articles(meta, &mut warnings));
    }

    for (key, value) in f.unused() {
        if !is_empty(value) {
            kept.push((key.clone(), value.clone()));
        }
    }
    for (key, value) in kept {
        a.extensions.insert(format!("superdesk:{key}"), value);
    }
    a.warnings = f.warnings;
    a.warnings.extend(warnings);
    a
}

/// A value that holds nothing: null, a blank string, an empty array or object.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

/// The keys of a dateline's `located` that [`dateline`] reads.
const LOCATED_KEYS: [&str; 5] = ["city", "state", "country", "dateline", "location"];

/// The dateline object: `text` as printed, `located` (the city, and the state or country when
/// its `dateline` setting prints them; its `location` as the point), `date`, `source` (the
/// agency). What else `located` holds (codes, time zone) is a warning.
fn dateline(value: &Value, warnings: &mut Vec<Warning>) -> Option<Dateline> {
    if !value.is_object() {
        if !value.is_null() {
            warnings.push(Warning::new(
                "dateline",
                "a dateline that is not an object is not read",
                Some(value.to_string()),
            ));
        }
        return None;
    }
    let mut dateline = Dateline::new(field_str(value, "text").map(str::trim).unwrap_or_default());
    if let Some(place) = field(value, "located").filter(|l| l.is_object()) {
        let text = |key: &str| field_str(place, key).and_then(short);
        dateline.city = text("city");
        let printed = text("dateline").unwrap_or_default().to_ascii_lowercase();
        dateline.region = if printed.contains("state") {
            text("state")
        } else if printed.contains("country") {
            text("country")
        } else {
            None
        };
        let location = field(place, "location");
        let number = |key: &str| location.and_then(|l| field(l, key)).and_then(Value::as_f64);
        if let (Some(lat), Some(lon)) = (number("lat"), number("lon")) {
            dateline.geo = GeoPoint::new(lat, lon);
        }
        let unread: Vec<&str> = place
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(key, value)| !is_empty(value) && !LOCATED_KEYS.contains(&key.as_str()))
            .map(|(key, _)| key.as_str())
            .collect();
        if !unread.is_empty() {
            warnings.push(Warning::new(
                "dateline",
                "the dateline place's codes and other details are not read",
                Some(unread.join(", ")),
            ));
        }
    }
    if let Some(raw) = field_str(value, "date") {
        match time(raw) {
            Some(stamp) => {
                let day = stamp.local().date();
                use chrono::Datelike;
                dateline.date = Some(PartialDate {
                    year: Some(day.year()),
                    month: u8::try_from(day.month()).ok(),
                    day: u8::try_from(day.day()).ok(),
                });
            }
            None => warnings.push(Warning::new(
                "dateline",
                "a dateline date that cannot be read is not kept",
                Some(raw.to_string()),
            )),
        }
    }
    if let Some(source) = field_str(value, "source").and_then(short) {
        dateline.agencies.push(Agency::new(source));
    }
    let empty = dateline.text.is_empty()
        && dateline.city.is_none()
        && dateline.date.is_none()
        && dateline.agencies.is_empty();
    (!empty).then_some(dateline)
}

fn invalid(message: String) -> Error {
    Error::Invalid {
        format: Format::Superdesk,
        message,
    }
}
