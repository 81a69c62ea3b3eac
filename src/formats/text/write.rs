//! Plain-text wire copy out (not written yet: wired into the registry, the writer comes next).

use crate::{Article, Error, Format};

/// Whether this version writes plain text.
pub(crate) const CAN_WRITE: bool = false;

/// Writes the articles as wire copy.
pub fn write(_articles: &[Article]) -> Result<Vec<u8>, Error> {
    Err(Error::WriteUnsupported(Format::Text))
}

/// What an article becomes after a write and a read as plain text (see
/// [`fidelity::project`](crate::formats::fidelity::project)).
pub fn project(article: &Article) -> Article {
    article.clone()
}
