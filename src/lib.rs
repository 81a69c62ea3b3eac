//! # newswire
//!
//! Converts news content between the formats news agencies exchange, through one typed article
//! model. It reads plain-text wire copy (`text`), newswire's own JSON (`json`), IPTC NewsML-G2
//! (`newsml-g2`), schema.org JSON-LD (`jsonld`), Atom (`atom`), IPTC NITF (`nitf`), IPTC NewsML
//! 1.2 (`newsml12`), the AP Media API's JSON (`ap-media`), Reuters Connect API items
//! (`reuters-api`), Superdesk items (`superdesk`), IPTC ninjs (`ninjs`), RSS 2.0 (`rss`), WordPress
//! exports (`wxr`), the teletype formats IPTC 7901 (`iptc7901`) and ANPA-1312 (`anpa1312`), AAP's
//! ZCZC wire text (`zczc`), e-mailed copy (`email`), Ritzau's news XML (`ritzau`), NTB's press
//! releases from Solita (`solita`) and the IPTC and XMP metadata of JPEG photos (`photo`); it
//! writes all of them but NewsML 1.2, the AP, Reuters and Superdesk JSON, ZCZC, e-mail,
//! Ritzau, Solita and photos. It also writes what it does not read: an HTML article page with
//! its schema.org JSON-LD (`html`) and Google News sitemaps (`news-sitemap`). [`Format::ALL`]
//! lists them, and [`formats`] has each one's module.
//!
//! Every reader produces [`Article`]s and every writer consumes them; formats never talk to each
//! other. Reading is lenient (a bad field becomes a [`Warning`](model::Warning), not a lost
//! article); writing is strict (every output validates against its official schema).
//!
//! ```
//! use newswire::{Format, read, write};
//!
//! let copy = "Haftar meets Belousov in Moscow\n\n\
//!             TRIPOLI (LIBIA) (ITALPRESS/MNA) – High-level talks were held in Moscow.\n";
//! let articles = read(copy.as_bytes(), Format::Text)?;
//! let story = &articles[0];
//! assert_eq!(story.headline.as_deref(), Some("Haftar meets Belousov in Moscow"));
//! let dateline = story.dateline.as_ref().unwrap();
//! assert_eq!(dateline.city.as_deref(), Some("TRIPOLI"));
//! assert_eq!(dateline.agencies.len(), 2);
//!
//! let g2 = write(&articles, Format::NewsmlG2)?;
//! assert!(String::from_utf8(g2).unwrap().contains("<headline>Haftar meets Belousov in Moscow</headline>"));
//! # Ok::<(), newswire::Error>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod convert;
mod dateline;
mod dates;
mod encoding;
mod error;
mod format;
pub mod formats;
mod html;

/// Entry points for the differential fuzz targets (`fuzz/`, the `fuzzing` feature): not part of
/// the API.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    use crate::model::Block;

    /// An HTML fragment's body blocks through the fast path (`None` when it leaves the fragment
    /// to html5ever) and through html5ever.
    pub fn html_both_ways(html: &str) -> (Option<Vec<Block>>, Vec<Block>) {
        crate::html::both_ways(html)
    }
}
mod byline;
mod byte_scan;
mod iri;
mod json;
mod language;
mod limits;
mod link_relations;
mod markers;
pub mod model;
mod script;
mod text_shape;
mod vocabularies;
mod writable;
mod xml;

pub use convert::{
    Conversion, ConvertOptions, Placeholder, Reading, Split, Written, convert, placeholder,
    read_input, write_documents,
};
pub use error::{Error, Position};
pub use formats::{
    Articles, Format, ReadOptions, WriteOptions, detect, read, read_iter, read_with, write,
    write_with,
};
pub use model::Article;

/// The README's Rust examples, compiled and run as doc tests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The Rust examples of docs/library.md, compiled and run as doc tests so that they stay true.
#[doc = include_str!("../docs/library.md")]
#[cfg(doctest)]
pub struct DocsLibraryDoctests;

/// The Rust examples of docs/security.md, compiled and run as doc tests so that they stay true.
#[doc = include_str!("../docs/security.md")]
#[cfg(doctest)]
pub struct DocsSecurityDoctests;
