//! Hostile input, case by case: each case asserts a typed error or a correct, safe output, and
//! bounds what reading may cost by a count or a limit (an error variant, the number of articles
//! or warnings, an output's size), never by the clock.
//!
//! Regression inputs found by fuzzing (fuzz/) are kept at the end, one test each.

pub mod support;

use std::io::Read;
use std::net::TcpListener;

use newswire::formats::{Limit, ReadOptions, read_with};
use newswire::model::Article;
use newswire::{Error, Format, Position, read, write};

use support::audit;
use support::payloads::{DISGUISED, HOSTILE_TEXT, WITH_CREDENTIALS, documents_linking_to};
use support::samples::{article_with, plain_article, readable, sample, writable};

/// The XML formats newswire reads, and how each wraps a headline (`{}`) in a minimal document.
const XML: [(Format, &str); 5] = [
    (
        Format::NewsmlG2,
        "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:x:1' version='1' standard='NewsML-G2' standardversion='2.35'><contentMeta><headline>{}</headline></contentMeta></newsItem>",
    ),
    (
        Format::Atom,
        "<entry xmlns='http://www.w3.org/2005/Atom'><id>urn:x:1</id><title>{}</title><updated>2024-01-15T14:05:00Z</updated></entry>",
    ),
    (
        Format::Nitf,
        "<nitf><body><body.head><hedline><hl1>{}</hl1></hedline></body.head></body></nitf>",
    ),
    (
        Format::Newsml12,
        "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>{}</HeadLine></NewsLines></NewsComponent></NewsItem></NewsML>",
    ),
    (
        Format::Rss,
        "<rss version='2.0'><channel><title>c</title><item><title>{}</title><description>d</description></item></channel></rss>",
    ),
];

/// The JSON formats, and how each wraps a JSON value (`{}`) as the headline.
const JSON: [(Format, &str); 4] = [
    (Format::Json, r#"[{"headline": {}}]"#),
    (
        Format::JsonLd,
        r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": {}}"#,
    ),
    (Format::Ninjs, r#"{"uri": "urn:x:1", "headline": {}}"#),
    (
        Format::ApMedia,
        r#"{"api_version": "2.0", "data": {"item": {"uri": "urn:x:1", "headline": {}}}}"#,
    ),
];

fn xml_doc(template: &str, prolog: &str, headline: &str) -> String {
    format!("{prolog}{}", template.replacen("{}", headline, 1))
}

fn headline_of(articles: &[Article]) -> &str {
    articles
        .first()
        .and_then(|a| a.display_headline())
        .unwrap_or("")
}

/// The limit of a `LimitExceeded` error, or a panic naming what came instead.
fn limit_of<T: std::fmt::Debug>(result: Result<T, Error>) -> (Limit, usize) {
    match result {
        Err(Error::LimitExceeded { limit, max, .. }) => (limit, max),
        other => panic!("expected a limit error, got {other:?}"),
    }
}

/// Reading gave articles or a typed reading error (not a limit: the inputs here are small).
fn read_or_typed_error(input: &[u8], format: Format) -> Option<Vec<Article>> {
    match read(input, format) {
        Ok(articles) => Some(articles),
        Err(Error::Syntax { .. } | Error::Invalid { .. }) => None,
        Err(other) => panic!("{format}: unexpected error {other:?}"),
    }
}

/// Every writable format writes `articles` (the first when it holds one), and what it writes
/// reads back, one article for each written; XML and JSON-LD outputs hold no script.
fn writes_and_reads_back(articles: &[Article]) {
    for format in writable() {
        let batch = if format.holds_several() {
            articles
        } else {
            &articles[..1]
        };
        let output = write(batch, format).unwrap_or_else(|e| panic!("{format}: {e}"));
        let text = String::from_utf8_lossy(&output).to_lowercase();
        if matches!(
            format,
            Format::NewsmlG2 | Format::Atom | Format::Nitf | Format::Wxr
        ) {
            assert!(!text.contains("<script"), "{format}: {text}");
        }
        if format == Format::JsonLd {
            assert!(!text.contains(['<', '>', '&']), "{text}");
        }
        // Every output of a format newswire also reads reads back, as many articles as were
        // written: the teletype and text outputs too (a reader that refuses what its own writer
        // gave is a bug, whatever the input was).
        if !format.can_read() {
            continue;
        }
        let back = read(&output, format)
            .unwrap_or_else(|e| panic!("{format} output does not read back: {e}\n{text}"));
        assert_eq!(back.len(), batch.len(), "{format}: {text}");
    }
}

#[test]
fn billion_laughs_stays_literal_with_a_dtd_warning() {
    let mut dtd = String::from("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for i in 1..=9 {
        let previous = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        dtd.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">",
            format!("&{previous};").repeat(10)
        ));
    }
    dtd.push_str("]>");
    for (format, template) in XML {
        let doc = xml_doc(template, &dtd, "&lol9;&lol9;");
        let articles = read(doc.as_bytes(), format).unwrap_or_else(|e| panic!("{format}: {e}"));
        assert_eq!(articles.len(), 1, "{format}");
        assert_eq!(headline_of(&articles), "&lol9;&lol9;", "{format}");
        let messages: Vec<&str> = articles[0]
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect();
        assert!(
            messages.contains(&"DTD ignored: entities are not expanded, nothing is fetched"),
            "{format}: {messages:?}"
        );
        assert!(
            messages.contains(&"unknown entity &lol9; kept as written"),
            "{format}: {messages:?}"
        );
    }
}

/// A local listener stands for the attacker's server: reading must never connect to it.
fn listener() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener
        .set_nonblocking(true)
        .expect("a non-blocking listener");
    let url = format!(
        "http://{}/evil.dtd",
        listener.local_addr().expect("an address")
    );
    (listener, url)
}

fn assert_never_contacted(listener: &TcpListener) {
    match listener.accept() {
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        Ok((mut stream, _)) => {
            let mut request = String::new();
            let _ = stream.read_to_string(&mut request);
            panic!("the reader connected to the listener: {request}");
        }
        Err(e) => panic!("accept: {e}"),
    }
}

#[test]
fn external_entities_file_and_http_are_never_fetched() {
    let (listener, url) = listener();
    let secret = std::env::temp_dir().join(format!("newswire-xxe-{}.txt", std::process::id()));
    std::fs::write(&secret, "TOP-SECRET").expect("a temporary file");
    let file_url = format!("file://{}", secret.display());
    let prologs = [
        format!("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"{file_url}\">]>"),
        format!("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"{url}\">]>"),
        format!("<!DOCTYPE x [<!ENTITY % pe SYSTEM \"{url}\"> %pe; <!ENTITY xxe \"x\">]>"),
        format!("<!DOCTYPE x SYSTEM \"{url}\">"),
        format!("<!DOCTYPE x PUBLIC \"-//X//DTD X//EN\" \"{url}\">"),
    ];
    for (format, template) in XML {
        for prolog in &prologs {
            let doc = xml_doc(template, prolog, "a &xxe; b");
            let articles = read(doc.as_bytes(), format).unwrap_or_else(|e| panic!("{format}: {e}"));
            let headline = headline_of(&articles);
            assert_eq!(headline, "a &xxe; b", "{format} {prolog}");
            let json =
                String::from_utf8(write(&articles, Format::Json).expect("json")).expect("utf-8");
            assert!(!json.contains("TOP-SECRET"), "{format}: {json}");
            assert!(json.contains("DTD ignored"), "{format}: {json}");
        }
    }
    assert_never_contacted(&listener);
    let _ = std::fs::remove_file(&secret);
}

#[test]
fn nesting_100000_deep_is_a_depth_limit_error() {
    let depth = 100_000;
    for (format, template) in XML {
        let deep = format!("{}x{}", "<b>".repeat(depth), "</b>".repeat(depth));
        let doc = xml_doc(template, "", &deep);
        assert_eq!(
            limit_of(read(doc.as_bytes(), format)),
            (Limit::Depth, 256),
            "{format}"
        );
    }
    for (format, template) in JSON {
        for deep in [
            format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
            format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)),
        ] {
            let doc = template.replacen("{}", &deep, 1);
            assert_eq!(
                limit_of(read(doc.as_bytes(), format)),
                // The depth check stops JSON at 126 levels itself, before serde_json's
                // recursion limit refuses the 128th.
                (Limit::Depth, 126),
                "{format}"
            );
        }
    }
}

#[test]
fn html_bodies_100000_deep_keep_their_text() {
    let deep = format!(
        "{}deep{}",
        "<div><b>".repeat(50_000),
        "</b></div>".repeat(50_000)
    );
    let ninjs = serde_json::json!({"uri": "urn:x:1", "headline": "h", "body_html": deep});
    let articles = read(ninjs.to_string().as_bytes(), Format::Ninjs).expect("ninjs");
    assert_eq!(articles[0].body_text(), "deep");
    let escaped = deep.replace('<', "&lt;").replace('>', "&gt;");
    let rss = format!(
        "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>c</title><item><title>h</title><content:encoded>{escaped}</content:encoded></item></channel></rss>"
    );
    let articles = read(rss.as_bytes(), Format::Rss).expect("rss");
    assert_eq!(articles[0].body_text(), "deep");
    writes_and_reads_back(&articles);
}

#[test]
fn a_256_mib_input_is_refused_by_its_size_before_reading() {
    let huge = vec![b'<'; 256 << 20];
    for format in readable() {
        match read(&huge, format) {
            Err(Error::LimitExceeded {
                format: named,
                limit: Limit::InputBytes,
                max,
                position,
            }) => {
                assert_eq!(named, format);
                assert_eq!(max, 64 << 20);
                assert_eq!(position, Some(Position::Byte(64 << 20)));
            }
            other => panic!("{format}: {other:?}"),
        }
    }
    // Nothing names the format of 256 MiB of `<`: detection (which reads the head) says so.
    assert!(matches!(
        newswire::convert(&huge, Format::Json, &Default::default()),
        Err(Error::UnknownFormat(_))
    ));
    // A NewsML-G2 item padded to 256 MiB is detected from its head, then refused by its size.
    let mut item = b"<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'>".to_vec();
    item.resize(256 << 20, b' ');
    assert!(matches!(
        newswire::convert(&item, Format::Json, &Default::default()),
        Err(Error::LimitExceeded {
            format: Format::NewsmlG2,
            limit: Limit::InputBytes,
            ..
        })
    ));
}

#[test]
fn more_articles_than_the_limit_are_refused() {
    let items = "<newsItem guid='urn:x' version='1' standard='NewsML-G2' standardversion='2.35'><contentMeta><headline>h</headline></contentMeta></newsItem>"
        .repeat(10_001);
    let message = format!(
        "<newsMessage xmlns='http://iptc.org/std/nar/2006-10-01/'><header/><itemSet>{items}</itemSet></newsMessage>"
    );
    assert_eq!(
        limit_of(read(message.as_bytes(), Format::NewsmlG2)),
        (Limit::Articles, 10_000)
    );
    let mut options = ReadOptions::default();
    options.limits.articles = 20_000;
    let articles = read_with(message.as_bytes(), Format::NewsmlG2, &options).expect("g2");
    assert_eq!(articles.len(), 10_001);
}

/// The limits counted across a whole input (elements, blocks, inlines, bytes repeated into
/// articles) are typed errors naming the limit and its maximum in every format they apply to,
/// where the default would have read the input.
#[test]
fn counted_limits_are_typed_errors_in_every_format() {
    let paragraphs = |open: &str, close: &str| {
        (1..=5)
            .map(|i| format!("{open}Paragraph {i} of the story goes on.{close}"))
            .collect::<String>()
    };
    let html = paragraphs("&lt;p&gt;", "&lt;/p&gt;");
    let xhtml = paragraphs("<p>", "</p>");
    let text = paragraphs("", "\n\n");
    let json_text = paragraphs("", "\\n\\n");
    let bodies: [(Format, String); 9] = [
        (
            Format::Nitf,
            format!("<nitf><body><body.content>{xhtml}</body.content></body></nitf>"),
        ),
        (
            Format::NewsmlG2,
            format!(
                "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='urn:x' version='1'><contentSet><inlineXML contenttype='application/xhtml+xml'><html xmlns='http://www.w3.org/1999/xhtml'><body>{xhtml}</body></html></inlineXML></contentSet></newsItem>"
            ),
        ),
        (
            Format::Atom,
            format!(
                "<entry xmlns='http://www.w3.org/2005/Atom'><id>urn:x</id><title>t</title><updated>2024-01-15T14:05:00Z</updated><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>{xhtml}</div></content></entry>"
            ),
        ),
        (
            Format::Rss,
            format!(
                "<rss version='2.0'><channel><title>c</title><item><title>t</title><description>{html}</description></item></channel></rss>"
            ),
        ),
        (Format::Text, format!("Headline\n\n{text}")),
        (
            Format::Json,
            format!(
                r#"[{{"headline":"h","body":[{}]}}]"#,
                (1..=5)
                    .map(|i| format!(r#"{{"type":"paragraph","content":["P{i}"]}}"#))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        ),
        (
            Format::JsonLd,
            format!(
                r#"{{"@context":"https://schema.org","@type":"NewsArticle","headline":"h","articleBody":"{json_text}"}}"#
            ),
        ),
        (
            Format::Ninjs,
            format!(r#"{{"uri":"urn:x","headline":"h","body_html":"{xhtml}"}}"#),
        ),
        (
            Format::Iptc7901,
            format!(
                "\x01eca00075 3 i 510    dpa 1003\r\n\x02Headline =\r\n\r\n{}\x03\x04",
                paragraphs("", "\r\n\r\n")
            ),
        ),
    ];
    for (format, doc) in &bodies {
        let articles = read(doc.as_bytes(), *format).unwrap_or_else(|e| panic!("{format}: {e}"));
        assert!(
            articles[0].body.len() >= 5,
            "{format}: {:?}",
            articles[0].body
        );
        for (limit, set) in [
            (
                Limit::Blocks,
                (|l: &mut newswire::formats::Limits| l.blocks = 3) as fn(&mut _),
            ),
            (Limit::Inlines, |l| l.inlines = 3),
        ] {
            let mut options = ReadOptions::default();
            set(&mut options.limits);
            assert_eq!(
                limit_of(read_with(doc.as_bytes(), *format, &options)),
                (limit, 3),
                "{format}"
            );
        }
        if *format != Format::Text {
            let mut options = ReadOptions::default();
            options.limits.elements = 4;
            assert_eq!(
                limit_of(read_with(doc.as_bytes(), *format, &options)),
                (Limit::Elements, 4),
                "{format}"
            );
        }
    }
    // An XML element over the limit says where.
    let mut options = ReadOptions::default();
    options.limits.elements = 3;
    let doc = "<nitf>\n<head/>\n<body/>\n<x/></nitf>";
    assert!(matches!(
        read_with(doc.as_bytes(), Format::Nitf, &options),
        Err(Error::LimitExceeded {
            limit: Limit::Elements,
            max: 3,
            position: Some(Position::LineColumn { line: 4, column: 1 }),
            ..
        })
    ));
    // A feed's author copied into every entry.
    let entries: String = (0..3)
        .map(|i| format!("<entry><id>e{i}</id><title>t</title><updated>2024-01-15T14:05:00Z</updated></entry>"))
        .collect();
    let feed = format!(
        "<feed xmlns='http://www.w3.org/2005/Atom'><id>f</id><title>t</title><updated>2024-01-15T14:05:00Z</updated><author><name>A long author name</name></author>{entries}</feed>"
    );
    let articles = read(feed.as_bytes(), Format::Atom).expect("atom");
    assert!(articles.iter().all(|a| a.authors.len() == 1));
    let mut options = ReadOptions::default();
    options.limits.repeated_bytes = 20;
    assert_eq!(
        limit_of(read_with(feed.as_bytes(), Format::Atom, &options)),
        (Limit::RepeatedBytes, 20)
    );
}

/// JSON-LD references: a node referenced by one article is read at no cost, each further
/// reference copies its text (its strings' bytes) under [`Limits::repeated_bytes`]; the members
/// of an `ItemList` are read whether a `ListItem` wraps them or not.
#[test]
fn json_ld_references_are_copied_under_the_repeated_bytes_budget() {
    let name = "An author whose name is long enough to be more than fifty bytes of text";
    let doc = |articles: usize| {
        let mut graph = vec![serde_json::json!({"@id": "#p", "@type": "Person", "name": name})];
        graph.extend((0..articles).map(|i| {
            serde_json::json!({
                "@type": "NewsArticle",
                "headline": format!("Story {i}"),
                "author": {"@id": "#p"}
            })
        }));
        serde_json::json!({"@context": "https://schema.org", "@graph": graph}).to_string()
    };
    let mut options = ReadOptions::default();
    options.limits.repeated_bytes = 50;
    let one = read_with(doc(1).as_bytes(), Format::JsonLd, &options).expect("one reference");
    assert_eq!(one[0].authors[0].name, name);
    assert_eq!(
        limit_of(read_with(doc(2).as_bytes(), Format::JsonLd, &options)),
        (Limit::RepeatedBytes, 50)
    );
    let list = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "NewsArticle", "headline": "Listed as it is"},
            {"@type": "ListItem", "position": 2, "item": {"@type": "NewsArticle", "headline": "In a ListItem"}}
        ]
    })
    .to_string();
    let headlines: Vec<_> = read(list.as_bytes(), Format::JsonLd)
        .expect("item list")
        .into_iter()
        .map(|a| a.headline.unwrap_or_default())
        .collect();
    assert_eq!(headlines, ["Listed as it is", "In a ListItem"]);
    // Nodes are looked up down to 64 levels of nesting (arrays count): one deeper is not found.
    let deep = |levels: usize| {
        let mut node = serde_json::json!({"@id": "#deep", "@type": "Person", "name": "Deep"});
        for _ in 0..levels {
            node = serde_json::json!([node]);
        }
        serde_json::json!({
            "@context": "https://schema.org",
            "@graph": [{"@type": "NewsArticle", "headline": "H", "author": {"@id": "#deep"}}],
            "hasPart": node
        })
        .to_string()
    };
    let author_names = |levels: usize| -> Vec<String> {
        read(deep(levels).as_bytes(), Format::JsonLd).expect("deep")[0]
            .authors
            .iter()
            .map(|a| a.name.clone())
            .collect()
    };
    assert_eq!(author_names(60), ["Deep"]);
    assert!(!author_names(70).contains(&"Deep".to_string()));
    // Objects count as levels too.
    let mut node = serde_json::json!({"@id": "#deep", "@type": "Person", "name": "Deep"});
    for _ in 0..70 {
        node = serde_json::json!({ "hasPart": node });
    }
    let doc = serde_json::json!({
        "@context": "https://schema.org",
        "@graph": [{"@type": "NewsArticle", "headline": "H", "author": {"@id": "#deep"}}],
        "hasPart": node
    })
    .to_string();
    let article = &read(doc.as_bytes(), Format::JsonLd).expect("deep objects")[0];
    assert!(article.authors.iter().all(|a| a.name != "Deep"));
    // A reference met before the node it names is no node: the node is found.
    let doc = serde_json::json!({
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "H", "author": {"@id": "#p"}},
            {"@id": "#p", "@type": "Person", "name": "Named later"}
        ]
    })
    .to_string();
    let article = &read(doc.as_bytes(), Format::JsonLd).expect("reference first")[0];
    assert_eq!(article.authors[0].name, "Named later");
}

/// Cuts every sample after `step`-spaced offsets: each cut reads as articles or a typed error.
#[test]
fn truncated_documents_in_every_format() {
    for format in readable() {
        let doc = sample(format);
        let whole = read(&doc, format).unwrap_or_else(|e| panic!("{format}: {e}"));
        let step = (doc.len() / 150).max(1);
        for end in (0..doc.len()).step_by(step) {
            let cut = &doc[..end];
            if let Some(articles) = read_or_typed_error(cut, format) {
                assert!(articles.len() <= whole.len().max(1), "{format} at {end}");
                if matches!(
                    format,
                    Format::NewsmlG2 | Format::Atom | Format::Nitf | Format::Json | Format::Ninjs
                ) {
                    panic!(
                        "{format}: a document cut at byte {end} of {} read",
                        doc.len()
                    );
                }
            }
        }
    }
}

/// Invalid UTF-8 (a lone continuation byte, a cut sequence, an overlong form, a surrogate's
/// encoding) at offsets across every sample: read as articles (the input decoded as
/// Windows-1252, with a warning) or a typed error; what reads writes safely.
#[test]
fn invalid_utf8_in_every_position() {
    let bad: [&[u8]; 4] = [b"\x80", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80"];
    for format in readable() {
        let doc = sample(format);
        let step = (doc.len() / 60).max(1);
        let mut read_ok = 0;
        for at in (0..=doc.len()).step_by(step) {
            for bytes in bad {
                let mut input = doc.clone();
                input.splice(at..at, bytes.iter().copied());
                if let Some(articles) = read_or_typed_error(&input, format) {
                    read_ok += 1;
                    if at % (step * 10) == 0 && !articles.is_empty() {
                        writes_and_reads_back(&articles);
                    }
                }
            }
        }
        assert!(read_ok > 0, "{format}: no position read at all");
    }
}

#[test]
fn nul_bytes_and_control_characters() {
    let controls: String = (0u8..0x20)
        .chain([0x7f])
        .map(char::from)
        .chain(['\u{85}', '\u{fffe}', '\u{ffff}', '\u{2028}'])
        .collect();
    let json = serde_json::json!([{ "headline": format!("a{controls}b"), "body": [{"type": "paragraph", "content": [format!("p{controls}q")]}] }]);
    let articles = read(json.to_string().as_bytes(), Format::Json).expect("json");
    writes_and_reads_back(&articles);
    for format in [Format::NewsmlG2, Format::Atom, Format::Nitf] {
        let output = write(&articles, format).expect("xml");
        assert!(
            !output
                .iter()
                .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')),
            "{format} holds a control character XML forbids"
        );
    }
    for format in readable() {
        let doc = sample(format);
        for at in [
            0,
            1,
            doc.len() / 3,
            doc.len() / 2,
            doc.len().saturating_sub(1),
        ] {
            let mut input = doc.clone();
            input.insert(at.min(input.len()), 0);
            if let Some(articles) = read_or_typed_error(&input, format)
                && !articles.is_empty()
            {
                writes_and_reads_back(&articles);
            }
        }
    }
}

#[test]
fn lone_surrogates_in_json_are_syntax_errors() {
    for (format, template) in JSON {
        for surrogate in [r#""\ud800""#, r#""\udc00""#, r#""a\ud800\u0041""#] {
            let doc = template.replacen("{}", surrogate, 1);
            match read(doc.as_bytes(), format) {
                Err(Error::Syntax {
                    position: Position::LineColumn { line: 1, .. },
                    message,
                    ..
                }) => assert!(
                    // serde_json's words: `lone leading surrogate in hex escape`, or `unexpected
                    // end of hex escape` when no escape follows a leading surrogate.
                    message.contains("surrogate") || message.contains("hex escape"),
                    "{format}: {message}"
                ),
                other => panic!("{format} {surrogate}: {other:?}"),
            }
        }
        // A pair is one character.
        let doc = template.replacen("{}", r#""\ud83d\ude80""#, 1);
        let articles = read(doc.as_bytes(), format).expect("a surrogate pair");
        assert_eq!(headline_of(&articles), "🚀");
    }
}

#[test]
fn script_end_and_cdata_end_inside_text_come_back_as_text() {
    let article = article_with(|field| format!("{field} {HOSTILE_TEXT}"));
    let articles = [article];
    writes_and_reads_back(&articles);
    for format in [
        Format::NewsmlG2,
        Format::Atom,
        Format::Nitf,
        Format::Json,
        Format::JsonLd,
        Format::Ninjs,
    ] {
        let back = read(&write(&articles, format).expect("write"), format).expect("read");
        let expected = format!("headline {HOSTILE_TEXT}");
        assert_eq!(
            back[0].headline.as_deref(),
            Some(expected.as_str()),
            "{format}"
        );
        let body = back[0].body_text();
        assert!(
            body.contains(&format!("body.paragraph {HOSTILE_TEXT}")),
            "{format}: {body}"
        );
    }
}

/// JSON-LD goes inside `<script type="application/ld+json">`: no string may close the element
/// or open a comment there, whatever field it is in.
#[test]
fn jsonld_is_safe_inside_a_script_element() {
    let article = article_with(|field| format!("{field} </script><!-- <script> & -->"));
    let several = [article.clone(), article];
    let output =
        String::from_utf8(write(&several, Format::JsonLd).expect("jsonld")).expect("utf-8");
    assert!(!output.contains(['<', '>', '&']), "{output}");
    assert!(output.contains(r"\u003c/script\u003e\u003c!--"), "{output}");
    let value: serde_json::Value = serde_json::from_str(&output).expect("valid JSON");
    let graph = value["@graph"].as_array().expect("a graph");
    assert_eq!(
        graph[0]["headline"],
        "headline </script><!-- <script> & -->"
    );
}

#[test]
fn huge_attribute_values_and_many_attributes() {
    let big = "x".repeat((1 << 20) + 1);
    let doc = format!(
        "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/' guid='{big}' version='1'><contentMeta><headline>h</headline></contentMeta></newsItem>"
    );
    match read(doc.as_bytes(), Format::NewsmlG2) {
        Err(Error::LimitExceeded {
            limit: Limit::AttributeBytes,
            max,
            position: Some(Position::LineColumn { line: 1, column: 1 }),
            ..
        }) => assert_eq!(max, 1 << 20),
        other => panic!("{other:?}"),
    }
    let fits = "y".repeat(1 << 19);
    let doc = format!(
        "<entry xmlns='http://www.w3.org/2005/Atom'><id>urn:x</id><title>t</title><updated>2024-01-15T14:05:00Z</updated><link rel='alternate' href='https://x.example/{fits}'/></entry>"
    );
    let articles = read(doc.as_bytes(), Format::Atom).expect("atom");
    assert_eq!(
        articles[0].links[0].href,
        format!("https://x.example/{fits}")
    );
    let many: String = (0..300).map(|i| format!(" a{i}='1'")).collect();
    let doc = format!("<nitf{many}><body/></nitf>");
    assert_eq!(
        limit_of(read(doc.as_bytes(), Format::Nitf)),
        (Limit::Attributes, 256)
    );
}

#[test]
fn text_over_the_limit_is_refused() {
    let mut options = ReadOptions::default();
    options.limits.text_bytes = 1000;
    let long = "w ".repeat(600);
    for (format, template) in XML {
        let doc = xml_doc(template, "", &long);
        assert_eq!(
            limit_of(read_with(doc.as_bytes(), format, &options)),
            (Limit::TextBytes, 1000),
            "{format}"
        );
        assert!(read(doc.as_bytes(), format).is_ok(), "{format}");
    }
    for (format, template) in JSON {
        let doc = template.replacen("{}", &format!("\"{long}\""), 1);
        assert_eq!(
            limit_of(read_with(doc.as_bytes(), format, &options)),
            (Limit::TextBytes, 1000),
            "{format}"
        );
    }
}

#[test]
fn a_flood_of_unknown_entities_gives_a_bounded_number_of_warnings() {
    let refs: String = (0..100_000).map(|i| format!("&e{i};")).collect();
    for (format, template) in XML {
        let doc = xml_doc(template, "", &refs);
        let articles = read(doc.as_bytes(), format).unwrap_or_else(|e| panic!("{format}: {e}"));
        let input_warnings = articles[0]
            .warnings
            .iter()
            .filter(|w| w.field.as_deref() == Some("input"))
            .count();
        assert_eq!(input_warnings, 33, "{format}");
    }
}

#[test]
fn a_wire_stream_of_100000_empty_messages() {
    for (format, empty) in [
        (Format::Iptc7901, &b"\x01\x02\x03\x04"[..]),
        (Format::Anpa1312, &b"\x01\x16\x16\x02\x03\x04"[..]),
    ] {
        let stream = empty.repeat(100_000);
        match read(&stream, format) {
            Err(Error::LimitExceeded {
                limit: Limit::Articles,
                max: 10_000,
                position: Some(Position::Byte(offset)),
                ..
            }) => assert_eq!(offset, 10_000 * empty.len(), "{format}"),
            other => panic!("{format}: {other:?}"),
        }
        let mut options = ReadOptions::default();
        options.limits.articles = 100_000;
        match read_with(&stream, format, &options) {
            Err(Error::Syntax {
                position: Position::Byte(0),
                message,
                ..
            }) => assert!(message.contains("no message could be read"), "{message}"),
            other => panic!("{format}: {other:?}"),
        }
    }
}

#[test]
fn script_and_data_urls_never_reach_the_model() {
    let evil = [
        "javascript:alert(1)",
        " JaVa\tScRiPt:x",
        "vbscript:x",
        "data:text/html,x",
    ];
    for url in evil {
        let article = article_with(|field| {
            if field.ends_with("href") || field.ends_with(".id") || field == "id" {
                url.to_string()
            } else {
                format!("{field} text")
            }
        });
        let json = write(&[article], Format::Json).expect("json");
        let articles = read(&json, Format::Json).expect("json");
        let back = String::from_utf8(write(&articles, Format::Json).expect("json")).expect("utf-8");
        let kept: Vec<&str> = back
            .lines()
            .filter(|line| line.contains(url.trim()) && !line.contains("\"raw\""))
            .collect();
        assert!(kept.is_empty(), "{url}: {kept:?}");
        assert!(articles[0].links.is_empty());
        assert!(articles[0].authors.iter().all(|a| a.id.is_none()));
        writes_and_reads_back(&articles);
    }
    let plain = plain_article();
    let json = write(std::slice::from_ref(&plain), Format::Json).expect("json");
    assert_eq!(read(&json, Format::Json).expect("json"), [plain]);
}

/// Every conformance input in ../shared (seed, textwire, corpus), converted to every writable
/// format: no output holds `<script` (but the HTML page, whose one script element is its
/// `application/ld+json` data), nor anything the independent audit (`support::audit`:
/// elements, event handlers, unsafe schemes in attributes, identifiers and links) finds. Prose
/// is not checked: heise's headline "Best Practices in JavaScript: Typüberprüfungen" is text.
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn conformance_outputs_hold_no_script() {
    let shared = support::shared();
    let mut inputs = Vec::new();
    for dir in ["seed", "textwire"] {
        let files = files_in(&shared.join(dir));
        assert!(!files.is_empty(), "no files in ../shared/{dir}");
        inputs.extend(files);
    }
    let corpus = std::fs::read_dir(shared.join("corpus")).expect("../shared/corpus");
    for entry in corpus.flatten() {
        inputs.extend(files_in(&entry.path()));
    }
    inputs.sort();
    let mut converted = 0;
    let mut unread = Vec::new();
    for path in &inputs {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let articles = match newswire::detect(&bytes, Some(path)).and_then(|f| read(&bytes, f)) {
            Ok(articles) => articles,
            Err(e) => {
                unread.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        assert!(!articles.is_empty(), "{}", path.display());
        for to in writable() {
            let batch = if to.holds_several() {
                &articles[..]
            } else {
                &articles[..1]
            };
            let output =
                write(batch, to).unwrap_or_else(|e| panic!("{}: {to}: {e}", path.display()));
            // Plain-text outputs print the story's text as text: NTB's NITF has a paragraph
            // quoting an embed code (`&#60;script ...`), which they print as written, and which
            // is no markup there. Every markup and JSON output must hold no script.
            if matches!(to, Format::Text | Format::Iptc7901 | Format::Anpa1312) {
                continue;
            }
            let text = String::from_utf8_lossy(&output).to_lowercase();
            // The HTML page holds one script element: its JSON-LD, data no browser runs (the
            // audit checks what it holds).
            let allowed = match to {
                Format::Html => 1,
                _ => 0,
            };
            assert_eq!(
                text.matches("<script").count(),
                allowed,
                "{} -> {to}",
                path.display()
            );
            if to == Format::Html {
                assert_eq!(
                    text.matches("<script type=\"application/ld+json\">")
                        .count(),
                    1,
                    "{}",
                    path.display()
                );
            }
            let found = audit::findings(to.name(), &output);
            assert!(found.is_empty(), "{} -> {to}: {found:?}", path.display());
            converted += 1;
        }
    }
    eprintln!(
        "{} inputs, {converted} outputs checked; not read: {unread:#?}",
        inputs.len()
    );
    assert!(converted > 1000, "only {converted} outputs");
    // What is not read is no news document (images, other systems' XML and JSON), and
    // says so.
    assert!(unread.len() <= 15, "{unread:#?}");
    for why in &unread {
        assert!(
            why.contains("cannot tell the format") || why.contains("has none of uri, headline"),
            "{why}"
        );
    }
}

/// The readable files of a folder, without the expectation files and notes beside them.
fn files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.starts_with('.')
                && !name.ends_with(".expected.json")
                && !matches!(
                    name,
                    "README.md" | "MANIFEST.tsv" | "EXPECTATIONS.md" | "INDEX.tsv"
                )
        })
        .collect()
}

/// Every writable format writes `articles` (the first when it holds one) and the independent
/// audit finds nothing in any output.
fn audited(articles: &[Article], what: &str) {
    for format in writable() {
        let batch = if format.holds_several() {
            articles
        } else {
            &articles[..1]
        };
        let output = write(batch, format).unwrap_or_else(|e| panic!("{what} -> {format}: {e}"));
        let found = audit::findings(format.name(), &output);
        assert!(
            found.is_empty(),
            "{what} -> {format}: {found:?}\n{}",
            String::from_utf8_lossy(&output)
        );
    }
}

#[test]
fn f1_unsafe_values_in_every_field_never_reach_an_output() {
    for value in DISGUISED.into_iter().chain([WITH_CREDENTIALS]) {
        let article = article_with(|_| value.to_string());
        // As a library user writes an article it built, and after newswire JSON holding it
        // (serialized by serde, not by the writer) is read.
        audited(std::slice::from_ref(&article), &format!("built {value:?}"));
        let json = serde_json::to_vec(&[&article]).expect("serde");
        let read_back = read(&json, Format::Json).expect("json reads");
        audited(&read_back, &format!("read {value:?}"));
        for link in &read_back[0].links {
            assert!(!link.href.contains("user:pass"), "{link:?}");
        }
    }
}

#[test]
fn f1_a_script_link_through_u_ffff_from_every_reader_reaches_no_output() {
    for value in DISGUISED.into_iter().chain([WITH_CREDENTIALS]) {
        for (format, document) in documents_linking_to(value) {
            let articles =
                read(&document, format).unwrap_or_else(|e| panic!("{format} with {value:?}: {e}"));
            // The model itself, in newswire JSON, holds none of it either.
            let json = write(&articles, Format::Json).expect("json");
            let found = audit::findings("json", &json);
            assert!(found.is_empty(), "{format} model with {value:?}: {found:?}");
            audited(&articles, &format!("{format} with {value:?}"));
            assert!(
                articles[0]
                    .warnings
                    .iter()
                    .any(|w| w.message.contains("dropped") || w.message.contains("password")),
                "{format} with {value:?}: no warning says what was dropped"
            );
        }
    }
}

#[test]
fn f1_credentials_leave_urls_with_a_warning() {
    let feed = "<rss version='2.0'><channel><title>c</title><item><title>T</title><link>https://user:pass@x.example/p</link><description>&lt;a href=\"http://me:secret@x.example/\"&gt;y&lt;/a&gt;</description></item></channel></rss>";
    let articles = read(feed.as_bytes(), Format::Rss).unwrap();
    assert_eq!(articles[0].links[0].href, "https://x.example/p");
    let json = String::from_utf8(write(&articles, Format::Json).unwrap()).unwrap();
    assert!(
        !json.contains("user:pass") && !json.contains("secret"),
        "{json}"
    );
    assert!(json.contains("http://x.example/"), "{json}");
    let warnings: Vec<&str> = articles[0]
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .collect();
    // The link, the id the link gave, the body's link.
    assert_eq!(
        warnings,
        ["the user name and password in a URL were removed"; 3]
    );
}

#[test]
fn f15_warnings_inside_newswire_json_are_data_not_the_readers_own() {
    let forged =
        r#"[{"headline": "H", "warnings": [{"message": "x\nnewswire: other.txt: converted"}]}]"#;
    let articles = read(forged.as_bytes(), Format::Json).unwrap();
    assert!(
        articles[0].warnings.is_empty(),
        "{:?}",
        articles[0].warnings
    );
    assert_eq!(
        articles[0].extensions["newswire:input_warnings"],
        serde_json::json!([{"message": "x\nnewswire: other.txt: converted"}])
    );
    // Read again, the data stays data.
    let again = read(&write(&articles, Format::Json).unwrap(), Format::Json).unwrap();
    assert_eq!(again, articles);
}

#[test]
fn f16_ninjs_output_is_safe_inside_html_and_typed() {
    let mut article = plain_article();
    article.headline = Some("</script><!-- \u{2028} & more".to_string());
    article.description = Some("<b>not markup</b>".to_string());
    article.language = Some("en\"><script>".to_string());
    for version in newswire::formats::NinjsVersion::ALL {
        let mut options = newswire::formats::WriteOptions::default();
        options.ninjs_version = version;
        let output =
            newswire::formats::write_with(std::slice::from_ref(&article), Format::Ninjs, &options)
                .unwrap();
        let text = String::from_utf8(output.clone()).unwrap();
        for raw in ["</script", "<!--", "\u{2028}", "<b>", "&"] {
            assert!(!text.contains(raw), "ninjs {version} holds {raw:?}\n{text}");
        }
        let value: serde_json::Value = serde_json::from_slice(&output).unwrap();
        assert!(value.get("language").is_none(), "ninjs {version}: {value}");
        let descriptions = value["descriptions"].as_array().expect("descriptions");
        assert!(!descriptions.is_empty());
        for description in descriptions {
            let content_type = description
                .get("contentType")
                .or_else(|| description.get("contenttype"));
            assert_eq!(content_type, Some(&serde_json::json!("text/plain")));
        }
        let back = read(&output, Format::Ninjs).unwrap();
        assert_eq!(back[0].headline, article.headline);
        assert_eq!(back[0].description, article.description);
    }
    let jsonld = String::from_utf8(write(&[article], Format::JsonLd).unwrap()).unwrap();
    assert!(!jsonld.contains("inLanguage"), "{jsonld}");
}

#[test]
fn also_seen_duplicate_json_keys_keep_the_last_value_with_a_warning() {
    let documents = [
        (
            Format::Json,
            r#"[{"headline": "First", "headline": "Last"}]"#,
        ),
        (
            Format::Ninjs,
            r#"{"uri": "urn:x:1", "headline": "First", "headline": "Last"}"#,
        ),
        (
            Format::JsonLd,
            r#"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "First", "headline": "Last"}"#,
        ),
    ];
    for (format, document) in documents {
        let articles = read(document.as_bytes(), format).unwrap();
        assert_eq!(articles[0].headline.as_deref(), Some("Last"), "{format}");
        let repeated: Vec<_> = articles[0]
            .warnings
            .iter()
            .filter(|w| w.message.contains("repeats a key"))
            .collect();
        assert_eq!(repeated.len(), 1, "{format}: {:?}", articles[0].warnings);
        assert_eq!(repeated[0].raw.as_deref(), Some("headline"));
    }
}

#[test]
fn also_seen_xml_base_is_not_applied_and_says_so() {
    let entry = "<entry xmlns='http://www.w3.org/2005/Atom' xml:base='https://x.example/news/'><id>urn:x:1</id><title>T</title><updated>2024-01-15T14:05:00Z</updated><link href='story.html'/></entry>";
    let articles = read(entry.as_bytes(), Format::Atom).unwrap();
    assert_eq!(articles[0].links[0].href, "story.html");
    assert!(
        articles[0]
            .warnings
            .iter()
            .any(|w| w.message.contains("xml:base is not applied")),
        "{:?}",
        articles[0].warnings
    );
}

#[test]
fn also_seen_utf32_with_a_bom_is_read() {
    let utf32 = |text: &str, big_endian: bool| -> Vec<u8> {
        std::iter::once('\u{feff}')
            .chain(text.chars())
            .flat_map(|c| {
                if big_endian {
                    u32::from(c).to_be_bytes()
                } else {
                    u32::from(c).to_le_bytes()
                }
            })
            .collect()
    };
    for big_endian in [false, true] {
        let story = utf32("Zürich wählt\n\nDie Stadt hat gewählt.\n", big_endian);
        assert_eq!(newswire::detect(&story, None).unwrap(), Format::Text);
        let articles = read(&story, Format::Text).unwrap();
        assert_eq!(articles[0].headline.as_deref(), Some("Zürich wählt"));
        let entry = utf32(
            "<entry xmlns='http://www.w3.org/2005/Atom'><id>urn:x:1</id><title>Zürich</title><updated>2024-01-15T14:05:00Z</updated></entry>",
            big_endian,
        );
        assert_eq!(newswire::detect(&entry, None).unwrap(), Format::Atom);
        assert_eq!(
            read(&entry, Format::Atom).unwrap()[0].headline.as_deref(),
            Some("Zürich")
        );
    }
}

#[test]
fn also_seen_the_namespace_limit_error_speaks_to_users_not_of_an_api() {
    let declarations: String = (0..200)
        .map(|i| format!(" xmlns:p{i}='urn:x:{i}'"))
        .collect();
    let feed = format!("<feed xmlns='http://www.w3.org/2005/Atom'{declarations}/>");
    let message = read(feed.as_bytes(), Format::Atom).unwrap_err().to_string();
    assert!(message.contains("namespace declarations"), "{message}");
    assert!(!message.contains("NamespaceResolver"), "{message}");
}

#[test]
fn also_seen_local_file_links_are_dropped_with_a_warning() {
    let newsml = "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>T</HeadLine></NewsLines><NewsComponent><ContentItem Href='file:///var/photos/x.jpg'><MediaType FormalName='Photo'/></ContentItem></NewsComponent><NewsComponent><ContentItem Href='https://x.example/y.jpg'><MediaType FormalName='Photo'/></ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>";
    let articles = read(newsml.as_bytes(), Format::Newsml12).unwrap();
    let hrefs: Vec<&str> = articles[0].links.iter().map(|l| l.href.as_str()).collect();
    assert_eq!(hrefs, ["https://x.example/y.jpg"]);
    assert!(
        articles[0]
            .warnings
            .iter()
            .any(|w| w.raw.as_deref() == Some("file:///var/photos/x.jpg")),
        "{:?}",
        articles[0].warnings
    );
}

/// Found by the `roundtrip` fuzz target: a library-built body nested 44 levels deep (lists in
/// lists, marks in marks) was written as newswire JSON 134 levels deep, which no serde_json
/// consumer reads (it stops at 128), and the audit could not check. Every output now holds at
/// most `MAX_NESTING` levels of blocks and of marks, with a warning.
#[test]
fn a_body_nested_past_the_model_limit_is_flattened_for_every_output_with_a_warning() {
    use newswire::model::{Block, Inline, MAX_NESTING};
    let mut marks = Inline::text("deep");
    for level in 0..40 {
        marks = if level % 2 == 0 {
            Inline::Emphasis(vec![marks])
        } else {
            Inline::Strong(vec![marks])
        };
    }
    let mut body = Block::Paragraph {
        content: vec![marks],
    };
    for level in 0..44 {
        body = if level % 2 == 0 {
            Block::List {
                ordered: false,
                items: vec![vec![body]],
            }
        } else {
            Block::Blockquote { blocks: vec![body] }
        };
    }
    let mut article = plain_article();
    article.body = vec![body];
    for format in writable() {
        let output = write(std::slice::from_ref(&article), format)
            .unwrap_or_else(|e| panic!("{format}: {e}"));
        assert_eq!(
            audit::findings(format.name(), &output),
            Vec::<String>::new()
        );
        if matches!(format, Format::Json | Format::JsonLd | Format::Ninjs) {
            let value: Result<serde_json::Value, _> = serde_json::from_slice(&output);
            assert!(value.is_ok(), "{format}: {value:?}");
        }
    }
    let json = write(std::slice::from_ref(&article), Format::Json).unwrap();
    let back = read(&json, Format::Json).unwrap();
    let depth = |blocks: &[Block]| {
        let (mut blocks, mut depth) = (blocks.to_vec(), 0);
        loop {
            let inner: Vec<Block> = blocks
                .iter()
                .flat_map(|b| match b {
                    Block::Blockquote { blocks } => blocks.clone(),
                    Block::List { items, .. } => items.concat(),
                    _ => Vec::new(),
                })
                .collect();
            if inner.is_empty() {
                return depth;
            }
            depth += 1;
            blocks = inner;
        }
    };
    assert_eq!(depth(&back[0].body), MAX_NESTING);
    // The pass's warning travels with the article written (newswire JSON keeps it; read back,
    // it is the input's, kept as data).
    let written: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(written[0]["warnings"][0]["field"], "body", "{written}");
    assert!(
        written[0]["warnings"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("nested more than 16")),
        "{written}"
    );
    assert!(
        String::from_utf8_lossy(&json).contains("deep"),
        "the text is kept"
    );
}
