//! Tests of the photo reader on the fixtures (`fixtures/photo/`), values read off the files by
//! hand.

use super::*;
use crate::model::{AuthorKind, EntityKind, ItemKind};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/fixtures/photo/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read_named(name: &str) -> Article {
    let options = ReadOptions::default().with_source_name(name);
    let mut articles = read_with(&fixture(name), &options).unwrap();
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

fn has_warning(article: &Article, field: &str, needle: &str) -> bool {
    article
        .warnings
        .iter()
        .any(|w| w.field.as_deref() == Some(field) && w.message.contains(needle))
}

/// All three blocks, the IIM record rewritten by an editor: XMP wins, the stale IIM date and
/// the cut instructions are warnings, EXIF gives the date its offset.
#[test]
fn a_rewritten_handout_reads_xmp_first() {
    let photo = read_named("handout-rewritten.jpg");
    assert_eq!(photo.kind, ItemKind::Picture);
    assert_eq!(photo.slugline.as_deref(), Some("QC-Fire-Warehouse 202408"));
    assert_eq!(photo.headline, None);
    assert!(
        photo
            .description
            .as_deref()
            .is_some_and(|d| d.starts_with("Montréal firefighters pour water")
                && d.ends_with("Marie-Ève Tremblay, *MANDATORY CREDIT*"))
    );
    assert_eq!(photo.byline.as_deref(), Some("Marie-Ève Tremblay"));
    assert_eq!(photo.authors.len(), 2);
    assert_eq!(photo.authors[0].name, "Marie-Ève Tremblay");
    assert_eq!(photo.authors[0].job_title.as_deref(), Some("HO"));
    assert_eq!(photo.authors[1].name, "NPR");
    assert_eq!(photo.authors[1].kind, AuthorKind::Contributor);
    assert_eq!(photo.credit.as_deref(), Some("The Northern Press"));
    assert_eq!(photo.sources[0].name.as_deref(), Some("HO"));
    assert_eq!(photo.urgency, Some(4));
    // XMP's date (no offset) with EXIF's OffsetTimeOriginal for the same wall-clock time.
    assert_eq!(
        photo.created.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-08-03T21:14:05-04:00")
    );
    let dateline = photo.dateline.as_ref().unwrap();
    assert_eq!(dateline.city.as_deref(), Some("Montréal"));
    assert_eq!(dateline.region.as_deref(), Some("QC"));
    assert_eq!(dateline.text, "");
    let country = photo
        .subjects
        .iter()
        .find(|s| s.kind == Some(EntityKind::Place));
    assert_eq!(
        country.and_then(|c| c.qcode()).as_deref(),
        Some("iso3166-1a3:CAN")
    );
    assert_eq!(photo.editorial_notes.len(), 1);
    assert!(
        photo.editorial_notes[0]
            .text
            .ends_with("FROM THE TIME OF TRANSMISSION")
    );
    assert_eq!(
        photo.extensions.get("iptc:transmission_reference"),
        Some(&serde_json::Value::from("NPR217"))
    );
    // The rendition: the file by its name, 24×16 in its frame header, 3712 bytes.
    let link = &photo.links[0];
    assert_eq!(link.href, "handout-rewritten.jpg");
    assert_eq!(link.rel.as_deref(), Some("enclosure"));
    assert_eq!(link.media_type.as_deref(), Some("image/jpeg"));
    let rendition = link.rendition.as_ref().unwrap();
    assert_eq!(
        (rendition.width, rendition.height, rendition.size),
        (Some(24), Some(16), Some(3712))
    );
    // The COM segment repeats the caption: nothing more to keep.
    assert!(!photo.extensions.contains_key("jpeg:comment"));
    assert!(has_warning(
        &photo,
        "editorial_notes",
        "IIM 2:40 is XMP photoshop:Instructions cut at 255"
    ));
    let stale = photo
        .warnings
        .iter()
        .find(|w| w.field.as_deref() == Some("created"))
        .unwrap();
    assert_eq!(stale.raw.as_deref(), Some("20240805 151240-1512"));
    assert!(has_warning(&photo, "input", "IIM datasets not read: 2:221"));
    assert!(has_warning(&photo, "input", "xmpMM:History"));
    assert!(has_warning(&photo, "input", "EXIF: 4 tags"));
}

/// An IIM record alone, Latin-1 without 1:90: repeated datasets, the time's offset.
#[test]
fn a_latin1_iim_record_alone() {
    let photo = read_named("iim-latin1.jpg");
    assert_eq!(
        photo.headline.as_deref(),
        Some("Tausende schwimmen über den Zürichsee")
    );
    assert_eq!(photo.slugline.as_deref(), Some("Zürich Seeüberquerung"));
    assert_eq!(photo.keywords, ["Zürichsee", "Schwimmen", "Volkssport"]);
    assert_eq!(photo.byline.as_deref(), Some("Jürg Müller, Anna Känzig"));
    let names: Vec<&str> = photo.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Jürg Müller", "Anna Känzig"]);
    assert_eq!(photo.authors[0].job_title.as_deref(), Some("Fotograf"));
    assert_eq!(photo.authors[1].job_title, None);
    assert_eq!(
        photo.created.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-07-03T08:15:30+02:00")
    );
    assert_eq!(photo.rights.notice.as_deref(), Some("© 2024 Keystone-Nord"));
    assert_eq!(photo.credit.as_deref(), Some("KEYSTONE-NORD/Jürg Müller"));
    assert_eq!(photo.language.as_deref(), Some("de"));
    assert_eq!(photo.urgency, Some(3));
    let codes: Vec<String> = photo.subjects.iter().filter_map(|s| s.qcode()).collect();
    assert_eq!(
        codes,
        [
            "iim-category:SPO",
            "iim-supplemental-category:Schwimmen",
            "iim-supplemental-category:Breitensport",
            "iso3166-1a3:CHE"
        ]
    );
    let sublocation = photo.subjects.last().unwrap();
    assert_eq!(sublocation.name.as_deref(), Some("Strandbad Mythenquai"));
    assert_eq!(
        photo.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Zürich")
    );
    assert!(has_warning(
        &photo,
        "input",
        "decoded as windows-1252 (guessed)"
    ));
    assert_eq!(photo.warnings.len(), 1, "{:?}", photo.warnings);
}

/// XMP alone, in element form: the `x-default` alternative, arrays, usage terms, a structure
/// named as not read.
#[test]
fn xmp_alone() {
    let photo = read_named("xmp-only.jpg");
    assert_eq!(
        photo.headline.as_deref(),
        Some("Harvest starts early in the Douro valley")
    );
    assert_eq!(
        photo.description.as_deref(),
        Some("Grape pickers at work at Quinta do Bomfim in Pinhão, 2 September 2024.")
    );
    assert_eq!(photo.keywords, ["harvest", "wine", "Douro"]);
    assert_eq!(photo.byline.as_deref(), Some("Rui Carvalho, Inês Sousa"));
    assert_eq!(photo.rights.notice.as_deref(), Some("© 2024 Lusa"));
    assert_eq!(
        photo.rights.usage_terms.as_deref(),
        Some("Editorial use only")
    );
    assert_eq!(photo.language.as_deref(), Some("pt"));
    assert_eq!(
        photo.created.map(|t| t.to_rfc3339()).as_deref(),
        Some("2024-09-02T07:40:00+01:00")
    );
    let country = &photo.subjects[0];
    assert_eq!(country.qcode().as_deref(), Some("iso3166-1a2:PT"));
    assert_eq!(country.name.as_deref(), Some("Portugal"));
    assert_eq!(photo.subjects[1].name.as_deref(), Some("Quinta do Bomfim"));
    let rendition = photo.links[0].rendition.as_ref().unwrap();
    assert_eq!((rendition.width, rendition.height), (Some(32), Some(24)));
    assert!(has_warning(
        &photo,
        "input",
        "XMP properties not read: Iptc4xmpCore:CreatorContactInfo, Iptc4xmpExt:Event"
    ));
}

/// Without a file name the picture has no link (none is made up); its file's facts are kept.
#[test]
fn without_a_name_no_link_is_made_up() {
    let photo = &read(&fixture("xmp-only.jpg")).unwrap()[0];
    assert!(photo.links.is_empty());
    let file = &photo.extensions["photo:file"];
    assert_eq!(file["width"], 32);
    assert_eq!(file["height"], 24);
    assert_eq!(file["size"], 2265);
}

#[test]
fn detection_by_the_start_of_image_marker() {
    let jpeg = fixture("iim-latin1.jpg");
    assert_eq!(crate::detect(&jpeg, None).ok(), Some(Format::Photo));
    assert_eq!(
        crate::detect(&jpeg, Some("scan.txt".as_ref())).ok(),
        Some(Format::Photo)
    );
    assert_eq!("jpeg".parse::<Format>().ok(), Some(Format::Photo));
    assert_eq!("iptc-photo".parse::<Format>().ok(), Some(Format::Photo));
}

#[test]
fn broken_photos_are_errors_or_warnings_never_panics() {
    // Cut before the first scan: an error naming the format.
    let jpeg = fixture("handout-rewritten.jpg");
    let cut = jpeg.get(..200).unwrap();
    assert!(matches!(
        read(cut),
        Err(Error::Invalid {
            format: Format::Photo,
            ..
        })
    ));
    // Every shorter prefix and a flipped byte anywhere: never a panic.
    for end in (0..jpeg.len()).step_by(97) {
        let _ = read(jpeg.get(..end).unwrap_or_default());
    }
    for at in (2..jpeg.len()).step_by(31) {
        let mut changed = jpeg.clone();
        if let Some(byte) = changed.get_mut(at) {
            *byte ^= 0x5A;
        }
        let _ = read(&changed);
    }
    // A JPEG with no metadata at all: a picture with a warning.
    let bare = b"\xff\xd8\xff\xd9";
    let photo = &read(bare).unwrap()[0];
    assert!(has_warning(photo, "input", "no IPTC, XMP or EXIF metadata"));
}
