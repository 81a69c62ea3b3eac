//! The head of an NITF rendition, as the readers of NITF bodies (standard and TT's dialect) give
//! it to the item.

use crate::model::Dateline;

/// What an NITF rendition's head says: headline (else its title), sub-headline, abstract,
/// byline and dateline.
#[derive(Debug, Default)]
pub(super) struct NitfHead {
    pub headline: Option<String>,
    pub subheadline: Option<String>,
    pub abstract_text: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<Dateline>,
}
