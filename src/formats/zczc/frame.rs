//! Cutting a ZCZC stream into messages: each starts with `ZCZC` at the start of a line and runs
//! up to a line that starts with `NNNN`, the next `ZCZC` line or the end of the input (AAP's
//! feeds leave the `NNNN` out at times). Lines may end with CR, LF or CR LF, mixed in one file.

use crate::formats::teletype::frame::Frame;

/// The word that opens a message.
pub(super) const START: &[u8] = b"ZCZC";
/// The word that closes a message.
const END: &[u8] = b"NNNN";

/// The messages of `input`, in order, each from its `ZCZC` up to, not including, its `NNNN`
/// line. Text outside every message (other than whitespace) is a broken frame of its own, so
/// that the reader names it in a warning rather than dropping it unseen.
///
/// At most `max + 1` frames are found: one over [`Limits::articles`](crate::formats::Limits)
/// is enough to refuse the stream.
pub(super) fn messages(input: &[u8], max: usize) -> Vec<Frame<'_>> {
    let mut out = Vec::new();
    // Where the current message starts (at its `ZCZC`), while one is open.
    let mut open: Option<usize> = None;
    // Where the text outside every message starts.
    let mut outside = 0;
    let mut pos = 0;
    while out.len() <= max {
        let rest = input.get(pos..).unwrap_or(&[]);
        let end = memchr::memchr2(b'\r', b'\n', rest).map_or(input.len(), |i| pos + i);
        let line = input.get(pos..end).unwrap_or(&[]);
        let lead = line
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let word = line.get(lead..).unwrap_or(&[]);
        if opens_with(word, START) {
            match open {
                Some(start) => push(&mut out, input, start, pos),
                None => stray(&mut out, input, outside, pos),
            }
            open = Some(pos + lead);
        } else if opens_with(word, END)
            && let Some(start) = open.take()
        {
            push(&mut out, input, start, pos);
            outside = end;
        }
        if end >= input.len() {
            break;
        }
        pos = end + 1;
    }
    if out.len() <= max {
        match open {
            Some(start) => push(&mut out, input, start, input.len()),
            None => stray(&mut out, input, outside, input.len()),
        }
    }
    out
}

/// True when `line` starts with `word` standing alone (the end of the line or whitespace after
/// it): `ZCZC AAP`, `NNNN`, not `ZCZCX`.
pub(super) fn opens_with(line: &[u8], word: &[u8]) -> bool {
    line.strip_prefix(word)
        .is_some_and(|after| after.first().is_none_or(u8::is_ascii_whitespace))
}

/// The message `input[from..to]`.
fn push<'a>(out: &mut Vec<Frame<'a>>, input: &'a [u8], from: usize, to: usize) {
    out.push(Frame {
        offset: from,
        bytes: input.get(from..to).unwrap_or(&[]),
        broken: None,
        note: None,
    });
}

/// Bytes outside every message: nothing when they are whitespace, a broken frame otherwise.
fn stray<'a>(out: &mut Vec<Frame<'a>>, input: &'a [u8], from: usize, to: usize) {
    let Some(bytes) = input.get(from..to) else {
        return;
    };
    if let Some(first) = bytes.iter().position(|b| !b.is_ascii_whitespace()) {
        out.push(Frame {
            offset: from + first,
            bytes: bytes.get(first..).unwrap_or(&[]),
            broken: Some("text outside the ZCZC ... NNNN framing".to_string()),
            note: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(input: &[u8]) -> Vec<(&[u8], bool)> {
        messages(input, 8)
            .into_iter()
            .map(|f| (f.bytes, f.broken.is_some()))
            .collect()
    }

    #[test]
    fn messages_end_at_nnnn_the_next_zczc_or_the_end() {
        assert_eq!(
            cut(b"ZCZC AAP\r\n$T\r\ntext\r\nNNNN\r\n\r\n   ZCZC\rone\rZCZC\ntwo"),
            [
                (&b"ZCZC AAP\r\n$T\r\ntext\r\n"[..], false),
                (&b"ZCZC\rone\r"[..], false),
                (&b"ZCZC\ntwo"[..], false),
            ]
        );
    }

    #[test]
    fn zczc_counts_only_at_the_start_of_a_line_and_alone() {
        assert_eq!(
            cut(b"ZCZC\ntext ZCZC here\nZCZCX\n"),
            [(&b"ZCZC\ntext ZCZC here\nZCZCX\n"[..], false)]
        );
        assert!(
            cut(b"no framing at all\n")
                .iter()
                .all(|(_, broken)| *broken)
        );
        assert!(cut(b"  \r\n ").is_empty());
    }

    #[test]
    fn text_outside_the_messages_is_a_broken_frame() {
        assert_eq!(
            cut(b"ZCZC\none\nNNNN\nleft over\nZCZC\ntwo\nNNNN\n"),
            [
                (&b"ZCZC\none\n"[..], false),
                (&b"left over\n"[..], true),
                (&b"ZCZC\ntwo\n"[..], false),
            ]
        );
    }

    #[test]
    fn at_most_one_frame_over_the_limit() {
        let stream = b"ZCZC\nNNNN\n".repeat(100);
        assert_eq!(messages(&stream, 8).len(), 9);
    }
}
