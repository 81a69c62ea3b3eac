//! The WordPress exports newswire writes, checked against WXR's rules (what WordPress's
//! importer needs, and RSS 2.0's) by a reader of their own (quick-xml), by a feed reader
//! newswire does not use (feed-rs), by the script audit, and by reading them back: every
//! fixture, and every readable file of `../shared` (the corpus, the wire text and the seed
//! stories) when it is there, is written as WXR and must break no rule.

pub mod support;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use newswire::model::Article;
use newswire::{Format, detect, read, write};

/// The statuses a post may have in an export WordPress imports; an attachment's is `inherit`.
const POST_STATUSES: [&str; 6] = ["publish", "future", "draft", "pending", "private", "trash"];

/// The namespaces the importer looks its elements up by, with their prefixes.
const NAMESPACES: [(&str, &str); 4] = [
    ("xmlns:wp", "http://wordpress.org/export/1.2/"),
    ("xmlns:excerpt", "http://wordpress.org/export/1.2/excerpt/"),
    ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
    ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
];

/// One `item` as the checks see it: each child element's text (the first of a name, and all
/// `dc:creator`s and `category` attributes), and the `_thumbnail_id` it names.
#[derive(Default, Debug)]
struct Item {
    fields: HashMap<String, String>,
    creators: Vec<String>,
    nicenames: Vec<(String, String)>,
    guid_permalink: Option<String>,
    thumbnail: Option<String>,
}

impl Item {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// An export as the checks see it.
#[derive(Default, Debug)]
struct Export {
    root: Option<String>,
    version: Option<String>,
    namespaces: HashMap<String, String>,
    channel: HashMap<String, String>,
    logins: Vec<String>,
    items: Vec<Item>,
}

/// The export read with quick-xml (a syntax error is the first rule broken).
fn parse(output: &[u8]) -> Result<Export, String> {
    let mut reader = Reader::from_reader(output);
    let mut buf = Vec::new();
    let mut export = Export::default();
    let mut path: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut meta_key: Option<String> = None;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("not well-formed XML: {e}"))?;
        match event {
            Event::Start(start) => {
                let name = qualified(&start);
                if path.is_empty() {
                    export.root = Some(name.clone());
                    for attribute in start.attributes().flatten() {
                        let key = attribute.key.as_ref().to_string();
                        let value = attribute.value.to_string();
                        if key == "version" {
                            export.version = Some(value);
                        } else {
                            export.namespaces.insert(key, value);
                        }
                    }
                }
                if name == "item" && path.len() == 2 {
                    export.items.push(Item::default());
                }
                if let Some(item) = export.items.last_mut().filter(|_| path.len() == 3) {
                    if name == "category" {
                        let attr = |wanted: &str| {
                            start
                                .attributes()
                                .flatten()
                                .find(|a| a.key.as_ref() == wanted)
                                .map(|a| a.value.to_string())
                                .unwrap_or_default()
                        };
                        item.nicenames.push((attr("domain"), attr("nicename")));
                    }
                    if name == "guid" {
                        item.guid_permalink = start
                            .attributes()
                            .flatten()
                            .find(|a| a.key.as_ref() == "isPermaLink")
                            .map(|a| a.value.to_string());
                    }
                }
                path.push(name);
                text.clear();
            }
            Event::Empty(start) => {
                let name = qualified(&start);
                end(&mut export, &path, name, String::new(), &mut meta_key)?;
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(t) => text.push_str(&t),
            Event::GeneralRef(reference) => match reference.resolve_char_ref() {
                Ok(Some(c)) => text.push(c),
                _ => text.push_str(
                    quick_xml::escape::resolve_predefined_entity(&reference).unwrap_or_default(),
                ),
            },
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                let value = std::mem::take(&mut text);
                end(&mut export, &path, name, value, &mut meta_key)?;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !path.is_empty() {
        return Err("unclosed elements".into());
    }
    Ok(export)
}

/// An element `name` below `path` ends, holding `value`.
fn end(
    export: &mut Export,
    path: &[String],
    name: String,
    value: String,
    meta_key: &mut Option<String>,
) -> Result<(), String> {
    match path {
        [_, channel] if channel == "channel" => {
            export.channel.entry(name).or_insert(value);
        }
        [_, channel, author]
            if channel == "channel" && author == "wp:author" && name == "wp:author_login" =>
        {
            export.logins.push(value);
        }
        [_, _, item] if item == "item" => {
            let item = export.items.last_mut().ok_or("no item")?;
            if name == "dc:creator" {
                item.creators.push(value.clone());
            }
            item.fields.entry(name).or_insert(value);
        }
        [_, _, item, meta] if item == "item" && meta == "wp:postmeta" => {
            let item = export.items.last_mut().ok_or("no item")?;
            match name.as_str() {
                "wp:meta_key" => *meta_key = Some(value),
                "wp:meta_value" if meta_key.as_deref() == Some("_thumbnail_id") => {
                    item.thumbnail = Some(value);
                }
                _ => {}
            }
        }
        _ => {}
    }
    Ok(())
}

fn qualified(start: &BytesStart<'_>) -> String {
    start.name().as_ref().to_string()
}

/// `YYYY-MM-DD HH:MM:SS`, a time that exists, or WordPress's zero date.
fn is_mysql_time(text: &str) -> bool {
    text == "0000-00-00 00:00:00"
        || (text.len() == 19 && NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").is_ok())
}

/// RFC 822 as RSS 2.0 writes it: `Wed, 02 Oct 2002 13:00:00 +0200`, the weekday the date's.
fn is_strict_rfc822(text: &str) -> bool {
    let shape = text.len() == 31
        && text.as_bytes().get(3) == Some(&b',')
        && matches!(text.as_bytes().get(26), Some(b'+' | b'-'));
    shape
        && DateTime::parse_from_rfc2822(text)
            .is_ok_and(|t| t.format("%a, %d %b %Y %H:%M:%S %z").to_string() == text)
}

/// A slug: lower-case ASCII letters, digits and `-`, or percent-encoded bytes (lower case).
fn is_slug(text: &str) -> bool {
    let mut bytes = text.bytes().peekable();
    if text.is_empty() || text.starts_with('-') || text.ends_with('-') {
        return false;
    }
    while let Some(b) = bytes.next() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' | b'-' => {}
            b'%' => {
                for _ in 0..2 {
                    if !bytes
                        .next()
                        .is_some_and(|h| h.is_ascii_digit() || (b'a'..=b'f').contains(&h))
                    {
                        return false;
                    }
                }
            }
            _ => return false,
        }
    }
    true
}

fn is_http_url(text: &str) -> bool {
    (text.starts_with("http://") || text.starts_with("https://"))
        && text.len() > "https://".len()
        && !text.contains(char::is_whitespace)
}

/// The rules `output`, a WXR of `written` articles, breaks.
fn broken_rules(output: &[u8], written: usize) -> Vec<String> {
    let export = match parse(output) {
        Ok(export) => export,
        Err(e) => return vec![e],
    };
    let mut broken = Vec::new();
    let mut rule = |ok: bool, what: String| {
        if !ok {
            broken.push(what);
        }
    };
    rule(
        export.root.as_deref() == Some("rss"),
        "the root is rss".into(),
    );
    rule(
        export.version.as_deref() == Some("2.0"),
        "rss version 2.0".into(),
    );
    for (prefix, uri) in NAMESPACES {
        rule(
            export.namespaces.get(prefix).map(String::as_str) == Some(uri),
            format!("{prefix} declared on the root"),
        );
    }
    for required in ["title", "link", "description"] {
        rule(
            export.channel.contains_key(required),
            format!("the channel has a {required}"),
        );
    }
    let version = export
        .channel
        .get("wp:wxr_version")
        .cloned()
        .unwrap_or_default();
    rule(
        version.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty() && !b.is_empty() && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        }),
        format!("wp:wxr_version is \\d+.\\d+: {version:?}"),
    );
    for url in ["wp:base_site_url", "wp:base_blog_url", "link"] {
        let value = export.channel.get(url).cloned().unwrap_or_default();
        rule(
            is_http_url(&value),
            format!("{url} is an http(s) URL: {value:?}"),
        );
    }
    for login in &export.logins {
        rule(
            !login.is_empty()
                && login
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            format!("a login WordPress takes: {login:?}"),
        );
    }
    let mut ids = HashSet::new();
    let mut posts = HashSet::new();
    let mut attachments = HashMap::new();
    for item in &export.items {
        let id = item.get("wp:post_id").unwrap_or_default();
        rule(
            !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && id != "0",
            format!("wp:post_id is a number: {id:?}"),
        );
        rule(
            ids.insert(id.to_string()),
            format!("wp:post_id {id} is unique"),
        );
        match item.get("wp:post_type") {
            Some("post") => {
                posts.insert(id.to_string());
            }
            Some("attachment") => {
                attachments.insert(
                    id.to_string(),
                    item.get("wp:post_parent").unwrap_or_default(),
                );
            }
            other => rule(false, format!("wp:post_type post or attachment: {other:?}")),
        }
    }
    let mut posts_written = 0;
    for item in &export.items {
        let id = item.get("wp:post_id").unwrap_or_default();
        let attachment = item.get("wp:post_type") == Some("attachment");
        let status = item.get("wp:status").unwrap_or_default();
        if attachment {
            rule(
                status == "inherit",
                format!("an attachment's status: {status:?}"),
            );
            let parent = item.get("wp:post_parent").unwrap_or_default();
            rule(
                posts.contains(parent),
                format!("attachment {id}'s parent {parent:?} is a post of the file"),
            );
            let url = item.get("wp:attachment_url").unwrap_or_default();
            rule(is_http_url(url), format!("attachment {id}'s URL: {url:?}"));
        } else {
            posts_written += 1;
            rule(
                POST_STATUSES.contains(&status),
                format!("post {id}'s status: {status:?}"),
            );
            rule(
                item.get("wp:post_parent") == Some("0"),
                format!("post {id} has no parent"),
            );
            let content = item.get("content:encoded").unwrap_or_default();
            rule(
                !content.contains('['),
                format!("post {id}'s content holds no shortcode"),
            );
            if let Some(thumbnail) = &item.thumbnail {
                rule(
                    attachments.get(thumbnail.as_str()) == Some(&id),
                    format!("post {id}'s thumbnail {thumbnail} is its attachment"),
                );
            }
        }
        for field in ["wp:post_date", "wp:post_modified"] {
            let value = item.get(field).unwrap_or_default();
            rule(is_mysql_time(value), format!("{field} {value:?}"));
            let gmt = format!("{field}_gmt");
            let value = item.get(&gmt).unwrap_or_default();
            // Empty: the offset is unknown (WordPress then takes the site's zone).
            rule(
                value.is_empty() || is_mysql_time(value),
                format!("{gmt} {value:?}"),
            );
        }
        if let Some(date) = item.get("pubDate") {
            rule(
                is_strict_rfc822(date),
                format!("pubDate is RFC 822: {date:?}"),
            );
        }
        rule(
            item.get("guid").is_some_and(|g| !g.trim().is_empty())
                && item.guid_permalink.as_deref() == Some("false"),
            format!("item {id} has a guid, no permalink"),
        );
        rule(
            item.get("title").is_some() || item.get("description").is_some(),
            format!("item {id} has a title or a description (RSS 2.0)"),
        );
        for creator in &item.creators {
            rule(
                export.logins.contains(creator),
                format!("dc:creator {creator:?} is a channel wp:author_login"),
            );
        }
        for (domain, nicename) in &item.nicenames {
            rule(
                matches!(domain.as_str(), "category" | "post_tag"),
                format!("category domain {domain:?}"),
            );
            rule(
                is_slug(nicename),
                format!("category nicename {nicename:?} is a slug"),
            );
        }
    }
    rule(
        posts_written == written,
        format!("{written} posts written, {posts_written} found"),
    );
    match feed_rs::parser::parse(output) {
        Err(e) => broken.push(format!("feed-rs: {e}")),
        Ok(feed) if feed.entries.len() != export.items.len() => broken.push(format!(
            "feed-rs: {} entries, {} items",
            feed.entries.len(),
            export.items.len()
        )),
        Ok(_) => {}
    }
    match detect(output, None) {
        Ok(Format::Wxr) => {}
        other => broken.push(format!("detected as {other:?}")),
    }
    match read(output, Format::Wxr) {
        Ok(back) if back.len() == written => {}
        Ok(back) => broken.push(format!("{written} written, {} read back", back.len())),
        Err(e) => broken.push(format!("does not read back: {e}")),
    }
    // Markup is escaped, in CDATA too: no script element stands in the file, whatever reads it.
    if String::from_utf8_lossy(output)
        .to_ascii_lowercase()
        .contains("<script")
    {
        broken.push("a <script in the file".into());
    }
    for finding in support::audit::findings("wxr", output) {
        broken.push(format!("audit: {finding}"));
    }
    broken
}

/// What writing a set of inputs gave: files written, articles, and the invalid ones.
#[derive(Default)]
struct Tally {
    files: usize,
    articles: usize,
    invalid: Vec<String>,
}

impl Tally {
    /// Writes the articles of `path` (read as `format`, else detected; unreadable files are
    /// not inputs) as one export and checks it.
    fn add(&mut self, path: &Path, format: Option<Format>) {
        let Ok(bytes) = std::fs::read(path) else {
            return;
        };
        let Some(format) = format.or_else(|| detect(&bytes, Some(path)).ok()) else {
            return;
        };
        let Ok(articles) = read(&bytes, format) else {
            return;
        };
        if articles.is_empty() {
            return;
        }
        self.check(&path.display().to_string(), &articles);
    }

    fn check(&mut self, name: &str, articles: &[Article]) {
        let output = match write(articles, Format::Wxr) {
            Ok(output) => output,
            Err(e) => {
                self.invalid.push(format!("{name}: not written: {e}"));
                return;
            }
        };
        self.files += 1;
        self.articles += articles.len();
        let broken = broken_rules(&output, articles.len());
        if !broken.is_empty() {
            self.invalid.push(format!("{name}: {}", broken.join("; ")));
        }
    }

    fn assert_valid(&self, what: &str) {
        eprintln!(
            "{what}: {} files, {} articles written as WXR, {} invalid",
            self.files,
            self.articles,
            self.invalid.len()
        );
        assert!(
            self.invalid.is_empty(),
            "{}",
            self.invalid
                .iter()
                .take(20)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

/// The files below `dir`, recursing, sorted, without notes (hidden files, Markdown, manifests,
/// the expected values of other tools).
fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.')
            || name.ends_with(".md")
            || name.ends_with(".expected.json")
            || name.ends_with(".tsv")
        {
            continue;
        }
        if path.is_dir() {
            files_below(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_fixture_written_as_wxr_breaks_no_rule() {
    let fixtures = support::root().join("fixtures");
    let mut tally = Tally::default();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.ends_with("golden"))
        .collect();
    folders.sort();
    for folder in folders {
        let mut files = Vec::new();
        files_below(&folder, &mut files);
        for file in files {
            tally.add(&file, None);
        }
    }
    assert!(tally.files >= 60, "only {} fixtures written", tally.files);
    tally.assert_valid("fixtures");
}

#[test]
fn every_readable_shared_input_written_as_wxr_breaks_no_rule() {
    let shared = support::root().join("..").join("shared");
    if !shared.is_dir() {
        eprintln!("skipped: ../shared is not there");
        return;
    }
    for folder in ["corpus", "textwire", "textwire3", "seed"] {
        let mut tally = Tally::default();
        let mut files = Vec::new();
        files_below(&shared.join(folder), &mut files);
        for file in files {
            tally.add(&file, None);
        }
        tally.assert_valid(&format!("../shared/{folder}"));
    }
}

/// The checks find what they are meant to: a hand-broken export breaks the rules it breaks.
#[test]
fn the_checks_see_broken_exports() {
    let good = write(
        &read(
            &std::fs::read(support::root().join("fixtures/json/en-every-field.json")).unwrap(),
            Format::Json,
        )
        .unwrap(),
        Format::Wxr,
    )
    .unwrap();
    assert_eq!(broken_rules(&good, 1), Vec::<String>::new());
    let text = String::from_utf8(good).unwrap();
    let broken = |from: &str, to: &str| {
        assert!(text.contains(from), "{from}");
        broken_rules(text.replacen(from, to, 1).as_bytes(), 1)
    };
    assert!(broken("<wp:wxr_version>1.2", "<wp:wxr_version>one").len() == 1);
    assert!(!broken("<wp:post_type>attachment", "<wp:post_type>page").is_empty());
    assert!(!broken("<wp:status>future", "<wp:status>scheduled").is_empty());
    assert!(!broken("<dc:creator>priya-natarajan", "<dc:creator>someone").is_empty());
    assert!(!broken("nicename=\"flooding\"", "nicename=\"Flooding\"").is_empty());
    assert!(!broken("<wp:post_date>2025", "<wp:post_date>25").is_empty());
    assert!(!broken("+0100</pubDate>", "GMT</pubDate>").is_empty());
    let post_id = text
        .split("<wp:post_id>")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_default();
    let parent = format!("<wp:post_parent>{post_id}<");
    assert!(!broken(&parent, "<wp:post_parent>1<").is_empty());
    assert!(!broken("<wp:post_parent>0", "<wp:post_parent>1").is_empty());
    let id = format!("<wp:post_id>{post_id}<");
    assert!(!broken(&id, "<wp:post_id>x<").is_empty());
    assert!(!broken("</channel>", "").is_empty());
    assert!(!broken("<p>", "<p>[gallery]").is_empty());
}
