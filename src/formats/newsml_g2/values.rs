//! Model values in the forms the G2 schema types accept: QCodes, URIs (`xs:anyURI`),
//! `g2normalizedString`, `xs:dateTime`, `xs:language`.
//!
//! The model holds whatever a source sent; a writer that promises valid output checks or
//! normalizes each value against its type, and leaves out what no normalization can save.

use crate::iri::{encode_iri, is_scheme, is_visible};
use crate::model::{Party, Timestamp};
use crate::vocabularies::is_qcode;
pub(super) use crate::writable::writable;
use crate::xml::one_line;
pub(super) use crate::xml::{collapse, paragraphs};

/// What an identifier is in G2 terms.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Id {
    /// `alias:code`, for `@qcode`, `@rel`, `@role`.
    QCode(String),
    /// An absolute URI, for `@uri`, `@reluri`, `@roleuri`.
    Uri(String),
    /// Anything else: free text, on one line, for `@literal`.
    Literal(String),
}

/// Tells a URI (`https://...`, `urn:...`, `tag:...`) from a QCode (`nprov:AFP`) from free text.
pub(super) fn classify(id: &str) -> Id {
    let id = id.trim();
    if is_uri(id) {
        Id::Uri(encode_iri(id))
    } else if is_qcode(id) {
        Id::QCode(id.to_string())
    } else {
        Id::Literal(one_line(&writable(id)))
    }
}

/// A scheme followed by `//`, or a URN, tag or mailto URI. Other `x:y` values are QCodes.
fn is_uri(id: &str) -> bool {
    let Some((scheme, rest)) = id.split_once(':') else {
        return false;
    };
    let opaque = ["urn", "tag", "mailto"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(scheme));
    is_scheme(scheme) && (rest.starts_with("//") || opaque) && is_token(id)
}

/// Non-empty, without whitespace or control characters: usable in a QCode or URI as it is.
pub(super) fn is_token(value: &str) -> bool {
    !value.is_empty() && value.chars().all(is_visible)
}

/// The `xs:dateTime` text of a time, or None when XML Schema cannot write it. A time without
/// offset stays without: G2 allows it, and guessing one would change the instant.
pub(super) fn date_time(time: Timestamp) -> Option<String> {
    time.to_xsd()
}

/// What a required time says when the article has none.
pub(super) fn epoch() -> String {
    Timestamp::UNIX_EPOCH_TEXT.to_string()
}

/// Whether text has something visible, not only whitespace and control characters.
pub(super) fn nonblank(value: &str) -> bool {
    value.chars().any(is_visible)
}

/// An optional text field that is not blank, as given (media types).
pub(super) fn text(value: Option<&str>) -> Option<&str> {
    value.filter(|v| nonblank(v))
}

/// A `g2normalizedString` value (names, keyword, slugline, creditline, literals): one line
/// without tabs, or None when blank.
pub(super) fn line(value: &str) -> Option<String> {
    nonblank(value).then(|| one_line(&writable(value)))
}

/// A mixed-content value read as one line (headline, title, dateline, byline, a link title):
/// written in the form the reader gives back, XML whitespace collapsed (a no-break space is
/// content), so that writing what was read gives the same bytes.
pub(super) fn mixed_line(value: Option<&str>) -> Option<String> {
    text(value).and_then(|v| collapse(&writable(v)))
}

/// A mixed-content value read as prose (description, editorial note, copyright notice, usage
/// terms): paragraphs at blank lines, each on one line, as the reader gives them back.
pub(super) fn prose(value: Option<&str>) -> Option<String> {
    text(value).and_then(|v| paragraphs(&writable(v)))
}

/// The provider G2 requires when the article names none (the literal `unknown`), which the
/// reader takes for no provider.
pub(super) fn unknown_provider() -> Party {
    Party {
        id: Some("unknown".into()),
        name: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_tells_uris_from_qcodes_from_text() {
        assert_eq!(classify(" nprov:AFP "), Id::QCode("nprov:AFP".into()));
        assert_eq!(
            classify("https://afp.com/"),
            Id::Uri("https://afp.com/".into())
        );
        assert_eq!(
            classify("urn:newsml:afp.com:1"),
            Id::Uri("urn:newsml:afp.com:1".into())
        );
        assert_eq!(classify("AFP"), Id::Literal("AFP".into()));
        assert_eq!(
            classify("Agence\nFrance: Presse"),
            Id::Literal("Agence France: Presse".into())
        );
        assert_eq!(classify("x:"), Id::Literal("x:".into()));
        assert_eq!(classify("a \u{1} b"), Id::Literal("a b".into()));
    }

    #[test]
    fn text_forms_are_what_the_reader_gives_back() {
        assert_eq!(mixed_line(Some(" a \u{1} b ")).as_deref(), Some("a b"));
        assert_eq!(line("a \u{1} b").as_deref(), Some("a b"));
        assert_eq!(prose(Some("\u{a0}")), None);
    }
}
