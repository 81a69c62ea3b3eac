//! The fast path for the HTML most feeds send: fragments already well-formed, in a small
//! vocabulary whose HTML parse is exactly the nesting as written (no implied end tags, no
//! adoption agency, no foster parenting, no character reference that HTML reads otherwise
//! than XML). Such a fragment becomes the element tree the walk reads in one pass, without
//! html5ever; anything else gives `None` and takes the full parser.
//!
//! The tests hold the two paths to the same blocks on generated fragments, valid and not.

use std::borrow::Cow;

use crate::limits::{Limit, budget};
use crate::xml::{Element, Node, Open as OpenElement};

/// Deeper nesting takes the full parser, which caps it.
const MAX_NESTING: usize = 32;

/// More attributes on one tag take the full parser (checking each name against those before it
/// must stay cheap).
const MAX_ATTRIBUTES: usize = 16;

/// What an element may hold, which decides where it may stand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `div`, `blockquote`, `li`, and the fragment itself: blocks and inline content.
    Flow,
    /// `p`, `h1`-`h6`: inline content only (a block start tag would close them in HTML).
    Block,
    /// `ul`, `ol`: `li` and white space only.
    List,
    /// Phrasing elements: inline content.
    Inline,
    /// `a`: inline content, and no other link (HTML closes the first).
    Link,
    /// `br`, `img`: void, with or without the slash.
    Void,
}

fn kind(name: &str) -> Option<Kind> {
    Some(match name {
        "div" | "blockquote" | "li" => Kind::Flow,
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Block,
        "ul" | "ol" => Kind::List,
        "a" => Kind::Link,
        "br" | "img" => Kind::Void,
        "abbr" | "b" | "cite" | "code" | "em" | "i" | "mark" | "q" | "s" | "small" | "span"
        | "strong" | "sub" | "sup" | "u" => Kind::Inline,
        _ => return None,
    })
}

/// Whether an element of `child` kind named `name` may stand in one of `parent` kind.
fn fits(parent: Kind, child: Kind, name: &str) -> bool {
    match parent {
        Kind::Flow => name != "li",
        Kind::List => name == "li",
        Kind::Block | Kind::Inline | Kind::Link => {
            matches!(child, Kind::Inline | Kind::Link | Kind::Void)
        }
        Kind::Void => false,
    }
}

/// An element being read: what it is, and whether a link encloses it.
struct Open<'a> {
    element: OpenElement<'a>,
    kind: Kind,
    in_link: bool,
}

/// The nodes of `html` when it is a fragment the fast path reads exactly as HTML does. Its
/// elements count against [`Limits::elements`](crate::limits::Limits::elements): past what the
/// read may still spend, reading stops with no nodes (the budget then says so).
pub(super) fn nodes(html: &str) -> Option<Vec<Node<'_>>> {
    let allowed = budget::left(Limit::Elements, usize::MAX);
    let mut made = 0usize;
    let mut top: Vec<Node<'_>> = Vec::new();
    let mut stack: Vec<Open<'_>> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let parent = stack.last().map_or(Kind::Flow, |open| open.kind);
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>')?;
            let name = after.get(..end)?;
            let open = stack.pop()?;
            if *open.element.element.name != *name {
                return None;
            }
            push(&mut stack, &mut top, Node::Element(open.element.close()));
            rest = after.get(end + 1..)?;
        } else if rest.starts_with('<') {
            let (element, self_closed, after) = start_tag(rest)?;
            let kind = kind(&element.name)?;
            made += 1;
            if made > allowed {
                budget::spend(Limit::Elements, made);
                return Some(Vec::new());
            }
            // HTML ignores the slash of `<p/>`, which XML would close: only void elements may
            // have it.
            if !fits(parent, kind, &element.name) || (self_closed && kind != Kind::Void) {
                return None;
            }
            let in_link = stack.last().is_some_and(|open| open.in_link);
            if kind == Kind::Link && in_link {
                return None;
            }
            rest = after;
            if kind == Kind::Void {
                push(&mut stack, &mut top, Node::Element(element));
                continue;
            }
            if stack.len() >= MAX_NESTING {
                return None;
            }
            stack.push(Open {
                element: OpenElement::new(element),
                kind,
                in_link: in_link || kind == Kind::Link,
            });
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let (raw, after) = rest.split_at(end);
            let text = decode(raw)?;
            if parent == Kind::List && !text.chars().all(|c| c == ' ' || c == '\t' || c == '\n') {
                return None;
            }
            push(&mut stack, &mut top, Node::Text(text));
            rest = after;
        }
    }
    if !stack.is_empty() {
        return None;
    }
    budget::spend(Limit::Elements, made);
    Some(top)
}

/// Appends `node` to the innermost open element, or to the fragment.
fn push<'a>(stack: &mut [Open<'a>], top: &mut Vec<Node<'a>>, node: Node<'a>) {
    match stack.last_mut() {
        Some(open) => open.element.children.push(node),
        None => top.push(node),
    }
}

/// The start tag at the start of `text` (`<name>`, `<a href="..." title='...'>`, `<br/>`,
/// `<img src="..." alt="">`): the element with the attributes the walk reads
/// ([`READ_ATTRIBUTES`](super::READ_ATTRIBUTES)), whether it closed itself, and the text after it. Lower-case names and quoted
/// values only, each name once, at most [`MAX_ATTRIBUTES`].
fn start_tag(text: &str) -> Option<(Element<'_>, bool, &str)> {
    let after = text.strip_prefix('<')?;
    let name_end = after
        .find(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit())
        .unwrap_or(after.len());
    let name = after.get(..name_end)?;
    if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let mut attributes = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut rest = after.get(name_end..)?;
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t', '\n']);
        if let Some(after) = trimmed.strip_prefix('>') {
            return Some((Element::new(name, attributes), false, after));
        }
        if let Some(after) = trimmed.strip_prefix("/>") {
            return Some((Element::new(name, attributes), true, after));
        }
        if trimmed.len() == rest.len() {
            return None; // an attribute must follow white space
        }
        let eq = trimmed.find('=')?;
        let attribute = trimmed.get(..eq)?;
        if attribute.is_empty()
            || !attribute
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-')
            || seen.contains(&attribute)
            || seen.len() == MAX_ATTRIBUTES
        {
            return None;
        }
        seen.push(attribute);
        let quoted = trimmed.get(eq + 1..)?;
        let quote = quoted.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value_end = quoted.get(1..)?.find(quote)? + 1;
        let value = decode(quoted.get(1..value_end)?)?;
        if super::READ_ATTRIBUTES.contains(&attribute) {
            attributes.push((attribute, value));
        }
        rest = quoted.get(value_end + 1..)?;
    }
}

/// Named references HTML and this path read alike (with the semicolon), beyond XML's five.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("euro", '€'),
    ("copy", '©'),
];

/// Text with its character references resolved; `None` when it holds a character or a
/// reference HTML might read otherwise (control characters, carriage returns, which HTML
/// turns into line feeds, a bare `&`, or a numeric reference to a C1 control or a surrogate,
/// which HTML replaces).
fn decode(raw: &str) -> Option<Cow<'_, str>> {
    if has_control(raw) {
        return None;
    }
    if !raw.contains('&') {
        return Some(Cow::Borrowed(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at)?);
        let after = rest.get(at + 1..)?;
        let end = after.find(';')?;
        let reference = after.get(..end)?;
        out.push(reference_char(reference)?);
        rest = after.get(end + 1..)?;
    }
    out.push_str(rest);
    Some(Cow::Owned(out))
}

/// Whether `text` holds a control character other than tab and line feed (C0, DEL, C1) or a
/// byte order mark.
fn has_control(text: &str) -> bool {
    text.chars()
        .any(|c| (c.is_control() && c != '\t' && c != '\n') || c == '\u{feff}')
}

/// The character `&reference;` stands for, when HTML reads it so too.
fn reference_char(reference: &str) -> Option<char> {
    let code = if let Some(hex) = reference
        .strip_prefix("#x")
        .or_else(|| reference.strip_prefix("#X"))
    {
        if hex.is_empty() || hex.len() > 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(hex, 16).ok()?
    } else if let Some(decimal) = reference.strip_prefix('#') {
        if decimal.is_empty() || decimal.len() > 7 || !decimal.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        decimal.parse().ok()?
    } else {
        return NAMED
            .iter()
            .find(|(name, _)| *name == reference)
            .map(|&(_, c)| c);
    };
    let c = char::from_u32(code)?;
    (!c.is_control() || c == '\t' || c == '\n').then_some(c)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    use super::nodes;
    use crate::html::{both_ways, parsed_body};

    /// The fast path's blocks, when it takes the fragment.
    fn fast(html: &str) -> Option<Vec<crate::model::Block>> {
        both_ways(html).0
    }

    #[test]
    fn a_tag_with_many_attributes_takes_the_full_parser() {
        let tag = |n: u8| {
            let attributes: String = (0..n)
                .map(|i| format!(" data-{}=\"1\"", char::from(b'a' + i)))
                .collect();
            format!("<p{attributes}>x</p>")
        };
        assert!(nodes(&tag(super::MAX_ATTRIBUTES as u8)).is_some());
        assert!(nodes(&tag(super::MAX_ATTRIBUTES as u8 + 1)).is_none());
    }

    #[test]
    fn control_characters_and_the_byte_order_mark_are_found() {
        for (text, control) in [
            ("plain, é, €, 😀, tab\tand\nline", false),
            ("nul \u{0}", true),
            ("cr \r", true),
            ("del \u{7f}", true),
            ("c1 \u{85}", true),
            ("c1 \u{9f}", true),
            ("not c1 \u{a0}\u{c0}", false),
            ("bom \u{feff}", true),
            ("not bom \u{fefe}", false),
        ] {
            assert_eq!(super::has_control(text), control, "{text:?}");
        }
    }

    #[test]
    fn well_formed_fragments_in_the_vocabulary_take_the_fast_path() {
        for html in [
            "<p>One &amp; <em>two</em></p>\n<p>Three<br>four<br/>five<br />six</p>",
            "<p><img src=\"a.jpg\" alt=\"\" width=\"800\" /> Caption<img src='b.jpg'></p>",
            "<h2>Sub</h2><p><a href=\"https://example.com/?a=1&amp;b=2\" title='T'>link</a></p>",
            "<ul>\n  <li>a</li>\n  <li><p>b</p><ol><li>c</li></ol></li>\n</ul>",
            "<blockquote><p>“Quoted” &nbsp;&#233;&#xe9;</p></blockquote><div>loose text</div>",
            "plain text, no markup at all",
        ] {
            let blocks = fast(html).unwrap_or_else(|| panic!("slow path: {html}"));
            assert_eq!(blocks, parsed_body(html), "{html}");
        }
    }

    #[test]
    fn what_html_reads_otherwise_takes_the_full_parser() {
        for html in [
            "<p>a<p>b",                                 // implied end tag
            "<p>a<div>b</div></p>",                     // a block closes the paragraph
            "<P>upper</P>",                             // HTML lower-cases names
            "<p>a<hr>b</p>",                            // a rule closes the paragraph
            "<p/>text",                                 // HTML ignores the slash
            "<a href=x>unquoted</a>",                   // unquoted attribute
            "<a>one<a>two</a></a>",                     // a link closes the open one
            "<li>stray item</li>",                      // an item outside a list
            "<ul><li>a<div><li>b</li></div></li></ul>", // an item closes the item a div is in
            "<b>mis<i>nested</b></i>",                  // adoption agency
            "<table><td>cell</td></table>",
            "<pre>\nfirst newline dropped</pre>",
            "AT&T", // a bare ampersand
            "&nbsp without semicolon",
            "&#150;", // windows-1252 in HTML
            "&#0;",
            "line\r\nbreak", // HTML turns CR LF into LF
            "a <!-- comment --> b",
            "1 < 2",
            "<p>unclosed",
            "<a href=\"x\" href=\"y\">duplicate</a>",
        ] {
            assert!(nodes(html).is_none(), "{html}");
        }
    }

    /// Text the fast path reads.
    fn clean_text() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "word",
            " ",
            "\n",
            "\t",
            "  two  spaces ",
            "&amp;",
            "&lt;",
            "&gt;",
            "&quot;",
            "&apos;",
            "&nbsp;",
            "&mdash;",
            "&rsquo;",
            "&#233;",
            "&#xE9;",
            "&#x1F600;",
            "&#xFFFE;",
            "x > y",
            "“quoted”",
            "é",
            "\u{a0}",
        ])
        .prop_map(str::to_string)
    }

    /// A piece of text: mostly what the fast path reads, sometimes what it must leave alone.
    fn text() -> impl Strategy<Value = String> {
        let dirty = prop::sample::select(vec![
            "&#150;",
            "&#0;",
            "&foo;",
            "&AMP;",
            "a & b",
            "x<y",
            "\r",
            "\u{0}",
            "<!-- c -->",
        ])
        .prop_map(str::to_string);
        prop_oneof![12 => clean_text(), 1 => dirty]
    }

    /// An attribute the fast path reads (the walk keeps `href` and `title` alone).
    fn clean_attribute() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            " href=\"https://example.com/a?b=1&amp;c=2\"",
            " href='http://example.com/'",
            " href=\"https://example.org/\"",
            " href=\"javascript:alert(1)\"",
            " href=\" data:text/html,x\"",
            " title=\"A &amp; B\"",
            " class=\"x\"",
            " data-id=\"7\"",
            "\nhref=\"/relative\"",
            " title=\"a>b\"",
        ])
        .prop_map(str::to_string)
    }

    /// An attribute, as feeds write them or not.
    fn attribute() -> impl Strategy<Value = String> {
        let dirty = prop::sample::select(vec![" href=unquoted", " HREF=\"upper\"", " checked"])
            .prop_map(str::to_string);
        prop_oneof![8 => clean_attribute(), 1 => dirty]
    }

    /// Fragments from the fast path's vocabulary and beyond it, mostly well-formed.
    fn fragment() -> impl Strategy<Value = String> {
        let vocabulary = prop::sample::select(vec![
            "p",
            "p",
            "p",
            "h2",
            "h3",
            "div",
            "blockquote",
            "ul",
            "ol",
            "li",
            "li",
            "em",
            "strong",
            "b",
            "i",
            "span",
            "a",
            "a",
            "br",
            "sub",
            "code",
            "q",
        ]);
        let beyond = prop::sample::select(vec![
            "table", "td", "pre", "img", "script", "P", "nobr", "font", "textarea", "title",
        ]);
        let names = prop_oneof![10 => vocabulary, 1 => beyond];
        text().prop_recursive(5, 48, 4, move |inner| {
            (
                names.clone(),
                prop::collection::vec(attribute(), 0..2),
                prop::collection::vec(inner, 0..4),
                0u8..24,
            )
                .prop_map(|(name, attributes, children, form)| {
                    let attributes = attributes.concat();
                    let children = children.concat();
                    match form {
                        0 => format!("<{name}{attributes}/>"),
                        1 => format!("<{name}{attributes}>{children}"),
                        2 => format!("<{name}{attributes}>{children}</span>"),
                        3 => format!("<{name}{attributes}>{children}</{name} >"),
                        _ => format!("<{name}{attributes}>{children}</{name}>"),
                    }
                })
        })
    }

    /// Flow content as feeds send it: blocks of inline content, lists of items.
    fn story() -> impl Strategy<Value = String> {
        let void = prop::sample::select(vec!["<br>", "<br/>", "<img src=\"x.jpg\" alt=\"\" />"])
            .prop_map(str::to_string);
        let phrase = prop_oneof![3 => clean_text(), 1 => void].prop_recursive(3, 12, 3, |inner| {
            (
                prop::sample::select(vec!["em", "strong", "b", "i", "span", "a", "a", "q"]),
                prop::option::of(clean_attribute()),
                prop::collection::vec(inner, 1..3),
            )
                .prop_map(|(name, attribute, content)| {
                    let attribute = attribute.unwrap_or_default();
                    format!("<{name}{attribute}>{}</{name}>", content.concat())
                })
        });
        let inline = prop::collection::vec(phrase, 0..6).prop_map(|parts| parts.concat());
        let block = prop_oneof![
            3 => (prop::sample::select(vec!["p", "h2", "h3", "blockquote", "div"]), inline.clone())
                .prop_map(|(name, content)| format!("<{name}>{content}</{name}>")),
            1 => (prop::sample::select(vec!["ul", "ol"]), prop::collection::vec(inline.clone(), 1..4))
                .prop_map(|(name, items)| {
                    let items: String = items.iter().map(|i| format!("<li>{i}</li>\n")).collect();
                    format!("<{name}>\n{items}</{name}>")
                }),
            1 => inline,
        ];
        prop::collection::vec(block, 1..6).prop_map(|blocks| blocks.join("\n"))
    }

    /// Clean elements of the vocabulary nested at random, closed as written: most break a
    /// placement rule, which is what the fast path must notice.
    fn nested() -> impl Strategy<Value = String> {
        let names = prop::sample::select(vec![
            "p",
            "h2",
            "div",
            "blockquote",
            "ul",
            "ol",
            "li",
            "li",
            "em",
            "b",
            "span",
            "a",
            "a",
            "br",
            "img",
        ]);
        clean_text().prop_recursive(4, 24, 3, move |inner| {
            (
                names.clone(),
                prop::option::of(clean_attribute()),
                prop::collection::vec(inner, 0..3),
                0u8..8,
            )
                .prop_map(|(name, attribute, children, form)| {
                    let attribute = attribute.unwrap_or_default();
                    match (name, form) {
                        ("br" | "img", 1) => format!("<{name}{attribute}>{}", children.concat()),
                        ("br" | "img", _) | (_, 0) => {
                            format!("<{name}{attribute}/>{}", children.concat())
                        }
                        _ => format!("<{name}{attribute}>{}</{name}>", children.concat()),
                    }
                })
        })
    }

    /// Stories and fragments, alone and together.
    fn html() -> impl Strategy<Value = String> {
        prop_oneof![
            2 => story(),
            2 => prop::collection::vec(nested(), 1..4).prop_map(|parts| parts.concat()),
            2 => prop::collection::vec(fragment(), 1..4).prop_map(|parts| parts.concat()),
            1 => (story(), fragment(), story()).prop_map(|(a, b, c)| format!("{a}{b}{c}")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// Whatever the fast path takes, it reads as html5ever does.
        #[test]
        fn the_fast_path_reads_as_html5ever(html in html()) {
            if let Some(blocks) = fast(&html) {
                prop_assert_eq!(blocks, parsed_body(&html), "{:?}", html);
            }
        }
    }

    /// The generator reaches the fast path often enough for the property to mean something.
    #[test]
    fn the_generated_fragments_often_take_the_fast_path() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = html();
        let (mut fast_path, mut all) = (0, 0);
        for _ in 0..2_000 {
            let html = strategy
                .new_tree(&mut runner)
                .map(|tree| tree.current())
                .unwrap_or_default();
            all += 1;
            if nodes(&html).is_some_and(|nodes| !nodes.is_empty()) {
                fast_path += 1;
            }
        }
        assert!(fast_path * 3 >= all, "{fast_path} of {all}");
    }
}
