//! The HTML page writer's test material: every fixture, every readable shared input and every
//! hostile document of the security tests as pages (`tests/html_page.rs` checks them with the
//! Nu Html Checker, `tests/html_browser.rs` in a headless Chromium), and the tools those
//! checks need, which a test without them reports as skipped (and fails under `CI`).

use std::path::{Path, PathBuf};

use newswire::formats::{ReadOptions, read_with};
use newswire::model::{Article, Block, Inline};
use newswire::{Format, detect, write};

use super::payloads::{
    DISGUISED, HOSTILE_MARKUP, HOSTILE_TEXT, WITH_CREDENTIALS, documents_linking_to,
    documents_with_markup,
};
use super::samples::{article_with, plain_article};
use super::{corpus_files, is_set, root};

/// One article and its page.
pub struct Page {
    /// Where it came from (a file and the article's place in it, or what hostile case it is):
    /// the page's file name, made of it.
    pub name: String,
    /// The article as read (or built).
    pub article: Article,
    /// The page the `html` writer wrote.
    pub html: Vec<u8>,
}

impl Page {
    fn new(name: String, article: Article) -> Page {
        let html = write(std::slice::from_ref(&article), Format::Html)
            .unwrap_or_else(|e| panic!("{name}: the html writer refused: {e}"));
        Page {
            name,
            article,
            html,
        }
    }

    /// A file name for the page: its name with what a file name cannot hold replaced.
    pub fn file_name(&self, index: usize) -> String {
        let safe: String = self
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(80)
            .collect();
        format!("{index:04}-{safe}.html")
    }
}

/// One page per article of every file of `fixtures/<format>/` (the golden fixtures of every
/// reader and the model documents), each read as its folder's format.
pub fn fixture_pages() -> Vec<Page> {
    let fixtures = root().join("fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("fixtures/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "golden"))
        .collect();
    dirs.sort();
    let mut pages = Vec::new();
    for dir in dirs {
        let folder = dir.file_name().unwrap_or_default().to_string_lossy();
        let format: Format = folder
            .parse()
            .unwrap_or_else(|e| panic!("fixtures/{folder}: {e}"));
        for file in corpus_files(&dir) {
            let articles =
                read_file(&file, format).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            pages.extend(pages_of(&file, articles));
        }
    }
    pages
}

/// The articles of `file`, read as `format` with its name given (a photo links to it).
fn read_file(file: &Path, format: Format) -> Result<Vec<Article>, newswire::Error> {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let mut options = ReadOptions::default();
    options.source_name = file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned());
    read_with(&bytes, format, &options)
}

fn pages_of(file: &Path, articles: Vec<Article>) -> Vec<Page> {
    let parent = file
        .parent()
        .and_then(Path::file_name)
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let stem = file.file_name().unwrap_or_default().to_string_lossy();
    articles
        .into_iter()
        .enumerate()
        .map(|(i, article)| Page::new(format!("{parent}-{stem}-{}", i + 1), article))
        .collect()
}

/// Whether `../shared` is beside the checkout; when it is not, says that the shared inputs are
/// skipped (and fails under `CI` or `NEWSWIRE_REQUIRE_SHARED`, which require it).
pub fn shared_present(test: &str) -> bool {
    let present = root().join("..").join("shared").is_dir();
    if !present {
        assert!(
            !is_set("CI") && !is_set("NEWSWIRE_REQUIRE_SHARED"),
            "{test}: ../shared is missing beside the checkout, and CI requires it"
        );
        eprintln!(
            "{test}: ../shared is missing: its inputs are skipped (the fixtures are checked)"
        );
    }
    present
}

/// One page per article of every readable file of `../shared/corpus/*`, `seed`, `textwire`
/// and `textwire3` (detected by content and name, as the command line does), and how many
/// files did not read (no news document: images, other systems' files, expectation files).
pub fn shared_pages() -> (Vec<Page>, usize) {
    let shared = root().join("..").join("shared");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(shared.join("corpus"))
        .expect("../shared/corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.extend(["seed", "textwire", "textwire3"].map(|d| shared.join(d)));
    let mut pages = Vec::new();
    let mut unread = 0;
    for dir in dirs {
        for file in corpus_files(&dir) {
            let name = file.to_string_lossy();
            if name.ends_with(".expected.json") || name.ends_with(".tsv") {
                continue;
            }
            let bytes = std::fs::read(&file).unwrap_or_default();
            let read = detect(&bytes, Some(&file)).and_then(|format| read_file(&file, format));
            match read {
                Ok(articles) => pages.extend(pages_of(&file, articles)),
                Err(_) => unread += 1,
            }
        }
    }
    (pages, unread)
}

/// The payloads of the security tests as pages: articles built with a script, data or
/// local-file URL (however disguised) or credentials in every field, with script-ending text
/// in every field; every reader's document linking to those URLs; bodies of hostile HTML read
/// from ninjs, Atom, RSS and JSON-LD; characters HTML cannot hold.
pub fn hostile_pages() -> Vec<Page> {
    let mut pages = Vec::new();
    for (i, value) in DISGUISED.into_iter().chain([WITH_CREDENTIALS]).enumerate() {
        pages.push(Page::new(
            format!("hostile-built-{i}"),
            article_with(|_| value.to_string()),
        ));
        for (format, document) in documents_linking_to(value) {
            let articles =
                newswire::read(&document, format).unwrap_or_else(|e| panic!("{format}: {e}"));
            for (j, article) in articles.into_iter().enumerate() {
                pages.push(Page::new(format!("hostile-link-{i}-{format}-{j}"), article));
            }
        }
    }
    pages.push(Page::new(
        "hostile-text".to_string(),
        article_with(|field| format!("{field} {HOSTILE_TEXT}")),
    ));
    for (format, document) in documents_with_markup(HOSTILE_MARKUP) {
        let articles =
            newswire::read(&document, format).unwrap_or_else(|e| panic!("{format}: {e}"));
        for (j, article) in articles.into_iter().enumerate() {
            pages.push(Page::new(format!("hostile-markup-{format}-{j}"), article));
        }
    }
    let mut odd = plain_article();
    odd.headline = Some("</script><!-- \u{2028} & more \u{7f}\u{85}\u{fdd0}\u{1fffe}".to_string());
    odd.description = Some("<b>not markup</b>\r\nline".to_string());
    odd.language = Some("en\"><script>".to_string());
    odd.body = vec![
        Block::paragraph(
            "C1 \u{80}\u{9f}, DEL \u{7f}, noncharacters \u{fdd0}\u{fdef}\u{10ffff}: gone",
        ),
        Block::Preformatted {
            text: "\r\nkept\r\n".to_string(),
        },
    ];
    pages.push(Page::new("odd-characters".to_string(), odd));
    pages
}

/// The paragraphs of a body the page must show, as text: each paragraph at the body's top
/// level, its inline text with what HTML cannot hold left out and whitespace runs one space
/// (what `innerText` gives of it once its whitespace is collapsed the same way); blank ones
/// left out.
pub fn paragraphs(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { content } => Some(shown(&Inline::plain_text(content))),
            _ => None,
        })
        .filter(|text| !text.is_empty())
        .collect()
}

/// The headline the page's `h1` shows: the headline, else the title, with what HTML cannot
/// hold left out and whitespace runs one space; `None` when nothing is left.
pub fn headline(article: &Article) -> Option<String> {
    let text = shown(article.headline.as_deref().or(article.title.as_deref())?);
    (!text.is_empty()).then_some(text)
}

/// `text` as a page shows it: without the characters HTML cannot hold (C0 controls but
/// whitespace, DEL, C1 controls, noncharacters), whitespace runs one space, trimmed.
pub fn shown(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|&c| {
            let code = u32::from(c);
            let control = code < 0x20 && !matches!(c, '\t' | '\n' | '\r');
            let unfit = (0x7f..=0x9f).contains(&code)
                || (0xfdd0..=0xfdef).contains(&code)
                || code & 0xfffe == 0xfffe;
            !control && !unfit
        })
        .collect();
    kept.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// `tests/browser/`, where the npm packages of the HTML checks are installed
/// (`npm ci --ignore-scripts --prefix tests/browser`).
pub fn browser_dir() -> PathBuf {
    root().join("tests").join("browser")
}

/// Whether a tool a test needs is there; when it is not, says the test is skipped and how to
/// install it, and fails under `CI` (which installs the tools: `.ci/run`).
pub fn tool_present(test: &str, what: &str, present: bool) -> bool {
    if !present {
        assert!(
            !is_set("CI"),
            "{test}: {what} is missing, and CI requires it (see .ci/run)"
        );
        eprintln!(
            "{test}: SKIPPED: {what} is missing (install Chromium, Java 17+ and Node 20+, then \
             `npm ci --ignore-scripts --prefix tests/browser`)"
        );
    }
    present
}

/// Whether `program --version` runs.
pub fn runs(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Writes `pages` into `dir`, each under [`Page::file_name`]; returns the names in order.
pub fn write_pages(pages: &[Page], dir: &Path) -> Vec<String> {
    pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let name = page.file_name(i);
            std::fs::write(dir.join(&name), &page.html).unwrap_or_else(|e| panic!("{name}: {e}"));
            name
        })
        .collect()
}
