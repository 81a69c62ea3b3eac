//! IRIs and URIs: checking them, making one from an arbitrary id, and percent-encoding what a
//! URI may not hold. Shared by every writer that puts identifiers in `xs:anyURI` or IRI slots
//! (G2 `@uri`/`@href`, Atom `id`/`@href`, JSON-LD `@id`/`url`).
//!
//! The grammar is iri-string's (RFC 3986 and 3987) and the escapes are percent-encoding's; what
//! is ours is the policy: which schemes a link may have, that credentials never pass on, and how
//! a value that is not a URI reference is mended into one.

use std::borrow::Cow;

use iri_string::spec::IriSpec;
use iri_string::validate;
use percent_encoding::{
    AsciiSet, CONTROLS, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode,
};

/// What an id that is not an IRI becomes: this prefix followed by the id, percent-encoded.
pub(crate) const ID_PREFIX: &str = "urn:newswire:id:";

/// The article id as an IRI: the id itself when it already is one (`urn:…`, `https://…`,
/// `tag:…`, also a QCode such as `afp:123`), else [`ID_PREFIX`] followed by the id with every
/// byte outside `A-Z a-z 0-9 - . _ ~ : @ /` percent-encoded (UTF-8), so a reader can decode it.
pub(crate) fn id_iri(id: &str) -> String {
    if is_iri(id) {
        return id.to_string();
    }
    let mut out = String::from(ID_PREFIX);
    out.extend(utf8_percent_encode(id, ID_ESCAPED));
    out
}

/// What [`id_iri`] escapes: every byte but ASCII letters, digits and `- . _ ~ : @ /`.
const ID_ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b':')
    .remove(b'@')
    .remove(b'/');

/// The id an IRI stands for, the inverse of [`id_iri`]: [`ID_PREFIX`] followed by a
/// percent-encoded id gives that id back; any other IRI is the id itself. Trimmed; an escape that
/// does not decode to UTF-8 leaves the IRI as it is.
pub(crate) fn id_from_iri(iri: &str) -> String {
    let iri = iri.trim();
    let Some(encoded) = iri.strip_prefix(ID_PREFIX) else {
        return iri.to_string();
    };
    percent_decode_str(encoded)
        .decode_utf8()
        .map_or_else(|_| iri.to_string(), Cow::into_owned)
}

/// An IRI as a URI (RFC 3987, 3.1): every non-ASCII character percent-encoded as its UTF-8
/// bytes (and any control character), for the slots whose schema wants a URI (ninjs
/// `"format": "uri"`).
pub(crate) fn iri_to_uri(iri: &str) -> Cow<'_, str> {
    utf8_percent_encode(iri, CONTROLS).into()
}

/// True for an absolute IRI (RFC 3987): a scheme, a colon, and what may follow them.
pub(crate) fn is_iri(text: &str) -> bool {
    validate::iri::<IriSpec>(text).is_ok()
}

/// True for an absolute `http:` or `https:` IRI: what JSON-LD `url` and Atom `uri` are for.
pub(crate) fn is_http_url(text: &str) -> bool {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && is_iri(text)
}

/// The origin of an absolute `http:` or `https:` URL (`https://host:port`, the scheme in lower
/// case, without credentials): the site a page is on. `None` for any other address.
pub(crate) fn origin(url: &str) -> Option<String> {
    if !is_http_url(url) {
        return None;
    }
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..end)?;
    let host = authority.rsplit('@').next().unwrap_or(authority);
    (!host.is_empty()).then(|| format!("{}://{host}", scheme.to_ascii_lowercase()))
}

/// Schemes no link, id or term may have: script URLs, data URLs and local files.
const UNSAFE_SCHEMES: [&str; 4] = ["javascript", "vbscript", "data", "file"];

/// A link target, id or term a writer may put where a URL can go: anything but script, data
/// and local-file URLs (`javascript:`, `vbscript:`, `data:`, `file:`), however disguised.
///
/// The scheme is taken as the most lenient consumer could see it: the characters before the
/// first colon, keeping only those a scheme is made of (ASCII letters, digits, `+`, `-`, `.`).
/// No space, control, noncharacter or invisible character (U+FFFF, U+FEFF, U+200B) inside or in
/// front of `javascript:` hides it, and dropping such characters later (as the XML writers drop
/// U+FFFF) cannot make a value unsafe that this calls safe.
pub(crate) fn is_safe_link(value: &str) -> bool {
    let Some(colon) = memchr::memchr(b':', value.as_bytes()) else {
        return true;
    };
    let mut scheme = value
        .get(..colon)
        .unwrap_or_default()
        .chars()
        .filter(|&c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        .map(|c| c.to_ascii_lowercase());
    // Most values start with a letter no unsafe scheme starts with (`h`ttp, `u`rn).
    let first = scheme.next();
    if !first.is_some_and(|c| matches!(c, 'j' | 'v' | 'd' | 'f')) {
        return true;
    }
    // The longest unsafe scheme has 10 characters: one of 11 is none of them.
    let mut start = ['\0'; 11];
    let mut len = 0;
    for (slot, c) in start.iter_mut().zip(first.into_iter().chain(scheme)) {
        *slot = c;
        len += 1;
    }
    let start = start.get(..len).unwrap_or_default();
    !UNSAFE_SCHEMES
        .iter()
        .any(|unsafe_scheme| unsafe_scheme.chars().eq(start.iter().copied()))
}

/// The URL without the credentials in its authority (`https://user:pass@host/` is
/// `https://host/`), when it has some; `None` otherwise. Outputs never pass a password on.
///
/// The authority is found as a browser finds it: after the first `//` (or `\\\\`, which browsers
/// read alike) when what comes before is nothing or a scheme and its colon (spaces and controls
/// ignored, as browsers drop tabs and line breaks), up to the next `/`, `?`, `#` or `\\`.
pub(crate) fn without_credentials(url: &str) -> Option<String> {
    // Credentials end with an `@`: most values have none, and are passed by one quick search.
    memchr::memchr(b'@', url.as_bytes())?;
    let start = url.find("//").into_iter().chain(url.find("\\\\")).min()?;
    let before: String = url
        .get(..start)?
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    if !before.is_empty() && !before.strip_suffix(':').is_some_and(is_scheme) {
        return None;
    }
    let authority = url.get(start + 2..)?;
    let end = authority
        .find(['/', '?', '#', '\\'])
        .unwrap_or(authority.len());
    let at = authority.get(..end)?.rfind('@')?;
    let mut out = String::with_capacity(url.len());
    out.push_str(url.get(..start + 2)?);
    out.push_str(authority.get(at + 1..)?);
    Some(out)
}

/// Printable: not whitespace, not a control character, not a noncharacter XML refuses.
pub(crate) fn is_visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// RFC 3986 `scheme`: a letter, then letters, digits, `+`, `-`, `.`.
pub(crate) fn is_scheme(scheme: &str) -> bool {
    validate::scheme(scheme).is_ok()
}

/// A URI reference `xs:anyURI` accepts, made by percent-encoding what RFC 3986 does not allow
/// where it stands: spaces, quotes, `<>{}|\^` and backtick anywhere; stray `%`; `[` `]` outside an
/// IPv6 host; a second `#`; a `:` in the host that does not start a port, or in the first segment
/// of a relative reference. Non-ASCII characters are kept (an IRI). Valid URIs come out unchanged.
pub(crate) fn encode_iri(value: &str) -> String {
    let value = value.trim();
    if validate::iri_reference::<IriSpec>(value).is_ok() {
        return value.to_string();
    }
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
    let ip_literal = host.starts_with('[') && validate::host::<IriSpec>(host).is_ok();
    if ip_literal {
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

/// RFC 3986 `unreserved` and `sub-delims`, plus the non-ASCII characters an IRI holds as they
/// are (RFC 3987 `ucschar`).
fn is_unreserved_or_sub_delim(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=".contains(c)
    } else {
        let mut bytes = [0u8; 4];
        validate::path_segment::<IriSpec>(c.encode_utf8(&mut bytes)).is_ok()
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
    out.extend(utf8_percent_encode(
        c.encode_utf8(&mut bytes),
        NON_ALPHANUMERIC,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_data_and_file_links_are_unsafe_however_disguised() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "java\tscript:x",
            "\u{1}data:text/html,x",
            "VBScript:x",
            "j a v a s c r i p t :x",
            "DATA:",
            "java\u{ffff}script:alert(document.domain)",
            "java\u{fffe}script:x",
            "\u{feff}javascript:alert(1)",
            "java\u{200b}script:x",
            "\u{a0}javascript\u{ad}:x",
            "file:///etc/passwd",
            "FILE://server/share",
        ] {
            assert!(!is_safe_link(bad), "{bad:?}");
        }
        for good in [
            "https://x.example/",
            "mailto:a@b.example",
            "/relative",
            "#anchor",
            "data",
            "",
            "javascript",
            "javascripts:x",
            "java-script:x",
            "my javascript: notes",
            "Big Data: a survey",
            "urn:x:javascript:1",
            "https://x.example/javascript:alert(1)",
        ] {
            assert!(is_safe_link(good), "{good:?}");
        }
    }

    #[test]
    fn credentials_leave_urls() {
        assert_eq!(
            without_credentials("https://user:pass@x.example/p?q=a@b").as_deref(),
            Some("https://x.example/p?q=a@b")
        );
        assert_eq!(
            without_credentials(" ftp://me@x.example").as_deref(),
            Some(" ftp://x.example")
        );
        assert_eq!(
            without_credentials("//u:p@x.example/").as_deref(),
            Some("//x.example/")
        );
        // A user name alone, with no colon anywhere.
        assert_eq!(
            without_credentials("//u@x.example/").as_deref(),
            Some("//x.example/")
        );
        assert_eq!(
            without_credentials("https://a:b@c@x.example\\p").as_deref(),
            Some("https://x.example\\p")
        );
        assert_eq!(
            without_credentials("ht\tps://user:pass@x").as_deref(),
            Some("ht\tps://x")
        );
        for none in [
            "gC_B(ehttps://user:pass@",
            "urn:x:ht%3Fps://user:pass@x",
            "mailto:https://user:pass@x",
            "https://x.example/a@b",
            "mailto:a@b.example",
            "urn:x:a@b",
            "https://x.example#@y",
            "a/b://u:p@x",
        ] {
            assert_eq!(without_credentials(none), None, "{none}");
        }
    }

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
        for id in ["AFP 123/ü", "urn:a b", "urn:a%zz", "", "urn:x:1"] {
            assert_eq!(id_from_iri(&id_iri(id)), id, "{id}");
        }
        assert_eq!(id_from_iri("urn:newswire:id:%FF"), "urn:newswire:id:%FF");
    }

    #[test]
    fn iris_become_uris() {
        assert_eq!(
            iri_to_uri("urn:newsml:iptc.org:20081007:tutorial—item-B"),
            "urn:newsml:iptc.org:20081007:tutorial%E2%80%94item-B"
        );
        assert_eq!(
            iri_to_uri("https://例え.jp/ü?a=%20"),
            "https://%E4%BE%8B%E3%81%88.jp/%C3%BC?a=%20"
        );
        assert!(matches!(iri_to_uri("urn:x:1"), Cow::Borrowed("urn:x:1")));
    }

    proptest::proptest! {
        /// iri-string is the judge: whatever the value, what is written where a URI reference
        /// goes is one, and an id comes back from the IRI made of it.
        #[test]
        fn mended_values_are_iri_references_and_ids_come_back(
            value in "[ -~\\u{0}-\\u{1f}\\u{a0}\\u{fdd0}\\u{fff0}-\\u{ffff}\\u{e000}ü—例]{0,24}|\\PC{0,12}",
        ) {
            let mended = encode_iri(&value);
            proptest::prop_assert!(
                validate::iri_reference::<IriSpec>(&mended).is_ok(),
                "{:?} → {:?}", value, mended
            );
            proptest::prop_assume!(!value.starts_with(ID_PREFIX));
            let iri = id_iri(&value);
            proptest::prop_assert!(is_iri(&iri), "{:?} → {:?}", value, iri);
            proptest::prop_assert_eq!(id_from_iri(&iri), value);
        }
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
    fn iri_keeps_valid_uris_and_encodes_the_rest() {
        for valid in [
            "https://example.com/a/b?c=1&d=%20#frag",
            "https://user:pw@[2001:db8::1]:8080/p",
            "urn:newsml:example.com:20240115:X",
            "https://例え.jp/ü",
            "relative/a:b",
        ] {
            assert_eq!(encode_iri(valid), valid);
        }
        assert_eq!(
            encode_iri(" https://x/a b\"<>%zz "),
            "https://x/a%20b%22%3C%3E%25zz"
        );
        assert_eq!(encode_iri("https://h:x/p"), "https://h%3Ax/p");
        assert_eq!(
            encode_iri("https://h:/p#a#b[c]"),
            "https://h%3A/p#a%23b%5Bc%5D"
        );
        assert_eq!(encode_iri("a:b:c"), "a:b:c");
        assert_eq!(encode_iri(":::"), "%3A%3A%3A");
    }
}
