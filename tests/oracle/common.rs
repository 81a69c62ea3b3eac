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
/// when nothing is left.
pub fn line(text: &str) -> Option<String> {
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

fn percent_decoded(text: &str) -> Option<String> {
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
