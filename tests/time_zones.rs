//! Times a source gives without an offset: no writer invents one, and the provider's time zone,
//! when the caller gives it, places them (issue #18, times as the source gives them).

use assert_cmd::Command;
use newswire::formats::{ReadOptions, WriteOptions, read_with, write_with};
use newswire::model::{Article, Block, Timestamp};
use newswire::{ConvertOptions, Format, convert};

/// An article whose four times have no offset, each at a minute of its own.
fn naive_article() -> Article {
    let mut a = Article::default();
    a.headline = Some("Sturmflut erwartet".into());
    a.body = vec![Block::paragraph("Cuxhaven - Der Pegel steigt.")];
    a.created = Timestamp::parse("2024-03-11T09:11:00");
    a.modified = Timestamp::parse("2024-03-11T09:22:00");
    a.published = Timestamp::parse("2024-03-11T09:33:00");
    a.embargo = Timestamp::parse("2024-03-11T09:44:00");
    a
}

/// The offsets written after one of the article's wall times, in any form a format writes a
/// time in (`09:22:00Z`, `09:22:00+01:00`, `0922Z`, `0922GMT`), and the same instant in UTC.
fn offsets_after_the_wall_times(output: &str) -> Vec<String> {
    let mut found = Vec::new();
    for minute in ["11", "22", "33", "44"] {
        for written in [format!("09:{minute}:00"), format!("09{minute}")] {
            for (at, _) in output.match_indices(&written) {
                let after = &output[at + written.len()..];
                if after.starts_with(['Z', '+', '-']) || after.starts_with("GMT") {
                    found.push(output[at..].chars().take(20).collect());
                }
            }
        }
        // The instant taken as UTC and moved to an offset the writer chose.
        for moved in [format!("08:{minute}:00Z"), format!("10:{minute}:00+01:00")] {
            if output.contains(&moved) {
                found.push(moved);
            }
        }
    }
    found
}

#[test]
fn no_writer_gives_a_time_an_offset_the_source_did_not() {
    let article = naive_article();
    for format in Format::ALL.into_iter().filter(|f| f.can_write()) {
        let written = write_with(
            std::slice::from_ref(&article),
            format,
            &WriteOptions::default(),
        )
        .unwrap();
        let text = String::from_utf8(written).unwrap();
        assert_eq!(
            offsets_after_the_wall_times(&text),
            Vec::<String>::new(),
            "{format}:\n{text}"
        );
    }
}

#[test]
fn the_formats_that_allow_it_write_the_wall_time_as_given() {
    let article = naive_article();
    let written = |format| {
        String::from_utf8(
            write_with(
                std::slice::from_ref(&article),
                format,
                &WriteOptions::default(),
            )
            .unwrap(),
        )
        .unwrap()
    };
    let g2 = written(Format::NewsmlG2);
    for line in [
        "<versionCreated>2024-03-11T09:22:00</versionCreated>",
        "<firstCreated>2024-03-11T09:11:00</firstCreated>",
        "<embargoed>2024-03-11T09:44:00</embargoed>",
    ] {
        assert!(g2.contains(line), "{line}:\n{g2}");
    }
    let jsonld: serde_json::Value = serde_json::from_str(&written(Format::JsonLd)).unwrap();
    assert_eq!(jsonld["dateCreated"], "2024-03-11T09:11:00");
    assert_eq!(jsonld["dateModified"], "2024-03-11T09:22:00");
    assert_eq!(jsonld["datePublished"], "2024-03-11T09:33:00");
    // Atom has none it can write: `updated` is the declared placeholder, `published` absent.
    let atom = written(Format::Atom);
    assert!(
        atom.contains("<updated>1970-01-01T00:00:00Z</updated>"),
        "{atom}"
    );
    assert!(!atom.contains("<published>"), "{atom}");
    let ninjs: serde_json::Value = serde_json::from_str(&written(Format::Ninjs)).unwrap();
    for key in ["versionCreated", "firstCreated", "embargoedUntil"] {
        assert_eq!(ninjs.get(key), None, "{key}: {ninjs}");
    }
}

#[test]
fn the_loss_and_the_placeholder_are_declared() {
    let article = naive_article();
    let losses = |format| -> Vec<String> {
        newswire::formats::fidelity::losses(&article, format)
            .iter()
            .map(|l| l.field.to_string())
            .filter(|f| ["created", "modified", "published", "embargo"].contains(&f.as_str()))
            .collect()
    };
    // Atom carries no created and no embargo at all; its modified and published are lost here.
    assert_eq!(
        losses(Format::Atom),
        ["embargo", "created", "modified", "published"]
    );
    assert_eq!(
        losses(Format::Ninjs),
        ["embargo", "created", "modified", "published"]
    );
    assert_eq!(losses(Format::NewsmlG2), Vec::<String>::new());
    assert_eq!(losses(Format::JsonLd), ["embargo"]);
    let options = WriteOptions::default();
    let placeholder = |format| {
        newswire::formats::fidelity::placeholder_time_written(
            std::slice::from_ref(&article),
            format,
            &options,
        )
    };
    assert_eq!(placeholder(Format::Atom), Some("1970-01-01T00:00:00Z"));
    assert_eq!(placeholder(Format::NewsmlG2), None);
    // One of the times with an offset, and Atom writes it instead of the placeholder.
    let mut dated = article.clone();
    dated.published = Timestamp::parse("2024-03-11T09:33:00+01:00");
    assert_eq!(
        newswire::formats::fidelity::placeholder_time_written(&[dated], Format::Atom, &options),
        None
    );
    assert_eq!(
        newswire::formats::fidelity::times_without_offset(
            std::slice::from_ref(&article),
            Format::JsonLd
        ),
        4
    );
    assert_eq!(
        newswire::formats::fidelity::times_without_offset(&[article], Format::NewsmlG2),
        0
    );
}

/// The project's NITF fixture whose `date.issue` (`2024-03-11 09:30`) has no offset.
fn naive_nitf() -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/nitf/de-regional-3.2-latin1.xml"),
    )
    .unwrap()
}

#[test]
fn the_providers_time_zone_places_them_when_reading() {
    let mut reading = ReadOptions::default();
    reading.time_zone = Some("Europe/Berlin".parse().unwrap());
    let read = read_with(&naive_nitf(), Format::Nitf, &reading).unwrap();
    assert_eq!(
        read[0].published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-03-11T09:30:00+01:00")
    );
    let write = WriteOptions::default();
    let to = |format| {
        let options = ConvertOptions::new()
            .with_reading(reading.clone())
            .with_writing(write.clone());
        let done = convert(&naive_nitf(), format, &options).unwrap();
        assert_eq!(done.times_without_offset, 0, "{format}");
        String::from_utf8(done.output).unwrap()
    };
    assert!(to(Format::Atom).contains("<published>2024-03-11T09:30:00+01:00</published>"));
    assert!(to(Format::JsonLd).contains("\"datePublished\": \"2024-03-11T09:30:00+01:00\""));
    assert!(
        to(Format::NewsmlG2).contains("<versionCreated>2024-03-11T09:30:00+01:00</versionCreated>")
    );
    // Without the zone, the conversion to JSON-LD says how many times it wrote without one.
    let done = convert(
        &naive_nitf(),
        Format::JsonLd,
        &ConvertOptions::new().with_writing(write),
    )
    .unwrap();
    assert_eq!(done.times_without_offset, 1);
}

#[test]
fn the_command_line_reports_them_or_takes_the_zone() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("regional.xml");
    std::fs::write(&input, naive_nitf()).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_newswire"))
            .args(["convert", "--stdout"])
            .args(args)
            .arg(&input)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (jsonld, said) = run(&["--to", "jsonld"]);
    assert!(
        jsonld.contains("\"datePublished\": \"2024-03-11T09:30:00\""),
        "{jsonld}"
    );
    assert!(
        said.contains("a time without an offset, written as given (--timezone gives it one)"),
        "{said}"
    );
    let (atom, said) = run(&["--to", "atom"]);
    assert!(!atom.contains("09:30:00"), "{atom}");
    assert!(
        said.contains("no time, wrote 1970-01-01T00:00:00Z"),
        "{said}"
    );
    assert!(
        said.contains("a time without an offset is not written"),
        "{said}"
    );
    let (atom, said) = run(&["--to", "atom", "--timezone", "Europe/Berlin"]);
    assert!(
        atom.contains("<updated>2024-03-11T09:30:00+01:00</updated>"),
        "{atom}"
    );
    assert!(
        !said.contains("without an offset") && !said.contains("1970"),
        "{said}"
    );
    let refused = Command::new(env!("CARGO_BIN_EXE_newswire"))
        .args(["convert", "--to", "atom", "--timezone", "CEST"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("\"CEST\" is not an IANA time zone"));
}
