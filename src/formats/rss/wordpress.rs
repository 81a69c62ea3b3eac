//! What WordPress exports hold that RSS does not: raw post content (paragraphs as blank lines,
//! shortcodes), post types and statuses, authors by login, attachments.

use crate::html::html_body;
use crate::model::{Block, PubStatus};

/// Post types that are not articles: attachments (pictures, files), pages, menus, revisions
/// and the block editor's own records. Any other type (`post`, a site's `article`) is one.
const NOT_ARTICLES: [&str; 16] = [
    "attachment",
    "page",
    "nav_menu_item",
    "revision",
    "custom_css",
    "customize_changeset",
    "oembed_cache",
    "user_request",
    "wp_block",
    "wp_template",
    "wp_template_part",
    "wp_global_styles",
    "wp_navigation",
    "wp_font_family",
    "wp_font_face",
    "wpcf7_contact_form",
];

/// Whether a post of this type is an article.
pub(crate) fn is_article(post_type: &str) -> bool {
    !NOT_ARTICLES.contains(&post_type.trim().to_ascii_lowercase().as_str())
}

/// What a post's `wp:status` says: the status, and whether the post date is a scheduled
/// publication (an embargo).
pub(crate) fn status(status: &str) -> (PubStatus, bool) {
    match status.trim().to_ascii_lowercase().as_str() {
        "draft" | "pending" | "private" | "auto-draft" => (PubStatus::Withheld, false),
        "trash" => (PubStatus::Canceled, false),
        // Scheduled: withheld until the post date, which is its embargo.
        "future" => (PubStatus::Withheld, true),
        _ => (PubStatus::Usable, false),
    }
}

/// WordPress writes "no date" as the year zero (`0000-00-00 00:00:00`, `-0001` in `pubDate`).
pub(crate) fn is_zero_date(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("0000-00-00") || text.contains(" -0001 ")
}

/// The text of a field WordPress shows as HTML (a title, an excerpt, an attachment's caption);
/// `None` when it has none.
pub(crate) fn html_text(html: &str) -> Option<String> {
    let text = Block::text_of(&html_body(html));
    (!text.trim().is_empty()).then_some(text)
}

/// A term's name (`category`): WordPress escapes term names as HTML, inside CDATA too
/// (`Secrets &amp; Lies`).
pub(crate) fn term_name(text: String) -> String {
    if text.contains('&') {
        Block::text_of(&html_body(&text))
    } else {
        text
    }
}

/// Post content as HTML: shortcodes taken out, then paragraphs made as WordPress makes them
/// when it shows a post (`wpautop`).
pub(super) fn content_html(content: &str) -> String {
    autop(&strip_shortcodes(content))
}

/// Shortcodes whose content is a URL or settings, not text.
const OPAQUE: [&str; 5] = ["embed", "video", "audio", "playlist", "gallery"];

/// Takes out shortcodes (`[contact_form]`, `[dropcap]M[/dropcap]`), keeping the text they
/// wrap (except inside `embed`, `video`, `audio`, `playlist` and `gallery`); a
/// `[caption]…[/caption]` around a picture becomes the `figure` WordPress renders for it
/// ([`caption_figure`]). A bracketed word that is not plainly a shortcode
/// (`[sic]`, `[1]`) is text: a shortcode has attributes, a `_` or `-` in its name, a closing
/// tag, or a well-known name.
pub(super) fn strip_shortcodes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut opaque_depth = 0usize;
    while let Some(start) = rest.find('[') {
        let (before, from) = rest.split_at(start);
        if opaque_depth == 0 {
            out.push_str(before);
        }
        match shortcode(from, text) {
            Some(tag) if tag.name == "caption" && !tag.closing && opaque_depth == 0 => {
                let inner = from.get(tag.len..).unwrap_or("");
                let close = inner.to_ascii_lowercase().find("[/caption]");
                match close.and_then(|end| Some((inner.get(..end)?, inner.get(end + 10..)?))) {
                    Some((inside, after)) => {
                        out.push_str(&caption_figure(inside, &tag.attributes));
                        rest = after;
                    }
                    None => rest = inner,
                }
            }
            Some(tag) => {
                if OPAQUE.contains(&tag.name.as_str()) && !tag.self_closing {
                    if tag.closing {
                        opaque_depth = opaque_depth.saturating_sub(1);
                    } else if has_closing(from, &tag.name) {
                        opaque_depth += 1;
                    }
                }
                rest = from.get(tag.len..).unwrap_or("");
            }
            None => {
                if opaque_depth == 0 {
                    out.push('[');
                }
                rest = from.get(1..).unwrap_or("");
            }
        }
    }
    if opaque_depth == 0 {
        out.push_str(rest);
    }
    out
}

struct Tag {
    name: String,
    /// What follows the name inside the brackets (`id="a" caption="…"`).
    attributes: String,
    closing: bool,
    self_closing: bool,
    len: usize,
}

/// The shortcode tag at the start of `from` (which starts with `[`), if it is one.
fn shortcode(from: &str, whole: &str) -> Option<Tag> {
    let end = from.find(']')?;
    let inner = from.get(1..end)?;
    if inner.contains(['[', '\n']) {
        return None;
    }
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let (inner, self_closing) = match inner.strip_suffix('/') {
        Some(rest) => (rest.trim_end(), true),
        None => (inner, false),
    };
    let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
    let (name, attributes) = inner.split_at(name_end);
    let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    if !valid {
        return None;
    }
    let name = name.to_ascii_lowercase();
    const KNOWN: [&str; 8] = [
        "caption", "embed", "video", "audio", "playlist", "gallery", "dropcap", "button",
    ];
    let plainly = closing
        || !attributes.trim().is_empty()
        || name.contains(['_', '-'])
        || KNOWN.contains(&name.as_str())
        || has_closing(whole, &name);
    plainly.then(|| Tag {
        name,
        attributes: attributes.to_string(),
        closing,
        self_closing,
        len: end + 1,
    })
}

/// `[caption]…[/caption]` as the figure WordPress renders: the picture (an `img`, or a link
/// around one) then the caption, the text after the picture or (in the old form) the
/// `caption="…"` attribute, in a `figcaption`. Without a picture first, only the text is kept.
fn caption_figure(inside: &str, attributes: &str) -> String {
    let inside = inside.trim_start();
    let lower = inside.to_ascii_lowercase();
    let media_end = if lower.starts_with("<a") {
        lower.find("</a>").map(|end| end + 4)
    } else if lower.starts_with("<img") {
        lower.find('>').map(|end| end + 1)
    } else {
        None
    };
    let Some((media, text)) =
        media_end.and_then(|end| Some((inside.get(..end)?, inside.get(end..)?)))
    else {
        return strip_shortcodes(inside);
    };
    let text = caption_attribute(attributes).unwrap_or(text);
    format!(
        "<figure>{media}<figcaption>{}</figcaption></figure>",
        strip_shortcodes(text.trim())
    )
}

/// The old `[caption]` form's `caption="…"` attribute.
fn caption_attribute(attributes: &str) -> Option<&str> {
    let start = attributes.find("caption=\"")? + "caption=\"".len();
    let value = attributes.get(start..)?;
    value.get(..value.find('"')?)
}

fn has_closing(text: &str, name: &str) -> bool {
    text.to_ascii_lowercase().contains(&format!("[/{name}]"))
}

/// `wpautop`: blank lines separate paragraphs and a single line break is a `<br>`, except
/// around and inside block-level elements; `<pre>` is left alone.
pub(super) fn autop(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let spaced = space_blocks(&text);
    let mut out = String::with_capacity(spaced.len() + 64);
    let mut pending_pre: Option<String> = None;
    for chunk in split_blank_lines(&spaced) {
        if let Some(pre) = pending_pre.as_mut() {
            pre.push_str("\n\n");
            pre.push_str(&chunk);
            if chunk.to_ascii_lowercase().contains("</pre>")
                && let Some(done) = pending_pre.take()
            {
                out.push_str(&done);
                out.push('\n');
            }
            continue;
        }
        let chunk = chunk.trim();
        if chunk.is_empty() {
            continue;
        }
        let lower = chunk.to_ascii_lowercase();
        if lower.starts_with("<pre") && !lower.contains("</pre>") {
            pending_pre = Some(chunk.to_string());
            continue;
        }
        if starts_with_block(chunk) {
            out.push_str(chunk);
        } else {
            out.push_str("<p>");
            out.push_str(&chunk.replace('\n', "<br />\n"));
            out.push_str("</p>");
        }
        out.push('\n');
    }
    if let Some(pre) = pending_pre {
        out.push_str(&pre);
    }
    out
}

/// The text with a blank line before every block-level start tag and after every block-level
/// end tag, so that splitting at blank lines leaves them out of paragraphs.
fn space_blocks(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let Some(end) = from.find('>') else {
            out.push_str(from);
            return out;
        };
        let tag = from.get(..=end).unwrap_or(from);
        match block_tag(tag) {
            Some(false) => {
                out.push_str("\n\n");
                out.push_str(tag);
            }
            Some(true) => {
                out.push_str(tag);
                out.push_str("\n\n");
            }
            None => out.push_str(tag),
        }
        rest = from.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// `Some(closing)` when `tag` (`<…>`) is a block-level start or end tag.
fn block_tag(tag: &str) -> Option<bool> {
    let inner = tag.strip_prefix('<')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name: String = inner
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    // WordPress's list has the table rows and head too.
    (crate::html::BLOCK_ELEMENTS.contains(&name.as_str())
        || matches!(name.as_str(), "tr" | "thead"))
    .then_some(closing)
}

fn starts_with_block(chunk: &str) -> bool {
    let end = chunk.find('>').map_or(chunk.len(), |i| i + 1);
    chunk.get(..end).and_then(block_tag).is_some()
}

/// The text cut at blank lines (lines holding only whitespace count as blank).
fn split_blank_lines(text: &str) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        if line.trim().is_empty() {
            if !current.is_empty() {
                chunks.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        chunks.push(current.join("\n"));
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcodes_go_and_their_text_stays() {
        assert_eq!(
            strip_shortcodes("[dropcap]M[/dropcap]ysterium [contact_form] ok"),
            "Mysterium  ok"
        );
        assert_eq!(
            strip_shortcodes("[caption id=\"a\" align=\"x\"]<img src=x> Pic[/caption] after"),
            "<figure><img src=x><figcaption>Pic</figcaption></figure> after"
        );
        assert_eq!(
            strip_shortcodes(
                "[caption id=\"a\" caption=\"Old form\"]<a href=y><img src=x /></a>[/caption]"
            ),
            "<figure><a href=y><img src=x /></a><figcaption>Old form</figcaption></figure>"
        );
        assert_eq!(
            strip_shortcodes("[caption]No picture[/caption] [caption]<img src=x> open"),
            "No picture <img src=x> open"
        );
        assert_eq!(
            strip_shortcodes("see [embed]https://youtu.be/x[/embed] and [sic] [1]"),
            "see  and [sic] [1]"
        );
        assert_eq!(strip_shortcodes("[gallery ids=\"1,2\"] x"), " x");
        assert_eq!(strip_shortcodes("a [b"), "a [b");
    }

    #[test]
    fn autop_makes_paragraphs_and_line_breaks() {
        let html = autop(
            "<strong>Lead</strong>\n\nSecond line one\nline two\n<h2>Head</h2>\nAfter head\n<ul>\n <li>x</li>\n</ul>\n<pre>a\n\nb</pre>\n\nEnd",
        );
        assert_eq!(
            html,
            "<p><strong>Lead</strong></p>\n<p>Second line one<br />\nline two</p>\n<h2>Head</h2>\n<p>After head</p>\n<ul>\n<li>x</li>\n</ul>\n<pre>a\n\nb</pre>\n<p>End</p>\n"
        );
    }

    /// WordPress's list of blocks has table rows and heads: a table's rows are not wrapped in
    /// paragraphs (issue #24: the WXR writer's tables read back).
    #[test]
    fn autop_leaves_table_rows_alone() {
        assert_eq!(
            autop(
                "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr><td>b</td></tr>\n</tbody>\n</table>"
            ),
            "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>\n"
        );
    }

    #[test]
    fn statuses_and_types() {
        assert!(is_article("post"));
        assert!(is_article("article"));
        assert!(!is_article("attachment"));
        assert!(!is_article("Page"));
        assert_eq!(status("publish"), (PubStatus::Usable, false));
        assert_eq!(status("draft"), (PubStatus::Withheld, false));
        assert_eq!(status("future"), (PubStatus::Withheld, true));
        assert_eq!(status("trash"), (PubStatus::Canceled, false));
        assert!(is_zero_date("0000-00-00 00:00:00"));
        assert!(is_zero_date("Mon, 30 Nov -0001 00:00:00 +0000"));
    }
}
