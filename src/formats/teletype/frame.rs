//! Cutting a teletype stream into messages: `SOH ... STX ... ETX ... EOT`, with anything between
//! messages (SYN, DEL, CR, LF, FF, NUL padding) ignored.

/// Start of heading: the message starts.
pub(crate) const SOH: u8 = 0x01;
/// Start of text: the header ends.
pub(crate) const STX: u8 = 0x02;
/// End of text: the post-text (transmission time) follows.
pub(crate) const ETX: u8 = 0x03;
/// End of transmission: the message ends.
pub(crate) const EOT: u8 = 0x04;

/// Which teletype family a SOH-framed stream's header shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    /// SOH-framed without ANPA's marks.
    Iptc7901,
    /// SOH-framed, with SYN padding before it or a US in the header.
    Anpa1312,
}

/// SYN: padding, and ANPA's mark before a message.
const SYN: u8 = 0x16;

/// `head` (a stream's first bytes) after the padding before its first message (CR, LF, space,
/// DEL, SYN, NUL).
pub(crate) fn unpadded(head: &[u8]) -> &[u8] {
    let start = head
        .iter()
        .position(|&b| !matches!(b, b'\r' | b'\n' | b' ' | 0x7f | SYN | 0x00))
        .unwrap_or(head.len());
    head.get(start..).unwrap_or(&[])
}

/// The teletype family of `head` when it starts (after padding) with a SOH and a STX follows:
/// ANPA's when SYN padding came first or a US is in the header, else IPTC 7901's. A SOH with no
/// STX after it is no framing (copy that only starts with a stray control character).
pub(crate) fn framing(head: &[u8]) -> Option<Framing> {
    const US: u8 = 0x1f;
    let message = unpadded(head);
    if message.first() != Some(&SOH) || !message.contains(&STX) {
        return None;
    }
    let padding = head.get(..head.len() - message.len()).unwrap_or(&[]);
    let header = message.get(..message.len().min(80)).unwrap_or(&[]);
    Some(if padding.contains(&SYN) || header.contains(&US) {
        Framing::Anpa1312
    } else {
        Framing::Iptc7901
    })
}

/// One message of a stream, as bytes (not decoded: each message has its own encoding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Frame<'a> {
    /// Byte offset of the message in the stream.
    pub(crate) offset: usize,
    /// The message from its SOH up to, not including, its EOT.
    pub(crate) bytes: &'a [u8],
    /// Why the message cannot be read, when it cannot.
    pub(crate) broken: Option<String>,
    /// A framing fault that does not stop the message from being read.
    pub(crate) note: Option<String>,
}

/// The messages of `input`, in order. A message runs from SOH to the next EOT; a SOH that comes
/// first (or the end of the input) cuts it short, which is fine when its text is complete (ETX
/// seen) and breaks it otherwise. A message without STX has no text and is broken too. Bytes
/// between messages are padding and are skipped, unless they hold the end of a message whose
/// start is missing (STX or ETX without a SOH), which is reported as a broken message: no frame
/// at all means the input holds no SOH, STX or ETX (copy whose control characters an earlier
/// system stripped).
///
/// At most `max + 1` messages are found: one over [`Limits::articles`](crate::formats::Limits)
/// is enough to refuse the stream, and a stream of millions of empty messages must not cost
/// millions of frames first.
pub(crate) fn frames(input: &[u8], max: usize) -> Vec<Frame<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < input.len() && out.len() <= max {
        let rest = input.get(pos..).unwrap_or(&[]);
        let Some(found) = memchr::memchr(SOH, rest) else {
            headless(input, pos, input.len(), &mut out);
            break;
        };
        let start = pos + found;
        headless(input, pos, start, &mut out);
        let after = input.get(start + 1..).unwrap_or(&[]);
        let stop = memchr::memchr2(EOT, SOH, after);
        let (end, by_eot) = match stop {
            Some(i) => (start + 1 + i, after.get(i) == Some(&EOT)),
            None => (input.len(), false),
        };
        let bytes = input.get(start..end).unwrap_or(&[]);
        let stx = memchr::memchr(STX, bytes);
        let etx = stx.and_then(|s| bytes.get(s..).and_then(|text| memchr::memchr(ETX, text)));
        let at_end = end >= input.len();
        let (broken, note) = match (stx, etx) {
            (None, _) => (Some("no STX: the message has no text".to_string()), None),
            (Some(_), None) if by_eot => (
                None,
                Some("no ETX: the text runs to the EOT and there is no post-text".to_string()),
            ),
            (Some(_), None) if at_end => (
                Some("truncated: the input ends inside the text (no ETX)".to_string()),
                None,
            ),
            (Some(_), None) => (
                Some("truncated: the next message starts inside the text (no ETX)".to_string()),
                None,
            ),
            (Some(_), Some(_)) if !by_eot && !at_end => {
                (None, Some("no EOT before the next message".to_string()))
            }
            _ => (None, None),
        };
        out.push(Frame {
            offset: start,
            bytes,
            broken,
            note,
        });
        pos = if by_eot { end + 1 } else { end };
    }
    out
}

/// Bytes between messages: padding, unless they hold a message's text or post-text without its
/// start (the stream was cut inside a message).
fn headless<'a>(input: &'a [u8], from: usize, to: usize, out: &mut Vec<Frame<'a>>) {
    let Some(bytes) = input.get(from..to) else {
        return;
    };
    if memchr::memchr2(STX, ETX, bytes).is_some() {
        out.push(Frame {
            offset: from,
            bytes,
            broken: Some("the message has no SOH (the stream starts inside it)".to_string()),
            note: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_input_without_soh_stx_or_etx_has_no_frame() {
        assert!(frames(b"", 8).is_empty());
        assert!(
            frames(
                b"eca00075 3 i 510    dpa 1003\r\nText without control characters",
                8
            )
            .is_empty()
        );
        for control in [SOH, STX, ETX] {
            let input = [b'a', control, b'b'];
            assert_eq!(frames(&input, 8).len(), 1, "{control:#04x}");
        }
    }
}
