//! The form body blocks take in markup: what a writer renders and a reader gets back.

use crate::iri::is_safe_link;
use crate::model::{Block, Inline, canonical_body};
use crate::writable::writable;

/// The blocks as [`write_body`](super::write_body) renders them and [`read_body`](super::read_body) reads them
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
            text: writable(text).into_owned(),
        },
    })
}

fn inlines_form(inlines: &[Inline], inside_link: bool) -> Vec<Inline> {
    let mut out = Vec::new();
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push(Inline::Text(writable(text).into_owned())),
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
                let href = writable(href);
                let href = href.trim();
                if inside_link || href.is_empty() || !is_safe_link(href) {
                    out.extend(inlines_form(content, true));
                    continue;
                }
                let title = title
                    .as_deref()
                    .map(|t| writable(t).trim().to_string())
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
