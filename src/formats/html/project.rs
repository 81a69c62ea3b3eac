//! What the page holds of an article, as a model: newswire reads no HTML page back, so this is
//! what a consumer of the page gets, composed from the two parts it reads.

use crate::Article;
use crate::formats::jsonld;
use crate::formats::printed::body_view;
use crate::xml::html_form;

use super::write::{heading_above, shown};

/// What `article` becomes as a page (see
/// [`fidelity::project`](crate::formats::fidelity::project)): its JSON-LD read back
/// ([`jsonld::project`]), with what the page shows besides as it shows it:
///
/// - `byline`: the byline on one line, without what HTML cannot hold (the page shows the creators' names when there is none,
///   which are the authors already);
/// - `body`: the body as the page shows it, with its markup and figures: in XHTML form, a
///   leading heading that repeats the headline left out, headings raised where they skip a
///   level, the tables' spans as HTML5's table model takes them (the dateline is shown apart,
///   before the body).
///
/// The associated pictures the page shows as figures are the JSON-LD's image objects: the
/// associations as [`jsonld::project`] gives them back.
pub fn project(article: &Article) -> Article {
    let mut page = jsonld::project(article);
    page.byline = shown(article.byline.as_deref());
    let view = body_view(article);
    let above = heading_above(&shown(article.display_headline()));
    page.body = html_form(&view.body, above).into_owned();
    page
}
