//! TODO
use crate::{Article, Error, Format};

/// Writes the articles.
pub fn write(_articles: &[Article]) -> Result<Vec<u8>, Error> {
    Err(Error::WriteUnsupported(Format::Json))
}
