//! What in an output could run or be followed, found by generic parsers (quick-xml's reader,
//! serde_json, html5ever's tokenizer) that share no code with newswire's writers or its safety
//! pass: the independent check of the tests (`tests/adversarial.rs`) and the fuzz targets
//! (`fuzz/src/lib.rs` includes this file).
//!
//! An output is unsafe when it holds
//! - an element that runs or embeds something (`script`, `iframe`, `object`, ...);
//! - an event-handler attribute (`onerror=`);
//! - in any attribute but the prose ones (`title`, `label`, `alt`), in the text of an element
//!   that is an identifier or a link (Atom `id`, `uri`, `icon`, `logo`), or in a JSON value that
//!   is one (`@id`, `url`, `href`, `uri`, `literal`, ...), a value whose scheme is `javascript`,
//!   `vbscript`, `data` or `file`, or a URL with a user name or password.
//!
//! A WordPress export (`wxr`) holds HTML as text: its HTML fields (`content:encoded`,
//! `excerpt:encoded`, titles, term names) are checked as markup, and its links (`link`, `guid`,
//! `wp:attachment_url`, the site's address) as links.
//!
//! Prose is not checked: "JavaScript: a guide" is a fine headline.
//!
//! An HTML page (the `html` writer's) is read as a browser's tokenizer reads it, and is unsafe
//! when it holds any of the above, a `meta` refresh, a link or picture URL in a `meta`'s
//! content, or any script element but one: `<script type="application/ld+json">`, data a
//! browser does not run, whose text must be JSON that holds nothing unsafe either (and no
//! `<!--`, which would change how the element ends).

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// Elements that run or embed something, in any namespace.
const ACTIVE_ELEMENTS: [&str; 12] = [
    "script", "iframe", "object", "embed", "applet", "frame", "frameset", "style", "base", "form",
    "svg", "math",
];

/// Attributes that are prose, not identifiers or links (NITF keeps notes and usage terms in
/// `ed-msg/@info` and `doc.rights/@limitations`).
const PROSE_ATTRIBUTES: [&str; 5] = ["title", "label", "alt", "info", "limitations"];

/// Elements whose text is an identifier or a link (RSS `link` and `guid`, a sitemap's `loc`).
const IDENTIFIER_ELEMENTS: [&str; 7] = ["id", "uri", "icon", "logo", "link", "guid", "loc"];

/// Elements whose text is escaped markup (RSS `content:encoded` and `description`): checked as
/// a markup fragment.
const ESCAPED_MARKUP_ELEMENTS: [&str; 2] = ["encoded", "description"];

/// JSON keys whose values are identifiers, links or terms.
const IDENTIFIER_KEYS: [&str; 20] = [
    "@id",
    "id",
    "identifier",
    "url",
    "href",
    "uri",
    "sameAs",
    "contentUrl",
    "embedUrl",
    "thumbnailUrl",
    "scheme",
    "code",
    "qcode",
    "literal",
    "rel",
    "role",
    "contentType",
    "contenttype",
    "mimetype",
    "keywords",
];

/// JSON keys whose values are data about the input, not content (newswire JSON's warnings
/// quote the values the safety pass dropped).
const DATA_KEYS: [&str; 2] = ["warnings", "extensions"];

/// JSON keys whose string value is a markup fragment (ninjs 1.x bodies); a `value` is one when
/// its object's content type is HTML or XML (ninjs 2.x and 3.x bodies).
const MARKUP_KEYS: [&str; 2] = ["body_html", "body_xhtml"];

/// The schemes no identifier, link or term may have.
const UNSAFE_SCHEMES: [&str; 4] = ["javascript", "vbscript", "data", "file"];

/// Why `value` is unsafe as an identifier or link, if it is: its scheme, as the most lenient
/// consumer would read it (the characters before the first colon, keeping only letters, digits,
/// `+`, `-` and `.`, lower case), is unsafe, or it carries credentials (`//user:pass@host`).
pub fn unsafe_value(value: &str) -> Option<String> {
    if let Some((before, _)) = value.split_once(':') {
        let scheme: String = before
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if UNSAFE_SCHEMES.contains(&scheme.as_str()) {
            return Some(format!("a {scheme}: value {value:?}"));
        }
    }
    // An authority as a browser finds one: after the first `//` (or `\\`) behind nothing or a
    // scheme and its colon (whitespace and controls ignored), up to `/`, `?`, `#` or `\`.
    let start = value.find("//").into_iter().chain(value.find("\\\\")).min();
    if let Some(start) = start {
        let before: String = value[..start]
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect();
        let is_scheme = |s: &str| {
            s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        };
        let authority = &value[start + 2..];
        let end = authority
            .find(['/', '?', '#', '\\'])
            .unwrap_or(authority.len());
        let is_authority = before.is_empty() || before.strip_suffix(':').is_some_and(is_scheme);
        if is_authority && authority[..end].contains('@') {
            return Some(format!("credentials in {value:?}"));
        }
    }
    None
}

/// What is unsafe in `output`, an output of `format` (a format name: `newsml-g2`, `atom`,
/// `nitf`, `rss` (its escaped HTML checked as markup), `wxr`, `json`, `jsonld`, `ninjs`; text
/// and teletype formats print prose only, and hold nothing to check). Empty when the output is
/// safe.
pub fn findings(format: &str, output: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    match format {
        "newsml-g2" | "atom" | "nitf" | "news-sitemap" => xml(output, false, &mut found),
        "rss" => xml(output, true, &mut found),
        "wxr" => {
            xml(output, false, &mut found);
            wxr(output, &mut found);
        }
        "json" | "jsonld" | "ninjs" => match serde_json::from_slice(output) {
            Ok(value) => json(&value, None, &mut found),
            Err(e) => found.push(format!("not JSON: {e}")),
        },
        "html" => html(output, &mut found),
        _ => {}
    }
    found
}

/// An XML output; `escaped_markup` when the text of `description` and `content:encoded` is
/// markup (RSS).
fn xml(output: &[u8], escaped_markup: bool, found: &mut Vec<String>) {
    let mut reader = Reader::from_reader(output);
    let mut buf = Vec::new();
    // The identifier or escaped-markup element being read, and its text so far (references
    // resolved).
    let mut identifier: Option<(String, String)> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(start)) => {
                element(&start, found);
                let name = local_name(&start);
                identifier = (IDENTIFIER_ELEMENTS.contains(&name.as_str())
                    || (escaped_markup && ESCAPED_MARKUP_ELEMENTS.contains(&name.as_str())))
                .then(|| (name, String::new()));
            }
            Ok(Event::Empty(start)) => element(&start, found),
            Ok(Event::Text(text)) => {
                if let Some((_, value)) = &mut identifier {
                    value.push_str(&text.xml10_content());
                }
            }
            Ok(Event::GeneralRef(reference)) => {
                if let Some((_, value)) = &mut identifier {
                    push_reference(&reference, value);
                }
            }
            Ok(Event::End(_)) => match identifier.take() {
                Some((name, value)) if ESCAPED_MARKUP_ELEMENTS.contains(&name.as_str()) => {
                    markup(&value, found);
                }
                Some((name, value)) => {
                    if let Some(why) = unsafe_value(&value) {
                        found.push(format!("<{name}>: {why}"));
                    }
                }
                None => {}
            },
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                found.push(format!("not well-formed XML: {e}"));
                break;
            }
        }
        buf.clear();
    }
}

/// What the tokenizer gives of an HTML page, checked as it comes.
#[derive(Default)]
struct HtmlAudit {
    found: RefCell<Vec<String>>,
    /// The text of the JSON-LD script element being read.
    json_ld: RefCell<Option<String>>,
    /// How many JSON-LD script elements there were.
    json_lds: RefCell<usize>,
}

/// The `meta` names and properties whose content is a URL (Open Graph's, Twitter's).
fn is_url_meta(name: &str) -> bool {
    name.ends_with("url") || name.ends_with("image") || name.ends_with(":secure_url")
}

impl HtmlAudit {
    fn start(&self, tag: &Tag) -> TokenSinkResult<()> {
        let name = tag.name.to_string().to_ascii_lowercase();
        let mut found = self.found.borrow_mut();
        let value_of = |key: &str| {
            tag.attrs
                .iter()
                .find(|a| a.name.local.to_string().eq_ignore_ascii_case(key))
                .map(|a| a.value.to_ascii_lowercase())
        };
        let json_ld = name == "script"
            && tag.attrs.len() == 1
            && value_of("type").as_deref() == Some("application/ld+json");
        if json_ld {
            *self.json_lds.borrow_mut() += 1;
            *self.json_ld.borrow_mut() = Some(String::new());
        } else if ACTIVE_ELEMENTS.contains(&name.as_str()) {
            found.push(format!("a <{name}> element"));
        }
        let url_meta = name == "meta"
            && (value_of("http-equiv").is_some_and(|v| v.trim() == "refresh")
                || value_of("property")
                    .or_else(|| value_of("name"))
                    .is_some_and(|v| is_url_meta(&v)));
        if name == "meta" && value_of("http-equiv").is_some_and(|v| v.trim() == "refresh") {
            found.push("a <meta http-equiv=\"refresh\">".to_string());
        }
        for attribute in &tag.attrs {
            let key = attribute.name.local.to_string().to_ascii_lowercase();
            let value: &str = &attribute.value;
            if key.len() > 2
                && key.starts_with("on")
                && key[2..].bytes().all(|b| b.is_ascii_alphabetic())
            {
                found.push(format!("an event handler {key}= on <{name}>"));
            }
            // A meta's content is prose (a headline, a description) unless it is a URL.
            let prose = PROSE_ATTRIBUTES.contains(&key.as_str())
                || (name == "meta" && key == "content" && !url_meta);
            if prose {
                continue;
            }
            if let Some(why) = unsafe_value(value) {
                found.push(format!("<{name} {key}=...>: {why}"));
            }
        }
        // The tokenizer's state after the tag, as the tree builder sets it in an HTML document.
        match name.as_str() {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }

    /// The end of the JSON-LD script element: its text must be JSON holding nothing unsafe.
    fn end_json_ld(&self) {
        let Some(text) = self.json_ld.borrow_mut().take() else {
            return;
        };
        let mut found = self.found.borrow_mut();
        if text.contains("<!--") {
            found.push("<!-- in the JSON-LD script element".to_string());
        }
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(value) => json(&value, None, &mut found),
            Err(e) => found.push(format!("the JSON-LD script element holds no JSON: {e}")),
        }
    }
}

impl TokenSink for HtmlAudit {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => return self.start(&tag),
            Token::TagToken(tag) if tag.name.to_string().eq_ignore_ascii_case("script") => {
                self.end_json_ld();
            }
            Token::CharacterTokens(text) => {
                if let Some(json_ld) = self.json_ld.borrow_mut().as_mut() {
                    json_ld.push_str(&text);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// An HTML page, read by html5ever's tokenizer (see the module docs).
fn html(output: &[u8], found: &mut Vec<String>) {
    let text = String::from_utf8_lossy(output);
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from(text.as_ref()));
    let tokenizer = Tokenizer::new(HtmlAudit::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    let audit = tokenizer.sink;
    found.extend(audit.found.into_inner());
    let json_lds = audit.json_lds.into_inner();
    if json_lds > 1 {
        found.push(format!("{json_lds} JSON-LD script elements"));
    }
}

/// The character a character or predefined entity reference stands for, pushed on `value`
/// (nothing for another entity: the writers write none).
fn push_reference(reference: &quick_xml::events::BytesRef<'_>, value: &mut String) {
    match reference.resolve_char_ref() {
        Ok(Some(c)) => value.push(c),
        _ => value
            .push_str(quick_xml::escape::resolve_predefined_entity(reference).unwrap_or_default()),
    }
}

/// WXR elements whose text is a link, beyond the identifier elements every XML output's audit
/// checks (`link`, `guid`).
const WXR_LINKS: [&str; 3] = ["attachment_url", "base_site_url", "base_blog_url"];

/// WXR elements whose text WordPress shows as HTML (`content:encoded`, `excerpt:encoded`, a
/// title, a term's name): checked as markup.
const WXR_HTML: [&str; 3] = ["encoded", "title", "category"];

/// A WordPress export's HTML fields (text or CDATA) as markup, and its links.
fn wxr(output: &[u8], found: &mut Vec<String>) {
    let mut reader = Reader::from_reader(output);
    let mut buf = Vec::new();
    let mut open: Option<(String, String)> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(start)) => {
                let name = local_name(&start);
                open = (WXR_LINKS.contains(&name.as_str()) || WXR_HTML.contains(&name.as_str()))
                    .then(|| (name, String::new()));
            }
            Ok(Event::Text(text)) => {
                if let Some((_, value)) = &mut open {
                    value.push_str(&text.xml10_content());
                }
            }
            Ok(Event::CData(text)) => {
                if let Some((_, value)) = &mut open {
                    value.push_str(&text);
                }
            }
            Ok(Event::GeneralRef(reference)) => {
                if let Some((_, value)) = &mut open {
                    push_reference(&reference, value);
                }
            }
            Ok(Event::End(_)) => {
                if let Some((name, value)) = open.take() {
                    if WXR_HTML.contains(&name.as_str()) {
                        markup(&value, found);
                    } else if let Some(why) = unsafe_value(&value) {
                        found.push(format!("<{name}>: {why}"));
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
        buf.clear();
    }
}

fn local_name(start: &BytesStart<'_>) -> String {
    start.local_name().as_ref().to_ascii_lowercase()
}

fn element(start: &BytesStart<'_>, found: &mut Vec<String>) {
    let name = local_name(start);
    if ACTIVE_ELEMENTS.contains(&name.as_str()) {
        found.push(format!("a <{name}> element"));
    }
    for attribute in start.attributes().with_checks(false).flatten() {
        let key = attribute.key.local_name().as_ref().to_ascii_lowercase();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| attribute.value.to_string());
        if key.len() > 2
            && key.starts_with("on")
            && key[2..].bytes().all(|b| b.is_ascii_alphabetic())
        {
            found.push(format!("an event handler {key}= on <{name}>"));
        }
        if PROSE_ATTRIBUTES.contains(&key.as_str()) {
            continue;
        }
        if let Some(why) = unsafe_value(&value) {
            found.push(format!("<{name} {key}=...>: {why}"));
        }
    }
}

fn json(value: &serde_json::Value, key: Option<&str>, found: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => {
            let Some(key) = key else { return };
            if IDENTIFIER_KEYS.contains(&key) {
                if let Some(why) = unsafe_value(text) {
                    found.push(format!("\"{key}\": {why}"));
                }
            } else if MARKUP_KEYS.contains(&key) {
                markup(text, found);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                json(item, key, found);
            }
        }
        serde_json::Value::Object(map) => {
            let content_type = map
                .get("contentType")
                .or_else(|| map.get("contenttype"))
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_ascii_lowercase();
            for (name, inner) in map {
                if name == "value"
                    && (content_type.contains("html") || content_type.contains("xml"))
                    && let Some(text) = inner.as_str()
                {
                    markup(text, found);
                } else if !DATA_KEYS.contains(&name.as_str()) {
                    json(inner, Some(name), found);
                }
            }
        }
        _ => {}
    }
}

/// A markup fragment held in a JSON string, checked as XML (the writers write XHTML there).
fn markup(text: &str, found: &mut Vec<String>) {
    let mut fragment = b"<div>".to_vec();
    fragment.extend_from_slice(text.as_bytes());
    fragment.extend_from_slice(b"</div>");
    xml(&fragment, false, found);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_sees_what_runs_and_not_prose() {
        for bad in [
            "javascript:alert(1)",
            "java\u{ffff}script:x",
            "\u{feff}JavaScript:x",
            "data:text/html,x",
            "file:///etc/passwd",
            "https://user:pass@x.example/",
        ] {
            assert!(unsafe_value(bad).is_some(), "{bad:?}");
        }
        for good in [
            "https://x.example/a@b",
            "urn:x:1",
            "mailto:a@b.example",
            "Best Practices in JavaScript: Typüberprüfungen",
        ] {
            assert!(unsafe_value(good).is_none(), "{good:?}");
        }
        let atom = br#"<entry><id>javascript:x</id><title>JavaScript: a guide</title><link href="data:,x" title="javascript:ok"/><content type="xhtml"><div><img src="x" onerror="y"/></div></content></entry>"#;
        assert_eq!(
            findings("atom", atom).len(),
            3,
            "{:?}",
            findings("atom", atom)
        );
        let rss = br#"<rss><channel><item><link>javascript:x</link><guid>urn:x</guid><description>&lt;p&gt;JavaScript: a guide&lt;/p&gt;</description><content:encoded xmlns:content="c">&lt;p&gt;&lt;a href="vbscript:x"&gt;y&lt;/a&gt;&lt;/p&gt;&lt;script/&gt;</content:encoded></item></channel></rss>"#;
        assert_eq!(findings("rss", rss).len(), 3, "{:?}", findings("rss", rss));
        let wxr = br#"<rss><channel><item><title><![CDATA[A &lt;script&gt; guide]]></title><guid>javascript:x</guid><content:encoded><![CDATA[<p>x</p><script>alert(1)</script>]]></content:encoded><excerpt:encoded>&lt;img src="x" onerror="y"/&gt;</excerpt:encoded></item></channel></rss>"#;
        assert_eq!(findings("wxr", wxr).len(), 3, "{:?}", findings("wxr", wxr));
        let ninjs = br#"{"uri": "urn:x", "headlines": [{"value": "<javascript: a guide"}], "bodies": [{"contentType": "application/xhtml+xml", "value": "<p><a href=\"vbscript:x\">y</a></p>"}], "warnings": [{"raw": "javascript:x"}]}"#;
        assert_eq!(
            findings("ninjs", ninjs).len(),
            1,
            "{:?}",
            findings("ninjs", ninjs)
        );
        // A page: its one JSON-LD script is data; prose in a meta is prose.
        let page = br#"<!DOCTYPE html><html><head><title>JavaScript: a guide</title><meta property="og:title" content="javascript: a guide"><script type="application/ld+json">{"headline": "javascript:x", "url": "https://x.example/"}</script></head><body><p>javascript:alert(1)</p></body></html>"#;
        assert_eq!(findings("html", page), Vec::<String>::new());
        let bad = br#"<!DOCTYPE html><html><head><meta property="og:image" content="javascript:x"><meta http-equiv="refresh" content="0"><script type="application/ld+json">{"url": "data:,x"}</script><script type="application/ld+json">{}</script><SCRIPT>alert(1)</SCRIPT><title><script>x</script></title></head><body><a href=" javascript:x">a</a><img src=x onerror=y><textarea><img onerror=z></textarea><svg onload=w></svg></body></html>"#;
        // og:image, the refresh, the JSON-LD url, the second JSON-LD element, the script, the
        // link, the handler, the svg and its handler; not the "elements" in the title and the
        // textarea (text there).
        let found = findings("html", bad);
        assert_eq!(found.len(), 9, "{found:?}");
    }
}
