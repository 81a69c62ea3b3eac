//! The dateline grammar on the forms of `../shared/specs/DATELINES.md`, and sentences it must leave alone.

use super::*;

/// What a test checks of a lead dateline.
#[derive(Debug, PartialEq)]
struct Found {
    text: String,
    city: Option<String>,
    region: Option<String>,
    date: Option<(Option<i32>, Option<u8>, Option<u8>)>,
    agencies: Vec<(String, Option<String>)>,
    rest: String,
}

fn lead(paragraph: &str) -> Option<Found> {
    let found = parse_lead(paragraph)?;
    let d = found.dateline;
    Some(Found {
        text: d.text,
        city: d.city,
        region: d.region,
        date: d.date.map(|p| (p.year, p.month, p.day)),
        agencies: d
            .agencies
            .into_iter()
            .map(|a| (a.name, a.service))
            .collect(),
        rest: paragraph.get(found.consumed..).unwrap_or("").to_string(),
    })
}

fn agencies(names: &[&str]) -> Vec<(String, Option<String>)> {
    names.iter().map(|n| (n.to_string(), None)).collect()
}

fn s(text: &str) -> Option<String> {
    Some(text.to_string())
}

#[test]
fn city_region_and_two_agencies_with_an_en_dash() {
    let found = lead("TRIPOLI (LIBIA) (ITALPRESS/MNA) – Recenti colloqui a Mosca.").unwrap();
    assert_eq!(
        found,
        Found {
            text: "TRIPOLI (LIBIA) (ITALPRESS/MNA) –".into(),
            city: s("TRIPOLI"),
            region: s("LIBIA"),
            date: None,
            agencies: agencies(&["ITALPRESS", "MNA"]),
            rest: "Recenti colloqui a Mosca.".into(),
        }
    );
}

#[test]
fn agency_with_a_regional_service_and_a_hyphen() {
    let found = lead("PASSAU/MÜNCHEN (dpa/lby) - Nach dem Sturm ist die Strecke frei.").unwrap();
    assert_eq!(found.text, "PASSAU/MÜNCHEN (dpa/lby) -");
    assert_eq!(found.city, s("PASSAU/MÜNCHEN"));
    assert_eq!(found.agencies, vec![("dpa".into(), Some("lby".into()))]);
    assert!(found.rest.starts_with("Nach dem Sturm"));

    let found = lead("Bernau (dpa/bb) - Bernau und die Aufnahme.").unwrap();
    assert_eq!(found.agencies, vec![("dpa".into(), Some("bb".into()))]);
    assert_eq!(found.city, s("Bernau"));
}

#[test]
fn em_dash_and_comma_region() {
    let found = lead("RALEIGH, N.C. (AP) — The governor signed the bill.").unwrap();
    assert_eq!(found.text, "RALEIGH, N.C. (AP) —");
    assert_eq!(found.city, s("RALEIGH"));
    assert_eq!(found.region, s("N.C."));
    assert_eq!(found.agencies, agencies(&["AP"]));
    assert_eq!(found.rest, "The governor signed the bill.");

    let found = lead("MASERU, Lesotho, July 14 (Xinhua) — Officials said.").unwrap();
    assert_eq!(found.region, s("Lesotho"));
    assert_eq!(found.date, Some((None, Some(7), Some(14))));
}

/// #19: a region whose first word is also an agency's name (Italy's Nova) is the region when
/// more of the name follows; alone before the separator, the name is the agency.
#[test]
fn a_region_may_open_with_an_agency_name() {
    let found =
        lead("HALIFAX, Nova Scotia, March 4, 2026 /PRNewswire/ -- Northwind Energy said.").unwrap();
    assert_eq!(found.city, s("HALIFAX"));
    assert_eq!(found.region, s("Nova Scotia"));
    assert_eq!(found.date, Some((Some(2026), Some(3), Some(4))));
    assert_eq!(found.agencies, agencies(&["PR Newswire"]));
    assert_eq!(found.rest, "Northwind Energy said.");
    assert!(is_known_agency("Nova") || agency::is_bare_agency("Nova"));
    // A hyphen joins the parts of a region's name.
    let found =
        lead("STUTTGART, Baden-Württemberg, 3. Dezember (dpa) - Die Regierung tagte.").unwrap();
    assert_eq!(found.region, s("Baden-Württemberg"));
    assert_eq!(found.date, Some((None, Some(12), Some(3))));
}

/// A region runs to three words and stops at a month's or an agency's name: a month after it
/// is the date, and an agency's name is never read as a region.
#[test]
fn a_region_is_up_to_three_words_and_ends_at_a_month_or_an_agency() {
    let found = lead("PORT MORESBY, Papua New Guinea, Jan. 5 (Reuters) - Officials said.").unwrap();
    assert_eq!(found.region, s("Papua New Guinea"));
    assert_eq!(found.date, Some((None, Some(1), Some(5))));
    assert!(lead("ROSEAU, One Two Three Four, Jan. 5 (Reuters) - Officials said.").is_none());

    let found = lead("PORTLAND, Ore. Jan. 5 (AP) - The council met.").unwrap();
    assert_eq!(found.region, s("Ore."));
    assert_eq!(found.date, Some((None, Some(1), Some(5))));
    assert_eq!(found.agencies, agencies(&["AP"]));

    for text in [
        "LONDON, Reuters - The minister said.",
        "TOKYO, Kyodo - The minister said.",
    ] {
        let region = lead(text).and_then(|found| found.region);
        assert_eq!(region, None, "{text}");
    }
}

#[test]
fn double_hyphen_underscore_and_equals() {
    let found = lead("BEIJING, Nov. 29 (Xinhua) -- China's network grew.").unwrap();
    assert_eq!(found.text, "BEIJING, Nov. 29 (Xinhua) --");
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.rest, "China's network grew.");

    let found = lead("HONOLULU (AP) _ Hawaii officials lift the advisory.").unwrap();
    assert_eq!(found.text, "HONOLULU (AP) _");
    assert_eq!(found.city, s("HONOLULU"));

    let found = lead("BRUXELLES 23/07 (AFP-DPA-REUTER) = Les ministres se sont réunis.").unwrap();
    assert_eq!(found.date, Some((None, Some(7), Some(23))));
    assert_eq!(found.agencies, agencies(&["AFP", "DPA", "REUTER"]));
}

/// Business Wire prints the date after its tag, between dashes, glued to both; a date after a
/// tag that no dash closes is the text's.
#[test]
fn business_wire_s_date_after_the_tag() {
    let found =
        lead("MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--BJ's Wholesale Club offers deals.")
            .unwrap();
    assert_eq!(
        found.text,
        "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--"
    );
    assert_eq!(found.city, s("MARLBOROUGH"));
    assert_eq!(found.region, s("Mass."));
    assert_eq!(found.date, Some((Some(2024), Some(12), Some(5))));
    assert_eq!(found.agencies, agencies(&["BUSINESS WIRE"]));
    assert_eq!(found.rest, "BJ's Wholesale Club offers deals.");
    let line = parse_line("NEW YORK--(BUSINESS WIRE)--Jan. 30, 2021--").unwrap();
    assert_eq!(line.text, "NEW YORK--(BUSINESS WIRE)--Jan. 30, 2021--");
    assert_eq!(
        line.date.map(|d| (d.month, d.day)),
        Some((Some(1), Some(30)))
    );
    let found = lead("NEW YORK (AP) -- Dec 5, 2024 was a Thursday.").unwrap();
    assert_eq!(found.text, "NEW YORK (AP) --");
    assert_eq!(found.date, None);
    assert_eq!(found.rest, "Dec 5, 2024 was a Thursday.");
}

/// Month names of Central and Eastern Europe (genitive and locative as datelines print them),
/// a month glued to the day's full stop, and a known agency after the date, bare, before the
/// separator.
#[test]
fn baltic_and_slavic_months_and_a_bare_agency_after_the_date() {
    /// A lead paragraph, its dateline text, its (month, day) and its agencies.
    type Case<'a> = (&'a str, &'a str, Option<(u8, u8)>, &'a [&'a str]);
    let cases: [Case<'_>; 6] = [
        (
            "Koper, 3. decembra - Luka je rasla.",
            "Koper, 3. decembra -",
            Some((12, 3)),
            &[],
        ),
        (
            "НИШ, 4. децембра (Танјуг) - Почела је градња.",
            "НИШ, 4. децембра (Танјуг) -",
            Some((12, 4)),
            &["Танјуг"],
        ),
        (
            "PÄRNU, 6. detsember, BNS – Linn avas silla.",
            "PÄRNU, 6. detsember, BNS –",
            Some((12, 6)),
            &["BNS"],
        ),
        (
            "LIEPĀJA, 7.novembrī, LETA. Dome nolēma.",
            "LIEPĀJA, 7.novembrī, LETA.",
            Some((11, 7)),
            &["LETA"],
        ),
        (
            "Shiraz, Dec 2, IRNA - Officials said.",
            "Shiraz, Dec 2, IRNA -",
            Some((12, 2)),
            &["IRNA"],
        ),
        (
            "VILNIUS, gruodžio 5 (ELTA) - Seimas priėmė.",
            "VILNIUS, gruodžio 5 (ELTA) -",
            Some((12, 5)),
            &["ELTA"],
        ),
    ];
    for (paragraph, text, date, names) in cases {
        let found = lead(paragraph).unwrap_or_else(|| panic!("{paragraph}"));
        assert_eq!(found.text, text);
        assert_eq!(
            found.date.map(|(_, m, d)| (m.unwrap_or(0), d.unwrap_or(0))),
            date,
            "{paragraph}"
        );
        assert_eq!(found.agencies, agencies(names), "{paragraph}");
    }
    // An unknown word after the date is the text's.
    assert_eq!(lead("Shiraz, Dec 2, Officials - said."), None);
}

/// A weekday or French `le` before the date; a month name without a day is part of the place
/// (`RIO DE JANEIRO`).
#[test]
fn weekdays_before_the_date_and_a_month_inside_a_place() {
    let found =
        lead("Córdoba, jueves 7 de diciembre de 2023 (Télam).- El gobierno anunció.").unwrap();
    assert_eq!(
        found.text,
        "Córdoba, jueves 7 de diciembre de 2023 (Télam).-"
    );
    assert_eq!(found.date, Some((Some(2023), Some(12), Some(7))));
    let found = lead("Rabat, le 30 novembre 2024 (MAP) – Le ministre a annoncé.").unwrap();
    assert_eq!(found.date, Some((Some(2024), Some(11), Some(30))));
    assert_eq!(found.rest, "Le ministre a annoncé.");
    let found = lead("WASHINGTON, Friday, Nov. 29 (AP) - The Senate voted.").unwrap();
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    let found = lead("RIO DE JANEIRO, RJ (FOLHAPRESS) - A prefeitura anunciou.").unwrap();
    assert_eq!(found.city, s("RIO DE JANEIRO"));
    assert_eq!(found.region, s("RJ"));
    let found = lead("PARIS Nov 29 (AFP) - Le gouvernement a annoncé.").unwrap();
    assert_eq!(found.city, s("PARIS"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    // A weekday alone is no date.
    assert!(lead("Madrid, martes (EFE).- El Gobierno aprobó.").is_none_or(|f| f.date.is_none()));
}

/// A tag may name the reporter beside a known agency: the agency is the tag's, the name the
/// reporter's; a tag of lower-case words or of one name is no such tag.
#[test]
fn a_reporter_named_in_the_agency_tag() {
    let reporter = |paragraph: &str| {
        let found = parse_lead(paragraph)?;
        let names: Vec<String> = found
            .dateline
            .agencies
            .iter()
            .map(|a| a.name.clone())
            .collect();
        Some((found.byline.map(|b| b.text), names))
    };
    assert_eq!(
        reporter("Agadir, le 2 décembre 2024 ( Par Youssef Alami, MAP) – Le port a rouvert."),
        Some((Some("Youssef Alami".to_string()), vec!["MAP".to_string()]))
    );
    assert_eq!(
        reporter("Viedeň 5. decembra (Od spravodajcu TASR Petra Nováka) - Rakúsko schválilo."),
        Some((Some("Petra Nováka".to_string()), vec!["TASR".to_string()]))
    );
    assert_eq!(
        reporter("Agadir (de notre correspondant MAP) - Le port a rouvert."),
        None
    );
    assert_eq!(
        reporter("Agadir (Par Youssef, MAP) - Le port a rouvert."),
        None
    );
    assert_eq!(
        reporter("Agadir (Youssef Alami) - Le port a rouvert.").and_then(|r| r.0),
        None
    );
}

#[test]
fn efe_full_stop_hyphen_and_a_spanish_date() {
    let found = lead("Madrid, 29 nov (EFE).- El precio del alquiler sube.").unwrap();
    assert_eq!(found.text, "Madrid, 29 nov (EFE).-");
    assert_eq!(found.city, s("Madrid"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["EFE"]));
    assert_eq!(found.rest, "El precio del alquiler sube.");

    let found = lead("Madrid/Vitoria (EFE).- Cuando los partidos hablan.").unwrap();
    assert_eq!(found.city, s("Madrid/Vitoria"));
}

#[test]
fn agency_first_with_city_and_date() {
    let found = lead("(ANSA) - ROMA, 29 NOV - Il governo ha approvato il decreto.").unwrap();
    assert_eq!(found.text, "(ANSA) - ROMA, 29 NOV -");
    assert_eq!(found.city, s("ROMA"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["ANSA"]));
    assert_eq!(found.rest, "Il governo ha approvato il decreto.");

    let found = lead("(AGI) – Roma, 11 giu. – Il ministro ha parlato.").unwrap();
    assert_eq!(found.text, "(AGI) – Roma, 11 giu. –");
    assert_eq!(found.city, s("Roma"));
    assert_eq!(found.date, Some((None, Some(6), Some(11))));

    // Without a place, only the tag and its separator are the dateline.
    let found = lead("(LaPresse) - Sono partiti i cantieri.").unwrap();
    assert_eq!(found.text, "(LaPresse) -");
    assert_eq!(found.city, None);
    assert_eq!(found.rest, "Sono partiti i cantieri.");
}

#[test]
fn dates_with_years_in_french_and_english() {
    let found = lead("MONTPELLIER, 29 nov 2024 (AFP) - Des pluies diluviennes.").unwrap();
    assert_eq!(found.date, Some((Some(2024), Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["AFP"]));

    let found = lead("BAIDOA (Somalie), 20 mars 2017 (AFP) - La faim menace.").unwrap();
    assert_eq!(found.region, s("Somalie"));
    assert_eq!(found.date, Some((Some(2017), Some(3), Some(20))));

    let found = lead("LONDON, Nov. 29, 2024 /PRNewswire/ -- Northwind announced.").unwrap();
    assert_eq!(found.text, "LONDON, Nov. 29, 2024 /PRNewswire/ --");
    assert_eq!(found.date, Some((Some(2024), Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["PR Newswire"]));

    let found = lead("Jan 30 (Reuters) - Shares rose.").unwrap();
    assert_eq!(found.city, None);
    assert_eq!(found.date, Some((None, Some(1), Some(30))));
}

#[test]
fn slash_tags_colon_and_full_stop() {
    let found = lead("Aarhus /ritzau/: En ny bro åbner.").unwrap();
    assert_eq!(found.text, "Aarhus /ritzau/:");
    assert_eq!(found.agencies, agencies(&["ritzau"]));

    let found = lead("MOSCOW, November 29. /TASS/. Four stations open.").unwrap();
    assert_eq!(found.text, "MOSCOW, November 29. /TASS/.");
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["TASS"]));
    assert_eq!(found.rest, "Four stations open.");

    let found = lead("SAITAMA, Japan, Dec. 9 Kyodo - Urawa Reds won.").unwrap();
    assert_eq!(found.region, s("Japan"));
    assert_eq!(found.agencies, agencies(&["Kyodo"]));
}

#[test]
fn aap_stands_bare_after_a_date_only() {
    let found = lead("SYDNEY, Dec 7 AAP - Collated results from the round.").unwrap();
    assert_eq!(found.city, s("SYDNEY"));
    assert_eq!(found.date, Some((None, Some(12), Some(7))));
    assert_eq!(found.agencies, agencies(&["AAP"]));
    assert_eq!(found.rest, "Collated results from the round.");
    // A line that only ends with the name is no dateline.
    assert!(parse_line("FINAL FIELDS AS PROVIDED TO AAP").is_none());
    assert!(lead("LATE CHANGES AAP - none were made.").is_none());
}

#[test]
fn no_separator_after_a_known_tag_and_no_tag_after_a_capital_city() {
    let found = lead("Genève (ats) Le Conseil d'Etat veut doubler le réseau.").unwrap();
    assert_eq!(found.text, "Genève (ats)");
    assert_eq!(found.rest, "Le Conseil d'Etat veut doubler le réseau.");

    let found = lead("New Delhi, Jul 14 (PTI) The government told the court.").unwrap();
    assert_eq!(found.city, s("New Delhi"));
    assert_eq!(found.agencies, agencies(&["PTI"]));

    let found = lead("TORONTO — Home sales rose 12 per cent.").unwrap();
    assert_eq!(found.text, "TORONTO —");
    assert!(found.agencies.is_empty());

    let found = lead("Paris (ats afp) Les violences continuent.").unwrap();
    assert_eq!(found.agencies, agencies(&["ats", "afp"]));
}

#[test]
fn several_places_and_partner_agencies() {
    let found = lead("TRIPOLI / MOSCOW / ANKARA – Talks resumed on Monday.").unwrap();
    assert_eq!(found.city, s("TRIPOLI / MOSCOW / ANKARA"));
    assert!(found.agencies.is_empty());

    let found = lead("SEOUL/SEONGJU -- South Korea's defense ministry said.").unwrap();
    assert_eq!(found.text, "SEOUL/SEONGJU --");

    let found = lead("San Diego (tca/dpa) - History says the team will lose.").unwrap();
    assert_eq!(found.agencies, agencies(&["tca", "dpa"]));

    let found = lead("Kyiv (Ukraine) (AFP) – The presence of troops was confirmed.").unwrap();
    assert_eq!(found.region, s("Ukraine"));
    assert_eq!(found.agencies, agencies(&["AFP"]));

    let found = lead("Frankfurt am Main (dpa) - Der Leitindex stieg.").unwrap();
    assert_eq!(found.city, s("Frankfurt am Main"));

    let found = lead("LONDON (Reuters) -The pound rose.").unwrap();
    assert_eq!(found.rest, "The pound rose.");
}

#[test]
fn sentences_are_not_datelines() {
    for sentence in [
        "Rome (not a tag) is nice - really",
        "Rome (Italy) is nice - really",
        "Rome is nice - really",
        "Maltempo: allerta arancione in Liguria",
        "Toronto-area home sales up 12% in November",
        "European Commission - Daily News",
        "BC-US--APNewsAlert",
        "The minister (PTI) said - nothing",
        "Il ministro ha detto (ANSA) - nulla",
        "(Reporting by Jane Doe; Editing by John Smith)",
        "(ANSA).",
        "– fonte: IPA Agency (ITALPRESS).",
        "",
        "(",
        "ROMA-Milano, sfida al vertice",
    ] {
        assert_eq!(lead(sentence), None, "{sentence}");
    }
}

#[test]
fn a_dateline_alone_on_its_line() {
    let d = parse_line("MÁLAGA, 29 Nov. (EUROPA PRESS) -").unwrap();
    assert_eq!(d.text, "MÁLAGA, 29 Nov. (EUROPA PRESS) -");
    assert_eq!(d.city.as_deref(), Some("MÁLAGA"));
    assert_eq!(d.agencies[0].name, "EUROPA PRESS");

    let d = parse_line("Brussels, 29 November 2017").unwrap();
    assert_eq!(d.city.as_deref(), Some("Brussels"));
    assert_eq!(d.date.and_then(|p| p.year), Some(2017));

    let d = parse_line("CHARLEROI 19/06 (BELGA)").unwrap();
    assert_eq!(d.agencies[0].name, "BELGA");

    assert_eq!(parse_line("Daily News 15 / 11 / 2022"), None);
    assert_eq!(parse_line("URGENT"), None);
    assert_eq!(parse_line("Berlin (dpa) - Text follows"), None);
}

#[test]
fn a_place_alone_on_its_line() {
    assert_eq!(
        place_line("Sydney").and_then(|d| d.city).as_deref(),
        Some("Sydney")
    );
    assert_eq!(
        place_line("Frankfurt am Main")
            .and_then(|d| d.city)
            .as_deref(),
        Some("Frankfurt am Main")
    );
    assert_eq!(place_line("water restrictions"), None);
    assert_eq!(place_line("Households will again be allowed"), None);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "(((((",
        "))))",
        "/ / / /",
        "A (",
        "A (B",
        "É (dpa",
        "29",
        "Nov.",
        "X /Y",
        "\u{301}\u{301}",
        "Ü/",
        "ROMA, ",
        "(ANSA) -",
    ] {
        let _ = parse_lead(text);
        let _ = parse_line(text);
        let _ = place_line(text);
    }
}

#[test]
fn tass_and_ria_in_cyrillic() {
    let found = lead("МОСКВА, 29 ноября. /ТАСС/. Правительство утвердило программу.").unwrap();
    assert_eq!(found.text, "МОСКВА, 29 ноября. /ТАСС/.");
    assert_eq!(found.city, s("МОСКВА"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["ТАСС"]));
    assert_eq!(found.rest, "Правительство утвердило программу.");

    let found = lead("МОСКВА, 29 ноя — РИА Новости. Мэрия Москвы сообщила.").unwrap();
    assert_eq!(found.text, "МОСКВА, 29 ноя — РИА Новости.");
    assert_eq!(found.city, s("МОСКВА"));
    assert_eq!(found.agencies, agencies(&["РИА Новости"]));
    assert_eq!(found.rest, "Мэрия Москвы сообщила.");

    let found = lead("МОСКВА. 29 ноября. ИНТЕРФАКС - Банк России сохранил ставку.").unwrap();
    assert_eq!(found.text, "МОСКВА. 29 ноября. ИНТЕРФАКС -");
    assert_eq!(found.agencies, agencies(&["ИНТЕРФАКС"]));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));

    let found = lead("КИЇВ, 3 листопада. /Укрінформ/. Уряд ухвалив рішення.").unwrap();
    assert_eq!(found.city, s("КИЇВ"));
    assert_eq!(found.agencies, agencies(&["Укрінформ"]));

    let found = lead("МИНСК, 29 ноября (БЕЛТА) – Совет министров утвердил план.").unwrap();
    assert_eq!(found.agencies, agencies(&["БЕЛТА"]));

    let found = lead("НИЖНИЙ НОВГОРОД, 29 ноября. /ТАСС/. Мост открыт.").unwrap();
    assert_eq!(found.city, s("НИЖНИЙ НОВГОРОД"));
}

#[test]
fn ana_mpa_in_greek() {
    let found = lead("ΑΘΗΝΑ, 29 Νοεμβρίου (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε.").unwrap();
    assert_eq!(found.text, "ΑΘΗΝΑ, 29 Νοεμβρίου (ΑΠΕ-ΜΠΕ) -");
    assert_eq!(found.city, s("ΑΘΗΝΑ"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["ΑΠΕ-ΜΠΕ"]));
    assert_eq!(found.rest, "Η κυβέρνηση ανακοίνωσε.");

    let found = lead("ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) – Ο δήμαρχος μίλησε.").unwrap();
    assert_eq!(found.city, s("ΘΕΣΣΑΛΟΝΙΚΗ"));
    assert_eq!(found.rest, "Ο δήμαρχος μίλησε.");
}

#[test]
fn arabic_agencies_right_to_left() {
    let found = lead("الدوحة في 29 نوفمبر /قنا/ أعلنت وزارة المواصلات عن خطة جديدة.").unwrap();
    assert_eq!(found.text, "الدوحة في 29 نوفمبر /قنا/");
    assert_eq!(found.city, s("الدوحة"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["قنا"]));
    assert_eq!(found.rest, "أعلنت وزارة المواصلات عن خطة جديدة.");

    let found = lead("أبوظبي في 29 نوفمبر / وام / أعلنت الحكومة عن مشروع.").unwrap();
    assert_eq!(found.city, s("أبوظبي"));
    assert_eq!(found.agencies, agencies(&["وام"]));

    let found = lead("القاهرة في 29 نوفمبر /أ ش أ/ قال الوزير.").unwrap();
    assert_eq!(found.agencies, agencies(&["أ ش أ"]));

    let found = lead("عمان 29 تشرين الثاني (بترا) - قالت الوزارة.").unwrap();
    assert_eq!(found.city, s("عمان"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["بترا"]));
    assert_eq!(found.rest, "قالت الوزارة.");

    let found = lead("دبي (رويترز) - ارتفعت الأسهم.").unwrap();
    assert_eq!(found.city, s("دبي"));
    assert_eq!(found.agencies, agencies(&["رويترز"]));

    let found = lead("الرياض 29 نوفمبر 2024 واس - أعلنت الهيئة.").unwrap();
    assert_eq!(found.date, Some((Some(2024), Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["واس"]));

    let found = lead("دمشق-سانا أعلنت الحكومة.").unwrap();
    assert_eq!(found.city, s("دمشق"));
    assert_eq!(found.agencies, agencies(&["سانا"]));

    // A sentence in Arabic is not a dateline.
    assert_eq!(lead("قال الوزير إن الحكومة ستعلن - غدا"), None);
}

#[test]
fn cjk_datelines_through_the_shared_entry_points() {
    let found = parse_lead("新华社北京11月29日电（记者张三）国家统计局发布数据。").unwrap();
    assert_eq!(found.dateline.city.as_deref(), Some("北京"));
    assert_eq!(
        found.byline.map(|r| r.names),
        Some(vec!["张三".to_string()])
    );
    let found = parse_lead("(서울=연합뉴스) 홍길동 기자 = 정부는 밝혔다.").unwrap();
    assert_eq!(found.dateline.agencies[0].name, "연합뉴스");
    let d = parse_line("【北京共同】").unwrap();
    assert_eq!(d.city.as_deref(), Some("北京"));
}

#[test]
fn other_latin_conventions() {
    let found = lead("MADRID, 29 (EUROPA PRESS) - El Gobierno aprobó el plan.").unwrap();
    assert_eq!(found.date, Some((None, None, Some(29))));
    assert_eq!(found.agencies, agencies(&["EUROPA PRESS"]));

    let found = lead("Lisboa, 29 de novembro (Lusa) - O Governo aprovou o plano.").unwrap();
    assert_eq!(found.city, s("Lisboa"));
    assert_eq!(found.date, Some((None, Some(11), Some(29))));

    let found = lead("Landquart GR (sda) Die Rhätische Bahn baut aus.").unwrap();
    assert_eq!(found.city, s("Landquart"));
    assert_eq!(found.region, s("GR"));

    let found = lead("21/02/2023 (Agence Europe) – The Council adopted.").unwrap();
    assert_eq!(found.date, Some((Some(2023), Some(2), Some(21))));
    assert_eq!(found.agencies, agencies(&["Agence Europe"]));

    let found = lead("(NTB): Regjeringen la fram budsjettet.").unwrap();
    assert_eq!(found.text, "(NTB):");

    let found = lead("Warszawa, 29 listopada (PAP) - Rząd przyjął projekt.").unwrap();
    assert_eq!(found.date, Some((None, Some(11), Some(29))));
    assert_eq!(found.agencies, agencies(&["PAP"]));

    let found = lead("Praha 29. listopadu (ČTK) - Vláda schválila plán.").unwrap();
    assert_eq!(found.city, s("Praha"));
    assert_eq!(found.agencies, agencies(&["ČTK"]));

    let found = lead("HELSINKI, 29. marraskuuta (STT) - Hallitus päätti.").unwrap();
    assert_eq!(found.agencies, agencies(&["STT"]));

    let found = lead("ISTANBUL, 29 Kasım (AA) - Bakanlık açıkladı.").unwrap();
    assert_eq!(found.date, Some((None, Some(11), Some(29))));

    let found = lead("WASHINGTON, Nov. 29 (UPI) -- The Senate voted.").unwrap();
    assert_eq!(found.agencies, agencies(&["UPI"]));

    let found = lead("SEOUL, Nov. 24 (Yonhap) -- North Korea fired.").unwrap();
    assert_eq!(found.agencies, agencies(&["Yonhap"]));

    let found = lead("New Delhi, July 15(PTI) India registered growth.").unwrap();
    assert_eq!(found.agencies, agencies(&["PTI"]));
    assert_eq!(found.rest, "India registered growth.");
}

/// A dash glued to the next word is a separator only after an agency's tag (re-feeds lose the
/// space: `(Reuters) -The`, `(dpa) —Die`): after a bare place (`ZÜRICH —Rates`) it is the
/// text's own dash, and reading it as a dateline would print it back with a space, so that what
/// newswire writes would not read back to the same text (the round trip's shrunk case).
#[test]
fn a_glued_dash_separates_only_after_a_tag() {
    assert!(parse_lead("ZÜRICH —Rates held steady on Monday.").is_none());
    assert!(parse_lead("ZÜRICH –Rates held steady on Monday.").is_none());
    let tagged = parse_lead("ZÜRICH (Reuters) —Rates held steady on Monday.").expect("tagged");
    assert_eq!(tagged.dateline.text, "ZÜRICH (Reuters) —");
    let spaced = parse_lead("ZÜRICH — Rates held steady on Monday.").expect("spaced");
    assert_eq!(spaced.dateline.text, "ZÜRICH —");
}

#[test]
fn a_country_in_brackets_and_a_date_between_dashes() {
    // ANI: the state in parentheses, the country in brackets, a colon after the tag.
    let found =
        lead("Shillong (Meghalaya) [India], March 4 (ANI): The state opened a road.").unwrap();
    assert_eq!(found.city, s("Shillong"));
    assert_eq!(found.region, s("Meghalaya"));
    assert_eq!(found.date, Some((None, Some(3), Some(4))));
    assert_eq!(found.agencies, agencies(&["ANI"]));
    let found = lead("Pune [India], May 2 (ANI): Rain fell.").unwrap();
    assert_eq!(found.region, s("India"));
    assert_eq!(
        lead("Pune [see map], May 2 (ANI): Rain fell.").and_then(|f| f.region),
        None
    );
    // MAP in Arabic: the date after a dash of its own, the separator after the tag; Moroccan
    // month names.
    let found = lead("فاس - الاثنين 3 دجنبر 2024 (ومع) - افتتح الوزير المعرض.").unwrap();
    assert_eq!(found.city, s("فاس"));
    assert_eq!(found.date, Some((Some(2024), Some(12), Some(3))));
    assert_eq!(found.agencies, agencies(&["ومع"]));
    // A dash and a date without a tag after it is the text's own.
    assert!(lead("Paris - 3 mai 2024 fut une journée chaude.").is_none());
}

#[test]
fn a_slash_tag_glued_to_a_word_must_name_an_agency() {
    assert!(parse_line("SPOOR/MOBILITEIT/").is_none());
    let found = parse_line("MOSKAU/TASS/").unwrap();
    assert_eq!(
        found.agencies.first().map(|a| a.name.as_str()),
        Some("TASS")
    );
    let found = lead("Bruxelles /ritzau/: EU-landene er enige.").unwrap();
    assert_eq!(found.agencies, agencies(&["ritzau"]));
}

#[test]
fn a_bare_agency_or_figures_between_dashes_after_the_place() {
    // IRNA in Persian: the agency bare between two dashes.
    let found = lead("تبریز - ایرنا - شهردار تبریز گفت.").unwrap();
    assert_eq!(found.city, s("تبریز"));
    assert_eq!(found.agencies, agencies(&["ایرنا"]));
    // KUNA: the day and the month in figures between spaced dashes.
    let found = lead("الكويت - 3 - 12 (كونا) -- أعلنت الوزارة.").unwrap();
    assert_eq!(found.date, Some((None, Some(12), Some(3))));
    assert_eq!(found.agencies, agencies(&["كونا"]));
    assert!(lead("الكويت - 3 - 13 (كونا) -- أعلنت الوزارة.").is_none_or(|f| f.date.is_none()));
}

#[test]
fn thai_datelines_glue_the_text_to_the_dash() {
    let found = lead("เชียงใหม่ 3 ธ.ค.-จังหวัดเชียงใหม่เปิดสะพานใหม่").unwrap();
    assert_eq!(found.city, s("เชียงใหม่"));
    assert_eq!(found.date, Some((None, Some(12), Some(3))));
    assert_eq!(found.rest, "จังหวัดเชียงใหม่เปิดสะพานใหม่");
    // Without a date, a Thai word and a glued dash are the text's own.
    assert!(lead("เชียงใหม่-จังหวัดเชียงใหม่เปิดสะพานใหม่").is_none());
}

/// The edges of ANI's bracketed country, Business Wire's glued tag and its date after the tag,
/// and a text glued to its separator.
#[test]
fn brackets_glued_tags_and_glued_text_by_their_limits() {
    // The bracket comes between the place and the date, and holds a region's words of at most
    // 40 bytes.
    assert_eq!(
        lead("Guwahati (Assam), November 29 [India] (ANI): The state said."),
        None
    );
    let forty =
        "Guwahati (Assam) [Abcdefghi Bcdefghij Cdefghijk Defghijklm], November 29 (ANI): Text.";
    assert_eq!(lead(forty).map(|f| f.rest), s("Text."));
    let forty_one =
        "Guwahati (Assam) [Abcdefghi Bcdefghij Cdefghijk Defghijklmn], November 29 (ANI): Text.";
    assert_eq!(lead(forty_one), None);
    // Business Wire's tag is glued between dashes: a dash glued to the place.
    assert_eq!(
        lead("MARLBOROUGH, Mass. -(BUSINESS WIRE)--Dec 5, 2024--BJ's Wholesale Club offers deals."),
        None
    );
    assert_eq!(
        lead("MARLBOROUGH, Mass., Dec 5 -(BUSINESS WIRE)-- BJ's Wholesale Club offers deals."),
        None
    );
    // A date after the separator belongs to the dateline only after a tag.
    let found = lead("HOUSTON -- Dec. 5, 2024 -- The company said.").unwrap();
    assert_eq!(
        (found.date, found.rest.as_str()),
        (None, "Dec. 5, 2024 -- The company said.")
    );
    let found = lead("HOUSTON (Reuters) -- Dec. 5, 2024 -- The company said.").unwrap();
    assert_eq!(found.date, Some((Some(2024), Some(12), Some(5))));
    // Only a dash may have the text glued to it (a re-feed's lost space), never a colon.
    assert_eq!(
        lead("ROMA (ANSA) -Il governo ha detto.").map(|f| f.rest),
        s("Il governo ha detto.")
    );
    assert_eq!(lead("ROMA (ANSA):Il governo ha detto."), None);
    // Without a tag, a dash glued to the text is the text's own.
    assert_eq!(lead("ROMA -Il governo ha detto."), None);
}

/// A tag naming the reporter has at most eight words, and of two names the first is the
/// reporter; a place's next word after a slash or a space is capitalised (in a cased script).
#[test]
fn reporter_tags_and_places_by_their_limits() {
    let reporter = |paragraph: &str| parse_lead(paragraph).and_then(|f| f.byline).map(|b| b.text);
    assert_eq!(
        reporter("Rabat (Par notre envoyé spécial à Salma Bennani, MAP) - Le port a rouvert."),
        s("Salma Bennani")
    );
    assert_eq!(
        lead("Rabat (Par notre envoyé spécial à Rabat Salma Bennani, MAP) - Le port a rouvert."),
        None
    );
    assert_eq!(
        reporter("Rabat (Par Salma Bennani et Youssef Alami, MAP) - Le port a rouvert."),
        s("Salma Bennani")
    );
    assert_eq!(
        lead("ROMA/Milano (ANSA) - Il governo ha detto.").and_then(|f| f.city),
        s("ROMA/Milano")
    );
    assert_eq!(lead("ROMA/milano (ANSA) - Il governo ha detto."), None);
    assert_eq!(lead("ROMA milano (ANSA) - Il governo ha detto."), None);
    // A place in a cased script does not go on in a script without case.
    assert_eq!(lead("PARIS/باريس (AFP) - Le gouvernement a dit."), None);
    assert_eq!(lead("PARIS باريس (AFP) - Le gouvernement a dit."), None);
}

/// One read in both modes answers what the two reads answer, for every form of dateline the
/// grammar knows and for text that is none.
#[test]
fn lead_or_line_is_parse_lead_and_parse_line() {
    for text in [
        "ROMA, 29 NOV - Il governo ha approvato il bilancio.",
        "LONDON, Nov 29 (Reuters) - Britain's economy grew.",
        "(ANSA) - ROMA, 29 NOV - Il governo ha approvato.",
        "(ANSA) - Il governo ha approvato.",
        "(ANSA) -",
        "Jan 30 (Reuters) - Shares rose.",
        "21/02/2023 (Agence Europe) – The Commission said.",
        "MÁLAGA, 29 Nov. (EUROPA PRESS) -",
        "CHARLEROI 19/06 (BELGA)",
        "Brussels, 29 November 2017",
        "Oslo, Norway March 1",
        "Genève (ats) Le Conseil fédéral a décidé.",
        "Landquart GR (sda) Die Bahn fährt.",
        "TORONTO — The city said.",
        "МОСКВА, 29 ноя — РИА Новости. Текст.",
        "【北京＝山田太郎】中国政府は",
        "東京29日共同】政府は",
        "Oslo opens second bridge to traffic",
        "By Jane Smith",
        "URGENT",
        "  ROMA, 29 NOV - Il governo ha approvato.  ",
        "  Brussels, 29 November 2017  ",
        "",
    ] {
        assert_eq!(
            parse_lead_or_line(text),
            (parse_lead(text), parse_line(text)),
            "{text}"
        );
    }
}

/// A tag alone is a lead's dateline, never a line's: a dateline on its own line names its place.
#[test]
fn a_tag_alone_is_no_line_dateline() {
    assert_eq!(parse_line("(ANSA) -"), None);
    assert_eq!(parse_lead_or_line("(ANSA) -").1, None);
    let line = parse_line("(ANSA) - ROMA, 29 NOV -").map(|d| d.city);
    assert_eq!(line, Some(Some("ROMA".to_string())));
}
