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
            PathBuf::from("rome/a.atom"),
            PathBuf::from("rome/b.atom"),
            PathBuf::from("turin/c.atom")
        ]
    );
    let feed = std::fs::read_to_string(out.join("turin/c.atom")).unwrap();
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
    assert!(a["outputs"][0].as_str().unwrap().ends_with("rome/a.atom"));
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
    write(&out.join("a.xml"), b"from an earlier run");
    let run = |extra: &[&str]| {
        newswire()
            .args(["convert", "--quiet", "--to", "newsml-g2", "--report"])
            .arg(dir.path().join("r.jsonl"))
            .args(extra)
            .arg("-o")
            .arg(&out)
            .arg(&input)
            .output()
            .unwrap()
    };
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("a.xml exists"));
    assert_eq!(
        std::fs::read(out.join("a.xml")).unwrap(),
        b"from an earlier run"
    );
    assert!(out.join("b.xml").exists());

    std::fs::remove_file(out.join("b.xml")).unwrap();
    let resumed = run(&["--skip-existing"]);
    assert_eq!(resumed.status.code(), Some(0));
    assert_eq!(
        std::fs::read(out.join("a.xml")).unwrap(),
        b"from an earlier run"
    );
    assert!(out.join("b.xml").exists());
    let report = std::fs::read_to_string(dir.path().join("r.jsonl")).unwrap();
    assert!(report.contains("\"status\":\"skipped\""), "{report}");

    let forced = run(&["--force"]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(out.join("a.xml"))
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
        [PathBuf::from("two-1.jsonld"), PathBuf::from("two-2.jsonld")]
    );
    assert!(
        std::fs::read_to_string(out.join("two-2.jsonld"))
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
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/same.txt"), story(1).as_bytes());
    write(&dir.path().join("in/same.json"), br#"[{"headline": "J"}]"#);
    let out = dir.path().join("out");
    let output = newswire()
        .args(["convert", "-j", "1", "--to", "atom", "-o"])
        .arg(&out)
        .arg(dir.path().join("in"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("another input of this run writes"));
    assert_eq!(files(&out), [PathBuf::from("same.atom")]);
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
        let source = input.join(file.with_extension("txt"));
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
