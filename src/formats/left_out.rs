//! The articles a format's document leaves out, and why: a news sitemap holds only the articles
//! it can list (an address, a language, a publication time and name, each address once, 1,000
//! at most). Such a format says so through its envelope ([`Envelope::leaves_out`]); writing
//! skips those articles and this reports them, so that none is dropped unsaid.

use std::fmt;

use super::{WriteOptions, Writer, Writing, descriptor_of, prepared_one};
use crate::{Article, Format};

/// An article a document leaves out: where it is among the articles written, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LeftOut {
    /// Its place among the articles given, from 0.
    pub index: usize,
    /// Why the document cannot hold it (`no URL: ...; no language`).
    pub reason: String,
}

impl fmt::Display for LeftOut {
    /// `article 3: no URL ...`, counting from 1 as messages do.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "article {}: {}", self.index + 1, self.reason)
    }
}

/// The articles that writing `articles` as one `format` document with `options` leaves out, in
/// order, each with why: empty for every format that writes all it is given (all but the news
/// sitemap). [`write_with`](super::write_with) writes the others;
/// [`DocumentWriter::left_out`](super::DocumentWriter::left_out) says the same of a document
/// written one article at a time.
///
/// ```
/// use newswire::formats::{WriteOptions, left_out, write_with};
/// use newswire::model::{Article, Link, Party, Timestamp};
/// use newswire::Format;
/// let mut listed = Article::default()
///     .with_headline("Rates held")
///     .with_language("en-GB")
///     .with_provider(Party::named("The Example Times"))
///     .with_link(Link::new("https://example.org/rates").with_rel("canonical"));
/// listed.published = Timestamp::parse("2026-03-14T11:02:00+01:00");
/// let wire = Article::default().with_headline("Rates held (wire copy)");
/// let articles = [listed, wire];
/// let gone = left_out(&articles, Format::NewsSitemap, &WriteOptions::default());
/// assert_eq!(gone.len(), 1);
/// assert_eq!(gone[0].index, 1);
/// assert!(gone[0].reason.starts_with("no URL"), "{}", gone[0].reason);
/// let sitemap = write_with(&articles, Format::NewsSitemap, &WriteOptions::default())?;
/// let sitemap = String::from_utf8(sitemap).unwrap();
/// assert_eq!(sitemap.matches("<url>").count(), 1);
/// assert!(left_out(&articles, Format::Atom, &WriteOptions::default()).is_empty());
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn left_out(articles: &[Article], format: Format, options: &WriteOptions) -> Vec<LeftOut> {
    let Some(Writing {
        writer: Writer::Enveloped { envelope, .. },
        writes_association,
        ..
    }) = &descriptor_of(format).write
    else {
        return Vec::new();
    };
    let mut document = envelope();
    if !document.selective() {
        return Vec::new();
    }
    articles
        .iter()
        .enumerate()
        .filter_map(|(index, article)| {
            // Asked of the article as the writer gets it (links made safe, associations folded).
            let prepared = prepared_one(article, options, *writes_association);
            document
                .leaves_out(&prepared)
                .map(|reason| LeftOut { index, reason })
        })
        .collect()
}
