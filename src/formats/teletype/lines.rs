//! Text lines: collapsing a value to one line, wrapping a line at a width, measuring indents.

/// Line end of written messages.
pub(crate) const CRLF: &str = "\r\n";

/// `text` on one line: control characters removed, every run of whitespace (line breaks
/// included) one space, no space at either end.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    collapse_into(text, &mut out);
    out
}

/// Appends the words of `text` to `out` as [`collapse`] gives them, one space before each
/// unless `out` is empty.
fn collapse_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        // ASCII whitespace and controls are the bytes up to space, and DEL.
        for word in text.as_bytes().split(|&b| b <= b' ' || b == 0x7f) {
            push_word(std::str::from_utf8(word).unwrap_or_default(), out);
        }
        return;
    }
    // Words are split at controls too, so none holds one: each is copied whole.
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()) {
        push_word(word, out);
    }
}

fn push_word(word: &str, out: &mut String) {
    if word.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(word);
}

/// `text` (single-spaced, as [`collapse`] gives it) cut into lines of at most `width`
/// characters at spaces; a word longer than the width stands on a line of its own. The line
/// breaks between two words only where `breakable(before, after)` allows it, so that a reader
/// looking at line ends and starts sees only those the writer means. Joining the lines with one
/// space gives `text` back.
pub(crate) fn wrap(
    text: &str,
    width: usize,
    breakable: impl Fn(&str, &str) -> bool,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0usize;
    let mut previous = "";
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if !current.is_empty() && current_len + 1 + len > width && breakable(previous, word) {
            lines.push(std::mem::take(&mut current));
            current_len = 0;
        }
        if !current.is_empty() {
            current.push(' ');
            current_len += 1;
        }
        current.push_str(word);
        current_len += len;
        previous = word;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// The number of spaces (a tab counting as one) a line starts with.
pub(crate) fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ' || *c == '\t').count()
}

/// True for a line that is empty or only whitespace.
pub(crate) fn blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// True when `line` has a run of `spaces` spaces or more between two non-space characters: a
/// column gap in tabular copy.
pub(crate) fn has_gap(line: &str, spaces: usize) -> bool {
    let text = line.trim();
    let mut run = 0;
    for c in text.chars() {
        if c == ' ' {
            run += 1;
            if run >= spaces {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}
