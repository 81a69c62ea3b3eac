//! The markup of an XML document as a sequence of tags, read from bytes in any ASCII-compatible
//! encoding: where each start, end and empty tag is and what it is named. Text, comments,
//! CDATA sections, processing instructions and declarations are stepped over. It checks no
//! more than it needs to find tags (the reader of each item checks the rest), so a document in
//! ISO-8859-1 or Windows-1252 is cut as one in UTF-8 is.

use std::io::{self, BufRead};

/// A tag found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `<name …>`: its qualified name.
    Start(Vec<u8>),
    /// `<name …/>`: its qualified name.
    Empty(Vec<u8>),
    /// `</name>`: its qualified name.
    End(Vec<u8>),
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

/// The next tag of `input`, after the text and other constructs before it: the tag, and the
/// offsets (counted from `at`, the offset of `input`'s next byte, which is moved on) where it
/// starts and ends; `None` at the end of the input. An input that ends inside a construct is
/// an error.
pub(crate) fn next_tag<R: BufRead>(
    input: &mut R,
    at: &mut u64,
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
        let mut name = Vec::new();
        loop {
            let buffered = input.fill_buf()?;
            if buffered.is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("the input ends inside the markup that starts at byte {start}"),
                ));
            }
            let (used, done) = step(&mut mode, buffered, &mut name);
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
            } => match (*quote, byte) {
                (Some(q), b) if b == q => *quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => {
                    *in_name = false;
                    *quote = Some(byte);
                }
                (None, b'>') => {
                    let name = std::mem::take(name);
                    let tag = if *last == b'/' {
                        Tag::Empty(name)
                    } else {
                        Tag::Start(name)
                    };
                    return (i, Some(Some(tag)));
                }
                (None, b) if b.is_ascii_whitespace() => *in_name = false,
                (None, b) => {
                    if *in_name && b != b'/' {
                        name.push(b);
                    } else {
                        *in_name = false;
                    }
                    *last = b;
                }
            },
            Mode::End { in_name } => {
                if byte == b'>' {
                    return (i, Some(Some(Tag::End(std::mem::take(name)))));
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

    fn tags(input: &[u8], capacity: usize) -> Vec<(Tag, u64, u64)> {
        let mut reader = std::io::BufReader::with_capacity(capacity, input);
        let mut at = 0;
        let mut found = Vec::new();
        while let Ok(Some(tag)) = next_tag(&mut reader, &mut at) {
            found.push(tag);
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
            let kinds: Vec<&Tag> = found.iter().map(|(t, _, _)| t).collect();
            assert_eq!(
                kinds,
                [
                    &Tag::Start(b"a".to_vec()),
                    &Tag::Empty(b"b".to_vec()),
                    &Tag::Empty("é:f".as_bytes().to_vec()),
                    &Tag::End(b"a".to_vec())
                ],
                "buffer of {capacity}"
            );
            let (_, start, end) = &found[1];
            assert_eq!(&bytes[*start as usize..*end as usize], b"<b/>");
        }
    }

    #[test]
    fn an_input_cut_inside_a_tag_is_an_error() {
        let mut reader = std::io::BufReader::new(&b"<a><b x='>"[..]);
        let mut at = 0;
        assert!(matches!(next_tag(&mut reader, &mut at), Ok(Some(_))));
        assert!(next_tag(&mut reader, &mut at).is_err());
    }
}
