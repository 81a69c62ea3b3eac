//! Writes articles as a WordPress export (WXR 1.2): the channel with what the items need (the
//! authors by login, the site's address), then a post per article, each followed by its
//! attachments.

use std::collections::{HashMap, HashSet};

use crate::formats::{Envelope, WriteOptions};
use crate::iri::origin;
use crate::xml::XmlWriter;
use crate::{Article, Error};

use super::post::{Attachment, Post, PostDate, ZERO_DATE, slug};

/// The namespaces of a WXR 1.2 file, with the prefixes WordPress's importer looks them up by.
const NAMESPACES: [(&str, &str); 6] = [
    ("version", "2.0"),
    ("xmlns:excerpt", "http://wordpress.org/export/1.2/excerpt/"),
    ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
    ("xmlns:wfw", "http://wellformedweb.org/CommentAPI/"),
    ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
    ("xmlns:wp", "http://wordpress.org/export/1.2/"),
];

/// The WXR version written (the importer refuses a file without one).
const WXR_VERSION: &str = "1.2";

/// The site's address when no article has an http(s) link: a reserved name (RFC 2606) that
/// points nowhere.
const PLACEHOLDER_SITE: &str = "https://wordpress.invalid";

/// The channel title: WordPress's importer does not read it, and no article field is read back
/// from it.
const TITLE: &str = "newswire";

/// The login of an author whose name gives no slug.
const DEFAULT_LOGIN: &str = "author";

/// One article as a file of its own.
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    super::super::descriptor::enveloped(Box::new(Export::default()), std::slice::from_ref(article))
}

/// A WordPress export written item by item: the channel head says what the items need, folded
/// in as they were written (the authors, the site's address).
#[derive(Default)]
pub(crate) struct Export {
    /// Every post and attachment id written, which no later item may take, and the largest.
    ids: HashSet<u64>,
    largest: u64,
    /// The authors, in the order they first came: login, display name, e-mail address.
    authors: Vec<(String, String, Option<String>)>,
    /// The login of each display name, the logins taken, and the last number given to a
    /// login that another name had.
    logins: HashMap<String, String>,
    taken: HashSet<String>,
    numbered: HashMap<String, u64>,
    /// The origin (`https://host`) of the first http(s) link of a post.
    site: Option<String>,
}

impl Export {
    /// `wanted` when no item has it yet, else the number after the largest given (free, and
    /// found at once however many items want one id), else the first free from 1.
    fn claim(&mut self, wanted: u64) -> u64 {
        let mut id = wanted.max(1);
        if self.ids.contains(&id) {
            id = self.largest.checked_add(1).unwrap_or(1);
            while self.ids.contains(&id) {
                id = id.checked_add(1).unwrap_or(1);
            }
        }
        self.ids.insert(id);
        self.largest = self.largest.max(id);
        id
    }

    /// The login of an author: the slug of the name (`author` when it gives none), made
    /// unique with `-2`, `-3` when another name has it.
    fn login(&mut self, name: &str, email: Option<&String>) -> String {
        if let Some(login) = self.logins.get(name) {
            return login.clone();
        }
        let mut base = slug(name);
        // A login holds no `%`: an encoded name is a login of its own kind.
        if base.is_empty() || base.contains('%') {
            base = DEFAULT_LOGIN.to_string();
        }
        let mut login = base.clone();
        while !self.taken.insert(login.clone()) {
            let n = self.numbered.entry(base.clone()).or_insert(1);
            *n += 1;
            login = format!("{base}-{n}");
        }
        self.authors
            .push((login.clone(), name.to_string(), email.cloned()));
        self.logins.insert(name.to_string(), login.clone());
        login
    }
}

impl Envelope for Export {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        let post = Post::of(article);
        let id = self.claim(post.wanted_id);
        let logins: Vec<String> = post
            .creators
            .iter()
            .map(|c| self.login(&c.name, c.email.as_ref()))
            .collect();
        if self.site.is_none() {
            self.site = post.link.as_deref().and_then(origin);
        }
        let attachment_ids: Vec<u64> = post
            .attachments
            .iter()
            .enumerate()
            .map(|(n, _)| self.claim(id.saturating_add(n as u64 + 1)))
            .collect();
        let mut w = XmlWriter::fragment_at(2);
        write_post(&mut w, &post, id, &logins, &attachment_ids);
        for (attachment, attachment_id) in post.attachments.iter().zip(&attachment_ids) {
            write_attachment(&mut w, attachment, *attachment_id, id, &post, &logins);
        }
        Ok(w.into_bytes())
    }

    fn head(&self) -> Vec<u8> {
        let mut w = XmlWriter::new();
        w.open("rss", &NAMESPACES);
        w.open("channel", &[]);
        let site = self.site.as_deref().unwrap_or(PLACEHOLDER_SITE);
        w.leaf("title", &[], TITLE);
        w.leaf("link", &[], site);
        w.leaf("description", &[], "Articles written by newswire");
        w.leaf("wp:wxr_version", &[], WXR_VERSION);
        w.leaf("wp:base_site_url", &[], site);
        w.leaf("wp:base_blog_url", &[], site);
        for (n, (login, name, email)) in self.authors.iter().enumerate() {
            w.open("wp:author", &[]);
            w.leaf("wp:author_id", &[], &(n + 1).to_string());
            w.leaf("wp:author_login", &[], login);
            if let Some(email) = email {
                w.leaf("wp:author_email", &[], email);
            }
            // Text, not HTML: escaped as XML, so no markup stands in the file.
            w.leaf("wp:author_display_name", &[], name);
            w.close("wp:author");
        }
        w.leaf("generator", &[], "newswire");
        w.into_bytes()
    }

    fn tail(&self) -> Vec<u8> {
        crate::formats::rss::channel_tail()
    }
}

/// An element holding text as CDATA, on one line.
fn cdata(w: &mut XmlWriter, name: &str, text: &str) {
    w.newline();
    w.start_tag(name, &[]);
    w.cdata(text);
    w.end_tag(name);
}

/// The post's item.
fn write_post(w: &mut XmlWriter, post: &Post, id: u64, logins: &[String], attachments: &[u64]) {
    w.open("item", &[]);
    if let Some(title) = &post.title {
        cdata(w, "title", title);
    }
    if let Some(link) = &post.link {
        w.leaf("link", &[], link);
    }
    if let Some(rfc822) = post.date.as_ref().and_then(|d| d.rfc822.as_deref()) {
        w.leaf("pubDate", &[], rfc822);
    }
    for login in logins {
        w.leaf("dc:creator", &[], login);
    }
    w.leaf("guid", &[("isPermaLink", "false")], &post.guid);
    // WordPress writes it empty: the excerpt is the summary.
    w.leaf("description", &[], "");
    cdata(w, "content:encoded", &post.content);
    cdata(w, "excerpt:encoded", post.excerpt.as_deref().unwrap_or(""));
    if let Some(language) = &post.language {
        w.leaf("dc:language", &[], language);
    }
    if let Some(rights) = &post.rights {
        w.leaf("dc:rights", &[], rights);
    }
    let fields = Fields {
        id,
        name: post.name.as_deref(),
        status: post.status.word(),
        parent: 0,
        kind: "post",
    };
    fields.write(w, post);
    for term in &post.terms {
        w.newline();
        w.start_tag(
            "category",
            &[("domain", term.domain), ("nicename", &term.nicename)],
        );
        w.cdata(&term.name);
        w.end_tag("category");
    }
    let featured = post
        .attachments
        .iter()
        .zip(attachments)
        .find(|(attachment, _)| attachment.featured);
    if let Some((_, thumbnail)) = featured {
        w.open("wp:postmeta", &[]);
        w.leaf("wp:meta_key", &[], "_thumbnail_id");
        w.leaf("wp:meta_value", &[], &thumbnail.to_string());
        w.close("wp:postmeta");
    }
    w.close("item");
}

/// An attachment's item, dated as its post.
fn write_attachment(
    w: &mut XmlWriter,
    attachment: &Attachment,
    id: u64,
    parent: u64,
    post: &Post,
    logins: &[String],
) {
    w.open("item", &[]);
    if let Some(title) = &attachment.title {
        cdata(w, "title", title);
    }
    if let Some(login) = logins.first() {
        w.leaf("dc:creator", &[], login);
    }
    w.leaf("guid", &[("isPermaLink", "false")], &attachment.url);
    w.leaf("description", &[], "");
    cdata(w, "content:encoded", "");
    cdata(
        w,
        "excerpt:encoded",
        attachment.caption.as_deref().unwrap_or(""),
    );
    let fields = Fields {
        id,
        name: None,
        // Its post's.
        status: "inherit",
        parent,
        kind: "attachment",
    };
    fields.write(w, post);
    w.leaf("wp:attachment_url", &[], &attachment.url);
    w.close("item");
}

/// The `wp:` fields every item has.
struct Fields<'a> {
    id: u64,
    /// `wp:post_name`, written when there is one.
    name: Option<&'a str>,
    status: &'a str,
    parent: u64,
    kind: &'a str,
}

impl Fields<'_> {
    /// The fields in WordPress's order, dated as the post.
    fn write(&self, w: &mut XmlWriter, post: &Post) {
        w.leaf("wp:post_id", &[], &self.id.to_string());
        write_date(w, "wp:post_date", "wp:post_date_gmt", post.date.as_ref());
        write_date(
            w,
            "wp:post_modified",
            "wp:post_modified_gmt",
            post.modified.as_ref(),
        );
        // Empty: the site's default.
        w.leaf("wp:comment_status", &[], "");
        w.leaf("wp:ping_status", &[], "");
        if let Some(name) = self.name {
            w.leaf("wp:post_name", &[], name);
        }
        w.leaf("wp:status", &[], self.status);
        w.leaf("wp:post_parent", &[], &self.parent.to_string());
        w.leaf("wp:menu_order", &[], "0");
        w.leaf("wp:post_type", &[], self.kind);
        w.leaf("wp:post_password", &[], "");
        w.leaf("wp:is_sticky", &[], "0");
    }
}

/// A time's local and UTC fields: WordPress's zero date for no time, and an empty UTC field
/// for a time whose offset is unknown (WordPress then takes the site's zone).
fn write_date(w: &mut XmlWriter, local: &str, gmt: &str, date: Option<&PostDate>) {
    match date {
        Some(date) => {
            w.leaf(local, &[], &date.local);
            w.leaf(gmt, &[], date.gmt.as_deref().unwrap_or(""));
        }
        None => {
            w.leaf(local, &[], ZERO_DATE);
            w.leaf(gmt, &[], ZERO_DATE);
        }
    }
}
