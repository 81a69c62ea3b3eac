//! The inputs the benchmarks read: each format as an agency or a feed would send it, about
//! 1 MB of many articles, and single small stories. The XML formats (NewsML-G2, Atom, NITF) and
//! plain text are written here by hand from the invented stories; the JSON formats and the
//! teletype streams are written by newswire's own writers from the articles the NITF documents
//! give, so that every reader gets input shaped as its format's writers shape it.

use newswire::{Article, Format};

use super::stories::{Story, escape, story};

/// About 1 MB.
pub const MB: usize = 1_000_000;

/// The lead paragraph with the dateline printed at its head, as agencies print it.
fn lead(story: &Story) -> String {
    let first = story.paragraphs.first().map_or("", String::as_str);
    format!("{} {first}", story.dateline())
}

/// The body paragraphs as XHTML or NITF `p` elements (a link and an emphasis in the second
/// paragraph, a sub-heading in the middle), indented by `indent`.
fn body_markup(story: &Story, heading: &str, indent: &str, out: &mut String) {
    for (i, paragraph) in story.paragraphs.iter().enumerate() {
        if let Some((at, subhead)) = story.subhead
            && at == i
        {
            out.push_str(&format!("{indent}<{heading}>{subhead}</{heading}>\n"));
        }
        let text = if i == 0 {
            escape(&lead(story))
        } else {
            escape(paragraph)
        };
        if i == 1 {
            let (first, rest) = text.split_once(' ').unwrap_or((&text, ""));
            out.push_str(&format!(
                "{indent}<p><em>{first}</em> {rest} More at <a href=\"https://newswire.example/story/{}\">newswire.example</a>.</p>\n",
                story.number
            ));
        } else {
            out.push_str(&format!("{indent}<p>{text}</p>\n"));
        }
    }
}

/// One NewsML-G2 `newsItem` with rights, item and content metadata and an XHTML body (odd
/// stories carry an inline NITF body instead, as AP's G2 does).
pub fn g2_item(story: &Story, out: &mut String) {
    let n = story.number;
    let lang = "en";
    out.push_str(&format!(
        "  <newsItem guid=\"urn:newsml:newswire.example:20250314:story-{n}\" version=\"{v}\" standard=\"NewsML-G2\" standardversion=\"2.35\" conformance=\"power\" xml:lang=\"{lang}\">\n",
        v = 1 + n % 3
    ));
    out.push_str("    <catalogRef href=\"http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml\"/>\n");
    out.push_str("    <rightsInfo>\n      <copyrightHolder uri=\"https://newswire.example/\"><name>Newswire Agency</name></copyrightHolder>\n      <copyrightNotice>Copyright 2025 Newswire Agency &amp; partners. All rights reserved.</copyrightNotice>\n    </rightsInfo>\n");
    out.push_str(&format!(
        "    <itemMeta>\n      <itemClass qcode=\"ninat:text\"/>\n      <provider qcode=\"nprov:NWX\"><name>Newswire</name></provider>\n      <versionCreated>{t}</versionCreated>\n      <firstCreated>{t}</firstCreated>\n      <pubStatus qcode=\"stat:usable\"/>\n      <edNote>Corrects spelling of the operator&apos;s name in paragraph {p}.</edNote>\n    </itemMeta>\n",
        t = story.time,
        p = 1 + n % 4
    ));
    out.push_str("    <contentMeta>\n");
    out.push_str(&format!(
        "      <urgency>{}</urgency>\n      <contentCreated>{}</contentCreated>\n",
        story.urgency, story.time
    ));
    out.push_str(&format!(
        "      <located type=\"cpnat:geoArea\">\n        <name>{}</name>\n        <broader type=\"cpnat:geoArea\"><name>{}</name></broader>\n      </located>\n",
        escape(&story.place()),
        story.country
    ));
    for author in &story.authors {
        out.push_str(&format!(
            "      <creator role=\"crol:author\" uri=\"https://newswire.example/staff/{}\"><name>{}</name></creator>\n",
            author.len(),
            escape(author)
        ));
    }
    out.push_str(&format!(
        "      <language tag=\"{lang}\"/>\n      <genre qcode=\"genre:Current\"><name>Current</name></genre>\n"
    ));
    for (code, name) in &story.topics {
        out.push_str(&format!(
            "      <subject type=\"cpnat:abstract\" qcode=\"medtop:{code}\">\n        <name xml:lang=\"en-GB\">{}</name>\n      </subject>\n",
            escape(name)
        ));
    }
    for keyword in &story.keywords {
        out.push_str(&format!("      <keyword>{keyword}</keyword>\n"));
    }
    out.push_str(&format!(
        "      <slugline>{}</slugline>\n      <headline>{}</headline>\n      <headline role=\"hld:subHeadline\">{}</headline>\n      <dateline>{}</dateline>\n      <by>By {}</by>\n      <description role=\"drol:summary\">{}</description>\n    </contentMeta>\n",
        story.slug(),
        escape(&story.headline),
        escape(&story.subheadline),
        escape(&story.dateline()),
        escape(&story.authors.join(" and ")),
        escape(&story.summary)
    ));
    out.push_str("    <contentSet>\n");
    let words: usize = story
        .paragraphs
        .iter()
        .map(|p| p.split_whitespace().count())
        .sum();
    if n.is_multiple_of(2) {
        out.push_str(&format!(
            "      <inlineXML contenttype=\"application/xhtml+xml\" wordcount=\"{words}\">\n        <html xmlns=\"http://www.w3.org/1999/xhtml\">\n          <head><title>{}</title></head>\n          <body>\n",
            escape(&story.headline)
        ));
        body_markup(story, "h2", "            ", out);
        out.push_str("          </body>\n        </html>\n      </inlineXML>\n");
    } else {
        out.push_str(&format!(
            "      <inlineXML contenttype=\"application/nitf+xml\" wordcount=\"{words}\">\n        <nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">\n          <body>\n            <body.content>\n"
        ));
        body_markup(story, "hl2", "              ", out);
        out.push_str(
            "            </body.content>\n          </body>\n        </nitf>\n      </inlineXML>\n",
        );
    }
    out.push_str(&format!(
        "      <remoteContent contenttype=\"image/jpeg\" href=\"https://newswire.example/photo/{n}.jpg\" rendition=\"rnd:highRes\"/>\n    </contentSet>\n  </newsItem>\n"
    ));
}

/// A `newsMessage` of about `size` bytes.
pub fn g2_message(size: usize) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <header>\n    <sent>2025-03-14T10:00:00+01:00</sent>\n    <sender>newswire.example</sender>\n    <transmitId>tx-20250314-0001</transmitId>\n    <priority>4</priority>\n  </header>\n  <itemSet>\n",
    );
    let mut n = 0;
    while out.len() < size {
        g2_item(&story(n, 6 + n % 4), &mut out);
        n += 1;
    }
    out.push_str("  </itemSet>\n</newsMessage>\n");
    out
}

/// One `newsItem` as a document.
pub fn g2_item_doc(story: &Story) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let mut item = String::new();
    g2_item(story, &mut item);
    out.push_str(&item.replacen(
        "<newsItem ",
        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" ",
        1,
    ));
    out
}

/// One Atom `entry`: even stories carry escaped HTML content (`type="html"`), odd ones XHTML.
pub fn atom_entry(story: &Story, out: &mut String) {
    let n = story.number;
    out.push_str(&format!(
        "  <entry>\n    <id>tag:newswire.example,2025:story-{n}</id>\n    <title type=\"text\">{}</title>\n    <updated>{t}</updated>\n    <published>{t}</published>\n",
        escape(&story.headline),
        t = story.time
    ));
    for author in &story.authors {
        out.push_str(&format!(
            "    <author>\n      <name>{}</name>\n      <uri>https://newswire.example/staff/{}</uri>\n    </author>\n",
            escape(author),
            author.len()
        ));
    }
    for (code, name) in &story.topics {
        out.push_str(&format!(
            "    <category term=\"{code}\" scheme=\"http://cv.iptc.org/newscodes/mediatopic/\" label=\"{}\"/>\n",
            escape(name)
        ));
    }
    for keyword in &story.keywords {
        out.push_str(&format!("    <category term=\"{keyword}\"/>\n"));
    }
    out.push_str(&format!(
        "    <link rel=\"alternate\" type=\"text/html\" href=\"https://newswire.example/story/{n}\"/>\n    <rights>© 2025 Newswire Agency</rights>\n    <summary type=\"text\">{}</summary>\n",
        escape(&story.summary)
    ));
    let mut body = String::new();
    body_markup(story, "h2", "        ", &mut body);
    if n.is_multiple_of(2) {
        out.push_str("    <content type=\"html\">");
        out.push_str(&escape(body.trim()));
        out.push_str("</content>\n");
    } else {
        out.push_str(
            "    <content type=\"xhtml\">\n      <div xmlns=\"http://www.w3.org/1999/xhtml\">\n",
        );
        out.push_str(&body);
        out.push_str("      </div>\n    </content>\n");
    }
    out.push_str("  </entry>\n");
}

const FEED_HEAD: &str = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n  <title>Newswire – transport</title>\n  <id>tag:newswire.example,2025:feed/transport</id>\n  <updated>2025-03-14T10:00:00+01:00</updated>\n  <author><name>Newswire Agency</name></author>\n  <link rel=\"self\" href=\"https://newswire.example/feeds/transport.atom\"/>\n";

/// An Atom feed of about `size` bytes.
pub fn atom_feed(size: usize) -> String {
    let mut out = String::from(FEED_HEAD);
    let mut n = 0;
    while out.len() < size {
        atom_entry(&story(n, 6 + n % 4), &mut out);
        n += 1;
    }
    out.push_str("</feed>\n");
    out
}

/// A feed of one entry (the small-story case; an HTML entry when `number` is even).
pub fn atom_feed_one(story: &Story) -> String {
    let mut out = String::from(FEED_HEAD);
    atom_entry(story, &mut out);
    out.push_str("</feed>\n");
    out
}

/// One NITF 3.6 document with head metadata, `body.head`, the body and a tagline.
pub fn nitf_doc(story: &Story) -> String {
    let n = story.number;
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" version=\"-//IPTC//DTD NITF 3.6//EN\" baselang=\"en\">\n  <head>\n    <title>{}</title>\n    <meta name=\"newswire-desk\" content=\"transport\"/>\n    <tobject tobject.type=\"news\">\n",
        escape(&story.headline)
    );
    for (code, name) in &story.topics {
        out.push_str(&format!(
            "      <tobject.subject tobject.subject.refnum=\"{code}\" tobject.subject.type=\"{}\"/>\n",
            escape(name)
        ));
    }
    out.push_str(&format!(
        "    </tobject>\n    <docdata>\n      <doc-id id-string=\"newswire-{n}\"/>\n      <urgency ed-urg=\"{}\"/>\n      <date.issue norm=\"{norm}\"/>\n      <du-key key=\"{}\" version=\"{}\"/>\n      <doc.copyright holder=\"Newswire Agency\" year=\"2025\"/>\n      <key-list>\n",
        story.urgency,
        story.slug(),
        1 + n % 3,
        norm = story.norm
    ));
    for keyword in &story.keywords {
        out.push_str(&format!("        <keyword key=\"{keyword}\"/>\n"));
    }
    out.push_str(&format!(
        "      </key-list>\n    </docdata>\n    <pubdata type=\"web\" position.section=\"transport\"/>\n    <revision-history name=\"{}\" norm=\"{norm}\"/>\n  </head>\n  <body>\n    <body.head>\n      <hedline>\n        <hl1>{}</hl1>\n        <hl2>{}</hl2>\n      </hedline>\n",
        escape(story.authors.first().copied().unwrap_or_default()),
        escape(&story.headline),
        escape(&story.subheadline),
        norm = story.norm
    ));
    out.push_str(&format!(
        "      <byline>By <person>{}</person></byline>\n      <distributor>Newswire</distributor>\n      <dateline><location><city>{}</city>, <country>{}</country></location> <story.date norm=\"{}\">{}</story.date></dateline>\n      <abstract><p>{}</p></abstract>\n    </body.head>\n    <body.content>\n",
        escape(&story.authors.join(" and ")),
        escape(&story.place()),
        story.country,
        story.norm,
        story.day,
        escape(&story.summary)
    ));
    body_markup(story, "hl2", "      ", &mut out);
    out.push_str("    </body.content>\n    <body.end>\n      <tagline>Reporting by the Newswire transport desk; editing by John Sample</tagline>\n    </body.end>\n  </body>\n</nitf>\n");
    out
}

/// NITF documents adding up to about `size` bytes.
pub fn nitf_docs(size: usize) -> Vec<String> {
    let mut docs = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < size {
        let doc = nitf_doc(&story(n, 3 + n % 4));
        total += doc.len();
        docs.push(doc);
        n += 1;
    }
    docs
}

/// A plain-text story in one of three house styles (Reuters, ANSA, dpa).
pub fn text_story(story: &Story) -> String {
    let mut out = String::new();
    let body = &story.paragraphs;
    match story.number % 3 {
        0 => {
            out.push_str(&format!(
                "{}\n\nBy {}\n\n{} (Reuters) - {}\n\n",
                story.headline,
                story.authors.join(" and "),
                story.city,
                body.first().map_or("", String::as_str)
            ));
            for paragraph in body.iter().skip(1) {
                out.push_str(paragraph);
                out.push_str("\n\n");
            }
            out.push_str(&format!(
                "(Reporting by {}; Editing by John Sample)\n",
                story.authors.join(" and ")
            ));
        }
        1 => {
            out.push_str(&format!(
                "{}\n\n   (ANSA) - {}, {} - {}\n",
                story.headline,
                story.city,
                story.day.to_uppercase(),
                body.first().map_or("", String::as_str)
            ));
            for paragraph in body.iter().skip(1) {
                out.push_str("   ");
                out.push_str(paragraph);
                out.push('\n');
            }
            out.push_str("   (ANSA).\n\n     TR-RED/ S0B QBXB\n");
        }
        _ => {
            out.push_str(&format!(
                "{}\n\n{} (dpa) - {}\n\n",
                story.headline,
                story.place(),
                body.first().map_or("", String::as_str)
            ));
            for paragraph in body.iter().skip(1) {
                out.push_str(paragraph);
                out.push_str("\n\n");
            }
            out.push_str("dpa hm bs\n");
        }
    }
    out
}

/// Plain-text stories adding up to about `size` bytes.
pub fn text_stories(size: usize) -> Vec<String> {
    let mut docs = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < size {
        let doc = text_story(&story(n, 3 + n % 5));
        total += doc.len();
        docs.push(doc);
        n += 1;
    }
    docs
}

/// One long story of about `size` bytes: headline, dateline lead, paragraphs with a sub-heading
/// every twelve paragraphs, credit and trailer lines; one paragraph per line (web copy) or
/// hard-wrapped at 69 columns with indented paragraphs (teletype copy).
pub fn text_copy(size: usize, teletype: bool) -> String {
    let mut rng = super::stories::Lcg(2024);
    let mut out = String::from("URGENT\n\nRegional transport plan approved after long debate\n\n");
    let place = rng.pick(&["ROME", "BERLIN", "MADRID", "LISBON", "OSLO", "ATHENS"]);
    let lead = format!(
        "{place} (Newswire) - {}",
        super::stories::paragraph(&mut rng)
    );
    let push = |text: &str, out: &mut String| {
        if teletype {
            wrap(text, 69, "   ", out);
        } else {
            out.push_str(text);
            out.push_str("\n\n");
        }
    };
    push(&lead, &mut out);
    let mut count = 0usize;
    while out.len() < size {
        count += 1;
        if count.is_multiple_of(12) {
            if teletype {
                out.push('\n');
            }
            out.push_str(rng.pick(super::stories::SUBHEADS));
            out.push_str("\n\n");
        }
        let text = super::stories::paragraph(&mut rng);
        push(&text, &mut out);
    }
    out.push_str("\n(Reporting by Jane Example; Editing by John Sample)\n\n© 2025 Newswire\n");
    out
}

/// Hard-wraps a paragraph at `width` columns, the first line indented.
fn wrap(paragraph: &str, width: usize, indent: &str, out: &mut String) {
    let mut line = String::from(indent);
    for word in paragraph.split(' ') {
        if line.chars().count() + word.chars().count() + 1 > width && !line.trim().is_empty() {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

/// Every input, built once.
pub struct Inputs {
    pub g2: String,
    pub g2_one: String,
    pub atom: String,
    pub atom_one: String,
    pub nitf: Vec<String>,
    pub nitf_one: String,
    pub text_web: String,
    pub text_teletype: String,
    pub text: Vec<String>,
    pub text_one: String,
    /// The articles the NITF documents give (the writers' input, with those of `g2`).
    pub articles: Vec<Article>,
    /// The articles of the G2 message.
    pub g2_articles: Vec<Article>,
    /// The same articles as pages of a site (an address and a publication name each), for the
    /// news sitemap, which lists only such articles.
    pub pages: Vec<Article>,
    pub ninjs: Vec<Vec<u8>>,
    pub jsonld: Vec<u8>,
    pub jsonld_one: Vec<u8>,
    pub json: Vec<u8>,
    pub iptc7901: Vec<u8>,
    pub iptc7901_one: Vec<u8>,
    pub anpa1312: Vec<u8>,
    pub anpa1312_one: Vec<u8>,
    /// The G2 message's articles as an RSS 2.0 channel and as a WordPress export (written by
    /// newswire: no generator of their own, the shapes are the writers').
    pub rss: Vec<u8>,
    pub wxr: Vec<u8>,
}

impl Inputs {
    pub fn new() -> Inputs {
        let small = story(7, 5);
        let nitf = nitf_docs(MB);
        let articles: Vec<Article> = nitf
            .iter()
            .flat_map(|doc| newswire::read(doc.as_bytes(), Format::Nitf).unwrap_or_default())
            .collect();
        let g2 = g2_message(MB);
        let g2_articles = newswire::read(g2.as_bytes(), Format::NewsmlG2).unwrap_or_default();
        let ninjs = articles
            .iter()
            .map(|a| newswire::write(std::slice::from_ref(a), Format::Ninjs).unwrap_or_default())
            .collect();
        let one = articles.get(7).cloned().into_iter().collect::<Vec<_>>();
        Inputs {
            atom: atom_feed(MB),
            atom_one: atom_feed_one(&small),
            nitf_one: nitf_doc(&small),
            g2_one: g2_item_doc(&small),
            text_web: text_copy(MB, false),
            text_teletype: text_copy(MB, true),
            text: text_stories(MB),
            text_one: text_story(&small),
            ninjs,
            jsonld: sized(&g2_articles, Format::JsonLd),
            jsonld_one: newswire::write(&one, Format::JsonLd).unwrap_or_default(),
            json: sized(&g2_articles, Format::Json),
            iptc7901: sized(&articles, Format::Iptc7901),
            iptc7901_one: newswire::write(&one, Format::Iptc7901).unwrap_or_default(),
            anpa1312: sized(&articles, Format::Anpa1312),
            anpa1312_one: newswire::write(&one, Format::Anpa1312).unwrap_or_default(),
            rss: sized(&g2_articles, Format::Rss),
            wxr: sized(&g2_articles, Format::Wxr),
            pages: pages(&g2_articles),
            g2,
            nitf,
            articles,
            g2_articles,
        }
    }

    /// Checks that every input reads as the articles it holds, so that no benchmark measures
    /// an early error.
    pub fn check(&self) {
        let count = |bytes: &[u8], format: Format| {
            newswire::read(bytes, format).map_or(0, |articles| articles.len())
        };
        let many = [
            ("newsml-g2", count(self.g2.as_bytes(), Format::NewsmlG2)),
            ("atom", count(self.atom.as_bytes(), Format::Atom)),
            ("jsonld", count(&self.jsonld, Format::JsonLd)),
            ("json", count(&self.json, Format::Json)),
            ("iptc7901", count(&self.iptc7901, Format::Iptc7901)),
            ("anpa1312", count(&self.anpa1312, Format::Anpa1312)),
            ("rss", count(&self.rss, Format::Rss)),
            ("wxr", count(&self.wxr, Format::Wxr)),
        ];
        let listed = newswire::write(&self.pages, Format::NewsSitemap).unwrap_or_default();
        let urls = listed.windows(5).filter(|w| w == b"<url>").count();
        assert_eq!(urls, self.pages.len(), "every page is in the news sitemap");
        for (name, articles) in many {
            assert!(articles > 100, "{name}: {articles} articles read");
        }
        for (name, docs, format) in [
            ("nitf", &self.nitf, Format::Nitf),
            ("text", &self.text, Format::Text),
        ] {
            assert!(
                docs.iter().all(|d| count(d.as_bytes(), format) == 1),
                "{name}: every document is one article"
            );
        }
        assert!(self.ninjs.iter().all(|d| count(d, Format::Ninjs) == 1));
        for (name, one, format) in [
            ("newsml-g2", self.g2_one.as_bytes(), Format::NewsmlG2),
            ("atom", self.atom_one.as_bytes(), Format::Atom),
            ("nitf", self.nitf_one.as_bytes(), Format::Nitf),
            ("text", self.text_one.as_bytes(), Format::Text),
            ("jsonld", &self.jsonld_one, Format::JsonLd),
            ("iptc7901", &self.iptc7901_one, Format::Iptc7901),
            ("anpa1312", &self.anpa1312_one, Format::Anpa1312),
        ] {
            assert_eq!(count(one, format), 1, "{name}: the small story reads");
        }
    }
}

impl Default for Inputs {
    fn default() -> Inputs {
        Inputs::new()
    }
}

/// `articles` as pages of a site: each with its address, the publication's name and a
/// publication time.
fn pages(articles: &[Article]) -> Vec<Article> {
    articles
        .iter()
        .enumerate()
        .map(|(n, article)| {
            let mut page = article.clone();
            page.links.push(
                newswire::model::Link::new(format!("https://newswire.example/news/{n}"))
                    .with_rel("alternate"),
            );
            page.provider = Some(newswire::model::Party::named("Newswire"));
            // G2 gives the times of versions; a page is published.
            page.published = page.published.or(page.modified);
            page
        })
        .collect()
}

/// `articles` written as `format`, repeated or cut so that the document is about 1 MB.
fn sized(articles: &[Article], format: Format) -> Vec<u8> {
    let probe = newswire::write(articles, format).unwrap_or_default();
    let per_article = probe.len() / articles.len().max(1);
    let wanted = MB / per_article.max(1);
    let picked: Vec<Article> = articles.iter().cycle().take(wanted).cloned().collect();
    newswire::write(&picked, format).unwrap_or_default()
}

/// The total size of documents.
pub fn total(docs: &[impl AsRef<[u8]>]) -> u64 {
    docs.iter().map(|d| d.as_ref().len() as u64).sum()
}
