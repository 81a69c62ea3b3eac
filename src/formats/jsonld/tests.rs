use serde_json::{Value, json};

use super::write;
use crate::Article;
use crate::formats::test_support::link;
use crate::model::{
    Agency, Author, AuthorKind, Block, Concept, Dateline, Party, PubStatus, Rights, Timestamp,
};

fn jsonld(articles: &[Article]) -> String {
    String::from_utf8(write(articles).unwrap()).unwrap()
}

fn parsed(articles: &[Article]) -> Value {
    serde_json::from_str(&jsonld(articles)).unwrap()
}

fn story() -> Article {
    let mut author = Author::named("Jane Reporter");
    author.id = Some("https://example.com/staff/jr".into());
    Article {
        id: Some("urn:newsml:example.com:1".into()),
        language: Some("en".into()),
        headline: Some("ECB holds rates".into()),
        body: vec![
            Block::paragraph("The bank held."),
            Block::paragraph("Again."),
        ],
        modified: Timestamp::parse("2024-01-15T14:05:00+01:00"),
        authors: vec![author],
        ..Article::default()
    }
}

#[test]
fn one_article_is_one_object_with_the_context_first() {
    let expected = r#"{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "urn:newsml:example.com:1",
  "identifier": "urn:newsml:example.com:1",
  "headline": "ECB holds rates",
  "articleBody": "The bank held.\n\nAgain.",
  "wordCount": 4,
  "dateModified": "2024-01-15T14:05:00+01:00",
  "inLanguage": "en",
  "author": [
    {
      "@type": "Person",
      "name": "Jane Reporter",
      "url": "https://example.com/staff/jr"
    }
  ]
}
"#;
    assert_eq!(jsonld(&[story()]), expected);
}

#[test]
fn output_is_safe_inside_a_script_element() {
    let mut a = story();
    a.headline = Some("</script><script>alert(1)</script> & <!--".into());
    a.description = Some("line\u{2028}separator".into());
    let out = jsonld(std::slice::from_ref(&a));
    for forbidden in ['<', '>', '&', '\u{2028}'] {
        assert!(!out.contains(forbidden), "{forbidden:?} in {out}");
    }
    assert!(out.contains(
        r#""headline": "\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 \u003c!--","#
    ));
    let back: Value = serde_json::from_str(&out).unwrap();
    assert!(out.contains(r#""description": "line\u2028separator","#));
    assert_eq!(
        back["headline"],
        "</script><script>alert(1)</script> & <!--"
    );
    assert_eq!(back["description"], "line\u{2028}separator");
}

#[test]
fn several_articles_are_a_graph_with_one_context() {
    let other = Article {
        headline: Some("Second".into()),
        ..Article::default()
    };
    let value = parsed(&[story(), other]);
    assert_eq!(value["@context"], "https://schema.org");
    let graph = value["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 2);
    assert_eq!(graph[0]["@id"], "urn:newsml:example.com:1");
    assert_eq!(graph[1]["headline"], "Second");
    assert!(graph.iter().all(|node| node.get("@context").is_none()));
    assert!(
        graph[1]["@id"]
            .as_str()
            .unwrap()
            .starts_with("urn:newswire:")
    );
}

#[test]
fn output_is_deterministic() {
    let articles = [story(), Article::default()];
    assert_eq!(write(&articles).unwrap(), write(&articles).unwrap());
}

#[test]
fn ids_dates_and_status_follow_the_strict_forms() {
    let a = Article {
        id: Some("AFP 123".into()),
        created: Timestamp::parse("2024-01-15 12:00"),
        published: Timestamp::parse("2024-01-15T13:00:00-03:30"),
        version: Some(2),
        pub_status: PubStatus::Withheld,
        ..Article::default()
    };
    let value = parsed(&[a]);
    assert_eq!(value["@id"], "urn:newswire:id:AFP%20123");
    assert_eq!(value["identifier"], "AFP 123");
    // Without an offset, as the source gave it: schema.org allows it, and none is invented.
    assert_eq!(value["dateCreated"], "2024-01-15T12:00:00");
    assert_eq!(value["datePublished"], "2024-01-15T13:00:00-03:30");
    assert_eq!(value["version"], "2");
    assert_eq!(value["creativeWorkStatus"], "withheld");
}

#[test]
fn parties_places_and_concepts_become_nodes() {
    let mut dateline = Dateline::new("TRIPOLI (LIBIA) (ITALPRESS/MNA) -");
    dateline.city = Some("TRIPOLI".into());
    dateline.region = Some("LIBIA".into());
    dateline.agencies = vec![Agency::new("ITALPRESS"), Agency::new("MNA")];
    let mut contributor = Author::named("Desk\nEsteri");
    contributor.kind = AuthorKind::Contributor;
    contributor.id = Some("ansa:desk".into());
    let a = Article {
        dateline: Some(dateline),
        sources: vec![Party::named("Italpress")],
        provider: Some(Party {
            id: Some("nprov:ITP".into()),
            name: Some("Italpress".into()),
        }),
        subjects: vec![
            Concept {
                scheme: Some("medtop".into()),
                code: Some("20000350".into()),
                name: Some("central bank".into()),
                kind: None,
                geo: None,
                same_as: Vec::new(),
                broader: Vec::new(),
                role: None,
            },
            Concept::coded("ansa", "POL"),
        ],
        genres: vec![
            Concept::coded("genre", "Current"),
            Concept::named("Analysis"),
        ],
        authors: vec![contributor],
        rights: Rights {
            usage_terms: Some("No archiving".into()),
            ..Rights::default()
        },
        ..Article::default()
    };
    let value = parsed(&[a]);
    assert_eq!(value["dateline"], "TRIPOLI (LIBIA) (ITALPRESS/MNA) -");
    assert_eq!(
        value["locationCreated"],
        json!({"@type": "Place", "name": "TRIPOLI", "address": {"@type": "PostalAddress",
            "addressLocality": "TRIPOLI", "addressRegion": "LIBIA"}})
    );
    assert_eq!(
        value["publisher"],
        json!({"@type": "Organization", "name": "Italpress", "identifier": "nprov:ITP"})
    );
    assert_eq!(
        value["sourceOrganization"],
        json!([{"@type": "Organization", "name": "Italpress"},
               {"@type": "Organization", "name": "MNA"}])
    );
    assert_eq!(
        value["about"],
        json!([{"@type": "Thing", "name": "central bank",
                "sameAs": "http://cv.iptc.org/newscodes/mediatopic/20000350"},
               {"@type": "Thing", "identifier": "ansa:POL"}])
    );
    assert_eq!(
        value["genre"],
        json!(["http://cv.iptc.org/newscodes/genre/Current", "Analysis"])
    );
    assert_eq!(
        value["contributor"],
        json!([{"@type": "Person", "name": "Desk Esteri", "identifier": "ansa:desk"}])
    );
    assert!(value.get("author").is_none());
    assert_eq!(
        value["usageInfo"],
        json!({"@type": "CreativeWork", "text": "No archiving"})
    );
}

#[test]
fn links_are_sorted_into_url_image_media_and_sources() {
    let a = Article {
        links: vec![
            link(Some("alternate"), "https://x/page", Some("text/html")),
            link(Some("enclosure"), "https://x/p.jpg", Some("image/jpeg")),
            link(None, "https://x/v.mp4", Some("video/mp4")),
            link(Some("via"), "https://origin/", None),
            link(Some("irel:previousVersion"), "urn:x:1", None),
            link(Some("alternate"), "relative/page", None),
        ],
        ..Article::default()
    };
    let value = parsed(&[a]);
    assert_eq!(value["url"], "https://x/page");
    assert_eq!(
        value["image"],
        json!([{"@type": "ImageObject", "url": "https://x/p.jpg", "encodingFormat": "image/jpeg"}])
    );
    assert_eq!(
        value["associatedMedia"],
        json!([{"@type": "VideoObject", "contentUrl": "https://x/v.mp4", "encodingFormat": "video/mp4"}])
    );
    assert_eq!(value["isBasedOn"], json!(["https://origin/"]));
}

#[test]
fn an_empty_article_has_only_type_and_ids() {
    let out = jsonld(&[Article::default()]);
    let keys: Vec<&str> = out.lines().filter_map(|l| l.split('"').nth(1)).collect();
    assert_eq!(keys, ["@context", "@type", "@id", "identifier"]);
}

#[test]
fn a_blank_scheme_or_code_makes_no_qcode() {
    let blank = |scheme: &str, code: &str| Concept {
        scheme: Some(scheme.into()),
        code: Some(code.into()),
        name: None,
        kind: None,
        geo: None,
        same_as: Vec::new(),
        broader: Vec::new(),
        role: None,
    };
    let article = Article {
        genres: vec![
            blank("", " "),
            blank("x-prov", "Current"),
            blank(" ", "Analysis"),
        ],
        subjects: vec![blank("\t", "x-1")],
        ..Article::default()
    };
    let out = parsed(&[article]);
    // The blank scheme and code give nothing; a blank scheme leaves the code.
    assert_eq!(out["genre"], json!(["x-prov:Current", "Analysis"]));
    assert_eq!(
        out["about"],
        json!([{"@type": "Thing", "identifier": "x-1"}])
    );
}

#[test]
fn a_described_picture_video_or_recording_is_a_media_object_of_its_own() {
    use crate::model::{Association, ItemKind, Link, Rendition};
    let file = |href: &str, media_type: &str| Link {
        rel: Some("enclosure".into()),
        href: href.into(),
        media_type: Some(media_type.into()),
        title: None,
        rendition: Some(Rendition {
            name: Some("original".into()),
            width: Some(1200),
            ..Rendition::default()
        }),
    };
    let item = |kind, caption: Option<&str>, href: &str, media_type: &str| Association {
        role: Some("gallery".into()),
        kind,
        id: Some(" https://p.example/items/1 ".into()),
        headline: Some("Fans\n in Rome".into()),
        caption: caption.map(str::to_string),
        byline: Some("Ana  Ruiz".into()),
        credit: Some("Agency".into()),
        renditions: vec![file(href, media_type)],
    };
    let mut article = story();
    article.associations = vec![
        item(
            Some(ItemKind::Video),
            Some("The match."),
            "https://p.example/v.mp4",
            "video/mp4",
        ),
        item(
            Some(ItemKind::Picture),
            Some(" The  fans. "),
            "https://p.example/p.jpg",
            "image/jpeg",
        ),
        // A graphic has no media object of its own here, and one with no caption, credit or
        // byline would read back as a file: both are links.
        item(
            Some(ItemKind::Graphic),
            Some("A map."),
            "https://p.example/g.png",
            "image/png",
        ),
        Association {
            byline: None,
            credit: None,
            ..item(
                Some(ItemKind::Picture),
                None,
                "https://p.example/q.jpg",
                "image/jpeg",
            )
        },
    ];
    // As the registry writes it: the associations JSON-LD does not write are links by then.
    let written = crate::formats::write_with(
        std::slice::from_ref(&article),
        crate::Format::JsonLd,
        &crate::formats::WriteOptions::default(),
    )
    .unwrap();
    let value: Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(
        value["image"],
        json!([
            {"@type": "ImageObject", "url": "https://p.example/g.png", "encodingFormat": "image/png",
             "name": "Fans in Rome", "width": 1200},
            {"@type": "ImageObject", "url": "https://p.example/q.jpg", "encodingFormat": "image/jpeg",
             "name": "Fans in Rome", "width": 1200},
            {"@type": "ImageObject", "@id": "https://p.example/items/1", "url": "https://p.example/p.jpg",
             "encodingFormat": "image/jpeg", "name": "Fans in Rome", "width": 1200,
             "caption": "The fans.", "creditText": "Agency",
             "author": {"@type": "Person", "name": "Ana Ruiz"}},
        ])
    );
    assert_eq!(value["associatedMedia"][0]["@type"], "VideoObject");
    assert_eq!(
        value["associatedMedia"][0]["contentUrl"],
        "https://p.example/v.mp4"
    );
    assert_eq!(value["associatedMedia"][0]["caption"], "The match.");
    // Read back: the two described ones are associations again, pictures first.
    let back = super::read(&written).unwrap().remove(0);
    let kinds: Vec<_> = back
        .associations
        .iter()
        .map(|a| (a.kind, a.caption.as_deref()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some(ItemKind::Picture), Some("The fans.")),
            (Some(ItemKind::Video), Some("The match."))
        ]
    );
    assert_eq!(back.associations[0].byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        back.associations[0].id.as_deref(),
        Some("https://p.example/items/1")
    );
    assert_eq!(back.associations[0].role, None);
}
