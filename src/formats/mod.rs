//! The format registry: names, extensions, capabilities, and [`read`](fn@read)/[`write`](fn@write)
//! dispatch.
//!
//! Each format lives in its own module with a `read` and/or a `write` function of the same
//! shape; adding a format touches its module and the tables in this file.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::{Article, Error, Position};

pub mod anpa1312;
pub mod atom;
mod detect;
pub mod fidelity;
mod input;
pub mod iptc7901;
pub mod json;
pub mod jsonld;
pub mod newsml12;
pub mod newsml_g2;
pub mod ninjs;
pub mod nitf;
mod options;
pub mod rss;
mod safe;
mod teletype;
#[cfg(test)]
mod test_support;
pub mod text;

pub use crate::format::Format;
pub(crate) use crate::limits::budget;
pub use crate::limits::{Limit, Limits};
pub use detect::detect;
pub(crate) use input::{read_json, read_xml};
pub use options::{NinjsVersion, ReadOptions, WriteOptions};

impl Format {
    /// The name used on the command line and in messages (`newsml-g2`, `jsonld`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::NewsmlG2 => "newsml-g2",
            Format::JsonLd => "jsonld",
            Format::Atom => "atom",
            Format::Nitf => "nitf",
            Format::Newsml12 => "newsml12",
            Format::Ninjs => "ninjs",
            Format::Rss => "rss",
            Format::Iptc7901 => "iptc7901",
            Format::Anpa1312 => "anpa1312",
        }
    }

    /// A one-line description.
    pub fn description(self) -> &'static str {
        match self {
            Format::Text => "plain-text wire copy",
            Format::Json => "newswire's article model as JSON",
            Format::NewsmlG2 => "IPTC NewsML-G2 2.35 newsItem / newsMessage",
            Format::JsonLd => "schema.org NewsArticle JSON-LD",
            Format::Atom => "Atom 1.0 entry / feed (RFC 4287)",
            Format::Nitf => "IPTC NITF 3.x",
            Format::Newsml12 => "IPTC NewsML 1.2",
            Format::Ninjs => "IPTC ninjs 1.x-3.x (writes 3.1 or 2.x)",
            Format::Rss => "RSS 2.0, WordPress WXR export",
            Format::Iptc7901 => "IPTC 7901 teletype",
            Format::Anpa1312 => "ANPA-1312 teletype",
        }
    }

    /// File extensions, the first being the one written (without the dot).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Text => &["txt", "text"],
            Format::Json => &["json"],
            Format::NewsmlG2 => &["xml", "g2"],
            Format::JsonLd => &["jsonld"],
            Format::Atom => &["atom", "xml"],
            Format::Nitf => &["nitf", "xml"],
            Format::Newsml12 => &["xml"],
            Format::Ninjs => &["json"],
            Format::Rss => &["rss", "xml"],
            Format::Iptc7901 => &["iptc", "7901"],
            Format::Anpa1312 => &["anpa", "tst"],
        }
    }

    /// The extension an output file gets.
    pub fn output_extension(self) -> &'static str {
        self.extensions().first().copied().unwrap_or("out")
    }

    /// Whether one document of the format holds several articles (a G2 `newsMessage`, an Atom
    /// feed, a JSON-LD `@graph`, back-to-back teletype messages). Writing several articles in a
    /// format that cannot hold them is an error; the command line writes one file per article.
    pub fn holds_several(self) -> bool {
        !matches!(self, Format::Text | Format::Nitf | Format::Ninjs)
    }

    /// Whether this version of newswire reads the format.
    pub fn can_read(self) -> bool {
        match self {
            Format::Text => text::CAN_READ,
            Format::Json => json::CAN_READ,
            Format::NewsmlG2 => newsml_g2::CAN_READ,
            Format::JsonLd => jsonld::CAN_READ,
            Format::Atom => atom::CAN_READ,
            Format::Nitf => nitf::CAN_READ,
            Format::Newsml12 => newsml12::CAN_READ,
            Format::Ninjs => ninjs::CAN_READ,
            Format::Rss => rss::CAN_READ,
            Format::Iptc7901 => iptc7901::CAN_READ,
            Format::Anpa1312 => anpa1312::CAN_READ,
        }
    }

    /// Whether this version of newswire writes the format.
    pub fn can_write(self) -> bool {
        match self {
            Format::Text => text::CAN_WRITE,
            Format::Json => json::CAN_WRITE,
            Format::NewsmlG2 => newsml_g2::CAN_WRITE,
            Format::JsonLd => jsonld::CAN_WRITE,
            Format::Atom => atom::CAN_WRITE,
            Format::Nitf => nitf::CAN_WRITE,
            Format::Newsml12 => newsml12::CAN_WRITE,
            Format::Ninjs => ninjs::CAN_WRITE,
            Format::Rss => rss::CAN_WRITE,
            Format::Iptc7901 => iptc7901::CAN_WRITE,
            Format::Anpa1312 => anpa1312::CAN_WRITE,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    /// Parses a format name; case and `-`/`_`/`.` are ignored, and common aliases accepted
    /// (`g2`, `json-ld`, `txt`).
    fn from_str(name: &str) -> Result<Format, Error> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | '.' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        let format = match key.as_str() {
            "text" | "txt" | "plain" | "plaintext" => Format::Text,
            "json" | "newswire" => Format::Json,
            "newsmlg2" | "g2" | "newsml" => Format::NewsmlG2,
            "jsonld" | "schemaorg" => Format::JsonLd,
            "atom" => Format::Atom,
            "nitf" => Format::Nitf,
            "newsml12" | "newsml1" => Format::Newsml12,
            "ninjs" => Format::Ninjs,
            "rss" | "rss2" => Format::Rss,
            "iptc7901" | "7901" => Format::Iptc7901,
            "anpa1312" | "anpa" => Format::Anpa1312,
            _ => return Err(Error::UnknownFormatName(name.to_string())),
        };
        Ok(format)
    }
}

/// Reads every article in `input`, which is in `format`. The input may be in any encoding the
/// format allows (a BOM, an XML declaration, or UTF-8 with a Windows-1252 fallback).
///
/// ```
/// use newswire::{read, Format};
/// let articles = read(b"Headline\n\nFirst paragraph.\n", Format::Text)?;
/// assert_eq!(articles[0].headline.as_deref(), Some("Headline"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8], format: Format) -> Result<Vec<Article>, Error> {
    read_with(input, format, &ReadOptions::default())
}

/// Reads as [`read`](fn@read) does, with what the caller knows: `options.language` is the
/// language of every article whose input does not declare one (plain text never does, so its
/// language is not detected then), and `options.limits` bound what the input may cost (see
/// [`Limits`]; an input over one is an [`Error::LimitExceeded`]).
///
/// Every reader's articles go through one safety pass: every string loses the characters no
/// output carries (C0 controls but tab and line breaks, U+FFFE, U+FFFF), then no link, id, term,
/// name or word a writer may put where a URL or identifier goes keeps a script, data or
/// local-file URL (`javascript:`, `vbscript:`, `data:`, `file:`, however disguised) or a
/// password (each one dropped or changed is a warning), and bodies hold only what the allowlist
/// walk of HTML, XHTML and NITF markup keeps (no script, style, event handler or embedded
/// object).
///
/// ```
/// use newswire::formats::{read_with, ReadOptions};
/// use newswire::Format;
/// let mut options = ReadOptions::default();
/// options.language = Some("de-CH".into());
/// let articles = read_with(b"[{\"headline\": \"Zug f\xc3\xa4hrt\"}]", Format::Json, &options)?;
/// assert_eq!(articles[0].language.as_deref(), Some("de-CH"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read_with(
    input: &[u8],
    format: Format,
    options: &ReadOptions,
) -> Result<Vec<Article>, Error> {
    let limits = &options.limits;
    if input.len() > limits.input_bytes {
        return Err(Error::LimitExceeded {
            format,
            limit: Limit::InputBytes,
            max: limits.input_bytes,
            position: Some(Position::Byte(limits.input_bytes)),
        });
    }
    let (read, exceeded) = budget::within(limits, || match format {
        Format::Text => text::read_input(input, options),
        Format::Json => json::read_input(input, options),
        Format::NewsmlG2 => newsml_g2::read_input(input, options),
        Format::JsonLd => jsonld::read_input(input, options),
        Format::Atom => atom::read_input(input, options),
        Format::Nitf => nitf::read_input(input, options),
        Format::Newsml12 => newsml12::read_input(input, options),
        Format::Ninjs => ninjs::read_input(input, options),
        Format::Rss => rss::read_input(input, options),
        Format::Iptc7901 => iptc7901::read_input(input, options),
        Format::Anpa1312 => anpa1312::read_input(input, options),
    });
    // A limit the reader met itself names its position; one spent past while building ends
    // the read as well, whatever the reader returned (what it built past the limit is cut).
    let mut articles = match (read, exceeded) {
        (Err(error @ Error::LimitExceeded { .. }), _) => return Err(error),
        (_, Some(limit)) => {
            return Err(Error::LimitExceeded {
                format,
                limit,
                max: limits.max(limit),
                position: None,
            });
        }
        (read, None) => read?,
    };
    check_articles(articles.len(), format, limits)?;
    let language = options.language();
    for article in &mut articles {
        safe::make_safe(article);
        if article.language.is_none()
            && let Some(language) = language
        {
            article.language = Some(language.to_string());
        }
    }
    Ok(articles)
}

/// [`Limit::Articles`]: an error when an input holds more than `limits.articles` articles. Readers
/// call it with the number of items they found before reading any, so that a feed of a million
/// items is refused before a million articles are built; [`read_with`] calls it again on what
/// they read.
pub(crate) fn check_articles(count: usize, format: Format, limits: &Limits) -> Result<(), Error> {
    if count > limits.articles {
        return Err(Error::LimitExceeded {
            format,
            limit: Limit::Articles,
            max: limits.articles,
            position: None,
        });
    }
    Ok(())
}

/// Writes `articles` in `format`. Formats that hold several articles in one document (a G2
/// `newsMessage`, an Atom feed, a JSON-LD `@graph`) do so; the output is deterministic.
///
/// ```
/// use newswire::{model::Article, write, Format};
/// let mut article = Article::default();
/// article.headline = Some("Rates held".into());
/// let atom = String::from_utf8(write(&[article], Format::Atom)?).unwrap();
/// assert!(atom.contains("<title type=\"text\">Rates held</title>"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn write(articles: &[Article], format: Format) -> Result<Vec<u8>, Error> {
    write_with(articles, format, &WriteOptions::default())
}

/// Writes `articles` in `format` as [`write`](fn@write) does, with `options` (the ninjs version,
/// ...) instead of the defaults. Articles that were not read (a library user built them) go
/// through the readers' safety pass first, so no output holds a script, data or local-file URL
/// or a password whatever the articles hold.
///
/// ```
/// use newswire::formats::{NinjsVersion, WriteOptions, write_with};
/// use newswire::{model::Article, Format};
/// let mut article = Article::default();
/// article.headline = Some("Rates held".into());
/// let mut options = WriteOptions::default();
/// options.ninjs_version = NinjsVersion::V2_1;
/// let ninjs = String::from_utf8(write_with(&[article], Format::Ninjs, &options)?).unwrap();
/// assert!(ninjs.contains("\"version\": \"2.1\""));
/// assert!(ninjs.contains("\"pubstatus\": \"usable\""));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn write_with(
    articles: &[Article],
    format: Format,
    options: &WriteOptions,
) -> Result<Vec<u8>, Error> {
    if articles.is_empty() {
        return Err(Error::NoArticles(format));
    }
    if articles.len() > 1 && !format.holds_several() && format.can_write() {
        return Err(Error::Invalid {
            format,
            message: format!(
                "a {format} document holds one article, not {}; write them one at a time",
                articles.len()
            ),
        });
    }
    let articles = prepared(articles, options);
    let articles = articles.as_ref();
    match format {
        Format::Json => json::write(articles),
        Format::NewsmlG2 => newsml_g2::write(articles),
        Format::JsonLd => jsonld::write(articles),
        Format::Atom => atom::write(articles),
        Format::Text => text::write(articles),
        Format::Nitf => nitf::write(articles),
        Format::Ninjs => ninjs::write_version(articles, options.ninjs_version),
        Format::Iptc7901 => iptc7901::write(articles),
        Format::Anpa1312 => anpa1312::write(articles),
        other => Err(Error::WriteUnsupported(other)),
    }
}

/// The articles as the writers get them, copied only when something changes: those without any
/// time sent at the fallback time ([`WriteOptions::fallback_time`], [`Article::set_sent`]), and
/// every one through the safety pass when it would drop or change something (articles a library
/// user built have not been read: see [`safe`]).
fn prepared<'a>(articles: &'a [Article], options: &WriteOptions) -> Cow<'a, [Article]> {
    let undated = |a: &Article| options.fallback_time.is_some() && a.version_time().is_none();
    if !articles.iter().any(|a| undated(a) || safe::needs_safety(a)) {
        return Cow::Borrowed(articles);
    }
    let prepared = articles.iter().map(|article| {
        let mut article = article.clone();
        if let Some(time) = options.fallback_time.filter(|_| undated(&article)) {
            article.set_sent(time);
        }
        if safe::needs_safety(&article) {
            safe::make_safe(&mut article);
        }
        article
    });
    Cow::Owned(prepared.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_aliases_parse() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>().unwrap(), format);
        }
        assert_eq!("G2".parse::<Format>().unwrap(), Format::NewsmlG2);
        assert_eq!("JSON-LD".parse::<Format>().unwrap(), Format::JsonLd);
        assert!(matches!(
            "docx".parse::<Format>(),
            Err(Error::UnknownFormatName(name)) if name == "docx"
        ));
    }

    #[test]
    fn unsupported_directions_are_errors_not_panics() {
        assert!(matches!(
            write(&[Article::default()], Format::Newsml12),
            Err(Error::WriteUnsupported(Format::Newsml12))
        ));
        assert!(matches!(
            write(&[Article::default()], Format::Rss),
            Err(Error::WriteUnsupported(Format::Rss))
        ));
        assert!(matches!(
            write(&[], Format::Atom),
            Err(Error::NoArticles(Format::Atom))
        ));
    }
}
