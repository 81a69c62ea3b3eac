//! What one article is as a WordPress post: every value the writer writes, as text, computed
//! once for the writer ([`super::write`]) and for the projection ([`super::project`]), which
//! reads them back by the reader's rules.

use std::io;

use chrono::{Datelike, NaiveDateTime, Timelike};
use sha2::{Digest, Sha256};

use crate::dates::to_rfc822;
use crate::formats::rss::media_type_of;
use crate::iri::is_http_url;
use crate::language::well_formed_tag;
use crate::model::{
    Article, Association, AuthorKind, Block, Inline, ItemKind, PubStatus, Timestamp, derived_id,
};
use crate::xml::{XmlWriter, one_line, write_body, xhtml_form_of};

/// How WordPress writes "no date".
pub(super) const ZERO_DATE: &str = "0000-00-00 00:00:00";

/// The role of the featured picture, as the reader gives it (Superdesk's name).
pub(super) const FEATURED_ROLE: &str = "featuremedia";

/// The largest post id derived from an article (seven digits): ids an import may keep without
/// moving a site's next post id far.
const MAX_DERIVED_ID: u64 = 9_999_999;

/// The longest slug written, in bytes (WordPress cuts its slugs at 200).
const MAX_SLUG: usize = 200;

/// One article as a post, and the attachments it brings.
pub(super) struct Post {
    /// The post id the article asks for (see [`wanted_id`]); the export gives another when an
    /// earlier item of the file has it.
    pub wanted_id: u64,
    /// `guid`: the article's id (else its derived id), on one line.
    pub guid: String,
    /// `link`: the first alternate link.
    pub link: Option<String>,
    /// `title`: the headline as HTML (escaped), on one line.
    pub title: Option<String>,
    /// The authors' display names (`dc:creator` by login, the login in the channel's
    /// `wp:author`), with their e-mail addresses.
    pub creators: Vec<Creator>,
    /// `content:encoded`: the body as HTML that WordPress shows and the reader reads back.
    pub content: String,
    /// `excerpt:encoded`: the description as HTML (escaped), on one line.
    pub excerpt: Option<String>,
    /// `wp:status`.
    pub status: Status,
    /// `pubDate`, `wp:post_date`, `wp:post_date_gmt`: the publication time, the embargo of a
    /// scheduled post.
    pub date: Option<PostDate>,
    /// `wp:post_modified`, `wp:post_modified_gmt`.
    pub modified: Option<PostDate>,
    /// `wp:post_name`: the slugline's slug, else the headline's.
    pub name: Option<String>,
    /// `dc:language`: a well-formed language tag.
    pub language: Option<String>,
    /// `dc:rights`: the copyright notice on one line.
    pub rights: Option<String>,
    /// `category` elements.
    pub terms: Vec<Term>,
    /// The attachment items: associated items and figures with an http(s) file.
    pub attachments: Vec<Attachment>,
}

/// An author as WordPress knows one.
pub(super) struct Creator {
    /// The display name, on one line.
    pub name: String,
    /// The e-mail address of a `mailto:` id.
    pub email: Option<String>,
}

/// A post's `wp:status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Status {
    Publish,
    /// Scheduled: WordPress publishes it at its date, the embargo.
    Future,
    Draft,
    Trash,
}

impl Status {
    /// The word WordPress writes.
    pub fn word(self) -> &'static str {
        match self {
            Status::Publish => "publish",
            Status::Future => "future",
            Status::Draft => "draft",
            Status::Trash => "trash",
        }
    }
}

/// A time as a WordPress post holds it.
pub(super) struct PostDate {
    /// `pubDate`: RFC 822 with the time's own offset, when it has one RFC 822 holds.
    pub rfc822: Option<String>,
    /// `wp:post_date`: the wall time as written, `YYYY-MM-DD HH:MM:SS`.
    pub local: String,
    /// `wp:post_date_gmt`: the time in UTC; `None` (written empty) when the offset is unknown.
    pub gmt: Option<String>,
}

impl PostDate {
    /// A post's date, to the second, when WordPress can hold it (a year within 1000-9999,
    /// MySQL's `DATETIME`; no leap second): with an offset RFC 822 holds, the wall time as
    /// written, its UTC time and `pubDate` with that offset; with another offset (of seconds, or
    /// a year before 1900), the time in UTC in all three; without an offset, the wall time alone.
    pub fn of(time: &Timestamp) -> Option<PostDate> {
        if time.offset().is_none() {
            return Some(PostDate {
                rfc822: None,
                local: mysql_time(time.local())?,
                gmt: None,
            });
        }
        let Some(rfc822) = to_rfc822(time) else {
            return PostDate::in_utc(time, true);
        };
        Some(PostDate {
            rfc822: Some(rfc822),
            local: mysql_time(time.local())?,
            gmt: mysql_time(time.assume_utc().naive_utc()),
        })
    }

    /// A modification time: in UTC in both fields when the offset is known (the reader reads
    /// the UTC one), else the wall time alone.
    pub fn modified(time: &Timestamp) -> Option<PostDate> {
        if time.offset().is_none() {
            return PostDate::of(time);
        }
        PostDate::in_utc(time, false)
    }

    /// The time in UTC, in both fields (and in `pubDate`, with `rfc822`).
    fn in_utc(time: &Timestamp, rfc822: bool) -> Option<PostDate> {
        let utc = time.assume_utc().naive_utc();
        let text = mysql_time(utc)?;
        Some(PostDate {
            rfc822: rfc822
                .then(|| to_rfc822(&Timestamp::new(utc.and_utc().fixed_offset())))
                .flatten(),
            local: text.clone(),
            gmt: Some(text),
        })
    }
}

/// `YYYY-MM-DD HH:MM:SS`, for a year within 1000-9999 and no leap second.
fn mysql_time(time: NaiveDateTime) -> Option<String> {
    ((1000..=9999).contains(&time.year()) && time.nanosecond() < 1_000_000_000)
        .then(|| time.format("%Y-%m-%d %H:%M:%S").to_string())
}

/// A `category` element: a term of the post.
pub(super) struct Term {
    /// `@domain`: `category` (subjects) or `post_tag` (keywords).
    pub domain: &'static str,
    /// `@nicename`: the term's slug.
    pub nicename: String,
    /// The name, as HTML (escaped), on one line.
    pub name: String,
}

/// An attachment item: a file of an associated item or a figure.
pub(super) struct Attachment {
    /// `wp:attachment_url`, an absolute http(s) URL.
    pub url: String,
    /// `title`: the item's headline (a figure's alternative text), as HTML.
    pub title: Option<String>,
    /// `excerpt:encoded`: the caption, as HTML.
    pub caption: Option<String>,
    /// Whether it is the featured picture (`_thumbnail_id`).
    pub featured: bool,
}

impl Post {
    /// The post `article` is.
    pub fn of(article: &Article) -> Post {
        let body = xhtml_form_of(article.printed_body());
        let (status, time) = status(article);
        let headline = line(article.headline.as_deref());
        let name = line(article.slugline.as_deref())
            .or_else(|| headline.clone())
            .map(|text| slug(&text))
            .filter(|slug| !slug.is_empty());
        Post {
            wanted_id: wanted_id(article),
            guid: one_line(&derived_id(article)),
            link: article
                .links
                .iter()
                .filter(|link| link.rel.as_deref() == Some("alternate"))
                .find_map(|link| line(Some(&link.href))),
            title: headline.as_deref().map(escape),
            creators: creators(article),
            content: content_html(&body),
            excerpt: line(article.description.as_deref()).map(|text| escape(&text)),
            status,
            date: time.as_ref().and_then(PostDate::of),
            modified: article.modified.as_ref().and_then(PostDate::modified),
            name,
            language: article
                .language
                .as_deref()
                .and_then(well_formed_tag)
                .map(str::to_string),
            rights: line(article.rights.notice.as_deref()),
            terms: terms(article),
            attachments: attachments(article, &body),
        }
    }
}

/// The status, and the time the post is dated: the embargo makes a post that may not be
/// published yet scheduled (`future`, at the embargo), whether it is usable or withheld; else
/// usable is published, withheld a draft, canceled in the bin (`trash`), dated when it was
/// published.
fn status(article: &Article) -> (Status, Option<Timestamp>) {
    let embargo = article
        .embargo
        .filter(|time| PostDate::of(time).is_some() && article.pub_status != PubStatus::Canceled);
    if let Some(embargo) = embargo {
        return (Status::Future, Some(embargo));
    }
    let status = match article.pub_status {
        PubStatus::Usable => Status::Publish,
        PubStatus::Withheld => Status::Draft,
        PubStatus::Canceled => Status::Trash,
    };
    (status, article.published)
}

/// The post id: `extensions["wp:post_id"]` when it is a whole number above 0 (the id the post
/// had in WordPress), else a number of seven digits at most derived from the whole article, so
/// that the same article asks for the same id in any file and different ones, almost always,
/// for different ids.
pub(super) fn wanted_id(article: &Article) -> u64 {
    if let Some(id) = article.extensions.get("wp:post_id").and_then(numeric) {
        return id;
    }
    let mut hasher = HashWriter(Sha256::new());
    // Writing a model article as JSON cannot fail; a failure would only change the hash.
    let _ = serde_json::to_writer(&mut hasher, article);
    let digest = hasher.0.finalize();
    let mut number = 0u64;
    for byte in digest.iter().take(8) {
        number = (number << 8) | u64::from(*byte);
    }
    number % MAX_DERIVED_ID + 1
}

/// A post id: digits only (a JSON number or a string of them), above 0.
fn numeric(value: &serde_json::Value) -> Option<u64> {
    let id = match value {
        serde_json::Value::Number(number) => number.as_u64()?,
        serde_json::Value::String(text) => {
            let text = text.trim();
            if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            text.parse().ok()?
        }
        _ => return None,
    };
    (id > 0).then_some(id)
}

/// SHA-256 as an `io::Write`, for serde_json.
struct HashWriter(Sha256);

impl io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The creators' names, with the e-mail address of a `mailto:` id; without creators, the
/// byline stands for the author.
fn creators(article: &Article) -> Vec<Creator> {
    let creators: Vec<Creator> = article
        .authors
        .iter()
        .filter(|author| author.kind == AuthorKind::Creator)
        .filter_map(|author| {
            let name = line(Some(&author.name))?;
            let email = author
                .id
                .as_deref()
                .map(str::trim)
                .and_then(|id| id.strip_prefix("mailto:"))
                .and_then(|address| line(Some(address)));
            Some(Creator { name, email })
        })
        .collect();
    if !creators.is_empty() {
        return creators;
    }
    line(article.byline.as_deref())
        .map(|name| Creator { name, email: None })
        .into_iter()
        .collect()
}

/// Subjects as categories (the name, else the code; the slug of a `category` subject's code
/// when it is one, else of that text), then keywords as tags.
fn terms(article: &Article) -> Vec<Term> {
    let subjects = article.subjects.iter().filter_map(|subject| {
        let code = line(subject.code.as_deref());
        let name = line(subject.name.as_deref()).or_else(|| code.clone())?;
        let own = code
            .filter(|code| subject.scheme.as_deref() == Some("category") && slug(code) == *code);
        Some(Term {
            domain: "category",
            nicename: own.unwrap_or_else(|| slug(&name)),
            name: escape(&name),
        })
    });
    let keywords = article.keywords.iter().filter_map(|keyword| {
        let keyword = line(Some(keyword))?;
        Some(Term {
            domain: "post_tag",
            nicename: slug(&keyword),
            name: escape(&keyword),
        })
    });
    subjects.chain(keywords).collect()
}

/// Which associated items WordPress takes as attachments: those with a file at an absolute
/// http(s) URL, which its importer fetches. The others reach the writer as links.
pub(super) fn is_attachment(association: &Association) -> bool {
    association
        .best_rendition()
        .is_some_and(|file| is_http_url(file.href.trim()))
}

/// The attachments: the featured picture, the first associated item with an http(s) file that
/// is a picture (its role `featuremedia`, its kind a picture, or its file an image), then each
/// figure of the body whose picture it is not, once. The other associated items are not
/// written: their attachments would be the post's but not read back as its.
fn attachments(article: &Article, body: &[Block]) -> Vec<Attachment> {
    let mut out: Vec<Attachment> = Vec::new();
    let featured = article.associations.iter().find_map(|association| {
        let file = association.best_rendition()?;
        let url = file.href.trim();
        let is_picture = association.role.as_deref() == Some(FEATURED_ROLE)
            || association.kind == Some(ItemKind::Picture)
            || file
                .media_type
                .as_deref()
                .or_else(|| media_type_of(url))
                .is_some_and(|t| t.trim().to_ascii_lowercase().starts_with("image/"));
        (is_attachment(association) && is_picture).then(|| Attachment {
            url: url.to_string(),
            title: line(association.headline.as_deref()).map(|t| escape(&t)),
            caption: line(association.caption.as_deref()).map(|t| escape(&t)),
            featured: true,
        })
    });
    out.extend(featured);
    for figure in Block::figures_of(body) {
        let url = figure.href.trim();
        if !is_http_url(url) || out.iter().any(|a| a.url == url) {
            continue;
        }
        out.push(Attachment {
            url: url.to_string(),
            title: line(figure.alt.as_deref()).map(|t| escape(&t)),
            caption: line(Some(&Inline::plain_text(&figure.caption))).map(|t| escape(&t)),
            featured: false,
        });
    }
    out
}

/// The body as HTML: the XHTML writer's markup, with every `[` a character reference (no
/// shortcode can start there) and the line ends of preformatted text too (WordPress makes
/// paragraphs at blank lines; one more before a text that starts with one, which HTML drops),
/// so that WordPress shows the body as written and its shortcode and paragraph rules, which the
/// reader follows, leave it as it is.
fn content_html(body: &[Block]) -> String {
    if body.is_empty() {
        return String::new();
    }
    let mut w = XmlWriter::fragment();
    write_body(&mut w, body);
    let xhtml = w.into_fragment();
    let mut out = String::with_capacity(xhtml.len() + 16);
    let mut rest = xhtml.as_str();
    // `<pre>` is always the writer's own tag: text inside is escaped, so `</pre>` ends it.
    while let Some(start) = rest.find("<pre>") {
        let (before, from) = rest.split_at(start);
        push_shielded(&mut out, before, false);
        let end = from
            .find("</pre>")
            .map_or(from.len(), |end| end + "</pre>".len());
        let (pre, after) = from.split_at(end);
        // HTML drops a line break right after `<pre>`: one more keeps the text's own.
        if let Some(text) = pre.strip_prefix("<pre>")
            && text.starts_with('\n')
        {
            out.push_str("<pre>&#10;");
            push_shielded(&mut out, text, true);
        } else {
            push_shielded(&mut out, pre, true);
        }
        rest = after;
    }
    push_shielded(&mut out, rest, false);
    out
}

/// `html` with `[` as `&#91;`, and line ends as references when `pre`.
fn push_shielded(out: &mut String, html: &str, pre: bool) {
    for c in html.chars() {
        match c {
            '[' => out.push_str("&#91;"),
            '\n' if pre => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
}

/// A value on one line, when it has any text.
pub(super) fn line(text: Option<&str>) -> Option<String> {
    let line = one_line(text?);
    (!line.is_empty()).then_some(line)
}

/// Text as HTML: `&`, `<` and `>` escaped (WordPress shows titles, excerpts, captions and term
/// names as HTML).
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A slug as WordPress makes one (`sanitize_title`): ASCII letters (lower case) and digits,
/// every other character a percent-encoded UTF-8 byte (lower case; an escape already there is
/// kept), runs of spaces, dashes and ASCII punctuation one `-`, none at either end; at most 200
/// bytes. Text of punctuation only is percent-encoded whole. A slug is its own slug.
pub(super) fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        let escape = text
            .get(at + 1..at + 3)
            .filter(|hex| c == '%' && hex.bytes().all(|b| b.is_ascii_hexdigit()));
        if escape.is_none()
            && (c.is_whitespace()
                || matches!(c, '\u{2013}' | '\u{2014}')
                || (c.is_ascii() && !c.is_ascii_alphanumeric()))
        {
            gap = true;
            continue;
        }
        let mut unit = String::new();
        if gap && !out.is_empty() {
            unit.push('-');
        }
        gap = false;
        if let Some(hex) = escape {
            unit.push('%');
            unit.push_str(&hex.to_ascii_lowercase());
            chars.next();
            chars.next();
        } else if c.is_ascii_alphanumeric() {
            unit.push(c.to_ascii_lowercase());
        } else {
            let mut bytes = [0u8; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                unit.push_str(&format!("%{byte:02x}"));
            }
        }
        if out.len() + unit.len() > MAX_SLUG {
            break;
        }
        out.push_str(&unit);
    }
    if out.is_empty() {
        for byte in text.trim().bytes() {
            let unit = if byte.is_ascii_alphanumeric() {
                char::from(byte.to_ascii_lowercase()).to_string()
            } else {
                format!("%{byte:02x}")
            };
            if out.len() + unit.len() > MAX_SLUG {
                break;
            }
            out.push_str(&unit);
        }
    }
    out
}
