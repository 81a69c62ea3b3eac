//! A `NewsItem`: `Identification`, `NewsManagement`, then its stories from the component tree.

use serde_json::Value;

use super::draft::Draft;
use super::{component, formal_name, line_of, metadata, one_to_nine};
use crate::formats::read_time;
use crate::model::{Article, Concept, Link, PubStatus, Timestamp};
use crate::xml::Element;

/// What the `NewsEnvelope` says for every item.
#[derive(Debug, Default)]
pub(super) struct Envelope {
    /// `Priority/@FormalName`.
    pub priority: Option<u8>,
    /// `SentFrom/Party/@FormalName`: the provider when an item names none.
    pub sent_from: Option<String>,
    /// `NewsService` and `NewsProduct` (`@FormalName` in `@Scheme`): every item's services.
    pub services: Vec<Concept>,
    pub warnings: Vec<crate::model::Warning>,
}

impl Envelope {
    pub fn of(envelope: &Element<'_>) -> Envelope {
        let mut out = Envelope::default();
        if let Some(raw) = envelope.child("Priority").and_then(formal_name) {
            out.priority = one_to_nine(&raw);
            if out.priority.is_none() {
                out.warnings.push(crate::model::Warning::new(
                    "priority",
                    "not a priority from 1 to 9",
                    Some(raw),
                ));
            }
        }
        out.services = envelope
            .elements()
            .filter(|e| matches!(e.name.as_ref(), "NewsService" | "NewsProduct"))
            .filter_map(|e| Some(metadata::coded(e.attr_nonblank("Scheme"), formal_name(e)?)))
            .collect();
        out.sent_from = envelope
            .child("SentFrom")
            .and_then(|s| s.elements_named("Party").find_map(formal_name));
        out
    }
}

/// The articles of a `NewsItem`: one per story (see [`component`]).
pub(super) fn item(item: &Element<'_>, envelope: &Envelope) -> Vec<Article> {
    let mut draft = Draft::default();
    if let Some(lang) = item.attr_nonblank("xml:lang") {
        draft.article.language = Some(metadata::language_tag(lang));
    }
    if let Some(identification) = item.child("Identification") {
        identify(&mut draft, identification);
    }
    if let Some(management) = item.child("NewsManagement") {
        manage(&mut draft, management);
    }
    draft.article.priority = envelope.priority;
    draft.article.services.clone_from(&envelope.services);
    let components: Vec<&Element<'_>> = item.elements_named("NewsComponent").collect();
    let stories = component::each_with(&components, draft, component::stories);
    let several = stories.len() > 1;
    stories
        .into_iter()
        .enumerate()
        .map(|(i, story)| {
            let part = story.duid.clone().unwrap_or_else(|| (i + 1).to_string());
            let mut article = story.finish();
            if several && let Some(id) = &mut article.id {
                // Stories of one item (Belga's language versions) each get their own id.
                id.push('#');
                id.push_str(&part);
            }
            if article.provider.is_none() {
                article.provider = envelope.sent_from.clone().map(crate::model::Party::named);
            }
            let own = std::mem::take(&mut article.warnings);
            article.warnings = envelope.warnings.iter().cloned().chain(own).collect();
            article
        })
        .collect()
}

/// `Identification`: the id, version and title.
///
/// NewsML 1.2 identifies a revision: `PublicIdentifier` ends with the revision
/// (`urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1`). The model's id is version-less, so
/// the revision is taken off it (it is the version); a `PublicIdentifier` that does not name
/// the item (Belga's `urn:newsml:www.belga.be`) is replaced by the URN of its parts
/// (`urn:newsml:ProviderId:DateId:NewsItemId`). When an item holds several stories, each adds
/// `#` and its component's `@Duid` (else its position) to the item's id.
fn identify(draft: &mut Draft, identification: &Element<'_>) {
    if let Some(ids) = identification.child("NewsIdentifier") {
        let part = |name: &str| ids.child(name).and_then(line_of);
        let provider = part("ProviderId");
        let date = part("DateId");
        let item = part("NewsItemId");
        let revision_element = ids.child("RevisionId");
        let revision = revision_element.and_then(line_of);
        let update = revision_element.and_then(|r| r.attr_nonblank("Update"));
        let public = part("PublicIdentifier");
        draft.article.id = item_id(
            public.as_deref(),
            provider.as_deref(),
            date.as_deref(),
            item.as_deref(),
            revision.as_deref(),
            update,
        );
        if let Some(revision) = revision {
            match revision.parse::<u32>() {
                Ok(v) => draft.article.version = Some(v.max(1)),
                Err(_) => draft.warn("version", "not a revision number", &revision),
            }
        }
    }
    draft.article.title = identification.child("NameLabel").and_then(line_of);
}

/// The version-less id (see [`identify`]).
fn item_id(
    public: Option<&str>,
    provider: Option<&str>,
    date: Option<&str>,
    item: Option<&str>,
    revision: Option<&str>,
    update: Option<&str>,
) -> Option<String> {
    let names_item = |public: &&str| item.is_none_or(|item| public.contains(item));
    if let Some(public) = public.filter(names_item) {
        let suffixes = revision.map(|r| [format!(":{r}{}", update.unwrap_or("")), format!(":{r}")]);
        let stripped = suffixes
            .iter()
            .flatten()
            .find_map(|suffix| public.strip_suffix(suffix.as_str()));
        return Some(stripped.unwrap_or(public).to_string());
    }
    match (provider, date, item) {
        (Some(provider), Some(date), Some(item)) => {
            Some(format!("urn:newsml:{provider}:{date}:{item}"))
        }
        _ => public.map(str::to_string),
    }
}

/// `NewsManagement`: times, status (an embargo is a time: `Embargoed` is usable, with the time
/// of `StatusWillChange`), urgency, associated items (links), instructions.
fn manage(draft: &mut Draft, management: &Element<'_>) {
    for e in management.elements() {
        match e.name.as_ref() {
            "FirstCreated" => draft.article.created = time(draft, e, "created"),
            "ThisRevisionCreated" => draft.article.modified = time(draft, e, "modified"),
            "Status" => {
                if let Some(status) = formal_name(e) {
                    match status.to_ascii_lowercase().as_str() {
                        "usable" | "embargoed" => draft.article.pub_status = PubStatus::Usable,
                        "withheld" => draft.article.pub_status = PubStatus::Withheld,
                        "canceled" | "cancelled" => draft.article.pub_status = PubStatus::Canceled,
                        _ => draft.warn("pub_status", "not a status", &status),
                    }
                }
            }
            "StatusWillChange" => {
                let usable = e
                    .child("FutureStatus")
                    .and_then(formal_name)
                    .is_none_or(|s| s.eq_ignore_ascii_case("usable"));
                if usable && let Some(when) = e.child("DateAndTime") {
                    draft.article.embargo = time(draft, when, "embargo");
                }
            }
            "Urgency" => {
                if let Some(raw) = formal_name(e) {
                    match one_to_nine(&raw) {
                        Some(urgency) => {
                            draft.article.urgency = Some(urgency);
                            draft.managed_urgency = true;
                        }
                        None => draft.warn("urgency", "not an urgency from 1 to 9", &raw),
                    }
                }
            }
            "AssociatedWith" => {
                if let Some(href) = e.attr_nonblank("NewsItem") {
                    draft.link(Link {
                        href: href.to_string(),
                        ..Link::default()
                    });
                }
                if let Some(kind) = formal_name(e) {
                    draft.extension_item("AssociatedWith", Value::String(kind));
                }
            }
            "NewsItemType" | "Instruction" => {
                if let Some(value) = formal_name(e) {
                    draft.extension(&e.name, Value::String(value));
                }
            }
            _ => {}
        }
    }
}

/// A date-time element; an unreadable one becomes a warning with the raw value. A time without
/// an offset keeps its wall time (see [`Timestamp`]).
fn time(draft: &mut Draft, element: &Element<'_>, field: &str) -> Option<Timestamp> {
    let warnings = &mut draft.article.warnings;
    read_time(&element.text(), field, Timestamp::parse, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_less() {
        let afp = item_id(
            Some("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1"),
            Some("afp.com"),
            Some("20140829T135002Z"),
            Some("TX-PAR-FXW86"),
            Some("1"),
            Some("N"),
        );
        assert_eq!(
            afp.as_deref(),
            Some("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86")
        );
        let ats = item_id(
            Some("urn:newsml:www.sda-ats.ch:20190603:bsf153:1N"),
            None,
            None,
            Some("bsf153"),
            Some("1"),
            Some("N"),
        );
        assert_eq!(
            ats.as_deref(),
            Some("urn:newsml:www.sda-ats.ch:20190603:bsf153")
        );
        let belga = item_id(
            Some("urn:newsml:www.belga.be"),
            Some("belga.be"),
            Some("20190129T133400"),
            Some("98055798"),
            Some("4"),
            Some("N"),
        );
        assert_eq!(
            belga.as_deref(),
            Some("urn:newsml:belga.be:20190129T133400:98055798")
        );
    }
}
