//! The Atom and schema.org JSON-LD readers: small documents written here for each mapping rule,
//! then the real feed and the official and handmade examples under `../shared` (valid ones
//! read, broken ones read leniently or refused with a clear error, never a panic).

pub mod support;

use newswire::model::{
    Agency, Article, AuthorKind, Block, Concept, EntityKind, Inline, ItemKind, Link, PubStatus,
    Rendition, RoledText,
};
use newswire::{Error, Format, Position, read, write};

fn atom(xml: &str) -> Vec<Article> {
    read(xml.as_bytes(), Format::Atom).unwrap_or_else(|e| panic!("{e}\n{xml}"))
}

fn one_atom(xml: &str) -> Article {
    let mut articles = atom(xml);
    assert_eq!(articles.len(), 1, "one article");
    articles.remove(0)
}

fn jsonld(json: &str) -> Vec<Article> {
    read(json.as_bytes(), Format::JsonLd).unwrap_or_else(|e| panic!("{e}\n{json}"))
}

fn one_jsonld(json: &str) -> Article {
    let mut articles = jsonld(json);
    assert_eq!(articles.len(), 1, "one article");
    articles.remove(0)
}

fn time(text: &str) -> Option<newswire::model::Timestamp> {
    newswire::model::Timestamp::parse(text)
}

fn link(rel: Option<&str>, href: &str, media_type: Option<&str>, title: Option<&str>) -> Link {
    let mut link = Link::new(href);
    link.rel = rel.map(str::to_string);
    link.media_type = media_type.map(str::to_string);
    link.title = title.map(str::to_string);
    link
}

fn concept(scheme: Option<&str>, code: Option<&str>, name: Option<&str>) -> Concept {
    let mut concept = Concept::default();
    concept.scheme = scheme.map(str::to_string);
    concept.code = code.map(str::to_string);
    concept.name = name.map(str::to_string);
    concept
}

fn names(article: &Article) -> Vec<(&str, Option<&str>, AuthorKind)> {
    article
        .authors
        .iter()
        .map(|a| (a.name.as_str(), a.id.as_deref(), a.kind))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Atom

#[test]
fn an_atom_entry_maps_every_element() {
    let a = one_atom(
        r#"<?xml version="1.0" encoding="utf-8"?>
<entry xmlns="http://www.w3.org/2005/Atom" xml:lang="it">
  <id>urn:newswire:id:AFP%20123/%C3%BC</id>
  <title type="html">ECB &lt;b&gt;holds&lt;/b&gt;
     rates</title>
  <updated>2024-01-15T14:05:00+01:00</updated>
  <published>2024-01-15T13:50:00Z</published>
  <author><name>Jane  Reporter</name><uri>https://example.com/staff/jr</uri></author>
  <author><name>Desk</name><email>desk@example.com</email></author>
  <contributor><name>Economy Desk</name></contributor>
  <category term="ECB"/>
  <category term="20000350" scheme="http://cv.iptc.org/newscodes/mediatopic/" label="central bank"/>
  <category term="x" scheme="https://example.com/cv/"/>
  <category term="ansa:POL" label="Politica"/>
  <category term="Defence" label="Defence"/>
  <category term="fishing" label="Fishing industry"/>
  <category term="Analysis" scheme="https://cv.iptc.org/newscodes/genre/"/>
  <link href="https://example.com/a"/>
  <link rel="related" href="https://example.com/b" title="Background"/>
  <link rel="http://cv.iptc.org/newscodes/itemrelation/previousVersion" href="urn:x:1"/>
  <link rel="enclosure" type="image/jpeg" length="1234" href=" https://example.com/p.jpg "/>
  <rights>
    © 2024 Example
  </rights>
  <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rates <em>unchanged</em>.</p></div></summary>
  <content type="xhtml">
    <div xmlns="http://www.w3.org/1999/xhtml">
      <h2>Sub</h2>
      <p>FRANKFURT - The <strong>ECB</strong> held.<script>alert(1)</script></p>
    </div>
  </content>
  <source><title>Example News</title></source>
</entry>"#,
    );
    assert_eq!(a.id.as_deref(), Some("AFP 123/ü"));
    assert_eq!(a.language.as_deref(), Some("it"));
    assert_eq!(a.headline.as_deref(), Some("ECB holds rates"));
    assert_eq!(a.title, None);
    assert_eq!(a.modified, time("2024-01-15T14:05:00+01:00"));
    assert_eq!(a.published, time("2024-01-15T13:50:00Z"));
    assert_eq!(
        names(&a),
        [
            (
                "Jane Reporter",
                Some("https://example.com/staff/jr"),
                AuthorKind::Creator
            ),
            ("Desk", Some("mailto:desk@example.com"), AuthorKind::Creator),
            ("Economy Desk", None, AuthorKind::Contributor),
        ]
    );
    assert_eq!(a.keywords, ["ECB"]);
    assert_eq!(
        a.subjects,
        [
            concept(Some("medtop"), Some("20000350"), Some("central bank")),
            concept(Some("https://example.com/cv/"), Some("x"), None),
            concept(Some("ansa"), Some("POL"), Some("Politica")),
            Concept::named("Defence"),
            concept(None, Some("fishing"), Some("Fishing industry")),
        ]
    );
    assert_eq!(a.genres, [Concept::coded("genre", "Analysis")]);
    assert_eq!(
        a.links,
        [
            link(Some("alternate"), "https://example.com/a", None, None),
            link(None, "https://example.com/b", None, Some("Background")),
            link(Some("irel:previousVersion"), "urn:x:1", None, None),
            link(
                Some("enclosure"),
                "https://example.com/p.jpg",
                Some("image/jpeg"),
                None,
            )
            // Its `@length`.
            .with_rendition(Rendition::default().with_size(1234_u64)),
        ]
    );
    assert_eq!(a.rights.notice.as_deref(), Some("© 2024 Example"));
    assert_eq!(a.description.as_deref(), Some("Rates unchanged."));
    assert_eq!(
        a.body,
        [
            Block::heading(2, "Sub"),
            Block::Paragraph {
                content: vec![
                    Inline::text("FRANKFURT - The "),
                    Inline::Strong(vec![Inline::text("ECB")]),
                    Inline::text(" held."),
                ]
            },
        ]
    );
    assert_eq!(
        a.provider.and_then(|p| p.name).as_deref(),
        Some("Example News")
    );
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

/// RFC 4287 §4.2.10: a feed's `rights` apply to the entries that state none of their own.
#[test]
fn feed_entries_without_rights_take_the_feed_rights() {
    let articles = atom(
        r#"<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:example.com,2024:feed</id>
  <title>Feed</title>
  <updated>2024-01-15T14:05:00Z</updated>
  <rights type="html">&lt;b&gt;© 2024&lt;/b&gt; Example News</rights>
  <entry><id>tag:example.com,2024:1</id><title>One</title><updated>2024-01-15T14:05:00Z</updated></entry>
  <entry><id>tag:example.com,2024:2</id><title>Two</title><updated>2024-01-15T14:05:00Z</updated>
    <rights>Pool photo, all rights reserved</rights></entry>
</feed>"#,
    );
    let notices: Vec<_> = articles
        .iter()
        .map(|a| a.rights.notice.as_deref())
        .collect();
    assert_eq!(
        notices,
        [
            Some("© 2024 Example News"),
            Some("Pool photo, all rights reserved")
        ]
    );
}

/// An entry without authors inherits the authors of its `source`, else of the feed, only: not
/// their contributors, and not an `author` of another vocabulary.
#[test]
fn feed_contributors_are_not_inherited_as_authors() {
    let articles = atom(
        r#"<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:example:x">
  <id>tag:example.com,2024:feed</id>
  <title>Feed</title>
  <updated>2024-01-15T14:05:00Z</updated>
  <contributor><name>Copy Desk</name></contributor>
  <x:author><name>Not Atom</name></x:author>
  <entry><id>tag:example.com,2024:1</id><title>One</title><updated>2024-01-15T14:05:00Z</updated></entry>
  <entry><id>tag:example.com,2024:2</id><title>Two</title><updated>2024-01-15T14:05:00Z</updated>
    <source><title>Origin feed</title><contributor><name>Origin Desk</name></contributor>
      <x:author><name>Not Atom either</name></x:author></source></entry>
</feed>"#,
    );
    assert_eq!(names(&articles[0]), []);
    assert_eq!(names(&articles[1]), []);
}

#[test]
fn feed_entries_inherit_the_feed_author_and_language() {
    let articles = atom(
        r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>tag:example.com,2024:feed</id>
  <title>Feed</title>
  <updated>2024-01-15T14:05:00Z</updated>
  <author><name>Newsdesk</name><email>news@example.com</email></author>
  <entry><id>tag:example.com,2024:1</id><title>One</title><updated>2024-01-15T14:05:00Z</updated></entry>
  <entry xml:lang="de"><id>tag:example.com,2024:2</id><title>Two</title><updated>2024-01-15T14:05:00Z</updated>
    <author><name>Own</name></author></entry>
  <entry xml:lang=""><id>tag:example.com,2024:3</id><title>Three</title><updated>2024-01-15T14:05:00Z</updated>
    <source><author><name>Origin</name></author><title>Origin feed</title></source></entry>
</feed>"#,
    );
    assert_eq!(articles.len(), 3);
    assert_eq!(
        names(&articles[0]),
        [(
            "Newsdesk",
            Some("mailto:news@example.com"),
            AuthorKind::Creator
        )]
    );
    assert_eq!(articles[0].language.as_deref(), Some("en"));
    assert_eq!(names(&articles[1]), [("Own", None, AuthorKind::Creator)]);
    assert_eq!(articles[1].language.as_deref(), Some("de"));
    assert_eq!(names(&articles[2]), [("Origin", None, AuthorKind::Creator)]);
    assert_eq!(
        articles[2].language, None,
        "xml:lang=\"\" unsets the language"
    );
    assert_eq!(
        articles[2]
            .provider
            .as_ref()
            .and_then(|p| p.name.as_deref()),
        Some("Origin feed")
    );
}

#[test]
fn html_text_and_remote_content() {
    let entry = |content: &str| {
        one_atom(&format!(
            r#"<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>t</title>
               <updated>2024-01-15T14:05:00Z</updated>{content}</entry>"#
        ))
    };
    let html = entry(
        r#"<content type="html">&lt;p&gt;One &amp;amp; &lt;b&gt;two&lt;/b&gt;&lt;p onclick="x()"&gt;three&lt;script&gt;bad()&lt;/script&gt;</content>"#,
    );
    assert_eq!(
        html.body,
        [
            Block::Paragraph {
                content: vec![
                    Inline::text("One & "),
                    Inline::Strong(vec![Inline::text("two")])
                ]
            },
            Block::paragraph("three"),
        ]
    );
    let text = entry("<content>First line\n  wrapped.\n\n   \nSecond &amp; last.</content>");
    assert_eq!(
        text.body,
        [
            Block::paragraph("First line wrapped."),
            Block::paragraph("Second & last.")
        ]
    );
    let remote = entry(r#"<content type="video/mp4" src="https://example.com/v.mp4"/>"#);
    assert!(remote.body.is_empty());
    assert_eq!(
        remote.links,
        [link(
            Some("enclosure"),
            "https://example.com/v.mp4",
            Some("video/mp4"),
            None
        )]
    );
    let page = entry(r#"<content type="html" src="https://example.com/story"/>"#);
    assert_eq!(page.links[0].rel.as_deref(), Some("alternate"));
}

#[test]
fn an_unreadable_date_is_a_warning_not_a_lost_entry() {
    let a = one_atom(
        r#"<entry xmlns="http://www.w3.org/2005/Atom"><title>Kept</title>
           <updated>15 Jan 2024 14:05</updated><published>yesterday</published></entry>"#,
    );
    assert_eq!(a.headline.as_deref(), Some("Kept"));
    assert_eq!(a.id, None);
    assert_eq!(a.modified, None);
    let warned: Vec<(Option<&str>, Option<&str>)> = a
        .warnings
        .iter()
        .map(|w| (w.field.as_deref(), w.raw.as_deref()))
        .collect();
    assert_eq!(
        warned,
        [
            (Some("modified"), Some("15 Jan 2024 14:05")),
            (Some("published"), Some("yesterday"))
        ]
    );
}

#[test]
fn unnamespaced_and_prefixed_atom_are_read_and_foreign_elements_skipped() {
    let bare = one_atom("<entry><id>urn:x:1</id><title>Bare</title></entry>");
    assert_eq!(bare.headline.as_deref(), Some("Bare"));
    let prefixed = atom(
        r#"<a:feed xmlns:a="http://www.w3.org/2005/Atom" xmlns:m="http://search.yahoo.com/mrss/">
  <a:entry><a:id>urn:x:2</a:id><a:title>Prefixed</a:title><m:title>Not this</m:title>
    <a:category term="Music"/></a:entry></a:feed>"#,
    );
    assert_eq!(prefixed[0].headline.as_deref(), Some("Prefixed"));
    assert_eq!(prefixed[0].keywords, ["Music"]);
}

#[test]
fn the_writers_conventions_are_undone() {
    // The stand-in author, the title marker.
    let a = one_atom(
        r#"<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id>
  <title type="text" xmlns:nw="urn:newswire:atom" nw:field="title">A label</title>
  <updated>1970-01-01T00:00:00Z</updated><author><name>unknown</name></author></entry>"#,
    );
    assert_eq!(a.title.as_deref(), Some("A label"));
    assert_eq!(a.headline, None);
    assert!(a.authors.is_empty());
}

#[test]
fn what_is_not_atom_is_refused_with_a_clear_error() {
    let err = read(b"<rss version='2.0'><channel/></rss>", Format::Atom).unwrap_err();
    assert!(
        matches!(&err, Error::Invalid { message, .. } if message.contains("not an Atom feed or entry")),
        "{err}"
    );
    let empty = read(
        b"<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>",
        Format::Atom,
    )
    .unwrap_err();
    assert!(empty.to_string().contains("no entry"), "{empty}");
    let broken = read(b"<entry>\n<title>x</titel></entry>", Format::Atom).unwrap_err();
    assert!(
        matches!(
            broken,
            Error::Syntax {
                format: Format::Atom,
                position: Position::LineColumn { line: 2, .. },
                ..
            }
        ),
        "{broken}"
    );
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

#[test]
fn a_news_article_maps_every_property() {
    let a = one_jsonld(
        r#"{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "urn:newswire:id:AFP%20123",
  "identifier": "AFP 123",
  "name": "Label",
  "headline": "ECB holds\nrates",
  "alternativeHeadline": "Policymakers say inflation easing",
  "description": "Rates unchanged.",
  "articleBody": "TRIPOLI (LIBIA) (ITALPRESS/MNA) – Talks.\n\nSecond line\nwith a break.\n\n  a table\n  row",
  "wordCount": 11,
  "dateline": "TRIPOLI (LIBIA) (ITALPRESS/MNA) –",
  "locationCreated": {"@type": "Place", "name": "TRIPOLI",
    "address": {"@type": "PostalAddress", "addressLocality": "TRIPOLI", "addressRegion": "LIBIA"}},
  "datePublished": "2024-01-15T13:50:00Z",
  "dateModified": "2024-01-15T14:05:00+01:00",
  "dateCreated": "not a date",
  "inLanguage": {"@type": "Language", "name": "Italian", "alternateName": "it"},
  "keywords": "ECB, interest rates ,",
  "about": [
    {"@type": "Thing", "name": "central bank", "sameAs": "http://cv.iptc.org/newscodes/mediatopic/20000350"},
    {"@type": "Thing", "identifier": "ansa:POL"},
    {"@type": "Thing", "name": "Economy", "identifier": "04000000"},
    {"@type": "Thing", "name": "Topic", "sameAs": "https://example.com/cv/topics/x-1"},
    "Defence"
  ],
  "genre": ["http://cv.iptc.org/newscodes/genre/Current", "Analysis", "ansa:INT"],
  "author": [{"@type": "Person", "name": "Jane Reporter", "url": "https://example.com/staff/jr", "jobTitle": "Correspondent"}, "Mario Rossi"],
  "contributor": {"@type": "Organization", "name": "Economy Desk", "identifier": "ansa:desk"},
  "publisher": {"@type": "NewsMediaOrganization", "name": "Italpress", "identifier": "nprov:ITP"},
  "sourceOrganization": [{"@type": "Organization", "name": "Reuters"}, {"@type": "Organization", "name": "ITALPRESS"}, {"@type": "Organization", "name": "MNA"}],
  "creditText": "IPA Agency (ITALPRESS)",
  "copyrightNotice": "© 2024 Italpress",
  "copyrightHolder": {"@type": "Organization", "name": "Italpress"},
  "usageInfo": {"@type": "CreativeWork", "text": "No archiving"},
  "version": "3",
  "creativeWorkStatus": "withheld",
  "url": "https://example.com/story",
  "image": [{"@type": "ImageObject", "url": "https://example.com/p.jpg", "encodingFormat": "image/jpeg", "name": "Photo"}, "https://example.com/q.jpg"],
  "associatedMedia": {"@type": "VideoObject", "contentUrl": "https://example.com/v.mp4", "encodingFormat": "video/mp4"},
  "isBasedOn": "https://origin.example/1"
}"#,
    );
    assert_eq!(a.id.as_deref(), Some("AFP 123"));
    assert_eq!(a.title.as_deref(), Some("Label"));
    assert_eq!(a.headline.as_deref(), Some("ECB holds rates"));
    assert_eq!(
        a.subheadline.as_deref(),
        Some("Policymakers say inflation easing")
    );
    assert_eq!(a.description.as_deref(), Some("Rates unchanged."));
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.text, "TRIPOLI (LIBIA) (ITALPRESS/MNA) –");
    assert_eq!(dateline.city.as_deref(), Some("TRIPOLI"));
    assert_eq!(dateline.region.as_deref(), Some("LIBIA"));
    assert_eq!(
        dateline.agencies,
        [Agency::new("ITALPRESS"), Agency::new("MNA")]
    );
    assert_eq!(
        a.sources
            .iter()
            .map(|s| s.name.as_deref())
            .collect::<Vec<_>>(),
        [Some("Reuters")]
    );
    assert_eq!(
        a.body,
        [
            Block::paragraph("Talks."),
            Block::Paragraph {
                content: vec![
                    Inline::text("Second line"),
                    Inline::LineBreak,
                    Inline::text("with a break.")
                ]
            },
            Block::Preformatted {
                text: "  a table\n  row".into()
            },
        ]
    );
    assert_eq!(a.published, time("2024-01-15T13:50:00Z"));
    assert_eq!(a.modified, time("2024-01-15T14:05:00+01:00"));
    assert_eq!(a.created, None);
    assert_eq!(a.warnings[0].raw.as_deref(), Some("not a date"));
    assert_eq!(a.language.as_deref(), Some("it"));
    assert_eq!(a.keywords, ["ECB", "interest rates"]);
    assert_eq!(
        a.subjects,
        [
            concept(Some("medtop"), Some("20000350"), Some("central bank")),
            Concept::coded("ansa", "POL"),
            // An identifier that is no QCode is a code without a scheme.
            concept(None, Some("04000000"), Some("Economy")),
            concept(
                Some("https://example.com/cv/topics/"),
                Some("x-1"),
                Some("Topic")
            ),
            Concept::named("Defence"),
        ]
    );
    assert_eq!(
        a.genres,
        [
            Concept::coded("genre", "Current"),
            Concept::named("Analysis"),
            Concept::coded("ansa", "INT")
        ]
    );
    assert_eq!(
        names(&a),
        [
            (
                "Jane Reporter",
                Some("https://example.com/staff/jr"),
                AuthorKind::Creator
            ),
            ("Mario Rossi", None, AuthorKind::Creator),
            ("Economy Desk", Some("ansa:desk"), AuthorKind::Contributor),
        ]
    );
    assert_eq!(a.authors[0].job_title.as_deref(), Some("Correspondent"));
    let provider = a.provider.as_ref().unwrap();
    assert_eq!(
        (provider.name.as_deref(), provider.id.as_deref()),
        (Some("Italpress"), Some("nprov:ITP"))
    );
    assert_eq!(a.credit.as_deref(), Some("IPA Agency (ITALPRESS)"));
    assert_eq!(a.rights.notice.as_deref(), Some("© 2024 Italpress"));
    assert_eq!(
        a.rights.holder.as_ref().and_then(|h| h.name.as_deref()),
        Some("Italpress")
    );
    assert_eq!(a.rights.usage_terms.as_deref(), Some("No archiving"));
    assert_eq!(a.version, Some(3));
    assert_eq!(a.pub_status, PubStatus::Withheld);
    assert_eq!(
        a.links,
        [
            link(Some("alternate"), "https://example.com/story", None, None),
            link(
                Some("enclosure"),
                "https://example.com/p.jpg",
                Some("image/jpeg"),
                Some("Photo")
            ),
            link(Some("enclosure"), "https://example.com/q.jpg", None, None),
            link(
                Some("enclosure"),
                "https://example.com/v.mp4",
                Some("video/mp4"),
                None
            ),
            link(Some("via"), "https://origin.example/1", None, None),
        ]
    );
}

#[test]
fn arrays_graphs_and_item_lists_hold_several_articles() {
    let array = jsonld(
        r#"[{"@context": "http://schema.org/", "@type": "NewsArticle", "headline": "One"},
            {"@context": "https://www.schema.org", "@type": ["Thing", "BlogPosting"], "headline": "Two"}]"#,
    );
    assert_eq!(
        array
            .iter()
            .map(|a| a.headline.as_deref())
            .collect::<Vec<_>>(),
        [Some("One"), Some("Two")]
    );
    let graph = jsonld(
        r##"{"@context": ["https://schema.org", {"ex": "https://example.com/ns#"}],
  "@graph": [
    {"@type": "Organization", "@id": "#org", "name": "Example News"},
    {"@type": "Person", "@id": "#jane", "name": "Jane Reporter"},
    {"@type": "WebPage", "@id": "https://example.com/a", "mainEntity": {"@id": "#story"}},
    {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home"}]},
    {"@type": "ReportageNewsArticle", "@id": "#story", "headline": "Graph story",
     "author": {"@id": "#jane"}, "publisher": {"@id": "#org"}}
  ]}"##,
    );
    assert_eq!(graph.len(), 1, "the story once, other nodes skipped");
    assert_eq!(graph[0].headline.as_deref(), Some("Graph story"));
    assert_eq!(graph[0].authors[0].name, "Jane Reporter");
    assert_eq!(
        graph[0].provider.as_ref().and_then(|p| p.name.as_deref()),
        Some("Example News")
    );
    let list = jsonld(
        r#"{"@context": {"@vocab": "https://schema.org/"}, "@type": "ItemList", "itemListElement": [
    {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle", "headline": "First"}},
    {"@type": "ListItem", "position": 2, "item": {"@type": "Article", "headline": "Second"}},
    {"@type": "ListItem", "position": 3, "url": "https://example.com/not-an-article"}
  ]}"#,
    );
    assert_eq!(
        list.iter()
            .map(|a| a.headline.as_deref())
            .collect::<Vec<_>>(),
        [Some("First"), Some("Second")]
    );
}

#[test]
fn documents_without_an_article_or_under_another_context_are_refused() {
    let refused = |json: &str| match read(json.as_bytes(), Format::JsonLd) {
        Err(Error::Invalid { message, .. }) => message,
        other => panic!("expected a refusal, got {other:?}"),
    };
    let none = refused(
        r#"{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "X"}, {"@type": "WebPage"}]}"#,
    );
    assert!(none.contains("no NewsArticle"), "{none}");
    let remote = refused(
        r#"{"@context": "https://example.org/context.jsonld", "@type": "NewsArticle", "headline": "x"}"#,
    );
    assert!(remote.contains("not schema.org"), "{remote}");
    assert!(refused("[1, 2]").contains("no NewsArticle"));
    // A null context (JSON-LD's reset) is no other context: the terms read as schema.org's.
    let reset = jsonld(r#"{"@context": null, "@type": "NewsArticle", "headline": "Reset"}"#);
    assert_eq!(reset[0].headline.as_deref(), Some("Reset"));
}

#[test]
fn syntax_errors_say_where() {
    let err = read(
        b"{\n  \"@type\": \"NewsArticle\",\n  \"headline\": }",
        Format::JsonLd,
    )
    .unwrap_err();
    match &err {
        Error::Syntax {
            format: Format::JsonLd,
            position: Position::LineColumn { line, column },
            message,
        } => {
            assert_eq!((*line, *column), (3, 15));
            assert!(!message.contains("line"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "jsonld: expected value at line 3, column 15"
    );
}

#[test]
fn what_the_writer_writes_reads_back() {
    let mut article = Article::default();
    article.headline = Some("Rates held".into());
    article.dateline = Some(newswire::model::Dateline::new("ROMA (ANSA) -"));
    article.body = vec![Block::heading(2, "Sub"), Block::paragraph("Text.")];
    for format in [Format::JsonLd, Format::Atom] {
        let bytes = newswire::write(std::slice::from_ref(&article), format).unwrap();
        let back = read(&bytes, format).unwrap();
        let expected = newswire::formats::fidelity::project(&article, format).unwrap();
        assert_eq!(back, [expected], "{format}");
    }
}

// ---------------------------------------------------------------------------------------------
// Real files

fn read_file(path: &std::path::Path, format: Format) -> Result<Vec<Article>, Error> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    read(&bytes, format)
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn the_wenn_feed_reads_two_stories() {
    let shared = support::shared();
    let articles = read_file(&shared.join("corpus/atom/wenn__wenn.xml"), Format::Atom).unwrap();
    assert_eq!(articles.len(), 2);
    assert_eq!(
        articles[0].headline.as_deref(),
        Some("Suge Knight involved in fatal hit and run incident")
    );
    assert_eq!(
        articles[1].headline.as_deref(),
        Some("Jagged Edge singer Kyle Norman arrested over domestic assault")
    );
    let first = &articles[0];
    assert_eq!(
        first.id.as_deref(),
        Some("urn:feed-wenn-com:newsfeedarticle:2:2222:1")
    );
    assert_eq!(first.language.as_deref(), Some("en"));
    assert_eq!(first.modified, time("2015-01-30T00:33:06+00:00"));
    assert_eq!(first.keywords, ["Music"]);
    assert_eq!(first.body, [Block::paragraph("This is body content1.")]);
    assert_eq!(
        names(first),
        [(
            "WENN Newsdesk",
            Some("mailto:newsdesk@wenn.com"),
            AuthorKind::Creator
        )]
    );
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn the_shared_atom_examples_read_or_are_refused_cleanly() {
    let shared = support::shared();
    let examples = shared.join("specs/examples/atom");
    let entry = read_file(&examples.join("handmade/agency-entry.xml"), Format::Atom).unwrap();
    let a = &entry[0];
    assert_eq!(
        a.id.as_deref(),
        Some("urn:newsml:example.com:20240115:EU-ECONOMY-RATES")
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("ECB holds rates steady, signals cuts later in year")
    );
    assert_eq!(
        a.subjects[0],
        concept(Some("medtop"), Some("20000350"), Some("central bank"))
    );
    assert_eq!(
        a.rights.notice.as_deref(),
        Some("Copyright 2024 Example News Agency")
    );
    assert_eq!(a.body.len(), 2);
    assert_eq!(a.links.len(), 2);
    let feed = read_file(&examples.join("handmade/agency-feed.xml"), Format::Atom).unwrap();
    assert_eq!(
        names(&feed[0]),
        [("Example News Agency", None, AuthorKind::Creator)]
    );
    assert_eq!(
        feed[0].body,
        [Block::paragraph(
            "FRANKFURT, Jan 15 - The ECB left rates unchanged."
        )]
    );
    // Broken files (invalid against the schema or its rules) are read leniently: one entry each.
    let broken = support::files_with_extension(&examples.join("broken"), "xml");
    assert_eq!(broken.len(), 3, "{broken:?}");
    for file in &broken {
        let articles =
            read_file(file, Format::Atom).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(articles.len(), 1, "{}", file.display());
        assert!(articles[0].headline.is_some(), "{}", file.display());
    }
    let bad_date = read_file(
        &examples.join("broken/entry-missing-id-bad-date.xml"),
        Format::Atom,
    )
    .unwrap();
    assert_eq!(
        bad_date[0].warnings[0].raw.as_deref(),
        Some("15 Jan 2024 14:05")
    );
    let no_div = read_file(
        &examples.join("broken/feed-content-xhtml-without-div.xml"),
        Format::Atom,
    )
    .unwrap();
    assert_eq!(no_div[0].body, [Block::paragraph("no div wrapper")]);
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn the_shared_jsonld_examples_read_or_are_refused_cleanly() {
    let shared = support::shared();
    let examples = shared.join("specs/examples/jsonld");
    let handmade = read_file(
        &examples.join("handmade/agency-newsarticle.jsonld"),
        Format::JsonLd,
    )
    .unwrap();
    let a = &handmade[0];
    assert_eq!(
        a.headline.as_deref(),
        Some("ECB holds rates steady, signals cuts later in year")
    );
    assert_eq!(a.version, Some(3));
    assert_eq!(a.genres, [Concept::named("Current")]);
    assert_eq!(a.authors.len(), 2);
    assert_eq!(
        a.dateline.as_ref().map(|d| d.text.as_str()),
        Some("FRANKFURT, Jan 15")
    );
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Frankfurt")
    );
    assert_eq!(
        a.links[0].href,
        "https://example.com/news/2024/01/15/ecb-rates"
    );
    assert!(
        a.body_text()
            .starts_with("FRANKFURT, Jan 15 (Example) - The European")
    );
    let remote = read_file(
        &examples.join("broken/newsarticle-remote-context.jsonld"),
        Format::JsonLd,
    )
    .unwrap_err();
    assert!(remote.to_string().contains("not schema.org"), "{remote}");
    let typos = read_file(
        &examples.join("broken/newsarticle-typos-and-domain-errors.jsonld"),
        Format::JsonLd,
    )
    .unwrap();
    assert_eq!(typos[0].headline, None, "headLine is not headline");
    assert_eq!(typos[0].authors[0].name, "Typo in type");
    assert_eq!(
        typos[0]
            .rights
            .holder
            .as_ref()
            .and_then(|h| h.name.as_deref()),
        Some("a literal where Organization|Person is expected")
    );
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_shared_atom_and_jsonld_input_reads_without_panicking() {
    let shared = support::shared();
    let dirs = [
        ("corpus/atom", "xml", Format::Atom),
        ("corpus/atom", "atom", Format::Atom),
        ("specs/examples/atom/handmade", "xml", Format::Atom),
        ("specs/examples/atom/broken", "xml", Format::Atom),
        ("specs/examples/jsonld/handmade", "jsonld", Format::JsonLd),
        ("specs/examples/jsonld/broken", "jsonld", Format::JsonLd),
    ];
    let (mut read_ok, mut refused) = (0, Vec::new());
    for (dir, ext, format) in dirs {
        for file in support::files_with_extension(&shared.join(dir), ext) {
            let bytes = std::fs::read(&file).unwrap();
            // Reading, then writing what was read in both formats and G2, never panics.
            let articles = match read(&bytes, format) {
                Ok(articles) => articles,
                Err(e) => {
                    refused.push((file.file_name().unwrap().to_string_lossy().into_owned(), e));
                    continue;
                }
            };
            assert!(!articles.is_empty(), "{}", file.display());
            for to in [Format::Atom, Format::JsonLd, Format::NewsmlG2] {
                newswire::write(&articles, to)
                    .unwrap_or_else(|e| panic!("{} to {to}: {e}", file.display()));
            }
            read_ok += 1;
        }
    }
    // Only the document whose @context is not schema.org is refused, and it says why.
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].0, "newsarticle-remote-context.jsonld");
    assert!(
        refused[0].1.to_string().contains("is not schema.org"),
        "{}",
        refused[0].1
    );
    assert_eq!(read_ok, 9);
}

/// Atom's typed text: an xhtml `summary` keeps its paragraphs apart; content of another XML
/// media type is read as markup, of another text type as paragraphs, of any other type not at
/// all (a warning says so); only the writer's `field="title"` marks a title as the article's
/// title.
#[test]
fn typed_text_constructs_and_content_media_types() {
    let entry = |inside: &str| {
        one_atom(&format!(
            r#"<entry xmlns="http://www.w3.org/2005/Atom" xmlns:nw="urn:example:nw"><id>urn:x:1</id>
               <updated>2024-01-15T14:05:00Z</updated>{inside}</entry>"#
        ))
    };
    let summary = entry(
        r#"<title nw:field="headline">Ferries resume</title>
           <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></summary>"#,
    );
    assert_eq!(summary.description.as_deref(), Some("One.\n\nTwo."));
    assert_eq!(summary.headline.as_deref(), Some("Ferries resume"));
    assert_eq!(summary.title, None);
    let marked = entry(r#"<title nw:field="title">Ferries resume</title>"#);
    assert_eq!(marked.title.as_deref(), Some("Ferries resume"));
    assert_eq!(marked.headline, None);
    let body = |content: &str| Block::text_of(&entry(content).body);
    assert_eq!(
        body(r#"<content type="application/news+xml"><p>Markup <b>kept</b>.</p></content>"#),
        "Markup kept."
    );
    assert_eq!(
        body(r#"<content type="text/xml"><p>As markup.</p></content>"#),
        "As markup."
    );
    assert_eq!(
        body("<content type=\"text/csv\">a,b\n\nc,d</content>"),
        "a,b\n\nc,d"
    );
    let picture = entry(r#"<content type="image/png">iVBORw0KGgo=</content>"#);
    assert!(picture.body.is_empty());
    assert_eq!(
        picture.warnings.first().map(|w| w.message.as_str()),
        Some("content of type image/png is not read")
    );
}

/// JSON-LD values in their other shapes: a value object (`{"@value": ...}`) and a number are
/// text; an `identifier` is text, a value object or a `PropertyValue`'s `value`.
#[test]
fn value_objects_numbers_and_property_values() {
    let read = |identifier: &str| {
        jsonld(&format!(
            r#"{{"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": {{"@value": "A value object", "@language": "en"}},
                "alternativeHeadline": 2026,
                "identifier": {identifier}}}"#
        ))
        .remove(0)
    };
    let a = read(r#"{"@type": "PropertyValue", "propertyID": "desk", "value": "story-1"}"#);
    assert_eq!(a.headline.as_deref(), Some("A value object"));
    assert_eq!(a.subheadline.as_deref(), Some("2026"));
    assert_eq!(a.id.as_deref(), Some("story-1"));
    assert_eq!(
        read(r#"{"@value": "story-2"}"#).id.as_deref(),
        Some("story-2")
    );
    assert_eq!(read(r#""story-3""#).id.as_deref(), Some("story-3"));
}

/// An unreadable date is left out with a warning that names the model field and keeps the raw
/// value.
#[test]
fn unreadable_json_ld_dates_are_warnings_naming_their_field() {
    let a = jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
            "datePublished": "yesterday", "dateModified": "soon", "dateCreated": "once"}"#,
    )
    .remove(0);
    assert_eq!((a.published, a.modified, a.created), (None, None, None));
    let warned: Vec<_> = a
        .warnings
        .iter()
        .map(|w| (w.field.as_deref(), w.raw.as_deref()))
        .collect();
    assert_eq!(
        warned,
        [
            (Some("published"), Some("yesterday")),
            (Some("modified"), Some("soon")),
            (Some("created"), Some("once"))
        ]
    );
}

/// The trailing source organisations the dateline prints as words are its agencies; a name
/// printed inside a longer word (`ANSAmed`) is not, and one at the very start of the dateline is.
/// A `usageInfo` given as text is the usage terms. (Survivors of the JSON-LD reader's mutation
/// run: `prints` and `usage_terms`.)
#[test]
fn dateline_agencies_are_whole_words_of_the_dateline_and_usage_info_may_be_text() {
    let read = |dateline: &str| {
        one_jsonld(&format!(
            r#"{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
                "dateline": "{dateline}",
                "sourceOrganization": [{{"@type": "Organization", "name": "Reuters"}},
                                       {{"@type": "Organization", "name": "ANSA"}}],
                "usageInfo": " Editorial use only "}}"#
        ))
    };
    let agencies = |a: &Article| -> Vec<String> {
        a.dateline
            .iter()
            .flat_map(|d| &d.agencies)
            .map(|agency| agency.name.clone())
            .collect()
    };
    let sources =
        |a: &Article| -> Vec<String> { a.sources.iter().filter_map(|s| s.name.clone()).collect() };
    let first = read("ANSA – ROMA");
    assert_eq!(agencies(&first), ["ANSA"]);
    assert_eq!(sources(&first), ["Reuters"]);
    let inside = read("ROMA (ANSAmed) –");
    assert_eq!(agencies(&inside), Vec::<String>::new());
    assert_eq!(sources(&inside), ["Reuters", "ANSA"]);
    let after = read("ROMA (XANSA) –");
    assert_eq!(agencies(&after), Vec::<String>::new());
    assert_eq!(
        first.rights.usage_terms.as_deref(),
        Some("Editorial use only")
    );
}

/// A property the model has no field for is kept in the extensions, not dropped (issue #18:
/// nothing lost without a word); what newswire writes comes back without any.
#[test]
fn json_ld_properties_the_model_lacks_are_kept_as_extensions() {
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "@id": "https://example.com/a",
            "headline": "Rates held", "articleSection": ["Economy", "Europe"], "copyrightYear": 2024,
            "thumbnailUrl": "https://example.com/t.jpg"}"#,
    );
    assert_eq!(a.headline.as_deref(), Some("Rates held"));
    // `articleSection` is the model's sections now (issue #18, item 6).
    assert_eq!(
        a.sections,
        [Concept::named("Economy"), Concept::named("Europe")]
    );
    assert_eq!(
        a.extensions,
        std::collections::BTreeMap::from([
            ("jsonld:copyrightYear".to_string(), serde_json::json!(2024)),
            (
                "jsonld:thumbnailUrl".to_string(),
                serde_json::json!("https://example.com/t.jpg")
            ),
        ])
    );
    let written = newswire::write(std::slice::from_ref(&a), Format::JsonLd).unwrap();
    let back = jsonld(std::str::from_utf8(&written).unwrap());
    assert!(back[0].extensions.is_empty(), "{:?}", back[0].extensions);
    assert_eq!(back[0].sections, a.sections);
}

/// Repeated `copyrightNotice` and `usageInfo` values are kept: the first of each is the notice
/// (the terms), the others the further ones.
#[test]
fn json_ld_repeated_notices_and_usage_info() {
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
            "copyrightNotice": ["© 2024 X", " ", "© 2024 X (en)"],
            "usageInfo": ["https://x.example/terms", {"@type": "CreativeWork", "text": "No archiving"}]}"#,
    );
    assert_eq!(a.rights.notice.as_deref(), Some("© 2024 X"));
    assert_eq!(a.rights.further_notices, ["© 2024 X (en)"]);
    assert_eq!(
        a.rights.usage_terms.as_deref(),
        Some("https://x.example/terms")
    );
    assert_eq!(a.rights.further_usage_terms, ["No archiving"]);
}

/// `articleSection` is text, one or many: each a section by its name (a number as its text,
/// as for every text property); a blank one is no section.
#[test]
fn json_ld_article_sections_are_sections_by_name() {
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
            "articleSection": "  World\n news "}"#,
    );
    assert_eq!(a.sections, [Concept::named("World news")]);
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
            "articleSection": ["Sport", " ", 7, "Tennis"]}"#,
    );
    assert_eq!(
        a.sections,
        [
            Concept::named("Sport"),
            Concept::named("7"),
            Concept::named("Tennis")
        ]
    );
    // Written: the name, else the code.
    let mut article = Article::default();
    article.headline = Some("H".into());
    article.sections = vec![Concept::named("Sport"), Concept::coded("x-sec", "ten")];
    let written = newswire::write(&[article], Format::JsonLd).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(value["articleSection"], serde_json::json!(["Sport", "ten"]));
}

/// Each subject's name and kind.
fn subject_kinds(article: &Article) -> Vec<(&str, Option<EntityKind>)> {
    article
        .subjects
        .iter()
        .map(|s| (s.name.as_deref().unwrap_or(""), s.kind))
        .collect()
}

#[test]
fn json_ld_about_types_are_the_kinds_of_entity() {
    let article = one_jsonld(
        r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","about":[
        {"@type":"Thing","name":"Economy"},
        {"@type":"Person","name":"Ann Lee"},
        {"@type":"schema:Country","name":"Italy"},
        {"@type":["Thing","Corporation"],"name":"ACME"},
        {"@type":"Event","name":"Expo"},
        {"@type":"Product","name":"A380"},
        {"@type":"Place","name":"Rome"},
        {"@type":"CreativeWork","name":"A book"},
        "Bare name"]}"#,
    );
    let kinds = subject_kinds(&article);
    assert_eq!(
        kinds,
        [
            ("Economy", None),
            ("Ann Lee", Some(EntityKind::Person)),
            ("Italy", Some(EntityKind::Place)),
            ("ACME", Some(EntityKind::Organisation)),
            ("Expo", Some(EntityKind::Event)),
            ("A380", Some(EntityKind::Object)),
            ("Rome", Some(EntityKind::Place)),
            ("A book", None),
            ("Bare name", None),
        ]
    );
}

#[test]
fn json_ld_content_locations_are_places() {
    let article = one_jsonld(
        r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"H",
        "about":[{"@type":"Place","name":"Rome"}],
        "contentLocation":[{"@type":"Place","name":"Rome"},{"@type":"City","name":"Turin"},"Milan"],
        "spatialCoverage":{"@type":"Thing","name":"Lazio","sameAs":"http://sws.geonames.org/3174976"}}"#,
    );
    let places = subject_kinds(&article);
    // Rome once (about names it already); each place of kind place.
    assert_eq!(
        places,
        [
            ("Rome", Some(EntityKind::Place)),
            ("Turin", Some(EntityKind::Place)),
            ("Milan", Some(EntityKind::Place)),
            ("Lazio", Some(EntityKind::Place)),
        ]
    );
    assert!(article.extensions.is_empty(), "{:?}", article.extensions);
}

#[test]
fn json_ld_geo_coordinates_are_a_place_s_position() {
    let article = one_jsonld(
        r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"H",
        "about":[{"@type":"Place","name":"Rome","geo":{"@type":"GeoCoordinates","latitude":41.89193,"longitude":12.51133}},
        {"@type":"Place","name":"Lima","geo":{"@type":"GeoCoordinates","latitude":" -12.05 ","longitude":"-77.04"}},
        {"@type":"Place","name":"Lazio","geo":{"@type":"GeoShape","box":"40.8 11.4 42.8 14.0"}},
        {"@type":"Place","name":"Off","geo":{"@type":"GeoCoordinates","latitude":95,"longitude":0}}],
        "contentLocation":{"@type":"City","name":"Turin","geo":{"@type":"GeoCoordinates","latitude":45.07049,"longitude":7.68682}}}"#,
    );
    let points: Vec<_> = article
        .subjects
        .iter()
        .map(|s| {
            (
                s.name.as_deref().unwrap_or(""),
                s.geo.map(|g| (g.latitude(), g.longitude())),
            )
        })
        .collect();
    assert_eq!(
        points,
        [
            ("Rome", Some((41.89193, 12.51133))),
            // Decimal text, as schema.org allows.
            ("Lima", Some((-12.05, -77.04))),
            // A shape holds no one point; a latitude beyond the pole is none.
            ("Lazio", None),
            ("Off", None),
            ("Turin", Some((45.07049, 7.68682))),
        ]
    );
    // The shape and the point off the earth are reported with what they held.
    let reported: Vec<_> = article
        .warnings
        .iter()
        .filter(|w| w.field.as_deref() == Some("subject coordinates"))
        .map(|w| w.raw.clone().unwrap_or_default())
        .collect();
    assert_eq!(reported.len(), 2, "{:?}", article.warnings);
    assert!(reported[0].contains("GeoShape"), "{reported:?}");
    assert!(reported[1].contains("95"), "{reported:?}");
}

/// schema.org's `abstract` is a description with the role `abstract`, and the first such is
/// written there; a description of another role has no place in JSON-LD.
#[test]
fn the_abstract_is_a_description_with_its_role() {
    let node = r#"{"@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Rates held", "description": "The bank held rates.",
        "abstract": "Rates stay at 4 percent for a third month."}"#;
    let a = read(node.as_bytes(), Format::JsonLd).unwrap().remove(0);
    assert_eq!(a.description.as_deref(), Some("The bank held rates."));
    assert_eq!(
        a.descriptions,
        [RoledText::with_role(
            "Rates stay at 4 percent for a third month.",
            "abstract"
        )]
    );
    assert!(a.extensions.is_empty(), "{:?}", a.extensions);
    let mut b = a.clone();
    b.descriptions
        .insert(0, RoledText::with_role("A teaser.", "teaser"));
    b.descriptions
        .push(RoledText::with_role("Another.", "Abstract"));
    let out = String::from_utf8(write(&[b], Format::JsonLd).unwrap()).unwrap();
    assert!(
        out.contains(r#""abstract": "Rates stay at 4 percent for a third month.""#),
        "{out}"
    );
    assert!(
        !out.contains("A teaser.") && !out.contains("Another."),
        "{out}"
    );
}

/// A link's `@length` is its rendition's size in octets; one that is no number is a warning
/// with the raw value. The writer writes the size back as `@length`.
#[test]
fn atom_link_length_is_the_rendition_size() {
    let a = one_atom(
        r#"<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>T</title><updated>2024-01-15T14:05:00Z</updated>
  <link rel="enclosure" type="audio/mpeg" href="https://x.example/a.mp3" length="189504"/>
  <link rel="enclosure" href="https://x.example/b.mp3" length="big"/>
</entry>"#,
    );
    let sizes: Vec<_> = a
        .links
        .iter()
        .map(|l| l.rendition.as_ref().and_then(|r| r.size))
        .collect();
    assert_eq!(sizes, [Some(189_504), None]);
    let raws: Vec<_> = a.warnings.iter().filter_map(|w| w.raw.as_deref()).collect();
    assert_eq!(raws, ["big"]);
    let written =
        String::from_utf8(write(std::slice::from_ref(&a), Format::Atom).unwrap()).unwrap();
    assert!(
        written.contains(r#"href="https://x.example/a.mp3" length="189504"/>"#),
        "{written}"
    );
}

/// An `image` or `associatedMedia` object's width and height (numbers, or a `QuantitativeValue`),
/// `contentSize` in bytes (a number, `<n> B` or `<n> bytes`; other units are not exact and not
/// read) and ISO 8601 `duration` are its rendition's.
#[test]
fn json_ld_media_objects_give_rendition_facts() {
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
            "image": [{"@type": "ImageObject", "url": "https://x.example/p.jpg", "width": {"@type": "QuantitativeValue", "value": 1200}, "height": "800", "contentSize": "412032 B"},
                      {"@type": "ImageObject", "url": "https://x.example/q.jpg", "contentSize": "1.2 MB"}],
            "associatedMedia": {"@type": "VideoObject", "contentUrl": "https://x.example/v.mp4", "contentSize": "9437184 bytes", "duration": "PT1M30.5S"}}"#,
    );
    let facts: Vec<_> = a.links.iter().map(|l| l.rendition.clone()).collect();
    assert_eq!(
        facts,
        [
            Some(
                Rendition::default()
                    .with_width(1200_u32)
                    .with_height(800_u32)
                    .with_size(412_032_u64)
            ),
            None,
            Some(
                Rendition::default()
                    .with_size(9_437_184_u64)
                    .with_duration_ms(90_500_u64)
            ),
        ]
    );
}

/// A JSON-LD picture that says what it shows or who made it (a `caption`, `creditText`, an
/// `author`) is an associated item with that metadata, its thumbnail among its files; one that
/// says nothing of itself stays an enclosure link.
#[test]
fn a_json_ld_picture_with_its_own_caption_is_an_associated_item() {
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Floods",
            "image": [
              {"@type": "ImageObject", "@id": "https://news.example/photos/881",
               "contentUrl": "https://news.example/photos/881.jpg", "width": 1200, "height": 800,
               "name": "Flooded square", "caption": "The square in Bra under water on Sunday.",
               "creditText": "News Example/Marta Bianchi",
               "author": {"@type": "Person", "name": "Marta Bianchi"},
               "thumbnailUrl": "https://news.example/photos/881-thumb.jpg"},
              {"@type": "ImageObject", "url": "https://news.example/photos/882.jpg", "name": "Map"}
            ]}"#,
    );
    assert_eq!(
        a.links.iter().map(|l| l.href.as_str()).collect::<Vec<_>>(),
        ["https://news.example/photos/882.jpg"]
    );
    let [picture] = a.associations.as_slice() else {
        panic!("{:?}", a.associations);
    };
    assert_eq!(picture.kind, Some(ItemKind::Picture));
    assert_eq!(
        picture.id.as_deref(),
        Some("https://news.example/photos/881")
    );
    assert_eq!(picture.headline.as_deref(), Some("Flooded square"));
    assert_eq!(
        picture.caption.as_deref(),
        Some("The square in Bra under water on Sunday.")
    );
    assert_eq!(
        picture.credit.as_deref(),
        Some("News Example/Marta Bianchi")
    );
    assert_eq!(picture.byline.as_deref(), Some("Marta Bianchi"));
    let files: Vec<(&str, Option<u32>, Option<&str>)> = picture
        .renditions
        .iter()
        .map(|l| {
            let facts = l.rendition.as_ref();
            (
                l.href.as_str(),
                facts.and_then(|r| r.width),
                facts.and_then(|r| r.name.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        files,
        [
            ("https://news.example/photos/881.jpg", Some(1200), None),
            (
                "https://news.example/photos/881-thumb.jpg",
                None,
                Some("thumbnail")
            )
        ]
    );
    assert!(a.extensions.is_empty(), "{:?}", a.extensions);
}

#[test]
fn json_ld_mentions_are_subjects_with_that_role_and_written_back_there() {
    let a = one_jsonld(
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Library reopens",
            "about": [{"@type": "Thing", "name": "Public libraries"}],
            "mentions": [
              {"@type": "Organization", "name": "Friends of the Library", "sameAs": "https://friends.example.org/id/flp"},
              {"@type": "Place", "name": "Loop", "geo": {"@type": "GeoShape", "box": "1 2 3 4"}}
            ]}"#,
    );
    let subjects: Vec<_> = a
        .subjects
        .iter()
        .map(|s| (s.name.as_deref(), s.kind, s.role.as_deref()))
        .collect();
    assert_eq!(
        subjects,
        [
            (Some("Public libraries"), None, None),
            (
                Some("Friends of the Library"),
                Some(EntityKind::Organisation),
                Some("mentions")
            ),
            (Some("Loop"), Some(EntityKind::Place), Some("mentions")),
        ]
    );
    assert_eq!(
        a.subjects[1].uri().as_deref(),
        Some("https://friends.example.org/id/flp")
    );
    // A mentioned place's shape is reported like an `about` one's.
    assert!(
        a.warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("subject coordinates")
                && w.raw.as_deref().is_some_and(|r| r.contains("GeoShape"))),
        "{:?}",
        a.warnings
    );
    assert!(!a.extensions.contains_key("mentions"), "{:?}", a.extensions);
    // Written back: the mentioned ones in `mentions` (any case of the word), the rest in `about`.
    let mut shouted = a.clone();
    shouted.subjects[0].role = Some("about".into());
    shouted.subjects[2].role = Some(" MENTIONS ".into());
    let json: serde_json::Value =
        serde_json::from_slice(&write(&[shouted], Format::JsonLd).unwrap()).unwrap();
    assert_eq!(json["about"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["about"][0]["name"], "Public libraries");
    assert_eq!(json["mentions"][0]["name"], "Friends of the Library");
    assert_eq!(json["mentions"][0]["@type"], "Organization");
    assert_eq!(json["mentions"][1]["name"], "Loop");
    assert_eq!(json["mentions"][1]["@type"], "Place");
}

/// Issue #20, item 17: `keywords` as arrays nested in an array, as one comma-separated string,
/// or as `DefinedTerm`s, and `articleSection`, are read.
#[test]
fn json_ld_keywords_in_every_shape_and_the_section() {
    let keywords = |value: &str| {
        one_jsonld(&format!(
            r#"{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H", "keywords": {value}, "articleSection": "Politics"}}"#
        ))
    };
    let nested = keywords(r#"[["budget", "council"], "city hall", [["deep"]]]"#);
    assert_eq!(nested.keywords, ["budget", "council", "city hall", "deep"]);
    assert_eq!(nested.sections[0].name.as_deref(), Some("Politics"));
    assert_eq!(
        keywords(r#""budget, council,,city hall""#).keywords,
        ["budget", "council", "city hall"]
    );
    assert_eq!(
        keywords(r#"[{"@type": "DefinedTerm", "name": "budget"}, "council"]"#).keywords,
        ["budget", "council"]
    );
}
