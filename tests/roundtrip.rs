//! Round-trip properties: for every format newswire reads and writes, what the format can carry
//! survives a write and a read unchanged (`read(F, write(F, a)) == project(a, F)`), and writing
//! what was read gives the same bytes again.
//!
//! Cases: 256 by default, `PROPTEST_CASES=2000` in CI. Failing cases are shrunk and their seeds
//! saved in `tests/roundtrip.proptest-regressions`, which is committed so they are replayed first.

pub mod support;

use newswire::formats::fidelity::{Carry, Field, carries, project, round_trip_formats};
use newswire::model::{Article, Block, Timestamp};
use newswire::{Format, read, write};
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, TestCaseError};

use support::generate::{article, text_article};

/// `read(F, write(F, a)) == project(a, F)`, and `write(F, read(F, write(F, a))) == write(F, a)`.
fn round_trip(format: Format, article: &Article) -> Result<(), TestCaseError> {
    let written = write(std::slice::from_ref(article), format)
        .map_err(|e| TestCaseError::fail(format!("write: {e}")))?;
    let read_back = read(&written, format).map_err(|e| {
        TestCaseError::fail(format!("read: {e}\n{}", String::from_utf8_lossy(&written)))
    })?;
    prop_assert_eq!(read_back.len(), 1, "one article in, one out");
    let expected = project(article, format).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(
        &read_back[0],
        &expected,
        "{} did not round-trip; written:\n{}",
        format,
        String::from_utf8_lossy(&written)
    );
    let rewritten =
        write(&read_back, format).map_err(|e| TestCaseError::fail(format!("rewrite: {e}")))?;
    prop_assert_eq!(
        String::from_utf8_lossy(&rewritten),
        String::from_utf8_lossy(&written),
        "{} bytes are not stable",
        format
    );
    Ok(())
}

proptest! {
    // PROPTEST_CASES sets the number of cases (default 256); failures are saved next to this file.
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn json_round_trips(a in article()) {
        round_trip(Format::Json, &a)?;
    }

    #[test]
    fn newsml_g2_round_trips(a in article()) {
        round_trip(Format::NewsmlG2, &a)?;
    }

    #[test]
    fn jsonld_round_trips(a in article()) {
        round_trip(Format::JsonLd, &a)?;
    }

    #[test]
    fn atom_round_trips(a in article()) {
        round_trip(Format::Atom, &a)?;
    }

    /// Plain text carries a story in the wire shape: the generator writes such stories.
    #[test]
    fn text_round_trips(a in text_article()) {
        round_trip(Format::Text, &a)?;
    }

    // A format that newswire reads and writes gets its property here, one line each:
    #[test] fn nitf_round_trips(a in article()) { round_trip(Format::Nitf, &a)?; }
    #[test] fn ninjs_round_trips(a in article()) { round_trip(Format::Ninjs, &a)?; }
    #[test] fn iptc7901_round_trips(a in article()) { round_trip(Format::Iptc7901, &a)?; }
    #[test] fn anpa1312_round_trips(a in article()) { round_trip(Format::Anpa1312, &a)?; }

    /// Several articles make one document (a G2 newsMessage, a JSON-LD @graph, an Atom feed, a
    /// JSON array, ...), and each comes back as a single article would, in every format that
    /// reads, writes and holds several. G2 carries the priority once per message: the most
    /// urgent of the articles'.
    #[test]
    fn several_articles_round_trip(a in article(), b in article()) {
        for format in round_trip_formats().into_iter().filter(|f| f.holds_several()) {
            let articles = [a.clone(), b.clone()];
            let written = write(&articles, format)
                .map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            let read_back = read(&written, format).map_err(|e| {
                TestCaseError::fail(format!("{format}: {e}\n{}", String::from_utf8_lossy(&written)))
            })?;
            prop_assert_eq!(read_back.len(), 2, "{}", format);
            for (got, original) in read_back.iter().zip(&articles) {
                let mut expected =
                    project(original, format).map_err(|e| TestCaseError::fail(e.to_string()))?;
                if format == Format::NewsmlG2 {
                    expected.priority = articles
                        .iter()
                        .filter_map(|a| a.priority)
                        .filter(|p| (1..=9).contains(p))
                        .min();
                }
                prop_assert_eq!(
                    got,
                    &expected,
                    "{} did not round-trip in a document of two; written:\n{}",
                    format,
                    String::from_utf8_lossy(&written)
                );
            }
            let rewritten = write(&read_back, format)
                .map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            prop_assert_eq!(
                String::from_utf8_lossy(&rewritten),
                String::from_utf8_lossy(&written),
                "{} bytes are not stable",
                format
            );
        }
    }

    /// G2 → JSON-LD → Atom → G2 keeps every field the three formats all carry whole.
    #[test]
    fn chain_keeps_the_shared_fields(a in article()) {
        let through = |a: &Article, format: Format| -> Result<Article, TestCaseError> {
            let bytes = write(std::slice::from_ref(a), format)
                .map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            let mut articles = read(&bytes, format)
                .map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            articles.pop().ok_or_else(|| TestCaseError::fail("no article"))
        };
        let start = through(&a, Format::NewsmlG2)?;
        let mut end = start.clone();
        for format in [Format::JsonLd, Format::Atom, Format::NewsmlG2] {
            end = through(&end, format)?;
        }
        for field in shared_fields() {
            prop_assert_eq!(value(&end, field), value(&start, field), "{} was lost", field);
        }
    }
}

/// The fields G2, JSON-LD and Atom all carry whole.
fn shared_fields() -> Vec<Field> {
    Field::ALL
        .into_iter()
        .filter(|&field| {
            [Format::NewsmlG2, Format::JsonLd, Format::Atom]
                .into_iter()
                .all(|format| carries(format, field) == Carry::Full)
        })
        .collect()
}

/// A field's value, from the article's `json` form. The body is compared as printed (the
/// dateline at the head of the lead), since a format without a dateline keeps it there. Times are
/// compared as instants: JSON-LD and Atom require an offset, so a time a source gave without one
/// comes back as UTC.
fn value(article: &Article, field: Field) -> serde_json::Value {
    let instant = |time: Option<Timestamp>| -> serde_json::Value {
        time.map_or(serde_json::Value::Null, |t| {
            t.assume_utc().to_rfc3339().into()
        })
    };
    match field {
        Field::Created => instant(article.created),
        Field::Modified => instant(article.modified),
        Field::Published => instant(article.published),
        Field::Embargo => instant(article.embargo),
        Field::BodyText => Block::text_of(&article.printed_body()).into(),
        Field::BodyMarkup => serde_json::to_value(article.printed_body()).unwrap_or_default(),
        _ => field.value(article),
    }
}

#[test]
fn the_shared_fields_include_the_essentials() {
    let shared = shared_fields();
    for field in [Field::Id, Field::Headline, Field::BodyText, Field::Modified] {
        assert!(shared.contains(&field), "{field} is not shared: {shared:?}");
    }
}

#[test]
fn the_fidelity_table_agrees_with_project() {
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(&article(), |a| {
            for format in round_trip_formats() {
                let projected =
                    project(&a, format).map_err(|e| TestCaseError::fail(e.to_string()))?;
                for field in Field::ALL {
                    if carries(format, field) == Carry::Lost && field != Field::BodyMarkup {
                        prop_assert!(
                            !field.is_populated(&projected) || !field.is_populated(&a),
                            "{format} is said to lose {field}, but project keeps it"
                        );
                    }
                    // The loss report compares fields in place; the json form must agree.
                    prop_assert_eq!(
                        field.same(&a, &projected),
                        field.value(&a) == field.value(&projected),
                        "{} in {}",
                        field,
                        format
                    );
                    if carries(format, field) == Carry::Full && field.is_populated(&a) {
                        prop_assert!(
                            field.is_populated(&projected),
                            "{format} is said to carry {field}, but project drops it"
                        );
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

/// `placeholder_time` names exactly the formats whose writers invent a time for an undated
/// article, and `fallback_time` puts the caller's time there instead, in every format.
#[test]
fn placeholder_times_are_declared_and_replaced_by_the_fallback() {
    use newswire::formats::fidelity::placeholder_time;
    use newswire::formats::{WriteOptions, write_with};

    let mut undated = Article::default();
    undated.headline = Some("Undated copy".into());
    undated.body = vec![Block::paragraph(
        "A story that says nothing of when it was sent.",
    )];
    let mut options = WriteOptions::default();
    options.fallback_time = Timestamp::parse("2026-11-29T10:15:00Z");
    for format in Format::ALL.into_iter().filter(|f| f.can_write()) {
        let plain = write(std::slice::from_ref(&undated), format).unwrap();
        let plain = String::from_utf8_lossy(&plain);
        match placeholder_time(format) {
            Some(placeholder) => assert!(plain.contains(placeholder), "{format}: {plain}"),
            None => assert!(!plain.contains("1970"), "{format}: {plain}"),
        }
        let dated = write_with(std::slice::from_ref(&undated), format, &options).unwrap();
        let dated = String::from_utf8_lossy(&dated);
        if let Some(placeholder) = placeholder_time(format) {
            assert!(!dated.contains(placeholder), "{format}: {dated}");
        }
        let read_back = newswire::read(dated.as_bytes(), format).unwrap();
        let time = read_back[0]
            .version_time()
            .map(|t| t.assume_utc().to_rfc3339());
        match format {
            // Plain text prints no time; the teletype post-text time is to the minute.
            Format::Text => assert_eq!(time, None),
            _ => assert_eq!(
                time.as_deref(),
                Some("2026-11-29T10:15:00+00:00"),
                "{format}"
            ),
        }
    }
    // An article with a time of its own keeps it.
    let mut dated = undated.clone();
    dated.published = Timestamp::parse("2025-01-02T03:04:00Z");
    let g2 = write_with(&[dated], Format::NewsmlG2, &options).unwrap();
    assert!(
        String::from_utf8_lossy(&g2).contains("<versionCreated>2025-01-02T03:04:00Z"),
        "{}",
        String::from_utf8_lossy(&g2)
    );
}
