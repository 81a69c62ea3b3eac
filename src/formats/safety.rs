//! The safety pass. Every reader's articles go through it in [`read_with`](super::read_with), and
//! every article a writer gets in [`write_with`](super::write_with) (library users build
//! articles too), so that no output holds a script, data or local-file URL (`javascript:`,
//! `vbscript:`, `data:`, `file:`, however disguised; see [`is_safe_link`]) where a consumer may
//! take a value for a URL, nor a password inside a URL.
//!
//! Order matters, and is fixed here: first every string becomes what the writers will write
//! ([`Article::make_writable`]: the characters no output carries are dropped, so
//! `java\u{FFFF}script:` is `javascript:` before it is checked), then every value a writer may
//! put in a URL, identifier or term slot is checked:
//!
//! - links (href, relation, media type, and the title and rendition name, which NITF and G2
//!   write as attribute values), the files of associated items (and their roles and ids), and
//!   the links in the body;
//! - the article id, author and party ids, concept schemes and codes (and the QCode and URI they
//!   make together);
//! - the names and words writers use as identifiers: keywords (Atom `category/@term`, NITF
//!   `keyword/@key`), the slugline (NITF `du-key/@key`), author, party and concept names (G2
//!   `@literal`), author roles and job titles (G2 `@role`, `@jobtitleuri`), the roles of notes,
//!   descriptions and headlines (G2 `@role`, `@roleuri`), the roles of subjects (ninjs `rel`),
//!   the dateline's place and agencies.
//!
//! Prose (headlines, body text, descriptions, notes, rights statements) is
//! not checked: "JavaScript: a guide" is a fine headline. What the pass drops or changes is a
//! warning, so nothing goes silently.

use crate::iri::{is_safe_link, without_credentials};
use crate::model::{
    Article, Block, Concept, Inline, MAX_NESTING, Party, Warning, flatten_nesting, nests_too_deep,
};
use crate::writable::writable;

/// At most this many characters of a dropped value are kept in its warning.
const RAW_CHARS: usize = 100;

/// The warning for a value dropped as unsafe.
const DROPPED: &str =
    "a value with a script, data or file URL scheme (or, in a concept, a password) was dropped";

/// The warning for a related concept's own relations, which the model does not keep.
const NESTED_RELATIONS: &str =
    "the relations of a related concept (sameAs, broader) were dropped: the model keeps one level";

/// The warning for a URL that lost its credentials.
const CREDENTIALS: &str = "the user name and password in a URL were removed";

/// Makes `article` safe to write, with a warning for each change (see the module's docs).
pub(crate) fn make_safe(article: &mut Article) {
    let unwritable = article.make_writable();
    let mut warnings = Vec::new();
    if unwritable > 0 {
        warnings.push(Warning {
            field: None,
            message: format!(
                "{unwritable} characters no output carries (C0 controls, U+FFFE, U+FFFF) were dropped"
            ),
            raw: None,
        });
    }
    if nests_too_deep(&article.body) {
        article.body = flatten_nesting(std::mem::take(&mut article.body));
        warnings.push(Warning::new(
            "body",
            format!(
                "blocks or marks nested more than {MAX_NESTING} deep gave their content to the level around them"
            ),
            None,
        ));
    }
    let mut pass = Pass {
        warnings: &mut warnings,
    };
    pass.run(article);
    article.warnings.append(&mut warnings);
}

/// True when [`make_safe`] would drop or change a URL, identifier or term of `article`, or
/// flatten a body nested deeper than [`MAX_NESTING`] (its unwritable characters aside: writers
/// drop those themselves, and no check depends on them).
pub(crate) fn needs_safety(article: &Article) -> bool {
    let bad = is_unsafe;
    let opt = |value: &Option<String>| value.as_deref().is_some_and(bad);
    let party = |p: &Party| opt(&p.id) || opt(&p.name);
    opt(&article.id)
        || article.keywords.iter().any(|k| bad(k))
        || opt(&article.slugline)
        || article
            .subjects
            .iter()
            .chain(&article.genres)
            .chain(&article.services)
            .chain(&article.sections)
            .any(concept_needs_safety)
        || article
            .authors
            .iter()
            .any(|a| bad(&a.name) || opt(&a.id) || opt(&a.role) || opt(&a.job_title))
        || article
            .editorial_notes
            .iter()
            .chain(&article.descriptions)
            .chain(&article.headlines)
            .any(|t| opt(&t.role))
        || article.provider.iter().any(party)
        || article.sources.iter().any(party)
        || article.rights.holder.iter().any(party)
        || article.dateline.as_ref().is_some_and(|d| {
            opt(&d.city)
                || opt(&d.region)
                || d.agencies.iter().any(|a| bad(&a.name) || opt(&a.service))
        })
        || article
            .links
            .iter()
            .chain(article.associations.iter().flat_map(|a| &a.renditions))
            .any(|l| {
                bad(&l.href)
                    || opt(&l.rel)
                    || opt(&l.media_type)
                    || opt(&l.title)
                    || l.rendition.as_ref().is_some_and(|r| opt(&r.name))
            })
        || article
            .associations
            .iter()
            .any(|a| opt(&a.role) || opt(&a.id))
        || blocks_have_unsafe_links(&article.body)
        || nests_too_deep(&article.body)
}

/// The checks and the warnings they leave.
struct Pass<'w> {
    warnings: &'w mut Vec<Warning>,
}

impl Pass<'_> {
    fn run(&mut self, article: &mut Article) {
        self.value("id", &mut article.id);
        article.keywords.retain_mut(|k| self.keep("keywords", k));
        self.value("slugline", &mut article.slugline);
        for (field, concepts) in [
            ("subjects", &mut article.subjects),
            ("genres", &mut article.genres),
            ("services", &mut article.services),
            ("sections", &mut article.sections),
        ] {
            concepts.retain_mut(|concept| self.concept(field, concept));
        }
        article.authors.retain_mut(|author| {
            self.value("authors", &mut author.id);
            self.value("authors", &mut author.role);
            self.value("authors", &mut author.job_title);
            self.keep("authors", &mut author.name)
        });
        for (field, texts) in [
            ("ednote", &mut article.editorial_notes),
            ("descriptions", &mut article.descriptions),
            ("headlines", &mut article.headlines),
        ] {
            for text in texts {
                self.value(field, &mut text.role);
            }
        }
        if let Some(provider) = &mut article.provider
            && !self.party("provider", provider)
        {
            article.provider = None;
        }
        article.sources.retain_mut(|p| self.party("sources", p));
        if let Some(holder) = &mut article.rights.holder
            && !self.party("rights.holder", holder)
        {
            article.rights.holder = None;
        }
        if let Some(dateline) = &mut article.dateline {
            self.value("dateline", &mut dateline.city);
            self.value("dateline", &mut dateline.region);
            dateline.agencies.retain_mut(|agency| {
                self.value("dateline", &mut agency.service);
                self.keep("dateline", &mut agency.name)
            });
        }
        article.links.retain_mut(|link| self.link("links", link));
        for association in &mut article.associations {
            self.value("associations", &mut association.role);
            self.value("associations", &mut association.id);
            association
                .renditions
                .retain_mut(|link| self.link("associations", link));
        }
        self.blocks(&mut article.body);
    }

    /// True when the link may stay: its address, relation and media type are safe. A title
    /// that holds a script URL is dropped, the link kept (NITF writes the title as an
    /// attribute value, `media-reference/@name`).
    fn link(&mut self, field: &str, link: &mut crate::model::Link) -> bool {
        let keep = self.keep(field, &mut link.href)
            && link.rel.as_mut().is_none_or(|r| self.keep(field, r))
            && link.media_type.as_mut().is_none_or(|t| self.keep(field, t));
        if keep {
            self.value(field, &mut link.title);
            if let Some(rendition) = &mut link.rendition {
                self.value(field, &mut rendition.name);
            }
        }
        keep
    }

    /// Records a dropped value.
    fn drop(&mut self, field: &str, value: &str) {
        self.warnings.push(Warning::new(
            field,
            DROPPED,
            Some(value.chars().take(RAW_CHARS).collect()),
        ));
    }

    /// True when `value` may stay, its credentials removed first (what is left of
    /// `//x@vbscript:` is unsafe); a warning when it may not.
    fn keep(&mut self, field: &str, value: &mut String) -> bool {
        self.credentials(field, value);
        let safe = is_safe_link(value);
        if !safe {
            self.drop(field, value);
        }
        safe
    }

    /// A URL, identifier or word a writer may use as one: taken out when unsafe, its
    /// credentials removed.
    fn value(&mut self, field: &str, value: &mut Option<String>) {
        if let Some(kept) = value
            && !self.keep(field, kept)
        {
            *value = None;
        }
    }

    fn credentials(&mut self, field: &str, url: &mut String) {
        if let Some(clean) = without_credentials(url) {
            self.warnings.push(Warning::new(
                field,
                CREDENTIALS,
                Some(clean.chars().take(RAW_CHARS).collect()),
            ));
            *url = clean;
        }
    }

    /// A party keeps what is safe of it; false when the pass took all it had (a party that came
    /// empty is no change of the pass's, and stays: dropping it would go without a warning).
    fn party(&mut self, field: &str, party: &mut Party) -> bool {
        let had = party.id.is_some() || party.name.is_some();
        self.value(field, &mut party.id);
        self.value(field, &mut party.name);
        !had || party.id.is_some() || party.name.is_some()
    }

    /// A concept loses an unsafe scheme with its code, an unsafe name and an unsafe role;
    /// false when the pass took all it had (as for a party).
    fn concept(&mut self, field: &str, concept: &mut Concept) -> bool {
        let had = concept.scheme.is_some() || concept.code.is_some() || concept.name.is_some();
        if concept_is_unsafe(concept) {
            let written = [concept.qcode(), concept.uri(), concept.scheme.take()];
            let shown = written.into_iter().flatten().next();
            let code = concept.code.take();
            self.drop(field, shown.as_deref().or(code.as_deref()).unwrap_or(""));
        }
        self.value(field, &mut concept.name);
        self.value(field, &mut concept.role);
        for related in [&mut concept.same_as, &mut concept.broader] {
            for c in related.iter_mut() {
                if !c.same_as.is_empty() || !c.broader.is_empty() {
                    c.same_as.clear();
                    c.broader.clear();
                    self.warnings
                        .push(Warning::new(field, NESTED_RELATIONS, None));
                }
            }
            related.retain_mut(|c| self.concept(field, c));
        }
        !had || concept.scheme.is_some() || concept.code.is_some() || concept.name.is_some()
    }

    /// A figure at an unsafe address becomes its caption, a paragraph in its place (nothing,
    /// without one), as an unsafe link becomes its content.
    fn blocks(&mut self, blocks: &mut Vec<Block>) {
        let unsafe_figure =
            |block: &Block| matches!(block, Block::Figure(figure) if is_unsafe(&figure.href));
        if blocks.iter().any(unsafe_figure) {
            let old = std::mem::take(blocks);
            for block in old {
                match block {
                    Block::Figure(figure) if is_unsafe(&figure.href) => {
                        self.drop("body", &figure.href);
                        if !figure.caption.is_empty() {
                            blocks.push(Block::Paragraph {
                                content: figure.caption,
                            });
                        }
                    }
                    other => blocks.push(other),
                }
            }
        }
        for block in blocks {
            match block {
                Block::Paragraph { content } | Block::Heading { content, .. } => {
                    self.inlines(content);
                }
                Block::Blockquote { blocks: inner } => self.blocks(inner),
                Block::Aside {
                    kind,
                    blocks: inner,
                } => {
                    // Written as a class: an unsafe one goes, as an attribute value does.
                    if !kind.is_empty() && !self.keep("body", kind) {
                        kind.clear();
                    }
                    self.blocks(inner);
                }
                Block::List { items, .. } => {
                    for item in items {
                        self.blocks(item);
                    }
                }
                Block::Preformatted { .. } => {}
                Block::Table { caption, rows } => {
                    for content in crate::model::table_inlines_mut(caption, rows) {
                        self.inlines(content);
                    }
                }
                Block::Figure(figure) => {
                    self.credentials("body", &mut figure.href);
                    // Written as attribute values (NITF's alternate-text, mime-type): unsafe
                    // ones go, as a party's or concept's name does.
                    self.value("body", &mut figure.media_type);
                    self.value("body", &mut figure.alt);
                    self.value("body", &mut figure.credit);
                    self.inlines(&mut figure.caption);
                }
            }
        }
    }

    /// A link loses its credentials; an unsafe link then becomes its content, kept in its place.
    fn inlines(&mut self, content: &mut Vec<Inline>) {
        let unsafe_link =
            |inline: &Inline| matches!(inline, Inline::Link { href, .. } if !is_safe_link(href));
        // Again until none is left: an unsafe link's content may hold another.
        loop {
            for inline in content.iter_mut() {
                if let Inline::Link { href, .. } = inline {
                    self.credentials("body", href);
                }
            }
            if !content.iter().any(unsafe_link) {
                break;
            }
            let old = std::mem::take(content);
            for inline in old {
                match inline {
                    Inline::Link {
                        href,
                        content: inner,
                        ..
                    } if !is_safe_link(&href) => {
                        self.drop("body", &href);
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
                | Inline::Superscript(inner)
                | Inline::Subscript(inner)
                | Inline::Link { content: inner, .. } => self.inlines(inner),
                Inline::Text(_) | Inline::LineBreak => {}
            }
        }
    }
}

/// True when a concept's scheme or code, or the QCode or URI they make, is unsafe or carries
/// credentials: `javascript` and `alert(1)` are each harmless, `javascript:alert(1)` is not.
/// Scheme and code go together, so both are dropped.
/// Whether a concept, or one it is related to (`same_as`, `broader`), has a value the pass
/// drops, or a related concept has relations of its own (the model keeps one level).
fn concept_needs_safety(concept: &Concept) -> bool {
    let unsafe_values = |c: &Concept| {
        concept_is_unsafe(c)
            || [&c.name, &c.role]
                .into_iter()
                .flatten()
                .any(|v| is_unsafe(v))
    };
    unsafe_values(concept)
        || concept
            .same_as
            .iter()
            .chain(&concept.broader)
            .any(|related| {
                unsafe_values(related) || !related.same_as.is_empty() || !related.broader.is_empty()
            })
}

fn concept_is_unsafe(concept: &Concept) -> bool {
    [concept.qcode(), concept.uri()]
        .iter()
        .flatten()
        .map(String::as_str)
        .chain(concept.scheme.as_deref())
        .chain(concept.code.as_deref())
        .any(is_unsafe)
}

/// True when `value`, as the writers will write it, is unsafe or carries credentials (the
/// credentials test, unlike the scheme test, depends on characters being next to each other:
/// `/\u{1}/user:pw@host` is `//user:pw@host` once written).
fn is_unsafe(value: &str) -> bool {
    let written = writable(value);
    !is_safe_link(&written) || without_credentials(&written).is_some()
}

fn blocks_have_unsafe_links(blocks: &[Block]) -> bool {
    blocks.iter().any(|block| match block {
        Block::Paragraph { content } | Block::Heading { content, .. } => {
            inlines_have_unsafe_links(content)
        }
        Block::Blockquote { blocks } => blocks_have_unsafe_links(blocks),
        Block::Aside { kind, blocks } => {
            (!kind.is_empty() && is_unsafe(kind)) || blocks_have_unsafe_links(blocks)
        }
        Block::List { items, .. } => items.iter().any(|item| blocks_have_unsafe_links(item)),
        Block::Preformatted { .. } => false,
        Block::Table { caption, rows } => {
            crate::model::table_inlines(caption, rows).any(inlines_have_unsafe_links)
        }
        Block::Figure(figure) => {
            is_unsafe(&figure.href)
                || [&figure.media_type, &figure.alt, &figure.credit]
                    .into_iter()
                    .flatten()
                    .any(|value| is_unsafe(value))
                || inlines_have_unsafe_links(&figure.caption)
        }
    })
}

fn inlines_have_unsafe_links(content: &[Inline]) -> bool {
    content.iter().any(|inline| match inline {
        Inline::Emphasis(inner)
        | Inline::Strong(inner)
        | Inline::Superscript(inner)
        | Inline::Subscript(inner) => inlines_have_unsafe_links(inner),
        Inline::Link { href, content, .. } => is_unsafe(href) || inlines_have_unsafe_links(content),
        Inline::Text(_) | Inline::LineBreak => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agency, Author, Dateline, Link};

    fn fields(article: &Article) -> Vec<&str> {
        article
            .warnings
            .iter()
            .map(|w| w.field.as_deref().unwrap_or(""))
            .collect()
    }

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
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert_eq!(
            article.body,
            [Block::Paragraph {
                content: vec![Inline::text("kept")]
            }]
        );
        assert_eq!(article.warnings.len(), 2);
        assert!(!needs_safety(&article));
    }

    #[test]
    fn unsafe_values_are_dropped_everywhere_with_warnings() {
        let evil = "JavaScript:alert(1)";
        let mut article = Article {
            id: Some(evil.into()),
            keywords: vec!["kept".into(), "java\u{ffff}script:x".into()],
            slugline: Some("data:text/html,x".into()),
            links: vec![
                Link {
                    href: " data:text/html,<script>".into(),
                    ..Link::default()
                },
                Link {
                    href: "https://x.example/".into(),
                    rel: Some("vbscript:x".into()),
                    ..Link::default()
                },
                Link {
                    href: "https://x.example/".into(),
                    ..Link::default()
                },
            ],
            authors: vec![
                Author {
                    id: Some("vbscript:x".into()),
                    role: Some("javascript:y".into()),
                    ..Author::named("Ann")
                },
                Author::named("javascript:alert(1)"),
            ],
            provider: Some(Party {
                id: Some(evil.into()),
                name: Some("P".into()),
            }),
            sources: vec![Party::named("\u{feff}javascript:x")],
            subjects: vec![
                Concept::coded("javascript:x//", "1"),
                Concept {
                    name: Some("kept".into()),
                    ..Concept::coded("javascript:x//", "2")
                },
                Concept::coded("javascript", "alert(1)"),
                Concept::coded("medtop", "3"),
            ],
            dateline: Some(Dateline {
                city: Some("file:///x".into()),
                agencies: vec![Agency::new("javascript:a"), Agency::new("ANSA")],
                ..Dateline::new("ROMA (ANSA) -")
            }),
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
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert!(!needs_safety(&article));
        assert_eq!(article.id, None);
        assert_eq!(article.keywords, ["kept"]);
        assert_eq!(article.slugline, None);
        assert_eq!(article.links.len(), 1);
        assert_eq!(article.authors.len(), 1);
        assert_eq!(article.authors[0].id, None);
        assert_eq!(article.authors[0].role, None);
        assert_eq!(article.provider, Some(Party::named("P")));
        assert!(article.sources.is_empty());
        assert_eq!(
            article.subjects,
            [Concept::named("kept"), Concept::coded("medtop", "3")]
        );
        let dateline = article.dateline.as_ref().unwrap();
        assert_eq!(dateline.city, None);
        assert_eq!(dateline.agencies, [Agency::new("ANSA")]);
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
        assert_eq!(
            fields(&article),
            [
                "", "id", "keywords", "slugline", "subjects", "subjects", "subjects", "authors",
                "authors", "authors", "provider", "sources", "dateline", "dateline", "links",
                "links", "body"
            ]
        );
        assert_eq!(
            article.warnings[0].message,
            "1 characters no output carries (C0 controls, U+FFFE, U+FFFF) were dropped"
        );
    }

    #[test]
    fn what_came_empty_is_no_change_of_the_pass() {
        // newswire JSON `"holder": {}` reads as an empty party; dropping it would be a change
        // without a warning, and the JSON round trip would lose it.
        let mut article = Article {
            provider: Some(Party::default()),
            sources: vec![Party::default(), Party::named("javascript:x")],
            genres: vec![Concept::default()],
            ..Article::default()
        };
        article.rights.holder = Some(Party::default());
        let before = article.clone();
        make_safe(&mut article);
        assert_eq!(article.provider, before.provider);
        assert_eq!(article.rights.holder, before.rights.holder);
        assert_eq!(article.genres, before.genres);
        // What the pass empties goes, with its warning.
        assert_eq!(article.sources, [Party::default()]);
        assert_eq!(fields(&article), ["sources"]);
    }

    #[test]
    fn a_value_is_checked_again_once_its_credentials_are_gone() {
        let link = |href: &str| Inline::Link {
            href: href.into(),
            title: None,
            content: vec![Inline::text("x")],
        };
        let mut article = Article {
            links: vec![Link {
                href: "//a@vbscript:x".into(),
                ..Link::default()
            }],
            keywords: vec!["//b:c@javascript:y".into()],
            body: vec![Block::Paragraph {
                content: vec![link("//u:p@javascript:z")],
            }],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert!(!needs_safety(&article));
        assert!(article.links.is_empty() && article.keywords.is_empty());
        assert_eq!(
            article.body,
            [Block::Paragraph {
                content: vec![Inline::text("x")]
            }]
        );
    }

    #[test]
    fn the_files_roles_and_ids_of_associated_items_are_checked_like_links() {
        use crate::model::Association;
        let file = |href: &str| Link {
            rel: Some("enclosure".into()),
            href: href.into(),
            ..Link::default()
        };
        let mut article = Article {
            associations: vec![Association {
                role: Some("vbscript:msgbox".into()),
                id: Some("https://u:p@x.example/pic".into()),
                caption: Some("javascript: a guide".into()),
                renditions: vec![
                    file("data:image/png;base64,AAAA"),
                    file("https://x.example/pic.jpg"),
                ],
                ..Association::default()
            }],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert!(!needs_safety(&article));
        let kept = &article.associations[0];
        assert_eq!(kept.role, None);
        assert_eq!(kept.id.as_deref(), Some("https://x.example/pic"));
        // Prose stays.
        assert_eq!(kept.caption.as_deref(), Some("javascript: a guide"));
        assert_eq!(kept.renditions, [file("https://x.example/pic.jpg")]);
        assert_eq!(
            fields(&article),
            ["associations", "associations", "associations"]
        );
        // A title that holds a script URL goes, the link stays (NITF writes it as
        // `media-reference/@name`).
        let mut titled = Article {
            links: vec![Link {
                title: Some(" java script:alert(1)".into()),
                ..file("https://x.example/a.jpg")
            }],
            ..Article::default()
        };
        assert!(needs_safety(&titled));
        make_safe(&mut titled);
        assert_eq!(titled.links, [file("https://x.example/a.jpg")]);
        assert_eq!(fields(&titled), ["links"]);
        // So does a rendition's name (G2's `remoteContent/@rendition`).
        let mut named = Article {
            links: vec![Link {
                rendition: Some(crate::model::Rendition {
                    name: Some("java\u{200b}script:x".into()),
                    width: Some(10),
                    ..crate::model::Rendition::default()
                }),
                ..file("https://x.example/a.jpg")
            }],
            ..Article::default()
        };
        assert!(needs_safety(&named));
        make_safe(&mut named);
        assert_eq!(
            named.links[0]
                .rendition
                .as_ref()
                .map(|r| (r.name.clone(), r.width)),
            Some((None, Some(10)))
        );
    }

    #[test]
    fn the_concepts_a_subject_is_related_to_are_checked_like_subjects() {
        let mut article = Article {
            subjects: vec![Concept {
                same_as: vec![
                    Concept::coded("javascript", "alert(1)"),
                    Concept::named("EU"),
                ],
                broader: vec![Concept {
                    role: Some("about".into()),
                    ..Concept::named("data:text/html,x")
                }],
                role: Some(" vbscript:x".into()),
                ..Concept::coded("medtop", "20000350")
            }],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert!(!needs_safety(&article));
        assert_eq!(article.subjects[0].same_as, [Concept::named("EU")]);
        assert!(article.subjects[0].broader.is_empty());
        assert_eq!(article.subjects[0].role, None);
        assert_eq!(fields(&article), ["subjects", "subjects", "subjects"]);
        // A safe role stays.
        let mut mentioned = Article {
            subjects: vec![Concept {
                role: Some("javascript-mentions".into()),
                ..Concept::named("JavaScript")
            }],
            ..Article::default()
        };
        assert!(!needs_safety(&mentioned));
        make_safe(&mut mentioned);
        assert_eq!(
            mentioned.subjects[0].role.as_deref(),
            Some("javascript-mentions")
        );
        // A related concept's own relations are dropped, whatever they hold (the model keeps
        // one level, so that no writer nests them without end).
        let mut deep = Article {
            subjects: vec![Concept {
                broader: vec![Concept {
                    same_as: vec![Concept::coded("java\tscript", "x")],
                    ..Concept::named("Europe")
                }],
                ..Concept::named("Germany")
            }],
            ..Article::default()
        };
        assert!(needs_safety(&deep));
        make_safe(&mut deep);
        assert!(!needs_safety(&deep));
        assert_eq!(deep.subjects[0].broader, [Concept::named("Europe")]);
        assert_eq!(deep.warnings.len(), 1, "{:?}", deep.warnings);
        assert!(deep.warnings[0].message.contains("one level"));
    }

    #[test]
    fn credentials_are_found_in_the_form_the_writers_write() {
        let mut article = Article {
            genres: vec![Concept {
                scheme: Some("/\u{1}/u:p@".into()),
                ..Concept::default()
            }],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert!(article.genres.is_empty(), "{:?}", article.genres);
    }

    #[test]
    fn services_and_sections_are_checked_like_subjects() {
        for script in ["javascript:alert(1)", "vbscript:x"] {
            let mut article = Article {
                services: vec![Concept::coded("svc", "sport"), Concept::named(script)],
                sections: vec![Concept::named(script), Concept::named("Politics")],
                ..Article::default()
            };
            assert!(needs_safety(&article), "{script}");
            make_safe(&mut article);
            assert_eq!(article.services, [Concept::coded("svc", "sport")]);
            assert_eq!(article.sections, [Concept::named("Politics")]);
            assert_eq!(fields(&article), ["services", "sections"]);
        }
        let one = |services: Vec<Concept>, sections: Vec<Concept>| Article {
            services,
            sections,
            ..Article::default()
        };
        assert!(needs_safety(&one(
            vec![Concept::named("javascript:x")],
            vec![]
        )));
        assert!(needs_safety(&one(
            vec![],
            vec![Concept::named("javascript:x")]
        )));
        assert!(!needs_safety(&one(
            vec![Concept::named("Sport")],
            vec![Concept::named("Politics")]
        )));
    }

    #[test]
    fn credentials_are_removed_from_urls_with_a_warning() {
        let mut article = Article {
            id: Some("https://u:p@x.example/1".into()),
            links: vec![Link {
                href: "https://user:pass@x.example/p".into(),
                ..Link::default()
            }],
            body: vec![Block::Paragraph {
                content: vec![Inline::Link {
                    href: "http://me:secret@x.example/".into(),
                    title: None,
                    content: vec![Inline::text("y")],
                }],
            }],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert!(!needs_safety(&article));
        assert_eq!(article.id.as_deref(), Some("https://x.example/1"));
        assert_eq!(article.links[0].href, "https://x.example/p");
        assert!(matches!(
            &article.body[0],
            Block::Paragraph { content } if matches!(&content[0], Inline::Link { href, .. } if href == "http://x.example/")
        ));
        assert_eq!(fields(&article), ["id", "links", "body"]);
        assert!(article.warnings.iter().all(|w| w.message == CREDENTIALS
            && !w.raw.as_deref().unwrap_or("").contains("pass")
            && !w.raw.as_deref().unwrap_or("").contains("secret")));
    }

    #[test]
    fn an_unsafe_role_of_a_note_description_or_headline_is_dropped_and_the_text_kept() {
        use crate::model::RoledText;
        let mut article = Article {
            editorial_notes: vec![RoledText::with_role("Call the desk.", "vbscript:x")],
            descriptions: vec![RoledText::with_role("A teaser.", " javascript:alert(1)")],
            headlines: vec![
                RoledText::with_role("Short", "data:text/html,x"),
                RoledText::with_role("Web", "web"),
            ],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        assert_eq!(article.editorial_notes, ["Call the desk."]);
        assert_eq!(article.descriptions, ["A teaser."]);
        assert_eq!(
            article.headlines,
            [RoledText::new("Short"), RoledText::with_role("Web", "web")]
        );
        let fields: Vec<_> = article
            .warnings
            .iter()
            .map(|w| w.field.as_deref())
            .collect();
        assert_eq!(
            fields,
            [Some("ednote"), Some("descriptions"), Some("headlines")]
        );
        assert!(!needs_safety(&article));
    }

    #[test]
    fn a_figure_s_unsafe_attribute_values_are_dropped() {
        let mut figure = crate::model::Figure::new("https://x.example/p.jpg");
        figure.alt = Some("\u{feff}javascript:alert(1)".into());
        figure.credit = Some("Photo: Ann Lee".into());
        let mut article = Article {
            body: vec![Block::Figure(Box::new(figure))],
            ..Article::default()
        };
        assert!(needs_safety(&article));
        make_safe(&mut article);
        let Some(Block::Figure(kept)) = article.body.first() else {
            panic!("{:?}", article.body);
        };
        assert_eq!(kept.alt, None);
        assert_eq!(kept.credit.as_deref(), Some("Photo: Ann Lee"));
        assert_eq!(article.warnings.len(), 1);
    }
}
