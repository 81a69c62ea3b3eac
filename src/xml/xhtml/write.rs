//! Body blocks as XHTML 1.0 Strict elements, for NewsML-G2 `inlineXML` and Atom
//! `content type="xhtml"`.

use crate::iri::is_safe_link;
use crate::model::{Block, Inline, canonical_body};
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

/// The blocks as [`write_body`] renders them and [`read_body`](super::read_body) reads them
/// back: heading levels clamped to 1-6, lists without items left out, a link inside a link and a
/// link a reader would not keep (blank or unsafe `href`) reduced to their content, `href` and
/// `title` trimmed (a blank title left out), the characters XML cannot carry dropped, then the
/// [canonical form](canonical_body).
///
/// Writers render this form, so that writing what was read gives the same bytes again; the
/// projections of the XHTML formats use it to say what a body becomes.
pub(crate) fn xhtml_form(blocks: &[Block]) -> Vec<Block> {
    canonical_body(&blocks.iter().filter_map(block_form).collect::<Vec<_>>())
}

fn block_form(block: &Block) -> Option<Block> {
    Some(match block {
        Block::Paragraph { content } => Block::Paragraph {
            content: inlines_form(content, false),
        },
        Block::Heading { level, content } => Block::Heading {
            level: (*level).clamp(1, 6),
            content: inlines_form(content, false),
        },
        Block::Blockquote { blocks } => Block::Blockquote {
            blocks: blocks.iter().filter_map(block_form).collect(),
        },
        Block::List { ordered, items } => {
            if items.is_empty() {
                return None;
            }
            Block::List {
                ordered: *ordered,
                items: items
                    .iter()
                    .map(|item| item.iter().filter_map(block_form).collect())
                    .collect(),
            }
        }
        Block::Preformatted { text } => Block::Preformatted {
            text: xml_chars(text),
        },
    })
}

fn inlines_form(inlines: &[Inline], inside_link: bool) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push(Inline::Text(xml_chars(text))),
            Inline::Emphasis(content) => {
                out.push(Inline::Emphasis(inlines_form(content, inside_link)));
            }
            Inline::Strong(content) => out.push(Inline::Strong(inlines_form(content, inside_link))),
            Inline::Link {
                href,
                title,
                content,
            } => {
                // Written as `a` unless inside a link; a reader keeps only a safe, non-blank href.
                let href = xml_chars(href);
                let href = href.trim();
                if inside_link || href.is_empty() || !is_safe_link(href) {
                    out.extend(inlines_form(content, true));
                    continue;
                }
                let title = title
                    .as_deref()
                    .map(|t| xml_chars(t).trim().to_string())
                    .filter(|t| !t.is_empty());
                out.push(Inline::Link {
                    href: href.to_string(),
                    title,
                    content: inlines_form(content, true),
                });
            }
            Inline::LineBreak => out.push(Inline::LineBreak),
        }
    }
    out
}

/// The text without the characters [`XmlWriter`] drops (C0 controls other than tab, line feed
/// and carriage return; U+FFFE, U+FFFF).
fn xml_chars(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !matches!(c, '\u{fffe}' | '\u{ffff}') && (c >= ' ' || matches!(c, '\t' | '\n' | '\r'))
        })
        .collect()
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
