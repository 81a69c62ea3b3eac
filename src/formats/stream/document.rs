//! Writing one document of several articles given one at a time ([`DocumentWriter`]): a G2
//! `newsMessage`, an Atom feed, a JSON array or a JSON-LD `@graph` whose items are written as
//! the articles come, so that a stream read item by item ([`read_iter`](super::read_iter)) is
//! converted holding one article, not the whole input.

use crate::formats::{Envelope, WriteOptions, Writer, descriptor_of, prepared_one};
use crate::model::Association;
use crate::{Article, Error, Format};

/// Writes one document of a format that holds several articles, from articles given one at a
/// time. The bytes are those [`write_with`](crate::formats::write_with) gives for all of them
/// at once: each [`push`](DocumentWriter::push) gives the bytes of the items written so far,
/// which the caller keeps (in a file, say), and [`finish`](DocumentWriter::finish) what goes
/// around them, as the head and tail depend on every article (a message's `sent` time, a
/// feed's id and `updated`). One article alone is a document of its own (a `newsItem`, an
/// Atom entry), so the first article's item is held back until a second one comes.
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
}

/// What a [`DocumentWriter`] gives at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finished {
    /// One article was given: its document, with no item bytes around it.
    Document(Vec<u8>),
    /// Several: the document is `head`, every item's bytes in order, then `tail`.
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
        Ok(DocumentWriter {
            format,
            options: options.clone(),
            one,
            envelope: envelope(),
            writes: writing.writes_association,
            first: None,
            count: 0,
        })
    }

    /// Gives one more article: the bytes of the items that can be written now (none for the
    /// first article, which is held back; the first two for the second).
    pub fn push(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        self.count += 1;
        if self.count == 1 {
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

    /// Ends the document: the one article's document, or the head and tail around the items.
    /// An error when no article was given.
    pub fn finish(self) -> Result<Finished, Error> {
        match (&self.first, self.count) {
            (_, 0) => Err(Error::NoArticles(self.format)),
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
