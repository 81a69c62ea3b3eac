//! Superdesk items: the JSON its archive keeps and its APIs serve (the Eve resources
//! `archive`, `published`, the content API's `items`), one item, an array of them or an Eve
//! page (`{"_items": [...]}`, one article per item). Read only.
//!
//! Superdesk's item schema extends ninjs 1.x (`headline`, `body_html`, `renditions` maps), so
//! the ninjs reader's rules read what both share; what tells a Superdesk item from ninjs is what
//! its storage adds (Eve's `_id` with `_etag`, `_updated`, `_created` or `_links`; `_items`;
//! the archive's `fields_meta`, `family_id`, `unique_name`).
//!
//! | Superdesk | model |
//! |---|---|
//! | `uri`, else `guid`, else `_id` | `id` (the others kept) |
//! | `type`, `version` | `kind`, `version` (a whole number; else kept) |
//! | `versioncreated`, `firstcreated`, `firstpublished` | `modified`, `created`, `published` |
//! | `embargo` (`embargoed`, else `schedule_settings.utc_embargo`) | `embargo` |
//! | `pubstatus`, `urgency`, `priority` | `pub_status`, `urgency`, `priority` (1-9) |
//! | `language`, `headline`, `slugline`, `byline`, `ednote` | `language`, `headline`, `slugline`, `byline`, an editorial note |
//! | `description_text`, `abstract` (HTML), `description_html` | `description` (plain text preferred); a different one in `descriptions` (role `abstract`) |
//! | `body_html` (else `body_text`) | `body`, through the shared allowlist walk; an embed (`<!-- EMBED START Image {id: "editor_0"} -->` ... `END`) names its associated item, whose caption (`description_text`), credit (`credit`, else `byline`), alternative text (`alt_text`) and media type fill the figure the embed holds (a figure is made from the item's best rendition when the embed holds none) |
//! | `word_count` (`wordcount`) | `word_count` |
//! | `dateline` (`located`, `date`, `source`, `text`) | `dateline`: `text`, the city, the state or country the `located.dateline` setting prints, the date, the source as its agency, `located.location` as its point; else the ninjs `located` (a city) |
//! | `subject[]` (`qcode`, `name`, `scheme`) | `subjects` (the scheme as given: a Superdesk vocabulary id) |
//! | `anpa_category[]`, `service[]` (`qcode`, `name`) | `subjects` in IPTC's ANPA category scheme `a1312cat` |
//! | `genre[]`, `place[]` | `genres`; `subjects` of kind place |
//! | `authors[]` | `authors`: `sub_label` (the archive's display name), else `name`; `role`; `code`, else `parent`, as the id |
//! | `keywords`, `source` | `keywords`, `provider` (a name) |
//! | `copyrightholder`, `copyrightnotice`, `usageterms` | `rights` |
//! | `renditions` | `enclosure` links |
//! | `associations` (`editor_N`, `featuremedia`, ...) | `associations`, as the ninjs reader reads them (the key is the role) |
//! | `fields_meta.<field>.draftjsState[].entityMap` `ARTICLE_EMBED` entities | `associations` (role `ARTICLE_EMBED`, kind text, the embedded article's id and name); its HTML is already in `body_html`, so the body is not added to |
//! | anything else (`_etag`, `anpa_take_key`, `sign_off`, `extra`, `flags`, `task`, ...) | `extensions` under `superdesk:<key>` (null and empty values left out) |
//!
//! Superdesk's events and planning items (`type` `event`, `planning`), which share its storage,
//! are not news items: a document of them only is refused, and among news items they are skipped
//! with a warning naming each.
//!
//! Not read, with a warning: the rest of the editor state (`draftjsState` blocks repeat the
//! fields' text; other entities repeat the body's links and media), an embed naming an item the
//! associations do not hold, and what the ninjs rules leave of terms and associated items.

mod body;
mod read;

use crate::formats::{Descriptor, ReadOptions, Sniff, Sniffed};
use crate::{Article, Error, Format};

pub(crate) use read::read_input;

/// Reads every item of the document.
pub fn read(input: &[u8]) -> Result<Vec<Article>, Error> {
    read_with(input, &ReadOptions::default())
}

/// Reads as [`read`] does, with `options`: [`formats::read_with`](crate::formats::read_with)
/// for this format.
pub fn read_with(input: &[u8], options: &ReadOptions) -> Result<Vec<Article>, Error> {
    crate::formats::read_with(input, Format::Superdesk, options)
}

/// Keys Superdesk's archive alone writes.
const ARCHIVE_KEYS: [&str; 3] = ["\"fields_meta\"", "\"family_id\"", "\"unique_name\""];

/// Keys Eve (Superdesk's storage layer) writes beside an item's `_id`.
const EVE_KEYS: [&str; 4] = ["\"_etag\"", "\"_updated\"", "\"_created\"", "\"_links\""];

/// Keys of a news item (not a user, desk or vocabulary), one of which a Superdesk item has.
const NEWS_KEYS: [&str; 5] = [
    "\"headline\"",
    "\"body_html\"",
    "\"slugline\"",
    "\"guid\"",
    "\"versioncreated\"",
];

/// Whether a document's start shows a Superdesk item: JSON with a news key and what Superdesk's
/// storage adds (an Eve `_id` with its bookkeeping, an `_items` page, the archive's keys).
/// newswire's own JSON always writes `pub_status`, which Superdesk never spells so.
fn has_superdesk_keys(start: &Sniffed<'_>) -> bool {
    let has = |key: &str| start.text.contains(key);
    start.json
        && !has("\"pub_status\"")
        && NEWS_KEYS.iter().any(|key| has(key))
        && (has("\"_items\"")
            || ARCHIVE_KEYS.iter().any(|key| has(key))
            || (has("\"_id\"") && EVE_KEYS.iter().any(|key| has(key))))
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Superdesk,
    name: "superdesk",
    aliases: &[],
    description: "Superdesk items (archive and content API JSON)",
    extensions: &["json"],
    named_by: &[],
    sniff: Sniff::Marks(has_superdesk_keys),
    read: Some(read_input),
    stream: None,
    write: None,
    requires: &[],
};

#[cfg(test)]
mod tests;
