//! The lines above the story: markers (`URGENT`, `EMBARGO ...`, slugs, routing codes, editor's
//! notes) and the furniture agencies hang on headlines (bylines: `crate::byline`) (`UPDATE 1-`, `++ ... ++`,
//! `(2)`, a trailing ` =`).

use crate::dateline::is_cjk;

use super::shape::{code_line, date_line, ends_sentence, is_caps, more_words_than, words_up_to};
use crate::markers;

/// What a header line that is not content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Furniture {
    /// Priority, version, slug or routing lines (`URGENT`, `BC-US--APNewsAlert`, codes).
    Marker,
    /// A note to editors: embargo, correction, replacement (`EMBARGO ALLE ORE ...`).
    RoledText,
}

/// Version words: a line made only of these (and numbers, ordinals) is a version marker.
const VERSION_WORDS: &[&str] = &[
    "LEAD",
    "LD",
    "REFILE",
    "EXTRA",
    "UPDATE",
    "UPDATED",
    "CORRECTED",
    "CORRECTION",
    "WRITETHRU",
    "LD-WRITETHRU",
    "1ST",
    "2ND",
    "3RD",
    "NET",
    "ADVISORY",
    "REPEAT",
    "RPT",
];

/// Starts of note lines, compared upper-cased.
const NOTE_PREFIXES: &[&str] = &[
    "EMBARGO",
    "SPERRFRIST",
    "HOLD FOR RELEASE",
    "FOR RELEASE",
    "FOR IMMEDIATE RELEASE",
    "NOT FOR PUBLICATION",
    "EDS:",
    "EDS ",
    "EDITOR'S NOTE",
    "EDITORS NOTE",
    "EDITOR’S NOTE",
    "NOTE TO EDITORS",
    "(ATTN",
    "ATTN:",
    "(CORRECTS",
    "(ADDS",
    "(UPDATES",
    "(RECASTS",
    "(REFILES",
    "(REPEATS",
    "(CHANGES",
    "(FIXES",
    "(ADVISORY",
    "NIEUW BERICHT",
    "N I E U W",
];

/// Starts of note lines that count only when printed in capitals (they open sentences too).
const CAPS_NOTE_PREFIXES: &[&str] = &[
    "ATTENTION",
    "ACHTUNG",
    "BERICHTIGUNG",
    "CORRECTION",
    "RECTIFICATIF",
    "KORREKTUR",
    "CORREZIONE",
    "RETTIFICA",
];

/// Genre labels printed in parentheses before a headline or on a line of their own (Yonhap's
/// `(News Focus)`, AFP's `(REPORTAGE)`), upper-cased.
const GENRES: &[&str] = &[
    "NEWS FOCUS",
    "NEWS ANALYSIS",
    "YONHAP INTERVIEW",
    "YONHAP FEATURE",
    "INTERVIEW",
    "FEATURE",
    "PROFILE",
    "ANALYSIS",
    "REPORTAGE",
    "PORTRAIT",
    "ENTRETIEN",
    "ANALYSE",
    "EXCLUSIVE",
    "FACTBOX",
    "EDITORIAL",
];

/// The characters of a header line that [`furniture`] upper-cases to compare with
/// [`NOTE_PREFIXES`] and `BC-`: as many as the longest prefix has bytes.
const NOTE_CHARS: usize = crate::text_shape::longest(&[NOTE_PREFIXES, &["BC-"]]);

/// Classifies a header line that is not content, or `None` for a candidate headline.
pub(super) fn furniture(line: &str) -> Option<Furniture> {
    let text = line.trim();
    // Only the line's start is upper-cased: the prefixes are short and a lead paragraph long.
    let upper = crate::text_shape::CasedStart::upper(text, NOTE_CHARS);
    let first_word = text
        .split(|c: char| c.is_whitespace() || c == ':')
        .next()
        .unwrap_or(text);
    // A marker in capitals, or a note in brackets (`(Berichtigung: ...)`): a correction word
    // opening a headline in sentence case (`Correction of ...`) is the headline.
    let marker_cased = is_caps(first_word)
        || first_word.chars().all(|c| !c.is_lowercase())
        || (text.starts_with(['(', '[']) && text.ends_with([')', ']']));
    if NOTE_PREFIXES.iter().any(|p| upper.starts_with(p))
        || markers::is_embargo(text)
        || CAPS_NOTE_PREFIXES
            .iter()
            .any(|p| text.starts_with(p) && is_caps(text.split(':').next().unwrap_or(text)))
        || (marker_cased && !more_words_than(text, 40) && markers::is_correction(text))
        || letter_spaced(text)
    {
        return Some(Furniture::RoledText);
    }
    if text.starts_with('(') && text.ends_with(')') && GENRES.contains(&upper_core(text).as_str()) {
        return Some(Furniture::Marker);
    }
    let bracketed = text.starts_with(['(', '[', '【']) && !more_words_than(text, 2);
    if markers::is_priority(text) || version_line(text) || (bracketed && markers::is_version(text))
    {
        return Some(Furniture::Marker);
    }
    if upper.starts_with("BC-") || code_line(text) || date_line(text) || keyword_path(text) {
        return Some(Furniture::Marker);
    }
    if super::page_furniture::page_furniture(text) {
        return Some(Furniture::Marker);
    }
    // `Source: Radio New Zealand` above or below the headline (RNZ, AsiaNet): who issued the
    // story, kept as a header line, never the headline.
    if super::trailer::labelled_credit(text).is_some() {
        return Some(Furniture::Marker);
    }
    None
}

/// The line upper-cased, without the punctuation around it (`(News Focus)` → `NEWS FOCUS`).
fn upper_core(text: &str) -> String {
    text.to_uppercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// `1ST LEAD`, `REFILE`, `UPDATE 2`, `1st Ld-Writethru`: a line of version words and numbers
/// of at most two digits, at least one of them a version word.
fn version_line(text: &str) -> bool {
    let core = text.trim_matches(|c: char| !c.is_alphanumeric());
    let mut versioned = false;
    for word in core.split_whitespace() {
        // Words are upper-cased one at a time, and a line stops at its first other word.
        let upper = word.to_uppercase();
        if VERSION_WORDS.contains(&upper.as_str()) {
            versioned = true;
        } else if !(upper.len() <= 2 && upper.chars().all(|c| c.is_ascii_digit())) {
            return false;
        }
    }
    versioned
}

/// `N i e u w bericht`: a word printed letter by letter.
fn letter_spaced(text: &str) -> bool {
    let mut singles = 0;
    for word in text.split_whitespace() {
        if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
            singles += 1;
            if singles >= 4 {
                return true;
            }
        } else {
            break;
        }
    }
    false
}

/// A dpa keyword path (`Germany-politics/`, `/politics/Britain/EU/`): slashes, no spaces.
pub(super) fn keyword_path(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && (text.starts_with('/') || text.ends_with('/'))
        && text.chars().filter(|c| *c == '/').count() >= 1
        && text.chars().any(char::is_alphabetic)
        && text.chars().count() > 2
}

/// A slug or keyword line (`ESPAÑA VIVIENDA`, `FRANCE-MÉTÉO-INONDATIONS`, `Suisse`): dropped
/// when a headline follows it, kept as the headline when nothing does. Chinese and Japanese
/// write no spaces, so a line of theirs without one is no single token: a headline may be.
pub(super) fn slug_like(line: &str) -> bool {
    let text = line.trim();
    let one_token = !text.contains(char::is_whitespace) && !text.chars().any(is_cjk);
    (is_caps(text) && !ends_sentence(text))
        || (one_token && text.chars().any(char::is_alphabetic))
        || keyword_chain(text).is_some()
}

/// BTA's keyword line (`България - транспорт - Пловдив`): three to six keywords of one or two
/// words joined by spaced dashes, the keywords.
pub(super) fn keyword_chain(text: &str) -> Option<Vec<&str>> {
    let keywords: Vec<&str> = text
        .split(" - ")
        .flat_map(|part| part.split(" – "))
        .map(str::trim)
        .collect();
    ((3..=6).contains(&keywords.len())
        && !ends_sentence(text)
        && keywords.iter().all(|k| {
            (1..=2).contains(&words_up_to(k, 3))
                && k.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        }))
    .then_some(keywords)
}

/// Removes version and priority furniture from a headline: `UPDATE 1-`, `REFILE-`, `(LEAD)`,
/// `>>>ANSA/`, `++ ... ++`, a trailing `(2)`, `=` or `+`. Returns the headline and what was
/// removed.
pub(super) fn strip_furniture(headline: &str) -> (String, Vec<String>) {
    let mut text = headline.trim().to_string();
    let mut removed = Vec::new();
    for _ in 0..6 {
        let before = text.clone();
        if let Some(rest) = text.strip_prefix("++").map(str::to_string) {
            removed.push("++".to_string());
            text = rest.trim().trim_end_matches('+').trim().to_string();
        } else if let Some(rest) = text.strip_prefix(">>>") {
            let cut = rest
                .char_indices()
                .take(16)
                .find(|(_, c)| *c == '/')
                .map_or(0, |(i, _)| i + 1);
            removed.push(format!(">>>{}", rest.get(..cut).unwrap_or("")));
            text = rest.get(cut..).unwrap_or("").trim().to_string();
        } else if let Some((mark, rest)) = reuters_prefix(&text) {
            removed.push(mark);
            text = rest;
        } else if let Some((mark, rest)) = paren_prefix(&text) {
            removed.push(mark);
            text = rest;
        } else if let Some((mark, rest)) = bracket_prefix(&text) {
            removed.push(mark);
            text = rest;
        } else if let Some((mark, rest)) = colon_prefix(&text) {
            removed.push(mark);
            text = rest;
        } else if let Some((rest, mark)) = paren_suffix(&text) {
            removed.push(mark);
            text = rest;
        } else if let Some(rest) = text.strip_suffix(['=', '+']) {
            removed.push(text.chars().last().map(String::from).unwrap_or_default());
            text = rest.trim_end().to_string();
        }
        if text == before || text.is_empty() {
            break;
        }
    }
    if text.is_empty() {
        return (headline.trim().to_string(), Vec::new());
    }
    (text, removed)
}

/// `UPDATE 1-`, `REFILE-`, `CORRECTED-`, `RPT-` glued to the headline.
fn reuters_prefix(text: &str) -> Option<(String, String)> {
    const WORDS: &[&str] = &[
        "UPDATE",
        "REFILE",
        "CORRECTED",
        "RPT",
        "RECASTS",
        "WRAPUP",
        "EXCLUSIVE",
        "INSIGHT",
        "ANALYSIS",
        "FACTBOX",
        "INTERVIEW",
        "BREAKINGVIEWS",
        "URGENT",
    ];
    let dash = text.find('-')?;
    let head = text.get(..dash)?;
    let word = head.split_whitespace().next()?;
    let tail = head.get(word.len()..)?.trim();
    let numbered = tail.is_empty() || (tail.len() <= 2 && tail.chars().all(|c| c.is_ascii_digit()));
    if !WORDS.contains(&word) || !numbered {
        return None;
    }
    let rest = text.get(dash + 1..)?.trim();
    (!rest.is_empty()).then(|| (head.trim().to_string(), rest.to_string()))
}

/// `(LEAD)`, `(2nd LD)`, `(URGENT)` before the headline.
fn paren_prefix(text: &str) -> Option<(String, String)> {
    let inner_end = text.strip_prefix('(')?.find(')')?;
    let inner = text.get(1..=inner_end)?;
    let upper = inner.to_uppercase();
    let known = upper.contains("LEAD")
        || upper.contains(" LD")
        || upper == "LD"
        || markers::is_priority(&upper)
        || GENRES.contains(&upper.as_str());
    if !known || inner.len() > 20 {
        return None;
    }
    let rest = text.get(inner_end + 2..)?.trim();
    (!rest.is_empty()).then(|| (format!("({inner})"), rest.to_string()))
}

/// `[속보]`, `[종합2보]`, `【速報】`, `【快讯】` before the headline: priority and version
/// brackets of the Korean, Japanese and Chinese presses.
fn bracket_prefix(text: &str) -> Option<(String, String)> {
    let (open, close) = [('[', ']'), ('【', '】'), ('［', '］')]
        .into_iter()
        .find(|(open, _)| text.starts_with(*open))?;
    let end = text.find(close)?;
    let mark = text.get(..end + close.len_utf8())?;
    let inner = mark.get(open.len_utf8()..end)?;
    let known =
        markers::is_priority(inner) || markers::is_version(mark) || markers::is_correction(inner);
    if !known || inner.chars().count() > 12 {
        return None;
    }
    let rest = text.get(end + close.len_utf8()..)?.trim();
    (!rest.is_empty()).then(|| (mark.to_string(), rest.to_string()))
}

/// `URGENT: ...`, `BREAKING: ...`, `СРОЧНО: ...`: a priority word and a colon before the
/// headline.
fn colon_prefix(text: &str) -> Option<(String, String)> {
    let (head, rest) = text.split_once([':', '：'])?;
    let rest = rest.trim();
    (markers::is_priority(head) && !rest.is_empty() && !more_words_than(head, 2))
        .then(|| (head.trim().to_string(), rest.to_string()))
}

/// `(2)`, `(3DER)`, `(CORRECT)`, `(RECTIFICATIF)` after the headline.
fn paren_suffix(text: &str) -> Option<(String, String)> {
    let body = text.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = body.get(open + 1..)?;
    let take = !inner.is_empty()
        && inner.len() <= 16
        && (inner.chars().all(|c| c.is_ascii_digit())
            || (inner.chars().next().is_some_and(|c| c.is_ascii_digit()) && is_caps(inner))
            || matches!(
                inner,
                "CORRECT"
                    | "CORRECTED"
                    | "RECTIFICATIF"
                    | "UPDATE"
                    | "UPDATED"
                    | "LEAD"
                    | "NEW"
                    | "NIEUW"
                    | "KORRIGIERT"
            )
            // Yonhap: `(종합)`, `(2보)`, `(종합2보)`; the Chinese and Japanese `（更新）`.
            || inner.starts_with("종합")
            || (inner.ends_with('보') && inner.chars().next().is_some_and(|c| c.is_ascii_digit()))
            || markers::is_priority(inner)
            || markers::is_correction(inner));
    let rest = body.get(..open)?.trim_end();
    (take && !rest.is_empty()).then(|| (rest.to_string(), format!("({inner})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_and_notes() {
        assert_eq!(furniture("URGENT"), Some(Furniture::Marker));
        assert_eq!(
            keyword_chain("България - транспорт - Пловдив"),
            Some(vec!["България", "транспорт", "Пловдив"])
        );
        assert!(slug_like("Sport - Fußball - Bundesliga"));
        assert_eq!(keyword_chain("Ukraine - Russia"), None);
        assert_eq!(
            keyword_chain("Rhein-Main – Verkehr – Bahn"),
            Some(vec!["Rhein-Main", "Verkehr", "Bahn"])
        );
        assert_eq!(keyword_chain("Rain - then more rain - in 2025"), None);
        assert_eq!(
            keyword_chain("Ceasefire holds - for now - officials say."),
            None
        );
        assert_eq!(furniture("BC-US--APNewsAlert"), Some(Furniture::Marker));
        assert_eq!(
            furniture("sbf112 3 ec 245   etf 412"),
            Some(Furniture::Marker)
        );
        assert_eq!(furniture("1ST LEAD"), Some(Furniture::Marker));
        assert_eq!(
            furniture("EMBARGO ALLE ORE 00.01 DI SABATO 30 NOVEMBRE 2024"),
            Some(Furniture::RoledText)
        );
        assert_eq!(
            furniture("N i e u w bericht, vervangt: Geen treinen rond Utrecht"),
            Some(Furniture::RoledText)
        );
        assert_eq!(
            furniture("Daily News 15 / 11 / 2022"),
            Some(Furniture::Marker)
        );
        assert_eq!(furniture("Bahnstrecke nach Sturm wieder frei"), None);
        assert_eq!(furniture("СРОЧНО"), Some(Furniture::Marker));
        assert_eq!(furniture("(REPORTAGE)"), Some(Furniture::Marker));
        assert_eq!(furniture("[속보]"), Some(Furniture::Marker));
        assert_eq!(furniture("(2nd LD)"), Some(Furniture::Marker));
        assert_eq!(
            furniture("SPERRFRIST: 30. November 2024, 00.01 Uhr"),
            Some(Furniture::RoledText)
        );
        assert_eq!(
            furniture("ЭМБАРГО ДО 10:00 МСК"),
            Some(Furniture::RoledText)
        );
        assert_eq!(furniture("BERICHTIGUNG"), Some(Furniture::RoledText));
        assert_eq!(
            furniture("ИСПРАВЛЕНИЕ: уточнена дата"),
            Some(Furniture::RoledText)
        );
        assert_eq!(furniture("Correction of a headline"), None);
    }

    #[test]
    fn headline_furniture_is_removed() {
        let strip = |h: &str| strip_furniture(h).0;
        assert_eq!(
            strip("UPDATE 1-Unification Church arm acquires UPI"),
            "Unification Church arm acquires UPI"
        );
        assert_eq!(
            strip("++ Terremoto: scossa ai Campi Flegrei ++"),
            "Terremoto: scossa ai Campi Flegrei"
        );
        assert_eq!(
            strip("Treinverkeer rond Utrecht weer op gang (2)"),
            "Treinverkeer rond Utrecht weer op gang"
        );
        assert_eq!(
            strip("Genève: le canton veut doubler les pistes ="),
            "Genève: le canton veut doubler les pistes"
        );
        assert_eq!(
            strip("(LEAD) NC Dinos capture 1st Korean Series title"),
            "NC Dinos capture 1st Korean Series title"
        );
        assert_eq!(strip("Covid-19 cases fall"), "Covid-19 cases fall");
        assert_eq!(
            strip("(News Focus) Seoul bets on driverless buses"),
            "Seoul bets on driverless buses"
        );
        assert_eq!(strip("[속보] 정부, 새 대책 발표"), "정부, 새 대책 발표");
        assert_eq!(strip("[종합2보] 정부, 새 대책 발표"), "정부, 새 대책 발표");
        assert_eq!(strip("【速報】東京で震度4"), "東京で震度4");
        assert_eq!(
            strip("СРОЧНО: Москва закрыла аэропорт"),
            "Москва закрыла аэропорт"
        );
        assert_eq!(
            strip("Maltempo: allerta in Liguria"),
            "Maltempo: allerta in Liguria"
        );
        assert_eq!(strip("[사진] 서울의 아침"), "[사진] 서울의 아침");
        assert_eq!(
            strip("부산시, 케이블카 착공(종합2보)"),
            "부산시, 케이블카 착공"
        );
        assert_eq!(
            strip("부산시, 케이블카 착공(종합)"),
            "부산시, 케이블카 착공"
        );
        assert_eq!(strip("G7 (Italy) summit opens"), "G7 (Italy) summit opens");
    }
}
