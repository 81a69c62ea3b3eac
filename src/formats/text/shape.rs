//! What a line looks like: sentence or headline, code or date line. The small predicates the
//! header, body and trailer rules share (those the byline grammar needs too are in
//! `crate::text_shape`).

pub(super) use crate::text_shape::{ends_sentence, is_caps, more_words_than, words_up_to};

/// A line that could be a headline: no sentence ending, at most 30 words.
pub(super) fn headline_like(text: &str) -> bool {
    let words = words_up_to(text, 31);
    (1..=30).contains(&words) && text.chars().nth(250).is_none() && !ends_sentence(text)
}

/// A title line in the ITALPRESS shape: one short sentence ending with a full stop, above the
/// headline (`Colloqui tra Haftar e Belousov a Mosca per la stabilità della Libia.`).
/// In Chinese and Japanese, which put no spaces between words, one sentence ending with `。` of
/// at most 60 characters (the plain-text writer prints a title so).
pub(super) fn title_like(text: &str) -> bool {
    let text = text.trim_end();
    if let Some(sentence) = text.strip_suffix('。') {
        return text.chars().any(crate::script::is_wide)
            && (2..=60).contains(&sentence.chars().count())
            && !sentence.contains(['。', '.', '！', '？']);
    }
    (2..=25).contains(&words_up_to(text, 26))
        && text.ends_with('.')
        && !text.ends_with("..")
        && !text.contains(". ")
}

/// True when the first character is an upper-case letter.
pub(super) fn starts_upper(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
}

/// A transmission or routing code rather than words: most tokens hold digits
/// (`sbf112 3 ec 245   etf 412`, `291410 nov 24`, `AP-WF-11-13-13 1509GMT`).
pub(super) fn code_line(text: &str) -> bool {
    // A sentence is no code line: asked first, as it costs a look at the line's end.
    if ends_sentence(text) {
        return false;
    }
    // Thirteen tokens are enough to know a line is too long to be one.
    let mut tokens = [""; 13];
    let mut count = 0;
    for (slot, token) in tokens.iter_mut().zip(text.split_whitespace()) {
        *slot = token;
        count += 1;
    }
    let tokens = tokens.get(..count).unwrap_or(&[]);
    let with_digits = tokens
        .iter()
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .count();
    tokens.len() <= 12
        && with_digits >= 1
        && with_digits * 2 >= tokens.len()
        && (with_digits >= 2 || tokens.len() == 1)
        && tokens.iter().all(|t| t.chars().count() <= 24)
}

/// A line that is mostly a numeric date (`Daily News 15 / 11 / 2022`, `29.11.2024`).
pub(super) fn date_line(text: &str) -> bool {
    // Five words are enough to know a line is too long to be one.
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(5)
        .count();
    if words > 4 {
        return false;
    }
    let compact: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    numeric_date_in(&compact)
}

/// Finds `d{1,2} sep d{1,2} sep d{2,4}` with `sep` one of `/ . -`, used consistently.
fn numeric_date_in(chars: &[char]) -> bool {
    let digits_at = |start: usize| {
        chars
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut i = 0;
    while i < chars.len() {
        let first = digits_at(i);
        if first == 0 {
            i += 1;
            continue;
        }
        let sep_at = i + first;
        if let Some(&sep) = chars.get(sep_at).filter(|c| matches!(c, '/' | '.' | '-')) {
            let second = digits_at(sep_at + 1);
            let sep2_at = sep_at + 1 + second;
            if (1..=2).contains(&first)
                && (1..=2).contains(&second)
                && chars.get(sep2_at) == Some(&sep)
                && (2..=4).contains(&digits_at(sep2_at + 1))
            {
                return true;
            }
        }
        // Past the digits (there is at least one).
        i = sep_at;
    }
    false
}

/// A sub-heading inside the body: a short line without sentence punctuation
/// (`Espansione della Cooperazione Militare`), or an AFP intertitle `- « Jamais vu ça » -`.
pub(super) fn subheading_like(text: &str) -> bool {
    let text = text.trim();
    // At most 90 characters (counted no further than that) and ten words.
    if text.chars().nth(90).is_some() {
        return false;
    }
    let words = text.split_whitespace().take(11).count();
    if !(1..=10).contains(&words) {
        return false;
    }
    if afp_intertitle(text) {
        return true;
    }
    let last = text.chars().next_back();
    // Scripts without case: a line of words as in any other script (Arabic, Hebrew), but only
    // a short one when it has no spaces (a CJK paragraph is one "word").
    // A heading may open with a figure (`35 Kilometres of New Paths`): then its first word
    // decides.
    let opening = text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, ',' | '.'));
    let figure = opening.len() < text.len() && opening.starts_with(' ') && words >= 2;
    let opening = if figure { opening.trim_start() } else { text };
    let uncased = opening
        .chars()
        .next()
        .is_some_and(crate::dateline::is_uncased_letter);
    (starts_upper(opening) || (uncased && (words >= 2 || text.chars().count() <= 30)))
        && !ends_sentence(text)
        && !matches!(last, Some(',' | ':' | '-' | '–' | '—' | '=' | '+' | '/'))
        && !code_line(text)
        && words <= 8
        // Columns aligned with runs of spaces: a table's row, not a heading.
        && !text.contains("   ")
        && quotes_paired(text)
}

/// True when the line's quotation marks open and close within it: a line with an unpaired one
/// is part of a quotation broken over lines (a lyric, a verse), not a heading.
fn quotes_paired(text: &str) -> bool {
    let count = |mark: char| text.chars().filter(|&c| c == mark).count();
    count('"') % 2 == 0 && count('“') == count('”') && count('«') == count('»')
}

/// `- « Jamais vu ça » -`, `- “Très fortes vagues” -`.
fn afp_intertitle(text: &str) -> bool {
    let dashes = ['-', '–', '—'];
    let inner = text
        .strip_prefix(dashes)
        .and_then(|t| t.strip_suffix(dashes))
        .map(str::trim);
    inner.is_some_and(|inner| {
        !inner.is_empty() && text.chars().nth(1) == Some(' ') && !ends_sentence(inner)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// #19: a line of a quotation broken over lines is no heading, however short; a heading
    /// quoting a phrase whole still is.
    #[test]
    fn a_line_of_a_quotation_is_no_heading() {
        assert!(!subheading_like("And all the night I cannot sleep\""));
        assert!(!subheading_like("“Oh the river runs so cold"));
        assert!(!subheading_like("« Nous reviendrons"));
        assert!(subheading_like("The “New Deal” Returns"));
        assert!(subheading_like("Der \"Plan B\" der Regierung"));
        assert!(subheading_like("Le « plan B » du gouvernement"));
    }

    /// #19: a heading that opens with a figure is read by its first word.
    #[test]
    fn a_heading_may_open_with_a_figure() {
        assert!(subheading_like("35 קילומטרים של שבילים חדשים"));
        assert!(subheading_like("1,200 New Bikes for the City"));
        assert!(!subheading_like("35 percent of the votes"));
        assert!(!subheading_like("2024"));
        assert!(!subheading_like("35km of new paths"));
    }

    #[test]
    fn sentences_headlines_and_titles() {
        assert!(ends_sentence("Ha detto Belousov.”"));
        assert!(!ends_sentence(
            "Rafforzamento dei Legami tra Libia e Russia"
        ));
        assert!(headline_like("Bahnstrecke nach Sturm wieder frei"));
        assert!(title_like(
            "Colloqui tra Haftar e Belousov a Mosca per la stabilità della Libia."
        ));
        assert!(!title_like("One sentence. And another."));
        assert!(title_like("政府批准学校计划。"));
        assert!(title_like("政府は学校の計画を承認した。"));
        assert!(!title_like("政府批准学校计划。工程将持续几个月。"));
        assert!(!title_like(&format!("{}。", "政府批准学校计划".repeat(8))));
    }

    #[test]
    fn capitals_are_of_a_cased_script() {
        assert!(is_caps("ESPAÑA VIVIENDA"));
        assert!(is_caps("FRANCE-MÉTÉO-INONDATIONS"));
        assert!(is_caps("ΑΘΗΝΑ"));
        assert!(!is_caps("España vivienda"));
        // No letter of Arabic, Chinese or Korean is a capital.
        assert!(!is_caps("وافقت الحكومة على خطة"));
        assert!(!is_caps("政府批准学校计划"));
        assert!(!is_caps("정부는 계획을 승인했다"));
        assert!(!is_caps("COVID وافقت الحكومة على خطة للمدارس"));
    }

    #[test]
    fn codes_and_dates() {
        assert!(code_line("sbf112 3 ec 245   etf 412"));
        assert!(code_line("291410 nov 24"));
        assert!(code_line("AP-WF-11-13-13 1509GMT"));
        // Half the tokens with digits is enough.
        assert!(code_line("abc123 def ghi 45 jkl x6"));
        assert!(!code_line(
            "Türkiye's tourism revenue climbs 9% in third quarter"
        ));
        assert!(!code_line("Budget 2023"));
        // A sentence is no code, however many figures it has.
        assert!(!code_line("Up 2 to 4.5 in 2024."));
        assert!(date_line("Daily News 15 / 11 / 2022"));
        assert!(date_line("29.11.2024"));
        // At most four words beside the date.
        assert!(date_line("Daily News of Monday 15/11/2022"));
        assert!(!date_line("Talks resume in Geneva today 15/11/2022"));
        // One separator, used twice, and a year of two to four digits.
        assert!(!date_line("15/11.2022"));
        assert!(!date_line("15/11/2"));
        assert!(!date_line(
            "Score was 2-1 in the end of a long match in Rome"
        ));
    }

    #[test]
    fn subheadings_in_scripts_without_case() {
        // 31 characters of Arabic in four words: the length limit of unspaced CJK lines
        // made it a paragraph.
        assert!(subheading_like("الاثنين المسؤولون على المسؤولون"));
        assert!(subheading_like("北部学校将重新开放"));
        assert!(!subheading_like(&"北部学校将重新开放".repeat(4)));
        assert!(!subheading_like("وافقت الحكومة على خطة للمدارس."));
    }

    #[test]
    fn subheadings() {
        assert!(subheading_like("Espansione della Cooperazione Militare"));
        assert!(subheading_like("- « Jamais vu ça » -"));
        // An intertitle too has at most ten words and 90 characters.
        assert!(!subheading_like(
            "- « un deux trois quatre cinq six sept huit » -"
        ));
        let long = format!("- « {} » -", "Anticonstitutionnellement".repeat(4));
        assert!(!subheading_like(&long));
        assert!(subheading_like(&format!("- « {} » -", "x".repeat(82))));
        assert!(!subheading_like(&format!("- « {} » -", "x".repeat(83))));
        assert!(!subheading_like(
            "– Vi ser at stadig flere velger å reise, sier han."
        ));
        assert!(!subheading_like("Sterling was little changed."));
        assert!(!subheading_like("\"We will win\""));
    }
}
