//! The page's `lang` and `dir`: the article's language when HTML's checkers know every subtag
//! of it, and the direction its script is written in.
//!
//! A conformance checker (the Nu Html Checker) refuses a `lang` whose subtags are not in the
//! IANA language subtag registry (`eng`: English's registered subtag is `en`; `en-UK`). The
//! page keeps the longest start of the tag whose every subtag is known here: the language
//! (an ISO 639-1 code, or an ISO 639-3 code of a language that has none, as the registry lists
//! them), then a script and a region from the lists below (the common ones). A tag whose
//! language is unknown gives no `lang` at all: a language is never invented.

use crate::language::well_formed_tag;
use crate::script::is_rtl_letter;

/// ISO 15924 scripts the registry lists, as news copy names them in tags (`zh-Hant`,
/// `sr-Latn`).
const SCRIPTS: [&str; 51] = [
    "Adlm", "Arab", "Armn", "Beng", "Bopo", "Brai", "Cans", "Cher", "Cyrl", "Deva", "Ethi", "Geor",
    "Grek", "Gujr", "Guru", "Hang", "Hani", "Hans", "Hant", "Hebr", "Hira", "Jpan", "Kana", "Khmr",
    "Knda", "Kore", "Laoo", "Latn", "Mlym", "Mong", "Mymr", "Nkoo", "Olck", "Orya", "Rohg", "Sinh",
    "Syrc", "Taml", "Telu", "Tfng", "Thaa", "Thai", "Tibt", "Vaii", "Yiii", "Zmth", "Zsym", "Zyyy",
    "Zxxx", "Zinh", "Zzzz",
];

/// The scripts among [`SCRIPTS`] written right to left.
const RTL_SCRIPTS: [&str; 7] = ["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"];

/// Languages written right to left when the tag names no script: Arabic and its spoken
/// varieties, Hebrew, Persian, Urdu, Yiddish, Pashto, Dhivehi, Sindhi, Uyghur, Sorani, Syriac,
/// Kashmiri, Aramaic, Punjabi in Shahmukhi, South Azerbaijani, N'Ko and others of the Arabic
/// script.
const RTL_LANGUAGES: [&str; 36] = [
    "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "syr", "ug", "ur", "yi", "ydd", "yih",
    "arz", "ary", "arq", "aeb", "apc", "ajp", "acm", "afb", "ayl", "ars", "apd", "pes", "prs",
    "pnb", "azb", "lrc", "mzn", "glk", "bal", "skr", "nqo",
];

/// ISO 3166-1 regions (and `EU`, and the UN M.49 areas `001` world, `150` Europe, `419` Latin
/// America) the registry lists.
const REGIONS: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI \
    BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY \
    CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN \
    GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH \
    KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO \
    MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL \
    PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV \
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN \
    VU WF WS YE YT ZA ZM ZW EU 001 150 419";

/// The `lang` of a page whose article is in `language`: its longest start made of known
/// subtags (see the module docs), as written (trimmed); `None` when the language subtag itself
/// is unknown or the tag is not well-formed.
pub(super) fn lang_attribute(language: Option<&str>) -> Option<&str> {
    let tag = well_formed_tag(language?)?;
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    if !is_language(primary) {
        return None;
    }
    let mut end = primary.len();
    let mut region_allowed = true;
    let mut script_allowed = true;
    for subtag in subtags {
        let known = if script_allowed && subtag.len() == 4 && is_script(subtag) {
            script_allowed = false;
            true
        } else if region_allowed && is_region(subtag) {
            script_allowed = false;
            region_allowed = false;
            true
        } else {
            false
        };
        if !known {
            break;
        }
        end += 1 + subtag.len();
    }
    tag.get(..end)
}

/// A language subtag of the registry: an ISO 639-1 code, or the ISO 639-3 code of a language
/// without one (the registry has `en`, not `eng`).
fn is_language(subtag: &str) -> bool {
    let code = subtag.to_ascii_lowercase();
    match code.len() {
        2 => isolang::Language::from_639_1(&code).is_some(),
        3 => isolang::Language::from_639_3(&code).is_some_and(|l| l.to_639_1().is_none()),
        _ => false,
    }
}

fn is_script(subtag: &str) -> bool {
    SCRIPTS.iter().any(|s| s.eq_ignore_ascii_case(subtag))
}

fn is_region(subtag: &str) -> bool {
    matches!(subtag.len(), 2 | 3)
        && REGIONS
            .split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case(subtag))
}

/// The page's direction: the script the tag names (`az-Arab`, `sr-Latn`), else right to left
/// for a language written so ([`RTL_LANGUAGES`]), else that of the first strong letter (a
/// letter of any script, not a digit or a mark) of `texts` in order; left to right when none
/// has one. `tag` is the article's language as given (it need not be one the page declares).
pub(super) fn direction<T: AsRef<str>>(
    tag: Option<&str>,
    texts: impl IntoIterator<Item = T>,
) -> &'static str {
    if let Some(tag) = tag.and_then(well_formed_tag) {
        let mut subtags = tag.split('-');
        let primary = subtags.next().unwrap_or_default();
        let script = subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()));
        if let Some(script) = script {
            let rtl = RTL_SCRIPTS.iter().any(|s| s.eq_ignore_ascii_case(script));
            return if rtl { "rtl" } else { "ltr" };
        }
        if RTL_LANGUAGES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(primary))
        {
            return "rtl";
        }
    }
    let first_strong = texts
        .into_iter()
        .find_map(|text| text.as_ref().chars().find(|c| c.is_alphabetic()));
    match first_strong {
        Some(c) if is_rtl_letter(c) => "rtl",
        _ => "ltr",
    }
}
