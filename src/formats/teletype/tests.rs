//! Unit tests of the shared teletype machinery.

use super::blocks::{Chunk, chunks, preformatted, printed};
use super::frame::frames;
use super::heading::{Heading, Line, classify, note_text, sign_off_like};
use super::lines::{collapse, has_gap, wrap};
use super::time::full_year;
use crate::model::{Block, Inline};

#[test]
fn frames_skip_padding_and_report_broken_messages() {
    let input = b"\x16\x16\x7f\r\n\x01a\x02text\x03post\x04\r\n\x00\x01b no text\x04\x01c\x02cut\x01d\x02ok\x03p\x01e\x02end";
    let found = frames(input, usize::MAX);
    let summary: Vec<(usize, bool, bool)> = found
        .iter()
        .map(|f| (f.offset, f.broken.is_some(), f.note.is_some()))
        .collect();
    assert_eq!(
        summary,
        [
            (5, false, false),
            (21, true, false),
            (32, true, false),
            (38, false, true),
            (45, true, false)
        ]
    );
    assert!(found[1].broken.as_deref().unwrap().contains("no STX"));
    assert!(found[2].broken.as_deref().unwrap().contains("next message"));
    assert!(found[3].note.as_deref().unwrap().contains("no EOT"));
    assert!(found[4].broken.as_deref().unwrap().contains("input ends"));
    assert_eq!(found[0].bytes, b"\x01a\x02text\x03post");
}

#[test]
fn a_message_cut_at_the_start_is_reported() {
    let found = frames(
        b"tail of a story\x03post\x04\x01a\x02text\x03p\x04",
        usize::MAX,
    );
    assert_eq!(found.len(), 2);
    assert!(found[0].broken.as_deref().unwrap().contains("no SOH"));
    assert!(found[1].broken.is_none());
}

#[test]
fn wrapping_breaks_only_where_allowed_and_joins_back() {
    let text = "Senate passes the budget = after a night of talks on spending";
    let lines = wrap(text, 20, |before, _| !before.ends_with('='));
    assert!(lines.iter().all(|l| !l.ends_with('=')), "{lines:?}");
    assert_eq!(lines.join(" "), text);
    assert_eq!(
        wrap("averyveryverylongword a", 5, |_, _| true),
        ["averyveryverylongword", "a"]
    );
    assert_eq!(collapse(" a \t b\r\n\u{7}c "), "a b c");
    assert_eq!(
        collapse("a\u{7f}b  c\u{1f}"),
        "a b c",
        "DEL and C0 split words"
    );
    assert_eq!(
        collapse(" é\u{a0}b\u{85}c\u{2028} d\u{9f}e "),
        "é b c d e",
        "past ASCII: Unicode spaces and C1 controls too"
    );
    assert!(has_gap("Nairobi       -      Schmelzende", 4));
    assert!(!has_gap("   two  spaces only", 4));
}

#[test]
fn controls_are_stripped_and_tabs_become_spaces() {
    use super::controls::strip;
    assert_eq!(strip("plain «text» °C"), "plain «text» °C");
    assert_eq!(strip("a\tb\u{1}c\u{7f}d\u{85}e\u{9f}"), "a bcde");
}

#[test]
fn two_digit_years_and_zones() {
    assert_eq!(full_year(13), 2013);
    assert_eq!(full_year(70), 1970);
    assert_eq!(full_year(69), 2069);
    assert_eq!(
        crate::dates::zone_offset("mez").map(|z| z.local_minus_utc()),
        Some(3600)
    );
    assert_eq!(
        crate::dates::zone_offset("EDT").map(|z| z.local_minus_utc()),
        Some(-4 * 3600)
    );
    assert_eq!(crate::dates::zone_offset("ET"), None);
}

/// A photo line names ids of letters, digits and hyphens with a digit in each; any other
/// mark in one makes the line no photo line.
#[test]
fn photo_ids_are_letters_digits_and_hyphens_with_a_digit() {
    let photos = |ids: &[&str]| Line::Photos(ids.iter().map(|id| id.to_string()).collect());
    assert_eq!(
        classify("AP Photos: NY-101, XNP102."),
        photos(&["NY-101", "XNP102"])
    );
    assert_eq!(classify("AP Photo 2024-0412"), photos(&["2024-0412"]));
    for line in [
        "AP Photo XNP101, NY_102",
        "AP Photo XNP101, N.Y.102",
        "AP Photo XNP101, NYC",
    ] {
        assert!(!matches!(classify(line), Line::Photos(_)), "{line}");
    }
}

#[test]
fn heading_lines_are_told_apart() {
    assert_eq!(classify("(Eil )"), Line::Urgency(2));
    assert_eq!(classify("1ST LEAD"), Line::Take("1ST LEAD".into()));
    assert_eq!(classify("3RD NET"), Line::Take("3RD NET".into()));
    assert_eq!(classify("REFILE"), Line::Take("REFILE".into()));
    assert!(matches!(
        classify("(Berichtigung: Uhrzeit korrigiert)"),
        Line::Correction(note) if note == "Berichtigung: Uhrzeit korrigiert"
    ));
    assert_eq!(classify("(Vorschau)"), Line::Note("Vorschau".into()));
    assert_eq!(
        classify("Eds: With AP Photos."),
        Line::Note("With AP Photos.".into())
    );
    assert_eq!(
        classify("EDITOR'S NOTE _ Updates with comment."),
        Line::Note("Updates with comment.".into())
    );
    assert!(
        matches!(classify("By Helen Maguire, dpa"), Line::Byline(b) if b.text == "Helen Maguire, dpa")
    );
    assert_eq!(
        classify("Lead poisoning found in city water"),
        Line::Text("Lead poisoning found in city water".into())
    );
    assert_eq!(note_text("Eds: Eds: Adds reaction."), "Adds reaction.");
}

#[test]
fn a_loose_byline_below_the_headline_and_an_affiliation_below_the_byline() {
    let lines = [
        "REFILE".to_string(),
        "Switzerland joins list of countries".to_string(),
        "By dpa correspondents".to_string(),
    ];
    let heading = Heading::read(&lines);
    assert_eq!(heading.takes, ["REFILE"]);
    assert_eq!(heading.text, ["Switzerland joins list of countries"]);
    assert_eq!(
        heading.byline.map(|b| b.text).as_deref(),
        Some("dpa correspondents")
    );
    let ap = ["By PAUL BYRNE".to_string(), "Associated Press".to_string()];
    let heading = Heading::read(&ap);
    assert_eq!(heading.affiliation.as_deref(), Some("Associated Press"));
    // Above the headline, or below a byline, a loose `By` line is headline text.
    let above = [
        "By dpa correspondents".to_string(),
        "Switzerland joins".to_string(),
    ];
    let heading = Heading::read(&above);
    assert_eq!(heading.byline, None);
    assert_eq!(heading.text, ["By dpa correspondents", "Switzerland joins"]);
    let second = [
        "Switzerland joins".to_string(),
        "By PAUL BYRNE".to_string(),
        "Geneva".to_string(),
        "By dpa correspondents".to_string(),
    ];
    let heading = Heading::read(&second);
    assert_eq!(
        heading.byline.map(|b| b.text).as_deref(),
        Some("PAUL BYRNE")
    );
    assert_eq!(
        heading.text,
        ["Switzerland joins", "Geneva", "By dpa correspondents"]
    );
}

/// The first embargo line that gives a time is the embargo; the others, and one without a
/// time, are notes.
#[test]
fn the_first_timed_embargo_line_is_the_embargo_the_others_notes() {
    let heading = Heading::read(&[
        "EMBARGOED UNTIL 00:01 GMT, SATURDAY 30 NOVEMBER 2024".to_string(),
        "EMBARGOED UNTIL 00:01 GMT, SUNDAY 1 DECEMBER 2024".to_string(),
        "EMBARGOED UNTIL FURTHER NOTICE".to_string(),
        "Budget talks resume".to_string(),
    ]);
    assert_eq!(
        heading.embargo.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-11-30T00:01:00Z")
    );
    assert_eq!(
        heading.notes,
        [
            "EMBARGOED UNTIL 00:01 GMT, SUNDAY 1 DECEMBER 2024",
            "EMBARGOED UNTIL FURTHER NOTICE"
        ]
    );
}

#[test]
fn sign_offs() {
    for line in [
        "dpa hm bs wjh",
        "dpa kll yyzz s5 akn",
        "(SDA\\/sj)",
        "==Kyodo",
        "END",
    ] {
        assert!(sign_off_like(line), "{line}");
    }
    // The first token is a lower-case code with a letter: not digits alone, not a name.
    for line in [
        "Rates held",
        "dpa",
        "The bank held rates steady.",
        "2024 hm bs",
        "Dpa hm bs",
        "sda/sj)",
        "(SDA/sj",
    ] {
        assert!(!sign_off_like(line), "{line}");
    }
}

/// A line may fill the width to its last character; one more breaks it.
#[test]
fn wrapped_lines_fill_the_width_exactly() {
    let any = |_: &str, _: &str| true;
    assert_eq!(wrap("aaa bbb", 7, any), ["aaa bbb"]);
    assert_eq!(wrap("aaa bbbb", 7, any), ["aaa", "bbbb"]);
    assert_eq!(wrap("aaa bbbb", 7, |_, _| false), ["aaa bbbb"]);
}

#[test]
fn bodies_flatten_to_paragraphs_headings_and_tables() {
    let body = vec![
        Block::heading(3, "Sub"),
        Block::Paragraph {
            content: vec![
                Inline::text("a "),
                Inline::Strong(vec![Inline::text("b")]),
                Inline::LineBreak,
                Inline::text("c"),
            ],
        },
        Block::List {
            ordered: true,
            items: vec![vec![Block::paragraph("one")], vec![Block::paragraph("two")]],
        },
        Block::Preformatted {
            text: "\n x \t y  \n\n".into(),
        },
    ];
    assert_eq!(
        chunks(&body),
        [
            Chunk::Heading("Sub".into()),
            Chunk::Para("a b c".into()),
            Chunk::Para("1. one".into()),
            Chunk::Para("2. two".into()),
            Chunk::Pre(" x   y".into()),
        ]
    );
    assert_eq!(preformatted("\n\n"), None);
}

#[test]
fn the_dateline_is_printed_as_the_model_prints_it() {
    let body = vec![Chunk::Heading("Sub".into()), Chunk::Para("Text.".into())];
    assert_eq!(
        printed(body.clone(), Some("ROMA (ANSA) -")),
        [
            Chunk::Heading("Sub".into()),
            Chunk::Para("ROMA (ANSA) - Text.".into())
        ]
    );
    assert_eq!(
        printed(body.clone(), Some("Brussels, 29 November 2017"))[0],
        Chunk::Para("Brussels, 29 November 2017".into())
    );
    // Alone when the body prints nothing: the reader gives a dateline with an empty body for
    // it, which must print the same again.
    assert_eq!(
        printed(Vec::new(), Some("ROMA (ANSA) -")),
        [Chunk::Para("ROMA (ANSA) -".into())]
    );
    assert_eq!(printed(body.clone(), None), body);
}

#[test]
fn an_empty_list_item_is_no_lead() {
    // Glued to the `-` of an item without text, a dateline without a separator read back as
    // `ROMA (ANSA) -` and the next write glued it to the paragraph after.
    let items = vec![Chunk::Para("-".into()), Chunk::Para("Text.".into())];
    assert_eq!(
        printed(items, Some("ROMA (ANSA)")),
        [
            Chunk::Para("-".into()),
            Chunk::Para("ROMA (ANSA) Text.".into())
        ]
    );
    assert_eq!(
        printed(vec![Chunk::Para("1.".into())], Some("ROMA (ANSA) -")),
        [
            Chunk::Para("ROMA (ANSA) -".into()),
            Chunk::Para("1.".into())
        ]
    );
}

#[test]
fn an_item_with_its_dash_is_no_lead_for_a_dateline_without_one() {
    // Glued to `- Text.`, the dateline `ROMA (ANSA)` read back as `ROMA (ANSA) -` with the lead
    // `Text.`, and the next write printed another message (found by the round trips in CI).
    let items = vec![Chunk::Para("- Text.".into())];
    assert_eq!(
        printed(items.clone(), Some("ROMA (ANSA)")),
        [
            Chunk::Para("ROMA (ANSA)".into()),
            Chunk::Para("- Text.".into())
        ]
    );
    // A dateline with its own dash is glued as ever: its dash is the separator.
    assert_eq!(
        printed(items, Some("ROMA (ANSA) -")),
        [Chunk::Para("ROMA (ANSA) - - Text.".into())]
    );
    // A dash of the text's own is no lead for it either: `RATES (X) —Text` read back as the
    // dateline `RATES (X) —`.
    assert_eq!(
        printed(vec![Chunk::Para("—Text.".into())], Some("RATES (X)")),
        [
            Chunk::Para("RATES (X)".into()),
            Chunk::Para("—Text.".into())
        ]
    );
    // So is it to an empty item's `-`: `RATES — -` reads back as the dateline `RATES —` and the
    // paragraph `-`, which the next write glued so again (it printed them apart).
    assert_eq!(
        printed(vec![Chunk::Para("-".into())], Some("RATES —")),
        [Chunk::Para("RATES — -".into())]
    );
}

#[test]
fn a_kicker_ended_by_a_colon_stands_apart_from_the_headline() {
    let lines = |texts: &[&str]| texts.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    let ats = Heading::read(&lines(&[
        "Situation ",
        "France:  ",
        "Gilets jaunes: une «catastrophe» (Le Maire)",
    ]));
    assert_eq!(
        ats.kicker_and_headline(),
        (
            Some("Situation France".to_string()),
            Some("Gilets jaunes: une «catastrophe» (Le Maire)".to_string())
        )
    );
    // A colon inside the headline, or ending its only line, is the headline's own.
    for headline in [&["Brexit: May wins the vote"][..], &["Rates held:"][..]] {
        let heading = Heading::read(&lines(headline));
        assert_eq!(heading.kicker_and_headline().0, None, "{headline:?}");
    }
    let wrapped = Heading::read(&lines(&["Council approves budget", "for schools"]));
    assert_eq!(
        wrapped.kicker_and_headline(),
        (
            None,
            Some("Council approves budget for schools".to_string())
        )
    );
}

/// Preformatted text loses its control characters (a BEL, a CR before the LF), its tabs become
/// spaces, and its blank lines at either end go (a survivor of the teletype run).
#[test]
fn preformatted_text_loses_control_characters() {
    assert_eq!(
        preformatted("\n \na\u{7}b\r\n\tc  \n\n").as_deref(),
        Some("ab\n c")
    );
    assert_eq!(preformatted("\u{1b}\r\n\t"), None);
}

/// Each line of a part costs one element of the budget: a part of three lines is refused
/// under two (a survivor of the teletype run).
#[test]
fn every_line_counts_against_the_element_budget() {
    use super::controls::lines;
    use crate::limits::{Limit, Limits, budget};
    let limits = |elements| Limits {
        elements,
        ..Limits::default()
    };
    let (read, exceeded) = budget::within(&limits(3), || lines("a\nb\nc").len());
    assert_eq!((read, exceeded), (3, None));
    let (read, exceeded) = budget::within(&limits(2), || lines("a\nb\nc").len());
    assert_eq!((read, exceeded), (0, Some(Limit::Elements)));
}

/// Lines lose every CR, wherever it stands; a line that has none but the one before its LF
/// is borrowed, not copied (survivors of the teletype run).
#[test]
fn lines_lose_their_carriage_returns_and_borrow_when_they_can() {
    use super::controls::lines;
    use std::borrow::Cow;
    let read = lines("x\r\na\rb\r\nc\rd\ne");
    assert_eq!(read, ["x", "ab", "cd", "e"]);
    let borrowed: Vec<bool> = read.iter().map(|l| matches!(l, Cow::Borrowed(_))).collect();
    assert_eq!(borrowed, [true, false, false, true]);
    // As `split('\n')` cuts: an empty line before the first LF and after the last.
    assert_eq!(lines("\na\n"), ["", "a", ""]);
    assert_eq!(lines(""), [""]);
}

/// ANPA's SYN padding tells the framing wherever it stands in the padding, after a NUL too;
/// without it (and without a US), the framing is IPTC 7901's (a survivor of the teletype run).
#[test]
fn syn_anywhere_in_the_padding_makes_anpa_framing() {
    use super::frame::{Framing, framing};
    assert_eq!(
        framing(b"\x00\x16\x01header\x02text\x03"),
        Some(Framing::Anpa1312)
    );
    assert_eq!(
        framing(b"\r\n\x16\x16\x01header\x02text\x03"),
        Some(Framing::Anpa1312)
    );
    assert_eq!(
        framing(b"\x00\r\n\x01header\x02text\x03"),
        Some(Framing::Iptc7901)
    );
    assert_eq!(framing(b"\x01header\x02text\x03"), Some(Framing::Iptc7901));
}

/// At most `max + 1` messages are framed, however many the stream holds (survivors of the
/// teletype run).
#[test]
fn framing_stops_one_past_the_maximum() {
    let stream =
        b"\x01a\x02one\x03\x04\x01b\x02two\x03\x04\x01c\x02three\x03\x04\x01d\x02four\x03\x04";
    assert_eq!(frames(stream, 1).len(), 2);
    assert_eq!(frames(stream, usize::MAX).len(), 4);
}

/// A correction is told by its word when the line is short or in parentheses; a long line
/// that only starts with the word is text (survivors of the teletype run).
#[test]
fn a_correction_line_is_short_or_in_parentheses() {
    assert_eq!(
        classify("CORRECTION: time fixed"),
        Line::Correction("CORRECTION: time fixed".into())
    );
    assert_eq!(
        classify("(Corrects the minister's name in the third paragraph)"),
        Line::Correction("Corrects the minister's name in the third paragraph".into())
    );
    assert_eq!(
        classify("Correction officers strike over pay in three state prisons"),
        Line::Text("Correction officers strike over pay in three state prisons".into())
    );
}

/// A message without ETX that ends at its EOT is read, with a note; one cut by the next
/// message's SOH is broken (a survivor of the teletype run).
#[test]
fn a_message_without_etx_is_whole_when_its_eot_comes() {
    let found = frames(
        b"\x01a\x02text\x04\x01b\x02cut\x01c\x02ok\x03\x04",
        usize::MAX,
    );
    let summary: Vec<(bool, bool)> = found
        .iter()
        .map(|f| (f.broken.is_some(), f.note.is_some()))
        .collect();
    assert_eq!(summary, [(false, true), (true, false), (false, false)]);
    assert!(found[0].note.as_deref().unwrap().contains("no ETX"));
}

/// A take line is take words with ordinals (one or two digits, with or without `ST`, `ND`,
/// `RD`, `TH`), punctuation around them aside; other words make it text (survivors of the
/// teletype run).
#[test]
fn take_lines_are_take_words_and_short_ordinals() {
    assert_eq!(classify("REFILE."), Line::Take("REFILE.".into()));
    assert_eq!(
        classify("2ND LD-WRITETHRU"),
        Line::Take("2ND LD-WRITETHRU".into())
    );
    assert_eq!(
        classify("Lead poisoning rises"),
        Line::Text("Lead poisoning rises".into())
    );
    assert!(!matches!(classify("LEAD 2024"), Line::Take(_)));
    assert!(!matches!(classify("LEAD TH"), Line::Take(_)));
}
