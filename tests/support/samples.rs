//! Sample documents in every format newswire reads, and articles with a chosen string in every
//! field: the material of the adversarial tests and the never-panics properties.

use chrono::{FixedOffset, TimeZone};
use newswire::model::{
    Agency, Article, Author, AuthorKind, Block, Concept, Dateline, Inline, Link, Party, Rights,
    Timestamp,
};
use newswire::{Format, write};

use super::root;

/// An article with `text(field)` in every string field (`field` names it: `headline`,
/// `authors.name`, `body.link.href`, ...), every list holding one item, and times with offsets.
pub fn article_with(text: impl Fn(&str) -> String) -> Article {
    let time = Timestamp::new(
        FixedOffset::east_opt(3600)
            .and_then(|zone| zone.with_ymd_and_hms(2024, 1, 15, 14, 5, 0).single())
            .expect("a valid time"),
    );
    let party = |field: &str| {
        Party::named(text(&format!("{field}.name"))).with_id(text(&format!("{field}.id")))
    };
    let concept = |field: &str| {
        Concept::coded(
            text(&format!("{field}.scheme")),
            text(&format!("{field}.code")),
        )
        .with_name(text(&format!("{field}.name")))
    };
    let mut author = Author::named(text("authors.name"));
    author.id = Some(text("authors.id"));
    author.kind = AuthorKind::Creator;
    author.role = Some(text("authors.role"));
    author.job_title = Some(text("authors.job_title"));
    let mut dateline = Dateline::new(text("dateline.text"));
    dateline.city = Some(text("dateline.city"));
    dateline.region = Some(text("dateline.region"));
    dateline.agencies = vec![
        Agency::new(text("dateline.agencies.name")).with_service(text("dateline.agencies.service")),
    ];
    let rights = Rights::default()
        .with_holder(party("rights.holder"))
        .with_notice(text("rights.notice"))
        .with_usage_terms(text("rights.usage_terms"))
        .with_further_notice(text("rights.further_notices"))
        .with_further_usage_terms(text("rights.further_usage_terms"));
    let mut article = Article::default();
    article.id = Some(text("id"));
    article.version = Some(2);
    article.language = Some("en".to_string());
    article.title = Some(text("title"));
    article.headline = Some(text("headline"));
    article.subheadline = Some(text("subheadline"));
    article.slugline = Some(text("slugline"));
    article.keywords = vec![text("keywords")];
    article.subjects = vec![concept("subjects")];
    article.genres = vec![concept("genres")];
    article.services = vec![concept("services")];
    article.sections = vec![concept("sections")];
    article.byline = Some(text("byline"));
    article.authors = vec![author];
    article.dateline = Some(dateline);
    article.credit = Some(text("credit"));
    article.provider = Some(party("provider"));
    article.sources = vec![party("sources")];
    article.rights = rights;
    article.urgency = Some(3);
    article.priority = Some(3);
    article.created = Some(time);
    article.modified = Some(time);
    article.published = Some(time);
    article.editorial_notes = vec![text("editorial_notes").into()];
    article.description = Some(text("description"));
    article.body = vec![
        Block::paragraph(text("body.paragraph")),
        Block::heading(2, text("body.heading")),
        Block::Paragraph {
            content: vec![
                Inline::Strong(vec![Inline::text(text("body.strong"))]),
                Inline::text(" "),
                Inline::Link {
                    href: text("body.link.href"),
                    title: Some(text("body.link.title")),
                    content: vec![Inline::text(text("body.link.text"))],
                },
            ],
        },
        Block::Blockquote {
            blocks: vec![Block::paragraph(text("body.quote"))],
        },
        Block::List {
            ordered: false,
            items: vec![vec![Block::paragraph(text("body.item"))]],
        },
        Block::Aside {
            kind: text("body.aside.kind"),
            blocks: vec![Block::paragraph(text("body.aside"))],
        },
        Block::Preformatted {
            text: text("body.preformatted"),
        },
    ];
    article.links = vec![
        Link::new(text("links.href"))
            .with_rel(text("links.rel"))
            .with_media_type(text("links.media_type"))
            .with_title(text("links.title")),
    ];
    article
}

/// A plain article with every field: what the sample documents hold.
pub fn plain_article() -> Article {
    article_with(|field| match field {
        "id" => "urn:newsml:example.com:20240115:sample".to_string(),
        f if f.ends_with(".id") || f.ends_with("href") || f.ends_with(".scheme") => {
            format!("https://example.com/{}", f.replace('.', "/"))
        }
        f if f.ends_with(".code") => "20000350".to_string(),
        "links.media_type" => "text/html".to_string(),
        "links.rel" => "alternate".to_string(),
        "dateline.text" => "ROMA, 15 gen (ANSA) -".to_string(),
        f => format!("Sample {} text", f.replace('.', " ")),
    })
}

/// A valid document of `format`: the plain article written by newswire, or for the formats
/// newswire only reads, the project's own fixture.
pub fn sample(format: Format) -> Vec<u8> {
    let fixture = match format {
        Format::Rss => Some("fixtures/rss/en-newsroom-feed.rss"),
        Format::Newsml12 => Some("fixtures/newsml12/fr-two-items-nitf.xml"),
        Format::ApMedia => Some("fixtures/ap_media/en-picture-item.json"),
        Format::Zczc => Some("fixtures/zczc/broadcast-stream.tst"),
        Format::Ritzau => Some("fixtures/ritzau/net-havn-kraner.xml"),
        Format::Solita => Some("fixtures/solita/pressemelding-ferge.xml"),
        Format::ReutersApi => Some("fixtures/reuters_api/en-item-xhtml.json"),
        Format::Superdesk => Some("fixtures/superdesk/en-archive-dateline-embedded-article.json"),
        Format::Photo => Some("fixtures/photo/handout-rewritten.jpg"),
        Format::Email => Some("fixtures/email/aap-labelled-copy.eml"),
        _ => None,
    };
    match fixture {
        Some(path) => {
            std::fs::read(root().join(path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
        }
        None => write(&[plain_article()], format)
            .unwrap_or_else(|e| panic!("cannot write a {format} sample: {e}")),
    }
}

/// Every format newswire reads.
pub fn readable() -> Vec<Format> {
    Format::ALL.into_iter().filter(|f| f.can_read()).collect()
}

/// Every format newswire writes.
pub fn writable() -> Vec<Format> {
    Format::ALL.into_iter().filter(|f| f.can_write()).collect()
}
