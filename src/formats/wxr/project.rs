//! What an article becomes after a WXR write and read, computed from the values the writer
//! writes ([`Post`]) and the WordPress reader's rules rather than by writing.

use crate::Article;
use crate::dates::parse_feed_date;
use crate::formats::rss::media_type_of;
use crate::formats::rss::wordpress::{html_text, status, term_name};
use crate::model::{Association, Author, Concept, ItemKind, Link, Timestamp};
use crate::xml::xhtml_form_of;

use super::post::{FEATURED_ROLE, Post, PostDate};

/// What `article` becomes after being written as a WordPress export and read back (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// - `id`: the id (else the derived one) on one line; `extensions`: only `wp:post_id`, the id
///   the post asks for (its own `wp:post_id` when it is a whole number, else one derived from
///   the article).
/// - `headline`, `description`, keywords and names: on one line, as the text of the HTML
///   written (whitespace collapsed as HTML shows it).
/// - `slugline`: the slug (WordPress's `post_name`) of the slugline, else of the headline.
/// - `authors`: the creators' names (else the byline as the one author), nothing else of them.
/// - `subjects`: WordPress categories: scheme `category`, the code a slug (a `category`
///   subject's own code when it is one, else the slug of the name or code), the name (else the
///   code); kinds, places, relations and roles gone.
/// - `pub_status`, `embargo`, `published`: usable published, withheld a draft, canceled in the
///   bin, each dated at its publication; an embargo WordPress can hold makes the post scheduled
///   at the embargo, which comes back as withheld with that embargo and publication time. Times
///   to the second: with an offset RFC 822 holds as given, else in UTC when the offset is known,
///   else as the wall time without offset; a year outside 1000-9999 is no time.
/// - `modified`: to the second, in UTC when the offset is known, else as the wall time without
///   offset; a year outside 1000-9999 is no time.
/// - `body`: the printed body (dateline at the head of the lead) in XHTML form.
/// - `links`: the first alternate link only.
/// - `associations`: the first picture with an http(s) file (role `featuremedia`, kind picture,
///   or an image file), as the featured picture: role `featuremedia`, its headline and caption
///   as text, its one file (the media type from its extension; a picture when that is an image
///   type); the others gone.
/// - `language` (well-formed), `rights.notice` (on one line): kept; everything else gone.
pub fn project(article: &Article) -> Article {
    let post = Post::of(article);
    let (pub_status, scheduled) = status(post.status.word());
    let published = post.date.as_ref().and_then(published);
    let mut out = Article {
        id: Some(post.guid.clone()),
        language: post.language.clone(),
        headline: post
            .title
            .as_ref()
            .map(|title| html_text(title).unwrap_or_else(|| title.clone())),
        slugline: post.name.clone(),
        authors: post
            .creators
            .iter()
            .map(|c| Author::named(c.name.clone()))
            .collect(),
        pub_status,
        embargo: published.filter(|_| scheduled),
        published,
        modified: post.modified.as_ref().and_then(|m| match &m.gmt {
            Some(gmt) => utc(Some(gmt)),
            None => Timestamp::parse(&m.local),
        }),
        description: post.excerpt.as_deref().and_then(html_text),
        body: xhtml_form_of(article.printed_body()).into_owned(),
        links: post
            .link
            .iter()
            .map(|href| Link {
                rel: Some("alternate".to_string()),
                href: href.clone(),
                media_type: None,
                title: None,
                rendition: None,
            })
            .collect(),
        associations: post
            .attachments
            .iter()
            .filter(|a| a.featured)
            .map(|a| {
                let media_type = media_type_of(&a.url);
                Association {
                    role: Some(FEATURED_ROLE.to_string()),
                    kind: media_type
                        .filter(|t| t.starts_with("image/"))
                        .map(|_| ItemKind::Picture),
                    headline: a
                        .title
                        .as_ref()
                        .map(|t| html_text(t).unwrap_or_else(|| t.clone())),
                    caption: a.caption.as_deref().and_then(html_text),
                    renditions: vec![Link {
                        rel: Some("enclosure".to_string()),
                        href: a.url.clone(),
                        media_type: media_type.map(str::to_string),
                        title: None,
                        rendition: None,
                    }],
                    ..Association::default()
                }
            })
            .collect(),
        ..Article::default()
    };
    out.rights.notice = post.rights.clone();
    for term in &post.terms {
        let name = term_name(term.name.clone());
        match term.domain {
            "post_tag" => out.keywords.push(name),
            domain => out.subjects.push(Concept {
                scheme: Some(domain.to_string()),
                code: Some(term.nicename.clone()),
                name: Some(name),
                ..Concept::default()
            }),
        }
    }
    out.extensions
        .insert("wp:post_id".to_string(), post.wanted_id.to_string().into());
    out
}

/// The publication time as the reader takes it: `pubDate`, else the UTC field, else (written
/// empty: the offset is unknown) the local one.
fn published(date: &PostDate) -> Option<Timestamp> {
    match (&date.rfc822, &date.gmt) {
        (Some(rfc822), _) => parse_feed_date(rfc822),
        (None, Some(_)) => utc(date.gmt.as_deref()),
        (None, None) => Timestamp::parse(&date.local),
    }
}

/// A UTC field (`YYYY-MM-DD HH:MM:SS`) as a time.
fn utc(gmt: Option<&str>) -> Option<Timestamp> {
    Timestamp::parse(&format!("{}Z", gmt?.replace(' ', "T")))
}
