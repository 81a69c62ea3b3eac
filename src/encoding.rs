//! Turning input bytes into text: byte-order marks, declared encodings, and the legacy
//! single-byte fallback that wire copy needs.

use std::borrow::Cow;
use std::cell::Cell;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

thread_local! {
    /// The encoding the caller gave for the read in progress ([`forced_within`]).
    static FORCED: Cell<Option<&'static Encoding>> = const { Cell::new(None) };
}

/// Puts back the forced encoding a read replaced, when it ends (even by a panic).
struct RestoreForced(Option<&'static Encoding>);

impl Drop for RestoreForced {
    fn drop(&mut self) {
        FORCED.with(|forced| forced.set(self.0));
    }
}

/// Runs `read` with every input decoded in `encoding` when it is given, whatever the input
/// declares or its bytes suggest: the caller knows better than both (a KOI8-R feed that the
/// detector takes for KOI8-U). Decoding happens deep inside each reader, once per message of a
/// teletype stream, so the encoding is set for the read's scope, as the limits' budget is, by the
/// registry's `read_with`. A read never leaves its thread.
pub(crate) fn forced_within<R>(encoding: Option<&'static Encoding>, read: impl FnOnce() -> R) -> R {
    let _restore = RestoreForced(FORCED.with(|forced| forced.replace(encoding)));
    read()
}

/// `input` decoded in the caller's encoding ([`forced_within`]), when there is one: a byte-order
/// mark of that encoding is left out, and malformed bytes are replaced with a warning.
fn decode_forced(input: &[u8]) -> Option<Decoded<'_>> {
    let encoding = FORCED.with(Cell::get)?;
    let bytes = match Encoding::for_bom(input) {
        Some((bom_encoding, bom)) if bom_encoding == encoding => input.get(bom..).unwrap_or(&[]),
        _ => input,
    };
    Some(decode_with(encoding, bytes, None))
}

/// Text decoded from bytes, with the encoding used and a note when it had to be guessed.
pub(crate) struct Decoded<'a> {
    /// The text, without a byte-order mark.
    pub text: Cow<'a, str>,
    /// A note for the article's warnings when the encoding was not what the input said or
    /// implied.
    pub warning: Option<String>,
}

/// How much of an undeclared legacy-encoded input the detector sees: enough for a few
/// paragraphs of copy, and bounded because chardetng is slow (about 25 MB/s).
const DETECT_PREFIX: usize = 8 * 1024;

/// Decodes text with no declared encoding (unless the caller forced one, [`forced_within`]): a
/// BOM (UTF-8, UTF-16) wins; otherwise UTF-8 when the bytes are valid UTF-8 (or mostly valid
/// UTF-8 with a few broken bytes, which are replaced).
/// Anything else is a legacy encoding guessed by chardetng from the first 8 KB: Windows-1252
/// (a superset of ISO-8859-1) for Western copy, Windows-1251, KOI8 or ISO-8859-5 for Cyrillic,
/// ISO-8859-2 or Windows-1250 for Central European, ISO-8859-7 or Windows-1253 for Greek,
/// and the legacy Arabic, Hebrew and CJK encodings. Western copy that chardetng reads in another
/// code page for a byte or two is Windows-1252 after all: when those bytes are symbols outside
/// words there (a `£`), or when the text is in a Western language either way (`años`). The
/// guess is named in the warning.
pub(crate) fn decode_text(input: &[u8]) -> Decoded<'_> {
    if let Some(decoded) = decode_forced(input) {
        return decoded;
    }
    if let Some(decoded) = decode_utf32(input) {
        return decoded;
    }
    if let Some((encoding, bom)) = Encoding::for_bom(input) {
        return decode_with(encoding, input.get(bom..).unwrap_or(&[]), None);
    }
    match std::str::from_utf8(input) {
        Ok(text) => Decoded {
            text: Cow::Borrowed(text),
            warning: None,
        },
        Err(_) if mostly_utf8(input) => decode_with(UTF_8, input, Some(MOSTLY_UTF8.to_string())),
        Err(_) => {
            let encoding = guess_legacy(input);
            decode_with(
                encoding,
                input,
                Some(format!(
                    "{NOT_UTF8}{}{GUESSED}",
                    encoding.name().to_ascii_lowercase()
                )),
            )
        }
    }
}

// The warnings that say the reader chose the encoding itself (none was declared or implied, or
// the bytes contradict the declaration), as against repairs of a known encoding: is_guess
// tells them apart, so they are worded from these pieces only.
const NOT_UTF8: &str = "input is not UTF-8; decoded as ";
const GUESSED: &str = " (guessed)";
const MOSTLY_UTF8: &str = "input is mostly UTF-8 with invalid bytes; read as UTF-8";
const DECLARED: &str = "declared encoding ";
const BUT_UTF8: &str = " but the bytes are UTF-8; read as UTF-8";
const NOT_AS_DECLARED: &str =
    "declared or implied UTF-8 but the bytes are not; read as windows-1252";

/// True when `message` is one of the warnings [`decode_text`] and [`decode_xml`] make when
/// they chose the encoding themselves (see
/// [`Warning::is_encoding_guess`](crate::model::Warning::is_encoding_guess)).
pub(crate) fn is_guess(message: &str) -> bool {
    message == MOSTLY_UTF8
        || message == NOT_AS_DECLARED
        || message.starts_with(NOT_UTF8) && message.ends_with(GUESSED)
        || message.starts_with(DECLARED) && message.ends_with(BUT_UTF8)
}

/// chardetng's guess for bytes that are not UTF-8, from a bounded prefix.
pub(crate) fn guess_legacy(input: &[u8]) -> &'static Encoding {
    let prefix = input.get(..input.len().min(DETECT_PREFIX)).unwrap_or(input);
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(prefix, prefix.len() == input.len());
    let guess = detector.guess(None, Utf8Detection::Deny);
    // chardetng answers windows-1252 when it has nothing better; it is also right for Latin-1.
    if guess == UTF_8
        || (guess.is_single_byte() && only_western_symbols(prefix, guess))
        || (OTHER_LATIN.contains(&guess) && western_language(prefix, guess))
    {
        WINDOWS_1252
    } else {
        guess
    }
}

/// The code pages of the other Latin-script languages (Central European, Baltic, Turkish and
/// the rest of ISO 8859), which share most accented letters with Windows-1252 (`á`, `é`, `ó`,
/// `ü`) and differ in a few (`ñ` is `ń` in Windows-1250, `Ø` is `Ų` in Windows-1257): on a short
/// Western text chardetng may pick one for a letter or two.
const OTHER_LATIN: [&Encoding; 10] = [
    encoding_rs::WINDOWS_1250,
    encoding_rs::ISO_8859_2,
    encoding_rs::WINDOWS_1257,
    encoding_rs::ISO_8859_13,
    encoding_rs::ISO_8859_4,
    encoding_rs::WINDOWS_1254,
    encoding_rs::ISO_8859_3,
    encoding_rs::ISO_8859_10,
    encoding_rs::ISO_8859_14,
    encoding_rs::ISO_8859_16,
];

/// Languages written wholly in Windows-1252's letters, as [`detect`](crate::language::detect)
/// tags them.
const WESTERN_LANGUAGES: &[&str] = &[
    "en", "es", "pt", "fr", "it", "de", "nl", "sv", "nb", "da", "fi", "id", "ms", "af",
];

/// True when the bytes are in a language written in Windows-1252's letters both as `guess`
/// reads them and as Windows-1252 does: Spanish `años` read as `ańos` in a Central European
/// code page is still Spanish, and Norwegian `TROMSØ` read as `TROMSŲ` in a Baltic one still
/// Norwegian. Latvian read in its own code page is Latvian, whatever its Windows-1252 reading
/// looks like to the detector (French, once).
fn western_language(bytes: &[u8], guess: &'static Encoding) -> bool {
    let western = |encoding: &'static Encoding| {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        crate::language::detect(&text).is_some_and(|tag| WESTERN_LANGUAGES.contains(&tag.as_str()))
    };
    western(guess) && western(WINDOWS_1252)
}

/// True when the bytes `guess` reads as other characters than Windows-1252 does are all, in
/// Windows-1252, symbols outside words (a pound or euro sign, a degree sign, a section sign, a
/// non-breaking space): English copy with a `£`. So few bytes tell chardetng little, and another
/// code page reads them as letters standing alone among ASCII words (`Ł1.21`). A language written
/// with other letters has them inside words (`Rz±d` is Polish `Rząd` read as Windows-1252) or
/// as letters in Windows-1252 too (Cyrillic, Greek).
fn only_western_symbols(bytes: &[u8], guess: &'static Encoding) -> bool {
    let decode = |encoding: &'static Encoding, byte: u8| {
        let one = [byte];
        encoding
            .decode_without_bom_handling(&one)
            .0
            .chars()
            .next()
            .unwrap_or(char::REPLACEMENT_CHARACTER)
    };
    let letter = |at: Option<&u8>| at.is_some_and(u8::is_ascii_alphabetic);
    let mut differing = 0usize;
    for (i, &byte) in bytes.iter().enumerate() {
        let western = decode(WINDOWS_1252, byte);
        if byte.is_ascii() || western == decode(guess, byte) {
            continue;
        }
        let inside_word = i > 0 && letter(bytes.get(i - 1)) && letter(bytes.get(i + 1));
        // The bytes Windows-1252 leaves undefined decode to C1 controls: no symbol either.
        if western.is_alphabetic() || western.is_control() || inside_word {
            return false;
        }
        differing += 1;
    }
    differing > 0
}

/// True when the prefix holds well-formed multi-byte UTF-8 sequences and more of them than
/// invalid bytes: UTF-8 copy with a stray Latin-1 byte pasted in, not a legacy encoding.
pub(crate) fn mostly_utf8(input: &[u8]) -> bool {
    let mut rest = input.get(..input.len().min(DETECT_PREFIX)).unwrap_or(input);
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                multibyte += text.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(error) => {
                let valid = error.valid_up_to();
                let good = rest.get(..valid).unwrap_or(&[]);
                multibyte += good.iter().filter(|b| **b >= 0xc0).count();
                match error.error_len() {
                    Some(len) => {
                        invalid += len;
                        rest = rest.get(valid + len..).unwrap_or(&[]);
                    }
                    // Cut off at the end of the prefix.
                    None => break,
                }
            }
        }
    }
    multibyte > 0 && multibyte >= invalid * 2
}

/// Decodes an XML document (in the caller's encoding when it forced one, [`forced_within`]): a
/// BOM wins, then the `encoding` of the XML declaration, then UTF-8. A declared single-byte encoding on bytes that are valid UTF-8 with non-ASCII content is a lie
/// feeds often tell; UTF-8 is used and a warning kept. Invalid UTF-8 falls back to Windows-1252.
pub(crate) fn decode_xml(input: &[u8]) -> Decoded<'_> {
    if let Some(decoded) = decode_forced(input) {
        return decoded;
    }
    if let Some(decoded) = decode_utf32(input) {
        return decoded;
    }
    if let Some((encoding, bom)) = Encoding::for_bom(input) {
        return decode_with(encoding, input.get(bom..).unwrap_or(&[]), None);
    }
    as_declared(input, declared_encoding(input))
}

/// Decodes text whose encoding a label declares (a MIME `charset`), unless the caller forced
/// one ([`forced_within`]) or a BOM says otherwise: as [`decode_xml`] does its declaration, so
/// that a single-byte label on bytes that are valid UTF-8 is the lie it usually is. `None` when
/// encoding_rs knows no encoding by that label.
pub(crate) fn decode_declared<'a>(input: &'a [u8], label: &str) -> Option<Decoded<'a>> {
    let declared = Encoding::for_label(label.trim().as_bytes())?;
    if let Some(decoded) = decode_forced(input) {
        return Some(decoded);
    }
    if let Some(decoded) = decode_utf32(input) {
        return Some(decoded);
    }
    if let Some((encoding, bom)) = Encoding::for_bom(input) {
        return Some(decode_with(encoding, input.get(bom..).unwrap_or(&[]), None));
    }
    Some(as_declared(input, Some(declared)))
}

/// `input` in its `declared` encoding, or UTF-8 when none is: valid UTF-8 with non-ASCII
/// content under a single-byte declaration is read as UTF-8 (with a warning), invalid UTF-8
/// under none or a UTF-8 one as Windows-1252.
fn as_declared<'a>(input: &'a [u8], declared: Option<&'static Encoding>) -> Decoded<'a> {
    let utf8 = std::str::from_utf8(input).ok();
    match (declared, utf8) {
        (Some(encoding), Some(text)) if encoding != UTF_8 && !text.is_ascii() => Decoded {
            text: Cow::Borrowed(text),
            warning: Some(format!("{DECLARED}{}{BUT_UTF8}", encoding.name())),
        },
        (Some(encoding), _) if encoding != UTF_8 => decode_with(encoding, input, None),
        (_, Some(text)) => Decoded {
            text: Cow::Borrowed(text),
            warning: None,
        },
        (_, None) => decode_with(WINDOWS_1252, input, Some(NOT_AS_DECLARED.into())),
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

/// UTF-32 with a byte-order mark: `Some(true)` big-endian, `Some(false)` little-endian. The
/// Encoding Standard (and so encoding_rs) has no UTF-32, and its BOM sniffing takes the
/// little-endian mark for UTF-16's.
pub(crate) fn utf32_bom(input: &[u8]) -> Option<bool> {
    match input.get(..4)? {
        [0, 0, 0xfe, 0xff] => Some(true),
        [0xff, 0xfe, 0, 0] => Some(false),
        _ => None,
    }
}

/// UTF-32 with a byte-order mark, decoded: a unit that is no character, or a cut-off last
/// unit, becomes U+FFFD with a warning.
fn decode_utf32(input: &[u8]) -> Option<Decoded<'static>> {
    let big_endian = utf32_bom(input)?;
    let units = input.get(4..).unwrap_or_default().chunks(4);
    let mut had_errors = false;
    let text: String = units
        .map(|unit| {
            let value = <[u8; 4]>::try_from(unit).ok().map(|bytes| {
                if big_endian {
                    u32::from_be_bytes(bytes)
                } else {
                    u32::from_le_bytes(bytes)
                }
            });
            value.and_then(char::from_u32).unwrap_or_else(|| {
                had_errors = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    let encoding = if big_endian { "UTF-32BE" } else { "UTF-32LE" };
    Some(Decoded {
        text: Cow::Owned(text),
        warning: had_errors.then(|| format!("invalid {encoding} code units replaced with U+FFFD")),
    })
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
    fn a_forced_encoding_wins_over_declarations_and_guesses_within_its_read_only() {
        // Windows-1251 bytes of "Новости", in an XML document that declares Latin-1.
        let xml =
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p>";
        let cp1251 = Encoding::for_label(b"windows-1251");
        let forced = forced_within(cp1251, || decode_xml(xml).text.into_owned());
        assert!(forced.ends_with("<p>Новости</p>"), "{forced}");
        // Outside the read, the declaration rules again.
        assert!(decode_xml(xml).text.ends_with("<p>Íîâîñòè</p>"));
        // A byte-order mark of the forced encoding is left out; UTF-16 without one is read.
        let utf16le = Encoding::for_label(b"utf-16le");
        let with_bom = forced_within(utf16le, || {
            decode_text(b"\xff\xfeO\x00k\x00").text.into_owned()
        });
        assert_eq!(with_bom, "Ok");
        let without = forced_within(utf16le, || decode_text(b"O\x00k\x00").text.into_owned());
        assert_eq!(without, "Ok");
        // Bytes the forced encoding has no character for are replaced, and said so.
        let broken = forced_within(Some(UTF_8), || decode_text(b"a\xffb"));
        assert_eq!(broken.text, "a\u{fffd}b");
        assert_eq!(
            broken.warning.as_deref(),
            Some("invalid UTF-8 byte sequences replaced with U+FFFD")
        );
    }

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
    fn utf32_with_a_bom_is_decoded_not_taken_for_utf16() {
        let le = decode_text(b"\xff\xfe\0\0H\0\0\0\xe9\0\0\0");
        assert_eq!(le.text, "H\u{e9}");
        assert!(le.warning.is_none());
        let be = decode_xml(b"\0\0\xfe\xff\0\0\0<\0\x01\xf6\x00\0\0\0>");
        assert_eq!(be.text, "<\u{1f600}>");
        let broken = decode_text(b"\xff\xfe\0\0H\0\0\0\0\0\x11\0!");
        assert_eq!(broken.text, "H\u{fffd}\u{fffd}");
        assert!(broken.warning.unwrap().contains("UTF-32LE"));
    }

    /// Encodes `text` with `encoding` (test helper).
    fn encoded(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{text} in {}", encoding.name());
        bytes.into_owned()
    }

    #[test]
    fn legacy_single_byte_encodings_are_guessed_and_named() {
        let cases: [(&str, &'static Encoding, &str); 5] = [
            (
                "МОСКВА, 29 ноября. /ТАСС/. Правительство России утвердило новую программу \
                 развития городского транспорта, сообщили в пресс-службе кабинета министров.",
                encoding_rs::WINDOWS_1251,
                "windows-1251",
            ),
            (
                "ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Ο Άρειος Πάγος και η κυβέρνηση ανακοίνωσαν σήμερα νέο πρόγραμμα \
                 για τις δημόσιες συγκοινωνίες της πρωτεύουσας, σύμφωνα με το υπουργείο.",
                encoding_rs::ISO_8859_7,
                "iso-8859-7",
            ),
            (
                "Warszawa (PAP) - Rząd przyjął w piątek projekt ustawy o transporcie \
                 publicznym, poinformował rzecznik ministerstwa. Zmiany wejdą w życie w przyszłym roku.",
                encoding_rs::ISO_8859_2,
                "iso-8859-2",
            ),
            (
                "МОСКВА, 29 ноября. /ТАСС/. Правительство России утвердило новую программу \
                 развития городского транспорта, сообщили в пресс-службе кабинета министров.",
                encoding_rs::KOI8_R,
                "koi8",
            ),
            (
                "Genève (ats) Le Conseil d'Etat a présenté mercredi un plan de 120 millions \
                 de francs pour les pistes cyclables, a déclaré la conseillère d'Etat.",
                WINDOWS_1252,
                "windows-1252",
            ),
        ];
        for (text, encoding, name) in cases {
            let bytes = encoded(text, encoding);
            let decoded = decode_text(&bytes);
            assert_eq!(decoded.text, text, "{name}");
            let warning = decoded.warning.unwrap_or_default();
            assert!(warning.contains(name), "{name}: {warning}");
        }
    }

    /// Only the detection prefix is shown to chardetng when the input is longer: a prefix that
    /// ends inside a two-byte character is not the end of the input, and chardetng must not
    /// take the cut character for a broken one (which rules out GBK and leaves windows-1252).
    #[test]
    fn a_long_input_whose_prefix_ends_inside_a_character_keeps_its_encoding() {
        let story = "北京市政府今天宣布了新的城市交通计划，地铁线路将延长到南部地区。";
        // One ASCII byte first, so that the two-byte characters straddle the prefix's end.
        let mut text = String::from("x");
        while text.len() < DETECT_PREFIX * 2 {
            text.push_str(story);
        }
        let bytes = encoded(&text, encoding_rs::GBK);
        assert!(bytes.len() > DETECT_PREFIX);
        let cut = bytes.get(..DETECT_PREFIX).unwrap_or_default();
        assert!(
            std::str::from_utf8(cut).is_err()
                && encoding_rs::GBK
                    .decode_without_bom_handling_and_without_replacement(cut)
                    .is_none(),
            "the prefix ends inside a character"
        );
        assert_eq!(guess_legacy(&bytes), encoding_rs::GBK);
        let decoded = decode_text(&bytes);
        assert_eq!(decoded.text, text);
        // The whole input is the last buffer: a story cut inside its last character is broken.
        let short = encoded(story, encoding_rs::GBK);
        assert_eq!(guess_legacy(&short), encoding_rs::GBK);
    }

    /// #19: English copy with a pound sign is Windows-1252, not a Central European code page
    /// that reads the sign as a letter; a typographic quote, a degree sign or a euro sign beside
    /// it change nothing, and one Latin letter outside ASCII leaves the guess to chardetng.
    #[test]
    fn english_copy_with_a_pound_sign_is_windows_1252() {
        let pound = b"LONDON (Reuters) - The pound fell to \xa31.21 on Tuesday as traders weighed \
                      the latest inflation figures, dealers said.";
        let decoded = decode_text(pound);
        assert!(
            decoded.text.contains("fell to \u{a3}1.21"),
            "{}",
            decoded.text
        );
        assert!(decoded.warning.unwrap_or_default().contains("windows-1252"));
        // Too short for the language to tell: the symbols alone decide.
        assert_eq!(
            decode_text(b"Tickets cost \xa312.").text,
            "Tickets cost \u{a3}12."
        );
        let symbols = b"It was 21\xb0C in \x93Leeds\x94, a pint cost \xa35 \x96 or \x806.";
        assert_eq!(
            decode_text(symbols).text,
            "It was 21\u{b0}C in \u{201c}Leeds\u{201d}, a pint cost \u{a3}5 \u{2013} or \u{20ac}6."
        );
        let central = encoding_rs::WINDOWS_1250;
        assert!(
            only_western_symbols(b"\xa3 and \xbc", central),
            "a pound sign and a quarter"
        );
        assert!(!only_western_symbols(b"plain ASCII", central));
        assert!(
            !only_western_symbols(b"\x93quoted\x94", central),
            "the same in both"
        );
        assert!(
            !only_western_symbols(b"\xa3 and caf\xe8", central),
            "a letter"
        );
        assert!(!only_western_symbols(b"Rz\xb9d", central), "inside a word");
        assert!(
            only_western_symbols(b"costs \xa3bn", central),
            "a word after it only"
        );
        assert!(
            only_western_symbols(b"cost\xa3 5", central),
            "a word before it only"
        );
        assert!(
            !only_western_symbols(b"\xa3 and \x8d", central),
            "undefined in Windows-1252"
        );
    }

    /// #19: Spanish copy with an `ñ`, Norwegian with an `Ø`, is Windows-1252 even where chardetng
    /// would read it in another Latin code page (`años` as `ańos`, `TROMSØ` as `TROMSŲ`); Polish and Czech are no Western language read so
    /// (`legacy_single_byte_encodings_are_guessed_and_named` decodes Polish).
    #[test]
    fn western_languages_are_not_read_in_a_central_european_code_page() {
        let spanish =
            "Según el ayuntamiento, las obras comenzarán en primavera y durarán unos tres años.";
        let norwegian = "TROMSØ (NTB) - Selskapet fraktet flere passasjerer enn noen gang i fjor, opplyser selskapet.";
        for text in [spanish, norwegian] {
            let bytes = encoded(text, WINDOWS_1252);
            assert_eq!(decode_text(&bytes).text, text);
            assert!(western_language(&bytes, encoding_rs::WINDOWS_1250));
            assert!(western_language(&bytes, encoding_rs::WINDOWS_1257));
        }
        for (text, encoding) in [
            (
                "Warszawa (PAP) - Rząd przyjął w piątek projekt ustawy o transporcie publicznym.",
                encoding_rs::WINDOWS_1250,
            ),
            (
                "Praha (ČTK) - Vláda ve středu schválila návrh zákona o veřejné dopravě ve městech.",
                encoding_rs::WINDOWS_1250,
            ),
        ] {
            assert!(
                !western_language(&encoded(text, encoding), encoding),
                "{text}"
            );
        }
        // Latvian in its own code page reads to the detector as French in Windows-1252's.
        let latvian = "Rīgas dome trešdien nolēma piešķirt 12 miljonus eiro Daugavas krastmalas \
                       pārbūves pirmajai kārtai, aģentūru LETA informēja pašvaldības pārstāve.";
        let bytes = encoded(latvian, encoding_rs::ISO_8859_13);
        assert!(!western_language(&bytes, encoding_rs::ISO_8859_13));
        assert_eq!(decode_text(&bytes).text, latvian);
    }

    #[test]
    fn a_stray_byte_in_utf8_copy_keeps_utf8() {
        let decoded = decode_text(b"Citt\xc3\xa0 e paese, caff\xc3\xa8 \xe9 qui");
        assert!(decoded.text.starts_with("Città e paese, caffè"));
        assert!(decoded.warning.unwrap().contains("UTF-8"));
    }

    #[test]
    fn chosen_encodings_are_told_from_repairs() {
        let guesses = [
            decode_text(b"Gen\xe8ve \x96 Z\xfcrich").warning,
            decode_xml("<?xml version='1.0' encoding='iso-8859-1'?><a>é</a>".as_bytes()).warning,
            decode_xml(b"<?xml version=\"1.0\"?><a>\xe9</a>").warning,
        ];
        for warning in guesses {
            let warning = warning.unwrap_or_default();
            assert!(is_guess(&warning), "{warning}");
        }
        let repairs = [
            decode_xml(b"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>\x81</a>").warning,
            // Mostly UTF-8: the replacement is what the warning says.
            decode_text(b"Citt\xc3\xa0 e paese, caff\xc3\xa8 \xe9 qui").warning,
        ];
        for warning in repairs {
            let warning = warning.unwrap_or_default();
            assert!(warning.contains("replaced with U+FFFD"), "{warning}");
            assert!(!is_guess(&warning), "{warning}");
        }
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
