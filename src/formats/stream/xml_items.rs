//! Cuts a multi-article XML document (a G2 `newsMessage`, an Atom feed, an RSS channel, a
//! NewsML 1.2 document) into one small document per item, as it reads: the envelope before the
//! first item (the prolog, the root and container start tags, the feed's or message's header),
//! the item's own bytes as written, and the closing tags. Each small document is what the
//! format's reader reads; only one item's bytes are held at a time.
//!
//! The envelope's elements that come between or after items (an Atom feed's metadata after its
//! entries) join the envelope of the items that follow them; the items before them do not see
//! them, as they would in a whole read. A document that is not of the shape (another root, a
//! WordPress export whose posts name attachments elsewhere in the file, UTF-16) is given whole.

use std::io::Read;

use super::Chunk;
use super::markup::{Tag, next_tag};
use super::recorder::Recorder;
use crate::error::Position;
use crate::formats::Limits;
use crate::{Error, Format};

/// Where a format's items are.
#[derive(Debug, Clone, Copy)]
pub(crate) struct XmlShape {
    /// The root's local name.
    pub root: &'static str,
    /// The local name of the root's child that holds the items, when they are not the root's
    /// own children (G2's `itemSet`, RSS's `channel`).
    pub container: Option<&'static str>,
    /// The items' local names.
    pub items: &'static [&'static str],
    /// Text in the envelope that says the items depend on each other (a WordPress export's
    /// namespace): such a document is given whole.
    pub whole_if: Option<&'static str>,
    /// Items read only when the document holds no other (G2's package that only lists the
    /// message's items): given the item's bytes.
    pub aside: Option<fn(&[u8]) -> bool>,
}

/// The splitter: [`XmlItems::next_chunk`] gives the next item's document.
pub(crate) struct XmlItems<R> {
    input: Recorder<R>,
    /// The offset of the input's next byte.
    at: u64,
    shape: XmlShape,
    format: Format,
    limits: Limits,
    /// The open elements above the items (root, container): their qualified names as
    /// written, and whether each is the shape's.
    open: Vec<(Vec<u8>, bool)>,
    /// How many elements are open.
    depth: usize,
    /// The envelope before the items, once the first item is found.
    head: Option<Vec<u8>>,
    /// The closing tags of the root and container.
    tail: Vec<u8>,
    /// The item being read: where it starts, whether it is over the size limit.
    item: Option<(u64, bool)>,
    /// The item's qualified name: its end tag ends it at whatever depth, so that an item whose
    /// own tags do not match fails alone instead of taking the items after it.
    item_name: Vec<u8>,
    /// The name of the tag just read (a buffer reused from tag to tag).
    name: Vec<u8>,
    /// An envelope element between items being read: where it starts.
    extra: Option<u64>,
    /// The document is read whole, not cut.
    whole: bool,
    done: bool,
}

impl<R: Read> XmlItems<R> {
    pub(crate) fn new(input: R, shape: XmlShape, format: Format, limits: Limits) -> Self {
        let mut recorder = Recorder::new(input);
        // UTF-16 (a BOM, or NUL bytes among the first) is not cut: its tags are not ASCII bytes.
        let whole = recorder
            .peek()
            .map(|head| {
                let head = head.get(..4).unwrap_or(head);
                head.starts_with(&[0xFE, 0xFF])
                    || head.starts_with(&[0xFF, 0xFE])
                    || head.contains(&0)
            })
            .unwrap_or(false);
        XmlItems {
            input: recorder,
            at: 0,
            shape,
            format,
            limits,
            open: Vec::new(),
            depth: 0,
            head: None,
            tail: Vec::new(),
            item: None,
            item_name: Vec::new(),
            name: Vec::new(),
            extra: None,
            whole,
            done: false,
        }
    }

    /// The depth of the items' parent: the root, or the container below it.
    fn item_depth(&self) -> usize {
        if self.shape.container.is_some() { 2 } else { 1 }
    }

    /// The next item's document, the whole document when it is not cut, or `None` at the end.
    pub(crate) fn next_chunk(&mut self) -> Option<Result<Chunk, Error>> {
        if self.done {
            return None;
        }
        if self.whole {
            return Some(self.rest_whole());
        }
        loop {
            let tag = match next_tag(&mut self.input, &mut self.at, &mut self.name) {
                Ok(tag) => tag,
                Err(e) => {
                    // Before the first item, the reader says what is wrong, as a whole read
                    // would; within the items, the stream ends here.
                    if self.head.is_none() {
                        return Some(self.rest_whole());
                    }
                    self.done = true;
                    return Some(Err(self.syntax(self.at, e.to_string())));
                }
            };
            let Some((tag, before, after)) = tag else {
                self.done = true;
                // No item was found: the document is read whole, as it is.
                if self.head.is_none() {
                    return Some(self.rest_whole());
                }
                return (self.depth > 0).then(|| {
                    Err(self.syntax(self.at, "the input ends before the document does".into()))
                });
            };
            match tag {
                Tag::Start => {
                    let name = std::mem::take(&mut self.name);
                    let local = local_name(&name);
                    if self.opens_item(local) {
                        self.item_name.clone_from(&name);
                        if let Some(chunk) = self.item_starts(before) {
                            return Some(chunk);
                        }
                    } else if self.at_item_level() && self.head.is_some() && self.item.is_none() {
                        self.extra = Some(before);
                    }
                    self.enter(local, &name);
                    self.name = name;
                    if self.whole {
                        return Some(self.rest_whole());
                    }
                }
                Tag::Empty => {
                    let name = std::mem::take(&mut self.name);
                    let local = local_name(&name);
                    let opens_item = self.opens_item(local);
                    self.name = name;
                    if opens_item {
                        if let Some(chunk) = self.item_starts(before) {
                            return Some(chunk);
                        }
                        if let Some(chunk) = self.item_ends(after) {
                            return Some(chunk);
                        }
                    } else if self.at_item_level() && self.item.is_none() {
                        self.envelope_element(before, after);
                    }
                }
                Tag::End => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.item.is_some() && self.name == self.item_name {
                        self.depth = self.item_depth();
                    }
                    if self.depth < self.item_depth() {
                        self.open.pop();
                    }
                    if self.depth == self.item_depth() {
                        if self.item.is_some() {
                            if let Some(chunk) = self.item_ends(after) {
                                return Some(chunk);
                            }
                        } else if let Some(start) = self.extra.take() {
                            self.envelope_element(start, after);
                        }
                    }
                }
            }
            self.forget_consumed(after);
            if self.head.is_none() && self.input.len() > self.limits.input_bytes {
                // No item yet, and more than a whole read takes: refused as one would be.
                self.done = true;
                return Some(Err(super::too_large(self.format, &self.limits, 0)));
            }
        }
    }

    /// Whether an element named `local` that starts here is an item.
    fn opens_item(&self, local: &[u8]) -> bool {
        self.at_item_level()
            && self.item.is_none()
            && self.shape.items.iter().any(|i| i.as_bytes() == local)
    }

    /// Whether the next element would be a child of the container (of the root when the
    /// shape has no container).
    fn at_item_level(&self) -> bool {
        self.depth == self.item_depth()
            && self.open.len() == self.depth
            && self.open.iter().all(|(_, expected)| *expected)
    }

    /// An element starts: the root and container are noted, and whether they are the shape's.
    fn enter(&mut self, local: &[u8], name: &[u8]) {
        let expected = match self.depth {
            0 => Some(self.shape.root),
            1 => self.shape.container,
            _ => None,
        };
        if self.depth < self.item_depth() {
            let is_expected = expected.is_some_and(|e| e.as_bytes() == local);
            if self.depth == 0 && !is_expected {
                // Another root: not a document of this shape.
                self.whole = true;
            }
            self.open.push((name.to_vec(), is_expected));
        }
        self.depth += 1;
    }

    /// An item starts at `start`: the first one fixes the envelope (or finds that the document
    /// is read whole, which returns it).
    fn item_starts(&mut self, start: u64) -> Option<Result<Chunk, Error>> {
        if self.head.is_none() {
            let head = self.input.slice(0, start).to_vec();
            if self
                .shape
                .whole_if
                .is_some_and(|mark| memchr::memmem::find(&head, mark.as_bytes()).is_some())
            {
                self.whole = true;
                return Some(self.rest_whole());
            }
            self.tail = self
                .open
                .iter()
                .rev()
                .flat_map(|(name, _)| [b"</".as_slice(), name, b">"].concat())
                .collect();
            self.head = Some(head);
        }
        self.item = Some((start, false));
        None
    }

    /// The item that started ends at `end`: its document.
    fn item_ends(&mut self, end: u64) -> Option<Result<Chunk, Error>> {
        let (start, over) = self.item.take()?;
        let recorder = &mut self.input;
        recorder.recording = true;
        let chunk = if over {
            Err(super::too_large(self.format, &self.limits, start))
        } else {
            let head = self.head.as_deref().unwrap_or_default();
            let item = recorder.slice(start, end);
            let mut document = Vec::with_capacity(head.len() + item.len() + self.tail.len());
            document.extend_from_slice(head);
            document.extend_from_slice(item);
            document.extend_from_slice(&self.tail);
            Ok(Chunk {
                aside: self.shape.aside.is_some_and(|aside| aside(item)),
                document,
                offset: start,
                whole: false,
            })
        };
        recorder.restart(end);
        Some(chunk)
    }

    /// An envelope element between items (`start..end`) joins the envelope of the items after.
    fn envelope_element(&mut self, start: u64, end: u64) {
        let element = self.input.slice(start, end).to_vec();
        if let Some(head) = &mut self.head {
            head.extend_from_slice(&element);
        }
    }

    /// Drops the bytes no chunk will need; an item over the size limit stops being recorded.
    fn forget_consumed(&mut self, at: u64) {
        let limit = self.limits.input_bytes;
        let recorder = &mut self.input;
        match (&mut self.item, self.extra, &self.head) {
            (Some((_, over)), _, _) if !*over && recorder.len() > limit => {
                *over = true;
                recorder.recording = false;
                recorder.restart(at);
            }
            (None, None, Some(_)) => recorder.drop_to(at),
            _ => {}
        }
    }

    /// The rest of the input after what was recorded, as one document.
    fn rest_whole(&mut self) -> Result<Chunk, Error> {
        self.done = true;
        super::whole_rest(&mut self.input, self.format, &self.limits)
    }

    fn syntax(&self, at: u64, message: String) -> Error {
        Error::Syntax {
            format: self.format,
            position: Position::Byte(usize::try_from(at).unwrap_or(usize::MAX)),
            message,
        }
    }
}

/// The part of a qualified name after its prefix.
fn local_name(name: &[u8]) -> &[u8] {
    match memchr::memchr(b':', name) {
        Some(colon) => name.get(colon + 1..).unwrap_or_default(),
        None => name,
    }
}
