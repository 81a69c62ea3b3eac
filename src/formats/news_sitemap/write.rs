//! Writes a news sitemap: a `urlset`, one `url` per article it holds.

use std::collections::HashSet;

use super::entry::{Entry, MAX_URLS, entry};
use crate::formats::{Envelope, WriteOptions};
use crate::xml::XmlWriter;
use crate::{Article, Error};

/// The sitemap protocol's namespace (the `urlset`, `url` and `loc` elements).
pub(super) const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// Google's news sitemap namespace (`news:news` and its children).
pub(super) const NEWS_NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";

/// One article as a sitemap of its own (the `urlset` is the same for one or several).
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    crate::formats::descriptor::enveloped(Box::new(Urlset::default()), [article])
}

/// A `urlset` written `url` by `url`. It leaves out the articles it cannot list (see
/// [`entry`]), an address it already holds, and every article past the 1,000th `url`.
#[derive(Default)]
pub(crate) struct Urlset {
    /// The `loc`s held so far.
    locs: HashSet<String>,
}

impl Envelope for Urlset {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        // Only the articles the sitemap holds come here (`leaves_out` said so); one that
        // could not be listed would give no `url` rather than an invalid one.
        let Ok(entry) = entry(article) else {
            return Ok(Vec::new());
        };
        let mut w = XmlWriter::fragment_at(1);
        write_url(&mut w, &entry);
        Ok(w.into_bytes())
    }

    fn head(&self) -> Vec<u8> {
        let mut w = XmlWriter::new();
        w.open("urlset", &[("xmlns", SITEMAP_NS), ("xmlns:news", NEWS_NS)]);
        w.into_bytes()
    }

    fn tail(&self) -> Vec<u8> {
        let mut w = XmlWriter::fragment_at(1);
        w.close("urlset");
        w.finish()
    }

    fn selective(&self) -> bool {
        true
    }

    fn leaves_out(&mut self, article: &Article) -> Option<String> {
        let entry = match entry(article) {
            Ok(entry) => entry,
            Err(missing) => return Some(missing.join("; ")),
        };
        if self.locs.contains(&entry.loc) {
            return Some(
                "its URL is an earlier article's (a sitemap lists each URL once)".to_string(),
            );
        }
        if self.locs.len() >= MAX_URLS {
            return Some(format!(
                "past the {MAX_URLS} URLs a news sitemap holds (write the rest as another sitemap)"
            ));
        }
        self.locs.insert(entry.loc);
        None
    }
}

/// One `url`, every value entity-escaped as the sitemap protocol requires.
fn write_url(w: &mut XmlWriter, entry: &Entry) {
    w.open("url", &[]);
    w.leaf_all_escaped("loc", &entry.loc);
    w.open("news:news", &[]);
    w.open("news:publication", &[]);
    w.leaf_all_escaped("news:name", &entry.name);
    w.leaf_all_escaped("news:language", &entry.language);
    w.close("news:publication");
    w.leaf_all_escaped("news:publication_date", &entry.date);
    w.leaf_all_escaped("news:title", &entry.title);
    w.close("news:news");
    w.close("url");
}
