//! JSON input as the JSON readers (newswire's JSON, JSON-LD, ninjs) take it: a syntax error with
//! its position, and numbers that feeds write as numbers or as strings.

use serde_json::Value;

use crate::{Error, Format, Position};

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
    fn numbers_and_digit_strings() {
        assert_eq!(whole_number(&json!(348)), Some(348));
        assert_eq!(whole_number(&json!(" 348 ")), Some(348));
        for other in [json!(3.5), json!(-1), json!("v3"), json!(null), json!([1])] {
            assert_eq!(whole_number(&other), None, "{other}");
        }
    }
}
