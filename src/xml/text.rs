//! Element text as readers give it back: XML indentation is not content, so text is collapsed to
//! one line, or to paragraphs for prose (descriptions, notes, rights statements). Writers use the
//! same functions to know what a reader will get.
//!
//! Whitespace means XML's four characters only (space, tab, line feed, carriage return), as in
//! [`canonical_body`](crate::model::canonical_body): a no-break space is content.

use crate::model::is_single_spaced;

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// One line: runs of XML whitespace collapsed to one space, the ends trimmed; `None` when
/// nothing is left. A no-break space is content, as in [`canonical_body`](crate::model::canonical_body).
pub(crate) fn collapse(text: &str) -> Option<String> {
    // Most values are one clean line already: found with memchr's vector search, copied once.
    let bytes = text.as_bytes();
    if is_single_spaced(bytes)
        && bytes.first().is_some_and(|&b| b != b' ')
        && bytes.last().is_some_and(|&b| b != b' ')
    {
        return Some(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_xml_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// Paragraphs: the text split at blank lines, each paragraph collapsed to one line, joined by a
/// blank line (`"A\n  wrapped\n\n  B"` is `"A wrapped\n\nB"`); `None` when nothing is left.
pub(crate) fn paragraphs(text: &str) -> Option<String> {
    let mut done: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        if line.chars().all(is_xml_space) {
            done.extend(collapse(&current));
            current.clear();
        } else {
            current.push(' ');
            current.push_str(line);
        }
    }
    done.extend(collapse(&current));
    (!done.is_empty()).then(|| done.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_are_what_the_reader_gives_back() {
        assert_eq!(
            collapse("\n  Rates \t held\u{a0}x  ").as_deref(),
            Some("Rates held\u{a0}x")
        );
        assert_eq!(collapse(" \r\n "), None);
        assert_eq!(
            paragraphs("\n   One\n   wrapped.\n   \n\n   Two.\n  ").as_deref(),
            Some("One wrapped.\n\nTwo.")
        );
        assert_eq!(paragraphs("  \n \n"), None);
    }
}
