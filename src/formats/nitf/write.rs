//! An article to NITF 3.6, namespaced, valid against the 3.6 XSD.
//!
//! The XSD fixes the order of `head` (title, meta, tobject, docdata, pubdata, revision-history)
//! and `body.head` (hedline, note, rights, byline, distributor, dateline, abstract); the order
//! inside `docdata` is free. Containers are written only when something goes in them. Every
//! value is written in the form [`values`](super::values) gives it, so that
//! [`project`](super::project()) can say what a reader gets back.

use super::VERSION;
use super::values::{self, Piece, one_line, prose, token};
use crate::Error;
use crate::formats::WriteOptions;
use crate::language::well_formed_tag;
use crate::model::{Article, Author, Dateline, Link};
use crate::xml::{ENCLOSURE_CLASS, NITF_NS, Section, XmlWriter, write_nitf_body, xhtml_form};

/// Writes one article as an NITF 3.6 document (NITF holds one article per document).
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    let mut attrs = vec![("xmlns", NITF_NS), ("version", VERSION)];
    if let Some(lang) = language(article) {
        attrs.push(("baselang", lang));
    }
    w.open("nitf", &attrs);
    head(&mut w, article);
    body(&mut w, article);
    w.close("nitf");
    Ok(w.finish())
}

/// The article's language when it is a well-formed tag.
pub(super) fn language(article: &Article) -> Option<&str> {
    article.language.as_deref().and_then(well_formed_tag)
}

/// `head`: title, the priority as a `meta`, `tobject` (genres, then subjects), `docdata`, and
/// the creation and modification times as `revision-history`.
fn head(w: &mut XmlWriter, article: &Article) {
    let mut head = Section::new(w, "head");
    if let Some(title) = article.title.as_deref().and_then(one_line) {
        head.writer().leaf("title", &[], &title);
    }
    if let Some(priority) = article.priority.filter(|p| (1..=9).contains(p)) {
        let content = priority.to_string();
        head.writer().empty(
            "meta",
            &[("name", super::PRIORITY_META), ("content", &content)],
        );
    }
    tobject(&mut head, article);
    docdata(&mut head, article);
    for attrs in pubdata(article) {
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(a, v)| (*a, v.as_str())).collect();
        head.writer().empty("pubdata", &attrs);
    }
    for (norm, function) in values::revisions(article.created, article.modified) {
        head.writer().empty(
            "revision-history",
            &[("function", function), ("norm", norm.as_str())],
        );
    }
    head.end();
}

/// The `pubdata` elements: the first with the length in words, each with a section (one
/// `position.section` each).
fn pubdata(article: &Article) -> Vec<Vec<(&'static str, String)>> {
    let mut all: Vec<Vec<(&'static str, String)>> = article
        .sections
        .iter()
        .filter_map(values::name_or_code)
        .map(|section| vec![("position.section", section)])
        .collect();
    if let Some(words) = article.word_count {
        let length = [
            ("item-length", words.to_string()),
            ("unit-of-measure", "word".to_string()),
        ];
        match all.first_mut() {
            Some(first) => first.extend(length),
            None => all.push(length.into()),
        }
    }
    all
}

fn tobject(head: &mut Section<'_>, article: &Article) {
    let genres: Vec<String> = article
        .genres
        .iter()
        .filter_map(values::name_or_code)
        .collect();
    let subjects: Vec<Vec<(&str, String)>> = article
        .subjects
        .iter()
        .filter(|s| s.kind.is_none())
        .filter_map(values::subject_attrs)
        .collect();
    if genres.is_empty() && subjects.is_empty() {
        return;
    }
    let w = head.writer();
    w.open("tobject", &[]);
    for genre in &genres {
        w.empty("tobject.property", &[("tobject.property.type", genre)]);
    }
    for attrs in &subjects {
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(n, v)| (*n, v.as_str())).collect();
        w.empty("tobject.subject", &attrs);
    }
    w.close("tobject");
}

/// `docdata`: identifier and registering source (the provider's id), urgency, issue and release
/// times, notes, the slug and version (`du-key`), copyright holder, usage terms, keywords and
/// sources; the status on `@management-status`.
fn docdata(head: &mut Section<'_>, article: &Article) {
    let mut items: Vec<(&str, Vec<(&str, String)>)> = Vec::new();
    let mut doc_id = Vec::new();
    doc_id.extend(
        article
            .id
            .as_deref()
            .and_then(token)
            .map(|id| ("id-string", id)),
    );
    let regsrc = article.provider.as_ref().and_then(|p| p.id.as_deref());
    doc_id.extend(regsrc.and_then(token).map(|id| ("regsrc", id)));
    if !doc_id.is_empty() {
        items.push(("doc-id", doc_id));
    }
    if let Some(urgency) = article.urgency.filter(|u| (1..=9).contains(u)) {
        items.push(("urgency", vec![("ed-urg", urgency.to_string())]));
    }
    if let Some(issue) = article.published.and_then(values::norm) {
        items.push(("date.issue", vec![("norm", issue)]));
    }
    let release = article.embargo.and_then(values::norm);
    if let Some(release) = &release {
        items.push(("date.release", vec![("norm", release.clone())]));
    }
    for note in &article.editorial_notes {
        if let Some(text) = prose(&note.text) {
            let role = note.role.as_deref().and_then(one_line);
            let mut attrs: Vec<(&str, String)> =
                role.map(|r| ("msg-type", r)).into_iter().collect();
            attrs.push(("info", text));
            items.push(("ed-msg", attrs));
        }
    }
    let mut du_key = Vec::new();
    du_key.extend(
        article
            .slugline
            .as_deref()
            .and_then(one_line)
            .map(|k| ("key", k)),
    );
    let version = article.version.filter(|v| *v >= 1);
    du_key.extend(version.map(|v| ("version", v.to_string())));
    if !du_key.is_empty() {
        items.push(("du-key", du_key));
    }
    let holder = article.rights.holder.as_ref().and_then(party_name);
    if let Some(holder) = holder {
        items.push(("doc.copyright", vec![("holder", holder)]));
    }
    if let Some(terms) = article.rights.usage_terms.as_deref().and_then(prose) {
        items.push(("doc.rights", vec![("limitations", terms)]));
    }
    let status = values::management_status(article.pub_status, release.is_some());
    let keywords: Vec<String> = article
        .keywords
        .iter()
        .filter_map(|k| one_line(k))
        .collect();
    let sources: Vec<String> = article.sources.iter().filter_map(party_name).collect();
    let entities: Vec<_> = article
        .subjects
        .iter()
        .filter_map(values::entity_element)
        .collect();
    if items.is_empty()
        && status.is_none()
        && keywords.is_empty()
        && sources.is_empty()
        && entities.is_empty()
    {
        return;
    }
    let w = head.writer();
    let attrs: Vec<(&str, &str)> = status
        .map(|s| ("management-status", s))
        .into_iter()
        .collect();
    w.open("docdata", &attrs);
    for (name, attrs) in &items {
        let attrs: Vec<(&str, &str)> = attrs.iter().map(|(n, v)| (*n, v.as_str())).collect();
        w.empty(name, &attrs);
    }
    if !keywords.is_empty() {
        w.open("key-list", &[]);
        for keyword in &keywords {
            w.empty("keyword", &[("key", keyword)]);
        }
        w.close("key-list");
    }
    if !sources.is_empty() {
        w.open("del-list", &[]);
        for source in &sources {
            w.empty("from-src", &[("src-name", source)]);
        }
        w.close("del-list");
    }
    if !entities.is_empty() {
        w.open("identified-content", &[]);
        for (element, attrs, name) in &entities {
            let attrs: Vec<(&str, &str)> = attrs.iter().map(|(n, v)| (*n, v.as_str())).collect();
            match name {
                Some(name) => w.leaf(element, &attrs, name),
                None => w.empty(element, &attrs),
            }
        }
        w.close("identified-content");
    }
    w.close("docdata");
}

/// The one string NITF keeps of a party (a copyright holder, a source): its name, else its id.
pub(super) fn party_name(party: &crate::model::Party) -> Option<String> {
    party
        .name
        .as_deref()
        .and_then(one_line)
        .or_else(|| party.id.as_deref().and_then(one_line))
}

/// `body`: `body.head`, `body.content` (the body with the dateline printed at its head, as
/// agencies print it, then the media links), `body.end` (the credit as the tagline).
fn body(w: &mut XmlWriter, article: &Article) {
    w.open("body", &[]);
    body_head(w, article);
    let view = crate::formats::printed::body_view(article);
    let printed = view.printed_body();
    let blocks = xhtml_form(&printed);
    let media: Vec<&Link> = article.links.iter().filter(|l| is_media(l)).collect();
    if !blocks.is_empty() || !media.is_empty() {
        w.open("body.content", &[]);
        write_nitf_body(w, &blocks);
        for link in media {
            media_element(w, link);
        }
        w.close("body.content");
    }
    if let Some(credit) = article.credit.as_deref().and_then(one_line) {
        w.open("body.end", &[]);
        w.leaf("tagline", &[], &credit);
        w.close("body.end");
    }
    w.close("body");
}

/// `body.head`. An article without a headline is headed by its title, as the reader reads a
/// document without `hedline`: writing what was read gives the same bytes.
fn body_head(w: &mut XmlWriter, article: &Article) {
    let mut head = Section::new(w, "body.head");
    let headline = (article.headline.as_deref().and_then(one_line))
        .or_else(|| article.title.as_deref().and_then(one_line));
    let subheadline = article.subheadline.as_deref().and_then(one_line);
    if headline.is_some() || subheadline.is_some() {
        let w = head.writer();
        w.open("hedline", &[]);
        w.leaf("hl1", &[], headline.as_deref().unwrap_or(""));
        if let Some(sub) = &subheadline {
            w.leaf("hl2", &[], sub);
        }
        w.close("hedline");
    }
    if let Some(notice) = article.rights.notice.as_deref().and_then(prose) {
        head.writer().leaf("rights", &[], &notice);
    }
    if let Some(byline) = article.byline.as_deref().and_then(one_line) {
        head.writer().leaf("byline", &[], &byline);
    }
    for author in authors(article) {
        person_byline(&mut head, &author);
    }
    let distributor = article
        .provider
        .as_ref()
        .and_then(|p| p.name.as_deref())
        .and_then(one_line);
    if let Some(distributor) = distributor {
        head.writer().leaf("distributor", &[], &distributor);
    }
    if let Some(dateline) = &article.dateline {
        dateline_element(&mut head, dateline);
    }
    if let Some(description) = article.description.as_deref().and_then(prose) {
        let w = head.writer();
        w.open("abstract", &[]);
        for paragraph in description.split("\n\n") {
            w.leaf("p", &[], paragraph);
        }
        w.close("abstract");
    }
    head.end();
}

/// The authors as NITF keeps them: a name or an id, the role and job title on one line, every
/// one a creator; an author NITF would repeat (a creator who is also a contributor) once.
pub(super) fn authors(article: &Article) -> Vec<Author> {
    let mut out: Vec<Author> = Vec::new();
    for author in &article.authors {
        let name = one_line(&author.name);
        let id = author.id.as_deref().and_then(token);
        if name.is_none() && id.is_none() {
            continue;
        }
        let mut kept = Author::named(name.unwrap_or_default());
        kept.id = id;
        kept.role = author.role.as_deref().and_then(one_line);
        kept.job_title = author.job_title.as_deref().and_then(one_line);
        if !out.contains(&kept) {
            out.push(kept);
        }
    }
    out
}

/// An author (as [`authors`] gives it) as a `byline` of its own: `person` (the id in `@value`,
/// the role as `function`) and the job title as `byttl`.
fn person_byline(head: &mut Section<'_>, author: &Author) {
    let w = head.writer();
    w.newline();
    w.start_tag("byline", &[]);
    let attrs: Vec<(&str, &str)> = author
        .id
        .as_deref()
        .map(|id| ("value", id))
        .into_iter()
        .collect();
    w.start_tag("person", &attrs);
    w.text(&author.name);
    if let Some(role) = &author.role {
        w.start_tag("function", &[]);
        w.text(role);
        w.end_tag("function");
    }
    w.end_tag("person");
    if let Some(job_title) = &author.job_title {
        w.start_tag("byttl", &[]);
        w.text(job_title);
        w.end_tag("byttl");
    }
    w.end_tag("byline");
}

/// The dateline on one line, laid out by [`values::layout`], with a whole date as
/// `story.date/@norm`.
fn dateline_element(head: &mut Section<'_>, dateline: &Dateline) {
    let text = one_line(&dateline.text).unwrap_or_default();
    let city = dateline.city.as_deref().and_then(one_line);
    let region = dateline.region.as_deref().and_then(one_line);
    let layout = values::written_layout(&text, city.as_deref(), region.as_deref());
    let date = dateline.date.and_then(values::date_norm);
    if layout.pieces.is_empty() && date.is_none() {
        return;
    }
    let w = head.writer();
    w.newline();
    w.start_tag("dateline", &[]);
    for piece in &layout.pieces {
        write_piece(w, piece);
    }
    if let Some(norm) = &date {
        w.empty_tag("story.date", &[("norm", norm)]);
    }
    w.end_tag("dateline");
}

fn write_piece(w: &mut XmlWriter, piece: &Piece) {
    match piece {
        Piece::Text(text) => w.text(text),
        Piece::Location(pieces) => {
            w.start_tag("location", &[]);
            for piece in pieces {
                write_piece(w, piece);
            }
            w.end_tag("location");
        }
        Piece::City(city) => {
            w.start_tag("city", &[]);
            w.text(city);
            w.end_tag("city");
        }
        Piece::Region(region) => {
            w.start_tag("region", &[]);
            w.text(region);
            w.end_tag("region");
        }
    }
}

/// Whether a link is written, as a media reference: an enclosure with a target.
pub(super) fn is_media(link: &Link) -> bool {
    link.rel
        .as_deref()
        .is_some_and(|rel| rel.trim().eq_ignore_ascii_case("enclosure"))
        && token(&link.href).is_some()
}

fn media_element(w: &mut XmlWriter, link: &Link) {
    let Some(source) = token(&link.href) else {
        return;
    };
    let class = crate::xml::media_class(link.media_type.as_deref());
    w.open(
        "media",
        &[("media-type", class), ("class", ENCLOSURE_CLASS)],
    );
    let mut attrs = vec![("source", source)];
    attrs.extend(
        link.media_type
            .as_deref()
            .and_then(token)
            .map(|t| ("mime-type", t)),
    );
    attrs.extend(
        link.title
            .as_deref()
            .and_then(one_line)
            .map(|t| ("name", t)),
    );
    let attrs: Vec<(&str, &str)> = attrs.iter().map(|(n, v)| (*n, v.as_str())).collect();
    w.empty("media-reference", &attrs);
    w.close("media");
}
