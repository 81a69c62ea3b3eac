//! ninjs 1.x, 2.x and 3.x (not read yet: the module is wired into the registry, its reader comes next).

use crate::{Article, Error, Format};

/// Whether this version reads the format.
pub(crate) const CAN_READ: bool = false;

/// Whether this version writes the format.
pub(crate) const CAN_WRITE: bool = false;

/// Reads every article in the input.
pub fn read(_input: &[u8]) -> Result<Vec<Article>, Error> {
    Err(Error::ReadUnsupported(Format::Ninjs))
}

/// Writes the articles.
pub fn write(_articles: &[Article]) -> Result<Vec<u8>, Error> {
    Err(Error::WriteUnsupported(Format::Ninjs))
}

/// What an article becomes after a write and a read in this format (see
/// [`fidelity::project`](crate::formats::fidelity::project)).
pub fn project(article: &Article) -> Article {
    article.clone()
}
