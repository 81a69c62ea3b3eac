//! Unit tests: the header line, keyword lines, post-text times, the text's parts, and the
//! writer's message reading back as itself.

use super::header::{self, keyword_lines, keywords};
use super::message;
use super::post;
use super::text::{self, Text};
use super::*;
use crate::formats::teletype::blocks::Chunk;
use crate::formats::teletype::controls::parts;
use crate::model::{Block, Dateline, Timestamp};

#[test]
fn header_lines_of_every_provider() {
    let cases = [
        (
            "eca0062 4 i 211 ccccb   dpa 061",
            "eca",
            "0062",
            '4',
            "i",
            211,
            "ccccb   dpa 061",
        ),
        (
            "bdt0534 3 vm 144  dpa 2777",
            "bdt",
            "0534",
            '3',
            "vm",
            144,
            "dpa 2777",
        ),
        (
            "bsf025 3 ec 121   etf 967",
            "bsf",
            "025",
            '3',
            "ec",
            121,
            "etf 967",
        ),
        (
            "v2557 4 txx 613 1tvks",
            "v",
            "2557",
            '4',
            "txx",
            613,
            "1tvks",
        ),
        (
            "eca00075 3 i 510    dpa 1003",
            "eca",
            "00075",
            '3',
            "i",
            510,
            "dpa 1003",
        ),
        ("bdt0000 2 pl 41", "bdt", "0000", '2', "pl", 41, ""),
    ];
    for (line, service, sequence, priority, category, words, optional) in cases {
        let h = header::parse(line).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(
            (
                h.service.as_str(),
                h.sequence.as_str(),
                h.priority,
                h.category.as_str(),
                h.words,
                h.optional.as_str()
            ),
            (service, sequence, priority, category, words, optional),
            "{line}"
        );
        assert_eq!(header::parse(&h.render()), Some(h));
    }
    for line in ["", "Headline of a story", "abc 3 i 12", "abc123 x"] {
        assert_eq!(header::parse(line), None, "{line}");
    }
    // Each field's rule alone: a category of one to four letters or digits, a word count of one
    // to six digits.
    for line in [
        "abc123 3 abcde 12",
        "abc123 3 a-b 12",
        "abc123 3 i 1234567",
        "abc123 3 i 12a",
    ] {
        assert_eq!(header::parse(line), None, "{line}");
    }
    assert!(header::parse("abc123 3 abcd 123456").is_some());
    assert!(starts_with_header_line(b"eca00075 3 i 510    dpa 1003\n\n"));
    assert!(!starts_with_header_line(
        b"Brexit: the court rules 3 i 510\n"
    ));
}

#[test]
fn a_keyword_path_fills_its_line_to_the_last_character() {
    // `ab/cd/` is six characters: it fits a line of six, not of five.
    let keywords = ["ab".to_string(), "cd".to_string()];
    assert_eq!(keyword_lines(None, &keywords, 6), ["ab/cd/"]);
    assert_eq!(keyword_lines(None, &keywords, 5), ["ab/"]);
}

#[test]
fn keyword_lines_give_the_slugline_and_keywords() {
    let read = keywords(&["Partei/Deutschland/Grüne/".to_string()]);
    assert_eq!(read.slugline.as_deref(), Some("Partei/Deutschland/Grüne"));
    assert_eq!(read.keywords, ["Partei", "Deutschland", "Grüne"]);
    let read = keywords(&["AP-APTN-1330:BosniaMineR".to_string()]);
    assert_eq!(read.slugline.as_deref(), Some("AP-APTN-1330:BosniaMineR"));
    assert!(read.keywords.is_empty());
    let written = keyword_lines(
        Some("EU-ECONOMY-RATES"),
        &["EU".into(), "a/b".into(), "rates".into()],
        69,
    );
    assert_eq!(written, ["EU-ECONOMY-RATES", "EU/rates/"]);
    assert_eq!(
        keyword_lines(Some("EU/rates"), &["EU".into(), "rates".into()], 69),
        ["EU/rates/"]
    );
    assert_eq!(keyword_lines(Some("/x/"), &[], 69), ["x"]);
}

#[test]
fn post_text_times() {
    let cases = [
        ("131137 GMT Nov 13", Some("2013-11-13T11:37:00Z")),
        ("071341 GMT Okt 15", Some("2015-10-07T13:41:00Z")),
        ("101137 GMT Dez 18", Some("2018-12-10T11:37:00Z")),
        ("211259 Nov 18", Some("2018-11-21T12:59:00")),
        ("091223 dec 18", Some("2018-12-09T12:23:00")),
        ("050945 sep 14EDT", Some("2014-09-05T09:45:00-04:00")),
        ("121842 MEZ Mär 24", Some("2024-03-12T18:42:00+01:00")),
        ("131137", None),
        // The stamp is six digits: no more, and no sign that a number would read.
        ("1311370 GMT Nov 13", None),
        ("+11137 GMT Nov 13", None),
        ("Montag", None),
    ];
    for (line, want) in cases {
        assert_eq!(
            post::time(line).map(|t| t.to_rfc3339()).as_deref(),
            want,
            "{line}"
        );
    }
    let t = Timestamp::parse("2024-01-15T14:05:30+01:00").unwrap();
    assert_eq!(post::line(t), "151305 GMT Jan 24");
    let naive = Timestamp::parse("1999-12-31T23:59:00").unwrap();
    assert_eq!(post::line(naive), "312359 Dec 99");
    assert_eq!(post::time(&post::line(naive)), Some(naive));
}

#[test]
fn the_text_splits_into_heading_body_notes_and_sign_off() {
    let part = "(Eil \u{7}\u{7}\u{7})\r\n1ST LEAD\r\nGrüne Spitze tritt\r\nab\r\nVon Anna Beck, dpa =\r\n\n\
                Berlin (dpa) - Die Spitze tritt ab.\r\nSie geht im November.\r\n\n\
                Name       Amt\r\nLang       Vorsitz\r\n\n\
                * * * *\r\nDie folgenden Informationen sind nicht zur Veröffentlichung bestimmt\r\n\n\
                ## Kontakte\r\n- Autorin: Anna Beck\r\n  (Berlin)\r\n\n\
                dpa ab yyzz n1\r\n\r\n";
    let text = text::parse(part);
    assert_eq!(
        text.heading,
        [
            "(Eil )",
            "1ST LEAD",
            "Grüne Spitze tritt",
            "ab",
            "Von Anna Beck, dpa"
        ]
    );
    assert_eq!(
        text.body,
        [
            Chunk::Para("Berlin (dpa) - Die Spitze tritt ab. Sie geht im November.".into()),
            Chunk::Pre("Name       Amt\nLang       Vorsitz".into()),
            Chunk::Para("* * * *".into()),
        ]
    );
    assert_eq!(text.notes, ["## Kontakte\n- Autorin: Anna Beck (Berlin)"]);
    assert_eq!(text.sign_off.as_deref(), Some("dpa ab yyzz n1"));
}

#[test]
fn a_message_without_a_heading_terminator_has_no_heading() {
    let text = text::parse("Berlin (dpa) - Text.\r\n\r\nMore text.\r\n");
    assert!(text.heading.is_empty());
    assert_eq!(text.body.len(), 2);
}

#[test]
fn the_written_message_reads_back_as_itself() {
    let a = Article {
        headline: Some(
            "Grüne Spitze tritt nach Wahlniederlagen geschlossen ab und macht den Weg frei".into(),
        ),
        byline: Some("Anna Beck".into()),
        version: Some(4),
        dateline: Some(Dateline::new("Berlin (dpa) -")),
        body: vec![
            Block::paragraph("Die Spitze tritt ab."),
            Block::heading(2, "Reaktionen"),
            Block::Preformatted {
                text: "Name       Amt\nLang       Vorsitz\nplain line".into(),
            },
            Block::Preformatted {
                text: "not a table".into(),
            },
        ],
        editorial_notes: vec!["First note\nsecond line".into(), "dpa ab cd".into()],
        modified: Timestamp::parse("2024-09-25T10:37:00"),
        ..Article::default()
    };
    let layout = layout::layout(&a);
    let rendered = message::render(&layout);
    assert_eq!(message::parse(&parts(rendered.as_bytes())), layout);
    assert_eq!(
        layout.text.heading,
        [
            "3RD LEAD",
            "Grüne Spitze tritt nach Wahlniederlagen geschlossen ab und macht den",
            "Weg frei",
            "By Anna Beck"
        ]
    );
    assert_eq!(layout.text.sign_off, None);
    let back = &read(rendered.as_bytes()).unwrap()[0];
    assert_eq!(back, &project(&a));
    assert_eq!(back.version, Some(4));
    assert_eq!(
        back.editorial_notes,
        ["First note\nsecond line", "dpa ab cd"]
    );
    assert_eq!(
        back.dateline.as_ref().map(|d| d.text.as_str()),
        Some("Berlin (dpa) -")
    );
    assert_eq!(back.body.len(), 4);
}

#[test]
fn an_empty_article_is_a_message_with_an_empty_heading() {
    let layout = layout::layout(&Article::default());
    assert_eq!(layout.text, Text::default());
    let written = String::from_utf8(write(&[Article::default()]).unwrap()).unwrap();
    assert_eq!(
        written,
        "\u{1}nws0000 5 x 0\r\n\r\n\u{2}=\r\n\u{3}\r\n\u{4}"
    );
    let back = &read(written.as_bytes()).unwrap()[0];
    assert_eq!(back.headline, None);
    assert_eq!(back.priority, Some(5));
}

#[test]
fn stripped_copy_without_a_7901_heading_is_read_as_plain_wire_copy() {
    let copy = "sbf207 3 pl 180  etf 310\r\n\r\nSuisse\r\n\r\nLausanne: la ville teste des bus de nuit gratuits\r\n\r\n   Lausanne (ats) La Ville de Lausanne teste dès vendredi des bus de nuit gratuits sur trois lignes, a-t-elle annoncé mardi.\r\n\r\n   L'essai durera six mois avant un bilan.\r\n\r\n(ats/jf)\r\n";
    let a = &super::read(copy.as_bytes()).unwrap()[0];
    assert_eq!(
        a.headline.as_deref(),
        Some("Lausanne: la ville teste des bus de nuit gratuits")
    );
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Lausanne")
    );
    assert_eq!(a.priority, Some(3));
    assert_eq!(
        a.subjects.first().and_then(|s| s.code.as_deref()),
        Some("pl")
    );
    assert!(a.body_text().starts_with("La Ville de Lausanne teste"));
    assert!(!a.body_text().contains("Suisse"));
}

#[test]
fn a_word_count_past_four_digits_is_written_as_9999_and_a_longer_one_is_read() {
    let article = Article {
        headline: Some("Long".to_string()),
        word_count: Some(123_456),
        body: vec![crate::model::Block::paragraph("Short.")],
        ..Article::default()
    };
    let written = super::write(&[article]).unwrap();
    let text = String::from_utf8_lossy(&written);
    assert!(text.contains("\u{1}nws0000 5 x 9999\r\n"), "{text:?}");
    let read = super::read(b"\x01eca00075 4 i 123456\r\n\x02Text.\r\n\x03\r\n\x04").unwrap();
    assert_eq!(read[0].word_count, Some(123_456));
}

#[test]
fn a_dateline_before_an_empty_list_item_prints_the_same_again() {
    // The dateline, which has no separator, was glued to the item's `-` and read back as
    // `ROMA (ANSA) -` with an empty body; the next write printed no dateline for it.
    let a = Article {
        dateline: Some(Dateline::new("ROMA (ANSA)")),
        body: vec![Block::List {
            ordered: false,
            items: vec![vec![Block::Paragraph {
                content: vec![crate::model::Inline::LineBreak],
            }]],
        }],
        ..Article::default()
    };
    let written = write(std::slice::from_ref(&a)).unwrap();
    let back = read(&written).unwrap();
    assert_eq!(
        back[0].dateline.as_ref().map(|d| d.text.as_str()),
        Some("ROMA (ANSA)")
    );
    assert_eq!(write(&back).unwrap(), written);
}

#[test]
fn each_mark_a_text_line_is_cleaned_of_is_found_alone() {
    // A line that needs nothing is borrowed as it is; each mark alone makes it owned.
    assert!(matches!(
        text::cleaned("Berlin (dpa) - Text."),
        std::borrow::Cow::Borrowed("Berlin (dpa) - Text.")
    ));
    let cases = [
        ("^PREMIER LEAGUE ROUNDUP<", "PREMIER LEAGUE ROUNDUP"),
        ("^^Roundup <", "Roundup"),
        ("\u{8}\u{8}LONDON (AP) - Text.", "LONDON (AP) - Text."),
        ("Text  ", "Text"),
        ("<", ""),
        (" <", ""),
        ("Te\u{7}xt", "Text"),
    ];
    for (raw, want) in cases {
        let cleaned = text::cleaned(raw);
        assert!(matches!(cleaned, std::borrow::Cow::Owned(_)), "{raw:?}");
        assert_eq!(cleaned, want, "{raw:?}");
        assert_eq!(text::clean_line(raw), want, "{raw:?}");
    }
}

#[test]
fn a_caret_line_is_a_heading_without_a_terminator_and_bylines_below_one_are_heading() {
    // APTN marks its headline `^ ... <` and ends it with no ` =`.
    let text = text::parse("^PREMIER LEAGUE ROUNDUP<\r\nLONDON (AP) - Text.\r\n");
    assert_eq!(text.heading, ["PREMIER LEAGUE ROUNDUP"]);
    assert_eq!(text.body, [Chunk::Para("LONDON (AP) - Text.".into())]);
    // Without the caret, the first line is body text.
    let text = text::parse("PREMIER LEAGUE ROUNDUP\r\nLONDON (AP) - Text.\r\n");
    assert!(text.heading.is_empty());
    // Bylines below the ` =` line, before the blank line, are heading; what follows them in the
    // same run of lines, and everything after the blank line, is body.
    let text = text::parse(
        "Grüne Spitze tritt ab =\r\nVon Anna Beck, dpa\r\nBy Helen Maguire, dpa\r\n\r\nBerlin (dpa) - Text.\r\n",
    );
    assert_eq!(
        text.heading,
        [
            "Grüne Spitze tritt ab",
            "Von Anna Beck, dpa",
            "By Helen Maguire, dpa"
        ]
    );
    assert_eq!(text.body, [Chunk::Para("Berlin (dpa) - Text.".into())]);
    let text = text::parse(
        "Grüne Spitze tritt ab =\r\nVon Anna Beck, dpa\r\nBerlin (dpa) - Text.\r\n\r\nMore.\r\n",
    );
    assert_eq!(
        text.heading,
        ["Grüne Spitze tritt ab", "Von Anna Beck, dpa"]
    );
    assert_eq!(
        text.body,
        [
            Chunk::Para("Berlin (dpa) - Text.".into()),
            Chunk::Para("More.".into())
        ]
    );
    // A byline after the blank line is no heading.
    let text = text::parse("Grüne Spitze tritt ab =\r\n\r\nVon Anna Beck, dpa\r\n");
    assert_eq!(text.heading, ["Grüne Spitze tritt ab"]);
}

#[test]
fn tables_rules_notes_and_sign_offs_each_by_their_bounds() {
    let body = |text: &str| text::parse(&format!("Head =\r\n\r\n{text}")).body;
    // Rows of `|` are a table from two lines on; one is a paragraph.
    assert_eq!(
        body("| a | b |\r\n| c | d |\r\n"),
        [Chunk::Pre("| a | b |\n| c | d |".into())]
    );
    assert_eq!(body("| a | b |\r\n"), [Chunk::Para("| a | b |".into())]);
    // A rule of five dashes or more at the start of a line ends a paragraph; four, or an
    // indented one, is text.
    assert_eq!(
        body("One.\r\n-----\r\nTwo.\r\n"),
        [Chunk::Para("One.".into()), Chunk::Para("Two.".into())]
    );
    assert_eq!(
        body("One.\r\n----\r\nTwo.\r\n"),
        [Chunk::Para("One. ---- Two.".into())]
    );
    assert_eq!(
        body("One.\r\n -----\r\nTwo.\r\n"),
        [Chunk::Para("One. ----- Two.".into())]
    );
    // The notes open at a line of at most 100 characters, at the start of the line.
    let phrase = "Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt";
    let padded = |n: usize| format!("{phrase}{}", ".".repeat(n - phrase.chars().count()));
    assert!(text::opens_notes(phrase));
    assert!(text::opens_notes(&padded(100)));
    assert!(!text::opens_notes(&padded(101)));
    assert!(!text::opens_notes(&format!("   {phrase}")));
    // The sign-off stands alone after a blank line.
    let part = "Head =\r\n\r\nText.\r\n\r\ndpa ab yyzz n1\r\n\r\n";
    assert_eq!(
        text::parse(part).sign_off.as_deref(),
        Some("dpa ab yyzz n1")
    );
    let glued = text::parse("Head =\r\n\r\nText.\r\ndpa ab yyzz n1\r\n\r\n");
    assert_eq!(glued.sign_off, None);
    assert_eq!(glued.body, [Chunk::Para("Text. dpa ab yyzz n1".into())]);
}
