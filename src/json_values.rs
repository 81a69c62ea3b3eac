//! JSON values as the JSON readers (JSON-LD, ninjs) take them: feeds write numbers as numbers
//! or as strings, and a count or a version means the same either way.

use serde_json::Value;

/// A whole number that fits a `u32`, written as a JSON number or as a string of digits (`348`,
/// `"348"`); `None` for anything else (`3.5`, `-1`, `"v3"`).
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
