//! AP's classification terms: subjects, places, people, organisations and events from the AP
//! News Taxonomy (`scheme` `http://cv.ap.org/id/`) and AP's category codes, each with the
//! relations (`rels`) that say how the item relates to it.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::formats::ninjs::values::{coded_concept, short};
use crate::formats::ninjs::{field, field_str, term_point};
use crate::model::{Concept, EntityKind, GeoPoint, Warning};

/// The item's arrays of terms, in the order they are read (the ninjs reader's: topics, then
/// places, people, organisations and events), each with its kind.
pub(super) const TERM_ARRAYS: [(&[&str], Option<EntityKind>); 5] = [
    (&["subject"], None),
    (&["place"], Some(EntityKind::Place)),
    (&["person"], Some(EntityKind::Person)),
    (
        &["organization", "organisation", "company"],
        Some(EntityKind::Organisation),
    ),
    (&["event"], Some(EntityKind::Event)),
];

/// The keys of a term this module reads (lower case).
const TERM_KEYS: [&str; 7] = [
    "code",
    "name",
    "scheme",
    "rels",
    "parentids",
    "geometry_geojson",
    "geojson",
];

/// The terms of one array (`subject`, `person`, ...): `scheme` + `code` and `name`, the kind of
/// the array, `rels` the role, `parentids` the broader concepts, the point; a term with
/// neither code nor name, and what else terms hold (`creator`, `types`, `locationtype`,
/// `topparent`), are warnings.
pub(super) fn terms(
    value: Option<&Value>,
    key: &str,
    kind: Option<EntityKind>,
    warnings: &mut Vec<Warning>,
) -> Vec<Concept> {
    let members: Vec<&Value> = match value {
        None => return Vec::new(),
        Some(Value::Array(members)) => members.iter().collect(),
        Some(one) => vec![one],
    };
    let mut unread = BTreeSet::new();
    let mut read = Vec::new();
    for term in members {
        match term {
            Value::Object(object) => {
                unread.extend(
                    object
                        .iter()
                        .filter(|(k, v)| {
                            !v.is_null() && !TERM_KEYS.contains(&k.to_ascii_lowercase().as_str())
                        })
                        .map(|(k, _)| k.as_str()),
                );
                if let Some(concept) = concept(term, kind, warnings) {
                    read.push(concept);
                } else {
                    warnings.push(Warning::new(
                        "subjects",
                        format!("a `{key}` term with neither code nor name is not read"),
                        Some(term.to_string()),
                    ));
                }
            }
            Value::String(name) => read.extend(short(name).map(|name| Concept {
                kind,
                ..Concept::named(name)
            })),
            Value::Null => {}
            other => warnings.push(Warning::new(
                "subjects",
                format!("a `{key}` term that is neither an object nor a name is not read"),
                Some(other.to_string()),
            )),
        }
    }
    if !unread.is_empty() {
        let keys: Vec<&str> = unread.into_iter().collect();
        warnings.push(Warning::new(
            "subjects",
            format!("the `{key}` terms' {} not read", keys.join(", ")),
            None,
        ));
    }
    read
}

/// One term as a concept, or `None` when it has neither code nor name.
fn concept(term: &Value, kind: Option<EntityKind>, warnings: &mut Vec<Warning>) -> Option<Concept> {
    let scheme = field_str(term, "scheme");
    let mut concept = coded_concept(scheme, field_str(term, "code"), field_str(term, "name"))?;
    concept.kind = kind;
    concept.role = rels(field(term, "rels"));
    concept.geo = point(term, warnings);
    concept.broader = strings(field(term, "parentids"))
        .filter_map(|id| coded_concept(scheme, Some(id), None))
        .collect();
    Some(concept)
}

/// `rels` (`["direct"]`, `["category"]`): the role, several separated by spaces.
fn rels(value: Option<&Value>) -> Option<String> {
    let rels: Vec<String> = strings(value).filter_map(short).collect();
    (!rels.is_empty()).then(|| rels.join(" "))
}

/// The strings of a value that is a string or an array of them.
fn strings(value: Option<&Value>) -> impl Iterator<Item = &str> {
    let members: Vec<&Value> = match value {
        Some(Value::Array(members)) => members.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    members.into_iter().filter_map(Value::as_str)
}

/// An object's GeoJSON point (`geometry_geojson`, ninjs 2.x's `geojson`); another geometry
/// is a warning.
pub(super) fn point(object: &Value, warnings: &mut Vec<Warning>) -> Option<GeoPoint> {
    let geometry = field(object, "geometry_geojson")
        .or_else(|| field(object, "geojson"))
        .filter(|g| !g.is_null())?;
    term_point(geometry, warnings)
}
