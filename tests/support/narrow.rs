//! The generators as they were before issue #16 point 2 widened them (`generate.rs`), kept for
//! the oracle alone (`tests/oracle.rs`) until its tables learn the wider shapes. Run on the wide
//! generators, the tables failed on shapes they do not model yet, none of them a writer's wrong
//! place: values with whitespace of any kind (no-break, ideographic, line separator) at their
//! ends or inside (the writers trim it; JSON-LD, Atom, ninjs and the teletype formats fold it),
//! blank parties, offsets with seconds (RFC 3339 has none), CJK datelines glued to the lead.
//! The round trips (`tests/roundtrip.rs`) run on the wide generators.
//!
//! Realistic generated articles for the round-trip properties: every model field, present or
//! absent, with text in many scripts (accents, Arabic and Hebrew, CJK, Cyrillic, Greek), XML
//! specials, emoji and combining marks, bodies with nested marks, lists and quotes, and times
//! with and without offsets.
//!
//! "Realistic" means what a reader could find in a feed: single spaces between words, no control
//! characters, no blank values.

use std::collections::BTreeMap;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use newswire::model::{
    Agency, Article, Author, AuthorKind, Block, Concept, Dateline, Inline, ItemKind, Link,
    PartialDate, Party, PubStatus, Rights, Timestamp,
};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;

/// Words in many scripts, with the characters XML and JSON must escape.
const WORDS: &[&str] = &[
    "Rates",
    "held",
    "città",
    "Genève",
    "Zürich",
    "São",
    "naïve",
    "Łódź",
    "Ελλάδα",
    "Москва",
    "новости",
    "القاهرة",
    "الأخبار",
    "ירושלים",
    "東京",
    "新华社",
    "서울",
    "e\u{301}te\u{301}",
    "A\u{30a}",
    "🚀",
    "👩‍💻",
    "<b>",
    "&amp;",
    "AT&T",
    "\"quoted\"",
    "'single'",
    "a<b",
    "x>y",
    "50%",
    "#1",
    "C++",
    "«guillemets»",
    "—",
    "…",
    "\\back",
    "tab-free",
    "2024",
    "100",
    "q&a",
    "]]>",
    "<!--",
    "</script>",
];

/// Words safe as codes (QCode codes, roles, slugs): no whitespace, no colon.
const CODES: &[&str] = &[
    "20000350",
    "04000000",
    "Current",
    "Analysis",
    "writer",
    "editor",
    "photographer",
    "ECO",
    "sport",
    "x-1",
    "é",
    "Ü",
    "ab_c",
];

fn word() -> impl Strategy<Value = String> {
    proptest::sample::select(WORDS).prop_map(str::to_string)
}

fn code() -> impl Strategy<Value = String> {
    proptest::sample::select(CODES).prop_map(str::to_string)
}

/// One to `max` words on one line, single-spaced.
fn line(max: usize) -> impl Strategy<Value = String> {
    vec(word(), 1..=max).prop_map(|words| words.join(" "))
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (
        1990i32..2035,
        1u32..=12,
        1u32..=28,
        0u32..24,
        0u32..60,
        0u32..60,
        prop_oneof![Just(0u32), 0u32..1000],
        prop_oneof![
            1 => Just(None),
            3 => (-14 * 4..=14 * 4i32).prop_map(|quarters| Some(quarters * 900)),
        ],
    )
        .prop_filter_map(
            "a valid date",
            |(year, month, day, hour, minute, second, millis, offset)| {
                let local = NaiveDate::from_ymd_opt(year, month, day)?
                    .and_hms_milli_opt(hour, minute, second, millis)?;
                Some(match offset {
                    None => Timestamp::without_offset(local),
                    Some(seconds) => {
                        let offset = FixedOffset::east_opt(seconds)?;
                        Timestamp::new(offset.from_local_datetime(&local).single()?)
                    }
                })
            },
        )
}

fn concept() -> impl Strategy<Value = Concept> {
    prop_oneof![
        (
            proptest::sample::select(&["medtop", "subj", "genre", "ansa", "x-prov"][..]),
            code(),
            of(line(3))
        )
            .prop_map(|(scheme, code, name)| Concept {
                scheme: Some(scheme.to_string()),
                code: Some(code),
                name,
            }),
        (
            proptest::sample::select(
                &[
                    "http://cv.iptc.org/newscodes/mediatopic/",
                    "https://example.com/cv/topics/",
                ][..]
            ),
            code(),
            of(line(3))
        )
            .prop_map(|(scheme, code, name)| Concept {
                scheme: Some(scheme.to_string()),
                code: Some(code),
                name,
            }),
        line(3).prop_map(Concept::named),
    ]
}

fn identifier() -> impl Strategy<Value = String> {
    prop_oneof![
        code().prop_map(|c| format!("urn:newsml:example.com:20240115:{c}")),
        code().prop_map(|c| format!("https://example.com/people/{c}")),
        code().prop_map(|c| format!("nprov:{c}")),
    ]
}

fn author() -> impl Strategy<Value = Author> {
    (
        line(3),
        of(identifier()),
        prop_oneof![Just(AuthorKind::Creator), Just(AuthorKind::Contributor)],
        of(code()),
        of(line(3)),
    )
        .prop_map(|(name, id, kind, role, job_title)| {
            let mut author = Author::named(name);
            author.id = id;
            author.kind = kind;
            author.role = role;
            author.job_title = job_title;
            author
        })
}

fn party() -> impl Strategy<Value = Party> {
    prop_oneof![
        line(3).prop_map(Party::named),
        (identifier(), of(line(3))).prop_map(|(id, name)| Party { id: Some(id), name }),
    ]
}

fn dateline() -> impl Strategy<Value = Dateline> {
    (
        line(2),
        of(line(2)),
        of((of(1990i32..2035), of(1u8..=12), of(1u8..=28))),
        vec(
            (
                proptest::sample::select(&["ANSA", "dpa", "ITALPRESS", "MNA", "AFP", "ТАСС"][..]),
                of(proptest::sample::select(&["lby", "bb"][..])),
            ),
            0..3,
        ),
        proptest::sample::select(&["-", "–", "—", "_", ".-", ":"][..]),
    )
        .prop_map(|(city, region, date, agencies, separator)| {
            let agencies: Vec<Agency> = agencies
                .into_iter()
                .map(|(name, service)| Agency {
                    name: name.to_string(),
                    service: service.map(str::to_string),
                })
                .collect();
            let mut text = city.to_uppercase();
            if let Some(region) = &region {
                text.push_str(&format!(" ({region})"));
            }
            if !agencies.is_empty() {
                let names: Vec<&str> = agencies.iter().map(|a| a.name.as_str()).collect();
                text.push_str(&format!(" ({})", names.join("/")));
            }
            text.push(' ');
            text.push_str(separator);
            let mut dateline = Dateline::new(text);
            dateline.city = Some(city.to_uppercase());
            dateline.region = region;
            dateline.date = date.map(|(year, month, day)| PartialDate { year, month, day });
            dateline.agencies = agencies;
            dateline
        })
}

fn inline(depth: u32) -> BoxedStrategy<Inline> {
    let text = prop_oneof![
        3 => line(6),
        1 => line(4).prop_map(|l| format!("{l} ")),
        1 => line(4).prop_map(|l| format!(" {l}")),
    ]
    .prop_map(Inline::Text);
    if depth == 0 {
        return prop_oneof![5 => text, 1 => Just(Inline::LineBreak)].boxed();
    }
    let nested = || vec(inline(depth - 1), 1..3);
    prop_oneof![
        6 => text,
        1 => Just(Inline::LineBreak),
        2 => nested().prop_map(Inline::Emphasis),
        2 => nested().prop_map(Inline::Strong),
        1 => (code(), of(line(3)), nested()).prop_map(|(path, title, content)| Inline::Link {
            href: format!("https://example.com/{path}?a=1&b=2"),
            title,
            content,
        }),
    ]
    .boxed()
}

fn inlines() -> impl Strategy<Value = Vec<Inline>> {
    vec(inline(2), 1..5)
}

fn block(depth: u32) -> BoxedStrategy<Block> {
    let leaf = prop_oneof![
        6 => inlines().prop_map(|content| Block::Paragraph { content }),
        2 => (1u8..=6, inlines()).prop_map(|(level, content)| Block::Heading { level, content }),
        1 => vec(line(5), 1..4).prop_map(|lines| Block::Preformatted {
            text: lines.join("\n  ")
        }),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    prop_oneof![
        8 => leaf,
        1 => vec(block(depth - 1), 1..3).prop_map(|blocks| Block::Blockquote { blocks }),
        1 => (any::<bool>(), vec(vec(block(depth - 1), 1..3), 1..4))
            .prop_map(|(ordered, items)| Block::List { ordered, items }),
    ]
    .boxed()
}

fn link() -> impl Strategy<Value = Link> {
    (
        of(proptest::sample::select(
            &["alternate", "related", "enclosure", "via", "irel:seeAlso"][..],
        )),
        code(),
        of(proptest::sample::select(
            &["text/html", "image/jpeg", "video/mp4"][..],
        )),
        of(line(3)),
    )
        .prop_map(|(rel, path, media_type, title)| Link {
            rel: rel.map(str::to_string),
            href: format!("https://example.com/media/{path}"),
            media_type: media_type.map(str::to_string),
            title,
        })
}

/// An article with any combination of fields.
pub fn article() -> impl Strategy<Value = Article> {
    let identity = (
        of(prop_oneof![
            identifier(),
            code().prop_map(|c| format!("AFP {c} 123"))
        ]),
        of(1u32..50),
        prop_oneof![
            6 => Just(ItemKind::Text),
            1 => Just(ItemKind::Picture),
            1 => Just(ItemKind::Composite)
        ],
        of(proptest::sample::select(
            &["it", "en", "fr", "de-CH", "ar", "zh-Hant", "ru"][..],
        )),
    );
    let lines = (
        of(line(8)),
        of(line(10)),
        of(line(10)),
        of(vec(code(), 1..4).prop_map(|parts| parts.join("-"))),
        of(line(3)),
        of(line(5)),
        of(line(12)),
    );
    let terms = (
        vec(line(2), 0..3),
        vec(concept(), 0..4),
        vec(concept(), 0..2),
        vec(author(), 0..3),
        of(dateline()),
    );
    let parties = (
        of(party()),
        vec(party(), 0..3),
        of(party()),
        of(line(6)),
        of(line(6)),
    );
    let status = (
        of(1u8..=9),
        of(1u8..=9),
        prop_oneof![
            4 => Just(PubStatus::Usable),
            1 => Just(PubStatus::Withheld),
            1 => Just(PubStatus::Canceled)
        ],
        (
            of(timestamp()),
            of(timestamp()),
            of(timestamp()),
            of(timestamp()),
        ),
        vec(line(8), 0..3),
    );
    let content = (
        vec(block(2), 0..6),
        vec(link(), 0..3),
        of(line(3)),
        of(prop_oneof![0u32..2000, Just(u32::MAX)]),
    );
    (identity, lines, terms, parties, status, content).prop_map(
        |(identity, lines, terms, parties, status, content)| {
            let mut a = Article::default();
            (a.id, a.version, a.kind, a.language) = (
                identity.0,
                identity.1,
                identity.2,
                identity.3.map(str::to_string),
            );
            (
                a.title,
                a.headline,
                a.subheadline,
                a.slugline,
                a.byline,
                a.credit,
                a.description,
            ) = lines;
            (a.keywords, a.subjects, a.genres, a.authors, a.dateline) = terms;
            let (provider, sources, holder, notice, usage_terms) = parties;
            a.provider = provider;
            a.sources = sources;
            a.rights = Rights {
                holder,
                notice,
                usage_terms,
            };
            let (priority, urgency, pub_status, times, notes) = status;
            (a.priority, a.urgency, a.pub_status) = (priority, urgency, pub_status);
            (a.embargo, a.created, a.modified, a.published) = times;
            a.editorial_notes = notes;
            let (body, links, extension, word_count) = content;
            a.body = body;
            a.word_count = word_count;
            a.links = links;
            if let Some(value) = extension {
                a.extensions = BTreeMap::from([("test:note".to_string(), value.into())]);
            }
            a
        },
    )
}

/// Words of one language, for wire-shaped stories: a detector can tell the language, and no word
/// looks like a marker, a code or a web address.
const LANGUAGES: &[(&str, &[&str])] = &[
    (
        "it",
        &[
            "il",
            "governo",
            "della",
            "regione",
            "ha",
            "approvato",
            "oggi",
            "un",
            "piano",
            "per",
            "le",
            "scuole",
            "che",
            "sono",
            "state",
            "chiuse",
            "dopo",
            "la",
            "tempesta",
            "nei",
            "comuni",
            "del",
            "nord",
            "secondo",
            "il",
            "sindaco",
            "lavori",
            "dureranno",
            "mesi",
        ],
    ),
    (
        "en",
        &[
            "the",
            "government",
            "said",
            "on",
            "monday",
            "that",
            "it",
            "would",
            "increase",
            "spending",
            "on",
            "schools",
            "after",
            "the",
            "storm",
            "closed",
            "roads",
            "in",
            "the",
            "north",
            "according",
            "to",
            "officials",
            "who",
            "expect",
            "work",
            "to",
            "last",
        ],
    ),
    (
        "de",
        &[
            "die",
            "regierung",
            "hat",
            "am",
            "montag",
            "einen",
            "plan",
            "für",
            "die",
            "schulen",
            "beschlossen",
            "nachdem",
            "der",
            "sturm",
            "straßen",
            "im",
            "norden",
            "gesperrt",
            "hatte",
            "nach",
            "angaben",
            "der",
            "behörden",
            "dauern",
            "die",
            "arbeiten",
            "monate",
        ],
    ),
    (
        "fr",
        &[
            "le",
            "gouvernement",
            "a",
            "annoncé",
            "lundi",
            "un",
            "plan",
            "pour",
            "les",
            "écoles",
            "après",
            "la",
            "tempête",
            "qui",
            "a",
            "fermé",
            "des",
            "routes",
            "dans",
            "le",
            "nord",
            "selon",
            "les",
            "autorités",
            "les",
            "travaux",
            "devraient",
            "durer",
            "plusieurs",
        ],
    ),
    (
        "es",
        &[
            "el",
            "gobierno",
            "aprobó",
            "el",
            "lunes",
            "un",
            "plan",
            "para",
            "las",
            "escuelas",
            "después",
            "de",
            "que",
            "la",
            "tormenta",
            "cerrara",
            "carreteras",
            "en",
            "el",
            "norte",
            "según",
            "las",
            "autoridades",
            "los",
            "trabajos",
            "durarán",
            "varios",
            "meses",
        ],
    ),
];

const NAMES: &[&str] = &[
    "Giulia Bianchi",
    "Jane Doe",
    "Hans Weber",
    "Claire Martin",
    "Lucía García",
    "Marco Rossi",
];

const DATELINES: &[&str] = &[
    "ROMA (ANSA) -",
    "TORINO (ITALPRESS) –",
    "Berlin (dpa) -",
    "PARIS (AFP) -",
    "MADRID (EUROPA PRESS) -",
    "LONDON (Reuters) -",
];

const CREDITS: &[&str] = &[
    "IPA Agency (ITALPRESS)",
    "Reporting by Jane Doe",
    "Agence France-Presse",
];

/// `count` words of `pool`, the first capitalised.
fn words(
    pool: &'static [&'static str],
    count: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = String> {
    vec(proptest::sample::select(pool), count).prop_map(|words| {
        let text = words.join(" ");
        let mut chars = text.chars();
        chars
            .next()
            .map(|first| first.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    })
}

/// A paragraph of one to three sentences.
fn paragraph(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    vec(words(pool, 8..=16).prop_map(|s| format!("{s}.")), 1..=3).prop_map(|s| s.join(" "))
}

/// A story in the wire shape plain text carries (title with a headline, standfirst, byline,
/// dateline, paragraphs with sub-headings between them, credit), in one language.
pub fn text_article() -> impl Strategy<Value = Article> {
    proptest::sample::select(LANGUAGES).prop_flat_map(|(_, pool)| {
        (
            of(words(pool, 6..=10).prop_map(|t| format!("{t}."))),
            words(pool, 5..=10),
            of(words(pool, 8..=14)),
            of(proptest::sample::select(NAMES)),
            of(proptest::sample::select(DATELINES)),
            vec((paragraph(pool), of(words(pool, 2..=4))), 1..=4),
            paragraph(pool),
            of(proptest::sample::select(CREDITS)),
        )
            .prop_map(
                |(title, headline, subheadline, byline, dateline, middle, last, credit)| {
                    let mut a = Article::default();
                    a.title = title;
                    a.headline = Some(headline);
                    a.subheadline = subheadline;
                    a.byline = byline.map(str::to_string);
                    a.dateline = dateline.map(Dateline::new);
                    for (text, heading) in middle {
                        a.body.push(Block::paragraph(text));
                        if let Some(heading) = heading {
                            a.body.push(Block::heading(2, heading));
                        }
                    }
                    a.body.push(Block::paragraph(last));
                    a.credit = credit.map(str::to_string);
                    a
                },
            )
    })
}
