//! Batch conversion: directories, parallel jobs, reports, resuming, and safety when a run is
//! interrupted or killed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn newswire() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newswire"))
}

/// A story in the ITALPRESS shape, numbered so that every file differs.
fn story(n: usize) -> String {
    format!(
        "Vertice numero {n} sui trasporti.\n\n\
         Sindaci del Nord chiedono fondi per la linea {n}\n\
         TORINO (ITALPRESS) – I sindaci di sei città si sono riuniti oggi per la {n}ª volta.\n\
         Al centro del confronto le risorse per autobus elettrici e tram.\n\
         – fonte: IPA Agency (ITALPRESS).\n"
    )
}

fn write(path: &Path, content: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// Every file below `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

#[test]
fn a_directory_tree_is_mirrored_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input.join("rome/a.txt"), story(1).as_bytes());
    write(&input.join("rome/b.txt"), story(2).as_bytes());
    write(
        &input.join("turin/c.json"),
        br#"[{"headline": "C"}, {"headline": "D"}]"#,
    );
    write(&input.join("turin/broken.json"), b"[{\"headline\": }]");
    write(&input.join(".hidden/skip.txt"), b"not read");
    let out = dir.path().join("out");
    let report = dir.path().join("report.jsonl");
    let output = newswire()
        .args(["convert", "--to", "atom", "-j", "2", "-o"])
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "one input is broken");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("broken.json: json: expected value at line 1, column 15"),
        "{stderr}"
    );
    assert!(
        stderr.contains("converted 3, failed 1, skipped 0; 4 articles"),
        "{stderr}"
    );
    assert_eq!(
        files(&out),
        [
            PathBuf::from("rome/a.txt.atom"),
            PathBuf::from("rome/b.txt.atom"),
            PathBuf::from("turin/c.json.atom")
        ]
    );
    let feed = std::fs::read_to_string(out.join("turin/c.json.atom")).unwrap();
    assert!(
        feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
        "two articles make a feed"
    );

    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&report)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    let broken = lines
        .iter()
        .find(|l| l["path"].as_str().unwrap().ends_with("broken.json"))
        .unwrap();
    assert_eq!(broken["status"], "failed");
    assert_eq!(broken["format"], "json");
    assert_eq!(broken["error"]["line"], 1);
    assert_eq!(broken["error"]["column"], 15);
    let a = lines
        .iter()
        .find(|l| l["path"].as_str().unwrap().ends_with("a.txt"))
        .unwrap();
    assert_eq!(a["status"], "ok");
    assert_eq!(a["format"], "text");
    assert_eq!(a["articles"], 1);
    assert_eq!(a["to"], "atom");
    assert!(
        a["outputs"][0]
            .as_str()
            .unwrap()
            .ends_with("rome/a.txt.atom")
    );
    assert!(
        a["dropped"].as_array().unwrap().contains(&"credit".into()),
        "{a}"
    );
}

#[test]
fn a_quiet_run_still_reports_losses_to_the_report_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input.join("a.txt"), story(1).as_bytes());
    let report = dir.path().join("report.jsonl");
    let output = newswire()
        .args(["convert", "--quiet", "--to", "atom", "-o"])
        .arg(dir.path().join("out"))
        .arg("--report")
        .arg(&report)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let line: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&report).unwrap().trim()).unwrap();
    assert!(
        line["dropped"]
            .as_array()
            .unwrap()
            .contains(&"credit".into()),
        "{line}"
    );
}

#[test]
fn skip_existing_resumes_and_force_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input.join("a.txt"), story(1).as_bytes());
    write(&input.join("b.txt"), story(2).as_bytes());
    let out = dir.path().join("out");
    write(&out.join("a.txt.xml"), b"from an earlier run");
    // Each run its own report: an existing one is replaced only with --force.
    let run = |extra: &[&str]| {
        let report = dir.path().join(format!("r{}.jsonl", extra.join("")));
        newswire()
            .args(["convert", "--quiet", "--to", "newsml-g2", "--report"])
            .arg(report)
            .args(extra)
            .arg("-o")
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap()
    };
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("a.txt.xml exists"));
    assert_eq!(
        std::fs::read(out.join("a.txt.xml")).unwrap(),
        b"from an earlier run"
    );
    assert!(out.join("b.txt.xml").exists());

    std::fs::remove_file(out.join("b.txt.xml")).unwrap();
    let resumed = run(&["--skip-existing"]);
    assert_eq!(resumed.status.code(), Some(0));
    assert_eq!(
        std::fs::read(out.join("a.txt.xml")).unwrap(),
        b"from an earlier run"
    );
    assert!(out.join("b.txt.xml").exists());
    let report = std::fs::read_to_string(dir.path().join("r--skip-existing.jsonl")).unwrap();
    assert!(report.contains("\"status\":\"skipped\""), "{report}");

    let forced = run(&["--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(out.join("a.txt.xml"))
            .unwrap()
            .contains("<newsItem")
    );
}

#[test]
fn split_writes_one_file_per_article_and_stdout_one_document() {
    let dir = tempfile::tempdir().unwrap();
    let two = dir.path().join("two.json");
    write(&two, br#"[{"headline": "First"}, {"headline": "Second"}]"#);
    let out = dir.path().join("out");
    let split = newswire()
        .args(["convert", "--split", "--to", "jsonld", "-o"])
        .arg(&out)
        .arg(&two)
        .output()
        .unwrap();
    assert_eq!(split.status.code(), Some(0));
    assert_eq!(
        files(&out),
        [
            PathBuf::from("two.json-1.jsonld"),
            PathBuf::from("two.json-2.jsonld")
        ]
    );
    assert!(
        std::fs::read_to_string(out.join("two.json-2.jsonld"))
            .unwrap()
            .contains("Second")
    );

    let one = dir.path().join("one.txt");
    write(&one, story(3).as_bytes());
    let joined = newswire()
        .args(["convert", "--stdout", "--to", "newsml-g2"])
        .arg(&two)
        .arg(&one)
        .output()
        .unwrap();
    assert_eq!(joined.status.code(), Some(0));
    let message = String::from_utf8(joined.stdout).unwrap();
    assert!(message.contains("<newsMessage"), "{message}");
    assert_eq!(message.matches("<newsItem ").count(), 3);
}

#[test]
fn two_inputs_never_write_the_same_output() {
    // The same relative path below two input directories: the one named first on the command
    // line has the name, every time, and the other fails saying why.
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a/same.txt"), story(1).as_bytes());
    write(&dir.path().join("b/same.txt"), story(2).as_bytes());
    let out = dir.path().join("out");
    for _ in 0..3 {
        let _ = std::fs::remove_dir_all(&out);
        let output = newswire()
            .args(["convert", "-j", "2", "--to", "atom", "-o"])
            .arg(&out)
            .arg(dir.path().join("a"))
            .arg(dir.path().join("b"))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        let failure = stderr
            .lines()
            .find(|l| l.contains("b/same.txt: "))
            .unwrap_or_else(|| panic!("{stderr}"));
        assert!(
            failure.contains("same.txt.atom is the output of")
                && failure.contains("a/same.txt, named earlier"),
            "{failure}"
        );
        assert_eq!(files(&out), [PathBuf::from("same.txt.atom")]);
        let atom = std::fs::read_to_string(out.join("same.txt.atom")).unwrap();
        assert!(atom.contains("linea 1<"), "{atom}");
    }
}

/// Many inputs, so that a run lasts long enough to be stopped midway.
fn many_stories(dir: &Path, count: usize) -> PathBuf {
    let input = dir.join("in");
    for n in 0..count {
        write(&input.join(format!("s{n:05}.txt")), story(n).as_bytes());
    }
    input
}

/// Waits until `dir` holds at least one finished output, or the child ends.
fn wait_for_progress(dir: &Path, child: &mut std::process::Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if dir.is_dir() && files(dir).iter().any(|f| !is_hidden(f)) {
            return;
        }
        if child.try_wait().unwrap().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Every visible output is complete: equal to a fresh conversion of its input.
fn assert_outputs_complete(input: &Path, out: &Path) {
    for file in files(out).iter().filter(|f| !is_hidden(f)) {
        // `s00001.txt.xml` is the output of `s00001.txt`.
        let source = input.join(file.with_extension(""));
        let fresh = newswire()
            .args(["convert", "--quiet", "--to", "newsml-g2"])
            .arg(&source)
            .output()
            .unwrap();
        assert_eq!(
            std::fs::read(out.join(file)).unwrap(),
            fresh.stdout,
            "{} is not a complete output",
            file.display()
        );
    }
}

#[test]
fn a_killed_run_leaves_only_complete_files_and_the_next_run_cleans_up() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 1500);
    let out = dir.path().join("out");
    let mut child = newswire()
        .args(["convert", "--quiet", "-j", "2", "--to", "newsml-g2", "-o"])
        .arg(&out)
        .arg(&input)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for_progress(&out, &mut child);
    child.kill().unwrap(); // SIGKILL: no handler runs
    child.wait().unwrap();
    assert_outputs_complete(&input, &out);

    let resumed = newswire()
        .args([
            "convert",
            "--skip-existing",
            "-j",
            "2",
            "--to",
            "newsml-g2",
            "-o",
        ])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(
        resumed.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&resumed.stderr)
    );
    let all = files(&out);
    assert_eq!(all.len(), 1500, "every input converted once resumed");
    assert!(
        all.iter().all(|f| !is_hidden(f)),
        "leftover temporary files were removed"
    );
}

#[test]
fn an_interrupted_run_exits_130_without_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 1500);
    let out = dir.path().join("out");
    let mut child = newswire()
        .args(["convert", "--quiet", "-j", "1", "--to", "newsml-g2", "-o"])
        .arg(&out)
        .arg(&input)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_progress(&out, &mut child);
    let signalled = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(signalled.success());
    let status = child.wait().unwrap();
    if files(&out).len() < 1500 {
        assert_eq!(status.code(), Some(130), "interrupted before the end");
    }
    assert!(
        files(&out).iter().all(|f| !is_hidden(f)),
        "no temporary file is left"
    );
    assert_outputs_complete(&input, &out);
}

#[test]
fn validate_reads_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("good.txt"), story(1).as_bytes());
    write(&dir.path().join("bad.json"), b"{\"headline\": 3}");
    let output = newswire().arg("validate").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("bad.json: json: not a newswire article"),
        "{stderr}"
    );
    assert!(stderr.contains("valid 1, failed 1"), "{stderr}");
    assert_eq!(files(dir.path()).len(), 2, "nothing written");
}

#[test]
fn completions_and_man_page() {
    let bash = newswire().args(["completions", "bash"]).output().unwrap();
    assert_eq!(bash.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&bash.stdout).contains("_newswire()"));
    let man = newswire().arg("man").output().unwrap();
    assert_eq!(man.status.code(), Some(0));
    let page = String::from_utf8_lossy(&man.stdout);
    assert!(page.contains(".TH newswire"), "{page}");
}

/// The report's lines, each parsed (a line that is not whole JSON fails the test).
fn report_lines(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "the last line is cut: {text:?}"
    );
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}")))
        .collect()
}

/// The report's record for the input whose path ends with `name`.
fn record<'a>(lines: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
    lines
        .iter()
        .find(|l| l["path"].as_str().is_some_and(|p| p.ends_with(name)))
        .unwrap_or_else(|| panic!("no record for {name} in {lines:?}"))
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The outputs a fresh, lone run writes for `input`: what every output must equal.
fn reference(dir: &Path, input: &Path, to: &str) -> PathBuf {
    let reference = dir.join("reference");
    let output = newswire()
        .args(["convert", "--quiet", "--to", to, "-o"])
        .arg(&reference)
        .arg(input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    reference
}

#[test]
fn f5_pt14_two_runs_into_one_directory_never_replace_each_others_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 600);
    let reference = reference(dir.path(), &input, "newsml-g2");
    let out = dir.path().join("out");
    let spawn = |report: &str| {
        newswire()
            .args([
                "convert",
                "--quiet",
                "-j",
                "2",
                "--to",
                "newsml-g2",
                "--report",
            ])
            .arg(dir.path().join(report))
            .arg("-o")
            .arg(&out)
            .arg(&input)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn("a.jsonl"), spawn("b.jsonl"));
    let (first, second) = (
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    );
    let a = report_lines(&dir.path().join("a.jsonl"));
    let b = report_lines(&dir.path().join("b.jsonl"));
    assert_eq!((a.len(), b.len()), (600, 600));
    let mut won = [0, 0];
    for n in 0..600 {
        let name = format!("s{n:05}.txt");
        let records = [record(&a, &name), record(&b, &name)];
        let ok: Vec<usize> = (0..2).filter(|&i| records[i]["status"] == "ok").collect();
        assert_eq!(
            ok.len(),
            1,
            "{name}: exactly one run writes it: {records:?}"
        );
        let (winner, loser) = (records[ok[0]], records[1 - ok[0]]);
        won[ok[0]] += 1;
        assert_eq!(winner["outputs"].as_array().map(Vec::len), Some(1));
        assert_eq!(loser["status"], "failed", "{loser}");
        let message = loser["error"]["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("{name}.xml exists (use --force")),
            "{name}: the other run fails cleanly: {message}"
        );
    }
    for (output, won) in [(&first, won[0]), (&second, won[1])] {
        let expected = if won == 600 { 0 } else { 1 };
        assert_eq!(output.status.code(), Some(expected), "{}", stderr(output));
    }
    assert_eq!(
        files(&out),
        files(&reference),
        "one output per input, no temporary file"
    );
    for file in files(&reference) {
        assert_eq!(
            std::fs::read(out.join(&file)).unwrap(),
            std::fs::read(reference.join(&file)).unwrap(),
            "{} is complete",
            file.display()
        );
    }
}

/// This process's start time (field 22 of /proc/self/stat), as temporary names carry it.
fn own_start_time() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let after_name = stat.rsplit_once(')').unwrap().1;
    after_name
        .split_whitespace()
        .nth(19)
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
fn f6_a_run_removes_only_the_temporary_files_of_runs_that_are_gone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    // A live run's (this test's own id and start time), a dead one's (a process that has
    // ended), and a reused id's (this process's id with another start time).
    let live = out.join(format!(
        ".newswire-tmp-{}-{}-0",
        std::process::id(),
        own_start_time()
    ));
    let mut ended = Command::new("true").spawn().unwrap();
    ended.wait().unwrap();
    let dead = out.join(format!("sub/.newswire-tmp-{}-1-0", ended.id()));
    let reused = out.join(format!(
        ".newswire-tmp-{}-{}-7",
        std::process::id(),
        own_start_time() + 1
    ));
    for temporary in [&live, &dead, &reused] {
        write(temporary, b"half an output");
    }
    let input = dir.path().join("a.txt");
    write(&input, story(1).as_bytes());
    let output = newswire()
        .args(["convert", "--to", "atom", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("removed 2 temporary files a killed run left"),
        "{}",
        stderr(&output)
    );
    assert!(live.exists(), "a live run's temporary file is kept");
    assert!(!dead.exists() && !reused.exists());
    assert!(out.join("a.txt.atom").exists());
}

#[test]
fn f7_resuming_fails_again_what_failed() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/good.txt"), story(1).as_bytes());
    write(&dir.path().join("in/broken.json"), b"[{\"headline\": }]");
    // The same relative path under a later root loses its output name to the earlier one.
    write(&dir.path().join("later/good.txt"), story(2).as_bytes());
    let out = dir.path().join("out");
    let run = |n: usize, extra: &[&str]| {
        let report = dir.path().join(format!("r{n}.jsonl"));
        let output = newswire()
            .args(["convert", "--quiet", "--to", "atom", "--report"])
            .arg(&report)
            .args(extra)
            .arg("-o")
            .arg(&out)
            .arg(dir.path().join("in"))
            .arg(dir.path().join("later"))
            .output()
            .unwrap();
        (output, report_lines(&report))
    };
    let (first, _) = run(1, &[]);
    assert_eq!(first.status.code(), Some(1));
    let (resumed, lines) = run(2, &["--skip-existing"]);
    assert_eq!(resumed.status.code(), Some(1), "{}", stderr(&resumed));
    assert!(
        stderr(&resumed).contains("failed 2, skipped 1"),
        "{}",
        stderr(&resumed)
    );
    assert_eq!(record(&lines, "in/good.txt")["status"], "skipped");
    assert_eq!(record(&lines, "broken.json")["status"], "failed");
    let later = record(&lines, "later/good.txt");
    assert_eq!(later["status"], "failed");
    assert!(
        later["error"]["message"]
            .as_str()
            .unwrap()
            .contains("named earlier"),
        "{later}"
    );
}

#[test]
fn f8_pt1_inputs_sharing_a_stem_get_outputs_of_their_own_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let g2 = "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\" \
              version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.35\"><contentMeta>\
              <headline>From XML</headline></contentMeta></newsItem>";
    write(&input.join("story.txt"), story(1).as_bytes());
    write(&input.join("story.xml"), g2.as_bytes());
    write(&input.join("s.txt"), story(2).as_bytes());
    write(&input.join("s.text"), story(3).as_bytes());
    let reuters = "tag_reuters.com_2016_newsml_L1N1AB123:2";
    write(&input.join(format!("{reuters}.xml")), g2.as_bytes());
    write(&input.join(format!("{reuters}.txt")), story(4).as_bytes());
    let expected: Vec<PathBuf> = [
        "s.text.jsonld",
        "s.txt.jsonld",
        "story.txt.jsonld",
        "story.xml.jsonld",
        "tag_reuters.com_2016_newsml_L1N1AB123:2.txt.jsonld",
        "tag_reuters.com_2016_newsml_L1N1AB123:2.xml.jsonld",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    let mut runs = Vec::new();
    for n in 0..3 {
        let out = dir.path().join(format!("out{n}"));
        let output = newswire()
            .args(["convert", "--quiet", "-j", "2", "--to", "jsonld", "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert_eq!(files(&out), expected);
        runs.push(
            expected
                .iter()
                .map(|f| std::fs::read(out.join(f)).unwrap())
                .collect::<Vec<_>>(),
        );
    }
    assert!(runs.iter().all(|run| run == &runs[0]), "the same every run");
    let from_xml = String::from_utf8(runs[0][3].clone()).unwrap();
    assert!(from_xml.contains("From XML"), "{from_xml}");
    let from_text = String::from_utf8(runs[0][2].clone()).unwrap();
    assert!(from_text.contains("linea 1"), "{from_text}");
}

#[test]
fn pt1_every_fixture_gets_its_own_output() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let report = dir.path().join("r.jsonl");
    let out = dir.path().join("out");
    // The golden files of a format newswire writes but does not read (a news sitemap) are no
    // inputs.
    let written_only = ".sitemap.xml";
    let output = newswire()
        .args(["convert", "--quiet", "--to", "atom", "--report"])
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg("--exclude")
        .arg(format!("*{written_only}"))
        .arg(&fixtures)
        .output()
        .unwrap();
    let lines = report_lines(&report);
    let failed: Vec<_> = lines.iter().filter(|l| l["status"] != "ok").collect();
    assert!(failed.is_empty(), "{failed:?}");
    assert_eq!(output.status.code(), Some(0));
    let outputs: usize = lines
        .iter()
        .map(|l| l["outputs"].as_array().map_or(0, Vec::len))
        .sum();
    // The walk takes every file whose extension a format newswire reads claims: not the golden
    // pages of the html writer, which newswire does not read, nor the news sitemaps (excluded
    // above).
    let read = |path: &PathBuf| {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        newswire::Format::ALL
            .iter()
            .filter(|format| format.can_read())
            .flat_map(|format| format.extensions())
            .any(|known| known.eq_ignore_ascii_case(extension))
    };
    let inputs = files(&fixtures)
        .into_iter()
        .filter(read)
        .filter(|f| !f.to_string_lossy().ends_with(written_only))
        .count();
    assert_eq!(lines.len(), inputs);
    assert_eq!(files(&out).len(), outputs, "no output written twice");
}

#[test]
fn f9_an_output_directory_inside_the_input_is_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 40);
    let out = input.join("out");
    let run = |extra: &str| {
        newswire()
            .args(["convert", "--quiet", "-j", "2", "--to", "atom", extra, "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap()
    };
    let first = run("--force");
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(stderr(&first).contains("converted 40, failed 0, skipped 0"));
    // The outputs are .atom files, which a walk takes: they must not be read back.
    let again = run("--skip-existing");
    assert!(
        stderr(&again).contains("converted 0, failed 0, skipped 40"),
        "{}",
        stderr(&again)
    );
    assert_eq!(files(&out).len(), 40);
    assert!(!out.join("out").exists());

    let same = newswire()
        .args(["convert", "--to", "atom", "-o"])
        .arg(&input)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(same.status.code(), Some(2));
    assert!(
        stderr(&same).contains("is the input directory"),
        "{}",
        stderr(&same)
    );
}

#[test]
fn f10_a_report_that_cannot_be_written_fails_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 3);
    let output = newswire()
        .args([
            "convert",
            "--to",
            "atom",
            "--force",
            "--report",
            "/dev/full",
            "-o",
        ])
        .arg(dir.path().join("out"))
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr(&output);
    assert!(
        stderr.contains("cannot write the report /dev/full: No space left on device")
            && stderr.contains("it holds the first 0 records"),
        "{stderr}"
    );
    assert!(
        stderr.contains("converted 3, failed 0, skipped 0")
            && stderr.contains("the report is incomplete"),
        "{stderr}"
    );
}

#[test]
fn f11_a_report_never_replaces_an_input_nor_an_earlier_report_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 2);
    let story = input.join("s00000.txt");
    let out = dir.path().join("out");
    let run = |report: &Path, extra: &[&str]| {
        newswire()
            .args(["convert", "--to", "atom"])
            .args(extra)
            .arg("--report")
            .arg(report)
            .arg("-o")
            .arg(&out)
            .arg(&input)
            .arg(&story)
            .output()
            .unwrap()
    };
    for (report, why) in [
        (story.clone(), "s00000.txt is the input"),
        (
            input.join("run.json"),
            "would be read as an input (the walk of",
        ),
    ] {
        let refused = run(&report, &["--force"]);
        assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
        assert!(stderr(&refused).contains(why), "{}", stderr(&refused));
    }
    assert_eq!(std::fs::read_to_string(&story).unwrap(), self::story(0));
    assert!(!input.join("run.json").exists());

    let earlier = dir.path().join("run.jsonl");
    write(&earlier, b"an earlier run\n");
    let kept = run(&earlier, &[]);
    assert_eq!(kept.status.code(), Some(2));
    assert!(
        stderr(&kept).contains("run.jsonl exists (use --force to replace it)"),
        "{}",
        stderr(&kept)
    );
    assert_eq!(std::fs::read(&earlier).unwrap(), b"an earlier run\n");
    let replaced = run(&earlier, &["--force"]);
    assert_eq!(replaced.status.code(), Some(1), "s00000.txt is named twice");
    assert_eq!(report_lines(&earlier).len(), 3);

    let validate = newswire()
        .args(["validate", "--report"])
        .arg(&earlier)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(validate.status.code(), Some(2));
}

/// Two articles in one newswire JSON file.
const TWO: &[u8] = br#"[{"headline": "First"}, {"headline": "Second"}]"#;

#[test]
fn f12_resuming_writes_the_missing_outputs_of_a_half_written_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input.join("m.json"), TWO);
    let out = dir.path().join("out");
    // A run killed between the two outputs of m.json left the first.
    write(&out.join("m.json-1.nitf"), b"from the killed run");
    let report = dir.path().join("r.jsonl");
    let resumed = newswire()
        .args(["convert", "--skip-existing", "--to", "nitf", "--report"])
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(resumed.status.code(), Some(0), "{}", stderr(&resumed));
    assert_eq!(
        std::fs::read(out.join("m.json-1.nitf")).unwrap(),
        b"from the killed run"
    );
    let second = std::fs::read_to_string(out.join("m.json-2.nitf")).unwrap();
    assert!(second.contains("Second"), "{second}");
    let line = &report_lines(&report)[0];
    assert_eq!(line["status"], "ok");
    assert_eq!(line["outputs"].as_array().map(Vec::len), Some(1));
}

#[test]
fn pt2_an_input_writes_all_its_outputs_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("m.json");
    write(&input, TWO);
    let out = dir.path().join("out");
    write(&out.join("m.json-2.nitf"), b"not ours");
    let output = newswire()
        .args(["convert", "--to", "nitf", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("m.json-2.nitf exists"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        files(&out),
        [PathBuf::from("m.json-2.nitf")],
        "no m.json-1.nitf"
    );
    assert_eq!(
        std::fs::read(out.join("m.json-2.nitf")).unwrap(),
        b"not ours"
    );
}

#[test]
fn pt2_an_article_named_like_another_input_yields_to_it() {
    // m.json's second article would be m.json-2.nitf, the output of the input m.json-2.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input.join("m.json"), TWO);
    write(&input.join("m.json-2"), story(1).as_bytes());
    let out = dir.path().join("out");
    for _ in 0..2 {
        let _ = std::fs::remove_dir_all(&out);
        let output = newswire()
            .args(["convert", "-j", "2", "--include", "*", "--to", "nitf", "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert!(
            stderr(&output).contains("article 2 would be written as")
                && stderr(&output).contains("the output of the input"),
            "{}",
            stderr(&output)
        );
        assert_eq!(files(&out), [PathBuf::from("m.json-2.nitf")]);
        let nitf = std::fs::read_to_string(out.join("m.json-2.nitf")).unwrap();
        assert!(nitf.contains("linea 1"), "{nitf}");
    }
}

#[cfg(unix)]
#[test]
fn f13_names_that_are_not_utf8_keep_their_own_outputs_and_report_lines() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(
        &input.join(OsStr::from_bytes(b"bad\xfe.txt")),
        story(1).as_bytes(),
    );
    write(
        &input.join(OsStr::from_bytes(b"bad\xff.txt")),
        story(2).as_bytes(),
    );
    let out = dir.path().join("out");
    let report = dir.path().join("r.jsonl");
    let output = newswire()
        .args(["convert", "-v", "--to", "atom", "--report"])
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        files(&out),
        [
            PathBuf::from(OsStr::from_bytes(b"bad\xfe.txt.atom")),
            PathBuf::from(OsStr::from_bytes(b"bad\xff.txt.atom"))
        ]
    );
    let fe = std::fs::read_to_string(out.join(OsStr::from_bytes(b"bad\xfe.txt.atom"))).unwrap();
    assert!(fe.contains("linea 1<"), "{fe}");
    // Reversible escapes in the report, flagged; readable ones on stderr.
    let lines = report_lines(&report);
    for byte in ["FE", "FF"] {
        let line = record(&lines, &format!("/bad\\x{byte}.txt"));
        assert_eq!(line["names_escaped"], true, "{line}");
        assert!(
            line["outputs"][0]
                .as_str()
                .unwrap()
                .ends_with(&format!("out/bad\\x{byte}.txt.atom")),
            "{line}"
        );
    }
    assert!(
        stderr(&output).contains("/bad\\xFE.txt -> atom: dropped"),
        "{}",
        stderr(&output)
    );
}

/// A run over `a.txt`, `b.txt` and then standard input, which the test holds open: the run
/// is stuck on its last input with the first two done.
fn run_stuck_on_stdin(dir: &Path, report: &Path) -> std::process::Child {
    write(&dir.join("a.txt"), story(1).as_bytes());
    write(&dir.join("b.txt"), story(2).as_bytes());
    let child = newswire()
        .args([
            "convert", "-j", "1", "--from", "text", "--to", "atom", "--report",
        ])
        .arg(report)
        .arg("-o")
        .arg(dir.join("out"))
        .arg(dir.join("a.txt"))
        .arg(dir.join("b.txt"))
        .arg("-")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !dir.join("out/b.txt.atom").exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    // b.txt's record follows its output.
    std::thread::sleep(Duration::from_millis(300));
    child
}

/// The child's output, once it ends; killed (and the test failed) if it takes longer.
fn finish_within(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    let deadline = Instant::now() + limit;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!(
                "still running after {limit:?}: {:?}",
                child.wait_with_output()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn f14_a_second_signal_still_prints_the_summary_with_the_report_whole() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.jsonl");
    let child = run_stuck_on_stdin(dir.path(), &report);
    for _ in 0..2 {
        let signalled = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(signalled.success());
        std::thread::sleep(Duration::from_millis(200));
    }
    let output = finish_within(child, Duration::from_secs(30));
    assert_eq!(output.status.code(), Some(130));
    assert!(
        stderr(&output).contains(
            "newswire: interrupted again, stopped at once; converted 2, failed 0, skipped 0"
        ),
        "{}",
        stderr(&output)
    );
    assert_eq!(report_lines(&report).len(), 2);
}

#[test]
fn f14_a_killed_run_loses_no_finished_report_line() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.jsonl");
    let mut child = run_stuck_on_stdin(dir.path(), &report);
    child.kill().unwrap(); // SIGKILL: nothing is flushed at the end
    child.wait().unwrap();
    let lines = report_lines(&report);
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(record(&lines, "b.txt")["status"], "ok");
}

#[cfg(unix)]
#[test]
fn f14_a_file_size_limit_cuts_the_report_at_a_whole_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 30);
    let report = dir.path().join("r.jsonl");
    // 4 KiB: every output fits, the 30 report lines (about 400 bytes each) do not.
    let output = Command::new("bash")
        .args(["-c", "ulimit -f 4 && exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_newswire"))
        .args(["convert", "--quiet", "--to", "jsonld", "--report"])
        .arg(&report)
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("File too large") && stderr(&output).contains("incomplete"),
        "{}",
        stderr(&output)
    );
    let lines = report_lines(&report);
    assert!(!lines.is_empty() && lines.len() < 30, "{}", lines.len());
    assert_eq!(files(&dir.path().join("out")).len(), 30);
}

#[cfg(unix)]
#[test]
fn also_seen_a_symbolic_link_in_a_walk_gets_a_report_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write(&input.join("real.txt"), story(1).as_bytes());
    write(
        &dir.path().join("elsewhere/target.txt"),
        story(2).as_bytes(),
    );
    std::os::unix::fs::symlink("../elsewhere/target.txt", input.join("link.txt")).unwrap();
    std::os::unix::fs::symlink("../elsewhere", input.join("linked-dir.txt")).unwrap();
    let report = dir.path().join("r.jsonl");
    let out = dir.path().join("out");
    let output = newswire()
        .args(["convert", "--to", "atom", "--report"])
        .arg(&report)
        .arg("-o")
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("link.txt: skipped: a symbolic link"),
        "{}",
        stderr(&output)
    );
    let lines = report_lines(&report);
    assert_eq!(lines.len(), 3);
    for name in ["in/link.txt", "in/linked-dir.txt"] {
        let line = record(&lines, name);
        assert_eq!(line["status"], "skipped");
        assert!(
            line["reason"]
                .as_str()
                .unwrap()
                .contains("does not follow links"),
            "{line}"
        );
    }
    assert_eq!(files(&out), [PathBuf::from("real.txt.atom")]);
    // Named directly, a link is read.
    let named = newswire()
        .args(["convert", "--quiet", "--to", "atom"])
        .arg(input.join("link.txt"))
        .output()
        .unwrap();
    assert_eq!(named.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&named.stdout).contains("linea 2"));
}

/// Issue #21 point 7: `-j 0` means all cores, as in ripgrep; the outputs are those of `-j 1`.
#[test]
fn jobs_zero_means_all_cores() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 6);
    let convert = |jobs: &str, out: &str| {
        let out = dir.path().join(out);
        let output = newswire()
            .args(["convert", "--quiet", "-j", jobs, "--to", "jsonld", "-o"])
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "-j {jobs}: {}",
            stderr(&output)
        );
        files(&out)
            .into_iter()
            .map(|file| {
                std::fs::read(out.join(&file))
                    .map(|bytes| (file, bytes))
                    .unwrap()
            })
            .collect::<Vec<_>>()
    };
    let all = convert("0", "all");
    assert_eq!(all.len(), 6);
    assert_eq!(all, convert("1", "one"));
}

/// Issue #21 point 7: a run over a directory prints one line per distinct loss with the number
/// of inputs that had it, not a line per input; `-v` lists each input's, and the report has them
/// whatever is printed.
#[test]
fn losses_of_a_directory_run_are_counted_unless_verbose() {
    let dir = tempfile::tempdir().unwrap();
    let input = many_stories(dir.path(), 3);
    let run = |extra: &[&str], out: &str| {
        let output = newswire()
            .args(["convert", "--to", "atom"])
            .args(extra)
            .arg("-o")
            .arg(dir.path().join(out))
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stderr(&output)
    };
    let counted = run(&[], "counted");
    assert!(
        counted.contains("newswire: 3 inputs -> atom: dropped dateline.city\n"),
        "{counted}"
    );
    assert!(
        counted.contains("newswire: 3 inputs -> atom: no time, wrote 1970-01-01T00:00:00Z"),
        "{counted}"
    );
    assert!(!counted.contains(".txt -> atom"), "{counted}");
    // The commonest first, then by their text: the same lines in the same order on every run.
    let lines: Vec<&str> = counted
        .lines()
        .filter(|l| l.contains("inputs -> "))
        .collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted, "{counted}");
    let again = run(&[], "again");
    let counts = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.contains("inputs -> "))
            .map(String::from)
            .collect()
    };
    assert_eq!(counts(&again), counts(&counted));
    let listed = run(&["-v"], "listed");
    assert_eq!(
        listed.matches(".txt -> atom: dropped").count(),
        3,
        "{listed}"
    );
    assert!(!listed.contains("inputs -> atom"), "{listed}");
}
