//! What every format's table uses: values as a reader compares them, generic queries over a
//! parsed output, and the list of mismatches a table gives.
//!
//! Nothing here calls a writer or a reader of newswire: the expected values come from the
//! article and the format's specification (`../shared/specs/MAPPING.md`), the found values from
//! roxmltree and serde_json.

use newswire::model::{
    Article, Block, Figure, Inline, RowPart, TableCell, TableRow, Timestamp, canonical_body,
};

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

/// A value on one plain-text line: runs of whitespace of any kind (no-break, ideographic and
/// line separator spaces too) as one space, trimmed; `None` when nothing is left. Formats whose
/// values are plain text (JSON-LD, ninjs) and Atom's names and terms fold whitespace so.
pub fn folded(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// [`folded`] of an optional value.
pub fn folded_of(value: &Option<String>) -> Option<String> {
    value.as_deref().and_then(folded)
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
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
                out.extend(block_texts(blocks))
            }
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
            | Inline::Superscript(inner)
            | Inline::Subscript(inner)
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

/// A time as an `xs:dateTime` holds it ([`WallTime`]): the wall time and offset as given, when
/// the year is 1-9999, there is no leap second and the offset is whole minutes within ±14:00;
/// else the same instant in UTC when that fits; else `None` (no `xs:dateTime` holds it).
pub fn xsd_wall_time(time: Timestamp) -> Option<WallTime> {
    use chrono::{Datelike, Timelike};
    let holds =
        |t: chrono::NaiveDateTime| (1..=9999).contains(&t.year()) && t.nanosecond() < 1_000_000_000;
    let offset = time.offset().map(|o| o.local_minus_utc());
    let offset_ok = offset.is_none_or(|s| s % 60 == 0 && s.abs() <= 14 * 3600);
    if holds(time.local()) && offset_ok {
        return Some((time.local(), offset));
    }
    let utc = instant(time)?.naive_utc();
    holds(utc).then_some((utc, Some(0)))
}

/// An `xs:dateTime` / RFC 3339 text with or without an offset (`2024-01-15T14:05:00`,
/// `...+01:00`, `...Z`), as [`WallTime`].
pub fn written_wall_time(text: &str) -> Option<WallTime> {
    let text = text.trim();
    let local = |t: &str| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S%.f").ok();
    if let Some(utc) = text.strip_suffix('Z') {
        return Some((local(utc)?, Some(0)));
    }
    // `±HH:MM`, or `±HH:MM:SS` (an offset with seconds, which newswire JSON keeps as given).
    for width in [6, 9] {
        let Some((time, offset)) = text
            .len()
            .checked_sub(width)
            .and_then(|i| text.get(..i).zip(text.get(i..)))
        else {
            continue;
        };
        let sign = match offset.chars().next() {
            Some('+') => 1,
            Some('-') => -1,
            _ => continue,
        };
        let parts: Option<Vec<i32>> = offset[1..].split(':').map(|p| p.parse().ok()).collect();
        let seconds = match parts.as_deref() {
            Some([h, m]) if width == 6 => h * 3600 + m * 60,
            Some([h, m, s]) if width == 9 => h * 3600 + m * 60 + s,
            _ => continue,
        };
        if let Some(time) = local(time) {
            return Some((time, Some(sign * seconds)));
        }
    }
    local(text).map(|time| (time, None))
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

/// The instant a time stands for, when an `xs:dateTime` (and so an RFC 3339 date construct)
/// can hold it: a year 1-9999 at its own offset or in UTC, and no leap second. Formats whose
/// date constructs are `xs:dateTime` (Atom, JSON-LD, G2's) write no other.
pub fn xsd_instant(time: Timestamp) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    use chrono::{Datelike, Timelike};
    let at = instant(time)?;
    let holds =
        |t: chrono::NaiveDateTime| (1..=9999).contains(&t.year()) && t.nanosecond() < 1_000_000_000;
    (holds(time.local()) || holds(at.naive_utc())).then_some(at)
}

/// [`xsd_instant`] for the formats whose dates require an offset (Atom, ninjs): `None` for a
/// time the source gave without one, which newswire does not write there rather than invent
/// an offset.
pub fn offset_xsd_instant(time: Timestamp) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    time.offset()?;
    xsd_instant(time)
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

/// An absolute IRI (RFC 3987), trimmed: a scheme (a letter, then letters, digits, `+`, `-`,
/// `.`), a colon, and no whitespace, control or excluded character (`<>"{}|\\^` and backquote).
pub fn absolute_iri(text: &str) -> Option<String> {
    let text = text.trim();
    let (scheme, _) = text.split_once(':')?;
    let scheme_ok = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let chars_ok = text.chars().all(|c| {
        !c.is_control()
            && !c.is_whitespace()
            && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
    });
    (scheme_ok && chars_ok).then(|| text.to_string())
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

/// The body as rendered copy prints it (the model's convention, `Article::printed_body`'s
/// documentation, restated): the dateline (trimmed) at the head of the first top-level paragraph
/// with text, after a space when it ends in a separator, directly when it ends in a wide (CJK,
/// full-width) character, or as a paragraph of its own before everything when it ends in a word
/// or number or no paragraph has text. Nothing changes when the dateline is blank, the body has
/// no blocks, or the body's text (blocks with text joined by a blank line, each without the
/// whitespace at its start, a line break as a line feed) already starts with the dateline.
///
/// NewsML-G2 and NITF print the dateline (on one line) at the head of the body's canonical
/// form ([`Print::OnCanonical`]), Atom and JSON-LD at the head of the body as it is
/// ([`Print::OnBody`]): a body of empty blocks prints the dateline alone in these, nothing in those.
pub fn printed_body(article: &Article, print: Print) -> Vec<Block> {
    let (mut body, dateline) = match print {
        Print::OnBody => (
            article.body.clone(),
            article.dateline.as_ref().map(|d| d.text.trim().to_string()),
        ),
        Print::OnCanonical => (
            canonical_body(&article.body),
            article
                .dateline
                .as_ref()
                .map(|d| line(&d.text).unwrap_or_default()),
        ),
    };
    let Some(dateline) = dateline.as_deref().map(str::trim) else {
        return body;
    };
    let text: Vec<String> = body
        .iter()
        .map(|b| b.plain_text().trim_start().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if dateline.is_empty() || body.is_empty() || text.join("\n\n").starts_with(dateline) {
        return body;
    }
    let last = dateline.chars().last().unwrap_or(' ');
    let direct = is_wide(last);
    let apart = !direct && last.is_alphanumeric();
    match body.iter_mut().find(|b| is_lead(b)) {
        Some(Block::Paragraph { content }) if !apart => {
            // No space before a line break, as HTML renders it.
            let printed = if direct || starts_with_break(content) {
                dateline.to_string()
            } else {
                format!("{dateline} ")
            };
            content.insert(0, Inline::Text(printed));
        }
        _ => body.insert(
            0,
            Block::Paragraph {
                content: vec![Inline::Text(dateline.to_string())],
            },
        ),
    }
    body
}

/// Characters that take two columns (CJK, full-width forms): the scripts that put no space
/// between words (Unicode's East Asian Width, the blocks news copy uses).
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11ff}'
        | '\u{2e80}'..='\u{2fdf}'
        | '\u{3000}'..='\u{30ff}'
        | '\u{3130}'..='\u{318f}'
        | '\u{31f0}'..='\u{31ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{a960}'..='\u{a97f}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ff01}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{20000}'..='\u{2fa1f}')
}

/// Whether inline content starts with a line break, inside marks or not.
fn starts_with_break(content: &[Inline]) -> bool {
    match content.first() {
        Some(Inline::LineBreak) => true,
        // A superscript's or subscript's line break is a space (they hold text only).
        Some(
            Inline::Emphasis(inner) | Inline::Strong(inner) | Inline::Link { content: inner, .. },
        ) => starts_with_break(inner),
        _ => false,
    }
}

/// Where a format prints the dateline (see [`printed_body`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Print {
    /// At the head of the body as it is.
    OnBody,
    /// At the head of the body's canonical form (the model's normalisation).
    OnCanonical,
}

/// The text of each block of the [`printed_body`], on one line each, in order.
pub fn printed_texts(article: &Article, print: Print) -> Vec<String> {
    block_texts(&printed_body(article, print))
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
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
                count += counted_words(blocks)
            }
            Block::List { items, .. } => {
                count += items.iter().map(|item| counted_words(item)).sum::<usize>();
            }
            Block::Preformatted { text } => count += text.split_whitespace().count(),
            // A table without a cell is none (the canonical form drops it), caption and all.
            Block::Table { caption, rows } if rows.iter().any(|row| !row.cells.is_empty()) => {
                let mut text = String::new();
                inline_text(caption, &mut text);
                for cell in rows.iter().flat_map(|row| &row.cells) {
                    text.push(' ');
                    inline_text(&cell.content, &mut text);
                }
                count += text.split_whitespace().count();
            }
            _ => {}
        }
    }
    count
}

/// The rows of a canonical table in the order XHTML 1.0 and NITF 3.6 want them written
/// (`thead`, `tfoot`, then `tbody`), each with the part it is written in; both require a body,
/// so a table of head and foot rows only has them all written as body rows.
pub fn written_rows(rows: &[TableRow]) -> Vec<(RowPart, &TableRow)> {
    if !rows.iter().any(|row| row.part == RowPart::Body) {
        return rows.iter().map(|row| (RowPart::Body, row)).collect();
    }
    [RowPart::Head, RowPart::Foot, RowPart::Body]
        .into_iter()
        .flat_map(|part| {
            rows.iter()
                .filter(move |row| row.part == part)
                .map(move |row| (part, row))
        })
        .collect()
}

/// The text of a cell, a caption: on one line (a line break is a space).
fn cell_line(content: &[Inline]) -> String {
    let mut text = String::new();
    inline_text(content, &mut text);
    line(&text).unwrap_or_default()
}

/// A figure as markup must hold it: its address, media type, alternative text, caption (on one
/// line) and credit.
#[derive(Debug, PartialEq, Eq)]
pub struct FigureParts {
    pub href: String,
    pub media_type: Option<String>,
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
}

/// The figures of a body (its canonical form), in order, those in quotes and lists too.
pub fn figures(blocks: &[Block]) -> Vec<FigureParts> {
    fn walk(blocks: &[Block], out: &mut Vec<FigureParts>) {
        for block in blocks {
            match block {
                Block::Figure(figure) => {
                    let Figure {
                        href,
                        media_type,
                        alt,
                        caption,
                        credit,
                        ..
                    } = &**figure;
                    out.push(FigureParts {
                        href: href.clone(),
                        media_type: media_type.clone(),
                        alt: alt.clone(),
                        caption: line(&cell_line(caption)),
                        credit: credit.clone(),
                    });
                }
                Block::Blockquote { blocks } | Block::Aside { blocks, .. } => walk(blocks, out),
                Block::List { items, .. } => items.iter().for_each(|item| walk(item, out)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&canonical_body(blocks), &mut out);
    out
}

/// The figures written in XHTML below `container` (see [`figures`]): each `div class="figure"`
/// with its `img` (`@src`, `@alt`; an empty `alt` is none), the `type` of a link around the
/// `img`, a `p class="caption"` and a `p class="credit"`.
pub fn found_xhtml_figures(container: roxmltree::Node<'_, '_>) -> Vec<FigureParts> {
    let class_child = |div: roxmltree::Node<'_, '_>, class: &str| {
        div.children()
            .find(|c| c.is_element() && c.attribute("class") == Some(class))
            .and_then(|c| line(&all_text(c)))
    };
    container
        .descendants()
        .filter(|n| n.tag_name().name() == "div" && n.attribute("class") == Some("figure"))
        .map(|div| {
            let img = div.descendants().find(|n| n.tag_name().name() == "img");
            let link = div.children().find(|n| n.tag_name().name() == "a");
            FigureParts {
                href: img
                    .and_then(|i| i.attribute("src"))
                    .unwrap_or_default()
                    .to_string(),
                media_type: link.and_then(|a| a.attribute("type")).map(str::to_string),
                alt: img
                    .and_then(|i| i.attribute("alt"))
                    .filter(|alt| !alt.is_empty())
                    .map(str::to_string),
                caption: class_child(div, "caption"),
                credit: class_child(div, "credit"),
            }
        })
        .collect()
}

/// The figures written in NITF below `container` (see [`figures`]): each `media` but the
/// enclosure links' (`class="enclosure"`) with its `media-reference` (`@source`,
/// `@mime-type`, `@alternate-text`), `media-caption` and `media-producer`.
pub fn found_nitf_figures(container: roxmltree::Node<'_, '_>) -> Vec<FigureParts> {
    container
        .descendants()
        .filter(|n| n.tag_name().name() == "media" && n.attribute("class") != Some("enclosure"))
        .map(|media| {
            let reference = children(media, "media-reference").next();
            let attribute = |name| {
                reference
                    .and_then(|r| r.attribute(name))
                    .map(str::to_string)
            };
            FigureParts {
                href: attribute("source").unwrap_or_default(),
                media_type: attribute("mime-type"),
                alt: attribute("alternate-text"),
                caption: child_text(media, "media-caption"),
                credit: child_text(media, "media-producer"),
            }
        })
        .collect()
}

/// The texts of the tables of a body (its canonical form), as written in markup: for each
/// table its caption when it has one, then each cell's text on one line (an empty cell too),
/// row by row in [`written_rows`] order.
pub fn table_texts(blocks: &[Block]) -> Vec<String> {
    let mut out = Vec::new();
    for block in canonical_body(blocks) {
        push_table_texts(&block, &mut out);
    }
    out
}

fn push_table_texts(block: &Block, out: &mut Vec<String>) {
    match block {
        Block::Table { caption, rows } => {
            if !caption.is_empty() {
                out.push(cell_line(caption));
            }
            for (_, row) in written_rows(rows) {
                out.extend(row.cells.iter().map(|cell| cell_line(&cell.content)));
            }
        }
        Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
            blocks.iter().for_each(|b| push_table_texts(b, out))
        }
        Block::List { items, .. } => items
            .iter()
            .flatten()
            .for_each(|b| push_table_texts(b, out)),
        _ => {}
    }
}

/// The texts of the tables written below `container` (see [`table_texts`]): each `caption`,
/// `th` and `td` on one line, in document order.
pub fn found_table_texts(container: roxmltree::Node<'_, '_>) -> Vec<String> {
    container
        .descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "caption" | "th" | "td"))
        .map(|n| line(&all_text(n)).unwrap_or_default())
        .collect()
}

/// A table as agate is sent where a format has only text (the model's `Block::plain_text` of a
/// table, restated): the caption on a line, then a line per row with cells, each cell's text on
/// one line (whitespace runs one space) padded to its column's width (in characters), columns four spaces apart, a cell
/// spanning columns followed by blank ones, trailing spaces dropped; nothing without a cell.
pub fn aligned_table(caption: &[Inline], rows: &[TableRow]) -> String {
    let plain = |content: &[Inline]| {
        let mut text = String::new();
        for inline in content {
            plain_inline(inline, &mut text);
        }
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let grid: Vec<Vec<String>> = rows
        .iter()
        .filter(|row| !row.cells.is_empty())
        .map(|row| {
            row.cells
                .iter()
                .flat_map(|cell: &TableCell| {
                    let blanks = usize::from(cell.colspan.clamp(1, 1000)) - 1;
                    std::iter::once(plain(&cell.content))
                        .chain(std::iter::repeat_n(String::new(), blanks))
                })
                .collect()
        })
        .collect();
    if grid.is_empty() {
        return String::new();
    }
    let width = |i: usize| {
        grid.iter()
            .filter_map(|line| line.get(i))
            .map(|t| t.chars().count())
            .max()
            .unwrap_or(0)
    };
    let mut lines: Vec<String> = Vec::new();
    let caption = plain(caption);
    if !caption.is_empty() {
        lines.push(caption);
    }
    for line in &grid {
        let padded: Vec<String> = line
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{t:<w$}", w = width(i)))
            .collect();
        let row = padded.join("    ").trim_end().to_string();
        // A row of empty cells prints no (blank) line.
        if !row.is_empty() {
            lines.push(row);
        }
    }
    lines.join("\n")
}

/// Inline text with a line break as `\n`.
fn plain_inline(inline: &Inline, out: &mut String) {
    match inline {
        Inline::Text(text) => out.push_str(text),
        Inline::Emphasis(inner)
        | Inline::Strong(inner)
        | Inline::Superscript(inner)
        | Inline::Subscript(inner)
        | Inline::Link { content: inner, .. } => {
            inner.iter().for_each(|i| plain_inline(i, out));
        }
        Inline::LineBreak => out.push('\n'),
        _ => {}
    }
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
/// ul[li[p] li[p]] pre`; NITF `hl2`, `hl2.h3`, `bq[block[...]]`): the [`printed_body`]'s blocks.
pub fn skeleton(article: &Article, vocabulary: Vocabulary, print: Print) -> String {
    let mut out = String::new();
    // Blocks with nothing in them are not written: the body's canonical form (the model's
    // normalisation, which every markup reader gives).
    blocks_skeleton(
        &canonical_body(&printed_body(article, print)),
        vocabulary,
        &mut out,
    );
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
            // A box: a `div` (NITF: a `block`) of class `aside`, its kind after it.
            (Block::Aside { kind, blocks }, _) => {
                let name = match vocabulary {
                    Vocabulary::Xhtml => "div",
                    Vocabulary::Nitf => "block",
                };
                out.push_str(&format!("{name}.aside({kind})[ "));
                blocks_skeleton(blocks, vocabulary, out);
                out.push_str("] ");
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
            // XHTML 1.0 has no `figure`: a `div class="figure"`; NITF its `media`.
            (Block::Figure(_), Vocabulary::Xhtml) => out.push_str("figure "),
            (Block::Figure(_), Vocabulary::Nitf) => out.push_str("media "),
            (Block::Table { caption, rows }, _) => {
                out.push_str("table[ ");
                if !caption.is_empty() {
                    out.push_str("caption ");
                }
                let written = written_rows(rows);
                for (part, name) in [
                    (RowPart::Head, "thead"),
                    (RowPart::Foot, "tfoot"),
                    (RowPart::Body, "tbody"),
                ] {
                    let in_part: Vec<&TableRow> = written
                        .iter()
                        .filter(|(p, _)| *p == part)
                        .map(|(_, row)| *row)
                        .collect();
                    if in_part.is_empty() {
                        continue;
                    }
                    out.push_str(name);
                    out.push_str("[ ");
                    for row in in_part {
                        out.push_str("tr[ ");
                        for cell in &row.cells {
                            out.push_str(if cell.header { "th" } else { "td" });
                            if cell.colspan != 1 {
                                out.push_str(&format!(".c{}", cell.colspan));
                            }
                            if cell.rowspan != 1 {
                                out.push_str(&format!(".r{}", cell.rowspan));
                            }
                            out.push(' ');
                        }
                        out.push_str("] ");
                    }
                    out.push_str("] ");
                }
                out.push_str("] ");
            }
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
            "div" | "block"
                if child
                    .attribute("class")
                    .is_some_and(|c| c.split(' ').next() == Some("aside")) =>
            {
                let class = child.attribute("class").unwrap_or_default();
                let kind = class.strip_prefix("aside").unwrap_or_default().trim_start();
                out.push_str(&format!("{name}.aside({kind})[ "));
                found_blocks(child, out);
                out.push_str("] ");
            }
            "blockquote" | "ul" | "ol" | "li" | "bq" | "block" | "table" | "thead" | "tfoot"
            | "tbody" | "tr" => {
                out.push_str(name);
                out.push_str("[ ");
                found_blocks(child, out);
                out.push_str("] ");
            }
            "div" if child.attribute("class") == Some("figure") => out.push_str("figure "),
            // An enclosure link's `media` is written after the blocks, no block of its own.
            "media" if child.attribute("class") != Some("enclosure") => out.push_str("media "),
            "caption" => out.push_str("caption "),
            "th" | "td" => {
                out.push_str(name);
                for (attribute, mark) in [("colspan", "c"), ("rowspan", "r")] {
                    if let Some(span) = child.attribute(attribute) {
                        out.push_str(&format!(".{mark}{span}"));
                    }
                }
                out.push(' ');
            }
            _ => {}
        }
    }
}

/// The inline marks a body must be written with: each link's target (the outermost: links do
/// not nest), in order, and whether it has emphasis, strong emphasis and line breaks.
/// Marks with nothing in them (a link without text) are not written: the body's canonical form.
pub fn marks(blocks: &[Block]) -> (Vec<String>, [bool; 5]) {
    canonical_marks(&canonical_body(blocks))
}

fn canonical_marks(blocks: &[Block]) -> (Vec<String>, [bool; 5]) {
    let mut hrefs = Vec::new();
    let mut kinds = [false; 5];
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                inline_marks(content, false, &mut hrefs, &mut kinds);
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
                let (h, k) = canonical_marks(blocks);
                hrefs.extend(h);
                kinds = [0, 1, 2, 3, 4].map(|i| kinds[i] || k[i]);
            }
            Block::List { items, .. } => {
                for item in items {
                    let (h, k) = canonical_marks(item);
                    hrefs.extend(h);
                    kinds = [0, 1, 2, 3, 4].map(|i| kinds[i] || k[i]);
                }
            }
            Block::Table { caption, rows } => {
                inline_marks(caption, false, &mut hrefs, &mut kinds);
                for (_, row) in written_rows(rows) {
                    for cell in &row.cells {
                        inline_marks(&cell.content, false, &mut hrefs, &mut kinds);
                    }
                }
            }
            Block::Figure(figure) => inline_marks(&figure.caption, false, &mut hrefs, &mut kinds),
            _ => {}
        }
    }
    (hrefs, kinds)
}

fn inline_marks(inlines: &[Inline], in_link: bool, hrefs: &mut Vec<String>, kinds: &mut [bool; 5]) {
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
            // Written as their text only (NITF's `num/sup` holds text): no mark or link inside.
            Inline::Superscript(_) => kinds[3] = true,
            Inline::Subscript(_) => kinds[4] = true,
            _ => {}
        }
    }
}

/// The marks written below `container` (see [`marks`]): `a/@href` in order, and whether `em`,
/// strong emphasis (`strong`, NITF's `em class="strong"`), `br`, `sup` and `sub` occur.
pub fn found_marks(container: roxmltree::Node<'_, '_>) -> (Vec<String>, [bool; 5]) {
    let elements: Vec<_> = container.descendants().filter(|n| n.is_element()).collect();
    // The link around a figure's picture says its media type: no link of the text.
    let in_figure = |n: &roxmltree::Node| {
        n.parent_element()
            .is_some_and(|p| p.attribute("class") == Some("figure"))
    };
    let hrefs = elements
        .iter()
        .filter(|n| n.tag_name().name() == "a" && !in_figure(n))
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
            elements.iter().any(|n| n.tag_name().name() == "sup"),
            elements.iter().any(|n| n.tag_name().name() == "sub"),
        ],
    )
}
