//! Options for reading, for callers who know more than the input says.

/// How to read an input. The default reads everything from the input itself.
///
/// ```
/// use newswire::formats::ReadOptions;
/// let mut options = ReadOptions::default();
/// options.language = Some("de-CH".into());
/// assert_eq!(options.language.as_deref(), Some("de-CH"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// The language of the content (BCP 47), used instead of detecting it when the input does not
    /// declare one. A feed's own declaration (`xml:lang`, `inLanguage`) still wins.
    pub language: Option<String>,
}
