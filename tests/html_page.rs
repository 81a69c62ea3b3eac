//! The `html` writer's pages against HTML5's rules: every fixture, every readable shared input
//! (when `../shared` is there) and every hostile payload of the security tests, written as a
//! page, is
//!
//! - valid HTML5 for the Nu Html Checker (vnu, the W3C's checker, from npm: `vnu-jar`, run once
//!   over a folder of all the pages): 0 errors;
//! - one document whose only `<script` is the `application/ld+json` one, holding exactly the
//!   bytes the `jsonld` writer writes for the article (nothing unescaped, nothing changed);
//! - under the Content-Security-Policy `meta`, with a charset and a title that is not blank;
//! - passed by the independent audit (`support::audit`, html5ever's tokenizer).
//!
//! Without Java or `tests/browser/node_modules` (`npm ci --ignore-scripts --prefix
//! tests/browser`) the checker's test says it is skipped, and fails under `CI`.

pub mod support;

use std::process::Command;

use newswire::{Format, write};
use support::audit;
use support::html::{
    Page, browser_dir, fixture_pages, hostile_pages, runs, shared_pages, shared_present,
    tool_present, write_pages,
};

/// The CSP `meta` every page holds.
const CSP_META: &str = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' https: http:; base-uri 'none'; form-action 'none'">"#;

/// The start tag of the one script element.
const JSON_LD_START: &str = r#"<script type="application/ld+json">"#;

/// Every page to check, and how many came from each source.
fn all_pages(test: &str) -> (Vec<Page>, String) {
    let mut pages = fixture_pages();
    let fixtures = pages.len();
    let hostile = hostile_pages();
    let hostile_count = hostile.len();
    pages.extend(hostile);
    let mut shared_note = "../shared absent".to_string();
    if shared_present(test) {
        let (shared, unread) = shared_pages();
        shared_note = format!(
            "{} from ../shared ({unread} files there not read)",
            shared.len()
        );
        pages.extend(shared);
    }
    let note = format!("{fixtures} from the fixtures, {hostile_count} hostile, {shared_note}");
    (pages, note)
}

#[test]
fn every_page_is_valid_html5_for_the_nu_html_checker() {
    let test = "every_page_is_valid_html5_for_the_nu_html_checker";
    let jar = browser_dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let present = jar.is_file() && runs("java");
    if !tool_present(
        test,
        "the Nu Html Checker (java, and vnu-jar in tests/browser)",
        present,
    ) {
        return;
    }
    let (pages, note) = all_pages(test);
    let dir = tempfile::tempdir().expect("a temporary folder");
    write_pages(&pages, dir.path());
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .arg(dir.path())
        .output()
        .expect("java runs");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let errors: Vec<&str> = report.lines().filter(|l| !l.trim().is_empty()).collect();
    eprintln!(
        "{} pages checked by the Nu Html Checker ({note}): {} errors",
        pages.len(),
        errors.len()
    );
    assert!(
        errors.is_empty() && out.status.success(),
        "{} errors (status {}):\n{}",
        errors.len(),
        out.status,
        errors
            .iter()
            .take(50)
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The bytes between the one script element's start tag and its end tag.
fn json_ld_of(page: &str) -> Option<&str> {
    let start = page.find(JSON_LD_START)? + JSON_LD_START.len();
    let end = start + page.get(start..)?.find("</script>")?;
    page.get(start..end)
}

#[test]
fn every_page_embeds_the_jsonld_writers_bytes_and_nothing_else_runs() {
    let (pages, note) = all_pages("every_page_embeds_the_jsonld_writers_bytes");
    let mut failures = Vec::new();
    for page in &pages {
        let name = &page.name;
        let html = String::from_utf8(page.html.clone()).expect("UTF-8");
        let jsonld = write(std::slice::from_ref(&page.article), Format::JsonLd)
            .unwrap_or_else(|e| panic!("{name}: jsonld: {e}"));
        let jsonld = String::from_utf8(jsonld).expect("UTF-8");
        let mut fail = |why: String| failures.push(format!("{name}: {why}"));
        if json_ld_of(&html) != Some(jsonld.as_str()) {
            fail("the script element does not hold the jsonld writer's bytes".into());
        }
        let scripts = html.to_ascii_lowercase().matches("<script").count();
        if scripts != 1 || html.matches(JSON_LD_START).count() != 1 {
            fail(format!("{scripts} script elements"));
        }
        if !html.starts_with("<!DOCTYPE html>\n<html") || !html.contains("<meta charset=\"utf-8\">")
        {
            fail("no doctype or charset".into());
        }
        if html.matches(CSP_META).count() != 1 {
            fail("no Content-Security-Policy meta".into());
        }
        let title = html
            .split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .map(|(title, _)| title);
        if title.is_none_or(|t| t.trim().is_empty()) {
            fail(format!("title {title:?}"));
        }
        let found = audit::findings("html", &page.html);
        if !found.is_empty() {
            fail(format!("audit: {found:?}"));
        }
    }
    eprintln!("{} pages ({note}): {} failed", pages.len(), failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
