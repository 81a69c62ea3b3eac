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
    let atom = std::fs::read_to_string(out.join("good.atom")).unwrap();
    assert!(
        atom.contains("<entry xmlns=\"http://www.w3.org/2005/Atom\""),
        "{atom}"
    );
    assert!(!out.join("bad.atom").exists());
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
    let existing = write(dir.path(), "story.jsonld", b"keep me");
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
fn an_output_never_replaces_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "story.json", br#"[{"headline":"H"}]"#);
    let output = newswire()
        .args(["convert", "--to", "json", "--force", "-o"])
        .arg(dir.path())
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("would overwrite the input"));
    assert_eq!(std::fs::read(&input).unwrap(), br#"[{"headline":"H"}]"#);
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
    let binary = write(dir.path(), "photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01");
    for (input, message) in [
        (&nitf, "nitf: not a story: the document has no body"),
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
