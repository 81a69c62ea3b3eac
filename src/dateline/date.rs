//! Dates as datelines print them: `29 NOV`, `Nov. 29, 2024`, `29 nov 2024`, `November 29`,
//! `29. November`, `29 de noviembre de 2024`, `29 ноября`, `29 Νοεμβρίου`, `29 نوفمبر`,
//! `٢٩ تشرين الثاني`, `19/06`, `29.11.2024`, and the CJK `11月29日`, in the month names and
//! abbreviations of the agencies' languages.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use foldhash::fast::FixedState;

use super::scan::Scan;
use crate::model::PartialDate;
use crate::script::{fold, is_cjk, with_folded};

/// Month names and abbreviations, folded (see [`fold`]). A word that means the same month in
/// several languages (`nov`, `mar`) is listed once. Languages: en, it, fr, de, es, pt, ca, nl,
/// da, sv, nb, fi, pl, cs, hu, ro, tr, ru, uk, sl, sk, sr, hr, bg, et, lv, lt, id, ms, el, ar
/// (Egyptian/Gulf, Levantine and Maghreb names).
const MONTHS: &[(&str, u8)] = &[
    // English, Italian, French, German, Spanish, Portuguese, Catalan, Dutch, Scandinavian.
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
    ("gener", 1),
    ("february", 2),
    ("feb", 2),
    ("febr", 2),
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
    ("febrer", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("mars", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("março", 3),
    ("marco", 3),
    ("maart", 3),
    ("mrt", 3),
    ("marts", 3),
    ("març", 3),
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
    ("maig", 5),
    ("june", 6),
    ("jun", 6),
    ("giugno", 6),
    ("giu", 6),
    ("juin", 6),
    ("juni", 6),
    ("junio", 6),
    ("junho", 6),
    ("juny", 6),
    ("july", 7),
    ("jul", 7),
    ("luglio", 7),
    ("lug", 7),
    ("juillet", 7),
    ("juil", 7),
    ("juli", 7),
    ("julio", 7),
    ("julho", 7),
    ("juliol", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("août", 8),
    ("aout", 8),
    ("augustus", 8),
    ("augusti", 8),
    ("agost", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("settembre", 9),
    ("set", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("setembro", 9),
    ("setembre", 9),
    ("october", 10),
    ("oct", 10),
    ("ottobre", 10),
    ("ott", 10),
    ("octobre", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("out", 10),
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
    ("desember", 12),
    ("desembre", 12),
    // Finnish (partitive), Polish and Czech (genitive), Hungarian, Romanian, Turkish.
    ("tammikuuta", 1),
    ("helmikuuta", 2),
    ("maaliskuuta", 3),
    ("huhtikuuta", 4),
    ("toukokuuta", 5),
    ("kesäkuuta", 6),
    ("heinäkuuta", 7),
    ("elokuuta", 8),
    ("syyskuuta", 9),
    ("lokakuuta", 10),
    ("marraskuuta", 11),
    ("joulukuuta", 12),
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    ("január", 1),
    ("február", 2),
    ("március", 3),
    ("április", 4),
    ("május", 5),
    ("június", 6),
    ("július", 7),
    ("augusztus", 8),
    ("szeptember", 9),
    ("október", 10),
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    ("ocak", 1),
    ("şubat", 2),
    ("subat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("mayis", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("agustos", 8),
    ("eylül", 9),
    ("eylul", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("kasim", 11),
    ("aralık", 12),
    ("aralik", 12),
    // Russian: genitive (as dates print them), nominative, abbreviations.
    ("января", 1),
    ("январь", 1),
    ("янв", 1),
    ("февраля", 2),
    ("февраль", 2),
    ("фев", 2),
    ("февр", 2),
    ("марта", 3),
    ("март", 3),
    ("мар", 3),
    ("апреля", 4),
    ("апрель", 4),
    ("апр", 4),
    ("мая", 5),
    ("май", 5),
    ("июня", 6),
    ("июнь", 6),
    ("июн", 6),
    ("июля", 7),
    ("июль", 7),
    ("июл", 7),
    ("августа", 8),
    ("август", 8),
    ("авг", 8),
    ("сентября", 9),
    ("сентябрь", 9),
    ("сен", 9),
    ("сент", 9),
    ("октября", 10),
    ("октябрь", 10),
    ("окт", 10),
    ("ноября", 11),
    ("ноябрь", 11),
    ("ноя", 11),
    ("нояб", 11),
    ("декабря", 12),
    ("декабрь", 12),
    ("дек", 12),
    // Ukrainian.
    ("січня", 1),
    ("січень", 1),
    ("лютого", 2),
    ("лютий", 2),
    ("березня", 3),
    ("березень", 3),
    ("квітня", 4),
    ("квітень", 4),
    ("травня", 5),
    ("травень", 5),
    ("червня", 6),
    ("червень", 6),
    ("липня", 7),
    ("липень", 7),
    ("серпня", 8),
    ("серпень", 8),
    ("вересня", 9),
    ("вересень", 9),
    ("жовтня", 10),
    ("жовтень", 10),
    ("листопада", 11),
    ("листопад", 11),
    ("грудня", 12),
    ("грудень", 12),
    // Greek, accents folded: genitive, nominative, abbreviations.
    ("ιανουαριου", 1),
    ("ιανουαριοσ", 1),
    ("ιαν", 1),
    ("φεβρουαριου", 2),
    ("φεβρουαριοσ", 2),
    ("φεβ", 2),
    ("μαρτιου", 3),
    ("μαρτιοσ", 3),
    ("μαρ", 3),
    ("απριλιου", 4),
    ("απριλιοσ", 4),
    ("απρ", 4),
    ("μαιου", 5),
    ("μαιοσ", 5),
    ("μαι", 5),
    ("ιουνιου", 6),
    ("ιουνιοσ", 6),
    ("ιουν", 6),
    ("ιουλιου", 7),
    ("ιουλιοσ", 7),
    ("ιουλ", 7),
    ("αυγουστου", 8),
    ("αυγουστοσ", 8),
    ("αυγ", 8),
    ("σεπτεμβριου", 9),
    ("σεπτεμβριοσ", 9),
    ("σεπ", 9),
    ("σεπτ", 9),
    ("οκτωβριου", 10),
    ("οκτωβριοσ", 10),
    ("οκτ", 10),
    ("νοεμβριου", 11),
    ("νοεμβριοσ", 11),
    ("νοε", 11),
    ("δεκεμβριου", 12),
    ("δεκεμβριοσ", 12),
    ("δεκ", 12),
    // Slovenian, Slovak, Serbian and Croatian (genitive; Croatian's `listopada`, October, is Polish November and left out).
    ("januarja", 1),
    ("februarja", 2),
    ("aprila", 4),
    ("junija", 6),
    ("julija", 7),
    ("avgusta", 8),
    ("septembra", 9),
    ("oktobra", 10),
    ("novembra", 11),
    ("decembra", 12),
    ("januára", 1),
    ("februára", 2),
    ("apríla", 4),
    ("mája", 5),
    ("júna", 6),
    ("júla", 7),
    ("augusta", 8),
    ("októbra", 10),
    ("januara", 1),
    ("februara", 2),
    ("marta", 3),
    ("juna", 6),
    ("jula", 7),
    ("siječnja", 1),
    ("veljače", 2),
    ("ožujka", 3),
    ("travnja", 4),
    ("svibnja", 5),
    ("lipnja", 6),
    ("srpnja", 7),
    ("kolovoza", 8),
    ("rujna", 9),
    ("studenoga", 11),
    ("prosinca", 12),
    ("јануара", 1),
    ("фебруара", 2),
    ("априла", 4),
    ("маја", 5),
    ("јуна", 6),
    ("јула", 7),
    ("септембра", 9),
    ("октобра", 10),
    ("новембра", 11),
    ("децембра", 12),
    // Bulgarian, Estonian, Latvian (nominative and locative), Lithuanian (genitive).
    ("януари", 1),
    ("февруари", 2),
    ("април", 4),
    ("юни", 6),
    ("юли", 7),
    ("септември", 9),
    ("октомври", 10),
    ("ноември", 11),
    ("декември", 12),
    ("jaanuar", 1),
    ("veebruar", 2),
    ("märts", 3),
    ("aprill", 4),
    ("juuni", 6),
    ("juuli", 7),
    ("oktoober", 10),
    ("detsember", 12),
    ("janvāris", 1),
    ("janvārī", 1),
    ("februāris", 2),
    ("februārī", 2),
    ("martā", 3),
    ("aprīlis", 4),
    ("aprīlī", 4),
    ("maijs", 5),
    ("maijā", 5),
    ("jūnijs", 6),
    ("jūnijā", 6),
    ("jūlijs", 7),
    ("jūlijā", 7),
    ("augusts", 8),
    ("augustā", 8),
    ("septembris", 9),
    ("septembrī", 9),
    ("oktobris", 10),
    ("oktobrī", 10),
    ("novembris", 11),
    ("novembrī", 11),
    ("decembris", 12),
    ("decembrī", 12),
    ("sausio", 1),
    ("vasario", 2),
    ("kovo", 3),
    ("balandžio", 4),
    ("gegužės", 5),
    ("birželio", 6),
    ("liepos", 7),
    ("rugpjūčio", 8),
    ("rugsėjo", 9),
    ("spalio", 10),
    ("lapkričio", 11),
    ("gruodžio", 12),
    // Indonesian and Malay.
    ("maret", 3),
    ("mac", 3),
    ("julai", 7),
    ("agustus", 8),
    ("ogos", 8),
    ("disember", 12),
    // Arabic, hamza folded: Egyptian/Gulf, Maghreb (the Levantine two-word names are below).
    ("يناير", 1),
    ("جانفي", 1),
    ("فبراير", 2),
    ("فيفري", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("افريل", 4),
    ("مايو", 5),
    ("ماي", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("جوان", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("جويليه", 7),
    ("جويلية", 7),
    ("اغسطس", 8),
    ("اوت", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    // Morocco (MAP): months after the French names.
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
];

/// Levantine Arabic months named in two words: (first word, second word, month), folded.
const TWO_WORD_MONTHS: &[(&str, &str, u8)] = &[
    ("كانون", "الثاني", 1),
    ("تشرين", "الاول", 10),
    ("تشرين", "الثاني", 11),
    ("كانون", "الاول", 12),
];

fn months() -> &'static HashMap<String, u8, FixedState> {
    static TABLE: OnceLock<HashMap<String, u8, FixedState>> = OnceLock::new();
    TABLE.get_or_init(|| {
        MONTHS
            .iter()
            .map(|(name, number)| (fold(name), *number))
            .collect()
    })
}

/// The month a word names (`NOV`, `novembre`, `Dez`, `ноября`, `Νοεμβρίου`, `نوفمبر`), in any
/// case.
pub(crate) fn month(word: &str) -> Option<u8> {
    if word.chars().nth(14).is_some() || word.chars().nth(1).is_none() {
        return None;
    }
    with_folded(word, |folded| months().get(folded).copied())
}

/// Thai month abbreviations, letters with full stops (`พ.ย.`, November).
const THAI_MONTHS: &[(&str, u8)] = &[
    ("ม.ค.", 1),
    ("ก.พ.", 2),
    ("มี.ค.", 3),
    ("เม.ย.", 4),
    ("พ.ค.", 5),
    ("มิ.ย.", 6),
    ("ก.ค.", 7),
    ("ส.ค.", 8),
    ("ก.ย.", 9),
    ("ต.ค.", 10),
    ("พ.ย.", 11),
    ("ธ.ค.", 12),
];

/// A Thai month abbreviation at the cursor (see [`THAI_MONTHS`]), the cursor moved past it.
fn thai_month_at(s: &mut Scan<'_>) -> Option<u8> {
    let rest = s.rest();
    // Every Thai letter starts with the byte 0xE0: other text is passed over at once.
    if rest.as_bytes().first() != Some(&0xe0) {
        return None;
    }
    let (name, number) = THAI_MONTHS
        .iter()
        .find(|(name, _)| rest.starts_with(name))?;
    for _ in name.chars() {
        s.bump();
    }
    Some(*number)
}

/// Reads a month name at the cursor, one word or a Levantine two-word name, and moves past it.
fn month_at(s: &mut Scan<'_>) -> Option<u8> {
    if let Some(number) = thai_month_at(s) {
        return Some(number);
    }
    let save = *s;
    let word = s.word();
    let two_words = with_folded(word, |folded| {
        TWO_WORD_MONTHS
            .iter()
            .map(|(first, _, _)| *first)
            .find(|first| folded == *first)
    });
    if let Some(first) = two_words {
        let mut t = *s;
        if t.skip_spaces() {
            let second = fold(t.word());
            if let Some((_, _, number)) = TWO_WORD_MONTHS
                .iter()
                .find(|(f, sec, _)| *f == first && *sec == second)
            {
                *s = t;
                return Some(*number);
            }
        }
    }
    match month(word) {
        Some(number) => Some(number),
        None => {
            *s = save;
            None
        }
    }
}

/// Reads a date at the cursor and moves past it; the cursor is left alone when there is none.
pub(super) fn date(s: &mut Scan<'_>) -> Option<PartialDate> {
    let before = *s;
    // `martes 5 de diciembre`, `le 29 novembre`, `Thursday, Nov. 28`: a weekday or French
    // article before the date.
    for _ in 0..2 {
        let mut t = *s;
        if !with_folded(t.word(), |folded| leading_words().contains(folded)) {
            break;
        }
        t.eat(",");
        if !t.skip_spaces() {
            break;
        }
        *s = t;
    }
    let found = date_at(s);
    if found.is_none() {
        *s = before;
    }
    found
}

/// [`LEADING_WORDS`] as a set: a word is looked up once, not compared with each.
fn leading_words() -> &'static HashSet<&'static str, FixedState> {
    static SET: OnceLock<HashSet<&'static str, FixedState>> = OnceLock::new();
    SET.get_or_init(|| LEADING_WORDS.iter().copied().collect())
}

/// Words that may stand before a date: weekdays (en, fr, it, de, es, pt, ar) and French `le`,
/// folded.
const LEADING_WORDS: &[&str] = &[
    "le",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الاحد",
];

/// [`date`] without the words before it.
fn date_at(s: &mut Scan<'_>) -> Option<PartialDate> {
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

/// `29 NOV`, `29 nov. 2024`, `29. November`, `4.decembris`, `1er mars`, `29 de noviembre de 2024`,
/// `29 ноября 2024 года`, `٢٩ تشرين الثاني`.
fn day_first(s: &mut Scan<'_>) -> Option<PartialDate> {
    let day = day(s)?;
    // LETA glues the month to the day's full stop: `4.decembris`.
    let dotted = !s.eat("er") && s.eat(".");
    if !s.skip_spaces() && !dotted {
        return None;
    }
    // Spanish, Portuguese and Catalan: `29 de noviembre`.
    let mut t = *s;
    if matches!(t.word(), "de" | "del") && t.skip_spaces() {
        *s = t;
    }
    let month = month_at(s)?;
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
    let month = month_at(s)?;
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

/// `19/06`, `19/06/2024` (Belga), `29.11.2024`, `29.11.` (German), `29-11-2024`.
fn numeric(s: &mut Scan<'_>) -> Option<PartialDate> {
    let day = day(s)?;
    let sep = ['/', '.', '-'].into_iter().find(|c| s.peek() == Some(*c))?;
    s.bump();
    let (month, _) = s.number(2)?;
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let mut year = None;
    let before = *s;
    if s.peek() == Some(sep) {
        s.bump();
        match s.number(4) {
            Some((y, 4)) => year = i32::try_from(y).ok(),
            Some((y, 2)) => year = i32::try_from(y).ok().map(|y| 2000 + y),
            // `29.11.` closes with the separator.
            None if sep == '.' => {}
            _ => *s = before,
        }
    }
    if s.peek().is_some_and(char::is_alphanumeric) {
        return None;
    }
    // `3.9` is a magnitude and `2-1` a score, not dates: a dotted date has a year or a
    // closing dot, a hyphenated one a year.
    if year.is_none() && (sep == '-' || (sep == '.' && s.pos() == before.pos())) {
        return None;
    }
    Some(PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    })
}

/// `11月29日`, `29日`, `２９日` (Chinese and Japanese); the year form `2024年11月29日` too.
pub(super) fn cjk_date(s: &mut Scan<'_>) -> Option<PartialDate> {
    let start = *s;
    let mut date = PartialDate::default();
    let mut t = *s;
    if let Some((year, 4)) = t.number(4)
        && t.eat("年")
    {
        date.year = i32::try_from(year).ok();
        *s = t;
    }
    let mut t = *s;
    if let Some((month, _)) = t.number(2)
        && t.eat("月")
        && (1..=12).contains(&month)
    {
        date.month = u8::try_from(month).ok();
        *s = t;
    }
    let mut t = *s;
    if let Some((day, _)) = t.number(2)
        && t.eat("日")
        && (1..=31).contains(&day)
    {
        date.day = u8::try_from(day).ok();
        *s = t;
    }
    if date.day.is_none() && date.month.is_none() {
        *s = start;
        return None;
    }
    Some(date)
}

fn day(s: &mut Scan<'_>) -> Option<u8> {
    let (day, _) = s.number(2)?;
    u8::try_from(day).ok().filter(|d| (1..=31).contains(d))
}

/// An optional four-digit year after a day or month, with a comma (when `comma` allows) or
/// `de` before it and `года`/`г.` after it (Russian).
fn year_after(s: &mut Scan<'_>, comma: bool) -> Option<i32> {
    let before = *s;
    if comma {
        s.eat(",");
    }
    if !s.skip_spaces() {
        *s = before;
        return None;
    }
    let mut t = *s;
    if t.word() == "de" && t.skip_spaces() {
        *s = t;
    }
    match s.number(4) {
        Some((y, 4)) if !s.peek().is_some_and(|c| c.is_alphanumeric() && !is_cjk(c)) => {
            let year = i32::try_from(y).ok()?;
            if !(1900..=2100).contains(&year) {
                *s = before;
                return None;
            }
            let mut t = *s;
            if t.skip_spaces() {
                let word = t.word();
                if word == "года" || word == "г" {
                    t.eat(".");
                    *s = t;
                }
            }
            Some(year)
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

    fn ymd(text: &str) -> Option<(Option<i32>, Option<u8>, Option<u8>)> {
        parse_date(text).map(|(d, _)| (d.year, d.month, d.day))
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
    fn reads_dates_in_other_scripts_and_long_forms() {
        assert_eq!(ymd("29 ноября. /ТАСС/"), Some((None, Some(11), Some(29))));
        assert_eq!(ymd("29 НОЯ —"), Some((None, Some(11), Some(29))));
        assert_eq!(
            ymd("29 ноября 2024 года"),
            Some((Some(2024), Some(11), Some(29)))
        );
        assert_eq!(ymd("3 листопада"), Some((None, Some(11), Some(3))));
        assert_eq!(ymd("29 Νοεμβρίου"), Some((None, Some(11), Some(29))));
        assert_eq!(
            ymd("29 ΝΟΕΜΒΡΙΟΥ 2024"),
            Some((Some(2024), Some(11), Some(29)))
        );
        assert_eq!(ymd("29 نوفمبر /قنا/"), Some((None, Some(11), Some(29))));
        assert_eq!(ymd("٢٩ أكتوبر"), Some((None, Some(10), Some(29))));
        assert_eq!(
            ymd("29 تشرين الثاني (بترا)"),
            Some((None, Some(11), Some(29)))
        );
        assert_eq!(ymd("5 كانون الأول"), Some((None, Some(12), Some(5))));
        assert_eq!(
            ymd("29 de noviembre de 2024 (EFE)"),
            Some((Some(2024), Some(11), Some(29)))
        );
        assert_eq!(
            ymd("29 de novembro (Lusa)"),
            Some((None, Some(11), Some(29)))
        );
        assert_eq!(ymd("29 listopada"), Some((None, Some(11), Some(29))));
        assert_eq!(ymd("29. marraskuuta"), Some((None, Some(11), Some(29))));
        assert_eq!(ymd("29 Kasım"), Some((None, Some(11), Some(29))));
        assert_eq!(
            ymd("29.11.2024 (dpa)"),
            Some((Some(2024), Some(11), Some(29)))
        );
        assert_eq!(ymd("29.11. (dpa)"), Some((None, Some(11), Some(29))));
        assert_eq!(
            ymd("21/02/2023 (Agence"),
            Some((Some(2023), Some(2), Some(21)))
        );
        let mut s = Scan::new("11月29日电");
        let d = cjk_date(&mut s).unwrap();
        assert_eq!((d.month, d.day, s.rest()), (Some(11), Some(29), "电"));
        let mut s = Scan::new("２９日共同");
        assert_eq!(cjk_date(&mut s).and_then(|d| d.day), Some(29));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(date_of("29 people died"), None);
        assert_eq!(date_of("Novak said"), None);
        assert_eq!(date_of("2024 was"), None);
        assert_eq!(date_of("32 nov"), None);
        assert_eq!(date_of("19/13"), None);
        assert_eq!(date_of("3.9 magnitude"), None);
        assert_eq!(date_of("29 de la"), None);
        assert_eq!(date_of(""), None);
        let mut s = Scan::new("新华社");
        assert_eq!(cjk_date(&mut s), None);
    }
}
