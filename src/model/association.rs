//! Items associated with a story ([`Association`]): the pictures, videos, audio and related
//! stories that travel with it, each with its own metadata and files.

use serde::{Deserialize, Serialize};

use super::{ItemKind, Link};

/// An item associated with the story (its featured picture, a gallery picture, a video), with
/// the metadata that is its own (a picture's caption is not the story's description) and the
/// files it comes in.
///
/// ninjs: an `associations` entry (`name`, `rel`, `uri`, `type`, `headlines`, `descriptions`
/// with the caption and the `creditline`, `by`, `renditions`). Formats with no place for an
/// associated item's metadata (NewsML-G2, Atom, JSON-LD, NITF...) write it as one link, to its
/// best file ([`as_link`](Self::as_link)), and report the rest as lost.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Association {
    /// What the item is to the story, as the source says it (`featureimage`, `gallery`,
    /// `irel:seeAlso`): ninjs `rel`, else the association's `name`. `None` for a plain relation
    /// (`related`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// What kind of item it is (ninjs `type`), when the source says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ItemKind>,
    /// The item's own identifier (ninjs `uri`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The item's headline or title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// What the item shows or says: a picture's caption, a video's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// The item's byline (the photographer, the reporter).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The item's credit line (`Photo: Ann Lee/dpa`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
    /// The files the item comes in (the original, a thumbnail, a preview), each an `enclosure`
    /// link with its [`rendition`](Link::rendition) facts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub renditions: Vec<Link>,
}

/// The names ninjs and agencies give the full-size file of an item, best first.
const ORIGINAL_NAMES: [&str; 5] = ["original", "main", "highres", "hires", "baseimage"];

impl Association {
    /// The file that best stands for the item, among those with an address: one named as the
    /// original (`original`, `main`, `highres`, `hires`, `baseImage`), else the largest in
    /// pixels, else the first.
    pub fn best_rendition(&self) -> Option<&Link> {
        let candidates: Vec<&Link> = self
            .renditions
            .iter()
            .filter(|link| !link.href.trim().is_empty())
            .collect();
        let name = |link: &Link| link.rendition.as_ref().and_then(|r| r.name.clone());
        let named = ORIGINAL_NAMES.iter().find_map(|original| {
            candidates
                .iter()
                .copied()
                .find(|link| name(link).is_some_and(|n| n.trim().eq_ignore_ascii_case(original)))
        });
        let area = |link: &Link| {
            link.rendition.as_ref().map_or(0, |r| {
                u64::from(r.width.unwrap_or(0)) * u64::from(r.height.unwrap_or(0))
            })
        };
        // The first of the largest.
        let largest = || {
            candidates
                .iter()
                .copied()
                .filter(|link| area(link) > 0)
                .fold(None::<&Link>, |best, link| match best {
                    Some(best) if area(best) >= area(link) => Some(best),
                    _ => Some(link),
                })
        };
        named
            .or_else(largest)
            .or_else(|| candidates.first().copied())
    }

    /// The item as one link, for formats with no place for its metadata: to its
    /// [best file](Self::best_rendition) (with the file's media type and facts), else to its
    /// id when that is an absolute IRI (an address). The relation is its role when that is a
    /// link relation (a registered name such as `alternate`, or a QCode or URI such as
    /// `irel:seeAlso`); otherwise (no role, `related`, a provider's word such as
    /// `featuremedia`), `enclosure` for a file (a picture of the story is a file that goes with
    /// it), none for an id. The title is its headline, else its caption. `None` when it has
    /// neither a file nor an id.
    pub fn as_link(&self) -> Option<Link> {
        let best = self.best_rendition();
        let href = match best {
            Some(link) => link.href.trim().to_string(),
            None => self
                .id
                .as_deref()
                .map(str::trim)
                .filter(|id| crate::iri::is_iri(id))?
                .to_string(),
        };
        let nonblank = |text: &Option<String>| {
            text.as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
        };
        Some(Link {
            rel: nonblank(&self.role)
                .filter(|role| is_link_relation(role))
                .or_else(|| best.map(|_| "enclosure".to_string())),
            href,
            media_type: best.and_then(|link| link.media_type.clone()),
            title: nonblank(&self.headline).or_else(|| nonblank(&self.caption)),
            rendition: best.and_then(|link| link.rendition.clone()),
        })
    }
}

/// A role a link can carry as its relation: a registered name (but `related`, the default),
/// or a QCode or URI (it has a colon).
fn is_link_relation(role: &str) -> bool {
    role != "related" && (crate::link_relations::is_registered(role) || role.contains(':'))
}

with_setters!(Association {
    some with_role(role: String);
    some with_kind(kind: ItemKind);
    some with_id(id: String);
    some with_headline(headline: String);
    some with_caption(caption: String);
    some with_byline(byline: String);
    some with_credit(credit: String);
    push with_rendition(renditions: Link);
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rendition;

    fn file(href: &str, name: Option<&str>, width: u32, height: u32) -> Link {
        Link {
            rel: Some("enclosure".into()),
            href: href.into(),
            media_type: Some("image/jpeg".into()),
            title: None,
            rendition: Some(Rendition {
                name: name.map(str::to_string),
                width: (width > 0).then_some(width),
                height: (height > 0).then_some(height),
                ..Rendition::default()
            }),
        }
    }

    #[test]
    fn the_best_file_is_the_original_else_the_largest_else_the_first() {
        let mut picture = Association {
            renditions: vec![
                file(" ", Some("original"), 0, 0),
                file("https://p.example/t.jpg", Some("thumbnail"), 120, 80),
                file("https://p.example/w.jpg", Some("web"), 1200, 800),
                file("https://p.example/v.jpg", Some("viewImage"), 800, 1200),
                file("https://p.example/o.jpg", Some("HighRes"), 0, 0),
            ],
            ..Association::default()
        };
        let best = |a: &Association| a.best_rendition().map(|l| l.href.clone());
        assert_eq!(best(&picture).as_deref(), Some("https://p.example/o.jpg"));
        picture.renditions.pop();
        // Two of one size: the first.
        assert_eq!(best(&picture).as_deref(), Some("https://p.example/w.jpg"));
        picture.renditions = vec![
            file("https://p.example/a.jpg", None, 0, 0),
            file("https://p.example/b.jpg", None, 0, 0),
        ];
        assert_eq!(best(&picture).as_deref(), Some("https://p.example/a.jpg"));
        picture.renditions.clear();
        assert_eq!(best(&picture), None);
    }

    #[test]
    fn as_a_link_it_points_at_its_best_file_else_its_id() {
        let mut picture = Association {
            role: Some("featureimage".into()),
            kind: Some(ItemKind::Picture),
            id: Some(" urn:p:1 ".into()),
            headline: Some("  ".into()),
            caption: Some(" Fans in Rome. ".into()),
            byline: Some("Ann Lee".into()),
            credit: Some("dpa".into()),
            renditions: vec![file("https://p.example/w.jpg", Some("web"), 1200, 800)],
        };
        // A provider's word is no link relation: the file is an enclosure.
        let link = picture.as_link();
        assert_eq!(
            link,
            Some(Link {
                rel: Some("enclosure".into()),
                href: "https://p.example/w.jpg".into(),
                media_type: Some("image/jpeg".into()),
                title: Some("Fans in Rome.".into()),
                rendition: Some(Rendition {
                    name: Some("web".into()),
                    width: Some(1200),
                    height: Some(800),
                    ..Rendition::default()
                }),
            })
        );
        // A link relation is the relation; without a role, a file is an enclosure.
        let rel = |picture: &Association| picture.as_link().and_then(|l| l.rel);
        picture.role = Some("irel:seeAlso".into());
        assert_eq!(rel(&picture).as_deref(), Some("irel:seeAlso"));
        picture.role = Some("Preview".into());
        assert_eq!(rel(&picture).as_deref(), Some("Preview"));
        picture.role = None;
        assert_eq!(rel(&picture).as_deref(), Some("enclosure"));
        picture.renditions.clear();
        picture.role = Some("related".into());
        picture.headline = Some("Rome".into());
        assert_eq!(
            picture.as_link(),
            Some(Link {
                rel: None,
                href: "urn:p:1".into(),
                media_type: None,
                title: Some("Rome".into()),
                rendition: None,
            })
        );
        // An id that is no address is no link.
        picture.id = Some("Rome picture 1".into());
        assert_eq!(picture.as_link(), None);
        picture.id = Some(" ".into());
        assert_eq!(picture.as_link(), None);
    }
}
