//! Deterministic identifiers for articles whose source gave none.

use sha2::{Digest, Sha256};

use super::Article;

/// The article's own id, or one derived from its content: `urn:newswire:` followed by 24 hex
/// digits of the SHA-256 of the title, headline, dateline and body text.
///
/// The same content always gives the same id (no clock, no randomness), so converting the same
/// input twice gives byte-identical output, and a re-sent story keeps its id.
///
/// ```
/// use newswire::model::{derived_id, Article, Block};
/// let mut a = Article::default();
/// a.headline = Some("Rates held".into());
/// a.body = vec![Block::paragraph("The bank held rates.")];
/// let id = derived_id(&a);
/// assert!(id.starts_with("urn:newswire:"));
/// assert_eq!(id, derived_id(&a.clone()));
/// a.id = Some("urn:example:1".into());
/// assert_eq!(derived_id(&a), "urn:example:1");
/// ```
pub fn derived_id(article: &Article) -> String {
    if let Some(id) = article.id.as_deref().filter(|id| !id.trim().is_empty()) {
        return id.to_string();
    }
    let mut hasher = Sha256::new();
    for part in [
        article.title.as_deref().unwrap_or(""),
        article.headline.as_deref().unwrap_or(""),
        article.dateline.as_ref().map_or("", |d| d.text.as_str()),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hasher.update(article.body_text().as_bytes());
    let digest = hasher.finalize();
    let mut id = String::from("urn:newswire:");
    for byte in digest.iter().take(12) {
        id.push_str(&format!("{byte:02x}"));
    }
    id
}
