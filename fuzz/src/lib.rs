//! What every fuzz target checks, beyond "no panic": the model a reader gives holds no script,
//! data or local-file URL, every writable format writes it, no output holds a link, id, term or
//! attribute whose scheme (after the writer's own normalisation) is unsafe, nor markup a browser
//! would run (the independent audit of the tests, `tests/support/audit.rs`), and every output
//! reads back.
//!
//! A failed check panics, which libFuzzer reports as a crash with the input that caused it.

use newswire::model::{Article, Block, Concept, Inline};
use newswire::{Error, Format, read, write};

/// The tests' output audit: generic parsers, sharing no code with the writers.
#[path = "../../tests/support/audit.rs"]
pub mod audit;

/// The formats newswire writes.
pub fn writable() -> impl Iterator<Item = Format> {
    Format::ALL.into_iter().filter(|f| f.can_write())
}

/// Reads `data` as `format` and, when it reads, checks the articles (see [`check_articles`]).
/// A reading error is a fine outcome: hostile input is expected to be refused.
pub fn read_and_check(data: &[u8], format: Format) {
    if let Ok(articles) = read(data, format) {
        check_articles(&articles);
    }
}

/// The articles are safe (see [`check_safe_model`]) and [`write_and_check`] holds for them.
pub fn check_articles(articles: &[Article]) {
    for article in articles {
        check_safe_model(article);
    }
    write_and_check(articles);
}

/// Every writable format writes the articles (all of them when it holds several, else the
/// first), its output is safe ([`check_safe_output`]) and reads back ([`check_reads_back`]).
pub fn write_and_check(articles: &[Article]) {
    if articles.is_empty() {
        return;
    }
    for format in writable() {
        let batch = if format.holds_several() {
            articles
        } else {
            &articles[..1]
        };
        let output = match write(batch, format) {
            Ok(output) => output,
            Err(e) => panic!("{format} refused to write {} article(s): {e}", batch.len()),
        };
        check_safe_output(format, &output);
        check_reads_back(format, batch, &output);
    }
}

/// What a format's output must give when read again: the same number of articles for the
/// structured formats. Plain text and the teletype formats may refuse an article that prints as
/// nothing (no text to read), and any format may meet a reading limit (a body nested as deep as
/// the limit allows, once wrapped in the document, goes past it). A format newswire only
/// writes is not read.
pub fn check_reads_back(format: Format, batch: &[Article], output: &[u8]) {
    if !format.can_read() {
        return;
    }
    match read(output, format) {
        Ok(back) => {
            let loose = matches!(format, Format::Text | Format::Iptc7901 | Format::Anpa1312);
            if !loose && back.len() != batch.len() {
                panic!(
                    "{format}: {} article(s) written, {} read back\n{}",
                    batch.len(),
                    back.len(),
                    String::from_utf8_lossy(output)
                );
            }
            for article in &back {
                if let Some(bad) = unsafe_url_in(article) {
                    panic!(
                        "{format} output read back with a script or data URL: {bad:?}\n{}",
                        String::from_utf8_lossy(output)
                    );
                }
            }
        }
        Err(Error::LimitExceeded { .. }) => {}
        Err(Error::Invalid { .. } | Error::Syntax { .. })
            if matches!(format, Format::Text | Format::Iptc7901 | Format::Anpa1312) => {}
        Err(e) => panic!(
            "{format} output does not read back: {e}\n{}",
            String::from_utf8_lossy(output)
        ),
    }
}

/// The audit finds nothing in the output (see [`audit`]); XML outputs (WXR's HTML fields too) hold no `<script` (text
/// is escaped, so only an element could); JSON-LD holds no `<`, `>` or `&` at all (strings
/// escape them), so it is safe inside `<script type="application/ld+json">`.
pub fn check_safe_output(format: Format, output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    let found = audit::findings(format.name(), output);
    assert!(found.is_empty(), "{format} output: {found:?}\n{text}");
    match format {
        Format::NewsmlG2 | Format::Atom | Format::Nitf | Format::Wxr => {
            let lower = text.to_ascii_lowercase();
            assert!(
                !lower.contains("<script"),
                "{format} output holds <script\n{text}"
            );
        }
        Format::JsonLd => {
            assert!(
                !text.contains(['<', '>', '&']),
                "jsonld output holds a raw < > or &\n{text}"
            );
        }
        _ => {}
    }
}

/// True for a script, data or local-file URL, or one with credentials, however disguised (the
/// audit's rule).
pub fn is_unsafe_url(url: &str) -> bool {
    audit::unsafe_value(url).is_some()
}

/// No script or data URL anywhere a writer puts a URL.
pub fn check_safe_model(article: &Article) {
    if let Some(bad) = unsafe_url_in(article) {
        panic!("a script or data URL reached the model: {bad:?}");
    }
}

/// The first unsafe value anywhere a writer puts a URL, an identifier or a term.
pub fn unsafe_url_in(article: &Article) -> Option<String> {
    let mut urls: Vec<String> = Vec::new();
    let mut push = |value: Option<&str>| urls.extend(value.map(str::to_string));
    push(article.id.as_deref());
    push(article.slugline.as_deref());
    article.keywords.iter().for_each(|k| push(Some(k)));
    for link in &article.links {
        push(Some(&link.href));
        push(link.rel.as_deref());
        push(link.media_type.as_deref());
    }
    for author in &article.authors {
        push(Some(&author.name));
        push(author.id.as_deref());
        push(author.role.as_deref());
        push(author.job_title.as_deref());
    }
    let parties = article
        .provider
        .iter()
        .chain(&article.sources)
        .chain(&article.rights.holder);
    for party in parties {
        push(party.id.as_deref());
        push(party.name.as_deref());
    }
    for concept in article.subjects.iter().chain(&article.genres) {
        let concept: &Concept = concept;
        push(concept.scheme.as_deref());
        push(concept.code.as_deref());
        push(concept.name.as_deref());
        push(concept.qcode().as_deref());
        push(concept.uri().as_deref());
    }
    if let Some(dateline) = &article.dateline {
        push(dateline.city.as_deref());
        push(dateline.region.as_deref());
        for agency in &dateline.agencies {
            push(Some(&agency.name));
            push(agency.service.as_deref());
        }
    }
    let mut links = Vec::new();
    body_links(&article.body, &mut links);
    let links: Vec<String> = links.into_iter().map(str::to_string).collect();
    urls.extend(links);
    urls.into_iter().find(|u| is_unsafe_url(u))
}

fn body_links<'a>(blocks: &'a [Block], out: &mut Vec<&'a str>) {
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                inline_links(content, out);
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => body_links(blocks, out),
            Block::List { items, .. } => {
                for item in items {
                    body_links(item, out);
                }
            }
            _ => {}
        }
    }
}

fn inline_links<'a>(inlines: &'a [Inline], out: &mut Vec<&'a str>) {
    for inline in inlines {
        match inline {
            Inline::Link { href, content, .. } => {
                out.push(href);
                inline_links(content, out);
            }
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Superscript(content)
            | Inline::Subscript(content) => inline_links(content, out),
            _ => {}
        }
    }
}

/// How deep blocks and inline marks nest in a body (a paragraph of text is 2), inside tables'
/// cells and figures' captions too.
pub fn body_depth(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|block| {
            1 + match block {
                Block::Paragraph { content } | Block::Heading { content, .. } => {
                    inline_depth(content)
                }
                Block::Blockquote { blocks } | Block::Aside { blocks, .. } => body_depth(blocks),
                Block::List { items, .. } => {
                    items.iter().map(|item| body_depth(item)).max().unwrap_or(0)
                }
                // A cell sits in a row (and a row part) inside the table: three levels more.
                Block::Table { caption, rows } => rows
                    .iter()
                    .flat_map(|row| &row.cells)
                    .map(|cell| 3 + inline_depth(&cell.content))
                    .chain([1 + inline_depth(caption)])
                    .max()
                    .unwrap_or(0),
                Block::Figure(figure) => 1 + inline_depth(&figure.caption),
                _ => 1,
            }
        })
        .max()
        .unwrap_or(0)
}

fn inline_depth(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Link { content, .. }
            | Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Superscript(content)
            | Inline::Subscript(content) => 1 + inline_depth(content),
            _ => 1,
        })
        .max()
        .unwrap_or(0)
}
