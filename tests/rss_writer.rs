//! The RSS 2.0 writer's outputs, checked against the format's rules and by two feed parsers
//! newswire does not use: every fixture, hand-made articles (empty, hostile, undated), and
//! every readable file of `../shared` (`corpus`, `textwire`, `textwire3`, `seed`), each written
//! as one channel.
//!
//! The rules (RSS 2.0 at the RSS Advisory Board, the Media RSS 1.5.1 module, the Content and
//! Dublin Core modules), written out as checks ([`rule_violations`]):
//!
//! - well-formed XML whose root is `rss` with `version="2.0"`, holding exactly one `channel`
//!   with `title`, `link` and `description` (each once, not blank);
//! - only RSS 2.0's own elements in no namespace; every prefix used (`content`, `dc`, `media`,
//!   `atom`) declared, with its module's namespace;
//! - each item has a `title` or a `description`; its `pubDate` is strict RFC 822 (chrono's
//!   `parse_from_rfc2822`, the weekday matching the date) with a four-digit year; its `guid`
//!   has `isPermaLink`, and one that says `true` is an absolute http(s) URL; no two items have
//!   the same guid; `link` and `source/@url` are absolute http(s) URLs; `author` is an e-mail
//!   address; a `category/@domain` is not blank;
//! - `enclosure` has `url` (http(s)), `length` (a whole number above 0) and `type` (a media
//!   type), at most one per item (the RSS Board's profile);
//! - Media RSS: `media:content` and `media:thumbnail` have an http(s) `url`, whole numbers for
//!   `fileSize`, `width`, `height`, a number of seconds for `duration`, a `medium` Media RSS
//!   names; a `media:group` holds `media:content`s;
//! - `content:encoded` holds a well-formed XHTML fragment.
//!
//! The parsers: feed-rs reads every output with as many entries as items; the rss crate reads
//! it too, and its `Channel::validate` passes. That validation is stricter than the
//! specification in one place: a `category/@domain` must parse as a URL (RSS 2.0 says a
//! domain is any string naming a taxonomy). It checks that rule only on the channel's own
//! categories, which the writer writes none of; item categories (`medtop`, a QCode scheme)
//! are not validated by it, so nothing is excused.

pub mod support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use newswire::model::{Article, Block, Link, Timestamp};
use newswire::{Format, read, write};
use roxmltree::{Document, Node};
use rss::validation::Validate;

use support::samples::{article_with, plain_article};

const CONTENT_NS: &str = "http://purl.org/rss/1.0/modules/content/";
const DC_NS: &str = "http://purl.org/dc/elements/1.1/";
const MEDIA_NS: &str = "http://search.yahoo.com/mrss/";
const ATOM_NS: &str = "http://www.w3.org/2005/Atom";

/// The prefixes an output may use, and their namespaces.
const PREFIXES: [(&str, &str); 4] = [
    ("content", CONTENT_NS),
    ("dc", DC_NS),
    ("media", MEDIA_NS),
    ("atom", ATOM_NS),
];

/// RSS 2.0's channel elements.
const CHANNEL_ELEMENTS: [&str; 20] = [
    "title",
    "link",
    "description",
    "language",
    "copyright",
    "managingEditor",
    "webMaster",
    "pubDate",
    "lastBuildDate",
    "category",
    "generator",
    "docs",
    "cloud",
    "ttl",
    "image",
    "rating",
    "textInput",
    "skipHours",
    "skipDays",
    "item",
];

/// RSS 2.0's item elements.
const ITEM_ELEMENTS: [&str; 10] = [
    "title",
    "link",
    "description",
    "author",
    "category",
    "comments",
    "enclosure",
    "guid",
    "pubDate",
    "source",
];

/// Media RSS `medium` values.
const MEDIA_MEDIUMS: [&str; 5] = ["image", "audio", "video", "document", "executable"];

/// What each check found over the outputs.
#[derive(Default)]
struct Tally {
    documents: usize,
    items: usize,
    invalid: Vec<String>,
}

impl Tally {
    /// Writes `articles` as one channel and checks it.
    fn write_and_check(&mut self, what: &str, articles: &[Article]) {
        let output = write(articles, Format::Rss).unwrap_or_else(|e| panic!("{what}: {e}"));
        self.documents += 1;
        self.items += articles.len();
        let mut problems = rule_violations(&output, articles.len());
        problems.extend(parser_problems(&output, articles.len()));
        match read(&output, Format::Rss) {
            Ok(back) if back.len() == articles.len() => {}
            Ok(back) => problems.push(format!("newswire reads {} items back", back.len())),
            Err(e) => problems.push(format!("newswire does not read it back: {e}")),
        }
        let audit = support::audit::findings("rss", &output);
        problems.extend(audit.into_iter().map(|f| format!("audit: {f}")));
        if !problems.is_empty() {
            self.invalid.push(format!(
                "{what}: {problems:#?}\n{}",
                String::from_utf8_lossy(&output)
            ));
        }
    }

    fn assert_valid(&self, what: &str) {
        eprintln!(
            "rss: {what}: {} documents, {} items written; {} invalid",
            self.documents,
            self.items,
            self.invalid.len()
        );
        assert!(self.invalid.is_empty(), "{}", self.invalid.join("\n\n"));
    }
}

/// What in `output`, a channel of `items` items, breaks the rules (see the module docs).
fn rule_violations(output: &[u8], items: usize) -> Vec<String> {
    let mut problems = Vec::new();
    let text = match std::str::from_utf8(output) {
        Ok(text) => text,
        Err(e) => return vec![format!("not UTF-8: {e}")],
    };
    // roxmltree refuses a prefix that is not declared.
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => return vec![format!("not well-formed XML: {e}")],
    };
    let root = doc.root_element();
    if root.tag_name().name() != "rss" || root.tag_name().namespace().is_some() {
        problems.push(format!("the root is {:?}", root.tag_name()));
    }
    if root.attribute("version") != Some("2.0") {
        problems.push(format!("rss/@version is {:?}", root.attribute("version")));
    }
    for node in root.descendants().filter(Node::is_element) {
        namespaces(node, &mut problems);
    }
    let channels: Vec<Node<'_, '_>> = children(root, None, "channel").collect();
    let [channel] = channels.as_slice() else {
        problems.push(format!("{} channels", channels.len()));
        return problems;
    };
    for name in ["title", "link", "description"] {
        let found: Vec<Node<'_, '_>> = children(*channel, None, name).collect();
        match found.as_slice() {
            [one] if !text_of(*one).trim().is_empty() => {}
            _ => problems.push(format!("channel/{name}: {} (required once)", found.len())),
        }
    }
    for child in channel.children().filter(Node::is_element) {
        if child.tag_name().namespace().is_none()
            && !CHANNEL_ELEMENTS.contains(&child.tag_name().name())
        {
            problems.push(format!(
                "channel/{} is no RSS 2.0 element",
                child.tag_name().name()
            ));
        }
    }
    let item_nodes: Vec<Node<'_, '_>> = children(*channel, None, "item").collect();
    if item_nodes.len() != items {
        problems.push(format!("{} items for {items} articles", item_nodes.len()));
    }
    let mut guids = HashSet::new();
    for (place, item) in item_nodes.into_iter().enumerate() {
        item_rules(item, &mut guids, &mut problems);
        if problems.len() > 20 {
            problems.push(format!("(stopped at item {})", place + 1));
            break;
        }
    }
    problems
}

/// An element's namespace is its prefix's module's (or none, for RSS's own).
fn namespaces(node: Node<'_, '_>, problems: &mut Vec<String>) {
    let Some(namespace) = node.tag_name().namespace() else {
        return;
    };
    if !PREFIXES.iter().any(|(_, ns)| *ns == namespace) {
        problems.push(format!(
            "{} in namespace {namespace}",
            node.tag_name().name()
        ));
    }
    // The prefix the output wrote is the module's usual one, bound to its namespace.
    if let Some(prefix) = node.lookup_prefix(namespace)
        && !PREFIXES.contains(&(prefix, namespace))
    {
        problems.push(format!("prefix {prefix} for {namespace}"));
    }
}

fn item_rules(item: Node<'_, '_>, guids: &mut HashSet<String>, problems: &mut Vec<String>) {
    let one = |name: &'static str| children(item, None, name).next();
    let has_text = |name: &'static str| one(name).is_some_and(|n| !text_of(n).trim().is_empty());
    if !has_text("title") && !has_text("description") {
        problems.push("an item with neither title nor description".to_string());
    }
    for child in item.children().filter(Node::is_element) {
        let name = child.tag_name().name();
        match child.tag_name().namespace() {
            None if !ITEM_ELEMENTS.contains(&name) => {
                problems.push(format!("item/{name} is no RSS 2.0 element"));
            }
            Some(CONTENT_NS) if name != "encoded" => problems.push(format!("content:{name}")),
            Some(DC_NS) if !["creator", "contributor", "language", "rights"].contains(&name) => {
                problems.push(format!("dc:{name} is not written"));
            }
            _ => {}
        }
    }
    for name in ["title", "link", "description", "guid", "pubDate", "source"] {
        if children(item, None, name).count() > 1 {
            problems.push(format!("item/{name} more than once"));
        }
    }
    if let Some(date) = one("pubDate") {
        let text = text_of(date);
        if !is_strict_rfc822(&text) {
            problems.push(format!("pubDate {text:?} is not strict RFC 822"));
        }
    }
    match one("guid") {
        None => problems.push("an item without guid".to_string()),
        Some(guid) => {
            let text = text_of(guid);
            match guid.attribute("isPermaLink") {
                Some("true") if !is_http_url(&text) => {
                    problems.push(format!("a permalink guid {text:?} is no http(s) URL"));
                }
                Some("true" | "false") => {}
                other => problems.push(format!("guid/@isPermaLink is {other:?}")),
            }
            if text.trim().is_empty() || !guids.insert(text.clone()) {
                problems.push(format!("guid {text:?} blank or repeated"));
            }
        }
    }
    if let Some(link) = one("link")
        && !is_http_url(&text_of(link))
    {
        problems.push(format!("link {:?} is no http(s) URL", text_of(link)));
    }
    if let Some(source) = one("source")
        && !source.attribute("url").is_some_and(is_http_url)
    {
        problems.push(format!("source/@url is {:?}", source.attribute("url")));
    }
    for author in children(item, None, "author") {
        let text = text_of(author);
        let address = text.split(" (").next().unwrap_or_default();
        if !address.contains('@') || address.contains(char::is_whitespace) {
            problems.push(format!("author {text:?} is no e-mail address"));
        }
    }
    for category in children(item, None, "category") {
        if text_of(category).trim().is_empty()
            || category
                .attribute("domain")
                .is_some_and(|d| d.trim().is_empty())
        {
            problems.push("a blank category or domain".to_string());
        }
    }
    let enclosures: Vec<Node<'_, '_>> = children(item, None, "enclosure").collect();
    if enclosures.len() > 1 {
        problems.push(format!("{} enclosures", enclosures.len()));
    }
    for enclosure in enclosures {
        let url = enclosure.attribute("url").is_some_and(is_http_url);
        let length = enclosure
            .attribute("length")
            .and_then(|l| l.parse::<u64>().ok())
            .is_some_and(|l| l > 0);
        let media_type = enclosure.attribute("type").is_some_and(is_media_type);
        if !(url && length && media_type) {
            problems.push(format!(
                "enclosure {:?}",
                enclosure.attributes().collect::<Vec<_>>()
            ));
        }
    }
    for node in item
        .descendants()
        .filter(|n| n.tag_name().namespace() == Some(MEDIA_NS))
    {
        media_rules(node, problems);
    }
    if let Some(encoded) = children(item, Some(CONTENT_NS), "encoded").next() {
        let fragment = format!("<div>{}</div>", text_of(encoded));
        if let Err(e) = Document::parse(&fragment) {
            problems.push(format!("content:encoded is no XHTML fragment: {e}"));
        }
    }
    if let Some(language) = children(item, Some(DC_NS), "language").next() {
        let tag = text_of(language);
        let well_formed = tag.split('-').enumerate().all(|(i, sub)| {
            (1..=8).contains(&sub.len())
                && sub
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || (i > 0 && b.is_ascii_digit()))
        });
        if !well_formed {
            problems.push(format!("dc:language {tag:?}"));
        }
    }
}

fn media_rules(node: Node<'_, '_>, problems: &mut Vec<String>) {
    let name = node.tag_name().name();
    let number = |attribute: &str| {
        node.attribute(attribute)
            .is_none_or(|v| v.parse::<u64>().is_ok())
    };
    match name {
        "content" | "thumbnail" => {
            if !node.attribute("url").is_some_and(is_http_url) {
                problems.push(format!("media:{name} without an http(s) url"));
            }
            if !(number("fileSize") && number("width") && number("height")) {
                problems.push(format!(
                    "media:{name} sizes {:?}",
                    node.attributes().collect::<Vec<_>>()
                ));
            }
            let duration = node
                .attribute("duration")
                .is_none_or(|d| d.parse::<f64>().is_ok_and(|s| s >= 0.0 && s.is_finite()));
            let medium = node
                .attribute("medium")
                .is_none_or(|m| MEDIA_MEDIUMS.contains(&m));
            let media_type = node.attribute("type").is_none_or(is_media_type);
            if !(duration && medium && media_type) {
                problems.push(format!(
                    "media:{name} {:?}",
                    node.attributes().collect::<Vec<_>>()
                ));
            }
        }
        "group" => {
            if children(node, Some(MEDIA_NS), "content").next().is_none() {
                problems.push("a media:group without media:content".to_string());
            }
        }
        "title" | "description" | "credit" => {}
        other => problems.push(format!("media:{other} is not written")),
    }
}

/// The child elements of `node` named `name` in `namespace`.
fn children<'a, 'input: 'a>(
    node: Node<'a, 'input>,
    namespace: Option<&'a str>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
        .filter(move |n| n.tag_name().namespace() == namespace)
}

fn text_of(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

fn is_http_url(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !text.contains(char::is_whitespace)
    })
}

fn is_media_type(text: &str) -> bool {
    text.split_once('/')
        .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
        && text.chars().all(|c| c.is_ascii_graphic())
}

/// `Sat, 14 Jun 2025 06:00:00 +0100`: what chrono's RFC 2822 parser reads (the weekday
/// matching the date), in the form RSS readers expect: a four-digit year, seconds, a numeric
/// offset.
fn is_strict_rfc822(text: &str) -> bool {
    let parts: Vec<&str> = text.split(' ').collect();
    let [weekday, day, month, year, time, offset] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    weekday.len() == 4
        && weekday.ends_with(',')
        && digits(day, 2)
        && month.len() == 3
        && digits(year, 4)
        && time.len() == 8
        && time.split(':').all(|p| digits(p, 2))
        && offset.len() == 5
        && offset.starts_with(['+', '-'])
        && digits(&offset[1..], 4)
        && chrono::DateTime::parse_from_rfc2822(text).is_ok()
}

/// What the two feed parsers say of `output`.
fn parser_problems(output: &[u8], items: usize) -> Vec<String> {
    let mut problems = Vec::new();
    match feed_rs::parser::parse(output) {
        Ok(feed) if feed.entries.len() == items => {}
        Ok(feed) => problems.push(format!("feed-rs reads {} entries", feed.entries.len())),
        Err(e) => problems.push(format!("feed-rs: {e}")),
    }
    match rss::Channel::read_from(output) {
        Ok(channel) => {
            if channel.items().len() != items {
                problems.push(format!("rss reads {} items", channel.items().len()));
            }
            // Stricter than RSS 2.0 only on channel categories (a domain must be a URL),
            // which the writer writes none of: nothing to excuse.
            if let Err(e) = channel.validate() {
                problems.push(format!("rss validation: {e}"));
            }
        }
        Err(e) => problems.push(format!("rss: {e}")),
    }
    problems
}

/// Every file under `fixtures/` (the golden outputs aside) that newswire reads.
fn fixture_inputs() -> Vec<(PathBuf, Vec<Article>)> {
    let fixtures = support::root().join("fixtures");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    folders.retain(|p| p.is_dir() && !p.ends_with("golden"));
    folders.sort();
    folders
        .iter()
        .flat_map(|folder| readable_files(folder))
        .collect()
}

/// The files of `dir` (its folders too) that newswire detects and reads, with their articles;
/// notes, manifests and expectation files left out.
fn readable_files(dir: &Path) -> Vec<(PathBuf, Vec<Article>)> {
    let mut paths = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for path in support::corpus_files(&folder) {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".expected.json") && !name.ends_with(".tsv") {
                paths.push(path);
            }
        }
        if let Ok(entries) = std::fs::read_dir(&folder) {
            folders.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
        }
    }
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let format = newswire::detect(&bytes, Some(&path)).ok()?;
            let articles = read(&bytes, format).ok()?;
            (!articles.is_empty()).then_some((path, articles))
        })
        .collect()
}

#[test]
fn every_fixture_writes_valid_rss() {
    let mut tally = Tally::default();
    let inputs = fixture_inputs();
    assert!(inputs.len() > 40, "only {} fixtures", inputs.len());
    for (path, articles) in &inputs {
        let what = path.display().to_string();
        tally.write_and_check(&what, articles);
        if articles.len() > 1 {
            tally.write_and_check(&format!("{what} (first alone)"), &articles[..1]);
        }
    }
    tally.assert_valid("fixtures");
}

/// Articles that test the writer's strictness: nothing at all, every field hostile (script
/// and CDATA ends, control characters, script and data URLs, credentials), times without an
/// offset or beyond RFC 822's years, a body only, a description only, huge values.
fn hard_articles() -> Vec<(String, Article)> {
    let mut out = vec![
        ("empty".to_string(), Article::default()),
        ("plain".to_string(), plain_article()),
    ];
    for value in [
        "</script><script>alert(1)</script> ]]> <!-- x --> <![CDATA[ & \"q\" 'a'",
        "javascript:alert(1)",
        "java\u{1}script:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://user:pass@x.example/p",
        "a\u{0}b\u{b}c\u{fffe}d\u{ffff}e\r\nf",
        "relative/path.jpg",
        " ",
    ] {
        out.push((
            format!("every field {value:?}"),
            article_with(|_| value.to_string()),
        ));
        out.push((
            format!("every field named, then {value:?}"),
            article_with(|field| format!("{field} {value}")),
        ));
    }
    let mut undated = plain_article();
    undated.created = Timestamp::parse("2024-01-15T14:05:00");
    undated.modified = Timestamp::parse("0099-01-15T14:05:00Z");
    undated.published = Timestamp::parse("2024-01-15T14:05:00.5+05:30:15");
    out.push(("undated".to_string(), undated));
    let mut body_only = Article::default();
    body_only.body = vec![Block::paragraph("A body and nothing else.")];
    out.push(("body only".to_string(), body_only));
    let mut description_only = Article::default();
    description_only.description = Some("A summary and nothing else.".to_string());
    out.push(("description only".to_string(), description_only));
    let mut huge = plain_article();
    huge.headline = Some("word ".repeat(20_000));
    huge.links = (0..50)
        .map(|i| {
            let mut link = Link::new(format!("https://x.example/{i}.jpg")).with_rel("enclosure");
            link.media_type = Some("image/jpeg".into());
            link
        })
        .collect();
    out.push(("huge".to_string(), huge));
    out
}

#[test]
fn hard_articles_write_valid_rss() {
    let mut tally = Tally::default();
    let articles = hard_articles();
    for (what, article) in &articles {
        tally.write_and_check(what, std::slice::from_ref(article));
    }
    let all: Vec<Article> = articles.into_iter().map(|(_, a)| a).collect();
    tally.write_and_check("all in one channel", &all);
    tally.assert_valid("hand-made articles");
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_readable_shared_input_writes_valid_rss() {
    let shared = support::shared();
    let mut tally = Tally::default();
    for folder in ["corpus", "textwire", "textwire3", "seed"] {
        let inputs = readable_files(&shared.join(folder));
        assert!(!inputs.is_empty(), "nothing read in ../shared/{folder}");
        for (path, articles) in &inputs {
            tally.write_and_check(&path.display().to_string(), articles);
        }
        eprintln!("rss: ../shared/{folder}: {} readable files", inputs.len());
    }
    tally.assert_valid("../shared");
}
