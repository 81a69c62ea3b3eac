//! Writing outputs without ever leaving a half-written file or silently replacing one.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where the output for `input` goes inside `dir`: `<input stem>.<extension>` (`story.txt` →
/// `story.xml`); standard input is named `stdin`.
pub fn output_path(dir: &Path, input: &Path, extension: &str) -> PathBuf {
    let stem = if crate::input::is_stdin(input) {
        "stdin".into()
    } else {
        input
            .file_stem()
            .map_or_else(|| "output".into(), |s| s.to_string_lossy().into_owned())
    };
    dir.join(format!("{stem}.{extension}"))
}

/// Writes `bytes` to `target` through a hidden temporary file in the same directory, renamed
/// into place only when complete. Refuses to replace an existing file unless `force`, and never
/// writes over `input`.
pub fn write_atomically(
    target: &Path,
    bytes: &[u8],
    input: &Path,
    force: bool,
) -> Result<(), String> {
    if same_file(target, input) {
        return Err(format!(
            "output {} would overwrite the input",
            target.display()
        ));
    }
    if target.exists() && !force {
        return Err(format!(
            "output {} exists (use --force to replace it)",
            target.display()
        ));
    }
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let temporary = dir.join(format!(".{name}.newswire-{}.tmp", std::process::id()));
    let result = File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, target));
    result.map_err(|e| {
        let _ = fs::remove_file(&temporary);
        format!("cannot write {}: {e}", target.display())
    })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
