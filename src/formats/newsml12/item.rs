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
    let mut stories = Vec::new();
    component::each_with(&components, draft, &mut stories, component::stories);
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
/// NewsML 1.2 identifies a revision: `PublicIdentifier` is
/// `urn:newsml:<domain>:<date>:<item>[:<revision>]`
/// (`urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1`). The model's id is version-less, so
/// the revision is taken off it (it is the version, when `RevisionId` gives none). A
/// `PublicIdentifier` of another shape is the id when it names the item; one that does not
/// (Belga's `urn:newsml:www.belga.be`, the same for every item) is replaced by the URN of the
/// parts (`urn:newsml:ProviderId:DateId:NewsItemId`), or, when parts are missing, left out
/// with a warning rather than given to every item. When an item holds several stories, each
/// adds `#` and its component's `@Duid` (else its position) to the item's id.
fn identify(draft: &mut Draft, identification: &Element<'_>) {
    if let Some(ids) = identification.child("NewsIdentifier") {
        let part = |name: &str| ids.child(name).and_then(line_of);
        let revision_element = ids.child("RevisionId");
        let revision = revision_element.and_then(line_of);
        let public = part("PublicIdentifier");
        let parts = IdParts {
            provider: part("ProviderId"),
            date: part("DateId"),
            item: part("NewsItemId"),
            revision: revision.clone(),
            update: revision_element
                .and_then(|r| r.attr_nonblank("Update"))
                .map(str::to_string),
        };
        let (id, urn_revision) = item_id(public.as_deref(), &parts);
        if id.is_none()
            && let Some(public) = &public
        {
            draft.warn(
                "id",
                "the PublicIdentifier names no item and the NewsIdentifier's parts are missing",
                public,
            );
        }
        draft.article.id = id;
        if let Some(revision) = revision {
            match revision.parse::<u32>() {
                Ok(v) => draft.article.version = Some(v.max(1)),
                Err(_) => draft.warn("version", "not a revision number", &revision),
            }
        } else if let Some(v) = urn_revision {
            draft.article.version = Some(v.max(1));
        }
    }
    draft.article.title = identification.child("NameLabel").and_then(line_of);
    // Labels (AFP's photographer `CodeName`): kept under their type.
    for label in identification.elements_named("Label") {
        let kind = label.child("LabelType").and_then(formal_name);
        if let (Some(kind), Some(text)) = (kind, label.child("LabelText").and_then(line_of)) {
            draft.extension(&format!("Label:{kind}"), Value::String(text));
        }
    }
}

/// The parts of a `NewsIdentifier` besides its `PublicIdentifier`.
#[derive(Debug, Default)]
struct IdParts {
    provider: Option<String>,
    date: Option<String>,
    item: Option<String>,
    revision: Option<String>,
    /// `RevisionId/@Update` (`N`, `A`, `U`), which some agencies append to the URN's revision.
    update: Option<String>,
}

/// The version-less id, and the revision number the URN ends with (see [`identify`]).
fn item_id(public: Option<&str>, parts: &IdParts) -> (Option<String>, Option<u32>) {
    let urn = public.and_then(newsml_urn);
    let names_item = |public: &str| match &parts.item {
        Some(item) => public.contains(item.as_str()),
        // Without a NewsItemId, any identifier but a URN too short to name an item.
        None => newsml_urn(public).is_none_or(|urn| urn.len() >= 3),
    };
    let well_formed = urn.as_ref().is_some_and(|urn| urn.len() >= 3);
    if let Some(public) = public.filter(|p| well_formed || names_item(p)) {
        if let Some(urn) = urn.as_ref().filter(|urn| urn.len() == 4) {
            // Domain, date, item and the revision (with the update letter some add).
            let revision = urn.get(3).and_then(|r| leading_number(r));
            let base = public.rsplit_once(':').map_or(public, |(base, _)| base);
            return (Some(base.to_string()), revision);
        }
        let suffixes = parts.revision.as_deref().map(|r| {
            [
                format!(":{r}{}", parts.update.as_deref().unwrap_or("")),
                format!(":{r}"),
            ]
        });
        let stripped = suffixes
            .iter()
            .flatten()
            .find_map(|suffix| public.strip_suffix(suffix.as_str()));
        return (Some(stripped.unwrap_or(public).to_string()), None);
    }
    match (&parts.provider, &parts.date, &parts.item) {
        (Some(provider), Some(date), Some(item)) => {
            (Some(format!("urn:newsml:{provider}:{date}:{item}")), None)
        }
        _ => (None, None),
    }
}

/// The colon-separated parts after `urn:newsml:` (any case), when `id` is such a URN and none
/// of its parts is blank.
fn newsml_urn(id: &str) -> Option<Vec<&str>> {
    let prefix = id.get(..11)?;
    if !prefix.eq_ignore_ascii_case("urn:newsml:") {
        return None;
    }
    let parts: Vec<&str> = id.get(11..)?.split(':').collect();
    parts.iter().all(|p| !p.trim().is_empty()).then_some(parts)
}

/// The number a revision part starts with (`1` of `1N`).
fn leading_number(text: &str) -> Option<u32> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.get(..end)?.parse().ok()
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

    fn parts(provider: Option<&str>, date: Option<&str>, item: Option<&str>) -> IdParts {
        IdParts {
            provider: provider.map(str::to_string),
            date: date.map(str::to_string),
            item: item.map(str::to_string),
            revision: Some("1".into()),
            update: Some("N".into()),
        }
    }

    #[test]
    fn ids_are_version_less() {
        let afp = item_id(
            Some("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1"),
            &parts(
                Some("afp.com"),
                Some("20140829T135002Z"),
                Some("TX-PAR-FXW86"),
            ),
        );
        assert_eq!(
            afp,
            (
                Some("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86".into()),
                Some(1)
            )
        );
        let ats = item_id(
            Some("urn:newsml:www.sda-ats.ch:20190603:bsf153:1N"),
            &parts(None, None, Some("bsf153")),
        );
        assert_eq!(
            ats,
            (
                Some("urn:newsml:www.sda-ats.ch:20190603:bsf153".into()),
                Some(1)
            )
        );
        let belga = item_id(
            Some("urn:newsml:www.belga.be"),
            &parts(Some("belga.be"), Some("20190129T133400"), Some("98055798")),
        );
        assert_eq!(
            belga.0.as_deref(),
            Some("urn:newsml:belga.be:20190129T133400:98055798")
        );
    }

    /// #20 item 4: a well-formed URN is the id even when it spells the item otherwise than
    /// `NewsItemId`; a generic one is never every item's id; a URN of another length keeps
    /// its parts and loses only the `RevisionId` it ends with.
    #[test]
    fn item_4_a_well_formed_public_identifier_is_kept() {
        let urn = item_id(
            Some("urn:newsml:example.org:20240301:STORY-77:3"),
            &parts(Some("example.org"), Some("20240301"), Some("story-77")),
        );
        assert_eq!(
            urn,
            (
                Some("urn:newsml:example.org:20240301:STORY-77".into()),
                Some(3)
            )
        );
        let generic = item_id(Some("urn:newsml:www.example.be"), &parts(None, None, None));
        assert_eq!(generic, (None, None));
        let named = item_id(
            Some("urn:newsml:example.org:77"),
            &parts(None, None, Some("77")),
        );
        assert_eq!(named.0.as_deref(), Some("urn:newsml:example.org:77"));
        let long = item_id(
            Some("urn:newsml:example.org:20240301:a:b:1N"),
            &parts(None, None, None),
        );
        assert_eq!(
            long.0.as_deref(),
            Some("urn:newsml:example.org:20240301:a:b")
        );
        let other = item_id(Some("tag:example.org,2024:77"), &parts(None, None, None));
        assert_eq!(other.0.as_deref(), Some("tag:example.org,2024:77"));
        assert_eq!(newsml_urn("URN:NewsML:a:b:c"), Some(vec!["a", "b", "c"]));
        assert_eq!(newsml_urn("urn:newsml:a::c"), None);
        assert_eq!(leading_number("12N"), Some(12));
        assert_eq!(leading_number("N"), None);
    }
}
