//! ANPA-1312 teletype messages (AP, Kyodo, the Canadian Press), read and written. Byte layout
//! and evidence: `../shared/specs/WIRE_TEXT_FORMATS.md` §2.
//!
//! A stream holds many messages, `[SYN SYN] SOH header STX text ETX post-text EOT`, with padding
//! between them; each message is one article (see the `teletype` module for the framing and for
//! what happens to a broken message). Each message is decoded on its own (AP sends ASCII with
//! the odd Latin-1 letter).
//!
//! | ANPA-1312 | model |
//! |---|---|
//! | service level designator, story number, selector | extensions `anpa1312:service_level`, `anpa1312:story_number`, `anpa1312:selector` |
//! | field between number and US (`KYODO`) | extension `anpa1312:extra`; the `provider` when it names a known agency |
//! | priority letter (`f` flash, `u` urgent, `b` bulletin, `r` regular, ...) | `priority` (f 1, u 2, b 3, r 5, z 6, d/h 7, a/s 8, y 9) and `urgency` unless a marker gives one; the letter in `anpa1312:priority` |
//! | category letter | a subject in the IPTC catalog's scheme `a1312cat` |
//! | format identifier (DC3/DC4, DC1/DC2) | extension `anpa1312:format` (`body text`, `agate tabular`, ...); tabular text groups `;` rows into tables |
//! | keyword (`BC-LT--Argentina-CancerB`, the standard's slug) | `slugline` without AP's cycle designator (`LT--Argentina-CancerB`); the cycle (`BC`, `AM`, `PM`) in extension `anpa1312:cycle` |
//! | version (`1stLd-Writethru`) | extension `anpa1312:version`; `version` (the first lead's write-through is version 2) |
//! | filing date `MM-DD`, word count | extension `anpa1312:filing_date`, `word_count` (the writer prints it, else the words it prints) |
//! | slug line `^BC-US--Giant Lobster Death, 1st Ld-Writethru,127<` | extension `anpa1312:slug` (before the first comma; the `slugline`, without the cycle, when the header has no keyword), extension `anpa1312:take` and `version` from the middle, `anpa1312:text_word_count` (the `word_count` when the header's is blank) |
//! | `^` headline line (Kyodo: the line ending with `+`) | `headline` |
//! | further `^` text lines above the notes and byline | `subheadline` |
//! | `^Eds: ...<`, `^EDITOR'S NOTE _ ...`, `^(Eds: ...)<` | `editorial_notes`, without the parentheses and the opening |
//! | `^AP Photo XNP101, XNP102<` | `associations`: a picture known by its id each |
//! | `^By ...=` and the affiliation line below (`^Associated Press=`) | `byline`, `authors` (the affiliation as their job title) |
//! | lead `BUENOS AIRES, Argentina (AP) _ `, `SAITAMA, Japan, Dec. 9 Kyodo - ` | `dateline` (the shared dateline grammar), taken off the lead |
//! | HT paragraphs; Kyodo's indented paragraphs | `body` paragraphs |
//! | `^...=` lines inside the body (`^Saturday's Games=`) | `body` headings (level 2) |
//! | BS agate rows (DLE a fixed space, RS and US cell gaps) | `body` preformatted blocks |
//! | `==Kyodo`, `^END<` at the end | extension `anpa1312:sign_off` |
//! | post-text `AP-WF-11-13-13 1509GMT<`, `KWS-21:37-09-12-18` | `modified`, and `created` for a first version; extension `anpa1312:post_text` |
//! | (none) | `language`, detected from the text |
//!
//! The writer prints AP's layout in UTF-8 (ASCII for ASCII text; every byte of a multi-byte
//! character is above 0x7F, so none is taken for a control code): SYN SYN, the header with the
//! article's priority and category (placeholders where it has none: service level `x`, story
//! number `0000`, selector `-----`, category `a`, priority `r`; the keyword is the cycle
//! (`anpa1312:cycle`) and the slugline without spaces, cut to 24 characters, or `BC-` alone when
//! there is no slugline), the slug line (`anpa1312:slug` when the keyword was cut from it, else
//! the cycle and the slugline up to its first comma), the heading lines, paragraphs as HT lines
//! (one per paragraph, as AP sends them), headings as `^...=` lines, tables as BS rows, and
//! `NW-WF-MM-DD-YY HHMMGMT<` as the post-text.
//!
//! Not carried: id, kind, language (detected), title, keywords, genres, credit, provider,
//! sources, rights, status, embargo, description, links, marks and lists (their text is kept),
//! the article's own extensions. The [projection](project) says exactly what comes back.

mod codes;
mod header;
mod layout;
mod mapping;
mod message;
pub(crate) mod post;
mod text;

use crate::formats::fidelity::{Carry, Field};
use crate::formats::teletype::{self, frame, stream};
use crate::formats::{Descriptor, ReadOptions, RequiredTime, Sniff, WriteOptions, Writer, Writing};
use crate::{Article, Error, Format};

/// Writes the articles as one stream of ANPA-1312 messages: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Anpa1312)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Anpa1312,
    name: "anpa1312",
    aliases: &["anpa"],
    description: "ANPA-1312 teletype",
    extensions: &["anpa", "tst"],
    named_by: &["anpa", "tst"],
    sniff: Sniff::Marks(|start| frame::framing(start.head) == Some(frame::Framing::Anpa1312)),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::Several(write_articles),
        carries,
        project,
        writes_association: super::descriptor::no_association,
        offset_recommended: false,
        required_time: Some(RequiredTime {
            placeholder: post::NO_FILING_DATE,
            writable: |_| true,
        }),
    }),
    requires: &[],
};

/// What writing and reading back keep of each field (the fidelity table's column).
fn carries(field: Field) -> Carry {
    use Carry::Partial;
    use Field::*;
    match field {
        Headline => Partial("on one line; left out when it would read as a note or a byline"),
        Subheadline => Partial("only above notes or a byline, on one line"),
        Slugline => Partial(
            "as the header keyword: up to its first comma, without spaces, at most 24 characters with the cycle designator",
        ),
        Extensions => Partial(
            "the article's own are dropped but anpa1312:cycle and anpa1312:slug, which the keyword and the slug line print; the header's come back in their place",
        ),
        Subjects => {
            Partial("only the header category (scheme a1312cat, one letter; a when there is none)")
        }
        Version => Partial("version 1 is not written: a write-through gives version 2 and up"),
        Priority => {
            Partial("through its letter (4 becomes 5); the urgency when there is none, else 5")
        }
        EditorialNotes => Partial("each note on one line"),
        WordCount => Partial("at most 9999"),
        BodyMarkup => Partial(
            "headings (as level 2) and tables as preformatted text (a table's rows as aligned columns: its cells' marks, header cells and parts are lost); marks, lists, quotes and boxes become paragraphs",
        ),
        BodyText => Partial(
            "as paragraphs and tables, whitespace collapsed; a `<` or `=` closing a paragraph is a line-end code, dropped",
        ),
        _ => teletype::carries(field),
    }
}

/// The subject scheme of header category codes: IPTC catalog 41's ANPA-1312 categories.
pub const CATEGORY_SCHEME: &str = "a1312cat";

/// The writer's service level designator.
const SERVICE_LEVEL: &str = "x";
/// The writer's story number.
const STORY_NUMBER: &str = "0000";
/// The writer's selector code (AP's empty one).
const SELECTOR: &str = "-----";
/// The category the writer prints when the article has none it can print.
const DEFAULT_CATEGORY: char = 'a';
/// AP's cycle designators, which open the header keyword: both cycles, morning, evening.
const CYCLES: [&str; 3] = ["BC", "AM", "PM"];
/// The cycle the writer prints alone as the keyword of an article without a slugline.
const DEFAULT_CYCLE: &str = "BC";
/// The extension that keeps the cycle designator, so that the writer prints it back.
const CYCLE_KEY: &str = "anpa1312:cycle";
/// The extension that keeps the slug line's slug when the keyword is the slugline, so that the
/// writer prints it back with its spaces.
const SLUG_KEY: &str = "anpa1312:slug";
/// The header keyword's width.
const KEYWORD_WIDTH: usize = 24;
/// The largest word count the header's four digits hold.
const MAX_WORDS: u32 = 9999;

/// Reads every message in the input, one article each. Broken messages are skipped and named in
/// a warning on a neighbouring article; the input is an error only when no message can be read.
///
/// ```
/// use newswire::formats::anpa1312;
/// let wire = b"\x16\x16\x01a0421\x1fasian\r\nu i\x13\x11 BC-AS--Japan-Rates   03-19 0008\r\n\x02^BC-AS--Japan-Rates,8<\r\n^Bank of Japan holds rates<\r\n\tTOKYO (AP) _ The Bank of Japan held rates steady.\r\n\x03AP-WF-03-19-24 0412GMT<\r\n\x04";
/// let story = &anpa1312::read(wire)?[0];
/// assert_eq!(story.headline.as_deref(), Some("Bank of Japan holds rates"));
/// assert_eq!(story.priority, Some(2));
/// assert_eq!(story.slugline.as_deref(), Some("AS--Japan-Rates"));
/// assert_eq!(story.dateline.as_ref().and_then(|d| d.city.as_deref()), Some("TOKYO"));
/// assert_eq!(story.body_text(), "The Bank of Japan held rates steady.");
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads every message in the input as [`read`] does, with options: `options.language` is the
/// language of every article (ANPA headers name none) instead of the detected one.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Anpa1312, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let frames = frame::frames(input, options.limits.articles);
    stream::within_limits(Format::Anpa1312, &frames, &options.limits)?;
    stream::read_decoded(Format::Anpa1312, &frames, |parts| {
        let message = message::parse(parts);
        if message.text == text::Text::default() && message.header.keyword.is_empty() {
            return Err("the message is empty".to_string());
        }
        Ok(mapping::article(message, options.language()))
    })
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
/// - `priority` from the priority, else the urgency, through its letter (4 becomes 5, none 5),
///   and `urgency` the same; the category subject (the first `a1312cat` subject with a
///   one-letter code, else `a`); the header's extensions (`anpa1312:priority`, `:format`,
///   `:filing_date`, ...); `word_count` the article's (at most 9999), else the words printed;
/// - `slugline` as the header keyword holds it: up to its first comma, without spaces, cut to
///   24 characters with the cycle (`anpa1312:cycle`, which comes back); `version` above 1 as a
///   write-through (`1st Ld-Writethru` is version 2), 1 and none as none;
/// - `headline`, `subheadline` (only above notes or a byline), `editorial_notes` (each on one
///   line) and `byline` (`authors` its names) on one line, left out where they would not read
///   back;
/// - the printed body (dateline at the head of the lead) as paragraphs, level-2 headings and
///   tables; the dateline read again from the lead (what it does not print is lost) and taken
///   off it;
/// - `modified` the version time to the minute (in UTC when it has an offset, as a two-digit
///   year), `created` the same when the version is 1 or none;
/// - `language` detected from the text;
/// - everything else is gone.
pub fn project(article: &Article) -> Article {
    mapping::article(layout::layout(article), None)
}

#[cfg(test)]
mod tests;
