//! [`Article`], the one typed story every format maps to.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    Association, Author, Block, Concept, Dateline, Inline, Link, Party, RoledText, Timestamp,
    Warning,
};

/// One news story, independent of the format it came from.
///
/// Every field is optional or may be empty: real feeds omit almost anything, and a reader keeps
/// what it finds. Writers map every field their format can carry and skip the rest.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Article {
    /// Stable identifier, version-less (a URN or URI when the source has one).
    ///
    /// G2: `newsItem/@guid`. JSON-LD: `@id` and `identifier`. Atom: `id`. Plain text: none (writers
    /// derive one from the content with [`derived_id`](super::derived_id)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,

    /// Version of the item (1 for the first), when the source numbers versions.
    ///
    /// G2: `newsItem/@version`. JSON-LD: `version`. Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,

    /// What kind of item this is; text unless the source says otherwise.
    ///
    /// G2: `IM/itemClass` (`ninat:text`, ...). JSON-LD: always a `NewsArticle`. Atom: none.
    pub kind: ItemKind,

    /// Language of the content as a BCP 47 tag (`it`, `en-GB`, `de-CH`).
    ///
    /// G2: `@xml:lang` and `CM/language/@tag`. JSON-LD: `inLanguage`. Atom: `@xml:lang`. Plain text:
    /// detected from the headline and the first paragraphs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,

    /// A short label for the story, distinct from the headline (a title line above the headline in
    /// plain-text copy, an editorial name).
    ///
    /// G2: `IM/title`. JSON-LD: `name`. Atom: used as `title` only when there is no headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,

    /// The main headline.
    ///
    /// G2: `CM/headline` without `@role`. JSON-LD: `headline`. Atom: `title`. Plain text: the
    /// headline line above the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,

    /// A secondary headline or standfirst.
    ///
    /// G2: `CM/headline[@role]`. JSON-LD: `alternativeHeadline`. Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subheadline: Option<String>,

    /// The headlines besides [`headline`](Self::headline) and
    /// [`subheadline`](Self::subheadline), each with the role its source gives it: a short
    /// headline, a web or SEO headline, a kicker.
    ///
    /// G2: further `CM/headline`s (`@role`: a QCode or list as given, a word as an `nwrole:`
    /// code). ninjs: further `headlines` entries (`role` as given). NITF, JSON-LD, Atom and the
    /// text formats: none.
    ///
    /// JSON: a string per headline without a role, else `{"text", "role"}`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headlines: Vec<RoledText>,

    /// The agency slug, one line (`EU-ECONOMY-RATES`, `BC-LT--Argentina`).
    ///
    /// G2: `CM/slugline`. JSON-LD and Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slugline: Option<String>,

    /// Free keywords, in source order.
    ///
    /// G2: `CM/keyword`, one per element. JSON-LD: `keywords`. Atom: `category/@term` without a
    /// scheme.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,

    /// Subjects from controlled vocabularies (IPTC Media Topics, provider schemes).
    ///
    /// G2: `CM/subject`. JSON-LD: `about`. Atom: `category` with `@scheme`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<Concept>,

    /// Genres (`genre:Current`, `Analysis`, ...).
    ///
    /// G2: `CM/genre`. JSON-LD: `genre`. Atom: none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub genres: Vec<Concept>,

    /// The services, products and channels the item is delivered in (a provider's `Sport`
    /// service, its `Wirtschaft` product), as codes with names.
    ///
    /// G2: `IM/service`. NewsML 1.2: `NewsEnvelope/NewsService` and `NewsProduct` (read).
    /// JSON-LD, Atom: none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Concept>,

    /// The sections or sets of items the story belongs to in its publication (`Politics`,
    /// `Live blog: elections`).
    ///
    /// G2: `IM/memberOf`. JSON-LD: `articleSection` (names). NITF: `pubdata/@position.section`
    /// (the first). Atom: none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Concept>,

    /// The byline as printed, without the leading `By`/`di`/`Par`/`Von`.
    ///
    /// G2: `CM/by`. JSON-LD: none (see [`authors`](Self::authors)). Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,

    /// People and organisations who wrote or contributed to the story.
    ///
    /// G2: `CM/creator` and `CM/contributor`. JSON-LD: `author` and `contributor`. Atom: `author`
    /// and `contributor`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,

    /// Where (and sometimes when) the story was filed, with the agencies credited there.
    ///
    /// G2: `CM/dateline` (text) and `CM/located` (place). JSON-LD: `dateline` and
    /// `locationCreated`. Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dateline: Option<Dateline>,

    /// The credit line (`IPA Agency (ITALPRESS)`), kept apart from the body.
    ///
    /// G2: `CM/creditline`. JSON-LD: `creditText`. Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,

    /// The party that delivers the item (the agency or publisher).
    ///
    /// G2: `IM/provider` (required there). JSON-LD: `publisher`. Atom: `source/title`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<Party>,

    /// Parties the content came from, other than the provider (partner agencies, originators).
    ///
    /// G2: `CM/infoSource`. JSON-LD: `sourceOrganization`. Atom: none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Party>,

    /// Copyright and usage terms.
    #[serde(skip_serializing_if = "Rights::is_empty")]
    pub rights: Rights,

    /// Distribution priority, 1 (highest) to 9, as the wire header gave it.
    ///
    /// G2: `newsMessage/header/priority` only. JSON-LD and Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<u8>,

    /// Editorial urgency, 1 (most urgent) to 9.
    ///
    /// G2: `CM/urgency`. JSON-LD and Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgency: Option<u8>,

    /// Whether the item may be published.
    ///
    /// G2: `IM/pubStatus`. JSON-LD: `creativeWorkStatus` (when not usable). Atom: none.
    pub pub_status: PubStatus,

    /// Not to be published before this instant.
    ///
    /// G2: `IM/embargoed`. JSON-LD and Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embargo: Option<Timestamp>,

    /// When the content was first created.
    ///
    /// G2: `IM/firstCreated`. JSON-LD: `dateCreated`. Atom: none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<Timestamp>,

    /// When this version was created or last modified.
    ///
    /// G2: `IM/versionCreated`. JSON-LD: `dateModified`. Atom: `updated`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<Timestamp>,

    /// When the story was published or issued.
    ///
    /// G2: `pubHistory/published/timestamp` (G2 has no item-level publication date).
    /// JSON-LD: `datePublished`. Atom: `published`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Timestamp>,

    /// Notes to editors, not for publication, each with its role when the source gives one.
    ///
    /// G2: `IM/edNote`, one per note (`@role`). NITF: `DD/ed-msg` (`@msg-type`). JSON-LD and
    /// Atom: none.
    ///
    /// JSON: `ednote`, IPTC's name for it (G2 `edNote`, ninjs `ednote`): a string per note, or
    /// `{"text", "role"}` for a note with a role.
    #[serde(rename = "ednote", skip_serializing_if = "Vec::is_empty")]
    pub editorial_notes: Vec<RoledText>,

    /// A summary or abstract.
    ///
    /// G2: `CM/description[@role='drol:summary']`. JSON-LD: `description`. Atom: `summary`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,

    /// The descriptions besides [`description`](Self::description), each with the role its
    /// source gives it: a teaser, an abstract, a caption, a credit line beyond the first.
    ///
    /// G2: further `CM/description`s (`@role`: a QCode or list as given; `summary` and
    /// `caption` as `drol:` codes, other words as `nwrole:` codes). ninjs: further
    /// `descriptions` entries (`role` as given). JSON-LD: `abstract` (the role `abstract`). NITF,
    /// Atom and the text formats: none.
    ///
    /// JSON: a string per description without a role, else `{"text", "role"}`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub descriptions: Vec<RoledText>,

    /// The story text as structured blocks.
    ///
    /// G2: `contentSet/inlineXML` (XHTML). JSON-LD: `articleBody` (plain text). Atom:
    /// `content type="xhtml"`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<Block>,

    /// The number of words the source declares for the body (not computed: writers that print a
    /// count print this one, else the body's [`counted_words`](Self::counted_words)).
    ///
    /// G2: `contentSet/inlineXML/@wordcount` (or `inlineData`). JSON-LD: `wordCount`. Atom: none.
    /// NITF: `head/meta[@name='wordcount']` (or `anpa-wordcount`, `words`) and
    /// `pubdata/@item-length` in words. NewsML 1.2: the `ContentItem`'s `Words` (or `WordCount`)
    /// characteristic. ninjs: the chosen body's `wordcount` (`bodies[].wordCount` in 3.x). IPTC
    /// 7901 and ANPA-1312: the header's word count (ANPA: else the slug line's `,466`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub word_count: Option<u32>,

    /// Links and associations: the web page, pictures, previous versions; a picture's,
    /// video's or audio's own files are its `enclosure` links, each with its
    /// [`rendition`](Link::rendition) facts.
    ///
    /// G2: `IM/link`, and a picture's renditions `CS/remoteContent`. JSON-LD: `url`
    /// (alternate), `image`/`associatedMedia` (media). Atom: `link`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,

    /// The items associated with the story (its pictures, videos, related stories), each with
    /// its own role, headline, caption, byline, credit and files.
    ///
    /// ninjs: `associations`. Other formats: a link each, to the item's best file (see
    /// [`Association::as_link`]), after [`links`](Self::links).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub associations: Vec<Association>,

    /// Fields no common field holds, keyed `namespace:name` (`text:trailer`, `anpa:selector`).
    ///
    /// Readers keep source fields here rather than dropping them; writers other than `json` ignore
    /// them.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = arbitrary_extensions))]
    pub extensions: BTreeMap<String, serde_json::Value>,

    /// What the reader had to repair or could not read. Not content: writers other than `json`
    /// ignore it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl Article {
    /// The body as plain text: blocks separated by a blank line, inline markup dropped.
    ///
    /// ```
    /// use newswire::model::{Article, Block};
    /// let mut a = Article::default();
    /// a.body = vec![Block::paragraph("One."), Block::paragraph("Two.")];
    /// assert_eq!(a.body_text(), "One.\n\nTwo.");
    /// ```
    pub fn body_text(&self) -> String {
        Block::text_of(&self.body)
    }

    /// The body as agencies print it: the dateline leads the first paragraph with text
    /// (`TRIPOLI (LIBIA) (ITALPRESS/MNA) – Recenti colloqui ...`). The model keeps the dateline
    /// apart from the body so that each format can place it; writers of rendered copy (the G2
    /// and Atom XHTML bodies, JSON-LD `articleBody`) print this.
    ///
    /// A dateline that ends in a word or a number rather than a separator (`Brussels, 16 November
    /// 2023`) becomes a paragraph of its own; a body that already starts with it is unchanged.
    ///
    /// ```
    /// use newswire::model::{Article, Block, Dateline};
    /// let mut a = Article::default();
    /// a.dateline = Some(Dateline::new("ROMA (ANSA) -"));
    /// a.body = vec![Block::paragraph("Text.")];
    /// assert_eq!(Block::text_of(&a.printed_body()), "ROMA (ANSA) - Text.");
    /// ```
    pub fn printed_body(&self) -> Cow<'_, [Block]> {
        printed_body(&self.body, self.dateline.as_ref())
    }

    /// Records when this version was sent, as wire formats give it: [`modified`](Self::modified),
    /// and [`created`](Self::created) too for a first version (no version number above 1).
    ///
    /// ```
    /// use newswire::model::{Article, Timestamp};
    /// let sent = Timestamp::parse("2026-03-14T11:02:00+01:00").unwrap();
    /// let mut first = Article::default();
    /// first.set_sent(sent);
    /// assert_eq!((first.created, first.modified), (Some(sent), Some(sent)));
    /// let mut third = Article::default();
    /// third.version = Some(3);
    /// third.set_sent(sent);
    /// assert_eq!((third.created, third.modified), (None, Some(sent)));
    /// ```
    pub fn set_sent(&mut self, time: Timestamp) {
        self.modified = Some(time);
        if self.version.is_none_or(|v| v <= 1) {
            self.created = Some(time);
        }
    }

    /// The time this version was made: [`modified`](Self::modified), else
    /// [`published`](Self::published), else [`created`](Self::created).
    pub fn version_time(&self) -> Option<Timestamp> {
        self.modified.or(self.published).or(self.created)
    }

    /// Undoes [`printed_body`](Self::printed_body) for readers of formats that carry the
    /// dateline apart (G2, JSON-LD): when the body starts with the dateline as printed, glued to
    /// the first paragraph or as a paragraph of its own, it is removed from the body. A partial
    /// match (a dateline element without the agency tag the lead has) is left alone.
    pub fn strip_printed_dateline(&mut self) {
        let Some(dateline) = self.dateline.as_ref().map(|d| d.text.trim().to_string()) else {
            return;
        };
        if dateline.is_empty() {
            return;
        }
        // A paragraph of its own, when a body follows: a body that is only the dateline is
        // printed as it is (a dateline is never printed into an empty body). A body that goes on
        // with the dateline's text again was printed as it is ([`printed_body`] prints no
        // dateline before a body that starts with it): the paragraph is the body's own.
        if let [Block::Paragraph { content }, rest @ ..] = self.body.as_slice()
            && !rest.is_empty()
            && let [Inline::Text(text)] = content.as_slice()
            && text.trim() == dateline
        {
            if !text_starts_with(rest, &dateline) {
                self.body.remove(0);
            }
            return;
        }
        let glue = Glue::of(&dateline);
        if glue == Glue::Apart {
            return;
        }
        let Some(index) = self.body.iter().position(is_lead) else {
            return;
        };
        let Some(Block::Paragraph { content }) = self.body.get_mut(index) else {
            return;
        };
        // Before a line break the dateline is printed without the space after it.
        let before_break = starts_with_break(content.get(1..).unwrap_or_default());
        // A CJK dateline is glued to what follows, a mark too (`東京<em>...`).
        let followed = content.len() > 1;
        let Some(Inline::Text(lead)) = content.first_mut() else {
            return;
        };
        let Some(rest) = lead.strip_prefix(&dateline) else {
            return;
        };
        let xml_space = [' ', '\t', '\n', '\r'];
        let joined = match glue {
            // Printed with nothing between: a space after it is the body's own (`東京 Rates`
            // is a body that starts with the dateline, which prints as it is).
            Glue::Direct => (!rest.is_empty() || followed) && !rest.starts_with(xml_space),
            _ => rest.starts_with(xml_space) || (rest.is_empty() && before_break),
        };
        if !joined {
            return;
        }
        let stripped = rest.trim_start_matches(xml_space).to_string();
        // What the body would be without the dateline must not start with it again: the
        // dateline would then not have been printed ([`printed_body`]), and the text is the
        // body's own.
        let mut lead_after = content.clone();
        if stripped.is_empty() {
            lead_after.remove(0);
        } else if let Some(first) = lead_after.first_mut() {
            *first = Inline::Text(stripped);
        }
        let after = Block::Paragraph {
            content: lead_after,
        };
        let before = self.body.get(..index).unwrap_or_default();
        let following = self.body.get(index + 1..).unwrap_or_default();
        if text_starts_with(before.iter().chain([&after]).chain(following), &dateline) {
            return;
        }
        let Some(Block::Paragraph { content }) = self.body.get_mut(index) else {
            return;
        };
        *content = match after {
            Block::Paragraph { content } => content,
            _ => Vec::new(),
        };
        if content.is_empty() {
            self.body.remove(index);
        }
    }

    /// Turns the [associations](Self::associations) into links, after the others (see
    /// [`Association::as_link`]): what a format with no place for an associated item's own
    /// metadata writes.
    pub fn associations_as_links(&mut self) {
        self.associations_as_links_but(|_| false);
    }

    /// Turns the associations `kept` says no to into links, after the others, and keeps the
    /// rest in order: what a format with a place for some associated items only writes.
    pub fn associations_as_links_but(&mut self, kept: impl Fn(&Association) -> bool) {
        let (kept, folded): (Vec<Association>, Vec<Association>) =
            std::mem::take(&mut self.associations)
                .into_iter()
                .partition(|a| kept(a));
        self.associations = kept;
        self.links
            .extend(folded.iter().filter_map(Association::as_link));
    }

    /// The best single line to show as the story's title: the headline, else the title.
    pub fn display_headline(&self) -> Option<&str> {
        self.headline.as_deref().or(self.title.as_deref())
    }

    /// The number of words in the body (runs of non-whitespace), counted; the source's own
    /// figure is [`word_count`](Self::word_count).
    pub fn counted_words(&self) -> usize {
        self.body
            .iter()
            .map(|block| block.plain_text().split_whitespace().count())
            .sum()
    }
}

/// [`Article::printed_body`] of `body` and `dateline` (a writer's view of an article's).
pub(crate) fn printed_body<'b>(body: &'b [Block], dateline: Option<&Dateline>) -> Cow<'b, [Block]> {
    let Some(dateline) = dateline.map(|d| d.text.trim()) else {
        return Cow::Borrowed(body);
    };
    if dateline.is_empty() || body.is_empty() || text_starts_with(body, dateline) {
        return Cow::Borrowed(body);
    }
    let mut body = body.to_vec();
    let glue = Glue::of(dateline);
    match body.iter_mut().find(|b| is_lead(b)) {
        Some(Block::Paragraph { content }) if glue != Glue::Apart => {
            // No space before a line break, as HTML renders it (the canonical form).
            let printed = if glue == Glue::Direct || starts_with_break(content) {
                dateline.to_string()
            } else {
                format!("{dateline} ")
            };
            content.insert(0, Inline::Text(printed));
        }
        _ => body.insert(0, Block::paragraph(dateline)),
    }
    Cow::Owned(body)
}

/// Whether the text of `blocks` ([`Block::text_of`]) starts with `prefix`, reading only as many
/// blocks as the prefix needs. Whitespace at the start of a block is not printed (the canonical
/// form has none): a heading ` ROMA` starts with `ROMA`.
pub(crate) fn text_starts_with<'a>(
    blocks: impl IntoIterator<Item = &'a Block>,
    prefix: &str,
) -> bool {
    let mut text = String::new();
    for block in blocks {
        let block_text = block.plain_text();
        let block_text = block_text.trim_start();
        if block_text.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(block_text);
        if text.len() >= prefix.len() {
            break;
        }
    }
    text.starts_with(prefix)
}

/// Extensions for fuzzing: string, number, boolean and null values (serde_json's `Value` has no
/// `Arbitrary`).
#[cfg(feature = "arbitrary")]
fn arbitrary_extensions(
    u: &mut arbitrary::Unstructured<'_>,
) -> arbitrary::Result<BTreeMap<String, serde_json::Value>> {
    let mut map = BTreeMap::new();
    for _ in 0..u.int_in_range(0..=3)? {
        let key: String = u.arbitrary()?;
        let value = match u.int_in_range(0..=3)? {
            0 => serde_json::Value::String(u.arbitrary()?),
            1 => serde_json::Value::from(u.arbitrary::<i64>()?),
            2 => serde_json::Value::Bool(u.arbitrary()?),
            _ => serde_json::Value::Null,
        };
        map.insert(key, value);
    }
    Ok(map)
}

/// How a printed dateline joins the lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glue {
    /// After a space: the dateline ends in a separator (`ROMA (ANSA) -`).
    Space,
    /// Directly: the dateline ends in a CJK character or full-width punctuation
    /// (`新华社北京11月29日电`, `【北京共同】`); these scripts put no space between words.
    Direct,
    /// A paragraph of its own: the dateline ends in a word or number (`Brussels, 16 November
    /// 2023`), which glued to the lead would read as one sentence.
    Apart,
}

impl Glue {
    fn of(dateline: &str) -> Glue {
        match dateline.chars().last() {
            Some(c) if crate::script::is_wide(c) => Glue::Direct,
            Some(c) if c.is_alphanumeric() => Glue::Apart,
            _ => Glue::Space,
        }
    }
}

/// Whether a block can be the lead the dateline is printed at the head of: a paragraph with
/// text (an empty one would print the dateline alone, away from the text it belongs to).
fn is_lead(block: &Block) -> bool {
    matches!(block, Block::Paragraph { content } if !Inline::plain_text(content).trim().is_empty())
}

/// Whether inline content starts with a line break, inside marks or not.
fn starts_with_break(content: &[Inline]) -> bool {
    match content.first() {
        Some(Inline::LineBreak) => true,
        // A superscript's or subscript's line break is a space (they hold text only).
        Some(
            Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Link { content: inner, .. },
        ) => starts_with_break(inner),
        _ => false,
    }
}

/// The kind of item, following the IPTC NewsItem Nature scheme (`ninat:`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ItemKind {
    /// A text story (`ninat:text`).
    #[default]
    Text,
    /// A still picture (`ninat:picture`).
    Picture,
    /// A graphic (`ninat:graphic`).
    Graphic,
    /// A video (`ninat:video`).
    Video,
    /// An audio item (`ninat:audio`).
    Audio,
    /// A package of several items (`ninat:composite`).
    Composite,
}

/// Publication status (IPTC `stat:` scheme). An embargo is a time, not a status: see
/// [`Article::embargo`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum PubStatus {
    /// May be published (the default when a source says nothing).
    #[default]
    Usable,
    /// Must not be published for now.
    Withheld,
    /// Must not be published; a previous version is withdrawn.
    Canceled,
}

/// Copyright and usage terms.
///
/// G2: `rightsInfo`. JSON-LD: `copyrightHolder`, `copyrightNotice`, `usageInfo`. Atom: `rights`
/// (the notice only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Rights {
    /// Who holds the copyright. G2: `RI/copyrightHolder`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder: Option<Party>,
    /// The copyright notice as printed (`© 2024 AFP`). G2: `RI/copyrightNotice`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
    /// Usage restrictions (`No archiving`). G2: `RI/usageTerms`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage_terms: Option<String>,
    /// The copyright notices besides [`notice`](Self::notice), in order (dpa gives its notice
    /// in German and in English). G2: further `RI/copyrightNotice`s.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub further_notices: Vec<String>,
    /// The usage terms besides [`usage_terms`](Self::usage_terms), in order (the same terms in
    /// another language, a second restriction). G2: further `RI/usageTerms`; NewsML 1.2: further
    /// `UsageRights`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub further_usage_terms: Vec<String>,
}

impl Rights {
    /// True when no rights field is set.
    pub fn is_empty(&self) -> bool {
        self.holder.is_none()
            && self.notice.is_none()
            && self.usage_terms.is_none()
            && self.further_notices.is_empty()
            && self.further_usage_terms.is_empty()
    }
}

with_setters!(Article {
    some with_id(id: String);
    some with_version(version: u32);
    set with_kind(kind: ItemKind);
    some with_language(language: String);
    some with_title(title: String);
    some with_headline(headline: String);
    some with_subheadline(subheadline: String);
    push with_headline_in_role(headlines: RoledText);
    some with_slugline(slugline: String);
    push with_keyword(keywords: String);
    push with_subject(subjects: Concept);
    push with_genre(genres: Concept);
    push with_service(services: Concept);
    push with_section(sections: Concept);
    some with_byline(byline: String);
    push with_author(authors: Author);
    some with_dateline(dateline: Dateline);
    some with_credit(credit: String);
    some with_provider(provider: Party);
    push with_source(sources: Party);
    set with_rights(rights: Rights);
    some with_priority(priority: u8);
    some with_urgency(urgency: u8);
    set with_pub_status(pub_status: PubStatus);
    some with_embargo(embargo: Timestamp);
    some with_created(created: Timestamp);
    some with_modified(modified: Timestamp);
    some with_published(published: Timestamp);
    push with_editorial_note(editorial_notes: RoledText);
    some with_description(description: String);
    push with_description_in_role(descriptions: RoledText);
    push with_block(body: Block);
    some with_word_count(word_count: u32);
    push with_link(links: Link);
    push with_association(associations: Association);
});

with_setters!(Rights {
    some with_holder(holder: Party);
    push with_further_notice(further_notices: String);
    push with_further_usage_terms(further_usage_terms: String);
    some with_notice(notice: String);
    some with_usage_terms(usage_terms: String);
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::canonical_body;

    /// What a body without the dateline would print again with the dateline's text was not
    /// printed by [`printed_body`] (it prints no dateline before a body that starts with it):
    /// [`Article::strip_printed_dateline`] leaves it.
    #[test]
    fn a_body_that_starts_with_the_dateline_again_keeps_it() {
        let stripped = |dateline: &str, body: &[&str]| {
            let mut article = Article {
                dateline: Some(Dateline::new(dateline)),
                body: body.iter().map(|text| Block::paragraph(*text)).collect(),
                ..Article::default()
            };
            article.strip_printed_dateline();
            article
                .body
                .iter()
                .map(Block::plain_text)
                .collect::<Vec<_>>()
        };
        assert_eq!(stripped("—", &["—", "—", "Rates"]), ["—", "—", "Rates"]);
        assert_eq!(stripped("—", &["—", "Rates"]), ["Rates"]);
        let dateline = "ROMA (ANSA) -";
        assert_eq!(
            stripped(dateline, &["ROMA (ANSA) - ROMA (ANSA) - Text."]),
            ["ROMA (ANSA) - ROMA (ANSA) - Text."]
        );
        assert_eq!(stripped(dateline, &["ROMA (ANSA) - Text."]), ["Text."]);
    }

    fn story(dateline: &str, body: Vec<Block>) -> Article {
        Article {
            dateline: Some(Dateline::new(dateline)),
            body,
            ..Article::default()
        }
    }

    #[test]
    fn printed_body_glues_a_dateline_ending_in_a_separator() {
        let a = story(
            "TRIPOLI (LIBIA) (ITALPRESS/MNA) –",
            vec![Block::heading(2, "Sub"), Block::paragraph("Talks.")],
        );
        assert_eq!(
            a.printed_body().as_ref(),
            [
                Block::heading(2, "Sub"),
                Block::Paragraph {
                    content: vec![
                        Inline::text("TRIPOLI (LIBIA) (ITALPRESS/MNA) – "),
                        Inline::text("Talks.")
                    ]
                }
            ]
        );
    }

    #[test]
    fn the_dateline_leads_the_first_paragraph_with_text() {
        // An empty paragraph is no lead: the dateline printed there stood alone, away from the
        // text, and a reader could not take it back out.
        let empty = Block::Paragraph {
            content: vec![Inline::Strong(vec![Inline::text(" ")])],
        };
        let a = story(
            "ROMA (ANSA) -",
            vec![empty.clone(), Block::paragraph("Text.")],
        );
        assert_eq!(
            a.printed_body().as_ref(),
            [
                empty,
                Block::Paragraph {
                    content: vec![Inline::text("ROMA (ANSA) - "), Inline::text("Text.")]
                }
            ]
        );
        let mut read = a.clone();
        read.body = a.printed_body().into_owned();
        read.strip_printed_dateline();
        assert_eq!(read.body, a.body);
    }

    #[test]
    fn printed_body_sets_a_place_and_date_dateline_apart() {
        let a = story(
            "Brussels, 16 November 2023",
            vec![Block::paragraph("Today.")],
        );
        assert_eq!(
            Block::text_of(&a.printed_body()),
            "Brussels, 16 November 2023\n\nToday."
        );
    }

    #[test]
    fn strip_printed_dateline_undoes_printed_body() {
        for (dateline, body) in [
            (
                "TRIPOLI (ITALPRESS) –",
                vec![Block::paragraph("Talks."), Block::paragraph("More.")],
            ),
            (
                "Brussels, 16 November 2023",
                vec![Block::paragraph("Today.")],
            ),
            ("新华社北京11月29日电", vec![Block::paragraph("记者报道。")]),
            (
                "【北京共同】",
                vec![Block::paragraph("中国政府は発表した。")],
            ),
            (
                "ROMA (ANSA) -",
                vec![Block::Paragraph {
                    content: vec![
                        Inline::Strong(vec![Inline::text("Bold")]),
                        Inline::text(" lead"),
                    ],
                }],
            ),
            // A CJK dateline before a mark was left in the body (and printed again).
            (
                "東京",
                vec![
                    Block::heading(1, "Rates"),
                    Block::Paragraph {
                        content: vec![Inline::Emphasis(vec![Inline::text("Rates")])],
                    },
                ],
            ),
        ] {
            let original = story(dateline, body);
            let mut read = original.clone();
            read.body = canonical_body(&original.printed_body());
            read.strip_printed_dateline();
            assert_eq!(read.body, original.body, "{dateline}");
        }
    }

    /// What a reader gives back prints the same again, also when the body started with the
    /// dateline already (and so was printed unchanged).
    #[test]
    fn what_was_read_prints_the_same_again() {
        for (dateline, body) in [
            // The body is the dateline alone.
            ("東京", vec![Block::paragraph("東京")]),
            ("ROMA (ANSA) -", vec![Block::paragraph("ROMA (ANSA) -")]),
            // A CJK dateline and a space before the lead.
            ("東京", vec![Block::paragraph("東京 Rates")]),
            ("東京", vec![Block::paragraph(" Rates")]),
            (
                "ROMA (ANSA) -",
                vec![Block::paragraph("ROMA (ANSA) - Text.")],
            ),
        ] {
            let original = story(dateline, body);
            let printed = canonical_body(&original.printed_body());
            let mut read = original.clone();
            read.body = printed.clone();
            read.strip_printed_dateline();
            assert_eq!(
                canonical_body(&read.printed_body()),
                printed,
                "{dateline}: {:?}",
                read.body
            );
        }
    }

    #[test]
    fn strip_printed_dateline_leaves_partial_matches() {
        let mut a = story(
            "FRANKFURT, Jan 15",
            vec![Block::paragraph(
                "FRANKFURT, Jan 15 (Example) - The bank held.",
            )],
        );
        let before = a.body.clone();
        a.strip_printed_dateline();
        assert_eq!(a.body, before);
    }

    #[test]
    fn printed_body_is_unchanged_when_it_already_starts_with_the_dateline() {
        let a = story(
            "ROMA (ANSA) -",
            vec![Block::paragraph("ROMA (ANSA) - Text.")],
        );
        assert!(matches!(a.printed_body(), Cow::Borrowed(_)));
        let no_body = story("ROMA (ANSA) -", vec![]);
        assert!(no_body.printed_body().is_empty());
    }

    #[test]
    fn a_block_starting_with_the_dateline_after_a_space_starts_with_it() {
        // Whitespace at a block's start is not printed: printed again, the dateline read as a
        // paragraph of its own and the next write printed it once (found by the round trips).
        let heading = Block::Heading {
            level: 1,
            content: vec![Inline::text(" ירושלים")],
        };
        let a = story("ירושלים", vec![heading]);
        assert!(matches!(a.printed_body(), Cow::Borrowed(_)));
    }
}
