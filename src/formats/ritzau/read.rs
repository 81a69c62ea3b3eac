//! One `RBNews` element to one article (the mapping table is in the module docs).

use serde_json::Value;

use crate::formats::read_time;
use crate::html::html_body;
use crate::model::{
    Article, Author, Block, Concept, Dateline, Party, PubStatus, RoledText, Timestamp, Warning,
};
use crate::xml::Element;

/// The flags kept when they are `true` (`false` is every flag's default).
const FLAGS: [&str; 5] = ["Korrektion", "NyVersion", "InfoFlash", "Topstory", "TopWeb"];

/// The fields kept as they are, under `ritzau:` names.
const KEPT: [&str; 6] = [
    "HistID",
    "Status",
    "Replaces",
    "replacedID",
    "Related",
    "sectionShort",
];

/// The article `news` holds.
pub(super) fn article(news: &Element<'_>) -> Article {
    let mut a = Article::default();
    let mut section = Named::default();
    let mut format = Named::default();
    let mut short = None;
    let mut email = None;
    let mut not_read = Vec::new();
    for child in news.elements() {
        let name = child.name.as_ref();
        if is_nil(child) {
            continue;
        }
        match name {
            "NewsID" => a.id = child.text_line(),
            "version" => a.version = number(child, "version", &mut a.warnings),
            "PublishDate" => {
                a.published = read_time(&child.text(), "published", iso, &mut a.warnings);
            }
            "headline" => a.headline = child.text_line(),
            "ContentShort" => short = child.text_line(),
            "subtitle" => a.description = html_text(&child.text()),
            "content" => a.body = html_body(&child.text()),
            "TilRedaktionen" => a
                .editorial_notes
                .extend(html_text(&child.text()).map(RoledText::new)),
            "strapline" => a.slugline = child.text_line(),
            "town" => {
                a.dateline = child.text_line().map(|city| Dateline {
                    city: Some(city),
                    ..Dateline::default()
                });
            }
            "origin" => origin(child, &mut a),
            "byLine" => a.byline = child.text_line(),
            "byLineEmail" => email = child.text_line(),
            "byLinePhone" => keep(&mut a, name, child.text_line()),
            "Priority" => {
                let priority = number(child, "priority", &mut a.warnings).and_then(|p: u32| {
                    let scale = u8::try_from(p).ok().filter(|p| (1..=9).contains(p));
                    if scale.is_none() {
                        a.warnings.push(Warning::new(
                            "priority",
                            "not a priority from 1 to 9; left out",
                            Some(p.to_string()),
                        ));
                    }
                    scale
                });
                a.priority = priority;
                a.urgency = priority;
            }
            "section" => section.name = child.text_line(),
            "sectionID" => section.code = child.text_line(),
            "format" => format.name = child.text_line(),
            "formatID" => format.code = child.text_line(),
            "IPTCList" => subject_codes(child, &mut a),
            "SubjectKeyword" => a.keywords.extend(list(child)),
            "ISIN" => a
                .subjects
                .extend(list(child).map(|isin| Concept::coded("isin", isin))),
            "Annuleret" => {
                if flag(child) {
                    a.pub_status = PubStatus::Canceled;
                }
            }
            _ if FLAGS.contains(&name) => {
                if flag(child) {
                    keep(&mut a, name, Some(Value::Bool(true)));
                }
            }
            _ if KEPT.contains(&name) => keep(&mut a, name, child.text_line()),
            _ => {
                if child.text_line().is_some() {
                    not_read.push(child);
                }
            }
        }
    }
    // After the loop: whether the time is also the first version's depends on `version`,
    // which comes after it.
    if let Some(time) = a.published {
        a.set_sent(time);
    }
    if let Some(byline) = a.byline.clone() {
        let mut author = Author::named(byline);
        author.id = email.map(|address| format!("mailto:{address}"));
        a.authors.push(author);
    } else if let Some(address) = email {
        keep(&mut a, "byLineEmail", Some(address));
    }
    if short.is_some() && short != a.headline {
        a.headlines
            .extend(short.map(|text| RoledText::with_role(text, "short")));
    }
    a.sections.extend(section.concept("ritzau:section"));
    a.genres.extend(format.concept("ritzau:format"));
    for element in not_read {
        a.warnings.push(Warning::new(
            &element.name,
            format!("<{}> is not read", element.name),
            element.text_line(),
        ));
    }
    a
}

/// Whether an element says it has no value: a `nil="true"` attribute, whatever its prefix
/// (Ritzau's files bind `i:` to a misspelt XML Schema instance namespace).
pub(super) fn is_nil(element: &Element<'_>) -> bool {
    element.attributes.iter().any(|(name, value)| {
        let local = name.rsplit(':').next().unwrap_or(name);
        local == "nil" && value.trim() == "true"
    })
}

/// A time as Ritzau writes it: ISO 8601, without an offset (`2018-01-31T18:45:36.73`); one with
/// an offset keeps it. Other forms are no time.
fn iso(text: &str) -> Option<Timestamp> {
    let date_first = text.get(..5).is_some_and(|start| {
        start.bytes().take(4).all(|b| b.is_ascii_digit()) && start.ends_with('-')
    });
    date_first.then(|| Timestamp::parse(text)).flatten()
}

/// A whole number; one that is not is a warning on `field` keeping it.
fn number<T: std::str::FromStr>(
    element: &Element<'_>,
    field: &str,
    warnings: &mut Vec<Warning>,
) -> Option<T> {
    let text = element.text_line()?;
    let value = text.parse().ok();
    if value.is_none() {
        warnings.push(Warning::new(field, "not a number; left out", Some(text)));
    }
    value
}

/// A flag: `true`/`false` (`Annuleret`), or `1`/`0` (`Topstory`).
fn flag(element: &Element<'_>) -> bool {
    element
        .text_line()
        .is_some_and(|t| t.eq_ignore_ascii_case("true") || t == "1")
}

/// The texts of a serialized list (`a:string`, `a:int`), blank ones left out.
fn list<'e>(element: &'e Element<'_>) -> impl Iterator<Item = String> + 'e {
    element
        .elements()
        .filter(|e| !is_nil(e))
        .filter_map(Element::text_line)
}

/// The text of an HTML fragment (a paragraph or a line break a line of its own); `None` when
/// it has none.
fn html_text(html: &str) -> Option<String> {
    let text = Block::text_of(&html_body(html));
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// `origin` (`/ritzau/`): the credit as printed; the first agency named the provider, the
/// others (`/ritzau/AFP/`) sources.
fn origin(element: &Element<'_>, article: &mut Article) {
    let Some(origin) = element.text_line() else {
        return;
    };
    let mut names = origin
        .split('/')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    article.provider = names.next().map(Party::named);
    article.sources.extend(names.map(Party::named));
    article.credit = Some(origin);
}

/// `IPTCList`: IPTC subject codes as numbers, the leading zero lost (`4000000` is
/// `04000000`).
fn subject_codes(element: &Element<'_>, article: &mut Article) {
    for code in list(element) {
        match code.parse::<u32>() {
            Ok(n) if (1_000_000..=17_999_999).contains(&n) => {
                article
                    .subjects
                    .push(Concept::coded("subj", format!("{n:08}")));
            }
            _ => article.warnings.push(Warning::new(
                "subjects",
                "not an IPTC subject code; left out",
                Some(code),
            )),
        }
    }
}

/// A value under `ritzau:<name>`.
fn keep(article: &mut Article, name: &str, value: Option<impl Into<Value>>) {
    if let Some(value) = value {
        article
            .extensions
            .insert(format!("ritzau:{name}"), value.into());
    }
}

/// A code and a name given in two elements (`sectionID` and `section`).
#[derive(Default)]
struct Named {
    code: Option<String>,
    name: Option<String>,
}

impl Named {
    fn concept(self, scheme: &str) -> Option<Concept> {
        if self.code.is_none() && self.name.is_none() {
            return None;
        }
        Some(Concept {
            scheme: self.code.is_some().then(|| scheme.to_string()),
            code: self.code,
            name: self.name,
            ..Concept::default()
        })
    }
}
