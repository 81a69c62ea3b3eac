//! JSON input as the JSON readers (newswire's JSON, JSON-LD, ninjs) take it: a syntax error with
//! its position, and numbers that feeds write as numbers or as strings.

use std::cell::Cell;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::formats::{Limit, Limits, budget};
use crate::{Error, Format, Position};

/// How deep serde_json lets arrays and objects nest (its fixed recursion limit).
pub(crate) const SERDE_JSON_DEPTH: usize = 128;

/// What one JSON object counts against [`Limits::elements`] when it is held as a [`Value`] (the
/// documents JSON-LD and ninjs read, the `extensions` of newswire's JSON): each takes a map node
/// of about 640 bytes, eight times a string's cost.
pub(crate) const VALUE_OBJECT_WEIGHT: usize = 8;

/// The key under which newswire's JSON keeps [`Value`]s (see [`VALUE_OBJECT_WEIGHT`]).
const VALUES_KEY: &str = "extensions";

/// Parses a `format` document as [`Value`]s within `limits` (see [`check`]; each object counts
/// [`VALUE_OBJECT_WEIGHT`] elements).
pub(crate) fn parse(text: &str, format: Format, limits: &Limits) -> Result<Value, Error> {
    check(text, format, limits, VALUE_OBJECT_WEIGHT)?;
    serde_json::from_str(text).map_err(|e| syntax_error(format, &e))
}

/// Reads a `format` document through once without keeping anything, within `limits`: nesting
/// deeper than [`Limits::depth`] (serde_json stops at [`SERDE_JSON_DEPTH`] in any case), strings
/// or keys longer than [`Limits::text_bytes`], and more values than what is left of
/// [`Limits::elements`] (each object counting `object_weight`, [`VALUE_OBJECT_WEIGHT`] under an
/// `extensions` key) are [`Error::LimitExceeded`] with
/// their position; other errors are syntax errors with their position. Checking before building
/// means a document over a limit costs nothing but the pass. Gives the length of the document
/// when it is an array (else 1): the articles of newswire's JSON, counted before they are read.
pub(crate) fn check(
    text: &str,
    format: Format,
    limits: &Limits,
    object_weight: usize,
) -> Result<usize, Error> {
    let state = Check {
        limits,
        values_left: Cell::new(budget::left(Limit::Elements, limits.elements)),
        values: Cell::new(0),
        exceeded: Cell::new(None),
        top_items: Cell::new(1),
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let checked = Checked {
        state: &state,
        depth: 0,
        object_weight,
    }
    .deserialize(&mut deserializer)
    .and_then(|()| deserializer.end());
    match checked {
        Ok(()) => {
            budget::spend(Limit::Elements, state.values.get());
            Ok(state.top_items.get())
        }
        Err(e) => {
            let limit = match state.exceeded.get() {
                Some(limit) => limit,
                None if e.to_string().starts_with("recursion limit exceeded") => Limit::Depth,
                None => return Err(syntax_error(format, &e)),
            };
            let max = match limit {
                Limit::Depth => limits.depth.min(SERDE_JSON_DEPTH),
                other => limits.max(other),
            };
            Err(Error::LimitExceeded {
                format,
                limit,
                max,
                position: Some(Position::LineColumn {
                    line: e.line(),
                    column: e.column(),
                }),
            })
        }
    }
}

/// What [`check`] counts as it goes.
struct Check<'l> {
    limits: &'l Limits,
    /// What is left of [`Limits::elements`] in the read in progress.
    values_left: Cell<usize>,
    /// Values counted so far (objects weighted).
    values: Cell<usize>,
    /// The limit the document went over, when the pass stopped on one.
    exceeded: Cell<Option<Limit>>,
    /// The length of the document when it is an array.
    top_items: Cell<usize>,
}

impl Check<'_> {
    fn over<E: de::Error>(&self, limit: Limit) -> E {
        self.exceeded.set(Some(limit));
        E::custom(limit.description())
    }

    /// One more value, weighing `weight`.
    fn count<E: de::Error>(&self, weight: usize) -> Result<(), E> {
        let values = self.values.get().saturating_add(weight);
        self.values.set(values);
        if values > self.values_left.get() {
            return Err(self.over(Limit::Elements));
        }
        Ok(())
    }

    fn text<E: de::Error>(&self, text: &str) -> Result<(), E> {
        if text.len() > self.limits.text_bytes {
            return Err(self.over(Limit::TextBytes));
        }
        Ok(())
    }
}

/// A value at nesting level `depth` (the top is 0), checked; objects in it count
/// `object_weight`.
#[derive(Clone, Copy)]
struct Checked<'c, 'l> {
    state: &'c Check<'l>,
    depth: usize,
    object_weight: usize,
}

impl<'de> DeserializeSeed<'de> for Checked<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checked<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.state.count(1)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.state.count(1)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.state.count(1)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.state.count(1)
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.state.count(1)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        self.state.count(1)?;
        self.state.text(text)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let inner = self.nested()?;
        self.state.count(1)?;
        let mut items = 0usize;
        while seq.next_element_seed(inner)?.is_some() {
            items += 1;
        }
        if self.depth == 0 {
            self.state.top_items.set(items);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let inner = self.nested()?;
        self.state.count(self.object_weight)?;
        while let Some(values) = map.next_key_seed(Key(self.state))? {
            let object_weight = if values {
                VALUE_OBJECT_WEIGHT
            } else {
                inner.object_weight
            };
            map.next_value_seed(Checked {
                object_weight,
                ..inner
            })?;
        }
        Ok(())
    }
}

impl Checked<'_, '_> {
    /// The seed for what an array or object at this level holds, within [`Limits::depth`].
    fn nested<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= self.state.limits.depth {
            return Err(self.state.over(Limit::Depth));
        }
        Ok(Checked {
            depth: self.depth + 1,
            ..self
        })
    }
}

/// An object's key, checked for length: true when it is [`VALUES_KEY`].
struct Key<'c, 'l>(&'c Check<'l>);

impl<'de> DeserializeSeed<'de> for Key<'_, '_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_, '_> {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<bool, E> {
        self.0.text(key)?;
        Ok(key == VALUES_KEY)
    }
}

/// The syntax error of a `format` document, with its line and column apart from the message.
pub(crate) fn syntax_error(format: Format, error: &serde_json::Error) -> Error {
    Error::Syntax {
        format,
        position: Position::LineColumn {
            line: error.line(),
            column: error.column(),
        },
        message: without_position(error),
    }
}

/// serde_json's message without the ` at line L column C` it appends: the position is reported
/// apart.
pub(crate) fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(&message).to_string(),
        None => message,
    }
}

/// A whole number that fits a `u32`, written as a JSON number or as a string of digits (`348`,
/// `"348"`): a count or a version means the same either way; `None` for anything else (`3.5`, `-1`, `"v3"`).
pub(crate) fn whole_number(value: &Value) -> Option<u32> {
    match value {
        Value::Number(n) => n.as_u64().and_then(|v| u32::try_from(v).ok()),
        Value::String(text) => text.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn limits_are_typed_errors() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let err = parse(&deep, Format::Json, &Limits::DEFAULT).unwrap_err();
        assert!(
            matches!(
                err,
                Error::LimitExceeded {
                    limit: Limit::Depth,
                    max: SERDE_JSON_DEPTH,
                    position: Some(Position::LineColumn { line: 1, .. }),
                    ..
                }
            ),
            "{err:?}"
        );
        let limits = Limits {
            depth: 2,
            text_bytes: 3,
            ..Limits::DEFAULT
        };
        assert!(parse(r#"[{"abc": "def"}]"#, Format::Ninjs, &limits).is_ok());
        for (text, limit) in [
            (r#"[[[]]]"#, Limit::Depth),
            (r#"{"a": "long"}"#, Limit::TextBytes),
            (r#"{"long": 1}"#, Limit::TextBytes),
        ] {
            match parse(text, Format::JsonLd, &limits) {
                Err(Error::LimitExceeded {
                    format: Format::JsonLd,
                    limit: found,
                    ..
                }) => assert_eq!(found, limit, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn numbers_and_digit_strings() {
        assert_eq!(whole_number(&json!(348)), Some(348));
        assert_eq!(whole_number(&json!(" 348 ")), Some(348));
        for other in [json!(3.5), json!(-1), json!("v3"), json!(null), json!([1])] {
            assert_eq!(whole_number(&other), None, "{other}");
        }
    }
}
