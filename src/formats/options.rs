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

impl ReadOptions {
    /// The caller's language, trimmed; `None` when there is none or it is blank.
    pub(crate) fn language(&self) -> Option<&str> {
        self.language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
    }
}

/// How to write an output. The default writes every format in its default version.
///
/// ```
/// use newswire::formats::{NinjsVersion, WriteOptions};
/// let mut options = WriteOptions::default();
/// assert_eq!(options.ninjs_version, NinjsVersion::V3_1);
/// options.ninjs_version = "2.1".parse()?;
/// assert_eq!(options.ninjs_version, NinjsVersion::V2_1);
/// # Ok::<(), newswire::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteOptions {
    /// The ninjs version written (the `standard` the document declares, and its key casing).
    pub ninjs_version: NinjsVersion,
}

/// A ninjs version newswire writes. 2.x names are lower case (`versioncreated`), 3.x names
/// camelCase (`versionCreated`); within a generation the documents differ only in the
/// `standard` they declare, since newswire writes nothing the later minor versions added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NinjsVersion {
    /// ninjs 2.0.
    V2_0,
    /// ninjs 2.1.
    V2_1,
    /// ninjs 2.2.
    V2_2,
    /// ninjs 3.0.
    V3_0,
    /// ninjs 3.1, the latest.
    #[default]
    V3_1,
}

impl NinjsVersion {
    /// Every version written, oldest first.
    pub const ALL: [NinjsVersion; 5] = [
        NinjsVersion::V2_0,
        NinjsVersion::V2_1,
        NinjsVersion::V2_2,
        NinjsVersion::V3_0,
        NinjsVersion::V3_1,
    ];

    /// The version as the `standard` object writes it (`3.1`).
    pub fn as_str(self) -> &'static str {
        match self {
            NinjsVersion::V2_0 => "2.0",
            NinjsVersion::V2_1 => "2.1",
            NinjsVersion::V2_2 => "2.2",
            NinjsVersion::V3_0 => "3.0",
            NinjsVersion::V3_1 => "3.1",
        }
    }

    /// The major version: 2 or 3.
    pub fn generation(self) -> u8 {
        match self {
            NinjsVersion::V2_0 | NinjsVersion::V2_1 | NinjsVersion::V2_2 => 2,
            NinjsVersion::V3_0 | NinjsVersion::V3_1 => 3,
        }
    }
}

impl std::fmt::Display for NinjsVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for NinjsVersion {
    type Err = crate::Error;

    /// `3.1`, `3.0`, `2.2`, `2.1`, `2.0`; `3` and `2` mean the latest of the generation.
    fn from_str(text: &str) -> Result<NinjsVersion, crate::Error> {
        let text = text.trim();
        let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
        match text {
            "3" | "3.1" => Ok(NinjsVersion::V3_1),
            "3.0" => Ok(NinjsVersion::V3_0),
            "2" | "2.2" => Ok(NinjsVersion::V2_2),
            "2.1" => Ok(NinjsVersion::V2_1),
            "2.0" => Ok(NinjsVersion::V2_0),
            _ => Err(crate::Error::Invalid {
                format: crate::Format::Ninjs,
                message: format!(
                    "cannot write ninjs version {text:?}; newswire writes 3.1, 3.0, 2.2, 2.1 and 2.0"
                ),
            }),
        }
    }
}
