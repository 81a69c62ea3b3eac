//! Header values: unfolded, with their RFC 2047 encoded words (`=?windows-1252?Q?...?=`)
//! decoded through the crate's own charset rules, so that a label that lies (UTF-8 bytes
//! labelled `windows-1252`, as mailers send them) is caught as it is in bodies.

use encoding_rs::WINDOWS_1252;

/// A header value as text, and a note when its encoded words' bytes were not in the charset
/// they named.
pub(super) struct HeaderText {
    /// The value, unfolded, encoded words decoded.
    pub text: String,
    /// What decoding had to repair or guess.
    pub warning: Option<String>,
}

/// One piece of a header value: literal bytes, or an encoded word's decoded bytes with its
/// charset label.
enum Piece<'a> {
    Literal(&'a [u8]),
    Encoded { charset: &'a str, bytes: Vec<u8> },
}

/// The longest charset label looked for (`iso-2022-jp`, `windows-1252*en`).
const MAX_CHARSET: usize = 40;
/// The longest encoded text of one word read: RFC 2047 allows 75 characters for the whole word;
/// mailers break the rule, by far less than this.
const MAX_WORD: usize = 2048;

/// Decodes a raw header value (folded lines, encoded words, raw 8-bit bytes).
pub(super) fn decode_header(raw: &[u8]) -> HeaderText {
    let unfolded = unfold(raw);
    let pieces = pieces(&unfolded);
    let mut text = String::new();
    let mut warning = None;
    let mut i = 0;
    while let Some(piece) = pieces.get(i) {
        match piece {
            Piece::Literal(bytes) => {
                // Whitespace between two encoded words is not part of the value (RFC 2047 §6.2).
                let between_words = bytes.iter().all(u8::is_ascii_whitespace)
                    && i > 0
                    && matches!(pieces.get(i + 1), Some(Piece::Encoded { .. }))
                    && matches!(pieces.get(i - 1), Some(Piece::Encoded { .. }));
                if !between_words {
                    text.push_str(&literal(bytes));
                }
                i += 1;
            }
            Piece::Encoded { charset, .. } => {
                // Adjacent words in one charset are decoded together: a character may be split
                // between them.
                let mut bytes = Vec::new();
                let mut j = i;
                while let Some(next) = pieces.get(j) {
                    match next {
                        Piece::Encoded {
                            charset: c,
                            bytes: b,
                        } if c.eq_ignore_ascii_case(charset) => {
                            bytes.extend_from_slice(b);
                            j += 1;
                        }
                        Piece::Literal(l)
                            if l.iter().all(u8::is_ascii_whitespace)
                                && matches!(pieces.get(j + 1), Some(Piece::Encoded { charset: c, .. }) if c.eq_ignore_ascii_case(charset)) =>
                        {
                            j += 1;
                        }
                        _ => break,
                    }
                }
                let (decoded, note) = in_charset(&bytes, charset);
                text.push_str(&decoded);
                warning = warning.or(note);
                i = j;
            }
        }
    }
    HeaderText { text, warning }
}

/// The value without its folds: a line break before whitespace is removed (RFC 5322 §2.2.3).
fn unfold(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        let folded = |at: usize| matches!(raw.get(at), Some(b' ' | b'\t'));
        match b {
            b'\r' if raw.get(i + 1) == Some(&b'\n') && folded(i + 2) => i += 2,
            b'\n' | b'\r' if folded(i + 1) => i += 1,
            b'\r' | b'\n' => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// Literal header bytes as text: UTF-8 (RFC 6532), else Windows-1252 (a superset of Latin-1).
fn literal(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

/// Bytes in the named charset, checked as bodies are (see `encoding::decode_declared`); an
/// unknown label reads as UTF-8, else Windows-1252, with a note.
fn in_charset(bytes: &[u8], charset: &str) -> (String, Option<String>) {
    // RFC 2231 lets a language follow the charset (`utf-8*en`).
    let label = charset.split('*').next().unwrap_or(charset);
    match crate::encoding::decode_declared(bytes, label) {
        Some(decoded) => (decoded.text.into_owned(), decoded.warning),
        None => (
            literal(bytes),
            Some(format!(
                "unknown charset {label:?} in an encoded word; read as UTF-8 or windows-1252"
            )),
        ),
    }
}

/// Splits a value into literal runs and encoded words (`=?charset?Q|B?text?=`).
fn pieces(value: &[u8]) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut literal_start = 0;
    let mut i = 0;
    while i + 1 < value.len() {
        if value.get(i..i + 2) == Some(b"=?")
            && let Some((charset, bytes, end)) = encoded_word(value, i)
        {
            if literal_start < i {
                pieces.push(Piece::Literal(value.get(literal_start..i).unwrap_or(&[])));
            }
            pieces.push(Piece::Encoded { charset, bytes });
            i = end;
            literal_start = end;
        } else {
            i += 1;
        }
    }
    if literal_start < value.len() {
        pieces.push(Piece::Literal(value.get(literal_start..).unwrap_or(&[])));
    }
    pieces
}

/// The encoded word starting at `start` (at its `=?`): its charset, decoded bytes and where
/// it ends. `None` when the bytes there are no encoded word.
fn encoded_word(value: &[u8], start: usize) -> Option<(&str, Vec<u8>, usize)> {
    let rest = value.get(start + 2..)?;
    // Bounded looks ahead, so that a value of many `=?` without an end is read in linear time.
    let charset_end = rest.iter().take(MAX_CHARSET + 1).position(|&b| b == b'?')?;
    let charset = std::str::from_utf8(rest.get(..charset_end)?).ok()?;
    if charset.is_empty() || !charset.bytes().all(|b| b.is_ascii_graphic()) {
        return None;
    }
    let encoding = *rest.get(charset_end + 1)?;
    if rest.get(charset_end + 2) != Some(&b'?') {
        return None;
    }
    let text_start = charset_end + 3;
    let body = rest.get(text_start..)?;
    // The text ends at the first `?=`; an encoded word holds no whitespace.
    let window = body.get(..body.len().min(MAX_WORD + 2)).unwrap_or(body);
    let text_len = window.windows(2).position(|w| w == b"?=")?;
    let text = body.get(..text_len)?;
    if text.iter().any(u8::is_ascii_whitespace) {
        return None;
    }
    let bytes = match encoding.to_ascii_uppercase() {
        b'Q' => q_decode(text),
        b'B' => b_decode(text)?,
        _ => return None,
    };
    Some((charset, bytes, start + 2 + text_start + text_len + 2))
}

/// The Q encoding: `_` is a space, `=XX` a byte; anything else stands for itself (mailers
/// put raw 8-bit bytes there too).
fn q_decode(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while let Some(&b) = text.get(i) {
        match b {
            b'_' => {
                out.push(b' ');
                i += 1;
            }
            b'=' => match (text.get(i + 1).and_then(hex), text.get(i + 2).and_then(hex)) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            },
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// A hexadecimal digit's value.
fn hex(digit: &u8) -> Option<u8> {
    char::from(*digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// The B encoding (base64), padding optional; `None` on a character outside the alphabet.
fn b_decode(text: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in text.iter().take_while(|&&c| c != b'=') {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6 | u32::from(value)) & 0xff_ffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xff).unwrap_or(0));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_in_their_charsets() {
        let cases: [(&[u8], &str); 6] = [
            (b"=?iso-8859-1?Q?=A1Hola,_se=F1or!?=", "¡Hola, señor!"),
            (b"=?UTF-8?B?R3LDvMOfZQ==?=", "Grüße"),
            (b"=?utf-8?q?a?= =?utf-8?q?b?=", "ab"),
            (
                b"Re: =?utf-8?q?caf=C3?=\r\n =?utf-8?q?=A9?= ok",
                "Re: café ok",
            ),
            (b"plain\r\n\tfolded", "plain\tfolded"),
            (b"=?bogus", "=?bogus"),
        ];
        for (raw, want) in cases {
            assert_eq!(decode_header(raw).text, want, "{raw:?}");
        }
    }

    #[test]
    fn many_unfinished_words_read_in_linear_time() {
        let raw = b"=?utf-8?q?a ".repeat(50_000);
        assert_eq!(decode_header(&raw).text.len(), raw.len());
    }

    /// Issue #23: UTF-8 bytes labelled windows-1252 (Apple Mail) are read as UTF-8, noted.
    #[test]
    fn a_single_byte_label_on_utf8_bytes_is_caught() {
        let header = decode_header(b"=?windows-1252?Q?Talk\xe2\x80\x99s_Special?=");
        assert_eq!(header.text, "Talk\u{2019}s Special");
        assert!(header.warning.is_some_and(|w| w.contains("windows-1252")));
        let honest = decode_header(b"=?windows-1252?Q?Talk=92s?=");
        assert_eq!(honest.text, "Talk\u{2019}s");
        assert!(honest.warning.is_none());
    }
}
