//! Agency tags: which parenthesised words are news agencies, and how `ITALPRESS/MNA` (two
//! agencies) differs from `dpa/lby` (one agency and its regional service).

use crate::model::Agency;

/// News agencies and wire services as they appear in datelines and credit lines. Matching is
/// case-insensitive (`dpa`, `DPA`); names are kept as printed. The list decides whether a
/// parenthesis after a place is an agency tag or a region (`TRIPOLI (LIBIA) (ITALPRESS/MNA)`).
const KNOWN: &[&str] = &[
    "9colonne",
    "AA",
    "AAP",
    "ADN",
    "Adnkronos",
    "ADNK",
    "AFP",
    "AFX",
    "Agence Europe",
    "Agensir",
    "Agenzia Nova",
    "Agerpres",
    "AGI",
    "AKIpress",
    "ANA",
    "ANA-MPA",
    "Anadolu",
    "ANP",
    "ANSA",
    "ANSAmed",
    "Antara",
    "AP",
    "APA",
    "APA-OTS",
    "APP",
    "APS",
    "askanews",
    "ATA",
    "ATS",
    "Azertac",
    "Belga",
    "BELTA",
    "Bernama",
    "Bloomberg",
    "BNA",
    "BNS",
    "BSS",
    "BTA",
    "Business Wire",
    "CNA",
    "CNS",
    "CNW",
    "Colpisa",
    "CP",
    "CTK",
    "ČTK",
    "Dire",
    "DJ",
    "Dow Jones",
    "dpa",
    "dpa-AFX",
    "dts",
    "dts Nachrichtenagentur",
    "EFE",
    "ELTA",
    "ENA",
    "EPA",
    "epd",
    "Europa Press",
    "Fars",
    "Fides",
    "GLOBE NEWSWIRE",
    "HINA",
    "IANS",
    "Interfax",
    "Interfax-Ukraine",
    "IPA",
    "IPS",
    "IRNA",
    "ISNA",
    "ITALPRESS",
    "ITAR-TASS",
    "Jiji",
    "Kathpress",
    "KCNA",
    "Keystone-SDA",
    "KNA",
    "KUNA",
    "Kyodo",
    "LaPresse",
    "LETA",
    "Lusa",
    "MAP",
    "Mehr",
    "MENA",
    "MNA",
    "MTI",
    "Notimex",
    "NOVA",
    "NTB",
    "OTS",
    "PA",
    "PAP",
    "PNA",
    "Prensa Latina",
    "PR Newswire",
    "PRNewswire",
    "PTI",
    "QNA",
    "Radiocor",
    "Reuter",
    "Reuters",
    "RIA",
    "RIA Novosti",
    "Ritzau",
    "SANA",
    "SDA",
    "Servimedia",
    "SITA",
    "SPA",
    "Sputnik",
    "STA",
    "STT",
    "Tanjug",
    "TAP",
    "TASR",
    "TASS",
    "ТАСС",
    "tca",
    "Télam",
    "TT",
    "UNB",
    "UNIAN",
    "Ukrinform",
    "UPI",
    "VNA",
    "WAM",
    "Xinhua",
    "Yonhap",
];

/// Agencies that print their name without parentheses after the date (`Dec. 9 Kyodo -`).
const BARE: &[&str] = &["Kyodo", "Jiji"];

/// True when `name` is a news agency newswire knows (case-insensitive).
pub(crate) fn is_known_agency(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && name.len() <= 40 && KNOWN.iter().any(|k| same(k, name))
}

/// True for an agency that may stand bare, outside parentheses, in a dateline.
pub(super) fn is_bare_agency(name: &str) -> bool {
    BARE.iter().any(|k| same(k, name))
}

fn same(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    }
}

/// The agencies of a tag's content (`ITALPRESS/MNA`, `dpa/lby`, `ats afp`, `AFP-DPA-REUTER`),
/// or `None` when the content is not an agency tag.
///
/// A part after `/` that is not an agency but a short lower-case code is the previous agency's
/// service (`dpa/lby`). Unknown all-caps codes beside a known agency are agencies too
/// (`ITALPRESS/XYZ`). With `lone_unknown`, a tag made of one unknown code (`(UKRINFORM)`) is
/// accepted as well: the caller allows it only where a region would make no sense.
pub(crate) fn agencies_in_tag(content: &str, lone_unknown: bool) -> Option<Vec<Agency>> {
    let content = content.trim();
    if content.is_empty() || content.len() > 48 || content.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    if is_known_agency(content) {
        return Some(vec![Agency::new(content)]);
    }
    let mut agencies: Vec<Agency> = Vec::new();
    let mut known = 0;
    for part in content.split('/') {
        let part = part.trim();
        if part.is_empty() {
            return None;
        }
        if is_known_agency(part) {
            agencies.push(Agency::new(part));
            known += 1;
            continue;
        }
        if is_service_code(part)
            && let Some(previous) = agencies.last_mut().filter(|a| a.service.is_none())
        {
            previous.service = Some(part.to_string());
            continue;
        }
        let pieces: Vec<&str> = part
            .split(['-', ' '])
            .filter(|piece| !piece.is_empty())
            .collect();
        if pieces.len() > 1 && pieces.iter().all(|piece| is_known_agency(piece)) {
            known += pieces.len();
            agencies.extend(pieces.iter().map(|piece| Agency::new(*piece)));
            continue;
        }
        if is_agency_code(part) {
            agencies.push(Agency::new(part));
            continue;
        }
        return None;
    }
    let accepted = known > 0 || (lone_unknown && agencies.len() == 1);
    (accepted && !agencies.is_empty()).then_some(agencies)
}

/// A regional or desk service code: one to four lower-case ASCII letters (`lby`, `bb`, `mt`).
fn is_service_code(part: &str) -> bool {
    (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_lowercase())
}

/// An unknown agency code: one word of 2 to 10 letters, all upper case (`MNA`, `UKRINFORM`).
fn is_agency_code(part: &str) -> bool {
    let count = part.chars().count();
    (2..=10).contains(&count) && part.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(tag: &str, lone: bool) -> Option<Vec<(String, Option<String>)>> {
        agencies_in_tag(tag, lone)
            .map(|agencies| agencies.into_iter().map(|a| (a.name, a.service)).collect())
    }

    #[test]
    fn tells_two_agencies_from_an_agency_and_its_service() {
        assert_eq!(
            names("ITALPRESS/MNA", false),
            Some(vec![("ITALPRESS".into(), None), ("MNA".into(), None)])
        );
        assert_eq!(
            names("dpa/lby", false),
            Some(vec![("dpa".into(), Some("lby".into()))])
        );
        assert_eq!(
            names("tca/dpa", false),
            Some(vec![("tca".into(), None), ("dpa".into(), None)])
        );
        assert_eq!(
            names("AFP-DPA-REUTER", false),
            Some(vec![
                ("AFP".into(), None),
                ("DPA".into(), None),
                ("REUTER".into(), None)
            ])
        );
        assert_eq!(
            names("ats afp", false),
            Some(vec![("ats".into(), None), ("afp".into(), None)])
        );
        assert_eq!(
            names("EUROPA PRESS", false),
            Some(vec![("EUROPA PRESS".into(), None)])
        );
    }

    #[test]
    fn regions_and_words_are_not_agencies() {
        assert_eq!(names("LIBIA", false), None);
        assert_eq!(names("Somalie", true), None);
        assert_eq!(names("not a tag", true), None);
        assert_eq!(names("2", true), None);
        assert_eq!(names("", true), None);
        assert_eq!(names("UKRINFORM", true).map(|v| v.len()), Some(1));
    }
}
