//! One `release` element to one article (the mapping table is in the module docs).

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::formats::read_time;
use crate::formats::rss::media_type_of;
use crate::html::html_body;
use crate::model::{
    Article, Association, Block, Concept, ItemKind, Link, Party, Rendition, RoledText, Timestamp,
    Warning,
};
use crate::xml::Element;

/// The video fields, kept together under `solita:video` by their own names.
const VIDEO: [&str; 4] = [
    "videoembedcode",
    "videodescription",
    "videochannellink",
    "videothumbnailurl",
];

/// The article `release` holds.
pub(super) fn article(release: &Element<'_>) -> Article {
    let mut a = Article {
        id: release.attr_nonblank("id").map(str::to_string),
        language: release.attr_nonblank("lang").map(str::to_string),
        ..Article::default()
    };
    let mut video = Map::new();
    let mut not_read = Vec::new();
    for child in release.elements() {
        let name = child.name.as_ref();
        match name {
            "title" => a.headline = child.text_line(),
            "leadtext" => a.description = html_text(&child.text()),
            "body" => a.body = html_body(&child.text()),
            "publicationDate" => {
                a.published = read_time(&child.text(), "published", local_time, &mut a.warnings);
            }
            "embargo" => {
                a.embargo = read_time(&child.text(), "embargo", local_time, &mut a.warnings);
            }
            "longurl" => {
                if let Some(href) = child.text_line() {
                    a.links.push(Link {
                        rel: Some("alternate".to_string()),
                        ..Link::new(href)
                    });
                }
            }
            "keywords" => a.keywords.extend(
                child
                    .text()
                    .split(',')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_string),
            ),
            "categories" => a.subjects.extend(
                child
                    .elements_named("category")
                    .filter_map(|c| labelled(c, "solita:category")),
            ),
            "type" => a.genres.extend(labelled(child, "solita:type")),
            "language" => {}
            "publisher" => publisher(child, &mut a),
            "images" => a.associations.extend(
                child
                    .elements_named("image")
                    .filter_map(|image| picture(image, &mut a.warnings)),
            ),
            "logos" => a
                .associations
                .extend(child.elements_named("logo").filter_map(logo)),
            "documents" => a
                .associations
                .extend(child.elements_named("document").filter_map(document)),
            "boilerplate" | "contactsAsText" => {
                let role = if name == "boilerplate" {
                    "boilerplate"
                } else {
                    "contacts"
                };
                a.descriptions
                    .extend(lines(&child.text()).map(|t| RoledText::with_role(t, role)));
            }
            "contacts" => {
                let contacts: Vec<Value> = child
                    .elements_named("contact")
                    .filter_map(|c| fields(c, &[]))
                    .map(Value::Object)
                    .collect();
                keep(
                    &mut a,
                    "contacts",
                    (!contacts.is_empty()).then_some(contacts),
                );
            }
            "distributionChannels" => a.services.extend(
                child
                    .elements_named("distributionChannel")
                    .filter_map(channel),
            ),
            "someChannels" => {
                let chosen: Vec<Value> = child
                    .elements()
                    .flat_map(Element::elements)
                    .filter(|e| {
                        e.attr_nonblank("selected")
                            .is_some_and(|s| s.eq_ignore_ascii_case("yes"))
                    })
                    .map(|e| Value::String(e.name.to_string()))
                    .collect();
                keep(
                    &mut a,
                    "someChannels",
                    (!chosen.is_empty()).then_some(chosen),
                );
            }
            _ if VIDEO.contains(&name) => {
                if let Some(text) = child.text_line() {
                    video.insert(name.to_string(), Value::String(text));
                }
            }
            _ => {
                if child.text_line().is_some() {
                    not_read.push(child);
                }
            }
        }
    }
    keep(&mut a, "video", (!video.is_empty()).then_some(video));
    for element in not_read {
        a.warnings.push(Warning::new(
            &element.name,
            format!("<{}> is not read", element.name),
            element.text_line(),
        ));
    }
    a
}

/// A time as the export writes it, `dd.MM.yyyy HH:mm` (`28.09.2018 11:15`), and only that:
/// without an offset, which the export does not give.
pub(super) fn local_time(text: &str) -> Option<Timestamp> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 16
        && bytes.iter().enumerate().all(|(i, b)| match i {
            2 | 5 => *b == b'.',
            10 => *b == b' ',
            13 => *b == b':',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let field = |range: std::ops::Range<usize>| text.get(range)?.parse::<u32>().ok();
    let year = i32::try_from(field(6..10)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, field(3..5)?, field(0..2)?)?;
    let time = date.and_hms_opt(field(11..13)?, field(14..16)?, 0)?;
    Some(Timestamp::without_offset(time))
}

/// Plain text whose lines mean something (a contact's name, title, address and phone on a
/// line each; a blank line between two contacts): each line on its own, indentation and
/// spacing collapsed, blank lines one; `None` when nothing is left.
fn lines(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut blank = false;
    for line in text.lines() {
        match crate::xml::collapse(line) {
            Some(line) => {
                if !out.is_empty() {
                    out.push_str(if blank { "\n\n" } else { "\n" });
                }
                out.push_str(&line);
                blank = false;
            }
            None => blank = true,
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The text of an HTML fragment; `None` when it has none.
fn html_text(html: &str) -> Option<String> {
    let text = Block::text_of(&html_body(html));
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// An element with an `@id` and a `label` (a category, the release's type) as a concept of
/// `scheme`: the id its code, the label its name.
fn labelled(element: &Element<'_>, scheme: &str) -> Option<Concept> {
    let code = element.attr_nonblank("id").map(str::to_string);
    let name = element.child("label").and_then(Element::text_line);
    if code.is_none() && name.is_none() {
        return None;
    }
    Some(Concept {
        scheme: code.is_some().then(|| scheme.to_string()),
        code,
        name,
        ..Concept::default()
    })
}

/// A distribution channel (`<distributionChannel id="8457" channel="WIRE_NORWAY">`) as a
/// service: the id its code, the channel (else its `name`) its name.
fn channel(element: &Element<'_>) -> Option<Concept> {
    let code = element.attr_nonblank("id").map(str::to_string);
    let name = element
        .attr_nonblank("channel")
        .map(str::to_string)
        .or_else(|| element.child("name").and_then(Element::text_line));
    if code.is_none() && name.is_none() {
        return None;
    }
    Some(Concept {
        scheme: code.is_some().then(|| "solita:channel".to_string()),
        code,
        name,
        ..Concept::default()
    })
}

/// The publisher: the provider (its id and name); the rest of what it says of itself in
/// `solita:publisher`.
fn publisher(element: &Element<'_>, article: &mut Article) {
    let name = element.child("name").and_then(Element::text_line);
    let id = element.attr_nonblank("id").map(str::to_string);
    if name.is_some() || id.is_some() {
        article.provider = Some(Party { id, name });
    }
    keep(
        article,
        "publisher",
        fields(element, &["id", "name"]).map(Value::Object),
    );
}

/// The non-blank fields of an element (its `@id` and its children's texts, as [`lines`]) but those in `skip`; `None` when there are none.
fn fields(element: &Element<'_>, skip: &[&str]) -> Option<Map<String, Value>> {
    let mut map = Map::new();
    if let Some(id) = element
        .attr_nonblank("id")
        .filter(|_| !skip.contains(&"id"))
    {
        map.insert("id".to_string(), Value::String(id.to_string()));
    }
    for child in element.elements() {
        if skip.contains(&child.name.as_ref()) {
            continue;
        }
        if let Some(text) = lines(&child.text()) {
            map.insert(child.name.to_string(), Value::String(text));
        }
    }
    (!map.is_empty()).then_some(map)
}

/// An image of the release: a picture with its caption and its three files.
fn picture(image: &Element<'_>, warnings: &mut Vec<Warning>) -> Option<Association> {
    let mut renditions = Vec::new();
    let mut caption = None;
    for child in image.elements() {
        let name = match child.name.as_ref() {
            "url" => "original",
            "mediumimageurl" => "medium",
            "smallimageurl" => "small",
            "caption" => {
                caption = child.text_line();
                continue;
            }
            other => {
                if child.text_line().is_some() {
                    warnings.push(Warning::new(
                        "associations",
                        format!("<{other}> of an image is not read"),
                        child.text_line(),
                    ));
                }
                continue;
            }
        };
        renditions.extend(file(child, Some(name)));
    }
    if renditions.is_empty() {
        return None;
    }
    Some(Association {
        kind: Some(ItemKind::Picture),
        id: image.attr_nonblank("id").map(str::to_string),
        caption,
        renditions,
        ..Association::default()
    })
}

/// The release's logo: a picture with the role `logo`.
fn logo(element: &Element<'_>) -> Option<Association> {
    let url = element.child("url").and_then(|u| file(u, None))?;
    Some(Association {
        role: Some("logo".to_string()),
        kind: Some(ItemKind::Picture),
        id: element.attr_nonblank("id").map(str::to_string),
        renditions: vec![url],
        ..Association::default()
    })
}

/// An attached document: its title and file, with the role `document`.
fn document(element: &Element<'_>) -> Option<Association> {
    let url = element.child("url").and_then(|u| file(u, None))?;
    Some(Association {
        role: Some("document".to_string()),
        id: element.attr_nonblank("id").map(str::to_string),
        headline: element.child("title").and_then(Element::text_line),
        renditions: vec![url],
        ..Association::default()
    })
}

/// The file an element's text addresses, as an `enclosure` link (the media type from its
/// name), named `name`.
fn file(element: &Element<'_>, name: Option<&str>) -> Option<Link> {
    let href = element.text_line()?;
    Some(Link {
        rel: Some("enclosure".to_string()),
        media_type: media_type_of(&href).map(str::to_string),
        rendition: name.map(|name| Rendition {
            name: Some(name.to_string()),
            ..Rendition::default()
        }),
        ..Link::new(href)
    })
}

/// A value under `solita:<name>`.
fn keep(article: &mut Article, name: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        article
            .extensions
            .insert(format!("solita:{name}"), value.into());
    }
}
