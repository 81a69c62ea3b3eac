//! I/O errors as a user reads them: the system's message without the `(os error 2)` that Rust
//! adds to it, which tells a user nothing the message does not.

/// The message of `error`, without its OS error code.
pub fn text(error: &std::io::Error) -> String {
    let shown = error.to_string();
    match (error.raw_os_error(), shown.rsplit_once(" (os error ")) {
        (Some(_), Some((message, _))) => message.to_string(),
        _ => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_lose_their_code_and_others_keep_their_text() {
        let missing = std::fs::File::open("/nonexistent/newswire").unwrap_err();
        assert_eq!(text(&missing), "No such file or directory");
        let own = std::io::Error::other("disk quota (os error 122) reached");
        assert_eq!(text(&own), "disk quota (os error 122) reached");
    }
}
