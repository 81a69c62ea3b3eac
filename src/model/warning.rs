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
