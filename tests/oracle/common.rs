//! What every format's table uses: values as a reader compares them, generic queries over a
//! parsed output, and the list of mismatches a table gives.
//!
//! Nothing here calls a writer or a reader of newswire: the expected values come from the
//! article and the format's specification (`../shared/specs/MAPPING.md`), the found values from
//! roxmltree and serde_json.

use newswire::model::{Article, AuthorKind, Block, Inline, Timestamp};

/// A field the output holds otherwise than its table says (printed when a check fails).
#[derive(Debug)]
#[allow(dead_code)]
pub struct Mismatch {
    pub field: &'static str,
    pub at: &'static str,
    pub expected: String,
    pub found: String,
}

/// The mismatches of one output, gathered by a table.
#[derive(Debug, Default)]
pub struct Report(pub Vec<Mismatch>);

impl Report {
    /// `found` must be `expected`.
    pub fn equal<T: PartialEq + std::fmt::Debug>(
        &mut self,
        field: &'static str,
        at: &'static str,
        expected: T,
        found: T,
    ) {
        if expected != found {
            self.0.push(Mismatch {
                field,
                at,
                expected: format!("{expected:?}"),
                found: format!("{found:?}"),
            });
        }
    }

    /// `found` must hold every one of `expected` (in any order).
    pub fn holds_all<T: PartialEq + std::fmt::Debug>(
        &mut self,
        field: &'static str,
        at: &'static str,
        expected: &[T],
        found: &[T],
    ) {
        let missing: Vec<&T> = expected.iter().filter(|e| !found.contains(e)).collect();
        if !missing.is_empty() {
            self.0.push(Mismatch {
                field,
                at,
                expected: format!("{missing:?}"),
                found: format!("{found:?}"),
            });
        }
    }

    /// `haystack` must hold every one of `needles`, in order, one after the other.
    pub fn in_order(
        &mut self,
        field: &'static str,
        at: &'static str,
        needles: &[String],
        haystack: &str,
    ) {
        let mut rest = haystack;
        for needle in needles {
            match rest.find(needle.as_str()) {
                Some(i) => rest = &rest[i + needle.len()..],
                None => {
                    self.0.push(Mismatch {
                        field,
                        at,
                        expected: format!("…{needle:?}… (after the blocks before it)"),
                        found: format!("{haystack:?}"),
                    });
                    return;
                }
            }
        }
    }

    /// `haystack` must contain `needle`.
    pub fn contains(
        &mut self,
        field: &'static str,
        at: &'static str,
        needle: &str,
        haystack: &str,
    ) {
        if !haystack.contains(needle) {
            self.0.push(Mismatch {
                field,
                at,
                expected: format!("…{needle:?}…"),
                found: format!("{haystack:?}"),
            });
        }
    }
}

/// A value on one line: runs of whitespace (XML's four characters) as one space, trimmed; `None`
/// when nothing is left, or when nothing but whitespace of any kind is (a blank value, no-break
/// and ideographic spaces included, is no value: writers leave it out).
pub fn line(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    let words: Vec<&str> = text
        .split([' ', '\t', '\n', '\r'])
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// [`line`] of an optional value.
pub fn line_of(value: &Option<String>) -> Option<String> {
    value.as_deref().and_then(line)
}

/// The names of the authors of `kind`, on one line each.
pub fn names(article: &Article, kind: AuthorKind) -> Vec<String> {
    article
        .authors
        .iter()
        .filter(|a| a.kind == kind)
        .filter_map(|a| line(&a.name))
        .collect()
}

/// The text of each block of a body that prints as running text (paragraphs, headings, the
/// blocks inside quotes and lists), on one line each; preformatted text is left out (formats
/// keep its line breaks their own way).
pub fn block_texts(blocks: &[Block]) -> Vec<String> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                let mut text = String::new();
                inline_text(content, &mut text);
                out.extend(line(&text));
            }
            Block::Blockquote { blocks } => out.extend(block_texts(blocks)),
            Block::List { items, .. } => {
                for item in items {
                    out.extend(block_texts(item));
                }
            }
            // Preformatted text, and blocks a newer model has: no table here for them.
            _ => {}
        }
    }
    out
}

fn inline_text(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Emphasis(inner)
            | Inline::Strong(inner)
            | Inline::Link { content: inner, .. } => inline_text(inner, out),
            Inline::LineBreak => out.push(' '),
            _ => {}
        }
    }
}

/// A time as written where a format keeps the wall time and the offset apart (NewsML-G2, NITF,
/// newswire JSON): the wall time, and the offset in seconds when the source gave one.
pub type WallTime = (chrono::NaiveDateTime, Option<i32>);

/// The wall time and offset of a model time.
pub fn wall_time(time: Timestamp) -> WallTime {
    (time.local(), time.offset().map(|o| o.local_minus_utc()))
}

/// An `xs:dateTime` / RFC 3339 text with or without an offset (`2024-01-15T14:05:00`,
/// `...+01:00`, `...Z`), as [`WallTime`].
pub fn written_wall_time(text: &str) -> Option<WallTime> {
    let text = text.trim();
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some((time.naive_local(), Some(time.offset().local_minus_utc())));
    }
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .map(|local| (local, None))
}

/// The instant a time stands for: its wall time at its offset, or in UTC when the source gave
/// no offset (formats that need one write `Z` then, keeping the wall time).
pub fn instant(time: Timestamp) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    use chrono::TimeZone;
    let offset = time
        .offset()
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).expect("UTC"));
    offset.from_local_datetime(&time.local()).single()
}

/// The instant a written time stands for (RFC 3339).
pub fn written_instant(text: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(text.trim()).ok()
}

/// Scheme aliases and their URIs, as IPTC's catalog (`catalog.IPTC-G2-Standards_41.xml`) binds
/// them: a format that wants URIs writes a concept under one of these aliases with the URI.
pub const IPTC_ALIASES: [(&str, &str); 3] = [
    ("medtop", "http://cv.iptc.org/newscodes/mediatopic/"),
    ("subj", "http://cv.iptc.org/newscodes/subjectcode/"),
    ("genre", "http://cv.iptc.org/newscodes/genre/"),
];

/// A concept's scheme as a URI: itself when it is one, the IPTC catalog's URI for its alias.
pub fn scheme_uri(scheme: &str) -> Option<String> {
    if scheme.contains("://") {
        return Some(scheme.to_string());
    }
    IPTC_ALIASES
        .iter()
        .find(|(alias, _)| *alias == scheme)
        .map(|(_, uri)| uri.to_string())
}

/// A well-formed language tag (`xs:language`): the only ones a format may carry.
pub fn well_formed_language(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let mut parts = tag.split('-');
    let first = parts.next()?;
    let ok = (1..=8).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    ok.then(|| tag.to_string())
}

/// Every element below `node` (itself included) whose path of local names from the root is
/// `path` (`entry/author/name`).
pub fn elements<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    path: &str,
) -> Vec<roxmltree::Node<'a, 'input>> {
    let mut steps = path.split('/');
    let Some(first) = steps.next() else {
        return Vec::new();
    };
    let mut current: Vec<roxmltree::Node<'a, 'input>> = if node.tag_name().name() == first {
        vec![node]
    } else {
        Vec::new()
    };
    for step in steps {
        current = current
            .into_iter()
            .flat_map(|n| {
                n.children()
                    .filter(move |c| c.is_element() && c.tag_name().name() == step)
            })
            .collect();
    }
    current
}

/// The text of each element at `path`, on one line (all descendant text).
pub fn texts(root: roxmltree::Node<'_, '_>, path: &str) -> Vec<String> {
    elements(root, path)
        .into_iter()
        .filter_map(|n| line(&all_text(n)))
        .collect()
}

/// The attribute `name` (local name) of each element at `path` that has it.
pub fn attributes(root: roxmltree::Node<'_, '_>, path: &str, name: &str) -> Vec<String> {
    elements(root, path)
        .into_iter()
        .filter_map(|n| {
            n.attributes()
                .find(|a| a.name() == name)
                .map(|a| a.value().to_string())
        })
        .collect()
}

/// All the text below a node, in document order, with a space where a line break or a block
/// element stands (`<p>a</p><p>b</p>` and `a<br/>b` are two words, as a browser shows them).
pub fn all_text(node: roxmltree::Node<'_, '_>) -> String {
    const SPACED: [&str; 14] = [
        "br",
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "hl2",
        "bq",
    ];
    let mut out = String::new();
    for n in node.descendants() {
        if n.is_text() {
            out.push_str(n.text().unwrap_or_default());
        } else if n.is_element() && SPACED.contains(&n.tag_name().name()) {
            out.push(' ');
        }
    }
    out
}

/// The id a writer derives for an article without one, or the article's own: an IRI is kept;
/// anything else becomes `urn:newswire:id:` followed by the id percent-encoded. Checks the id
/// written (`found`) against the article's: decoded back, it is the id.
pub fn id_written_is(id: &str, found: &str) -> bool {
    let id = id.trim();
    match found.strip_prefix("urn:newswire:id:") {
        Some(encoded) if found != id => percent_decoded(encoded).as_deref() == Some(id),
        _ => found == id,
    }
}

/// `text` with `%XX` escapes decoded (UTF-8), as a URI reader decodes an IRI.
pub fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An id written as a URI (ninjs `uri`): the id itself, or the id with its non-ASCII
/// characters percent-encoded (RFC 3987 §3.1), or [`id_written_is`]'s derived form.
pub fn uri_written_is(id: &str, found: &str) -> bool {
    id_written_is(id, found)
        || percent_decoded(found).as_deref() == Some(id.trim())
        || found
            .strip_prefix("urn:newswire:id:")
            .and_then(percent_decoded)
            .as_deref()
            == Some(id.trim())
}

/// A block the dateline can lead: a paragraph with text (`Article::printed_body`'s
/// documentation: an empty one would print the dateline alone, away from its text).
pub fn is_lead(block: &Block) -> bool {
    match block {
        Block::Paragraph { content } => {
            let mut text = String::new();
            inline_text(content, &mut text);
            !text.trim().is_empty()
        }
        _ => false,
    }
}

/// The text of each block as it prints with the dateline at the head of the lead (the model's
/// convention for rendered copy, `Article::printed_body`'s documentation: the dateline glued to
/// the first top-level paragraph with text, with a space, or a paragraph of its own before everything
/// when there is none; datelines ending in a word stand apart). One line each, in order.
pub fn printed_texts(article: &Article) -> Vec<String> {
    let dateline = article
        .dateline
        .as_ref()
        .and_then(|d| line(&d.text))
        .filter(|_| !article.body.is_empty());
    let Some(dateline) = dateline else {
        return block_texts(&article.body);
    };
    if block_texts(&article.body)
        .first()
        .is_some_and(|first| first.starts_with(&dateline))
    {
        return block_texts(&article.body);
    }
    let apart = dateline.chars().last().is_some_and(char::is_alphanumeric);
    let first_paragraph = article.body.iter().position(is_lead);
    let mut out = Vec::new();
    match first_paragraph {
        Some(index) if !apart => {
            for (i, block) in article.body.iter().enumerate() {
                let texts = block_texts(std::slice::from_ref(block));
                if i == index {
                    let lead = texts.first().map_or(String::new(), |t| format!(" {t}"));
                    out.extend(line(&format!("{dateline}{lead}")));
                } else {
                    out.extend(texts);
                }
            }
        }
        _ => {
            out.push(dateline);
            out.extend(block_texts(&article.body));
        }
    }
    out
}

/// The number of words in a body: runs of non-whitespace in its text, blocks apart, inline
/// runs joined as they print (the model's `counted_words`, restated).
pub fn counted_words(blocks: &[Block]) -> usize {
    let mut count = 0;
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                let mut text = String::new();
                inline_text(content, &mut text);
                count += text.split_whitespace().count();
            }
            Block::Blockquote { blocks } => count += counted_words(blocks),
            Block::List { items, .. } => {
                count += items.iter().map(|item| counted_words(item)).sum::<usize>();
            }
            Block::Preformatted { text } => count += text.split_whitespace().count(),
            _ => {}
        }
    }
    count
}

/// The string at a JSON pointer, when there is one.
pub fn str_at(value: &serde_json::Value, pointer: &str) -> Option<String> {
    value
        .pointer(pointer)
        .and_then(serde_json::Value::as_str)
        .map(str::to_string)
}

/// The items of the array at a JSON pointer (none when it is absent or not an array).
pub fn items_at<'a>(value: &'a serde_json::Value, pointer: &str) -> &'a [serde_json::Value] {
    value
        .pointer(pointer)
        .and_then(serde_json::Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The direct text of an element (its own text nodes, not its children's), on one line.
pub fn own_text(node: roxmltree::Node<'_, '_>) -> Option<String> {
    let text: String = node
        .children()
        .filter(|c| c.is_text())
        .filter_map(|c| c.text())
        .collect();
    line(&text)
}

/// The children of `node` whose local name is `name`.
pub fn children<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    name: &'static str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'input>> {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// The text of the first child of `node` named `name`, on one line.
pub fn child_text(node: roxmltree::Node<'_, '_>, name: &'static str) -> Option<String> {
    children(node, name).next().and_then(|c| line(&all_text(c)))
}

/// The markup vocabulary a body is written in: XHTML (G2 `inlineXML`, Atom `content`) or NITF
/// 3.6 `body.content`, which has one heading element (`hl2`, its level in `@class` but for
/// level 2), `bq` around a `block` for quotes, and `em class="strong"` for strong emphasis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    Xhtml,
    Nitf,
}

/// The block structure a body must be written as, element by element (`p h2 blockquote[p]
/// ul[li[p] li[p]] pre`; NITF `hl2`, `hl2.h3`, `bq[block[...]]`), with the dateline's
/// paragraph first when the body has no paragraph for it to lead.
pub fn skeleton(article: &Article, vocabulary: Vocabulary) -> String {
    let mut out = String::new();
    let dateline = article.dateline.as_ref().and_then(|d| line(&d.text));
    let no_paragraph = !article.body.iter().any(is_lead);
    if dateline.is_some() && no_paragraph && !article.body.is_empty() {
        out.push_str("p ");
    }
    blocks_skeleton(&article.body, vocabulary, &mut out);
    out.trim_end().to_string()
}

fn blocks_skeleton(blocks: &[Block], vocabulary: Vocabulary, out: &mut String) {
    for block in blocks {
        match (block, vocabulary) {
            (Block::Paragraph { .. }, _) => out.push_str("p "),
            (Block::Heading { level, .. }, Vocabulary::Xhtml) => {
                out.push_str(&format!("h{} ", level.clamp(&1, &6)));
            }
            (Block::Heading { level: 2, .. }, Vocabulary::Nitf) => out.push_str("hl2 "),
            (Block::Heading { level, .. }, Vocabulary::Nitf) => {
                out.push_str(&format!("hl2.h{} ", level.clamp(&1, &6)));
            }
            (Block::Blockquote { blocks }, Vocabulary::Xhtml) => {
                out.push_str("blockquote[ ");
                blocks_skeleton(blocks, vocabulary, out);
                out.push_str("] ");
            }
            (Block::Blockquote { blocks }, Vocabulary::Nitf) => {
                out.push_str("bq[ block[ ");
                blocks_skeleton(blocks, vocabulary, out);
                out.push_str("] ] ");
            }
            (Block::List { ordered, items }, _) => {
                out.push_str(if *ordered { "ol[ " } else { "ul[ " });
                for item in items {
                    out.push_str("li[ ");
                    blocks_skeleton(item, vocabulary, out);
                    out.push_str("] ");
                }
                out.push_str("] ");
            }
            (Block::Preformatted { .. }, _) => out.push_str("pre "),
            _ => out.push_str("? "),
        }
    }
}

/// The block structure written below `container` (see [`skeleton`]): block elements only.
pub fn found_skeleton(container: roxmltree::Node<'_, '_>) -> String {
    let mut out = String::new();
    found_blocks(container, &mut out);
    out.trim_end().to_string()
}

fn found_blocks(container: roxmltree::Node<'_, '_>, out: &mut String) {
    for child in container.children().filter(|c| c.is_element()) {
        let name = child.tag_name().name();
        match name {
            "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "pre" => {
                out.push_str(name);
                out.push(' ');
            }
            "hl2" => match child.attribute("class") {
                Some(class) => out.push_str(&format!("hl2.{class} ")),
                None => out.push_str("hl2 "),
            },
            "blockquote" | "ul" | "ol" | "li" | "bq" | "block" => {
                out.push_str(name);
                out.push_str("[ ");
                found_blocks(child, out);
                out.push_str("] ");
            }
            _ => {}
        }
    }
}

/// The inline marks a body must be written with: each link's target (the outermost: links do
/// not nest), in order, and whether it has emphasis, strong emphasis and line breaks.
pub fn marks(blocks: &[Block]) -> (Vec<String>, [bool; 3]) {
    let mut hrefs = Vec::new();
    let mut kinds = [false; 3];
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                inline_marks(content, false, &mut hrefs, &mut kinds);
            }
            Block::Blockquote { blocks } => {
                let (h, k) = marks(blocks);
                hrefs.extend(h);
                kinds = [0, 1, 2].map(|i| kinds[i] || k[i]);
            }
            Block::List { items, .. } => {
                for item in items {
                    let (h, k) = marks(item);
                    hrefs.extend(h);
                    kinds = [0, 1, 2].map(|i| kinds[i] || k[i]);
                }
            }
            _ => {}
        }
    }
    (hrefs, kinds)
}

fn inline_marks(inlines: &[Inline], in_link: bool, hrefs: &mut Vec<String>, kinds: &mut [bool; 3]) {
    for inline in inlines {
        match inline {
            Inline::Emphasis(inner) => {
                kinds[0] = true;
                inline_marks(inner, in_link, hrefs, kinds);
            }
            Inline::Strong(inner) => {
                kinds[1] = true;
                inline_marks(inner, in_link, hrefs, kinds);
            }
            Inline::Link { href, content, .. } => {
                if !in_link {
                    hrefs.push(href.clone());
                }
                inline_marks(content, true, hrefs, kinds);
            }
            Inline::LineBreak => kinds[2] = true,
            _ => {}
        }
    }
}

/// The marks written below `container` (see [`marks`]): `a/@href` in order, and whether `em`,
/// strong emphasis (`strong`, NITF's `em class="strong"`) and `br` occur.
pub fn found_marks(container: roxmltree::Node<'_, '_>) -> (Vec<String>, [bool; 3]) {
    let elements: Vec<_> = container.descendants().filter(|n| n.is_element()).collect();
    let hrefs = elements
        .iter()
        .filter(|n| n.tag_name().name() == "a")
        .filter_map(|n| n.attribute("href").map(str::to_string))
        .collect();
    let strong = |n: &roxmltree::Node| {
        n.tag_name().name() == "strong"
            || (n.tag_name().name() == "em" && n.attribute("class") == Some("strong"))
    };
    let em = |n: &roxmltree::Node| n.tag_name().name() == "em" && !strong(n);
    (
        hrefs,
        [
            elements.iter().any(em),
            elements.iter().any(strong),
            elements.iter().any(|n| n.tag_name().name() == "br"),
        ],
    )
}
