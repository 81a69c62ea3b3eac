//! The header line (`eca0062 4 i 211  dpa 061`) and the keyword lines below it.

use crate::formats::teletype::lines::collapse;

/// The header line's fields: `SOURCE MSGNO SP PRIORITY SP CATEGORY SP WORDCOUNT [OPTIONAL]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Header {
    /// The service mnemonic (`eca`, `bdt`, `bsf`, `v`).
    pub(super) service: String,
    /// The message (sequence) number, as printed (`0062`, `00075`).
    pub(super) sequence: String,
    /// The priority character (`1` to `6` by the standard; any single character is read).
    pub(super) priority: char,
    /// The category code (`i`, `pl`, `ec`, `txx`).
    pub(super) category: String,
    /// The word count of the text.
    pub(super) words: u32,
    /// The provider-specific rest (`dpa 061`, `  etf 967`), trimmed; often empty.
    pub(super) optional: String,
}

impl Header {
    /// The line as a writer prints it: the optional part after two spaces, as dpa does.
    pub(super) fn render(&self) -> String {
        let mut line = format!(
            "{}{} {} {} {}",
            self.service, self.sequence, self.priority, self.category, self.words
        );
        if !self.optional.is_empty() {
            line.push_str("  ");
            line.push_str(&self.optional);
        }
        line
    }

    /// The priority as a number from 1 (highest) to 9, when it is a digit.
    pub(super) fn priority_number(&self) -> Option<u8> {
        self.priority
            .to_digit(10)
            .and_then(|d| u8::try_from(d).ok())
            .filter(|d| (1..=9).contains(d))
    }
}

/// Reads a header line, leniently: the source may have up to four letters and the number three
/// to six digits (dpa's stripped copy prints `eca00075`), fields are separated by any run of
/// spaces. `None` when the line does not have the shape.
pub(super) fn parse(line: &str) -> Option<Header> {
    let mut rest = line.trim();
    let first = next_token(&mut rest)?;
    let letters = first.chars().take_while(char::is_ascii_alphabetic).count();
    let (service, sequence) = first.split_at_checked(letters)?;
    if !(1..=4).contains(&service.len())
        || !(3..=6).contains(&sequence.len())
        || !sequence.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let priority = next_token(&mut rest)?;
    let mut chars = priority.chars();
    let (Some(priority), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if !priority.is_ascii_alphanumeric() {
        return None;
    }
    let category = next_token(&mut rest)?;
    if !(1..=4).contains(&category.len()) || !category.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let words = next_token(&mut rest)?;
    if words.is_empty() || words.len() > 6 || !words.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(Header {
        service: service.to_string(),
        sequence: sequence.to_string(),
        priority,
        category: category.to_string(),
        words: words.parse().ok()?,
        optional: rest.trim().to_string(),
    })
}

/// The next space-separated token of `rest`, which moves past it.
fn next_token<'a>(rest: &mut &'a str) -> Option<&'a str> {
    let text = rest.trim_start_matches(' ');
    let end = text.find(' ').unwrap_or(text.len());
    let (token, after) = text.split_at_checked(end)?;
    *rest = after;
    (!token.is_empty()).then_some(token)
}

/// The keyword lines, read: a line that starts or ends with `/` is dpa's keyword path
/// (`Partei/Deutschland/Grüne/`), whose parts are keywords; another line is a slug
/// (`AP-APTN-1330:BosniaMineR`). Without a slug line, the path (without its outer slashes) is
/// the slugline, as agencies' systems take it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Keywords {
    /// The slugline.
    pub(super) slugline: Option<String>,
    /// The keywords of the path.
    pub(super) keywords: Vec<String>,
}

/// Reads the keyword lines.
pub(super) fn keywords(lines: &[String]) -> Keywords {
    let mut slug: Option<String> = None;
    let mut path: Option<String> = None;
    let mut keywords = Vec::new();
    for line in lines {
        let line = collapse(line);
        if line.is_empty() {
            continue;
        }
        if is_path(&line) {
            keywords.extend(line.split('/').map(collapse).filter(|k| !k.is_empty()));
            path.get_or_insert_with(|| line.trim_matches('/').trim().to_string());
        } else {
            slug.get_or_insert(line);
        }
    }
    Keywords {
        slugline: slug.or(path).filter(|s| !s.is_empty()),
        keywords,
    }
}

/// True for a keyword path line.
pub(super) fn is_path(line: &str) -> bool {
    line.starts_with('/') || line.ends_with('/')
}

/// The keyword lines a writer prints for a slugline and keywords, at most `width` characters
/// each: the slug (its outer slashes removed, so that it is not read as a path; left out when
/// the path gives it anyway), then the path of the keywords that fit (a keyword holding a slash
/// cannot be written).
pub(super) fn keyword_lines(
    slugline: Option<&str>,
    keywords: &[String],
    width: usize,
) -> Vec<String> {
    let mut path = String::new();
    let mut parts: Vec<String> = Vec::new();
    for keyword in keywords {
        let keyword = collapse(keyword);
        if keyword.is_empty() || keyword.contains('/') {
            continue;
        }
        if path.chars().count() + keyword.chars().count() + 1 > width {
            break;
        }
        path.push_str(&keyword);
        path.push('/');
        parts.push(keyword);
    }
    let mut lines = Vec::new();
    if let Some(slug) = slugline.map(|s| cut(&collapse(s), width)) {
        let slug = slug
            .trim_matches(|c: char| c == '/' || c.is_whitespace())
            .to_string();
        if !slug.is_empty() && slug != parts.join("/") {
            lines.push(slug);
        }
    }
    if !path.is_empty() {
        lines.push(path);
    }
    lines
}

/// `text` cut to at most `width` characters, without a space at the end.
fn cut(text: &str, width: usize) -> String {
    text.chars()
        .take(width)
        .collect::<String>()
        .trim_end()
        .to_string()
}
