//! Body blocks as NITF 3.6 `body.content` children, for NewsML-G2 items that carry NITF (as AP's
//! news messages do) and the NITF writer to come.
//!
//! NITF has one sub-heading element and one emphasis element, so two `class` values keep what
//! XHTML says with element names, and the shared body walk reads them back: `hl2 class="h3"` is
//! a level-3 heading, `em class="strong"` strong emphasis.

use crate::model::{Block, Inline};
use crate::xml::XmlWriter;

/// The NITF namespace the 3.6 XSD (and G2's combined schema) accept.
pub(crate) const NITF_NS: &str = "http://iptc.org/std/NITF/2006-10-18/";

/// The `class` that marks an `em` as strong emphasis.
pub(crate) const STRONG_CLASS: &str = "strong";

/// Writes `blocks` as `body.content` children at the writer's depth. The blocks should be in
/// [`xhtml_form`](super::xhtml_form) (what every body writer renders), so that reading gives
/// them back.
pub(crate) fn write_nitf_body(w: &mut XmlWriter, blocks: &[Block]) {
    for block in blocks {
        match block {
            Block::Paragraph { content } => mixed(w, "p", &[], content),
            Block::Heading { level, content } => {
                let class = format!("h{}", (*level).clamp(1, 6));
                let attrs: &[(&str, &str)] = if *level == 2 {
                    &[]
                } else {
                    &[("class", &class)]
                };
                mixed(w, "hl2", attrs, content);
            }
            Block::Blockquote { blocks } => {
                w.open("bq", &[]);
                w.open("block", &[]);
                write_nitf_body(w, blocks);
                w.close("block");
                w.close("bq");
            }
            Block::List { ordered, items } => {
                if items.is_empty() {
                    continue;
                }
                let name = if *ordered { "ol" } else { "ul" };
                w.open(name, &[]);
                for item in items {
                    w.open("li", &[]);
                    write_nitf_body(w, item);
                    w.close("li");
                }
                w.close(name);
            }
            Block::Preformatted { text } => {
                w.newline();
                w.start_tag("pre", &[]);
                w.text(text);
                w.end_tag("pre");
            }
        }
    }
}

fn mixed(w: &mut XmlWriter, name: &str, attrs: &[(&str, &str)], content: &[Inline]) {
    w.newline();
    w.start_tag(name, attrs);
    write_inlines(w, content);
    w.end_tag(name);
}

fn write_inlines(w: &mut XmlWriter, inlines: &[Inline]) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => w.text(text),
            Inline::Emphasis(content) => {
                w.start_tag("em", &[]);
                write_inlines(w, content);
                w.end_tag("em");
            }
            Inline::Strong(content) => {
                w.start_tag("em", &[("class", STRONG_CLASS)]);
                write_inlines(w, content);
                w.end_tag("em");
            }
            Inline::Link {
                href,
                title,
                content,
            } => {
                let mut attrs = vec![("href", href.as_str())];
                if let Some(title) = title {
                    attrs.push(("title", title.as_str()));
                }
                w.start_tag("a", &attrs);
                write_inlines(w, content);
                w.end_tag("a");
            }
            Inline::LineBreak => w.empty_tag("br", &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;
    use crate::xml::{parse, read_body, xhtml_form};

    #[test]
    fn nitf_bodies_read_back_whole() {
        let blocks = xhtml_form(&[
            Block::heading(2, "Sub"),
            Block::heading(4, "Minor"),
            Block::Paragraph {
                content: vec![
                    Inline::text("a "),
                    Inline::Strong(vec![Inline::text("b")]),
                    Inline::text(" "),
                    Inline::Emphasis(vec![Inline::text("c")]),
                    Inline::LineBreak,
                    Inline::Link {
                        href: "https://x.example/?a=1&b=2".into(),
                        title: Some("t".into()),
                        content: vec![Inline::text("d")],
                    },
                ],
            },
            Block::Blockquote {
                blocks: vec![Block::paragraph("q")],
            },
            Block::List {
                ordered: true,
                items: vec![vec![Block::paragraph("one")], vec![]],
            },
            Block::Preformatted {
                text: "a  b\n c".into(),
            },
        ]);
        let mut w = XmlWriter::new();
        w.open("body.content", &[("xmlns", NITF_NS)]);
        write_nitf_body(&mut w, &blocks);
        w.close("body.content");
        let xml = String::from_utf8(w.finish()).unwrap();
        assert!(xml.contains("<hl2>Sub</hl2>"), "{xml}");
        assert!(xml.contains("<hl2 class=\"h4\">Minor</hl2>"), "{xml}");
        assert!(xml.contains("<em class=\"strong\">b</em>"), "{xml}");
        let doc = parse(&xml, Format::NewsmlG2).unwrap();
        assert_eq!(read_body(&doc.root.children), blocks);
    }
}
