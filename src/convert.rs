//! One input to one output: detect, read, write. The unit of work of `newswire convert`.

use std::path::Path;

use crate::formats::fidelity::{
    Loss, gets_placeholder, losses_of_all, placeholder_time_written, times_without_offset,
};
use crate::formats::{LeftOut, ReadOptions, WriteOptions, left_out, read_with, write_with};
use crate::{Article, Error, Format, detect};

/// The result of converting one input.
#[derive(Debug)]
#[non_exhaustive]
pub struct Conversion {
    /// The format the input was read as (detected or given).
    pub from: Format,
    /// The articles read, with their warnings.
    pub articles: Vec<Article>,
    /// The output document.
    pub output: Vec<u8>,
    /// What the output format dropped or kept only in part, over all the articles, in model
    /// order (see [`losses_of_all`]).
    pub losses: Vec<Loss>,
    /// The placeholder the output holds where its format requires a time and an article has
    /// none (`1970-01-01T00:00:00Z`; see
    /// [`placeholder_time`](crate::formats::fidelity::placeholder_time)); `None` when every
    /// article has a time or [`WriteOptions::fallback_time`] gave one.
    pub placeholder_time: Option<&'static str>,
    /// How many times the output holds without an offset although its readers expect one
    /// (see [`times_without_offset`]): [`ReadOptions::time_zone`] gives them one.
    pub times_without_offset: usize,
    /// The articles the output leaves out, and why (a news sitemap lists only articles with a
    /// page address, a language, a publication time and name: see [`left_out`]); empty for
    /// the formats that write every article.
    pub left_out: Vec<LeftOut>,
}

/// What [`convert`] needs besides the input and the output format: the input's format and
/// path when the caller knows them, and the options of reading and writing. The default
/// detects the format from the content alone and reads and writes with the defaults.
///
/// ```
/// use newswire::{ConvertOptions, Format, ReadOptions};
/// let options = ConvertOptions::new()
///     .with_from(Format::Text)
///     .with_reading(ReadOptions::new().with_language("it"));
/// let done = newswire::convert(b"Titolo\n\nROMA (ANSA) - Testo.\n", Format::JsonLd, &options)?;
/// assert_eq!(done.articles[0].language.as_deref(), Some("it"));
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ConvertOptions<'a> {
    /// The input's format; `None` detects it ([`detect`]).
    pub from: Option<Format>,
    /// The input's path, which detection may use (its extension) and errors name.
    pub path: Option<&'a Path>,
    /// How the input is read.
    pub reading: ReadOptions,
    /// How the output is written.
    pub writing: WriteOptions,
}

impl<'a> ConvertOptions<'a> {
    /// The defaults: the format detected, no path, the default reading and writing.
    pub fn new() -> ConvertOptions<'a> {
        ConvertOptions::default()
    }

    /// The input's format, not detected.
    pub fn with_from(mut self, format: Format) -> ConvertOptions<'a> {
        self.from = Some(format);
        self
    }

    /// The input's path (detection may use its extension; errors name it).
    pub fn with_path(mut self, path: &'a Path) -> ConvertOptions<'a> {
        self.path = Some(path);
        self
    }

    /// How the input is read.
    pub fn with_reading(mut self, reading: ReadOptions) -> ConvertOptions<'a> {
        self.reading = reading;
        self
    }

    /// How the output is written.
    pub fn with_writing(mut self, writing: WriteOptions) -> ConvertOptions<'a> {
        self.writing = writing;
        self
    }
}

/// Reads `input` (in `options.from`, or detected from the content and `options.path`) and
/// writes all its articles as one document in `to`.
///
/// ```
/// use newswire::{convert, ConvertOptions, Format};
/// let copy = b"Headline\n\nROMA (ANSA) - Text.\n";
/// let done = convert(copy, Format::JsonLd, &ConvertOptions::default())?;
/// assert_eq!(done.from, Format::Text);
/// assert!(String::from_utf8(done.output).unwrap().contains("\"headline\": \"Headline\""));
///
/// // The story has no time; Atom requires one.
/// let atom = convert(copy, Format::Atom, &ConvertOptions::default())?;
/// assert_eq!(atom.placeholder_time, Some("1970-01-01T00:00:00Z"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn convert(
    input: &[u8],
    to: Format,
    options: &ConvertOptions<'_>,
) -> Result<Conversion, Error> {
    let ConvertOptions {
        from,
        path,
        reading,
        writing,
    } = options;
    let from = readable_format(input, *from, *path)?;
    if !to.can_write() {
        return Err(Error::WriteUnsupported(to));
    }
    let Reading { from, articles } = read_input(input, Some(from), *path, reading)?;
    let written = write_documents(&articles, to, writing, Split::Never)?;
    let output = written.documents.into_iter().next().unwrap_or_default();
    Ok(Conversion {
        losses: losses_of_all(&articles, to),
        times_without_offset: times_without_offset(&articles, to),
        from,
        articles,
        output,
        placeholder_time: written.placeholder.time,
        left_out: written.left_out,
    })
}

/// An input read: the format it was read as, and its articles with their warnings.
#[derive(Debug)]
#[non_exhaustive]
pub struct Reading {
    /// The format the input was read as (detected or given).
    pub from: Format,
    /// The articles read, with their warnings.
    pub articles: Vec<Article>,
}

/// Reads every article of `input`: in `from`, or in the format [`detect`] finds from the
/// content and `path`. The first half of [`convert`], for callers that look at the
/// articles before they write them (the command line's strict mode).
///
/// ```
/// use newswire::{Format, read_input};
/// use newswire::formats::ReadOptions;
/// let read = read_input(b"Headline\n\nROMA (ANSA) - Text.\n", None, None, &ReadOptions::default())?;
/// assert_eq!((read.from, read.articles.len()), (Format::Text, 1));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read_input(
    input: &[u8],
    from: Option<Format>,
    path: Option<&Path>,
    options: &ReadOptions,
) -> Result<Reading, Error> {
    let from = readable_format(input, from, path)?;
    let articles = read_with(input, from, options)?;
    Ok(Reading { from, articles })
}

/// The format `input` is read as: `from`, or the one detected; an error when newswire cannot
/// read it.
fn readable_format(
    input: &[u8],
    from: Option<Format>,
    path: Option<&Path>,
) -> Result<Format, Error> {
    let from = match from {
        Some(format) => format,
        None => detect(input, path)?,
    };
    if !from.can_read() {
        return Err(Error::ReadUnsupported(from));
    }
    Ok(from)
}

/// How many documents [`write_documents`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Split {
    /// One document; several articles in a format that holds one are an error.
    Never,
    /// One document, or one per article when the format holds one article and there are
    /// several (NITF, ninjs, plain text).
    AsNeeded,
    /// One document per article.
    Always,
}

/// The placeholder a format writes where it requires a time and an article has none (see
/// [`Conversion::placeholder_time`]), and for how many articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Placeholder {
    /// The placeholder time written; `None` when every article has a time, the format requires
    /// none, or [`WriteOptions::fallback_time`] gave one.
    pub time: Option<&'static str>,
    /// How many articles got it.
    pub undated: usize,
}

/// The placeholder writing `articles` as `to` with `options` puts in (see [`Placeholder`]).
pub fn placeholder(articles: &[Article], to: Format, options: &WriteOptions) -> Placeholder {
    let time = placeholder_time_written(articles, to, options);
    let undated = match time {
        Some(_) => articles
            .iter()
            .filter(|a| gets_placeholder(a, to, options))
            .count(),
        None => 0,
    };
    Placeholder { time, undated }
}

/// Articles written as a format: the documents, the placeholder time they hold and the
/// articles they leave out. What the format drops or keeps in part is [`losses_of_all`] (a
/// projection of every article: asked for apart, as it costs about a write).
#[derive(Debug)]
#[non_exhaustive]
pub struct Written {
    /// The documents, in the order of the articles: one, or one per article (see [`Split`]).
    pub documents: Vec<Vec<u8>>,
    /// The placeholder time written for articles without a time.
    pub placeholder: Placeholder,
    /// The articles the documents leave out, and why ([`left_out`]), each `index` the
    /// article's place among those given.
    pub left_out: Vec<LeftOut>,
}

/// Writes `articles` as `to` in one document or several (`split`), and says which placeholder
/// time it wrote. The second half of [`convert_with`].
///
/// ```
/// use newswire::{Format, Split, read_input, write_documents};
/// use newswire::formats::{ReadOptions, WriteOptions};
/// let two = read_input(b"[{\"headline\": \"A\"}, {\"headline\": \"B\"}]", Some(Format::Json), None, &ReadOptions::default())?;
/// let nitf = write_documents(&two.articles, Format::Nitf, &WriteOptions::default(), Split::AsNeeded)?;
/// assert_eq!(nitf.documents.len(), 2, "NITF holds one article a document");
/// let g2 = write_documents(&two.articles, Format::NewsmlG2, &WriteOptions::default(), Split::AsNeeded)?;
/// assert_eq!(g2.documents.len(), 1, "one newsMessage");
/// assert_eq!(g2.placeholder.undated, 2, "neither has a time: both got the placeholder");
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn write_documents(
    articles: &[Article],
    to: Format,
    options: &WriteOptions,
    split: Split,
) -> Result<Written, Error> {
    let per_article = articles.len() > 1
        && match split {
            Split::Never => false,
            Split::AsNeeded => !to.holds_several(),
            Split::Always => true,
        };
    let (documents, left_out) = if per_article {
        let mut gone = Vec::new();
        let mut documents = Vec::with_capacity(articles.len());
        for (index, article) in articles.iter().enumerate() {
            let one = std::slice::from_ref(article);
            documents.push(write_with(one, to, options)?);
            gone.extend(left_out(one, to, options).into_iter().map(|mut l| {
                l.index = index;
                l
            }));
        }
        (documents, gone)
    } else {
        (
            vec![write_with(articles, to, options)?],
            left_out(articles, to, options),
        )
    };
    Ok(Written {
        documents,
        placeholder: placeholder(articles, to, options),
        left_out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A conversion says which articles the output left out, by their place in the input, in
    /// one document or one per article.
    #[test]
    fn conversions_report_the_articles_left_out() {
        let input = br#"[{"headline": "Wire copy"},
            {"headline": "Rates held", "language": "en", "published": "2026-03-14",
             "provider": {"name": "The Example Times"},
             "links": [{"rel": "alternate", "href": "https://example.org/rates"}]},
            {"headline": "Rates held again", "language": "en", "published": "2026-03-14",
             "provider": {"name": "The Example Times"},
             "links": [{"rel": "alternate", "href": "https://example.org/rates"}]}]"#;
        let done = convert(input, Format::NewsSitemap, &ConvertOptions::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let gone: Vec<(usize, bool)> = done
            .left_out
            .iter()
            .map(|l| (l.index, l.reason.starts_with("its URL is an earlier")))
            .collect();
        assert_eq!(gone, [(0, false), (2, true)]);
        assert_eq!(
            done.left_out[0].to_string().get(..17),
            Some("article 1: no URL")
        );
        // One document per article: the third stands alone, and is listed.
        let options = WriteOptions::default();
        let split = write_documents(&done.articles, Format::NewsSitemap, &options, Split::Always)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(split.documents.len(), 3);
        assert_eq!(
            split.left_out.iter().map(|l| l.index).collect::<Vec<_>>(),
            [0]
        );
        let atom = convert(input, Format::Atom, &ConvertOptions::default());
        assert!(atom.is_ok_and(|done| done.left_out.is_empty()));
    }

    /// Each builder sets its field and leaves the others (#21 point 8): the format given is
    /// read as given, not detected; the reading and writing options are used.
    #[test]
    fn convert_options_are_built_field_by_field() {
        let zone: crate::formats::Tz = "Europe/Rome".parse().unwrap_or_default();
        let reading = ReadOptions::new()
            .with_language("it")
            .with_time_zone(zone)
            .with_encoding("koi8-r".parse().unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(reading.language.as_deref(), Some("it"));
        assert_eq!(reading.time_zone, Some(zone));
        assert_eq!(reading.encoding.map(|e| e.name()), Some("KOI8-R"));
        assert_eq!(reading.limits, ReadOptions::default().limits);
        let time = crate::model::Timestamp::parse("2026-03-14T11:02:00+01:00");
        let Some(at) = time else {
            panic!("the time reads")
        };
        let writing = WriteOptions::new()
            .with_ninjs_version(crate::formats::NinjsVersion::V2_1)
            .with_fallback_time(at);
        assert_eq!(writing.ninjs_version, crate::formats::NinjsVersion::V2_1);
        assert_eq!(writing.fallback_time, time);

        // JSON that detection would read as ninjs, read as text because the caller says so.
        let input = br#"{"uri": "urn:x", "headline": "H"}"#;
        let path = Path::new("story.json");
        let detected = convert(input, Format::Json, &ConvertOptions::new().with_path(path));
        assert_eq!(detected.map(|d| d.from).ok(), Some(Format::Ninjs));
        let options = ConvertOptions::new()
            .with_from(Format::Text)
            .with_path(path)
            .with_reading(ReadOptions::new().with_language("it"))
            .with_writing(WriteOptions::new().with_fallback_time(at));
        let done = convert(input, Format::Atom, &options).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(done.from, Format::Text);
        assert_eq!(done.articles[0].language.as_deref(), Some("it"));
        assert_eq!(done.placeholder_time, None);
        let atom = String::from_utf8(done.output).unwrap_or_default();
        assert!(
            atom.contains("<updated>2026-03-14T11:02:00+01:00</updated>"),
            "{atom}"
        );
    }
}
