//! IPTC NewsML 1.2 (read only): a `NewsML` document's `NewsItem`s, each one article per story.
//!
//! | model | NewsML 1.2 (`NI` = `NewsItem`, `NC` = the story's `NewsComponent` and its ancestors) |
//! |---|---|
//! | `id`, `version` | `NI/Identification/NewsIdentifier`: `PublicIdentifier` without its revision when it is a `urn:newsml:<domain>:<date>:<item>[:<revision>]` or names the `NewsItemId`, else `urn:newsml:ProviderId:DateId:NewsItemId` (a generic identifier without the parts: no id, a warning); `RevisionId` (0 is read as 1), else the URN's revision |
//! | `title` | `NI/Identification/NameLabel` |
//! | `extensions["newsml12:Label:<type>"]` | `NI/Identification/Label` (`LabelType/@FormalName`, `LabelText`: AFP's `CodeName`) |
//! | `created`, `modified` | `NI/NewsManagement/FirstCreated`, `ThisRevisionCreated` |
//! | `pub_status`, `embargo` | `NewsManagement/Status` (`Embargoed` is usable), `StatusWillChange/DateAndTime` |
//! | `urgency` | `NewsManagement/Urgency` (else Belga's `Priority` property) |
//! | `priority` | `NewsEnvelope/Priority` (else Belga's `Priority` property) |
//! | `services` | `NewsEnvelope/NewsService` and `NewsProduct` (`@FormalName` as the code, `@Scheme` as the scheme), for every item |
//! | `links` | `NewsManagement/AssociatedWith/@NewsItem`; the files of a story's parts as `enclosure` links (`Format` or `MimeType` the media type; `Characteristics/SizeInBytes`, the `Width`/`Height` (`PixelWidth`/`PixelHeight`) and `ImageUse` properties the rendition's) |
//! | `associations` | a media component (a headline of its own and a file) beside the story or inside it, and a `Logo` part: `Role` the role, the role or `MediaType` the kind, `NewsLines` `HeadLine`, `ByLine` and `CreditLine` (its other lines are reported as not read), a `Caption` part's text the caption, its files (as links are read) the renditions |
//! | `headline`, `subheadline`, `byline`, `credit`, `slugline` | `NC/NewsLines`: `HeadLine` (else a `Title` part), `SubHeadLine`, `ByLine`, `CreditLine`, `SlugLine` (else Belga's `Topic` property) |
//! | `dateline` | `NewsLines/DateLine`, `DescriptiveMetadata/Location[@HowPresent='Origin']` (`City`; `CountryArea`, else a country name), `DateLineDate` |
//! | `keywords` | `NewsLines/KeywordLine`, `DescriptiveMetadata/Property[@FormalName='Keyword']` |
//! | `editorial_notes` | `NewsLines/NewsLine` of an advisory or note type, Belga's `EditorialInfo` property, a `Contact` part's text (role as given) |
//! | `rights` | `NewsLines/CopyrightLine` (notice), `RightsMetadata/Copyright/CopyrightHolder`, `UsageRights/UsageType` and `Limitations` (each a usage term, in order: the first `usage_terms`, the others `further_usage_terms`) |
//! | `provider`, `sources`, `authors` | `AdministrativeMetadata/Provider`, `Source`, `Creator`/`Contributor` (`Party/@FormalName`; Belga's `@Topic`, else AFP's `Property` `Role`, is the role; a `Position` property the job title), else `NewsEnvelope/SentFrom` |
//! | `language`, `genres`, `subjects` | `DescriptiveMetadata/Language`, `Genre`, `SubjectCode/*` (IPTC Subject Codes as `subj`, named from ANA's `TopicSet`); the origin `Location`'s `Country` as a subject of kind place (an ISO 3166 code under `iso3166-1a3` or `iso3166-1a2`, else its name) |
//! | `word_count` | `ContentItem/Characteristics/Property[@FormalName='Words']` (or `WordCount`), else the NITF body's count |
//! | `body`, `description`, `descriptions` | `ContentItem/DataContent`: NITF (its head fills what the metadata leaves empty), XHTML, HTML (by `Format` or `MimeType`), or plain text; by the part's `Role`: `Lead` then `Main`/`Body`/`Text` (or none) the body, `Abstract`/`Summary`/`Teaser` the description, `TweetText` a description with its role, a part of another role the body with a warning, a `StyleSheet` (or CSS, script) left out with a warning; a picture's or video's text is its description |
//!
//! Times without an offset (Belga) keep their wall time and no offset: no time zone is guessed
//! (see [`Timestamp`](crate::model::Timestamp)). What no model field holds is kept in
//! [`extensions`](crate::Article::extensions) under `newsml12:` names (`NewsLine`s of other
//! types, event locations, properties, a provider's `Metadata` blocks, a value with its
//! `ValueRef` as `{"value", "ref"}`). `component.rs` says how the component tree is read.

mod component;
mod content;
mod draft;
mod item;
mod metadata;

use crate::formats::stream::{Streaming, XmlShape};
use crate::formats::{Descriptor, Limit, ReadOptions, Sniff, budget, read_xml};
use crate::model::Article;
use crate::xml::{Element, collapse};
use crate::{Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Newsml12,
    name: "newsml12",
    aliases: &["newsml1"],
    description: "IPTC NewsML 1.2",
    extensions: &["xml"],
    named_by: &[],
    sniff: Sniff::Marks(|start| start.xml_root == Some("NewsML")),
    read: Some(read_input),
    stream: Some(Streaming::Xml(XmlShape {
        root: "NewsML",
        container: None,
        items: &["NewsItem"],
        whole_if: None,
        aside: None,
    })),
    write: None,
    requires: &[
        ("NewsIdentifier", super::fidelity::Field::Id),
        (
            "NewsManagement/FirstCreated",
            super::fidelity::Field::Created,
        ),
        (
            "NewsManagement/ThisRevisionCreated",
            super::fidelity::Field::Modified,
        ),
    ],
};

/// Reads every article in the input: one per story of each `NewsItem`.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Newsml12, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::Newsml12, options, |root| {
        let envelope = root
            .child("NewsEnvelope")
            .map(item::Envelope::of)
            .unwrap_or_default();
        let items: Vec<&Element<'_>> = match root.name.as_ref() {
            "NewsML" => root.elements_named("NewsItem").collect(),
            "NewsItem" => vec![root],
            other => {
                return Err(Error::Invalid {
                    format: Format::Newsml12,
                    message: format!(
                        "not a NewsML 1.2 document: the root element is <{other}>, not NewsML"
                    ),
                });
            }
        };
        let articles: Vec<Article> = items
            .iter()
            .take_while(|_| budget::left(Limit::Articles, usize::MAX) > 0)
            .flat_map(|item| {
                let articles = item::item(item, &envelope);
                budget::spend(Limit::Articles, articles.len());
                articles
            })
            .collect();
        if articles.is_empty() {
            return Err(Error::Invalid {
                format: Format::Newsml12,
                message: "the document holds no NewsItem with a NewsComponent".to_string(),
            });
        }
        Ok(articles)
    })
}

/// An element's text on one line.
fn line_of(element: &Element<'_>) -> Option<String> {
    collapse(&element.text())
}

/// `@FormalName`, on one line, when not blank; else the element's own text when it holds no
/// elements (`<Urgency>2</Urgency>`: some providers give the value so).
fn formal_name(element: &Element<'_>) -> Option<String> {
    element.attr("FormalName").and_then(collapse).or_else(|| {
        element
            .elements()
            .next()
            .is_none()
            .then(|| line_of(element))
            .flatten()
    })
}

/// A 1-9 scale value.
fn one_to_nine(text: &str) -> Option<u8> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (1..=9).contains(n))
}
