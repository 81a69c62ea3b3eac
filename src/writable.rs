//! The characters every output can carry. XML 1.0 forbids the C0 controls other than tab, line
//! feed and carriage return, and the noncharacters U+FFFE and U+FFFF; the XML writers must drop
//! them, so every writer drops them, and every reader's articles lose them before anything is
//! checked ([`crate::formats`]' safety pass). A value is therefore checked in the form it will
//! be written in: `java\u{FFFF}script:` is `javascript:` by the time a check sees it.

use std::borrow::Cow;

use crate::byte_scan::any_byte;

/// True for a character no output carries: a C0 control other than tab, line feed and carriage
/// return, U+FFFE or U+FFFF.
pub(crate) fn is_unwritable(c: char) -> bool {
    matches!(c, '\u{fffe}' | '\u{ffff}')
        || (u32::from(c) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
}

/// True for a character an HTML document cannot carry in any form, beyond the unwritable ones:
/// DEL, the C1 controls (U+0080-U+009F) and the noncharacters (U+FDD0-U+FDEF, and the last two
/// code points of every plane). Raw, each is a parse error; as a character reference, a C1
/// control is read as a Windows-1252 character instead and the others are errors. The HTML
/// writer drops them; the JSON writers write them as `\u` escapes, so that their output stays
/// a valid script element's text.
pub(crate) fn is_unfit_for_html(c: char) -> bool {
    let code = u32::from(c);
    (0x7f..=0x9f).contains(&code) || (0xfdd0..=0xfdef).contains(&code) || code & 0xfffe == 0xfffe
}

/// True when `text` holds a character [`is_unwritable`]. Fast for the usual case: C0 controls
/// are single bytes (found by a vectorised scan), and U+FFFE/U+FFFF are the only unwritable
/// characters whose UTF-8 starts with 0xEF (found with memchr's vector search).
pub(crate) fn has_unwritable(text: &str) -> bool {
    let bytes = text.as_bytes();
    any_byte(bytes, |b| {
        (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r')
    }) || (memchr::memchr(0xef, bytes).is_some() && text.chars().any(is_unwritable))
}

/// `text` as every writer writes it: without the characters [`is_unwritable`] names.
pub(crate) fn writable(text: &str) -> Cow<'_, str> {
    if has_unwritable(text) {
        Cow::Owned(text.chars().filter(|&c| !is_unwritable(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Makes `text` writable in place; returns how many characters were dropped.
pub(crate) fn make_writable(text: &mut String) -> usize {
    if !has_unwritable(text) {
        return 0;
    }
    let before = text.chars().count();
    text.retain(|c| !is_unwritable(c));
    before - text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_the_two_noncharacters_are_dropped_nothing_else() {
        assert_eq!(writable("a\u{1}b\tc\u{ffff}\r\n\u{fffe}"), "ab\tc\r\n");
        assert_eq!(
            writable("\u{7f}\u{85}\u{fdd0}\u{feff}\u{10ffff}é"),
            "\u{7f}\u{85}\u{fdd0}\u{feff}\u{10ffff}é"
        );
        assert!(matches!(writable("plain"), Cow::Borrowed("plain")));
        for unfit in [
            '\u{7f}',
            '\u{80}',
            '\u{9f}',
            '\u{fdd0}',
            '\u{fdef}',
            '\u{1fffe}',
            '\u{10ffff}',
        ] {
            assert!(is_unfit_for_html(unfit), "{unfit:?}");
        }
        for fit in [
            '~',
            '\u{a0}',
            '\u{fdcf}',
            '\u{fdf0}',
            '\u{fffd}',
            '\u{1fffd}',
            '\u{20000}',
        ] {
            assert!(!is_unfit_for_html(fit), "{fit:?}");
        }
        let mut text = String::from("java\u{ffff}script:\u{0}x");
        assert_eq!(make_writable(&mut text), 2);
        assert_eq!(text, "javascript:x");
        assert!(!has_unwritable("ï¿½ U+FFFD \u{fffd} U+FEFF \u{feff}"));
        // The scan's bounds, at every offset of a block: the last C0 control, and the first
        // character after them.
        for at in 0..40 {
            let pad = "a".repeat(at);
            assert!(has_unwritable(&format!("{pad}\u{1f}")), "{at}");
            assert!(!has_unwritable(&format!("{pad} \r\n\t")), "{at}");
        }
    }
}
