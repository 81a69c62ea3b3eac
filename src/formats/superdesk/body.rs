//! A Superdesk body: `body_html` with its embeds, the associated items that fill them, and the
//! articles its editor state embeds.
//!
//! Superdesk's editor writes each embedded medium between two comments that name the
//! associated item (`<!-- EMBED START Image {id: "editor_0"} -->` ... `<!-- EMBED END Image
//! {id: "editor_0"} -->`), the item itself being `associations.editor_0`. The HTML between
//! them is read as any other, and the item's metadata fills the figure it holds.

use serde_json::{Map, Value};

use crate::formats::ninjs::read::item::{associations, field, field_str};
use crate::formats::ninjs::read::text::body_blocks;
use crate::formats::ninjs::values::short;
use crate::html::html_body;
use crate::model::{
    Association, Block, Figure, Inline, ItemKind, Warning, canonical_figure, into_canonical_body,
};

const EMBED_START: &str = "<!-- EMBED START ";
const EMBED_END: &str = "<!-- EMBED END ";

/// The embed kinds that stand for an associated item (other embeds are HTML: a post, a map).
const MEDIA_EMBEDS: [&str; 5] = ["image", "picture", "video", "audio", "graphic"];

/// One stretch of the body: outside any embed, or inside one (its kind and item name).
struct Piece<'a> {
    embed: Option<(String, String)>,
    html: &'a str,
}

/// Superdesk's associated items as the ninjs rules read them: its `credit` is the credit line
/// ninjs calls `creditline`.
pub(super) fn with_credit_lines(associated: &Value) -> Value {
    let mut associated = associated.clone();
    for item in associated
        .as_object_mut()
        .into_iter()
        .flat_map(|map| map.values_mut())
    {
        if let Some(item) = item.as_object_mut()
            && !item.contains_key("creditline")
            && let Some(credit) = item.remove("credit")
        {
            item.insert("creditline".to_string(), credit);
        }
    }
    associated
}

/// `body_html` as blocks, each embed's figure filled from the associated item it names
/// (`associated` as [`with_credit_lines`] gives it).
pub(super) fn read(
    html: &str,
    associated: Option<&Value>,
    warnings: &mut Vec<Warning>,
) -> Vec<Block> {
    let pieces = pieces(html);
    if pieces.iter().all(|piece| piece.embed.is_none()) {
        return html_body(html);
    }
    let mut blocks = Vec::new();
    for piece in pieces {
        let mut read = html_body(piece.html);
        if let Some((kind, name)) = &piece.embed {
            let item = associated
                .and_then(|all| field(all, name))
                .filter(|item| item.is_object());
            match item {
                Some(item) => fill(&mut read, name, item),
                None if MEDIA_EMBEDS.contains(&kind.to_ascii_lowercase().as_str()) => {
                    warnings.push(Warning::new(
                        "body",
                        "an embed names an associated item the item does not hold: its figure is read as the body gives it",
                        Some(name.clone()),
                    ));
                }
                None => {}
            }
        }
        blocks.extend(read);
    }
    into_canonical_body(blocks)
}

/// `body_text` (no HTML body): paragraphs at blank lines, else one per line.
pub(super) fn plain(text: &str, warnings: &mut Vec<Warning>) -> Vec<Block> {
    body_blocks(None, text, warnings)
}

/// The body cut at the embed comments; a comment without its end (`-->`) ends the cutting.
fn pieces(html: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    let mut embed = None;
    loop {
        let next = [EMBED_START, EMBED_END]
            .iter()
            .filter_map(|marker| rest.find(marker).map(|at| (at, *marker)))
            .min();
        let Some((at, marker)) = next else {
            break;
        };
        let Some(close) = rest.get(at..).and_then(|tail| tail.find("-->")) else {
            break;
        };
        let comment = rest.get(at + marker.len()..at + close).unwrap_or_default();
        out.push(Piece {
            embed: embed.take(),
            html: rest.get(..at).unwrap_or_default(),
        });
        if marker == EMBED_START {
            embed = embed_name(comment);
        }
        rest = rest.get(at + close + 3..).unwrap_or_default();
    }
    out.push(Piece { embed, html: rest });
    // An embed stays when it holds nothing: its item gives the figure.
    out.retain(|piece| piece.embed.is_some() || !piece.html.trim().is_empty());
    out
}

/// The kind and item name an embed comment gives (`Image {id: "editor_0"}`).
fn embed_name(comment: &str) -> Option<(String, String)> {
    let kind = comment.split_whitespace().next()?.to_string();
    let after = comment.get(comment.find("id")? + 2..)?;
    let quoted = after.get(after.find('"')? + 1..)?;
    let name = quoted.get(..quoted.find('"')?)?;
    Some((kind, short(name)?))
}

/// Fills the figures an embed holds from its associated item: the caption, the credit, the
/// alternative text and the media type each figure lacks. An embed that holds no figure gets
/// one, of the item's best file.
fn fill(blocks: &mut Vec<Block>, name: &str, item: &Value) {
    let mut map = Map::new();
    map.insert(name.to_string(), item.clone());
    // The item as the article's associations read it (their warnings are the article's).
    let association = associations(Some(&Value::Object(map)), &mut Vec::new())
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut filled = false;
    for block in blocks.iter_mut() {
        if let Block::Figure(figure) = block {
            fill_figure(figure, &association, item);
            filled = true;
        }
    }
    if !filled && let Some(best) = association.best_rendition() {
        let mut figure = Figure::new(best.href.clone());
        figure.media_type = best.media_type.clone();
        fill_figure(&mut figure, &association, item);
        if let Some(figure) = canonical_figure(figure) {
            blocks.push(Block::Figure(Box::new(figure)));
        }
    }
}

fn fill_figure(figure: &mut Figure, association: &Association, item: &Value) {
    if figure.caption.is_empty()
        && let Some(caption) = &association.caption
    {
        figure.caption = vec![Inline::text(caption.clone())];
    }
    if figure.credit.is_none() {
        figure.credit = association
            .credit
            .clone()
            .or_else(|| association.byline.clone());
    }
    if figure.alt.is_none() {
        figure.alt = field_str(item, "alt_text").and_then(short);
    }
    if figure.media_type.is_none() {
        let file = association
            .renditions
            .iter()
            .find(|link| link.href == figure.href);
        figure.media_type = file
            .and_then(|link| link.media_type.clone())
            .or_else(|| field_str(item, "mimetype").and_then(short));
    }
}

/// The editor's entity types whose content the other fields already hold: links and media in
/// `body_html` and `associations`, HTML embeds in `body_html`.
const REPEATED_ENTITIES: [&str; 4] = ["LINK", "MEDIA", "EMBED", "ARTICLE_EMBED"];

/// The articles the editor state embeds (`fields_meta.<field>.draftjsState[].entityMap`
/// entities of type `ARTICLE_EMBED`), as associations: their HTML is in `body_html` already.
/// The rest of the editor state repeats the fields' text and is named in a warning.
pub(super) fn embedded_articles(meta: &Value, warnings: &mut Vec<Warning>) -> Vec<Association> {
    let mut out: Vec<Association> = Vec::new();
    let mut states = Vec::new();
    let mut unread_entities: Vec<String> = Vec::new();
    let fields = meta.as_object().into_iter().flatten();
    for (name, value) in fields {
        let Some(drafts) = field(value, "draftjsState") else {
            continue;
        };
        states.push(name.as_str());
        let drafts = match drafts {
            Value::Array(drafts) => drafts.iter().collect(),
            other => vec![other],
        };
        for draft in drafts {
            let entities = field(draft, "entityMap").and_then(Value::as_object);
            for entity in entities.into_iter().flatten().map(|(_, e)| e) {
                let kind = field_str(entity, "type").unwrap_or_default();
                if kind != "ARTICLE_EMBED" {
                    if !REPEATED_ENTITIES.contains(&kind)
                        && !unread_entities.iter().any(|k| k == kind)
                    {
                        unread_entities.push(kind.to_string());
                    }
                    continue;
                }
                let data = field(entity, "data");
                let text = |key: &str| data.and_then(|d| field_str(d, key)).and_then(short);
                let embedded = Association {
                    role: Some("ARTICLE_EMBED".to_string()),
                    kind: Some(ItemKind::Text),
                    id: text("id"),
                    headline: text("name"),
                    ..Association::default()
                };
                if (embedded.id.is_some() || embedded.headline.is_some())
                    && !out.contains(&embedded)
                {
                    out.push(embedded);
                }
            }
        }
    }
    if !states.is_empty() {
        warnings.push(Warning::new(
            "input",
            "the editor state (fields_meta draftjsState) repeats these fields' text and is not read, but for the articles it embeds",
            Some(states.join(", ")),
        ));
    }
    if !unread_entities.is_empty() {
        warnings.push(Warning::new(
            "input",
            "editor entities of these types are not read",
            Some(unread_entities.join(", ")),
        ));
    }
    let other: Vec<&str> = meta
        .as_object()
        .into_iter()
        .flatten()
        .flat_map(|(name, value)| {
            value
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(key, _)| key.as_str() != "draftjsState")
                .map(move |_| name.as_str())
        })
        .collect();
    if !other.is_empty() {
        let mut other = other;
        other.dedup();
        warnings.push(Warning::new(
            "input",
            "field metadata beyond the editor state is not read",
            Some(other.join(", ")),
        ));
    }
    out
}
