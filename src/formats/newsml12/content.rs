//! `ContentItem`: inline content (`DataContent`: NITF, XHTML, HTML or plain text) or a media
//! file referenced by `@Href`.

use super::draft::Draft;
use super::{formal_name, line_of};
use crate::formats::budget;
use crate::model::{Article, Block, Link, Rendition, into_canonical_body};
use crate::xml::{Element, Node, XHTML_NS, collapse, read_body};

/// What a content item holds.
pub(super) enum Content {
    /// Body blocks (XHTML, HTML, plain text).
    Blocks(Vec<Block>),
    /// An NITF document: its body and what its head says.
    Nitf(Box<Article>),
    /// A file elsewhere (a picture, a video), as an `enclosure` link.
    Media(Link),
}

/// Reads a `ContentItem`; its word count goes to `word_count`.
pub(super) fn content_item(draft: &mut Draft, item: &Element<'_>) -> Option<Content> {
    word_count(draft, item);
    let format = item
        .child("Format")
        .and_then(formal_name)
        .unwrap_or_default();
    let mime = item.child("MimeType").and_then(formal_name);
    if let Some(data) = item.child("DataContent") {
        if item.child("Encoding").is_some() || data.attr_nonblank("Encoding").is_some() {
            draft.warn("body", "the content is encoded; it is not read", &format);
            return None;
        }
        if let Some(content) = data_content(draft, data, &format, mime.as_deref()) {
            return Some(content);
        }
    }
    let href = item.attr_nonblank("Href")?;
    Some(Content::Media(Link {
        rel: Some("enclosure".to_string()),
        href: href.to_string(),
        media_type: mime.or_else(|| media_type_of_format(&format)),
        title: None,
        rendition: characteristics(item),
    }))
}

/// A media file's `Characteristics`: `SizeInBytes` (the DTD's), and the properties providers
/// add: width and height (`Width`/`Height` at AFP and Belga, `PixelWidth`/`PixelHeight`), the
/// file's use (`ImageUse`) as the rendition's name.
fn characteristics(item: &Element<'_>) -> Option<Rendition> {
    let characteristics = item.child("Characteristics")?;
    let property = |names: [&str; 2]| -> Option<u32> {
        characteristics
            .elements_named("Property")
            .filter(|p| {
                p.attr("FormalName")
                    .is_some_and(|n| names.contains(&n.trim()))
            })
            .find_map(|p| p.attr("Value")?.trim().parse().ok())
    };
    let rendition = Rendition {
        // Business Wire names each file of a picture by its use (`Thumbnail`, `Highres`).
        name: characteristics
            .elements_named("Property")
            .filter(|p| {
                p.attr("FormalName")
                    .is_some_and(|n| n.trim().eq_ignore_ascii_case("ImageUse"))
            })
            .find_map(|p| p.attr("Value").and_then(collapse)),
        size: characteristics
            .child("SizeInBytes")
            .and_then(|s| s.text().trim().parse().ok()),
        width: property(["Width", "PixelWidth"]),
        height: property(["Height", "PixelHeight"]),
        ..Rendition::default()
    };
    (!rendition.is_empty()).then_some(rendition)
}

/// `DataContent`: an element (NITF, XHTML; any other vocabulary is read for its text, with a
/// warning), or text: HTML when the format or media type says so (ANA sends HTML in CDATA),
/// else plain text. Escaped markup in plain text (Belga) stays text.
fn data_content(
    draft: &mut Draft,
    data: &Element<'_>,
    format: &str,
    mime: Option<&str>,
) -> Option<Content> {
    if let Some(root) = data.elements().next() {
        let blocks = match root.name.as_ref() {
            "nitf" => {
                return Some(Content::Nitf(Box::new(crate::formats::nitf::nitf_article(
                    root,
                ))));
            }
            "html" => read_body(root.child("body").map_or(&root.children, |b| &b.children)),
            "body" | "body.content" | "div" => read_body(&root.children),
            _ if root.namespace() == Some(XHTML_NS) => read_body(&data.children),
            other => {
                draft.warn(
                    "body",
                    "DataContent holds a vocabulary newswire does not read; its text is kept",
                    other,
                );
                read_body(&data.children)
            }
        };
        return Some(Content::Blocks(blocks));
    }
    let text = data.text();
    collapse(&text)?;
    let html = [format, mime.unwrap_or("")]
        .iter()
        .any(|f| f.to_ascii_lowercase().contains("html"));
    Some(Content::Blocks(if html {
        crate::html::html_body(&text)
    } else {
        text_blocks(&text)
    }))
}

/// Plain text as paragraphs: split at blank lines when it has any, else one paragraph per line
/// (Belga puts one paragraph on each line).
pub(super) fn text_blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| collapse(l).is_some());
    let last = lines.iter().rposition(|l| collapse(l).is_some());
    let inner = match (first, last) {
        (Some(first), Some(last)) => lines.get(first..=last).unwrap_or_default(),
        _ => return Vec::new(),
    };
    let blank_lines = inner.iter().any(|l| collapse(l).is_none());
    let blocks: Vec<Block> = if blank_lines {
        inner
            .split(|l| collapse(l).is_none())
            .filter_map(|group| collapse(&group.join(" ")))
            .take_while(|_| budget::spend_block(1))
            .map(Block::paragraph)
            .collect()
    } else {
        inner
            .iter()
            .filter_map(|l| collapse(l))
            .take_while(|_| budget::spend_block(1))
            .map(Block::paragraph)
            .collect()
    };
    into_canonical_body(blocks)
}

/// The words a content item counts (`Characteristics/Property[@FormalName='Words']`).
fn word_count(draft: &mut Draft, item: &Element<'_>) {
    let Some(characteristics) = item.child("Characteristics") else {
        return;
    };
    let count = characteristics
        .elements_named("Property")
        .filter(|p| {
            p.attr("FormalName").is_some_and(|n| {
                let n = n.trim().to_ascii_lowercase();
                n == "words" || n == "wordcount"
            })
        })
        .find_map(|p| p.attr_nonblank("Value")?.trim().parse::<u32>().ok());
    if count.is_some() {
        draft.article.word_count = count;
    }
}

/// The media type for the format names agencies use for files.
fn media_type_of_format(format: &str) -> Option<String> {
    // AFP names the media type itself (`image/jpeg`).
    let format = format.trim();
    if let Some((kind, sub)) = format.split_once('/')
        && !kind.is_empty()
        && !sub.is_empty()
        && !format.contains(char::is_whitespace)
    {
        return Some(format.to_ascii_lowercase());
    }
    Some(
        match format.to_ascii_lowercase().as_str() {
            "jpeg" | "jpg" => "image/jpeg",
            "png" => "image/png",
            "gif" => "image/gif",
            "mpeg4" | "mp4" => "video/mp4",
            "mp3" => "audio/mpeg",
            _ => return None,
        }
        .to_string(),
    )
}

/// The text of blocks on one line (a title part).
pub(super) fn one_line(blocks: &[Block]) -> Option<String> {
    collapse(&Block::text_of(blocks))
}

/// Whether a content item has inline content (not only a reference to a file).
pub(super) fn has_data(item: &Element<'_>) -> bool {
    item.child("DataContent").is_some_and(|data| {
        data.children.iter().any(|node| match node {
            Node::Text(text) => collapse(text).is_some(),
            Node::Element(_) => true,
        })
    })
}

/// A headline for a media component: its `NewsLines/HeadLine`.
pub(super) fn headline_of(component: &Element<'_>) -> Option<String> {
    component
        .child("NewsLines")?
        .elements_named("HeadLine")
        .find_map(line_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_paragraphs() {
        assert_eq!(
            text_blocks("\n  One\n  line each.\n"),
            [Block::paragraph("One"), Block::paragraph("line each.")]
        );
        assert_eq!(
            text_blocks("A\nwrapped\n\n  B\n"),
            [Block::paragraph("A wrapped"), Block::paragraph("B")]
        );
        assert!(text_blocks("  \n ").is_empty());
    }
}
