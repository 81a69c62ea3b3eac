//! Unit tests: the header lines, the codes, post-text times, the text's parts, and the writer's
//! message reading back as itself.

use super::codes;
use super::header::{self, Header};
use super::message;
use super::post;
use super::text::{self, heading_len};
use super::*;
use crate::formats::teletype::blocks::Chunk;
use crate::formats::teletype::controls::parts;
use crate::model::{Block, Dateline, Timestamp};

#[test]
fn header_lines_of_ap_and_kyodo() {
    let ap = header::parse(
        "\u{1}G7787\u{1f}glbsm\r\nr d\u{13}\u{11} BC-US--GiantLobsterDeath 1stLd-Writethru   08-29 0590\r\n",
    );
    assert_eq!(ap.service_level, "G");
    assert_eq!(ap.number, "7787");
    assert_eq!(ap.selector, "glbsm");
    assert_eq!((ap.priority, ap.category), (Some('r'), Some('d')));
    assert_eq!(ap.format_name(), Some("body text"));
    assert_eq!(ap.keyword, "BC-US--GiantLobsterDeath");
    assert_eq!(ap.version, "1stLd-Writethru");
    assert_eq!((ap.date.as_str(), ap.words), ("08-29", Some(590)));
    let kyodo = header::parse(
        "\u{1}a0105KYODO\u{1f}koko-\r\nu s\u{14}\u{12} BC-Soccer-Emperor's-Cup   09-12 0344\r\n",
    );
    assert_eq!(kyodo.extra, "KYODO");
    assert_eq!(kyodo.format_name(), Some("agate tabular"));
    assert!(kyodo.tabular());
    let blank_count = header::parse(
        "\u{1}s0284\u{1f}-----\r\nr s\u{14}\u{12} BC-BBO--WildCardGlance     08-18 \r\n",
    );
    assert_eq!(
        (blank_count.date.as_str(), blank_count.words),
        ("08-18", None)
    );
    for h in [ap, kyodo] {
        let (first, second) = h.render();
        assert_eq!(header::parse(&format!("\u{1}{first}\r\n{second}\r\n")), h);
    }
    assert_eq!(header::parse(""), Header::default());
}

#[test]
fn priority_letters_and_versions() {
    assert_eq!(codes::priority('f'), Some(1));
    assert_eq!(codes::priority('U'), Some(2));
    assert_eq!(codes::priority('q'), None);
    for p in 1..=9u8 {
        let back = codes::priority(codes::letter(Some(p))).unwrap();
        assert_eq!(back, if p == 4 { 5 } else { p });
    }
    assert_eq!(codes::letter(None), 'r');
    assert_eq!(codes::header_version("1stLd-Writethru"), Some(2));
    assert_eq!(codes::header_version("3rdLd-Writethru TB06"), Some(4));
    assert_eq!(codes::header_version("TB06"), None);
    // An ordinal, a lead (`Ld`) and a version up to 99 all count: a bare number, an `Add` or
    // a hundredth lead is no version.
    assert_eq!(codes::header_version("12Ld-Writethru"), None);
    assert_eq!(codes::header_version("2ndAdd"), None);
    assert_eq!(codes::header_version("100thLd-Writethru"), None);
    assert_eq!(codes::header_version("99thLd"), Some(100));
    let ordinals = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(codes::ordinal);
    assert_eq!(
        ordinals,
        [
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
            "111th"
        ]
    );
}

#[test]
fn post_text_times() {
    let cases = [
        ("AP-WF-11-13-13 1509GMT<", Some("2013-11-13T15:09:00Z")),
        ("KWS-21:37-09-12-18", Some("2018-12-09T21:37:00")),
        ("16:35ET 31-10-14<", Some("2014-10-31T16:35:00")),
        ("AP-WF-02-30-16 0423GMT<", None),
        ("nothing", None),
        // The source and the wire are letters, each date part two digits (survivors of the
        // ANPA-1312 mutation run: the guards of `ap`, `letters` and `two_digits`).
        ("A1-WF-11-13-13 1509GMT<", None),
        ("AP-W2-11-13-13 1509GMT<", None),
        ("-WF-11-13-13 1509GMT<", None),
        ("AP-WF-1-13-13 1509GMT<", None),
        ("AP-WF-11-13-2013 1509GMT<", None),
    ];
    for (line, want) in cases {
        assert_eq!(
            post::time(line).map(|t| t.to_rfc3339()).as_deref(),
            want,
            "{line}"
        );
    }
    let t = Timestamp::parse("2024-01-15T14:05:30-05:00").unwrap();
    assert_eq!(post::line(t), "NW-WF-01-15-24 1905GMT<");
    assert_eq!(post::filing_date(Some(t)), "01-15");
    assert_eq!(post::filing_date(None), "00-00");
}

#[test]
fn ap_text_parts() {
    let part = "^BC-US--Giant Lobster Death, 1st Ld-Writethru,127<\r\n\
                ^$210 lobster is found dead<\r\n\
                ^Eds: APNewsNow.<\r\n\
                ^By ANN LEE=\r\n^Associated Press=\r\n\
                ^Results=\r\n\
                \t   CHATHAM, Mass. (AP) _ A lobster died. \r\n \r\n\
                \u{8}Team\u{10} One;1;2\r\n\u{8}\r\n\u{8}Two;3;4\r\n\
                ^END<\r\n\t   ";
    let text = text::parse(part, false);
    assert_eq!(
        text.slug.as_deref(),
        Some("BC-US--Giant Lobster Death, 1st Ld-Writethru,127")
    );
    assert_eq!(
        text.heading,
        [
            "$210 lobster is found dead",
            "Eds: APNewsNow.",
            "By ANN LEE",
            "Associated Press"
        ]
    );
    assert_eq!(
        text.body,
        [
            Chunk::Heading("Results".into()),
            Chunk::Para("CHATHAM, Mass. (AP) _ A lobster died.".into()),
            Chunk::Pre("Team One;1;2\n\nTwo;3;4".into()),
        ]
    );
    assert_eq!(text.sign_off.as_deref(), Some("END"));
    assert_eq!(heading_len(&["Headline".to_string(), "Sub".to_string()]), 1);
}

#[test]
fn tabular_text_groups_semicolon_rows() {
    let part = "^BC-WEA--Weather,<\r\n\t   NEW YORK (AP) _ Temperatures:<\r\n\t   ;MIN;MAX;COND<\r\n\t   Amsterdam;42;50;rn<\r\n\t   Legend: rn - rain<\r\n";
    let text = text::parse(part, true);
    assert_eq!(
        text.body,
        [
            Chunk::Para("NEW YORK (AP) _ Temperatures:".into()),
            Chunk::Pre(";MIN;MAX;COND\nAmsterdam;42;50;rn".into()),
            Chunk::Para("Legend: rn - rain".into()),
        ]
    );
}

#[test]
fn kyodo_text_parts() {
    let part = "BC-Japan-Trade\r\nJapan posts trade surplus+\r\n     TOKYO, March 14 Kyodo - Japan posted \r\na surplus.\r\n     Exports rose.\r\n==Kyodo\r\n";
    let text = text::parse(part, true);
    assert_eq!(text.slug.as_deref(), Some("BC-Japan-Trade"));
    assert_eq!(text.heading, ["Japan posts trade surplus"]);
    assert_eq!(
        text.body,
        [
            Chunk::Para("TOKYO, March 14 Kyodo - Japan posted a surplus.".into()),
            Chunk::Para("Exports rose.".into()),
        ]
    );
    assert_eq!(text.sign_off.as_deref(), Some("==Kyodo"));
}

#[test]
fn the_written_message_reads_back_as_itself() {
    let a = Article {
        slugline: Some("US--Bridge Closure".into()),
        headline: Some("Storm damage closes river bridge".into()),
        subheadline: Some("Detours for weeks".into()),
        byline: Some("ANNA WHITFIELD".into()),
        editorial_notes: vec!["Eds: Updates with comment.".into()],
        version: Some(2),
        priority: Some(1),
        dateline: Some(Dateline::new("MILLBROOK, Ore. (AP) _")),
        body: vec![
            Block::paragraph("The bridge will stay closed."),
            Block::heading(2, "Detours"),
            Block::Preformatted {
                text: "Route;Minutes\nA;40".into(),
            },
            Block::heading(2, "END"),
        ],
        modified: Timestamp::parse("2024-05-06T17:32:00Z"),
        extensions: [("anpa1312:cycle".to_string(), "BC".into())].into(),
        ..Article::default()
    };
    let layout = layout::layout(&a);
    let rendered = message::render(&layout);
    assert_eq!(message::parse(&parts(rendered.as_bytes())), layout);
    assert_eq!(
        layout.text.slug.as_deref(),
        Some("BC-US--Bridge Closure, 1st Ld-Writethru,13")
    );
    assert_eq!(layout.header.keyword, "BC-US--BridgeClosure");
    assert_eq!(
        layout.text.heading,
        [
            "Storm damage closes river bridge",
            "Detours for weeks",
            "Eds: Updates with comment.",
            "By ANNA WHITFIELD"
        ]
    );
    assert_eq!(
        layout.text.body.last(),
        Some(&Chunk::Para("END".into())),
        "a heading read as a sign-off is written as a paragraph"
    );
    let back = &read(rendered.as_bytes()).unwrap()[0];
    assert_eq!(back, &project(&a));
    assert_eq!(back.priority, Some(1));
    assert_eq!(back.version, Some(2));
    assert_eq!(back.slugline.as_deref(), Some("US--BridgeClosure"));
    assert_eq!(back.subheadline.as_deref(), Some("Detours for weeks"));
    assert_eq!(back.editorial_notes, ["Updates with comment."]);
    assert_eq!(back.modified, a.modified);
}

#[test]
fn a_keyword_cut_before_a_quad_left_loses_it() {
    // 23 characters, then `<b>`: the 24-character cut left a `<`, which the reader drops as
    // line furniture, so the next write gave another keyword.
    let a = Article {
        slugline: Some("Harbor ferries run late now<b> again".into()),
        ..Article::default()
    };
    let layout = layout::layout(&a);
    assert_eq!(layout.header.keyword, "Harborferriesrunlatenow");
    let written = write(std::slice::from_ref(&a)).unwrap();
    let back = read(&written).unwrap();
    assert_eq!(write(&back).unwrap(), written);
}

#[test]
fn a_dateline_with_an_empty_body_prints_the_same_again() {
    // As read from a dateline glued to an empty list item's `-`: the writer printed no dateline
    // for an empty body, so the next write lost it.
    let a = Article {
        dateline: Some(Dateline::new("ROMA (ANSA) -")),
        ..Article::default()
    };
    let written = write(std::slice::from_ref(&a)).unwrap();
    let back = read(&written).unwrap();
    assert_eq!(
        back[0].dateline.as_ref().map(|d| d.text.as_str()),
        Some("ROMA (ANSA) -")
    );
    assert_eq!(write(&back).unwrap(), written);
}

/// A dateline's closing `=` is a line-end code the reader drops: the dateline is printed as it
/// reads back (`RATES —`, with a dash of its own), so an empty item's `-` after it is the lead
/// in the first write as in the next (the first printed them apart and the next glued them).
#[test]
fn a_dateline_closing_with_a_line_end_code_is_printed_as_it_reads_back() {
    let a = Article {
        dateline: Some(Dateline::new("RATES — =")),
        body: vec![Block::List {
            ordered: false,
            items: vec![vec![Block::Preformatted {
                text: "Rates".into(),
            }]],
        }],
        ..Article::default()
    };
    let written = write(std::slice::from_ref(&a)).unwrap();
    let text = String::from_utf8_lossy(&written).into_owned();
    assert!(
        text.contains("\t   RATES — -\r\n\u{8}Rates\r\n"),
        "{text:?}"
    );
    let back = read(&written).unwrap();
    assert_eq!(
        back[0].dateline.as_ref().map(|d| d.text.as_str()),
        Some("RATES —")
    );
    assert_eq!(write(&back).unwrap(), written);
}

#[test]
fn a_dateline_that_would_make_the_lead_a_table_row_is_printed_apart() {
    // `(&amp;)` adds a `;` to a lead with two: glued, the lead read as a row of the table below.
    let article = Article {
        dateline: Some(Dateline::new("RATES (&amp;) -")),
        body: vec![
            Block::paragraph("&amp;&amp;"),
            Block::Preformatted {
                text: "Rates".to_string(),
            },
        ],
        ..Article::default()
    };
    let written = String::from_utf8(super::write(&[article]).unwrap()).unwrap();
    assert!(
        written.contains("\r\n\t   RATES (&amp;) -\r\n\t   &amp;&amp;\r\n\u{8}Rates\r\n"),
        "{written:?}"
    );
}

/// The headline is the heading's first line only when that line is headline text: a blank
/// first line holds the place of a missing one, and a byline or note first is no headline.
#[test]
fn the_headline_is_the_first_heading_line_only_when_it_is_text() {
    let lines = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let (headline, heading) = text::read_heading(&lines(&["Rates held", "Markets calm"]));
    assert_eq!(headline.as_deref(), Some("Rates held"));
    assert_eq!(heading.text, ["Markets calm"]);
    for first in ["", "   ", "By Jane Doe", "Eds: Corrects the fare"] {
        let (headline, heading) = text::read_heading(&lines(&[first, "Markets calm"]));
        assert_eq!(headline, None, "{first:?}");
        assert_eq!(heading.text, ["Markets calm"], "{first:?}");
    }
}

/// A paragraph line's tab form is collapsed already: the reader takes it as the paragraph
/// without collapsing it again.
#[test]
fn the_tab_form_of_a_line_is_collapsed() {
    for line in [
        "  The mayor  said\tso. <",
        "Kraków  =",
        "a\u{a0} b\u{2003}<=  ",
        "",
        " < = ",
    ] {
        let form = super::text::tab_form(line);
        assert_eq!(
            crate::formats::teletype::lines::collapse(&form),
            form,
            "{line:?}"
        );
    }
}
