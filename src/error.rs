//! Typed errors that name the format, the position and what was expected.

use std::fmt;

use crate::format::Format;
use crate::limits::Limit;

/// Why newswire could not read or write something.
///
/// Errors from reading name the format and, where there is one, the position in the input.
/// The command-line tool adds the file name.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed in its format.
    #[error("{format}: {message} at {position}")]
    Syntax {
        /// The format being read.
        format: Format,
        /// Where the problem is.
        position: Position,
        /// What was found and what was expected.
        message: String,
    },
    /// The input is well-formed but holds no article this format reader understands.
    #[error("{format}: {message}")]
    Invalid {
        /// The format being read.
        format: Format,
        /// What is missing or wrong.
        message: String,
    },
    /// newswire knows this format but cannot read it yet.
    #[error("reading {0} is not supported yet (newswire formats lists what is)")]
    ReadUnsupported(Format),
    /// newswire cannot write this format.
    #[error("writing {0} is not supported (newswire formats lists what is)")]
    WriteUnsupported(Format),
    /// Content sniffing and the file extension both failed to identify the format.
    #[error("cannot tell the format of the input ({0}); name it with --from")]
    UnknownFormat(String),
    /// No format has this name.
    #[error("unknown format name {0:?} (newswire formats lists the names)")]
    UnknownFormatName(String),
    /// No character encoding has this name.
    #[error(
        "unknown encoding {0:?} (a name of the WHATWG Encoding Standard: utf-8, windows-1252, latin1, koi8-r, iso-8859-2, shift_jis, gb18030, utf-16le, ...)"
    )]
    UnknownEncoding(String),
    /// A text that is no date-time newswire reads ([`Timestamp`](crate::model::Timestamp)'s
    /// `FromStr`).
    #[error("not a date-time: {0:?} (RFC 3339 such as 2026-11-29T10:15:00Z, RFC 822, or a date)")]
    UnknownTime(String),
    /// There is nothing to write.
    #[error("{0}: no articles to write")]
    NoArticles(Format),
    /// The input goes over one of the reading [`Limits`](crate::limits::Limits) (its size, its
    /// nesting, its number of articles, ...); nothing is read from it.
    #[error("{format}: the input exceeds the limit on the {limit} ({max}){}", at(.position))]
    LimitExceeded {
        /// The format being read.
        format: Format,
        /// Which limit.
        limit: Limit,
        /// The limit's maximum, which the input goes over.
        max: usize,
        /// Where the input goes over it, when that is known.
        position: Option<Position>,
    },
    /// One item of a multi-article input read as a stream
    /// ([`read_iter`](crate::formats::read_iter)) could not be read; the items after it are.
    #[error("article {index} (the item at byte {offset}): {source}")]
    InArticle {
        /// The item's number in the input, from 1.
        index: usize,
        /// Where the item starts in the input, in bytes.
        offset: u64,
        /// Why it could not be read (positions in it are within the item's own document).
        source: Box<Error>,
    },
}

/// ` at <position>`, or nothing.
fn at(position: &Option<Position>) -> String {
    position.map_or_else(String::new, |p| format!(" at {p}"))
}

impl Error {
    /// Where in the input the problem is, when the error is about a place.
    pub fn position(&self) -> Option<Position> {
        match self {
            Error::Syntax { position, .. } => Some(*position),
            Error::LimitExceeded { position, .. } => *position,
            Error::InArticle { offset, .. } => Some(Position::Byte(
                usize::try_from(*offset).unwrap_or(usize::MAX),
            )),
            _ => None,
        }
    }

    /// The format concerned, when there is one.
    pub fn format(&self) -> Option<Format> {
        match self {
            Error::Syntax { format, .. }
            | Error::Invalid { format, .. }
            | Error::NoArticles(format)
            | Error::ReadUnsupported(format)
            | Error::WriteUnsupported(format)
            | Error::LimitExceeded { format, .. } => Some(*format),
            Error::InArticle { source, .. } => source.format(),
            Error::UnknownFormat(_)
            | Error::UnknownFormatName(_)
            | Error::UnknownEncoding(_)
            | Error::UnknownTime(_) => None,
        }
    }
}

/// What the parsing machinery (XML, JSON, HTML) finds wrong with an input. It knows no format:
/// the format's reader names it ([`InputError::of`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum InputError {
    /// Not well-formed: where, and what was found and expected.
    Syntax {
        /// Where the problem is.
        position: Position,
        /// What was found and what was expected.
        message: String,
    },
    /// Well-formed as far as it goes, but no document (nothing but whitespace, no root).
    Invalid(String),
    /// Over one of the reading limits.
    Limit {
        /// Which limit.
        limit: Limit,
        /// Its maximum.
        max: usize,
        /// Where the input goes over it, when that is known.
        position: Option<Position>,
    },
}

impl InputError {
    /// The error of reading `format`.
    pub(crate) fn of(self, format: Format) -> Error {
        match self {
            InputError::Syntax { position, message } => Error::Syntax {
                format,
                position,
                message,
            },
            InputError::Invalid(message) => Error::Invalid { format, message },
            InputError::Limit {
                limit,
                max,
                position,
            } => Error::LimitExceeded {
                format,
                limit,
                max,
                position,
            },
        }
    }
}

/// A place in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// A line and column, both counted from 1 (columns in characters).
    LineColumn {
        /// Line number, from 1.
        line: usize,
        /// Column number, from 1.
        column: usize,
    },
    /// A byte offset from the start of the input, counted from 0.
    Byte(usize),
}

impl Position {
    /// The line and column of a byte offset in `text` (clamped to the text's length).
    pub fn in_text(text: &str, offset: usize) -> Position {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = text.get(..end).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before.get(line_start..).unwrap_or("").chars().count() + 1;
        Position::LineColumn { line, column }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::LineColumn { line, column } => write!(f, "line {line}, column {column}"),
            Position::Byte(offset) => write!(f, "byte {offset}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_in_text_counts_lines_and_characters() {
        let text = "ab\nçd\nef";
        assert_eq!(
            Position::in_text(text, 6),
            Position::LineColumn { line: 2, column: 3 }
        );
        assert_eq!(
            Position::in_text(text, 0),
            Position::LineColumn { line: 1, column: 1 }
        );
        assert_eq!(Position::in_text(text, 99).to_string(), "line 3, column 3");
    }
}
