//! What an article becomes after an RSS write and read, computed from what the writer writes
//! ([`Item`]) and the reader's value rules rather than by writing.

use crate::Article;
use crate::dates::parse_feed_date;
use crate::model::{Association, Author, AuthorKind, Concept, Link, Party, Rendition};

use super::item::{
    duration_ms, email_author, media_kind, media_type_of, printed_furniture, subject_domain,
    summary_text,
};
use super::write::{File, Item, Person};

/// What `article` becomes after being written as RSS 2.0 and read back (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// - `id`: the id (else the derived one) on one line.
/// - `headline`: the headline on one line, else the title, else (no description either) the
///   first words of the body (`…` after them when there are more), else the id.
/// - `published`: the first of published, modified and created that RFC 822 holds (an offset
///   in whole minutes, a year within 1900-9999), to the second; `modified` and `created` are
///   gone.
/// - `authors`: creators and contributors by name (a creator's `mailto:` id with an address
///   the `author` element holds stays).
/// - `keywords` on one line; `subjects` with a scheme: the scheme and the code (else the name)
///   as the code.
/// - `description`: its text as the reader reads HTML (whitespace collapsed in each
///   paragraph); without a body, it is the body.
/// - `body`: the printed body (dateline at the head of the lead) in XHTML form, the byline in
///   front when it reads as one (HTML reads the fragment as written: a line break that starts
///   a `pre` is written twice, as HTML serialises it); without one, the description as the
///   reader reads it; then a byline paragraph and a dateline the lead prints are the byline
///   and the dateline again.
/// - `links`: the first alternate link with a web address, then the enclosures with one (a
///   media type from the file name when none is given; sizes above 0, pixel sizes, durations
///   to the millisecond; no rendition name); `associations`: those with a caption or a credit
///   and a file with a web address, as Media RSS reads back (headline, caption, credit on one
///   line, the kind from `medium` or the media type, thumbnails).
/// - `language`: when well-formed; `rights.notice` on one line; `provider`: its name, when its
///   id is a web address.
/// - everything else is gone.
pub fn project(article: &Article) -> Article {
    let item = Item::of(article);
    let mut out = Article {
        id: Some(item.guid.clone()),
        headline: item.title.clone(),
        published: item.pub_date.as_deref().and_then(parse_feed_date),
        language: item.language.map(str::to_string),
        keywords: item.keywords.clone(),
        provider: item.source.as_ref().map(|(url, name)| Party {
            id: Some(url.to_string()),
            name: Some(name.clone()),
        }),
        ..Article::default()
    };
    out.rights.notice = item.rights.clone();
    for person in &item.people {
        match person {
            Person::Email(text) => out.authors.extend(email_author(text)),
            Person::Creator(name) => out.authors.push(Author::named(name)),
            Person::Contributor(name) => out.authors.push(Author {
                kind: AuthorKind::Contributor,
                ..Author::named(name)
            }),
        }
    }
    for (domain, text) in &item.subjects {
        match subject_domain(Some(domain)) {
            Some(scheme) => out.subjects.push(Concept::coded(scheme, text)),
            None => out.keywords.push(text.clone()),
        }
    }
    out.links.extend(item.link.map(|href| Link {
        rel: Some("alternate".to_string()),
        href: href.to_string(),
        media_type: None,
        title: None,
        rendition: None,
    }));
    out.links
        .extend(item.files.iter().map(|file| file_link(file, true)));
    for media in &item.media {
        let group = media.is_group();
        let mut renditions = Vec::new();
        for file in &media.contents {
            renditions.push(file_link(file, group));
            renditions.extend(file.thumbnails.iter().map(|thumbnail| Link {
                rel: Some("enclosure".to_string()),
                href: thumbnail.url.to_string(),
                media_type: media_type_of(thumbnail.url).map(str::to_string),
                title: None,
                rendition: Some(Rendition {
                    name: Some("thumbnail".to_string()),
                    width: thumbnail.width,
                    height: thumbnail.height,
                    size: None,
                    duration_ms: None,
                }),
            }));
        }
        let kind = media
            .contents
            .iter()
            .find_map(|file| file.medium)
            .or_else(|| renditions.iter().find_map(|l| l.media_type.as_deref()))
            .and_then(media_kind);
        out.associations.push(Association {
            kind,
            headline: media.headline.clone(),
            caption: media.caption.clone(),
            credit: media.credit.clone(),
            renditions,
            ..Association::default()
        });
    }
    if item.body.is_some() {
        out.body = item.body_blocks;
    }
    out.description = item.summary.as_deref().and_then(summary_text);
    printed_furniture(&mut out);
    out
}

/// A file as the reader reads it back: an `enclosure` with its size, or a `media:content`
/// with its media type, title (when `titled`: a lone file's title is
/// its item's) and facts.
fn file_link(file: &File<'_>, titled: bool) -> Link {
    let rendition = Rendition {
        name: None,
        width: file.width,
        height: file.height,
        size: file.size,
        duration_ms: file.duration.as_deref().and_then(duration_ms),
    };
    Link {
        rel: Some("enclosure".to_string()),
        href: file.url.to_string(),
        media_type: file.media_type.map(str::to_string),
        title: file.title.clone().filter(|_| titled && !file.enclosure),
        rendition: (!rendition.is_empty()).then_some(rendition),
    }
}
