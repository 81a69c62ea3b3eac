use super::entry::{google_language, publication_date};
use super::*;
use crate::formats::fidelity::losses;
use crate::formats::{DocumentWriter, Finished, LeftOut, WriteOptions, left_out, write_with};
use crate::model::{Link, Party, PubStatus, Timestamp};

/// An article a news sitemap lists: a page, a language, a publication time and name, a
/// headline.
fn listed(href: &str) -> Article {
    let mut article = Article::default().with_headline("Rates held");
    article.language = Some("en-GB".into());
    article.published = Timestamp::parse("2026-03-14T11:02:00+01:00");
    article.provider = Some(Party {
        name: Some("The Example Times".into()),
        ..Party::default()
    });
    article.links.push(link("alternate", href));
    article
}

fn link(rel: &str, href: &str) -> Link {
    Link {
        rel: Some(rel.into()),
        href: href.into(),
        ..Link::default()
    }
}

fn sitemap(articles: &[Article]) -> String {
    let bytes = write_with(articles, Format::NewsSitemap, &WriteOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8(bytes).unwrap_or_default()
}

fn reasons(articles: &[Article]) -> Vec<(usize, String)> {
    left_out(articles, Format::NewsSitemap, &WriteOptions::default())
        .into_iter()
        .map(|LeftOut { index, reason, .. }| (index, reason))
        .collect()
}

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">";

#[test]
fn an_article_is_one_url_with_its_news() {
    let mut article = listed("https://example.org/business/rates?id=1&src='rss'");
    article.headline = Some("Rates \"held\"\n at 4%".into());
    article.provider = Some(Party {
        name: Some("O'Brien & Sons".into()),
        ..Party::default()
    });
    let expected = format!(
        "{HEAD}
  <url>
    <loc>https://example.org/business/rates?id=1&amp;src=&apos;rss&apos;</loc>
    <news:news>
      <news:publication>
        <news:name>O&apos;Brien &amp; Sons</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>2026-03-14T11:02:00+01:00</news:publication_date>
      <news:title>Rates &quot;held&quot; at 4%</news:title>
    </news:news>
  </url>
</urlset>
"
    );
    assert_eq!(sitemap(std::slice::from_ref(&article)), expected);
    // Several articles give the same envelope, one url each.
    let two = [article.clone(), listed("https://example.org/b")];
    let written = sitemap(&two);
    assert_eq!(written.matches("<url>").count(), 2);
    assert!(written.starts_with(HEAD) && written.ends_with("  </url>\n</urlset>\n"));
    assert!(reasons(&two).is_empty());
}

#[test]
fn languages_are_google_codes() {
    let code = |tag: &str| google_language(tag).ok();
    assert_eq!(code("de-CH").as_deref(), Some("de"));
    assert_eq!(code(" EN-gb ").as_deref(), Some("en"));
    assert_eq!(code("fil").as_deref(), Some("fil"));
    assert_eq!(code("sr-Latn-RS").as_deref(), Some("sr"));
    assert_eq!(code("zh-Hans").as_deref(), Some("zh-cn"));
    assert_eq!(code("zh-Hant-CN").as_deref(), Some("zh-tw"));
    assert_eq!(code("zh-CN").as_deref(), Some("zh-cn"));
    assert_eq!(code("zh-sg").as_deref(), Some("zh-cn"));
    assert_eq!(code("zh-TW").as_deref(), Some("zh-tw"));
    assert_eq!(code("zh-HK").as_deref(), Some("zh-tw"));
    assert_eq!(code("zh-MO").as_deref(), Some("zh-tw"));
    assert_eq!(code("zh-yue-MY").as_deref(), Some("zh-cn"));
    // Nothing tells simplified from traditional: no guess.
    assert_eq!(code("zh"), None);
    assert_eq!(code("zh-419"), None);
    for no_code in [
        "und",
        "mul",
        "zxx",
        "qaa",
        "qtz-x",
        "xx",
        "i-klingon",
        "en_GB",
        "english",
    ] {
        assert_eq!(code(no_code), None, "{no_code}");
    }
    assert_eq!(
        google_language("zh").err().as_deref(),
        Some(
            "its language \"zh\" is Chinese without the script or region that tells simplified (zh-cn) from traditional (zh-tw)"
        )
    );
    assert_eq!(
        google_language("und").err().as_deref(),
        Some("its language \"und\" names no language")
    );
}

#[test]
fn publication_dates_are_w3c_datetimes() {
    let date = |text: &str| Timestamp::parse(text).and_then(|t| publication_date(&t));
    assert_eq!(
        date("2026-03-14T11:02:00+01:00").as_deref(),
        Some("2026-03-14T11:02:00+01:00")
    );
    assert_eq!(
        date("2026-03-14T10:02:00Z").as_deref(),
        Some("2026-03-14T10:02:00Z")
    );
    assert_eq!(
        date("2026-03-14T11:02:00.25-05:00").as_deref(),
        Some("2026-03-14T11:02:00.250-05:00")
    );
    // An offset xs:dateTime cannot hold: the same instant in UTC.
    assert_eq!(
        date("2026-03-14T11:02:00+15:00").as_deref(),
        Some("2026-03-13T20:02:00Z")
    );
    // No offset: the date alone, as the source gave it.
    assert_eq!(date("2026-03-14T23:30:00").as_deref(), Some("2026-03-14"));
    assert_eq!(date("2026-03-14").as_deref(), Some("2026-03-14"));
    let far = chrono::NaiveDate::from_ymd_opt(10_000, 1, 1)
        .map(|d| Timestamp::without_offset(d.and_time(chrono::NaiveTime::MIN)));
    assert_eq!(far.and_then(|t| publication_date(&t)), None);
}

#[test]
fn an_article_the_sitemap_cannot_list_is_left_out_with_every_reason() {
    let mut bare = Article::default();
    bare.links.push(link("alternate", "/relative/story"));
    bare.links
        .push(link("related", "https://example.org/other"));
    assert_eq!(
        reasons(&[bare]),
        [(
            0,
            "no URL (a canonical or alternate link to an absolute http or https address); \
             no publication name (the provider's name, or a fallback provider's); no language; \
             no publication time (published); no headline or title"
                .to_string()
        )]
    );
    let mut withheld = listed("https://example.org/a");
    withheld.pub_status = PubStatus::Withheld;
    let mut canceled = listed("https://example.org/b");
    canceled.pub_status = PubStatus::Canceled;
    let mut id_only = listed("https://example.org/c");
    id_only.provider = Some(Party {
        id: Some("urn:example:times".into()),
        ..Party::default()
    });
    let mut chinese = listed("https://example.org/d");
    chinese.language = Some("zh".into());
    let mut modified_only = listed("https://example.org/e");
    modified_only.published = None;
    modified_only.modified = Timestamp::parse("2026-03-14T11:02:00+01:00");
    let articles = [withheld, canceled, id_only, chinese, modified_only];
    let found = reasons(&articles);
    let said: Vec<&str> = found.iter().map(|(_, r)| r.as_str()).collect();
    assert_eq!(
        said,
        [
            "withheld (not to be published yet)",
            "canceled",
            "no publication name (the provider's name, or a fallback provider's)",
            "its language \"zh\" is Chinese without the script or region that tells simplified (zh-cn) from traditional (zh-tw)",
            "no publication time (published)",
        ]
    );
    assert_eq!(
        found.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        [0, 1, 2, 3, 4]
    );
    // None is written: the urlset stays, with no url.
    assert_eq!(sitemap(&articles), format!("{HEAD}\n</urlset>\n"));
}

#[test]
fn the_page_is_the_canonical_link_else_an_alternate_html_one() {
    let mut article = listed("https://example.org/amp/story");
    article.links.insert(
        0,
        Link {
            media_type: Some("application/pdf".into()),
            ..link("canonical", "https://example.org/story.pdf")
        },
    );
    article.links.push(Link {
        media_type: Some("text/html; charset=utf-8".into()),
        ..link(" Canonical ", "https://example.org/story")
    });
    let written = sitemap(std::slice::from_ref(&article));
    assert!(
        written.contains("<loc>https://example.org/story</loc>"),
        "{written}"
    );
    // Without the canonical HTML link, the alternate one.
    article.links.pop();
    let written = sitemap(std::slice::from_ref(&article));
    assert!(
        written.contains("<loc>https://example.org/amp/story</loc>"),
        "{written}"
    );
    // An IRI becomes a URI; a password never passes on (the writers' safety pass).
    let written = sitemap(&[listed("https://user:secret@example.org/zh/新聞")]);
    assert!(
        written.contains("<loc>https://example.org/zh/%E6%96%B0%E8%81%9E</loc>"),
        "{written}"
    );
    // A script URL is no page.
    let found = reasons(&[listed("javascript:alert(1)//https://example.org/")]);
    assert!(found[0].1.starts_with("no URL"), "{found:?}");
}

#[test]
fn an_address_beyond_the_protocol_lengths_is_left_out() {
    let long = format!("https://example.org/{}", "a".repeat(2048 - 20));
    assert_eq!(long.len(), 2048);
    assert!(reasons(&[listed(&long)]).is_empty());
    let longer = format!("{long}b");
    assert_eq!(
        reasons(&[listed(&longer)]),
        [(
            0,
            "its URL has 2049 characters, more than the 2048 a sitemap allows".to_string()
        )]
    );
    // Percent-encoding counts: 227 characters of three bytes are 14 + 227 × 9 = 2,057
    // characters of URI, 695 of IRI.
    let wide = format!("https://x.org/{}", "新".repeat(227));
    assert_eq!(wide.len(), 695);
    assert!(reasons(&[listed(&wide)])[0].1.contains("2057 characters"));
    assert_eq!(
        reasons(&[listed("http://a.b/")]),
        [(
            0,
            "its URL has 11 characters, fewer than the 12 the sitemap schema requires".to_string()
        )]
    );
}

#[test]
fn each_address_once_and_a_thousand_at_most() {
    let mut articles: Vec<Article> = (0..1001)
        .map(|i| listed(&format!("https://example.org/story/{i}")))
        .collect();
    // The second article repeats the first's address (once its password is gone).
    articles.insert(1, listed("https://editor:pw@example.org/story/0"));
    let found = reasons(&articles);
    assert_eq!(
        found,
        [
            (
                1,
                "its URL is an earlier article's (a sitemap lists each URL once)".to_string()
            ),
            (
                1001,
                "past the 1000 URLs a news sitemap holds (write the rest as another sitemap)"
                    .to_string()
            ),
        ]
    );
    let written = sitemap(&articles);
    assert_eq!(written.matches("<url>").count(), 1000);
    assert!(written.contains("<loc>https://example.org/story/999</loc>"));
    assert!(!written.contains("<loc>https://example.org/story/1000</loc>"));
}

/// A document written one article at a time holds and leaves out what one written at once
/// does, the same bytes, whichever articles are left out.
#[test]
fn a_document_written_article_by_article_is_the_whole_write() {
    let unlisted = Article::default().with_headline("Wire copy");
    let a = listed("https://example.org/a");
    let b = listed("https://example.org/b");
    let cases: [Vec<Article>; 6] = [
        vec![unlisted.clone()],
        vec![unlisted.clone(), unlisted.clone()],
        vec![unlisted.clone(), a.clone()],
        vec![a.clone(), unlisted.clone(), a.clone()],
        vec![unlisted.clone(), a.clone(), unlisted.clone(), b.clone()],
        vec![a.clone(), b.clone()],
    ];
    for articles in cases {
        let options = WriteOptions::default();
        let Ok(mut writer) = DocumentWriter::new(Format::NewsSitemap, &options) else {
            panic!("a sitemap is written article by article")
        };
        let mut items = Vec::new();
        for article in &articles {
            items.extend(writer.push(article).unwrap_or_default());
        }
        let gone = writer.left_out().to_vec();
        let document = match writer.finish() {
            Ok(Finished::Document(alone)) => alone,
            Ok(Finished::Envelope { head, tail }) => [head, items, tail].concat(),
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            String::from_utf8_lossy(&document),
            sitemap(&articles),
            "{} articles",
            articles.len()
        );
        assert_eq!(
            gone,
            left_out(&articles, Format::NewsSitemap, &options),
            "{} articles",
            articles.len()
        );
    }
}

#[test]
fn the_title_stands_in_for_a_missing_headline() {
    let mut article = listed("https://example.org/a");
    article.headline = Some("  ".into());
    article.title = Some("Tide\tbarrier".into());
    assert!(sitemap(&[article]).contains("<news:title>Tide barrier</news:title>"));
}

/// The loss report says what the sitemap keeps in part only when this article loses some of
/// it, and everything it has no place for.
#[test]
fn the_loss_report_is_exact() {
    let mut article = listed("https://example.org/a");
    article.language = Some("en".into());
    article.id = Some("urn:x:1".into());
    article.byline = Some("By Jane Roe".into());
    let lost = |a: &Article| -> Vec<String> {
        losses(a, Format::NewsSitemap)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(lost(&article), ["id", "byline"]);
    article.language = Some("en-GB".into());
    article.published = Timestamp::parse("2026-03-14T11:02:00");
    let said = lost(&article);
    assert_eq!(said.len(), 4, "{said:?}");
    assert!(said[1].starts_with("language (partly: written as Google's code"));
    assert!(said[3].starts_with("published (partly: a time without an offset"));
    // A time without an offset at midnight is a date: nothing lost.
    article.published = Timestamp::parse("2026-03-14");
    assert!(!lost(&article).iter().any(|l| l.starts_with("published")));
}
