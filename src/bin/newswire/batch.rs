//! Runs one job per input over many inputs: in parallel (rayon, `-j N`), streaming the input
//! list, with a progress bar on a terminal, the `--report` lines, and a summary at the end.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::Outcome;
use crate::inputs::{self, Input};
use crate::interrupt;
use crate::report::{ErrorReport, Record, ReportFile, Totals};

/// How to run a batch.
pub struct Settings<'a> {
    pub roots: &'a [PathBuf],
    pub jobs: Option<u16>,
    pub report: Option<&'a std::path::Path>,
    pub quiet: bool,
    /// The summary's word for an input that went well (`converted`, `valid`).
    pub verb: &'static str,
}

/// Runs `job` on every input and reports. The job never panics the batch: its failures are
/// records.
pub fn run(settings: &Settings<'_>, job: impl Fn(&Input) -> Record + Sync) -> Outcome {
    interrupt::install();
    let report = match settings.report.map(ReportFile::create).transpose() {
        Ok(report) => report,
        Err(message) => {
            eprintln!("newswire: {message}");
            return Outcome::Usage;
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(settings.jobs.map_or(0, usize::from))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("newswire: cannot start the workers: {e}");
            return Outcome::Usage;
        }
    };
    let progress = progress_bar(settings.roots);
    let totals = Mutex::new(Totals::default());
    let started = Instant::now();
    pool.install(|| {
        inputs::expand(settings.roots)
            .par_bridge()
            .for_each(|listed| {
                if interrupt::interrupted() {
                    return;
                }
                let record = match listed {
                    Ok(input) => job(&input),
                    Err(listing) => Record::new(listing.path.display().to_string())
                        .fail(ErrorReport::message(listing.message)),
                };
                progress.suspend(|| print_record(&record, settings.quiet));
                if let Some(report) = &report {
                    report.write(&record);
                }
                if let Ok(mut totals) = totals.lock() {
                    totals.add(&record);
                }
                progress.inc(1);
            });
    });
    progress.finish_and_clear();
    let totals = totals.lock().map(|t| *t).unwrap_or_default();
    if let Some(report) = &report
        && let Err(message) = report.finish()
    {
        eprintln!("newswire: {message}");
    }
    if interrupt::interrupted() {
        interrupt::remove_in_flight();
        eprintln!(
            "newswire: interrupted; {}",
            totals.summary(settings.verb, started.elapsed())
        );
        return Outcome::Interrupted;
    }
    // One line, even when quiet: the run's result.
    eprintln!(
        "newswire: {}",
        totals.summary(settings.verb, started.elapsed())
    );
    if totals.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    }
}

/// A bar on a terminal (the inputs counted first, which is cheap); nothing otherwise, so that
/// logs and CI output stay clean.
fn progress_bar(roots: &[PathBuf]) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(inputs::count(roots));
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

/// Failures always; warnings and losses unless quiet.
pub fn print_record(record: &Record, quiet: bool) {
    if let Some(error) = &record.error {
        eprintln!("newswire: {}: {}", record.path, error.message);
    }
    if quiet {
        return;
    }
    for warning in &record.warnings {
        eprintln!("newswire: {}: warning: {warning}", record.path);
    }
    if let Some(line) = record.loss_line() {
        eprintln!("newswire: {line}");
    }
}
