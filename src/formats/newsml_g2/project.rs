//! [`project`]: what an article becomes after the G2 writer and this reader, computed from the
//! article without writing, by composing the writer's own rules (what it writes for each value,
//! which values it leaves out, what it fills in) with the reader's decoders and text rules.

use super::codes;
use super::read::decode::{self, AuthorParts, Flex};
use super::values::{collapse, line, mixed_line, nonblank, paragraphs, prose, text, writable};
use super::write::{self, JobTitle};
use crate::formats::printed;
use crate::iri::encode_iri;
use crate::model::{
    Article, Author, Concept, Dateline, Link, Party, Rendition, Rights, RoledText, Timestamp,
    derived_id,
};
use crate::xml::xhtml_form;

/// What `article` becomes after a write and a read in NewsML-G2 (see
/// [`fidelity::project`](crate::formats::fidelity::project)):
///
/// * dropped: the priority (a single article is a `newsItem`, which has none), the dateline's
///   date, agencies and service codes (the agencies and date are read again from the dateline
///   text), extensions and warnings;
/// * filled: the id ([`derived_id`]), the version (1), the provider (the writer's fallback: the
///   first source, else the dateline's first agency), `modified` (the version time: modified,
///   else published, else created), the dateline's agencies and date as its text prints them;
///   the writer's placeholders (provider `unknown`, the epoch) read back as nothing;
/// * normalized: text as the reader reads it (one line, or paragraphs for prose), values in the
///   form the writer gives them (one-line names and codes, QCodes and URIs, `xs:dateTime`-safe
///   times, the well-formed language tag), role and relation words through their codes, and the
///   body in canonical form within what XHTML 1.0 Strict holds (heading levels 1 to 6, no link in
///   a link, no empty list, no unsafe link), the dateline printed at its head and taken out again
///   (as is a first paragraph `By <byline>`).
pub fn project(article: &Article) -> Article {
    let mut projected = Article {
        id: attr_value(&derived_id(article)),
        version: Some(article.version.filter(|v| *v >= 1).unwrap_or(1)),
        kind: article.kind,
        language: write::language(article).map(str::to_string),
        title: one_line(mixed_line(article.title.as_deref())),
        headline: None,
        subheadline: None,
        slugline: one_line(article.slugline.as_deref().and_then(line)),
        keywords: article
            .keywords
            .iter()
            .filter_map(|k| one_line(line(k)))
            .collect(),
        subjects: subjects(&article.subjects),
        genres: article.genres.iter().filter_map(concept).collect(),
        services: article.services.iter().filter_map(service).collect(),
        sections: article.sections.iter().filter_map(concept).collect(),
        byline: one_line(mixed_line(article.byline.as_deref())),
        authors: article
            .authors
            .iter()
            .filter(|a| write::is_written(a))
            .filter_map(author)
            .collect(),
        dateline: dateline(article.dateline.as_ref()),
        credit: one_line(article.credit.as_deref().and_then(line)),
        provider: party(&write::provider(article)),
        sources: article
            .sources
            .iter()
            .filter(|p| write::is_present(p))
            .filter_map(party)
            .collect(),
        rights: Rights {
            holder: article
                .rights
                .holder
                .as_ref()
                .filter(|p| write::is_present(p))
                .and_then(party),
            ..rights(&article.rights)
        },
        priority: None,
        urgency: article.urgency.filter(|u| (1..=9).contains(u)),
        pub_status: article.pub_status,
        embargo: article.embargo.and_then(|t| t.xsd_compatible()),
        created: article.created.and_then(|t| t.xsd_compatible()),
        // versionCreated: the first of the modified, published and created times that
        // xs:dateTime holds, else the 1970 placeholder.
        modified: Some(
            [article.modified, article.published, article.created]
                .into_iter()
                .flatten()
                .find_map(|t| t.xsd_compatible())
                .unwrap_or(Timestamp::UNIX_EPOCH),
        ),
        published: article.published.and_then(|t| t.xsd_compatible()),
        editorial_notes: article.editorial_notes.iter().filter_map(note).collect(),
        description: None,
        word_count: {
            let view = printed::body_view(article);
            (!view.body.is_empty())
                .then(|| u32::try_from(printed::declared_or_counted_words(article, &view)).ok())
                .flatten()
        },
        body: xhtml_form(&printed::body_view(article).printed_body()).into_owned(),
        // The item's links, then its renditions (`remoteContent`, read after `itemMeta`).
        links: article
            .links
            .iter()
            .filter(|l| !write::is_remote_content(article, l))
            .filter_map(link)
            .chain(
                article
                    .links
                    .iter()
                    .filter(|l| write::is_remote_content(article, l))
                    .filter_map(remote_content),
            )
            .collect(),
        ..Article::default()
    };
    // The headlines and descriptions as written, then chosen and decoded as the reader does;
    // the text as read.
    let role_read = |role: Option<(&'static str, String)>| match role {
        Some(("role", value)) => Some(("role", collapse(&writable(&value))?)),
        Some((attr, value)) => Some((attr, attr_token(&value)?)),
        None => None,
    };
    let written: Vec<_> = write::headlines(article)
        .into_iter()
        .filter_map(|(role, text)| Some((role_read(role), one_line(Some(text))?)))
        .collect();
    (
        projected.headline,
        projected.subheadline,
        projected.headlines,
    ) = super::read::split_headlines(&written);
    let written: Vec<_> = write::descriptions(article)
        .into_iter()
        .filter_map(|(role, text)| Some((role_read(role), read_prose(Some(text))?)))
        .collect();
    (projected.description, projected.descriptions) =
        super::read::split_descriptions(&written, projected.kind);
    super::read::finish(&mut projected);
    projected
}

/// An attribute value as read back: what XML keeps, trimmed, when not blank.
fn attr_value(value: &str) -> Option<String> {
    let kept = writable(value);
    let trimmed = kept.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// The first token of an attribute value, as the reader takes it from a QCode list.
fn attr_token(value: &str) -> Option<String> {
    attr_value(value)?
        .split([' ', '\t', '\n', '\r'])
        .find(|t| !t.is_empty())
        .map(str::to_string)
}

/// Element text as written, read on one line.
fn one_line(written: Option<String>) -> Option<String> {
    written.and_then(|w| collapse(&writable(&w)))
}

/// Element text as written, read as paragraphs.
/// The notices and usage terms as the reader reads them back: every one the writer writes, the
/// first as the notice (the terms), the others as the further ones.
fn rights(rights: &Rights) -> Rights {
    let read = |texts: Vec<&str>| -> (Option<String>, Vec<String>) {
        let mut read = texts.into_iter().filter_map(|t| read_prose(prose(Some(t))));
        (read.next(), read.collect())
    };
    let (notice, further_notices) = read(write::notices(rights).collect());
    let (usage_terms, further_usage_terms) = read(write::usage_terms(rights).collect());
    Rights {
        holder: None,
        notice,
        usage_terms,
        further_notices,
        further_usage_terms,
    }
}

fn read_prose(written: Option<String>) -> Option<String> {
    written.and_then(|w| paragraphs(&writable(&w)))
}

/// The reader's [`Flex`] for the attributes and name the writer gives a party or an author.
fn flex(attrs: &[(&'static str, String)], name: Option<&str>) -> Flex {
    let get = |wanted: &str| {
        attrs
            .iter()
            .find(|(attr, _)| *attr == wanted)
            .and_then(|(_, value)| attr_value(value))
    };
    Flex {
        qcode: get("qcode"),
        uri: get("uri"),
        literal: get("literal"),
        name: name.and_then(|n| collapse(&writable(n))),
    }
}

/// A note as read back, its role through the writer's code.
fn note(note: &RoledText) -> Option<RoledText> {
    let text = read_prose(prose(Some(&note.text)))?;
    let role = note
        .role
        .as_deref()
        .and_then(codes::note_role_attr)
        .and_then(|(attr, value)| {
            let value = match attr {
                "role" => collapse(&writable(&value))?,
                _ => attr_token(&value)?,
            };
            Some(decode::note_role_word(attr, &value))
        });
    Some(RoledText { text, role })
}

fn party(party: &Party) -> Option<Party> {
    let name = party.name.as_deref().and_then(line);
    let attrs = write::flex_attrs(party.id.as_deref(), name.as_deref());
    decode::party(&flex(&attrs, name.as_deref()))
}

fn author(author: &Author) -> Option<Author> {
    let name = write::author_name(author);
    let attrs = write::flex_attrs(author.id.as_deref(), name.as_deref());
    let role = author
        .role
        .as_deref()
        .and_then(codes::role_attr)
        .and_then(|(attr, value)| Some((attr, attr_token(&value)?)));
    let job_title = match write::job_title(author) {
        Some(JobTitle::Attr((_, value))) => attr_token(&value),
        Some(JobTitle::Note(text)) => one_line(Some(text)),
        None => None,
    };
    let parts = AuthorParts {
        flex: flex(&attrs, name.as_deref()),
        role,
        job_title,
    };
    decode::author(&parts, author.kind)
}

/// The subjects, each with the point of the first `assert` written for its identifier.
fn subjects(subjects: &[Concept]) -> Vec<Concept> {
    let asserts = write::place_asserts_of(subjects);
    subjects
        .iter()
        .filter_map(|s| {
            let projected = concept(s)?;
            let (id, _) = write::concept_parts(s)?;
            let geo = asserts.iter().find(|(a, ..)| *a == id).map(|(.., p)| *p);
            // Related concepts with their kinds, without relations of their own.
            let related = |concepts: &[Concept]| -> Vec<Concept> {
                concepts
                    .iter()
                    .filter_map(|c| {
                        Some(Concept {
                            kind: c.kind,
                            ..concept(c)?
                        })
                    })
                    .collect()
            };
            Some(Concept {
                kind: s.kind,
                geo,
                same_as: related(&s.same_as),
                broader: related(&s.broader),
                role: None,
                ..projected
            })
        })
        .collect()
}

fn concept(concept: &Concept) -> Option<Concept> {
    let ((attr, value), name) = write::concept_parts(concept)?;
    decode::concept(&flex(&[(attr, value)], name.as_deref()))
}

fn service(service: &Concept) -> Option<Concept> {
    let ((attr, value), name) = write::service_parts(service)?;
    decode::concept(&flex(&[(attr, value)], name.as_deref()))
}

fn dateline(dateline: Option<&Dateline>) -> Option<Dateline> {
    let dateline = dateline?;
    let text = one_line(mixed_line(Some(dateline.text.as_str())));
    let places: Vec<String> = [&dateline.city, &dateline.region]
        .into_iter()
        .filter_map(|name| one_line(name.as_deref().and_then(line)))
        .collect();
    super::read::dateline(text, &places, dateline.geo)
}

/// A rendition as the reader reads its `remoteContent` back.
fn remote_content(link: &Link) -> Option<Link> {
    let attrs = write::remote_content_facts(link);
    let value = |name: &str| attrs.iter().find(|(a, _)| *a == name).map(|(_, v)| v);
    let number = |name: &str| value(name).and_then(|v| v.parse::<u64>().ok());
    let name = match (value("rendition"), value("renditionuri")) {
        (Some(code), _) => attr_token(code).map(|code| decode::note_role_word("role", &code)),
        (None, Some(uri)) => attr_token(uri),
        (None, None) => None,
    };
    let duration_ms = match value("durationunit") {
        Some(_) => number("duration"),
        None => number("duration").map(|s| s * 1000),
    };
    let rendition = Rendition {
        name,
        width: number("width").and_then(|w| u32::try_from(w).ok()),
        height: number("height").and_then(|h| u32::try_from(h).ok()),
        size: number("size"),
        duration_ms,
    };
    Some(Link {
        rel: Some("enclosure".to_string()),
        href: attr_value(&encode_iri(&link.href))?,
        media_type: text(link.media_type.as_deref()).and_then(attr_value),
        title: None,
        rendition: (!rendition.is_empty()).then_some(rendition),
    })
}

fn link(link: &Link) -> Option<Link> {
    if !nonblank(&link.href) {
        return None;
    }
    let rel = match codes::link_rel(link.rel.as_deref()) {
        ("rel", value) => decode::link_relation(attr_value(&value).as_deref(), None),
        (_, value) => decode::link_relation(None, attr_value(&value).as_deref()),
    };
    Some(Link {
        rel,
        href: attr_value(&encode_iri(&link.href))?,
        media_type: text(link.media_type.as_deref()).and_then(attr_value),
        title: one_line(mixed_line(link.title.as_deref())),
        rendition: None,
    })
}
