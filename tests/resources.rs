//! What reading and writing cost, measured on the command line (issue #15).
//!
//! F2: the peak resident memory of `newswire` over the worst shapes an input can take within the
//! default limits (many tiny blocks, inlines, elements and items, deep nesting, values shared
//! by many articles), each at the size where the limit that binds it is nearly reached, and
//! past it: a conversion either succeeds within eight times the input plus 64 MiB, or is refused
//! by a limit, as cheaply. Memory is the kernel's count (`/usr/bin/time`, else `VmHWM` polled).
//!
//! F4: instructions, counted by callgrind in the library's work (reading, writing, the loss
//! report), as an input of paragraphs in deep nesting doubles in paragraphs and in depth: at most
//! 2.2 times as many. Work proportional to paragraphs × depth would take four. Skipped, saying
//! so, without valgrind.
//!
//! Both measure the optimised build, as users run it (and a debug build takes minutes here):
//! `cargo test --release --test resources`, which CI runs; a debug `cargo test` lists them as
//! ignored with that command as the reason.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use newswire::formats::Limits;

const MIB: u64 = 1 << 20;

/// The resident set of the release binary itself before it reads anything (5.5 MB measured),
/// rounded up: part of the 64 MiB. Runs are judged by what they take above the binary's own
/// baseline, measured on a tiny input, so that a debug build's larger baseline does not count.
const OWN: u64 = 8 * MIB;

/// What a run of the command line may take above its baseline for an input of `bytes`.
fn allowed(bytes: u64) -> u64 {
    8 * bytes + 64 * MIB - OWN
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_newswire")
}

/// One run of the command line.
struct Run {
    /// Peak resident memory, bytes.
    peak: u64,
    success: bool,
    stderr: String,
}

/// Runs `newswire args`, reading its peak resident memory from `/usr/bin/time`, else from
/// `VmHWM` polled until it exits (which may miss the last moments: then a lower bound).
fn run(args: &[&str], dir: &Path) -> Run {
    let time = Path::new("/usr/bin/time");
    if time.exists() {
        let report = dir.join(format!("time-{}", unique()));
        let output = Command::new(time)
            .arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(&report)
            .arg(binary())
            .args(args)
            .stdout(Stdio::null())
            .output()
            .expect("run /usr/bin/time");
        let written = std::fs::read_to_string(&report).unwrap_or_default();
        let kib: u64 = written
            .lines()
            .last()
            .and_then(|line| line.trim().parse().ok())
            .unwrap_or_else(|| panic!("/usr/bin/time said {written:?}"));
        return Run {
            peak: kib * 1024,
            success: output.status.success(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        };
    }
    let mut child = Command::new(binary())
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newswire");
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    let status_code = loop {
        if let Ok(text) = std::fs::read_to_string(&status)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kib * 1024);
        }
        if let Some(code) = child.try_wait().expect("wait for newswire") {
            break code;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut stderr).ok();
    }
    Run {
        peak,
        success: status_code.success(),
        stderr,
    }
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// `head`, `unit` `count` times (joined by `sep`), `tail`.
fn repeat(head: &str, unit: &str, sep: &str, count: usize, tail: &str) -> String {
    let mut out = String::with_capacity(head.len() + (unit.len() + sep.len()) * count + tail.len());
    out.push_str(head);
    for i in 0..count {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(unit);
    }
    out.push_str(tail);
    out
}

/// 98% of a default limit: a shape that nearly reaches it, leaving room for what its wrapper
/// spends.
fn near(limit: usize, per_unit: usize) -> usize {
    limit / 100 * 98 / per_unit
}

/// 110% of a default limit: past it.
fn past(limit: usize, per_unit: usize) -> usize {
    limit / 100 * 110 / per_unit
}

const NITF: (&str, &str) = (
    "<nitf><head><title>t</title></head><body><body.content>",
    "</body.content></body></nitf>",
);
const G2: (&str, &str) = (
    "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:x:1' version='1'><itemMeta><itemClass qcode='ninat:text'/><provider literal='p'/><versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta><contentMeta><headline>h</headline></contentMeta><contentSet><inlineXML contenttype='application/xhtml+xml'><html xmlns='http://www.w3.org/1999/xhtml'><head><title>h</title></head><body>",
    "</body></html></inlineXML></contentSet></newsItem>",
);
const FEED: &str = "<feed xmlns='http://www.w3.org/2005/Atom'><id>f</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author>";
const ENTRY: &str = "<entry><id>e</id><title>t</title><updated>2024-01-01T00:00:00Z</updated>";
const RSS: (&str, &str) = (
    "<rss version='2.0'><channel><title>c</title><item><title>t</title><description><![CDATA[",
    "]]></description></item></channel></rss>",
);

/// An input shape: its file name, its text, and what it is converted to (`validate`: read
/// alone).
struct Shape {
    name: String,
    text: String,
    targets: &'static [&'static str],
}

fn shape(name: &str, text: String, targets: &'static [&'static str]) -> Shape {
    Shape {
        name: name.to_string(),
        text,
        targets,
    }
}

/// Writes each shape and runs its targets on it (two at a time); every run must succeed within
/// [`allowed`] above the baseline, or be refused by a limit within it (or, under `validate`, be
/// read to the end and judged invalid). Prints what each took.
fn within_bounds(shapes: &[Shape]) {
    let dir = tempfile::tempdir().unwrap();
    let tiny = dir.path().join("tiny.txt");
    std::fs::write(&tiny, "Headline\n\nText.\n").unwrap();
    let baseline = run(&["validate", tiny.to_str().unwrap()], dir.path()).peak;
    let mut jobs = Vec::new();
    for shape in shapes {
        let ext = shape.name.rsplit('.').next().unwrap_or("txt");
        let path = dir
            .path()
            .join(format!("{}-{}.{ext}", unique(), shape.name));
        std::fs::write(&path, &shape.text).unwrap();
        for target in shape.targets {
            jobs.push((
                shape.name.clone(),
                path.clone(),
                shape.text.len() as u64,
                *target,
            ));
        }
    }
    let failures: Vec<String> = std::thread::scope(|scope| {
        let halves: Vec<_> = jobs
            .chunks(jobs.len().div_ceil(2).max(1))
            .map(|half| {
                let dir = dir.path();
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for (name, path, bytes, target) in half {
                        let path = path.to_str().unwrap();
                        let args: Vec<&str> = if *target == "validate" {
                            vec!["validate", path]
                        } else {
                            vec!["convert", "--to", target, path]
                        };
                        let run = run(&args, dir);
                        let grown = run.peak.saturating_sub(baseline);
                        let limit = allowed(*bytes);
                        let refused = !run.success && run.stderr.contains("exceeds the limit on");
                        // Read to the end and judged (`validate`: parts its format requires
                        // are missing): the read completed.
                        let judged = !run.success
                            && *target == "validate"
                            && run.stderr.contains(": invalid: ");
                        eprintln!(
                            "{name} ({bytes} bytes) {target}: {} MiB above the baseline, {} allowed; {}",
                            grown / MIB,
                            limit / MIB,
                            if run.success {
                                "converted"
                            } else if judged {
                                "read, judged invalid"
                            } else if refused {
                                "refused by a limit"
                            } else {
                                "FAILED"
                            }
                        );
                        if grown > limit {
                            failures.push(format!(
                                "{name} {target}: {grown} bytes above the baseline, over {limit}"
                            ));
                        }
                        if !run.success && !refused && !judged {
                            failures.push(format!("{name} {target}: {}", run.stderr));
                        }
                    }
                    failures
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The targets the main shapes are converted to, and `validate` (reading alone).
const ALL: &[&str] = &["validate", "newsml-g2", "jsonld", "atom"];
/// Reading, and the XML writer that holds the most.
const TWO: &[&str] = &["validate", "newsml-g2"];
/// Reading alone.
const READ: &[&str] = &["validate"];

const L: Limits = Limits::DEFAULT;

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_many_tiny_blocks_stay_within_eight_times_the_input() {
    let n = near(L.blocks, 1);
    within_bounds(&[
        shape("p.nitf", repeat(NITF.0, "<p>a</p>", "", n, NITF.1), ALL),
        shape("a.txt", repeat("Headline\n\n", "a\n\n", "", n, ""), ALL),
        // As many paragraphs as the elements limit allows: the whole tree is built, the
        // blocks limit refuses it.
        shape(
            "p-elements.nitf",
            repeat(NITF.0, "<p>a</p>", "", near(L.elements, 1), NITF.1),
            READ,
        ),
        // The issue's: 8 MiB of each, refused.
        shape(
            "a-8mib.txt",
            repeat("Headline\n\n", "a\n\n", "", (8 << 20) / 3, ""),
            READ,
        ),
        shape(
            "p-8mib.nitf",
            repeat(NITF.0, "<p>a</p>", "", 1 << 20, NITF.1),
            READ,
        ),
        shape("p-g2.xml", repeat(G2.0, "<p>a</p>", "", n, G2.1), TWO),
        shape("html.rss", repeat(RSS.0, "<p>a</p>", "", n, RSS.1), TWO),
    ]);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_paragraphs_of_plain_text_inside_other_formats_stay_within_bounds() {
    let n = near(L.blocks, 1);
    let body = |count| {
        repeat(
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"h","articleBody":""#,
            "a\\n\\n",
            "",
            count,
            r#""}"#,
        )
    };
    within_bounds(&[
        shape("body.jsonld", body(n), TWO),
        // Wire copy: each line counts as an element.
        shape(
            "lines.7901",
            repeat(
                "\x01eca00075 3 i 510    dpa 1003\r\n\x02Headline =\r\n\r\n",
                "a\r\n",
                "",
                near(L.elements, 1),
                "\x03\x04",
            ),
            TWO,
        ),
        shape(
            "lines.anpa",
            repeat(
                "\x16\x16\x01a0001 r f BC-x   \r\n\x02",
                "a\r\n",
                "",
                near(L.elements, 1),
                "\x03\x04",
            ),
            TWO,
        ),
        shape(
            "lines-8mib.7901",
            repeat(
                "\x01eca00075 3 i 510    dpa 1003\r\n\x02Headline =\r\n\r\n",
                "a\r\n",
                "",
                (8 << 20) / 3,
                "\x03\x04",
            ),
            READ,
        ),
        shape("body-8mib.jsonld", body((8 << 20) / 5), READ),
        shape(
            "text.atom",
            repeat(
                &format!("{FEED}{ENTRY}<content type='text'>"),
                "a\n\n",
                "",
                n,
                "</content></entry></feed>",
            ),
            TWO,
        ),
        shape(
            "text.7901",
            repeat(
                "\x01eca00075 3 i 510    dpa 1003\r\n\x02",
                "a\r\n\r\n",
                "",
                n,
                "\x03\x04",
            ),
            TWO,
        ),
    ]);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_many_tiny_inlines_stay_within_bounds() {
    let p = |unit: &str, count| {
        repeat(
            &format!("{}<p>", NITF.0),
            unit,
            "",
            count,
            &format!("</p>{}", NITF.1),
        )
    };
    within_bounds(&[
        shape("breaks.nitf", p("a<br/>", near(L.inlines, 2)), ALL),
        shape("bold.nitf", p("<b>a</b>", near(L.inlines, 2)), TWO),
        shape(
            "inlines.json",
            repeat(
                r#"[{"headline":"h","body":[{"type":"paragraph","content":["#,
                r#""a",{"type":"line_break"}"#,
                ",",
                near(L.elements, 3),
                "]}]}]",
            ),
            TWO,
        ),
    ]);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_many_tiny_elements_and_values_stay_within_bounds() {
    within_bounds(&[
        shape(
            "elements.atom",
            repeat(
                &format!("{FEED}{ENTRY}"),
                "<x/>",
                "",
                near(L.elements, 1),
                "</entry></feed>",
            ),
            READ,
        ),
        shape(
            "keywords.json",
            repeat(
                r#"[{"headline":"h","keywords":["#,
                r#""a""#,
                ",",
                near(L.elements, 1),
                "]}]",
            ),
            &["validate", "atom"],
        ),
        // Objects held as JSON values weigh eight (and their number one), also where counting
        // them one each would let them through.
        shape(
            "values-past.json",
            repeat(
                r#"[{"headline":"h","extensions":{"x":["#,
                r#"{"a":1}"#,
                ",",
                near(L.elements, 2),
                "]}}]",
            ),
            READ,
        ),
        shape(
            "values.json",
            repeat(
                r#"[{"headline":"h","extensions":{"x":["#,
                r#"{"a":1}"#,
                ",",
                near(L.elements, 9),
                "]}}]",
            ),
            READ,
        ),
        shape(
            "objects.jsonld",
            repeat(
                r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"h","keywords":["#,
                r#"{"a":1}"#,
                ",",
                near(L.elements, 9),
                "]}",
            ),
            READ,
        ),
        // Sloppy HTML takes html5ever, whose elements weigh six: near the limit, and where
        // counting them one each would let it through.
        shape(
            "sloppy.rss",
            repeat(RSS.0, "<p>a", "", near(L.elements, 6), RSS.1),
            TWO,
        ),
        shape(
            "sloppy-past.rss",
            repeat(RSS.0, "<p>a", "", near(L.elements, 1), RSS.1),
            READ,
        ),
        // Each paragraph reopens the 200 formatting elements still open.
        shape(
            "reopened.rss",
            repeat(
                &format!(
                    "{}<p>{}x",
                    RSS.0,
                    (0..200).map(|i| format!("<b id={i}>")).collect::<String>()
                ),
                "<p>a",
                "",
                past(L.elements, 6 * 201),
                RSS.1,
            ),
            READ,
        ),
    ]);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_many_items_are_counted_as_they_are_found() {
    let items = L.articles;
    let rss = |count| {
        repeat(
            "<rss version='2.0'><channel><title>c</title>",
            "<item><title>x</title></item>",
            "",
            count,
            "</channel></rss>",
        )
    };
    within_bounds(&[
        shape("items.rss", rss(items - 1), TWO),
        shape(
            "entries.atom",
            repeat(FEED, "<entry/>", "", items - 1, "</feed>"),
            READ,
        ),
        shape(
            "articles.json",
            repeat("[", "{}", ",", items - 1, "]"),
            READ,
        ),
        // Twenty times the articles, within the elements limit: refused before they are read.
        shape(
            "empty-items.rss",
            repeat(
                "<rss version='2.0'><channel><title>c</title>",
                "<item/>",
                "",
                20 * items,
                "</channel></rss>",
            ),
            READ,
        ),
        // The issue's case: 32 MB of a million items, refused before they are read.
        shape("million.rss", rss(1_000_000), READ),
        shape(
            "messages.7901",
            repeat("", "\x01a\x03\x04", "", 2_000_000, ""),
            READ,
        ),
    ]);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_deep_nesting_repeated_stays_within_bounds() {
    // Quotes as deep as the depth limit lets them, a few paragraphs in each, repeated up to
    // the blocks limit (the levels are blocks too), and past it.
    let g2 = |count| {
        let unit = format!(
            "{}{}{}",
            "<blockquote>".repeat(240),
            "<p>a</p>".repeat(8),
            "</blockquote>".repeat(240)
        );
        repeat(G2.0, &unit, "", count, G2.1)
    };
    let nitf = |count| {
        let unit = format!(
            "{}{}{}",
            "<bq><block>".repeat(120),
            "<p>a</p>".repeat(8),
            "</block></bq>".repeat(120)
        );
        repeat(NITF.0, &unit, "", count, NITF.1)
    };
    within_bounds(&[
        shape("deep-g2.xml", g2(near(L.blocks, 248)), TWO),
        shape("deep.nitf", nitf(near(L.blocks, 128)), TWO),
        shape("past-g2.xml", g2(past(L.blocks, 248)), READ),
        // newswire's JSON keeps the nesting it reads, and writes it back.
        shape(
            "deep.json",
            json_nested(58, near(L.elements, 11)),
            &["validate", "json"],
        ),
    ]);
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f2_values_shared_by_many_articles_are_not_multiplied() {
    let big = "x".repeat(200_000);
    let entries: String = (0..1_000)
        .map(|i| {
            format!(
                "<entry><id>e{i}</id><title>t</title><updated>2024-01-01T00:00:00Z</updated></entry>"
            )
        })
        .collect();
    let items: String = (0..1_000)
        .map(|i| format!("<item><title>t{i}</title></item>"))
        .collect();
    let refs = vec![r#"{"@id":"p"}"#; 2_000].join(",");
    within_bounds(&[
        shape(
            "author.atom",
            format!("{FEED}<author><name>{big}</name></author>{entries}</feed>"),
            READ,
        ),
        shape(
            "copyright.rss",
            format!(
                "<rss version='2.0'><channel><title>c</title><copyright>{big}</copyright>{items}</channel></rss>"
            ),
            READ,
        ),
        shape(
            "references.jsonld",
            format!(
                r#"{{"@context":"https://schema.org","@graph":[{{"@id":"p","@type":"Person","name":"{big}"}},{{"@type":"NewsArticle","headline":"h","author":[{refs}]}}]}}"#
            ),
            READ,
        ),
    ]);
}

/// Whether valgrind runs here; says so when it does not.
fn valgrind() -> bool {
    let found = Command::new("valgrind")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        eprintln!("SKIPPED: valgrind is not installed; instruction counts cannot be taken");
    }
    found
}

/// The instructions callgrind counts inside the library's work for `newswire args`: reading
/// (`read_with`), writing (`write_with`) and the loss report (`losses_of_all`), not the start
/// of the program nor its output. The counts repeat exactly from run to run.
fn instructions(args: &[&str]) -> u64 {
    let output = Command::new("valgrind")
        .args([
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            // Exact names: a pattern would match the closures inside too, and each match
            // toggles collection.
            "--toggle-collect=newswire::formats::read_with",
            "--toggle-collect=newswire::formats::write_with",
            "--toggle-collect=newswire::formats::fidelity::losses_of_all",
            binary(),
        ])
        .args(args)
        .stdout(Stdio::null())
        .output()
        .expect("run valgrind");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "newswire {args:?}: {stderr}");
    stderr
        .lines()
        .find_map(|line| line.split("Collected :").nth(1))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no count from callgrind: {stderr}"))
}

/// An input and the same input doubled (twice the paragraphs, in twice the depth), read (and
/// written to `targets`, else only read): each run of the doubled one may take at most 2.2 times
/// the instructions of the first. Runs two at a time.
fn linear(name: &str, input: &dyn Fn(usize) -> String, targets: &[&str]) {
    if !valgrind() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ext = name.rsplit('.').next().unwrap_or("txt");
    let paths: Vec<PathBuf> = [1, 2]
        .iter()
        .map(|&scale| {
            let path = dir.path().join(format!("{scale}.{ext}"));
            std::fs::write(&path, input(scale)).unwrap();
            path
        })
        .collect();
    let runs: Vec<Vec<String>> = if targets.is_empty() {
        vec![vec!["validate".to_string()]]
    } else {
        targets
            .iter()
            .map(|t| vec!["convert".to_string(), "--to".to_string(), t.to_string()])
            .collect()
    };
    let failures: Vec<String> = std::thread::scope(|scope| {
        let halves: Vec<_> = runs
            .chunks(runs.len().div_ceil(2))
            .map(|half| {
                let paths = &paths;
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for args in half {
                        let count = |path: &PathBuf| {
                            let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
                            all.push(path.to_str().unwrap());
                            instructions(&all)
                        };
                        let (once, twice) = (count(&paths[0]), count(&paths[1]));
                        let ratio = twice as f64 / once as f64;
                        eprintln!(
                            "{name} {}: {once} then {twice} instructions, {ratio:.2}x",
                            args.join(" ")
                        );
                        if ratio > 2.2 {
                            failures.push(format!("{name} {}: {ratio:.2}x", args.join(" ")));
                        }
                    }
                    failures
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(failures.is_empty(), "{failures:?}");
}

/// Paragraphs per unit of scale, in the F4 inputs.
const PARAGRAPHS: usize = 1_000;

/// `depth` nestings of `open`/`close` around `inner`.
fn nested(open: &str, close: &str, depth: usize, inner: &str) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f4_xml_readers_are_linear_in_paragraphs_and_depth() {
    // 250 nested quotes (the depth limit, with the wrappers) around paragraphs in XHTML;
    // wrappers that keep only their text (`span`, as `font`) and marks around runs.
    linear(
        "quotes-g2.xml",
        &|s| {
            let body = nested(
                "<blockquote>",
                "</blockquote>",
                120 * s,
                &"<p>a</p>".repeat(PARAGRAPHS * s),
            );
            format!("{}{body}{}", G2.0, G2.1)
        },
        &[],
    );
    linear(
        "spans.atom",
        &|s| {
            let inner = nested(
                "<span>",
                "</span>",
                120 * s,
                &"a<br/>".repeat(PARAGRAPHS * s),
            );
            format!(
                "{FEED}{ENTRY}<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>{inner}</p></div></content></entry></feed>"
            )
        },
        &[],
    );
    linear(
        "marks.nitf",
        &|s| {
            let inner = nested("<em>", "</em>", 120 * s, &"a<br/>".repeat(PARAGRAPHS * s));
            format!("{}<p>{inner}</p>{}", NITF.0, NITF.1)
        },
        &[],
    );
    // NewsML 1.2 stories under wrapper components, which are searched through at any depth: a
    // story is found, and moved, once however many wrappers are around it.
    linear(
        "wrapped-stories.xml",
        &|s| {
            let stories: String = (0..PARAGRAPHS * s)
                .map(|i| {
                    format!(
                        "<NewsComponent><NewsLines><HeadLine>H{i}</HeadLine></NewsLines><ContentItem><DataContent>a</DataContent></ContentItem></NewsComponent>"
                    )
                })
                .collect();
            let tree = nested("<NewsComponent>", "</NewsComponent>", 100 * s, &stories);
            format!(
                "<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification><NewsManagement><NewsItemType FormalName='News'/><FirstCreated>20240101T000000Z</FirstCreated><ThisRevisionCreated>20240101T000000Z</ThisRevisionCreated><Status FormalName='Usable'/></NewsManagement>{tree}</NewsItem></NewsML>"
            )
        },
        &[],
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f4_html_and_json_readers_are_linear_in_paragraphs_and_depth() {
    // HTML that takes html5ever (nested deeper than the fast path reads): quotes, and the
    // issue's `font` wrappers.
    for (name, open, close) in [
        ("quotes.rss", "<blockquote>", "</blockquote>"),
        ("fonts.rss", "<font>", "</font>"),
    ] {
        linear(
            name,
            &|s| {
                let html = nested(open, close, 120 * s, &"<p>a</p>".repeat(PARAGRAPHS * s));
                format!("{}{html}{}", RSS.0, RSS.1)
            },
            &[],
        );
    }
    // newswire's JSON: blocks in quotes, runs in marks, as deep as JSON nests.
    linear("quotes.json", &|s| json_nested(29 * s, PARAGRAPHS * s), &[]);
}

/// newswire JSON: a paragraph of a run and a break `paragraphs` times inside `depth` nested
/// strong marks, `depth` nested quotes around `paragraphs` paragraphs, and `paragraphs`
/// paragraphs more. Each level is an object and an array: 58 levels and the document's 5 stay
/// within serde_json's 128. Eleven values a unit of `paragraphs`. A title and a dated dateline,
/// which many formats keep only in part, so that the loss report projects the article.
fn json_nested(depth: usize, paragraphs: usize) -> String {
    let marks = nested(
        r#"{"type":"strong","content":["#,
        "]}",
        depth,
        &vec![r#""a",{"type":"line_break"}"#; paragraphs].join(","),
    );
    let quotes = nested(
        r#"{"type":"blockquote","blocks":["#,
        "]}",
        depth,
        &vec![r#"{"type":"paragraph","content":["a"]}"#; paragraphs].join(","),
    );
    let flat = vec![r#"{"type":"paragraph","content":["a"]}"#; paragraphs].join(",");
    format!(
        r#"[{{"headline":"h","title":"t","dateline":{{"text":"ROMA (ANSA) -","date":{{"month":1,"day":2}}}},"body":[{{"type":"paragraph","content":[{marks}]}},{quotes},{flat}]}}]"#
    )
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f4_markup_writers_are_linear_in_paragraphs_and_depth() {
    linear(
        "nested.json",
        &|s| json_nested(29 * s, PARAGRAPHS * s),
        &["newsml-g2", "atom", "nitf", "ninjs"],
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "measures the optimised build: cargo test --release --test resources"
)]
fn f4_json_and_text_writers_are_linear_in_paragraphs_and_depth() {
    linear(
        "nested.json",
        &|s| json_nested(29 * s, PARAGRAPHS * s),
        &["jsonld", "json", "text", "iptc7901", "anpa1312"],
    );
}
