//! The article model: the hub every format reads into and writes from.
//!
//! Formats never talk to each other. A reader turns its input into [`Article`]s; a writer turns
//! articles into its output. Each field says where it lives in each format, so this module is also
//! the mapping table (abbreviations: G2 `IM` = `itemMeta`, `CM` = `contentMeta`, `RI` =
//! `rightsInfo`; JSON-LD names are properties of the `NewsArticle` node; Atom paths are relative to
//! `entry`).
//!
//! The serde form of the model is newswire's own format, [`Format::Json`](crate::Format::Json):
//! snake_case names, absent and empty fields omitted, timestamps as RFC 3339 strings, body blocks
//! tagged by `"type"`.
//!
//! Every struct here is built one way: start from a constructor or `Default`, then chain
//! `with_*` setters (or set the public fields). The structs are `#[non_exhaustive]`, so that a
//! field added later breaks no caller, which is why they take no struct literal outside the
//! crate:
//!
//! ```
//! use newswire::model::{Article, Author, Block, Concept};
//!
//! let article = Article::default()
//!     .with_headline("Rates held at 4%")
//!     .with_language("en")
//!     .with_author(Author::named("Jane Doe").with_job_title("Economics editor"))
//!     .with_subject(Concept::coded("medtop", "20000350"))
//!     .with_block(Block::paragraph("The bank held its rate."));
//! assert_eq!(article.display_headline(), Some("Rates held at 4%"));
//! assert_eq!(article.authors[0].job_title.as_deref(), Some("Economics editor"));
//! ```

/// Chainable setters for a model struct, one per field named: `some` sets an `Option` field to
/// the value, `set` sets a field, `push` adds one value to a list field.
macro_rules! with_setters {
    ($type:ty { $($how:ident $method:ident($field:ident: $value:ty);)* }) => {
        impl $type {
            $(with_setters!(@$how $method $field $value);)*
        }
    };
    (@some $method:ident $field:ident $value:ty) => {
        #[doc = concat!("This with [`", stringify!($field), "`](Self::", stringify!($field), ") set.")]
        #[must_use]
        pub fn $method(mut self, value: impl Into<$value>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
    (@set $method:ident $field:ident $value:ty) => {
        #[doc = concat!("This with [`", stringify!($field), "`](Self::", stringify!($field), ") set.")]
        #[must_use]
        pub fn $method(mut self, value: impl Into<$value>) -> Self {
            self.$field = value.into();
            self
        }
    };
    (@push $method:ident $field:ident $value:ty) => {
        #[doc = concat!("This with one more of [`", stringify!($field), "`](Self::", stringify!($field), ").")]
        #[must_use]
        pub fn $method(mut self, value: impl Into<$value>) -> Self {
            self.$field.push(value.into());
            self
        }
    };
}

mod article;
mod association;
mod body;
mod dateline;
mod figure;
mod geo;
mod identity;
mod party;
mod roled;
mod table;
mod terms;
mod time;
mod warning;
mod writable;

pub use article::{Article, ItemKind, PubStatus, Rights};
pub(crate) use article::{printed_body, text_starts_with};
pub use association::Association;
pub(crate) use body::canonical_table;
pub use body::{
    ASIDE_CLASS, Block, Inline, MAX_NESTING, canonical_aside_kind, canonical_body,
    canonical_inlines,
};
pub(crate) use body::{flatten_nesting, into_canonical_body, is_single_spaced, nests_too_deep};
pub use dateline::{Agency, Dateline};
pub use figure::{Figure, canonical_figure};
pub use geo::GeoPoint;
pub use identity::derived_id;
pub use party::{Author, AuthorKind, Party};
pub use roled::RoledText;
pub use table::{MAX_SPAN, RowPart, TableCell, TableRow};
pub(crate) use table::{table_inlines, table_inlines_mut};
pub use terms::{Concept, EntityKind, Link, Rendition};
pub use time::{PartialDate, Timestamp};
pub use warning::Warning;
