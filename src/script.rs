//! Characters by script, and the folding that lets one word list match every way a word is
//! printed: upper or lower case, Greek with or without accents, Arabic with or without hamza
//! and vowel marks, full-width Latin letters and digits (`ＡＦＰ`, `２９`).

/// A decimal digit's value in the scripts datelines use: ASCII, Arabic-Indic (`٢٩`), Eastern
/// Arabic-Indic (`۲۹`) and full-width (`２９`).
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06f0}'..='\u{06f9}' => Some(c as u32 - 0x06f0),
        '\u{ff10}'..='\u{ff19}' => Some(c as u32 - 0xff10),
        _ => None,
    }
}

/// The words of `text` as runs of alphabetic characters: what
/// `text.split(|c: char| !c.is_alphabetic())` gives without its empty pieces, read a byte at a
/// time where the text is ASCII and a character at a time elsewhere.
pub(crate) fn alphabetic_words(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        // Up to the next letter.
        let start = loop {
            let (letter, len) = letter_at(text, at)?;
            if letter {
                break at;
            }
            at += len;
        };
        // Up to the next character that is no letter, or the end.
        while let Some((true, len)) = letter_at(text, at) {
            at += len;
        }
        text.get(start..at)
    })
}

/// Whether the character at byte `at` of `text` (a character boundary) is alphabetic, and its
/// length in bytes; `None` at the end.
fn letter_at(text: &str, at: usize) -> Option<(bool, usize)> {
    let byte = *text.as_bytes().get(at)?;
    if byte.is_ascii() {
        return Some((byte.is_ascii_alphabetic(), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c.is_alphabetic(), c.len_utf8()))
}

/// True for a digit [`digit_value`] reads.
pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Letters of the right-to-left scripts (Arabic, Hebrew, Syriac, Thaana) and their
/// presentation forms. These scripts have no case, so a place name cannot be told by its
/// capital.
pub(crate) fn is_rtl_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c,
            '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

/// The Thai script, written without spaces between words and without case.
pub(crate) fn is_thai(c: char) -> bool {
    matches!(c, '\u{0e00}'..='\u{0e7f}')
}

/// Han ideographs, kana and Hangul: the scripts written without spaces between words (Korean
/// has spaces but no case).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11ff}'   // Hangul Jamo
        | '\u{2e80}'..='\u{2fdf}' // CJK radicals
        | '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{3130}'..='\u{318f}' // Hangul compatibility Jamo
        | '\u{31f0}'..='\u{31ff}' // Katakana extension
        | '\u{3400}'..='\u{4dbf}' // CJK extension A
        | '\u{4e00}'..='\u{9fff}' // CJK unified ideographs
        | '\u{a960}'..='\u{a97f}'
        | '\u{ac00}'..='\u{d7af}' // Hangul syllables
        | '\u{f900}'..='\u{faff}' // CJK compatibility ideographs
        | '\u{ff66}'..='\u{ff9f}' // half-width Katakana
        | '\u{20000}'..='\u{2fa1f}')
}

/// True for Hangul syllables and Jamo.
pub(crate) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7af}')
}

/// Characters that take two columns on a terminal (CJK, full-width forms): hard-wrapped
/// CJK copy wraps at half as many characters.
pub(crate) fn is_wide(c: char) -> bool {
    // Every wide character is at or above the Hangul Jamo; most text is below them.
    if c < '\u{1100}' {
        return false;
    }
    is_cjk(c) && !matches!(c, '\u{ff66}'..='\u{ff9f}')
        || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}' | '\u{ffe0}'..='\u{ffe6}')
}

/// Letters that are neither upper nor lower case: Arabic, Hebrew, CJK, Thai ...
pub(crate) fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()
}

/// A word starts like a name: with a capital, or with a letter of a script without case.
pub(crate) fn starts_name(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || is_uncased_letter(c))
}

/// Full-width ASCII (`ＡＦＰ`, `＝`, `（`) as ASCII; anything else unchanged.
pub(crate) fn narrow(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xff01 + 0x21).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Calls `use_folded` with `word` as [`fold`] gives it, without allocating when the word is
/// ASCII and short (most words a dateline or agency table is asked about): then folding is
/// only lower-casing, done in a buffer on the stack.
pub(crate) fn with_folded<R>(word: &str, use_folded: impl FnOnce(&str) -> R) -> R {
    let bare = word.strip_suffix('.').unwrap_or(word);
    let mut buffer = [0u8; 64];
    if bare.is_ascii()
        && let Some(slot) = buffer.get_mut(..bare.len())
    {
        slot.copy_from_slice(bare.as_bytes());
        slot.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(slot) {
            return use_folded(lower);
        }
    }
    use_folded(&fold(word))
}

/// The form words are compared in: lower case, full-width letters narrowed, Greek accents and
/// final sigma folded (`ΝΟΕΜΒΡΊΟΥ`, `Νοεμβρίου` → `νοεμβριου`), Arabic hamza seats, alef maqsura,
/// tatweel and vowel marks folded (`أكتوبر` → `اكتوبر`), a final full stop dropped.
pub(crate) fn fold(word: &str) -> String {
    let word = word.strip_suffix('.').unwrap_or(word);
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let c = narrow(c);
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            match l {
                'ά' => out.push('α'),
                'έ' => out.push('ε'),
                'ή' => out.push('η'),
                'ί' | 'ϊ' | 'ΐ' => out.push('ι'),
                'ό' => out.push('ο'),
                'ύ' | 'ϋ' | 'ΰ' => out.push('υ'),
                'ώ' => out.push('ω'),
                'ς' => out.push('σ'),
                '\u{0301}' | '\u{0308}' | '\u{0344}' => {}
                'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
                'ى' => out.push('ي'),
                'ـ' | '\u{064b}'..='\u{065f}' | '\u{0670}' => {}
                other => out.push(other),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_on_the_stack_is_folding() {
        let long = "A".repeat(70);
        for word in [
            "Reuters",
            "AFP.",
            "dpa",
            "",
            ".",
            "NOV.",
            "ＡＦＰ",
            "Νοεμβρίου",
            "أكتوبر",
            &long,
            "x..",
            "İstanbul",
        ] {
            assert_eq!(with_folded(word, str::to_string), fold(word), "{word}");
        }
    }

    #[test]
    fn alphabetic_words_are_the_split_at_other_characters() {
        for text in [
            "Der Stadtrat hat am Dienstag (dpa) den Haushalt für 2025 beschlossen.",
            "«Città» l'anno—più; Ὀδυσσεύς ١٢ 東京タワー x1y  ",
            "",
            "123 !!",
            "\u{0301}é\u{2003}ǅungla",
        ] {
            let split: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(alphabetic_words(text).collect::<Vec<_>>(), split, "{text}");
        }
    }

    /// `is_wide` answers no below the Hangul Jamo without looking further: nothing there is
    /// CJK, and the wide punctuation and full-width forms are far above.
    #[test]
    fn nothing_below_the_hangul_jamo_is_wide() {
        assert!(('\0'..'\u{1100}').all(|c| !is_cjk(c)));
        assert!(is_wide('\u{1100}') && is_wide('中') && is_wide('\u{3000}') && is_wide('Ａ'));
        assert!(!is_wide('é') && !is_wide('ж') && !is_wide('\u{0e01}') && !is_wide('\u{ff70}'));
    }

    #[test]
    fn folds_case_accents_and_width() {
        assert_eq!(fold("ΝΟΕΜΒΡΊΟΥ"), "νοεμβριου");
        assert_eq!(fold("Νοεμβρίου"), "νοεμβριου");
        assert_eq!(fold("ΜΑΪΟΥ"), "μαιου");
        assert_eq!(fold("أكتوبر"), "اكتوبر");
        assert_eq!(fold("ＡＦＰ"), "afp");
        assert_eq!(fold("Nov."), "nov");
        assert_eq!(fold("НОЯБРЯ"), "ноября");
    }

    #[test]
    fn digits_and_scripts() {
        assert_eq!(digit_value('٢'), Some(2));
        assert_eq!(digit_value('۹'), Some(9));
        assert_eq!(digit_value('２'), Some(2));
        assert_eq!(digit_value('x'), None);
        assert!(is_rtl_letter('ا') && is_rtl_letter('ש') && !is_rtl_letter('a'));
        assert!(is_cjk('北') && is_cjk('カ') && is_cjk('서') && !is_cjk('A'));
        assert!(is_hangul('서') && !is_hangul('北'));
        assert!(starts_name("Roma") && starts_name("الدوحة") && !starts_name("roma"));
        assert_eq!(narrow('＝'), '=');
    }
}
