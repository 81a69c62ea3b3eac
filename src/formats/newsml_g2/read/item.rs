//! One item (`newsItem`, `packageItem`, or a fragment of one) to an [`Article`].

use super::super::codes::entity_kind;
use super::content::{Content, content_set};
use super::decode::{
    self, AuthorParts, Flex, author, code_of, concept, link_relation, one_to_nine, party,
    place_name,
};
use super::text::{attr, collapse, first_line, first_token, line_of, paragraphs};
use super::{finish, not_a_news_item};
use std::collections::{HashMap, HashSet};

use crate::Error;
use crate::formats::printed::MAIN_HEADLINE_ROLES;
use crate::formats::read_time;
use crate::model::{
    Article, Association, AuthorKind, Block, Concept, EntityKind, GeoPoint, ItemKind, Link, Rights,
    RoledText, Timestamp, Warning,
};
use crate::xml::{Element, read_body};

/// What an item says, gathered before the fields that depend on several elements (headline
/// roles, dateline, times) are settled.
#[derive(Default)]
struct Item {
    article: Article,
    lang: Option<String>,
    content_language: Option<String>,
    headlines: Vec<(Option<(&'static str, String)>, String)>,
    descriptions: Vec<(Option<(&'static str, String)>, String)>,
    dateline_text: Option<String>,
    places: Vec<String>,
    /// Where `located` is (its `geoAreaDetails` or `POIDetails` position).
    located_geo: Option<GeoPoint>,
    first_created: Option<Timestamp>,
    content_created: Option<Timestamp>,
    content_modified: Option<Timestamp>,
    signals: Vec<String>,
    content: Option<Content>,
    /// Each subject's identifier attributes, by its index in the article's subjects.
    subject_ids: Vec<(usize, Flex)>,
    /// What `assert`s say of a concept: its identifier and name, and where it is when it is a
    /// place or a point of interest.
    asserts: Vec<(Flex, Option<(EntityKind, GeoPoint)>)>,
}

/// Reads an item element. `kind` is the kind when `itemClass` says nothing (a `packageItem` is
/// a composite).
pub(super) fn item(element: &Element<'_>, kind: ItemKind) -> Result<Article, Error> {
    let mut item = Item::default();
    item.article.kind = kind;
    item.article.id = attr(element, "guid");
    if let Some(version) = element.attr_nonblank("version") {
        match version.parse::<u32>() {
            Ok(v) if v >= 1 => item.article.version = Some(v),
            _ => item.warn("version", "not a positive integer", version),
        }
    }
    item.lang = attr(element, "xml:lang");
    for child in element.elements() {
        item.section(child);
    }
    if let Some(content) = &item.content
        && let Some(root) = &content.concepts_only
        && item.headlines.is_empty()
        && item.article.title.is_none()
    {
        return Err(not_a_news_item(&format!(
            "the {} carries <{root}> (events or concepts), not a story",
            element.name
        )));
    }
    Ok(item.finish())
}

/// Reads a fragment of an item (an official example may be only a `contentSet` or a
/// `contentMeta`) as an item holding only that part.
pub(super) fn fragment(element: &Element<'_>) -> Article {
    let mut item = Item::default();
    item.warn(
        "input",
        "the document is a fragment of an item, not a whole newsItem",
        &element.name,
    );
    item.section(element);
    item.finish()
}

impl Item {
    fn warn(&mut self, field: &str, message: &str, raw: &str) {
        self.article
            .warnings
            .push(Warning::new(field, message, Some(raw.to_string())));
    }

    /// One child of the item.
    fn section(&mut self, element: &Element<'_>) {
        match element.name.as_ref() {
            "rightsInfo" => self.rights_info(element),
            "itemMeta" => self.item_meta(element),
            "contentMeta" => self.content_meta(element),
            "pubHistory" => self.pub_history(element),
            "contentSet" => {
                let mut content = content_set(element);
                self.article.warnings.append(&mut content.warnings);
                self.content = Some(content);
            }
            "groupSet" => self.group_set(element),
            "itemRef" => self.reference(item_ref(element, None)),
            "assert" => self.assert(element),
            _ => {}
        }
    }

    /// An `assert` about a concept: its name, and its position (`geoAreaDetails` or
    /// `POIDetails`), which the subject with the same identifier takes in [`Item::finish`].
    fn assert(&mut self, element: &Element<'_>) {
        let position = element.elements().find_map(|details| {
            let kind = match details.name.as_ref() {
                "geoAreaDetails" => EntityKind::Place,
                "POIDetails" => EntityKind::PointOfInterest,
                _ => return None,
            };
            Some((kind, details.elements_named("position").next()?))
        });
        let place = position.and_then(|(kind, position)| {
            let latitude = position.attr_nonblank("latitude").unwrap_or_default();
            let longitude = position.attr_nonblank("longitude").unwrap_or_default();
            let point = GeoPoint::parse(latitude, longitude);
            if point.is_none() {
                self.warn(
                    "subject coordinates",
                    "not a point on the earth",
                    &format!("latitude {latitude:?}, longitude {longitude:?}"),
                );
            }
            Some((kind, point?))
        });
        self.asserts.push((Flex::of(element), place));
    }

    /// `rightsInfo`: the first holder; every notice and usage term, in order, the first of
    /// each as the notice (the terms) and the others as the further ones.
    fn rights_info(&mut self, rights: &Element<'_>) {
        let r: &mut Rights = &mut self.article.rights;
        if r.holder.is_none() {
            r.holder = rights
                .elements_named("copyrightHolder")
                .find_map(|e| party(&Flex::of(e)));
        }
        for notice in rights.elements_named("copyrightNotice").filter_map(prose) {
            match r.notice {
                None => r.notice = Some(notice),
                Some(_) => r.further_notices.push(notice),
            }
        }
        for terms in rights.elements_named("usageTerms").filter_map(prose) {
            match r.usage_terms {
                None => r.usage_terms = Some(terms),
                Some(_) => r.further_usage_terms.push(terms),
            }
        }
    }

    fn item_meta(&mut self, meta: &Element<'_>) {
        for e in meta.elements() {
            match e.name.as_ref() {
                "itemClass" => self.item_class(e),
                "provider" => {
                    first(&mut self.article.provider, || party(&Flex::of(e)));
                }
                "versionCreated" => {
                    self.article.modified = self.article.modified.or(self.time(e, "modified"));
                }
                "firstCreated" => {
                    self.first_created = self.first_created.or(self.time(e, "created"));
                }
                "embargoed" => {
                    if collapse(&e.text()).is_none() {
                        let message = "embargoed without a release time (not kept)";
                        let warning = Warning::new("embargo", message, None);
                        self.article.warnings.push(warning);
                    } else {
                        self.article.embargo = self.article.embargo.or(self.time(e, "embargo"));
                    }
                }
                "pubStatus" => self.pub_status(e),
                "service" => self.article.services.extend(concept(&Flex::of(e))),
                "memberOf" => self.article.sections.extend(concept(&Flex::of(e))),
                "title" => {
                    first(&mut self.article.title, || line_of(e));
                }
                "edNote" => {
                    let role = decode::role_list_of(e)
                        .map(|(attr, value)| decode::note_role_word(attr, &value));
                    let notes = prose(e).map(|text| RoledText { text, role });
                    self.article.editorial_notes.extend(notes);
                    // dpa marks its notes `dpapconstraint:nonpublic`: the model has no place
                    // for a constraint, so it is named (once per value), not dropped silently.
                    if let Some(constraint) = attr(e, "pubconstraint") {
                        let said = self.article.warnings.iter().any(|w| {
                            w.field.as_deref() == Some("editorial notes")
                                && w.raw.as_deref() == Some(constraint.as_str())
                        });
                        if !said {
                            self.warn(
                                "editorial notes",
                                "a note's publishing constraint (pubconstraint) is not kept",
                                &constraint,
                            );
                        }
                    }
                }
                "signal" => self.signals.extend(
                    first_token(e, "qcode")
                        .or_else(|| attr(e, "uri"))
                        .or_else(|| attr(e, "literal")),
                ),
                "link" => self.reference(item_link(e).map(|link| described(e, link))),
                _ => {}
            }
        }
    }

    fn item_class(&mut self, e: &Element<'_>) {
        let Some(value) = first_token(e, "qcode").or_else(|| attr(e, "uri")) else {
            return;
        };
        match decode::item_kind(code_of(&value)) {
            Some(kind) => self.article.kind = kind,
            None => self.warn("kind", "an item class newswire has no kind for", &value),
        }
    }

    fn pub_status(&mut self, e: &Element<'_>) {
        let Some(value) = first_token(e, "qcode").or_else(|| attr(e, "uri")) else {
            return;
        };
        match decode::pub_status(code_of(&value)) {
            Some(status) => self.article.pub_status = status,
            None => self.warn("pub_status", "not a publication status", &value),
        }
    }

    /// A date-time element; unreadable text becomes a warning with the raw value.
    fn time(&mut self, e: &Element<'_>, field: &str) -> Option<Timestamp> {
        let warnings = &mut self.article.warnings;
        read_time(&e.text(), field, Timestamp::parse, warnings)
    }

    fn content_meta(&mut self, meta: &Element<'_>) {
        for e in meta.elements() {
            match e.name.as_ref() {
                "urgency" => self.urgency(e),
                "contentCreated" => {
                    self.content_created = self.content_created.or(self.time(e, "created"));
                }
                "contentModified" => {
                    self.content_modified = self.content_modified.or(self.time(e, "modified"));
                }
                "located" if self.places.is_empty() => {
                    self.places = place_name(e).into_iter().collect();
                    self.places
                        .extend(e.elements_named("broader").filter_map(place_name));
                    let position = e
                        .elements()
                        .filter(|d| matches!(d.name.as_ref(), "geoAreaDetails" | "POIDetails"))
                        .find_map(|d| d.elements_named("position").next());
                    if let Some(position) = position {
                        let latitude = position.attr_nonblank("latitude").unwrap_or_default();
                        let longitude = position.attr_nonblank("longitude").unwrap_or_default();
                        self.located_geo = GeoPoint::parse(latitude, longitude);
                        if self.located_geo.is_none() {
                            self.warn(
                                "dateline",
                                "not a point on the earth",
                                &format!("latitude {latitude:?}, longitude {longitude:?}"),
                            );
                        }
                    }
                }
                "infoSource" => self.article.sources.extend(party(&Flex::of(e))),
                "creator" => self.author(e, AuthorKind::Creator),
                "contributor" => self.author(e, AuthorKind::Contributor),
                "language" => {
                    first(&mut self.content_language, || attr(e, "tag"));
                }
                "genre" => self.article.genres.extend(concept(&Flex::of(e))),
                "keyword" => self.article.keywords.extend(line_of(e)),
                "subject" => {
                    let flex = Flex::of(e);
                    if let Some(c) = concept(&flex) {
                        let kind = attr(e, "type").as_deref().and_then(entity_kind);
                        self.subject_ids.push((self.article.subjects.len(), flex));
                        // The same concept elsewhere and the wider ones, each with its kind.
                        let related = |name: &str| -> Vec<Concept> {
                            e.elements_named(name)
                                .filter_map(|r| {
                                    let kind = attr(r, "type").as_deref().and_then(entity_kind);
                                    concept(&Flex::of(r)).map(|c| Concept { kind, ..c })
                                })
                                .collect()
                        };
                        self.article.subjects.push(Concept {
                            kind,
                            same_as: related("sameAs"),
                            broader: related("broader"),
                            role: None,
                            ..c
                        });
                    }
                }
                "slugline" => {
                    first(&mut self.article.slugline, || line_of(e));
                }
                "headline" => {
                    if let Some(text) = line_of(e) {
                        self.headlines.push((decode::role_list_of(e), text));
                    }
                }
                "dateline" => {
                    first(&mut self.dateline_text, || line_of(e));
                }
                "by" => {
                    first(&mut self.article.byline, || line_of(e));
                }
                "creditline" => {
                    first(&mut self.article.credit, || line_of(e));
                }
                "description" => {
                    if let Some(text) = prose(e) {
                        self.descriptions.push((decode::role_list_of(e), text));
                    }
                }
                _ => {}
            }
        }
    }

    /// Each subject takes the position of the first `assert` about the same concept (the same
    /// `@qcode`, else `@uri`, else `@literal` as the assert's first) that gives one, and when it
    /// has no name, the first such assert's name (AP names its subjects only there). An assert
    /// with a position about no subject is a place the item names only there (STT's located
    /// places, dpa's points of interest): a subject of its own, with its `name`. Looked up by
    /// identifier, so that many subjects and asserts cost no more than reading them.
    fn locate_subjects(&mut self) {
        // The first name and the first position said of each identifier, with the order of
        // the assert that said it.
        let mut names: HashMap<Id<'_>, (usize, &String)> = HashMap::new();
        let mut points: HashMap<Id<'_>, (usize, GeoPoint)> = HashMap::new();
        for (order, (assert, place)) in self.asserts.iter().enumerate() {
            let Some(id) = assert_id(assert) else {
                continue;
            };
            if let Some(name) = &assert.name {
                names.entry(id).or_insert((order, name));
            }
            if let Some((_, point)) = place {
                points.entry(id).or_insert((order, *point));
            }
        }
        let mut named: HashSet<Id<'_>> = HashSet::new();
        for (index, flex) in &self.subject_ids {
            let ids = subject_ids(flex);
            named.extend(ids.iter().flatten());
            let Some(subject) = self.article.subjects.get_mut(*index) else {
                continue;
            };
            if subject.name.is_none() {
                subject.name = first_said(&names, &ids).map(|name| (*name).clone());
            }
            subject.geo = first_said(&points, &ids).copied();
        }
        for (assert, place) in &self.asserts {
            let (Some((kind, point)), Some(id)) = (place, assert_id(assert)) else {
                continue;
            };
            if named.contains(&id) {
                continue;
            }
            if let Some(place) = concept(assert) {
                self.article.subjects.push(Concept {
                    kind: Some(*kind),
                    geo: Some(*point),
                    ..place
                });
            }
        }
    }

    fn urgency(&mut self, e: &Element<'_>) {
        let raw = e.text();
        if collapse(&raw).is_none() || self.article.urgency.is_some() {
            return;
        }
        match one_to_nine(&raw) {
            Some(urgency) => self.article.urgency = Some(urgency),
            None => self.warn("urgency", "not an urgency from 1 to 9", raw.trim()),
        }
    }

    fn author(&mut self, e: &Element<'_>, kind: AuthorKind) {
        self.article
            .authors
            .extend(author(&AuthorParts::of(e), kind));
    }

    fn pub_history(&mut self, history: &Element<'_>) {
        let timestamps = history
            .elements_named("published")
            .flat_map(|p| p.elements_named("timestamp"));
        for timestamp in timestamps {
            if self.article.published.is_some() {
                return;
            }
            self.article.published = self.time(timestamp, "published");
        }
    }

    /// A package's groups: each `itemRef` a link (or an associated item) whose relation is the
    /// group's role.
    fn group_set(&mut self, set: &Element<'_>) {
        for group in set.elements_named("group") {
            let role = first_token(group, "role");
            for element in group.elements_named("itemRef") {
                self.reference(item_ref(element, role.as_deref()));
            }
        }
    }

    /// A `link` or `itemRef` read: a link, or an associated item with the hints it did not
    /// read named in a warning.
    fn reference(&mut self, reference: Option<Reference>) {
        match reference {
            Some(Reference::Link(link)) => self.article.links.push(link),
            Some(Reference::Item(item, unread, mut warnings)) => {
                self.article.warnings.append(&mut warnings);
                if let Some(unread) = unread {
                    self.warn(
                        "associations",
                        "an associated item's hints beyond its class, title, description, byline and credit line are not read",
                        &unread,
                    );
                }
                self.article.associations.push(item);
            }
            None => {}
        }
    }

    /// Settles the fields several elements decide, then applies the reading rules shared with
    /// [`project()`](super::project()).
    fn finish(mut self) -> Article {
        self.locate_subjects();
        let mut article = std::mem::take(&mut self.article);
        article.language = self.content_language.take().or(self.lang.take());
        (article.headline, article.subheadline, article.headlines) =
            split_headlines(&self.headlines);
        (article.description, article.descriptions) =
            split_descriptions(&self.descriptions, article.kind);
        article.created = self.first_created.or(self.content_created);
        article.modified = article.modified.or(self.content_modified);
        article.dateline =
            super::dateline(self.dateline_text.take(), &self.places, self.located_geo);
        if let Some(content) = self.content.take() {
            article.body = content.body;
            if let Some(teaser) = content.teaser {
                take_teaser(&mut article, &teaser);
            }
            if let Some(marked) = content.marked_headline {
                take_marked_headline(&mut article, &marked);
            }
            article.word_count = content.word_count;
            article.links.extend(content.links);
            let nitf = content.nitf;
            article.headline = article.headline.or(nitf.headline);
            article.subheadline = article.subheadline.or(nitf.subheadline);
            article.description = article.description.or(nitf.abstract_text);
            article.byline = article.byline.or(nitf.byline);
            article.dateline = match (article.dateline.take(), nitf.dateline) {
                // `located` names the place; the rendition prints the dateline.
                (Some(mut located), Some(printed)) if located.text.trim().is_empty() => {
                    located.text = printed.text;
                    located.city = located.city.or(printed.city);
                    located.region = located.region.or(printed.region);
                    located.date = located.date.or(printed.date);
                    located.geo = located.geo.or(printed.geo);
                    if located.agencies.is_empty() {
                        located.agencies = printed.agencies;
                    }
                    Some(located)
                }
                (own, printed) => own.or(printed),
            };
        }
        if !self.signals.is_empty() {
            article
                .extensions
                .insert("g2:signals".to_string(), self.signals.into());
        }
        finish(&mut article);
        article
    }
}

/// Takes the teaser paragraph (dpa's `<p class="teaser">`) out of the body: it is the
/// description when the item gives none, a description with the role `teaser` when the item's
/// says something else, and nothing more when it repeats the description (dpa prints its
/// `drol:teaser` so). The dateline is then at the head of the body again, where
/// [`finish`](super::finish) takes it. Whitespace aside, the paragraph must be the teaser.
fn take_teaser(article: &mut Article, teaser: &str) {
    let teaser = words(teaser);
    let first = match article.body.first() {
        Some(block @ Block::Paragraph { .. }) => words(&block.plain_text()),
        _ => return,
    };
    if teaser.is_empty() || first != teaser {
        return;
    }
    article.body.remove(0);
    match article.description.as_deref().map(words) {
        None => article.description = Some(teaser),
        Some(description) if description == teaser => {}
        Some(_) => {
            if !article
                .descriptions
                .iter()
                .any(|d| words(&d.text) == teaser)
            {
                let teaser = RoledText::with_role(teaser, "teaser");
                article.descriptions.push(teaser);
            }
        }
    }
}

/// The body's headline markup (rNews `<h1 itemprop="headline">`) is the headline when the
/// item's metadata gives none, and leaves the body; when the metadata gives another headline,
/// the heading stays in the body.
fn take_marked_headline(article: &mut Article, marked: &str) {
    let marked = words(marked);
    if article
        .headline
        .as_deref()
        .is_some_and(|h| words(h) != marked)
    {
        return;
    }
    let heading = article
        .body
        .iter()
        .position(|b| matches!(b, Block::Heading { .. }) && words(&b.plain_text()) == marked);
    if let Some(index) = heading {
        article.body.remove(index);
    }
    if article.headline.is_none() {
        article.headline = Some(marked);
    }
}

/// Text with its whitespace collapsed, to compare printed copies of a value.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Sets `slot` unless it is set already: the first element of a kind wins.
fn first<T>(slot: &mut Option<T>, value: impl FnOnce() -> Option<T>) {
    if slot.is_none() {
        *slot = value();
    }
}

/// The main headline (the first without a role, or with a role saying main), the sub-headline
/// (the first with a role saying sub: `nwrole:subheadline` as written here, `hld:subHeadline`,
/// `hlrole:sub`, a deck or standfirst) and the others with their roles (`@role`, a QCode list,
/// or `@roleuri`: a short, web or SEO headline), the writer's codes read back as words.
pub(in crate::formats::newsml_g2) fn split_headlines(
    all: &[(Option<(&'static str, String)>, String)],
) -> (Option<String>, Option<String>, Vec<RoledText>) {
    let code = role_code;
    let is_main = |role: &Option<(&'static str, String)>| {
        code(role).is_none_or(|c| MAIN_HEADLINE_ROLES.contains(&c.as_str()))
    };
    let is_sub = |role: &Option<(&'static str, String)>| {
        code(role).is_some_and(|c| {
            let subs = [
                "sub",
                "subheadline",
                "subhead",
                "subtitle",
                "deck",
                "standfirst",
                "hl2",
            ];
            subs.contains(&c.as_str())
        })
    };
    let main = all.iter().position(|(role, _)| is_main(role));
    let sub = all.iter().position(|(role, _)| is_sub(role));
    let text = |i: Option<usize>| i.and_then(|i| all.get(i)).map(|(_, text)| text.clone());
    let others = others_of(all, &[main, sub], decode::note_role_word);
    (text(main), text(sub), others)
}

/// The code of a role's first QCode (a URI's last segment), in lower case.
fn role_code(role: &Option<(&'static str, String)>) -> Option<String> {
    role.as_ref().map(|(_, value)| {
        let first = value.split(' ').next().unwrap_or_default();
        code_of(first).to_ascii_lowercase()
    })
}

/// The texts of `all` but those `taken`, each with its role read back by `word`.
fn others_of(
    all: &[(Option<(&'static str, String)>, String)],
    taken: &[Option<usize>],
    word: fn(&str, &str) -> String,
) -> Vec<RoledText> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| !taken.contains(&Some(*i)))
        .map(|(_, (role, text))| RoledText {
            text: text.clone(),
            role: role.as_ref().map(|(attr, value)| word(attr, value)),
        })
        .collect()
}

/// The description and the others with their roles, from each `description`'s role (`@role`,
/// a QCode list, or `@roleuri`) and text. The description is the summary (`drol:summary` or no
/// role), else a teaser, abstract or intro (dpa's `drol:teaser`, `MWdrole:abstract`,
/// `descRole:intro`); for a picture, graphic, video or audio item, else the first description of
/// another role (its caption). A text item's caption is not a summary (Reuters puts the slug
/// and headline there). The others keep their roles, the writer's codes read back as words.
pub(in crate::formats::newsml_g2) fn split_descriptions(
    all: &[(Option<(&'static str, String)>, String)],
    kind: ItemKind,
) -> (Option<String>, Vec<RoledText>) {
    const SUMMARY_LIKE: [&str; 3] = ["teaser", "abstract", "intro"];
    let code = role_code;
    let summary = all
        .iter()
        .position(|(role, _)| code(role).is_none_or(|c| c == "summary"))
        .or_else(|| {
            all.iter().position(|(role, _)| {
                code(role).is_some_and(|c| SUMMARY_LIKE.contains(&c.as_str()))
            })
        });
    let visual = !matches!(kind, ItemKind::Text | ItemKind::Composite);
    let chosen = summary.or((visual && !all.is_empty()).then_some(0));
    let others = others_of(all, &[chosen], decode::description_role_word);
    let description = chosen
        .and_then(|i| all.get(i))
        .map(|(_, text)| text.clone());
    (description, others)
}

/// Prose (a description, a note, a rights statement): paragraphs, markup flattened.
fn prose(element: &Element<'_>) -> Option<String> {
    if element.elements().next().is_some() {
        return paragraphs(&Block::text_of(&items_apart(read_body(&element.children))));
    }
    paragraphs(&element.text())
}

/// The blocks with each list item's blocks standing on their own: a note is paragraphs of
/// text, in which a list's items (dpa's notepad: one place per item) would run together on
/// one line.
fn items_apart(blocks: Vec<Block>) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for block in blocks {
        match block {
            Block::List { items, .. } => {
                for item in items {
                    out.extend(items_apart(item));
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// `itemMeta/link`: relation, target (`@href`, else `@residref`), media type and title (the
/// attribute, else a `title` child).
fn item_link(link: &Element<'_>) -> Option<Link> {
    let href = attr(link, "href")
        .or_else(|| attr(link, "residref"))
        .or_else(|| attr(link, "guidref"))?;
    let rel = link_relation(link.attr_nonblank("rel"), link.attr_nonblank("reluri"));
    Some(Link {
        rel,
        href,
        media_type: attr(link, "contenttype"),
        title: link
            .attr("title")
            .and_then(collapse)
            .or_else(|| first_line(link, "title")),
        rendition: None,
    })
}

/// An `itemRef`: its own relation, else the group's role.
fn item_ref(item_ref: &Element<'_>, group_role: Option<&str>) -> Option<Reference> {
    let mut link = item_link(item_ref)?;
    if item_ref.attr_nonblank("rel").is_none() && item_ref.attr_nonblank("reluri").is_none() {
        link.rel = group_role.map(str::to_string);
    }
    Some(described(item_ref, link))
}

/// A reference to another item: a link, or an associated item.
enum Reference {
    Link(Link),
    /// The item, the names of the hints it holds that are not read, and what its renditions'
    /// values said that is not kept.
    Item(Association, Option<String>, Vec<Warning>),
}

/// The hints of a `link` or `itemRef` an associated item keeps.
const READ_HINTS: [&str; 6] = [
    "itemClass",
    "title",
    "description",
    "by",
    "creditline",
    "remoteContent",
];

/// The hints that make a reference an associated item: they say what the item is (a title alone
/// names a link).
const ITEM_HINTS: [&str; 4] = ["itemClass", "description", "by", "creditline"];

/// A reference that says what the item it points at is (an `itemClass`, `description`, `by` or
/// `creditline` hint) is an associated item: the relation its role, the class its kind, the
/// target its id (`@residref`, else `@guidref`, else `@href`), `title` its headline,
/// `description` its caption, `by` its byline, `creditline` its credit, its `remoteContent`
/// hints its files. Any other is a link.
fn described(element: &Element<'_>, link: Link) -> Reference {
    let hinted = ITEM_HINTS.iter().any(|hint| element.child(hint).is_some());
    if !hinted {
        return Reference::Link(link);
    }
    let kind = element
        .child("itemClass")
        .and_then(|class| first_token(class, "qcode"))
        .and_then(|qcode| decode::item_kind(code_of(&qcode)));
    let mut unread: Vec<&str> = Vec::new();
    for name in element.elements().map(|e| e.name.as_ref()) {
        if !READ_HINTS.contains(&name) && !unread.contains(&name) {
            unread.push(name);
        }
    }
    let mut warnings = Vec::new();
    let renditions = element
        .elements_named("remoteContent")
        .filter_map(|remote| super::content::remote_content(remote, &mut warnings))
        .collect();
    let item = Association {
        role: link.rel,
        kind,
        id: attr(element, "residref")
            .or_else(|| attr(element, "guidref"))
            .or(Some(link.href)),
        headline: link.title,
        caption: element.child("description").and_then(prose),
        byline: first_line(element, "by"),
        credit: first_line(element, "creditline"),
        renditions,
    };
    let unread = (!unread.is_empty()).then(|| unread.join(", "));
    Reference::Item(item, unread, warnings)
}

/// An identifier of a concept in an item: which attribute, and its value.
type Id<'a> = (&'static str, &'a str);

/// What an `assert` is about: its `@qcode`, else its `@uri`, else its `@literal`.
fn assert_id(flex: &Flex) -> Option<Id<'_>> {
    subject_ids(flex).into_iter().flatten().next()
}

/// A subject's identifiers, each of which an assert may name it by.
fn subject_ids(flex: &Flex) -> [Option<Id<'_>>; 3] {
    [
        flex.qcode.as_deref().map(|v| ("qcode", v)),
        flex.uri.as_deref().map(|v| ("uri", v)),
        flex.literal.as_deref().map(|v| ("literal", v)),
    ]
}

/// What the first assert to name any of `ids` said of it.
fn first_said<'m, 'i, T>(
    said: &'m HashMap<Id<'i>, (usize, T)>,
    ids: &[Option<Id<'i>>],
) -> Option<&'m T> {
    ids.iter()
        .flatten()
        .filter_map(|id| said.get(id))
        .min_by_key(|(order, _)| *order)
        .map(|(_, value)| value)
}
