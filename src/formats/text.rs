//! TODO
use crate::{Article, Error, Format};

/// Reads plain text.
pub fn read(_input: &[u8]) -> Result<Vec<Article>, Error> {
    Err(Error::ReadUnsupported(Format::Text))
}
