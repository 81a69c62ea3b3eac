//! The body as structured blocks with inline marks.
//!
//! The shape is the common ground of XHTML, NITF `body.content` and plain-text copy: paragraphs,
//! headings, quotes, lists, tables and preformatted text, with emphasis, strong and links inside.

use serde::{Deserialize, Serialize};

use super::figure::{Figure, canonical_figure};
use super::table::{TableCell, TableRow, aligned_text, canonical_span};

/// A block of body content. Serialized with a `"type"` tag (`"paragraph"`, `"heading"`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Block {
    /// A paragraph of running text. XHTML and NITF: `p`.
    Paragraph {
        /// The paragraph's inline content.
        content: Vec<Inline>,
    },
    /// A sub-heading inside the body (`Espansione della Cooperazione Militare`). XHTML: `h1`-`h6`;
    /// NITF: `hl2`.
    Heading {
        /// 1 (top) to 6; sub-headings inside a story are usually 2.
        level: u8,
        /// The heading's inline content.
        content: Vec<Inline>,
    },
    /// A quotation set off from the text. XHTML: `blockquote`; NITF: `bq`.
    Blockquote {
        /// The quoted blocks.
        blocks: Vec<Block>,
    },
    /// A box set apart from the story's flow: an info box, a fact box, a notebook of notes to
    /// editors and links. XHTML: a `div` of class `aside` (read from `aside`, and from a `div`,
    /// `section` or NITF `block` whose class names a box); NITF: `block`. Where a format has no
    /// boxes its blocks join the body's flow, and the loss report says so (body markup).
    Aside {
        /// What kind of box, as the source names it (`INFOBOX`, `notebook`): class-like words
        /// separated by a space; empty when it names none.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        kind: String,
        /// The box's blocks.
        blocks: Vec<Block>,
    },
    /// A bulleted or numbered list. XHTML: `ul`/`ol`.
    List {
        /// True for a numbered list.
        ordered: bool,
        /// The items, each a sequence of blocks.
        items: Vec<Vec<Block>>,
    },
    /// Text whose line breaks and spacing matter (tables sent as text, agate). XHTML: `pre`.
    Preformatted {
        /// The text, lines separated by `\n`.
        text: String,
    },
    /// A table: rows of cells with inline content. XHTML and NITF: `table`. Where a format has
    /// only text (JSON-LD `articleBody`, plain text, teletype) it is written as aligned columns
    /// ([`plain_text`](Block::plain_text)), which read back as preformatted text.
    Table {
        /// The caption (`caption`); empty when there is none.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        caption: Vec<Inline>,
        /// The rows: head rows first, foot rows last in the canonical form.
        rows: Vec<TableRow>,
    },
    /// A picture or other media in its place, with its caption and credit (see [`Figure`]).
    /// Where a format has only text it has no place, and the loss report says so.
    Figure(Box<Figure>),
}

impl Block {
    /// A paragraph holding one run of text.
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block::Paragraph {
            content: vec![Inline::Text(text.into())],
        }
    }

    /// A heading of the given level holding one run of text.
    pub fn heading(level: u8, text: impl Into<String>) -> Block {
        Block::Heading {
            level,
            content: vec![Inline::Text(text.into())],
        }
    }

    /// The figures in a sequence of blocks, those inside quotes and lists included, in order.
    pub fn figures_of(blocks: &[Block]) -> impl Iterator<Item = &Figure> {
        let mut found = Vec::new();
        fn walk<'b>(blocks: &'b [Block], found: &mut Vec<&'b Figure>) {
            for block in blocks {
                match block {
                    Block::Figure(figure) => found.push(figure),
                    Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
                        walk(blocks, found)
                    }
                    Block::List { items, .. } => items.iter().for_each(|item| walk(item, found)),
                    _ => {}
                }
            }
        }
        walk(blocks, &mut found);
        found.into_iter()
    }

    /// The text of a sequence of blocks without markup, blocks separated by a blank line.
    pub fn text_of(blocks: &[Block]) -> String {
        let mut out = String::new();
        for block in blocks {
            let text = block.plain_text();
            if text.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&text);
        }
        out
    }

    /// The block's text without markup. Nested blocks are separated by a blank line, list items
    /// by a line break; a block or item without text (a figure) adds no separator.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        self.push_plain_text(&mut out);
        out
    }

    fn push_plain_text(&self, out: &mut String) {
        match self {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                Inline::push_all_text(content, out);
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
                push_blocks_text(blocks, "\n\n", out)
            }
            Block::List { items, .. } => {
                let start = out.len();
                for item in items {
                    push_separated(out, start, "\n", |out| push_blocks_text(item, " ", out));
                }
            }
            Block::Preformatted { text } => out.push_str(text),
            Block::Table { caption, rows } => out.push_str(&aligned_text(caption, rows)),
            // Not running text: a caption read into the body would be a paragraph of it.
            Block::Figure(_) => {}
        }
    }
}

/// The text of `blocks`, `separator` between them; a block without text (a figure) adds
/// neither text nor a separator.
fn push_blocks_text(blocks: &[Block], separator: &str, out: &mut String) {
    let start = out.len();
    for block in blocks {
        push_separated(out, start, separator, |out| block.push_plain_text(out));
    }
}

/// Pushes what `push` pushes to `out`, after `separator` when `out` has grown since `start`;
/// when `push` pushes nothing, the separator goes too.
fn push_separated(out: &mut String, start: usize, separator: &str, push: impl FnOnce(&mut String)) {
    let before = out.len();
    if before > start {
        out.push_str(separator);
    }
    let at = out.len();
    push(out);
    if out.len() == at {
        out.truncate(before);
    }
}

/// Inline content: text and the marks around it.
///
/// Serialized compactly: text as a bare JSON string, marks as objects tagged by `"type"`:
/// `["Hello ", {"type": "strong", "content": ["world"]}]`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[non_exhaustive]
pub enum Inline {
    /// A run of text.
    Text(String),
    /// Emphasised text. XHTML: `em`; NITF: `em`.
    Emphasis(Vec<Inline>),
    /// Strongly emphasised text. XHTML: `strong`; NITF: `strong`.
    Strong(Vec<Inline>),
    /// Superscript text: a footnote marker, an ordinal's ending (`1<sup>st</sup>`), a unit's
    /// power. XHTML: `sup`; NITF: `num/sup`, which holds text only.
    Superscript(Vec<Inline>),
    /// Subscript text: a chemical formula's count (`CO<sub>2</sub>`). XHTML: `sub`; NITF:
    /// `num/sub`, which holds text only.
    Subscript(Vec<Inline>),
    /// A hyperlink. XHTML and NITF: `a`.
    Link {
        /// The target URL.
        href: String,
        /// Advisory title (`@title`).
        title: Option<String>,
        /// The link text.
        content: Vec<Inline>,
    },
    /// A forced line break inside a block. XHTML: `br`.
    LineBreak,
}

impl Inline {
    /// A run of text.
    pub fn text(text: impl Into<String>) -> Inline {
        Inline::Text(text.into())
    }

    /// The text of a sequence of inlines without markup (a line break becomes `\n`).
    pub fn plain_text(inlines: &[Inline]) -> String {
        let mut out = String::new();
        Inline::push_all_text(inlines, &mut out);
        out
    }

    fn push_all_text(inlines: &[Inline], out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text(text) => out.push_str(text),
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Superscript(content)
                | Inline::Subscript(content)
                | Inline::Link { content, .. } => Inline::push_all_text(content, out),
                Inline::LineBreak => out.push('\n'),
            }
        }
    }
}

/// The canonical form of a body, which every markup reader produces: whitespace runs collapsed
/// to one space as HTML renders them (across mark boundaries, not inside preformatted text),
/// no whitespace at the start or end of a block or before a line break, adjacent text runs
/// merged, and nothing empty (paragraphs, headings, quotes, lists, preformatted text, marks,
/// links without text), a superscript or subscript holding its text only. Blocks nest in
/// blocks, and marks in marks, at most [`MAX_NESTING`] deep: deeper quotes and lists give their
/// blocks to the block around them, deeper marks their content to the mark around them.
///
/// Two bodies that render the same in HTML have the same canonical form, so a body survives a
/// round trip through XHTML exactly when its canonical form does.
///
/// ```
/// use newswire::model::{canonical_body, Block, Inline};
/// let body = vec![
///     Block::Paragraph { content: vec![Inline::text("  Rates \n held "), Inline::Strong(vec![Inline::text(" again ")])] },
///     Block::paragraph("   "),
/// ];
/// assert_eq!(
///     canonical_body(&body),
///     [Block::Paragraph { content: vec![Inline::text("Rates held "), Inline::Strong(vec![Inline::text("again")])] }]
/// );
/// ```
pub fn canonical_body(blocks: &[Block]) -> Vec<Block> {
    into_canonical_body(blocks.to_vec())
}

/// [`canonical_body`] of blocks the caller owns: text already canonical is moved, not copied,
/// and each block is visited once however deep it nests.
pub(crate) fn into_canonical_body(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    push_canonical_blocks(blocks, 0, &mut out);
    out
}

/// How deep blocks nest in blocks (quotes, lists), and marks in marks, in a canonical body
/// (see [`canonical_body`]). Stories nest a few levels; hostile HTML nests thousands, which
/// JSON readers refuse to read back (serde_json stops at 128 levels) and writers would carry
/// into every output.
pub const MAX_NESTING: usize = 16;

/// True when blocks nest in blocks (quotes, lists), or marks in marks, deeper than
/// [`MAX_NESTING`]: a body no reader makes, which a library user can build. Its JSON would nest
/// past what JSON readers take (serde_json stops at 128 levels).
pub(crate) fn nests_too_deep(blocks: &[Block]) -> bool {
    fn blocks_deeper(blocks: &[Block], depth: usize) -> bool {
        blocks.iter().any(|block| match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                marks_deeper(content, 0)
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => {
                depth >= MAX_NESTING || blocks_deeper(blocks, depth + 1)
            }
            Block::List { items, .. } => {
                depth >= MAX_NESTING || items.iter().any(|item| blocks_deeper(item, depth + 1))
            }
            Block::Preformatted { .. } => false,
            Block::Figure(figure) => marks_deeper(&figure.caption, 0),
            Block::Table { caption, rows } => {
                marks_deeper(caption, 0)
                    || rows
                        .iter()
                        .flat_map(|row| &row.cells)
                        .any(|cell| marks_deeper(&cell.content, 0))
            }
        })
    }
    fn marks_deeper(content: &[Inline], depth: usize) -> bool {
        content.iter().any(|inline| match inline {
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Superscript(content)
            | Inline::Subscript(content)
            | Inline::Link { content, .. } => {
                depth >= MAX_NESTING || marks_deeper(content, depth + 1)
            }
            Inline::Text(_) | Inline::LineBreak => false,
        })
    }
    blocks_deeper(blocks, 0)
}

/// `blocks` nested at most [`MAX_NESTING`] deep, as [`canonical_body`] nests them (deeper quotes
/// and lists give their blocks to the block around them, deeper marks their content to the mark
/// around them), and otherwise as they are: text, empty blocks and whitespace untouched.
pub(crate) fn flatten_nesting(blocks: Vec<Block>) -> Vec<Block> {
    fn flatten_blocks(blocks: Vec<Block>, depth: usize, out: &mut Vec<Block>) {
        for block in blocks {
            match block {
                Block::Paragraph { content } => out.push(Block::Paragraph {
                    content: marks(content, 0),
                }),
                Block::Heading { level, content } => out.push(Block::Heading {
                    level,
                    content: marks(content, 0),
                }),
                Block::Blockquote { blocks } | Block::Aside { blocks, .. }
                    if depth >= MAX_NESTING =>
                {
                    flatten_blocks(blocks, depth, out);
                }
                Block::Blockquote { blocks } => {
                    let mut inner = Vec::with_capacity(blocks.len());
                    flatten_blocks(blocks, depth + 1, &mut inner);
                    out.push(Block::Blockquote { blocks: inner });
                }
                Block::Aside { kind, blocks } => out.push(flatten_aside(kind, blocks, depth)),
                Block::List { items, .. } if depth >= MAX_NESTING => {
                    for item in items {
                        flatten_blocks(item, depth, out);
                    }
                }
                Block::List { ordered, items } => out.push(Block::List {
                    ordered,
                    items: items
                        .into_iter()
                        .map(|item| {
                            let mut inner = Vec::with_capacity(item.len());
                            flatten_blocks(item, depth + 1, &mut inner);
                            inner
                        })
                        .collect(),
                }),
                Block::Preformatted { text } => out.push(Block::Preformatted { text }),
                Block::Figure(figure) => out.push(flatten_figure(figure)),
                Block::Table { caption, rows } => out.push(Block::Table {
                    caption: marks(caption, 0),
                    rows: rows
                        .into_iter()
                        .map(|row| TableRow {
                            cells: row
                                .cells
                                .into_iter()
                                .map(|cell| TableCell {
                                    content: marks(cell.content, 0),
                                    ..cell
                                })
                                .collect(),
                            ..row
                        })
                        .collect(),
                }),
            }
        }
    }
    fn marks(content: Vec<Inline>, depth: usize) -> Vec<Inline> {
        let mut out = Vec::with_capacity(content.len());
        flatten_marks(content, depth, &mut out);
        out
    }
    fn flatten_marks(content: Vec<Inline>, depth: usize, out: &mut Vec<Inline>) {
        for inline in content {
            match inline {
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Superscript(content)
                | Inline::Subscript(content)
                | Inline::Link { content, .. }
                    if depth >= MAX_NESTING =>
                {
                    flatten_marks(content, depth, out);
                }
                Inline::Emphasis(content) => out.push(Inline::Emphasis(marks(content, depth + 1))),
                Inline::Strong(content) => out.push(Inline::Strong(marks(content, depth + 1))),
                Inline::Link {
                    href,
                    title,
                    content,
                } => out.push(Inline::Link {
                    href,
                    title,
                    content: marks(content, depth + 1),
                }),
                other => out.push(other),
            }
        }
    }
    /// A box's blocks flattened (apart from the walk to keep its stack frame small).
    #[inline(never)]
    fn flatten_aside(kind: String, blocks: Vec<Block>, depth: usize) -> Block {
        let mut inner = Vec::with_capacity(blocks.len());
        flatten_blocks(blocks, depth + 1, &mut inner);
        Block::Aside {
            kind,
            blocks: inner,
        }
    }
    let mut out = Vec::with_capacity(blocks.len());
    flatten_blocks(blocks, 0, &mut out);
    out
}

/// A figure with its caption's marks nested at most [`MAX_NESTING`] deep. Apart from the
/// recursive walks (here and in [`canonical_figure_block`]), whose stack frames would grow by
/// what a figure needs at every level of nesting.
fn flatten_figure(mut figure: Box<Figure>) -> Block {
    let caption = std::mem::take(&mut figure.caption);
    figure.caption = flatten_nesting(vec![Block::Paragraph { content: caption }])
        .into_iter()
        .find_map(|block| match block {
            Block::Paragraph { content } => Some(content),
            _ => None,
        })
        .unwrap_or_default();
    Block::Figure(figure)
}

/// The canonical form of a figure block (see [`flatten_figure`] for why it stands apart).
#[allow(
    clippy::boxed_local,
    reason = "unboxing in the caller would put the figure in the recursive walk's stack frame"
)]
fn canonical_figure_block(figure: Box<Figure>) -> Option<Block> {
    canonical_figure(*figure).map(|figure| Block::Figure(Box::new(figure)))
}

/// The canonical form of `blocks`, nested `depth` blocks deep, pushed to `out`.
fn push_canonical_blocks(blocks: Vec<Block>, depth: usize, out: &mut Vec<Block>) {
    for block in blocks {
        match block {
            Block::Paragraph { content } => {
                let content = into_canonical_inlines(content);
                if !content.is_empty() {
                    out.push(Block::Paragraph { content });
                }
            }
            Block::Heading { level, content } => {
                let content = into_canonical_inlines(content);
                if !content.is_empty() {
                    out.push(Block::Heading { level, content });
                }
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } if depth >= MAX_NESTING => {
                push_canonical_blocks(blocks, depth, out);
            }
            Block::Blockquote { blocks } => {
                let mut inner = Vec::with_capacity(blocks.len());
                push_canonical_blocks(blocks, depth + 1, &mut inner);
                if !inner.is_empty() {
                    out.push(Block::Blockquote { blocks: inner });
                }
            }
            Block::Aside { kind, blocks } => push_canonical_aside(kind, blocks, depth, out),
            Block::List { items, .. } if depth >= MAX_NESTING => {
                for item in items {
                    push_canonical_blocks(item, depth, out);
                }
            }
            Block::List { ordered, items } => {
                if !items.is_empty() {
                    let items = items
                        .into_iter()
                        .map(|item| {
                            let mut inner = Vec::with_capacity(item.len());
                            push_canonical_blocks(item, depth + 1, &mut inner);
                            inner
                        })
                        .collect();
                    out.push(Block::List { ordered, items });
                }
            }
            Block::Preformatted { text } => {
                if !text.is_empty() {
                    out.push(Block::Preformatted { text });
                }
            }
            Block::Table { caption, rows } => {
                if let Some(table) = canonical_table(caption, rows) {
                    out.push(table);
                }
            }
            Block::Figure(figure) => out.extend(canonical_figure_block(figure)),
        }
    }
}

/// The canonical form of a box, nested `depth` blocks deep, pushed to `out`. A box stands in
/// the body itself (NITF has no place for one elsewhere): one inside another block gives its
/// blocks to it. Apart from [`push_canonical_blocks`] to keep the recursive walk's stack frame
/// small (hostile bodies nest thousands deep).
#[inline(never)]
fn push_canonical_aside(kind: String, blocks: Vec<Block>, depth: usize, out: &mut Vec<Block>) {
    if depth > 0 {
        push_canonical_blocks(blocks, depth, out);
        return;
    }
    let mut inner = Vec::with_capacity(blocks.len());
    push_canonical_blocks(blocks, depth + 1, &mut inner);
    if !inner.is_empty() {
        out.push(Block::Aside {
            kind: canonical_aside_kind(&kind),
            blocks: inner,
        });
    }
}

/// The canonical form of a box's kind: its words separated by one space, without the word
/// `aside` (the class newswire writes for every box, so it names no kind).
pub fn canonical_aside_kind(kind: &str) -> String {
    kind.split_whitespace()
        .filter(|word| *word != ASIDE_CLASS)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The class of the `div` newswire writes for a box ([`Block::Aside`]), before its kind.
pub const ASIDE_CLASS: &str = "aside";

/// The canonical form of a table: caption and cells as inline content is, spans 1 to
/// [`MAX_SPAN`](super::table::MAX_SPAN), rows without cells dropped, head rows first and foot
/// rows last (XHTML writes `tfoot` before `tbody`); no table when no row is left. Empty cells
/// stay: they hold their column.
pub(crate) fn canonical_table(caption: Vec<Inline>, rows: Vec<TableRow>) -> Option<Block> {
    let mut rows: Vec<TableRow> = rows
        .into_iter()
        .filter(|row| !row.cells.is_empty())
        .map(|row| TableRow {
            cells: row
                .cells
                .into_iter()
                .map(|cell| TableCell {
                    colspan: canonical_span(cell.colspan),
                    rowspan: canonical_span(cell.rowspan),
                    content: into_canonical_inlines(cell.content),
                    ..cell
                })
                .collect(),
            ..row
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    rows.sort_by_key(|row| row.part);
    Some(Block::Table {
        caption: into_canonical_inlines(caption),
        rows,
    })
}

/// The canonical form of a block's inline content (see [`canonical_body`]).
pub fn canonical_inlines(inlines: &[Inline]) -> Vec<Inline> {
    into_canonical_inlines(inlines.to_vec())
}

/// [`canonical_inlines`] of inlines the caller owns (see [`into_canonical_body`]).
pub(super) fn into_canonical_inlines(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut after_space = true;
    let mut out = Vec::with_capacity(inlines.len());
    collapse(inlines, 0, &mut after_space, &mut out);
    trim_end(&mut out, Breaks::Dropped);
    let mut before_break = false;
    trim_before_breaks(&mut out, &mut before_break);
    out
}

/// Removes whitespace before a line break that a mark boundary hides from [`collapse`]
/// (`a <strong><br/></strong>`), walking backwards; marks left empty are dropped (in one pass
/// at the end, not one removal at a time, which would be quadratic).
fn trim_before_breaks(inlines: &mut Vec<Inline>, before_break: &mut bool) {
    for inline in inlines.iter_mut().rev() {
        match inline {
            Inline::LineBreak => *before_break = true,
            Inline::Text(text) => {
                if *before_break {
                    let kept = text.trim_end_matches(is_xml_space).len();
                    text.truncate(kept);
                }
                *before_break &= text.is_empty();
            }
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Superscript(content)
            | Inline::Subscript(content)
            | Inline::Link { content, .. } => {
                trim_before_breaks(content, before_break);
            }
        }
    }
    inlines.retain(|inline| match inline {
        Inline::Text(text) => !text.is_empty(),
        Inline::Emphasis(content)
        | Inline::Strong(content)
        | Inline::Superscript(content)
        | Inline::Subscript(content)
        | Inline::Link { content, .. } => !content.is_empty(),
        Inline::LineBreak => true,
    });
}

/// XML's whitespace characters; others (no-break space, ideographic space) are content.
fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// `inlines`, nested `depth` marks deep, with whitespace collapsed, pushed to `out`; beyond
/// [`MAX_NESTING`] marks give their content to the mark around them (pushed to the same `out`,
/// so that each inline is moved once however deep it nests).
fn collapse(inlines: Vec<Inline>, depth: usize, after_space: &mut bool, out: &mut Vec<Inline>) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => {
                if let Some(Inline::Text(previous)) = out.last_mut() {
                    collapse_text(&text, after_space, previous);
                } else {
                    let collapsed = collapsed_text(text, after_space);
                    if !collapsed.is_empty() {
                        out.push(Inline::Text(collapsed));
                    }
                }
            }
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Superscript(content)
            | Inline::Subscript(content)
            | Inline::Link { content, .. }
                if depth >= MAX_NESTING =>
            {
                collapse(content, depth, after_space, out);
            }
            Inline::Emphasis(content) => {
                let content = collapse_mark(content, depth, after_space);
                if !content.is_empty() {
                    out.push(Inline::Emphasis(content));
                }
            }
            Inline::Strong(content) => {
                let content = collapse_mark(content, depth, after_space);
                if !content.is_empty() {
                    out.push(Inline::Strong(content));
                }
            }
            Inline::Superscript(content) => {
                let content = collapse_mark(script_text(&content), depth, after_space);
                if !content.is_empty() {
                    out.push(Inline::Superscript(content));
                }
            }
            Inline::Subscript(content) => {
                let content = collapse_mark(script_text(&content), depth, after_space);
                if !content.is_empty() {
                    out.push(Inline::Subscript(content));
                }
            }
            Inline::Link {
                href,
                title,
                content,
            } => {
                let content = collapse_mark(content, depth, after_space);
                if !content.is_empty() {
                    out.push(Inline::Link {
                        href,
                        title,
                        content,
                    });
                }
            }
            Inline::LineBreak => {
                trim_end(out, Breaks::Kept);
                out.push(Inline::LineBreak);
                *after_space = true;
            }
        }
    }
}

/// The content of a mark `depth` marks deep, collapsed one level further in.
fn collapse_mark(content: Vec<Inline>, depth: usize, after_space: &mut bool) -> Vec<Inline> {
    let mut out = Vec::with_capacity(content.len());
    collapse(content, depth + 1, after_space, &mut out);
    out
}

/// `text` collapsed (see [`collapse_text`]): moved as it is when it is canonical already.
fn collapsed_text(text: String, after_space: &mut bool) -> String {
    let bytes = text.as_bytes();
    if is_single_spaced(bytes) && !(*after_space && bytes.first() == Some(&b' ')) {
        if let Some(&last) = bytes.last() {
            *after_space = last == b' ';
        }
        return text;
    }
    let mut collapsed = String::with_capacity(text.len());
    collapse_text(&text, after_space, &mut collapsed);
    collapsed
}

/// True when the text's only XML whitespace is single spaces (no tab, line break or run of
/// spaces): what the whitespace-collapsing fast paths look for, with memchr's vector search.
pub(crate) fn is_single_spaced(bytes: &[u8]) -> bool {
    memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_none()
        && memchr::memmem::find(bytes, b"  ").is_none()
}

/// Appends `text` to `out` with each run of XML whitespace as one space, none after a space
/// (`after_space`, carried across marks). XML whitespace is ASCII, so text is copied in slices
/// between the bytes that change, not char by char.
fn collapse_text(text: &str, after_space: &mut bool, out: &mut String) {
    // Most text is canonical already (single spaces, no line breaks): found with memchr's
    // vector search and copied whole.
    let bytes = text.as_bytes();
    if is_single_spaced(bytes) && !(*after_space && bytes.first() == Some(&b' ')) {
        if let Some(&last) = bytes.last() {
            out.push_str(text);
            *after_space = last == b' ';
        }
        return;
    }
    let mut copied = 0;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            b' ' if !*after_space => *after_space = true,
            b' ' | b'\t' | b'\n' | b'\r' => {
                out.push_str(text.get(copied..i).unwrap_or_default());
                if !*after_space {
                    out.push(' ');
                    *after_space = true;
                }
                copied = i + 1;
            }
            _ => *after_space = false,
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
}

/// A superscript's or subscript's content as its text (a line break a space): markup carries
/// them as text only (NITF's `num/sup`), and a mark or link inside one (a footnote marker's
/// in-page anchor) says nothing outside the page.
fn script_text(content: &[Inline]) -> Vec<Inline> {
    vec![Inline::Text(Inline::plain_text(content).replace('\n', " "))]
}

/// Whether [`trim_end`] removes line breaks too.
#[derive(Clone, Copy, PartialEq)]
enum Breaks {
    /// Before a line break: only whitespace goes, so that breaks in a row stay.
    Kept,
    /// At the end of a block: a break there ends no line that is shown (browsers show none;
    /// a feed's `<p><br></p>` is an empty paragraph), so it goes with the whitespace.
    Dropped,
}

/// Removes whitespace (and, when `breaks` says so, line breaks) at the end, descending into a
/// trailing mark, dropping what becomes empty.
fn trim_end(inlines: &mut Vec<Inline>, breaks: Breaks) {
    while let Some(last) = inlines.last_mut() {
        let empty = match last {
            Inline::Text(text) => {
                let kept = text.trim_end_matches(is_xml_space).len();
                text.truncate(kept);
                text.is_empty()
            }
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Superscript(content)
            | Inline::Subscript(content)
            | Inline::Link { content, .. } => {
                trim_end(content, breaks);
                content.is_empty()
            }
            Inline::LineBreak => breaks == Breaks::Dropped,
        };
        if !empty {
            return;
        }
        inlines.pop();
    }
}

/// Written as a bare string (text) or an object tagged by `type` (a mark), each mark written in
/// place. (Derived through a shape it is converted into, each mark would be copied, with all it
/// holds, once for each mark around it: marks × depth.)
impl Serialize for Inline {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (tag, content) = match self {
            Inline::Text(text) => return serializer.serialize_str(text),
            Inline::LineBreak => {
                let mut mark = serializer.serialize_struct("Mark", 1)?;
                mark.serialize_field("type", "line_break")?;
                return mark.end();
            }
            Inline::Emphasis(content) => ("emphasis", content),
            Inline::Strong(content) => ("strong", content),
            Inline::Superscript(content) => ("superscript", content),
            Inline::Subscript(content) => ("subscript", content),
            Inline::Link {
                href,
                title,
                content,
            } => {
                let fields = 3 + usize::from(title.is_some());
                let mut mark = serializer.serialize_struct("Mark", fields)?;
                mark.serialize_field("type", "link")?;
                mark.serialize_field("href", href)?;
                if let Some(title) = title {
                    mark.serialize_field("title", title)?;
                }
                mark.serialize_field("content", content)?;
                return mark.end();
            }
        };
        let mut mark = serializer.serialize_struct("Mark", 2)?;
        mark.serialize_field("type", tag)?;
        mark.serialize_field("content", content)?;
        mark.end()
    }
}

/// A mark as written: an object tagged by `type`.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Mark {
    Emphasis {
        content: Vec<Inline>,
    },
    Strong {
        content: Vec<Inline>,
    },
    Superscript {
        content: Vec<Inline>,
    },
    Subscript {
        content: Vec<Inline>,
    },
    Link {
        href: String,
        #[serde(default)]
        title: Option<String>,
        content: Vec<Inline>,
    },
    LineBreak,
}

/// Read as it is written (see the [`Serialize`] impl), by what the value is: a string is text, an
/// object a mark. (Derived as an untagged shape, a mark and all it holds would be copied once
/// for each mark around it.)
impl<'de> Deserialize<'de> for Inline {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Inline, D::Error> {
        deserializer.deserialize_any(InlineVisitor)
    }
}

struct InlineVisitor;

impl<'de> serde::de::Visitor<'de> for InlineVisitor {
    type Value = Inline;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string or an object with a type")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Inline, E> {
        Ok(Inline::Text(text.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Inline, E> {
        Ok(Inline::Text(text))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Inline, A::Error> {
        let mark = Mark::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        Ok(match mark {
            Mark::Emphasis { content } => Inline::Emphasis(content),
            Mark::Strong { content } => Inline::Strong(content),
            Mark::Superscript { content } => Inline::Superscript(content),
            Mark::Subscript { content } => Inline::Subscript(content),
            Mark::Link {
                href,
                title,
                content,
            } => Inline::Link {
                href,
                title,
                content,
            },
            Mark::LineBreak => Inline::LineBreak,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_serializes_text_as_bare_string_and_marks_tagged() {
        let block = Block::Paragraph {
            content: vec![
                Inline::text("Hello "),
                Inline::Strong(vec![Inline::text("world")]),
                Inline::LineBreak,
            ],
        };
        let json = serde_json::to_string(&block).unwrap();
        assert_eq!(
            json,
            r#"{"type":"paragraph","content":["Hello ",{"type":"strong","content":["world"]},{"type":"line_break"}]}"#
        );
        let back: Block = serde_json::from_str(&json).unwrap();
        assert_eq!(back, block);
    }

    #[test]
    fn canonical_form_collapses_across_marks_and_drops_empties() {
        let body = vec![
            Block::Paragraph {
                content: vec![
                    Inline::text("\n  a  "),
                    Inline::Emphasis(vec![Inline::text("  b\t")]),
                    Inline::text(" c\u{a0} "),
                    Inline::LineBreak,
                    Inline::text("  d"),
                    Inline::Strong(vec![Inline::text("  ")]),
                    Inline::Link {
                        href: "h".into(),
                        title: None,
                        content: vec![],
                    },
                ],
            },
            Block::Heading {
                level: 2,
                content: vec![Inline::Emphasis(vec![])],
            },
            Block::Blockquote {
                blocks: vec![Block::paragraph(" ")],
            },
            Block::List {
                ordered: false,
                items: vec![vec![], vec![Block::paragraph(" x ")]],
            },
            Block::Preformatted {
                text: "  keep  \n".into(),
            },
        ];
        let canonical = canonical_body(&body);
        assert_eq!(
            canonical,
            [
                Block::Paragraph {
                    content: vec![
                        Inline::text("a "),
                        Inline::Emphasis(vec![Inline::text("b ")]),
                        Inline::text("c\u{a0}"),
                        Inline::LineBreak,
                        Inline::text("d"),
                    ]
                },
                Block::List {
                    ordered: false,
                    items: vec![vec![], vec![Block::paragraph("x")]],
                },
                Block::Preformatted {
                    text: "  keep  \n".into()
                },
            ]
        );
        assert_eq!(canonical_body(&canonical), canonical, "idempotent");
    }

    /// A line break at the end of a block shows nothing: it goes (and a paragraph of breaks
    /// alone with it); breaks in a row before text stay.
    #[test]
    fn breaks_at_the_end_of_a_block_go_and_breaks_before_text_stay() {
        let body = vec![
            Block::Paragraph {
                content: vec![
                    Inline::text("a"),
                    Inline::LineBreak,
                    Inline::LineBreak,
                    Inline::text("b "),
                    Inline::LineBreak,
                    Inline::Strong(vec![Inline::text(" "), Inline::LineBreak]),
                ],
            },
            Block::Paragraph {
                content: vec![Inline::LineBreak, Inline::text("\n")],
            },
        ];
        assert_eq!(
            canonical_body(&body),
            [Block::Paragraph {
                content: vec![
                    Inline::text("a"),
                    Inline::LineBreak,
                    Inline::LineBreak,
                    Inline::text("b"),
                ]
            }]
        );
    }

    /// How deep marks nest in `inlines`.
    fn mark_depth(inlines: &[Inline]) -> usize {
        inlines
            .iter()
            .map(|inline| match inline {
                Inline::Emphasis(c)
                | Inline::Strong(c)
                | Inline::Superscript(c)
                | Inline::Subscript(c)
                | Inline::Link { content: c, .. } => 1 + mark_depth(c),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    /// How deep quotes and lists nest in `blocks`.
    fn block_depth(blocks: &[Block]) -> usize {
        blocks
            .iter()
            .map(|block| match block {
                Block::Blockquote { blocks } => 1 + block_depth(blocks),
                Block::List { items, .. } => {
                    1 + items.iter().map(|i| block_depth(i)).max().unwrap_or(0)
                }
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn a_box_stands_in_the_body_its_kind_single_spaced_without_aside() {
        let boxed = |kind: &str, blocks: Vec<Block>| Block::Aside {
            kind: kind.into(),
            blocks,
        };
        let body = vec![
            boxed(
                " aside  fact\u{a0}box aside ",
                vec![
                    Block::paragraph("a"),
                    boxed("inner", vec![Block::paragraph("b")]),
                ],
            ),
            boxed("empty", vec![Block::paragraph("  ")]),
            Block::List {
                ordered: false,
                items: vec![vec![boxed("", vec![Block::paragraph("c")])]],
            },
        ];
        assert_eq!(
            canonical_body(&body),
            [
                boxed(
                    "fact box",
                    vec![Block::paragraph("a"), Block::paragraph("b")]
                ),
                Block::List {
                    ordered: false,
                    items: vec![vec![Block::paragraph("c")]],
                },
            ]
        );
        assert_eq!(canonical_aside_kind("Aside INFOBOX"), "Aside INFOBOX");
        assert_eq!(
            Block::text_of(&body[..1]),
            "a\n\nb",
            "a box's blocks are text"
        );
    }

    #[test]
    fn nesting_beyond_the_maximum_keeps_its_content_without_the_nesting() {
        let mut marks = vec![Inline::text("deep")];
        let mut blocks = vec![Block::paragraph("inner")];
        for i in 0..1000 {
            marks = vec![Inline::text("x"), Inline::Strong(marks)];
            blocks = if i % 2 == 0 {
                vec![Block::Blockquote { blocks }]
            } else {
                vec![Block::List {
                    ordered: true,
                    items: vec![blocks, vec![Block::paragraph("item")]],
                }]
            };
        }
        blocks.push(Block::Paragraph { content: marks });
        let canonical = canonical_body(&blocks);
        assert_eq!(block_depth(&canonical), MAX_NESTING);
        let Some(Block::Paragraph { content }) = canonical.last() else {
            panic!("{:?}", canonical.last());
        };
        assert_eq!(mark_depth(content), MAX_NESTING);
        assert_eq!(
            Inline::plain_text(content),
            format!("{}deep", "x".repeat(1000))
        );
        let text = |blocks: &[Block]| {
            let mut out = String::new();
            push_blocks_text(blocks, " ", &mut out);
            out.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        assert_eq!(text(&canonical), text(&blocks), "no text lost");
        assert_eq!(canonical_body(&canonical), canonical, "idempotent");
        // Flattening alone nests as the canonical form does, and keeps the text as it was.
        assert!(nests_too_deep(&blocks));
        let flat = flatten_nesting(blocks.clone());
        assert!(!nests_too_deep(&flat));
        assert_eq!(block_depth(&flat), MAX_NESTING);
        assert_eq!(text(&flat), text(&blocks), "no text lost");
        assert_eq!(canonical_body(&flat), canonical);
        let shallow = vec![
            Block::paragraph("  two  spaces "),
            Block::paragraph(""),
            Block::Blockquote { blocks: vec![] },
        ];
        assert!(!nests_too_deep(&shallow));
        assert_eq!(flatten_nesting(shallow.clone()), shallow);
    }

    #[test]
    fn no_space_before_a_line_break_inside_a_mark() {
        let content = vec![
            Inline::text("a "),
            Inline::Strong(vec![
                Inline::Emphasis(vec![Inline::LineBreak]),
                Inline::text("b"),
            ]),
        ];
        assert_eq!(
            canonical_inlines(&content),
            [
                Inline::text("a"),
                Inline::Strong(vec![
                    Inline::Emphasis(vec![Inline::LineBreak]),
                    Inline::text("b")
                ]),
            ]
        );
    }

    #[test]
    fn plain_text_flattens_marks_and_lists() {
        let list = Block::List {
            ordered: false,
            items: vec![vec![Block::paragraph("a")], vec![Block::paragraph("b")]],
        };
        assert_eq!(list.plain_text(), "a\nb");
        let p = Block::Paragraph {
            content: vec![
                Inline::text("see "),
                Inline::Link {
                    href: "https://example.com".into(),
                    title: None,
                    content: vec![Inline::Emphasis(vec![Inline::text("here")])],
                },
            ],
        };
        assert_eq!(p.plain_text(), "see here");
        // A figure has no running text: no separator for it, between blocks or at the end.
        let figure = || Block::Figure(Box::new(Figure::new("https://example.com/p.jpg")));
        let quote = Block::Blockquote {
            blocks: vec![
                figure(),
                Block::paragraph("a"),
                figure(),
                Block::paragraph("b"),
                figure(),
            ],
        };
        assert_eq!(quote.plain_text(), "a\n\nb");
    }
}
