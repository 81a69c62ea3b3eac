//! AAP's ZCZC wire text: every real file of `../shared/corpus/zczc` detected and read, the
//! teletype corpora still detected as before, and the values another system's tests expect
//! for the real files.

pub mod support;

use std::path::Path;

use newswire::{Format, detect, read};
use support::expectations::{self, Known, Why::*};

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_real_file_is_detected_and_read() {
    let dir = support::shared().join("corpus/zczc");
    let files = support::corpus_files(&dir);
    assert_eq!(files.len(), 6, "{}", dir.display());
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.display();
        assert_eq!(detect(&bytes, None).unwrap(), Format::Zczc, "{name}");
        let articles = read(&bytes, Format::Zczc).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(articles.len(), 1, "{name}");
        let article = &articles[0];
        assert!(!article.body.is_empty(), "{name}");
        assert!(article.slugline.is_some() || article.extensions.contains_key("zczc:take_key"));
        assert!(
            article.warnings.is_empty(),
            "{name}: {:?}",
            article.warnings
        );
    }
}

#[test]
fn teletype_fixtures_are_not_taken_for_zczc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for (dir, format) in [
        ("iptc7901", Format::Iptc7901),
        ("anpa1312", Format::Anpa1312),
    ] {
        let files = support::corpus_files(&root.join(dir));
        assert!(!files.is_empty());
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(
                detect(&bytes, None).ok(),
                Some(format),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn teletype_corpora_are_not_taken_for_zczc() {
    let corpus = support::shared().join("corpus");
    for dir in ["iptc7901", "anpa1312"] {
        for path in support::corpus_files(&corpus.join(dir)) {
            let bytes = std::fs::read(&path).unwrap();
            assert_ne!(
                detect(&bytes, None).ok(),
                Some(Format::Zczc),
                "{}",
                path.display()
            );
        }
    }
}

/// The values Superdesk's AAP parsers give the real files that are not the files' own: every
/// one is made by a parser subclass's rules or stamped at ingest.
const KNOWN: &[Known] = &[
    (
        RuntimeData(
            "Superdesk stamps `versioncreated` with the ingest time (`utcnow()`); the file names \
             no time",
        ),
        &[(
            "zczc/aap-sports__Standings__2014_14_635535729050675896.tst",
            "versioncreated",
            "a value",
        )],
    ),
    (
        Vocabulary(
            "the Medianet parser builds the headline `Media Release: ` + the take key (the \
             issuer, kept as `zczc:take_key`); the file has no headline line",
        ),
        &[(
            "zczc/aap-medianet__ED_841066_2_1.tst",
            "headline",
            "Media Release: Australian Financial Security Authority",
        )],
    ),
    (
        Vocabulary(
            "the subject comes from Superdesk's mapping of the Medianet feed, not from the \
             file, which has no subject code",
        ),
        &[(
            "zczc/aap-medianet__ED_841066_2_1.tst",
            "subject[0].qcode",
            "04000000",
        )],
    ),
    (
        RuntimeData(
            "the Medianet parser inserts `Media release distributed by AAP Medianet.` at the \
             head of a tabular body; the file's body starts with `Sat Lotto Draw No. 3855`",
        ),
        &[(
            "zczc/aap-medianet__ED_900942_2_1.tst",
            "body_html",
            "starts with <pre>Media release distributed by AAP Medianet.",
        )],
    ),
    (
        Vocabulary(
            "the Pagemasters parser builds the headline from the slug (`Darwin Grey` + `hound`), \
             `Fields` and the weekday of the `:` date; the file's headline line is `11/10/2015`",
        ),
        &[(
            "zczc/pagemasters__Darwin_GR_-_Greys_-_Sun_11_Oct,_2015.tst",
            "headline",
            "Darwin Greyhound Fields Sunday",
        )],
    ),
    (
        Vocabulary(
            "the Pagemasters parser sets category `r`, subject 15082000 and genre `Racing Data` \
             when the slug contains `Grey`; the file has no category, subject or genre line",
        ),
        &[
            (
                "zczc/pagemasters__Darwin_GR_-_Greys_-_Sun_11_Oct,_2015.tst",
                "anpa_category[0].qcode",
                "r",
            ),
            (
                "zczc/pagemasters__Darwin_GR_-_Greys_-_Sun_11_Oct,_2015.tst",
                "subject[0].qcode",
                "15082000",
            ),
            (
                "zczc/pagemasters__Darwin_GR_-_Greys_-_Sun_11_Oct,_2015.tst",
                "genre[0].name",
                "Racing Data",
            ),
        ],
    ),
    (
        Vocabulary(
            "Superdesk's broadcast parser puts the place code in front of the headline; the \
             file's headline line is `Legionella found in Qld hospital` (the place `@QLD` is a \
             place subject)",
        ),
        &[(
            "zczc/aap-bob-broadcast__1487e8f1-f7f5-40f5-8c0f-0eba3c2e162d.tst",
            "headline",
            "QLD: Legionella found in Qld hospital",
        )],
    ),
];

#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn corpus_expectations() {
    expectations::assert_scores(
        env!("CARGO_BIN_EXE_newswire"),
        &[("zczc", expectations::ISSUE_FLOOR)],
        KNOWN,
    );
}
