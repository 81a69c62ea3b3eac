//! An input to articles: the steps every XML reader and every JSON reader take around its own
//! mapping (decode, parse within the limits, name the format in the machinery's errors, put
//! what decoding and parsing repaired first among each article's warnings).

use serde_json::Value;

use super::ReadOptions;
use crate::encoding::{decode_text, decode_xml};
use crate::json::input as json_input;
use crate::limits::budget;
use crate::model::Warning;
use crate::xml::{Element, parse_with};
use crate::{Article, Error, Format};

/// Decodes `input` (a BOM, the declared encoding, else UTF-8 with a Windows-1252 fallback),
/// parses it as `format` within `options.limits` (XML depth, attributes, attribute and text
/// length), and reads the articles from its root with `read_root`.
pub(crate) fn read_xml(
    input: &[u8],
    format: Format,
    options: &ReadOptions,
    read_root: impl FnOnce(&Element<'_>) -> Result<Vec<Article>, Error>,
) -> Result<Vec<Article>, Error> {
    let decoded = decode_xml(input);
    let document = parse_with(&decoded.text, &options.limits).map_err(|e| e.of(format))?;
    let articles = read_root(&document.root)?;
    let repairs = decoded.warning.iter().chain(&document.warnings);
    Ok(with_input_warnings(
        articles,
        repairs.map(String::as_str).map(input_warning),
    ))
}

/// Decodes `input` (a BOM, else UTF-8 with a Windows-1252 fallback), parses it as `format`'s
/// JSON within `options.limits` (see [`json_input::parse`]) and reads the articles from the
/// value with `read_value`.
pub(crate) fn read_json(
    input: &[u8],
    format: Format,
    options: &ReadOptions,
    read_value: impl FnOnce(&Value) -> Result<Vec<Article>, Error>,
) -> Result<Vec<Article>, Error> {
    let decoded = decode_text(input);
    let parsed = json_input::parse(&decoded.text, &options.limits).map_err(|e| e.of(format))?;
    let articles = read_value(&parsed.value)?;
    let decoding = decoded.warning.as_deref().map(input_warning);
    Ok(with_input_warnings(
        articles,
        decoding.into_iter().chain(parsed.warnings),
    ))
}

/// What decoding or parsing repaired, as a warning on the whole input.
fn input_warning(message: &str) -> Warning {
    Warning::new("input", message, None)
}

/// `articles`, each with `warnings` (about the whole input) first among its own. The copies
/// after the first article's count against [`Limits::repeated_bytes`](super::Limits) (a repair
/// may quote the input): past it, the later articles go without them and the read ends on the
/// limit.
fn with_input_warnings(
    mut articles: Vec<Article>,
    warnings: impl IntoIterator<Item = Warning>,
) -> Vec<Article> {
    let warnings: Vec<Warning> = warnings.into_iter().collect();
    if warnings.is_empty() {
        return articles;
    }
    let bytes: usize = warnings.iter().map(Warning::bytes).sum();
    for (i, article) in articles.iter_mut().enumerate() {
        if i > 0 && !budget::repeat(bytes) {
            break;
        }
        let own = std::mem::take(&mut article.warnings);
        article.warnings = warnings.iter().cloned().chain(own).collect();
    }
    articles
}
