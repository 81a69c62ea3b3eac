//! Reads the format into articles (not written yet).

use crate::{Article, Error, Format};

/// Reads every article in the document.
pub fn read(_input: &[u8]) -> Result<Vec<Article>, Error> {
    Err(Error::ReadUnsupported(Format::NewsmlG2))
}

/// What an article becomes after a write and a read in this format (see
/// [`fidelity::project`](crate::formats::fidelity::project)).
pub fn project(article: &Article) -> Article {
    article.clone()
}
