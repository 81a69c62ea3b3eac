//! `head`: title, vendor `meta`, `tobject`, `docdata`, `pubdata` and `revision-history`.

use serde_json::Value;

use super::{Draft, attr_line, attr_token, first, line_of};
use crate::formats::nitf::values;
use crate::model::{Author, Concept, Party, RoledText};
use crate::xml::{Element, paragraphs};

pub(super) fn head(draft: &mut Draft, head: &Element<'_>) {
    for e in head.elements() {
        match e.name.as_ref() {
            "title" => first(&mut draft.article.title, || line_of(e)),
            "meta" => meta(draft, e),
            "tobject" => tobject(draft, e),
            "docdata" => docdata(draft, e),
            "pubdata" => pubdata(draft, e),
            "revision-history" => revision(draft, e),
            // CP puts the urgency in head.
            "urgency" => urgency(draft, e),
            _ => {}
        }
    }
}

/// Vendor `meta`: slugs (AAP `anpa-keyword`, NTB `NTBStikkord`), priorities, categories
/// (`anpa-category` as an `a1312cat` subject, others under the meta's name as the scheme),
/// IPTC subject codes (ANSA `category_iptc`), keywords and word counts. Other metas are kept in
/// `extensions["nitf:meta"]`.
fn meta(draft: &mut Draft, e: &Element<'_>) {
    let Some(name) = e.attr_nonblank("name") else {
        return;
    };
    let Some(content) = e.attr("content").and_then(crate::xml::collapse) else {
        return;
    };
    let key = name.to_ascii_lowercase();
    match key.as_str() {
        "anpa-keyword" | "slugline" | "slug" | "ntbstikkord" => {
            first(&mut draft.slug_meta, || Some(content));
        }
        "priority" | "aap-priority" | "ntbprioritet" | "prioridad"
            if values::one_to_nine(&content).is_some() && draft.article.priority.is_none() =>
        {
            draft.article.priority = values::one_to_nine(&content);
        }
        "anpa-category" => draft
            .article
            .subjects
            .push(Concept::coded("a1312cat", content)),
        "category" | "categoria" | "categories" | "aap-category" => draft
            .article
            .subjects
            .push(Concept::coded(key.as_str(), content)),
        "keyword" | "keywords" => draft.article.keywords.push(content),
        "author" | "writer" | "byline" => draft.article.authors.push(Author::named(content)),
        "anpa-wordcount" | "wordcount" | "word-count" | "words" => match content.parse::<u32>() {
            Ok(count) => first(&mut draft.article.word_count, || Some(count)),
            Err(_) => draft.meta_value(name, content),
        },
        _ if key.contains("iptc") && is_subject_code(&content) => {
            draft.article.subjects.push(Concept::coded("subj", content))
        }
        _ => draft.meta_value(name, content),
    }
}

impl Draft {
    /// Keeps a meta no field takes.
    /// Keeps a vendor meta's value under its name; a name given again keeps every value, in
    /// order, as a list.
    fn meta_value(&mut self, name: &str, content: String) {
        match self.meta.entry(name.to_string()) {
            std::collections::btree_map::Entry::Vacant(slot) => {
                slot.insert(Value::String(content));
            }
            std::collections::btree_map::Entry::Occupied(mut slot) => match slot.get_mut() {
                Value::Array(values) => values.push(Value::String(content)),
                first => {
                    let first = first.take();
                    slot.insert(Value::Array(vec![first, Value::String(content)]));
                }
            },
        }
    }
}

/// An eight-digit IPTC Subject Code.
fn is_subject_code(text: &str) -> bool {
    text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit())
}

/// `tobject`: `tobject.property` types are genres, `tobject.subject` codes are subjects; the
/// news type (`tobject.type`) is kept in `extensions["nitf:tobject.type"]`.
fn tobject(draft: &mut Draft, e: &Element<'_>) {
    if let Some(kind) = attr_line(e, "tobject.type") {
        draft.extension("tobject.type", Value::String(kind));
    }
    for child in e.elements() {
        match child.name.as_ref() {
            "tobject.property" => draft
                .article
                .genres
                .extend(attr_line(child, "tobject.property.type").map(Concept::named)),
            "tobject.subject" => {
                let name = [
                    "tobject.subject.detail",
                    "tobject.subject.matter",
                    "tobject.subject.type",
                ]
                .iter()
                .find_map(|attr| attr_line(child, attr));
                let refnum = child.attr("tobject.subject.refnum").unwrap_or("");
                let ipr = child.attr("tobject.subject.ipr");
                draft
                    .article
                    .subjects
                    .extend(values::subject_concept(ipr, refnum, name));
            }
            _ => {}
        }
    }
}

fn docdata(draft: &mut Draft, docdata: &Element<'_>) {
    if let Some(status) = docdata.attr_nonblank("management-status") {
        match values::read_status(status) {
            Some((status, embargoed)) => {
                draft.article.pub_status = status;
                draft.embargoed = embargoed;
            }
            None => draft.warn("pub_status", "not a management status", status),
        }
    }
    for e in docdata.elements() {
        match e.name.as_ref() {
            "doc-id" => {
                first(&mut draft.article.id, || attr_token(e, "id-string"));
                first(&mut draft.regsrc, || attr_token(e, "regsrc"));
            }
            "urgency" => urgency(draft, e),
            "date.issue" => {
                let time = draft.time(e, "norm", "published");
                first(&mut draft.issue, || time);
            }
            "date.release" => {
                let time = draft.time(e, "norm", "embargo");
                first(&mut draft.release, || time);
            }
            "date.expire" => {
                if let Some(norm) = attr_token(e, "norm") {
                    draft.extension("date.expire", Value::String(norm));
                }
            }
            "key-list" => {
                let keywords = e
                    .elements_named("keyword")
                    .filter_map(|k| attr_line(k, "key").or_else(|| line_of(k)));
                draft.article.keywords.extend(keywords);
            }
            "du-key" => du_key(draft, e),
            "ed-msg" => {
                let role = attr_line(e, "msg-type");
                let note = e.attr("info").and_then(paragraphs);
                let notes = note.map(|text| RoledText { text, role });
                draft.article.editorial_notes.extend(notes);
            }
            "doc.copyright" => first(&mut draft.copyright_holder, || attr_line(e, "holder")),
            "doc.rights" => first(&mut draft.usage, || {
                e.attr("limitations").and_then(paragraphs)
            }),
            "del-list" => {
                let sources = e
                    .elements_named("from-src")
                    .filter_map(|src| attr_line(src, "src-name"))
                    .map(Party::named);
                draft.article.sources.extend(sources);
            }
            "doc-scope" => {
                if let Some(scope) = attr_line(e, "scope") {
                    draft.extension_item("doc-scope", Value::String(scope));
                }
            }
            "evloc" if draft.event_city.is_none() => {
                draft.event_city = attr_line(e, "city");
                keep_attributes(draft, e);
            }
            "series" | "evloc" | "correction" | "fixture" => {
                keep_attributes(draft, e);
            }
            "identified-content" => identified_content(draft, e),
            // Ritzau puts these in docdata.
            "pubdata" => pubdata(draft, e),
            "revision-history" => revision(draft, e),
            _ => {}
        }
    }
}

/// `identified-content`: the people, organisations, places, events and objects the document
/// is about, as subjects of their kind; the other identifiers (`classifier`, `function`,
/// `virtloc`) keep their attributes in the extensions.
fn identified_content(draft: &mut Draft, e: &Element<'_>) {
    for child in e.elements() {
        let attr = |name: &str| child.attr(name).map(str::to_string);
        match values::entity_concept(&child.name, attr, Some(child.text())) {
            Some(entity) => draft.article.subjects.push(entity),
            None => keep_attributes(draft, child),
        }
    }
}

/// Keeps an element's attributes in `extensions["nitf:<name>"]`.
fn keep_attributes(draft: &mut Draft, e: &Element<'_>) {
    let attributes: serde_json::Map<String, Value> = e
        .attributes
        .iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(name, value)| (name.to_string(), Value::String(value.trim().into())))
        .collect();
    if !attributes.is_empty() {
        draft.extension_item(&e.name, Value::Object(attributes));
    }
}

/// `du-key`: its key is the slugline when no vendor meta names one; its version the item's.
fn du_key(draft: &mut Draft, e: &Element<'_>) {
    first(&mut draft.du_key, || attr_line(e, "key"));
    if let Some(version) = e.attr_nonblank("version") {
        match version.parse::<u32>() {
            Ok(v) if v >= 1 => first(&mut draft.article.version, || Some(v)),
            _ => draft.warn("version", "not a positive integer", version),
        }
    }
}

fn urgency(draft: &mut Draft, e: &Element<'_>) {
    let Some(raw) = e.attr_nonblank("ed-urg") else {
        return;
    };
    match values::one_to_nine(raw) {
        Some(urgency) => first(&mut draft.article.urgency, || Some(urgency)),
        None => draft.warn("urgency", "not an urgency from 1 to 9", raw),
    }
}

/// `pubdata`: the publication time (when `date.issue` gives none), a length in words and the
/// section the item appeared in.
fn pubdata(draft: &mut Draft, e: &Element<'_>) {
    let section = attr_line(e, "position.section").map(Concept::named);
    draft.article.sections.extend(section);
    let time = draft.time(e, "date.publication", "published");
    first(&mut draft.publication, || time);
    let words = e
        .attr_nonblank("unit-of-measure")
        .is_some_and(|unit| unit.eq_ignore_ascii_case("word"));
    if let Some(length) = e.attr_nonblank("item-length")
        && words
        && let Ok(count) = length.trim().parse::<u32>()
    {
        first(&mut draft.article.word_count, || Some(count));
    }
}

fn revision(draft: &mut Draft, e: &Element<'_>) {
    if let Some(time) = draft.time(e, "norm", "modified") {
        let function = attr_token(e, "function");
        draft.revisions.push((time, function));
    }
}
