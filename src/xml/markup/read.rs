//! Body blocks from markup: XHTML (G2 `inlineXML`, Atom `content type="xhtml"`), HTML parsed by
//! [`crate::html`], and NITF `body.content` share one vocabulary walk.
//!
//! The walk is an allowlist: structural elements become blocks (a `table` a table of rows and
//! cells, with its caption, parts and spans; an `img`, an HTML5 `figure`, newswire's XHTML
//! `div class="figure"` and a NITF `media` a figure with its caption and credit),
//! `em`/`strong`/`a`/`br` become marks, other inline elements keep only their text, and
//! scripts, styles, embedded objects and forms are dropped with their content. No attribute
//! survives except a link's `href` and `title` and a figure's `src` and `alt`, and addresses
//! only with safe URL schemes; so whatever a feed sends, the model holds no script.
//!
//! A picture inside a paragraph (`<p><img/> text</p>`, `<a><img/></a>`) becomes a figure after
//! the paragraph: figures are blocks, and a paragraph holds only text and marks.

use super::{CAPTION_CLASS, CREDIT_CLASS, FIGURE_CLASS};
use crate::iri::is_safe_link;
use crate::limits::{Limit, budget};
use crate::model::{
    ASIDE_CLASS, Block, Figure, Inline, MAX_SPAN, RowPart, TableCell, TableRow,
    canonical_aside_kind, into_canonical_body,
};
use crate::xml::{Element, Node, STRONG_CLASS};

/// The blocks in `nodes`, in canonical form (see [`canonical_body`](crate::model::canonical_body)).
/// Inline content outside a block element becomes a paragraph.
///
/// The walk reads the blocks as written and the canonical form is taken once, at the end:
/// taking it at every quote or list as well would read a paragraph again for each level around
/// it (paragraphs × depth). A read that went over a limit is refused whatever it returns, so
/// then nothing is returned: the blocks built are dropped at once, not copied into a canonical
/// form nobody reads (which would raise the peak of a refused read by a list of blocks).
pub(crate) fn read_body<'n, 'a: 'n>(nodes: impl IntoIterator<Item = &'n Node<'a>>) -> Vec<Block> {
    let blocks = blocks_as_written(nodes);
    if budget::exceeded() {
        return Vec::new();
    }
    into_canonical_body(blocks)
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
    /// A box beside the story: HTML5 `aside`, or a `div`, `section` or NITF `block` whose
    /// class names one ([`BOX_CLASSES`]).
    Aside,
    List {
        ordered: bool,
    },
    Preformatted,
    Table,
    /// A picture: `img`.
    Image,
    /// A picture with its caption: HTML5 `figure`, newswire's XHTML `div class="figure"`.
    Figure,
    /// NITF's media object: `media`.
    Media,
    LineBreak,
    /// Anything else: inline content.
    Inline,
}

/// Classes that make a `div`, `section` or NITF `block` a box beside the story rather than a
/// wrapper: newswire's own (`aside`) and the names agencies and CMSes give boxes (dpa's
/// `INFOBOX`, fact boxes, sidebars, notebooks of notes and links), in any case.
const BOX_CLASSES: [&str; 8] = [
    ASIDE_CLASS,
    "infobox",
    "info-box",
    "factbox",
    "fact-box",
    "sidebar",
    "side-bar",
    "notebook",
];

/// True when the element's class names a box ([`BOX_CLASSES`]).
fn names_a_box(element: &Element<'_>) -> bool {
    element.attr("class").is_some_and(|classes| {
        classes
            .split_ascii_whitespace()
            .any(|class| BOX_CLASSES.iter().any(|b| class.eq_ignore_ascii_case(b)))
    })
}

fn role(element: &Element<'_>) -> Role {
    match element.name.as_ref() {
        "head" | "title" | "script" | "style" | "noscript" | "template" | "iframe" | "frame"
        | "frameset" | "object" | "embed" | "applet" | "param" | "svg" | "math" | "video"
        | "audio" | "source" | "track" | "canvas" | "map" | "form" | "input" | "button"
        | "select" | "option" | "textarea" | "link" | "meta" | "base" | "nav" => Role::Dropped,
        // newswire's own links to media, which the NITF reader takes as links.
        "media" if element.has_class(ENCLOSURE_CLASS) => Role::Dropped,
        "media" => Role::Media,
        "img" => Role::Image,
        "figure" => Role::Figure,
        "div" if element.has_class(FIGURE_CLASS) => Role::Figure,
        "aside" => Role::Aside,
        "div" | "section" | "block" if names_a_box(element) => Role::Aside,
        "html" | "body" | "div" | "section" | "article" | "main" | "header" | "footer"
        | "picture" | "figcaption" | "center" | "dl" | "address" | "details" | "summary"
        | "body.content" | "block" | "nitf-table" | "fieldset" => Role::Container,
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

/// The `class` of a NITF `media` that newswire writes for a link to media rather than for a
/// figure in the body: an enclosure (a model [`Link`](crate::model::Link)), which has no place
/// in the text.
pub(crate) const ENCLOSURE_CLASS: &str = "enclosure";

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
                Role::Inline => {
                    inline(element, &mut self.pending);
                    self.hoist_figures(element);
                }
                Role::LineBreak => push_inline(&mut self.pending, || Inline::LineBreak),
                Role::Image => self.figure(image(element)),
                Role::Media => self.figure(media(element)),
                Role::Figure => match figure(element) {
                    Some(found) => self.figure(Some(found)),
                    None => self.flow(&element.children),
                },
                Role::Paragraph => {
                    self.block(|| Block::Paragraph {
                        content: content(element),
                    });
                    self.hoist_figures(element);
                }
                Role::Heading(level) => {
                    self.block(|| Block::Heading {
                        level,
                        content: content(element),
                    });
                    self.hoist_figures(element);
                }
                Role::Quote => self.block(|| Block::Blockquote {
                    blocks: blocks_as_written(&element.children),
                }),
                Role::Aside => self.block(|| Block::Aside {
                    kind: canonical_aside_kind(element.attr("class").unwrap_or_default()),
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
                Role::Table => {
                    self.block(|| table(element));
                    self.hoist_figures(element);
                }
            }
        }
    }

    /// A figure block, when there is one.
    fn figure(&mut self, figure: Option<Figure>) {
        if let Some(figure) = figure {
            self.block(|| Block::Figure(Box::new(figure)));
        }
    }

    /// The figures inside an element read as inline content (which keeps only its text), as
    /// blocks after it: a picture in a paragraph, a link or a table cell.
    fn hoist_figures(&mut self, element: &Element<'_>) {
        let mut found = Vec::new();
        figures_within(element, &mut found);
        for figure in found {
            self.figure(Some(figure));
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
        "sup" => push_inline(out, || Inline::Superscript(content(element))),
        "sub" => push_inline(out, || Inline::Subscript(content(element))),
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
            // Figures are blocks: the block around them takes them out (`hoist_figures`).
            Role::Dropped | Role::Image | Role::Media => {}
            Role::Figure if figure(element).is_some() => {}
            Role::LineBreak => push_inline(out, || Inline::LineBreak),
            _ => inlines(&element.children, out),
        },
    }
}

/// The figures inside `element` that [`inline`] leaves out of the text, in document order.
fn figures_within(element: &Element<'_>, out: &mut Vec<Figure>) {
    for child in element.elements() {
        match role(child) {
            Role::Dropped => {}
            Role::Image => out.extend(image(child)),
            Role::Media => out.extend(media(child)),
            Role::Figure => match figure(child) {
                Some(found) => out.push(found),
                None => figures_within(child, out),
            },
            _ => figures_within(child, out),
        }
    }
}

/// A picture (`img`): its address (`src`, when safe) and alternative text. A 1 x 1 image is a
/// web beacon that counts readers, not a picture of the story: no figure.
fn image(img: &Element<'_>) -> Option<Figure> {
    let href = img.attr_nonblank("src").filter(|src| is_safe_link(src))?;
    let pixel = |name| {
        img.attr(name)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .is_some_and(|size| size <= 1)
    };
    if pixel("width") && pixel("height") {
        return None;
    }
    Some(Figure {
        href: href.to_string(),
        alt: img.attr_nonblank("alt").map(str::to_string),
        ..Figure::default()
    })
}

/// A picture with its caption and credit: HTML5 `figure` (`figcaption`; an element of class
/// `credit` or `byline` in it or beside it), or newswire's XHTML `div class="figure"`
/// (`p class="caption"`, `p class="credit"`). `None` when it is not one picture and its words: no picture, several,
/// or other content (a table, a gallery of figures, a paragraph of text), which is read as
/// content around the pictures instead, nothing lost.
fn figure(element: &Element<'_>) -> Option<Figure> {
    let mut picture = None;
    let mut caption = Vec::new();
    let mut credit = None;
    for node in &element.children {
        let child = match node {
            Node::Text(text) if text.trim().is_empty() => continue,
            Node::Text(_) => return None,
            Node::Element(child) => child,
        };
        match child.name.as_ref() {
            _ if is_credit(child) => credit = Some(child.text()),
            "figcaption" => caption_and_credit(child, &mut caption, &mut credit),
            "p" if child.has_class(CAPTION_CLASS) => inlines(&child.children, &mut caption),
            "img" | "picture" | "a" if picture.is_none() => picture = Some(only_image(child)?),
            _ => return None,
        }
    }
    let mut figure = picture?;
    figure.caption = caption;
    figure.credit = credit;
    Some(figure)
}

/// An element of a figure that holds its credit: of class `credit` (newswire's), or `byline`
/// (the photographer, as TT's ninjs bodies give it).
fn is_credit(element: &Element<'_>) -> bool {
    element.has_class(CREDIT_CLASS) || element.has_class("byline")
}

/// The one picture an `img`, a `picture` or a link around one holds. A link to the picture's
/// own address gives it its media type (`a/@type`, how newswire writes one in XHTML).
fn only_image(element: &Element<'_>) -> Option<Figure> {
    if element.is("img") {
        return image(element);
    }
    let mut images = Vec::new();
    figures_within(element, &mut images);
    if !element.text().trim().is_empty() || images.len() != 1 {
        return None;
    }
    let mut figure = images.pop()?;
    if element.is("a") && element.attr_nonblank("href") == Some(figure.href.as_str()) {
        figure.media_type = element.attr_nonblank("type").map(str::to_string);
    }
    Some(figure)
}

/// A `figcaption`'s inline content as the caption, and the text of an element of class
/// `credit` in it as the credit.
fn caption_and_credit(
    figcaption: &Element<'_>,
    caption: &mut Vec<Inline>,
    credit: &mut Option<String>,
) {
    for node in &figcaption.children {
        match node {
            Node::Element(child) if is_credit(child) => *credit = Some(child.text()),
            Node::Element(child) => inline(child, caption),
            Node::Text(text) => push_text(caption, text),
        }
    }
}

/// NITF `media`: the first reference with a safe address (`media-reference/@source`) with its
/// media type (`@mime-type`) and alternative text (`@alternate-text`, else `@name`), the captions
/// (`media-caption`, a space between two) and the credits (`media-producer`, `; ` between two).
fn media(media: &Element<'_>) -> Option<Figure> {
    let reference = media
        .elements_named("media-reference")
        .find(|r| r.attr_nonblank("source").is_some_and(is_safe_link))?;
    let mut caption = Vec::new();
    for (i, part) in media.elements_named("media-caption").enumerate() {
        if i > 0 {
            push_text(&mut caption, " ");
        }
        inlines(&part.children, &mut caption);
    }
    let credits: Vec<String> = media
        .elements_named("media-producer")
        .map(Element::text)
        .filter(|credit| !credit.trim().is_empty())
        .collect();
    Some(Figure {
        href: reference.attr_nonblank("source")?.to_string(),
        media_type: reference.attr_nonblank("mime-type").map(str::to_string),
        // `name`: "alternate name or description of the object" (the NITF 3.6 XSD).
        alt: reference
            .attr_nonblank("alternate-text")
            .or_else(|| reference.attr_nonblank("name"))
            .map(str::to_string),
        caption,
        credit: (!credits.is_empty()).then(|| credits.join("; ")),
    })
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

    /// A read past the blocks limit is refused, so the walk returns nothing rather than the
    /// blocks it made before the limit (whose canonical copy would raise the refused read's
    /// peak); within the limit every block is read.
    #[test]
    fn a_read_past_the_blocks_limit_returns_no_blocks() {
        use crate::limits::{Limit, Limits, budget};
        let doc = parse("<div><p>a</p><p>b</p><p>c</p></div>").unwrap();
        let limits = |blocks| Limits {
            blocks,
            ..Limits::DEFAULT
        };
        let past = budget::within(&limits(2), || read_body(&doc.root.children));
        assert_eq!(past, (Vec::new(), Some(Limit::Blocks)));
        let within = budget::within(&limits(3), || read_body(&doc.root.children));
        assert_eq!(within.0.len(), 3);
        assert_eq!(within.1, None);
    }

    /// #20 item 13: `sup` and `sub` are marks of their own (footnote markers and formulas no
    /// longer fuse into the words), in XHTML and inside NITF's `num`; a mark inside one keeps
    /// its text.
    #[test]
    fn item_13_superscripts_and_subscripts_are_marks() {
        let xhtml = body(
            "<div><p>CO<sub>2</sub> fell<sup>1</sup> in the 3<sup><em>rd</em></sup> quarter.</p></div>",
        );
        let nitf = body(
            "<body.content><p>CO<num><sub>2</sub></num> fell<num><sup>1</sup></num> in the 3<num><sup>rd</sup></num> quarter.</p></body.content>",
        );
        let expected = [Block::Paragraph {
            content: vec![
                Inline::text("CO"),
                Inline::Subscript(vec![Inline::text("2")]),
                Inline::text(" fell"),
                Inline::Superscript(vec![Inline::text("1")]),
                Inline::text(" in the 3"),
                Inline::Superscript(vec![Inline::text("rd")]),
                Inline::text(" quarter."),
            ],
        }];
        assert_eq!(xhtml, expected);
        assert_eq!(nitf, expected);
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
        assert_eq!(
            blocks,
            [
                Block::paragraph("Hi there"),
                Block::Figure(Box::new(Figure::new("x")))
            ],
            "the picture is kept, its handler is not"
        );
        let blocks = body("<div><img src='javascript:alert(1)' alt='a'/><img src=' '/></div>");
        assert_eq!(blocks, []);
    }

    fn figure(href: &str, alt: Option<&str>, caption: &str, credit: Option<&str>) -> Block {
        Block::Figure(Box::new(Figure {
            href: href.into(),
            media_type: None,
            alt: alt.map(str::to_string),
            caption: if caption.is_empty() {
                vec![]
            } else {
                vec![Inline::text(caption)]
            },
            credit: credit.map(str::to_string),
        }))
    }

    #[test]
    fn pictures_become_figures_in_their_place() {
        let blocks = body(
            "<div><p>Before <a href='https://x.example/'><img src='a.jpg' alt=' A '/></a> after</p>\
             <figure class='wp-block-image'><a href='big.jpg'><img src='b.jpg'/></a>\
             <figcaption>The <em>b</em> <span class='credit'>Photo: Ann</span></figcaption></figure>\
             <div class='figure'><img src='c.jpg' alt=''/><p class='caption'>C</p><p class='credit'>dpa</p></div>\
             <img src='pixel.gif' width='1' height='1'/>\
             <figure class='wp-block-gallery'><figure><img src='d.jpg'/></figure><figure><img src='e.jpg'/></figure></figure>\
             <figure><img src='f.jpg'/><p>Text beside it</p></figure>\
             <figure><img src='g.jpg' alt='G'/><div class='byline'>Ann Lee/TT</div><figcaption>Gee</figcaption></figure></div>",
        );
        let b = Block::Figure(Box::new(Figure {
            href: "b.jpg".into(),
            caption: vec![
                Inline::text("The "),
                Inline::Emphasis(vec![Inline::text("b")]),
            ],
            credit: Some("Photo: Ann".into()),
            ..Figure::default()
        }));
        assert_eq!(
            blocks,
            [
                // The link around the picture holds no text: no link is left.
                Block::paragraph("Before after"),
                figure("a.jpg", Some("A"), "", None),
                b,
                figure("c.jpg", None, "C", Some("dpa")),
                figure("d.jpg", None, "", None),
                figure("e.jpg", None, "", None),
                figure("f.jpg", None, "", None),
                Block::paragraph("Text beside it"),
                figure("g.jpg", Some("G"), "Gee", Some("Ann Lee/TT")),
            ]
        );
    }

    #[test]
    fn nitf_media_are_figures_and_newswire_enclosures_are_not() {
        let blocks = body(
            "<body.content><p>Lead</p><media media-type='image' class='inline:reference'>\
             <media-reference source='https://x.example/p.jpg' mime-type='image/jpeg' alternate-text='A boat'/>\
             <media-reference source='https://x.example/p-small.jpg'/>\
             <media-caption>A <em>boat</em>.</media-caption><media-caption>Second.</media-caption>\
             <media-producer>Ann Lee</media-producer><media-producer>AP</media-producer></media>\
             <media media-type='video'><media-reference name='no source'/></media>\
             <media media-type='image' class='enclosure'><media-reference source='https://x.example/e.jpg'/></media>\
             </body.content>",
        );
        assert_eq!(
            blocks,
            [
                Block::paragraph("Lead"),
                Block::Figure(Box::new(Figure {
                    href: "https://x.example/p.jpg".into(),
                    media_type: Some("image/jpeg".into()),
                    alt: Some("A boat".into()),
                    caption: vec![
                        Inline::text("A "),
                        Inline::Emphasis(vec![Inline::text("boat")]),
                        Inline::text(". Second.")
                    ],
                    credit: Some("Ann Lee; AP".into()),
                })),
            ]
        );
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
