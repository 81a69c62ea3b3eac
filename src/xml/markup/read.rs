//! Body blocks from markup: XHTML (G2 `inlineXML`, Atom `content type="xhtml"`), HTML parsed by
//! [`crate::html`], and NITF `body.content` share one vocabulary walk.
//!
//! The walk is an allowlist: structural elements become blocks, `em`/`strong`/`a`/`br` become
//! marks, other inline elements keep only their text, and scripts, styles, embedded objects and
//! forms are dropped with their content. No attribute survives except a link's `href` and
//! `title`, and only for safe URL schemes; so whatever a feed sends, the model holds no script.

use crate::iri::is_safe_link;
use crate::model::{Block, Inline, canonical_body};
use crate::xml::{Element, Node, STRONG_CLASS};

/// The blocks in `nodes`, in canonical form (see [`canonical_body`]). Inline content outside a
/// block element becomes a paragraph.
pub(crate) fn read_body(nodes: &[Node<'_>]) -> Vec<Block> {
    let mut walk = Walk::default();
    walk.flow(nodes);
    walk.flush();
    canonical_body(&walk.blocks)
}

/// What an element is to the walk.
enum Role {
    /// Dropped with everything inside.
    Dropped,
    /// Its children are read as if they stood in its place.
    Container,
    Paragraph,
    Heading(u8),
    Quote,
    List {
        ordered: bool,
    },
    Preformatted,
    Table,
    LineBreak,
    /// Anything else: inline content.
    Inline,
}

fn role(element: &Element<'_>) -> Role {
    match element.name.as_ref() {
        "head" | "title" | "script" | "style" | "noscript" | "template" | "iframe" | "frame"
        | "frameset" | "object" | "embed" | "applet" | "param" | "svg" | "math" | "img"
        | "video" | "audio" | "source" | "track" | "picture" | "canvas" | "map" | "form"
        | "input" | "button" | "select" | "option" | "textarea" | "link" | "meta" | "base"
        | "media" | "nav" => Role::Dropped,
        "html" | "body" | "div" | "section" | "article" | "main" | "header" | "footer"
        | "aside" | "figure" | "figcaption" | "center" | "dl" | "address" | "details"
        | "summary" | "body.content" | "block" | "nitf-table" | "fieldset" => Role::Container,
        "p" | "dt" | "dd" | "caption" | "note" | "credit" | "tagline" => Role::Paragraph,
        "h1" | "hl1" => Role::Heading(1),
        "hl2" => Role::Heading(nitf_heading_level(element)),
        "h2" => Role::Heading(2),
        "h3" => Role::Heading(3),
        "h4" => Role::Heading(4),
        "h5" => Role::Heading(5),
        "h6" => Role::Heading(6),
        "blockquote" | "bq" => Role::Quote,
        "ul" | "dir" | "menu" => Role::List { ordered: false },
        "ol" => Role::List { ordered: true },
        "pre" | "listing" | "xmp" | "plaintext" => Role::Preformatted,
        "table" => Role::Table,
        "br" => Role::LineBreak,
        _ => Role::Inline,
    }
}

/// NITF's one sub-heading element: level 2, unless its `class` says `h1`-`h6` (how newswire
/// writes other levels).
fn nitf_heading_level(element: &Element<'_>) -> u8 {
    match element.attr("class").map(str::trim) {
        Some("h1") => 1,
        Some("h3") => 3,
        Some("h4") => 4,
        Some("h5") => 5,
        Some("h6") => 6,
        _ => 2,
    }
}

#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    /// Inline content seen outside a block element, waiting to become a paragraph.
    pending: Vec<Inline>,
}

impl Walk {
    fn flow(&mut self, nodes: &[Node<'_>]) {
        for node in nodes {
            let element = match node {
                Node::Text(text) => {
                    self.pending.push(Inline::Text(text.to_string()));
                    continue;
                }
                Node::Element(element) => element,
            };
            match role(element) {
                Role::Dropped => {}
                Role::Container => self.flow(&element.children),
                Role::Inline => self.pending.extend(inline(element)),
                Role::LineBreak => self.pending.push(Inline::LineBreak),
                Role::Paragraph => self.block(Block::Paragraph {
                    content: inlines(&element.children),
                }),
                Role::Heading(level) => self.block(Block::Heading {
                    level,
                    content: inlines(&element.children),
                }),
                Role::Quote => self.block(Block::Blockquote {
                    blocks: read_body(&element.children),
                }),
                Role::List { ordered } => self.block(Block::List {
                    ordered,
                    items: element
                        .elements_named("li")
                        .map(|item| read_body(&item.children))
                        .collect(),
                }),
                Role::Preformatted => self.block(Block::Preformatted {
                    text: element.text(),
                }),
                Role::Table => self.block(Block::Preformatted {
                    text: table_text(element),
                }),
            }
        }
    }

    fn block(&mut self, block: Block) {
        self.flush();
        self.blocks.push(block);
    }

    /// Inline content seen so far becomes a paragraph.
    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let content = std::mem::take(&mut self.pending);
            self.blocks.push(Block::Paragraph { content });
        }
    }
}

fn inlines(nodes: &[Node<'_>]) -> Vec<Inline> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Text(text) => out.push(Inline::Text(text.to_string())),
            Node::Element(element) => out.extend(inline(element)),
        }
    }
    out
}

/// One element in inline context: a mark, a break, nothing (dropped), or its content.
fn inline(element: &Element<'_>) -> Vec<Inline> {
    let content = || inlines(&element.children);
    match element.name.as_ref() {
        "em" if element.attr("class") == Some(STRONG_CLASS) => vec![Inline::Strong(content())],
        "em" | "i" | "cite" | "dfn" | "var" => vec![Inline::Emphasis(content())],
        "strong" | "b" => vec![Inline::Strong(content())],
        "a" => match element
            .attr_nonblank("href")
            .filter(|href| is_safe_link(href))
        {
            Some(href) => vec![Inline::Link {
                href: href.to_string(),
                title: element.attr_nonblank("title").map(str::to_string),
                content: content(),
            }],
            None => content(),
        },
        _ => match role(element) {
            Role::Dropped => Vec::new(),
            Role::LineBreak => vec![Inline::LineBreak],
            _ => content(),
        },
    }
}

/// A table as text: one line per row, cells separated by a tab.
fn table_text(table: &Element<'_>) -> String {
    let mut rows = Vec::new();
    collect_rows(table, &mut rows);
    rows.join("\n")
}

fn collect_rows(element: &Element<'_>, rows: &mut Vec<String>) {
    for child in element.elements() {
        match child.name.as_ref() {
            "tr" => {
                let cells: Vec<String> = child
                    .elements()
                    .filter(|cell| cell.is("td") || cell.is("th"))
                    .map(|cell| cell.text_line().unwrap_or_default())
                    .collect();
                rows.push(cells.join("\t"));
            }
            "thead" | "tbody" | "tfoot" => collect_rows(child, rows),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;
    use crate::xml::parse;

    fn body(markup: &str) -> Vec<Block> {
        let doc = parse(markup, Format::Atom).unwrap();
        read_body(&doc.root.children)
    }

    #[test]
    fn xhtml_blocks_and_marks() {
        let blocks = body(
            "<div xmlns='http://www.w3.org/1999/xhtml'>\n  <h2>Sub</h2>\n  <p>A <em>b</em> \
             <a href='https://x.example/' title='t'><strong>c</strong></a><br/>d</p>\n  \
             <ul><li>one</li><li><p>two</p></li></ul>\n  <blockquote><p>q</p></blockquote>\n  \
             <pre>  a\n b</pre>\n</div>",
        );
        assert_eq!(
            blocks,
            [
                Block::heading(2, "Sub"),
                Block::Paragraph {
                    content: vec![
                        Inline::text("A "),
                        Inline::Emphasis(vec![Inline::text("b")]),
                        Inline::text(" "),
                        Inline::Link {
                            href: "https://x.example/".into(),
                            title: Some("t".into()),
                            content: vec![Inline::Strong(vec![Inline::text("c")])],
                        },
                        Inline::LineBreak,
                        Inline::text("d"),
                    ]
                },
                Block::List {
                    ordered: false,
                    items: vec![vec![Block::paragraph("one")], vec![Block::paragraph("two")]],
                },
                Block::Blockquote {
                    blocks: vec![Block::paragraph("q")]
                },
                Block::Preformatted {
                    text: "  a\n b".into()
                },
            ]
        );
    }

    #[test]
    fn scripts_handlers_and_unsafe_links_never_reach_the_model() {
        let blocks = body(
            "<div><script>alert(1)</script><p onclick='x()'>Hi <a href='javascript:alert(1)'>there</a>\
             <style>p{}</style><img src='x' onerror='y()'/><iframe src='https://evil.example/'>f</iframe></p></div>",
        );
        assert_eq!(blocks, [Block::paragraph("Hi there")]);
    }

    #[test]
    fn loose_inline_content_becomes_paragraphs_around_blocks() {
        let blocks = body("<div>lead text <b>bold</b><p>para</p>tail</div>");
        assert_eq!(
            blocks,
            [
                Block::Paragraph {
                    content: vec![
                        Inline::text("lead text "),
                        Inline::Strong(vec![Inline::text("bold")])
                    ]
                },
                Block::paragraph("para"),
                Block::paragraph("tail"),
            ]
        );
    }

    #[test]
    fn nitf_vocabulary() {
        let blocks = body(
            "<body.content><hl2>Sub</hl2><p>Text <person>Ann</person>.</p><bq><block><p>Q</p></block></bq>\
             <table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td> 2 </td></tr></table></body.content>",
        );
        assert_eq!(
            blocks,
            [
                Block::heading(2, "Sub"),
                Block::paragraph("Text Ann."),
                Block::Blockquote {
                    blocks: vec![Block::paragraph("Q")]
                },
                Block::Preformatted {
                    text: "A\tB\n1\t2".into()
                },
            ]
        );
    }
}
