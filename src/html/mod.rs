//! HTML bodies (Atom `type="html"`, RSS, ninjs `body_html`, HTML renditions): parsed as a
//! browser would with html5ever, into a tree of our own ([`tree`]), then turned into the element tree the XHTML
//! walk reads, so that one allowlist decides what reaches the model. Fragments that are already
//! well-formed in a small vocabulary, which HTML parses exactly as written, skip html5ever
//! ([`simple`]).

mod simple;
mod tree;

use std::borrow::Cow;

use crate::model::Block;
use crate::xml::read_body;

/// Block-level HTML elements (WordPress never wraps them in a paragraph; a body that starts
/// with one is HTML).
pub(crate) const BLOCK_ELEMENTS: [&str; 42] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "col",
    "colgroup",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "ul",
];

/// The body blocks of an HTML fragment, in canonical form; scripts, styles, event handlers and
/// unsafe links never survive (see [`read_body`]).
pub(crate) fn html_body(html: &str) -> Vec<Block> {
    match simple::nodes(html) {
        Some(nodes) => read_body(&nodes),
        None => parsed_body(html),
    }
}

/// The fragment's blocks through the fast path, when it takes the fragment, and through
/// html5ever: what the tests and the `html` fuzz target hold equal.
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn both_ways(html: &str) -> (Option<Vec<Block>>, Vec<Block>) {
    let fast = simple::nodes(html).map(|nodes| read_body(&nodes));
    (fast, parsed_body(html))
}

/// [`html_body`] through html5ever, whatever the fragment.
fn parsed_body(html: &str) -> Vec<Block> {
    let Some(fragment) = tree::parse_fragment(&shallow(html, PARSED_DEPTH)) else {
        return Vec::new();
    };
    fragment
        .root()
        .map(|root| read_body(&root.children))
        .unwrap_or_default()
}

/// The attributes the body walk reads ([`read_body`]): a link's, a picture's, the classes that
/// mark a figure, its caption and credit, and a table cell's spans. Both parsers keep these and
/// no others.
const READ_ATTRIBUTES: [&str; 10] = [
    "href", "title", "src", "alt", "class", "type", "width", "height", "colspan", "rowspan",
];

/// How deep tags may nest, as written, in HTML the full parser reads; deeper tags are taken out,
/// their text kept ([`shallow`]). html5ever looks through the stack of open elements for each
/// paragraph, so its work is paragraphs × depth; bodies keep 16 levels of quotes, lists and
/// marks ([`MAX_NESTING`](crate::model::MAX_NESTING)), so deeper tags change nothing a body
/// keeps, except that an element dropped with its content (a script) that deep leaves its text.
const PARSED_DEPTH: usize = 64;

/// Elements that never hold others in a stack of open elements: void elements, and those the
/// next sibling closes (`<p>a<p>b`, `<li>`, table rows and cells).
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
];

/// `html` with the tags that open and close elements nested deeper than `max` taken out, their
/// text kept.
///
/// html5ever checks the whole stack of open elements for each tag, so thousands of nested
/// `<div>`s take seconds and more; no story nests that deep. Nesting is counted from the tags
/// as written (elements in [`FLAT`] do not count), which is what a hostile input controls.
fn shallow(html: &str, max: usize) -> Cow<'_, str> {
    if html.bytes().filter(|&b| b == b'<').count() <= max {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let (text, tag) = rest.split_at(open);
        out.push_str(text);
        let Some((name, closing, len)) = tag_at(tag) else {
            out.push('<');
            rest = tag.get(1..).unwrap_or("");
            continue;
        };
        let (written, after) = tag.split_at(len);
        let nests =
            !FLAT.iter().any(|flat| flat.eq_ignore_ascii_case(name)) && !written.ends_with("/>");
        let kept = if !nests {
            true
        } else if closing {
            let kept = depth <= max;
            depth = depth.saturating_sub(1);
            kept
        } else {
            depth += 1;
            depth <= max
        };
        if kept {
            out.push_str(written);
        }
        rest = after;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The tag at the start of `text` (`<name ...>` or `</name>`): its name, whether it closes, and
/// its length up to `>` (quoted attribute values may hold `>`); `None` when `text` starts no
/// tag (`<!--`, `< 3`) or the tag is not finished.
fn tag_at(text: &str) -> Option<(&str, bool, usize)> {
    let after = text.strip_prefix('<')?;
    let (closing, after) = match after.strip_prefix('/') {
        Some(after) => (true, after),
        None => (false, after),
    };
    if !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = after
        .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .unwrap_or(after.len());
    let name = after.get(..name_len)?;
    let mut quote = None;
    for (i, c) in after.char_indices().skip(name_len) {
        match (quote, c) {
            (None, '>') => return Some((name, closing, text.len() - after.len() + i + 1)),
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    #[test]
    fn nesting_deeper_than_the_maximum_loses_its_tags_not_its_text() {
        let deep = format!(
            "{}deep{}",
            "<div><i>".repeat(5_000),
            "</i></div>".repeat(5_000)
        );
        let shallow = shallow(&deep, 8);
        assert_eq!(
            shallow,
            format!("{}deep{}", "<div><i>".repeat(4), "</i></div>".repeat(4))
        );
        let blocks = html_body(&deep);
        let text: Vec<String> = blocks.iter().map(Block::plain_text).collect();
        assert_eq!(text, ["deep"]);
    }

    #[test]
    fn flat_elements_and_short_fragments_are_left_alone() {
        let sloppy = "<p>a<p>b<br><li>c<img src='x>y'> 1 < 2 <!-- c -->".repeat(100);
        assert_eq!(shallow(&sloppy, 8), sloppy);
        let short = "<b><b><b>x";
        assert!(matches!(shallow(short, 8), Cow::Borrowed(_)));
    }

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
    fn hostile_markup_leaves_only_text_and_the_picture() {
        let blocks = html_body(
            "<p>Hi<script>alert(1)</script><img src=x onerror=alert(2)>\
             <a href=' javascript:alert(3)'>x</a><svg><script>alert(4)</script></svg></p>\
             <style>*{}</style><iframe src=//evil.example></iframe>\
             <img src='javascript:alert(5)' alt='no'>",
        );
        assert_eq!(
            blocks,
            [
                Block::paragraph("Hix"),
                Block::Figure(Box::new(crate::model::Figure::new("x")))
            ],
            "the picture without its handler; no picture at a script address"
        );
    }

    /// html5ever drops a U+FEFF at the start of every piece it is fed (its byte-order-mark
    /// option): a fragment fed in pieces keeps it where a piece starts. (Found by the WXR round
    /// trips.)
    #[test]
    fn a_zero_width_no_break_space_where_a_piece_starts_is_kept() {
        let text = format!("{}\u{feff}b", "a".repeat(1019));
        let blocks = html_body(&format!("<pre>{text}</pre>"));
        assert_eq!(blocks, [Block::Preformatted { text }]);
    }

    #[test]
    fn deep_nesting_keeps_the_text() {
        let html = format!("{}deep{}", "<div>".repeat(2000), "</div>".repeat(2000));
        assert_eq!(html_body(&html), [Block::paragraph("deep")]);
    }
}
