//! The e-mail reader on the fixtures (`fixtures/email/`), values read off them by hand.

use crate::formats::{ReadOptions, read};
use crate::model::{Dateline, ItemKind};
use crate::{Article, Format};

fn fixture(name: &str) -> Vec<Article> {
    let path = format!("{}/fixtures/email/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_default();
    read(&bytes, Format::Email).unwrap_or_default()
}

#[test]
fn labelled_copy_takes_its_headline_from_the_body() {
    let articles = fixture("aap-labelled-copy.eml");
    let [story] = articles.as_slice() else {
        panic!("one article: {articles:?}");
    };
    assert_eq!(
        story.headline.as_deref(),
        Some("Harbour rowers back on the water")
    );
    // The subject's word is labelled windows-1252 and holds UTF-8 bytes.
    assert_eq!(
        story.title.as_deref(),
        Some("Rowers\u{2019} boatshed reopens")
    );
    assert_eq!(
        story.description.as_deref(),
        Some("The Lakeport rowing club reopens its boatshed after the winter floods.")
    );
    assert_eq!(story.byline.as_deref(), Some("Mira Quill"));
    // The sign-off is the credit; the writer's name and job below it are the mail signature.
    assert_eq!(story.credit.as_deref(), Some("AAP mq/"));
    assert_eq!(story.id.as_deref(), Some("<0A1B2C3D-4E5F@wire.example>"));
    assert_eq!(
        story.modified.map(|t| t.to_string()).as_deref(),
        Some("2025-06-02T15:17:01-07:00")
    );
    // The sender is a source beside the dateline's agency (AAP, which stands bare after a date).
    let sender = story
        .sources
        .iter()
        .find(|s| s.id.as_deref() == Some("mailto:mira.quill@wire.example"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(sender.name.as_deref(), Some("Mira Quill"));
    let dateline = story.dateline.clone().unwrap_or_else(|| Dateline::new(""));
    assert_eq!(dateline.city.as_deref(), Some("LAKEPORT"));
    let agencies: Vec<&str> = dateline.agencies.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(agencies, ["AAP"]);
    // Quoted-printable Windows-1252: =96 is an en dash (the dateline's), =92 a right quote.
    assert_eq!(dateline.text, "LAKEPORT, June 3 AAP \u{2013}");
    let body = story.body_text();
    assert!(
        body.starts_with("The Lakeport rowing club\u{2019}s"),
        "{body}"
    );
    assert!(!body.contains("confidential"), "{body}");
    assert!(!body.contains("Sports Writer"), "{body}");
    assert!(!body.contains("Same story in HTML"), "{body}");
    assert!(
        story
            .warnings
            .iter()
            .any(|w| w.raw.as_deref().is_some_and(|r| r.contains("confidential")))
    );
    assert!(
        story
            .warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("subject"))
    );
}

#[test]
fn a_form_notification_maps_its_fields() {
    let articles = fixture("form-notification.eml");
    let story = articles.first().cloned().unwrap_or_default();
    assert_eq!(
        story.headline.as_deref(),
        Some("Harbourton ferries run again")
    );
    assert_eq!(story.title.as_deref(), Some("Formatted Editorial Story"));
    assert_eq!(story.slugline.as_deref(), Some("FERRY"));
    assert_eq!(story.urgency, Some(2));
    assert_eq!(story.priority, None);
    assert_eq!(
        story.description.as_deref(),
        Some("Ferries resume after the strike.")
    );
    assert_eq!(
        story.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("HARBOURTON")
    );
    assert_eq!(
        story.body_text(),
        "Ferries crossed the bay again on Monday.\n\nThe union accepted the offer on Sunday night."
    );
    let form = story
        .extensions
        .get("email:form")
        .cloned()
        .unwrap_or_default();
    assert_eq!(form["Timestamp"], "6/2/2025 09:30:12");
    assert_eq!(form["Legal flag"], "LEGAL");
}

#[test]
fn an_html_only_body_is_read_and_attachments_are_associations() {
    let articles = fixture("html-picture.eml");
    let story = articles.first().cloned().unwrap_or_default();
    assert_eq!(
        story.headline.as_deref(),
        Some("Picture: storm over Harbourton")
    );
    assert_eq!(
        story.body_text(),
        "Storm clouds over Harbourton on Tuesday.\n\nPhoto: L. Ch\u{e1}vez"
    );
    let [picture, file] = story.associations.as_slice() else {
        panic!("two attachments: {:?}", story.associations);
    };
    assert_eq!(picture.kind, Some(ItemKind::Picture));
    assert_eq!(picture.headline.as_deref(), Some("storm.png"));
    let rendition = picture.renditions.first().cloned().unwrap_or_default();
    assert_eq!(rendition.href, "cid:storm01@mail.example.com");
    assert_eq!(rendition.media_type.as_deref(), Some("image/png"));
    assert_eq!(rendition.rendition.and_then(|r| r.size), Some(70));
    assert_eq!(file.kind, None);
    assert_eq!(file.renditions.first().map(|l| l.href.as_str()), Some(""));
    let unread = story
        .warnings
        .iter()
        .filter(|w| w.message.contains("not carried"))
        .count();
    assert_eq!(unread, 2);
}

#[test]
fn a_message_that_only_carries_a_ninjs_document_is_its_envelope() {
    let articles = fixture("ninjs-delivery.eml");
    let [story] = articles.as_slice() else {
        panic!("one article: {articles:?}");
    };
    assert_eq!(story.id.as_deref(), Some("urn:wire.example:2025:ferry-7"));
    assert_eq!(story.headline.as_deref(), Some("Ferry fares frozen"));
    assert_eq!(
        story.sources.first().and_then(|p| p.name.as_deref()),
        Some("Feed Robot")
    );
    assert!(story.warnings.iter().any(|w| w.message.contains("ninjs")));
}

#[test]
fn a_bad_date_is_kept_raw_and_a_one_line_message_is_body() {
    let mail =
        b"From: a@b.example\r\nSubject: Note\r\nDate: someday soon\r\n\r\nhello,\r\nthe text.\r\n";
    let story = read(mail, Format::Email)
        .unwrap_or_default()
        .pop()
        .unwrap_or_default();
    assert_eq!(story.modified, None);
    assert!(
        story
            .warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("someday soon"))
    );
    assert_eq!(story.headline.as_deref(), Some("Note"));
    assert!(
        story.body_text().starts_with("hello,"),
        "{}",
        story.body_text()
    );
}

#[test]
fn no_header_is_an_error_not_a_panic() {
    for input in [&b"\r\n   \r\n"[..], b"no header here", b"\xff\xfe\x00"] {
        let read = crate::formats::read_with(input, Format::Email, &ReadOptions::default());
        assert!(
            read.is_err() || read.is_ok_and(|a| a.len() <= 1),
            "{input:?}"
        );
    }
}
