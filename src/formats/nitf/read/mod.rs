//! NITF to an article: `head` (title, vendor `meta`, `tobject`, `docdata`, `pubdata`,
//! `revision-history`), `body.head` (hedline, rights, bylines, distributor, dateline, abstract),
//! `body.content` through the shared body walk, and `body.end` (the tagline).
//!
//! Reading is lenient: elements are matched by local name with or without the NITF namespace,
//! misplaced elements are read where agencies put them (CP's `urgency` in `head`, Ritzau's
//! `pubdata` in `docdata`), an unreadable value (a date, an urgency) becomes a
//! [`Warning`] with the raw value, and what no model field holds is kept in
//! [`extensions`](Article::extensions) under `nitf:` names (other `meta`, `tobject.type`,
//! `date.expire`, `doc-scope`, `series`, `evloc`, the word count).

mod body;
mod head;

use std::collections::BTreeMap;

use serde_json::Value;

use super::values;
use crate::formats::{ReadOptions, read_time, read_xml};
use crate::model::{Article, Dateline, Party, Timestamp, Warning};
use crate::xml::{Element, collapse};
use crate::{Error, Format};

/// Reads an NITF document: one article.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Nitf, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::Nitf, options, |root| {
        if !root.is("nitf") {
            return Err(Error::Invalid {
                format: Format::Nitf,
                message: format!(
                    "not an NITF document: the root element is <{}>, not nitf",
                    root.name
                ),
            });
        }
        if root.child("body").is_none() {
            return Err(Error::Invalid {
                format: Format::Nitf,
                message: "not a story: the document has no body".to_string(),
            });
        }
        Ok(vec![nitf_article(root)])
    })
}

/// Reads an `nitf` element: a whole document, or one that NewsML 1.2 or G2 carries.
pub(crate) fn nitf_article(nitf: &Element<'_>) -> Article {
    let mut draft = Draft::default();
    draft.article.language = ["baselang", "xml:lang"]
        .iter()
        .find_map(|name| nitf.attr_nonblank(name))
        .map(str::to_string);
    if let Some(head) = nitf.child("head") {
        head::head(&mut draft, head);
    }
    if let Some(body) = nitf.child("body") {
        if draft.article.language.is_none() {
            draft.article.language = body.attr_nonblank("xml:lang").map(str::to_string);
        }
        body::body(&mut draft, body);
    }
    draft.finish()
}

/// What the document says, gathered before the fields several elements decide are settled.
#[derive(Default)]
struct Draft {
    article: Article,
    issue: Option<Timestamp>,
    publication: Option<Timestamp>,
    release: Option<Timestamp>,
    embargoed: bool,
    revisions: Vec<(Timestamp, Option<String>)>,
    slug_meta: Option<String>,
    du_key: Option<String>,
    regsrc: Option<String>,
    distributor: Option<String>,
    copyright_holder: Option<String>,
    rights_owner: Option<String>,
    usage: Option<String>,
    rights_limitations: Option<String>,
    notice: Option<String>,
    dateline: Option<Dateline>,
    /// `docdata/evloc/@city`: EFE gives the dateline's city only there.
    event_city: Option<String>,
    meta: BTreeMap<String, Value>,
}

impl Draft {
    fn warn(&mut self, field: &str, message: &str, raw: &str) {
        self.article
            .warnings
            .push(Warning::new(field, message, Some(raw.trim().to_string())));
    }

    /// A `norm` attribute as a time; an unreadable one becomes a warning.
    fn time(&mut self, element: &Element<'_>, attribute: &str, field: &str) -> Option<Timestamp> {
        let raw = element.attr(attribute)?;
        read_time(raw, field, values::parse_norm, &mut self.article.warnings)
    }

    /// Keeps a source value no model field holds.
    fn extension(&mut self, name: &str, value: Value) {
        self.article
            .extensions
            .insert(format!("nitf:{name}"), value);
    }

    /// Adds a value to a list kept under `nitf:<name>`.
    fn extension_item(&mut self, name: &str, value: Value) {
        let key = format!("nitf:{name}");
        match self.article.extensions.get_mut(&key) {
            Some(Value::Array(items)) => items.push(value),
            _ => {
                self.article
                    .extensions
                    .insert(key, Value::Array(vec![value]));
            }
        }
    }

    fn finish(mut self) -> Article {
        let mut article = std::mem::take(&mut self.article);
        article.published = self.issue.or(self.publication);
        article.embargo = values::embargo(self.embargoed, self.release, self.issue);
        (article.created, article.modified) = values::created_modified(&self.revisions);
        article.slugline = self.slug_meta.take().or(self.du_key.take());
        let provider = Party {
            id: self.regsrc.take(),
            name: self.distributor.take(),
        };
        if provider.id.is_some() || provider.name.is_some() {
            article.provider = Some(provider);
        }
        article.rights.holder = self
            .copyright_holder
            .take()
            .or(self.rights_owner.take())
            .map(Party::named);
        article.rights.notice = self.notice.take();
        article.rights.usage_terms = self.usage.take().or(self.rights_limitations.take());
        article.dateline = self.dateline.take();
        if let Some(city) = self.event_city.take() {
            let dateline = article.dateline.get_or_insert_with(Dateline::default);
            if dateline.city.is_none() && dateline.region.is_none() {
                dateline.city = Some(city);
            }
        }
        if !self.meta.is_empty() {
            let meta = std::mem::take(&mut self.meta);
            article.extensions.insert(
                "nitf:meta".to_string(),
                Value::Object(meta.into_iter().collect()),
            );
        }
        finish(&mut article);
        article
    }
}

/// The reading rules that apply once every field is read, shared with
/// [`project`](super::project()): the dateline printed at the head of the body is taken out, as
/// the G2 reader does (the NITF writer prints it there, as agencies do), and is the dateline's
/// text when the `dateline` element names only the place (Business Wire's bare `location`); a
/// document whose
/// `hedline` gives no headline (or that has none) is headed by its `title`, as NITF readers
/// show it.
pub(super) fn finish(article: &mut Article) {
    crate::formats::printed::located_dateline(article);
    crate::formats::printed::strip_dateline(article);
    if article.headline.is_none() {
        article.headline.clone_from(&article.title);
    }
}

/// An element's text on one line.
fn line_of(element: &Element<'_>) -> Option<String> {
    collapse(&element.text())
}

/// An attribute read as one line.
fn attr_line(element: &Element<'_>, name: &str) -> Option<String> {
    element.attr(name).and_then(collapse)
}

/// An identifier attribute: trimmed, when not blank.
fn attr_token(element: &Element<'_>, name: &str) -> Option<String> {
    element.attr_nonblank(name).map(str::to_string)
}

/// Sets `slot` unless it is set already: the first element of a kind wins.
fn first<T>(slot: &mut Option<T>, value: impl FnOnce() -> Option<T>) {
    if slot.is_none() {
        *slot = value();
    }
}
