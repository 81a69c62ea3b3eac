//! WordPress exports (WXR, "WordPress eXtended RSS"): read by the RSS reader, which knows
//! them (see [`rss`](super::rss) for what it reads), and written as WXR 1.2, which WordPress's
//! importer (the `wordpress-importer` plugin, Tools › Import › WordPress) takes.
//!
//! Detection: an `rss` root with a WordPress export namespace (`http://wordpress.org/export/1.x/`,
//! or `https://`) in the file's head. Such a file is read whole (posts name their pictures,
//! which are items of their own).
//!
//! What is written, and what the reader makes of it:
//!
//! | WXR | written from | read back as |
//! |---|---|---|
//! | channel `title`, `description`, `generator` | `newswire`, `Articles written by newswire`, `newswire` (the importer reads none of them) | – |
//! | channel `link`, `wp:base_site_url`, `wp:base_blog_url` | the origin (`https://host`) of the first article link that is an http(s) URL, else `https://wordpress.invalid` (a reserved name: the site is not known) | – |
//! | `wp:wxr_version` | `1.2` | – |
//! | `wp:author` (`wp:author_login`, `wp:author_email`, `wp:author_display_name`) | every author of the items: the login a slug of the name (`jane-doe`, `author` for a name of no Latin letter or digit; `-2`, `-3` for another name with the same slug), the e-mail address of a `mailto:` id | the author's name |
//! | `title` | the headline on one line, as HTML (escaped) | `headline` |
//! | `link` | the first alternate link | an alternate link |
//! | `pubDate` | the post's time (below) in RFC 822 with its own offset, when it has one RFC 822 holds | `published` |
//! | `dc:creator` (one per author) | the creators' logins; without creators, the byline's | `authors` |
//! | `guid isPermaLink="false"` | `id` (else the derived one), on one line | `id` |
//! | `description` | empty, as WordPress writes it | – |
//! | `content:encoded` | the printed body (dateline at the head of the lead) as the XHTML writers write it, each `[` as `&#91;` and the line ends of preformatted text as `&#10;`, so that WordPress's shortcodes and paragraphs (which the reader follows) leave it as it is | `body` |
//! | `excerpt:encoded` | `description` on one line, as HTML | `description` |
//! | `dc:language`, `dc:rights` | `language` (well-formed), the copyright notice on one line | `language`, `rights.notice` |
//! | `wp:post_id` | `extensions["wp:post_id"]` when it is a whole number above 0, else a number of up to seven digits derived from the article (the same article always asks for the same); an id an earlier item of the file has gives way to the one after the largest written | `extensions["wp:post_id"]` |
//! | `wp:post_date`, `wp:post_date_gmt` | the post's time: the embargo of a scheduled post, else `published`; the wall time as written, and the time in UTC, empty when the offset is unknown (WordPress then takes the site's zone); `0000-00-00 00:00:00` for no time (a year outside 1000-9999 is none) | `published`, when there is no `pubDate` |
//! | `wp:post_modified`, `wp:post_modified_gmt` | `modified`, the same way | `modified` (the UTC field, else the local one when it is empty) |
//! | `wp:comment_status`, `wp:ping_status` | empty: the site's defaults | – |
//! | `wp:post_name` | the slug of the slugline, else of the headline (WordPress's: lower-case ASCII letters and digits, `-` between words, other characters percent-encoded, at most 200 bytes) | `slugline` |
//! | `wp:status` | `future` (scheduled at the embargo) for an article with an embargo WordPress can hold that is not canceled; else usable `publish`, withheld `draft`, canceled `trash` | `pub_status` (`future`: withheld, the post's time the embargo) |
//! | `wp:post_parent`, `wp:menu_order`, `wp:post_type`, `wp:post_password`, `wp:is_sticky` | `0`, `0`, `post`, empty, `0` | – |
//! | `category domain="category" nicename=…` | subjects: the name (else the code) as HTML, the slug of a `category` subject's code when it is one, else of the name | `subjects` (scheme `category`, code the slug) |
//! | `category domain="post_tag" nicename=…` | keywords, the slug of each | `keywords` |
//! | `wp:postmeta` `_thumbnail_id` | the featured picture: the first associated item with an http(s) file that is a picture (role `featuremedia`, kind picture, or an image file) | an association (role `featuremedia`) |
//! | attachment items (`wp:post_type` `attachment`, `wp:status` `inherit`, `wp:post_parent` the post, `wp:attachment_url`) | the featured picture (its best file; `title` its headline, `excerpt:encoded` its caption), then each figure of the body with an http(s) picture (`title` its alternative text, its caption), each once, dated as its post: the importer fetches them, and points the body's pictures at its copies | the featured picture's title, caption and file |
//!
//! Associated items without an http(s) file reach the writer as links, and only the first
//! alternate link is written; the other associated items are not written (their attachments
//! would be the post's, but not read back as its). Not carried: version, kind, title,
//! subheadline and further headlines, genres, services, sections, byline when there are
//! creators, authors' ids, roles and job titles, contributors, dateline (printed in the body),
//! credit, provider, sources, copyright holder and usage terms, priority, urgency, creation
//! time, editorial notes, further descriptions, word count, the pictures' credits and bylines,
//! extensions but `wp:post_id`.

mod post;
mod project;
mod write;

pub use project::project;

use crate::formats::fidelity::{Carry, Field};
use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed, Writer, Writing};
use crate::{Article, Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Wxr,
    name: "wxr",
    aliases: &["wordpress", "wordpressexport"],
    description: "WordPress export (WXR 1.2), for WordPress's importer",
    extensions: &["xml", "wxr"],
    named_by: &["wxr"],
    sniff: Sniff::Marks(is_wordpress_export),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: write::write_article,
            envelope: || Box::new(write::Export::default()),
        },
        carries,
        project,
        writes_association: post::is_attachment,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[],
};

/// Whether the start of an input is a WordPress export: an `rss` root and a WordPress export
/// namespace in the head (RSS detection leaves these out).
pub(crate) fn is_wordpress_export(start: &Sniffed<'_>) -> bool {
    start.xml_root == Some("rss") && start.text.contains("://wordpress.org/export/")
}

/// Reads every post of a WordPress export (every item of any RSS feed).
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options`: [`formats::read_with`](crate::formats::read_with)
/// for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Wxr, options)
}

/// Writes the articles as a WordPress export: [`formats::write`](crate::formats::write) for
/// this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Wxr)
}

/// The reader proper: the RSS reader's, its messages naming this format.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_xml(input, Format::Wxr, options, |root| {
        super::rss::articles(root).map_err(|error| match error {
            Error::Invalid { message, .. } => Error::Invalid {
                format: Format::Wxr,
                message,
            },
            other => other,
        })
    })
}

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        Id | Language | Headline | Keywords | CopyrightNotice => Full,
        BodyText | BodyMarkup | Figures => Full,
        Slugline => Partial(
            "as WordPress's slug (lower-case letters and digits, percent-encoded otherwise); without one, the headline's slug",
        ),
        Description => Partial("on one line"),
        Authors => Partial(
            "the creators' names only (without creators, the byline is the author): ids, roles, job titles and contributors are lost",
        ),
        Subjects => Partial(
            "as WordPress categories: the name kept, the code a slug, the scheme `category`",
        ),
        PubStatus => Partial(
            "usable, withheld, canceled as published, draft, trash; an embargoed article is scheduled and comes back withheld",
        ),
        Embargo => Partial("to the second, as the date of a scheduled post"),
        Published => Partial(
            "to the second; a scheduled post's is its embargo; a year outside 1000-9999 is lost",
        ),
        Modified => Partial("to the second, in UTC when the offset is known"),
        Links => Partial("only the first alternate link"),
        Associations => Partial(
            "the first picture with an http(s) file, as the featured picture: its headline, caption and that file; the other items are lost",
        ),
        Extensions => Partial("only wp:post_id"),
        _ => Lost,
    }
}

#[cfg(test)]
mod tests;
