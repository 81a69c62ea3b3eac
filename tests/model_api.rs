//! The model as a library user builds it: from outside the crate, where `#[non_exhaustive]`
//! structs take no struct literal, an article is made with constructors and `with_*` setters,
//! and writes and reads back as built (#21 point 8).

use newswire::Format;
use newswire::model::{
    Agency, Article, Association, Author, AuthorKind, Block, Concept, Dateline, EntityKind, Figure,
    Inline, ItemKind, Link, Party, PubStatus, Rendition, Rights, RoledText, RowPart, TableCell,
    TableRow, Timestamp,
};

fn built() -> Article {
    let time: Timestamp = "2024-01-15T14:05:00+01:00".parse().expect("a time");
    Article::default()
        .with_id("urn:newsml:example.com:20240115:rates")
        .with_version(2u32)
        .with_language("en")
        .with_headline("Rates held at 4%")
        .with_subheadline("The bank waits for spring")
        .with_headline_in_role(RoledText::with_role("Rates held", "short"))
        .with_slugline("RATES")
        .with_keyword("rates")
        .with_subject(
            Concept::coded("medtop", "20000350")
                .with_name("interest rates")
                .with_role("about"),
        )
        .with_subject(Concept::named("Jane Doe").with_kind(EntityKind::Person))
        .with_genre(Concept::coded("genre", "Current"))
        .with_byline("By Jane Doe")
        .with_author(
            Author::named("Jane Doe")
                .with_kind(AuthorKind::Creator)
                .with_job_title("Economics editor"),
        )
        .with_dateline(
            Dateline::new("LONDON, Jan 15 (Example) -")
                .with_city("LONDON")
                .with_agency(Agency::new("Example")),
        )
        .with_credit("Example News")
        .with_provider(Party::named("Example News").with_id("example"))
        .with_rights(
            Rights::default()
                .with_holder(Party::named("Example News"))
                .with_notice("© 2024 Example News"),
        )
        .with_urgency(3u8)
        .with_pub_status(PubStatus::Usable)
        .with_created(time)
        .with_published(time)
        .with_description("The bank held its rate.")
        .with_editorial_note(RoledText::new("Corrects the rate in the second paragraph"))
        .with_block(Block::paragraph("The bank held its rate at 4%."))
        .with_block(Block::Figure(Box::new(
            Figure::new("https://example.com/p/1.jpg")
                .with_media_type("image/jpeg")
                .with_credit("Example Pictures"),
        )))
        .with_link(Link::new("https://example.com/rates").with_rel("alternate"))
        .with_association(
            Association::default()
                .with_kind(ItemKind::Picture)
                .with_id("urn:newsml:example.com:20240115:p1")
                .with_caption("The bank's door")
                .with_rendition(
                    Link::new("https://example.com/p/1.jpg")
                        .with_media_type("image/jpeg")
                        .with_rendition(
                            Rendition::default().with_width(800u32).with_height(600u32),
                        ),
                ),
        )
}

#[test]
fn setters_set_what_they_name() {
    let article = built();
    assert_eq!(
        article.id.as_deref(),
        Some("urn:newsml:example.com:20240115:rates")
    );
    assert_eq!(article.version, Some(2));
    assert_eq!(article.headline.as_deref(), Some("Rates held at 4%"));
    assert_eq!(article.headlines[0].role.as_deref(), Some("short"));
    assert_eq!(article.keywords, ["rates"]);
    assert_eq!(article.subjects.len(), 2);
    assert_eq!(article.subjects[0].code.as_deref(), Some("20000350"));
    assert_eq!(article.subjects[0].role.as_deref(), Some("about"));
    assert_eq!(article.subjects[1].kind, Some(EntityKind::Person));
    assert_eq!(article.genres[0].scheme.as_deref(), Some("genre"));
    assert_eq!(
        article.authors[0].job_title.as_deref(),
        Some("Economics editor")
    );
    let dateline = article.dateline.as_ref().expect("a dateline");
    assert_eq!(dateline.city.as_deref(), Some("LONDON"));
    assert_eq!(dateline.agencies[0].name, "Example");
    assert_eq!(
        article.provider.as_ref().and_then(|p| p.id.as_deref()),
        Some("example")
    );
    assert_eq!(
        article.rights.notice.as_deref(),
        Some("© 2024 Example News")
    );
    assert_eq!(article.urgency, Some(3));
    assert_eq!(article.body.len(), 2);
    assert_eq!(article.links[0].rel.as_deref(), Some("alternate"));
    let rendition = &article.associations[0].renditions[0];
    assert_eq!(
        rendition.rendition.as_ref().and_then(|r| r.width),
        Some(800)
    );
    let cell = TableCell::text("x").with_colspan(2u16);
    assert_eq!(cell.colspan, 2);
    let row = TableRow::new(Vec::new())
        .with_part(RowPart::Head)
        .with_cell(
            TableCell::default()
                .with_header(true)
                .with_inline(Inline::text("Rate")),
        );
    assert_eq!(row.part, RowPart::Head);
    assert!(row.cells[0].header);
    assert_eq!(row.cells[0].content, [Inline::text("Rate")]);
    let figure = Figure::new("https://example.com/p/1.jpg").with_caption(Inline::text("Door"));
    assert_eq!(figure.caption, [Inline::text("Door")]);
}

#[test]
fn a_built_article_writes_and_reads_back_as_built() {
    let article = built();
    let articles = [article];
    let json = newswire::write(&articles, Format::Json).expect("json");
    let read = newswire::read(&json, Format::Json).expect("read");
    assert_eq!(read, articles);

    let article = &articles[0];
    let g2 = newswire::write(&articles, Format::NewsmlG2).expect("g2");
    let read = newswire::read(&g2, Format::NewsmlG2).expect("read g2");
    let back = &read[0];
    assert_eq!(back.headline, article.headline);
    assert_eq!(back.subjects[0].code.as_deref(), Some("20000350"));
    assert_eq!(back.authors[0].name, "Jane Doe");
    assert_eq!(
        back.dateline.as_ref().map(|d| d.text.as_str()),
        Some("LONDON, Jan 15 (Example) -")
    );
}
