use super::post::{PostDate, Status, slug};
use super::*;
use crate::model::{
    Association, Author, Block, Concept, Figure, Inline, ItemKind, Link, PubStatus, TableCell,
    TableRow, Timestamp,
};

fn time(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap_or_else(|| panic!("{text}"))
}

fn written(articles: &[Article]) -> String {
    String::from_utf8(write(articles).unwrap()).unwrap()
}

fn contains(text: &str, expected: &[&str]) {
    for line in expected {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
}

#[test]
fn slugs_are_wordpress_s() {
    assert_eq!(slug("Port & Shipping"), "port-shipping");
    assert_eq!(slug("  AT&T — 2024 results! "), "at-t-2024-results");
    assert_eq!(slug("Fähre im Nebel"), "f%c3%a4hre-im-nebel");
    assert_eq!(slug("طقس"), "%d8%b7%d9%82%d8%b3");
    // A slug is its own slug, escapes in upper case too.
    assert_eq!(slug("f%c3%a4hre-im-nebel"), "f%c3%a4hre-im-nebel");
    assert_eq!(slug("F%C3%A4hre"), "f%c3%a4hre");
    // Punctuation alone is percent-encoded whole; 100% is a percent sign, not an escape.
    assert_eq!(slug("!!!"), "%21%21%21");
    assert_eq!(slug("100%"), "100");
    let long = slug(&"é".repeat(100));
    assert_eq!(long.len(), 198, "cut at 200 bytes, between escapes");
}

#[test]
fn post_dates_hold_the_wall_time_its_utc_time_and_rfc_822() {
    let date = PostDate::of(&time("2024-06-02T09:30:00.750+02:00")).unwrap();
    assert_eq!(
        (
            date.rfc822.as_deref(),
            date.local.as_str(),
            date.gmt.as_deref()
        ),
        (
            Some("Sun, 02 Jun 2024 09:30:00 +0200"),
            "2024-06-02 09:30:00",
            Some("2024-06-02 07:30:00")
        )
    );
    // No offset: the wall time, the UTC time unknown.
    let date = PostDate::of(&time("2024-06-02T09:30:00")).unwrap();
    assert_eq!(
        (date.rfc822, date.local.as_str(), date.gmt),
        (None, "2024-06-02 09:30:00", None)
    );
    // An offset RFC 822 does not hold, or a year before 1900: UTC throughout.
    let date = PostDate::of(&time("1850-03-01T12:00:00+01:00")).unwrap();
    assert_eq!(
        (date.rfc822, date.local.as_str(), date.gmt.as_deref()),
        (None, "1850-03-01 11:00:00", Some("1850-03-01 11:00:00"))
    );
    // A modification time with an offset is in UTC in both fields.
    let date = PostDate::modified(&time("2024-06-02T09:30:00+02:00")).unwrap();
    assert_eq!(
        (date.rfc822, date.local.as_str(), date.gmt.as_deref()),
        (None, "2024-06-02 07:30:00", Some("2024-06-02 07:30:00"))
    );
    // MySQL's DATETIME holds years 1000-9999.
    assert!(PostDate::of(&time("0999-12-31T23:00:00")).is_none());
    assert!(PostDate::of(&time("9999-12-31T23:59:59")).is_some());
}

/// A story as a scheduled post, with its terms, its author, its featured picture and a figure:
/// the values read off by hand.
#[test]
fn a_story_is_a_post_with_its_terms_author_and_pictures() {
    let mut article = Article {
        id: Some("urn:example:rates-1".into()),
        headline: Some("Rates <held> & steady".into()),
        slugline: Some("ECB-Rates".into()),
        description: Some("The bank\nheld rates.".into()),
        language: Some("en-GB".into()),
        keywords: vec!["AT&T".into(), " ".into()],
        subjects: vec![
            Concept::coded("medtop", "20000350").with_name("economy"),
            Concept::coded("category", "markets"),
        ],
        authors: vec![
            Author::named("Jane Doe").with_id("mailto:jane@example.com"),
            Author::named("Jane  Doe"),
        ],
        pub_status: PubStatus::Withheld,
        embargo: Some(time("2024-06-02T09:30:00+02:00")),
        published: Some(time("2024-06-01T08:00:00Z")),
        body: vec![
            Block::paragraph("Rates [sic] held."),
            Block::Figure(Box::new(
                Figure::new("https://example.com/chart.png").with_alt("Chart"),
            )),
        ],
        links: vec![Link::new("https://news.example/rates").with_rel("alternate")],
        associations: vec![
            Association::default()
                .with_role("gallery")
                .with_headline("Trader")
                .with_rendition(Link::new("https://example.com/trader.jpg")),
        ],
        ..Article::default()
    };
    article
        .extensions
        .insert("wp:post_id".into(), serde_json::json!("412"));
    let xml = written(&[article]);
    contains(
        &xml,
        &[
            "<link>https://news.example</link>",
            "<wp:base_site_url>https://news.example</wp:base_site_url>",
            "<wp:author_login>jane-doe</wp:author_login>\n      <wp:author_email>jane@example.com</wp:author_email>\n      <wp:author_display_name>Jane Doe</wp:author_display_name>",
            "<title><![CDATA[Rates &lt;held&gt; &amp; steady]]></title>",
            "<link>https://news.example/rates</link>",
            "<pubDate>Sun, 02 Jun 2024 09:30:00 +0200</pubDate>",
            "<dc:creator>jane-doe</dc:creator>\n      <dc:creator>jane-doe</dc:creator>",
            "<guid isPermaLink=\"false\">urn:example:rates-1</guid>",
            "<description></description>",
            "<p>Rates &#91;sic] held.</p>",
            "<excerpt:encoded><![CDATA[The bank held rates.]]></excerpt:encoded>",
            "<dc:language>en-GB</dc:language>",
            "<wp:post_id>412</wp:post_id>",
            "<wp:post_date>2024-06-02 09:30:00</wp:post_date>\n      <wp:post_date_gmt>2024-06-02 07:30:00</wp:post_date_gmt>",
            "<wp:post_modified>0000-00-00 00:00:00</wp:post_modified>",
            "<wp:post_name>ecb-rates</wp:post_name>\n      <wp:status>future</wp:status>",
            "<category domain=\"category\" nicename=\"economy\"><![CDATA[economy]]></category>",
            "<category domain=\"category\" nicename=\"markets\"><![CDATA[markets]]></category>",
            "<category domain=\"post_tag\" nicename=\"at-t\"><![CDATA[AT&amp;T]]></category>\n      <wp:postmeta>",
            "<wp:meta_key>_thumbnail_id</wp:meta_key>\n        <wp:meta_value>413</wp:meta_value>",
            "<title><![CDATA[Trader]]></title>",
            "<wp:post_id>413</wp:post_id>",
            "<wp:status>inherit</wp:status>\n      <wp:post_parent>412</wp:post_parent>",
            "<wp:attachment_url>https://example.com/trader.jpg</wp:attachment_url>",
            "<title><![CDATA[Chart]]></title>",
            "<wp:post_id>414</wp:post_id>",
            "<wp:attachment_url>https://example.com/chart.png</wp:attachment_url>",
        ],
    );
    assert_eq!(xml.matches("<wp:author>").count(), 1, "{xml}");
    assert_eq!(
        xml.matches("post_tag").count(),
        1,
        "a blank keyword is none"
    );
    // Read back: the post, its featured picture, its status and embargo.
    let back = read(xml.as_bytes()).unwrap();
    let [post] = back.as_slice() else {
        panic!("{back:?}")
    };
    assert_eq!(post.headline.as_deref(), Some("Rates <held> & steady"));
    assert_eq!(post.slugline.as_deref(), Some("ecb-rates"));
    assert_eq!(post.keywords, ["AT&T"]);
    assert_eq!(post.pub_status, PubStatus::Withheld);
    assert_eq!(post.embargo, Some(time("2024-06-02T09:30:00+02:00")));
    assert_eq!(
        post.published, post.embargo,
        "a scheduled post is dated at its embargo"
    );
    let [featured] = post.associations.as_slice() else {
        panic!("{:?}", post.associations)
    };
    assert_eq!(
        (
            featured.role.as_deref(),
            featured.kind,
            featured.headline.as_deref()
        ),
        (
            Some("featuremedia"),
            Some(ItemKind::Picture),
            Some("Trader")
        )
    );
    assert!(post.warnings.is_empty(), "{:?}", post.warnings);
}

#[test]
fn statuses_follow_the_publication_status_and_embargo() {
    let status = |pub_status: PubStatus, embargo: Option<&str>| {
        let article = Article {
            pub_status,
            embargo: embargo.map(time),
            ..Article::default()
        };
        post::Post::of(&article).status
    };
    assert_eq!(status(PubStatus::Usable, None), Status::Publish);
    assert_eq!(status(PubStatus::Withheld, None), Status::Draft);
    assert_eq!(status(PubStatus::Canceled, None), Status::Trash);
    // An embargo schedules the post, usable or not; a canceled one stays in the bin, and an
    // embargo WordPress cannot hold is none.
    let embargo = Some("2030-01-01T00:00:00Z");
    assert_eq!(status(PubStatus::Usable, embargo), Status::Future);
    assert_eq!(status(PubStatus::Withheld, embargo), Status::Future);
    assert_eq!(status(PubStatus::Canceled, embargo), Status::Trash);
    assert_eq!(
        status(PubStatus::Withheld, Some("0500-01-01T00:00:00Z")),
        Status::Draft
    );
}

/// The body as HTML that WordPress's shortcodes and paragraphs leave alone: brackets and the
/// line ends of preformatted text as references, a table's rows and head kept as blocks.
#[test]
fn the_body_survives_wordpress_s_shortcodes_and_paragraphs() {
    let body = vec![
        Block::paragraph("See [caption] and [gallery ids=\"1\"]."),
        Block::Preformatted {
            text: "\nA  1\n\n\nB  2".into(),
        },
        Block::Table {
            caption: vec![Inline::text("Fares")],
            rows: vec![
                TableRow::head(vec![TableCell::heading("Day")]),
                TableRow::new(vec![TableCell::text("Mon")]),
            ],
        },
    ];
    let article = Article {
        headline: Some("Body".into()),
        body: body.clone(),
        ..Article::default()
    };
    let xml = written(std::slice::from_ref(&article));
    contains(
        &xml,
        &[
            "<p>See &#91;caption] and &#91;gallery ids=\"1\"].</p>",
            "<pre>&#10;&#10;A  1&#10;&#10;&#10;B  2</pre>",
        ],
    );
    assert_eq!(read(xml.as_bytes()).unwrap()[0].body, body);
}

/// Ids: the article's own `wp:post_id` when it is a number and no earlier item has it, else
/// the one after the largest written; authors whose names make one login get one each.
#[test]
fn ids_and_logins_are_unique_in_a_file() {
    let article = |id: &str, author: &str| {
        let mut article = Article {
            headline: Some(format!("{id} {author}")),
            authors: vec![Author::named(author)],
            ..Article::default()
        };
        article
            .extensions
            .insert("wp:post_id".into(), serde_json::json!(id));
        article
    };
    let xml = written(&[
        article("7", "Jane Doe"),
        article("7", "jane-doe"),
        article("x7", "Москва"),
        article("7", "東京"),
        article("9999999999", "Jane Doe!"),
    ]);
    let ids: Vec<u64> = xml
        .split("<wp:post_id>")
        .skip(1)
        .filter_map(|rest| rest.split('<').next()?.parse().ok())
        .collect();
    let [first, second, derived, fourth, fifth] = ids.as_slice() else {
        panic!("{ids:?}")
    };
    assert_eq!((*first, *second), (7, 8));
    assert!((1..=9_999_999).contains(derived), "{ids:?}");
    assert_eq!(*fourth, derived.max(&8) + 1, "after the largest written");
    assert_eq!(*fifth, 9_999_999_999);
    let logins: Vec<&str> = xml
        .split("<wp:author_login>")
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .collect();
    assert_eq!(
        logins,
        ["jane-doe", "jane-doe-2", "author", "author-2", "jane-doe-3"]
    );
    let back = read(xml.as_bytes()).unwrap();
    let names: Vec<&str> = back.iter().map(|a| a.authors[0].name.as_str()).collect();
    assert_eq!(
        names,
        ["Jane Doe", "jane-doe", "Москва", "東京", "Jane Doe!"]
    );
    assert!(back.iter().all(|a| a.warnings.is_empty()), "{back:?}");
}

#[test]
fn detection_takes_an_rss_root_with_the_wordpress_namespace() {
    for (head, wxr) in [
        (
            "<rss version='2.0' xmlns:wp='http://wordpress.org/export/1.2/'>",
            true,
        ),
        (
            "<rss version='2.0' xmlns:wp='https://wordpress.org/export/1.1/'>",
            true,
        ),
        ("<rss version='2.0'><channel><title>t</title>", false),
        ("<feed xmlns:wp='http://wordpress.org/export/1.2/'>", false),
    ] {
        let found = crate::detect(head.as_bytes(), None).ok();
        assert_eq!(found == Some(Format::Wxr), wxr, "{head}");
    }
}
