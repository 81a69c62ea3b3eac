//! Unit tests: the layouts the header shapes show, and the fixtures read value by value (the
//! values read off the files by hand).

use super::message::{self, Layout};
use super::*;
use crate::model::{Block, Concept, EntityKind};

fn fixture(name: &str) -> Vec<Article> {
    let path = format!("{}/fixtures/zczc/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn ext<'a>(article: &'a Article, key: &str) -> Option<&'a str> {
    article.extensions.get(key).and_then(|v| v.as_str())
}

fn codes(article: &Article, scheme: &str) -> Vec<String> {
    article
        .subjects
        .iter()
        .filter(|s| s.scheme.as_deref() == Some(scheme))
        .filter_map(|s| s.code.clone())
        .collect()
}

fn paragraphs(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .map(Block::plain_text)
        .collect()
}

fn preformatted(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Preformatted { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_header_shape_tells_the_layout() {
    let layout = |text: &str| message::parse(text).layout();
    assert_eq!(
        layout("ZCZC AAP\n%A\n#Slug\n$Headline\nText."),
        Layout::Broadcast
    );
    // No `%` line: the long `$` line or the eight digits after `*` still show a script.
    assert_eq!(
        layout("ZCZC AAP\n#Slug\n$Long headline\nText."),
        Layout::Broadcast
    );
    assert_eq!(
        layout("ZCZC AAP\n#Slug\n*07000000\nText."),
        Layout::Broadcast
    );
    assert_eq!(
        layout("ZCZC AAP\n%MNETALL MFI\n$J\n:Issuer\n*X\nText."),
        Layout::Medianet
    );
    assert_eq!(
        layout("ZCZC\n#Darwin Grey\n:11/10/2015\n\nFIELDS"),
        Layout::Pagemasters
    );
    assert_eq!(
        layout("ZCZC AAP\n$T\n:Motor V8\n^Headline\n*X\nText."),
        Layout::Generic
    );
}

#[test]
fn the_header_ends_at_the_first_line_that_is_not_a_field() {
    let message = message::parse(
        "ZCZC AAP\r\n$J\r\n:\r\n:Issuer\r\n*X\r\n* a list item opens the body\r\n$ not a field\r\n",
    );
    assert_eq!(message.source, "AAP");
    assert_eq!(
        message.fields,
        [
            ('$', "J".to_string()),
            (':', String::new()),
            (':', "Issuer".to_string()),
            ('*', "X".to_string()),
        ]
    );
    assert_eq!(
        message.body,
        ["* a list item opens the body", "$ not a field", ""]
    );
}

#[test]
fn broadcast_scripts_two_messages_in_one_stream() {
    let articles = fixture("broadcast-stream.tst");
    assert_eq!(articles.len(), 2);
    let first = &articles[0];
    // The headline ends with a space and a bare LF, then a blank CR LF line: still header.
    assert_eq!(
        first.headline.as_deref(),
        Some("Ferry service resumes on Brisbane River")
    );
    assert_eq!(first.slugline.as_deref(), Some("Ferry_BC1"));
    assert_eq!(codes(first, "a1312cat"), ["A"]);
    assert_eq!(codes(first, "subj"), ["04000000"]);
    assert!(first.subjects.contains(&Concept {
        kind: Some(EntityKind::Place),
        ..Concept::named("QLD")
    }));
    assert_eq!(ext(first, "zczc:take_key"), Some("(BRISBANE)"));
    assert_eq!(ext(first, "zczc:service_level"), Some("AAPIS\\Walkerj"));
    assert_eq!(ext(first, "zczc:sign_off"), Some("AAP RTV"));
    assert_eq!(ext(first, "zczc:source"), Some("AAP"));
    assert_eq!(
        first.provider.as_ref().and_then(|p| p.name.as_deref()),
        Some("AAP")
    );
    assert_eq!(
        paragraphs(first),
        [
            "Ferry services on the Brisbane River will resume on Monday after flood repairs to three terminals.",
            "The city council says the terminals at New Farm, Bulimba and Hawthorne have been rebuilt with higher pontoons.",
            "Commuters have been using extra bus services since the floods in February.",
        ]
    );
    // The first message has no NNNN: it ends at the second ZCZC.
    let second = &articles[1];
    assert_eq!(
        second.headline.as_deref(),
        Some("Bushfire warning downgraded in Gippsland")
    );
    assert_eq!(codes(second, "subj"), ["17000000"]);
    assert_eq!(ext(second, "zczc:take_key"), Some("(MELBOURNE)"));
    assert_eq!(paragraphs(second).len(), 2);
    assert!(articles.iter().all(|a| a.warnings.is_empty()));
}

#[test]
fn sports_results_with_bare_cr_line_ends() {
    let articles = fixture("sports-results.tst");
    assert_eq!(articles.len(), 1);
    let story = &articles[0];
    assert_eq!(
        story.headline.as_deref(),
        Some("CYCLING: Results from the Melbourne track Grand Prix")
    );
    assert_eq!(story.slugline.as_deref(), Some("Cycling Track"));
    assert_eq!(codes(story, "a1312cat"), ["T"]);
    assert_eq!(codes(story, "subj"), ["15019000"]);
    assert_eq!(ext(story, "zczc:take_key"), Some("Melbourne Grand Prix"));
    assert_eq!(ext(story, "zczc:format"), Some("X"));
    assert_eq!(ext(story, "zczc:service_level"), Some("T"));
    assert_eq!(ext(story, "zczc:sign_off"), Some("AAP"));
    let dateline = story.dateline.as_ref().expect("a dateline");
    assert_eq!(dateline.text, "MELBOURNE, Mar 3 AAP -");
    assert_eq!(dateline.city.as_deref(), Some("MELBOURNE"));
    // Columns make a run preformatted; a tab opens each line of the points run.
    let tables = preformatted(story);
    assert_eq!(tables.len(), 2);
    assert!(tables[0].contains("1. Tom Hollis (Vic)                    10.412sec"));
    assert_eq!(
        paragraphs(story),
        [
            "Results from the Melbourne track cycling Grand Prix at the Darebin velodrome on Sunday:",
            "Series points",
            "1. Tom Hollis (Vic) 42",
            "2. Jess Darby (Qld) 39",
            "3. Ben Ormsby (NSW) 35",
        ]
    );
}

#[test]
fn a_tabular_medianet_release_is_one_preformatted_block() {
    let story = &fixture("medianet-table.tst")[0];
    assert_eq!(codes(story, "a1312cat"), ["J"]);
    assert_eq!(ext(story, "zczc:selectors"), Some("MNETALL MFI MGD"));
    // The first `:` line is empty; the issuer is the second.
    assert_eq!(ext(story, "zczc:take_key"), Some("Harbourside Lotteries"));
    assert_eq!(ext(story, "zczc:format"), Some("T"));
    assert_eq!(story.headline, None);
    assert_eq!(story.body.len(), 1);
    let text = &preformatted(story)[0];
    assert!(text.starts_with("City Keno Draw No. 1204\n\nDraw Date: Friday, 14 March 2025"));
    assert!(text.contains("\n                    Dividend     Total Winners\n"));
    assert!(text.ends_with("SOURCE: Harbourside Lotteries"));
}

#[test]
fn a_medianet_release_in_text() {
    let story = &fixture("medianet-release.tst")[0];
    assert_eq!(ext(story, "zczc:take_key"), Some("Coastal Water Authority"));
    assert_eq!(ext(story, "zczc:selectors"), Some("MNETALL MFI"));
    let paragraphs = paragraphs(story);
    assert_eq!(
        paragraphs[0],
        "Media release: Dam levels rise after a wet summer"
    );
    assert!(paragraphs.contains(&"* the Northgate dam rose to 74%".to_string()));
}

#[test]
fn pagemasters_fields() {
    let story = &fixture("pagemasters-fields.tst")[0];
    assert_eq!(story.slugline.as_deref(), Some("Albury Trot"));
    assert_eq!(story.headline.as_deref(), Some("14/03/2025"));
    assert_eq!(story.provider, None);
    assert_eq!(ext(story, "zczc:sign_off"), Some("AAP FIELDS"));
    // `... PROVIDED TO AAP` alone on its line is no dateline: AAP stands bare after a date.
    assert_eq!(story.dateline, None);
    assert_eq!(
        paragraphs(story),
        [
            "FINAL FIELDS AS PROVIDED TO AAP",
            "LEGEND: FSH = First Start Here. NBT = No Best Time."
        ]
    );
    let fields = preformatted(story);
    assert_eq!(fields.len(), 2);
    assert!(fields[0].starts_with("LOCAL TIMES\n   1--6:40 RIVERINA PACE (Class 1) 1760m\n"));
    assert!(fields[1].ends_with("   3 - 512   Quiet Achiever NBT"));
}

#[test]
fn a_repeated_field_keeps_the_first_with_a_warning() {
    let story = &read(b"ZCZC AAP\n$T\n^First\n^Second\nText.\n").unwrap()[0];
    assert_eq!(story.headline.as_deref(), Some("First"));
    assert_eq!(story.warnings.len(), 1);
    assert_eq!(story.warnings[0].raw.as_deref(), Some("^Second"));
}

#[test]
fn text_outside_the_messages_is_reported_not_read() {
    let articles = read(b"ZCZC AAP\n$T\n^Headline\nText.\nNNNN\nstray text\n").unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].body_text(), "Text.");
    assert!(
        articles[0]
            .warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("stray text")),
        "{:?}",
        articles[0].warnings
    );
}

#[test]
fn input_without_a_message_is_an_error() {
    assert!(matches!(
        read(b"No framing here.\n"),
        Err(Error::Invalid {
            format: Format::Zczc,
            ..
        })
    ));
    assert!(read(b"ZCZC\nNNNN\n").is_err());
}

#[test]
fn detection_takes_zczc_first_and_leaves_teletype_alone() {
    let detect = |bytes: &[u8]| crate::formats::detect(bytes, None).ok();
    assert_eq!(detect(b"\r   ZCZC AAP\r\n$T\r\n"), Some(Format::Zczc));
    assert_eq!(detect(b"\rZCZC\r#Darwin Grey\r"), Some(Format::Zczc));
    assert_ne!(detect(b"ZCZCX is a word\n\nText."), Some(Format::Zczc));
    assert_ne!(detect(b"Rates\n\nZCZC AAP\n"), Some(Format::Zczc));
    assert_eq!(
        detect(b"\x01ZCZC 1234 weird header\r\n\x02Rates held =\r\n\x03"),
        Some(Format::Iptc7901)
    );
}
