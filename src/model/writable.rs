//! Every string of an article in the form every writer writes it ([`crate::writable`]): the one
//! place that knows all of the model's strings. The structs are taken apart field by field, so a
//! field added to the model without a line here does not compile.

use serde_json::Value;

use super::Warning;
use super::{
    Agency, Article, Association, Author, Block, Concept, Dateline, Figure, Inline, Link, Party,
    Rights, RoledText,
};
use crate::writable::{has_unwritable, make_writable as text};

impl Article {
    /// Drops from every string of the article the characters no output carries (C0 controls
    /// but tab, line feed and carriage return; U+FFFE, U+FFFF), so that what is checked is what
    /// will be written. Returns how many characters were dropped.
    pub(crate) fn make_writable(&mut self) -> usize {
        let Article {
            id,
            version: _,
            kind: _,
            language,
            title,
            headline,
            subheadline,
            headlines,
            slugline,
            keywords,
            subjects,
            genres,
            services,
            sections,
            byline,
            authors,
            dateline,
            credit,
            provider,
            sources,
            rights,
            priority: _,
            urgency: _,
            pub_status: _,
            embargo: _,
            created: _,
            modified: _,
            published: _,
            editorial_notes,
            description,
            descriptions,
            body,
            word_count: _,
            links,
            associations,
            extensions,
            warnings,
        } = self;
        let mut dropped = 0;
        for value in [
            id,
            language,
            title,
            headline,
            subheadline,
            slugline,
            byline,
            credit,
        ] {
            dropped += optional(value);
        }
        dropped += optional(description);
        dropped += keywords.iter_mut().map(text).sum::<usize>();
        dropped += editorial_notes
            .iter_mut()
            .chain(descriptions)
            .chain(headlines)
            .map(roled)
            .sum::<usize>();
        dropped += subjects
            .iter_mut()
            .chain(genres)
            .chain(services)
            .chain(sections)
            .map(concept)
            .sum::<usize>();
        dropped += authors.iter_mut().map(author).sum::<usize>();
        dropped += dateline.as_mut().map_or(0, dateline_strings);
        dropped += provider.iter_mut().chain(sources).map(party).sum::<usize>();
        dropped += rights_strings(rights);
        dropped += blocks(body);
        dropped += links.iter_mut().map(link).sum::<usize>();
        dropped += associations.iter_mut().map(association).sum::<usize>();
        // Extensions and warnings are written by the json writer only, which drops the same
        // characters: cleaned too, so that the article reads back as it is.
        dropped += extensions.values_mut().map(json).sum::<usize>();
        if extensions.keys().any(|key| has_unwritable(key)) {
            for (mut key, value) in std::mem::take(extensions) {
                dropped += text(&mut key);
                extensions.insert(key, value);
            }
        }
        dropped += warnings.iter_mut().map(warning).sum::<usize>();
        dropped
    }
}

fn optional(value: &mut Option<String>) -> usize {
    value.as_mut().map_or(0, text)
}

fn association(association: &mut Association) -> usize {
    let Association {
        role,
        kind: _,
        id,
        headline,
        caption,
        byline,
        credit,
        renditions,
    } = association;
    [role, id, headline, caption, byline, credit]
        .into_iter()
        .map(optional)
        .sum::<usize>()
        + renditions.iter_mut().map(link).sum::<usize>()
}

fn roled(roled: &mut RoledText) -> usize {
    let RoledText { text: body, role } = roled;
    text(body) + optional(role)
}

fn concept(value: &mut Concept) -> usize {
    let Concept {
        scheme,
        code,
        name,
        kind: _,
        geo: _,
        same_as,
        broader,
        role,
    } = value;
    optional(scheme)
        + optional(code)
        + optional(name)
        + optional(role)
        + same_as
            .iter_mut()
            .chain(broader)
            .map(concept)
            .sum::<usize>()
}

fn author(author: &mut Author) -> usize {
    let Author {
        name,
        id,
        kind: _,
        role,
        job_title,
    } = author;
    text(name) + optional(id) + optional(role) + optional(job_title)
}

fn party(party: &mut Party) -> usize {
    let Party { id, name } = party;
    optional(id) + optional(name)
}

fn dateline_strings(dateline: &mut Dateline) -> usize {
    let Dateline {
        text: printed,
        city,
        region,
        date: _,
        agencies,
        geo: _,
    } = dateline;
    let agencies: usize = agencies
        .iter_mut()
        .map(|Agency { name, service }| text(name) + optional(service))
        .sum();
    text(printed) + optional(city) + optional(region) + agencies
}

fn rights_strings(rights: &mut Rights) -> usize {
    let Rights {
        holder,
        notice,
        usage_terms,
        further_notices,
        further_usage_terms,
    } = rights;
    holder.as_mut().map_or(0, party)
        + optional(notice)
        + optional(usage_terms)
        + further_notices
            .iter_mut()
            .chain(further_usage_terms)
            .map(text)
            .sum::<usize>()
}

fn link(link: &mut Link) -> usize {
    let Link {
        rel,
        href,
        media_type,
        title,
        rendition,
    } = link;
    let name = rendition.as_mut().map_or(0, |r| optional(&mut r.name));
    optional(rel) + text(href) + optional(media_type) + optional(title) + name
}

fn blocks(blocks: &mut [Block]) -> usize {
    let mut dropped = 0;
    for block in blocks {
        dropped += match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => inlines(content),
            Block::Blockquote { blocks: inner } => self::blocks(inner),
            Block::Aside {
                kind,
                blocks: inner,
            } => text(kind) + self::blocks(inner),
            Block::List { items, .. } => items.iter_mut().map(|item| self::blocks(item)).sum(),
            Block::Preformatted { text: preformatted } => text(preformatted),
            Block::Table { caption, rows } => crate::model::table_inlines_mut(caption, rows)
                .map(|content| inlines(content))
                .sum(),
            Block::Figure(figure) => self::figure(figure),
        };
    }
    dropped
}

fn figure(figure: &mut Figure) -> usize {
    let Figure {
        href,
        media_type,
        alt,
        caption,
        credit,
    } = figure;
    text(href) + optional(media_type) + optional(alt) + inlines(caption) + optional(credit)
}

fn inlines(inlines: &mut [Inline]) -> usize {
    let mut dropped = 0;
    for inline in inlines {
        dropped += match inline {
            Inline::Text(run) => text(run),
            Inline::Emphasis(inner)
            | Inline::Strong(inner)
            | Inline::Superscript(inner)
            | Inline::Subscript(inner) => self::inlines(inner),
            Inline::Link {
                href,
                title,
                content,
            } => text(href) + optional(title) + self::inlines(content),
            Inline::LineBreak => 0,
        };
    }
    dropped
}

fn json(value: &mut Value) -> usize {
    match value {
        Value::String(string) => text(string),
        Value::Array(items) => items.iter_mut().map(json).sum(),
        Value::Object(map) => {
            // Keys too; a map is rebuilt only when one of them has to change.
            let mut dropped: usize = map.values_mut().map(json).sum();
            if map.keys().any(|key| has_unwritable(key)) {
                let old = std::mem::take(map);
                for (mut key, value) in old {
                    dropped += text(&mut key);
                    map.insert(key, value);
                }
            }
            dropped
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => 0,
    }
}

fn warning(warning: &mut Warning) -> usize {
    let Warning {
        field,
        message,
        raw,
    } = warning;
    optional(field) + text(message) + optional(raw)
}

#[cfg(test)]
mod tests {
    use super::super::{Concept, Link, Rendition, RoledText};
    use super::*;

    /// Each string counts the characters dropped from it, once: the count is the warning's.
    #[test]
    fn every_string_counts_what_it_drops() {
        let bad = |text: &str| format!("{text}\u{1}");
        let roled = || RoledText::with_role(bad("text"), bad("role"));
        let mut article = Article {
            description: Some(bad("summary")),
            editorial_notes: vec![roled(), RoledText::from(bad("note").as_str())],
            descriptions: vec![roled()],
            headlines: vec![roled()],
            services: vec![Concept::named(bad("service"))],
            sections: vec![Concept::coded(bad("scheme"), bad("code"))],
            links: vec![Link {
                href: "https://x.example/a.jpg".into(),
                rendition: Some(Rendition {
                    name: Some(bad("thumbnail")),
                    ..Rendition::default()
                }),
                ..Link::default()
            }],
            associations: vec![Association {
                role: Some(bad("gallery")),
                caption: Some(bad("caption")),
                credit: Some(bad("credit")),
                renditions: vec![Link {
                    href: bad("https://x.example/b.jpg"),
                    ..Link::default()
                }],
                ..Association::default()
            }],
            ..Article::default()
        };
        article.rights.further_notices = vec![bad("notice")];
        article.rights.further_usage_terms = vec![bad("terms"), bad("more")];
        // 1 description, 2 + 1 notes, 2 descriptions, 2 headlines, 1 + 2 concepts, 1 rendition
        // name, 1 + 2 rights, 3 + 1 in the association.
        assert_eq!(article.make_writable(), 19);
        let json = serde_json::to_string(&article).unwrap_or_default();
        assert!(!json.contains("\\u0001"), "{json}");
        assert_eq!(article.make_writable(), 0);
    }
}
