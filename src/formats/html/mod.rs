//! An HTML article page (write only): one self-contained, valid HTML5 document per article, the
//! last step of a publishing system. The page runs nothing and loads nothing but pictures: its
//! one `script` element is the schema.org JSON-LD (data, which no browser runs), and a
//! Content-Security-Policy in a `meta` forbids every script, style, frame, form target and
//! `<base>` ([`write::CSP`]). Whatever the article holds, no script, event handler or
//! `javascript:` URL can come out: every text is escaped, every link and picture address went
//! through the readers' safety pass, and the JSON-LD's strings escape `<`, `>` and `&`.
//!
//! | page | from |
//! |---|---|
//! | `<html lang>` | `language`, its longest start whose every subtag the IANA registry lists (see `lang.rs`); no `lang` when the language subtag is unknown, none when the article has no language (never made up) |
//! | `<html dir>` | `rtl` or `ltr`: the script the language tag names (`az-Arab`), else `rtl` for a language written right to left (`ar`, `he`, `fa`, `ur`...), else the direction of the first letter of the headline, title, subheadline, description or body |
//! | `<meta charset>`, `<meta http-equiv="Content-Security-Policy">` | always: UTF-8, and `default-src 'none'; img-src 'self' https: http:; base-uri 'none'; form-action 'none'` |
//! | `<title>` | `headline`, else `title`, else the first other headline, else `description`, else the body's first text (those two cut after 100 characters at a space), else the id (else the derived one): HTML requires a title that is not blank |
//! | `<link rel="canonical">`, `og:url` | the first `alternate` link that is an absolute http(s) URL |
//! | `<meta name="description">`, `og:description`, `twitter:description` | `description`, on one line |
//! | `<meta name="robots" content="noindex">` | a publication status other than usable (withheld, canceled) |
//! | `og:type`, `og:title`, `twitter:title` | `article`; `headline` (else `title`), on one line |
//! | `og:image`, `twitter:image`, `twitter:card` | the first associated picture's file, else the first `image/*` link, else the body's first picture, that is an absolute http(s) URL; `summary_large_image` with one, else `summary` |
//! | `og:site_name` | the provider's name |
//! | `article:published_time`, `article:modified_time` | `published`, `modified` (as JSON-LD writes them) |
//! | `article:author`, `article:section`, `article:tag` | the creators' names; the first section's name (else code); each keyword |
//! | `<script type="application/ld+json">` | the article exactly as the `jsonld` writer writes it (the same bytes): a `NewsArticle` |
//! | `<article><header>` | `h1`: `headline` (else `title`); `p.subheadline`; `p.standfirst`: `description`; `p.byline`: `byline`, else the creators' names (`, ` apart); `p.dateline`: the dateline text; `p.published`, `p.modified`: `time` elements (`datetime` to the millisecond, with the offset the source gave, without one when it gave none) |
//! | a `figure` after the header | a picture item's (kind `picture`) first `enclosure` link to an `image/*` file, its headline the alternative text |
//! | `<div class="body">` | the body in XHTML form (as the G2 and Atom writers write it, a leading heading that repeats the headline left out), in HTML5: `p`, `h1`-`h6` (a heading more than one level below the one before it, the headline's `h1` first, raised to the next level: HTML's checkers refuse skipped levels), `blockquote`, `div.aside`, `ul`/`ol`, `pre`, `table` (`thead`, `tbody`, `tfoot`; spans HTML5's table model refuses cut back), `figure` with `img` (or a link for a file that is no image) and `figcaption` (caption, then the credit in `small`), `em`, `strong`, `sup`, `sub`, `a`, `br` |
//! | `<figure>` after the body | each associated picture the JSON-LD writes: its best file, headline (`alt`), caption, and credit (else byline) |
//! | `<article><footer>` | `p.credit`: the credit line; `p.copyright`: the copyright notice |
//!
//! Text is written as HTML's parser reads it without an error: a carriage return is a line
//! feed, and what HTML cannot carry (DEL, C1 controls, noncharacters) is left out of the page
//! (the JSON-LD writes it as `\u` escapes). Addresses are written as valid URLs (spaces and
//! other characters a URL cannot hold percent-encoded).
//!
//! What the page keeps of the model is what its JSON-LD keeps (the `jsonld` column of the
//! fidelity table), and besides, shown on the page: the byline, the body's markup and its
//! figures with their captions and credits, associated pictures as figures. Not written
//! (neither shown nor in the JSON-LD): item kind, other headlines, slugline, author roles,
//! services, priority, urgency, embargo, editorial notes (not for publication), extensions.
//! newswire does not read HTML pages back: the page is no round-trip format.

mod lang;
mod project;
mod write;

#[cfg(test)]
mod tests;

pub use project::project;

use crate::formats::fidelity::{Carry, Field};
use crate::formats::{Descriptor, Sniff, Writer, Writing, jsonld};
use crate::{Article, Error, Format};

/// Writes one article as an HTML5 page: [`formats::write`](crate::formats::write) for this
/// format.
pub fn write(article: &Article) -> Result<Vec<u8>, Error> {
    crate::formats::write(std::slice::from_ref(article), Format::Html)
}

/// The format's descriptor: its entry in the registry (`formats/mod.rs`).
pub(crate) const DESCRIPTOR: Descriptor = Descriptor {
    format: Format::Html,
    name: "html",
    aliases: &["htm", "page"],
    description: "HTML5 article page with its schema.org JSON-LD",
    extensions: &["html", "htm"],
    named_by: &[],
    sniff: Sniff::Never,
    read: None,
    stream: None,
    write: Some(Writing {
        writer: Writer::One(write::write_page),
        carries,
        project,
        // The page embeds the JSON-LD writer's output for the same article.
        writes_association: jsonld::writes_association,
        offset_recommended: true,
        required_time: None,
    }),
    requires: &[],
};

/// What the page keeps of each field: what its JSON-LD keeps, and what the page shows besides.
fn carries(field: Field) -> Carry {
    use Carry::{Full, Partial};
    use Field::*;
    match field {
        Byline | Figures => Full,
        BodyMarkup => Partial(
            "shown in XHTML form: a heading at the body's head that repeats the headline is not repeated, a heading more than one level below the one before it (the headline's h1 first) is raised to the next level, and table cell spans HTML5's table model refuses (past the row group, over a cell above, across columns no cell starts in) are cut back",
        ),
        Associations => Partial(
            "in the JSON-LD as the jsonld writer writes them (a picture, video or recording with a caption, credit or byline and a file at an IRI as a media object, any other as a link); the pictures among them are also shown as figures (best file, headline as the alternative text, caption, credit else byline)",
        ),
        other => jsonld::carries(other),
    }
}
