//! Google News sitemaps, written (newswire does not read them): a `urlset` in the sitemap
//! protocol's namespace (`http://www.sitemaps.org/schemas/sitemap/0.9`) with one `url` per
//! article, each with Google's `news:news` (`http://www.google.com/schemas/sitemap-news/0.9`).
//! One article or several give the same kind of document.
//!
//! | sitemap | from |
//! |---|---|
//! | `url/loc` | the article's page: its first `canonical` link to an absolute `http` or `https` address, else its first `alternate` one (a link with a media type must be a page's: `text/html`, `application/xhtml+xml`), as a URI (characters beyond ASCII percent-encoded as UTF-8, RFC 3987 section 3.1) |
//! | `news:publication/news:name` | the provider's name, on one line (the publisher, whose name Google wants as it is on Google News); an id is no name |
//! | `news:publication/news:language` | the language's primary subtag in lower case, when it is an ISO 639 code (2 letters, else 3); Chinese as `zh-cn` or `zh-tw`, by its script (`Hans`, `Hant`), else its region (CN, SG, MY; TW, HK, MO) |
//! | `news:publication_date` | `published`, in W3C Datetime: with its offset (`2025-06-14T06:00:00+01:00`, a fraction of a second kept), or its date alone (`2025-03-01`) when the source gave no offset: W3C Datetime requires one with a time, and the date is what the source said, nothing invented |
//! | `news:title` | the headline, else the title, on one line |
//!
//! Every value is entity-escaped, quotes too (`&apos;`, `&quot;`), as the sitemap protocol
//! requires. Google's optional tags (`news:keywords`, `news:genres`, `news:access`,
//! `news:stock_tickers`), which it no longer reads, are not written.
//!
//! **Articles left out.** A news sitemap lists pages: an article it cannot list is left out,
//! never written half, and [`left_out`](crate::formats::left_out) (or
//! [`DocumentWriter::left_out`](crate::formats::DocumentWriter::left_out), the conversion's
//! `left_out`, the command line's `left out` lines) says which and why. Left out are the
//! articles that are withheld or canceled (not to be announced), that have no page address
//! (or one over the protocol's 2,048 characters, or under its schema's 12), no language with
//! an ISO 639 code (or Chinese that does not say simplified or traditional), no `published`
//! time (`created` and `modified` are not when a page appeared) or one beyond year 9999, no
//! provider name, no headline or title; an article whose address an earlier one has (a sitemap
//! lists each address once); and every one past the 1,000th `url` (Google's limit: the rest go
//! in another sitemap). A document left with no article is a `urlset` without `url`: the
//! protocol's schema asks for one, but Google reads an empty news sitemap as one with no fresh
//! article (its Search Console warns, and that is all), which is what a sitemap regenerated
//! when none is fresh should say.
//!
//! **Not checked, since newswire has no clock.** Google lists only articles published in the
//! last two days and asks that older ones leave the sitemap; the same input always gives the
//! same output here, so no article is left out for its age: the caller gives the recent ones.
//! An embargo is not compared with the time either (a withheld status is what leaves an
//! article out). Nor does newswire know where the sitemap will be served, so the protocol's
//! rule that its addresses share the sitemap's host is the caller's.
//!
//! Not carried (a sitemap has no place for them): id, version, item kind, subheadline, the
//! other headlines, slugline, keywords, subjects, genres, services, sections, byline, authors,
//! dateline, credit line, sources, rights, priority, urgency, status, embargo, creation and
//! modification times, editorial notes, descriptions, word count, body, the other links,
//! associations, extensions.

mod entry;
mod project;
mod write;

pub use project::project;

/// Writes `articles` as a news sitemap (those it can list; see the module's docs):
/// [`formats::write`](crate::formats::write) for this format.
///
/// ```
/// use newswire::formats::news_sitemap;
/// use newswire::model::{Article, Link, Party, Timestamp};
/// let mut a = Article::default()
///     .with_headline("Rates held")
///     .with_language("en")
///     .with_provider(Party::named("The Example Times"))
///     .with_link(Link::new("https://example.org/business/rates?id=1&src=rss").with_rel("alternate"));
/// a.published = Timestamp::parse("2026-03-14T11:02:00+01:00");
/// let sitemap = String::from_utf8(news_sitemap::write(&[a])?).unwrap();
/// assert!(sitemap.contains("<loc>https://example.org/business/rates?id=1&amp;src=rss</loc>"));
/// assert!(sitemap.contains("<news:publication_date>2026-03-14T11:02:00+01:00</news:publication_date>"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::NewsSitemap)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::NewsSitemap,
    name: "news-sitemap",
    aliases: &["sitemap", "newssitemap", "googlenewssitemap"],
    description: "Google News sitemap: a urlset of the articles' pages",
    extensions: &["xml"],
    named_by: &[],
    sniff: Sniff::Never,
    read: None,
    stream: None,
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: write::write_article,
            envelope: || Box::new(write::Urlset::default()),
        },
        carries,
        project,
        writes_association: super::descriptor::no_association,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[],
};

/// What a news sitemap keeps of each field (the fidelity table's column; the format is not
/// read back, so this is what the sitemap holds).
fn carries(field: Field) -> Carry {
    use Carry::{Lost, Partial};
    use Field::*;
    match field {
        Links => Partial(
            "only the article's page, as loc: its first canonical, else alternate, http(s) link, characters beyond ASCII percent-encoded; relations, media types, titles and the other links are lost",
        ),
        Language => Partial(
            "written as Google's code: the primary subtag when it is an ISO 639 code (zh-cn or zh-tw for Chinese); region, script and variants are lost",
        ),
        Headline => Partial("on one line"),
        Title => Partial("written, on one line, only when there is no headline"),
        Provider => Partial("its name only, on one line, as the publication's name"),
        Published => Partial(
            "a time without an offset is written as its date alone (W3C Datetime requires an offset with a time); an offset with seconds or beyond ±14:00 becomes UTC; a year outside 1-9999 is not written",
        ),
        _ => Lost,
    }
}

#[cfg(test)]
mod tests;

use crate::formats::fidelity::{Carry, Field};
use crate::formats::{Descriptor, Sniff, Writer, Writing};
use crate::{Article, Error, Format};
