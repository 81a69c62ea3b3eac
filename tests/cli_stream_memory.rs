//! A multi-article input converts with bounded memory: `newswire inspect` on a G2
//! `newsMessage` of 100,000 items (about 70 MB, past the whole-read limit of 64 MiB) reads it
//! item by item, writes 99,999 articles, reports the one broken item alone, and its peak
//! resident memory stays under 64 MiB. The peak is the kernel's count for the child process
//! (`getrusage`), not a timing; this file holds one test so that no other child is counted.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::process::{Command, Stdio};

use nix::sys::resource::{UsageWho, getrusage};

const ITEMS: usize = 100_000;
const BROKEN: usize = 50_000;

fn write_message(path: &std::path::Path) -> std::io::Result<()> {
    let mut out = BufWriter::new(std::fs::File::create(path)?);
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\
          <header><sent>2026-12-07T08:00:00Z</sent></header><itemSet>\n",
    )?;
    for i in 0..ITEMS {
        // An attribute without quotes: that item alone is not well-formed.
        let headline = if i == BROKEN {
            "<headline role=main>Broken</headline>".to_string()
        } else {
            format!("<headline>Rates held at meeting {i}</headline>")
        };
        writeln!(
            out,
            "<newsItem guid=\"urn:newsml:example.com:20261207:{i}\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\">\
             <itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Example\"/>\
             <versionCreated>2026-12-07T08:00:00Z</versionCreated><pubStatus qcode=\"stat:usable\"/></itemMeta>\
             <contentMeta>{headline}<language tag=\"en\"/></contentMeta>\
             <contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">\
             <head><title>t</title></head><body><p>The central bank kept its main rate unchanged on Monday \
             at meeting {i}, citing steady prices and a firm labour market.</p></body></html></inlineXML></contentSet></newsItem>"
        )?;
    }
    out.write_all(b"</itemSet></newsMessage>\n")?;
    out.flush()
}

#[test]
fn a_message_of_100000_items_converts_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let input = dir.path().join("archive.xml");
    write_message(&input).unwrap_or_else(|e| panic!("{e}"));
    let size = std::fs::metadata(&input).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 64 << 20,
        "the input ({size} bytes) is past the whole-read limit"
    );
    let output = dir.path().join("archive.json");
    let stdout = std::fs::File::create(&output).unwrap_or_else(|e| panic!("{e}"));
    let run = Command::new(env!("CARGO_BIN_EXE_newswire"))
        .arg("inspect")
        .arg(&input)
        .stdout(Stdio::from(stdout))
        .stderr(Stdio::piped())
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let peak_kib = getrusage(UsageWho::RUSAGE_CHILDREN)
        .map(|usage| usage.max_rss())
        .unwrap_or(i64::MAX);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        run.status.code(),
        Some(1),
        "the broken item fails: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains(&format!("article {} (the item at byte", BROKEN + 1)),
        "{stderr}"
    );
    let file = std::fs::File::open(&output).unwrap_or_else(|e| panic!("{e}"));
    let mut headlines = 0;
    let mut last = String::new();
    for line in BufReader::new(file).lines() {
        let line = line.unwrap_or_default();
        if line.starts_with("    \"headline\": ") {
            headlines += 1;
            last = line;
        }
    }
    assert_eq!(headlines, ITEMS - 1);
    assert_eq!(
        last,
        format!("    \"headline\": \"Rates held at meeting {}\",", ITEMS - 1)
    );
    assert!(
        peak_kib < 64 * 1024,
        "peak resident memory {peak_kib} KiB for a {size}-byte input"
    );
    eprintln!("peak resident memory {peak_kib} KiB for a {size}-byte input");
}
