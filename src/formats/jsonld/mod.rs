//! schema.org `NewsArticle` in JSON-LD: one article is one object, several are an `@graph`.
//!
//! The output uses only the `https://schema.org` context, is pretty-printed, and is safe to paste
//! inside `<script type="application/ld+json">` (`<`, `>`, `&`, U+2028 and U+2029 are escaped in
//! strings). Keys come in a fixed order, `@context`, `@type`, `@id` first. Mapping:
//!
//! | schema.org | from |
//! |---|---|
//! | `@id` | the id as an IRI (same rule as Atom: `urn:newswire:id:` + percent-encoded id when it is not one) |
//! | `identifier` | `id` as given (else [`derived_id`](crate::model::derived_id)) |
//! | `name`, `headline`, `alternativeHeadline`, `description` | `title`, `headline`, `subheadline`, `description` |
//! | `articleBody`, `wordCount` | the printed body (dateline at the head of the lead) in canonical form as plain text, which the reader cuts back into blocks (see `body.rs`); `word_count`, else the body's word count |
//! | `dateline`, `locationCreated` | the dateline text; a `Place` named after the city with a `PostalAddress` (`addressLocality`, `addressRegion`) |
//! | `datePublished`, `dateModified`, `dateCreated` | `published`, `modified`, `created`, always with an offset (`Z` when the source gave none) |
//! | `inLanguage`, `keywords` | `language`, keywords (an array) |
//! | `about` | subjects as `Thing`s: `name`, `sameAs` (the concept URI; IPTC aliases such as `medtop` expanded), else `identifier` (the QCode) |
//! | `genre` | genre names, else their URIs or QCodes |
//! | `author`, `contributor` | `Person`s: `name`, `jobTitle`, `url` (an http(s) id) or `identifier` (another id) |
//! | `publisher`, `sourceOrganization`, `copyrightHolder` | provider; sources then dateline agencies (deduplicated); rights holder: `Organization`s |
//! | `creditText`, `copyrightNotice`, `usageInfo` | credit line, copyright notice, usage terms (a URL, or a `CreativeWork` with `text`) |
//! | `version`, `creativeWorkStatus` | version as text; `withheld`/`canceled` when not usable |
//! | `url`, `image`, `associatedMedia`, `isBasedOn` | links: `alternate`; `image/*` (`ImageObject`); video, audio and enclosures (`VideoObject`, `AudioObject`, `MediaObject`); `via` |
//!
//! Not carried (schema.org has no place, or only through a `Role` node): item kind, slugline,
//! byline text, author roles, the dateline date and agency services, priority, urgency, embargo,
//! editorial notes, body markup, other link relations (related, previous versions), extensions.

mod body;
mod read;
mod write;

pub(crate) use read::read_input;
pub use read::{project, read, read_with};
pub use write::write;

/// Whether this version reads the format.
pub(crate) const CAN_READ: bool = true;

/// Whether this version writes the format.
pub(crate) const CAN_WRITE: bool = true;

#[cfg(test)]
mod tests;
