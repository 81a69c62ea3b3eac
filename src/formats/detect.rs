//! Format detection: content sniffing first, then the file extension.

use std::path::Path;

use super::{Format, Sniff, Sniffed, descriptors};
use crate::Error;

/// How many leading bytes sniffing looks at.
const SNIFF_LEN: usize = 8192;

/// Tells the format of `input` from its content, falling back to the extension of `path`.
///
/// Content wins over the extension, because agency files are often misnamed (`.txt` holding
/// IPTC 7901, `.xml` holding anything).
///
/// ```
/// use newswire::{detect, Format};
/// assert_eq!(detect(b"<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>", None)?, Format::NewsmlG2);
/// assert_eq!(detect(b"HEADLINE\n\nROMA (ANSA) - Text.", None)?, Format::Text);
/// assert_eq!(detect(b"", Some("story.txt".as_ref()))?, Format::Text);
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn detect(input: &[u8], path: Option<&Path>) -> Result<Format, Error> {
    if let Some(format) = sniff(input) {
        return Ok(format);
    }
    let extension = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if let Some(format) = extension.as_deref().and_then(by_extension) {
        return Ok(format);
    }
    let why = if input.iter().all(u8::is_ascii_whitespace) {
        "it is empty"
    } else if looks_binary(input) {
        "it looks like binary data"
    } else {
        "no known root element or structure"
    };
    Err(Error::UnknownFormat(why.to_string()))
}

/// The format an extension names, when one format's descriptor claims it.
fn by_extension(extension: &str) -> Option<Format> {
    descriptors()
        .find(|d| d.named_by.contains(&extension))
        .map(|d| d.format)
}

/// The format the content itself shows, if any: the first format in the registry whose marks it
/// carries, else the first that takes it as a fallback (any other JSON, any other text).
fn sniff(input: &[u8]) -> Option<Format> {
    let head = input.get(..SNIFF_LEN).unwrap_or(input);
    let text = sniff_text(head);
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let json = looks_like_json(trimmed);
    let start = Sniffed {
        head,
        text: trimmed,
        xml_root: trimmed
            .starts_with('<')
            .then(|| xml_root(trimmed))
            .flatten(),
        json,
        // Asked only of text that opens as neither markup nor JSON (the scan costs a pass).
        binary: !trimmed.starts_with('<') && !json && looks_binary(head),
    };
    let marked = descriptors().find(|d| match d.sniff {
        Sniff::Marks(shows) => shows(&start),
        Sniff::Fallback(_) | Sniff::Never => false,
    });
    let fallback = || {
        descriptors().find(|d| match d.sniff {
            Sniff::Fallback(takes) => takes(&start),
            Sniff::Marks(_) | Sniff::Never => false,
        })
    };
    marked.or_else(fallback).map(|d| d.format)
}

/// The sniffed prefix as text: UTF-16 with a BOM decoded, anything else read as UTF-8 with
/// replacement characters (enough to see markup).
fn sniff_text(head: &[u8]) -> String {
    if crate::encoding::utf32_bom(head).is_some() {
        return crate::encoding::decode_text(head).text.into_owned();
    }
    match encoding_rs::Encoding::for_bom(head) {
        Some((encoding, bom)) if encoding != encoding_rs::UTF_8 => {
            let (text, _) = encoding.decode_without_bom_handling(head.get(bom..).unwrap_or(&[]));
            text.into_owned()
        }
        _ => String::from_utf8_lossy(head).into_owned(),
    }
}

/// The local name of the root element of an XML text, past its declaration, comments,
/// processing instructions and DOCTYPE.
fn xml_root(text: &str) -> Option<&str> {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>")?.1;
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->")?.1;
        } else if let Some(after) = rest.strip_prefix("<!") {
            rest = skip_declaration(after)?;
        } else {
            break;
        }
    }
    let name = rest.strip_prefix('<')?;
    let end = name
        .find(|c: char| c.is_whitespace() || matches!(c, '>' | '/'))
        .unwrap_or(name.len());
    let name = name.get(..end)?;
    Some(name.rsplit(':').next().unwrap_or(name))
}

/// Skips a `<!DOCTYPE ...>` declaration, internal subset included.
fn skip_declaration(after: &str) -> Option<&str> {
    let mut depth = 0usize;
    for (i, c) in after.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '>' if depth == 0 => return after.get(i + 1..),
            _ => {}
        }
    }
    None
}

/// A JSON document opens with `{` before a key or `}`, or `[` before a value or `]`; wire copy
/// that opens with a bracketed marker (`[속보]`, `[UPDATE]`) does not.
fn looks_like_json(text: &str) -> bool {
    let mut chars = text.chars();
    let opening = chars.next();
    let next = chars.as_str().trim_start().chars().next();
    match (opening, next) {
        (Some('{'), Some(c)) => matches!(c, '"' | '}'),
        (Some('['), Some(c)) => {
            matches!(c, '{' | '[' | '"' | ']' | '-' | 't' | 'f' | 'n') || c.is_ascii_digit()
        }
        _ => false,
    }
}

/// NUL bytes or many control characters: not text (UTF-32 with a BOM is text).
fn looks_binary(head: &[u8]) -> bool {
    if crate::encoding::utf32_bom(head).is_some() {
        return false;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    head.contains(&0) || controls * 50 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_roots_after_prolog_comments_and_doctype() {
        let cases: [(&str, Format); 6] = [
            (
                "<?xml version='1.0'?>\n<!-- x -->\n<newsMessage xmlns='x'>",
                Format::NewsmlG2,
            ),
            ("<g2:newsItem xmlns:g2='x'>", Format::NewsmlG2),
            (
                "<!DOCTYPE nitf SYSTEM 'nitf.dtd' [<!ENTITY a 'b'>]><nitf>",
                Format::Nitf,
            ),
            ("<NewsML Version='1.2'>", Format::Newsml12),
            ("<feed xmlns='http://www.w3.org/2005/Atom'>", Format::Atom),
            ("<rss version='2.0'>", Format::Rss),
        ];
        for (input, want) in cases {
            assert_eq!(detect(input.as_bytes(), None).unwrap(), want, "{input}");
        }
        let wxr = "<?xml version='1.0'?>\n<!-- WordPress export -->\n<rss version='2.0' xmlns:wp='http://wordpress.org/export/1.2/'>";
        assert_eq!(detect(wxr.as_bytes(), None).unwrap(), Format::Wxr);
        // Newer exports declare the namespace with `https`; a feed without it is RSS.
        let https = "<rss version='2.0' xmlns:wp='https://wordpress.org/export/1.2/'>";
        assert_eq!(detect(https.as_bytes(), None).unwrap(), Format::Wxr);
        let feed = "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'>";
        assert_eq!(detect(feed.as_bytes(), None).unwrap(), Format::Rss);
        let rss1 = "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>";
        assert_eq!(detect(rss1.as_bytes(), None).unwrap(), Format::Rss);
        assert!(matches!(
            detect(b"<html><body/></html>", None),
            Err(Error::UnknownFormat(_))
        ));
    }

    #[test]
    fn json_flavours() {
        assert_eq!(
            detect(br#"{"@context":"https://schema.org"}"#, None).unwrap(),
            Format::JsonLd
        );
        assert_eq!(
            detect(br#"{"uri":"x","versioncreated":"2024"}"#, None).unwrap(),
            Format::Ninjs
        );
        assert_eq!(
            detect(br#"[{"headline":"x"}]"#, None).unwrap(),
            Format::Json
        );
        assert_eq!(
            detect(br#"{"$standard":{"version":"1.4"},"headline":"x"}"#, None).unwrap(),
            Format::Ninjs
        );
        assert_eq!(
            detect(br#"[{"uri":"urn:x","title":"y"}]"#, None).unwrap(),
            Format::Ninjs
        );
        let inspected = br#"[{"kind":"text","pub_status":"usable","extensions":{"ninjs:events":[{"uri":"urn:e"}]}}]"#;
        assert_eq!(detect(inspected, None).unwrap(), Format::Json);
    }

    #[test]
    fn bracketed_wire_markers_are_text_not_json() {
        assert_eq!(
            detect("[속보] 서울 첫눈\n\n(서울=연합뉴스) 기사".as_bytes(), None).unwrap(),
            Format::Text
        );
        assert_eq!(
            detect(b"[UPDATE 2] Rates held", None).unwrap(),
            Format::Text
        );
        assert_eq!(
            detect(b"[\n  {\"headline\": \"x\"}\n]", None).unwrap(),
            Format::Json
        );
        assert_eq!(detect(b"{ }", None).unwrap(), Format::Json);
    }

    #[test]
    fn teletype_streams() {
        assert_eq!(
            detect(b"\x7f\r\n\x01ats123 3 pl 0123\r\n\x02text", None).unwrap(),
            Format::Iptc7901
        );
        assert_eq!(
            detect(
                b"\x16\x16\x01a0123 r f BC-Argentina\x1f\r\n\x02^BC-Argentina<",
                None
            )
            .unwrap(),
            Format::Anpa1312
        );
        // Issue #20, item 20: a SOH with no STX after it is no framing; the copy is text.
        for stray in [
            &b"\x01Harbour cranes return\n\nLAKEPORT (XW) - The cranes came back on Tuesday."[..],
            b"\x01ats123 3 pl 0123\r\nThe cranes came back on Tuesday, the port said.",
        ] {
            assert_eq!(detect(stray, None).unwrap(), Format::Text, "{stray:?}");
        }
        // A header of control characters alone is no teletype message either.
        assert!(detect(b"\x16\x16\x01a0123 r f BC-Argentina\x1f", None).is_err());
    }

    #[test]
    fn binary_and_empty_inputs_are_refused_unless_the_extension_says() {
        assert!(matches!(
            detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Some(Path::new("a.png"))),
            Err(Error::UnknownFormat(why)) if why.contains("binary")
        ));
        // A JPEG is a photo by its start-of-image marker, whatever its name says.
        assert_eq!(
            detect(b"\xff\xd8\xff\xe0\0\x10JFIF\0", Some(Path::new("a.txt"))).unwrap(),
            Format::Photo
        );
        assert!(matches!(
            detect(b"  ", None),
            Err(Error::UnknownFormat(why)) if why.contains("empty")
        ));
        assert_eq!(
            detect(b"", Some(Path::new("x.jsonld"))).unwrap(),
            Format::JsonLd
        );
    }

    /// Issue #23: a mail message is e-mail by its header fields, whatever its name (it was
    /// refused as "not a news format" before the e-mail reader); one `Subject:` line is text.
    #[test]
    fn email_messages_are_email_not_wire_copy() {
        let mail = b"Delivered-To: desk@example.com\nReceived: by 10.0.0.1 with SMTP;\n        Wed, 4 May 2016 21:11:46 -0700\nSubject: Story\n\nBody";
        assert_eq!(
            detect(mail, Some(Path::new("mail.txt"))).unwrap(),
            Format::Email
        );
        let padded = [&[b' '; 255][..], b"\r\n", mail].concat();
        assert_eq!(detect(&padded, None).unwrap(), Format::Email);
        let story = b"Subject: budget talks resume\n\nROMA (ANSA) - Text.";
        assert_eq!(detect(story, None).unwrap(), Format::Text);
    }

    #[test]
    fn utf16_xml_is_sniffed() {
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("<feed/>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(detect(&utf16, None).unwrap(), Format::Atom);
    }

    #[test]
    fn utf32_with_a_bom_is_sniffed_not_called_binary() {
        let utf32 = |text: &str, big_endian: bool| -> Vec<u8> {
            std::iter::once('\u{feff}')
                .chain(text.chars())
                .flat_map(|c| {
                    let unit = u32::from(c);
                    if big_endian {
                        unit.to_be_bytes()
                    } else {
                        unit.to_le_bytes()
                    }
                })
                .collect()
        };
        assert_eq!(
            detect(&utf32("<feed/>", false), None).unwrap(),
            Format::Atom
        );
        assert_eq!(
            detect(&utf32("Headline\n\nText.\n", true), None).unwrap(),
            Format::Text
        );
    }
}
