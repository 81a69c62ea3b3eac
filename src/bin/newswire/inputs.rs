//! The inputs named on the command line, expanded lazily: files, directories walked
//! recursively (in name order, hidden files skipped), and `-` for standard input. Nothing is
//! loaded until a worker reads it, so memory stays flat however many files there are.

use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// One input file.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where to read it (`-` for standard input).
    pub path: PathBuf,
    /// Its path below the input directory it was found in (its file name when named directly):
    /// where its output goes below `-o DIR`.
    pub relative: PathBuf,
}

impl Input {
    /// True for standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// How the input is named in messages and reports.
    pub fn name(&self) -> String {
        if self.is_stdin() {
            "<stdin>".to_string()
        } else {
            self.path.display().to_string()
        }
    }

    /// The input's bytes.
    pub fn read(&self) -> Result<Vec<u8>, String> {
        if self.is_stdin() {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            return Ok(bytes);
        }
        std::fs::read(&self.path).map_err(|e| format!("cannot read: {e}"))
    }
}

/// An input that could not be listed (a missing file, an unreadable directory entry).
#[derive(Debug)]
pub struct ListingError {
    pub path: PathBuf,
    pub message: String,
}

/// Every input below `roots`, lazily.
pub fn expand(roots: &[PathBuf]) -> impl Iterator<Item = Result<Input, ListingError>> + Send + '_ {
    roots.iter().flat_map(|root| expand_one(root))
}

fn expand_one(root: &Path) -> Box<dyn Iterator<Item = Result<Input, ListingError>> + Send + '_> {
    if root.as_os_str() == "-" || !root.is_dir() {
        let relative = PathBuf::from(root.file_name().unwrap_or(root.as_os_str()));
        return Box::new(std::iter::once(Ok(Input {
            path: root.to_path_buf(),
            relative,
        })));
    }
    let walk = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()))
        .filter_map(move |entry| match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let relative = entry
                    .path()
                    .strip_prefix(root)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| PathBuf::from(entry.file_name()));
                Some(Ok(Input {
                    path: entry.into_path(),
                    relative,
                }))
            }
            Ok(_) => None,
            Err(e) => Some(Err(ListingError {
                path: e
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf),
                message: e.to_string(),
            })),
        });
    Box::new(walk)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// How many inputs there are (a second, cheap walk: only for the progress bar's length).
pub fn count(roots: &[PathBuf]) -> u64 {
    expand(roots).count() as u64
}
