//! The byline and dateline a body prints at its head, when the metadata gives them or leaves
//! them out: what [`finish`](super::finish) takes out of the body or reads from it.

use crate::model::{Article, Block, Inline};

/// Takes out a first paragraph that prints the byline again (`By Dave McNary` when `by` is
/// `Dave McNary` or `By Dave McNary`): the two are compared without the word that introduces a
/// byline (`By`, `Par`, `Von`...) on either side, which one side at least must have: a name alone
/// on both sides is no printed byline (a one-word paragraph can be anything, and newswire's own
/// writer prints the body as it is beside `by`). The model keeps the byline apart from the body,
/// as the plain-text reader does.
pub(super) fn strip_byline(article: &mut Article) {
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

/// A first paragraph that is only a byline (`By Joseph Ax`), before more text, is the byline
/// when the item has no `by`: Reuters prints it so. It is kept as printed, the word that
/// introduces it included, as `by` would be.
pub(super) fn byline_paragraph(article: &mut Article) {
    if article.byline.is_some() || article.body.len() < 2 {
        return;
    }
    let Some(Block::Paragraph { content }) = article.body.first() else {
        return;
    };
    let [Inline::Text(text)] = content.as_slice() else {
        return;
    };
    let text = text.trim();
    if crate::byline::after_by_word(text).is_some() && crate::byline::byline(text).is_some() {
        article.byline = Some(text.to_string());
        article.body.remove(0);
    }
}

/// When the metadata places the story (`located`) but prints no dateline, the dateline the
/// first paragraph prints (`DAMASCUS (Reuters) - ...`) is the dateline's text, and leaves the
/// body; the place stays the one `located` names (it can be the desk that wrote the story,
/// Reuters Bangalore for a Damascus story), the agencies and the date are the printed ones
/// when the metadata gives none.
pub(super) fn located_dateline(article: &mut Article) {
    let Some(dateline) = article
        .dateline
        .as_mut()
        .filter(|d| d.text.trim().is_empty())
    else {
        return;
    };
    let Some(Block::Paragraph { content }) = article.body.first_mut() else {
        return;
    };
    let Some(Inline::Text(lead)) = content.first_mut() else {
        return;
    };
    let Some(printed) = crate::dateline::parse_lead(lead) else {
        return;
    };
    let Some(rest) = lead.get(printed.consumed..) else {
        return;
    };
    let printed_line = printed.dateline;
    dateline.text = printed_line.text;
    dateline.city = dateline.city.take().or(printed_line.city);
    dateline.region = dateline.region.take().or(printed_line.region);
    dateline.date = dateline.date.or(printed_line.date);
    if dateline.agencies.is_empty() {
        dateline.agencies = printed_line.agencies;
    }
    *lead = rest.trim_start().to_string();
    if lead.is_empty() {
        content.remove(0);
    }
    if content.is_empty() {
        article.body.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{dateline, time_only};
    use super::*;
    use crate::model::Dateline;

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

    /// #20 item 12: the desk `located` names stays the place; the printed dateline is the
    /// text and leaves the body.
    #[test]
    fn item_12_the_printed_dateline_is_the_text_beside_the_located_desk() {
        let mut located = Dateline::new("");
        located.city = Some("Bangalore".into());
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
        assert_eq!(dateline.city.as_deref(), Some("Bangalore"));
        assert_eq!(dateline.agencies[0].name, "Reuters");
        assert_eq!(
            Block::text_of(&article.body),
            "Talks resumed on Monday.\n\nMore."
        );
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
            byline_paragraph(&mut article);
            (article.byline, article.body.len())
        };
        assert_eq!(read("By Joseph Ax"), (Some("By Joseph Ax".to_string()), 1));
        assert_eq!(read("By Monday, the talks had failed."), (None, 2));
        assert_eq!(read("Joseph Ax"), (None, 2));
    }
}
