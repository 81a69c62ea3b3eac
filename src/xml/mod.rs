//! XML machinery shared by the XML formats: a small indenting writer with strict escaping, and
//! the XHTML rendering of body blocks.

mod writer;
mod xhtml;

pub(crate) use writer::{XmlWriter, one_line};
pub(crate) use xhtml::write_body;

/// The XHTML namespace, declared on the element that holds a body (G2 `html`, Atom `div`).
pub(crate) const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
