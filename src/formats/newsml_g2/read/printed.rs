//! The headline, byline and dateline a body prints at its head, when the metadata gives them or
//! leaves them out: what [`finish`](super::finish) takes out of the body or reads from it.

use crate::formats::printed::{TextBelow, words};
use crate::model::{Article, Block};

/// Takes out what the head of the body prints again (the headline and deck, the byline, the
/// dateline: the rules below, in the order a page prints them) until none applies: a rule that
/// takes a block out can bring another printed line to the head (`By Al` above a heading of the
/// headline), and leaving it there would take it out on the next read, so that what newswire
/// read and wrote would not read back the same.
pub(super) fn settle_head(article: &mut Article) {
    loop {
        let blocks = article.body.len();
        strip_headlines(article);
        strip_byline(article);
        // Reuters prints the byline so; the writer prints the body as it is beside `by`, so a
        // byline paragraph alone is the body's (it would not read back the same).
        crate::formats::printed::byline_paragraph(article, TextBelow::Needed);
        crate::formats::printed::located_dateline(article);
        if article.body.len() == blocks {
            return;
        }
    }
}

/// Takes out the headings at the head of the body that print the headline again (press release
/// wires open their XHTML with an `h1` of the headline and an `h2` of the deck): a first heading
/// whose words are the headline's leaves the body, and a heading right after it, before more
/// text, is the sub-headline: it leaves the body when it repeats the item's sub-headline, and is
/// the sub-headline when the item has none.
fn strip_headlines(article: &mut Article) {
    let Some(headline) = article.headline.as_deref().map(words) else {
        return;
    };
    match article.body.first() {
        Some(block @ Block::Heading { .. })
            if !headline.is_empty() && words(&block.plain_text()) == headline => {}
        _ => return,
    }
    article.body.remove(0);
    let deck = match article.body.first() {
        Some(block @ Block::Heading { .. }) if article.body.len() > 1 => words(&block.plain_text()),
        _ => return,
    };
    match article.subheadline.as_deref().map(words) {
        Some(sub) if sub == deck => {}
        None if !deck.is_empty() => article.subheadline = Some(deck),
        _ => return,
    }
    article.body.remove(0);
}

/// Takes out a first paragraph that prints the byline again (`By Dave McNary` when `by` is
/// `Dave McNary` or `By Dave McNary`): the two are compared without the word that introduces a
/// byline (`By`, `Par`, `Von`...) on either side, which one side at least must have: a name alone
/// on both sides is no printed byline (a one-word paragraph can be anything, and newswire's own
/// writer prints the body as it is beside `by`). The model keeps the byline apart from the body,
/// as the plain-text reader does.
fn strip_byline(article: &mut Article) {
    let name = |text: &str| -> String {
        let text = text.trim();
        crate::byline::after_by_word(text)
            .unwrap_or(text)
            .trim()
            .to_string()
    };
    let Some(by) = article.byline.as_deref() else {
        return;
    };
    let first = match article.body.first() {
        Some(block @ Block::Paragraph { .. }) => block.plain_text(),
        _ => return,
    };
    let marked = [by, first.as_str()]
        .iter()
        .any(|text| crate::byline::after_by_word(text).is_some());
    let byline = name(by);
    if marked && !byline.is_empty() && name(&first) == byline {
        article.body.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{dateline, time_only};
    use super::*;

    #[test]
    fn a_dateline_of_only_a_time_is_a_date() {
        let stamp = time_only("2014-07-16 20:15:21 GMT+00:00").map(|t| t.to_rfc3339());
        assert_eq!(stamp.as_deref(), Some("2014-07-16T20:15:21Z"));
        let gmt = time_only("2014-07-16 20:15 GMT").map(|t| t.to_rfc3339());
        assert_eq!(gmt.as_deref(), Some("2014-07-16T20:15:00Z"));
        assert_eq!(time_only("2014-07-16"), None, "a date is printed");
        assert_eq!(time_only("LONDON, 10:30 GMT"), None);
        let read = dateline(
            Some("2014-07-16 20:15:21 GMT+00:00".into()),
            &["Bangalore".to_string()],
            None,
        )
        .expect("a dateline");
        assert_eq!(read.text, "");
        assert_eq!(read.city.as_deref(), Some("Bangalore"));
        assert_eq!(
            read.date.map(|d| (d.year, d.month, d.day)),
            Some((Some(2014), Some(7), Some(16)))
        );
    }

    /// Each rule is applied again while one takes a block out: a printed byline above a
    /// heading of the headline, then a name printed again below it, all leave the body, so
    /// that reading what was read changes nothing.
    #[test]
    fn the_head_is_settled_when_one_printed_line_uncovers_another() {
        let mut article = Article {
            headline: Some("Talks resume".into()),
            body: vec![
                Block::paragraph("By Al Smith"),
                Block::heading(1, "Talks resume"),
                Block::paragraph("Al Smith"),
                Block::paragraph("Envoys met."),
                Block::paragraph("More."),
            ],
            ..Article::default()
        };
        settle_head(&mut article);
        assert_eq!(article.byline.as_deref(), Some("By Al Smith"));
        assert_eq!(Block::text_of(&article.body), "Envoys met.\n\nMore.");
        let settled = article.clone();
        settle_head(&mut article);
        assert_eq!(article, settled);
        // Alone, the first rule takes only the byline.
        let mut once = Article {
            body: settled.body.clone(),
            ..Article::default()
        };
        once.body.insert(0, Block::heading(1, "Talks resume"));
        once.body.insert(0, Block::paragraph("By Al Smith"));
        crate::formats::printed::byline_paragraph(&mut once, TextBelow::Needed);
        assert_eq!(once.body.len(), 3);
    }

    /// #20 item 9: a byline paragraph without `by` is the byline; a sentence is not.
    #[test]
    fn item_9_a_paragraph_that_is_only_a_byline_is_the_byline() {
        let read = |first: &str| {
            let mut article = Article {
                body: vec![
                    Block::paragraph(first),
                    Block::paragraph("NEW YORK - Text."),
                ],
                ..Article::default()
            };
            crate::formats::printed::byline_paragraph(&mut article, TextBelow::Needed);
            (article.byline, article.body.len())
        };
        assert_eq!(read("By Joseph Ax"), (Some("By Joseph Ax".to_string()), 1));
        assert_eq!(read("By Monday, the talks had failed."), (None, 2));
        assert_eq!(read("Joseph Ax"), (None, 2));
    }
}
