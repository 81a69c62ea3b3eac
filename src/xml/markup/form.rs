//! The form body blocks take in markup: what a writer renders and a reader gets back.

use crate::iri::is_safe_link;
use std::borrow::Cow;

use crate::model::{
    Block, Figure, Inline, MAX_NESTING, MAX_SPAN, RowPart, TableCell, TableRow,
    canonical_aside_kind, canonical_figure, canonical_table, into_canonical_body, is_single_spaced,
};
use crate::writable::{has_unwritable, writable};

/// The blocks as [`write_body`](super::write_body) renders them and [`read_body`](super::read_body) reads them
/// back: heading levels clamped to 1-6, lists without items left out, a table without body
/// rows written with its head and foot rows as body rows (XHTML and NITF need a `tbody`), a link inside a link and a
/// link a reader would not keep (blank or unsafe `href`) reduced to their content, `href` and
/// `title` trimmed (a blank title left out), the characters XML cannot carry dropped, then the
/// [canonical form](crate::model::canonical_body).
///
/// Writers render this form, so that writing what was read gives the same bytes again; the
/// projections of the XHTML formats use it to say what a body becomes.
///
/// A body already in this form (what every reader gives) is borrowed, not copied: the form is
/// taken one block at a time and kept only from the first block it changes, so that writing a
/// body of many small blocks does not hold it twice.
pub(crate) fn xhtml_form(blocks: &[Block]) -> Cow<'_, [Block]> {
    let mut changed: Option<Vec<Block>> = None;
    for (i, block) in blocks.iter().enumerate() {
        if changed.is_none() && in_form(block) {
            continue;
        }
        let form = into_canonical_body(block_form(block).into_iter().collect());
        match &mut changed {
            Some(out) => out.extend(form),
            None if form.len() == 1 && form.first() == Some(block) => {}
            None => {
                let mut out = Vec::with_capacity(blocks.len());
                out.extend_from_slice(blocks.get(..i).unwrap_or_default());
                out.extend(form);
                changed = Some(out);
            }
        }
    }
    changed.map_or(Cow::Borrowed(blocks), Cow::Owned)
}

/// [`xhtml_form`] of blocks that may be owned already (a printed body): borrowed from where
/// they were borrowed, else owned.
pub(crate) fn xhtml_form_of(blocks: Cow<'_, [Block]>) -> Cow<'_, [Block]> {
    match blocks {
        Cow::Borrowed(blocks) => xhtml_form(blocks),
        Cow::Owned(blocks) => {
            let changed = match xhtml_form(&blocks) {
                Cow::Owned(form) => Some(form),
                Cow::Borrowed(_) => None,
            };
            Cow::Owned(changed.unwrap_or(blocks))
        }
    }
}

/// True for a block the form leaves exactly as it is: what every reader gives. Checked without
/// building anything, by the rules [`block_form`] and the canonical form apply; false for
/// anything else, which is then formed to see (so this only has to be right when it says yes).
pub(crate) fn in_form(block: &Block) -> bool {
    block_in_form(block, 0)
}

fn block_in_form(block: &Block, depth: usize) -> bool {
    match block {
        Block::Paragraph { content } => inlines_in_form(content),
        Block::Heading { level, content } => (1..=6).contains(level) && inlines_in_form(content),
        Block::Blockquote { blocks } => {
            depth < MAX_NESTING
                && !blocks.is_empty()
                && blocks.iter().all(|b| block_in_form(b, depth + 1))
        }
        Block::Aside { kind, blocks } => {
            depth == 0
                && !has_unwritable(kind)
                && *kind == canonical_aside_kind(kind)
                && !blocks.is_empty()
                && blocks.iter().all(|b| block_in_form(b, depth + 1))
        }
        Block::List { items, .. } => {
            depth < MAX_NESTING
                && !items.is_empty()
                && items.iter().flatten().all(|b| block_in_form(b, depth + 1))
        }
        Block::Preformatted { text } => !text.is_empty() && !has_unwritable(text),
        Block::Table { caption, rows } => table_in_form(caption, rows),
        Block::Figure(figure) => figure_form(figure).as_ref() == Some(&**figure),
    }
}

/// A figure as markup carries it: its texts writable and on one line, its caption in form, and
/// no figure whose address a reader would not keep (blank or unsafe).
fn figure_form(figure: &Figure) -> Option<Figure> {
    let text = |value: &Option<String>| value.as_deref().map(|v| writable(v).into_owned());
    let figure = canonical_figure(Figure {
        href: writable(&figure.href).into_owned(),
        media_type: text(&figure.media_type),
        alt: text(&figure.alt),
        caption: inlines_form(&figure.caption, false),
        credit: text(&figure.credit),
    })?;
    is_safe_link(&figure.href).then_some(figure)
}

/// A table in form: its caption and cells in form (or empty), spans within bounds, no row
/// without cells, the rows in head, body, foot order, and one body row at least.
fn table_in_form(caption: &[Inline], rows: &[TableRow]) -> bool {
    let cell_in_form = |cell: &TableCell| {
        (1..=MAX_SPAN).contains(&cell.colspan)
            && (1..=MAX_SPAN).contains(&cell.rowspan)
            && (cell.content.is_empty() || inlines_in_form(&cell.content))
    };
    (caption.is_empty() || inlines_in_form(caption))
        && rows.iter().any(|row| row.part == RowPart::Body)
        && rows.is_sorted_by_key(|row| row.part)
        && rows
            .iter()
            .all(|row| !row.cells.is_empty() && row.cells.iter().all(cell_in_form))
}

/// A block's inline content in form: not empty, whitespace collapsed (single spaces, none at
/// the start, the end or before a line break, runs of text merged), no empty mark, marks at
/// most [`MAX_NESTING`] deep, links only as a reader keeps them, and XML characters only.
fn inlines_in_form(content: &[Inline]) -> bool {
    let mut state = Spacing {
        after_space: true,
        text_ends_in_space: false,
        ends_in_break: false,
    };
    !content.is_empty()
        && marks_in_form(content, 0, false, &mut state)
        && !state.text_ends_in_space
        && !state.ends_in_break
}

/// Where the walk of [`inlines_in_form`] is in the block's text.
struct Spacing {
    /// At the start, after a line break or after a space: a space here would be collapsed.
    after_space: bool,
    /// The last text seen ends with a space (trimmed before a line break or at the end).
    text_ends_in_space: bool,
    /// The last inline seen is a line break (dropped at the end of a block).
    ends_in_break: bool,
}

fn marks_in_form(inlines: &[Inline], depth: usize, in_link: bool, state: &mut Spacing) -> bool {
    let mut previous_text = false;
    for inline in inlines {
        let ok = match inline {
            Inline::Text(text) => {
                let bytes = text.as_bytes();
                // A space where one was already is collapsed.
                let collapsed = state.after_space && bytes.first() == Some(&b' ');
                let ok = !previous_text
                    && !bytes.is_empty()
                    && is_single_spaced(bytes)
                    && !collapsed
                    && !has_unwritable(text);
                state.after_space = bytes.last() == Some(&b' ');
                state.text_ends_in_space = state.after_space;
                state.ends_in_break = false;
                ok
            }
            Inline::LineBreak => {
                let ok = !state.text_ends_in_space;
                state.after_space = true;
                state.text_ends_in_space = false;
                state.ends_in_break = true;
                ok
            }
            Inline::Emphasis(content) | Inline::Strong(content) => {
                depth < MAX_NESTING
                    && !content.is_empty()
                    && marks_in_form(content, depth + 1, in_link, state)
            }
            // Text only, as the canonical form keeps them.
            Inline::Superscript(content) | Inline::Subscript(content) => {
                depth < MAX_NESTING
                    && matches!(content.as_slice(), [Inline::Text(_)])
                    && marks_in_form(content, depth + 1, in_link, state)
            }
            Inline::Link {
                href,
                title,
                content,
            } => {
                !in_link
                    && depth < MAX_NESTING
                    && !href.is_empty()
                    && href.trim() == href
                    && !has_unwritable(href)
                    && is_safe_link(href)
                    && title
                        .as_deref()
                        .is_none_or(|t| !t.is_empty() && t.trim() == t && !has_unwritable(t))
                    && !content.is_empty()
                    && marks_in_form(content, depth + 1, true, state)
            }
        };
        if !ok {
            return false;
        }
        previous_text = matches!(inline, Inline::Text(_));
    }
    true
}

fn block_form(block: &Block) -> Option<Block> {
    Some(match block {
        Block::Paragraph { content } => Block::Paragraph {
            content: inlines_form(content, false),
        },
        Block::Heading { level, content } => Block::Heading {
            level: (*level).clamp(1, 6),
            content: inlines_form(content, false),
        },
        Block::Blockquote { blocks } => Block::Blockquote {
            blocks: blocks.iter().filter_map(block_form).collect(),
        },
        Block::Aside { kind, blocks } => Block::Aside {
            kind: writable(kind).into_owned(),
            blocks: blocks.iter().filter_map(block_form).collect(),
        },
        Block::List { ordered, items } => {
            if items.is_empty() {
                return None;
            }
            Block::List {
                ordered: *ordered,
                items: items
                    .iter()
                    .map(|item| item.iter().filter_map(block_form).collect())
                    .collect(),
            }
        }
        Block::Preformatted { text } => Block::Preformatted {
            text: writable(text).into_owned(),
        },
        Block::Table { caption, rows } => {
            let rows = rows
                .iter()
                .map(|row| TableRow {
                    part: row.part,
                    cells: row
                        .cells
                        .iter()
                        .map(|cell| TableCell {
                            content: inlines_form(&cell.content, false),
                            ..cell.clone()
                        })
                        .collect(),
                })
                .collect();
            let Some(Block::Table { caption, mut rows }) =
                canonical_table(inlines_form(caption, false), rows)
            else {
                return None;
            };
            if !rows.iter().any(|row| row.part == RowPart::Body) {
                for row in &mut rows {
                    row.part = RowPart::Body;
                }
            }
            Block::Table { caption, rows }
        }
        Block::Figure(figure) => Block::Figure(Box::new(figure_form(figure)?)),
    })
}

fn inlines_form(inlines: &[Inline], inside_link: bool) -> Vec<Inline> {
    let mut out = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match inline {
            Inline::Text(text) => out.push(Inline::Text(writable(text).into_owned())),
            Inline::Emphasis(content) => {
                out.push(Inline::Emphasis(inlines_form(content, inside_link)));
            }
            Inline::Strong(content) => out.push(Inline::Strong(inlines_form(content, inside_link))),
            // The canonical form below keeps their text only (NITF's `num/sup` holds no more).
            Inline::Superscript(content) => {
                out.push(Inline::Superscript(inlines_form(content, inside_link)));
            }
            Inline::Subscript(content) => {
                out.push(Inline::Subscript(inlines_form(content, inside_link)));
            }
            Inline::Link {
                href,
                title,
                content,
            } => {
                // Written as `a` unless inside a link; a reader keeps only a safe, non-blank href.
                let href = writable(href);
                let href = href.trim();
                if inside_link || href.is_empty() || !is_safe_link(href) {
                    out.extend(inlines_form(content, true));
                    continue;
                }
                let title = title
                    .as_deref()
                    .map(|t| writable(t).trim().to_string())
                    .filter(|t| !t.is_empty());
                out.push(Inline::Link {
                    href: href.to_string(),
                    title,
                    content: inlines_form(content, true),
                });
            }
            Inline::LineBreak => out.push(Inline::LineBreak),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Text of the characters the rules look at: spaces, tabs, line feeds, a no-break space,
    /// a control character, U+FFFF and a full-width comma (a character that starts with 0xEF
    /// and is kept).
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                4 => Just("a"),
                2 => Just(" "),
                1 => Just("\t"),
                1 => Just("\n"),
                1 => Just("\u{a0}"),
                1 => Just("\u{1}"),
                1 => Just("\u{ffff}"),
                1 => Just("，"),
            ],
            0..5,
        )
        .prop_map(|parts| parts.concat())
    }

    fn inline() -> BoxedStrategy<Inline> {
        let leaf = prop_oneof![
            4 => text().prop_map(Inline::Text),
            1 => Just(Inline::LineBreak),
        ];
        leaf.prop_recursive(20, 64, 4, |inner| {
            let content = proptest::collection::vec(inner, 0..4);
            prop_oneof![
                content.clone().prop_map(Inline::Emphasis),
                content.clone().prop_map(Inline::Strong),
                (
                    prop_oneof![
                        Just("https://x.example/"),
                        Just(" https://x.example/"),
                        Just("javascript:alert(1)"),
                        Just(""),
                    ],
                    prop_oneof![
                        Just(None),
                        Just(Some("t")),
                        Just(Some(" ")),
                        Just(Some("t "))
                    ],
                    content,
                )
                    .prop_map(|(href, title, content)| Inline::Link {
                        href: href.to_string(),
                        title: title.map(str::to_string),
                        content,
                    }),
            ]
        })
        .boxed()
    }

    fn block() -> impl Strategy<Value = Block> {
        let content = proptest::collection::vec(inline(), 0..4);
        let cell = (
            any::<bool>(),
            prop_oneof![Just(0u16), Just(1), Just(2), Just(MAX_SPAN), Just(u16::MAX)],
            prop_oneof![3 => Just(1u16), 1 => Just(0), 1 => Just(3)],
            proptest::collection::vec(inline(), 0..3),
        )
            .prop_map(|(header, colspan, rowspan, content)| TableCell {
                header,
                colspan,
                rowspan,
                content,
            });
        let row = (
            prop_oneof![
                Just(RowPart::Head),
                Just(RowPart::Body),
                Just(RowPart::Foot)
            ],
            proptest::collection::vec(cell, 0..3),
        )
            .prop_map(|(part, cells)| TableRow { part, cells });
        let table = (
            proptest::collection::vec(inline(), 0..2),
            proptest::collection::vec(row, 0..4),
        )
            .prop_map(|(caption, rows)| Block::Table { caption, rows });
        let leaf = prop_oneof![
            4 => content.clone().prop_map(|content| Block::Paragraph { content }),
            1 => (0u8..8, content).prop_map(|(level, content)| Block::Heading { level, content }),
            1 => text().prop_map(|text| Block::Preformatted { text }),
            1 => table,
        ];
        leaf.prop_recursive(20, 64, 3, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..3)
                    .prop_map(|blocks| Block::Blockquote { blocks }),
                (
                    proptest::sample::select(&["", "INFOBOX", " aside  notebook "][..]),
                    proptest::collection::vec(inner.clone(), 0..3)
                )
                    .prop_map(|(kind, blocks)| Block::Aside {
                        kind: kind.to_string(),
                        blocks
                    }),
                proptest::collection::vec(proptest::collection::vec(inner, 0..2), 0..3).prop_map(
                    |items| Block::List {
                        ordered: false,
                        items
                    }
                ),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// The quick check says yes exactly when forming the block leaves it as it is, so that
        /// writers borrow every body they may and never one they may not.
        #[test]
        fn in_form_is_what_the_form_leaves_alone(block in block()) {
            let formed = into_canonical_body(block_form(&block).into_iter().collect());
            let unchanged = formed.len() == 1 && formed.first() == Some(&block);
            prop_assert_eq!(in_form(&block), unchanged, "{:?} -> {:?}", block, formed);
        }
    }

    #[test]
    fn a_body_in_form_is_borrowed_and_one_out_of_it_formed() {
        let read = vec![
            Block::paragraph("One."),
            Block::Paragraph {
                content: vec![
                    Inline::text("Two "),
                    Inline::Strong(vec![Inline::text("bold")]),
                    Inline::LineBreak,
                    Inline::text("three."),
                ],
            },
        ];
        assert!(matches!(xhtml_form(&read), Cow::Borrowed(_)));
        let mut sloppy = read.clone();
        sloppy.push(Block::paragraph(" four "));
        let formed = xhtml_form(&sloppy);
        assert!(matches!(formed, Cow::Owned(_)));
        assert_eq!(formed.get(..2), Some(&read[..]));
        assert_eq!(formed.get(2), Some(&Block::paragraph("four")));
    }
}
