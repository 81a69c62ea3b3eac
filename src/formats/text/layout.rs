//! From lines to paragraphs: blank lines, indentation and hard wrapping.
//!
//! Wire copy comes in three layouts, often mixed: one line per paragraph (web copy, the seed),
//! paragraphs separated by blank lines, and teletype copy hard-wrapped at 58 to 80 columns whose
//! paragraphs start with an indent (ANSA, Reuters, Kyodo, ATS) or follow a blank line. Lines
//! holding only whitespace count as blank.

use crate::dateline::{self, is_cjk, is_wide};
use crate::formats::budget;

use super::trailer;

/// Widest wrap column believed; wider lines are paragraphs that were never wrapped.
const MAX_WRAP: usize = 100;
/// Narrowest wrap column believed (teletype copy wraps at 58 to 80); a text whose longest lines
/// are shorter is headers and short paragraphs.
const MIN_WRAP: usize = 50;

/// Lines of a chunk measured once and kept while it is split (see [`paragraphs`]).
const BUFFERED_LINES: usize = 1024;

/// Lines of the text within which bylines and datelines are looked for as paragraph starts:
/// they stand above the story, under a title, a headline and a few marker lines.
const HEADER_LINES: usize = 24;

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// The line without leading and trailing whitespace.
    text: &'a str,
    /// Leading whitespace in columns (a tab counts as four, an ideographic space as two).
    indent: usize,
    /// Columns taken, indent included; CJK characters take two.
    width: usize,
    /// True for the first lines of the text, where the header is.
    in_header: bool,
}

impl<'a> Line<'a> {
    fn new(raw: &'a str, number: usize) -> Line<'a> {
        let indent = raw
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| match c {
                '\t' => 4,
                '\u{3000}' => 2,
                _ => 1,
            })
            .sum();
        let text = raw.trim();
        Line {
            text,
            indent,
            width: indent + columns(text),
            in_header: number < HEADER_LINES,
        }
    }

    /// The columns the next line's first word needs on this one; CJK text breaks anywhere, so
    /// only its first character counts.
    fn first_word_width(&self) -> usize {
        match self.text.chars().next() {
            Some(c) if is_wide(c) => 2,
            _ => self
                .text
                .split_whitespace()
                .next()
                .map_or(0, |w| w.chars().count()),
        }
    }
}

/// Columns a text takes: two for wide (CJK) characters, one for the others.
fn columns(text: &str) -> usize {
    if text.is_ascii() {
        return text.len();
    }
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Appends a continuation line: with a space, except between two CJK characters (CJK text has
/// no spaces between words, so a line break inside it is nothing).
fn join(paragraph: &mut String, line: &str) {
    let cjk_end = paragraph
        .chars()
        .next_back()
        .is_some_and(|c| is_cjk(c) || is_wide(c));
    let cjk_start = line.chars().next().is_some_and(|c| is_cjk(c) || is_wide(c));
    if !(cjk_end && cjk_start) {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

/// The paragraphs of a normalised text (`\n` line ends), each as one line of text.
///
/// The text is read a chunk (run of non-blank lines) at a time, so that what reading keeps is
/// the paragraphs and the lines of one chunk of at most [`BUFFERED_LINES`], not a record per
/// line of the text. Each paragraph
/// counts one block and one inline against the read's limits
/// ([`Limits::blocks`](crate::formats::Limits::blocks)); past them, no more are made.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    let wrap = wrap_width(text);
    let mut out = Vec::new();
    // The lines of a chunk are measured once into a buffer reused chunk after chunk; a chunk of
    // more lines than it holds is measured twice instead, so that a text of many short lines
    // makes no record of them all (a line's record is larger than a short line).
    let mut buffer = Vec::with_capacity(64);
    for chunk in chunks(text) {
        buffer.clear();
        buffer.extend(chunk.lines().take(BUFFERED_LINES + 1));
        let done = if buffer.len() > BUFFERED_LINES {
            split_chunk(|| chunk.lines(), wrap, &mut out)
        } else {
            split_chunk(|| buffer.iter().copied(), wrap, &mut out)
        };
        if !done {
            break;
        }
    }
    out
}

/// A run of non-blank lines: the number of its first line in the text, and the text of its
/// lines (without the last line end).
#[derive(Clone, Copy)]
struct Chunk<'a> {
    first: usize,
    text: &'a str,
}

impl<'a> Chunk<'a> {
    /// The chunk's lines, measured.
    fn lines(self) -> impl Iterator<Item = Line<'a>> {
        raw_lines(self.text)
            .enumerate()
            .map(move |(i, raw)| Line::new(raw, self.first + i))
    }
}

/// The chunks of the text, in order.
fn chunks(text: &str) -> impl Iterator<Item = Chunk<'_>> {
    let mut lines = raw_lines(text).enumerate().peekable();
    std::iter::from_fn(move || {
        // Blank lines before the chunk.
        while lines.next_if(|(_, raw)| is_blank(raw)).is_some() {}
        let (first, start) = lines.next()?;
        let mut end = start;
        while let Some((_, raw)) = lines.next_if(|(_, raw)| !is_blank(raw)) {
            end = raw;
        }
        Some(Chunk {
            first,
            text: span(text, start, end),
        })
    })
}

/// The lines of `text` between `\n`s, as `text.split('\n')` gives them; found with the memchr
/// crate, whose search is several times faster than the standard library's on short lines.
fn raw_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match memchr::memchr(b'\n', current.as_bytes()) {
            Some(end) => {
                rest = current.get(end + 1..);
                current.get(..end)
            }
            None => rest.take(),
        }
    })
}

/// A line holding only whitespace (what [`Line::new`] trims to nothing): the first other
/// character ends the look.
fn is_blank(raw: &str) -> bool {
    raw.chars().all(char::is_whitespace)
}

/// The part of `text` from the start of `first` to the end of `last`, both slices of it.
fn span<'a>(text: &'a str, first: &'a str, last: &'a str) -> &'a str {
    let offset = |part: &str| (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let start = offset(first);
    let end = offset(last).saturating_add(last.len());
    text.get(start..end).unwrap_or(first)
}

/// True when `line` was broken by a wrapper at `width`: the next line's first word would not
/// have fitted on it. Very short lines are paragraph ends even so.
fn full(line: &Line<'_>, next: &Line<'_>, width: usize) -> bool {
    line.width + 1 + next.first_word_width() > width && line.width * 10 >= width * 6
}

/// The wrap column of hard-wrapped copy, or `None` when the text was not wrapped.
///
/// The widest line of several words inside multi-line chunks is taken as the column; the copy
/// counts as wrapped when that column is plausible and at least half the lines that go on in
/// the same chunk are full at it. One-line-per-paragraph copy has lines of every length, so few
/// are "full"; and a single full line is believed only where it ends no sentence ([`Wrap`]).
fn wrap_width(text: &str) -> Option<Wrap> {
    // A single long token (a URL) cannot be broken and may stick out past the column.
    let width = chunks(text)
        .filter(|c| c.text.contains('\n'))
        .flat_map(Chunk::lines)
        .filter(|l| l.text.contains(char::is_whitespace) || l.text.chars().any(is_wide))
        .map(|l| l.width)
        .max()?;
    if !(MIN_WRAP..=MAX_WRAP).contains(&width) {
        return None;
    }
    let (mut candidates, mut fulls) = (0usize, 0usize);
    // A chunk of one line has no line that goes on: it is not measured again.
    for chunk in chunks(text).filter(|c| c.text.contains('\n')) {
        let mut previous: Option<Line<'_>> = None;
        for next in chunk.lines() {
            if let Some(line) = previous {
                candidates += 1;
                if full(&line, &next, width) {
                    fulls += 1;
                }
            }
            previous = Some(next);
        }
    }
    (fulls >= 1 && fulls * 2 >= candidates).then_some(Wrap {
        width,
        sure: fulls >= 2,
    })
}

/// The wrap column of hard-wrapped copy, and whether two lines or more show it: one full line
/// alone (a short story) may be a paragraph as long as the column by chance, so it joins the
/// line below only when it ends no sentence.
#[derive(Debug, Clone, Copy)]
struct Wrap {
    width: usize,
    sure: bool,
}

impl Wrap {
    /// True when `line` was broken by the wrapper and `next` carries it on.
    fn joins(self, line: &Line<'_>, next: &Line<'_>) -> bool {
        full(line, next, self.width) && (self.sure || !super::shape::ends_sentence(line.text))
    }
}

/// Splits one chunk into paragraphs, pushed to `out`; false when the read may make no more
/// ([`Limits::blocks`](crate::formats::Limits::blocks)).
///
/// When some lines are indented more than others, an indented line starts a paragraph and the
/// others continue it (a line ending a sentence after a line that was not full starts one too).
/// Otherwise lines are joined only in wrapped copy, where a full line goes on in the next.
fn split_chunk<'a, I: Iterator<Item = Line<'a>>>(
    lines: impl Fn() -> I,
    wrap: Option<Wrap>,
    out: &mut Vec<String>,
) -> bool {
    let (mut min_indent, mut max_indent, mut chunk_width) = (usize::MAX, 0, 0);
    for line in lines() {
        min_indent = min_indent.min(line.indent);
        max_indent = max_indent.max(line.indent);
        chunk_width = chunk_width.max(line.width);
    }
    let indented_style = max_indent > min_indent;
    let mut current: Option<String> = None;
    let mut seen_indent = false;
    let mut previous: Option<Line<'_>> = None;
    for line in lines() {
        let indented = line.indent > min_indent;
        // Whether the line would carry the paragraph on is asked first: most lines of copy
        // with a paragraph a line would not, and the rules of lines that stand alone cost more.
        let continues = match &previous {
            None => false,
            Some(prev) if indented_style && (indented || seen_indent) => {
                !indented
                    && (!super::shape::ends_sentence(prev.text)
                        || (chunk_width <= MAX_WRAP && full(prev, &line, chunk_width)))
            }
            Some(prev) => wrap.is_some_and(|wrap| wrap.joins(prev, &line)) || goes_on(prev, &line),
        } && !starts_own_paragraph(&line);
        seen_indent |= indented;
        match (&mut current, continues) {
            (Some(paragraph), true) => join(paragraph, line.text),
            _ => {
                if let Some(done) = current.take() {
                    out.push(done);
                }
                if !budget::spend_block(1) {
                    return false;
                }
                current = Some(line.text.to_string());
            }
        }
        previous = Some(line);
    }
    if let Some(done) = current {
        out.push(done);
    }
    true
}

/// True when `line` carries on the sentence `prev` left open: `prev` ends with no sentence
/// mark, colon or semicolon, and `line` starts in lower case, or with a dash clause in lower
/// case (`- allen voran die Grünen -`) when `prev` is no dash item itself. Hard-wrapped copy too
/// short for its wrap column to show ([`wrap_width`] wants two full lines) is rejoined so; a
/// line of its own starts with a capital, a digit or a mark, a list item under a list item
/// stays apart, and so does one word that ends no sentence (an e-mail address under a byline).
fn goes_on(prev: &Line<'_>, line: &Line<'_>) -> bool {
    let open = !super::shape::ends_sentence(prev.text) && !prev.text.ends_with([':', ';', '：']);
    let one_word = !line.text.contains(char::is_whitespace);
    if !open || (one_word && !super::shape::ends_sentence(line.text)) {
        return false;
    }
    let lower_start = |text: &str| text.chars().next().is_some_and(char::is_lowercase);
    fn dash_clause(text: &str) -> Option<&str> {
        ["- ", "– ", "— "]
            .iter()
            .find_map(|dash| text.strip_prefix(dash))
    }
    match dash_clause(line.text) {
        Some(clause) => lower_start(clause) && dash_clause(prev.text).is_none(),
        None => lower_start(line.text),
    }
}

/// Lines that are never the continuation of the line above: a byline or a dateline (near the
/// top), a credit or an end marker.
fn starts_own_paragraph(line: &Line<'_>) -> bool {
    let text = line.text;
    (line.in_header
        && (crate::byline::byline(text).is_some()
            || dateline::parse_lead(text).is_some()
            || dateline::parse_line(text).is_some()))
        || trailer::stands_alone(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_one_a_character_and_two_a_wide_one() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let expected = 2 + usize::from(is_wide(c));
            assert_eq!(columns(&format!("é{c}")), expected, "{:x}", u32::from(c));
        }
        assert_eq!(columns("Zürich 東京 ok"), 14);
    }

    #[test]
    fn raw_lines_are_the_lines_between_line_ends() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\n\nb",
            "a\nb\n\n c \n",
            "é\n\u{3000}\n",
        ] {
            let ours: Vec<&str> = raw_lines(text).collect();
            let split: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, split, "{text:?}");
        }
    }

    #[test]
    fn a_chunk_longer_than_the_buffer_splits_as_a_short_one() {
        // Indented teletype paragraphs of three wrapped lines, no blank line between them.
        let paragraph = "   The council voted on the plan for the harbour on Tuesday after a\nlong debate that ran late into the night and ended with a narrow\nmajority for it.\n";
        for count in [3, BUFFERED_LINES / 3 + 10] {
            let text = paragraph.repeat(count);
            let got = paragraphs(&text);
            assert_eq!(got.len(), count, "{count} paragraphs");
            assert!(
                got.iter().all(|p| p
                    == "The council voted on the plan for the harbour on Tuesday after a long debate that ran late into the night and ended with a narrow majority for it."),
                "{count} paragraphs"
            );
        }
    }

    #[test]
    fn blank_lines_hold_only_whitespace() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\u{3000}\u{a0}"));
        assert!(!is_blank("  x "));
        assert!(!is_blank("\u{200b}"));
    }

    #[test]
    fn one_line_per_paragraph_stays_so() {
        let text = "Title.\n\nHeadline\nROMA (ANSA) - First paragraph that is rather long and goes on well past the wrap columns of any teletype.\nSecond paragraph.\n";
        assert_eq!(
            paragraphs(text),
            [
                "Title.",
                "Headline",
                "ROMA (ANSA) - First paragraph that is rather long and goes on well past the wrap columns of any teletype.",
                "Second paragraph."
            ]
        );
    }

    #[test]
    fn hard_wrapped_copy_is_rejoined() {
        let text = "Headline\n\n\
Berlin (dpa) - Negotiations between the parties went on through\n\
the night, officials said, and a deal could come as early as\n\
Friday.\n\n\
The talks had stalled twice in the past week over the budget and\n\
pensions, which both sides call essential.\n";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert!(paras[1].ends_with("as early as Friday."));
        assert!(paras[2].starts_with("The talks had stalled twice"));
    }

    #[test]
    fn indented_lines_start_paragraphs() {
        let text = "   Genève (ats) Le Conseil d'Etat genevois veut doubler le réseau de\n\
pistes cyclables du canton d'ici 2030.\n \n   « Nous voulons que le vélo devienne une évidence pour les trajets\n\
de moins de cinq kilomètres », a déclaré la conseillère.\n";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 2, "{paras:?}");
        assert!(paras[0].ends_with("du canton d'ici 2030."));

        let ansa = "   (ANSA) - GENOVA, 29 NOV - Prima frase del lancio, abbastanza lunga da non stare in una riga di telescrivente.\n   Secondo paragrafo.\n   (ANSA).\n";
        assert_eq!(paragraphs(ansa).len(), 3);
    }

    #[test]
    fn wrapped_cjk_lines_join_without_spaces() {
        // Teletype CJK copy wrapped at 35 characters (70 columns).
        let text = "标题\n\n\
国家统计局今天发布数据显示，前十个月全国规模以上工业企业利润同比增长\n\
百分之三点五，其中制造业利润增长较快，高技术制造业表现尤其突出，专\n\
家表示经济运行总体平稳。\n\n\
分行业看，电子设备制造业利润增长明显，汽车制造业利润保持稳定增长，\n\
原材料行业利润有所下降。\n";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert!(paras[1].contains("增长百分之三点五"), "{}", paras[1]);
        assert!(
            paras[1].ends_with("突出，专家表示经济运行总体平稳。"),
            "{}",
            paras[1]
        );
    }

    /// #19: copy too short to show its wrap column (two full lines) is rejoined where a line
    /// carries on the sentence above: in lower case, or a German dash clause in lower case; a
    /// headline broken over two lines is one headline.
    #[test]
    fn short_wrapped_copy_is_rejoined_where_the_sentence_goes_on() {
        let text = "Cancellation of the\nshareholders' meeting of Nordvik ASA\n\n\
BERLIN (dpa) - Die Bundesregierung hat am Mittwoch ein neues Klimagesetz\n\
beschlossen. Die Opposition\n\
- allen voran die Grünen - kritisierte den Entwurf.\n\n\
Das Gesetz muss noch verabschiedet werden.\n";
        assert_eq!(
            paragraphs(text),
            [
                "Cancellation of the shareholders' meeting of Nordvik ASA",
                "BERLIN (dpa) - Die Bundesregierung hat am Mittwoch ein neues Klimagesetz \
                 beschlossen. Die Opposition - allen voran die Grünen - kritisierte den Entwurf.",
                "Das Gesetz muss noch verabschiedet werden.",
            ]
        );
    }

    /// One full line alone shows a wrap column only where it ends no sentence: then the line
    /// below carries it on even when it starts with a capital; after a full stop, the line
    /// below is a paragraph of its own.
    #[test]
    fn a_single_full_line_joins_only_an_open_sentence() {
        let open = "Headline\n\nMADRID (EFE) - Los sindicatos pidieron una reunión urgente con el\n\
                    Gobierno para discutir las nuevas normas.\n\nEl coste es alto.\n";
        let paras = paragraphs(open);
        assert_eq!(paras.len(), 3, "{paras:?}");
        assert!(paras[1].ends_with("con el Gobierno para discutir las nuevas normas."));
        let closed = "Headline\n\nMADRID (EFE) - Los sindicatos pidieron una reunión urgente ayer.\n\
                      Gobierno y patronal discutieron las nuevas normas.\n\nEl coste es alto.\n";
        assert_eq!(paragraphs(closed).len(), 4, "{:?}", paragraphs(closed));
    }

    /// What [`goes_on`] leaves apart: a line after a sentence, a colon or a semicolon; a line
    /// starting with a capital or a digit; a dash item under a dash item; one word that ends no
    /// sentence (an address under a byline), while one that does is the sentence's end.
    #[test]
    fn lines_that_start_their_own_paragraph_stay_apart() {
        let cases: [(&str, usize); 9] = [
            ("The vote was close.\nthe count goes on\n", 2),
            ("Key points:\nrates rise\n", 2),
            ("Rates rise;\nthe rest waits\n", 2),
            ("Rates rose in\nMay and June\n", 2),
            ("Rates rose by\n2 percent\n", 2),
            ("- rates rise\n- jobs fall\n", 2),
            ("Von Mette Berg\nmb@example.org\n", 2),
            ("The talks went on until\nmidnight.\n", 1),
            (
                "Die Opposition\n– allen voran die Grünen – widersprach.\n",
                1,
            ),
        ];
        for (text, count) in cases {
            assert_eq!(
                paragraphs(text).len(),
                count,
                "{text:?}: {:?}",
                paragraphs(text)
            );
        }
    }

    #[test]
    fn short_header_lines_are_not_joined() {
        assert_eq!(
            paragraphs("URGENT\nBC-US--APNewsAlert\n"),
            ["URGENT", "BC-US--APNewsAlert"]
        );
    }
}
