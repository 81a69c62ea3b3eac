//! Reads Atom 1.0 Feed and Entry Documents into articles, undoing the writer's conventions.
//!
//! | Atom | model |
//! |---|---|
//! | `@xml:lang` (inherited from the feed) | `language` |
//! | `id` | `id` (`urn:newswire:id:` + percent-encoding undone) |
//! | `title` | `headline` (text, html or xhtml, as one line) |
//! | `updated`, `published` | `modified`, `published` (a date that cannot be read is a warning) |
//! | `author`, `contributor` (`name`, `uri`, else `email` as a `mailto:` id) | `authors` (creators, contributors); an entry without authors inherits its `source`'s, else the feed's |
//! | `category` without `scheme` or `label` | `keywords` |
//! | `category` with `scheme` | `subjects` (`scheme`, `term` as the code, `label` as the name; an IPTC scheme URI back to its alias), or `genres` under the IPTC genre scheme |
//! | `category` with a `label` only | `subjects`: a QCode `term` gives scheme and code, a `term` equal to its `label` a name |
//! | `link` | `links` (`rel` default `alternate`; `related` back to no relation; IPTC relation URIs back to QCodes) |
//! | `rights`, `summary` | `rights.notice` (an entry without `rights` takes the feed's), `description` (html and xhtml as plain text) |
//! | `content` | `body`: xhtml through the XHTML allowlist, html through the HTML parser, text as paragraphs split on blank lines; `@src` as a link (`alternate` for HTML, else `enclosure`) |
//! | `source/title` | `provider` (a name) |
//!
//! The writer's stand-in author `unknown` (an article with no author) is read as no author. The
//! reader is lenient: elements may be unprefixed, prefixed or in no namespace, required elements
//! may be missing, and elements of other namespaces are skipped.

pub(super) mod entry;

use crate::formats::{Limit, ReadOptions, budget, read_xml};
use std::cell::Cell;

use crate::model::Author;
use crate::xml::Element;
use crate::{Article, Error, Format};

use entry::{is_atom, person, text_construct};

/// Reads every entry of a Feed Document, or the entry of an Entry Document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Atom, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::Atom, options, articles)
}

/// The articles of a `feed` (one per entry) or an `entry`.
fn articles(root: &Element<'_>) -> Result<Vec<Article>, Error> {
    if !is_atom(root) || !(root.is("feed") || root.is("entry")) {
        return Err(Error::Invalid {
            format: Format::Atom,
            message: format!(
                "the root element is <{}>, not an Atom feed or entry",
                root.name
            ),
        });
    }
    let (entries, inherited): (Vec<&Element<'_>>, Inherited) = if root.is("feed") {
        let entries: Vec<_> = root
            .elements()
            .filter(|e| is_atom(e) && e.is("entry"))
            .collect();
        if entries.is_empty() {
            return Err(Error::Invalid {
                format: Format::Atom,
                message: "the feed holds no entry".to_string(),
            });
        }
        (entries, Inherited::from_feed(root))
    } else {
        (vec![root], Inherited::default())
    };
    Ok(entries
        .into_iter()
        .take_while(|_| budget::spend(Limit::Articles, 1))
        .map(|element| entry::entry(element, &inherited))
        .collect())
}

/// What a feed passes on to its entries. Each value is copied into the entries that take it,
/// the copies after the first counted against [`Limits::repeated_bytes`](crate::formats::Limits).
#[derive(Default)]
pub(super) struct Inherited {
    /// The feed's `xml:lang`.
    language: Option<String>,
    /// The feed's authors, for entries that have none.
    authors: Vec<Author>,
    /// The feed's `rights`, for entries that have none (RFC 4287 §4.2.10).
    rights: Option<String>,
    /// Whether an entry took the language, the authors, the rights already.
    taken: (Cell<bool>, Cell<bool>, Cell<bool>),
}

impl Inherited {
    fn from_feed(feed: &Element<'_>) -> Inherited {
        Inherited {
            language: entry::language(feed),
            authors: feed
                .elements()
                .filter(|e| is_atom(e) && e.is("author"))
                .filter_map(|e| person(e, crate::model::AuthorKind::Creator))
                .collect(),
            rights: feed
                .elements()
                .find(|e| is_atom(e) && (e.is("rights") || e.is("copyright")))
                .and_then(text_construct),
            taken: Default::default(),
        }
    }

    /// The feed's language for one more entry.
    pub(super) fn language(&self) -> Option<String> {
        let language = self.language.as_ref()?;
        copy(&self.taken.0, language.len()).then(|| language.clone())
    }

    /// The feed's rights for one more entry.
    pub(super) fn rights(&self) -> Option<String> {
        let rights = self.rights.as_ref()?;
        copy(&self.taken.2, rights.len()).then(|| rights.clone())
    }

    /// The feed's authors for one more entry.
    pub(super) fn authors(&self) -> Vec<Author> {
        let bytes = self.authors.iter().map(author_bytes).sum();
        if !copy(&self.taken.1, bytes) {
            return Vec::new();
        }
        self.authors.clone()
    }
}

/// Whether a shared value of `bytes` may be copied once more: the first copy always (`taken`
/// says whether it was made), the others while the read may repeat them.
fn copy(taken: &Cell<bool>, bytes: usize) -> bool {
    !taken.replace(true) || budget::repeat(bytes)
}

/// The bytes an author's text takes.
fn author_bytes(author: &Author) -> usize {
    [&author.id, &author.role, &author.job_title]
        .into_iter()
        .flatten()
        .map(String::len)
        .sum::<usize>()
        + author.name.len()
}
