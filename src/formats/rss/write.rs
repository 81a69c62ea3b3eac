//! Writes articles as an RSS 2.0 channel, one `item` per article (one article is a channel of
//! one item). What an item holds is made once ([`Item::of`]): the writer renders it, and the
//! projection reads it back by the reader's rules.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use crate::dates::to_rfc822;
use crate::formats::printed::is_byline_line;
use crate::formats::{Envelope, WriteOptions};
use crate::html::html_body;
use crate::iri::{is_http_url, origin};
use crate::language::well_formed_tag;
use crate::model::{Association, AuthorKind, Block, ItemKind, Link, Party, derived_id};
use crate::writable::writable;
use crate::xml::{XmlWriter, one_line, paragraphs, write_body, xhtml_form};
use crate::{Article, Error};

use super::DC_NS;
use super::item::{CONTENT_NS, duration_ms, media_kind, media_type_of, printed_furniture};

/// Media RSS 1.5.1 as written: with its trailing slash (the reader takes it with or without).
const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";
/// The channel's title (and description) when the items do not share one source.
const DEFAULT_CHANNEL_TITLE: &str = "newswire";
/// The channel's link when no item has a web address: this prefix and a hash of the guids, so
/// the same items give the same link.
const CHANNEL_ID_PREFIX: &str = "urn:newswire:feed:";

/// One article as a channel of one item: the same bytes as a feed of that article alone.
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut feed = Feed::default();
    let item = feed.item(article)?;
    Ok([feed.head(), item, feed.tail()].concat())
}

/// A channel written item by item: its `title`, `link` and `description`, which RSS requires,
/// say what the items give.
#[derive(Default)]
pub(crate) struct Feed {
    /// Items written so far.
    count: usize,
    /// The guids written: an item whose id an earlier one has gets its place (`#n`) after it,
    /// since readers tell items apart by guid.
    guids: HashSet<String>,
    /// The SHA-256 of the guids, in order: the channel link when no item has a web address.
    hash: Sha256,
    /// The source every item shares so far (`Some(None)`: the first had none), and whether
    /// they all share it: the channel's title, else [`DEFAULT_CHANNEL_TITLE`]. (The source,
    /// not any provider: what was read gives the same channel again.)
    source: Option<Option<String>>,
    shared: bool,
    /// The site (`https://host/`) of the first item with a link: the channel's link.
    site: Option<String>,
}

impl Envelope for Feed {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        self.count += 1;
        let mut item = Item::of(article);
        if !self.guids.insert(item.guid.clone()) {
            let place = format!("#{}", self.count);
            let mut guid = format!("{}{place}", item.guid);
            while self.guids.contains(&guid) {
                guid.push_str(&place);
            }
            self.guids.insert(guid.clone());
            item.guid = guid;
        }
        self.hash.update(item.guid.as_bytes());
        self.hash.update([0u8]);
        let label = item.source.as_ref().map(|(_, name)| name.clone());
        match &self.source {
            None => {
                self.source = Some(label);
                self.shared = true;
            }
            Some(first) => self.shared &= *first == label,
        }
        if self.site.is_none() {
            self.site = item.link.and_then(site_of);
        }
        let mut w = XmlWriter::fragment_at(2);
        item.write(&mut w);
        Ok(w.into_bytes())
    }

    fn head(&self) -> Vec<u8> {
        let mut w = XmlWriter::new();
        w.open(
            "rss",
            &[
                ("version", "2.0"),
                ("xmlns:content", CONTENT_NS),
                ("xmlns:dc", DC_NS),
                ("xmlns:media", MEDIA_NS),
            ],
        );
        w.open("channel", &[]);
        let title = match &self.source {
            Some(Some(first)) if self.shared => first.clone(),
            _ => DEFAULT_CHANNEL_TITLE.to_string(),
        };
        w.leaf("title", &[], &title);
        let link = self.site.clone().unwrap_or_else(|| {
            let mut link = String::from(CHANNEL_ID_PREFIX);
            for byte in self.hash.clone().finalize().iter().take(12) {
                link.push_str(&format!("{byte:02x}"));
            }
            link
        });
        w.leaf("link", &[], &link);
        w.leaf("description", &[], &title);
        w.into_bytes()
    }

    fn tail(&self) -> Vec<u8> {
        channel_tail()
    }
}

/// The end of a channel and of its `rss` root (RSS 2.0's, and WordPress's exports').
pub(crate) fn channel_tail() -> Vec<u8> {
    let mut w = XmlWriter::fragment_at(2);
    w.close("channel");
    w.close("rss");
    w.finish()
}

/// The site of a web address: its origin, then `/` (`https://example.com/`).
fn site_of(url: &str) -> Option<String> {
    origin(url).map(|origin| format!("{origin}/"))
}

/// The provider's name (else its id) on one line: the text of `source`.
fn provider_label(article: &Article) -> Option<String> {
    let label = one_line(article.provider.as_ref().and_then(Party::label)?);
    (!label.is_empty()).then_some(label)
}

/// What one item holds, every value as written (one line where the reader reads one line).
pub(super) struct Item<'a> {
    /// `title`: the headline, else the title; else, when there is nothing for `description`
    /// either (RSS requires one of the two), the guid.
    pub title: Option<String>,
    /// `link`: the first alternate link with a web address.
    pub link: Option<&'a str>,
    /// `guid`: the id, else the derived one.
    pub guid: String,
    /// `pubDate`: the first of published, modified and created that RFC 822 holds.
    pub pub_date: Option<String>,
    /// `author`, `dc:creator` and `dc:contributor`, in the article's order.
    pub people: Vec<Person>,
    /// `category` without a domain.
    pub keywords: Vec<String>,
    /// `category` with a domain: the domain and the text.
    pub subjects: Vec<(String, String)>,
    /// The description as HTML (text escaped, paragraphs in `p`), when there is a body: the
    /// summary beside it. (Without a body, the description is the body, as the reader reads
    /// it: [`body_blocks`](Self::body_blocks).)
    pub summary: Option<String>,
    /// The body as an XHTML fragment, when it writes something: in `content:encoded`, or in
    /// `description` when there is no title and no summary to stand there (RSS requires one).
    /// Its blocks: the byline as a first paragraph when it reads as one (`By Jane Doe`), then
    /// the printed body (the dateline at the head of the lead), in XHTML form; without a body,
    /// what the reader makes of the description.
    pub body: Option<String>,
    /// The blocks of [`body`](Self::body), which HTML reads back from it.
    pub body_blocks: Vec<Block>,
    /// The enclosures: at most one `enclosure`, the others `media:content`.
    pub files: Vec<File<'a>>,
    /// The associated items written as Media RSS (`media:content`, `media:group`).
    pub media: Vec<MediaItem<'a>>,
    /// `dc:language`.
    pub language: Option<&'a str>,
    /// `dc:rights`.
    pub rights: Option<String>,
    /// `source url=`: the provider's web address and its name.
    pub source: Option<(&'a str, String)>,
}

/// A person of the item.
pub(super) enum Person {
    /// `author`: an e-mail address, with the name in parentheses unless it is the address.
    Email(String),
    /// `dc:creator`: a name.
    Creator(String),
    /// `dc:contributor`: a name.
    Contributor(String),
}

/// A file: `enclosure`, or `media:content` (with `media:title` and `media:thumbnail`s).
pub(super) struct File<'a> {
    /// Written as `enclosure` (the item's first file with a size and a media type, and
    /// nothing `enclosure` cannot hold).
    pub enclosure: bool,
    /// `url`: a web address.
    pub url: &'a str,
    /// `type`: the link's, else the one its file name gives (as the reader reads a
    /// `media:content` without one).
    pub media_type: Option<&'a str>,
    /// `medium` (associated items only).
    pub medium: Option<&'static str>,
    /// `length` / `fileSize`, above 0.
    pub size: Option<u64>,
    /// `width`, `height`.
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// `duration`, in seconds.
    pub duration: Option<String>,
    /// `media:title`.
    pub title: Option<String>,
    /// `media:thumbnail`s inside it.
    pub thumbnails: Vec<Thumbnail<'a>>,
}

/// A `media:thumbnail`: `url`, `width`, `height`.
pub(super) struct Thumbnail<'a> {
    pub url: &'a str,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// An associated item: one `media:content` holding its title, caption and credit, or a
/// `media:group` of its files holding them.
pub(super) struct MediaItem<'a> {
    /// `media:title`.
    pub headline: Option<String>,
    /// `media:description`.
    pub caption: Option<String>,
    /// `media:credit`.
    pub credit: Option<String>,
    /// The files (never empty).
    pub contents: Vec<File<'a>>,
}

impl MediaItem<'_> {
    /// A group of several files; one file holds the item's metadata itself.
    pub(super) fn is_group(&self) -> bool {
        self.contents.len() > 1
    }
}

impl<'a> Item<'a> {
    /// What `article` is written as.
    pub(super) fn of(article: &'a Article) -> Item<'a> {
        // As written (without what XML cannot carry), so that two guids compare as they read.
        let guid = one_line(&writable(&derived_id(article)));
        let mut summary = article.description.as_deref().and_then(description_html);
        let mut body_blocks = content_blocks(article);
        let mut body = fragment(&body_blocks);
        if body.is_none()
            && let Some(html) = summary.take()
        {
            body_blocks = as_read_again(xhtml_form(&html_body(&html)).into_owned());
            body = fragment(&body_blocks);
        }
        let title = [article.headline.as_deref(), article.title.as_deref()]
            .into_iter()
            .flatten()
            .map(one_line)
            .find(|t| !t.is_empty())
            .or_else(|| body.is_none().then(|| guid.clone()));
        let pub_date = [article.published, article.modified, article.created]
            .iter()
            .flatten()
            .find_map(to_rfc822);
        Item {
            title,
            link: article
                .links
                .iter()
                .filter(|l| l.rel.as_deref() == Some("alternate"))
                .map(|l| l.href.trim())
                .find(|href| is_http_url(href)),
            guid,
            pub_date,
            people: people(article),
            keywords: article
                .keywords
                .iter()
                .map(|k| one_line(k))
                .filter(|k| !k.is_empty())
                .collect(),
            subjects: article
                .subjects
                .iter()
                .filter_map(|s| {
                    let scheme = one_line(s.scheme.as_deref()?);
                    let text = [s.code.as_deref(), s.name.as_deref()]
                        .into_iter()
                        .flatten()
                        .map(one_line)
                        .find(|t| !t.is_empty())?;
                    (!scheme.is_empty()).then_some((scheme, text))
                })
                .collect(),
            summary,
            body,
            body_blocks,
            files: files(&article.links),
            media: article
                .associations
                .iter()
                .filter_map(MediaItem::of)
                .collect(),
            language: article.language.as_deref().and_then(well_formed_tag),
            rights: article
                .rights
                .notice
                .as_deref()
                .map(one_line)
                .filter(|r| !r.is_empty()),
            source: article.provider.as_ref().and_then(|provider| {
                let url = provider
                    .id
                    .as_deref()
                    .map(str::trim)
                    .filter(|id| is_http_url(id))?;
                Some((url, provider_label(article)?))
            }),
        }
    }

    /// Whether the guid is the item's link (`isPermaLink="true"`).
    pub(super) fn is_permalink(&self) -> bool {
        self.link == Some(self.guid.as_str())
    }

    fn write(&self, w: &mut XmlWriter) {
        w.open("item", &[]);
        if let Some(title) = &self.title {
            w.leaf("title", &[], title);
        }
        if let Some(link) = self.link {
            w.leaf("link", &[], link);
        }
        let permalink = if self.is_permalink() { "true" } else { "false" };
        w.leaf("guid", &[("isPermaLink", permalink)], &self.guid);
        if let Some(date) = &self.pub_date {
            w.leaf("pubDate", &[], date);
        }
        for person in &self.people {
            match person {
                Person::Email(text) => w.leaf("author", &[], text),
                Person::Creator(name) => w.leaf("dc:creator", &[], name),
                Person::Contributor(name) => w.leaf("dc:contributor", &[], name),
            }
        }
        for keyword in &self.keywords {
            w.leaf("category", &[], keyword);
        }
        for (domain, text) in &self.subjects {
            w.leaf("category", &[("domain", domain)], text);
        }
        let (description, content) = match (&self.title, &self.summary) {
            (None, None) => (&self.body, &None),
            _ => (&self.summary, &self.body),
        };
        if let Some(description) = description {
            w.leaf("description", &[], description);
        }
        if let Some(content) = content {
            w.leaf("content:encoded", &[], content);
        }
        for file in &self.files {
            file.write(w, &[]);
        }
        for item in &self.media {
            item.write(w);
        }
        if let Some(language) = self.language {
            w.leaf("dc:language", &[], language);
        }
        if let Some(rights) = &self.rights {
            w.leaf("dc:rights", &[], rights);
        }
        if let Some((url, name)) = &self.source {
            w.leaf("source", &[("url", url)], name);
        }
        w.close("item");
    }
}

/// Creators as `author` (an e-mail address as id, which the reader reads back as id) or
/// `dc:creator`, contributors as `dc:contributor`; a blank name gives way to the id.
fn people(article: &Article) -> Vec<Person> {
    article
        .authors
        .iter()
        .filter_map(|author| {
            let name = one_line(&author.name);
            let id = author.id.as_deref().map(str::trim).unwrap_or_default();
            if author.kind == AuthorKind::Creator
                && let Some(address) = email_address(id)
                && !name.contains(['(', ')'])
            {
                return Some(Person::Email(if name.is_empty() || name == address {
                    address.to_string()
                } else {
                    format!("{address} ({name})")
                }));
            }
            let name = if name.is_empty() { one_line(id) } else { name };
            (!name.is_empty()).then_some(match author.kind {
                AuthorKind::Creator => Person::Creator(name),
                AuthorKind::Contributor => Person::Contributor(name),
            })
        })
        .collect()
}

/// The address of a `mailto:` id that the reader reads back from `author` as it is: an `@`,
/// and no space, colon, slash or parenthesis.
fn email_address(id: &str) -> Option<&str> {
    let scheme = id.get(..7).filter(|s| s.eq_ignore_ascii_case("mailto:"))?;
    let address = id.get(scheme.len()..)?;
    let plain =
        !address.contains(|c: char| c.is_whitespace() || matches!(c, ':' | '/' | '(' | ')'));
    (plain && address.contains('@')).then_some(address)
}

/// The description as RSS carries a summary: HTML, its text escaped, its paragraphs (apart at
/// blank lines) in `p` when there are several. `None` when blank.
fn description_html(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    let paragraphs = paragraphs(text)?;
    let parts: Vec<&str> = paragraphs.split("\n\n").collect();
    if let [one] = parts.as_slice() {
        return Some(html_escaped(one));
    }
    Some(
        parts
            .iter()
            .map(|p| format!("<p>{}</p>", html_escaped(p)))
            .collect(),
    )
}

/// Text as HTML text: `&`, `<` and `>` escaped.
fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The blocks of the body as written: the byline as a first paragraph when it reads as one
/// (the reader takes it back), then the printed body (the dateline at the head of the lead),
/// in XHTML form.
fn content_blocks(article: &Article) -> Vec<Block> {
    let byline = article
        .byline
        .as_deref()
        .map(one_line)
        .filter(|b| is_byline_line(b));
    as_read_again(with_byline(byline, &article.printed_body()))
}

/// The blocks in XHTML form, after a byline paragraph when there is one.
fn with_byline(byline: Option<String>, body: &[Block]) -> Vec<Block> {
    let mut blocks: Vec<Block> = byline.map(Block::paragraph).into_iter().collect();
    blocks.extend(body.iter().cloned());
    xhtml_form(&blocks).into_owned()
}

/// The body as printed again from what the reader takes out of it (the byline paragraph, the
/// dateline the lead prints: [`printed_furniture`]): the same blocks, but where reading
/// changes what it takes (a no-break space after a dateline is trimmed), so that what was read
/// writes the same body again.
fn as_read_again(blocks: Vec<Block>) -> Vec<Block> {
    let mut read = Article {
        body: blocks,
        ..Article::default()
    };
    printed_furniture(&mut read);
    if read.byline.is_none() && read.dateline.is_none() {
        return read.body;
    }
    let printed = crate::model::printed_body(&read.body, read.dateline.as_ref());
    with_byline(read.byline, &printed)
}

/// Blocks as an XHTML fragment that HTML reads as written; `None` when they write nothing.
///
/// HTML drops a line break right after `<pre>`: one that starts the text gets another in
/// front, as HTML's serialisation writes it. (`<pre>` stands for that element only: a `<` of
/// text is escaped.)
fn fragment(blocks: &[Block]) -> Option<String> {
    let mut w = XmlWriter::fragment();
    write_body(&mut w, blocks);
    let fragment = w.into_fragment().replace("<pre>\n", "<pre>\n\n");
    (!fragment.trim().is_empty()).then_some(fragment)
}

/// A media type as `type` holds it: printable ASCII, something on both sides of a slash.
fn media_type(link: &Link) -> Option<&str> {
    link.media_type.as_deref().map(str::trim).filter(|t| {
        t.split_once('/')
            .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
            && t.chars().all(|c| c.is_ascii_graphic())
    })
}

/// The item's enclosure links with a web address, as files: the first that `enclosure` holds
/// whole (a size, a media type, nothing else) as `enclosure`, the others as `media:content`.
fn files(links: &[Link]) -> Vec<File<'_>> {
    let mut files: Vec<File<'_>> = links
        .iter()
        .filter(|l| l.rel.as_deref() == Some("enclosure"))
        .filter_map(|l| File::of(l, true))
        .collect();
    if let Some(first) = files.iter_mut().find(|f| f.fits_enclosure()) {
        first.enclosure = true;
    }
    files
}

impl<'a> File<'a> {
    /// A link with a web address as a file, with its title when `titled`.
    fn of(link: &'a Link, titled: bool) -> Option<File<'a>> {
        let url = link.href.trim();
        if !is_http_url(url) {
            return None;
        }
        let facts = link.rendition.as_ref();
        Some(File {
            enclosure: false,
            url,
            media_type: media_type(link).or_else(|| media_type_of(url)),
            medium: None,
            size: facts.and_then(|r| r.size).filter(|s| *s > 0),
            width: facts.and_then(|r| r.width),
            height: facts.and_then(|r| r.height),
            // A duration the reader's seconds cannot give back exactly is none (beyond 2^53 ms).
            duration: facts
                .and_then(|r| r.duration_ms)
                .map(seconds)
                .filter(|text| duration_ms(text) == facts.and_then(|r| r.duration_ms)),
            title: link
                .title
                .as_deref()
                .map(one_line)
                .filter(|t| titled && !t.is_empty()),
            thumbnails: Vec::new(),
        })
    }

    /// Whether `enclosure` holds the file whole: its `url`, `length` and `type` (all three
    /// required), and nothing else.
    fn fits_enclosure(&self) -> bool {
        self.size.is_some()
            && self.media_type.is_some()
            && self.width.is_none()
            && self.height.is_none()
            && self.duration.is_none()
            && self.title.is_none()
    }

    /// `enclosure`, else `media:content`, with `inside` (an associated item's metadata) before
    /// its own title and thumbnails.
    fn write(&self, w: &mut XmlWriter, inside: &[(&str, &str)]) {
        let size = self.size.map(|s| s.to_string());
        if self.enclosure {
            let mut attrs = vec![("url", self.url)];
            attrs.extend(size.as_deref().map(|s| ("length", s)));
            attrs.extend(self.media_type.map(|t| ("type", t)));
            w.empty("enclosure", &attrs);
            return;
        }
        let (width, height) = (
            self.width.map(|n| n.to_string()),
            self.height.map(|n| n.to_string()),
        );
        let mut attrs = vec![("url", self.url)];
        attrs.extend(self.media_type.map(|t| ("type", t)));
        attrs.extend(self.medium.map(|m| ("medium", m)));
        attrs.extend(size.as_deref().map(|s| ("fileSize", s)));
        attrs.extend(width.as_deref().map(|n| ("width", n)));
        attrs.extend(height.as_deref().map(|n| ("height", n)));
        attrs.extend(self.duration.as_deref().map(|d| ("duration", d)));
        if inside.is_empty() && self.title.is_none() && self.thumbnails.is_empty() {
            w.empty("media:content", &attrs);
            return;
        }
        w.open("media:content", &attrs);
        for (name, text) in inside {
            w.leaf(name, &[], text);
        }
        if let Some(title) = &self.title {
            w.leaf("media:title", &[], title);
        }
        for thumbnail in &self.thumbnails {
            thumbnail.write(w);
        }
        w.close("media:content");
    }
}

impl Thumbnail<'_> {
    fn write(&self, w: &mut XmlWriter) {
        let (width, height) = (
            self.width.map(|n| n.to_string()),
            self.height.map(|n| n.to_string()),
        );
        let mut attrs = vec![("url", self.url)];
        attrs.extend(width.as_deref().map(|n| ("width", n)));
        attrs.extend(height.as_deref().map(|n| ("height", n)));
        w.empty("media:thumbnail", &attrs);
    }
}

/// A duration in milliseconds as Media RSS writes it: seconds, with a fraction only when
/// there is one (`90`, `1.5`).
fn seconds(ms: u64) -> String {
    let (whole, fraction) = (ms / 1000, ms % 1000);
    if fraction == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{fraction:03}")
            .trim_end_matches('0')
            .to_string()
    }
}

/// Media RSS `medium` for a kind of item: pictures, videos and audio have one.
fn medium(kind: Option<ItemKind>) -> Option<&'static str> {
    match kind? {
        ItemKind::Picture => Some("image"),
        ItemKind::Video => Some("video"),
        ItemKind::Audio => Some("audio"),
        _ => None,
    }
}

/// For the descriptor: the associated items the writer writes as Media RSS (with a caption or
/// a credit, which the reader needs to tell an item from a plain file, and a file with a web
/// address); the others reach it as links.
pub(crate) fn writes_association(association: &Association) -> bool {
    MediaItem::of(association).is_some()
}

impl<'a> MediaItem<'a> {
    /// The associated item as written, when it is (see [`writes_association`]).
    pub(super) fn of(association: &'a Association) -> Option<MediaItem<'a>> {
        let line = |text: &Option<String>| {
            text.as_deref()
                .map(one_line)
                .filter(|t: &String| !t.is_empty())
        };
        let (caption, credit) = (line(&association.caption), line(&association.credit));
        if caption.is_none() && credit.is_none() {
            return None;
        }
        let file = |link: &'a Link| File::of(link, true);
        let (thumbnails, others): (Vec<&Link>, Vec<&Link>) = association
            .renditions
            .iter()
            .partition(|link| Thumbnail::of(link).is_some());
        let mut contents: Vec<File<'a>> = others.into_iter().filter_map(file).collect();
        match contents.first_mut() {
            // The thumbnails are the first file's (Media RSS puts them in a content).
            Some(first) => {
                first.thumbnails = thumbnails.into_iter().filter_map(Thumbnail::of).collect()
            }
            None => contents = thumbnails.into_iter().filter_map(file).collect(),
        }
        if contents.is_empty() {
            return None;
        }
        // The kind's medium, else the one the first media type gives (as the reader takes
        // the kind from it), on every file.
        let medium = medium(association.kind).or_else(|| {
            let kind = contents
                .iter()
                .flat_map(|file| {
                    let thumbnails = file.thumbnails.iter().map(|t| media_type_of(t.url));
                    std::iter::once(file.media_type).chain(thumbnails)
                })
                .flatten()
                .next()
                .and_then(media_kind);
            medium(kind)
        });
        for file in &mut contents {
            file.medium = medium;
        }
        if let [only] = contents.as_mut_slice() {
            // A lone file's title would be the item's: the reader takes it so.
            only.title = None;
        }
        // A group without a title of its own takes its first file's (as the reader does).
        let headline = line(&association.headline)
            .or_else(|| contents.iter().find_map(|file| file.title.clone()));
        Some(MediaItem {
            headline,
            caption,
            credit,
            contents,
        })
    }

    fn write(&self, w: &mut XmlWriter) {
        let mut inside = Vec::new();
        if let Some(headline) = &self.headline {
            inside.push(("media:title", headline.as_str()));
        }
        if let Some(caption) = &self.caption {
            inside.push(("media:description", caption.as_str()));
        }
        if let Some(credit) = &self.credit {
            inside.push(("media:credit", credit.as_str()));
        }
        match self.contents.as_slice() {
            [only] => only.write(w, &inside),
            contents => {
                w.open("media:group", &[]);
                for (name, text) in &inside {
                    w.leaf(name, &[], text);
                }
                for file in contents {
                    file.write(w, &[]);
                }
                w.close("media:group");
            }
        }
    }
}

impl<'a> Thumbnail<'a> {
    /// A file named `thumbnail` that `media:thumbnail` holds whole (a web address, pixel sizes,
    /// and the media type its name gives, if any).
    fn of(link: &'a Link) -> Option<Thumbnail<'a>> {
        let url = link.href.trim();
        let facts = link.rendition.as_ref()?;
        let named = facts
            .name
            .as_deref()
            .is_some_and(|n| n.trim().eq_ignore_ascii_case("thumbnail"));
        let plain = facts.size.filter(|s| *s > 0).is_none()
            && facts.duration_ms.is_none()
            && link.title.as_deref().is_none_or(|t| t.trim().is_empty())
            && media_type(link).is_none_or(|t| Some(t) == media_type_of(url));
        (named && plain && is_http_url(url)).then_some(Thumbnail {
            url,
            width: facts.width,
            height: facts.height,
        })
    }
}
