//! What an article becomes after a JSON-LD write and read, computed from the writer's rules and
//! the reader's mappings rather than by writing.

use crate::Article;
use crate::model::{AuthorKind, Party, RoledText, Timestamp, derived_id};
use crate::xml::one_line;

use super::body::{article_body, body_blocks};
use super::read::node::{
    CreatedAt, author, based_link, concept_of_thing, dateline, genre as read_genre, media_item,
    media_object, page_link, party, section as read_section, split_sources,
};
use super::write::{
    Links, Organization, Person, Place, Thing, UsageInfo, abstract_of, genre, language, line,
    section, source_organizations, subjects, text, word_count as written_word_count,
};

/// What `article` becomes after being written as JSON-LD and read back (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// - `id`: the id, else the derived one; `version`, `language` (trimmed), `pub_status`: kept.
/// - `title`, `headline`, `subheadline`, `credit`, keywords, names: on one line; `description`,
///   the copyright notice and usage terms as written (a URL trimmed).
/// - times: a time without an offset comes back without (schema.org's `DateTime` allows it); an
///   offset in seconds or beyond ±14:00 as the same instant in UTC.
/// - `subjects`: by URI (IPTC aliases kept, other URIs cut at the last `/` or `#`), else by QCode
///   or code, and name; those the article only mentions last, with that role, the others
///   without one; `genres`: the name alone when there is one, else the URI or QCode.
/// - `authors`: creators then contributors, with name, id and job title (roles gone).
/// - `provider`, `rights.holder`, `sources`: name and id; a source printed in the dateline
///   after the other sources comes back as a dateline agency.
/// - `dateline`: text (one line), city, region and agencies (without service codes); the date
///   is gone.
/// - `word_count`: kept; without one, the body's words when there is a body.
/// - `body`: the printed body as plain text read back: paragraphs, line breaks, preformatted text
///   where spacing matters, blocks before the lead as sub-headings, the dateline taken out.
/// - `links`: the `alternate` links as bare URLs, then images, then other media (enclosures with
///   their media type and title; the body's figures among them, after the article's own links
///   of their kind, their alternative text as the title), then `via` links; other relations
///   are gone.
/// - `associations`: those the writer writes as media objects (the others arrive as links, see
///   `write::writes_association`), read back: pictures, then videos
///   and recordings; kind, id, headline, caption, credit and byline on one line, the best file
///   without its name; role and other files gone.
/// - kind, slugline, byline, priority, urgency, embargo, editorial notes, extensions: gone.
pub fn project(article: &Article) -> Article {
    let written_dateline = article
        .dateline
        .as_ref()
        .map(|d| d.text.as_str())
        .filter(|t| !t.trim().is_empty())
        .map(one_line);
    let place = Place::of(article).map(|place| CreatedAt {
        city: place.name.or(place.address.address_locality),
        region: place.address.address_region,
        geo: place
            .geo
            .and_then(|g| crate::model::GeoPoint::new(g.latitude, g.longitude)),
    });
    let organizations: Vec<Party> = source_organizations(article)
        .iter()
        .filter_map(organization)
        .collect();
    let (sources, agencies) = split_sources(organizations, written_dateline.as_deref());
    let written_body = article_body(article);
    let word_count =
        written_word_count(article, written_body.is_some()).and_then(|n| u32::try_from(n).ok());
    let body = written_body
        .map(|text| body_blocks(&text, written_dateline.as_deref()))
        .unwrap_or_default();
    let sorted = Links::sort(article);
    // The media objects as written, read as the reader reads them: an associated item, or a
    // link.
    let mut associations = Vec::new();
    let mut media_links = Vec::new();
    for media in sorted.images.iter().chain(&sorted.media) {
        let Ok(written) = serde_json::to_value(media) else {
            continue;
        };
        match media_item(&written, &["url", "contentUrl"]) {
            Some(item) => associations.push(item),
            None => media_links.extend(media_object(&written, &["url", "contentUrl"])),
        }
    }
    let links = sorted
        .pages
        .iter()
        .filter_map(|href| page_link(href))
        .chain(media_links)
        .chain(sorted.bases.iter().filter_map(|href| based_link(href)))
        .collect();
    let people = |kind| {
        Person::all(&article.authors, kind)
            .into_iter()
            .filter_map(move |p| {
                author(
                    kind,
                    p.name.as_deref(),
                    p.job_title.as_deref(),
                    p.url,
                    p.identifier,
                )
            })
    };
    let mut out = Article {
        id: Some(derived_id(article)),
        version: article.version,
        language: language(article).map(str::to_string),
        title: line(&article.title),
        headline: line(&article.headline),
        subheadline: line(&article.subheadline),
        keywords: article
            .keywords
            .iter()
            .map(|k| one_line(k))
            .filter(|k| !k.is_empty())
            .collect(),
        subjects: subjects(article, false)
            .chain(subjects(article, true))
            .filter_map(|subject| {
                let t = Thing::of(subject)?;
                let concept = concept_of_thing(
                    t.name.as_deref(),
                    t.identifier.as_deref(),
                    t.same_as.as_deref(),
                )?;
                let kind = super::entity_kind(t.kind);
                let geo = t
                    .geo
                    .and_then(|g| crate::model::GeoPoint::new(g.latitude, g.longitude));
                Some(crate::model::Concept {
                    kind,
                    geo,
                    role: subject
                        .is_mentioned()
                        .then(|| crate::model::Concept::MENTIONS.to_string()),
                    ..concept
                })
            })
            .collect(),
        genres: article
            .genres
            .iter()
            .filter_map(genre)
            .filter_map(|g| read_genre(&g))
            .collect(),
        sections: article
            .sections
            .iter()
            .filter_map(section)
            .filter_map(|s| read_section(&s))
            .collect(),
        authors: people(AuthorKind::Creator)
            .chain(people(AuthorKind::Contributor))
            .collect(),
        dateline: dateline(written_dateline, place, agencies),
        credit: line(&article.credit),
        provider: article
            .provider
            .as_ref()
            .and_then(Organization::of)
            .as_ref()
            .and_then(organization),
        sources,
        word_count,
        pub_status: article.pub_status,
        created: as_written(article.created),
        modified: as_written(article.modified),
        published: as_written(article.published),
        description: text(&article.description).map(str::to_string),
        descriptions: abstract_of(article)
            .map(|text| RoledText::with_role(text, super::ABSTRACT))
            .into_iter()
            .collect(),
        body,
        links,
        associations,
        ..Article::default()
    };
    out.rights.notice = text(&article.rights.notice).map(str::to_string);
    out.rights.holder = article
        .rights
        .holder
        .as_ref()
        .and_then(Organization::of)
        .as_ref()
        .and_then(organization);
    out.rights.usage_terms =
        text(&article.rights.usage_terms).map(|terms| match UsageInfo::of(terms) {
            UsageInfo::Url(url) => url.to_string(),
            UsageInfo::Terms { text, .. } => text.to_string(),
        });
    out
}

fn organization(written: &Organization<'_>) -> Option<Party> {
    party(written.name.as_deref(), written.url, written.identifier)
}

/// A time as a schema.org `DateTime` holds it, read back.
fn as_written(time: Option<Timestamp>) -> Option<Timestamp> {
    time.and_then(|t| t.to_xsd())
        .and_then(|text| Timestamp::parse(&text))
}
