//! One input to one output: detect, read, write. The unit of work of `newswire convert`.

use std::path::Path;

use crate::formats::fidelity::{Loss, losses_of_all, placeholder_time_written};
use crate::formats::{ReadOptions, WriteOptions, read_with, write_with};
use crate::{Article, Error, Format, detect};

/// The result of converting one input.
#[derive(Debug)]
#[non_exhaustive]
pub struct Conversion {
    /// The format the input was read as (detected or given).
    pub from: Format,
    /// The articles read, with their warnings.
    pub articles: Vec<Article>,
    /// The output document.
    pub output: Vec<u8>,
    /// What the output format dropped or kept only in part, over all the articles, in model
    /// order (see [`losses_of_all`]).
    pub losses: Vec<Loss>,
    /// The placeholder the output holds where its format requires a time and an article has
    /// none (`1970-01-01T00:00:00Z`; see
    /// [`placeholder_time`](crate::formats::fidelity::placeholder_time)); `None` when every
    /// article has a time or [`WriteOptions::fallback_time`] gave one.
    pub placeholder_time: Option<&'static str>,
}

/// Reads `input` (in `from`, or detected from the content and `path` when `from` is `None`) and
/// writes all its articles as one document in `to`.
///
/// ```
/// use newswire::{convert, Format};
/// let done = convert(b"Headline\n\nROMA (ANSA) - Text.\n", None, Format::JsonLd, None)?;
/// assert_eq!(done.from, Format::Text);
/// assert!(String::from_utf8(done.output).unwrap().contains("\"headline\": \"Headline\""));
///
/// // The story has no time; Atom requires one.
/// let atom = convert(b"Headline\n\nROMA (ANSA) - Text.\n", None, Format::Atom, None)?;
/// assert_eq!(atom.placeholder_time, Some("1970-01-01T00:00:00Z"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn convert(
    input: &[u8],
    from: Option<Format>,
    to: Format,
    path: Option<&Path>,
) -> Result<Conversion, Error> {
    convert_with(
        input,
        from,
        to,
        path,
        &ReadOptions::default(),
        &WriteOptions::default(),
    )
}

/// Converts as [`convert`] does, reading and writing with options (the language of inputs that
/// do not declare one, the ninjs version written, ...).
pub fn convert_with(
    input: &[u8],
    from: Option<Format>,
    to: Format,
    path: Option<&Path>,
    reading: &ReadOptions,
    writing: &WriteOptions,
) -> Result<Conversion, Error> {
    let from = match from {
        Some(format) => format,
        None => detect(input, path)?,
    };
    if !from.can_read() {
        return Err(Error::ReadUnsupported(from));
    }
    if !to.can_write() {
        return Err(Error::WriteUnsupported(to));
    }
    let articles = read_with(input, from, reading)?;
    let output = write_with(&articles, to, writing)?;
    let losses = losses_of_all(&articles, to);
    let placeholder_time = placeholder_time_written(&articles, to, writing);
    Ok(Conversion {
        from,
        articles,
        output,
        losses,
        placeholder_time,
    })
}
