//! Cuts a JSON array of articles into one single-element array per article, as it reads: the
//! bytes of each element as written, found by counting brackets outside strings. Any other
//! JSON (an object, a collection, UTF-16) is given whole.

use std::io::{BufRead, Read};

use super::Chunk;
use super::recorder::Recorder;
use crate::error::Position;
use crate::formats::Limits;
use crate::{Error, Format};

/// The splitter: [`JsonItems::next_chunk`] gives the next element's document.
pub(crate) struct JsonItems<R> {
    input: Recorder<R>,
    format: Format,
    limits: Limits,
    /// The offset of the next byte to look at.
    at: u64,
    state: State,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Nothing read yet.
    Start,
    /// Within the array, before an element (the first, or one after a comma).
    InArray {
        /// Whether an element was read already, so that a comma comes first.
        after_element: bool,
    },
    /// Past the array's end, or given whole.
    Done,
}

impl<R: Read> JsonItems<R> {
    pub(crate) fn new(input: R, format: Format, limits: Limits) -> Self {
        JsonItems {
            input: Recorder::new(input),
            format,
            limits,
            at: 0,
            state: State::Start,
        }
    }

    /// The next element's document, the whole document when it is not an array, or `None` at
    /// the end.
    pub(crate) fn next_chunk(&mut self) -> Option<Result<Chunk, Error>> {
        match self.state {
            State::Done => None,
            State::Start => {
                self.state = State::Done;
                let opens_array = match self.skip_space(true) {
                    Ok(byte) => byte == Some(b'['),
                    Err(e) => return Some(Err(e)),
                };
                if !opens_array {
                    return Some(self.rest_whole());
                }
                self.take(1);
                match self.skip_space(false) {
                    Ok(Some(b']')) | Ok(None) => Some(self.rest_whole()),
                    Ok(Some(_)) => {
                        self.state = State::InArray {
                            after_element: false,
                        };
                        self.input.restart(self.at);
                        self.element(false)
                    }
                    Err(e) => Some(Err(e)),
                }
            }
            State::InArray { after_element } => self.element(after_element),
        }
    }

    /// The next element, after the separator before it when an element came before.
    fn element(&mut self, after_element: bool) -> Option<Result<Chunk, Error>> {
        match self.skip_space(false) {
            Ok(Some(b',')) if after_element => {
                self.take(1);
                match self.skip_space(false) {
                    Ok(Some(_)) => {}
                    Ok(None) => return Some(Err(self.syntax("the array is not closed"))),
                    Err(e) => return Some(Err(e)),
                }
            }
            Ok(Some(b']')) => {
                self.state = State::Done;
                self.take(1);
                return match self.skip_space(false) {
                    Ok(None) => None,
                    Ok(Some(_)) => Some(Err(self.syntax("trailing characters after the array"))),
                    Err(e) => Some(Err(e)),
                };
            }
            Ok(Some(_)) if !after_element => {}
            Ok(Some(_)) => {
                self.state = State::Done;
                return Some(Err(
                    self.syntax("expected , or ] after an element of the array")
                ));
            }
            Ok(None) => {
                self.state = State::Done;
                return Some(Err(self.syntax("the array is not closed")));
            }
            Err(e) => return Some(Err(e)),
        }
        self.input.restart(self.at);
        let start = self.at;
        match self.scan_value() {
            Ok(()) => {}
            Err(e) => {
                self.state = State::Done;
                return Some(Err(e));
            }
        }
        let over = self.input.len() > self.limits.input_bytes;
        let chunk = if over || !self.input.recording {
            Err(super::too_large(self.format, &self.limits, start))
        } else {
            let element = self.input.recorded();
            let mut document = Vec::with_capacity(element.len() + 2);
            document.push(b'[');
            document.extend_from_slice(element);
            document.push(b']');
            Ok(Chunk {
                document,
                offset: start,
                whole: false,
                aside: false,
            })
        };
        self.input.recording = true;
        self.input.restart(self.at);
        self.state = State::InArray {
            after_element: true,
        };
        Some(chunk)
    }

    /// Reads one value (its bytes are recorded): an object, array or string up to its end, a
    /// number or literal up to the space, `,` or `]` after it, which is not taken.
    fn scan_value(&mut self) -> Result<(), Error> {
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        loop {
            let buffered = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) => return Err(self.syntax(&e.to_string())),
            };
            if buffered.is_empty() {
                return Err(self.syntax("the array is not closed"));
            }
            let mut used = 0;
            let mut end = false;
            for &byte in buffered {
                if in_string {
                    used += 1;
                    if escaped {
                        escaped = false;
                    } else if byte == b'\\' {
                        escaped = true;
                    } else if byte == b'"' {
                        in_string = false;
                        end = depth == 0;
                    }
                } else {
                    let closes = matches!(byte, b'}' | b']') && depth > 0;
                    if !closes
                        && depth == 0
                        && (matches!(byte, b',' | b']') || byte.is_ascii_whitespace())
                    {
                        end = true;
                        break;
                    }
                    used += 1;
                    match byte {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' if closes => {
                            depth -= 1;
                            end = depth == 0;
                        }
                        _ => {}
                    }
                }
                if end {
                    break;
                }
            }
            self.take(used);
            // An element over the size limit is read on without being kept.
            if self.input.len() > self.limits.input_bytes {
                self.input.recording = false;
                self.input.restart(self.at);
            }
            if end {
                return Ok(());
            }
        }
    }

    /// Skips whitespace (and, at the start, a UTF-8 BOM); the next byte, not taken.
    fn skip_space(&mut self, start: bool) -> Result<Option<u8>, Error> {
        if start
            && let Ok(head) = self.input.peek()
            && (head.starts_with(&[0xFE, 0xFF]) || head.starts_with(&[0xFF, 0xFE]))
        {
            // UTF-16: not cut.
            return Ok(None);
        }
        if start
            && self
                .input
                .peek()
                .is_ok_and(|h| h.starts_with(&[0xEF, 0xBB, 0xBF]))
        {
            self.take(3);
        }
        loop {
            let buffered = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) => return Err(self.syntax(&e.to_string())),
            };
            let Some(&first) = buffered.first() else {
                return Ok(None);
            };
            let space = buffered
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
            if space == 0 {
                return Ok(Some(first));
            }
            self.take(space);
        }
    }

    fn take(&mut self, count: usize) {
        self.input.consume(count);
        self.at += count as u64;
    }

    /// Everything recorded and the rest of the input, as one document.
    fn rest_whole(&mut self) -> Result<Chunk, Error> {
        self.state = State::Done;
        super::whole_rest(&mut self.input, self.format, &self.limits)
    }

    fn syntax(&self, message: &str) -> Error {
        Error::Syntax {
            format: self.format,
            position: Position::Byte(usize::try_from(self.at).unwrap_or(usize::MAX)),
            message: message.to_string(),
        }
    }
}
