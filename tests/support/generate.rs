//! Generated articles for the round-trip properties: every model field, present or absent, in
//! the shapes feeds send, odd ones included.
//!
//! - text in any script (Latin with accents, Cyrillic, Greek, Arabic and Hebrew with direction
//!   marks, Devanagari, Thai, Armenian, Georgian, Ethiopic, Tamil, CJK, Hangul, characters beyond
//!   the BMP), XML and JSON specials, emoji, ZWJ sequences and combining marks;
//! - values that are blank or whitespace only, padded, spread over lines, or long (hundreds of
//!   words), as empty or hand-typed elements give them;
//! - many authors, keywords, subjects, genres, services, sections, sources, links, associated
//!   items with their files, and notes;
//! - times from year 1 to 9999 and beyond what `xs:dateTime` holds, any day of the month, with
//!   milliseconds, nanoseconds or a leap second, and no offset, a quarter-hour offset, a
//!   whole-minute one, one with seconds or one beyond ±14:00;
//! - bodies with nested marks, lists, quotes and preformatted text, up to long ones.
//!
//! Values the model's documentation rules out are not generated: a priority or urgency outside
//! 1-9, version 0, a language that is no BCP 47 tag (writers leave those out).
//!
//! [`text_article`] writes stories in the wire shape plain text carries, in sixteen languages and
//! seven scripts, and [`wire_furniture`] the marker lines above such a story and the trailer
//! lines below it. No control characters: the safety pass drops those, as its own tests show.

use std::collections::BTreeMap;

use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};
use newswire::model::{
    Agency, Article, Association, Author, AuthorKind, Block, Concept, Dateline, EntityKind, Figure,
    GeoPoint, Inline, ItemKind, Link, PartialDate, Party, PubStatus, Rendition, RoledText, RowPart,
    TableCell, TableRow, Timestamp,
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
    "\u{200f}القدس",
    "ירושלים",
    "\u{200e}שלום",
    "東京",
    "新华社",
    "にっぽん",
    "서울",
    "नई दिल्ली",
    "समाचार",
    "กรุงเทพฯ",
    "Երևան",
    "თბილისი",
    "አዲስ",
    "சென்னை",
    "𠀋𡈽",
    "𝔘𝔫𝔦",
    "e\u{301}te\u{301}",
    "A\u{30a}",
    "🚀",
    "👩‍💻",
    "🇮🇹",
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
    "{\"k\":1}",
    "\u{2028}",
    "x\u{feff}y",
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
    "Москва",
    "新闻",
    "a.b~c",
];

/// What a hand-typed or empty element gives: nothing, or only whitespace.
const BLANKS: &[&str] = &["", " ", "   ", "\t", "\n", " \r\n ", "\u{a0}", "\u{3000}"];

/// What may stand between words: a space mostly, else what feeds put there.
const GAPS: &[&str] = &[" ", "  ", "\n", "\t", " \r\n", "\u{a0}"];

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

/// A value as feeds send it: mostly one clean line of up to `max` words, else blank, padded,
/// spread over lines with odd gaps, or long.
fn value(max: usize) -> BoxedStrategy<String> {
    prop_oneof![
        14 => line(max),
        1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
        1 => (proptest::sample::select(BLANKS), line(max), proptest::sample::select(BLANKS))
            .prop_map(|(before, line, after)| format!("{before}{line}{after}")),
        1 => vec((word(), proptest::sample::select(GAPS)), 1..=max.max(2)).prop_map(|words| {
            words.into_iter().map(|(word, gap)| format!("{word}{gap}")).collect()
        }),
        1 => line(300).prop_map(|line| line.repeat(2)),
    ]
    .boxed()
}

/// A time as feeds give it, within what `xs:dateTime` holds and beyond.
fn timestamp() -> BoxedStrategy<Timestamp> {
    let year = prop_oneof![
        8 => 1990i32..2035,
        2 => 1i32..=9999,
        1 => prop_oneof![-500i32..=0, 10_000i32..=10_500],
    ];
    let fraction = prop_oneof![
        4 => Just(0u32),
        2 => (0u32..1000).prop_map(|millis| millis * 1_000_000),
        1 => 0u32..1_000_000_000,
    ];
    let offset = prop_oneof![
        2 => Just(None),
        4 => (-14 * 4..=14 * 4i32).prop_map(|quarters| Some(quarters * 900)),
        1 => (-14 * 60..=14 * 60i32).prop_map(|minutes| Some(minutes * 60)),
        1 => (-86_399..=86_399i32).prop_map(Some),
    ];
    (
        year,
        1u32..=12,
        1u32..=31,
        0u32..24,
        0u32..60,
        0u32..60,
        fraction,
        prop_oneof![20 => Just(false), 1 => Just(true)],
        offset,
    )
        .prop_filter_map(
            "a date that exists",
            |(year, month, day, hour, minute, second, nanos, leap, offset)| {
                let date = NaiveDate::from_ymd_opt(year, month, day)?;
                // chrono holds a leap second as the 59th second plus a second of nanoseconds.
                let time = if leap {
                    NaiveTime::from_hms_nano_opt(23, 59, 59, 1_000_000_000 + nanos % 1_000_000_000)?
                } else {
                    NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?
                };
                let local = date.and_time(time);
                Some(match offset {
                    None => Timestamp::without_offset(local),
                    Some(seconds) => {
                        let offset = FixedOffset::east_opt(seconds)?;
                        Timestamp::new(offset.from_local_datetime(&local).single()?)
                    }
                })
            },
        )
        .boxed()
}

fn concept() -> BoxedStrategy<Concept> {
    prop_oneof![
        4 => (
            proptest::sample::select(&["medtop", "subj", "genre", "ansa", "x-prov"][..]),
            code(),
            of(value(3))
        )
            .prop_map(|(scheme, code, name)| {
                let mut concept = Concept::coded(scheme, code);
                concept.name = name;
                concept
            }),
        2 => (
            proptest::sample::select(
                &[
                    "http://cv.iptc.org/newscodes/mediatopic/",
                    "https://example.com/cv/topics/",
                ][..]
            ),
            code(),
            of(value(3))
        )
            .prop_map(|(scheme, code, name)| {
                let mut concept = Concept::coded(scheme, code);
                concept.name = name;
                concept
            }),
        2 => value(3).prop_map(Concept::named),
        1 => (of(proptest::sample::select(BLANKS)), of(proptest::sample::select(BLANKS)), of(value(3)))
            .prop_map(|(scheme, code, name)| {
                let mut concept = Concept::default();
                concept.scheme = scheme.map(str::to_string);
                concept.code = code.map(str::to_string);
                concept.name = name;
                concept
            }),
    ]
    .boxed()
}

/// A subject: a concept, often one that names an entity of some kind (genres name none).
fn subject() -> BoxedStrategy<Concept> {
    let kind = prop_oneof![
        3 => Just(None),
        2 => proptest::sample::select(&EntityKind::ALL[..]).prop_map(Some),
    ];
    let related = || {
        vec(
            (
                concept(),
                of(proptest::sample::select(&EntityKind::ALL[..])),
            )
                .prop_map(|(mut concept, kind)| {
                    concept.kind = kind;
                    concept
                }),
            0..3,
        )
    };
    // How the content relates to it: schema.org's two words in any case and spacing, or a
    // provider's own (ninjs `rel` is free text), blank too.
    let role = prop_oneof![
        3 => Just(None),
        2 => proptest::sample::select(&["about", "mentions", " Mentions ", "MENTIONS"][..])
            .prop_map(|role| Some(role.to_string())),
        1 => value(2).prop_map(Some),
    ];
    (concept(), kind, of(geo_point()), related(), related(), role)
        .prop_map(|(mut concept, kind, geo, same_as, broader, role)| {
            (concept.kind, concept.geo, concept.role) = (kind, geo, role);
            (concept.same_as, concept.broader) = (same_as, broader);
            concept
        })
        .boxed()
}

/// A point: the corners and the poles, whole and decimal degrees as agencies give them, and
/// any float within range (whose shortest form must survive writing).
fn geo_point() -> BoxedStrategy<GeoPoint> {
    let degrees = |limit: f64| {
        prop_oneof![
            1 => proptest::sample::select(vec![0.0, -0.0, limit, -limit, 1e-7, -1e-7]),
            2 => (-(limit as i64) * 10_000..=(limit as i64) * 10_000).prop_map(|d| d as f64 / 10_000.0),
            2 => -limit..=limit,
        ]
    };
    (degrees(90.0), degrees(180.0))
        .prop_filter_map("a point on the earth", |(lat, lon)| GeoPoint::new(lat, lon))
        .boxed()
}

fn identifier() -> BoxedStrategy<String> {
    prop_oneof![
        4 => code().prop_map(|c| format!("urn:newsml:example.com:20240115:{c}")),
        4 => code().prop_map(|c| format!("https://example.com/people/{c}")),
        4 => code().prop_map(|c| format!("nprov:{c}")),
        1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
    ]
    .boxed()
}

/// A note with no role, or a role as a word, a QCode (`dpaednoterole:contacts`) or a list of
/// them, a URI or any text.
fn note() -> BoxedStrategy<RoledText> {
    let role = prop_oneof![
        3 => code(),
        2 => code().prop_map(|c| format!("dpaednoterole:{c}")),
        1 => code().prop_map(|c| format!("dpaednoterole:{c} sttnote:private")),
        1 => code().prop_map(|c| format!("https://example.com/noterole/{c}")),
        1 => value(2),
    ];
    (value(8), of(role))
        .prop_map(|(text, role)| {
            let mut roled = RoledText::new(text);
            roled.role = role;
            roled
        })
        .boxed()
}

/// A description with no role, or a role as a word (IPTC's, a provider's, any), a QCode or
/// list of them, or a URI.
fn description() -> BoxedStrategy<RoledText> {
    let role = prop_oneof![
        4 => proptest::sample::select(&["teaser", "abstract", "caption", "summary", "creditline", "text"][..])
            .prop_map(str::to_string),
        2 => code(),
        2 => code().prop_map(|c| format!("drol:{c}")),
        1 => code().prop_map(|c| format!("drol:{c} exrole:{c}")),
        1 => code().prop_map(|c| format!("https://example.com/descrole/{c}")),
        1 => value(2),
    ];
    (value(8), of(role))
        .prop_map(|(text, role)| {
            let mut roled = RoledText::new(text);
            roled.role = role;
            roled
        })
        .boxed()
}

/// A headline with no role, or a role as a word (a provider's, main or sub ones), a QCode or
/// list of them, or a URI.
fn roled_headline() -> BoxedStrategy<RoledText> {
    let role = prop_oneof![
        4 => proptest::sample::select(&["short", "web", "seo", "kicker", "main", "sub", "deck"][..])
            .prop_map(str::to_string),
        2 => code(),
        2 => code().prop_map(|c| format!("hlrole:{c}")),
        1 => code().prop_map(|c| format!("hlrole:{c} exrole:{c}")),
        1 => code().prop_map(|c| format!("https://example.com/hlrole/{c}")),
        1 => value(2),
    ];
    (value(4), of(role))
        .prop_map(|(text, role)| {
            let mut roled = RoledText::new(text);
            roled.role = role;
            roled
        })
        .boxed()
}

fn author() -> BoxedStrategy<Author> {
    (
        value(4),
        of(identifier()),
        prop_oneof![Just(AuthorKind::Creator), Just(AuthorKind::Contributor)],
        of(prop_oneof![5 => code(), 1 => value(2)]),
        of(value(4)),
    )
        .prop_map(|(name, id, kind, role, job_title)| {
            let mut author = Author::named(name);
            author.id = id;
            author.kind = kind;
            author.role = role;
            author.job_title = job_title;
            author
        })
        .boxed()
}

fn party() -> BoxedStrategy<Party> {
    prop_oneof![
        2 => value(3).prop_map(Party::named),
        2 => (identifier(), of(value(3))).prop_map(|(id, name)| {
            let mut party = Party::default().with_id(id);
            party.name = name;
            party
        }),
        1 => Just(Party::default()),
    ]
    .boxed()
}

/// A place name: one or two words.
fn place() -> impl Strategy<Value = String> {
    vec(word(), 1..=2).prop_map(|words| words.join(" "))
}

fn dateline() -> BoxedStrategy<Dateline> {
    (
        place(),
        of(place()),
        of((of(-50i32..10_050), of(1u8..=12), of(1u8..=31))),
        vec(
            (
                proptest::sample::select(
                    &[
                        "ANSA",
                        "dpa",
                        "ITALPRESS",
                        "MNA",
                        "AFP",
                        "ТАСС",
                        "新华社",
                        "연합뉴스",
                    ][..],
                ),
                of(proptest::sample::select(&["lby", "bb", "", " "][..])),
            ),
            0..4,
        ),
        proptest::sample::select(&["-", "–", "—", "_", ".-", ":", "--", "=", ""][..]),
        of(geo_point()),
    )
        .prop_map(|(city, region, date, agencies, separator, geo)| {
            let agencies: Vec<Agency> = agencies
                .into_iter()
                .map(|(name, service)| {
                    let mut agency = Agency::new(name);
                    agency.service = service.map(str::to_string);
                    agency
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
            dateline.geo = geo;
            dateline
        })
        .boxed()
}

fn inline(depth: u32) -> BoxedStrategy<Inline> {
    let text = prop_oneof![
        6 => line(6),
        2 => line(4).prop_map(|l| format!("{l} ")),
        2 => line(4).prop_map(|l| format!(" {l}")),
        1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
        1 => value(8),
        1 => line(120),
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
        1 => nested().prop_map(Inline::Superscript),
        1 => nested().prop_map(Inline::Subscript),
        1 => (code(), of(value(3)), nested()).prop_map(|(path, title, content)| Inline::Link {
            href: format!("https://example.com/{path}?a=1&b=2"),
            title,
            content,
        }),
    ]
    .boxed()
}

fn inlines() -> impl Strategy<Value = Vec<Inline>> {
    vec(inline(2), 1..6)
}

/// A table: a caption or none, head, body and foot rows in any order, cells of any content
/// (empty ones too), spans in and out of bounds.
fn table() -> BoxedStrategy<Block> {
    let cell = (
        any::<bool>(),
        prop_oneof![8 => Just(1u16), 1 => Just(0u16), 1 => 2u16..4, 1 => Just(u16::MAX)],
        prop_oneof![8 => Just(1u16), 1 => 2u16..4],
        prop_oneof![4 => vec(inline(1), 1..3), 1 => Just(Vec::new())],
    )
        .prop_map(|(header, colspan, rowspan, content)| {
            let mut cell = TableCell::default();
            cell.header = header;
            cell.colspan = colspan;
            cell.rowspan = rowspan;
            cell.content = content;
            cell
        });
    let row = (
        prop_oneof![
            1 => Just(RowPart::Head),
            4 => Just(RowPart::Body),
            1 => Just(RowPart::Foot)
        ],
        vec(cell, 0..5),
    )
        .prop_map(|(part, cells)| {
            let mut row = TableRow::new(cells);
            row.part = part;
            row
        });
    (
        prop_oneof![2 => Just(Vec::new()), 1 => inlines()],
        vec(row, 0..6),
    )
        .prop_map(|(caption, rows)| Block::Table { caption, rows })
        .boxed()
}

/// A picture in the body: an address (a URL, sometimes relative or with spaces around it, or
/// blank), sometimes a media type, alternative text, a caption and a credit. (Unsafe addresses
/// are the safety pass's, which its own tests cover: writers never see them.)
fn figure() -> BoxedStrategy<Block> {
    let href = prop_oneof![
        6 => code().prop_map(|path| format!("https://example.com/{path}.jpg?w=1&h=2")),
        1 => code().prop_map(|path| format!(" pictures/{path}.png ")),
        1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
    ];
    let media_type = of(proptest::sample::select(
        &[
            "image/jpeg",
            "image/png",
            "video/mp4",
            "audio/mpeg",
            "application/pdf",
            "",
            " ",
        ][..],
    )
    .prop_map(str::to_string));
    (
        href,
        media_type,
        of(value(6)),
        prop_oneof![2 => Just(Vec::new()), 3 => inlines()],
        of(value(4)),
    )
        .prop_map(|(href, media_type, alt, caption, credit)| {
            let mut figure = Figure::new(href);
            figure.media_type = media_type;
            figure.alt = alt;
            figure.caption = caption;
            figure.credit = credit;
            Block::Figure(Box::new(figure))
        })
        .boxed()
}

/// A box's kind: none, the names agencies give, newswire's own class among them, spacing to
/// normalise, or any words.
fn aside_kind() -> BoxedStrategy<String> {
    prop_oneof![
        3 => proptest::sample::select(
            &["", "INFOBOX", "notebook", "fact box", " sidebar  wide ", "aside", "aside INFOBOX"][..]
        )
        .prop_map(str::to_string),
        1 => value(3),
    ]
    .boxed()
}

fn block(depth: u32) -> BoxedStrategy<Block> {
    let leaf = prop_oneof![
        6 => inlines().prop_map(|content| Block::Paragraph { content }),
        2 => (1u8..=6, inlines()).prop_map(|(level, content)| Block::Heading { level, content }),
        1 => vec(value(5), 1..6).prop_map(|lines| Block::Preformatted {
            text: lines.join("\n  ")
        }),
        1 => table(),
        1 => figure(),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    prop_oneof![
        8 => leaf,
        1 => vec(block(depth - 1), 1..4).prop_map(|blocks| Block::Blockquote { blocks }),
        1 => (aside_kind(), vec(block(depth - 1), 1..4))
            .prop_map(|(kind, blocks)| Block::Aside { kind, blocks }),
        1 => (any::<bool>(), vec(vec(block(depth - 1), 1..3), 1..5))
            .prop_map(|(ordered, items)| Block::List { ordered, items }),
    ]
    .boxed()
}

/// A body: mostly a few blocks, sometimes a long story.
fn body() -> BoxedStrategy<Vec<Block>> {
    prop_oneof![
        6 => vec(block(2), 0..6),
        1 => vec(block(1), 10..40),
    ]
    .boxed()
}

fn link() -> BoxedStrategy<Link> {
    (
        of(proptest::sample::select(
            &[
                "alternate",
                "related",
                "enclosure",
                "via",
                "irel:seeAlso",
                "",
                " ",
            ][..],
        )),
        prop_oneof![
            6 => code().prop_map(|path| format!("https://example.com/media/{path}")),
            1 => code().prop_map(|path| format!("/relative/{path}")),
            1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
        ],
        of(proptest::sample::select(
            &["text/html", "image/jpeg", "video/mp4", ""][..],
        )),
        of(value(3)),
        of(rendition()),
    )
        .prop_map(|(rel, href, media_type, title, rendition)| {
            let mut link = Link::new(href);
            link.rel = rel.map(str::to_string);
            link.media_type = media_type.map(str::to_string);
            (link.title, link.rendition) = (title, rendition);
            link
        })
        .boxed()
}

/// An associated item: a role (a word, a QCode, `related`, blank), a kind, an id (a URN, words,
/// blank), a headline, a long caption, a byline and a credit, and up to four files.
fn association() -> BoxedStrategy<Association> {
    let file = (
        prop_oneof![
            6 => code().prop_map(|path| format!("https://example.com/pictures/{path}.jpg")),
            1 => code().prop_map(|path| format!("/relative/{path}")),
            1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
        ],
        of(proptest::sample::select(
            &["image/jpeg", "video/mp4", "audio/mpeg", ""][..],
        )),
        of(value(2)),
        of(rendition()),
    )
        .prop_map(|(href, media_type, title, rendition)| {
            let mut link = Link::new(href).with_rel("enclosure");
            link.media_type = media_type.map(str::to_string);
            (link.title, link.rendition) = (title, rendition);
            link
        });
    (
        of(proptest::sample::select(
            &[
                "featureimage",
                "gallery",
                "related",
                "irel:seeAlso",
                "",
                " ",
            ][..],
        )),
        of(proptest::sample::select(
            &[
                ItemKind::Picture,
                ItemKind::Graphic,
                ItemKind::Video,
                ItemKind::Audio,
                ItemKind::Text,
            ][..],
        )),
        of(prop_oneof![
            3 => code().prop_map(|c| format!("urn:example:picture:{c}")),
            1 => value(2),
            1 => proptest::sample::select(BLANKS).prop_map(str::to_string),
        ]),
        (of(value(4)), of(value(12)), of(value(3)), of(value(3))),
        vec(file, 0..4),
    )
        .prop_map(|(role, kind, id, texts, renditions)| {
            let mut association = Association::default();
            association.role = role.map(str::to_string);
            association.kind = kind;
            association.id = id;
            (
                association.headline,
                association.caption,
                association.byline,
                association.credit,
            ) = texts;
            association.renditions = renditions;
            association
        })
        .boxed()
}

/// A rendition's facts: a name (a QCode, a word, words, a URI, blank), sizes of any magnitude,
/// durations in whole seconds and in milliseconds.
fn rendition() -> BoxedStrategy<Rendition> {
    (
        of(prop_oneof![
            Just("rnd:highRes".to_string()),
            Just("rnd:thumbnail rnd:web".to_string()),
            Just("http://cv.example.org/rendition/preview".to_string()),
            value(2),
            proptest::sample::select(BLANKS).prop_map(str::to_string),
        ]),
        of(prop_oneof![0u32..5000, Just(u32::MAX)]),
        of(0u32..5000),
        of(prop_oneof![0u64..10_000_000, Just(u64::MAX)]),
        of(prop_oneof![
            (0u64..10_000).prop_map(|s| s * 1000),
            0u64..10_000_000,
            Just(u64::MAX)
        ]),
    )
        .prop_map(|(name, width, height, size, duration_ms)| {
            let mut rendition = Rendition::default();
            (rendition.name, rendition.width, rendition.height) = (name, width, height);
            (rendition.size, rendition.duration_ms) = (size, duration_ms);
            rendition
        })
        .boxed()
}

/// An article with any combination of fields.
pub fn article() -> impl Strategy<Value = Article> {
    let identity = (
        of(prop_oneof![
            identifier(),
            code().prop_map(|c| format!("AFP {c} 123"))
        ]),
        of(prop_oneof![5 => 1u32..50, 1 => Just(u32::MAX)]),
        prop_oneof![
            6 => Just(ItemKind::Text),
            1 => Just(ItemKind::Picture),
            1 => Just(ItemKind::Composite)
        ],
        of(proptest::sample::select(
            &[
                "it",
                "en",
                "fr",
                "de-CH",
                "ar",
                "zh-Hant",
                "ru",
                "he",
                "hi",
                "th",
                "ja",
                "ko",
                "sr-Latn-RS",
                "x-klingon",
                "",
                " ",
            ][..],
        )),
    );
    let lines = (
        of(value(8)),
        of(value(10)),
        of(value(10)),
        of(prop_oneof![
            4 => vec(code(), 1..4).prop_map(|parts| parts.join("-")),
            1 => value(3),
        ]),
        of(value(3)),
        of(value(5)),
        of(value(12)),
    );
    let terms = (
        vec(value(2), 0..10),
        vec(subject(), 0..6),
        vec(concept(), 0..4),
        vec(author(), 0..8),
        of(dateline()),
        vec(concept(), 0..3),
        vec(concept(), 0..3),
    );
    let parties = (
        of(party()),
        vec(party(), 0..5),
        of(party()),
        of(value(6)),
        of(value(6)),
        (vec(value(6), 0..3), vec(value(6), 0..3)),
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
        vec(note(), 0..5),
    );
    let content = (
        body(),
        vec(link(), 0..6),
        of(value(3)),
        of(prop_oneof![0u32..2000, Just(u32::MAX)]),
        vec(description(), 0..4),
        vec(roled_headline(), 0..4),
        vec(association(), 0..3),
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
            (
                a.keywords, a.subjects, a.genres, a.authors, a.dateline, a.services, a.sections,
            ) = terms;
            let (provider, sources, holder, notice, usage_terms, further) = parties;
            a.provider = provider;
            a.sources = sources;
            (a.rights.holder, a.rights.notice) = (holder, notice);
            a.rights.usage_terms = usage_terms;
            (a.rights.further_notices, a.rights.further_usage_terms) = further;
            let (priority, urgency, pub_status, times, notes) = status;
            (a.priority, a.urgency, a.pub_status) = (priority, urgency, pub_status);
            (a.embargo, a.created, a.modified, a.published) = times;
            a.editorial_notes = notes;
            let (body, links, extension, word_count, descriptions, headlines, associations) =
                content;
            a.associations = associations;
            a.descriptions = descriptions;
            a.headlines = headlines;
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

/// One to `max` articles, for the documents that hold several.
pub fn articles(max: usize) -> impl Strategy<Value = Vec<Article>> {
    vec(article(), 1..=max)
}

/// A language for wire-shaped stories: words a detector can tell it by (none looks like a
/// marker, a code or a web address), what joins them, and what ends a sentence.
#[derive(Debug)]
pub struct Language {
    /// The BCP 47 tag.
    pub tag: &'static str,
    words: &'static [&'static str],
    gap: &'static str,
    stop: &'static str,
}

const fn spaced(tag: &'static str, words: &'static [&'static str]) -> Language {
    Language {
        tag,
        words,
        gap: " ",
        stop: ".",
    }
}

/// Sixteen languages in seven scripts.
const LANGUAGES: &[Language] = &[
    spaced(
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
    spaced(
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
    spaced(
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
    spaced(
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
    spaced(
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
    spaced(
        "pt",
        &[
            "o",
            "governo",
            "aprovou",
            "nesta",
            "segunda-feira",
            "um",
            "plano",
            "para",
            "as",
            "escolas",
            "depois",
            "que",
            "a",
            "tempestade",
            "fechou",
            "estradas",
            "no",
            "norte",
            "segundo",
            "as",
            "autoridades",
            "os",
            "trabalhos",
            "devem",
            "durar",
            "vários",
            "meses",
        ],
    ),
    spaced(
        "nl",
        &[
            "de",
            "regering",
            "heeft",
            "maandag",
            "een",
            "plan",
            "voor",
            "de",
            "scholen",
            "goedgekeurd",
            "nadat",
            "de",
            "storm",
            "wegen",
            "in",
            "het",
            "noorden",
            "had",
            "afgesloten",
            "volgens",
            "de",
            "autoriteiten",
            "duren",
            "de",
            "werkzaamheden",
            "maanden",
        ],
    ),
    spaced(
        "pl",
        &[
            "rząd",
            "przyjął",
            "w",
            "poniedziałek",
            "plan",
            "dla",
            "szkół",
            "po",
            "tym",
            "jak",
            "burza",
            "zamknęła",
            "drogi",
            "na",
            "północy",
            "kraju",
            "według",
            "władz",
            "prace",
            "potrwają",
            "kilka",
            "miesięcy",
            "mieszkańcy",
            "czekają",
            "na",
            "pomoc",
        ],
    ),
    spaced(
        "sv",
        &[
            "regeringen",
            "har",
            "på",
            "måndagen",
            "beslutat",
            "om",
            "en",
            "plan",
            "för",
            "skolorna",
            "efter",
            "att",
            "stormen",
            "stängde",
            "vägar",
            "i",
            "norra",
            "delen",
            "av",
            "landet",
            "enligt",
            "myndigheterna",
            "kommer",
            "arbetet",
            "att",
            "pågå",
            "i",
            "månader",
        ],
    ),
    spaced(
        "ru",
        &[
            "правительство",
            "в",
            "понедельник",
            "утвердило",
            "план",
            "для",
            "школ",
            "после",
            "того",
            "как",
            "буря",
            "закрыла",
            "дороги",
            "на",
            "севере",
            "страны",
            "по",
            "словам",
            "властей",
            "работы",
            "продлятся",
            "несколько",
            "месяцев",
            "жители",
            "ждут",
            "помощи",
        ],
    ),
    spaced(
        "uk",
        &[
            "уряд",
            "у",
            "понеділок",
            "затвердив",
            "план",
            "для",
            "шкіл",
            "після",
            "того",
            "як",
            "буря",
            "закрила",
            "дороги",
            "на",
            "півночі",
            "країни",
            "за",
            "словами",
            "влади",
            "роботи",
            "триватимуть",
            "кілька",
            "місяців",
            "мешканці",
            "чекають",
            "допомоги",
        ],
    ),
    spaced(
        "el",
        &[
            "η",
            "κυβέρνηση",
            "ενέκρινε",
            "τη",
            "δευτέρα",
            "ένα",
            "σχέδιο",
            "για",
            "τα",
            "σχολεία",
            "μετά",
            "την",
            "καταιγίδα",
            "που",
            "έκλεισε",
            "δρόμους",
            "στον",
            "βορρά",
            "σύμφωνα",
            "με",
            "τις",
            "αρχές",
            "οι",
            "εργασίες",
            "θα",
            "διαρκέσουν",
            "μήνες",
        ],
    ),
    spaced(
        "ar",
        &[
            "وافقت",
            "الحكومة",
            "يوم",
            "الاثنين",
            "على",
            "خطة",
            "للمدارس",
            "بعد",
            "أن",
            "أغلقت",
            "العاصفة",
            "الطرق",
            "في",
            "شمال",
            "البلاد",
            "وقال",
            "المسؤولون",
            "إن",
            "الأعمال",
            "ستستمر",
            "عدة",
            "أشهر",
            "وينتظر",
            "السكان",
            "المساعدة",
        ],
    ),
    spaced(
        "ko",
        &[
            "정부는",
            "월요일",
            "폭풍으로",
            "북부",
            "지역의",
            "도로가",
            "폐쇄된",
            "이후",
            "학교를",
            "위한",
            "계획을",
            "승인했다고",
            "밝혔다",
            "당국에",
            "따르면",
            "공사는",
            "몇",
            "달",
            "동안",
            "계속될",
            "예정이며",
            "주민들은",
            "지원을",
            "기다리고",
            "있다",
        ],
    ),
    Language {
        tag: "zh",
        words: &[
            "政府",
            "周一",
            "批准",
            "了",
            "一项",
            "学校",
            "计划",
            "暴风雨",
            "关闭",
            "北部",
            "地区",
            "的",
            "道路",
            "之后",
            "据",
            "当局",
            "表示",
            "工程",
            "将",
            "持续",
            "几个月",
            "居民",
            "正在",
            "等待",
            "援助",
        ],
        gap: "",
        stop: "。",
    },
    Language {
        tag: "ja",
        words: &[
            "政府は",
            "月曜日に",
            "学校の",
            "ための",
            "計画を",
            "承認した",
            "嵐で",
            "北部の",
            "道路が",
            "閉鎖された",
            "あと",
            "当局に",
            "よると",
            "工事は",
            "数か月",
            "続く",
            "見通しで",
            "住民は",
            "支援を",
            "待っている",
        ],
        gap: "",
        stop: "。",
    },
];

/// Bylines' names, in the scripts of the languages.
const NAMES: &[&str] = &[
    "Giulia Bianchi",
    "Jane Doe",
    "Hans Weber",
    "Claire Martin",
    "Lucía García",
    "Marco Rossi",
    "Ursula von der Leyen",
    "Anna Kowalska",
    "Sven Lindqvist",
    "Иван Петров",
    "Олена Коваленко",
    "Γιώργος Παπαδόπουλος",
    "محمد علي",
    "张伟",
    "김민준",
    "João Silva",
];

/// Datelines in the conventions the reader knows, from every script.
const DATELINES: &[&str] = &[
    "ROMA (ANSA) -",
    "TORINO (ITALPRESS) –",
    "TRIPOLI (LIBIA) (ITALPRESS/MNA) –",
    "Berlin (dpa) -",
    "Hamburg (dpa/lno) -",
    "PARIS (AFP) -",
    "PARIS, 29 nov (AFP) -",
    "MADRID (EUROPA PRESS) -",
    "LONDON (Reuters) -",
    "FRANKFURT, Jan 15 (Reuters) -",
    "(ANSA) - BOLOGNA, 14 MAR -",
    "Odense /ritzau/:",
    "МОСКВА, 29 ноября. /ТАСС/.",
    "ΑΘΗΝΑ, 4 Μαρτίου (ΑΠΕ-ΜΠΕ) -",
    "新华社北京11月29日电",
    "(서울=연합뉴스)",
];

/// Credit lines, printed `– Credit: ...`.
const CREDITS: &[&str] = &[
    "IPA Agency (ITALPRESS)",
    "Reporting by Jane Doe",
    "Reporting by Jane Doe; Editing by Hans Weber",
    "Agence France-Presse",
    "ANSA",
    "dpa",
    "Agencia EFE",
    "ТАСС",
    "ΑΠΕ-ΜΠΕ",
    "新华社",
];

/// `count` words of `language`, the first capitalised. Copy never opens with four one-letter
/// words (`a a a a`, drawn from French): they read as a word printed letter by letter (`N i e
/// u w bericht`, a note).
fn words(
    language: &'static Language,
    count: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = String> {
    vec(proptest::sample::select(language.words), count)
        .prop_filter("no letter-spaced opening", |words| {
            words.iter().take(4).any(|w| w.chars().count() > 1)
        })
        .prop_map(move |words| {
            let text = words.join(language.gap);
            let mut chars = text.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
}

/// A sentence of `count` words.
fn sentence(
    language: &'static Language,
    count: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = String> {
    words(language, count).prop_map(move |s| format!("{s}{}", language.stop))
}

/// A paragraph: mostly one to three sentences, sometimes a long one of many.
fn paragraph(language: &'static Language) -> impl Strategy<Value = String> {
    let gap = if language.gap.is_empty() { "" } else { " " };
    prop_oneof![
        4 => vec(sentence(language, 8..=16), 1..=3),
        1 => vec(sentence(language, 8..=30), 4..=10),
    ]
    .prop_map(move |s| s.join(gap))
}

/// A body paragraph, some of its words sometimes in a mark (which plain text does not keep)
/// between two sentences: the paragraph still ends as a sentence ends.
fn marked_paragraph(language: &'static Language) -> impl Strategy<Value = Block> {
    let gap = if language.gap.is_empty() { "" } else { " " };
    (
        paragraph(language),
        prop_oneof![3 => Just(None), 1 => of(words(language, 1..=3))],
        0u8..3,
        sentence(language, 4..=10),
    )
        .prop_map(move |(text, marked, mark, after)| match marked {
            None => Block::paragraph(text),
            Some(marked) => {
                let inner = vec![Inline::Text(marked)];
                let mark = match mark {
                    0 => Inline::Emphasis(inner),
                    1 => Inline::Strong(inner),
                    _ => Inline::Link {
                        href: "https://example.com/story".into(),
                        title: None,
                        content: inner,
                    },
                };
                Block::Paragraph {
                    content: vec![
                        Inline::Text(format!("{text}{gap}")),
                        mark,
                        Inline::Text(format!("{gap}{after}")),
                    ],
                }
            }
        })
}

/// One to three names, as a byline prints them (`A`, `A and B`, `A, B and C`, `A, Agency`).
fn byline() -> impl Strategy<Value = String> {
    (
        vec(proptest::sample::select(NAMES), 1..=3),
        prop_oneof![3 => Just(None), 1 => of(proptest::sample::select(&["Associated Press", "Reuters"][..]))],
    )
        .prop_map(|(names, affiliation)| {
            let mut text = match names.as_slice() {
                [] => String::new(),
                [one] => one.to_string(),
                [init @ .., last] => format!("{} and {last}", init.join(", ")),
            };
            if let Some(affiliation) = affiliation {
                text.push_str(&format!(", {affiliation}"));
            }
            text
        })
}

/// A story in the wire shape plain text carries (title with a headline, standfirst, byline,
/// dateline, paragraphs with sub-headings between them, a quote, credit), in one language,
/// short or long.
pub fn text_article() -> impl Strategy<Value = Article> {
    proptest::sample::select(LANGUAGES.iter().collect::<Vec<_>>()).prop_flat_map(|language| {
        (
            of(sentence(language, 6..=10)),
            words(language, 5..=10),
            of(words(language, 8..=14)),
            of(byline()),
            of(proptest::sample::select(DATELINES)),
            vec(
                (marked_paragraph(language), of(words(language, 2..=4))),
                1..=12,
            ),
            of(vec(paragraph(language), 1..=2)),
            paragraph(language),
            of(proptest::sample::select(CREDITS)),
        )
            .prop_map(
                |(title, headline, subheadline, byline, dateline, middle, quote, last, credit)| {
                    let mut a = Article::default();
                    a.title = title;
                    a.headline = Some(headline);
                    a.subheadline = subheadline;
                    a.byline = byline;
                    a.dateline = dateline.map(Dateline::new);
                    for (block, heading) in middle {
                        a.body.push(block);
                        if let Some(heading) = heading {
                            a.body.push(Block::heading(2, heading));
                        }
                    }
                    if let Some(quote) = quote {
                        a.body.push(Block::Blockquote {
                            blocks: quote.into_iter().map(Block::paragraph).collect(),
                        });
                    }
                    a.body.push(Block::paragraph(last));
                    a.credit = credit.map(str::to_string);
                    a
                },
            )
    })
}

/// A priority marker line above a story, and the urgency it means (1 flash, 2 urgent).
const MARKERS: &[(&str, u8)] = &[
    ("FLASH", 1),
    ("BLITZ", 1),
    ("МОЛНИЯ", 1),
    ("URGENT", 2),
    ("URGENTE", 2),
    ("EIL", 2),
    ("BREAKING", 2),
    ("СРОЧНО", 2),
    ("ΕΚΤΑΚΤΟ", 2),
    ("عاجل", 2),
    ("速報", 2),
    ("속보", 2),
];

/// What a trailer line says besides being no content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trailer {
    /// More of the story follows in another take (`text:take`).
    Take,
    /// A copyright notice (the rights notice, the first one).
    Copyright,
    /// A sign-off, code, end marker, photo credit or promo.
    Other,
}

/// Trailer lines below a story (none is content), and what each says.
const TRAILERS: &[(&str, Trailer)] = &[
    ("(SEGUE)", Trailer::Take),
    ("MORE", Trailer::Take),
    ("(Fortsetzung folgt)", Trailer::Take),
    ("(END)", Trailer::Other),
    ("Enditem", Trailer::Other),
    ("NNNN", Trailer::Other),
    ("© 2024 Example News", Trailer::Copyright),
    ("© ΑΠΕ-ΜΠΕ", Trailer::Copyright),
    ("Tutti i diritti riservati", Trailer::Copyright),
    (
        "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",
        Trailer::Copyright,
    ),
    ("Foto: Jane Doe", Trailer::Other),
    ("Leggi anche: il piano per le scuole", Trailer::Other),
    ("BO-RED/ S0B QBXB", Trailer::Other),
    ("jd/hw", Trailer::Other),
    ("___", Trailer::Other),
    ("ـ (انتهى) ـ", Trailer::Other),
];

/// The furniture around a story: a priority marker line above it (or none) and trailer lines
/// below it.
pub type Furniture = (Option<(&'static str, u8)>, Vec<(&'static str, Trailer)>);

/// A marker line or none, and up to three trailer lines.
pub fn wire_furniture() -> impl Strategy<Value = Furniture> {
    (
        of(proptest::sample::select(MARKERS)),
        vec(proptest::sample::select(TRAILERS), 0..=3),
    )
}
