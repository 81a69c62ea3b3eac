use super::*;
use crate::formats::detect;
use crate::model::{Block, Concept, ItemKind, PubStatus, Timestamp};

const ITEM: &str = include_str!("../../../fixtures/reuters_api/en-item-xhtml.json");
const PAGE: &str = include_str!("../../../fixtures/reuters_api/en-search-page.json");

fn one(json: &str) -> Article {
    let mut articles = read(json.as_bytes()).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

#[test]
fn detected_by_its_own_keys_not_as_ninjs() {
    assert_eq!(detect(ITEM.as_bytes(), None).ok(), Some(Format::ReutersApi));
    assert_eq!(detect(PAGE.as_bytes(), None).ok(), Some(Format::ReutersApi));
    // ninjs spells `headline`; Reuters' keys without the envelope are not enough either.
    let ninjs = r#"{"uri": "urn:x:1", "headline": "H", "versioncreated": "2024-01-15T14:05:00Z"}"#;
    assert_eq!(detect(ninjs.as_bytes(), None).ok(), Some(Format::Ninjs));
    assert_eq!("reuters".parse::<Format>().ok(), Some(Format::ReutersApi));
    assert_eq!(
        "reuters-api".parse::<Format>().ok(),
        Some(Format::ReutersApi)
    );
}

#[test]
fn an_item_reads_its_fields_as_the_fixture_gives_them() {
    let a = one(ITEM);
    assert_eq!(
        a.id.as_deref(),
        Some("tag:reuters.com,2026:newsml_L4N9XQ0TRM")
    );
    assert_eq!(a.version, Some(3));
    assert_eq!(a.kind, ItemKind::Text);
    assert_eq!(a.pub_status, PubStatus::Usable);
    assert_eq!(a.urgency, Some(3));
    assert_eq!(a.slugline.as_deref(), Some("NETHERLANDS-PORTS/ROTTERDAM"));
    assert_eq!(a.byline.as_deref(), Some("Bart Meijer"));
    assert_eq!(a.credit.as_deref(), Some("Reuters"));
    assert_eq!(
        a.headline.as_deref(),
        Some("Rotterdam port volumes slip as container traffic eases")
    );
    assert_eq!(
        a.description.as_deref(),
        Some(
            "Throughput at Europe's largest port fell 2.1% last year as container volumes eased and energy imports shifted."
        )
    );
    assert_eq!(a.modified, Timestamp::parse("2026-02-11T16:42:07Z"));
    assert_eq!(a.created, Timestamp::parse("2026-02-11T09:15:30Z"));
    assert_eq!(a.keywords, ["PORTS", "SHIPPING"]);
    assert!(
        a.rights
            .notice
            .as_deref()
            .unwrap_or_default()
            .starts_with("(c) Copyright Thomson Reuters 2026")
    );
    assert_eq!(
        a.extensions.get("reuters:contentTimestamp"),
        Some(&Value::from("2026-02-11T16:42:05.000Z"))
    );
    // A null `caption` is nothing, not an extension.
    assert!(!a.extensions.contains_key("reuters:caption"));
}

#[test]
fn codes_are_qcodes_with_their_scheme() {
    let a = one(ITEM);
    let mut shipping = Concept::coded("N2", "SHP");
    shipping.name = Some("Shipping".into());
    shipping.role = Some("direct".into());
    assert_eq!(
        a.subjects,
        [
            Concept::coded("MCC", "OEC"),
            shipping,
            Concept {
                name: Some("Netherlands".into()),
                ..Concept::coded("N2", "NL")
            },
            Concept::coded("subj", "04000000"),
        ]
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("neither code nor name"))
    );
}

#[test]
fn the_body_is_the_documents_body_without_its_head() {
    let a = one(ITEM);
    let text = a.body_text();
    assert!(
        text.starts_with("ROTTERDAM, Feb 11 (Reuters) - Throughput"),
        "{text}"
    );
    assert!(
        !text.contains("Rotterdam port volumes\n"),
        "the head's title: {text}"
    );
    assert!(
        matches!(a.body.get(2), Some(Block::Table { .. })),
        "{:?}",
        a.body
    );
    assert_eq!(a.body.len(), 4);
}

#[test]
fn renditions_are_read_leniently_and_warned_about() {
    let a = one(ITEM);
    let hrefs: Vec<&str> = a.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(
        hrefs,
        [
            "https://example.com/reuters/L4N9XQ0TRM.txt",
            "https://example.com/reuters/L4N9XQ0TRM.xml"
        ]
    );
    assert_eq!(a.links[0].media_type.as_deref(), Some("text/plain"));
    let messages: Vec<(&str, Option<&str>)> = a
        .warnings
        .iter()
        .filter(|w| w.field.as_deref() == Some("links"))
        .map(|w| (w.message.as_str(), w.raw.as_deref()))
        .collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(messages[0].1, Some("points"));
    assert!(messages[1].0.contains("without an address"));
}

#[test]
fn a_search_page_is_one_article_per_item() {
    let articles = read(PAGE.as_bytes()).unwrap();
    assert_eq!(articles.len(), 2);
    let (story, picture) = (&articles[0], &articles[1]);
    assert_eq!(story.slugline.as_deref(), Some("SOCCER-ENGLAND-LIV/FINE"));
    assert_eq!(story.body.len(), 2);
    assert_eq!(picture.kind, ItemKind::Picture);
    assert_eq!(picture.byline.as_deref(), Some("PHIL NOBLE"));
    assert!(
        picture
            .description
            .as_deref()
            .is_some_and(|d| d.ends_with("REUTERS/Phil Noble"))
    );
    let names: Vec<_> = picture
        .links
        .iter()
        .map(|l| (l.href.as_str(), l.rendition.as_ref().and_then(|r| r.width)))
        .collect();
    assert_eq!(
        names,
        [
            (
                "https://example.com/reuters/RC3PICT9QZ-base.jpg",
                Some(3000)
            ),
            (
                "https://example.com/reuters/RC3PICT9QZ-thumb.jpg",
                Some(150)
            )
        ]
    );
}

#[test]
fn graphql_errors() {
    let refused = read(br#"{"data": null, "errors": [{"message": "Unauthorized"}]}"#);
    match refused {
        Err(Error::Invalid { message, .. }) => {
            assert!(message.contains("Unauthorized"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    let a = one(
        r#"{"errors": [{"message": "partial"}], "data": {"item": {"uri": "tag:x", "headLine": "H", "type": "graphics"}}}"#,
    );
    assert_eq!(a.kind, ItemKind::Graphic);
    assert_eq!(
        a.warnings.first().and_then(|w| w.raw.as_deref()),
        Some(r#"[{"message":"partial"}]"#)
    );
    assert!(read(br#"{"data": {"currentUser": {}}}"#).is_err());
}

#[test]
fn body_and_head_cutting() {
    assert_eq!(
        read::element_content("<HTML><Body class='x'>a<body2/></BODY></HTML>", "body").as_deref(),
        Some("a<body2/>")
    );
    assert_eq!(read::element_content("<p>no body</p>", "body"), None);
    assert_eq!(
        read::without_element("<html><head><title>T</title></head><p>b</p></html>", "head"),
        "<html><p>b</p></html>"
    );
    assert_eq!(read::without_element("<head/><p>b</p>", "head"), "<p>b</p>");
}

use serde_json::Value;
