//! The `NewsComponent` tree: which components are stories, which are parts of a story, which are
//! media.
//!
//! * A **story** component has a headline in its `NewsLines` and text of its own or in its
//!   parts (not counting title and caption parts). A component with several story children
//!   (Belga's language versions) gives one article per child; with one, the story is read from
//!   that child; with none, the component itself is the story. Components without a headline
//!   that hold stories further down are wrappers: the stories are searched through them, at any
//!   depth, and inherit what they say.
//! * A **part** has no headline of its own, or has one and references no file: its news lines
//!   and metadata join the story's, and its content joins by its `Role` (`Title` is the headline
//!   when `NewsLines` has none, `Lead` opens the body, `Abstract` or `Summary` is the
//!   description, `Caption` a picture's or video's description, `Contact` an editorial note,
//!   `TweetText` a description with its role, a style sheet nothing, `Main`, `Body` and anything
//!   else the body, with a warning for a role newswire does not know).
//! * A **media** component (a picture or video with its own headline and a file) is an
//!   associated item: its role, kind, headline, caption (a `Caption` part's text), byline,
//!   credit and files; so is a `Logo` part. A part whose content item only references a file is
//!   an `enclosure` link of the story.
//!
//! Metadata is inherited down the tree: a story reads its ancestors' metadata, then its own.

use super::content::{self, Content};
use super::draft::Draft;
use super::{formal_name, metadata};
use crate::formats::budget;
use crate::model::{Association, ItemKind, Link, RoledText};
use crate::xml::Element;

/// The stories under `component`, each with what it inherited, pushed to `out` (one list for
/// the whole tree: a story many wrappers deep is moved once, not once for each wrapper).
pub(super) fn stories(component: &Element<'_>, inherited: Draft, out: &mut Vec<Draft>) {
    let mut draft = inherited;
    metadata::apply(&mut draft, component);
    if let Some(role) = role(component) {
        draft.role = Some(role);
    }
    if let Some(duid) = component.attr_nonblank("Duid") {
        draft.duid = Some(duid.to_string());
    }
    let children: Vec<&Element<'_>> = component.elements_named("NewsComponent").collect();
    let (stories, others): (Vec<&Element<'_>>, Vec<&Element<'_>>) =
        children.into_iter().partition(|c| holds_story(c));
    if stories.is_empty() {
        gather(&mut draft, component);
        out.push(draft);
        return;
    }
    let mut links = Vec::new();
    for item in component.elements_named("ContentItem") {
        if let Some(Content::Media(link)) = content::content_item(&mut draft, item) {
            links.push(link);
        }
    }
    let items: Vec<Association> = others.iter().filter_map(|c| media(&mut draft, c)).collect();
    let first = out.len();
    each_with(&stories, draft, out, self::stories);
    if links.is_empty() && items.is_empty() {
        return;
    }
    // The component's media go to each story: the copies after the first count against
    // Limits::repeated_bytes.
    let bytes: usize = links.iter().map(link_bytes).sum::<usize>()
        + items.iter().map(association_bytes).sum::<usize>();
    for (i, story) in out.iter_mut().skip(first).enumerate() {
        if i > 0 && !budget::repeat(bytes) {
            break;
        }
        for link in &links {
            story.link(link.clone());
        }
        for item in &items {
            story.association(item.clone());
        }
    }
}

/// What `read` gives for each of `components`, pushed to `out`, each read with a copy of
/// `draft` (the last with `draft` itself): what a container passes on to the components in it.
/// The copies after the first count against [`Limits::repeated_bytes`](crate::formats::Limits):
/// a component's metadata (or text) must not be copied into ten thousand components in it.
pub(super) fn each_with(
    components: &[&Element<'_>],
    mut draft: Draft,
    out: &mut Vec<Draft>,
    read: impl Fn(&Element<'_>, Draft, &mut Vec<Draft>),
) {
    // The draft's bytes, counted once and only when a copy is charged.
    let mut bytes = None;
    for (i, component) in components.iter().enumerate() {
        let inherited = if i + 1 == components.len() {
            std::mem::take(&mut draft)
        } else {
            if i > 0 && !budget::repeat(*bytes.get_or_insert_with(|| draft.bytes())) {
                break;
            }
            draft.clone()
        };
        read(component, inherited, out);
    }
}

/// The bytes of an associated item's text.
fn association_bytes(item: &Association) -> usize {
    [
        &item.role,
        &item.headline,
        &item.caption,
        &item.byline,
        &item.credit,
    ]
    .into_iter()
    .flatten()
    .map(String::len)
    .sum::<usize>()
        + item.renditions.iter().map(link_bytes).sum::<usize>()
}

/// The bytes of a link's text.
fn link_bytes(link: &crate::model::Link) -> usize {
    [&link.rel, &link.media_type, &link.title]
        .into_iter()
        .flatten()
        .map(String::len)
        .sum::<usize>()
        + link.href.len()
}

/// A component's role, lower case.
fn role(component: &Element<'_>) -> Option<String> {
    component
        .child("Role")
        .and_then(formal_name)
        .map(|r| r.to_ascii_lowercase())
}

fn has_headline(component: &Element<'_>) -> bool {
    content::headline_of(component).is_some()
}

fn is_story(component: &Element<'_>) -> bool {
    has_headline(component) && story_text(component)
}

/// Whether a component is a story or a wrapper with stories somewhere under it (a package's
/// story can be three components deep). A component with a headline of its own is no wrapper:
/// what is under it is its parts and media.
fn holds_story(component: &Element<'_>) -> bool {
    is_story(component)
        || (!has_headline(component)
            && component
                .elements_named("NewsComponent")
                .any(|c| holds_story(c)))
}

/// Whether a component or one of its parts references a file: what makes a component with a
/// headline and no text media rather than a story part.
fn references_file(component: &Element<'_>) -> bool {
    component
        .elements_named("ContentItem")
        .any(|item| !content::has_data(item) && item.attr_nonblank("Href").is_some())
        || component
            .elements_named("NewsComponent")
            .any(|c| references_file(c))
}

/// Whether a component holds story text: inline content of its own or in its parts, other than
/// a title or caption.
fn story_text(component: &Element<'_>) -> bool {
    let incidental = role(component).is_some_and(|r| matches!(r.as_str(), "title" | "caption"));
    if incidental {
        return false;
    }
    component
        .elements_named("ContentItem")
        .any(content::has_data)
        || component
            .elements_named("NewsComponent")
            .any(|c| !has_headline(c) && story_text(c))
}

/// The story's own content items and its parts.
fn gather(draft: &mut Draft, component: &Element<'_>) {
    let role = role(component);
    content_items(draft, component, role.as_deref(), false);
    for child in component.elements_named("NewsComponent") {
        part(draft, child);
    }
}

/// A child of the story: a media component (its own headline and a file), or a part, whose
/// news lines and metadata join the story's as its content does (a part's values replace the
/// story's, as a deeper component's do).
fn part(draft: &mut Draft, part: &Element<'_>) {
    let role = role(part);
    // A release's logo is a picture of its own too, its files the renditions.
    let own_item = has_headline(part) || role.as_deref() == Some("logo");
    if own_item && references_file(part) {
        if let Some(item) = media(draft, part) {
            draft.association(item);
        }
        return;
    }
    metadata::apply(draft, part);
    content_items(draft, part, role.as_deref(), true);
    for child in part.elements_named("NewsComponent") {
        self::part(draft, child);
    }
}

/// A component's content items, joining the story by `role` (`part`: the component is a part
/// of the story, not the story itself). The first content item's media type is the story's,
/// but for a part that only titles, describes, captions or annotates it (AFP's photo item
/// holds its caption's text before the photo). Style sheets and scripts are left out with a
/// warning.
fn content_items(draft: &mut Draft, component: &Element<'_>, role: Option<&str>, part: bool) {
    let describes = matches!(
        role,
        Some(
            "title"
                | "headline"
                | "caption"
                | "abstract"
                | "summary"
                | "description"
                | "teaser"
                | "contact"
                | "contacts"
                | "contactinfo"
                | "tweet"
                | "tweettext"
        )
    );
    let given_role = component.child("Role").and_then(formal_name);
    for item in component.elements_named("ContentItem") {
        if presentation(role, item) {
            let what = given_role.as_deref().map_or("a style sheet", str::trim);
            draft.warn("body", "presentation, not text: left out", what);
            continue;
        }
        if draft.media_type.is_none() && !describes {
            draft.media_type = item.child("MediaType").and_then(formal_name);
        }
        match content::content_item(draft, item) {
            Some(Content::Blocks(blocks)) => text(draft, given_role.as_deref(), part, blocks),
            Some(Content::Nitf(article)) => match draft.nitf {
                None => draft.nitf = Some(article),
                Some(_) => draft.body.extend(article.body),
            },
            Some(Content::Media(link)) => draft.link(link),
            None => {}
        }
    }
}

/// Whether a content item is a style sheet or script (by its component's role, its media type
/// or its format name): how to show the story, not what it says.
fn presentation(role: Option<&str>, item: &Element<'_>) -> bool {
    let named = |child: &str| {
        item.child(child)
            .and_then(formal_name)
            .map(|n| n.trim().to_ascii_lowercase())
    };
    matches!(role, Some("stylesheet" | "style" | "script"))
        || named("MimeType").is_some_and(|m| {
            matches!(
                m.as_str(),
                "text/css" | "text/javascript" | "application/javascript"
            )
        })
        || named("Format").is_some_and(|f| matches!(f.as_str(), "css" | "javascript"))
}

/// Text joins the story by the role of its component (as given; compared in any case): the
/// story's roles make the body, title, caption and description; a contact block is an
/// editorial note and a tweet text a description, each with its role. A story's own role
/// (`Main`, Belga's `Short`) names the story, so its text is the body; a part's text of a role
/// newswire does not know is added to the body with a warning.
fn text(draft: &mut Draft, given_role: Option<&str>, part: bool, blocks: Vec<crate::model::Block>) {
    let given = given_role.map(str::trim).unwrap_or("");
    let as_text = |blocks: &[crate::model::Block]| {
        crate::xml::paragraphs(&crate::model::Block::text_of(blocks))
    };
    match given.to_ascii_lowercase().as_str() {
        "title" | "headline" => {
            if draft.title_part.is_none() {
                draft.title_part = content::one_line(&blocks);
            }
        }
        "caption" => {
            if draft.caption.is_none() {
                draft.caption = as_text(&blocks);
            }
        }
        "abstract" | "summary" | "description" | "teaser" => {
            if draft.article.description.is_none() {
                draft.article.description = as_text(&blocks);
            }
        }
        "lead" => draft.lead.extend(blocks),
        "contact" | "contacts" | "contactinfo" => {
            if let Some(text) = as_text(&blocks) {
                Draft::add(
                    &mut draft.article.editorial_notes,
                    RoledText::with_role(text, given),
                );
            }
        }
        "tweet" | "tweettext" => {
            if let Some(text) = as_text(&blocks) {
                Draft::add(
                    &mut draft.article.descriptions,
                    RoledText::with_role(text, given),
                );
            }
        }
        "" | "main" | "body" | "text" | "story" | "content" | "article" => {
            draft.body.extend(blocks);
        }
        _ if !part => draft.body.extend(blocks),
        _ => {
            draft.warn(
                "body",
                "a component of a role newswire does not know: its text is added to the body",
                given,
            );
            draft.body.extend(blocks);
        }
    }
}

/// A media component (or any component that is not a story) as the associated item it is:
/// its `Role` (as given), its kind (named by the role, else by the first file's `MediaType`,
/// else by its media type), its `NewsLines` headline, byline and credit line, the text of its
/// `Caption` part and the files it and its parts reference. `None` when it references no file.
fn media(draft: &mut Draft, component: &Element<'_>) -> Option<Association> {
    let mut files = Vec::new();
    let mut media_type = None;
    collect_media(draft, component, &mut files, &mut media_type);
    if files.is_empty() {
        return None;
    }
    let role = component.child("Role").and_then(formal_name);
    let kind = super::draft::media_kind(role.as_deref())
        .or_else(|| super::draft::media_kind(media_type.as_deref()))
        .or_else(|| {
            let major = files.first()?.media_type.as_deref()?.split('/').next()?;
            super::draft::media_kind(Some(major))
        })
        .filter(|kind| *kind != ItemKind::Text);
    let line = |name: &str| {
        component
            .child("NewsLines")?
            .elements_named(name)
            .find_map(super::line_of)
    };
    // The item's other lines (a logo's click-through address, a keyword) have no place in it.
    for other in component
        .child("NewsLines")
        .iter()
        .flat_map(|l| l.elements())
    {
        if !matches!(other.name.as_ref(), "HeadLine" | "ByLine" | "CreditLine")
            && let Some(text) = crate::xml::collapse(&other.text())
        {
            let raw = format!("{}: {text}", other.name);
            draft.warn("associations", "a media component's line is not read", &raw);
        }
    }
    Some(Association {
        role: role.map(|r| r.trim().to_string()).filter(|r| !r.is_empty()),
        kind,
        id: None,
        headline: content::headline_of(component),
        caption: caption_of(component),
        byline: line("ByLine"),
        credit: line("CreditLine"),
        renditions: files,
    })
}

/// The files a component and its parts reference (content items without data), each once, and
/// the first one's `MediaType`.
fn collect_media(
    draft: &mut Draft,
    component: &Element<'_>,
    files: &mut Vec<Link>,
    media_type: &mut Option<String>,
) {
    for item in component.elements_named("ContentItem") {
        if content::has_data(item) {
            continue;
        }
        if let Some(Content::Media(link)) = content::content_item(draft, item) {
            if media_type.is_none() {
                *media_type = item.child("MediaType").and_then(formal_name);
            }
            if !files.contains(&link) {
                files.push(link);
            }
        }
    }
    for child in component.elements_named("NewsComponent") {
        collect_media(draft, child, files, media_type);
    }
}

/// The text of a media component's first `Caption` part that has any.
fn caption_of(component: &Element<'_>) -> Option<String> {
    component
        .elements_named("NewsComponent")
        .filter(|part| role(part).as_deref() == Some("caption"))
        .flat_map(|part| part.elements_named("ContentItem"))
        .filter_map(|item| item.child("DataContent"))
        .find_map(|data| crate::xml::paragraphs(&data.text()))
}
