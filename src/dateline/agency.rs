//! Agency tags: which parenthesised words are news agencies, and how `ITALPRESS/MNA` (two
//! agencies) differs from `dpa/lby` (one agency and its regional service).

use std::collections::HashSet;
use std::sync::OnceLock;

use foldhash::fast::FixedState;

use super::scan::Scan;
use crate::model::Agency;
use crate::script::{fold, with_folded};

/// News agencies and wire services as they appear in datelines and credit lines, in every
/// script. Matching ignores case, width and accents ([`fold`]: `dpa`, `DPA`, `ＡＦＰ`); names are
/// kept as printed. The list decides whether a parenthesis after a place is an agency tag or a
/// region (`TRIPOLI (LIBIA) (ITALPRESS/MNA)`).
const KNOWN: &[&str] = &[
    // Latin script.
    "9colonne",
    "AA",
    "AAP",
    "ABI",
    "ACAN-EFE",
    "ADN",
    "Adnkronos",
    "ADNK",
    "AFP",
    "AFX",
    "Agence Europe",
    "Agência Brasil",
    "Agencia Brasil",
    "Agensir",
    "Agenzia Nova",
    "Agerpres",
    "AGI",
    "AKIpress",
    "AMNA",
    "ANA",
    "ANA-MPA",
    "Anadolu",
    "Andina",
    "ANGOP",
    "ANI",
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
    "AsiaNet",
    "ATA",
    "ATS",
    "AWP",
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
    "DHA",
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
    "FENA",
    "Fides",
    "GLOBE NEWSWIRE",
    "GlobeNewswire",
    "HINA",
    "IANS",
    "Inforpress",
    "Interfax",
    "Interfax-Ukraine",
    "IPA",
    "IPS",
    "IRNA",
    "ISNA",
    "ITALPRESS",
    "ITAR-TASS",
    "Jiji",
    "Jiji Press",
    "Kathpress",
    "Kazinform",
    "KCNA",
    "Keystone-ATS",
    "Keystone-SDA",
    "KNA",
    "KUNA",
    "Kyodo",
    "Kyodo News",
    "LaPresse",
    "LETA",
    "Lusa",
    "MAP",
    "Mediafax",
    "Mehr",
    "MENA",
    "MIA",
    "MNA",
    "MTI",
    "NAN",
    "Newsis",
    "News1",
    "NINA",
    "Notimex",
    "NOVA",
    "NTB",
    "OTS",
    "PA",
    "PAP",
    "Petra",
    "PNA",
    "Prensa Latina",
    "PR Newswire",
    "PRNewswire",
    "PRNewswire-AsiaNet",
    "PTI",
    "QNA",
    "Radiocor",
    "Reuter",
    "Reuters",
    "RIA",
    "RIA Novosti",
    "RNZ",
    "Ritzau",
    "SANA",
    "SDA",
    "Servimedia",
    "SID",
    "SITA",
    "SPA",
    "Sputnik",
    "STA",
    "STT",
    "Tanjug",
    "TAP",
    "TASR",
    "Tasnim",
    "TASS",
    "tca",
    "Télam",
    "TT",
    "TNA",
    "TTXVN",
    "UNB",
    "UNI",
    "UNIAN",
    "Ukrinform",
    "UPI",
    "VNA",
    "WAFA",
    "WAM",
    "Xinhua",
    "Yonhap",
    // Cyrillic.
    "ТАСС",
    "ИТАР-ТАСС",
    "РИА Новости",
    "РИА",
    "Интерфакс",
    "Интерфакс-Украина",
    "Інтерфакс-Україна",
    "Прайм",
    "Спутник",
    "РБК",
    "Регнум",
    "БелТА",
    "Казинформ",
    "Укринформ",
    "Укрінформ",
    "УНИАН",
    "УНІАН",
    "БТА",
    "МИА",
    "Танјуг",
    // Greek.
    "ΑΠΕ-ΜΠΕ",
    "ΑΠΕ",
    "ΜΠΕ",
    "ΚΥΠΕ",
    // Thai.
    "สำนักข่าวไทย",
    // Arabic (hamza folded when compared).
    "رويترز",
    "أ ف ب",
    "فرانس برس",
    "أ ب",
    "د ب أ",
    "أ ش أ",
    "قنا",
    "وام",
    "واس",
    "ایرنا",
    "ايرنا",
    "كونا",
    "بترا",
    "سانا",
    "الأناضول",
    "شينخوا",
    "سبوتنيك",
    "إرنا",
    "ومع",
    "وأج",
    "وات",
    "بنا",
    "العمانية",
    "نينا",
    "وفا",
    "سبأ",
    "يونا",
    // Chinese.
    "新华社",
    "新華社",
    "中新社",
    "中新网",
    "中新網",
    "中央社",
    "中通社",
    "香港中通社",
    "人民网",
    "人民網",
    "新华网",
    "新華網",
    "央视网",
    "本报",
    "本報",
    "共同社",
    "路透社",
    "法新社",
    "美联社",
    "美聯社",
    "韩联社",
    "韓聯社",
    "塔斯社",
    // Japanese.
    "共同",
    "共同通信",
    "時事",
    "時事通信",
    "ロイター",
    "聯合",
    "タス",
    "ブルームバーグ",
    // Korean.
    "연합뉴스",
    "연합뉴스TV",
    "뉴시스",
    "뉴스1",
    "노컷뉴스",
    "뉴스핌",
    "이데일리",
    "머니투데이",
    "로이터",
    "신화",
    "교도",
    "타스",
];

/// Agencies that print their name without parentheses (`Dec. 9 Kyodo -`, `МОСКВА. 29 ноября.
/// ИНТЕРФАКС -`, `МОСКВА, 29 ноя — РИА Новости.`).
const BARE: &[&str] = &[
    "Kyodo",
    "Jiji",
    "Интерфакс",
    "ИНТЕРФАКС",
    "РИА Новости",
    "Прайм",
    "Казинформ",
    "Укринформ",
    "Укрінформ",
    "БелТА",
    "Interfax",
    "Kazinform",
    "Sputnik",
    "Спутник",
    "واس",
    "قنا",
    "وام",
    "كونا",
    "بترا",
    "سانا",
    "الأناضول",
    "ومع",
    "وأج",
    "ایرنا",
    "ايرنا",
];

/// Agencies that print their name without parentheses only after a date (AAP's
/// `SYDNEY, Dec 7 AAP -`): after a place alone, the name closes too many ordinary lines
/// (`FINAL FIELDS AS PROVIDED TO AAP`).
const BARE_AFTER_DATE: &[&str] = &["AAP"];

/// Wire brands whose dateline tag runs the name together (`/PRNewswire/`): the tag is kept
/// as printed in the dateline text, the agency under its name.
const TAG_NAMES: &[(&str, &str)] = &[("PRNewswire", "PR Newswire")];

/// The agency a slash tag names: its name as printed, except for the brands of
/// [`TAG_NAMES`].
pub(super) fn tag_agency(tag: &str) -> &str {
    TAG_NAMES
        .iter()
        .find(|(printed, _)| *printed == tag)
        .map_or(tag, |(_, name)| name)
}

fn folded(list: &'static [&'static str]) -> HashSet<String, FixedState> {
    list.iter().map(|name| fold(name)).collect()
}

fn known() -> &'static HashSet<String, FixedState> {
    static SET: OnceLock<HashSet<String, FixedState>> = OnceLock::new();
    SET.get_or_init(|| folded(KNOWN))
}

fn bare() -> &'static HashSet<String, FixedState> {
    static SET: OnceLock<HashSet<String, FixedState>> = OnceLock::new();
    SET.get_or_init(|| folded(BARE))
}

/// True when `name` is a news agency newswire knows, however it is cased.
pub(crate) fn is_known_agency(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && name.len() <= 60 && with_folded(name, |folded| known().contains(folded))
}

/// True for an agency that may stand bare, outside parentheses, in a dateline.
pub(super) fn is_bare_agency(name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && name.len() <= 60 && with_folded(name, |folded| bare().contains(folded))
}

/// The longest run of one to three words at the cursor that names a bare agency
/// (`РИА Новости`, `Kyodo`; after a date, `dated`, also `AAP`); the cursor moves past it.
pub(super) fn bare_agency_at<'a>(s: &mut Scan<'a>, dated: bool) -> Option<&'a str> {
    let start = s.pos();
    let mut t = *s;
    let mut best = None;
    for _ in 0..3 {
        if t.word().is_empty() {
            break;
        }
        let name = t.since(start);
        if is_bare_agency(name) || (dated && BARE_AFTER_DATE.contains(&name)) {
            best = Some((t, name));
        }
        if !t.eat(" ") {
            break;
        }
    }
    let (end, name) = best?;
    *s = end;
    Some(name)
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
    if content.is_empty() || content.len() > 48 {
        return None;
    }
    if is_known_agency(content) {
        return Some(vec![Agency::new(content)]);
    }
    if content.chars().any(|c| c.is_ascii_digit()) {
        return None;
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
