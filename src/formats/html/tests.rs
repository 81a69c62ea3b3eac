use super::lang::{direction, lang_attribute};
use super::write::{html_time, page_title};
use super::{project, write};
use crate::formats::test_support::link;
use crate::model::{
    Article, Association, Block, Dateline, Figure, Inline, ItemKind, Link, RowPart, TableCell,
    TableRow, Timestamp,
};
use crate::xml::{XmlWriter, html_form, write_html_body};
use crate::{Format, formats};

fn page(article: &Article) -> String {
    String::from_utf8(write(article).unwrap()).unwrap()
}

fn story() -> Article {
    Article {
        id: Some("urn:x:1".into()),
        language: Some("en".into()),
        headline: Some("Rates held".into()),
        body: vec![Block::paragraph("The bank held.")],
        published: Timestamp::parse("2024-01-15T14:05:00+01:00"),
        ..Article::default()
    }
}

/// The whole page of a small story, written out by hand: the head's order, the JSON-LD as the
/// jsonld writer writes it, the story's parts.
#[test]
fn a_small_story_is_this_page() {
    let mut article = story();
    article.description = Some("The bank held rates.".into());
    article.byline = Some("By Ann Lee".into());
    article.dateline = Some(Dateline::new("FRANKFURT (X) -"));
    article.links = vec![link(Some("alternate"), "https://x.example/rates", None)];
    let expected = r#"<!DOCTYPE html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' https: http:; base-uri 'none'; form-action 'none'">
    <title>Rates held</title>
    <link rel="canonical" href="https://x.example/rates">
    <meta name="description" content="The bank held rates.">
    <meta property="og:type" content="article">
    <meta property="og:title" content="Rates held">
    <meta property="og:description" content="The bank held rates.">
    <meta property="og:url" content="https://x.example/rates">
    <meta property="article:published_time" content="2024-01-15T14:05:00+01:00">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="Rates held">
    <meta name="twitter:description" content="The bank held rates.">
    <script type="application/ld+json">{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "@id": "urn:x:1",
  "identifier": "urn:x:1",
  "headline": "Rates held",
  "description": "The bank held rates.",
  "articleBody": "FRANKFURT (X) - The bank held.",
  "wordCount": 3,
  "dateline": "FRANKFURT (X) -",
  "datePublished": "2024-01-15T14:05:00+01:00",
  "inLanguage": "en",
  "url": "https://x.example/rates"
}
</script>
  </head>
  <body>
    <article>
      <header>
        <h1>Rates held</h1>
        <p class="standfirst">The bank held rates.</p>
        <p class="byline">By Ann Lee</p>
        <p class="dateline">FRANKFURT (X) -</p>
        <p class="published"><time datetime="2024-01-15T14:05:00+01:00">2024-01-15 14:05 +01:00</time></p>
      </header>
      <div class="body">
        <p>The bank held.</p>
      </div>
    </article>
  </body>
</html>
"#;
    assert_eq!(page(&article), expected);
}

/// The script element holds the jsonld writer's bytes, whose strings escape `<`, `>`, `&`,
/// U+2028 and what HTML cannot hold (DEL, C1 controls, noncharacters); the page's text drops
/// those.
#[test]
fn the_json_ld_is_escaped_and_the_jsonld_writers_bytes() {
    let mut article = story();
    // The description, which JSON-LD writes as it is (a headline is put on one line there, and
    // U+2028 is whitespace).
    article.description = Some("</script><!-- a\u{2028}b \u{7f}\u{85}\u{fdd0} & c".into());
    let html = page(&article);
    assert!(
        html.contains(
            r#""description": "\u003c/script\u003e\u003c!-- a\u2028b \u007f\u0085\ufdd0 \u0026 c","#
        ),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"standfirst\">&lt;/script&gt;&lt;!-- a\u{2028}b &amp; c</p>"),
        "{html}"
    );
    let jsonld = formats::write(std::slice::from_ref(&article), Format::JsonLd).unwrap();
    let jsonld = String::from_utf8(jsonld).unwrap();
    assert!(
        html.contains(&format!(
            "<script type=\"application/ld+json\">{jsonld}</script>"
        )),
        "{html}"
    );
    assert_eq!(html.matches("<script").count(), 1);
}

/// Meta contents are attribute values: quotes, markup and line breaks escaped, a carriage
/// return a line feed (no `&#13;`).
#[test]
fn meta_contents_are_escaped() {
    let mut article = story();
    article.description = Some("\"Held\" <b>&</b>\r\nagain".into());
    let html = page(&article);
    assert!(
        html.contains(
            r#"<meta name="description" content="&quot;Held&quot; &lt;b&gt;&amp;&lt;/b&gt; again">"#
        ),
        "{html}"
    );
    assert!(
        html.contains(r#"<meta property="og:description" content="&quot;Held&quot; &lt;b&gt;&amp;&lt;/b&gt; again">"#),
        "{html}"
    );
    assert!(!html.contains("&#13;"), "{html}");
}

#[test]
fn lang_is_left_out_without_a_language_and_never_made_up() {
    let mut article = story();
    article.language = None;
    let html = page(&article);
    assert!(html.contains("<html dir=\"ltr\">"), "{html}");
    article.language = Some("en\"><script>".into());
    assert!(page(&article).contains("<html dir=\"ltr\">"));
    article.language = Some("eng".into());
    assert!(page(&article).contains("<html dir=\"ltr\">"));
    article.language = Some("de-CH".into());
    assert!(page(&article).contains("<html lang=\"de-CH\" dir=\"ltr\">"));
}

/// The registry's subtags: the language (`en`, not `eng`; `yue`, which has no 639-1 code),
/// then a script and a region; what follows an unknown subtag is left out.
#[test]
fn lang_keeps_the_known_start_of_the_tag() {
    let cases = [
        (" zh-Hant-TW ", Some("zh-Hant-TW")),
        ("sr-Latn", Some("sr-Latn")),
        ("es-419", Some("es-419")),
        ("en-UK", Some("en")),
        ("en-GB-oed", Some("en-GB")),
        ("de-CH-1996", Some("de-CH")),
        ("en-Xyzw-US", Some("en")),
        ("yue", Some("yue")),
        ("eng", None),
        ("zz", None),
        ("x-klingon", None),
        ("en_GB", None),
        ("", None),
    ];
    for (tag, expected) in cases {
        assert_eq!(lang_attribute(Some(tag)), expected, "{tag:?}");
    }
    assert_eq!(lang_attribute(None), None);
}

/// Right to left by the tag's script, else its language, else the first letter.
#[test]
fn dir_follows_the_script_then_the_first_letter() {
    assert_eq!(direction(Some("ar"), ["Rates held"]), "rtl");
    assert_eq!(direction(Some("he-IL"), [""]), "rtl");
    assert_eq!(direction(Some("az-Arab"), ["x"]), "rtl");
    assert_eq!(direction(Some("ar-Latn"), ["مرحبا"]), "ltr");
    assert_eq!(direction(Some("en"), ["12 — שלום עולם"]), "rtl");
    assert_eq!(direction(None, ["", "2024: البنك"]), "rtl");
    assert_eq!(direction(None, ["— 1, 2 —", "Bank"]), "ltr");
    assert_eq!(direction(None, [""]), "ltr");
    let mut article = story();
    article.language = None;
    article.headline = Some("البنك المركزي يثبت أسعار الفائدة".into());
    assert!(page(&article).contains("<html dir=\"rtl\">"));
    article.language = Some("he".into());
    article.headline = Some("Rates".into());
    assert!(page(&article).contains("<html lang=\"he\" dir=\"rtl\">"));
}

#[test]
fn canonical_only_for_an_absolute_http_url() {
    let mut article = story();
    let canonical = |article: &Article| page(article).contains("rel=\"canonical\"");
    assert!(!canonical(&article));
    article.links = vec![
        link(Some("related"), "https://x.example/other", None),
        link(Some("alternate"), "/rates", None),
        link(Some("alternate"), "urn:x:rates", None),
    ];
    assert!(!canonical(&article));
    article.links.push(link(
        Some("alternate"),
        "https://x.example/rates?a=1&b=2",
        None,
    ));
    let html = page(&article);
    assert!(
        html.contains(r#"<link rel="canonical" href="https://x.example/rates?a=1&amp;b=2">"#),
        "{html}"
    );
    assert!(
        html.contains(r#"<meta property="og:url" content="https://x.example/rates?a=1&amp;b=2">"#)
    );
}

/// The title is never blank: headline, title, another headline, description, body, id.
#[test]
fn the_title_is_derived_when_there_is_no_headline() {
    let mut article = Article {
        id: Some("urn:x:7".into()),
        ..Article::default()
    };
    assert_eq!(page_title(&article, &[]), "urn:x:7");
    let long = "word ".repeat(30);
    let body = vec![Block::paragraph(long.as_str())];
    assert_eq!(page_title(&article, &body), "word ".repeat(20).trim_end());
    article.description = Some("A  short\ndescription.".into());
    assert_eq!(page_title(&article, &body), "A short description.");
    article.headlines = vec![crate::model::RoledText::with_role("Web head", "web")];
    assert_eq!(page_title(&article, &body), "Web head");
    article.title = Some("TITLE".into());
    assert_eq!(page_title(&article, &body), "TITLE");
    article.headline = Some(" \u{85} ".into());
    // A headline of nothing HTML shows is none; display_headline takes it over the title.
    assert_eq!(page_title(&article, &body), "Web head");
    article.id = None;
    let anonymous = page_title(&Article::default(), &[]);
    assert!(anonymous.starts_with("urn:newswire:"), "{anonymous}");
    assert!(page(&Article::default()).contains(&format!("<title>{anonymous}</title>")));
}

#[test]
fn times_are_htmls_to_the_millisecond() {
    let time = |text: &str| html_time(&Timestamp::parse(text).unwrap());
    assert_eq!(
        time("2024-01-15T14:05:00Z"),
        Some(("2024-01-15T14:05:00Z".into(), "2024-01-15 14:05 UTC".into()))
    );
    assert_eq!(
        time("2024-01-15T14:05:07.123456-05:30"),
        Some((
            "2024-01-15T14:05:07.123-05:30".into(),
            "2024-01-15 14:05 -05:30".into()
        ))
    );
    assert_eq!(
        time("2024-01-15T14:05:00"),
        Some(("2024-01-15T14:05:00".into(), "2024-01-15 14:05".into()))
    );
    assert_eq!(
        time("0099-01-15T14:05:00+15:00"),
        Some(("0099-01-14T23:05:00Z".into(), "0099-01-14 23:05 UTC".into()))
    );
}

fn html_body(blocks: &[Block], above: u8) -> String {
    let mut w = XmlWriter::html();
    write_html_body(&mut w, blocks, above);
    String::from_utf8(w.finish()).unwrap()
}

/// HTML5's figure: the picture, the caption and the credit in `small`; a file that is no
/// picture is a link; a `pre` that opens with a line break gets one more.
#[test]
fn figures_and_pre_are_html5s() {
    let mut figure = Figure::new("https://x.example/p 1.jpg");
    figure.alt = Some("A boat".into());
    figure.caption = vec![
        Inline::text("The "),
        Inline::Emphasis(vec![Inline::text("boat")]),
    ];
    figure.credit = Some("Photo: Ann Lee".into());
    let mut video = Figure::new("https://x.example/v.mp4");
    video.media_type = Some("video/mp4".into());
    video.credit = Some("AP".into());
    let blocks = [
        Block::Figure(Box::new(figure)),
        Block::Figure(Box::new(video)),
        Block::Preformatted {
            text: "\n a\r\nb".into(),
        },
    ];
    assert_eq!(
        html_body(&blocks, 1),
        "<!DOCTYPE html>\n<figure>\n  <img src=\"https://x.example/p%201.jpg\" alt=\"A boat\">\n  \
         <figcaption>The <em>boat</em> <small>Photo: Ann Lee</small></figcaption>\n</figure>\n\
         <figure>\n  <a href=\"https://x.example/v.mp4\">https://x.example/v.mp4</a>\n  \
         <figcaption><small>AP</small></figcaption>\n</figure>\n<pre>\n\n a\nb</pre>\n"
    );
}

/// The foot after the body; a row span stops at its group's end; a cell over a covered slot
/// and a column no cell starts in are taken back; headings skip no level after the `h1`.
#[test]
fn tables_and_headings_are_as_html5s_checkers_take_them() {
    let mut tall = TableCell::text("tall");
    tall.rowspan = 5;
    let mut wide = TableCell::text("wide");
    wide.colspan = 3;
    let mut over = TableCell::text("over");
    over.colspan = 2;
    let rows = vec![
        TableRow::head(vec![TableCell::heading("A"), TableCell::heading("B")]),
        TableRow::new(vec![TableCell::text("a"), tall]),
        TableRow::new(vec![over]),
        TableRow {
            part: RowPart::Foot,
            cells: vec![wide],
        },
    ];
    let blocks = vec![
        Block::heading(4, "Deep"),
        Block::Table {
            caption: vec![],
            rows,
        },
        Block::Blockquote {
            blocks: vec![Block::heading(6, "Deeper")],
        },
        Block::heading(2, "Up"),
    ];
    assert_eq!(
        html_body(&blocks, 1),
        "<!DOCTYPE html>\n<h2>Deep</h2>\n<table>\n  <thead>\n    <tr>\n      <th>A</th>\n      <th>B</th>\n    </tr>\n  \
         </thead>\n  <tbody>\n    <tr>\n      <td>a</td>\n      <td rowspan=\"2\">tall</td>\n    </tr>\n    <tr>\n      \
         <td>over</td>\n    </tr>\n  </tbody>\n  <tfoot>\n    <tr>\n      <td colspan=\"2\">wide</td>\n    </tr>\n  \
         </tfoot>\n</table>\n<blockquote>\n  <h3>Deeper</h3>\n</blockquote>\n<h2>Up</h2>\n"
    );
    // Without an h1 above, the first heading keeps its level.
    assert!(html_body(&blocks, 0).contains("<h4>Deep</h4>\n"));
    // What is already as HTML5 takes it is borrowed.
    let plain = [Block::heading(2, "a"), Block::paragraph("b")];
    assert!(matches!(
        html_form(&plain, 1),
        std::borrow::Cow::Borrowed(_)
    ));
}

/// An associated picture is a figure after the body; other associations are only in the
/// JSON-LD (or links).
#[test]
fn associated_pictures_are_figures() {
    let mut article = story();
    let file = Link {
        rel: Some("enclosure".into()),
        href: "https://x.example/harbour.jpg".into(),
        media_type: Some("image/jpeg".into()),
        ..Link::default()
    };
    article.associations = vec![
        Association {
            kind: Some(ItemKind::Picture),
            headline: Some("Harbour".into()),
            caption: Some("The harbour at dawn.".into()),
            byline: Some("Ann Lee".into()),
            renditions: vec![file.clone()],
            ..Association::default()
        },
        Association {
            kind: Some(ItemKind::Video),
            caption: Some("A video.".into()),
            renditions: vec![Link {
                href: "https://x.example/v.mp4".into(),
                ..file
            }],
            ..Association::default()
        },
    ];
    let html = page(&article);
    assert!(
        html.contains(
            "      <figure>\n        <img src=\"https://x.example/harbour.jpg\" alt=\"Harbour\">\n        \
             <figcaption>The harbour at dawn. <small>Ann Lee</small></figcaption>\n      </figure>\n"
        ),
        "{html}"
    );
    assert!(
        html.contains("<meta property=\"og:image\" content=\"https://x.example/harbour.jpg\">")
    );
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert_eq!(html.matches("<figure>").count(), 1, "{html}");
}

/// The projection: the JSON-LD's article, with the byline and the body as the page shows them.
#[test]
fn the_projection_is_the_json_ld_with_what_the_page_shows() {
    let mut article = story();
    article.byline = Some(" By  Ann\tLee ".into());
    article.body = vec![
        Block::heading(1, "Rates held"),
        Block::heading(3, "Why"),
        Block::paragraph("The bank held."),
    ];
    let projected = project(&article);
    assert_eq!(projected.byline.as_deref(), Some("By Ann Lee"));
    assert_eq!(
        projected.body,
        vec![Block::heading(2, "Why"), Block::paragraph("The bank held.")]
    );
    assert_eq!(projected.headline.as_deref(), Some("Rates held"));
    assert_eq!(projected.slugline, None);
}

/// A picture item's page shows its picture; an item not to be published is kept out of
/// search engines.
#[test]
fn a_picture_item_shows_its_picture_and_a_withheld_one_is_not_indexed() {
    let mut article = story();
    article.kind = ItemKind::Picture;
    article.body.clear();
    article.links = vec![
        link(
            Some("enclosure"),
            "https://x.example/f.txt",
            Some("text/plain"),
        ),
        link(
            Some("enclosure"),
            "https://x.example/f.jpg",
            Some("image/jpeg"),
        ),
    ];
    let html = page(&article);
    assert!(
        html.contains(
            "      </header>\n      <figure>\n        <img src=\"https://x.example/f.jpg\" alt=\"Rates held\">\n      </figure>\n"
        ),
        "{html}"
    );
    assert!(!html.contains("noindex"));
    article.pub_status = crate::model::PubStatus::Withheld;
    assert!(page(&article).contains("    <meta name=\"robots\" content=\"noindex\">\n"));
}
