//! A [`Message`] as an [`Article`]: the mapping table of the module documentation.

use serde_json::Value;

use crate::dateline::is_known_agency;
use crate::formats::teletype::article::{authors, photos, set_body, set_ends};
use crate::formats::teletype::lines::collapse;
use crate::markers;
use crate::model::{Article, Block, Concept, Party, RoledText};

use super::codes;
use super::message::Message;
use super::post;
use super::text::read_heading;
use super::{CATEGORY_SCHEME, CYCLE_KEY, CYCLES, SLUG_KEY};

/// Extension keys (`anpa1312:...`) for the values the model has no field for.
const SERVICE_LEVEL_KEY: &str = "anpa1312:service_level";
const NUMBER_KEY: &str = "anpa1312:story_number";
const EXTRA_KEY: &str = "anpa1312:extra";
const SELECTOR_KEY: &str = "anpa1312:selector";
const PRIORITY_KEY: &str = "anpa1312:priority";
const FORMAT_KEY: &str = "anpa1312:format";
const VERSION_KEY: &str = "anpa1312:version";
const DATE_KEY: &str = "anpa1312:filing_date";
const TEXT_WORDS_KEY: &str = "anpa1312:text_word_count";
const TAKE_KEY: &str = "anpa1312:take";
const SIGNALS_KEY: &str = "anpa1312:signals";

/// The article a message holds; `language` is the caller's, used instead of detecting one. The
/// message's paragraphs are moved into the body.
pub(super) fn article(mut message: Message, language: Option<&str>) -> Article {
    let mut article = Article::default();
    header_fields(&message, &mut article);
    let mut version = codes::header_version(&message.header.version);
    let (cycle, keyword) = split_cycle(&message.header.keyword);
    if let Some(cycle) = cycle {
        article.extensions.insert(CYCLE_KEY.into(), cycle.into());
    }
    article.slugline = (!keyword.is_empty()).then(|| keyword.to_string());
    if let Some(slug) = &message.text.slug {
        let (slug, take, words) = slug_line(slug);
        match (&article.slugline, slug) {
            // The header keyword is the slug; the slug line's, with its spaces, is kept.
            (Some(_), Some(slug)) => {
                article.extensions.insert(SLUG_KEY.into(), slug.into());
            }
            (None, Some(slug)) => {
                let (cycle, slug) = split_cycle(&slug);
                if let Some(cycle) = cycle {
                    article.extensions.insert(CYCLE_KEY.into(), cycle.into());
                }
                article.slugline = (!slug.is_empty()).then(|| slug.to_string());
            }
            (_, None) => {}
        }
        if let Some(take) = take {
            version = markers::version_number(&take).or(version);
            article.extensions.insert(TAKE_KEY.into(), take.into());
        }
        if let Some(words) = words {
            article
                .extensions
                .insert(TEXT_WORDS_KEY.into(), Value::from(words));
            // A header with its count left blank: the slug line's is the article's.
            article.word_count = article.word_count.or(Some(words));
        }
    }
    article.version = version;

    let (headline, heading) = read_heading(&message.text.heading);
    article.headline = headline;
    let subheadline = collapse(&heading.text.join(" "));
    article.subheadline = (!subheadline.is_empty()).then_some(subheadline);
    article.urgency = heading.urgency.or(article.priority);
    if let Some(byline) = &heading.byline {
        article.authors = authors(byline, heading.affiliation.as_deref());
        article.byline = Some(byline.text.clone());
    }
    article.associations = photos(&heading.photos);
    article.editorial_notes = heading.notes.iter().map(RoledText::new).collect();
    if heading.correction {
        article
            .extensions
            .insert(SIGNALS_KEY.into(), serde_json::json!(["correction"]));
    }
    article.embargo = heading.embargo;
    if article.version.is_none() && !heading.takes.is_empty() {
        article.version = heading
            .takes
            .iter()
            .filter_map(|t| markers::version_number(t))
            .max();
    }

    set_body(
        &mut article,
        std::mem::take(&mut message.text.body),
        |text| Block::heading(2, text),
    );
    let post = message.post.as_deref();
    set_ends(
        &mut article,
        "anpa1312",
        message.text.sign_off.as_deref(),
        post,
        post.and_then(post::time),
        language,
    );
    article
}

/// AP's cycle designator (`BC` both cycles, `AM`, `PM`) and the slug after it:
/// `BC-LT--Argentina-CancerB` is `(Some("BC"), "LT--Argentina-CancerB")`.
fn split_cycle(keyword: &str) -> (Option<&str>, &str) {
    CYCLES
        .iter()
        .find_map(|&cycle| {
            let slug = keyword.strip_prefix(cycle)?.strip_prefix('-')?;
            Some((Some(cycle), slug))
        })
        .unwrap_or((None, keyword))
}

/// The slug line `BC-US--Giant Lobster Death, 1st Ld-Writethru,127`: the slug, the version
/// between commas, the word count after the last comma.
fn slug_line(line: &str) -> (Option<String>, Option<String>, Option<u32>) {
    let segments: Vec<&str> = line.split(',').map(str::trim).collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (words, middle) = match segments.as_slice() {
        [] => (None, &[][..]),
        [only] if digits(only) => return (None, None, only.parse().ok()),
        [_] => (None, &[][..]),
        [_, rest @ .., last] if digits(last) => (last.parse().ok(), rest),
        [_, rest @ ..] => (None, rest),
    };
    let slug = segments
        .first()
        .map(|s| collapse(s))
        .filter(|s| !s.is_empty());
    let take: Vec<&str> = middle.iter().copied().filter(|s| !s.is_empty()).collect();
    let take = (!take.is_empty()).then(|| collapse(&take.join(", ")));
    (slug, take, words)
}

/// The header fields: priority, the category as an `a1312cat` subject, the rest as extensions.
fn header_fields(message: &Message, article: &mut Article) {
    let header = &message.header;
    article.word_count = header.words;
    let ext = &mut article.extensions;
    for (key, value) in [
        (SERVICE_LEVEL_KEY, &header.service_level),
        (NUMBER_KEY, &header.number),
        (EXTRA_KEY, &header.extra),
        (SELECTOR_KEY, &header.selector),
        (VERSION_KEY, &header.version),
        (DATE_KEY, &header.date),
    ] {
        if !value.is_empty() {
            ext.insert(key.into(), value.clone().into());
        }
    }
    if let Some(format) = header.format_name() {
        ext.insert(FORMAT_KEY.into(), format.into());
    }
    if let Some(letter) = header.priority {
        ext.insert(PRIORITY_KEY.into(), letter.to_string().into());
        article.priority = codes::priority(letter);
    }
    if let Some(category) = header.category {
        article
            .subjects
            .push(Concept::coded(CATEGORY_SCHEME, category.to_string()));
    }
    if is_known_agency(&header.extra) {
        article.provider = Some(Party::named(header.extra.clone()));
    }
}
