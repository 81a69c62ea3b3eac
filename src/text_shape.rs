//! The shape of a run of text that wire-copy conventions look at: how many words, whether it
//! ends as a sentence does, whether it is in capitals.

/// Number of words (runs of non-whitespace).
pub(crate) fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
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
