//! Writing outputs without ever leaving a half-written file or silently replacing one: a hidden
//! temporary file in the target directory, renamed into place when complete.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use walkdir::WalkDir;

use crate::inputs::Input;
use crate::interrupt;

/// The marker in temporary file names; a later run removes files carrying it.
const TEMPORARY_MARK: &str = ".newswire-tmp-";

/// Where the output for `input` goes below `dir`: its path below the input directory with the
/// format's extension (`in/a/story.txt` → `DIR/a/story.xml`); `part` numbers one output per
/// article (`story-2.xml`). Standard input is named `stdin`.
pub fn output_path(dir: &Path, input: &Input, extension: &str, part: Option<usize>) -> PathBuf {
    let relative = if input.is_stdin() {
        PathBuf::from("stdin")
    } else {
        input.relative.clone()
    };
    let stem = relative
        .file_stem()
        .map_or_else(|| "output".into(), |s| s.to_string_lossy().into_owned());
    let name = match part {
        Some(n) => format!("{stem}-{n}.{extension}"),
        None => format!("{stem}.{extension}"),
    };
    match relative.parent() {
        Some(parent) => dir.join(parent).join(name),
        None => dir.join(name),
    }
}

/// Outputs claimed in this run: two inputs that map to the same output (`a.txt` and `a.json`
/// both to `a.xml`) must not overwrite each other.
#[derive(Default)]
pub struct Claims(Mutex<HashSet<PathBuf>>);

impl Claims {
    /// Claims `target`; false when another input of this run already has it.
    pub fn claim(&self, target: &Path) -> bool {
        self.0
            .lock()
            .map(|mut claimed| claimed.insert(target.to_path_buf()))
            .unwrap_or(false)
    }
}

/// Writes `bytes` to `target` through a hidden temporary file in the same directory, renamed
/// into place only when complete (and, with `sync`, on disk). Refuses to replace an existing
/// file unless `force`, and never writes over `input`.
pub fn write_atomically(
    target: &Path,
    bytes: &[u8],
    input: &Path,
    force: bool,
    sync: bool,
) -> Result<(), String> {
    if target.exists() {
        if same_file(target, input) {
            return Err(format!(
                "output {} would overwrite the input",
                target.display()
            ));
        }
        if !force {
            return Err(format!(
                "output {} exists (use --force to replace it, --skip-existing to leave it)",
                target.display()
            ));
        }
    }
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    if !dir.is_dir() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let temporary = temporary_path(target);
    interrupt::track(&temporary);
    let result = File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            if sync { file.sync_all() } else { Ok(()) }
        })
        .and_then(|()| fs::rename(&temporary, target));
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    interrupt::untrack(&temporary);
    result.map_err(|e| format!("cannot write {}: {e}", target.display()))
}

/// `.story.xml.newswire-tmp-<pid>-<n>`: hidden, unique in this process, recognisable later.
fn temporary_path(target: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    static PROCESS: OnceLock<u32> = OnceLock::new();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let pid = PROCESS.get_or_init(std::process::id);
    target.with_file_name(format!(".{name}{TEMPORARY_MARK}{pid}-{n}"))
}

/// Removes temporary files an earlier, killed run left below `dir`. Returns how many.
pub fn remove_leftovers(dir: &Path) -> usize {
    WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| {
            entry.file_type().is_file()
                && entry.file_name().to_string_lossy().starts_with('.')
                && entry.file_name().to_string_lossy().contains(TEMPORARY_MARK)
        })
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
