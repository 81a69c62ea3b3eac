//! One `item` to one article.

use crate::dates::parse_feed_date;
use crate::html::html_body;
use crate::model::{
    Article, Association, Author, AuthorKind, Block, Concept, ItemKind, Link, Party, PubStatus,
    Rendition, Timestamp, Warning,
};
use crate::xml::Element;

use super::Shared;
use super::wordpress::{self, content_html, is_zero_date};
use super::{Channel, is_dc, is_rss, is_wp};
use crate::formats::printed::{self, TextBelow};
use crate::formats::read_time;

/// The Content Module (`content:encoded`).
pub(super) const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
/// Media RSS; feeds write it with and without the final slash.
const MEDIA_NS: &str = "http://search.yahoo.com/mrss";

fn in_ns(element: &Element<'_>, namespace: &str) -> bool {
    element
        .namespace()
        .is_some_and(|ns| ns.starts_with(namespace))
}

fn is_media(element: &Element<'_>) -> bool {
    in_ns(element, MEDIA_NS)
}

fn is_excerpt(element: &Element<'_>) -> bool {
    element
        .namespace()
        .is_some_and(|ns| super::is_wp_namespace(ns) && ns.contains("excerpt"))
}

/// One item as an article; `wordpress` when the feed is a WordPress export.
pub(super) fn article(item: &Element<'_>, channel: &Channel, wordpress: bool) -> Article {
    let mut a = Article {
        language: channel.language.as_ref().and_then(Shared::text),
        ..Article::default()
    };
    a.rights.notice = channel.copyright.as_ref().and_then(Shared::text);
    let mut content: Option<String> = None;
    let mut description: Option<String> = None;
    let mut excerpt: Option<String> = None;
    let mut guid: Option<(String, bool)> = None;
    let mut link: Option<String> = None;
    let mut dc_date: Option<String> = None;
    let mut post_dates = PostDates::default();
    let mut status: Option<String> = None;
    let mut password = false;
    let mut media = Vec::new();
    let mut thumbnails = Vec::new();
    for child in item.elements() {
        let name = child.name.as_ref();
        if is_rss(child) {
            match name {
                "title" => a.headline = child.text_line(),
                "link" => link = child.text_line(),
                "description" => description = nonblank(child.text()),
                "guid" => {
                    let permalink = child
                        .attr("isPermaLink")
                        .is_none_or(|v| !v.trim().eq_ignore_ascii_case("false"));
                    guid = child.text_line().map(|g| (g, permalink));
                }
                "pubDate" => {
                    let raw = child.text();
                    if !(wordpress && is_zero_date(&raw)) {
                        a.published = date(&raw, "published", &mut a.warnings);
                    }
                }
                "author" => a
                    .authors
                    .extend(child.text_line().as_deref().and_then(email_author)),
                "category" => category(child, &mut a, wordpress),
                "enclosure" => media.extend(enclosure(child)),
                "source" => a.provider = source(child),
                _ => {}
            }
        } else if is_dc(child) {
            match name {
                "creator" => {
                    if let Some(login) = child.text_line() {
                        let name = channel
                            .authors
                            .get(&login)
                            .map_or(Some(login), Shared::text);
                        let Some(name) = name else {
                            continue;
                        };
                        a.authors.push(Author::named(name));
                    }
                }
                "contributor" => a.authors.extend(child.text_line().map(|name| Author {
                    kind: AuthorKind::Contributor,
                    ..Author::named(name)
                })),
                "date" => dc_date = child.text_line(),
                "subject" => a.keywords.extend(child.text_line()),
                "language" => a.language = child.text_line(),
                "rights" => a.rights.notice = child.text_line(),
                _ => {}
            }
        } else if in_ns(child, CONTENT_NS) && name == "encoded" {
            content = nonblank(child.text());
        } else if is_excerpt(child) && name == "encoded" {
            excerpt = nonblank(child.text());
        } else if is_media(child) {
            match name {
                "content" => match media_item(child, &[child]) {
                    Some(item) => a.associations.push(item),
                    None => media.extend(media_content(child)),
                },
                "group" => {
                    let contents: Vec<&Element<'_>> = child
                        .elements()
                        .filter(|e| is_media(e) && e.is("content"))
                        .collect();
                    match media_item(child, &contents) {
                        Some(item) => a.associations.push(item),
                        None => media.extend(contents.into_iter().filter_map(media_content)),
                    }
                }
                "thumbnail" => thumbnails.extend(media_link(child, None)),
                "keywords" => a.keywords.extend(
                    child
                        .text()
                        .split(',')
                        .map(str::trim)
                        .filter(|k| !k.is_empty())
                        .map(str::to_string),
                ),
                _ => {}
            }
        } else if wordpress && is_wp(child) {
            match name {
                "post_id" => {
                    if let Some(id) = child.text_line() {
                        a.extensions.insert("wp:post_id".to_string(), id.into());
                    }
                }
                "post_name" => a.slugline = child.text_line(),
                "post_date" => post_dates.local = child.text_line(),
                "post_date_gmt" => post_dates.gmt = child.text_line(),
                "post_modified" => post_dates.modified_local = child.text_line(),
                "post_modified_gmt" => post_dates.modified = child.text_line(),
                "status" => status = child.text_line(),
                "post_password" => password = child.text_line().is_some(),
                "postmeta" => thumbnail(child, channel, &mut a.associations),
                _ => {}
            }
        }
    }
    a.links.extend(link.clone().map(|href| Link {
        rel: Some("alternate".to_string()),
        href,
        media_type: None,
        title: None,
        rendition: None,
    }));
    if link.is_none()
        && let Some((href, true)) = &guid
        && (href.starts_with("http://") || href.starts_with("https://"))
    {
        a.links.push(Link {
            rel: Some("alternate".to_string()),
            href: href.clone(),
            media_type: None,
            title: None,
            rendition: None,
        });
    }
    a.id = guid.map(|(g, _)| g).or(link);
    if media.is_empty() {
        media = thumbnails;
    }
    a.links.extend(media);
    if a.published.is_none()
        && let Some(raw) = dc_date
    {
        a.published = date(&raw, "published", &mut a.warnings);
    }
    let (body_html, summary) = match (content, wordpress) {
        (Some(content), true) => (Some(content_html(&content)), excerpt.or(description)),
        (Some(content), false) => (Some(content), description),
        (None, true) => (description.as_deref().map(content_html), excerpt),
        (None, false) => (description, None),
    };
    a.body = body_html.as_deref().map(html_body).unwrap_or_default();
    // A news feed's text prints the byline and the dateline at its head (`Por Matt
    // Spetalnick`, `MOSCOU, 24 SET (ANSA) - ...`); a blog's (WordPress) does not.
    if !wordpress {
        printed_furniture(&mut a);
    }
    a.description = summary.as_deref().and_then(summary_text);
    if wordpress {
        post_dates.apply(&mut a);
        if let Some(status) = status {
            let (pub_status, scheduled) = wordpress::status(&status);
            a.pub_status = pub_status;
            if scheduled {
                a.embargo = a.published;
            }
        }
        // Only readers who have the password see the post: it is not for everyone to publish.
        if password && a.pub_status == PubStatus::Usable {
            a.pub_status = PubStatus::Withheld;
            a.warnings.push(Warning::new(
                "pub_status",
                "a password-protected post is read as withheld (its password is not read)",
                None,
            ));
        }
        // WordPress shows a post's title as HTML (`Title <em>With</em> Markup`): its text is
        // the headline.
        if let Some(title) = a.headline.take() {
            a.headline = nonblank(Block::text_of(&html_body(&title))).or(Some(title));
        }
    }
    a
}

/// The dates of a WordPress post (`YYYY-MM-DD hh:mm:ss`), UTC and local.
#[derive(Default)]
struct PostDates {
    local: Option<String>,
    gmt: Option<String>,
    modified: Option<String>,
    modified_local: Option<String>,
}

impl PostDates {
    fn apply(self, article: &mut Article) {
        let utc = |text: Option<String>| {
            text.filter(|t| !is_zero_date(t))
                .and_then(|t| Timestamp::parse(&format!("{}Z", t.trim().replace(' ', "T"))))
        };
        // A post never published (a draft) has the zero date in UTC: its local date is only
        // when it was last saved.
        if article.published.is_none() {
            article.published = match self.gmt {
                Some(gmt) => utc(Some(gmt)),
                None => self
                    .local
                    .filter(|t| !is_zero_date(t))
                    .and_then(|t| Timestamp::parse(&t)),
            };
        }
        // An empty UTC time is unknown (the zero date is none): the local time is the one.
        let modified = match self.modified {
            Some(gmt) => utc(Some(gmt)),
            None => self
                .modified_local
                .filter(|t| !is_zero_date(t))
                .and_then(|t| Timestamp::parse(&t)),
        };
        if let Some(modified) = modified {
            article.modified = Some(modified);
        }
    }
}

/// The byline and the dateline a news feed prints at the head of its text (a first paragraph
/// of a byline alone, a dateline the lead prints), out of the body: what the reader does to an
/// item's body, and the projection to what the writer wrote.
pub(super) fn printed_furniture(article: &mut Article) {
    printed::byline_paragraph(article, TextBelow::NotNeeded);
    printed::lead_dateline(article);
}

/// A summary (`description` beside `content:encoded`, WordPress `excerpt:encoded`): the text
/// of its HTML, `None` when blank.
pub(super) fn summary_text(html: &str) -> Option<String> {
    nonblank(Block::text_of(&html_body(html)))
}

/// A date; one that cannot be read is a warning with the raw value.
fn date(raw: &str, field: &str, warnings: &mut Vec<Warning>) -> Option<Timestamp> {
    read_time(raw, field, parse_feed_date, warnings)
}

/// `source`: the channel the item came from, its name the text and its `url` the id.
fn source(element: &Element<'_>) -> Option<Party> {
    let party = Party {
        id: element.attr_nonblank("url").map(str::to_string),
        name: element.text_line(),
    };
    (party.id.is_some() || party.name.is_some()).then_some(party)
}

/// RSS `author`: an e-mail address, often with the name in parentheses
/// (`jane@example.com (Jane Doe)`), or only a name.
pub(super) fn email_author(text: &str) -> Option<Author> {
    let (address, name) = match text.split_once('(') {
        Some((address, rest)) => (address.trim(), rest.trim_end_matches(')').trim()),
        None => (text.trim(), ""),
    };
    // An address has an `@` and no space; a URL with credentials (`https://user:pw@host/`) has
    // an `@` too, but also the `:` and `/` no address has.
    let is_address = address.contains('@')
        && !address.contains(|c: char| c.is_whitespace() || matches!(c, ':' | '/'));
    let mut author = match (is_address, name.is_empty()) {
        (true, false) => Author::named(name),
        (true, true) => Author::named(address),
        (false, _) => Author::named(text.trim()),
    };
    if is_address {
        author.id = Some(format!("mailto:{address}"));
    }
    (!author.name.is_empty()).then_some(author)
}

/// `category`: without a domain a keyword; WordPress tags (`post_tag`) are keywords too;
/// Co-Authors Plus's `author` terms are authors (`nicename` the id); with another domain a
/// subject (WordPress: `nicename` the code, the text the name).
fn category(element: &Element<'_>, article: &mut Article, wordpress: bool) {
    let Some(mut text) = element.text_line() else {
        return;
    };
    if wordpress {
        text = wordpress::term_name(text);
    }
    match subject_domain(element.attr_nonblank("domain")) {
        None => article.keywords.push(text),
        Some("author") if wordpress => {
            if !article.authors.iter().any(|a| a.name == text) {
                let mut author = Author::named(text);
                author.id = element.attr_nonblank("nicename").map(str::to_string);
                article.authors.push(author);
            }
        }
        Some(domain) => {
            let concept = match element.attr_nonblank("nicename") {
                Some(nicename) => Concept {
                    scheme: Some(domain.to_string()),
                    code: Some(nicename.to_string()),
                    name: Some(text),
                    kind: None,
                    geo: None,
                    same_as: Vec::new(),
                    broader: Vec::new(),
                    role: None,
                },
                None => Concept::coded(domain, text),
            };
            article.subjects.push(concept);
        }
    }
}

/// The domain (trimmed) of a `category` that is a subject: `None` for a keyword, one without
/// a domain or a WordPress tag (`post_tag`).
pub(super) fn subject_domain(domain: Option<&str>) -> Option<&str> {
    domain.filter(|domain| *domain != "post_tag")
}

/// `enclosure url= type= length=`.
fn enclosure(element: &Element<'_>) -> Option<Link> {
    Some(Link {
        rel: Some("enclosure".to_string()),
        href: element.attr_nonblank("url")?.to_string(),
        media_type: element.attr_nonblank("type").map(str::to_string),
        title: None,
        rendition: rendition_of(element),
    })
}

/// What a media element says of its file: the size (`enclosure/@length`, Media RSS
/// `@fileSize`; `0`, which feeds write for "unknown", is none), `@width`, `@height` and
/// `@duration` (seconds). A value that is no number is left out.
fn rendition_of(element: &Element<'_>) -> Option<Rendition> {
    let number = |name: &str| -> Option<u64> { element.attr_nonblank(name)?.trim().parse().ok() };
    let size = number("length")
        .or_else(|| number("fileSize"))
        .filter(|s| *s > 0);
    let duration_ms = element.attr_nonblank("duration").and_then(duration_ms);
    let rendition = Rendition {
        name: None,
        width: number("width").and_then(|w| u32::try_from(w).ok()),
        height: number("height").and_then(|h| u32::try_from(h).ok()),
        size,
        duration_ms,
    };
    (!rendition.is_empty()).then_some(rendition)
}

/// A Media RSS `duration` (seconds, with a fraction or not) in whole milliseconds; `None` for
/// what is no number, or none a duration can hold.
pub(super) fn duration_ms(seconds: &str) -> Option<u64> {
    seconds
        .trim()
        .parse::<f64>()
        .ok()
        .map(|seconds| (seconds * 1000.0).round())
        .filter(|ms| ms.is_finite() && (0.0..1.8e19).contains(ms))
        .map(|ms| ms as u64)
}

/// A `media:content` or `media:group` that says what its media is (a `media:description` or a
/// `media:credit`, on it or on its contents) as an associated item: the title its headline, the
/// description its caption, the first credit its credit, the kind from `medium` (else the media
/// type), and its contents (and their `media:thumbnail`s, named `thumbnail`) its files. `None`
/// for media that says nothing of itself: its files are the item's enclosures.
fn media_item(holder: &Element<'_>, contents: &[&Element<'_>]) -> Option<Association> {
    let own = |name: &str| -> Option<String> {
        std::iter::once(holder)
            .chain(contents.iter().copied())
            .find_map(|e| {
                e.elements()
                    .find(|m| is_media(m) && m.is(name))
                    .and_then(Element::text_line)
            })
    };
    let caption = own("description");
    let credit = own("credit");
    if caption.is_none() && credit.is_none() {
        return None;
    }
    let single = contents.len() == 1;
    let mut renditions = Vec::new();
    for content in contents {
        // A lone content's title is the item's headline, not its file's.
        let title = if single { None } else { media_title(content) };
        renditions.extend(media_link(content, title));
        for thumbnail in content
            .elements()
            .filter(|e| is_media(e) && e.is("thumbnail"))
        {
            renditions.extend(media_link(thumbnail, None).map(|mut link| {
                let facts = link.rendition.get_or_insert_with(Rendition::default);
                facts.name = Some("thumbnail".to_string());
                link
            }));
        }
    }
    let medium = contents
        .iter()
        .find_map(|c| c.attr_nonblank("medium"))
        .or_else(|| renditions.iter().find_map(|l| l.media_type.as_deref()));
    Some(Association {
        kind: medium.and_then(media_kind),
        headline: std::iter::once(holder)
            .chain(contents.iter().copied())
            .find_map(media_title),
        caption,
        credit,
        renditions,
        ..Association::default()
    })
}

/// The kind of item a Media RSS `medium` (`image`, `video`, `audio`) or a media type's top
/// level (`image/jpeg`) names.
pub(super) fn media_kind(medium: &str) -> Option<ItemKind> {
    match medium
        .split('/')
        .next()
        .unwrap_or(medium)
        .to_ascii_lowercase()
        .as_str()
    {
        "image" => Some(ItemKind::Picture),
        "video" => Some(ItemKind::Video),
        "audio" => Some(ItemKind::Audio),
        _ => None,
    }
}

/// The text of a media element's own `media:title`.
fn media_title(element: &Element<'_>) -> Option<String> {
    element
        .elements()
        .find(|e| is_media(e) && e.is("title"))
        .and_then(Element::text_line)
}

/// `media:content`, with its `media:title`.
fn media_content(element: &Element<'_>) -> Option<Link> {
    media_link(element, media_title(element))
}

/// A media element's `url` as an enclosure link; the media type from `type`, else from the
/// file name.
fn media_link(element: &Element<'_>, title: Option<String>) -> Option<Link> {
    let href = element.attr_nonblank("url")?.to_string();
    let media_type = element
        .attr_nonblank("type")
        .map(str::to_string)
        .or_else(|| media_type_of(&href).map(str::to_string));
    Some(Link {
        rel: Some("enclosure".to_string()),
        href,
        media_type,
        title,
        rendition: rendition_of(element),
    })
}

/// `wp:postmeta` `_thumbnail_id`: the featured picture, an attachment of the export, as an
/// associated item (role `featuremedia`, the name Superdesk's ninjs gives it) with the
/// attachment's title, caption and file.
fn thumbnail(meta: &Element<'_>, channel: &Channel, associations: &mut Vec<Association>) {
    let field = |name: &str| {
        meta.elements()
            .find(|e| is_wp(e) && e.is(name))
            .and_then(Element::text_line)
    };
    if field("meta_key").as_deref() != Some("_thumbnail_id") {
        return;
    }
    let Some(attachment) = field("meta_value")
        .and_then(|id| channel.attachments.get(&id))
        .and_then(Shared::attachment)
    else {
        return;
    };
    let media_type = media_type_of(&attachment.url);
    associations.push(Association {
        role: Some("featuremedia".to_string()),
        kind: media_type
            .filter(|t| t.starts_with("image/"))
            .map(|_| ItemKind::Picture),
        headline: attachment.title.clone(),
        caption: attachment.caption.clone(),
        renditions: vec![Link {
            rel: Some("enclosure".to_string()),
            href: attachment.url.clone(),
            media_type: media_type.map(str::to_string),
            title: None,
            rendition: None,
        }],
        ..Association::default()
    });
}

/// The media type of a file by its extension, for the usual picture, audio and video files.
pub(crate) fn media_type_of(url: &str) -> Option<&'static str> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let extension = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match extension.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" => "audio/ogg",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "mov" => "video/quicktime",
        "pdf" => "application/pdf",
        _ => return None,
    })
}

fn nonblank(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}
