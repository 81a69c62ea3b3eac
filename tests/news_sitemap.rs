//! The news sitemap writer against the rules of the sitemap protocol and Google's news
//! sitemaps, written out as checks (the shared validator has no kind for sitemaps, and no
//! official schema of either is in `../shared/specs/schemas`), over every project fixture and
//! every readable input of `../shared`: each output is read by an XML parser newswire does not
//! use (roxmltree) and checked; each input article is either a `url` or reported left out.

pub mod support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use newswire::formats::{WriteOptions, left_out, write_with};
use newswire::{Article, Format, detect, read};

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";

/// What the checks found over a set of inputs.
#[derive(Default, Debug)]
struct Tally {
    inputs: usize,
    unread: usize,
    articles: usize,
    urls: usize,
    left_out: usize,
    /// Documents with no `url`: every article left out.
    empty: usize,
    /// Each rule an output breaks: the input and why.
    invalid: Vec<String>,
    /// How the sitemaps are written (the default, or with a fallback provider).
    options: WriteOptions,
}

impl Tally {
    fn check_file(&mut self, path: &Path) {
        let Ok(bytes) = std::fs::read(path) else {
            self.unread += 1;
            return;
        };
        let articles = match detect(&bytes, Some(path)).and_then(|format| read(&bytes, format)) {
            Ok(articles) if !articles.is_empty() => articles,
            _ => {
                self.unread += 1;
                return;
            }
        };
        self.inputs += 1;
        self.check(&path.display().to_string(), &articles);
    }

    /// Writes `articles` as one sitemap and checks it; each broken rule is noted.
    fn check(&mut self, name: &str, articles: &[Article]) {
        let options = self.options.clone();
        self.articles += articles.len();
        let output = match write_with(articles, Format::NewsSitemap, &options) {
            Ok(output) => output,
            Err(e) => {
                self.invalid.push(format!("{name}: not written: {e}"));
                return;
            }
        };
        let gone = left_out(articles, Format::NewsSitemap, &options);
        self.left_out += gone.len();
        // The independent audit the adversarial tests run: no script, no unsafe address.
        let found = support::audit::findings("news-sitemap", &output);
        if !found.is_empty() {
            self.invalid
                .push(format!("{name}: the audit finds {found:?}"));
        }
        match rules(&output) {
            Ok(titles) => {
                self.urls += titles.len();
                if titles.is_empty() {
                    self.empty += 1;
                }
                // Each article is a `url` (in order) or left out with a reason, not both.
                let held: Vec<String> = articles
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !gone.iter().any(|g| g.index == *i))
                    .map(|(_, a)| title_of(a))
                    .collect();
                if held != titles {
                    self.invalid.push(format!(
                        "{name}: {} articles held, {} urls written ({held:?} / {titles:?})",
                        held.len(),
                        titles.len()
                    ));
                }
                if let Some(blank) = gone.iter().find(|g| g.reason.trim().is_empty()) {
                    self.invalid
                        .push(format!("{name}: article {} left out unsaid", blank.index));
                }
            }
            Err(why) => self.invalid.push(format!("{name}: {why}")),
        }
    }

    fn report(&self, what: &str) {
        eprintln!(
            "news-sitemap over {what}: {} inputs ({} unread), {} articles: {} urls written, {} \
             left out with their reason, {} documents without a url; {} invalid",
            self.inputs,
            self.unread,
            self.articles,
            self.urls,
            self.left_out,
            self.empty,
            self.invalid.len()
        );
        assert_eq!(self.articles, self.urls + self.left_out, "{what}");
        assert!(
            self.invalid.is_empty(),
            "{} invalid:\n{}",
            self.invalid.len(),
            self.invalid.join("\n")
        );
    }
}

/// The headline, else the title, whitespace collapsed and the characters no output carries
/// (C0 controls but whitespace, U+FFFE, U+FFFF) dropped: what `news:title` says.
fn title_of(article: &Article) -> String {
    let one_line = |t: &str| {
        let carried: String = t
            .chars()
            .filter(|&c| {
                !(c.is_control() && !c.is_whitespace() && c < ' ')
                    && c != '\u{fffe}'
                    && c != '\u{ffff}'
            })
            .collect();
        carried.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    [&article.headline, &article.title]
        .into_iter()
        .flatten()
        .map(|t| one_line(t))
        .find(|t| !t.is_empty())
        .unwrap_or_default()
}

/// The rules a news sitemap follows, checked on `output`: the titles of its `url`s, in order,
/// or the first rule it breaks.
fn rules(output: &[u8]) -> Result<Vec<String>, String> {
    let text = std::str::from_utf8(output).map_err(|e| format!("not UTF-8: {e}"))?;
    // Every data value is entity-escaped, quotes too: after the urlset's start tag (whose
    // attribute values are quoted), no quote is left bare.
    let body = text
        .find("0.9\">")
        .and_then(|at| text.get(at + 5..))
        .ok_or("no urlset start tag")?;
    if body.contains(['\'', '"']) {
        return Err("a quote is not entity-escaped".into());
    }
    let document =
        roxmltree::Document::parse(text).map_err(|e| format!("not well-formed XML: {e}"))?;
    let root = document.root_element();
    if root.tag_name().name() != "urlset" || root.tag_name().namespace() != Some(SITEMAP_NS) {
        return Err(format!("the root is {:?}", root.tag_name()));
    }
    if root.lookup_namespace_uri(Some("news")) != Some(NEWS_NS) {
        return Err("the news namespace is not declared".into());
    }
    let mut locs = HashSet::new();
    let mut titles = Vec::new();
    for url in root.children().filter(roxmltree::Node::is_element) {
        if !is(url, SITEMAP_NS, "url") {
            return Err(format!("{:?} in the urlset", url.tag_name()));
        }
        let loc = text_of(only(url, SITEMAP_NS, "loc")?);
        check_loc(&loc)?;
        if !locs.insert(loc.clone()) {
            return Err(format!("{loc} twice"));
        }
        let news = only(url, NEWS_NS, "news")?;
        if url.children().filter(roxmltree::Node::is_element).count() != 2 {
            return Err(format!("{loc}: a url holds a loc and a news:news"));
        }
        let publication = only(news, NEWS_NS, "publication")?;
        let name = text_of(only(publication, NEWS_NS, "name")?);
        if name.trim().is_empty() {
            return Err(format!("{loc}: an empty publication name"));
        }
        let language = text_of(only(publication, NEWS_NS, "language")?);
        if !is_google_language(&language) {
            return Err(format!("{loc}: language {language:?}"));
        }
        let date = text_of(only(news, NEWS_NS, "publication_date")?);
        if !is_w3c_datetime(&date) {
            return Err(format!("{loc}: publication date {date:?}"));
        }
        let title = text_of(only(news, NEWS_NS, "title")?);
        if title.trim().is_empty() {
            return Err(format!("{loc}: an empty title"));
        }
        titles.push(title);
    }
    if titles.len() > 1000 {
        return Err(format!("{} urls: a news sitemap holds 1,000", titles.len()));
    }
    Ok(titles)
}

fn is(node: roxmltree::Node<'_, '_>, namespace: &str, name: &str) -> bool {
    node.tag_name().name() == name && node.tag_name().namespace() == Some(namespace)
}

/// The one child `name` of `node`: an error when there is none or more.
fn only<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    namespace: &str,
    name: &str,
) -> Result<roxmltree::Node<'a, 'i>, String> {
    let mut found = node.children().filter(|c| is(*c, namespace, name));
    match (found.next(), found.next()) {
        (Some(one), None) => Ok(one),
        (None, _) => Err(format!("no {name} in {:?}", node.tag_name().name())),
        (Some(_), Some(_)) => Err(format!("two {name} in {:?}", node.tag_name().name())),
    }
}

fn text_of(node: roxmltree::Node<'_, '_>) -> String {
    node.text().unwrap_or_default().to_string()
}

/// `loc`: an absolute http(s) URI (RFC 3986 characters only, escapes well-formed), 12 to 2,048
/// characters (the protocol's schema).
fn check_loc(loc: &str) -> Result<(), String> {
    let lower = loc.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| format!("{loc}: not an absolute http(s) URL"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.contains('@') {
        return Err(format!("{loc}: no host, or credentials"));
    }
    if !(12..=2048).contains(&loc.len()) {
        return Err(format!("{loc}: {} characters", loc.len()));
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
    if let Some(bad) = loc.chars().find(|&c| !allowed(c)) {
        return Err(format!("{loc}: {bad:?} is no URI character"));
    }
    let bytes = loc.as_bytes();
    for (i, _) in loc.match_indices('%') {
        let hex = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
        if !(hex(i + 1) && hex(i + 2)) {
            return Err(format!("{loc}: a broken percent escape"));
        }
    }
    Ok(())
}

/// Google's `news:language`: an ISO 639 code of 2 or 3 lower-case letters, or `zh-cn`,
/// `zh-tw`.
fn is_google_language(code: &str) -> bool {
    matches!(code, "zh-cn" | "zh-tw")
        || ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A W3C Datetime (the NOTE's forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and with a time
/// `Thh:mm`, `Thh:mm:ss` or `Thh:mm:ss.s` always followed by `Z` or `±hh:mm`) that is a real
/// date and time.
fn is_w3c_datetime(text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let number = |s: &str| s.parse::<u32>().unwrap_or(u32::MAX);
    let (date, time) = match text.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let date_ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&number(m)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && chrono::NaiveDate::from_ymd_opt(y.parse().unwrap_or(-1), number(m), number(d))
                    .is_some()
        }
        _ => false,
    };
    let Some(time) = time else {
        return date_ok;
    };
    // A time needs the full date and a zone designator.
    if parts.len() != 3 {
        return false;
    }
    let (clock, zone) = if let Some(clock) = time.strip_suffix('Z') {
        (clock, "+00:00")
    } else if time.len() > 6 {
        time.split_at(time.len() - 6)
    } else {
        return false;
    };
    let zone_ok = zone.len() == 6
        && zone.starts_with(['+', '-'])
        && digits(&zone[1..3], 2)
        && &zone[3..4] == ":"
        && digits(&zone[4..6], 2)
        && number(&zone[1..3]) <= 14
        && number(&zone[4..6]) < 60;
    let (hms, fraction) = match clock.split_once('.') {
        Some((hms, fraction)) => (hms, Some(fraction)),
        None => (clock, None),
    };
    let fields: Vec<&str> = hms.split(':').collect();
    let clock_ok = match fields.as_slice() {
        [h, m] => digits(h, 2) && digits(m, 2) && fraction.is_none(),
        [h, m, s] => digits(h, 2) && digits(m, 2) && digits(s, 2) && number(s) < 60,
        _ => false,
    } && fields.first().is_some_and(|h| number(h) < 24)
        && fields.get(1).is_some_and(|m| number(m) < 60)
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    date_ok && zone_ok && clock_ok
}

/// Every file below `dir`, recursively, sorted; notes (hidden files, `*.md`) left out.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.retain(|p| {
        !p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.') || n.ends_with(".md"))
    });
    found.sort();
    found
}

#[test]
fn the_checks_see_what_breaks_the_rules() {
    let good = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n  <url>\n    <loc>https://example.org/a?b=1&amp;c=&apos;2&apos;</loc>\n    <news:news>\n      <news:publication>\n        <news:name>Example</news:name>\n        <news:language>en</news:language>\n      </news:publication>\n      <news:publication_date>2026-03-14T11:02:00+01:00</news:publication_date>\n      <news:title>Rates held</news:title>\n    </news:news>\n  </url>\n</urlset>\n";
    assert_eq!(rules(good.as_bytes()), Ok(vec!["Rates held".to_string()]));
    let broken = [
        ("&apos;2&apos;", "'2'"),
        ("https://example.org/a", "ftp://example.org/a"),
        ("https://example.org/a", "https://example.org/a b"),
        ("https://example.org/a", "https://example.org/%E"),
        (
            "https://example.org/a?b=1&amp;c=&apos;2&apos;",
            "http://a.b/",
        ),
        (
            "<news:language>en</news:language>",
            "<news:language>en-GB</news:language>",
        ),
        ("<news:language>en</news:language>", ""),
        ("2026-03-14T11:02:00+01:00", "2026-03-14T11:02:00"),
        ("2026-03-14T11:02:00+01:00", "2026-02-30"),
        ("2026-03-14T11:02:00+01:00", "2026-03-14T25:02Z"),
        ("<news:name>Example</news:name>", "<news:name> </news:name>"),
        ("Rates held", ""),
        ("xmlns:news=", "xmlns:new="),
        ("</news:news>", "</news:news><lastmod>2026-03-14</lastmod>"),
    ];
    for (from, to) in broken {
        let bad = good.replacen(from, to, 1);
        assert!(rules(bad.as_bytes()).is_err(), "{to:?} passes");
    }
    // The audit reads a sitemap's loc as an address.
    assert!(support::audit::findings("news-sitemap", good.as_bytes()).is_empty());
    let script = good.replacen("https://example.org/a", "javascript:alert(1)", 1);
    assert!(!support::audit::findings("news-sitemap", script.as_bytes()).is_empty());
    let twice = good.replace("  <url>", "  <url>\n    <loc>https://example.org/z</loc>");
    assert!(rules(twice.as_bytes()).is_err());
    for date in [
        "2026",
        "2026-03",
        "2026-03-14",
        "2026-03-14T11:02Z",
        "2026-03-14T11:02:00.5-05:00",
    ] {
        assert!(is_w3c_datetime(date), "{date}");
    }
}

/// Every project fixture, and each of its articles alone.
#[test]
fn every_fixture_writes_a_valid_news_sitemap() {
    let mut tally = Tally::default();
    let fixtures = support::root().join("fixtures");
    for path in files_below(&fixtures) {
        if path.starts_with(fixtures.join("golden")) {
            continue;
        }
        tally.check_file(&path);
    }
    assert!(tally.inputs > 50, "{} fixtures read", tally.inputs);
    assert!(tally.urls > 0, "no fixture gave a url");
    tally.report("the fixtures");
}

/// Every readable input of `../shared` (its corpus, the text wires and the seed stories).
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn every_shared_input_writes_a_valid_news_sitemap() {
    let shared = support::shared();
    let mut tally = Tally::default();
    for dir in ["corpus", "textwire", "textwire3", "seed"] {
        let files = files_below(&shared.join(dir));
        assert!(!files.is_empty(), "no files in ../shared/{dir}");
        for path in files {
            // The ground truth beside the inputs is no input.
            let name = path.to_string_lossy();
            if name.ends_with(".expected.json") || name.ends_with(".tsv") {
                continue;
            }
            tally.check_file(&path);
        }
    }
    assert!(tally.urls > 0, "no shared input gave a url");
    tally.report("../shared");
}

/// Feeds rarely name a provider per item: with the publication's name given
/// (`WriteOptions::fallback_provider`, the command line's `--provider`), the shared feeds and
/// agency files list their articles that have a page, and only articles that name no provider
/// take the name given.
#[test]
#[cfg_attr(newswire_no_shared, ignore = "needs ../shared beside the checkout")]
fn a_fallback_provider_names_the_publication_of_shared_articles() {
    let shared = support::shared();
    let mut plain = Tally::default();
    let mut named = Tally {
        options: WriteOptions::new().with_fallback_provider("The Shared Gazette"),
        ..Tally::default()
    };
    let mut given = 0;
    for path in files_below(&shared.join("corpus")) {
        let name = path.to_string_lossy();
        if name.ends_with(".expected.json") || name.ends_with(".tsv") {
            continue;
        }
        plain.check_file(&path);
        named.check_file(&path);
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(articles) = detect(&bytes, Some(&path)).and_then(|f| read(&bytes, f)) else {
            continue;
        };
        if let Ok(output) = write_with(&articles, Format::NewsSitemap, &named.options) {
            let output = String::from_utf8_lossy(&output);
            given += output
                .matches("<news:name>The Shared Gazette</news:name>")
                .count();
            // An article that names its provider is listed under its own name.
            for article in &articles {
                let own = article.provider.as_ref().and_then(|p| p.name.as_deref());
                if let Some(own) = own.map(str::trim).filter(|n| !n.is_empty()) {
                    let gone = left_out(
                        std::slice::from_ref(article),
                        Format::NewsSitemap,
                        &named.options,
                    );
                    if gone.is_empty() {
                        let one = write_with(
                            std::slice::from_ref(article),
                            Format::NewsSitemap,
                            &named.options,
                        )
                        .unwrap_or_default();
                        let one = String::from_utf8_lossy(&one);
                        assert!(
                            !one.contains("The Shared Gazette"),
                            "{name}: {own} replaced"
                        );
                    }
                }
            }
        }
    }
    plain.report("../shared/corpus");
    named.report("../shared/corpus, with a fallback provider");
    assert!(
        named.urls > plain.urls * 10 && given > 0,
        "{} urls with a provider given, {} without",
        named.urls,
        plain.urls
    );
}

/// Articles built to meet every edge: each is a `url` or left out, never an invalid `url`.
#[test]
fn hostile_and_edge_articles_give_valid_sitemaps() {
    use newswire::model::{Link, Party, PubStatus, Timestamp};
    let values = [
        "https://example.org/a?x='1'&y=\"2\"",
        "https://user:pw@example.org/b",
        "javascript:alert(1)",
        "java\tscript:alert(1)//https://example.org/",
        "https://example.org/\u{202e}c",
        "https://例え.jp/記事",
        "http://a.b/",
        " https://example.org/d ",
        "https://example.org/<script>",
    ];
    let languages = [
        "en",
        "EN-gb",
        "zh",
        "zh-Hant",
        "und",
        "en_GB",
        "",
        "x-klingon",
    ];
    let times = [
        "2026-03-14T11:02:00+01:00",
        "2026-03-14T11:02:00",
        "2026-03-14",
        "9999-12-31T23:59:59-14:00",
    ];
    let mut articles = Vec::new();
    for (i, href) in values.iter().enumerate() {
        for (j, language) in languages.iter().enumerate() {
            let mut article = Article::default().with_headline(format!("Title {i} {j} <b>\u{1}"));
            article.language = Some((*language).to_string());
            article.published = Timestamp::parse(times[(i + j) % times.len()]);
            article.provider = Some(Party::named("Ex'ample \"Times\"\u{b}"));
            article
                .links
                .push(Link::new(*href).with_rel(["alternate", "canonical"][j % 2]));
            if (i + j) % 5 == 4 {
                article.pub_status = PubStatus::Withheld;
            }
            articles.push(article);
        }
    }
    let mut tally = Tally::default();
    tally.check("built articles", &articles);
    for (n, article) in articles.iter().enumerate() {
        tally.check(&format!("built article {n}"), std::slice::from_ref(article));
    }
    assert!(tally.urls > 0 && tally.left_out > 0, "{tally:?}");
    tally.report("built articles");
}
