//! The GraphQL answer to articles: the envelope, then one item to one article (the mapping
//! table is in the module docs).

use serde_json::{Map, Value};

use crate::formats::ninjs::read::fields::Fields;
use crate::formats::ninjs::read::item::{
    associations, date, field, field_str, renditions, string, take_notes_and_rights,
    take_pub_status,
};
use crate::formats::ninjs::read::text::{Entry, body_blocks, descriptions};
use crate::formats::ninjs::values::{Kind, concept, id, kind, short, urgency};
use crate::formats::{Limit, ReadOptions, budget, read_json};
use crate::json::input::whole_number;
use crate::model::{Article, Block, ItemKind, Link, Party, Warning};
use crate::{Error, Format};

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_json(input, Format::ReutersApi, options, |value| {
        let (items, notes) = items(value)?;
        let mut articles: Vec<Article> = items
            .into_iter()
            .take_while(|_| budget::spend(Limit::Articles, 1))
            .map(article)
            .collect();
        if let Some(first) = articles.first_mut() {
            let own = std::mem::take(&mut first.warnings);
            first.warnings = notes.into_iter().chain(own).collect();
        }
        Ok(articles)
    })
}

/// The items of an answer, and the warnings about the answer itself.
type Items<'a> = (Vec<&'a Map<String, Value>>, Vec<Warning>);

/// The items of the answer (`data.item`, `data.search.items`, or an item or array of items
/// without the envelope), with warnings about the answer itself (GraphQL `errors`).
fn items(value: &Value) -> Result<Items<'_>, Error> {
    let mut notes = Vec::new();
    let errors = value.get("errors").filter(|e| !e.is_null());
    let data = match value.get("data") {
        Some(Value::Object(data)) => data,
        Some(Value::Null) | None => {
            return match errors {
                Some(errors) => Err(invalid(format!(
                    "the answer holds GraphQL errors and no data: {}",
                    short_raw(errors)
                ))),
                // An item or a list of items taken out of its envelope.
                None => bare(value),
            };
        }
        Some(other) => {
            return Err(invalid(format!(
                "`data` is a JSON {}, not an object",
                crate::json::type_name(other)
            )));
        }
    };
    if let Some(errors) = errors {
        notes.push(Warning::new(
            "input",
            "the answer holds GraphQL errors beside its data",
            Some(short_raw(errors)),
        ));
    }
    let mut items = Vec::new();
    if let Some(item) = data.get("item").and_then(Value::as_object) {
        items.push(item);
    }
    let search = data.get("search").and_then(|s| s.get("items"));
    for item in search.and_then(Value::as_array).into_iter().flatten() {
        match item {
            Value::Object(item) => items.push(item),
            other => notes.push(Warning::new(
                "input",
                format!(
                    "a search item is a JSON {}, not an item; not read",
                    crate::json::type_name(other)
                ),
                Some(short_raw(other)),
            )),
        }
    }
    if items.is_empty() {
        return Err(invalid(
            "no item: `data` holds neither `item` nor `search.items`".to_string(),
        ));
    }
    Ok((items, notes))
}

/// A document that is an item, or an array of items, without the GraphQL envelope.
fn bare(value: &Value) -> Result<Items<'_>, Error> {
    let items: Vec<&Map<String, Value>> = match value {
        Value::Object(item) => vec![item],
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        other => {
            return Err(invalid(format!(
                "the document is a JSON {}, not a Reuters Connect answer",
                crate::json::type_name(other)
            )));
        }
    };
    if items.is_empty() {
        return Err(invalid("the document holds no item".to_string()));
    }
    Ok((items, Vec::new()))
}

/// One item as an article. Keys no mapping reads are kept under `reuters:<key>`.
pub(super) fn article(object: &Map<String, Value>) -> Article {
    let mut f = Fields::new(object);
    let mut a = Article::default();
    let mut warnings = Vec::new();
    let mut kept: Vec<(String, Value)> = Vec::new();

    a.id = ["uri", "versionedguid", "usn"]
        .iter()
        .find_map(|key| object_str(object, key).and_then(id));
    f.take(&["uri"]);
    if let Some(value) = f.take(&["version"]) {
        a.version = whole_number(value);
        if a.version.is_none() && !value.is_null() {
            kept.push(("version".to_string(), value.clone()));
        }
    }
    if let Some(raw) = f.take(&["type"]).and_then(Value::as_str) {
        match raw.trim().to_ascii_lowercase().as_str() {
            // Reuters says `graphics` where ninjs says `graphic`.
            "graphics" => a.kind = ItemKind::Graphic,
            other => match kind(other) {
                Kind::Item(item) => a.kind = item,
                Kind::NotNews(_) | Kind::Unknown => warnings.push(Warning::new(
                    "kind",
                    "not a Reuters item type this reader knows; read as text",
                    Some(raw.to_string()),
                )),
            },
        }
    }
    a.modified = date(f.take(&["versioncreated"]), "modified", &mut warnings);
    a.created = date(f.take(&["firstcreated"]), "created", &mut warnings);
    take_pub_status(&mut f, &mut a, &mut warnings);
    if let Some(value) = f.take(&["urgency"]).filter(|v| !v.is_null()) {
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
    a.slugline = string(f.take(&["slug"]));
    a.headline = string(f.take(&["headline"]));
    a.byline = string(f.take(&["byline"]));
    a.credit = string(f.take(&["credit"]));
    take_notes_and_rights(&mut f, &mut a);

    // The fragment (the story's summary), else the caption (a picture's description).
    let texts: Vec<Entry<'_>> = [("fragment", None), ("caption", Some("caption"))]
        .into_iter()
        .filter_map(|(key, role)| {
            Some(Entry {
                role,
                content_type: None,
                value: f.take(&[key])?.as_str()?,
            })
        })
        .collect();
    let read = descriptions(&texts);
    a.description = read.description;
    a.descriptions = read.others;

    // The rich body (tables, pictures) when there is one; the plain one says no more.
    let rich = f.take(&["bodyxhtmlrich"]).and_then(Value::as_str);
    let plain = f.take(&["bodyxhtml"]).and_then(Value::as_str);
    if let Some(xhtml) = rich.filter(|b| !b.trim().is_empty()).or(plain) {
        a.body = body(xhtml, &mut warnings);
    }

    a.subjects = subjects(f.take(&["subject", "subjects"]), &mut warnings);
    match f.take(&["keyword", "keywords"]) {
        Some(Value::String(word)) => a.keywords.extend(short(word)),
        Some(Value::Array(words)) => {
            for word in words {
                match word.as_str().and_then(short) {
                    Some(word) => a.keywords.push(word),
                    None => warnings.push(Warning::new(
                        "keywords",
                        "a keyword that is no text is not read",
                        Some(word.to_string()),
                    )),
                }
            }
        }
        Some(Value::Null) | None => {}
        Some(other) => kept.push(("keyword".to_string(), other.clone())),
    }
    if let Some(provider) = string(f.take(&["provider"])) {
        a.provider = Some(Party::named(provider));
    }
    a.links = links(f.take(&["renditions"]), &mut warnings);
    a.associations = associations(f.take(&["associations"]), &mut warnings);

    for (key, value) in f.unused() {
        if !value.is_null() {
            kept.push((key.clone(), value.clone()));
        }
    }
    for (key, value) in kept {
        a.extensions.insert(format!("reuters:{key}"), value);
    }
    a.warnings = f.warnings;
    a.warnings.extend(warnings);
    a
}

/// A string value of the item, by name in any casing.
fn object_str<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    object
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .and_then(|(_, value)| value.as_str())
}

/// The body of the XHTML document Reuters sends (`<html><head>...</head><body>...`): what its
/// `body` holds, the `head` (a title, often empty) being no part of the story. A value without
/// a `body` element is read whole, its `head` taken out.
fn body(xhtml: &str, warnings: &mut Vec<Warning>) -> Vec<Block> {
    let inner = element_content(xhtml, "body").unwrap_or_else(|| without_element(xhtml, "head"));
    body_blocks(Some("application/xhtml+xml"), &inner, warnings)
}

/// What the first `name` element holds (between its start tag and its last end tag), matched
/// without regard to case.
pub(super) fn element_content(markup: &str, name: &str) -> Option<String> {
    let lower = markup.to_ascii_lowercase();
    let open = find_tag(&lower, name)?;
    let start = open + lower.get(open..)?.find('>')? + 1;
    let end = lower.rfind(&format!("</{name}"))?;
    (end >= start).then(|| markup.get(start..end).map(str::to_string))?
}

/// `markup` without its first `name` element (start tag to end tag), or as it is.
pub(super) fn without_element(markup: &str, name: &str) -> String {
    let lower = markup.to_ascii_lowercase();
    let Some(open) = find_tag(&lower, name) else {
        return markup.to_string();
    };
    let close = format!("</{name}>");
    let end = match lower.get(open..).and_then(|rest| rest.find(&close)) {
        Some(at) => open + at + close.len(),
        // `<head/>`: the start tag alone.
        None => match lower.get(open..).and_then(|rest| rest.find('>')) {
            Some(at) => open + at + 1,
            None => return markup.to_string(),
        },
    };
    [
        markup.get(..open).unwrap_or_default(),
        markup.get(end..).unwrap_or_default(),
    ]
    .concat()
}

/// Where the start tag `<name` (followed by `>`, `/` or whitespace) begins in lower-case text.
fn find_tag(lower: &str, name: &str) -> Option<usize> {
    let tag = format!("<{name}");
    let mut from = 0;
    while let Some(at) = lower.get(from..).and_then(|rest| rest.find(&tag)) {
        let at = from + at;
        let after = lower
            .get(at + tag.len()..)
            .and_then(|rest| rest.chars().next());
        if after.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace()) {
            return Some(at);
        }
        from = at + tag.len();
    }
    None
}

/// The keys of a subject that [`subjects`] reads (lower case).
const SUBJECT_KEYS: [&str; 3] = ["code", "name", "rel"];

/// `subject[]`: each `code` a Reuters QCode (`subj:06000000`, `N2:ENV`, `MCC:I`: the prefix is
/// the scheme), with its `name` and the item's relation to it (`rel`); what else a subject
/// holds, or a subject with neither code nor name, is a warning.
fn subjects(value: Option<&Value>, warnings: &mut Vec<Warning>) -> Vec<crate::model::Concept> {
    let listed: Vec<&Value> = match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
    };
    let mut out = Vec::new();
    for subject in listed {
        let text = |key: &str| field(subject, key).and_then(Value::as_str);
        let unread: Vec<&str> = subject
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(key, value)| {
                !value.is_null() && !SUBJECT_KEYS.contains(&key.to_ascii_lowercase().as_str())
            })
            .map(|(key, _)| key.as_str())
            .collect();
        if !unread.is_empty() {
            warnings.push(Warning::new(
                "subjects",
                "a subject's metadata beyond its code, name and relation is not read",
                Some(unread.join(", ")),
            ));
        }
        match concept(None, text("code"), text("name")) {
            Some(mut concept) => {
                concept.role = text("rel").and_then(short);
                out.push(concept);
            }
            None => warnings.push(Warning::new(
                "subjects",
                "a subject with neither code nor name is not read",
                Some(short_raw(subject)),
            )),
        }
    }
    out
}

/// The keys of a rendition that [`links`] reads (lower case).
const RENDITION_KEYS: [&str; 13] = [
    "name",
    "href",
    "uri",
    "url",
    "mimetype",
    "contenttype",
    "title",
    "width",
    "height",
    "sizeinbytes",
    "duration",
    "type",
    "code",
];

/// The item's renditions, whose shape Reuters' documentation leaves open: an array of objects
/// or a map of them by name, the address in `href`, `uri` or `url`, the media type in
/// `mimeType` (or `contentType`), the name in `name` (else `type` or `code`). Read as ninjs
/// renditions are; one without an address, and what else a rendition holds, is a warning.
fn links(value: Option<&Value>, warnings: &mut Vec<Warning>) -> Vec<Link> {
    let normal = |item: &Value, name: Option<&str>| -> Option<Value> {
        let mut object = item.as_object()?.clone();
        let href = ["href", "uri", "url"]
            .iter()
            .find_map(|key| field_str(item, key))?
            .to_string();
        object.retain(|key, _| {
            !["href", "uri", "url", "name"].contains(&key.to_ascii_lowercase().as_str())
        });
        object.insert("href".to_string(), Value::String(href));
        let name = name
            .or_else(|| field_str(item, "name"))
            .or_else(|| field_str(item, "type"))
            .or_else(|| field_str(item, "code"));
        if let Some(name) = name {
            object.insert("name".to_string(), Value::String(name.to_string()));
        }
        Some(Value::Object(object))
    };
    let members: Vec<(Option<&str>, &Value)> = match value {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(items)) => items.iter().map(|item| (None, item)).collect(),
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (Some(k.as_str()), v)).collect(),
        Some(other) => {
            warnings.push(Warning::new(
                "links",
                "renditions that are neither an array nor an object are not read",
                Some(short_raw(other)),
            ));
            return Vec::new();
        }
    };
    let mut normalised = Vec::new();
    for (name, item) in members {
        match normal(item, name) {
            Some(rendition) => {
                let unread: Vec<&str> = item
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(key, value)| {
                        !value.is_null()
                            && !RENDITION_KEYS.contains(&key.to_ascii_lowercase().as_str())
                    })
                    .map(|(key, _)| key.as_str())
                    .collect();
                if !unread.is_empty() {
                    warnings.push(Warning::new(
                        "links",
                        "a rendition's metadata beyond its name, address, media type and size is not read",
                        Some(unread.join(", ")),
                    ));
                }
                normalised.push(rendition);
            }
            None => warnings.push(Warning::new(
                "links",
                "a rendition without an address (href, uri or url) is not read",
                Some(short_raw(item)),
            )),
        }
    }
    renditions(Some(&Value::Array(normalised)), warnings)
}

/// A raw value for a warning, cut to a readable length.
fn short_raw(value: &Value) -> String {
    let raw = value.to_string();
    match raw.char_indices().nth(500) {
        Some((at, _)) => format!("{}…", raw.get(..at).unwrap_or_default()),
        None => raw,
    }
}

fn invalid(message: String) -> Error {
    Error::Invalid {
        format: Format::ReutersApi,
        message,
    }
}
