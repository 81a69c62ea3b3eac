//! Tells the tests what the machine lacks, so that a test needing it is reported as ignored (with
//! its reason) instead of passing without checking anything. It sets no cfg the library reads.
//!
//! - `newswire_no_shared`: `../shared` (real agency files, ground truth, schemas and the tools
//!   that score and validate) is not beside the checkout;
//! - `newswire_no_validators`: the schema validators are not installed (`xmllint` on `PATH` and
//!   the Python venv that `../shared/tools/setup-validators` makes).
//!
//! Neither is set when `CI` or `NEWSWIRE_REQUIRE_SHARED` is: then those tests run, and fail
//! with a clear message when what they need is missing.
//!
//! Only paths that exist are watched: a watched path that does not exist makes cargo rerun this
//! script, and rebuild the crate, on every build, which would hit every user of the library.
//! So after adding `../shared` or installing the validators, `touch build.rs` makes the tests
//! see them.

use std::env;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    for var in ["CI", "NEWSWIRE_REQUIRE_SHARED", "NEWSWIRE_VALIDATORS"] {
        println!("cargo::rerun-if-env-changed={var}");
    }
    println!("cargo::rustc-check-cfg=cfg(newswire_no_shared)");
    println!("cargo::rustc-check-cfg=cfg(newswire_no_validators)");
    if is_set("CI") || is_set("NEWSWIRE_REQUIRE_SHARED") {
        return;
    }
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    // A file of ../shared, not the folder: cargo would scan a watched folder on every build.
    let shared_tool = root.join("../shared/tools/validate");
    if !watch(&shared_tool) {
        println!("cargo::rustc-cfg=newswire_no_shared");
        println!("cargo::rustc-cfg=newswire_no_validators");
        return;
    }
    let python = env::var_os("NEWSWIRE_VALIDATORS")
        .map(PathBuf::from)
        .or_else(|| {
            env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/newswire-validators"))
        })
        .map(|venv| venv.join("bin/python"));
    let xmllint = on_path("xmllint");
    let python_found = python.as_deref().is_some_and(watch);
    let xmllint_found = xmllint.as_deref().is_some_and(watch);
    if !(python_found && xmllint_found) {
        println!("cargo::rustc-cfg=newswire_no_validators");
    }
}

/// Whether an environment variable is set to something other than empty, `0` or `false` (the
/// rule `tests/support` applies too).
fn is_set(var: &str) -> bool {
    env::var(var).is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// Whether `path` exists; when it does, it is watched.
fn watch(path: &Path) -> bool {
    let exists = path.exists();
    if exists {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    exists
}

/// The program `name` in a folder of `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    env::split_paths(&env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}
