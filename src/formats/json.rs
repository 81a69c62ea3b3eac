//! newswire's own JSON: the serde form of the model, a JSON array of articles.
//!
//! It carries every model field, so it is the lossless format for storing or piping articles
//! between newswire and other tools. `newswire inspect` prints it.
//!
//! | model | newswire JSON |
//! |---|---|
//! | every field | the key of its name (`word_count`, `dateline` with `city`, ...), left out when absent or empty |
//! | timestamps | RFC 3339 strings (without an offset when the source gave none) |
//! | body blocks and inline content | objects tagged by `"type"` |

use crate::encoding::decode_text;
use crate::formats::descriptor::Envelope;
use crate::formats::fidelity::{Carry, Field};
use crate::formats::stream::Streaming;
use crate::formats::{
    Descriptor, Limit, ReadOptions, Sniff, WriteOptions, Writer, Writing, budget,
};
use crate::json::input::{check, without_position};
use crate::json::output::array_element;
use crate::model::{Block, Inline, Warning};
use crate::{Article, Error, Format};

/// Writes the articles as a JSON array: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Json)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Json,
    name: "json",
    aliases: &["newswire"],
    description: "newswire's article model as JSON",
    extensions: &["json"],
    named_by: &["json"],
    sniff: Sniff::Fallback(|start| start.json),
    read: Some(read_input),
    stream: Some(Streaming::JsonArray),
    write: Some(Writing {
        writer: Writer::Enveloped {
            one: |article, options| write_articles(std::slice::from_ref(article), options),
            envelope: || Box::new(Array::default()),
        },
        carries,
        project,
        writes_association: super::descriptor::every_association,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[],
};

/// What writing and reading back keep of each field: everything (the fidelity table's column).
fn carries(_: Field) -> Carry {
    Carry::Full
}

/// Reads a JSON array of articles, or a single article object.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Json, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let decoded = decode_text(input);
    let text = decoded.text.as_ref();
    // Checked first, then read straight into the model: no tree of JSON values in between
    // (an object there costs more than the block it becomes). A document that repeats a key
    // goes through values, which keep the last one (the model's fields would refuse it).
    let checked = check(text, &options.limits, 1).map_err(|e| e.of(Format::Json))?;
    crate::formats::check_articles(checked.items, Format::Json, &options.limits)?;
    let array = text.trim_start().starts_with('[');
    let mut articles: Vec<Article> = if !checked.warnings.is_empty() {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| invalid(&e))?;
        if array {
            serde_json::from_value(value).map_err(|e| invalid(&e))?
        } else {
            vec![serde_json::from_value(value).map_err(|e| invalid(&e))?]
        }
    } else if array {
        serde_json::from_str(text).map_err(|e| invalid(&e))?
    } else {
        vec![serde_json::from_str(text).map_err(|e| invalid(&e))?]
    };
    // Its bodies count against the limits every reader's do (the values they were read from
    // were counted already, so nothing was built past them).
    for article in &articles {
        let (blocks, inlines) = counts(&article.body);
        if !(budget::spend(Limit::Blocks, blocks) && budget::spend(Limit::Inlines, inlines)) {
            break;
        }
    }
    for article in &mut articles {
        keep_input_warnings_as_data(article);
        if let Some(message) = &decoded.warning {
            article
                .warnings
                .push(Warning::new("input", message.clone(), None));
        }
        article.warnings.extend(checked.warnings.iter().cloned());
    }
    Ok(articles)
}

/// The extension that keeps the `warnings` an input article carries: what an earlier reading
/// noted is data about that reading, never a warning of this one (a file could otherwise make
/// newswire print any "warning" it likes).
pub const INPUT_WARNINGS: &str = "newswire:input_warnings";

/// Moves the warnings the input carried into [`INPUT_WARNINGS`], after those an earlier reading
/// kept there.
fn keep_input_warnings_as_data(article: &mut Article) {
    if article.warnings.is_empty() {
        return;
    }
    let carried = std::mem::take(&mut article.warnings);
    let carried = carried
        .into_iter()
        .filter_map(|w| serde_json::to_value(w).ok());
    let kept = article
        .extensions
        .entry(INPUT_WARNINGS.to_string())
        .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    match kept {
        serde_json::Value::Array(items) => items.extend(carried),
        other => {
            let earlier = std::mem::take(other);
            *other = serde_json::Value::Array(std::iter::once(earlier).chain(carried).collect());
        }
    }
}

/// The blocks and inline nodes of a body, nested ones included.
fn counts(blocks: &[Block]) -> (usize, usize) {
    fn inlines(content: &[Inline]) -> usize {
        content
            .iter()
            .map(|inline| match inline {
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Superscript(content)
                | Inline::Subscript(content)
                | Inline::Link { content, .. } => 1 + inlines(content),
                _ => 1,
            })
            .sum()
    }
    blocks.iter().fold((0, 0), |(b, i), block| {
        let (nested_b, nested_i) = match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => (0, inlines(content)),
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => counts(blocks),
            Block::List { items, .. } => items.iter().fold((0, 0), |(b, i), item| {
                let (nb, ni) = counts(item);
                (b + nb, i + ni)
            }),
            Block::Preformatted { .. } => (0, 0),
            Block::Table { caption, rows } => (
                0,
                crate::model::table_inlines(caption, rows)
                    .map(|content| 1 + inlines(content))
                    .sum(),
            ),
            Block::Figure(figure) => (0, inlines(&figure.caption)),
        };
        (b + 1 + nested_b, i + nested_i)
    })
}

/// The array written article by article: `[`, the elements, `\n]\n`.
#[derive(Default)]
pub(crate) struct Array {
    written: usize,
}

impl Envelope for Array {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        let element = array_element(article, 0, self.written == 0).map_err(|e| Error::Invalid {
            format: Format::Json,
            message: e.to_string(),
        })?;
        self.written += 1;
        Ok(element)
    }

    fn head(&self) -> Vec<u8> {
        b"[".to_vec()
    }

    fn tail(&self) -> Vec<u8> {
        b"\n]\n".to_vec()
    }
}

/// Writes the articles as a pretty-printed JSON array with a final newline, `<`, `>` and `&`
/// escaped in strings (`\u003c`) so that it is safe inside an HTML `<script>` element.
pub(crate) fn write_articles(articles: &[Article], _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut out = crate::json::output::to_vec_pretty(articles).map_err(|e| Error::Invalid {
        format: Format::Json,
        message: e.to_string(),
    })?;
    out.push(b'\n');
    Ok(out)
}

/// What an article becomes after a write and a read in this format (see
/// [`fidelity::project`](crate::formats::fidelity::project)): itself, as the format carries every
/// field, but for its warnings, which come back as data under [`INPUT_WARNINGS`].
pub fn project(article: &Article) -> Article {
    let mut projected = article.clone();
    keep_input_warnings_as_data(&mut projected);
    projected
}

/// A well-formed document that is not newswire's article JSON (unknown field, wrong type).
fn invalid(error: &serde_json::Error) -> Error {
    Error::Invalid {
        format: Format::Json,
        message: format!("not a newswire article: {}", without_position(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Position;
    use crate::model::Block;

    #[test]
    fn round_trips_and_accepts_a_single_object() {
        let article = Article {
            headline: Some("H".into()),
            body: vec![Block::paragraph("P")],
            ..Article::default()
        };
        let bytes = write(std::slice::from_ref(&article)).unwrap();
        assert_eq!(read(&bytes).unwrap(), vec![article.clone()]);
        let one = br#"{"headline":"H","body":[{"type":"paragraph","content":["P"]}]}"#;
        assert_eq!(read(one).unwrap(), vec![article]);
    }

    /// Every article's body counts against the block and inline limits, the nested marks of a
    /// paragraph included: a limit the first article keeps to and the two together pass stops
    /// the read.
    #[test]
    fn bodies_count_against_the_limits_nested_marks_and_every_article_included() {
        // Four inlines: the strong mark, its text, the emphasis inside it and its text.
        let nested = Block::Paragraph {
            content: vec![Inline::Strong(vec![
                Inline::text("a"),
                Inline::Emphasis(vec![Inline::text("b")]),
            ])],
        };
        let article = Article {
            body: vec![nested],
            ..Article::default()
        };
        let read_limited = |articles: &[Article], blocks: usize, inlines: usize| {
            let mut options = ReadOptions::default();
            options.limits.blocks = blocks;
            options.limits.inlines = inlines;
            match read_with(&write(articles).unwrap(), &options) {
                Ok(read) => Ok(read.len()),
                Err(Error::LimitExceeded { limit, .. }) => Err(limit),
                Err(other) => panic!("{other}"),
            }
        };
        let one = std::slice::from_ref(&article);
        assert_eq!(read_limited(one, 1, 4), Ok(1));
        assert_eq!(read_limited(one, 1, 3), Err(Limit::Inlines));
        let two = [article.clone(), article];
        assert_eq!(read_limited(&two, 2, 8), Ok(2));
        assert_eq!(read_limited(&two, 1, 8), Err(Limit::Blocks));
        assert_eq!(read_limited(&two, 2, 7), Err(Limit::Inlines));
        // Every kind of block, counted by hand: quotes, boxes and list items count their
        // blocks, a table one inline more per caption and cell than their content.
        let p = |text: &str| Block::paragraph(text);
        let mut figure = crate::model::Figure::new("https://example.com/p.jpg");
        figure.caption = vec![Inline::text("f")];
        let body = vec![
            // 1 block, 4 inlines (above).
            two[0].body[0].clone(),
            // 2 blocks, 1 inline.
            Block::Blockquote {
                blocks: vec![p("x")],
            },
            // 2 blocks, 1 inline.
            Block::Aside {
                kind: "box".into(),
                blocks: vec![p("g")],
            },
            // 4 blocks, 3 inlines.
            Block::List {
                ordered: false,
                items: vec![vec![p("y")], vec![p("z"), p("w")]],
            },
            // 1 block, 6 inlines.
            Block::Table {
                caption: vec![Inline::text("c")],
                rows: vec![crate::model::TableRow::new(vec![
                    crate::model::TableCell::text("d"),
                    crate::model::TableCell::text("e"),
                ])],
            },
            // 1 block, 1 inline.
            Block::Figure(Box::new(figure)),
        ];
        let every = [Article {
            body,
            ..Article::default()
        }];
        assert_eq!(read_limited(&every, 11, 16), Ok(1));
        assert_eq!(read_limited(&every, 10, 16), Err(Limit::Blocks));
        assert_eq!(read_limited(&every, 11, 15), Err(Limit::Inlines));
    }

    #[test]
    fn errors_say_where_and_what() {
        let err = read(b"[\n  {\"headline\": }\n]").unwrap_err();
        assert!(
            matches!(
                err,
                Error::Syntax {
                    position: Position::LineColumn { line: 2, .. },
                    ..
                }
            ),
            "{err}"
        );
        let err = read(br#"{"headlne": "typo"}"#).unwrap_err().to_string();
        assert!(err.contains("unknown field `headlne`"), "{err}");
    }
}
