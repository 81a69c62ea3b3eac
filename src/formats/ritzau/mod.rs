//! Ritzau's own news XML (read only): one `RBNews` element, one story, as Ritzau's REST
//! service (`services.ritzau.dk/ritzaurest`) delivers it to its customers.
//!
//! The element is a .NET `DataContract` serialization: every field is a child element, a
//! missing value is an element with `i:nil="true"` (the `i:` prefix bound to the XML Schema
//! instance namespace; real feeds misspell that namespace, so any `nil="true"` attribute is
//! read as "no value", whatever its prefix is bound to), lists are `a:int` / `a:string`
//! children in Microsoft's serialization namespace. The story text, the subtitle and the note
//! to editors are escaped HTML.
//!
//! | RBNews | model |
//! |---|---|
//! | `NewsID` | `id` |
//! | `version` | `version` (a value that is no number is a warning) |
//! | `PublishDate` (ISO 8601 without an offset: Copenhagen time, which is not guessed) | `published`; `modified`, and `created` for a first version (kept without an offset; `--timezone Europe/Copenhagen` places it) |
//! | `headline` | `headline` |
//! | `ContentShort` (a short line for tickers) when it is not the headline | `headlines` (role `short`) |
//! | `subtitle` (HTML) | `description` (its text) |
//! | `content` (HTML) | `body` (through the shared HTML walk) |
//! | `TilRedaktionen` (HTML, "to the editors") | `ednote` (its text, one line per paragraph or line break) |
//! | `strapline` (`NET/FORSVAR/SATELLIT`) | `slugline` |
//! | `town` | `dateline.city` (no dateline text: the body prints none) |
//! | `origin` (`/ritzau/`, `/ritzau/AFP/`) | `credit` as printed; its first name the `provider`, the others `sources` |
//! | `byLine`, `byLineEmail` | `byline`; `authors` (the e-mail as the author's `mailto:` id) |
//! | `byLinePhone` | `extensions["ritzau:byLinePhone"]` |
//! | `Priority` | `priority` and `urgency` (Ritzau has one scale; a value outside 1-9 is a warning) |
//! | `section`, `sectionID` | `sections` (scheme `ritzau:section`, the id the code); `sectionShort` in `extensions["ritzau:sectionShort"]` |
//! | `format`, `formatID` (`Net`, `Flash`) | `genres` (scheme `ritzau:format`, the id the code) |
//! | `IPTCList/a:int` (`4000000`) | `subjects`: IPTC subject codes (scheme `subj`), zero-padded to eight digits (`04000000`); another number is a warning |
//! | `SubjectKeyword/a:string` | `keywords` |
//! | `ISIN/a:string` | `subjects` (scheme `isin`) |
//! | `Annuleret` `true` (cancelled) | `pub_status` canceled |
//! | `Korrektion`, `NyVersion`, `InfoFlash`, `Topstory`, `TopWeb` when `true`; `HistID`, `Status`, `Replaces`, `replacedID`, `Related` | `extensions["ritzau:<name>"]` |
//! | `MultimedieList`, `Companies` and any other element with content | a warning naming it and keeping its text (not read) |
//!
//! The files name no language: none is set (`--language` gives one).

mod read;

use crate::formats::{Descriptor, ReadOptions, Sniff, read_xml};
use crate::model::Article;
use crate::{Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Ritzau,
    name: "ritzau",
    aliases: &["rbnews"],
    description: "Ritzau news XML (RBNews)",
    extensions: &["xml"],
    named_by: &[],
    sniff: Sniff::Marks(|start| start.xml_root == Some("RBNews")),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

/// Reads the story of an `RBNews` document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none, the provider's time zone): [`formats::read_with`](crate::formats::read_with)
/// for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Ritzau, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::Ritzau, options, |root| {
        if !root.is("RBNews") {
            return Err(Error::Invalid {
                format: Format::Ritzau,
                message: format!("the root element is <{}>, not RBNews", root.name),
            });
        }
        Ok(vec![read::article(root)])
    })
}

#[cfg(test)]
mod tests;
