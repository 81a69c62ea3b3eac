//! Photos (read only): a JPEG's IPTC IIM, XMP and EXIF metadata read as one picture item whose
//! rendition is the file itself. Agencies send every photo this way: the caption, credit and
//! by-line travel inside the picture. The pixels are never decoded: the segments before the
//! first scan are split (`img-parts`), and only the metadata blocks and the frame header's
//! size are read.
//!
//! Each field is taken from XMP first, then the IIM record, then EXIF (the Metadata Working
//! Group's order: an editor that rewrites one block leaves the others stale; GIMP rewrites the
//! IIM record with its own save time and cuts 2:40 at 255 bytes). A value of a later block
//! that says something else is a warning naming both, with the value not kept.
//!
//! | model | XMP | IIM (record 2) | EXIF |
//! |---|---|---|---|
//! | `kind` | picture | | |
//! | `headline` | `photoshop:Headline` | 2:105 Headline | |
//! | `description` | `dc:description` (`x-default` first) | 2:120 Caption/Abstract | ImageDescription |
//! | `slugline` | `dc:title` | 2:05 Object Name | |
//! | `byline`, `authors` | `dc:creator` (each a creator; the by-line their names `, ` apart), `photoshop:AuthorsPosition` (the first's job title) | 2:80 By-line (repeated), 2:85 By-line Title | Artist (`; ` apart) |
//! | `authors` (contributor, role `captionwriter`) | `photoshop:CaptionWriter` | 2:122 Writer/Editor | |
//! | `credit` | `photoshop:Credit` | 2:110 Credit | |
//! | `sources` | `photoshop:Source` | 2:115 Source | |
//! | `rights.notice` | `dc:rights` | 2:116 Copyright Notice | Copyright |
//! | `rights.usage_terms` | `xmpRights:UsageTerms` | | |
//! | `dateline.city`, `dateline.region` (nothing printed) | `photoshop:City`, `photoshop:State` (else the country's name) | 2:90 City, 2:95 Province/State | |
//! | `subjects` (kind place) | `photoshop:Country` with `Iptc4xmpCore:CountryCode` (`iso3166-1a3:CAN`, name `CANADA`); `Iptc4xmpCore:Location` (named) | 2:101 Country, 2:100 Country Code; 2:92 Sublocation | |
//! | `keywords` | `dc:subject` | 2:25 Keywords (repeated) | |
//! | `created` | `photoshop:DateCreated` | 2:55 Date Created with 2:60 Time Created (its offset when given) | DateTimeOriginal; OffsetTimeOriginal gives a kept time without an offset its offset when the wall-clock times agree |
//! | `editorial_notes` | `photoshop:Instructions` | 2:40 Special Instructions | |
//! | `subjects` (schemes `iim-category`, `iim-supplemental-category`) | `photoshop:Category`, `photoshop:SupplementalCategories` | 2:15 Category, 2:20 Supplemental Category | |
//! | `urgency` | `photoshop:Urgency` | 2:10 Urgency | |
//! | `language` | `dc:language` | 2:135 Language Identifier | |
//! | `extensions["iptc:transmission_reference"]` | `photoshop:TransmissionReference` | 2:103 Original Transmission Reference | |
//! | `links` (an `enclosure`, `image/jpeg`, the frame's width and height, the file's size) | the file, by [`ReadOptions::source_name`]; without a name no link is made up and these facts are `extensions["photo:file"]` | | |
//! | `extensions["jpeg:comment"]` | a JPEG comment (COM) that is not the description again | | |
//!
//! Reported as not read, in one warning per block: the XMP properties not in the table
//! (structures such as `Iptc4xmpCore:CreatorContactInfo`, history, camera data), the IIM
//! datasets not in the table (record 1 but its character set, 2:221 and other private ones),
//! the number of EXIF tags of camera and image data, extended XMP. Text of the IIM record is
//! UTF-8 when 1:90 says so (`ESC % G`), ISO 8859-1 when it names that; without 1:90, UTF-8
//! when the bytes are, else the legacy encoding the bytes suggest, with a warning. No time
//! offset is made up: a time without one stays without.

mod exif;
mod iim;
mod jpeg;
mod mapping;
mod xmp;

#[cfg(test)]
mod tests;

use crate::error::InputError;
use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed};
use crate::model::Warning;
use crate::{Article, Error, Format};

pub use mapping::{CATEGORY_SCHEME, SUPPLEMENTAL_CATEGORY_SCHEME};

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Photo,
    name: "photo",
    aliases: &["jpeg", "jpg", "iptcphoto"],
    description: "JPEG photo: its IPTC IIM, XMP and EXIF metadata",
    extensions: &["jpg", "jpeg"],
    named_by: &["jpg", "jpeg"],
    sniff: Sniff::Marks(shows_jpeg),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

/// A JPEG opens with its start-of-image marker and a segment's marker (`FF D8 FF`).
fn shows_jpeg(start: &Sniffed<'_>) -> bool {
    start.head.starts_with(&[0xFF, 0xD8, 0xFF])
}

/// Reads the photo's metadata as one picture item (without a file name: see [`read_with`]).
///
/// ```
/// use newswire::formats::photo;
/// // The smallest JPEG with an IPTC record: SOI, APP13 (Photoshop, 8BIM 0x0404: 2:105), EOI.
/// let mut jpeg = b"\xff\xd8\xff\xed\x00\x2aPhotoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0d".to_vec();
/// jpeg.extend_from_slice(b"\x1c\x02\x69\x00\x08Harbour!\x00\xff\xd9");
/// let picture = &photo::read(&jpeg)?[0];
/// assert_eq!(picture.headline.as_deref(), Some("Harbour!"));
/// assert_eq!(picture.kind, newswire::model::ItemKind::Picture);
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options`: `options.source_name` is the file's name, the
/// address of the picture's rendition (without it the picture has no link); the language of
/// a picture that declares none; the limits.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Photo, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let segments = jpeg::segments(input).map_err(|message| Error::Invalid {
        format: Format::Photo,
        message: format!("not a JPEG whose segments can be read: {message}"),
    })?;
    let mut failures = Vec::new();
    let xmp = match segments.xmp.as_deref().map(|p| xmp::Xmp::parse(p, options)) {
        Some(Ok(xmp)) => Some(xmp),
        // Over a reading limit: the read ends there, as every reader's does.
        Some(Err(error @ InputError::Limit { .. })) => return Err(error.of(Format::Photo)),
        Some(Err(error)) => {
            failures.push(format!(
                "the XMP packet is not read: {}",
                error.of(Format::Photo)
            ));
            None
        }
        None => None,
    };
    let iim = segments
        .photoshop
        .as_deref()
        .and_then(iim::Iim::from_resources);
    let exif = segments
        .exif
        .as_deref()
        .and_then(|tiff| match exif::ExifFields::parse(tiff) {
            Ok(exif) => Some(exif),
            Err(message) => {
                failures.push(format!("the EXIF block is not read: {message}"));
                None
            }
        });
    if xmp.is_none() && iim.is_none() && exif.is_none() && failures.is_empty() {
        failures.push("the JPEG holds no IPTC, XMP or EXIF metadata".to_string());
    }
    let blocks = mapping::Blocks { xmp, iim, exif };
    let mut article = mapping::article(
        &blocks,
        &segments,
        options.source_name.as_deref(),
        input.len(),
    );
    let failures = failures
        .into_iter()
        .map(|message| Warning::new("input", message, None));
    article.warnings = failures.chain(article.warnings).collect();
    Ok(vec![article])
}
