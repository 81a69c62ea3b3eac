//! NewsML-G2 to articles: a `newsItem` is one article, a `packageItem` a composite article
//! whose groups become links (or associated items), a `newsMessage` one article per item.
//!
//! Reading is lenient, as agencies' G2 needs: elements are matched by local name whatever their
//! prefix, unknown elements are ignored, and a value that cannot be read (a date, an urgency, a
//! code) becomes a [`Warning`] with the raw value rather than losing the article. Documents that
//! are G2 but carry no story (catalogs, concept, knowledge and planning items, a news item
//! holding only events) are refused with a clear error.
//!
//! The mapping mirrors the writer's (each model field's doc says where it lives in G2), and
//! undoes the writer's conventions: its role and link-relation codes read back as the words they
//! came from, the dateline it prints at the head of the body is taken out again, and its
//! placeholders for required values it did not have (a provider `unknown` when nothing else
//! names one, a `versionCreated` at the Unix epoch when the item has no other time) read back as
//! nothing.
//!
//! Reading rules worth knowing:
//!
//! * text is read on one line (headline, slugline, names, dateline...), or as paragraphs split at
//!   blank lines for prose (description, editorial notes, copyright notice, usage terms); markup
//!   inside (dpa's XHTML notepad in `edNote`) is flattened to its text;
//! * `created` is `firstCreated`, else `contentCreated`; `modified` is `versionCreated`, else
//!   `contentModified`; `published` is the first `pubHistory/published/timestamp`; a time without
//!   offset stays without (see [`Timestamp`]), no time zone is guessed;
//! * the headline is the first `headline` without a role (or with a role saying main), the
//!   sub-headline the first with a role saying sub (`sub`, `subHeadline`, `deck`...), the others
//!   are `headlines` with their roles (the writer's `nwrole:` codes read back as words);
//! * the description is the summary (`drol:summary` or no role), else a teaser, abstract or
//!   intro (`drol:teaser`, `MWdrole:abstract`, `descRole:intro`); a picture's, video's, audio's or
//!   graphic's caption stands in for it, a text item's does not; the others are `descriptions`
//!   with their roles; a first XHTML paragraph marked as the teaser (dpa's
//!   `<p class="teaser">`) that repeats it is the description's, not the body's;
//! * `word_count` is the `@wordcount` of the rendition the body is read from (the writer writes
//!   the article's count, else the body's words);
//! * a literal alone identifies a party (`<provider literal="reuters.com"/>` is its id) but names
//!   an author (`<creator literal="Reuters"/>`); a literal beside a different `name` is an id;
//! * the dateline's place is `located` (its name the city, its first broader area the region);
//!   its agencies and date are read from the dateline text with the grammar the plain-text reader
//!   uses;
//! * the body comes from the richest rendition in `contentSet` (XHTML, then NITF, then HTML or
//!   text `inlineData`, then the text of any other vocabulary, with a warning); an XHTML body's
//!   `header` (agency metadata: subjects, time, the headline again) is not body text; an NITF
//!   rendition is read by the NITF reader, whose headline (else title), sub-headline, abstract,
//!   byline and dateline stand in for what the item's metadata lacks; the dash pseudo-tags STT
//!   escapes into text (`&lt;endash&gt;-&lt;/endash&gt;`) are taken out, the dash kept;
//!   `remoteContent` renditions become `enclosure` links;
//! * an `itemMeta/link` or a package's `itemRef` is a link, unless its hints say what the item
//!   it points at is (`itemClass`, `description`, `by`, `creditline`): then it is an associated
//!   item, its relation (or the group's role) its role, its class its kind, its target its id,
//!   its `title` headline, `description` caption, `by` byline, `creditline` credit and
//!   `remoteContent` hints its files; other hints are named in a warning;
//! * the model keeps the dateline and the byline apart from the body, so a body that prints them
//!   at its head loses them there (the dateline when it is printed as the writer prints it, not
//!   when the lead goes on with an agency tag; the byline when the first paragraph is
//!   `By <byline>`);
//! * `signal` QCodes are kept in `extensions["g2:signals"]`; the `newsMessage` header's
//!   `priority` goes to each of its articles.

mod content;
pub(super) mod decode;
mod head;
mod item;
mod printed;
mod text;
mod tt;

use crate::formats::{Limit, ReadOptions, budget, read_xml};
use crate::model::{Article, Block, Dateline, GeoPoint, Inline, ItemKind, Timestamp, Warning};
use crate::xml::Element;
use crate::{Error, Format};

use super::values::unknown_provider;
use crate::formats::printed::strip_dateline;
use decode::one_to_nine;
pub(super) use item::{split_descriptions, split_headlines};

/// Reads every article in the document: one for a `newsItem` or `packageItem`, one per item for a
/// `newsMessage`.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::NewsmlG2, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_xml(input, Format::NewsmlG2, options, |root| {
        Ok(match root.name.as_ref() {
            "newsItem" => vec![item::item(root, ItemKind::Text)?],
            "packageItem" => vec![item::item(root, ItemKind::Composite)?],
            "newsMessage" => message(root)?,
            "contentSet" | "contentMeta" | "itemMeta" | "rightsInfo" | "groupSet" => {
                vec![item::fragment(root)]
            }
            other => return Err(not_news(other)),
        })
    })
}

/// The error for a root that is not a news item.
fn not_news(root: &str) -> Error {
    let what = match root {
        "catalogItem" | "catalog" => "a catalog of schemes",
        "conceptItem" => "a concept",
        "knowledgeItem" => "a set of concepts",
        "planningItem" => "news coverage planning",
        "eventItem" | "eventsItem" => "events",
        _ => {
            return Error::Invalid {
                format: Format::NewsmlG2,
                message: format!(
                    "not a NewsML-G2 news document: the root element is <{root}>, not newsItem, packageItem or newsMessage"
                ),
            };
        }
    };
    not_a_news_item(&format!(
        "the document is a {root} ({what}), which carries no story"
    ))
}

/// `Error::Invalid` saying the document is G2 but not a news item.
fn not_a_news_item(detail: &str) -> Error {
    Error::Invalid {
        format: Format::NewsmlG2,
        message: format!("not a news item: {detail}"),
    }
}

/// A `newsMessage`: every news and package item of its `itemSet`, each given the header's
/// priority. A `packageItem` without `itemMeta` that only lists the message's other items is
/// skipped; other kinds of item are skipped with a warning.
fn message(root: &Element<'_>) -> Result<Vec<Article>, Error> {
    let header = root
        .elements()
        .find(|e| e.name.eq_ignore_ascii_case("header"));
    let priority_element = header.and_then(|h| {
        h.elements()
            .find(|e| e.name.eq_ignore_ascii_case("priority"))
    });
    let mut notes: Vec<Warning> = Vec::new();
    let mut priority = None;
    if let Some(element) = priority_element {
        let raw = element.text();
        priority = one_to_nine(&raw);
        if priority.is_none() {
            notes.push(Warning::new(
                "priority",
                "not a priority from 1 to 9",
                Some(raw.trim().to_string()),
            ));
        }
    }
    let items: Vec<&Element<'_>> = root
        .elements_named("itemSet")
        .flat_map(|set| set.elements())
        .collect();
    let listing = |e: &Element<'_>| e.is("packageItem") && e.child("itemMeta").is_none();
    let has_items = items
        .iter()
        .any(|e| (e.is("newsItem") || e.is("packageItem")) && !listing(e));
    let mut articles = Vec::new();
    let mut skipped = Skipped::default();
    for element in items {
        let read = match element.name.as_ref() {
            "packageItem" if has_items && listing(element) => continue,
            _ if !budget::spend(Limit::Articles, 1) => break,
            "newsItem" => item::item(element, ItemKind::Text),
            "packageItem" => item::item(element, ItemKind::Composite),
            other => {
                skipped.note(format!("a {other}"));
                continue;
            }
        };
        match read {
            Ok(article) => articles.push(article),
            Err(error) => skipped.note(format!("an item ({error})")),
        }
    }
    if articles.is_empty() {
        let detail = if skipped.noted.is_empty() {
            "the newsMessage carries no newsItem or packageItem".to_string()
        } else {
            format!("the newsMessage carries only {}", skipped.noted.join(", "))
        };
        return Err(not_a_news_item(&detail));
    }
    notes.extend(skipped.noted.into_iter().map(|what| {
        Warning::new(
            "input",
            format!("the newsMessage also carries {what}, which was not read"),
            None,
        )
    }));
    if skipped.more > 0 {
        notes.push(Warning::new(
            "input",
            format!("{} more items of other kinds were not read", skipped.more),
            None,
        ));
    }
    let notes_bytes: usize = notes.iter().map(Warning::bytes).sum();
    for (i, article) in articles.iter_mut().enumerate() {
        article.priority = priority;
        // The message's notes are copied into each article: the copies after the first count
        // against Limits::repeated_bytes.
        if i > 0 && !budget::repeat(notes_bytes) {
            break;
        }
        let own = std::mem::take(&mut article.warnings);
        article.warnings = notes.iter().cloned().chain(own).collect();
    }
    Ok(articles)
}

/// Whether an item's bytes, as a stream cuts them, are a `packageItem` without `itemMeta`: one
/// that only lists the message's other items, which a message read whole leaves out when it
/// holds others.
pub(crate) fn is_listing(item: &[u8]) -> bool {
    let opening = item
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
        .and_then(|end| item.get(1..end))
        .unwrap_or_default();
    let local = opening.rsplit(|&b| b == b':').next().unwrap_or_default();
    local == b"packageItem"
        && !memchr::memmem::find_iter(item, b"itemMeta").any(|at| {
            let before = at.checked_sub(1).and_then(|i| item.get(i));
            let after = item.get(at + b"itemMeta".len());
            matches!(before, Some(b'<' | b':'))
                && after.is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
        })
}

/// The items of a `newsMessage` that were not read, for the warnings every article gets: each
/// description once, at most [`MAX_SKIPPED`] of them and a count of the rest (a message of a
/// million catalog items must not give each article a million warnings).
#[derive(Default)]
struct Skipped {
    noted: Vec<String>,
    more: usize,
}

/// At most this many descriptions of items not read.
const MAX_SKIPPED: usize = 16;

impl Skipped {
    fn note(&mut self, what: String) {
        if self.noted.contains(&what) {
            return;
        }
        if self.noted.len() < MAX_SKIPPED {
            self.noted.push(what);
        } else {
            self.more += 1;
        }
    }
}

/// The dateline from its text, the place names of `located` (the city, then broader
/// areas) and its point. The agencies and the date come from the text, read with the plain-text dateline
/// grammar. A text that is only a time (Reuters' `2014-07-16 20:15:21 GMT+00:00`) prints no
/// dateline: it gives the date, and the body's printed dateline can be the text (see
/// [`located_dateline`](crate::formats::printed::located_dateline)).
pub(super) fn dateline(
    text: Option<String>,
    places: &[String],
    geo: Option<GeoPoint>,
) -> Option<Dateline> {
    if text.is_none() && places.is_empty() && geo.is_none() {
        return None;
    }
    let time = text.as_deref().and_then(time_only);
    let text = text.filter(|_| time.is_none());
    let parsed = text.as_deref().and_then(crate::dateline::parse_line);
    let mut dateline = Dateline::new(text.unwrap_or_default());
    dateline.city = places.first().cloned();
    dateline.region = places.get(1).cloned();
    dateline.geo = geo;
    dateline.date = time.map(|t| {
        use chrono::Datelike;
        let local = t.local();
        crate::model::PartialDate {
            year: Some(local.year()),
            month: u8::try_from(local.month()).ok(),
            day: u8::try_from(local.day()).ok(),
        }
    });
    if let Some(parsed) = parsed {
        dateline.date = parsed.date;
        dateline.agencies = parsed.agencies;
    }
    Some(dateline)
}

/// A dateline text that is a date and time and nothing else, `GMT` or `UTC` before the offset
/// or for it.
fn time_only(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    // A bare date is a printed dateline's date (`2024-03-11`), not a time stamp.
    if !text.contains(':') {
        return None;
    }
    Timestamp::parse(text).or_else(|| {
        let zone = [" GMT", " UTC", "GMT", "UTC"]
            .into_iter()
            .find_map(|zone| text.split_once(zone))?;
        let (time, offset) = zone;
        let offset = offset.trim();
        let offset = if offset.is_empty() { "Z" } else { offset };
        Timestamp::parse(&format!("{}{offset}", time.trim_end()))
    })
}

/// The reading rules that apply once every field is read, shared with [`project()`]: the
/// headline, byline and dateline printed at the head of the body are taken out (see
/// [`printed`]), and the
/// writer's placeholders read as nothing.
pub(super) fn finish(article: &mut Article) {
    dash_tags(&mut article.body);
    printed::settle_head(article);
    strip_dateline(article);
    let no_agency = article
        .dateline
        .as_ref()
        .is_none_or(|d| d.agencies.is_empty());
    if article.provider == Some(unknown_provider()) && article.sources.is_empty() && no_agency {
        article.provider = None;
    }
    if article.modified == Some(Timestamp::UNIX_EPOCH)
        && article.created.is_none()
        && article.published.is_none()
    {
        article.modified = None;
    }
}

/// The pseudo-tags STT escapes into text around a dash (`35&lt;endash&gt;-&lt;/endash&gt;40`)
/// are taken out; the dash they hold stays.
fn dash_tags(blocks: &mut [Block]) {
    const TAGS: [&str; 4] = ["<endash>", "</endash>", "<emdash>", "</emdash>"];
    let clean = |text: &mut String| {
        if TAGS.iter().any(|tag| text.contains(tag)) {
            for tag in TAGS {
                *text = text.replace(tag, "");
            }
        }
    };
    fn inlines(content: &mut [Inline], clean: &dyn Fn(&mut String)) {
        for inline in content {
            match inline {
                Inline::Text(text) => clean(text),
                Inline::Emphasis(inner)
                | Inline::Strong(inner)
                | Inline::Superscript(inner)
                | Inline::Subscript(inner)
                | Inline::Link { content: inner, .. } => inlines(inner, clean),
                Inline::LineBreak => {}
            }
        }
    }
    for block in blocks {
        match block {
            Block::Paragraph { content } | Block::Heading { content, .. } => {
                inlines(content, &clean)
            }
            Block::Blockquote { blocks } | Block::Aside { blocks, .. } => dash_tags(blocks),
            Block::List { items, .. } => {
                for item in items {
                    dash_tags(item);
                }
            }
            Block::Preformatted { text } => clean(text),
            Block::Table { caption, rows } => {
                for content in crate::model::table_inlines_mut(caption, rows) {
                    inlines(content, &clean);
                }
            }
            Block::Figure(figure) => inlines(&mut figure.caption, &clean),
        }
    }
}
