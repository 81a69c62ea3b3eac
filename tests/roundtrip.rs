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

use support::generate::{Trailer, article, articles, text_article, wire_furniture};

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

    /// Plain text carries a story in the wire shape: the generator writes such stories, in
    /// sixteen languages, short and long.
    #[test]
    fn text_round_trips(a in text_article()) {
        round_trip(Format::Text, &a)?;
    }

    /// A priority marker line above the written story and trailer lines below it are read as
    /// metadata, not text: the story comes back as projected, with the urgency the marker
    /// means, the marker under `text:header` and `text:priority`, the trailer lines under
    /// `text:trailer`, the first take marker among them under `text:take` and the first
    /// copyright line as the rights notice.
    #[test]
    fn text_markers_and_trailers_are_metadata(a in text_article(), furniture in wire_furniture()) {
        let (marker, trailers) = furniture;
        let story = write(std::slice::from_ref(&a), Format::Text)
            .map_err(|e| TestCaseError::fail(format!("write: {e}")))?;
        let mut copy = String::new();
        if let Some((line, _)) = marker {
            copy.push_str(line);
            copy.push_str("\n\n");
        }
        copy.push_str(&String::from_utf8_lossy(&story));
        for (line, _) in &trailers {
            copy.push('\n');
            copy.push_str(line);
            copy.push('\n');
        }
        let read_back = read(copy.as_bytes(), Format::Text)
            .map_err(|e| TestCaseError::fail(format!("read: {e}\n{copy}")))?;
        prop_assert_eq!(read_back.len(), 1);
        let mut expected = project(&a, Format::Text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        if let Some((line, urgency)) = marker {
            expected.urgency = Some(urgency);
            expected.extensions.insert("text:header".into(), serde_json::json!([line]));
            expected.extensions.insert("text:priority".into(), line.into());
        }
        if !trailers.is_empty() {
            let lines: Vec<&str> = trailers.iter().map(|(line, _)| *line).collect();
            expected.extensions.insert("text:trailer".into(), serde_json::json!(lines));
        }
        if let Some((take, _)) = trailers.iter().find(|(_, kind)| *kind == Trailer::Take) {
            expected.extensions.insert("text:take".into(), (*take).into());
        }
        if let Some((notice, _)) = trailers.iter().find(|(_, kind)| *kind == Trailer::Copyright) {
            expected.rights.notice = Some((*notice).to_string());
        }
        prop_assert_eq!(&read_back[0], &expected, "read from:\n{}", copy);
    }

    // A format that newswire reads and writes gets its property here, one line each:
    #[test] fn nitf_round_trips(a in article()) { round_trip(Format::Nitf, &a)?; }
    #[test] fn ninjs_round_trips(a in article()) { round_trip(Format::Ninjs, &a)?; }
    #[test] fn iptc7901_round_trips(a in article()) { round_trip(Format::Iptc7901, &a)?; }
    #[test] fn anpa1312_round_trips(a in article()) { round_trip(Format::Anpa1312, &a)?; }
    #[test] fn rss_round_trips(a in article()) { round_trip(Format::Rss, &a)?; }
    #[test] fn wxr_round_trips(a in article()) { round_trip(Format::Wxr, &a)?; }

    /// Several articles (one to five) make one document (a G2 newsMessage, a JSON-LD @graph, an
    /// Atom feed, a JSON array, ...), and each comes back as a single article would, in every
    /// format that reads, writes and holds several. G2 carries the priority once per message:
    /// the most urgent of the articles'.
    #[test]
    fn several_articles_round_trip(articles in articles(5)) {
        for format in round_trip_formats().into_iter().filter(|f| f.holds_several()) {
            let written = write(&articles, format)
                .map_err(|e| TestCaseError::fail(format!("{format}: {e}")))?;
            let read_back = read(&written, format).map_err(|e| {
                TestCaseError::fail(format!("{format}: {e}\n{}", String::from_utf8_lossy(&written)))
            })?;
            prop_assert_eq!(read_back.len(), articles.len(), "{}", format);
            // An RSS channel tells its items apart by guid: an id an earlier item has is
            // written with the item's place after it (`#3`).
            let mut guids = std::collections::HashSet::new();
            for (place, (got, original)) in read_back.iter().zip(&articles).enumerate() {
                let mut expected =
                    project(original, format).map_err(|e| TestCaseError::fail(e.to_string()))?;
                if format == Format::Rss
                    && let Some(id) = expected.id.clone()
                    && !guids.insert(id.clone())
                {
                    let suffix = format!("#{}", place + 1);
                    let mut guid = format!("{id}{suffix}");
                    while guids.contains(&guid) {
                        guid.push_str(&suffix);
                    }
                    guids.insert(guid.clone());
                    expected.id = Some(guid);
                }
                // A G2 document of several articles is a newsMessage, whose header has the
                // priority; one article is a newsItem, which has none.
                if format == Format::NewsmlG2 && articles.len() > 1 {
                    expected.priority = articles
                        .iter()
                        .filter_map(|a| a.priority)
                        .filter(|p| (1..=9).contains(p))
                        .min();
                }
                prop_assert_eq!(
                    got,
                    &expected,
                    "{} did not round-trip in a document of {}; written:\n{}",
                    format,
                    articles.len(),
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

    /// G2 → JSON-LD → Atom → G2 keeps every field the three formats all carry whole, as their
    /// projections normalise it (JSON-LD and Atom write one-line values with any Unicode space
    /// folded, where G2 folds XML's four and keeps a no-break space).
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
        let mut expected = start.clone();
        for format in [Format::JsonLd, Format::Atom, Format::NewsmlG2] {
            expected = project(&expected, format).map_err(|e| TestCaseError::fail(e.to_string()))?;
        }
        for field in shared_fields() {
            prop_assert_eq!(value(&end, field), value(&expected, field), "{} was lost", field);
        }
    }
}

/// The fields G2, JSON-LD and Atom all carry whole, and the times all three carry: those are
/// kept in part only as `xs:dateTime` holds them (the first write, to G2, is where a time it
/// cannot hold is lost, or an odd offset becomes UTC), and are compared as instants.
fn shared_fields() -> Vec<Field> {
    let chain = [Format::NewsmlG2, Format::JsonLd, Format::Atom];
    Field::ALL
        .into_iter()
        .filter(|&field| {
            let time = matches!(
                field,
                Field::Created | Field::Modified | Field::Published | Field::Embargo
            );
            chain
                .into_iter()
                .all(|format| match carries(format, field) {
                    Carry::Full => true,
                    Carry::Partial(_) => time,
                    Carry::Lost => false,
                })
        })
        .collect()
}

/// A field's value, from the article's `json` form. The body is compared as printed (the
/// dateline at the head of the lead), since a format without a dateline keeps it there, its text
/// with line ends as `\n` (JSON-LD writes them so, as an XML reader reads a literal CR LF). Times
/// are compared as instants: JSON-LD and Atom require an offset, so a time a source gave
/// without one comes back as UTC.
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
        Field::BodyText => unix_newlines(&Block::text_of(&article.printed_body())).into(),
        Field::BodyMarkup => serde_json::to_value(article.printed_body()).unwrap_or_default(),
        _ => field.value(article),
    }
}

/// Line ends as `\n`.
fn unix_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
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
        // A format newswire only writes (a page, a sitemap) is not read back.
        if !format.can_read() {
            continue;
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
