//! G2 values back to model values: QCodes, URIs and literals to parties, authors and concepts;
//! the writer's role and relation codes back to the words they came from.
//!
//! Each function takes the attribute values as strings, so that [`project`](super::project()) can
//! feed it what the writer would write and get what the reader would read.

use super::super::codes::{description_role_attr, link_rel, note_role_attr, role_attr};
use super::super::{LINK_RELATIONS, ROLES};
use super::text::{attr, collapse, first_token, line_of};
use crate::model::{Author, AuthorKind, Concept, ItemKind, Party, PubStatus};
use crate::xml::Element;

/// The identifier attributes and the name of a flexible G2 property (FlexParty, FlexAuthor,
/// Flex1Prop): `@qcode`, `@uri`, `@literal`, `name`.
#[derive(Debug, Default, Clone)]
pub(in crate::formats::newsml_g2) struct Flex {
    pub qcode: Option<String>,
    pub uri: Option<String>,
    pub literal: Option<String>,
    pub name: Option<String>,
}

impl Flex {
    /// The attributes and the first non-blank `name` child of `element`.
    pub fn of(element: &Element<'_>) -> Flex {
        Flex {
            qcode: attr(element, "qcode"),
            uri: attr(element, "uri"),
            literal: attr(element, "literal"),
            name: element.elements_named("name").find_map(line_of),
        }
    }

    /// A literal the writer used for the name (G2 identifies a party without a code by a
    /// literal) says nothing more than the name.
    fn literal_is_name(&self) -> bool {
        self.literal.is_some() && self.literal == self.name
    }

    /// `@qcode`, else `@uri`, else a literal that is not the name.
    fn id(&self) -> Option<String> {
        let literal = self.literal.clone().filter(|_| !self.literal_is_name());
        self.qcode.clone().or_else(|| self.uri.clone()).or(literal)
    }
}

/// A party: its code or URI (or a literal other than the name) as the id, and its name. A
/// literal alone is the id (`<provider literal="reuters.com"/>`).
pub(in crate::formats::newsml_g2) fn party(flex: &Flex) -> Option<Party> {
    let party = Party {
        id: flex.id(),
        name: flex.name.clone(),
    };
    (party.id.is_some() || party.name.is_some()).then_some(party)
}

/// The parts of a `creator` or `contributor` beyond [`Flex`].
#[derive(Debug, Default, Clone)]
pub(in crate::formats::newsml_g2) struct AuthorParts {
    pub flex: Flex,
    /// `@role` (first QCode) or `@roleuri`, with the attribute's name.
    pub role: Option<(&'static str, String)>,
    /// `@jobtitle` or `@jobtitleuri` (one QCode or IRI; a free-text title some feeds put there
    /// is kept whole, on one line), else the text of `note[@role='nwrole:jobtitle']`.
    pub job_title: Option<String>,
}

/// `@role` (every QCode of the list) or `@roleuri`, with the attribute's name.
pub(in crate::formats::newsml_g2) fn role_list_of(
    element: &Element<'_>,
) -> Option<(&'static str, String)> {
    let list = element.attr_nonblank("role").and_then(collapse);
    list.map(|r| ("role", r))
        .or_else(|| first_token(element, "roleuri").map(|r| ("roleuri", r)))
}

/// `@role` (its first QCode) or `@roleuri`, with the attribute's name.
pub(in crate::formats::newsml_g2) fn role_of(
    element: &Element<'_>,
) -> Option<(&'static str, String)> {
    first_token(element, "role")
        .map(|r| ("role", r))
        .or_else(|| first_token(element, "roleuri").map(|r| ("roleuri", r)))
}

impl AuthorParts {
    pub fn of(element: &Element<'_>) -> AuthorParts {
        let role = role_of(element);
        let job_title_note = || {
            element
                .elements_named("note")
                .filter(|note| note.attr_nonblank("role") == Some(super::super::JOB_TITLE_ROLE))
                .find_map(line_of)
        };
        let whole = |name: &str| element.attr_nonblank(name).and_then(collapse);
        let job_title = whole("jobtitle")
            .or_else(|| whole("jobtitleuri"))
            .or_else(job_title_note);
        AuthorParts {
            flex: Flex::of(element),
            role,
            job_title,
        }
    }
}

/// An author: the name from `name`, else from a literal; the id from a code, a URI, or a
/// literal other than the name; the role as the word the writer coded. `None` when there is
/// neither a name nor an id (`<creator literal=""/>`).
pub(in crate::formats::newsml_g2) fn author(
    parts: &AuthorParts,
    kind: AuthorKind,
) -> Option<Author> {
    let flex = &parts.flex;
    let name = flex.name.clone().or_else(|| flex.literal.clone());
    let id = match &flex.name {
        Some(_) => flex.id(),
        None => flex.qcode.clone().or_else(|| flex.uri.clone()),
    };
    if name.is_none() && id.is_none() {
        return None;
    }
    let mut author = Author::named(name.unwrap_or_default());
    author.id = id;
    author.kind = kind;
    author.role = parts
        .role
        .as_ref()
        .map(|(attr, value)| role_word(attr, value));
    author.job_title = parts.job_title.clone();
    Some(author)
}

/// Undoes the writer's role codes: `cpprole:editor` is `editor` and `nwrole:chief-sub` is
/// `chief-sub`, exactly when the writer codes that word so. Any other role is kept as given.
pub(super) fn role_word(attr: &str, value: &str) -> String {
    role_word_by(attr, value, role_attr)
}

/// Undoes the writer's note and headline role codes: `nwrole:correction` is `correction`,
/// exactly when the writer codes that word so. Any other role is kept as given.
pub(in crate::formats::newsml_g2) fn note_role_word(attr: &str, value: &str) -> String {
    role_word_by(attr, value, note_role_attr)
}

/// A rendition's name from `@rendition` (the word the writer coded as an `nwrole:` code, else
/// the QCode as given) or `@renditionuri`.
pub(in crate::formats::newsml_g2) fn rendition_name(element: &Element<'_>) -> Option<String> {
    match first_token(element, "rendition") {
        Some(qcode) => Some(note_role_word("role", &qcode)),
        None => first_token(element, "renditionuri"),
    }
}

/// Undoes the writer's description role codes: `drol:caption` is `caption` and
/// `nwrole:teaser` is `teaser`, exactly when the writer codes that word so. Any other role is
/// kept as given.
pub(in crate::formats::newsml_g2) fn description_role_word(attr: &str, value: &str) -> String {
    role_word_by(attr, value, description_role_attr)
}

/// Undoes `encode`: the word it codes as `value`, else `value` as given.
fn role_word_by(
    attr: &str,
    value: &str,
    encode: fn(&str) -> Option<(&'static str, String)>,
) -> String {
    if attr == "role" {
        let own = format!("{}:", ROLES.alias);
        for prefix in ["cpprole:", "drol:", own.as_str()] {
            if let Some(word) = value.strip_prefix(prefix)
                && encode(word).is_some_and(|(a, v)| a == "role" && v == value)
            {
                return word.to_string();
            }
        }
    }
    value.to_string()
}

/// Undoes the writer's link relations: `irel:seeAlso` is no relation (related),
/// `irel:previousVersion` is `predecessor-version` and `ianarel:enclosure` is `enclosure`,
/// exactly when the writer codes that relation so. Others are kept as given.
pub(in crate::formats::newsml_g2) fn link_relation(
    rel: Option<&str>,
    reluri: Option<&str>,
) -> Option<String> {
    let Some(rel) = rel else {
        return reluri.map(str::to_string);
    };
    let own = format!("{}:", LINK_RELATIONS.alias);
    let candidates = [
        None,
        Some("predecessor-version"),
        rel.strip_prefix(own.as_str()),
    ];
    for candidate in candidates {
        if link_rel(candidate) == ("rel", rel.to_string()) {
            return candidate.map(str::to_string);
        }
    }
    Some(rel.to_string())
}

/// A concept: a QCode is a scheme alias and a code, a URI a scheme URI (up to the last `/` or
/// `#`) and a code, a literal other than the name a code without scheme.
pub(in crate::formats::newsml_g2) fn concept(flex: &Flex) -> Option<Concept> {
    let (scheme, code) = if let Some(qcode) = &flex.qcode {
        split_qcode(qcode)
    } else if let Some(uri) = &flex.uri {
        split_uri(uri)
    } else {
        let literal = flex.literal.clone().filter(|_| !flex.literal_is_name());
        (None, literal)
    };
    let concept = Concept {
        scheme,
        code,
        name: flex.name.clone(),
        kind: None,
        geo: None,
        same_as: Vec::new(),
        broader: Vec::new(),
        role: None,
    };
    (concept.scheme.is_some() || concept.code.is_some() || concept.name.is_some())
        .then_some(concept)
}

fn split_qcode(qcode: &str) -> (Option<String>, Option<String>) {
    match qcode.split_once(':') {
        Some((alias, code)) if !alias.is_empty() && !code.is_empty() => {
            (Some(alias.to_string()), Some(code.to_string()))
        }
        _ => (None, Some(qcode.to_string())),
    }
}

/// Splits after the last `/` or `#` that has something after it and a `/` before it, so that
/// the scheme is a URI and scheme + code is the URI again (`http://x/a/` is `http://x/` and
/// `a/`).
fn split_uri(uri: &str) -> (Option<String>, Option<String>) {
    let split = uri
        .char_indices()
        .rev()
        .filter(|(_, c)| matches!(c, '/' | '#'))
        .map(|(i, _)| uri.split_at(i + 1))
        .find(|(scheme, code)| scheme.contains('/') && !code.is_empty());
    match split {
        Some((scheme, code)) => (Some(scheme.to_string()), Some(code.to_string())),
        None => (None, Some(uri.to_string())),
    }
}

/// The code of a QCode or URI: what follows the last `:`, `/` or `#` (`ninat:text`,
/// `http://cv.iptc.org/newscodes/ninature/text`).
pub(super) fn code_of(value: &str) -> &str {
    value.rsplit([':', '/', '#']).next().unwrap_or(value)
}

/// The item kind for an `itemClass` code; `None` for a code outside the model's kinds.
pub(super) fn item_kind(code: &str) -> Option<ItemKind> {
    Some(match code.to_ascii_lowercase().as_str() {
        "text" => ItemKind::Text,
        "picture" | "photo" | "image" => ItemKind::Picture,
        "graphic" => ItemKind::Graphic,
        "video" => ItemKind::Video,
        "audio" => ItemKind::Audio,
        "composite" | "package" => ItemKind::Composite,
        _ => return None,
    })
}

/// The publication status for a `pubStatus` code.
pub(super) fn pub_status(code: &str) -> Option<PubStatus> {
    Some(match code.to_ascii_lowercase().as_str() {
        "usable" => PubStatus::Usable,
        "withheld" => PubStatus::Withheld,
        "canceled" | "cancelled" => PubStatus::Canceled,
        _ => return None,
    })
}

/// A 1-9 scale value (urgency, priority).
pub(super) fn one_to_nine(text: &str) -> Option<u8> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (1..=9).contains(n))
}

/// The text of a line or `None`; used for names of places, which the writer gives one per
/// element.
pub(super) fn place_name(element: &Element<'_>) -> Option<String> {
    element
        .elements_named("name")
        .find_map(line_of)
        .or_else(|| element.attr_nonblank("literal").and_then(collapse))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flex(
        qcode: Option<&str>,
        uri: Option<&str>,
        literal: Option<&str>,
        name: Option<&str>,
    ) -> Flex {
        Flex {
            qcode: qcode.map(String::from),
            uri: uri.map(String::from),
            literal: literal.map(String::from),
            name: name.map(String::from),
        }
    }

    #[test]
    fn concepts_from_qcodes_uris_and_literals() {
        let c = concept(&flex(Some("medtop:20000350"), None, None, Some("bank"))).unwrap();
        assert_eq!(
            (c.scheme.as_deref(), c.code.as_deref(), c.name.as_deref()),
            (Some("medtop"), Some("20000350"), Some("bank"))
        );
        let c = concept(&flex(
            None,
            Some("http://cv.iptc.org/newscodes/mediatopic/1"),
            None,
            None,
        ))
        .unwrap();
        assert_eq!(
            c.scheme.as_deref(),
            Some("http://cv.iptc.org/newscodes/mediatopic/")
        );
        assert_eq!(c.code.as_deref(), Some("1"));
        let c = concept(&flex(None, Some("http://x/a/"), None, None)).unwrap();
        assert_eq!(
            (c.scheme.as_deref(), c.code.as_deref()),
            (Some("http://x/"), Some("a/"))
        );
        let c = concept(&flex(None, Some("urn:x#y"), None, None)).unwrap();
        assert_eq!((c.scheme, c.code.as_deref()), (None, Some("urn:x#y")));
        let named = concept(&flex(None, None, Some("sport"), Some("sport"))).unwrap();
        assert_eq!(named, Concept::named("sport"));
        let coded = concept(&flex(None, None, Some("TT:02000000:LAG"), None)).unwrap();
        assert_eq!(coded.code.as_deref(), Some("TT:02000000:LAG"));
        assert!(concept(&Flex::default()).is_none());
    }

    #[test]
    fn parties_and_authors_tell_literal_ids_from_names() {
        let p = party(&flex(None, None, Some("ANSA"), Some("ANSA"))).unwrap();
        assert_eq!(p, Party::named("ANSA"));
        let p = party(&flex(None, None, Some("reuters.com"), None)).unwrap();
        assert_eq!((p.id.as_deref(), p.name), (Some("reuters.com"), None));
        let parts = AuthorParts {
            flex: flex(None, None, Some("Reuters"), None),
            ..AuthorParts::default()
        };
        let a = author(&parts, AuthorKind::Creator).unwrap();
        assert_eq!((a.name.as_str(), a.id), ("Reuters", None));
        let empty = AuthorParts {
            flex: flex(None, None, None, None),
            ..AuthorParts::default()
        };
        assert!(author(&empty, AuthorKind::Creator).is_none());
    }

    #[test]
    fn writer_codes_go_back_to_words() {
        assert_eq!(role_word("role", "cpprole:editor"), "editor");
        assert_eq!(role_word("role", "nwrole:chief-sub"), "chief-sub");
        assert_eq!(
            role_word("role", "cpprole:unknownRole"),
            "cpprole:unknownRole"
        );
        assert_eq!(role_word("role", "crol:writer"), "crol:writer");
        assert_eq!(link_relation(Some("irel:seeAlso"), None), None);
        assert_eq!(
            link_relation(Some("irel:previousVersion"), None).as_deref(),
            Some("predecessor-version")
        );
        assert_eq!(
            link_relation(Some("ianarel:enclosure"), None).as_deref(),
            Some("enclosure")
        );
        assert_eq!(
            link_relation(Some("ianarel:related"), None).as_deref(),
            Some("ianarel:related")
        );
        assert_eq!(
            link_relation(Some("dparel:shorturl"), None).as_deref(),
            Some("dparel:shorturl")
        );
        assert_eq!(
            link_relation(None, Some("https://x/r")).as_deref(),
            Some("https://x/r")
        );
    }

    #[test]
    fn codes() {
        assert_eq!(code_of("ninat:text"), "text");
        assert_eq!(
            code_of("http://cv.iptc.org/newscodes/ninature/picture"),
            "picture"
        );
        assert_eq!(item_kind("Composite"), Some(ItemKind::Composite));
        assert_eq!(pub_status("cancelled"), Some(PubStatus::Canceled));
        assert_eq!(one_to_nine(" 4 "), Some(4));
        assert_eq!(one_to_nine("0"), None);
    }
}
