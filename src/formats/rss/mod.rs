//! RSS 2.0 (and RSS 0.9x and 1.0) feeds, and WordPress exports (WXR: RSS 2.0 with the `wp:`
//! namespace), read; RSS 2.0 written.
//!
//! Every `item` of the channel is an article; the channel's `language` and `copyright` apply to
//! each. In a WordPress export, only posts are articles: attachments (pictures, files) become
//! the links of the posts that show them as thumbnails, and pages, menus and revisions are left
//! out.
//!
//! | RSS | model (read) | written from |
//! |---|---|---|
//! | `title` | `headline` (one line) | the headline, else the title; with neither, no description and no body (an item needs a title or a description), the guid |
//! | `link`; `guid` that is a permalink when there is no `link` | `alternate` link | `link`: the first alternate link with a web address |
//! | `guid`, else `link` | `id` (a guid an earlier item has: the item's link, else `guid#n`, `n` its place, with a warning) | `guid` always: the id, else the [derived](crate::model::derived_id) one, on one line (one an earlier item of the channel has: `#n` after it, `n` its place); `isPermaLink="true"` only when it is the `link` |
//! | `content:encoded` | `body` (HTML through the shared allowlist walk) | the byline as a first paragraph when it reads as one (`By Jane Doe`), then the printed body (the dateline at the head of the lead), as an XHTML fragment (escaped; a line break that starts a `pre` written twice, as HTML serialises it); without a body, the description (what the reader makes of it) |
//! | `description` | `body` when there is no `content:encoded`, else `description` (as text) | the description as HTML (text escaped, paragraphs in `p` when there are several) beside a body; without a title or description, the body instead of `content:encoded` |
//! | `pubDate` (RFC 822 and its broken variants), else `dc:date` | `published` (a date that cannot be read is a warning) | `pubDate` (RFC 822, to the second): the first of published, modified and created with an offset in whole minutes and a year within 1900-9999 (a time without an offset is not written: inventing one is not ours to do) |
//! | `dc:creator`, `author` (`jane@example.com (Jane Doe)`); `dc:contributor` | `authors`; contributors | creators with a `mailto:` id as `author` (`address (name)`), the others as `dc:creator`; contributors as `dc:contributor` |
//! | `category` without `domain`, `dc:subject`, `media:keywords` | `keywords` | `category` |
//! | `category` with `domain` | `subjects`: the domain as scheme, the text as code (WXR: `nicename` the code, the text the name) | subjects with a scheme: `domain` the scheme, the code (else the name) the text |
//! | `enclosure`, `media:content` (also in `media:group`), `media:thumbnail` without them | `enclosure` links (`url`, `type`, `media:title`; the rendition's size from `length` or `fileSize` (0 is none), `width`, `height`, `duration` in seconds) | enclosure links with a web address: the first with a size and a media type and nothing else as `enclosure`, the others as `media:content` (`url`, `type`, `fileSize`, `width`, `height`, `duration`, `media:title`) |
//! | a `media:content` or `media:group` with a `media:description` or `media:credit` (on it or its contents) | an association: `media:title` the headline, `media:description` the caption, the first `media:credit` the credit, `medium` (else the media type) the kind, its contents and their `media:thumbnail`s (named `thumbnail`) the files | associations with a caption or a credit and a file with a web address: one `media:content` holding them, or a `media:group` of several; `medium` from the kind; the files named `thumbnail` (with no size, duration or title) as `media:thumbnail`s of the first other file; the others as links |
//! | a first paragraph of a byline alone (`Por Matt Spetalnick`), a dateline the lead prints (`MOSCOU, 24 SET (ANSA) - ...`) | `byline`, `dateline`, out of the body (not in WordPress exports) | see `content:encoded` |
//! | `source` | `provider`: the text its name, `url` its id | `source` with the provider's name (else its id), when its id is a web address (`url` is required) |
//! | `dc:language`, `dc:rights`; channel `language`, `copyright` (`dc:` too) | `language`, `rights.notice` | `dc:language` (a well-formed tag), `dc:rights` (on one line), on each item |
//!
//! The written channel (`rss version="2.0"`, the `content`, `dc` and `media` namespaces
//! declared on it) holds what RSS requires, derived from the items: `title` and `description`
//! the `source` every item shares, else `newswire`; `link` the site (`https://host/`) of the
//! first item link, else `urn:newswire:feed:` and a hash of the guids. One article is a channel
//! of one item. Every value is escaped and on one line where the reader reads one line, no
//! address but an absolute `http(s)` one is written, and characters XML cannot carry are
//! dropped, whatever the article holds.
//!
//! WordPress exports add:
//!
//! | WXR | model |
//! |---|---|
//! | `wp:post_type` | posts and custom types are articles; `attachment`, `page`, `nav_menu_item`, `revision` and the editor's own types are not |
//! | `content:encoded` | `body`: shortcodes taken out (their text kept; a `[caption]` around a picture becomes a figure with its caption), paragraphs made as WordPress shows them (blank lines, line breaks) |
//! | `excerpt:encoded` | `description` |
//! | `dc:creator` (a login) | `authors`: the display name of the channel's `wp:author` of that login |
//! | `category domain="post_tag"` | `keywords`; other domains (`category`, taxonomies) are subjects |
//! | `wp:post_name` | `slugline` |
//! | `wp:post_date_gmt` (else, when empty, `wp:post_date`), `wp:post_modified_gmt` (else, when empty, `wp:post_modified`) | `published` when `pubDate` has none, `modified` |
//! | `title` | `headline`: the text of the title's HTML (WordPress shows titles as HTML) |
//! | `wp:status` | `draft`, `pending`, `private`: withheld; `trash`: canceled; `future` (scheduled): withheld, with the post date as embargo |
//! | `wp:post_password` (not empty) | withheld, with a warning (the password is not read) |
//! | `wp:postmeta` `_thumbnail_id` | the featured picture, an association (role `featuremedia`): the text of the attachment's title its headline, of its caption (the excerpt, else its description) its caption (HTML, as WordPress shows them), its `wp:attachment_url` its file (media type from the extension) |
//! | `wp:post_id` | `extensions["wp:post_id"]`; posts with ids of their own may share a `guid`, unless it is one WordPress made for another post (`?p=568` on post 1158: a copy's) |
//! | attachments whose `wp:post_parent` is a post read | not counted among the records left out: they are its pictures |

mod item;
mod project;
pub(crate) mod wordpress;
mod write;

pub(crate) use item::media_type_of;
pub use project::project;
pub(crate) use write::channel_tail;

use crate::formats::stream::{Streaming, XmlShape};
use std::cell::Cell;
use std::collections::HashMap;

use crate::formats::fidelity::{Carry, Field};
use crate::formats::{Descriptor, Limit, ReadOptions, Sniff, Writer, Writing, budget, read_xml};
use crate::model::Warning;
use crate::xml::Element;
use crate::{Article, Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Rss,
    name: "rss",
    aliases: &["rss2"],
    description: "RSS 2.0 channel / items",
    extensions: &["rss", "xml"],
    named_by: &["rss"],
    sniff: Sniff::Marks(|start| {
        matches!(start.xml_root, Some("rss" | "RDF")) && !super::wxr::is_wordpress_export(start)
    }),
    read: Some(read_input),
    stream: Some(Streaming::Xml(XmlShape {
        root: "rss",
        container: Some("channel"),
        items: &["item"],
        // A WordPress export: posts name their pictures, which are items of their own.
        whole_if: Some("wordpress.org/export"),
        aside: None,
    })),
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: write::write_article,
            envelope: || Box::new(write::Feed::default()),
        },
        carries,
        project,
        writes_association: write::writes_association,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[],
};

/// Writes the articles as an RSS 2.0 channel, one item each: [`formats::write`](crate::formats::write)
/// for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Rss)
}

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        Language | Headline | Keywords | BodyText | BodyMarkup | Figures => Full,
        Id => Partial(
            "on one line; an id an earlier item of the channel has gets its place (`#n`) after it",
        ),
        Title => Partial(
            "written as the item title when there is no headline: it reads back as the headline",
        ),
        Published => Partial(
            "RFC 822: to the second, with an offset in whole minutes (a time without one is not written), years 1900-9999; without such a published time, the modified, else the created time is the pubDate",
        ),
        Authors => Partial(
            "names (a creator's mailto: id stays, as the author element's address); other ids, roles and job titles are lost",
        ),
        Byline => Partial(
            "printed as the first paragraph of the body when it reads as a byline (By Jane Doe)",
        ),
        DatelineText => Partial(
            "printed at the head of the lead: read again from there, one the grammar does not know stays text",
        ),
        DatelineCity | DatelineRegion | DatelineDate | DatelineAgencies => {
            Partial("read again from the dateline the lead prints")
        }
        Subjects => Partial(
            "only those with a scheme: the scheme as domain, the code (else the name) as the category; names are lost",
        ),
        Description => Partial(
            "read as HTML: whitespace collapsed within its paragraphs; without a body, it reads back as the body",
        ),
        CopyrightNotice => Partial("on one line"),
        Provider => Partial("only when its id is a web address (source requires a url)"),
        Links => Partial(
            "the first alternate link and the enclosures with a web address; other relations and relative addresses are lost; a missing media type is read from the file name",
        ),
        LinkRenditions => Partial("size, pixel size and duration; the name is lost"),
        Associations => Partial(
            "those with a caption or a credit and a file with a web address, as Media RSS: headline, caption and credit on one line, the kind (picture, video, audio; else from the media type), the files with their facts and thumbnails; role, id, byline and rendition names are lost; the others as links",
        ),
        _ => Lost,
    }
}

/// The namespace of RSS 1.0 elements (RSS 0.9x and 2.0 have none).
const RSS1_NS: &str = "http://purl.org/rss/1.0/";
/// The namespace of RSS 0.90 elements.
const RSS090_NS: &str = "http://my.netscape.com/rdf/simple/0.9/";
/// The namespace a few RSS 2.0 feeds put their elements in.
const USERLAND_NS: &str = "http://backend.userland.com/rss2";
/// Dublin Core elements.
const DC_NS: &str = "http://purl.org/dc/elements/1.1/";
/// The WordPress export namespaces start with this (`…/1.0/`, `…/1.1/`, `…/1.2/`), after
/// `http` or, in newer exports, `https`.
const WP_NS_PREFIX: &str = "://wordpress.org/export/";

/// True for a WordPress export namespace (`http` or `https`, any version; its `excerpt/` one
/// too).
fn is_wp_namespace(ns: &str) -> bool {
    ["http", "https"].iter().any(|scheme| {
        ns.strip_prefix(scheme)
            .is_some_and(|rest| rest.starts_with(WP_NS_PREFIX))
    })
}

/// An RSS element: in no namespace, or in the RSS 1.0, 0.90 or Userland RSS 2.0 one.
fn is_rss(element: &Element<'_>) -> bool {
    element
        .namespace()
        .is_none_or(|ns| ns == RSS1_NS || ns == RSS090_NS || ns == USERLAND_NS)
}

fn is_dc(element: &Element<'_>) -> bool {
    element.namespace() == Some(DC_NS)
}

/// A WordPress export element (`wp:…`), not its `excerpt:` namespace.
fn is_wp(element: &Element<'_>) -> bool {
    element
        .namespace()
        .is_some_and(|ns| is_wp_namespace(ns) && !ns.contains("excerpt"))
}

/// Reads every item of the feed (every post of a WordPress export).
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Rss, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::Rss, options, articles)
}

/// The articles of an `rss` (or RSS 1.0 `RDF`) root: one per item (per post of a WordPress
/// export).
pub(crate) fn articles(root: &Element<'_>) -> Result<Vec<Article>, Error> {
    if !(root.is("rss") || root.is("RDF")) {
        return Err(invalid(format!(
            "the root element is <{}>, not an RSS feed",
            root.name
        )));
    }
    let channel = root
        .elements()
        .find(|e| is_rss(e) && e.is("channel"))
        .ok_or_else(|| invalid("the feed has no channel".to_string()))?;
    // RSS 2.0 puts items in the channel, RSS 1.0 beside it.
    let items: Vec<&Element<'_>> = channel
        .elements()
        .chain(root.elements())
        .filter(|e| is_rss(e) && e.is("item"))
        .collect();
    let wordpress = channel.elements().any(is_wp) || items.iter().any(|i| i.elements().any(is_wp));
    let context = Channel::of(channel, &items);
    // An attachment of a post read is one of its pictures, not a record left out.
    let posts: std::collections::HashSet<String> = items
        .iter()
        .filter(|item| wordpress && context.is_article(item))
        .filter_map(|item| wp_field(item, "post_id"))
        .collect();
    let mut articles = Vec::new();
    let mut skipped = std::collections::BTreeMap::<String, usize>::new();
    for element in &items {
        if wordpress && !context.is_article(element) {
            let kind = post_type(element).unwrap_or_default();
            let of_a_post = kind == "attachment"
                && wp_field(element, "post_parent").is_some_and(|parent| posts.contains(&parent));
            if !of_a_post {
                *skipped.entry(kind).or_default() += 1;
            }
            continue;
        }
        if !budget::spend(Limit::Articles, 1) {
            break;
        }
        articles.push(item::article(element, &context, wordpress));
    }
    distinct_ids(&mut articles, wordpress);
    if let Some(first) = articles.first_mut()
        && !skipped.is_empty()
    {
        first.warnings.push(skipped_records(&skipped));
    }
    if articles.is_empty() {
        let message = if !skipped.is_empty() {
            let skipped: usize = skipped.values().sum();
            format!(
                "the WordPress export holds no post ({skipped} attachments, pages or other records)"
            )
        } else {
            "the channel holds no item".to_string()
        };
        return Err(invalid(message));
    }
    Ok(articles)
}

/// Gives an item whose `guid` an earlier item of the feed has already (a copied post, a
/// feed's own mistake) its link as its id, else its guid with its place in the feed
/// (`guid#3`), with a warning naming the guid: two articles of one feed are never one id.
/// WordPress tells its posts apart by their `wp:post_id`: in an export, a post whose id no
/// earlier post has keeps the guid it shares, unless the guid is one WordPress made for
/// another post (`https://site/?p=568` on post 1158: a copy).
fn distinct_ids(articles: &mut [Article], wordpress: bool) {
    let mut seen = std::collections::HashSet::new();
    let mut post_ids = std::collections::HashSet::new();
    for (index, article) in articles.iter_mut().enumerate() {
        let Some(id) = article.id.clone() else {
            continue;
        };
        let own_post = wordpress
            && article
                .extensions
                .get("wp:post_id")
                .and_then(serde_json::Value::as_str)
                .is_some_and(|post| {
                    let copied = id.rsplit_once("?p=").is_some_and(|(_, n)| n != post);
                    post_ids.insert(post.to_string()) && !copied
                });
        if seen.insert(id.clone()) || own_post {
            continue;
        }
        let link = article
            .links
            .iter()
            .find(|link| link.rel.as_deref() == Some("alternate"))
            .map(|link| link.href.clone())
            .filter(|href| !seen.contains(href));
        let new = link.unwrap_or_else(|| format!("{id}#{}", index + 1));
        article.warnings.push(Warning::new(
            "id",
            format!("an earlier item of the feed has this guid; read as {new}"),
            Some(id),
        ));
        seen.insert(new.clone());
        article.id = Some(new);
    }
}

/// What the channel passes on to its items.
///
/// Each value is copied into the items that take it, the copies after the first counted against
/// [`Limits::repeated_bytes`](crate::formats::Limits).
pub(super) struct Channel {
    /// `language` (or `dc:language`).
    pub language: Option<Shared<String>>,
    /// `copyright` (or `dc:rights`).
    pub copyright: Option<Shared<String>>,
    /// WordPress authors: display name by login.
    pub authors: HashMap<String, Shared<String>>,
    /// WordPress attachments by post id: URL and caption.
    pub attachments: HashMap<String, Shared<Attachment>>,
}

/// A WordPress attachment: a picture or file a post may show.
#[derive(Clone)]
pub(super) struct Attachment {
    pub url: String,
    /// The attachment's title.
    pub title: Option<String>,
    /// Its caption (the excerpt), else its description (the content).
    pub caption: Option<String>,
}

/// A value the channel holds once for its items, and whether an item took it already.
pub(super) struct Shared<T> {
    value: T,
    taken: Cell<bool>,
}

impl<T: Clone> Shared<T> {
    fn new(value: T) -> Shared<T> {
        Shared {
            value,
            taken: Cell::new(false),
        }
    }

    /// The value for one more item (of `bytes`): the first copy always, the others while the
    /// read may repeat them.
    fn copy(&self, bytes: usize) -> Option<T> {
        (!self.taken.replace(true) || budget::repeat(bytes)).then(|| self.value.clone())
    }
}

impl Shared<String> {
    /// The text for one more item.
    pub(super) fn text(&self) -> Option<String> {
        self.copy(self.value.len())
    }
}

impl Shared<Attachment> {
    /// The attachment for one more item.
    pub(super) fn attachment(&self) -> Option<Attachment> {
        let bytes = self.value.url.len() + self.value.title.as_ref().map_or(0, String::len);
        self.copy(bytes)
    }
}

impl Channel {
    fn of(channel: &Element<'_>, items: &[&Element<'_>]) -> Channel {
        let child = |name: &str, dc: bool| {
            channel
                .elements()
                .find(|e| e.is(name) && if dc { is_dc(e) } else { is_rss(e) })
                .and_then(Element::text_line)
        };
        let mut authors = HashMap::new();
        for author in channel.elements().filter(|e| is_wp(e) && e.is("author")) {
            let field = |name: &str| {
                author
                    .elements()
                    .find(|e| is_wp(e) && e.is(name))
                    .and_then(Element::text_line)
            };
            if let Some(login) = field("author_login") {
                let name = field("author_display_name")
                    .or_else(|| {
                        let first = field("author_first_name").unwrap_or_default();
                        let last = field("author_last_name").unwrap_or_default();
                        let full = format!("{first} {last}");
                        let full = full.trim();
                        (!full.is_empty()).then(|| full.to_string())
                    })
                    .unwrap_or_else(|| login.clone());
                authors.insert(login, Shared::new(name));
            }
        }
        let mut attachments = HashMap::new();
        for item in items {
            let field = |name: &str| {
                item.elements()
                    .find(|e| is_wp(e) && e.is(name))
                    .and_then(Element::text_line)
            };
            if field("post_type").as_deref() != Some("attachment") {
                continue;
            }
            if let (Some(id), Some(url)) = (field("post_id"), field("attachment_url")) {
                let first = |wanted: &dyn Fn(&Element<'_>) -> bool| {
                    item.elements()
                        .filter(|e| wanted(e))
                        .find_map(Element::text_line)
                };
                let encoded_in = |e: &Element<'_>, ns: &str| {
                    e.is("encoded") && e.namespace().is_some_and(|n| n.contains(ns))
                };
                // HTML, as WordPress shows them.
                let caption = first(&|e| encoded_in(e, "excerpt"))
                    .and_then(|c| wordpress::html_text(&c))
                    .or_else(|| {
                        first(&|e| encoded_in(e, "content")).and_then(|c| wordpress::html_text(&c))
                    });
                let title = first(&|e| is_rss(e) && e.is("title"))
                    .map(|t| wordpress::html_text(&t).unwrap_or(t));
                attachments.insert(
                    id,
                    Shared::new(Attachment {
                        url,
                        title,
                        caption,
                    }),
                );
            }
        }
        let shared = |value: Option<String>| value.map(Shared::new);
        Channel {
            language: shared(child("language", false).or_else(|| child("language", true))),
            copyright: shared(child("copyright", false).or_else(|| child("rights", true))),
            authors,
            attachments,
        }
    }

    /// Whether a WordPress item is an article (a post, or a custom type), by its `wp:post_type`.
    fn is_article(&self, item: &Element<'_>) -> bool {
        post_type(item).is_none_or(|post_type| wordpress::is_article(&post_type))
    }
}

/// A WordPress item's `wp:post_type`.
fn post_type(item: &Element<'_>) -> Option<String> {
    wp_field(item, "post_type")
}

/// The text of a WordPress item's `wp:` element `name` (`post_id`, `post_parent`).
fn wp_field(item: &Element<'_>, name: &str) -> Option<String> {
    item.elements()
        .find(|e| is_wp(e) && e.is(name))
        .and_then(Element::text_line)
}

/// The warning the first post carries for the records of an export that are no posts
/// (`page: 1, attachment: 2`), so that none is dropped silently.
fn skipped_records(skipped: &std::collections::BTreeMap<String, usize>) -> Warning {
    let counts: Vec<String> = skipped
        .iter()
        .map(|(kind, count)| format!("{kind}: {count}"))
        .collect();
    Warning {
        field: None,
        message: "records of the WordPress export that are no posts (pages, attachments, menus) are not read".to_string(),
        raw: Some(counts.join(", ")),
    }
}

fn invalid(message: String) -> Error {
    Error::Invalid {
        format: Format::Rss,
        message,
    }
}

#[cfg(test)]
mod tests;
