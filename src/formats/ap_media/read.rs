//! The response envelope: which items a document holds, each with the `meta` the API gives
//! beside it.

use serde_json::{Map, Value};

use super::item;
use crate::formats::{Limit, ReadOptions, budget, read_json};
use crate::model::Warning;
use crate::{Article, Error, Format};

/// The reader proper, which [`formats::read_with`](crate::formats::read_with) calls between the
/// checks and the safety pass every format shares.
pub(crate) fn read_input(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    read_json(input, Format::ApMedia, options, |value| {
        let page = items(value)?;
        let mut articles: Vec<Article> = page
            .items
            .into_iter()
            .take_while(|_| budget::spend(Limit::Articles, 1))
            .map(|(object, meta)| item::article(object, meta))
            .collect();
        if let Some(first) = articles.first_mut()
            && page.skipped > 0
        {
            first.warnings.push(Warning::new(
                "input",
                format!(
                    "{} member(s) of the page hold no item and were not read",
                    page.skipped
                ),
                None,
            ));
        }
        Ok(articles)
    })
}

/// The items of a document, each with its `meta`, and how many members of a page hold none.
struct Page<'a> {
    items: Vec<(&'a Map<String, Value>, Option<&'a Value>)>,
    skipped: usize,
}

/// The items of a document, or why it holds none.
fn items(value: &Value) -> Result<Page<'_>, Error> {
    let Value::Object(object) = value else {
        return Err(invalid(format!(
            "the document is a JSON {}, not an AP Media API object",
            crate::json::type_name(value)
        )));
    };
    let Some(data) = object.get("data") else {
        if is_item(object) {
            return Ok(Page {
                items: vec![(object, None)],
                skipped: 0,
            });
        }
        return Err(match object.get("error") {
            Some(error) => invalid(format!(
                "the AP Media API answered with an error: {}",
                error
                    .get("message")
                    .and_then(Value::as_str)
                    .map_or_else(|| error.to_string(), str::to_string)
            )),
            None => invalid("no `data` and no item (`uri`, `altids`)".to_string()),
        });
    };
    let Value::Object(data) = data else {
        return Err(invalid(format!(
            "`data` is a JSON {}, not an object",
            crate::json::type_name(data)
        )));
    };
    if let Some(item) = data.get("item") {
        return match item {
            Value::Object(item) if is_item(item) => Ok(Page {
                items: vec![(item, data.get("meta"))],
                skipped: 0,
            }),
            Value::Object(_) => Err(invalid(
                "`data.item` is no item (it has neither `uri` nor `altids`)".to_string(),
            )),
            other => Err(invalid(format!(
                "`data.item` is a JSON {}, not an object",
                crate::json::type_name(other)
            ))),
        };
    }
    let Some(members) = data.get("items") else {
        return Err(invalid(
            "`data` holds neither `item` nor `items`".to_string(),
        ));
    };
    let Value::Array(members) = members else {
        return Err(invalid(format!(
            "`data.items` is a JSON {}, not an array",
            crate::json::type_name(members)
        )));
    };
    let mut page = Page {
        items: Vec::new(),
        skipped: 0,
    };
    for member in members {
        match member.get("item") {
            Some(Value::Object(item)) if is_item(item) => {
                page.items.push((item, member.get("meta")));
            }
            // A search page's member may be the item itself.
            _ => match member {
                Value::Object(item) if is_item(item) => page.items.push((item, None)),
                _ => page.skipped += 1,
            },
        }
    }
    if page.items.is_empty() {
        return Err(invalid(format!(
            "the page holds no item ({} member(s))",
            members.len()
        )));
    }
    Ok(page)
}

/// An object that is an item: it has AP's identifiers.
fn is_item(object: &Map<String, Value>) -> bool {
    object.contains_key("uri") || object.contains_key("altids")
}

fn invalid(message: String) -> Error {
    Error::Invalid {
        format: Format::ApMedia,
        message,
    }
}
