//! [`Warning`]: what a reader repaired or could not read.

use serde::{Deserialize, Serialize};

/// Something a reader had to repair, guess or drop while keeping the rest of the article: a date
/// it could not parse, an encoding it had to guess.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
pub struct Warning {
    /// The model field concerned (`modified`, `body`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What happened, in a sentence.
    pub message: String,
    /// The raw source value that could not be kept as is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}

impl Warning {
    /// A warning about one field, with the raw value that caused it.
    pub fn new(field: &str, message: impl Into<String>, raw: Option<String>) -> Warning {
        Warning {
            field: Some(field.to_string()),
            message: message.into(),
            raw,
        }
    }

    /// True when the warning says that the reader chose the input's encoding itself (none was
    /// declared or implied, or the bytes contradict the declaration): the text may be decoded
    /// wrong. Repairs of a known encoding (bytes replaced) are not guesses. The command line's
    /// `--strict` fails an input with such a warning.
    ///
    /// ```
    /// use newswire::{read, Format};
    /// let articles = read(b"Gen\xe8ve\n\nLe Conseil d'Etat a pr\xe9sent\xe9 un plan.", Format::Text)?;
    /// assert!(articles[0].warnings.iter().any(|w| w.is_encoding_guess()));
    /// # Ok::<(), newswire::Error>(())
    /// ```
    pub fn is_encoding_guess(&self) -> bool {
        self.field.as_deref() == Some("input") && crate::encoding::is_guess(&self.message)
    }

    /// The bytes of its text: what a copy of it costs.
    pub(crate) fn bytes(&self) -> usize {
        self.field.as_ref().map_or(0, String::len)
            + self.message.len()
            + self.raw.as_ref().map_or(0, String::len)
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        f.write_str(&self.message)?;
        if let Some(raw) = &self.raw {
            write!(f, " ({raw:?})")?;
        }
        Ok(())
    }
}
