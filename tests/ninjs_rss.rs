//! ninjs and RSS/WordPress: the mapping rules on the project's fixtures (`fixtures/ninjs`,
//! `fixtures/rss`), every shared example and corpus file, schema validation of ninjs output in
//! 3.x and 2.x for every shared input, the command line's `--ninjs-version`, and the corpus
//! expectations.

pub mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use newswire::formats::{NinjsVersion, WriteOptions, write_with};
use newswire::model::{
    Article, Association, Block, Concept, EntityKind, Inline, ItemKind, Link, Party, PubStatus,
    Rendition, RoledText, Warning,
};
use newswire::{Error, Format, detect, read, write};
use support::expectations::{self, Known, Why::*};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(support::root().join("fixtures").join(path)).unwrap()
}

fn ninjs_fixture(name: &str) -> Article {
    let bytes = fixture(&format!("ninjs/{name}"));
    assert_eq!(detect(&bytes, None).unwrap(), Format::Ninjs, "{name}");
    let mut articles = read(&bytes, Format::Ninjs).unwrap();
    assert_eq!(articles.len(), 1, "{name}");
    articles.remove(0)
}

fn rfc3339(time: Option<newswire::model::Timestamp>) -> Option<String> {
    time.map(|t| t.to_rfc3339())
}

#[test]
fn a_3_1_story_with_pictures_and_hostile_markup() {
    let a = ninjs_fixture("it-agenzia-3.1.json");
    assert_eq!(
        a.id.as_deref(),
        Some("urn:newsml:agenzia.example:20240314:CRO-TORINO-TRAM")
    );
    assert_eq!((a.version, a.kind), (Some(2), ItemKind::Text));
    assert_eq!(
        rfc3339(a.embargo).as_deref(),
        Some("2024-03-14T12:00:00+01:00")
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Torino, nuova linea del tram entro il 2027")
    );
    assert_eq!(
        a.subheadline.as_deref(),
        Some("Il Comune approva il progetto da 180 milioni")
    );
    assert_eq!(a.credit.as_deref(), Some("Agenzia Esempio"));
    assert_eq!(
        a.provider,
        Some(Party::named("Agenzia Esempio").with_id("https://agenzia.example/"))
    );
    assert_eq!(a.sources, [Party::named("Ufficio stampa del Comune")]);
    // The HTML body wins over the plain one; script, handler and javascript: link are gone.
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    assert!(matches!(&a.body[1], Block::Heading { level: 2, .. }));
    assert!(matches!(&a.body[3], Block::List { ordered: false, .. }));
    let text = Block::text_of(&a.body);
    assert!(!text.contains("alert"), "{text}");
    assert!(text.contains("dice l'assessore"), "{text}");
    let json = serde_json::to_string(&a.body).unwrap();
    assert!(
        !json.contains("javascript") && !json.contains("steal"),
        "{json}"
    );
    assert!(json.contains("https://comune.example/tram"), "{json}");
    // Subjects, then places, people and organisations.
    let codes: Vec<Option<String>> = a
        .subjects
        .iter()
        .map(|c| c.qcode().or_else(|| c.name.clone()))
        .collect();
    assert_eq!(
        codes,
        [
            Some("medtop:20000553".into()),
            Some("agenzia:enti-torino".into()),
            Some("geonames:3165524/".into()),
            Some("Marta Ferraris".into()),
            Some("GTT".into()),
        ]
    );
    assert_eq!(a.genres[0].qcode().as_deref(), Some("genre:Current"));
    assert_eq!(
        a.links,
        [Link::new("https://agenzia.example/2024/03/14/tram.html")
            .with_rel("enclosure")
            .with_media_type("text/html")
            // The rendition's name in the file.
            .with_rendition(Rendition::default().with_name("web"))
            .with_title("Pagina web")]
    );
    // The picture is an associated item with its own metadata and both its files; the related
    // story, an association with only a `uri`, is one too.
    let file = |href: &str, name: &str, width: u32, height: u32| {
        Link::new(href)
            .with_rel("enclosure")
            .with_media_type("image/jpeg")
            .with_rendition(
                Rendition::default()
                    .with_name(name)
                    .with_width(width)
                    .with_height(height),
            )
    };
    let mut picture = Association::default();
    picture.role = Some("illustration".into());
    picture.kind = Some(ItemKind::Picture);
    picture.id = Some("urn:newsml:agenzia.example:20240314:FOTO-TRAM".into());
    picture.headline = Some("Il nuovo tram in prova".into());
    picture.caption = Some("Il primo convoglio della linea 5 in prova a Porta Nuova.".into());
    picture.byline = Some("Giulia Ferri".into());
    picture.credit = Some("Agenzia/Giulia Ferri".into());
    picture.renditions = vec![
        file(
            "https://img.agenzia.example/tram-thumb.jpg",
            "thumbnail",
            160,
            90,
        ),
        file(
            "https://img.agenzia.example/tram.jpg",
            "original",
            3000,
            2000,
        ),
    ];
    let mut related = Association::default();
    related.id = Some("https://agenzia.example/2023/11/02/tram-gara.html".into());
    assert_eq!(a.associations, [picture, related]);
    let kept: Vec<&str> = a.extensions.keys().map(String::as_str).collect();
    assert_eq!(
        kept,
        ["ninjs:altIds", "ninjs:profile", "ninjs:representationType"]
    );
    assert_eq!(
        a.headlines,
        [RoledText::with_role("Tram Torino linea 12 2027", "seo")]
    );
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn a_2_2_story_and_a_1_6_composite() {
    let a = ninjs_fixture("de-agentur-2.2.json");
    assert_eq!(a.pub_status, PubStatus::Withheld);
    assert_eq!(rfc3339(a.embargo).as_deref(), Some("2024-05-20T10:00:00Z"));
    assert_eq!(a.urgency, Some(2));
    assert_eq!(
        Block::text_of(&a.body),
        "Berlin (dpa) - Die Koalition hat sich auf den Haushalt geeinigt.\n\nDer Entwurf geht nun ins Kabinett\u{a0}und dann in den Bundestag.\n\nRessort         Mrd. Euro\nArbeit          175,7\nVerteidigung    53,3"
    );
    // The HTML table is a table: three rows, the first of header cells; the picture after it
    // is a figure with its caption.
    let [.., Block::Table { caption, rows }, Block::Figure(figure)] = a.body.as_slice() else {
        panic!("{:?}", a.body);
    };
    assert_eq!(
        (figure.href.as_str(), figure.alt.as_deref()),
        (
            "https://agentur.example/bilder/tram.jpg",
            Some("Eine Straßenbahn")
        )
    );
    assert_eq!(
        figure.caption,
        [newswire::model::Inline::text(
            "Die neue Linie am Hauptbahnhof."
        )]
    );
    assert!(caption.is_empty());
    assert_eq!(rows.len(), 3);
    assert!(rows[0].cells.iter().all(|c| c.header));
    assert!(rows[2].cells.iter().all(|c| !c.header));
    assert_eq!(
        a.genres,
        [Concept::coded("genre", "Current").with_name("Meldung")]
    );
    assert_eq!(a.associations[0].role.as_deref(), Some("featuremedia"));

    let b = ninjs_fixture("en-wire-1.6.json");
    assert_eq!(b.kind, ItemKind::Composite);
    assert_eq!(
        b.headline.as_deref(),
        Some("Harbour ferry services resume after storm")
    );
    assert_eq!(
        b.subheadline, None,
        "an extended headline is not a sub-headline"
    );
    assert_eq!(
        b.headlines,
        [RoledText::with_role(
            "Ferries back on the water as winds ease across the harbour",
            "extended"
        )]
    );
    assert_eq!(
        b.description.as_deref(),
        Some("Ferry services resumed on Saturday evening."),
        "plain text is preferred"
    );
    assert!(
        matches!(&b.body[1], Block::Paragraph { content } if content.len() == 3),
        "the XHTML body, with its emphasis: {:?}",
        b.body
    );
    assert_eq!(
        b.subjects[0],
        Concept::coded("medtop", "20000561").with_name("maritime transport")
    );
    let hrefs: Vec<&str> = b.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(hrefs, ["https://wire.example/audio/harbour.mp3"]);
    // The 1.x association (a map keyed by its name), its caption and credit line under
    // `description_` keys.
    let [photo] = b.associations.as_slice() else {
        panic!("{:?}", b.associations);
    };
    assert_eq!(photo.role.as_deref(), Some("photo1"));
    assert_eq!(
        photo.caption.as_deref(),
        Some("A Manly ferry leaves Circular Quay at dusk on Saturday.")
    );
    assert_eq!(
        (photo.byline.as_deref(), photo.credit.as_deref()),
        (Some("Sam Harbour"), Some("Wire Photos/Sam Harbour"))
    );
    assert_eq!(
        photo.as_link().map(|l| l.href).as_deref(),
        Some("https://wire.example/img/ferry.jpg"),
        "the baseImage rendition stands for the association"
    );
    assert_eq!(b.extensions["ninjs:extra"]["desk"], "metro");
}

/// Superdesk (NTB) sends the first publication as `firstpublished`, outside the standard: it is
/// the publication time, not an extension, and stays apart from the creation and version times.
#[test]
fn a_vendor_first_publication_time_is_the_publication_time() {
    let read = |json: &str| read(json.as_bytes(), Format::Ninjs).unwrap().remove(0);
    let a = read(
        r#"{"uri": "urn:x:1", "headline": "Jubileum", "versionCreated": "2019-08-08T23:04:50+0000",
            "firstCreated": "2019-08-08T08:00:00+0000", "firstpublished": "2019-08-08T09:05:13+0000"}"#,
    );
    assert_eq!(
        rfc3339(a.published).as_deref(),
        Some("2019-08-08T09:05:13Z")
    );
    assert_eq!(rfc3339(a.created).as_deref(), Some("2019-08-08T08:00:00Z"));
    assert_eq!(rfc3339(a.modified).as_deref(), Some("2019-08-08T23:04:50Z"));
    assert!(a.extensions.is_empty(), "{:?}", a.extensions);
    let b = read(r#"{"uri": "urn:x:2", "headline": "Lokalt", "firstpublished": "i går"}"#);
    assert_eq!(b.published, None);
    assert_eq!(b.warnings[0].field.as_deref(), Some("published"));
    assert_eq!(b.warnings[0].raw.as_deref(), Some("i går"));
}

/// Issue #20, item 15: HTML in a body said to be text (PA's 1.x `body_text` holds a `<p>` and a
/// `<table>`) is read as HTML, with a warning; a text that only starts with `<` stays text.
#[test]
fn item_15_html_in_a_text_body_is_read_as_html() {
    let a = ninjs_fixture("en-sport-1.x-html-body-text.json");
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert_eq!(
        a.body[0],
        Block::Paragraph {
            content: vec![Inline::text("The table after Saturday's matches:")]
        }
    );
    let Block::Table { rows, .. } = &a.body[1] else {
        panic!("not a table: {:?}", a.body[1]);
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .map(|c| Inline::plain_text(&c.content))
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            ["Team", "P", "Pts"],
            ["Harbourside", "14", "52"],
            ["Northfield", "14", "47"]
        ]
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("body") && w.message.contains("plain text is HTML")),
        "{:?}",
        a.warnings
    );
    assert_eq!(
        a.description.as_deref(),
        Some("<3 points separate the top two")
    );
    let text = |body: &str| {
        let json = serde_json::json!({"uri": "urn:x:1", "body_text": body}).to_string();
        read(json.as_bytes(), Format::Ninjs).unwrap().remove(0).body
    };
    assert_eq!(
        text("<3 reasons to stay\n<b>old</b> habits"),
        [
            Block::Paragraph {
                content: vec![Inline::text("<3 reasons to stay")]
            },
            Block::Paragraph {
                content: vec![Inline::text("<b>old</b> habits")]
            }
        ]
    );
    assert_eq!(
        text("  <P class=\"x\">One</P>"),
        [Block::Paragraph {
            content: vec![Inline::text("One")]
        }]
    );
}

/// Issue #20, item 16: the AP Media API's envelopes are unwrapped: a single item
/// (`{"data": {"item": {...}}}`) and a feed page whose items each wrap an item beside its `meta`.
/// Issue #23 gave the AP Media API a reader of its own (`ap-media`), which does it now.
#[test]
fn item_16_the_ap_media_api_envelope_is_read_by_its_own_reader() {
    let single = br#"{"api_version": "1.1", "id": "q1", "params": {"qt": "q1"},
        "data": {"meta": {"products": [{"id": 1, "name": "Wire"}]},
                 "item": {"uri": "https://api.example/content/1", "type": "text", "version": 2,
                          "headline": "Harbour cranes return", "language": "en"}}}"#;
    // AP's envelope and items are the AP Media API's format now (its item keys are ninjs 1.x,
    // read through the ninjs reader's rules): detected as it. ninjs still unwraps a `data`
    // envelope (Reuters Connect's API sends one too).
    assert_eq!(detect(single, None).unwrap(), Format::ApMedia);
    assert_eq!(read(single, Format::Ninjs).unwrap()[0].version, Some(2));
    let a = read(single, Format::ApMedia).unwrap();
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].id.as_deref(), Some("https://api.example/content/1"));
    assert_eq!(a[0].headline.as_deref(), Some("Harbour cranes return"));
    assert_eq!(a[0].version, Some(2));
    let page = br#"{"api_version": "1.1", "data": {"query": "q", "current_item_count": 2,
        "items": [
          {"meta": {"score": 1}, "item": {"uri": "https://api.example/content/2", "type": "text", "headline": "First"}},
          {"meta": {"score": 2}, "item": {"uri": "https://api.example/content/3", "type": "picture", "headline": "Second"}}
        ]}}"#;
    assert_eq!(detect(page, None).unwrap(), Format::ApMedia);
    let a = read(page, Format::ApMedia).unwrap();
    let read_back: Vec<_> = a
        .iter()
        .map(|a| (a.id.as_deref().unwrap_or(""), a.kind, a.headline.as_deref()))
        .collect();
    assert_eq!(
        read_back,
        [
            (
                "https://api.example/content/2",
                ItemKind::Text,
                Some("First")
            ),
            (
                "https://api.example/content/3",
                ItemKind::Picture,
                Some("Second")
            )
        ]
    );
    // An envelope that wraps no news object is still refused.
    let empty = br#"{"data": {"items": [{"meta": {}, "item": {"note": 1}}]}}"#;
    assert!(read(empty, Format::Ninjs).is_err());
    assert!(read(empty, Format::ApMedia).is_err());
    let nothing = br#"{"api_version": "1.1", "data": {"items": [{"meta": {}}]}}"#;
    assert!(read(nothing, Format::ApMedia).is_err());
}

/// Issue #20, item 18: the records of a WordPress export that are no posts are named in a
/// warning on the first post, never dropped silently; Co-Authors Plus's `author` terms are
/// authors, not subjects.
#[test]
fn item_18_skipped_wordpress_records_are_named_and_co_authors_are_authors() {
    let export = r#"<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Blog</title><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Post</title><dc:creator>editor</dc:creator><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
  <category domain="author" nicename="cap-ann-lee"><![CDATA[Ann Lee]]></category>
  <category domain="author" nicename="cap-raj-patel"><![CDATA[Raj Patel]]></category>
  <category domain="author" nicename="cap-ann-lee"><![CDATA[Ann Lee]]></category>
  <category domain="category" nicename="city"><![CDATA[City]]></category></item>
<item><title>About us</title><wp:post_type>page</wp:post_type></item>
<item><title>Menu</title><wp:post_type>nav_menu_item</wp:post_type></item>
<item><title>Logo</title><wp:post_type>attachment</wp:post_type></item>
<item><title>Contact</title><wp:post_type>page</wp:post_type></item>
</channel></rss>"#;
    let articles = read(export.as_bytes(), Format::Rss).unwrap();
    assert_eq!(articles.len(), 1);
    let post = &articles[0];
    let authors: Vec<(&str, Option<&str>)> = post
        .authors
        .iter()
        .map(|a| (a.name.as_str(), a.id.as_deref()))
        .collect();
    assert!(
        authors.contains(&("Ann Lee", Some("cap-ann-lee"))),
        "{authors:?}"
    );
    assert!(
        authors.contains(&("Raj Patel", Some("cap-raj-patel"))),
        "{authors:?}"
    );
    assert_eq!(authors.iter().filter(|(n, _)| *n == "Ann Lee").count(), 1);
    assert!(
        post.subjects
            .iter()
            .all(|s| s.scheme.as_deref() != Some("author")),
        "{:?}",
        post.subjects
    );
    let skipped: Vec<_> = post
        .warnings
        .iter()
        .filter(|w| w.message.contains("no posts"))
        .map(|w| w.raw.as_deref())
        .collect();
    assert_eq!(skipped, [Some("attachment: 1, nav_menu_item: 1, page: 2")]);
    // A plain RSS feed (no WordPress marks) reads an `author` category as a subject.
    let plain = r#"<rss version="2.0"><channel><title>F</title><item><title>T</title><category domain="author">Ann Lee</category></item></channel></rss>"#;
    let a = read(plain.as_bytes(), Format::Rss).unwrap().remove(0);
    assert_eq!(a.subjects.len(), 1);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn fixtures_convert_to_every_format_and_ninjs_output_reads_back_as_projected() {
    for name in [
        "it-agenzia-3.1.json",
        "de-agentur-2.2.json",
        "en-wire-1.6.json",
    ] {
        let a = ninjs_fixture(name);
        for format in [Format::NewsmlG2, Format::JsonLd, Format::Atom, Format::Json] {
            write(std::slice::from_ref(&a), format).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        for version in NinjsVersion::ALL {
            let mut options = WriteOptions::default();
            options.ninjs_version = version;
            let bytes = write_with(std::slice::from_ref(&a), Format::Ninjs, &options).unwrap();
            let back = read(&bytes, Format::Ninjs).unwrap().remove(0);
            assert_eq!(
                back,
                newswire::formats::ninjs::project(&a),
                "{name} {version}"
            );
            let again = write_with(&[back], Format::Ninjs, &options).unwrap();
            assert_eq!(again, bytes, "{name} {version}: bytes are stable");
        }
    }
}

#[test]
fn an_rss_feed_with_broken_dates_and_hostile_markup() {
    let articles = read(&fixture("rss/en-newsroom-feed.rss"), Format::Rss).unwrap();
    assert_eq!(articles.len(), 3);
    let a = &articles[0];
    assert_eq!(
        a.headline.as_deref(),
        Some("Council approves <new> cycle lanes")
    );
    assert_eq!(a.language.as_deref(), Some("en-GB"));
    assert_eq!(
        a.rights.notice.as_deref(),
        Some("Copyright 2024 Example Newsroom Ltd")
    );
    assert_eq!(
        rfc3339(a.published).as_deref(),
        Some("2020-05-26T00:00:00-05:00")
    );
    assert_eq!(a.authors.len(), 2);
    assert_eq!(
        a.description.as_deref(),
        Some("Councillors voted 31 to 9 in favour.")
    );
    let json = serde_json::to_string(&a.body).unwrap();
    for hostile in ["script", "cookie", "onclick", "onerror", "alert"] {
        assert!(!json.contains(hostile), "{hostile} in {json}");
    }
    assert!(json.contains("Roadworks map"), "{json}");
    // A picture with nothing but a title is an enclosure; one with its own caption and credit
    // is an associated item, its thumbnail among its files.
    let hrefs: Vec<&str> = a.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(
        hrefs,
        [
            "https://newsroom.example/2020/05/26/cycle-lanes",
            "https://newsroom.example/img/lanes.jpg"
        ]
    );
    let [vote] = a.associations.as_slice() else {
        panic!("{:?}", a.associations);
    };
    assert_eq!(
        (vote.kind, vote.headline.as_deref(), vote.role.as_deref()),
        (Some(ItemKind::Picture), Some("The vote"), None)
    );
    assert_eq!(
        vote.caption.as_deref(),
        Some("Councillors raise their hands in the chamber on Tuesday.")
    );
    assert_eq!(vote.credit.as_deref(), Some("Newsroom/Lee Park"));
    let files: Vec<(&str, Option<&str>, Option<u32>)> = vote
        .renditions
        .iter()
        .map(|l| {
            let facts = l.rendition.as_ref();
            (
                l.href.as_str(),
                facts.and_then(|r| r.name.as_deref()),
                facts.and_then(|r| r.width),
            )
        })
        .collect();
    assert_eq!(
        files,
        [
            ("https://newsroom.example/img/vote.jpg", None, Some(1600)),
            (
                "https://newsroom.example/img/vote-150.jpg",
                Some("thumbnail"),
                Some(150)
            )
        ]
    );
    // The source's name, and its `url` as the id.
    assert_eq!(
        articles[1].provider,
        Some(Party::named("Met Example").with_id("https://met.example/rss"))
    );
    assert_eq!(
        articles[1].authors[0].id.as_deref(),
        Some("mailto:weather@newsroom.example")
    );
    assert_eq!(articles[2].links.len(), 3, "page, and the two videos");
    assert_eq!(
        articles[2].warnings[0].raw.as_deref(),
        Some("sometime on Wednesday")
    );
}

#[test]
fn a_wordpress_export_with_a_draft_an_attachment_and_a_page() {
    let bytes = fixture("rss/fr-blog-export.xml");
    assert_eq!(detect(&bytes, None).unwrap(), Format::Wxr);
    let articles = read(&bytes, Format::Rss).unwrap();
    assert_eq!(read(&bytes, Format::Wxr).unwrap(), articles);
    assert_eq!(
        articles.len(),
        2,
        "the attachment and the page are not articles"
    );
    let post = &articles[0];
    assert_eq!(post.authors[0].name, "Claire Dupont");
    assert_eq!(post.keywords, ["Commerce & artisanat"]);
    assert_eq!(
        rfc3339(post.modified).as_deref(),
        Some("2024-06-02T09:00:00Z")
    );
    let text = Block::text_of(&post.body);
    assert!(text.starts_with("Après deux ans"), "{text}");
    assert!(text.contains("travaux [sic]."), "{text}");
    assert!(!text.contains("contact-form"), "{text}");
    // The `[caption]` around the picture is a figure in its place, its text the caption.
    let mut market = newswire::model::Figure::new(
        "https://journal.example/wp-content/uploads/2024/06/marche.jpg",
    );
    market.caption = vec![Inline::text("Le marché rénové")];
    assert!(
        post.body.contains(&Block::Figure(Box::new(market))),
        "{:?}",
        post.body
    );
    // The featured picture: the attachment, its title and caption its own.
    let [featured] = post.associations.as_slice() else {
        panic!("{:?}", post.associations);
    };
    assert_eq!(
        (
            featured.role.as_deref(),
            featured.headline.as_deref(),
            featured.caption.as_deref()
        ),
        (
            Some("featuremedia"),
            Some("marche"),
            Some("Le marché rénové")
        )
    );
    assert_eq!(
        featured.as_link().map(|l| l.href).as_deref(),
        Some("https://journal.example/wp-content/uploads/2024/06/marche.jpg")
    );
    let draft = &articles[1];
    assert_eq!(draft.pub_status, PubStatus::Withheld);
    assert_eq!(draft.published, None, "a draft was never published");
    assert!(draft.warnings.is_empty(), "{:?}", draft.warnings);
}

/// Reads `path` as the command line would (detection, then the reader): the number of
/// articles, or the error.
fn read_path(path: &Path) -> Result<Vec<Article>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::UnknownFormat(e.to_string()))?;
    let format = detect(&bytes, Some(path))?;
    read(&bytes, format)
}

/// The files below `dir`, recursing, sorted; `dir` must exist.
fn files_below(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files_below(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_shared_ninjs_and_wxr_file_reads_or_is_refused_clearly() {
    let shared = support::shared();
    let mut files = Vec::new();
    files_below(&shared.join("specs/examples/ninjs"), &mut files);
    files_below(&shared.join("corpus/ninjs"), &mut files);
    files_below(&shared.join("corpus/wxr"), &mut files);
    files.retain(|f| {
        f.extension()
            .is_some_and(|e| e == "json" || e == "xml" || e == "html")
    });
    // NewsML 1.2 sources of the examples are another format's business.
    files.retain(|f| !f.to_string_lossy().contains("/repo-examples/NewsML/"));
    let (mut read_ok, mut refused) = (0, Vec::new());
    for file in &files {
        match read_path(file) {
            Ok(articles) => {
                assert!(!articles.is_empty(), "{}", file.display());
                read_ok += 1;
            }
            Err(error) => refused.push((file.clone(), error.to_string())),
        }
    }
    eprintln!(
        "ninjs and WXR files: {read_ok} read, {} refused",
        refused.len()
    );
    for (file, message) in &refused {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let expected = message.contains("event item")
            || message.contains("planning item")
            || (name.contains("schema")
                && (message.contains("$id") || message.contains("$schema")))
            || (name.ends_with(".html") && message.contains("cannot tell the format"));
        assert!(expected, "{}: {message}", file.display());
    }
    assert!(read_ok >= 70, "only {read_ok} read");
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn the_wxr_corpus() {
    let shared = support::shared();
    let thumb = read_path(&shared.join("corpus/wxr/wordpress__wordpress_wxr_thumb.xml")).unwrap();
    assert_eq!(thumb.len(), 1, "the attachment is not an article");
    assert_eq!(thumb[0].headline.as_deref(), Some("test post"));
    assert!(
        thumb[0]
            .associations
            .iter()
            .filter_map(|a| a.as_link())
            .any(|l| l.href == "https://toto.invalid/attachment.jpg"
                && l.media_type.as_deref() == Some("image/jpeg")),
        "{:?}",
        thumb[0].associations
    );
    let funke = read_path(&shared.join("corpus/wxr/funke__wordpress_wxr_funke.xml")).unwrap();
    let text = Block::text_of(&funke[0].body);
    assert!(text.starts_with("Mysterium Secrets & Lies von"), "{text}");
    assert!(!text.contains("[contact_form]") && !text.contains("[dropcap]"));
    assert!(matches!(&funke[0].body[2], Block::Heading { level: 2, .. }));
    assert_eq!(funke[0].language.as_deref(), Some("de-DE"));
}

/// The inputs of the shared conformance run, and the ninjs examples.
fn shared_inputs(shared: &Path) -> Vec<PathBuf> {
    let skip = |p: &PathBuf| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        name.starts_with('.')
            || name.ends_with(".expected.json")
            || ["README.md", "MANIFEST.tsv", "EXPECTATIONS.md", "INDEX.tsv"]
                .contains(&name.as_str())
    };
    let mut files = Vec::new();
    files_below(&shared.join("seed"), &mut files);
    let mut textwire = Vec::new();
    files_below(&shared.join("textwire"), &mut textwire);
    files.extend(
        textwire
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt")),
    );
    for format in [
        "anpa1312",
        "iptc7901",
        "nitf",
        "newsml12",
        "newsmlg2",
        "ninjs",
        "atom",
        "plaintext",
        "wxr",
        "zczc",
        "rfc822",
    ] {
        files_below(&shared.join("corpus").join(format), &mut files);
    }
    files_below(&shared.join("specs/examples/ninjs"), &mut files);
    files.retain(|p| !skip(p));
    files
}

#[test]
#[cfg_attr(
    newswire_no_validators,
    ignore = "needs the validators (../shared/tools/setup-validators)"
)]
fn ninjs_output_of_every_shared_input_validates_in_3_x_and_2_x() {
    let validator = support::validator();
    let shared = support::shared();
    let dir = tempfile::tempdir().unwrap();
    let mut written: Vec<(NinjsVersion, PathBuf)> = Vec::new();
    let inputs = shared_inputs(&shared);
    let mut refused = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let articles = match read_path(input) {
            Ok(articles) => articles,
            Err(e) => {
                refused.push(format!("{}: {e}", input.display()));
                continue;
            }
        };
        for (j, article) in articles.iter().enumerate() {
            for version in NinjsVersion::ALL {
                let mut options = WriteOptions::default();
                options.ninjs_version = version;
                let bytes = write_with(std::slice::from_ref(article), Format::Ninjs, &options)
                    .unwrap_or_else(|e| panic!("{}: {e}", input.display()));
                let path = dir.path().join(format!("{i}-{j}-{version}.json"));
                std::fs::write(&path, bytes).unwrap();
                written.push((version, path));
            }
        }
    }
    eprintln!(
        "{} inputs, {} refused: {refused:#?}",
        inputs.len(),
        refused.len()
    );
    // What is refused is no news document: HTML, event items, a JSON schema.
    assert!(refused.len() <= 14, "{refused:#?}");
    for refusal in &refused {
        assert!(
            [
                "cannot tell the format",
                "event item",
                // A JSON schema: its first key (`$schema`, `$id`) is none of an article's.
                "unknown field `$"
            ]
            .iter()
            .any(|why| refusal.contains(why)),
            "{refusal}"
        );
    }
    assert!(written.len() > 5 * 150, "only {} documents", written.len());
    for version in NinjsVersion::ALL {
        let files: Vec<&PathBuf> = written
            .iter()
            .filter(|(v, _)| *v == version)
            .map(|(_, p)| p)
            .collect();
        let output = Command::new(&validator)
            .arg(format!("ninjs-{version}"))
            .args(&files)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "ninjs {version}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        eprintln!("ninjs {version}: {} documents valid", files.len());
    }
}

fn newswire() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newswire"))
}

#[test]
fn the_command_line_writes_the_ninjs_version_asked_for() {
    let input = support::root().join("fixtures/ninjs/it-agenzia-3.1.json");
    let output = newswire()
        .args([
            "convert",
            "--quiet",
            "--to",
            "ninjs",
            "--ninjs-version",
            "2.1",
        ])
        .arg(&input)
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["standard"]["version"], "2.1");
    assert!(json.get("versioncreated").is_some() && json.get("versionCreated").is_none());

    let default = newswire()
        .args(["convert", "--quiet", "--to", "ninjs"])
        .arg(&input)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&default.stdout).unwrap();
    assert_eq!(json["standard"]["version"], "3.1");

    let bad = newswire()
        .args(["convert", "--to", "ninjs", "--ninjs-version", "1.6"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("3.1, 3.0, 2.2, 2.1 and 2.0"));

    // A feed of three items is three ninjs documents: one file each with -o, an error on
    // standard output (where they cannot be one document).
    let feed = support::root().join("fixtures/rss/en-newsroom-feed.rss");
    let dir = tempfile::tempdir().unwrap();
    let files = newswire()
        .args(["convert", "--quiet", "--to", "ninjs", "-o"])
        .arg(dir.path())
        .arg(&feed)
        .output()
        .unwrap();
    assert!(
        files.status.success(),
        "{}",
        String::from_utf8_lossy(&files.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "en-newsroom-feed.rss-1.json",
            "en-newsroom-feed.rss-2.json",
            "en-newsroom-feed.rss-3.json"
        ]
    );
    let stdout = newswire()
        .args(["convert", "--quiet", "--to", "ninjs"])
        .arg(&feed)
        .output()
        .unwrap();
    assert_eq!(stdout.status.code(), Some(1));
    assert!(stdout.stdout.is_empty());
    assert!(String::from_utf8_lossy(&stdout.stderr).contains("one article, not 3"));
}

/// The misses of `EXPECTATIONS.md` for the ninjs and WXR corpus, each with its reason (the
/// policy is `support::expectations`'): set aside where the value is not the file's own, counted
/// where it is.
const KNOWN: &[Known] = &[
    (
        TheirBug(
            "Superdesk's test asserts a URN that this copy of the file does not hold; its uri \
             (read as written) is the http form",
        ),
        &[(
            "ninjs/iptc-example__ninjsExSimpleText1.json",
            "guid",
            "urn:ninjs.example.com:newsitems:20130709simp123",
        )],
    ),
    (
        Vocabulary("the BBC parser maps `category:planning-permission` through a vocabulary"),
        &[(
            "ninjs/bbc-ldrs__bbc-ninjs-text-test.json",
            "subject[0].qcode",
            "11016007",
        )],
    ),
    (
        Divergence(
            "Superdesk ingests an association as an item of its own; newswire reads one news \
             object as one article and its associations as links (a picture link here)",
        ),
        &[(
            "ninjs/bbc-ldrs__bbc-ninjs-comp-test.json",
            "items[1].type",
            "picture",
        )],
    ),
    (
        Divergence("the association is a link, its headline the link's title"),
        &[(
            "ninjs/bbc-ldrs__bbc-ninjs-comp-test.json",
            "items[1].headline",
            "logo-footer.png",
        )],
    ),
    (
        Divergence("the association is a link, and a link keeps no description"),
        &[(
            "ninjs/bbc-ldrs__bbc-ninjs-comp-test.json",
            "items[1].description_text",
            "abc",
        )],
    ),
    (
        Divergence(
            "the picture at the end of the body is a figure (issue #18), and the scorer reads \
             every string of the body's blocks as its text: the figure's alternative text, its \
             caption and then its credit (the photographer), where the sanitised HTML has the \
             credit then the caption and no alternative text (an `img` attribute)",
        ),
        &[(
            "ninjs/tt__ntbttninjs.json",
            "body_html",
            "<h1>Krisen allt djupare – Mellberg sämst någonsin</h1><p cl…",
        )],
    ),
    (
        Vocabulary("Superdesk builds a package of its own from text and picture"),
        &[(
            "ninjs/bbc-ldrs__bbc-ninjs-comp-test.json",
            "items[2].type",
            "composite",
        )],
    ),
];

/// Below the issues' 95% for ninjs: the one composite file's association (three of the
/// seventeen checks left) is a link, not an article, and TT's body ends in a figure whose
/// alternative text the scorer reads as body text (one more; see `KNOWN`): 13 of 17.
const NINJS_FLOOR: f64 = 76.0;

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn expectations_of_the_ninjs_and_wxr_files() {
    expectations::assert_scores(
        env!("CARGO_BIN_EXE_newswire"),
        &[("ninjs", NINJS_FLOOR), ("wxr", expectations::ISSUE_FLOOR)],
        KNOWN,
    );
}

/// The generation a document declares decides how its names must be spelled (1.x and 2.x in
/// lower case, 3.x in camelCase), and each name spelled otherwise is read with a warning; an
/// array holding an object that is no news object is refused. (Survivors of the ninjs reader's
/// mutation run: `Generation::of`, `camel`, `collection`.)
#[test]
fn names_are_spelled_as_the_declared_generation_says() {
    let warned = |json: &str| -> Vec<String> {
        read(json.as_bytes(), Format::Ninjs)
            .unwrap()
            .remove(0)
            .warnings
            .iter()
            .filter(|w| w.message.contains("spells"))
            .map(|w| w.message.clone())
            .collect()
    };
    assert_eq!(
        warned(
            r#"{"standard": {"version": "1.5"}, "uri": "urn:x:1", "headline": "H",
                "versionCreated": "2024-01-15T14:05:00Z"}"#
        ),
        ["ninjs 1.x and 2.x spells `versionCreated` as `versioncreated`; read anyway"]
    );
    assert_eq!(
        warned(
            r#"{"standard": {"version": "3.0"}, "uri": "urn:x:2", "headlines": [{"value": "H"}],
                "versioncreated": "2024-01-15T14:05:00Z", "contentcreated": "2024-01-15T11:00:00Z",
                "embargoeduntil": "2024-01-16T00:00:00Z"}"#
        ),
        [
            "ninjs 3.x spells `versioncreated` as `versionCreated`; read anyway",
            "ninjs 3.x spells `contentcreated` as `contentCreated`; read anyway",
            "ninjs 3.x spells `embargoeduntil` as `embargoedUntil`; read anyway",
        ]
    );
    assert_eq!(
        warned(
            r#"{"standard": {"version": "3.1"}, "uri": "urn:x:3", "firstcreated": "2024-01-15T12:00:00Z"}"#
        ),
        ["ninjs 3.x spells `firstcreated` as `firstCreated`; read anyway"]
    );
    // Undeclared: a 3.x name (contentCreated) shows the generation.
    assert_eq!(
        warned(
            r#"{"uri": "urn:x:4", "contentCreated": "2024-01-15T11:00:00Z", "versioncreated": "2024-01-15T14:05:00Z"}"#
        ),
        ["ninjs 3.x spells `versioncreated` as `versionCreated`; read anyway"]
    );
    // contentCreated is the creation time when there is no firstCreated.
    let created = |json: &str| {
        read(json.as_bytes(), Format::Ninjs)
            .unwrap()
            .remove(0)
            .created
            .map(|t| t.to_rfc3339())
    };
    assert_eq!(
        created(r#"{"uri": "urn:x:5", "contentCreated": "2024-01-15T11:00:00Z"}"#).as_deref(),
        Some("2024-01-15T11:00:00Z")
    );
    assert_eq!(
        created(
            r#"{"uri": "urn:x:6", "firstCreated": "2024-01-15T12:00:00Z", "contentCreated": "2024-01-15T11:00:00Z"}"#
        )
        .as_deref(),
        Some("2024-01-15T12:00:00Z")
    );
    let refused = read(
        br#"[{"uri": "urn:x:7", "headline": "H"}, {"colour": "blue"}]"#,
        Format::Ninjs,
    )
    .unwrap_err()
    .to_string();
    assert!(refused.contains("not a ninjs news object"), "{refused}");
}

/// Every 3.x name spelled in camelCase shows an undeclared document's generation: beside it, the
/// 1.x/2.x spelling `versioncreated` is read with a warning. The names are the ninjs 3.x
/// schema's, written out here (but `eventDetails` and `plannedCoverage`, which make an event or
/// planning item, refused whatever its generation).
#[test]
fn each_camel_case_name_shows_the_3_x_generation() {
    let camel = [
        "firstCreated",
        "contentCreated",
        "embargoedUntil",
        "pubStatus",
        "edNote",
        "copyrightHolder",
        "copyrightNotice",
        "usageTerms",
        "infoSources",
        "altIds",
        "representationType",
        "trustIndicators",
        "rightsInfo",
        "digitalSourceType",
        "contentType",
        "sizeInBytes",
    ];
    for name in camel {
        let json = format!(
            r#"{{"uri": "urn:x:1", "{name}": "usable", "versioncreated": "2024-01-15T14:05:00Z"}}"#
        );
        let a = read(json.as_bytes(), Format::Ninjs).unwrap().remove(0);
        assert!(
            a.warnings.iter().any(|w| w.message
                == "ninjs 3.x spells `versioncreated` as `versionCreated`; read anyway"),
            "{name}: {:?}",
            a.warnings
        );
    }
    let a = read(
        br#"{"uri": "urn:x:2", "versionCreated": "2024-01-15T14:05:00Z", "firstcreated": "2024-01-15T12:00:00Z"}"#,
        Format::Ninjs,
    )
    .unwrap()
    .remove(0);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message == "ninjs 3.x spells `firstcreated` as `firstCreated`; read anyway"),
        "{:?}",
        a.warnings
    );
}

/// A 1.x key's suffix is a role and a format when its last word is a format
/// (`headline_sub_text`: role `sub`, plain text), else a role alone (`headline_sub_title`: role
/// `sub_title`, no sub-headline role: another headline with that role). (Survivors of the ninjs reader's
/// mutation run: the format guard in `Texts::gather`.)
#[test]
fn a_1_x_suffix_is_a_role_and_a_format_only_when_it_ends_in_a_format() {
    let read = |json: &str| read(json.as_bytes(), Format::Ninjs).unwrap().remove(0);
    let a = read(r#"{"uri": "urn:x:1", "headline": "Main", "headline_sub_text": "Sub"}"#);
    assert_eq!(a.headline.as_deref(), Some("Main"));
    assert_eq!(a.subheadline.as_deref(), Some("Sub"));
    let b = read(r#"{"uri": "urn:x:2", "headline": "Main", "headline_sub_title": "Other"}"#);
    assert_eq!(b.subheadline, None);
    assert_eq!(b.headlines, [RoledText::with_role("Other", "sub_title")]);
}

/// Headlines by role: the first main one is the headline (over any other role before it), the
/// first sub one the sub-headline; without a main one, the first other with text. Descriptions
/// in HTML are read as text. An association's link is its largest rendition by area (width
/// times height), else its first (`Association::as_link`). (Survivors of the ninjs reader's mutation run: the guards of
/// `headlines`, `markup`'s HTML test and `best_rendition`'s area.)
#[test]
fn headline_roles_html_descriptions_and_the_largest_rendition() {
    let read = |json: &str| read(json.as_bytes(), Format::Ninjs).unwrap().remove(0);
    let a = read(
        r#"{"uri": "urn:x:1", "headlines": [
            {"role": "web", "value": "Web"}, {"role": "main", "value": "First"},
            {"role": "main", "value": "Second"}, {"role": "sub", "value": "Sub one"},
            {"role": "sub", "value": "Sub two"}],
           "descriptions": [{"role": "summary", "contentType": "text/html",
                             "value": "<p>Rates <b>held</b></p>"}]}"#,
    );
    assert_eq!(a.headline.as_deref(), Some("First"));
    assert_eq!(a.subheadline.as_deref(), Some("Sub one"));
    assert_eq!(a.description.as_deref(), Some("Rates held"));
    let b = read(
        r#"{"uri": "urn:x:2", "headlines": [{"role": "web", "value": "  "},
            {"role": "short", "value": "Short"}]}"#,
    );
    assert_eq!(b.headline.as_deref(), Some("Short"));
    let link = |json: &str| -> Vec<String> {
        read(json)
            .associations
            .iter()
            .filter_map(Association::as_link)
            .map(|l| l.href)
            .collect()
    };
    // 100 x 100 is larger than 300 x 10, though its sides add up to less.
    let sized = link(
        r#"{"uri": "urn:x:3", "headline": "H", "associations": [{"name": "pic", "uri": "urn:p:1",
            "type": "picture", "renditions": [
              {"name": "strip", "href": "https://example.com/strip.jpg", "width": 300, "height": 10},
              {"name": "square", "href": "https://example.com/square.jpg", "width": 100, "height": 100},
              {"name": "none", "href": "https://example.com/none.jpg"}]}]}"#,
    );
    assert!(
        sized.contains(&"https://example.com/square.jpg".to_string())
            && !sized.contains(&"https://example.com/strip.jpg".to_string()),
        "{sized:?}"
    );
    // No sizes: the first.
    let no_sizes = link(
        r#"{"uri": "urn:x:4", "headline": "H", "associations": [{"name": "pic", "uri": "urn:p:2",
            "type": "picture", "renditions": [
              {"name": "a", "href": "https://example.com/a.jpg"},
              {"name": "b", "href": "https://example.com/b.jpg"}]}]}"#,
    );
    assert!(
        no_sizes.contains(&"https://example.com/a.jpg".to_string())
            && !no_sizes.contains(&"https://example.com/b.jpg".to_string()),
        "{no_sizes:?}"
    );
}

/// Credit lines and captions among descriptions: the first credit line is the credit, a caption
/// stands in for a missing summary. A NITF document as a body (with or without an XML
/// declaration) gives its `body.content`, and what the XML parser repaired in a body is a
/// warning on the body. (Survivors of the ninjs reader's mutation run: `descriptions`,
/// `xml_body`, `notes`.)
#[test]
fn credits_captions_nitf_bodies_and_body_repairs() {
    let read = |json: &str| read(json.as_bytes(), Format::Ninjs).unwrap().remove(0);
    let a = read(
        r#"{"uri": "urn:x:1", "headline": "H", "descriptions": [
            {"role": "creditline", "value": "AP"}, {"role": "credit", "value": "Reuters"},
            {"role": "caption", "value": "A ferry in the harbour."}]}"#,
    );
    assert_eq!(a.credit.as_deref(), Some("AP"));
    assert_eq!(a.description.as_deref(), Some("A ferry in the harbour."));
    let nitf = |declaration: &str| {
        let value = format!(
            "{declaration}<nitf><head><title>Title</title></head><body><body.head><hedline><hl1>Hed</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>"
        );
        let json = serde_json::json!({
            "uri": "urn:x:2", "headline": "H",
            "bodies": [{"contentType": "application/nitf+xml", "value": value}]
        });
        read(&json.to_string()).body
    };
    assert_eq!(
        nitf(r#"<?xml version="1.0" encoding="UTF-8"?>"#),
        [Block::paragraph("Text.")]
    );
    assert_eq!(nitf(""), [Block::paragraph("Text.")]);
    let repaired = read(
        r#"{"uri": "urn:x:3", "headline": "H",
            "bodies": [{"contentType": "application/xhtml+xml", "value": "<p>Caf&eacutx; open.</p>"}]}"#,
    );
    assert!(
        repaired
            .warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("body") && w.message.contains("unknown entity")),
        "{:?}",
        repaired.warnings
    );
}

/// A plain-text body spends two inlines a line of each paragraph (its text and a break) from
/// the read's budget: two paragraphs of three lines cost twelve. (Survivors of the ninjs
/// reader's mutation run: `text_blocks`' cost.)
#[test]
fn a_plain_text_body_costs_two_inlines_a_line() {
    let json = br#"{"uri": "urn:x:1", "headline": "H",
        "bodies": [{"contentType": "text/plain", "value": "a\nb\nc\n\nd\ne\nf"}]}"#;
    let read = |inlines: usize| {
        let mut options = newswire::formats::ReadOptions::default();
        options.limits.inlines = inlines;
        newswire::formats::read_with(json, Format::Ninjs, &options)
    };
    assert_eq!(read(12).unwrap()[0].body.len(), 2);
    assert!(
        matches!(
            read(10),
            Err(Error::LimitExceeded {
                limit: newswire::formats::Limit::Inlines,
                ..
            })
        ),
        "{:?}",
        read(10)
    );
}

/// Pictures in real bodies are figures in their place (issue #18): a heise Atom entry's teaser
/// picture inside its link, a UOL RSS description's leading `img`, a WordPress export's
/// `[caption]` shortcode and block-editor `figure`, Business Wire's NITF `media`. The values
/// are read off the files by hand.
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn pictures_in_real_bodies_are_figures_in_place() {
    let corpus = support::shared().join("corpus");
    let figure = |block: Option<&Block>| match block {
        Some(Block::Figure(figure)) => {
            let caption = Inline::plain_text(&figure.caption);
            (
                figure.href.clone(),
                figure.media_type.clone(),
                figure.alt.clone(),
                caption,
            )
        }
        other => panic!("not a figure: {other:?}"),
    };
    let owned = |s: &str| Some(s.to_string());

    let heise = read_path(&corpus.join("atom/fresh__rbren__rss-parser__heise.atom")).unwrap();
    assert_eq!(
        heise[0].headline.as_deref(),
        Some("Java-Anwendungsserver: Red Hat gibt WildFly 10 frei")
    );
    assert_eq!(
        figure(heise[0].body.first()),
        (
            "http://www.heise.de/scale/geometry/264/q80/imgs/18/1/7/3/9/9/2/1/wildfly-2bf4ffd2935e38b6-90200def80b152e9-5ba35d3770232d92.jpeg".to_string(),
            None,
            owned("WildFly 10"),
            String::new()
        )
    );
    assert!(matches!(
        heise[0].body.get(1),
        Some(Block::Paragraph { .. })
    ));

    let uol = read_path(&corpus.join("rss/fresh__rbren__rss-parser__uolNoticias.rss")).unwrap();
    assert_eq!(
        figure(uol[0].body.first()),
        (
            "https://conteudo.imguol.com.br/c/noticias/5f/2018/09/17/presidenciaveis-1537211917356_142x100.jpg".to_string(),
            None,
            None,
            String::new()
        )
    );
    let lead = uol[0]
        .body
        .get(1)
        .map(Block::plain_text)
        .unwrap_or_default();
    assert!(lead.starts_with("Líder na pesquisa Ibope"), "{lead}");

    let wordpress = read_path(
        &corpus.join("wxr/fresh__WordPress__wordpress-importer__theme-unit-test-data.xml"),
    )
    .unwrap();
    let post = |title: &str| {
        wordpress
            .iter()
            .find(|a| a.headline.as_deref() == Some(title))
            .unwrap_or_else(|| panic!("no post {title}"))
    };
    assert_eq!(
        figure(post("Post Format: Image (Caption)").body.first()),
        (
            "https://wpthemetestdata.files.wordpress.com/2008/06/100_5478.jpg?w=604".to_string(),
            None,
            owned("Bell on Wharf"),
            "Bell on wharf in San Francisco".to_string()
        )
    );
    let gallery: Vec<_> = post("WP 6.1 Media category blocks")
        .body
        .iter()
        .filter(|b| matches!(b, Block::Figure(_)))
        .map(|b| figure(Some(b)))
        .collect();
    assert!(
        gallery.contains(&(
            "https://wpthemetestdata.files.wordpress.com/2008/06/img_0767.jpg".to_string(),
            None,
            owned("Huatulco Coastline"),
            "Coastline in Huatulco, Oaxaca, Mexico".to_string()
        )),
        "{gallery:?}"
    );
    assert!(
        wordpress
            .iter()
            .all(|a| a.headline.as_deref() != Some("Menu")),
        "the export is read as WordPress's (https namespaces): only posts are articles"
    );

    let business_wire =
        read_path(&corpus.join("nitf/fresh__guardian__newswires__fixture.1.nitf.xml")).unwrap();
    let figures: Vec<_> = business_wire[0]
        .body
        .iter()
        .filter(|b| matches!(b, Block::Figure(_)))
        .map(|b| figure(Some(b)))
        .collect();
    assert_eq!(
        figures.first(),
        Some(&(
            "https://mms.businesswire.com/media/20241205994409/en/2323588/4/02_Hatchimals_Alive_Mystery_Hatch_Toy.jpg".to_string(),
            owned("image/jpeg"),
            None,
            String::new()
        ))
    );
    assert_eq!(figures.len(), 2);
    assert!(
        business_wire[0]
            .links
            .iter()
            .all(|l| l.rel.as_deref() != Some("enclosure"))
    );
}

#[test]
fn places_people_organisations_events_and_objects_are_subjects_of_their_kind() {
    let kinds = |json: &str| -> Vec<(Option<String>, Option<EntityKind>)> {
        let article = read(json.as_bytes(), Format::Ninjs)
            .unwrap_or_else(|e| panic!("{e}\n{json}"))
            .remove(0);
        article
            .subjects
            .into_iter()
            .map(|s| (s.name, s.kind))
            .collect()
    };
    let named = |name: &str, kind| (Some(name.to_string()), kind);
    // 3.x: each array of its kind, after the subjects, whatever order the document gives.
    let three = r#"{"uri":"u","headline":"H","objects":[{"name":"A380"}],"events":[{"name":"Expo"}],
        "people":[{"name":"Ann Lee"}],"organisations":[{"name":"ACME"}],
        "places":[{"name":"Berlin","geoJSON":{"type":"Point","coordinates":[13.4,52.5]}}],
        "subjects":[{"name":"Economy"}]}"#;
    assert_eq!(
        kinds(three),
        [
            named("Economy", None),
            named("Berlin", Some(EntityKind::Place)),
            named("Ann Lee", Some(EntityKind::Person)),
            named("ACME", Some(EntityKind::Organisation)),
            named("Expo", Some(EntityKind::Event)),
            named("A380", Some(EntityKind::Object)),
        ]
    );
    // 1.x: the singular names, and the American spelling.
    let one = r#"{"uri":"u","headline":"H","person":[{"name":"Ann Lee"}],"place":[{"name":"Oslo"}],
        "organizations":[{"name":"NTB"}],"event":[{"name":"Expo"}],"object":[{"name":"Ship"}]}"#;
    assert_eq!(
        kinds(one),
        [
            named("Oslo", Some(EntityKind::Place)),
            named("Ann Lee", Some(EntityKind::Person)),
            named("NTB", Some(EntityKind::Organisation)),
            named("Expo", Some(EntityKind::Event)),
            named("Ship", Some(EntityKind::Object)),
        ]
    );
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn the_iptc_ninjs_data_set_has_places_and_organisations_as_such() {
    let shared = support::shared();
    let items = read_path(&shared.join("corpus/ninjs/fresh__iptc__newsinjson__data.json")).unwrap();
    // AP's first item: Turkey is a place, the Islamic State group an organisation (the file's
    // `places` and `organisations`).
    let first = &items[0];
    let find = |name: &str| {
        first
            .subjects
            .iter()
            .find(|s| s.name.as_deref() == Some(name))
    };
    assert_eq!(find("Turkey").and_then(|s| s.kind), Some(EntityKind::Place));
    // Its GeoJSON point, longitude first: Turkey at 39° N, 35° E.
    assert_eq!(
        find("Turkey")
            .and_then(|s| s.geo)
            .map(|g| (g.latitude(), g.longitude())),
        Some((39.0, 35.0))
    );
    assert_eq!(
        find("Europe")
            .and_then(|s| s.geo)
            .map(|g| (g.latitude(), g.longitude())),
        Some((48.69096, 9.14062))
    );
    assert_eq!(
        find("Islamic State group").and_then(|s| s.kind),
        Some(EntityKind::Organisation)
    );
    // PA's picture lists its copyright holder among its `objects`.
    let object = items
        .iter()
        .flat_map(|a| &a.subjects)
        .find(|s| s.name.as_deref() == Some("SIPA USA"));
    assert_eq!(object.and_then(|s| s.kind), Some(EntityKind::Object));
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn ninjs_rel_says_how_an_item_relates_to_each_term() {
    let shared = support::shared();
    // IPTC's 1.x example: the story is about the captain and mentions the places and the line.
    let medium = read_path(&shared.join("corpus/ninjs/iptc-example__ninjsExMediumText1.json"))
        .unwrap()
        .remove(0);
    let roles: Vec<_> = medium
        .subjects
        .iter()
        .filter(|s| s.kind.is_some())
        .map(|s| (s.name.as_deref(), s.role.as_deref()))
        .collect();
    assert_eq!(
        roles,
        [
            (Some("Grossetto"), Some("mentions")),
            (Some("Tuscany"), Some("mentions")),
            (Some("Italy"), Some("mentions")),
            (Some("Francesco Schettino"), Some("about")),
            (Some("Costa Crociere SpA"), Some("mentions")),
        ]
    );
    // As JSON-LD: schema.org's `mentions` holds the four the story mentions.
    let json: serde_json::Value =
        serde_json::from_slice(&write(std::slice::from_ref(&medium), Format::JsonLd).unwrap())
            .unwrap();
    let names = |key: &str| -> Vec<String> {
        json[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t["name"].as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(
        names("mentions"),
        ["Grossetto", "Tuscany", "Italy", "Costa Crociere SpA"]
    );
    assert!(names("about").contains(&"Francesco Schettino".to_string()));
    // The data set: PA's picture mentions Rome and names its objects' relations in its own
    // words, TT's subjects classify, Business Wire's story is about its subjects; AP says none.
    let items = read_path(&shared.join("corpus/ninjs/fresh__iptc__newsinjson__data.json")).unwrap();
    let role_of = |name: &str| {
        items
            .iter()
            .flat_map(|a| &a.subjects)
            .find(|s| s.name.as_deref() == Some(name))
            .map(|s| s.role.as_deref())
    };
    assert_eq!(role_of("Rome"), Some(Some("mentions")));
    assert_eq!(role_of("SIPA USA"), Some(Some("classifiedAs")));
    assert_eq!(role_of("Brott, lag och rätt"), Some(Some("classifies")));
    assert_eq!(role_of("Nanotechnology"), Some(Some("about")));
    assert_eq!(role_of("Islamic State group"), Some(None));
    // BBC's terms carry a guid and a language the model has no place for: named, not dropped
    // silently.
    let bbc = read_path(&shared.join("corpus/ninjs/bbc-ldrs__bbc-ninjs-text-test.json")).unwrap();
    assert!(
        bbc.iter()
            .flat_map(|a| &a.warnings)
            .any(|w| w.field.as_deref() == Some("subjects")
                && w.raw.as_deref() == Some("guid, lang")),
        "{:?}",
        bbc[0].warnings
    );
}

#[test]
fn item_types_numbers_as_text_and_1_x_terms_without_a_code() {
    let one = |json: &str| {
        read(json.as_bytes(), Format::Ninjs)
            .unwrap_or_else(|e| panic!("{e}\n{json}"))
            .remove(0)
    };
    for (kind, expected) in [
        ("graphic", ItemKind::Graphic),
        ("video", ItemKind::Video),
        ("audio", ItemKind::Audio),
        ("Photo", ItemKind::Picture),
    ] {
        let json = format!(r#"{{"uri":"u","headline":"H","type":"{kind}"}}"#);
        assert_eq!(one(&json).kind, expected, "{kind}");
    }
    // A number where text belongs is read as its digits: the warning keeps them.
    let numbered = one(r#"{"uri":"u","headline":"H","type":5,"pubstatus":7}"#);
    let raw = |field: &str| {
        numbered
            .warnings
            .iter()
            .find(|w| w.field.as_deref() == Some(field))
            .and_then(|w| w.raw.clone())
    };
    assert_eq!(raw("kind").as_deref(), Some("5"));
    assert_eq!(raw("pub_status").as_deref(), Some("7"));
    // 1.x terms: a scheme and a name without a code keep both; an IPTC scheme URI split where
    // the code begins still names the scheme by its alias.
    let terms = one(r#"{"uri":"u","headline":"H","subject":[
        {"scheme":"http://example.com/cv/","name":"Weather"},
        {"scheme":"http:","code":"//cv.iptc.org/newscodes/mediatopic/04000000"}]}"#);
    assert_eq!(
        terms.subjects,
        [
            Concept::named("Weather").with_scheme("http://example.com/cv/"),
            Concept::coded("medtop", "04000000"),
        ]
    );
}

/// A subject's name and point (latitude, longitude).
type NamedPoint = (Option<String>, Option<(f64, f64)>);

/// Each subject's name and point, and the warnings.
fn points(json: &str) -> (Vec<NamedPoint>, Vec<Warning>) {
    let article = read(json.as_bytes(), Format::Ninjs)
        .unwrap_or_else(|e| panic!("{e}\n{json}"))
        .remove(0);
    let points = article
        .subjects
        .into_iter()
        .map(|s| (s.name, s.geo.map(|g| (g.latitude(), g.longitude()))))
        .collect();
    (points, article.warnings)
}

#[test]
fn a_place_s_geojson_point_is_its_position_longitude_first() {
    let named = |name: &str, point| (Some(name.to_string()), point);
    // 3.x `geoJSON`, a point with an altitude, a Feature holding a point; 2.x `geojson`.
    let (three, warnings) = points(
        r#"{"uri":"u","headline":"H","places":[
        {"name":"Berlin","geoJSON":{"type":"Point","coordinates":[13.41053,52.52437]}},
        {"name":"Zugspitze","geoJSON":{"type":"Point","coordinates":[10.98,47.42,2962]}},
        {"name":"Oslo","geoJSON":{"type":"Feature","geometry":{"type":"Point","coordinates":[10.75,59.91]},"properties":{}}},
        {"name":"Bavaria","geoJSON":{"type":"Polygon","coordinates":[[[10,47],[13,47],[13,50],[10,47]]]}},
        {"name":"Nowhere","geoJSON":{"type":"Point","coordinates":[200,10]}},
        {"name":"Lima","geojson":{"type":"Point","coordinates":["-77.04",-12.05]}}]}"#,
    );
    assert_eq!(
        three,
        [
            named("Berlin", Some((52.52437, 13.41053))),
            named("Zugspitze", Some((47.42, 10.98))),
            named("Oslo", Some((59.91, 10.75))),
            named("Bavaria", None),
            named("Nowhere", None),
            // Coordinates are numbers: text is no position.
            named("Lima", None),
        ]
    );
    // A polygon, a point off the earth and text coordinates are reported with their GeoJSON.
    let reported: Vec<_> = warnings
        .iter()
        .filter(|w| w.field.as_deref() == Some("subject coordinates"))
        .map(|w| w.raw.clone().unwrap_or_default())
        .collect();
    assert_eq!(reported.len(), 3, "{warnings:?}");
    assert!(reported[0].contains("Polygon"), "{reported:?}");
    assert!(reported[1].contains("200"), "{reported:?}");
    // 1.x (TT): `geometry_geojson` on a place.
    let (one, _) = points(
        r#"{"uri":"u","headline":"H","place":[{"scheme":"http://tt.se/spec/place/1.0","name":"Sverige",
        "geometry_geojson":{"coordinates":[18.643501,60.128161],"type":"Point"}}]}"#,
    );
    assert_eq!(one, [named("Sverige", Some((60.128161, 18.643501)))]);
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn tt_places_have_their_geojson_points_in_1_x_and_2_x() {
    let shared = support::shared();
    let point = |path: &str, name: &str| {
        read_path(&shared.join(path)).unwrap()[0]
            .subjects
            .iter()
            .find(|s| s.name.as_deref() == Some(name))
            .and_then(|s| s.geo)
            .map(|g| (g.latitude(), g.longitude()))
    };
    // TTNINJS 2.1 (IPTC's examples): `geojson`, longitude first.
    let two = "specs/examples/ninjs/repo-examples/2.1/tt_text_image_2.json";
    assert_eq!(point(two, "Gotland"), Some((57.6381, 18.2979)));
    assert_eq!(point(two, "Sverige"), None);
    // TT's 1.x: `geometry_geojson`.
    let one = "corpus/ninjs/tt__ntbttninjs.json";
    assert_eq!(point(one, "Sverige"), Some((60.128161, 18.643501)));
    assert_eq!(
        point(one, "Helsingborg, Sverige"),
        Some((56.046467, 12.694512))
    );
}

/// Descriptions of other roles are the article's descriptions, with their roles (read off the
/// IPTC ninjs data set by hand): Insidefoto's `writer` beside its `text`. (NTB's `accreditation`
/// is on a planning item, which is refused as no news object.)
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn descriptions_of_other_roles_keep_their_roles() {
    let shared = support::shared();
    let items = read_path(&shared.join("corpus/ninjs/fresh__iptc__newsinjson__data.json")).unwrap();
    let starting = |text: &str| {
        items
            .iter()
            .find(|a| {
                a.description
                    .as_deref()
                    .is_some_and(|d| d.starts_with(text))
            })
            .unwrap_or_else(|| panic!("an item described as {text}..."))
    };
    let rome = starting("Demonstration of the workers of congresses");
    assert_eq!(
        rome.descriptions,
        [RoledText::with_role("www.insidefoto.com", "writer")]
    );
    // AP's first item: its credit line is the credit, its caption the description.
    assert_eq!(items[0].credit.as_deref(), Some("ASSOCIATED PRESS"));
    assert!(items[0].descriptions.is_empty());
}

/// A picture's renditions keep their names and sizes, and a video's its duration (read off the
/// IPTC ninjs data set by hand: AP's picture and video, 1.x maps; PA's picture, a 2.x array).
/// AP's audio gives `duration: 7896` for 189,504 bytes of MP3: ninjs says seconds, and seconds
/// it is read as (their value looks like milliseconds).
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn the_iptc_ninjs_data_set_renditions_keep_their_sizes() {
    let shared = support::shared();
    let items = read_path(&shared.join("corpus/ninjs/fresh__iptc__newsinjson__data.json")).unwrap();
    let rendition = |item: &Article, name: &str| {
        item.links.iter().find_map(|l| {
            l.rendition
                .clone()
                .filter(|r| r.name.as_deref() == Some(name))
        })
    };
    let ap_picture = &items[0];
    assert_eq!(ap_picture.kind, ItemKind::Picture);
    assert_eq!(
        rendition(ap_picture, "main"),
        Some(
            Rendition::default()
                .with_name("main")
                .with_width(3000_u32)
                .with_height(2208_u32)
                .with_size(4_764_958_u64)
        )
    );
    let ap_video = items.iter().find(|a| a.kind == ItemKind::Video).unwrap();
    assert_eq!(
        rendition(ap_video, "main"),
        Some(
            Rendition::default()
                .with_name("main")
                .with_width(640_u32)
                .with_height(360_u32)
                .with_size(1_880_522_908_u64)
                .with_duration_ms(128_929_000_u64)
        )
    );
    let supplied = items.iter().find_map(|a| rendition(a, "supplied")).unwrap();
    assert_eq!((supplied.width, supplied.height), (Some(3543), Some(2362)));
}

/// An enclosure's `length` and Media RSS's `fileSize`, `width`, `height` and `duration` (seconds)
/// are a rendition's facts; a length of 0, which feeds write for "unknown", is no size.
#[test]
fn rss_enclosure_and_media_content_facts() {
    let feed = r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>F</title><link>https://x.example/</link><description>D</description>
<item><title>A</title><guid isPermaLink="false">a1</guid>
  <enclosure url="https://x.example/a.mp3" length="189504" type="audio/mpeg"/>
</item>
<item><title>B</title><guid isPermaLink="false">b1</guid>
  <enclosure url="https://x.example/b.mp3" length="0" type="audio/mpeg"/>
  <media:content url="https://x.example/v.mp4" type="video/mp4" width="1280" height="720" fileSize="9437184" duration="64.5"/>
</item></channel></rss>"#;
    let articles = read(feed.as_bytes(), Format::Rss).unwrap();
    let facts: Vec<Vec<Option<Rendition>>> = articles
        .iter()
        .map(|a| a.links.iter().map(|l| l.rendition.clone()).collect())
        .collect();
    assert_eq!(
        facts,
        [
            vec![Some(Rendition::default().with_size(189_504_u64))],
            vec![
                None,
                Some(
                    Rendition::default()
                        .with_width(1280_u32)
                        .with_height(720_u32)
                        .with_size(9_437_184_u64)
                        .with_duration_ms(64_500_u64)
                )
            ],
        ]
    );
}

/// An association's name that is a number only counts the associations (IPTC's data set keys
/// them `"1"`, `"2"`): it is no role, and no format writes it as a relation. Its metadata beyond
/// the model's is named in a warning, never dropped silently.
#[test]
fn a_numbered_association_has_no_role_and_its_other_metadata_is_a_warning() {
    let a = read(
        br#"{"uri": "urn:x:1", "headline": "H", "associations": {
              "1": {"uri": "urn:p:1", "type": "picture", "ednote": "Crop left",
                    "renditions": {"original": {"href": "https://example.com/p.jpg"}}},
              "featureimage": {"uri": "urn:p:2"}}}"#,
        Format::Ninjs,
    )
    .unwrap()
    .remove(0);
    let roles: Vec<Option<&str>> = a.associations.iter().map(|x| x.role.as_deref()).collect();
    assert_eq!(roles, [None, Some("featureimage")]);
    let warning = a
        .warnings
        .iter()
        .find(|w| w.field.as_deref() == Some("associations"))
        .expect("a warning");
    assert_eq!(warning.raw.as_deref(), Some("ednote"));
    let atom = String::from_utf8(write(std::slice::from_ref(&a), Format::Atom).unwrap()).unwrap();
    assert!(
        atom.contains(
            "<link rel=\"enclosure\" href=\"https://example.com/p.jpg\"/>\n  <link rel=\"related\" href=\"urn:p:2\"/>"
        ),
        "{atom}"
    );
}
