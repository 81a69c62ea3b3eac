//! Where newswire's own JSON holds each model field: the serde form the model's documentation
//! and docs/model.md describe (`src/model/mod.rs`: snake_case names, absent and empty fields left
//! out, timestamps as RFC 3339 strings without an offset when none is known, body blocks tagged
//! by `"type"`; the editorial notes under IPTC's name `ednote`). The document is an array of
//! articles; pointers are relative to its one article, `/0`.
//!
//! | field | where |
//! |---|---|
//! | id, language, title, headline, subheadline, slugline, byline, credit, description | `/id`, `/language`, `/title`, ... (the string as it is) |
//! | version, priority, urgency, word count | `/version`, `/priority`, `/urgency`, `/word_count` (numbers) |
//! | kind, pub_status | `/kind` (`text`, `picture`, ...), `/pub_status` (`usable`, ...), always there |
//! | keywords, editorial notes | `/keywords`, `/ednote` (arrays of strings) |
//! | subjects, genres, services, sections | `/subjects`, `/genres`, `/services`, `/sections`: `{scheme, code, name, kind, geo, same_as, broader, role}` (`person`, `organisation`, `place`, `point_of_interest`, `event`, `object`; `geo`: `{latitude, longitude}` in degrees) |
//! | authors | `/authors`: `{name, id, kind, role, job_title}`, `kind` left out for a creator |
//! | dateline | `/dateline`: `{text, city, region, date: {year, month, day}, agencies: [{name, service}]}` |
//! | provider, sources | `/provider`, `/sources`: `{id, name}` |
//! | rights | `/rights`: `{holder: {id, name}, notice, usage_terms, further_notices, further_usage_terms}` (the further ones lists of strings) |
//! | embargo, created, modified, published | `/embargo`, `/created`, `/modified`, `/published`: RFC 3339, the wall time and offset as given (no offset when none) |
//! | body | `/body`: blocks `{type: paragraph|heading (level)|blockquote (blocks)|list (ordered, items)|preformatted (text)|table (caption unless empty, rows: part head/foot unless body, cells: header unless false, colspan/rowspan unless 1, content)}`, inline text as strings, marks `{type: emphasis|strong|superscript|subscript|link (href, title)|line_break, content}` |
//! | links | `/links`: `{rel, href, media_type, title, rendition}`; `rendition`: `{name, width, height, size, duration_ms}` (numbers) |
//! | associations | `/associations`: `{role, kind, id, headline, caption, byline, credit, renditions}`, the renditions links as above |
//! | extensions | `/extensions`: the values as they are |
//!
//! Every field is carried; no other key may appear.

use newswire::model::{
    Agency, Article, Association, Author, AuthorKind, Block, Concept, Dateline, EntityKind, Inline,
    ItemKind, Link, Party, PubStatus, RowPart, Timestamp,
};
use serde_json::{Map, Value, json};

use super::common::{Report, WallTime, wall_time, written_wall_time};

/// An object of the present values only.
fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
    let map: Map<String, Value> = fields
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_string(), v?)))
        .collect();
    Value::Object(map)
}

fn text(value: &Option<String>) -> Option<Value> {
    value.as_ref().map(|v| Value::from(v.as_str()))
}

fn list<T>(items: &[T], each: impl Fn(&T) -> Value) -> Option<Value> {
    (!items.is_empty()).then(|| Value::Array(items.iter().map(each).collect()))
}

fn concept(c: &Concept) -> Value {
    object(vec![
        ("scheme", text(&c.scheme)),
        ("code", text(&c.code)),
        ("name", text(&c.name)),
        ("kind", c.kind.map(|k| entity_kind(k).into())),
        (
            "geo",
            c.geo
                .map(|g| json!({"latitude": g.latitude(), "longitude": g.longitude()})),
        ),
        ("same_as", list(&c.same_as, concept)),
        ("broader", list(&c.broader, concept)),
        ("role", text(&c.role)),
    ])
}

/// The kind's name, restated: snake case of the variant.
fn entity_kind(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Place => "place",
        EntityKind::PointOfInterest => "point_of_interest",
        EntityKind::Event => "event",
        EntityKind::Object => "object",
    }
}

fn party(p: &Party) -> Value {
    object(vec![("id", text(&p.id)), ("name", text(&p.name))])
}

fn author(a: &Author) -> Value {
    let kind = match a.kind {
        AuthorKind::Creator => None,
        _ => Some(Value::from("contributor")),
    };
    object(vec![
        ("name", Some(a.name.as_str().into())),
        ("id", text(&a.id)),
        ("kind", kind),
        ("role", text(&a.role)),
        ("job_title", text(&a.job_title)),
    ])
}

fn agency(a: &Agency) -> Value {
    object(vec![
        ("name", Some(a.name.as_str().into())),
        ("service", text(&a.service)),
    ])
}

fn dateline(d: &Dateline) -> Value {
    let date = d.date.map(|date| {
        object(vec![
            ("year", date.year.map(Value::from)),
            ("month", date.month.map(Value::from)),
            ("day", date.day.map(Value::from)),
        ])
    });
    object(vec![
        ("text", Some(d.text.as_str().into())),
        ("city", text(&d.city)),
        ("region", text(&d.region)),
        ("date", date),
        ("agencies", list(&d.agencies, agency)),
        (
            "geo",
            d.geo
                .map(|g| json!({"latitude": g.latitude(), "longitude": g.longitude()})),
        ),
    ])
}

fn link(l: &Link) -> Value {
    object(vec![
        ("rel", text(&l.rel)),
        ("href", Some(l.href.as_str().into())),
        ("media_type", text(&l.media_type)),
        ("title", text(&l.title)),
        (
            "rendition",
            l.rendition.as_ref().map(|r| {
                object(vec![
                    ("name", text(&r.name)),
                    ("width", r.width.map(Value::from)),
                    ("height", r.height.map(Value::from)),
                    ("size", r.size.map(Value::from)),
                    ("duration_ms", r.duration_ms.map(Value::from)),
                ])
            }),
        ),
    ])
}

fn association(a: &Association) -> Value {
    let kind = a.kind.map(|kind| {
        Value::from(match kind {
            ItemKind::Text => "text",
            ItemKind::Picture => "picture",
            ItemKind::Graphic => "graphic",
            ItemKind::Video => "video",
            ItemKind::Audio => "audio",
            ItemKind::Composite => "composite",
            _ => "(a kind newer than this table)",
        })
    });
    object(vec![
        ("role", text(&a.role)),
        ("kind", kind),
        ("id", text(&a.id)),
        ("headline", text(&a.headline)),
        ("caption", text(&a.caption)),
        ("byline", text(&a.byline)),
        ("credit", text(&a.credit)),
        ("renditions", list(&a.renditions, link)),
    ])
}

fn inline(i: &Inline) -> Value {
    let marked =
        |kind: &str, content: &[Inline]| json!({"type": kind, "content": inlines(content)});
    match i {
        Inline::Text(text) => Value::from(text.as_str()),
        Inline::Emphasis(content) => marked("emphasis", content),
        Inline::Strong(content) => marked("strong", content),
        Inline::Superscript(content) => marked("superscript", content),
        Inline::Subscript(content) => marked("subscript", content),
        Inline::Link {
            href,
            title,
            content,
        } => object(vec![
            ("type", Some("link".into())),
            ("href", Some(href.as_str().into())),
            ("title", text(title)),
            ("content", Some(inlines(content))),
        ]),
        Inline::LineBreak => json!({"type": "line_break"}),
        _ => json!({"type": "(an inline newer than this table)"}),
    }
}

fn inlines(content: &[Inline]) -> Value {
    Value::Array(content.iter().map(inline).collect())
}

fn block(b: &Block) -> Value {
    match b {
        Block::Paragraph { content } => json!({"type": "paragraph", "content": inlines(content)}),
        Block::Heading { level, content } => {
            json!({"type": "heading", "level": level, "content": inlines(content)})
        }
        Block::Blockquote { blocks } => {
            json!({"type": "blockquote", "blocks": blocks.iter().map(block).collect::<Vec<_>>()})
        }
        // The kind is left out when empty.
        Block::Aside { kind, blocks } => {
            let mut out = Map::new();
            out.insert("type".into(), "aside".into());
            if !kind.is_empty() {
                out.insert("kind".into(), kind.clone().into());
            }
            out.insert(
                "blocks".into(),
                Value::Array(blocks.iter().map(block).collect()),
            );
            Value::Object(out)
        }
        Block::List { ordered, items } => json!({
            "type": "list",
            "ordered": ordered,
            "items": items
                .iter()
                .map(|item| item.iter().map(block).collect::<Vec<_>>())
                .collect::<Vec<_>>(),
        }),
        Block::Preformatted { text } => json!({"type": "preformatted", "text": text}),
        Block::Figure(figure) => {
            let mut out = Map::new();
            out.insert("type".into(), "figure".into());
            out.insert("href".into(), figure.href.clone().into());
            for (name, value) in [("media_type", &figure.media_type), ("alt", &figure.alt)] {
                if let Some(value) = value {
                    out.insert(name.into(), value.clone().into());
                }
            }
            if !figure.caption.is_empty() {
                out.insert("caption".into(), inlines(&figure.caption));
            }
            if let Some(credit) = &figure.credit {
                out.insert("credit".into(), credit.clone().into());
            }
            Value::Object(out)
        }
        Block::Table { caption, rows } => {
            let mut table = Map::new();
            table.insert("type".into(), "table".into());
            if !caption.is_empty() {
                table.insert("caption".into(), inlines(caption));
            }
            let rows: Vec<Value> = rows
                .iter()
                .map(|row| {
                    let mut out = Map::new();
                    let part = match row.part {
                        RowPart::Head => Some("head"),
                        RowPart::Body => None,
                        RowPart::Foot => Some("foot"),
                    };
                    if let Some(part) = part {
                        out.insert("part".into(), part.into());
                    }
                    let cells: Vec<Value> = row
                        .cells
                        .iter()
                        .map(|cell| {
                            let mut out = Map::new();
                            if cell.header {
                                out.insert("header".into(), true.into());
                            }
                            if cell.colspan != 1 {
                                out.insert("colspan".into(), cell.colspan.into());
                            }
                            if cell.rowspan != 1 {
                                out.insert("rowspan".into(), cell.rowspan.into());
                            }
                            out.insert("content".into(), inlines(&cell.content));
                            Value::Object(out)
                        })
                        .collect();
                    out.insert("cells".into(), cells.into());
                    Value::Object(out)
                })
                .collect();
            table.insert("rows".into(), rows.into());
            Value::Object(table)
        }
        _ => json!({"type": "(a block newer than this table)"}),
    }
}

/// The value of every field but the times, under its key.
fn expected(a: &Article) -> Vec<(&'static str, Option<Value>)> {
    let kind = match a.kind {
        ItemKind::Text => "text",
        ItemKind::Picture => "picture",
        ItemKind::Graphic => "graphic",
        ItemKind::Video => "video",
        ItemKind::Audio => "audio",
        ItemKind::Composite => "composite",
        _ => "(a kind newer than this table)",
    };
    let status = match a.pub_status {
        PubStatus::Usable => "usable",
        PubStatus::Withheld => "withheld",
        PubStatus::Canceled => "canceled",
    };
    let rights = &a.rights;
    let rights = object(vec![
        ("holder", rights.holder.as_ref().map(party)),
        ("notice", text(&rights.notice)),
        ("usage_terms", text(&rights.usage_terms)),
        (
            "further_notices",
            list(&rights.further_notices, |n| Value::from(n.as_str())),
        ),
        (
            "further_usage_terms",
            list(&rights.further_usage_terms, |t| Value::from(t.as_str())),
        ),
    ]);
    let extensions: Map<String, Value> = a
        .extensions
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    vec![
        ("id", text(&a.id)),
        ("version", a.version.map(Value::from)),
        ("kind", Some(kind.into())),
        ("language", text(&a.language)),
        ("title", text(&a.title)),
        ("headline", text(&a.headline)),
        ("subheadline", text(&a.subheadline)),
        ("slugline", text(&a.slugline)),
        ("keywords", list(&a.keywords, |k| Value::from(k.as_str()))),
        ("subjects", list(&a.subjects, concept)),
        ("genres", list(&a.genres, concept)),
        ("services", list(&a.services, concept)),
        ("sections", list(&a.sections, concept)),
        ("byline", text(&a.byline)),
        ("authors", list(&a.authors, author)),
        ("dateline", a.dateline.as_ref().map(dateline)),
        ("credit", text(&a.credit)),
        ("provider", a.provider.as_ref().map(party)),
        ("sources", list(&a.sources, party)),
        (
            "rights",
            rights
                .as_object()
                .is_some_and(|o| !o.is_empty())
                .then_some(rights),
        ),
        ("priority", a.priority.map(Value::from)),
        ("urgency", a.urgency.map(Value::from)),
        ("pub_status", Some(status.into())),
        (
            "ednote",
            // A note without a role is a string, one with a role an object.
            list(&a.editorial_notes, |n| match &n.role {
                None => Value::from(n.text.as_str()),
                Some(role) => serde_json::json!({ "text": n.text, "role": role }),
            }),
        ),
        ("description", text(&a.description)),
        (
            "headlines",
            list(&a.headlines, |h| match &h.role {
                None => Value::from(h.text.as_str()),
                Some(role) => serde_json::json!({ "text": h.text, "role": role }),
            }),
        ),
        // Like the notes: a string, or an object with the role.
        (
            "descriptions",
            list(&a.descriptions, |d| match &d.role {
                None => Value::from(d.text.as_str()),
                Some(role) => serde_json::json!({ "text": d.text, "role": role }),
            }),
        ),
        ("body", list(&a.body, block)),
        ("word_count", a.word_count.map(Value::from)),
        ("links", list(&a.links, link)),
        ("associations", list(&a.associations, association)),
        (
            "extensions",
            (!extensions.is_empty()).then_some(Value::Object(extensions)),
        ),
    ]
}

/// Checks `output`, `article` written as newswire JSON, against the table above.
pub fn check(article: &Article, output: &str) -> Report {
    let mut report = Report::default();
    let document: Value = match serde_json::from_str(output) {
        Ok(document) => document,
        Err(e) => {
            report.equal("document", "/", "JSON".to_string(), e.to_string());
            return report;
        }
    };
    report.equal(
        "document",
        "/ (an array of one article)",
        Some(1),
        document.as_array().map(Vec::len),
    );
    let found = document.pointer("/0").cloned().unwrap_or_default();
    let mut keys: Vec<&str> = Vec::new();
    for (key, value) in expected(article) {
        if value.is_some() {
            keys.push(key);
        }
        report.equal(key, "/0/<field>", value, found.get(key).cloned());
    }
    let times: [(&str, Option<Timestamp>); 4] = [
        ("embargo", article.embargo),
        ("created", article.created),
        ("modified", article.modified),
        ("published", article.published),
    ];
    for (key, time) in times {
        if time.is_some() {
            keys.push(key);
        }
        let written: Option<Option<WallTime>> = found
            .get(key)
            .map(|v| v.as_str().and_then(written_wall_time));
        report.equal(key, "/0/<time>", time.map(|t| Some(wall_time(t))), written);
    }
    keys.sort_unstable();
    let mut found_keys: Vec<&str> = found
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    found_keys.sort_unstable();
    report.equal("(no other key)", "/0", keys, found_keys);
    report
}
