//! The AP Media API's JSON (read only): a content item (`/content/{id}`: `{"api_version", "data":
//! {"meta", "item"}}`), a feed or search page (`{"api_version", "data": {"items": [{"meta",
//! "item"}]}}`), or an item alone (the agent's associated-item files). Each item is one article.
//!
//! An item is ninjs 1.x in AP's spelling (`headline`, `description_caption`, maps of renditions
//! and associations), so the keys ninjs has are read by the ninjs reader
//! ([`ninjs::article_in`](super::ninjs)), and this module reads what is AP's own: its
//! classification terms, bylines, photographer, usage terms, dateline location, renditions'
//! word counts and numbered associations. What neither reads is kept under `ap:<key>`
//! (`ap:altids`, `ap:signals`, `ap:editorialpriority`, ...).
//!
//! | AP Media API | model |
//! |---|---|
//! | `uri`, `type`, `version`, `versioncreated`, `firstcreated`, `embargoed`, `pubstatus`, `urgency`, `language`, `title`, `slugline`, `headline` (`headline_extended`, `headline_seo` as headlines of those roles), `ednote`, `copyrightnotice`, `description_caption` (the description), `description_creditline` (the credit), `description_summary`, `infosource`, `provider`, `keywords`, `located` (the dateline's city) | as ninjs 1.x reads them |
//! | `usageterms` (an array) | `rights.usage_terms`, the others `rights.further_usage_terms` |
//! | `bylines[]` (`by`, `title`, `code`) | `byline` (each `by` without its `By`, joined by `; `); each name the byline holds an author with the `title` as job title (the `code` as id when the byline names one person) |
//! | `photographer` (`name`, `code`, `title`) | an author of role `photographer` (id, job title) |
//! | `producer`, `editor` | contributors of role `producer`, `editor` |
//! | `subject[]`, `place[]`, `person[]`, `organization[]` (`company[]`), `event[]` | `subjects` of their kind: `scheme` + `code` (the scheme a URI: `http://cv.ap.org/id/`), `name`, `rels` the role (`direct`, `ancestor`, `category`, `suppcategory`, `personfeatured`, space-separated when several), `parentids` the broader concepts (same scheme), `geometry_geojson` the point; `creator`, `types`, `topparent`, `locationtype` are reported as not read |
//! | `datelinelocation` (`city`, `geometry_geojson`, country and state names and codes) | the dateline's city (when `located` gives none) and point; the whole object also kept as `ap:datelinelocation` |
//! | `renditions` (a map: `main`, `preview`, `thumbnail`, `caption_nitf`, a story's `nitf`, `anpa`) | `enclosure` links (`href`, `mimetype`, `title`) with their name (the key), `width`, `height`, `sizeinbytes`; a text item's story rendition's `words` is the `word_count`; the rest (`rel`, `format`, `contentid`, `digest`, `originalfilename`, `pricetag`, ...) is reported as not read |
//! | `associations` (a map keyed `1`, `2`, ...) | `associations` in the keys' numeric order: `uri` the id, `type`, `headline`; the rest (`altids`, `version`) reported as not read |
//! | the envelope's `meta.products` (an item's, or a feed member's) | `services` (`id` the code, `name`); the rest of `meta` kept as `ap:meta` |
//!
//! Not read: the response's own fields (`api_version`, `api_mode`, `id`, `method`, `org_name`,
//! `params`, a page's `query`, `updated`, `current_item_count`, `next_page`), which describe the
//! request, not the content. The story of a text item is not in the JSON (AP delivers it in its
//! `nitf` or `anpa` rendition): such an item has no body, and its renditions are its links.

mod item;
mod read;
mod terms;

#[cfg(test)]
mod tests;

pub(crate) use read::read_input;

use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed};
use crate::{Article, Error, Format};

/// Reads every item of an AP Media API document (an item, or a feed or search page).
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options`: [`formats::read_with`](crate::formats::read_with)
/// for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::ApMedia, options)
}

/// The keys of an item's `altids` only AP writes (ninjs's `altids` holds a provider's own).
const AP_ALTIDS: [&str; 2] = ["\"friendlykey\"", "\"etag\""];

/// Whether a document's start shows the AP Media API: JSON with the response's `api_version`
/// and `data`, or an item whose `altids` hold AP's `itemid` with its `etag` or `friendlykey`.
/// newswire's own JSON always writes `pub_status` and may hold anything in its extensions.
fn has_ap_marks(start: &Sniffed<'_>) -> bool {
    let text = start.text;
    start.json
        && !text.contains("\"pub_status\"")
        && ((text.contains("\"api_version\"") && text.contains("\"data\""))
            || (text.contains("\"altids\"")
                && text.contains("\"itemid\"")
                && AP_ALTIDS.iter().any(|key| text.contains(key))))
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::ApMedia,
    name: "ap-media",
    aliases: &["apmedia", "ap"],
    description: "AP Media API JSON (items, feed and search pages)",
    extensions: &["json"],
    named_by: &[],
    sniff: Sniff::Marks(has_ap_marks),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};
