//! Writing outputs without ever leaving a half-written file or replacing one by accident.
//!
//! Every output of an input is first written whole to a hidden temporary file in its directory
//! (`.newswire-tmp-PID-START-N`, named after the run that owns it, see [`Owner`]); then each
//! takes its name with an atomic no-replace rename (`tempfile`'s `persist_noclobber`:
//! `RENAME_NOREPLACE`, or link then unlink), so that a file another run created a moment before
//! is never replaced: that output fails instead. An input's outputs are all written or none:
//! when one cannot take its name, those of the same input that already did are removed.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use tempfile::TempPath;
use walkdir::WalkDir;

use crate::escape;
use crate::interrupt;
use crate::owner::Owner;

/// How temporary file names start; a later run removes those whose owner is gone.
const TEMPORARY_PREFIX: &str = ".newswire-tmp-";

/// Outputs claimed in this run: the naming rule gives every input its own names, and this
/// catches what it cannot foresee (the same file named twice through different paths).
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

/// The files an output must never replace, even with `--force`: the inputs named on the
/// command line (canonical), besides the input being converted.
#[derive(Default)]
pub struct Protected(HashSet<PathBuf>);

impl Protected {
    pub fn new(roots: &[PathBuf]) -> Protected {
        Protected(
            roots
                .iter()
                .filter(|root| root.is_file())
                .filter_map(|root| root.canonicalize().ok())
                .collect(),
        )
    }

    fn holds(&self, target: &Path, input: &Path) -> bool {
        match fs::canonicalize(target) {
            Ok(target) => {
                self.0.contains(&target) || fs::canonicalize(input).is_ok_and(|i| i == target)
            }
            Err(_) => false,
        }
    }
}

/// How outputs are written.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Replace existing files.
    pub force: bool,
    /// Flush each file to disk before it takes its name.
    pub sync: bool,
}

/// Writes every `(target, bytes)` of `input`, or none of them (see the module's doc). Returns
/// the targets written.
pub fn write_all(
    documents: &[(PathBuf, Vec<u8>)],
    input: &Path,
    protected: &Protected,
    rules: Rules,
) -> Result<Vec<PathBuf>, String> {
    for (target, _) in documents {
        check_target(target, input, protected, rules)?;
    }
    let mut pending = Pending::new(input, protected, rules);
    for (target, bytes) in documents {
        pending.add(target, |file| file.write_all(bytes))?;
    }
    pending.persist()
}

/// Whether `target` may be written: not an input, and not an existing file unless `--force`.
fn check_target(
    target: &Path,
    input: &Path,
    protected: &Protected,
    rules: Rules,
) -> Result<(), String> {
    if fs::symlink_metadata(target).is_ok() {
        if protected.holds(target, input) {
            return Err(format!(
                "output {} would overwrite an input",
                escape::path(target)
            ));
        }
        if !rules.force {
            return Err(exists(target));
        }
    }
    Ok(())
}

/// The outputs of one input, each written whole to a temporary file as it comes (so that an
/// input read article by article never holds its outputs in memory), then all given their
/// names, or none: dropped before [`Pending::persist`], the temporary files are removed.
pub struct Pending<'a> {
    input: &'a Path,
    protected: &'a Protected,
    rules: Rules,
    temporaries: Vec<(TempPath, PathBuf)>,
}

impl<'a> Pending<'a> {
    pub fn new(input: &'a Path, protected: &'a Protected, rules: Rules) -> Pending<'a> {
        Pending {
            input,
            protected,
            rules,
            temporaries: Vec::new(),
        }
    }

    /// Writes the output for `target` (what `fill` writes) to a temporary file beside it,
    /// after checking that `target` may be written.
    pub fn add(
        &mut self,
        target: &Path,
        fill: impl FnOnce(&mut fs::File) -> std::io::Result<()>,
    ) -> Result<(), String> {
        check_target(target, self.input, self.protected, self.rules)?;
        let temporary = temporary_for(target, fill, self.rules.sync).map_err(|e| {
            format!(
                "cannot write {}: {}",
                escape::path(target),
                crate::io_error::text(&e)
            )
        })?;
        self.temporaries.push((temporary, target.to_path_buf()));
        Ok(())
    }

    /// Gives each temporary file its name; on the first failure, removes the names already
    /// given. Returns the targets written.
    pub fn persist(mut self) -> Result<Vec<PathBuf>, String> {
        let force = self.rules.force;
        persist_all(&mut self.temporaries, force)
    }
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        for (temporary, _) in &self.temporaries {
            interrupt::untrack(temporary);
        }
    }
}

/// Gives each temporary file its name; on the first failure, removes the names already given.
fn persist_all(
    temporaries: &mut Vec<(TempPath, PathBuf)>,
    force: bool,
) -> Result<Vec<PathBuf>, String> {
    let mut persisted: Vec<PathBuf> = Vec::with_capacity(temporaries.len());
    for (temporary, target) in temporaries.drain(..) {
        let path = temporary.to_path_buf();
        let result = if force {
            temporary.persist(&target).map(drop)
        } else {
            temporary.persist_noclobber(&target).map(drop)
        };
        // After the rename: a signal in between finds nothing to remove, which is harmless.
        interrupt::untrack(&path);
        if let Err(e) = result {
            for done in &persisted {
                let _ = fs::remove_file(done);
            }
            return Err(if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                exists(&target)
            } else {
                format!(
                    "cannot write {}: {}",
                    escape::path(&target),
                    crate::io_error::text(&e.error)
                )
            });
        }
        persisted.push(target);
    }
    Ok(persisted)
}

fn exists(target: &Path) -> String {
    format!(
        "output {} exists (use --force to replace it, --skip-existing to leave it)",
        escape::path(target)
    )
}

/// What `fill` writes, in a new temporary file beside `target`, tracked so that an interruption
/// removes it; the file is closed (an input of many articles has many outputs). Permissions
/// are those of a file created the ordinary way (0666 less the umask), not the owner-only ones
/// of a temporary file.
fn temporary_for(
    target: &Path,
    fill: impl FnOnce(&mut fs::File) -> std::io::Result<()>,
    sync: bool,
) -> std::io::Result<TempPath> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(dir)?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut builder = tempfile::Builder::new();
    let name = format!("{TEMPORARY_PREFIX}{}-{n}", Owner::this().tag());
    builder.prefix(&name).rand_bytes(0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(dir)?;
    interrupt::track(file.path());
    let written = fill(file.as_file_mut()).and_then(|()| {
        if sync {
            file.as_file().sync_all()
        } else {
            Ok(())
        }
    });
    match written {
        Ok(()) => Ok(file.into_temp_path()),
        Err(e) => {
            interrupt::untrack(file.path());
            Err(e)
        }
    }
}

/// Removes the temporary files below `dir` whose owner is gone (an earlier run that was
/// killed); those of a run still going are left alone. Returns how many were removed.
pub fn remove_leftovers(dir: &Path) -> usize {
    WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter(|entry| {
            entry
                .file_name()
                .to_str()
                .and_then(|name| name.strip_prefix(TEMPORARY_PREFIX))
                .and_then(Owner::parse)
                .is_some_and(Owner::is_gone)
        })
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}
