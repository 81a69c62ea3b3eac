//! What a news sitemap keeps of an article: the values of its `url`, as model fields. newswire
//! does not read sitemaps; the projection is the fidelity table's word for what the sitemap
//! holds, so that the loss report says exactly what was kept in part.

use super::entry::{google_language, loc, page, publication_name, published_as_written};
use crate::model::{Article, Link, Party};
use crate::xml::one_line;

/// What `article` becomes in a news sitemap, whether or not the sitemap can hold it (what it
/// leaves out is reported apart: [`left_out`](crate::formats::left_out)): its page as an
/// `alternate` link, its provider's name, its language as Google's code, its publication time
/// as written, its headline (else its title) on one line; nothing else.
///
/// ```
/// use newswire::formats::news_sitemap;
/// use newswire::model::{Article, Timestamp};
/// let mut a = Article::default().with_headline("Rates\nheld");
/// a.language = Some("de-CH".into());
/// a.published = Timestamp::parse("2026-03-14T11:02:00");
/// let kept = news_sitemap::project(&a);
/// assert_eq!(kept.headline.as_deref(), Some("Rates held"));
/// assert_eq!(kept.language.as_deref(), Some("de"));
/// assert_eq!(kept.published.map(|t| t.to_rfc3339()).as_deref(), Some("2026-03-14T00:00:00"));
/// ```
pub fn project(article: &Article) -> Article {
    let headline = article
        .headline
        .as_deref()
        .map(one_line)
        .filter(|h| !h.is_empty());
    let title = match headline {
        Some(_) => None,
        None => article
            .title
            .as_deref()
            .map(one_line)
            .filter(|t| !t.is_empty()),
    };
    let links = page(article)
        .and_then(|link| loc(&link.href).ok())
        .map(|href| Link {
            rel: Some("alternate".to_string()),
            href,
            ..Link::default()
        })
        .into_iter()
        .collect();
    Article {
        language: article
            .language
            .as_deref()
            .and_then(|tag| google_language(tag).ok()),
        headline,
        title,
        provider: publication_name(article).map(|name| Party {
            name: Some(name),
            ..Party::default()
        }),
        published: article.published.as_ref().and_then(published_as_written),
        links,
        ..Article::default()
    }
}
