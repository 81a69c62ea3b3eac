//! SIGINT and SIGTERM: stop taking new inputs, remove temporary files still being written, and
//! exit 130. A second signal exits at once, after the same clean-up.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Temporary files being written right now.
fn in_flight() -> &'static Mutex<HashSet<PathBuf>> {
    static FILES: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    FILES.get_or_init(|| Mutex::new(HashSet::new()))
}

/// Installs the handler (once; later calls do nothing).
pub fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let _ = ctrlc::set_handler(|| {
            if INTERRUPTED.swap(true, Ordering::SeqCst) {
                remove_in_flight();
                std::process::exit(130);
            }
        });
    });
}

/// True once a signal arrived.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Records a temporary file so that an interruption removes it.
pub fn track(path: &Path) {
    if let Ok(mut files) = in_flight().lock() {
        files.insert(path.to_path_buf());
    }
}

/// The temporary file is gone (renamed or removed).
pub fn untrack(path: &Path) {
    if let Ok(mut files) = in_flight().lock() {
        files.remove(path);
    }
}

/// Removes every temporary file still being written.
pub fn remove_in_flight() {
    if let Ok(mut files) = in_flight().lock() {
        for path in files.drain() {
            let _ = std::fs::remove_file(path);
        }
    }
}
