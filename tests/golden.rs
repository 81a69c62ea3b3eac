//! Golden files: every project fixture converted to each output format must equal the committed
//! file under `fixtures/golden/`. The plain-text stories of `fixtures/text/` give
//! `fixtures/golden/STEM.EXT`; the fixtures of the formats that carry times (NITF, NewsML 1.2,
//! ninjs, RSS, IPTC 7901, ANPA-1312: times with offsets, in UTC and naive ones) give
//! `fixtures/golden/FORMAT/STEM.EXT`, so that the golden files check how times are mapped, not
//! only the placeholder an undated story gets.
//!
//! After a deliberate change of output, re-bless with `NEWSWIRE_BLESS=1 cargo test --test golden`
//! (only `1` blesses, never under `CI`: `support::bless`) and review the diff before committing.

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

/// The fixture folders, the format their files are read as, and the folder of their golden
/// files under `fixtures/golden` (`""`: that folder itself).
const INPUTS: [(&str, Format, &str); 7] = [
    ("text", Format::Text, ""),
    ("nitf", Format::Nitf, "nitf"),
    ("newsml12", Format::Newsml12, "newsml12"),
    ("ninjs", Format::Ninjs, "ninjs"),
    ("rss", Format::Rss, "rss"),
    ("iptc7901", Format::Iptc7901, "iptc7901"),
    ("anpa1312", Format::Anpa1312, "anpa1312"),
];

/// One fixture: its path, the format it is read as, and its golden folder.
struct Case {
    fixture: PathBuf,
    format: Format,
    golden_dir: PathBuf,
}

impl Case {
    fn golden(&self, extension: &str) -> PathBuf {
        let stem = self
            .fixture
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.golden_dir.join(format!("{stem}.{extension}"))
    }
}

fn cases() -> Vec<Case> {
    let fixtures = support::root().join("fixtures");
    let mut cases = Vec::new();
    for (dir, format, golden) in INPUTS {
        let files = files(&fixtures.join(dir));
        assert!(!files.is_empty(), "no fixtures in fixtures/{dir}");
        cases.extend(files.into_iter().map(|fixture| Case {
            fixture,
            format,
            golden_dir: fixtures.join("golden").join(golden),
        }));
    }
    cases
}

/// The files of a folder, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
fn outputs_match_golden_files() {
    let bless = support::bless();
    let mut mismatches = Vec::new();
    for case in cases() {
        let fixture = &case.fixture;
        let input = std::fs::read(fixture).unwrap();
        for (format, extension) in OUTPUTS {
            let output = convert(&input, Some(case.format), format, Some(fixture))
                .unwrap_or_else(|e| panic!("{}: {e}", fixture.display()))
                .output;
            let golden = case.golden(extension);
            if bless {
                std::fs::create_dir_all(&case.golden_dir).unwrap();
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

/// Every golden file belongs to a fixture: a golden file left behind by a renamed or removed
/// fixture would otherwise be checked by nothing.
#[test]
fn every_golden_file_has_its_fixture() {
    let expected: Vec<PathBuf> = cases()
        .iter()
        .flat_map(|case| OUTPUTS.map(|(_, extension)| case.golden(extension)))
        .collect();
    let mut found = Vec::new();
    for (_, _, golden) in INPUTS {
        found.extend(files(&support::root().join("fixtures/golden").join(golden)));
    }
    let orphans: Vec<&PathBuf> = found.iter().filter(|f| !expected.contains(f)).collect();
    assert!(
        orphans.is_empty(),
        "golden files of no fixture: {orphans:#?}"
    );
}

/// The golden files hold real times, with an offset and without, not only the placeholder of
/// undated stories. The expected values are read off the fixtures by hand.
#[test]
fn golden_files_map_real_times() {
    let golden = support::root().join("fixtures/golden");
    let read = |path: &str| std::fs::read_to_string(golden.join(path)).unwrap();
    let holds = |path: &str, expected: &[&str]| {
        let text = read(path);
        for line in expected {
            assert!(text.contains(line), "{path} lacks {line}:\n{text}");
        }
    };
    // NITF: revision-history by the writer 12:05 (created), by the editor 14:00 (modified),
    // date.issue 14:15 (published), date.release 18:00 (embargo), all at -04:00.
    holds(
        "nitf/en-wire-namespaced-3.6.xml",
        &[
            "<versionCreated>2024-03-11T14:00:00-04:00</versionCreated>",
            "<firstCreated>2024-03-11T12:05:00-04:00</firstCreated>",
            "<embargoed>2024-03-11T18:00:00-04:00</embargoed>",
        ],
    );
    holds(
        "nitf/en-wire-namespaced-3.6.atom",
        &[
            "<updated>2024-03-11T14:00:00-04:00</updated>",
            "<published>2024-03-11T14:15:00-04:00</published>",
        ],
    );
    // NITF date.issue `2024-03-11 09:30` has no offset: G2 and newswire JSON keep the wall
    // time as it is; Atom and JSON-LD require an offset and take it as UTC (README).
    holds(
        "nitf/de-regional-3.2-latin1.xml",
        &["<versionCreated>2024-03-11T09:30:00</versionCreated>"],
    );
    holds(
        "nitf/de-regional-3.2-latin1.json",
        &["\"published\": \"2024-03-11T09:30:00\""],
    );
    holds(
        "nitf/de-regional-3.2-latin1.atom",
        &["<updated>2024-03-11T09:30:00Z</updated>"],
    );
    holds(
        "nitf/de-regional-3.2-latin1.jsonld",
        &["\"datePublished\": \"2024-03-11T09:30:00Z\""],
    );
    // NewsML 1.2: FirstCreated and ThisRevisionCreated at +0100, the second item's embargo
    // (StatusWillChange at 12:00).
    holds(
        "newsml12/fr-two-items-nitf.xml",
        &[
            "<versionCreated>2024-03-11T10:10:00+01:00</versionCreated>",
            "<firstCreated>2024-03-11T10:00:00+01:00</firstCreated>",
            "<embargoed>2024-03-11T12:00:00+01:00</embargoed>",
        ],
    );
    // RSS: `Wed, 27 May 2020 06:30:00 +0200`; the item dated `sometime on Wednesday` gets
    // the placeholder, as an undated story does.
    holds(
        "rss/en-newsroom-feed.atom",
        &[
            "<published>2020-05-27T06:30:00+02:00</published>",
            "<updated>1970-01-01T00:00:00Z</updated>",
        ],
    );
}

#[test]
fn conversion_is_deterministic() {
    for case in cases() {
        let fixture = &case.fixture;
        let input = std::fs::read(fixture).unwrap();
        for (format, _) in OUTPUTS {
            let first = convert(&input, Some(case.format), format, Some(fixture))
                .unwrap()
                .output;
            let second = convert(&input, Some(case.format), format, Some(fixture))
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
    let golden = support::root().join("fixtures/golden");
    for (kind, extension) in [("newsml-g2", "xml"), ("jsonld", "jsonld"), ("atom", "atom")] {
        let mut files = Vec::new();
        for (_, _, dir) in INPUTS {
            files.extend(support::files_with_extension(&golden.join(dir), extension));
        }
        assert!(
            files.len() >= 40,
            "only {} golden .{extension} files",
            files.len()
        );
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
