//! The command-line tool: conversions, output files, exit codes and messages.

use std::path::Path;

use assert_cmd::Command;

const STORY: &str = "Sindaci a confronto sul trasporto locale.\n\n\
Vertice a Torino tra i sindaci del Nord sul futuro del trasporto pubblico locale\n\
TORINO (ITALPRESS) – I sindaci di sei città del Nord si sono riuniti oggi a Torino per discutere dei fondi per il trasporto pubblico locale.\n\
Al centro del confronto le risorse per i nuovi autobus elettrici e il rinnovo delle linee tranviarie.\n\
– fonte: IPA Agency (ITALPRESS).\n";

fn newswire() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newswire"))
}

fn write(dir: &Path, name: &str, content: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// Runs newswire with `args` and then `input`: its exit code, standard output and standard error.
fn run(args: &[&str], input: &Path) -> (Option<i32>, Vec<u8>, String) {
    let output = newswire().args(args).arg(input).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), output.stdout, stderr)
}

#[test]
fn one_input_converts_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.txt", STORY.as_bytes());
    let output = newswire()
        .args(["convert", "--to", "newsml-g2"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let g2 = String::from_utf8(output.stdout).unwrap();
    assert!(g2.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsItem"));
    assert!(
        g2.contains("<dateline>TORINO (ITALPRESS) –</dateline>"),
        "{g2}"
    );
    assert!(
        g2.contains("<creditline>IPA Agency (ITALPRESS)</creditline>"),
        "{g2}"
    );
}

#[test]
fn stdin_is_read_for_a_dash() {
    let output = newswire()
        .args(["convert", "--from", "text", "--to", "jsonld", "-"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["@type"], "NewsArticle");
    assert_eq!(
        json["headline"],
        "Vertice a Torino tra i sindaci del Nord sul futuro del trasporto pubblico locale"
    );
}

/// `-o -` is standard output, as `-` is standard input: the inputs' articles as one document,
/// and no directory named `-`.
#[test]
fn a_dash_as_the_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let story = write(dir.path(), "story.txt", STORY.as_bytes());
    let output = newswire()
        .current_dir(dir.path())
        .args(["convert", "--to", "jsonld", "-o", "-"])
        .arg(&story)
        .arg(&story)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["@graph"].as_array().map(Vec::len), Some(2), "{json}");
    assert!(!dir.path().join("-").exists());
}

#[test]
fn output_directory_gets_one_file_per_input_and_failures_do_not_stop_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", STORY.as_bytes());
    let bad = write(dir.path(), "bad.json", b"{\"headline\": ");
    let out = dir.path().join("out");
    let output = newswire()
        .args(["convert", "--to", "atom", "-o"])
        .arg(&out)
        .arg(&bad)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("bad.json: json: EOF while parsing"),
        "{stderr}"
    );
    assert!(stderr.contains("line 1, column 13"), "{stderr}");
    let atom = std::fs::read_to_string(out.join("good.txt.atom")).unwrap();
    assert!(
        atom.contains("<entry xmlns=\"http://www.w3.org/2005/Atom\""),
        "{atom}"
    );
    assert!(!out.join("bad.json.atom").exists());
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn existing_outputs_are_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.txt", STORY.as_bytes());
    let existing = write(dir.path(), "story.txt.jsonld", b"keep me");
    let run = |force: bool| {
        let mut cmd = newswire();
        cmd.args(["convert", "--to", "jsonld", "-o"])
            .arg(dir.path())
            .arg(&input);
        if force {
            cmd.arg("--force");
        }
        cmd.output().unwrap()
    };
    let refused = run(false);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("exists (use --force"));
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");
    assert_eq!(run(true).status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&existing)
            .unwrap()
            .contains("\"NewsArticle\"")
    );
}

#[test]
fn an_output_never_replaces_an_input() {
    // story.json's output, story.json.json, is the other input: not replaced, even forced.
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.json", br#"[{"headline":"H"}]"#);
    let other = write(dir.path(), "story.json.json", br#"[{"headline":"Other"}]"#);
    let output = newswire()
        .args(["convert", "--to", "json", "--force", "-o"])
        .arg(dir.path())
        .arg(&input)
        .arg(&other)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("story.json: output ") && stderr.contains("would overwrite an input"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&input).unwrap(), br#"[{"headline":"H"}]"#);
    assert_eq!(std::fs::read(&other).unwrap(), br#"[{"headline":"Other"}]"#);
}

#[test]
fn usage_errors_exit_2() {
    let unknown = newswire()
        .args(["convert", "--to", "docx", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown format name \"docx\""));

    let unwritable = newswire()
        .args(["convert", "--to", "newsml12", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(unwritable.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&unwritable.stderr).contains("writing newsml12 is not supported")
    );

    let several = newswire()
        .args(["convert", "--to", "atom", "a.txt", "b.txt"])
        .output()
        .unwrap();
    assert_eq!(several.status.code(), Some(2));
}

#[test]
fn unreadable_formats_are_clean_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let nitf = write(
        dir.path(),
        "story.xml",
        b"<?xml version='1.0'?><nitf><head/></nitf>",
    );
    // A JPEG is read as a photo now; one cut short before its first scan is an error.
    let photo = write(dir.path(), "photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01");
    let png = write(
        dir.path(),
        "chart.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0",
    );
    let binary = write(
        dir.path(),
        "data.bin",
        b"\0\x9f\x92\x96\xff\xfe\0\0\x03\x88",
    );
    for (input, message) in [
        (&nitf, "nitf: not a story: the document has no body"),
        (&photo, "photo: not a JPEG whose segments can be read"),
        (
            &png,
            "not a news file: its signature says png (image/png); not read",
        ),
        (&binary, "looks like binary data"),
    ] {
        let output = newswire()
            .args(["convert", "--to", "atom"])
            .arg(input)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(output.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(&input.display().to_string()), "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
    }
}

#[test]
fn inspect_prints_the_model_as_a_json_array() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.txt", STORY.as_bytes());
    let output = newswire().arg("inspect").arg(&input).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let article = &json[0];
    assert_eq!(
        article["title"],
        "Sindaci a confronto sul trasporto locale."
    );
    assert_eq!(article["dateline"]["city"], "TORINO");
    assert_eq!(article["dateline"]["agencies"][0]["name"], "ITALPRESS");
    assert_eq!(article["credit"], "IPA Agency (ITALPRESS)");
    assert_eq!(article["language"], "it");
    assert_eq!(article["body"].as_array().map(Vec::len), Some(2));
}

#[test]
fn formats_lists_capabilities() {
    let output = newswire().arg("formats").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let table = String::from_utf8(output.stdout).unwrap();
    let g2 = table.lines().find(|l| l.starts_with("newsml-g2")).unwrap();
    assert!(g2.contains("yes"), "{g2}");
    let text = table.lines().find(|l| l.starts_with("text ")).unwrap();
    assert!(text.split_whitespace().nth(1) == Some("yes"), "{text}");
    // Written, not read.
    let sitemap = table
        .lines()
        .find(|l| l.starts_with("news-sitemap "))
        .unwrap();
    let columns: Vec<&str> = sitemap.split_whitespace().take(4).collect();
    assert_eq!(columns, ["news-sitemap", "-", "yes", "xml"], "{sitemap}");
}

/// Three articles: one a news sitemap lists, one without a page address, one whose address the
/// first has.
const THREE_PAGES: &str = r#"[
  {"headline": "Rates held", "language": "en-GB", "published": "2026-03-14T11:02:00+01:00",
   "provider": {"name": "The Example Times"},
   "links": [{"rel": "canonical", "href": "https://example.org/rates"}]},
  {"headline": "Wire copy", "language": "en"},
  {"headline": "Rates held (update)", "language": "en", "published": "2026-03-14T12:00:00+01:00",
   "provider": {"name": "The Example Times"},
   "links": [{"rel": "alternate", "href": "https://example.org/rates"}]}
]"#;

#[test]
fn a_sitemap_says_which_articles_it_leaves_out_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "pages.json", THREE_PAGES.as_bytes());
    let (code, stdout, stderr) = run(&["convert", "--to", "news-sitemap"], &input);
    assert_eq!(code, Some(0), "{stderr}");
    let sitemap = String::from_utf8(stdout).unwrap();
    assert_eq!(sitemap.matches("<url>").count(), 1, "{sitemap}");
    assert!(
        sitemap.contains("<loc>https://example.org/rates</loc>"),
        "{sitemap}"
    );
    let no_url = "pages.json: article 2 left out of news-sitemap: no URL (a canonical or \
                  alternate link to an absolute http or https address); no publication name \
                  (the provider's name, or a fallback provider's); no publication time \
                  (published)";
    assert!(stderr.contains(no_url), "{stderr}");
    let repeated = "pages.json: article 3 left out of news-sitemap: its URL is an earlier \
                    article's (a sitemap lists each URL once)";
    assert!(stderr.contains(repeated), "{stderr}");

    let (code, _, stderr) = run(&["convert", "--quiet", "--to", "news-sitemap"], &input);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));

    // To files: the report has each, and the summary counts them.
    let report = dir.path().join("report.jsonl");
    let out = dir.path().join("out");
    let output = newswire()
        .args(["convert", "--to", "news-sitemap", "-o"])
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .arg(&input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains(repeated), "{stderr}");
    assert!(stderr.contains("; 3 articles (2 left out); "), "{stderr}");
    let line: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&report).unwrap().trim()).unwrap();
    let gone = &line["left_out"];
    assert_eq!(gone[0]["article"], 2, "{line}");
    assert_eq!(gone[1]["article"], 3, "{line}");
    assert_eq!(
        gone[1]["reason"],
        "its URL is an earlier article's (a sitemap lists each URL once)"
    );
    let written = std::fs::read_to_string(out.join("pages.json.xml")).unwrap();
    assert_eq!(written, sitemap);
}

/// `--provider` names the publication of the articles that name none: the wire copy without a
/// provider is listed under it once it has a page and a time; an article naming its provider
/// keeps its own name.
#[test]
fn a_sitemap_takes_the_publication_name_provider_gives() {
    let dir = tempfile::tempdir().unwrap();
    let pages = THREE_PAGES.replace(
        r#"{"headline": "Wire copy", "language": "en"}"#,
        r#"{"headline": "Wire copy", "language": "en", "published": "2026-03-14T13:00:00Z",
            "links": [{"rel": "alternate", "href": "https://example.org/wire"}]}"#,
    );
    let input = write(dir.path(), "pages.json", pages.as_bytes());
    let args = [
        "convert",
        "--to",
        "news-sitemap",
        "--provider",
        " The Wire Desk ",
    ];
    let (code, stdout, stderr) = run(&args, &input);
    assert_eq!(code, Some(0), "{stderr}");
    let sitemap = String::from_utf8(stdout).unwrap();
    let names: Vec<&str> = sitemap
        .lines()
        .filter_map(|l| l.trim().strip_prefix("<news:name>"))
        .collect();
    assert_eq!(
        names,
        ["The Example Times</news:name>", "The Wire Desk</news:name>"],
        "{sitemap}"
    );
    // Articles count from 1: the wire copy is listed, the repeated address is still left out.
    assert!(!stderr.contains("article 2 left out"), "{stderr}");
    assert!(stderr.contains("article 3 left out"), "{stderr}");
}

#[test]
fn conversions_say_what_the_target_drops_unless_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.txt", STORY.as_bytes());
    let loud = newswire()
        .args(["convert", "--to", "atom"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(loud.status.code(), Some(0));
    let stderr = String::from_utf8(loud.stderr).unwrap();
    let line = stderr
        .lines()
        .find(|l| l.contains("-> atom:"))
        .unwrap_or_else(|| panic!("no loss report in {stderr:?}"));
    assert!(
        line.contains("story.txt -> atom: dropped dateline.text, dateline.city"),
        "{line}"
    );
    assert!(line.contains("credit"), "{line}");

    let quiet = newswire()
        .args(["convert", "--quiet", "--to", "atom"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0));
    assert!(
        quiet.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );

    let g2 = newswire()
        .args(["convert", "--to", "newsml-g2"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&g2.stderr).contains("dropped"),
        "G2 keeps everything this story has"
    );
}

#[test]
fn an_undated_story_gets_a_declared_placeholder_or_the_fallback_time() {
    let dir = tempfile::tempdir().unwrap();
    // STORY has no date anywhere: plain text rarely does.
    let input = write(dir.path(), "story.txt", STORY.as_bytes());
    let report = dir.path().join("report.jsonl");
    let out = dir.path().join("out");
    let placeholder = newswire()
        .args(["convert", "--to", "newsml-g2", "-o"])
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(placeholder.status.code(), Some(0));
    let stderr = String::from_utf8(placeholder.stderr).unwrap();
    assert!(
        stderr.contains(
            "story.txt -> newsml-g2: no time, wrote 1970-01-01T00:00:00Z (--fallback-time gives one)"
        ),
        "{stderr}"
    );
    let line: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&report).unwrap().trim()).unwrap();
    assert_eq!(line["placeholder_time"], "1970-01-01T00:00:00Z", "{line}");
    assert_eq!(line["undated"], 1, "{line}");

    let fallback = newswire()
        .args([
            "convert",
            "--to",
            "newsml-g2",
            "--fallback-time",
            "2026-11-29T10:15:00+01:00",
        ])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(fallback.status.code(), Some(0));
    let g2 = String::from_utf8(fallback.stdout).unwrap();
    assert!(
        g2.contains("<versionCreated>2026-11-29T10:15:00+01:00</versionCreated>"),
        "{g2}"
    );
    assert!(
        !String::from_utf8_lossy(&fallback.stderr).contains("1970"),
        "{}",
        String::from_utf8_lossy(&fallback.stderr)
    );

    // A format that requires no time says nothing of it.
    let jsonld = newswire()
        .args(["convert", "--to", "jsonld"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&jsonld.stderr).contains("no time"));

    for bad in ["2026-11-29T10:15", "yesterday"] {
        let refused = newswire()
            .args(["convert", "--to", "atom", "--fallback-time", bad])
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(refused.status.code(), Some(2), "{bad}");
        assert!(
            String::from_utf8_lossy(&refused.stderr).contains("--fallback-time"),
            "{bad}"
        );
    }
}

#[test]
fn several_articles_to_a_one_article_format_on_stdout_say_how_to_split() {
    let feed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/rss/en-newsroom-feed.rss"
    );
    let output = newswire()
        .args(["convert", "--quiet", "--to", "nitf", feed])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("holds one article, not 3")
            && stderr.contains("with -o DIR, each article becomes a file of its own"),
        "{stderr}"
    );
}

#[test]
fn formats_fields_prints_the_fidelity_table() {
    let output = newswire().args(["formats", "--fields"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let table = String::from_utf8(output.stdout).unwrap();
    let cells =
        |line: &str| -> Vec<String> { line.split('|').map(|c| c.trim().to_string()).collect() };
    let header = cells(table.lines().next().unwrap());
    let credit = cells(
        table
            .lines()
            .find(|l| l.starts_with("| `credit` |"))
            .unwrap(),
    );
    let column = |name: &str| header.iter().position(|c| c == name).unwrap();
    assert_eq!(credit[column("json")], "yes");
    assert_eq!(credit[column("newsml-g2")], "yes");
    assert_eq!(credit[column("atom")], "-");
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[cfg(unix)]
#[test]
fn f3_an_input_over_the_size_limit_costs_no_more_than_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(1 << 30) // sparse: 1 GiB that takes no disk
        .unwrap();
    // 400 MB of address space: an input read whole, or read past the limit, does not fit.
    let limited = || {
        let mut command = std::process::Command::new("bash");
        command
            .args(["-c", "ulimit -v 400000 && exec \"$0\" \"$@\""])
            .arg(env!("CARGO_BIN_EXE_newswire"))
            .args(["convert", "--to", "atom"]);
        command
    };
    let refusal = "the input exceeds the limit on the input size in bytes (67108864); not read";
    for input in [big.as_path(), Path::new("/dev/zero")] {
        let output = limited().arg(input).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(
            stderr(&output).contains(&format!("{}: {refusal}", input.display())),
            "{}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty());
    }
    let stdin = limited()
        .arg("-")
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    assert_eq!(stdin.status.code(), Some(1), "{}", stderr(&stdin));
    assert!(
        stderr(&stdin).contains(&format!("<stdin>: {refusal}")),
        "{}",
        stderr(&stdin)
    );
}

#[cfg(unix)]
#[test]
fn f15_control_characters_in_names_and_messages_are_printed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    // A name that would print a forged line, one that would turn the terminal red, and a
    // reader error quoting an ESC sequence from the content.
    write(&input, "evil\nnewswire: forged.json", b"[{\"headline\": }]");
    write(&input, "esc\x1b[31mred.txt", STORY.as_bytes());
    write(
        &input,
        "field.json",
        b"[{\"headline\": \"x\", \"\\u001b[2Jboom\": 1}]",
    );
    let report = dir.path().join("r.jsonl");
    // `-v`: each input's losses on a line of its own, with its name.
    let output = newswire()
        .args(["convert", "-v", "--to", "atom", "--report"])
        .arg(&report)
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr(&output);
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
    assert!(
        !stderr.lines().any(|l| l.starts_with("newswire: forged")),
        "{stderr}"
    );
    assert!(
        stderr.contains("evil\\nnewswire: forged.json: json: expected value"),
        "{stderr}"
    );
    assert!(
        stderr.contains("esc\\u{1b}[31mred.txt -> atom: dropped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("unknown field `\\u{1b}[2Jboom`"),
        "{stderr}"
    );
    // The report: JSON escapes, and every path reads back as the name it is.
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(!text.contains('\x1b'));
    let paths: Vec<String> = text
        .lines()
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            line["path"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(paths.len(), 3, "{text}");
    assert!(
        paths
            .iter()
            .any(|p| p.ends_with("/evil\nnewswire: forged.json"))
    );
    assert!(paths.iter().any(|p| p.ends_with("/esc\x1b[31mred.txt")));
}

/// A small PDF and a PNG, as their first bytes are.
const PDF: &[u8] =
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde";

#[test]
fn pt3_files_that_are_not_news_are_refused_by_their_signature() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = write(dir.path(), "report.pdf", PDF);
    let disguised = write(dir.path(), "disguised.txt", PDF);
    let png = write(dir.path(), "photo.png", PNG);
    for (input, what, from) in [
        (&pdf, "pdf (application/pdf)", "auto"),
        (&disguised, "pdf (application/pdf)", "text"),
        (&png, "png (image/png)", "auto"),
    ] {
        let output = newswire()
            .args(["convert", "--from", from, "--to", "atom"])
            .arg(input)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{}", input.display());
        assert!(output.stdout.is_empty());
        assert!(
            stderr(&output).contains(&format!(
                "{}: not a news file: its signature says {what}; not read",
                input.display()
            )),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn pt3_a_walk_takes_known_extensions_unless_globs_say_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    write(&input, "story.txt", STORY.as_bytes());
    write(&input, "feed.dat", STORY.as_bytes());
    write(&input, "passwd", b"root:x:0:0:root:/root:/bin/bash\n");
    write(&input, "notes.md", b"# Notes\n\nNot news.\n");
    write(&input, "photo.png", PNG);
    let run = |n: usize, globs: &[&str]| {
        let out = dir.path().join(format!("out{n}"));
        let output = newswire()
            .args(["convert", "--quiet", "--to", "atom"])
            .args(globs)
            .arg("-o")
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        let mut written: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        written.sort();
        (output, written)
    };
    let (default, written) = run(0, &[]);
    assert_eq!(default.status.code(), Some(0));
    assert!(stderr(&default).contains("converted 1, failed 0, skipped 0"));
    assert_eq!(written, ["story.txt.atom"]);

    let (dat, written) = run(1, &["--include", "*.dat"]);
    assert_eq!(dat.status.code(), Some(0));
    assert_eq!(written, ["feed.dat.atom"]);

    let (all, written) = run(2, &["--include", "*", "--exclude", "*.md"]);
    assert_eq!(all.status.code(), Some(1), "the PNG is refused");
    assert!(
        stderr(&all).contains("photo.png: not a news file") && !stderr(&all).contains("notes.md"),
        "{}",
        stderr(&all)
    );
    assert_eq!(written, ["feed.dat.atom", "passwd.atom", "story.txt.atom"]);

    let bad = newswire()
        .args(["convert", "--to", "atom", "--include", "[", "-o"])
        .arg(dir.path().join("out3"))
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("bad glob \"[\""), "{}", stderr(&bad));
}

#[test]
fn pt3_strict_fails_what_was_read_by_guessing() {
    let dir = tempfile::tempdir().unwrap();
    let clean = write(dir.path(), "clean.txt", STORY.as_bytes());
    let latin1 = write(
        dir.path(),
        "latin1.txt",
        b"Vertice a Torino\n\nTORINO (ITALPRESS) \x96 I sindaci di sei citt\xe0 si sono riuniti \
          oggi per discutere dei fondi.\n",
    );
    let g2 = write(
        dir.path(),
        "g2.txt",
        b"<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\" version=\"1\" \
          standard=\"NewsML-G2\" standardversion=\"2.35\"><contentMeta><headline>H</headline>\
          </contentMeta></newsItem>",
    );
    let untitled = write(
        dir.path(),
        "untitled.json",
        br#"[{"title": "Only a title"}]"#,
    );
    let time = ["--fallback-time", "2026-11-29T10:15:00Z"];
    let run = |input: &Path, extra: &[&str]| {
        newswire()
            .args(["convert", "--to", "newsml-g2"])
            .args(extra)
            .arg(input)
            .output()
            .unwrap()
    };
    for (input, guess) in [
        (
            &latin1,
            "the encoding was guessed (input is not UTF-8; decoded as windows-1252",
        ),
        (
            &g2,
            "the format (newsml-g2) was told from the content alone (name it with --from, or \
             give the file a .xml extension)",
        ),
        (&untitled, "no headline"),
    ] {
        let lenient = run(input, &time);
        assert_eq!(lenient.status.code(), Some(0), "{}", stderr(&lenient));
        let strict = run(input, &[&time[..], &["--strict"]].concat());
        assert_eq!(strict.status.code(), Some(1), "{}", input.display());
        assert!(strict.stdout.is_empty());
        assert!(
            stderr(&strict).contains(&format!("{}: --strict: {guess}", input.display())),
            "{}",
            stderr(&strict)
        );
    }
    let undated = run(&clean, &["--strict"]);
    assert_eq!(undated.status.code(), Some(1));
    assert!(
        stderr(&undated).contains(
            "--strict: no time: the output would say 1970-01-01T00:00:00Z (--fallback-time gives one)"
        ),
        "{}",
        stderr(&undated)
    );
    let sure = run(&clean, &[&time[..], &["--strict"]].concat());
    assert_eq!(sure.status.code(), Some(0), "{}", stderr(&sure));
    let named = run(
        &g2,
        &[&time[..], &["--strict", "--from", "newsml-g2"]].concat(),
    );
    assert_eq!(named.status.code(), Some(0), "{}", stderr(&named));
}

/// Issue #21 point 4: `--encoding` names the input's encoding; the detector's guess (KOI8-U for
/// this KOI8-R copy) and its warning are gone, and a name the standard does not know is a usage
/// error.
#[test]
fn encoding_forces_the_input_encoding() {
    let dir = tempfile::tempdir().unwrap();
    // "Мэр утвердил план ремонта дорог" over "МОСКВА, 3 декабря (ТАСС) - Мэр утвердил план." in
    // KOI8-R, whose bytes KOI8-U reads the same: only the warning tells the guess.
    let koi8 = b"\xed\xdc\xd2 \xd5\xd4\xd7\xc5\xd2\xc4\xc9\xcc \xd0\xcc\xc1\xce \xd2\xc5\xcd\xcf\xce\xd4\xc1 \xc4\xcf\xd2\xcf\xc7\n\n\xed\xef\xf3\xeb\xf7\xe1, 3 \xc4\xc5\xcb\xc1\xc2\xd2\xd1 (\xf4\xe1\xf3\xf3) - \xed\xc5\xd2 \xd5\xd4\xd7\xc5\xd2\xc4\xc9\xcc \xd0\xcc\xc1\xce.\n";
    let input = write(dir.path(), "koi8.txt", koi8);
    let inspect = |args: &[&str]| {
        let (code, stdout, stderr) = run(args, &input);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        let json: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
        json[0].clone()
    };
    let guessed = inspect(&["inspect"]);
    assert_eq!(
        guessed["warnings"][0]["message"],
        "input is not UTF-8; decoded as koi8-u (guessed)"
    );
    let forced = inspect(&["inspect", "--encoding", "KOI8-R"]);
    assert_eq!(forced["headline"], "Мэр утвердил план ремонта дорог");
    assert_eq!(forced["dateline"]["city"], "МОСКВА");
    assert!(forced.get("warnings").is_none(), "{forced}");

    let (code, _, stderr) = run(&["inspect", "--encoding", "klingon"], &input);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("unknown encoding \"klingon\""), "{stderr}");
}

/// Issue #21 point 10: the about text names every format read and written, from the registry
/// (a format newswire only writes, `html`, among the written only).
#[test]
fn help_names_every_format() {
    let output = newswire().arg("--help").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8(output.stdout).unwrap();
    let about = help.lines().next().unwrap_or_default();
    let (reads, writes) = about.split_once("; writes ").expect("reads and writes");
    let names = |list: &str| -> Vec<String> { list.split(", ").map(String::from).collect() };
    let (reads, writes) = (
        names(reads.split(" Reads ").nth(1).unwrap_or_default()),
        names(writes),
    );
    for format in newswire::Format::ALL {
        let name = format.name().to_string();
        assert_eq!(
            reads.contains(&name),
            format.can_read(),
            "{format} in {about}"
        );
        assert_eq!(writes.contains(&name), format.can_write(), "{format}");
    }
}

/// Issue #21 point 7: `--language` is a BCP 47 tag; a locale's underscore is refused with the
/// tag it means, and a well-formed tag is what the articles get.
#[test]
fn language_is_checked_as_bcp_47() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.txt", STORY.as_bytes());
    let (code, _, stderr) = run(&["inspect", "--language", "en_US"], &input);
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("\"en_US\" is not a BCP 47 language tag")
            && stderr.contains("BCP 47 joins subtags with hyphens: en-US"),
        "{stderr}"
    );
    for bad in ["x", "en--US", "toolongsubtag"] {
        assert_eq!(
            run(&["inspect", "--language", bad], &input).0,
            Some(2),
            "{bad}"
        );
    }
    let (code, stdout, _) = run(&["inspect", "--language", "it-CH"], &input);
    assert_eq!(code, Some(0));
    let json: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    assert_eq!(json[0]["language"], "it-CH");
}

/// Issue #21 point 7: with no input named, a piped standard input is read (at a terminal it
/// is a usage error: not tested here, where standard input is never a terminal).
#[test]
fn a_pipe_is_read_when_no_input_is_named() {
    for command in ["inspect", "validate"] {
        let output = newswire().arg(command).write_stdin(STORY).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{command}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let output = newswire()
        .args(["convert", "--to", "jsonld"])
        .write_stdin(STORY)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        json["headline"],
        "Vertice a Torino tra i sindaci del Nord sul futuro del trasporto pubblico locale"
    );
}

/// Issue #21 point 7: a system error is its message, without Rust's `(os error 2)`.
#[test]
fn system_errors_are_read_without_their_code() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let (code, _, stderr) = run(&["convert", "--to", "atom"], &missing);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("missing.txt: cannot read: No such file or directory\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
}

/// Issue #21 point 6: a manual page per command, with its options, examples and exit codes,
/// printed one at a time or written all to a directory.
#[test]
fn every_command_has_a_manual_page() {
    let page = |args: &[&str]| {
        let output = newswire().arg("man").args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let top = page(&[]);
    assert!(
        top.contains(".SH NAME\nnewswire \\- Converts news content"),
        "{top}"
    );
    assert!(top.contains("newswire\\-convert(1)"), "{top}");
    let convert = page(&["convert"]);
    assert!(
        convert.contains(".SH NAME\nnewswire\\-convert \\- Convert files"),
        "{convert}"
    );
    assert!(convert.contains("\\fB\\-\\-encoding\\fR"), "{convert}");
    assert!(convert.contains("Examples:") && convert.contains("130  interrupted"));
    assert!(page(&["validate"]).contains("2    the command line cannot be carried out"));

    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(&["man", "--out-dir"], dir.path()).0, Some(0));
    let mut written: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "newswire-completions.1",
            "newswire-convert.1",
            "newswire-formats.1",
            "newswire-inspect.1",
            "newswire-man.1",
            "newswire-validate.1",
            "newswire.1"
        ]
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("newswire-convert.1")).unwrap(),
        convert
    );

    let unknown = newswire().args(["man", "bogus"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
}

/// Issue #21 point 5: `validate` reports what a consumer would reject. A NewsML-G2 item without
/// the parts its schema requires is invalid (exit 1); a story without a time is valid, with a
/// warning that `--quiet` hides and `--strict` turns into a failure.
#[test]
fn validate_reports_what_a_consumer_would_reject() {
    let dir = tempfile::tempdir().unwrap();
    let bare = dir.path().join("bare.xml");
    std::fs::write(
        &bare,
        r#"<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1"><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html></inlineXML></contentSet></newsItem>"#,
    )
    .unwrap();
    let output = newswire().arg("validate").arg(&bare).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "bare.xml: invalid: newsml-g2 requires version, itemMeta/provider, itemMeta/versionCreated, which the input does not give"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("valid 0, failed 1"), "{stderr}");

    let story = dir.path().join("story.txt");
    std::fs::write(&story, STORY).unwrap();
    let output = newswire().arg("validate").arg(&story).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("story.txt: warning: a consumer may reject it: no time"),
        "{stderr}"
    );
    let quiet = newswire()
        .args(["validate", "-q"])
        .arg(&story)
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&quiet.stderr).contains("warning"));
    let strict = newswire()
        .args(["validate", "--strict", "--from", "text"])
        .arg(&story)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert_eq!(strict.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("story.txt: --strict: a consumer may reject it: no time"),
        "{stderr}"
    );
}
