//! Texts with a role ([`RoledText`]): editorial notes, descriptions and headlines, which
//! formats tell apart by role.

use serde::{Deserialize, Serialize};

/// A text with the role its source gives it: an editorial note's (a correction, contacts, a
/// closing line, a note kept private), a description's (a teaser, an abstract, a caption) or a
/// headline's (a short, web or SEO headline). Where each lives in each format is said at
/// [`Article::editorial_notes`], [`Article::descriptions`] and [`Article::headlines`].
///
/// JSON: a text without a role is a string, as every note was before notes had roles; one with
/// a role is `{"text": ..., "role": ...}`. Either is read.
///
/// [`Article::editorial_notes`]: crate::model::Article::editorial_notes
/// [`Article::descriptions`]: crate::model::Article::descriptions
/// [`Article::headlines`]: crate::model::Article::headlines
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[non_exhaustive]
pub struct RoledText {
    /// The text.
    pub text: String,
    /// Its role: a QCode (`dpaednoterole:contacts`), a URI or a word (`correction`), as the
    /// source gives it.
    pub role: Option<String>,
}

impl RoledText {
    /// A text with no role.
    pub fn new(text: impl Into<String>) -> RoledText {
        RoledText {
            text: text.into(),
            role: None,
        }
    }

    /// A text with a role.
    pub fn with_role(text: impl Into<String>, role: impl Into<String>) -> RoledText {
        RoledText {
            text: text.into(),
            role: Some(role.into()),
        }
    }
}

impl From<String> for RoledText {
    fn from(text: String) -> RoledText {
        RoledText::new(text)
    }
}

impl From<&str> for RoledText {
    fn from(text: &str) -> RoledText {
        RoledText::new(text)
    }
}

/// A roled text is the same as a plain text when it has no role and that text.
impl PartialEq<&str> for RoledText {
    fn eq(&self, other: &&str) -> bool {
        self.role.is_none() && self.text == *other
    }
}

/// The `json` form's two shapes.
#[derive(Deserialize)]
#[serde(untagged)]
enum Form {
    Plain(String),
    Roled(Roled),
}

/// A text with its role, as the `json` form writes it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Roled {
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<String>,
}

impl Serialize for RoledText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.role {
            None => serializer.serialize_str(&self.text),
            Some(role) => Roled {
                text: self.text.clone(),
                role: Some(role.clone()),
            }
            .serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for RoledText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<RoledText, D::Error> {
        Ok(match Form::deserialize(deserializer)? {
            Form::Plain(text) => RoledText::new(text),
            Form::Roled(Roled { text, role }) => RoledText { text, role },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_without_a_role_is_a_string_in_json_and_one_with_a_role_an_object() {
        let notes = vec![
            RoledText::new("Not for web."),
            RoledText::with_role("Call the desk.", "dpaednoterole:contacts"),
        ];
        let json = serde_json::to_string(&notes).unwrap();
        assert_eq!(
            json,
            r#"["Not for web.",{"text":"Call the desk.","role":"dpaednoterole:contacts"}]"#
        );
        let back: Vec<RoledText> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, notes);
        let no_role: RoledText = serde_json::from_str(r#"{"text":"Kill."}"#).unwrap();
        assert_eq!(no_role, RoledText::new("Kill."));
        assert!(serde_json::from_str::<RoledText>(r#"{"role":"x"}"#).is_err());
        assert!(serde_json::from_str::<RoledText>("3").is_err());
        assert!(serde_json::from_str::<RoledText>(r#"{"text":"x","rol":"y"}"#).is_err());
    }

    #[test]
    fn a_note_equals_a_text_only_without_a_role() {
        assert_eq!(RoledText::new("Kill."), "Kill.");
        assert_ne!(RoledText::with_role("Kill.", "correction"), "Kill.");
        assert_ne!(RoledText::new("Kill"), "Kill.");
    }

    /// A string or a string slice converts to a text without a role.
    #[test]
    fn strings_convert_to_texts_without_a_role() {
        let owned = RoledText::from(String::from("Kill."));
        let borrowed = RoledText::from("Kill.");
        for text in [owned, borrowed] {
            assert_eq!((text.text.as_str(), text.role), ("Kill.", None));
        }
    }
}
