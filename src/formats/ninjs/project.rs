//! What an article becomes after a ninjs write and read, computed from the values the writer
//! writes ([`Item`]) and the reader's value rules rather than by writing.

use serde_json::Value;

use crate::Article;
use crate::json::input::whole_number;
use crate::model::{Association, ItemKind, Party, Rendition, RoledText};

use super::read::text;
use super::values::{
    Kind, TERM_ARRAYS, concept, duration_ms, id, kind, located, long, party, provider_and_sources,
    rendition_link, short, status, time, urgency,
};
use super::write::{Item, entries_of};

/// What `article` becomes after being written as ninjs (3.1) and read back (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// - `id`: the id (trimmed), else the derived one; `version`, `kind`, `pub_status`: kept;
///   `urgency`: kept when 1-9.
/// - short values (language, title, headline, sub-headline, slugline, byline, credit, names,
///   codes) trimmed; long ones (description, copyright notice, usage terms) as written.
/// - times: a time without an offset is gone (`date-time` requires one); an offset in seconds or
///   beyond ±14:00 comes back as the same instant in UTC. `modified` is the modification time,
///   else (none, or one that cannot be written) the publication time; `published` is gone.
/// - `byline`: the byline, else the creators' names joined by commas; `authors` are gone.
/// - `dateline`: the city alone (`located`); the body is the printed body (dateline at the head
///   of the lead) in XHTML form.
/// - `editorial_notes`: one note, the notes joined by line breaks.
/// - `word_count`: with a body, the declared count, else the body's words; without one, gone.
/// - `rights.holder`: its name, else its id, as a name.
/// - `provider`, `sources`: name and id.
/// - `subjects`, `genres`: by URI (IPTC scheme URIs back to aliases; other URIs cut after the
///   last `/` or `#`), else by QCode or code, with the name.
/// - `links`: the enclosures with an absolute URI (as renditions); the other links come back as
///   associations (a title as the headline, the target as an `original` rendition when there
///   is a media type; `related` as no role).
/// - `associations`: after those, the ones with an id or a file with an absolute URI (the
///   best file's address as the id when there is none); roles, headlines, bylines and credits
///   trimmed; only files with an absolute URI.
/// - keywords, priority, extensions: gone.
pub fn project(article: &Article) -> Article {
    let item = Item::of(article);
    let headlines = text::headlines(&entries_of(&item.headlines));
    let descriptions = text::descriptions(&entries_of(&item.descriptions));
    let (provider, sources) = provider_and_sources(item.info_sources.iter().filter_map(|s| {
        let party = party(s.uri.as_deref(), s.literal.as_deref(), s.name.as_deref())?;
        Some((party, s.role))
    }));
    let terms = |terms: &[super::write::Term]| {
        terms
            .iter()
            .filter_map(|t| {
                let concept = concept(t.uri.as_deref(), t.literal.as_deref(), t.name.as_deref());
                concept.map(|c| crate::model::Concept {
                    role: t.rel.clone(),
                    ..c
                })
            })
            .collect()
    };
    let mut out = Article {
        id: id(&item.uri),
        version: item
            .version
            .map(Value::from)
            .as_ref()
            .and_then(whole_number),
        kind: match kind(item.kind) {
            Kind::Item(kind) => kind,
            Kind::NotNews(_) | Kind::Unknown => ItemKind::Text,
        },
        language: item.language.as_deref().and_then(short),
        title: item.title.as_deref().and_then(short),
        headline: headlines.headline,
        subheadline: headlines.subheadline,
        slugline: item.slugline.as_deref().and_then(short),
        subjects: TERM_ARRAYS
            .iter()
            .flat_map(|(_, kind)| {
                let of_kind = item.subjects.iter().filter(move |t| t.kind == *kind);
                of_kind.filter_map(move |t| {
                    let concept =
                        concept(t.uri.as_deref(), t.literal.as_deref(), t.name.as_deref());
                    concept.map(|c| crate::model::Concept {
                        kind: *kind,
                        geo: t.geo,
                        role: t.rel.clone(),
                        ..c
                    })
                })
            })
            .collect(),
        genres: terms(&item.genres),
        byline: item.by.as_deref().and_then(short),
        dateline: item.located.as_deref().and_then(located),
        credit: descriptions.credit,
        provider,
        sources,
        urgency: item.urgency.map(Value::from).as_ref().and_then(urgency),
        pub_status: status(item.pub_status).unwrap_or_default(),
        embargo: item.embargoed.as_deref().and_then(time),
        created: item.first_created.as_deref().and_then(time),
        modified: item.version_created.as_deref().and_then(time),
        editorial_notes: item
            .ed_note
            .as_deref()
            .and_then(long)
            .map(RoledText::new)
            .into_iter()
            .collect(),
        headlines: headlines.others,
        description: descriptions.description,
        descriptions: descriptions.others,
        word_count: item
            .body
            .as_ref()
            .and_then(|body| u32::try_from(body.word_count).ok()),
        body: item
            .body
            .map(|body| body.blocks.into_owned())
            .unwrap_or_default(),
        ..Article::default()
    };
    out.rights.holder = item
        .copyright_holder
        .as_deref()
        .and_then(short)
        .map(Party::named);
    out.rights.notice = item.copyright_notice.as_deref().and_then(long);
    out.rights.usage_terms = item.usage_terms.as_deref().and_then(long);
    out.links = item.renditions.iter().filter_map(rendition).collect();
    out.associations = item
        .associations
        .iter()
        .map(|a| {
            let headlines = text::headlines(&entries_of(
                &a.headline
                    .iter()
                    .map(|value| super::write::Text {
                        role: None,
                        value: value.clone(),
                    })
                    .collect::<Vec<_>>(),
            ));
            Association {
                role: a.rel.as_deref().and_then(short),
                kind: a.kind.and_then(|k| match kind(k) {
                    Kind::Item(kind) => Some(kind),
                    Kind::NotNews(_) | Kind::Unknown => None,
                }),
                id: id(&a.uri),
                headline: headlines.headline,
                caption: a.caption.as_deref().and_then(long),
                byline: a.by.as_deref().and_then(short),
                credit: a.credit.as_deref().and_then(short),
                renditions: a.renditions.iter().filter_map(rendition).collect(),
            }
        })
        .collect();
    out
}

/// A rendition as the reader reads it: an enclosure link with the rendition's facts.
fn rendition(r: &super::write::Rendition) -> Option<crate::model::Link> {
    let facts = Rendition {
        name: short(&r.name),
        width: r.width,
        height: r.height,
        size: r.size,
        duration_ms: r.duration.and_then(duration_ms),
    };
    rendition_link(
        &r.href,
        r.content_type.as_deref(),
        r.title.as_deref(),
        facts,
    )
}
