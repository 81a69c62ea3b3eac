//! The reader on the fixtures (`fixtures/ritzau/`), values read off the files by hand.

use super::*;
use crate::formats::detect;
use crate::model::{Concept, Party, PubStatus, RoledText, Timestamp, Warning};

const NET: &[u8] = include_bytes!("../../../fixtures/ritzau/net-havn-kraner.xml");
const FLASH: &[u8] = include_bytes!("../../../fixtures/ritzau/flash-ednote.xml");
const BROKEN: &[u8] = include_bytes!("../../../fixtures/ritzau/annulleret-fejl.xml");

fn one(input: &[u8]) -> Article {
    let mut articles = read(input).unwrap();
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

fn time(text: &str) -> Option<Timestamp> {
    Timestamp::parse(text)
}

#[test]
fn a_net_story_maps_its_fields() {
    let a = one(NET);
    assert_eq!(
        a.id.as_deref(),
        Some("3f1c2a7e-5b0d-4e8a-9c61-2d7f0b9e4a13")
    );
    assert_eq!(a.version, Some(2));
    assert_eq!(
        a.headline.as_deref(),
        Some("Nye kraner skal halvere ventetiden i Aarhus Havn")
    );
    // ContentShort repeats the headline: no second headline.
    assert!(a.headlines.is_empty());
    assert_eq!(
        a.description.as_deref(),
        Some("Havnen investerer 240 millioner kroner i fire elektriske containerkraner.")
    );
    assert_eq!(a.slugline.as_deref(), Some("NET/HAVN/KRANER"));
    assert_eq!(a.byline.as_deref(), Some("Mikkel Holm"));
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.authors[0].id.as_deref(), Some("mailto:erhverv@ritzau.dk"));
    assert_eq!(a.credit.as_deref(), Some("/ritzau/"));
    assert_eq!(a.provider, Some(Party::named("ritzau")));
    assert!(a.sources.is_empty());
    assert_eq!((a.priority, a.urgency), (Some(4), Some(4)));
    // Version 2: modified, not created.
    assert_eq!(a.published, time("2024-03-12T09:05:41.27"));
    assert_eq!(a.modified, time("2024-03-12T09:05:41.27"));
    assert_eq!(a.created, None);
    assert_eq!(
        a.published.and_then(|t| t.offset()),
        None,
        "no offset guessed"
    );
    assert_eq!(
        a.subjects,
        [
            Concept::coded("subj", "04000000"),
            Concept::coded("subj", "04015000"),
            Concept::coded("isin", "DK0060000000"),
        ]
    );
    assert_eq!(a.keywords, ["Havne", "Transport"]);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Aarhus")
    );
    assert_eq!(a.sections[0].code.as_deref(), Some("6"));
    assert_eq!(a.sections[0].name.as_deref(), Some("Erhverv"));
    assert_eq!(a.genres[0].name.as_deref(), Some("Net"));
    assert_eq!(a.language, None, "the file names no language");
    let body = a.body_text();
    assert!(body.starts_with("Aarhus Havn køber fire nye elektriske containerkraner"));
    assert!(body.contains("leveres af en finsk producent"), "{body}");
    assert!(body.ends_with("/ritzau/"), "{body}");
    assert_eq!(
        a.extensions["ritzau:Replaces"],
        "1d2e3f40-aaaa-4bbb-8ccc-0123456789ab"
    );
    assert_eq!(a.extensions["ritzau:NyVersion"], true);
    assert_eq!(a.extensions["ritzau:TopWeb"], true);
    assert!(
        !a.extensions.contains_key("ritzau:Korrektion"),
        "false flags"
    );
    assert!(!a.extensions.contains_key("ritzau:Related"), "nil");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn a_flash_without_headline_keeps_its_short_line_and_note_to_editors() {
    let a = one(FLASH);
    assert_eq!(a.headline, None, "nil, whatever its namespace");
    assert_eq!(a.description, None);
    assert_eq!(
        a.headlines,
        [RoledText::with_role(
            "EU's finansministre er enige om at udskyde de nye regler for kapitalkrav til...",
            "short"
        )]
    );
    assert_eq!(
        a.editorial_notes,
        [RoledText::new(
            "Flashet erstatter en tidligere udgave med forkert årstal.\nUddybning følger.\n\n\
             Spørgsmål til udlandsredaktionen."
        )]
    );
    assert_eq!(a.credit.as_deref(), Some("/ritzau/AFP/"));
    assert_eq!(a.provider, Some(Party::named("ritzau")));
    assert_eq!(a.sources, [Party::named("AFP")]);
    assert_eq!(a.created, time("2024-10-27T02:30:00"));
    assert_eq!((a.priority, a.urgency), (Some(2), Some(2)));
    assert_eq!(a.extensions["ritzau:Korrektion"], true);
    assert_eq!(a.extensions["ritzau:Topstory"], true, "1 is true");
    assert!(a.subjects.is_empty() && a.keywords.is_empty());
}

#[test]
fn bad_fields_are_warnings_and_the_story_is_kept() {
    let a = one(BROKEN);
    assert_eq!(a.pub_status, PubStatus::Canceled);
    assert_eq!(
        a.headline.as_deref(),
        Some("Annulleret: Superliga-kamp flyttet")
    );
    assert_eq!((a.published, a.version, a.priority), (None, None, None));
    assert_eq!(a.subjects, [Concept::coded("subj", "15054000")]);
    assert_eq!(a.dateline, None);
    assert_eq!(a.byline, None);
    assert_eq!(a.extensions["ritzau:byLineEmail"], "sporten@ritzau.dk");
    let raw = |field: &str| {
        a.warnings
            .iter()
            .find(|w| w.field.as_deref() == Some(field))
            .and_then(|w: &Warning| w.raw.clone())
    };
    assert_eq!(raw("published").as_deref(), Some("tirsdag formiddag"));
    assert_eq!(raw("version").as_deref(), Some("to"));
    assert_eq!(raw("priority").as_deref(), Some("12"));
    assert_eq!(raw("subjects").as_deref(), Some("99"));
    assert_eq!(
        raw("MultimedieList").as_deref(),
        Some("https://example.com/foto.jpg")
    );
    assert_eq!(a.warnings.len(), 5, "{:?}", a.warnings);
}

#[test]
fn detection_takes_the_root_and_nothing_else() {
    for input in [NET, FLASH, BROKEN] {
        assert_eq!(detect(input, None).unwrap(), Format::Ritzau);
    }
    assert!(detect(b"<News><NewsID>x</NewsID></News>", None).is_err());
    let refused = read(b"<NewsItem/>").unwrap_err().to_string();
    assert!(refused.contains("not RBNews"), "{refused}");
}

#[test]
fn a_time_zone_given_places_the_publish_date() {
    let options = ReadOptions::default().with_time_zone(chrono_tz::Europe::Copenhagen);
    let a = read_with(NET, &options).unwrap().remove(0);
    assert_eq!(a.published, time("2024-03-12T09:05:41.27+01:00"));
}

#[test]
fn nil_is_no_value_whatever_the_prefix_is_bound_to() {
    let input = br#"<RBNews xmlns:q="urn:not-xsi">
      <NewsID>n-1</NewsID>
      <headline q:nil="true">left out</headline>
      <strapline nil="true">left out too</strapline>
      <town q:nil="false">Odense</town>
    </RBNews>"#;
    let a = one(input);
    assert_eq!(a.headline, None);
    assert_eq!(a.slugline, None);
    assert_eq!(a.dateline.and_then(|d| d.city).as_deref(), Some("Odense"));
}
