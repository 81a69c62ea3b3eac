//! A component's metadata: `NewsLines`, `AdministrativeMetadata`, `RightsMetadata`,
//! `DescriptiveMetadata` and `TopicSet`. Every code is a `@FormalName` (with an optional
//! `@Scheme`); agencies differ in case (`Usable`, `USABLE`), so words are compared without it.

use serde_json::Value;

use super::draft::Draft;
use super::{formal_name, line_of};
use crate::model::{Author, AuthorKind, Concept, EntityKind, Party, RoledText, Timestamp};
use crate::xml::{Element, paragraphs};

/// Applies what `component` says to `draft`: its values replace inherited ones, its lists add to
/// them.
pub(super) fn apply(draft: &mut Draft, component: &Element<'_>) {
    if let Some(lang) = component.attr_nonblank("xml:lang") {
        draft.article.language = Some(language_tag(lang));
    }
    for e in component.elements() {
        match e.name.as_ref() {
            "NewsLines" => news_lines(draft, e),
            "AdministrativeMetadata" => administrative(draft, e),
            "RightsMetadata" => rights(draft, e),
            "DescriptiveMetadata" => descriptive(draft, e),
            "TopicSet" => topic_set(draft, e),
            // A provider's own metadata (`MetadataType`: Business Wire's keywords, securities
            // and social profiles): its properties, as the descriptive ones.
            "Metadata" => {
                for property in e.elements_named("Property") {
                    descriptive_property(draft, property);
                }
            }
            _ => {}
        }
    }
}

/// A language code as a BCP 47 tag: the primary subtag in lower case (`EN` is `en`).
pub(super) fn language_tag(code: &str) -> String {
    let code = code.trim();
    match code.split_once('-') {
        Some((primary, rest)) => format!("{}-{rest}", primary.to_ascii_lowercase()),
        None => code.to_ascii_lowercase(),
    }
}

/// Sets `slot` from the first value of a component (a component's value replaces an inherited
/// one; within a component the first element wins).
fn set(slot: &mut Option<String>, seen: &mut bool, value: Option<String>) {
    if !*seen && value.is_some() {
        *slot = value;
        *seen = true;
    }
}

/// `NewsLines`: headline, sub-headline, byline, dateline, credit, copyright, slug and keyword
/// lines; a `NewsLine` whose type says advisory or note is an editorial note, others are kept
/// in `extensions["newsml12:NewsLine"]`.
fn news_lines(draft: &mut Draft, lines: &Element<'_>) {
    let mut seen = [false; 7];
    for e in lines.elements() {
        let text = || line_of(e);
        match e.name.as_ref() {
            "HeadLine" => set(&mut draft.article.headline, &mut seen[0], text()),
            "SubHeadLine" => set(&mut draft.article.subheadline, &mut seen[1], text()),
            "ByLine" => set(&mut draft.article.byline, &mut seen[2], text()),
            "DateLine" => set(&mut draft.dateline_text, &mut seen[3], text()),
            "CreditLine" => set(&mut draft.article.credit, &mut seen[4], text()),
            "CopyrightLine" => set(&mut draft.article.rights.notice, &mut seen[5], text()),
            "SlugLine" => set(&mut draft.article.slugline, &mut seen[6], text()),
            "KeywordLine" => {
                if let Some(keyword) = text() {
                    draft.keyword(keyword);
                }
            }
            "RightsLine" if draft.article.rights.usage_terms.is_none() => {
                draft.article.rights.usage_terms = paragraphs(&e.text());
            }
            "SeriesLine" => {
                if let Some(series) = text() {
                    draft.extension("SeriesLine", Value::String(series));
                }
            }
            "NewsLine" => news_line(draft, e),
            _ => {}
        }
    }
}

fn news_line(draft: &mut Draft, line: &Element<'_>) {
    let kind = line.child("NewsLineType").and_then(formal_name);
    let Some(text) = line
        .child("NewsLineText")
        .and_then(|t| paragraphs(&t.text()))
    else {
        return;
    };
    let kind = kind.unwrap_or_default();
    let lower = kind.to_ascii_lowercase();
    if lower.contains("advisory") || lower.contains("note") || lower.contains("editorial") {
        let role = (!kind.is_empty()).then_some(kind);
        Draft::add(&mut draft.article.editorial_notes, RoledText { text, role });
    } else {
        let mut entry = serde_json::Map::new();
        entry.insert("type".into(), Value::String(kind));
        entry.insert("text".into(), Value::String(text));
        draft.extension_item("NewsLine", Value::Object(entry));
    }
}

/// `AdministrativeMetadata`: provider, creators and contributors (Belga's `@Topic` is the
/// role), sources, and the properties agencies put there (Belga's `Priority`,
/// `EditorialInfo` and `Topic`; ATS's `author`).
fn administrative(draft: &mut Draft, admin: &Element<'_>) {
    for e in admin.elements() {
        match e.name.as_ref() {
            "Provider" => {
                if let Some(name) = e.elements_named("Party").find_map(formal_name) {
                    draft.article.provider = Some(Party::named(name));
                }
            }
            "Creator" | "Contributor" => {
                let kind = if e.is("Creator") {
                    AuthorKind::Creator
                } else {
                    AuthorKind::Contributor
                };
                for party in e.elements_named("Party") {
                    let Some(name) = formal_name(party) else {
                        continue;
                    };
                    let mut author = Author::named(name);
                    author.kind = kind;
                    author.role = party.attr_nonblank("Topic").map(|t| t.to_ascii_lowercase());
                    // AFP: the party's `Role` (`CaptionWriter`) and `Position` properties.
                    for property in party.elements_named("Property") {
                        let value = property.attr("Value").and_then(crate::xml::collapse);
                        match property.attr_nonblank("FormalName") {
                            Some(n) if n.eq_ignore_ascii_case("role") && author.role.is_none() => {
                                author.role = value;
                            }
                            Some(n) if n.eq_ignore_ascii_case("position") => {
                                author.job_title = value;
                            }
                            _ => {}
                        }
                    }
                    draft.author(author);
                }
            }
            "Source" => {
                for name in e.elements_named("Party").filter_map(formal_name) {
                    draft.source(Party::named(name));
                }
            }
            "FileName" => {
                if let Some(name) = line_of(e) {
                    draft.extension("FileName", Value::String(name));
                }
            }
            "Property" => admin_property(draft, e),
            _ => {}
        }
    }
}

fn admin_property(draft: &mut Draft, property: &Element<'_>) {
    let Some(name) = property.attr_nonblank("FormalName") else {
        return;
    };
    let value = property.attr("Value").and_then(crate::xml::collapse);
    match (name.to_ascii_lowercase().as_str(), value) {
        ("priority", Some(value)) => match super::one_to_nine(&value) {
            Some(priority) => draft.property_priority = Some(priority),
            None => draft.warn("priority", "not a priority from 1 to 9", &value),
        },
        ("editorialinfo" | "ednote" | "editorialnote", Some(note)) => {
            Draft::add(&mut draft.article.editorial_notes, RoledText::new(note));
        }
        ("topic", Some(topic)) => {
            if draft.article.slugline.is_none() {
                draft.article.slugline = Some(topic);
            }
        }
        ("author", Some(author)) => draft.author(Author::named(author)),
        (_, Some(value)) => draft.extension(name, Value::String(value)),
        (_, None) => {}
    }
}

/// `RightsMetadata`: the copyright holder, and each `UsageRights`' usage type and limitations
/// as usage terms, in order (the first is the terms, the others further ones).
fn rights(draft: &mut Draft, rights: &Element<'_>) {
    for e in rights.elements() {
        match e.name.as_ref() {
            "Copyright" => {
                if let Some(holder) = e.child("CopyrightHolder").and_then(line_of) {
                    draft.article.rights.holder = Some(Party::named(holder));
                }
            }
            "UsageRights" => {
                let parts = e
                    .elements()
                    .filter(|part| matches!(part.name.as_ref(), "UsageType" | "Limitations"));
                for terms in parts.filter_map(|part| paragraphs(&part.text())) {
                    let rights = &mut draft.article.rights;
                    match rights.usage_terms {
                        None => rights.usage_terms = Some(terms),
                        Some(_) => rights.further_usage_terms.push(terms),
                    }
                }
            }
            _ => {}
        }
    }
}

/// `DescriptiveMetadata`: language, genres, IPTC subject codes, the origin `Location` (the
/// dateline's place), `DateLineDate`, keyword properties. An event location (EFE) is not the
/// dateline; it is kept in `extensions["newsml12:EventLocation"]`.
fn descriptive(draft: &mut Draft, meta: &Element<'_>) {
    for e in meta.elements() {
        match e.name.as_ref() {
            "Language" => {
                if let Some(code) = formal_name(e) {
                    draft.article.language = Some(language_tag(&code));
                }
            }
            "Genre" => {
                if let Some(code) = formal_name(e) {
                    draft.genre(coded(e.attr_nonblank("Scheme"), code));
                }
            }
            "SubjectCode" => {
                for subject in e.elements() {
                    if let Some(code) = formal_name(subject) {
                        draft.subject(subject_code(subject.attr_nonblank("Scheme"), code));
                    }
                }
            }
            "Location" => location(draft, e),
            "DateLineDate" => {
                let raw = e.text();
                match Timestamp::parse(&raw) {
                    Some(time) => {
                        use chrono::Datelike;
                        let local = time.local();
                        draft.dateline_date = Some(crate::model::PartialDate {
                            year: Some(local.year()),
                            month: u8::try_from(local.month()).ok(),
                            day: u8::try_from(local.day()).ok(),
                        });
                    }
                    None if raw.trim().is_empty() => {}
                    None => draft.warn("dateline.date", "not a date", &raw),
                }
            }
            "Property" => descriptive_property(draft, e),
            _ => {}
        }
    }
}

/// A concept from a `@FormalName` and an optional `@Scheme`.
pub(super) fn coded(scheme: Option<&str>, code: String) -> Concept {
    Concept {
        scheme: scheme.map(str::to_string),
        code: Some(code),
        name: None,
        kind: None,
        geo: None,
        same_as: Vec::new(),
        broader: Vec::new(),
        role: None,
    }
}

/// An IPTC Subject Code (`subj`), unless another scheme is named.
fn subject_code(scheme: Option<&str>, code: String) -> Concept {
    let iptc = scheme.is_none_or(|s| {
        let s = s.to_ascii_lowercase();
        s.contains("iptc") && s.contains("subject")
    });
    coded(if iptc { Some("subj") } else { scheme }, code)
}

fn place_properties(draft: &mut Draft, properties: &[&Element<'_>]) {
    let value = |wanted: &str| {
        properties
            .iter()
            .filter(|p| {
                p.attr("FormalName")
                    .is_some_and(|n| n.trim().eq_ignore_ascii_case(wanted))
            })
            .find_map(|p| p.attr("Value").and_then(crate::xml::collapse))
    };
    if let Some(city) = value("City") {
        draft.city = Some(city);
    }
    let country = value("Country");
    if let Some(place) = country.as_deref().map(country_place) {
        draft.subject(place);
    }
    let country = country.filter(|c| !is_country_code(c));
    if let Some(region) = value("CountryArea").or(country) {
        draft.region = Some(region);
    }
}

/// The country a story comes from as a place it is about: an ISO 3166 code under its scheme
/// (`iso3166-1a3:SLE`, AFP's; `iso3166-1a2:CH`), a name as a name. The dateline's region
/// holds a name too, but not a code, which would be lost otherwise.
fn country_place(country: &str) -> Concept {
    let mut place = if is_country_code(country) {
        let scheme = if country.len() == 2 {
            "iso3166-1a2"
        } else {
            "iso3166-1a3"
        };
        Concept::coded(scheme, country)
    } else {
        Concept::named(country)
    };
    place.kind = Some(EntityKind::Place);
    place
}

/// An ISO 3166 code (`SWE`, `CH`) rather than a name.
fn is_country_code(text: &str) -> bool {
    (2..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
}

fn location(draft: &mut Draft, location: &Element<'_>) {
    let properties: Vec<&Element<'_>> = location.elements_named("Property").collect();
    let origin = location
        .attr_nonblank("HowPresent")
        .is_none_or(|how| how.eq_ignore_ascii_case("origin"));
    if origin {
        place_properties(draft, &properties);
    } else {
        let place: serde_json::Map<String, Value> = properties
            .iter()
            .filter_map(|p| {
                let name = p.attr_nonblank("FormalName")?;
                let value = p.attr("Value").and_then(crate::xml::collapse)?;
                Some((name.to_string(), Value::String(value)))
            })
            .collect();
        if !place.is_empty() {
            draft.extension("EventLocation", Value::Object(place));
        }
    }
}

/// A `Property` of the descriptive metadata: keywords, and the city and country ANA gives
/// there; others are kept in extensions, a value with a `ValueRef` as `{"value", "ref"}`.
fn descriptive_property(draft: &mut Draft, property: &Element<'_>) {
    let Some(name) = property.attr_nonblank("FormalName") else {
        return;
    };
    let value_ref = property.attr("ValueRef").and_then(crate::xml::collapse);
    let Some(value) = property.attr("Value").and_then(crate::xml::collapse) else {
        if let Some(value_ref) = value_ref {
            draft.extension(name, serde_json::json!({ "ref": value_ref }));
        }
        return;
    };
    match (name.to_ascii_lowercase().as_str(), value_ref) {
        ("keyword", _) => draft.keyword(value),
        ("city" | "country" | "countryarea", _) => place_properties(draft, &[property]),
        ("componentclass", _) => {}
        (_, Some(value_ref)) => {
            draft.extension(
                name,
                serde_json::json!({ "value": value, "ref": value_ref }),
            );
        }
        (_, None) => draft.extension(name, Value::String(value)),
    }
}

/// `TopicSet` (ANA): the English names of subject codes, for subjects without a name.
fn topic_set(draft: &mut Draft, set: &Element<'_>) {
    for topic in set.elements_named("Topic") {
        let Some(code) = topic.child("FormalName").and_then(line_of) else {
            continue;
        };
        let names: Vec<&Element<'_>> = topic
            .elements_named("Description")
            .filter(|d| {
                d.attr("Variant")
                    .is_none_or(|v| v.trim().eq_ignore_ascii_case("name"))
            })
            .collect();
        let english = names
            .iter()
            .find(|d| d.attr("xml:lang").is_some_and(|l| l.starts_with("en")))
            .or(names.first())
            .and_then(|d| line_of(d));
        if let Some(name) = english {
            draft.topic_names.entry(code).or_insert(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_become_tags() {
        assert_eq!(language_tag("EN"), "en");
        assert_eq!(language_tag("es-ES"), "es-ES");
        assert_eq!(language_tag(" FR "), "fr");
    }

    #[test]
    fn subject_schemes() {
        let iptc = subject_code(Some("IptcSubjectCodes"), "04000000".into());
        assert_eq!(iptc.scheme.as_deref(), Some("subj"));
        assert_eq!(
            subject_code(None, "1".into()).scheme.as_deref(),
            Some("subj")
        );
        assert_eq!(
            subject_code(Some("AfpCat"), "ECO".into()).scheme.as_deref(),
            Some("AfpCat")
        );
        assert!(is_country_code("SWE") && !is_country_code("België"));
    }

    #[test]
    fn a_country_is_a_place_by_its_iso_code_or_its_name() {
        let place = |scheme: Option<&str>, code: Option<&str>, name: Option<&str>| Concept {
            scheme: scheme.map(str::to_string),
            code: code.map(str::to_string),
            name: name.map(str::to_string),
            kind: Some(EntityKind::Place),
            geo: None,
            same_as: Vec::new(),
            broader: Vec::new(),
            role: None,
        };
        assert_eq!(
            country_place("SLE"),
            place(Some("iso3166-1a3"), Some("SLE"), None)
        );
        assert_eq!(
            country_place("CH"),
            place(Some("iso3166-1a2"), Some("CH"), None)
        );
        assert_eq!(country_place("België"), place(None, None, Some("België")));
    }
}
