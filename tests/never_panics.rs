//! "Never panics" properties: every reader, and detection, given arbitrary bytes or a valid
//! document with arbitrary bytes spliced in, returns articles or a typed error. The fuzz
//! targets (fuzz/) search the same space far longer, guided by coverage; these run on every
//! `cargo test`.
//!
//! Cases: 256 by default (`PROPTEST_CASES` sets the number).

pub mod support;

use newswire::{Error, Format, detect, read};
use proptest::collection::vec;
use proptest::prelude::*;

use support::samples::sample;

/// Reads `input` as `format`: articles, or an error of a reading kind.
fn reads_or_refuses(input: &[u8], format: Format) -> Result<(), TestCaseError> {
    match read(input, format) {
        Ok(_) => Ok(()),
        Err(
            Error::Syntax { .. }
            | Error::Invalid { .. }
            | Error::LimitExceeded { .. }
            | Error::UnknownFormat(_),
        ) => Ok(()),
        Err(other) => Err(TestCaseError::fail(format!("{format}: {other:?}"))),
    }
}

/// Reads `input` as `format` item by item (`read_iter`): it ends, and each error is of a
/// reading kind (an item's own inside [`Error::InArticle`]).
fn streams_or_refuses(input: &[u8], format: Format) -> Result<(), TestCaseError> {
    let options = newswire::formats::ReadOptions::default();
    // Each item gives at least one article or error, and an input has fewer items than bytes.
    for (n, read) in newswire::read_iter(input, format, &options).enumerate() {
        prop_assert!(n <= input.len() + 1, "{format}: more results than bytes");
        let error = match read {
            Ok(_) => continue,
            Err(Error::InArticle { source, .. }) => *source,
            Err(other) => other,
        };
        prop_assert!(
            matches!(
                error,
                Error::Syntax { .. } | Error::Invalid { .. } | Error::LimitExceeded { .. }
            ),
            "{format}: {error:?}"
        );
    }
    Ok(())
}

/// A sample document of `format` with `edits` applied: each one replaces, inserts or removes
/// bytes at a position (taken modulo the length).
fn mutated(format: Format, edits: &[(usize, u8, Vec<u8>)]) -> Vec<u8> {
    let mut doc = sample(format);
    for (at, kind, bytes) in edits {
        let at = at % (doc.len() + 1);
        match kind % 3 {
            0 => {
                doc.splice(at..at, bytes.iter().copied());
            }
            1 => {
                let end = (at + bytes.len()).min(doc.len());
                doc.splice(at..end, bytes.iter().copied());
            }
            _ => {
                let end = (at + bytes.len()).min(doc.len());
                doc.drain(at..end);
            }
        }
    }
    doc
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, Vec<u8>)>> {
    vec((any::<usize>(), any::<u8>(), vec(any::<u8>(), 1..8)), 1..6)
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..1024)
}

macro_rules! never_panics {
    ($($name:ident: $format:expr;)*) => {
        mod arbitrary_bytes {
            use super::*;
            proptest! {
                $(
                    #[test]
                    fn $name(input in bytes()) {
                        reads_or_refuses(&input, $format)?;
                    }
                )*
            }
        }
        mod mutated_documents {
            use super::*;
            proptest! {
                $(
                    #[test]
                    fn $name(edits in edits()) {
                        reads_or_refuses(&mutated($format, &edits), $format)?;
                    }
                )*
            }
        }
    };
}

never_panics! {
    text: Format::Text;
    json: Format::Json;
    newsml_g2: Format::NewsmlG2;
    jsonld: Format::JsonLd;
    atom: Format::Atom;
    nitf: Format::Nitf;
    newsml12: Format::Newsml12;
    ap_media: Format::ApMedia;
    reuters_api: Format::ReutersApi;
    superdesk: Format::Superdesk;
    ninjs: Format::Ninjs;
    rss: Format::Rss;
    wxr: Format::Wxr;
    iptc7901: Format::Iptc7901;
    anpa1312: Format::Anpa1312;
    zczc: Format::Zczc;
}

proptest! {
    /// The formats read item by item, given arbitrary bytes or a sample with bytes spliced in.
    #[test]
    fn streams_end_on_arbitrary_bytes(input in bytes(), pick in 0usize..5) {
        let format = [Format::NewsmlG2, Format::Atom, Format::Rss, Format::Newsml12, Format::Json][pick];
        streams_or_refuses(&input, format)?;
    }

    #[test]
    fn streams_end_on_mutated_documents(edits in edits(), pick in 0usize..5) {
        let format = [Format::NewsmlG2, Format::Atom, Format::Rss, Format::Newsml12, Format::Json][pick];
        streams_or_refuses(&mutated(format, &edits), format)?;
    }

    /// Detection sniffs anything, and what it detects reads or is refused.
    #[test]
    fn detect_never_panics(input in bytes()) {
        if let Ok(format) = detect(&input, None)
            && format.can_read()
        {
            reads_or_refuses(&input, format)?;
        }
    }
}
