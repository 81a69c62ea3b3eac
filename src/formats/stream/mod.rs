//! Reading a multi-article input article by article ([`read_iter`]): a G2 `newsMessage`, an Atom
//! feed, an RSS channel, a NewsML 1.2 document or a JSON array of articles is cut into one
//! small document per item as it is read ([`Streaming`], in each format's descriptor), and
//! each is read by the format's reader, so that memory holds one item, not the input. An item
//! that cannot be read is an error of its own ([`Error::InArticle`]); the items after it are
//! read.

mod document;
mod json_items;
mod markup;
mod recorder;
mod xml_items;

use std::collections::VecDeque;
use std::io::Read;

use super::{Limit, Limits, ReadOptions, descriptor_of, read_with};
use crate::error::Position;
use crate::{Article, Error, Format};

pub use document::{DocumentWriter, Finished};
pub(crate) use xml_items::XmlShape;

/// How a format's input is cut into items for [`read_iter`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum Streaming {
    /// XML elements at a place in the document.
    Xml(XmlShape),
    /// The elements of a top-level JSON array.
    JsonArray,
}

/// One item's document, or the whole input when it is not cut.
pub(crate) struct Chunk {
    /// The bytes the format's reader reads.
    pub document: Vec<u8>,
    /// Where the item starts in the input.
    pub offset: u64,
    /// Whether this is the whole input (its errors are the input's, not an item's).
    pub whole: bool,
    /// Whether the item is read only when the input gives no other article
    /// ([`XmlShape::aside`]).
    pub aside: bool,
}

/// Reads the articles of `input` (in `format`) one item at a time: see [`Articles`].
///
/// The articles are those [`read_with`] gives, in the same order, for an input whose items
/// are independent of each other. Where a whole read relates them, the stream cannot: an RSS
/// item whose guid an earlier item has keeps it (a whole read renames it), and a G2
/// `newsMessage`'s note about items of other kinds, or an envelope element after the first
/// item, reaches only the articles after it. A WordPress export, whose posts name their
/// pictures elsewhere in the file, and inputs of other formats are read whole.
/// [`Limits`](super::Limits) apply to each item's document; [`Limits::articles`](super::Limits)
/// does not apply, as memory does not grow with the number of articles.
///
/// ```
/// use newswire::formats::{ReadOptions, read_iter};
/// use newswire::Format;
/// let feed = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
///   <entry><title>One</title><id>urn:a:1</id><updated>2026-12-07T08:00:00Z</updated></entry>
///   <entry><title>Two</title><id>urn:a:2</id><updated>2026-12-07T09:00:00Z</updated></entry>
/// </feed>"#;
/// let headlines: Vec<String> = read_iter(&feed[..], Format::Atom, &ReadOptions::default())
///     .map(|article| article.map(|a| a.headline.unwrap_or_default()))
///     .collect::<Result<_, _>>()?;
/// assert_eq!(headlines, ["One", "Two"]);
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read_iter<R: Read>(input: R, format: Format, options: &ReadOptions) -> Articles<R> {
    Articles {
        items: read_items(input, format, options),
        options: options.clone(),
        ready: VecDeque::new(),
    }
}

/// The items of `input` (in `format`), cut as [`read_iter`] cuts them but not read: each
/// [`Item`] is read with [`Item::read`], in any order or on any thread, so that a caller
/// can read several at once. [`read_iter`] is these items read one after the other.
pub fn read_items<R: Read>(input: R, format: Format, options: &ReadOptions) -> Items<R> {
    let limits = options.limits;
    let source = match descriptor_of(format).stream {
        Some(Streaming::Xml(shape)) => Source::Xml(Box::new(xml_items::XmlItems::new(
            input, shape, format, limits,
        ))),
        Some(Streaming::JsonArray) => {
            Source::Json(Box::new(json_items::JsonItems::new(input, format, limits)))
        }
        None => Source::Whole(Some(input)),
    };
    Items {
        source,
        format,
        options: options.clone(),
        count: 0,
        cut: false,
        deferred: None,
    }
}

/// The articles of an input as they are read ([`read_iter`]): each `Ok` an article, each `Err`
/// an item that could not be read ([`Error::InArticle`]) or the input itself (the first
/// error of an input that is not cut, or a break in its structure that ends the stream).
pub struct Articles<R> {
    items: Items<R>,
    options: ReadOptions,
    /// Articles read and not yet given (an item may give several).
    ready: VecDeque<Article>,
}

impl<R: Read> Iterator for Articles<R> {
    type Item = Result<Article, Error>;

    fn next(&mut self) -> Option<Result<Article, Error>> {
        loop {
            if let Some(article) = self.ready.pop_front() {
                return Some(Ok(article));
            }
            match self.items.next()?.and_then(|item| item.read(&self.options)) {
                Ok(articles) => self.ready.extend(articles),
                Err(error) => return Some(Err(error)),
            }
        }
    }
}

/// The items of an input, cut and not yet read ([`read_items`]); an `Err` is a break in the
/// input's structure that ends it, or an item over the size limit.
pub struct Items<R> {
    source: Source<R>,
    format: Format,
    options: ReadOptions,
    /// Items cut so far.
    count: usize,
    /// Whether an item was cut that is not set aside.
    cut: bool,
    /// The first item set aside, given at the end when no other was cut.
    deferred: Option<Item>,
}

impl<R: Read> Iterator for Items<R> {
    type Item = Result<Item, Error>;

    fn next(&mut self) -> Option<Result<Item, Error>> {
        loop {
            let chunk = match self.source.next_chunk(self.format, &self.options) {
                Some(Ok(chunk)) => chunk,
                Some(Err(error)) => {
                    self.count += 1;
                    return Some(Err(error));
                }
                // Nothing else was cut: the item set aside is read.
                None => return self.deferred.take().filter(|_| !self.cut).map(Ok),
            };
            self.count += 1;
            let item = Item {
                index: self.count,
                format: self.format,
                aside: chunk.aside,
                chunk,
            };
            if item.aside {
                if self.deferred.is_none() {
                    self.deferred = Some(item);
                }
                continue;
            }
            self.cut = true;
            return Some(Ok(item));
        }
    }
}

/// One item of an input, cut from it and not yet read ([`read_items`]).
pub struct Item {
    chunk: Chunk,
    index: usize,
    format: Format,
    aside: bool,
}

impl Item {
    /// The item's number in the input, from 1.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Where the item starts in the input, in bytes.
    pub fn offset(&self) -> u64 {
        self.chunk.offset
    }

    /// Reads the item's articles (usually one) with `options`, as [`read_with`] reads a
    /// document; an error of the item is an [`Error::InArticle`] naming it, one of an input
    /// that is not cut is the input's.
    pub fn read(&self, options: &ReadOptions) -> Result<Vec<Article>, Error> {
        read_with(&self.chunk.document, self.format, options).map_err(|error| {
            if self.chunk.whole {
                error
            } else {
                Error::InArticle {
                    index: self.index,
                    offset: self.chunk.offset,
                    source: Box::new(error),
                }
            }
        })
    }
}

enum Source<R> {
    Xml(Box<xml_items::XmlItems<R>>),
    Json(Box<json_items::JsonItems<R>>),
    /// Read whole, once.
    Whole(Option<R>),
}

impl<R: Read> Source<R> {
    fn next_chunk(
        &mut self,
        format: Format,
        options: &ReadOptions,
    ) -> Option<Result<Chunk, Error>> {
        match self {
            Source::Xml(items) => items.next_chunk(),
            Source::Json(items) => items.next_chunk(),
            Source::Whole(input) => {
                let input = input.take()?;
                Some(read_whole(input, format, options))
            }
        }
    }
}

/// All of `input`, within the size limit.
fn read_whole<R: Read>(input: R, format: Format, options: &ReadOptions) -> Result<Chunk, Error> {
    whole_rest(&mut recorder::Recorder::new(input), format, &options.limits)
}

/// What `input` recorded (all it gave: nothing was dropped) and the rest of it, as one document
/// that is not cut; over [`Limits::input_bytes`](super::Limits), the error a whole read gives.
fn whole_rest<R: Read>(
    input: &mut recorder::Recorder<R>,
    format: Format,
    limits: &Limits,
) -> Result<Chunk, Error> {
    let limit = limits.input_bytes;
    input.recording = true;
    let room = (limit.saturating_sub(input.len()) as u64).saturating_add(1);
    input
        .by_ref()
        .take(room)
        .read_to_end(&mut Vec::new())
        .map_err(|e| Error::Invalid {
            format,
            message: format!("cannot read the input: {e}"),
        })?;
    if input.len() > limit {
        return Err(Error::LimitExceeded {
            format,
            limit: Limit::InputBytes,
            max: limit,
            position: Some(Position::Byte(limit)),
        });
    }
    let document = input.recorded().to_vec();
    input.restart(0);
    Ok(Chunk {
        document,
        offset: 0,
        whole: true,
        aside: false,
    })
}

/// The error of an item over [`Limits::input_bytes`](super::Limits) that starts at `start`
/// (it was read on without being kept).
fn too_large(format: Format, limits: &Limits, start: u64) -> Error {
    Error::LimitExceeded {
        format,
        limit: Limit::InputBytes,
        max: limits.input_bytes,
        position: Some(Position::Byte(usize::try_from(start).unwrap_or(usize::MAX))),
    }
}

#[cfg(test)]
mod tests;
