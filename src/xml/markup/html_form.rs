//! The form body blocks take in HTML5: headings that skip no level, and tables whose cell spans
//! the HTML table model takes without an error. What the `html` writer shows, and so what its
//! projection says a body becomes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::model::{Block, RowPart, TableRow};

/// The blocks (in [`xhtml_form`](super::xhtml_form)) as HTML5's checkers take them, after a
/// heading of level `above` (the page's `h1`; 0 for none):
///
/// - a heading more than one level below the heading before it (in the order of the text) is
///   raised to the level below that one (`h2` then `h4` is `h2` then `h3`);
/// - every table's spans are as HTML5's table model takes them ([`html_spans`]).
///
/// Borrowed when nothing changes.
pub(crate) fn html_form(blocks: &[Block], above: u8) -> Cow<'_, [Block]> {
    let mut previous = above;
    blocks_form(blocks, &mut previous)
}

/// [`html_form`] of `blocks`, after a heading of level `previous` (0: none), which becomes the
/// level of the last heading among them.
fn blocks_form<'b>(blocks: &'b [Block], previous: &mut u8) -> Cow<'b, [Block]> {
    let mut changed: Option<Vec<Block>> = None;
    for (i, block) in blocks.iter().enumerate() {
        let formed = block_form(block, previous);
        match (&mut changed, formed) {
            (Some(out), Some(formed)) => out.push(formed),
            (Some(out), None) => out.push(block.clone()),
            (None, Some(formed)) => {
                let mut out = Vec::with_capacity(blocks.len());
                out.extend_from_slice(blocks.get(..i).unwrap_or_default());
                out.push(formed);
                changed = Some(out);
            }
            (None, None) => {}
        }
    }
    changed.map_or(Cow::Borrowed(blocks), Cow::Owned)
}

/// The block in HTML form, when that differs from the block.
fn block_form(block: &Block, previous: &mut u8) -> Option<Block> {
    match block {
        Block::Heading { level, content } => {
            let mut shown = (*level).clamp(1, 6);
            if *previous > 0 {
                shown = shown.min(*previous + 1);
            }
            *previous = shown;
            (shown != *level).then(|| Block::Heading {
                level: shown,
                content: content.clone(),
            })
        }
        Block::Table { caption, rows } => {
            let formed = html_spans(rows)?;
            Some(Block::Table {
                caption: caption.clone(),
                rows: formed,
            })
        }
        Block::Blockquote { blocks } => match blocks_form(blocks, previous) {
            Cow::Owned(blocks) => Some(Block::Blockquote { blocks }),
            Cow::Borrowed(_) => None,
        },
        Block::Aside { kind, blocks } => match blocks_form(blocks, previous) {
            Cow::Owned(blocks) => Some(Block::Aside {
                kind: kind.clone(),
                blocks,
            }),
            Cow::Borrowed(_) => None,
        },
        Block::List { ordered, items } => {
            let formed: Vec<Cow<'_, [Block]>> = items
                .iter()
                .map(|item| blocks_form(item, previous))
                .collect();
            if formed.iter().all(|item| matches!(item, Cow::Borrowed(_))) {
                return None;
            }
            Some(Block::List {
                ordered: *ordered,
                items: formed.into_iter().map(Cow::into_owned).collect(),
            })
        }
        Block::Paragraph { .. } | Block::Preformatted { .. } | Block::Figure(_) => None,
    }
}

/// The rows (in form: head, body and foot rows in that order, as HTML5 writes the groups) with
/// the spans HTML5's table model takes without an error, as close to the given ones as it
/// allows; `None` when they are taken as they are:
///
/// - a row span stops at the end of its row group (rows span no group);
/// - a cell that would cover a slot a cell above already covers (by its row span) spans only
///   the free columns before that slot;
/// - a column no cell starts in (only crossed by wider cells) is taken out of the spans that
///   cross it.
///
/// Cells are placed as the HTML table model places them (each in the first slot of its row no
/// cell above covers); covered slots are kept as column ranges, so that a table costs its
/// cells' count, not its width times its height.
pub(crate) fn html_spans(rows: &[TableRow]) -> Option<Vec<TableRow>> {
    // Each cell's first column and its spans, as placed.
    let mut placed: Vec<Vec<(u64, u64, u16)>> = Vec::with_capacity(rows.len());
    let mut starts: Vec<u64> = Vec::new();
    for part in [RowPart::Head, RowPart::Body, RowPart::Foot] {
        let group: Vec<&TableRow> = rows.iter().filter(|row| row.part == part).collect();
        // The slots covered by cells of rows above: first column → column after the last;
        // and the row at which each range stops covering.
        let mut covered: BTreeMap<u64, u64> = BTreeMap::new();
        let mut ending: BTreeMap<usize, Vec<u64>> = BTreeMap::new();
        for (y, row) in group.iter().enumerate() {
            while let Some(entry) = ending.first_entry() {
                if *entry.key() > y {
                    break;
                }
                for column in entry.remove() {
                    covered.remove(&column);
                }
            }
            let rows_left = group.len() - y;
            let mut x: u64 = 0;
            let mut row_placed = Vec::with_capacity(row.cells.len());
            for cell in &row.cells {
                // The first slot no cell above covers.
                while let Some((_, &end)) = covered.range(..=x).next_back() {
                    if end <= x {
                        break;
                    }
                    x = end;
                }
                // Up to the next covered slot (below this row, a slot is covered only by a
                // cell that covers it in this row too).
                let free = covered.range(x..).next().map(|(&start, _)| start - x);
                let colspan = u64::from(cell.colspan.max(1));
                let colspan = free.map_or(colspan, |free| colspan.min(free)).max(1);
                let rowspan = usize::from(cell.rowspan.max(1)).min(rows_left);
                if rowspan > 1 {
                    covered.insert(x, x + colspan);
                    ending.entry(y + rowspan).or_default().push(x);
                }
                starts.push(x);
                row_placed.push((x, colspan, u16::try_from(rowspan).unwrap_or(1)));
                x += colspan;
            }
            placed.push(row_placed);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    // A cell keeps, of the columns it crosses, those some cell starts in (its own first one
    // among them).
    let kept = |x: u64, colspan: u64| {
        let from = starts.partition_point(|&s| s < x);
        let to = starts.partition_point(|&s| s < x + colspan);
        u16::try_from(to - from).unwrap_or(1).max(1)
    };
    // Placed in group order: head, body, foot, as the rows in form are.
    let ordered = [RowPart::Head, RowPart::Body, RowPart::Foot]
        .into_iter()
        .flat_map(|part| rows.iter().filter(move |row| row.part == part));
    let mut out = Vec::with_capacity(rows.len());
    let mut changed = false;
    for (row, row_placed) in ordered.zip(&placed) {
        let mut row = row.clone();
        for (cell, &(x, colspan, rowspan)) in row.cells.iter_mut().zip(row_placed) {
            let colspan = kept(x, colspan);
            changed |= (cell.colspan, cell.rowspan) != (colspan, rowspan);
            cell.colspan = colspan;
            cell.rowspan = rowspan;
        }
        out.push(row);
    }
    (changed || !rows.is_sorted_by_key(|row| row.part)).then_some(out)
}
