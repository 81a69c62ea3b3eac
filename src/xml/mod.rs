//! XML machinery shared by the XML formats: an element tree for reading, a small indenting writer
//! with strict escaping, and body blocks as XHTML or NITF markup.

mod markup;
mod text;
mod tree;
mod writer;

pub(crate) use markup::{
    ENCLOSURE_CLASS, NITF_NS, STRONG_CLASS, XHTML_NS, html_form, in_form, media_class, read_body,
    write_body, write_html_body, write_nitf_body, xhtml_form, xhtml_form_of,
};
pub(crate) use text::{collapse, paragraphs};
pub(crate) use tree::{Element, MAX_DEPTH, Node, Open, parse, parse_with};
pub(crate) use writer::{Section, XmlWriter, one_line};
