//! What an article becomes after an Atom write and read, computed from the writer's rules and
//! the reader's mappings rather than by writing.

use crate::Article;
use crate::iri::id_iri;
use crate::language::well_formed_tag;
use crate::model::{Party, Timestamp, derived_id};
use crate::xml::xhtml_form;

use super::read::entry::{Term, author, category, decode_id, link};
use super::write::{
    categories, date_text, entry_title, links, people, provider_label, trimmed, updated,
};

/// What `article` becomes after being written as Atom and read back (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// - `id`: the id, else the derived one; `language`: when well-formed.
/// - `headline` on one line; without one, the `title` on one line (marked as such), else
///   nothing.
/// - `modified`: the first of modified, published and created that a date construct holds, else
///   1970-01-01T00:00:00Z (Atom requires `updated`); `published`: kept. A time without an offset
///   is gone (a date construct requires one); an offset in seconds or beyond ±14:00 comes back
///   as the same instant in UTC.
/// - `authors`: creators then contributors, names on one line, http(s) ids only, roles and job
///   titles gone; without creators, the byline, else the provider, else the dateline agencies
///   become the authors.
/// - `keywords`, `subjects`, `genres`: as the categories read back (a subject under the IPTC genre
///   scheme becomes a genre, IPTC scheme URIs become aliases, a genre without a scheme URI is
///   gone).
/// - `links`: as `link` elements read back (no relation and `related` are the same; a second
///   `alternate` of one type becomes related; an IPTC relation QCode survives).
/// - `rights.notice`, `description`: trimmed; `provider`: its name (or id) as a name.
/// - `body`: the printed body (dateline at the head of the lead) in XHTML form; the dateline
///   itself is gone.
/// - everything else is gone.
pub fn project(article: &Article) -> Article {
    let (text, is_title) = entry_title(article);
    let (title, headline) = if is_title {
        (Some(text), None)
    } else {
        (None, Some(text))
    };
    let mut out = Article {
        id: decode_id(&id_iri(&derived_id(article))),
        language: article
            .language
            .as_deref()
            .and_then(well_formed_tag)
            .map(str::to_string),
        headline: headline.filter(|h| !h.is_empty()),
        title: title.filter(|t| !t.is_empty()),
        modified: Timestamp::parse(&date_text(&updated(article))),
        published: article
            .published
            .and_then(|t| t.to_xsd_with_offset())
            .and_then(|text| Timestamp::parse(&text)),
        authors: people(article)
            .into_iter()
            .filter_map(|p| author(p.kind, Some(&p.name), p.uri.as_deref(), None))
            .collect(),
        links: links(&article.links)
            .into_iter()
            .filter_map(|l| link(Some(&l.rel), l.media_type, l.href, l.title, l.length))
            .collect(),
        description: trimmed(article.description.as_deref()).map(str::to_string),
        body: xhtml_form(&article.printed_body()).into_owned(),
        provider: provider_label(article).map(Party::named),
        ..Article::default()
    };
    out.rights.notice = trimmed(article.rights.notice.as_deref()).map(str::to_string);
    for written in categories(article) {
        match category(
            &written.term,
            written.scheme.as_deref(),
            written.label.as_deref(),
        ) {
            Some(Term::Keyword(keyword)) => out.keywords.push(keyword),
            Some(Term::Subject(concept)) => out.subjects.push(concept),
            Some(Term::Genre(concept)) => out.genres.push(concept),
            None => {}
        }
    }
    out
}
