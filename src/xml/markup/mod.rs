//! Body markup both ways: body blocks to XHTML, NITF or HTML5 elements, and XHTML, HTML or
//! NITF elements back to body blocks.

mod form;
mod html_form;
mod read;
mod write;

pub(crate) use form::{in_form, xhtml_form, xhtml_form_of};
pub(crate) use html_form::html_form;
pub(crate) use read::{ENCLOSURE_CLASS, read_body};
pub(crate) use write::{media_class, write_body, write_html_body, write_nitf_body};

/// The XHTML namespace, declared on the element that holds a body (G2 `html`, Atom `div`).
pub(crate) const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// The NITF namespace the 3.6 XSD (and G2's combined schema) accept.
pub(crate) const NITF_NS: &str = "http://iptc.org/std/NITF/2006-10-18/";

/// The `class` that marks a NITF `em` as strong emphasis (NITF has no `strong`).
pub(crate) const STRONG_CLASS: &str = "strong";

/// The `class` of the XHTML `div` that holds a figure (XHTML 1.0 has no `figure`).
pub(crate) const FIGURE_CLASS: &str = "figure";

/// The `class` of the `p` in a figure that holds its caption.
pub(crate) const CAPTION_CLASS: &str = "caption";

/// The `class` of the element in a figure that holds its credit.
pub(crate) const CREDIT_CLASS: &str = "credit";

/// The element vocabulary a body is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vocabulary {
    /// XHTML 1.0 Strict.
    Xhtml,
    /// NITF 3.6 `body.content`.
    Nitf,
    /// HTML5 (the `html` writer's page): XHTML's elements, with `figure` and `figcaption`,
    /// in an [`XmlWriter::html`](crate::xml::XmlWriter::html) document.
    Html,
}
