//! IRIs for formats that require them: Atom ids, `scheme` and `rel` attributes, and the JSON-LD
//! `@id`, `sameAs` and `url` values. Shared with the JSON-LD writer so that both give an article
//! the same identifier.

use crate::model::Concept;

/// What an id that is not an IRI becomes: this prefix followed by the id, percent-encoded.
pub(crate) const ID_PREFIX: &str = "urn:newswire:id:";

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
pub(crate) fn iptc_scheme_uri(alias: &str) -> Option<&'static str> {
    IPTC_SCHEMES
        .iter()
        .find(|(known, _)| *known == alias)
        .map(|(_, uri)| *uri)
}

/// A concept's scheme as a URI: the scheme itself when it is one, else the URI of a known IPTC
/// alias.
pub(crate) fn concept_scheme_uri(concept: &Concept) -> Option<String> {
    let scheme = concept.scheme.as_deref()?.trim();
    if concept.scheme_is_uri() {
        return is_iri(scheme).then(|| scheme.to_string());
    }
    iptc_scheme_uri(scheme).map(str::to_string)
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
        Some((alias, code)) => match iptc_scheme_uri(alias) {
            Some(uri) => format!("{uri}{code}"),
            None => value.to_string(),
        },
        None => value.to_string(),
    }
}

/// The article id as an IRI: the id itself when it already is one (`urn:…`, `https://…`,
/// `tag:…`, also a QCode such as `afp:123`), else [`ID_PREFIX`] followed by the id with every
/// byte outside `A-Z a-z 0-9 - . _ ~ : @ /` percent-encoded (UTF-8), so a reader can decode it.
pub(crate) fn id_iri(id: &str) -> String {
    if is_iri(id) {
        return id.to_string();
    }
    let mut out = String::from(ID_PREFIX);
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:@/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// True for an absolute IRI (RFC 3987): a scheme, a colon, and only characters an IRI may hold,
/// with `%` starting a two-digit escape.
pub(crate) fn is_iri(text: &str) -> bool {
    has_scheme(text) && text.chars().all(is_iri_char) && percent_escapes_are_valid(text)
}

/// True for an absolute `http:` or `https:` IRI: what JSON-LD `url` and Atom `uri` are for.
pub(crate) fn is_http_url(text: &str) -> bool {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && is_iri(text)
}

fn has_scheme(text: &str) -> bool {
    let Some((scheme, _)) = text.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn is_iri_char(c: char) -> bool {
    !c.is_control()
        && !c.is_whitespace()
        && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        && !matches!(c, '\u{fdd0}'..='\u{fdef}' | '\u{fffe}' | '\u{ffff}')
}

fn percent_escapes_are_valid(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| {
        b != b'%'
            || (bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_kept_and_other_ids_encoded() {
        assert_eq!(id_iri("urn:newsml:x.com:1"), "urn:newsml:x.com:1");
        assert_eq!(
            id_iri("https://x.example/a?b=1#c"),
            "https://x.example/a?b=1#c"
        );
        assert_eq!(id_iri("AFP 123/ü"), "urn:newswire:id:AFP%20123/%C3%BC");
        assert_eq!(id_iri("2024:x"), "urn:newswire:id:2024:x");
        assert_eq!(id_iri("urn:a b"), "urn:newswire:id:urn:a%20b");
        assert_eq!(id_iri("urn:a%zz"), "urn:newswire:id:urn:a%25zz");
        assert_eq!(id_iri(""), "urn:newswire:id:");
    }

    #[test]
    fn http_urls_only() {
        assert!(is_http_url("HTTPS://x.example/"));
        assert!(is_http_url("http://x.example/ä"));
        assert!(!is_http_url("urn:x"));
        assert!(!is_http_url("https://x.example/a b"));
        assert!(!is_http_url("http"));
    }

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
}
