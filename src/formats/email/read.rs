//! The message read into an article: its header fields, its body through the plain-text (or
//! HTML) reader, its attachments as associations. See the module documentation's table.

use mailparse::{DispositionType, MailAddr, ParsedMail};

use super::body::{Labels, take_labels, unflow, without_signature, without_signed_off_signature};
use super::form;
use super::words::{HeaderText, decode_header};
use crate::formats::{ReadOptions, descriptor_of};
use crate::model::{Association, Block, ItemKind, Link, Party, Rendition, Warning};
use crate::{Article, Error, Format};

/// The extension holding the `To` field as sent.
const TO_KEY: &str = "email:to";
/// How deep multiparts are followed (mailparse stops at 100; real mail nests three or four).
const MAX_DEPTH: usize = 16;
/// How much of a cut signature or disclaimer a warning quotes.
const QUOTED: usize = 200;

/// Reads one message: one article, or the articles of an attached news document when the
/// message says nothing itself (see [`attached_articles`]).
pub(super) fn read_message(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    let input = past_blank_lines(input);
    let mail =
        mailparse::parse_mail(input).map_err(|e| invalid(format!("not a mail message: {e}")))?;
    if mail.headers.is_empty() {
        return Err(invalid("no header fields".to_string()));
    }
    let mut warnings = Vec::new();
    let mut parts = Parts::default();
    collect(&mail, 0, &mut parts, &mut warnings);

    let read = match parts.text.or(parts.html) {
        Some(body) => read_body(body, options, &mut warnings)?,
        None => Read::default(),
    };
    let (associations, attached) = read_attachments(&parts.attachments, options, &mut warnings);
    if read.is_empty() && !attached.is_empty() {
        return Ok(attached_articles(attached, &mail, warnings));
    }
    for Attached { label, format, .. } in &attached {
        warnings.push(Warning::new(
            "associations",
            format!("attachment {label:?} is {format}: of its articles, only their headlines, descriptions, bylines and credits are carried, as associations"),
            None,
        ));
    }
    let Read {
        article: mut story,
        labels,
        form,
        ..
    } = read;
    story.associations.extend(associations);
    apply_headers(&mail, &mut story, &labels, form, &mut warnings);
    story.warnings.extend(warnings);
    if story.language.is_none() && options.language().is_none() {
        story.language = crate::language::detect(&crate::formats::text::language_sample(&story));
    }
    Ok(vec![story])
}

/// The message from its first non-blank line: mail stored with a blank line (or a line of
/// spaces) in front, which no header parser takes.
fn past_blank_lines(input: &[u8]) -> &[u8] {
    let mut start = 0;
    for line in input.split_inclusive(|&b| b == b'\n') {
        if !line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
        start += line.len();
    }
    input.get(start..).unwrap_or(&[])
}

/// An invalid message.
fn invalid(message: String) -> Error {
    Error::Invalid {
        format: Format::Email,
        message,
    }
}

/// The leaves of the message sorted out: the body to read and the attachments.
#[derive(Default)]
struct Parts<'m, 'a> {
    /// The first text/plain part not attached.
    text: Option<&'m ParsedMail<'a>>,
    /// The first text/html part not attached: read only when there is no text/plain one.
    html: Option<&'m ParsedMail<'a>>,
    /// Everything else that is not a multipart.
    attachments: Vec<&'m ParsedMail<'a>>,
}

/// Sorts the parts of `part` into `parts`. In a `multipart/alternative`, the alternatives
/// not chosen are versions of the same text: an HTML part beside the plain one is left.
fn collect<'m, 'a>(
    part: &'m ParsedMail<'a>,
    depth: usize,
    parts: &mut Parts<'m, 'a>,
    warnings: &mut Vec<Warning>,
) {
    let mimetype = part.ctype.mimetype.to_ascii_lowercase();
    if mimetype.starts_with("multipart/") && !part.subparts.is_empty() {
        if depth >= MAX_DEPTH {
            warnings.push(Warning::new(
                "body",
                format!("multiparts nested deeper than {MAX_DEPTH} are not read"),
                None,
            ));
            return;
        }
        for sub in &part.subparts {
            collect(sub, depth + 1, parts, warnings);
        }
        return;
    }
    let attached = matches!(
        part.get_content_disposition().disposition,
        DispositionType::Attachment
    ) || file_name(part).is_some();
    let slot = match mimetype.as_str() {
        _ if attached => None,
        "text/plain" | "text" | "" => Some(&mut parts.text),
        "text/html" => Some(&mut parts.html),
        _ => None,
    };
    match slot {
        Some(slot) if slot.is_none() => *slot = Some(part),
        // A second body of the kind already taken: an alternative of it, or more text.
        Some(_) if mimetype == "text/html" => {}
        _ => parts.attachments.push(part),
    }
}

/// An attachment's file name: the disposition's `filename`, else the type's `name`.
fn file_name(part: &ParsedMail<'_>) -> Option<String> {
    let disposition = part.get_content_disposition();
    disposition
        .params
        .get("filename")
        .or_else(|| part.ctype.params.get("name"))
        .map(|name| decode_header(name.as_bytes()).text.trim().to_string())
        .filter(|name| !name.is_empty())
}

/// What the body gave: the article and the labelled lines taken from it.
#[derive(Default)]
struct Read {
    article: Article,
    labels: Labels,
    /// Whether the body had any text.
    has_text: bool,
    /// Whether the body is a form whose fields name the headline.
    form: bool,
}

impl Read {
    /// True when the body said nothing.
    fn is_empty(&self) -> bool {
        !self.has_text
    }
}

/// A body part decoded in its charset: `None` when its transfer encoding cannot be undone.
fn decoded_text(part: &ParsedMail<'_>, warnings: &mut Vec<Warning>) -> Option<String> {
    let bytes = match part.get_body_raw() {
        Ok(bytes) => bytes,
        Err(e) => {
            warnings.push(Warning::new(
                "body",
                format!("the body cannot be decoded: {e}"),
                None,
            ));
            return None;
        }
    };
    let decoded = match part.ctype.params.get("charset") {
        Some(label) => match crate::encoding::decode_declared(&bytes, label) {
            Some(decoded) => decoded,
            None => {
                let decoded = crate::encoding::decode_text(&bytes);
                warnings.push(Warning::new(
                    "input",
                    format!("unknown charset {label:?}; the body's encoding was guessed"),
                    None,
                ));
                decoded
            }
        },
        None => crate::encoding::decode_text(&bytes),
    };
    if let Some(message) = decoded.warning {
        warnings.push(Warning::new("input", message, None));
    }
    Some(decoded.text.into_owned())
}

/// Reads the body part: plain text through the plain-text reader (a Google Forms notification
/// through [`form`]), HTML through the HTML body reader.
fn read_body(
    part: &ParsedMail<'_>,
    options: &ReadOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Read, Error> {
    let Some(text) = decoded_text(part, warnings) else {
        return Ok(Read::default());
    };
    if part.ctype.mimetype.eq_ignore_ascii_case("text/html") {
        let body = crate::html::html_body(&text);
        let has_text = body.iter().any(|b| !b.plain_text().trim().is_empty());
        return Ok(Read {
            article: Article {
                body,
                ..Article::default()
            },
            labels: Labels::default(),
            has_text,
            form: false,
        });
    }
    let flowed = part
        .ctype
        .params
        .get("format")
        .is_some_and(|f| f.eq_ignore_ascii_case("flowed"));
    let text = if flowed {
        let delsp = part
            .ctype
            .params
            .get("delsp")
            .is_some_and(|d| d.eq_ignore_ascii_case("yes"));
        unflow(&text, delsp)
    } else {
        text.replace("\r\n", "\n")
    };
    if let Some(article) = form::read(&text, options) {
        return Ok(Read {
            article,
            labels: Labels::default(),
            has_text: true,
            form: true,
        });
    }
    let (story, separated) = without_signature(&text);
    let (story, signed) = without_signed_off_signature(story);
    for cut in [signed, separated].into_iter().flatten() {
        let quoted: String = cut.chars().take(QUOTED).collect();
        warnings.push(Warning::new(
            "body",
            "the mail signature or disclaimer below the story is not read",
            Some(quoted),
        ));
    }
    let (labels, story) = take_labels(story);
    if story.trim().is_empty() {
        return Ok(Read {
            has_text: labels != Labels::default(),
            labels,
            article: Article::default(),
            form: false,
        });
    }
    let mut articles = crate::formats::text::read_input(story.as_bytes(), options)?;
    let article = articles.pop().unwrap_or_default();
    Ok(Read {
        article,
        labels,
        has_text: true,
        form: false,
    })
}

/// The header fields into the article: the subject as headline (or title, see below), the
/// sender as source, the date as the time sent, the message id as id.
fn apply_headers(
    mail: &ParsedMail<'_>,
    article: &mut Article,
    labels: &Labels,
    form: bool,
    warnings: &mut Vec<Warning>,
) {
    let mut field = |name: &str| -> Option<String> {
        let header = mail
            .headers
            .iter()
            .find(|h| h.get_key_ref().trim().eq_ignore_ascii_case(name))?;
        let HeaderText { text, warning } = decode_header(header.get_value_raw());
        if let Some(message) = warning {
            warnings.push(Warning::new(&name.to_ascii_lowercase(), message, None));
        }
        let text = text.trim().to_string();
        (!text.is_empty()).then_some(text)
    };
    let subject = field("Subject");
    let from = field("From");
    let date = field("Date");
    let message_id = field("Message-ID");
    let to = field("To");

    headline_and_title(article, subject, labels.headline.is_some() || form, labels);
    if let Some(description) = &labels.abstract_ {
        article.description = Some(description.clone());
    }
    if let Some(slug) = &labels.slugline
        && article.slugline.is_none()
    {
        article.slugline = Some(slug.clone());
    }
    if let Some(from) = from {
        article.sources.extend(senders(&from));
    }
    if let Some(date) = date {
        match crate::dates::parse_feed_date(&date) {
            Some(sent) => article.set_sent(sent),
            None => warnings.push(Warning::new(
                "modified",
                "the Date field is not a date",
                Some(date),
            )),
        }
    }
    if article.id.is_none() {
        article.id = message_id;
    }
    if let Some(to) = to {
        article.extensions.insert(TO_KEY.to_string(), to.into());
    }
}

/// The subject is the headline, unless the body gives its own: a `Headline:` line, or a
/// headline line above a datelined story (wire copy e-mailed as it was filed), or a form's
/// headline field (`labelled`). The subject is
/// then the title, unless it says the same. A first line the plain-text reader took for a
/// headline above text without a dateline (`hello,`) is the message's first paragraph.
fn headline_and_title(
    article: &mut Article,
    subject: Option<String>,
    labelled: bool,
    labels: &Labels,
) {
    if let Some(headline) = &labels.headline {
        if let Some(found) = article.headline.take() {
            // A line above the byline of labelled copy (AAP's `Gol PGA`): header furniture.
            header_line(article, found);
        }
        article.headline = Some(headline.clone());
    }
    let Some(subject) = subject else {
        return;
    };
    match &article.headline {
        None => article.headline = Some(subject),
        Some(headline) if same_text(headline, &subject) => {}
        Some(_) if labelled || article.dateline.is_some() => {
            if article.title.is_none() {
                article.title = Some(subject);
            }
        }
        Some(headline) => {
            article.body.insert(0, Block::paragraph(headline.clone()));
            article.headline = Some(subject);
        }
    }
}

/// Adds a line to the plain-text reader's `text:header` (header lines that are not content).
fn header_line(article: &mut Article, line: String) {
    let lines = article
        .extensions
        .entry("text:header".to_string())
        .or_insert_with(|| serde_json::Value::Array(Vec::new()));
    if let serde_json::Value::Array(lines) = lines {
        lines.push(line.into());
    }
}

/// The same words, whatever the case and spacing.
fn same_text(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    fold(a) == fold(b)
}

/// The `From` addresses as parties: the display name (else the address) and a `mailto:` id.
fn senders(from: &str) -> Vec<Party> {
    let party = |name: Option<String>, address: String| Party {
        name: Some(
            name.filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| address.clone()),
        ),
        id: Some(format!("mailto:{address}")),
    };
    match mailparse::addrparse(from) {
        Ok(list) if list.count_addrs() > 0 => list
            .into_inner()
            .into_iter()
            .flat_map(|addr| match addr {
                MailAddr::Single(single) => vec![party(single.display_name, single.addr)],
                MailAddr::Group(group) => group
                    .addrs
                    .into_iter()
                    .map(|single| party(single.display_name, single.addr))
                    .collect(),
            })
            .collect(),
        _ => vec![Party::named(from)],
    }
}

/// An attachment that is a news document, read.
struct Attached {
    /// Its file name, else its media type.
    label: String,
    /// Its format.
    format: Format,
    /// Its articles.
    articles: Vec<Article>,
}

/// The attachments as associations, and those that are news documents read.
fn read_attachments(
    attachments: &[&ParsedMail<'_>],
    options: &ReadOptions,
    warnings: &mut Vec<Warning>,
) -> (Vec<Association>, Vec<Attached>) {
    let mut associations = Vec::new();
    let mut attached = Vec::new();
    for part in attachments {
        let media_type = part.ctype.mimetype.to_ascii_lowercase();
        let name = file_name(part);
        let bytes = match part.get_body_raw() {
            Ok(bytes) => bytes,
            Err(e) => {
                warnings.push(Warning::new(
                    "associations",
                    format!("an attachment cannot be decoded: {e}"),
                    name.clone(),
                ));
                continue;
            }
        };
        let file = file_link(part, &media_type, name.as_deref(), bytes.len());
        let label = name.clone().unwrap_or_else(|| media_type.clone());
        match news_document(&bytes, &media_type, options) {
            Some((format, Ok(articles))) if !articles.is_empty() => {
                for story in &articles {
                    associations.push(Association {
                        role: Some("attachment".to_string()),
                        kind: Some(story.kind),
                        id: story.id.clone(),
                        headline: story.display_headline().map(str::to_string),
                        caption: story.description.clone(),
                        byline: story.byline.clone(),
                        credit: story.credit.clone(),
                        renditions: vec![file.clone()],
                    });
                }
                attached.push(Attached {
                    label,
                    format,
                    articles,
                });
                continue;
            }
            Some((format, Err(e))) => warnings.push(Warning::new(
                "associations",
                format!("attachment {label:?} looks like {format} but cannot be read: {e}"),
                None,
            )),
            _ => {}
        }
        warnings.push(Warning::new(
            "associations",
            format!(
                "attachment {label:?} ({media_type}, {} bytes): its content is not carried",
                bytes.len()
            ),
            None,
        ));
        associations.push(Association {
            role: Some("attachment".to_string()),
            kind: kind_of(&media_type),
            id: content_id(part),
            headline: name,
            renditions: vec![file],
            ..Association::default()
        });
    }
    (associations, attached)
}

/// The attachment's file: its address when it has a Content-ID (RFC 2392 `cid:`; an empty one
/// otherwise, which writers of links leave out), its media type, name and decoded size.
fn file_link(part: &ParsedMail<'_>, media_type: &str, name: Option<&str>, size: usize) -> Link {
    Link {
        rel: Some("enclosure".to_string()),
        href: content_id(part).unwrap_or_default(),
        media_type: (!media_type.is_empty()).then(|| media_type.to_string()),
        title: name.map(str::to_string),
        rendition: Some(Rendition {
            name: Some("original".to_string()),
            size: u64::try_from(size).ok(),
            ..Rendition::default()
        }),
    }
}

/// The part's Content-ID as a `cid:` URL.
fn content_id(part: &ParsedMail<'_>) -> Option<String> {
    let header = part
        .headers
        .iter()
        .find(|h| h.get_key_ref().trim().eq_ignore_ascii_case("Content-ID"))?;
    let id = decode_header(header.get_value_raw()).text;
    let id = id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!id.is_empty() && !id.contains(char::is_whitespace)).then(|| format!("cid:{id}"))
}

/// What kind of item a media type is.
fn kind_of(media_type: &str) -> Option<ItemKind> {
    match media_type.split('/').next().unwrap_or_default() {
        "image" => Some(ItemKind::Picture),
        "video" => Some(ItemKind::Video),
        "audio" => Some(ItemKind::Audio),
        "text" => Some(ItemKind::Text),
        _ => None,
    }
}

/// The attachment read as the news format its content shows by its own marks (a G2 item,
/// ninjs, NITF...), within the same budget: never by its name, never as plain text or as
/// another e-mail. Pictures, audio and video are not looked at, and a binary file that only
/// happens to open with a teletype control code is not reported as unreadable.
fn news_document(
    bytes: &[u8],
    media_type: &str,
    options: &ReadOptions,
) -> Option<(Format, Result<Vec<Article>, Error>)> {
    if ["image/", "audio/", "video/"]
        .iter()
        .any(|t| media_type.starts_with(t))
    {
        return None;
    }
    let format = crate::formats::detect(bytes, None).ok()?;
    let descriptor = descriptor_of(format);
    let marked = matches!(descriptor.sniff, crate::formats::Sniff::Marks(_));
    if !marked || format == Format::Email {
        return None;
    }
    let read = descriptor.read?;
    // The registry's safety pass runs on what the message reader returns, these included.
    match read(bytes, options) {
        Err(_) if !(media_type.contains("json") || media_type.contains("xml")) => None,
        read => Some((format, read)),
    }
}

/// A message that says nothing but carries news documents is their envelope: their articles
/// are the result, each with the sender as a source when it names none, and the message's
/// warnings on the first (with one saying that its own fields were left).
fn attached_articles(
    attached: Vec<Attached>,
    mail: &ParsedMail<'_>,
    mut warnings: Vec<Warning>,
) -> Vec<Article> {
    let names: Vec<String> = attached
        .iter()
        .map(|a| format!("{:?} ({})", a.label, a.format))
        .collect();
    warnings.push(Warning::new(
        "input",
        format!(
            "the message only carries {}: its articles are read; the message's subject, date and id are not",
            names.join(", ")
        ),
        None,
    ));
    let mut articles: Vec<Article> = attached.into_iter().flat_map(|a| a.articles).collect();
    let from = mail
        .headers
        .iter()
        .find(|h| h.get_key_ref().trim().eq_ignore_ascii_case("From"))
        .map(|h| decode_header(h.get_value_raw()).text);
    for article in &mut articles {
        if article.sources.is_empty()
            && let Some(from) = &from
        {
            article.sources = senders(from.trim());
        }
    }
    if let Some(first) = articles.first_mut() {
        first.warnings.extend(warnings);
    }
    articles
}
