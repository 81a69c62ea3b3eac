//! Body markup both ways: body blocks to XHTML elements, and XHTML, HTML or NITF elements back
//! to body blocks.

mod read;
mod write;

pub(crate) use read::read_body;
pub(crate) use write::{write_body, xhtml_form};
