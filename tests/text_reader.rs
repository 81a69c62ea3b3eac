//! The plain-text reader on the project's own fixtures (`fixtures/text/`): invented stories
//! written in real agency house styles, each checked for the values a reader must extract.

use std::path::PathBuf;

use newswire::model::{Article, Block};
use newswire::{Format, read};

fn fixture(name: &str) -> Article {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/text")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut articles = read(&bytes, Format::Text).unwrap();
    assert_eq!(articles.len(), 1, "{name}: one story per input");
    articles.remove(0)
}

fn paragraphs(a: &Article) -> Vec<String> {
    a.body
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .map(Block::plain_text)
        .collect()
}

fn headings(a: &Article) -> Vec<String> {
    a.body
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .map(Block::plain_text)
        .collect()
}

fn agencies(a: &Article) -> Vec<(String, Option<String>)> {
    a.dateline
        .as_ref()
        .map(|d| {
            d.agencies
                .iter()
                .map(|a| (a.name.clone(), a.service.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn date(a: &Article) -> Option<(Option<i32>, Option<u8>, Option<u8>)> {
    a.dateline
        .as_ref()
        .and_then(|d| d.date)
        .map(|d| (d.year, d.month, d.day))
}

fn trailer(a: &Article) -> Vec<String> {
    a.extensions
        .get("text:trailer")
        .and_then(|v| v.as_array())
        .map(|lines| {
            lines
                .iter()
                .filter_map(|l| l.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn header(a: &Article) -> Vec<String> {
    a.extensions
        .get("text:header")
        .and_then(|v| v.as_array())
        .map(|lines| {
            lines
                .iter()
                .filter_map(|l| l.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn authors(a: &Article) -> Vec<&str> {
    a.authors.iter().map(|a| a.name.as_str()).collect()
}

fn owned(names: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    names
        .iter()
        .map(|(n, s)| (n.to_string(), s.map(str::to_string)))
        .collect()
}

#[test]
fn italpress_in_the_seed_shape() {
    let a = fixture("it-italpress-seed-shape.txt");
    assert_eq!(
        a.title.as_deref(),
        Some("Intesa tra Tunisia e Malta sulla pesca nel Canale di Sicilia.")
    );
    assert_eq!(
        a.headline.as_deref(),
        Some(
            "Pesca, Tunisi e La Valletta firmano un accordo: Il Patto tra Karim Ben Salah e Marta Camilleri"
        )
    );
    assert_eq!(a.subheadline, None);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "TUNISI (TUNISIA) (ITALPRESS/TAP) –");
    assert_eq!(d.city.as_deref(), Some("TUNISI"));
    assert_eq!(d.region.as_deref(), Some("TUNISIA"));
    assert_eq!(agencies(&a), owned(&[("ITALPRESS", None), ("TAP", None)]));
    let sources: Vec<_> = a.sources.iter().filter_map(|p| p.name.as_deref()).collect();
    assert_eq!(sources, ["ITALPRESS", "TAP"]);
    assert_eq!(a.provider, None);
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 5);
    assert!(paras[0].starts_with("Un accordo di cooperazione sulla pesca"));
    assert_eq!(headings(&a), ["Pattugliamenti Congiunti nel Canale"]);
    assert_eq!(a.credit.as_deref(), Some("IPA Agency (ITALPRESS)"));
    assert_eq!(
        trailer(&a),
        ["Non perderti tutte le notizie dal Mediterraneo su Mareblog.it"]
    );
    assert_eq!(a.language.as_deref(), Some("it"));
    let body = a.body_text();
    assert!(!body.contains("fonte:") && !body.contains("Mareblog") && !body.contains("TUNISI"));
}

#[test]
fn ansa_agency_first_with_indented_paragraphs() {
    let a = fixture("it-ansa-agency-first.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Scuola: a Bologna piano da 60 milioni per 40 nuove palestre")
    );
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "(ANSA) - BOLOGNA, 14 MAR -");
    assert_eq!(d.city.as_deref(), Some("BOLOGNA"));
    assert_eq!(date(&a), Some((None, Some(3), Some(14))));
    assert_eq!(agencies(&a), owned(&[("ANSA", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("Il Comune di Bologna ha presentato oggi"));
    assert!(headings(&a).is_empty());
    assert_eq!(a.credit.as_deref(), Some("ANSA"));
    assert_eq!(trailer(&a), ["BO-RED/ S0B QBXB"]);
    assert_eq!(a.language.as_deref(), Some("it"));
}

#[test]
fn reuters_wrapped_copy_with_byline_and_two_line_credit() {
    let a = fixture("en-reuters-wrapped-byline.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Nordic shipper Fjordline cuts outlook as freight rates slide")
    );
    assert_eq!(
        a.extensions.get("text:headline_furniture"),
        Some(&serde_json::json!(["UPDATE 1"]))
    );
    assert_eq!(a.byline.as_deref(), Some("Maria Lindqvist"));
    assert_eq!(authors(&a), ["Maria Lindqvist"]);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "OSLO, March 3 (Reuters) -");
    assert_eq!(d.city.as_deref(), Some("OSLO"));
    assert_eq!(date(&a), Some((None, Some(3), Some(3))));
    assert_eq!(agencies(&a), owned(&[("Reuters", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 4);
    assert!(paras[0].starts_with("Norwegian shipping group Fjordline cut its full-year"));
    assert!(
        paras[0].ends_with("and its shares fell 6% in early trade."),
        "wrapped lines are re-joined: {}",
        paras[0]
    );
    assert_eq!(
        a.credit.as_deref(),
        Some("Reporting by Maria Lindqvist in Oslo; Editing by Thomas Becker")
    );
    assert_eq!(a.language.as_deref(), Some("en"));
}

#[test]
fn ap_two_bylines_state_region_and_contributor_credit() {
    let a = fixture("en-ap-state-region.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Oregon county reopens coastal highway after landslide")
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("DANIEL OKAFOR and LENA BRANDT, Associated Press")
    );
    assert_eq!(authors(&a), ["DANIEL OKAFOR", "LENA BRANDT"]);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "SALEM, Ore. (AP) —");
    assert_eq!(d.city.as_deref(), Some("SALEM"));
    assert_eq!(d.region.as_deref(), Some("Ore."));
    assert_eq!(agencies(&a), owned(&[("AP", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 4);
    assert!(paras[0].starts_with("A stretch of coastal highway closed"));
    assert_eq!(
        a.credit.as_deref(),
        Some("Associated Press writer Tom Hallberg in Portland contributed to this report.")
    );
    assert_eq!(trailer(&a), ["___"]);
    assert_eq!(a.language.as_deref(), Some("en"));
}

#[test]
fn dpa_regional_service_and_subheading() {
    let a = fixture("de-dpa-regional-service.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Neue Radbrücke über den Main in Würzburg eröffnet")
    );
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "Würzburg (dpa/lby) -");
    assert_eq!(d.city.as_deref(), Some("Würzburg"));
    assert_eq!(agencies(&a), owned(&[("dpa", Some("lby"))]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("Nach gut zwei Jahren Bauzeit"));
    assert_eq!(headings(&a), ["Kritik vom Fahrradclub"]);
    assert_eq!(a.credit, None);
    assert_eq!(a.byline, None);
    assert_eq!(a.language.as_deref(), Some("de"));
}

#[test]
fn afp_full_date_byline_intertitle_and_signoff() {
    let a = fixture("fr-afp-dated.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Bordeaux inaugure un pont réservé aux vélos et aux piétons sur la Garonne")
    );
    assert_eq!(header(&a), ["FRANCE-TRANSPORT-VÉLO"]);
    assert_eq!(a.byline.as_deref(), Some("Julien MARCHETTI"));
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "BORDEAUX, 3 mars 2025 (AFP) -");
    assert_eq!(d.city.as_deref(), Some("BORDEAUX"));
    assert_eq!(date(&a), Some((Some(2025), Some(3), Some(3))));
    assert_eq!(agencies(&a), owned(&[("AFP", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 4);
    assert!(paras[0].starts_with("Bordeaux a inauguré lundi un pont"));
    assert_eq!(headings(&a), ["- « Un trait d'union » -"]);
    assert_eq!(trailer(&a), ["jm/abc/ppy", "© 2025 AFP"]);
    assert_eq!(a.rights.notice.as_deref(), Some("© 2025 AFP"));
    assert_eq!(a.credit, None);
    assert_eq!(a.language.as_deref(), Some("fr"));
}

#[test]
fn efe_dot_dash_separator_and_spanish_month() {
    let a = fixture("es-efe-dot-dash.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Andalucía activa el plan de sequía en tres cuencas tras un invierno sin lluvias")
    );
    assert_eq!(header(&a), ["ESPAÑA AGUA"]);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "Sevilla, 12 feb (EFE).-");
    assert_eq!(d.city.as_deref(), Some("Sevilla"));
    assert_eq!(date(&a), Some((None, Some(2), Some(12))));
    assert_eq!(agencies(&a), owned(&[("EFE", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("La Junta de Andalucía ha activado"));
    assert_eq!(trailer(&a).first().map(String::as_str), Some("mor/lmg/jac"));
    assert!(
        a.rights
            .notice
            .as_deref()
            .is_some_and(|n| n.starts_with("© EFE 2025."))
    );
    assert!(!a.body_text().contains("mor/lmg/jac"));
    assert_eq!(a.language.as_deref(), Some("es"));
}

#[test]
fn ats_latin1_crlf_teletype() {
    let a = fixture("fr-ats-latin1-crlf.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Lausanne: la ville teste des bus électriques sur trois lignes")
    );
    assert_eq!(header(&a), ["sbf201 3 ec 118   etf 220", "Suisse"]);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "Lausanne (ats)");
    assert_eq!(d.city.as_deref(), Some("Lausanne"));
    assert_eq!(agencies(&a), owned(&[("ats", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("La Ville de Lausanne va tester dès lundi"));
    assert!(paras[0].ends_with("le modèle des futurs véhicules."));
    assert_eq!(a.credit.as_deref(), Some("ats/lc"));
    assert_eq!(trailer(&a), ["031415 mar 25"]);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("windows-1252")),
        "the guessed encoding is reported"
    );
    assert_eq!(a.language.as_deref(), Some("fr"));
}

#[test]
fn no_fixture_body_holds_header_credit_or_trailer_lines() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/text");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "{names:?}");
    for name in names {
        let a = fixture(&name);
        let body = a.body_text();
        let mut kept: Vec<String> = trailer(&a);
        kept.extend(header(&a));
        kept.extend(a.editorial_notes.iter().cloned());
        for line in kept {
            assert!(!body.contains(&line), "{name}: {line:?} is in the body");
        }
        if let Some(credit) = &a.credit {
            assert!(
                !body.contains(credit.as_str()),
                "{name}: the credit is in the body"
            );
        }
        for headline in [&a.title, &a.headline, &a.subheadline]
            .into_iter()
            .flatten()
        {
            assert!(
                !body.contains(headline.as_str()),
                "{name}: {headline:?} is in the body"
            );
        }
        if let Some(dateline) = &a.dateline {
            assert!(
                !body.contains(&dateline.text),
                "{name}: the dateline is in the body"
            );
        }
    }
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any bytes give an article or an error, never a panic.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = read(&bytes, Format::Text);
        }

        /// Text made of wire-copy pieces (tags, dashes, parentheses, dates) never panics and
        /// always gives one article when it holds something other than whitespace.
        #[test]
        fn wire_like_text_never_panics(parts in proptest::collection::vec(
            prop_oneof![
                Just("ROMA".to_string()), Just("(ANSA)".to_string()), Just(" - ".to_string()),
                Just("–".to_string()), Just("(".to_string()), Just(")".to_string()),
                Just("/".to_string()), Just("29 NOV".to_string()), Just("\n".to_string()),
                Just("\n\n".to_string()), Just("   ".to_string()), Just("By".to_string()),
                Just(".-".to_string()), Just("É".to_string()), Just("(c)".to_string()),
                "[A-Za-zàé ]{0,12}",
            ],
            0..40,
        )) {
            let text: String = parts.concat();
            match read(text.as_bytes(), Format::Text) {
                Ok(articles) => prop_assert_eq!(articles.len(), 1),
                Err(_) => prop_assert!(text.trim().is_empty()),
            }
        }
    }

    #[test]
    fn large_input_reads_in_linear_time() {
        let paragraph =
            "Berlin (dpa) - Ein Satz, der sich wiederholt, damit die Eingabe groß wird.\n";
        let big = paragraph.repeat(20_000);
        let start = std::time::Instant::now();
        let articles = read(big.as_bytes(), Format::Text).unwrap();
        assert!(articles[0].body.len() > 10_000);
        let trailers = "(c) 2024\n".repeat(20_000);
        let text = format!("Headline\n\nROMA (ANSA) - Lead.\n{trailers}");
        let articles = read(text.as_bytes(), Format::Text).unwrap();
        assert_eq!(articles[0].body.len(), 1);
        assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
    }
}
