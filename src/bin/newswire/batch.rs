//! Runs one job per input over many inputs: in parallel (rayon, `-j N`), streaming the input
//! list, with a progress bar on a terminal, the `--report` lines, and a summary at the end.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::Outcome;
use crate::escape;
use crate::inputs::{self, Input, Listed, Selection};
use crate::interrupt;
use crate::report::{ErrorReport, Record, ReportFile, Totals};

/// How to run a batch.
pub struct Settings<'a> {
    pub roots: &'a [PathBuf],
    /// The files directory walks take.
    pub selection: &'a Selection,
    pub jobs: Option<u16>,
    pub report: Option<&'a Path>,
    /// Whether an existing report may be replaced.
    pub force: bool,
    pub quiet: bool,
    /// Whether each input's losses are printed on a line of their own (`-v`); otherwise a run
    /// over a directory or more than [`LOSS_LINES`] inputs counts them, and prints one line per
    /// distinct loss (a field dropped, the placeholder time written) at the end.
    pub verbose: bool,
    /// The summary's word for an input that went well (`converted`, `valid`).
    pub verb: &'static str,
}

/// Inputs named on the command line up to which each one's losses get a line of their own.
pub const LOSS_LINES: usize = 10;

/// The distinct losses of a run (a field dropped, the placeholder time written, ...) and how
/// many inputs had each.
#[derive(Default)]
struct LossCounts(Vec<(String, usize)>);

impl LossCounts {
    fn add(&mut self, losses: String) {
        match self.0.iter_mut().find(|(seen, _)| *seen == losses) {
            Some((_, count)) => *count += 1,
            None => self.0.push((losses, 1)),
        }
    }

    /// One line per distinct loss, `12 inputs -> atom: dropped credit`: the commonest first,
    /// then in the order of their text, so that the lines do not depend on which worker read
    /// which input first.
    fn lines(&self) -> impl Iterator<Item = String> + '_ {
        let mut counted: Vec<&(String, usize)> = self.0.iter().collect();
        counted.sort_by(|(a, m), (b, n)| n.cmp(m).then_with(|| a.cmp(b)));
        counted.into_iter().map(|(losses, count)| match count {
            1 => format!("1 input -> {losses}"),
            n => format!("{n} inputs -> {losses}"),
        })
    }
}

/// What the run has done so far: shared with the workers and with a second signal's handler.
struct Progress {
    totals: Mutex<Totals>,
    /// The losses counted instead of printed (see [`Settings::verbose`]).
    losses: Mutex<LossCounts>,
    report: Option<ReportFile>,
    started: Instant,
    verb: &'static str,
}

impl Progress {
    /// The summary line; `report_failed` says the report is incomplete.
    fn summary(&self, report_failed: bool) -> String {
        let totals = self.totals.lock().map(|t| *t).unwrap_or_default();
        let mut summary = totals.summary(self.verb, self.started.elapsed());
        if report_failed {
            summary.push_str("; the report is incomplete");
        }
        summary
    }

    fn report_failure(&self) -> Option<String> {
        self.report.as_ref().and_then(ReportFile::failure)
    }
}

/// Runs `job` on every input and reports. The job never panics the batch: its failures are
/// records.
pub fn run(settings: &Settings<'_>, job: impl Fn(&Input) -> Record + Sync) -> Outcome {
    interrupt::install();
    let report = match settings.report {
        Some(path) => match check_report_path(path, settings.roots, settings.selection)
            .and_then(|()| ReportFile::create(path, settings.force))
        {
            Ok(report) => Some(report),
            Err(message) => {
                eprintln!("newswire: {message}");
                return Outcome::Usage;
            }
        },
        None => None,
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
    let progress_bar = progress_bar(settings.roots, settings.selection);
    let loss_lines = settings.verbose
        || (settings.roots.len() <= LOSS_LINES && !settings.roots.iter().any(|r| r.is_dir()));
    let progress = Arc::new(Progress {
        totals: Mutex::new(Totals::default()),
        losses: Mutex::new(LossCounts::default()),
        report,
        started: Instant::now(),
        verb: settings.verb,
    });
    interrupt::on_second_signal({
        let progress = Arc::clone(&progress);
        move || {
            // The line being written is finished first, and no other starts.
            let held = progress.report.as_ref().map(ReportFile::hold);
            let report_failed = held.as_ref().is_some_and(|held| held.failed());
            eprintln!(
                "newswire: interrupted again, stopped at once; {}",
                progress.summary(report_failed)
            );
        }
    });
    pool.install(|| {
        inputs::expand(settings.roots, settings.selection)
            .par_bridge()
            .for_each(|listed| {
                if interrupt::interrupted() {
                    return;
                }
                let record = match listed {
                    Listed::Input(input) => job(&input),
                    Listed::Passed { path, reason } => Record::skipped(path, reason),
                    Listed::Error { path, message } => {
                        Record::new(path).fail(ErrorReport::message(message))
                    }
                };
                progress_bar.suspend(|| print_record(&record, settings.quiet, loss_lines));
                if !loss_lines
                    && !settings.quiet
                    && let Ok(mut counts) = progress.losses.lock()
                {
                    for loss in record.losses() {
                        counts.add(loss);
                    }
                }
                if let Some(report) = &progress.report {
                    report.write(&record);
                }
                if let Ok(mut totals) = progress.totals.lock() {
                    totals.add(&record);
                }
                progress_bar.inc(1);
            });
    });
    progress_bar.finish_and_clear();
    let failed = progress
        .totals
        .lock()
        .map_or(true, |t| t.failed > 0 || t.failed_articles > 0);
    let report_failure = progress.report_failure();
    if let Some(message) = &report_failure {
        eprintln!("newswire: {message}");
    }
    if interrupt::interrupted() {
        interrupt::remove_in_flight();
        eprintln!(
            "newswire: interrupted; {}",
            progress.summary(report_failure.is_some())
        );
        return Outcome::Interrupted;
    }
    if let Ok(counts) = progress.losses.lock() {
        for line in counts.lines() {
            eprintln!("newswire: {}", escape::text(&line));
        }
    }
    // One line, even when quiet: the run's result.
    eprintln!("newswire: {}", progress.summary(report_failure.is_some()));
    if failed || report_failure.is_some() {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    }
}

/// Refuses a report that would replace an input or be read as one: the same file as an input
/// named on the command line, or a file a directory walk takes.
fn check_report_path(
    report: &Path,
    roots: &[PathBuf],
    selection: &Selection,
) -> Result<(), String> {
    let canonical = report.canonicalize().ok().or_else(|| {
        let parent = report.parent().filter(|p| !p.as_os_str().is_empty());
        let parent = parent.unwrap_or(Path::new(".")).canonicalize().ok()?;
        Some(parent.join(report.file_name()?))
    });
    let Some(canonical) = canonical else {
        return Ok(());
    };
    // Inputs named directly first: the clash with a file is the clearer message.
    let named = roots.iter().filter(|root| !inputs::is_walked(root));
    let walked = roots.iter().filter(|root| inputs::is_walked(root));
    for root in named.chain(walked).filter(|root| root.as_os_str() != "-") {
        let Ok(root_canonical) = root.canonicalize() else {
            continue;
        };
        if !inputs::is_walked(root) && canonical == root_canonical {
            return Err(format!(
                "the report {} is the input {}; write it elsewhere",
                escape::path(report),
                escape::path(root)
            ));
        }
        let walk_takes = inputs::is_walked(root)
            && canonical
                .strip_prefix(&root_canonical)
                .is_ok_and(|relative| selection.takes(relative))
            && !selection.in_output(&canonical);
        if walk_takes {
            return Err(format!(
                "the report {} would be read as an input (the walk of {} takes it); write it \
                 elsewhere or --exclude it",
                escape::path(report),
                escape::path(root)
            ));
        }
    }
    Ok(())
}

/// A bar on a terminal (the inputs counted first, which is cheap); nothing otherwise, so that
/// logs and CI output stay clean.
fn progress_bar(roots: &[PathBuf], selection: &Selection) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(inputs::count(roots, selection));
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} files, {rate}, {eta} left")
    {
        // indicatif's own `{per_sec}` prints four decimals (`12.3456/s`).
        bar.set_style(style.with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = w.write_str(&files_per_second(state.per_sec()));
            },
        ));
    }
    bar
}

/// A rate of files for people: one decimal below ten a second, whole numbers above
/// (`0.4 files/s`, `37 files/s`).
fn files_per_second(rate: f64) -> String {
    if !rate.is_finite() || rate < 0.0 {
        "- files/s".to_string()
    } else if rate < 10.0 {
        format!("{rate:.1} files/s")
    } else {
        format!("{rate:.0} files/s")
    }
}

/// Failures always; passed-over entries, warnings, the articles the output left out and (with
/// `loss_line`) losses unless quiet.
/// Names and messages are printed escaped (`escape`): a file name or a warning cannot forge a
/// line.
pub fn print_record(record: &Record, quiet: bool, loss_line: bool) {
    let path = escape::path(&record.path);
    if let Some(error) = &record.error {
        eprintln!("newswire: {path}: {}", escape::text(&error.message));
    }
    for error in &record.article_errors {
        eprintln!("newswire: {path}: {}", escape::text(&error.message));
    }
    if quiet {
        return;
    }
    if let Some(reason) = record.reason {
        eprintln!("newswire: {path}: skipped: {reason}");
    }
    for warning in &record.warnings {
        eprintln!("newswire: {path}: warning: {}", escape::text(warning));
    }
    for line in record.left_out_lines() {
        eprintln!("newswire: {path}: {}", escape::text(&line));
    }
    if loss_line && let Some(line) = record.loss_line() {
        eprintln!("newswire: {}", escape::text(&line));
    }
}

#[cfg(test)]
mod tests {
    use super::files_per_second;

    #[test]
    fn progress_rates_are_rounded() {
        assert_eq!(files_per_second(0.4321), "0.4 files/s");
        assert_eq!(files_per_second(9.96), "10.0 files/s");
        assert_eq!(files_per_second(37.4999), "37 files/s");
        assert_eq!(files_per_second(1234.5678), "1235 files/s");
        assert_eq!(files_per_second(f64::NAN), "- files/s");
    }
}
