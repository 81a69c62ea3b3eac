//! The NITF reader and writer and the NewsML 1.2 reader: the project's invented fixtures for
//! each mapping rule, small documents for the edge cases, then every real agency file and
//! official example under `../shared`, the values another ingest system's tests expect for them
//! (`../shared/corpus/EXPECTATIONS.md`), and NITF output checked against the NITF 3.6 XSD.

pub mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use newswire::formats::fidelity::project;
use newswire::model::{
    Article, Author, Block, Concept, Dateline, EntityKind, Figure, Inline, ItemKind, Link, Party,
    PubStatus, RoledText, TableCell, TableRow, Timestamp,
};
use newswire::{Error, Format, read, write};
use support::expectations::{self, Known, Why::*};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(support::root().join("fixtures").join(path)).unwrap()
}

fn nitf(xml: &str) -> Article {
    let mut articles = read(xml.as_bytes(), Format::Nitf).unwrap_or_else(|e| panic!("{e}\n{xml}"));
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

fn newsml12(bytes: &[u8]) -> Vec<Article> {
    read(bytes, Format::Newsml12).unwrap_or_else(|e| panic!("{e}"))
}

fn time(text: &str) -> Option<Timestamp> {
    Timestamp::parse(text)
}

fn text(blocks: &[Block]) -> String {
    Block::text_of(blocks)
}

#[test]
fn an_nitf_3_6_story_maps_every_head_and_body_head_element() {
    let a = read(&fixture("nitf/en-wire-namespaced-3.6.xml"), Format::Nitf).unwrap();
    let a = &a[0];
    assert_eq!(
        a.id.as_deref(),
        Some("urn:newsml:example.org:20240311:harbor-ferries")
    );
    assert_eq!(a.version, Some(2));
    assert_eq!(a.language.as_deref(), Some("en-US"));
    assert_eq!(a.title.as_deref(), Some("Harbor-Ferries"));
    assert_eq!(
        a.headline.as_deref(),
        Some("Harbor ferries to run every 15 minutes this summer")
    );
    assert_eq!(
        a.subheadline.as_deref(),
        Some("City adds three boats and a night route")
    );
    assert_eq!(a.slugline.as_deref(), Some("Harbor-Ferries"));
    assert_eq!(a.keywords, ["ferries", "harbor"]);
    assert_eq!(a.genres, [Concept::named("Current")]);
    assert!(a.subjects.contains(&Concept::coded("a1312cat", "a")));
    assert!(
        a.subjects
            .contains(&Concept::coded("subj", "04015000").with_name("transport"))
    );
    assert!(
        a.subjects
            .contains(&Concept::coded("XWire", "HARBOR").with_name("Harbour news"))
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("By Marisol Ortega"),
        "the byttl is the job title, not printed byline (#20 item 7)"
    );
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.authors[0].name, "Marisol Ortega");
    assert_eq!(
        a.authors[0].job_title.as_deref(),
        Some("Example Wire transport writer")
    );
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.text, "PORTSMOUTH, N.H. (XW) —");
    assert_eq!(dateline.city.as_deref(), Some("PORTSMOUTH"));
    assert_eq!(dateline.region.as_deref(), Some("N.H."));
    assert_eq!(dateline.date.and_then(|d| d.day), Some(11));
    assert_eq!(dateline.agencies[0].name, "XW");
    assert_eq!(
        a.credit.as_deref(),
        Some("Reporting by Marisol Ortega; editing by Lee Chan")
    );
    assert_eq!(a.provider, Some(Party::named("Example Wire").with_id("XW")));
    assert_eq!(a.sources, [Party::named("Harbor Desk")]);
    assert_eq!(a.rights.holder, Some(Party::named("Example Wire")));
    assert_eq!(a.rights.notice.as_deref(), Some("© 2024 Example Wire"));
    assert_eq!(
        a.rights.usage_terms.as_deref(),
        Some("Not for resale to other wire services.")
    );
    assert_eq!((a.priority, a.urgency), (Some(3), Some(3)));
    assert_eq!(a.pub_status, PubStatus::Usable, "embargoed is usable");
    assert_eq!(a.embargo, time("2024-03-11T18:00:00-04:00"));
    assert_eq!(a.created, time("2024-03-11T12:05:00-04:00"));
    assert_eq!(a.modified, time("2024-03-11T14:00:00-04:00"));
    assert_eq!(a.published, time("2024-03-11T14:15:00-04:00"));
    // Each `ed-msg` is a note, its `@msg-type` the role.
    assert_eq!(
        a.editorial_notes,
        [
            RoledText::with_role(
                "Embargoed to 1800 EDT. Corrects the fare in the third paragraph.",
                "advisory"
            ),
            RoledText::new("Photos by staff photographer available."),
        ]
    );
    assert_eq!(
        a.description.as_deref(),
        Some("Ferries across the harbor will run every 15 minutes from June, the city said.")
    );
    // The picture in the body is a figure in its place (no link): its name is its alternative
    // text, its caption kept.
    assert_eq!(a.links, []);
    let mut ferry = Figure::new("https://example.org/photos/ferry.jpg");
    ferry.media_type = Some("image/jpeg".into());
    ferry.alt = Some("A harbor ferry".into());
    ferry.caption = vec![Inline::text("A ferry leaves the north terminal.")];
    assert_eq!(a.body.last(), Some(&Block::Figure(Box::new(ferry))));
    assert_eq!(a.word_count, Some(112));
    assert_eq!(a.extensions["nitf:meta"]["desk"], "Metro");
    // The dateline the lead prints is taken out of the body; markup is kept.
    let Block::Paragraph { content } = &a.body[0] else {
        panic!("{:?}", a.body[0]);
    };
    assert_eq!(
        content[0],
        Inline::text("Ferries across the harbor will run every ")
    );
    assert!(content.contains(&Inline::Strong(vec![Inline::text("Monday")])));
    assert_eq!(a.body[1], Block::heading(2, "Night route"));
    assert!(matches!(&a.body[3], Block::Blockquote { .. }));
    assert!(matches!(&a.body[4], Block::List { ordered: false, .. }));
    // The table is a table: a head row of header cells, a row of data cells.
    assert_eq!(
        a.body[5],
        Block::Table {
            caption: vec![],
            rows: vec![
                TableRow::new(vec![
                    TableCell::heading("Route"),
                    TableCell::heading("Every")
                ]),
                TableRow::new(vec![TableCell::text("North"), TableCell::text("15 min")]),
            ]
        }
    );
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn dtd_era_nitf_without_namespace_in_latin_1() {
    let a = read(&fixture("nitf/de-regional-3.2-latin1.xml"), Format::Nitf).unwrap();
    let a = &a[0];
    assert_eq!(
        a.headline.as_deref(),
        Some("Fähre nach Helgoland fährt wieder täglich")
    );
    assert_eq!(a.slugline.as_deref(), Some("helgoland-faehre"));
    assert_eq!(
        a.keywords,
        ["Verkehr", "Nordsee"],
        "keywords written as text"
    );
    assert_eq!(a.urgency, Some(5), "urgency in head, as CP puts it");
    assert_eq!(
        a.published.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-03-11T09:30:00"),
        "a naive time keeps its wall time and no offset"
    );
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(
        (dateline.text.as_str(), dateline.city.as_deref()),
        ("Cuxhaven", Some("Cuxhaven"))
    );
    assert!(text(&a.body).starts_with("Cuxhaven (rw) - Die Fähre"));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn nitf_datelines_bylines_and_odd_places() {
    // A bare location (CP): the place only; the event location stands in for a missing city
    // (EFE); a misplaced pubdata and revision-history (Ritzau); a single revision is both times.
    let a = nitf(
        r#"<nitf><head><docdata><evloc city="Tegucigalpa"/>
          <revision-history norm="20200703T165136-0400"/></docdata></head>
          <body><body.head>
            <byline><person value="staff:mr">Mia Rabson<function>writer</function></person><byttl>The Canadian Press</byttl></byline>
            <dateline><story.date norm="20200703T165136-0400">20200703T165136-0400</story.date></dateline>
          </body.head><body.content><p>Text.</p></body.content></body></nitf>"#,
    );
    assert_eq!(
        a.byline, None,
        "a byline of people only prints no text of its own"
    );
    let mut author = Author::named("Mia Rabson");
    author.id = Some("staff:mr".into());
    author.role = Some("writer".into());
    author.job_title = Some("The Canadian Press".into());
    assert_eq!(a.authors, [author]);
    // The parts of a printed byline are words apart, markup or not (Scoop via BusinessDesk);
    // the byttl is the job title, not part of the printed byline (#20 item 7).
    let glued = nitf(
        "<nitf><body><body.head><byline>By<person>Staff Reporter</person><byttl>BusinessDesk</byttl></byline></body.head></body></nitf>",
    );
    assert_eq!(glued.byline.as_deref(), Some("By Staff Reporter"));
    assert_eq!(glued.authors[0].job_title.as_deref(), Some("BusinessDesk"));
    let dateline = a.dateline.unwrap();
    assert_eq!(
        dateline.text, "",
        "a timestamp in story.date is not printed text"
    );
    assert_eq!(dateline.city.as_deref(), Some("Tegucigalpa"));
    assert_eq!(dateline.date.and_then(|d| d.year), Some(2020));
    assert_eq!(a.created, time("2020-07-03T16:51:36-04:00"));
    assert_eq!(a.modified, a.created);
    let bare = nitf(
        "<nitf><body><body.head><dateline><location><city>Ottawa</city>\n<state>Ontario</state>\n\
         <country>Canada</country></location></dateline></body.head></body></nitf>",
    );
    let dateline = bare.dateline.unwrap();
    assert_eq!(
        (
            dateline.text.as_str(),
            dateline.city.as_deref(),
            dateline.region.as_deref()
        ),
        ("", Some("Ottawa"), Some("Ontario"))
    );
}

/// Issue #20, items 7 and 8: a `byttl` is the job title of the people the byline names, with or
/// without `person`, never printed byline; a document with a `title` and no `hedline` is headed
/// by its title.
#[test]
fn item_7_byttl_is_a_job_title_and_item_8_the_title_heads_a_document_without_hedline() {
    let a = read(
        &fixture("nitf/en-business-title-no-hedline.xml"),
        Format::Nitf,
    )
    .unwrap();
    let a = &a[0];
    let title = "Lakeport grain terminal doubles its silo space";
    assert_eq!(a.title.as_deref(), Some(title));
    assert_eq!(a.headline.as_deref(), Some(title));
    assert_eq!(a.byline.as_deref(), Some("By HANNA OSTROWSKI"));
    let mut ostrowski = Author::named("HANNA OSTROWSKI");
    ostrowski.job_title = Some("XW Business Writer".into());
    let mut reyes = Author::named("Tomas Reyes");
    reyes.job_title = Some("XW Markets Editor".into());
    assert_eq!(a.authors, [ostrowski, reyes]);
    // A hedline's own headline wins over the title; an empty one does not.
    let headed = nitf(
        "<nitf><head><title>Slug title</title></head><body><body.head><hedline><hl1>Real headline</hl1></hedline></body.head></body></nitf>",
    );
    assert_eq!(headed.headline.as_deref(), Some("Real headline"));
    let empty = nitf(
        "<nitf><head><title>Slug title</title></head><body><body.head><hedline><hl1> </hl1><hl2>Sub</hl2></hedline></body.head></body></nitf>",
    );
    assert_eq!(empty.headline.as_deref(), Some("Slug title"));
    assert_eq!(empty.subheadline.as_deref(), Some("Sub"));
    // Several people before one job title share it; a byline that names no one gives no author.
    let two = nitf(
        "<nitf><body><body.head><byline>By ANN LEE and RAJ PATEL -<byttl>XW Staff</byttl></byline><byline>from our correspondents<byttl>XW</byttl></byline></body.head></body></nitf>",
    );
    assert_eq!(two.byline.as_deref(), Some("By ANN LEE and RAJ PATEL"));
    let names: Vec<_> = two.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["ANN LEE", "RAJ PATEL"]);
    assert!(
        two.authors
            .iter()
            .all(|a| a.job_title.as_deref() == Some("XW Staff"))
    );
    // The punctuation that closes a job title goes with it.
    let closed = nitf(
        "<nitf><body><body.head><byline>By Alan Ng, <byttl>XW Aerospace Writer</byttl>.</byline></body.head></body></nitf>",
    );
    assert_eq!(closed.byline.as_deref(), Some("By Alan Ng"));
    assert_eq!(closed.authors[0].name, "Alan Ng");
}

#[test]
fn nitf_bad_values_are_warnings_and_wrong_documents_are_refused() {
    let a = nitf(
        r#"<nitf><head><docdata management-status="pending"><urgency ed-urg="12"/>
           <date.issue norm="YYYYMMDD000000-HHMM"/></docdata></head><body/></nitf>"#,
    );
    let fields: Vec<&str> = a
        .warnings
        .iter()
        .filter_map(|w| w.field.as_deref())
        .collect();
    assert_eq!(fields, ["pub_status", "urgency", "published"]);
    for (xml, message) in [
        ("<newsItem/>", "root element is <newsItem>, not nitf"),
        ("<nitf><head/></nitf>", "has no body"),
    ] {
        match read(xml.as_bytes(), Format::Nitf) {
            Err(Error::Invalid { message: m, .. }) => assert!(m.contains(message), "{m}"),
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(
        read(b"<nitf><body>", Format::Nitf),
        Err(Error::Syntax {
            format: Format::Nitf,
            ..
        })
    ));
}

/// An article using every field NITF has a place for.
fn story() -> Article {
    let mut a = Article::default();
    a.id = Some("urn:newsml:example.org:1".into());
    a.version = Some(3);
    a.language = Some("en".into());
    a.title = Some("ECB".into());
    a.headline = Some("Rates held <again> & \"steady\"".into());
    a.subheadline = Some("Cuts later".into());
    a.slugline = Some("EU-ECONOMY-RATES".into());
    a.keywords = vec!["ECB".into()];
    a.subjects = vec![
        Concept::coded("subj", "04000000"),
        Concept::coded("medtop", "20000350"),
        Concept::named("no code"),
    ];
    a.genres = vec![Concept::coded("genre", "Current")];
    a.byline = Some("By Jane Reporter".into());
    let mut author = Author::named("Jane Reporter");
    author.job_title = Some("Economics editor".into());
    a.authors = vec![author];
    let mut dateline = Dateline::new("FRANKFURT (Germany) (Reuters) -");
    dateline.city = Some("FRANKFURT".into());
    dateline.region = Some("Germany".into());
    a.dateline = Some(dateline);
    a.credit = Some("Reporting by Jane Reporter".into());
    a.provider = Some(Party::named("Example Wire").with_id("XW"));
    a.rights.notice = Some("© 2024 Example Wire".into());
    a.urgency = Some(2);
    a.priority = Some(4);
    a.embargo = time("2024-01-15T15:00:00Z");
    a.created = time("2024-01-15T13:50:00.250+01:00");
    a.published = time("2024-01-15T14:00:00");
    a.editorial_notes = vec!["Not for web.".into()];
    a.description = Some("The bank held rates.".into());
    a.body = vec![
        Block::Paragraph {
            content: vec![
                Inline::text("The bank held "),
                Inline::Strong(vec![Inline::text("again")]),
                Inline::text(", said "),
                Inline::Link {
                    href: "https://example.org/ecb".into(),
                    title: None,
                    content: vec![Inline::Emphasis(vec![Inline::text("the ECB")])],
                },
                Inline::text("."),
            ],
        },
        Block::heading(3, "Outlook"),
        Block::Blockquote {
            blocks: vec![Block::paragraph("We wait.")],
        },
    ];
    a.links = vec![
        Link::new("https://example.org/ecb.jpg")
            .with_rel("enclosure")
            .with_media_type("image/jpeg")
            .with_title("The ECB"),
        Link::new("https://example.org/ecb.html").with_rel("alternate"),
    ];
    a
}

#[test]
fn the_nitf_writer_writes_3_6_in_its_namespace_with_inline_markup() {
    let written = String::from_utf8(write(&[story()], Format::Nitf).unwrap()).unwrap();
    for expected in [
        "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" version=\"-//IPTC//DTD NITF 3.6//EN\" baselang=\"en\">",
        "<hl1>Rates held &lt;again&gt; &amp; \"steady\"</hl1>",
        "<docdata management-status=\"embargoed\">",
        "<date.release norm=\"20240115T150000Z\"/>",
        "<revision-history function=\"writer-author\" norm=\"20240115T135000.250+0100\"/>",
        "<tobject.subject tobject.subject.ipr=\"IPTC\" tobject.subject.refnum=\"04000000\"/>",
        "<tobject.subject tobject.subject.ipr=\"medtop\" tobject.subject.refnum=\"20000350\"/>",
        "<byline><person>Jane Reporter</person><byttl>Economics editor</byttl></byline>",
        "<dateline><location><city>FRANKFURT</city> (<region>Germany</region></location>) (Reuters) -</dateline>",
        "<p>FRANKFURT (Germany) (Reuters) - The bank held <em class=\"strong\">again</em>, said <a href=\"https://example.org/ecb\"><em>the ECB</em></a>.</p>",
        "<hl2 class=\"h3\">Outlook</hl2>",
        "<bq>",
        "<media-reference source=\"https://example.org/ecb.jpg\" mime-type=\"image/jpeg\" name=\"The ECB\"/>",
        "<tagline>Reporting by Jane Reporter</tagline>",
    ] {
        assert!(written.contains(expected), "{expected}\n{written}");
    }
    assert!(!written.contains("ecb.html"), "only enclosures are written");
    let back = read(written.as_bytes(), Format::Nitf).unwrap();
    assert_eq!(back[0], project(&story(), Format::Nitf).unwrap());
    assert_eq!(write(&back, Format::Nitf).unwrap(), written.as_bytes());
}

#[test]
fn the_nitf_writer_leaves_out_values_of_nothing_but_whitespace() {
    // Blank is no value (the fidelity table's rule, and every other writer's): whitespace NITF's
    // XML does not collapse (no-break, ideographic, line separator spaces) was written as a
    // keyword, a note, a genre, a holder, the usage terms, a slug, a source, a media name, a
    // subject's name and a headline.
    let blank = |s: &str| Some(s.to_string());
    let mut a = Article::default();
    a.keywords = vec!["\u{3000}".into()];
    a.editorial_notes = vec!["\u{a0}".into()];
    a.genres = vec![Concept::named("\u{a0}")];
    a.subjects = vec![Concept::coded("x-prov", "ECO").with_name("\u{2028}")];
    a.rights.holder = Some(Party::named("\u{a0}"));
    a.rights.usage_terms = blank("\u{a0}");
    a.rights.notice = blank("\u{2028}");
    a.slugline = blank("\u{2028}");
    a.sources = vec![Party::named("\u{a0}")];
    a.headline = blank("\u{3000}");
    a.links = vec![
        Link::new("https://example.com/media/a.jpg")
            .with_rel("enclosure")
            .with_title("\u{a0}"),
    ];
    let out = String::from_utf8(write(&[a], Format::Nitf).unwrap()).unwrap();
    for blank in ["\u{3000}", "\u{a0}", "\u{2028}"] {
        assert!(!out.contains(blank), "{blank:?} written:\n{out}");
    }
    assert!(out.contains("tobject.subject.refnum=\"ECO\""), "{out}");
    assert!(
        out.contains("source=\"https://example.com/media/a.jpg\""),
        "{out}"
    );
}

#[test]
fn several_articles_are_not_one_nitf_document() {
    let err = write(&[story(), story()], Format::Nitf).unwrap_err();
    assert!(
        err.to_string().contains("holds one article, not 2"),
        "{err}"
    );
    assert!(matches!(
        newswire::formats::nitf::write(&[]),
        Err(Error::NoArticles(Format::Nitf))
    ));
}

#[test]
fn the_fixtures_read_back_from_nitf_as_projected() {
    let mut inputs: Vec<(PathBuf, Format)> = Vec::new();
    for (dir, format) in [
        ("fixtures/nitf", Format::Nitf),
        ("fixtures/newsml12", Format::Newsml12),
        ("fixtures/text", Format::Text),
    ] {
        for file in std::fs::read_dir(support::root().join(dir)).unwrap() {
            inputs.push((file.unwrap().path(), format));
        }
    }
    inputs.sort();
    for (path, format) in inputs {
        let articles = read(&std::fs::read(&path).unwrap(), format).unwrap();
        for article in &articles {
            let written = write(std::slice::from_ref(article), Format::Nitf).unwrap();
            let back = read(&written, Format::Nitf).unwrap();
            assert_eq!(
                back[0],
                project(article, Format::Nitf).unwrap(),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn a_newsml_1_2_transmission_of_two_items() {
    let articles = newsml12(&fixture("newsml12/fr-two-items-nitf.xml"));
    assert_eq!(articles.len(), 2);
    let a = &articles[0];
    assert_eq!(
        a.id.as_deref(),
        Some("urn:newsml:example.org:20240311:TX-LYO-0001"),
        "the revision is the version, not part of the id"
    );
    assert_eq!(a.version, Some(1));
    assert_eq!(a.title.as_deref(), Some("France-transports-tramway"));
    assert_eq!(a.language.as_deref(), Some("fr"));
    assert_eq!(
        a.headline.as_deref(),
        Some("Lyon ouvre une nouvelle ligne de tramway")
    );
    assert_eq!(
        a.subheadline.as_deref(),
        Some("Six kilomètres entre la gare et l'hôpital")
    );
    assert_eq!(a.byline.as_deref(), Some("Par Claire Martin"));
    assert_eq!(a.slugline.as_deref(), Some("France-transports"));
    assert_eq!(a.credit.as_deref(), Some("XPR"));
    assert_eq!(a.rights.notice.as_deref(), Some("© 2024 XPR"));
    assert_eq!(a.rights.usage_terms.as_deref(), Some("Pas d'archivage"));
    assert_eq!(a.priority, Some(3), "the envelope's priority");
    assert_eq!(a.urgency, Some(4));
    assert_eq!(a.created, time("2024-03-11T10:00:00+01:00"));
    assert_eq!(a.modified, time("2024-03-11T10:10:00+01:00"));
    // The `NewsLineType` of an advisory line is the note's role.
    assert_eq!(
        a.editorial_notes,
        [RoledText::with_role("Photo disponible", "AdvisoryLine")]
    );
    let mut france = Concept::coded("iso3166-1a3", "FRA");
    france.kind = Some(EntityKind::Place);
    assert_eq!(
        a.subjects,
        [
            Concept::coded("subj", "04015000"),
            Concept::coded("subj", "04000000"),
            france,
        ],
        "repeated codes are read once; the origin's country code is a place"
    );
    assert_eq!(a.keywords, ["tramway"]);
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.text, "LYON, 11 mars 2024 (XPR) -");
    assert_eq!(dateline.city.as_deref(), Some("Lyon"));
    assert_eq!(
        dateline.region, None,
        "an ISO country code is not a printed region"
    );
    assert_eq!(dateline.agencies[0].name, "XPR");
    assert_eq!(
        text(&a.body),
        "La métropole a ouvert lundi une nouvelle ligne de tramway.\n\nLes rames passeront toutes les six minutes."
    );
    assert_eq!(a.links.len(), 2);
    assert_eq!(
        a.links[0].href,
        "urn:newsml:example.org:20240311:PH-LYO-0007"
    );
    assert_eq!(a.links[1].rel.as_deref(), Some("enclosure"));
    assert_eq!(a.word_count, Some(27));
    let b = &articles[1];
    assert_eq!(b.version, Some(2));
    assert_eq!(b.pub_status, PubStatus::Usable, "an embargo is a time");
    assert_eq!(b.embargo, time("2024-03-11T12:00:00+01:00"));
    assert_eq!(
        b.provider,
        Some(Party::named("XPR")),
        "the envelope's sender"
    );
    assert!(matches!(&b.body[0], Block::Paragraph { content } if content.len() == 3));
    assert_eq!(
        b.rights.notice.as_deref(),
        Some("© 2024 XPR. Reproduction interdite sans accord."),
        "a closing copyright paragraph is rights information"
    );
    assert_eq!(b.body.len(), 1);
}

#[test]
fn newsml_1_2_components_in_two_languages_with_parts_and_a_video() {
    let articles = newsml12(&fixture("newsml12/nl-components-two-languages.xml"));
    assert_eq!(articles.len(), 2, "one article per language version");
    let nl = &articles[0];
    assert_eq!(
        nl.id.as_deref(),
        Some("urn:newsml:example.be:20240311T093000:1001#1002")
    );
    assert_eq!(nl.version, Some(1), "RevisionId 0 is the first version");
    assert_eq!(nl.language.as_deref(), Some("nl"));
    assert_eq!(nl.slugline.as_deref(), Some("Mobiliteit"));
    assert_eq!(nl.keywords, ["MOBILITEIT", "FIETS"]);
    assert_eq!((nl.priority, nl.urgency), (Some(3), Some(3)));
    assert_eq!(nl.editorial_notes, ["Foto's volgen"]);
    assert_eq!(nl.authors[0].role.as_deref(), Some("author"));
    assert_eq!(
        nl.created.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-03-11T09:15:00")
    );
    let dateline = nl.dateline.as_ref().unwrap();
    assert_eq!(dateline.city.as_deref(), Some("ANTWERPEN"));
    assert_eq!(dateline.region.as_deref(), Some("België"));
    assert_eq!(
        text(&nl.body),
        "De stad opent in mei een fietsbrug tussen Linkeroever en het centrum.\n\nDe brug is 400 meter lang.\n\nZe kost 30 miljoen euro."
    );
    // The video component beside the versions is an associated video of each.
    let video = &nl.associations[0];
    assert_eq!(
        (video.role.as_deref(), video.kind, video.headline.as_deref()),
        (
            Some("Video"),
            Some(ItemKind::Video),
            Some("Beelden van de werf")
        )
    );
    assert_eq!(video.renditions[0].href, "bridge.mp4");
    assert_eq!(video.renditions[0].media_type.as_deref(), Some("video/mp4"));
    assert_eq!(articles[1].associations, nl.associations);
    let fr = &articles[1];
    assert_eq!(fr.language.as_deref(), Some("fr"));
    assert_eq!(
        fr.headline.as_deref(),
        Some("Un nouveau pont cyclable sur l'Escaut")
    );
    assert!(
        fr.keywords.is_empty(),
        "the other version's metadata is its own"
    );
    assert_eq!(fr.kind, ItemKind::Text);
}

#[test]
fn a_newsml_1_2_video_component_is_a_video_with_its_text_as_description() {
    let xml = r#"<NewsML><NewsItem><NewsComponent>
      <NewsLines><HeadLine>Package</HeadLine></NewsLines>
      <NewsComponent><Role FormalName="Video"/>
        <NewsLines><HeadLine>The clip</HeadLine></NewsLines>
        <NewsComponent><Role FormalName="Body"/><ContentItem><DataContent>What it shows.</DataContent></ContentItem></NewsComponent>
        <NewsComponent><Role FormalName="Clip"/><ContentItem Href="clip.mp4"><MimeType FormalName="video/mp4"/></ContentItem></NewsComponent>
      </NewsComponent></NewsComponent></NewsItem></NewsML>"#;
    let a = &newsml12(xml.as_bytes())[0];
    assert_eq!(a.kind, ItemKind::Video);
    assert_eq!(a.headline.as_deref(), Some("The clip"));
    assert_eq!(a.description.as_deref(), Some("What it shows."));
    assert!(a.body.is_empty());
    assert_eq!(a.links[0].href, "clip.mp4");
    for (xml, message) in [
        ("<nitf/>", "root element is <nitf>"),
        ("<NewsML><NewsEnvelope/></NewsML>", "no NewsItem"),
    ] {
        match read(xml.as_bytes(), Format::Newsml12) {
            Err(Error::Invalid { message: m, .. }) => assert!(m.contains(message), "{m}"),
            other => panic!("{other:?}"),
        }
    }
}

/// The files under `dir` (not recursing), sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_real_and_official_nitf_and_newsml_1_2_file_reads() {
    let shared = support::shared();
    let mut count = 0;
    for (dir, format) in [
        ("corpus/nitf", Format::Nitf),
        ("specs/examples/nitf/iptc-samples", Format::Nitf),
        ("corpus/newsml12", Format::Newsml12),
    ] {
        for file in files(&shared.join(dir)) {
            let bytes = std::fs::read(&file).unwrap();
            assert_eq!(newswire::detect(&bytes, Some(&file)).unwrap(), format);
            let articles =
                read(&bytes, format).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert!(!articles.is_empty(), "{}", file.display());
            for article in &articles {
                // A picture's or video's text is its description (AFP's photo has no headline).
                let media_text = article.kind != ItemKind::Text && article.description.is_some();
                assert!(
                    article.headline.is_some() || !article.body.is_empty() || media_text,
                    "{}: neither headline nor body (nor a picture's description)",
                    file.display()
                );
            }
            count += 1;
        }
    }
    assert!(count >= 30, "only {count} files");
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn afp_s_country_is_a_place() {
    let shared = support::shared();
    // AFP's Arabic service: the origin is Freetown, `Country` SLE, a code the dateline's region
    // cannot hold.
    let file = "corpus/newsml12/fresh__JosiahBeynon__XML-extract--AFP-NewsML-1.2-__afp.com-20231126T213636Z-TX-PAR-EXO77.xml";
    let bytes = std::fs::read(shared.join(file)).unwrap();
    let a = &read(&bytes, Format::Newsml12).unwrap()[0];
    let mut sierra_leone = Concept::coded("iso3166-1a3", "SLE");
    sierra_leone.kind = Some(EntityKind::Place);
    assert_eq!(a.subjects.last(), Some(&sierra_leone), "{:?}", a.subjects);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("فريتاون")
    );
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn declared_encodings_that_lie_are_read_with_a_warning() {
    let shared = support::shared();
    // Declared ISO-8859-1, bytes in UTF-8 (MANIFEST.tsv says so).
    let bytes = std::fs::read(shared.join("corpus/nitf/pa__pa4.xml")).unwrap();
    let a = &read(&bytes, Format::Nitf).unwrap()[0];
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("declared encoding")),
        "{:?}",
        a.warnings
    );
    assert!(!text(&a.body).contains('Ã'), "no mojibake");
    // Declared ISO-8859-15 and so encoded.
    let bytes =
        std::fs::read(shared.join("corpus/newsml12/ats-keystone__ats_newsml_1_2_belga.xml"))
            .unwrap();
    let a = &read(&bytes, Format::Newsml12).unwrap()[0];
    assert_eq!(
        a.headline.as_deref(),
        Some("Un taureau entre dans un magasin à Landquart (GR)")
    );
}

#[test]
fn boms_and_encodings_that_lie_in_both_directions() {
    let doc = "<nitf><body><body.head><hedline><hl1>Zürich élit</hl1></hedline></body.head></body></nitf>";
    // A UTF-8 BOM, and UTF-16 with a BOM.
    let mut bom = b"\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8'?>".to_vec();
    bom.extend_from_slice(doc.as_bytes());
    let mut utf16 = vec![0xff, 0xfe];
    for unit in format!("<?xml version='1.0' encoding='UTF-16'?>{doc}").encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    // UTF-8 declared over Latin-1 bytes.
    let mut latin1 = b"<?xml version='1.0' encoding='UTF-8'?>".to_vec();
    latin1.extend(doc.chars().map(|c| u8::try_from(u32::from(c)).unwrap()));
    for (bytes, warned) in [(bom, false), (utf16, false), (latin1, true)] {
        let a = &read(&bytes, Format::Nitf).unwrap()[0];
        assert_eq!(a.headline.as_deref(), Some("Zürich élit"));
        assert_eq!(!a.warnings.is_empty(), warned, "{:?}", a.warnings);
    }
}

/// The misses of `EXPECTATIONS.md` for the NITF and NewsML 1.2 corpus, each with its reason
/// (the policy is `support::expectations`'): set aside where the value is not the file's own,
/// counted where it is.
const KNOWN: &[Known] = &[
    (
        Vocabulary(
            "Superdesk's guid names the revision (`:1`), or Belga's is a component's Duid; the \
             model's id is version-less and the revision is the version",
        ),
        &[
            (
                "newsml12/ats-keystone__ats_newsml_1_2_belga.xml",
                "guid",
                "urn:newsml:www.sda-ats.ch:20190603:bsf153:1N",
            ),
            ("newsml12/belga__belga_newsml_1_2.xml", "guid", "98055801"),
        ],
    ),
    (
        Vocabulary("AP's parser makes it from the headline"),
        &[(
            "nitf/ap-media-api__ap_media_text_nitf.xml",
            "slugline",
            "BBN--Top Ten",
        )],
    ),
    (
        Vocabulary("EFE's parser drops the desk initials EFE puts in byline"),
        &[("nitf/efe__efe_nitf.xml", "byline", "no value")],
    ),
    (
        Vocabulary("EFE's parser makes the keyword the slugline (it is read as a keyword)"),
        &[("nitf/efe__efe_nitf.xml", "slugline", "HONDURAS GOVERNMENT")],
    ),
    (
        TheirBug("Superdesk ignores keywords written as text"),
        &[(
            "nitf/canadian-press__handle_invalid_fields.xml",
            "len(keywords)",
            "0",
        )],
    ),
    (
        Vocabulary("the file declares no count; Superdesk counts the body itself"),
        &[("nitf/pa__pa1.xml", "word_count", "is an int")],
    ),
    (
        Vocabulary("PA's parser builds it from the title"),
        &[("nitf/pa__pa1.xml", "slugline", "Sport Trivia (Oct 14)")],
    ),
    (
        Vocabulary("PA's category mapping"),
        &[("nitf/pa__pa4.xml", "anpa_category", "[{\"qcode\": \"E\"}]")],
    ),
    (
        Vocabulary("Belga maps ANSA's priority letter"),
        &[("nitf/ansa__ansa_belga.xml", "priority", "5")],
    ),
    (
        Vocabulary("Belga maps ANSA's priority letter"),
        &[("nitf/ansa__ansa_belga.xml", "urgency", "5")],
    ),
    (
        Vocabulary("Belga strips ANSA's `>>>ANSA/` prefix"),
        &[(
            "nitf/ansa__ansa_belga.xml",
            "keywords",
            "[\"Gazprom cut its flow of gas into Italy\"]",
        )],
    ),
    (
        Vocabulary("Belga strips ANSA's `>>>ANSA/` prefix"),
        &[(
            "nitf/ansa__ansa_belga.xml",
            "headline",
            "Gazprom cuts Italy gas supplies by a third",
        )],
    ),
    (
        RuntimeData(
            "the file's `date.issue` (2022-07-11 18:33, no offset) is read as the publication \
             time, kept naive; Belga takes it as the creation time in Rome time, a setting of theirs",
        ),
        &[(
            "nitf/ansa__ansa_belga.xml",
            "firstcreated",
            "2022-07-11 16:33:00+00:00",
        )],
    ),
    (
        RuntimeData(
            "the file's `date.issue` (2022-07-11 18:33, no offset) is read as the publication \
             time, kept naive; Belga takes it as the version time in Rome time, a setting of theirs",
        ),
        &[(
            "nitf/ansa__ansa_belga.xml",
            "versioncreated",
            "2022-07-11 16:33:00+00:00",
        )],
    ),
    (
        Vocabulary("ANA's parser builds it from the city and date"),
        &[(
            "newsml12/ana-mpa__ana1.xml",
            "dateline.text",
            "ATHENS, April 4 ANA -",
        )],
    ),
    (
        Vocabulary("Belga's mapping (the file says 4)"),
        &[("newsml12/afp__afp_belga.xml", "urgency", "3")],
    ),
    (
        Vocabulary("NTB's mapping (the file says 4)"),
        &[("newsml12/afp-ntbtest__afp.xml", "urgency", "5")],
    ),
    (
        Vocabulary("Belga's parser copies the credit line"),
        &[
            ("newsml12/belga__belga_newsml_1_2.xml", "byline", "BELGA"),
            (
                "newsml12/belga__belga_remote_newsml_1_2.xml",
                "byline",
                "BELGA",
            ),
            (
                "newsml12/belga__belga_newsml_1_2_video.xml",
                "byline",
                "BELGA",
            ),
        ],
    ),
    (
        RuntimeData("naive times read as Brussels time (newswire keeps them naive)"),
        &[
            (
                "newsml12/belga__belga_newsml_1_2.xml",
                "firstcreated",
                "2019-01-29T11:45:50+00:00",
            ),
            (
                "newsml12/belga__belga_remote_newsml_1_2.xml",
                "firstcreated",
                "2019-06-03 14:02:17+00:00",
            ),
        ],
    ),
    (
        RuntimeData("naive times read as Brussels time (newswire keeps them naive)"),
        &[
            (
                "newsml12/belga__belga_newsml_1_2.xml",
                "versioncreated",
                "2019-01-29T12:34:00+00:00",
            ),
            (
                "newsml12/belga__belga_remote_newsml_1_2.xml",
                "versioncreated",
                "2019-06-03 14:02:17+00:00",
            ),
        ],
    ),
    (
        RuntimeData("Superdesk writes it from the attachments it ingests"),
        &[(
            "newsml12/belga__belga_remote_newsml_1_2.xml",
            "ednote",
            "The story has 1 attachment(s)",
        )],
    ),
    (
        Divergence(
            "the origin Location's country (FRA) is a subject of kind place in newswire's model \
             (issue #18: places are typed subjects); Superdesk counts subject codes alone and \
             keeps places apart",
        ),
        &[("newsml12/afp__afp.xml", "len(subject)", "5")],
    ),
    (
        RuntimeData("the file has none; NTB's parser makes one from the body"),
        &[(
            "newsml12/afp-ntbtest__afp_no_headline_2.xml",
            "headline",
            "There are 2 paragraphs on the same line on purpose don't ad…",
        )],
    ),
];

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn expectations_of_the_nitf_and_newsml_1_2_corpus_files() {
    expectations::assert_scores(
        env!("CARGO_BIN_EXE_newswire"),
        &[
            ("nitf", expectations::ISSUE_FLOOR),
            ("newsml12", expectations::ISSUE_FLOOR),
        ],
        KNOWN,
    );
}

/// NITF output of every input validates against the NITF 3.6 XSD: the project's fixtures and
/// the real NITF, NewsML 1.2 and NewsML-G2 files, each of which reads.
#[test]
#[cfg_attr(
    newswire_no_validators,
    ignore = "needs the validators (../shared/tools/setup-validators)"
)]
fn nitf_output_validates() {
    let validator = support::validator();
    let shared = support::shared();
    let mut inputs: Vec<PathBuf> = Vec::new();
    for dir in ["fixtures/nitf", "fixtures/newsml12", "fixtures/text"] {
        inputs.extend(files(&support::root().join(dir)));
    }
    for dir in ["corpus/nitf", "corpus/newsml12", "corpus/newsmlg2"] {
        inputs.extend(files(&shared.join(dir)));
    }
    let out = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        let bytes = std::fs::read(input).unwrap();
        let format = newswire::detect(&bytes, Some(input))
            .unwrap_or_else(|e| panic!("{}: {e}", input.display()));
        let articles = read(&bytes, format).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
        for (j, article) in articles.iter().enumerate() {
            let nitf = write(std::slice::from_ref(article), Format::Nitf).unwrap();
            let path = out.path().join(format!("{i}-{j}.xml"));
            std::fs::write(&path, nitf).unwrap();
            written.push(path);
        }
    }
    assert!(inputs.len() >= 120, "only {} inputs", inputs.len());
    assert!(written.len() >= 140, "only {} documents", written.len());
    let result = Command::new(&validator)
        .arg("nitf")
        .args(&written)
        .output()
        .unwrap();
    assert!(
        result.status.success(),
        "{}{}",
        String::from_utf8_lossy(&result.stdout),
        String::from_utf8_lossy(&result.stderr)
    );
}

/// The event location stands in only for a dateline that names no place: a dateline with a
/// city, or with a region alone, keeps its own. Repeated `doc-scope` and `evloc` elements are
/// all kept, in order.
#[test]
fn the_event_city_stands_in_only_for_a_dateline_without_a_place() {
    let read = |location: &str| {
        nitf(&format!(
            r#"<nitf><head><docdata><evloc city="Tegucigalpa" county-dist="Francisco Morazán"/>
              <evloc city="Comayagua"/>
              <doc-scope scope="regional"/><doc-scope scope="national"/></docdata></head>
              <body><body.head><dateline><location>{location}</location></dateline></body.head>
              <body.content><p>Text.</p></body.content></body></nitf>"#
        ))
    };
    let with_city = read("<city>San Pedro Sula</city>");
    let place = |a: &newswire::Article| {
        let d = a.dateline.as_ref().unwrap();
        (d.city.clone(), d.region.clone())
    };
    assert_eq!(place(&with_city), (Some("San Pedro Sula".into()), None));
    let with_region = read("<state>Cortés</state>");
    assert_eq!(place(&with_region), (None, Some("Cortés".into())));
    let without = read("");
    assert_eq!(place(&without).0.as_deref(), Some("Tegucigalpa"));
    assert_eq!(
        with_city.extensions.get("nitf:doc-scope"),
        Some(&serde_json::json!(["regional", "national"]))
    );
    assert_eq!(
        with_city.extensions.get("nitf:evloc"),
        Some(&serde_json::json!([
            {"city": "Tegucigalpa", "county-dist": "Francisco Morazán"},
            {"city": "Comayagua"}
        ]))
    );
}

/// What `body.head` holds besides the headlines, byline and dateline: a note for the desk
/// (`note type="npa"`, "not for publication") is an editorial note and a note for readers is
/// not; the series name is kept; a person's name is its text with the parts of the name
/// (`name.given`, `name.family`) and without its `function` and `alt-code`.
#[test]
fn body_head_notes_series_and_the_parts_of_a_name() {
    let a = nitf(
        r#"<nitf><body><body.head>
            <hedline><hl1>Talks resume</hl1></hedline>
            <note type="npa"><p>Embargoed for print editions.</p></note>
            <note type="std"><p>Corrects the date.</p></note>
            <series series.name="Election 2026" series.part="3"/>
            <byline><person value="staff:al"><name.given>Ann</name.given> <name.family>Lee</name.family><function>writer</function><alt-code>AL</alt-code></person></byline>
          </body.head><body.content><p>Text.</p></body.content></body></nitf>"#,
    );
    assert_eq!(a.editorial_notes, ["Embargoed for print editions."]);
    assert_eq!(
        a.extensions.get("nitf:series.name"),
        Some(&serde_json::json!("Election 2026"))
    );
    let mut author = Author::named("Ann Lee");
    author.id = Some("staff:al".into());
    author.role = Some("writer".into());
    assert_eq!(a.authors, [author]);
}

/// Vendor `meta` elements in the head: keywords and author names go to their fields, a word
/// count or priority that is no number and an unknown meta are kept under `nitf:meta`, an IPTC
/// subject code (eight digits) under any `iptc` name is a `subj` subject, and the first readable priority
/// counts.
#[test]
fn vendor_metas_go_to_their_fields() {
    let a = nitf(
        r#"<nitf><head>
            <meta name="Keywords" content="ferries"/>
            <meta name="keyword" content="  harbour   strike "/>
            <meta name="Writer" content="Ann Lee"/>
            <meta name="byline" content="Ben Ode"/>
            <meta name="wordcount" content="about 300"/>
            <meta name="iptc-subject" content="04000000"/>
            <meta name="iptc-note" content="see above"/>
            <meta name="iptc-id" content="12345"/>
            <meta name="priority" content="x"/>
            <meta name="aap-priority" content="4"/>
            <meta name="priority" content="2"/>
            <meta name="desk" content="Metro"/>
            <meta name="desk" content="Sport"/>
            <meta name="desk" content="Weekend"/>
          </head><body><body.content><p>Text.</p></body.content></body></nitf>"#,
    );
    assert_eq!(a.keywords, ["ferries", "harbour strike"]);
    let names: Vec<_> = a.authors.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Ann Lee", "Ben Ode"]);
    assert_eq!(a.word_count, None);
    assert_eq!(
        a.extensions.get("nitf:meta"),
        Some(&serde_json::json!({
            // A name given again keeps every value, in order.
            "desk": ["Metro", "Sport", "Weekend"],
            "iptc-id": "12345",
            "iptc-note": "see above",
            // The second priority, readable but not the first readable one, is kept too.
            "priority": ["x", "2"],
            "wordcount": "about 300"
        }))
    );
    assert_eq!(
        a.subjects,
        [newswire::model::Concept::coded("subj", "04000000")]
    );
    assert_eq!(a.priority, Some(4));
}

/// `pubdata` where NITF puts it (in `head`) and where Ritzau does (in `docdata`): its
/// publication date is the published time when no issue date gives one, and its length the
/// word count when measured in words.
#[test]
fn pubdata_in_head_or_in_docdata() {
    let read = |head: &str| {
        nitf(&format!(
            "<nitf><head>{head}</head><body><body.content><p>Text.</p></body.content></body></nitf>"
        ))
    };
    for head in [
        r#"<pubdata date.publication="20240115T140500Z" item-length="412" unit-of-measure="word"/>"#,
        r#"<docdata><pubdata date.publication="20240115T140500Z" item-length="412" unit-of-measure="word"/></docdata>"#,
    ] {
        let a = read(head);
        assert_eq!(
            a.published.map(|t| t.to_string()).as_deref(),
            Some("2024-01-15T14:05:00Z"),
            "{head}"
        );
        assert_eq!(a.word_count, Some(412), "{head}");
    }
    let characters = read(r#"<pubdata item-length="2400" unit-of-measure="character"/>"#);
    assert_eq!(characters.word_count, None);
}

/// Each `pubdata`'s `position.section` is a section, in order, on one line; the writer writes
/// one `pubdata` per section, the first with the length in words.
#[test]
fn pubdata_sections() {
    let a = nitf(
        r#"<nitf><head><pubdata type="web" position.section=" Metro  news "/><pubdata position.section=" "/><pubdata type="print" position.section="Sport" item-length="90" unit-of-measure="word"/></head><body><body.content><p>Text.</p></body.content></body></nitf>"#,
    );
    assert_eq!(
        a.sections,
        [Concept::named("Metro news"), Concept::named("Sport")]
    );
    assert_eq!(a.word_count, Some(90));
    let written =
        String::from_utf8(write(std::slice::from_ref(&a), Format::Nitf).unwrap()).unwrap();
    assert!(
        written.contains(
            r#"<pubdata position.section="Metro news" item-length="90" unit-of-measure="word"/>"#
        ) && written.contains(r#"<pubdata position.section="Sport"/>"#),
        "{written}"
    );
    let back = nitf(&written);
    assert_eq!(back.sections, a.sections);
    assert_eq!(back.word_count, Some(90));
    // A section with a code and no name is written as its code.
    let mut coded = Article::default();
    coded.headline = Some("H".into());
    coded.sections = vec![Concept::coded("x-sec", "metro")];
    let written = String::from_utf8(write(&[coded], Format::Nitf).unwrap()).unwrap();
    assert!(
        written.contains(r#"<pubdata position.section="metro"/>"#),
        "{written}"
    );
}

/// NewsML 1.2's `NewsService` and `NewsProduct` are the services of every item of the document.
#[test]
fn newsml12_services_and_products_are_every_item_s_services() {
    let articles = newsml12(&fixture("newsml12/fr-two-items-nitf.xml"));
    assert_eq!(articles.len(), 2);
    for a in &articles {
        assert_eq!(
            a.services,
            [
                Concept::coded("xpr-services", "XPR-REG"),
                Concept::default().with_code("Rhône-Alpes")
            ]
        );
    }
}

/// Each `UsageRights`' `UsageType` and `Limitations` is a usage term, in order.
#[test]
fn newsml12_usage_rights_are_usage_terms() {
    let doc = |rights: &str| {
        format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><RightsMetadata>{rights}</RightsMetadata>
<ContentItem><MediaType FormalName="Text"/><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"#
        )
    };
    let a = newsml12(
        doc(
            "<UsageRights><UsageType>Editorial use only</UsageType><Geography>FR</Geography><Limitations>Not for sale</Limitations></UsageRights><UsageRights><UsageType>NO ARCHIVAL USE</UsageType></UsageRights>",
        )
        .as_bytes(),
    )
    .remove(0);
    assert_eq!(a.rights.usage_terms.as_deref(), Some("Editorial use only"));
    assert_eq!(
        a.rights.further_usage_terms,
        ["Not for sale", "NO ARCHIVAL USE"]
    );
    let a =
        newsml12(doc("<UsageRights><UsageType> </UsageType></UsageRights>").as_bytes()).remove(0);
    assert_eq!(a.rights.usage_terms, None);
    assert!(a.rights.further_usage_terms.is_empty());
}

/// AFP's service and products, read off the file by hand.
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn afp_news_service_and_products() {
    let path = support::shared().join("corpus/newsml12/afp__afp.xml");
    let a = newsml12(&std::fs::read(path).unwrap()).remove(0);
    let codes: Vec<&str> = a
        .services
        .iter()
        .filter_map(|s| s.code.as_deref())
        .collect();
    assert_eq!(
        codes,
        [
            "DGTE", "PAW", "AFW", "MEW", "EUW", "MAX", "ANA", "DGTE", "DVBP", "DAGI", "DILI",
            "DVBA", "DVBF"
        ]
    );
    assert!(
        a.services
            .iter()
            .all(|s| s.scheme.is_none() && s.name.is_none())
    );
}

/// `du-key`: a version of 0 is no version (versions count from 1), and a warning keeps it.
#[test]
fn a_du_key_version_of_zero_is_a_warning() {
    let a = nitf(
        r#"<nitf><head><docdata><du-key key="ferries" version="0"/></docdata></head><body><body.content><p>Text.</p></body.content></body></nitf>"#,
    );
    assert_eq!(a.slugline.as_deref(), Some("ferries"));
    assert_eq!(a.version, None);
    let warning = a
        .warnings
        .iter()
        .find(|w| w.field.as_deref() == Some("version"))
        .unwrap();
    assert_eq!(warning.raw.as_deref(), Some("0"));
}

/// The model holds tables as tables (issue #18): AP's batting table in NITF (superdesk's test
/// file) keeps its head row of header cells and its body rows of data cells; the values are
/// read off the file by hand.
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn an_ap_table_in_nitf_is_a_table() {
    let path =
        support::shared().join("corpus/nitf/fresh__superdesk__superdesk-cp__ap-table-nitf.xml");
    let articles = read(&std::fs::read(path).unwrap(), Format::Nitf).unwrap();
    let tables: Vec<(&Vec<Inline>, &Vec<TableRow>)> = articles[0]
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Table { caption, rows } => Some((caption, rows)),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), 1);
    let (caption, rows) = tables[0];
    assert!(caption.is_empty());
    assert_eq!(rows.len(), 11);
    let texts = |row: &TableRow| -> Vec<String> {
        row.cells
            .iter()
            .map(|c| Inline::plain_text(&c.content))
            .collect()
    };
    assert_eq!(rows[0].part, newswire::model::RowPart::Head);
    assert!(rows[0].cells.iter().all(|c| c.header));
    assert_eq!(texts(&rows[0]), ["", "G", "AB", "H", "R", "Pct."]);
    assert_eq!(rows[1].part, newswire::model::RowPart::Body);
    assert!(rows[1].cells.iter().all(|c| !c.header));
    assert_eq!(
        texts(&rows[1]),
        ["Brantley Hou", "64", "263", "89", "42", ".338"]
    );
    assert_eq!(
        texts(&rows[2]),
        ["Guerrero Jr. Tor", "83", "301", "101", "67", ".336"]
    );
}

#[test]
fn identified_content_names_entities_of_their_kind() {
    let a = nitf(
        r#"<nitf><head><tobject><tobject.subject tobject.subject.refnum="04000000"/></tobject>
        <docdata><identified-content>
          <person idsrc="x-people" value="ann-lee">Ann <name.family>Lee</name.family></person>
          <org value="acme">ACME Corp</org>
          <location location-code="23602" code-source="zipcodes.usps.gov"></location>
          <location><city>Turin</city></location>
          <event start-date="20240101">Expo</event>
          <object.title>A380</object.title>
          <classifier type="apcategorycode" value="f"/>
          <person>  </person>
        </identified-content></docdata></head>
        <body><body.content><p>Text.</p></body.content></body></nitf>"#,
    );
    let entity =
        |scheme: Option<&str>, code: Option<&str>, name: Option<&str>, kind: EntityKind| {
            let mut concept = Concept::default().with_kind(kind);
            concept.scheme = scheme.map(str::to_string);
            concept.code = code.map(str::to_string);
            concept.name = name.map(str::to_string);
            concept
        };
    assert_eq!(
        a.subjects,
        [
            Concept::coded("subj", "04000000"),
            entity(
                Some("x-people"),
                Some("ann-lee"),
                Some("Ann Lee"),
                EntityKind::Person
            ),
            entity(
                None,
                Some("acme"),
                Some("ACME Corp"),
                EntityKind::Organisation
            ),
            entity(
                Some("zipcodes.usps.gov"),
                Some("23602"),
                None,
                EntityKind::Place
            ),
            entity(None, None, Some("Turin"), EntityKind::Place),
            entity(None, None, Some("Expo"), EntityKind::Event),
            entity(None, None, Some("A380"), EntityKind::Object),
        ]
    );
    // The classifier names no entity: its attributes are kept.
    assert_eq!(
        a.extensions.get("nitf:classifier"),
        Some(&serde_json::json!([{"type": "apcategorycode", "value": "f"}]))
    );
}

/// AFP's photo: the file's size and its `Width` and `Height` properties are its rendition's,
/// and its `Format` names the media type itself (read off the file by hand).
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn afp_photo_characteristics() {
    let path = support::shared().join("corpus/newsml12/fresh__gextech__iptc-newsml__AFP_751HA.xml");
    let a = newsml12(&std::fs::read(path).unwrap()).remove(0);
    let photo = a.links.iter().find(|l| l.href == "AFP_751HA.jpg").unwrap();
    assert_eq!(photo.media_type.as_deref(), Some("image/jpeg"));
    let r = photo.rendition.clone().unwrap_or_default();
    assert_eq!(
        (r.width, r.height, r.size),
        (Some(3780), Some(2394), Some(382_297))
    );
}

/// AFP's photo item holds its caption (NITF text in a `Caption` component) before the photo: it
/// is a picture, the caption its description, no body (read off the file by hand).
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn afp_photo_item_is_a_picture_with_its_caption_as_description() {
    let path = support::shared().join("corpus/newsml12/fresh__gextech__iptc-newsml__AFP_751HA.xml");
    let a = newsml12(&std::fs::read(path).unwrap()).remove(0);
    assert_eq!(a.kind, ItemKind::Picture);
    assert!(a.body.is_empty(), "{:?}", a.body);
    let description = a.description.as_deref().unwrap_or_default();
    assert!(
        description.starts_with("Relatives mourn during the funeral of Palestinian Mohammed Qita"),
        "{description}"
    );
    assert!(description.contains("ministry spokesman Ashraf al-Qudra said."));
}

/// A media component beside or inside the story is an associated item with what is its own:
/// its role, kind, headline, caption part, byline, credit line and files.
#[test]
fn a_media_component_is_an_associated_item_with_its_own_lines() {
    let doc = r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><HeadLine>Bridge opens</HeadLine><CreditLine>Story credit</CreditLine></NewsLines>
<ContentItem><MediaType FormalName="Text"/><DataContent><p>The story.</p></DataContent></ContentItem>
<NewsComponent><Role FormalName=" Gallery "/><NewsLines><HeadLine>The new bridge</HeadLine><ByLine>Ana Ruiz</ByLine><CreditLine>X.org/Ana Ruiz</CreditLine></NewsLines>
 <NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/><DataContent>  </DataContent></ContentItem></NewsComponent>
 <NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/><DataContent>The bridge at dawn.</DataContent></ContentItem></NewsComponent>
 <NewsComponent><Role FormalName="Preview"/><ContentItem Href="https://x.org/b-small.jpg"><MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/><Characteristics><Property FormalName="Width" Value="400"/></Characteristics></ContentItem></NewsComponent>
 <NewsComponent><Role FormalName="HighRes"/><ContentItem Href="https://x.org/b.jpg"><MediaType FormalName="Photo"/><MimeType FormalName="image/jpeg"/></ContentItem></NewsComponent>
</NewsComponent>
<NewsComponent><NewsLines><HeadLine>No file</HeadLine></NewsLines></NewsComponent>
</NewsComponent></NewsItem></NewsML>"#;
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(a.credit.as_deref(), Some("Story credit"));
    assert!(a.links.is_empty(), "{:?}", a.links);
    assert_eq!(a.associations.len(), 1, "{:?}", a.associations);
    let item = &a.associations[0];
    assert_eq!(item.role.as_deref(), Some("Gallery"));
    assert_eq!(item.kind, Some(ItemKind::Picture));
    assert_eq!(item.headline.as_deref(), Some("The new bridge"));
    assert_eq!(item.caption.as_deref(), Some("The bridge at dawn."));
    assert_eq!(item.byline.as_deref(), Some("Ana Ruiz"));
    assert_eq!(item.credit.as_deref(), Some("X.org/Ana Ruiz"));
    let files: Vec<_> = item
        .renditions
        .iter()
        .map(|l| (l.href.as_str(), l.media_type.as_deref()))
        .collect();
    assert_eq!(
        files,
        [
            ("https://x.org/b-small.jpg", Some("image/jpeg")),
            ("https://x.org/b.jpg", Some("image/jpeg"))
        ]
    );
    assert_eq!(
        item.renditions[0].rendition.as_ref().and_then(|r| r.width),
        Some(400)
    );
    // Written where associated items have no place, it is a link to its file, its headline the
    // title.
    let atom = String::from_utf8(newswire::write(&[a], Format::Atom).unwrap()).unwrap();
    assert!(
        atom.contains(r#"href="https://x.org/b-small.jpg""#),
        "{atom}"
    );
}

/// Belga's picture beside the story: role, kind, headline, credit and the file's facts (read
/// off the file by hand).
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn belga_s_picture_component_is_an_associated_picture() {
    let path = support::shared().join("corpus/newsml12/belga__belga_remote_newsml_1_2.xml");
    let a = newsml12(&std::fs::read(path).unwrap()).remove(0);
    let item = &a.associations[0];
    assert_eq!(item.role.as_deref(), Some("Picture"));
    assert_eq!(item.kind, Some(ItemKind::Picture));
    assert_eq!(
        item.headline.as_deref(),
        Some("Knooppunt Schijnpoort in Antwerpen hele zomervakantie afgesloten")
    );
    assert_eq!(item.credit.as_deref(), Some("BELGA"));
    assert_eq!(item.caption, None, "its caption part is empty");
    let file = &item.renditions[0];
    assert_eq!(file.href, "belga_remote_newsml_1_2.jpeg");
    let r = file.rendition.clone().unwrap_or_default();
    assert_eq!(
        (r.width, r.height, r.size),
        (Some(200), Some(200), Some(2_727_052))
    );
}

/// A text story whose first part is its caption or abstract is still text: only the parts that
/// carry the story or its media say what kind of item it is.
#[test]
fn a_caption_part_before_the_photo_does_not_make_the_item_text() {
    let doc = |first: &str, second: &str| {
        format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines>{first}{second}</NewsComponent></NewsItem></NewsML>"#
        )
    };
    let caption = r#"<NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/><DataContent><p>Fans in the square.</p></DataContent></ContentItem></NewsComponent>"#;
    let photo = r#"<NewsComponent><Role FormalName="Main"/><ContentItem Href="p.jpg"><MediaType FormalName="Photo"/><Format FormalName="image/jpeg"/></ContentItem></NewsComponent>"#;
    let story = r#"<NewsComponent><Role FormalName="Main"/><ContentItem><MediaType FormalName="Text"/><DataContent><p>The story.</p></DataContent></ContentItem></NewsComponent>"#;
    let picture = newsml12(doc(caption, photo).as_bytes()).remove(0);
    assert_eq!(picture.kind, ItemKind::Picture);
    assert_eq!(picture.description.as_deref(), Some("Fans in the square."));
    assert!(picture.body.is_empty());
    let text = newsml12(doc(caption, story).as_bytes()).remove(0);
    assert_eq!(text.kind, ItemKind::Text);
    assert_eq!(text.body, [Block::paragraph("The story.")]);
}

/// A `NewsLine` whose type says advisory, note or editorial is an editorial note with that type
/// as its role; any other is kept in the extensions.
#[test]
fn newsml12_news_lines_by_their_type() {
    let doc = |kind: &str| {
        format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><HeadLine>H</HeadLine><NewsLine><NewsLineType FormalName="{kind}"/><NewsLineText>Line text.</NewsLineText></NewsLine></NewsLines>
<ContentItem><MediaType FormalName="Text"/><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"#
        )
    };
    for kind in ["AdvisoryLine", "NoteToEditors", "EditorialInfo"] {
        let a = newsml12(doc(kind).as_bytes()).remove(0);
        assert_eq!(
            a.editorial_notes,
            [RoledText::with_role("Line text.", kind)],
            "{kind}"
        );
        assert!(!a.extensions.contains_key("newsml12:NewsLine"), "{kind}");
    }
    let a = newsml12(doc("SeriesLine").as_bytes()).remove(0);
    assert!(a.editorial_notes.is_empty());
    assert!(a.extensions.contains_key("newsml12:NewsLine"));
}

/// The media beside several stories go to each: the first copy is free, each further one costs
/// the bytes of its text (here a video item: role, headline, and its file's relation, media type
/// and address) under `Limits::repeated_bytes`.
#[test]
fn media_beside_several_stories_are_copied_under_the_repeated_bytes_budget() {
    let doc = r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent>
<NewsComponent xml:lang="nl"><NewsLines><HeadLine>Brug</HeadLine></NewsLines><ContentItem><DataContent>Tekst.</DataContent></ContentItem></NewsComponent>
<NewsComponent xml:lang="fr"><NewsLines><HeadLine>Pont</HeadLine></NewsLines><ContentItem><DataContent>Texte.</DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Video"/><NewsLines><HeadLine>Werf</HeadLine></NewsLines><ContentItem Href="b.mp4"><MimeType FormalName="video/mp4"/></ContentItem></NewsComponent>
</NewsComponent></NewsItem></NewsML>"#;
    let both = newsml12(doc.as_bytes());
    assert_eq!(both.len(), 2);
    assert!(both.iter().all(|a| a.associations.len() == 1));
    let copy = "Video".len() + "Werf".len() + "enclosure".len() + "video/mp4".len() + "b.mp4".len();
    let within = |bytes: usize| {
        let mut options = newswire::formats::ReadOptions::default();
        options.limits.repeated_bytes = bytes;
        match newswire::formats::read_with(doc.as_bytes(), Format::Newsml12, &options) {
            Ok(_) => true,
            Err(Error::LimitExceeded { .. }) => false,
            Err(other) => panic!("{other}"),
        }
    };
    assert!(within(copy));
    assert!(!within(copy - 1));
    // With a third story, the second and the third copy each cost it; the first is free (the
    // container's own metadata, copied once, costs far less than the long headline here).
    let long = "W".repeat(1000);
    let third = r#"<NewsComponent xml:lang="de"><NewsLines><HeadLine>Brücke</HeadLine></NewsLines><ContentItem><DataContent>Text.</DataContent></ContentItem></NewsComponent>
<NewsComponent><Role"#;
    let doc = doc.replacen("<NewsComponent><Role", third, 1).replace(
        "<HeadLine>Werf</HeadLine>",
        &format!("<HeadLine>{long}</HeadLine>"),
    );
    let copy = copy - "Werf".len() + long.len();
    let within = |bytes: usize| {
        let mut options = newswire::formats::ReadOptions::default();
        options.limits.repeated_bytes = bytes;
        newswire::formats::read_with(doc.as_bytes(), Format::Newsml12, &options).is_ok()
    };
    assert_eq!(newsml12(doc.as_bytes()).len(), 3);
    assert!(within(2 * copy + 1000));
    assert!(!within(2 * copy - 1));
}

/// A container's metadata goes to each component in it: the first copy and the container's own
/// (the last) are free, each copy between costs its bytes.
#[test]
fn a_container_s_metadata_is_copied_into_its_stories_under_the_budget() {
    let doc = |stories: usize| {
        let story = r#"<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>T.</DataContent></ContentItem></NewsComponent>"#;
        format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><CreditLine>A credit every story inherits</CreditLine></NewsLines>{}</NewsComponent></NewsItem></NewsML>"#,
            story.repeat(stories)
        )
    };
    let read_within_nothing = |stories: usize| {
        let mut options = newswire::formats::ReadOptions::default();
        options.limits.repeated_bytes = 0;
        newswire::formats::read_with(doc(stories).as_bytes(), Format::Newsml12, &options)
    };
    let two = read_within_nothing(2).unwrap();
    assert!(
        two.iter()
            .all(|a| a.credit.as_deref() == Some("A credit every story inherits"))
    );
    assert!(matches!(
        read_within_nothing(3),
        Err(Error::LimitExceeded { .. })
    ));
    assert_eq!(newsml12(doc(3).as_bytes()).len(), 3);
}

/// A story's parts join it by their role: an abstract (summary, description) is the
/// description, a lead opens the body wherever it stands, a caption is no text of a text story.
#[test]
fn a_story_s_parts_join_it_by_their_role() {
    let part = |role: &str, text: &str| {
        format!(
            r#"<NewsComponent><Role FormalName="{role}"/><ContentItem><MediaType FormalName="Text"/><DataContent>{text}</DataContent></ContentItem></NewsComponent>"#
        )
    };
    let doc = format!(
        r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines>{}{}{}{}</NewsComponent></NewsItem></NewsML>"#,
        part("Body", "The body."),
        part("Summary", "In short."),
        part("Lead", "The lead."),
        part("Caption", "A caption."),
    );
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(a.description.as_deref(), Some("In short."));
    assert_eq!(
        a.body,
        [Block::paragraph("The lead."), Block::paragraph("The body.")]
    );
    for role in ["Abstract", "Description"] {
        let doc = doc.replace("Summary", role);
        assert_eq!(
            newsml12(doc.as_bytes()).remove(0).description.as_deref(),
            Some("In short."),
            "{role}"
        );
    }
}

/// Encoded content (an `Encoding` element beside the data, or an `Encoding` attribute on it) is
/// not read as text: a warning says so.
#[test]
fn encoded_content_is_reported_not_read() {
    let doc = |item: &str| {
        format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines>{item}</NewsComponent></NewsItem></NewsML>"#
        )
    };
    for item in [
        r#"<ContentItem><MediaType FormalName="Text"/><Encoding FormalName="base64"/><DataContent>VGV4dC4=</DataContent></ContentItem>"#,
        r#"<ContentItem><MediaType FormalName="Text"/><DataContent Encoding="base64">VGV4dC4=</DataContent></ContentItem>"#,
    ] {
        let a = newsml12(doc(item).as_bytes()).remove(0);
        assert!(a.body.is_empty(), "{item}: {:?}", a.body);
        assert!(
            a.warnings
                .iter()
                .any(|w| w.field.as_deref() == Some("body") && w.message.contains("encoded")),
            "{item}: {:?}",
            a.warnings
        );
    }
}

/// Issue #20, item 3: a value given as the element's text instead of `@FormalName`
/// (`<Urgency>2</Urgency>`) is read; an element holding others gives no text as its value.
#[test]
fn values_given_as_element_text_are_read() {
    let doc = r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsManagement><NewsItemType>News</NewsItemType><Urgency> 2 </Urgency><Status>Usable</Status></NewsManagement>
<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines>
<DescriptiveMetadata><Language>fr</Language><Genre>Current<Property FormalName="x" Value="y"/></Genre></DescriptiveMetadata>
<ContentItem><MediaType>Text</MediaType><DataContent>Texte.</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"#;
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(a.urgency, Some(2));
    assert_eq!(a.language.as_deref(), Some("fr"));
    assert_eq!(a.kind, ItemKind::Text);
    assert!(a.genres.is_empty(), "{:?}", a.genres);
}

/// `Status` gives the publication status by its name, in any case; an unknown one is a warning
/// and leaves the status usable (survivors of the NewsML 1.2 run).
#[test]
fn each_newsml12_status_by_its_name() {
    let read = |status: &str| {
        let doc = format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification><NewsManagement><NewsItemType FormalName="News"/>{status}</NewsManagement><NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Text.</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"#
        );
        let a = newsml12(doc.as_bytes()).remove(0);
        let warned = a
            .warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("pub_status"));
        (a.pub_status, warned)
    };
    let status = |name: &str| read(&format!(r#"<Status FormalName="{name}"/>"#));
    assert_eq!(status("Withheld"), (PubStatus::Withheld, false));
    assert_eq!(status("Canceled"), (PubStatus::Canceled, false));
    assert_eq!(status("cancelled"), (PubStatus::Canceled, false));
    assert_eq!(status("Embargoed"), (PubStatus::Usable, false));
    assert_eq!(status("Killed"), (PubStatus::Usable, true));
    assert_eq!(read(""), (PubStatus::Usable, false));
}

/// A NewsML 1.2 document of one item whose root component holds `inner`.
fn newsml12_item(inner: &str) -> String {
    format!(
        r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification><NewsComponent>{inner}</NewsComponent></NewsItem></NewsML>"#
    )
}

/// DataContent in HTML, a `body` or `div`, or XHTML elements is read as a body without a
/// warning; another vocabulary's text is kept with one (survivors of the NewsML 1.2 run).
#[test]
fn data_content_is_read_by_its_vocabulary() {
    let read_data = |data: &str| {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent>{data}</DataContent></ContentItem>"#
        ));
        newsml12(doc.as_bytes()).remove(0)
    };
    let body_warnings = |a: &Article| {
        a.warnings
            .iter()
            .filter(|w| w.field.as_deref() == Some("body"))
            .count()
    };
    for data in [
        "<html><head><title>Page title</title></head><body><p>One.</p></body></html>",
        "<body><p>One.</p></body>",
        "<body.content><p>One.</p></body.content>",
        "<div><p>One.</p></div>",
        r#"<p xmlns="http://www.w3.org/1999/xhtml">One.</p>"#,
    ] {
        let a = read_data(data);
        assert_eq!(text(&a.body), "One.", "{data}");
        assert_eq!(body_warnings(&a), 0, "{data}: {:?}", a.warnings);
    }
    let other = read_data("<story><p>One.</p></story>");
    assert_eq!(text(&other.body), "One.");
    assert_eq!(body_warnings(&other), 1, "{:?}", other.warnings);
}

/// A file's media type comes from its MimeType, else from the format name agencies give it
/// (survivors of the NewsML 1.2 run).
#[test]
fn a_file_s_media_type_comes_from_its_format_name() {
    for (format, expected) in [
        ("JPEG", Some("image/jpeg")),
        ("jpg", Some("image/jpeg")),
        ("PNG", Some("image/png")),
        ("GIF", Some("image/gif")),
        ("MPEG4", Some("video/mp4")),
        ("MP3", Some("audio/mpeg")),
        ("image/webp", Some("image/webp")),
        ("Text", None),
    ] {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem><NewsComponent><ContentItem Href="f.bin"><Format FormalName="{format}"/></ContentItem></NewsComponent>"#
        ));
        let a = newsml12(doc.as_bytes()).remove(0);
        // A file nothing describes is a link.
        let types: Vec<Option<&str>> = a.links.iter().map(|l| l.media_type.as_deref()).collect();
        assert_eq!(types, [expected], "{format}");
    }
}

/// Keywords repeated across more than the 32 entries searched one by one are read once each
/// (a survivor of the NewsML 1.2 run).
#[test]
fn many_repeated_keywords_are_read_once() {
    let keywords: String = (0..40)
        .chain(0..40)
        .map(|i| format!("<KeywordLine>k{i}</KeywordLine>"))
        .collect();
    let doc = newsml12_item(&format!(
        r#"<NewsLines><HeadLine>H</HeadLine>{keywords}</NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem>"#
    ));
    let a = newsml12(doc.as_bytes()).remove(0);
    let expected: Vec<String> = (0..40).map(|i| format!("k{i}")).collect();
    assert_eq!(a.keywords, expected);
}

/// A container's metadata copied into its stories costs about its bytes: a long credit line
/// copied once more does not fit in a budget of a tenth of it, and fits in ten times it
/// (a survivor of the NewsML 1.2 run: the cost counted as 1).
#[test]
fn a_copied_container_costs_about_its_bytes() {
    let credit = "c".repeat(1000);
    let story = r#"<NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>T.</DataContent></ContentItem></NewsComponent>"#;
    let doc = newsml12_item(&format!(
        "<NewsLines><CreditLine>{credit}</CreditLine></NewsLines>{}",
        story.repeat(3)
    ));
    let within = |bytes: usize| {
        let mut options = newswire::formats::ReadOptions::default();
        options.limits.repeated_bytes = bytes;
        newswire::formats::read_with(doc.as_bytes(), Format::Newsml12, &options).is_ok()
    };
    assert!(!within(100));
    assert!(within(10_000));
}

/// A story without a HeadLine takes its headline from a Title part, on one line (a survivor of
/// the NewsML 1.2 run).
#[test]
fn a_title_part_heads_a_story_without_a_headline() {
    let doc = newsml12_item(
        r#"<NewsComponent><Role FormalName="Title"/><ContentItem><MediaType FormalName="Text"/><DataContent><p>Harbour cranes</p><p>return</p></DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Body"/><ContentItem><MediaType FormalName="Text"/><DataContent><p>The cranes came back.</p></DataContent></ContentItem></NewsComponent>"#,
    );
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(a.headline.as_deref(), Some("Harbour cranes return"));
    assert_eq!(text(&a.body), "The cranes came back.");
}

/// Values kept as extensions list their repeats once each, in order: a series line given
/// once is a string, given again with another value a list; news lines of other types are a
/// list from the first (survivors of the NewsML 1.2 run).
#[test]
fn repeated_extension_values_are_listed_once_each() {
    let read_lines = |lines: &str| {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine>{lines}</NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem>"#
        ));
        newsml12(doc.as_bytes()).remove(0).extensions
    };
    let series = |names: &[&str]| {
        let lines: String = names
            .iter()
            .map(|n| format!("<SeriesLine>{n}</SeriesLine>"))
            .collect();
        read_lines(&lines).get("newsml12:SeriesLine").cloned()
    };
    assert_eq!(series(&["A"]), Some(serde_json::json!("A")));
    assert_eq!(series(&["A", "A"]), Some(serde_json::json!("A")));
    assert_eq!(series(&["A", "B"]), Some(serde_json::json!(["A", "B"])));
    assert_eq!(
        series(&["A", "B", "A", "C", "C"]),
        Some(serde_json::json!(["A", "B", "C"]))
    );
    let line = |kind: &str, text: &str| {
        format!(
            r#"<NewsLine><NewsLineType FormalName="{kind}"/><NewsLineText>{text}</NewsLineText></NewsLine>"#
        )
    };
    let news_lines = read_lines(
        &[
            line("Tagline", "X"),
            line("Tagline", "X"),
            line("Kicker", "Y"),
        ]
        .concat(),
    );
    assert_eq!(
        news_lines.get("newsml12:NewsLine"),
        Some(&serde_json::json!([
            {"type": "Tagline", "text": "X"},
            {"type": "Kicker", "text": "Y"}
        ]))
    );
}

/// A media component's kind comes from its role or media type: audio, sound, graphic and
/// graphics too (survivors of the NewsML 1.2 run).
#[test]
fn media_components_of_every_kind() {
    for (role, kind) in [
        ("Audio", ItemKind::Audio),
        ("Sound", ItemKind::Audio),
        ("Graphic", ItemKind::Graphic),
        ("Graphics", ItemKind::Graphic),
        ("Video", ItemKind::Video),
    ] {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem><NewsComponent><Role FormalName="{role}"/><NewsLines><HeadLine>Item</HeadLine></NewsLines><ContentItem Href="f.bin"/></NewsComponent>"#
        ));
        let a = newsml12(doc.as_bytes()).remove(0);
        let kinds: Vec<Option<ItemKind>> = a.associations.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Some(kind)], "{role}");
    }
}

/// A `TopicSet` names the subject codes that come without a name, in English when it gives
/// English; a code it does not list keeps no name (survivor of the NewsML 1.2 run).
#[test]
fn a_topic_set_names_subjects_without_a_name() {
    let doc = newsml12_item(
        r#"<TopicSet FormalName="NewsSubjects"><Topic><TopicType FormalName="Subject"/><FormalName>15000000</FormalName><Description xml:lang="el" Variant="Name">Αθλητισμός</Description><Description xml:lang="en" Variant="Name">Sport</Description></Topic></TopicSet><NewsLines><HeadLine>H</HeadLine></NewsLines><DescriptiveMetadata><SubjectCode><Subject FormalName="15000000"/><Subject FormalName="04000000"/></SubjectCode></DescriptiveMetadata><ContentItem><DataContent>Story.</DataContent></ContentItem>"#,
    );
    let a = newsml12(doc.as_bytes()).remove(0);
    let subjects: Vec<(Option<&str>, Option<&str>)> = a
        .subjects
        .iter()
        .map(|s| (s.code.as_deref(), s.name.as_deref()))
        .collect();
    assert_eq!(
        subjects,
        [(Some("15000000"), Some("Sport")), (Some("04000000"), None)]
    );
}

/// A closing `©` paragraph that repeats the copyright line is taken out of the body; one that
/// says something else, when the usage terms are given already, is story text and stays
/// (survivors of the NewsML 1.2 run).
#[test]
fn a_closing_copyright_paragraph_is_taken_out_only_when_it_has_a_place() {
    let read_with = |lines: &str, last: &str| {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine>{lines}</NewsLines><ContentItem><MediaType FormalName="Text"/><DataContent><p>Story.</p><p>{last}</p></DataContent></ContentItem>"#
        ));
        newsml12(doc.as_bytes()).remove(0)
    };
    let repeated = read_with("<CopyrightLine>© 2024 XPR</CopyrightLine>", "© 2024 XPR");
    assert_eq!(text(&repeated.body), "Story.");
    assert_eq!(repeated.rights.notice.as_deref(), Some("© 2024 XPR"));
    assert_eq!(repeated.rights.usage_terms, None);
    let other = read_with(
        "<CopyrightLine>© 2024 XPR</CopyrightLine><RightsLine>No archiving</RightsLine>",
        "© 2024 Photo Desk",
    );
    assert_eq!(text(&other.body), "Story.\n\n© 2024 Photo Desk");
    assert_eq!(other.rights.notice.as_deref(), Some("© 2024 XPR"));
    assert_eq!(other.rights.usage_terms.as_deref(), Some("No archiving"));
    let terms = read_with(
        "<CopyrightLine>© 2024 XPR</CopyrightLine>",
        "© 2024 XPR. Reproduction interdite.",
    );
    assert_eq!(text(&terms.body), "Story.");
    assert_eq!(
        terms.rights.usage_terms.as_deref(),
        Some("© 2024 XPR. Reproduction interdite.")
    );
}

/// An NITF body's dateline stands in when the NewsML metadata gives none; a `DateLine` or an
/// origin city in the metadata wins over it.
#[test]
fn the_nitf_dateline_fills_in_only_for_the_metadata_s() {
    let read_with = |lines: &str| {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine>{lines}</NewsLines><ContentItem><MediaType FormalName="Text"/><Format FormalName="NITF"/><DataContent><nitf><body><body.head><dateline><location><city>Lyon</city></location>LYON, 3 mars</dateline></body.head><body.content><p>Story.</p></body.content></body></nitf></DataContent></ContentItem>"#
        ));
        newsml12(doc.as_bytes()).remove(0).dateline
    };
    let nitf = read_with("").expect("the NITF dateline");
    assert_eq!(nitf.city.as_deref(), Some("Lyon"));
    let metadata = read_with("<DateLine>GRENOBLE, 3 mars</DateLine>").expect("a dateline");
    assert_eq!(metadata.text, "GRENOBLE, 3 mars");
    assert_eq!(metadata.city, None, "the NITF city is not mixed in");
}

/// #20 items 1 and 4: a story three components deep is found, with what the components above
/// it say (the package's language and provider, the wrapper's genre), and the photo beside the
/// wrapper is its picture; a well-formed `PublicIdentifier` is the id though it spells the
/// item otherwise than `NewsItemId`, its revision the version.
#[test]
fn item_1_a_story_nested_in_wrapper_components_and_item_4_its_public_identifier() {
    let articles = newsml12(&fixture("newsml12/en-package-nested-story.xml"));
    assert_eq!(articles.len(), 1);
    let a = &articles[0];
    assert_eq!(
        a.id.as_deref(),
        Some("urn:newsml:harbourwire.example:20240402:HW-PORT-0042")
    );
    assert_eq!(a.version, Some(2));
    assert_eq!(a.language.as_deref(), Some("en"));
    assert_eq!(
        a.headline.as_deref(),
        Some("New cranes double the port's container capacity")
    );
    assert_eq!(a.byline.as_deref(), Some("By Ines Marlow"));
    assert_eq!(a.credit.as_deref(), Some("Harbour Wire"));
    let genres: Vec<Option<&str>> = a.genres.iter().map(|g| g.code.as_deref()).collect();
    assert_eq!(genres, [Some("Current")]);
    assert_eq!(a.subjects, [Concept::coded("subj", "04015000")]);
    assert_eq!(a.provider, Some(Party::named("Harbour Wire")));
    assert_eq!(a.urgency, Some(3), "an urgency given as text");
    assert_eq!(
        text(&a.body),
        "Four new ship-to-shore cranes went into service on Tuesday.\n\nThe port expects to handle twice as many containers by autumn."
    );
    let pictures: Vec<(Option<&str>, Option<ItemKind>, &str)> = a
        .associations
        .iter()
        .map(|s| (s.headline.as_deref(), s.kind, s.renditions[0].href.as_str()))
        .collect();
    assert_eq!(
        pictures,
        [(
            Some("A new crane at the container terminal"),
            Some(ItemKind::Picture),
            "hw-port-0042-crane.jpg"
        )]
    );
}

/// #20 item 4: a generic identifier (the same for every item) is never the id; the parts make
/// one, and without them the item has none, with a warning.
#[test]
fn item_4_a_generic_public_identifier_is_no_item_s_id() {
    let read_ids = |ids: &str| {
        let doc = format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier>{ids}</NewsIdentifier></Identification><NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"#
        );
        newsml12(doc.as_bytes()).remove(0)
    };
    let generic = read_ids("<PublicIdentifier>urn:newsml:www.example.be</PublicIdentifier>");
    assert_eq!(generic.id, None);
    assert!(
        generic
            .warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("id")
                && w.raw.as_deref() == Some("urn:newsml:www.example.be")),
        "{:?}",
        generic.warnings
    );
    let built = read_ids(
        "<ProviderId>example.be</ProviderId><DateId>20240101</DateId><NewsItemId>77</NewsItemId><PublicIdentifier>urn:newsml:www.example.be</PublicIdentifier>",
    );
    assert_eq!(
        built.id.as_deref(),
        Some("urn:newsml:example.be:20240101:77")
    );
    let revision =
        read_ids("<PublicIdentifier>urn:newsml:example.be:20240101:77:4N</PublicIdentifier>");
    assert_eq!(
        revision.id.as_deref(),
        Some("urn:newsml:example.be:20240101:77")
    );
    assert_eq!(
        revision.version,
        Some(4),
        "the URN's revision, when RevisionId is missing"
    );
}

/// #20 item 2: a component whose only text is a Title part keeps its news lines (keywords,
/// credit, copyright) and its administrative and descriptive metadata.
#[test]
fn item_2_a_component_with_only_a_title_part_keeps_its_lines_and_metadata() {
    let a = newsml12(&fixture("newsml12/en-flash-title-part.xml")).remove(0);
    assert_eq!(
        a.headline.as_deref(),
        Some("FLASH: Dock workers call off the port strike")
    );
    assert_eq!(a.keywords, ["port", "strike"]);
    assert_eq!(a.credit.as_deref(), Some("Harbour Wire"));
    assert_eq!(a.rights.notice.as_deref(), Some("© 2024 Harbour Wire"));
    assert_eq!(a.authors, [Author::named("Desk Editor")]);
    assert_eq!(a.language.as_deref(), Some("en"));
    assert_eq!(a.subjects, [Concept::coded("subj", "09000000")]);
    assert_eq!(a.urgency, Some(1));
    assert!(a.body.is_empty());
    // With a headline of its own and no file, the component is still no media item.
    let doc = newsml12_item(
        r#"<NewsComponent><NewsLines><HeadLine>Strike off</HeadLine><KeywordLine>port</KeywordLine></NewsLines><NewsComponent><Role FormalName="Title"/><ContentItem><DataContent>Dock strike called off</DataContent></ContentItem></NewsComponent></NewsComponent>"#,
    );
    let b = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(b.headline.as_deref(), Some("Strike off"));
    assert_eq!(b.keywords, ["port"]);
    assert!(b.associations.is_empty());
}

/// #20 item 5: roles decide. The body is the Body part's text alone (no style sheet, no
/// contact block before it, no tweet after it); the contact is an editorial note and the
/// tweet a description, each with its role; the style sheet is left out with a warning; the
/// logo is a picture with its files as renditions; the provider's Metadata is kept.
#[test]
fn item_5_components_join_the_story_by_their_role() {
    let a = newsml12(&fixture("newsml12/en-release-roles.xml")).remove(0);
    assert_eq!(
        text(&a.body),
        "ABERDEEN, Scotland--(RELEASE WIRE)--Northwind Tidal Energy (NYSE: NWTE) today opened its first offshore tidal array.\n\nThe array's twelve turbines will power about 9,000 homes."
    );
    assert_eq!(
        a.description.as_deref(),
        Some("Northwind opens its first offshore tidal array")
    );
    assert_eq!(
        a.editorial_notes,
        [RoledText::with_role(
            "Northwind Tidal Energy press@northwind.example",
            "Contact"
        )]
    );
    assert_eq!(
        a.descriptions,
        [RoledText::with_role(
            "Northwind opens its first offshore tidal array $NWTE",
            "TweetText"
        )]
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.field.as_deref() == Some("body") && w.raw.as_deref() == Some("StyleSheet")),
        "{:?}",
        a.warnings
    );
    assert!(!text(&a.body).contains("text-align"));
    let [logo] = a.associations.as_slice() else {
        panic!("one logo: {:?}", a.associations);
    };
    assert_eq!(logo.role.as_deref(), Some("Logo"));
    assert_eq!(logo.kind, Some(ItemKind::Picture));
    let renditions: Vec<(Option<&str>, Option<u32>)> = logo
        .renditions
        .iter()
        .map(|r| {
            let rendition = r.rendition.as_ref();
            (
                rendition.and_then(|r| r.name.as_deref()),
                rendition.and_then(|r| r.width),
            )
        })
        .collect();
    assert_eq!(
        renditions,
        [(Some("Thumbnail"), Some(120)), (Some("Highres"), Some(960))]
    );
    assert!(
        a.warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("NewsLine: https://northwind.example")),
        "the logo's click-through line is reported, not dropped silently"
    );
    assert!(
        a.links
            .iter()
            .all(|l| l.rel.as_deref() != Some("enclosure"))
    );
    let ext = |name: &str| a.extensions.get(&format!("newsml12:{name}")).cloned();
    assert_eq!(ext("Ticker Symbol"), Some(serde_json::json!("NWTE")));
    assert_eq!(ext("ISIN"), Some(serde_json::json!("US0000000002")));
    assert_eq!(
        ext("RWIndustryKeywords"),
        Some(serde_json::json!(["Energy", "Utilities"]))
    );
    assert_eq!(
        ext("Profile"),
        Some(serde_json::json!({"value": "Mastodon", "ref": "https://social.example/@northwind"}))
    );
}

/// #20 item 5: a part of a role newswire does not know adds its text to the body with a
/// warning naming the role; the story's own role (`Main`) is no such role.
#[test]
fn item_5_a_part_of_an_unknown_role_is_body_text_with_a_warning() {
    let doc = newsml12_item(
        r#"<Role FormalName="Main"/><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem><NewsComponent><Role FormalName="Factbox"/><ContentItem><DataContent>Twelve turbines.</DataContent></ContentItem></NewsComponent>"#,
    );
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(text(&a.body), "Story.\n\nTwelve turbines.");
    let raws: Vec<Option<&str>> = a.warnings.iter().map(|w| w.raw.as_deref()).collect();
    assert_eq!(raws, [Some("Factbox")]);
}

/// #20 item 13: superscripts and subscripts are marks, not letters fused into the words
/// around them, read from NITF's `num` and written back there, and written as `sup`/`sub` in
/// NewsML-G2's XHTML.
#[test]
fn item_13_superscripts_and_subscripts_survive_nitf_and_g2() {
    let a = nitf(
        r#"<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><title>Emissions</title></head><body><body.head><hedline><hl1>Emissions fall</hl1></hedline></body.head><body.content><p>CO<num><sub>2</sub></num> emissions fell for the 3<num><sup>rd</sup></num> year.<num><sup>1</sup></num></p><p>More.</p></body.content></body></nitf>"#,
    );
    let Some(Block::Paragraph { content }) = a.body.first() else {
        panic!("a paragraph: {:?}", a.body);
    };
    assert_eq!(
        content,
        &[
            Inline::text("CO"),
            Inline::Subscript(vec![Inline::text("2")]),
            Inline::text(" emissions fell for the 3"),
            Inline::Superscript(vec![Inline::text("rd")]),
            Inline::text(" year."),
            Inline::Superscript(vec![Inline::text("1")]),
        ]
    );
    let nitf_out =
        String::from_utf8(write(std::slice::from_ref(&a), Format::Nitf).unwrap()).unwrap();
    assert!(
        nitf_out.contains("<p>CO<num><sub>2</sub></num> emissions fell for the 3<num><sup>rd</sup></num> year.<num><sup>1</sup></num></p>"),
        "{nitf_out}"
    );
    let g2 = String::from_utf8(write(std::slice::from_ref(&a), Format::NewsmlG2).unwrap()).unwrap();
    assert!(
        g2.contains(
            "<p>CO<sub>2</sub> emissions fell for the 3<sup>rd</sup> year.<sup>1</sup></p>"
        ),
        "{g2}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&write(std::slice::from_ref(&a), Format::Json).unwrap()).unwrap();
    let article = json.get(0).unwrap_or(&json);
    assert_eq!(
        article.pointer("/body/0/content/1"),
        Some(&serde_json::json!({"type": "subscript", "content": ["2"]}))
    );
}

/// #20 item 1: a wrapper holding two stories gives two articles, each with the wrapper's
/// metadata; a headlined component inside a story that references no file is a part of it,
/// its lines kept (survivors of the NewsML 1.2 run).
#[test]
fn item_1_a_wrapper_with_two_stories_and_a_headlined_part_without_a_file() {
    let story = |headline: &str, text: &str| {
        format!(
            r#"<NewsComponent><NewsLines><HeadLine>{headline}</HeadLine></NewsLines><ContentItem><DataContent>{text}</DataContent></ContentItem></NewsComponent>"#
        )
    };
    let doc = newsml12_item(&format!(
        r#"<NewsComponent><DescriptiveMetadata><Genre FormalName="Current"/></DescriptiveMetadata>{}{}</NewsComponent>"#,
        story("First", "One."),
        story("Second", "Two.")
    ));
    let articles = newsml12(doc.as_bytes());
    let headlines: Vec<Option<&str>> = articles.iter().map(|a| a.headline.as_deref()).collect();
    assert_eq!(headlines, [Some("First"), Some("Second")]);
    assert!(articles.iter().all(|a| a.genres.len() == 1));
    // Stories without a `Duid` are told apart by their place, counted from 1 (the id without
    // its revision, which is the version).
    let ids: Vec<Option<&str>> = articles.iter().map(|a| a.id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("urn:newsml:x.org:20240101:1#1"),
            Some("urn:newsml:x.org:20240101:1#2")
        ]
    );
    let doc = newsml12_item(
        r#"<NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem><NewsComponent><NewsLines><HeadLine>Side</HeadLine><KeywordLine>tide</KeywordLine></NewsLines><ContentItem><MediaType FormalName="Text"/></ContentItem></NewsComponent>"#,
    );
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(
        a.keywords,
        ["tide"],
        "an empty content item references no file"
    );
    assert!(a.associations.is_empty());
}

/// #20 item 5: a style sheet is known by its role, its media type or its format name alone;
/// a story's own role, even one newswire does not know (Belga's `Short`), names the story
/// and gives no warning (survivors of the NewsML 1.2 run).
#[test]
fn item_5_style_sheets_by_any_sign_and_a_story_s_own_role() {
    let with_part = |part: &str| {
        let doc = newsml12_item(&format!(
            r#"<NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem><NewsComponent>{part}</NewsComponent>"#
        ));
        newsml12(doc.as_bytes()).remove(0)
    };
    for part in [
        r#"<ContentItem><MimeType FormalName="text/css"/><DataContent>.a { color: red }</DataContent></ContentItem>"#,
        r#"<ContentItem><Format FormalName="CSS"/><DataContent>.a { color: red }</DataContent></ContentItem>"#,
    ] {
        let a = with_part(part);
        assert_eq!(text(&a.body), "Story.", "{part}");
        assert_eq!(a.warnings.len(), 1, "{part}");
    }
    let doc = newsml12_item(
        r#"<Role FormalName="Short"/><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem><DataContent>Story.</DataContent></ContentItem>"#,
    );
    let a = newsml12(doc.as_bytes()).remove(0);
    assert_eq!(text(&a.body), "Story.");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

/// #20 item 11: a NITF `block` whose class names a box (newswire's `aside`, a sidebar, a fact
/// box) is a box beside the story ([`Block::Aside`]); a `block` without one (AP's
/// `block id="Main"`, a quote's) is a wrapper, its blocks the story's.
#[test]
fn item_11_a_nitf_block_named_as_a_box_is_an_aside() {
    let a = nitf(
        r#"<nitf><head><title>Budget</title></head><body><body.head><hedline><hl1>Budget</hl1></hedline></body.head><body.content>
  <block id="Main"><p>Lead.</p></block>
  <block class="sidebar"><hl2>Key figures</hl2><p>3 per cent.</p></block>
  <block class="aside FACTBOX"><p>Fact.</p></block>
  <bq><block><p>Quote.</p></block></bq>
</body.content></body></nitf>"#,
    );
    assert_eq!(
        a.body,
        [
            Block::paragraph("Lead."),
            Block::Aside {
                kind: "sidebar".into(),
                blocks: vec![
                    Block::heading(2, "Key figures"),
                    Block::paragraph("3 per cent.")
                ],
            },
            Block::Aside {
                kind: "FACTBOX".into(),
                blocks: vec![Block::paragraph("Fact.")],
            },
            Block::Blockquote {
                blocks: vec![Block::paragraph("Quote.")],
            },
        ]
    );
}

/// Each metadata element the NewsML 1.2 reader maps, to its field: the first of two lines wins,
/// a provider, a file name, a copyright holder, a dateline date (a blank one is nothing, a bad
/// one a warning), subject schemes, an origin's country as a code or a name, an event's place.
#[test]
fn newsml12_metadata_elements_each_to_their_field() {
    let doc = |lines: &str, admin: &str, rights: &str, descriptive: &str| {
        format!(
            r#"<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>x.org</ProviderId><DateId>20240101</DateId><NewsItemId>1</NewsItemId><RevisionId PreviousRevision="0" Update="N">1</RevisionId><PublicIdentifier>urn:newsml:x.org:20240101:1:1</PublicIdentifier></NewsIdentifier></Identification>
<NewsComponent><NewsLines>{lines}</NewsLines><AdministrativeMetadata>{admin}</AdministrativeMetadata><RightsMetadata>{rights}</RightsMetadata><DescriptiveMetadata>{descriptive}</DescriptiveMetadata>
<ContentItem><MediaType FormalName="Text"/><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>"#
        )
    };
    let a = newsml12(
        doc(
            "<HeadLine>First</HeadLine><HeadLine>Second</HeadLine><RightsLine>Use one</RightsLine><RightsLine>Use two</RightsLine>",
            r#"<Provider><Party FormalName="Harbour News"/></Provider><FileName>harbour-1.xml</FileName>"#,
            "<Copyright><CopyrightHolder>Harbour News Ltd</CopyrightHolder></Copyright>",
            r#"<DateLineDate>20240302T101500+0100</DateLineDate><SubjectCode><Subject FormalName="04000000" Scheme="IptcSubjectCodes"/><Subject FormalName="X1" Scheme="IptcGenre"/><Subject FormalName="Y2" Scheme="HouseSubjects"/></SubjectCode><Location HowPresent="Origin"><Property FormalName="City" Value="Malmö"/><Property FormalName="Country" Value="SWEDEN"/></Location><Location HowPresent="Event"><Property FormalName="City" Value="Lund"/></Location><Location HowPresent="Event"/>"#,
        )
        .as_bytes(),
    )
    .remove(0);
    assert_eq!(a.headline.as_deref(), Some("First"));
    assert_eq!(a.rights.usage_terms.as_deref(), Some("Use one"));
    assert_eq!(
        a.provider.as_ref().map(|p| p.name.as_deref()),
        Some(Some("Harbour News"))
    );
    assert_eq!(
        a.extensions.get("newsml12:FileName"),
        Some(&serde_json::json!("harbour-1.xml"))
    );
    assert_eq!(
        a.rights.holder.as_ref().and_then(|p| p.name.as_deref()),
        Some("Harbour News Ltd")
    );
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.city.as_deref(), Some("Malmö"));
    let date = dateline.date.unwrap();
    assert_eq!(
        (date.year, date.month, date.day),
        (Some(2024), Some(3), Some(2))
    );
    // `SWEDEN` is six capitals: a name, so the region too.
    assert_eq!(dateline.region.as_deref(), Some("SWEDEN"));
    let schemes: Vec<(Option<&str>, Option<&str>)> = a
        .subjects
        .iter()
        .map(|s| (s.scheme.as_deref(), s.code.as_deref().or(s.name.as_deref())))
        .collect();
    assert_eq!(
        schemes,
        [
            (Some("subj"), Some("04000000")),
            (Some("IptcGenre"), Some("X1")),
            (Some("HouseSubjects"), Some("Y2")),
            (None, Some("SWEDEN"))
        ]
    );
    assert_eq!(
        a.extensions.get("newsml12:EventLocation"),
        Some(&serde_json::json!({"City": "Lund"}))
    );
    let date_warnings = |a: &Article| -> Vec<Option<String>> {
        a.warnings
            .iter()
            .filter(|w| w.field.as_deref() == Some("dateline.date"))
            .map(|w| w.raw.clone())
            .collect()
    };
    assert!(date_warnings(&a).is_empty());
    // A blank dateline date is nothing; a bad one is a warning with the raw value.
    let blank = newsml12(
        doc(
            "<HeadLine>H</HeadLine>",
            "",
            "",
            "<DateLineDate> </DateLineDate>",
        )
        .as_bytes(),
    )
    .remove(0);
    assert!(date_warnings(&blank).is_empty());
    assert!(blank.dateline.is_none_or(|d| d.date.is_none()));
    let bad = newsml12(
        doc(
            "<HeadLine>H</HeadLine>",
            "",
            "",
            "<DateLineDate>soon</DateLineDate>",
        )
        .as_bytes(),
    )
    .remove(0);
    assert_eq!(date_warnings(&bad), [Some("soon".to_string())]);
    // A two-letter country code in lower case is a name.
    let lower = newsml12(
        doc(
            "<HeadLine>H</HeadLine>",
            "",
            "",
            r#"<Location><Property FormalName="Country" Value="se"/></Location>"#,
        )
        .as_bytes(),
    )
    .remove(0);
    assert_eq!(lower.dateline.and_then(|d| d.region).as_deref(), Some("se"));
}

/// A dateline printed before a line break (`<p>ROMA (ANSA) -<br/>...`, the writer's form when
/// the lead opens with a break) leaves the lead; printed before text that goes on past a break,
/// it leaves only itself; a place without a separator before a break (`ROMA<br/>`) is the
/// text's own line, kept, and so is a dateline glued to marked text.
#[test]
fn a_printed_dateline_before_a_line_break() {
    let lead = |dateline: &str, paragraph: &str| {
        let a = nitf(&format!(
            "<nitf><head><title>T</title></head><body><body.head><hedline><hl1>T</hl1></hedline><dateline>{dateline}</dateline></body.head><body.content>{paragraph}<p>Second.</p></body.content></body></nitf>"
        ));
        match a.body.first() {
            Some(Block::Paragraph { content }) => content.clone(),
            other => panic!("{other:?}"),
        }
    };
    let text = |t: &str| Inline::Text(t.to_string());
    assert_eq!(
        lead(
            "ROMA (ANSA) -",
            "<p>ROMA (ANSA) -<br/>Il governo ha deciso.</p>"
        ),
        [Inline::LineBreak, text("Il governo ha deciso.")]
    );
    assert_eq!(
        lead(
            "ROMA (ANSA) -",
            "<p>ROMA (ANSA) - Il governo<br/>ha deciso.</p>"
        ),
        [text("Il governo"), Inline::LineBreak, text("ha deciso.")]
    );
    assert_eq!(
        lead("ROMA", "<p>ROMA<br/>Il governo ha deciso.</p>"),
        [
            text("ROMA"),
            Inline::LineBreak,
            text("Il governo ha deciso.")
        ]
    );
    // Glued to marked text without a space, only a line break excuses the missing space: the
    // text keeps it.
    assert_eq!(
        lead(
            "ROMA (ANSA) -",
            "<p>ROMA (ANSA) -<b>Il governo</b> ha deciso.</p>"
        )
        .first(),
        Some(&text("ROMA (ANSA) -"))
    );
}

/// AFP's photo items name each party's part in a `Property` (`Role`: the caption writer;
/// `Position`: the photographer's job) and give the photographer's code in a `Label`: each is
/// read, none dropped.
#[test]
fn a_party_s_role_and_position_and_an_item_s_labels_are_read() {
    let xml = r#"<NewsML><NewsItem xml:lang="en"><Identification><NewsIdentifier>
<ProviderId>example.org</ProviderId><DateId>20250301T120000Z</DateId><NewsItemId>doc-7xq</NewsItemId>
<RevisionId PreviousRevision="0" Update="N">1</RevisionId></NewsIdentifier>
<NameLabel>HARBOUR-FESTIVAL</NameLabel><Label><LabelType FormalName="CodeName"/><LabelText>MK0301</LabelText></Label>
</Identification><NewsManagement><NewsItemType FormalName="News"/><Status FormalName="Usable"/></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Lanterns on the harbour</HeadLine></NewsLines>
<AdministrativeMetadata><Creator><Party FormalName="MARTA KEEL"><Property FormalName="Position" Value="Staff photographer"/></Party></Creator>
<Contributor><Party FormalName="MK"><Property FormalName="Role" Value="CaptionWriter"/></Party></Contributor></AdministrativeMetadata>
<NewsComponent><Role FormalName="Caption"/><ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content><p>Lanterns float on the harbour.</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Main"/><ContentItem Href="7xq.jpg"><MediaType FormalName="Photo"/><Format FormalName="image/jpeg"/></ContentItem></NewsComponent>
</NewsComponent></NewsItem></NewsML>"#;
    let a = newsml12(xml.as_bytes()).remove(0);
    let people: Vec<_> = a
        .authors
        .iter()
        .map(|p| (p.name.as_str(), p.role.as_deref(), p.job_title.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            ("MARTA KEEL", None, Some("Staff photographer")),
            ("MK", Some("CaptionWriter"), None)
        ]
    );
    assert_eq!(
        a.extensions.get("newsml12:Label:CodeName"),
        Some(&serde_json::Value::String("MK0301".into()))
    );
}
