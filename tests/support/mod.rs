//! Helpers shared by the integration tests. Each test crate declares it `pub mod support;`: it
//! uses a part of it, and the rest is that crate's public API rather than dead code.

pub mod audit;
pub mod expectations;
pub mod generate;
pub mod html;
pub mod payloads;
pub mod samples;

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout: real agency files, ground truth, schemas and the tools that
/// score and validate (never copied into the repository).
///
/// A test that needs it carries
/// `#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]`: `build.rs`
/// sets that cfg when `../shared` is missing, unless `CI` or `NEWSWIRE_REQUIRE_SHARED`
/// is set, so that a missing `../shared` is reported as ignored tests, or fails under CI. Panics
/// when it is missing all the same.
pub fn shared() -> PathBuf {
    let dir = root().join("..").join("shared");
    assert!(
        dir.is_dir(),
        "{} is missing: this test needs ../shared beside the checkout. Without it, tests that \
         need it are ignored, unless CI or NEWSWIRE_REQUIRE_SHARED is set (then they fail). \
         If it was added or removed since the last build, `touch build.rs`.",
        dir.display()
    );
    dir
}

/// Whether an environment variable is set to something other than empty, `0` or `false` (the
/// rule `build.rs` applies too).
pub fn is_set(var: &str) -> bool {
    std::env::var(var).is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// Whether golden outputs (the golden files, the output blocks of the README and docs/) are to be
/// rewritten instead of checked: only on `NEWSWIRE_BLESS=1`, and never under `CI`. An empty value
/// or `0` checks; any other value, or `NEWSWIRE_BLESS=1` under `CI`, panics rather than guess.
pub fn bless() -> bool {
    let bless = match std::env::var("NEWSWIRE_BLESS") {
        Err(std::env::VarError::NotPresent) => false,
        Ok(value) if matches!(value.as_str(), "" | "0") => false,
        Ok(value) if value == "1" => true,
        Ok(value) => panic!(
            "NEWSWIRE_BLESS={value:?}: set NEWSWIRE_BLESS=1 to rewrite golden outputs, or unset it"
        ),
        Err(e) => panic!("NEWSWIRE_BLESS: {e}"),
    };
    assert!(
        !(bless && is_set("CI")),
        "NEWSWIRE_BLESS=1 under CI: golden outputs are blessed by hand and committed, never in CI"
    );
    bless
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

/// The files of a corpus folder, sorted, without its notes (hidden files, `*.md`); none when the
/// folder is missing.
pub fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .filter(|p| {
                    !p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.') || n.ends_with(".md"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The shared validator (`../shared/tools/validate`), checked to have its tools: `xmllint` and
/// the venv `${NEWSWIRE_VALIDATORS:-$HOME/.cache/newswire-validators}` that
/// `../shared/tools/setup-validators` installs (CI does). A test that needs it carries
/// `#[cfg_attr(newswire_no_validators, ignore = "needs the validators")]` as [`shared`]'s callers
/// carry theirs; panics when they are missing all the same.
pub fn validator() -> PathBuf {
    let tool = shared().join("tools").join("validate");
    let venv = std::env::var_os("NEWSWIRE_VALIDATORS")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/newswire-validators"))
        });
    let python = venv.map(|v| v.join("bin/python"));
    let xmllint = std::process::Command::new("xmllint")
        .arg("--version")
        .output()
        .is_ok();
    assert!(
        tool.is_file() && xmllint && python.as_ref().is_some_and(|p| p.exists()),
        "the schema validators are not installed (xmllint: {xmllint}, {python:?}): run \
         ../shared/tools/setup-validators, then `touch build.rs`"
    );
    tool
}
