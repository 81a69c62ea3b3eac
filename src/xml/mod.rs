//! XML machinery shared by the XML formats: an element tree for reading, a small indenting writer
//! with strict escaping, and the XHTML rendering of body blocks.

mod nitf;
mod tree;
mod writer;
mod xhtml;

#[allow(unused_imports)] // the XML readers use them
pub(crate) use nitf::{NITF_NS, STRONG_CLASS, write_nitf_body};
pub(crate) use tree::{Document, Element, MAX_DEPTH, Node, parse};
pub(crate) use writer::{XmlWriter, one_line};
pub(crate) use xhtml::{read_body, write_body, xhtml_form};

/// The XHTML namespace, declared on the element that holds a body (G2 `html`, Atom `div`).
pub(crate) const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
