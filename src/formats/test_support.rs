//! Builders the format modules' unit tests share.

use crate::model::Link;

/// A link with a relation and a media type, and no title.
pub(crate) fn link(rel: Option<&str>, href: &str, media_type: Option<&str>) -> Link {
    Link {
        rel: rel.map(str::to_string),
        href: href.into(),
        media_type: media_type.map(str::to_string),
        title: None,
        rendition: None,
    }
}
