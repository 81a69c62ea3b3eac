//! The README and the pages of `docs/` show real output: in README.md and every `docs/*.md`,
//! every block between `<!-- newswire ARGS -->` and `<!-- end -->` must be what `newswire ARGS`
//! prints now (inside the block's code fence, if it has one). After a deliberate change,
//! `NEWSWIRE_BLESS=1 cargo test --test readme` rewrites the blocks of every such file (only `1`
//! does, and never under `CI`: `support::bless`); review the diff.

pub mod support;

use std::process::Command;

const START: &str = "<!-- newswire ";
const END: &str = "<!-- end -->";

/// A page (the README or a docs page) with every marked block replaced by the command's current
/// output.
fn regenerate(page: &str) -> String {
    let mut out = String::new();
    let mut rest = page;
    while let Some(start) = rest.find(START) {
        let (before, marked) = rest.split_at(start);
        out.push_str(before);
        let header_end = marked.find("-->").expect("a marker ends with -->") + 3;
        let header = &marked[..header_end];
        let args = header[START.len()..header_end - 3].trim();
        let body_end = marked
            .find(END)
            .unwrap_or_else(|| panic!("no {END} after {header}"));
        let body = &marked[header_end..body_end];
        let fence = body
            .trim_start_matches('\n')
            .lines()
            .next()
            .filter(|line| line.starts_with("```"))
            .map(str::to_string);
        let output = Command::new(env!("CARGO_BIN_EXE_newswire"))
            .args(args.split_whitespace())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("run newswire");
        assert!(output.status.success(), "newswire {args} failed");
        let text = String::from_utf8(output.stdout).expect("UTF-8 output");
        out.push_str(header);
        out.push('\n');
        match fence {
            Some(fence) => {
                out.push_str(&fence);
                out.push('\n');
                out.push_str(&text);
                if !text.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str("```\n");
            }
            None => {
                out.push_str(&text);
                if !text.ends_with('\n') {
                    out.push('\n');
                }
            }
        }
        rest = &marked[body_end..];
    }
    out.push_str(rest);
    out
}

/// README.md, then every `docs/*.md` in name order.
fn pages() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs: Vec<_> = std::fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.expect("a docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    let mut pages = vec![root.join("README.md")];
    pages.extend(docs);
    pages
}

#[test]
fn readme_shows_current_output() {
    let bless = support::bless();
    let mut stale = Vec::new();
    for path in pages() {
        let name = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&path)
            .display()
            .to_string();
        let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {name}: {e}"));
        let current = regenerate(&page);
        if bless {
            if current != page {
                std::fs::write(&path, &current).unwrap_or_else(|e| panic!("write {name}: {e}"));
            }
            continue;
        }
        if current != page {
            let line = page
                .lines()
                .zip(current.lines())
                .position(|(a, b)| a != b)
                .map_or(0, |i| i + 1);
            stale.push(format!("{name} from line {line}"));
        }
    }
    assert!(
        stale.is_empty(),
        "output blocks are stale: {}; NEWSWIRE_BLESS=1 cargo test --test readme rewrites them",
        stale.join(", ")
    );
}
