//! JSON input as the JSON readers (newswire's JSON, JSON-LD, ninjs) take it: a syntax error with
//! its position, a warning for a key an object repeats, and numbers that feeds write as numbers
//! or as strings.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::error::{InputError, Position};
use crate::limits::{Limit, Limits, budget};
use crate::model::Warning;

/// At most this many repeated keys are named in warnings (a document repeating a million keys
/// does not make a million warnings).
const MAX_DUPLICATE_WARNINGS: usize = 32;

/// How deep arrays and objects may nest whatever [`Limits::depth`] says: 126 levels. serde_json
/// refuses the 128th level (its fixed recursion limit) as it reads its bracket, before the check
/// sees that level, so the check refuses the 127th itself: going deeper is always the depth
/// limit with its position, never serde_json's error.
pub(crate) const SERDE_JSON_DEPTH: usize = 126;

/// What one JSON object counts against [`Limits::elements`] when it is held as a [`Value`] (the
/// documents JSON-LD and ninjs read, the `extensions` of newswire's JSON): each takes a map node
/// of about 640 bytes, eight times a string's cost.
pub(crate) const VALUE_OBJECT_WEIGHT: usize = 8;

/// The key under which newswire's JSON keeps [`Value`]s (see [`VALUE_OBJECT_WEIGHT`]).
const VALUES_KEY: &str = "extensions";

/// A parsed document and the warnings for every article read from it.
pub(crate) struct Parsed {
    pub value: Value,
    pub warnings: Vec<Warning>,
}

/// What [`check`] found in a document that is within the limits.
pub(crate) struct Checked {
    /// The length of the document when it is an array, else 1.
    pub items: usize,
    /// A warning for each key an object repeats (its last value is kept, as JSON parsers do).
    pub warnings: Vec<Warning>,
}

/// Parses a document as [`Value`]s within `limits` (see [`check`]; each object counts
/// [`VALUE_OBJECT_WEIGHT`] elements).
pub(crate) fn parse(text: &str, limits: &Limits) -> Result<Parsed, InputError> {
    let checked = check(text, limits, VALUE_OBJECT_WEIGHT)?;
    let value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    Ok(Parsed {
        value,
        warnings: checked.warnings,
    })
}

/// Reads a document through once without keeping anything, within `limits`: nesting
/// deeper than [`Limits::depth`] or [`SERDE_JSON_DEPTH`] (below serde_json's own limit), strings
/// or keys longer than [`Limits::text_bytes`], and more values than what is left of
/// [`Limits::elements`] (each object counting `object_weight`, [`VALUE_OBJECT_WEIGHT`] under an
/// `extensions` key) are [`InputError::Limit`] with their position; other errors are syntax errors with their position. Checking before building
/// means a document over a limit costs nothing but the pass. Gives the length of the document
/// when it is an array (else 1): the articles of newswire's JSON, counted before they are read;
/// and a warning for each key an object repeats (serde_json keeps the last value without a word).
pub(crate) fn check(
    text: &str,
    limits: &Limits,
    object_weight: usize,
) -> Result<Checked, InputError> {
    let state = Check {
        limits,
        values_left: Cell::new(budget::left(Limit::Elements, limits.elements)),
        values: Cell::new(0),
        exceeded: Cell::new(None),
        top_items: Cell::new(1),
        duplicates: RefCell::new(Vec::new()),
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let checked = CheckedValue {
        state: &state,
        depth: 0,
        object_weight,
    }
    .deserialize(&mut deserializer)
    .and_then(|()| deserializer.end());
    match checked {
        Ok(()) => {
            budget::spend(Limit::Elements, state.values.get());
            let warnings = state
                .duplicates
                .into_inner()
                .into_iter()
                .map(|key| {
                    Warning::new(
                        "input",
                        "an object repeats a key; its last value was kept",
                        Some(key),
                    )
                })
                .collect();
            Ok(Checked {
                items: state.top_items.get(),
                warnings,
            })
        }
        Err(e) => {
            let limit = match state.exceeded.get() {
                Some(limit) => limit,
                None => return Err(syntax_error(&e)),
            };
            let max = match limit {
                Limit::Depth => limits.depth.min(SERDE_JSON_DEPTH),
                other => limits.max(other),
            };
            Err(InputError::Limit {
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
    /// Keys some object repeats (at most [`MAX_DUPLICATE_WARNINGS`], each once).
    duplicates: RefCell<Vec<String>>,
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

    fn repeated(&self, key: &str) {
        let mut duplicates = self.duplicates.borrow_mut();
        if duplicates.len() < MAX_DUPLICATE_WARNINGS && !duplicates.iter().any(|k| k == key) {
            duplicates.push(key.to_string());
        }
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
struct CheckedValue<'c, 'l> {
    state: &'c Check<'l>,
    depth: usize,
    object_weight: usize,
}

impl<'de> DeserializeSeed<'de> for CheckedValue<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CheckedValue<'_, '_> {
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
        let mut seen: HashSet<Cow<'de, str>> = HashSet::new();
        while let Some(key) = map.next_key_seed(Key(self.state))? {
            let values = key == VALUES_KEY;
            if seen.contains(&key) {
                self.state.repeated(&key);
            } else {
                seen.insert(key);
            }
            let object_weight = if values {
                VALUE_OBJECT_WEIGHT
            } else {
                inner.object_weight
            };
            map.next_value_seed(CheckedValue {
                object_weight,
                ..inner
            })?;
        }
        Ok(())
    }
}

impl CheckedValue<'_, '_> {
    /// The seed for what an array or object at this level holds, within [`Limits::depth`] and
    /// [`SERDE_JSON_DEPTH`].
    fn nested<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= self.state.limits.depth.min(SERDE_JSON_DEPTH) {
            return Err(self.state.over(Limit::Depth));
        }
        Ok(CheckedValue {
            depth: self.depth + 1,
            ..self
        })
    }
}

/// An object's key, checked for length; borrowed from the input unless it holds escapes.
struct Key<'c, 'l>(&'c Check<'l>);

impl<'de> DeserializeSeed<'de> for Key<'_, '_> {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_, '_> {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Self::Value, E> {
        self.0.text(key)?;
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        self.0.text(key)?;
        Ok(Cow::Owned(key.to_string()))
    }
}

/// The syntax error of a document, with its line and column apart from the message.
pub(crate) fn syntax_error(error: &serde_json::Error) -> InputError {
    InputError::Syntax {
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

    /// Issue #21 point 13: the depth limit is the check's own, found before serde_json's
    /// recursion limit, with no error text compared: [`SERDE_JSON_DEPTH`] levels read, one level
    /// more is the depth limit with its position, whatever [`Limits::depth`] allows beyond.
    #[test]
    fn nesting_past_serde_jsons_limit_is_the_depth_limit() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let limits = Limits::default();
        assert!(limits.depth > SERDE_JSON_DEPTH);
        assert!(check(&nested(SERDE_JSON_DEPTH), &limits, 1).is_ok());
        assert!(serde_json::from_str::<Value>(&nested(SERDE_JSON_DEPTH)).is_ok());
        match check(&nested(SERDE_JSON_DEPTH + 1), &limits, 1) {
            Err(InputError::Limit {
                limit: Limit::Depth,
                max,
                position: Some(Position::LineColumn { line: 1, column }),
            }) => {
                // The refused level's bracket is column 127; the position is just after it.
                assert_eq!((max, column), (SERDE_JSON_DEPTH, SERDE_JSON_DEPTH + 2));
            }
            other => panic!("{:?}", other.map(|c| c.items)),
        }
    }

    #[test]
    fn limits_are_typed_errors() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let err = parse(&deep, &Limits::DEFAULT).map(|p| p.value).unwrap_err();
        assert!(
            matches!(
                err,
                InputError::Limit {
                    limit: Limit::Depth,
                    max: SERDE_JSON_DEPTH,
                    position: Some(Position::LineColumn { line: 1, .. }),
                }
            ),
            "{err:?}"
        );
        let limits = Limits {
            depth: 2,
            text_bytes: 3,
            ..Limits::DEFAULT
        };
        assert!(parse(r#"[{"abc": "def"}]"#, &limits).is_ok());
        for (text, limit) in [
            (r#"[[[]]]"#, Limit::Depth),
            (r#"{"a": "long"}"#, Limit::TextBytes),
            (r#"{"long": 1}"#, Limit::TextBytes),
        ] {
            match parse(text, &limits).map(|p| p.value) {
                Err(InputError::Limit { limit: found, .. }) => assert_eq!(found, limit, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_key_an_object_repeats_is_named_once_keys_of_other_objects_are_not_repeats() {
        let text =
            r#"{"a": 1, "b": {"a": 2, "c": 3, "c": 4, "c": 5}, "d\u0061": 6, "da": 7, "a": 8}"#;
        let parsed = parse(text, &Limits::DEFAULT).map_err(|e| format!("{e:?}"));
        let parsed = parsed.unwrap();
        let raws: Vec<_> = parsed.warnings.iter().map(|w| w.raw.clone()).collect();
        assert_eq!(
            raws,
            [
                Some("c".to_string()),
                Some("da".to_string()),
                Some("a".to_string())
            ]
        );
        assert_eq!(parsed.value["a"], json!(8));
        let once = r#"{"a": 1, "b": {"a": 2}}"#;
        let parsed = parse(once, &Limits::DEFAULT).map_err(|e| format!("{e:?}"));
        assert!(parsed.unwrap().warnings.is_empty());
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
