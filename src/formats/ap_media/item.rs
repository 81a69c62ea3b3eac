//! One AP item to one article: the ninjs keys through the ninjs reader, then AP's own.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::terms;
use crate::formats::ninjs::values::{long, rendition_link, short};
use crate::formats::ninjs::{article_in, associations, field, field_str, rendition_facts};
use crate::json::input::whole_number;
use crate::model::{Article, Association, Author, AuthorKind, Concept, ItemKind, Warning};

/// The item keys this module reads (lower case); the ninjs reader reads the others.
const AP_KEYS: [&str; 15] = [
    "usageterms",
    "bylines",
    "photographer",
    "producer",
    "editor",
    "subject",
    "place",
    "person",
    "organization",
    "organisation",
    "company",
    "event",
    "datelinelocation",
    "renditions",
    "associations",
];

/// One item as an article, with the products its `meta` names as services.
pub(super) fn article(item: &Map<String, Value>, meta: Option<&Value>) -> Article {
    let ninjs: Map<String, Value> = item
        .iter()
        .filter(|(key, _)| !AP_KEYS.contains(&key.to_ascii_lowercase().as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    let mut a = article_in(&ninjs, "ap");
    let mut warnings = Vec::new();
    let get = |name: &str| {
        item.iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
            .filter(|value| !value.is_null())
    };

    usage_terms(get("usageterms"), &mut a, &mut warnings);
    bylines(get("bylines"), &mut a, &mut warnings);
    for (key, role, kind) in [
        ("photographer", "photographer", AuthorKind::Creator),
        ("producer", "producer", AuthorKind::Contributor),
        ("editor", "editor", AuthorKind::Contributor),
    ] {
        people(get(key), key, role, kind, &mut a, &mut warnings);
    }
    for (keys, kind) in terms::TERM_ARRAYS {
        for key in keys {
            let read = terms::terms(get(key), key, kind, &mut warnings);
            a.subjects.extend(read);
        }
    }
    dateline(get("datelinelocation"), &mut a, &mut warnings);
    renditions(get("renditions"), &mut a, &mut warnings);
    a.associations = numbered_associations(get("associations"), &mut warnings);
    products(meta, &mut a);
    a.warnings.extend(warnings);
    a
}

/// `usageterms`: AP sends an array; the first is the usage terms, the others further ones.
fn usage_terms(value: Option<&Value>, a: &mut Article, warnings: &mut Vec<Warning>) {
    let terms: Vec<&Value> = match value {
        None => return,
        Some(Value::Array(terms)) => terms.iter().collect(),
        Some(one) => vec![one],
    };
    for term in terms {
        match term.as_str() {
            Some(text) => {
                let Some(text) = long(text) else { continue };
                if a.rights.usage_terms.is_none() {
                    a.rights.usage_terms = Some(text);
                } else {
                    a.rights.further_usage_terms.push(text);
                }
            }
            None if term.is_null() => {}
            None => warnings.push(Warning::new(
                "rights",
                "usage terms that are not text are not read",
                Some(term.to_string()),
            )),
        }
    }
}

/// The objects of a value that is an object or an array of them; anything else is a warning.
fn objects<'a>(value: Option<&'a Value>, key: &str, warnings: &mut Vec<Warning>) -> Vec<&'a Value> {
    match value {
        None => Vec::new(),
        Some(object @ Value::Object(_)) => vec![object],
        Some(Value::Array(members)) => members
            .iter()
            .filter(|member| {
                let object = member.is_object();
                if !object && !member.is_null() {
                    warnings.push(Warning::new(
                        "authors",
                        format!("a member of `{key}` that is not an object is not read"),
                        Some(member.to_string()),
                    ));
                }
                object
            })
            .collect(),
        Some(other) => {
            warnings.push(Warning::new(
                "authors",
                format!("`{key}` is not an object; not read"),
                Some(other.to_string()),
            ));
            Vec::new()
        }
    }
}

/// The keys of `object` other than `read` (lower case), with a value.
fn unread_keys<'a>(object: &'a Value, read: &[&str]) -> impl Iterator<Item = &'a str> {
    let read: Vec<String> = read.iter().map(|key| key.to_string()).collect();
    object
        .as_object()
        .into_iter()
        .flatten()
        .filter(move |(key, value)| !value.is_null() && !read.contains(&key.to_ascii_lowercase()))
        .map(|(key, _)| key.as_str())
}

/// A warning naming the keys of `what` that were not read, when there are some.
fn report_unread(unread: BTreeSet<&str>, field: &str, what: &str, warnings: &mut Vec<Warning>) {
    if !unread.is_empty() {
        let keys: Vec<&str> = unread.into_iter().collect();
        warnings.push(Warning::new(
            field,
            format!("{what} {} not read", keys.join(", ")),
            None,
        ));
    }
}

/// `bylines[]`: each `by` (without the word that introduces it) is part of the printed byline;
/// the names it holds are authors, with the `title` as their job title.
fn bylines(value: Option<&Value>, a: &mut Article, warnings: &mut Vec<Warning>) {
    let mut printed = Vec::new();
    let mut unread = BTreeSet::new();
    for byline in objects(value, "bylines", warnings) {
        unread.extend(unread_keys(byline, &["by", "title", "code"]));
        let title = field_str(byline, "title").and_then(short);
        let code = field_str(byline, "code").and_then(short);
        let Some(by) = field_str(byline, "by").and_then(short) else {
            if let Some(title) = title {
                warnings.push(Warning::new(
                    "authors",
                    "a byline's title without a byline is not read",
                    Some(title),
                ));
            }
            continue;
        };
        printed.push(crate::byline::after_by_word(&by).map_or_else(|| by.clone(), str::to_string));
        let names = crate::byline::byline(&by)
            .or_else(|| crate::byline::byline(&format!("By {by}")))
            .map(|read| read.names)
            .unwrap_or_default();
        let one = names.len() == 1;
        for name in names {
            let mut author = Author::named(name);
            author.job_title.clone_from(&title);
            if one {
                author.id.clone_from(&code);
            }
            a.authors.push(author);
        }
        if !one && let Some(code) = code {
            warnings.push(Warning::new(
                "authors",
                "the code of a byline that names no single person is not read",
                Some(code),
            ));
        }
    }
    if a.byline.is_none() && !printed.is_empty() {
        a.byline = Some(printed.join("; "));
    }
    report_unread(unread, "authors", "the bylines'", warnings);
}

/// `photographer`, `producer`, `editor`: people (`name`, `code`, `title`) of a role.
fn people(
    value: Option<&Value>,
    key: &str,
    role: &str,
    kind: AuthorKind,
    a: &mut Article,
    warnings: &mut Vec<Warning>,
) {
    let mut unread = BTreeSet::new();
    for person in objects(value, key, warnings) {
        unread.extend(unread_keys(person, &["name", "code", "title"]));
        let Some(name) = field_str(person, "name").and_then(short) else {
            warnings.push(Warning::new(
                "authors",
                format!("a `{key}` without a name is not read"),
                Some(person.to_string()),
            ));
            continue;
        };
        let mut author = Author::named(name).with_role(role).with_kind(kind);
        author.id = field_str(person, "code").and_then(short);
        author.job_title = field_str(person, "title").and_then(short);
        a.authors.push(author);
    }
    report_unread(unread, "authors", &format!("the `{key}`'s"), warnings);
}

/// `datelinelocation`: the city (when `located` gave none) and the point of the dateline; the
/// object itself is kept (its country and state names and codes have no place of their own).
fn dateline(value: Option<&Value>, a: &mut Article, warnings: &mut Vec<Warning>) {
    let Some(location) = value else { return };
    a.extensions
        .insert("ap:datelinelocation".to_string(), location.clone());
    let city = field_str(location, "city").and_then(short);
    let geo = terms::point(location, warnings);
    if city.is_none() && geo.is_none() {
        return;
    }
    let dateline = a
        .dateline
        .get_or_insert_with(|| crate::model::Dateline::new(""));
    if dateline.city.is_none() {
        dateline.city = city;
    }
    if dateline.geo.is_none() {
        dateline.geo = geo;
    }
}

/// The keys of a rendition the links hold.
const RENDITION_KEYS: [&str; 7] = [
    "href",
    "mimetype",
    "title",
    "width",
    "height",
    "sizeinbytes",
    "duration",
];

/// `renditions` (a map by name): `enclosure` links with their facts. A text item's story is
/// in its text renditions (NITF, ANPA), whose `words` is the story's word count.
fn renditions(value: Option<&Value>, a: &mut Article, warnings: &mut Vec<Warning>) {
    let members: Vec<(Option<&str>, &Value)> = match value {
        None => return,
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (Some(k.as_str()), v)).collect(),
        Some(Value::Array(items)) => items.iter().map(|v| (field_str(v, "name"), v)).collect(),
        Some(other) => {
            warnings.push(Warning::new(
                "links",
                "`renditions` is neither a map nor an array; not read",
                Some(other.to_string()),
            ));
            return;
        }
    };
    let mut unread = BTreeSet::new();
    for (name, rendition) in members {
        if !rendition.is_object() {
            warnings.push(Warning::new(
                "links",
                "a rendition that is not an object is not read",
                Some(rendition.to_string()),
            ));
            continue;
        }
        let words = (a.kind == ItemKind::Text
            && field_str(rendition, "type").is_some_and(|t| t.eq_ignore_ascii_case("text")))
        .then(|| field(rendition, "words").and_then(whole_number))
        .flatten();
        if a.word_count.is_none() && words.is_some() {
            a.word_count = words;
        }
        let read_words = words.is_some().then_some("words");
        unread.extend(unread_keys(
            rendition,
            &[RENDITION_KEYS.as_slice(), read_words.as_slice()].concat(),
        ));
        let facts = rendition_facts(name, rendition, warnings);
        let link = field_str(rendition, "href").and_then(|href| {
            rendition_link(
                href,
                field_str(rendition, "mimetype"),
                field_str(rendition, "title"),
                facts,
            )
        });
        match link {
            Some(link) => a.links.push(link),
            None => warnings.push(Warning::new(
                "links",
                "a rendition without an address (`href`) is not read",
                Some(rendition.to_string()),
            )),
        }
    }
    report_unread(unread, "links", "the renditions'", warnings);
}

/// `associations` (a map keyed `1`, `2`, ...): the associated items in the keys' numeric
/// order (a key that is no number after them, in key order).
fn numbered_associations(value: Option<&Value>, warnings: &mut Vec<Warning>) -> Vec<Association> {
    let Some(Value::Object(map)) = value else {
        return associations(value, warnings);
    };
    let mut members: Vec<(&String, &Value)> = map.iter().collect();
    members.sort_by_key(|(key, _)| key.trim().parse::<u64>().map_or(u64::MAX, |n| n));
    let ordered: Vec<Value> = members
        .into_iter()
        .map(|(key, item)| match item {
            Value::Object(object) if field(item, "name").is_none() => {
                let mut object = object.clone();
                object.insert("name".to_string(), Value::String(key.clone()));
                Value::Object(object)
            }
            other => other.clone(),
        })
        .collect();
    associations(Some(&Value::Array(ordered)), warnings)
}

/// The products an item is delivered in (`meta.products[]`: `id`, `name`) as services; the
/// rest of `meta` is kept as `ap:meta`.
fn products(meta: Option<&Value>, a: &mut Article) {
    let Some(Value::Object(meta)) = meta else {
        return;
    };
    let mut rest = meta.clone();
    let products = match rest.remove("products") {
        Some(Value::Array(products)) => products,
        Some(other) => {
            rest.insert("products".to_string(), other);
            Vec::new()
        }
        None => Vec::new(),
    };
    {
        let mut unread = Vec::new();
        for product in products {
            let code = field(&product, "id").and_then(|id| match id {
                Value::String(text) => short(text),
                Value::Number(number) => Some(number.to_string()),
                _ => None,
            });
            let name = field_str(&product, "name").and_then(short);
            if code.is_none() && name.is_none() {
                unread.push(product);
                continue;
            }
            a.services.push(Concept {
                code,
                name,
                ..Concept::default()
            });
        }
        if !unread.is_empty() {
            rest.insert("products".to_string(), Value::Array(unread));
        }
    }
    if !rest.is_empty() {
        a.extensions
            .insert("ap:meta".to_string(), Value::Object(rest));
    }
}
