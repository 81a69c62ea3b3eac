//! Body blocks as XHTML 1.0 Strict elements, for NewsML-G2 `inlineXML` and Atom
//! `content type="xhtml"`.

use crate::model::{Block, Inline};
use crate::xml::XmlWriter;

/// Writes `blocks` as XHTML elements (`p`, `h1`-`h6`, `blockquote`, `ul`/`ol`, `pre`, with `em`,
/// `strong`, `a` and `br` inside) at the writer's current depth, unprefixed: the caller declares
/// the XHTML namespace on the enclosing element.
///
/// The output is valid XHTML 1.0 Strict whatever the model holds: empty lists are left out
/// (`ul` needs an `li`), heading levels are clamped to 1-6, and a link inside a link keeps only
/// its text (`a` cannot nest).
pub(crate) fn write_body(w: &mut XmlWriter, blocks: &[Block]) {
    for block in blocks {
        write_block(w, block);
    }
}

fn write_block(w: &mut XmlWriter, block: &Block) {
    match block {
        Block::Paragraph { content } => mixed(w, "p", content),
        Block::Heading { level, content } => {
            let name = match level {
                0 | 1 => "h1",
                2 => "h2",
                3 => "h3",
                4 => "h4",
                5 => "h5",
                _ => "h6",
            };
            mixed(w, name, content);
        }
        Block::Blockquote { blocks } => {
            w.open("blockquote", &[]);
            write_body(w, blocks);
            w.close("blockquote");
        }
        Block::List { ordered, items } => {
            if items.is_empty() {
                return;
            }
            let name = if *ordered { "ol" } else { "ul" };
            w.open(name, &[]);
            for item in items {
                w.open("li", &[]);
                write_body(w, item);
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
fn mixed(w: &mut XmlWriter, name: &str, content: &[Inline]) {
    w.newline();
    w.start_tag(name, &[]);
    write_inlines(w, content, false);
    w.end_tag(name);
}

fn write_inlines(w: &mut XmlWriter, inlines: &[Inline], inside_link: bool) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => w.text(text),
            Inline::Emphasis(content) => marked(w, "em", content, inside_link),
            Inline::Strong(content) => marked(w, "strong", content, inside_link),
            Inline::Link {
                href,
                title,
                content,
            } => {
                if inside_link {
                    write_inlines(w, content, true);
                    continue;
                }
                let mut attrs = vec![("href", href.as_str())];
                if let Some(title) = title {
                    attrs.push(("title", title.as_str()));
                }
                w.start_tag("a", &attrs);
                write_inlines(w, content, true);
                w.end_tag("a");
            }
            Inline::LineBreak => w.empty_tag("br", &[]),
        }
    }
}

fn marked(w: &mut XmlWriter, name: &str, content: &[Inline], inside_link: bool) {
    w.start_tag(name, &[]);
    write_inlines(w, content, inside_link);
    w.end_tag(name);
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
