//! Reading every message of a stream: one article per message, broken messages reported.
//!
//! A stream from a wire line often holds a message that was cut off (the line dropped, the
//! capture started late) between good ones. Such a message is not guessed at: it is skipped,
//! and a [`Warning`] on the article before it (or after it, when it comes first) says which
//! message was skipped, where it starts and why. The command line prints these warnings, and
//! the other messages convert as usual. Only when no message at all can be read is the stream an
//! error.

use crate::error::Position;
use crate::model::{Article, Warning};
use crate::{Error, Format};

use super::controls::{self, Parts};
use super::frame::Frame;

/// Refuses a stream of more messages than [`Limits::articles`](crate::formats::Limits) before
/// any is read: each message would be an article.
pub(crate) fn within_limits(
    format: Format,
    frames: &[Frame<'_>],
    limits: &crate::formats::Limits,
) -> Result<(), Error> {
    match frames.get(limits.articles) {
        Some(first_over) => Err(Error::LimitExceeded {
            format,
            limit: crate::formats::Limit::Articles,
            max: limits.articles,
            position: Some(Position::Byte(first_over.offset)),
        }),
        None => Ok(()),
    }
}

/// The articles of `frames`, each read by `read_one` (which says why a message cannot be read
/// when it cannot). Framing faults that do not stop a message from being read are added to its
/// warnings.
pub(crate) fn read_frames<'a>(
    format: Format,
    frames: &[Frame<'a>],
    mut read_one: impl FnMut(&Frame<'a>) -> Result<Article, String>,
) -> Result<Vec<Article>, Error> {
    let mut articles: Vec<Article> = Vec::new();
    let mut pending: Vec<Warning> = Vec::new();
    let mut first_failure: Option<(usize, String)> = None;
    for (i, frame) in frames.iter().enumerate() {
        let outcome = match &frame.broken {
            Some(reason) => Err(reason.clone()),
            None => read_one(frame),
        };
        match outcome {
            Ok(mut article) => {
                if let Some(note) = &frame.note {
                    article
                        .warnings
                        .push(Warning::new("message", note.clone(), None));
                }
                article.warnings.append(&mut pending);
                articles.push(article);
            }
            Err(reason) => {
                let warning = Warning {
                    field: Some("message".to_string()),
                    message: format!(
                        "message {} of the stream (byte {}) was not read: {reason}",
                        i + 1,
                        frame.offset
                    ),
                    raw: Some(snippet(frame.bytes)),
                };
                match articles.last_mut() {
                    Some(previous) => previous.warnings.push(warning),
                    None => pending.push(warning),
                }
                first_failure.get_or_insert((frame.offset, reason));
            }
        }
    }
    if !articles.is_empty() {
        return Ok(articles);
    }
    Err(match first_failure {
        Some((offset, reason)) => Error::Syntax {
            format,
            position: Position::Byte(offset),
            message: format!("no message could be read: {reason}"),
        },
        None => Error::Invalid {
            format,
            message: "no message: the input has no SOH ... STX ... ETX framing".to_string(),
        },
    })
}

/// The start of a broken message, readable: control characters shown as spaces, at most 60
/// characters.
fn snippet(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes.get(..bytes.len().min(240)).unwrap_or(bytes));
    let shown: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    shown
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(60)
        .collect()
}

/// [`read_frames`] for a format that reads a message from its decoded [`Parts`]: how the
/// message's encoding had to be guessed goes first among the article's warnings.
pub(crate) fn read_decoded<'a>(
    format: Format,
    frames: &[Frame<'a>],
    mut read_one: impl FnMut(&Parts) -> Result<Article, String>,
) -> Result<Vec<Article>, Error> {
    read_frames(format, frames, |frame| {
        let parts = controls::parts(frame.bytes);
        let mut article = read_one(&parts)?;
        if let Some(warning) = parts.warning {
            article
                .warnings
                .insert(0, Warning::new("input", warning, None));
        }
        Ok(article)
    })
}

/// The messages `render` prints for each article, back to back, as one stream.
pub(crate) fn write_messages(articles: &[Article], render: impl Fn(&Article) -> String) -> Vec<u8> {
    articles.iter().map(render).collect::<String>().into_bytes()
}
