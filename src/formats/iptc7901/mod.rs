//! IPTC 7901 teletype messages (dpa, APA, Keystone-ATS, KNA, AP Television News), read and
//! written. Byte layout and evidence: `../shared/specs/WIRE_TEXT_FORMATS.md` §1.
//!
//! A stream holds many messages, `SOH header STX text ETX post-text EOT`, with padding between
//! them; each message is one article (see the `teletype` module for the framing and for what
//! happens to a broken message). Each message is decoded on its own: UTF-8, or the legacy
//! single-byte set guessed for it (dpa and ATS send Latin-1). A message whose control characters
//! an earlier system stripped is read when its first line is a header line.
//!
//! | 7901 | model |
//! |---|---|
//! | header SOURCE, MSGNO | extensions `iptc7901:service`, `iptc7901:sequence` |
//! | header PRIORITY (`1`–`6`) | `priority`; also `urgency` unless a marker gives one |
//! | header CATEGORY (`i`, `pl`, `ec`) | a subject in the scheme `iptc7901-category` |
//! | header WORDCOUNT | `word_count` (the writer prints it, else the words it prints) |
//! | header OPTIONAL (`dpa 061`) | extension `iptc7901:optional`; a known agency in it is the `provider` |
//! | keyword line: a slug (`AP-APTN-1330:BosniaMineR`) | `slugline` |
//! | keyword line: dpa's path (`Partei/Deutschland/Grüne/`) | `keywords`; `slugline` (without the outer slashes) when there is no slug |
//! | heading: priority markers (`(Eil BEL...)`, `Blitz`) | `urgency` |
//! | heading: take markers (`REFILE`, `1ST LEAD`, `EXTRA`) | extension `iptc7901:take`; `version` (`1ST LEAD` is version 2) |
//! | heading: corrections, notes, embargo lines (`(Berichtigung: ...)`, `(Vorschau)`, `(Sperrfrist ...)`) | `editorial_notes` (a correction also `iptc7901:signals`); an embargo with a full date `embargo` |
//! | heading: headline lines (the last heading line ends with ` =`) | `headline` |
//! | heading: `By ...` | `byline`, `authors` |
//! | lead: `Berlin (dpa) - `, `Paris (ats afp) ` | `dateline` (the shared dateline grammar), taken off the lead |
//! | paragraphs (blank-line separated, wrapped) | `body` paragraphs |
//! | tables (columns apart by four spaces or more, `|` rows) | `body` preformatted blocks |
//! | after "The following information is not for publication" | `editorial_notes`, one per paragraph |
//! | last line `dpa hm bs wjh` | extension `iptc7901:sign_off` |
//! | post-text `131137 GMT Nov 13` | `modified`, and `created` for a first version; extension `iptc7901:post_text` |
//! | (none) | `language`, detected from the text |
//!
//! The writer prints UTF-8 (as dpa's own converter does since 2025: lossless, and read back
//! exactly), lines of at most 69 characters (tables and overlong words excepted) ending in
//! CR LF. It fills the header's required fields the article has no value for with
//! placeholders, which read back as such: service `nws`, number `0000`, priority `5`, category
//! `x`. Paragraphs and notes are indented by three spaces (as dpa's English service prints
//! them), so that none is taken for a sign-off or the notes' opening line; notes go after the
//! opening line, one paragraph each.
//!
//! Not carried: id, kind, title, subheadline, genres, credit, provider, sources, rights, status,
//! embargo, description, links, headings and other body markup (a heading is a paragraph), the
//! article's own extensions. The [projection](project) says exactly what comes back.

mod header;
mod layout;
mod mapping;
mod message;
mod post;
mod text;

use crate::formats::fidelity::{Carry, Field};
use crate::formats::teletype::{self, frame, stream};
use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed, WriteOptions, Writer, Writing};
use crate::model::Warning;
use crate::{Article, Error, Format};

/// Writes the articles as one stream of IPTC 7901 messages: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Iptc7901)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Iptc7901,
    name: "iptc7901",
    aliases: &["7901"],
    description: "IPTC 7901 teletype",
    extensions: &["iptc", "7901"],
    named_by: &["iptc", "7901"],
    sniff: Sniff::Marks(shows_7901),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::Several(write_articles),
        carries,
        project,
        writes_association: super::descriptor::no_association,
        offset_recommended: false,
        required_time: None,
    }),
    requires: &[],
};

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::Partial;
    use Field::*;
    match field {
        Headline => Partial("on one line; left out when a line of it would read as a marker"),
        Slugline => Partial(
            "on one line, at most 69 characters, without outer slashes; the keyword path gives one when there is none",
        ),
        Keywords => Partial("only those without a slash that fit a 69-character keyword path"),
        Subjects => Partial(
            "only the header category (scheme iptc7901-category, one to three letters; x when there is none)",
        ),
        Version => Partial("version 1 is not written: a lead marker gives version 2 and up"),
        Priority => Partial("1 to 6 (7 to 9 become 6); the urgency when there is none, else 5"),
        WordCount => Partial("at most 9999 (the header's four digits)"),
        EditorialNotes => Partial("each line of a note on one line"),
        BodyMarkup => Partial(
            "only tables, as preformatted text (a table's rows as aligned columns: its cells' marks, header cells and parts are lost); headings, marks, lists, quotes and boxes become paragraphs",
        ),
        _ => teletype::carries(field),
    }
}

/// The subject scheme of header category codes (IPTC has no scheme for them).
pub const CATEGORY_SCHEME: &str = "iptc7901-category";

/// The writer's service mnemonic.
const SERVICE: &str = "nws";
/// The writer's message number (dpa's converter writes `0000` too).
const SEQUENCE: &str = "0000";
/// The category the writer prints when the article has none it can print.
const DEFAULT_CATEGORY: &str = "x";
/// The priority the writer prints when the article has none (normal).
const DEFAULT_PRIORITY: char = '5';
/// The largest word count the header's field holds: `WORDCOUNT = 1*4 DIGIT` (a longer count
/// is read, as some feeds send one, but never written).
const MAX_WORDS: u32 = 9999;

/// Reads every message in the input, one article each. Broken messages are skipped and named in
/// a warning on a neighbouring article; the input is an error only when no message can be read.
///
/// ```
/// use newswire::formats::iptc7901;
/// let wire = b"\x01bdt0534 3 pl 9  dpa 2777\r\n\r\nPolitik/Berlin/\r\n\x02Senat beschliesst Haushalt =\r\n\r\nBerlin (dpa) - Der Senat hat den Haushalt beschlossen.\r\n\r\ndpa abc xy\r\n\x03071341 GMT Okt 15\r\n\x04";
/// let story = &iptc7901::read(wire)?[0];
/// assert_eq!(story.headline.as_deref(), Some("Senat beschliesst Haushalt"));
/// assert_eq!(story.priority, Some(3));
/// assert_eq!(story.dateline.as_ref().and_then(|d| d.city.as_deref()), Some("Berlin"));
/// assert_eq!(story.body_text(), "Der Senat hat den Haushalt beschlossen.");
/// assert_eq!(story.modified.map(|t| t.to_rfc3339()).as_deref(), Some("2015-10-07T13:41:00Z"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads every message in the input as [`read`] does, with options: `options.language` is the
/// language of every article (7901 headers name none) instead of the detected one.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Iptc7901, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let language = options.language();
    let frames = frame::frames(input, options.limits.articles);
    stream::within_limits(Format::Iptc7901, &frames, &options.limits)?;
    // No frame at all: no SOH, STX or ETX (an earlier system stripped the control characters).
    if frames.is_empty() {
        return read_unframed(input, options);
    }
    stream::read_decoded(Format::Iptc7901, &frames, |parts| {
        let message = message::parse(parts);
        if message.header.is_empty() && message.text == text::Text::default() {
            return Err("the message is empty".to_string());
        }
        Ok(mapping::article(message, language))
    })
}

/// Whether a stream's start shows IPTC 7901: SOH framing without ANPA's marks, or (copy whose
/// control characters an earlier system stripped) a 7901 header line first.
fn shows_7901(start: &Sniffed<'_>) -> bool {
    match frame::framing(start.head) {
        Some(framing) => framing == frame::Framing::Iptc7901,
        None => starts_with_header_line(frame::unpadded(start.head)),
    }
}

/// True when `input` starts with a 7901 header line (`eca00075 3 i 510    dpa 1003`): for
/// detecting copy whose control characters were stripped. Stricter than the reader: single
/// spaces between the first fields, a priority from 1 to 6, lower-case codes.
fn starts_with_header_line(input: &[u8]) -> bool {
    let end = input
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(input.len());
    let Some(line) = input.get(..end).and_then(|l| std::str::from_utf8(l).ok()) else {
        return false;
    };
    let mut fields = line.splitn(4, ' ');
    let (Some(id), Some(priority), Some(category), Some(rest)) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return false;
    };
    let letters = id.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = id.len() - letters;
    let words = rest.split(' ').next().unwrap_or("");
    (1..=4).contains(&letters)
        && (3..=5).contains(&digits)
        && id.bytes().skip(letters).all(|b| b.is_ascii_digit())
        && matches!(priority, "1" | "2" | "3" | "4" | "5" | "6")
        && (1..=3).contains(&category.len())
        && category.bytes().all(|b| b.is_ascii_lowercase())
        && !words.is_empty()
        && words.bytes().all(|b| b.is_ascii_digit())
        && header::parse(line).is_some()
}

/// One message without control characters. Its header line, keyword lines and post-text give the
/// header fields. Its text is read as a 7901 text when it still shows the 7901 heading (a line
/// ending in ` =`); copy that lost that too (ATS relayed as plain text) is read as plain wire
/// copy, which finds its headline by the agencies' conventions.
fn read_unframed(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let decoded = crate::encoding::decode_text(input);
    let (message, copy) = message::parse_unframed(&decoded.text).ok_or_else(|| Error::Invalid {
        format: Format::Iptc7901,
        message: "no message: neither SOH ... STX ... ETX framing nor a header line".to_string(),
    })?;
    let mut article = mapping::article(message, options.language());
    if article.headline.is_none()
        && let Some(plain) = crate::formats::text::read_with(copy.as_bytes(), options)
            .ok()
            .and_then(|mut articles| articles.pop())
            .filter(|plain| plain.headline.is_some())
    {
        article = Article {
            priority: article.priority,
            urgency: plain.urgency.or(article.urgency),
            subjects: [article.subjects, plain.subjects].concat(),
            slugline: plain.slugline.or(article.slugline),
            keywords: if plain.keywords.is_empty() {
                article.keywords
            } else {
                plain.keywords
            },
            created: plain.created.or(article.created),
            modified: plain.modified.or(article.modified),
            word_count: plain.word_count.or(article.word_count),
            extensions: article
                .extensions
                .into_iter()
                .chain(plain.extensions)
                .collect(),
            ..plain
        };
    }
    if let Some(warning) = decoded.warning {
        article
            .warnings
            .insert(0, Warning::new("input", warning, None));
    }
    article.warnings.push(Warning::new(
        "message",
        "the message has no control characters (SOH, STX, ETX, EOT): read from its header line",
        None,
    ));
    Ok(vec![article])
}

/// Writes the articles as one stream of messages, in order.
pub(crate) fn write_articles(articles: &[Article], _: &WriteOptions) -> Result<Vec<u8>, Error> {
    Ok(stream::write_messages(articles, |article| {
        message::render(&layout::layout(article))
    }))
}

/// What an article becomes after a write and a read in this format (see
/// [`fidelity::project`](crate::formats::fidelity::project)): the message the writer prints
/// for it, read as the reader reads it. So:
///
/// - header: `priority` from the priority, else the urgency (1 to 6; 7 to 9 become 6; none is
///   5), and `urgency` the same; the category subject (the first `iptc7901-category` subject
///   with a code of one to three letters, else `x`); the extensions `iptc7901:service` (`nws`),
///   `iptc7901:sequence` (`0000`); `word_count` the article's (at most 9999), else the words
///   printed;
/// - `slugline` on one line, at most 69 characters, without outer slashes; `keywords` without
///   slashes, as many as fit a 69-character path; the path is the slugline when there is none;
/// - `version` above 1 as a lead marker (extension `iptc7901:take`), 1 and none as none;
/// - `headline` and `byline` on one line (`authors` the byline's names), left out where they
///   would not read back;
/// - the printed body (dateline at the head of the lead) as paragraphs and tables, the
///   dateline read again from the lead (what it does not print is lost) and taken off it;
/// - `editorial_notes`, their lines each on one line;
/// - `modified` the version time to the minute (in UTC when it has an offset, as a two-digit
///   year), `created` the same when the version is 1 or none (extension `iptc7901:post_text`);
/// - `language` detected from the text;
/// - everything else is gone.
pub fn project(article: &Article) -> Article {
    mapping::article(layout::layout(article), None)
}

#[cfg(test)]
mod tests;
