//! The format registry: one descriptor per format in one array,
//! and the [`read`](fn@read)/[`write`](fn@write) entry points that dispatch through it.
//!
//! Every format is one module under `formats/` with the same shape: `mod.rs` holds its
//! descriptor (names, extensions, what in the content shows it, its reader and writer, what the
//! writer keeps of the model: the fidelity table's column, the round trips' projection, the
//! placeholder time) and its mapping table in the module docs; `read`/`read.rs` and `write.rs`
//! the two directions; `project.rs` what an article becomes after both, composed from the rules
//! of the two; the rules reader and writer share (how a value is written and read back, the
//! codes a word becomes) in modules of their own beside them (`values.rs`, `codes.rs`, `body.rs`),
//! never in one direction's module. Names, detection, dispatch, the fidelity table and the list
//! of round-trip formats all come from the descriptors.
//!
//! **Adding a format** is its module plus one line in `REGISTRY`, its descriptor, and the name
//! it goes by: a variant of [`Format`] (in `src/format.rs`, declared at the descriptor's place).
//! [`Format::ALL`] is the registry's list; a compile-time check refuses a registry out of step
//! with the variants (a missing, repeated or misplaced descriptor); the golden, round trip and
//! oracle tests then ask for its fixtures.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::model::{Association, Party};
use crate::{Article, Error, Position};

pub mod anpa1312;
pub mod ap_media;
pub mod atom;
mod descriptor;
mod detect;
pub mod email;
pub mod fidelity;
pub mod html;
mod input;
pub mod iptc7901;
pub mod json;
pub mod jsonld;
mod left_out;
pub mod news_sitemap;
pub mod newsml12;
pub mod newsml_g2;
pub mod ninjs;
pub mod nitf;
mod options;
pub mod photo;
pub(crate) mod printed;
pub mod reuters_api;
pub mod ritzau;
pub mod rss;
mod safety;
pub mod solita;
mod stream;
pub mod superdesk;
mod teletype;
#[cfg(test)]
mod test_support;
pub mod text;
mod time_field;
pub mod wxr;
pub mod zczc;
mod zone;

pub use crate::format::Format;
pub(crate) use crate::limits::budget;
pub use crate::limits::{Limit, Limits};
pub(crate) use descriptor::{Descriptor, Envelope, RequiredTime, Sniff, Sniffed, Writer, Writing};
pub use detect::detect;
pub(crate) use input::{read_json, read_xml};
pub use left_out::{LeftOut, left_out};
pub use options::{InputEncoding, NinjsVersion, ReadOptions, Tz, WriteOptions};
pub use stream::{Articles, DocumentWriter, Finished, Item, Items, read_items, read_iter};
pub(crate) use time_field::read_time;

/// Every format newswire knows, one line each, in [`Format::ALL`]'s order (which is also the
/// order detection tries their marks in: JSON-LD's and the vendor JSON formats' before ninjs's).
const REGISTRY: [&Descriptor; 22] = [
    &text::DESCRIPTOR,
    &json::DESCRIPTOR,
    &newsml_g2::DESCRIPTOR,
    &jsonld::DESCRIPTOR,
    &atom::DESCRIPTOR,
    &nitf::DESCRIPTOR,
    &newsml12::DESCRIPTOR,
    &ap_media::DESCRIPTOR,
    &reuters_api::DESCRIPTOR,
    &superdesk::DESCRIPTOR,
    &ninjs::DESCRIPTOR,
    &rss::DESCRIPTOR,
    &wxr::DESCRIPTOR,
    &iptc7901::DESCRIPTOR,
    &anpa1312::DESCRIPTOR,
    &zczc::DESCRIPTOR,
    &email::DESCRIPTOR,
    &ritzau::DESCRIPTOR,
    &solita::DESCRIPTOR,
    &photo::DESCRIPTOR,
    &news_sitemap::DESCRIPTOR,
    &html::DESCRIPTOR,
];

// The registry holds every format once, each at the place its variant is declared in: checked
// when compiling, so that `descriptor_of` can look a format up by its place.
const _: () = {
    assert!(REGISTRY.len() == Format::COUNT);
    let mut i = 0;
    while i < REGISTRY.len() {
        assert!(REGISTRY[i].format as usize == i);
        i += 1;
    }
};

/// The descriptor of `format`.
pub(crate) fn descriptor_of(format: Format) -> &'static Descriptor {
    // In bounds and the right one: the check above.
    REGISTRY[format as usize]
}

/// Every descriptor, in the registry's order.
pub(crate) fn descriptors() -> impl Iterator<Item = &'static Descriptor> {
    REGISTRY.into_iter()
}

impl Format {
    /// Every known format, in the order `newswire formats` lists them: the registry's.
    pub const ALL: [Format; REGISTRY.len()] = {
        let mut all = [Format::Text; REGISTRY.len()];
        let mut i = 0;
        while i < REGISTRY.len() {
            all[i] = REGISTRY[i].format;
            i += 1;
        }
        all
    };

    /// The name used on the command line and in messages (`newsml-g2`, `jsonld`).
    pub fn name(self) -> &'static str {
        descriptor_of(self).name
    }

    /// A one-line description.
    pub fn description(self) -> &'static str {
        descriptor_of(self).description
    }

    /// The parts the format's official schema requires of an item that `article`, read from
    /// that format, does not hold: an item its consumers reject (NewsML-G2's `guid`, `version`,
    /// `provider`, `versionCreated`; NewsML 1.2's identifier and times; Atom's `id`, `title`,
    /// `updated` and author; ninjs's `uri`). Empty when it holds them all, and for formats
    /// whose schema requires nothing newswire reads into the model.
    ///
    /// ```
    /// use newswire::{Format, read};
    /// let g2 = br#"<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1">
    ///   <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
    ///   <body><p>Text.</p></body></html></inlineXML></contentSet></newsItem>"#;
    /// let article = &read(g2, Format::NewsmlG2)?[0];
    /// assert_eq!(
    ///     Format::NewsmlG2.missing_parts(article),
    ///     ["version", "itemMeta/provider", "itemMeta/versionCreated"]
    /// );
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn missing_parts(self, article: &Article) -> Vec<&'static str> {
        descriptor_of(self)
            .requires
            .iter()
            .filter(|(_, field)| !field.is_populated(article))
            .map(|(part, _)| *part)
            .collect()
    }

    /// File extensions, the first being the one written (without the dot).
    pub fn extensions(self) -> &'static [&'static str] {
        descriptor_of(self).extensions
    }

    /// The extension an output file gets.
    pub fn output_extension(self) -> &'static str {
        self.extensions().first().copied().unwrap_or("out")
    }

    /// Whether one document of the format holds several articles (a G2 `newsMessage`, an Atom
    /// feed, a JSON-LD `@graph`, back-to-back teletype messages). Writing several articles in a
    /// format that cannot hold them is an error; the command line writes one file per article.
    pub fn holds_several(self) -> bool {
        !matches!(
            descriptor_of(self).write,
            Some(Writing {
                writer: Writer::One(_),
                ..
            })
        )
    }

    /// Whether [`read_iter`] reads the format's multi-article documents item by item (a G2
    /// `newsMessage`, an Atom feed, an RSS channel, NewsML 1.2, a JSON array of articles), so
    /// that memory holds one item at a time; other formats it reads whole.
    pub fn reads_in_items(self) -> bool {
        descriptor_of(self).stream.is_some()
    }

    /// Whether [`DocumentWriter`] writes the format's documents of several articles one
    /// article at a time (G2, Atom, JSON, JSON-LD).
    pub fn writes_in_items(self) -> bool {
        matches!(
            descriptor_of(self).write,
            Some(Writing {
                writer: Writer::Enveloped { .. },
                ..
            })
        )
    }

    /// Whether this version of newswire reads the format.
    pub fn can_read(self) -> bool {
        descriptor_of(self).read.is_some()
    }

    /// Whether this version of newswire writes the format.
    pub fn can_write(self) -> bool {
        descriptor_of(self).write.is_some()
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    /// Parses a format name; case and `-`/`_`/`.` are ignored, and common aliases accepted
    /// (`g2`, `json-ld`, `txt`).
    fn from_str(name: &str) -> Result<Format, Error> {
        let key = |text: &str| -> String {
            text.chars()
                .filter(|c| !matches!(c, '-' | '_' | '.' | ' '))
                .flat_map(char::to_lowercase)
                .collect()
        };
        let wanted = key(name);
        descriptors()
            .find(|d| key(d.name) == wanted || d.aliases.contains(&wanted.as_str()))
            .map(|d| d.format)
            .ok_or_else(|| Error::UnknownFormatName(name.to_string()))
    }
}

/// A format is written by its name (`"newsml-g2"`) and read from any name [`FromStr`] takes.
///
/// ```
/// use newswire::Format;
/// assert_eq!(serde_json::to_string(&Format::NewsmlG2).unwrap(), "\"newsml-g2\"");
/// assert_eq!(serde_json::from_str::<Format>("\"g2\"").unwrap(), Format::NewsmlG2);
/// ```
impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Format {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Format, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

/// Reads every article in `input`, which is in `format`. The input may be in any encoding the
/// format allows (a BOM, an XML declaration, or UTF-8 with a Windows-1252 fallback).
///
/// ```
/// use newswire::{read, Format};
/// let articles = read(b"Headline\n\nFirst paragraph.\n", Format::Text)?;
/// assert_eq!(articles[0].headline.as_deref(), Some("Headline"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8], format: Format) -> Result<Vec<Article>, Error> {
    read_with(input, format, &ReadOptions::default())
}

/// Reads as [`read`](fn@read) does, with what the caller knows: `options.language` is the
/// language of every article whose input does not declare one (plain text never does, so its
/// language is not detected then), and `options.limits` bound what the input may cost (see
/// [`Limits`]; an input over one is an [`Error::LimitExceeded`]), and `options.time_zone` gives the
/// times the input sent without an offset the provider's.
///
/// Every reader's articles go through one safety pass: every string loses the characters no
/// output carries (C0 controls but tab and line breaks, U+FFFE, U+FFFF), then no link, id, term,
/// name or word a writer may put where a URL or identifier goes keeps a script, data or
/// local-file URL (`javascript:`, `vbscript:`, `data:`, `file:`, however disguised) or a
/// password (each one dropped or changed is a warning), and bodies hold only what the allowlist
/// walk of HTML, XHTML and NITF markup keeps (no script, style, event handler or embedded
/// object).
///
/// ```
/// use newswire::formats::{read_with, ReadOptions};
/// use newswire::Format;
/// let mut options = ReadOptions::default();
/// options.language = Some("de-CH".into());
/// let articles = read_with(b"[{\"headline\": \"Zug f\xc3\xa4hrt\"}]", Format::Json, &options)?;
/// assert_eq!(articles[0].language.as_deref(), Some("de-CH"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read_with(
    input: &[u8],
    format: Format,
    options: &ReadOptions,
) -> Result<Vec<Article>, Error> {
    let limits = &options.limits;
    if input.len() > limits.input_bytes {
        return Err(Error::LimitExceeded {
            format,
            limit: Limit::InputBytes,
            max: limits.input_bytes,
            position: Some(Position::Byte(limits.input_bytes)),
        });
    }
    let Some(reader) = descriptor_of(format).read else {
        return Err(Error::ReadUnsupported(format));
    };
    let forced = options.encoding.map(InputEncoding::encoding);
    let (read, exceeded) = budget::within(limits, || {
        crate::encoding::forced_within(forced, || reader(input, options))
    });
    // A limit the reader met itself names its position; one spent past while building ends
    // the read as well, whatever the reader returned (what it built past the limit is cut).
    let mut articles = match (read, exceeded) {
        (Err(error @ Error::LimitExceeded { .. }), _) => return Err(error),
        (_, Some(limit)) => {
            return Err(Error::LimitExceeded {
                format,
                limit,
                max: limits.max(limit),
                position: None,
            });
        }
        (read, None) => read?,
    };
    check_articles(articles.len(), format, limits)?;
    let language = options.language();
    for article in &mut articles {
        safety::make_safe(article);
        if let Some(zone) = options.time_zone {
            zone::place_in_zone(article, zone);
        }
        if article.language.is_none()
            && let Some(language) = language
        {
            article.language = Some(language.to_string());
        }
    }
    Ok(articles)
}

/// [`Limit::Articles`]: an error when an input holds more than `limits.articles` articles. Readers
/// call it with the number of items they found before reading any, so that a feed of a million
/// items is refused before a million articles are built; [`read_with`] calls it again on what
/// they read.
pub(crate) fn check_articles(count: usize, format: Format, limits: &Limits) -> Result<(), Error> {
    if count > limits.articles {
        return Err(Error::LimitExceeded {
            format,
            limit: Limit::Articles,
            max: limits.articles,
            position: None,
        });
    }
    Ok(())
}

/// Writes `articles` in `format`. Formats that hold several articles in one document (a G2
/// `newsMessage`, an Atom feed, a JSON-LD `@graph`) do so; the output is deterministic.
///
/// ```
/// use newswire::{model::Article, write, Format};
/// let mut article = Article::default();
/// article.headline = Some("Rates held".into());
/// let atom = String::from_utf8(write(&[article], Format::Atom)?).unwrap();
/// assert!(atom.contains("<title type=\"text\">Rates held</title>"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn write(articles: &[Article], format: Format) -> Result<Vec<u8>, Error> {
    write_with(articles, format, &WriteOptions::default())
}

/// Writes `articles` in `format` as [`write`](fn@write) does, with `options` (the ninjs version,
/// ...) instead of the defaults. Articles that were not read (a library user built them) go
/// through the readers' safety pass first, so no output holds a script, data or local-file URL
/// or a password whatever the articles hold.
///
/// ```
/// use newswire::formats::{NinjsVersion, WriteOptions, write_with};
/// use newswire::{model::Article, Format};
/// let mut article = Article::default();
/// article.headline = Some("Rates held".into());
/// let mut options = WriteOptions::default();
/// options.ninjs_version = NinjsVersion::V2_1;
/// let ninjs = String::from_utf8(write_with(&[article], Format::Ninjs, &options)?).unwrap();
/// assert!(ninjs.contains("\"version\": \"2.1\""));
/// assert!(ninjs.contains("\"pubstatus\": \"usable\""));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn write_with(
    articles: &[Article],
    format: Format,
    options: &WriteOptions,
) -> Result<Vec<u8>, Error> {
    let Some(writing) = &descriptor_of(format).write else {
        return Err(Error::WriteUnsupported(format));
    };
    let writes = writing.writes_association;
    match (writing.writer, articles) {
        (_, []) => Err(Error::NoArticles(format)),
        (Writer::One(write), [article]) => write(&prepared_one(article, options, writes), options),
        (Writer::One(_), articles) => Err(Error::Invalid {
            format,
            message: format!(
                "a {format} document holds one article, not {}; write them one at a time",
                articles.len()
            ),
        }),
        (Writer::Several(write), articles) => write(&prepared(articles, options, writes), options),
        (Writer::Enveloped { one, envelope }, articles) => {
            let document = envelope();
            if document.selective() {
                return write_held(document, one, articles, options, writes);
            }
            match articles {
                [article] => one(&prepared_one(article, options, writes), options),
                articles => {
                    descriptor::enveloped(document, prepared(articles, options, writes).iter())
                }
            }
        }
    }
}

/// The articles a document that leaves some out ([`Envelope::selective`]) holds, written as
/// `write_with` writes them: one alone as its own document, none as the envelope's head and
/// tail. [`left_out`] reports the others.
fn write_held(
    mut document: Box<dyn Envelope>,
    one: fn(&Article, &WriteOptions) -> Result<Vec<u8>, Error>,
    articles: &[Article],
    options: &WriteOptions,
    writes: fn(&Association) -> bool,
) -> Result<Vec<u8>, Error> {
    let prepared: Vec<Cow<'_, Article>> = articles
        .iter()
        .map(|a| prepared_one(a, options, writes))
        .collect();
    let held: Vec<&Article> = prepared
        .iter()
        .map(AsRef::as_ref)
        .filter(|article| document.leaves_out(article).is_none())
        .collect();
    match held.as_slice() {
        [alone] => one(alone, options),
        held => descriptor::enveloped(document, held.iter().copied()),
    }
}

/// The articles as the writers get them, copied only when something changes: those without any
/// time sent at the fallback time ([`WriteOptions::fallback_time`], [`Article::set_sent`]), those
/// that name no provider under the fallback provider ([`WriteOptions::fallback_provider`]), the
/// associations the writer does not write (`writes` says no) as links
/// ([`Article::associations_as_links_but`]), and every one through the safety pass when it would
/// drop or change something (articles a library user built have not been read: see [`safety`]).
fn prepared<'a>(
    articles: &'a [Article],
    options: &WriteOptions,
    writes: fn(&Association) -> bool,
) -> Cow<'a, [Article]> {
    let prepared: Vec<Cow<'_, Article>> = articles
        .iter()
        .map(|a| prepared_one(a, options, writes))
        .collect();
    if prepared.iter().all(|a| matches!(a, Cow::Borrowed(_))) {
        return Cow::Borrowed(articles);
    }
    Cow::Owned(prepared.into_iter().map(Cow::into_owned).collect())
}

/// One article as the writers get it (see [`prepared`]): copied only when it changes, the
/// safety check made on the copy as the writer will see it.
pub(crate) fn prepared_one<'a>(
    article: &'a Article,
    options: &WriteOptions,
    writes: fn(&Association) -> bool,
) -> Cow<'a, Article> {
    let fallback = options
        .fallback_time
        .filter(|_| article.version_time().is_none());
    let provider = fallback_provider(article, options);
    let fold = article.associations.iter().any(|a| !writes(a));
    if fallback.is_none() && provider.is_none() && !fold && !safety::needs_safety(article) {
        return Cow::Borrowed(article);
    }
    let mut article = article.clone();
    if let Some(time) = fallback {
        article.set_sent(time);
    }
    if let Some(name) = provider {
        article.provider.get_or_insert_with(Party::default).name = Some(name.to_string());
    }
    // Checked as written: an associated item's headline or caption is a link's title now.
    if fold {
        article.associations_as_links_but(writes);
    }
    if safety::needs_safety(&article) {
        safety::make_safe(&mut article);
    }
    Cow::Owned(article)
}

/// The provider's name [`WriteOptions::fallback_provider`] gives `article`: when it names
/// none, and the option is not blank.
fn fallback_provider<'a>(article: &Article, options: &'a WriteOptions) -> Option<&'a str> {
    let named = article
        .provider
        .as_ref()
        .and_then(|provider| provider.name.as_deref())
        .is_some_and(|name| !name.trim().is_empty());
    options
        .fallback_provider
        .as_deref()
        .map(str::trim)
        .filter(|name| !named && !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use fidelity::{Carry, Field};

    /// Issue #21 point 10: the crate's front page names every format of the registry, and says
    /// which it does not write.
    #[test]
    fn the_crate_documentation_names_every_format() {
        let front: String = include_str!("../lib.rs")
            .lines()
            .filter_map(|line| line.strip_prefix("//!"))
            .flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(" ");
        for format in Format::ALL {
            assert!(
                front.contains(&format!("(`{}`)", format.name())),
                "{format}"
            );
        }
        let unwritten: Vec<_> = Format::ALL.into_iter().filter(|f| !f.can_write()).collect();
        assert_eq!(
            unwritten,
            [
                Format::Newsml12,
                Format::ApMedia,
                Format::ReutersApi,
                Format::Superdesk,
                Format::Zczc,
                Format::Email,
                Format::Ritzau,
                Format::Solita,
                Format::Photo
            ]
        );
        assert!(front.contains("it writes all of them but NewsML 1.2, the AP, Reuters and Superdesk JSON, ZCZC, e-mail, Ritzau, Solita and photos"));
    }

    /// Each format is one descriptor, and names, detection by extension, capabilities, the
    /// fidelity table, the placeholder time and the round-trip list are all read from it.
    /// An associated item written as a link is checked as a link: its caption, a link's title
    /// now (NITF's `media-reference/@name`), goes when it holds a script URL; the file stays.
    /// (Found by the fuzz run.)
    #[test]
    fn an_association_written_as_a_link_is_checked_as_one() {
        use crate::model::{Association, Link};
        let article = Article {
            associations: vec![Association {
                caption: Some("java script:alert(1)".into()),
                renditions: vec![Link {
                    rel: Some("enclosure".into()),
                    href: "https://x.example/p.jpg".into(),
                    ..Link::default()
                }],
                ..Association::default()
            }],
            ..Article::default()
        };
        let nitf = write_with(
            std::slice::from_ref(&article),
            Format::Nitf,
            &WriteOptions::default(),
        )
        .unwrap_or_default();
        let nitf = String::from_utf8_lossy(&nitf);
        assert!(
            nitf.contains(r#"<media-reference source="https://x.example/p.jpg"/>"#),
            "{nitf}"
        );
    }

    #[test]
    fn every_format_is_one_descriptor_that_the_registry_reads() {
        let mut claimed = Vec::new();
        for (i, d) in descriptors().enumerate() {
            let format = d.format;
            assert_eq!(Format::ALL.get(i), Some(&format), "registry order");
            assert_eq!(
                (format.name(), format.description()),
                (d.name, d.description)
            );
            assert_eq!(format.extensions(), d.extensions);
            for name in std::iter::once(&d.name).chain(d.aliases) {
                assert_eq!(name.parse::<Format>().ok(), Some(format), "{name}");
            }
            assert_eq!(format.can_read(), d.read.is_some());
            assert_eq!(format.can_write(), d.write.is_some());
            for extension in d.named_by {
                assert!(
                    d.extensions.contains(extension),
                    "{format} names {extension}"
                );
                let path = format!("story.{extension}");
                // Two NUL bytes: content no format's marks or fallback take.
                let found = detect(b"\0\0", Some(path.as_ref())).ok();
                assert_eq!(found, Some(format), "{path}");
                claimed.push(*extension);
            }
            let writing = d.write.as_ref();
            assert_eq!(
                fidelity::placeholder_time(format),
                writing.and_then(|w| w.required_time.map(|r| r.placeholder))
            );
            for field in Field::ALL {
                let expected = writing.map_or(Carry::Lost, |w| (w.carries)(field));
                assert_eq!(
                    fidelity::carries(format, field),
                    expected,
                    "{format} {field}"
                );
            }
            let round_trips = fidelity::round_trip_formats().contains(&format);
            assert_eq!(
                round_trips,
                d.read.is_some() && d.write.is_some(),
                "{format}"
            );
        }
        let count = claimed.len();
        claimed.sort_unstable();
        claimed.dedup();
        assert_eq!(
            claimed.len(),
            count,
            "an extension names one format at most"
        );
    }

    #[test]
    fn names_round_trip_and_aliases_parse() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>().unwrap(), format);
        }
        assert_eq!("G2".parse::<Format>().unwrap(), Format::NewsmlG2);
        assert_eq!("JSON-LD".parse::<Format>().unwrap(), Format::JsonLd);
        assert!(matches!(
            "docx".parse::<Format>(),
            Err(Error::UnknownFormatName(name)) if name == "docx"
        ));
    }

    #[test]
    fn unsupported_directions_are_errors_not_panics() {
        assert!(matches!(
            write(&[Article::default()], Format::Newsml12),
            Err(Error::WriteUnsupported(Format::Newsml12))
        ));
        assert!(matches!(
            write(&[Article::default()], Format::Zczc),
            Err(Error::WriteUnsupported(Format::Zczc))
        ));
        assert!(matches!(
            write(&[], Format::Atom),
            Err(Error::NoArticles(Format::Atom))
        ));
    }
}
