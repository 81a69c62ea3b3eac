//! The stream's contract: the articles of a whole read, one item at a time, an item that
//! cannot be read failing alone.

use super::*;
use crate::formats::Limits;

const G2_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-12-07T08:00:00Z</sent></header>
<itemSet>"#;

fn g2_item(n: usize, headline: &str) -> String {
    format!(
        r#"<newsItem guid="urn:x:{n}" version="1" standard="NewsML-G2" standardversion="2.35">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="X"/><versionCreated>2026-12-07T08:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
<contentMeta>{headline}</contentMeta></newsItem>
"#
    )
}

fn g2(items: &[String]) -> String {
    format!("{G2_HEAD}{}</itemSet></newsMessage>\n", items.concat())
}

fn headlines(read: &[Result<Article, Error>]) -> Vec<String> {
    read.iter()
        .map(|r| match r {
            Ok(a) => a.headline.clone().unwrap_or_default(),
            Err(Error::InArticle { index, .. }) => format!("error in item {index}"),
            Err(e) => format!("error: {e}"),
        })
        .collect()
}

fn stream(input: &str, format: Format, options: &ReadOptions) -> Vec<Result<Article, Error>> {
    read_iter(input.as_bytes(), format, options).collect()
}

#[test]
fn a_message_streams_item_by_item_as_the_whole_read_gives_it() {
    let items: Vec<String> = (1..=3)
        .map(|n| g2_item(n, &format!("<headline>Story {n}</headline>")))
        .collect();
    let input = g2(&items);
    let read = stream(&input, Format::NewsmlG2, &ReadOptions::default());
    assert_eq!(headlines(&read), ["Story 1", "Story 2", "Story 3"]);
    let whole = crate::read(input.as_bytes(), Format::NewsmlG2).unwrap_or_default();
    let streamed: Vec<Article> = read.into_iter().flatten().collect();
    assert_eq!(streamed, whole);
}

#[test]
fn an_item_that_cannot_be_read_fails_alone() {
    let items = vec![
        g2_item(1, "<headline>One</headline>"),
        g2_item(2, "<headline lang=en>Broken</headline>"),
        g2_item(3, "<headline>Three</headline>"),
    ];
    let input = g2(&items);
    let read = stream(&input, Format::NewsmlG2, &ReadOptions::default());
    assert_eq!(headlines(&read), ["One", "error in item 2", "Three"]);
    let second = input.find("<newsItem guid=\"urn:x:2\"").unwrap_or_default() as u64;
    match &read[1] {
        Err(e @ Error::InArticle { offset, source, .. }) => {
            assert_eq!(*offset, second);
            assert!(matches!(**source, Error::Syntax { .. }), "{source}");
            assert_eq!(e.format(), Some(Format::NewsmlG2));
            assert_eq!(e.position(), Some(crate::Position::Byte(second as usize)));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_item_over_the_size_limit_fails_alone() {
    let long = "word ".repeat(400);
    let items = vec![
        g2_item(1, "<headline>One</headline>"),
        g2_item(2, &format!("<headline>{long}</headline>")),
        g2_item(3, "<headline>Three</headline>"),
    ];
    let options = ReadOptions::new().with_limits(Limits {
        input_bytes: 1500,
        ..Limits::DEFAULT
    });
    let read = stream(&g2(&items), Format::NewsmlG2, &options);
    assert_eq!(read.len(), 3);
    assert!(
        matches!(
            &read[1],
            Err(Error::LimitExceeded {
                limit: crate::formats::Limit::InputBytes,
                ..
            })
        ),
        "{:?}",
        read[1]
    );
    assert_eq!(headlines(&read)[2], "Three");
}

#[test]
fn a_stream_cut_off_gives_what_came_before_and_an_error() {
    let items = vec![
        g2_item(1, "<headline>One</headline>"),
        g2_item(2, "<headline>Two</headline>"),
    ];
    let input = g2(&items);
    let cut = input.get(..input.len() - 300).unwrap_or_default();
    let read = stream(cut, Format::NewsmlG2, &ReadOptions::default());
    assert_eq!(read.len(), 2, "{:?}", headlines(&read));
    assert_eq!(headlines(&read)[0], "One");
    assert!(
        matches!(read[1], Err(Error::Syntax { .. })),
        "{:?}",
        read[1]
    );
}

#[test]
fn other_shapes_are_read_whole() {
    // A bare newsItem: not a message.
    let item = g2_item(1, "<headline>Alone</headline>");
    let read = stream(&item, Format::NewsmlG2, &ReadOptions::default());
    assert_eq!(headlines(&read), ["Alone"]);
    // A message that is not well-formed before its first item: the reader's own error.
    let broken = "<newsMessage><header></newsMessage>";
    let read = stream(broken, Format::NewsmlG2, &ReadOptions::default());
    let whole = crate::read(broken.as_bytes(), Format::NewsmlG2);
    assert_eq!(
        read.iter()
            .map(|r| r.as_ref().map_err(ToString::to_string).err())
            .collect::<Vec<_>>(),
        [whole.err().map(|e| e.to_string())]
    );
    // Formats with no items to cut (wire copy).
    let read = stream(
        "Headline\n\nROMA (ANSA) - Text.\n",
        Format::Text,
        &ReadOptions::default(),
    );
    assert_eq!(headlines(&read), ["Headline"]);
}

#[test]
fn a_latin1_feed_is_cut_as_bytes_and_decoded_by_the_reader() {
    let mut feed = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Caf\xe9</title>".to_vec();
    for n in 1..=2 {
        feed.extend_from_slice(
            format!("<entry><id>urn:a:{n}</id><updated>2026-12-07T08:00:00Z</updated><title>R")
                .as_bytes(),
        );
        feed.extend_from_slice(b"\xe9sum\xe9 ");
        feed.extend_from_slice(format!("{n}</title></entry>").as_bytes());
    }
    feed.extend_from_slice(b"</feed>");
    let read: Vec<_> = read_iter(&feed[..], Format::Atom, &ReadOptions::default()).collect();
    assert_eq!(
        headlines(&read),
        ["R\u{e9}sum\u{e9} 1", "R\u{e9}sum\u{e9} 2"]
    );
    let whole = crate::read(&feed, Format::Atom).unwrap_or_default();
    assert_eq!(read.into_iter().flatten().collect::<Vec<_>>(), whole);
}

#[test]
fn a_json_array_streams_element_by_element() {
    let input = r#"[{"headline": "A [x], {y}"}, {"headline": }, {"headline": "C \"q\""}]"#;
    let read = stream(input, Format::Json, &ReadOptions::default());
    assert_eq!(
        headlines(&read),
        ["A [x], {y}", "error in item 2", "C \"q\""]
    );
    // A missing comma, a trailing value, an array not closed: the stream ends with an error.
    for broken in [
        r#"[{"headline": "A"} {"headline": "B"}]"#,
        r#"[{"headline": "A"}] x"#,
        r#"[{"headline": "A"}, {"headline": "B"}"#,
    ] {
        let read = stream(broken, Format::Json, &ReadOptions::default());
        assert_eq!(
            headlines(&read).first().map(String::as_str),
            Some("A"),
            "{broken}"
        );
        assert!(
            matches!(read.last(), Some(Err(Error::Syntax { .. }))),
            "{broken}: {:?}",
            read.last()
        );
    }
    // One object, not an array: read whole.
    let read = stream(
        r#"{"headline": "One"}"#,
        Format::Json,
        &ReadOptions::default(),
    );
    assert_eq!(headlines(&read), ["One"]);
}

#[test]
fn envelope_elements_after_an_item_reach_the_items_after_it() {
    let feed = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><id>urn:a:1</id><updated>2026-12-07T08:00:00Z</updated><title>One</title></entry>
<rights>© Wire</rights>
<entry><id>urn:a:2</id><updated>2026-12-07T08:00:00Z</updated><title>Two</title></entry></feed>"#;
    let read: Vec<Article> = stream(feed, Format::Atom, &ReadOptions::default())
        .into_iter()
        .flatten()
        .collect();
    let rights: Vec<Option<&str>> = read.iter().map(|a| a.rights.notice.as_deref()).collect();
    assert_eq!(rights, [None, Some("© Wire")]);
}

#[test]
fn a_listing_package_is_read_only_when_alone() {
    let listing = r#"<packageItem guid="urn:p" version="1" standard="NewsML-G2" standardversion="2.35"><groupSet root="G"><group id="G"><itemRef residref="urn:x:1"/></group></groupSet></packageItem>"#;
    assert!(crate::formats::newsml_g2::read::is_listing(
        listing.as_bytes()
    ));
    let with_item = g2(&[listing.to_string(), g2_item(1, "<headline>One</headline>")]);
    let read = stream(&with_item, Format::NewsmlG2, &ReadOptions::default());
    assert_eq!(headlines(&read), ["One"]);
    let alone = g2(&[listing.to_string()]);
    let read: Vec<Article> = stream(&alone, Format::NewsmlG2, &ReadOptions::default())
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(
        read,
        crate::read(alone.as_bytes(), Format::NewsmlG2).unwrap_or_default()
    );
}

#[test]
fn a_wordpress_export_is_read_whole() {
    let export = r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Blog</title>
<item><title>Photo</title><wp:post_id>7</wp:post_id><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://example.com/p.jpg</wp:attachment_url></item>
<item><title>Post</title><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type><content:encoded>Text</content:encoded>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta></item>
</channel></rss>"#;
    let read: Vec<Result<Article, Error>> = stream(export, Format::Rss, &ReadOptions::default());
    assert_eq!(headlines(&read), ["Post"]);
    let whole = crate::read(export.as_bytes(), Format::Rss).unwrap_or_default();
    assert_eq!(whole.first().map(|a| a.associations.len()), Some(1));
    assert_eq!(read.into_iter().flatten().collect::<Vec<_>>(), whole);
}

#[test]
fn an_item_whose_tags_do_not_match_fails_alone() {
    let items = vec![
        g2_item(1, "<headline>One</headline>"),
        g2_item(2, "<headline>Two<headline>"),
        g2_item(3, "<headline>Three</headline>"),
    ];
    let read = stream(&g2(&items), Format::NewsmlG2, &ReadOptions::default());
    assert_eq!(headlines(&read), ["One", "error in item 2", "Three"]);
}

#[test]
fn an_envelope_over_the_size_limit_is_refused_as_a_whole_read_is() {
    let options = ReadOptions::new().with_limits(Limits {
        input_bytes: 1000,
        ..Limits::DEFAULT
    });
    let long = format!("{G2_HEAD}<!-- {} -->", "x".repeat(5000));
    let read = stream(&long, Format::NewsmlG2, &options);
    assert_eq!(read.len(), 1);
    assert!(
        matches!(
            read[0],
            Err(Error::LimitExceeded {
                limit: crate::formats::Limit::InputBytes,
                max: 1000,
                ..
            })
        ),
        "{:?}",
        read[0]
    );
    // Not cut (a bare item): the whole read's own refusal.
    let item = g2_item(1, &format!("<headline>{}</headline>", "y".repeat(5000)));
    let read = stream(&item, Format::NewsmlG2, &options);
    let whole = crate::formats::read_with(item.as_bytes(), Format::NewsmlG2, &options);
    assert_eq!(
        read.iter()
            .map(|r| r.as_ref().err().map(ToString::to_string))
            .collect::<Vec<_>>(),
        [whole.err().map(|e| e.to_string())]
    );
}
