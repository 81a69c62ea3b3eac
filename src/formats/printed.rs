//! The dateline printed at the head of a markup body, a convention of the XML formats: G2 and
//! NITF print it in the lead paragraph when they write ([`body_view`]), and G2, NITF and NewsML
//! 1.2 take it out of the lead when they read ([`strip_dateline`]), so that what one writes the
//! others read back the same.

use std::borrow::Cow;

use crate::iri::is_visible;
use crate::model::{Article, Block, Concept, Dateline, EntityKind, GeoPoint, Inline, printed_body};
use crate::writable::writable;
use crate::xml::{collapse, xhtml_form};

/// The body and dateline in the form a reader gets them back ([`xhtml_form`], the dateline text
/// on one line), to print as [`Article::printed_body`] does: what was read prints the same
/// again. The body is borrowed when it is in that form already.
pub(crate) struct BodyView<'a> {
    /// The body in [`xhtml_form`].
    pub body: Cow<'a, [Block]>,
    /// The dateline, its text on one line.
    pub dateline: Option<Dateline>,
}

impl BodyView<'_> {
    /// The body with the dateline printed at its head ([`Article::printed_body`]).
    pub fn printed_body(&self) -> Cow<'_, [Block]> {
        printed_body(&self.body, self.dateline.as_ref())
    }

    /// The words of the body ([`Article::counted_words`]).
    pub fn counted_words(&self) -> usize {
        self.body
            .iter()
            .map(|block| block.plain_text().split_whitespace().count())
            .sum()
    }
}

/// The roles of a headline that is the main one, as the readers of roled headlines (G2) take
/// them and the writers expect them to (compared without case).
pub(crate) const MAIN_HEADLINE_ROLES: [&str; 4] = ["main", "headline", "hl1", "head"];

/// The [`BodyView`] of `article`.
pub(crate) fn body_view(article: &Article) -> BodyView<'_> {
    let dateline = article.dateline.as_ref().map(|d| {
        // On one line as the readers give it back; blank when it is only whitespace.
        let visible = d.text.chars().any(is_visible);
        let text = visible
            .then(|| collapse(&writable(&d.text)))
            .flatten()
            .unwrap_or_default();
        Dateline::new(text)
    });
    BodyView {
        // Without a headline, the first other one without a role (or a main role) is the one
        // a reader takes.
        body: without_printed_headline(
            xhtml_form(&article.body),
            article.headline.as_deref().or_else(|| {
                let main = |role: &str| {
                    MAIN_HEADLINE_ROLES
                        .iter()
                        .any(|m| role.trim().eq_ignore_ascii_case(m))
                };
                article
                    .headlines
                    .iter()
                    .find(|h| h.role.as_deref().is_none_or(main))
                    .map(|h| h.text.as_str())
            }),
        ),
        dateline,
    }
}

/// Text with its whitespace collapsed to single spaces, to compare printed copies of a value
/// (a heading and the headline).
pub(crate) fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The body without the headings at its head that print the headline again: the G2 reader takes
/// a first heading of the headline's words for the printed head of a press release and leaves it
/// out of the body, so a writer that printed it would not read back the same. Every such
/// heading goes, as the headline says it already.
fn without_printed_headline<'a>(
    body: Cow<'a, [Block]>,
    headline: Option<&str>,
) -> Cow<'a, [Block]> {
    let Some(headline) = headline
        .and_then(|h| collapse(&writable(h)))
        .map(|h| words(&h))
        .filter(|h| !h.is_empty())
    else {
        return body;
    };
    let printed = body
        .iter()
        .take_while(|block| {
            matches!(block, Block::Heading { .. }) && words(&block.plain_text()) == headline
        })
        .count();
    match body {
        _ if printed == 0 => body,
        Cow::Borrowed(blocks) => Cow::Borrowed(blocks.get(printed..).unwrap_or_default()),
        Cow::Owned(mut blocks) => {
            blocks.drain(..printed.min(blocks.len()));
            Cow::Owned(blocks)
        }
    }
}

/// The count `inlineXML/@wordcount` declares: the article's own, else the body's words.
pub(crate) fn declared_or_counted_words(article: &Article, view: &BodyView<'_>) -> usize {
    article
        .word_count
        .map_or_else(|| view.counted_words(), |n| n as usize)
}

/// [`Article::strip_printed_dateline`], with two cases of its own:
///
/// * when the lead goes on with an agency tag after the dateline, the dateline element is the
///   place part of a longer printed dateline (`FORT WASHINGTON, Pa.` before
///   `FORT WASHINGTON, Pa. (AP) _ ...`): the body keeps it;
/// * a dateline printed before a line break loses its trailing space in the canonical form
///   (`<p>ROMA (ANSA) -<br/>...`): it is taken out too.
pub(crate) fn strip_dateline(article: &mut Article) {
    let Some(dateline) = article
        .dateline
        .as_ref()
        .map(|d| d.text.trim().to_string())
        .filter(|d| !d.is_empty())
    else {
        return;
    };
    let lead = article.body.iter_mut().find_map(|block| match block {
        Block::Paragraph { content } => Some(content),
        _ => None,
    });
    if let Some(content) = lead
        && let Some(Inline::Text(first)) = content.first()
    {
        let rest = first.strip_prefix(dateline.as_str());
        if rest
            .is_some_and(|r| r.starts_with(char::is_whitespace) && r.trim_start().starts_with('('))
        {
            return;
        }
        if rest == Some("")
            && content.get(1) == Some(&Inline::LineBreak)
            && !dateline.ends_with(char::is_alphanumeric)
        {
            content.remove(0);
            return;
        }
    }
    article.strip_printed_dateline();
}

/// When the metadata places the story (G2's `located`, NITF's bare `location`) but prints no
/// dateline, the dateline the first paragraph prints (`DAMASCUS (Reuters) - ...`) is the
/// dateline, and leaves the body; the agencies and the date are the printed ones when the
/// metadata gives none. When the metadata names another city than the printed one (the desk
/// that wrote the story, Reuters Bangalore for a Damascus story), the printed city is the
/// dateline's and the metadata's place stays the item's location: a place among the subjects,
/// with its position and broader area. A notice printed in italics above the lead (GlobeNewswire's
/// `All amounts in US dollars unless otherwise indicated`) stays, and the lead is the paragraph
/// after it.
pub(crate) fn located_dateline(article: &mut Article) {
    let Some(dateline) = article
        .dateline
        .as_mut()
        .filter(|d| d.text.trim().is_empty())
    else {
        return;
    };
    let at = usize::from(article.body.first().is_some_and(is_italic_notice));
    let text_below = article.body.len() > at + 1;
    let Some(Block::Paragraph { content }) = article.body.get_mut(at) else {
        return;
    };
    let alone = content.len() == 1;
    let Some(Inline::Text(lead)) = content.first_mut() else {
        return;
    };
    let (printed_line, consumed) = match crate::dateline::parse_lead(lead) {
        Some(printed) => (printed.dateline, printed.consumed),
        // A paragraph of the dateline alone, above the text (Business Wire's
        // `MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--`).
        None if alone && text_below => match crate::dateline::parse_line(lead) {
            Some(line) => (line, lead.len()),
            None => return,
        },
        None => return,
    };
    let Some(rest) = lead.get(consumed..) else {
        return;
    };
    dateline.text = printed_line.text;
    // The printed region is the printed city's: it goes with `located`'s city only when the
    // two name the same place; when they do not, the printed city and region are the
    // dateline's, and `located`'s place the item's location.
    let mut location = None;
    match (dateline.city.take(), printed_line.city) {
        (Some(located), Some(printed)) if located.to_lowercase() != printed.to_lowercase() => {
            location = Some(place(located, dateline.region.take(), dateline.geo.take()));
            dateline.city = Some(printed);
            dateline.region = printed_line.region;
        }
        (Some(located), None) => dateline.city = Some(located),
        (located, printed) => {
            dateline.city = located.or(printed);
            dateline.region = dateline.region.take().or(printed_line.region);
        }
    }
    dateline.date = dateline.date.or(printed_line.date);
    if dateline.agencies.is_empty() {
        dateline.agencies = printed_line.agencies;
    }
    *lead = rest.trim_start().to_string();
    if lead.is_empty() {
        content.remove(0);
    }
    if content.is_empty() {
        article.body.remove(at);
    }
    if let Some(location) = location
        && !article.subjects.iter().any(|s| s.name == location.name)
    {
        article.subjects.push(location);
    }
}

/// Whether [`byline_paragraph`] needs more text below the byline.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum TextBelow {
    /// A format newswire writes: a body of a byline alone is the body's own.
    Needed,
    /// A format newswire only reads (a feed's summary of a byline alone).
    NotNeeded,
}

/// A first paragraph that is only a byline (`By Joseph Ax`, `Por Matt Spetalnick e Jason
/// Szep`) is the byline when the article has none. It is kept as printed, the word that
/// introduces it included, as `by` would be.
pub(crate) fn byline_paragraph(article: &mut Article, below: TextBelow) {
    let needed = if below == TextBelow::Needed { 2 } else { 1 };
    if article.byline.is_some() || article.body.len() < needed {
        return;
    }
    let Some(Block::Paragraph { content }) = article.body.first() else {
        return;
    };
    let [Inline::Text(text)] = content.as_slice() else {
        return;
    };
    let text = text.trim();
    if is_byline_line(text) {
        article.byline = Some(text.to_string());
        article.body.remove(0);
    }
}

/// Whether a paragraph of `text` alone reads as a byline (`By Joseph Ax`): a word that
/// introduces one, then names. What [`byline_paragraph`] takes, and a writer may print.
pub(crate) fn is_byline_line(text: &str) -> bool {
    crate::byline::after_by_word(text).is_some() && crate::byline::byline(text).is_some()
}

/// When the article has no dateline, the one its lead prints (`MOSCOU, 24 SET (ANSA) - ...`),
/// taken out of the body as [`located_dateline`] takes it: feeds print it in the text.
pub(crate) fn lead_dateline(article: &mut Article) {
    if article.dateline.is_some() {
        return;
    }
    article.dateline = Some(Dateline::new(String::new()));
    located_dateline(article);
    if article
        .dateline
        .as_ref()
        .is_some_and(|d| d.text.trim().is_empty())
    {
        article.dateline = None;
    }
}

/// A place among the subjects: its name, the area it is in, where it is.
fn place(name: String, region: Option<String>, geo: Option<GeoPoint>) -> Concept {
    let mut place = Concept::named(name);
    place.kind = Some(EntityKind::Place);
    place.geo = geo;
    place.broader = region
        .map(|region| {
            let mut area = Concept::named(region);
            area.kind = Some(EntityKind::Place);
            area
        })
        .into_iter()
        .collect();
    place
}

/// A paragraph whose every word is in italics, line breaks aside.
fn is_italic_notice(block: &Block) -> bool {
    let Block::Paragraph { content } = block else {
        return false;
    };
    let mut italic = false;
    for inline in content {
        match inline {
            Inline::Emphasis(_) => italic = true,
            Inline::LineBreak => {}
            Inline::Text(text) if text.trim().is_empty() => {}
            _ => return false,
        }
    }
    italic
}

#[cfg(test)]
mod tests {
    use super::*;

    /// #20 item 12: the printed dateline is the dateline (its text, city and agency) and leaves
    /// the body; the desk `located` names stays the item's location, a place among the
    /// subjects with its broader area and position.
    #[test]
    fn item_12_the_printed_dateline_is_the_text_beside_the_located_desk() {
        let mut located = Dateline::new("");
        located.city = Some("Bangalore".into());
        located.region = Some("India".into());
        located.geo = GeoPoint::parse("12.97", "77.59");
        let mut article = Article {
            dateline: Some(located),
            body: vec![
                Block::paragraph("DAMASCUS (Reuters) - Talks resumed on Monday."),
                Block::paragraph("More."),
            ],
            ..Article::default()
        };
        located_dateline(&mut article);
        let dateline = article.dateline.expect("the dateline");
        assert_eq!(dateline.text, "DAMASCUS (Reuters) -");
        assert_eq!(
            (dateline.city.as_deref(), dateline.region, dateline.geo),
            (Some("DAMASCUS"), None, None)
        );
        assert_eq!(dateline.agencies[0].name, "Reuters");
        let [desk] = article.subjects.as_slice() else {
            panic!("one place: {:?}", article.subjects);
        };
        assert_eq!(desk.name.as_deref(), Some("Bangalore"));
        assert_eq!(desk.kind, Some(EntityKind::Place));
        assert_eq!(desk.geo, GeoPoint::parse("12.97", "77.59"));
        assert_eq!(desk.broader[0].name.as_deref(), Some("India"));
        assert_eq!(desk.broader[0].kind, Some(EntityKind::Place));
        assert_eq!(
            Block::text_of(&article.body),
            "Talks resumed on Monday.\n\nMore."
        );
    }

    /// A paragraph that is only the dateline, above the text, is the dateline (Business Wire);
    /// alone in the body, or beside other inlines, it is left.
    #[test]
    fn a_paragraph_of_the_dateline_alone_above_the_text_is_the_dateline() {
        let read = |body: Vec<Block>| {
            let mut located = Dateline::new("");
            located.city = Some("MARLBOROUGH, Mass.".into());
            let mut article = Article {
                dateline: Some(located),
                body,
                ..Article::default()
            };
            located_dateline(&mut article);
            (
                article.dateline.map(|d| (d.text, d.date)),
                article.body.len(),
            )
        };
        let line = "MARLBOROUGH, Mass.--(BUSINESS WIRE)--Dec 5, 2024--";
        let text = Block::paragraph("BJ's Wholesale Club offers deals.");
        let (dateline, blocks) = read(vec![Block::paragraph(line), text.clone()]);
        let (printed, date) = dateline.expect("the dateline");
        assert_eq!((printed.as_str(), blocks), (line, 1));
        assert_eq!(date.and_then(|d| d.day), Some(5));
        assert_eq!(read(vec![Block::paragraph(line)]).1, 1);
        let marked = Block::Paragraph {
            content: vec![
                Inline::text(line),
                Inline::Emphasis(vec![Inline::text("BJ's")]),
            ],
        };
        let (dateline, blocks) = read(vec![marked, text]);
        assert_eq!((dateline.map(|d| d.0), blocks), (Some(String::new()), 2));
    }

    /// A notice in italics above the lead stays, and the lead after it prints the dateline; a
    /// paragraph with a word outside the italics is the lead itself.
    #[test]
    fn the_printed_dateline_is_read_below_a_notice_in_italics() {
        let read = |first: Block| {
            let mut located = Dateline::new("");
            located.city = Some("Hamilton, Bermuda".into());
            let mut article = Article {
                dateline: Some(located),
                body: vec![
                    first,
                    Block::paragraph(
                        "HAMILTON, July 07, 2020 (GLOBE NEWSWIRE) -- Acme renewed its bid.",
                    ),
                ],
                ..Article::default()
            };
            located_dateline(&mut article);
            (article.dateline.map(|d| d.text), article.body)
        };
        let notice = Block::Paragraph {
            content: vec![
                Inline::Emphasis(vec![Inline::text("All amounts in US dollars")]),
                Inline::LineBreak,
                Inline::text(" "),
            ],
        };
        let (text, body) = read(notice.clone());
        assert_eq!(
            text.as_deref(),
            Some("HAMILTON, July 07, 2020 (GLOBE NEWSWIRE) --")
        );
        assert_eq!(body, [notice, Block::paragraph("Acme renewed its bid.")]);
        // `located`'s city is not the printed one: the printed city and region are the
        // dateline's, `located`'s city a place.
        let mut located = Dateline::new("");
        located.city = Some("Hamilton".into());
        let mut article = Article {
            dateline: Some(located),
            body: vec![
                Block::paragraph("BROOKFIELD, Wis., July 07 -- Acme renewed its bid."),
                Block::paragraph("More."),
            ],
            ..Article::default()
        };
        located_dateline(&mut article);
        let dateline = article.dateline.clone().expect("the dateline");
        assert_eq!(dateline.text, "BROOKFIELD, Wis., July 07 --");
        assert_eq!(
            (dateline.city.as_deref(), dateline.region.as_deref()),
            (Some("BROOKFIELD"), Some("Wis."))
        );
        assert_eq!(article.subjects[0].name.as_deref(), Some("Hamilton"));
        article.subjects.clear();
        for city in [None, Some("Brookfield")] {
            let mut located = Dateline::new("");
            located.city = city.map(String::from);
            article.dateline = Some(located);
            article.body = vec![Block::paragraph(
                "BROOKFIELD, Wis., July 07 -- Acme renewed its bid.",
            )];
            located_dateline(&mut article);
            let region = article.dateline.as_ref().and_then(|d| d.region.clone());
            assert_eq!(region.as_deref(), Some("Wis."), "{city:?}");
        }
        let mixed = Block::Paragraph {
            content: vec![
                Inline::Emphasis(vec![Inline::text("All amounts")]),
                Inline::text(" in US dollars"),
            ],
        };
        assert_eq!(read(mixed).0.as_deref(), Some(""));
        let bare = Block::Paragraph {
            content: vec![Inline::LineBreak],
        };
        assert_eq!(read(bare).0.as_deref(), Some(""));
    }
}
