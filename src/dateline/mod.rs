//! The dateline grammar every reader that finds a dateline in printed text shares (plain text,
//! IPTC 7901 and ANPA-1312, and the XML formats' bodies): `TRIPOLI (LIBIA) (ITALPRESS/MNA) –`, `(ANSA) - ROMA, 29 NOV -`,
//! `RALEIGH, N.C. (AP) _`, `Bernau (dpa/bb) -`, `MOSCOW, November 29. /TASS/.`,
//! `МОСКВА, 29 ноября. /ТАСС/.`, `МОСКВА, 29 ноя — РИА Новости.`, `ΑΘΗΝΑ, 29 Νοεμβρίου
//! (ΑΠΕ-ΜΠΕ) -`, `الدوحة في 29 نوفمبر /قنا/`, `新华社北京11月29日电`, `【北京共同】`,
//! `(서울=연합뉴스)`.
//!
//! A hand-written scanner, following the conventions in `../shared/specs/DATELINES.md`:
//!
//! ```text
//! dateline     = cjk | place-first | date-first | agency-first
//! place-first  = PLACE qualifier* [SEP [BARE "."]]   PLACE: capitalised words (or words of a
//!                                                    script without case), `/`-joined places
//! date-first   = DATE qualifier* SEP                 `Jan 30 (Reuters) -`
//! agency-first = TAG SEP [PLACE [","] [DATE] SEP]
//! qualifier    = "(" REGION ")" | "," DATE | "," REGION | "." DATE | DATE | "في" DATE | TAG
//! TAG          = "(" AGENCY {"/" AGENCY | "/" service} ")" | "/" NAME "/" | ["."] BARE
//! SEP          = ".-" | "--" | "—" | "–" | "-" | "_" | "=" | ":" | "."  (or none after a known tag)
//! cjk          = Chinese `PRESS PLACE DATE 电`, Japanese `【PLACE [DAY] AGENCY】`, Korean
//!                `(PLACE=AGENCY) [NAME 기자 =]`               (see the `cjk` module)
//! ```
//!
//! A dateline needs evidence: an agency tag, or (without one) a place in capitals or a full date
//! followed by a dash, so that a sentence such as `Rome (not a tag) is nice - really` is not
//! taken for one. Scripts without case (Arabic) need the tag or the full date.

mod agency;
mod cjk;
mod date;
mod scan;

pub(crate) use crate::script::{digit_value, is_cjk, is_uncased_letter, is_wide, starts_name};
pub(crate) use agency::{agencies_in_tag, is_known_agency};
pub(crate) use date::month;

use crate::model::{Agency, Dateline, PartialDate};
use crate::script::is_rtl_letter;
use scan::Scan;

/// A reporter named inside or right after a dateline (`（记者张三）`, `홍길동 기자 =`,
/// `【ワシントン＝山田太郎】`): the names as printed, and one by one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reporter {
    /// The names as printed, without the word for reporter (`张三、李四`).
    pub(crate) text: String,
    /// Each name (`张三`, `李四`).
    pub(crate) names: Vec<String>,
}

/// A dateline found at the start of a paragraph, and how many bytes of the paragraph it takes
/// (separator and the whitespace after it included), so the caller can strip it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LeadDateline {
    /// The dateline: text as printed, place, region, date and agencies.
    pub(crate) dateline: Dateline,
    /// Bytes of the paragraph the dateline takes; the paragraph's own text starts there.
    pub(crate) consumed: usize,
    /// The reporter printed with the dateline, in the CJK forms.
    pub(crate) byline: Option<Reporter>,
}

/// Finds a dateline glued to the start of a paragraph (`Berlin (dpa) - Rund drei Monate ...`).
///
/// Text must follow the dateline; a paragraph that is only a dateline is for [`parse_line`].
pub(crate) fn parse_lead(paragraph: &str) -> Option<LeadDateline> {
    as_lead(paragraph, parse(paragraph, Modes::LEAD).lead?)
}

/// A parse in [`Mode::Lead`] as a lead dateline: text must follow it.
fn as_lead(paragraph: &str, parsed: Parsed) -> Option<LeadDateline> {
    let rest = paragraph.get(parsed.consumed..)?;
    if rest.trim().is_empty() {
        return None;
    }
    Some(LeadDateline {
        dateline: parsed.dateline,
        consumed: parsed.consumed,
        byline: parsed.byline,
    })
}

/// Reads a line that holds a dateline and nothing else (`MÁLAGA, 29 Nov. (EUROPA PRESS) -`,
/// `CHARLEROI 19/06 (BELGA)`, `Brussels, 29 November 2017`).
pub(crate) fn parse_line(line: &str) -> Option<Dateline> {
    let line = line.trim();
    as_line(line, parse(line, Modes::LINE).line?)
}

/// A parse in [`Mode::Line`] of a trimmed line as a line dateline: nothing may follow it.
fn as_line(line: &str, parsed: Parsed) -> Option<Dateline> {
    if !line.get(parsed.consumed..)?.trim().is_empty() {
        return None;
    }
    Some(parsed.dateline)
}

/// [`parse_lead`] and [`parse_line`] of one paragraph, read once: the grammar up to the
/// separator is the same for both, and only what ends the dateline differs. For a reader that
/// asks both questions of a paragraph.
pub(crate) fn parse_lead_or_line(paragraph: &str) -> (Option<LeadDateline>, Option<Dateline>) {
    if paragraph.trim().len() != paragraph.len() {
        // The line is read trimmed and the lead as it is: two texts, two reads.
        return (parse_lead(paragraph), parse_line(paragraph));
    }
    let found = parse(paragraph, Modes::BOTH);
    (
        found.lead.and_then(|parsed| as_lead(paragraph, parsed)),
        found.line.and_then(|parsed| as_line(paragraph, parsed)),
    )
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

/// The first date written anywhere in `text` (`SATURDAY 30 NOVEMBER 2024`, `30. November 2024`,
/// `Nov. 30, 2024`, `30/11/2024`, `2024-11-30`, `2024年11月30日`), for marker lines such as
/// embargoes. Only dates that start a word are read.
pub(crate) fn find_date(text: &str) -> Option<PartialDate> {
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let starts_word = previous.is_none_or(|p| !p.is_alphanumeric());
        previous = Some(c);
        if !starts_word || !(c.is_alphanumeric()) {
            continue;
        }
        let Some(rest) = text.get(i..) else { continue };
        if let Some(date) = iso_date(rest) {
            return Some(date);
        }
        let mut s = Scan::new(rest);
        if let Some(date) = date::date(&mut s).or_else(|| date::cjk_date(&mut s)) {
            return Some(date);
        }
    }
    None
}

/// `2024-11-30`, `2024/11/30`.
fn iso_date(text: &str) -> Option<PartialDate> {
    let mut s = Scan::new(text);
    let (year, 4) = s.number(4)? else {
        return None;
    };
    let sep = s.peek().filter(|c| matches!(c, '-' | '/'))?;
    s.bump();
    let (month, _) = s.number(2)?;
    if s.peek() != Some(sep) {
        return None;
    }
    s.bump();
    let (day, _) = s.number(2)?;
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = u8::try_from(day).ok().filter(|d| (1..=31).contains(d))?;
    Some(PartialDate {
        year: i32::try_from(year).ok(),
        month: Some(month),
        day: Some(day),
    })
}

/// Where the dateline is being looked for: glued to text, or alone on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Lead,
    Line,
}

#[derive(Clone)]
struct Parsed {
    dateline: Dateline,
    consumed: usize,
    byline: Option<Reporter>,
}

/// The modes a parse answers for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Modes {
    lead: bool,
    line: bool,
}

impl Modes {
    const LEAD: Modes = Modes {
        lead: true,
        line: false,
    };
    const LINE: Modes = Modes {
        lead: false,
        line: true,
    };
    const BOTH: Modes = Modes {
        lead: true,
        line: true,
    };
}

/// What a parse found, by mode (`None` for a mode it was not asked for, too).
#[derive(Default)]
struct ByMode {
    lead: Option<Parsed>,
    line: Option<Parsed>,
}

impl ByMode {
    /// `self`, and for the modes it found nothing in, what `next` finds in them.
    fn or_else(self, modes: Modes, next: impl FnOnce(Modes) -> ByMode) -> ByMode {
        let left = Modes {
            lead: modes.lead && self.lead.is_none(),
            line: modes.line && self.line.is_none(),
        };
        if !left.lead && !left.line {
            return self;
        }
        let more = next(left);
        ByMode {
            lead: self.lead.or(more.lead),
            line: self.line.or(more.line),
        }
    }

    /// `parsed` for every mode asked for.
    fn every(modes: Modes, parsed: Option<Parsed>) -> ByMode {
        match (modes.lead, modes.line) {
            (true, true) => ByMode {
                lead: parsed.clone(),
                line: parsed,
            },
            (true, false) => ByMode {
                lead: parsed,
                line: None,
            },
            (false, true) => ByMode {
                lead: None,
                line: parsed,
            },
            (false, false) => ByMode::default(),
        }
    }
}

/// What the grammar has found so far.
#[derive(Default, Clone)]
struct Parts<'a> {
    city: Option<&'a str>,
    region: Option<&'a str>,
    date: Option<PartialDate>,
    agencies: Vec<Agency>,
    /// The tag names a known agency (not only an unknown code), strong enough to end a dateline
    /// without a separator.
    known_tag: bool,
    /// The reporter the tag names beside the agency (`( Par Salma Bennani, MAP)`).
    reporter: Option<Reporter>,
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

fn parse(text: &str, modes: Modes) -> ByMode {
    // Only text that starts like a dateline is worth the grammar: a capital, a letter of a
    // script without case, a digit (a date) or a bracket (a tag).
    let Some(first) = text.chars().next() else {
        return ByMode::default();
    };
    if !(first.is_uppercase()
        || is_uncased_letter(first)
        || crate::script::is_digit(first)
        || matches!(first, '(' | '（' | '[' | '【' | '〔' | '［'))
    {
        return ByMode::default();
    }
    if let Some(parsed) = cjk::parse(text) {
        return ByMode::every(modes, Some(parsed));
    }
    date_first(text, modes)
        .or_else(modes, |modes| agency_first(text, modes))
        .or_else(modes, |modes| place_first(text, modes))
}

/// [`finish`] in each mode asked for.
fn finish_modes(s: Scan<'_>, parts: Parts<'_>, modes: Modes) -> ByMode {
    match (modes.lead, modes.line) {
        (true, true) => ByMode {
            lead: finish(s, parts.clone(), Mode::Lead),
            line: finish(s, parts, Mode::Line),
        },
        (true, false) => ByMode {
            lead: finish(s, parts, Mode::Lead),
            line: None,
        },
        (false, true) => ByMode {
            lead: None,
            line: finish(s, parts, Mode::Line),
        },
        (false, false) => ByMode::default(),
    }
}

/// `TRIPOLI (LIBIA) (ITALPRESS/MNA) –`, `LONDON, Nov 29 (Reuters) -`, `TORONTO —`,
/// `Landquart GR (sda)`, `دمشق-سانا`.
fn place_first(text: &str, modes: Modes) -> ByMode {
    let mut s = Scan::new(text);
    let Some(mut city) = place(&mut s) else {
        return ByMode::default();
    };
    let mut parts = Parts::default();
    // `Landquart GR`: a Swiss canton code after the town is its region.
    if let Some((town, canton)) = city.rsplit_once(' ')
        && SWISS_CANTONS.contains(&canton)
        && !is_caps(town)
    {
        city = town;
        parts.region = Some(canton);
    }
    // `دمشق-سانا`: SANA glues its name to the place with a hyphen.
    if let Some((town, agency)) = city.rsplit_once('-')
        && town.chars().next().is_some_and(is_rtl_letter)
        && is_known_agency(agency)
    {
        city = town;
        parts.agencies = vec![Agency::new(agency)];
        parts.known_tag = true;
    }
    parts.city = Some(city);
    qualifiers(&mut s, &mut parts);
    finish_modes(s, parts, modes)
}

/// Swiss canton codes, which ATS and SDA print after the town (`Landquart GR`).
const SWISS_CANTONS: &[&str] = &[
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW", "SG",
    "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
];

/// `Jan 30 (Reuters) -`, `21/02/2023 (Agence Europe) –`: a date and a tag, no place.
fn date_first(text: &str, modes: Modes) -> ByMode {
    let mut s = Scan::new(text);
    let Some(date) = date::date(&mut s) else {
        return ByMode::default();
    };
    let mut parts = Parts {
        date: Some(date),
        ..Parts::default()
    };
    qualifiers(&mut s, &mut parts);
    if !parts.tagged() {
        return ByMode::default();
    }
    finish_modes(s, parts, modes)
}

/// `(ANSA) - ROMA, 29 NOV -`, `(AGI) – Roma, 11 giu. –`, `(LaPresse) -`, `(NTB): `.
fn agency_first(text: &str, modes: Modes) -> ByMode {
    agency_first_in(text, modes).unwrap_or_default()
}

/// [`agency_first`], `None` where it finds nothing in any mode.
fn agency_first_in(text: &str, modes: Modes) -> Option<ByMode> {
    let mut s = Scan::new(text);
    let agencies = agencies_in_tag(paren(&mut s)?, false)?;
    s.skip_spaces();
    let first = separator(&mut s)?;
    if !(is_dash(first) || first == ":") {
        return None;
    }
    let mut end = s.pos();
    let mut parts = Parts {
        agencies,
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
    // A line dateline needs its place.
    let line = modes.line && parts.city.is_some();
    let modes = Modes {
        lead: modes.lead,
        line,
    };
    Some(ByMode::every(modes, Some(build(text, end, parts))))
}

/// Region, date and tag after the place (or date), in the orders agencies print them.
fn qualifiers<'a>(s: &mut Scan<'a>, parts: &mut Parts<'a>) {
    for _ in 0..8 {
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
                } else if let Some((agency, reporter)) = separator_follows(*s)
                    .then(|| reporter_tag(content))
                    .flatten()
                {
                    parts.agencies = vec![Agency::new(agency)];
                    parts.known_tag = true;
                    parts.reporter = Some(reporter);
                } else {
                    *s = save;
                    return;
                }
            }
            Some(',') => {
                s.bump();
                s.skip_spaces();
                if parts.date.is_none()
                    && let Some(date) = date::date(s).or_else(|| day_only(s))
                {
                    parts.date = Some(date);
                    continue;
                }
                // `Tehran, Nov 29, IRNA -`, `RĪGA, 4.decembris, LETA.`: a known agency after
                // the date, before the separator.
                let mut t = *s;
                let word = t.word();
                if parts.date.is_some() && is_known_agency(word) && separator_follows(t) {
                    parts.agencies = vec![Agency::new(word)];
                    parts.known_tag = true;
                    *s = t;
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
            // `الرباط - الجمعة 29 نونبر 2024 (ومع) -`: MAP's date between the place and the
            // tag, after a dash of its own; KUNA's `الكويت - 29 - 11 (كونا) --` day and month;
            // IRNA's `مشهد - ایرنا -`, the agency bare between two dashes.
            Some('-' | '–') if spaced && parts.date.is_none() => {
                let mut t = *s;
                t.bump();
                t.skip_spaces();
                let mut u = t;
                if let Some(name) = agency::bare_agency_at(&mut u, parts.date.is_some())
                    && separator_follows(u)
                {
                    parts.agencies = vec![Agency::new(name)];
                    parts.known_tag = true;
                    *s = u;
                    continue;
                }
                let Some(date) = date::date(&mut t).or_else(|| day_dash_month(&mut t)) else {
                    *s = save;
                    return;
                };
                let mut u = t;
                u.skip_spaces();
                let tagged = paren(&mut u)
                    .is_some_and(|c| agencies_in_tag(c, separator_follows(u)).is_some());
                if !tagged {
                    *s = save;
                    return;
                }
                parts.date = Some(date);
                *s = t;
            }
            // `Guwahati (Assam) [India], November 29 (ANI):`: ANI's country in brackets after
            // the state, kept in the printed dateline.
            Some('[') if parts.date.is_none() => {
                let mut t = *s;
                t.bump();
                let content = t.take_while(|c| c != ']' && c != '[' && c != '\n');
                if !region_like(content) || !t.eat("]") {
                    *s = save;
                    return;
                }
                parts.region.get_or_insert(content.trim());
                *s = t;
            }
            // `MARLBOROUGH, Mass.--(BUSINESS WIRE)--`: Business Wire glues its tag between
            // dashes.
            Some('-') if !spaced => {
                let mut t = *s;
                while t.eat("-") {}
                let Some(agencies) =
                    paren(&mut t).and_then(|c| agencies_in_tag(c, separator_follows(t)))
                else {
                    *s = save;
                    return;
                };
                parts.known_tag = agencies.iter().any(|a| is_known_agency(&a.name));
                parts.agencies = agencies;
                *s = t;
            }
            Some('/') => {
                let Some(name) = slash_tag(s) else {
                    *s = save;
                    return;
                };
                // `SPOOR/MOBILITEIT/` is a keyword path: a tag glued to the word before it
                // must name a known agency.
                if !spaced && !is_known_agency(name.trim()) {
                    *s = save;
                    return;
                }
                parts.agencies = vec![Agency::new(agency::tag_agency(name))];
                parts.known_tag = true;
            }
            // `MOSCOW, November 29. /TASS/.`, `МОСКВА. 29 ноября. ИНТЕРФАКС -`,
            // `АСТАНА. КАЗИНФОРМ -`: a full stop before a date, a slash tag or a bare agency.
            Some('.') => {
                s.bump();
                s.skip_spaces();
                if s.peek() == Some('/') {
                    continue;
                }
                if parts.date.is_none()
                    && let Some(date) = date::date(s)
                {
                    parts.date = Some(date);
                    s.eat(".");
                    continue;
                }
                if let Some(name) = agency::bare_agency_at(s, parts.date.is_some()) {
                    parts.agencies = vec![Agency::new(name)];
                    parts.known_tag = true;
                    continue;
                }
                *s = save;
                return;
            }
            Some(c) if spaced && (crate::script::is_digit(c) || c.is_alphabetic()) => {
                if parts.date.is_none()
                    && let Some(date) = date::date(s)
                {
                    parts.date = Some(date);
                    continue;
                }
                // `الدوحة في 29 نوفمبر`: Arabic prints "on" before the date.
                let mut t = *s;
                if parts.date.is_none()
                    && t.word() == "في"
                    && t.skip_spaces()
                    && let Some(date) = date::date(&mut t)
                {
                    parts.date = Some(date);
                    *s = t;
                    continue;
                }
                if let Some(name) = agency::bare_agency_at(s, parts.date.is_some()) {
                    parts.agencies = vec![Agency::new(name)];
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

/// KUNA's `29 - 11`: a day and a month in figures between spaced dashes.
fn day_dash_month(s: &mut Scan<'_>) -> Option<PartialDate> {
    let mut t = *s;
    let (day, _) = t.number(2)?;
    t.skip_spaces();
    if !t.eat("-") {
        return None;
    }
    t.skip_spaces();
    let (month, _) = t.number(2)?;
    let day = u8::try_from(day).ok().filter(|d| (1..=31).contains(d))?;
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    *s = t;
    Some(PartialDate {
        day: Some(day),
        month: Some(month),
        ..PartialDate::default()
    })
}

/// `MADRID, 29 (EUROPA PRESS)`: a day of the month alone, before a tag.
fn day_only(s: &mut Scan<'_>) -> Option<PartialDate> {
    let mut t = *s;
    let (day, _) = t.number(2)?;
    let day = u8::try_from(day).ok().filter(|d| (1..=31).contains(d))?;
    let mut u = t;
    u.skip_spaces();
    if u.peek() != Some('(') {
        return None;
    }
    *s = t;
    Some(PartialDate {
        day: Some(day),
        ..PartialDate::default()
    })
}

/// The separator (or its absence) ends the dateline; decides whether there was one at all.
fn finish(mut s: Scan<'_>, mut parts: Parts<'_>, mode: Mode) -> Option<Parsed> {
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
            // `МОСКВА, 29 ноя — РИА Новости. Text`: the agency after the dash.
            if !parts.tagged() {
                let mut u = t;
                u.skip_spaces();
                if let Some(name) = agency::bare_agency_at(&mut u, parts.date.is_some())
                    && u.eat(".")
                    && (u.rest().is_empty() || u.skip_spaces())
                {
                    parts.agencies = vec![Agency::new(name)];
                    t = u;
                    return Some(build(text, t.pos(), parts));
                }
            }
            // `MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--`: Business Wire prints the
            // date after its tag, between dashes.
            if parts.tagged() && parts.date.is_none() && is_dash(sep) {
                let mut u = t;
                u.skip_spaces();
                if let Some(date) = date::date(&mut u) {
                    u.skip_spaces();
                    if separator(&mut u).is_some_and(is_dash) {
                        parts.date = Some(date);
                        t = u;
                    }
                }
            }
            if mode == Mode::Lead {
                let mut u = t;
                let spaced_after = u.skip_spaces();
                // Re-feeds lose the space after a dash (`(Reuters) -The`); a dash glued to a word
                // without a tag is the text's own (`ROMA-Milano`, `ZÜRICH —Rates`), not a
                // separator (printed back with a space, it would read otherwise).
                // Thai writes no spaces: TNA's `กรุงเทพฯ 29 พ.ย.-กรุงเทพมหานคร...` glues the
                // text to the dash after a date.
                let thai_text =
                    parts.date.is_some() && u.peek().is_some_and(crate::script::is_thai);
                let glued_ok = (parts.tagged() || thai_text) && is_dash(sep);
                if !spaced_after && !glued_ok {
                    return None;
                }
            }
            t.pos()
        }
        None => match mode {
            // PTI, IANS and ATS put the text right after a known tag: `Genève (ats) Le ...`;
            // Arabic agencies after their slash tag: `/قنا/ أعلنت ...`.
            Mode::Lead => {
                let starts_text = s.peek().is_some_and(|c| {
                    c.is_uppercase()
                        || is_uncased_letter(c)
                        || crate::script::is_digit(c)
                        || is_quote(c)
                });
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
    Parsed {
        dateline,
        consumed,
        byline: parts.reporter,
    }
}

/// A tag that names the reporter beside a known agency (MAP's `( Par Salma Bennani, MAP)`,
/// TASR's `(Od spravodajkyne TASR Zuzany Kováčovej)`, "from the correspondent"): at most eight
/// words, one of them the agency; the reporter is the longest run of two or more capitalised
/// words beside it, without the word that introduces a byline.
fn reporter_tag(content: &str) -> Option<(&str, Reporter)> {
    let words: Vec<&str> = content
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() > 8 {
        return None;
    }
    let agency = words.iter().copied().find(|w| is_known_agency(w))?;
    let mut best: &[&str] = &[];
    let mut start = 0;
    for (i, word) in words.iter().enumerate() {
        let name_word = word.chars().next().is_some_and(char::is_uppercase)
            && *word != agency
            && !crate::byline::is_by_word(word);
        if !name_word {
            start = i + 1;
        } else if let Some(run) = words.get(start..=i)
            && run.len() > best.len()
        {
            best = run;
        }
    }
    if best.len() < 2 {
        return None;
    }
    let name = best.join(" ");
    Some((
        agency,
        Reporter {
            text: name.clone(),
            names: vec![name],
        },
    ))
}

/// Capitalised words (or words of a script without case: Arabic, Hebrew), possibly joined by
/// `/` (`PASSAU/MÜNCHEN`, `TRIPOLI / MOSCOW`) or with lower-case particles inside (`Frankfurt
/// am Main`). At most five words; at most three in a script without case.
fn place<'a>(s: &mut Scan<'a>) -> Option<&'a str> {
    let start = s.pos();
    let first_char = s.peek()?;
    // Scripts without case: a place is told by its script, and goes on in the same one.
    let thai = crate::script::is_thai(first_char);
    let rtl = is_rtl_letter(first_char) || thai;
    let same_script = |c: char| {
        if thai {
            crate::script::is_thai(c)
        } else {
            is_rtl_letter(c)
        }
    };
    if !(first_char.is_uppercase() || rtl) {
        return None;
    }
    let first = s.word();
    if first.is_empty() || (rtl && first == "في") {
        return None;
    }
    if rtl
        && first
            .rsplit_once('-')
            .is_some_and(|(_, agency)| is_known_agency(agency))
    {
        return Some(first);
    }
    abbreviation_dot(s, first);
    let mut words = 1;
    let max_words = if rtl { 3 } else { 5 };
    loop {
        let mut t = *s;
        let spaced = t.skip_spaces();
        if t.eat("/") {
            t.skip_spaces();
            if !t
                .peek()
                .is_some_and(|c| c.is_uppercase() || (rtl && same_script(c)))
            {
                break;
            }
            let next = t.word();
            // `MOSCOW /TASS/` is a tag, not a second place; so is `أنقرة/ الأناضول`.
            if next.is_empty() || t.peek() == Some('/') || is_known_agency(next) {
                break;
            }
            abbreviation_dot(&mut t, next);
            *s = t;
        } else if spaced {
            let next_char = t.peek();
            let capital = next_char.is_some_and(char::is_uppercase);
            let in_script = rtl && next_char.is_some_and(same_script);
            if capital || in_script {
                // A month name starts a date only when a day goes with it: `RIO DE JANEIRO`
                // is a place, `PARIS Nov 29` a place and a date.
                let starts_date = {
                    let mut d = t;
                    date::date(&mut d).is_some()
                };
                let next = t.word();
                if next.is_empty()
                    || next == "في"
                    || starts_date
                    || is_known_agency(next)
                    || agency::is_bare_agency(next)
                {
                    break;
                }
                abbreviation_dot(&mut t, next);
                *s = t;
            } else {
                let next = t.word();
                if !PARTICLES.contains(&next) {
                    break;
                }
                let mut u = t;
                if !u.skip_spaces() || !u.peek().is_some_and(char::is_uppercase) {
                    break;
                }
                if u.word().is_empty() {
                    break;
                }
                *s = u;
                words += 1;
            }
        } else {
            break;
        }
        words += 1;
        if words > max_words || s.pos() - start > 60 {
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

/// `/TASS/`, `/ritzau/`, `/PRNewswire/`, `/ وام /`: the name between the slashes. WAM pads
/// the name with spaces; Anadolu's Arabic service leaves the second slash out when the place is
/// written first (`أنقرة/ الأناضول`), which is accepted for a known agency.
fn slash_tag<'a>(s: &mut Scan<'a>) -> Option<&'a str> {
    let save = *s;
    if !s.eat("/") {
        return None;
    }
    let raw = s
        .take_while(|c| c.is_alphanumeric() || is_mark_or_space(c) || matches!(c, '-' | '.' | '&'));
    let name = raw.trim();
    let padded = name.len() != raw.len();
    let plausible = !name.is_empty()
        && name.len() <= 40
        && name.chars().next().is_some_and(char::is_alphabetic)
        && (!padded || is_known_agency(name));
    if plausible && s.eat("/") {
        return Some(name);
    }
    // Unclosed: only a known agency, followed by the text or a separator.
    if plausible && is_known_agency(name) && raw.ends_with(' ') {
        return Some(name);
    }
    *s = save;
    None
}

fn is_mark_or_space(c: char) -> bool {
    c == ' ' || matches!(c, '\u{064b}'..='\u{065f}')
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
        // A hyphen joins two parts of a name (`Baden-Württemberg`); one before anything else
        // is a separator (`Mass.--(BUSINESS WIRE)`).
        let from = t.pos();
        while let Some(c) = t.peek() {
            let joins = c == '-' && t.peek2().is_some_and(char::is_alphabetic);
            if !(c.is_alphabetic() || matches!(c, '.' | '\'' | '’') || joins) {
                break;
            }
            t.bump();
        }
        let word = t.since(from);
        let bare = word.trim_end_matches('.');
        // An agency's name ends the region (`, Nova -`), unless another capitalised word of
        // the name follows it (`, Nova Scotia,`).
        let mut after = t;
        after.skip_spaces();
        let name_goes_on = after.peek().is_some_and(char::is_uppercase);
        if bare.is_empty()
            || date::month(bare).is_some()
            || ((is_known_agency(bare) || agency::is_bare_agency(bare)) && !name_goes_on)
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
