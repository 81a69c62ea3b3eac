//! Names and messages made safe to print: a file name or a reader's text can hold a newline,
//! an ESC sequence or bytes that are not UTF-8, and printed raw they forge log lines or drive
//! the terminal. Everything the tool prints goes through here; the `--report` file gets the
//! same treatment from its JSON formatter (`report::Escaping`).

use std::borrow::Cow;
use std::ffi::OsStr;
use std::fmt::Write;
use std::path::Path;

/// Characters never printed as they are: the C0 and C1 controls and DEL (`char::is_control`),
/// the line and paragraph separators, and the bidirectional controls that make text read in
/// another order than it is written.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every unsafe character written as a Rust escape (`\n`, `\t`, `\u{1b}`).
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped(&mut out, text);
    Cow::Owned(out)
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

/// A path for people (stderr): unsafe characters escaped as in [`text`], bytes that are not
/// UTF-8 as `\xFE`. Readable, not meant to be parsed back: the report is (see [`lossless`]).
pub fn path(path: &Path) -> String {
    os_str(path.as_os_str())
}

/// An `OsStr` as [`path`] prints it.
pub fn os_str(name: &OsStr) -> String {
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        push_escaped(&mut out, chunk.valid());
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02X}");
        }
    }
    out
}

/// A path as the report writes it, and whether it had to be escaped. A UTF-8 path is itself
/// (the JSON string escapes what JSON must); any other is written with each byte that is not
/// UTF-8 as `\xFE` and each backslash doubled, which reads back to the same bytes.
pub fn lossless(path: &Path, escaped: bool) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    if !escaped {
        return String::from_utf8_lossy(bytes).into_owned();
    }
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(&chunk.valid().replace('\\', "\\\\"));
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02X}");
        }
    }
    out
}

/// True when `path` is not UTF-8, so that the report must escape it (see [`lossless`]).
pub fn needs_escaping(path: &Path) -> bool {
    path.to_str().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_are_escaped_the_rest_kept() {
        assert_eq!(text("città"), "città");
        assert_eq!(
            text("a\nnewswire: forged\u{1b}[31m\u{202e}"),
            "a\\nnewswire: forged\\u{1b}[31m\\u{202e}"
        );
        assert_eq!(text("del\u{7f} csi\u{9b}"), "del\\u{7f} csi\\u{9b}");
    }

    #[cfg(unix)]
    #[test]
    fn bytes_that_are_not_utf8_are_escaped_reversibly_in_the_report() {
        use std::os::unix::ffi::OsStrExt;
        let fe = Path::new(OsStr::from_bytes(b"in/bad\xfe\\x.txt"));
        let ff = Path::new(OsStr::from_bytes(b"in/bad\xff\\x.txt"));
        assert!(needs_escaping(fe));
        assert_eq!(lossless(fe, true), "in/bad\\xFE\\\\x.txt");
        assert_ne!(lossless(fe, true), lossless(ff, true));
        assert_eq!(path(fe), "in/bad\\xFE\\x.txt");
        let plain = Path::new("in/a\\b.txt");
        assert!(!needs_escaping(plain));
        assert_eq!(lossless(plain, false), "in/a\\b.txt");
    }
}
