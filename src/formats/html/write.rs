//! Writes one article as an HTML5 page (see the module docs for what goes where).

use std::borrow::Cow;

use super::lang::{direction, lang_attribute};
use crate::formats::WriteOptions;
use crate::formats::jsonld;
use crate::formats::printed::body_view;
use crate::iri::{encode_iri, is_http_url};
use crate::model::{
    Article, Association, AuthorKind, Block, Figure, Inline, ItemKind, PubStatus, Timestamp,
};
use crate::writable::{is_unfit_for_html, is_unwritable};
use crate::xml::{XmlWriter, collapse, write_html_body, xhtml_form};
use crate::{Error, Format};

/// The page's Content-Security-Policy: nothing may load or run but images (the page's own
/// pictures, from anywhere on the web); no `<base>` may move its links, no form send anything.
/// The directives a `<meta>` cannot hold (`frame-ancestors`, `sandbox`, `report-uri`) are left
/// out: browsers ignore them there, and say so in the console.
pub(super) const CSP: &str =
    "default-src 'none'; img-src 'self' https: http:; base-uri 'none'; form-action 'none'";

/// How many characters of a description or of the body's first text a title derived from them
/// keeps (cut at the last space before, when there is one).
const DERIVED_TITLE_CHARS: usize = 100;

/// Writes `article` as one self-contained HTML5 page: the same JSON-LD as the `jsonld` writer
/// in its one script element (which runs nothing: it is data), the page's metadata, and the
/// story.
pub(crate) fn write_page(article: &Article, options: &WriteOptions) -> Result<Vec<u8>, Error> {
    let json_ld = jsonld::write_article(article, options)?;
    let json_ld = String::from_utf8(json_ld).map_err(|e| Error::Invalid {
        format: Format::Html,
        message: e.to_string(),
    })?;
    let view = body_view(article);
    let headline = shown(article.display_headline());
    let description = shown(article.description.as_deref());
    let mut w = XmlWriter::html();
    let mut root = Vec::new();
    if let Some(lang) = lang_attribute(article.language.as_deref()) {
        root.push(("lang", lang));
    }
    // The body's text is made only when the language and the other texts do not tell.
    let texts = [
        article.headline.as_deref(),
        article.title.as_deref(),
        article.subheadline.as_deref(),
        article.description.as_deref(),
    ];
    let texts = texts
        .into_iter()
        .flatten()
        .map(Cow::Borrowed)
        .chain(view.body.iter().map(|block| Cow::Owned(block.plain_text())));
    root.push(("dir", direction(article.language.as_deref(), texts)));
    w.open("html", &root);
    w.open("head", &[]);
    w.empty("meta", &[("charset", "utf-8")]);
    w.empty(
        "meta",
        &[("http-equiv", "Content-Security-Policy"), ("content", CSP)],
    );
    w.leaf("title", &[], &page_title(article, &view.body));
    let canonical = canonical_url(article);
    if let Some(url) = &canonical {
        w.empty("link", &[("rel", "canonical"), ("href", url)]);
    }
    if let Some(description) = &description {
        w.empty("meta", &[("name", "description"), ("content", description)]);
    }
    // An item that must not be published (withheld, canceled) is kept out of search engines.
    if article.pub_status != PubStatus::Usable {
        w.empty("meta", &[("name", "robots"), ("content", "noindex")]);
    }
    let image = image_url(article, &view.body);
    write_open_graph(&mut w, article, &headline, &description, &canonical, &image);
    // The JSON-LD as the `jsonld` writer writes it: its strings escape `<`, `>`, `&` and what
    // HTML cannot hold, so nothing in it can end the element or break the page.
    w.newline();
    w.start_tag("script", &[("type", "application/ld+json")]);
    w.raw(&json_ld);
    w.end_tag("script");
    w.close("head");
    w.open("body", &[]);
    w.open("article", &[]);
    write_header(&mut w, article, &headline, &description, &view.dateline);
    // A picture item's page shows the picture (its first picture file), before any text.
    if article.kind == ItemKind::Picture
        && let Some(file) = article.links.iter().find(|l| {
            l.rel.as_deref().map(str::trim) == Some("enclosure") && is_image_type(&l.media_type)
        })
    {
        let mut figure = Figure::new(file.href.trim());
        figure.alt.clone_from(&article.headline);
        let figure = [Block::Figure(Box::new(figure))];
        write_html_body(&mut w, &xhtml_form(&figure), 0);
    }
    if !view.body.is_empty() {
        w.open("div", &[("class", "body")]);
        write_html_body(&mut w, &view.body, heading_above(&headline));
        w.close("div");
    }
    let pictures: Vec<Block> = article
        .associations
        .iter()
        .filter_map(picture)
        .map(|figure| Block::Figure(Box::new(figure)))
        .collect();
    write_html_body(&mut w, &xhtml_form(&pictures), 0);
    write_footer(&mut w, article);
    w.close("article");
    w.close("body");
    w.close("html");
    Ok(w.finish())
}

/// The level of the heading above the body: the page's `h1` when it shows a headline.
pub(super) fn heading_above(headline: &Option<String>) -> u8 {
    u8::from(headline.is_some())
}

/// `text` as the page shows it: without what HTML cannot carry, on one line (runs of spaces,
/// tabs and line breaks one space, as HTML renders them; a no-break space is content);
/// `None` when nothing is left.
pub(super) fn shown(text: Option<&str>) -> Option<String> {
    let text = text?;
    let kept: Cow<'_, str> = if text
        .chars()
        .any(|c| is_unwritable(c) || is_unfit_for_html(c))
    {
        Cow::Owned(
            text.chars()
                .filter(|&c| !is_unwritable(c) && !is_unfit_for_html(c))
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    };
    collapse(&kept)
}

/// The `<title>`, which HTML requires and must not be blank: the headline, else the title, else
/// the first of the other headlines, else the description, else the body's first text (those
/// two cut after [`DERIVED_TITLE_CHARS`] characters), else the id (the derived one when the
/// article has none that shows).
pub(super) fn page_title(article: &Article, body: &[Block]) -> String {
    let cut = |text: String| -> String {
        let Some((at, _)) = text.char_indices().nth(DERIVED_TITLE_CHARS) else {
            return text;
        };
        let head = text.get(..at).unwrap_or(&text);
        head.rfind(' ')
            .and_then(|space| head.get(..space))
            .filter(|h| !h.is_empty())
            .unwrap_or(head)
            .to_string()
    };
    shown(article.display_headline())
        .or_else(|| {
            article
                .headlines
                .iter()
                .find_map(|h| shown(Some(h.text.as_str())))
        })
        .or_else(|| shown(article.description.as_deref()).map(cut))
        .or_else(|| {
            body.iter()
                .find_map(|b| shown(Some(b.plain_text().as_str())))
                .map(cut)
        })
        .or_else(|| shown(article.id.as_deref()))
        .unwrap_or_else(|| {
            let mut anonymous = Article::default();
            anonymous.headline.clone_from(&article.headline);
            anonymous.title.clone_from(&article.title);
            anonymous.dateline.clone_from(&article.dateline);
            anonymous.body.clone_from(&article.body);
            crate::model::derived_id(&anonymous)
        })
}

/// The article's address, for `<link rel="canonical">` and `og:url`: its first `alternate`
/// link that is an absolute http(s) URL (JSON-LD's `url`), written as a valid URL.
pub(super) fn canonical_url(article: &Article) -> Option<String> {
    article
        .links
        .iter()
        .filter(|l| l.rel.as_deref().map(str::trim) == Some("alternate"))
        .map(|l| l.href.trim())
        .find(|href| is_http_url(href))
        .map(encode_iri)
}

/// The picture that stands for the article (`og:image`, `twitter:image`): the first associated
/// picture's file, else the first image link, else the first figure of the body, that is an
/// absolute http(s) URL.
fn image_url(article: &Article, body: &[Block]) -> Option<String> {
    let associated = article
        .associations
        .iter()
        .filter_map(picture)
        .map(|figure| figure.href);
    let linked = article
        .links
        .iter()
        .filter(|l| is_image_type(&l.media_type))
        .map(|l| l.href.clone());
    let figures = Block::figures_of(body)
        .filter(|f| f.media_type.is_none() || is_image_type(&f.media_type))
        .map(|f| f.href.clone());
    associated
        .chain(linked)
        .chain(figures)
        .find(|href| is_http_url(href.trim()))
        .map(|href| encode_iri(href.trim()))
}

/// Whether a media type is a picture's (`image/...`).
fn is_image_type(media_type: &Option<String>) -> bool {
    media_type.as_deref().is_some_and(|t| {
        t.trim()
            .get(..6)
            .is_some_and(|m| m.eq_ignore_ascii_case("image/"))
    })
}

/// Open Graph (with its `article:` properties) and the Twitter card.
fn write_open_graph(
    w: &mut XmlWriter,
    article: &Article,
    headline: &Option<String>,
    description: &Option<String>,
    url: &Option<String>,
    image: &Option<String>,
) {
    let mut property = |name: &str, content: &str| {
        w.empty("meta", &[("property", name), ("content", content)]);
    };
    property("og:type", "article");
    if let Some(headline) = headline {
        property("og:title", headline);
    }
    if let Some(description) = description {
        property("og:description", description);
    }
    if let Some(url) = url {
        property("og:url", url);
    }
    if let Some(image) = image {
        property("og:image", image);
    }
    if let Some(site) = article
        .provider
        .as_ref()
        .and_then(|p| shown(p.name.as_deref()))
    {
        property("og:site_name", &site);
    }
    let times = [
        ("article:published_time", &article.published),
        ("article:modified_time", &article.modified),
    ];
    for (name, time) in times {
        if let Some(time) = time.as_ref().and_then(Timestamp::to_xsd) {
            property(name, &time);
        }
    }
    for author in &article.authors {
        if author.kind == AuthorKind::Creator
            && let Some(name) = shown(Some(author.name.as_str()))
        {
            property("article:author", &name);
        }
    }
    let section = article
        .sections
        .iter()
        .find_map(|s| shown(s.name.as_deref()).or_else(|| shown(s.code.as_deref())));
    if let Some(section) = section {
        property("article:section", &section);
    }
    for keyword in &article.keywords {
        if let Some(keyword) = shown(Some(keyword.as_str())) {
            property("article:tag", &keyword);
        }
    }
    let mut name = |name: &str, content: &str| {
        w.empty("meta", &[("name", name), ("content", content)]);
    };
    let card = match image {
        Some(_) => "summary_large_image",
        None => "summary",
    };
    name("twitter:card", card);
    if let Some(headline) = headline {
        name("twitter:title", headline);
    }
    if let Some(description) = description {
        name("twitter:description", description);
    }
    if let Some(image) = image {
        name("twitter:image", image);
    }
}

/// The story's head: headline, subheadline, standfirst (the description), byline (else the
/// authors' names), dateline, and the times it was published and modified.
fn write_header(
    w: &mut XmlWriter,
    article: &Article,
    headline: &Option<String>,
    description: &Option<String>,
    dateline: &Option<crate::model::Dateline>,
) {
    w.open("header", &[]);
    if let Some(headline) = headline {
        w.leaf("h1", &[], headline);
    }
    let paragraph = |w: &mut XmlWriter, class: &str, text: &Option<String>| {
        if let Some(text) = text {
            w.leaf("p", &[("class", class)], text);
        }
    };
    paragraph(w, "subheadline", &shown(article.subheadline.as_deref()));
    paragraph(w, "standfirst", description);
    let byline = shown(article.byline.as_deref()).or_else(|| {
        let names: Vec<String> = article
            .authors
            .iter()
            .filter(|a| a.kind == AuthorKind::Creator)
            .filter_map(|a| shown(Some(a.name.as_str())))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    });
    paragraph(w, "byline", &byline);
    paragraph(
        w,
        "dateline",
        &shown(dateline.as_ref().map(|d| d.text.as_str())),
    );
    for (class, time) in [
        ("published", &article.published),
        ("modified", &article.modified),
    ] {
        let Some((datetime, text)) = time.as_ref().and_then(html_time) else {
            continue;
        };
        w.newline();
        w.start_tag("p", &[("class", class)]);
        w.start_tag("time", &[("datetime", &datetime)]);
        w.text(&text);
        w.end_tag("time");
        w.end_tag("p");
    }
    w.close("header");
}

/// A time as HTML's `datetime` attribute takes it (a global date and time with its offset, or a
/// local one when the source gave none; to the millisecond, as HTML allows three decimals at
/// most), and as the page shows it (`2024-01-15 14:05 +01:00`). `None` for a time no
/// `xs:dateTime` can hold (a year outside 1-9999, a leap second).
pub(super) fn html_time(time: &Timestamp) -> Option<(String, String)> {
    let time = time.xsd_compatible()?;
    let local = time.local();
    let millis = local.and_utc().timestamp_subsec_millis();
    let mut datetime = local.format("%Y-%m-%dT%H:%M:%S").to_string();
    if millis != 0 {
        datetime.push_str(&format!(".{millis:03}"));
    }
    let mut text = local.format("%Y-%m-%d %H:%M").to_string();
    if let Some(offset) = time.offset() {
        let offset = if offset.local_minus_utc() == 0 {
            "Z".to_string()
        } else {
            offset.to_string()
        };
        datetime.push_str(&offset);
        text.push(' ');
        text.push_str(if offset == "Z" { "UTC" } else { &offset });
    }
    Some((datetime, text))
}

/// An associated picture the page shows (among those the JSON-LD writer writes: a picture with
/// a caption, credit or byline and a file at an IRI), as a figure of its best file: its
/// headline as the alternative text, its caption, and its credit (else its byline).
fn picture(association: &Association) -> Option<Figure> {
    if association.kind != Some(ItemKind::Picture) || !jsonld::writes_association(association) {
        return None;
    }
    let file = association.best_rendition()?;
    let mut figure = Figure::new(file.href.trim());
    figure.media_type.clone_from(&file.media_type);
    figure.alt.clone_from(&association.headline);
    figure.caption = association
        .caption
        .as_deref()
        .map(|caption| vec![Inline::text(caption)])
        .unwrap_or_default();
    figure.credit = association
        .credit
        .clone()
        .or_else(|| association.byline.clone());
    Some(figure)
}

/// The credit line and copyright notice, in the article's `footer`.
fn write_footer(w: &mut XmlWriter, article: &Article) {
    let credit = shown(article.credit.as_deref());
    let notice = shown(article.rights.notice.as_deref());
    if credit.is_none() && notice.is_none() {
        return;
    }
    w.open("footer", &[]);
    for (class, text) in [("credit", credit), ("copyright", notice)] {
        if let Some(text) = text {
            w.leaf("p", &[("class", class)], &text);
        }
    }
    w.close("footer");
}
