//! `--strict`: an input that newswire could read only by guessing fails instead of passing
//! with a warning. The guesses: the format told from the content alone (no `--from`, and the
//! file's extension does not name that format), the encoding chosen by the reader
//! (`Warning::is_encoding_guess`), an article without a headline, and a placeholder time
//! written where the output format requires one.

use std::path::Path;

use newswire::{Article, Format};

/// The guesses reading `articles` took, for an input at `path` whose format was `format`,
/// `given` by `--from` or not.
pub fn reading_guesses(
    articles: &[Article],
    format: Format,
    given: bool,
    path: Option<&Path>,
) -> Vec<String> {
    let mut guesses = Vec::new();
    let extension = path
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let named = format
        .extensions()
        .iter()
        .any(|known| known.eq_ignore_ascii_case(extension));
    if !given && !named {
        guesses.push(format!(
            "the format ({format}) was told from the content alone (name it with --from, or \
             give the file a .{} extension)",
            format.output_extension()
        ));
    }
    let mut encodings: Vec<String> = articles
        .iter()
        .flat_map(|a| &a.warnings)
        .filter(|w| w.is_encoding_guess())
        .map(|w| w.message.clone())
        .collect();
    encodings.dedup();
    for encoding in encodings {
        guesses.push(format!("the encoding was guessed ({encoding})"));
    }
    match articles.iter().filter(|a| a.headline.is_none()).count() {
        0 => {}
        1 if articles.len() == 1 => guesses.push("no headline".to_string()),
        n => guesses.push(format!(
            "{n} of {} articles have no headline",
            articles.len()
        )),
    }
    guesses
}

/// The guess of writing a placeholder time (see `fidelity::placeholder_time_written`).
pub fn placeholder_guess(placeholder: Option<&str>) -> Option<String> {
    placeholder
        .map(|time| format!("no time: the output would say {time} (--fallback-time gives one)"))
}

/// The failure message for `guesses`, if there are any.
pub fn failure(guesses: &[String]) -> Option<String> {
    (!guesses.is_empty()).then(|| format!("--strict: {}", guesses.join("; ")))
}
