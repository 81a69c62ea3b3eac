//! The dateline grammar shared by the plain-text reader and, later, the IPTC 7901 and ANPA-1312
//! readers: `TRIPOLI (LIBIA) (ITALPRESS/MNA) –`, `(ANSA) - ROMA, 29 NOV -`,
//! `RALEIGH, N.C. (AP) _`, `Bernau (dpa/bb) -`, `MOSCOW, November 29. /TASS/.`.
//!
//! A hand-written scanner, following the conventions in `DATELINES.md`:
//!
//! ```text
//! dateline     = place-first | date-first | agency-first
//! place-first  = PLACE qualifier* [SEP]        PLACE: capitalised words, `/`-joined places
//! date-first   = DATE qualifier* SEP           `Jan 30 (Reuters) -`
//! agency-first = TAG SEP [PLACE [","] [DATE] SEP]
//! qualifier    = "(" REGION ")" | "," DATE | "," REGION | DATE | TAG
//! TAG          = "(" AGENCY {"/" AGENCY | "/" service} ")" | "/" NAME "/" | bare agency
//! SEP          = ".-" | "--" | "—" | "–" | "-" | "_" | "=" | ":" | "."  (or none after a known tag)
//! ```
//!
//! A dateline needs evidence: an agency tag, or (without one) a place in capitals or a full date
//! followed by a dash, so that a sentence such as `Rome (not a tag) is nice - really` is not
//! taken for one.

mod agency;
mod date;
mod scan;

pub(crate) use agency::{agencies_in_tag, is_known_agency};

use crate::model::{Agency, Dateline, PartialDate};
use scan::Scan;

/// A dateline found at the start of a paragraph, and how many bytes of the paragraph it takes
/// (separator and the whitespace after it included), so the caller can strip it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LeadDateline {
    /// The dateline: text as printed, place, region, date and agencies.
    pub(crate) dateline: Dateline,
    /// Bytes of the paragraph the dateline takes; the paragraph's own text starts there.
    pub(crate) consumed: usize,
}

/// Finds a dateline glued to the start of a paragraph (`Berlin (dpa) - Rund drei Monate ...`).
///
/// Text must follow the dateline; a paragraph that is only a dateline is for [`parse_line`].
pub(crate) fn parse_lead(paragraph: &str) -> Option<LeadDateline> {
    let parsed = parse(paragraph, Mode::Lead)?;
    let rest = paragraph.get(parsed.consumed..)?;
    if rest.trim().is_empty() {
        return None;
    }
    Some(LeadDateline {
        dateline: parsed.dateline,
        consumed: parsed.consumed,
    })
}

/// Reads a line that holds a dateline and nothing else (`MÁLAGA, 29 Nov. (EUROPA PRESS) -`,
/// `CHARLEROI 19/06 (BELGA)`, `Brussels, 29 November 2017`).
pub(crate) fn parse_line(line: &str) -> Option<Dateline> {
    let line = line.trim();
    let parsed = parse(line, Mode::Line)?;
    if !line.get(parsed.consumed..)?.trim().is_empty() {
        return None;
    }
    Some(parsed.dateline)
}

/// Reads a line that is only a place name (`Sydney`, `Frankfurt am Main`), the dateline AAP
/// prints on its own line below the byline. Any capitalised short line qualifies, so the caller
/// decides where one may stand.
pub(crate) fn place_line(line: &str) -> Option<Dateline> {
    let line = line.trim();
    let mut s = Scan::new(line);
    let city = place(&mut s)?;
    if !s.rest().is_empty() || city.split_whitespace().count() > 3 {
        return None;
    }
    let mut dateline = Dateline::new(line);
    dateline.city = Some(city.to_string());
    Some(dateline)
}

/// Where the dateline is being looked for: glued to text, or alone on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Lead,
    Line,
}

struct Parsed {
    dateline: Dateline,
    consumed: usize,
}

/// What the grammar has found so far.
#[derive(Default)]
struct Parts<'a> {
    city: Option<&'a str>,
    region: Option<&'a str>,
    date: Option<PartialDate>,
    agencies: Vec<Agency>,
    /// The tag names a known agency (not only an unknown code), strong enough to end a dateline
    /// without a separator.
    known_tag: bool,
}

impl Parts<'_> {
    fn tagged(&self) -> bool {
        !self.agencies.is_empty()
    }

    /// Without a tag, a dateline needs a place in capitals or a full date.
    fn strong_without_tag(&self) -> bool {
        self.city.is_some_and(is_caps) || self.date.is_some_and(full_date)
    }
}

/// Separators, longest first so that `--` is not read as `-` and `.-` not as `.`.
const SEPARATORS: [&str; 9] = [".-", "--", "—", "–", "-", "_", "=", ":", "."];

/// Lower-case words inside place names (`Frankfurt am Main`, `Rio de Janeiro`).
const PARTICLES: &[&str] = &[
    "am", "an", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "el", "en", "la",
    "le", "les", "im", "sur", "sul", "upon", "on",
];

fn parse(text: &str, mode: Mode) -> Option<Parsed> {
    date_first(text, mode)
        .or_else(|| agency_first(text, mode))
        .or_else(|| place_first(text, mode))
}

/// `TRIPOLI (LIBIA) (ITALPRESS/MNA) –`, `LONDON, Nov 29 (Reuters) -`, `TORONTO —`.
fn place_first(text: &str, mode: Mode) -> Option<Parsed> {
    let mut s = Scan::new(text);
    let mut parts = Parts {
        city: Some(place(&mut s)?),
        ..Parts::default()
    };
    qualifiers(&mut s, &mut parts);
    finish(s, parts, mode)
}

/// `Jan 30 (Reuters) -`: a date and a tag, no place.
fn date_first(text: &str, mode: Mode) -> Option<Parsed> {
    let mut s = Scan::new(text);
    let mut parts = Parts {
        date: Some(date::date(&mut s)?),
        ..Parts::default()
    };
    qualifiers(&mut s, &mut parts);
    if !parts.tagged() {
        return None;
    }
    finish(s, parts, mode)
}

/// `(ANSA) - ROMA, 29 NOV -`, `(AGI) – Roma, 11 giu. –`, `(LaPresse) -`.
fn agency_first(text: &str, mode: Mode) -> Option<Parsed> {
    let mut s = Scan::new(text);
    let agencies = agencies_in_tag(paren(&mut s)?, false)?;
    s.skip_spaces();
    let first = separator(&mut s)?;
    if !is_dash(first) {
        return None;
    }
    let mut end = s.pos();
    let mut parts = Parts {
        agencies,
        known_tag: true,
        ..Parts::default()
    };
    let mut t = s;
    t.skip_spaces();
    let city = place(&mut t);
    let mut date = None;
    let mut u = t;
    if city.is_some() {
        u.eat(",");
        u.skip_spaces();
    }
    if let Some(found) = date::date(&mut u) {
        date = Some(found);
        t = u;
    }
    let strong = date.is_some() || city.is_some_and(is_caps);
    if strong {
        t.skip_spaces();
        if separator(&mut t).is_some_and(is_dash) {
            parts.city = city;
            parts.date = date;
            end = t.pos();
        }
    }
    if mode == Mode::Line && parts.city.is_none() {
        return None;
    }
    Some(build(text, end, parts))
}

/// Region, date and tag after the place (or date), in the orders agencies print them.
fn qualifiers<'a>(s: &mut Scan<'a>, parts: &mut Parts<'a>) {
    for _ in 0..6 {
        if parts.tagged() {
            return;
        }
        let save = *s;
        let spaced = s.skip_spaces();
        match s.peek() {
            Some('(') => {
                let Some(content) = paren(s) else {
                    *s = save;
                    return;
                };
                if let Some(agencies) = agencies_in_tag(content, separator_follows(*s)) {
                    parts.known_tag = agencies.iter().any(|a| is_known_agency(&a.name));
                    parts.agencies = agencies;
                } else if parts.region.is_none() && parts.date.is_none() && region_like(content) {
                    parts.region = Some(content.trim());
                } else {
                    *s = save;
                    return;
                }
            }
            Some(',') => {
                s.bump();
                s.skip_spaces();
                if parts.date.is_none()
                    && let Some(date) = date::date(s)
                {
                    parts.date = Some(date);
                    continue;
                }
                if parts.region.is_none()
                    && parts.date.is_none()
                    && let Some(region) = comma_region(s)
                {
                    parts.region = Some(region);
                    continue;
                }
                *s = save;
                return;
            }
            Some('/') => {
                let Some(name) = slash_tag(s) else {
                    *s = save;
                    return;
                };
                parts.agencies = vec![Agency::new(name)];
                parts.known_tag = true;
            }
            // `MOSCOW, November 29. /TASS/.`: a full stop between the date and a slash tag.
            Some('.') if parts.date.is_some() => {
                s.bump();
                s.skip_spaces();
                if s.peek() != Some('/') {
                    *s = save;
                    return;
                }
            }
            Some(c) if spaced && (c.is_ascii_digit() || c.is_alphabetic()) => {
                if parts.date.is_none()
                    && let Some(date) = date::date(s)
                {
                    parts.date = Some(date);
                    continue;
                }
                let word = s.word();
                if agency::is_bare_agency(word) {
                    parts.agencies = vec![Agency::new(word)];
                    parts.known_tag = true;
                    continue;
                }
                *s = save;
                return;
            }
            _ => {
                *s = save;
                return;
            }
        }
    }
}

/// The separator (or its absence) ends the dateline; decides whether there was one at all.
fn finish(mut s: Scan<'_>, parts: Parts<'_>, mode: Mode) -> Option<Parsed> {
    let text = s.text();
    let before = s.pos();
    let spaced = s.skip_spaces();
    let mut t = s;
    let end = match separator(&mut t) {
        Some(sep) => {
            let evidence = parts.tagged() || (is_dash(sep) && parts.strong_without_tag());
            if !evidence {
                return None;
            }
            if mode == Mode::Lead {
                let mut u = t;
                let spaced_after = u.skip_spaces();
                // Re-feeds lose the space after a dash (`(Reuters) -The`); a hyphen glued to a
                // word without a tag is a compound (`ROMA-Milano`), not a separator.
                let glued_ok = matches!(sep, "—" | "–") || (parts.tagged() && is_dash(sep));
                if !spaced_after && !glued_ok {
                    return None;
                }
            }
            t.pos()
        }
        None => match mode {
            // PTI, IANS and ATS put the text right after a known tag: `Genève (ats) Le ...`.
            Mode::Lead => {
                let starts_text = s
                    .peek()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_quote(c));
                if !(parts.known_tag && spaced && starts_text) {
                    return None;
                }
                before
            }
            Mode::Line => {
                if !parts.tagged() && !parts.date.is_some_and(full_date) {
                    return None;
                }
                before
            }
        },
    };
    Some(build(text, end, parts))
}

fn build(text: &str, end: usize, parts: Parts<'_>) -> Parsed {
    let printed = text.get(..end).unwrap_or("").trim_end();
    let rest = text.get(end..).unwrap_or("");
    let consumed = end + (rest.len() - rest.trim_start().len());
    let mut dateline = Dateline::new(printed);
    dateline.city = parts.city.map(str::to_string);
    dateline.region = parts.region.map(str::to_string);
    dateline.date = parts.date;
    dateline.agencies = parts.agencies;
    Parsed { dateline, consumed }
}

/// Capitalised words, possibly joined by `/` (`PASSAU/MÜNCHEN`, `TRIPOLI / MOSCOW`) or with
/// lower-case particles inside (`Frankfurt am Main`). At most five words.
fn place<'a>(s: &mut Scan<'a>) -> Option<&'a str> {
    let start = s.pos();
    if !s.peek().is_some_and(char::is_uppercase) {
        return None;
    }
    let first = s.word();
    if first.is_empty() {
        return None;
    }
    abbreviation_dot(s, first);
    let mut words = 1;
    loop {
        let mut t = *s;
        let spaced = t.skip_spaces();
        if t.eat("/") {
            t.skip_spaces();
            if !t.peek().is_some_and(char::is_uppercase) {
                break;
            }
            let next = t.word();
            // `MOSCOW /TASS/` is a tag, not a second place.
            if next.is_empty() || t.peek() == Some('/') {
                break;
            }
            abbreviation_dot(&mut t, next);
            *s = t;
        } else if spaced {
            let next = t.word();
            let capital = next.chars().next().is_some_and(char::is_uppercase);
            if capital {
                if date::month(next).is_some()
                    || is_known_agency(next)
                    || agency::is_bare_agency(next)
                {
                    break;
                }
                abbreviation_dot(&mut t, next);
                *s = t;
            } else if PARTICLES.contains(&next) {
                let mut u = t;
                if !u.skip_spaces() || !u.peek().is_some_and(char::is_uppercase) {
                    break;
                }
                if u.word().is_empty() {
                    break;
                }
                *s = u;
                words += 1;
            } else {
                break;
            }
        } else {
            break;
        }
        words += 1;
        if words > 5 || s.pos() - start > 60 {
            return None;
        }
    }
    s.text().get(start..s.pos())
}

/// `St. Louis`, `Mt. Vernon`: a short abbreviation keeps its full stop when a word follows.
fn abbreviation_dot(s: &mut Scan<'_>, word: &str) {
    if matches!(word, "St" | "Ste" | "Ft" | "Mt" | "Pt" | "Sta" | "Sto")
        && s.peek() == Some('.')
        && s.peek2() == Some(' ')
    {
        s.bump();
    }
}

/// `(...)` without nesting; the content.
fn paren<'a>(s: &mut Scan<'a>) -> Option<&'a str> {
    let save = *s;
    if !s.eat("(") {
        return None;
    }
    let content = s.take_while(|c| c != ')' && c != '(' && c != '\n');
    if content.len() > 60 || !s.eat(")") {
        *s = save;
        return None;
    }
    Some(content)
}

/// `/TASS/`, `/ritzau/`, `/PRNewswire/`: the name between the slashes.
fn slash_tag<'a>(s: &mut Scan<'a>) -> Option<&'a str> {
    let save = *s;
    if !s.eat("/") {
        return None;
    }
    let name = s.take_while(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '&'));
    let ok = !name.is_empty()
        && name.len() <= 30
        && name.trim() == name
        && name.chars().next().is_some_and(char::is_alphabetic)
        && s.eat("/");
    if !ok {
        *s = save;
        return None;
    }
    Some(name)
}

/// A country or state after a comma: `, Ore.`, `, N.C.`, `, Japan`, `, Lesotho`.
fn comma_region<'a>(s: &mut Scan<'a>) -> Option<&'a str> {
    let start = s.pos();
    let mut words = 0;
    loop {
        let mut t = *s;
        if words > 0 && !t.skip_spaces() {
            break;
        }
        if !t.peek().is_some_and(char::is_uppercase) {
            break;
        }
        let word = t.take_while(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        let bare = word.trim_end_matches('.');
        if bare.is_empty()
            || date::month(bare).is_some()
            || is_known_agency(bare)
            || agency::is_bare_agency(bare)
        {
            break;
        }
        *s = t;
        words += 1;
        if words > 3 {
            return None;
        }
    }
    if words == 0 {
        return None;
    }
    s.text().get(start..s.pos())
}

/// A region in parentheses: one to four capitalised words (`LIBIA`, `Somalie`, `Haryana`).
fn region_like(content: &str) -> bool {
    let content = content.trim();
    let words: Vec<&str> = content.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && content.len() <= 40
        && words
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                && (w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(w))
        })
}

fn separator(s: &mut Scan<'_>) -> Option<&'static str> {
    SEPARATORS.into_iter().find(|sep| s.eat(sep))
}

/// True when a separator or the end of the text comes next: the parenthesis just read was the
/// last thing before the separator, where an unknown code is an agency rather than a region.
fn separator_follows(mut s: Scan<'_>) -> bool {
    s.skip_spaces();
    s.rest().is_empty() || SEPARATORS.iter().any(|sep| s.rest().starts_with(sep))
}

fn is_dash(sep: &str) -> bool {
    matches!(sep, "-" | "–" | "—" | "--" | "_")
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '“' | '„' | '‘' | '\'' | '‹' | '»')
}

/// All letters upper case, at least two of them (`TORONTO`, `PASSAU/MÜNCHEN`).
fn is_caps(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

fn full_date(date: PartialDate) -> bool {
    date.day.is_some() && date.month.is_some()
}

#[cfg(test)]
mod tests;
