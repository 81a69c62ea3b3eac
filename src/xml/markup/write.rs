//! Body blocks as markup elements: XHTML 1.0 Strict (NewsML-G2 `inlineXML`, Atom
//! `content type="xhtml"`) or NITF 3.6 `body.content` (NewsML-G2 news messages, as AP sends them).
//!
//! The two vocabularies differ in three places, so one writer serves both: XHTML has `h1`-`h6`
//! where NITF has one `hl2` (its `class` keeps the level: `hl2 class="h3"`), `strong` where NITF
//! has only `em` (`em class="strong"`), and `blockquote` where NITF has `bq` around a `block`.
//! The shared body walk ([`read_body`](super::read_body)) reads both back.

use super::{STRONG_CLASS, Vocabulary};
use crate::model::{Block, Inline};
use crate::xml::XmlWriter;

/// Writes `blocks` as XHTML elements (`p`, `h1`-`h6`, `blockquote`, `ul`/`ol`, `pre`, with `em`,
/// `strong`, `a` and `br` inside) at the writer's current depth, unprefixed: the caller declares
/// the XHTML namespace on the enclosing element.
///
/// The output is valid XHTML 1.0 Strict whatever the model holds: empty lists are left out
/// (`ul` needs an `li`), heading levels are clamped to 1-6, and a link inside a link keeps only
/// its text (`a` cannot nest). Callers pass the blocks in [`xhtml_form`](super::xhtml_form) so
/// that a reader gets them back whole.
pub(crate) fn write_body(w: &mut XmlWriter, blocks: &[Block]) {
    write_blocks(w, blocks, Vocabulary::Xhtml);
}

/// Writes `blocks` as NITF `body.content` children at the writer's depth (see [`write_body`]).
pub(crate) fn write_nitf_body(w: &mut XmlWriter, blocks: &[Block]) {
    write_blocks(w, blocks, Vocabulary::Nitf);
}

fn write_blocks(w: &mut XmlWriter, blocks: &[Block], vocabulary: Vocabulary) {
    for block in blocks {
        write_block(w, block, vocabulary);
    }
}

fn write_block(w: &mut XmlWriter, block: &Block, vocabulary: Vocabulary) {
    match block {
        Block::Paragraph { content } => mixed(w, "p", &[], content, vocabulary),
        Block::Heading { level, content } => {
            let level = (*level).clamp(1, 6);
            let class = format!("h{level}");
            match vocabulary {
                Vocabulary::Xhtml => mixed(w, &class, &[], content, vocabulary),
                Vocabulary::Nitf if level == 2 => mixed(w, "hl2", &[], content, vocabulary),
                Vocabulary::Nitf => mixed(w, "hl2", &[("class", &class)], content, vocabulary),
            }
        }
        Block::Blockquote { blocks } => match vocabulary {
            Vocabulary::Xhtml => {
                w.open("blockquote", &[]);
                write_blocks(w, blocks, vocabulary);
                w.close("blockquote");
            }
            Vocabulary::Nitf => {
                w.open("bq", &[]);
                w.open("block", &[]);
                write_blocks(w, blocks, vocabulary);
                w.close("block");
                w.close("bq");
            }
        },
        Block::List { ordered, items } => {
            if items.is_empty() {
                return;
            }
            let name = if *ordered { "ol" } else { "ul" };
            w.open(name, &[]);
            for item in items {
                w.open("li", &[]);
                write_blocks(w, item, vocabulary);
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

/// An element with inline content on one line.
fn mixed(
    w: &mut XmlWriter,
    name: &str,
    attrs: &[(&str, &str)],
    content: &[Inline],
    vocabulary: Vocabulary,
) {
    w.newline();
    w.start_tag(name, attrs);
    write_inlines(w, content, false, vocabulary);
    w.end_tag(name);
}

fn write_inlines(w: &mut XmlWriter, inlines: &[Inline], inside_link: bool, vocabulary: Vocabulary) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => w.text(text),
            Inline::Emphasis(content) => marked(w, "em", &[], content, inside_link, vocabulary),
            Inline::Strong(content) => match vocabulary {
                Vocabulary::Xhtml => marked(w, "strong", &[], content, inside_link, vocabulary),
                Vocabulary::Nitf => {
                    let attrs = [("class", STRONG_CLASS)];
                    marked(w, "em", &attrs, content, inside_link, vocabulary);
                }
            },
            Inline::Link {
                href,
                title,
                content,
            } => {
                if inside_link {
                    write_inlines(w, content, true, vocabulary);
                    continue;
                }
                let mut attrs = vec![("href", href.as_str())];
                if let Some(title) = title {
                    attrs.push(("title", title.as_str()));
                }
                marked(w, "a", &attrs, content, true, vocabulary);
            }
            Inline::LineBreak => w.empty_tag("br", &[]),
        }
    }
}

fn marked(
    w: &mut XmlWriter,
    name: &str,
    attrs: &[(&str, &str)],
    content: &[Inline],
    inside_link: bool,
    vocabulary: Vocabulary,
) {
    w.start_tag(name, attrs);
    write_inlines(w, content, inside_link, vocabulary);
    w.end_tag(name);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::{NITF_NS, parse, read_body, xhtml_form};

    #[test]
    fn blocks_and_marks_become_xhtml() {
        let blocks = vec![
            Block::heading(2, "Sub"),
            Block::Paragraph {
                content: vec![
                    Inline::text("a "),
                    Inline::Link {
                        href: "https://x.example/?a=1&b=2".into(),
                        title: None,
                        content: vec![
                            Inline::Strong(vec![Inline::text("b")]),
                            Inline::Link {
                                href: "https://y.example/".into(),
                                title: None,
                                content: vec![Inline::text("c")],
                            },
                        ],
                    },
                    Inline::LineBreak,
                ],
            },
            Block::List {
                ordered: true,
                items: vec![],
            },
            Block::Blockquote {
                blocks: vec![Block::paragraph("q")],
            },
        ];
        let mut w = XmlWriter::new();
        write_body(&mut w, &blocks);
        let out = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<h2>Sub</h2>\n<p>a <a href=\"https://x.example/?a=1&amp;b=2\"><strong>b</strong>c</a><br/></p>\n<blockquote>\n  <p>q</p>\n</blockquote>\n"
        );
    }

    #[test]
    fn nitf_bodies_read_back_whole() {
        let written = [
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
        ];
        let blocks = xhtml_form(&written);
        let mut w = XmlWriter::new();
        w.open("body.content", &[("xmlns", NITF_NS)]);
        write_nitf_body(&mut w, &blocks);
        w.close("body.content");
        let xml = String::from_utf8(w.finish()).unwrap();
        assert!(xml.contains("<hl2>Sub</hl2>"), "{xml}");
        assert!(xml.contains("<hl2 class=\"h4\">Minor</hl2>"), "{xml}");
        assert!(xml.contains("<em class=\"strong\">b</em>"), "{xml}");
        let doc = parse(&xml).unwrap();
        assert_eq!(read_body(&doc.root.children), *blocks);
    }
}
