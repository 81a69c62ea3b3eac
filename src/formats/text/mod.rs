//! Plain-text wire copy: one story per input, its structure found by convention.
//!
//! Plain text has no markup, so the reader follows the house styles of the agencies
//! (`DATELINES.md`): header lines (title, headline, standfirst, byline, markers) above the
//! lead, a dateline glued to the lead or on its own line, body paragraphs with short
//! sub-headings, then a credit line and trailers that are metadata, not body.
//!
//! The work is split by job: `layout` turns lines into paragraphs, `header` and
//! `trailer` classify the lines above and below the story, `markers` maps priority, embargo,
//! correction and version markers to the model, `shape` holds the predicates they share, and
//! this module decides where the header ends and the body begins, and assembles the
//! [`Article`]. The dateline grammar itself is shared with the teletype readers
//! (`crate::dateline`).
//!
//! What the model has no field for is kept in `extensions`, as printed:
//!
//! | key | what |
//! |---|---|
//! | `text:header` | header lines that are not content (slugs, codes, priority and version lines) |
//! | `text:headline_furniture` | what was cut from the headline (`UPDATE 1`, `(LEAD)`, `++`, `[속보]`) |
//! | `text:priority` | the priority marker behind `urgency` (`URGENT`, `FLASH`, `СРОЧНО`) |
//! | `text:version` | the version marker (`UPDATE 2`, `1st Ld-Writethru`, `(2)`) |
//! | `text:signals` | `["correction"]` for a corrected story |
//! | `text:embargo` | the embargo line behind `embargo` |
//! | `text:take` | a take marker: more of the story follows (`MORE`, `(SEGUE)`) |
//! | `text:trailer` | lines below the story that are not content (sign-offs, codes, promos) |
//!
//! Urgency: FLASH (and `BLITZ`, `МОЛНИЯ`, `NU/FLASH-U`) is 1; URGENT and every other
//! priority word (`URGENTE`, `EIL`, `BULLETIN`, `ALERT`, `СРОЧНО`, `عاجل`, `速報`, `속보`,
//! ANSA's `++ ... ++`) is 2. Plain text has no distribution header, so `priority` stays unset.

pub(crate) mod header;
mod layout;
mod page_furniture;
mod project;
mod shape;
mod trailer;
mod write;

pub use project::project;

use std::borrow::Cow;

use crate::dateline;
use crate::encoding::decode_text;
use crate::formats::fidelity::{Carry, Field};
use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed, Writer, Writing};
use crate::language;
use crate::markers;
use crate::model::{Author, Block, Dateline, Link, Party, RoledText, Warning};
use crate::{Article, Error, Format};
use header::Furniture;
use shape::{headline_like, more_words_than, title_like};

/// Writes one article as wire copy: [`formats::write`](crate::formats::write) for this format.
pub fn write(articles: &[Article]) -> Result<Vec<u8>, Error> {
    crate::formats::write(articles, Format::Text)
}

/// Whether a start can be wire copy: text that does not open as markup or JSON, and is not binary.
/// The fallback of detection: whatever no format's marks claim.
fn looks_like_text(start: &Sniffed<'_>) -> bool {
    !start.text.is_empty() && !start.text.starts_with('<') && !start.json && !start.binary
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Text,
    name: "text",
    aliases: &["txt", "plain", "plaintext"],
    description: "plain-text wire copy",
    extensions: &["txt", "text"],
    named_by: &["txt", "text"],
    sniff: Sniff::Fallback(looks_like_text),
    read: Some(read_input),
    stream: None,
    write: Some(Writing {
        writer: Writer::One(write::write_article),
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
    use Carry::{Full, Lost, Partial};
    use Field::*;
    match field {
        Headline | BodyText => Full,
        Subheadline => Partial("a line the reader takes for a standfirst"),
        Byline => Partial("names the reader takes for a byline"),
        DatelineText => {
            Partial("read again from the lead: one the grammar does not know stays text")
        }
        Title => Partial("printed above the headline as a sentence; alone, it is the headline"),
        Authors => Partial("the names the byline prints"),
        DatelineCity | DatelineRegion | DatelineDate | DatelineAgencies => {
            Partial("read again from the dateline text")
        }
        Sources => Partial("the agencies the dateline prints"),
        Credit => Partial("one line, without a final full stop"),
        Language => Partial("detected from the copy"),
        _ => Lost,
    }
}

/// How far down the dateline is looked for: a title, a headline, a standfirst, a byline and a
/// few marker lines fit above it.
const HEADER_SCAN: usize = 8;
/// A paragraph with more words than this is body text; no dateline is looked for below it.
const BODY_WORDS: usize = 40;
/// How many paragraphs from the end a credit line is looked for.
const CREDIT_SCAN: usize = 6;
/// Trailer lines after a credit are short; a longer paragraph means the "credit" was text.
const TRAILER_WORDS: usize = 25;

/// Reads one story of plain-text wire copy.
///
/// Empty or whitespace-only input is an [`Error::Invalid`]; anything else gives one article,
/// however little structure it has. An encoding that had to be guessed is noted in the
/// article's warnings.
///
/// ```
/// use newswire::formats::text;
/// let copy = "Rates held\n\nLONDON, Nov 29 (Reuters) - The bank held rates.\n\n(Reporting by Jane Doe)\n";
/// let story = &text::read(copy.as_bytes())?[0];
/// assert_eq!(story.headline.as_deref(), Some("Rates held"));
/// assert_eq!(story.dateline.as_ref().and_then(|d| d.city.as_deref()), Some("LONDON"));
/// assert_eq!(story.credit.as_deref(), Some("Reporting by Jane Doe"));
/// assert_eq!(story.body_text(), "The bank held rates.");
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads one story of plain-text wire copy with options: `options.language` is used instead of
/// the detected language (plain text never declares one).
///
/// ```
/// use newswire::formats::{ReadOptions, text};
/// let mut options = ReadOptions::default();
/// options.language = Some("de-CH".into());
/// let story = &text::read_with(b"Zug f\xc3\xa4hrt wieder\n\nChur (sda) Die Strecke ist offen.\n", &options)?[0];
/// assert_eq!(story.language.as_deref(), Some("de-CH"));
/// # Ok::<(), newswire::Error>(())
/// ```
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Text, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let decoded = decode_text(input);
    let text = normalise(&decoded.text);
    if text.trim().is_empty() {
        return Err(Error::Invalid {
            format: Format::Text,
            message: "no story: the input is empty or only whitespace".to_string(),
        });
    }
    let mut article = Article::default();
    if let Some(message) = decoded.warning {
        article.warnings.push(Warning::new("input", message, None));
    }
    let paragraphs = layout::paragraphs(&text);
    build(paragraphs, &mut article);
    article.language = match options.language() {
        Some(language) => Some(language.to_string()),
        None => language::detect(&language_sample(&article)),
    };
    Ok(vec![article])
}

/// `\n` line ends (CRLF, CR, NEL, the Unicode line and paragraph separators and the
/// information separators FS, GS, RS and US); no control characters other than tab and line
/// feed, no stray BOM, no invisible direction marks (LRM, RLM, ALM), which right-to-left copy
/// scatters around numbers and tags.
fn normalise(text: &str) -> Cow<'_, str> {
    if !needs_normalising(text.as_bytes()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            // NEL, the line and paragraph separators; and the information separators (file,
            // group, record, unit: FS GS RS US), which part fields that systems print on one
            // line (`dpa-AFX<US>Wirtschaft<US>Banken`): each field stands on a line of its own.
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{1c}'..='\u{1f}' => out.push('\n'),
            '\u{feff}' | '\u{200e}' | '\u{200f}' | '\u{061c}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// True when [`normalise`] would change the text: a byte scan of its UTF-8 for CR and other
/// control characters, C1 controls (NEL), the line and paragraph separators, the BOM and the
/// direction marks.
///
/// Blocks of printable ASCII, line ends and tabs (most of any copy) are passed over whole by a
/// vectorised scan; the others are looked at byte by byte.
fn needs_normalising(bytes: &[u8]) -> bool {
    use crate::byte_scan::{BLOCK, any_byte};
    let other = |b: u8| !((0x20..0x7f).contains(&b) | (b == b'\n') | (b == b'\t'));
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let needs = |(i, &b): (usize, &u8)| match b {
        b'\n' | b'\t' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => (0x80..=0x9f).contains(&at(i + 1)),
        0xd8 => at(i + 1) == 0x9c,
        0xe2 => at(i + 1) == 0x80 && matches!(at(i + 2), 0x8e | 0x8f | 0xa8 | 0xa9),
        0xef => at(i + 1) == 0xbb && at(i + 2) == 0xbf,
        _ => false,
    };
    bytes.chunks(BLOCK).enumerate().any(|(n, block)| {
        any_byte(block, other)
            && block
                .iter()
                .enumerate()
                .any(|(i, b)| needs((n * BLOCK + i, b)))
    })
}

/// Where the story starts, and what was found on the way.
struct Lead {
    /// Paragraphs above the story (header lines), `0..header_end`.
    header_end: usize,
    /// The first body paragraph.
    lead: usize,
    /// The lead paragraph without its dateline (and the space after it), when the dateline was
    /// glued to it.
    lead_text: Option<String>,
    dateline: Option<Dateline>,
    /// A headline below an own-line dateline (`Brussels, 29 November 2017` above the headline).
    headline_below: Option<usize>,
    /// A reporter printed with the dateline (`（记者张三）`, `홍길동 기자 =`).
    reporter: Option<dateline::Reporter>,
}

/// Finds the dateline and with it the start of the body; without a dateline, the body starts
/// at the first paragraph that reads as text.
fn find_lead(paragraphs: &[String], furniture: &FurnitureOf) -> Lead {
    let limit = paragraphs.len().min(HEADER_SCAN);
    for (i, paragraph) in paragraphs.iter().enumerate().take(limit) {
        // Both questions are asked of a paragraph in one read of the dateline grammar.
        let (lead, line) = dateline::parse_lead_or_line(paragraph);
        // `EDITOR'S NOTE _ ...` and `URGENT` lines are header furniture even where they look
        // like a dateline.
        if furniture.line(i, paragraph).is_some() && line.is_none() {
            continue;
        }
        if let Some(found) = lead {
            return Lead {
                header_end: i,
                lead: i,
                lead_text: paragraph
                    .get(found.consumed..)
                    .map(|text| text.trim().to_string()),
                dateline: Some(found.dateline),
                headline_below: None,
                reporter: found.byline,
            };
        }
        // `Von Anna Berger (epd)` is a byline, not a place with a tag.
        let is_byline = crate::byline::byline(paragraph).is_some();
        if !is_byline
            && let Some(found) = line
            && i + 1 < paragraphs.len()
        {
            let headline_below = paragraphs.get(i + 1).is_some_and(|p| headline_like(p))
                && paragraphs.get(i + 2).is_some_and(|p| !headline_like(p));
            return Lead {
                header_end: i,
                lead: if headline_below { i + 2 } else { i + 1 },
                lead_text: None,
                dateline: Some(found),
                headline_below: headline_below.then_some(i + 1),
                reporter: None,
            };
        }
        // The line after a byline, which may take two lines (a name, then its press).
        let below_byline = if is_byline {
            Some(i + 1)
        } else {
            paragraphs
                .get(i + 1)
                .and_then(|next| crate::byline::unsigned_byline(paragraph, next))
                .map(|_| i + 2)
        };
        if let Some(below) = below_byline {
            // AAP: the place stands alone on the line below the byline.
            if let Some(place) = paragraphs
                .get(below)
                .filter(|p| !crate::byline::affiliation(p))
                .and_then(|p| dateline::place_line(p))
                && below + 1 < paragraphs.len()
            {
                return Lead {
                    header_end: below,
                    lead: below + 1,
                    lead_text: None,
                    dateline: Some(place),
                    headline_below: None,
                    reporter: None,
                };
            }
            continue;
        }
        // A long paragraph is body text, unless it is a teaser under the headline that the
        // paragraph with the dateline follows.
        let teaser = || {
            i >= 1
                && paragraphs
                    .get(i + 1)
                    .is_some_and(|next| dateline::parse_lead(next).is_some())
        };
        if more_words_than(paragraph, BODY_WORDS) && !teaser() {
            break;
        }
    }
    let lead = lead_without_dateline(paragraphs, furniture);
    Lead {
        header_end: lead,
        lead,
        lead_text: None,
        dateline: None,
        headline_below: None,
        reporter: None,
    }
}

/// The header is the run of headline-like, byline and marker lines at the top (at most a title,
/// a headline and a standfirst); the body is the rest, and never empty when there is more than
/// one paragraph.
fn lead_without_dateline(paragraphs: &[String], furniture: &FurnitureOf) -> usize {
    if paragraphs.len() == 1 {
        return usize::from(paragraphs.first().is_some_and(|p| headline_like(p)));
    }
    let mut candidates = 0;
    let mut i = 0;
    let mut after_byline = false;
    while i + 1 < paragraphs.len() && i < HEADER_SCAN {
        let Some(paragraph) = paragraphs.get(i) else {
            break;
        };
        let byline = crate::byline::byline(paragraph).is_some();
        // The role below a byline (`PA Transport Correspondent`) goes with it.
        if furniture.line(i, paragraph).is_some()
            || byline
            || (after_byline && crate::byline::affiliation(paragraph))
        {
            after_byline = byline;
            i += 1;
            continue;
        }
        after_byline = false;
        let title = candidates == 0
            && title_like(paragraph)
            && paragraphs.get(i + 1).is_some_and(|p| headline_like(p))
            && i + 2 < paragraphs.len();
        // A sentence between the headline and the byline is the standfirst (PA).
        let standfirst = candidates == 1
            && !more_words_than(paragraph, BODY_WORDS)
            && paragraphs
                .get(i + 1)
                .is_some_and(|p| crate::byline::byline(p).is_some())
            && i + 2 < paragraphs.len();
        if !(headline_like(paragraph) || title || standfirst) || candidates >= 3 {
            break;
        }
        candidates += 1;
        i += 1;
    }
    i
}

/// What [`header::furniture`] says of each of the top paragraphs, asked once a paragraph:
/// finding the lead and sorting the header ask about the same lines.
#[derive(Default)]
struct FurnitureOf {
    /// By paragraph index; the header is at most [`HEADER_SCAN`] paragraphs and a byline's
    /// two lines below them.
    found: [std::cell::OnceCell<Option<Furniture>>; HEADER_SCAN + 2],
}

impl FurnitureOf {
    /// [`header::furniture`] of `line`, paragraph `i`.
    fn line(&self, i: usize, line: &str) -> Option<Furniture> {
        match self.found.get(i) {
            Some(found) => *found.get_or_init(|| header::furniture(line)),
            None => header::furniture(line),
        }
    }
}

/// The header lines sorted out: headline candidates, byline, markers and notes.
#[derive(Default)]
struct Header {
    candidates: Vec<String>,
    byline: Option<crate::byline::Byline>,
    markers: Vec<String>,
    notes: Vec<String>,
    /// Slug lines found above the headline (`FRANCE-MÉTÉO-INONDATIONS`, `Suisse`).
    slugs: Vec<String>,
}

/// Sorts the header lines. With `all_furniture` (the headline is elsewhere), lines that would
/// be headline candidates are markers too, kept in their order.
fn sort_header(lines: &[String], all_furniture: bool, furniture: &FurnitureOf) -> Header {
    let mut out = Header::default();
    let mut after_byline = false;
    let mut lines = lines.iter().enumerate().peekable();
    while let Some((i, line)) = lines.next() {
        // A byline over two lines without a word to introduce it (`Julie Gagnon` / `La Presse
        // Canadienne`).
        if out.byline.is_none()
            && let Some(byline) = lines
                .peek()
                .and_then(|(_, next)| crate::byline::unsigned_byline(line, next))
        {
            out.byline = Some(byline);
            lines.next();
            continue;
        }
        if let Some(byline) = crate::byline::byline(line) {
            if out.byline.is_none() {
                out.byline = Some(byline);
            } else {
                out.markers.push(line.clone());
            }
            after_byline = true;
            continue;
        }
        if after_byline && crate::byline::affiliation(line) {
            if let Some(byline) = out.byline.as_mut() {
                byline.text = format!("{}, {}", byline.text, line.trim());
            }
            continue;
        }
        after_byline = false;
        match furniture.line(i, line) {
            Some(Furniture::RoledText) => out.notes.push(line.clone()),
            Some(Furniture::Marker) => out.markers.push(line.clone()),
            None if all_furniture => out.markers.push(line.clone()),
            None => out.candidates.push(line.clone()),
        }
    }
    // A slug or keyword line above the headline is furniture; alone, it is the headline.
    let count = out.candidates.len();
    let mut kept = Vec::new();
    for (i, candidate) in std::mem::take(&mut out.candidates).into_iter().enumerate() {
        if i + 1 < count && header::slug_like(&candidate) {
            out.slugs.push(candidate.clone());
            out.markers.push(candidate);
        } else {
            kept.push(candidate);
        }
    }
    // A name in capitals below the headline, just above the story, is the byline (Folha's
    // `LUCAS FERNANDES`).
    if out.byline.is_none()
        && kept.len() >= 2
        && let Some(name) = kept.pop_if(|last| crate::byline::caps_name(last))
    {
        out.byline = Some(crate::byline::Byline {
            names: vec![name.trim().to_string()],
            text: name.trim().to_string(),
        });
    }
    out.candidates = kept;
    out
}

/// Fills the article from the paragraphs.
fn build(paragraphs: Vec<String>, article: &mut Article) {
    let furniture = FurnitureOf::default();
    let lead = find_lead(&paragraphs, &furniture);
    let below = lead.headline_below.and_then(|i| paragraphs.get(i));
    // Lines above an own-line dateline that has the headline below it are furniture.
    let mut head = sort_header(
        paragraphs.get(..lead.header_end).unwrap_or(&[]),
        below.is_some(),
        &furniture,
    );
    if let Some(below) = below {
        head.candidates.push(below.clone());
    }
    let furniture = assign_headlines(&mut head, article);
    if let Some(byline) = head.byline.take() {
        article.authors = byline.names.iter().map(Author::named).collect();
        article.byline = Some(byline.text);
    } else if let Some(reporter) = lead.reporter.clone() {
        article.authors = reporter.names.iter().map(Author::named).collect();
        article.byline = Some(reporter.text);
    }
    apply_markers(&head, &furniture, article);
    apply_slugs(&head, article);
    if !head.markers.is_empty() {
        article
            .extensions
            .insert("text:header".into(), string_array(&head.markers));
    }

    // The body's paragraphs are moved, not copied: a story of many paragraphs is held once.
    let mut rest = paragraphs.into_iter().skip(lead.lead);
    let first = rest.next();
    let mut body: Vec<String> = lead
        .lead_text
        .clone()
        .or(first)
        .into_iter()
        .chain(rest)
        .collect();
    // A release's `Photo - <address>` lines are links to its pictures, wherever they stand.
    body.retain(
        |paragraph| match page_furniture::media_reference(paragraph) {
            Some((label, address)) => {
                article.links.push(Link {
                    rel: Some("enclosure".to_string()),
                    href: address.to_string(),
                    media_type: None,
                    title: Some(label.to_string()),
                    rendition: None,
                });
                false
            }
            None => true,
        },
    );
    let tail = split_tail(&mut body);
    article.credit = tail.credit;
    if article.byline.is_none()
        && let Some(byline) = tail.byline
    {
        // `Sarah Tremblay, The Canadian Press`, `Erik Johansson/TT`.
        let name = byline
            .split([',', '/'])
            .next()
            .unwrap_or(&byline)
            .trim()
            .to_string();
        article.authors = vec![Author::named(name)];
        article.byline = Some(byline);
    }
    article.rights.notice = tail.copyright;
    if !tail.trailer.is_empty() {
        article
            .extensions
            .insert("text:trailer".into(), string_array(&tail.trailer));
    }
    if let Some(take) = tail.trailer.iter().find(|l| trailer::take_marker(l)) {
        article
            .extensions
            .insert("text:take".into(), take.trim().into());
    }

    // Paragraphs are trimmed already: the layout trims each line, the lead its dateline's space.
    // A sub-heading stands between the lead and the last paragraph, alone: short lines that
    // follow one another are a verse or a list, not headings.
    let last = body.len().saturating_sub(1);
    let heading_like: Vec<bool> = body.iter().map(|p| shape::subheading_like(p)).collect();
    let like = |i: usize| heading_like.get(i).copied().unwrap_or(false);
    article.body.reserve_exact(body.len());
    for (i, paragraph) in body.into_iter().enumerate() {
        if paragraph.is_empty() {
            continue;
        }
        if i > 0 && i < last && like(i) && !like(i + 1) && !(i > 1 && like(i - 1)) {
            article.body.push(Block::heading(2, paragraph));
        } else {
            article.body.push(Block::paragraph(paragraph));
        }
    }

    if let Some(dateline) = lead.dateline {
        article.sources = dateline
            .agencies
            .iter()
            .map(|a| Party::named(a.name.clone()))
            .collect();
        article.dateline = Some(dateline);
    }
}

/// The slug line and keywords above the headline: an AP slug (`BC-US--Vermont-Broadband, 1st
/// Ld-Writethru` gives `BC-US--Vermont-Broadband`), a slug in capitals (`ESPAÑA VIVIENDA`,
/// `FRANCE-MÉTÉO-INONDATIONS`) or a dpa keyword path (`/politics/Britain/EU/`) and a one-word
/// keyword line (`Suisse`), which give keywords.
fn apply_slugs(head: &Header, article: &mut Article) {
    for marker in &head.markers {
        let text = marker.trim();
        if text.starts_with("BC-") {
            let slug = text.split(',').next().unwrap_or(text).trim();
            article.slugline.get_or_insert_with(|| slug.to_string());
        } else if header::keyword_path(text) {
            article.keywords.extend(
                text.split('/')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_string),
            );
        }
    }
    for slug in &head.slugs {
        let slug = slug.trim();
        if shape::is_caps(slug) {
            article.slugline.get_or_insert_with(|| slug.to_string());
        } else if let Some(keywords) = header::keyword_chain(slug) {
            article
                .keywords
                .extend(keywords.into_iter().map(str::to_string));
        } else if !slug.contains(char::is_whitespace) {
            article.keywords.push(slug.to_string());
        }
    }
}

/// Maps the header's marker and note lines, and the headline's furniture, to the model:
/// urgency, embargo, correction signal and editorial note, version (see the `markers` module).
fn apply_markers(head: &Header, furniture: &[String], article: &mut Article) {
    let mut correction = false;
    let mut priority: Option<&str> = None;
    let mut version: Option<&str> = None;
    for marker in head.markers.iter().chain(furniture) {
        let marker = marker.as_str();
        if let Some(urgency) = markers::urgency(marker) {
            article.urgency = Some(article.urgency.map_or(urgency, |u| u.min(urgency)));
            priority.get_or_insert(marker);
        }
        if markers::is_version(marker) {
            // `BC-US--Vermont-Broadband, 1st Ld-Writethru`: the version part of a slug line.
            let part = marker
                .split(',')
                .map(str::trim)
                .find(|p| markers::is_version(p))
                .unwrap_or(marker);
            version.get_or_insert(part);
            if let Some(number) = markers::version_number(marker) {
                article.version = Some(article.version.map_or(number, |v| v.max(number)));
            }
        }
        if markers::is_correction(marker) {
            correction = true;
            article.editorial_notes.push(RoledText::new(marker.trim()));
        }
    }
    for note in &head.notes {
        if markers::is_embargo(note) {
            article
                .extensions
                .insert("text:embargo".into(), note.trim().into());
            if let Some(time) = markers::embargo_time(note) {
                article.embargo.get_or_insert(time);
                continue;
            }
        }
        correction |= markers::is_correction(note);
        article.editorial_notes.push(RoledText::new(note.trim()));
    }
    if let Some(priority) = priority {
        article
            .extensions
            .insert("text:priority".into(), priority.trim().into());
    }
    if let Some(version) = version {
        article
            .extensions
            .insert("text:version".into(), version.trim().into());
    }
    if correction {
        article
            .extensions
            .insert("text:signals".into(), serde_json::json!(["correction"]));
    }
}

/// Title, headline and standfirst from the header candidates: the ITALPRESS shape (a short
/// sentence, then the headline) gives a title; otherwise the first is the headline and the next
/// the standfirst. Returns the furniture removed from the headline.
fn assign_headlines(head: &mut Header, article: &mut Article) -> Vec<String> {
    let mut candidates = std::mem::take(&mut head.candidates).into_iter();
    let first = candidates.next();
    let second = candidates.next();
    let rest: Vec<String> = candidates.collect();
    let (title, headline, subheadline) = match (first, second) {
        (Some(first), Some(second)) if title_like(&first) && headline_like(&second) => {
            (Some(first), Some(second), rest.first().cloned())
        }
        (first, second) => (None, first, second),
    };
    let mut furniture = Vec::new();
    article.title = title.map(|t| t.trim().to_string());
    article.headline = headline.map(|h| {
        let (clean, mut removed) = header::strip_furniture(&h);
        furniture.append(&mut removed);
        clean
    });
    article.subheadline = subheadline.map(|s| s.trim().to_string());
    if !furniture.is_empty() {
        article
            .extensions
            .insert("text:headline_furniture".into(), string_array(&furniture));
    }
    furniture
}

/// What was split off the end of the body.
#[derive(Default)]
struct Tail {
    credit: Option<String>,
    trailer: Vec<String>,
    byline: Option<String>,
    copyright: Option<String>,
}

/// Removes the credit and the trailer lines from the end of the body. The lead (index 0) is
/// never removed.
fn split_tail(body: &mut Vec<String>) -> Tail {
    let mut tail = Tail::default();
    // A section not for publication (dpa's notebook, a release's notes to editors) ends the
    // story: it and everything after it is trailer. So does a contact section of short lines,
    // and a rule or a Markdown heading over short lines with lists (dpa's `* * * *`, `##
    // Internet links`, `## Orte`).
    // All lines after line `i` are short when the last long line is not after it; some are
    // lists when the last list line is. Both found from the end back, once.
    let last_long = body.iter().rposition(|l| more_words_than(l, TRAILER_WORDS));
    let last_list = body
        .iter()
        .rposition(|l| trailer::list_item(l) || trailer::section_break(l));
    let mut notebook = Vec::new();
    if let Some(start) = (1..body.len()).find(|&i| {
        let Some(line) = body.get(i) else {
            return false;
        };
        let short = last_long.is_none_or(|last| last <= i);
        let lists = last_list.is_some_and(|last| last > i);
        trailer::notebook(line)
            || (trailer::contact_heading(line) && short)
            || (trailer::section_break(line) && short && lists)
    }) {
        notebook = body.split_off(start);
    }
    let mut end = body.len();
    // A credit line near the end; only short lines may follow it.
    for i in (1..body.len()).rev().take(CREDIT_SCAN) {
        let Some(line) = body.get(i) else { break };
        if let Some(credit) = trailer::credit(line) {
            tail.credit = Some(credit);
            tail.trailer = body.get(i + 1..).unwrap_or(&[]).to_vec();
            end = i;
            break;
        }
        if more_words_than(line, TRAILER_WORDS) {
            break;
        }
    }
    // Trailer lines before it (or at the end), and a press release's "About ..." section.
    // Collected last line first, then put back in order.
    let mut before: Vec<String> = Vec::new();
    while let Some(line) = end
        .checked_sub(1)
        .filter(|i| *i >= 1)
        .and_then(|i| body.get(i))
    {
        if trailer::trailer(line).is_some() {
            before.push(line.clone());
            end -= 1;
            continue;
        }
        if tail.credit.is_none()
            && let Some(credit) = trailer::credit(line)
        {
            tail.credit = Some(credit);
            end -= 1;
            continue;
        }
        let about = (1..end)
            .rev()
            .take(3)
            .find(|i| body.get(*i).is_some_and(|l| trailer::about_heading(l)));
        if let Some(start) = about {
            before.extend(body.get(start..end).unwrap_or(&[]).iter().rev().cloned());
            end = start;
            continue;
        }
        break;
    }
    before.reverse();
    before.append(&mut tail.trailer);
    tail.trailer = before;
    // An end mark glued to the last paragraph (`... mỗi ngày./.`).
    if let Some(last) = end.checked_sub(1).and_then(|i| body.get_mut(i))
        && let Some(text) = trailer::glued_end_mark(last)
    {
        *last = text;
        tail.trailer.insert(0, "./.".to_string());
    }
    // A credit glued to the end of the last paragraph (`... Waadt.  (sda)`).
    if let Some(last) = end.checked_sub(1).and_then(|i| body.get_mut(i))
        && let Some((text, credit, code)) = trailer::glued_credit(last)
    {
        *last = text;
        if let Some(code) = code {
            tail.trailer.insert(0, code);
        }
        match tail.credit {
            None => tail.credit = Some(credit),
            Some(_) => tail.trailer.insert(0, credit),
        }
    }
    body.truncate(end);
    // The sign-off after a notebook (`dpa hm bs wjh`) is still the credit.
    if tail.credit.is_none()
        && let Some(i) = (0..notebook.len()).rev().take(3).find(|i| {
            notebook
                .get(*i)
                .is_some_and(|l| trailer::credit(l).is_some())
        })
    {
        tail.credit = trailer::credit(&notebook.remove(i));
    }
    tail.trailer.append(&mut notebook);
    tail.byline = tail.credit.as_deref().and_then(trailer::credited_reporter);
    for line in &tail.trailer {
        match trailer::trailer(line) {
            Some(trailer::Trailer::Copyright) if tail.copyright.is_none() => {
                tail.copyright = Some(line.trim().to_string());
            }
            Some(trailer::Trailer::Byline(byline)) if tail.byline.is_none() => {
                tail.byline = Some(byline);
            }
            _ => {}
        }
    }
    tail
}

/// The headline and the first paragraphs: enough for the detector, never the whole body (also
/// what the e-mail reader detects a message's language by when its body is not wire copy).
pub(crate) fn language_sample(article: &Article) -> String {
    let mut sample = String::new();
    for part in [&article.title, &article.headline, &article.subheadline]
        .into_iter()
        .flatten()
    {
        sample.push_str(part);
        sample.push('\n');
    }
    for block in article.body.iter().take(3) {
        sample.push_str(&block.plain_text());
        sample.push('\n');
    }
    sample
}

fn string_array(lines: &[String]) -> serde_json::Value {
    serde_json::Value::Array(
        lines
            .iter()
            .map(|l| serde_json::Value::String(l.trim().to_string()))
            .collect(),
    )
}

#[cfg(test)]
mod tests;
