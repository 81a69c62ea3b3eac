//! The lines below the story: the credit line kept as metadata (`– fonte: IPA Agency
//! (ITALPRESS).`, `(ANSA).`, `(Reporting by ...)`, `(©NTB)`) and the trailers dropped from the
//! body (sign-off initials, copyright, end markers, contacts, transmission codes, web promos).

use crate::dateline::{agencies_in_tag, is_known_agency};

use super::header;
use super::shape::{code_line, ends_sentence, word_count};

/// Words that introduce a credit after a dash (`– fonte: IPA Agency (ITALPRESS).`).
const CREDIT_WORDS: &[&str] = &[
    "fonte", "fonti", "source", "sources", "quelle", "quellen", "fuente", "fuentes", "bron",
    "kilde", "källa", "lähde", "credit", "credits", "crédit", "crédits", "crediti",
];

/// Openings of Reuters-style credit parentheses, lower case.
const REPORTING: &[&str] = &[
    "reporting by",
    "additional reporting",
    "reporting and writing",
    "writing by",
    "editing by",
    "compiled by",
    "with reporting by",
    "redazione",
];

/// End-of-story words (`(SEGUE)`, `MORE`, `(Schluss)`, `Enditem`), lower case.
const END_WORDS: &[&str] = &[
    "schluss", "segue", "more", "mehr", "fine", "fin", "end", "ende", "ends", "continua", "sigue",
    "suite", "enditem", "eom", "xxx", "nnnn", "mas", "más",
];

/// Openings of contact and press-office lines, lower case.
const CONTACT_PREFIXES: &[&str] = &[
    "media contact",
    "press contact",
    "contact:",
    "contacts:",
    "kontakt:",
    "pressekontakt",
    "for more information",
    "(for more information",
    "for further information",
    "(for further information",
    "per informazioni",
    "ufficio stampa",
    "pour plus d'informations",
    "(pour plus d'informations",
    "más información",
    "para más información",
    "meer informatie",
    "weitere informationen",
    "companies in this story",
];

/// Openings of photo credits, lower case.
const PHOTO_PREFIXES: &[&str] = &[
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "-foto",
    "– foto",
    "(foto",
    "(photo",
    "foto/quelle",
    "photo credit",
];

/// Openings of web promos, lower case.
const PROMO_PREFIXES: &[&str] = &[
    "leggi anche",
    "non perderti",
    "read more",
    "read also",
    "lesen sie auch",
    "lire aussi",
    "follow us",
    "seguici",
    "iscriviti",
    "subscribe",
];

/// Openings of a press release's boilerplate section (`About Northwind Energy`), lower case.
const ABOUT_PREFIXES: &[&str] = &[
    "about ",
    "über ",
    "à propos de ",
    "a propos de ",
    "acerca de ",
    "sobre ",
    "informazioni su ",
    "over ",
];

/// Top-level domains that make a word a web address in a promo (`Blog.it`).
const DOMAINS: &[&str] = &[
    "it", "com", "org", "net", "de", "fr", "es", "eu", "uk", "ch", "at", "be", "nl", "info",
    "news", "tv", "io",
];

/// The credit a line gives, without its dash, `fonte:` word, parentheses and final full stop
/// (`IPA Agency (ITALPRESS)`, `ANSA`, `Reporting by Jane Doe; Editing by John Smith`), or `None`.
pub(super) fn credit(line: &str) -> Option<String> {
    let text = line.trim();
    let undashed = text.trim_start_matches(['-', '–', '—', ' ']);
    if let Some((word, rest)) = undashed.split_once(':') {
        let rest = rest.trim();
        if CREDIT_WORDS.contains(&word.trim().to_lowercase().as_str())
            && !rest.is_empty()
            && word_count(rest) <= 12
        {
            return Some(strip_full_stop(rest).to_string());
        }
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
    if let Some(name) = text.strip_prefix("==").map(str::trim)
        && is_known_agency(name)
    {
        return Some(name.to_string());
    }
    if let Some(name) = text.strip_prefix('/').and_then(|t| t.strip_suffix('/'))
        && is_known_agency(name)
    {
        return Some(name.to_string());
    }
    let mut tokens = text.split_whitespace();
    if tokens.next().is_some_and(is_known_agency) {
        let rest: Vec<&str> = tokens.collect();
        if !rest.is_empty() && rest.iter().all(|t| initials(t)) {
            return Some(text.to_string());
        }
    }
    let lower = text.to_lowercase();
    if (lower.starts_with("this report by") || lower.contains("contributed to this report"))
        && word_count(text) <= 30
    {
        return Some(text.to_string());
    }
    None
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

/// Classifies a line below the story, or `None` when it is story text.
pub(super) fn trailer(line: &str) -> Option<Trailer> {
    let text = line.trim();
    let lower = text.to_lowercase();
    if lower.starts_with('©')
        || lower.starts_with("(c)")
        || lower.starts_with("copyright")
        || lower.starts_with("(©")
    {
        return Some(Trailer::Copyright);
    }
    if end_marker(text) || rule_line(text) || sign_off(text) || code_line(text) {
        return Some(Trailer::Other);
    }
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    if starts(CONTACT_PREFIXES) || starts(PHOTO_PREFIXES) || starts(PROMO_PREFIXES) {
        return Some(Trailer::Other);
    }
    let words = word_count(text);
    if words <= 15 && text.contains('@') && text.contains('.') {
        return Some(Trailer::Other);
    }
    if words <= 25 && !ends_sentence(text) && text.split_whitespace().any(web_address) {
        return Some(Trailer::Other);
    }
    if words <= 12 && (lower.contains("available online") || lower.contains("available here")) {
        return Some(Trailer::Other);
    }
    closing_byline(text).map(Trailer::Byline)
}

/// A line that is never the continuation of the line above, even in wrapped copy: a credit, an
/// end marker, a copyright notice or a rule (`(ANSA).`, `==Kyodo`, `MORE`, `© 2024 AFP`, `___`).
pub(super) fn stands_alone(line: &str) -> bool {
    let text = line.trim();
    credit(text).is_some()
        || end_marker(text)
        || rule_line(text)
        || matches!(trailer(text), Some(Trailer::Copyright))
}

/// A boilerplate heading such as `About Northwind Energy`, which with what follows it is not
/// story text.
pub(super) fn about_heading(line: &str) -> bool {
    let text = line.trim();
    let lower = text.to_lowercase();
    word_count(text) <= 6
        && !ends_sentence(text)
        && ABOUT_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// A credit glued to the end of the last paragraph (`... Waadt.  (sda)`): the paragraph
/// without it, and the credit.
pub(super) fn glued_credit(paragraph: &str) -> Option<(String, String)> {
    let text = paragraph.trim_end();
    let open = text.rfind('(')?;
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
    if agencies_in_tag(name, false).is_none() && !signed {
        return None;
    }
    Some((before.to_string(), name.to_string()))
}

/// `Sarah Tremblay, The Canadian Press`: a name and a press affiliation on the last line.
fn closing_byline(text: &str) -> Option<String> {
    let (name, affiliation) = text.split_once(',')?;
    let name_words = word_count(name);
    let affiliation = affiliation.trim();
    let named = (2..=4).contains(&name_words)
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (named && !ends_sentence(text) && header::affiliation(affiliation)).then(|| text.to_string())
}

/// `(SEGUE)`, `MORE`, `Enditem`, `###`, `-30-`, `./.`.
fn end_marker(text: &str) -> bool {
    if matches!(
        text,
        "###" | "# # #" | "-30-" | "- 30 -" | "./." | "-0-" | "--0--"
    ) {
        return true;
    }
    let core = text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !core.is_empty() && END_WORDS.contains(&core.as_str())
}

/// A rule of underscores, dashes, stars or equals signs (`___`, `* * *`): AP puts one above
/// the contributor line.
fn rule_line(text: &str) -> bool {
    text.chars().filter(|c| !c.is_whitespace()).count() >= 3
        && text
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '_' | '-' | '=' | '*' | '~' | '#'))
}

/// Sign-off initials: `cd/abc/ide`, `daa/mt/msr`, `(Schluss) lh/mr`, `dpa wsz jln npr`.
fn sign_off(text: &str) -> bool {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.is_empty() || tokens.len() > 5 {
        return false;
    }
    let slashed = tokens.iter().any(|t| t.contains('/') && initials(t));
    let all_short = tokens.len() >= 2 && tokens.iter().skip(1).all(|t| initials(t));
    (slashed || all_short)
        && tokens.iter().all(|t| {
            initials(t)
                || is_known_agency(t)
                || parenthesised(t)
                    .is_some_and(|inner| END_WORDS.contains(&inner.to_lowercase().as_str()))
        })
}

/// Desk initials: lower-case letters, groups of one to five joined by `/` (`lh/mr`, `wsz`).
fn initials(token: &str) -> bool {
    !token.is_empty()
        && token.split('/').all(|part| {
            (1..=5).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase())
        })
}

/// A web address: `http...`, `www...`, or a word ending in a known domain (`Blog.it`).
fn web_address(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
    let lower = word.to_lowercase();
    if lower.starts_with("http") || lower.starts_with("www.") {
        return true;
    }
    lower.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && DOMAINS.contains(&tld)
    })
}

/// The inside of `(...)` or `(...).` when the whole line is one parenthesis.
fn parenthesised(text: &str) -> Option<&str> {
    let text = text.trim();
    let inner = text
        .strip_prefix('(')?
        .strip_suffix(").")
        .or_else(|| text.strip_prefix('(')?.strip_suffix(')'))?;
    (!inner.contains(['(', ')'])).then_some(inner.trim())
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
        assert_eq!(credit("(Schluss)"), None);
        assert_eq!(credit("(SEGUE)."), None);
        assert_eq!(credit("The minister said so."), None);
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
        assert_eq!(
            trailer("Non perderti tutte le notizie dal mondo su Blog.it"),
            Some(Trailer::Other)
        );
        assert_eq!(trailer("-Foto IPA Agency-"), Some(Trailer::Other));
        assert_eq!(
            trailer("Sarah Tremblay, The Canadian Press"),
            Some(Trailer::Byline("Sarah Tremblay, The Canadian Press".into()))
        );
        assert_eq!(
            trailer("Sterling was little changed against the dollar."),
            None
        );
        assert_eq!(trailer("Selskapet venter også en sterk vinter."), None);
        assert!(about_heading("About Northwind Energy"));
    }

    #[test]
    fn glued_credits() {
        assert_eq!(
            glued_credit("Leistungsverträge mit den Kantonen.  (sda)"),
            Some(("Leistungsverträge mit den Kantonen.".into(), "sda".into()))
        );
        assert_eq!(glued_credit("He met the minister (again)."), None);
    }
}
