//! The model's body as teletype text can hold it: paragraphs of plain text, headings, and
//! preformatted tables. Marks and links keep their text; lists, quotes and boxes become their
//! paragraphs (list items marked `- ` or `1. ` as wire copy marks them).

use crate::model::{Block, Inline};

use super::lines::{blank, collapse, collapse_lines, has_gap, indent};

/// A piece of teletype body text, before a format lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Chunk {
    /// A paragraph, on one line (single-spaced, no control characters).
    Para(String),
    /// A heading, on one line.
    Heading(String),
    /// Preformatted text: lines without control characters or trailing spaces, the first and
    /// last not blank.
    Pre(String),
}

/// The words the chunks hold, for a header that declares a count the article does not.
pub(crate) fn counted_words(chunks: &[Chunk]) -> u32 {
    let words: usize = chunks
        .iter()
        .map(|chunk| match chunk {
            Chunk::Para(text) | Chunk::Heading(text) | Chunk::Pre(text) => {
                text.split_whitespace().count()
            }
        })
        .sum();
    u32::try_from(words).unwrap_or(u32::MAX)
}

/// The chunks of `blocks`, in order; nothing empty.
pub(crate) fn chunks(blocks: &[Block]) -> Vec<Chunk> {
    let mut out = Vec::new();
    push_blocks(blocks, &mut out);
    out
}

fn push_blocks(blocks: &[Block], out: &mut Vec<Chunk>) {
    for block in blocks {
        match block {
            Block::Paragraph { content } => push_line(content, out, Chunk::Para),
            Block::Heading { content, .. } => push_line(content, out, Chunk::Heading),
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => push_blocks(blocks, out),
            Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    let mut inner = Vec::new();
                    push_blocks(item, &mut inner);
                    match inner.first_mut() {
                        Some(Chunk::Para(text) | Chunk::Heading(text)) => {
                            *text = format!("{marker} {text}");
                        }
                        _ => inner.insert(0, Chunk::Para(marker)),
                    }
                    out.append(&mut inner);
                }
            }
            Block::Preformatted { text } => {
                if let Some(pre) = preformatted(text) {
                    out.push(Chunk::Pre(pre));
                }
            }
            // No place for a picture in teletype copy (the loss report says so).
            Block::Figure(_) => {}
            // Agate: the table as aligned columns, sent as preformatted text.
            Block::Table { .. } => {
                if let Some(pre) = preformatted(&block.plain_text()) {
                    out.push(Chunk::Pre(pre));
                }
            }
        }
    }
}

fn push_line(content: &[Inline], out: &mut Vec<Chunk>, make: fn(String) -> Chunk) {
    let text = collapse(&Inline::plain_text(content));
    if !text.is_empty() {
        out.push(make(text));
    }
}

/// How a feed lays its body lines out, for [`chunk_lines_with`].
#[derive(Clone, Copy)]
pub(crate) struct LineRules {
    /// The spaces between two columns that make a run of lines a table (dpa's are four).
    pub(crate) gap: usize,
    /// Whether a line starts a paragraph of its own (beside list items and `#` headings, which
    /// always do): AAP's tab at the start of a line.
    pub(crate) starts_paragraph: fn(&str) -> bool,
}

/// IPTC 7901's rules: columns four spaces apart; only list items and headings start a
/// paragraph inside a run.
const IPTC7901_RULES: LineRules = LineRules {
    gap: 4,
    starts_paragraph: |_| false,
};

/// Body lines as chunks: runs of lines between blank lines (and rules of dashes), each a table
/// when it looks like one (a gap of four spaces or more between columns, or every line a `|`
/// row) and a paragraph otherwise.
pub(crate) fn chunk_lines<S: AsRef<str>>(lines: &[S]) -> Vec<Chunk> {
    chunk_lines_with(lines, IPTC7901_RULES)
}

/// [`chunk_lines`] with a feed's own [`LineRules`].
pub(crate) fn chunk_lines_with<S: AsRef<str>>(lines: &[S], rules: LineRules) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for line in lines.iter().map(AsRef::as_ref).chain(std::iter::once("")) {
        if blank(line) || rule(line) {
            if !run.is_empty() {
                chunks.append(&mut chunk(&run, rules));
                run.clear();
            }
            continue;
        }
        run.push(line);
    }
    chunks
}

/// A run of lines as a table, or as paragraphs: a list item or a `#` heading at the start of a
/// line (`- Reporting by: ...`, `  * Einzelmeldungen`, `## Kontakte`), or a line the rules say
/// starts one, starts a paragraph of its own.
fn chunk(run: &[&str], rules: LineRules) -> Vec<Chunk> {
    if tabular(run, rules.gap) {
        return preformatted(&run.join("\n"))
            .map(Chunk::Pre)
            .into_iter()
            .collect();
    }
    let mut paragraphs: Vec<Vec<&str>> = Vec::new();
    for line in run {
        match paragraphs.last_mut() {
            Some(paragraph) if !item_start(line) && !(rules.starts_paragraph)(line) => {
                paragraph.push(line);
            }
            _ => paragraphs.push(vec![line]),
        }
    }
    paragraphs
        .iter()
        .map(|lines| collapse_lines(lines))
        .filter(|text| !text.is_empty())
        .map(Chunk::Para)
        .collect()
}

/// A line that starts a list item or a `#` heading, near the start of the line.
fn item_start(line: &str) -> bool {
    let text = line.trim_start();
    indent(line) <= 2
        && (["- ", "* ", "+ ", "• "].iter().any(|m| text.starts_with(m)) || text.starts_with('#'))
}

/// True for lines laid out as a table: a gap of `gap` spaces or more, or every line a `|` row.
fn tabular(run: &[&str], gap: usize) -> bool {
    run.iter().any(|l| has_gap(l, gap))
        || (run.len() >= 2 && run.iter().all(|l| l.starts_with('|')))
}

/// A rule of dashes, underscores or equals signs at the start of a line (`-----`).
fn rule(line: &str) -> bool {
    indent(line) == 0
        && line.chars().count() >= 5
        && line.chars().all(|c| matches!(c, '-' | '_' | '='))
}

/// Preformatted text as a teletype line layout keeps it: tabs as spaces, other control
/// characters removed, no trailing spaces, no blank lines at either end. `None` when nothing is
/// left.
pub(crate) fn preformatted(text: &str) -> Option<String> {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let line: String = line
                .chars()
                .filter_map(|c| match c {
                    '\t' => Some(' '),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect();
            line.trim_end().to_string()
        })
        .collect();
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    let last = lines.iter().rposition(|l| !l.trim().is_empty())?;
    Some(lines.get(first..=last)?.join("\n"))
}

/// The chunks with the dateline printed at the head of the lead, by the rule of
/// [`Article::printed_body`](crate::model::Article::printed_body) applied to the flattened
/// body (so that a paragraph inside a quote or a list counts as one): glued to the first
/// paragraph when it ends with a separator, a paragraph of its own at the start when it ends with
/// a word or a number, nothing when the body already starts with it. An empty body prints the
/// dateline alone, since the reader gives a dateline with an empty body for it (a dateline glued to
/// an empty list item's `-` reads back so): left out, it was lost on the next write.
pub(crate) fn printed(mut chunks: Vec<Chunk>, dateline: Option<&str>) -> Vec<Chunk> {
    let Some(dateline) = dateline.map(collapse).filter(|d| !d.is_empty()) else {
        return chunks;
    };
    let starts_with = chunks.first().is_some_and(|c| match c {
        Chunk::Para(t) | Chunk::Heading(t) | Chunk::Pre(t) => t.starts_with(&dateline),
    });
    if starts_with {
        return chunks;
    }
    let glued = !dateline.ends_with(char::is_alphanumeric);
    // The lead is a paragraph with text: an empty list item's marker alone is none (glued to it,
    // a dateline without a separator read back as one ending in `-`). Nor is a paragraph that
    // starts with a dash (an item's `-` marker) the lead of a dateline without a dash of its own:
    // `RATES (ANSA) - text` reads back as the dateline `RATES (ANSA) -`.
    // After a dateline ending in a dash of its own, an item's `-` reads as the lead's, not the
    // dateline's (`RATES — -` reads back as the dateline `RATES —` and the paragraph `-`).
    let own_dash = dateline.ends_with(['-', '–', '—']);
    match chunks.iter_mut().find(
        |c| matches!(c, Chunk::Para(text) if !is_item_marker(text) || (own_dash && text == "-")),
    ) {
        Some(Chunk::Para(text)) if glued && (own_dash || !starts_with_dash(text)) => {
            *text = format!("{dateline} {text}");
        }
        _ => chunks.insert(0, Chunk::Para(dateline)),
    }
    chunks
}

/// Whether a paragraph starts with a dash (an unordered list item's `-` marker, a dash of the
/// text's own), which after a dateline reads as the dateline's separator.
fn starts_with_dash(text: &str) -> bool {
    text.starts_with(['-', '–', '—'])
}

/// A list item's marker alone (`-`, `1.`): what an item without text prints.
fn is_item_marker(text: &str) -> bool {
    text == "-"
        || text
            .strip_suffix('.')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}
