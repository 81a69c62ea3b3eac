use super::*;
use crate::model::{Author, Block, Concept, Figure, Inline, ItemKind, Link, PubStatus};

fn feed(items: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Feed</title><link>https://example.com/</link><description>d</description>
<language>it</language><copyright>© Example</copyright>
{items}
</channel></rss>"#
    )
}

fn refused(xml: &str) -> String {
    match read(xml.as_bytes()) {
        Err(Error::Invalid { message, .. }) => message,
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn an_item_maps_to_an_article_with_the_channel_language_and_copyright() {
    let xml = feed(
        r#"<item>
  <title>Rates  held</title>
  <link>https://example.com/a</link>
  <guid isPermaLink="false">tag:example.com,2024:1</guid>
  <pubDate>Tue, 26 May 2020 10:00:00 +0200</pubDate>
  <dc:creator>Anna Bianchi</dc:creator>
  <author>desk@example.com (News Desk)</author>
  <category>Economy</category>
  <category domain="http://example.com/topics/">rates</category>
  <description>&lt;p&gt;Summary &amp;amp; more.&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>The <i>bank</i> held.</p><script>x()</script>]]></content:encoded>
  <enclosure url="https://example.com/a.mp3" length="1" type="audio/mpeg"/>
  <media:content url="https://example.com/a.jpg" medium="image"><media:title>Pic</media:title></media:content>
</item>"#,
    );
    let mut articles = read(xml.as_bytes()).unwrap();
    assert_eq!(articles.len(), 1);
    let a = articles.remove(0);
    assert_eq!(a.id.as_deref(), Some("tag:example.com,2024:1"));
    assert_eq!(a.headline.as_deref(), Some("Rates held"));
    assert_eq!(a.language.as_deref(), Some("it"));
    assert_eq!(a.rights.notice.as_deref(), Some("© Example"));
    assert_eq!(
        a.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2020-05-26T10:00:00+02:00")
    );
    let mut desk = Author::named("News Desk");
    desk.id = Some("mailto:desk@example.com".into());
    assert_eq!(a.authors, [Author::named("Anna Bianchi"), desk]);
    assert_eq!(a.keywords, ["Economy"]);
    assert_eq!(
        a.subjects,
        [Concept::coded("http://example.com/topics/", "rates")]
    );
    assert_eq!(a.description.as_deref(), Some("Summary & more."));
    assert_eq!(
        a.body,
        [Block::Paragraph {
            content: vec![
                Inline::text("The "),
                Inline::Emphasis(vec![Inline::text("bank")]),
                Inline::text(" held.")
            ]
        }]
    );
    let rels: Vec<(Option<&str>, &str, Option<&str>)> = a
        .links
        .iter()
        .map(|l| (l.rel.as_deref(), l.href.as_str(), l.media_type.as_deref()))
        .collect();
    assert_eq!(
        rels,
        [
            (Some("alternate"), "https://example.com/a", None),
            (
                Some("enclosure"),
                "https://example.com/a.mp3",
                Some("audio/mpeg")
            ),
            (
                Some("enclosure"),
                "https://example.com/a.jpg",
                Some("image/jpeg")
            ),
        ]
    );
    assert_eq!(a.links[2].title.as_deref(), Some("Pic"));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn description_is_the_body_without_content_and_dates_are_read_leniently() {
    let xml = feed(
        r#"<item><title>A</title><guid>https://example.com/p/1</guid>
  <pubDate>Tues, 26 May 2020 EST</pubDate>
  <description>&lt;p onclick="x()"&gt;Body &lt;a href="javascript:x()"&gt;here&lt;/a&gt;&lt;/p&gt;</description></item>
<item><title>B</title><pubDate>the day after</pubDate><dc:date>2020-05-27T08:00:00Z</dc:date></item>
<item><title>C</title><pubDate>never</pubDate></item>"#,
    );
    let articles = read(xml.as_bytes()).unwrap();
    let a = &articles[0];
    assert_eq!(a.body, [Block::paragraph("Body here")]);
    assert_eq!(a.description, None);
    assert_eq!(
        a.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2020-05-26T00:00:00-05:00")
    );
    assert_eq!(
        a.links,
        [Link {
            rel: Some("alternate".into()),
            href: "https://example.com/p/1".into(),
            media_type: None,
            title: None,
            rendition: None,
        }],
        "a permalink guid is the page"
    );
    assert!(
        articles[1].published.is_some(),
        "dc:date when pubDate is unreadable"
    );
    assert_eq!(articles[2].published, None);
    assert_eq!(articles[2].warnings[0].raw.as_deref(), Some("never"));
}

#[test]
fn rss_1_0_items_stand_beside_the_channel() {
    let xml = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.com/"><title>F</title><dc:language>de</dc:language></channel>
  <item rdf:about="https://example.com/1"><title>Eins</title><link>https://example.com/1</link>
    <dc:date>2024-01-15T14:05:00+01:00</dc:date><description>Text.</description></item>
</rdf:RDF>"#;
    let a = read(xml.as_bytes()).unwrap().remove(0);
    assert_eq!(a.headline.as_deref(), Some("Eins"));
    assert_eq!(a.language.as_deref(), Some("de"));
    assert!(a.published.is_some());
    assert_eq!(a.body, [Block::paragraph("Text.")]);
}

#[test]
fn each_rss_namespace_is_read_and_only_items_are_articles() {
    // RSS 1.0 (prefixed here), 0.90 and Userland's RSS 2.0 namespace; the channel, its image
    // and a text input hold titles and links too, and none of them is an item.
    for ns in [RSS1_NS, RSS090_NS, USERLAND_NS] {
        let xml = format!(
            r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:r="{ns}"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <r:image><r:title>Logo</r:title><r:link>https://example.com/</r:link></r:image>
  <r:channel><r:title>Feed</r:title><r:link>https://example.com/</r:link>
    <dc:language>de</dc:language>
    <r:image><r:title>Logo</r:title><r:url>https://example.com/l.png</r:url></r:image></r:channel>
  <r:textinput><r:title>Search</r:title><r:link>https://example.com/s</r:link></r:textinput>
  <r:item><r:title>One</r:title><r:link>https://example.com/1</r:link></r:item>
  <r:item><r:title>Two</r:title><r:link>https://example.com/2</r:link></r:item>
</rdf:RDF>"#
        );
        let articles = read(xml.as_bytes()).unwrap_or_else(|e| panic!("{ns}: {e}"));
        let headlines: Vec<_> = articles.iter().map(|a| a.headline.as_deref()).collect();
        assert_eq!(headlines, [Some("One"), Some("Two")], "{ns}");
        // The channel's language: the channel is found among the root's other elements.
        assert_eq!(articles[0].language.as_deref(), Some("de"), "{ns}");
    }
    // An element in another namespace is no RSS channel or item.
    let foreign = r#"<rss version="2.0" xmlns:x="https://example.com/x"><x:channel/>
<channel><title>F</title><language>it</language>
<x:item><title>Not an item</title></x:item><item><title>One</title></item></channel></rss>"#;
    let articles = read(foreign.as_bytes()).unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].headline.as_deref(), Some("One"));
    assert_eq!(articles[0].language.as_deref(), Some("it"));
}

#[test]
fn documents_without_items_are_refused() {
    assert!(refused("<feed/>").contains("not an RSS feed"));
    assert!(refused("<rss version=\"2.0\"/>").contains("no channel"));
    assert!(refused(&feed("")).contains("no item"));
    let only_attachment = r#"<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title>x</title><wp:post_id>1</wp:post_id><wp:post_type>attachment</wp:post_type></item>
</channel></rss>"#;
    assert!(refused(only_attachment).contains("no post"));
    assert!(matches!(
        read(b"<rss><channel>"),
        Err(Error::Syntax {
            format: Format::Rss,
            ..
        })
    ));
}

#[test]
fn a_wordpress_export_gives_its_posts() {
    let xml = r#"<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title><language>en-US</language>
  <wp:author><wp:author_login>jdoe</wp:author_login><wp:author_display_name>Jane Doe</wp:author_display_name></wp:author>
  <item><title>Photo</title><wp:post_id>7</wp:post_id><wp:post_type>attachment</wp:post_type>
    <excerpt:encoded><![CDATA[A caption]]></excerpt:encoded>
    <wp:attachment_url>https://blog.example/up/photo.png</wp:attachment_url></item>
  <item><title>Post</title><link>https://blog.example/post/</link><dc:creator>jdoe</dc:creator>
    <guid isPermaLink="false">https://blog.example/?p=8</guid>
    <content:encoded><![CDATA[[dropcap]F[/dropcap]irst line
second line

[contact_form]
<h2>Sub</h2>
Last.]]></content:encoded>
    <excerpt:encoded><![CDATA[The excerpt.]]></excerpt:encoded>
    <wp:post_id>8</wp:post_id><wp:post_name>post</wp:post_name>
    <wp:post_date>2024-06-01 10:00:00</wp:post_date><wp:post_date_gmt>2024-06-01 08:00:00</wp:post_date_gmt>
    <wp:status>future</wp:status><wp:post_type>post</wp:post_type>
    <category domain="category" nicename="news"><![CDATA[News &amp; views]]></category>
    <category domain="post_tag" nicename="a"><![CDATA[Tag A]]></category>
    <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta>
  </item>
  <item><title>Menu</title><wp:post_type>nav_menu_item</wp:post_type></item>
</channel></rss>"#;
    let mut articles = read(xml.as_bytes()).unwrap();
    assert_eq!(articles.len(), 1);
    let a = articles.remove(0);
    assert_eq!(a.headline.as_deref(), Some("Post"));
    assert_eq!(a.authors, [Author::named("Jane Doe")]);
    assert_eq!(a.slugline.as_deref(), Some("post"));
    assert_eq!(a.description.as_deref(), Some("The excerpt."));
    assert_eq!(
        a.body,
        [
            Block::Paragraph {
                content: vec![
                    Inline::text("First line"),
                    Inline::LineBreak,
                    Inline::text("second line")
                ]
            },
            Block::heading(2, "Sub"),
            Block::paragraph("Last."),
        ]
    );
    assert_eq!(
        a.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-06-01T08:00:00Z")
    );
    // Issue #20 point 18: a scheduled post is withheld until its date, the embargo.
    assert_eq!(
        (a.pub_status, a.embargo),
        (PubStatus::Withheld, a.published)
    );
    assert_eq!(a.keywords, ["Tag A"]);
    assert_eq!(
        a.subjects,
        [Concept {
            name: Some("News & views".into()),
            ..Concept::coded("category", "news")
        }]
    );
    // The featured picture: the attachment, with its title and caption.
    assert_eq!(
        a.associations,
        [crate::model::Association {
            role: Some("featuremedia".into()),
            kind: Some(crate::model::ItemKind::Picture),
            headline: Some("Photo".into()),
            caption: Some("A caption".into()),
            renditions: vec![Link {
                rel: Some("enclosure".into()),
                href: "https://blog.example/up/photo.png".into(),
                media_type: Some("image/png".into()),
                title: None,
                rendition: None,
            }],
            ..crate::model::Association::default()
        }]
    );
    assert_eq!(a.links.len(), 1, "the post's page: {:?}", a.links);
    assert_eq!(a.extensions["wp:post_id"], "8");
}

/// Newer exports declare the WordPress namespaces with `https`; a `[caption]` around a picture
/// is a figure with its caption, in its place; pictures in the HTML are figures too.
#[test]
fn an_https_wordpress_export_with_captioned_pictures() {
    let xml = r#"<rss version="2.0" xmlns:excerpt="https://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wp="https://wordpress.org/export/1.2/"><channel><title>Blog</title>
  <item><title>Menu</title><wp:post_type>nav_menu_item</wp:post_type></item>
  <item><title>Harbour</title><wp:post_type>post</wp:post_type>
    <excerpt:encoded><![CDATA[Short.]]></excerpt:encoded>
    <content:encoded><![CDATA[Lead text.

[caption id="attachment_5" align="alignleft" width="300"]<a href="https://blog.example/b.jpg"><img class="wp-image-5" src="https://blog.example/b-300.jpg" alt="Boats" width="300" height="200" /></a> Boats at <em>dawn</em>[/caption]

[caption id="attachment_6" caption="Old form"]<img src="https://blog.example/c.jpg" alt="" />[/caption]
<figure class="wp-block-image"><img src="https://blog.example/d.jpg" alt="Pier"/><figcaption class="wp-element-caption">The pier</figcaption></figure>
After.]]></content:encoded></item>
</channel></rss>"#;
    let articles = read(xml.as_bytes()).unwrap();
    assert_eq!(articles.len(), 1, "the menu item is no post");
    let a = &articles[0];
    assert_eq!(a.description.as_deref(), Some("Short."));
    let figure = |href: &str, alt: Option<&str>, caption: Vec<Inline>| {
        let mut figure = Figure::new(href);
        figure.alt = alt.map(str::to_string);
        figure.caption = caption;
        Block::Figure(Box::new(figure))
    };
    assert_eq!(
        a.body,
        [
            Block::paragraph("Lead text."),
            figure(
                "https://blog.example/b-300.jpg",
                Some("Boats"),
                vec![
                    Inline::text("Boats at "),
                    Inline::Emphasis(vec![Inline::text("dawn")])
                ]
            ),
            figure(
                "https://blog.example/c.jpg",
                None,
                vec![Inline::text("Old form")]
            ),
            figure(
                "https://blog.example/d.jpg",
                Some("Pier"),
                vec![Inline::text("The pier")]
            ),
            Block::paragraph("After."),
        ]
    );
}

/// Reads `xml` with at most `bytes` of shared values copied into further items; whether the
/// read stayed within them.
fn within_repeated_bytes(xml: &str, bytes: usize) -> bool {
    let mut options = ReadOptions::default();
    options.limits.repeated_bytes = bytes;
    match read_with(xml.as_bytes(), &options) {
        Ok(_) => true,
        Err(Error::LimitExceeded { .. }) => false,
        Err(other) => panic!("{other}"),
    }
}

#[test]
fn the_channel_gives_its_values_to_the_first_item_free_and_to_the_others_under_the_budget() {
    // The copyright (9 bytes) copied into three items: the first copy is free.
    let items = "<item><title>a</title></item>".repeat(3);
    let xml = format!(
        "<rss version=\"2.0\"><channel><title>F</title><copyright>(c) ACME</copyright>{items}</channel></rss>"
    );
    let length = "(c) ACME".len();
    assert!(within_repeated_bytes(&xml, 2 * length));
    assert!(!within_repeated_bytes(&xml, 2 * length - 1));
    // A featured picture two posts share costs its address and title once more.
    let url = "https://blog.example/up/photo.png";
    let post = |id: u32| {
        format!(
            "<item><title>Post {id}</title><wp:post_id>{id}</wp:post_id><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta></item>"
        )
    };
    let export = format!(
        r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title>
<item><title>Photo</title><wp:post_id>7</wp:post_id><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>{url}</wp:attachment_url></item>{}{}</channel></rss>"#,
        post(8),
        post(9)
    );
    let both = read(export.as_bytes()).unwrap();
    assert!(
        both.iter().all(|post| post.associations.len() == 1),
        "{both:?}"
    );
    let cost = url.len() + "Photo".len();
    assert!(within_repeated_bytes(&export, cost));
    assert!(!within_repeated_bytes(&export, cost - 1));
}

#[test]
fn an_author_element_in_another_namespace_is_no_wordpress_author() {
    let xml = r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:x="https://example.com/x"><channel><title>Blog</title>
  <wp:author><wp:author_login>jdoe</wp:author_login><wp:author_display_name>Jane Doe</wp:author_display_name></wp:author>
  <x:author><wp:author_login>jdoe</wp:author_login><wp:author_display_name>Not Her</wp:author_display_name></x:author>
  <item><title>Post</title><dc:creator>jdoe</dc:creator><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type></item>
</channel></rss>"#;
    let post = read(xml.as_bytes()).unwrap().remove(0);
    assert_eq!(post.authors, [Author::named("Jane Doe")]);
}

#[test]
fn wordpress_authors_attachments_and_excerpts_are_found_by_name_and_namespace() {
    let xml = r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:x="https://example.com/excerpt/"><channel><title>Blog</title>
  <wp:author><wp:author_login>jdoe</wp:author_login><wp:author_first_name>Jane</wp:author_first_name>
    <wp:author_last_name>Doe</wp:author_last_name></wp:author>
  <item><link>https://blog.example/photo/</link><title>Photo</title><wp:post_id>7</wp:post_id>
    <wp:post_type>attachment</wp:post_type>
    <content:encoded><![CDATA[The attachment's page.]]></content:encoded>
    <excerpt:encoded><![CDATA[The caption.]]></excerpt:encoded>
    <wp:attachment_url>https://blog.example/up/photo.png</wp:attachment_url></item>
  <item><title>Post</title><dc:creator>jdoe</dc:creator><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type>
    <content:encoded><![CDATA[Body.]]></content:encoded>
    <x:encoded>Not an excerpt: another namespace.</x:encoded>
    <wp:encoded>Not an excerpt: WordPress's own namespace.</wp:encoded>
    <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta></item>
</channel></rss>"#;
    let post = read(xml.as_bytes()).unwrap().remove(0);
    // An author with no display name is named by their first and last names.
    assert_eq!(post.authors, [Author::named("Jane Doe")]);
    // The featured picture's title is its title element, its caption its excerpt, whatever
    // comes before them.
    let picture = &post.associations[0];
    assert_eq!(picture.headline.as_deref(), Some("Photo"));
    assert_eq!(picture.caption.as_deref(), Some("The caption."));
    // Only WordPress's excerpt namespace holds the excerpt.
    assert_eq!(post.description, None);
}

#[test]
fn a_guid_is_the_page_unless_it_says_it_is_no_permalink() {
    let first = |guid: &str| {
        let xml = feed(&format!("<item><title>t</title>{guid}</item>"));
        read(xml.as_bytes()).unwrap().remove(0)
    };
    let alternates = |a: &Article| -> Vec<String> {
        a.links
            .iter()
            .filter(|l| l.rel.as_deref() == Some("alternate"))
            .map(|l| l.href.clone())
            .collect()
    };
    for guid in [
        "<guid>https://example.com/a</guid>",
        r#"<guid isPermaLink="true">https://example.com/a</guid>"#,
        r#"<guid isPermaLink=" TRUE ">https://example.com/a</guid>"#,
    ] {
        let a = first(guid);
        assert_eq!(alternates(&a), ["https://example.com/a"], "{guid}");
        assert_eq!(a.id.as_deref(), Some("https://example.com/a"));
    }
    for guid in [
        r#"<guid isPermaLink="false">https://example.com/a</guid>"#,
        r#"<guid isPermaLink=" False ">https://example.com/a</guid>"#,
    ] {
        let a = first(guid);
        assert!(alternates(&a).is_empty(), "{guid}");
        assert_eq!(a.id.as_deref(), Some("https://example.com/a"));
    }
}

#[test]
fn a_pub_date_is_read_but_wordpress_s_zero_date() {
    // A plain feed's odd date is read as any (a warning when it cannot be), WordPress's zero
    // date in an export is no date at all, and its real one is read.
    let plain =
        feed("<item><title>t</title><pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate></item>");
    let a = read(plain.as_bytes()).unwrap().remove(0);
    assert_eq!(a.published, None);
    assert_eq!(
        a.warnings.first().and_then(|w| w.raw.as_deref()),
        Some("Mon, 30 Nov -0001 00:00:00 +0000")
    );
    let export = |date: &str| {
        format!(
            r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title>
<item><title>Post</title><pubDate>{date}</pubDate><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type></item>
</channel></rss>"#
        )
    };
    let zero = read(export("Mon, 30 Nov -0001 00:00:00 +0000").as_bytes())
        .unwrap()
        .remove(0);
    assert_eq!(zero.published, None);
    assert!(zero.warnings.is_empty(), "{:?}", zero.warnings);
    let dated = read(export("Sat, 01 Jun 2024 08:00:00 +0000").as_bytes())
        .unwrap()
        .remove(0);
    assert_eq!(
        dated.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-06-01T08:00:00Z")
    );
}

#[test]
fn an_item_s_dublin_core_subject_language_and_rights() {
    let xml = feed(
        "<item><title>t</title><dc:subject>Economy</dc:subject><dc:subject>Rates</dc:subject>\
<dc:language>de</dc:language><dc:rights>Item rights</dc:rights></item>",
    );
    let a = read(xml.as_bytes()).unwrap().remove(0);
    assert_eq!(a.keywords, ["Economy", "Rates"]);
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(a.rights.notice.as_deref(), Some("Item rights"));
}

#[test]
fn media_keywords_and_a_group_s_own_files() {
    let xml = feed(
        r#"<item><title>t</title><media:keywords>rates, , ECB,</media:keywords>
<media:group xmlns:x="https://example.com/x"><media:title>Pictures</media:title>
  <x:content url="https://example.com/not-a-file.jpg"/>
  <media:content url="https://example.com/a.jpg" type="image/jpeg"/></media:group></item>"#,
    );
    let a = read(xml.as_bytes()).unwrap().remove(0);
    assert_eq!(a.keywords, ["rates", "ECB"]);
    let files: Vec<&str> = a
        .links
        .iter()
        .map(|l| l.href.as_str())
        .chain(
            a.associations
                .iter()
                .flat_map(|i| i.renditions.iter().map(|l| l.href.as_str())),
        )
        .collect();
    assert_eq!(files, ["https://example.com/a.jpg"]);
}

#[test]
fn rss_authors_are_addresses_only_when_they_look_like_one() {
    let author = |text: &str| {
        let xml = feed(&format!(
            "<item><title>t</title><author>{text}</author></item>"
        ));
        let a = read(xml.as_bytes()).unwrap().remove(0);
        a.authors
            .first()
            .map(|author| (author.name.clone(), author.id.clone()))
    };
    assert_eq!(
        author("jane@example.com (Jane Doe)"),
        Some(("Jane Doe".into(), Some("mailto:jane@example.com".into())))
    );
    // A single word, a name with an `@` and a space, and a URL with an `@` are no addresses.
    assert_eq!(author("editor"), Some(("editor".into(), None)));
    assert_eq!(author("Jane @ Desk"), Some(("Jane @ Desk".into(), None)));
    assert_eq!(
        author("https://user@example.com/jane").map(|(_, id)| id),
        Some(None)
    );
}

#[test]
fn wordpress_fields_are_read_from_wordpress_s_namespace_and_a_local_date_alone_is_kept() {
    let xml = r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
  xmlns:x="https://example.com/x"><channel><title>Blog</title>
  <item><title>Post</title><category domain="category" nicename="rd">R&amp;amp;D</category>
    <wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type>
    <x:post_name>not-the-slug</x:post_name>
    <wp:post_date>2024-06-01 10:00:00</wp:post_date></item>
</channel></rss>"#;
    let post = read(xml.as_bytes()).unwrap().remove(0);
    assert_eq!(post.slugline, None);
    // Without the UTC date, the local one, without an offset (none is guessed).
    assert_eq!(
        post.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-06-01T10:00:00")
    );
    // WordPress escapes a term's name as HTML.
    assert_eq!(post.subjects[0].name.as_deref(), Some("R&D"));
    // A plain feed's category is its text as given.
    let plain = feed("<item><title>t</title><category>R&amp;amp;D</category></item>");
    let a = read(plain.as_bytes()).unwrap().remove(0);
    assert_eq!(a.keywords, ["R&amp;D"]);
}

#[test]
fn a_media_duration_is_read_only_within_range() {
    let duration = |value: &str| {
        let xml = feed(&format!(
            r#"<item><title>t</title><media:content url="https://example.com/v.mp4" type="video/mp4" duration="{value}"/></item>"#
        ));
        let a = read(xml.as_bytes()).unwrap().remove(0);
        a.links
            .first()
            .and_then(|l| l.rendition.as_ref())
            .and_then(|r| r.duration_ms)
    };
    assert_eq!(duration("64.5"), Some(64_500));
    assert_eq!(duration("0"), Some(0));
    for out_of_range in ["-5", "1e300", "inf", "NaN"] {
        assert_eq!(duration(out_of_range), None, "{out_of_range}");
    }
}

#[test]
fn a_described_media_item_s_kind_title_and_thumbnails() {
    let item = |attrs: &str, inside: &str| {
        let xml = feed(&format!(
            r#"<item><title>t</title><media:content url="https://example.com/f" {attrs} xmlns:x="https://example.com/x">
<media:description>What it shows.</media:description>{inside}</media:content></item>"#
        ));
        read(xml.as_bytes())
            .unwrap()
            .remove(0)
            .associations
            .remove(0)
    };
    assert_eq!(item(r#"medium="video""#, "").kind, Some(ItemKind::Video));
    assert_eq!(item(r#"type="audio/mpeg""#, "").kind, Some(ItemKind::Audio));
    assert_eq!(item(r#"medium="image""#, "").kind, Some(ItemKind::Picture));
    assert_eq!(item(r#"medium="document""#, "").kind, None);
    // The title is the media title, whatever media element comes first, and only a media
    // thumbnail is a thumbnail.
    let titled = item(
        r#"medium="image""#,
        r#"<x:title>Not it</x:title><media:title>The bridge</media:title>
<x:thumbnail url="https://example.com/not-a-thumb.jpg"/><media:thumbnail url="https://example.com/t.jpg"/>"#,
    );
    assert_eq!(titled.headline.as_deref(), Some("The bridge"));
    let files: Vec<_> = titled.renditions.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(
        files,
        ["https://example.com/f", "https://example.com/t.jpg"]
    );
}

#[test]
fn an_item_s_own_thumbnail_is_its_file_when_it_has_no_other_and_only_media_elements_describe() {
    let xml =
        feed(r#"<item><title>t</title><media:thumbnail url="https://example.com/t.jpg"/></item>"#);
    let a = read(xml.as_bytes()).unwrap().remove(0);
    let files: Vec<_> = a.links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(files, ["https://example.com/t.jpg"]);
    // A description in another namespace says nothing of the media: its file stays the item's.
    let xml = feed(
        r#"<item><title>t</title><media:content url="https://example.com/a.jpg" xmlns:x="https://example.com/x">
<x:description>Not the media's.</x:description><credit>Nor this.</credit></media:content></item>"#,
    );
    let a = read(xml.as_bytes()).unwrap().remove(0);
    assert!(a.associations.is_empty(), "{:?}", a.associations);
    assert_eq!(a.links[0].href, "https://example.com/a.jpg");
}

/// A bracketed word is a shortcode only in a shortcode's shape: a name that starts with a letter,
/// and attributes, a closing tag, a well-known name or a `_`/`-` in the name (survivors of the
/// RSS mutation run).
#[test]
fn shortcodes_are_told_from_bracketed_text_by_their_shape() {
    use super::wordpress::strip_shortcodes;
    assert_eq!(
        strip_shortcodes("Scores [2024 results] and [sic] stay"),
        "Scores [2024 results] and [sic] stay"
    );
    assert_eq!(strip_shortcodes("a[pullquote text=\"x\"]b"), "ab");
    assert_eq!(strip_shortcodes("a[gallery]b"), "ab");
    assert_eq!(strip_shortcodes("a[my_box]b"), "ab");
    assert_eq!(strip_shortcodes("a[note]x[/note]b"), "axb");
}

/// A media RSS file without a type takes it from the file's extension, for each extension
/// known (survivors of the RSS mutation run).
#[test]
fn a_media_file_type_comes_from_the_file_extension() {
    let cases = [
        ("a.JPG", Some("image/jpeg")),
        ("a.jpeg", Some("image/jpeg")),
        ("a.png", Some("image/png")),
        ("a.gif", Some("image/gif")),
        ("a.webp", Some("image/webp")),
        ("a.svg", Some("image/svg+xml")),
        ("a.mp3", Some("audio/mpeg")),
        ("a.m4a", Some("audio/mp4")),
        ("a.ogg", Some("audio/ogg")),
        ("a.mp4", Some("video/mp4")),
        ("a.m4v", Some("video/mp4")),
        ("a.webm", Some("video/webm")),
        ("a.mov", Some("video/quicktime")),
        ("a.pdf?x=1#y", Some("application/pdf")),
        ("a.doc", None),
        ("noextension", None),
    ];
    for (file, expected) in cases {
        let xml = format!(
            r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>F</title><item><title>T</title><guid>g</guid><media:content url="https://example.com/{file}"/></item></channel></rss>"#
        );
        let a = read(xml.as_bytes()).unwrap().remove(0);
        // A media file nothing describes is an enclosure link.
        let types: Vec<Option<&str>> = a.links.iter().map(|l| l.media_type.as_deref()).collect();
        assert_eq!(types, [expected], "{file}");
    }
}

/// Two items of one feed never share an id: a copied guid gives way to the item's link, else
/// to the guid with the item's place; either way a warning names the guid.
#[test]
fn a_guid_an_earlier_item_has_gives_way_to_the_link_or_the_place() {
    let xml = feed(
        r#"<item><title>a</title><link>https://example.com/a</link><guid isPermaLink="false">urn:x:1</guid></item>
<item><title>b</title><link>https://example.com/b</link><guid isPermaLink="false">urn:x:1</guid></item>
<item><title>c</title><guid isPermaLink="false">urn:x:1</guid></item>
<item><title>d</title><guid isPermaLink="false">urn:x:2</guid></item>"#,
    );
    let articles = read(xml.as_bytes()).unwrap();
    let ids: Vec<_> = articles.iter().map(|a| a.id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("urn:x:1"),
            Some("https://example.com/b"),
            Some("urn:x:1#3"),
            Some("urn:x:2")
        ]
    );
    assert!(articles[0].warnings.is_empty());
    assert_eq!(articles[1].warnings[0].field.as_deref(), Some("id"));
    assert_eq!(articles[1].warnings[0].raw.as_deref(), Some("urn:x:1"));
    assert_eq!(articles[2].warnings[0].raw.as_deref(), Some("urn:x:1"));
    assert!(articles[3].warnings.is_empty());
}

/// A WordPress post's title is HTML: its text is the headline. A post behind a password is
/// not for everyone: withheld, with a warning, and the password is not read.
#[test]
fn a_wordpress_title_is_html_and_a_password_withholds_the_post() {
    let xml = r#"<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title>
  <item><title>Title &lt;em&gt;With&lt;/em&gt; &lt;b&gt;Mark&lt;sup&gt;up&lt;/sup&gt;&lt;/b&gt; &amp;amp; more</title>
    <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
    <wp:post_password>enter</wp:post_password></item>
  <item><title>Open</title><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
    <wp:post_password/></item>
</channel></rss>"#;
    let posts = read(xml.as_bytes()).unwrap();
    assert_eq!(
        posts[0].headline.as_deref(),
        Some("Title With Markup & more")
    );
    assert_eq!(posts[0].pub_status, PubStatus::Withheld);
    assert_eq!(posts[0].warnings[0].field.as_deref(), Some("pub_status"));
    assert!(!format!("{:?}", posts[0]).contains("enter"));
    assert_eq!(posts[1].headline.as_deref(), Some("Open"));
    assert_eq!(posts[1].pub_status, PubStatus::Usable);
    assert!(posts[1].warnings.is_empty(), "{:?}", posts[1].warnings);
}

/// A news feed prints the byline and the dateline at the head of its text: they are the
/// byline and the dateline, out of the body. A blog's first words are not taken so.
#[test]
fn a_news_feed_s_printed_byline_and_dateline_are_read_from_the_text() {
    let xml = feed(
        r#"<item><title>a</title><description>&lt;p&gt;PORTO ALEGRE, 3 MAR (ANSA) - O conselho aprovou o plano.&lt;/p&gt;</description></item>
<item><title>b</title><description>Por Ana Lima e Rui Costa</description></item>
<item><title>c</title><description>&lt;p&gt;Bom dia, leitores. Hoje falamos de chuva.&lt;/p&gt;</description></item>"#,
    );
    let items = read(xml.as_bytes()).unwrap();
    let dateline = items[0].dateline.as_ref().unwrap();
    assert_eq!(dateline.text, "PORTO ALEGRE, 3 MAR (ANSA) -");
    assert_eq!(dateline.city.as_deref(), Some("PORTO ALEGRE"));
    assert_eq!(
        Block::text_of(&items[0].body),
        "O conselho aprovou o plano."
    );
    assert_eq!(items[1].byline.as_deref(), Some("Por Ana Lima e Rui Costa"));
    assert!(items[1].body.is_empty());
    assert_eq!(items[2].dateline, None);
    assert_eq!(items[2].byline, None);
    assert_eq!(
        Block::text_of(&items[2].body),
        "Bom dia, leitores. Hoje falamos de chuva."
    );
}

/// The writer: expected output written out by hand.
mod writer {
    use super::*;
    use crate::model::{Association, AuthorKind, Dateline, Party, Rendition, Timestamp};

    fn written(articles: &[Article]) -> String {
        String::from_utf8(write(articles).unwrap()).unwrap()
    }

    fn enclosure(href: &str, media_type: Option<&str>, rendition: Option<Rendition>) -> Link {
        let mut link = Link::new(href).with_rel("enclosure");
        link.media_type = media_type.map(str::to_string);
        link.rendition = rendition;
        link
    }

    fn a_story() -> Article {
        let mut a = Article {
            id: Some("https://news.example/2024/rates".into()),
            headline: Some("Rates  held\n".into()),
            language: Some("en-GB".into()),
            published: Timestamp::parse("2024-03-11T09:30:00+01:00"),
            links: vec![Link::new("https://news.example/2024/rates").with_rel("alternate")],
            keywords: vec!["Economy".into()],
            subjects: vec![Concept::coded("medtop", "20000350")],
            description: Some("Rates & <more>.".into()),
            body: vec![Block::paragraph("The bank held rates.")],
            ..Article::default()
        };
        let mut desk = Author::named("News Desk");
        desk.id = Some("mailto:desk@news.example".into());
        let mut helper = Author::named("Ed Contrib");
        helper.kind = AuthorKind::Contributor;
        a.authors = vec![desk, Author::named("Anna Bianchi"), helper];
        a.rights.notice = Some("© News\nLtd".into());
        a
    }

    #[test]
    fn one_article_is_a_channel_of_one_item() {
        assert_eq!(
            written(&[a_story()]),
            r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>newswire</title>
    <link>https://news.example/</link>
    <description>newswire</description>
    <item>
      <title>Rates held</title>
      <link>https://news.example/2024/rates</link>
      <guid isPermaLink="true">https://news.example/2024/rates</guid>
      <pubDate>Mon, 11 Mar 2024 09:30:00 +0100</pubDate>
      <author>desk@news.example (News Desk)</author>
      <dc:creator>Anna Bianchi</dc:creator>
      <dc:contributor>Ed Contrib</dc:contributor>
      <category>Economy</category>
      <category domain="medtop">20000350</category>
      <description>Rates &amp;amp; &amp;lt;more&amp;gt;.</description>
      <content:encoded>&lt;p&gt;The bank held rates.&lt;/p&gt;</content:encoded>
      <dc:language>en-GB</dc:language>
      <dc:rights>© News Ltd</dc:rights>
    </item>
  </channel>
</rss>
"#
        );
    }

    #[test]
    fn what_is_written_reads_back_as_projected() {
        let story = a_story();
        let back = read(written(std::slice::from_ref(&story)).as_bytes()).unwrap();
        assert_eq!(back, [project(&story)]);
        let back = &back[0];
        assert_eq!(back.description.as_deref(), Some("Rates & <more>."));
        assert_eq!(back.authors.len(), 3);
        assert_eq!(
            back.authors[0].id.as_deref(),
            Some("mailto:desk@news.example")
        );
        assert_eq!(back.authors[2].kind, AuthorKind::Contributor);
    }

    /// The guid says it is the item's address only when it is its link; an id that is an
    /// address but not the link is no permalink (the reader would make it the link).
    #[test]
    fn a_guid_is_a_permalink_only_when_it_is_the_link() {
        let mut story = a_story();
        story.id = Some("urn:news:1".into());
        assert!(
            written(&[story.clone()]).contains(r#"<guid isPermaLink="false">urn:news:1</guid>"#)
        );
        story.id = Some("https://news.example/other".into());
        story.links.clear();
        let out = written(&[story]);
        assert!(out.contains(r#"<guid isPermaLink="false">https://news.example/other</guid>"#));
        assert!(!out.contains("<link>https://news.example/other"), "{out}");
    }

    /// pubDate needs an offset: a published time without one is not written, and the modified
    /// time (with one) stands in; without any, there is no pubDate (no time is invented).
    #[test]
    fn a_time_without_an_offset_is_no_pub_date() {
        let mut story = a_story();
        story.published = Timestamp::parse("2024-03-11T09:30:00");
        story.modified = Timestamp::parse("2024-03-12T18:05:59.9Z");
        assert!(
            written(&[story.clone()])
                .contains("<pubDate>Tue, 12 Mar 2024 18:05:59 +0000</pubDate>")
        );
        story.modified = Timestamp::parse("2024-03-12T18:05:00");
        assert!(!written(&[story]).contains("pubDate"));
    }

    /// RSS needs a title or a description: without a headline the body stands in the
    /// description (which the reader reads as the body); with nothing, the guid is the title.
    #[test]
    fn an_item_always_has_a_title_or_a_description() {
        let body_only = Article {
            id: Some("urn:x:1".into()),
            body: vec![Block::paragraph("Text only.")],
            ..Article::default()
        };
        let out = written(&[body_only]);
        assert!(
            out.contains("<description>&lt;p&gt;Text only.&lt;/p&gt;</description>"),
            "{out}"
        );
        assert!(
            !out.contains("      <title>") && !out.contains("content:encoded>"),
            "{out}"
        );
        let nothing = Article {
            id: Some("urn:x:2".into()),
            ..Article::default()
        };
        let out = written(&[nothing]);
        assert!(out.contains("<title>urn:x:2</title>"), "{out}");
        assert!(!out.contains("<item>\n      <description"), "{out}");
        // A description without a body is the body, as the reader reads it.
        let summary_only = Article {
            headline: Some("H".into()),
            description: Some("Only this.".into()),
            ..Article::default()
        };
        let out = written(&[summary_only]);
        assert!(
            out.contains("<content:encoded>&lt;p&gt;Only this.&lt;/p&gt;</content:encoded>"),
            "{out}"
        );
        assert!(!out.contains("<description>Only"), "{out}");
    }

    /// `enclosure` takes the first file it holds whole (url, length, type); every other file
    /// is a `media:content` with what it has; relative and script addresses are never written.
    #[test]
    fn files_are_one_enclosure_and_media_contents() {
        let sized = Rendition {
            size: Some(1200),
            ..Rendition::default()
        };
        let video = Rendition {
            width: Some(640),
            height: Some(360),
            duration_ms: Some(90_500),
            size: Some(0),
            ..Rendition::default()
        };
        let mut titled = enclosure(
            "https://x.example/b.mp3",
            Some("audio/mpeg"),
            Some(sized.clone()),
        );
        titled.title = Some("Audio".into());
        let story = Article {
            headline: Some("H".into()),
            links: vec![
                enclosure("https://x.example/a.jpg", None, None),
                titled,
                enclosure(
                    "https://x.example/c.mp3",
                    Some("audio/mpeg"),
                    Some(sized.clone()),
                ),
                enclosure("https://x.example/d.mp3", Some("audio/mpeg"), Some(sized)),
                enclosure("https://x.example/e.mp4", Some("video/mp4"), Some(video)),
                enclosure("/relative/f.jpg", Some("image/jpeg"), None),
                Link::new("https://x.example/related").with_rel("related"),
            ],
            ..Article::default()
        };
        let out = written(&[story]);
        let expected = r#"
      <media:content url="https://x.example/a.jpg" type="image/jpeg"/>
      <media:content url="https://x.example/b.mp3" type="audio/mpeg" fileSize="1200">
        <media:title>Audio</media:title>
      </media:content>
      <enclosure url="https://x.example/c.mp3" length="1200" type="audio/mpeg"/>
      <media:content url="https://x.example/d.mp3" type="audio/mpeg" fileSize="1200"/>
      <media:content url="https://x.example/e.mp4" type="video/mp4" width="640" height="360" duration="90.5"/>
    </item>"#;
        assert!(out.contains(expected), "{out}");
        assert!(
            !out.contains("relative") && !out.contains("related"),
            "{out}"
        );
    }

    /// A picture with a caption is a Media RSS item: one file holds its title, caption and
    /// credit, and its thumbnail; several files make a group.
    #[test]
    fn an_associated_picture_is_media_rss() {
        let thumbnail = Rendition {
            name: Some("thumbnail".into()),
            width: Some(200),
            height: Some(133),
            ..Rendition::default()
        };
        let large = Rendition {
            width: Some(3600),
            height: Some(2400),
            ..Rendition::default()
        };
        let picture = Association {
            kind: Some(ItemKind::Picture),
            headline: Some("Crowds".into()),
            caption: Some("Onlookers\nwatch.".into()),
            credit: Some("Wire/Tom Reed".into()),
            byline: Some("Tom Reed".into()),
            renditions: vec![
                enclosure("https://x.example/t.jpg", None, Some(thumbnail)),
                enclosure("https://x.example/l.jpg", Some("image/jpeg"), Some(large)),
            ],
            ..Association::default()
        };
        let mut story = Article {
            headline: Some("H".into()),
            associations: vec![picture.clone()],
            ..Article::default()
        };
        let out = written(&[story.clone()]);
        let expected = r#"
      <media:content url="https://x.example/l.jpg" type="image/jpeg" medium="image" width="3600" height="2400">
        <media:title>Crowds</media:title>
        <media:description>Onlookers watch.</media:description>
        <media:credit>Wire/Tom Reed</media:credit>
        <media:thumbnail url="https://x.example/t.jpg" width="200" height="133"/>
      </media:content>"#;
        assert!(out.contains(expected), "{out}");
        let mut video = picture;
        video.kind = Some(ItemKind::Video);
        video.headline = None;
        video.renditions = vec![enclosure("https://x.example/v.mp4", None, None), {
            let mut low = enclosure("https://x.example/v-low.mp4", None, None);
            low.title = Some("Low".into());
            low
        }];
        story.associations = vec![video];
        let out = written(&[story]);
        let expected = r#"
      <media:group>
        <media:title>Low</media:title>
        <media:description>Onlookers watch.</media:description>
        <media:credit>Wire/Tom Reed</media:credit>
        <media:content url="https://x.example/v.mp4" type="video/mp4" medium="video"/>
        <media:content url="https://x.example/v-low.mp4" type="video/mp4" medium="video">
          <media:title>Low</media:title>
        </media:content>
      </media:group>"#;
        assert!(out.contains(expected), "{out}");
    }

    /// The byline and the dateline are printed at the head of the text, where the reader takes
    /// them back from.
    #[test]
    fn the_byline_and_the_dateline_are_printed_in_the_text() {
        let mut dateline = Dateline::new("ROMA, 15 gen (ANSA) -");
        dateline.city = Some("ROMA".into());
        let story = Article {
            headline: Some("H".into()),
            byline: Some("By Anna Bianchi".into()),
            dateline: Some(dateline),
            body: vec![Block::paragraph("The talks resumed.")],
            ..Article::default()
        };
        let out = written(std::slice::from_ref(&story));
        assert!(out.contains("<content:encoded>&lt;p&gt;By Anna Bianchi&lt;/p&gt;\n&lt;p&gt;ROMA, 15 gen (ANSA) - The talks resumed.&lt;/p&gt;</content:encoded>"), "{out}");
        let back = read(out.as_bytes()).unwrap().remove(0);
        assert_eq!(back.byline.as_deref(), Some("By Anna Bianchi"));
        assert_eq!(
            back.dateline.as_ref().map(|d| d.text.as_str()),
            Some("ROMA, 15 gen (ANSA) -")
        );
        assert_eq!(back.body, [Block::paragraph("The talks resumed.")]);
        // A byline that does not read as one is not printed (it would stay in the text).
        let mut plain = story;
        plain.byline = Some("Anna Bianchi".into());
        assert!(!written(&[plain]).contains("Anna Bianchi"));
    }

    /// Items are told apart by guid: a repeated id gets the item's place. The channel's title
    /// is the source every item shares; its link the site of the first item link.
    #[test]
    fn a_channel_of_several_items() {
        let mut first = a_story();
        first.provider = Some(Party::named("News").with_id("https://news.example/feed"));
        let mut second = first.clone();
        second.links.clear();
        let out = written(&[first, second.clone(), second]);
        assert!(out.contains("<title>News</title>\n    <link>https://news.example/</link>\n    <description>News</description>"), "{out}");
        assert!(out.contains(r#"<guid isPermaLink="true">https://news.example/2024/rates</guid>"#));
        assert!(
            out.contains(r#"<guid isPermaLink="false">https://news.example/2024/rates#2</guid>"#)
        );
        assert!(
            out.contains(r#"<guid isPermaLink="false">https://news.example/2024/rates#3</guid>"#)
        );
        assert!(out.contains(r#"<source url="https://news.example/feed">News</source>"#));
        let back = read(out.as_bytes()).unwrap();
        assert!(back.iter().all(|a| a.warnings.is_empty()), "{back:?}");
        assert_eq!(
            back[0].provider,
            Some(Party::named("News").with_id("https://news.example/feed"))
        );
    }

    /// No site: the channel link is the hash of the guids, and an unshared source is no title.
    #[test]
    fn a_channel_without_links_has_a_derived_link() {
        let a = Article {
            id: Some("urn:x:1".into()),
            ..Article::default()
        };
        let out = written(&[
            a.clone(),
            Article {
                id: Some("urn:x:2".into()),
                ..a.clone()
            },
        ]);
        assert!(
            out.contains("<title>newswire</title>\n    <link>urn:newswire:feed:"),
            "{out}"
        );
        let again = written(&[
            a.clone(),
            Article {
                id: Some("urn:x:2".into()),
                ..a.clone()
            },
        ]);
        assert_eq!(out, again);
        let other = written(&[
            a.clone(),
            Article {
                id: Some("urn:x:3".into()),
                ..a
            },
        ]);
        assert_ne!(out.lines().nth(4), other.lines().nth(4));
    }
}

/// A WordPress export for the tests below: `items` in a channel with one author.
fn export(items: &str) -> String {
    format!(
        r#"<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title>
  <wp:wxr_version>1.2</wp:wxr_version>
{items}
</channel></rss>"#
    )
}

/// Issue #24: an attachment of a post the export holds is one of its pictures, not a record
/// left out; an attachment of no post read (a page's, or of no parent) is still reported.
/// Attachments' titles and captions are HTML, as WordPress shows them.
#[test]
fn attachments_of_posts_read_are_not_reported_and_their_texts_are_html() {
    let xml = export(
        r#"<item><title>Post</title><wp:post_id>8</wp:post_id><wp:post_type>post</wp:post_type>
    <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>9</wp:meta_value></wp:postmeta></item>
  <item><title><![CDATA[Pier &amp; <em>boats</em>]]></title><wp:post_id>9</wp:post_id><wp:post_parent>8</wp:post_parent>
    <wp:post_type>attachment</wp:post_type>
    <excerpt:encoded><![CDATA[  ]]></excerpt:encoded>
    <content:encoded><![CDATA[<p>The pier &amp; the <strong>boats</strong></p>]]></content:encoded>
    <wp:attachment_url>https://blog.example/up/pier.jpg</wp:attachment_url></item>
  <item><title>Logo</title><wp:post_id>10</wp:post_id><wp:post_parent>3</wp:post_parent>
    <wp:post_type>attachment</wp:post_type><wp:attachment_url>https://blog.example/up/logo.png</wp:attachment_url></item>
  <item><title>Page</title><wp:post_id>3</wp:post_id><wp:post_type>page</wp:post_type></item>"#,
    );
    let articles = read(xml.as_bytes()).unwrap();
    let [post] = articles.as_slice() else {
        panic!("{articles:?}")
    };
    assert_eq!(post.warnings.len(), 1, "{:?}", post.warnings);
    assert_eq!(
        post.warnings[0].raw.as_deref(),
        Some("attachment: 1, page: 1"),
        "the page's logo is reported, the post's picture is not"
    );
    let [picture] = post.associations.as_slice() else {
        panic!("{:?}", post.associations)
    };
    assert_eq!(picture.headline.as_deref(), Some("Pier & boats"));
    assert_eq!(
        picture.caption.as_deref(),
        Some("The pier & the boats"),
        "a blank caption gives way to the description"
    );
}

/// Issue #24: WordPress tells posts apart by their `wp:post_id`: in an export, posts with ids
/// of their own keep a guid they share; a post whose id an earlier one has, or whose guid is
/// the one WordPress made for another post (a copy's), gives way as an RSS item does.
#[test]
fn posts_with_their_own_ids_keep_a_shared_guid() {
    let item = |guid: &str, post_id: &str| {
        format!(
            r#"<item><title>P{post_id}</title><guid isPermaLink="false">{guid}</guid><wp:post_id>{post_id}</wp:post_id><wp:post_type>post</wp:post_type></item>"#
        )
    };
    let copied = "https://blog.example/?p=4";
    let xml = export(
        &[
            item("urn:x:1", "1"),
            item("urn:x:1", "2"),
            item("urn:x:1", "2"),
            item(copied, "4"),
            item(copied, "5"),
        ]
        .concat(),
    );
    let articles = read(xml.as_bytes()).unwrap();
    let ids: Vec<_> = articles.iter().map(|a| a.id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("urn:x:1"),
            Some("urn:x:1"),
            Some("urn:x:1#3"),
            Some(copied),
            Some("https://blog.example/?p=4#5")
        ]
    );
    assert!(
        articles[1].warnings.is_empty(),
        "{:?}",
        articles[1].warnings
    );
    assert_eq!(articles[2].warnings[0].field.as_deref(), Some("id"));
    assert_eq!(articles[4].warnings[0].raw.as_deref(), Some(copied));
}

/// Issue #24: an empty UTC modification time is unknown, not none: the local one is read, as
/// for the post date; the zero date is no time.
#[test]
fn an_empty_utc_modification_time_reads_the_local_one() {
    let item = |local: &str, gmt: &str| {
        format!(
            r#"<item><title>t</title><wp:post_type>post</wp:post_type><wp:post_modified>{local}</wp:post_modified><wp:post_modified_gmt>{gmt}</wp:post_modified_gmt></item>"#
        )
    };
    let xml = export(
        &[
            item("2024-06-01 10:00:00", ""),
            item("2024-06-01 10:00:00", "2024-06-01 08:00:00"),
            item("2024-06-01 10:00:00", "0000-00-00 00:00:00"),
            item("0000-00-00 00:00:00", ""),
        ]
        .concat(),
    );
    let modified: Vec<Option<String>> = read(xml.as_bytes())
        .unwrap()
        .iter()
        .map(|a| a.modified.map(|t| t.to_rfc3339()))
        .collect();
    assert_eq!(
        modified,
        [
            Some("2024-06-01T10:00:00".to_string()),
            Some("2024-06-01T08:00:00Z".to_string()),
            None,
            None
        ]
    );
}
