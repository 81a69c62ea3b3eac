//! The AP Media API reader on the project's fixtures (`fixtures/ap_media`), values read off the
//! files by hand.

use super::*;
use crate::formats::detect;
use crate::model::{AuthorKind, Concept, EntityKind, ItemKind};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/ap_media")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn articles(name: &str) -> Vec<Article> {
    let bytes = fixture(name);
    assert_eq!(detect(&bytes, None).unwrap(), Format::ApMedia, "{name}");
    read(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn warned(article: &Article, part: &str) -> bool {
    article.warnings.iter().any(|w| w.message.contains(part))
}

#[test]
fn a_feed_page_gives_one_article_per_item() {
    let a = articles("en-text-feed-page.json");
    assert_eq!(a.len(), 2);
    let story = &a[0];
    assert_eq!(
        story.id.as_deref(),
        Some("https://api.example.org/media/v/content/3f6a0c2d9b8e4f1a8c7d6e5f4a3b2c1d")
    );
    assert_eq!((story.kind, story.version), (ItemKind::Text, Some(2)));
    assert_eq!(
        story.headline.as_deref(),
        Some("Portland bridge reopens after three-week closure for cable repairs")
    );
    assert_eq!(story.slugline.as_deref(), Some("BC-OR--Bridge Reopens"));
    assert_eq!(story.urgency, Some(3));
    assert_eq!(
        story.modified.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-03-14T10:58:03Z")
    );
    assert_eq!(story.keywords, ["Bridge Reopens"]);
    assert_eq!(
        a[1].headline.as_deref(),
        Some("BC-BBO--Coastal League Standings")
    );
}

#[test]
fn bylines_give_the_byline_and_its_authors_with_their_title() {
    let a = articles("en-text-feed-page.json");
    assert_eq!(a[0].byline.as_deref(), Some("MARTA OLSEN and DEVIN PARK"));
    let authors: Vec<(&str, Option<&str>)> = a[0]
        .authors
        .iter()
        .map(|p| (p.name.as_str(), p.job_title.as_deref()))
        .collect();
    assert_eq!(
        authors,
        [
            ("MARTA OLSEN", Some("Associated Press")),
            ("DEVIN PARK", Some("Associated Press"))
        ]
    );
    assert_eq!(a[1].byline.as_deref(), Some("The Associated Press"));
}

#[test]
fn the_photographer_is_an_author_of_that_role() {
    let a = &articles("en-picture-item.json")[0];
    assert_eq!(a.kind, ItemKind::Picture);
    assert_eq!(a.authors.len(), 1);
    let photographer = &a.authors[0];
    assert_eq!(photographer.name, "Jonah D. Wells");
    assert_eq!(photographer.id.as_deref(), Some("jdw"));
    assert_eq!(photographer.role.as_deref(), Some("photographer"));
    assert_eq!(photographer.job_title.as_deref(), Some("Staff"));
    assert_eq!(photographer.kind, AuthorKind::Creator);
    assert_eq!(a.byline, None);
    assert_eq!(a.credit.as_deref(), Some("AP Photo/Jonah D. Wells"));
}

#[test]
fn usage_terms_are_all_kept_in_order() {
    let a = articles("en-text-feed-page.json");
    assert_eq!(
        a[0].rights.usage_terms.as_deref(),
        Some(
            "This content is intended for editorial use only. For other uses, additional clearances may be required."
        )
    );
    assert_eq!(
        a[0].rights.further_usage_terms,
        ["Not for use in Multnomah County print editions before 6 a.m."]
    );
    assert_eq!(
        a[0].rights.notice.as_deref(),
        Some("Copyright 2024 The Associated Press. All rights reserved.")
    );
    assert!(a[1].rights.further_usage_terms.is_empty());
}

#[test]
fn classification_terms_keep_kind_scheme_relation_and_parents() {
    let a = &articles("en-text-feed-page.json")[0];
    let category = &a.subjects[0];
    assert_eq!(
        (category.code.as_deref(), category.scheme.as_deref()),
        (Some("a"), None)
    );
    assert_eq!(category.role.as_deref(), Some("category"));
    let infrastructure = a
        .subjects
        .iter()
        .find(|s| s.name.as_deref() == Some("Infrastructure"))
        .unwrap();
    assert_eq!(
        infrastructure.uri().as_deref(),
        Some("http://cv.ap.org/id/5d5b46b8d9f54a13bd6f3a2b8c1e0f47")
    );
    assert_eq!(infrastructure.role.as_deref(), Some("direct"));
    assert_eq!(
        infrastructure.broader,
        [Concept::coded(
            "http://cv.ap.org/id/",
            "86aad5207dac100488ecba7fa5283c3e"
        )]
    );
    let kinds: Vec<(Option<EntityKind>, &str)> = a
        .subjects
        .iter()
        .map(|s| (s.kind, s.name.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        kinds,
        [
            (None, "a"),
            (None, "Government and politics"),
            (None, "Infrastructure"),
            (Some(EntityKind::Place), "Portland"),
            (Some(EntityKind::Person), "Elena Ruiz"),
            (
                Some(EntityKind::Organisation),
                "Oregon Department of Transportation"
            ),
        ]
    );
    let portland = &a.subjects[3];
    let geo = portland.geo.unwrap();
    assert_eq!((geo.latitude(), geo.longitude()), (45.52345, -122.67621));
    assert!(warned(a, "`person` terms' creator, types not read"));
    assert!(warned(a, "`place` terms' creator, locationtype not read"));
}

#[test]
fn a_featured_person_and_a_shape_that_is_no_point() {
    let a = &articles("en-picture-item.json")[0];
    let person = a
        .subjects
        .iter()
        .find(|s| s.kind == Some(EntityKind::Person))
        .unwrap();
    assert_eq!(person.name.as_deref(), Some("Luis Arroyo"));
    assert_eq!(person.role.as_deref(), Some("personfeatured"));
    let seattle = a
        .subjects
        .iter()
        .find(|s| s.kind == Some(EntityKind::Place))
        .unwrap();
    assert_eq!(seattle.geo, None);
    assert!(warned(a, "a geometry other than a point"));
}

#[test]
fn the_dateline_location_gives_city_and_point() {
    let a = &articles("en-picture-item.json")[0];
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.city.as_deref(), Some("Seattle"));
    let geo = dateline.geo.unwrap();
    assert_eq!((geo.latitude(), geo.longitude()), (47.60621, -122.33207));
    assert_eq!(a.extensions["ap:datelinelocation"]["countryareacode"], "WA");
}

#[test]
fn renditions_are_enclosures_and_a_story_rendition_gives_the_word_count() {
    let a = articles("en-text-feed-page.json");
    assert_eq!(a[0].word_count, Some(412));
    assert_eq!(a[1].word_count, Some(96));
    assert!(a[0].body.is_empty());
    let named: Vec<(&str, Option<&str>)> = a[0]
        .links
        .iter()
        .map(|l| {
            (
                l.rendition
                    .as_ref()
                    .and_then(|r| r.name.as_deref())
                    .unwrap_or(""),
                l.media_type.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            ("anpa", Some("application/octet-stream")),
            ("nitf", Some("text/xml"))
        ]
    );
    assert!(
        a[0].links
            .iter()
            .all(|l| l.rel.as_deref() == Some("enclosure"))
    );
    assert!(warned(
        &a[0],
        "the renditions' contentid, fileextension, format, rel, type not read"
    ));

    // A picture's caption download declares the caption's words, not a story's.
    let picture = &articles("en-picture-item.json")[0];
    assert_eq!(picture.word_count, None);
    let main = picture
        .links
        .iter()
        .find_map(|l| {
            l.rendition
                .as_ref()
                .filter(|r| r.name.as_deref() == Some("main"))
        })
        .unwrap();
    assert_eq!(
        (main.width, main.height, main.size),
        (Some(5472), Some(3648), Some(5_120_334))
    );
    assert!(warned(picture, "words"));
}

#[test]
fn associations_follow_the_numeric_order_of_their_keys() {
    let a = &articles("en-text-feed-page.json")[0];
    let read: Vec<(Option<ItemKind>, &str)> = a
        .associations
        .iter()
        .map(|x| (x.kind, x.headline.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        read,
        [
            (
                Some(ItemKind::Picture),
                "Traffic crosses the reopened Hawthorne Bridge"
            ),
            (
                Some(ItemKind::Picture),
                "Crews guide a new lift cable into place"
            ),
            (Some(ItemKind::Video), "Hawthorne Bridge reopens to traffic"),
        ]
    );
    assert!(a.associations.iter().all(|x| x.role.is_none()));
    assert!(warned(a, "beyond its role"));
}

#[test]
fn products_are_services_and_the_rest_of_meta_is_kept() {
    let a = &articles("en-picture-item.json")[0];
    let services: Vec<(Option<&str>, Option<&str>)> = a
        .services
        .iter()
        .map(|s| (s.code.as_deref(), s.name.as_deref()))
        .collect();
    assert_eq!(
        services,
        [
            (Some("30110"), Some("US Sports Photos")),
            (Some("30112"), Some("Baseball Photos"))
        ]
    );
    assert_eq!(a.extensions["ap:meta"]["pricing"]["tier"], "Standard");
    assert_eq!(a.extensions["ap:altids"]["friendlykey"], "24073812296544");
    assert_eq!(a.extensions["ap:editorialpriority"], "d");
}

#[test]
fn detection_needs_ap_marks_and_envelopes_without_items_are_refused() {
    let bare = br#"{"uri": "https://api.example.org/x", "altids": {"itemid": "x", "etag": "x_1"},
        "type": "text", "headline": "Bare item"}"#;
    assert_eq!(detect(bare, None).unwrap(), Format::ApMedia);
    assert_eq!(
        read(bare).unwrap()[0].headline.as_deref(),
        Some("Bare item")
    );
    // ninjs with its own altids stays ninjs.
    let ninjs = br#"{"uri": "urn:x", "altids": {"itemid": "x"}, "headline": "N"}"#;
    assert_eq!(detect(ninjs, None).unwrap(), Format::Ninjs);
    for refused in [
        &br#"{"api_version": "2.0", "data": {"items": []}}"#[..],
        br#"{"api_version": "2.0", "data": {"item": "x"}}"#,
        br#"{"api_version": "2.0", "error": {"code": 401, "message": "Invalid API key"}}"#,
        br#"[1, 2]"#,
    ] {
        assert!(
            read(refused).is_err(),
            "{}",
            String::from_utf8_lossy(refused)
        );
    }
    let error = read(br#"{"api_version": "2.0", "error": {"message": "Invalid API key"}}"#);
    assert!(error.unwrap_err().to_string().contains("Invalid API key"));
    let skipped = read(
        br#"{"api_version": "2.0", "data": {"items": [{"meta": {}}, {"item": {"uri": "u", "headline": "H"}}]}}"#,
    )
    .unwrap();
    assert_eq!(skipped.len(), 1);
    assert!(warned(&skipped[0], "1 member(s) of the page hold no item"));
}
