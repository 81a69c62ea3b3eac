//! Body blocks from markup: XHTML (G2 `inlineXML`, Atom `content type="xhtml"`), HTML parsed by
//! [`crate::html`], and NITF `body.content` share one vocabulary walk.
//!
//! The walk is an allowlist: structural elements become blocks (a `table` a table of rows and
//! cells, with its caption, parts and spans), `em`/`strong`/`a`/`br` become
//! marks, other inline elements keep only their text, and scripts, styles, embedded objects and
//! forms are dropped with their content. No attribute survives except a link's `href` and
//! `title`, and only for safe URL schemes; so whatever a feed sends, the model holds no script.

use crate::iri::is_safe_link;
use crate::limits::{Limit, budget};
use crate::model::{Block, Inline, MAX_SPAN, RowPart, TableCell, TableRow, into_canonical_body};
use crate::xml::{Element, Node, STRONG_CLASS};

/// The blocks in `nodes`, in canonical form (see [`canonical_body`](crate::model::canonical_body)).
/// Inline content outside a block element becomes a paragraph.
///
/// The walk reads the blocks as written and the canonical form is taken once, at the end:
/// taking it at every quote or list as well would read a paragraph again for each level around
/// it (paragraphs × depth).
pub(crate) fn read_body<'n, 'a: 'n>(nodes: impl IntoIterator<Item = &'n Node<'a>>) -> Vec<Block> {
    into_canonical_body(blocks_as_written(nodes))
}

/// The blocks in `nodes` as written: not yet in canonical form.
fn blocks_as_written<'n, 'a: 'n>(nodes: impl IntoIterator<Item = &'n Node<'a>>) -> Vec<Block> {
    let mut walk = Walk::default();
    walk.flow(nodes);
    walk.flush();
    walk.blocks
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
    fn flow<'n, 'a: 'n>(&mut self, nodes: impl IntoIterator<Item = &'n Node<'a>>) {
        for node in nodes {
            let element = match node {
                Node::Text(text) => {
                    push_text(&mut self.pending, text);
                    continue;
                }
                Node::Element(element) => element,
            };
            match role(element) {
                Role::Dropped => {}
                Role::Container => self.flow(&element.children),
                Role::Inline => inline(element, &mut self.pending),
                Role::LineBreak => push_inline(&mut self.pending, || Inline::LineBreak),
                Role::Paragraph => self.block(|| Block::Paragraph {
                    content: content(element),
                }),
                Role::Heading(level) => self.block(|| Block::Heading {
                    level,
                    content: content(element),
                }),
                Role::Quote => self.block(|| Block::Blockquote {
                    blocks: blocks_as_written(&element.children),
                }),
                Role::List { ordered } => self.block(|| Block::List {
                    ordered,
                    items: element
                        .elements_named("li")
                        .map(|item| blocks_as_written(&item.children))
                        .collect(),
                }),
                Role::Preformatted => self.block(|| Block::Preformatted {
                    text: element.text(),
                }),
                Role::Table => self.block(|| table(element)),
            }
        }
    }

    /// A block after the inline content before it, when the read may still spend one
    /// ([`Limits::blocks`](crate::limits::Limits::blocks)); it is made only then.
    fn block(&mut self, make: impl FnOnce() -> Block) {
        self.flush();
        if budget::spend(Limit::Blocks, 1) {
            self.blocks.push(make());
        }
    }

    /// Inline content seen so far becomes a paragraph.
    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let content = std::mem::take(&mut self.pending);
            if budget::spend(Limit::Blocks, 1) {
                self.blocks.push(Block::Paragraph { content });
            }
        }
    }
}

/// The inline content of an element, in a list as long as its children (one inline each, mostly).
fn content(element: &Element<'_>) -> Vec<Inline> {
    let mut out = Vec::with_capacity(element.children.len());
    inlines(&element.children, &mut out);
    out
}

/// The inline content of `nodes`, pushed to `out`.
fn inlines(nodes: &[Node<'_>], out: &mut Vec<Inline>) {
    for node in nodes {
        match node {
            Node::Text(text) => push_text(out, text),
            Node::Element(element) => inline(element, out),
        }
    }
}

/// Pushes an inline to `out` when the read may still spend one
/// ([`Limits::inlines`](crate::limits::Limits::inlines)); it is made only then.
fn push_inline(out: &mut Vec<Inline>, make: impl FnOnce() -> Inline) {
    if budget::spend(Limit::Inlines, 1) {
        out.push(make());
    }
}

/// Pushes text to `out`, joined to the text before it (text runs apart in the markup, around an
/// element that keeps only its text, are one run in the canonical form).
fn push_text(out: &mut Vec<Inline>, text: &str) {
    match out.last_mut() {
        Some(Inline::Text(previous)) => previous.push_str(text),
        _ => push_inline(out, || Inline::Text(text.to_string())),
    }
}

/// One element in inline context, pushed to `out`: a mark, a break, nothing (dropped), or its
/// content (pushed to the same `out`, so that content inside many wrappers is moved once).
fn inline(element: &Element<'_>, out: &mut Vec<Inline>) {
    match element.name.as_ref() {
        "em" if element.attr("class") == Some(STRONG_CLASS) => {
            push_inline(out, || Inline::Strong(content(element)));
        }
        "em" | "i" | "cite" | "dfn" | "var" => {
            push_inline(out, || Inline::Emphasis(content(element)));
        }
        "strong" | "b" => push_inline(out, || Inline::Strong(content(element))),
        "a" => match element
            .attr_nonblank("href")
            .filter(|href| is_safe_link(href))
        {
            Some(href) => push_inline(out, || Inline::Link {
                href: href.to_string(),
                title: element.attr_nonblank("title").map(str::to_string),
                content: content(element),
            }),
            None => inlines(&element.children, out),
        },
        _ => match role(element) {
            Role::Dropped => {}
            Role::LineBreak => push_inline(out, || Inline::LineBreak),
            _ => inlines(&element.children, out),
        },
    }
}

/// A table: its caption and its rows, each in the part it stands in (rows outside `thead`,
/// `tbody` and `tfoot` are body rows); cells keep their inline content and spans.
fn table(element: &Element<'_>) -> Block {
    let mut caption = Vec::new();
    let mut rows = Vec::new();
    for child in element.elements() {
        match child.name.as_ref() {
            "caption" => inlines(&child.children, &mut caption),
            "thead" => rows.extend(child.elements_named("tr").map(|tr| row(tr, RowPart::Head))),
            "tbody" => rows.extend(child.elements_named("tr").map(|tr| row(tr, RowPart::Body))),
            "tfoot" => rows.extend(child.elements_named("tr").map(|tr| row(tr, RowPart::Foot))),
            "tr" => rows.push(row(child, RowPart::Body)),
            _ => {}
        }
    }
    Block::Table { caption, rows }
}

fn row(tr: &Element<'_>, part: RowPart) -> TableRow {
    let cells = tr
        .elements()
        .filter(|cell| cell.is("td") || cell.is("th"))
        .map(|cell| TableCell {
            header: cell.is("th"),
            colspan: span(cell.attr("colspan")),
            rowspan: span(cell.attr("rowspan")),
            content: content(cell),
        })
        .collect();
    TableRow { part, cells }
}

/// A `colspan` or `rowspan`: 1 when absent or unreadable, at most [`MAX_SPAN`].
fn span(value: Option<&str>) -> u16 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map_or(1, |span| {
            u16::try_from(span.clamp(1, u32::from(MAX_SPAN))).unwrap_or(MAX_SPAN)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::parse;

    fn body(markup: &str) -> Vec<Block> {
        let doc = parse(markup).unwrap();
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
                Block::Table {
                    caption: vec![],
                    rows: vec![
                        TableRow::new(vec![TableCell::heading("A"), TableCell::heading("B")]),
                        TableRow::new(vec![TableCell::text("1"), TableCell::text("2")]),
                    ]
                },
            ]
        );
    }
}
