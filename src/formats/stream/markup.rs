//! The markup of an XML document as a sequence of tags, read from bytes in any ASCII-compatible
//! encoding: where each start, end and empty tag is and what it is named. Text, comments,
//! CDATA sections, processing instructions and declarations are stepped over. It checks no
//! more than it needs to find tags (the reader of each item checks the rest), so a document in
//! ISO-8859-1 or Windows-1252 is cut as one in UTF-8 is.

use std::io::{self, BufRead};

/// A tag found; its qualified name is in the buffer [`next_tag`] was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `<name …>`.
    Start,
    /// `<name …/>`.
    Empty,
    /// `</name>`.
    End,
}

/// Where a construct being stepped over ends.
#[derive(Clone, Copy)]
enum Mode {
    /// Just after `<`: the next byte says what follows.
    Open,
    /// After `<!`: how many bytes of `--` or `[CDATA[` matched so far.
    Bang(usize),
    /// In a start or empty tag: the quote open, whether the name is still being read, the last
    /// byte that is not space.
    Tag {
        quote: Option<u8>,
        in_name: bool,
        last: u8,
    },
    /// In an end tag: whether the name is still being read.
    End { in_name: bool },
    /// In a comment, a CDATA section or a processing instruction: how many bytes of the
    /// terminator matched.
    Until(&'static [u8], usize),
    /// In a declaration (`<!DOCTYPE …>`): the quote open and the depth of `[`.
    Declaration { quote: Option<u8>, depth: usize },
}

const COMMENT: &[u8] = b"--";
const CDATA: &[u8] = b"[CDATA[";

/// The next tag of `input`, after the text and other constructs before it: the tag (its
/// qualified name in `name`, which is cleared first and reused from tag to tag), and the
/// offsets (counted from `at`, the offset of `input`'s next byte, which is moved on) where it
/// starts and ends; `None` at the end of the input. An input that ends inside a construct is
/// an error.
pub(crate) fn next_tag<R: BufRead>(
    input: &mut R,
    at: &mut u64,
    name: &mut Vec<u8>,
) -> io::Result<Option<(Tag, u64, u64)>> {
    loop {
        // Text, up to the next `<`.
        let buffered = input.fill_buf()?;
        if buffered.is_empty() {
            return Ok(None);
        }
        let Some(lt) = memchr::memchr(b'<', buffered) else {
            let n = buffered.len();
            consume(input, at, n);
            continue;
        };
        consume(input, at, lt + 1);
        let start = *at - 1;
        let mut mode = Mode::Open;
        name.clear();
        loop {
            let buffered = input.fill_buf()?;
            if buffered.is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("the input ends inside the markup that starts at byte {start}"),
                ));
            }
            let (used, done) = step(&mut mode, buffered, name);
            consume(input, at, used);
            if let Some(tag) = done {
                match tag {
                    Some(tag) => return Ok(Some((tag, start, *at))),
                    None => break,
                }
            }
        }
    }
}

fn consume<R: BufRead>(input: &mut R, at: &mut u64, n: usize) {
    input.consume(n);
    *at += n as u64;
}

/// Reads `buffered` on in `mode`: how many bytes were used, and, when the construct ended
/// within them, `Some(Some(tag))` for a tag or `Some(None)` for another construct.
fn step(mode: &mut Mode, buffered: &[u8], name: &mut Vec<u8>) -> (usize, Option<Option<Tag>>) {
    let mut i = 0;
    while let Some(&byte) = buffered.get(i) {
        i += 1;
        match mode {
            Mode::Open => {
                *mode = match byte {
                    b'/' => Mode::End { in_name: true },
                    b'?' => Mode::Until(b"?>", 0),
                    b'!' => Mode::Bang(0),
                    _ => {
                        name.push(byte);
                        Mode::Tag {
                            quote: None,
                            in_name: true,
                            last: byte,
                        }
                    }
                }
            }
            Mode::Bang(matched) => {
                let comment = COMMENT.get(*matched) == Some(&byte);
                let cdata = CDATA.get(*matched) == Some(&byte);
                *mode = if comment && *matched + 1 == COMMENT.len() {
                    Mode::Until(b"-->", 0)
                } else if cdata && *matched + 1 == CDATA.len() {
                    Mode::Until(b"]]>", 0)
                } else if comment || cdata {
                    Mode::Bang(*matched + 1)
                } else {
                    // A declaration; this byte may be its `>` or open its subset.
                    i -= 1;
                    Mode::Declaration {
                        quote: None,
                        depth: 0,
                    }
                }
            }
            Mode::Tag {
                quote,
                in_name,
                last,
            } => {
                let at = i - 1;
                let rest = buffered.get(at..).unwrap_or_default();
                if let Some(q) = *quote {
                    // Inside a quoted value: on to its closing quote.
                    match memchr::memchr(q, rest) {
                        Some(k) => {
                            *quote = None;
                            i = at + k + 1;
                        }
                        None => i = buffered.len(),
                    }
                } else if *in_name
                    && !byte.is_ascii_whitespace()
                    && !matches!(byte, b'>' | b'/' | b'"' | b'\'')
                {
                    name.push(byte);
                    *last = byte;
                } else {
                    *in_name = false;
                    // Attributes: on to the next quote or the tag's end.
                    let Some(k) = memchr::memchr3(b'>', b'"', b'\'', rest) else {
                        if let Some(&b) = rest.iter().rev().find(|b| !b.is_ascii_whitespace()) {
                            *last = b;
                        }
                        i = buffered.len();
                        continue;
                    };
                    let before = rest.get(..k).unwrap_or_default();
                    if let Some(&b) = before.iter().rev().find(|b| !b.is_ascii_whitespace()) {
                        *last = b;
                    }
                    i = at + k + 1;
                    match rest.get(k) {
                        Some(b'>') => {
                            let tag = if *last == b'/' {
                                Tag::Empty
                            } else {
                                Tag::Start
                            };
                            return (i, Some(Some(tag)));
                        }
                        Some(&q) => *quote = Some(q),
                        None => {}
                    }
                }
            }
            Mode::End { in_name } => {
                if byte == b'>' {
                    return (i, Some(Some(Tag::End)));
                }
                if byte.is_ascii_whitespace() {
                    *in_name = false;
                } else if *in_name {
                    name.push(byte);
                }
            }
            Mode::Until(terminator, matched) => {
                if terminator.get(*matched) == Some(&byte) {
                    *matched += 1;
                    if *matched == terminator.len() {
                        return (i, Some(None));
                    }
                } else {
                    // `--->` and `]]]>`: a repeated first byte keeps what matched; another byte
                    // may start the terminator again.
                    let repeated =
                        terminator.first() == Some(&byte) && terminator.get(1) == Some(&byte);
                    *matched = if *matched >= 2 && repeated {
                        2
                    } else {
                        usize::from(terminator.first() == Some(&byte))
                    };
                }
            }
            Mode::Declaration { quote, depth } => match (*quote, byte) {
                (Some(q), b) if b == q => *quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => *quote = Some(byte),
                (None, b'[') => *depth += 1,
                (None, b']') => *depth = depth.saturating_sub(1),
                (None, b'>') if *depth == 0 => return (i, Some(None)),
                _ => {}
            },
        }
    }
    (i, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(input: &[u8], capacity: usize) -> Vec<(Tag, Vec<u8>, u64, u64)> {
        let mut reader = std::io::BufReader::with_capacity(capacity, input);
        let mut at = 0;
        let mut found = Vec::new();
        let mut name = Vec::new();
        while let Ok(Some((tag, start, end))) = next_tag(&mut reader, &mut at, &mut name) {
            found.push((tag, name.clone(), start, end));
        }
        found
    }

    #[test]
    fn finds_tags_and_steps_over_everything_else() {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n\
            <!DOCTYPE a [ <!ENTITY e \"<b>\"> ]>\n\
            <a x='1>2' y=\"/\"><!-- <c> ---><![CDATA[ <d> ]]]><b/><é:f/>caf\u{e9} \u{0}</a>";
        let mut bytes = xml.as_bytes().to_vec();
        // A Latin-1 byte in the text, which is no UTF-8.
        bytes.push(0xE9);
        for capacity in [1, 2, 3, 7, 64, 4096] {
            let found = tags(&bytes, capacity);
            let kinds: Vec<(Tag, &[u8])> = found
                .iter()
                .map(|(t, n, _, _)| (*t, n.as_slice()))
                .collect();
            assert_eq!(
                kinds,
                [
                    (Tag::Start, b"a".as_slice()),
                    (Tag::Empty, b"b".as_slice()),
                    (Tag::Empty, "é:f".as_bytes()),
                    (Tag::End, b"a".as_slice())
                ],
                "buffer of {capacity}"
            );
            let (_, _, start, end) = &found[1];
            assert_eq!(&bytes[*start as usize..*end as usize], b"<b/>");
        }
    }

    #[test]
    fn an_input_cut_inside_a_tag_is_an_error() {
        let mut reader = std::io::BufReader::new(&b"<a><b x='>"[..]);
        let mut at = 0;
        let mut name = Vec::new();
        assert!(matches!(
            next_tag(&mut reader, &mut at, &mut name),
            Ok(Some(_))
        ));
        assert!(next_tag(&mut reader, &mut at, &mut name).is_err());
    }
}
