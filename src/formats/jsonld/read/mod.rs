//! Reads schema.org JSON-LD into articles, undoing the writer's conventions.
//!
//! The articles are the nodes whose `@type` is an article type (`NewsArticle`, `Article`,
//! `ReportageNewsArticle` and the other `…Article` types, `BlogPosting`, `LiveBlogPosting`,
//! `Report`, ...), found in a single object, a top-level array, an `@graph`, an `ItemList`
//! (`itemListElement` → `ListItem.item`), a `DataFeed` (`dataFeedElement`) or a page's
//! `mainEntity`. Other nodes (`Organization`, `Person`, `WebPage`, `BreadcrumbList`, ...) are
//! skipped, but an article's reference to one (`{"@id": ...}`) is followed within the document.
//!
//! The `@context` must be schema.org (`https://schema.org`, `http://schema.org/`,
//! `https://www.schema.org`, or an array or object naming it) or absent; nothing is ever fetched,
//! so a document under another context is refused rather than misread.
//!
//! | schema.org | model |
//! |---|---|
//! | `identifier` (text or `PropertyValue`), else `@id` | `id` (`urn:newswire:id:` + percent-encoding undone) |
//! | `name`, `headline`, `alternativeHeadline`, `description`, `abstract` | `title`, `headline`, `subheadline` (one line), `description`, a description with the role `abstract` |
//! | `wordCount` (a number, or digits as text) | `word_count` |
//! | `articleBody` | `body`: paragraphs at blank lines, line breaks kept, the printed dateline taken out (see [`body`](super::body)) |
//! | `dateline`, `locationCreated` (`name`, `address.addressLocality`, `addressRegion`, else `addressCountry`) | `dateline`: text, city, region |
//! | `datePublished`, `dateModified`, `dateCreated` | `published`, `modified`, `created` (a date that cannot be read is a warning) |
//! | `inLanguage` (text or `Language`) | `language` |
//! | `keywords` (an array, or one comma-separated text) | `keywords` |
//! | `about` (`Thing`: `sameAs` URI, else `identifier` QCode, and `name`; an entity's type its kind) | `subjects` (IPTC URIs back to alias and code; other URIs cut at the last `/` or `#`) |
//! | `mentions` (as `about`) | `subjects` with the role `mentions`, after `about`'s |
//! | `contentLocation`, `spatialCoverage` (a `Place` or a name) | `subjects` of kind place, after those |
//! | `genre` | `genres` (a URI or QCode as scheme and code, else a name) |
//! | `articleSection` | `sections`, by name |
//! | `author`, `contributor` (`Person`, `Organization` or text: `name`, `url` or `identifier`, `jobTitle`) | `authors` |
//! | `publisher`, `copyrightHolder` | `provider`, `rights.holder` |
//! | `sourceOrganization` | `sources`; the trailing organisations named in the dateline text are its agencies (the writer merges them in) |
//! | `creditText`, `copyrightNotice`, `usageInfo` (URL or `CreativeWork.text`) | `credit`, `rights.notice`, `rights.usage_terms` (the first of each; the others `rights.further_notices`, `rights.further_usage_terms`) |
//! | `version`, `creativeWorkStatus` | `version`, `pub_status` (`withheld`, `canceled`) |
//! | `url` (and `mainEntityOfPage`), `image`, `associatedMedia`, `isBasedOn` | `links`: `alternate`, `enclosure` (with the media type and name), `via` |
//! | an `image` or `associatedMedia` object with a `caption`, `creditText`, `author` or `creator` | `associations`: `name` the headline, `caption`, `creditText` the credit, the authors' names the byline, the type the kind, `@id` the id, the file and `thumbnailUrl` (named `thumbnail`) the files |

pub(super) mod node;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::formats::{Limit, ReadOptions, budget, read_json};
use crate::{Article, Error, Format};

/// Reads every article node in the document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options` (the reading limits, the language of articles that
/// declare none): [`formats::read_with`](crate::formats::read_with) for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::JsonLd, options)
}

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_json(input, Format::JsonLd, options, |value| {
        let document = Document::new(value);
        let mut found = Found::default();
        document.collect(value, &mut found)?;
        let nodes = found.nodes;
        if nodes.is_empty() {
            return Err(Error::Invalid {
                format: Format::JsonLd,
                message: "no NewsArticle (or other article type) in the document".to_string(),
            });
        }
        Ok(nodes
            .into_iter()
            .take_while(|_| budget::spend(Limit::Articles, 1))
            .map(|node| node::article(node, &document))
            .collect())
    })
}

/// The document: its nodes by `@id`, so that references can be followed.
pub(super) struct Document<'a> {
    nodes: HashMap<&'a str, Node<'a>>,
}

/// A node with an `@id`: what articles that refer to it copy.
struct Node<'a> {
    value: &'a Value,
    /// The bytes of its text (strings and keys), what a copy of it costs.
    bytes: usize,
    /// Whether a reference to it was followed already.
    taken: Cell<bool>,
}

impl<'a> Document<'a> {
    fn new(root: &'a Value) -> Document<'a> {
        let mut nodes = HashMap::new();
        index(root, &mut nodes, 0);
        Document { nodes }
    }

    /// The node a value stands for: a reference (`{"@id": ...}` alone) is followed when the
    /// document holds the node. Following one node's references after the first counts its
    /// bytes against [`Limits::repeated_bytes`](crate::formats::Limits): many short references
    /// to one long node would copy it into every article.
    pub(super) fn resolve(&self, value: &'a Value) -> &'a Value {
        if let Value::Object(object) = value
            && object.len() == 1
            && let Some(Value::String(id)) = object.get("@id")
            && let Some(node) = self.nodes.get(id.as_str())
            && (!node.taken.replace(true) || budget::repeat(node.bytes))
        {
            return node.value;
        }
        value
    }

    /// The article nodes in `value`, in document order, each once.
    fn collect(&self, value: &'a Value, out: &mut Found<'a>) -> Result<(), Error> {
        match value {
            Value::Array(items) => {
                for item in items {
                    self.collect(item, out)?;
                }
            }
            Value::Object(object) => {
                if let Some(context) = object.get("@context") {
                    check_context(context)?;
                }
                if let Some(graph) = object.get("@graph") {
                    return self.collect(graph, out);
                }
                if node::is_article(object) {
                    push_once(out, object);
                    return Ok(());
                }
                let types = node::types(object);
                let members = if types.contains(&"ItemList") {
                    object.get("itemListElement")
                } else if types.contains(&"DataFeed") {
                    object.get("dataFeedElement")
                } else {
                    None
                };
                for member in members.into_iter().flat_map(node::values) {
                    let member = self.resolve(member);
                    let item = match member {
                        Value::Object(m) if m.contains_key("item") => m.get("item"),
                        other => Some(other),
                    };
                    if let Some(Value::Object(item)) = item.map(|i| self.resolve(i))
                        && node::is_article(item)
                    {
                        push_once(out, item);
                    }
                }
                for entity in object.get("mainEntity").into_iter().flat_map(node::values) {
                    if let Value::Object(entity) = self.resolve(entity)
                        && node::is_article(entity)
                    {
                        push_once(out, entity);
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// The article nodes found, in order, each once.
#[derive(Default)]
struct Found<'a> {
    nodes: Vec<&'a Map<String, Value>>,
    /// The nodes found, by address: a node listed again is found once (looked up, not searched
    /// for among all found so far).
    seen: HashSet<*const Map<String, Value>>,
}

fn push_once<'a>(out: &mut Found<'a>, node: &'a Map<String, Value>) {
    if out.seen.insert(std::ptr::from_ref(node)) {
        out.nodes.push(node);
    }
}

/// Nodes with an `@id` down to 64 levels, each with the bytes of its text; gives the bytes of
/// `value`'s text.
fn index<'a>(value: &'a Value, nodes: &mut HashMap<&'a str, Node<'a>>, depth: usize) -> usize {
    match value {
        Value::Array(items) => items
            .iter()
            .map(|v| index(v, nodes, depth + 1))
            .fold(1, usize::saturating_add),
        Value::Object(object) => {
            let bytes = object
                .iter()
                .map(|(key, v)| key.len().saturating_add(index(v, nodes, depth + 1)))
                .fold(1, usize::saturating_add);
            if depth <= 64
                && let Some(Value::String(id)) = object.get("@id")
                && object.len() > 1
            {
                nodes.entry(id.as_str()).or_insert(Node {
                    value,
                    bytes,
                    taken: Cell::new(false),
                });
            }
            bytes
        }
        Value::String(text) => text.len(),
        _ => 1,
    }
}

/// The context must be schema.org's, in one of its spellings, alone or in an array or object.
fn check_context(context: &Value) -> Result<(), Error> {
    if context_names_schema_org(context) {
        return Ok(());
    }
    let shown = match context {
        Value::String(url) => url.clone(),
        other => other.to_string(),
    };
    Err(Error::Invalid {
        format: Format::JsonLd,
        message: format!(
            "the @context {shown} is not schema.org; other contexts are not fetched, so the terms cannot be read"
        ),
    })
}

fn context_names_schema_org(context: &Value) -> bool {
    match context {
        Value::Null => true,
        Value::String(url) => is_schema_org(url),
        Value::Array(items) => items.iter().any(context_names_schema_org),
        Value::Object(object) => object.values().any(|v| match v {
            Value::String(url) => is_schema_org(url),
            _ => false,
        }),
        _ => false,
    }
}

/// `https://schema.org`, `http://schema.org/`, `https://www.schema.org/`, and the context
/// document itself.
fn is_schema_org(url: &str) -> bool {
    let url = url.trim().to_ascii_lowercase();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(&url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    matches!(
        rest.trim_end_matches('/'),
        "schema.org"
            | "schema.org/docs/jsonldcontext.json"
            | "schema.org/docs/jsonldcontext.jsonld"
    )
}
