//! The inputs named on the command line, expanded lazily: files, directories walked
//! recursively (in name order, hidden entries skipped), and `-` for standard input. Nothing is
//! loaded until a worker reads it, so memory stays flat however many files there are.
//!
//! A file named on the command line is always read. A walk takes the regular files that the
//! [`Selection`] takes (a known extension, or the `--include` globs, less `--exclude`), never
//! enters the output directory, and lists a symbolic link or a special file it meets as passed
//! over, with the reason, rather than following it or leaving it out unsaid.

use std::io::Read;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use walkdir::WalkDir;

use crate::report::ErrorReport;

/// One input file.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where to read it (`-` for standard input).
    pub path: PathBuf,
    /// Its path below the input directory it was found in (its file name when named directly,
    /// `stdin` for standard input): where its output goes below `-o DIR`.
    pub relative: PathBuf,
    /// The position of its root on the command line: of two roots with an input at the same
    /// relative path, the earlier one's gets the output name.
    pub root: usize,
}

impl Input {
    /// True for standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// How the input is named in messages and reports.
    pub fn name(&self) -> PathBuf {
        if self.is_stdin() {
            PathBuf::from("<stdin>")
        } else {
            self.path.clone()
        }
    }

    /// The input's bytes, at most `limit` of them: a larger input is refused before it is read
    /// (a regular file, by its size) or as soon as it goes over (standard input, a FIFO,
    /// `/dev/zero`), so that it never costs more than `limit` bytes of memory.
    pub fn read(&self, limit: usize) -> Result<Vec<u8>, ErrorReport> {
        let read = if self.is_stdin() {
            read_bounded(std::io::stdin().lock(), limit, 0)
                .map_err(|e| format!("cannot read standard input: {}", crate::io_error::text(&e)))
        } else {
            let file = std::fs::File::open(&self.path).map_err(|e| {
                ErrorReport::message(format!("cannot read: {}", crate::io_error::text(&e)))
            })?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            if size.is_some_and(|size| size > limit as u64) {
                return Err(too_large(limit));
            }
            let hint = size.map_or(0, |size| usize::try_from(size).unwrap_or(limit));
            read_bounded(file, limit, hint)
                .map_err(|e| format!("cannot read: {}", crate::io_error::text(&e)))
        };
        match read {
            Ok(Some(bytes)) => Ok(bytes),
            Ok(None) => Err(too_large(limit)),
            Err(message) => Err(ErrorReport::message(message)),
        }
    }
}

/// Reads at most `limit + 1` bytes: `None` when there are more than `limit`.
fn read_bounded(reader: impl Read, limit: usize, hint: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::with_capacity(hint.min(limit));
    reader.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

/// The library's wording for [`newswire::formats::Limit::InputBytes`], before any format is
/// known.
fn too_large(limit: usize) -> ErrorReport {
    let mut report = ErrorReport::message(format!(
        "the input exceeds the limit on the {} ({limit}); not read",
        newswire::formats::Limit::InputBytes
    ));
    report.byte = Some(limit);
    report
}

/// What a directory walk lists.
#[derive(Debug)]
pub enum Listed {
    /// A file to read.
    Input(Input),
    /// An entry the walk does not read (a symbolic link, a FIFO, a device), and why: it gets a
    /// report line.
    Passed { path: PathBuf, reason: &'static str },
    /// An input that could not be listed (a missing file, an unreadable directory entry).
    Error { path: PathBuf, message: String },
}

/// Which files a directory walk takes (files named on the command line are always read).
#[derive(Debug, Default)]
pub struct Selection {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    /// The output directory, canonical: a walk never enters it, so that a run does not read
    /// its own outputs back.
    output: Option<PathBuf>,
}

impl Selection {
    /// The selection for `--include` and `--exclude` globs; `output` is the `-o` directory,
    /// which must exist.
    pub fn new(
        include: &[String],
        exclude: &[String],
        output: Option<&Path>,
    ) -> Result<Selection, String> {
        Ok(Selection {
            include: glob_set(include)?,
            exclude: glob_set(exclude)?,
            output: output.and_then(|dir| dir.canonicalize().ok()),
        })
    }

    /// Whether a walk takes the file at `relative` below its root, by its name: no hidden
    /// component; then `--exclude` leaves it out, `--include` (when given) takes it, and
    /// without `--include` a file is taken when a format claims its extension.
    pub fn takes(&self, relative: &Path) -> bool {
        if relative.components().any(|c| is_hidden(c.as_os_str())) {
            return false;
        }
        if self
            .exclude
            .as_ref()
            .is_some_and(|set| set.is_match(relative))
        {
            return false;
        }
        match &self.include {
            Some(set) => set.is_match(relative),
            None => has_known_extension(relative),
        }
    }

    /// True when `path` (canonical) is the output directory or inside it.
    pub fn in_output(&self, canonical: &Path) -> bool {
        self.output
            .as_deref()
            .is_some_and(|output| canonical.starts_with(output))
    }

    /// True when the walk of `root` (its canonical path) lists a regular file at `relative`.
    pub fn walk_lists(&self, root: &Path, canonical_root: Option<&Path>, relative: &Path) -> bool {
        self.takes(relative)
            && !canonical_root.is_some_and(|c| self.in_output(&c.join(relative)))
            && std::fs::symlink_metadata(root.join(relative)).is_ok_and(|m| m.is_file())
    }
}

fn glob_set(globs: &[String]) -> Result<Option<GlobSet>, String> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        builder.add(Glob::new(glob).map_err(|e| format!("bad glob {glob:?}: {e}"))?);
    }
    builder
        .build()
        .map(Some)
        .map_err(|e| format!("bad globs: {e}"))
}

/// True when some format newswire reads claims the file's extension (`newswire formats`).
pub fn has_known_extension(path: &Path) -> bool {
    let Some(extension) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    newswire::Format::ALL
        .iter()
        .filter(|format| format.can_read())
        .flat_map(|format| format.extensions())
        .any(|known| known.eq_ignore_ascii_case(extension))
}

/// Every input below `roots`, lazily.
pub fn expand<'a>(
    roots: &'a [PathBuf],
    selection: &'a Selection,
) -> impl Iterator<Item = Listed> + Send + 'a {
    roots
        .iter()
        .enumerate()
        .flat_map(move |(index, root)| expand_one(index, root, selection))
}

/// The relative path of an input named on the command line: its file name (`stdin` for `-`).
pub fn named_relative(root: &Path) -> PathBuf {
    if root.as_os_str() == "-" {
        PathBuf::from("stdin")
    } else {
        PathBuf::from(root.file_name().unwrap_or(root.as_os_str()))
    }
}

/// True when `root` is walked rather than read.
pub fn is_walked(root: &Path) -> bool {
    root.as_os_str() != "-" && root.is_dir()
}

fn expand_one<'a>(
    index: usize,
    root: &'a Path,
    selection: &'a Selection,
) -> Box<dyn Iterator<Item = Listed> + Send + 'a> {
    if !is_walked(root) {
        return Box::new(std::iter::once(Listed::Input(Input {
            path: root.to_path_buf(),
            relative: named_relative(root),
            root: index,
        })));
    }
    let canonical_root = root.canonicalize().ok();
    let walk = WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |entry| {
            if entry.depth() == 0 {
                return true;
            }
            if is_hidden(entry.file_name()) {
                return false;
            }
            // The output directory, when it is below the input directory, is not walked.
            let is_output = entry.file_type().is_dir()
                && canonical_root.as_deref().is_some_and(|c| {
                    let relative = entry.path().strip_prefix(root).unwrap_or(Path::new(""));
                    selection.in_output(&c.join(relative))
                });
            !is_output
        })
        .filter_map(move |entry| match entry {
            Ok(entry) => {
                let relative = entry
                    .path()
                    .strip_prefix(root)
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|_| PathBuf::from(entry.file_name()));
                let kind = entry.file_type();
                if kind.is_dir() || !selection.takes(&relative) {
                    return None;
                }
                if kind.is_file() {
                    return Some(Listed::Input(Input {
                        path: entry.into_path(),
                        relative,
                        root: index,
                    }));
                }
                let reason = if kind.is_symlink() {
                    "a symbolic link: a directory walk does not follow links (name the link \
                     itself to read its target)"
                } else {
                    "not a regular file (a FIFO, socket or device): not read"
                };
                Some(Listed::Passed {
                    path: entry.into_path(),
                    reason,
                })
            }
            Err(e) => Some(Listed::Error {
                path: e
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf),
                message: e.to_string(),
            }),
        });
    Box::new(walk)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

/// How many inputs there are (a second, cheap walk: only for the progress bar's length).
pub fn count(roots: &[PathBuf], selection: &Selection) -> u64 {
    expand(roots, selection).count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_takes_known_extensions_unless_globs_say_otherwise() {
        let default = Selection::default();
        assert!(default.takes(Path::new("a/story.txt")));
        assert!(default.takes(Path::new("a/STORY.XML")));
        assert!(default.takes(Path::new("tag_reuters.com_2016_newsml_L1N1:1.xml")));
        assert!(!default.takes(Path::new("a/report.pdf")));
        assert!(!default.takes(Path::new("passwd")));
        assert!(!default.takes(Path::new(".hidden/story.txt")));
        let globs = Selection::new(&["*.dat".into()], &["old/**".into()], None).unwrap();
        assert!(globs.takes(Path::new("x/feed.dat")));
        assert!(
            !globs.takes(Path::new("x/story.txt")),
            "--include replaces the default"
        );
        assert!(!globs.takes(Path::new("old/feed.dat")), "--exclude wins");
        assert!(Selection::new(&["[".into()], &[], None).is_err());
    }
}
