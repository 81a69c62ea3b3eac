//! JSON input as the JSON readers (newswire's JSON, JSON-LD, ninjs) take it: a syntax error with
//! its position, a warning for a key an object repeats, and numbers that feeds write as numbers
//! or as strings.

use std::fmt;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

use crate::formats::{Limit, Limits};
use crate::model::Warning;
use crate::{Error, Format, Position};

/// At most this many repeated keys are named in warnings (a document repeating a million keys
/// does not make a million warnings).
const MAX_DUPLICATE_WARNINGS: usize = 32;

/// How deep serde_json lets arrays and objects nest (its fixed recursion limit).
pub(crate) const SERDE_JSON_DEPTH: usize = 128;

/// A parsed document and the warnings for every article read from it: a key an object repeats
/// (the last value is kept, as JSON parsers do, and the warning says so).
pub(crate) struct Parsed {
    pub value: Value,
    pub warnings: Vec<Warning>,
}

/// Parses a `format` document within `limits`: nesting deeper than [`Limits::depth`] (serde_json
/// stops at [`SERDE_JSON_DEPTH`] in any case) and strings or keys longer than
/// [`Limits::text_bytes`] are [`Error::LimitExceeded`]; other errors are syntax errors with their
/// position.
pub(crate) fn parse(text: &str, format: Format, limits: &Limits) -> Result<Parsed, Error> {
    let mut duplicates = Vec::new();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed = ValueSeed {
        duplicates: &mut duplicates,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    let value: Value = parsed.map_err(|e| {
        if e.to_string().starts_with("recursion limit exceeded") {
            Error::LimitExceeded {
                format,
                limit: Limit::Depth,
                max: limits.depth.min(SERDE_JSON_DEPTH),
                position: Some(Position::LineColumn {
                    line: e.line(),
                    column: e.column(),
                }),
            }
        } else {
            syntax_error(format, &e)
        }
    })?;
    if let Some(limit) = over_limit(&value, limits, 1) {
        return Err(Error::LimitExceeded {
            format,
            limit,
            max: limits.max(limit),
            position: None,
        });
    }
    let warnings = duplicates
        .into_iter()
        .map(|key| {
            Warning::new(
                "input",
                "an object repeats a key; its last value was kept",
                Some(key),
            )
        })
        .collect();
    Ok(Parsed { value, warnings })
}

/// Builds a [`Value`] as serde_json's own deserializer does, noting the keys an object repeats
/// (serde_json keeps the last value without a word).
struct ValueSeed<'d> {
    duplicates: &'d mut Vec<String>,
}

impl ValueSeed<'_> {
    fn nested(&mut self) -> ValueSeed<'_> {
        ValueSeed {
            duplicates: self.duplicates,
        }
    }
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(self.nested())? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.nested())?;
            match object.entry(key) {
                Entry::Vacant(entry) => {
                    entry.insert(value);
                }
                Entry::Occupied(mut entry) => {
                    let key = entry.key();
                    if self.duplicates.len() < MAX_DUPLICATE_WARNINGS
                        && !self.duplicates.contains(key)
                    {
                        self.duplicates.push(key.clone());
                    }
                    entry.insert(value);
                }
            }
        }
        Ok(Value::Object(object))
    }
}

/// The first limit `value` (at nesting level `depth`, the top being 1) goes over.
fn over_limit(value: &Value, limits: &Limits, depth: usize) -> Option<Limit> {
    let nested = matches!(value, Value::Array(_) | Value::Object(_));
    if nested && depth > limits.depth {
        return Some(Limit::Depth);
    }
    match value {
        Value::String(text) if text.len() > limits.text_bytes => Some(Limit::TextBytes),
        Value::Array(items) => items
            .iter()
            .find_map(|item| over_limit(item, limits, depth + 1)),
        Value::Object(object) => object.iter().find_map(|(key, item)| {
            if key.len() > limits.text_bytes {
                Some(Limit::TextBytes)
            } else {
                over_limit(item, limits, depth + 1)
            }
        }),
        _ => None,
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
        let err = parse(&deep, Format::Json, &Limits::DEFAULT)
            .map(|p| p.value)
            .unwrap_err();
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
            match parse(text, Format::JsonLd, &limits).map(|p| p.value) {
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
    fn repeated_keys_keep_the_last_value_with_a_warning() {
        let parsed = parse(
            r#"{"a": 1, "b": [{"a": 2, "a": 3}], "a": "x", "c": 1.5, "d": null}"#,
            Format::Ninjs,
            &Limits::DEFAULT,
        )
        .unwrap();
        assert_eq!(
            parsed.value,
            json!({"a": "x", "b": [{"a": 3}], "c": 1.5, "d": null})
        );
        assert_eq!(parsed.warnings.len(), 1);
        assert_eq!(parsed.warnings[0].raw.as_deref(), Some("a"));
        let clean = parse(r#"[{"a": 1}, {"a": 2}]"#, Format::Json, &Limits::DEFAULT).unwrap();
        assert!(clean.warnings.is_empty());
        assert!(parse(r#"{"a": 1} x"#, Format::Json, &Limits::DEFAULT).is_err());
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
