//! Tables in the body ([`Block::Table`](super::Block::Table)): rows of cells, as XHTML and NITF
//! `table` hold them, and the aligned text they become where a format has only text (agate).

use serde::{Deserialize, Serialize};

use super::body::Inline;

/// The most columns or rows one cell spans (HTML's limit for `colspan`): a larger span, or none
/// (`0`), is read as this or 1.
pub const MAX_SPAN: u16 = 1000;

/// One row of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct TableRow {
    /// The part of the table the row is in: its head (`thead`), its body, or its foot (`tfoot`).
    #[serde(skip_serializing_if = "RowPart::is_body")]
    pub part: RowPart,
    /// The cells, left to right.
    pub cells: Vec<TableCell>,
}

impl TableRow {
    /// A body row of `cells`.
    pub fn new(cells: Vec<TableCell>) -> TableRow {
        TableRow {
            part: RowPart::Body,
            cells,
        }
    }

    /// A head row (`thead`) of `cells`.
    pub fn head(cells: Vec<TableCell>) -> TableRow {
        TableRow {
            part: RowPart::Head,
            cells,
        }
    }
}

/// The part of a table a row is in.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum RowPart {
    /// Column headings (`thead`).
    Head,
    /// The data (`tbody`, or rows outside any part).
    #[default]
    Body,
    /// Totals, notes (`tfoot`).
    Foot,
}

impl RowPart {
    fn is_body(&self) -> bool {
        *self == RowPart::Body
    }
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct TableCell {
    /// A header cell (`th`) rather than a data cell (`td`).
    #[serde(skip_serializing_if = "is_false")]
    pub header: bool,
    /// How many columns the cell spans (`colspan`), 1 to [`MAX_SPAN`].
    #[serde(skip_serializing_if = "is_one")]
    pub colspan: u16,
    /// How many rows the cell spans (`rowspan`), 1 to [`MAX_SPAN`].
    #[serde(skip_serializing_if = "is_one")]
    pub rowspan: u16,
    /// The cell's inline content; empty for an empty cell, which keeps its column.
    pub content: Vec<Inline>,
}

impl Default for TableCell {
    fn default() -> TableCell {
        TableCell {
            header: false,
            colspan: 1,
            rowspan: 1,
            content: Vec::new(),
        }
    }
}

impl TableCell {
    /// A data cell holding one run of text.
    pub fn text(text: impl Into<String>) -> TableCell {
        TableCell {
            content: vec![Inline::Text(text.into())],
            ..TableCell::default()
        }
    }

    /// A header cell holding one run of text.
    pub fn heading(text: impl Into<String>) -> TableCell {
        TableCell {
            header: true,
            ..TableCell::text(text)
        }
    }
}

/// The inline content of a table: its caption, then each cell's, row by row.
pub(crate) fn table_inlines<'t>(
    caption: &'t [Inline],
    rows: &'t [TableRow],
) -> impl Iterator<Item = &'t [Inline]> {
    std::iter::once(caption).chain(
        rows.iter()
            .flat_map(|row| &row.cells)
            .map(|cell| cell.content.as_slice()),
    )
}

/// [`table_inlines`], to change.
pub(crate) fn table_inlines_mut<'t>(
    caption: &'t mut Vec<Inline>,
    rows: &'t mut [TableRow],
) -> impl Iterator<Item = &'t mut Vec<Inline>> {
    std::iter::once(caption).chain(
        rows.iter_mut()
            .flat_map(|row| &mut row.cells)
            .map(|cell| &mut cell.content),
    )
}

fn is_false(value: &bool) -> bool {
    !value
}

fn is_one(value: &u16) -> bool {
    *value == 1
}

/// Inline content on one line: its text with each run of whitespace (a line break, a tab) one
/// space, none at either end.
fn one_line(content: &[Inline]) -> String {
    Inline::plain_text(content)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What stands between two columns of aligned text: four spaces, the gap the teletype and
/// plain-text readers take for a table's (a narrower one reads as running text).
const COLUMN_GAP: &str = "    ";

/// A span as the canonical form holds it: 1 to [`MAX_SPAN`].
pub(crate) fn canonical_span(span: u16) -> u16 {
    span.clamp(1, MAX_SPAN)
}

/// The table as aligned text, how agate is sent where a format has only text: the caption on a
/// line of its own, then a line per row, each cell's text padded to its column's width and the
/// columns four spaces apart (a gap teletype and plain-text readers take for a table's; a cell
/// spanning columns takes the first, the others stay blank);
/// whitespace inside a cell (line breaks, tabs, runs of spaces) is one space, trailing spaces
/// are dropped, and so is a row of empty cells (a blank line would split the table in two). A table without a
/// cell is no text at all, caption or not: it is no table (the canonical form drops it).
///
/// ```
/// use newswire::model::{Block, TableCell, TableRow};
/// let table = Block::Table {
///     caption: vec![],
///     rows: vec![
///         TableRow::head(vec![TableCell::heading("Team"), TableCell::heading("Pts")]),
///         TableRow::new(vec![TableCell::text("Bayern"), TableCell::text("72")]),
///         TableRow::new(vec![TableCell::text("Leverkusen"), TableCell::text("90")]),
///     ],
/// };
/// assert_eq!(table.plain_text(), "Team          Pts\nBayern        72\nLeverkusen    90");
/// ```
pub(crate) fn aligned_text(caption: &[Inline], rows: &[TableRow]) -> String {
    let grid: Vec<Vec<String>> = rows
        .iter()
        .filter(|row| !row.cells.is_empty())
        .map(|row| {
            let mut line = Vec::with_capacity(row.cells.len());
            for cell in &row.cells {
                line.push(one_line(&cell.content));
                let span = usize::from(canonical_span(cell.colspan));
                line.extend(std::iter::repeat_n(String::new(), span.saturating_sub(1)));
            }
            line
        })
        .collect();
    if grid.is_empty() {
        return String::new();
    }
    let columns = grid.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            grid.iter()
                .filter_map(|line| line.get(i))
                .map(|text| text.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = one_line(caption);
    for line in &grid {
        let mut text = String::new();
        for (i, cell) in line.iter().enumerate() {
            if i > 0 {
                text.push_str(COLUMN_GAP);
            }
            text.push_str(cell);
            let width = widths.get(i).copied().unwrap_or(0);
            text.extend(std::iter::repeat_n(
                ' ',
                width.saturating_sub(cell.chars().count()),
            ));
        }
        let text = text.trim_end();
        if text.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(text);
    }
    out
}

with_setters!(TableRow {
    set with_part(part: RowPart);
    push with_cell(cells: TableCell);
});

with_setters!(TableCell {
    set with_header(header: bool);
    set with_colspan(colspan: u16);
    set with_rowspan(rowspan: u16);
    push with_inline(content: Inline);
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_captions_and_breaks_in_aligned_text() {
        let rows = vec![
            TableRow::head(vec![
                TableCell {
                    colspan: 2,
                    ..TableCell::heading("Result")
                },
                TableCell::heading("Pts"),
            ]),
            TableRow::new(vec![
                TableCell {
                    content: vec![Inline::text("FC"), Inline::LineBreak, Inline::text("Köln")],
                    ..TableCell::default()
                },
                TableCell::text("2:1"),
                TableCell::text("3"),
            ]),
            TableRow::new(vec![TableCell::default(), TableCell::default()]),
            TableRow::new(vec![TableCell::text("x")]),
        ];
        assert_eq!(
            aligned_text(&[Inline::text("Bundesliga")], &rows),
            "Bundesliga\nResult            Pts\nFC Köln    2:1    3\nx"
        );
        assert_eq!(aligned_text(&[], &[]), "");
        let no_cells = [TableRow::new(vec![])];
        assert_eq!(aligned_text(&[Inline::text("Caption")], &no_cells), "");
    }

    #[test]
    fn spans_are_kept_within_bounds() {
        assert_eq!(canonical_span(0), 1);
        assert_eq!(canonical_span(1), 1);
        assert_eq!(canonical_span(999), 999);
        assert_eq!(canonical_span(u16::MAX), MAX_SPAN);
    }
}
