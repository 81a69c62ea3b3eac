//! Golden files: every project fixture under `fixtures/text/` converted to each output format
//! must equal the committed file under `fixtures/golden/`.
//!
//! After a deliberate change of output, re-bless with `NEWSWIRE_BLESS=1 cargo test --test golden`
//! and review the diff before committing.

pub mod support;

use std::path::{Path, PathBuf};

use newswire::{Format, convert};

/// The outputs checked for each fixture, and the extension of their golden files.
const OUTPUTS: [(Format, &str); 4] = [
    (Format::Json, "json"),
    (Format::NewsmlG2, "xml"),
    (Format::JsonLd, "jsonld"),
    (Format::Atom, "atom"),
];

fn golden_path(fixture: &Path, extension: &str) -> PathBuf {
    let stem = fixture
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    support::root()
        .join("fixtures/golden")
        .join(format!("{stem}.{extension}"))
}

fn fixtures() -> Vec<PathBuf> {
    let fixtures = support::files_with_extension(&support::root().join("fixtures/text"), "txt");
    assert!(!fixtures.is_empty(), "no fixtures in fixtures/text");
    fixtures
}

#[test]
fn outputs_match_golden_files() {
    let bless = std::env::var_os("NEWSWIRE_BLESS").is_some();
    let mut mismatches = Vec::new();
    for fixture in fixtures() {
        let input = std::fs::read(&fixture).unwrap();
        for (format, extension) in OUTPUTS {
            let output = convert(&input, Some(Format::Text), format, Some(&fixture))
                .unwrap_or_else(|e| panic!("{}: {e}", fixture.display()))
                .output;
            let golden = golden_path(&fixture, extension);
            if bless {
                std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
                std::fs::write(&golden, &output).unwrap();
                continue;
            }
            match std::fs::read(&golden) {
                Ok(expected) if expected == output => {}
                Ok(expected) => mismatches.push(format!(
                    "{} differs from {}:\n{}",
                    fixture.display(),
                    golden.display(),
                    first_difference(&expected, &output)
                )),
                Err(_) => mismatches.push(format!("{} is missing", golden.display())),
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{}\n\nIf the change is intended: NEWSWIRE_BLESS=1 cargo test --test golden",
        mismatches.join("\n\n")
    );
}

#[test]
fn conversion_is_deterministic() {
    for fixture in fixtures() {
        let input = std::fs::read(&fixture).unwrap();
        for (format, _) in OUTPUTS {
            let first = convert(&input, None, format, Some(&fixture))
                .unwrap()
                .output;
            let second = convert(&input, None, format, Some(&fixture))
                .unwrap()
                .output;
            assert_eq!(first, second, "{} to {format}", fixture.display());
        }
    }
}

#[test]
#[cfg_attr(
    newswire_no_validators,
    ignore = "needs the validators (../shared/tools/setup-validators)"
)]
fn golden_files_validate_against_the_official_schemas() {
    let validate = support::validator();
    let dir = support::root().join("fixtures/golden");
    for (kind, extension) in [("newsml-g2", "xml"), ("jsonld", "jsonld"), ("atom", "atom")] {
        let files = support::files_with_extension(&dir, extension);
        assert!(!files.is_empty(), "no golden .{extension} files");
        let result = std::process::Command::new(&validate)
            .arg(kind)
            .args(&files)
            .output()
            .expect("run the validator");
        assert!(
            result.status.success(),
            "{kind} validation failed:\n{}{}",
            String::from_utf8_lossy(&result.stdout),
            String::from_utf8_lossy(&result.stderr)
        );
    }
}

/// The first differing line, for a readable failure.
fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e}\n  actual:   {a}", i + 1);
        }
    }
    format!(
        "lengths differ: expected {} lines, got {}",
        expected.lines().count(),
        actual.lines().count()
    )
}
