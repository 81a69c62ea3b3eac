//! Turning input bytes into text: byte-order marks, declared encodings, and the legacy
//! single-byte fallback that wire copy needs.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Text decoded from bytes, with the encoding used and a note when it had to be guessed.
pub(crate) struct Decoded<'a> {
    /// The text, without a byte-order mark.
    pub text: Cow<'a, str>,
    /// A note for the article's warnings when the encoding was not what the input said or
    /// implied.
    pub warning: Option<String>,
}

/// Decodes text with no declared encoding: a BOM (UTF-8, UTF-16) wins; otherwise UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252 (a superset of ISO-8859-1, as wire copy uses).
pub(crate) fn decode_text(input: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom)) = Encoding::for_bom(input) {
        return decode_with(encoding, input.get(bom..).unwrap_or(&[]), None);
    }
    match std::str::from_utf8(input) {
        Ok(text) => Decoded {
            text: Cow::Borrowed(text),
            warning: None,
        },
        Err(_) => decode_with(
            WINDOWS_1252,
            input,
            Some("input is not UTF-8; decoded as windows-1252".to_string()),
        ),
    }
}

/// Decodes an XML document: a BOM wins, then the `encoding` of the XML declaration, then UTF-8.
/// A declared single-byte encoding on bytes that are valid UTF-8 with non-ASCII content is a lie
/// feeds often tell; UTF-8 is used and a warning kept. Invalid UTF-8 falls back to Windows-1252.
#[allow(dead_code)] // used by the XML readers
pub(crate) fn decode_xml(input: &[u8]) -> Decoded<'_> {
    if let Some((encoding, bom)) = Encoding::for_bom(input) {
        return decode_with(encoding, input.get(bom..).unwrap_or(&[]), None);
    }
    let declared = declared_encoding(input);
    let utf8 = std::str::from_utf8(input).ok();
    match (declared, utf8) {
        (Some(encoding), Some(text)) if encoding != UTF_8 && !text.is_ascii() => Decoded {
            text: Cow::Borrowed(text),
            warning: Some(format!(
                "declared encoding {} but the bytes are UTF-8; read as UTF-8",
                encoding.name()
            )),
        },
        (Some(encoding), _) if encoding != UTF_8 => decode_with(encoding, input, None),
        (_, Some(text)) => Decoded {
            text: Cow::Borrowed(text),
            warning: None,
        },
        (_, None) => decode_with(
            WINDOWS_1252,
            input,
            Some("declared or implied UTF-8 but the bytes are not; read as windows-1252".into()),
        ),
    }
}

/// The encoding named by `<?xml ... encoding="..."?>`, if it names one encoding_rs knows.
fn declared_encoding(input: &[u8]) -> Option<&'static Encoding> {
    let head = input.get(..input.len().min(256))?;
    let head = head.strip_prefix(b"<?xml")?;
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(head.get(..end)?).ok()?;
    let after = decl.split_once("encoding")?.1.trim_start();
    let after = after.strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let label = after.get(1..)?.split(quote).next()?;
    Encoding::for_label(label.trim().as_bytes())
}

fn decode_with<'a>(
    encoding: &'static Encoding,
    bytes: &'a [u8],
    warning: Option<String>,
) -> Decoded<'a> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let warning = if had_errors {
        Some(format!(
            "invalid {} byte sequences replaced with U+FFFD",
            encoding.name()
        ))
        .or(warning)
    } else {
        warning
    };
    Decoded { text, warning }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_utf8_bom_and_latin1_fallback() {
        let utf8 = decode_text("città".as_bytes());
        assert_eq!(utf8.text, "città");
        assert!(utf8.warning.is_none());

        let bom = decode_text(b"\xef\xbb\xbfAb");
        assert_eq!(bom.text, "Ab");

        let latin1 = decode_text(b"Gen\xe8ve \x96 Z\xfcrich");
        assert_eq!(latin1.text, "Genève – Zürich");
        assert!(latin1.warning.unwrap().contains("windows-1252"));

        let utf16 = decode_text(b"\xff\xfeH\0i\0");
        assert_eq!(utf16.text, "Hi");
    }

    #[test]
    fn xml_declaration_is_honoured_unless_it_lies() {
        let latin1 = decode_xml(b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe9</a>");
        assert_eq!(
            latin1.text,
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>é</a>"
        );
        assert!(latin1.warning.is_none());

        let lying = decode_xml("<?xml version='1.0' encoding='iso-8859-1'?><a>é</a>".as_bytes());
        assert!(lying.text.ends_with("<a>é</a>"));
        assert!(lying.warning.unwrap().contains("UTF-8"));

        let broken = decode_xml(b"<?xml version=\"1.0\"?><a>\xe9</a>");
        assert!(broken.text.ends_with("<a>é</a>"));
        assert!(broken.warning.is_some());
    }
}
