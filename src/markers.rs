//! What wire copy's marker lines and headline furniture mean (a convention plain text, IPTC 7901 and
//! ANPA-1312 share): priority, embargo, correction, version.
//!
//! | marker | model |
//! |---|---|
//! | `FLASH`, `BLITZ`, `МОЛНИЯ`, `NU/FLASH-U` | `urgency` 1 |
//! | `URGENT`, `URGENTE`, `EIL`, `BULLETIN`, `ALERT`, `BREAKING`, `СРОЧНО`, `ΕΚΤΑΚΤΟ`, `عاجل`, `快讯`, `速報`, `속보`, `++ … ++` | `urgency` 2 |
//! | `EMBARGOED UNTIL 00:01 GMT, 30 NOVEMBER 2024`, `SPERRFRIST …`, `EMBARGO ALLE ORE …` | `embargo` when a date with a year can be read, else an editorial note |
//! | `CORRECTED-`, `CORRECTION`, `(CORRECT)`, `BERICHTIGUNG`, `RECTIFICATIF`, `N i e u w bericht, vervangt` … | an editorial note and `text:signals` `["correction"]` |
//! | `UPDATE 1-`, `1ST LEAD`, `(2nd LD)`, `1st Ld-Writethru`, `(2)`, `(3DER)`, `[2보]` | `text:version`; `version` when numbered: `UPDATE n` and the `n`th lead are version n + 1, a take number `(n)` is version n |
//!
//! Plain text has no distribution header, so `priority` (the G2 message header's) is left
//! unset; the raw marker lines stay in `extensions` (`text:priority`, `text:embargo`,
//! `text:version`, `text:header`).

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use crate::dateline::{digit_value, find_date};
use crate::model::Timestamp;
use crate::text_shape::{CasedStart, longest};

/// Priority words and their urgency, compared upper-cased and without surrounding punctuation.
const PRIORITY: &[(&str, u8)] = &[
    ("FLASH", 1),
    ("FLASH-U", 1),
    ("NU/FLASH-U", 1),
    ("BLITZ", 1),
    ("МОЛНИЯ", 1),
    ("URGENT", 2),
    ("URGENTE", 2),
    ("URGENCE", 2),
    ("DRINGEND", 2),
    ("EIL", 2),
    ("EILT", 2),
    ("EILMELDUNG", 2),
    ("BULLETIN", 2),
    ("ALERT", 2),
    ("ALERTE", 2),
    ("ALERTA", 2),
    ("BREAKING", 2),
    ("BREAKING NEWS", 2),
    ("SNAP", 2),
    ("APNEWSALERT", 2),
    ("PRIORITY", 2),
    ("ULTIMORA", 2),
    ("ULTIM'ORA", 2),
    ("NU", 2),
    ("СРОЧНО", 2),
    ("ΕΚΤΑΚΤΟ", 2),
    ("عاجل", 2),
    ("快讯", 2),
    ("快訊", 2),
    ("突发", 2),
    ("速報", 2),
    ("속보", 2),
    ("긴급", 2),
    ("++", 2),
];

/// The length in bytes of the longest priority word.
const PRIORITY_BYTES: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < PRIORITY.len() {
        if PRIORITY[i].0.len() > longest {
            longest = PRIORITY[i].0.len();
        }
        i += 1;
    }
    longest
};

/// The urgency a priority marker gives (1 flash, 2 urgent), or `None` when the text is not one.
pub(crate) fn urgency(marker: &str) -> Option<u8> {
    // Upper-casing never makes fewer characters, so a line longer than every word (in bytes,
    // which are at least as many) is none: a paragraph is passed over without upper-casing it.
    let trimmed = marker.trim().trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.chars().nth(PRIORITY_BYTES).is_some() {
        return None;
    }
    let core = core(marker);
    if core.is_empty() {
        return (marker.trim() == "++").then_some(2);
    }
    PRIORITY
        .iter()
        .find(|(word, _)| *word == core)
        .map(|(_, urgency)| *urgency)
}

/// True for a priority word (`URGENT`, `СРОЧНО`, `[속보]`).
pub(crate) fn is_priority(text: &str) -> bool {
    urgency(text).is_some()
}

/// Upper case, without the punctuation around it (`(URGENT)` → `URGENT`, `[속보]` → `속보`).
fn core(text: &str) -> String {
    text.trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_uppercase()
}

/// Words that mark a corrected story, upper-cased.
const CORRECTION_WORDS: &[&str] = &[
    "CORRECTED",
    "CORRECTION",
    "CORRECT",
    "CORRECTS",
    "RECTIFICATIF",
    "RECTIFICATION",
    "BERICHTIGUNG",
    "KORREKTUR",
    "KORRIGIERT",
    "CORREZIONE",
    "RETTIFICA",
    "CORRECCIÓN",
    "CORRECCION",
    "RECTIFICACIÓN",
    "CORRECÇÃO",
    "CORREÇÃO",
    "CORRIGENDUM",
    "RETTELSE",
    "RÄTTELSE",
    "KORRIGERT",
    "KORJAUS",
    "SPROSTOWANIE",
    "ИСПРАВЛЕНИЕ",
    "ИСПРАВЛЕНО",
    "ВИПРАВЛЕННЯ",
    "ВИПРАВЛЕНО",
    "ΔΙΟΡΘΩΣΗ",
    "تصحيح",
    "更正",
    "訂正",
    "정정",
];

/// True when the marker says the story corrects an earlier one (`CORRECTED`, `BERICHTIGUNG`,
/// ANP's replacement note `N i e u w bericht, vervangt: ...`).
pub(crate) fn is_correction(marker: &str) -> bool {
    let upper = marker.trim().to_uppercase();
    // The first word, up to a space, a colon or a bracket: `CORRECTED-UPDATE 2-...` is a
    // headline with furniture, whose `CORRECTED` the headline rules read.
    let first = upper
        .trim_start_matches(['(', '[', '【', '<'])
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | ')' | ']' | '】' | ','))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    CORRECTION_WORDS.contains(&first)
        || upper.starts_with("N I E U W")
        || upper.starts_with("NIEUW BERICHT")
        || upper.contains("VERVANGT")
        || CORRECTION_WORDS
            .iter()
            .any(|w| !w.is_ascii() && upper.starts_with(w))
}

/// True for a version marker (`UPDATE 1`, `(LEAD)`, `1st Ld-Writethru`, `REFILE`, `(2)`).
pub(crate) fn is_version(marker: &str) -> bool {
    let upper = core(marker);
    let numbered_take = marker.trim().starts_with(['(', '[']) && version_number(marker).is_some();
    numbered_take
        || upper.split([' ', '-']).any(|w| {
            matches!(
                w,
                "UPDATE" | "UPDATED" | "LEAD" | "LD" | "WRITETHRU" | "REFILE" | "REPEAT" | "RPT"
            )
        })
        || upper.contains("종합")
}

/// The version a numbered marker gives: `UPDATE 1` and `1ST LEAD` are the second version,
/// `(2)`, `(3DER)` and `[2보]` the version they number.
pub(crate) fn version_number(marker: &str) -> Option<u32> {
    let upper = core(marker);
    let words: Vec<&str> = upper.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let number = |w: &str| -> Option<u32> {
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        let rest = w.get(digits.len()..).unwrap_or("");
        let n: u32 = digits.parse().ok()?;
        let suffix_ok = matches!(
            rest,
            "" | "ST" | "ND" | "RD" | "TH" | "DER" | "E" | "ÈME" | "보"
        );
        (suffix_ok && (1..=99).contains(&n)).then_some(n)
    };
    // `UPDATE 2`: the second update, the third version.
    if let Some(i) = words.iter().position(|w| *w == "UPDATE") {
        return words.get(i + 1).and_then(|w| number(w)).map(|n| n + 1);
    }
    // `2ND LEAD`, `1st Ld-Writethru`, `(4th LD)`.
    if let Some(i) = words
        .iter()
        .position(|w| matches!(*w, "LEAD" | "LD" | "NET"))
    {
        return i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .and_then(|w| number(w))
            .map(|n| n + 1);
    }
    // `(2)`, `(3DER)`, `[2보]`, `[종합2보]`.
    let bare = upper.trim_start_matches("종합");
    match words.as_slice() {
        [_] => number(bare),
        _ => None,
    }
}

/// Starts of embargo lines, upper-cased.
const EMBARGO_PREFIXES: &[&str] = &[
    "EMBARGO",
    "SPERRFRIST",
    "HOLD FOR RELEASE",
    "FOR RELEASE AT",
    "FOR RELEASE ON",
    "FOR RELEASE UNTIL",
    "NOT FOR RELEASE",
    "NOT FOR PUBLICATION BEFORE",
    "NOT FOR PUBLICATION UNTIL",
    "NICHT VOR",
    "BLOQUÉ JUSQU",
    "ЭМБАРГО",
    "ΕΜΠΑΡΓΚΟ",
    "حظر النشر",
    "解禁",
    "엠바고",
];

/// True for an embargo line.
pub(crate) fn is_embargo(line: &str) -> bool {
    let upper = CasedStart::upper(line.trim(), longest(&[EMBARGO_PREFIXES]));
    EMBARGO_PREFIXES.iter().any(|p| upper.starts_with(p))
}

/// The instant an embargo line gives, when it prints a date with a year (`EMBARGOED UNTIL
/// 00:01 GMT, SATURDAY 30 NOVEMBER 2024`, `EMBARGO ALLE ORE 00.01 DI SABATO 30 NOVEMBRE 2024`,
/// `Sperrfrist: 30.11.2024, 10.00 Uhr MEZ`). A time zone gives the offset; without one the
/// time is kept as local wall time. No time means midnight.
pub(crate) fn embargo_time(line: &str) -> Option<Timestamp> {
    // An ISO 8601 date-time (`2025-03-05T09:00:00+01:00`).
    if let Some(iso) = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == '.'))
        .filter(|w| w.contains('T') && w.contains(':'))
        .find_map(Timestamp::parse)
    {
        return Some(iso);
    }
    let date = find_date(line)?;
    let day = NaiveDate::from_ymd_opt(date.year?, u32::from(date.month?), u32::from(date.day?))?;
    let (time, zone) = find_time(line).unwrap_or((NaiveTime::MIN, None));
    let local = day.and_time(time);
    match zone {
        Some(minutes) => {
            let offset = FixedOffset::east_opt(minutes * 60)?;
            Some(Timestamp::new(local.and_local_timezone(offset).single()?))
        }
        None => Some(Timestamp::without_offset(local)),
    }
}

/// A clock time (`00:01`, `00.01`, `10h30`, `6 p.m.`, `18 Uhr`) and the zone after it.
fn find_time(line: &str) -> Option<(NaiveTime, Option<i32>)> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let digit_at = |k: usize| chars.get(k).and_then(|(_, c)| digit_value(*c));
    for k in 0..chars.len() {
        let starts = k == 0
            || chars
                .get(k - 1)
                .is_some_and(|(_, c)| !c.is_alphanumeric() && !matches!(c, '.' | '/' | ':'));
        let Some(h1) = digit_at(k).filter(|_| starts) else {
            continue;
        };
        let (hour, mut at) = match digit_at(k + 1) {
            Some(h2) => (h1 * 10 + h2, k + 2),
            None => (h1, k + 1),
        };
        let sep = chars.get(at).map(|(_, c)| *c);
        let mut minute = 0;
        let mut clock = false;
        if matches!(sep, Some(':' | '.' | 'h' | 'H'))
            && let (Some(m1), Some(m2)) = (digit_at(at + 1), digit_at(at + 2))
            && digit_at(at + 3).is_none()
            // `30.11.2024` is a date, not 30:11.
            && !(sep == Some('.') && chars.get(at + 3).is_some_and(|(_, c)| *c == '.' && digit_at(at + 4).is_some()))
        {
            minute = m1 * 10 + m2;
            at += 3;
            clock = true;
        }
        let tail_start = chars.get(at).map_or(line.len(), |(i, _)| *i);
        let tail = line.get(tail_start..).unwrap_or("").trim_start();
        let lower = tail.to_lowercase();
        let mut hour = hour;
        let meridiem = ["p.m.", "pm", "a.m.", "am"].into_iter().find(|m| {
            lower.starts_with(m)
                && !lower
                    .get(m.len()..)
                    .is_some_and(|r| r.starts_with(char::is_alphabetic))
        });
        if let Some(m) = meridiem {
            clock = true;
            if m.starts_with('p') && hour < 12 {
                hour += 12;
            } else if m.starts_with('a') && hour == 12 {
                hour = 0;
            }
        } else if lower.starts_with("uhr")
            || lower.starts_with("heures")
            || lower.starts_with("horas")
        {
            clock = true;
        }
        if !clock {
            continue;
        }
        let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) else {
            continue;
        };
        return Some((time, zone_after(tail)));
    }
    None
}

/// The offset of a zone abbreviation or `+01:00` among the next few words.
fn zone_after(tail: &str) -> Option<i32> {
    for word in tail.split_whitespace().take(4) {
        let word = word.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '.' | ';'));
        if let Some(offset) = crate::dates::zone_offset(word) {
            return Some(offset.local_minus_utc() / 60);
        }
        if let Some(sign) = word.chars().next().filter(|c| matches!(c, '+' | '-'))
            && let Some(rest) = word.get(1..)
        {
            let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
            if digits.len() == 4 || digits.len() == 2 {
                let hours: i32 = digits.get(..2)?.parse().ok()?;
                let minutes: i32 = digits.get(2..).unwrap_or("0").parse().unwrap_or(0);
                let total = hours * 60 + minutes;
                return Some(if sign == '-' { -total } else { total });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priority_words_map_to_urgency() {
        assert_eq!(urgency("FLASH"), Some(1));
        assert_eq!(urgency("URGENT"), Some(2));
        assert_eq!(urgency("URGENTE"), Some(2));
        assert_eq!(urgency("(URGENT)"), Some(2));
        assert_eq!(urgency("СРОЧНО"), Some(2));
        assert_eq!(urgency("МОЛНИЯ"), Some(1));
        assert_eq!(urgency("[속보]"), Some(2));
        assert_eq!(urgency("【速報】"), Some(2));
        assert_eq!(urgency("عاجل"), Some(2));
        assert_eq!(urgency("++"), Some(2));
        assert_eq!(urgency("Urgent care"), None);
    }

    #[test]
    fn embargo_lines_give_instants() {
        let t = |line: &str| embargo_time(line).map(|t| t.to_rfc3339());
        assert_eq!(
            t("EMBARGOED UNTIL 00:01 GMT, SATURDAY 30 NOVEMBER 2024").as_deref(),
            Some("2024-11-30T00:01:00Z")
        );
        assert_eq!(
            t("EMBARGO ALLE ORE 00.01 DI SABATO 30 NOVEMBRE 2024").as_deref(),
            Some("2024-11-30T00:01:00")
        );
        assert_eq!(
            t("Sperrfrist: 30.11.2024, 10.00 Uhr MEZ").as_deref(),
            Some("2024-11-30T10:00:00+01:00")
        );
        assert_eq!(
            t("HOLD FOR RELEASE UNTIL 6 P.M. EST, Dec. 3, 2024").as_deref(),
            Some("2024-12-03T18:00:00-05:00")
        );
        assert_eq!(
            t("EMBARGO: 2025-03-05T09:00:00+01:00").as_deref(),
            Some("2025-03-05T09:00:00+01:00")
        );
        assert_eq!(
            t("ЭМБАРГО ДО 10:00 МСК 30 ноября 2024 года").as_deref(),
            Some("2024-11-30T10:00:00+03:00")
        );
        assert_eq!(t("EMBARGO UNTIL 6 P.M. EST"), None, "no date");
        assert_eq!(t("EMBARGO UNTIL 30 NOVEMBER, 10:00"), None, "no year");
    }

    #[test]
    fn corrections_and_versions() {
        assert!(is_correction("CORRECTED"));
        assert!(is_correction(
            "BERICHTIGUNG: Im dritten Absatz muss es heißen ..."
        ));
        assert!(is_correction("N i e u w bericht, vervangt: Geen treinen"));
        assert!(is_correction("(CORRECT)"));
        assert!(is_correction("ИСПРАВЛЕНИЕ"));
        assert!(!is_correction("Correctional officers strike"));
        assert!(is_correction("(Corrects name in paragraph 3)"));
        assert!(!is_correction(
            "CORRECTED-UPDATE 2-Ferry operator raises dividend"
        ));
        assert_eq!(version_number("UPDATE 1"), Some(2));
        assert_eq!(version_number("1ST LEAD"), Some(2));
        assert_eq!(version_number("(2nd LD)"), Some(3));
        assert_eq!(version_number("1st Ld-Writethru"), Some(2));
        assert_eq!(version_number("(2)"), Some(2));
        assert_eq!(version_number("(3DER)"), Some(3));
        assert_eq!(version_number("[2보]"), Some(2));
        assert_eq!(version_number("(종합2보)"), Some(2));
        assert_eq!(version_number("(종합)"), None);
        assert_eq!(version_number("(LEAD)"), None);
        assert_eq!(version_number("REFILE"), None);
        assert!(is_version("(LEAD)") && is_version("REFILE") && is_version("(2)"));
        assert!(is_version("[종합]"));
        assert!(!is_version("URGENT"));
    }
}
