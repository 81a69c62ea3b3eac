//! JSON machinery shared by the JSON formats (newswire's JSON, JSON-LD, ninjs): input read
//! within the limits (syntax errors with their position, repeated keys, numbers sent as
//! strings) and pretty, script-safe output.

pub(crate) mod input;
pub(crate) mod output;

/// The name of a JSON value's type (`object`, `array`, ...), for messages that say what was
/// found where another type was expected.
pub(crate) fn type_name(value: &serde_json::Value) -> &'static str {
    use serde_json::Value;
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
