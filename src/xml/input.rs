//! An XML input to articles: the steps every XML reader takes around its own mapping.

use crate::encoding::decode_xml;
use crate::formats::{ReadOptions, budget};
use crate::model::Warning;
use crate::{Article, Error, Format};

use super::tree::{Element, parse_with};

/// Decodes `input` (a BOM, the declared encoding, else UTF-8 with a Windows-1252 fallback),
/// parses it as `format` within `options.limits` (XML depth, attributes, attribute and text
/// length), and reads the articles from its root with `read_root`. What decoding and parsing
/// had to repair comes first among each article's warnings, under `input`.
pub(crate) fn read_document(
    input: &[u8],
    format: Format,
    options: &ReadOptions,
    read_root: impl FnOnce(&Element<'_>) -> Result<Vec<Article>, Error>,
) -> Result<Vec<Article>, Error> {
    let decoded = decode_xml(input);
    let document = parse_with(&decoded.text, format, &options.limits)?;
    let mut articles = read_root(&document.root)?;
    let input_warnings: Vec<Warning> = decoded
        .warning
        .iter()
        .chain(&document.warnings)
        .map(|message| Warning::new("input", message.clone(), None))
        .collect();
    if !input_warnings.is_empty() {
        // Copied into each article: the copies after the first count against
        // Limits::repeated_bytes (a repair may quote the input).
        let bytes: usize = input_warnings.iter().map(Warning::bytes).sum();
        for (i, article) in articles.iter_mut().enumerate() {
            if i > 0 && !budget::repeat(bytes) {
                break;
            }
            let own = std::mem::take(&mut article.warnings);
            article.warnings = input_warnings.iter().cloned().chain(own).collect();
        }
    }
    Ok(articles)
}
