//! Text lines: collapsing a value to one line, wrapping a line at a width, measuring indents.

/// Line end of written messages.
pub(crate) const CRLF: &str = "\r\n";

/// `text` on one line: control characters removed, every run of whitespace (line breaks
/// included) one space, no space at either end.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    collapse_into(text, &mut out);
    out
}

/// The lines of `lines` joined by a space and collapsed, as `collapse(&lines.join(" "))`
/// gives them, without the joined copy.
pub(crate) fn collapse_lines(lines: &[&str]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
    for line in lines {
        collapse_into(line, &mut out);
    }
    out
}

/// Appends the words of `text` to `out` as [`collapse`] gives them, one space before each
/// unless `out` is empty: words are split at whitespace and control characters. Words joined
/// by one space (most of a line) are copied as one stretch.
fn collapse_into(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // Past the separators before the stretch.
        at = crate::text_shape::past_run(text, at, separator_len);
        if at >= bytes.len() {
            return;
        }
        // The stretch runs to a separator that is not one space between two words.
        let start = at;
        loop {
            while bytes.get(at).is_some_and(|&b| !may_separate(b)) {
                at += 1;
            }
            match bytes.get(at) {
                None => break,
                Some(b' ') if bytes.get(at + 1).is_some_and(|&b| !may_separate(b)) => at += 2,
                Some(_) if separator_len(text, at) == 0 => at += 1,
                Some(_) => break,
            }
        }
        push_word(text.get(start..at).unwrap_or_default(), out);
    }
}

/// True for a byte a whitespace or control character may start with (see [`separator_len`]),
/// by a table: the loop over a line's bytes tests each with one look-up.
fn may_separate(byte: u8) -> bool {
    const TABLE: [bool; 256] = {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = b <= 0x20 || matches!(b, 0x7f | 0xc2 | 0xe1 | 0xe2 | 0xe3);
            b += 1;
        }
        table
    };
    TABLE.get(usize::from(byte)).copied().unwrap_or(true)
}

/// The length in bytes of the whitespace or control character at byte `at` of `text`, or 0
/// when another character (or the middle of one) is there. Every such character starts with a
/// byte up to space, DEL, or the lead bytes 0xC2 (C1 controls, NEL, no-break space), 0xE1
/// (Ogham space), 0xE2 (the general punctuation spaces) and 0xE3 (ideographic space); only
/// those are decoded. (`text_shape::whitespace_len` knows the same lead bytes for whitespace
/// alone; this loop keeps its own match, which measured 1% fewer instructions reading 7901.)
fn separator_len(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(0..=0x20 | 0x7f) => 1,
        Some(0xc2 | 0xe1 | 0xe2 | 0xe3) => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace() || c.is_control())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

fn push_word(word: &str, out: &mut String) {
    if word.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// `text` (single-spaced, as [`collapse`] gives it) cut into lines of at most `width`
/// characters at spaces; a word longer than the width stands on a line of its own. The line
/// breaks between two words only where `breakable(before, after)` allows it, so that a reader
/// looking at line ends and starts sees only those the writer means. Joining the lines with one
/// space gives `text` back.
pub(crate) fn wrap(
    text: &str,
    width: usize,
    breakable: impl Fn(&str, &str) -> bool,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0usize;
    let mut previous = "";
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if !current.is_empty() && current_len + 1 + len > width && breakable(previous, word) {
            lines.push(std::mem::take(&mut current));
            current_len = 0;
        }
        if !current.is_empty() {
            current.push(' ');
            current_len += 1;
        }
        current.push_str(word);
        current_len += len;
        previous = word;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// The number of spaces (a tab counting as one) a line starts with.
pub(crate) fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

/// True for a line that is empty or only whitespace.
pub(crate) fn blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// True when `line` has a run of `spaces` spaces or more between two non-space characters: a
/// column gap in tabular copy.
pub(crate) fn has_gap(line: &str, spaces: usize) -> bool {
    let text = line.trim().as_bytes();
    // Most lines are single-spaced: one vectorised search for two spaces in a row rules them
    // out before the spaces are counted.
    static TWO_SPACES: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    if spaces >= 2 && TWO_SPACES.find(text).is_none() {
        return false;
    }
    // The spaces are found with memchr; a run is spaces at consecutive offsets.
    let mut run = 0;
    let mut last = None;
    for at in memchr::memchr_iter(b' ', text) {
        run = if last.is_some_and(|last| last + 1 == at) {
            run + 1
        } else {
            1
        };
        if run >= spaces {
            return true;
        }
        last = Some(at);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsed_lines_are_the_collapsed_join() {
        for lines in [
            &["  Berlin (dpa) -  Die", "Grünen\tsind", ""][..],
            &["a\u{7f}b", " c ", "\r\nd"][..],
            &["", "  "][..],
            &["Zürich\u{85}Genf", "x"][..],
        ] {
            assert_eq!(
                collapse_lines(lines),
                collapse(&lines.join(" ")),
                "{lines:?}"
            );
        }
        assert_eq!(
            collapse(" one\t two\r\n three\u{1}four "),
            "one two three four"
        );
        assert_eq!(collapse("a b  c d\te"), "a b c d e");
        assert_eq!(collapse("  "), "");
    }

    #[test]
    fn every_whitespace_or_control_character_starts_with_a_byte_looked_at() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if c.is_whitespace() || c.is_control() {
                let text = format!("a{c}b");
                assert_eq!(separator_len(&text, 1), c.len_utf8(), "{:x}", u32::from(c));
                assert_eq!(collapse(&text), "a b", "{:x}", u32::from(c));
            }
        }
        assert_eq!(
            collapse("«Zürich»\u{a0}Genf\u{2003}\u{3000}東京 é"),
            "«Zürich» Genf 東京 é"
        );
    }

    proptest::proptest! {
        /// Collapsing is the words between whitespace and control characters, joined by one
        /// space, on text of spaces, controls, Latin-1, typographic and CJK characters.
        #[test]
        fn collapsing_joins_the_words(text in "[ a-z\\t\\r\\n\\x01\\x7f\\u{85}\\u{a0}«»é\\u{2003}\\u{2019}\\u{3000}東]{0,40}") {
            let words: Vec<&str> = text
                .split(|c: char| c.is_whitespace() || c.is_control())
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(collapse(&text), words.join(" "));
        }
    }

    #[test]
    fn a_gap_is_a_run_of_spaces_between_characters() {
        assert!(has_gap("Bayern    3   1", 4));
        assert!(!has_gap("   Bayern 3   1   ", 4));
        assert!(has_gap("a   b", 3));
        assert!(has_gap("a  b", 2));
        assert!(!has_gap("a b  ", 2));
        assert!(has_gap("a          b", 10));
        assert!(!has_gap("a         b", 10));
    }
}
