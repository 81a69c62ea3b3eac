//! Headlines, descriptions and bodies: the text values that come in several renditions
//! (`headlines[]`, `bodies[]`, `descriptions[]` in 2.x and 3.x; `headline_*`, `body_*`,
//! `description_*` in 1.x), each with a role and a content type.

use crate::formats::budget;
use crate::html::html_body;
use crate::model::{Block, Inline, RoledText, Warning, into_canonical_body};
use crate::xml::{XHTML_NS, parse, read_body};

use super::super::values::{long, short};

/// One rendition of a text: its role, content type and value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry<'a> {
    pub role: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub value: &'a str,
}

/// How a content type says the value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Markup {
    /// XHTML (`application/xhtml+xml`, 1.x `body_xhtml`): read as XML, else as HTML.
    Xhtml,
    /// HTML (`text/html`, `html5`, 1.x `body_html`, `richtext`).
    Html,
    /// NITF or other XML (`text/vnd.IPTC.NITF`, `application/xml`).
    Xml,
    /// Plain text, or a type that says nothing.
    Text,
}

fn markup(content_type: Option<&str>) -> Markup {
    let Some(kind) = content_type.map(|t| t.trim().to_ascii_lowercase()) else {
        return Markup::Text;
    };
    if kind.contains("xhtml") {
        Markup::Xhtml
    } else if kind.contains("html") || kind.contains("richtext") {
        Markup::Html
    } else if kind.contains("nitf") || kind.ends_with("xml") {
        Markup::Xml
    } else {
        Markup::Text
    }
}

/// Whether a value holds markup (rather than text).
fn is_markup(content_type: Option<&str>) -> bool {
    markup(content_type) != Markup::Text
}

/// The text of a value: markup through the HTML parser, plain text as written.
fn plain(entry: &Entry<'_>) -> String {
    if is_markup(entry.content_type) {
        Block::text_of(&html_body(entry.value))
    } else {
        entry.value.to_string()
    }
}

/// A role, lower case and trimmed; `""` for none.
fn role(entry: &Entry<'_>) -> String {
    entry
        .role
        .map(|r| r.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// The headline, the sub-headline and the other headlines with their roles.
#[derive(Debug, Default)]
pub(crate) struct Headlines {
    pub headline: Option<String>,
    pub subheadline: Option<String>,
    pub others: Vec<RoledText>,
}

/// Reads headline entries: role `main` (or none) is the headline and `sub` (`subheadline`,
/// `subtitle`, `deck`, `standfirst`) the sub-headline, each the first such; without a main one,
/// the first entry of another role is the headline. Every other entry is another headline with
/// its role (trimmed, as given), in order, but one whose text repeats a headline of its role
/// already taken (the plain and HTML renditions of one text).
pub(crate) fn headlines(entries: &[Entry<'_>]) -> Headlines {
    let mut out = Headlines::default();
    let mut taken: Vec<(String, String)> = Vec::new();
    let mut others = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let Some(text) = short(&plain(entry)) else {
            continue;
        };
        let key = (role(entry), words(&text));
        // The headline and the sub-headline are written back under `main` and `sub`: an entry
        // of that role with the same words is a rendition of them too.
        match role(entry).as_str() {
            "" | "main" | "headline" | "hl1" if out.headline.is_none() => {
                taken.push(("main".to_string(), key.1.clone()));
                taken.push(key);
                out.headline = Some(text);
            }
            "sub" | "subheadline" | "subhead" | "subtitle" | "deck" | "standfirst" | "hl2"
                if out.subheadline.is_none() =>
            {
                taken.push(("sub".to_string(), key.1.clone()));
                taken.push(key);
                out.subheadline = Some(text);
            }
            _ => others.push((i, text)),
        }
    }
    let mut others = others.into_iter();
    if out.headline.is_none()
        && let Some((i, text)) = others.next()
    {
        taken.push(("main".to_string(), words(&text)));
        taken.extend(entries.get(i).map(|e| (role(e), words(&plain(e)))));
        out.headline = Some(text);
    }
    for (i, text) in others {
        if let Some(entry) = entries.get(i) {
            push_other(&mut out.others, &mut taken, entry, text);
        }
    }
    out
}

/// The description, the credit line and the other descriptions with their roles.
#[derive(Debug, Default)]
pub(crate) struct Descriptions {
    pub description: Option<String>,
    pub credit: Option<String>,
    pub others: Vec<RoledText>,
}

/// Reads description entries: role `creditline` (`credit`) is the credit line (a convention
/// IPTC's AP example uses); a summary (role `summary`, `abstract`, `description` or none), else a
/// caption (`caption`, `text`, `lead`, `teaser`), is the description, plain text preferred to
/// markup. Every other entry is another description with its role (trimmed, as given), in
/// order, but one whose text repeats a description of its role already taken (the plain and
/// HTML renditions of one text).
pub(crate) fn descriptions(entries: &[Entry<'_>]) -> Descriptions {
    let mut out = Descriptions::default();
    let mut candidates = Vec::new();
    let mut credit = None;
    for (i, entry) in entries.iter().enumerate() {
        let rank = match role(entry).as_str() {
            "creditline" | "credit" | "credit_line" if credit.is_none() => {
                // The first credit line with text.
                if let Some(text) = short(&plain(entry)) {
                    out.credit = Some(text);
                    credit = Some(i);
                }
                continue;
            }
            "" | "summary" | "abstract" | "description" => 0,
            "caption" | "text" | "main" | "lead" | "teaser" => 1,
            _ => continue,
        };
        if long(&plain(entry)).is_some() {
            candidates.push((rank, is_markup(entry.content_type), i));
        }
    }
    let chosen = candidates
        .into_iter()
        .min_by_key(|(rank, markup, _)| (*rank, *markup))
        .map(|(_, _, i)| i);
    let chosen_entry = chosen.and_then(|i| entries.get(i));
    out.description = chosen_entry.and_then(|entry| long(&plain(entry)));
    // The texts taken, each with its role (lower case): a rendition repeats one of them.
    let mut taken: Vec<(String, String)> = chosen_entry
        .zip(out.description.as_ref())
        .map(|(entry, text)| (role(entry), words(text)))
        .into_iter()
        .collect();
    for (i, entry) in entries.iter().enumerate() {
        if Some(i) == chosen || Some(i) == credit {
            continue;
        }
        if let Some(text) = long(&plain(entry)) {
            push_other(&mut out.others, &mut taken, entry, text);
        }
    }
    out
}

/// Adds `text`, of `entry`, to `others` with its role, unless it repeats a text of its role
/// already `taken` (another rendition of it).
fn push_other(
    others: &mut Vec<RoledText>,
    taken: &mut Vec<(String, String)>,
    entry: &Entry<'_>,
    text: String,
) {
    let key = (role(entry), words(&text));
    if !taken.contains(&key) {
        taken.push(key);
        others.push(RoledText {
            text,
            role: entry.role.and_then(short),
        });
    }
}

/// A text's words, for telling renditions of one text apart from other texts.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The body from the richest entry: XHTML, then HTML, then NITF or other XML, then plain text.
/// Markup goes through the shared allowlist walk (scripts, styles, event handlers and unsafe
/// links never reach the model).
pub(crate) fn body(entries: &[Entry<'_>], warnings: &mut Vec<Warning>) -> Vec<Block> {
    let best = entries
        .iter()
        .filter(|e| !e.value.trim().is_empty())
        .min_by_key(|e| markup(e.content_type));
    match best {
        Some(entry) => body_blocks(entry.content_type, entry.value, warnings),
        None => Vec::new(),
    }
}

/// One body value as blocks, by its content type.
pub(crate) fn body_blocks(
    content_type: Option<&str>,
    value: &str,
    warnings: &mut Vec<Warning>,
) -> Vec<Block> {
    match markup(content_type) {
        Markup::Xhtml | Markup::Xml => {
            xml_body(value, warnings).unwrap_or_else(|| html_body(value))
        }
        Markup::Html => html_body(value),
        Markup::Text if starts_with_html(value) => {
            let message = "a body said to be plain text is HTML: read as HTML";
            warnings.push(Warning::new(
                "body",
                message,
                content_type.map(str::to_string),
            ));
            html_body(value)
        }
        Markup::Text => text_blocks(value),
    }
}

/// The inline HTML elements a body written in HTML may start with, besides the block ones.
const INLINE_START_TAGS: &[&str] = &["br", "img", "span", "b", "strong", "em", "i", "a"];

/// Whether a value said to be text starts with an HTML element (PA's 1.x `body_text` holds a
/// `<table>` or `<p>`): a block or [`INLINE_START_TAGS`] tag name followed by `>`, `/` or a
/// space.
fn starts_with_html(value: &str) -> bool {
    let Some(rest) = value.trim_start().strip_prefix('<') else {
        return false;
    };
    let name_end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let (name, after) = rest.split_at(name_end);
    let name = name.to_ascii_lowercase();
    (crate::html::BLOCK_ELEMENTS.contains(&name.as_str())
        || INLINE_START_TAGS.contains(&name.as_str()))
        && after
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c == '/' || c.is_whitespace())
}

/// A fragment (or a document) read as XML; `None` when it is not well-formed. A NITF document
/// gives its `body.content`.
fn xml_body(value: &str, warnings: &mut Vec<Warning>) -> Option<Vec<Block>> {
    let trimmed = value.trim_start();
    let whole =
        trimmed.starts_with("<?xml") || trimmed.starts_with("<!") || trimmed.starts_with("<nitf");
    let wrapped;
    let text = if whole {
        trimmed
    } else {
        wrapped = format!("<div xmlns=\"{XHTML_NS}\">{value}</div>");
        wrapped.as_str()
    };
    let document = parse(text).ok()?;
    let root = &document.root;
    let content = if root.is("nitf") {
        root.child("body")
            .and_then(|body| body.child("body.content"))
            .map_or(&[][..], |content| &*content.children)
    } else {
        &*root.children
    };
    let blocks = read_body(content);
    warnings.extend(notes(document.warnings));
    Some(blocks)
}

fn notes(messages: Vec<String>) -> impl Iterator<Item = Warning> {
    messages
        .into_iter()
        .map(|message| Warning::new("body", message, None))
}

/// Plain text as paragraphs: blank lines separate them and the lines of one are kept apart by
/// line breaks; text without blank lines has one paragraph per line (TT's and NTB's plain
/// bodies).
pub(crate) fn text_blocks(text: &str) -> Vec<Block> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.trim().split('\n').collect();
    let paragraph = |lines: &[&str]| {
        let mut content = Vec::with_capacity(2 * lines.len());
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                content.push(Inline::LineBreak);
            }
            content.push(Inline::text(*line));
        }
        Block::Paragraph { content }
    };
    let mut blocks = Vec::new();
    if lines.iter().any(|line| line.trim().is_empty()) {
        for lines in lines.split(|line| line.trim().is_empty()) {
            if !budget::spend_block(2 * lines.len()) {
                break;
            }
            blocks.push(paragraph(lines));
        }
    } else {
        for line in &lines {
            if !budget::spend_block(1) {
                break;
            }
            blocks.push(paragraph(std::slice::from_ref(line)));
        }
    }
    into_canonical_body(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(
        role: Option<&'a str>,
        content_type: Option<&'a str>,
        value: &'a str,
    ) -> Entry<'a> {
        Entry {
            role,
            content_type,
            value,
        }
    }

    #[test]
    fn headline_roles() {
        let read = headlines(&[
            entry(Some("sub"), None, "Sub"),
            entry(Some("main"), Some("text/plain"), " Main "),
            entry(Some("seo"), None, "Other"),
            entry(Some("main"), Some("text/html"), "<p>Main</p>"),
            entry(Some(" seo "), Some("text/html"), "<b>Other</b>"),
            entry(Some("seo"), None, "Another"),
        ]);
        assert_eq!(read.headline.as_deref(), Some("Main"));
        assert_eq!(read.subheadline.as_deref(), Some("Sub"));
        // The HTML renditions of the main and the seo headline are not headlines of their own.
        assert_eq!(
            read.others,
            [
                RoledText::with_role("Other", "seo"),
                RoledText::with_role("Another", "seo")
            ]
        );
        let only_other = headlines(&[entry(Some("simple"), Some("text/html"), "<b>Bold</b> h")]);
        assert_eq!(only_other.headline.as_deref(), Some("Bold h"));
        assert!(only_other.others.is_empty());
    }

    #[test]
    fn descriptions_and_credit() {
        let read = descriptions(&[
            entry(Some("summary"), Some("text/html"), "<p>Sum</p>"),
            entry(Some("summary"), Some("text/plain"), "Sum"),
            entry(Some("creditline"), None, " "),
            entry(Some("creditline"), None, "AP"),
            entry(Some("keywords"), None, "a, b"),
            entry(Some(" caption "), Some("text/plain"), "A caption"),
            entry(Some("caption"), Some("text/html"), "<p>A  caption</p>"),
            entry(Some("creditline"), None, "AP / Pool"),
            entry(None, None, "Sum"),
        ]);
        assert_eq!(read.description.as_deref(), Some("Sum"));
        assert_eq!(read.credit.as_deref(), Some("AP"));
        // The others in order, with their roles trimmed; the caption's HTML rendition repeats
        // its text; a role-less entry is another text even when its words are the summary's.
        assert_eq!(
            read.others,
            [
                RoledText::with_role("a, b", "keywords"),
                RoledText::with_role("A caption", "caption"),
                RoledText::with_role("AP / Pool", "creditline"),
                RoledText::new("Sum"),
            ]
        );
    }

    #[test]
    fn the_richest_body_wins_and_is_sanitized() {
        let mut warnings = Vec::new();
        let blocks = body(
            &[
                entry(Some("text"), Some("text/plain"), "Plain"),
                entry(
                    Some("html"),
                    Some("text/html"),
                    "<p onclick='x()'>Rich <script>alert(1)</script><a href='javascript:x'>link</a></p>",
                ),
            ],
            &mut warnings,
        );
        assert_eq!(blocks, [Block::paragraph("Rich link")]);
        let xhtml = body(
            &[entry(
                None,
                Some("application/xhtml+xml"),
                "<p>a<br/>b</p><h2>H</h2>",
            )],
            &mut warnings,
        );
        assert_eq!(
            xhtml,
            [
                Block::Paragraph {
                    content: vec![Inline::text("a"), Inline::LineBreak, Inline::text("b")]
                },
                Block::heading(2, "H")
            ]
        );
        let sloppy = body(
            &[entry(
                None,
                Some("application/xhtml+xml"),
                "<p>a&nbsp;<br>b",
            )],
            &mut warnings,
        );
        assert_eq!(sloppy.len(), 1);
    }

    #[test]
    fn plain_text_paragraphs() {
        assert_eq!(
            text_blocks("One\ntwo\n\nThree"),
            [
                Block::Paragraph {
                    content: vec![Inline::text("One"), Inline::LineBreak, Inline::text("two")]
                },
                Block::paragraph("Three")
            ]
        );
        assert_eq!(
            text_blocks("One\nTwo\n"),
            [Block::paragraph("One"), Block::paragraph("Two")]
        );
    }
}
