//! Wire stories built from the conventions, and read back (issue #19): a second check, beside
//! the ground truth of `../shared/textwire*`, that the plain-text reader follows rules rather
//! than files.
//!
//! A story is put together from parts, each in one agency's house style and one of nine
//! languages: a headline, a byline with the language's by-word, a dateline in the agency's form
//! (`LONDON, Dec 3 (Reuters) -`, `(ANSA) - ROMA, 3 DIC -`, `МОСКВА, 3 декабря. /ТАСС/.`),
//! paragraphs of sentences, and the agency's credit line. It is laid out as wire copy comes:
//! a line per paragraph, hard-wrapped at 58 to 80 columns with blank lines, or hard-wrapped
//! with indented paragraphs and no blank lines; with LF or CRLF line ends; in UTF-8, UTF-8 with
//! a BOM, UTF-16 with a BOM or (for Western languages) Windows-1252. The ground truth is how the
//! story was built: the reader must give back each part.

use newswire::{Article, Format, read};
use proptest::prelude::*;

/// A language's parts: its tag, headlines, by-word, sentences, and the agency that writes in it
/// with its dateline and credit line.
struct Language {
    tag: &'static str,
    headlines: &'static [&'static str],
    by: Option<&'static str>,
    sentences: &'static [&'static str],
    agency: Agency,
}

/// An agency's dateline (with `{}` where the city goes) and what a reader must find in it, and
/// its credit line with the credit it gives.
struct Agency {
    cities: &'static [&'static str],
    dateline: &'static str,
    name: &'static str,
    credit: Option<(&'static str, &'static str)>,
}

const NAMES: &[&str] = &[
    "Anna Berg",
    "Marco Rossi",
    "Lena Vogel",
    "Tom Hale",
    "Sara Lind",
];

const LANGUAGES: &[Language] = &[
    Language {
        tag: "en",
        headlines: &[
            "Rail fares rise for the third year running",
            "City council approves new cycle lanes",
        ],
        by: Some("By"),
        sentences: &[
            "The government said on Tuesday that fares would rise by an average of four percent in March.",
            "Passenger groups said the increase would add hundreds of pounds a year to the cost of commuting.",
            "The operator expects to carry more passengers than ever before during the coming winter months.",
            "Officials from both sides met again on Wednesday, but no agreement was reached on the budget.",
            "The new lanes will connect the university with the central station and the old harbour.",
            "Work on the project is expected to begin in the spring and to last for about two years.",
        ],
        agency: Agency {
            cities: &["LONDON", "NEW YORK", "SYDNEY"],
            dateline: "{}, Dec 3 (Reuters) -",
            name: "Reuters",
            credit: Some((
                "(Reporting by Jane Doe; Editing by John Smith)",
                "Reporting by Jane Doe; Editing by John Smith",
            )),
        },
    },
    Language {
        tag: "de",
        headlines: &[
            "Bundesregierung beschließt neues Klimagesetz",
            "Stadt plant neue Straßenbahnlinie",
        ],
        by: Some("Von"),
        sentences: &[
            "Die Bundesregierung hat am Mittwoch ein neues Gesetz zum Schutz des Klimas beschlossen.",
            "Die Opposition kritisierte den Entwurf als zu zaghaft und forderte deutlich strengere Regeln.",
            "Das Gesetz muss noch vom Bundestag verabschiedet werden, bevor es im Sommer in Kraft treten kann.",
            "Die neue Linie soll rund vierzig Millionen Euro kosten und acht neue Haltestellen bekommen.",
            "Nach Angaben der Stadt sollen die Bauarbeiten im kommenden Frühjahr beginnen.",
            "Der Verband der Fahrgäste begrüßte die Pläne und sprach von einem wichtigen Schritt.",
        ],
        agency: Agency {
            cities: &["BERLIN", "München", "HAMBURG"],
            dateline: "{} (dpa) -",
            name: "dpa",
            credit: None,
        },
    },
    Language {
        tag: "it",
        headlines: &[
            "Il governo approva il decreto sulle pensioni",
            "Nuova linea della metropolitana entro il 2030",
        ],
        by: Some("di"),
        sentences: &[
            "Il consiglio dei ministri ha approvato oggi il decreto sulle pensioni dopo una lunga riunione.",
            "I sindacati hanno chiesto un incontro urgente con il governo per discutere delle nuove regole.",
            "La nuova linea collegherà la stazione centrale con il quartiere universitario e con l'aeroporto.",
            "Secondo il comune, i lavori dovrebbero cominciare nella prossima primavera e durare tre anni.",
            "Il costo complessivo dell'opera è stimato in circa due miliardi di euro.",
            "Le associazioni dei consumatori hanno accolto con favore la decisione del governo.",
        ],
        agency: Agency {
            cities: &["ROMA", "MILANO", "NAPOLI"],
            dateline: "(ANSA) - {}, 3 DIC -",
            name: "ANSA",
            credit: Some(("(ANSA).", "ANSA")),
        },
    },
    Language {
        tag: "fr",
        headlines: &[
            "Le gouvernement présente son plan pour le vélo",
            "La ville de Lyon ouvre un nouveau pont",
        ],
        by: Some("Par"),
        sentences: &[
            "Le gouvernement a présenté mercredi un plan de cent millions d'euros pour les pistes cyclables.",
            "Les associations de cyclistes ont salué une avancée, tout en réclamant davantage de moyens.",
            "Le nouveau pont reliera les deux rives du fleuve et sera ouvert aux piétons et aux vélos.",
            "Selon la mairie, les travaux devraient commencer au printemps et durer environ deux ans.",
            "Le ministre a déclaré que la sécurité des usagers restait la priorité du gouvernement.",
            "Plusieurs élus de l'opposition ont jugé le calendrier trop lent et le budget insuffisant.",
        ],
        agency: Agency {
            cities: &["PARIS", "LYON", "MARSEILLE"],
            dateline: "{}, 3 décembre (AFP) -",
            name: "AFP",
            credit: None,
        },
    },
    Language {
        tag: "es",
        headlines: &[
            "El Gobierno aprueba la nueva ley de vivienda",
            "Madrid abrirá una nueva línea de metro",
        ],
        by: Some("Por"),
        sentences: &[
            "El Consejo de Ministros aprobó este martes la nueva ley de vivienda tras meses de negociaciones.",
            "Los sindicatos pidieron una reunión urgente con el Gobierno para discutir las nuevas normas.",
            "La nueva línea unirá el centro de la ciudad con el aeropuerto y con los barrios del sur.",
            "Según el ayuntamiento, las obras comenzarán en primavera y durarán unos tres años.",
            "El coste total del proyecto se estima en unos mil millones de euros.",
            "Las asociaciones de vecinos celebraron la decisión, aunque pidieron más información.",
        ],
        agency: Agency {
            cities: &["MADRID", "SEVILLA", "BARCELONA"],
            dateline: "{}, 3 dic (EFE).-",
            name: "EFE",
            credit: None,
        },
    },
    Language {
        tag: "nl",
        headlines: &[
            "Kabinet presenteert plan voor nieuwe woningen",
            "Gemeente Utrecht opent nieuwe fietsenstalling",
        ],
        by: Some("Door"),
        sentences: &[
            "Het kabinet heeft dinsdag een plan gepresenteerd voor de bouw van honderdduizend nieuwe woningen.",
            "De oppositie noemde het plan te weinig ambitieus en vroeg om meer geld voor sociale huur.",
            "De nieuwe stalling biedt plaats aan twaalfduizend fietsen en is dag en nacht geopend.",
            "Volgens de gemeente is de stalling nu al de grootste van het land.",
            "De bouw van het project heeft ruim drie jaar geduurd en kostte zestig miljoen euro.",
            "Reizigers reageerden positief op de opening, al vonden sommigen de ingang lastig te vinden.",
        ],
        agency: Agency {
            cities: &["AMSTERDAM", "UTRECHT", "DEN HAAG"],
            dateline: "{} (ANP) -",
            name: "ANP",
            credit: None,
        },
    },
    Language {
        tag: "nb",
        headlines: &[
            "Regjeringen legger fram ny klimaplan",
            "Hurtigruten fraktet flere passasjerer enn noen gang",
        ],
        by: Some("Av"),
        sentences: &[
            "Regjeringen la fram en ny klimaplan tirsdag, og målet er å kutte utslippene kraftig innen 2030.",
            "Opposisjonen mener planen er for svak og krever strengere tiltak for industrien.",
            "Selskapet fraktet flere passasjerer enn noen gang i fjor, opplyser selskapet i en melding.",
            "Etterspørselen etter reiser langs kysten har økt kraftig etter pandemien.",
            "Selskapet venter også en sterk vinter, med mange bestillinger fra utlandet.",
            "Flere ordførere langs kysten ønsker nyheten velkommen og håper på flere anløp.",
        ],
        agency: Agency {
            cities: &["OSLO", "BERGEN", "TROMSØ"],
            dateline: "{} (NTB) -",
            name: "NTB",
            credit: Some(("(©NTB)", "NTB")),
        },
    },
    Language {
        tag: "sv",
        headlines: &[
            "Regeringen presenterar ny budget för skolan",
            "Stockholm bygger ut tunnelbanan",
        ],
        by: Some("Av"),
        sentences: &[
            "Regeringen presenterade på tisdagen en ny budget som ger skolorna mer pengar nästa år.",
            "Oppositionen menar att satsningen är för liten och kräver större resurser till lärarna.",
            "Den nya tunnelbanelinjen ska knyta ihop de södra förorterna med centrala Stockholm.",
            "Enligt regionen ska bygget starta till våren och pågå i ungefär fem år.",
            "Kostnaden för hela projektet beräknas till omkring tjugo miljarder kronor.",
            "Resenärernas förening välkomnar beskedet men vill se en snabbare tidsplan.",
        ],
        agency: Agency {
            cities: &["STOCKHOLM", "GÖTEBORG", "MALMÖ"],
            dateline: "{} (TT) -",
            name: "TT",
            credit: None,
        },
    },
    Language {
        tag: "ru",
        headlines: &[
            "Правительство утвердило новую программу развития транспорта",
            "В Москве откроют новую линию метро",
        ],
        by: None,
        sentences: &[
            "Правительство России утвердило новую программу развития городского транспорта, сообщили в пресс-службе кабинета министров.",
            "Программа рассчитана на пять лет и предусматривает обновление автобусного парка в крупных городах.",
            "Новая линия метро соединит центр города с южными районами и аэропортом.",
            "По данным мэрии, строительство начнется весной и продлится около трех лет.",
            "Стоимость проекта оценивается примерно в двести миллиардов рублей.",
            "Жители района положительно оценили решение властей, но попросили ускорить работы.",
        ],
        agency: Agency {
            cities: &["МОСКВА", "САНКТ-ПЕТЕРБУРГ"],
            dateline: "{}, 3 декабря. /ТАСС/.",
            name: "ТАСС",
            credit: None,
        },
    },
];

/// How the story is laid out.
#[derive(Debug, Clone, Copy)]
enum Layout {
    /// One line per paragraph, blank lines between.
    Lines,
    /// Hard-wrapped at the column, blank lines between paragraphs.
    Wrapped(usize),
    /// Hard-wrapped at the column, each paragraph's first line indented, no blank lines in the
    /// body.
    Indented(usize),
}

/// How the story is encoded.
#[derive(Debug, Clone, Copy)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Bom,
    /// Only for languages whose letters it has.
    Windows1252,
}

/// A story built from its parts.
#[derive(Debug, Clone)]
struct Story {
    language: &'static str,
    headline: &'static str,
    byline: Option<(&'static str, &'static str)>,
    city: &'static str,
    dateline: String,
    agency: &'static str,
    paragraphs: Vec<String>,
    credit: Option<(&'static str, &'static str)>,
    layout: Layout,
    crlf: bool,
    encoding: Encoding,
}

fn story() -> impl Strategy<Value = Story> {
    (0..LANGUAGES.len()).prop_flat_map(|index| {
        let language = &LANGUAGES[index];
        let paragraph = proptest::sample::subsequence(language.sentences.to_vec(), 1..=3)
            .prop_shuffle()
            .prop_map(|sentences| sentences.join(" "));
        let latin1 = language.tag != "ru";
        (
            proptest::sample::select(language.headlines.to_vec()),
            proptest::option::of(proptest::sample::select(NAMES.to_vec())),
            proptest::sample::select(language.agency.cities.to_vec()),
            proptest::collection::vec(paragraph, 2..=6),
            any::<bool>(),
            prop_oneof![
                Just(Layout::Lines),
                (58usize..=80).prop_map(Layout::Wrapped),
                (58usize..=80).prop_map(Layout::Indented),
            ],
            any::<bool>(),
            prop_oneof![
                Just(Encoding::Utf8),
                Just(Encoding::Utf8Bom),
                Just(Encoding::Utf16Bom),
                Just(if latin1 {
                    Encoding::Windows1252
                } else {
                    Encoding::Utf8
                }),
            ],
        )
            .prop_map(
                move |(headline, name, city, paragraphs, with_credit, layout, crlf, encoding)| {
                    Story {
                        language: language.tag,
                        headline,
                        byline: language.by.zip(name),
                        city,
                        dateline: language.agency.dateline.replace("{}", city),
                        agency: language.agency.name,
                        paragraphs,
                        credit: language.agency.credit.filter(|_| with_credit),
                        layout,
                        crlf,
                        encoding,
                    }
                },
            )
    })
}

/// `text` broken into lines of at most `width` columns (a word longer than that stands alone).
fn wrap(text: &str, width: usize, first_indent: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first_indent.to_string();
    let mut bare = true;
    for word in text.split(' ') {
        let needed = line.chars().count() + usize::from(!bare) + word.chars().count();
        if !bare && needed > width {
            lines.push(std::mem::take(&mut line));
            bare = true;
        }
        if !bare {
            line.push(' ');
        }
        line.push_str(word);
        bare = false;
    }
    lines.push(line);
    lines
}

/// The story as wire copy: its lines, then its bytes.
fn render(story: &Story) -> Vec<u8> {
    let mut lines: Vec<String> = vec![story.headline.to_string(), String::new()];
    if let Some((by, name)) = story.byline {
        lines.push(format!("{by} {name}"));
        lines.push(String::new());
    }
    let body: Vec<String> = story
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i == 0 {
                format!("{} {p}", story.dateline)
            } else {
                p.clone()
            }
        })
        .collect();
    for paragraph in &body {
        match story.layout {
            Layout::Lines => {
                lines.push(paragraph.clone());
                lines.push(String::new());
            }
            Layout::Wrapped(width) => {
                lines.extend(wrap(paragraph, width, ""));
                lines.push(String::new());
            }
            Layout::Indented(width) => lines.extend(wrap(paragraph, width, "   ")),
        }
    }
    if let Some((line, _)) = story.credit {
        if matches!(story.layout, Layout::Indented(_)) {
            lines.push(format!("   {line}"));
        } else {
            lines.push(line.to_string());
        }
    }
    let end = if story.crlf { "\r\n" } else { "\n" };
    let text = lines.join(end) + end;
    match story.encoding {
        Encoding::Utf8 => text.into_bytes(),
        Encoding::Utf8Bom => [&[0xef, 0xbb, 0xbf][..], text.as_bytes()].concat(),
        Encoding::Utf16Bom => {
            let mut bytes = vec![0xff, 0xfe];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            bytes
        }
        Encoding::Windows1252 => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            assert!(!unmappable, "{text}");
            bytes.into_owned()
        }
    }
}

fn read_story(bytes: &[u8]) -> Article {
    let mut articles = read(bytes, Format::Text).expect("a story reads");
    assert_eq!(articles.len(), 1);
    articles.remove(0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_story_built_from_the_conventions_reads_back_as_built(story in story()) {
        let bytes = render(&story);
        let a = read_story(&bytes);
        prop_assert_eq!(a.headline.as_deref(), Some(story.headline));
        let names: Vec<&str> = a.authors.iter().map(|p| p.name.as_str()).collect();
        let expected: Vec<&str> = story.byline.map(|(_, name)| name).into_iter().collect();
        prop_assert_eq!(names, expected);
        let dateline = a.dateline.as_ref();
        prop_assert_eq!(dateline.map(|d| d.text.as_str()), Some(story.dateline.as_str()));
        prop_assert_eq!(dateline.and_then(|d| d.city.as_deref()), Some(story.city));
        let agencies: Vec<&str> = dateline
            .map(|d| d.agencies.iter().map(|p| p.name.as_str()).collect())
            .unwrap_or_default();
        prop_assert_eq!(agencies, [story.agency]);
        let paragraphs: Vec<String> = a.body.iter().map(|b| b.plain_text()).collect();
        prop_assert_eq!(paragraphs, story.paragraphs.clone());
        prop_assert_eq!(a.credit.as_deref(), story.credit.map(|(_, credit)| credit));
        prop_assert_eq!(a.language.as_deref(), Some(story.language));
    }
}

/// The renderer itself: a wrapped line never passes the column unless one word does, and the
/// words come back in order.
#[test]
fn wrapping_keeps_the_words_within_the_column() {
    let text = "one two three four five six seven eight nine ten eleven twelve";
    let lines = wrap(text, 14, "   ");
    assert_eq!(
        lines,
        [
            "   one two",
            "three four",
            "five six seven",
            "eight nine ten",
            "eleven twelve"
        ]
    );
    assert_eq!(
        wrap("a verylongwordthatdoesnotfit b", 8, ""),
        ["a", "verylongwordthatdoesnotfit", "b"]
    );
}
