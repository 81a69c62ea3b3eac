//! `contentSet`: the body from the best rendition, and links to remote content.
//!
//! A content set holds renditions of the same content; the body is read from the richest:
//! XHTML (`inlineXML` with `html`), then NITF (`inlineXML` with `nitf`), then TT's NITF dialect,
//! then HTML sent as `inlineData`, then plain text (`inlineData`), then any other XML vocabulary,
//! whose text is kept as paragraphs with a warning. `remoteContent` (pictures, video, audio renditions)
//! becomes `enclosure` links.

use super::head::NitfHead;
use super::text::{attr, collapse, line_of, paragraphs};
use crate::formats::budget;
use crate::model::{Block, Link, Warning, into_canonical_body};
use crate::xml::{Element, Node, XHTML_NS, read_body};

/// What a content set gave.
#[derive(Debug, Default)]
pub(super) struct Content {
    /// The body of the best rendition, canonical.
    pub body: Vec<Block>,
    /// `remoteContent` renditions as links.
    pub links: Vec<Link>,
    /// The word count the best rendition declares (`@wordcount`).
    pub word_count: Option<u32>,
    /// What NITF's `body.head` and `head` say, for fields the item's metadata lacks.
    pub nitf: NitfHead,
    /// The root of an `inlineXML` that holds events or concepts rather than a story, when
    /// that is all the content set holds.
    pub concepts_only: Option<String>,
    /// The text of the XHTML body's first paragraph when it is marked as the teaser (dpa's
    /// `<p class="teaser">`, which repeats the `drol:teaser` description).
    pub teaser: Option<String>,
    /// The text of the XHTML body's headline markup (rNews: `<h1 itemprop="headline">`).
    pub marked_headline: Option<String>,
    pub warnings: Vec<Warning>,
}

/// A rendition the body can be read from, best first.
enum Rendition<'e, 'a> {
    /// XHTML: the nodes to read.
    Xhtml(Vec<&'e Node<'a>>),
    /// An NITF document (`nitf`) or its `body.content`.
    Nitf(&'e Element<'a>),
    /// TT's NITF dialect (see [`tt`](super::tt)): its `BODY`.
    Tt(&'e Element<'a>),
    /// HTML as text (`inlineData` with an HTML content type).
    Html(String),
    /// Plain text (`inlineData`).
    Text(String),
    /// An XML vocabulary newswire does not read (SportsML, a provider's own).
    Foreign(&'e Element<'a>),
    /// Events or concepts (`events`, `conceptSet`): not a story.
    Concepts(&'e Element<'a>),
}

impl Rendition<'_, '_> {
    fn rank(&self) -> u8 {
        match self {
            Rendition::Xhtml(_) => 0,
            Rendition::Nitf(_) => 1,
            Rendition::Tt(_) => 2,
            Rendition::Html(_) => 3,
            Rendition::Text(_) => 4,
            Rendition::Foreign(_) => 5,
            Rendition::Concepts(_) => 6,
        }
    }
}

/// Reads a `contentSet`.
pub(super) fn content_set(set: &Element<'_>) -> Content {
    let mut content = Content::default();
    let mut best: Option<Rendition<'_, '_>> = None;
    for child in set.elements() {
        let rendition = match child.name.as_ref() {
            "inlineXML" => inline_xml(child),
            "inlineData" => inline_data(child, &mut content.warnings),
            "remoteContent" => {
                content
                    .links
                    .extend(remote_content(child, &mut content.warnings));
                None
            }
            _ => None,
        };
        if let Some(rendition) = rendition
            && best.as_ref().is_none_or(|b| rendition.rank() < b.rank())
        {
            best = Some(rendition);
            content.word_count = child
                .attr_nonblank("wordcount")
                .and_then(|n| n.trim().parse().ok());
        }
    }
    match best {
        Some(Rendition::Xhtml(nodes)) => {
            content.teaser = first_paragraph(nodes.iter().copied())
                .filter(|p| {
                    p.attr("class")
                        .is_some_and(|c| c.split_whitespace().any(|t| t == "teaser"))
                })
                .map(|p| p.text());
            content.marked_headline =
                marked_headline(nodes.iter().copied()).and_then(|h| collapse(&h.text()));
            content.body = read_body(nodes);
        }
        Some(Rendition::Nitf(nitf)) => {
            let (body, head, links, mut warnings) = read_nitf(nitf);
            content.body = body;
            content.nitf = head;
            content.links.extend(links);
            content.warnings.append(&mut warnings);
        }
        Some(Rendition::Tt(body)) => {
            let mut tt = super::tt::read(body);
            content.body = into_canonical_body(std::mem::take(&mut tt.blocks));
            content.nitf = tt.head;
            content.links.append(&mut tt.links);
            content.warnings.append(&mut tt.warnings);
        }
        Some(Rendition::Html(html)) => content.body = crate::html::html_body(&html),
        Some(Rendition::Text(text)) => content.body = text_body(&text),
        Some(Rendition::Foreign(root)) => {
            content.warnings.push(Warning::new(
                "body",
                format!(
                    "inlineXML holds <{}>, a vocabulary newswire does not read; its text is kept as paragraphs",
                    root.name
                ),
                None,
            ));
            let mut blocks = Vec::new();
            foreign_text(root, &mut blocks);
            content.body = into_canonical_body(blocks);
        }
        Some(Rendition::Concepts(root)) => content.concepts_only = Some(root.name.to_string()),
        None => {}
    }
    content
}

/// Classifies the one element an `inlineXML` should hold.
fn inline_xml<'e, 'a>(inline: &'e Element<'a>) -> Option<Rendition<'e, 'a>> {
    let roots: Vec<&Element<'a>> = inline.elements().collect();
    let Some(&root) = roots.first() else {
        let text = inline.text();
        return collapse(&text).map(|_| Rendition::Text(text));
    };
    let xhtml = root.namespace() == Some(XHTML_NS);
    if roots.len() > 1 {
        // Several roots are invalid G2; XHTML blocks side by side are still a body.
        return Some(if roots.iter().all(|e| is_xhtml_block(e)) {
            Rendition::Xhtml(inline.children.iter().collect())
        } else {
            Rendition::Foreign(root)
        });
    }
    let tt = inline
        .attr_nonblank("contenttype")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case(super::tt::CONTENT_TYPE));
    Some(match root.name.as_ref() {
        "BODY" if tt => Rendition::Tt(root),
        "html" => Rendition::Xhtml(html_body(root)),
        "nitf" | "body.content" => Rendition::Nitf(root),
        "events" | "event" | "concepts" | "concept" | "conceptSet" | "eventItem" => {
            Rendition::Concepts(root)
        }
        "body" | "div" | "section" | "article" => Rendition::Xhtml(without_header(root)),
        _ if xhtml || is_xhtml_block(root) => Rendition::Xhtml(inline.children.iter().collect()),
        _ => Rendition::Foreign(root),
    })
}

fn is_xhtml_block(element: &Element<'_>) -> bool {
    matches!(
        element.name.as_ref(),
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "blockquote"
            | "pre"
            | "table"
    )
}

/// The nodes of an XHTML document's `body` (its children without `head` when it has none).
fn html_body<'e, 'a>(html: &'e Element<'a>) -> Vec<&'e Node<'a>> {
    match html.child("body") {
        Some(body) => without_header(body),
        None => html
            .children
            .iter()
            .filter(|node| !matches!(node, Node::Element(e) if e.is("head")))
            .collect(),
    }
}

/// The first `p` element among `nodes` and their descendants, in document order.
fn first_paragraph<'e, 'a>(
    nodes: impl IntoIterator<Item = &'e Node<'a>>,
) -> Option<&'e Element<'a>> {
    nodes.into_iter().find_map(|node| match node {
        Node::Element(e) if e.is("p") => Some(e),
        Node::Element(e) => first_paragraph(&e.children),
        Node::Text(_) => None,
    })
}

/// The first heading among `nodes` and their descendants that rNews marks as the headline
/// (`<h1 itemprop="headline">`).
fn marked_headline<'e, 'a>(
    nodes: impl IntoIterator<Item = &'e Node<'a>>,
) -> Option<&'e Element<'a>> {
    nodes.into_iter().find_map(|node| match node {
        Node::Element(e)
            if matches!(e.name.as_ref(), "h1" | "h2" | "h3")
                && e.attr("itemprop")
                    .is_some_and(|p| p.split_whitespace().any(|t| t == "headline")) =>
        {
            Some(e)
        }
        Node::Element(e) => marked_headline(&e.children),
        Node::Text(_) => None,
    })
}

/// The children of a body without its `header` elements: agencies put the story's metadata
/// there (dpa: subjects, the publication time, the headline again), not its text.
fn without_header<'e, 'a>(body: &'e Element<'a>) -> Vec<&'e Node<'a>> {
    body.children
        .iter()
        .filter(|node| !matches!(node, Node::Element(e) if e.is("header")))
        .collect()
}

/// `inlineData`: plain text, or HTML by its content type. Encoded (base64) data is skipped.
fn inline_data<'e, 'a>(
    data: &'e Element<'a>,
    warnings: &mut Vec<Warning>,
) -> Option<Rendition<'e, 'a>> {
    let text = data.text();
    collapse(&text)?;
    if let Some(encoding) = data.attr_nonblank("encoding") {
        warnings.push(Warning::new(
            "body",
            "inlineData is encoded; it is not read",
            Some(encoding.to_string()),
        ));
        return None;
    }
    let content_type = data
        .attr_nonblank("contenttype")
        .unwrap_or("text/plain")
        .to_ascii_lowercase();
    Some(if content_type.contains("html") {
        Rendition::Html(text)
    } else {
        Rendition::Text(text)
    })
}

/// Plain text: paragraphs at blank lines, lines within a paragraph joined.
fn text_body(text: &str) -> Vec<Block> {
    let blocks: Vec<Block> = paragraphs(text)
        .map(|p| {
            p.split("\n\n")
                .take_while(|_| budget::spend_block(1))
                .map(Block::paragraph)
                .collect()
        })
        .unwrap_or_default();
    into_canonical_body(blocks)
}

/// An NITF document read by the NITF reader (its body, and what its head says), or a bare
/// `body.content`.
fn read_nitf(nitf: &Element<'_>) -> (Vec<Block>, NitfHead, Vec<Link>, Vec<Warning>) {
    if nitf.is("body.content") {
        return (
            read_body(&nitf.children),
            NitfHead::default(),
            Vec::new(),
            Vec::new(),
        );
    }
    let article = crate::formats::nitf::nitf_article(nitf);
    let head = NitfHead {
        headline: article.headline.or(article.title),
        subheadline: article.subheadline,
        abstract_text: article.description,
        byline: article.byline,
        dateline: article.dateline,
    };
    (article.body, head, article.links, article.warnings)
}

/// The text of an unknown vocabulary: every element with text of its own is a paragraph.
fn foreign_text(element: &Element<'_>, blocks: &mut Vec<Block>) {
    let own_text = element
        .children
        .iter()
        .any(|n| matches!(n, Node::Text(t) if collapse(t).is_some()));
    if own_text {
        blocks.extend(line_of(element).map(Block::paragraph));
        return;
    }
    for child in element.elements() {
        foreign_text(child, blocks);
    }
}

/// A `remoteContent` rendition as an `enclosure` link, with its name, pixel size (when in
/// pixels), byte size and duration; an unreadable number is a warning with the raw value.
pub(super) fn remote_content(remote: &Element<'_>, warnings: &mut Vec<Warning>) -> Option<Link> {
    let href = attr(remote, "href").or_else(|| attr(remote, "residref"))?;
    let width = pixels(remote, "width", warnings);
    let height = pixels(remote, "height", warnings);
    let rendition = crate::model::Rendition {
        name: super::decode::rendition_name(remote),
        width,
        height,
        size: whole(remote, "size", warnings),
        duration_ms: duration_ms(remote, warnings),
    };
    Some(Link {
        rel: Some("enclosure".to_string()),
        href,
        media_type: attr(remote, "contenttype"),
        title: None,
        rendition: (!rendition.is_empty()).then_some(rendition),
    })
}

/// A whole-number attribute; one that is not is a warning with the raw value.
fn whole<T: std::str::FromStr>(
    remote: &Element<'_>,
    name: &str,
    warnings: &mut Vec<Warning>,
) -> Option<T> {
    let raw = remote.attr_nonblank(name)?;
    let value = raw.trim().parse::<T>().ok();
    if value.is_none() {
        let message = format!("remoteContent/@{name} is not a whole number (not kept)");
        warnings.push(Warning::new("links", &message, Some(raw.to_string())));
    }
    value
}

/// `@width` or `@height` in pixels (the default unit); in another unit, a warning.
fn pixels(remote: &Element<'_>, name: &str, warnings: &mut Vec<Warning>) -> Option<u32> {
    let value = whole(remote, name, warnings)?;
    let unit = remote.attr_nonblank(&format!("{name}unit"));
    if unit.is_none_or(|u| super::decode::code_of(u.trim()).eq_ignore_ascii_case("pixels")) {
        return Some(value);
    }
    let message = format!("remoteContent/@{name} is not in pixels (not kept)");
    warnings.push(Warning::new("links", &message, Some(value.to_string())));
    None
}

/// `@duration` in milliseconds: a number of `@durationunit` units, seconds by default (also
/// `timeunit:milliseconds`); another unit (frames, edit units) is a warning.
fn duration_ms(remote: &Element<'_>, warnings: &mut Vec<Warning>) -> Option<u64> {
    let raw = remote.attr_nonblank("duration")?;
    let unit = remote
        .attr_nonblank("durationunit")
        .map_or("seconds", |u| super::decode::code_of(u.trim()));
    let scale: u64 = match unit {
        "seconds" => 1000,
        "milliseconds" => 1,
        _ => 0,
    };
    // A whole number exactly; a fraction (`12.5` seconds) to the millisecond.
    let whole = raw
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|v| v.checked_mul(scale));
    let fraction = || {
        let v = raw.trim().parse::<f64>().ok()? * scale as f64;
        (v.is_finite() && (0.0..1e15).contains(&v)).then(|| v.round() as u64)
    };
    match whole.or_else(fraction).filter(|_| scale > 0) {
        Some(ms) => Some(ms),
        None => {
            let message = format!("remoteContent/@duration in {unit} is not read (not kept)");
            warnings.push(Warning::new("links", &message, Some(raw.to_string())));
            None
        }
    }
}
