//! Reading inputs: files, or standard input for `-`.

use std::io::Read;
use std::path::Path;

/// The bytes of an input. `-` is standard input.
pub fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(bytes);
    }
    if path.is_dir() {
        return Err("is a directory; name the files to convert".to_string());
    }
    std::fs::read(path).map_err(|e| format!("cannot read: {e}"))
}

/// True for the `-` argument.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How an input is named in messages.
pub fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}
