use serde_json::Value;

use super::*;
use crate::formats::NinjsVersion;
use crate::model::{Article, Block, Concept, Inline, ItemKind, Link, Party, PubStatus};
use crate::{Error, Format};

fn one(json: &str) -> Article {
    let mut articles = read(json.as_bytes()).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

fn refused(json: &str) -> String {
    match read(json.as_bytes()) {
        Err(Error::Invalid { message, .. }) => message,
        other => panic!("not refused as invalid: {other:?}"),
    }
}

fn written(article: &Article, version: NinjsVersion) -> Value {
    let bytes = write_version(std::slice::from_ref(article), version).unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// The same story in each generation's spelling.
const V3: &str = r#"{
  "uri": "urn:example:1", "type": "text", "version": "2",
  "versionCreated": "2024-01-15T14:05:00+01:00", "firstCreated": "2024-01-15T13:00:00Z",
  "embargoedUntil": "2024-01-15T15:00:00Z", "pubStatus": "withheld", "urgency": 3,
  "language": "en", "title": "Rates", "slugline": "ECB-RATES", "located": "Frankfurt",
  "by": "Jane Reporter", "edNote": "Moves at 1500", "copyrightHolder": "Example Agency",
  "copyrightNotice": "(c) Example", "usageTerms": "Subscribers only",
  "headlines": [{"role": "main", "value": "ECB holds"}, {"role": "sub", "value": "Cuts later"}],
  "descriptions": [{"role": "summary", "value": "The bank held."}, {"role": "creditline", "value": "Example"}],
  "bodies": [{"contentType": "text/html", "value": "<p>The <b>bank</b> held.</p>"}],
  "subjects": [{"name": "central bank", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000350"}],
  "genres": [{"name": "Current", "uri": "http://cv.iptc.org/newscodes/genre/Current"}],
  "infoSources": [{"name": "Example Agency", "role": "provider"}, {"name": "Partner", "literal": "prov:partner"}],
  "renditions": [{"name": "audio", "href": "https://example.com/a.mp3", "contentType": "audio/mpeg"}],
  "associations": [{"name": "featuremedia", "uri": "urn:example:pic", "type": "picture",
    "headlines": [{"value": "Lagarde"}], "by": "Ann Lee",
    "descriptions": [{"role": "caption", "value": "Christine Lagarde in Frankfurt."},
      {"role": "creditline", "value": "Example/Ann Lee"}],
    "renditions": [{"name": "original", "href": "https://example.com/p.jpg", "contentType": "image/jpeg"},
      {"name": "thumbnail", "href": "https://example.com/t.jpg", "contentType": "image/jpeg", "width": 120, "height": 80}]}]
}"#;

const V2: &str = r#"{
  "uri": "urn:example:1", "type": "text", "version": "2",
  "versioncreated": "2024-01-15T14:05:00+01:00", "firstcreated": "2024-01-15T13:00:00Z",
  "embargoed": "2024-01-15T15:00:00Z", "pubstatus": "withheld", "urgency": 3,
  "language": "en", "title": "Rates", "slugline": "ECB-RATES", "located": "Frankfurt",
  "by": "Jane Reporter", "ednote": "Moves at 1500", "copyrightholder": "Example Agency",
  "copyrightnotice": "(c) Example", "usageterms": "Subscribers only",
  "headlines": [{"role": "main", "value": "ECB holds"}, {"role": "sub", "value": "Cuts later"}],
  "descriptions": [{"role": "summary", "value": "The bank held."}, {"role": "creditline", "value": "Example"}],
  "bodies": [{"contenttype": "text/html", "value": "<p>The <b>bank</b> held.</p>"}],
  "subjects": [{"name": "central bank", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000350"}],
  "genres": [{"name": "Current", "uri": "http://cv.iptc.org/newscodes/genre/Current"}],
  "infosources": [{"name": "Example Agency", "role": "provider"}, {"name": "Partner", "literal": "prov:partner"}],
  "renditions": [{"name": "audio", "href": "https://example.com/a.mp3", "contenttype": "audio/mpeg"}],
  "associations": [{"name": "featuremedia", "uri": "urn:example:pic", "type": "picture",
    "headlines": [{"value": "Lagarde"}], "by": "Ann Lee",
    "descriptions": [{"role": "caption", "value": "Christine Lagarde in Frankfurt."},
      {"role": "creditline", "value": "Example/Ann Lee"}],
    "renditions": [{"name": "original", "href": "https://example.com/p.jpg", "contenttype": "image/jpeg"},
      {"name": "thumbnail", "href": "https://example.com/t.jpg", "contenttype": "image/jpeg", "width": 120, "height": 80}]}]
}"#;

const V1: &str = r#"{
  "uri": "urn:example:1", "type": "text", "version": "2",
  "versioncreated": "2024-01-15T14:05:00+01:00", "firstcreated": "2024-01-15T13:00:00Z",
  "embargoed": "2024-01-15T15:00:00Z", "pubstatus": "withheld", "urgency": 3,
  "language": "en", "title": "Rates", "slugline": "ECB-RATES", "located": "Frankfurt",
  "byline": "Jane Reporter", "ednote": "Moves at 1500", "copyrightholder": "Example Agency",
  "copyrightnotice": "(c) Example", "usageterms": "Subscribers only",
  "headline": "ECB holds", "headline_sub": "Cuts later",
  "description_text": "The bank held.", "description_creditline": "Example",
  "body_text": "The bank held.", "body_html": "<p>The <b>bank</b> held.</p>",
  "subject": [{"name": "central bank", "scheme": "http://cv.iptc.org/newscodes/mediatopic/", "code": "20000350"}],
  "genre": [{"name": "Current", "scheme": "http://cv.iptc.org/newscodes/genre/", "code": "Current"}],
  "infosource": [{"name": "Example Agency", "role": "provider"}, {"name": "Partner", "literal": "prov:partner"}],
  "renditions": {"audio": {"href": "https://example.com/a.mp3", "mimetype": "audio/mpeg"}},
  "associations": {"featuremedia": {"uri": "urn:example:pic", "type": "picture",
    "headline": "Lagarde", "byline": "Ann Lee",
    "description_text": "Christine Lagarde in Frankfurt.", "description_creditline": "Example/Ann Lee",
    "renditions": {"original": {"href": "https://example.com/p.jpg", "mimetype": "image/jpeg"},
      "thumbnail": {"href": "https://example.com/t.jpg", "mimetype": "image/jpeg", "width": 120, "height": 80}}}}
}"#;

#[test]
fn every_generation_maps_to_the_same_article() {
    let a = one(V3);
    assert_eq!(a.id.as_deref(), Some("urn:example:1"));
    assert_eq!((a.version, a.kind), (Some(2), ItemKind::Text));
    assert_eq!(
        a.modified.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-01-15T14:05:00+01:00")
    );
    assert!(a.created.is_some() && a.embargo.is_some());
    assert_eq!((a.pub_status, a.urgency), (PubStatus::Withheld, Some(3)));
    assert_eq!(a.headline.as_deref(), Some("ECB holds"));
    assert_eq!(a.subheadline.as_deref(), Some("Cuts later"));
    assert_eq!(a.title.as_deref(), Some("Rates"));
    assert_eq!(a.byline.as_deref(), Some("Jane Reporter"));
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Frankfurt")
    );
    assert_eq!(a.editorial_notes, ["Moves at 1500"]);
    assert_eq!(a.rights.holder, Some(Party::named("Example Agency")));
    assert_eq!(a.description.as_deref(), Some("The bank held."));
    assert_eq!(a.credit.as_deref(), Some("Example"));
    assert_eq!(
        a.body,
        [Block::Paragraph {
            content: vec![
                Inline::text("The "),
                Inline::Strong(vec![Inline::text("bank")]),
                Inline::text(" held.")
            ]
        }]
    );
    assert_eq!(
        a.subjects,
        [Concept {
            name: Some("central bank".into()),
            ..Concept::coded("medtop", "20000350")
        }]
    );
    assert_eq!(a.genres[0].qcode().as_deref(), Some("genre:Current"));
    assert_eq!(a.provider, Some(Party::named("Example Agency")));
    assert_eq!(
        a.sources,
        [Party {
            id: Some("prov:partner".into()),
            name: Some("Partner".into())
        }]
    );
    assert_eq!(
        a.links,
        [Link {
            rel: Some("enclosure".into()),
            href: "https://example.com/a.mp3".into(),
            media_type: Some("audio/mpeg".into()),
            title: None,
            rendition: Some(crate::model::Rendition {
                name: Some("audio".into()),
                ..crate::model::Rendition::default()
            }),
        },]
    );
    let file = |href: &str, name: &str, size: Option<(u32, u32)>| Link {
        rel: Some("enclosure".into()),
        href: href.into(),
        media_type: Some("image/jpeg".into()),
        title: None,
        rendition: Some(crate::model::Rendition {
            name: Some(name.into()),
            width: size.map(|s| s.0),
            height: size.map(|s| s.1),
            ..crate::model::Rendition::default()
        }),
    };
    assert_eq!(
        a.associations,
        [crate::model::Association {
            role: Some("featuremedia".into()),
            kind: Some(ItemKind::Picture),
            id: Some("urn:example:pic".into()),
            headline: Some("Lagarde".into()),
            caption: Some("Christine Lagarde in Frankfurt.".into()),
            byline: Some("Ann Lee".into()),
            credit: Some("Example/Ann Lee".into()),
            renditions: vec![
                file("https://example.com/p.jpg", "original", None),
                file("https://example.com/t.jpg", "thumbnail", Some((120, 80))),
            ],
        }]
    );
    assert!(a.extensions.is_empty(), "{:?}", a.extensions);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert_eq!(one(V2), a, "2.x");
    assert_eq!(one(V1), a, "1.x");
}

#[test]
fn unknown_keys_and_unused_renditions_are_kept_as_extensions() {
    let a = one(
        r#"{"uri": "urn:x", "profile": "text-only", "altIds": [{"role": "slug", "value": "X"}],
            "extra": {"desk": "metro"},
            "headlines": [{"role": "main", "value": "H"}, {"role": "seo", "value": "S"}],
            "headline_kicker": "K",
            "descriptions": [{"role": "keywords", "value": "a, b"}]}"#,
    );
    let keys: Vec<&str> = a.extensions.keys().map(String::as_str).collect();
    assert_eq!(keys, ["ninjs:altIds", "ninjs:extra", "ninjs:profile"]);
    // Headlines of other roles are the article's headlines, the 1.x key's suffix the role.
    assert_eq!(
        a.headlines,
        [
            crate::model::RoledText::with_role("S", "seo"),
            crate::model::RoledText::with_role("K", "kicker")
        ]
    );
    // A description of another role is one of the article's descriptions, with its role.
    assert_eq!(
        a.descriptions,
        [crate::model::RoledText::with_role("a, b", "keywords")]
    );
}

#[test]
fn bad_values_are_warnings_and_mixed_casing_is_read() {
    let a = one(
        r#"{"uri": "urn:example:broken", "type": "article", "versioncreated": "2024-01-15T14:05:00Z",
            "pubStatus": "published", "urgency": 0, "firstCreated": "last week",
            "headlines": [{"role": "main", "value": "Read anyway"}]}"#,
    );
    assert_eq!(a.headline.as_deref(), Some("Read anyway"));
    assert!(a.modified.is_some(), "the 2.x spelling is read");
    let fields: Vec<&str> = a
        .warnings
        .iter()
        .filter_map(|w| w.field.as_deref())
        .collect();
    assert_eq!(
        fields,
        ["input", "kind", "created", "pub_status", "urgency"],
        "{:?}",
        a.warnings
    );
    assert_eq!(
        (a.kind, a.pub_status, a.urgency),
        (ItemKind::Text, PubStatus::Usable, None)
    );
}

#[test]
fn bodies_are_sanitized_whatever_their_type() {
    for (content_type, value) in [
        (
            "text/html",
            "<p onclick='x()'>Hi<script>alert(1)</script> <a href='javascript:alert(2)'>there</a></p><style>p{}</style>",
        ),
        (
            "application/xhtml+xml",
            "<p onclick='x()'>Hi<script>alert(1)</script> <a href='javascript:alert(2)'>there</a></p><style>p{}</style>",
        ),
    ] {
        let json = serde_json::json!({"uri": "urn:x", "bodies": [{"contentType": content_type, "value": value}]});
        let a = one(&json.to_string());
        assert_eq!(a.body, [Block::paragraph("Hi there")], "{content_type}");
    }
    let data = r#"{"uri": "urn:x", "body_html": "<a href=\"data:text/html,x\">y</a>"}"#;
    assert_eq!(one(data).body, [Block::paragraph("y")]);
}

#[test]
fn a_collection_and_an_envelope_hold_several_and_events_are_not_news() {
    let articles = read(
        br#"[{"uri": "urn:a", "headlines": [{"value": "A"}]},
             {"uri": "urn:e", "type": "event", "title": "Match"},
             {"uri": "urn:b", "headlines": [{"value": "B"}]}]"#,
    )
    .unwrap();
    let headlines: Vec<_> = articles.iter().map(|a| a.headline.as_deref()).collect();
    assert_eq!(headlines, [Some("A"), Some("B")]);
    // Issue #20 point 14: skipped, never silently.
    let messages: Vec<_> = articles[0]
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(
        messages,
        ["1 item(s) of the collection are not news items and were not read: event urn:e"]
    );
    assert!(articles[1].warnings.is_empty());
    let planning =
        read(br#"[{"uri": "urn:a", "headline": "A"}, {"plannedCoverage": [], "headline": "P"}]"#)
            .unwrap();
    assert!(
        planning[0].warnings[0]
            .message
            .ends_with("not read: planning")
    );
    let enveloped = read(br#"{"total": 1, "item": [{"uri": "urn:c", "headline": "C"}]}"#).unwrap();
    assert_eq!(enveloped[0].headline.as_deref(), Some("C"));

    assert!(refused(r#"{"uri": "urn:e", "type": "event"}"#).contains("event item"));
    assert!(refused(r#"{"uri": "urn:p", "plannedCoverage": []}"#).contains("planning item"));
    assert!(refused(r#"{"uri": "urn:e", "eventDetails": {}}"#).contains("event item"));
    assert!(refused(r#"[{"uri": "urn:e", "type": "event"}]"#).contains("no news item"));
    assert!(refused(r#"{"$schema": "x", "properties": {}}"#).contains("JSON Schema"));
    assert!(refused(r#"{"name": "not news"}"#).contains("no ninjs news object"));
    assert!(refused(r#""text""#).contains("JSON string"));
    assert!(refused("[1]").contains("JSON number"));
    assert!(matches!(
        read(b"{\"uri\": }"),
        Err(Error::Syntax {
            format: Format::Ninjs,
            ..
        })
    ));
}

#[test]
fn writes_3_1_in_camel_case_and_2_x_in_lower_case() {
    let a = one(V3);
    let v3 = written(&a, NinjsVersion::V3_1);
    assert_eq!(v3["standard"]["version"], "3.1");
    assert_eq!(v3["versionCreated"], "2024-01-15T14:05:00+01:00");
    assert_eq!(v3["embargoedUntil"], "2024-01-15T15:00:00Z");
    assert_eq!(v3["pubStatus"], "withheld");
    assert_eq!(
        v3["infoSources"][0]["role"],
        "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor"
    );
    assert_eq!(v3["associations"][0]["rel"], "featuremedia");
    assert_eq!(v3["associations"][0]["type"], "picture");
    assert_eq!(v3["associations"][0]["uri"], "urn:example:pic");
    assert_eq!(v3["associations"][0]["headlines"][0]["value"], "Lagarde");
    assert_eq!(v3["associations"][0]["by"], "Ann Lee");
    assert_eq!(
        v3["associations"][0]["descriptions"][0],
        serde_json::json!({"role": "caption", "contentType": "text/plain", "value": "Christine Lagarde in Frankfurt."})
    );
    assert_eq!(
        v3["associations"][0]["descriptions"][1]["value"],
        "Example/Ann Lee"
    );
    assert_eq!(v3["associations"][0]["renditions"][1]["width"], 120);
    assert_eq!(v3["bodies"][0]["contentType"], "application/xhtml+xml");
    assert_eq!(
        v3["bodies"][0]["value"],
        "<p>The <strong>bank</strong> held.</p>"
    );
    assert_eq!(v3["bodies"][0]["wordCount"], 3);
    assert_eq!(v3["descriptions"][1]["role"], "creditline");
    assert_eq!(v3["descriptions"][1]["contentType"], "text/plain");
    assert_eq!(v3["headlines"][0]["contentType"], "text/plain");
    let v2 = written(&a, NinjsVersion::V2_1);
    assert_eq!(v2["standard"]["version"], "2.1");
    assert_eq!(v2["versioncreated"], "2024-01-15T14:05:00+01:00");
    assert_eq!(v2["embargoed"], "2024-01-15T15:00:00Z");
    assert_eq!(v2["bodies"][0]["contenttype"], "application/xhtml+xml");
    assert_eq!(v2["descriptions"][0]["contenttype"], "text/plain");
    assert_eq!(
        v2["infosources"][0]["role"],
        "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor"
    );
    assert!(v2["associations"][0].get("rel").is_none(), "2.x has no rel");
    assert_eq!(v2["associations"][0]["name"], "featuremedia");
    for version in NinjsVersion::ALL {
        let bytes = write_version(std::slice::from_ref(&a), version).unwrap();
        let back = read(&bytes).unwrap().remove(0);
        assert_eq!(back, project(&a), "{version}");
    }
}

/// What the mutation run found untested (mutants/README.md): a subject whose code is itself a
/// URI, one under a URI scheme that does not make a URI with its code, and the type of video
/// and audio associations.
#[test]
fn uri_codes_uri_schemes_and_media_types_are_written_as_such() {
    let a = Article {
        subjects: vec![
            Concept {
                scheme: None,
                code: Some("https://example.org/topics/ferries".into()),
                name: None,
                kind: None,
                geo: None,
                same_as: Vec::new(),
                broader: Vec::new(),
                role: None,
            },
            Concept {
                scheme: Some("https://example.org/topics/".into()),
                code: Some("night ferries".into()),
                name: None,
                kind: None,
                geo: None,
                same_as: Vec::new(),
                broader: Vec::new(),
                role: None,
            },
        ],
        links: vec![
            Link {
                rel: Some("featuremedia".into()),
                href: "https://example.org/v.mp4".into(),
                media_type: Some("video/mp4".into()),
                title: None,
                rendition: None,
            },
            Link {
                rel: Some("featuremedia".into()),
                href: "https://example.org/a.mp3".into(),
                media_type: Some("audio/mpeg".into()),
                title: None,
                rendition: None,
            },
        ],
        ..Article::default()
    };
    let v3 = written(&a, NinjsVersion::V3_1);
    assert_eq!(
        v3["subjects"][0]["uri"],
        "https://example.org/topics/ferries"
    );
    assert!(v3["subjects"][0].get("literal").is_none());
    assert_eq!(
        v3["subjects"][1]["literal"],
        "https://example.org/topics/night ferries"
    );
    assert_eq!(v3["associations"][0]["type"], "video");
    assert_eq!(v3["associations"][1]["type"], "audio");
}

#[test]
fn several_articles_are_several_documents() {
    let a = Article::default();
    assert!(matches!(
        write(&[a.clone(), a]),
        Err(Error::Invalid { message, .. }) if message == "a ninjs document holds one article, not 2; write them one at a time"
    ));
    assert!(matches!(write(&[]), Err(Error::NoArticles(Format::Ninjs))));
}

#[test]
fn what_ninjs_cannot_hold_is_written_where_it_fits() {
    let mut a = Article {
        id: Some("AFP 123 x".into()),
        published: crate::model::Timestamp::parse("2024-01-15T14:05:00"),
        authors: vec![
            crate::model::Author::named("Ann"),
            crate::model::Author::named("Bo"),
        ],
        editorial_notes: vec!["one".into(), "two".into()],
        ..Article::default()
    };
    a.rights.holder = Some(Party {
        id: Some("nprov:AFP".into()),
        name: None,
    });
    let mut dateline = crate::model::Dateline::new("ROMA (ANSA) -");
    dateline.city = Some("ROMA".into());
    a.dateline = Some(dateline);
    a.body = vec![Block::paragraph("Text.")];
    let json = written(&a, NinjsVersion::V3_1);
    assert_eq!(json["uri"], "urn:newswire:id:AFP%20123%20x");
    // The publication time has no offset, which `date-time` requires: not written (none is
    // invented), and nothing stands in for it.
    assert_eq!(json.get("versionCreated"), None);
    assert_eq!(json["by"], "Ann, Bo");
    assert_eq!(json["edNote"], "one\ntwo");
    assert_eq!(json["copyrightHolder"], "nprov:AFP");
    assert_eq!(json["located"], "ROMA");
    assert_eq!(json["bodies"][0]["value"], "<p>ROMA (ANSA) - Text.</p>");
    let back = read(&write(&[a.clone()]).unwrap()).unwrap().remove(0);
    assert_eq!(back.id.as_deref(), Some("AFP 123 x"));
    assert_eq!(back, project(&a));
}

/// `versionCreated` is the modification time, else the publication time: a modification time
/// `date-time` cannot hold (a leap second, a year outside 1-9999) is not written, so the
/// publication time stands in rather than being dropped too (found by the oracle on the wide
/// generators).
#[test]
fn a_modification_time_not_written_leaves_version_created_to_the_publication_time() {
    use crate::model::Timestamp;
    let leap = chrono::DateTime::parse_from_rfc3339("2016-12-31T23:59:60Z").unwrap();
    let a = Article {
        modified: Some(Timestamp::new(leap)),
        published: Timestamp::parse("2016-12-31T20:00:00+01:00"),
        ..Article::default()
    };
    assert_eq!(a.modified.unwrap().to_xsd_with_offset(), None);
    for version in NinjsVersion::ALL {
        let json = written(&a, version);
        let key = if version.generation() >= 3 {
            "versionCreated"
        } else {
            "versioncreated"
        };
        assert_eq!(json[key], "2016-12-31T20:00:00+01:00", "{version}");
        let back = read(&write_version(std::slice::from_ref(&a), version).unwrap())
            .unwrap()
            .remove(0);
        assert_eq!(back, project(&a), "{version}");
    }
}

/// Issue #20 point 18, as ninjs sends it: a `draft` (not a ninjs status, but in IPTC's example
/// collection) is not for publication; another unknown status stays usable; both are warnings
/// that keep the value.
#[test]
fn item_18_a_draft_is_withheld_and_an_unknown_status_usable() {
    let draft = one(r#"{"uri": "urn:d", "headline": "D", "pubStatus": "Draft"}"#);
    assert_eq!(draft.pub_status, PubStatus::Withheld);
    assert_eq!(draft.warnings[0].raw.as_deref(), Some("Draft"));
    let odd = one(r#"{"uri": "urn:o", "headline": "O", "pubStatus": "pending"}"#);
    assert_eq!(odd.pub_status, PubStatus::Usable);
    assert_eq!(
        odd.warnings[0].message,
        "not a ninjs publication status; read as usable"
    );
}

/// Terms in the shapes feeds send besides the standard's array of objects are read (one object
/// alone, a name as a string, PA's object whose `code` is an array of QCodes), and a term that
/// cannot be read is a warning with its raw value: nothing is dropped without a word.
#[test]
fn terms_in_other_shapes_are_read_or_named_in_warnings() {
    let pa = one(
        r#"{"uri": "urn:pa", "headline": "H", "subjects": {"code": ["iptccat:SFU", "service:HSX"]}}"#,
    );
    let codes: Vec<_> = pa
        .subjects
        .iter()
        .map(|s| (s.scheme.as_deref(), s.code.as_deref()))
        .collect();
    // A code without a scheme stays as given, as in an object of the standard's shape.
    assert_eq!(
        codes,
        [(None, Some("iptccat:SFU")), (None, Some("service:HSX"))]
    );
    assert!(pa.warnings.is_empty(), "{:?}", pa.warnings);
    let alone = one(r#"{"uri": "urn:a", "headline": "H", "subjects": {"name": "Politics"}}"#);
    assert_eq!(alone.subjects[0].name.as_deref(), Some("Politics"));
    let odd =
        one(r#"{"uri": "urn:o", "headline": "H", "subjects": ["Rugby", 42, {"rel": "about"}]}"#);
    assert_eq!(odd.subjects, [Concept::named("Rugby")]);
    let raws: Vec<_> = odd.warnings.iter().map(|w| w.raw.as_deref()).collect();
    assert_eq!(raws, [Some("42"), Some(r#"{"rel":"about"}"#)]);
}

/// PA's API names four values its own way (`slug`, `firstVersion`, `subhead`, `abstract`): they
/// are the slugline, the creation time, the sub-heading and the summary, not extensions; the
/// standard's keys win when both are there. Its HTML bodies end in a `<br>` that is no
/// paragraph.
#[test]
fn pa_api_names_are_read_where_the_model_has_a_place() {
    let pa = one(
        r#"{"uri": "urn:pa:1", "headline": "H", "slug": "RUGBYU Tables", "firstVersion": "2025-03-01T17:00:15.000Z",
            "versionCreated": "2025-03-01T17:45:00.000Z", "subhead": "Round 14", "abstract": "Top two level",
            "body_text": "<table><tr><td>Harbourside</td><td>52</td></tr></table>\n<br>\n"}"#,
    );
    assert_eq!(pa.slugline.as_deref(), Some("RUGBYU Tables"));
    assert_eq!(
        pa.created.map(|t| t.to_string()).as_deref(),
        Some("2025-03-01T17:00:15Z")
    );
    assert_eq!(pa.subheadline.as_deref(), Some("Round 14"));
    assert_eq!(pa.description.as_deref(), Some("Top two level"));
    assert!(pa.extensions.is_empty(), "{:?}", pa.extensions);
    assert_eq!(pa.body.len(), 1, "{:?}", pa.body);
    assert!(matches!(pa.body[0], Block::Table { .. }));

    let both = one(
        r#"{"uri": "urn:pa:2", "headline": "H", "slugline": "STANDARD", "slug": "VENDOR",
            "firstcreated": "2025-03-01T16:00:00Z", "firstversion": "2025-03-01T17:00:00Z"}"#,
    );
    assert_eq!(both.slugline.as_deref(), Some("STANDARD"));
    assert_eq!(
        both.created.map(|t| t.to_string()).as_deref(),
        Some("2025-03-01T16:00:00Z")
    );
    let kept: Vec<_> = both.extensions.keys().map(String::as_str).collect();
    assert_eq!(kept, ["ninjs:firstversion", "ninjs:slug"]);
}

/// AP's ninjs names the people a story is about in `persons` and its provider in a string
/// `provider`: person subjects and the provider, not extensions.
#[test]
fn ap_persons_and_provider_are_read() {
    let ap = one(r#"{"uri": "urn:ap:1", "headline": "H", "provider": "AP",
            "persons": [{"name": "Ada Ferris", "uri": "http://cv.example.org/id/af1", "literal": "af1"}]}"#);
    assert_eq!(ap.provider, Some(Party::named("AP")));
    assert_eq!(ap.subjects.len(), 1);
    assert_eq!(ap.subjects[0].name.as_deref(), Some("Ada Ferris"));
    assert_eq!(ap.subjects[0].kind, Some(crate::model::EntityKind::Person));
    assert!(ap.extensions.is_empty(), "{:?}", ap.extensions);
}

/// A role-less headline is the main one: a `main` entry with the same words is another
/// rendition of it, not a second headline (the writer writes the role-less one as `main`).
#[test]
fn a_main_headline_repeating_the_role_less_one_is_the_same_headline() {
    let a = one(
        r#"{"uri": "urn:x", "headlines": [{"value": "C++"}, {"role": "main", "value": "C++"}]}"#,
    );
    assert_eq!(a.headline.as_deref(), Some("C++"));
    assert!(a.headlines.is_empty(), "{:?}", a.headlines);
}
