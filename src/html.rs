//! HTML bodies (Atom `type="html"`, and the RSS and ninjs readers to come): parsed as a browser
//! would with html5ever (through scraper), then turned into the element tree the XHTML walk
//! reads, so that one allowlist decides what reaches the model.

use std::borrow::Cow;

use scraper::{ElementRef, Html, Node as HtmlNode};

use crate::model::Block;
use crate::xml::{Element, MAX_DEPTH, Node, read_body};

/// The body blocks of an HTML fragment, in canonical form; scripts, styles, event handlers and
/// unsafe links never survive (see [`read_body`]).
pub(crate) fn html_body(html: &str) -> Vec<Block> {
    let fragment = Html::parse_fragment(html);
    let root = fragment.root_element();
    let tree = convert(root, 0);
    read_body(&tree.children)
}

/// The scraper element as our tree; below [`MAX_DEPTH`] only the text is kept.
fn convert(element: ElementRef<'_>, depth: usize) -> Element<'static> {
    let value = element.value();
    let mut out = Element::new(value.name());
    for name in ["href", "title"] {
        if let Some(attribute) = value.attr(name) {
            out.attributes.push((name.into(), attribute.to_string()));
        }
    }
    if depth >= MAX_DEPTH {
        let text: String = element.text().collect();
        out.children.push(Node::Text(Cow::Owned(text)));
        return out;
    }
    for child in element.children() {
        match child.value() {
            HtmlNode::Text(text) => out.children.push(Node::Text(Cow::Owned(text.to_string()))),
            HtmlNode::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    out.children.push(Node::Element(convert(child, depth + 1)));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    #[test]
    fn tag_soup_is_read_as_a_browser_would() {
        let blocks = html_body("<p>One &amp; <b>two<p>three</b> &nbsp;four<ul><li>x<li>y</ul>");
        assert_eq!(
            blocks,
            [
                Block::Paragraph {
                    content: vec![
                        Inline::text("One & "),
                        Inline::Strong(vec![Inline::text("two")])
                    ]
                },
                Block::Paragraph {
                    content: vec![
                        Inline::Strong(vec![Inline::text("three")]),
                        Inline::text(" \u{a0}four")
                    ]
                },
                Block::List {
                    ordered: false,
                    items: vec![vec![Block::paragraph("x")], vec![Block::paragraph("y")]]
                },
            ]
        );
    }

    #[test]
    fn hostile_markup_leaves_only_text() {
        let blocks = html_body(
            "<p>Hi<script>alert(1)</script><img src=x onerror=alert(2)>\
             <a href=' javascript:alert(3)'>x</a><svg><script>alert(4)</script></svg></p>\
             <style>*{}</style><iframe src=//evil.example></iframe>",
        );
        assert_eq!(blocks, [Block::paragraph("Hix")]);
    }

    #[test]
    fn deep_nesting_keeps_the_text() {
        let html = format!("{}deep{}", "<div>".repeat(2000), "</div>".repeat(2000));
        assert_eq!(html_body(&html), [Block::paragraph("deep")]);
    }
}
