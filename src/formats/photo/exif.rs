//! The EXIF block of a photo (the TIFF structure in the JPEG's APP1 segment after
//! `Exif\0\0`), read with `kamadak-exif` for the few tags that say what news metadata says:
//! the description, the artist, the copyright and when the picture was taken. The camera's
//! technical data (exposure, lens, GPS) is not read.

use exif::{Exif, In, Tag, Value};

use crate::model::Timestamp;

/// The news fields of an EXIF block.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct ExifFields {
    /// ImageDescription (0x010E).
    pub description: Option<String>,
    /// Artist (0x013B): the creators, `; ` apart as the Metadata Working Group writes several.
    pub artists: Vec<String>,
    /// Copyright (0x8298): the photographer's notice (and the editor's, NUL apart).
    pub copyright: Option<String>,
    /// DateTimeOriginal (0x9003), with OffsetTimeOriginal (0x9011) when given; the raw text.
    pub taken: Option<(Option<Timestamp>, String)>,
    /// Whether the block holds other tags (the camera's technical data), not read.
    pub others: usize,
}

/// The tags read.
const READ: [Tag; 6] = [
    Tag::ImageDescription,
    Tag::Artist,
    Tag::Copyright,
    Tag::DateTimeOriginal,
    Tag::OffsetTimeOriginal,
    Tag::ExifIFDPointer,
];

impl ExifFields {
    /// Reads the TIFF structure; an error message when it cannot be read.
    pub fn parse(tiff: &[u8]) -> Result<ExifFields, String> {
        let exif = exif::Reader::new()
            .read_raw(tiff.to_vec())
            .map_err(|e| e.to_string())?;
        let text = |tag| ascii(&exif, tag);
        let artists = text(Tag::Artist)
            .map(|a| a.split("; ").filter_map(crate::xml::collapse).collect())
            .unwrap_or_default();
        let taken = text(Tag::DateTimeOriginal).map(|raw| {
            let offset = text(Tag::OffsetTimeOriginal);
            (date_time(&raw, offset.as_deref()), raw)
        });
        let others = exif
            .fields()
            .filter(|f| f.ifd_num == In::PRIMARY && !READ.contains(&f.tag))
            .count();
        Ok(ExifFields {
            description: text(Tag::ImageDescription),
            artists,
            copyright: text(Tag::Copyright),
            taken,
            others,
        })
    }
}

/// An ASCII tag of the primary image as text (UTF-8 when it is, else Windows-1252, as
/// cameras and editors write it), its strings `; ` apart; `None` when blank.
fn ascii(exif: &Exif, tag: Tag) -> Option<String> {
    let field = exif.get_field(tag, In::PRIMARY)?;
    let Value::Ascii(strings) = &field.value else {
        return None;
    };
    let parts: Vec<String> = strings
        .iter()
        .filter_map(|bytes| {
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text.to_string(),
                Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
            };
            crate::xml::collapse(text.trim_matches('\0'))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// `YYYY:MM:DD HH:MM:SS` with an offset (`+02:00`) when given; `None` when it is not one (the
/// blank `    :  :     ` of cameras without a clock, `0000:00:00`).
fn date_time(raw: &str, offset: Option<&str>) -> Option<Timestamp> {
    let raw = raw.trim();
    let (date, time) = raw.split_once(' ')?;
    let iso = format!("{}T{}", date.replace(':', "-"), time.trim());
    let with_offset = offset
        .map(str::trim)
        .filter(|o| o.len() == 6 && (o.starts_with('+') || o.starts_with('-')))
        .map(|o| format!("{iso}{o}"));
    with_offset
        .and_then(|text| Timestamp::parse(&text))
        .or_else(|| Timestamp::parse(&iso))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_with_and_without_an_offset() {
        let with = date_time("2023:08:19 19:07:18", Some("-07:00")).unwrap();
        assert_eq!(with.to_rfc3339(), "2023-08-19T19:07:18-07:00");
        let without = date_time("2023:08:19 19:07:18", None).unwrap();
        assert_eq!(without.to_rfc3339(), "2023-08-19T19:07:18");
        assert_eq!(date_time("    :  :     ", None), None);
        assert_eq!(date_time("0000:00:00 00:00:00", None), None);
        // An offset that is not one is not used.
        let odd = date_time("2023:08:19 19:07:18", Some("   :  ")).unwrap();
        assert_eq!(odd.to_rfc3339(), "2023-08-19T19:07:18");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(ExifFields::parse(b"II*\0\x08\0\0\0\xff\xff").is_err());
        assert!(ExifFields::parse(b"").is_err());
    }
}
