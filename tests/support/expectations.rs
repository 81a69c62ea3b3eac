//! The one harness for `../shared/corpus/EXPECTATIONS.md`, the values another ingest system's
//! tests (Superdesk's) assert for real agency files.
//!
//! The checks are evaluated by `../shared/tools/score-expectations`, the scorer the project is
//! measured with, over `newswire inspect`; every check it maps onto the model is evaluated
//! (what it cannot map, it counts as skipped). One policy for every format:
//!
//! - a check may be **set aside** only when the value it expects is not the file's own: another
//!   system's vocabulary or mapping rule, its runtime data, or a bug in it ([`Why::Vocabulary`],
//!   [`Why::RuntimeData`], [`Why::TheirBug`]);
//! - a value the file does hold that newswire reads otherwise on purpose is a **miss** and counts
//!   ([`Why::Divergence`]);
//! - each test file lists both, with their reasons, in one list; every miss is printed with its
//!   reason, a miss the list does not explain fails the test, and so does an entry that explains
//!   nothing (the list stays true);
//! - the test asserts the share of the remaining checks (the file's own values) that pass, per
//!   corpus folder.

use std::path::Path;
use std::process::Command;

/// The share of the files' own values the issues ask for.
pub const ISSUE_FLOOR: f64 = 95.0;

/// Why a check misses.
#[derive(Debug, Clone, Copy)]
pub enum Why {
    /// Set aside: another system's vocabulary or mapping rule (Superdesk's ids, a customer's
    /// mapping layer); the value is not in the file.
    Vocabulary(&'static str),
    /// Set aside: the other system's runtime data or settings (a time zone, a gazetteer, text
    /// it generates).
    RuntimeData(&'static str),
    /// Set aside: a bug in the other system (or in its copy of the file).
    TheirBug(&'static str),
    /// Counted as a miss: the file holds the value and newswire reads it otherwise, on purpose.
    Divergence(&'static str),
}

impl Why {
    fn set_aside(self) -> bool {
        !matches!(self, Why::Divergence(_))
    }

    fn describe(self) -> String {
        match self {
            Why::Vocabulary(why) => format!("set aside, another system's vocabulary: {why}"),
            Why::RuntimeData(why) => format!("set aside, runtime data: {why}"),
            Why::TheirBug(why) => format!("set aside, a bug in that system: {why}"),
            Why::Divergence(why) => format!("miss, on purpose: {why}"),
        }
    }
}

/// A check the scorer reports as missed, exactly as it reports it: the file (its path under
/// `corpus/`), the field as the scorer names it (`firstcreated (isoformat)`, `subject`), and the
/// value the check expects, as printed (a long one cut with `…`). Nothing wider: an entry never
/// explains another file, field or value, so a regression elsewhere is never absorbed.
pub type Exact = (&'static str, &'static str, &'static str);

/// A known miss: why, and each check it explains.
pub type Known = (Why, &'static [Exact]);

/// One folder's figures.
#[derive(Debug)]
pub struct Score {
    /// The corpus folder.
    pub folder: String,
    /// Checks the scorer evaluated.
    pub checked: usize,
    /// Checks that passed.
    pub passed: usize,
    /// Checks set aside as not the file's own value.
    pub set_aside: usize,
    /// The share of the files' own values asserted, in percent.
    pub floor: f64,
}

impl Score {
    /// The share of all evaluated checks that pass, in percent.
    pub fn raw(&self) -> f64 {
        percent(self.passed, self.checked)
    }

    /// The share of the files' own values that pass, in percent.
    pub fn own(&self) -> f64 {
        percent(self.passed, self.checked - self.set_aside)
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

/// One check the scorer reports as missed.
struct Miss {
    file: String,
    field: String,
    /// What the check expects, as printed.
    expected: String,
    detail: String,
}

/// Scores each of `folders` with `bin` (the `newswire` binary), prints every miss with its
/// reason and the folder's figures, and asserts the policy: no unexplained miss, no entry of
/// `known` that explains nothing, and for each folder at least its floor (in percent, the
/// [`ISSUE_FLOOR`] unless the test says why not) of the files' own values.
/// Returns the figures. Needs `../shared` (the caller is ignored without it) and `python3`:
/// panics when either is missing.
pub fn assert_scores(bin: &str, folders: &[(&str, f64)], known: &[Known]) -> Vec<Score> {
    let shared = super::shared();
    let tool = shared.join("tools/score-expectations");
    assert!(tool.is_file(), "{} is missing", tool.display());
    assert!(
        Command::new("python3").arg("--version").output().is_ok(),
        "python3 is needed to run {}",
        tool.display()
    );
    let exact: Vec<(Why, &Exact)> = known
        .iter()
        .flat_map(|(why, checks)| checks.iter().map(move |check| (*why, check)))
        .collect();
    let mut used = vec![false; exact.len()];
    let mut unexplained = Vec::new();
    let mut scores = Vec::new();
    for &(folder, floor) in folders {
        let report = run(&tool, bin, &shared, folder);
        let (passed, checked) = summary(&report);
        let mut set_aside = 0;
        for miss in misses(&report) {
            let entry = exact.iter().position(|(_, (file, field, expected))| {
                miss.file == *file && miss.field == *field && miss.expected == *expected
            });
            let reason = match entry {
                Some(i) => {
                    used[i] = true;
                    let why = exact[i].0;
                    set_aside += usize::from(why.set_aside());
                    why.describe()
                }
                None => {
                    unexplained.push(format!(
                        "({:?}, {:?}, {:?})",
                        miss.file, miss.field, miss.expected
                    ));
                    "UNEXPLAINED: no reason listed".to_string()
                }
            };
            eprintln!(
                "{}: {} {}\n    {reason}",
                miss.file, miss.field, miss.detail
            );
        }
        let score = Score {
            folder: folder.to_string(),
            checked,
            passed,
            set_aside,
            floor,
        };
        eprintln!(
            "{folder}: raw {passed}/{checked} ({:.1}%); own values {passed}/{} ({:.1}%), {set_aside} set aside",
            score.raw(),
            checked - set_aside,
            score.own(),
        );
        scores.push(score);
    }
    assert!(
        unexplained.is_empty(),
        "unexplained misses: {unexplained:#?}"
    );
    let stale: Vec<String> = exact
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|((_, (file, field, expected)), _)| format!("{file}: {field} (expected {expected})"))
        .collect();
    assert!(
        stale.is_empty(),
        "listed misses that no longer miss: {stale:#?}"
    );
    for score in &scores {
        assert!(
            score.checked > score.set_aside,
            "{}: no check left",
            score.folder
        );
        assert!(
            score.own() >= score.floor,
            "{}: {:.1}% of the files' own values, below {}%",
            score.folder,
            score.own(),
            score.floor
        );
    }
    scores
}

/// The scorer's report for one corpus folder.
fn run(tool: &Path, bin: &str, shared: &Path, folder: &str) -> String {
    let output = Command::new("python3")
        .arg(tool)
        .arg(bin)
        .arg(shared.join("corpus/EXPECTATIONS.md"))
        .arg(shared.join("corpus"))
        .args(["--only", folder])
        .output()
        .unwrap_or_else(|e| panic!("cannot run the scorer: {e}"));
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    if let Some(fail) = report.lines().find(|l| l.starts_with("FAIL ")) {
        panic!("inspect failed: {fail}");
    }
    report
}

/// `expectations: P/N checks (...)`: P and N.
fn summary(report: &str) -> (usize, usize) {
    let line = report
        .lines()
        .find(|l| l.starts_with("expectations:"))
        .unwrap_or_else(|| panic!("no summary in:\n{report}"));
    line.split_whitespace()
        .nth(1)
        .and_then(|c| c.split_once('/'))
        .and_then(|(p, n)| Some((p.parse().ok()?, n.parse().ok()?)))
        .unwrap_or_else(|| panic!("cannot read {line}"))
}

/// The checks of the `miss FILE: field (expected ..., got ...); field (...)` lines.
fn misses(report: &str) -> Vec<Miss> {
    let mut out = Vec::new();
    for line in report.lines() {
        let Some((file, rest)) = line.strip_prefix("miss ").and_then(|l| l.split_once(": ")) else {
            continue;
        };
        // Each field name stands before ` (expected `, after the start or `; `.
        let mut starts = Vec::new();
        let mut from = 0;
        while let Some(at) = rest.get(from..).and_then(|r| r.find(" (expected ")) {
            let at = from + at;
            let before = rest.get(..at).unwrap_or("");
            let start = before.rfind("; ").map_or(0, |i| i + 2).max(from);
            starts.push((start, at));
            from = at + 1;
        }
        for (i, &(start, at)) in starts.iter().enumerate() {
            let end = starts
                .get(i + 1)
                .map_or(rest.len(), |&(next, _)| next.saturating_sub(2));
            let detail = rest.get(at + 1..end).unwrap_or("");
            // `(expected VALUE, got VALUE)`
            let expected = detail.strip_prefix("(expected ").unwrap_or(detail);
            let expected = expected.split_once(", got ").map_or(expected, |(e, _)| e);
            out.push(Miss {
                file: file.to_string(),
                field: rest.get(start..at).unwrap_or("").to_string(),
                expected: expected.to_string(),
                detail: detail.to_string(),
            });
        }
    }
    out
}
