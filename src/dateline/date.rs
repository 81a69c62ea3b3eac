//! Dates as datelines print them: `29 NOV`, `Nov. 29, 2024`, `29 nov 2024`, `November 29`,
//! `29. November`, `19/06`, in the month names and abbreviations of the agencies' languages.

use super::scan::Scan;
use crate::model::PartialDate;

/// Month names and abbreviations (lower case) in English, Italian, French, German, Spanish,
/// Portuguese, Dutch and the Scandinavian languages. A word that means the same month in several
/// languages (`nov`, `mar`) is listed once.
const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("janv", 1),
    ("gennaio", 1),
    ("gen", 1),
    ("janvier", 1),
    ("januar", 1),
    ("jänner", 1),
    ("jän", 1),
    ("enero", 1),
    ("ene", 1),
    ("janeiro", 1),
    ("januari", 1),
    ("february", 2),
    ("feb", 2),
    ("febbraio", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("februar", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("februari", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("mars", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("março", 3),
    ("maart", 3),
    ("mrt", 3),
    ("marts", 3),
    ("april", 4),
    ("apr", 4),
    ("aprile", 4),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("maggio", 5),
    ("mag", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("mei", 5),
    ("maj", 5),
    ("june", 6),
    ("jun", 6),
    ("giugno", 6),
    ("giu", 6),
    ("juin", 6),
    ("juni", 6),
    ("junio", 6),
    ("junho", 6),
    ("july", 7),
    ("jul", 7),
    ("luglio", 7),
    ("lug", 7),
    ("juillet", 7),
    ("juil", 7),
    ("juli", 7),
    ("julio", 7),
    ("julho", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("août", 8),
    ("aout", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("settembre", 9),
    ("set", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("october", 10),
    ("oct", 10),
    ("ottobre", 10),
    ("ott", 10),
    ("octobre", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("december", 12),
    ("dec", 12),
    ("dicembre", 12),
    ("dic", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("dezember", 12),
    ("dez", 12),
    ("diciembre", 12),
    ("dezembro", 12),
];

/// The month a word names (`NOV`, `novembre`, `Dez`), case-insensitively.
pub(crate) fn month(word: &str) -> Option<u8> {
    if word.is_empty() || word.chars().count() > 10 {
        return None;
    }
    let lower = word.to_lowercase();
    MONTHS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, number)| *number)
}

/// Reads a date at the cursor and moves past it; the cursor is left alone when there is none.
pub(super) fn date(s: &mut Scan<'_>) -> Option<PartialDate> {
    let start = *s;
    let found = day_first(s)
        .or_else(|| {
            *s = start;
            month_first(s)
        })
        .or_else(|| {
            *s = start;
            numeric(s)
        });
    if found.is_none() {
        *s = start;
    }
    found
}

/// `29 NOV`, `29 nov. 2024`, `29. November`, `1er mars`.
fn day_first(s: &mut Scan<'_>) -> Option<PartialDate> {
    let day = day(s)?;
    if !s.eat("er") {
        s.eat(".");
    }
    if !s.skip_spaces() {
        return None;
    }
    let month = month(s.word())?;
    s.eat(".");
    let year = year_after(s, false);
    Some(PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    })
}

/// `Nov 29`, `Nov. 29, 2024`, `November 29th`.
fn month_first(s: &mut Scan<'_>) -> Option<PartialDate> {
    let month = month(s.word())?;
    s.eat(".");
    if !s.skip_spaces() {
        return None;
    }
    let day = day(s)?;
    for suffix in ["st", "nd", "rd", "th"] {
        if s.eat(suffix) {
            break;
        }
    }
    if s.peek().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let year = year_after(s, true);
    Some(PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    })
}

/// `19/06`, `19/06/2024` (Belga).
fn numeric(s: &mut Scan<'_>) -> Option<PartialDate> {
    let day = day(s)?;
    if !s.eat("/") {
        return None;
    }
    let month: u8 = s.digits(2)?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let mut year = None;
    let before = *s;
    if s.eat("/") {
        match s.digits(4) {
            Some(y) if y.len() == 4 => year = y.parse().ok(),
            Some(y) if y.len() == 2 => year = y.parse::<i32>().ok().map(|y| 2000 + y),
            _ => *s = before,
        }
    }
    if s.peek().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    })
}

fn day(s: &mut Scan<'_>) -> Option<u8> {
    let day: u8 = s.digits(2)?.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// An optional four-digit year after a day or month, with a comma before it when `comma` allows.
fn year_after(s: &mut Scan<'_>, comma: bool) -> Option<i32> {
    let before = *s;
    if comma {
        s.eat(",");
    }
    if !s.skip_spaces() {
        *s = before;
        return None;
    }
    match s.digits(4) {
        Some(y) if y.len() == 4 && !s.peek().is_some_and(char::is_alphanumeric) => {
            let year: i32 = y.parse().ok()?;
            if (1900..=2100).contains(&year) {
                return Some(year);
            }
            *s = before;
            None
        }
        _ => {
            *s = before;
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date at the start of `text` and its length in bytes.
    fn parse_date(text: &str) -> Option<(PartialDate, usize)> {
        let mut s = Scan::new(text);
        let date = date(&mut s)?;
        Some((date, s.pos()))
    }

    /// Year, month, day and length read.
    type Read = (Option<i32>, Option<u8>, Option<u8>, usize);

    fn date_of(text: &str) -> Option<Read> {
        parse_date(text).map(|(d, len)| (d.year, d.month, d.day, len))
    }

    #[test]
    fn reads_dateline_dates_in_several_languages() {
        assert_eq!(date_of("29 NOV - La"), Some((None, Some(11), Some(29), 6)));
        assert_eq!(
            date_of("29 nov. (Adnkronos)"),
            Some((None, Some(11), Some(29), 7))
        );
        assert_eq!(
            date_of("29 nov 2024 (AFP)"),
            Some((Some(2024), Some(11), Some(29), 11))
        );
        assert_eq!(
            date_of("Nov. 29, 2024 /PR"),
            Some((Some(2024), Some(11), Some(29), 13))
        );
        assert_eq!(
            date_of("Nov 29 (Reuters)"),
            Some((None, Some(11), Some(29), 6))
        );
        assert_eq!(
            date_of("November 29. /TASS/"),
            Some((None, Some(11), Some(29), 11))
        );
        assert_eq!(
            date_of("29. Dezember"),
            Some((None, Some(12), Some(29), 12))
        );
        assert_eq!(date_of("21 ene (EFE)"), Some((None, Some(1), Some(21), 6)));
        assert_eq!(date_of("11 giu. –"), Some((None, Some(6), Some(11), 7)));
        assert_eq!(date_of("19/06 (BELGA)"), Some((None, Some(6), Some(19), 5)));
        assert_eq!(
            date_of("29 November 2017"),
            Some((Some(2017), Some(11), Some(29), 16))
        );
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(date_of("29 people died"), None);
        assert_eq!(date_of("Novak said"), None);
        assert_eq!(date_of("2024 was"), None);
        assert_eq!(date_of("32 nov"), None);
        assert_eq!(date_of("19/13"), None);
        assert_eq!(date_of(""), None);
    }
}
