//! Golden files: every project fixture converted to each output format must equal the committed
//! file under `fixtures/golden/`, byte for byte. They are the safety net of any refactor: a
//! reader's or a writer's output changes only when its golden files are re-blessed on purpose.
//!
//! - **Every reader**: the fixtures of each readable format (`fixtures/FORMAT/`) give their
//!   `json` form (what the reader read) and the NewsML-G2, JSON-LD and Atom documents
//!   publishing systems take, in `fixtures/golden/FORMAT/STEM.EXT` (the plain-text stories of
//!   `fixtures/text/` in `fixtures/golden/` itself). The formats that carry times are read from
//!   fixtures with times with offsets, in UTC and naive, so that the golden files check how
//!   times are mapped, not only the placeholder an undated story gets.
//! - **Every writer**: the model documents of `fixtures/json/` (newswire's own form, every field
//!   of the model) give every output format, ninjs in its default and its 2.x form, in
//!   `fixtures/golden/json/STEM.SUFFIX`; a format that holds one article gets one file per
//!   article (`STEM-N.SUFFIX`), as the command line writes it.
//!
//! After a deliberate change of output, re-bless with `NEWSWIRE_BLESS=1 cargo test --test golden`
//! (only `1` blesses, never under `CI`: `support::bless`) and review the diff before committing.

pub mod support;

use std::path::{Path, PathBuf};

use newswire::Format;
use newswire::formats::{NinjsVersion, ReadOptions, WriteOptions, read_with, write_with};

/// One output a golden file holds: the format, the ninjs version it is written in, and the
/// golden file's suffix.
#[derive(Clone, Copy)]
struct Output {
    format: Format,
    ninjs: NinjsVersion,
    suffix: &'static str,
}

const fn output(format: Format, suffix: &'static str) -> Output {
    Output {
        format,
        ninjs: NinjsVersion::V3_1,
        suffix,
    }
}

/// What the fixtures of a readable format are converted to: what the reader read (`json`) and
/// the outputs publishing systems take.
const READER_OUTPUTS: &[Output] = &[
    output(Format::Json, "json"),
    output(Format::NewsmlG2, "xml"),
    output(Format::JsonLd, "jsonld"),
    output(Format::Atom, "atom"),
];

/// What the model documents of `fixtures/json/` are written as: every writer
/// (`every_writer_has_golden_files` checks none is missing).
const WRITER_OUTPUTS: &[Output] = &[
    output(Format::Json, "json"),
    output(Format::NewsmlG2, "xml"),
    output(Format::JsonLd, "jsonld"),
    output(Format::Atom, "atom"),
    output(Format::Nitf, "nitf"),
    output(Format::Ninjs, "ninjs.json"),
    Output {
        format: Format::Ninjs,
        ninjs: NinjsVersion::V2_1,
        suffix: "ninjs-2.1.json",
    },
    output(Format::Text, "txt"),
    output(Format::Iptc7901, "iptc"),
    output(Format::Anpa1312, "anpa"),
    output(Format::Rss, "rss"),
    output(Format::NewsSitemap, "sitemap.xml"),
    output(Format::Html, "html"),
    output(Format::Wxr, "wxr"),
];

/// The fixture folders, the format their files are read as, the folder of their golden files
/// under `fixtures/golden` (`""`: that folder itself) and what they are converted to
/// (`every_reader_has_golden_files` checks no readable format is missing).
const INPUTS: [(&str, Format, &str, &[Output]); 20] = [
    ("text", Format::Text, "", READER_OUTPUTS),
    ("json", Format::Json, "json", WRITER_OUTPUTS),
    ("newsml_g2", Format::NewsmlG2, "newsml_g2", READER_OUTPUTS),
    ("jsonld", Format::JsonLd, "jsonld", READER_OUTPUTS),
    ("atom", Format::Atom, "atom", READER_OUTPUTS),
    ("nitf", Format::Nitf, "nitf", READER_OUTPUTS),
    ("newsml12", Format::Newsml12, "newsml12", READER_OUTPUTS),
    ("ap_media", Format::ApMedia, "ap_media", READER_OUTPUTS),
    (
        "reuters_api",
        Format::ReutersApi,
        "reuters_api",
        READER_OUTPUTS,
    ),
    ("superdesk", Format::Superdesk, "superdesk", READER_OUTPUTS),
    ("ninjs", Format::Ninjs, "ninjs", READER_OUTPUTS),
    ("rss", Format::Rss, "rss", READER_OUTPUTS),
    ("wxr", Format::Wxr, "wxr", READER_OUTPUTS),
    ("iptc7901", Format::Iptc7901, "iptc7901", READER_OUTPUTS),
    ("anpa1312", Format::Anpa1312, "anpa1312", READER_OUTPUTS),
    ("zczc", Format::Zczc, "zczc", READER_OUTPUTS),
    ("email", Format::Email, "email", READER_OUTPUTS),
    ("ritzau", Format::Ritzau, "ritzau", READER_OUTPUTS),
    ("solita", Format::Solita, "solita", READER_OUTPUTS),
    ("photo", Format::Photo, "photo", READER_OUTPUTS),
];

/// One fixture: its path, the format it is read as, its golden folder and its outputs.
struct Case {
    fixture: PathBuf,
    format: Format,
    golden_dir: PathBuf,
    outputs: &'static [Output],
}

impl Case {
    /// The golden files of one output and what each must hold: one file, or one per article
    /// when the format holds one article and the fixture has several.
    fn goldens(&self, output: Output) -> Vec<(PathBuf, Vec<u8>)> {
        let stem = self
            .fixture
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let input = std::fs::read(&self.fixture).unwrap();
        // The file's name, as the command line gives it (a photo's rendition links to it;
        // other formats do not use it).
        let mut read_options = ReadOptions::default();
        read_options.source_name = self
            .fixture
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        let articles = read_with(&input, self.format, &read_options)
            .unwrap_or_else(|e| panic!("{}: {e}", self.fixture.display()));
        let mut options = WriteOptions::default();
        options.ninjs_version = output.ninjs;
        let write = |articles: &[newswire::model::Article]| {
            write_with(articles, output.format, &options)
                .unwrap_or_else(|e| panic!("{} to {}: {e}", self.fixture.display(), output.suffix))
        };
        let suffix = output.suffix;
        if articles.len() > 1 && !output.format.holds_several() {
            return articles
                .iter()
                .enumerate()
                .map(|(i, article)| {
                    let name = format!("{stem}-{}.{suffix}", i + 1);
                    (
                        self.golden_dir.join(name),
                        write(std::slice::from_ref(article)),
                    )
                })
                .collect();
        }
        vec![(
            self.golden_dir.join(format!("{stem}.{suffix}")),
            write(&articles),
        )]
    }

    /// Every golden file of the fixture with what it must hold.
    fn all_goldens(&self) -> Vec<(PathBuf, Vec<u8>)> {
        self.outputs
            .iter()
            .flat_map(|&output| self.goldens(output))
            .collect()
    }
}

fn cases() -> Vec<Case> {
    let fixtures = support::root().join("fixtures");
    let mut cases = Vec::new();
    for (dir, format, golden, outputs) in INPUTS {
        let files = files(&fixtures.join(dir));
        assert!(!files.is_empty(), "no fixtures in fixtures/{dir}");
        cases.extend(files.into_iter().map(|fixture| Case {
            fixture,
            format,
            golden_dir: fixtures.join("golden").join(golden),
            outputs,
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
        for (golden, output) in case.all_goldens() {
            if bless {
                std::fs::create_dir_all(&case.golden_dir).unwrap();
                std::fs::write(&golden, &output).unwrap();
                continue;
            }
            match std::fs::read(&golden) {
                Ok(expected) if expected == output => {}
                Ok(expected) => mismatches.push(format!(
                    "{} differs from {}:\n{}",
                    case.fixture.display(),
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

/// Every readable format has fixtures whose reading is checked by golden files.
#[test]
fn every_reader_has_golden_files() {
    let read: Vec<Format> = INPUTS.iter().map(|(_, format, _, _)| *format).collect();
    let missing: Vec<Format> = Format::ALL
        .into_iter()
        .filter(|f| f.can_read() && !read.contains(f))
        .collect();
    assert!(
        missing.is_empty(),
        "readers without golden files: {missing:?}"
    );
}

/// Every writer is checked by golden files of the model documents.
#[test]
fn every_writer_has_golden_files() {
    let written: Vec<Format> = WRITER_OUTPUTS.iter().map(|o| o.format).collect();
    let missing: Vec<Format> = Format::ALL
        .into_iter()
        .filter(|f| f.can_write() && !written.contains(f))
        .collect();
    assert!(
        missing.is_empty(),
        "writers without golden files: {missing:?}"
    );
}

#[test]
fn every_golden_file_has_its_fixture() {
    let expected: Vec<PathBuf> = cases()
        .iter()
        .flat_map(|case| case.all_goldens().into_iter().map(|(path, _)| path))
        .collect();
    let mut found = Vec::new();
    for (_, _, golden, _) in INPUTS {
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
    // NITF date.issue `2024-03-11 09:30` has no offset: G2, newswire JSON and JSON-LD keep the
    // wall time as it is; Atom requires an offset, invents none, and writes the placeholder
    // (docs/formats.md).
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
        &["<updated>1970-01-01T00:00:00Z</updated>"],
    );
    holds(
        "nitf/de-regional-3.2-latin1.jsonld",
        &["\"datePublished\": \"2024-03-11T09:30:00\""],
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
        assert_eq!(
            case.all_goldens(),
            case.all_goldens(),
            "{}",
            case.fixture.display()
        );
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
    // The validator's kind, the golden files' suffix, and how many there are at least.
    let kinds = [
        ("newsml-g2", ".xml", 40),
        ("jsonld", ".jsonld", 40),
        ("atom", ".atom", 40),
        ("nitf", ".nitf", 4),
        ("ninjs-3.1", ".ninjs.json", 4),
        ("ninjs-2.1", ".ninjs-2.1.json", 4),
    ];
    for (kind, suffix, at_least) in kinds {
        // Another output whose suffix ends with this one (`.sitemap.xml`, G2's `.xml`) keeps
        // its files: they are not of this kind.
        let longer: Vec<String> = WRITER_OUTPUTS
            .iter()
            .map(|o| format!(".{}", o.suffix))
            .filter(|other| other.len() > suffix.len() && other.ends_with(suffix))
            .collect();
        let mut found = Vec::new();
        for (_, _, dir, _) in INPUTS {
            found.extend(files(&golden.join(dir)).into_iter().filter(|f| {
                f.file_name().is_some_and(|name| {
                    let name = name.to_string_lossy();
                    name.ends_with(suffix) && !longer.iter().any(|other| name.ends_with(other))
                })
            }));
        }
        found.sort();
        found.dedup();
        assert!(
            found.len() >= at_least,
            "only {} golden {suffix} files",
            found.len()
        );
        let result = std::process::Command::new(&validate)
            .arg(kind)
            .args(&found)
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

/// Each format module's own entry points (`nitf::read`, `nitf::read_with`, `nitf::write`, ...)
/// are the registry's for that format: a caller who names the module gets what
/// `newswire::read`/`write` give. `read_with` is given a language, which the fixture's articles
/// that declare none take, and then a limit the fixture exceeds, so that options it dropped
/// would show.
#[test]
fn each_format_module_reads_and_writes_as_the_registry_does() {
    use newswire::formats::{
        anpa1312, ap_media, atom, email, iptc7901, json, jsonld, newsml_g2, newsml12, ninjs, nitf,
        photo, reuters_api, ritzau, rss, solita, superdesk, text, wxr, zczc,
    };
    type Read = fn(&[u8]) -> Result<Vec<newswire::model::Article>, newswire::Error>;
    type ReadWith =
        fn(&[u8], &ReadOptions) -> Result<Vec<newswire::model::Article>, newswire::Error>;
    let readers: [(Format, Read, ReadWith); 20] = [
        (Format::Text, text::read, text::read_with),
        (Format::Json, json::read, json::read_with),
        (Format::NewsmlG2, newsml_g2::read, newsml_g2::read_with),
        (Format::JsonLd, jsonld::read, jsonld::read_with),
        (Format::Atom, atom::read, atom::read_with),
        (Format::Nitf, nitf::read, nitf::read_with),
        (Format::Newsml12, newsml12::read, newsml12::read_with),
        (Format::ApMedia, ap_media::read, ap_media::read_with),
        (
            Format::ReutersApi,
            reuters_api::read,
            reuters_api::read_with,
        ),
        (Format::Superdesk, superdesk::read, superdesk::read_with),
        (Format::Ninjs, ninjs::read, ninjs::read_with),
        (Format::Rss, rss::read, rss::read_with),
        (Format::Wxr, wxr::read, wxr::read_with),
        (Format::Iptc7901, iptc7901::read, iptc7901::read_with),
        (Format::Anpa1312, anpa1312::read, anpa1312::read_with),
        (Format::Zczc, zczc::read, zczc::read_with),
        (Format::Email, email::read, email::read_with),
        (Format::Ritzau, ritzau::read, ritzau::read_with),
        (Format::Solita, solita::read, solita::read_with),
        (Format::Photo, photo::read, photo::read_with),
    ];
    let mut options = ReadOptions::default();
    options.language = Some("sv".into());
    for (format, read, read_with_options) in readers {
        for case in cases().iter().filter(|c| c.format == format) {
            let input = std::fs::read(&case.fixture).unwrap();
            let name = case.fixture.display();
            let expected = newswire::read(&input, format).unwrap();
            assert!(!expected.is_empty(), "{name}");
            assert_eq!(read(&input).unwrap(), expected, "{name}: {format}::read");
            assert_eq!(
                read_with_options(&input, &options).unwrap(),
                read_with(&input, format, &options).unwrap(),
                "{name}: {format}::read_with"
            );
            let mut small = ReadOptions::default();
            small.limits.input_bytes = 8;
            assert!(
                matches!(
                    read_with_options(&input, &small),
                    Err(newswire::Error::LimitExceeded { .. })
                ),
                "{name}: {format}::read_with keeps its limits"
            );
        }
    }
    type Write = fn(&[newswire::model::Article]) -> Result<Vec<u8>, newswire::Error>;
    let writers: [(Format, Write); 11] = [
        (Format::Json, json::write),
        (Format::NewsmlG2, newsml_g2::write),
        (Format::JsonLd, jsonld::write),
        (Format::Atom, atom::write),
        (Format::Nitf, nitf::write),
        (Format::Ninjs, ninjs::write),
        (Format::Text, text::write),
        (Format::Iptc7901, iptc7901::write),
        (Format::Anpa1312, anpa1312::write),
        (Format::Rss, rss::write),
        (Format::Wxr, wxr::write),
    ];
    let model = std::fs::read(support::root().join("fixtures/json/en-every-field.json")).unwrap();
    let articles = newswire::read(&model, Format::Json).unwrap();
    let one = articles.get(..1).unwrap();
    for (format, write) in writers {
        assert_eq!(
            write(one).unwrap(),
            newswire::write(one, format).unwrap(),
            "{format}::write"
        );
    }
}
