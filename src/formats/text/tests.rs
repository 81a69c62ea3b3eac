//! The reader on small inline stories (invented); the house-style fixtures are checked in
//! `tests/text_reader.rs`.

use super::*;

fn one(text: &str) -> Article {
    let mut articles = read(text.as_bytes()).unwrap();
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

fn texts(a: &Article) -> Vec<String> {
    a.body.iter().map(Block::plain_text).collect()
}

fn extension(a: &Article, key: &str) -> Vec<String> {
    a.extensions
        .get(key)
        .and_then(|v| v.as_array())
        .map(|v| {
            v.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn empty_input_is_invalid() {
    for input in ["", "  \n\t\r\n ", "\u{feff}"] {
        assert!(
            matches!(
                read(input.as_bytes()),
                Err(Error::Invalid {
                    format: Format::Text,
                    ..
                })
            ),
            "{input:?}"
        );
    }
}

#[test]
fn headline_and_paragraphs_without_a_dateline() {
    let a = one("Headline\n\nFirst paragraph.\n");
    assert_eq!(a.headline.as_deref(), Some("Headline"));
    assert_eq!(texts(&a), ["First paragraph."]);
    assert_eq!(a.dateline, None);

    let a = one(
        "Ferry traffic doubles in autumn\r\nThe operator carried more passengers than ever.\r\nIt expects a strong winter.\r\n\r\n(©NTB)\r\n",
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Ferry traffic doubles in autumn")
    );
    assert_eq!(a.body.len(), 2);
    assert_eq!(a.credit.as_deref(), Some("NTB"));
}

#[test]
fn a_single_line_is_a_headline() {
    let a = one("Parliament dissolved");
    assert_eq!(a.headline.as_deref(), Some("Parliament dissolved"));
    assert!(a.body.is_empty());
    assert_eq!(a.language, None, "too short to tell");
}

#[test]
fn title_only_in_the_italpress_shape_else_standfirst() {
    let a = one(
        "Nuovo ponte a Pisa.\nPisa inaugura il ponte sull'Arno\nPISA (ITALPRESS) – Il ponte è stato aperto oggi al traffico dopo due anni di lavori.\n",
    );
    assert_eq!(a.title.as_deref(), Some("Nuovo ponte a Pisa."));
    assert_eq!(
        a.headline.as_deref(),
        Some("Pisa inaugura il ponte sull'Arno")
    );
    assert_eq!(a.subheadline, None);

    let a = one(
        "Pisa inaugura il ponte sull'Arno\nDue anni di lavori e 20 milioni di spesa\nPISA (ITALPRESS) – Il ponte è stato aperto oggi al traffico.\n",
    );
    assert_eq!(a.title, None);
    assert_eq!(
        a.headline.as_deref(),
        Some("Pisa inaugura il ponte sull'Arno")
    );
    assert_eq!(
        a.subheadline.as_deref(),
        Some("Due anni di lavori e 20 milioni di spesa")
    );
}

#[test]
fn dateline_on_its_own_paragraph() {
    let a = one(
        "La Junta aprueba el plan de regadío\n\nGRANADA, 3 Mar. (EUROPA PRESS) -\n\nEl Consejo de Gobierno ha aprobado hoy un plan para modernizar los regadíos.\n",
    );
    let d = a.dateline.clone().unwrap();
    assert_eq!(d.text, "GRANADA, 3 Mar. (EUROPA PRESS) -");
    assert_eq!(d.city.as_deref(), Some("GRANADA"));
    assert_eq!(
        a.headline.as_deref(),
        Some("La Junta aprueba el plan de regadío")
    );
    assert_eq!(
        texts(&a),
        ["El Consejo de Gobierno ha aprobado hoy un plan para modernizar los regadíos."]
    );
}

#[test]
fn a_date_line_above_the_headline() {
    let a = one(
        "Agency Bulletin - Daily Notes\n\nLisbon, 4 March 2025\n\nFisheries: new quotas agreed for the Atlantic\n\nMinisters agreed new fishing quotas for the Atlantic on Tuesday after two days of talks.\n",
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Fisheries: new quotas agreed for the Atlantic")
    );
    let d = a.dateline.clone().unwrap();
    assert_eq!(d.city.as_deref(), Some("Lisbon"));
    assert_eq!(d.date.and_then(|p| p.year), Some(2025));
    assert_eq!(
        extension(&a, "text:header"),
        ["Agency Bulletin - Daily Notes"]
    );
    assert_eq!(a.body.len(), 1);
}

#[test]
fn place_line_below_a_byline() {
    let a = one(
        "Perth heatwave breaks record\n\nBy Tom Reilly\nPerth\nTemperatures reached 45 degrees on Sunday, the weather bureau said.\n",
    );
    assert_eq!(a.byline.as_deref(), Some("Tom Reilly"));
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Perth")
    );
    assert_eq!(
        texts(&a),
        ["Temperatures reached 45 degrees on Sunday, the weather bureau said."]
    );
}

#[test]
fn press_release_boilerplate_and_embargo() {
    let a = one(
        "EMBARGOED UNTIL 09:00 GMT, 5 MARCH 2025\n\nHarbourlight opens solar plant\n\nDUBLIN, March 4, 2025 /PRNewswire/ -- Harbourlight today opened a 50 MW solar plant.\n\nThe plant will supply 12,000 homes.\n\nAbout Harbourlight\n\nHarbourlight is an invented company used in tests.\n\n###\n\nMedia contact: press@harbourlight.example\n",
    );
    assert!(
        a.editorial_notes.is_empty(),
        "a readable embargo is no note"
    );
    assert_eq!(
        a.embargo.map(|t| t.to_rfc3339()).as_deref(),
        Some("2025-03-05T09:00:00Z")
    );
    assert_eq!(
        a.extensions.get("text:embargo"),
        Some(&serde_json::json!(
            "EMBARGOED UNTIL 09:00 GMT, 5 MARCH 2025"
        ))
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Harbourlight opens solar plant")
    );
    assert_eq!(
        texts(&a),
        [
            "Harbourlight today opened a 50 MW solar plant.",
            "The plant will supply 12,000 homes."
        ]
    );
    assert_eq!(
        extension(&a, "text:trailer"),
        [
            "About Harbourlight",
            "Harbourlight is an invented company used in tests.",
            "###",
            "Media contact: press@harbourlight.example"
        ]
    );
}

#[test]
fn closing_byline_and_report_credit() {
    let a = one(
        "HALIFAX — Port traffic rose eight per cent last year, the port authority said Monday.\n\nContainer volumes hit a record.\n\nThis report by The Canadian Press was first published March 4, 2025.\n\nLéa Fontaine, The Canadian Press\n",
    );
    assert_eq!(
        a.credit.as_deref(),
        Some("This report by The Canadian Press was first published March 4, 2025.")
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Léa Fontaine, The Canadian Press")
    );
    assert_eq!(
        a.authors.first().map(|p| p.name.as_str()),
        Some("Léa Fontaine")
    );
    assert_eq!(a.body.len(), 2);
}

#[test]
fn credit_glued_to_the_last_paragraph() {
    let a = one(
        "Zug fährt wieder\n\nChur (sda) Die Strecke ist wieder offen.\n\nDie Bahn rechnet mit Verspätungen bis am Abend.  (sda)\n",
    );
    assert_eq!(a.credit.as_deref(), Some("sda"));
    assert_eq!(
        texts(&a).last().map(String::as_str),
        Some("Die Bahn rechnet mit Verspätungen bis am Abend.")
    );
}

#[test]
fn an_alert_has_no_headline() {
    let a = one("FLASH\nBC-EU--Alert\n\nBRUSSELS (AP) _ EU leaders agree on a new budget.\n");
    assert_eq!(a.headline, None);
    assert_eq!(extension(&a, "text:header"), ["FLASH", "BC-EU--Alert"]);
    assert_eq!(texts(&a), ["EU leaders agree on a new budget."]);
}

#[test]
fn latin1_input_is_read_with_a_warning() {
    let a = read(b"Gen\xe8ve vote\n\nGen\xe8ve (ats) Le canton a vot\xe9.\n")
        .unwrap()
        .remove(0);
    assert_eq!(a.headline.as_deref(), Some("Genève vote"));
    assert_eq!(texts(&a), ["Le canton a voté."]);
    assert_eq!(a.warnings.len(), 1);
    assert_eq!(a.warnings[0].field.as_deref(), Some("input"));
}

#[test]
fn each_character_normalise_changes_is_found_alone_and_its_neighbours_are_not() {
    // One character that needs normalising in plain text, at the start, middle and end.
    for c in [
        '\r', '\u{7}', '\u{7f}', '\u{85}', '\u{9b}', '\u{61c}', '\u{200e}', '\u{200f}', '\u{2028}',
        '\u{2029}', '\u{feff}',
    ] {
        for input in [format!("{c}ab"), format!("a{c}b"), format!("ab{c}")] {
            assert!(needs_normalising(input.as_bytes()), "{input:?}");
            assert_ne!(normalise(&input), input, "{input:?}");
        }
    }
    // Characters that share a lead byte with those, and line feeds and tabs: left alone.
    for c in [
        '\n', '\t', '\u{a0}', '\u{bf}', '\u{61b}', '\u{620}', '\u{2010}', '\u{2027}', '\u{202a}',
        '\u{2030}', '\u{fefe}', '\u{ff0c}', '\u{e9}',
    ] {
        for input in [format!("{c}ab"), format!("a{c}b"), format!("ab{c}")] {
            assert!(!needs_normalising(input.as_bytes()), "{input:?}");
            assert_eq!(normalise(&input), input, "{input:?}");
        }
    }
}

#[test]
fn a_character_normalise_changes_is_found_at_every_offset_in_long_plain_text() {
    // The scan passes over plain blocks whole: a character at any offset, one straddling two
    // blocks included, is found, and its look-alikes at any offset are not.
    let changed = [
        '\r', '\u{7f}', '\u{85}', '\u{61c}', '\u{200e}', '\u{2029}', '\u{feff}',
    ];
    let kept = [
        '\n', '\t', '\u{a0}', '\u{61b}', '\u{2027}', '\u{fefe}', '\u{e9}',
    ];
    for at in 0..70 {
        let text = |c: char| format!("{}{c}{}", "a".repeat(at), " b\n".repeat(20));
        for c in changed {
            assert!(needs_normalising(text(c).as_bytes()), "{c:?} at {at}");
        }
        for c in kept {
            assert!(!needs_normalising(text(c).as_bytes()), "{c:?} at {at}");
        }
    }
}

#[test]
fn normalise_handles_every_line_end_and_invisible_mark() {
    for (input, want) in [
        ("a\r\nb\rc\u{85}d\u{2028}e\u{2029}f", "a\nb\nc\nd\ne\nf"),
        ("\u{feff}x\u{200f}y\u{200e}z\u{61c}!", "xyz!"),
        ("tab\tkept\u{7}\u{1b}\u{9b}", "tab\tkept"),
        ("plain – “quoted” text…", "plain – “quoted” text…"),
    ] {
        assert_eq!(normalise(input), want, "{input:?}");
        assert_eq!(
            needs_normalising(input.as_bytes()),
            input != want,
            "{input:?}"
        );
    }
}

#[test]
fn a_notebook_section_is_trailer() {
    let a = one(
        "Court rules on rail strike\n\nBerlin (dpa) - The court ruled on Tuesday.\n\nUnions said they would appeal.\n\n# Notebook\n\n## RoledText to editors\n\n- Adds union reaction\n\n* * * *\n",
    );
    assert_eq!(
        texts(&a),
        [
            "The court ruled on Tuesday.",
            "Unions said they would appeal."
        ]
    );
    assert_eq!(
        extension(&a, "text:trailer"),
        [
            "# Notebook",
            "## RoledText to editors",
            "- Adds union reaction",
            "* * * *"
        ]
    );
}

#[test]
fn a_headline_in_a_script_without_case_is_no_slug() {
    // Above a standfirst, an Arabic or Chinese headline was taken for a slug in capitals.
    for (headline, standfirst, lead) in [
        (
            "وافقت الحكومة على خطة للمدارس",
            "وقال المسؤولون إن الأعمال ستستمر عدة أشهر بعد العاصفة",
            "وافقت الحكومة يوم الاثنين على خطة للمدارس بعد أن أغلقت العاصفة الطرق في شمال البلاد.",
        ),
        (
            "政府批准学校计划",
            "据当局表示工程将持续几个月居民正在等待援助",
            "政府周一批准了一项学校计划。暴风雨关闭北部地区的道路之后工程将持续几个月。",
        ),
    ] {
        let a = one(&format!("{headline}\n\n{standfirst}\n\n{lead}\n"));
        assert_eq!(a.headline.as_deref(), Some(headline));
        assert_eq!(a.subheadline.as_deref(), Some(standfirst));
        assert_eq!(a.slugline, None);
        assert_eq!(texts(&a), [lead]);
    }
}

#[test]
fn a_chinese_title_above_the_headline_is_the_title() {
    // The writer prints a title as a sentence ending in `。`; the reader knew only `.`.
    let a = one(
        "政府批准学校计划。\n\n北部学校将重新开放\n\n政府周一批准了一项学校计划。工程将持续几个月。\n",
    );
    assert_eq!(a.title.as_deref(), Some("政府批准学校计划。"));
    assert_eq!(a.headline.as_deref(), Some("北部学校将重新开放"));
    assert_eq!(
        texts(&a),
        ["政府周一批准了一项学校计划。工程将持续几个月。"]
    );
}

/// Lines of `n` words.
fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}

#[test]
fn a_credit_is_found_above_lines_of_at_most_the_trailer_s_words_and_not_above_longer_ones() {
    let credit = "(Reporting by Anna Berg; Editing by Tom Hale)".to_string();
    // A line of exactly 25 words below the credit is still trailer.
    let mut body = vec![
        "Lead.".to_string(),
        "Text.".into(),
        credit.clone(),
        words(25),
    ];
    let tail = split_tail(&mut body);
    assert_eq!(tail.credit.as_deref(), Some(&credit[1..credit.len() - 1]));
    assert_eq!(body, ["Lead.", "Text."]);
    // A paragraph of 26 words below it is story: the credit-like line above stays too.
    let mut body = vec!["Lead.".to_string(), credit.clone(), words(26)];
    let tail = split_tail(&mut body);
    assert_eq!(tail.credit, None);
    assert_eq!(body.len(), 3);
}

#[test]
fn a_credit_above_a_long_trailer_line_is_taken_out_of_the_body() {
    // The copyright line is too long for the first scan; the second takes it and the credit.
    let copyright = format!("© 2024 Example Wire. {}", words(30));
    let mut body = vec![
        "Lead.".to_string(),
        "Text.".into(),
        "(Reporting by Anna Berg)".into(),
        copyright.clone(),
    ];
    let tail = split_tail(&mut body);
    assert_eq!(tail.credit.as_deref(), Some("Reporting by Anna Berg"));
    assert_eq!(body, ["Lead.", "Text."]);
    assert_eq!(tail.trailer, [copyright]);
}

#[test]
fn the_first_closing_byline_is_the_byline() {
    let mut body = vec![
        "Lead.".to_string(),
        "Text.".into(),
        "Anna Svensson/TT".into(),
        "Erik Lund/TT".into(),
    ];
    let tail = split_tail(&mut body);
    assert_eq!(
        tail.byline.as_deref(),
        Some("Anna Svensson/TT"),
        "{:?}",
        tail.trailer
    );
}

#[test]
fn a_reporter_credited_below_the_story_is_the_byline_and_the_footer_is_trailer() {
    // Antara's footer: a "read also" promo, the reporter's and the editor's lines, the
    // copyright and a notice on the use of the copy.
    let a = one(
        "Kota Hujan buka taman baru\n\nBogor (ANTARA) - Pemerintah Kota Hujan membuka taman kota baru seluas dua hektare pada Sabtu.\n\nTaman itu dilengkapi jalur lari dan tempat bermain anak.\n\nBaca juga: Kota Hujan tanam 5.000 pohon\n\nPewarta: Dewi Lestari\nEditor: Agus Salim\nCopyright © ANTARA 2025\n\nDilarang mengutip berita ini tanpa izin tertulis dari Kantor Berita ANTARA.\n",
    );
    assert_eq!(a.credit.as_deref(), Some("Pewarta: Dewi Lestari"));
    assert_eq!(a.byline.as_deref(), Some("Dewi Lestari"));
    assert_eq!(a.authors.len(), 1);
    assert_eq!(a.rights.notice.as_deref(), Some("Copyright © ANTARA 2025"));
    assert_eq!(
        texts(&a),
        [
            "Pemerintah Kota Hujan membuka taman kota baru seluas dua hektare pada Sabtu.",
            "Taman itu dilengkapi jalur lari dan tempat bermain anak."
        ]
    );
    assert_eq!(
        extension(&a, "text:trailer"),
        [
            "Baca juga: Kota Hujan tanam 5.000 pohon",
            "Editor: Agus Salim",
            "Copyright © ANTARA 2025",
            "Dilarang mengutip berita ini tanpa izin tertulis dari Kantor Berita ANTARA."
        ]
    );
}

#[test]
fn a_contact_section_of_short_lines_runs_to_the_end() {
    let story = "Stadtwerke Lindau bauen Solarpark\n\nLindau (OTS) - Die Stadtwerke bauen einen Solarpark mit zehn Megawatt.\n\nDer Park soll im Herbst ans Netz gehen.\n\nRückfragen & Kontakt:\n\nStadtwerke Lindau\nAnna Berger\nPressesprecherin\nTel.: +49 0000 000\n\nOTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER VERANTWORTUNG DES AUSSENDERS | SWL/OTS\n";
    let a = one(story);
    assert_eq!(texts(&a).len(), 2, "{:?}", texts(&a));
    let trailer = extension(&a, "text:trailer");
    assert_eq!(
        trailer.first().map(String::as_str),
        Some("Rückfragen & Kontakt:")
    );
    assert_eq!(trailer.len(), 6, "{trailer:?}");
    // A long paragraph below the heading keeps it in the body: it was story text.
    let long = story.replace(
        "Anna Berger\n",
        &format!("{}.\n\n", ["Die Anlage"; 14].join(" ")),
    );
    assert!(texts(&one(&long)).contains(&"Rückfragen & Kontakt:".to_string()));
}

#[test]
fn an_end_mark_and_a_reporter_glued_to_the_last_paragraph_leave_it() {
    let a = one(
        "Xe buýt mới\n\n(TTXVN) - Thành phố đưa 20 xe buýt mới vào khai thác.\n\nMỗi xe chở 60 khách mỗi ngày./.\n\nTrần Văn Nam (TTXVN)\n",
    );
    assert_eq!(
        texts(&a).last().map(String::as_str),
        Some("Mỗi xe chở 60 khách mỗi ngày.")
    );
    assert_eq!(a.credit.as_deref(), Some("Trần Văn Nam (TTXVN)"));
    assert_eq!(a.byline.as_deref(), Some("Trần Văn Nam"));
    assert_eq!(extension(&a, "text:trailer"), ["./."]);
    let a = one(
        "Нов парк\n\nВарна, 4 май /БТА/\nОбщината откри нов парк в центъра.\nПаркът има 300 дървета. / Иван Петров /\n/ ПМ /\n",
    );
    assert_eq!(
        texts(&a).last().map(String::as_str),
        Some("Паркът има 300 дървета.")
    );
    assert_eq!(a.credit.as_deref(), Some("/ Иван Петров /"));
    assert_eq!(a.byline.as_deref(), Some("Иван Петров"));
    assert_eq!(extension(&a, "text:trailer"), ["/ ПМ /"]);
}

#[test]
fn a_table_s_rows_are_paragraphs_not_headings() {
    let a = one(
        "Harvest grows\n\nROSARIO (Télam) - The harvest grew this year.\n\nProvince      Tonnes\nCórdoba       4.3\nSanta Fe      3.2\n\nExports should rise too.\n",
    );
    let kinds: Vec<bool> = a
        .body
        .iter()
        .map(|b| matches!(b, Block::Heading { .. }))
        .collect();
    assert_eq!(kinds, [false; 5], "{:?}", texts(&a));
}

#[test]
fn a_byline_without_a_by_word_over_two_lines_or_in_capitals() {
    let a = one(
        "Port to trial electric ferries\n\nHolly Brennan\n(Australian Associated Press)\n\nHobart\n   Electric ferries will cross the harbour from March under a trial.\n\n   The state will buy two vessels.\n",
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Holly Brennan, Australian Associated Press")
    );
    assert_eq!(a.authors.len(), 1);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("Hobart")
    );
    assert_eq!(a.subheadline, None);
    assert_eq!(texts(&a).len(), 2);
    let a = one(
        "Metrô terá nova estação em 2026\n\nRITA SOUZA\nSÃO PAULO, SP (FOLHAPRESS) - O governo anunciou nesta terça-feira (3) a nova estação.\n\nA obra custará R$ 1 bilhão.\n",
    );
    assert_eq!(a.byline.as_deref(), Some("RITA SOUZA"));
    assert_eq!(a.subheadline, None);
    assert_eq!(
        a.headline.as_deref(),
        Some("Metrô terá nova estação em 2026")
    );
}

#[test]
fn page_furniture_between_headline_and_story_is_no_standfirst() {
    let a = one(
        "Lagos opens water plants\n\n205 total views today\n\nBy Ada Obi\nao@nan.example\n\nThe plants were opened on Friday. (NAN photo by Musa Bello)\n\nJournalist ID: 3412\n\nThe Lagos State Government has opened three water plants that will serve 45,000 residents of the area.\n\nThe plants run on solar power.\n",
    );
    assert_eq!(a.headline.as_deref(), Some("Lagos opens water plants"));
    assert_eq!(a.subheadline, None);
    assert_eq!(a.byline.as_deref(), Some("Ada Obi"));
    assert_eq!(
        extension(&a, "text:header"),
        [
            "205 total views today",
            "ao@nan.example",
            "The plants were opened on Friday. (NAN photo by Musa Bello)",
            "Journalist ID: 3412"
        ]
    );
    assert_eq!(texts(&a).len(), 2);
}

#[test]
fn a_keyword_line_above_the_headline_gives_keywords() {
    let a = one(
        "България - култура - Варна\n\nВарна открива нов театър\n\nВарна, 4 май /БТА/\nОбщината откри нов театър в центъра.\nТеатърът има 600 места.\n",
    );
    assert_eq!(a.headline.as_deref(), Some("Варна открива нов театър"));
    assert_eq!(a.keywords, ["България", "култура", "Варна"]);
}

#[test]
fn a_by_line_with_the_agency_s_tag_is_no_dateline() {
    let a = one(
        "Kirche öffnet Turm\n\nVon Lena Vogt (epd)\n\nCelle (epd). Die Stadtkirche öffnet ihren Turm für Besucher.\n\nDer Eintritt ist frei. (epd Niedersachsen-Bremen/b1234/05.05.25)\n+++\n",
    );
    assert_eq!(a.byline.as_deref(), Some("Lena Vogt"));
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.city.as_deref(), Some("Celle"));
    assert_eq!(
        a.credit.as_deref(),
        Some("epd Niedersachsen-Bremen/b1234/05.05.25")
    );
    assert_eq!(
        texts(&a),
        [
            "Die Stadtkirche öffnet ihren Turm für Besucher.",
            "Der Eintritt ist frei."
        ]
    );
    assert_eq!(extension(&a, "text:trailer"), ["+++"]);
}

#[test]
fn a_standfirst_above_a_byline_with_its_role_and_a_labelled_note_below() {
    let a = one(
        "Bus fares frozen for a year\n\nThe freeze follows two years of rises, the council said.\n\nBy Ann Lee\nPA Local Government Correspondent\n\nBus fares in the county will not rise next year, the council has announced.\n\nThe freeze costs two million pounds.\n\nNOTE TO EDITORS: A list of routes is available on request.\n",
    );
    assert_eq!(
        a.subheadline.as_deref(),
        Some("The freeze follows two years of rises, the council said.")
    );
    assert_eq!(
        a.byline.as_deref(),
        Some("Ann Lee, PA Local Government Correspondent")
    );
    assert_eq!(texts(&a).len(), 2);
    assert_eq!(
        extension(&a, "text:trailer"),
        ["NOTE TO EDITORS: A list of routes is available on request."]
    );
}

#[test]
fn a_keyword_path_above_the_headline_is_no_dateline() {
    let a = one(
        "SPORT/VOETBAL/\nNieuw stadion in Gent\n\nGENT 03/12 (BELGA)\nDe stad bouwt een nieuw stadion.\n\nHet kost 80 miljoen euro.\n",
    );
    assert_eq!(a.headline.as_deref(), Some("Nieuw stadion in Gent"));
    assert_eq!(a.keywords, ["SPORT", "VOETBAL"]);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.city.as_deref()),
        Some("GENT")
    );
}

#[test]
fn a_credit_of_a_name_alone_names_no_reporter() {
    let a = one(
        "Prices rise\n\nOSLO (NTB) - Prices rose 3 percent in May.\n\nFood led the rise.\n\nSource: Statistics Norway\n",
    );
    assert_eq!(a.credit.as_deref(), Some("Statistics Norway"));
    assert_eq!(a.byline, None);
    assert!(a.authors.is_empty());
}

/// #19: a press release too short for its wrap column to show, with a `Source:` line above the
/// headline, a picture's `Photo - <address>` line in the body and PR Newswire's closing
/// `SOURCE <issuer>`: the wrapped lines are one paragraph, the picture a link, the issuer the
/// credit, and neither line is in the body.
#[test]
fn a_short_press_release_with_a_photo_line_and_a_closing_source() {
    let a = one(
        "Source: Lumora Biotech Ltd\n\nLumora Biotech Opens Research Centre in Penang\n\n\
         PENANG, Malaysia, March 4, 2026 /AsiaNet/ -- Lumora Biotech Ltd today opened a research\n\
         centre in Penang that will employ 120 scientists.\n\n\
         Photo - https://mma.example/media/2291/lumora-centre.jpg\n\n\
         The centre will focus on enzyme research, the company said.\n\n\
         SOURCE  Lumora Biotech Ltd\n",
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Lumora Biotech Opens Research Centre in Penang")
    );
    assert_eq!(
        texts(&a),
        [
            "Lumora Biotech Ltd today opened a research centre in Penang that will employ 120 scientists.",
            "The centre will focus on enzyme research, the company said.",
        ]
    );
    assert_eq!(a.credit.as_deref(), Some("Lumora Biotech Ltd"));
    assert_eq!(
        a.links,
        [Link {
            rel: Some("enclosure".into()),
            href: "https://mma.example/media/2291/lumora-centre.jpg".into(),
            media_type: None,
            title: Some("Photo".into()),
            rendition: None,
        }]
    );
}

/// #19: the lines of a verse (or of a quotation broken over lines) are paragraphs, not
/// headings: a short line is a sub-heading only alone between paragraphs of text.
#[test]
fn the_lines_of_a_verse_are_no_headings() {
    let a = one("Singer returns to her hometown stage\n\n\
         OSLO, May 2 (NTB) - The singer Kari Dahl returned to her hometown stage on Saturday.\n\n\
         She closed with the song that made her name.\n\n\
         Down by the river the water runs cold\n\n\
         And nobody knows what the winter will hold\n\n\
         The audience sang along, the organisers said.\n\n\
         The Concert Hall\n\n\
         The concert was sold out weeks ago, the organisers said.\n\n\
         It was her first concert in Oslo since 2019.\n");
    let headings: Vec<String> = a
        .body
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .map(Block::plain_text)
        .collect();
    assert_eq!(headings, ["The Concert Hall"]);
    assert_eq!(a.body.len(), 8);
}

/// #19: fields a system parts with the information separators (US between a header's keywords)
/// are lines of their own, not glued into one word; the other controls are dropped.
#[test]
fn information_separators_part_fields() {
    assert_eq!(
        normalise("a\u{1f}b\u{1e}c\u{1d}d\u{1c}e\u{1b}f"),
        "a\nb\nc\nd\nef"
    );
    let a = one(
        "dpa-AFX\u{1f}Wirtschaft\u{1f}Banken\n\nBank raises rates\n\n\
         FRANKFURT (dpa-AFX) - The bank raised its rates on Monday.\n\n\
         It was the second rise this year.\n",
    );
    assert_eq!(a.keywords, ["dpa-AFX", "Wirtschaft", "Banken"]);
    assert_eq!(a.headline.as_deref(), Some("Bank raises rates"));
}

/// #19: a correction note in brackets above the headline, wrapped over two lines, is an
/// editorial note with the correction signal; the headline below it is the headline.
#[test]
fn a_bracketed_correction_above_the_headline_is_a_note() {
    let a = one(
        "(Berichtigung: Im dritten Absatz muss es richtig heißen 40 statt 14 Millionen\nEuro)\n\
         Stadt plant neue Straßenbahnlinie durch den Leipziger Westen\n\n\
         LEIPZIG (dpa) - Die Stadt Leipzig plant eine neue Straßenbahnlinie durch den\n\
         Westen der Stadt, die bis zum Jahr 2030 fertig sein soll. Das teilte die\n\
         Stadtverwaltung am Dienstag mit, nachdem der Stadtrat dem Vorhaben zugestimmt\nhatte.\n\n\
         Die Linie soll rund 40 Millionen Euro kosten und acht neue Haltestellen haben,\n\
         wie ein Sprecher der Verkehrsbetriebe sagte.\n",
    );
    assert_eq!(
        a.headline.as_deref(),
        Some("Stadt plant neue Straßenbahnlinie durch den Leipziger Westen")
    );
    assert_eq!(
        a.editorial_notes
            .iter()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>(),
        ["(Berichtigung: Im dritten Absatz muss es richtig heißen 40 statt 14 Millionen Euro)"]
    );
    assert_eq!(extension(&a, "text:signals"), ["correction"]);
    assert_eq!(a.body.len(), 2);
    // In sentence case and without brackets, a correction word opens a headline.
    let b = one("Correction of the record ends a long dispute\n\nThe court ruled on Monday.\n");
    assert_eq!(
        b.headline.as_deref(),
        Some("Correction of the record ends a long dispute")
    );
}

/// #19: a long teaser under the headline does not hide the dateline of the paragraph below it:
/// it is the standfirst. Only one: a second long paragraph before a dateline is body text.
#[test]
fn a_long_teaser_above_the_dateline_is_the_standfirst() {
    let teaser = "Hundreds of homes along the coast were left without power overnight after a band of \
                  severe storms swept in from the sea, bringing winds of up to 120 kilometres an hour, \
                  hail and flash flooding to several towns, the emergency service said.";
    assert!(more_words_than(teaser, BODY_WORDS));
    let a = one(&format!(
        "Storms lash the coast\n\n{teaser}\n\n\
         SYDNEY, June 3 (AAP) - Storms lashed the coast overnight.\n\n\
         Emergency crews worked through the night.\n"
    ));
    assert_eq!(a.headline.as_deref(), Some("Storms lash the coast"));
    assert_eq!(a.subheadline.as_deref(), Some(teaser));
    assert_eq!(
        a.dateline.as_ref().map(|d| d.text.as_str()),
        Some("SYDNEY, June 3 (AAP) -")
    );
    assert_eq!(
        texts(&a),
        [
            "Storms lashed the coast overnight.",
            "Emergency crews worked through the night."
        ]
    );

    let b = one(&format!(
        "Storms lash the coast\n\n{teaser}\n\n{teaser}\n\n\
         SYDNEY, June 3 (AAP) - Storms lashed the coast overnight.\n"
    ));
    assert_eq!(b.dateline, None);
    assert_eq!(b.body.len(), 3);
    // Without a headline above it, a long first paragraph is the story's.
    let c = one(&format!(
        "{teaser}\n\nSYDNEY, June 3 (AAP) - Storms lashed the coast overnight.\n"
    ));
    assert_eq!(c.dateline, None);
    assert_eq!(c.body.len(), 2);
}

/// #19: dpa's notebook without its heading: a rule of asterisks, then Markdown headings over
/// lists of links and places, is trailer; a rule or a heading over a paragraph of text, or
/// over short lines without lists, stays in the story.
#[test]
fn a_rule_or_heading_over_lists_below_the_story_is_trailer() {
    let a = one("Museum zeigt Werke von Gabriele Münter\n\n\
         München (dpa) - Das Lenbachhaus zeigt ab Freitag Werke von Gabriele Münter.\n\n\
         Die Schau umfasst 120 Gemälde.\n\n* * * *\n\n## Internet links\n\n\
         - [Lenbachhaus](https://www.lenbachhaus.de)\n\n## Orte\n\n\
         - [Lenbachhaus](Luisenstraße 33, 80333 München)\n");
    assert_eq!(
        texts(&a),
        [
            "Das Lenbachhaus zeigt ab Freitag Werke von Gabriele Münter.",
            "Die Schau umfasst 120 Gemälde."
        ]
    );
    assert_eq!(
        extension(&a, "text:trailer"),
        [
            "* * * *",
            "## Internet links",
            "- [Lenbachhaus](https://www.lenbachhaus.de)",
            "## Orte",
            "- [Lenbachhaus](Luisenstraße 33, 80333 München)"
        ]
    );
    let story = "Museum zeigt Werke\n\nMünchen (dpa) - Das Lenbachhaus zeigt ab Freitag Werke.\n\n";
    // A rule over list items alone, with no heading below it, opens the section too.
    let links = one(&format!(
        "{story}* * * *\n\n- [Lenbachhaus](https://www.lenbachhaus.de)\n\n- Luisenstraße 33\n"
    ));
    assert_eq!(texts(&links), ["Das Lenbachhaus zeigt ab Freitag Werke."]);
    let b = one(&format!(
        "{story}## Reaktionen\n\nDie Opposition lobte die Schau.\n"
    ));
    assert_eq!(b.body.len(), 3, "{:?}", texts(&b));
    let c = one(&format!(
        "{story}* * *\n\nDie Opposition lobte die Schau.\n\nSie kommt am Montag.\n"
    ));
    assert_eq!(
        texts(&c)[2..],
        ["Die Opposition lobte die Schau.", "Sie kommt am Montag."]
    );
    let long = "Die Opposition lobte die Schau als die wichtigste Ausstellung des Jahres in der Stadt, \
                und der Verband der Galerien kündigte an, im kommenden Frühjahr eine eigene Schau mit \
                Werken aus privaten Sammlungen zu zeigen.";
    let d = one(&format!(
        "{story}## Reaktionen\n\n- erste Stimmen\n\n{long}\n"
    ));
    assert!(d.body.len() >= 3, "{:?}", texts(&d));
    assert!(trailer::section_break("# dpa Notizblock"));
    assert!(!trailer::section_break("#hashtag"));
    assert!(!trailer::section_break("# "));
    assert!(!trailer::section_break(&format!(
        "## {}",
        ["Wort"; 11].join(" ")
    )));
}

/// #19: a press release's closing sections (`About ...`, `Forward-Looking Statements`, a media
/// contact) leave the body as trailer, and `SOURCE <issuer>` is the credit; the dateline's
/// region may open with an agency's name (`Nova Scotia`).
#[test]
fn a_press_release_closes_with_boilerplate_contacts_and_its_source() {
    let a = one("Northwind Energy to Build Wind Farm off Nova Scotia\n\n\
         HALIFAX, Nova Scotia, March 4, 2026 /PRNewswire/ -- Northwind Energy Inc. today announced \
         plans to build a wind farm off the coast of Nova Scotia.\n\n\
         Construction is expected to begin in 2027.\n\n\
         About Northwind Energy\n\n\
         Northwind Energy develops and operates wind farms in North America.\n\n\
         Forward-Looking Statements\n\n\
         This press release contains forward-looking statements within the meaning of applicable \
         securities laws. Actual results may differ materially from those expressed or implied by \
         such statements due to risks and uncertainties, including regulatory approvals.\n\n\
         Media contact:\nTom Reed\n+1 902 555 0100\n\n\
         SOURCE Northwind Energy Inc.\n");
    let dateline = a.dateline.as_ref().unwrap();
    assert_eq!(dateline.region.as_deref(), Some("Nova Scotia"));
    assert_eq!(
        texts(&a),
        [
            "Northwind Energy Inc. today announced plans to build a wind farm off the coast of Nova Scotia.",
            "Construction is expected to begin in 2027."
        ]
    );
    assert_eq!(a.credit.as_deref(), Some("Northwind Energy Inc."));
    let trailer = extension(&a, "text:trailer");
    assert_eq!(
        trailer.first().map(String::as_str),
        Some("About Northwind Energy")
    );
    assert!(trailer.iter().any(|l| l == "Forward-Looking Statements"));
    assert_eq!(trailer.last().map(String::as_str), Some("+1 902 555 0100"));
}
