//! What the writer prints for an article, as a [`Message`]: each value in the form the reader
//! reads back, and left out where the reader would take it for something else. The reader reads
//! this message back as it is, so the projection is [`article`](super::mapping::article) of it.

use crate::byline::{after_by_word, byline_line};
use crate::formats::teletype::article::heading_byline;
use crate::formats::teletype::blocks::{self, Chunk};
use crate::formats::teletype::heading::{Line, affiliation, classify, note_text, sign_off_like};
use crate::formats::teletype::lines::collapse;
use crate::model::Article;

use super::codes::{letter, ordinal};
use super::header::{DC1, DC2, DC3, Header};
use super::message::Message;
use super::post;
use super::text::{Item, Text, caret_form, group, heading_len, read_heading, row_like, tab_form};
use super::{
    CATEGORY_SCHEME, CYCLE_KEY, CYCLES, DEFAULT_CATEGORY, DEFAULT_CYCLE, KEYWORD_WIDTH, MAX_WORDS,
    SELECTOR, SERVICE_LEVEL, SLUG_KEY, STORY_NUMBER,
};

/// The message the writer prints for `article`.
pub(super) fn layout(article: &Article) -> Message {
    let body = body(article);
    // The slug line counts the words printed; the header declares the article's count.
    let words = blocks::counted_words(&body).min(MAX_WORDS);
    let declared = article.word_count.map_or(words, |n| n.min(MAX_WORDS));
    let version = article.version.filter(|v| (2..=100).contains(v));
    let slug = slug_form(article.slugline.as_deref());
    let cycle = article
        .extensions
        .get(CYCLE_KEY)
        .and_then(|v| v.as_str())
        .filter(|c| CYCLES.contains(c));
    let take = version.map(|v| format!("{} Ld-Writethru", ordinal(v - 1)));
    let slug_line = match (&slug, &take) {
        (None, None) => words.to_string(),
        _ => format!(
            "{}{},{words}",
            slug.as_deref()
                .map(|s| printed_slug(article, cycle, s))
                .unwrap_or_default(),
            take.as_deref()
                .map(|t| format!(", {t}"))
                .unwrap_or_default()
        ),
    };
    let starts_with_heading = matches!(body.first(), Some(Chunk::Heading(_)));
    let tabular = body.iter().any(|c| matches!(c, Chunk::Pre(_)));
    let sent = article.version_time();
    let header = Header {
        service_level: SERVICE_LEVEL.to_string(),
        number: STORY_NUMBER.to_string(),
        extra: String::new(),
        selector: SELECTOR.to_string(),
        priority: Some(letter(article.priority.or(article.urgency))),
        category: Some(category(article)),
        format: [DC3, if tabular { DC2 } else { DC1 }].iter().collect(),
        keyword: keyword(cycle, slug.as_deref()),
        version: version
            .map(|v| format!("{}Ld-Writethru", ordinal(v - 1)))
            .unwrap_or_default(),
        date: post::filing_date(sent),
        words: Some(declared),
    };
    Message {
        header,
        text: Text {
            slug: Some(slug_line),
            heading: heading(article, starts_with_heading),
            body,
            sign_off: None,
        },
        post: sent.map(post::line),
    }
}

/// In tabular text the reader takes a paragraph of `;`-separated cells for a table row: a lead
/// that the glued dateline makes one (its `;`s added to the paragraph's, as in `(&amp;)`)
/// prints the dateline as a paragraph of its own at the head of the body, where the dateline
/// rules look for it, instead of inside the table.
fn apart_from_rows(mut chunks: Vec<Chunk>, dateline: Option<&str>) -> Vec<Chunk> {
    let Some(dateline) = dateline.map(collapse).filter(|d| !d.is_empty()) else {
        return chunks;
    };
    let lead = chunks.iter().position(|c| {
        matches!(c, Chunk::Para(t) if row_like(&tab_form(t)) && t.strip_prefix(&dateline)
            .is_some_and(|rest| !row_like(&tab_form(rest))))
    });
    if let Some(i) = lead
        && let Some(Chunk::Para(text)) = chunks.get_mut(i)
    {
        let rest = text
            .strip_prefix(&dateline)
            .unwrap_or_default()
            .trim_start()
            .to_string();
        *text = rest;
        chunks.insert(i, Chunk::Para(dateline));
    }
    chunks
}

/// The header category: the first `a1312cat` subject whose code is one letter, else the
/// placeholder.
fn category(article: &Article) -> char {
    article
        .subjects
        .iter()
        .filter(|s| s.scheme.as_deref() == Some(CATEGORY_SCHEME))
        .filter_map(|s| s.code.as_deref())
        .find_map(|code| {
            let mut chars = code.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => Some(c),
                _ => None,
            }
        })
        .unwrap_or(DEFAULT_CATEGORY)
}

/// The slug as the slug line holds it: one line, up to its first comma (a comma ends the slug),
/// without marks at its start.
fn slug_form(slugline: Option<&str>) -> Option<String> {
    let text = collapse(slugline?);
    let text = text.rsplit('^').next().unwrap_or("");
    let text = text.split(',').next().unwrap_or("");
    let text = caret_form(text);
    (!text.is_empty()).then_some(text)
}

/// The header keyword: the cycle (when the article has one) and the slug without spaces, cut
/// to 24 characters as AP cuts it; with no slug, a cycle alone, which reads back as none.
fn keyword(cycle: Option<&str>, slug: Option<&str>) -> String {
    match (cycle, slug) {
        (Some(cycle), slug) => compact(&format!("{cycle}-{}", slug.unwrap_or(""))),
        (None, Some(slug)) => compact(slug),
        (None, None) => format!("{DEFAULT_CYCLE}-"),
    }
}

/// The keyword form of a slug: no spaces, at most 24 characters, and as the reader takes it: a
/// `<` or `=` the cut leaves at its end is line furniture to a reader (quad left), so it goes.
fn compact(slug: &str) -> String {
    let cut: String = slug
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(KEYWORD_WIDTH)
        .collect();
    cut.trim_end_matches(['<', '=']).to_string()
}

/// The slug the slug line prints: the one the reader kept (`anpa1312:slug`, with its spaces)
/// when the keyword was cut from it, else the cycle and the slugline.
fn printed_slug(article: &Article, cycle: Option<&str>, slug: &str) -> String {
    let printed = match cycle {
        Some(cycle) => format!("{cycle}-{slug}"),
        None => slug.to_string(),
    };
    article
        .extensions
        .get(SLUG_KEY)
        .and_then(|v| slug_form(v.as_str()))
        .filter(|kept| compact(kept) == compact(&printed))
        .unwrap_or(printed)
}

/// The heading lines: the headline's place, the subheadline (only above notes or a byline,
/// which end the heading), `Eds:` notes, `By` and the byline. What would not read back as itself
/// is left out, the subheadline first, then the byline, then the notes; the headline's place is
/// kept empty when the heading or the body needs it.
fn heading(article: &Article, starts_with_heading: bool) -> Vec<String> {
    let headline = article
        .headline
        .as_deref()
        .map(caret_form)
        .filter(|h| !h.is_empty());
    let subheadline = article
        .subheadline
        .as_deref()
        .map(caret_form)
        .filter(|s| !s.is_empty());
    let notes: Vec<String> = article
        .editorial_notes
        .iter()
        .map(|n| note_text(&caret_form(&n.text)))
        .filter(|n| !n.is_empty())
        .collect();
    let byline = byline_text(article);
    let attempts = [
        (true, true, true, true),
        (true, false, true, true),
        (true, false, true, false),
        (true, false, false, true),
        (true, false, false, false),
        (false, false, false, false),
    ];
    for (with_headline, with_sub, with_notes, with_byline) in attempts {
        let headline = headline.clone().filter(|_| with_headline);
        let notes: &[String] = if with_notes { &notes } else { &[] };
        let byline = byline.clone().filter(|_| with_byline);
        let furniture = !notes.is_empty() || byline.is_some();
        let subheadline = subheadline.clone().filter(|_| with_sub && furniture);
        let mut lines = Vec::new();
        if headline.is_some() || furniture || starts_with_heading {
            lines.push(headline.clone().unwrap_or_default());
        }
        lines.extend(subheadline.clone());
        lines.extend(notes.iter().map(|n| format!("Eds: {n}")));
        lines.extend(byline.as_deref().map(byline_line));
        let (read_headline, read) = read_heading(&lines);
        let reads_back = read_headline == headline
            && read.text == subheadline.iter().cloned().collect::<Vec<_>>()
            && read.notes == notes
            && read.byline.as_ref().map(|b| b.text.as_str())
                == byline.as_deref().map(|b| after_by_word(b).unwrap_or(b))
            && read.takes.is_empty()
            && read.urgency.is_none()
            && read.embargo.is_none()
            && !read.correction
            && read.affiliation.is_none()
            && (lines.is_empty() || heading_len(&lines) == lines.len());
        if reads_back {
            return lines;
        }
    }
    if starts_with_heading {
        vec![String::new()]
    } else {
        Vec::new()
    }
}

/// The byline to print: the byline, else the creators' names.
fn byline_text(article: &Article) -> Option<String> {
    let byline = caret_form(&heading_byline(article));
    (!byline.is_empty()).then_some(byline)
}

/// The printed body (dateline at the head of the lead) as ANPA text holds it: paragraphs,
/// level-2 headings (a heading that would read as heading furniture or a sign-off is a
/// paragraph) and tables; `;`-separated paragraphs beside a table join it, as the reader groups
/// them.
fn body(article: &Article) -> Vec<Chunk> {
    let mut items: Vec<Item> = Vec::new();
    for chunk in blocks::chunks(&article.body) {
        match chunk {
            Chunk::Para(text) => {
                let text = tab_form(&text);
                if !text.is_empty() {
                    items.push(Item::Para(text));
                }
            }
            Chunk::Heading(text) => {
                let text = caret_form(&text);
                if text.is_empty() {
                    continue;
                }
                if classify(&text) == Line::Text(text.clone()) && !affiliation(&text) {
                    items.push(Item::Heading(text));
                } else {
                    let text = tab_form(&text);
                    if !text.is_empty() {
                        items.push(Item::Para(text));
                    }
                }
            }
            Chunk::Pre(text) => {
                items.extend(
                    text.split('\n')
                        .map(|row| Item::Row(row.trim_end().to_string())),
                );
            }
        }
    }
    let tabular = items.iter().any(|i| matches!(i, Item::Row(_)));
    // The dateline as a paragraph line prints it: a closing `<` or `=` is a line-end code the
    // reader drops, so the dateline is glued to the lead (or not) by what reads back.
    let dateline = article.dateline.as_ref().map(|d| tab_form(&d.text));
    let dateline = dateline.as_deref();
    let printed = blocks::printed(group(&items, tabular), dateline);
    let printed = if tabular {
        apart_from_rows(printed, dateline)
    } else {
        printed
    };
    // The dateline printed, the pieces are grouped again as the reader will group them.
    let mut items: Vec<Item> = printed
        .into_iter()
        .flat_map(|chunk| match chunk {
            Chunk::Para(text) => vec![Item::Para(tab_form(&text))],
            Chunk::Heading(text) => vec![Item::Heading(text)],
            Chunk::Pre(text) => text
                .split('\n')
                .map(|row| Item::Row(row.to_string()))
                .collect(),
        })
        .filter(|item| !matches!(item, Item::Para(text) if text.is_empty()))
        .collect();
    if let Some(last) = items.last_mut()
        && let Item::Heading(text) = last
        && sign_off_like(text)
    {
        *last = Item::Para(tab_form(text));
    }
    group(&items, tabular)
}
