//! What reading may cost ([`Limits`]) and the budget a read spends them from. Machinery: it
//! knows no format; the registry names the format when a read goes over a limit.

pub(crate) mod budget;

/// What reading may cost: each limit, when exceeded, stops reading with
/// [`Error::LimitExceeded`](crate::Error::LimitExceeded) naming the [`Limit`], its maximum and
/// the position when there is one. The defaults are far above real news files (a few kB to a few
/// MB, nesting under 30 levels) and keep memory and time proportional to the input.
///
/// | limit | default | applies to |
/// |---|---|---|
/// | [`input_bytes`](Self::input_bytes) | 64 MiB | every format, checked before anything is read |
/// | [`articles`](Self::articles) | 10,000 | every format: items of a G2 `newsMessage`, entries of a feed, JSON-LD nodes, teletype messages (counted before they are read) |
/// | [`depth`](Self::depth) | 256 | XML element nesting (and the element count it implies on the parser's stack); JSON nesting, at most 126 levels below serde_json's own limit |
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
    /// at 126 in any case, below serde_json's own limit).
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
