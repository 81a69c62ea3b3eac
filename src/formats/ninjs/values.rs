//! ninjs values to model values: the rules the reader applies to each value, shared with
//! [`project`](super::project) so that a projection reads what the writer wrote the way the
//! reader would, and with the writer, which trims as the reader does.

use serde_json::Value;

use crate::dates::parse_feed_date;
use crate::iri::id_from_iri;
use crate::model::{
    Concept, Dateline, EntityKind, GeoPoint, ItemKind, Link, Party, PubStatus, Rendition, Timestamp,
};
use crate::vocabularies::{concept_of_uri, split_qcode, split_scheme_uri};

/// A value as text: a string, or a number as written; `None` for anything else.
/// The arrays of terms, in the order they are written and read: the subjects (topics), then
/// each kind of entity under its own name (2.x/3.x plural, then 1.x singular and the American
/// spelling readers meet). A point of interest is a place (ninjs has no array of its own for it).
pub(crate) const TERM_ARRAYS: [(&[&str], Option<EntityKind>); 6] = [
    (&["subjects", "subject"], None),
    (&["places", "place"], Some(EntityKind::Place)),
    // AP's ninjs: `persons`.
    (&["people", "person", "persons"], Some(EntityKind::Person)),
    (
        &["organisations", "organisation", "organizations"],
        Some(EntityKind::Organisation),
    ),
    (&["events", "event"], Some(EntityKind::Event)),
    (&["objects", "object"], Some(EntityKind::Object)),
];

pub(crate) fn raw_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// A short value (a headline, a name, an identifier), trimmed; `None` when blank.
pub(crate) fn short(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// A long value (a description, a copyright notice) as written; `None` when blank.
pub(crate) fn long(text: &str) -> Option<String> {
    (!text.trim().is_empty()).then(|| text.to_string())
}

/// The article id from `uri` (or Superdesk's `guid`): an id the writer had to wrap
/// (`urn:newswire:id:` + the id percent-encoded) is unwrapped.
pub(crate) fn id(uri: &str) -> Option<String> {
    short(&id_from_iri(uri))
}

/// What `type` says about the item.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A kind the model has (`component`, a part of a composite, reads as text).
    Item(ItemKind),
    /// An event or planning item: not a news item.
    NotNews(&'static str),
    /// A value outside the ninjs vocabulary (`article`, `advisory`): read as text.
    Unknown,
}

/// The item kind for a ninjs `type`.
pub(crate) fn kind(text: &str) -> Kind {
    match text.trim().to_ascii_lowercase().as_str() {
        "text" | "component" => Kind::Item(ItemKind::Text),
        "picture" | "photo" | "image" => Kind::Item(ItemKind::Picture),
        "graphic" => Kind::Item(ItemKind::Graphic),
        "video" => Kind::Item(ItemKind::Video),
        "audio" => Kind::Item(ItemKind::Audio),
        "composite" => Kind::Item(ItemKind::Composite),
        "event" => Kind::NotNews("event"),
        "planning" => Kind::NotNews("planning"),
        _ => Kind::Unknown,
    }
}

/// `pubStatus`; `None` for a value outside usable, withheld and canceled.
pub(crate) fn status(text: &str) -> Option<PubStatus> {
    match text.trim().to_ascii_lowercase().as_str() {
        "usable" | "stat:usable" => Some(PubStatus::Usable),
        "withheld" | "stat:withheld" => Some(PubStatus::Withheld),
        "canceled" | "cancelled" | "stat:canceled" => Some(PubStatus::Canceled),
        _ => None,
    }
}

/// A date-time (RFC 3339 as ninjs asks, or any form feeds use).
pub(crate) fn time(text: &str) -> Option<Timestamp> {
    parse_feed_date(text)
}

/// `urgency` 1-9 (ninjs 1.x and 2.x allow any number; only whole numbers 1-9 mean something).
pub(crate) fn urgency(value: &Value) -> Option<u8> {
    let number = match value {
        Value::Number(n) => n.as_f64()?,
        Value::String(text) => text.trim().parse().ok()?,
        _ => return None,
    };
    (number.fract() == 0.0 && (1.0..=9.0).contains(&number))
        .then(|| u8::try_from(number as i64).ok())
        .flatten()
}

/// `located`: the dateline's place, which ninjs names and does not print.
pub(crate) fn located(text: &str) -> Option<Dateline> {
    let city = short(text)?;
    let mut dateline = Dateline::new("");
    dateline.city = Some(city);
    Some(dateline)
}

/// A place's point from its GeoJSON (RFC 7946: `{"type": "Point", "coordinates": [longitude,
/// latitude]}`, a third number being the altitude), or from a `Feature` holding one. `Err`
/// for another geometry (a polygon, a line) or coordinates off the earth, which the reader
/// reports.
pub(crate) fn geojson_point(value: &Value) -> Result<GeoPoint, ()> {
    let geometry = match value.get("type").and_then(Value::as_str) {
        Some("Feature") => value.get("geometry").ok_or(())?,
        _ => value,
    };
    if geometry.get("type").and_then(Value::as_str) != Some("Point") {
        return Err(());
    }
    match geometry.get("coordinates").and_then(Value::as_array) {
        Some(position) if (2..=3).contains(&position.len()) => {
            let degrees = |i: usize| position.get(i).and_then(Value::as_f64).ok_or(());
            GeoPoint::new(degrees(1)?, degrees(0)?).ok_or(())
        }
        _ => Err(()),
    }
}

/// A subject, genre, place, person or organisation of ninjs 2.x/3.x: `uri` (an IPTC scheme URI
/// back to its alias; another cut after its last `/` or `#`), else `literal` (a QCode as scheme
/// and code, other text as a code), and `name`.
pub(crate) fn concept(
    uri: Option<&str>,
    literal: Option<&str>,
    name: Option<&str>,
) -> Option<Concept> {
    let mut concept = match (uri.and_then(short), literal.and_then(short)) {
        (Some(uri), _) => concept_of_uri(&uri),
        (None, Some(literal)) => match split_qcode(&literal) {
            Some((scheme, code)) => Concept::coded(scheme, code),
            None => code_only(literal),
        },
        (None, None) => Concept::default(),
    };
    concept.name = name.and_then(short);
    (concept != Concept::default()).then_some(concept)
}

/// A ninjs 1.x term: `scheme` (a URI; an IPTC one back to its alias), `code` and `name`.
pub(crate) fn coded_concept(
    scheme: Option<&str>,
    code: Option<&str>,
    name: Option<&str>,
) -> Option<Concept> {
    let scheme = scheme.and_then(short);
    let code = code.and_then(short);
    let mut concept = match (scheme, code) {
        (Some(scheme), Some(code)) => {
            let joined = format!("{scheme}{code}");
            match split_scheme_uri(&joined) {
                Some((alias, code)) => Concept::coded(alias, code),
                None => Concept::coded(scheme, code),
            }
        }
        (None, Some(code)) => code_only(code),
        (scheme, None) => Concept {
            scheme,
            ..Concept::default()
        },
    };
    concept.name = name.and_then(short);
    (concept.code.is_some() || concept.name.is_some()).then_some(concept)
}

fn code_only(code: String) -> Concept {
    Concept {
        code: Some(code),
        ..Concept::default()
    }
}

/// An info source (or Superdesk's `source`): `uri`, else `literal`, is the id.
pub(crate) fn party(uri: Option<&str>, literal: Option<&str>, name: Option<&str>) -> Option<Party> {
    let party = Party {
        id: uri.and_then(short).or_else(|| literal.and_then(short)),
        name: name.and_then(short),
    };
    (party != Party::default()).then_some(party)
}

/// The roles of info sources read as the provider: words, and IPTC's content production party
/// role for it as a QCode and as the URI the writer writes (ninjs 2.0 wants a URI).
const PROVIDER_ROLES: [&str; 6] = [
    "provider",
    "publisher",
    "distributor",
    "cpprole:provider",
    "cpprole:distributor",
    "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor",
];

/// Info sources with their roles as the provider (the first with a provider role) and the
/// sources (the others).
pub(crate) fn provider_and_sources<'a>(
    parties: impl IntoIterator<Item = (Party, Option<&'a str>)>,
) -> (Option<Party>, Vec<Party>) {
    let mut provider = None;
    let mut sources = Vec::new();
    for (party, role) in parties {
        let role = role.map(|r| r.trim().to_ascii_lowercase());
        if provider.is_none() && role.is_some_and(|r| PROVIDER_ROLES.contains(&r.as_str())) {
            provider = Some(party);
        } else {
            sources.push(party);
        }
    }
    (provider, sources)
}

/// A rendition of the item itself (a picture's file, a video's stream): an `enclosure` link,
/// with its facts.
pub(crate) fn rendition_link(
    href: &str,
    content_type: Option<&str>,
    title: Option<&str>,
    facts: Rendition,
) -> Option<Link> {
    Some(Link {
        rel: Some("enclosure".to_string()),
        href: short(href)?,
        media_type: content_type.and_then(short),
        title: title.and_then(short),
        rendition: (!facts.is_empty()).then_some(facts),
    })
}

/// A duration in milliseconds as ninjs's seconds; `None` when the seconds would not read back
/// (beyond 1.8e16 seconds).
pub(crate) fn duration_seconds(ms: u64) -> Option<f64> {
    let seconds = ms as f64 / 1000.0;
    duration_ms(seconds).map(|_| seconds)
}

/// ninjs's seconds as milliseconds, to the millisecond; `None` for a negative, infinite or too
/// large number.
pub(crate) fn duration_ms(seconds: f64) -> Option<u64> {
    let ms = (seconds * 1000.0).round();
    (ms.is_finite() && (0.0..1.8e19).contains(&ms)).then_some(ms as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concepts_from_uris_literals_and_1x_codes() {
        assert_eq!(
            concept(
                Some("http://cv.iptc.org/newscodes/mediatopic/20000350"),
                None,
                Some(" central bank ")
            ),
            Some(Concept {
                scheme: Some("medtop".into()),
                code: Some("20000350".into()),
                name: Some("central bank".into()),
                kind: None,
                geo: None,
                same_as: Vec::new(),
                broader: Vec::new(),
                role: None,
            })
        );
        assert_eq!(
            concept(Some("https://example.com/cv/a#b"), None, None),
            Some(Concept::coded("https://example.com/cv/a#", "b"))
        );
        assert_eq!(
            concept(None, Some("ansa:ECO"), None),
            Some(Concept::coded("ansa", "ECO"))
        );
        assert_eq!(
            concept(None, None, Some("Sport")),
            Some(Concept::named("Sport"))
        );
        assert_eq!(concept(Some(" "), Some(""), None), None);
        assert_eq!(
            coded_concept(
                Some("http://cv.iptc.org/newscodes/subjectcode/"),
                Some("04000000"),
                None
            ),
            Some(Concept::coded("subj", "04000000"))
        );
        assert_eq!(
            coded_concept(None, Some("01000000"), Some("arts")).and_then(|c| c.code),
            Some("01000000".into())
        );
    }

    #[test]
    fn numbers_and_statuses() {
        assert_eq!(urgency(&Value::from(3)), Some(3));
        assert_eq!(urgency(&Value::from(3.0)), Some(3));
        assert_eq!(urgency(&Value::from(0)), None);
        assert_eq!(urgency(&Value::from(4.5)), None);
        assert_eq!(urgency(&Value::from("2")), Some(2));
        assert_eq!(status("Cancelled"), Some(PubStatus::Canceled));
        assert_eq!(status("published"), None);
        assert_eq!(kind("Picture"), Kind::Item(ItemKind::Picture));
        assert_eq!(kind("planning"), Kind::NotNews("planning"));
        assert_eq!(kind("article"), Kind::Unknown);
    }
}
