//! A buffered reader that keeps a copy of what its consumer took, so that a streaming splitter
//! can hand on the raw bytes of one item (its encoding, entities and namespaces as written)
//! once the parser has found where the item ends.

use std::io::{self, BufRead, BufReader, Read};

/// Reads `inner` through a buffer, recording every byte consumed from the absolute offset
/// [`Recorder::base`] on. The splitter drops what it no longer needs ([`Recorder::drop_to`]),
/// so that the copy holds one item at a time, not the stream.
pub(crate) struct Recorder<R> {
    inner: BufReader<R>,
    record: Vec<u8>,
    base: u64,
    /// Whether consumed bytes are kept (off while skipping an item over the size limit).
    pub recording: bool,
}

/// The read buffer: large enough that reading costs few system calls.
const BUFFER: usize = 64 * 1024;

impl<R: Read> Recorder<R> {
    pub(crate) fn new(inner: R) -> Recorder<R> {
        Recorder {
            inner: BufReader::with_capacity(BUFFER, inner),
            record: Vec::new(),
            base: 0,
            recording: true,
        }
    }

    /// The bytes recorded between the absolute offsets `from` and `to` (empty when either is
    /// outside the record).
    pub(crate) fn slice(&self, from: u64, to: u64) -> &[u8] {
        if from < self.base {
            return &[];
        }
        let start = usize::try_from(from.saturating_sub(self.base)).unwrap_or(usize::MAX);
        let end = usize::try_from(to.saturating_sub(self.base)).unwrap_or(usize::MAX);
        self.record.get(start..end).unwrap_or_default()
    }

    /// Everything recorded, which starts at [`Recorder::base`].
    pub(crate) fn recorded(&self) -> &[u8] {
        &self.record
    }

    /// How many bytes the record holds.
    pub(crate) fn len(&self) -> usize {
        self.record.len()
    }

    /// Forgets the bytes before the absolute offset `to`.
    pub(crate) fn drop_to(&mut self, to: u64) {
        let count = usize::try_from(to.saturating_sub(self.base)).unwrap_or(usize::MAX);
        let count = count.min(self.record.len());
        self.record.drain(..count);
        self.base += count as u64;
    }

    /// Forgets everything recorded; the record starts again at `at` (the offset of the next
    /// byte the consumer takes).
    pub(crate) fn restart(&mut self, at: u64) {
        self.record.clear();
        self.base = at;
    }

    /// The bytes the buffer holds and the consumer has not taken, reading more when it holds
    /// none (for a look at how the input starts).
    pub(crate) fn peek(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
}

impl<R: Read> Read for Recorder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if self.recording {
            self.record
                .extend_from_slice(buf.get(..n).unwrap_or_default());
        }
        Ok(n)
    }
}

impl<R: Read> BufRead for Recorder<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        // The bytes consumed are in the buffer already: fill_buf returns them without reading.
        if amount > 0
            && self.recording
            && let Ok(buffered) = self.inner.fill_buf()
        {
            self.record
                .extend_from_slice(buffered.get(..amount).unwrap_or(buffered));
        }
        self.inner.consume(amount);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_what_is_consumed_and_forgets_what_is_dropped() {
        let mut recorder = Recorder::new(&b"<a><b/></a>"[..]);
        let mut line = Vec::new();
        recorder.read_until(b'>', &mut line).ok();
        assert_eq!(recorder.recorded(), b"<a>");
        recorder.read_until(b'>', &mut line).ok();
        assert_eq!(recorder.slice(3, 7), b"<b/>");
        recorder.drop_to(3);
        assert_eq!(recorder.recorded(), b"<b/>");
        assert_eq!(recorder.slice(3, 5), b"<b");
        assert_eq!(recorder.slice(0, 5), b"", "dropped bytes are gone");
        recorder.recording = false;
        recorder.read_until(b'>', &mut line).ok();
        assert_eq!(recorder.len(), 4, "nothing recorded while off");
        recorder.restart(11);
        assert!(recorder.recorded().is_empty());
    }
}
