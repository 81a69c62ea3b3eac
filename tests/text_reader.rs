//! The plain-text reader on the project's own fixtures (`fixtures/text/`): invented stories
//! written in real agency house styles, each checked for the values a reader must extract.

use std::path::PathBuf;

use newswire::formats::{ReadOptions, text};
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

/// The one story of a plain-text input.
fn read_text(text: &str) -> Article {
    let mut articles = read(text.as_bytes(), Format::Text).unwrap();
    assert_eq!(articles.len(), 1, "one story per input");
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

fn extension<'a>(a: &'a Article, key: &str) -> Option<&'a str> {
    a.extensions.get(key).and_then(|v| v.as_str())
}

fn city(a: &Article) -> Option<&str> {
    a.dateline.as_ref().and_then(|d| d.city.as_deref())
}

fn dateline_text(a: &Article) -> Option<&str> {
    a.dateline.as_ref().map(|d| d.text.as_str())
}

fn warned(a: &Article, encoding: &str) -> bool {
    a.warnings.iter().any(|w| w.message.contains(encoding))
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

// Cyrillic: TASS, Interfax, RIA Novosti, Ukrinform.

#[test]
fn tass_in_windows_1251_with_an_urgent_marker() {
    let a = fixture("ru-tass-urgent-cp1251.txt");
    assert!(warned(&a, "windows-1251"), "{:?}", a.warnings);
    assert_eq!(
        a.headline.as_deref(),
        Some("В Казани откроют новый речной вокзал к лету")
    );
    assert_eq!(dateline_text(&a), Some("МОСКВА, 4 марта. /ТАСС/."));
    assert_eq!(city(&a), Some("МОСКВА"));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("ТАСС", None)]));
    assert_eq!(a.urgency, Some(2));
    assert_eq!(extension(&a, "text:priority"), Some("СРОЧНО"));
    assert_eq!(header(&a), ["СРОЧНО"]);
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("Новый речной вокзал в Казани"));
    assert_eq!(a.rights.notice.as_deref(), Some("(c) ТАСС 2025"));
    assert_eq!(a.language.as_deref(), Some("ru"));
}

#[test]
fn interfax_in_koi8_r_with_an_author_line() {
    let a = fixture("ru-interfax-byline-koi8r.txt");
    assert!(warned(&a, "koi8"), "{:?}", a.warnings);
    assert_eq!(a.byline.as_deref(), Some("Наталья Громова"));
    assert_eq!(authors(&a), ["Наталья Громова"]);
    assert_eq!(dateline_text(&a), Some("НОВОСИБИРСК. 4 марта. ИНТЕРФАКС -"));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("ИНТЕРФАКС", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("Мэрия Новосибирска утвердила"));
    assert_eq!(a.language.as_deref(), Some("ru"));
}

#[test]
fn ria_novosti_names_the_agency_after_the_dash() {
    let a = fixture("ru-ria-dash-agency-crlf.txt");
    assert_eq!(
        dateline_text(&a),
        Some("ЕКАТЕРИНБУРГ, 4 мар — РИА Новости.")
    );
    assert_eq!(city(&a), Some("ЕКАТЕРИНБУРГ"));
    assert_eq!(agencies(&a), owned(&[("РИА Новости", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("Первый ночной маршрут"));
    assert!(a.warnings.is_empty(), "CRLF UTF-8 needs no guess");
    assert_eq!(a.language.as_deref(), Some("ru"));
}

#[test]
fn ukrinform_correction_note_and_photo_credit() {
    let a = fixture("uk-ukrinform-correction.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Львів отримає 40 нових електробусів до кінця року")
    );
    assert_eq!(a.subheadline, None);
    assert_eq!(
        a.editorial_notes,
        ["ВИПРАВЛЕНО: уточнено кількість автобусів"]
    );
    assert_eq!(
        a.extensions.get("text:signals"),
        Some(&serde_json::json!(["correction"]))
    );
    assert_eq!(agencies(&a), owned(&[("Укрінформ", None)]));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(paragraphs(&a).len(), 2);
    assert_eq!(trailer(&a), ["Фото: Укрінформ"]);
    assert_eq!(a.language.as_deref(), Some("uk"));
}

// Greek: ANA-MPA.

#[test]
fn ana_mpa_in_iso_8859_7_with_a_greek_byline() {
    let a = fixture("el-ana-mpa-iso8859-7.txt");
    assert!(
        warned(&a, "iso-8859-7") || warned(&a, "windows-1253"),
        "{:?}",
        a.warnings
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Νέα γραμμή τραμ στη Θεσσαλονίκη έως το 2027")
    );
    assert_eq!(a.byline.as_deref(), Some("Γιώργο Παπαδάκη"));
    assert_eq!(
        dateline_text(&a),
        Some("ΘΕΣΣΑΛΟΝΙΚΗ, 4 Μαρτίου (ΑΠΕ-ΜΠΕ) -")
    );
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("ΑΠΕ-ΜΠΕ", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 4);
    assert!(paras[0].starts_with("Το Περιφερειακό Συμβούλιο"));
    assert_eq!(a.rights.notice.as_deref(), Some("© ΑΠΕ-ΜΠΕ"));
    assert_eq!(a.language.as_deref(), Some("el"));
}

// Arabic, right to left: QNA, Petra.

#[test]
fn qna_slash_tag_without_a_separator_and_an_urgent_marker() {
    let a = fixture("ar-qna-urgent-rtl.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("قطر تفتتح محطة جديدة لتحلية المياه في الشمال")
    );
    assert_eq!(dateline_text(&a), Some("الدوحة في 4 مارس /قنا/"));
    assert_eq!(city(&a), Some("الدوحة"));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("قنا", None)]));
    assert_eq!(a.urgency, Some(2));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("افتتحت المؤسسة العامة"));
    assert_eq!(a.credit.as_deref(), Some("قنا"));
    assert_eq!(a.language.as_deref(), Some("ar"));
}

#[test]
fn petra_levantine_month_arabic_digits_and_byline() {
    let a = fixture("ar-petra-levantine-crlf.txt");
    assert_eq!(a.byline.as_deref(), Some("ليلى الخطيب"));
    assert_eq!(dateline_text(&a), Some("عمان ٤ آذار (بترا) -"));
    assert_eq!(city(&a), Some("عمان"));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("بترا", None)]));
    assert_eq!(paragraphs(&a).len(), 2);
    assert_eq!(trailer(&a), ["ـ (انتهى) ـ"]);
    assert_eq!(a.language.as_deref(), Some("ar"));
}

// CJK: Xinhua, CNA, Kyodo, Yonhap.

#[test]
fn xinhua_chinese_dateline_with_reporters() {
    let a = fixture("zh-xinhua-reporter.txt");
    assert_eq!(a.headline.as_deref(), Some("重庆开通第二条跨江索道"));
    assert_eq!(dateline_text(&a), Some("新华社重庆3月4日电"));
    assert_eq!(city(&a), Some("重庆"));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("新华社", None)]));
    assert_eq!(a.byline.as_deref(), Some("王晓东、陈雨"));
    assert_eq!(authors(&a), ["王晓东", "陈雨"]);
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("重庆第二条跨越长江的城市索道"));
    assert_eq!(a.credit.as_deref(), Some("责任编辑：刘明"));
    assert_eq!(trailer(&a), ["（完）"]);
    assert_eq!(a.language.as_deref(), Some("zh"));
}

#[test]
fn cna_traditional_chinese_with_a_glued_editor_credit() {
    let a = fixture("zh-cna-traditional.txt");
    assert_eq!(dateline_text(&a), Some("（中央社記者林志明高雄4日電）"));
    assert_eq!(city(&a), Some("高雄"));
    assert_eq!(date(&a), Some((None, None, Some(4))));
    assert_eq!(agencies(&a), owned(&[("中央社", None)]));
    assert_eq!(a.byline.as_deref(), Some("林志明"));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert_eq!(paras[2], "市府也將同步調整公車路線，方便民眾轉乘。");
    assert_eq!(a.credit.as_deref(), Some("編輯：陳淑華"));
    assert_eq!(trailer(&a), ["1140304"]);
    assert_eq!(a.language.as_deref(), Some("zh"));
}

#[test]
fn kyodo_japanese_bracket_dateline_bom_and_breaking_marker() {
    let a = fixture("ja-kyodo-sokuho-bom.txt");
    assert_eq!(a.headline.as_deref(), Some("札幌市、路面電車を延伸へ"));
    assert_eq!(a.urgency, Some(2));
    assert_eq!(extension(&a, "text:priority"), Some("【速報】"));
    assert_eq!(dateline_text(&a), Some("【札幌共同】"));
    assert_eq!(city(&a), Some("札幌"));
    assert_eq!(agencies(&a), owned(&[("共同", None)]));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("札幌市は4日"));
    assert!(
        paras[1].starts_with("市によると"),
        "the ideographic indent is dropped"
    );
    assert_eq!(a.language.as_deref(), Some("ja"));
}

#[test]
fn yonhap_korean_dateline_reporter_and_version() {
    let a = fixture("ko-yonhap-reporter.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("부산시, 해상 케이블카 2호선 착공")
    );
    assert_eq!(a.version, Some(2));
    assert_eq!(extension(&a, "text:version"), Some("(종합2보)"));
    assert_eq!(dateline_text(&a), Some("(부산=연합뉴스)"));
    assert_eq!(city(&a), Some("부산"));
    assert_eq!(agencies(&a), owned(&[("연합뉴스", None)]));
    assert_eq!(a.byline.as_deref(), Some("김민수"));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 3);
    assert!(paras[0].starts_with("부산시는 4일"));
    assert_eq!(
        trailer(&a),
        [
            "minsu@yna.co.kr",
            "(끝)",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
        ]
    );
    assert!(a.rights.notice.is_some());
    assert_eq!(a.language.as_deref(), Some("ko"));
}

// Latin script: markers, versions, bylines and credits in more languages.

#[test]
fn pap_in_iso_8859_2_with_a_polish_date_and_author() {
    let a = fixture("pl-pap-iso8859-2.txt");
    assert!(warned(&a, "iso-8859-2"), "{:?}", a.warnings);
    assert_eq!(
        a.headline.as_deref(),
        Some("Gdańsk buduje nową linię tramwajową na Południe")
    );
    assert_eq!(a.byline.as_deref(), Some("Katarzyna Wiśniewska"));
    assert_eq!(dateline_text(&a), Some("Gdańsk, 4 marca (PAP) -"));
    assert_eq!(date(&a), Some((None, Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("PAP", None)]));
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(a.language.as_deref(), Some("pl"));
}

#[test]
fn reuters_corrected_update_with_a_correction_note() {
    let a = fixture("en-reuters-corrected-wrapped.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Baltic ferry operator Nordlink raises dividend")
    );
    assert_eq!(a.version, Some(3), "UPDATE 2 is the third version");
    assert_eq!(extension(&a, "text:version"), Some("UPDATE 2"));
    assert_eq!(
        a.extensions.get("text:signals"),
        Some(&serde_json::json!(["correction"]))
    );
    assert!(
        a.editorial_notes
            .contains(&"(Corrects name of chief financial officer in paragraph 3)".into())
    );
    assert_eq!(a.byline.as_deref(), Some("Henrik Solberg"));
    assert_eq!(dateline_text(&a), Some("TALLINN, March 4 (Reuters) -"));
    let paras = paragraphs(&a);
    assert_eq!(paras.len(), 4);
    assert!(paras[0].ends_with("above market expectations."));
    assert_eq!(
        a.credit.as_deref(),
        Some("Reporting by Henrik Solberg; Editing by Anna Kovacs and Peter Lindgren")
    );
}

#[test]
fn ap_writethru_embargo_slug_and_editors_note() {
    let a = fixture("en-ap-writethru-embargo.txt");
    assert_eq!(a.slugline.as_deref(), Some("BC-US--Vermont-Broadband"));
    assert_eq!(extension(&a, "text:version"), Some("1st Ld-Writethru"));
    assert_eq!(a.version, Some(2));
    assert_eq!(
        a.embargo.map(|t| t.to_rfc3339()).as_deref(),
        Some("2025-03-05T06:00:00-04:00")
    );
    assert_eq!(
        a.editorial_notes,
        ["Eds: UPDATES with comment from governor in paragraph 4."]
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Vermont to bring fast internet to every rural town by 2027")
    );
    assert_eq!(authors(&a), ["MARTHA COLLINS", "DEREK HOLT"]);
    assert_eq!(dateline_text(&a), Some("MONTPELIER, Vt. (AP) —"));
    assert_eq!(paragraphs(&a).len(), 4);
    assert_eq!(
        a.credit.as_deref(),
        Some("Associated Press writer Paula Reyes in Burlington contributed to this report.")
    );
}

#[test]
fn yonhap_english_second_lead_attention_note_and_end_marker() {
    let a = fixture("en-yonhap-2nd-ld.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Seoul to open first driverless bus line in April")
    );
    assert_eq!(a.version, Some(3));
    assert_eq!(extension(&a, "text:version"), Some("(2nd LD)"));
    assert_eq!(
        a.editorial_notes,
        ["(ATTN: UPDATES with ministry comments in paras 4-5)"]
    );
    assert_eq!(a.byline.as_deref(), Some("Park Ji-won"));
    assert_eq!(dateline_text(&a), Some("SEOUL, March 4 (Yonhap) --"));
    assert_eq!(paragraphs(&a).len(), 4);
    assert_eq!(trailer(&a), ["jwpark@yna.co.kr", "(END)"]);
}

#[test]
fn dpa_bulletin_with_a_sperrfrist_and_a_take_marker() {
    let a = fixture("de-dpa-eil-sperrfrist.txt");
    assert_eq!(a.urgency, Some(2));
    assert_eq!(
        a.embargo.map(|t| t.to_rfc3339()).as_deref(),
        Some("2025-03-05T10:00:00+01:00")
    );
    assert!(a.editorial_notes.is_empty());
    assert_eq!(
        extension(&a, "text:embargo"),
        Some("SPERRFRIST: 5. März 2025, 10.00 Uhr MEZ")
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Leipzig erhält neuen S-Bahn-Tunnel")
    );
    assert_eq!(agencies(&a), owned(&[("dpa", Some("sn"))]));
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(extension(&a, "text:take"), Some("(Fortsetzung folgt)"));
    assert_eq!(a.credit.as_deref(), Some("dpa kl/ms yyzz bs"));
}

#[test]
fn efe_urgente_with_a_continuation_marker() {
    let a = fixture("es-efe-urgente-sigue.txt");
    assert_eq!(a.urgency, Some(2));
    assert_eq!(extension(&a, "text:priority"), Some("URGENTE"));
    assert_eq!(dateline_text(&a), Some("Valencia, 4 mar (EFE).-"));
    assert_eq!(paragraphs(&a).len(), 2);
    assert_eq!(extension(&a, "text:take"), Some("(sigue)"));
    assert_eq!(trailer(&a), ["(sigue)", "lfr/jlp"]);
}

#[test]
fn ansa_urgent_plus_headline_and_segue() {
    let a = fixture("it-ansa-urgente-segue.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Trasporti: a Torino via libera alla linea 2 della metro")
    );
    assert_eq!(a.urgency, Some(2));
    assert_eq!(dateline_text(&a), Some("(ANSA) - TORINO, 4 MAR -"));
    assert_eq!(paragraphs(&a).len(), 2);
    assert_eq!(trailer(&a), ["(SEGUE).", "TO-RED/ S0A QBXB"]);
    assert_eq!(extension(&a, "text:take"), Some("(SEGUE)."));
}

#[test]
fn afp_flash_is_urgency_one() {
    let a = fixture("fr-afp-flash.txt");
    assert_eq!(a.urgency, Some(1));
    assert_eq!(extension(&a, "text:priority"), Some("FLASH"));
    assert_eq!(date(&a), Some((Some(2025), Some(3), Some(4))));
    assert_eq!(paragraphs(&a).len(), 1);
    assert_eq!(trailer(&a), ["lc/abc/ppy"]);
    assert_eq!(a.language.as_deref(), Some("fr"));
}

#[test]
fn lusa_portuguese_byline_and_dated_dateline() {
    let a = fixture("pt-lusa-por.txt");
    assert_eq!(a.byline.as_deref(), Some("Ana Ribeiro"));
    assert_eq!(dateline_text(&a), Some("Porto, 04 mar 2025 (Lusa) -"));
    assert_eq!(date(&a), Some((Some(2025), Some(3), Some(4))));
    assert_eq!(agencies(&a), owned(&[("Lusa", None)]));
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(a.language.as_deref(), Some("pt"));
}

#[test]
fn tt_swedish_trailing_byline() {
    let a = fixture("sv-tt-trailing-byline.txt");
    assert_eq!(dateline_text(&a), Some("Malmö (TT)"));
    assert_eq!(a.byline.as_deref(), Some("Erik Johansson/TT"));
    assert_eq!(authors(&a), ["Erik Johansson"]);
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(a.language.as_deref(), Some("sv"));
}

#[test]
fn ntb_norwegian_av_byline_without_a_dateline() {
    let a = fixture("nb-ntb-av-byline.txt");
    assert_eq!(a.byline.as_deref(), Some("Kari Nordmann"));
    assert_eq!(a.dateline, None);
    assert_eq!(paragraphs(&a).len(), 3);
    assert_eq!(a.credit.as_deref(), Some("NTB"));
    assert_eq!(a.language.as_deref(), Some("nb"));
}

#[test]
fn anp_dutch_door_byline_and_take_number() {
    let a = fixture("nl-anp-take-door.txt");
    assert_eq!(
        a.headline.as_deref(),
        Some("Rotterdam legt nieuwe fietsbrug over de Maas aan")
    );
    assert_eq!(a.version, Some(2));
    assert_eq!(a.byline.as_deref(), Some("Jan de Vries"));
    assert_eq!(dateline_text(&a), Some("ROTTERDAM (ANP) -"));
    assert_eq!(paragraphs(&a).len(), 2);
    assert!(a.rights.notice.is_some());
    assert_eq!(a.language.as_deref(), Some("nl"));
}

#[test]
fn ritzau_flash_marker() {
    let a = fixture("da-ritzau-nu-flash.txt");
    assert_eq!(a.urgency, Some(1));
    assert_eq!(header(&a), ["NU/FLASH-U"]);
    assert_eq!(dateline_text(&a), Some("Odense /ritzau/:"));
    assert_eq!(a.credit.as_deref(), Some("ritzau"));
    assert_eq!(paragraphs(&a).len(), 2);
    assert_eq!(a.language.as_deref(), Some("da"));
}

#[test]
fn fixtures_cover_ten_languages_and_four_scripts() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/text");
    let mut languages = std::collections::BTreeSet::new();
    let mut scripts = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".txt") {
            continue;
        }
        let a = fixture(&name);
        languages.insert(a.language.clone().unwrap_or_default());
        let text = a.body_text();
        for (script, range) in [
            ("Latin", 'a'..='z'),
            ("Cyrillic", 'а'..='я'),
            ("Greek", 'α'..='ω'),
            ("Arabic", 'ء'..='ي'),
            ("Han", '一'..='鿿'),
            ("Hangul", '가'..='힣'),
        ] {
            if text.chars().any(|c| range.contains(&c)) {
                scripts.insert(script);
            }
        }
    }
    assert!(languages.len() >= 10, "{languages:?}");
    assert!(scripts.len() >= 4, "{scripts:?}");
}

#[test]
fn the_caller_can_set_the_language() {
    let mut options = ReadOptions::default();
    options.language = Some("pt-BR".to_string());
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/text/pt-lusa-por.txt"),
    )
    .unwrap();
    let a = text::read_with(&bytes, &options).unwrap().remove(0);
    assert_eq!(a.language.as_deref(), Some("pt-BR"));
    let detected = text::read(&bytes).unwrap().remove(0);
    assert_eq!(detected.language.as_deref(), Some("pt"));
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
        kept.extend(a.editorial_notes.iter().map(|n| n.text.clone()));
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

        /// Lines built from fragments of every convention and script (datelines, separators,
        /// markers, bylines, credits, CJK, right-to-left text, direction marks, odd digits and
        /// line ends) never panic, give one article, and keep the dateline out of the body.
        #[test]
        fn multilingual_wire_lines_never_panic(lines in proptest::collection::vec(
            proptest::collection::vec(fragment(), 0..8),
            0..14,
        ), ends in prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n")]) {
            let text: String = lines
                .iter()
                .map(|parts| parts.concat())
                .collect::<Vec<_>>()
                .join(ends);
            let result = read(text.as_bytes(), Format::Text);
            let blank = text
                .chars()
                .all(|c| c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200e}' | '\u{200f}' | '\u{61c}'));
            match result {
                Ok(articles) => {
                    prop_assert_eq!(articles.len(), 1);
                    let a = &articles[0];
                    for block in &a.body {
                        prop_assert!(!block.plain_text().trim().is_empty());
                    }
                }
                Err(_) => prop_assert!(blank, "{text:?}"),
            }
        }

        /// Legacy single-byte copy (random high bytes among ASCII words) decodes with a
        /// named guess and never panics.
        #[test]
        fn legacy_bytes_never_panic(bytes in proptest::collection::vec(
            prop_oneof![Just(b' '), Just(b'\n'), 0x41u8..0x5b, 0x61u8..0x7b, 0x80u8..=0xff],
            1..2000,
        )) {
            match read(&bytes, Format::Text) {
                Ok(articles) => {
                    prop_assert_eq!(articles.len(), 1);
                    if std::str::from_utf8(&bytes).is_err() {
                        prop_assert!(!articles[0].warnings.is_empty());
                    }
                }
                // Only copy without a letter may be refused (as blank: high bytes can decode
                // to spaces).
                Err(e) => prop_assert!(!bytes.iter().any(u8::is_ascii_alphabetic), "{}", e),
            }
        }
    }

    /// One piece of wire copy from any convention or script.
    fn fragment() -> impl Strategy<Value = String> {
        let pieces: Vec<&'static str> = vec![
            "МОСКВА, 29 ноября. /ТАСС/. ",
            "НОВОСИБИРСК, 4 мар — РИА Новости. ",
            "ΑΘΗΝΑ, 4 Μαρτίου (ΑΠΕ-ΜΠΕ) - ",
            "الدوحة في 4 مارس /قنا/ ",
            "عمان ٤ آذار (بترا) - ",
            "新华社北京11月29日电（记者张三）",
            "（中央社記者王小明台北29日電）",
            "【北京共同】",
            "【パリＡＦＰ＝時事】",
            "(서울=연합뉴스) 홍길동 기자 = ",
            "[속보]",
            "【速報】",
            "(종합2보)",
            "(ANSA) - ROMA, 29 NOV - ",
            "Madrid, 29 nov (EFE).- ",
            "Aarhus /ritzau/: ",
            "SEOUL, Nov. 24 (Yonhap) -- ",
            "TRIPOLI (LIBIA) (ITALPRESS/MNA) – ",
            "Genève (ats) ",
            "URGENT",
            "FLASH",
            "СРОЧНО",
            "عاجل",
            "++ ",
            " ++",
            "UPDATE 1-",
            "CORRECTED-",
            "(2nd LD) ",
            "1st Ld-Writethru",
            "EMBARGOED UNTIL 00:01 GMT, 30 NOVEMBER 2024",
            "SPERRFRIST 5. März 2025, 10.00 Uhr",
            "By Jane Doe",
            "Από τον Γιώργο",
            "بقلم: ",
            "Автор: ",
            "记者 张三",
            "홍길동 기자",
            "(ANSA).",
            "==Kyodo",
            "(©NTB)",
            "/ritzau/",
            "(sda/lol)",
            "daa/mt",
            "© 2024 AFP",
            "MORE",
            "(SEGUE)",
            "（完）",
            "(끝)",
            "ـ (انتهى) ـ",
            "(c)",
            "—",
            "–",
            "--",
            "_",
            "=",
            ".-",
            ":",
            ".",
            "(",
            ")",
            "（",
            "）",
            "/",
            "【",
            "】",
            "[",
            "]",
            "\u{200f}",
            "\u{200e}",
            "\u{feff}",
            "\u{3000}",
            "\t",
            "   ",
            "٢٩",
            "２９",
            "11月",
            "29日",
            "电",
            "ЁЖ",
            "ς",
            "İı",
            "\u{301}",
            "Ǆ",
            "𝔘",
            "\u{85}",
            "\u{2028}",
            " ",
        ];
        prop_oneof![
            proptest::sample::select(pieces).prop_map(str::to_string),
            "[A-Za-zÀ-ÿА-яΑ-ω一-龥가-힣ء-ي0-9 ,.;]{0,20}",
        ]
    }

    #[test]
    fn large_input_reads_in_linear_time() {
        let paragraph =
            "Berlin (dpa) - Ein Satz, der sich wiederholt, damit die Eingabe groß wird.\n\n";
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

#[test]
fn a_dateline_or_place_line_with_nothing_below_is_no_lead() {
    // An own-line dateline as the last paragraph starts no body: the body is what came before.
    let a = read_text("Ferry fares rise\n\nFares go up in May.\n\nBrussels, 29 November 2017\n");
    assert_eq!(a.headline.as_deref(), Some("Ferry fares rise"));
    assert_eq!(paragraphs(&a), ["Fares go up in May."]);
    assert_eq!(a.dateline, None);
    // A byline with a place below it, and nothing more: the place is the body.
    let b = read_text("Ferry fares rise\n\nBy Ann Lee\n\nSYDNEY\n");
    assert_eq!(b.byline.as_deref(), Some("Ann Lee"));
    assert_eq!(paragraphs(&b), ["SYDNEY"]);
    assert_eq!(b.dateline, None);
}

#[test]
fn the_header_without_a_dateline_leaves_a_body_and_ends_within_eight_paragraphs() {
    // Two short lines: the headline and a body, however much the second looks like a heading.
    let a = read_text("Ferry fares rise\n\nFares go up in May\n");
    assert_eq!(a.headline.as_deref(), Some("Ferry fares rise"));
    assert_eq!(paragraphs(&a), ["Fares go up in May"]);
    // The header is looked for in the first eight paragraphs only: below eight marker lines,
    // a headline-like line is body text.
    let markers = ["URGENT"; 8].join("\n\n");
    let b = read_text(&format!(
        "{markers}\n\nFerry fares rise\n\nFares go up in May, the operator said on Tuesday.\n"
    ));
    assert_eq!(b.headline, None);
    assert_eq!(
        paragraphs(&b),
        [
            "Ferry fares rise",
            "Fares go up in May, the operator said on Tuesday."
        ]
    );
}

#[test]
fn a_paragraph_of_more_than_forty_words_is_body_text_with_no_dateline_below_it() {
    let forty = ["word"; 40].join(" ");
    // Forty words are still a header line: a dateline two paragraphs below starts the story.
    let a = read_text(&format!(
        "Ferry fares rise\n\n{forty}\n\nFares go up.\n\nROME (AP) — Fares go up in May.\n"
    ));
    assert_eq!(city(&a), Some("ROME"));
    assert_eq!(paragraphs(&a), ["Fares go up in May."]);
    // One more word and the story has begun: what looks like a dateline below is body text.
    let b = read_text(&format!(
        "Ferry fares rise\n\n{forty} more\n\nFares go up.\n\nROME (AP) — Fares go up in May.\n"
    ));
    assert_eq!(b.dateline, None);
    assert_eq!(
        paragraphs(&b),
        [
            format!("{forty} more"),
            "Fares go up.".into(),
            "ROME (AP) — Fares go up in May.".into()
        ]
    );
    // Unless the dateline is right below it (#19): then it is a teaser, the standfirst.
    let c = read_text(&format!(
        "Ferry fares rise\n\n{forty} more\n\nROME (AP) — Fares go up in May.\n"
    ));
    assert_eq!(city(&c), Some("ROME"));
    assert_eq!(c.subheadline, Some(format!("{forty} more")));
    assert_eq!(paragraphs(&c), ["Fares go up in May."]);
}

#[test]
fn a_title_line_needs_a_headline_and_a_body_below_it() {
    // A one-sentence title above a headline-like line and nothing more is the story itself.
    let a = read_text("The ferry fares rise.\n\nFares go up in May\n");
    assert_eq!(a.title, None);
    assert_eq!(a.headline, None);
    assert_eq!(
        paragraphs(&a),
        ["The ferry fares rise.", "Fares go up in May"]
    );
}

#[test]
fn the_first_and_last_body_paragraphs_are_never_subheadings() {
    let a = read_text(
        "ROME (AP) — Fares Go Up\n\nThe operator said on Tuesday.\n\nFurther Rises Ahead\n",
    );
    assert_eq!(headings(&a), Vec::<String>::new());
    assert_eq!(
        paragraphs(&a),
        [
            "Fares Go Up",
            "The operator said on Tuesday.",
            "Further Rises Ahead"
        ]
    );
}

#[test]
fn the_text_after_a_glued_dateline_starts_at_its_first_word() {
    for (input, lead) in [
        (
            "新华社北京12月3日电   中国今天发布了新的数据。\n\n第二段。\n",
            "中国今天发布了新的数据。",
        ),
        (
            "新华社北京12月3日电（记者张三）   中国今天发布了新的数据。\n\n第二段。\n",
            "中国今天发布了新的数据。",
        ),
        (
            "(서울=연합뉴스) 홍길동 기자 =   오늘 발표했다.\n\n둘째.\n",
            "오늘 발표했다.",
        ),
        ("【東京共同】   本文です。\n\n第二段。\n", "本文です。"),
        (
            "ROME, Dec. 3 (AP) --   Fares go up.\n\nThe operator said so.\n",
            "Fares go up.",
        ),
    ] {
        let a = read_text(input);
        assert_eq!(
            paragraphs(&a).first().map(String::as_str),
            Some(lead),
            "{input}"
        );
    }
}

#[test]
fn a_dpa_keyword_path_gives_its_keywords() {
    let a = read_text(
        "/politics/Britain/EU/\n\nFerry fares rise\n\nFares go up in May, the operator said.\n",
    );
    assert_eq!(a.keywords, ["politics", "Britain", "EU"]);
    assert_eq!(header(&a), ["/politics/Britain/EU/"]);
    assert_eq!(a.headline.as_deref(), Some("Ferry fares rise"));
}

#[test]
fn a_header_without_a_dateline_holds_at_most_three_headline_lines() {
    let a = read_text(
        "Ferry fares rise\n\nFares Go Up In May\n\nOperator Blames Fuel\n\nCommuters Are Angry\n\nThe operator said on Tuesday that fares rise.\n",
    );
    assert_eq!(a.headline.as_deref(), Some("Ferry fares rise"));
    assert_eq!(
        paragraphs(&a),
        [
            "Commuters Are Angry",
            "The operator said on Tuesday that fares rise."
        ]
    );
}

/// A line of a credit word and a name above the headline (`Source: ...`, a press release
/// service's header; RNZ prints it below the headline) says who issued the story: it is a
/// header line, never the title or the headline, and the headline below it is the headline.
#[test]
fn a_source_line_above_the_headline_is_a_header_line() {
    let release = read_text(
        "Source: Northwind Analytics, Inc.\n\
         MEDIA RELEASE PR70112\n\
         Northwind Analytics Opens Research Centre in Auckland\n\
         \n\
         AUCKLAND, New Zealand, March 3, 2026 /PRNewswire-AsiaNet/ --\n\
         \n\
         Northwind Analytics, Inc. today opened a research centre in Auckland.\n\
         \n\
         The centre will employ forty engineers by the end of the year.\n",
    );
    assert_eq!(release.title, None);
    assert_eq!(
        release.headline.as_deref(),
        Some("Northwind Analytics Opens Research Centre in Auckland")
    );
    assert_eq!(release.subheadline, None);
    assert_eq!(release.slugline.as_deref(), Some("MEDIA RELEASE PR70112"));
    assert_eq!(
        header(&release),
        ["Source: Northwind Analytics, Inc.", "MEDIA RELEASE PR70112"]
    );
    assert_eq!(release.credit, None);
    let below = read_text(
        "Harbour ferry timetable changes from Monday\n\
         \n\
         Quelle: Stadtwerke Kiel\n\
         \n\
         Die Fähren fahren ab Montag im Halbstundentakt.\n\
         \n\
         Die Stadtwerke rechnen mit mehr Fahrgästen.\n",
    );
    assert_eq!(
        below.headline.as_deref(),
        Some("Harbour ferry timetable changes from Monday")
    );
    assert_eq!(header(&below), ["Quelle: Stadtwerke Kiel"]);
    assert_eq!(
        paragraphs(&below).first().map(String::as_str),
        Some("Die Fähren fahren ab Montag im Halbstundentakt.")
    );
}
