//! The `html` writer's pages in a real browser (issue #24): headless Chromium, driven by
//! playwright-core from `tests/browser/check.mjs`, loads every fixture's page, every hostile
//! page of the security tests and (when `../shared` is there) every shared input's page, once
//! under the page's Content-Security-Policy and once with it bypassed, and finds for each
//!
//! - no console error or warning, no page error, and no call of `alert`, `confirm`, `prompt`,
//!   `print`, `open` or `console` (an init script records them): nothing ran;
//! - one script element, `application/ld+json`, whose text `JSON.parse` makes into the same
//!   object as the `jsonld` writer's output for the article (parsed here by serde_json);
//! - the visible `h1` text equal to the model's headline (else title), and the article body's
//!   visible text holding each top-level paragraph of the model's body, both compared as text
//!   with runs of spaces, tabs and line breaks one space and the characters HTML cannot hold
//!   (DEL, C1 controls, noncharacters) left out (`support::html::{headline, paragraphs}`).
//!
//! Needs Chromium (`/usr/bin/chromium`, or `$CHROMIUM`), Node and `npm ci --ignore-scripts
//! --prefix tests/browser`; without them the test says it is skipped, and fails under `CI`.

pub mod support;

use std::path::Path;
use std::process::Command;

use newswire::{Format, write};
use support::html::{
    Page, browser_dir, fixture_pages, headline, hostile_pages, paragraphs, runs, shared_pages,
    shared_present, tool_present, write_pages,
};

/// What the browser must find in each page: the manifest `check.mjs` reads.
fn manifest(pages: &[Page], files: &[String]) -> serde_json::Value {
    let entries: Vec<serde_json::Value> = pages
        .iter()
        .zip(files)
        .map(|(page, file)| {
            let jsonld = write(std::slice::from_ref(&page.article), Format::JsonLd)
                .unwrap_or_else(|e| panic!("{}: jsonld: {e}", page.name));
            let jsonld: serde_json::Value =
                serde_json::from_slice(&jsonld).unwrap_or_else(|e| panic!("{}: {e}", page.name));
            serde_json::json!({
                "file": file,
                "name": page.name,
                "jsonld": jsonld,
                "headline": headline(&page.article),
                "paragraphs": paragraphs(&page.article),
            })
        })
        .collect();
    serde_json::json!({ "pages": entries })
}

/// The browser to run, when Chromium, Node and playwright-core are all there; `None` (the test
/// said it is skipped, or failed under `CI`) otherwise.
fn browser(test: &str) -> Option<std::ffi::OsString> {
    let chromium = std::env::var_os("CHROMIUM").unwrap_or_else(|| "/usr/bin/chromium".into());
    let playwright = browser_dir().join("node_modules/playwright-core/package.json");
    let present = Path::new(&chromium).is_file() && playwright.is_file() && runs("node");
    tool_present(
        test,
        "Chromium, Node or playwright-core in tests/browser",
        present,
    )
    .then_some(chromium)
}

/// The pages written to a temporary folder with their manifest, and `check.mjs` run over
/// them in `chromium`: the pages' file names and what the check printed.
fn check(chromium: &std::ffi::OsStr, pages: &[Page]) -> (Vec<String>, std::process::Output) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = write_pages(pages, dir.path());
    std::fs::write(
        dir.path().join("manifest.json"),
        serde_json::to_vec(&manifest(pages, &files)).expect("JSON"),
    )
    .expect("the manifest");
    let out = Command::new("node")
        .arg(browser_dir().join("check.mjs"))
        .arg(dir.path())
        .env("CHROMIUM", chromium)
        .output()
        .expect("node runs");
    (files, out)
}

#[test]
fn every_page_loads_in_chromium_runs_nothing_and_shows_the_article() {
    let test = "every_page_loads_in_chromium_runs_nothing_and_shows_the_article";
    let Some(chromium) = browser(test) else {
        return;
    };
    let mut pages = fixture_pages();
    let fixtures = pages.len();
    let hostile = hostile_pages();
    let hostile_count = hostile.len();
    pages.extend(hostile);
    let mut shared = 0;
    if shared_present(test) {
        let (shared_pages, _) = shared_pages();
        shared = shared_pages.len();
        pages.extend(shared_pages);
    }
    let (_, out) = check(&chromium, &pages);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "{} pages ({fixtures} from the fixtures, {hostile_count} hostile, {shared} from ../shared): {}",
        pages.len(),
        stdout.lines().last().unwrap_or_default()
    );
    assert!(
        out.status.success(),
        "check.mjs failed ({}):\n{}\n{stderr}",
        out.status,
        stdout.lines().take(80).collect::<Vec<_>>().join("\n")
    );
}

/// The check itself catches what it is for (a negative control): a page with an inline event
/// handler (refused under the CSP, which Chromium logs; run when the CSP is bypassed, which
/// the hook records), and a page whose `h1` is not the headline.
#[test]
fn the_browser_check_fails_a_page_that_runs_script_or_hides_the_headline() {
    let test = "the_browser_check_fails_a_page_that_runs_script_or_hides_the_headline";
    let Some(chromium) = browser(test) else {
        return;
    };
    let mut pages: Vec<Page> = fixture_pages().into_iter().take(2).collect();
    assert_eq!(pages.len(), 2);
    let spoil = |html: &[u8], from: &str, to: &str| -> Vec<u8> {
        let html = String::from_utf8(html.to_vec()).expect("UTF-8");
        assert!(html.contains(from), "{from} not in {html}");
        html.replacen(from, to, 1).into_bytes()
    };
    pages[0].html = spoil(
        &pages[0].html,
        "</header>",
        "</header><img src=\"x.png\" alt=\"\" onload=\"alert(1)\">",
    );
    pages[1].html = spoil(&pages[1].html, "<h1>", "<h1>Not the headline: ");
    let (files, out) = check(&chromium, &pages);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let failed = |file: &str, why: &str| {
        stdout
            .lines()
            .any(|line| line.starts_with(file) && line.contains(why))
    };
    assert!(
        failed(&files[0], "(CSP bypassed): script ran: [\"alert\",\"1\"]"),
        "{stdout}"
    );
    assert!(failed(&files[0], "(with CSP): console error"), "{stdout}");
    assert!(
        failed(&files[1], "(with CSP): h1 [\"Not the headline:"),
        "{stdout}"
    );
}
