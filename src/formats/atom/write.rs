//! Writes articles as an Atom Entry Document (one) or Feed Document (several).

use sha2::{Digest, Sha256};

use crate::iptc::{concept_scheme_uri, expand_qcode};
use crate::iri::{id_iri, is_http_url};
use crate::language::well_formed_tag;
use crate::model::{Author, AuthorKind, Concept, Link, Party, Timestamp, derived_id};
use crate::xml::{XmlWriter, one_line, write_body};
use crate::{Article, Error, Format};

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
/// A feed's id: this prefix and a hash of its entry ids, so the same entries give the same id.
const FEED_ID_PREFIX: &str = "urn:newswire:feed:";
/// The feed title when the entries do not share one provider.
const DEFAULT_FEED_TITLE: &str = "newswire";

/// Writes one article as an Atom Entry Document, several as a Feed Document.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    match articles {
        [] => return Err(Error::NoArticles(Format::Atom)),
        [article] => write_entry(&mut w, article, true),
        _ => write_feed(&mut w, articles),
    }
    Ok(w.finish())
}

fn write_feed(w: &mut XmlWriter, articles: &[Article]) {
    w.open("feed", &[("xmlns", ATOM_NS)]);
    w.leaf("id", &[], &feed_id(articles));
    w.leaf("title", &[("type", "text")], &feed_title(articles));
    let latest = articles
        .iter()
        .map(updated)
        .max_by_key(|time| time.assume_utc())
        .unwrap_or(Timestamp::UNIX_EPOCH);
    w.leaf("updated", &[], &date_text(&latest));
    for article in articles {
        write_entry(w, article, false);
    }
    w.close("feed");
}

/// `urn:newswire:feed:` + 24 hex digits of the SHA-256 of the entry ids, in order.
fn feed_id(articles: &[Article]) -> String {
    let mut hasher = Sha256::new();
    for article in articles {
        hasher.update(id_iri(&derived_id(article)).as_bytes());
        hasher.update([0u8]);
    }
    let mut id = String::from(FEED_ID_PREFIX);
    for byte in hasher.finalize().iter().take(12) {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}

/// The provider every entry shares, else [`DEFAULT_FEED_TITLE`].
fn feed_title(articles: &[Article]) -> String {
    let mut labels = articles.iter().map(provider_label);
    match labels.next().flatten() {
        Some(first) if labels.all(|label| label.as_ref() == Some(&first)) => first,
        _ => DEFAULT_FEED_TITLE.to_string(),
    }
}

/// One `entry`; `document` makes it the root of an Entry Document (namespace declared there).
fn write_entry(w: &mut XmlWriter, article: &Article, document: bool) {
    let language = article.language.as_deref().and_then(well_formed_tag);
    let mut attrs = Vec::new();
    if document {
        attrs.push(("xmlns", ATOM_NS));
    }
    if let Some(tag) = language {
        attrs.push(("xml:lang", tag));
    }
    w.open("entry", &attrs);
    w.leaf("id", &[], &id_iri(&derived_id(article)));
    let title = one_line(article.display_headline().unwrap_or(""));
    w.leaf("title", &[("type", "text")], &title);
    w.leaf("updated", &[], &date_text(&updated(article)));
    if let Some(published) = article
        .published
        .as_ref()
        .and_then(Timestamp::to_xsd_with_offset)
    {
        w.leaf("published", &[], &published);
    }
    write_people(w, article);
    write_categories(w, article);
    write_links(w, &article.links);
    if let Some(notice) = non_blank(article.rights.notice.as_deref()) {
        w.leaf("rights", &[("type", "text")], notice);
    }
    if let Some(summary) = non_blank(article.description.as_deref()) {
        w.leaf("summary", &[("type", "text")], summary);
    }
    write_content(w, article);
    if let Some(provider) = provider_label(article) {
        w.open("source", &[]);
        w.leaf("title", &[("type", "text")], &provider);
        w.close("source");
    }
    w.close("entry");
}

/// The time the entry was last updated: the first of modified, published and created that a
/// date construct can hold, else the Unix epoch (Atom requires `updated`).
fn updated(article: &Article) -> Timestamp {
    [article.modified, article.published, article.created]
        .into_iter()
        .flatten()
        .find(|time| time.to_xsd_with_offset().is_some())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

fn date_text(time: &Timestamp) -> String {
    time.to_xsd_with_offset()
        .unwrap_or_else(|| Timestamp::UNIX_EPOCH.to_rfc3339_with_offset())
}

/// Authors and contributors. Atom requires an author in an entry document, so an article without
/// creators gets one from the byline, the provider or the dateline agencies, else `unknown`.
fn write_people(w: &mut XmlWriter, article: &Article) {
    let mut creators = people(article, AuthorKind::Creator).peekable();
    if creators.peek().is_none() {
        for name in fallback_author_names(article) {
            write_person(w, "author", &name, None);
        }
    }
    for (name, uri) in creators {
        write_person(w, "author", &name, uri);
    }
    for (name, uri) in people(article, AuthorKind::Contributor) {
        write_person(w, "contributor", &name, uri);
    }
}

/// Name (the id when the name is blank) and http(s) URI of each author of one kind.
fn people(article: &Article, kind: AuthorKind) -> impl Iterator<Item = (String, Option<&str>)> {
    article
        .authors
        .iter()
        .filter(move |author| author.kind == kind)
        .filter_map(|author: &Author| {
            let uri = author
                .id
                .as_deref()
                .map(str::trim)
                .filter(|id| is_http_url(id));
            let name = one_line(&author.name);
            let name = if name.is_empty() {
                one_line(author.id.as_deref()?)
            } else {
                name
            };
            (!name.is_empty()).then_some((name, uri))
        })
}

fn fallback_author_names(article: &Article) -> Vec<String> {
    if let Some(byline) = non_blank(article.byline.as_deref()) {
        return vec![one_line(byline)];
    }
    if let Some(provider) = provider_label(article) {
        return vec![provider];
    }
    let agencies: Vec<String> = article
        .dateline
        .iter()
        .flat_map(|dateline| &dateline.agencies)
        .map(|agency| one_line(&agency.name))
        .filter(|name| !name.is_empty())
        .collect();
    if agencies.is_empty() {
        vec!["unknown".to_string()]
    } else {
        agencies
    }
}

fn write_person(w: &mut XmlWriter, element: &str, name: &str, uri: Option<&str>) {
    w.open(element, &[]);
    w.leaf("name", &[], name);
    if let Some(uri) = uri {
        w.leaf("uri", &[], uri);
    }
    w.close(element);
}

/// Keywords as bare terms, then subjects, then genres that have a scheme URI (a genre without
/// one would be indistinguishable from a keyword).
fn write_categories(w: &mut XmlWriter, article: &Article) {
    for keyword in &article.keywords {
        let term = one_line(keyword);
        if !term.is_empty() {
            w.empty("category", &[("term", &term)]);
        }
    }
    let genres = article
        .genres
        .iter()
        .filter(|genre| concept_scheme_uri(genre).is_some());
    for concept in article.subjects.iter().chain(genres) {
        if let Some(category) = Category::of(concept) {
            category.write(w);
        }
    }
}

/// An Atom category made from a concept.
struct Category {
    term: String,
    scheme: Option<String>,
    label: Option<String>,
}

impl Category {
    /// `scheme` + `term` when the scheme is (or expands to) a URI; a QCode as `term` when the
    /// alias is unknown; the name as `term` for a concept without a code.
    fn of(concept: &Concept) -> Option<Category> {
        let name = concept
            .name
            .as_deref()
            .map(one_line)
            .filter(|n| !n.is_empty());
        let code = concept
            .code
            .as_deref()
            .map(one_line)
            .filter(|c| !c.is_empty());
        let category = match code {
            Some(code) => match concept_scheme_uri(concept) {
                Some(scheme) => Category {
                    term: code,
                    scheme: Some(scheme),
                    label: name,
                },
                None => Category {
                    term: concept.qcode().map_or(code, |qcode| one_line(&qcode)),
                    scheme: None,
                    label: name,
                },
            },
            None => Category {
                term: name?,
                scheme: None,
                label: None,
            },
        };
        Some(category)
    }

    fn write(&self, w: &mut XmlWriter) {
        let mut attrs = vec![("term", self.term.as_str())];
        if let Some(scheme) = &self.scheme {
            attrs.push(("scheme", scheme));
        }
        if let Some(label) = &self.label {
            attrs.push(("label", label));
        }
        w.empty("category", &attrs);
    }
}

/// Every link with an `href`. A missing `rel` is written as `related` (Atom would read it as
/// `alternate`); an IPTC relation QCode becomes its URI; a second `alternate` of the same type
/// is written as `related`, since Atom allows one per type.
fn write_links(w: &mut XmlWriter, links: &[Link]) {
    let mut alternate_types = Vec::new();
    for link in links {
        let href = link.href.trim();
        if href.is_empty() {
            continue;
        }
        let media_type = link
            .media_type
            .as_deref()
            .map(str::trim)
            .filter(|t| is_media_type(t));
        let mut rel = match non_blank(link.rel.as_deref()) {
            Some(rel) => expand_qcode(rel.trim()),
            None => "related".to_string(),
        };
        if rel == "alternate" {
            if alternate_types.contains(&media_type) {
                rel = "related".to_string();
            } else {
                alternate_types.push(media_type);
            }
        }
        let mut attrs = vec![("rel", rel.as_str())];
        if let Some(media_type) = media_type {
            attrs.push(("type", media_type));
        }
        attrs.push(("href", href));
        if let Some(title) = non_blank(link.title.as_deref()) {
            attrs.push(("title", title));
        }
        w.empty("link", &attrs);
    }
}

fn write_content(w: &mut XmlWriter, article: &Article) {
    w.open("content", &[("type", "xhtml")]);
    w.open("div", &[("xmlns", crate::xml::XHTML_NS)]);
    write_body(w, &article.printed_body());
    w.close("div");
    w.close("content");
}

fn provider_label(article: &Article) -> Option<String> {
    let label = one_line(article.provider.as_ref().and_then(Party::label)?);
    (!label.is_empty()).then_some(label)
}

fn non_blank(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// A media type the Atom schema accepts (`.+/.+`) and that survives XML escaping unchanged:
/// printable ASCII only, something on both sides of a slash.
fn is_media_type(text: &str) -> bool {
    text.split_once('/')
        .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && text.chars().all(|c| c.is_ascii_graphic())
}
