//! The byline grammar of wire copy: `By Jane Doe`, `di Giulia Bianchi`, `Von Lukas Huber, dpa`,
//! `Από τον Γιώργο Παπαδόπουλο`, `Автор: Иван Петров`, `记者 张三`, `홍길동 기자`. Plain text, IPTC
//! 7901 and ANPA-1312 read it, and write the byline line it reads back.

use crate::dateline::{is_cjk, is_known_agency, starts_name};
use crate::text_shape::{ends_sentence, is_caps, more_words_than, words_up_to};

/// Words that introduce a byline: English, Italian, French, Spanish/Portuguese, German, Dutch,
/// Norwegian/Swedish, Danish, Catalan, Greek (`Από`, and the genitive `Του`/`Της`), Russian and
/// Ukrainian (`Автор`), Polish and Czech (`Autor`), Malay and Indonesian (`Oleh`), Hebrew (`מאת`),
/// Arabic (`بقلم`, `كتب`).
const BY_WORDS: &[&str] = &[
    "by",
    "di",
    "par",
    "por",
    "von",
    "door",
    "av",
    "af",
    "per",
    "από",
    "του",
    "της",
    "автор",
    "авторы",
    "autor",
    "autorka",
    "oleh",
    "מאת",
    "بقلم",
    "كتب",
    "كتبت",
];

/// Greek articles between `Από` and the name (`Από τον Γιώργο Παπαδόπουλο`).
const GREEK_ARTICLES: &[&str] = &["τον", "την", "τους", "τις", "του", "της"];

/// Words that join names in a byline.
const CONNECTORS: &[&str] = &[
    "and", "e", "et", "und", "y", "en", "og", "och", "&", "i", "ja", "και", "и", "і", "a", "و",
];

/// Chinese words that open a byline line (`记者 张三`, `作者：李四`, `文／王五`).
const CJK_BY_PREFIXES: &[&str] = &[
    "新华社记者",
    "新華社記者",
    "本报记者",
    "本報記者",
    "记者",
    "記者",
    "作者",
    "撰稿",
    "文／",
    "文/",
];

/// Korean words after a reporter's name (`홍길동 기자`).
const KOREAN_ROLES: &[&str] = &[
    "객원기자",
    "선임기자",
    "전문기자",
    "기자",
    "특파원",
    "통신원",
];

/// Lower-case particles inside names (`Ursula von der Leyen`, `Luca di Montezemolo`).
const NAME_PARTICLES: &[&str] = &[
    "de", "di", "da", "del", "della", "dos", "das", "du", "van", "von", "der", "den", "le", "la",
    "bin", "al", "el", "ter", "ten", "zu", "vom", "y",
];

/// Words that mark an affiliation after a byline name (`JOHN ROE, Associated Press`).
const AFFILIATION_WORDS: &[&str] = &[
    "press",
    "presse",
    "prensa",
    "agency",
    "agenzia",
    "agence",
    "agentur",
    "news",
    "writer",
    "correspondent",
    "correspondant",
    "corrispondente",
    "korrespondent",
    "reporter",
    "editor",
    "staff",
    "redaktion",
    "redazione",
    "bureau",
    "associated",
];

/// A byline: the text as printed without the introducing word, and the people in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Byline {
    /// `Jane Doe`, `PAUL BYRNE and ALMUDENA CALATRAVA, Associated Press`.
    pub(crate) text: String,
    /// `Jane Doe`; `PAUL BYRNE`, `ALMUDENA CALATRAVA`.
    pub(crate) names: Vec<String>,
}

/// Reads a byline line (`By Jane Doe`, `di Giulia Bianchi`, `Par Claire DUMONT`,
/// `By Helen Maguire, dpa  =`, `Από τον Γιώργο Παπαδόπουλο`, `Автор: Иван Петров`,
/// `بقلم: محمد علي`, `记者 张三`, `홍길동 기자`), or `None` when the line is not one
/// (`Par ailleurs, ...`).
pub(crate) fn byline(line: &str) -> Option<Byline> {
    let mut text = line.trim();
    if let Some(inner) = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .or_else(|| text.strip_prefix('[').and_then(|t| t.strip_suffix(']')))
    {
        text = inner.trim();
    }
    let text = text.trim_end_matches(|c: char| c == '=' || c.is_whitespace());
    if text.chars().next().is_some_and(is_cjk) {
        return cjk_byline(text);
    }
    let mut rest = after_by_word(text)?;
    // epd's `Von Anna Berger (epd)`: the agency's tag after the name is the story's source.
    if let Some((name, tag)) = rest.strip_suffix(')').and_then(|r| r.rsplit_once(" ("))
        && is_known_agency(tag)
    {
        rest = name.trim_end();
    }
    if rest.chars().nth(120).is_some() || more_words_than(rest, 14) {
        return None;
    }
    let mut segments = rest.split(',').map(str::trim);
    let first = segments.next()?;
    if !names_only(first) {
        return None;
    }
    let mut names = split_names(first);
    let mut affiliated = false;
    for segment in segments {
        if affiliation(segment) {
            affiliated = true;
        } else if names_only(segment) {
            if !affiliated {
                names.extend(split_names(segment));
            }
        } else {
            // `By Monday, the government ...` is a sentence, not a byline.
            return None;
        }
    }
    Some(Byline {
        text: rest.to_string(),
        names,
    })
}

/// A byline printed without a word to introduce it, over two lines: a name and the line
/// below it naming the press it writes for (`Julie Gagnon` / `La Presse Canadienne`, `Holly
/// Brennan` / `(Australian Associated Press)`). The byline joins them with a comma.
pub(crate) fn unsigned_byline(name: &str, below: &str) -> Option<Byline> {
    let name = name.trim();
    let below = below.trim();
    let press = below
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(below)
        .trim();
    ((2..=4).contains(&words_up_to(name, 5))
        && after_by_word(name).is_none()
        && names_only(name)
        && !affiliation(name)
        && affiliation(press))
    .then(|| Byline {
        text: format!("{name}, {press}"),
        names: vec![name.to_string()],
    })
}

/// A name in capitals on a line of its own (Folha's `LUCAS FERNANDES` above the dateline):
/// two to four words of names, no affiliation.
pub(crate) fn caps_name(line: &str) -> bool {
    let text = line.trim();
    (2..=4).contains(&words_up_to(text, 5))
        && is_caps(text)
        && names_only(text)
        && !affiliation(text)
}

/// True for a word that introduces a byline (`By`, `Par`, `Von`, any case).
pub(crate) fn is_by_word(word: &str) -> bool {
    // An ASCII word is compared without lower-casing a copy (the by-words are lower case): the
    // reader asks this of the first word of many lines.
    if word.is_ascii() {
        return BY_WORDS.iter().any(|by| by.eq_ignore_ascii_case(word));
    }
    BY_WORDS.contains(&word.to_lowercase().as_str())
}

/// What follows the word that introduces a byline (`By`, `di`, `Par`, `Από τον`, `Автор:`), or
/// `None` when the text does not start with one or nothing follows it.
pub(crate) fn after_by_word(text: &str) -> Option<&str> {
    let (word, rest) = text.trim_start().split_once(char::is_whitespace)?;
    let word = word.strip_suffix(':').unwrap_or(word);
    let lower = word.to_lowercase();
    let cased = word == lower || is_caps(word) || word.chars().skip(1).all(char::is_lowercase);
    if !BY_WORDS.contains(&lower.as_str()) || !cased {
        return None;
    }
    let mut rest = rest.trim().trim_start_matches([':', '-', '–']).trim();
    if lower == "από"
        && let Some((article, name)) = rest.split_once(' ')
        && GREEK_ARTICLES.contains(&article)
    {
        rest = name.trim();
    }
    (!rest.is_empty()).then_some(rest)
}

/// The line that prints a byline: the byline itself when it starts with the word that
/// introduces it (markup formats keep `By Ann Lee`, `Par Claire Martin` as printed), else the
/// byline after `By`.
pub(crate) fn byline_line(byline: &str) -> String {
    if after_by_word(byline).is_some() {
        byline.to_string()
    } else {
        format!("By {byline}")
    }
}

/// `记者 张三 李四`, `作者：王五`, `홍길동 기자`, `김철수·이영희 기자`, `글·사진 홍길동 기자`.
fn cjk_byline(text: &str) -> Option<Byline> {
    if text.chars().count() > 40 || ends_sentence(text) {
        return None;
    }
    if let Some(rest) = CJK_BY_PREFIXES.iter().find_map(|p| text.strip_prefix(p)) {
        let names = rest.trim_start_matches(['：', ':', ' ', '\u{3000}']).trim();
        return name_list(names, 4).map(|names_list| Byline {
            text: names.to_string(),
            names: names_list,
        });
    }
    let before_role = KOREAN_ROLES.iter().find_map(|r| text.strip_suffix(r))?;
    let names = before_role
        .trim()
        .trim_start_matches("글·사진")
        .trim_start_matches("글")
        .trim();
    let list = name_list(names, 5)?;
    list.iter()
        .all(|n| n.chars().all(crate::dateline::is_uncased_letter))
        .then(|| Byline {
            text: names.to_string(),
            names: list,
        })
}

/// Names separated by `、`, `，`, `·`, `,` or spaces, each of CJK letters and at most
/// `max_chars` long.
fn name_list(text: &str, max_chars: usize) -> Option<Vec<String>> {
    let names: Vec<String> = text
        .split(['、', '，', ',', '·', '・', ' ', '\u{3000}'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect();
    let ok = !names.is_empty()
        && names.len() <= 6
        && names
            .iter()
            .all(|n| (2..=max_chars).contains(&n.chars().count()) && n.chars().all(is_cjk));
    ok.then_some(names)
}

/// True when `text` is only capitalised names with connectors and particles.
fn names_only(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 || !words.first().is_some_and(|w| starts_name(w)) {
        return false;
    }
    let last_ok = words.last().is_some_and(|w| {
        !w.ends_with(['.', ':', ';', '!', '?'])
            || w.chars().filter(|c| c.is_alphabetic()).count() <= 2
    });
    last_ok
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            !bare.chars().any(|c| c.is_ascii_digit())
                && (starts_name(bare)
                    || CONNECTORS.contains(&bare)
                    || *w == "&"
                    || NAME_PARTICLES.contains(&bare))
        })
}

fn split_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for word in text.split_whitespace() {
        if CONNECTORS.contains(&word) {
            if !current.is_empty() {
                names.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(word);
        }
    }
    if !current.is_empty() {
        names.push(current.join(" "));
    }
    names
}

/// An affiliation line or segment: `Associated Press`, `AP Business Writer`, `dpa`,
/// `The Canadian Press`.
pub(crate) fn affiliation(text: &str) -> bool {
    let text = text
        .trim()
        .trim_end_matches(|c: char| c == '=' || c.is_whitespace());
    if text.is_empty() || more_words_than(text, 6) || ends_sentence(text) {
        return false;
    }
    is_known_agency(text)
        || text.split_whitespace().any(|w| {
            let w = w.to_lowercase();
            AFFILIATION_WORDS.contains(&w.as_str()) || is_known_agency(&w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_words_are_known_in_any_case() {
        // is_by_word compares ASCII words with the list as it stands: the list is lower case.
        assert!(BY_WORDS.iter().all(|w| *w == w.to_lowercase()));
        for word in ["by", "BY", "By", "Von", "PAR", "από", "ΑΠΌ", "Автор", "ΤΗΣ"] {
            assert!(is_by_word(word), "{word}");
        }
        for word in ["", "b", "bye", "The", "Autorin", "τησ "] {
            assert!(!is_by_word(word), "{word}");
        }
    }

    /// An affiliation is at most six words, without the `=` a teletype line may end with.
    #[test]
    fn an_affiliation_is_at_most_six_words() {
        assert!(affiliation("Kyodo="));
        assert!(affiliation("Senior Correspondent of The Canadian Press"));
        assert!(!affiliation(
            "The Senior Correspondent of The Canadian Press"
        ));
        assert!(!affiliation("He works for The Canadian Press."));
    }

    #[test]
    fn bylines_in_several_languages() {
        let b = byline("By Jane Doe").unwrap();
        assert_eq!(b.text, "Jane Doe");
        assert_eq!(b.names, ["Jane Doe"]);
        assert_eq!(byline("di Giulia Bianchi").unwrap().text, "Giulia Bianchi");
        assert_eq!(
            byline("Par Claire DUMONT").unwrap().names,
            ["Claire DUMONT"]
        );
        assert_eq!(byline("Von Lukas Huber").unwrap().text, "Lukas Huber");
        let b = byline("BY PAUL BYRNE and ALMUDENA CALATRAVA, Associated Press=").unwrap();
        assert_eq!(
            b.text,
            "PAUL BYRNE and ALMUDENA CALATRAVA, Associated Press"
        );
        assert_eq!(b.names, ["PAUL BYRNE", "ALMUDENA CALATRAVA"]);
        let b = byline("By Helen Maguire, dpa  =").unwrap();
        assert_eq!(b.names, ["Helen Maguire"]);
        assert_eq!(byline("Par ailleurs, le gouvernement a décidé."), None);
        assert_eq!(byline("Di recente il governo ha deciso"), None);
        assert_eq!(byline("By"), None);
        assert_eq!(byline("Von Montag an gilt die Regel"), None);
        assert_eq!(byline("Oleh Siti Aminah").unwrap().names, ["Siti Aminah"]);
        assert_eq!(byline("Oleh karena itu, harga naik."), None);
        assert_eq!(byline("מאת נועה ברגר").unwrap().names, ["נועה ברגר"]);
        // Names after an affiliation are not the byline's people.
        assert_eq!(
            byline("By Ann Lee, Bob Roe").unwrap().names,
            ["Ann Lee", "Bob Roe"]
        );
        assert_eq!(
            byline("By Ann Lee, AP, Bob Roe").unwrap().names,
            ["Ann Lee"]
        );
    }

    #[test]
    fn names_and_cjk_name_lists_by_their_limits() {
        assert!(names_only("Ann Lee") && names_only("Ann Lee Jr."));
        assert!(!names_only("Ann Lee Smith.") && !names_only("ann Lee") && !names_only(""));
        let ten = "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj";
        assert!(names_only(ten));
        assert!(!names_only(&format!("{ten} Kk")));
        assert_eq!(
            name_list("张三 李四", 4),
            Some(vec!["张三".into(), "李四".into()])
        );
        assert_eq!(name_list("", 4), None);
        assert_eq!(name_list("张 李四", 4), None);
        assert_eq!(
            name_list("张三 李四 王五 赵六 钱七 孙八", 4).map(|n| n.len()),
            Some(6)
        );
        assert_eq!(name_list("张三 李四 王五 赵六 钱七 孙八 周九", 4), None);
        assert_eq!(name_list("张三 Lee", 4), None);
    }

    #[test]
    fn a_byline_is_at_most_fourteen_words_and_120_characters() {
        let words = |n: usize| {
            // Two names' segments (a segment holds at most ten words).
            (0..n)
                .map(|i| {
                    format!(
                        "N{}{}",
                        char::from(b'a' + (i % 26) as u8),
                        if i == 6 { "," } else { "" }
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(byline(&format!("By {}", words(14))).is_some());
        assert!(byline(&format!("By {}", words(15))).is_none());
        // Nine names of eleven letters and one of twelve, with their spaces: 120 characters.
        let long = format!("{} Abcdefghijkl", ["Abcdefghijk"; 9].join(" "));
        assert_eq!(long.chars().count(), 120);
        assert!(byline(&format!("By {long}")).is_some());
        assert!(byline(&format!("By {long}x")).is_none());
        // A CJK byline is at most 40 characters: six names of five syllables.
        let names = ["가나다라마"; 6].join("·");
        let korean = format!("글 {names} 기자");
        assert_eq!(korean.chars().count(), 40);
        assert_eq!(byline(&korean).map(|b| b.names.len()), Some(6));
        assert!(byline(&format!("글  {names} 기자")).is_none());
        let b = byline("Von Anna Berger (epd)").unwrap();
        assert_eq!((b.text.as_str(), b.names.len()), ("Anna Berger", 1));
        // Only an agency's tag leaves the byline.
        assert_eq!(
            byline("Von Anna Berger (Hannover)")
                .map(|b| b.text)
                .as_deref(),
            Some("Anna Berger (Hannover)")
        );
        let b = unsigned_byline("Holly Brennan", "(Australian Associated Press)").unwrap();
        assert_eq!(b.text, "Holly Brennan, Australian Associated Press");
        assert_eq!(b.names, ["Holly Brennan"]);
        assert_eq!(
            unsigned_byline("Julie Gagnon", "La Presse Canadienne")
                .unwrap()
                .text,
            "Julie Gagnon, La Presse Canadienne"
        );
        assert!(unsigned_byline("Harbour Works", "The port reopened on Monday.").is_none());
        assert!(unsigned_byline("Associated Press", "Associated Press").is_none());
        assert!(unsigned_byline("By Ann Lee", "PA Transport Correspondent").is_none());
        assert!(caps_name("LUCAS FERNANDES"));
        assert!(!caps_name("LUCAS") && !caps_name("Lucas Fernandes") && !caps_name("AP NEWS"));
    }

    #[test]
    fn bylines_in_other_scripts() {
        let b = byline("Από τον Γιώργο Παπαδόπουλο").unwrap();
        assert_eq!(b.text, "Γιώργο Παπαδόπουλο");
        assert_eq!(
            byline("Του Νίκου Δημητρίου").unwrap().names,
            ["Νίκου Δημητρίου"]
        );
        assert_eq!(byline("Του χρόνου θα δούμε"), None);
        assert_eq!(byline("Автор: Иван Петров").unwrap().names, ["Иван Петров"]);
        assert_eq!(
            byline("Автор Мария Смирнова и Олег Ильин").unwrap().names,
            ["Мария Смирнова", "Олег Ильин"]
        );
        assert_eq!(byline("بقلم: محمد العلي").unwrap().text, "محمد العلي");
        let b = byline("记者 张三 李四").unwrap();
        assert_eq!(b.names, ["张三", "李四"]);
        assert_eq!(byline("作者：王五").unwrap().names, ["王五"]);
        let b = byline("홍길동 기자").unwrap();
        assert_eq!(b.names, ["홍길동"]);
        assert_eq!(
            byline("김철수·이영희 기자").unwrap().names,
            ["김철수", "이영희"]
        );
        assert_eq!(byline("Av Kari Nordmann").unwrap().names, ["Kari Nordmann"]);
        assert_eq!(byline("Door Jan de Vries").unwrap().names, ["Jan de Vries"]);
        assert_eq!(byline("Por Ana Souza").unwrap().names, ["Ana Souza"]);
        assert_eq!(byline("Af Mette Hansen").unwrap().names, ["Mette Hansen"]);
        assert_eq!(byline("정부는 29일 새 대책을 발표했다."), None);
        assert_eq!(byline("记者会上，部长表示。"), None);
    }
}
