//! Options for reading and writing, for callers who know more than the input says.

use crate::model::Timestamp;

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
}

impl ReadOptions {
    /// The caller's language, trimmed; `None` when there is none or it is blank.
    pub(crate) fn language(&self) -> Option<&str> {
        self.language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
    }
}

/// What reading may cost: each limit, when exceeded, stops reading with
/// [`Error::LimitExceeded`](crate::Error::LimitExceeded) naming the [`Limit`], its maximum and
/// the position when there is one. The defaults are far above real news files (a few kB to a few
/// MB, nesting under 30 levels) and keep memory and time proportional to the input.
///
/// | limit | default | applies to |
/// |---|---|---|
/// | [`input_bytes`](Self::input_bytes) | 64 MiB | every format, checked before anything is read |
/// | [`articles`](Self::articles) | 10,000 | every format: items of a G2 `newsMessage`, entries of a feed, JSON-LD nodes, teletype messages (counted before they are read) |
/// | [`depth`](Self::depth) | 256 | XML element nesting (and the element count it implies on the parser's stack); JSON nesting, which serde_json also caps at 128 |
/// | [`attributes`](Self::attributes) | 256 | attributes on one XML element |
/// | [`attribute_bytes`](Self::attribute_bytes) | 1 MiB | one XML attribute value, after entities are resolved |
/// | [`text_bytes`](Self::text_bytes) | 16 MiB | one run of XML character data (entities and CDATA included); one JSON string |
/// | [`elements`](Self::elements) | 300,000 | every format: XML elements in the input, the elements of the HTML bodies it holds (those html5ever makes count six), JSON values (objects, arrays, strings, numbers, booleans, nulls; an object held as a value, in JSON-LD, ninjs and newswire JSON's `extensions`, counts eight) and lines of IPTC 7901 and ANPA-1312 text |
/// | [`blocks`](Self::blocks) | 150,000 | every format: body blocks of all the articles (paragraphs, headings, quotes, lists, preformatted text), as read, before empty ones are dropped |
/// | [`inlines`](Self::inlines) | 250,000 | every format: inline nodes of all the bodies (text runs, emphasis, strong, links, line breaks), as read |
/// | [`repeated_bytes`](Self::repeated_bytes) | 8 MiB | every format: what the input holds once and its articles share, copied into each article after the first (a feed's authors, language and rights; a JSON-LD node articles refer to; notes on a whole message) |
///
/// [`elements`](Self::elements), [`blocks`](Self::blocks) and [`inlines`](Self::inlines) bound what an input of many tiny parts costs (a paragraph of one letter takes
/// far more memory than its eight bytes of markup): the largest real files hold a few thousand
/// elements and blocks, a long story under a thousand blocks. Within the defaults, reading and
/// writing any input takes at most eight times its size plus 64 MiB.
///
/// XML entities are never a cost: DTDs are ignored (nothing declared in one is expanded,
/// nothing is fetched), so a reference expands to at most one HTML entity's few characters.
///
/// ```
/// use newswire::formats::{Limit, Limits, ReadOptions, read_with};
/// use newswire::{Error, Format};
/// let mut options = ReadOptions::default();
/// assert_eq!(options.limits, Limits::default());
/// options.limits.depth = 2;
/// let err = read_with(b"<feed><entry><title>x</title></entry></feed>", Format::Atom, &options)
///     .unwrap_err();
/// assert!(matches!(err, Error::LimitExceeded { limit: Limit::Depth, max: 2, .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Limits {
    /// The largest input read, in bytes (default 64 MiB).
    pub input_bytes: usize,
    /// The most articles one input may give (default 10,000).
    pub articles: usize,
    /// The deepest nesting of XML elements or JSON arrays and objects (default 256; JSON stops
    /// at 128 in any case, serde_json's own limit).
    pub depth: usize,
    /// The most attributes one XML element may have (default 256).
    pub attributes: usize,
    /// The longest XML attribute value, in bytes after entities are resolved (default 1 MiB).
    pub attribute_bytes: usize,
    /// The longest run of XML character data or JSON string, in bytes (default 16 MiB).
    pub text_bytes: usize,
    /// The most XML elements, HTML elements (of the bodies the input holds), JSON values and
    /// lines of wire copy one input may hold, counted together (default 300,000; see the table
    /// for what counts more than one).
    pub elements: usize,
    /// The most body blocks all the articles of one input may hold, nested ones included,
    /// counted as read (default 150,000).
    pub blocks: usize,
    /// The most inline nodes (text runs, marks, links, line breaks) all the bodies of one input
    /// may hold, counted as read (default 250,000).
    pub inlines: usize,
    /// The most bytes of shared values one input may copy into its articles beyond the first
    /// that takes each (default 8 MiB): a feed's author of a megabyte on ten thousand entries.
    pub repeated_bytes: usize,
}

impl Limits {
    /// The default limits (see the table above).
    pub const DEFAULT: Limits = Limits {
        input_bytes: 64 << 20,
        articles: 10_000,
        depth: 256,
        attributes: 256,
        attribute_bytes: 1 << 20,
        text_bytes: 16 << 20,
        elements: 300_000,
        blocks: 150_000,
        inlines: 250_000,
        repeated_bytes: 8 << 20,
    };

    /// The maximum for `limit`.
    pub fn max(&self, limit: Limit) -> usize {
        match limit {
            Limit::InputBytes => self.input_bytes,
            Limit::Articles => self.articles,
            Limit::Depth => self.depth,
            Limit::Attributes => self.attributes,
            Limit::AttributeBytes => self.attribute_bytes,
            Limit::TextBytes => self.text_bytes,
            Limit::Elements => self.elements,
            Limit::Blocks => self.blocks,
            Limit::Inlines => self.inlines,
            Limit::RepeatedBytes => self.repeated_bytes,
        }
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}

/// One of the [`Limits`], as [`Error::LimitExceeded`](crate::Error::LimitExceeded) names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Limit {
    /// [`Limits::input_bytes`].
    InputBytes,
    /// [`Limits::articles`].
    Articles,
    /// [`Limits::depth`].
    Depth,
    /// [`Limits::attributes`].
    Attributes,
    /// [`Limits::attribute_bytes`].
    AttributeBytes,
    /// [`Limits::text_bytes`].
    TextBytes,
    /// [`Limits::elements`].
    Elements,
    /// [`Limits::blocks`].
    Blocks,
    /// [`Limits::inlines`].
    Inlines,
    /// [`Limits::repeated_bytes`].
    RepeatedBytes,
}

impl Limit {
    /// What is limited, as messages say it.
    pub fn description(self) -> &'static str {
        match self {
            Limit::InputBytes => "input size in bytes",
            Limit::Articles => "number of articles",
            Limit::Depth => "nesting depth",
            Limit::Attributes => "number of attributes on an element",
            Limit::AttributeBytes => "attribute length in bytes",
            Limit::TextBytes => "text length in bytes",
            Limit::Elements => "number of elements and values",
            Limit::Blocks => "number of body blocks",
            Limit::Inlines => "number of inline nodes",
            Limit::RepeatedBytes => "bytes repeated into articles",
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.description())
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
