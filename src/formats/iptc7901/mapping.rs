//! A [`Message`] as an [`Article`]: the mapping table of the module documentation.

use crate::dateline::is_known_agency;
use crate::formats::teletype::article::{authors, photos, set_body, set_ends};
use crate::formats::teletype::heading::Heading;
use crate::markers;
use crate::model::{Article, Block, Concept, Party, RoledText, Warning};

use super::CATEGORY_SCHEME;
use super::header;
use super::message::Message;
use super::post;

/// Extension keys (`iptc7901:...`) for the header values the model has no field for.
const SERVICE_KEY: &str = "iptc7901:service";
const SEQUENCE_KEY: &str = "iptc7901:sequence";
const OPTIONAL_KEY: &str = "iptc7901:optional";
const PRIORITY_KEY: &str = "iptc7901:priority";
const HEADER_KEY: &str = "iptc7901:header";
const TAKE_KEY: &str = "iptc7901:take";
const SIGNALS_KEY: &str = "iptc7901:signals";

/// The article a message holds; `language` is the caller's, used instead of detecting one. The
/// message's paragraphs are moved into the body.
pub(super) fn article(mut message: Message, language: Option<&str>) -> Article {
    let mut article = Article::default();
    header_fields(&message, &mut article);
    let keywords = header::keywords(&message.keyword_lines);
    article.slugline = keywords.slugline;
    article.keywords = keywords.keywords;

    let heading = Heading::read(&message.text.heading);
    if !heading.takes.is_empty() {
        article
            .extensions
            .insert(TAKE_KEY.into(), heading.takes.join(" ").into());
        article.version = heading
            .takes
            .iter()
            .filter_map(|t| markers::version_number(t))
            .max();
    }
    article.urgency = heading.urgency.or(article.priority);
    (article.title, article.headline) = heading.kicker_and_headline();
    if let Some(byline) = &heading.byline {
        article.authors = authors(byline, heading.affiliation.as_deref());
        article.byline = Some(byline.text.clone());
    }
    article.associations = photos(&heading.photos);
    article.editorial_notes = heading
        .notes
        .iter()
        .chain(&message.text.notes)
        .map(RoledText::new)
        .collect();
    if heading.correction {
        article
            .extensions
            .insert(SIGNALS_KEY.into(), serde_json::json!(["correction"]));
    }
    article.embargo = heading.embargo;

    set_body(
        &mut article,
        std::mem::take(&mut message.text.body),
        |text| Block::paragraph(text),
    );
    let post = message.post.as_deref();
    set_ends(
        &mut article,
        "iptc7901",
        message.text.sign_off.as_deref(),
        post,
        post.and_then(post::time),
        language,
    );
    article
}

/// The header line's fields: priority, the category as a subject, the rest as extensions.
fn header_fields(message: &Message, article: &mut Article) {
    let Some(header) = header::parse(&message.header) else {
        if !message.header.is_empty() {
            article
                .extensions
                .insert(HEADER_KEY.into(), message.header.clone().into());
            article.warnings.push(Warning {
                field: None,
                message: "the header line is not in the IPTC 7901 form (source, number, priority, category, word count); its fields are not read".to_string(),
                raw: Some(message.header.clone()),
            });
        }
        return;
    };
    article.word_count = Some(header.words);
    let ext = &mut article.extensions;
    ext.insert(SERVICE_KEY.into(), header.service.clone().into());
    ext.insert(SEQUENCE_KEY.into(), header.sequence.clone().into());
    article.priority = header.priority_number();
    if article.priority.is_none() {
        ext.insert(PRIORITY_KEY.into(), header.priority.to_string().into());
    }
    article
        .subjects
        .push(Concept::coded(CATEGORY_SCHEME, header.category.clone()));
    if !header.optional.is_empty() {
        ext.insert(OPTIONAL_KEY.into(), header.optional.clone().into());
        article.provider = header
            .optional
            .split_whitespace()
            .find(|token| is_known_agency(token))
            .map(Party::named);
    }
}
