//! What happened to each input: the `--report` JSON lines and the final summary line.
//!
//! The report is written line-safe: each record is one whole line, written with one `write`
//! as soon as the input is done (nothing waits in a buffer, so a killed run loses no finished
//! record), and a write that fails (a full disk, a file-size limit) is cut back to the last
//! whole line and makes the run fail. Paths that are not UTF-8 are escaped reversibly (see
//! [`escape::lossless`]) and the record says so (`"names_escaped": true`); control and
//! bidirectional characters are written as `\uXXXX` escapes.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde::{Serialize, Serializer};

use crate::escape;

/// One input's outcome: a line of the `--report` file.
#[derive(Debug)]
pub struct Record {
    /// The input, as named on the command line or found in a directory.
    pub path: PathBuf,
    /// The format it was read as, when known.
    pub format: Option<String>,
    pub status: Status,
    pub error: Option<ErrorReport>,
    /// The articles of an input read article by article that could not be read or written;
    /// the others were converted.
    pub article_errors: Vec<ErrorReport>,
    /// Why an input was passed over (a symbolic link in a walk), for `skipped`.
    pub reason: Option<&'static str>,
    /// Files written.
    pub outputs: Vec<PathBuf>,
    pub articles: usize,
    pub bytes: u64,
    /// Reader warnings (encoding guesses, unreadable values).
    pub warnings: Vec<String>,
    /// The output format, for `convert`.
    pub to: Option<String>,
    /// Fields the output format dropped.
    pub dropped: Vec<String>,
    /// Fields the output format kept only in part, with what was lost.
    pub partly_kept: Vec<String>,
    /// The placeholder written where the output format requires a time and an article has
    /// none (no `--fallback-time`).
    pub placeholder_time: Option<&'static str>,
    /// How many articles got it.
    pub undated: usize,
    /// How many times were written without an offset although the output format's readers
    /// expect one (no `--timezone`).
    pub times_without_offset: usize,
    /// The articles the output leaves out (a news sitemap's articles without a page address),
    /// and why.
    pub left_out: Vec<LeftOutReport>,
}

/// An article the output leaves out: its number in the input (from 1) and why.
#[derive(Debug, Serialize)]
pub struct LeftOutReport {
    pub article: usize,
    pub reason: String,
}

/// A [`Record`] as its report line writes it: the paths as strings.
#[derive(Serialize)]
struct Line<'a> {
    path: String,
    #[serde(skip_serializing_if = "is_false")]
    names_escaped: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'a str>,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a ErrorReport>,
    #[serde(skip_serializing_if = "<[ErrorReport]>::is_empty")]
    article_errors: &'a [ErrorReport],
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    outputs: Vec<String>,
    articles: usize,
    bytes: u64,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    warnings: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    dropped: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    partly_kept: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    placeholder_time: Option<&'static str>,
    #[serde(skip_serializing_if = "is_zero")]
    undated: usize,
    #[serde(skip_serializing_if = "is_zero")]
    times_without_offset: usize,
    #[serde(skip_serializing_if = "<[LeftOutReport]>::is_empty")]
    left_out: &'a [LeftOutReport],
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let escaped = std::iter::once(&self.path)
            .chain(&self.outputs)
            .any(|p| escape::needs_escaping(p));
        Line {
            path: escape::lossless(&self.path, escaped),
            names_escaped: escaped,
            format: self.format.as_deref(),
            status: self.status,
            error: self.error.as_ref(),
            article_errors: &self.article_errors,
            reason: self.reason,
            outputs: self
                .outputs
                .iter()
                .map(|p| escape::lossless(p, escaped))
                .collect(),
            articles: self.articles,
            bytes: self.bytes,
            warnings: &self.warnings,
            to: self.to.as_deref(),
            dropped: &self.dropped,
            partly_kept: &self.partly_kept,
            placeholder_time: self.placeholder_time,
            undated: self.undated,
            times_without_offset: self.times_without_offset,
            left_out: &self.left_out,
        }
        .serialize(serializer)
    }
}

fn is_false(b: &bool) -> bool {
    !b
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Record {
    /// A record for `path` with nothing known yet.
    pub fn new(path: PathBuf) -> Record {
        Record {
            path,
            format: None,
            status: Status::Ok,
            error: None,
            article_errors: Vec::new(),
            reason: None,
            outputs: Vec::new(),
            articles: 0,
            bytes: 0,
            warnings: Vec::new(),
            to: None,
            dropped: Vec::new(),
            partly_kept: Vec::new(),
            placeholder_time: None,
            undated: 0,
            times_without_offset: 0,
            left_out: Vec::new(),
        }
    }

    /// The record of an input a walk passed over, and why.
    pub fn skipped(path: PathBuf, reason: &'static str) -> Record {
        let mut record = Record::new(path);
        record.status = Status::Skipped;
        record.reason = Some(reason);
        record
    }

    /// The record of a failure.
    pub fn fail(mut self, error: ErrorReport) -> Record {
        self.set_failed(error);
        self
    }

    /// Makes this the record of a failure.
    pub fn set_failed(&mut self, error: ErrorReport) {
        self.status = Status::Failed;
        self.error = Some(error);
    }

    /// Records what `to` drops of the articles read.
    pub fn set_losses(
        &mut self,
        to: newswire::Format,
        losses: &[newswire::formats::fidelity::Loss],
    ) {
        self.to = Some(to.to_string());
        for loss in losses {
            match loss.partial {
                None => self.dropped.push(loss.field.to_string()),
                Some(what) => self.partly_kept.push(format!("{} ({what})", loss.field)),
            }
        }
    }

    /// Records the placeholder time written as `to`, and for how many articles.
    pub fn set_placeholder(&mut self, to: newswire::Format, placeholder: newswire::Placeholder) {
        self.to = Some(to.to_string());
        self.placeholder_time = placeholder.time;
        self.undated = placeholder.undated;
    }

    /// Records the articles `to` leaves out (their `index` counting the input's articles from
    /// 0).
    pub fn set_left_out(&mut self, to: newswire::Format, left_out: &[newswire::formats::LeftOut]) {
        for gone in left_out {
            self.add_left_out(to, gone.index + 1, gone.reason.clone());
        }
    }

    /// Records that `to` leaves out the input's article `article` (from 1), and why.
    pub fn add_left_out(&mut self, to: newswire::Format, article: usize, reason: String) {
        self.to = Some(to.to_string());
        self.left_out.push(LeftOutReport { article, reason });
    }

    /// `article 2 left out of news-sitemap: no URL ...`: one line for each article left out.
    pub fn left_out_lines(&self) -> Vec<String> {
        let to = self.to.as_deref().unwrap_or("the output");
        self.left_out
            .iter()
            .map(|gone| format!("article {} left out of {to}: {}", gone.article, gone.reason))
            .collect()
    }

    /// Records how many times were written as `to` without the offset its readers expect.
    pub fn set_times_without_offset(&mut self, to: newswire::Format, count: usize) {
        self.to = Some(to.to_string());
        self.times_without_offset = count;
    }

    /// `story.txt -> atom: dropped dateline.text, credit; partly kept authors (roles are lost);
    /// no time, wrote 1970-01-01T00:00:00Z (--fallback-time gives one)`.
    pub fn loss_line(&self) -> Option<String> {
        let to = self.to.as_deref()?;
        let mut parts = Vec::new();
        if !self.dropped.is_empty() {
            parts.push(format!("dropped {}", self.dropped.join(", ")));
        }
        if !self.partly_kept.is_empty() {
            parts.push(format!("partly kept {}", self.partly_kept.join(", ")));
        }
        parts.extend(self.time_losses());
        (!parts.is_empty())
            .then(|| format!("{} -> {to}: {}", escape::path(&self.path), parts.join("; ")))
    }

    /// Each thing the output format lost of this input, on its own and without the input's
    /// name (`atom: dropped credit`): what a run's summary counts.
    pub fn losses(&self) -> Vec<String> {
        let Some(to) = self.to.as_deref() else {
            return Vec::new();
        };
        let dropped = self.dropped.iter().map(|field| format!("dropped {field}"));
        let partly = self
            .partly_kept
            .iter()
            .map(|field| format!("partly kept {field}"));
        dropped
            .chain(partly)
            .chain(self.time_losses())
            .map(|loss| format!("{to}: {loss}"))
            .collect()
    }

    /// The placeholder time written and the times written without an offset.
    fn time_losses(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(placeholder) = self.placeholder_time {
            let which = match self.undated {
                1 => "no time".to_string(),
                n => format!("{n} articles without a time"),
            };
            parts.push(format!(
                "{which}, wrote {placeholder} (--fallback-time gives one)"
            ));
        }
        match self.times_without_offset {
            0 => {}
            1 => parts.push(
                "a time without an offset, written as given (--timezone gives it one)".to_string(),
            ),
            n => parts.push(format!(
                "{n} times without an offset, written as given (--timezone gives them one)"
            )),
        }
        parts
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read (and converted, for `convert`).
    Ok,
    /// Could not be read or written.
    Failed,
    /// Left alone: its outputs exist and `--skip-existing` was given, or a walk passed over it
    /// (`reason` says why).
    Skipped,
}

/// Why an input failed, and where.
#[derive(Debug, Serialize)]
pub struct ErrorReport {
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byte: Option<usize>,
}

impl ErrorReport {
    pub fn of(error: &newswire::Error) -> ErrorReport {
        let mut report = ErrorReport::message(error.to_string());
        match error.position() {
            Some(newswire::Position::LineColumn { line, column }) => {
                report.line = Some(line);
                report.column = Some(column);
            }
            Some(newswire::Position::Byte(byte)) => report.byte = Some(byte),
            None => {}
        }
        report
    }

    pub fn message(message: String) -> ErrorReport {
        ErrorReport {
            message,
            line: None,
            column: None,
            byte: None,
        }
    }
}

/// The `--report` file, shared by the workers (see the module's doc).
pub struct ReportFile {
    path: PathBuf,
    state: Mutex<ReportState>,
}

struct ReportState {
    file: File,
    /// Bytes of whole lines written.
    written: u64,
    lines: u64,
    /// Why the report stopped, once it did.
    failure: Option<String>,
}

impl ReportFile {
    /// Creates the report at `path`; an existing file is replaced only with `force`.
    pub fn create(path: &Path, force: bool) -> Result<ReportFile, String> {
        let mut options = OpenOptions::new();
        options.write(true);
        if force {
            options.create(true).truncate(true);
        } else {
            options.create_new(true);
        }
        let file = options.open(path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                format!(
                    "the report {} exists (use --force to replace it)",
                    escape::path(path)
                )
            } else {
                format!(
                    "cannot create the report {}: {}",
                    escape::path(path),
                    crate::io_error::text(&e)
                )
            }
        })?;
        Ok(ReportFile {
            path: path.to_path_buf(),
            state: Mutex::new(ReportState {
                file,
                written: 0,
                lines: 0,
                failure: None,
            }),
        })
    }

    /// Writes `record` as one line, at once. After a failure nothing more is written.
    pub fn write(&self, record: &Record) {
        let mut line = Vec::with_capacity(512);
        let serialized = record.serialize(&mut serde_json::Serializer::with_formatter(
            &mut line, Escaping,
        ));
        line.push(b'\n');
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        if state.failure.is_some() {
            return;
        }
        let written = serialized.map_err(|e| e.to_string()).and_then(|()| {
            state
                .file
                .write_all(&line)
                .map_err(|e| crate::io_error::text(&e))
        });
        match written {
            Ok(()) => {
                state.written += line.len() as u64;
                state.lines += 1;
            }
            Err(e) => {
                // Cut a partly written line back off (a device has no length: nothing to cut).
                let whole = state.written;
                let _ = state.file.set_len(whole);
                state.failure = Some(format!(
                    "cannot write the report {}: {e}; it holds the first {} records",
                    escape::path(&self.path),
                    state.lines
                ));
            }
        }
    }

    /// Why the report is incomplete, if it is.
    pub fn failure(&self) -> Option<String> {
        match self.state.lock() {
            Ok(state) => state.failure.clone(),
            Err(_) => Some(format!(
                "cannot write the report {}",
                escape::path(&self.path)
            )),
        }
    }

    /// Waits for the line being written, and keeps any other from starting while the guard
    /// lives: for a second signal, which exits at once.
    pub fn hold(&self) -> Held<'_> {
        Held(self.state.lock().ok())
    }
}

/// The report held still (see [`ReportFile::hold`]).
pub struct Held<'a>(Option<MutexGuard<'a, ReportState>>);

impl Held<'_> {
    /// True when the report is incomplete.
    pub fn failed(&self) -> bool {
        self.0.as_ref().is_none_or(|state| state.failure.is_some())
    }
}

/// serde_json's compact form, with DEL, the C1 controls, the line separators and the
/// bidirectional controls also escaped (JSON itself escapes only C0): a report shown in a
/// terminal cannot drive it, and the values read back the same.
struct Escaping;

impl serde_json::ser::Formatter for Escaping {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| escape::is_unsafe(c)) {
            writer.write_all(rest.get(..at).unwrap_or_default().as_bytes())?;
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = rest.get(at + c.len_utf8()..).unwrap_or_default();
        }
        writer.write_all(rest.as_bytes())
    }
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    pub ok: u64,
    pub failed: u64,
    pub skipped: u64,
    pub articles: u64,
    /// Articles of inputs read article by article that failed alone.
    pub failed_articles: u64,
    /// Articles the output left out (a news sitemap's articles without a page address).
    pub left_out: u64,
    pub bytes: u64,
}

impl Totals {
    pub fn add(&mut self, record: &Record) {
        match record.status {
            Status::Ok => self.ok += 1,
            Status::Failed => self.failed += 1,
            Status::Skipped => self.skipped += 1,
        }
        self.articles += record.articles as u64;
        self.failed_articles += record.article_errors.len() as u64;
        self.left_out += record.left_out.len() as u64;
        self.bytes += record.bytes;
    }

    /// `converted 41, failed 2, skipped 0; 43 articles; 1.2 MB in 0.31 s (3.9 MB/s)`, with
    /// `43 articles (1 failed)` when articles of an input read article by article failed, and
    /// `(3 left out)` when the output left some out.
    pub fn summary(&self, verb: &str, elapsed: Duration) -> String {
        let seconds = elapsed.as_secs_f64();
        let rate = if seconds > 0.0 {
            self.bytes as f64 / seconds
        } else {
            0.0
        };
        let mut notes = Vec::new();
        if self.failed_articles > 0 {
            notes.push(format!("{} failed", self.failed_articles));
        }
        if self.left_out > 0 {
            notes.push(format!("{} left out", self.left_out));
        }
        format!(
            "{verb} {}, failed {}, skipped {}; {} articles{}; {} in {seconds:.2} s ({}/s)",
            self.ok,
            self.failed,
            self.skipped,
            self.articles,
            if notes.is_empty() {
                String::new()
            } else {
                format!(" ({})", notes.join(", "))
            },
            size(self.bytes as f64),
            size(rate)
        )
    }
}

/// A byte count for people: `812 B`, `14.2 kB`, `3.1 MB`, `1.4 GB`.
fn size(bytes: f64) -> String {
    if bytes < 1e3 {
        format!("{bytes:.0} B")
    } else if bytes < 1e6 {
        format!("{:.1} kB", bytes / 1e3)
    } else if bytes < 1e9 {
        format!("{:.1} MB", bytes / 1e6)
    } else {
        format!("{:.1} GB", bytes / 1e9)
    }
}
