//! The shape of a run of text that wire-copy conventions look at: how many words, whether it
//! ends as a sentence does, whether it is in capitals.

/// Number of words (runs of non-whitespace, as `split_whitespace` gives them), counted up to
/// `cap`: `cap` means `cap` or more. The rules ask whether a line has a few words; a paragraph
/// is not counted to its end to answer, and is read a byte at a time.
pub(crate) fn words_up_to(text: &str, cap: usize) -> usize {
    let mut count = 0;
    let mut at = 0;
    while count < cap {
        // Over the whitespace before a word.
        at = past_run(text, at, whitespace_len);
        if at >= text.len() {
            break;
        }
        count += 1;
        // Over the word: a byte that cannot start a whitespace character is passed over
        // without decoding, as is the middle of a character.
        at += 1;
        while let Some(&byte) = text.as_bytes().get(at) {
            if MAY_START_WHITESPACE[usize::from(byte)] && whitespace_len(text, at) > 0 {
                break;
            }
            at += 1;
        }
    }
    count
}

/// The bytes a whitespace character may start with (those [`whitespace_len`] looks at).
const MAY_START_WHITESPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = matches!(byte, 0x09..=0x0d | 0x20 | 0xc2 | 0xe1 | 0xe2 | 0xe3);
        byte += 1;
    }
    table
};

/// Where the run of characters that `len_at` measures (their length in bytes, 0 for any other
/// character) ends, from byte `at` of `text`: past whitespace, or past separators.
pub(crate) fn past_run(text: &str, mut at: usize, len_at: impl Fn(&str, usize) -> usize) -> usize {
    loop {
        match len_at(text, at) {
            0 => return at,
            len => at += len,
        }
    }
}

/// True when `text` has more than `limit` words, found without counting past `limit + 1`.
pub(crate) fn more_words_than(text: &str, limit: usize) -> bool {
    words_up_to(text, limit.saturating_add(1)) > limit
}

/// The length in bytes of the whitespace character at byte `at` of `text`, or 0 when another
/// character (or the middle of one) is there. ASCII whitespace is tab to carriage return and
/// space; every other whitespace character starts with the byte 0xC2 (NEL, no-break space),
/// 0xE1 (Ogham space), 0xE2 (the general punctuation spaces) or 0xE3 (ideographic space), and
/// only those are decoded.
pub(crate) fn whitespace_len(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(0x09..=0x0d | b' ') => 1,
        Some(0xc2 | 0xe1 | 0xe2 | 0xe3) => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// True when the text ends like a sentence: `.`, `!`, `?`, `…` or `;` (and the CJK `。`, `！`,
/// `？`, the Arabic `؟` and `۔`, the Devanagari `।`), possibly inside closing quotes or brackets
/// (`... ha detto.”`, `…と述べた。」`).
pub(crate) fn ends_sentence(text: &str) -> bool {
    let last = text.trim_end().chars().rev().find(|c| {
        !matches!(
            c,
            '"' | '\''
                | '’'
                | '”'
                | '»'
                | '›'
                | ')'
                | ']'
                | '」'
                | '』'
                | '）'
                | '】'
                | '〉'
                | '》'
        )
    });
    matches!(
        last,
        Some('.' | '!' | '?' | '…' | ';' | '。' | '！' | '？' | '．' | '؟' | '۔' | '।' | '｡')
    )
}

/// True when no letter is lower case and capitals are at least two and at least half the
/// letters (`ESPAÑA VIVIENDA`). Letters of a script without case (Arabic, CJK, Hangul) are no
/// capitals: an Arabic headline is not a slug in capitals.
pub(crate) fn is_caps(text: &str) -> bool {
    let (mut letters, mut capitals) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
        capitals += usize::from(c.is_uppercase());
    }
    capitals >= 2 && capitals * 2 >= letters
}

/// The start of a line in upper or lower case, to compare with prefixes written in that case
/// (of at most the characters it was made with). An ASCII start, most lines, is compared where
/// it stands, a byte at a time; any other is cased into a new string first, as
/// [`upper_start`] and [`lower_start`] do.
pub(crate) enum CasedStart<'a> {
    /// The line's first bytes, all ASCII, and whether they compare upper-cased.
    Ascii(&'a [u8], bool),
    /// The line's first characters, cased.
    Cased(String),
}

impl<'a> CasedStart<'a> {
    /// The first `count` characters of `text`, to compare upper-cased.
    pub(crate) fn upper(text: &'a str, count: usize) -> Self {
        Self::new(text, count, true)
    }

    /// The first `count` characters of `text`, to compare lower-cased.
    pub(crate) fn lower(text: &'a str, count: usize) -> Self {
        Self::new(text, count, false)
    }

    fn new(text: &'a str, count: usize, upper: bool) -> Self {
        let bytes = text.as_bytes();
        let head = bytes.get(..count).unwrap_or(bytes);
        if head.is_ascii() {
            Self::Ascii(head, upper)
        } else if upper {
            Self::Cased(upper_start(text, count))
        } else {
            Self::Cased(lower_start(text, count))
        }
    }

    /// True when the cased start begins with `prefix`.
    pub(crate) fn starts_with(&self, prefix: &str) -> bool {
        match self {
            Self::Ascii(head, upper) => head.get(..prefix.len()).is_some_and(|head| {
                head.iter().zip(prefix.bytes()).all(|(&b, p)| {
                    p == if *upper {
                        b.to_ascii_uppercase()
                    } else {
                        b.to_ascii_lowercase()
                    }
                })
            }),
            Self::Cased(cased) => cased.starts_with(prefix),
        }
    }
}

/// The first `count` characters of `text`, upper-cased: all that a `starts_with` against
/// upper-case prefixes of at most `count` characters needs to see, as upper-casing never makes
/// fewer characters. Cheaper than upper-casing a whole paragraph to look at its start.
pub(crate) fn upper_start(text: &str, count: usize) -> String {
    first_chars(text, count).to_uppercase()
}

/// The first `count` characters of `text`, lower-cased, as [`upper_start`] upper-cases them:
/// lower-casing never makes fewer characters either.
pub(crate) fn lower_start(text: &str, count: usize) -> String {
    first_chars(text, count).to_lowercase()
}

/// The first `count` characters of `text` (all of it when it has fewer).
fn first_chars(text: &str, count: usize) -> &str {
    let end = text
        .char_indices()
        .nth(count)
        .map_or(text.len(), |(i, _)| i);
    text.get(..end).unwrap_or(text)
}

/// The length in bytes of the longest word of any of `lists`, at least its length in
/// characters: how many characters [`upper_start`] and [`lower_start`] must keep.
pub(crate) const fn longest(lists: &[&[&str]]) -> usize {
    let mut longest = 0;
    let mut list = 0;
    while list < lists.len() {
        let mut word = 0;
        while word < lists[list].len() {
            if lists[list][word].len() > longest {
                longest = lists[list][word].len();
            }
            word += 1;
        }
        list += 1;
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Counting words stops at the cap and otherwise agrees with `split_whitespace`.
        #[test]
        fn words_are_split_whitespace_counted(
            text in "[ a-zé£€ḃ\\t\\n\\x0b\\u{85}\\u{a0}\\u{1680}\\u{2003}\\u{2028}\\u{3000}東]{0,100}",
            cap in 0usize..40,
        ) {
            let all = text.split_whitespace().count();
            proptest::prop_assert_eq!(words_up_to(&text, cap), all.min(cap));
            proptest::prop_assert_eq!(more_words_than(&text, cap), all > cap);
        }
    }

    #[test]
    fn every_whitespace_character_starts_with_a_byte_looked_at() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let expected = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(whitespace_len(&text, 1), expected, "{:x}", u32::from(c));
            assert_eq!(
                words_up_to(&text, 9),
                text.split_whitespace().count(),
                "{:x}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn words_are_counted_up_to_what_the_rule_asks() {
        let text = "one two  three\tfour\nfive";
        assert_eq!(words_up_to(text, 3), 3);
        assert_eq!(words_up_to(text, 9), 5);
        assert_eq!(words_up_to("", 4), 0);
        assert!(more_words_than(text, 4));
        assert!(!more_words_than(text, 5));
        assert!(!more_words_than("  ", 0));
        assert!(more_words_than("a", 0));
    }

    #[test]
    fn a_cased_start_compares_as_the_cased_string() {
        for text in [
            "Embargo until noon",
            "EDİTOR'S NOTE",
            "edıtor",
            "Straße",
            "",
            "eds",
        ] {
            for prefix in ["EMBARGO", "EDITOR", "STRASSE", "EDS", "", "EDS:"] {
                assert_eq!(
                    CasedStart::upper(text, 12).starts_with(prefix),
                    upper_start(text, 12).starts_with(prefix),
                    "{text} {prefix}"
                );
                let lower = prefix.to_lowercase();
                assert_eq!(
                    CasedStart::lower(text, 12).starts_with(&lower),
                    lower_start(text, 12).starts_with(&lower),
                    "{text} {lower}"
                );
            }
        }
        assert!(CasedStart::upper("hold for release", 20).starts_with("HOLD FOR"));
        assert!(!CasedStart::upper("hold", 20).starts_with("HOLD FOR"));
    }

    #[test]
    fn the_upper_cased_start_holds_every_prefix_of_that_many_characters() {
        assert_eq!(upper_start("straße ist gesperrt", 6), "STRASSE");
        assert_eq!(upper_start("ßa", 1), "SS");
        assert_eq!(lower_start("İSTANBUL (AA)", 2), "i\u{307}s");
        assert_eq!(upper_start("embargo", 30), "EMBARGO");
        let line = format!("Hold for release at 10:00 {}", "word ".repeat(500));
        assert!(crate::markers::is_embargo(&line));
        assert!(!crate::markers::is_embargo("The embargo was lifted"));
        assert_eq!(
            longest(&[&["a", "été"], &["abcd"]]),
            5,
            "bytes, not characters"
        );
    }
}
