//! A JPEG's metadata segments, split with `img-parts` up to the first scan (the pixels are
//! never decoded): the EXIF and XMP APP1 segments, the Photoshop APP13 segments that hold the
//! IPTC record, comments, and the frame header's size.

use img_parts::jpeg::{Jpeg, markers};

/// What opens an EXIF APP1 segment.
const EXIF: &[u8] = b"Exif\0\0";
/// What opens the main XMP packet's APP1 segment.
const XMP: &[u8] = b"http://ns.adobe.com/xap/1.0/\0";
/// What opens an extended XMP segment (a packet too large for one segment, split).
const XMP_EXTENSION: &[u8] = b"http://ns.adobe.com/xmp/extension/\0";
/// What opens a Photoshop APP13 segment.
const PHOTOSHOP: &[u8] = b"Photoshop 3.0\0";

/// The metadata a JPEG holds.
#[derive(Debug, Default)]
pub(super) struct Segments {
    /// The EXIF TIFF structure (the first EXIF segment).
    pub exif: Option<Vec<u8>>,
    /// The main XMP packet (the first one).
    pub xmp: Option<Vec<u8>>,
    /// The Photoshop image resources, the APP13 segments' data concatenated in order (large
    /// resources are split across segments).
    pub photoshop: Option<Vec<u8>>,
    /// The comments (COM), as bytes.
    pub comments: Vec<Vec<u8>>,
    /// The width and height the first frame header gives, when it gives both.
    pub size: Option<(u32, u32)>,
    /// What is held but not read (extended XMP, a second EXIF or XMP block).
    pub not_read: Vec<String>,
}

/// The JPEG's segments; an error message when they cannot be split (not a JPEG, cut short
/// before its first scan).
pub(super) fn segments(input: &[u8]) -> Result<Segments, String> {
    let jpeg = Jpeg::from_bytes(input.to_vec().into()).map_err(|e| e.to_string())?;
    let mut out = Segments {
        size: jpeg.dimensions().map(|(w, h)| (u32::from(w), u32::from(h))),
        ..Segments::default()
    };
    for segment in jpeg.segments() {
        let contents = segment.contents().as_ref();
        match segment.marker() {
            markers::APP1 => {
                if let Some(tiff) = contents.strip_prefix(EXIF) {
                    if out.exif.is_some() {
                        out.not_read.push("a second EXIF segment".to_string());
                    } else {
                        out.exif = Some(tiff.to_vec());
                    }
                } else if let Some(packet) = contents.strip_prefix(XMP) {
                    if out.xmp.is_some() {
                        out.not_read.push("a second XMP packet".to_string());
                    } else {
                        out.xmp = Some(packet.to_vec());
                    }
                } else if contents.starts_with(XMP_EXTENSION)
                    && !out.not_read.iter().any(|n| n.starts_with("extended XMP"))
                {
                    out.not_read
                        .push("extended XMP (a packet split across segments)".to_string());
                }
            }
            markers::APP13 => {
                if let Some(data) = contents.strip_prefix(PHOTOSHOP) {
                    out.photoshop
                        .get_or_insert_with(Vec::new)
                        .extend_from_slice(data);
                }
            }
            markers::COM => out.comments.push(contents.to_vec()),
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_jpeg_and_cut_short_are_errors() {
        assert!(segments(b"GIF89a").is_err());
        assert!(segments(b"\xff\xd8\xff\xe1\x00\x40Exif").is_err());
        assert!(segments(b"").is_err());
    }

    #[test]
    fn the_segments_are_found() {
        let mut jpeg = b"\xff\xd8".to_vec();
        let mut segment = |marker: u8, data: &[u8]| {
            jpeg.extend_from_slice(&[0xff, marker]);
            jpeg.extend_from_slice(&u16::try_from(data.len() + 2).unwrap().to_be_bytes());
            jpeg.extend_from_slice(data);
        };
        segment(0xed, b"Photoshop 3.0\08BIM");
        segment(0xe1, b"http://ns.adobe.com/xap/1.0/\0<x/>");
        segment(0xed, b"Photoshop 3.0\0\x04\x04");
        segment(0xfe, b"A comment");
        segment(0xc0, b"\x08\x00\x02\x00\x03\x01\x01\x11\x00");
        jpeg.extend_from_slice(b"\xff\xd9");
        let found = segments(&jpeg).unwrap();
        assert_eq!(found.photoshop.as_deref(), Some(&b"8BIM\x04\x04"[..]));
        assert_eq!(found.xmp.as_deref(), Some(&b"<x/>"[..]));
        assert_eq!(found.comments, [b"A comment".to_vec()]);
        assert_eq!(found.size, Some((3, 2)));
        assert_eq!(found.exif, None);
    }
}
