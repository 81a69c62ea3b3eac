//! The round trips' independent oracle (issue #16): for each format, a table of where each
//! model field must appear in the output (paths for the XML formats, JSON pointers for the JSON
//! ones, lines for text and teletype), checked on generated articles with generic parsers
//! (roxmltree, serde_json) that share no code with newswire's writers. `tests/roundtrip.rs`
//! checks that what is written reads back the same; this checks that it was written where the
//! format's specification puts it, so a writer and its reader cannot agree on a wrong place.
//!
//! The articles are the round trips' wide ones (`tests/support/generate.rs`): values blank, padded
//! with or holding whitespace of any kind, times with any offset and beyond what `xs:dateTime`
//! holds, many authors, markers and trailers. The tables say what each format makes of such a
//! value where its specification or the fidelity table says so (a value folded to one line, a
//! time it cannot hold left out), restated from the specifications, not taken from the writers;
//! bodies are compared in the model's canonical form (`model::canonical_body`), its
//! normalisation.
//!
//! Cases: 256 by default, `PROPTEST_CASES=2000` in CI, as for the round trips; each table passed
//! 10,000 cases when the generators were widened.
//!
//! Each table fails on a wrong place its writer could take unseen by the round trip (mutations
//! tried one at a time; "round trip" says whether `PROPTEST_CASES=2000 cargo test --test
//! roundtrip <format>` failed too):
//!
//! | writer | mutation | round trip |
//! |---|---|---|
//! | Atom | the byline no longer stands in for missing authors | passes |
//! | NewsML-G2 | `related` links written as `irel:previousVersion` | passes |
//! | NewsML-G2 | the summary written without `@role="drol:summary"` | passes |
//! | NITF | authors' job titles (`byttl`) dropped | fails |
//! | NITF | a usable item with an embargo loses `management-status="embargoed"` | passes |
//! | JSON-LD | the dateline's region written as `addressCountry` | passes |
//! | ninjs | the urgency written as a string | passes |
//! | newswire JSON | the editorial notes under `editorial_notes`, not `ednote` | passes |
//! | plain text | the credit line printed as `– fonte:` | passes |
//! | IPTC 7901 | body paragraphs no longer wrapped at 69 characters | passes |
//! | ANPA-1312 | the header's filing date printed `DD-MM` | passes |

pub mod support;

#[path = "oracle/anpa1312.rs"]
mod anpa1312;
#[path = "oracle/atom.rs"]
mod atom;
#[path = "oracle/common.rs"]
mod common;
#[path = "oracle/iptc7901.rs"]
mod iptc7901;
#[path = "oracle/json.rs"]
mod json;
#[path = "oracle/jsonld.rs"]
mod jsonld;
#[path = "oracle/newsml_g2.rs"]
mod newsml_g2;
#[path = "oracle/ninjs.rs"]
mod ninjs;
#[path = "oracle/nitf.rs"]
mod nitf;
#[path = "oracle/text.rs"]
mod text;
#[path = "oracle/wire.rs"]
mod wire;

use newswire::Format;
use newswire::formats::{NinjsVersion, WriteOptions, write_with};
use newswire::model::Article;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

// The wide generators, as the round trips use.
use support::generate::{article, text_article};

/// Writes `article` as `format` and checks the output with `table`.
fn oracle(
    format: Format,
    article: &Article,
    table: impl Fn(&Article, &str) -> common::Report,
) -> Result<(), TestCaseError> {
    oracle_with(format, &WriteOptions::default(), article, table)
}

/// [`oracle`] writing with `options` (a ninjs version).
fn oracle_with(
    format: Format,
    options: &WriteOptions,
    article: &Article,
    table: impl Fn(&Article, &str) -> common::Report,
) -> Result<(), TestCaseError> {
    let written = write_with(std::slice::from_ref(article), format, options)
        .map_err(|e| TestCaseError::fail(format!("write: {e}")))?;
    let text = String::from_utf8(written)
        .map_err(|e| TestCaseError::fail(format!("{format} output is not UTF-8: {e}")))?;
    // A format with no place for an associated item's metadata writes it as a link, to its
    // best file (the model's `Association::as_link`, tested there): its table checks links.
    // JSON-LD writes some as media objects of their own (its table says which).
    let mut checked = article.clone();
    match format {
        Format::Ninjs | Format::Json => {}
        Format::JsonLd => checked.associations_as_links_but(jsonld::as_media_object),
        _ => checked.associations_as_links(),
    }
    let report = table(&checked, &text);
    prop_assert!(
        report.0.is_empty(),
        "{format} output holds fields elsewhere than its table says: {:#?}\n{text}",
        report.0
    );
    Ok(())
}

proptest! {
    #[test]
    fn atom_writes_each_field_where_rfc_4287_puts_it(a in article()) {
        oracle(Format::Atom, &a, atom::check)?;
    }

    #[test]
    fn newsml_g2_writes_each_field_where_the_g2_schema_puts_it(a in article()) {
        oracle(Format::NewsmlG2, &a, newsml_g2::check)?;
    }

    #[test]
    fn nitf_writes_each_field_where_nitf_3_6_puts_it(a in article()) {
        oracle(Format::Nitf, &a, nitf::check)?;
    }

    #[test]
    fn jsonld_writes_each_field_where_schema_org_puts_it(a in article()) {
        oracle(Format::JsonLd, &a, jsonld::check)?;
    }

    #[test]
    fn json_writes_each_field_where_its_serde_form_puts_it(a in article()) {
        oracle(Format::Json, &a, json::check)?;
    }

    /// Plain text carries a story in the wire shape: the generator writes such stories.
    #[test]
    fn text_writes_each_field_where_wire_copy_puts_it(a in text_article()) {
        oracle(Format::Text, &a, text::check)?;
    }

    #[test]
    fn iptc7901_writes_each_field_where_the_7901_layout_puts_it(a in article()) {
        oracle(Format::Iptc7901, &a, iptc7901::check)?;
    }

    #[test]
    fn anpa1312_writes_each_field_where_the_anpa_layout_puts_it(a in article()) {
        oracle(Format::Anpa1312, &a, anpa1312::check)?;
    }

    /// Every version newswire writes: 3.x camelCase, 2.x lower case.
    #[test]
    fn ninjs_writes_each_field_where_ninjs_puts_it(
        a in article(),
        version in proptest::sample::select(&NinjsVersion::ALL[..]),
    ) {
        let mut options = WriteOptions::default();
        options.ninjs_version = version;
        oracle_with(Format::Ninjs, &options, &a, |a, out| ninjs::check(a, out, version.as_str()))?;
    }
}
