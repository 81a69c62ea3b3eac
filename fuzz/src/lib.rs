//! What every fuzz target checks, beyond "no panic": the model a reader gives holds no script or
//! data URL, every writable format writes it, XML and JSON-LD outputs hold no markup a browser
//! would run, and every output reads back.
//!
//! A failed check panics, which libFuzzer reports as a crash with the input that caused it.

use newswire::model::{Article, Block, Concept, Inline};
use newswire::{Error, Format, read, write};

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
/// the limit allows, once wrapped in the document, goes past it).
pub fn check_reads_back(format: Format, batch: &[Article], output: &[u8]) {
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

/// XML outputs hold no `<script` (text is escaped, so only an element could); JSON-LD holds no
/// `<`, `>` or `&` at all (strings escape them), so it is safe inside
/// `<script type="application/ld+json">`.
pub fn check_safe_output(format: Format, output: &[u8]) {
    let text = String::from_utf8_lossy(output);
    match format {
        Format::NewsmlG2 | Format::Atom | Format::Nitf => {
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

/// True for a script or data URL, however disguised (the library's own rule, restated).
pub fn is_unsafe_url(url: &str) -> bool {
    let scheme: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(12)
        .flat_map(char::to_lowercase)
        .collect();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| scheme.starts_with(s))
}

/// No script or data URL anywhere a writer puts a URL.
pub fn check_safe_model(article: &Article) {
    if let Some(bad) = unsafe_url_in(article) {
        panic!("a script or data URL reached the model: {bad:?}");
    }
}

/// The first script or data URL anywhere a writer puts a URL.
pub fn unsafe_url_in(article: &Article) -> Option<&str> {
    let mut urls: Vec<&str> = Vec::new();
    urls.extend(article.id.as_deref());
    urls.extend(article.links.iter().map(|l| l.href.as_str()));
    urls.extend(article.authors.iter().filter_map(|a| a.id.as_deref()));
    urls.extend(article.provider.iter().filter_map(|p| p.id.as_deref()));
    urls.extend(article.sources.iter().filter_map(|p| p.id.as_deref()));
    urls.extend(article.rights.holder.iter().filter_map(|p| p.id.as_deref()));
    let concepts = article.subjects.iter().chain(&article.genres);
    urls.extend(concepts.filter_map(|c: &Concept| c.scheme.as_deref()));
    body_links(&article.body, &mut urls);
    urls.into_iter().find(|u| is_unsafe_url(u))
}

fn body_links<'a>(blocks: &'a [Block], out: &mut Vec<&'a str>) {
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                inline_links(content, out);
            }
            Block::Blockquote { blocks } => body_links(blocks, out),
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
            Inline::Emphasis(content) | Inline::Strong(content) => inline_links(content, out),
            _ => {}
        }
    }
}

/// How deep blocks and inline marks nest in a body (a paragraph of text is 2).
pub fn body_depth(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .map(|block| {
            1 + match block {
                Block::Paragraph { content } | Block::Heading { content, .. } => {
                    inline_depth(content)
                }
                Block::Blockquote { blocks } => body_depth(blocks),
                Block::List { items, .. } => {
                    items.iter().map(|item| body_depth(item)).max().unwrap_or(0)
                }
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
            Inline::Link { content, .. } | Inline::Emphasis(content) | Inline::Strong(content) => {
                1 + inline_depth(content)
            }
            _ => 1,
        })
        .max()
        .unwrap_or(0)
}
