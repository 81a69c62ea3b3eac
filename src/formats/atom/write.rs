//! Writes articles as an Atom Entry Document (one) or Feed Document (several).

use sha2::{Digest, Sha256};

use crate::formats::{Envelope, WriteOptions};
use crate::iri::{id_iri, is_http_url};
use crate::language::well_formed_tag;
use crate::model::{Author, AuthorKind, Concept, Link, Party, Timestamp, derived_id};
use crate::vocabularies::{concept_scheme_uri, expand_qcode, scheme_alias};
use crate::xml::{XmlWriter, one_line, write_body, xhtml_form};
use crate::{Article, Error};

use super::{UNKNOWN_AUTHOR, is_written};

const ATOM_NS: &str = "http://www.w3.org/2005/Atom";
/// A feed's id: this prefix and a hash of its entry ids, so the same entries give the same id.
const FEED_ID_PREFIX: &str = "urn:newswire:feed:";
/// The feed title when the entries do not share one provider.
const DEFAULT_FEED_TITLE: &str = "newswire";

/// One article as an Entry Document.
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    write_entry(&mut w, article, true);
    Ok(w.finish())
}

/// A Feed Document written entry by entry: its `id`, `title` and `updated` say what every
/// entry gives.
#[derive(Default)]
pub(crate) struct Feed {
    /// The SHA-256 of the entry ids, in order: the feed's id is `urn:newswire:feed:` and 24
    /// hex digits of it, so the same entries give the same id.
    ids: Sha256,
    /// The provider every entry shares so far (`Some(None)`: the first had none), and whether
    /// they all share it: the feed's title, else [`DEFAULT_FEED_TITLE`].
    provider: Option<Option<String>>,
    shared: bool,
    /// The latest `updated` of the entries (the later of two equal instants wins).
    latest: Option<Timestamp>,
}

impl Envelope for Feed {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        self.ids.update(id_iri(&derived_id(article)).as_bytes());
        self.ids.update([0u8]);
        let label = provider_label(article);
        match &self.provider {
            None => {
                self.provider = Some(label);
                self.shared = true;
            }
            Some(first) => self.shared &= *first == label,
        }
        let time = updated(article);
        if self
            .latest
            .is_none_or(|latest| time.assume_utc() >= latest.assume_utc())
        {
            self.latest = Some(time);
        }
        let mut w = XmlWriter::fragment_at(1);
        write_entry(&mut w, article, false);
        Ok(w.into_bytes())
    }

    fn head(&self) -> Vec<u8> {
        let mut w = XmlWriter::new();
        w.open("feed", &[("xmlns", ATOM_NS)]);
        let mut id = String::from(FEED_ID_PREFIX);
        for byte in self.ids.clone().finalize().iter().take(12) {
            id.push_str(&format!("{byte:02x}"));
        }
        w.leaf("id", &[], &id);
        let title = match &self.provider {
            Some(Some(first)) if self.shared => first.clone(),
            _ => DEFAULT_FEED_TITLE.to_string(),
        };
        w.leaf("title", &[("type", "text")], &title);
        let latest = self.latest.unwrap_or(Timestamp::UNIX_EPOCH);
        w.leaf("updated", &[], &date_text(&latest));
        w.into_bytes()
    }

    fn tail(&self) -> Vec<u8> {
        let mut w = XmlWriter::fragment_at(1);
        w.close("feed");
        w.finish()
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
    let (title, is_title) = entry_title(article);
    if is_title {
        let attrs = [
            ("type", "text"),
            ("xmlns:nw", NEWSWIRE_NS),
            ("nw:field", "title"),
        ];
        w.leaf("title", &attrs, &title);
    } else {
        w.leaf("title", &[("type", "text")], &title);
    }
    w.leaf("updated", &[], &date_text(&updated(article)));
    if let Some(published) = article
        .published
        .as_ref()
        .and_then(Timestamp::to_xsd_with_offset)
    {
        w.leaf("published", &[], &published);
    }
    for person in people(article) {
        person.write(w);
    }
    for category in categories(article) {
        category.write(w);
    }
    for link in links(&article.links) {
        link.write(w);
    }
    if let Some(notice) = trimmed(article.rights.notice.as_deref()) {
        w.leaf("rights", &[("type", "text")], notice);
    }
    if let Some(summary) = trimmed(article.description.as_deref()) {
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

/// Where newswire's own markers live: `nw:field="title"` on an entry `title` says it holds the
/// article's title (short label) rather than its headline, for a reader to put it back.
pub(super) const NEWSWIRE_NS: &str = "urn:newswire:atom";

/// The entry title, on one line: the headline, else the title (then `true`), else empty.
pub(super) fn entry_title(article: &Article) -> (String, bool) {
    let headline = article
        .headline
        .as_deref()
        .map(one_line)
        .unwrap_or_default();
    if !headline.is_empty() {
        return (headline, false);
    }
    let title = article.title.as_deref().map(one_line).unwrap_or_default();
    let is_title = !title.is_empty();
    (title, is_title)
}

/// The time the entry was last updated: the first of modified, published and created that a
/// date construct can hold (one with an offset: see [`is_written`]), else the Unix epoch (Atom
/// requires `updated`).
pub(super) fn updated(article: &Article) -> Timestamp {
    [article.modified, article.published, article.created]
        .into_iter()
        .flatten()
        .find(is_written)
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// A date construct's text: RFC 3339 with its offset (the placeholder for a time no date
/// construct can hold).
pub(super) fn date_text(time: &Timestamp) -> String {
    time.to_xsd_with_offset()
        .unwrap_or_else(|| Timestamp::UNIX_EPOCH_TEXT.to_string())
}

/// An `author` or `contributor` as written.
pub(super) struct Person {
    /// Author (creator) or contributor.
    pub kind: AuthorKind,
    /// The name, on one line, never empty.
    pub name: String,
    /// An http(s) URI identifying the person.
    pub uri: Option<String>,
}

impl Person {
    fn write(&self, w: &mut XmlWriter) {
        let element = match self.kind {
            AuthorKind::Creator => "author",
            AuthorKind::Contributor => "contributor",
        };
        w.open(element, &[]);
        w.leaf("name", &[], &self.name);
        if let Some(uri) = &self.uri {
            w.leaf("uri", &[], uri);
        }
        w.close(element);
    }
}

/// Authors, then contributors. Atom requires an author in an entry document, so an article
/// without creators gets one from the byline, the provider or the dateline agencies, else
/// `unknown`.
pub(super) fn people(article: &Article) -> Vec<Person> {
    let mut out: Vec<Person> = people_of_kind(article, AuthorKind::Creator).collect();
    if out.is_empty() {
        out = fallback_author_names(article)
            .into_iter()
            .map(|name| Person {
                kind: AuthorKind::Creator,
                name,
                uri: None,
            })
            .collect();
    }
    out.extend(people_of_kind(article, AuthorKind::Contributor));
    out
}

/// Each author of one kind with a name (the id when the name is blank) and its http(s) URI.
fn people_of_kind(article: &Article, kind: AuthorKind) -> impl Iterator<Item = Person> + '_ {
    article
        .authors
        .iter()
        .filter(move |author| author.kind == kind)
        .filter_map(move |author: &Author| {
            let uri = author
                .id
                .as_deref()
                .map(str::trim)
                .filter(|id| is_http_url(id))
                .map(str::to_string);
            let name = one_line(&author.name);
            let name = if name.is_empty() {
                one_line(author.id.as_deref()?)
            } else {
                name
            };
            (!name.is_empty()).then_some(Person { kind, name, uri })
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
        vec![UNKNOWN_AUTHOR.to_string()]
    } else {
        agencies
    }
}

/// Keywords as bare terms, then subjects, then genres that get a scheme URI (a genre without
/// one would read back as a subject). A category under the IPTC genre scheme reads back as a
/// genre, so such subjects are written with the genres, after the other subjects. Keywords
/// are made one at a time as they are written.
pub(super) fn categories(article: &Article) -> impl Iterator<Item = Category> + '_ {
    let keywords = article
        .keywords
        .iter()
        .map(|keyword| one_line(keyword))
        .filter(|term| !term.is_empty())
        .map(|term| Category {
            term,
            scheme: None,
            label: None,
        });
    let genres = article
        .genres
        .iter()
        .filter_map(Category::of)
        .filter(|category| category.scheme.is_some());
    let (genre_scheme, others): (Vec<Category>, Vec<Category>) = article
        .subjects
        .iter()
        .filter_map(Category::of)
        .chain(genres)
        .partition(Category::is_genre);
    keywords.chain(others).chain(genre_scheme)
}

/// An Atom category: a keyword (a bare `term`) or a concept (with a `scheme` or a `label`).
pub(super) struct Category {
    /// `@term`.
    pub term: String,
    /// `@scheme`: a concept scheme URI.
    pub scheme: Option<String>,
    /// `@label`.
    pub label: Option<String>,
}

impl Category {
    /// `scheme` + `term` (+ the name as `label`) when the scheme is (or expands to) a URI; else
    /// the QCode (or the code) as `term` and the name as `label`; the name as `term` for a
    /// concept without a code. A concept without a scheme URI always has a `label` (its name,
    /// else its `term`), which tells it from a keyword.
    pub(super) fn of(concept: &Concept) -> Option<Category> {
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
                None => {
                    let term = concept.qcode().map_or(code, |qcode| one_line(&qcode));
                    Category {
                        label: Some(name.unwrap_or_else(|| term.clone())),
                        term,
                        scheme: None,
                    }
                }
            },
            None => {
                let name = name?;
                Category {
                    term: name.clone(),
                    scheme: None,
                    label: Some(name),
                }
            }
        };
        Some(category)
    }

    /// Whether the scheme is the IPTC genre scheme, which readers read as a genre.
    pub(super) fn is_genre(&self) -> bool {
        self.scheme.as_deref().and_then(scheme_alias) == Some("genre")
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

/// A `link` as written.
pub(super) struct AtomLink<'a> {
    /// `@rel`, always written.
    pub rel: String,
    /// `@type`, when the model's media type is one Atom accepts.
    pub media_type: Option<&'a str>,
    /// `@href`, trimmed, never empty.
    pub href: &'a str,
    /// `@title`, when not blank.
    pub title: Option<&'a str>,
    /// `@length`, the rendition's size in octets.
    pub length: Option<u64>,
}

impl AtomLink<'_> {
    fn write(&self, w: &mut XmlWriter) {
        let mut attrs = vec![("rel", self.rel.as_str())];
        if let Some(media_type) = self.media_type {
            attrs.push(("type", media_type));
        }
        attrs.push(("href", self.href));
        if let Some(title) = self.title {
            attrs.push(("title", title));
        }
        let length = self.length.map(|l| l.to_string());
        if let Some(length) = &length {
            attrs.push(("length", length));
        }
        w.empty("link", &attrs);
    }
}

/// Every link with an `href`. A missing `rel` is written as `related` (Atom would read it as
/// `alternate`); an IPTC relation QCode becomes its URI; a second `alternate` of the same type
/// is written as `related`, since Atom allows one per type.
pub(super) fn links(links: &[Link]) -> Vec<AtomLink<'_>> {
    let mut out = Vec::new();
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
        out.push(AtomLink {
            rel,
            media_type,
            href,
            title: non_blank(link.title.as_deref()),
            length: link.rendition.as_ref().and_then(|r| r.size),
        });
    }
    out
}

fn write_content(w: &mut XmlWriter, article: &Article) {
    w.open("content", &[("type", "xhtml")]);
    w.open("div", &[("xmlns", crate::xml::XHTML_NS)]);
    write_body(w, &xhtml_form(&article.printed_body()));
    w.close("div");
    w.close("content");
}

/// The provider's name (else its id) on one line: the `source` title.
pub(super) fn provider_label(article: &Article) -> Option<String> {
    let label = one_line(article.provider.as_ref().and_then(Party::label)?);
    (!label.is_empty()).then_some(label)
}

fn non_blank(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

/// A text construct's value (`rights`, `summary`): trimmed, when not blank. Readers trim the
/// indentation feeds put around such text, so the writer writes what they read.
pub(super) fn trimmed(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|t| !t.is_empty())
}

/// A media type the Atom schema accepts (`.+/.+`) and that survives XML escaping unchanged:
/// printable ASCII only, something on both sides of a slash.
fn is_media_type(text: &str) -> bool {
    text.split_once('/')
        .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && text.chars().all(|c| c.is_ascii_graphic())
}
