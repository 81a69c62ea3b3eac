//! JSON machinery shared by the JSON formats (newswire's JSON, JSON-LD, ninjs): input read
//! within the limits (syntax errors with their position, repeated keys, numbers sent as
//! strings) and pretty, script-safe output.

pub(crate) mod input;
pub(crate) mod output;
