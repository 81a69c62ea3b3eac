//! `body`: `body.head` (hedline, note, rights, bylines, distributor, dateline, abstract),
//! `body.content` and `body.end`.

use serde_json::Value;

use super::{Draft, attr_line, attr_token, first, line_of};
use crate::formats::nitf::values;
use crate::model::{Author, Block, Dateline, Link, RoledText};
use crate::xml::{ENCLOSURE_CLASS, Element, Node, collapse, paragraphs, read_body};

pub(super) fn body(draft: &mut Draft, body: &Element<'_>) {
    if let Some(head) = body.child("body.head") {
        body_head(draft, head);
    }
    let contents: Vec<&Element<'_>> = body.elements_named("body.content").collect();
    if contents.is_empty() {
        // No body.content: the body's other children are the content.
        let nodes: Vec<Node<'_>> = body
            .children
            .iter()
            .filter(|n| !matches!(n, Node::Element(e) if e.is("body.head") || e.is("body.end")))
            .cloned()
            .collect();
        draft.article.body = read_body(&nodes);
        media_links(body, &mut draft.article.links);
    } else {
        for content in contents {
            draft.article.body.extend(read_body(&content.children));
            media_links(content, &mut draft.article.links);
        }
    }
    if let Some(end) = body.child("body.end") {
        first(&mut draft.article.credit, || {
            end.elements_named("tagline").find_map(line_of)
        });
    }
}

fn body_head(draft: &mut Draft, head: &Element<'_>) {
    for e in head.elements() {
        match e.name.as_ref() {
            "hedline" | "headline" => {
                if draft.article.headline.is_none() {
                    draft.article.headline = e.elements_named("hl1").find_map(line_of);
                }
                if draft.article.subheadline.is_none() {
                    draft.article.subheadline = e.elements_named("hl2").find_map(line_of);
                }
            }
            "note" => {
                let npa = e
                    .attr_nonblank("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("npa"));
                if npa {
                    let text = Block::text_of(&read_body(&e.children));
                    let role = e.attr_nonblank("noteclass").and_then(collapse);
                    let notes = paragraphs(&text).map(|text| RoledText { text, role });
                    draft.article.editorial_notes.extend(notes);
                }
            }
            "rights" => rights(draft, e),
            "byline" => byline(draft, e),
            "distributor" => first(&mut draft.distributor, || line_of(e)),
            "dateline" => first(&mut draft.dateline, || dateline(e)),
            "abstract" => first(&mut draft.article.description, || {
                paragraphs(&Block::text_of(&read_body(&e.children)))
            }),
            "series" => {
                let name = attr_line(e, "series.name");
                if let Some(name) = name {
                    draft.extension("series.name", Value::String(name));
                }
            }
            _ => {}
        }
    }
}

/// `rights`: its own text is the copyright notice; `rights.owner` and `rights.limitations` stand
/// in for `doc.copyright/@holder` and `doc.rights/@limitations`.
fn rights(draft: &mut Draft, rights: &Element<'_>) {
    let own: String = rights
        .children
        .iter()
        .filter_map(|node| match node {
            Node::Text(text) => Some(text.as_ref()),
            Node::Element(_) => None,
        })
        .collect();
    first(&mut draft.notice, || paragraphs(&own));
    first(&mut draft.rights_owner, || {
        rights.elements_named("rights.owner").find_map(line_of)
    });
    first(&mut draft.rights_limitations, || {
        rights
            .elements_named("rights.limitations")
            .find_map(|e| paragraphs(&e.text()))
    });
}

/// A `byline`: the first with printed text of its own is the byline as printed (without the
/// `byttl`, which is a job title); each `person` is an author (its `function` the role, the
/// `byttl` after it the job title, `@value` the id). A `byttl` in a byline without `person` is
/// the job title of the people the printed byline names (`By BERNARD CONDON<byttl>AP Business
/// Writer</byttl>`).
fn byline(draft: &mut Draft, byline: &Element<'_>) {
    let printed = printed_line(byline);
    if draft.article.byline.is_none() && has_own_text(byline) {
        draft.article.byline.clone_from(&printed);
    }
    let mut last: Option<usize> = None;
    let mut unattached_title = None;
    let mut people = false;
    for child in byline.elements() {
        match child.name.as_ref() {
            "person" => {
                people = true;
                if let Some(author) = person(child) {
                    last = Some(draft.article.authors.len());
                    draft.article.authors.push(author);
                }
            }
            "byttl" => match last.and_then(|i| draft.article.authors.get_mut(i)) {
                Some(author) => {
                    if author.job_title.is_none() {
                        author.job_title = line_of(child);
                    }
                }
                None => first(&mut unattached_title, || line_of(child)),
            },
            _ => {}
        }
    }
    if people {
        return;
    }
    let (Some(job_title), Some(printed)) = (unattached_title, printed) else {
        return;
    };
    let named =
        crate::byline::byline(&printed).or_else(|| crate::byline::byline(&format!("By {printed}")));
    for name in named.map(|b| b.names).unwrap_or_default() {
        let mut author = Author::named(name);
        author.job_title = Some(job_title.clone());
        draft.article.authors.push(author);
    }
}

/// A byline as printed, without its `byttl`: its parts (`By`, `person`, `location`) are words
/// apart even where the markup has no space between them (`By<person>Ann Lee</person>` prints
/// "By Ann Lee", not "ByAnn Lee"); a part that starts with punctuation stays where it is
/// ("Ann Lee, AP"); the commas, dashes and slashes that set a job title apart, and the
/// punctuation after it, go with it.
fn printed_line(byline: &Element<'_>) -> Option<String> {
    let mut text = String::new();
    let mut job_title = false;
    for node in &byline.children {
        let part = match node {
            // The punctuation that closes a job title goes with it (`<byttl>..</byttl>.`).
            Node::Text(run) if job_title && !run.chars().any(char::is_alphanumeric) => continue,
            Node::Text(run) => std::borrow::Cow::Borrowed(run.as_ref()),
            Node::Element(part) if part.is("byttl") => {
                job_title = true;
                continue;
            }
            Node::Element(part) => std::borrow::Cow::Owned(part.text()),
        };
        let glued = text.chars().next_back().is_some_and(char::is_alphanumeric)
            && part.chars().next().is_some_and(char::is_alphanumeric);
        // Every boundary between two nodes is one of markup.
        if glued {
            text.push(' ');
        }
        text.push_str(&part);
    }
    if !job_title {
        return collapse(&text);
    }
    let text = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '-' | '–' | '—' | '/' | '|')
    });
    collapse(text)
}

/// A `person`: the name is its text without `function` and `alt-code`.
fn person(person: &Element<'_>) -> Option<Author> {
    let mut name = String::new();
    for node in &person.children {
        match node {
            Node::Text(text) => name.push_str(text),
            Node::Element(e) if e.is("function") || e.is("alt-code") => {}
            Node::Element(e) => name.push_str(&e.text()),
        }
    }
    let name = collapse(&name);
    let id = attr_token(person, "value");
    if name.is_none() && id.is_none() {
        return None;
    }
    let mut author = Author::named(name.unwrap_or_default());
    author.id = id;
    author.role = person.elements_named("function").find_map(line_of);
    Some(author)
}

/// Whether an element has text of its own (not only inside its children).
fn has_own_text(element: &Element<'_>) -> bool {
    element
        .children
        .iter()
        .any(|n| matches!(n, Node::Text(t) if collapse(t).is_some()))
}

/// A `dateline`: printed text (text of its own, or text between the place elements of its
/// `location`) is the dateline as printed; a bare `location` and `story.date` (CP, ANSA, Kyodo,
/// EFE) give the place and date only. The city is `location/city` (or the text of a `location`
/// without elements), the region its first `state`, `region` or `country`.
fn dateline(dateline: &Element<'_>) -> Option<Dateline> {
    let location = dateline.child("location");
    let printed = has_own_text(dateline)
        || location.is_some_and(|l| has_own_text(l) && l.elements().next().is_some());
    let text = if printed {
        line_of(dateline).unwrap_or_default()
    } else {
        String::new()
    };
    let city = location.and_then(|l| match l.child("city") {
        Some(city) => line_of(city),
        None if l.elements().next().is_none() => line_of(l),
        None => None,
    });
    let region = location.and_then(|l| {
        l.elements()
            .filter(|e| e.is("state") || e.is("region") || e.is("country"))
            .find_map(line_of)
    });
    let date = dateline.child("story.date").and_then(|d| {
        d.attr_nonblank("norm")
            .and_then(values::norm_date)
            .or_else(|| line_of(d).and_then(|t| crate::dateline::find_date(&t)))
    });
    values::dateline(text, city, region, date)
}

/// newswire's links to media (`media class="enclosure"`, the writer's mark for what is no figure
/// in the text) as `enclosure` links, with their media type and name. Every other `media` is a
/// figure in its place in the body ([`read_body`]).
fn media_links(element: &Element<'_>, links: &mut Vec<Link>) {
    for child in element.elements() {
        if !child.is("media") {
            media_links(child, links);
            continue;
        }
        if !child.has_class(ENCLOSURE_CLASS) {
            continue;
        }
        for reference in child.elements_named("media-reference") {
            if let Some(href) = attr_token(reference, "source") {
                links.push(Link {
                    rel: Some("enclosure".to_string()),
                    href,
                    media_type: attr_token(reference, "mime-type"),
                    title: attr_line(reference, "name"),
                    rendition: None,
                });
            }
        }
    }
}
