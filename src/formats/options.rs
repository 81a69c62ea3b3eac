//! Options for reading and writing, for callers who know more than the input says.

use crate::limits::Limits;
use crate::model::Timestamp;
pub use chrono_tz::Tz;

/// How to read an input. The default reads everything from the input itself.
///
/// ```
/// use newswire::formats::ReadOptions;
/// let mut options = ReadOptions::default();
/// options.language = Some("de-CH".into());
/// assert_eq!(options.language.as_deref(), Some("de-CH"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// The language of the content (BCP 47), used instead of detecting it when the input does not
    /// declare one. A feed's own declaration (`xml:lang`, `inLanguage`) still wins.
    pub language: Option<String>,
    /// How much an input may hold before reading stops with
    /// [`Error::LimitExceeded`](crate::Error::LimitExceeded): the defaults read any real news
    /// file and bound what a hostile one costs.
    pub limits: Limits,
    /// The provider's time zone (an IANA zone: `"Europe/Brussels".parse()`), when the caller
    /// knows it: the times the input gives without an offset get the zone's offset at that
    /// wall-clock time (a clock change's repeated hour is read as the earlier instant, and its
    /// skipped hour keeps no offset, each with a warning). Without it such times stay without
    /// an offset, and the formats that require one (Atom, ninjs) do not write them.
    ///
    /// ```
    /// use newswire::formats::{ReadOptions, read_with};
    /// use newswire::Format;
    /// let g2 = br#"<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1" standard="NewsML-G2" standardversion="2.35">
    ///   <itemMeta><itemClass qcode="ninat:text"/><provider literal="Belga"/>
    ///   <versionCreated>2022-08-16T17:47:55</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
    ///   <contentMeta><headline>Naive</headline></contentMeta></newsItem>"#;
    /// let mut options = ReadOptions::default();
    /// options.time_zone = Some("Europe/Brussels".parse().unwrap());
    /// let articles = read_with(g2, Format::NewsmlG2, &options)?;
    /// let modified = articles[0].modified.unwrap();
    /// assert_eq!(modified.to_rfc3339(), "2022-08-16T17:47:55+02:00");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub time_zone: Option<Tz>,
    /// The character encoding of the input, when the caller knows it: used instead of what the
    /// input declares (an XML declaration) or what its bytes suggest (the guess for undeclared
    /// legacy copy), which feeds get wrong. A byte-order mark of that encoding is left out.
    ///
    /// ```
    /// use newswire::formats::{ReadOptions, read_with};
    /// use newswire::Format;
    /// // "Мэр" (mayor) and "Москва" in KOI8-R.
    /// let copy = b"\xed\xdc\xd2 \xd5\xd4\xd7\xc5\xd2\xc4\xc9\xcc \xd0\xcc\xc1\xce\n\n\xed\xcf\xd3\xcb\xd7\xc1.\n";
    /// let mut options = ReadOptions::default();
    /// options.encoding = Some("koi8-r".parse()?);
    /// let articles = read_with(copy, Format::Text, &options)?;
    /// assert_eq!(articles[0].headline.as_deref(), Some("Мэр утвердил план"));
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub encoding: Option<InputEncoding>,
    /// The input's file name (or address), when the caller knows it: a photo's picture item
    /// links to its file by this name (the rendition's address). Other formats do not use it.
    /// Without it a photo has no link: none is made up.
    ///
    /// ```
    /// use newswire::formats::{ReadOptions, read_with};
    /// use newswire::Format;
    /// let jpeg = b"\xff\xd8\xff\xfe\x00\x06Rome\xff\xd9";
    /// let mut options = ReadOptions::default();
    /// options.source_name = Some("rome.jpg".into());
    /// let picture = &read_with(jpeg, Format::Photo, &options)?[0];
    /// assert_eq!(picture.links[0].href, "rome.jpg");
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub source_name: Option<String>,
}

/// A character encoding an input is read in: any name or label of the WHATWG Encoding Standard
/// (`utf-8`, `windows-1252`, `latin1`, `koi8-r`, `iso-8859-7`, `shift_jis`, `gb18030`,
/// `utf-16le`), as browsers know them; parsed with `"koi8-r".parse()`. ISO-8859-1 and ASCII
/// are read as Windows-1252, as the standard says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputEncoding(&'static encoding_rs::Encoding);

impl InputEncoding {
    /// The encoding's name in the standard (`KOI8-R`, `windows-1252`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// The encoding itself, for the decoder.
    pub(crate) fn encoding(self) -> &'static encoding_rs::Encoding {
        self.0
    }
}

impl std::fmt::Display for InputEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for InputEncoding {
    type Err = crate::Error;

    fn from_str(label: &str) -> Result<InputEncoding, crate::Error> {
        encoding_rs::Encoding::for_label(label.trim().as_bytes())
            .filter(|encoding| *encoding != encoding_rs::REPLACEMENT)
            .map(InputEncoding)
            .ok_or_else(|| crate::Error::UnknownEncoding(label.to_string()))
    }
}

impl ReadOptions {
    /// The defaults: everything read from the input itself.
    pub fn new() -> ReadOptions {
        ReadOptions::default()
    }

    /// The language of inputs that declare none (the `language` field).
    pub fn with_language(mut self, language: impl Into<String>) -> ReadOptions {
        self.language = Some(language.into());
        self
    }

    /// The reading limits (the `limits` field).
    pub fn with_limits(mut self, limits: Limits) -> ReadOptions {
        self.limits = limits;
        self
    }

    /// The time zone of times without an offset (the `time_zone` field).
    pub fn with_time_zone(mut self, time_zone: Tz) -> ReadOptions {
        self.time_zone = Some(time_zone);
        self
    }

    /// The input's character encoding (the `encoding` field).
    pub fn with_encoding(mut self, encoding: InputEncoding) -> ReadOptions {
        self.encoding = Some(encoding);
        self
    }

    /// The input's file name (the `source_name` field).
    pub fn with_source_name(mut self, name: impl Into<String>) -> ReadOptions {
        self.source_name = Some(name.into());
        self
    }

    /// The caller's language, trimmed; `None` when there is none or it is blank.
    pub(crate) fn language(&self) -> Option<&str> {
        self.language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
    }
}

/// How to write an output. The default writes every format in its default version.
///
/// ```
/// use newswire::formats::{NinjsVersion, WriteOptions};
/// let mut options = WriteOptions::default();
/// assert_eq!(options.ninjs_version, NinjsVersion::V3_1);
/// options.ninjs_version = "2.1".parse()?;
/// assert_eq!(options.ninjs_version, NinjsVersion::V2_1);
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteOptions {
    /// The ninjs version written (the `standard` the document declares, and its key casing).
    pub ninjs_version: NinjsVersion,
    /// When an article that has no time at all was sent, set before it is written
    /// ([`Article::set_sent`](crate::model::Article::set_sent): `modified`, and `created` for a
    /// first version): typically when undated copy came in. Without it, the formats that require
    /// a time write a placeholder there instead
    /// ([`fidelity::placeholder_time`](crate::formats::fidelity::placeholder_time)), which
    /// readers then take for a real date. newswire never reads the clock itself, so that the
    /// same input always gives the same output.
    ///
    /// ```
    /// use newswire::formats::{WriteOptions, write_with};
    /// use newswire::model::{Article, Timestamp};
    /// use newswire::Format;
    /// let mut article = Article::default();
    /// article.headline = Some("Undated".into());
    /// let mut options = WriteOptions::default();
    /// options.fallback_time = Timestamp::parse("2026-11-29T10:15:00Z");
    /// let g2 = String::from_utf8(write_with(&[article], Format::NewsmlG2, &options)?).unwrap();
    /// assert!(g2.contains("<versionCreated>2026-11-29T10:15:00Z</versionCreated>"));
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fallback_time: Option<Timestamp>,
    /// The provider's name for articles that name none (no [`Article::provider`] with a
    /// name): the publisher a publishing system knows itself to be. A news sitemap lists an
    /// article only under a publication name; JSON-LD's `publisher`, G2's `provider` and the
    /// other formats' provider say who publishes it. Set before writing, so that every writer
    /// and the report of what a format leaves out see it; an article that names its provider
    /// keeps it. newswire never makes one up: feeds rarely name a provider per item.
    ///
    /// [`Article::provider`]: crate::model::Article::provider
    ///
    /// ```
    /// use newswire::formats::{WriteOptions, left_out, write_with};
    /// use newswire::model::{Article, Link, Timestamp};
    /// use newswire::Format;
    /// let mut article = Article::default();
    /// article.headline = Some("Harbour reopens".into());
    /// article.language = Some("en".into());
    /// article.published = Timestamp::parse("2026-11-29T10:15:00Z");
    /// article.links = vec![Link::new("https://gazette.example/harbour").with_rel("alternate")];
    /// let articles = [article];
    /// let options = WriteOptions::new().with_fallback_provider("The Harbour Gazette");
    /// assert_eq!(left_out(&articles, Format::NewsSitemap, &WriteOptions::new()).len(), 1);
    /// assert!(left_out(&articles, Format::NewsSitemap, &options).is_empty());
    /// let sitemap = write_with(&articles, Format::NewsSitemap, &options)?;
    /// let sitemap = String::from_utf8(sitemap).unwrap();
    /// assert!(sitemap.contains("<news:name>The Harbour Gazette</news:name>"));
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fallback_provider: Option<String>,
}

impl WriteOptions {
    /// The defaults: every format in its default version, no fallback time or provider.
    pub fn new() -> WriteOptions {
        WriteOptions::default()
    }

    /// The ninjs version written (the `ninjs_version` field).
    pub fn with_ninjs_version(mut self, version: NinjsVersion) -> WriteOptions {
        self.ninjs_version = version;
        self
    }

    /// The time written where a format requires one and an article has none (the
    /// `fallback_time` field).
    pub fn with_fallback_time(mut self, time: Timestamp) -> WriteOptions {
        self.fallback_time = Some(time);
        self
    }

    /// The provider's name for articles that name none (the `fallback_provider` field).
    pub fn with_fallback_provider(mut self, name: impl Into<String>) -> WriteOptions {
        self.fallback_provider = Some(name.into());
        self
    }
}

/// A ninjs version newswire writes. 2.x names are lower case (`versioncreated`), 3.x names
/// camelCase (`versionCreated`); within a generation the documents differ only in the
/// `standard` they declare, since newswire writes nothing the later minor versions added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NinjsVersion {
    /// ninjs 2.0.
    V2_0,
    /// ninjs 2.1.
    V2_1,
    /// ninjs 2.2.
    V2_2,
    /// ninjs 3.0.
    V3_0,
    /// ninjs 3.1, the latest.
    #[default]
    V3_1,
}

impl NinjsVersion {
    /// Every version written, oldest first.
    pub const ALL: [NinjsVersion; 5] = [
        NinjsVersion::V2_0,
        NinjsVersion::V2_1,
        NinjsVersion::V2_2,
        NinjsVersion::V3_0,
        NinjsVersion::V3_1,
    ];

    /// The version as the `standard` object writes it (`3.1`).
    pub fn as_str(self) -> &'static str {
        match self {
            NinjsVersion::V2_0 => "2.0",
            NinjsVersion::V2_1 => "2.1",
            NinjsVersion::V2_2 => "2.2",
            NinjsVersion::V3_0 => "3.0",
            NinjsVersion::V3_1 => "3.1",
        }
    }

    /// The major version: 2 or 3.
    pub fn generation(self) -> u8 {
        match self {
            NinjsVersion::V2_0 | NinjsVersion::V2_1 | NinjsVersion::V2_2 => 2,
            NinjsVersion::V3_0 | NinjsVersion::V3_1 => 3,
        }
    }
}

impl std::fmt::Display for NinjsVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NinjsVersion {
    type Err = crate::Error;

    /// `3.1`, `3.0`, `2.2`, `2.1`, `2.0`; `3` and `2` mean the latest of the generation.
    fn from_str(text: &str) -> Result<NinjsVersion, crate::Error> {
        let text = text.trim();
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        match text {
            "3" | "3.1" => Ok(NinjsVersion::V3_1),
            "3.0" => Ok(NinjsVersion::V3_0),
            "2" | "2.2" => Ok(NinjsVersion::V2_2),
            "2.1" => Ok(NinjsVersion::V2_1),
            "2.0" => Ok(NinjsVersion::V2_0),
            _ => Err(crate::Error::Invalid {
                format: crate::Format::Ninjs,
                message: format!(
                    "cannot write ninjs version {text:?}; newswire writes 3.1, 3.0, 2.2, 2.1 and 2.0"
                ),
            }),
        }
    }
}
