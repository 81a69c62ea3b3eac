//! What one `url` of a news sitemap holds, read off an article, or every requirement the
//! article misses: the rules the writer, what it leaves out and its projection share.

use chrono::Datelike;

use crate::iri::{iri_to_uri, is_http_url};
use crate::language::well_formed_tag;
use crate::model::{Article, Link, PubStatus, Timestamp};
use crate::xml::one_line;

/// The longest `loc` the sitemap protocol allows (its schema's `maxLength`).
pub(super) const MAX_LOC: usize = 2048;

/// The shortest `loc` the sitemap schema allows (`minLength`).
pub(super) const MIN_LOC: usize = 12;

/// The most `url`s a news sitemap holds (Google: "up to 1,000 URLs").
pub(super) const MAX_URLS: usize = 1000;

/// What one `url` holds: each value as written (before XML escaping).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Entry {
    /// `loc`: the page's address as a URI.
    pub loc: String,
    /// `news:publication/news:name`.
    pub name: String,
    /// `news:publication/news:language`.
    pub language: String,
    /// `news:publication_date`.
    pub date: String,
    /// `news:title`.
    pub title: String,
}

/// The entry `article` gives, or every requirement it misses (in the entry's order), each said
/// as the report says it.
pub(super) fn entry(article: &Article) -> Result<Entry, Vec<String>> {
    let mut missing = Vec::new();
    match article.pub_status {
        PubStatus::Usable => {}
        PubStatus::Withheld => missing.push("withheld (not to be published yet)".to_string()),
        PubStatus::Canceled => missing.push("canceled".to_string()),
    }
    let loc = page(article)
        .ok_or_else(|| {
            "no URL (a canonical or alternate link to an absolute http or https address)"
                .to_string()
        })
        .and_then(|link| loc(&link.href));
    let name = publication_name(article).ok_or_else(|| {
        "no publication name (the provider's name, or a fallback provider's)".to_string()
    });
    let language = match article.language.as_deref().map(str::trim) {
        Some(tag) if !tag.is_empty() => google_language(tag),
        _ => Err("no language".to_string()),
    };
    let date = match &article.published {
        Some(time) => publication_date(time).ok_or_else(|| {
            format!("its publication time {time} cannot be written (a year outside 1-9999)")
        }),
        None => Err("no publication time (published)".to_string()),
    };
    let title = title(article).ok_or_else(|| "no headline or title".to_string());
    let mut take = |part: Result<String, String>| match part {
        Ok(value) => Some(value),
        Err(why) => {
            missing.push(why);
            None
        }
    };
    let (loc, name, language, date, title) = (
        take(loc),
        take(name),
        take(language),
        take(date),
        take(title),
    );
    match (loc, name, language, date, title) {
        (Some(loc), Some(name), Some(language), Some(date), Some(title)) if missing.is_empty() => {
            Ok(Entry {
                loc,
                name,
                language,
                date,
                title,
            })
        }
        _ => Err(missing),
    }
}

/// The article's page: its first `canonical` link to an absolute http(s) address, else its
/// first `alternate` one; a link with a media type must be a page's (HTML or XHTML).
pub(super) fn page(article: &Article) -> Option<&Link> {
    let of = |relation: &str| {
        article.links.iter().find(|link| {
            link.rel
                .as_deref()
                .is_some_and(|rel| rel.trim().eq_ignore_ascii_case(relation))
                && is_http_url(link.href.trim())
                && link.media_type.as_deref().is_none_or(is_page_type)
        })
    };
    of("canonical").or_else(|| of("alternate"))
}

/// A media type a web page is served as (`text/html; charset=utf-8` too); a blank one says
/// nothing.
fn is_page_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence.is_empty()
        || essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}

/// `loc`: the address as a URI (an IRI's characters beyond ASCII percent-encoded as UTF-8,
/// RFC 3987 section 3.1, as the sitemap protocol asks), within the schema's length.
pub(super) fn loc(href: &str) -> Result<String, String> {
    let uri = iri_to_uri(href.trim()).into_owned();
    // ASCII only now: the length in characters is the length in bytes.
    match uri.len() {
        n if n > MAX_LOC => Err(format!(
            "its URL has {n} characters, more than the {MAX_LOC} a sitemap allows"
        )),
        n if n < MIN_LOC => Err(format!(
            "its URL has {n} characters, fewer than the {MIN_LOC} the sitemap schema requires"
        )),
        _ => Ok(uri),
    }
}

/// The publication's name: the provider's name on one line (Google wants the name the
/// publication has on Google News; the provider is who publishes the article). An id is no
/// name.
pub(super) fn publication_name(article: &Article) -> Option<String> {
    let name = one_line(article.provider.as_ref()?.name.as_deref()?);
    (!name.is_empty()).then_some(name)
}

/// `news:title`: the headline, else the title, on one line.
pub(super) fn title(article: &Article) -> Option<String> {
    [&article.headline, &article.title]
        .into_iter()
        .flatten()
        .map(|text| one_line(text))
        .find(|text| !text.is_empty())
}

/// ISO 639 codes that name no language (undetermined, multiple, uncoded, no linguistic
/// content): no publication is in them.
const NO_LANGUAGE: [&str; 4] = ["und", "mul", "mis", "zxx"];

/// `news:language` for a language tag: its primary subtag in lower case when that is an ISO
/// 639 code (2 letters, else 3); Chinese, which Google wants as `zh-cn` (simplified) or
/// `zh-tw` (traditional), by its script (`Hans`, `Hant`), else its region (CN, SG, MY; TW, HK,
/// MO). `Err` says why a tag gives none: newswire does not guess a script.
pub(super) fn google_language(tag: &str) -> Result<String, String> {
    let no_code = || format!("its language {tag:?} has no ISO 639 code");
    let tag = well_formed_tag(tag).ok_or_else(no_code)?;
    let lower = tag.to_ascii_lowercase();
    let mut subtags = lower.split('-');
    let primary = subtags.next().unwrap_or_default();
    let known = match primary.len() {
        2 => isolang::Language::from_639_1(primary).is_some(),
        3 => isolang::Language::from_639_3(primary).is_some(),
        _ => false,
    };
    if !known || is_local_use(primary) {
        return Err(no_code());
    }
    if NO_LANGUAGE.contains(&primary) {
        return Err(format!("its language {tag:?} names no language"));
    }
    if primary != "zh" {
        return Ok(primary.to_string());
    }
    let rest: Vec<&str> = subtags.collect();
    // A script subtag has four letters; a region two letters or three digits.
    let script = rest
        .iter()
        .find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()));
    let region = rest.iter().find(|s| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
            || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
    });
    let chinese = match (script.copied(), region.copied()) {
        (Some("hans"), _) => Some("zh-cn"),
        (Some("hant"), _) => Some("zh-tw"),
        (None, Some("cn" | "sg" | "my")) => Some("zh-cn"),
        (None, Some("tw" | "hk" | "mo")) => Some("zh-tw"),
        _ => None,
    };
    chinese.map(str::to_string).ok_or_else(|| {
        format!(
            "its language {tag:?} is Chinese without the script or region that tells simplified \
             (zh-cn) from traditional (zh-tw)"
        )
    })
}

/// ISO 639-2's codes reserved for local use (`qaa` to `qtz`): no publication's language.
fn is_local_use(code: &str) -> bool {
    let bytes = code.as_bytes();
    matches!(bytes, [b'q', b'a'..=b't', b'a'..=b'z'])
}

/// `news:publication_date` for a time: W3C Datetime with its offset (seconds, and a fraction
/// when there is one), or the date alone when the source gave no offset (W3C Datetime requires
/// one with a time; the date is what the source said). `None` for a year outside 1-9999.
pub(super) fn publication_date(time: &Timestamp) -> Option<String> {
    match time.offset() {
        Some(_) => time.to_xsd_with_offset(),
        None => {
            let date = time.local().date();
            (1..=9999)
                .contains(&date.year())
                .then(|| date.format("%Y-%m-%d").to_string())
        }
    }
}

/// What a publication date says, as a time: the same instant (its offset kept, or UTC when
/// `xs:dateTime` cannot hold it), or midnight of the date without an offset.
pub(super) fn published_as_written(time: &Timestamp) -> Option<Timestamp> {
    match time.offset() {
        Some(_) => time.xsd_compatible(),
        None => {
            let date = time.local().date();
            (1..=9999)
                .contains(&date.year())
                .then(|| Timestamp::without_offset(date.and_time(chrono::NaiveTime::MIN)))
        }
    }
}
