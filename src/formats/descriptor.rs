//! What one format is, in one place: its names, extensions, how detection knows it, its reader,
//! and its writer with what the writer keeps of the model. Each format module exports one
//! [`Descriptor`] (`DESCRIPTOR`); the registry (`formats/mod.rs`) lists them, and everything that
//! asks about a format (names, detection, dispatch, the fidelity table, the round trips) reads it
//! from there.

use super::fidelity::{Carry, Field};
use super::{ReadOptions, WriteOptions};
use crate::model::Association;
use crate::{Article, Error, Format};

/// A reader: every article of an input, within `options` (the registry's `read_with` opens
/// the limits' budget and runs the safety pass around it).
pub(crate) type ReadFn = fn(&[u8], &ReadOptions) -> Result<Vec<Article>, Error>;

/// What a format is.
pub(crate) struct Descriptor {
    /// Which format.
    pub format: Format,
    /// The name on the command line and in messages (`newsml-g2`).
    pub name: &'static str,
    /// Other names it is known by, as `Format::from_str` compares them (lower case, without
    /// `-`, `_`, `.` or spaces): `g2`, `txt`.
    pub aliases: &'static [&'static str],
    /// A one-line description.
    pub description: &'static str,
    /// File extensions without the dot, the first being the one written; a directory walk takes
    /// files with any of them.
    pub extensions: &'static [&'static str],
    /// The extensions that name this format when the content does not tell (`xml` names none:
    /// five formats use it).
    pub named_by: &'static [&'static str],
    /// What in the content shows the format (see [`Sniff`]).
    pub sniff: Sniff,
    /// The reader, when newswire reads the format.
    pub read: Option<ReadFn>,
    /// How [`read_iter`](super::read_iter) cuts an input into items; `None` reads it whole.
    pub stream: Option<super::stream::Streaming>,
    /// The writer, when newswire writes the format.
    pub write: Option<Writing>,
    /// What the format's official schema requires of an item that a reader gives back as a
    /// model field: the part's name in the format, and the field that holds it (what
    /// `validate` checks; an item without it is one its consumers reject).
    pub requires: &'static [(&'static str, Field)],
}

/// How the content shows a format, as detection tests it: a [`Sniff::Marks`] match wins over a
/// [`Sniff::Fallback`] one, and among equals the registry's order decides.
#[derive(Clone, Copy)]
pub(crate) enum Sniff {
    /// The content carries the format's own marks (a root element, keys, framing).
    Marks(fn(&Sniffed<'_>) -> bool),
    /// The format takes what is of its kind and shows no other format's marks (any other JSON is
    /// newswire's own; any other text is wire copy).
    Fallback(fn(&Sniffed<'_>) -> bool),
    /// Nothing shows the format: newswire writes it but does not read it (an HTML page, a
    /// sitemap), so detection never picks it.
    Never,
}

/// The start of an input as detection sees it.
pub(crate) struct Sniffed<'a> {
    /// The first bytes.
    pub head: &'a [u8],
    /// Those bytes as text, leading whitespace and BOM left out.
    pub text: &'a str,
    /// The local name of the root element, when the text is XML.
    pub xml_root: Option<&'a str>,
    /// Whether the text opens as a JSON document does.
    pub json: bool,
    /// Whether the bytes look binary (NUL bytes, many control characters); looked at only when
    /// the text opens as neither markup nor JSON, false otherwise.
    pub binary: bool,
}

/// How a format writes, and what its writing keeps of the model.
pub(crate) struct Writing {
    /// The writer.
    pub writer: Writer,
    /// The fidelity table's column: how writing and reading back treat each field.
    pub carries: fn(Field) -> Carry,
    /// What an article becomes after a write and a read back (the round trips' expectation).
    pub project: fn(&Article) -> Article,
    /// Which of [`Article::associations`] the writer writes itself; the others reach it as
    /// links ([`Article::associations_as_links_but`]), in writing and in `project` alike.
    pub writes_association: fn(&Association) -> bool,
    /// Whether the format writes a time without an offset as given although its readers
    /// expect one (JSON-LD: schema.org allows it, Google reads such a time in its own zone), so
    /// that conversions say how many there were.
    pub offset_recommended: bool,
    /// The time the format requires (G2's `versionCreated`, Atom's `updated`, the ANPA filing
    /// date), and what it writes there when an article has none it can write; `None` for
    /// formats that require no time.
    pub required_time: Option<RequiredTime>,
}

/// A time a format requires of every article.
#[derive(Clone, Copy)]
pub(crate) struct RequiredTime {
    /// What the output holds when the article has no time the format can write.
    pub placeholder: &'static str,
    /// Whether the format can write this time there (Atom cannot write one without an offset,
    /// no XML format a year beyond 9999).
    pub writable: fn(&crate::model::Timestamp) -> bool,
}

/// A writer, by how many articles one document holds. The registry's `write_with` refuses no
/// articles, and several for a format that holds one, before any writer runs.
#[derive(Clone, Copy)]
pub(crate) enum Writer {
    /// One article per document (NITF, ninjs, plain text).
    One(fn(&Article, &WriteOptions) -> Result<Vec<u8>, Error>),
    /// One or several per document (back-to-back teletype messages); never called with none.
    Several(fn(&[Article], &WriteOptions) -> Result<Vec<u8>, Error>),
    /// One article as a document of its own (`one`), several in an envelope written item by
    /// item (a G2 `newsMessage`, an Atom feed, a JSON array, a JSON-LD `@graph`), so that
    /// [`DocumentWriter`](super::DocumentWriter) can write them one at a time.
    Enveloped {
        /// One article's document.
        one: fn(&Article, &WriteOptions) -> Result<Vec<u8>, Error>,
        /// A new envelope for several.
        envelope: fn() -> Box<dyn Envelope>,
    },
}

/// A document of several articles written one article at a time: each item's bytes as it
/// comes, then the head and tail, which may depend on every article (a message's `sent` time,
/// a feed's id), folded in as the items were written.
///
/// A document may also leave articles out ([`Envelope::leaves_out`]: a news sitemap holds only
/// the articles with an address, a language, a publication time and name, each address once,
/// 1,000 at most): `write_with`, [`DocumentWriter`](super::DocumentWriter) and
/// [`left_out`](super::left_out) ask it of every article, as the writer gets it and in order,
/// before its item, give it only those it holds, and report the others with the reason. Such
/// a document, left with none, is its head and tail.
pub(crate) trait Envelope {
    /// The item's bytes (with what separates it from the item before); the article is folded
    /// into what the head and tail say.
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error>;
    /// What comes before the items.
    fn head(&self) -> Vec<u8>;
    /// What comes after them.
    fn tail(&self) -> Vec<u8>;
    /// Whether the document may leave articles out: only then is [`Envelope::leaves_out`]
    /// asked (and the articles made ready for it), so that the others pay nothing for it.
    fn selective(&self) -> bool {
        false
    }
    /// Why the document cannot hold `article`, when it cannot; `None` counts it in (a sitemap
    /// remembers its address). The default holds every article.
    fn leaves_out(&mut self, _article: &Article) -> Option<String> {
        None
    }
}

/// `articles` in `envelope`, at once: the same bytes as writing them one at a time.
pub(crate) fn enveloped<'a>(
    mut envelope: Box<dyn Envelope>,
    articles: impl IntoIterator<Item = &'a Article>,
) -> Result<Vec<u8>, Error> {
    let mut items = Vec::new();
    for article in articles {
        items.extend_from_slice(&envelope.item(article)?);
    }
    Ok([envelope.head(), items, envelope.tail()].concat())
}

/// For [`Writing::writes_association`]: a writer that writes every associated item.
pub(crate) fn every_association(_: &Association) -> bool {
    true
}

/// For [`Writing::writes_association`]: a writer with no place for an associated item.
pub(crate) fn no_association(_: &Association) -> bool {
    false
}
