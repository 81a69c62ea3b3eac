//! Controlled-vocabulary terms ([`Concept`]) and [`Link`]s.

use serde::{Deserialize, Serialize};

use super::GeoPoint;

/// A term from a vocabulary (a subject or a genre): a scheme and a code, a name, or both.
///
/// G2: `subject`/`genre` with `@qcode` (`medtop:20000350` = scheme `medtop`, code `20000350`) or
/// `@uri`, and `name`. JSON-LD: `about` (Thing with `sameAs`), `genre`. Atom: `category` (`@scheme`,
/// `@term`, `@label`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Concept {
    /// The scheme: a QCode alias (`medtop`) or a scheme URI (`http://cv.iptc.org/newscodes/mediatopic/`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The code within the scheme (`20000350`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// A human-readable name (`central bank`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the concept is when it is an entity, not a topic: a person, an organisation, a
    /// place... (G2 `subject/@type` `cpnat:person`; ninjs `people`, `places`; schema.org
    /// `Person`, `Place` in `about`). `None` for a topic or when the source does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<EntityKind>,
    /// Where a place is (G2 `geoAreaDetails/position` in an `assert`, ninjs `geoJSON`,
    /// schema.org `geo`); writers give it for places and points of interest only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo: Option<GeoPoint>,
    /// The same concept in other vocabularies (G2 `sameAs`: dpa's country `dpacountry:1` is
    /// `iso3166-1a2:DE`; a provider's topic is a Media Topic). Their own relations are not
    /// kept: reading and writing drop them with a warning.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<Concept>,
    /// Wider concepts it belongs to (G2 `broader`: a region's country, a topic's parent).
    /// Their own relations are not kept, as for [`same_as`](Self::same_as).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub broader: Vec<Concept>,
    /// How the content relates to the concept when the source says: `about` or `mentions`
    /// (schema.org's two properties; IPTC's ninjs examples use the same words), or a
    /// provider's own word (ninjs `rel` is free text). `None` when the source does not say;
    /// a subject is then what the content is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// The kinds of entity a [`Concept`] can name, as IPTC's concept natures (`cpnat:`) list them
/// (its `abstract` nature is a topic: no kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person (`cpnat:person`, ninjs `people`, schema.org `Person`).
    Person,
    /// An organisation (`cpnat:organisation`, ninjs `organisations`, schema.org
    /// `Organization`).
    Organisation,
    /// A geographic area: a country, a region, a city (`cpnat:geoArea`, ninjs `places`,
    /// schema.org `Place`).
    Place,
    /// A point of interest: a building, a stadium (`cpnat:poi`; ninjs and schema.org have
    /// only places for it).
    PointOfInterest,
    /// An event (`cpnat:event`, ninjs `events`, schema.org `Event`).
    Event,
    /// An object: a product, a work, a vessel (`cpnat:object`, ninjs `objects`).
    Object,
}

impl EntityKind {
    /// Every kind, in declaration order.
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
        EntityKind::PointOfInterest,
        EntityKind::Event,
        EntityKind::Object,
    ];

    /// The kind in a vocabulary that has places but no points of interest apart from them
    /// (ninjs, NITF, schema.org): a point of interest is a place there.
    pub fn without_points_of_interest(self) -> EntityKind {
        match self {
            EntityKind::PointOfInterest => EntityKind::Place,
            other => other,
        }
    }
}

impl Concept {
    /// A concept known by name only.
    pub fn named(name: impl Into<String>) -> Concept {
        Concept {
            scheme: None,
            code: None,
            name: Some(name.into()),
            kind: None,
            geo: None,
            same_as: Vec::new(),
            broader: Vec::new(),
            role: None,
        }
    }

    /// A coded concept (`Concept::coded("medtop", "20000350")`).
    pub fn coded(scheme: impl Into<String>, code: impl Into<String>) -> Concept {
        Concept {
            scheme: Some(scheme.into()),
            code: Some(code.into()),
            name: None,
            kind: None,
            geo: None,
            same_as: Vec::new(),
            broader: Vec::new(),
            role: None,
        }
    }

    /// The [`role`](Self::role) of a concept the content only mentions.
    pub const MENTIONS: &'static str = "mentions";

    /// True when the content only mentions the concept (its role is `mentions`, in any case).
    pub fn is_mentioned(&self) -> bool {
        self.role
            .as_deref()
            .is_some_and(|role| role.trim().eq_ignore_ascii_case(Concept::MENTIONS))
    }

    /// True when the scheme is a URI (it contains `/`), so that scheme + code is a URI.
    pub fn scheme_is_uri(&self) -> bool {
        self.scheme.as_deref().is_some_and(|s| s.contains('/'))
    }

    /// The concept as a URI when its scheme is one (`scheme` + `code`).
    pub fn uri(&self) -> Option<String> {
        match (&self.scheme, &self.code) {
            (Some(scheme), Some(code)) if self.scheme_is_uri() => Some(format!("{scheme}{code}")),
            _ => None,
        }
    }

    /// The concept as a QCode (`medtop:20000350`) when its scheme is an alias.
    pub fn qcode(&self) -> Option<String> {
        match (&self.scheme, &self.code) {
            (Some(scheme), Some(code)) if !self.scheme_is_uri() => Some(format!("{scheme}:{code}")),
            _ => None,
        }
    }
}

/// A link to a related resource: the story's web page, a picture, a previous version.
///
/// G2: `IM/link` (`@rel`, `@href`, `@contenttype`, `@title`). JSON-LD: `url`, `image`,
/// `associatedMedia`. Atom: `link` (`@rel`, `@href`, `@type`, `@title`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Link {
    /// The relation: an Atom/IANA name (`alternate`, `related`, `enclosure`) or a QCode/URI
    /// (`irel:seeAlso`). None means `related`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rel: Option<String>,
    /// The target URL or URI.
    pub href: String,
    /// The target's media type (`text/html`, `image/jpeg`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// A human-readable title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the target is as a rendition of media (its name, pixel size, byte size and
    /// duration), when the source says: G2 `remoteContent`, ninjs `renditions`, Atom
    /// `link/@length`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rendition: Option<Rendition>,
}

/// The technical facts of a rendition: one file of a picture, video or audio (a thumbnail, a
/// preview, the high-resolution original). Each is as the source gives it, `None` when it does
/// not say.
///
/// G2: `remoteContent` `@rendition`, `@width`, `@height`, `@size`, `@duration` (in
/// `@durationunit`). ninjs: a rendition's name, `width`, `height`, `sizeinbytes` and
/// `duration` (seconds). Atom: `link/@length` (the size).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Rendition {
    /// The rendition's name or role as the source gives it: a QCode (`rnd:highRes`), a word
    /// (`thumbnail`, ninjs's rendition key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The width in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub width: Option<u32>,
    /// The height in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub height: Option<u32>,
    /// The size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// The duration of a video or audio in milliseconds (sources give seconds, with a fraction
    /// or in another unit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
}

impl Link {
    /// A link to `href`, with no relation (`related`), media type, title or rendition.
    pub fn new(href: impl Into<String>) -> Link {
        Link {
            href: href.into(),
            ..Link::default()
        }
    }
}

impl Rendition {
    /// True when the rendition says nothing.
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.width.is_none()
            && self.height.is_none()
            && self.size.is_none()
            && self.duration_ms.is_none()
    }
}

with_setters!(Concept {
    some with_scheme(scheme: String);
    some with_code(code: String);
    some with_name(name: String);
    some with_kind(kind: EntityKind);
    some with_geo(geo: GeoPoint);
    push with_same_as(same_as: Concept);
    push with_broader(broader: Concept);
    some with_role(role: String);
});

with_setters!(Link {
    some with_rel(rel: String);
    some with_media_type(media_type: String);
    some with_title(title: String);
    some with_rendition(rendition: Rendition);
});

with_setters!(Rendition {
    some with_name(name: String);
    some with_width(width: u32);
    some with_height(height: u32);
    some with_size(size: u64);
    some with_duration_ms(duration_ms: u64);
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qcode_and_uri_depend_on_the_scheme_form() {
        let alias = Concept::coded("medtop", "20000350");
        assert_eq!(alias.qcode().as_deref(), Some("medtop:20000350"));
        assert_eq!(alias.uri(), None);
        let uri = Concept::coded("http://cv.iptc.org/newscodes/mediatopic/", "20000350");
        assert_eq!(
            uri.uri().as_deref(),
            Some("http://cv.iptc.org/newscodes/mediatopic/20000350")
        );
        assert_eq!(uri.qcode(), None);
        assert_eq!(Concept::named("sport").qcode(), None);
    }
}
