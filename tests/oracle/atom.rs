//! Where Atom (RFC 4287) holds each model field, for one article written as an `entry`
//! (`../shared/specs/MAPPING.md`, the Atom column; paths are relative to `entry`).
//!
//! | field | where |
//! |---|---|
//! | id | `id`: the id when it is an IRI, else `urn:newswire:id:` and the id percent-encoded |
//! | headline (the title when there is none) | `title` |
//! | modified, published | `updated`, `published` (the same instant; a time without an offset is not written) |
//! | language | `@xml:lang` (well-formed tags only) |
//! | creators (the byline when there are none) | `author/name`, in order |
//! | contributors | `contributor/name`, in order |
//! | an author's http(s) id | `author/uri` |
//! | keywords | `category/@term` without `@scheme` |
//! | subjects with a scheme | `category/@term` with a `@scheme` |
//! | links | `link/@href` (absolute IRIs); a rendition's size as `@length` |
//! | rights notice | `rights` |
//! | description | `summary` |
//! | provider name | `source/title` |
//! | body | `content[@type='xhtml']/div`: every block's text, in order |
//! | body markup | the same `div`: a `p`, `h1`-`h6`, `blockquote`, `ul`/`ol` of `li`, `pre` for each block (the dateline's `p` first when no paragraph leads), in order; each link's `a/@href`, and `em`, `strong`, `br`, `sup` and `sub` (their text only) where the body has them |

use newswire::model::{Article, AuthorKind};

use super::common::{
    Print, Report, Vocabulary, attributes, block_texts, elements, figures, folded, folded_of,
    found_marks, found_skeleton, found_table_texts, found_xhtml_figures, id_written_is, line,
    marks, offset_xsd_instant, scheme_uri, skeleton, table_texts, texts, well_formed_language,
    written_instant,
};

/// Checks `output`, `article` written as Atom, against the table above.
pub fn check(article: &Article, output: &str) -> Report {
    let mut report = Report::default();
    let document = match roxmltree::Document::parse(output) {
        Ok(document) => document,
        Err(e) => {
            report.equal(
                "document",
                "entry",
                "well-formed XML".to_string(),
                e.to_string(),
            );
            return report;
        }
    };
    let entry = document.root_element();
    report.equal("root", "/", "entry", entry.tag_name().name());

    let ids = texts(entry, "entry/id");
    match (&article.id, ids.as_slice()) {
        (Some(id), [found]) if line(id).is_some() => {
            report.equal("id", "entry/id", true, id_written_is(id, found));
        }
        (_, found) => report.equal("id (derived)", "entry/id", 1, found.len()),
    }

    let title = folded_of(&article.headline).or_else(|| folded_of(&article.title));
    if let Some(title) = title {
        report.equal(
            "headline",
            "entry/title",
            vec![title],
            texts(entry, "entry/title"),
        );
    }

    // `updated` is required: the first of modified, published and created a date construct
    // holds (one with an offset: none is invented), else the Unix epoch (the declared
    // placeholder); `published` only when it holds it.
    let epoch = chrono::DateTime::UNIX_EPOCH.fixed_offset();
    let updated = [article.modified, article.published, article.created]
        .into_iter()
        .flatten()
        .find_map(offset_xsd_instant)
        .unwrap_or(epoch);
    let written = |at| -> Vec<_> {
        texts(entry, at)
            .iter()
            .map(|t| written_instant(t))
            .collect()
    };
    report.equal(
        "modified",
        "entry/updated",
        vec![Some(updated)],
        written("entry/updated"),
    );
    let published: Vec<_> = article
        .published
        .and_then(offset_xsd_instant)
        .map(Some)
        .into_iter()
        .collect();
    report.equal(
        "published",
        "entry/published",
        published,
        written("entry/published"),
    );

    if let Some(language) = article.language.as_deref().and_then(well_formed_language) {
        let found = entry
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .map(str::to_string);
        report.equal("language", "entry/@xml:lang", Some(language), found);
    }

    // A person's name, else the id standing in for a blank one.
    let people = |kind: AuthorKind| -> Vec<String> {
        article
            .authors
            .iter()
            .filter(|a| a.kind == kind)
            .filter_map(|a| folded(&a.name).or_else(|| folded_of(&a.id)))
            .collect()
    };
    let creators = people(AuthorKind::Creator);
    let expected_authors = if creators.is_empty() {
        folded_of(&article.byline).into_iter().collect()
    } else {
        creators
    };
    if !expected_authors.is_empty() {
        report.equal(
            "authors (byline when none)",
            "entry/author/name",
            expected_authors,
            texts(entry, "entry/author/name"),
        );
    }
    report.equal(
        "contributors",
        "entry/contributor/name",
        people(AuthorKind::Contributor),
        texts(entry, "entry/contributor/name"),
    );
    let author_uris: Vec<String> = article
        .authors
        .iter()
        .filter(|a| a.kind == AuthorKind::Creator)
        .filter_map(|a| a.id.as_deref())
        .map(str::trim)
        .filter(|id| id.starts_with("http://") || id.starts_with("https://"))
        .filter(|id| !id.contains([' ', '<', '>', '"']))
        .map(str::to_string)
        .collect();
    report.holds_all(
        "author ids",
        "entry/author/uri",
        &author_uris,
        &texts(entry, "entry/author/uri"),
    );

    let plain_terms: Vec<String> = elements(entry, "entry/category")
        .into_iter()
        .filter(|c| c.attribute("scheme").is_none())
        .filter_map(|c| c.attribute("term").map(str::to_string))
        .collect();
    let keywords: Vec<String> = article.keywords.iter().filter_map(|k| folded(k)).collect();
    report.holds_all("keywords", "entry/category/@term", &keywords, &plain_terms);
    let categories: Vec<(Option<String>, Option<String>)> = elements(entry, "entry/category")
        .into_iter()
        .map(|c| {
            (
                c.attribute("scheme").map(str::to_string),
                c.attribute("term").map(str::to_string),
            )
        })
        .collect();
    let coded = |concept: &newswire::model::Concept| {
        let (scheme, code) = (folded_of(&concept.scheme)?, folded_of(&concept.code)?);
        Some(match scheme_uri(&scheme) {
            Some(uri) => (Some(uri), Some(code)),
            None => (None, Some(format!("{scheme}:{code}"))),
        })
    };
    // A subject under a scheme URI: term and scheme; under another alias: its QCode as the term.
    let subjects: Vec<_> = article.subjects.iter().filter_map(coded).collect();
    report.holds_all(
        "subjects",
        "entry/category/@scheme,@term",
        &subjects,
        &categories,
    );
    // Genres: only those with a scheme URI.
    let genres: Vec<_> = article
        .genres
        .iter()
        .filter_map(coded)
        .filter(|(scheme, _)| scheme.is_some())
        .collect();
    report.holds_all(
        "genres",
        "entry/category/@scheme,@term",
        &genres,
        &categories,
    );

    let hrefs = attributes(entry, "entry/link", "href");
    let absolute: Vec<String> = article
        .links
        .iter()
        .filter_map(|l| line(&l.href))
        .filter(|h| h.starts_with("http://") || h.starts_with("https://") || h.starts_with("urn:"))
        .filter(|h| !h.contains([' ', '<', '>', '"', '{', '}']))
        .collect();
    report.holds_all("links", "entry/link/@href", &absolute, &hrefs);
    // A rendition's size as the link's `@length`, on a link to the same target.
    let lengths: Vec<(String, String)> = elements(entry, "entry/link")
        .into_iter()
        .filter_map(|l| {
            Some((
                l.attribute("href")?.to_string(),
                l.attribute("length")?.to_string(),
            ))
        })
        .collect();
    let sized: Vec<(String, String)> = article
        .links
        .iter()
        .filter_map(|l| {
            let href = line(&l.href)?;
            let size = l.rendition.as_ref()?.size?;
            absolute.contains(&href).then(|| (href, size.to_string()))
        })
        .collect();
    report.holds_all("link renditions", "entry/link/@length", &sized, &lengths);

    if let Some(notice) = article
        .rights
        .notice
        .as_deref()
        .and_then(|n| line(n.trim()))
    {
        report.equal(
            "rights.notice",
            "entry/rights",
            vec![notice],
            texts(entry, "entry/rights"),
        );
    }
    if let Some(description) = article.description.as_deref().and_then(|d| line(d.trim())) {
        report.equal(
            "description",
            "entry/summary",
            vec![description],
            texts(entry, "entry/summary"),
        );
    }
    if let Some(provider) = article
        .provider
        .as_ref()
        .and_then(|p| folded_of(&p.name).or_else(|| folded_of(&p.id)))
    {
        report.equal(
            "provider",
            "entry/source/title",
            vec![provider],
            texts(entry, "entry/source/title"),
        );
    }

    let content = texts(entry, "entry/content").join(" ");
    for text in block_texts(&article.body) {
        report.contains("body", "entry/content/div", &text, &content);
    }
    for div in elements(entry, "entry/content/div") {
        report.equal(
            "body markup (blocks)",
            "entry/content/div: p, h1-h6, blockquote, ul/ol/li, pre",
            skeleton(article, Vocabulary::Xhtml, Print::OnBody),
            found_skeleton(div),
        );
        report.equal(
            "body markup (links, em, strong, br, sup, sub)",
            "entry/content/div: a/@href, em, strong, br, sup, sub",
            marks(&article.body),
            found_marks(div),
        );
        report.equal(
            "body tables (caption, cells)",
            "entry/content/div//table: caption, th, td",
            table_texts(&article.body),
            found_table_texts(div),
        );
        report.equal(
            "body figures",
            "entry/content/div//div[@class='figure']",
            figures(&article.body),
            found_xhtml_figures(div),
        );
    }
    report
}
