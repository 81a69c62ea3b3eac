//! Model values in the forms the G2 schema types accept: QCodes, URIs (`xs:anyURI`),
//! `g2normalizedString`, `xs:dateTime`, `xs:language`.
//!
//! The model holds whatever a source sent; a writer that promises valid output checks or
//! normalizes each value against its type, and leaves out what no normalization can save.

use chrono::{Datelike, Offset, Timelike, Utc};

use crate::model::Timestamp;
use crate::xml::one_line;

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
        Id::Uri(iri(id))
    } else if is_qcode(id) {
        Id::QCode(id.to_string())
    } else {
        Id::Literal(one_line(id))
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

/// The XSD QCode pattern `[^\s:]+:[^\s]+`, also refusing characters XML cannot carry.
pub(super) fn is_qcode(value: &str) -> bool {
    value
        .split_once(':')
        .is_some_and(|(alias, code)| !alias.is_empty() && !code.is_empty())
        && is_token(value)
}

/// Non-empty, without whitespace or control characters: usable in a QCode or URI as it is.
pub(super) fn is_token(value: &str) -> bool {
    !value.is_empty() && value.chars().all(is_visible)
}

fn is_visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// RFC 3986 `scheme`: a letter, then letters, digits, `+`, `-`, `.`.
fn is_scheme(scheme: &str) -> bool {
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A URI reference `xs:anyURI` accepts, made by percent-encoding what RFC 3986 does not allow
/// where it stands: spaces, quotes, `<>{}|\^` and backtick anywhere; stray `%`; `[` `]` outside an
/// IPv6 host; a second `#`; a `:` in the host that does not start a port, or in the first segment
/// of a relative reference. Non-ASCII characters are kept (an IRI). Valid URIs come out unchanged.
pub(super) fn iri(value: &str) -> String {
    let value = value.trim();
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    if let Some((scheme, after)) = value.split_once(':').filter(|(s, _)| is_scheme(s)) {
        out.push_str(scheme);
        out.push(':');
        rest = after;
    }
    let relative = out.is_empty();
    let has_authority = if let Some(after) = rest.strip_prefix("//") {
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let (authority_part, tail) = after.split_at_checked(end).unwrap_or((after, ""));
        out.push_str("//");
        authority(authority_part, &mut out);
        rest = tail;
        true
    } else {
        false
    };
    path_query_fragment(rest, relative && !has_authority, &mut out);
    out
}

/// `[userinfo@]host[:port]`. A host that is neither an IPv6 literal nor a name is encoded into a
/// name; a port must be digits.
fn authority(authority: &str, out: &mut String) {
    let (userinfo, host_port) = match authority.rsplit_once('@') {
        Some((userinfo, host_port)) => (Some(userinfo), host_port),
        None => (None, authority),
    };
    if let Some(userinfo) = userinfo {
        encode(userinfo, |c| is_unreserved_or_sub_delim(c) || c == ':', out);
        out.push('@');
    }
    let (host, port) = match host_port.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
            (host, Some(port))
        }
        _ => (host_port, None),
    };
    let ipv6 = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .is_some_and(|h| {
            h.chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        });
    if ipv6 {
        out.push_str(host);
    } else {
        encode(host, is_unreserved_or_sub_delim, out);
    }
    if let Some(port) = port {
        out.push(':');
        out.push_str(port);
    }
}

/// The part after the authority. In a relative reference without authority, colons before the
/// first `/` are encoded so that they are not read as a scheme.
fn path_query_fragment(rest: &str, relative: bool, out: &mut String) {
    let mut first_segment = relative;
    let mut in_fragment = false;
    for (i, c) in rest.char_indices() {
        let keep = match c {
            '%' => rest
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit())),
            '#' => !in_fragment,
            ':' => !first_segment,
            '/' | '?' | '@' => true,
            c => is_unreserved_or_sub_delim(c),
        };
        if matches!(c, '/' | '?' | '#') {
            first_segment = false;
        }
        if c == '#' {
            in_fragment = true;
        }
        push_char(c, keep, out);
    }
}

/// RFC 3986 `unreserved` and `sub-delims`, plus non-ASCII characters (IRI `ucschar`).
fn is_unreserved_or_sub_delim(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=".contains(c)
    } else {
        is_visible(c)
    }
}

/// Copies `text`, keeping characters `keep` accepts and valid `%XX` escapes, encoding the rest.
fn encode(text: &str, keep: impl Fn(char) -> bool, out: &mut String) {
    for (i, c) in text.char_indices() {
        let escape = c == '%'
            && text
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()));
        push_char(c, escape || (c != '%' && keep(c)), out);
    }
}

fn push_char(c: char, keep: bool, out: &mut String) {
    if keep {
        out.push(c);
        return;
    }
    let mut bytes = [0u8; 4];
    for byte in c.encode_utf8(&mut bytes).bytes() {
        out.push_str(&format!("%{byte:02X}"));
    }
}

/// The `xs:dateTime` text of a time, or None when XML Schema cannot write it (a year outside
/// 1-9999, a leap second). An offset `xs:dateTime` cannot hold (seconds, beyond ±14:00) is written
/// as the same instant in UTC. A time without offset stays without: G2 allows it, and guessing
/// one would change the instant.
pub(super) fn date_time(time: Timestamp) -> Option<String> {
    let writable = |t: &Timestamp| {
        let local = t.local();
        (1..=9999).contains(&local.year()) && local.nanosecond() < 1_000_000_000
    };
    if !writable(&time) {
        return None;
    }
    let time = match time.offset().map(|o| o.local_minus_utc()) {
        Some(seconds) if seconds % 60 != 0 || seconds.abs() > 14 * 3600 => {
            Timestamp::new(time.assume_utc().with_timezone(&Utc.fix()))
        }
        _ => time,
    };
    writable(&time).then(|| time.to_rfc3339())
}

/// What a required time says when the article has none.
pub(super) fn epoch() -> String {
    Timestamp::UNIX_EPOCH.to_rfc3339()
}

/// The tag when it is a well-formed `xs:language` (`[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*`).
pub(super) fn language_tag(tag: &str) -> Option<&str> {
    let tag = tag.trim();
    let subtag = |s: &str, alphabetic: bool| {
        (1..=8).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_alphabetic() || (!alphabetic && b.is_ascii_digit()))
    };
    let mut subtags = tag.split('-');
    let primary = subtags.next().is_some_and(|s| subtag(s, true));
    (primary && subtags.all(|s| subtag(s, false))).then_some(tag)
}

/// Whether text has something visible, not only whitespace and control characters.
pub(super) fn nonblank(value: &str) -> bool {
    value.chars().any(is_visible)
}

/// An optional text field that is not blank, as written: mixed-content elements (headline,
/// description, notes) keep their line breaks.
pub(super) fn text(value: Option<&str>) -> Option<&str> {
    value.filter(|v| nonblank(v))
}

/// A `g2normalizedString` value (names, keyword, slugline, creditline, literals): one line
/// without tabs, or None when blank.
pub(super) fn line(value: &str) -> Option<String> {
    nonblank(value).then(|| one_line(value))
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
    }

    #[test]
    fn iri_keeps_valid_uris_and_encodes_the_rest() {
        for valid in [
            "https://example.com/a/b?c=1&d=%20#frag",
            "https://user:pw@[2001:db8::1]:8080/p",
            "urn:newsml:example.com:20240115:X",
            "https://例え.jp/ü",
            "relative/a:b",
        ] {
            assert_eq!(iri(valid), valid);
        }
        assert_eq!(
            iri(" https://x/a b\"<>%zz "),
            "https://x/a%20b%22%3C%3E%25zz"
        );
        assert_eq!(iri("https://h:x/p"), "https://h%3Ax/p");
        assert_eq!(iri("https://h:/p#a#b[c]"), "https://h%3A/p#a%23b%5Bc%5D");
        assert_eq!(iri("a:b:c"), "a:b:c");
        assert_eq!(iri(":::"), "%3A%3A%3A");
    }

    #[test]
    fn date_times_are_xs_date_times() {
        let time = |text: &str| Timestamp::parse(text).and_then(date_time);
        assert_eq!(
            time("2024-01-15T14:05:00").as_deref(),
            Some("2024-01-15T14:05:00")
        );
        assert_eq!(
            time("2024-01-15T14:05:00.5-03:30").as_deref(),
            Some("2024-01-15T14:05:00.500-03:30")
        );
        assert_eq!(epoch(), "1970-01-01T00:00:00Z");
        let far = chrono::NaiveDate::from_ymd_opt(12_000, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(Timestamp::without_offset);
        assert_eq!(far.and_then(date_time), None);
    }

    #[test]
    fn language_tags_follow_xs_language() {
        assert_eq!(language_tag(" de-CH "), Some("de-CH"));
        assert_eq!(language_tag("zh-Hant-TW"), Some("zh-Hant-TW"));
        assert_eq!(language_tag("en_GB"), None);
        assert_eq!(language_tag("1en"), None);
        assert_eq!(language_tag(""), None);
    }
}
