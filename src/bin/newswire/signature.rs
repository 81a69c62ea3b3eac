//! Files that are certainly not news, told by their signature (magic number, from `infer`):
//! refused before any reader sees them, since anything that is not binary would otherwise be
//! read as wire copy (a PDF as a GBK-decoded article).
//!
//! Only signatures a news file cannot start with count: `infer` also knows two- and
//! three-letter ones (`MZ` executables, `BM` bitmaps, `ID3` audio, `BC` bitcode) that a
//! headline can start with, and those are left to the readers.

/// Why `bytes` are refused, or `None` when they may be news.
pub fn refusal(bytes: &[u8]) -> Option<String> {
    let kind = infer::get(bytes)?;
    let mime = kind.mime_type();
    REFUSED.contains(&mime).then(|| {
        format!(
            "not a news file: its signature says {} ({mime}); not read",
            kind.extension()
        )
    })
}

/// PDFs, images, archives, office documents and audio-visual containers with signatures of
/// four bytes or more. JPEG is not among them: a photo's IPTC and XMP metadata is news (the
/// `photo` format).
const REFUSED: &[&str] = &[
    "application/pdf",
    "image/jp2",
    "image/png",
    "image/gif",
    "image/webp",
    "image/x-canon-cr2",
    "image/tiff",
    "image/vnd.ms-photo",
    "image/vnd.adobe.photoshop",
    "image/heif",
    "image/avif",
    "image/jxl",
    "image/openraster",
    "image/vnd.djvu",
    "application/zip",
    "application/x-tar",
    "application/vnd.rar",
    "application/gzip",
    "application/x-bzip2",
    "application/vnd.bzip3",
    "application/x-7z-compressed",
    "application/x-xz",
    "application/zstd",
    "application/x-lz4",
    "application/x-lzip",
    "application/x-rpm",
    "application/vnd.debian.binary-package",
    "application/vnd.ms-cab-compressed",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "application/x-ole-storage",
    "application/rtf",
    "application/epub+zip",
    "application/x-mobipocket-ebook",
    "application/wasm",
    "application/x-mach-binary",
    "application/java",
    "video/mp4",
    "video/x-m4v",
    "video/x-matroska",
    "video/webm",
    "video/quicktime",
    "video/x-msvideo",
    "video/x-ms-wmv",
    "video/x-flv",
    "audio/m4a",
    "audio/opus",
    "audio/ogg",
    "audio/x-flac",
    "audio/x-wav",
    "audio/x-aiff",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_and_images_are_refused_text_is_not() {
        let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        assert!(refusal(pdf).unwrap().contains("pdf (application/pdf)"));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";
        assert!(refusal(png).unwrap().contains("image/png"));
        let gzip = b"\x1f\x8b\x08\0\0\0\0\0\0\x03";
        assert!(refusal(gzip).is_some());
        // A JPEG is a photo, read for its metadata (it used to be refused).
        let jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";
        assert_eq!(refusal(jpeg), None);
        for text in [
            &b"MZ Kopp wins the vote\n\nBERLIN (dpa) - ..."[..],
            b"BMW recalls cars\n\nMUNICH (Reuters) - ...",
            b"ID3 audio standard revised",
            b"BC Hydro raises rates",
            b"SQLite 4 released",
            b"%! not PostScript",
            b"<?xml version='1.0'?><nitf/>",
            b"\x01\x16ZCZC",
        ] {
            assert_eq!(refusal(text), None, "{}", String::from_utf8_lossy(text));
        }
    }
}
