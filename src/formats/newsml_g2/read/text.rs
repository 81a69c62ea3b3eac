//! Text as the reader gives it back: XML indentation is not content, so element text is
//! collapsed to one line, or to paragraphs for the elements that hold prose (descriptions,
//! editorial notes, rights statements).
//!
//! Whitespace means XML's four characters only (space, tab, line feed, carriage return), as in
//! [`canonical_body`](crate::model::canonical_body): a no-break space is content.

use crate::xml::Element;

pub(super) use super::super::values::{collapse, paragraphs};

/// An element's text on one line.
pub(super) fn line_of(element: &Element<'_>) -> Option<String> {
    collapse(&element.text())
}

/// An attribute's value, trimmed, when it is not blank.
pub(super) fn attr(element: &Element<'_>, name: &str) -> Option<String> {
    element.attr_nonblank(name).map(str::to_string)
}

/// The first token of an attribute holding a QCode list (`@role` may hold several).
pub(super) fn first_token(element: &Element<'_>, name: &str) -> Option<String> {
    element
        .attr_nonblank(name)
        .and_then(|v| v.split([' ', '\t', '\n', '\r']).find(|t| !t.is_empty()))
        .map(str::to_string)
}

/// The first child named `name` whose text is not blank, on one line.
pub(super) fn first_line(parent: &Element<'_>, name: &str) -> Option<String> {
    parent.elements_named(name).find_map(line_of)
}
