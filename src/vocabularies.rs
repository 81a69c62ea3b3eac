//! IPTC vocabularies: the scheme aliases of IPTC catalog 41 and the URIs they stand for, QCodes
//! (`medtop:20000350`), and the codes of the item nature and publication status schemes. Writers
//! that need URIs (Atom, JSON-LD) expand QCodes with it; the G2 writer checks QCodes with it; G2,
//! ninjs and JSON-LD write an item's nature and status in its words.

use crate::iri::{is_iri, is_visible};
use crate::model::{Concept, ItemKind, PubStatus};

/// The code of an item's kind in the IPTC NewsItem Nature scheme (`ninat`): `text`, `picture`,
/// ... (ninjs's `type` takes the same words).
pub(crate) fn nature_code(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Text => "text",
        ItemKind::Picture => "picture",
        ItemKind::Graphic => "graphic",
        ItemKind::Video => "video",
        ItemKind::Audio => "audio",
        ItemKind::Composite => "composite",
    }
}

/// The code of a publication status in the IPTC scheme `stat`: `usable`, `withheld`, `canceled`
/// (ninjs's `pubStatus` takes the same words).
pub(crate) fn status_code(status: PubStatus) -> &'static str {
    match status {
        PubStatus::Usable => "usable",
        PubStatus::Withheld => "withheld",
        PubStatus::Canceled => "canceled",
    }
}

/// IPTC scheme aliases (catalog 41) whose codes are used as subjects, genres, places and link
/// relations, with the scheme URI each alias stands for. A QCode with another alias cannot be
/// turned into a URI without the provider's catalog.
const IPTC_SCHEMES: [(&str, &str); 13] = [
    ("medtop", "http://cv.iptc.org/newscodes/mediatopic/"),
    ("subj", "http://cv.iptc.org/newscodes/subjectcode/"),
    ("genre", "http://cv.iptc.org/newscodes/genre/"),
    ("prodgenre", "http://cv.iptc.org/newscodes/productgenre/"),
    ("scn", "http://cv.iptc.org/newscodes/scene/"),
    ("squ", "http://cv.iptc.org/newscodes/subjectqualifier/"),
    ("irel", "http://cv.iptc.org/newscodes/itemrelation/"),
    ("nprov", "http://cv.iptc.org/newscodes/newsprovider/"),
    ("geonames", "http://sws.geonames.org/"),
    ("wikidata", "http://www.wikidata.org/entity/"),
    ("iso3166-1a2", "http://cvx.iptc.org/iso3166-1a2/"),
    ("iso3166-1a3", "http://cvx.iptc.org/iso3166-1a3/"),
    ("iso3166-2", "http://cvx.iptc.org/iso3166-2/"),
];

/// The scheme URI of a known IPTC alias (`medtop` → `http://cv.iptc.org/newscodes/mediatopic/`).
pub(crate) fn scheme_uri(alias: &str) -> Option<&'static str> {
    IPTC_SCHEMES
        .iter()
        .find(|(known, _)| *known == alias)
        .map(|(_, uri)| *uri)
}

/// A URI under a known IPTC scheme as its alias and code, the inverse of [`concept_uri`] and
/// [`expand_qcode`] (`http://cv.iptc.org/newscodes/mediatopic/20000350` → `medtop`,
/// `20000350`). `https` is accepted for `http`. `None` for other URIs and for a bare scheme URI.
pub(crate) fn split_scheme_uri(uri: &str) -> Option<(&'static str, &str)> {
    let rest = uri.trim();
    let rest = rest
        .strip_prefix("http://")
        .or_else(|| rest.strip_prefix("https://"))?;
    IPTC_SCHEMES.iter().find_map(|(alias, scheme)| {
        let scheme = scheme.strip_prefix("http://")?;
        let code = rest.strip_prefix(scheme).filter(|code| !code.is_empty())?;
        Some((*alias, code))
    })
}

/// A concept URI as scheme and code, as the JSON readers (JSON-LD, ninjs) take one: an IPTC
/// scheme URI as its alias, another cut after its last `/` or `#`, one with nothing after it as
/// a code alone.
pub(crate) fn concept_of_uri(uri: &str) -> Concept {
    let uri = uri.trim();
    if let Some((alias, code)) = split_scheme_uri(uri) {
        return Concept::coded(alias, code);
    }
    match uri
        .rfind(['/', '#'])
        .and_then(|i| uri.split_at_checked(i + 1))
    {
        Some((scheme, code)) if !code.is_empty() => Concept::coded(scheme, code),
        _ => Concept {
            code: Some(uri.to_string()),
            ..Concept::default()
        },
    }
}

/// The alias of a known IPTC scheme URI (`http://cv.iptc.org/newscodes/mediatopic/` →
/// `medtop`), the inverse of [`scheme_uri`]; `https` is accepted for `http`.
pub(crate) fn scheme_alias(uri: &str) -> Option<&'static str> {
    let rest = uri.trim();
    let rest = rest
        .strip_prefix("http://")
        .or_else(|| rest.strip_prefix("https://"))?;
    IPTC_SCHEMES
        .iter()
        .find(|(_, scheme)| scheme.strip_prefix("http://") == Some(rest))
        .map(|(alias, _)| *alias)
}

/// A concept's scheme as a URI: the scheme itself when it is one, else the URI of a known IPTC
/// alias.
pub(crate) fn concept_scheme_uri(concept: &Concept) -> Option<String> {
    let scheme = concept.scheme.as_deref()?.trim();
    if concept.scheme_is_uri() {
        return is_iri(scheme).then(|| scheme.to_string());
    }
    scheme_uri(scheme).map(str::to_string)
}

/// The concept as a URI (scheme URI + code), expanding known IPTC aliases.
pub(crate) fn concept_uri(concept: &Concept) -> Option<String> {
    let code = concept
        .code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())?;
    let uri = format!("{}{code}", concept_scheme_uri(concept)?);
    is_iri(&uri).then_some(uri)
}

/// A QCode (`medtop:20000350`) as a URI when its alias is a known IPTC scheme; any other value
/// unchanged. Used for G2 link relations (`irel:seeAlso`).
pub(crate) fn expand_qcode(value: &str) -> String {
    match value.split_once(':') {
        Some((alias, code)) => match scheme_uri(alias) {
            Some(uri) => format!("{uri}{code}"),
            None => value.to_string(),
        },
        None => value.to_string(),
    }
}

/// A QCode's alias and code (`medtop:20000350` → `medtop`, `20000350`): text without whitespace,
/// with an alias that is not a URI scheme part (no `/`).
pub(crate) fn split_qcode(text: &str) -> Option<(&str, &str)> {
    let (alias, code) = text.split_once(':')?;
    let word = |s: &str| !s.is_empty() && !s.contains(char::is_whitespace);
    (word(alias) && word(code) && !alias.contains('/') && !code.starts_with("//"))
        .then_some((alias, code))
}

/// The XSD QCode pattern `[^\s:]+:[^\s]+`, also refusing characters XML cannot carry.
pub(crate) fn is_qcode(value: &str) -> bool {
    value
        .split_once(':')
        .is_some_and(|(alias, code)| !alias.is_empty() && !code.is_empty())
        && value.chars().all(is_visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concepts_resolve_uri_schemes_and_known_aliases() {
        let medtop = Concept::coded("medtop", "20000350");
        assert_eq!(
            concept_uri(&medtop).as_deref(),
            Some("http://cv.iptc.org/newscodes/mediatopic/20000350")
        );
        let uri = Concept::coded("http://example.com/cv/", "a");
        assert_eq!(
            concept_uri(&uri).as_deref(),
            Some("http://example.com/cv/a")
        );
        assert_eq!(concept_uri(&Concept::coded("ansa", "x")), None);
        assert_eq!(concept_uri(&Concept::named("sport")), None);
        assert_eq!(
            expand_qcode("irel:seeAlso"),
            "http://cv.iptc.org/newscodes/itemrelation/seeAlso"
        );
        assert_eq!(expand_qcode("alternate"), "alternate");
    }

    #[test]
    fn scheme_uris_map_back_to_aliases() {
        assert_eq!(
            split_scheme_uri("https://cv.iptc.org/newscodes/mediatopic/20000350"),
            Some(("medtop", "20000350"))
        );
        assert_eq!(
            split_scheme_uri("http://cv.iptc.org/newscodes/itemrelation/seeAlso"),
            Some(("irel", "seeAlso"))
        );
        assert_eq!(
            split_scheme_uri("http://cv.iptc.org/newscodes/genre/"),
            None
        );
        assert_eq!(split_scheme_uri("https://example.com/cv/a"), None);
        assert_eq!(
            scheme_alias("http://cv.iptc.org/newscodes/genre/"),
            Some("genre")
        );
        assert_eq!(scheme_alias("https://example.com/cv/"), None);
    }
}
