//! `newswire convert` on an input over 4 MiB reads it article by article and writes each
//! article out before reading the next: the outputs are the bytes the library's whole read and
//! write give, to one document (G2, JSON-LD) or a file per article (NITF), and an article that
//! cannot be read fails alone, named in the report, while the others are written.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use newswire::formats::{WriteOptions, write_with};
use newswire::{Format, read};

const ITEMS: usize = 6_000;
const BROKEN: usize = 2_500;

/// A G2 `newsMessage` of [`ITEMS`] items (about 5 MB), the one at [`BROKEN`] not well-formed
/// when `broken`.
fn message(broken: bool) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\
         <header><sent>2026-12-07T08:00:00Z</sent></header><itemSet>\n",
    );
    for i in 0..ITEMS {
        let headline = if broken && i == BROKEN {
            "<headline role=x>Broken</headline>".to_string()
        } else {
            format!("<headline>Port strike enters day {i}</headline>")
        };
        let _ = writeln!(
            xml,
            "<newsItem guid=\"urn:newsml:example.com:20261207:{i}\" version=\"2\" standard=\"NewsML-G2\" standardversion=\"2.35\">\
             <itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Example\"/>\
             <versionCreated>2026-12-07T{:02}:{:02}:00Z</versionCreated><pubStatus qcode=\"stat:usable\"/></itemMeta>\
             <contentMeta>{headline}<language tag=\"en\"/><subject qcode=\"medtop:20000349\"><name>strike</name></subject></contentMeta>\
             <contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\">\
             <head><title>t</title></head><body><p>Dock workers kept the port closed for day {i} of the strike, \
             and talks with the operators are set to resume on Thursday.</p><p>Ships waited offshore.</p></body></html></inlineXML></contentSet></newsItem>",
            i / 60 % 24,
            i % 60
        );
    }
    xml.push_str("</itemSet></newsMessage>\n");
    xml
}

fn run(args: &[&str], input: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_newswire"))
        .args(args)
        .arg(input)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_big_message_converts_article_by_article_to_the_whole_writes_bytes() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let input = dir.path().join("day.xml");
    let xml = message(false);
    assert!(
        xml.len() > 4 << 20,
        "{} bytes: not over the streaming size",
        xml.len()
    );
    std::fs::write(&input, &xml).unwrap_or_else(|e| panic!("{e}"));
    let articles = read(xml.as_bytes(), Format::NewsmlG2).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(articles.len(), ITEMS);
    for to in [Format::NewsmlG2, Format::JsonLd] {
        let expected = write_with(&articles, to, &WriteOptions::default()).unwrap_or_default();
        let out = run(&["convert", "--to", to.name()], &input);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout == expected, "{to} on standard output differs");
        let dir_out = dir.path().join(to.name());
        let out = run(
            &[
                "convert",
                "--to",
                to.name(),
                "-o",
                &dir_out.to_string_lossy(),
            ],
            &input,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let file = dir_out.join(format!("day.xml.{}", to.output_extension()));
        assert!(
            std::fs::read(&file).ok() == Some(expected),
            "{to} in {}",
            file.display()
        );
    }
}

#[test]
fn a_broken_article_of_a_big_message_fails_alone() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let input = dir.path().join("day.xml");
    std::fs::write(&input, message(true)).unwrap_or_else(|e| panic!("{e}"));
    let whole = message(false);
    let articles = read(whole.as_bytes(), Format::NewsmlG2).unwrap_or_else(|e| panic!("{e}"));
    let out_dir = dir.path().join("nitf");
    let report = dir.path().join("report.jsonl");
    let out = run(
        &[
            "convert",
            "--to",
            "nitf",
            "-o",
            &out_dir.to_string_lossy(),
            "--report",
            &report.to_string_lossy(),
        ],
        &input,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("article {} (the item at byte", BROKEN + 1)),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{} articles (1 failed)", ITEMS - 1)),
        "{stderr}"
    );
    let written = std::fs::read_dir(&out_dir).map(|d| d.count()).unwrap_or(0);
    assert_eq!(written, ITEMS - 1);
    // Files are numbered by the articles written; the broken one has no file.
    for (n, i) in [
        (1, 0),
        (BROKEN, BROKEN - 1),
        (BROKEN + 1, BROKEN + 1),
        (ITEMS - 1, ITEMS - 1),
    ] {
        let file = out_dir.join(format!("day.xml-{n}.nitf"));
        let expected = write_with(
            std::slice::from_ref(&articles[i]),
            Format::Nitf,
            &WriteOptions::default(),
        )
        .unwrap_or_default();
        assert!(
            std::fs::read(&file).ok() == Some(expected),
            "{}",
            file.display()
        );
    }
    let line = std::fs::read_to_string(&report).unwrap_or_default();
    let record: serde_json::Value = serde_json::from_str(line.trim()).unwrap_or_default();
    assert_eq!(record["status"], "ok", "{line}");
    assert_eq!(record["articles"], ITEMS - 1);
    let errors = record["article_errors"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(errors.len(), 1, "{line}");
    assert_eq!(
        errors[0]["byte"],
        whole
            .find(&format!(
                "<newsItem guid=\"urn:newsml:example.com:20261207:{BROKEN}\""
            ))
            .unwrap_or(0)
    );
}

/// A JSON array of `count` pages (about 1.6 kB each): every seventh without an address, every
/// eleventh repeating the address before it.
fn pages(count: usize) -> String {
    let paragraph =
        "The harbour authority said the quay would reopen after the repairs. ".repeat(20);
    let items: Vec<String> = (0..count)
        .map(|i| {
            let slug = if i % 11 == 10 { i - 1 } else { i };
            let links = if i % 7 == 6 {
                String::new()
            } else {
                format!(
                    r#", "links": [{{"rel": "alternate", "href": "https://example.org/harbour/{slug}"}}]"#
                )
            };
            format!(
                r#"{{"headline": "Harbour update {i}", "language": "en", "published": "2026-12-07T08:00:00Z",
 "provider": {{"name": "The Example Times"}}, "body": [{{"type": "paragraph", "content": ["{paragraph}"]}}]{links}}}"#
            )
        })
        .collect();
    format!("[\n{}\n]\n", items.join(",\n"))
}

/// A big input converted to a news sitemap article by article: the whole write's bytes, and
/// every article it leaves out (the rules' and the 1,000 URLs' limit) named in the report.
#[test]
fn a_big_input_to_a_sitemap_reports_each_article_left_out() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let input = dir.path().join("pages.json");
    let json = pages(3000);
    assert!(json.len() > 4 << 20, "{} bytes", json.len());
    std::fs::write(&input, &json).unwrap_or_else(|e| panic!("{e}"));
    let articles = read(json.as_bytes(), Format::Json).unwrap_or_else(|e| panic!("{e}"));
    let options = WriteOptions::default();
    let expected = write_with(&articles, Format::NewsSitemap, &options).unwrap_or_default();
    let gone = newswire::formats::left_out(&articles, Format::NewsSitemap, &options);
    let listed = 3000 - gone.len();
    assert_eq!(listed, 1000, "the first thousand addresses");
    assert_eq!(
        String::from_utf8_lossy(&expected).matches("<url>").count(),
        1000
    );
    let out = run(&["convert", "--to", "news-sitemap"], &input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(out.stdout == expected, "standard output differs");
    assert_eq!(
        stderr.matches("left out of news-sitemap").count(),
        gone.len()
    );

    let out_dir = dir.path().join("out");
    let report = dir.path().join("report.jsonl");
    let out = run(
        &[
            "convert",
            "--to",
            "news-sitemap",
            "-o",
            &out_dir.to_string_lossy(),
            "--report",
            &report.to_string_lossy(),
        ],
        &input,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        std::fs::read(out_dir.join("pages.json.xml")).ok() == Some(expected),
        "the file differs"
    );
    let line = std::fs::read_to_string(&report).unwrap_or_default();
    let record: serde_json::Value = serde_json::from_str(line.trim()).unwrap_or_default();
    let reported: Vec<(u64, String)> = record["left_out"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|g| {
            (
                g["article"].as_u64().unwrap_or(0),
                g["reason"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected: Vec<(u64, String)> = gone
        .iter()
        .map(|g| (g.index as u64 + 1, g.reason.clone()))
        .collect();
    assert!(reported == expected, "{} reported", reported.len());
    assert!(
        stderr.contains(&format!("3000 articles ({} left out)", gone.len())),
        "{stderr}"
    );
}
