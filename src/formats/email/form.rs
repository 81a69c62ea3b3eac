//! A Google Forms notification: the body is the form's answers as Apps Script hands them to
//! a mail (`e.namedValues`), a JSON object of the questions, each with a one-element array of
//! its answer: `{"Headline":["..."],"Body":["..."],...}`. Questions that name a field of the
//! model by a newsroom's usual name are read into it; every other answer is kept, as sent, in
//! the extension `email:form`.
//!
//! | question (any case) | model |
//! |---|---|
//! | `Headline` | `headline` |
//! | `Abstract`, `Summary` | `description` |
//! | `Slugline`, `Slug` | `slugline` |
//! | `Body` | `body`, a paragraph per line |
//! | `Byline` | `byline` |
//! | `Dateline` | `dateline` (the place as its city) |
//! | `News Value`, `Urgency` (a digit 1 to 9) | `urgency` |
//! | `Priority` (a digit 1 to 9) | `priority`; a word (`Urgent`) stays in `email:form`, with a warning |
//! | `Genre` | `genres` (by name) |
//! | `Category` | `sections` (by name) |
//! | `Username`, `Email Address` (who filled in the form) | `authors` (the address, with a `mailto:` id) |

use serde_json::{Map, Value};

use crate::formats::ReadOptions;
use crate::model::{Author, Block, Concept, Dateline, Warning};
use crate::{Article, Format};

/// The extension keeping the answers no field takes.
const FORM_KEY: &str = "email:form";

/// The article a form notification body holds; `None` when the body is no such object.
pub(super) fn read(text: &str, options: &ReadOptions) -> Option<Article> {
    let trimmed = text.trim();
    if !(trimmed.starts_with('{') && trimmed.ends_with('}')) {
        return None;
    }
    let repaired = without_raw_breaks(trimmed);
    let mut found = None;
    let read = crate::formats::read_json(repaired.as_bytes(), Format::Email, options, |value| {
        found = answers(value).map(build);
        Ok(Vec::new())
    });
    read.ok()?;
    found
}

/// The answers: an object whose every value is an array of strings (one for each question).
fn answers(value: &Value) -> Option<Vec<(String, String)>> {
    let object: &Map<String, Value> = value.as_object().filter(|o| !o.is_empty())?;
    object
        .iter()
        .map(|(question, answer)| {
            let answer = answer.as_array()?;
            let texts: Option<Vec<&str>> = answer.iter().map(Value::as_str).collect();
            Some((question.clone(), texts?.join("\n")))
        })
        .collect()
}

/// The article the answers describe.
fn build(answers: Vec<(String, String)>) -> Article {
    let mut article = Article::default();
    let mut kept = Map::new();
    for (question, answer) in answers {
        let value = answer.trim().to_string();
        if value.is_empty() {
            continue;
        }
        let digit = || value.parse::<u8>().ok().filter(|d| (1..=9).contains(d));
        match question.trim().to_ascii_lowercase().as_str() {
            "headline" => article.headline = Some(value),
            "abstract" | "summary" => article.description = Some(value),
            "slugline" | "slug" => article.slugline = Some(value),
            "byline" => article.byline = Some(value),
            "body" => {
                article.body = value
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(Block::paragraph)
                    .collect();
            }
            "dateline" => {
                let mut dateline = Dateline::new(value.clone());
                dateline.city = Some(value);
                article.dateline = Some(dateline);
            }
            "news value" | "urgency" if digit().is_some() => article.urgency = digit(),
            "priority" if digit().is_some() => article.priority = digit(),
            "genre" => article.genres.push(Concept::named(value)),
            "category" => article.sections.push(Concept::named(value)),
            "username" | "email address" if value.contains('@') => {
                article
                    .authors
                    .push(Author::named(value.clone()).with_id(format!("mailto:{value}")));
            }
            _ => {
                if matches!(
                    question.trim().to_ascii_lowercase().as_str(),
                    "priority" | "news value" | "urgency"
                ) {
                    article.warnings.push(Warning::new(
                        "priority",
                        format!("the form's {question:?} is not a number from 1 to 9; kept in {FORM_KEY}"),
                        Some(value.clone()),
                    ));
                }
                kept.insert(question, Value::String(value));
            }
        }
    }
    if !kept.is_empty() {
        article
            .extensions
            .insert(FORM_KEY.to_string(), Value::Object(kept));
    }
    article
}

/// The text with the line breaks a mailer put inside JSON strings (a folded answer) made
/// spaces, so that the object parses.
fn without_raw_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped, mut after_break) = (false, false, false);
    for c in text.chars() {
        if in_string && matches!(c, '\r' | '\n') {
            if !after_break {
                out.push(' ');
            }
            after_break = true;
            continue;
        }
        after_break = false;
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_notification_is_read() {
        let body = "{\"Headline\":[\"Ferry back\"],\"News Value\":[\"3\"],\"Priority\":[\"Urgent\"],\"Timestamp\":[\"9/14/2015\r\n12:06:00\"],\"Body\":[\"One.\\nTwo.\"]}";
        let article = read(body, &ReadOptions::default()).unwrap_or_default();
        assert_eq!(article.headline.as_deref(), Some("Ferry back"));
        assert_eq!(article.urgency, Some(3));
        assert_eq!(article.priority, None);
        assert_eq!(article.body_text(), "One.\n\nTwo.");
        let kept = article
            .extensions
            .get(FORM_KEY)
            .cloned()
            .unwrap_or_default();
        assert_eq!(kept["Timestamp"], "9/14/2015 12:06:00");
        assert_eq!(kept["Priority"], "Urgent");
        assert_eq!(article.warnings.len(), 1);
    }

    #[test]
    fn other_json_is_no_form() {
        assert!(read("{\"headline\":\"x\"}", &ReadOptions::default()).is_none());
        assert!(read("{not json}", &ReadOptions::default()).is_none());
        assert!(read("Text {with} braces", &ReadOptions::default()).is_none());
    }
}
