//! Article-at-a-time reading and writing give what whole reads and writes give: every
//! multi-article file of `fixtures/` (and of `../shared/corpus`, the real agency files, when it
//! is there) read with `read_iter` equals the whole read, article for article; as properties,
//! any articles written one at a time (`DocumentWriter`) are the bytes `write_with` gives, and
//! the document they make reads back the same whole and as a stream.

pub mod support;

use std::path::{Path, PathBuf};

use newswire::formats::{
    DocumentWriter, Finished, ReadOptions, WriteOptions, read_iter, write_with,
};
use newswire::model::Article;
use newswire::{Format, detect, read};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use support::generate::articles;

fn files_under(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

/// The files whose stream differs from the whole read, with why, for each root.
fn differences(root: &Path) -> (usize, Vec<String>) {
    let mut files = Vec::new();
    files_under(root, &mut files);
    let mut compared = 0;
    let mut differ = Vec::new();
    for path in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(format) = detect(&bytes, Some(&path)) else {
            continue;
        };
        if !matches!(
            format,
            Format::NewsmlG2 | Format::Atom | Format::Rss | Format::Newsml12 | Format::Json
        ) {
            continue;
        }
        let whole = read(&bytes, format);
        let streamed: Vec<_> = read_iter(&bytes[..], format, &ReadOptions::default()).collect();
        compared += 1;
        match whole {
            Ok(whole) => {
                let streamed: Result<Vec<_>, _> = streamed.into_iter().collect();
                match streamed {
                    Ok(streamed) if streamed == whole => {}
                    Ok(streamed) => {
                        let first = whole.iter().zip(&streamed).position(|(a, b)| a != b);
                        let detail = first.map(|i| {
                            let a = serde_json::to_string(&whole[i]).unwrap_or_default();
                            let b = serde_json::to_string(&streamed[i]).unwrap_or_default();
                            let at = a
                                .bytes()
                                .zip(b.bytes())
                                .position(|(x, y)| x != y)
                                .unwrap_or(0);
                            format!(
                                "article {i}: whole …{}… stream …{}…",
                                a.get(at.saturating_sub(60)..(at + 100).min(a.len()))
                                    .unwrap_or(""),
                                b.get(at.saturating_sub(60)..(at + 100).min(b.len()))
                                    .unwrap_or("")
                            )
                        });
                        differ.push(format!(
                            "{}: {} whole, {} streamed; {}",
                            path.display(),
                            whole.len(),
                            streamed.len(),
                            detail.unwrap_or_default()
                        ));
                    }
                    Err(e) => differ.push(format!("{}: stream failed: {e}", path.display())),
                }
            }
            Err(e) => {
                if streamed.iter().any(Result::is_ok) {
                    differ.push(format!(
                        "{}: whole failed ({e}) but the stream read",
                        path.display()
                    ));
                }
            }
        }
    }
    (compared, differ)
}

/// `articles` written one at a time.
fn written_one_at_a_time(articles: &[Article], format: Format) -> Result<Vec<u8>, TestCaseError> {
    let fail = |e: newswire::Error| TestCaseError::fail(format!("{format}: {e}"));
    let mut writer = DocumentWriter::new(format, &WriteOptions::default()).map_err(fail)?;
    let mut items = Vec::new();
    for article in articles {
        items.extend(writer.push(article).map_err(fail)?);
    }
    prop_assert_eq!(writer.count(), articles.len());
    Ok(match writer.finish().map_err(fail)? {
        Finished::Document(alone) => {
            prop_assert!(items.is_empty());
            alone
        }
        Finished::Envelope { head, tail } => [head, items, tail].concat(),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn writing_one_at_a_time_gives_the_whole_write(articles in articles(5)) {
        let formats: Vec<Format> = Format::ALL.into_iter().filter(|f| f.writes_in_items()).collect();
        prop_assert_eq!(
            formats.iter().map(|f| f.name()).collect::<Vec<_>>(),
            ["json", "newsml-g2", "jsonld", "atom", "rss", "wxr", "news-sitemap"]
        );
        for format in formats {
            let whole = write_with(&articles, format, &WriteOptions::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let streamed = written_one_at_a_time(&articles, format)?;
            prop_assert_eq!(String::from_utf8_lossy(&streamed), String::from_utf8_lossy(&whole), "{}", format);
        }
    }

    #[test]
    fn written_documents_stream_as_they_read_whole(articles in articles(5)) {
        for format in Format::ALL.into_iter().filter(|f| f.reads_in_items() && f.can_write()) {
            let written = write_with(&articles, format, &WriteOptions::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let whole = read(&written, format).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let streamed: Result<Vec<Article>, _> =
                read_iter(&written[..], format, &ReadOptions::default()).collect();
            let streamed = streamed.map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            prop_assert_eq!(&streamed, &whole, "{}", format);
        }
    }
}

#[test]
fn the_formats_read_in_items_are_the_multi_article_ones() {
    let formats: Vec<&str> = Format::ALL
        .into_iter()
        .filter(|f| f.reads_in_items())
        .map(|f| f.name())
        .collect();
    assert_eq!(formats, ["json", "newsml-g2", "atom", "newsml12", "rss"]);
    assert!(DocumentWriter::new(Format::Nitf, &WriteOptions::default()).is_err());
    let none =
        DocumentWriter::new(Format::Atom, &WriteOptions::default()).map(DocumentWriter::finish);
    assert!(matches!(
        none,
        Ok(Err(newswire::Error::NoArticles(Format::Atom)))
    ));
}

#[test]
fn streams_equal_whole_reads_on_the_fixtures() {
    let (compared, differ) = differences(Path::new("fixtures"));
    assert!(compared > 20, "only {compared} files compared");
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
fn streams_equal_whole_reads_on_the_shared_corpus() {
    let root = Path::new("../shared/corpus");
    if !root.is_dir() {
        eprintln!("skipped: ../shared/corpus is not there");
        return;
    }
    let (compared, differ) = differences(root);
    eprintln!("compared {compared} files");
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
