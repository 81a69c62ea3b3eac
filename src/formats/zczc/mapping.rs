//! A [`Message`] as an [`Article`]: the mapping table of the module documentation.

use crate::dateline::is_known_agency;
use crate::formats::anpa1312::CATEGORY_SCHEME;
use crate::formats::teletype::article::{set_body, set_ends};
use crate::formats::teletype::blocks::{Chunk, LineRules, chunk_lines_with, preformatted};
use crate::formats::teletype::controls::HT;
use crate::formats::teletype::lines::blank;
use crate::model::{Article, Block, Concept, EntityKind, Party, Warning};

use super::message::{Layout, Message, one_letter, subject_code};

/// Extension keys (`zczc:...`) for the values the model has no field for.
const SOURCE_KEY: &str = "zczc:source";
const TAKE_KEY: &str = "zczc:take_key";
const SELECTORS_KEY: &str = "zczc:selectors";
const SERVICE_LEVEL_KEY: &str = "zczc:service_level";
const FORMAT_KEY: &str = "zczc:format";

/// The IPTC subject code scheme.
const SUBJECT_SCHEME: &str = "subj";

/// The format letter of tabular copy: the whole body is preformatted.
const TABULAR: &str = "T";
/// The format letter of text copy.
const TEXT: &str = "X";

/// How AAP lays out body lines: columns three spaces apart or more (Pagemasters' fields), and a
/// tab at the start of a line starts a paragraph (sports results' lines).
const RULES: LineRules = LineRules {
    gap: 3,
    starts_paragraph: |line| line.starts_with(HT),
};

/// What a header line holds, once its layout is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Category,
    Selectors,
    Slugline,
    Headline,
    TakeKey,
    Format,
    Subject,
    Place,
    ServiceLevel,
    Genre,
}

/// What `marker` with `value` holds in `layout`.
fn field(layout: Layout, marker: char, value: &str) -> Field {
    match marker {
        '%' if one_letter(value) => Field::Category,
        '%' => Field::Selectors,
        '$' if one_letter(value) => Field::Category,
        '$' => Field::Headline,
        '#' => Field::Slugline,
        ':' => match layout {
            Layout::Generic => Field::Slugline,
            Layout::Broadcast | Layout::Medianet => Field::TakeKey,
            Layout::Pagemasters => Field::Headline,
        },
        '=' => Field::TakeKey,
        '^' => Field::Headline,
        '*' if subject_code(value) => Field::Subject,
        '*' => Field::Format,
        '+' => Field::Subject,
        '@' if layout == Layout::Pagemasters => Field::TakeKey,
        '@' => Field::Place,
        '&' => Field::ServiceLevel,
        _ => Field::Genre,
    }
}

/// The article a message holds; `language` is the caller's, used instead of detecting one.
pub(super) fn article(message: Message, language: Option<&str>) -> Article {
    let mut article = Article::default();
    if !message.source.is_empty() {
        article
            .extensions
            .insert(SOURCE_KEY.into(), message.source.clone().into());
        if is_known_agency(&message.source) {
            article.provider = Some(Party::named(message.source.clone()));
        }
    }
    let layout = message.layout();
    let mut format = None;
    for (marker, value) in &message.fields {
        if value.is_empty() {
            continue;
        }
        let what = field(layout, *marker, value);
        let single = |slot: &mut Option<String>, warnings: &mut Vec<Warning>, name: &str| match slot
        {
            None => *slot = Some(value.clone()),
            Some(kept) if kept == value => {}
            Some(_) => warnings.push(Warning::new(
                name,
                format!("a second `{marker}` header line: the first is kept"),
                Some(format!("{marker}{value}")),
            )),
        };
        match what {
            Field::Category => article
                .subjects
                .push(Concept::coded(CATEGORY_SCHEME, value.clone())),
            Field::Subject => article
                .subjects
                .push(Concept::coded(SUBJECT_SCHEME, value.clone())),
            Field::Place => article.subjects.push(Concept {
                kind: Some(EntityKind::Place),
                ..Concept::named(value.clone())
            }),
            Field::Genre => article.genres.push(Concept::named(value.clone())),
            Field::Slugline => single(&mut article.slugline, &mut article.warnings, "slugline"),
            Field::Headline => single(&mut article.headline, &mut article.warnings, "headline"),
            Field::Format => single(&mut format, &mut article.warnings, "format"),
            Field::TakeKey | Field::Selectors | Field::ServiceLevel => {
                let key = match what {
                    Field::TakeKey => TAKE_KEY,
                    Field::Selectors => SELECTORS_KEY,
                    _ => SERVICE_LEVEL_KEY,
                };
                let mut slot = article
                    .extensions
                    .get(key)
                    .and_then(|v| v.as_str())
                    .map(str::to_string);
                single(&mut slot, &mut article.warnings, key);
                if let Some(kept) = slot {
                    article.extensions.insert(key.into(), kept.into());
                }
            }
        }
    }
    if let Some(letter) = &format {
        article
            .extensions
            .insert(FORMAT_KEY.into(), letter.clone().into());
        if letter != TABULAR && letter != TEXT {
            article.warnings.push(Warning::new(
                "format",
                "an unknown format letter: the body is read as text",
                Some(format!("*{letter}")),
            ));
        }
    }
    let mut body = message.body;
    let sign_off = take_sign_off(&mut body);
    let chunks = if format.as_deref() == Some(TABULAR) {
        preformatted(&body.join("\n"))
            .map(Chunk::Pre)
            .into_iter()
            .collect()
    } else {
        chunk_lines_with(&body, RULES)
    };
    set_body(&mut article, chunks, |text| Block::paragraph(text));
    set_ends(
        &mut article,
        "zczc",
        sign_off.as_deref(),
        None,
        None,
        language,
    );
    article
}

/// Removes AAP's sign-off from the end of the body: the last line with text, `AAP` alone or
/// followed by one or two capitalised words (`AAP RTV`, `AAP FIELDS`), at any indent.
fn take_sign_off(lines: &mut Vec<String>) -> Option<String> {
    let last = lines.iter().rposition(|l| !blank(l))?;
    let line = lines.get(last)?.trim();
    let mut words = line.split(' ');
    let signed = words.next() == Some("AAP")
        && words.clone().count() <= 2
        && words.all(|w| (1..=12).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()));
    if !signed {
        return None;
    }
    let sign_off = line.to_string();
    lines.truncate(last);
    Some(sign_off)
}
