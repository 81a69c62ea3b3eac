//! The two header lines: `SOH SLD STORYNO [EXTRA] US SELECTOR` and
//! `PRIORITY SP CATEGORY FORMAT SP KEYWORD [VERSION [REFERENCE]] MM-DD WORDCOUNT`.

use crate::formats::teletype::controls;
use crate::formats::teletype::lines::collapse;

/// Unit separator: ends the story number field, before the selector code.
const US: char = '\u{1f}';
/// Format identifier, first byte: body type.
pub(super) const DC3: char = '\u{13}';
/// Format identifier, first byte: agate type.
pub(super) const DC4: char = '\u{14}';
/// Format identifier, second byte: text.
pub(super) const DC1: char = '\u{11}';
/// Format identifier, second byte: tabular.
pub(super) const DC2: char = '\u{12}';

/// The header fields, as printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Header {
    /// The service level designator (`W`, `a`, `s`).
    pub(super) service_level: String,
    /// The story number (`2870`).
    pub(super) number: String,
    /// What stands between the number and the US (`KYODO`).
    pub(super) extra: String,
    /// The selector code (`asian`, `-----`, `glbsm`).
    pub(super) selector: String,
    /// The priority letter (`f`, `u`, `b`, `r`).
    pub(super) priority: Option<char>,
    /// The category letter (`i`, `s`, `l`).
    pub(super) category: Option<char>,
    /// The format identifier's two bytes.
    pub(super) format: String,
    /// The keyword (`BC-LT--Argentina-CancerB`, at most 24 characters).
    pub(super) keyword: String,
    /// The version and reference fields (`1stLd-Writethru`), as printed.
    pub(super) version: String,
    /// The filing date, `MM-DD` (Kyodo prints `DD-MM`).
    pub(super) date: String,
    /// The word count, when printed.
    pub(super) words: Option<u32>,
}

impl Header {
    /// Whether the format identifier says tabular text (DC2).
    pub(super) fn tabular(&self) -> bool {
        self.format.contains(DC2)
    }

    /// The format identifier in words: `body text`, `body tabular`, `agate text`, `agate
    /// tabular`; `None` when it is missing.
    pub(super) fn format_name(&self) -> Option<&'static str> {
        let agate = self.format.contains(DC4);
        let body = self.format.contains(DC3);
        if !(agate || body) {
            return None;
        }
        Some(match (agate, self.tabular()) {
            (false, false) => "body text",
            (false, true) => "body tabular",
            (true, false) => "agate text",
            (true, true) => "agate tabular",
        })
    }

    /// The two lines as a writer prints them (without SOH and the line ends).
    pub(super) fn render(&self) -> (String, String) {
        let first = format!(
            "{}{}{}{US}{}",
            self.service_level, self.number, self.extra, self.selector
        );
        let mut second = String::new();
        second.extend(self.priority);
        second.push(' ');
        second.extend(self.category);
        second.push_str(&self.format);
        second.push(' ');
        second.push_str(&self.keyword);
        if !self.version.is_empty() {
            second.push(' ');
            second.push_str(&self.version);
        }
        second.push_str("   ");
        second.push_str(&self.date);
        second.push(' ');
        if let Some(words) = self.words {
            second.push_str(&format!("{words:04}"));
        }
        (first, second)
    }
}

/// Reads the header part (everything between SOH and STX). Fields that are not there stay
/// empty; fields are separated by runs of spaces, never by one space only.
pub(super) fn parse(part: &str) -> Header {
    let mut header = Header::default();
    let lines: Vec<_> = controls::lines(part)
        .into_iter()
        .filter(|l| {
            !l.trim_matches(|c: char| c.is_whitespace() || c == '\u{1}' || c == '\u{16}')
                .is_empty()
        })
        .collect();
    if let Some(first) = lines.first() {
        first_line(first, &mut header);
    }
    if let Some(second) = lines.get(1) {
        second_line(second, &mut header);
    }
    header
}

fn first_line(line: &str, header: &mut Header) {
    let line = line.trim_start_matches(['\u{1}', '\u{16}']);
    let (left, right) = line.split_once(US).unwrap_or((line, ""));
    let left = controls::strip(left);
    let left = left.trim();
    let service: String = left.chars().take(1).filter(|c| c.is_alphabetic()).collect();
    let rest = left.get(service.len()..).unwrap_or("");
    let number: String = rest
        .chars()
        .take_while(char::is_ascii_digit)
        .take(4)
        .collect();
    header.extra = rest.get(number.len()..).unwrap_or("").trim().to_string();
    header.service_level = service;
    header.number = number;
    header.selector = collapse(&controls::strip(right));
}

fn second_line(line: &str, header: &mut Header) {
    let mut chars = line.trim_start().chars().peekable();
    header.priority = chars.next_if(|c| c.is_alphabetic());
    while chars.next_if_eq(&' ').is_some() {}
    header.category = chars.next_if(|c| c.is_alphabetic());
    while let Some(c) = chars.next_if(|c| matches!(*c, DC1 | DC2 | DC3 | DC4)) {
        header.format.push(c);
    }
    let rest: String = chars.collect();
    let rest = controls::strip(&rest);
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    let Some((keyword, after)) = tokens.split_first() else {
        return;
    };
    header.keyword = (*keyword).to_string();
    let date = after.iter().position(|t| filing_date(t));
    match date {
        Some(i) => {
            header.version = after.get(..i).unwrap_or(&[]).join(" ");
            header.date = after.get(i).map(|d| (*d).to_string()).unwrap_or_default();
            header.words = after
                .get(i + 1)
                .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|w| w.parse().ok());
        }
        None => header.version = after.join(" "),
    }
}

/// `11-13`: two numbers of one or two digits.
fn filing_date(token: &str) -> bool {
    token.split_once('-').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
    })
}
