//! Where plain-text wire copy holds each field of a story in the wire shape
//! (`../shared/specs/DATELINES.md`; the shape `src/formats/text/write.rs` documents and the
//! fidelity table declares): paragraphs separated by one blank line, in this order.
//!
//! | field | where |
//! |---|---|
//! | title | the first paragraph, as a sentence (a full stop added when it ends in none), when there is a headline; the headline's place when there is none |
//! | headline | the next paragraph |
//! | subheadline | the next paragraph (the standfirst) |
//! | byline | the next paragraph: `By ` and the byline |
//! | dateline | at the head of the lead: the dateline text, a space, the first paragraph |
//! | body | the blocks' text, one paragraph each (sub-headings too), in order |
//! | credit | the last paragraph: `– Credit: ` and the credit without a final full stop |
//!
//! Not here: the authors, sources and language a reader finds again in these lines; everything
//! else (declared lost).

use newswire::model::Article;

use super::common::{Print, Report, line, line_of, printed_texts};

/// Checks `output`, `article` written as plain text, against the table above.
pub fn check(article: &Article, output: &str) -> Report {
    let mut report = Report::default();
    report.equal("document", "the end", true, output.ends_with('\n'));
    let found: Vec<String> = output
        .trim_end_matches('\n')
        .split("\n\n")
        .map(|p| line(p).unwrap_or_default())
        .collect();
    let mut expected: Vec<(&'static str, String)> = Vec::new();
    let title = line_of(&article.title);
    match line_of(&article.headline) {
        Some(headline) => {
            if let Some(mut title) = title {
                if !title.ends_with(['.', '!', '?', '。']) {
                    title.push('.');
                }
                expected.push(("title", title));
            }
            expected.push(("headline", headline));
        }
        None => expected.extend(title.map(|t| ("title (as the headline)", t))),
    }
    expected.extend(line_of(&article.subheadline).map(|s| ("subheadline", s)));
    expected.extend(line_of(&article.byline).map(|b| ("byline", format!("By {b}"))));
    for (i, text) in printed_texts(article, Print::OnBody)
        .into_iter()
        .enumerate()
    {
        let field = if i == 0 && article.dateline.is_some() {
            "dateline and lead"
        } else {
            "body"
        };
        expected.push((field, text));
    }
    if let Some(credit) = line_of(&article.credit) {
        let credit = credit.trim_end_matches('.').trim_end();
        expected.push(("credit", format!("– Credit: {credit}")));
    }
    for (i, (field, text)) in expected.iter().enumerate() {
        report.equal(field, "paragraph (in order)", Some(text), found.get(i));
    }
    report.equal(
        "(no other paragraph)",
        "paragraphs",
        expected.len(),
        found.len(),
    );
    report
}
