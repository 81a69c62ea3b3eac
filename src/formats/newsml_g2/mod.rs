//! IPTC NewsML-G2 2.35 at Power conformance: one article is a `newsItem`, several travel as the
//! items of a `newsMessage`.
//!
//! The writer maps every model field G2 has a place for (each field of [`Article`]
//! says where, after `G2:`), and its output validates against the 2.35 XSD with the body as
//! XHTML 1.0 Strict. Codes are QCodes resolved through IPTC catalog 41; the few values no IPTC
//! scheme covers use two schemes newswire declares in an inline `catalog`: `nwrole`
//! (`urn:newswire:role:`, e.g. the sub-headline's role) and `ianarel` (Atom/IANA link relations).
//!
//! | model | NewsML-G2 (`IM` = `itemMeta`, `CM` = `contentMeta`, `RI` = `rightsInfo`) |
//! |---|---|
//! | `id`, `version` | `newsItem/@guid`, `@version` |
//! | `kind` | `IM/itemClass` (`ninat:text`, ...) |
//! | `language` | `@xml:lang` and `CM/language/@tag` |
//! | `title` | `IM/title` |
//! | `headline`, `subheadline`, `headlines` | `CM/headline` without a role, with `nwrole:subheadline`, then the others with their roles (a QCode or list as given, a word as an `nwrole:` code); read: without one, the XHTML body's rNews `h1 itemprop="headline"`, which leaves the body |
//! | `slugline`, `keywords` | `CM/slugline`, `CM/keyword` (one per element) |
//! | `subjects`, `genres` | `CM/subject`, `CM/genre` |
//! | `services`, `sections` | `IM/service` (a QCode or URI: a service without a code in a scheme is not written), `IM/memberOf` |
//! | a place's `geo` | `assert` (after `CM`) about the subject's `@qcode`, `@uri` or `@literal`: `geoAreaDetails/position` (`POIDetails` for a point of interest); read: an assert about no subject is a place of its own, and gives a subject without a name its `name` |
//! | `byline`, `authors` | `CM/by`, `CM/creator` and `CM/contributor`; read: without `by`, a first body paragraph that is only a byline (`By Joseph Ax`) |
//! | `dateline` | `CM/dateline` (text) and `CM/located` (place); read: a `dateline` that is only a time gives the date, and when `located` is all there is, the dateline the first paragraph prints is the text (the place stays `located`'s) |
//! | `credit` | `CM/creditline` |
//! | `provider`, `sources` | `IM/provider` (required there), `CM/infoSource` |
//! | `rights` | `RI/copyrightHolder`, `RI/copyrightNotice` and `RI/usageTerms` (every one, in order; read from every `rightsInfo`, the first of each as the notice and the terms) |
//! | `priority`, `urgency` | `newsMessage/header/priority` only, `CM/urgency` |
//! | `pub_status`, `embargo` | `IM/pubStatus`, `IM/embargoed` |
//! | `created`, `modified`, `published` | `IM/firstCreated`, `IM/versionCreated`, `pubHistory/published/timestamp` |
//! | `editorial_notes` | `IM/edNote`, one per note; the role in `@role` (a QCode as given, a word as an `nwrole:` code) or `@roleuri` |
//! | `description`, `descriptions` | `CM/description[@role='drol:summary']`, then the others with their roles (`summary`, `caption` as `drol:` codes, other words as `nwrole:` codes); read: the XHTML body's `p class="teaser"` (dpa) leaves the body, the description when there is none, else a description with the role `teaser` unless it repeats one |
//! | `body`, `word_count` | `contentSet/inlineXML` (XHTML; NITF in a `newsMessage`) and its `@wordcount`; a figure is an XHTML `div class="figure"` (`img` `@src` `@alt`, `a/@type` around it for the media type, `p class="caption"`, `p class="credit"`; read: HTML5 `figure`/`figcaption` and a bare `img` too) |
//! | `links` | `IM/link`; a picture's, video's, audio's or graphic's enclosures without a title are its renditions, `CS/remoteContent` (`@rendition` the name: a QCode or URI as given, a word as an `nwrole:` code; `@width`, `@height`, `@size`; `@duration` in seconds, else in `timeunit:milliseconds`) |
//! | `extensions` | none |

mod codes;
mod project;
pub(crate) mod read;
mod values;
mod write;

use crate::formats::fidelity::{Carry, Field, XSD_TIME};
use crate::formats::stream::{Streaming, XmlShape};
use crate::formats::{Descriptor, RequiredTime, Sniff, Sniffed, Writer, Writing};
use crate::model::Timestamp;
use crate::{Article, Error, Format};

pub use project::project;
pub(crate) use read::read_input;
pub use read::{read, read_with};

/// Writes one article as a `newsItem`, several as a `newsMessage`: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::NewsmlG2)
}

/// Whether a document's root is a G2 item, a `newsMessage`, or a part of an item sent alone.
fn has_g2_root(start: &Sniffed<'_>) -> bool {
    matches!(
        start.xml_root,
        Some(
            "newsItem"
                | "newsMessage"
                | "packageItem"
                | "knowledgeItem"
                | "conceptItem"
                | "planningItem"
                | "catalogItem"
                | "contentSet"
                | "contentMeta"
                | "groupSet"
        )
    )
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::NewsmlG2,
    name: "newsml-g2",
    aliases: &["g2", "newsml"],
    description: "IPTC NewsML-G2 2.35 newsItem / newsMessage",
    extensions: &["xml", "g2"],
    named_by: &[],
    sniff: Sniff::Marks(has_g2_root),
    read: Some(read_input),
    stream: Some(Streaming::Xml(XmlShape {
        root: "newsMessage",
        container: Some("itemSet"),
        items: &["newsItem", "packageItem"],
        whole_if: None,
        aside: Some(read::is_listing),
    })),
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: write::write_article,
            envelope: || Box::new(write::Message::default()),
        },
        carries,
        project,
        writes_association: super::descriptor::no_association,
        offset_recommended: false,
        required_time: Some(RequiredTime {
            placeholder: Timestamp::UNIX_EPOCH_TEXT,
            writable: |time| values::date_time(*time).is_some(),
        }),
    }),
    requires: &[
        ("guid", super::fidelity::Field::Id),
        ("version", super::fidelity::Field::Version),
        ("itemMeta/provider", super::fidelity::Field::Provider),
        ("itemMeta/versionCreated", super::fidelity::Field::Modified),
    ],
};

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        SubjectRoles => Lost,
        SubjectRelations => Partial(
            "sameAs and broader, each written as a subject is; their own relations are lost",
        ),
        Associations => Partial(
            "as one link each after the links, to the item's best file (else its id when that is an address), its role the relation when that is a link relation (a registered name, a QCode or a URI; else enclosure for a file), its headline (else its caption) the title: its kind, byline, credit, other files and a role that is no link relation are lost",
        ),
        Priority => Partial("only in a newsMessage header, the lowest of its items"),
        WordCount => Partial("declared on the body's rendition: lost without a body"),
        DatelineDate => {
            Partial("read again from the dateline text: a date it does not print is lost")
        }
        DatelineAgencies => Partial(
            "read again from the dateline text: agencies and service codes it does not print are lost",
        ),
        Created | Modified | Published | Embargo => Partial(XSD_TIME),
        DatelineRegion => Partial("without a city, written as the place and read back as the city"),
        Authors => Partial(
            "a role of several words comes back as one, its words joined by hyphens (a QCode's code holds no whitespace)",
        ),
        SubjectPlaces => Partial(
            "a place's or point of interest's, in an assert about the subject's identifier (subjects with the same identifier take the first)",
        ),
        NoteRoles => Partial(
            "a role of several words comes back as one, its words joined by hyphens (a QCode's code holds no whitespace)",
        ),
        Headlines => Partial(
            "a role of several words comes back as one, its words joined by hyphens; without a headline, the first without a role or with a main role becomes it, and without a sub-headline the first with a sub role (sub, subheadline, subhead, subtitle, deck, standfirst, hl2)",
        ),
        Descriptions => Partial(
            "a role of several words comes back as one, its words joined by hyphens; without a description, the first that reads as a summary (no role or summary, else a teaser, abstract or intro, else for a picture, video, audio or graphic any) becomes it",
        ),
        Services => Partial(
            "a service without a code in a scheme (a QCode or a URI) is lost: G2's service takes no literal",
        ),
        FurtherNotices => Partial("without a notice, the first further one becomes it"),
        FurtherUsageTerms => {
            Partial("without usage terms, the first of the further terms becomes them")
        }
        Links => Partial(
            "a picture, video, audio or graphic item's enclosures without a title are its renditions (remoteContent), read back after its other links",
        ),
        LinkRenditions => Partial(
            "only for a picture, video, audio or graphic item's enclosures without a title (remoteContent); a name that is a list of QCodes is lost",
        ),
        Extensions => Lost,
        _ => Full,
    }
}

/// The namespace of every G2 element (the News Architecture, NAR).
const NAR_NS: &str = "http://iptc.org/std/nar/2006-10-01/";

/// The IPTC catalog that resolves the IPTC aliases written here (`ninat`, `stat`, `drol`, `irel`,
/// `cpprole`, `cpnat`, ...). 41 is the first to have `cpprole`, which replaced the retired
/// `isrol` and `ctrol`.
const IPTC_CATALOG: &str = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

/// A scheme declared by newswire for values that no IPTC scheme has a code for. A QCode
/// `alias:code` stands for the URI `uri` + `code`.
pub(crate) struct Scheme {
    /// The QCode prefix (an XML NCName).
    pub alias: &'static str,
    /// The scheme URI the alias stands for.
    pub uri: &'static str,
}

impl Scheme {
    /// The QCode of `code` in this scheme.
    fn qcode(&self, code: &str) -> String {
        format!("{}:{}", self.alias, code)
    }

    /// Whether `qcode` belongs to this scheme.
    fn holds(&self, qcode: &str) -> bool {
        qcode
            .strip_prefix(self.alias)
            .is_some_and(|rest| rest.starts_with(':'))
    }
}

/// Roles IPTC has no code for: the sub-headline's `headline/@role` (IPTC has no headline-role
/// scheme), author roles outside `cpprole`, and the role of a `note` holding a free-text job title
/// (`@jobtitle` only takes a QCode).
pub(crate) const ROLES: Scheme = Scheme {
    alias: "nwrole",
    uri: "urn:newswire:role:",
};

/// IANA link relations (Atom's `alternate`, `enclosure`, ...) that have no `irel` equivalent, under
/// the base URI RFC 4287 gives registered relation names.
pub(crate) const LINK_RELATIONS: Scheme = Scheme {
    alias: "ianarel",
    uri: "http://www.iana.org/assignments/relation/",
};

/// The `headline/@role` of [`Article::subheadline`](crate::Article::subheadline).
const SUBHEADLINE_ROLE: &str = "nwrole:subheadline";

/// The `note/@role` of a creator's or contributor's job title written as text.
const JOB_TITLE_ROLE: &str = "nwrole:jobtitle";
