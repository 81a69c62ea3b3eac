//! One `entry` to one article, and the value mappings [`project`](fn@super::project) shares.

use crate::Article;
use crate::formats::{budget, read_time};
use crate::html::html_body;
use crate::iri::id_from_iri;
use crate::model::{
    Author, AuthorKind, Block, Concept, Link, Party, Rendition, Timestamp, Warning,
};
use crate::vocabularies::{scheme_alias, split_qcode, split_scheme_uri};
use crate::xml::{Element, one_line, read_body};

use super::super::UNKNOWN_AUTHOR;
use super::Inherited;

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
/// Atom 0.3, still found in old feeds; its common elements have the same names.
const ATOM_03_NS: &str = "http://purl.org/atom/ns#";

/// An Atom element: in the Atom namespace, or in none (un-namespaced feeds).
pub(super) fn is_atom(element: &Element<'_>) -> bool {
    element
        .namespace()
        .is_none_or(|ns| ns == ATOM_NS || ns == ATOM_03_NS)
}

/// The element's `xml:lang`, trimmed; `None` when absent or empty (`xml:lang=""` unsets it).
pub(super) fn language(element: &Element<'_>) -> Option<String> {
    element.attr_nonblank("xml:lang").map(str::to_string)
}

/// One entry as an article.
pub(super) fn entry(element: &Element<'_>, inherited: &Inherited) -> Article {
    let mut article = Article {
        language: element.attr("xml:lang").map_or_else(
            || inherited.language(),
            |l| nonblank(l).map(|l| l.trim().to_string()),
        ),
        ..Article::default()
    };
    let mut has_author = false;
    let mut source_authors = Vec::new();
    for child in element.elements().filter(|e| is_atom(e)) {
        match child.name.as_ref() {
            "id" => article.id = child.text_line().and_then(|id| decode_id(&id)),
            "title" => {
                let text = text_construct(child).map(|t| one_line(&t));
                if is_title_marked(child) {
                    article.title = text;
                } else {
                    article.headline = text;
                }
            }
            "updated" | "modified" => article.modified = date(child, "modified", &mut article),
            "published" | "issued" => article.published = date(child, "published", &mut article),
            "author" => {
                has_author = true;
                article.authors.extend(person(child, AuthorKind::Creator));
            }
            "contributor" => article
                .authors
                .extend(person(child, AuthorKind::Contributor)),
            "category" => {
                if let Some(term) = child.attr("term") {
                    match category(term, child.attr("scheme"), child.attr("label")) {
                        Some(Term::Keyword(keyword)) => article.keywords.push(keyword),
                        Some(Term::Subject(concept)) => article.subjects.push(concept),
                        Some(Term::Genre(concept)) => article.genres.push(concept),
                        None => {}
                    }
                }
            }
            "link" => {
                if let Some(href) = child.attr("href") {
                    let length = child.attr_nonblank("length");
                    let size = length.and_then(|l| l.trim().parse::<u64>().ok());
                    if let (Some(raw), None) = (length, size) {
                        let message = "link/@length is not a number of octets (not kept)";
                        let warning = Warning::new("links", message, Some(raw.to_string()));
                        article.warnings.push(warning);
                    }
                    article.links.extend(link(
                        child.attr("rel"),
                        child.attr("type"),
                        href,
                        child.attr("title"),
                        size,
                    ));
                }
            }
            "rights" | "copyright" => article.rights.notice = text_construct(child),
            "summary" => article.description = text_construct(child),
            "content" => content(child, &mut article),
            "source" => {
                let title = child
                    .elements()
                    .find(|e| is_atom(e) && e.is("title"))
                    .and_then(text_construct)
                    .map(|t| one_line(&t))
                    .filter(|t| !t.is_empty());
                article.provider = title.map(Party::named);
                source_authors = child
                    .elements()
                    .filter(|e| is_atom(e) && e.is("author"))
                    .filter_map(|e| person(e, AuthorKind::Creator))
                    .collect();
            }
            _ => {}
        }
    }
    // RFC 4287 §4.2.10: the feed's rights apply to an entry that states none.
    if article.rights.notice.is_none() {
        article.rights.notice = inherited.rights();
    }
    if !has_author {
        let inherited = if source_authors.is_empty() {
            inherited.authors()
        } else {
            source_authors
        };
        article.authors.splice(0..0, inherited);
    }
    article
}

/// Whether the writer marked the entry title as the article's title (`nw:field="title"`), not
/// its headline.
fn is_title_marked(title: &Element<'_>) -> bool {
    title.attributes.iter().any(|(name, value)| {
        name.rsplit_once(':')
            .is_some_and(|(_, local)| local == "field")
            && value == "title"
    })
}

/// The id as the model holds it: an id the writer had to wrap (`urn:newswire:id:` + the id
/// percent-encoded) is unwrapped.
pub(in crate::formats::atom) fn decode_id(iri: &str) -> Option<String> {
    Some(id_from_iri(iri)).filter(|id| !id.is_empty())
}

/// A text construct (`title`, `rights`, `summary`) as plain text, trimmed: `html` through the
/// HTML parser, `xhtml` from its `div`, text as written. `None` when blank.
pub(super) fn text_construct(element: &Element<'_>) -> Option<String> {
    let kind = element.attr("type").map_or("text", str::trim);
    let text = match kind.to_ascii_lowercase().as_str() {
        "html" | "text/html" => Block::text_of(&html_body(&element.text())),
        "xhtml" | "application/xhtml+xml" => Block::text_of(&read_body(xhtml_nodes(element))),
        _ => element.text(),
    };
    nonblank(&text).map(|t| t.trim().to_string())
}

/// The children of an xhtml construct's `div`; the construct's own children when a sloppy feed
/// left the `div` out.
fn xhtml_nodes<'e, 'a>(element: &'e Element<'a>) -> &'e [crate::xml::Node<'a>] {
    match element.elements().find(|e| e.is("div")) {
        Some(div) => &div.children,
        None => &element.children,
    }
}

/// `content`: the body, or a link when the content is elsewhere (`@src`).
fn content(element: &Element<'_>, article: &mut Article) {
    let kind = element
        .attr("type")
        .map_or("text", str::trim)
        .to_ascii_lowercase();
    if let Some(src) = element.attr_nonblank("src") {
        let html = matches!(kind.as_str(), "text" | "html" | "xhtml" | "text/html");
        article.links.push(Link {
            rel: Some(if html { "alternate" } else { "enclosure" }.to_string()),
            href: src.to_string(),
            media_type: kind.contains('/').then(|| kind.clone()),
            title: None,
            rendition: None,
        });
        return;
    }
    article.body = match kind.as_str() {
        "xhtml" | "application/xhtml+xml" => read_body(xhtml_nodes(element)),
        "html" | "text/html" => html_body(&element.text()),
        "text" | "text/plain" => text_paragraphs(&element.text()),
        other if other.ends_with("+xml") || other.ends_with("/xml") => read_body(&element.children),
        other if other.starts_with("text/") => text_paragraphs(&element.text()),
        other => {
            article.warnings.push(Warning::new(
                "body",
                format!("content of type {other} is not read"),
                None,
            ));
            Vec::new()
        }
    };
}

/// Plain text as paragraphs: blank lines separate them, the lines of one are joined.
fn text_paragraphs(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().chain([""]) {
        if line.trim().is_empty() {
            if !lines.is_empty() {
                if !budget::spend_block(1) {
                    break;
                }
                blocks.push(Block::paragraph(one_line(&lines.join(" "))));
                lines.clear();
            }
        } else {
            lines.push(line);
        }
    }
    blocks
}

/// A date construct; one that cannot be read is a warning with the raw value.
fn date(element: &Element<'_>, field: &str, article: &mut Article) -> Option<Timestamp> {
    read_time(
        &element.text(),
        field,
        Timestamp::parse,
        &mut article.warnings,
    )
}

/// An `author` or `contributor` element as an author.
pub(super) fn person(element: &Element<'_>, kind: AuthorKind) -> Option<Author> {
    let child = |name: &str| {
        element
            .elements()
            .find(|e| is_atom(e) && e.is(name))
            .and_then(Element::text_line)
    };
    author(
        kind,
        child("name").as_deref(),
        child("uri").or_else(|| child("url")).as_deref(),
        child("email").as_deref(),
    )
}

/// An author from a person construct's `name`, `uri` (the id) and `email` (a `mailto:` id when
/// there is no `uri`). The writer's stand-in `unknown` (a creator with nothing else) is no
/// author.
pub(in crate::formats::atom) fn author(
    kind: AuthorKind,
    name: Option<&str>,
    uri: Option<&str>,
    email: Option<&str>,
) -> Option<Author> {
    let name = one_line(name.unwrap_or(""));
    let uri = uri.and_then(nonblank).map(str::trim);
    let email = email.and_then(nonblank).map(str::trim);
    if kind == AuthorKind::Creator && name == UNKNOWN_AUTHOR && uri.is_none() && email.is_none() {
        return None;
    }
    let id = uri
        .map(str::to_string)
        .or_else(|| email.map(|e| format!("mailto:{e}")));
    if name.is_empty() && id.is_none() {
        return None;
    }
    Some(Author {
        name,
        id,
        kind,
        role: None,
        job_title: None,
    })
}

/// What a `category` is in the model.
pub(in crate::formats::atom) enum Term {
    Keyword(String),
    Subject(Concept),
    Genre(Concept),
}

/// A category: with a `scheme`, a subject (a genre under the IPTC genre scheme) whose code is
/// the `term`; with only a `label`, a subject (a QCode `term` gives scheme and code; a `term`
/// equal to its label is a name); with neither, a keyword.
pub(in crate::formats::atom) fn category(
    term: &str,
    scheme: Option<&str>,
    label: Option<&str>,
) -> Option<Term> {
    let term = one_line(term);
    if term.is_empty() {
        return None;
    }
    let label = label.map(one_line).filter(|l| !l.is_empty());
    if let Some(scheme) = scheme.and_then(nonblank).map(str::trim) {
        let alias = scheme_alias(scheme);
        let concept = Concept {
            scheme: Some(alias.unwrap_or(scheme).to_string()),
            code: Some(term),
            name: label,
            kind: None,
            geo: None,
            same_as: Vec::new(),
            broader: Vec::new(),
            role: None,
        };
        return Some(if alias == Some("genre") {
            Term::Genre(concept)
        } else {
            Term::Subject(concept)
        });
    }
    let Some(label) = label else {
        return Some(Term::Keyword(term));
    };
    let name = (label != term).then_some(label);
    let concept = match split_qcode(&term) {
        Some((alias, code)) => Concept {
            scheme: Some(alias.to_string()),
            code: Some(code.to_string()),
            name,
            kind: None,
            geo: None,
            same_as: Vec::new(),
            broader: Vec::new(),
            role: None,
        },
        None if name.is_none() => Concept::named(term),
        None => Concept {
            scheme: None,
            code: Some(term),
            name,
            kind: None,
            geo: None,
            same_as: Vec::new(),
            broader: Vec::new(),
            role: None,
        },
    };
    Some(Term::Subject(concept))
}

/// A `link`: no `rel` is `alternate` (RFC 4287); `related` is the model's default (no relation);
/// an IPTC relation URI is its QCode again.
pub(in crate::formats::atom) fn link(
    rel: Option<&str>,
    media_type: Option<&str>,
    href: &str,
    title: Option<&str>,
    size: Option<u64>,
) -> Option<Link> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let rel = match rel.and_then(nonblank).map(str::trim) {
        None => Some("alternate".to_string()),
        Some("related") => None,
        Some(rel) => Some(match split_scheme_uri(rel) {
            Some((alias, code)) => format!("{alias}:{code}"),
            None => rel.to_string(),
        }),
    };
    Some(Link {
        rel,
        href: href.to_string(),
        media_type: media_type.and_then(nonblank).map(|t| t.trim().to_string()),
        title: title.and_then(nonblank).map(str::to_string),
        rendition: size.map(|size| Rendition {
            size: Some(size),
            ..Rendition::default()
        }),
    })
}

fn nonblank(text: &str) -> Option<&str> {
    (!text.trim().is_empty()).then_some(text)
}
