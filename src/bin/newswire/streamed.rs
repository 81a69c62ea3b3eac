//! Big inputs converted article by article: an input over [`STREAM_ABOVE`] in a format the
//! library reads item by item ([`newswire::read_iter`]) is read one article at a time, and
//! each article is written out before the next is read ([`Spooled`] for one document of
//! several articles, a file per article otherwise), so that an archive of hundreds of
//! megabytes costs the memory of one article. An article that cannot be read fails alone.

use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, Write};

use newswire::formats::fidelity::{LossTally, times_without_offset};
use newswire::formats::{DocumentWriter, Finished, WriteOptions};
use newswire::{Article, Error, Format};
use rayon::prelude::*;

use crate::args::ReadingArgs;
use crate::inputs::Input;
use crate::report::{ErrorReport, Record};
use crate::strict;

/// Inputs larger than this are read article by article when their format allows it; smaller
/// ones are read whole, which costs at most about ten times this.
pub const STREAM_ABOVE: u64 = 4 * 1024 * 1024;

/// How much of the start detection and the signature check look at.
const HEAD: u64 = 8192;

/// The input's file and format when it is a regular file over [`STREAM_ABOVE`] in a format
/// read item by item; `None` for the others, which are read whole (and refused there when they
/// are not news or too large).
pub fn streamable(input: &Input, reading: &ReadingArgs) -> Option<(File, Format)> {
    if input.is_stdin() {
        return None;
    }
    let mut file = File::open(&input.path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() <= STREAM_ABOVE {
        return None;
    }
    let mut head = Vec::new();
    (&mut file).take(HEAD).read_to_end(&mut head).ok()?;
    if crate::signature::refusal(&head).is_some() {
        return None;
    }
    let format = match reading.from.format() {
        Some(format) => format,
        None => newswire::detect(&head, Some(&input.path)).ok()?,
    };
    if !format.reads_in_items() {
        return None;
    }
    file.rewind().ok()?;
    Some((file, format))
}

/// What the articles are converted to, for the record's loss report.
pub struct Target<'a> {
    pub to: Format,
    pub options: &'a WriteOptions,
    /// Whether the record says what `to` drops (it costs about a write an article).
    pub losses: bool,
}

/// Reads `file` (in `from`) article by article and gives each article that reads (and passes
/// `--strict`) to `each`, which says why when the output leaves it out. The record gets the
/// format, size, article count and warnings, what `target` loses, each article that failed
/// (the others go on) and each left out. An error from `each` (an output that cannot be
/// written) ends the input.
pub fn read_each(
    input: &Input,
    file: File,
    from: Format,
    reading: &ReadingArgs,
    target: Option<Target<'_>>,
    record: &mut Record,
    mut each: impl FnMut(&Article) -> Result<Option<String>, String>,
) -> Result<(), String> {
    record.format = Some(from.to_string());
    record.bytes = file.metadata().map(|m| m.len()).unwrap_or(0);
    let options = reading.options();
    let given = reading.from.format().is_some();
    let mut losses = LossTally::default();
    // The items are cut on a thread of their own and read a batch at a time on every core,
    // while this thread writes the articles: the channel's bound and the batch keep memory to
    // a few articles.
    let (sender, receiver) = std::sync::mpsc::sync_channel(READ_AHEAD);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            // Moved here, so that the channel ends when the reading does.
            let sender = sender;
            let mut items = newswire::formats::read_items(file, from, &options);
            loop {
                let batch: Vec<_> = items.by_ref().take(BATCH).collect();
                if batch.is_empty() {
                    break;
                }
                let read: Vec<Vec<Result<Article, Error>>> = batch
                    .into_par_iter()
                    .map(|item| match item.and_then(|item| item.read(&options)) {
                        Ok(articles) => articles.into_iter().map(Ok).collect(),
                        Err(error) => vec![Err(error)],
                    })
                    .collect();
                for read in read.into_iter().flatten() {
                    if sender.send(read).is_err() {
                        return;
                    }
                }
            }
        });
        let written = each_read(
            receiver.iter(),
            input,
            from,
            reading,
            given,
            target.as_ref(),
            &mut losses,
            record,
            &mut each,
        );
        // An output that cannot be written stops the reading too.
        drop(receiver);
        written
    })?;
    if let Some(target) = target.filter(|t| t.losses) {
        record.set_losses(target.to, &losses.losses());
    }
    Ok(())
}

/// How many articles the reading thread may be ahead of the writing one.
const READ_AHEAD: usize = 64;

/// How many items are read at once, spread over the cores.
const BATCH: usize = 32;

/// [`read_each`]'s writing half: each article read, checked, tallied and given to `each`.
#[allow(clippy::too_many_arguments)]
fn each_read(
    reads: impl Iterator<Item = Result<Article, Error>>,
    input: &Input,
    from: Format,
    reading: &ReadingArgs,
    given: bool,
    target: Option<&Target<'_>>,
    losses: &mut LossTally,
    record: &mut Record,
    each: &mut impl FnMut(&Article) -> Result<Option<String>, String>,
) -> Result<(), String> {
    for (n, read) in reads.enumerate() {
        let article = match read {
            Ok(article) => article,
            Err(error) => {
                record.article_errors.push(ErrorReport::of(&error));
                continue;
            }
        };
        let one = std::slice::from_ref(&article);
        let mut guesses = if reading.strict {
            strict::reading_guesses(one, from, given, Some(&input.path))
        } else {
            Vec::new()
        };
        let placeholder = target.map(|t| newswire::placeholder(one, t.to, t.options));
        if reading.strict
            && let Some(guess) = strict::placeholder_guess(placeholder.and_then(|p| p.time))
        {
            guesses.push(guess);
        }
        if let Some(message) = strict::failure(&guesses) {
            record.article_errors.push(ErrorReport::message(format!(
                "article {}: {message}",
                n + 1
            )));
            continue;
        }
        if let (Some(target), Some(placeholder)) = (target, placeholder) {
            if target.losses {
                losses.add(&article, target.to);
            }
            record.to = Some(target.to.to_string());
            record.placeholder_time = record.placeholder_time.or(placeholder.time);
            record.undated += placeholder.undated;
            record.times_without_offset += times_without_offset(one, target.to);
        }
        record.articles += 1;
        record.warnings.extend(
            article
                .warnings
                .iter()
                .map(|warning| format!("article {}: {warning}", n + 1)),
        );
        if let Some(reason) = each(&article)?
            && let Some(target) = target
        {
            record.add_left_out(target.to, n + 1, reason);
        }
    }
    Ok(())
}

/// One document of several articles written one article at a time
/// ([`DocumentWriter`]): the items go to an unnamed temporary file as they come, and the head
/// and tail, which depend on every article, around them at the end.
pub struct Spooled {
    writer: DocumentWriter,
    spool: BufWriter<File>,
}

impl Spooled {
    /// A document of `to`, which writes its items one at a time ([`Format::writes_in_items`]).
    pub fn new(to: Format, options: &WriteOptions) -> Result<Spooled, String> {
        let writer = DocumentWriter::new(to, options).map_err(|e| e.to_string())?;
        let spool = tempfile::tempfile().map_err(|e| {
            format!(
                "cannot make a temporary file: {}",
                crate::io_error::text(&e)
            )
        })?;
        Ok(Spooled {
            writer,
            spool: BufWriter::new(spool),
        })
    }

    /// Writes one more article; why the document leaves it out, when it does.
    pub fn push(&mut self, article: &Article) -> Result<Option<String>, String> {
        let before = self.writer.left_out().len();
        let items = self.writer.push(article).map_err(|e| e.to_string())?;
        self.spool.write_all(&items).map_err(|e| {
            format!(
                "cannot write a temporary file: {}",
                crate::io_error::text(&e)
            )
        })?;
        Ok(self
            .writer
            .left_out()
            .get(before)
            .map(|gone| gone.reason.clone()))
    }

    /// Writes the document to `out` (nothing when no article was written).
    pub fn write_to(self, out: &mut impl Write) -> io::Result<()> {
        let spool = self.spool.into_inner().map_err(|e| e.into_error())?;
        match self.writer.finish() {
            Err(Error::NoArticles(_)) => Ok(()),
            Err(e) => Err(io::Error::other(e.to_string())),
            Ok(Finished::Document(alone)) => out.write_all(&alone),
            Ok(Finished::Envelope { head, tail }) => {
                let mut spool = spool;
                spool.rewind()?;
                out.write_all(&head)?;
                io::copy(&mut spool, out)?;
                out.write_all(&tail)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spooled_document_is_the_whole_write() {
        let articles: Vec<Article> = ["A <b>", "B", "C"]
            .into_iter()
            .map(|h| Article::default().with_headline(h))
            .collect();
        for to in [Format::Json, Format::NewsmlG2] {
            for count in 0..=3 {
                let some = articles.get(..count).unwrap_or_default();
                let Ok(mut spooled) = Spooled::new(to, &WriteOptions::default()) else {
                    panic!("no temporary file")
                };
                for article in some {
                    assert_eq!(spooled.push(article), Ok(None));
                }
                let mut out = Vec::new();
                assert!(spooled.write_to(&mut out).is_ok());
                let whole = if count == 0 {
                    Vec::new()
                } else {
                    newswire::write(some, to).unwrap_or_default()
                };
                assert_eq!(
                    String::from_utf8_lossy(&out),
                    String::from_utf8_lossy(&whole)
                );
            }
        }
    }
}
