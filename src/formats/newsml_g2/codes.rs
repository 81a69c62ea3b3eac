//! The codes G2 gives the model's words where it wants a QCode or URI: link relations and
//! author roles. The writer writes them; the reader turns them back into the words they came
//! from, by asking these same rules which word gives a code.

use super::values::{Id, classify, is_token, nonblank};
use super::{LINK_RELATIONS, ROLES};
use crate::model::EntityKind;

/// The link relation as `@rel` (a QCode) or `@reluri`. Atom/IANA names map to `irel` where IPTC
/// has the same relation, else to [`LINK_RELATIONS`]; no relation means `related`, and so does a
/// relation that fits neither attribute (two words), which readers would take for none anyway.
pub(super) fn link_rel(rel: Option<&str>) -> (&'static str, String) {
    let rel = rel.filter(|r| nonblank(r)).unwrap_or("related");
    match classify(rel) {
        Id::QCode(qcode) => ("rel", qcode),
        Id::Uri(uri) => ("reluri", uri),
        Id::Literal(name) if is_token(&name) => {
            let irel = match name.to_ascii_lowercase().as_str() {
                "related" => Some("irel:seeAlso"),
                "predecessor-version" => Some("irel:previousVersion"),
                _ => None,
            };
            let qcode = irel.map_or_else(|| LINK_RELATIONS.qcode(&name), str::to_string);
            ("rel", qcode)
        }
        Id::Literal(_) => link_rel(None),
    }
}

/// A role as `@role` or `@roleuri`: a QCode or URI as given; a word as its `cpprole` code when
/// IPTC has one (`editor`), else as a [`ROLES`] code (`writer` becomes `nwrole:writer`). None
/// when blank or unusable.
pub(super) fn role_attr(role: &str) -> Option<(&'static str, String)> {
    if !nonblank(role) {
        return None;
    }
    match classify(role) {
        Id::QCode(qcode) => Some(("role", qcode)),
        Id::Uri(uri) => Some(("roleuri", uri)),
        Id::Literal(word) => cpprole(&word)
            .or_else(|| own_code(&word))
            .map(|code| ("role", code)),
    }
}

/// An editorial note's or a headline's role as `@role` or `@roleuri`: a QCode, a list of
/// QCodes (`@role` is a QCode list: `dpaednoterole:contacts sttnote:private`) or a URI as
/// given, a word as a [`ROLES`] code (`correction` becomes `nwrole:correction`: IPTC has no
/// scheme of note or headline roles). None when blank or unusable.
pub(super) fn note_role_attr(role: &str) -> Option<(&'static str, String)> {
    text_role_attr(role, own_code)
}

/// A rendition's name as `@rendition` (one QCode) or `@renditionuri`: a QCode or a URI as given,
/// a word as a [`ROLES`] code (`thumbnail` becomes `nwrole:thumbnail`), as a note's role. None
/// when blank, or a list of QCodes (`@rendition` holds one).
pub(super) fn rendition_attr(name: &str) -> Option<(&'static str, String)> {
    match note_role_attr(name)? {
        ("role", code) if !code.contains(' ') => Some(("rendition", code)),
        ("roleuri", uri) => Some(("renditionuri", uri)),
        _ => None,
    }
}

/// IPTC's description role codes (`drol:`) a word is written as; IPTC's own examples use these
/// two.
const DROL_CODES: [&str; 2] = ["summary", "caption"];

/// A description's role as `@role` or `@roleuri`: as [`note_role_attr`], but `summary` and
/// `caption` are IPTC's `drol:` codes.
pub(super) fn description_role_attr(role: &str) -> Option<(&'static str, String)> {
    text_role_attr(role, |word| {
        DROL_CODES
            .iter()
            .find(|code| code.eq_ignore_ascii_case(word.trim()))
            .map(|code| format!("drol:{code}"))
            .or_else(|| own_code(word))
    })
}

/// A role of a text: a QCode, a list of QCodes or a URI as given, a word as `word_code` codes
/// it.
fn text_role_attr(
    role: &str,
    word_code: fn(&str) -> Option<String>,
) -> Option<(&'static str, String)> {
    if !nonblank(role) {
        return None;
    }
    // A QCode or a list of QCodes, as given (the role is not blank: there is a token).
    let tokens: Vec<&str> = role.split_whitespace().collect();
    if tokens.iter().all(|t| matches!(classify(t), Id::QCode(_))) {
        return Some(("role", tokens.join(" ")));
    }
    match classify(role) {
        Id::QCode(qcode) => Some(("role", qcode)),
        Id::Uri(uri) => Some(("roleuri", uri)),
        Id::Literal(word) => word_code(&word).map(|code| ("role", code)),
    }
}

/// The codes of IPTC's Content Production Party Role scheme (`cpprole`, 2024).
const CPPROLE_CODES: [&str; 18] = [
    "author",
    "cameraOperator",
    "contentEditor",
    "contentSource",
    "correspondent",
    "descrWriter",
    "distributor",
    "editor",
    "factChecker",
    "genAIPromptWriter",
    "imgSupplier",
    "interviewee",
    "mediaOffice",
    "metadataEditor",
    "origcont",
    "originfo",
    "producer",
    "spokesperson",
];

fn cpprole(word: &str) -> Option<String> {
    CPPROLE_CODES
        .iter()
        .find(|code| code.eq_ignore_ascii_case(word))
        .map(|code| format!("cpprole:{code}"))
}

/// A word as a code of [`ROLES`]: a QCode's code holds no spaces or control characters.
fn own_code(word: &str) -> Option<String> {
    let visible: String = word.chars().filter(|c| !c.is_control()).collect();
    let code = visible.split_whitespace().collect::<Vec<_>>().join("-");
    is_token(&code).then(|| ROLES.qcode(&code))
}

/// IPTC's concept natures (`cpnat:`) for each kind of entity, the QCode alias's scheme URI.
const CONCEPT_NATURES: [(EntityKind, &str); 6] = [
    (EntityKind::Person, "person"),
    (EntityKind::Organisation, "organisation"),
    (EntityKind::Place, "geoArea"),
    (EntityKind::PointOfInterest, "poi"),
    (EntityKind::Event, "event"),
    (EntityKind::Object, "object"),
];
const CONCEPT_NATURE_URI: &str = "http://cv.iptc.org/newscodes/cpnature/";

/// A subject's `@type` for its kind (`cpnat:person`).
pub(super) fn concept_nature(kind: EntityKind) -> String {
    let code = CONCEPT_NATURES
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("abstract", |(_, code)| code);
    format!("cpnat:{code}")
}

/// The kind a subject's `@type` names, as a `cpnat` QCode or the scheme's URI (`None` for
/// `cpnat:abstract`, a topic, and for other vocabularies).
pub(super) fn entity_kind(nature: &str) -> Option<EntityKind> {
    let nature = nature.trim();
    let code = nature
        .strip_prefix("cpnat:")
        .or_else(|| nature.strip_prefix(CONCEPT_NATURE_URI))?;
    CONCEPT_NATURES
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(kind, _)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_relations_map_to_irel_or_the_declared_iana_scheme() {
        let rel = |r: Option<&str>| {
            let (name, value) = link_rel(r);
            Some(format!("{name}={value}"))
        };
        assert_eq!(rel(None).as_deref(), Some("rel=irel:seeAlso"));
        assert_eq!(rel(Some("related")).as_deref(), Some("rel=irel:seeAlso"));
        assert_eq!(
            rel(Some("predecessor-version")).as_deref(),
            Some("rel=irel:previousVersion")
        );
        assert_eq!(
            rel(Some("enclosure")).as_deref(),
            Some("rel=ianarel:enclosure")
        );
        assert_eq!(
            rel(Some("irel:seeAlso")).as_deref(),
            Some("rel=irel:seeAlso")
        );
        assert_eq!(
            rel(Some("https://example.com/rel/x")).as_deref(),
            Some("reluri=https://example.com/rel/x")
        );
        assert_eq!(rel(Some("two words")).as_deref(), Some("rel=irel:seeAlso"));
    }

    #[test]
    fn author_roles_use_cpprole_when_iptc_has_the_code() {
        let role = |r: &str| role_attr(r).map(|(name, value)| format!("{name}={value}"));
        assert_eq!(role("Editor").as_deref(), Some("role=cpprole:editor"));
        assert_eq!(role("crol:writer").as_deref(), Some("role=crol:writer"));
        assert_eq!(role("chief sub").as_deref(), Some("role=nwrole:chief-sub"));
        assert_eq!(role("\u{1}"), None);
    }
}
