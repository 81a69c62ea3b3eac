//! RSS 2.0 and WordPress WXR exports (not read yet: the module is wired into the registry, its reader comes next).

use crate::{Article, Error, Format};

/// Whether this version reads the format.
pub(crate) const CAN_READ: bool = false;

/// Reads every article in the input.
pub fn read(_input: &[u8]) -> Result<Vec<Article>, Error> {
    Err(Error::ReadUnsupported(Format::Rss))
}
