//! Articles to NewsML-G2 2.35 XML.
//!
//! The XSD fixes the order of almost every element (NOTES.md §5.3): the functions below write in
//! that order, and each writes nothing when the article has no data for it. Every value is checked
//! or normalized against its schema type first (QCode, URI, `g2normalizedString`, `xs:dateTime`,
//! `xs:language`, 1-9), so that any article gives a valid document.

use super::codes::{
    concept_nature, description_role_attr, link_rel, note_role_attr, rendition_attr, role_attr,
};
use super::read::{split_descriptions, split_headlines};
use super::values::unknown_provider;
use super::values::{
    Id, classify, date_time, epoch, is_token, line, mixed_line, nonblank, prose, text,
};
use super::{
    IPTC_CATALOG, JOB_TITLE_ROLE, LINK_RELATIONS, NAR_NS, ROLES, SUBHEADLINE_ROLE, Scheme,
};
use crate::formats::Envelope;
use crate::iri::encode_iri;
use crate::language::well_formed_tag;
use crate::vocabularies::is_qcode;

use crate::Error;
use crate::formats::WriteOptions;
use crate::formats::printed::{body_view, declared_or_counted_words};
use crate::model::{
    Article, Author, AuthorKind, Concept, Dateline, EntityKind, GeoPoint, Link, Party, RoledText,
    Timestamp,
};
use crate::xml::{NITF_NS, Section, XmlWriter, write_body, write_nitf_body, xhtml_form};

/// Attributes whose values are computed; [`refs`] lends them to the [`XmlWriter`].
pub(super) type Attrs = Vec<(&'static str, String)>;

/// One article as a `newsItem` document.
pub(crate) fn write_article(article: &Article, _: &WriteOptions) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    news_item(&mut w, article, Placement::Document);
    Ok(w.finish())
}

/// A `newsMessage` written item by item: the `header` (required `sent`, optional `priority`)
/// says what every article gives, and the items go in an `itemSet`.
#[derive(Default)]
pub(crate) struct Message {
    /// The latest version time of the articles, as an instant and as written (the later of
    /// two equal instants wins), so that the same articles always give the same message.
    sent: Option<(chrono::DateTime<chrono::FixedOffset>, String)>,
    /// One priority per message: the most urgent (lowest) of the articles'.
    priority: Option<u8>,
}

impl Envelope for Message {
    fn item(&mut self, article: &Article) -> Result<Vec<u8>, Error> {
        if let Some(time) = version_time(article)
            && let Some(text) = date_time(time)
        {
            let instant = time.assume_utc();
            if self
                .sent
                .as_ref()
                .is_none_or(|(latest, _)| instant >= *latest)
            {
                self.sent = Some((instant, text));
            }
        }
        if let Some(priority) = article.priority.filter(|p| (1..=9).contains(p)) {
            self.priority = Some(self.priority.map_or(priority, |p| p.min(priority)));
        }
        let mut w = XmlWriter::fragment_at(2);
        news_item(&mut w, article, Placement::InMessage);
        Ok(w.into_bytes())
    }

    fn head(&self) -> Vec<u8> {
        let mut w = XmlWriter::new();
        w.open("newsMessage", &[("xmlns", NAR_NS)]);
        w.open("header", &[]);
        let sent = self
            .sent
            .as_ref()
            .map_or_else(epoch, |(_, text)| text.clone());
        w.leaf("sent", &[], &sent);
        if let Some(priority) = self.priority {
            w.leaf("priority", &[], &priority.to_string());
        }
        w.close("header");
        w.open("itemSet", &[]);
        w.into_bytes()
    }

    fn tail(&self) -> Vec<u8> {
        let mut w = XmlWriter::fragment_at(2);
        w.close("itemSet");
        w.close("newsMessage");
        w.finish()
    }
}

/// Where a `newsItem` stands, which decides its namespace declaration and its body markup.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// The document root: the namespace is declared here, the body is XHTML.
    Document,
    /// An item of a `newsMessage`: the body is NITF, as AP's messages carry it. (Each NITF body
    /// is then checked by the combined G2 + NITF schema; the shared XHTML check reads a single
    /// XHTML document per file, so several XHTML bodies in one message cannot be checked.)
    InMessage,
}

/// A `newsItem`, declaring the namespace when it is the document root.
fn news_item(w: &mut XmlWriter, article: &Article, placement: Placement) {
    let mut attrs = Attrs::new();
    if placement == Placement::Document {
        attrs.push(("xmlns", NAR_NS.into()));
    }
    attrs.push(("guid", crate::model::derived_id(article).trim().to_string()));
    let version = article.version.filter(|v| *v >= 1).unwrap_or(1);
    attrs.push(("version", version.to_string()));
    attrs.push(("standard", "NewsML-G2".into()));
    attrs.push(("standardversion", "2.35".into()));
    attrs.push(("conformance", "power".into()));
    if let Some(lang) = language(article) {
        attrs.push(("xml:lang", lang.into()));
    }
    w.open("newsItem", &refs(&attrs));
    catalogs(w, article);
    pub_history(w, article);
    rights_info(w, article);
    item_meta(w, article);
    content_meta(w, article);
    place_asserts(w, article);
    content_set(w, article, placement);
    w.close("newsItem");
}

/// The IPTC catalog, plus an inline catalog for the newswire schemes this item uses: a QCode is
/// only meaningful when its alias resolves.
fn catalogs(w: &mut XmlWriter, article: &Article) {
    w.empty("catalogRef", &[("href", IPTC_CATALOG)]);
    let codes = own_codes(article);
    let used: Vec<&Scheme> = [&ROLES, &LINK_RELATIONS]
        .into_iter()
        .filter(|scheme| codes.iter().any(|code| scheme.holds(code)))
        .collect();
    if used.is_empty() {
        return;
    }
    w.open("catalog", &[]);
    for scheme in used {
        w.empty("scheme", &[("alias", scheme.alias), ("uri", scheme.uri)]);
    }
    w.close("catalog");
}

/// Every role and relation QCode the item will carry that may come from a newswire scheme.
fn own_codes(article: &Article) -> Vec<String> {
    let mut codes = Vec::new();
    for (role, _) in headlines(article) {
        codes.extend(role.map(|(_, code)| code));
    }
    for author in article.authors.iter().filter(|a| is_written(a)) {
        codes.extend(author_role(author).map(|(_, code)| code));
        if let Some(JobTitle::Note(_)) = job_title(author) {
            codes.push(JOB_TITLE_ROLE.to_string());
        }
    }
    for link in article.links.iter().filter(|l| nonblank(&l.href)) {
        codes.push(link_rel(link.rel.as_deref()).1);
    }
    let written = |n: &&RoledText| prose(Some(&n.text)).is_some();
    for note in article.editorial_notes.iter().filter(written) {
        codes.extend(
            note.role
                .as_deref()
                .and_then(note_role_attr)
                .map(|(_, code)| code),
        );
    }
    for (role, _) in descriptions(article) {
        codes.extend(role.map(|(_, code)| code));
    }
    codes
}

/// `pubHistory/published/timestamp`: the only place G2 has for the publication time.
fn pub_history(w: &mut XmlWriter, article: &Article) {
    if let Some(published) = article.published.and_then(date_time) {
        w.open("pubHistory", &[]);
        w.open("published", &[]);
        w.leaf("timestamp", &[], &published);
        w.close("published");
        w.close("pubHistory");
    }
}

/// `rightsInfo`: `copyrightHolder` first, then the notices and the usage terms.
fn rights_info(w: &mut XmlWriter, article: &Article) {
    let rights = &article.rights;
    let mut section = Section::new(w, "rightsInfo");
    if let Some(holder) = rights.holder.as_ref().filter(|p| is_present(p)) {
        party(section.writer(), "copyrightHolder", Attrs::new(), holder);
    }
    for notice in notices(rights).filter_map(|n| prose(Some(n))) {
        section.writer().leaf("copyrightNotice", &[], &notice);
    }
    for terms in usage_terms(rights).filter_map(|t| prose(Some(t))) {
        section.writer().leaf("usageTerms", &[], &terms);
    }
    section.end();
}

/// Every copyright notice, the first first.
pub(super) fn notices(rights: &crate::model::Rights) -> impl Iterator<Item = &str> {
    let further = rights.further_notices.iter();
    rights.notice.iter().chain(further).map(String::as_str)
}

/// Every usage term, the first first.
pub(super) fn usage_terms(rights: &crate::model::Rights) -> impl Iterator<Item = &str> {
    let further = rights.further_usage_terms.iter();
    rights.usage_terms.iter().chain(further).map(String::as_str)
}

/// The `versionCreated` time: the first of modified, published and created that `xs:dateTime`
/// can hold, as Atom's `updated` (a modified time it cannot hold gave the 1970 placeholder,
/// which a reader takes for a real time when the article has another).
pub(super) fn version_time(article: &Article) -> Option<Timestamp> {
    [article.modified, article.published, article.created]
        .into_iter()
        .flatten()
        .find_map(|time| time.xsd_compatible())
}

/// `itemMeta`, in schema order: itemClass, provider, versionCreated, firstCreated, embargoed,
/// pubStatus, service, title, edNote, memberOf, link.
fn item_meta(w: &mut XmlWriter, article: &Article) {
    w.open("itemMeta", &[]);
    let class = format!("ninat:{}", crate::vocabularies::nature_code(article.kind));
    w.empty("itemClass", &[("qcode", &class)]);
    party(w, "provider", Attrs::new(), &provider(article));
    let version_created = version_time(article).and_then(date_time);
    w.leaf(
        "versionCreated",
        &[],
        &version_created.unwrap_or_else(epoch),
    );
    if let Some(created) = article.created.and_then(date_time) {
        w.leaf("firstCreated", &[], &created);
    }
    if let Some(embargo) = article.embargo.and_then(date_time) {
        w.leaf("embargoed", &[], &embargo);
    }
    let status = format!(
        "stat:{}",
        crate::vocabularies::status_code(article.pub_status)
    );
    w.empty("pubStatus", &[("qcode", &status)]);
    for service in &article.services {
        if let Some((id, name)) = service_parts(service) {
            concept_element(w, "service", vec![id], name);
        }
    }
    if let Some(title) = mixed_line(article.title.as_deref()) {
        w.leaf("title", &[], &title);
    }
    for note in &article.editorial_notes {
        if let Some(text) = prose(Some(&note.text)) {
            let role = note.role.as_deref().and_then(note_role_attr);
            let attrs: Vec<(&str, &str)> = role.iter().map(|(a, v)| (*a, v.as_str())).collect();
            w.leaf("edNote", &attrs, &text);
        }
    }
    for section in &article.sections {
        if let Some((id, name)) = concept_parts(section) {
            concept_element(w, "memberOf", vec![id], name);
        }
    }
    for link in article
        .links
        .iter()
        .filter(|l| !is_remote_content(article, l))
    {
        item_link(w, link);
    }
    w.close("itemMeta");
}

/// The required provider: the article's, else its first source, else the first agency of the
/// dateline, else [`unknown_provider`].
pub(super) fn provider(article: &Article) -> Party {
    let agency = || {
        let agencies = article.dateline.iter().flat_map(|d| &d.agencies);
        agencies
            .map(|agency| agency.name.as_str())
            .find(|name| nonblank(name))
            .map(Party::named)
    };
    article
        .provider
        .iter()
        .chain(&article.sources)
        .find(|p| is_present(p))
        .cloned()
        .or_else(agency)
        .unwrap_or_else(unknown_provider)
}

/// A `link` with its relation, target, media type and title; nothing without a target.
fn item_link(w: &mut XmlWriter, link: &Link) {
    if !nonblank(&link.href) {
        return;
    }
    let mut attrs: Attrs = vec![link_rel(link.rel.as_deref())];
    attrs.push(("href", encode_iri(&link.href)));
    if let Some(media_type) = text(link.media_type.as_deref()) {
        attrs.push(("contenttype", media_type.trim().to_string()));
    }
    if let Some(title) = mixed_line(link.title.as_deref()) {
        attrs.push(("title", title));
    }
    w.empty("link", &refs(&attrs));
}

/// `contentMeta`: the administrative properties (urgency, located, infoSource, creator,
/// contributor) strictly before the descriptive ones, which is what the XSD checks.
fn content_meta(w: &mut XmlWriter, article: &Article) {
    let mut section = Section::new(w, "contentMeta");
    if let Some(urgency) = article.urgency.filter(|u| (1..=9).contains(u)) {
        section.writer().leaf("urgency", &[], &urgency.to_string());
    }
    if let Some(dateline) = &article.dateline {
        located(&mut section, dateline);
    }
    for source in article.sources.iter().filter(|p| is_present(p)) {
        let role = vec![("role", "cpprole:originfo".to_string())];
        party(section.writer(), "infoSource", role, source);
    }
    for author in article.authors.iter().filter(|a| is_written(a)) {
        author_element(section.writer(), author);
    }
    descriptive(&mut section, article);
    section.end();
}

/// `located`: the dateline's city, with the region or country printed after it as `broader`,
/// and where it is as `geoAreaDetails/position`.
fn located(section: &mut Section<'_>, dateline: &Dateline) {
    let names: Vec<String> = [&dateline.city, &dateline.region]
        .into_iter()
        .filter_map(|name| name.as_deref().and_then(line))
        .collect();
    if names.is_empty() && dateline.geo.is_none() {
        return;
    }
    let geo_area = [("type", "cpnat:geoArea")];
    let w = section.writer();
    w.open("located", &geo_area);
    if let Some((place, broader)) = names.split_first() {
        w.leaf("name", &[], place);
        for name in broader {
            w.open("broader", &geo_area);
            w.leaf("name", &[], name);
            w.close("broader");
        }
    }
    if let Some(geo) = dateline.geo {
        w.open("geoAreaDetails", &[]);
        position(w, geo);
        w.close("geoAreaDetails");
    }
    w.close("located");
}

/// `position`: a point's latitude and longitude in decimal degrees.
fn position(w: &mut XmlWriter, geo: GeoPoint) {
    let latitude = geo.latitude().to_string();
    let longitude = geo.longitude().to_string();
    w.empty(
        "position",
        &[("latitude", &latitude), ("longitude", &longitude)],
    );
}

/// `creator` or `contributor`: the identifier (or the name as a literal), the role, the job title,
/// and the name.
fn author_element(w: &mut XmlWriter, author: &Author) {
    let name = author_name(author);
    let mut attrs = flex_attrs(author.id.as_deref(), name.as_deref());
    attrs.extend(author_role(author));
    let mut children = Vec::new();
    if let Some(name) = name {
        children.push(("name", Attrs::new(), name));
    }
    match job_title(author) {
        Some(JobTitle::Attr(attr)) => attrs.push(attr),
        Some(JobTitle::Note(text)) => {
            children.push(("note", vec![("role", JOB_TITLE_ROLE.to_string())], text));
        }
        None => {}
    }
    let tag = match author.kind {
        AuthorKind::Creator => "creator",
        AuthorKind::Contributor => "contributor",
    };
    element(w, tag, &attrs, &children);
}

/// The author's `name`: the name, else an identifier that is free text (a literal names a
/// person, as readers take it).
pub(super) fn author_name(author: &Author) -> Option<String> {
    line(&author.name).or_else(|| match classify(author.id.as_deref()?) {
        Id::Literal(literal) => line(&literal),
        Id::QCode(_) | Id::Uri(_) => None,
    })
}

/// Whether an author has anything to write: a name or an identifier.
pub(super) fn is_written(author: &Author) -> bool {
    nonblank(&author.name) || author.id.as_deref().is_some_and(nonblank)
}

/// The author's role: a QCode or URI as given; a word as its `cpprole` code when IPTC has one
/// (`editor`), else as a [`ROLES`] code (`writer` becomes `nwrole:writer`).
fn author_role(author: &Author) -> Option<(&'static str, String)> {
    role_attr(author.role.as_deref()?)
}

/// Where a job title goes: `@jobtitle`/`@jobtitleuri` take only a QCode or URI, so text goes in a
/// `note`.
pub(super) enum JobTitle {
    Attr((&'static str, String)),
    Note(String),
}

pub(super) fn job_title(author: &Author) -> Option<JobTitle> {
    let title = author.job_title.as_deref().filter(|t| nonblank(t))?;
    Some(match classify(title) {
        Id::QCode(qcode) => JobTitle::Attr(("jobtitle", qcode)),
        Id::Uri(uri) => JobTitle::Attr(("jobtitleuri", uri)),
        Id::Literal(_) => JobTitle::Note(mixed_line(Some(title))?),
    })
}

/// The descriptive properties, after every administrative one.
fn descriptive(section: &mut Section<'_>, article: &Article) {
    if let Some(lang) = language(article) {
        section.writer().empty("language", &[("tag", lang)]);
    }
    for genre in &article.genres {
        concept(section, "genre", genre);
    }
    for keyword in article.keywords.iter().filter_map(|k| line(k)) {
        section.writer().leaf("keyword", &[], &keyword);
    }
    for subject in &article.subjects {
        concept(section, "subject", subject);
    }
    if let Some(slugline) = article.slugline.as_deref().and_then(line) {
        section.writer().leaf("slugline", &[], &slugline);
    }
    for (role, text) in headlines(article) {
        let attrs: Vec<(&str, &str)> = role.iter().map(|(a, v)| (*a, v.as_str())).collect();
        section.writer().leaf("headline", &attrs, &text);
    }
    let dateline = article.dateline.as_ref().map(|d| d.text.as_str());
    if let Some(dateline) = mixed_line(dateline) {
        section.writer().leaf("dateline", &[], &dateline);
    }
    if let Some(byline) = mixed_line(article.byline.as_deref()) {
        section.writer().leaf("by", &[], &byline);
    }
    if let Some(credit) = article.credit.as_deref().and_then(line) {
        section.writer().leaf("creditline", &[], &credit);
    }
    for (role, text) in descriptions(article) {
        let attrs: Vec<(&str, &str)> = role.iter().map(|(a, v)| (*a, v.as_str())).collect();
        section.writer().leaf("description", &attrs, &text);
    }
}

/// Each `description` as written: the description as the summary, then the others with their
/// roles (`@role` or `@roleuri`), in order. Without a description, the one the reader would
/// take for it is written as it, so that what is read is written again the same.
pub(super) fn descriptions(article: &Article) -> Vec<(Option<(&'static str, String)>, String)> {
    let summary = prose(article.description.as_deref())
        .map(|text| (Some(("role", SUMMARY_ROLE.to_string())), text));
    let others = article.descriptions.iter().filter_map(|d| {
        let role = d.role.as_deref().and_then(description_role_attr);
        Some((role, prose(Some(&d.text))?))
    });
    let all: Vec<_> = summary.into_iter().chain(others).collect();
    let (description, others) = split_descriptions(&all, article.kind);
    let summary = description.map(|text| (Some(("role", SUMMARY_ROLE.to_string())), text));
    let others = others.into_iter().map(|d| {
        let role = d.role.as_deref().and_then(description_role_attr);
        (role, d.text)
    });
    summary.into_iter().chain(others).collect()
}

/// Each `headline` as written: the headline without a role, the sub-headline as
/// `nwrole:subheadline`, then the others with their roles (`@role` or `@roleuri`), in order.
/// Without a headline or sub-headline, the one the reader would take for it is written as it,
/// so that what is read is written again the same.
pub(super) fn headlines(article: &Article) -> Vec<(Option<(&'static str, String)>, String)> {
    let sub_role = || Some(("role", SUBHEADLINE_ROLE.to_string()));
    let main = mixed_line(article.headline.as_deref()).map(|text| (None, text));
    let sub = mixed_line(article.subheadline.as_deref()).map(|text| (sub_role(), text));
    let others = article.headlines.iter().filter_map(|h| {
        let role = h.role.as_deref().and_then(note_role_attr);
        Some((role, mixed_line(Some(&h.text))?))
    });
    let all: Vec<_> = main.into_iter().chain(sub).chain(others).collect();
    let (main, sub, others) = split_headlines(&all);
    let others = others.into_iter().map(|h| {
        let role = h.role.as_deref().and_then(note_role_attr);
        (role, h.text)
    });
    main.map(|text| (None, text))
        .into_iter()
        .chain(sub.map(|text| (sub_role(), text)))
        .chain(others)
        .collect()
}

/// The role of the description written as the summary.
const SUMMARY_ROLE: &str = "drol:summary";

/// A `subject` or `genre`: `@qcode` when the scheme is an alias, `@uri` when it is a URI, else
/// `@literal` (the code, or the name), with the name as `name`.
/// A subject that names an entity has its kind as `@type` (`cpnat:person`); a subject's
/// `sameAs` and `broader` concepts follow its name, each written the same way (their own
/// relations are not: `sameAs` and `broader` hold none).
fn concept(section: &mut Section<'_>, tag: &str, concept: &Concept) {
    let Some((attrs, name)) = concept_attrs(concept) else {
        return;
    };
    let related: Vec<(&str, Attrs, Option<String>)> = if tag == "subject" {
        let same_as = concept.same_as.iter().map(|c| ("sameAs", c));
        let broader = concept.broader.iter().map(|c| ("broader", c));
        same_as
            .chain(broader)
            .filter_map(|(tag, c)| {
                let (attrs, name) = concept_attrs(c)?;
                Some((tag, attrs, name))
            })
            .collect()
    } else {
        Vec::new()
    };
    let w = section.writer();
    if related.is_empty() {
        concept_element(w, tag, attrs, name);
        return;
    }
    w.open(tag, &refs(&attrs));
    if let Some(name) = name {
        w.leaf("name", &[], &name);
    }
    for (tag, attrs, name) in related {
        concept_element(w, tag, attrs, name);
    }
    w.close(tag);
}

/// A concept's identifier and kind as attributes, and its name.
fn concept_attrs(concept: &Concept) -> Option<(Attrs, Option<String>)> {
    let (id, name) = concept_parts(concept)?;
    let mut attrs = vec![id];
    attrs.extend(concept.kind.map(|kind| ("type", concept_nature(kind))));
    Some((attrs, name))
}

/// An element naming a concept: its identifier and kind as attributes, its name as `name`.
fn concept_element(w: &mut XmlWriter, tag: &str, attrs: Attrs, name: Option<String>) {
    let children: Vec<_> = name
        .map(|n| ("name", Attrs::new(), n))
        .into_iter()
        .collect();
    element(w, tag, &attrs, &children);
}

/// A `service`'s identifier and name: `service` takes a QCode or a URI, never a literal, so a
/// service without a code in a scheme is not written.
pub(super) fn service_parts(service: &Concept) -> Option<((&'static str, String), Option<String>)> {
    concept_parts(service).filter(|((attr, _), _)| *attr != "literal")
}

/// Where each place is: `subject` cannot hold coordinates, so an `assert` about the same
/// concept (its `@qcode`, `@uri` or `@literal`) gives them as `geoAreaDetails/position`
/// (`POIDetails/position` for a point of interest). One assert per identifier, in the order
/// of the places, with the first place's details and the first point among them: every subject
/// with that identifier reads it back, and writing that again gives the same assert.
fn place_asserts(w: &mut XmlWriter, article: &Article) {
    for (id, details, geo) in place_asserts_of(&article.subjects) {
        w.open("assert", &refs(&vec![id]));
        w.open(details, &[]);
        position(w, geo);
        w.close(details);
        w.close("assert");
    }
}

/// The asserts [`place_asserts`] writes: an identifier attribute, the details element and the
/// point.
pub(super) fn place_asserts_of(
    subjects: &[Concept],
) -> Vec<((&'static str, String), &'static str, GeoPoint)> {
    let mut places: Vec<((&'static str, String), &'static str, Option<GeoPoint>)> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for subject in subjects {
        let details = match subject.kind {
            Some(EntityKind::Place) => "geoAreaDetails",
            Some(EntityKind::PointOfInterest) => "POIDetails",
            _ => continue,
        };
        let Some((id, _)) = concept_parts(subject) else {
            continue;
        };
        match index.get(&id) {
            Some(&i) => {
                if let Some((_, _, point @ None)) = places.get_mut(i) {
                    *point = subject.geo;
                }
            }
            None => {
                index.insert(id.clone(), places.len());
                places.push((id, details, subject.geo));
            }
        }
    }
    places
        .into_iter()
        .filter_map(|(id, details, geo)| Some((id, details, geo?)))
        .collect()
}

/// A concept's identifier attribute and `name`, or None when it has neither a code nor a name.
pub(super) fn concept_parts(concept: &Concept) -> Option<((&'static str, String), Option<String>)> {
    let name = concept.name.as_deref().and_then(line);
    let id = if let Some(qcode) = concept.qcode().filter(|q| is_qcode(q)) {
        ("qcode", qcode)
    } else if let Some(uri) = concept.uri().filter(|u| is_token(u)) {
        ("uri", encode_iri(&uri))
    } else if let Some(literal) = concept.code.as_deref().and_then(line).or(name.clone()) {
        ("literal", literal)
    } else {
        return None;
    };
    Some((id, name))
}

/// `contentSet`: the body as one XHTML `html` element (or, in a message, one NITF `nitf`
/// element; `inlineXML` takes exactly one child element, and the XHTML DTD requires
/// `head/title`), then a picture's, video's, audio's or graphic's renditions as
/// `remoteContent`. Neither body (or one with nothing to render) nor renditions, no
/// `contentSet`: a dateline alone is not content.
fn content_set(w: &mut XmlWriter, article: &Article, placement: Placement) {
    let view = body_view(article);
    let remote: Vec<&Link> = article
        .links
        .iter()
        .filter(|l| is_remote_content(article, l))
        .collect();
    if view.body.is_empty() && remote.is_empty() {
        return;
    }
    w.open("contentSet", &[]);
    if !view.body.is_empty() {
        inline_content(w, article, &view, placement);
    }
    for link in remote {
        remote_content(w, link);
    }
    w.close("contentSet");
}

/// Whether `link` is written as a `remoteContent` rendition: the enclosures of a picture,
/// video, audio or graphic item are its renditions (a titled one stays an `itemMeta/link`:
/// `remoteContent` has no title). A text item's enclosures are links.
pub(super) fn is_remote_content(article: &Article, link: &Link) -> bool {
    use crate::model::ItemKind::{Audio, Graphic, Picture, Video};
    matches!(article.kind, Picture | Graphic | Video | Audio)
        && link.rel.as_deref().map(str::trim) == Some("enclosure")
        && nonblank(&link.href)
        && mixed_line(link.title.as_deref()).is_none()
}

/// A `remoteContent`: the target, media type and the rendition's facts (a duration in whole
/// seconds, else in milliseconds: `@duration` takes the units of an integer time unit).
fn remote_content(w: &mut XmlWriter, link: &Link) {
    let mut attrs: Attrs = vec![("href", encode_iri(&link.href))];
    if let Some(media_type) = text(link.media_type.as_deref()) {
        attrs.push(("contenttype", media_type.trim().to_string()));
    }
    attrs.extend(remote_content_facts(link));
    w.empty("remoteContent", &refs(&attrs));
}

/// The rendition attributes of a `remoteContent`.
pub(super) fn remote_content_facts(link: &Link) -> Attrs {
    let mut attrs = Attrs::new();
    let Some(rendition) = &link.rendition else {
        return attrs;
    };
    attrs.extend(rendition.name.as_deref().and_then(rendition_attr));
    attrs.extend(rendition.size.map(|s| ("size", s.to_string())));
    attrs.extend(rendition.width.map(|v| ("width", v.to_string())));
    attrs.extend(rendition.height.map(|v| ("height", v.to_string())));
    match rendition.duration_ms {
        Some(ms) if ms % 1000 == 0 => attrs.push(("duration", (ms / 1000).to_string())),
        Some(ms) => {
            attrs.push(("duration", ms.to_string()));
            attrs.push(("durationunit", "timeunit:milliseconds".to_string()));
        }
        None => {}
    }
    attrs
}

/// The body as `inlineXML`: XHTML, or in a message NITF.
fn inline_content(
    w: &mut XmlWriter,
    article: &Article,
    view: &crate::formats::printed::BodyView<'_>,
    placement: Placement,
) {
    let word_count = declared_or_counted_words(article, view).to_string();
    if placement == Placement::InMessage {
        let content = [
            ("contenttype", "application/nitf+xml"),
            ("wordcount", word_count.as_str()),
        ];
        w.open("inlineXML", &content);
        w.open("nitf", &[("xmlns", NITF_NS)]);
        w.open("body", &[]);
        w.open("body.content", &[]);
        write_nitf_body(w, &xhtml_form(&view.printed_body()));
        w.close("body.content");
        w.close("body");
        w.close("nitf");
        w.close("inlineXML");
        return;
    }
    let content = [
        ("contenttype", "application/xhtml+xml"),
        ("wordcount", word_count.as_str()),
    ];
    w.open("inlineXML", &content);
    let mut html = vec![("xmlns", crate::xml::XHTML_NS)];
    if let Some(lang) = language(article) {
        html.push(("xml:lang", lang));
    }
    w.open("html", &html);
    w.open("head", &[]);
    // The headline as the item has it (the one written without a role), else the title (a
    // blank headline is no headline).
    let headline = headlines(article)
        .into_iter()
        .find_map(|(role, text)| role.is_none().then_some(text));
    let title = headline
        .or_else(|| mixed_line(article.title.as_deref()))
        .unwrap_or_default();
    w.leaf("title", &[], &title);
    w.close("head");
    w.open("body", &[]);
    write_body(w, &xhtml_form(&view.printed_body()));
    w.close("body");
    w.close("html");
    w.close("inlineXML");
}

/// A party (provider, copyright holder, info source) with its identifier and `name`.
fn party(w: &mut XmlWriter, tag: &str, extra: Attrs, party: &Party) {
    let name = party.name.as_deref().and_then(line);
    let mut attrs = flex_attrs(party.id.as_deref(), name.as_deref());
    attrs.extend(extra);
    let children: Vec<_> = name
        .map(|n| ("name", Attrs::new(), n))
        .into_iter()
        .collect();
    element(w, tag, &attrs, &children);
}

/// Whether a party has an identifier or a name.
pub(super) fn is_present(party: &Party) -> bool {
    party.id.as_deref().is_some_and(nonblank) || party.name.as_deref().is_some_and(nonblank)
}

/// `@qcode`, `@uri` or `@literal` for an identifier. Without one, the name is the literal: G2
/// identifies a party without a code by a literal.
pub(super) fn flex_attrs(id: Option<&str>, name: Option<&str>) -> Attrs {
    let id = id.filter(|id| nonblank(id)).map(classify);
    match id {
        Some(Id::QCode(qcode)) => vec![("qcode", qcode)],
        Some(Id::Uri(uri)) => vec![("uri", uri)],
        Some(Id::Literal(literal)) => vec![("literal", literal)],
        None => name
            .map(|n| ("literal", n.to_string()))
            .into_iter()
            .collect(),
    }
}

/// An element holding only text-only children (`name`, `note`), empty when there are none.
fn element(w: &mut XmlWriter, tag: &str, attrs: &Attrs, children: &[(&str, Attrs, String)]) {
    if children.is_empty() {
        w.empty(tag, &refs(attrs));
        return;
    }
    w.open(tag, &refs(attrs));
    for (child, child_attrs, text) in children {
        w.leaf(child, &refs(child_attrs), text);
    }
    w.close(tag);
}

fn refs(attrs: &Attrs) -> Vec<(&str, &str)> {
    attrs
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect()
}

/// The article's language when it is a well-formed tag.
pub(super) fn language(article: &Article) -> Option<&str> {
    article.language.as_deref().and_then(well_formed_tag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Format;
    use crate::formats::write as write_any;

    fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
        write_any(articles, Format::NewsmlG2)
    }
    use crate::model::{Agency, Block, Inline, PubStatus, Rights, Timestamp};

    fn time(text: &str) -> Option<Timestamp> {
        Timestamp::parse(text)
    }

    fn g2(articles: &[Article]) -> String {
        String::from_utf8(write(articles).unwrap()).unwrap()
    }

    /// Headings at the head of the body that print the headline again are not written: the G2
    /// reader takes such a heading for a release's printed head, so written, the article would
    /// not read back the same. A heading of other words, or one further down, stays.
    #[test]
    fn headings_printing_the_headline_again_are_not_written() {
        let article = Article {
            headline: Some("Rates  held".into()),
            body: vec![
                Block::Heading {
                    level: 1,
                    content: vec![Inline::Text("Rates held".into())],
                },
                Block::Heading {
                    level: 2,
                    content: vec![Inline::Text(" Rates held ".into())],
                },
                Block::paragraph("The bank kept its rates."),
                Block::Heading {
                    level: 2,
                    content: vec![Inline::Text("Rates held".into())],
                },
            ],
            ..Article::default()
        };
        let out = g2(std::slice::from_ref(&article));
        assert!(
            !out.contains("<h1>") && out.matches("<h2>").count() == 1,
            "{out}"
        );
        assert!(
            out.contains("<p>The bank kept its rates.</p>\n          <h2>Rates held</h2>"),
            "{out}"
        );
        let back = crate::formats::read(out.as_bytes(), Format::NewsmlG2).unwrap();
        assert_eq!(back.first().map(|a| a.body.len()), Some(2));
        let again = g2(&back);
        assert_eq!(again, out);
    }

    /// An agency story using most fields, with characters XML must escape.
    fn story() -> Article {
        Article {
            id: Some("urn:newsml:example.com:1".into()),
            version: Some(2),
            language: Some("en".into()),
            title: Some("ECB".into()),
            headline: Some("Rates held <again> & \"steady\"".into()),
            subheadline: Some("Cuts later".into()),
            slugline: Some("EU-ECONOMY\n-RATES".into()),
            keywords: vec!["ECB".into(), "  ".into()],
            subjects: vec![
                Concept::coded("medtop", "20000350"),
                Concept::coded("http://cv.iptc.org/newscodes/mediatopic/", "20000379"),
                Concept::named("economy"),
            ],
            genres: vec![Concept::coded("genre", "Current")],
            byline: Some("By Jane Reporter".into()),
            authors: vec![Author {
                role: Some("editor".into()),
                job_title: Some("Economics editor".into()),
                ..Author::named("Jane\tReporter")
            }],
            dateline: Some(Dateline {
                text: "FRANKFURT, Jan 15 (Reuters) -".into(),
                city: Some("FRANKFURT".into()),
                region: Some("Germany".into()),
                agencies: vec![Agency::new("Reuters")],
                ..Dateline::default()
            }),
            credit: Some("Reuters".into()),
            provider: Some(Party {
                id: Some("nprov:REUTERS".into()),
                name: Some("Reuters".into()),
            }),
            sources: vec![Party::named("dpa")],
            rights: Rights {
                holder: Some(Party::named("Reuters")),
                notice: Some("© 2024 Reuters".into()),
                usage_terms: None,
                further_notices: vec!["Copyright 2024 Reuters. All rights reserved.".into()],
                further_usage_terms: vec!["No archiving.".into()],
            },
            urgency: Some(3),
            pub_status: PubStatus::Withheld,
            embargo: time("2024-01-15T15:00:00Z"),
            created: time("2024-01-15T13:50:00Z"),
            modified: time("2024-01-15T14:05:00+01:00"),
            editorial_notes: vec!["Not for web.".into()],
            description: Some("The bank held rates.".into()),
            body: vec![
                Block::paragraph("The bank held rates."),
                Block::Paragraph {
                    content: vec![Inline::Emphasis(vec![Inline::text("Really.")])],
                },
            ],
            links: vec![Link {
                rel: Some("alternate".into()),
                href: "https://example.com/a?b=1&c=2".into(),
                media_type: Some("text/html".into()),
                title: None,
                rendition: None,
            }],
            ..Article::default()
        }
    }

    #[test]
    fn writes_a_news_item_in_schema_order() {
        let expected = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:1" version="2" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"/>
  <catalog>
    <scheme alias="nwrole" uri="urn:newswire:role:"/>
    <scheme alias="ianarel" uri="http://www.iana.org/assignments/relation/"/>
  </catalog>
  <rightsInfo>
    <copyrightHolder literal="Reuters">
      <name>Reuters</name>
    </copyrightHolder>
    <copyrightNotice>© 2024 Reuters</copyrightNotice>
    <copyrightNotice>Copyright 2024 Reuters. All rights reserved.</copyrightNotice>
    <usageTerms>No archiving.</usageTerms>
  </rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:REUTERS">
      <name>Reuters</name>
    </provider>
    <versionCreated>2024-01-15T14:05:00+01:00</versionCreated>
    <firstCreated>2024-01-15T13:50:00Z</firstCreated>
    <embargoed>2024-01-15T15:00:00Z</embargoed>
    <pubStatus qcode="stat:withheld"/>
    <title>ECB</title>
    <edNote>Not for web.</edNote>
    <link rel="ianarel:alternate" href="https://example.com/a?b=1&amp;c=2" contenttype="text/html"/>
  </itemMeta>
  <contentMeta>
    <urgency>3</urgency>
    <located type="cpnat:geoArea">
      <name>FRANKFURT</name>
      <broader type="cpnat:geoArea">
        <name>Germany</name>
      </broader>
    </located>
    <infoSource literal="dpa" role="cpprole:originfo">
      <name>dpa</name>
    </infoSource>
    <creator literal="Jane Reporter" role="cpprole:editor">
      <name>Jane Reporter</name>
      <note role="nwrole:jobtitle">Economics editor</note>
    </creator>
    <language tag="en"/>
    <genre qcode="genre:Current"/>
    <keyword>ECB</keyword>
    <subject qcode="medtop:20000350"/>
    <subject uri="http://cv.iptc.org/newscodes/mediatopic/20000379"/>
    <subject literal="economy">
      <name>economy</name>
    </subject>
    <slugline>EU-ECONOMY -RATES</slugline>
    <headline>Rates held &lt;again&gt; &amp; "steady"</headline>
    <headline role="nwrole:subheadline">Cuts later</headline>
    <dateline>FRANKFURT, Jan 15 (Reuters) -</dateline>
    <by>By Jane Reporter</by>
    <creditline>Reuters</creditline>
    <description role="drol:summary">The bank held rates.</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml" wordcount="5">
      <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
        <head>
          <title>Rates held &lt;again&gt; &amp; "steady"</title>
        </head>
        <body>
          <p>FRANKFURT, Jan 15 (Reuters) - The bank held rates.</p>
          <p><em>Really.</em></p>
        </body>
      </html>
    </inlineXML>
  </contentSet>
</newsItem>
"#;
        assert_eq!(g2(&[story()]), expected);
    }

    #[test]
    fn same_articles_give_the_same_bytes() {
        let articles = [story(), Article::default()];
        assert_eq!(write(&articles).unwrap(), write(&articles).unwrap());
        assert_eq!(write(&[story()]).unwrap(), write(&[story()]).unwrap());
    }

    #[test]
    fn several_articles_make_a_news_message() {
        let first = Article {
            headline: Some("One".into()),
            modified: time("2024-01-15T14:05:00+01:00"),
            priority: Some(4),
            ..Article::default()
        };
        let second = Article {
            headline: Some("Two".into()),
            modified: time("2024-01-15T13:30:00Z"),
            priority: Some(2),
            ..Article::default()
        };
        let out = g2(&[first, second]);
        assert!(
            out.starts_with(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n  <header>\n    <sent>2024-01-15T13:30:00Z</sent>\n    <priority>2</priority>\n  </header>\n  <itemSet>\n    <newsItem guid=\"urn:newswire:"
            ),
            "{out}"
        );
        assert_eq!(out.matches("<newsItem guid=").count(), 2);
        assert_eq!(
            out.matches("xmlns=").count(),
            1,
            "items inherit the namespace"
        );
        assert!(out.contains("        <headline>One</headline>\n"));
        assert!(out.ends_with("    </newsItem>\n  </itemSet>\n</newsMessage>\n"));
    }

    #[test]
    fn required_fields_have_deterministic_fallbacks() {
        let out = g2(&[Article::default()]);
        assert!(out.contains("<provider literal=\"unknown\"/>"), "{out}");
        assert!(out.contains("<versionCreated>1970-01-01T00:00:00Z</versionCreated>"));
        assert!(out.contains(" version=\"1\" "));
        assert!(!out.contains("<catalog>") && !out.contains("<contentMeta>"));
        assert!(!out.contains("<contentSet>"), "no body, no content");
        let two = g2(&[Article::default(), Article::default()]);
        assert!(two.contains("<sent>1970-01-01T00:00:00Z</sent>"));
        assert!(matches!(
            write(&[]),
            Err(Error::NoArticles(Format::NewsmlG2))
        ));
    }

    #[test]
    fn a_modified_time_xml_schema_cannot_hold_gives_way_to_a_time_it_can() {
        // Year -1: before, versionCreated got the 1970 placeholder, which the reader took for
        // the modification time, the article having a creation time.
        let a = Article {
            modified: Some(Timestamp::without_offset(
                chrono::NaiveDate::from_ymd_opt(-1, 1, 1)
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .unwrap(),
            )),
            created: time("1990-01-01T00:00:00"),
            ..Article::default()
        };
        let out = g2(&[a.clone(), a]);
        assert!(
            out.contains("<versionCreated>1990-01-01T00:00:00</versionCreated>"),
            "{out}"
        );
        assert!(out.contains("<sent>1990-01-01T00:00:00</sent>"), "{out}");
        assert!(!out.contains("1970"), "{out}");
    }

    #[test]
    fn provider_falls_back_to_source_then_dateline_agency() {
        let mut article = Article {
            dateline: Some(Dateline {
                agencies: vec![Agency::new("ITALPRESS"), Agency::new("MNA")],
                ..Dateline::new("TRIPOLI (ITALPRESS/MNA) –")
            }),
            ..Article::default()
        };
        assert_eq!(provider(&article), Party::named("ITALPRESS"));
        article.sources = vec![Party::default(), Party::named("ANSA")];
        assert_eq!(provider(&article), Party::named("ANSA"));
        let out = g2(&[article]);
        assert!(
            out.contains("<provider literal=\"ANSA\">\n      <name>ANSA</name>\n    </provider>")
        );
    }

    #[test]
    fn a_role_of_several_words_is_one_code_and_declared_kept_in_part() {
        // A QCode's code holds no whitespace: `chief sub` is written `nwrole:chief-sub` and
        // reads back as `chief-sub`, which the fidelity table must say (it said authors were
        // kept whole, so a conversion reported nothing).
        let article = Article {
            authors: vec![Author {
                role: Some("chief sub".into()),
                ..Author::named("A")
            }],
            ..Article::default()
        };
        assert!(g2(std::slice::from_ref(&article)).contains("role=\"nwrole:chief-sub\""));
        let lost = crate::formats::fidelity::losses(&article, Format::NewsmlG2);
        assert!(
            lost.iter()
                .any(|l| l.field == crate::formats::fidelity::Field::Authors),
            "{lost:?}"
        );
        let one_word = Article {
            authors: vec![Author {
                role: Some("editor".into()),
                ..Author::named("A")
            }],
            ..Article::default()
        };
        assert!(crate::formats::fidelity::losses(&one_word, Format::NewsmlG2).is_empty());
    }

    #[test]
    fn one_line_values_lose_line_breaks_and_invalid_values_are_left_out() {
        let article = Article {
            keywords: vec!["a\r\nb\tc".into()],
            credit: Some("AP\nPhoto".into()),
            urgency: Some(0),
            language: Some("not a tag".into()),
            version: Some(0),
            authors: vec![Author {
                id: Some("staff:x".into()),
                ..Author::named("  ")
            }],
            ..Article::default()
        };
        let out = g2(&[article]);
        assert!(out.contains("<keyword>a b c</keyword>"), "{out}");
        assert!(out.contains("<creditline>AP Photo</creditline>"));
        assert!(out.contains("<creator qcode=\"staff:x\"/>"));
        assert!(!out.contains("urgency") && !out.contains("xml:lang") && !out.contains("language"));
        assert!(out.contains(" version=\"1\" "));
    }

    #[test]
    fn publication_time_goes_to_pub_history() {
        let article = Article {
            published: time("2024-01-15T14:00:00"),
            ..Article::default()
        };
        let out = g2(&[article]);
        assert!(out.contains(
            "  <pubHistory>\n    <published>\n      <timestamp>2024-01-15T14:00:00</timestamp>\n    </published>\n  </pubHistory>\n  <itemMeta>"
        ), "{out}");
        assert!(out.contains("<versionCreated>2024-01-15T14:00:00</versionCreated>"));
    }
}
