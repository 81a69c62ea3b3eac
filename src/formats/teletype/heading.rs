//! The lines above a teletype story: markers, notes and bylines, told apart from headline text
//! with the plain-text reader's rules (`crate::markers`, `crate::byline`).

use crate::byline::{self, Byline};

use super::lines::collapse;
use crate::markers;
use crate::model::Timestamp;

/// What a heading line is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Line {
    /// A priority marker (`(Eil)`, `FLASH`, `Blitz`): the urgency it gives.
    Urgency(u8),
    /// A take or version marker (`1ST LEAD`, `REFILE`, `EXTRA`, `3RD NET`), as printed.
    Take(String),
    /// A correction notice (`(Berichtigung: Uhrzeit korrigiert)`, `Correction`): the note.
    Correction(String),
    /// An embargo line (`(Sperrfrist 9. Oktober 14.20 Uhr)`): the note and, when it prints a
    /// full date, the instant.
    Embargo(String, Option<Timestamp>),
    /// A note to editors (`Eds: With AP Photos.`, `(Vorschau)`, `(Eds: Minor edits.)`): the
    /// note, without the opening that marks it.
    Note(String),
    /// A reference to the pictures that go with the story (`AP Photo XNP101, XNP102`): their
    /// ids.
    Photos(Vec<String>),
    /// A byline.
    Byline(Byline),
    /// Headline text.
    Text(String),
}

/// Words of take and version markers, upper case.
const TAKE_WORDS: &[&str] = &[
    "LEAD",
    "LD",
    "NET",
    "REFILE",
    "EXTRA",
    "UPDATE",
    "UPDATED",
    "WRITETHRU",
    "LD-WRITETHRU",
    "REPEAT",
    "RPT",
    "ADVISORY",
];

/// Openings of notes to editors, compared upper-cased; the opening is removed from the note.
const NOTE_PREFIXES: &[&str] = &[
    "EDS:",
    "EDITOR'S NOTE _",
    "EDITOR'S NOTE:",
    "EDITOR'S NOTE -",
    "EDITORS NOTE:",
    "EDITOR’S NOTE _",
    "EDITOR’S NOTE:",
];

/// The characters of a line [`strip_note_prefix`] upper-cases: as many as the longest opening
/// has bytes.
const NOTE_CHARS: usize = crate::text_shape::longest(&[NOTE_PREFIXES]);

/// Classifies one heading line (without the ` =` or `<` that ends it).
pub(crate) fn classify(line: &str) -> Line {
    let text = line.trim();
    let inner = parenthesised(text);
    let core = inner.unwrap_or(text);
    if let Some(urgency) = markers::urgency(text) {
        return Line::Urgency(urgency);
    }
    if take(text) {
        return Line::Take(text.to_string());
    }
    let short = !crate::text_shape::more_words_than(core, 4);
    if (inner.is_some() || short) && markers::is_correction(core) {
        return Line::Correction(core.to_string());
    }
    if markers::is_embargo(core) {
        return Line::Embargo(core.to_string(), markers::embargo_time(core));
    }
    if let Some(ids) = photo_ids(text) {
        return Line::Photos(ids);
    }
    if let Some(note) = note(text) {
        return Line::Note(note);
    }
    if let Some(inner) = inner {
        // `(Eds: Minor edits.)` is the note `Eds: Minor edits.` is.
        return Line::Note(note(inner).unwrap_or_else(|| inner.to_string()));
    }
    if let Some(byline) = byline::byline(text) {
        return Line::Byline(byline);
    }
    Line::Text(text.to_string())
}

/// True for an affiliation line below a byline (`Associated Press`, `AP Business Writer`).
pub(crate) fn affiliation(line: &str) -> bool {
    byline::affiliation(line)
}

/// A take or version marker: at most four words, each a take word, an ordinal or a number
/// (`1ST LEAD`, `REFILE`, `2ND LEAD`, `3RD NET`, `EXTRA`, `Update`).
fn take(text: &str) -> bool {
    let mut words = 0;
    let mut named = false;
    // Word by word, upper-cased one at a time: a line stops at its first other word.
    for word in text.split_whitespace() {
        let word = word
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_uppercase();
        if word.is_empty() {
            continue;
        }
        words += 1;
        let take_word = TAKE_WORDS.contains(&word.as_str());
        if words > 4 || !(take_word || ordinal(&word)) {
            return false;
        }
        named |= take_word;
    }
    named
}

/// `1ST`, `2ND`, `3RD`, `4TH`, `2`.
fn ordinal(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    let suffix = word.get(digits..).unwrap_or("");
    (1..=2).contains(&digits) && matches!(suffix, "" | "ST" | "ND" | "RD" | "TH")
}

/// A note without the openings that mark notes (`Eds: `, `EDITOR'S NOTE _ `), as a note line
/// printed with one reads back.
pub(crate) fn note_text(text: &str) -> String {
    let mut text = text.trim().to_string();
    while let Some(inner) = strip_note_prefix(&text) {
        text = inner;
    }
    text
}

/// The note after its opening (`Eds: ...`, `EDITOR'S NOTE _ ...`), or `None`.
fn strip_note_prefix(text: &str) -> Option<String> {
    // Only the start is upper-cased: the openings are short and a line may be long.
    let upper = crate::text_shape::CasedStart::upper(text, NOTE_CHARS);
    NOTE_PREFIXES.iter().find_map(|prefix| {
        upper
            .starts_with(prefix)
            .then(|| text.get(prefix.len()..))
            .flatten()
            .map(|rest| rest.trim().to_string())
    })
}

/// A note to editors by its opening (`Eds: ...`, `EDITOR'S NOTE _ ...`, an `AP Photo ...` line
/// that lists no ids), or `None`.
fn note(text: &str) -> Option<String> {
    strip_note_prefix(text).or_else(|| text.starts_with("AP Photo").then(|| text.to_string()))
}

/// The most ids a photo line lists; a longer line is kept as a note (a story has a few pictures,
/// and each id becomes an associated item).
const MAX_PHOTO_IDS: usize = 64;

/// The picture ids of an AP photo line (`AP Photo XNP101, XNP102`, `AP Photos NY123`), or `None`
/// when the line is no such list (each id one word holding a digit, at most
/// [`MAX_PHOTO_IDS`]).
fn photo_ids(text: &str) -> Option<Vec<String>> {
    let rest = text.strip_prefix("AP Photo")?;
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let ids: Vec<String> = rest
        .split([',', ';'])
        .map(|id| id.trim().trim_end_matches('.').to_string())
        .filter(|id| !id.is_empty())
        .collect();
    let is_id = |id: &String| {
        id.chars().any(|c| c.is_ascii_digit())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    (!ids.is_empty() && ids.len() <= MAX_PHOTO_IDS && ids.iter().all(is_id)).then_some(ids)
}

/// The inside of a line that is one parenthesis (`(Vorschau)`), or `None`.
fn parenthesised(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
    (!inner.contains(['(', ')'])).then_some(inner.trim())
}

/// The heading lines of a story, sorted out.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Heading {
    /// The most urgent priority marker's urgency.
    pub(crate) urgency: Option<u8>,
    /// Take and version markers, in order.
    pub(crate) takes: Vec<String>,
    /// Notes to editors: corrections, embargoes without a readable date, other notes.
    pub(crate) notes: Vec<String>,
    /// The ids of the pictures the photo lines name, in order.
    pub(crate) photos: Vec<String>,
    /// Whether a correction notice was among the lines.
    pub(crate) correction: bool,
    /// The embargo an embargo line gives.
    pub(crate) embargo: Option<Timestamp>,
    /// Headline text lines, in order, each on one line.
    pub(crate) text: Vec<String>,
    /// The first byline.
    pub(crate) byline: Option<Byline>,
    /// The affiliation line below the byline (`Associated Press`).
    pub(crate) affiliation: Option<String>,
}

impl Heading {
    /// Sorts out `lines` (each without the `=` or `<` that ends it). A line right below the
    /// byline that names an affiliation is the byline's affiliation; a second byline adds its
    /// names to the first.
    pub(crate) fn read(lines: &[String]) -> Heading {
        let mut heading = Heading::default();
        let mut after_byline = false;
        for line in lines {
            let line = collapse(line);
            if line.is_empty() {
                continue;
            }
            if after_byline && heading.affiliation.is_none() && affiliation(&line) {
                heading.affiliation = Some(line);
                after_byline = false;
                continue;
            }
            after_byline = false;
            match classify(&line) {
                Line::Urgency(urgency) => {
                    heading.urgency = Some(heading.urgency.map_or(urgency, |u| u.min(urgency)));
                }
                Line::Take(take) => heading.takes.push(take),
                Line::Correction(note) => {
                    heading.correction = true;
                    heading.notes.push(note);
                }
                Line::Embargo(note, time) => match time {
                    Some(time) if heading.embargo.is_none() => heading.embargo = Some(time),
                    _ => heading.notes.push(note),
                },
                Line::Note(note) => heading.notes.push(note),
                Line::Photos(ids) => heading.photos.extend(ids),
                Line::Byline(byline) => {
                    after_byline = true;
                    match heading.byline.as_mut() {
                        None => heading.byline = Some(byline),
                        Some(first) => {
                            first.text = format!("{}; {}", first.text, byline.text);
                            first.names.extend(byline.names);
                        }
                    }
                }
                Line::Text(text) => match loose_byline(&text) {
                    // `By dpa correspondents`: below the headline, a `By` line is a byline even
                    // when it names no person.
                    Some(byline) if !heading.text.is_empty() && heading.byline.is_none() => {
                        after_byline = true;
                        heading.byline = Some(byline);
                    }
                    _ => heading.text.push(text),
                },
            }
        }
        heading
    }
}

impl Heading {
    /// The kicker and the headline of the headline text lines. A kicker (ATS and Keystone-SDA's
    /// `Situation France:`, dpa's `Brexit:`) is a label set above the headline and ended by a
    /// colon: the lines up to the first one that ends with `:`, when headline text follows it.
    /// The kicker comes without its colon; without one, every line is the headline.
    pub(crate) fn kicker_and_headline(&self) -> (Option<String>, Option<String>) {
        let joined = |lines: &[String]| Some(collapse(&lines.join(" "))).filter(|t| !t.is_empty());
        let end = self
            .text
            .iter()
            .position(|line| line.trim_end().ends_with(':'))
            .filter(|&i| i + 1 < self.text.len());
        match end {
            Some(i) => {
                let kicker = joined(self.text.get(..=i).unwrap_or_default())
                    .map(|k| k.trim_end_matches(':').trim_end().to_string());
                (kicker, joined(self.text.get(i + 1..).unwrap_or_default()))
            }
            None => (None, joined(&self.text)),
        }
    }
}

/// A `By ...` line the byline rules do not read (`By dpa correspondents`): the text after `By`
/// (or `Von`, `Par`) as the byline, without names.
fn loose_byline(line: &str) -> Option<Byline> {
    let rest = ["By ", "Von ", "Par "]
        .iter()
        .find_map(|word| line.strip_prefix(word))?
        .trim();
    let words = rest.split_whitespace().count();
    ((1..=12).contains(&words)).then(|| Byline {
        text: rest.to_string(),
        names: Vec::new(),
    })
}

/// A sign-off: an agency mnemonic and editors' initials (`dpa hm bs wjh`, `dpa kll yyzz s5
/// akn`), a short parenthesised code (`(SDA\/sj)`), or an end line (`==Kyodo`, `APTN`).
pub(crate) fn sign_off_like(line: &str) -> bool {
    let text = line.trim();
    let tokens: Vec<&str> = text.split(' ').collect();
    let code = |t: &str, max: usize| {
        (1..=max).contains(&t.len())
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let initials = (2..=8).contains(&tokens.len())
        && tokens
            .first()
            .is_some_and(|t| code(t, 8) && t.bytes().any(|b| b.is_ascii_alphabetic()))
        && tokens.iter().skip(1).all(|t| code(t, 6));
    let parenthesised =
        text.len() <= 24 && text.starts_with('(') && text.ends_with(')') && !text.contains(' ');
    let end_line = text.starts_with("==") || matches!(text, "APTN" | "END" | "ENDS" | "ENDE");
    initials || parenthesised || end_line
}
