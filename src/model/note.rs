//! Editorial notes ([`Note`]): a text for the editors, with the role its source gives it.

use serde::{Deserialize, Serialize};

/// A note to the editors, not for publication, with its role when the source gives one: a
/// correction, a contact, a closing line, a note meant for the public or kept private.
///
/// G2: `IM/edNote` with `@role` (a QCode as given, `dpaednoterole:correction`,
/// `sttnote:private`) or `@roleuri`. NITF: `DD/ed-msg` (`@info`, the role in `@msg-type`).
/// ninjs (`ednote`), Atom and the text formats have no role.
///
/// JSON: a note without a role is a string, as every note was before notes had roles; one with
/// a role is `{"text": ..., "role": ...}`. Either is read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Note {
    /// The note.
    pub text: String,
    /// Its role: a QCode (`dpaednoterole:contacts`), a URI or a word (`correction`), as the
    /// source gives it.
    pub role: Option<String>,
}

impl Note {
    /// A note with no role.
    pub fn new(text: impl Into<String>) -> Note {
        Note {
            text: text.into(),
            role: None,
        }
    }

    /// A note with a role.
    pub fn with_role(text: impl Into<String>, role: impl Into<String>) -> Note {
        Note {
            text: text.into(),
            role: Some(role.into()),
        }
    }
}

impl From<String> for Note {
    fn from(text: String) -> Note {
        Note::new(text)
    }
}

impl From<&str> for Note {
    fn from(text: &str) -> Note {
        Note::new(text)
    }
}

/// A note is the same as a text when it has no role and that text.
impl PartialEq<&str> for Note {
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

/// A note with its role, as the `json` form writes it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Roled {
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<String>,
}

impl Serialize for Note {
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

impl<'de> Deserialize<'de> for Note {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Note, D::Error> {
        Ok(match Form::deserialize(deserializer)? {
            Form::Plain(text) => Note::new(text),
            Form::Roled(Roled { text, role }) => Note { text, role },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_without_a_role_is_a_string_in_json_and_one_with_a_role_an_object() {
        let notes = vec![
            Note::new("Not for web."),
            Note::with_role("Call the desk.", "dpaednoterole:contacts"),
        ];
        let json = serde_json::to_string(&notes).unwrap();
        assert_eq!(
            json,
            r#"["Not for web.",{"text":"Call the desk.","role":"dpaednoterole:contacts"}]"#
        );
        let back: Vec<Note> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, notes);
        let no_role: Note = serde_json::from_str(r#"{"text":"Kill."}"#).unwrap();
        assert_eq!(no_role, Note::new("Kill."));
        assert!(serde_json::from_str::<Note>(r#"{"role":"x"}"#).is_err());
        assert!(serde_json::from_str::<Note>("3").is_err());
        assert!(serde_json::from_str::<Note>(r#"{"text":"x","rol":"y"}"#).is_err());
    }

    #[test]
    fn a_note_equals_a_text_only_without_a_role() {
        assert_eq!(Note::new("Kill."), "Kill.");
        assert_ne!(Note::with_role("Kill.", "correction"), "Kill.");
        assert_ne!(Note::new("Kill"), "Kill.");
    }
}
