//! [`Draft`]: what a NewsItem and its components say about one story, inherited down the
//! component tree and settled into an [`Article`] at the end.

use std::collections::{BTreeMap, HashSet};
use std::hash::Hash;

use serde_json::Value;

use crate::model::{
    Article, Association, Author, Block, Concept, Dateline, ItemKind, Link, PartialDate, Party,
    Warning,
};
use crate::xml::{collapse, paragraphs};

/// A story being read. Single values set by a deeper component replace the ones it inherited
/// (a Belga video component's headline wins over its package's); lists are merged without
/// repeats.
#[derive(Debug, Clone, Default)]
pub(super) struct Draft {
    pub article: Article,
    pub dateline_text: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub dateline_date: Option<PartialDate>,
    /// The item-level `Urgency`, which wins over a component's `Priority` property.
    pub managed_urgency: bool,
    /// The Belga `Priority` property.
    pub property_priority: Option<u8>,
    /// The role of the component the story is read from (`Main`, `Video`, ...).
    pub role: Option<String>,
    /// The `@Duid` of the component the story is read from.
    pub duid: Option<String>,
    /// Text of a `Title` part.
    pub title_part: Option<String>,
    /// Text of a `Caption` part.
    pub caption: Option<String>,
    /// Body blocks of `Lead` parts, then of the body.
    pub lead: Vec<Block>,
    pub body: Vec<Block>,
    /// The media type of the main content item (`Text`, `Video`, ...).
    pub media_type: Option<String>,
    /// What an NITF body's head said, for fields the NewsML metadata leaves empty.
    pub nitf: Option<Box<Article>>,
    /// Subject names from a `TopicSet` (ANA), by code.
    pub topic_names: BTreeMap<String, String>,
    pub extensions: BTreeMap<String, Value>,
}

/// Lists [`Draft::add`] searches for an entry before adding it; longer ones get repeats
/// dropped at the end.
const SEARCHED: usize = 32;

/// `list` without repeats, first occurrences kept in order (see [`Draft::add`]).
fn dedupe<T: Hash + Eq + Clone>(list: &mut Vec<T>) {
    if list.len() <= SEARCHED {
        return;
    }
    let mut seen = HashSet::with_capacity(list.len());
    list.retain(|entry| seen.insert(entry.clone()));
}

impl Draft {
    /// About the bytes a copy of the draft takes: its article's JSON, its text and names.
    pub fn bytes(&self) -> usize {
        let strings = [
            &self.dateline_text,
            &self.city,
            &self.region,
            &self.role,
            &self.duid,
            &self.title_part,
            &self.caption,
            &self.media_type,
        ];
        serde_json::to_vec(&self.article).map_or(0, |json| json.len())
            + Block::text_of(&self.lead).len()
            + Block::text_of(&self.body).len()
            + strings
                .into_iter()
                .flatten()
                .map(String::len)
                .sum::<usize>()
            + self
                .nitf
                .as_ref()
                .and_then(|nitf| serde_json::to_vec(nitf).ok())
                .map_or(0, |json| json.len())
            + serde_json::to_vec(&self.extensions).map_or(0, |json| json.len())
    }

    pub fn warn(&mut self, field: &str, message: &str, raw: &str) {
        self.article
            .warnings
            .push(Warning::new(field, message, Some(raw.trim().to_string())));
    }

    /// Adds to a list without repeating an entry. A long list (past [`SEARCHED`]) is not
    /// searched for the entry, which would cost entries × list: [`finish`](Self::finish) drops
    /// its repeats, keeping the first.
    pub fn add<T: PartialEq>(list: &mut Vec<T>, value: T) {
        if list.len() >= SEARCHED || !list.contains(&value) {
            list.push(value);
        }
    }

    pub fn subject(&mut self, concept: Concept) {
        Draft::add(&mut self.article.subjects, concept);
    }

    pub fn genre(&mut self, concept: Concept) {
        Draft::add(&mut self.article.genres, concept);
    }

    pub fn keyword(&mut self, keyword: String) {
        Draft::add(&mut self.article.keywords, keyword);
    }

    pub fn author(&mut self, author: Author) {
        Draft::add(&mut self.article.authors, author);
    }

    pub fn source(&mut self, party: Party) {
        Draft::add(&mut self.article.sources, party);
    }

    pub fn link(&mut self, link: Link) {
        Draft::add(&mut self.article.links, link);
    }

    /// An associated item (a media component), once.
    pub fn association(&mut self, association: Association) {
        Draft::add(&mut self.article.associations, association);
    }

    /// Keeps a source value no model field holds under `newsml12:<name>`, listing repeats.
    pub fn extension(&mut self, name: &str, value: Value) {
        let key = format!("newsml12:{name}");
        match self.extensions.get_mut(&key) {
            None => {
                self.extensions.insert(key, value);
            }
            Some(Value::Array(items)) => {
                if !items.contains(&value) {
                    items.push(value);
                }
            }
            Some(previous) if *previous != value => {
                let first = previous.take();
                *previous = Value::Array(vec![first, value]);
            }
            Some(_) => {}
        }
    }

    /// Adds an entry to a list kept under `newsml12:<name>`.
    pub fn extension_item(&mut self, name: &str, value: Value) {
        let key = format!("newsml12:{name}");
        match self.extensions.get_mut(&key) {
            Some(Value::Array(items)) => {
                if !items.contains(&value) {
                    items.push(value);
                }
            }
            _ => {
                self.extensions.insert(key, Value::Array(vec![value]));
            }
        }
    }

    /// Settles the story into an article.
    pub fn finish(mut self) -> Article {
        let mut article = std::mem::take(&mut self.article);
        if let Some(priority) = self.property_priority {
            article.priority = article.priority.or(Some(priority));
            if !self.managed_urgency {
                article.urgency = article.urgency.or(Some(priority));
            }
        }
        let kind = media_kind(self.role.as_deref())
            .or_else(|| media_kind(self.media_type.as_deref()))
            .unwrap_or(ItemKind::Text);
        article.kind = kind;
        article.headline = article.headline.or(self.title_part.take());
        let mut body = std::mem::take(&mut self.lead);
        body.append(&mut self.body);
        if let Some(nitf) = self.nitf.take() {
            fill_from_nitf(&mut article, *nitf, &mut body);
        }
        if kind != ItemKind::Text && kind != ItemKind::Composite {
            // A picture's or video's text is its description.
            let text = paragraphs(&Block::text_of(&body));
            article.description = article.description.or(text).or(self.caption.take());
            body.clear();
        }
        copyright_trailer(&mut article, &mut body);
        article.body = body;
        dedupe(&mut article.subjects);
        dedupe(&mut article.genres);
        dedupe(&mut article.keywords);
        dedupe(&mut article.authors);
        dedupe(&mut article.sources);
        dedupe(&mut article.links);
        dedupe(&mut article.editorial_notes);
        article.dateline = self.dateline().or(article.dateline);
        if let Some(names) = (!self.topic_names.is_empty()).then_some(&self.topic_names) {
            for subject in &mut article.subjects {
                if subject.name.is_none()
                    && let Some(name) = subject.code.as_ref().and_then(|c| names.get(c))
                {
                    subject.name = Some(name.clone());
                }
            }
        }
        article.extensions.append(&mut self.extensions);
        crate::formats::printed::strip_dateline(&mut article);
        article
    }

    /// The dateline from `DateLine`, the origin `Location` and `DateLineDate`; the agencies (and
    /// the date, when `DateLineDate` gives none) are read from the text with the plain-text
    /// dateline grammar.
    fn dateline(&mut self) -> Option<Dateline> {
        let text = self.dateline_text.take();
        if text.is_none() && self.city.is_none() && self.region.is_none() {
            return None;
        }
        let parsed = text.as_deref().and_then(crate::dateline::parse_line);
        let mut dateline = Dateline::new(text.unwrap_or_default());
        dateline.city = self.city.take();
        dateline.region = self.region.take();
        dateline.date = self.dateline_date;
        if let Some(parsed) = parsed {
            dateline.date = dateline.date.or(parsed.date);
            dateline.agencies = parsed.agencies;
        }
        Some(dateline)
    }
}

/// A closing paragraph that is a copyright statement (`© ΑΠΕ-ΜΠΕ ΑΕ. ...`, ANA) is rights
/// information, not story text: it becomes the notice, or the usage terms when the notice is
/// already given and says something else.
fn copyright_trailer(article: &mut Article, body: &mut Vec<Block>) {
    let Some(text) = body
        .last()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .and_then(|b| collapse(&b.plain_text()))
    else {
        return;
    };
    if !text.starts_with('©') {
        return;
    }
    let rights = &mut article.rights;
    if rights.notice.is_none() {
        rights.notice = Some(text);
    } else if rights.notice.as_deref() != Some(text.as_str()) && rights.usage_terms.is_none() {
        rights.usage_terms = Some(text);
    } else if rights.notice.as_deref() != Some(text.as_str()) {
        return;
    }
    body.pop();
}

/// The NITF body's head fills what the NewsML metadata does not say; its body is the body.
fn fill_from_nitf(article: &mut Article, nitf: Article, body: &mut Vec<Block>) {
    body.extend(nitf.body);
    let fill = |slot: &mut Option<String>, value: Option<String>| {
        if slot.is_none() {
            *slot = value;
        }
    };
    fill(&mut article.headline, nitf.headline);
    fill(&mut article.subheadline, nitf.subheadline);
    fill(&mut article.title, nitf.title);
    fill(&mut article.byline, nitf.byline);
    fill(&mut article.credit, nitf.credit);
    fill(&mut article.description, nitf.description);
    fill(&mut article.slugline, nitf.slugline);
    // `finish` puts the metadata's dateline over this one when the metadata gives one.
    article.dateline = article.dateline.take().or(nitf.dateline);
    if article.keywords.is_empty() {
        article.keywords = nitf.keywords;
    }
    if article.editorial_notes.is_empty() {
        article.editorial_notes = nitf.editorial_notes;
    }
    for subject in nitf.subjects {
        Draft::add(&mut article.subjects, subject);
    }
    if article.authors.is_empty() {
        article.authors = nitf.authors;
    }
    if article.genres.is_empty() {
        article.genres = nitf.genres;
    }
    if article.rights.is_empty() {
        article.rights = nitf.rights;
    }
    article.word_count = article.word_count.or(nitf.word_count);
    for link in nitf.links {
        Draft::add(&mut article.links, link);
    }
    article.warnings.extend(nitf.warnings);
    for (key, value) in nitf.extensions {
        article.extensions.entry(key).or_insert(value);
    }
}

/// The item kind a role or media type names (`Video`, `Photo`, `Picture`, `Audio`, `Graphic`).
pub(super) fn media_kind(name: Option<&str>) -> Option<ItemKind> {
    Some(match name?.trim().to_ascii_lowercase().as_str() {
        "video" | "clip" => ItemKind::Video,
        "photo" | "picture" | "image" => ItemKind::Picture,
        "audio" | "sound" => ItemKind::Audio,
        "graphic" | "graphics" => ItemKind::Graphic,
        "text" => ItemKind::Text,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The estimate is the sum of its parts: each part counted once, none subtracted or
    /// multiplied (survivors of the NewsML 1.2 run).
    #[test]
    fn a_draft_s_bytes_are_the_sum_of_its_parts() {
        let empty = Draft::default();
        let article_json = serde_json::to_vec(&Article::default()).map_or(0, |j| j.len());
        assert_eq!(
            empty.bytes(),
            article_json + 2,
            "an empty article and an empty extensions object"
        );
        let nitf = Article {
            headline: Some("N".repeat(7)),
            ..Article::default()
        };
        let nitf_json = serde_json::to_vec(&nitf).map_or(0, |j| j.len());
        let draft = Draft {
            lead: vec![Block::paragraph("l".repeat(3))],
            body: vec![Block::paragraph("b".repeat(5))],
            city: Some("c".repeat(11)),
            caption: Some("p".repeat(13)),
            nitf: Some(Box::new(nitf)),
            extensions: BTreeMap::from([("k".to_string(), Value::from("v"))]),
            ..Draft::default()
        };
        assert_eq!(
            draft.bytes(),
            article_json + 3 + 5 + 11 + 13 + nitf_json + r#"{"k":"v"}"#.len()
        );
    }

    #[test]
    fn roles_and_media_types_name_kinds_in_any_case() {
        assert_eq!(media_kind(Some(" Text ")), Some(ItemKind::Text));
        assert_eq!(media_kind(Some("CLIP")), Some(ItemKind::Video));
        assert_eq!(media_kind(Some("Image")), Some(ItemKind::Picture));
        assert_eq!(media_kind(Some("Main")), None);
        assert_eq!(media_kind(None), None);
    }
}
