//! The body as `articleBody` plain text, both ways.
//!
//! The writer prints the body as agencies do (the dateline at the head of the lead, see
//! [`Article::printed_body`]) in canonical form, as plain text: blocks separated by a blank line,
//! line breaks as `\n`, list items on lines of their own.
//!
//! The reader turns that text back into blocks so that printing them again gives the same text:
//! blank lines separate blocks, a line break inside one is a [`Inline::LineBreak`], and a block
//! whose spacing HTML would not keep (indentation, runs of spaces, tabs) is preformatted text.
//! The dateline is taken back out of the text: glued to the lead (`ROMA (ANSA) - Text`) or as a
//! block of its own. Since the dateline leads the first paragraph, blocks printed before it were
//! not paragraphs (they come back as sub-headings), and a dateline that could lead a paragraph
//! but stands alone had none to lead.

use std::borrow::Cow;

use crate::formats::{Limit, budget};
use crate::model::{
    Article, Block, Dateline, Inline, into_canonical_body, printed_body, text_starts_with,
};
use crate::xml::{in_form, one_line};

/// `articleBody`: the printed body as plain text (see the module documentation); `None` when it
/// holds no text.
pub(super) fn article_body(article: &Article) -> Option<String> {
    // The dateline is written on one line; print that form, so a reader can find it.
    let dateline = article.dateline.as_ref().map(|dateline| {
        if dateline.text.trim() != one_line(&dateline.text) {
            Cow::Owned(Dateline::new(one_line(&dateline.text)))
        } else {
            Cow::Borrowed(dateline)
        }
    });
    let printed = printed_body(&article.body, dateline.as_deref());
    // The text of the canonical form, a block at a time: canonical blocks (most) as they are.
    let mut text = String::new();
    for block in printed.iter() {
        let piece = if in_form(block) {
            block.plain_text()
        } else {
            Block::text_of(&into_canonical_body(vec![block.clone()]))
        };
        // Line feeds at a block's end end no line (a reader drops them): not written.
        let piece = piece.trim_end_matches(['\n', '\r']);
        if piece.is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(piece);
    }
    let text = unix_newlines(&text);
    (!text.is_empty()).then_some(text)
}

/// The blocks of an `articleBody`, the printed `dateline` (as written, on one line) taken out of
/// them: the inverse of [`article_body`].
pub(super) fn body_blocks(text: &str, dateline: Option<&str>) -> Vec<Block> {
    let text = unix_newlines(text);
    let pieces = split_blocks(&text);
    // Each piece a block of a text run, and a break and a run more for each line feed in it
    // (those between pieces, two each, excepted).
    let feeds = memchr::memchr_iter(b'\n', text.as_bytes()).count();
    let inside = feeds.saturating_sub(2 * pieces.len().saturating_sub(1));
    if !(budget::spend(Limit::Blocks, pieces.len())
        && budget::spend(Limit::Inlines, pieces.len().saturating_add(2 * inside)))
    {
        return Vec::new();
    }
    let paragraphs = |pieces: &[&str]| pieces.iter().map(|p| block(p, false)).collect::<Vec<_>>();
    let Some(dateline) = dateline.map(one_line).filter(|d| !d.is_empty()) else {
        return paragraphs(&pieces);
    };
    let dateline = dateline.as_str();
    // As `Article::printed_body` glues it: directly after a CJK character or full-width mark
    // (`新华社北京11月29日电`), after a space after any other separator, apart after a word.
    let direct = dateline.chars().last().is_some_and(crate::script::is_wide);
    let glued = direct || !dateline.ends_with(char::is_alphanumeric);
    // A block of its own at the head; unless what follows starts with the dateline's text
    // again: the writer prints no dateline before a body that starts with it
    // (`Article::printed_body`), so the block is the body's own.
    if let [first, rest @ ..] = pieces.as_slice()
        && *first == dateline
        && !rest.is_empty()
    {
        let blocks: Vec<Block> = rest.iter().map(|p| block(p, glued)).collect();
        if text_starts_with(&blocks, dateline) {
            return paragraphs(&pieces);
        }
        return blocks;
    }
    if !glued {
        return paragraphs(&pieces);
    }
    // Glued to the lead: at the head when the text starts with the dateline, else at the first
    // block boundary (after a blank line) where it stands.
    let starts: Vec<usize> = if text.starts_with(dateline) {
        vec![0]
    } else {
        text.match_indices(dateline)
            .map(|(i, _)| i)
            // At the start of a piece (`split_blocks`): after a blank line that follows text,
            // not after more line feeds (which are the piece's own).
            .filter(|&i| {
                i > 2
                    && text
                        .get(..i)
                        .is_some_and(|t| t.ends_with("\n\n") && !t.ends_with("\n\n\n"))
            })
            .collect()
    };
    for start in starts {
        let Some(after) = text.get(start + dateline.len()..) else {
            continue;
        };
        // The lead without the space that glued the dateline; a line break stays. Glued
        // directly, spaces after the dateline are the lead's own (` Rates` printed `東京 Rates`):
        // they go back at its head, so that it prints the same again.
        let (lead, pad) = match after.chars().next() {
            Some('\n') => (after, ""),
            Some(_) if direct => {
                let lead = after.trim_start_matches(' ');
                (lead, after.get(..after.len() - lead.len()).unwrap_or(""))
            }
            Some(' ') => (after.get(1..).unwrap_or(""), ""),
            _ => continue,
        };
        let mut lead_pieces = split_blocks(lead);
        // The lead is the first paragraph with text (`Article::printed_body`): blank pieces
        // after the dateline are line breaks at its head, with the first piece of text.
        if let Some(text_at) = lead_pieces.iter().position(|p| !p.trim().is_empty())
            && text_at > 0
        {
            // The pieces joined with `\n\n` give the text back exactly.
            let end: usize = lead_pieces.iter().take(text_at + 1).map(|p| p.len()).sum();
            let head = lead.get(..end + 2 * text_at).unwrap_or(lead);
            lead_pieces.splice(..=text_at, [head]);
        }
        if !lead_pieces.first().is_some_and(|p| is_clean(p)) {
            continue;
        }
        let before = text.get(..start.saturating_sub(2)).unwrap_or("");
        let mut blocks: Vec<Block> = split_blocks(before)
            .into_iter()
            .map(|p| block(p, true))
            .collect();
        let mut lead_blocks = paragraphs(&lead_pieces);
        if !pad.is_empty()
            && let Some(Block::Paragraph { content }) = lead_blocks.first_mut()
        {
            match content.first_mut() {
                Some(Inline::Text(text)) => text.insert_str(0, pad),
                _ => content.insert(0, Inline::Text(pad.to_string())),
            }
        }
        blocks.extend(lead_blocks);
        if text_starts_with(&blocks, dateline) {
            // Not printed by the writer: the body starts with the dateline's text itself.
            continue;
        }
        return blocks;
    }
    paragraphs(&pieces)
}

/// Line ends as `\n` (`\r\n` and `\r` are line ends too).
fn unix_newlines(text: &str) -> String {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The text cut at blank lines (`\n\n`) into pieces that each hold more than line feeds, so
/// that joining them with `\n\n` gives the text back exactly: extra line feeds stay with the
/// piece that follows (or, at the end, the one before). (A piece of line feeds alone would be
/// a block of line breaks alone, which the canonical form drops.)
fn split_blocks(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        // A cut needs text on both sides: searched after the first character that is not a
        // line feed.
        let from = rest
            .char_indices()
            .find(|&(_, c)| c != '\n')
            .map_or(rest.len(), |(i, c)| i + c.len_utf8());
        let cut = rest
            .as_bytes()
            .get(from..)
            .and_then(|tail| memchr::memmem::find(tail, b"\n\n"))
            .map(|i| i + from)
            .filter(|&i| rest.len() > i + 2);
        match cut.and_then(|i| Some((rest.get(..i)?, rest.get(i + 2..)?))) {
            Some((piece, tail)) => {
                pieces.push(piece);
                rest = tail;
            }
            None => {
                pieces.push(rest);
                break;
            }
        }
    }
    pieces
}

/// Whether HTML would render the text as written: no spaces at the ends of a line, no runs of
/// spaces, no tabs.
fn is_clean(piece: &str) -> bool {
    piece.split('\n').all(|line| {
        !line.starts_with(' ')
            && !line.ends_with(' ')
            && !line.contains("  ")
            && !line.contains('\t')
    })
}

/// One piece as a block: a paragraph (a sub-heading before the dateline) with its line breaks,
/// or preformatted text when its spacing matters.
fn block(piece: &str, before_dateline: bool) -> Block {
    if !is_clean(piece) {
        return Block::Preformatted {
            text: piece.to_string(),
        };
    }
    // A line break at the end of a block is no line (the canonical form drops it).
    let piece = piece.trim_end_matches('\n');
    let breaks = memchr::memchr_iter(b'\n', piece.as_bytes()).count();
    let mut content = Vec::with_capacity(2 * breaks + 1);
    for (i, line) in piece.split('\n').enumerate() {
        if i > 0 {
            content.push(Inline::LineBreak);
        }
        if !line.is_empty() {
            content.push(Inline::Text(line.to_string()));
        }
    }
    if before_dateline {
        Block::Heading { level: 2, content }
    } else {
        Block::Paragraph { content }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dateline;

    /// A body that starts with the dateline's text is printed without the dateline
    /// (`printed_body`): the reader leaves such text in the body, whether the dateline would
    /// stand as a block of its own or be glued to the lead (a round-trip property case: a
    /// dateline `—` over paragraphs of `—` lost one at each write and read).
    #[test]
    fn text_that_starts_the_body_again_is_not_taken_for_the_dateline() {
        let texts = |blocks: Vec<Block>| blocks.iter().map(Block::plain_text).collect::<Vec<_>>();
        assert_eq!(
            texts(body_blocks("—\n\n—\n\nRates", Some("—"))),
            ["—", "—", "Rates"]
        );
        assert_eq!(texts(body_blocks("—\n\nRates", Some("—"))), ["Rates"]);
        let dateline = "ROMA (ANSA) -";
        assert_eq!(
            texts(body_blocks(
                "ROMA (ANSA) - ROMA (ANSA) - Text.",
                Some(dateline)
            )),
            ["ROMA (ANSA) - ROMA (ANSA) - Text."]
        );
        assert_eq!(
            texts(body_blocks("ROMA (ANSA) - Text.", Some(dateline))),
            ["Text."]
        );
    }

    fn text_of(blocks: &[Block]) -> String {
        Block::text_of(blocks)
    }

    #[test]
    fn blocks_split_at_blank_lines_and_join_back_exactly() {
        for text in [
            "a",
            "a\n\nb",
            "a\n\n\nb",
            "a\n\n\n\nb",
            "a\n\n\n\n\nb",
            "\n\na",
            "\n\n\nRates",
            "a\n\n\n\nb\n\n\nc",
            "a\nb\n\n  pre\n    x",
        ] {
            let blocks = body_blocks(text, None);
            assert_eq!(text_of(&blocks), text, "{text:?}");
        }
        // Line feeds at the end end no line: a block's last break is dropped.
        for (text, back) in [("a\n\n", "a"), ("a\n", "a"), ("\n", "")] {
            assert_eq!(text_of(&body_blocks(text, None)), back, "{text:?}");
        }
        assert_eq!(
            body_blocks("One.\nTwo.\n\n  code", None),
            [
                Block::Paragraph {
                    content: vec![
                        Inline::text("One."),
                        Inline::LineBreak,
                        Inline::text("Two.")
                    ]
                },
                Block::Preformatted {
                    text: "  code".into()
                }
            ]
        );
    }

    fn story(dateline: &str, body: Vec<Block>) -> Article {
        Article {
            dateline: Some(Dateline::new(dateline)),
            body,
            ..Article::default()
        }
    }

    /// Reading the text back gives blocks that print the same text again.
    fn round_trip(article: &Article) -> Vec<Block> {
        let text = article_body(article).unwrap_or_default();
        let dateline = article.dateline.as_ref().map(|d| d.text.as_str());
        let blocks = body_blocks(&text, dateline);
        let again = Article {
            body: blocks.clone(),
            ..article.clone()
        };
        assert_eq!(article_body(&again).unwrap_or_default(), text);
        blocks
    }

    #[test]
    fn the_dateline_is_taken_out_of_the_lead() {
        let a = story(
            "ROMA (ANSA) -",
            vec![Block::paragraph("Text."), Block::paragraph("More.")],
        );
        assert_eq!(
            article_body(&a).as_deref(),
            Some("ROMA (ANSA) - Text.\n\nMore.")
        );
        assert_eq!(round_trip(&a), a.body);
        let own = story(
            "Brussels, 16 November 2023",
            vec![Block::paragraph("Today.")],
        );
        assert_eq!(round_trip(&own), own.body);
    }

    #[test]
    fn blank_lines_at_the_head_of_the_lead_stay_in_it() {
        // A lead whose first line holds only a line separator: read back as a blank paragraph
        // and one of text, the next write glued the dateline to the second.
        let a = story(
            "RATES -",
            vec![Block::Paragraph {
                content: vec![
                    Inline::text("\u{2028}"),
                    Inline::LineBreak,
                    Inline::LineBreak,
                    Inline::text("Rates"),
                ],
            }],
        );
        assert_eq!(
            article_body(&a).as_deref(),
            Some("RATES - \u{2028}\n\nRates")
        );
        assert_eq!(round_trip(&a), a.body);
        let mut again = a.clone();
        again.body = round_trip(&a);
        assert_eq!(article_body(&again), article_body(&a));
    }

    #[test]
    fn spaces_after_a_cjk_dateline_are_the_leads() {
        // Printed `東京 Rates`, the lead ` Rates` was not clean text once the dateline was
        // taken off, so the dateline stayed in the body and was printed again at the head.
        let a = story(
            "東京",
            vec![Block::heading(1, "Rates"), Block::paragraph(" Rates")],
        );
        assert_eq!(article_body(&a).as_deref(), Some("Rates\n\n東京 Rates"));
        assert_eq!(
            round_trip(&a),
            [Block::heading(2, "Rates"), Block::paragraph(" Rates")]
        );
    }

    #[test]
    fn a_cjk_dateline_glued_without_a_space_is_taken_out_too() {
        // Printed directly before the lead, as Chinese and Japanese print it; before, it stayed
        // in the body, and behind a sub-heading it was printed a second time on the next write.
        let lead = story(
            "新华社北京11月29日电",
            vec![Block::paragraph("政府批准学校计划。")],
        );
        assert_eq!(
            article_body(&lead).as_deref(),
            Some("新华社北京11月29日电政府批准学校计划。")
        );
        assert_eq!(round_trip(&lead), lead.body);
        let below = story(
            "東京",
            vec![Block::heading(1, "Rates"), Block::paragraph("Text.")],
        );
        assert_eq!(article_body(&below).as_deref(), Some("Rates\n\n東京Text."));
        assert_eq!(
            round_trip(&below),
            [Block::heading(2, "Rates"), Block::paragraph("Text.")]
        );
    }

    #[test]
    fn blocks_before_the_lead_come_back_as_sub_headings() {
        let a = story(
            "ROMA (ANSA) -",
            vec![
                Block::List {
                    ordered: false,
                    items: vec![vec![Block::paragraph("x")], vec![Block::paragraph("y")]],
                },
                Block::paragraph("Text."),
            ],
        );
        assert_eq!(
            article_body(&a).as_deref(),
            Some("x\ny\n\nROMA (ANSA) - Text.")
        );
        let blocks = round_trip(&a);
        assert!(matches!(blocks[0], Block::Heading { .. }));
        assert_eq!(blocks[1], Block::paragraph("Text."));
        let no_lead = story("ROMA (ANSA) -", vec![Block::heading(2, "Only")]);
        assert_eq!(round_trip(&no_lead), [Block::heading(2, "Only")]);
    }

    #[test]
    fn a_lead_starting_with_a_line_break_keeps_it() {
        let a = story(
            "ROMA (ANSA) -",
            vec![Block::Paragraph {
                content: vec![Inline::LineBreak, Inline::text("Text.")],
            }],
        );
        assert_eq!(article_body(&a).as_deref(), Some("ROMA (ANSA) -\nText."));
        assert_eq!(round_trip(&a), a.body);
    }
}
