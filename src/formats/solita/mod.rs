//! NTB's press releases as Solita's publishing service exports them (read only): one
//! `release` element, one press release (NTB Info, `ntbinfo.no`).
//!
//! The export documents itself: each field comes with a comment saying what it holds. The body
//! is HTML both XML- and HTML-encoded (`&amp;aring;`), the lead text HTML in XML-encoded form,
//! the dates `dd.MM.yyyy HH:mm` without an offset (Norwegian time, which is not guessed).
//!
//! | release | model |
//! |---|---|
//! | `@id` | `id` |
//! | `@lang` | `language` |
//! | `title` | `headline` |
//! | `leadtext` (HTML) | `description` (its text) |
//! | `body` (HTML) | `body` (through the shared HTML walk, entities decoded) |
//! | `publicationDate` | `published` (without an offset; another form than `dd.MM.yyyy HH:mm` is a warning) |
//! | `embargo` | `embargo` (as `publicationDate`) |
//! | `longurl` | an `alternate` link (the release on the agency's site) |
//! | `keywords` (free text, comma-separated) | `keywords` |
//! | `categories/category` (`@id`, `label`) | `subjects` (scheme `solita:category`, the id the code) |
//! | `type` (`@id`, `label`: `Pressemelding`) | `genres` (scheme `solita:type`) |
//! | `publisher` (`@id`, `name`) | `provider`; its `address`, `webSite`, `businessId`, `keywords`, `description` in `extensions["solita:publisher"]` |
//! | `images/image` (`@id`, `url`, `caption`, `smallimageurl`, `mediumimageurl`) | `associations`: pictures with their caption and three files (`original`, `medium`, `small`) |
//! | `logos/logo` (`@id`, `url`) | `associations`: pictures with the role `logo` |
//! | `documents/document` (`@id`, `url`, `title`) | `associations` with the role `document` |
//! | `boilerplate`, `contactsAsText` (plain text) | `descriptions` with the roles `boilerplate` and `contacts` |
//! | `contacts/contact` (`name`, `title`, `phone`, `email`, ...) | `extensions["solita:contacts"]` (one object per contact) |
//! | `distributionChannels/distributionChannel` (`@id`, `@channel`) | `services` (scheme `solita:channel`) |
//! | `someChannels` (social media chosen: `<TWITTER selected="YES"/>`) | `extensions["solita:someChannels"]` (the names chosen) |
//! | `videoembedcode`, `videodescription`, `videochannellink`, `videothumbnailurl` | `extensions["solita:video"]` |
//! | `links/link`, `onlineServices` and any other element with content | a warning naming it and keeping its text (not read) |
//! | `language` (`@id`, `label`: `Norsk`) | not read beyond `@lang` (the label is a name, not a tag) |

mod read;

use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed, read_xml};
use crate::model::Article;
use crate::{Error, Format};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Solita,
    name: "solita",
    aliases: &["ntb", "ntbinfo"],
    description: "NTB press releases (Solita release XML)",
    extensions: &["xml"],
    named_by: &[],
    sniff: Sniff::Marks(is_release),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

/// A `release` root with an `id` attribute, and one of the release's own fields after it
/// (`longurl` comes first; the body may fill the rest of what detection sees).
fn is_release(start: &Sniffed<'_>) -> bool {
    if start.xml_root != Some("release") {
        return false;
    }
    let Some(tag) = start
        .text
        .find("<release")
        .and_then(|at| start.text.get(at..))
        .and_then(|rest| rest.split_once('>'))
        .map(|(tag, _)| tag)
    else {
        return false;
    };
    let has_id = tag
        .split_whitespace()
        .any(|attribute| attribute.starts_with("id=") || attribute.starts_with("id ="));
    has_id
        && ["<longurl", "<leadtext", "<publicationDate"]
            .iter()
            .any(|field| start.text.contains(field))
}

/// Reads the press release of a `release` document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none, the provider's time zone): [`formats::read_with`](crate::formats::read_with)
/// for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Solita, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::Solita, options, |root| {
        if !root.is("release") {
            return Err(Error::Invalid {
                format: Format::Solita,
                message: format!("the root element is <{}>, not release", root.name),
            });
        }
        Ok(vec![read::article(root)])
    })
}

#[cfg(test)]
mod tests;
