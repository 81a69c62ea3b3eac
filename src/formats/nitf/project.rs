//! [`project`]: what an article becomes after the NITF writer and reader, computed from the
//! article by composing the rules of [`values`](super::values) that both use.

use super::values::{self, one_line, prose, token};
use super::write::{authors, is_media, language, party_name};
use crate::model::{Article, Concept, ItemKind, Link, Party, Rights, RoledText};
use crate::xml::xhtml_form;

/// What `article` becomes after a write and a read in NITF (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// * dropped: the kind (NITF is text), extensions and warnings; subjects without a code NITF can
///   hold (`NMTOKEN`); links other than enclosures; a dateline's city or region its text does not
///   print apart from other text, its date unless whole or printed, its agencies unless printed;
/// * reduced: genres to their name (else code), sources and the copyright holder to one name,
///   authors to creators (a contributor comes back as a creator, an author repeated once);
/// * normalized: text as the reader reads it (one line, or paragraphs for prose), times as
///   `norm` holds them (`xs:dateTime`-safe), an IPTC Subject Code scheme as `subj`, the body in
///   the form the shared markup writer gives it, with the dateline printed at its head and taken
///   out again;
/// * derived: an embargo equal to the publication time with a status other than usable is no
///   embargo; a single creation or modification time comes back as written (the revision's
///   `function` says which).
pub fn project(article: &Article) -> Article {
    let issue = article.published.and_then(|t| t.xsd_compatible());
    let release = article.embargo.and_then(|t| t.xsd_compatible());
    let embargoed = values::management_status(article.pub_status, release.is_some())
        .is_some_and(|status| status == "embargoed");
    let revisions: Vec<_> = values::revisions(article.created, article.modified)
        .into_iter()
        .filter_map(|(norm, function)| {
            Some((values::parse_norm(&norm)?, Some(function.to_string())))
        })
        .collect();
    let (created, modified) = values::created_modified(&revisions);
    let provider = article.provider.as_ref().and_then(|p| {
        let party = Party {
            id: p.id.as_deref().and_then(token),
            name: p.name.as_deref().and_then(one_line),
        };
        (party.id.is_some() || party.name.is_some()).then_some(party)
    });
    let mut projected = Article {
        id: article.id.as_deref().and_then(token),
        version: article.version.filter(|v| *v >= 1),
        kind: ItemKind::Text,
        language: language(article).map(str::to_string),
        title: article.title.as_deref().and_then(one_line),
        headline: article.headline.as_deref().and_then(one_line),
        subheadline: article.subheadline.as_deref().and_then(one_line),
        slugline: article.slugline.as_deref().and_then(one_line),
        keywords: article
            .keywords
            .iter()
            .filter_map(|k| one_line(k))
            .collect(),
        // Topics in `tobject`, then the entities in `docdata/identified-content`.
        subjects: article
            .subjects
            .iter()
            .filter(|s| s.kind.is_none())
            .filter_map(subject)
            .chain(article.subjects.iter().filter_map(entity))
            .collect(),
        genres: article
            .genres
            .iter()
            .filter_map(values::name_or_code)
            .map(Concept::named)
            .collect(),
        sections: article
            .sections
            .iter()
            .filter_map(values::name_or_code)
            .map(Concept::named)
            .collect(),
        byline: article.byline.as_deref().and_then(one_line),
        authors: authors(article),
        dateline: dateline(article),
        credit: article.credit.as_deref().and_then(one_line),
        provider,
        sources: article
            .sources
            .iter()
            .filter_map(party_name)
            .map(Party::named)
            .collect(),
        rights: Rights {
            holder: article
                .rights
                .holder
                .as_ref()
                .and_then(party_name)
                .map(Party::named),
            notice: article.rights.notice.as_deref().and_then(prose),
            usage_terms: article.rights.usage_terms.as_deref().and_then(prose),
            ..Rights::default()
        },
        priority: article.priority.filter(|p| (1..=9).contains(p)),
        urgency: article.urgency.filter(|u| (1..=9).contains(u)),
        pub_status: article.pub_status,
        embargo: values::embargo(embargoed, release, issue),
        created,
        modified,
        published: issue,
        editorial_notes: article
            .editorial_notes
            .iter()
            .filter_map(|n| {
                let role = n.role.as_deref().and_then(one_line);
                prose(&n.text).map(|text| RoledText { text, role })
            })
            .collect(),
        description: article.description.as_deref().and_then(prose),
        word_count: article.word_count,
        body: xhtml_form(&crate::formats::printed::body_view(article).printed_body()).into_owned(),
        links: article.links.iter().filter_map(link).collect(),
        ..Article::default()
    };
    super::read::finish(&mut projected);
    projected
}

fn subject(concept: &Concept) -> Option<Concept> {
    let attrs = values::subject_attrs(concept)?;
    let get = |name: &str| {
        attrs
            .iter()
            .find(|(attr, _)| *attr == name)
            .map(|(_, value)| value.as_str())
    };
    let name = [
        "tobject.subject.detail",
        "tobject.subject.matter",
        "tobject.subject.type",
    ]
    .iter()
    .find_map(|attr| get(attr).and_then(one_line));
    values::subject_concept(
        get("tobject.subject.ipr"),
        get("tobject.subject.refnum")?,
        name,
    )
}

fn entity(concept: &Concept) -> Option<Concept> {
    let (element, attrs, name) = values::entity_element(concept)?;
    let attr = |wanted: &str| {
        attrs
            .iter()
            .find(|(attr, _)| *attr == wanted)
            .map(|(_, value)| value.clone())
    };
    values::entity_concept(element, attr, name)
}

fn dateline(article: &Article) -> Option<crate::model::Dateline> {
    let dateline = article.dateline.as_ref()?;
    let text = one_line(&dateline.text).unwrap_or_default();
    let city = dateline.city.as_deref().and_then(one_line);
    let region = dateline.region.as_deref().and_then(one_line);
    let layout = values::written_layout(&text, city.as_deref(), region.as_deref());
    let date = dateline.date.filter(|d| values::date_norm(*d).is_some());
    values::dateline(text, layout.city, layout.region, date)
}

fn link(link: &Link) -> Option<Link> {
    if !is_media(link) {
        return None;
    }
    Some(Link {
        rel: Some("enclosure".to_string()),
        href: token(&link.href)?,
        media_type: link.media_type.as_deref().and_then(token),
        title: link.title.as_deref().and_then(one_line),
        rendition: None,
    })
}
