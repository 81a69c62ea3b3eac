//! Where ninjs holds each model field (`../shared/specs/MAPPING.md`, the ninjs columns; NOTES.md
//! §5.8; the 2.x and 3.x schemas). Pointers in their 3.x (camelCase) spelling; 2.x spells every
//! key in lower case, and `embargoedUntil` is `embargoed` there.
//!
//! | field | where |
//! |---|---|
//! | (the object) | `/standard/name` `ninjs`, `/standard/version` the version written |
//! | id | `/uri`: the id as a URI (non-ASCII percent-encoded; `urn:newswire:id:` and the id percent-encoded when it is no IRI); one derived from the content without |
//! | kind | `/type` (`text`, `picture`, `composite`, ...) |
//! | version | `/version` (a string) |
//! | modified (else published) | `/versionCreated`, the instant with an offset (a time without one is not written) |
//! | created | `/firstCreated` |
//! | embargo | `/embargoedUntil` (2.x `/embargoed`) |
//! | pub_status | `/pubStatus`: `usable`, `withheld`, `canceled` |
//! | urgency | `/urgency` |
//! | language | `/language` (well-formed tags only) |
//! | title, slugline | `/title`, `/slugline` |
//! | dateline city | `/located` |
//! | byline (else the creators' names) | `/by` |
//! | editorial notes | `/edNote`: one string, the notes on lines of their own |
//! | rights | `/copyrightHolder` (the name, else the id), `/copyrightNotice`, `/usageTerms` |
//! | headline, subheadline | `/headlines`: `{role: "main", value}`, `{role: "sub", value}` |
//! | description, credit, descriptions | `/descriptions`: `{role: "summary", value}`, `{role: "creditline", value}` (IPTC's AP example), then each other description `{role, value}` (no role when it has none) |
//! | body | `/bodies/0/value` (an XHTML fragment, `contentType` `application/xhtml+xml`): every block's text in order, the dateline at the head of the lead |
//! | word count | `/bodies/0/wordCount`: the declared count, else the body's words |
//! | subjects, genres | `/subjects`, `/genres`, in order: `uri` (the scheme URI and the code, IPTC aliases expanded), else `literal` (the QCode), and `name`; a subject naming an entity in the array of its kind: `/places` (points of interest too), `/people`, `/organisations`, `/events`, `/objects`; its role (trimmed) in `rel` |
//! | subject coordinates | `/places/N/geoJSON` (2.x `geojson`): a GeoJSON `Point`, `coordinates` longitude first |
//! | provider, sources | `/infoSources`: the provider first (`role` IPTC's distributor, `http://cv.iptc.org/newscodes/contentprodpartyrole/distributor`), then the sources: `name`, and an id as `uri` (a URI) or `literal` |
//! | links | enclosures: `/renditions` (`href`, `contentType`, `title`; `name` the rendition's own when no earlier one has it, else the first free `renditionN`; `width`, `height`, `sizeInBytes` integers; `duration` in seconds, none beyond 1.8e16); the others `/associations` (`name` the relation or `related`, `rel` the relation in 3.x, `uri`, `type` from the media type's kind, `headlines/0/value` the title, the target as the `original` rendition when there is a media type) |
//! | associations | after those, `/associations`: `name`, `rel` as for links (the role); `uri` the id, else the address of the best file (one named `original`, `main`, `highres`, `hires`, `baseImage`, else the largest, else the first), none written without either; `type` the kind; `headlines/0/value` the headline; `by`; `descriptions` `{role: "caption"}` and `{role: "creditline"}`; `renditions` as the item's |
//!
//! Not here (declared lost): keywords, the dateline's text, region, date and agencies,
//! priority, extensions; authors but as the byline.

use newswire::model::{Article, AuthorKind, Concept, EntityKind, ItemKind, Link, Party, PubStatus};
use serde_json::Value;

use super::common::{
    Print, Report, absolute_iri, all_text, items_at, line, offset_xsd_instant, percent_decoded,
    printed_texts, scheme_uri, str_at, uri_written_is, well_formed_language, written_instant,
};

/// A short value as ninjs holds it: trimmed (whitespace of any kind), `None` when blank. The
/// JSON string keeps the rest as given.
fn short(text: &str) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// A long value (a notice, the terms, the summary) as ninjs holds it: as given, `None` when
/// blank.
fn long_of(value: &Option<String>) -> Option<String> {
    value.clone().filter(|v| !v.trim().is_empty())
}

/// [`short`] of an optional value.
fn short_of(value: &Option<String>) -> Option<String> {
    value.as_deref().and_then(short)
}

/// A URI as the IRI it encodes (ninjs `uri`s are URIs: non-ASCII characters percent-encoded).
fn uri_at(value: &Value, pointer: &str) -> Option<String> {
    str_at(value, pointer).map(|u| percent_decoded(&u).unwrap_or(u))
}

/// A key as ninjs `generation` spells it.
fn key(name: &str, generation: u8) -> String {
    match (generation, name) {
        (3, _) => name.to_string(),
        (_, "embargoedUntil") => "embargoed".to_string(),
        _ => name.to_ascii_lowercase(),
    }
}

/// A concept as a ninjs term: `(name, uri, literal)`.
fn term(concept: &Concept) -> Option<(Option<String>, Option<String>, Option<String>)> {
    let name = short_of(&concept.name);
    let (uri, literal) = match (short_of(&concept.scheme), short_of(&concept.code)) {
        (Some(scheme), Some(code)) if scheme.contains('/') => (Some(scheme + &code), None),
        (Some(scheme), Some(code)) => match scheme_uri(&scheme) {
            Some(uri) => (Some(uri + &code), None),
            None => (None, Some(format!("{scheme}:{code}"))),
        },
        (None, Some(code)) => (None, Some(code)),
        _ => (None, None),
    };
    (name.is_some() || uri.is_some() || literal.is_some()).then_some((name, uri, literal))
}

/// A party as an info source: `(name, role, uri, literal)`.
fn source(party: &Party, role: Option<&str>) -> Option<[Option<String>; 4]> {
    let name = short_of(&party.name);
    let id = short_of(&party.id);
    if name.is_none() && id.is_none() {
        return None;
    }
    let (uri, literal) = match id {
        Some(id) if id.contains("://") || id.starts_with("urn:") => (Some(id), None),
        other => (None, other),
    };
    Some([name, role.map(str::to_string), uri, literal])
}

/// The ninjs `type` of an item kind.
fn kind(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Text => "text",
        ItemKind::Picture => "picture",
        ItemKind::Graphic => "graphic",
        ItemKind::Video => "video",
        ItemKind::Audio => "audio",
        ItemKind::Composite => "composite",
        _ => "(a kind newer than this table)",
    }
}

/// Checks `output`, `article` written as ninjs `version` (`3.1`, `2.0`, ...), against the table
/// above.
pub fn check(article: &Article, output: &str, version: &str) -> Report {
    let mut report = Report::default();
    let object: Value = match serde_json::from_str(output) {
        Ok(object) => object,
        Err(e) => {
            report.equal("document", "/", "JSON".to_string(), e.to_string());
            return report;
        }
    };
    let generation: u8 = if version.starts_with('2') { 2 } else { 3 };
    let k = |name: &str| key(name, generation);
    let at = |name: &str| str_at(&object, &format!("/{}", k(name)));
    report.equal(
        "standard",
        "/standard/name",
        Some("ninjs".into()),
        str_at(&object, "/standard/name"),
    );
    report.equal(
        "standard",
        "/standard/version",
        Some(version.to_string()),
        str_at(&object, "/standard/version"),
    );

    let uri = at("uri");
    match article
        .id
        .as_deref()
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        Some(id) => report.equal(
            "id",
            "/uri",
            true,
            uri.as_deref().is_some_and(|f| uri_written_is(id, f)),
        ),
        None => report.equal("id (derived)", "/uri", true, uri.is_some()),
    }
    report.equal(
        "kind",
        "/type",
        Some(kind(article.kind).to_string()),
        at("type"),
    );
    report.equal(
        "version",
        "/version",
        article.version.map(|v| v.to_string()),
        at("version"),
    );
    // Each when a `date-time` holds it; versionCreated the first of the two that one holds.
    let version = [article.modified, article.published]
        .into_iter()
        .flatten()
        .find_map(offset_xsd_instant);
    for (field, name, instant) in [
        ("modified (else published)", "versionCreated", version),
        (
            "created",
            "firstCreated",
            article.created.and_then(offset_xsd_instant),
        ),
        (
            "embargo",
            "embargoedUntil",
            article.embargo.and_then(offset_xsd_instant),
        ),
    ] {
        report.equal(
            field,
            "/versionCreated|firstCreated|embargoedUntil",
            instant,
            at(name).as_deref().and_then(written_instant),
        );
    }
    let status = match article.pub_status {
        PubStatus::Usable => "usable",
        PubStatus::Withheld => "withheld",
        PubStatus::Canceled => "canceled",
    };
    report.equal(
        "pub_status",
        "/pubStatus",
        Some(status.to_string()),
        at("pubStatus"),
    );
    report.equal(
        "urgency",
        "/urgency",
        article
            .urgency
            .filter(|u| (1..=9).contains(u))
            .map(u64::from),
        object.get(k("urgency")).and_then(Value::as_u64),
    );
    report.equal(
        "language",
        "/language",
        article.language.as_deref().and_then(well_formed_language),
        at("language"),
    );
    report.equal("title", "/title", short_of(&article.title), at("title"));
    report.equal(
        "slugline",
        "/slugline",
        short_of(&article.slugline),
        at("slugline"),
    );
    report.equal(
        "dateline.city",
        "/located",
        article.dateline.as_ref().and_then(|d| short_of(&d.city)),
        at("located"),
    );
    let creators: Vec<String> = article
        .authors
        .iter()
        .filter(|a| a.kind == AuthorKind::Creator)
        .filter_map(|a| short(&a.name))
        .collect();
    let by =
        short_of(&article.byline).or_else(|| (!creators.is_empty()).then(|| creators.join(", ")));
    report.equal("byline (else the creators)", "/by", by, at("by"));
    // The notes as given, joined by line feeds: compared line by line.
    let notes: Vec<String> = article
        .editorial_notes
        .iter()
        .filter(|n| short(&n.text).is_some())
        .flat_map(|n| n.text.lines())
        .filter_map(line)
        .collect();
    let found_notes: Vec<String> = at("edNote")
        .map(|n| n.lines().filter_map(line).collect())
        .unwrap_or_default();
    report.equal(
        "editorial notes",
        "/edNote (a line each)",
        notes,
        found_notes,
    );
    let rights = &article.rights;
    report.equal(
        "rights.holder",
        "/copyrightHolder",
        rights
            .holder
            .as_ref()
            .and_then(|h| short_of(&h.name).or_else(|| short_of(&h.id))),
        at("copyrightHolder"),
    );
    report.equal(
        "rights.notice",
        "/copyrightNotice",
        long_of(&rights.notice),
        at("copyrightNotice"),
    );
    report.equal(
        "rights.usage_terms",
        "/usageTerms",
        long_of(&rights.usage_terms),
        at("usageTerms"),
    );

    let texts = |name: &str| -> Vec<(Option<String>, Option<String>)> {
        items_at(&object, &format!("/{}", k(name)))
            .iter()
            .map(|t| (str_at(t, "/role"), str_at(t, "/value")))
            .collect()
    };
    let with_role = |pairs: [(&str, Option<String>); 2]| -> Vec<(Option<String>, Option<String>)> {
        pairs
            .into_iter()
            .filter_map(|(role, value)| Some((Some(role.to_string()), Some(value?))))
            .collect()
    };
    // The other headlines follow, each with its role trimmed (none when blank) and its text
    // trimmed. ninjs readers take the first headline without a role or with a main one for the
    // headline, the first sub, subtitle, deck or standfirst for the sub-headline, and without a
    // headline the first of any role: without either, that one is written in its place.
    // Another with the words of one of its role before it reads as a rendition of it and is
    // written once.
    let lower = |role: &Option<String>| role.clone().unwrap_or_default().to_lowercase();
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut others: Vec<(Option<String>, String)> = article
        .headlines
        .iter()
        .filter_map(|h| {
            let role = h.role.as_deref().map(str::trim).filter(|r| !r.is_empty());
            Some((role.map(str::to_string), short(&h.text)?))
        })
        .collect();
    let take = |given: Option<String>, given_role: &str, roles: &[&str], others: &mut Vec<_>| {
        if let Some(text) = given {
            return Some((given_role.to_string(), text));
        }
        let i = others
            .iter()
            .position(|(role, _): &(Option<String>, String)| {
                roles.contains(&lower(role).as_str())
            })?;
        let (role, text) = others.remove(i);
        Some((lower(&role), text))
    };
    let mut main = take(
        short_of(&article.headline),
        "main",
        &["", "main", "headline", "hl1"],
        &mut others,
    );
    let sub = take(
        short_of(&article.subheadline),
        "sub",
        &[
            "sub",
            "subheadline",
            "subhead",
            "subtitle",
            "deck",
            "standfirst",
            "hl2",
        ],
        &mut others,
    );
    if main.is_none() && !others.is_empty() {
        let (role, text) = others.remove(0);
        main = Some((lower(&role), text));
    }
    let mut seen: Vec<(String, String)> = main
        .iter()
        .chain(&sub)
        .map(|(role, text)| (role.clone(), words(text)))
        .collect();
    let mut expected_headlines = with_role([
        ("main", main.map(|(_, text)| text)),
        ("sub", sub.map(|(_, text)| text)),
    ]);
    for (role, text) in others {
        let key = (lower(&role), words(&text));
        if !seen.contains(&key) {
            seen.push(key);
            expected_headlines.push((role, Some(text)));
        }
    }
    report.equal(
        "headline, subheadline, headlines",
        "/headlines (role, value)",
        expected_headlines,
        texts("headlines"),
    );
    // The other descriptions follow, each with its role trimmed (none when blank) and its text
    // as given. ninjs readers take the first credit line for the credit, and a summary (no role,
    // summary, abstract, description), else a caption (caption, text, main, lead, teaser) for
    // the description: without either, the first other that reads as it is written in its
    // place. Another with the words of one of its role before it reads as a rendition of it
    // and is written once.
    let mut others: Vec<(Option<String>, String)> = article
        .descriptions
        .iter()
        .filter_map(|d| {
            let value = long_of(&Some(d.text.clone()))?;
            let role = d.role.as_deref().map(str::trim).filter(|r| !r.is_empty());
            Some((role.map(str::to_string), value))
        })
        .collect();
    let role_is = |role: &Option<String>, names: &[&str]| {
        names.contains(&role.as_deref().unwrap_or_default().to_lowercase().as_str())
    };
    let mut credit = short_of(&article.credit);
    if credit.is_none() {
        let credit_line = ["creditline", "credit", "credit_line"];
        if let Some(i) = others.iter().position(|(r, _)| role_is(r, &credit_line)) {
            credit = short_of(&Some(others.remove(i).1));
        }
    }
    let mut description = long_of(&article.description).map(|d| ("summary".to_string(), d));
    if description.is_none() {
        let summary = ["", "summary", "abstract", "description"];
        let caption = ["caption", "text", "main", "lead", "teaser"];
        let i = others
            .iter()
            .position(|(r, _)| role_is(r, &summary))
            .or_else(|| others.iter().position(|(r, _)| role_is(r, &caption)));
        description = i.map(|i| {
            let (role, text) = others.remove(i);
            (role.unwrap_or_default().to_lowercase(), text)
        });
    }
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut seen: Vec<(String, String)> = description
        .iter()
        .map(|(role, text)| (role.clone(), words(text)))
        .collect();
    let mut expected_descriptions = with_role([
        ("summary", description.map(|(_, text)| text)),
        ("creditline", credit),
    ]);
    for (role, value) in others {
        let key = (
            role.clone().unwrap_or_default().to_lowercase(),
            words(&value),
        );
        if !seen.contains(&key) {
            seen.push(key);
            expected_descriptions.push((role, Some(value)));
        }
    }
    report.equal(
        "description, credit, descriptions",
        "/descriptions (role, value)",
        expected_descriptions,
        texts("descriptions"),
    );

    // The body: an XHTML fragment.
    let bodies = items_at(&object, &format!("/{}", k("bodies")));
    let printed = printed_texts(article, Print::OnBody);
    if !printed.is_empty() {
        report.equal("body", "/bodies", 1, bodies.len());
    }
    if let Some(body) = bodies.first() {
        report.equal(
            "body",
            "/bodies/0/contentType",
            Some("application/xhtml+xml".to_string()),
            str_at(body, &format!("/{}", k("contentType"))),
        );
        let value = str_at(body, "/value").unwrap_or_default();
        let wrapped = format!("<div xmlns=\"http://www.w3.org/1999/xhtml\">{value}</div>");
        match roxmltree::Document::parse(&wrapped) {
            Ok(fragment) => {
                let text = line(&all_text(fragment.root_element())).unwrap_or_default();
                report.in_order(
                    "body (dateline at the lead)",
                    "/bodies/0/value",
                    &printed,
                    &text,
                );
                report.equal(
                    "body tables (caption, cells)",
                    "/bodies/0/value//table: caption, th, td",
                    super::common::table_texts(&article.body),
                    super::common::found_table_texts(fragment.root_element()),
                );
                report.equal(
                    "body figures",
                    "/bodies/0/value//div[@class='figure']",
                    super::common::figures(&article.body),
                    super::common::found_xhtml_figures(fragment.root_element()),
                );
            }
            Err(e) => report.equal(
                "body",
                "/bodies/0/value",
                "an XHTML fragment".to_string(),
                e.to_string(),
            ),
        }
        // NOTE (reported): the model says a writer prints the declared count, else the body's
        // `counted_words` (the body without the dateline, as the G2 and JSON-LD writers
        // count); the ninjs writer counts the body with the dateline printed in it. Both are
        // accepted here until the lead decides.
        let counted = super::common::counted_words(&article.body);
        let with_dateline =
            super::common::counted_words(&super::common::printed_body(article, Print::OnBody));
        let found = body
            .get(k("wordCount"))
            .and_then(Value::as_u64)
            .map(|n| n as usize);
        match article.word_count {
            Some(declared) => report.equal(
                "word_count",
                "/bodies/0/wordCount",
                Some(declared as usize),
                found,
            ),
            None => report.equal(
                "word_count (counted)",
                "/bodies/0/wordCount",
                true,
                found == Some(counted) || found == Some(with_dateline),
            ),
        }
    }

    // Each subject in the array of its kind (a point of interest among the places), genres in
    // their own.
    let of_kind = |names: &[EntityKind]| -> Vec<Concept> {
        let kind = |c: &&Concept| match c.kind {
            None => names.is_empty(),
            Some(kind) => names.contains(&kind),
        };
        article.subjects.iter().filter(kind).cloned().collect()
    };
    for (field, name, concepts) in [
        ("subjects", "subjects", of_kind(&[])),
        (
            "subjects (places)",
            "places",
            of_kind(&[EntityKind::Place, EntityKind::PointOfInterest]),
        ),
        (
            "subjects (people)",
            "people",
            of_kind(&[EntityKind::Person]),
        ),
        (
            "subjects (organisations)",
            "organisations",
            of_kind(&[EntityKind::Organisation]),
        ),
        ("subjects (events)", "events", of_kind(&[EntityKind::Event])),
        (
            "subjects (objects)",
            "objects",
            of_kind(&[EntityKind::Object]),
        ),
        ("genres", "genres", article.genres.clone()),
    ] {
        let found: Vec<_> = items_at(&object, &format!("/{}", k(name)))
            .iter()
            .map(|t| (str_at(t, "/name"), uri_at(t, "/uri"), str_at(t, "/literal")))
            .collect();
        report.equal(
            field,
            "/subjects|places|people|organisations|events|objects|genres (name, uri, literal)",
            concepts.iter().filter_map(term).collect(),
            found,
        );
        // How the item relates to each: `rel`, free text.
        report.equal(
            field,
            "/subjects|places|people|organisations|events|objects|genres/N/rel",
            concepts
                .iter()
                .filter(|c| term(c).is_some())
                .map(|c| short_of(&c.role))
                .collect::<Vec<_>>(),
            items_at(&object, &format!("/{}", k(name)))
                .iter()
                .map(|t| str_at(t, "/rel"))
                .collect(),
        );
    }
    // A place's point: a GeoJSON Point, longitude first (RFC 7946), under `geoJSON`.
    let places = of_kind(&[EntityKind::Place, EntityKind::PointOfInterest]);
    let expected: Vec<_> = places
        .iter()
        .filter(|c| term(c).is_some())
        .map(|c| {
            c.geo
                .map(|g| ("Point".to_string(), vec![g.longitude(), g.latitude()]))
        })
        .collect();
    let found: Vec<_> = items_at(&object, &format!("/{}", k("places")))
        .iter()
        .map(|t| {
            let point = t.get(k("geoJSON"))?;
            let coordinates = point.get("coordinates")?.as_array()?;
            Some((
                str_at(point, "/type")?,
                coordinates.iter().filter_map(Value::as_f64).collect(),
            ))
        })
        .collect();
    report.equal(
        "subject coordinates",
        "/places/N/geoJSON {type: Point, coordinates: [longitude, latitude]}",
        expected,
        found,
    );
    let distributor = "http://cv.iptc.org/newscodes/contentprodpartyrole/distributor";
    let expected_sources: Vec<_> = article
        .provider
        .iter()
        .filter_map(|p| source(p, Some(distributor)))
        .chain(article.sources.iter().filter_map(|p| source(p, None)))
        .collect();
    let found_sources: Vec<_> = items_at(&object, &format!("/{}", k("infoSources")))
        .iter()
        .map(|s| {
            [
                str_at(s, "/name"),
                str_at(s, "/role"),
                uri_at(s, "/uri"),
                str_at(s, "/literal"),
            ]
        })
        .collect();
    report.equal(
        "provider, sources",
        "/infoSources (name, role, uri, literal)",
        expected_sources,
        found_sources,
    );

    // Links: enclosures are renditions of the item, the others associations; then the
    // article's associations.
    let (enclosures, others): (Vec<&Link>, Vec<&Link>) = article
        .links
        .iter()
        .partition(|link| short_of(&link.rel).as_deref() == Some("enclosure"));
    report.equal(
        "links (enclosures)",
        "/renditions (href, contentType, title, name, width, height, sizeInBytes, duration in seconds)",
        rendition_rows(&enclosures),
        found_renditions(&object, generation),
    );
    let mut associations: Vec<AssociationRow> = Vec::new();
    for link in others {
        // Only absolute IRIs (a URI reference in `href`/`uri`).
        let Some(href) = absolute_iri(&link.href) else {
            continue;
        };
        let rel = short_of(&link.rel).filter(|r| r != "related");
        let media_type = short_of(&link.media_type);
        // The target as the `original` file when the link says what it is.
        let original = media_type.as_ref().map(|t| {
            (
                Some(href.clone()),
                Some(t.clone()),
                None,
                Some("original".to_string()),
                None,
                None,
                None,
                None,
            )
        });
        associations.push((
            Some(rel.clone().unwrap_or_else(|| "related".to_string())),
            rel.filter(|_| generation >= 3),
            Some(href),
            media_type
                .as_deref()
                .and_then(kind_of_media)
                .map(str::to_string),
            short_of(&link.title),
            None,
            None,
            None,
            original.into_iter().collect(),
        ));
    }
    for item in &article.associations {
        let files: Vec<&Link> = item.renditions.iter().collect();
        // The uri: the id, else the best file's address; without either, not written.
        let uri = match short_of(&item.id) {
            Some(id) => Some(id),
            None => best_file(&files).and_then(|best| absolute_iri(&best.href)),
        };
        let Some(uri) = uri else {
            continue;
        };
        let rel = short_of(&item.role).filter(|r| r != "related");
        associations.push((
            Some(rel.clone().unwrap_or_else(|| "related".to_string())),
            rel.filter(|_| generation >= 3),
            Some(uri),
            item.kind.map(|k| kind(k).to_string()),
            short_of(&item.headline),
            short_of(&item.byline),
            long_of(&item.caption),
            short_of(&item.credit),
            rendition_rows(&files),
        ));
    }
    let found: Vec<AssociationRow> = items_at(&object, &format!("/{}", k("associations")))
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let description = |role: &str| {
                items_at(a, &format!("/{}", k("descriptions")))
                    .iter()
                    .find(|d| str_at(d, "/role").as_deref() == Some(role))
                    .and_then(|d| str_at(d, "/value"))
            };
            // The uri as the id it writes (`urn:newswire:id:` and the id percent-encoded
            // when the id is no IRI).
            let uri = str_at(a, "/uri").map(|found| {
                match associations.get(i).and_then(|row| row.2.as_deref()) {
                    Some(id) if uri_written_is(id, &found) => id.to_string(),
                    _ => found,
                }
            });
            (
                str_at(a, "/name"),
                str_at(a, "/rel"),
                uri,
                str_at(a, "/type"),
                str_at(a, &format!("/{}/0/value", k("headlines"))),
                str_at(a, "/by"),
                description("caption"),
                description("creditline"),
                found_renditions(a, generation),
            )
        })
        .collect();
    report.equal(
        "links (others), associations",
        "/associations (name, rel, uri, type, headlines/0/value, by, descriptions caption and creditline, renditions)",
        associations,
        found,
    );
    report
}

/// A rendition as the table compares it: href, content type, title, name, width, height, size
/// in bytes, duration in seconds.
type RenditionRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<u64>,
    Option<u64>,
    Option<u64>,
    Option<f64>,
);

/// An association as the table compares it: name, rel, uri, type, headline, by, caption,
/// credit line, renditions.
type AssociationRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Vec<RenditionRow>,
);

/// Files as renditions: those with an absolute IRI, named by their own name when no earlier
/// one has it, else the first free `renditionN`.
fn rendition_rows(files: &[&Link]) -> Vec<RenditionRow> {
    let mut names: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for link in files {
        let Some(href) = absolute_iri(&link.href) else {
            continue;
        };
        let facts = link.rendition.clone().unwrap_or_default();
        let name = short_of(&facts.name)
            .filter(|n| !names.contains(n))
            .unwrap_or_else(|| {
                (1..)
                    .map(|n| format!("rendition{n}"))
                    .find(|n| !names.contains(n))
                    .unwrap_or_default()
            });
        names.push(name.clone());
        rows.push((
            Some(href),
            short_of(&link.media_type),
            short_of(&link.title),
            Some(name),
            facts.width.map(u64::from),
            facts.height.map(u64::from),
            facts.size,
            // Seconds; beyond 1.8e16 seconds (no reader keeps it to the millisecond), none.
            facts
                .duration_ms
                .map(|ms| ms as f64 / 1000.0)
                .filter(|s| (s * 1000.0).round() < 1.8e19),
        ));
    }
    rows
}

/// The renditions of a ninjs object (the item, or an associated item).
fn found_renditions(object: &Value, generation: u8) -> Vec<RenditionRow> {
    let k = |name: &str| key(name, generation);
    items_at(object, &format!("/{}", k("renditions")))
        .iter()
        .map(|r| {
            let number = |key: &str| r.pointer(&format!("/{}", k(key)));
            (
                uri_at(r, "/href"),
                str_at(r, &format!("/{}", k("contentType"))),
                str_at(r, "/title"),
                str_at(r, "/name"),
                number("width").and_then(|v| v.as_u64()),
                number("height").and_then(|v| v.as_u64()),
                number("sizeInBytes").and_then(|v| v.as_u64()),
                number("duration").and_then(|v| v.as_f64()),
            )
        })
        .collect()
}

/// The file that stands for an associated item (MAPPING.md: ninjs and agencies name the
/// full-size file `original`, `main`, `highres`, `hires` or `baseImage`): among those with an
/// address, the first so named (in that order of names), else the first of the largest in
/// pixels, else the first.
fn best_file<'a>(files: &[&'a Link]) -> Option<&'a Link> {
    let with_address: Vec<&Link> = files
        .iter()
        .copied()
        .filter(|l| !l.href.trim().is_empty())
        .collect();
    let name = |l: &Link| l.rendition.as_ref().and_then(|r| short_of(&r.name));
    for wanted in ["original", "main", "highres", "hires", "baseimage"] {
        if let Some(l) = with_address
            .iter()
            .find(|l| name(l).is_some_and(|n| n.eq_ignore_ascii_case(wanted)))
        {
            return Some(l);
        }
    }
    let area = |l: &Link| {
        l.rendition.as_ref().map_or(0, |r| {
            u64::from(r.width.unwrap_or(0)) * u64::from(r.height.unwrap_or(0))
        })
    };
    let mut largest: Option<&Link> = None;
    for l in &with_address {
        if area(l) > 0 && largest.is_none_or(|best| area(l) > area(best)) {
            largest = Some(l);
        }
    }
    largest.or_else(|| with_address.first().copied())
}

/// The type of an associated item a link's media type names.
fn kind_of_media(media_type: &str) -> Option<&'static str> {
    match media_type.split('/').next()?.to_ascii_lowercase().as_str() {
        "image" => Some("picture"),
        "video" => Some("video"),
        "audio" => Some("audio"),
        _ => None,
    }
}
