//! newswire's errors as Python exceptions: `newswire.NewswireError` (a `ValueError`), with the
//! format, the position and the input's name as attributes, so that a caller can point at the
//! bad spot of a file.

use newswire::{Error, Position};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

pyo3::create_exception!(
    _newswire,
    NewswireError,
    PyValueError,
    "An input newswire cannot read or a write it cannot make: `kind` (`syntax`, `invalid`, \
     `limit`, `unsupported`, `unknown_format`, `unknown_name`, `no_articles`, `in_article`), \
     `format` (the format's name, or None), `line` and `column` (from 1) or `offset` (a byte, \
     from 0) when the error has a position, and `name`, the input's name when one was given."
);

/// `error` as a `NewswireError`, its message prefixed with the input's `name` when there is one.
pub fn to_py(py: Python<'_>, error: &Error, name: Option<&str>) -> PyErr {
    let message = match name {
        Some(name) => format!("{name}: {error}"),
        None => error.to_string(),
    };
    let exception = NewswireError::new_err(message);
    let value = exception.value(py);
    let (line, column, offset) = match error.position() {
        Some(Position::LineColumn { line, column }) => (Some(line), Some(column), None),
        Some(Position::Byte(offset)) => (None, None, Some(offset)),
        _ => (None, None, None),
    };
    // Setting attributes on a fresh exception object cannot fail but for lack of memory, when
    // the exception is still the right one to raise.
    let _ = value.setattr("kind", kind(error));
    let _ = value.setattr("format", error.format().map(|f| f.name()));
    let _ = value.setattr("line", line);
    let _ = value.setattr("column", column);
    let _ = value.setattr("offset", offset);
    let _ = value.setattr("name", name);
    exception
}

/// The error's kind, as the exception's `kind` says it.
fn kind(error: &Error) -> &'static str {
    match error {
        Error::Syntax { .. } => "syntax",
        Error::Invalid { .. } => "invalid",
        Error::LimitExceeded { .. } => "limit",
        Error::ReadUnsupported(_) | Error::WriteUnsupported(_) => "unsupported",
        Error::UnknownFormat(_) => "unknown_format",
        Error::UnknownFormatName(_) | Error::UnknownEncoding(_) | Error::UnknownTime(_) => {
            "unknown_name"
        }
        Error::NoArticles(_) => "no_articles",
        Error::InArticle { .. } => "in_article",
        _ => "other",
    }
}
