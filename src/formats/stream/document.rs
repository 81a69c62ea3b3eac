//! Writing one document of several articles given one at a time ([`DocumentWriter`]): a G2
//! `newsMessage`, an Atom feed, a JSON array or a JSON-LD `@graph` whose items are written as
//! the articles come, so that a stream read item by item ([`read_iter`](super::read_iter)) is
//! converted holding one article, not the whole input.

use crate::formats::{Envelope, LeftOut, WriteOptions, Writer, descriptor_of, prepared_one};
use crate::model::Association;
use crate::{Article, Error, Format};

/// Writes one document of a format that holds several articles, from articles given one at a
/// time. The bytes are those [`write_with`](crate::formats::write_with) gives for all of them
/// at once: each [`push`](DocumentWriter::push) gives the bytes of the items written so far,
/// which the caller keeps (in a file, say), and [`finish`](DocumentWriter::finish) what goes
/// around them, as the head and tail depend on every article (a message's `sent` time, a
/// feed's id and `updated`). One article alone is a document of its own (a `newsItem`, an
/// Atom entry), so the first article's item is held back until a second one comes. An article
/// the document leaves out (a news sitemap's article without an address) gives no bytes, and
/// [`left_out`](DocumentWriter::left_out) says why.
///
/// ```
/// use newswire::formats::{DocumentWriter, Finished, WriteOptions, write_with};
/// use newswire::{model::Article, Format};
/// let articles: Vec<Article> = ["One", "Two", "Three"]
///     .into_iter()
///     .map(|h| Article::default().with_headline(h))
///     .collect();
/// let mut writer = DocumentWriter::new(Format::Atom, &WriteOptions::default())?;
/// let mut items = Vec::new();
/// for article in &articles {
///     items.extend(writer.push(article)?);
/// }
/// let document = match writer.finish()? {
///     Finished::Document(alone) => alone,
///     Finished::Envelope { head, tail } => [head, items, tail].concat(),
/// };
/// assert_eq!(document, write_with(&articles, Format::Atom, &WriteOptions::default())?);
/// # Ok::<(), newswire::Error>(())
/// ```
pub struct DocumentWriter {
    format: Format,
    options: WriteOptions,
    one: fn(&Article, &WriteOptions) -> Result<Vec<u8>, Error>,
    envelope: Box<dyn Envelope>,
    writes: fn(&Association) -> bool,
    /// The first article, held back until a second one comes.
    first: Option<Article>,
    /// Articles given so far.
    count: usize,
    /// Articles written so far: those given that the document did not leave out.
    held: usize,
    /// Whether the document may leave articles out ([`Envelope::selective`]).
    selective: bool,
    /// The articles left out so far, and why.
    left_out: Vec<LeftOut>,
}

/// What a [`DocumentWriter`] gives at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finished {
    /// One article was given: its document, with no item bytes around it.
    Document(Vec<u8>),
    /// Several (or none, when the document left every article out): the document is `head`,
    /// every item's bytes in order, then `tail`.
    Envelope {
        /// What comes before the items.
        head: Vec<u8>,
        /// What comes after them.
        tail: Vec<u8>,
    },
}

impl DocumentWriter {
    /// A writer of `format`, which must be one that holds several articles and writes them one
    /// at a time ([`Format::writes_in_items`]); an error for the others.
    pub fn new(format: Format, options: &WriteOptions) -> Result<DocumentWriter, Error> {
        let Some(writing) = &descriptor_of(format).write else {
            return Err(Error::WriteUnsupported(format));
        };
        let Writer::Enveloped { one, envelope } = writing.writer else {
            return Err(Error::Invalid {
                format,
                message: format!("a {format} document is not written one article at a time"),
            });
        };
        let envelope = envelope();
        Ok(DocumentWriter {
            format,
            options: options.clone(),
            one,
            selective: envelope.selective(),
            envelope,
            writes: writing.writes_association,
            first: None,
            count: 0,
            held: 0,
            left_out: Vec::new(),
        })
    }

    /// Gives one more article: the bytes of the items that can be written now (none for the
    /// first article, which is held back; the first two for the second; none for an article the
    /// document leaves out).
    pub fn push(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        self.count += 1;
        if self.selective {
            let prepared = prepared_one(article, &self.options, self.writes);
            if let Some(reason) = self.envelope.leaves_out(&prepared) {
                self.left_out.push(LeftOut {
                    index: self.count - 1,
                    reason,
                });
                return Ok(Vec::new());
            }
        }
        self.held += 1;
        if self.held == 1 {
            self.first = Some(article.clone());
            return Ok(Vec::new());
        }
        let mut items = Vec::new();
        if let Some(first) = self.first.take() {
            items = self.item(&first)?;
        }
        items.extend(self.item(article)?);
        Ok(items)
    }

    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        let prepared = prepared_one(article, &self.options, self.writes);
        self.envelope.item(&prepared)
    }

    /// How many articles were given.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The articles given so far that the document leaves out, and why, their `index` counting
    /// the articles given from 0 (see [`left_out`](crate::formats::left_out), which says the
    /// same of articles written at once).
    pub fn left_out(&self) -> &[LeftOut] {
        &self.left_out
    }

    /// Ends the document: the one article's document, or the head and tail around the items
    /// (a document that left every article out is its head and tail). An error when no
    /// article was given.
    pub fn finish(self) -> Result<Finished, Error> {
        if self.count == 0 {
            return Err(Error::NoArticles(self.format));
        }
        match (&self.first, self.held) {
            (Some(first), 1) => {
                let prepared = prepared_one(first, &self.options, self.writes);
                Ok(Finished::Document((self.one)(&prepared, &self.options)?))
            }
            _ => Ok(Finished::Envelope {
                head: self.envelope.head(),
                tail: self.envelope.tail(),
            }),
        }
    }
}
