//! What happened to each input: the `--report` JSON lines and the final summary line.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;

/// One input's outcome: a line of the `--report` file.
#[derive(Debug, Serialize)]
pub struct Record {
    /// The input, as named on the command line or found in a directory.
    pub path: String,
    /// The format it was read as, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorReport>,
    /// Files written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<PathBuf>,
    pub articles: usize,
    pub bytes: u64,
    /// Reader warnings (encoding guesses, unreadable values).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The output format, for `convert`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Fields the output format dropped.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// Fields the output format kept only in part, with what was lost.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partly_kept: Vec<String>,
    /// The placeholder written where the output format requires a time and an article has
    /// none (no `--fallback-time`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder_time: Option<&'static str>,
    /// How many articles got it.
    #[serde(skip_serializing_if = "is_zero")]
    pub undated: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Record {
    /// A record for `path` with nothing known yet.
    pub fn new(path: String) -> Record {
        Record {
            path,
            format: None,
            status: Status::Ok,
            error: None,
            outputs: Vec::new(),
            articles: 0,
            bytes: 0,
            warnings: Vec::new(),
            to: None,
            dropped: Vec::new(),
            partly_kept: Vec::new(),
            placeholder_time: None,
            undated: 0,
        }
    }

    /// The record of a failure.
    pub fn fail(mut self, error: ErrorReport) -> Record {
        self.status = Status::Failed;
        self.error = Some(error);
        self
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

    /// Records the placeholder time writing `articles` as `to` with `options` puts in, if any.
    pub fn set_placeholder_time(
        &mut self,
        to: newswire::Format,
        articles: &[newswire::Article],
        options: &newswire::formats::WriteOptions,
    ) {
        self.to = Some(to.to_string());
        self.placeholder_time =
            newswire::formats::fidelity::placeholder_time_written(articles, to, options);
        if self.placeholder_time.is_some() {
            self.undated = articles
                .iter()
                .filter(|a| a.version_time().is_none())
                .count();
        }
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
        if let Some(placeholder) = self.placeholder_time {
            let which = match self.undated {
                1 => "no time".to_string(),
                n => format!("{n} articles without a time"),
            };
            parts.push(format!(
                "{which}, wrote {placeholder} (--fallback-time gives one)"
            ));
        }
        (!parts.is_empty()).then(|| format!("{} -> {to}: {}", self.path, parts.join("; ")))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Read (and converted, for `convert`).
    Ok,
    /// Could not be read or written.
    Failed,
    /// Left alone: its output exists and `--skip-existing` was given.
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

/// The `--report` file, shared by the workers.
pub struct ReportFile(Mutex<BufWriter<File>>);

impl ReportFile {
    pub fn create(path: &Path) -> Result<ReportFile, String> {
        File::create(path)
            .map(|file| ReportFile(Mutex::new(BufWriter::new(file))))
            .map_err(|e| format!("cannot create the report {}: {e}", path.display()))
    }

    pub fn write(&self, record: &Record) {
        if let (Ok(line), Ok(mut out)) = (serde_json::to_string(record), self.0.lock()) {
            let _ = writeln!(out, "{line}");
        }
    }

    pub fn finish(&self) -> Result<(), String> {
        match self.0.lock() {
            Ok(mut out) => out
                .flush()
                .map_err(|e| format!("cannot write the report: {e}")),
            Err(_) => Err("cannot write the report".to_string()),
        }
    }
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    pub ok: u64,
    pub failed: u64,
    pub skipped: u64,
    pub articles: u64,
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
        self.bytes += record.bytes;
    }

    /// `converted 41, failed 2, skipped 0; 43 articles; 1.2 MB in 0.31 s (3.9 MB/s)`.
    pub fn summary(&self, verb: &str, elapsed: Duration) -> String {
        let seconds = elapsed.as_secs_f64();
        let rate = if seconds > 0.0 {
            self.bytes as f64 / seconds
        } else {
            0.0
        };
        format!(
            "{verb} {}, failed {}, skipped {}; {} articles; {} in {seconds:.2} s ({}/s)",
            self.ok,
            self.failed,
            self.skipped,
            self.articles,
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
