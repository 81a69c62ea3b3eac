//! Issue #23's sources beside ZCZC (`tests/zczc.rs`): every real file of the AP Media API,
//! Reuters Connect, Superdesk, Ritzau, NTB/Solita, e-mail and photo folders of
//! `../shared/corpus` is detected as its own format and read, and the values another system's
//! tests expect for them are scored with the one expectations harness (`support::expectations`).

pub mod support;

use newswire::{Format, detect, read};
use support::expectations::{self, Known, Why::*};

/// The share of the files' own values issue #23 asks for, over its folders.
const ISSUE_23_FLOOR: f64 = 90.0;

/// Each folder and the format its files are.
const FOLDERS: [(&str, Format); 7] = [
    ("apmedia_json", Format::ApMedia),
    ("reutersapi_json", Format::ReutersApi),
    ("superdesk_item", Format::Superdesk),
    ("ritzau_xml", Format::Ritzau),
    ("solita_xml", Format::Solita),
    ("rfc822", Format::Email),
    ("image_iptc", Format::Photo),
];

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_real_file_is_detected_as_its_format_and_read() {
    let corpus = support::shared().join("corpus");
    for (folder, format) in FOLDERS {
        let files = support::corpus_files(&corpus.join(folder));
        assert!(!files.is_empty(), "no files in corpus/{folder}");
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.display();
            assert_eq!(detect(&bytes, None).ok(), Some(format), "{name}");
            let articles = read(&bytes, format).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!articles.is_empty(), "{name}");
        }
    }
}

/// The values superdesk-ntb's Ritzau and NTB parsers give the real files that are not the
/// files' own, and the one value the files hold that newswire reads otherwise on purpose.
const KNOWN: &[Known] = &[
    (
        Divergence(
            "Ritzau's `origin` (`/ritzau/`) is read as the credit and provider; the byline is \
             the reporter the file names in `byLine` (with the desk's `byLineEmail`)",
        ),
        &[
            ("ritzau_xml/ritzau__ritzau_news.xml", "byline", "/ritzau/"),
            ("ritzau_xml/ritzau__ritzau_2.xml", "byline", "/ritzau/"),
        ],
    ),
    (
        RuntimeData(
            "`PublishDate` has no offset; the parser places it in its own zone (Copenhagen) \
             and converts to UTC. newswire invents no offset (`--timezone Europe/Copenhagen` \
             gives that instant)",
        ),
        &[
            (
                "ritzau_xml/ritzau__ritzau_news.xml",
                "firstcreated (isoformat)",
                "2018-01-30T16:32:18.397000+00:00",
            ),
            (
                "ritzau_xml/ritzau__ritzau_2.xml",
                "firstcreated (isoformat)",
                "2018-01-31T17:45:36.730000+00:00",
            ),
        ],
    ),
    (
        RuntimeData(
            "the item has no headline; the parser makes one of the body's first 100 characters",
        ),
        &[(
            "ritzau_xml/ritzau__ritzau_news.xml",
            "headline",
            "Hollandske forskere har \"i årevis\" lavet forsøg på både men…",
        )],
    ),
    (
        Vocabulary(
            "superdesk-ntb stamps every Solita release with its own constants: a guid of its \
             provider id, a `PRM-NTB-` slugline, urgency 6 and a fixed note to editors",
        ),
        &[
            (
                "solita_xml/ntb-info__solita_1.xml",
                "guid",
                "solita-123123-17854111",
            ),
            (
                "solita_xml/ntb-info__solita_1.xml",
                "slugline",
                "PRM-NTB-17854111",
            ),
            ("solita_xml/ntb-info__solita_1.xml", "urgency", "6"),
            (
                "solita_xml/ntb-info__solita_1.xml",
                "ednote",
                "*** Dette er en pressemelding formidlet av NTB pva. andre *…",
            ),
        ],
    ),
    (
        RuntimeData(
            "NTB's body is the release's HTML with text it generates after it (image links, a \
             `Kontakter` heading, a `Se saken i sin helhet` link); the file's body is read as \
             it is",
        ),
        &[(
            "solita_xml/ntb-info__solita_1.xml",
            "body_html",
            "<p>– Dette er en merkedag for Nye Veier. Nå signerer vi kon…",
        )],
    ),
    (
        Divergence(
            "the body labels its own headline (`Headline: Senden defends but Scott favourite`, \
             AAP's copy convention); the subject, decoded, is kept as the title",
        ),
        &[(
            "rfc822/email__odd_charset_email.txt",
            "headline",
            "=?windows-1252?Q?TravTalk\u{fffd}\u{fffd}\u{fffd}s_Special_for_TAAI_convention?= | \
             TravTalk\u{2019}s Special for TAAI convention",
        )],
    ),
    (
        RuntimeData(
            "Superdesk builds the dateline text from the form's city, its default source and \
             the created date; the form holds only the city (`AUCKLAND`, read as the dateline's \
             city)",
        ),
        &[(
            "rfc822/aap-googleform__googleform.txt",
            "dateline.text",
            "AUCKLAND, May 5 AAP -",
        )],
    ),
    (
        Vocabulary(
            "Superdesk looks the form's user name up in its users collection and its category \
             in its categories vocabulary; the form holds neither value",
        ),
        &[
            (
                "rfc822/aap-googleform__googleform.txt",
                "byline",
                "E Harvey",
            ),
            (
                "rfc822/aap-googleform__json-email.txt",
                "byline",
                "A Mock Up",
            ),
            (
                "rfc822/aap-googleform__json-email.txt",
                "anpa_category",
                "[{\"qcode\": \"s\"}]",
            ),
        ],
    ),
    (
        RuntimeData(
            "the form's priority is the word `Urgent`, which Superdesk's vocabulary does not \
             hold, so it falls back to its default 3 (the word is kept with a warning)",
        ),
        &[("rfc822/aap-googleform__googleform.txt", "priority", "3")],
    ),
    (
        RuntimeData(
            "Belga's ingest writes a note counting the attachments; the message holds no note \
             (its attachment is an association)",
        ),
        &[(
            "rfc822/belga__email_attachment_belga.txt",
            "ednote",
            "The story has 1 attachment(s)",
        )],
    ),
];

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn corpus_expectations() {
    expectations::assert_scores(
        env!("CARGO_BIN_EXE_newswire"),
        &[(
            "apmedia_json,reutersapi_json,ritzau_xml,solita_xml,rfc822",
            ISSUE_23_FLOOR,
        )],
        KNOWN,
    );
}
