//! The IPTC IIM datasets of a photo: Photoshop's image resource blocks (`8BIM`, in the JPEG's
//! APP13 segments), the IPTC-NAA record among them (resource `0x0404`), and its datasets
//! (IPTC IIM 4.2, chapter 1.5: `0x1C`, record, dataset, length, data).
//!
//! Decoded here because no crate decodes both layers leniently under a licence the project
//! can use. Lenient as real files need: a length past the end takes what is there, a block
//! without its padding byte is found anyway, bytes that are no dataset end the record; each
//! with a note for the article's warnings, never a failure.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::formats::{Limit, budget};

/// The resource that holds the IPTC-NAA record.
const IPTC_RESOURCE: u16 = 0x0404;
/// The signatures a Photoshop resource block opens with: `8BIM`, and the older or other
/// applications' ones that the Photoshop file format lists beside it.
const SIGNATURES: [&[u8; 4]; 5] = [b"8BIM", b"PHUT", b"AgHg", b"DCSR", b"MeSa"];
/// The tag marker every dataset opens with.
const TAG: u8 = 0x1C;
/// 1:90, the coded character set of the following records.
const CHARSET: (u8, u8) = (1, 90);

/// One dataset as it is in the record: its number and raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Dataset {
    /// The record (1 envelope, 2 application).
    pub record: u8,
    /// The dataset within the record (2:25 keywords, 2:120 caption).
    pub number: u8,
    /// The data, undecoded.
    pub data: Vec<u8>,
}

/// The IPTC record of a photo: its datasets in order, how their text is decoded, and what the
/// decoding had to repair.
#[derive(Debug, Default)]
pub(super) struct Iim {
    /// The datasets, in the order the record gives them.
    pub datasets: Vec<Dataset>,
    /// The text encoding: UTF-8 when 1:90 says so, else what the bytes show.
    encoding: Option<&'static Encoding>,
    /// What was repaired or guessed, for the article's warnings.
    pub notes: Vec<String>,
}

impl Iim {
    /// The IPTC record held in the concatenated Photoshop resource data (`irb`: what follows
    /// `Photoshop 3.0\0` in each APP13 segment, in order); `None` when it holds none.
    pub fn from_resources(irb: &[u8]) -> Option<Iim> {
        let mut notes = Vec::new();
        let record = resource(irb, IPTC_RESOURCE, &mut notes)?;
        let mut iim = Iim {
            datasets: datasets(record, &mut notes),
            encoding: None,
            notes,
        };
        iim.encoding = Some(iim.text_encoding());
        Some(iim)
    }

    /// The record's text encoding: UTF-8 when 1:90 holds `ESC % G`, ISO 8859-1 (read as
    /// Windows-1252, its superset) when it names that set; without 1:90 (or with a set not
    /// known), UTF-8 when every value is UTF-8, else the legacy encoding the values' bytes
    /// suggest, with a note.
    fn text_encoding(&mut self) -> &'static Encoding {
        let declared = self
            .datasets
            .iter()
            .find(|d| (d.record, d.number) == CHARSET)
            .map(|d| d.data.clone());
        match declared.as_deref() {
            Some(b"\x1b%G") | Some(b"\x1b%/G") | Some(b"\x1b%/I") => return UTF_8,
            Some(b"\x1b-A") | Some(b"\x1b.A") => return WINDOWS_1252,
            Some(other) => self.notes.push(format!(
                "the coded character set (1:90) {:?} is not one newswire knows; the text is read by its bytes",
                String::from_utf8_lossy(other)
            )),
            None => {}
        }
        let text: Vec<u8> = self
            .datasets
            .iter()
            .filter(|d| d.record == 2)
            .flat_map(|d| d.data.iter().copied().chain([b'\n']))
            .collect();
        if std::str::from_utf8(&text).is_ok() {
            return UTF_8;
        }
        if crate::encoding::mostly_utf8(&text) {
            self.notes.push(
                "IIM text without a coded character set (1:90) is mostly UTF-8 with invalid bytes; read as UTF-8"
                    .to_string(),
            );
            return UTF_8;
        }
        let guess = crate::encoding::guess_legacy(&text);
        self.notes.push(format!(
            "IIM text without a coded character set (1:90) is not UTF-8; decoded as {} (guessed)",
            guess.name().to_ascii_lowercase()
        ));
        guess
    }

    /// The text of one dataset: decoded, NUL padding and surrounding whitespace left out;
    /// `None` when blank.
    pub fn text(&self, data: &[u8]) -> Option<String> {
        let encoding = self.encoding.unwrap_or(UTF_8);
        let (text, _, _) = encoding.decode(data);
        let text = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
        (!text.is_empty()).then(|| text.to_string())
    }

    /// The text of every application-record (2:) dataset numbered `number`, in order.
    pub fn all(&self, number: u8) -> Vec<String> {
        self.datasets
            .iter()
            .filter(|d| d.record == 2 && d.number == number)
            .filter_map(|d| self.text(&d.data))
            .collect()
    }

    /// The text of the first application-record dataset numbered `number`.
    pub fn first(&self, number: u8) -> Option<String> {
        self.all(number).into_iter().next()
    }
}

/// The data of the first resource block `id` among Photoshop's resource blocks; notes say
/// what was repaired on the way.
fn resource<'a>(irb: &'a [u8], id: u16, notes: &mut Vec<String>) -> Option<&'a [u8]> {
    let mut rest = irb;
    loop {
        let signature = rest.get(..4)?;
        if !SIGNATURES.iter().any(|s| s.as_slice() == signature) {
            // Padding a writer left out or added: the next signature within a byte or two.
            let skip = (1..=3).find(|&n| {
                rest.get(n..n + 4)
                    .is_some_and(|s| SIGNATURES.iter().any(|sig| sig.as_slice() == s))
            });
            match skip {
                Some(n) => {
                    rest = rest.get(n..)?;
                    continue;
                }
                None => {
                    if rest.iter().any(|&b| b != 0) {
                        notes.push(
                            "Photoshop resources: bytes that are no resource block; the rest is not read"
                                .to_string(),
                        );
                    }
                    return None;
                }
            }
        }
        let block_id = u16::from_be_bytes([*rest.get(4)?, *rest.get(5)?]);
        let name_len = usize::from(*rest.get(6)?);
        // The Pascal name, its length byte included, padded to an even size.
        let name_end = 6 + (1 + name_len).next_multiple_of(2);
        let size_bytes = rest.get(name_end..name_end + 4)?;
        let size = u32::from_be_bytes(size_bytes.try_into().ok()?);
        let start = name_end + 4;
        let available = rest.len().saturating_sub(start);
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        let data_len = if size > available {
            notes.push(format!(
                "Photoshop resource 0x{block_id:04X} says {size} bytes but {available} are left; read what is there"
            ));
            available
        } else {
            size
        };
        let data = rest.get(start..start + data_len)?;
        if block_id == id {
            return Some(data);
        }
        rest = rest.get((start + data_len.next_multiple_of(2)).min(rest.len())..)?;
    }
}

/// The datasets of an IPTC-NAA record, in order.
fn datasets(record: &[u8], notes: &mut Vec<String>) -> Vec<Dataset> {
    let mut out = Vec::new();
    let mut rest = record;
    while let [TAG, record_number, number, high, low, tail @ ..] = rest {
        if !budget::spend(Limit::Elements, 1) {
            break;
        }
        let length = u16::from_be_bytes([*high, *low]);
        let (length, tail) = if length & 0x8000 != 0 {
            // An extended dataset: the low bits count the bytes of the length that follows.
            let count = usize::from(length & 0x7FFF);
            let Some(bytes) = tail.get(..count).filter(|_| count <= 8) else {
                notes.push(format!(
                    "IIM {record_number}:{number:02}: an extended length of {count} bytes is not read; the rest of the record is not read"
                ));
                return out;
            };
            let value = bytes.iter().fold(0u64, |v, &b| (v << 8) | u64::from(b));
            let value = usize::try_from(value).unwrap_or(usize::MAX);
            (value, tail.get(count..).unwrap_or_default())
        } else {
            (usize::from(length), tail)
        };
        let data = if length > tail.len() {
            notes.push(format!(
                "IIM {record_number}:{number:02} says {length} bytes but {} are left; read what is there",
                tail.len()
            ));
            tail
        } else {
            tail.get(..length).unwrap_or(tail)
        };
        out.push(Dataset {
            record: *record_number,
            number: *number,
            data: data.to_vec(),
        });
        rest = tail.get(data.len()..).unwrap_or_default();
    }
    if rest.iter().any(|&b| b != 0) {
        notes.push(format!(
            "IIM: {} bytes after the last dataset are no dataset; not read",
            rest.len()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dataset's bytes, with a standard length.
    fn ds(record: u8, number: u8, data: &[u8]) -> Vec<u8> {
        let mut out = vec![TAG, record, number];
        out.extend_from_slice(&u16::try_from(data.len()).unwrap().to_be_bytes());
        out.extend_from_slice(data);
        out
    }

    /// A Photoshop resource block.
    fn block(id: u16, data: &[u8]) -> Vec<u8> {
        let mut out = b"8BIM".to_vec();
        out.extend_from_slice(&id.to_be_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(0);
        }
        out
    }

    #[test]
    fn the_iptc_block_is_found_among_others_and_its_datasets_read() {
        let record = [
            ds(1, 90, b"\x1b%G"),
            ds(2, 25, "Zürich".as_bytes()),
            ds(2, 25, b"flood"),
            ds(2, 105, b"River bursts its banks"),
        ]
        .concat();
        let irb = [block(0x03ED, b"abc"), block(IPTC_RESOURCE, &record)].concat();
        let iim = Iim::from_resources(&irb).unwrap();
        assert_eq!(iim.all(25), ["Zürich", "flood"]);
        assert_eq!(iim.first(105).as_deref(), Some("River bursts its banks"));
        assert_eq!(iim.first(120), None);
        assert!(iim.notes.is_empty(), "{:?}", iim.notes);
    }

    #[test]
    fn latin1_without_a_character_set_is_guessed_with_a_note() {
        let record = [
            ds(
                2,
                120,
                b"Der Z\xfcrcher Stadtrat tagt im Rathaus an der Limmat.",
            ),
            ds(2, 90, b"Z\xfcrich"),
        ]
        .concat();
        let iim = Iim::from_resources(&block(IPTC_RESOURCE, &record)).unwrap();
        assert_eq!(iim.first(90).as_deref(), Some("Zürich"));
        assert!(
            iim.notes.iter().any(|n| n.contains("guessed")),
            "{:?}",
            iim.notes
        );
        // Declared ISO 8859-1: no guess.
        let declared = [ds(1, 90, b"\x1b.A"), ds(2, 90, b"Z\xfcrich")].concat();
        let iim = Iim::from_resources(&block(IPTC_RESOURCE, &declared)).unwrap();
        assert_eq!(iim.first(90).as_deref(), Some("Zürich"));
        assert!(iim.notes.is_empty());
    }

    #[test]
    fn extended_and_overlong_lengths() {
        let mut record = vec![TAG, 2, 120, 0x80, 0x04, 0, 0, 0, 5];
        record.extend_from_slice(b"Hello");
        // Says 40 bytes, has 5.
        record.extend_from_slice(&[TAG, 2, 105, 0, 40]);
        record.extend_from_slice(b"Short");
        let iim = Iim::from_resources(&block(IPTC_RESOURCE, &record)).unwrap();
        assert_eq!(iim.first(120).as_deref(), Some("Hello"));
        assert_eq!(iim.first(105).as_deref(), Some("Short"));
        assert_eq!(iim.notes.len(), 1, "{:?}", iim.notes);
        assert!(iim.notes[0].contains("2:105 says 40 bytes"));
    }

    #[test]
    fn a_block_past_the_end_and_junk_are_read_as_far_as_they_go() {
        let record = ds(2, 5, b"SLUG");
        let mut irb = block(IPTC_RESOURCE, &record);
        // The size says 200.
        irb[8..12].copy_from_slice(&200u32.to_be_bytes());
        let iim = Iim::from_resources(&irb).unwrap();
        assert_eq!(iim.first(5).as_deref(), Some("SLUG"));
        assert!(iim.notes[0].contains("0x0404"));
        assert!(Iim::from_resources(b"8BI").is_none());
        assert!(Iim::from_resources(b"junk junk junk").is_none());
        assert!(Iim::from_resources(&block(0x0425, b"0123456789abcdef")).is_none());
    }
}
