//! The reader on the fixtures (`fixtures/solita/`), values read off the files by hand.

use super::read::local_time;
use super::*;
use crate::formats::detect;
use crate::model::{Concept, ItemKind, Party, RoledText, Timestamp};

const RELEASE: &[u8] = include_bytes!("../../../fixtures/solita/pressemelding-ferge.xml");
const THIN: &[u8] = include_bytes!("../../../fixtures/solita/tynn-feil-dato.xml");

fn one(input: &[u8]) -> Article {
    let mut articles = read(input).unwrap();
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

#[test]
fn a_release_maps_its_fields() {
    let a = one(RELEASE);
    assert_eq!(a.id.as_deref(), Some("18200417"));
    assert_eq!(a.language.as_deref(), Some("no"));
    assert_eq!(
        a.headline.as_deref(),
        Some("Ny elferge på fjorden fra juni")
    );
    assert_eq!(
        a.description.as_deref(),
        Some("Fjordlinjen setter inn en helelektrisk ferge på sambandet over fjorden fra 1. juni.")
    );
    let body = a.body_text();
    assert!(
        body.starts_with("– Med den nye fergen kutter vi utslippene på sambandet"),
        "HTML entities decoded: {body}"
    );
    assert!(body.contains("310 millioner kroner & inkluderer service i ti år."));
    assert_eq!(a.body.len(), 3);
    assert_eq!(a.published, Timestamp::parse("2024-05-14T06:00"));
    assert_eq!(a.embargo, Timestamp::parse("2024-05-14T06:00"));
    assert_eq!(a.published.and_then(|t| t.offset()), None);
    assert_eq!(
        a.links.first().map(|l| (l.rel.as_deref(), l.href.as_str())),
        Some((
            Some("alternate"),
            "https://www.ntbinfo.no/pressemelding/ny-elferge-pa-fjorden?releaseId=18200417"
        ))
    );
    assert_eq!(a.keywords, ["ferge", "elektrifisering", "Vestlandet"]);
    assert_eq!(a.subjects.len(), 2);
    assert_eq!(a.subjects[1].code.as_deref(), Some("16789972"));
    assert_eq!(a.subjects[1].name.as_deref(), Some("Økonomi og næringsliv"));
    assert_eq!(a.genres[0].name.as_deref(), Some("Pressemelding"));
    assert_eq!(a.services[0].code.as_deref(), Some("8457"));
    assert_eq!(a.services[0].name.as_deref(), Some("WIRE_NORWAY"));
    assert_eq!(
        a.provider,
        Some(Party {
            id: Some("15500321".into()),
            name: Some("Fjordlinjen AS".into())
        })
    );
    assert_eq!(
        a.descriptions,
        [
            RoledText::with_role(
                "Fjordlinjen AS driver seks fergesamband på Vestlandet.\nSelskapet har 240 ansatte.",
                "boilerplate"
            ),
            RoledText::with_role(
                "Kari Vik\nAdministrerende direktør\nkari.vik@example.no\n\nPressevakt\n+47 400 00 000",
                "contacts"
            ),
        ]
    );
    assert_eq!(
        a.extensions["solita:contacts"][0]["phone"],
        "+47 900 00 000"
    );
    assert_eq!(
        a.extensions["solita:publisher"]["address"],
        "Strandgata 1, 6900, Florø"
    );
    assert_eq!(
        a.extensions["solita:someChannels"],
        serde_json::json!(["TWITTER"])
    );
    assert_eq!(
        a.extensions["solita:video"]["videodescription"],
        "Fergen på prøvetur"
    );
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn images_logos_and_documents_are_associations() {
    let a = one(RELEASE);
    let [logo, image, document] = a.associations.as_slice() else {
        panic!("{:?}", a.associations);
    };
    assert_eq!(logo.role.as_deref(), Some("logo"));
    assert_eq!(logo.id.as_deref(), Some("18200420"));
    assert_eq!(logo.renditions[0].media_type.as_deref(), Some("image/png"));
    assert_eq!(image.kind, Some(ItemKind::Picture));
    assert_eq!(image.id.as_deref(), Some("18200431"));
    assert_eq!(
        image.caption.as_deref(),
        Some("Den nye fergen ved kaia i Florø.")
    );
    let files: Vec<(Option<&str>, &str)> = image
        .renditions
        .iter()
        .map(|l| {
            let name = l.rendition.as_ref().and_then(|r| r.name.as_deref());
            (name, l.href.as_str())
        })
        .collect();
    assert_eq!(
        files,
        [
            (
                Some("original"),
                "https://www.ntbinfo.no/data/images/00456/ferge-kai.jpg"
            ),
            (
                Some("small"),
                "https://www.ntbinfo.no/data/images/00456/ferge-kai-release_thumbnail.jpg"
            ),
            (
                Some("medium"),
                "https://www.ntbinfo.no/data/images/00456/ferge-kai-main_image.jpg"
            ),
        ]
    );
    assert_eq!(
        image.best_rendition().map(|l| l.href.as_str()),
        Some("https://www.ntbinfo.no/data/images/00456/ferge-kai.jpg")
    );
    assert_eq!(document.role.as_deref(), Some("document"));
    assert_eq!(document.headline.as_deref(), Some("Faktaark om fergen"));
    assert_eq!(
        document.renditions[0].media_type.as_deref(),
        Some("application/pdf")
    );
}

#[test]
fn a_thin_release_keeps_what_it_cannot_read_in_warnings() {
    let a = one(THIN);
    assert_eq!(a.id.as_deref(), Some("18200999"));
    assert_eq!(a.language, None, "no @lang: no language");
    assert_eq!(a.published, None);
    assert_eq!(a.description, None);
    assert!(a.descriptions.is_empty() && a.associations.is_empty());
    assert_eq!(a.body_text(), "Årsmøtet velger nytt styre.");
    assert_eq!(
        a.genres,
        [Concept {
            scheme: Some("solita:type".into()),
            code: Some("21".into()),
            name: Some("Invitasjon".into()),
            ..Concept::default()
        }]
    );
    let fields: Vec<(Option<&str>, Option<&str>)> = a
        .warnings
        .iter()
        .map(|w| (w.field.as_deref(), w.raw.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [
            (Some("published"), Some("2024-05-14 06:00")),
            (Some("links"), Some("https://laget.example.no/")),
        ]
    );
}

#[test]
fn dates_are_read_in_the_exports_pattern_only() {
    assert_eq!(
        local_time("28.09.2018 11:15"),
        Timestamp::parse("2018-09-28T11:15:00")
    );
    for other in [
        "2018-09-28T11:15",
        "28.9.2018 11:15",
        "28.09.2018 11:15:00",
        "31.02.2018 11:15",
        "28.09.2018 25:15",
        "28.09.2018T11:15",
    ] {
        assert_eq!(local_time(other), None, "{other}");
    }
}

#[test]
fn detection_needs_the_release_and_its_fields() {
    for input in [RELEASE, THIN] {
        assert_eq!(detect(input, None).unwrap(), Format::Solita);
    }
    // Another vocabulary's `release` root (no id, no release fields) is not taken.
    assert!(detect(b"<release><version>1.2</version></release>", None).is_err());
    assert!(detect(b"<release id='1'><notes/></release>", None).is_err());
    assert_eq!(
        detect(b"<release id=\"1\">\n<longurl>x</longurl></release>", None).unwrap(),
        Format::Solita
    );
}
