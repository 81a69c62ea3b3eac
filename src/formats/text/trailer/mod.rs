//! The lines below the story: the credit line kept as metadata (`– fonte: IPA Agency
//! (ITALPRESS).`, `(ANSA).`, `(Reporting by ...)`, `(©NTB)`) and the trailers dropped from the
//! body (sign-off initials, copyright, end markers, contacts, transmission codes, web promos).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::dateline::{agencies_in_tag, is_known_agency};
use crate::text_shape::{CasedStart, longest};

mod words;

use super::shape::{code_line, ends_sentence, more_words_than, words_up_to};
use words::*;

/// A credit line of a credit word and a colon (`Source: Queen Elizabeth Prize`, `– fonte:
/// ANSA`), the name without its dash, word and final full stop: a credit wherever it stands
/// (AsiaNet's releases open with it).
pub(super) fn labelled_credit(line: &str) -> Option<String> {
    let undashed = line.trim().trim_start_matches(['-', '–', '—', ' ']);
    let (word, rest) = split_label(undashed)?;
    let rest = rest.trim();
    (CREDIT_WORDS.contains(&word.trim().to_lowercase().as_str())
        && !rest.is_empty()
        && !more_words_than(rest, 12))
    .then(|| strip_full_stop(rest).to_string())
}

/// A line's label and what follows its colon (`Source: ...`, `Pewarta: ...`). The label comes
/// first and is one short word (the longest credit word or reporter's label is far shorter), so
/// only the first 24 bytes are searched for the colon: a line of the story is not read to its
/// end.
fn split_label(text: &str) -> Option<(&str, &str)> {
    const FULL_WIDTH_COLON: &[u8] = "：".as_bytes();
    let bytes = text.as_bytes();
    let (at, len) = bytes
        .iter()
        .take(24)
        .enumerate()
        .find_map(|(i, &b)| match b {
            b':' => Some((i, 1)),
            0xef if bytes
                .get(i..)
                .is_some_and(|rest| rest.starts_with(FULL_WIDTH_COLON)) =>
            {
                Some((i, FULL_WIDTH_COLON.len()))
            }
            _ => None,
        })?;
    Some((text.get(..at)?, text.get(at + len..)?))
}

/// A credit line marked by its form, without its dash, `fonte:` word, parentheses and final
/// full stop (`IPA Agency (ITALPRESS)`, `ANSA`, `Reporting by Jane Doe; Editing by John Smith`,
/// `==Kyodo`, `/ritzau/`, `AAP ew/jm`), or `None`.
fn marked_credit(line: &str) -> Option<String> {
    let text = line.trim();
    if let Some(credit) = labelled_credit(text) {
        return Some(credit);
    }
    // PR Newswire's closing `SOURCE Northwind Energy`: the word in capitals, no colon.
    if let Some(name) = text.strip_prefix("SOURCE ").map(str::trim)
        && !more_words_than(name, 12)
    {
        return Some(name.to_string());
    }
    if reporter_credit(text).is_some() || agency_signed(text) || name_and_agency(text).is_some() {
        return Some(text.to_string());
    }
    if let Some(inner) = parenthesised(text) {
        let lower = inner.to_lowercase();
        if REPORTING.iter().any(|p| lower.starts_with(p)) {
            return Some(inner.to_string());
        }
        let name = strip_copyright_sign(inner);
        if !END_WORDS.contains(&name.to_lowercase().as_str())
            && agencies_in_tag(name, false).is_some()
        {
            return Some(name.to_string());
        }
        return None;
    }
    // `==Kyodo`, `--IANS`, and Kyodo's `==Kyodo KWS-21:37-09-12-18` with the transmission code.
    if let Some(rest) = text
        .strip_prefix("==")
        .or_else(|| text.strip_prefix("--"))
        .map(str::trim)
    {
        if is_known_agency(rest) {
            return Some(rest.to_string());
        }
        if let Some((name, code)) = rest.split_once(' ')
            && is_known_agency(name)
            && code_line(code.trim())
        {
            return Some(name.to_string());
        }
    }
    // `/ritzau/`, `/قنا/`, `/ وام /`.
    if let Some(name) = text
        .strip_prefix('/')
        .and_then(|t| t.strip_suffix('/'))
        .map(str::trim)
        && is_known_agency(name)
    {
        return Some(name.to_string());
    }
    // `AAP ew/jm`: an agency and desk initials.
    let mut tokens = text.split_whitespace();
    let first = tokens.next();
    let mut rest = tokens.peekable();
    if rest.peek().is_some_and(|second| initials(second))
        && first.is_some_and(is_known_agency)
        && rest.all(initials)
    {
        return Some(text.to_string());
    }
    None
}

/// A credit line of any form: [`marked_credit`], or a sentence that credits the report
/// (`This report by The Canadian Press was first published ...`, `... contributed to this
/// report.`).
pub(super) fn credit(line: &str) -> Option<String> {
    let text = line.trim();
    marked_credit(text).or_else(|| {
        (text.len() < 400
            && (CREDIT_SENTENCES
                .iter()
                .any(|p| text.to_lowercase().starts_with(p))
                || contains_ignore_ascii_case(text, "contributed to this report"))
            && !more_words_than(text, 30))
        .then(|| text.to_string())
    })
}

/// The reporter named on a credit line of their own below the story: Antara's `Pewarta:
/// Rizky Ananda Putri` (a reporter's label and a colon) or `By Daniel Musyoka` (a by-word and
/// a name, nothing more). The name, or `None`.
pub(super) fn reporter_credit(line: &str) -> Option<String> {
    let text = line.trim();
    if ends_sentence(text) {
        return None;
    }
    if let Some((label, name)) = split_label(text)
        && REPORTER_LABELS.contains(&label.trim().to_lowercase().as_str())
        && capitalised_name(name.trim())
    {
        return Some(name.trim().to_string());
    }
    let (word, name) = text.split_once(' ')?;
    (crate::byline::is_by_word(word) && capitalised_name(name.trim()))
        .then(|| name.trim().to_string())
}

/// The reporter a credit names, for the byline: the name of `Pewarta: Rizky Ananda Putri`, `By
/// Daniel Musyoka`, `Nguyễn Thu Hà (TTXVN)` or BTA's `/ Мария Георгиева /`. A credit of a name
/// alone (`Source: Statistics Norway`) names no reporter.
pub(super) fn credited_reporter(credit: &str) -> Option<String> {
    let text = credit.trim();
    if let Some(name) = name_and_agency(text) {
        return Some(name.to_string());
    }
    if let Some(name) = text
        .strip_prefix("/ ")
        .and_then(|t| t.strip_suffix(" /"))
        .map(str::trim)
        .filter(|name| person_name(name))
    {
        return Some(name.to_string());
    }
    reporter_credit(text)
}

/// VNA's `Nguyễn Thu Hà (TTXVN)`: a reporter's name and a known agency in parentheses.
fn name_and_agency(text: &str) -> Option<&str> {
    let (name, agency) = text.strip_suffix(')')?.rsplit_once(" (")?;
    (person_name(name.trim()) && is_known_agency(agency)).then(|| name.trim())
}

/// A person's name, not an agency's (`IPA Agency`, `Jiji Press`): see [`capitalised_name`].
fn person_name(text: &str) -> bool {
    !ends_sentence(text)
        && crate::byline::after_by_word(text).is_none()
        && capitalised_name(text)
        && agencies_in_tag(text, false).is_none()
        && !crate::byline::affiliation(text)
}

/// Two to four words, each opening with a capital: a person's name as printed below a story.
fn capitalised_name(text: &str) -> bool {
    // Counting stops past four: a line of a story has many more.
    (2..=4).contains(&text.split_whitespace().take(5).count())
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// HINA's `(hina) dj ms`: a known agency in parentheses and the desk's initials after it.
fn agency_signed(text: &str) -> bool {
    let Some((agency, initials_part)) = text.strip_prefix('(').and_then(|t| t.split_once(')'))
    else {
        return false;
    };
    let mut tokens = initials_part.split_whitespace().peekable();
    is_known_agency(agency) && tokens.peek().is_some() && tokens.all(initials)
}

/// A heading that opens a contact section running to the end (`Rückfragen & Kontakt:`,
/// `To contact the reporter on this story:`): a short line ending in a colon with a contact
/// word.
pub(super) fn contact_heading(line: &str) -> bool {
    let text = line.trim();
    if !text.ends_with([':', '：']) || more_words_than(text, 10) {
        return false;
    }
    let lower = text.to_lowercase();
    CONTACT_WORDS.iter().any(|w| lower.contains(w))
}

/// An agency's notice on the use of its copy, which names the agency (`BNS-i uudiste
/// avaldamine ... ilma BNS-i kirjaliku nõusolekuta on keelatud.`, Anadolu's `Anadolu Agency
/// website contains only a portion of the news stories offered to subscribers ...`).
fn usage_notice(text: &str) -> bool {
    if text.len() > 600 || more_words_than(text, 45) {
        return false;
    }
    static WORDS: Phrases = Phrases::new(USAGE_WORDS);
    WORDS.in_text_any_case(text)
        && text.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            // Estonian and Finnish inflect a name after a hyphen (`BNS-i`).
            is_known_agency(word)
                || word
                    .split_once('-')
                    .is_some_and(|(name, _)| is_known_agency(name))
        })
}

/// What a trailer line is, when it is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Trailer {
    /// A copyright notice (`© 2024 AFP`, `(c) TASS 2024`).
    Copyright,
    /// A closing byline (`Sarah Tremblay, The Canadian Press`), with the byline.
    Byline(String),
    /// Any other boilerplate: sign-off, end marker, contact, code, promo, photo credit.
    Other,
}

/// The characters of a line that [`trailer`] compares with the prefix lists: as many as the
/// longest prefix has bytes.
const PREFIX_CHARS: usize = longest(&[
    CONTACT_PREFIXES,
    PHOTO_PREFIXES,
    PROMO_PREFIXES,
    EDITING_PREFIXES,
]);

/// Classifies a line below the story, or `None` when it is story text.
pub(super) fn trailer(line: &str) -> Option<Trailer> {
    let text = line.trim();
    if copyright(text) {
        return Some(Trailer::Copyright);
    }
    // The starts of contact, photo, promo and editing lines, lower-cased.
    let lower = CasedStart::lower(text, PREFIX_CHARS);
    if end_marker(text)
        || rule_line(text)
        || sign_off(text)
        || code_line(text)
        || routing_code(text)
        || desk_code(text)
    {
        return Some(Trailer::Other);
    }
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    if starts(CONTACT_PREFIXES)
        || starts(PHOTO_PREFIXES)
        || starts(PROMO_PREFIXES)
        || starts(EDITING_PREFIXES)
        || usage_notice(text)
    {
        return Some(Trailer::Other);
    }
    if let Some(byline) = reporter_line(text) {
        return Some(Trailer::Byline(byline));
    }
    // Counted up to 26: the rules below ask about at most 25 words.
    let words = words_up_to(text, 26);
    if words <= 15 && text.contains('@') && text.contains('.') {
        return Some(Trailer::Other);
    }
    if words <= 25 && !ends_sentence(text) && text.split_whitespace().any(web_address) {
        return Some(Trailer::Other);
    }
    if words <= 12 {
        let lower = text.to_lowercase();
        if lower.contains("available online") || lower.contains("available here") {
            return Some(Trailer::Other);
        }
    }
    closing_byline(text).map(Trailer::Byline)
}

/// A line that is never the continuation of the line above, even in wrapped copy: a credit, an
/// end marker, a copyright notice or a rule (`(ANSA).`, `==Kyodo`, `MORE`, `© 2024 AFP`, `___`).
pub(super) fn stands_alone(line: &str) -> bool {
    let text = line.trim();
    end_marker(text) || rule_line(text) || copyright_mark(text) || marked_credit(text).is_some()
}

/// A line that opens like a copyright notice: `© 2024 AFP`, `(c) TASS 2024`, `Copyright ...`,
/// `<저작권자(c) 연합뉴스 ...>`.
fn copyright_mark(text: &str) -> bool {
    let unbracketed = text.trim_start_matches(['<', '[', '(', '〈', '《']);
    unbracketed.starts_with('©')
        || unbracketed.starts_with("저작권자")
        || starts_with_ignore_case(text, "(c)")
        || starts_with_ignore_case(unbracketed, "copyright")
}

/// A copyright line: [`copyright_mark`], or a short line with a rights phrase (`Alle
/// auteursrechten ... voorbehouden`, `Riproduzione riservata`).
fn copyright(text: &str) -> bool {
    if copyright_mark(text) {
        return true;
    }
    if text.len() > 600 || more_words_than(text, 40) {
        return false;
    }
    static PHRASES: Phrases = Phrases::new(COPYRIGHT_PHRASES);
    PHRASES.in_text_any_case(text)
}

/// A list of phrases looked for in a line in one pass (an Aho-Corasick automaton built on first
/// use), not in one pass a phrase.
struct Phrases {
    list: &'static [&'static str],
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl Phrases {
    const fn new(list: &'static [&'static str]) -> Self {
        Self {
            list,
            automaton: OnceLock::new(),
        }
    }

    /// True when `text` lower-cased contains one of the phrases (which are lower case). Text
    /// whose only upper-case characters are ASCII (most text, `€` and `é` included) is not
    /// lower-cased: the automaton ignores ASCII case, which for such text is the same answer.
    fn in_text_any_case(&self, text: &str) -> bool {
        let cased_beyond_ascii = !text.is_ascii()
            && text
                .chars()
                .any(|c| !c.is_ascii() && !c.to_lowercase().eq(std::iter::once(c)));
        if cased_beyond_ascii {
            self.in_text(&text.to_lowercase())
        } else {
            self.in_text(text)
        }
    }

    /// True when `text` contains one of the phrases, ignoring ASCII case.
    fn in_text(&self, text: &str) -> bool {
        match self.automaton() {
            Some(automaton) => automaton.is_match(text),
            // Never taken: a list of a few dozen short phrases is far inside the automaton's
            // limits (a test builds each). The answer would be the same, one phrase at a time.
            None => {
                let lower = text.to_ascii_lowercase();
                self.list.iter().any(|p| lower.contains(p))
            }
        }
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                // A DFA: the lists are small, and a line is read at a few instructions a byte.
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(self.list)
                    .ok()
            })
            .as_ref()
    }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// `needle` (ASCII) anywhere in `text`, ignoring ASCII case, without allocating.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    !needle.is_empty()
        && text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

/// The most words of a note to editors labelled on its own first line (`NOTE TO EDITORS: A
/// table ... is available.`): a sentence or two, as a copyright line.
const NOTE_WORDS: usize = 40;

/// The heading of a section not for publication, which runs to the end: dpa's `# Notebook`
/// and `The following information is not for publication`, a release's `Notes to editors`.
pub(super) fn notebook(line: &str) -> bool {
    let text = line.trim();
    let unmarked = text.trim_start_matches(['#', ' ']);
    // `NOTE TO EDITORS: A table of ... is available.`: the heading and its first line at once,
    // as long as a trailer line.
    let labelled = unmarked.starts_with(['n', 'N'])
        && ["note to editors:", "notes to editors:", "note to editors -"]
            .iter()
            .any(|p| starts_with_ignore_case(unmarked, p));
    if labelled {
        return !more_words_than(text, NOTE_WORDS);
    }
    if text.len() > 80 {
        return false;
    }
    let lower = unmarked.to_lowercase();
    matches!(
        lower.trim_end_matches([':', '.']),
        "notebook" | "dpa notebook" | "note to editors" | "notes to editors" | "notes for editors"
    ) || lower.starts_with("the following information is not")
}

/// A line that opens a section of short lines below the story when lists follow it (dpa's
/// `* * * *` before its notebook, a Markdown heading such as `## Internet links` or `## Orte`
/// over lists of links and places): a rule of asterisks, dashes and the like, or a heading of
/// at most ten words marked with `#`.
pub(super) fn section_break(line: &str) -> bool {
    let text = line.trim();
    let heading = text
        .strip_prefix('#')
        .map(|rest| rest.trim_start_matches('#'))
        .is_some_and(|rest| rest.starts_with(' ') && (1..=10).contains(&words_up_to(rest, 11)));
    heading || rule_line(text)
}

/// An item of a list as plain text prints it: a dash, an asterisk or a bullet, then a space.
pub(super) fn list_item(line: &str) -> bool {
    let text = line.trim();
    ["- ", "* ", "• ", "– "]
        .iter()
        .any(|mark| text.starts_with(mark))
}

/// The characters of a line that [`about_heading`] compares with [`ABOUT_PREFIXES`].
const ABOUT_CHARS: usize = longest(&[ABOUT_PREFIXES]);

/// A boilerplate heading such as `About Northwind Energy`, which with what follows it is not
/// story text.
pub(super) fn about_heading(line: &str) -> bool {
    let text = line.trim();
    !more_words_than(text, 6) && !ends_sentence(text) && {
        let lower = CasedStart::lower(text, ABOUT_CHARS);
        ABOUT_PREFIXES.iter().any(|p| lower.starts_with(p))
    }
}

/// The last `a` or `b` in `text`: what `text.rfind([a, b])` gives, found with two searches for
/// one character each, which memchr runs from the end, not one decoding every character.
fn rfind_either(text: &str, a: char, b: char) -> Option<usize> {
    match (text.rfind(a), text.rfind(b)) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

/// `text.rsplit_once([a, b])`, by [`rfind_either`].
fn rsplit_once_either(text: &str, a: char, b: char) -> Option<(&str, &str)> {
    let at = rfind_either(text, a, b)?;
    let len = text.get(at..)?.chars().next()?.len_utf8();
    Some((text.get(..at)?, text.get(at + len..)?))
}

/// A credit glued to the end of the last paragraph (`... Waadt.  (sda)`, CNA's
/// `...轉乘。（編輯：陳淑華）1140304`): the paragraph without it, the credit, and the
/// transmission code printed after it, if any.
pub(super) fn glued_credit(paragraph: &str) -> Option<(String, String, Option<String>)> {
    let mut text = paragraph.trim_end();
    let mut code = None;
    if let Some((head, last)) = rsplit_once_either(text, '）', ')')
        && last.len() >= 6
        && last.bytes().all(|b| b.is_ascii_digit())
    {
        code = Some(last.to_string());
        text = text.get(..head.len() + text.get(head.len()..)?.chars().next()?.len_utf8())?;
    }
    // NAN's `... he added. (NAN)(www.nannews.ng)`: the agency's web address after its credit.
    if code.is_none()
        && let Some(open) = text.rfind('(')
        && let Some(tail) = text.get(open..)
        && parenthesised(tail).is_some_and(web_address)
    {
        code = Some(tail.to_string());
        text = text.get(..open)?.trim_end();
    }
    // TNA's `...ยิ่งขึ้น.-สำนักข่าวไทย`: the agency after a full stop and a dash.
    if let Some((before, agency)) = text.rsplit_once(".-")
        && is_known_agency(agency.trim())
        && !before.trim().is_empty()
    {
        return Some((format!("{before}."), agency.trim().to_string(), code));
    }
    // BTA's `... the mayor said. / Мария Георгиева /`: the reporter between slashes, the
    // credit as printed.
    if let Some(inner) = text.strip_suffix('/')
        && let Some((before, name)) = inner.rsplit_once(" /")
        && person_name(name.trim())
        && ends_sentence(before.trim_end())
    {
        let credit = text.get(before.len()..).unwrap_or(text).trim();
        return Some((before.trim_end().to_string(), credit.to_string(), code));
    }
    let open = rfind_either(text, '(', '（')?;
    let before = text.get(..open)?.trim_end();
    let tail = text.get(open..)?;
    if before.is_empty() || !ends_sentence(before) {
        return None;
    }
    let inner = parenthesised(tail)?;
    let name = strip_copyright_sign(inner);
    let signed = name
        .split_once('/')
        .is_some_and(|(agency, initials_part)| is_known_agency(agency) && initials(initials_part));
    let editor = EDITOR_WORDS.iter().any(|w| name.starts_with(w));
    // epd's `(epd Niedersachsen-Bremen/b2417/04.12.24)`: the agency, then its regional
    // service, item number and date in one token.
    let filed = name.split_once(' ').is_some_and(|(agency, code)| {
        is_known_agency(agency) && !code.contains(' ') && code.contains('/')
    });
    if agencies_in_tag(name, false).is_none() && !signed && !editor && !filed {
        return None;
    }
    Some((before.to_string(), name.to_string(), code))
}

/// A reporter's line at the end: `홍길동 기자 hong@yna.co.kr`, `（记者 张三）`, `Anna Svensson/TT`.
fn reporter_line(text: &str) -> Option<String> {
    let words = text.split_whitespace().filter(|w| !w.contains('@'));
    // The line without its e-mail addresses, joined only when it opens in CJK.
    if words
        .clone()
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(crate::dateline::is_cjk)
    {
        let bare = words.collect::<Vec<_>>().join(" ");
        if let Some(byline) = crate::byline::byline(&bare) {
            return Some(byline.text);
        }
    }
    if let Some(inner) = text
        .strip_prefix('（')
        .and_then(|t| t.strip_suffix('）'))
        .or_else(|| text.strip_prefix('(').and_then(|t| t.strip_suffix(')')))
        && inner.chars().next().is_some_and(crate::dateline::is_cjk)
        && let Some(byline) = crate::byline::byline(inner)
    {
        return Some(byline.text);
    }
    // `Anna Svensson/TT`: a name and the agency after a slash.
    let (name, agency) = text.rsplit_once('/')?;
    let named = (2..=4).contains(&words_up_to(name, 5))
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (named && is_known_agency(agency.trim())).then(|| text.to_string())
}

/// `Sarah Tremblay, The Canadian Press`: a name and a press affiliation on the last line.
fn closing_byline(text: &str) -> Option<String> {
    let (name, affiliation) = text.split_once(',')?;
    let name_words = words_up_to(name, 5);
    let affiliation = affiliation.trim();
    let named = (2..=4).contains(&name_words)
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (named && !ends_sentence(text) && crate::byline::affiliation(affiliation))
        .then(|| text.to_string())
}

/// VNA's end mark glued to the last sentence (`... mỗi ngày./.`): the paragraph with its full
/// stop and without the mark, or `None`.
pub(super) fn glued_end_mark(paragraph: &str) -> Option<String> {
    let text = paragraph.trim_end().strip_suffix("./.")?;
    (!text.trim().is_empty()).then(|| format!("{text}."))
}

/// `(SEGUE)`, `MORE`, `Enditem`, `###`, `-30-`, `./.`.
fn end_marker(text: &str) -> bool {
    // The longest end marker, `(продолжение следует)`, takes 41 bytes.
    if text.len() > 48 {
        return false;
    }
    if matches!(
        text,
        "###" | "# # #" | "-30-" | "- 30 -" | "./." | "-0-" | "--0--"
    ) {
        return true;
    }
    // The Arabic tatweel (`ـ (انتهى) ـ`) is a letter to Unicode, a rule to the eye.
    let core = text
        .trim_matches(|c: char| !c.is_alphanumeric() || c == 'ـ')
        .to_lowercase();
    !core.is_empty() && END_WORDS.contains(&core.as_str())
}

/// A routing or transmission code in capitals (`TO-RED/ S0A QBXB`): short tokens without a
/// lower-case letter, with a digit or a slash among them. Only below the story.
fn routing_code(text: &str) -> bool {
    (2..=8).contains(&words_up_to(text, 9))
        && text.split_whitespace().all(|t| t.chars().nth(12).is_none())
        && !text.chars().any(char::is_lowercase)
        && text.chars().any(|c| c.is_ascii_digit() || c == '/')
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '/' | '-' | '.'))
        && !ends_sentence(text)
}

/// A desk code in parentheses on a line of its own (Agenzia Nova's `(Rin)`, `(Mrg)`): two to
/// five ASCII letters.
fn desk_code(text: &str) -> bool {
    parenthesised(text).is_some_and(|inner| {
        (2..=5).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// A rule of underscores, dashes, stars, plus or equals signs (`___`, `* * *`, epd's `+++`): AP
/// puts one above the contributor line.
fn rule_line(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || matches!(c, '_' | '-' | '=' | '*' | '~' | '#' | '+'))
        && text.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

/// Sign-off initials: `cd/abc/ide`, `daa/mt/msr`, `(Schluss) lh/mr`, `dpa wsz jln npr`, Belga's
/// `VDH/FUL/`, Lusa's `ABC // DEF`, Tanjug's `(крај) мј/сп`, Télam's `mo-gr`, BTA's `/ КЛ /`.
fn sign_off(text: &str) -> bool {
    // KUNA's `ف ع / م ع`: single letters of a script without case around a slash.
    let uncased_initials = text.contains('/')
        && !more_words_than(text, 9)
        && text.split_whitespace().all(|t| {
            t == "/"
                || (t.chars().count() == 1 && t.chars().all(crate::dateline::is_uncased_letter))
        });
    if uncased_initials {
        return true;
    }
    if let Some(inner) = text.strip_prefix('/').and_then(|t| t.strip_suffix('/'))
        && inner.starts_with(' ')
        && capital_initials(inner.trim())
    {
        return true;
    }
    // Six tokens are enough to know a line is too long to be one.
    let tokens: Vec<&str> = text
        .split_whitespace()
        .filter(|t| *t != "//")
        .take(6)
        .collect();
    if tokens.is_empty() || tokens.len() > 5 {
        return false;
    }
    let slashed = tokens
        .iter()
        .any(|t| t.contains('/') && (initials(t) || capital_initials(t)));
    let lusa = text.contains(" // ") && tokens.iter().all(|t| capital_initials(t));
    let all_short = tokens.len() >= 2 && tokens.iter().skip(1).all(|t| initials(t));
    // Télam's `mo-gr`: one token of two or three letters per desk, joined by hyphens.
    let hyphened = matches!(tokens.as_slice(), [one] if one.contains('-')
        && initials(one)
        && one.split('-').all(|part| part.chars().count() <= 3));
    (slashed || all_short || lusa || hyphened)
        && tokens.iter().all(|t| {
            initials(t)
                || capital_initials(t)
                || is_known_agency(t)
                || parenthesised(t)
                    .is_some_and(|inner| END_WORDS.contains(&inner.to_lowercase().as_str()))
        })
}

/// Desk initials: lower-case letters in any script, groups of one to five joined by `/` or
/// `-` (`lh/mr`, `wsz`, `мј/сп`, `mo-gr`).
fn initials(token: &str) -> bool {
    // AAP's `be/`: the sub-editor's initials after the slash are not always there.
    let token = token.strip_suffix('/').unwrap_or(token);
    !token.is_empty()
        && token.split(['/', '-']).all(|part| {
            (1..=5).contains(&part.chars().count()) && part.chars().all(char::is_lowercase)
        })
}

/// Initials in capitals in any script (`VDH/FUL/`, `ABC`, `КЛ`): one to five capital letters
/// per group, a trailing slash allowed.
fn capital_initials(token: &str) -> bool {
    let token = token.strip_suffix('/').unwrap_or(token);
    !token.is_empty()
        && token.split('/').all(|part| {
            (1..=5).contains(&part.chars().count()) && part.chars().all(char::is_uppercase)
        })
}

/// A web address: `http...`, `www...`, or a word ending in a known domain (`Blog.it`).
fn web_address(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
    let lower = word.to_lowercase();
    if lower.starts_with("http") || lower.starts_with("www.") {
        return true;
    }
    // The name is never empty: the trim took every full stop before it.
    lower.rsplit_once('.').is_some_and(|(name, tld)| {
        name.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && DOMAINS.contains(&tld)
    })
}

/// The inside of `(...)`, `(...).` or `（...）` when the whole line is one parenthesis.
fn parenthesised(text: &str) -> Option<&str> {
    let text = text.trim();
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(").").or_else(|| t.strip_suffix(')')))
        .or_else(|| {
            text.strip_prefix('（')
                .and_then(|t| t.strip_suffix("）。").or_else(|| t.strip_suffix('）')))
        })?;
    (!inner.contains(['(', ')', '（', '）'])).then_some(inner.trim())
}

/// True for a take marker (`MORE`, `(SEGUE)`, `(Fortsetzung folgt)`): the story goes on in
/// another take.
pub(super) fn take_marker(text: &str) -> bool {
    let core = text
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    TAKE_WORDS.contains(&core.as_str())
}

fn strip_copyright_sign(text: &str) -> &str {
    text.trim_start_matches('©').trim_start()
}

fn strip_full_stop(text: &str) -> &str {
    text.strip_suffix('.').unwrap_or(text).trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels are looked for in a line's first 24 bytes only: every listed one fits, with its
    /// colon, and a colon further on makes no label.
    #[test]
    fn labels_are_found_in_the_first_24_bytes() {
        for label in CREDIT_WORDS.iter().chain(REPORTER_LABELS) {
            assert!(label.len() < 24, "{label}");
            let line = format!("{label}: Jane Doe");
            assert_eq!(split_label(&line), Some((*label, " Jane Doe")), "{line}");
        }
        assert_eq!(
            reporter_credit("Reporter: Jane Doe").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(split_label("The minister said on Monday: we will"), None);
        assert_eq!(split_label("Quelle：dpa"), Some(("Quelle", "dpa")));
        assert_eq!(
            split_label("23 bytes before a colon: x"),
            Some(("23 bytes before a colon", " x"))
        );
        assert_eq!(split_label("24 bytes before a colon.: x"), None);
        assert_eq!(
            split_label("Fotografía y texto: EFE"),
            Some(("Fotografía y texto", " EFE"))
        );
    }

    #[test]
    fn credit_lines() {
        assert_eq!(
            credit("– fonte: IPA Agency (ITALPRESS).").as_deref(),
            Some("IPA Agency (ITALPRESS)")
        );
        assert_eq!(credit("(ITALPRESS).").as_deref(), Some("ITALPRESS"));
        assert_eq!(credit("(ANSA).").as_deref(), Some("ANSA"));
        assert_eq!(credit("(©NTB)").as_deref(), Some("NTB"));
        assert_eq!(credit("(ats/mt)").as_deref(), Some("ats/mt"));
        assert_eq!(
            credit("(Reporting by Jane Doe; Editing by John Smith)").as_deref(),
            Some("Reporting by Jane Doe; Editing by John Smith")
        );
        assert_eq!(credit("==Kyodo").as_deref(), Some("Kyodo"));
        assert_eq!(credit("/ritzau/").as_deref(), Some("ritzau"));
        assert_eq!(credit("AAP ew/jm").as_deref(), Some("AAP ew/jm"));
        assert_eq!(credit("AAP be/").as_deref(), Some("AAP be/"));
        assert_eq!(credit("(Schluss)"), None);
        assert_eq!(credit("(SEGUE)."), None);
        assert_eq!(credit("--IANS").as_deref(), Some("IANS"));
        assert_eq!(
            credit("==Kyodo KWS-21:37-09-12-18").as_deref(),
            Some("Kyodo")
        );
        assert_eq!(credit("/قنا/").as_deref(), Some("قنا"));
        assert_eq!(credit("/ وام /").as_deref(), Some("وام"));
        assert_eq!(credit("（共同）").as_deref(), Some("共同"));
        assert_eq!(credit("Источник: ТАСС").as_deref(), Some("ТАСС"));
        assert_eq!(
            credit("（责任编辑：王五）").as_deref(),
            Some("责任编辑：王五")
        );
        assert_eq!(credit("(완)"), None);
        assert_eq!(credit("The minister said so."), None);
        assert_eq!(credit("(hina) dj ms").as_deref(), Some("(hina) dj ms"));
        assert_eq!(credit("(hina) The port"), None);
        assert_eq!(credit("(Paris) dj ms"), None);
        assert_eq!(
            credit(
                "Ce reportage a été publié initialement par La Presse Canadienne le 5 mai 2025."
            )
            .as_deref(),
            Some("Ce reportage a été publié initialement par La Presse Canadienne le 5 mai 2025.")
        );
        assert_eq!(credit("By noon the fire was out."), None);
        // #19: a press release's closing source, in capitals, names the issuer.
        assert_eq!(
            credit("SOURCE  Lumora Biotech Ltd").as_deref(),
            Some("Lumora Biotech Ltd")
        );
        assert_eq!(credit("Source of the fire was a heater."), None);
        assert_eq!(credit("SOURCE"), None);
        let issuer = |words: usize| format!("SOURCE {}", vec!["Acme"; words].join(" "));
        assert!(credit(&issuer(12)).is_some());
        assert!(credit(&issuer(13)).is_none());
        // A crediting sentence is under 400 bytes.
        let sentence = |len: usize| {
            let head = "This report by The Canadian Press was first published";
            format!("{head} {}.", "x".repeat(len - head.len() - 2))
        };
        assert_eq!(sentence(399).len(), 399);
        assert!(credit(&sentence(399)).is_some());
        assert!(credit(&sentence(400)).is_none());
    }

    #[test]
    fn lines_that_stand_alone_in_wrapped_copy() {
        for line in ["MORE", "___", "© 2024 AFP", "(ANSA).", "==Kyodo"] {
            assert!(stands_alone(line), "{line}");
        }
        for line in [
            "the minister said on Monday",
            "More talks are due",
            "Copy desks met",
        ] {
            assert!(!stands_alone(line), "{line}");
        }
    }

    #[test]
    fn copyright_lines_and_web_addresses_by_their_limits() {
        let rights = |words: usize| {
            format!(
                "All rights reserved by the publisher{}",
                " word".repeat(words - 6)
            )
        };
        assert!(copyright(&rights(40)));
        assert!(!copyright(&rights(41)));
        let sized = |len: usize| {
            let head = "All rights reserved ";
            format!("{head}{}", "x".repeat(len - head.len()))
        };
        assert!(copyright(&sized(600)));
        assert!(!copyright(&sized(601)));
        assert_eq!(
            trailer("Full plan at www.harbour.org"),
            Some(Trailer::Other)
        );
        let long = format!("{} www.harbour.org", ["word"; 24].join(" "));
        assert_eq!(trailer(&long), Some(Trailer::Other));
        assert_eq!(
            trailer(&format!("{} www.harbour.org", ["word"; 25].join(" "))),
            None
        );
        assert_eq!(
            trailer("The full plan is published at www.harbour.org."),
            None
        );
    }

    #[test]
    fn reporters_credited_below_the_story() {
        for (line, name) in [
            ("Pewarta: Dewi Lestari", Some("Dewi Lestari")),
            ("Reporter: Jane Mbeki", Some("Jane Mbeki")),
            ("By Peter Mwangi", Some("Peter Mwangi")),
            ("Trần Văn Nam (TTXVN)", Some("Trần Văn Nam")),
            ("/ Иван Петров /", Some("Иван Петров")),
            ("Иван Петров", None),
            ("Statistics Norway", None),
            ("IPA Agency (ITALPRESS)", None),
            ("Jiji Press", None),
            ("By the river", None),
            ("Pewarta: dua orang", None),
            ("Trần Văn Nam (Hanoi)", None),
            ("By Peter Mwangi.", None),
        ] {
            assert_eq!(credited_reporter(line).as_deref(), name, "{line}");
        }
        assert_eq!(
            credit("By Peter Mwangi").as_deref(),
            Some("By Peter Mwangi")
        );
        assert_eq!(
            credit("Trần Văn Nam (TTXVN)").as_deref(),
            Some("Trần Văn Nam (TTXVN)")
        );
    }

    #[test]
    fn sections_and_notices_below_the_story() {
        assert!(contact_heading("Rückfragen & Kontakt:"));
        assert!(contact_heading("To contact the reporter on this story:"));
        assert!(!contact_heading("Contact was lost with the ship."));
        assert!(!contact_heading("The minister said:"));
        assert!(contact_heading(
            "For questions on the plan please contact the city office:"
        ));
        assert!(!contact_heading(
            "For questions on the new plan please contact the city office:"
        ));
        assert!(usage_notice(
            "BNS-i uudiste avaldamine ilma BNS-i kirjaliku nõusolekuta on keelatud."
        ));
        assert!(usage_notice(
            "Anadolu Agency website contains only a portion of the news stories offered to subscribers."
        ));
        // At most 45 words and 600 bytes.
        let notice = |words: usize| {
            let head = "BNS-i uudiste avaldamine ilma BNS-i nõusolekuta on keelatud";
            format!("{head}{}", " sõna".repeat(words - 8))
        };
        assert!(usage_notice(&notice(45)));
        assert!(!usage_notice(&notice(46)));
        let sized = |len: usize| {
            let head = "Use without BNS consent is prohibited ";
            format!("{head}{}", "x".repeat(len - head.len()))
        };
        assert!(usage_notice(&sized(600)));
        assert!(!usage_notice(&sized(601)));
        // A rights word without the agency is story text.
        assert!(!usage_notice("Smoking is prohibited in the new station."));
        assert_eq!(
            trailer("Smoking is prohibited in the new station, Reuters said."),
            Some(Trailer::Other)
        );
    }

    #[test]
    fn trailer_lines() {
        assert_eq!(trailer("© 2024 AFP"), Some(Trailer::Copyright));
        assert_eq!(trailer("(c) TASS 2024"), Some(Trailer::Copyright));
        assert_eq!(trailer("cd/abc/ide"), Some(Trailer::Other));
        assert_eq!(trailer("(Schluss) lh/mr"), Some(Trailer::Other));
        assert_eq!(trailer("dpa wsz jln npr"), Some(Trailer::Other));
        assert_eq!(trailer("Enditem"), Some(Trailer::Other));
        assert_eq!(trailer("###"), Some(Trailer::Other));
        assert_eq!(trailer("___"), Some(Trailer::Other));
        assert_eq!(trailer("291410 nov 24"), Some(Trailer::Other));
        assert_eq!(trailer("TO-RED/ S0A QBXB"), Some(Trailer::Other));
        assert_eq!(trailer("VDH/FUL/"), Some(Trailer::Other));
        assert_eq!(trailer("./."), Some(Trailer::Other));
        assert_eq!(trailer("PMC // SB"), Some(Trailer::Other));
        assert_eq!(trailer("NATO"), None);
        assert_eq!(trailer("(Rin)"), Some(Trailer::Other));
        assert_eq!(trailer("Фото: Укрінформ"), Some(Trailer::Other));
        assert_eq!(
            trailer("Non perderti tutte le notizie dal mondo su Blog.it"),
            Some(Trailer::Other)
        );
        assert_eq!(trailer("-Foto IPA Agency-"), Some(Trailer::Other));
        assert_eq!(
            trailer("Sarah Tremblay, The Canadian Press"),
            Some(Trailer::Byline("Sarah Tremblay, The Canadian Press".into()))
        );
        // An end marker is at most 48 bytes, rules around it included.
        assert!(end_marker("--- (продолжение следует) ----"));
        assert!(!end_marker("---- (продолжение следует) ----"));
        // A routing code has a figure or a slash; a desk code is two to five letters.
        assert!(routing_code("TO-RED/ S0A QBXB") && routing_code("TO RED 12"));
        assert!(!routing_code("TO RED QBXB"));
        assert!(desk_code("(Rin)") && desk_code("(Mrg)"));
        assert!(!desk_code("(Rin1)") && !desk_code("(Abcdef)") && !desk_code("(R)"));
        // Sign-off initials are at most five tokens; a web address may be in brackets.
        assert!(sign_off("ANSA ab/cd ef gh ij"));
        assert!(!sign_off("ANSA ab/cd ef gh ij kl"));
        assert!(web_address("(www.example.com)") && web_address("<https://example.com/a>"));
        assert!(web_address("Blog.it") && web_address("news-site.com"));
        assert!(web_address("news.example.com") && !web_address(".com."));
        assert!(!web_address("news_site.com") && !web_address("said.Then") && !web_address("com"));
        // A closing byline or a reporter's line names a person: two to four capitalised words.
        assert_eq!(closing_byline("sarah tremblay, The Canadian Press"), None);
        assert_eq!(
            closing_byline("Officials in the five towns said, The Canadian Press"),
            None
        );
        assert_eq!(
            reporter_line("Anna Svensson/TT").as_deref(),
            Some("Anna Svensson/TT")
        );
        assert_eq!(reporter_line("anna svensson/TT"), None);
        assert_eq!(reporter_line("Anna Maria Li Wei Svensson/TT"), None);
        assert_eq!(
            trailer("Sterling was little changed against the dollar."),
            None
        );
        assert_eq!(trailer("Selskapet venter også en sterk vinter."), None);
        assert!(about_heading("About Northwind Energy"));
        assert!(notebook("# Notebook") && notebook("Notes to editors:"));
        assert!(notebook(
            "The following information is not intended for publication"
        ));
        assert!(!notebook("The notebook was found in the car."));
        assert!(notebook("NOTE TO EDITORS: A map is available."));
        assert!(!notebook("A note to editors: the map was wrong."));
        // A labelled note runs past the heading's 80 bytes, up to forty words.
        let note =
            |words: usize| format!("NOTE TO EDITORS: A {}.", vec!["table"; words - 4].join(" "));
        assert!(note(40).len() > 80);
        assert!(notebook(&note(40)));
        assert!(!notebook(&note(41)));
        let following = |len: usize| {
            let head = "The following information is not for publication";
            format!("{head}{}", ".".repeat(len - head.len()))
        };
        assert!(notebook(&following(80)));
        assert!(!notebook(&following(81)));
        assert_eq!(trailer("（完）"), Some(Trailer::Other));
        assert_eq!(trailer("(끝)"), Some(Trailer::Other));
        assert_eq!(trailer("ـ (انتهى) ـ"), Some(Trailer::Other));
        assert_eq!(trailer("(Fortsetzung folgt)"), Some(Trailer::Other));
        assert_eq!(
            trailer("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"),
            Some(Trailer::Copyright)
        );
        assert_eq!(trailer("© ΑΠΕ-ΜΠΕ"), Some(Trailer::Copyright));
        assert_eq!(
            trailer("Alle rechten voorbehouden, alle auteursrechten bij ANP"),
            Some(Trailer::Copyright)
        );
        assert_eq!(
            trailer("홍길동 기자 hong@yna.co.kr"),
            Some(Trailer::Byline("홍길동".into()))
        );
        assert_eq!(
            trailer("Anna Svensson/TT"),
            Some(Trailer::Byline("Anna Svensson/TT".into()))
        );
        assert!(take_marker("MORE") && take_marker("(SEGUE)") && !take_marker("(ANSA)."));
        for line in [
            "(крај) мј/сп",
            "ف ع / م ع",
            "(النهاية)",
            "mo-gr",
            "/ КЛ /",
            "Edited by Ada Obi/Musa Bello",
            "Editor: Siti Rahma",
            "Baca juga: Kota Hujan tanam 5.000 pohon",
        ] {
            assert_eq!(trailer(line), Some(Trailer::Other), "{line}");
        }
        for line in ["well-made", "/ Ivan /", "Kraj je blizu.", "في / عن"] {
            assert_eq!(trailer(line), None, "{line}");
        }
    }

    #[test]
    fn every_phrase_list_builds_its_automaton() {
        for list in [COPYRIGHT_PHRASES, USAGE_WORDS] {
            let phrases = Phrases::new(list);
            assert!(phrases.automaton().is_some());
            for phrase in list {
                assert!(phrases.in_text_any_case(&format!("a line with {phrase} in it")));
                let upper = phrase.to_uppercase();
                assert!(phrases.in_text_any_case(&format!("A LINE WITH {upper} IN IT")));
            }
            assert!(!phrases.in_text_any_case("a line with none of them"));
        }
        // Searched as it is (no upper-case letter but ASCII ones), or lower-cased first (the
        // Kelvin sign lower-cases to an ASCII `k`).
        let usage = Phrases::new(USAGE_WORDS);
        assert!(usage.in_text_any_case("Copie Interdite, 5 € – été"));
        assert!(usage.in_text_any_case("\u{212a}EELATUD"));
        assert!(!usage.in_text_any_case("Café, 5 €"));
    }

    #[test]
    fn the_last_of_two_characters_is_found_as_by_a_pattern_of_both() {
        for text in ["a) b（c）d", "（x", "no brackets", "", ")", "é）é)é"] {
            assert_eq!(
                rfind_either(text, ')', '）'),
                text.rfind([')', '）']),
                "{text}"
            );
            assert_eq!(
                rsplit_once_either(text, '）', ')'),
                text.rsplit_once(['）', ')']),
                "{text}"
            );
        }
    }

    #[test]
    fn glued_credits() {
        assert_eq!(
            glued_credit("Leistungsverträge mit den Kantonen.  (sda)"),
            Some((
                "Leistungsverträge mit den Kantonen.".into(),
                "sda".into(),
                None
            ))
        );
        assert_eq!(
            glued_credit("市府也將同步調整公車路線。（編輯：陳淑華）1140304"),
            Some((
                "市府也將同步調整公車路線。".into(),
                "編輯：陳淑華".into(),
                Some("1140304".into())
            ))
        );
        assert_eq!(glued_credit("He met the minister (again)."), None);
        assert_eq!(
            glued_credit("He added. (NAN)(www.nannews.ng)"),
            Some((
                "He added.".into(),
                "NAN".into(),
                Some("(www.nannews.ng)".into())
            ))
        );
        assert_eq!(
            glued_credit("Паркът има 300 дървета. / Иван Петров /"),
            Some((
                "Паркът има 300 дървета.".into(),
                "/ Иван Петров /".into(),
                None
            ))
        );
        assert_eq!(glued_credit("The ratio is 3 / 4 /"), None);
        assert_eq!(
            glued_credit("เพื่อให้ประชาชนเดินทางสะดวก.-สำนักข่าวไทย"),
            Some(("เพื่อให้ประชาชนเดินทางสะดวก.".into(), "สำนักข่าวไทย".into(), None))
        );
        assert_eq!(glued_credit("The score was 3.-2 at half time"), None);
        assert_eq!(glued_end_mark("mỗi ngày./.").as_deref(), Some("mỗi ngày."));
        assert_eq!(
            glued_credit("Pläne vorlegen. (epd Niedersachsen-Bremen/b2417/04.12.24)")
                .map(|(_, credit, _)| credit),
            Some("epd Niedersachsen-Bremen/b2417/04.12.24".into())
        );
        assert_eq!(
            glued_credit("Pläne vorlegen. (epd Niedersachsen Bremen)"),
            None
        );
        // A credit is glued only after a sentence, and names a known agency: with desk
        // initials after a slash, or a filing code after a space.
        assert_eq!(glued_credit("Die Gespräche gingen weiter (sda)"), None);
        assert_eq!(
            glued_credit("Die Gespräche gingen weiter. (sda/ab)").map(|(_, credit, _)| credit),
            Some("sda/ab".into())
        );
        assert_eq!(
            glued_credit("Die Gespräche gingen weiter. (Northwind/ab)"),
            None
        );
        assert_eq!(
            glued_credit("Die Gespräche gingen weiter. (Meyer Jones/Smith)"),
            None
        );
        assert_eq!(trailer("+++"), Some(Trailer::Other));
        assert_eq!(glued_end_mark("./."), None);
    }
}
