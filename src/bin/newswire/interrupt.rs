//! SIGINT and SIGTERM: stop taking new inputs, remove temporary files still being written, and
//! exit 130. A second signal exits at once, after the same clean-up and the run's last words
//! (the summary, with the report's last line whole).
//!
//! SIGXFSZ (a file-size limit, `ulimit -f`) is caught rather than left to kill the process, so
//! that going over the limit is a write error: that output fails, the report is cut back to
//! its last whole line.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// What the run says when a second signal stops it at once.
type LastWords = Box<dyn Fn() + Send>;

fn last_words() -> &'static Mutex<Option<LastWords>> {
    static WORDS: OnceLock<Mutex<Option<LastWords>>> = OnceLock::new();
    WORDS.get_or_init(|| Mutex::new(None))
}

/// Temporary files being written right now.
fn in_flight() -> &'static Mutex<HashSet<PathBuf>> {
    static FILES: OnceLock<Mutex<HashSet<PathBuf>>> = OnceLock::new();
    FILES.get_or_init(|| Mutex::new(HashSet::new()))
}

/// Installs the handlers (once; later calls do nothing).
pub fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let _ = ctrlc::set_handler(|| {
            if INTERRUPTED.swap(true, Ordering::SeqCst) {
                remove_in_flight();
                if let Ok(words) = last_words().lock()
                    && let Some(say) = words.as_ref()
                {
                    say();
                }
                std::process::exit(130);
            }
        });
        #[cfg(unix)]
        {
            let _ = signal_hook::flag::register(
                signal_hook::consts::SIGXFSZ,
                std::sync::Arc::new(AtomicBool::new(false)),
            );
        }
    });
}

/// Sets what a second signal prints before the process exits.
pub fn on_second_signal(say: impl Fn() + Send + 'static) {
    if let Ok(mut words) = last_words().lock() {
        *words = Some(Box::new(say));
    }
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
