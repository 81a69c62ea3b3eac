//! A text body made wire copy again: `format=flowed` undone, the mailer's signature and the
//! disclaimer under a rule cut off, and the labelled lines e-mailed copy opens with
//! (`Headline: ...`, `Abstract: ...`) taken out for the fields they name.

/// What the labelled lines at the top of a body give.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Labels {
    /// `Headline:`.
    pub headline: Option<String>,
    /// `Abstract:`, `Summary:`.
    pub abstract_: Option<String>,
    /// `Slug:`, `Slugline:`.
    pub slugline: Option<String>,
}

/// How many paragraphs from the top labelled lines are looked for: a slug and a byline may
/// stand above them.
const LABEL_SCAN: usize = 6;

/// Undoes RFC 3676 `format=flowed`: a line ending in a space goes on in the next one (with
/// `delsp=yes` that space was added by the mailer and goes); a space the mailer put in front
/// of a line (space-stuffing) goes. The signature separator `-- ` is a line of its own.
pub(super) fn unflow(text: &str, delsp: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = line.strip_prefix(' ').unwrap_or(line);
        if line != "-- " && line.ends_with(' ') {
            out.push_str(if delsp {
                line.strip_suffix(' ').unwrap_or(line)
            } else {
                line
            });
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The body without what mailers and mail servers add below it: everything from the
/// signature separator (`-- `, RFC 3676 §4.3; `--` once trailing spaces are trimmed) or from a
/// rule of underscores (`________`, under which servers put their disclaimers). The cut text
/// is returned too, for a warning.
pub(super) fn without_signature(text: &str) -> (&str, Option<&str>) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\r', '\n']);
        let rule = bare.len() >= 8 && bare.trim_end().bytes().all(|b| b == b'_');
        if bare == "-- " || bare == "--" || rule {
            let (kept, cut) = text.split_at(offset);
            let cut = cut.trim();
            return (kept, (!cut.is_empty()).then_some(cut));
        }
        offset += line.len();
    }
    (text, None)
}

/// How many lines a writer's signature below a wire sign-off may take.
const SIGNATURE_LINES: usize = 12;
/// How many words a line of such a signature may have (a name, a job, a telephone number).
const SIGNATURE_WORDS: usize = 8;

/// The body without the writer's signature that follows a wire sign-off (`AAP be/`, an agency
/// and desk initials) with no separator: short lines only, below the last sign-off. The
/// sign-off stays (the plain-text reader takes it for the credit); the cut text is returned.
pub(super) fn without_signed_off_signature(text: &str) -> (&str, Option<&str>) {
    let mut offset = 0;
    let mut cut_at = None;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        if sign_off(line.trim()) {
            cut_at = Some(offset);
        }
    }
    let Some(at) = cut_at else {
        return (text, None);
    };
    let (kept, rest) = text.split_at(at);
    let lines: Vec<&str> = rest
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let short = lines.len() <= SIGNATURE_LINES
        && lines
            .iter()
            .all(|l| l.split_whitespace().count() <= SIGNATURE_WORDS);
    if lines.is_empty() || !short {
        return (text, None);
    }
    (kept, Some(rest.trim()))
}

/// A wire sign-off: a known agency and lower-case desk initials with their slash (`AAP be/`,
/// `AAP ew/jm`).
fn sign_off(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(agency), Some(initials), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let bare = initials.strip_suffix('/').unwrap_or(initials);
    initials.contains('/')
        && crate::dateline::is_known_agency(agency)
        && !bare.is_empty()
        && bare.split('/').all(|part| {
            (1..=5).contains(&part.chars().count()) && part.chars().all(char::is_lowercase)
        })
}

/// Takes the labelled lines out of the top paragraphs: returns the labels and the text
/// without them.
pub(super) fn take_labels(text: &str) -> (Labels, String) {
    let mut labels = Labels::default();
    let mut out = String::with_capacity(text.len());
    let mut paragraphs = 0;
    let mut blank_before = true;
    for line in text.split_inclusive('\n') {
        let bare = line.trim();
        if bare.is_empty() {
            blank_before = true;
            out.push_str(line);
            continue;
        }
        if blank_before {
            paragraphs += 1;
        }
        blank_before = false;
        if paragraphs <= LABEL_SCAN
            && let Some((label, value)) = bare.split_once(':')
            && !value.trim().is_empty()
        {
            let value = Some(value.trim().to_string());
            let slot = match label.trim().to_ascii_lowercase().as_str() {
                "headline" => &mut labels.headline,
                "abstract" | "summary" => &mut labels.abstract_,
                "slug" | "slugline" => &mut labels.slugline,
                _ => {
                    out.push_str(line);
                    continue;
                }
            };
            if slot.is_none() {
                *slot = value;
                continue;
            }
        }
        out.push_str(line);
    }
    (labels, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flowed_lines_join() {
        assert_eq!(
            unflow("one \r\ntwo\r\n\r\n three", false),
            "one two\n\nthree\n"
        );
        assert_eq!(unflow("one \r\ntwo", true), "onetwo\n");
        assert_eq!(unflow("text\n-- \nsig", true), "text\n-- \nsig\n");
    }

    #[test]
    fn signatures_and_disclaimers_are_cut() {
        assert_eq!(
            without_signature("Story.\n\n-- \nJo\n"),
            ("Story.\n\n", Some("-- \nJo"))
        );
        assert_eq!(
            without_signature("Story.\n____________\nConfidential.\n"),
            ("Story.\n", Some("____________\nConfidential."))
        );
        assert_eq!(without_signature("a -- b\n"), ("a -- b\n", None));
    }

    #[test]
    fn a_signature_below_a_sign_off_is_cut() {
        let text = "Text.\nAAP be/\nBen Everill\nGolf Writer\nPh: +1 310 555 0100\n";
        assert_eq!(
            without_signed_off_signature(text),
            (
                "Text.\nAAP be/\n",
                Some("Ben Everill\nGolf Writer\nPh: +1 310 555 0100")
            )
        );
        assert_eq!(
            without_signed_off_signature("Text.\nAAP be/\n"),
            ("Text.\nAAP be/\n", None)
        );
        let long = "Text.\nAAP be/\nA paragraph that goes on and on with many more words than a signature.\n";
        assert_eq!(without_signed_off_signature(long), (long, None));
        assert_eq!(
            without_signed_off_signature("XYZ be/\nJo\n"),
            ("XYZ be/\nJo\n", None)
        );
    }

    #[test]
    fn labels_at_the_top_are_taken() {
        let (labels, rest) = take_labels(
            "SLUG\n\nHeadline: Ferry back\n\nAbstract: The ferry runs.\n\nBy Jo\n\nText: more.\n",
        );
        assert_eq!(labels.headline.as_deref(), Some("Ferry back"));
        assert_eq!(labels.abstract_.as_deref(), Some("The ferry runs."));
        assert_eq!(labels.slugline, None);
        assert_eq!(rest, "SLUG\n\n\n\nBy Jo\n\nText: more.\n");
    }
}
