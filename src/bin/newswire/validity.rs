//! What `validate` checks once an input reads: the parts its format's official schema requires
//! (an input without one is invalid: its consumers reject it), and what a consumer of the
//! articles may reject (no headline, a text without a body, no time at all), which is a
//! warning unless `--strict`.

use newswire::model::ItemKind;
use newswire::{Article, Format};

/// What is wrong with the articles of one input.
#[derive(Debug, Default, PartialEq)]
pub struct Problems {
    /// Parts the format requires that an article lacks: the input is invalid.
    pub invalid: Vec<String>,
    /// What a consumer may reject.
    pub doubtful: Vec<String>,
}

/// The problems of `articles`, read as `format` (`None`: not known, no schema checked). In an
/// input of several articles, each problem is said once, with the number of articles that
/// have it (a feed of a million entries without an id is one line).
pub fn problems(format: Option<Format>, articles: &[Article]) -> Problems {
    let mut invalid = Tally::default();
    let mut doubtful = Tally::default();
    for article in articles {
        if let Some(format) = format {
            let missing = format.missing_parts(article);
            if !missing.is_empty() {
                invalid.add(format!(
                    "{format} requires {}, which the input does not give",
                    missing.join(", ")
                ));
            }
        }
        let mut doubts = Vec::new();
        if article.headline.is_none() {
            doubts.push("no headline");
        }
        if article.kind == ItemKind::Text && article.body_text().trim().is_empty() {
            doubts.push("no body");
        }
        if [article.created, article.modified, article.published]
            .iter()
            .all(Option::is_none)
        {
            doubts.push("no time");
        }
        if !doubts.is_empty() {
            doubtful.add(format!("a consumer may reject it: {}", doubts.join(", ")));
        }
    }
    Problems {
        invalid: invalid.lines(articles.len()),
        doubtful: doubtful.lines(articles.len()),
    }
}

/// Problems in the order first met, each with the number of articles that have it.
#[derive(Default)]
struct Tally {
    seen: std::collections::HashMap<String, usize>,
    order: Vec<(String, usize)>,
}

impl Tally {
    fn add(&mut self, problem: String) {
        match self.seen.get(&problem) {
            Some(&at) => {
                if let Some((_, count)) = self.order.get_mut(at) {
                    *count += 1;
                }
            }
            None => {
                self.seen.insert(problem.clone(), self.order.len());
                self.order.push((problem, 1));
            }
        }
    }

    /// Each problem, with `(n of m articles)` when the input holds several.
    fn lines(self, articles: usize) -> Vec<String> {
        self.order
            .into_iter()
            .map(|(problem, count)| {
                if articles > 1 {
                    format!("{problem} ({count} of {articles} articles)")
                } else {
                    problem
                }
            })
            .collect()
    }
}

/// The failure message, if the input fails: when it is invalid, or with `strict` when a
/// consumer may reject it.
pub fn failure(found: &Problems, strict: bool) -> Option<String> {
    if !found.invalid.is_empty() {
        return Some(format!("invalid: {}", found.invalid.join("; ")));
    }
    (strict && !found.doubtful.is_empty())
        .then(|| format!("--strict: {}", found.doubtful.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str, format: Format) -> Vec<Article> {
        newswire::read(input.as_bytes(), format).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_g2_item_without_its_required_parts_is_invalid() {
        let g2 = r#"<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1"><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html></inlineXML></contentSet></newsItem>"#;
        let found = problems(Some(Format::NewsmlG2), &read(g2, Format::NewsmlG2));
        assert_eq!(
            found.invalid,
            [
                "newsml-g2 requires version, itemMeta/provider, itemMeta/versionCreated, which the input does not give"
            ]
        );
        assert_eq!(
            found.doubtful,
            ["a consumer may reject it: no headline, no time"]
        );
        assert!(failure(&found, false).is_some_and(|m| m.starts_with("invalid: newsml-g2")));
    }

    #[test]
    fn what_a_consumer_may_reject_fails_only_when_strict() {
        let text = read("Headline\n\nROMA (ANSA) - Text.\n", Format::Text);
        let found = problems(Some(Format::Text), &text);
        assert!(found.invalid.is_empty());
        assert_eq!(found.doubtful, ["a consumer may reject it: no time"]);
        assert_eq!(failure(&found, false), None);
        assert_eq!(
            failure(&found, true).as_deref(),
            Some("--strict: a consumer may reject it: no time")
        );
        let two = read(
            r#"[{"headline": "A", "modified": "2024-01-01T00:00:00Z", "body": [{"type": "paragraph", "content": ["x"]}]}, {"modified": "2024-01-01T00:00:00Z"}]"#,
            Format::Json,
        );
        let found = problems(Some(Format::Json), &two);
        assert_eq!(
            found.doubtful,
            ["a consumer may reject it: no headline, no body (1 of 2 articles)"]
        );
        let many = read(&format!("[{}]", ["{}"; 5].join(",")), Format::Json);
        assert_eq!(
            problems(Some(Format::Json), &many).doubtful,
            ["a consumer may reject it: no headline, no body, no time (5 of 5 articles)"]
        );
        let atom = read(
            r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><content>x</content></entry></feed>"#,
            Format::Atom,
        );
        assert_eq!(
            problems(Some(Format::Atom), &atom).invalid,
            ["atom requires author (of the entry or the feed), which the input does not give"]
        );
    }
}
