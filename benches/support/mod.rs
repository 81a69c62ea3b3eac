//! What the wall-clock benchmarks (`benches/formats.rs`) and the instruction counts
//! (`benches/instructions.rs`) share: the generated inputs and the list of cases.
//!
//! Every newswire case goes through the public API the command line uses: `read_with` with the
//! default options for reading (as `newswire convert` without `--language`), `write_with` for
//! writing, and `newswire::convert` (detection, reading, writing and the loss report) end to end.

pub mod inputs;
pub mod peers;
pub mod stories;

use std::hint::black_box;

use newswire::formats::{ReadOptions, WriteOptions, read_with, write_with};
use newswire::{Article, Format};

pub use inputs::Inputs;
use inputs::total;

/// One measured case: a group (`read`, `write`, `convert`, `small`, `peer`), a name, the bytes
/// one run processes (input bytes for readers and conversions, output bytes for writers), and
/// the run itself, which returns something derived from its result so that nothing is optimized
/// away.
pub struct Case<'a> {
    pub group: &'static str,
    pub name: String,
    pub bytes: u64,
    pub run: Box<dyn Fn() -> usize + 'a>,
}

fn case<'a>(group: &'static str, name: &str, bytes: u64, run: impl Fn() -> usize + 'a) -> Case<'a> {
    Case {
        group,
        name: name.to_string(),
        bytes,
        run: Box::new(run),
    }
}

/// Reads one document as the command line does (default options), giving the article count.
fn read(input: &[u8], format: Format) -> usize {
    read_with(black_box(input), format, &ReadOptions::default()).map_or(0, |a| a.len())
}

/// Writes as the command line does, giving the output size.
fn write(articles: &[Article], format: Format) -> usize {
    write_with(black_box(articles), format, &WriteOptions::default()).map_or(0, |o| o.len())
}

/// Converts as the command line does: the format detected, the output written, the losses
/// reported.
fn convert(input: &[u8], to: Format) -> usize {
    newswire::convert(black_box(input), to, &newswire::ConvertOptions::default())
        .map_or(0, |done| done.output.len() + done.losses.len())
}

/// The output size of writing every article on its own (formats that hold one article).
fn write_each_size(articles: &[Article], format: Format) -> u64 {
    articles
        .iter()
        .map(|a| write(std::slice::from_ref(a), format) as u64)
        .sum()
}

/// Every case, in report order.
pub fn cases(inputs: &Inputs) -> Vec<Case<'_>> {
    let mut cases = Vec::new();

    // Readers on about 1 MB of many articles.
    let whole: [(&str, &[u8], Format); 10] = [
        ("newsml-g2", inputs.g2.as_bytes(), Format::NewsmlG2),
        ("atom", inputs.atom.as_bytes(), Format::Atom),
        ("jsonld", &inputs.jsonld, Format::JsonLd),
        ("json", &inputs.json, Format::Json),
        ("iptc7901", &inputs.iptc7901, Format::Iptc7901),
        ("anpa1312", &inputs.anpa1312, Format::Anpa1312),
        ("rss", &inputs.rss, Format::Rss),
        ("wxr", &inputs.wxr, Format::Wxr),
        ("text-web-1mb", inputs.text_web.as_bytes(), Format::Text),
        (
            "text-teletype-1mb",
            inputs.text_teletype.as_bytes(),
            Format::Text,
        ),
    ];
    for (name, input, format) in whole {
        cases.push(case("read", name, input.len() as u64, move || {
            read(input, format)
        }));
    }
    cases.push(case("read", "nitf", total(&inputs.nitf), || {
        inputs
            .nitf
            .iter()
            .map(|d| read(d.as_bytes(), Format::Nitf))
            .sum()
    }));
    cases.push(case("read", "ninjs", total(&inputs.ninjs), || {
        inputs.ninjs.iter().map(|d| read(d, Format::Ninjs)).sum()
    }));
    cases.push(case("read", "text-stories", total(&inputs.text), || {
        inputs
            .text
            .iter()
            .map(|d| read(d.as_bytes(), Format::Text))
            .sum()
    }));

    // Writers: the G2 message's articles in one document, or one document per article.
    let articles = &inputs.g2_articles;
    for format in [
        Format::NewsmlG2,
        Format::JsonLd,
        Format::Atom,
        Format::Json,
        Format::Iptc7901,
        Format::Anpa1312,
        Format::Rss,
        Format::Wxr,
    ] {
        let bytes = write(articles, format) as u64;
        cases.push(case("write", format.name(), bytes, move || {
            write(articles, format)
        }));
    }
    let pages = &inputs.pages;
    let bytes = write(pages, Format::NewsSitemap) as u64;
    cases.push(case("write", "news-sitemap", bytes, move || {
        write(pages, Format::NewsSitemap)
    }));
    for format in [Format::Nitf, Format::Ninjs, Format::Text, Format::Html] {
        let bytes = write_each_size(articles, format);
        cases.push(case("write", format.name(), bytes, move || {
            articles
                .iter()
                .map(|a| write(std::slice::from_ref(a), format))
                .sum()
        }));
    }

    // End to end, through newswire::convert.
    cases.push(case(
        "convert",
        "newsml-g2-to-jsonld",
        inputs.g2.len() as u64,
        || convert(inputs.g2.as_bytes(), Format::JsonLd),
    ));
    cases.push(case(
        "convert",
        "text-to-newsml-g2",
        total(&inputs.text),
        || {
            inputs
                .text
                .iter()
                .map(|d| convert(d.as_bytes(), Format::NewsmlG2))
                .sum()
        },
    ));
    cases.push(case("convert", "nitf-to-atom", total(&inputs.nitf), || {
        inputs
            .nitf
            .iter()
            .map(|d| convert(d.as_bytes(), Format::Atom))
            .sum()
    }));

    // One small story each.
    let small: [(&str, &[u8], Format); 8] = [
        ("read-newsml-g2", inputs.g2_one.as_bytes(), Format::NewsmlG2),
        ("read-atom", inputs.atom_one.as_bytes(), Format::Atom),
        ("read-nitf", inputs.nitf_one.as_bytes(), Format::Nitf),
        (
            "read-ninjs",
            inputs.ninjs.get(7).map_or(&[][..], Vec::as_slice),
            Format::Ninjs,
        ),
        ("read-text", inputs.text_one.as_bytes(), Format::Text),
        ("read-jsonld", &inputs.jsonld_one, Format::JsonLd),
        ("read-iptc7901", &inputs.iptc7901_one, Format::Iptc7901),
        ("read-anpa1312", &inputs.anpa1312_one, Format::Anpa1312),
    ];
    for (name, input, format) in small {
        cases.push(case("small", name, input.len() as u64, move || {
            read(input, format)
        }));
    }
    let one = inputs.articles.get(7..8).unwrap_or_default();
    for format in Format::ALL.into_iter().filter(|f| f.can_write()) {
        let bytes = write(one, format) as u64;
        let name = format!("write-{}", format.name());
        cases.push(case("small", &name, bytes, move || write(one, format)));
    }

    // The peers, over the same bytes.
    for (name, input) in [
        ("newsml-g2", inputs.g2.as_bytes()),
        ("atom", inputs.atom.as_bytes()),
    ] {
        let bytes = input.len() as u64;
        cases.push(case(
            "peer",
            &format!("quick-xml-raw-{name}"),
            bytes,
            || peers::quick_xml_raw(black_box(input)),
        ));
        cases.push(case("peer", &format!("quick-xml-ns-{name}"), bytes, || {
            peers::quick_xml_ns(black_box(input))
        }));
    }
    let atom = inputs.atom.as_bytes();
    cases.push(case("peer", "atom_syndication", atom.len() as u64, || {
        peers::atom_syndication(black_box(atom))
    }));
    cases.push(case("peer", "feed-rs", atom.len() as u64, || {
        peers::feed_rs(black_box(atom))
    }));
    let rss = &inputs.rss;
    cases.push(case("peer", "rss-read", rss.len() as u64, || {
        peers::rss_read(black_box(rss))
    }));
    cases.push(case("peer", "feed-rs-rss", rss.len() as u64, || {
        peers::feed_rs(black_box(rss))
    }));
    if let Ok(channel) = rss::Channel::read_from(rss.as_slice()) {
        let bytes = peers::rss_write(&channel).len() as u64;
        cases.push(case("peer", "rss-write", bytes, move || {
            peers::rss_write(black_box(&channel)).len()
        }));
    }
    let written = newswire::write(articles, Format::JsonLd).unwrap_or_default();
    let value: serde_json::Value = serde_json::from_slice(&written).unwrap_or_default();
    let bytes = peers::serde_json_write(&value).len() as u64;
    cases.push(case("peer", "serde_json-jsonld", bytes, move || {
        peers::serde_json_write(black_box(&value)).len()
    }));
    cases
}
