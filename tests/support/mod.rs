//! Helpers shared by the integration tests. Each test crate declares it `pub mod support;`: it
//! uses a part of it, and the rest is that crate's public API rather than dead code.

pub mod audit;
pub mod expectations;
pub mod generate;
pub mod samples;

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout, when it exists (real agency files and validators live
/// there and are never copied into the repository).
pub fn shared() -> Option<PathBuf> {
    let dir = root().join("..").join("shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: ../shared is not present; tests that need it are skipped");
        None
    }
}

/// The files in `dir` with extension `ext`, sorted.
pub fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

/// The shared validator (`../shared/tools/validate`) when it and its tools are installed.
/// Running `../shared/tools/setup-validators` once installs them; CI does.
pub fn validator() -> Option<PathBuf> {
    let tool = shared()?.join("tools").join("validate");
    let venv = std::env::var_os("NEWSWIRE_VALIDATORS")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/newswire-validators"))
        })?;
    let xmllint = std::process::Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok();
    if tool.is_file() && xmllint && venv.join("bin/python").exists() {
        Some(tool)
    } else {
        eprintln!(
            "note: validators are not installed (run ../shared/tools/setup-validators); schema checks skipped"
        );
        None
    }
}
