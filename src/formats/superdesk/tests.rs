use super::*;
use crate::formats::detect;
use crate::model::{
    Agency, Block, Concept, EntityKind, GeoPoint, Inline, ItemKind, PartialDate, Timestamp,
};

const CAPI: &str = include_str!("../../../fixtures/superdesk/nb-contentapi-picture-embed.json");
const ARCHIVE: &str =
    include_str!("../../../fixtures/superdesk/en-archive-dateline-embedded-article.json");
const PAGE: &str = include_str!("../../../fixtures/superdesk/en-eve-page-two-items.json");

fn one(json: &str) -> Article {
    let mut articles = read(json.as_bytes()).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

fn figures(a: &Article) -> Vec<&crate::model::Figure> {
    a.body
        .iter()
        .filter_map(|b| match b {
            Block::Figure(f) => Some(&**f),
            _ => None,
        })
        .collect()
}

#[test]
fn detected_by_what_superdesk_storage_adds() {
    for doc in [CAPI, ARCHIVE, PAGE] {
        assert_eq!(detect(doc.as_bytes(), None).ok(), Some(Format::Superdesk));
    }
    // Superdesk's published ninjs has none of Eve's keys: ninjs.
    let ninjs = r#"{"guid": "urn:x:1", "headline": "H", "body_html": "<p>b</p>", "_id": "x"}"#;
    assert_eq!(detect(ninjs.as_bytes(), None).ok(), Some(Format::Ninjs));
    // An Eve resource that is no news item (a user) is not taken.
    let user = r#"{"_id": "u1", "_etag": "e", "username": "jp", "first_name": "Jon"}"#;
    assert_ne!(detect(user.as_bytes(), None).ok(), Some(Format::Superdesk));
}

#[test]
fn a_content_api_item() {
    let a = one(CAPI);
    assert_eq!(
        a.id.as_deref(),
        Some("urn:newsml:localhost:5000:2026-04-08T10:12:44.018412:7c1f0a2e")
    );
    assert_eq!(a.version, Some(3));
    assert_eq!(a.language.as_deref(), Some("nb-NO"));
    assert_eq!((a.urgency, a.priority), (Some(3), Some(4)));
    assert_eq!(a.word_count, Some(41));
    assert_eq!(a.published, Timestamp::parse("2026-04-08T10:40:15Z"));
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Hamar")
    );
    assert_eq!(
        a.description.as_deref(),
        Some("Bøndene på Østlandet fikk inn rekordmye korn i fjor.")
    );
    // The HTML rendition of the description says the same words.
    assert!(a.descriptions.is_empty(), "{:?}", a.descriptions);
    assert!(a.subjects.contains(&Concept {
        name: Some("Innenriks".into()),
        ..Concept::coded("a1312cat", "i")
    }));
    assert!(
        a.subjects
            .iter()
            .any(|s| s.kind == Some(EntityKind::Place) && s.code.as_deref() == Some("Innlandet"))
    );
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.authors[0].name, "Kari Nordmann");
    assert_eq!(a.authors[0].role.as_deref(), Some("writer"));
    assert_eq!(
        a.extensions.get("superdesk:extra"),
        Some(&serde_json::json!({"ntb_pub_name": "Hamar Arbeiderblad"}))
    );
    // Empty values are nothing to keep.
    assert!(!a.extensions.contains_key("superdesk:annotations"));
    assert!(!a.extensions.contains_key("superdesk:copyrightnotice"));
}

#[test]
fn embeds_are_filled_from_their_associated_items() {
    let a = one(CAPI);
    let found = figures(&a);
    assert_eq!(found.len(), 2, "{:?}", a.body);
    // The figure the body gives keeps its own caption and alternative text; the item gives
    // the credit (its byline) and the media type.
    let first = found[0];
    assert_eq!(first.href, "https://example.com/capi/kornaker-view.jpg");
    assert_eq!(
        first.caption,
        [Inline::text("Kornåker ved Hamar i august.")]
    );
    assert_eq!(first.alt.as_deref(), Some("Kornåker ved Hamar"));
    assert_eq!(first.credit.as_deref(), Some("Ola Nordmann"));
    assert_eq!(first.media_type.as_deref(), Some("image/jpeg"));
    // An embed that holds nothing gets the item's best file, caption and credit line.
    let second = found[1];
    assert_eq!(second.href, "https://example.com/capi/treskeren-base.jpg");
    assert_eq!(second.caption, [Inline::text("En tresker på jordet.")]);
    assert_eq!(second.credit.as_deref(), Some("NTB"));
    // It stands between the paragraphs it was written between.
    assert!(matches!(a.body.get(3), Some(Block::Figure(_))));
    assert_eq!(a.associations.len(), 2);
    assert_eq!(a.associations[1].credit.as_deref(), Some("NTB"));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("editor_9") && w.message.contains("does not hold"))
    );
}

#[test]
fn an_archive_item_with_its_dateline_and_embedded_article() {
    let a = one(ARCHIVE);
    let dateline = a.dateline.clone().unwrap_or_default();
    assert_eq!(dateline.text, "BRISTOL, May 19 AAP -");
    assert_eq!(dateline.city.as_deref(), Some("Bristol"));
    // `located.dateline` prints the city alone.
    assert_eq!(dateline.region, None);
    assert_eq!(dateline.agencies, [Agency::new("AAP")]);
    assert_eq!(
        dateline.date,
        Some(PartialDate {
            year: Some(2026),
            month: Some(5),
            day: Some(19)
        })
    );
    assert_eq!(dateline.geo, GeoPoint::new(51.4545, -2.5879));
    assert_eq!(a.embargo, Timestamp::parse("2026-05-19T12:00:00Z"));
    let names: Vec<(&str, Option<&str>)> = a
        .authors
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("Ruth Okafor", Some("writer")),
            ("Jon Park", Some("editor"))
        ]
    );
    assert_eq!(a.editorial_notes.len(), 1);
    assert_eq!(a.keywords, ["ferry", "Bristol"]);
    assert_eq!(a.genres.len(), 1);
    assert_eq!(a.genres[0].code.as_deref(), Some("Article"));
    // The embedded article is an association; its text, in the body already, is there once.
    assert_eq!(a.associations.len(), 1);
    let embedded = &a.associations[0];
    assert_eq!(embedded.role.as_deref(), Some("ARTICLE_EMBED"));
    assert_eq!(embedded.kind, Some(ItemKind::Text));
    assert_eq!(
        embedded.headline.as_deref(),
        Some("Ferry operator collapses")
    );
    assert_eq!(a.body_text().matches("Previously reported:").count(), 1);
    assert_eq!(a.body.len(), 5);
    for key in ["anpa_take_key", "sign_off", "family_id", "_id"] {
        assert!(
            a.extensions.contains_key(&format!("superdesk:{key}")),
            "{key}"
        );
    }
    assert!(
        a.warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("COMMENT"))
    );
}

#[test]
fn an_eve_page_is_one_article_per_item() {
    let articles = read(PAGE.as_bytes()).unwrap();
    assert_eq!(articles.len(), 2);
    assert_eq!(
        articles[0].body,
        [
            Block::paragraph("Forecasters issued a heatwave warning on Monday."),
            Block::paragraph("Temperatures are expected to reach 34C.")
        ]
    );
    assert_eq!(articles[1].kind, ItemKind::Picture);
    assert_eq!(articles[1].links.len(), 2);
    assert!(read(br#"{"_items": []}"#).is_err());
    assert!(read(b"42").is_err());
}

#[test]
fn embed_comments_are_cut_leniently() {
    let mut warnings = Vec::new();
    // A comment without its end is text the HTML reader drops; nothing panics.
    let blocks = body::read(
        "<p>a</p><!-- EMBED START Image {id: \"x\"",
        None,
        &mut warnings,
    );
    assert_eq!(blocks, [Block::paragraph("a")]);
    let named = body::read(
        "<!-- EMBED START Image {id: \"editor_3\"} --><p>b</p><!-- EMBED END Image {id: \"editor_3\"} -->",
        None,
        &mut warnings,
    );
    assert_eq!(named, [Block::paragraph("b")]);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].raw.as_deref(), Some("editor_3"));
}

#[test]
fn events_and_planning_items_are_no_articles() {
    let planning = r#"{"_id": "p1", "_etag": "e", "type": "planning", "headline": "Budget day", "slugline": "budget"}"#;
    assert!(matches!(
        read(planning.as_bytes()),
        Err(Error::Invalid { .. })
    ));
    let page = r#"{"_items": [
        {"_id": "e1", "type": "event", "headline": "Summit"},
        {"_id": "t1", "type": "text", "headline": "Summit opens"}
    ]}"#;
    let a = one(page);
    assert_eq!(a.headline.as_deref(), Some("Summit opens"));
    assert_eq!(a.warnings[0].raw.as_deref(), Some("event e1"));
}

#[test]
fn the_publication_status_in_ninjs_words_and_another_word_reported() {
    let item = |status: &str| {
        format!(
            r#"{{"_id": "x1", "_etag": "e", "type": "text", "headline": "Pier closed",
                "pubstatus": "{status}"}}"#
        )
    };
    assert_eq!(
        one(&item("canceled")).pub_status,
        crate::model::PubStatus::Canceled
    );
    let odd = one(&item("spiked"));
    assert_eq!(odd.pub_status, crate::model::PubStatus::Usable);
    assert!(
        odd.warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("spiked")),
        "{:?}",
        odd.warnings
    );
}
