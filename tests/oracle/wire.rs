//! What the teletype tables share: a message cut at its control characters as
//! `../shared/specs/WIRE_TEXT_FORMATS.md` §0 names them, and the values both formats print the
//! same way.

use newswire::model::{Article, AuthorKind, Block, Timestamp};

/// A value on one printed line: control characters dropped, runs of whitespace of any kind
/// (no-break, ideographic, line separator spaces too) as one space, trimmed; `None` when
/// nothing is left. A teletype line holds nothing else.
pub fn line(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// [`line`] of an optional value.
pub fn line_of(value: &Option<String>) -> Option<String> {
    value.as_deref().and_then(line)
}

pub const SYN: char = '\u{16}';
pub const SOH: char = '\u{1}';
pub const STX: char = '\u{2}';
pub const ETX: char = '\u{3}';
pub const EOT: char = '\u{4}';

/// One message: what lies before SOH, between SOH and STX (the header), between STX and ETX
/// (the text) and between ETX and EOT (the post-text), and after EOT. `None` when a control
/// character is missing or out of order.
pub struct Message<'a> {
    pub before: &'a str,
    pub header: &'a str,
    pub text: &'a str,
    pub post: &'a str,
    pub after: &'a str,
}

impl<'a> Message<'a> {
    pub fn cut(output: &'a str) -> Option<Message<'a>> {
        let (before, rest) = output.split_once(SOH)?;
        let (header, rest) = rest.split_once(STX)?;
        let (text, rest) = rest.split_once(ETX)?;
        let (post, after) = rest.split_once(EOT)?;
        Some(Message {
            before,
            header,
            text,
            post,
            after,
        })
    }
}

/// The lines of a part, at `CR? LF` (a last line ended by `CR LF` gives no empty line after it).
pub fn lines(part: &str) -> Vec<&str> {
    let part = part.strip_suffix('\n').unwrap_or(part);
    let part = part.strip_suffix('\r').unwrap_or(part);
    part.split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect()
}

/// When this version was sent: modified, else published, else created (the model's version
/// time, which the wire formats print).
pub fn sent(article: &Article) -> Option<Timestamp> {
    article.modified.or(article.published).or(article.created)
}

/// The wall time a wire format prints for a time, to the minute: in UTC for a time with an
/// offset (and `true`), as it is for one without.
pub fn printed(time: Timestamp) -> (chrono::NaiveDateTime, bool) {
    match super::common::instant(time).filter(|_| time.offset().is_some()) {
        Some(instant) => (instant.naive_utc(), true),
        None => (time.local(), false),
    }
}

/// `1ST`, `2ND`, `3RD`, `4TH`, `11TH`, `21ST`: the take markers' ordinals (`1ST LEAD` is the
/// second version).
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "TH",
        (1, _) => "ST",
        (2, _) => "ND",
        (3, _) => "RD",
        _ => "TH",
    };
    format!("{n}{suffix}")
}

/// The byline a wire heading prints: the article's, else its creators' names joined by `and`.
pub fn byline(article: &Article) -> Option<String> {
    article.byline.as_deref().and_then(line).or_else(|| {
        let names: Vec<String> = article
            .authors
            .iter()
            .filter(|a| a.kind == AuthorKind::Creator)
            .filter_map(|a| line(&a.name))
            .collect();
        (!names.is_empty()).then(|| names.join(" and "))
    })
}

/// A piece of a body as teletype text prints it.
#[derive(Debug, Clone, PartialEq)]
pub enum Chunk {
    Para(String),
    Heading(String),
    Pre(String),
}

/// The body as teletype text prints it (../shared/specs/WIRE_TEXT_FORMATS.md §1.4, §2.3: paragraphs only):
/// quotes give their blocks, each list item its blocks with a `-` or `1.` marker before the
/// first; then the dateline at the head of the lead, the first paragraph printed that is not an
/// empty item's marker alone (a paragraph of its own at the start when it ends in a word, or when
/// no such paragraph is printed). IPTC 7901
/// (`paragraphs_only`) has no headings and keeps only tables as preformatted text: a heading is
/// a paragraph, and so is each line of preformatted text that is no table.
pub fn printed_chunks(article: &Article, paragraphs_only: bool) -> Vec<Chunk> {
    let chunks = flat_chunks(article, paragraphs_only);
    let Some(dateline) = article.dateline.as_ref().and_then(|d| line(&d.text)) else {
        return chunks;
    };
    with_dateline(chunks, &dateline)
}

/// The body as teletype text prints it, before the dateline goes in (see [`printed_chunks`]).
pub fn flat_chunks(article: &Article, paragraphs_only: bool) -> Vec<Chunk> {
    let mut flat = Vec::new();
    flatten(&article.body, &mut flat);
    let mut chunks = Vec::new();
    for chunk in flat {
        match chunk {
            Chunk::Heading(text) if paragraphs_only => chunks.push(Chunk::Para(text)),
            Chunk::Pre(text) if paragraphs_only && !is_table(&text) => {
                chunks.extend(text.lines().filter_map(line).map(Chunk::Para));
            }
            other => chunks.push(other),
        }
    }
    chunks
}

/// `chunks` with `dateline` (as the format prints it) at the head of the lead (see
/// [`printed_chunks`]).
pub fn with_dateline(mut chunks: Vec<Chunk>, dateline: &str) -> Vec<Chunk> {
    let starts_with = chunks.first().is_some_and(|c| match c {
        Chunk::Para(t) | Chunk::Heading(t) | Chunk::Pre(t) => t.starts_with(dateline),
    });
    if starts_with {
        return chunks;
    }
    let glued = !dateline.ends_with(char::is_alphanumeric);
    // The lead is a paragraph with text: an empty list item's marker alone is none (glued to it,
    // a dateline without a separator read back as one ending in `-`), and a paragraph starting
    // with a dash (an item's `-`) is none for a dateline without a dash of its own (the dash
    // would read as the dateline's).
    // After a dateline ending in a dash of its own, an item's `-` (alone or before text) is the
    // lead's.
    let own_dash = dateline.ends_with(['-', '–', '—']);
    let dash_item = |text: &str| text.starts_with(['-', '–', '—']) && !own_dash;
    match chunks.iter_mut().find(
        |c| matches!(c, Chunk::Para(text) if !is_item_marker(text) || (own_dash && text == "-")),
    ) {
        Some(Chunk::Para(text)) if glued && !dash_item(text) => {
            *text = format!("{dateline} {text}");
        }
        _ => chunks.insert(0, Chunk::Para(dateline.to_string())),
    }
    chunks
}

/// A list item's marker alone (`-`, `1.`): what an item without text prints.
pub fn is_item_marker(text: &str) -> bool {
    text == "-"
        || text
            .strip_suffix('.')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn flatten(blocks: &[Block], out: &mut Vec<Chunk>) {
    for block in blocks {
        match block {
            Block::Paragraph { .. } => {
                out.extend(
                    super::common::block_texts(std::slice::from_ref(block))
                        .iter()
                        .filter_map(|t| line(t))
                        .map(Chunk::Para),
                );
            }
            Block::Heading { .. } => {
                out.extend(
                    super::common::block_texts(std::slice::from_ref(block))
                        .iter()
                        .filter_map(|t| line(t))
                        .map(Chunk::Heading),
                );
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => flatten(blocks, out),
            Block::List { ordered, items } => {
                for (i, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}.", i + 1)
                    } else {
                        "-".to_string()
                    };
                    let mut inner = Vec::new();
                    flatten(item, &mut inner);
                    match inner.first_mut() {
                        Some(Chunk::Para(text) | Chunk::Heading(text)) => {
                            *text = format!("{marker} {text}");
                        }
                        _ => inner.insert(0, Chunk::Para(marker)),
                    }
                    out.append(&mut inner);
                }
            }
            Block::Preformatted { text } if !text.trim().is_empty() => {
                out.push(Chunk::Pre(text.clone()));
            }
            // Agate: the table as aligned columns, preformatted.
            Block::Table { caption, rows } => {
                let text = super::common::aligned_table(caption, rows);
                if !text.trim().is_empty() {
                    out.push(Chunk::Pre(text));
                }
            }
            _ => {}
        }
    }
}

/// The texts of the paragraphs and headings printed, in order (tables keep their own layout).
pub fn printed_texts(chunks: &[Chunk]) -> Vec<String> {
    chunks
        .iter()
        .filter_map(|c| match c {
            Chunk::Para(t) | Chunk::Heading(t) => Some(t.clone()),
            Chunk::Pre(_) => None,
        })
        .collect()
}

/// The number of words printed in a body.
pub fn printed_words(chunks: &[Chunk]) -> usize {
    chunks
        .iter()
        .map(|c| match c {
            Chunk::Para(t) | Chunk::Heading(t) | Chunk::Pre(t) => t.split_whitespace().count(),
        })
        .sum()
}

/// Whether a byline has the plain shape of names (`Jane Doe`, `Rates`): up to four words, each a
/// capital and small letters of the Latin alphabet. Such a byline must be printed; others are
/// printed where the byline rules read them back (declared).
pub fn plain_names(byline: &str) -> bool {
    let words: Vec<&str> = byline.split(' ').collect();
    words.len() <= 4
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.all(|c| c.is_ascii_lowercase())
        })
}

/// Whether preformatted text reads as a table in wire text: a line with columns apart by four
/// spaces or more, or a `|` row (dpa's tables, MAPPING.md §6.1).
pub fn is_table(text: &str) -> bool {
    text.lines()
        .any(|l| l.trim().contains("    ") || l.trim_start().starts_with('|'))
}
