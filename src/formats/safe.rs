//! The safety pass every reader's articles go through in [`read_with`](super::read_with): no
//! script or data URL (`javascript:`, `vbscript:`, `data:`, however disguised; see
//! [`is_safe_link`]) survives in a place a writer puts a URL, whatever the reader.
//!
//! Markup readers already keep only safe body links (the allowlist walk of
//! [`crate::xml::read_body`]); this pass covers what no walk sees: newswire JSON bodies, links,
//! author and party ids (G2 `@uri`, JSON-LD `@id` and `url`), concept schemes (`@uri` = scheme +
//! code) and the article id. What it drops is a warning, so nothing goes silently.

use crate::iri::is_safe_link;
use crate::model::{Article, Block, Concept, Inline, Party, Warning};

/// At most this many characters of a dropped URL are kept in its warning.
const RAW_CHARS: usize = 100;

/// Drops every script or data URL from `article`, with a warning for each.
pub(crate) fn drop_unsafe_urls(article: &mut Article) {
    let mut dropped: Vec<Warning> = Vec::new();
    let mut drop = |field: &str, url: &str| {
        dropped.push(Warning::new(
            field,
            "a script or data URL was dropped",
            Some(url.chars().take(RAW_CHARS).collect()),
        ));
    };
    if let Some(id) = article.id.take_if(|id| !is_safe_link(id)) {
        drop("id", &id);
    }
    article.links.retain(|link| {
        let safe = is_safe_link(&link.href);
        if !safe {
            drop("links", &link.href);
        }
        safe
    });
    for author in &mut article.authors {
        if let Some(id) = author.id.take_if(|id| !is_safe_link(id)) {
            drop("authors", &id);
        }
    }
    let parties = article
        .provider
        .iter_mut()
        .map(|p| ("provider", p))
        .chain(article.sources.iter_mut().map(|p| ("sources", p)))
        .chain(
            article
                .rights
                .holder
                .iter_mut()
                .map(|p| ("rights.holder", p)),
        );
    for (field, party) in parties {
        if let Some(id) = party_id(party) {
            drop(field, &id);
        }
    }
    for (field, concepts) in [
        ("subjects", &mut article.subjects),
        ("genres", &mut article.genres),
    ] {
        concepts.retain_mut(|concept| match unsafe_scheme(concept) {
            Some(scheme) => {
                drop(field, &scheme);
                concept.name.is_some()
            }
            None => true,
        });
    }
    let mut body_links = Vec::new();
    blocks(&mut article.body, &mut body_links);
    for href in body_links {
        drop("body", &href);
    }
    article.warnings.append(&mut dropped);
}

/// The party's id, taken out of it, when it is unsafe.
fn party_id(party: &mut Party) -> Option<String> {
    party.id.take_if(|id| !is_safe_link(id))
}

/// The concept's scheme, taken out of it with its code, when the scheme is unsafe: the name
/// alone is left.
fn unsafe_scheme(concept: &mut Concept) -> Option<String> {
    let scheme = concept.scheme.take_if(|scheme| !is_safe_link(scheme))?;
    concept.code = None;
    Some(scheme)
}

fn blocks(blocks: &mut [Block], dropped: &mut Vec<String>) {
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                inlines(content, dropped);
            }
            Block::Blockquote { blocks: inner } => self::blocks(inner, dropped),
            Block::List { items, .. } => {
                for item in items {
                    self::blocks(item, dropped);
                }
            }
            Block::Preformatted { .. } => {}
        }
    }
}

/// An unsafe link becomes its content, kept in its place.
fn inlines(content: &mut Vec<Inline>, dropped: &mut Vec<String>) {
    let unsafe_link =
        |inline: &Inline| matches!(inline, Inline::Link { href, .. } if !is_safe_link(href));
    // Again until none is left: an unsafe link's content may hold another.
    while content.iter().any(unsafe_link) {
        let old = std::mem::take(content);
        for inline in old {
            match inline {
                Inline::Link {
                    href,
                    content: inner,
                    ..
                } if !is_safe_link(&href) => {
                    dropped.push(href);
                    content.extend(inner);
                }
                other => content.push(other),
            }
        }
    }
    for inline in content {
        match inline {
            Inline::Emphasis(inner)
            | Inline::Strong(inner)
            | Inline::Link { content: inner, .. } => {
                inlines(inner, dropped);
            }
            Inline::Text(_) | Inline::LineBreak => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Author, Link};

    #[test]
    fn an_unsafe_link_inside_an_unsafe_link_is_dropped_too() {
        let evil = |content| Inline::Link {
            href: "vbscript:x".into(),
            title: None,
            content,
        };
        let mut article = Article {
            body: vec![Block::Paragraph {
                content: vec![evil(vec![evil(vec![Inline::text("kept")])])],
            }],
            ..Article::default()
        };
        drop_unsafe_urls(&mut article);
        assert_eq!(
            article.body,
            [Block::Paragraph {
                content: vec![Inline::text("kept")]
            }]
        );
        assert_eq!(article.warnings.len(), 2);
    }

    #[test]
    fn script_and_data_urls_are_dropped_everywhere_with_warnings() {
        let evil = "JavaScript:alert(1)";
        let mut article = Article {
            id: Some(evil.into()),
            links: vec![
                Link {
                    href: " data:text/html,<script>".into(),
                    ..Link::default()
                },
                Link {
                    href: "https://x.example/".into(),
                    ..Link::default()
                },
            ],
            authors: vec![Author {
                id: Some("vbscript:x".into()),
                ..Author::named("Ann")
            }],
            provider: Some(Party {
                id: Some(evil.into()),
                name: Some("P".into()),
            }),
            subjects: vec![
                Concept::coded("javascript:x//", "1"),
                Concept {
                    name: Some("kept".into()),
                    ..Concept::coded("javascript:x//", "2")
                },
                Concept::coded("medtop", "3"),
            ],
            body: vec![Block::Blockquote {
                blocks: vec![Block::Paragraph {
                    content: vec![
                        Inline::text("a "),
                        Inline::Strong(vec![Inline::Link {
                            href: evil.into(),
                            title: None,
                            content: vec![Inline::text("b")],
                        }]),
                        Inline::Link {
                            href: "https://ok.example/".into(),
                            title: None,
                            content: vec![Inline::text("c")],
                        },
                    ],
                }],
            }],
            ..Article::default()
        };
        drop_unsafe_urls(&mut article);
        assert_eq!(article.id, None);
        assert_eq!(article.links.len(), 1);
        assert_eq!(article.authors[0].id, None);
        assert_eq!(article.provider.as_ref().and_then(|p| p.id.as_ref()), None);
        assert_eq!(
            article.subjects,
            [Concept::named("kept"), Concept::coded("medtop", "3")]
        );
        assert_eq!(
            article.body,
            [Block::Blockquote {
                blocks: vec![Block::Paragraph {
                    content: vec![
                        Inline::text("a "),
                        Inline::Strong(vec![Inline::text("b")]),
                        Inline::Link {
                            href: "https://ok.example/".into(),
                            title: None,
                            content: vec![Inline::text("c")],
                        },
                    ],
                }],
            }]
        );
        let fields: Vec<_> = article
            .warnings
            .iter()
            .map(|w| w.field.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(
            fields,
            [
                "id", "links", "authors", "provider", "subjects", "subjects", "body"
            ]
        );
    }
}
