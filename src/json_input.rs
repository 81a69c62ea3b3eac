//! JSON input as the JSON readers (newswire's JSON, JSON-LD, ninjs) take it: a syntax error with
//! its position, and numbers that feeds write as numbers or as strings.

use serde_json::Value;

use crate::formats::{Limit, Limits};
use crate::{Error, Format, Position};

/// How deep serde_json lets arrays and objects nest (its fixed recursion limit).
pub(crate) const SERDE_JSON_DEPTH: usize = 128;

/// Parses a `format` document within `limits`: nesting deeper than [`Limits::depth`] (serde_json
/// stops at [`SERDE_JSON_DEPTH`] in any case) and strings or keys longer than
/// [`Limits::text_bytes`] are [`Error::LimitExceeded`]; other errors are syntax errors with their
/// position.
pub(crate) fn parse(text: &str, format: Format, limits: &Limits) -> Result<Value, Error> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
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
    match over_limit(&value, limits, 1) {
        Some(limit) => Err(Error::LimitExceeded {
            format,
            limit,
            max: limits.max(limit),
            position: None,
        }),
        None => Ok(value),
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
