//! The shape of a run of text that wire-copy conventions look at: how many words, whether it
//! ends as a sentence does, whether it is in capitals.

/// Number of words (runs of non-whitespace), counted up to `cap`: `cap` means `cap` or more. The rules ask whether a
/// line has a few words; a paragraph is not counted to its end to answer.
pub(crate) fn words_up_to(text: &str, cap: usize) -> usize {
    text.split_whitespace().take(cap).count()
}

/// True when `text` has more than `limit` words, found without counting past `limit + 1`.
pub(crate) fn more_words_than(text: &str, limit: usize) -> bool {
    text.split_whitespace().nth(limit).is_some()
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
