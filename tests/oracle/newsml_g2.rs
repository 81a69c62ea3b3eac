//! Where NewsML-G2 2.35 holds each model field, for one article written as a `newsItem`
//! (`../shared/specs/MAPPING.md`, the G2 column; NOTES.md §5-7; the 2.35 XSD). Paths are
//! relative to `newsItem`: `IM` = `itemMeta`, `CM` = `contentMeta`, `RI` = `rightsInfo`.
//!
//! | field | where |
//! |---|---|
//! | id | `@guid`: the id, trimmed (one derived from the content without) |
//! | version | `@version` (1, the XSD's default, without) |
//! | kind | `IM/itemClass/@qcode`: `ninat:text`, `ninat:picture`, ... |
//! | language | `@xml:lang` and `CM/language/@tag` (well-formed tags only) |
//! | title | `IM/title` |
//! | services | `IM/service`, in order, as subjects are (a concept without a code in a scheme is not written: `service` takes no literal) |
//! | sections | `IM/memberOf`, in order, as subjects are |
//! | headline | `CM/headline` without `@role`, first |
//! | subheadline | `CM/headline` with `@role='nwrole:subheadline'` (IPTC has no headline roles), next |
//! | headlines | `CM/headline`, after those, each role in `@role` (a QCode or list as given, a word as an `nwrole:` code) or `@roleuri` |
//! | slugline | `CM/slugline` |
//! | keywords | `CM/keyword`, one per element, in order |
//! | subject coordinates | `assert` after `CM`, one per identifier of a place or point of interest with a point, in their order, the first one's details, naming the subject by its `@qcode`, `@uri` or `@literal`: `geoAreaDetails/position` (`POIDetails/position`), `@latitude` and `@longitude` in decimal degrees |
//! | subjects, genres | `CM/subject`, `CM/genre`, in order: `@qcode` or `@uri` resolving to the concept (scheme URI + code; IPTC aliases through catalog 41), a name-only concept as `@literal`; the name in `name`; an entity's kind as `@type`, a `cpnat` QCode (`cpnat:person`, `cpnat:geoArea` for a place, `cpnat:poi`) |
//! | subject relations | `CM/subject/sameAs`, then `CM/subject/broader`, after the subject's `name`, each as a subject is written (its own relations not) |
//! | byline | `CM/by` |
//! | authors | `CM/creator` and `CM/contributor`, in order: `name`; an id as `@uri` (a URI) or `@qcode`; the role in `@role`, a QCode whose code is the role and whose alias resolves; a free-text job title in a `note` (`@jobtitle` takes QCodes only) |
//! | dateline text | `CM/dateline` |
//! | dateline city, region | `CM/located/name`, `CM/located/broader/name` |
//! | dateline geo | `CM/located/geoAreaDetails/position`, `@latitude` and `@longitude` in decimal degrees |
//! | credit | `CM/creditline` |
//! | provider | `IM/provider` (required): the id and `name` |
//! | sources | `CM/infoSource`, in order: the id and `name` |
//! | rights | `RI/copyrightHolder` (the id and `name`); `RI/copyrightNotice`, `RI/usageTerms`: one each for the first and every further notice and usage term, in order |
//! | urgency | `CM/urgency` |
//! | pub_status | `IM/pubStatus/@qcode` (`stat:usable`, ...; absent means usable) |
//! | embargo, created | `IM/embargoed`, `IM/firstCreated` (wall time and offset as given) |
//! | modified | `IM/versionCreated` (required: else the publication or creation time, else 1970-01-01T00:00:00Z, the declared placeholder) |
//! | published | `pubHistory/published/timestamp` |
//! | editorial notes | `IM/edNote`, one each; the role in `@role` (a QCode as given, a word as an `nwrole:` code whose alias resolves) or `@roleuri` |
//! | description, descriptions | `CM/description`: the description first (`@role='drol:summary'`), then the others in order, each role in `@role` (a QCode or list as given; `summary`, `caption` as `drol:` codes; another word as an `nwrole:` code) or `@roleuri` |
//! | body | `contentSet/inlineXML/html` (XHTML) `body`: every block's text in order, the dateline at the head of the lead |
//! | body markup | the same `body`: a `p`, `h1`-`h6`, `blockquote`, `ul`/`ol` of `li`, `pre` for each block, in order; each link's `a/@href`, and `em`, `strong`, `br`, `sup` and `sub` (their text only) where the body has them |
//! | word count | `contentSet/inlineXML/@wordcount`: the declared count, else the body's words |
//! | links | `IM/link`: `@href`, `@contenttype`, `@title`; `@rel` a QCode resolving to the relation (related, or none: `irel:seeAlso`; IANA names under IANA's registry URI, through the item's own `catalog`) |
//! | links: a picture's, graphic's, video's or audio's enclosures without a title | `CS/remoteContent`, in order: `@href`, `@contenttype`; the rendition's name in `@rendition` (a QCode as given, a word as an `nwrole:` code; a list of QCodes is not written) or `@renditionuri`; `@width`, `@height`, `@size`; `@duration` in whole seconds, else in milliseconds with `@durationunit='timeunit:milliseconds'` |
//!
//! Not here: the priority (only a `newsMessage` header has one, not a single item), the
//! dateline's date and agencies (printed in its text only), extensions (not carried).

use newswire::model::{Article, AuthorKind, Concept, EntityKind, ItemKind, Link, Party, PubStatus};
use roxmltree::Node;

use super::common::{
    IPTC_ALIASES, Print, Report, Vocabulary, WallTime, all_text, attributes, child_text, children,
    counted_words, elements, figures, folded, folded_of, found_marks, found_skeleton,
    found_table_texts, found_xhtml_figures, line, line_of, marks, printed_texts, scheme_uri,
    skeleton, table_texts, texts, well_formed_language, written_wall_time, xsd_wall_time,
};

/// The XML namespace (`xml:lang`).
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const NAR_NS: &str = "http://iptc.org/std/nar/2006-10-01/";

/// IPTC catalog 41 aliases a G2 writer may use without declaring them (the catalogRef),
/// beyond the concept schemes in [`IPTC_ALIASES`]: `catalog.IPTC-G2-Standards_41.xml`.
const IPTC_CATALOG: [(&str, &str); 4] = [
    ("irel", "http://cv.iptc.org/newscodes/itemrelation/"),
    (
        "cpprole",
        "http://cv.iptc.org/newscodes/contentprodpartyrole/",
    ),
    ("ninat", "http://cv.iptc.org/newscodes/ninature/"),
    ("stat", "http://cv.iptc.org/newscodes/pubstatusg2/"),
];

/// Where RFC 4287 (§4.2.7.2) puts registered relation names: the IANA registry.
const IANA_RELATIONS: &str = "http://www.iana.org/assignments/relation/";

/// What a G2 writer must write for a model link relation, as a URI: IPTC's item relations
/// where they say the same (`irel:seeAlso` for a related resource, `irel:previousVersion` for
/// RFC 5829's predecessor-version), a QCode as its scheme resolves it, any other IANA name
/// under the registry's URI. No relation is a related resource.
fn relation_uri(rel: Option<&str>) -> Option<String> {
    let rel = rel
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .unwrap_or("related");
    let irel = |code: &str| format!("http://cv.iptc.org/newscodes/itemrelation/{code}");
    Some(match rel {
        "related" => irel("seeAlso"),
        "predecessor-version" => irel("previousVersion"),
        // A QCode the article gives means what IPTC's catalog says (never the item's own).
        rel if rel.contains(':') => resolve(rel, &[])?,
        rel => format!("{IANA_RELATIONS}{rel}"),
    })
}

/// A QCode as a URI: its alias through the item's own `catalog`, else IPTC's catalog.
fn resolve(qcode: &str, catalog: &[(String, String)]) -> Option<String> {
    let (alias, code) = qcode.split_once(':')?;
    let uri = catalog
        .iter()
        .find(|(a, _)| a == alias)
        .map(|(_, uri)| uri.clone())
        .or_else(|| {
            IPTC_ALIASES
                .iter()
                .chain(&IPTC_CATALOG)
                .find(|(a, _)| *a == alias)
                .map(|(_, uri)| uri.to_string())
        })?;
    Some(format!("{uri}{code}"))
}

/// The concept a `subject` or `genre` stands for: a URI when IPTC's catalog resolves its
/// alias, else the QCode; `None` for a literal.
fn found_concept(node: Node<'_, '_>) -> (Option<String>, Option<String>, Option<String>) {
    let id = node.attribute("uri").map(str::to_string).or_else(|| {
        node.attribute("qcode").map(|q| {
            q.split_once(':')
                .and_then(|(alias, code)| {
                    IPTC_ALIASES
                        .iter()
                        .find(|(a, _)| *a == alias)
                        .map(|(_, uri)| format!("{uri}{code}"))
                })
                .unwrap_or_else(|| q.to_string())
        })
    });
    let nature = node.attribute("type").map(str::to_string);
    (id, child_text(node, "name"), nature)
}

/// What a concept must be written as: its URI (a scheme URI and the code, or an IPTC alias
/// resolved) or its QCode, and its name.
fn expected_concept(concept: &Concept) -> Option<(Option<String>, Option<String>, Option<String>)> {
    let name = folded_of(&concept.name);
    let id = match (line_of(&concept.scheme), line_of(&concept.code)) {
        (Some(scheme), Some(code)) if scheme.contains('/') => Some(format!("{scheme}{code}")),
        (Some(scheme), Some(code)) => {
            Some(scheme_uri(&scheme).map_or_else(|| format!("{scheme}:{code}"), |uri| uri + &code))
        }
        _ => None,
    };
    // An entity's kind is its concept nature, IPTC's `cpnat` QCode.
    let nature = concept.kind.map(|kind| {
        let code = match kind {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "geoArea",
            EntityKind::PointOfInterest => "poi",
            EntityKind::Event => "event",
            EntityKind::Object => "object",
        };
        format!("cpnat:{code}")
    });
    (id.is_some() || name.is_some()).then_some((id, name, nature))
}

/// How G2 identifies a party or author by its id: a URI in `@uri`, a QCode in `@qcode`.
fn id_attribute(id: &str) -> (&'static str, String) {
    let id = id.trim();
    if id.contains("://") || id.starts_with("urn:") {
        ("uri", id.to_string())
    } else if id.contains(':') {
        ("qcode", id.to_string())
    } else {
        ("literal", id.to_string())
    }
}

/// A party element's id attribute (when the party has an id) and `name`.
fn found_party(
    node: Node<'_, '_>,
    with_id: bool,
) -> (Option<(&'static str, String)>, Option<String>) {
    let id = with_id
        .then(|| {
            ["uri", "qcode", "literal"]
                .into_iter()
                .find_map(|a| node.attribute(a).map(|v| (a, v.to_string())))
        })
        .flatten();
    (id, child_text(node, "name"))
}

fn expected_party(party: &Party) -> (Option<(&'static str, String)>, Option<String>) {
    let id = party
        .id
        .as_deref()
        .and_then(line)
        .map(|id| id_attribute(&id));
    (id, folded_of(&party.name))
}

/// The `ninat` code of an item kind (IPTC NewsItem Nature scheme).
fn ninat(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Text => "ninat:text",
        ItemKind::Picture => "ninat:picture",
        ItemKind::Graphic => "ninat:graphic",
        ItemKind::Video => "ninat:video",
        ItemKind::Audio => "ninat:audio",
        ItemKind::Composite => "ninat:composite",
        _ => "ninat:(a kind newer than this table)",
    }
}

/// Checks `output`, `article` written as NewsML-G2, against the table above.
pub fn check(article: &Article, output: &str) -> Report {
    let mut report = Report::default();
    let document = match roxmltree::Document::parse(output) {
        Ok(document) => document,
        Err(e) => {
            report.equal(
                "document",
                "newsItem",
                "well-formed XML".to_string(),
                e.to_string(),
            );
            return report;
        }
    };
    let item = document.root_element();
    report.equal("root", "/", "newsItem", item.tag_name().name());
    report.equal(
        "namespace",
        "newsItem",
        Some(NAR_NS),
        item.tag_name().namespace(),
    );
    let im = |path: &str| format!("newsItem/itemMeta/{path}");
    let cm = |path: &str| format!("newsItem/contentMeta/{path}");
    let one = |path: String| texts(item, &path);

    // Identity.
    let guid = item.attribute("guid").map(str::to_string);
    match article.id.as_deref().and_then(line) {
        Some(_) => report.equal(
            "id",
            "@guid",
            article.id.as_deref().map(|id| id.trim().to_string()),
            guid,
        ),
        None => report.equal(
            "id (derived)",
            "@guid",
            true,
            guid.is_some_and(|g| !g.is_empty()),
        ),
    }
    let version = article.version.filter(|v| *v >= 1).unwrap_or(1).to_string();
    report.equal(
        "version",
        "@version",
        Some(version.as_str()),
        item.attribute("version"),
    );
    report.equal(
        "kind",
        "IM/itemClass/@qcode",
        vec![ninat(article.kind).to_string()],
        attributes(item, "newsItem/itemMeta/itemClass", "qcode"),
    );
    if let Some(language) = article.language.as_deref().and_then(well_formed_language) {
        report.equal(
            "language",
            "@xml:lang",
            Some(language.as_str()),
            item.attribute((XML_NS, "lang")),
        );
        report.equal(
            "language",
            "CM/language/@tag",
            vec![language.clone()],
            attributes(item, &cm("language"), "tag"),
        );
    }

    // Lines.
    report.equal(
        "title",
        "IM/title",
        line_of(&article.title).into_iter().collect(),
        one(im("title")),
    );
    // The headline without a role, the sub-headline with a provider role (IPTC has no headline
    // roles), then the other headlines with their roles (see `expected_role`). G2 readers take
    // the first headline without a role or with a main one for the headline, and the first with
    // a sub role for the sub-headline: without either, that one is written in its place.
    let mut others: Vec<(Option<(String, String)>, String)> = article
        .headlines
        .iter()
        .filter_map(|h| Some((expected_role(&h.role, &[]), line(&h.text)?)))
        .collect();
    let code = |role: &Option<(String, String)>| {
        role.as_ref().map(|(attr, value)| {
            let value = match attr.as_str() {
                "unchecked" => format!("nwrole:{}", value.replace(' ', "-")),
                _ => value.clone(),
            };
            let first = value.split(' ').next().unwrap_or_default().to_string();
            first
                .rsplit([':', '/', '#'])
                .next()
                .unwrap_or_default()
                .to_lowercase()
        })
    };
    let is_main = |role: &Option<(String, String)>| {
        code(role).is_none_or(|c| ["main", "headline", "hl1", "head"].contains(&c.as_str()))
    };
    let is_sub = |role: &Option<(String, String)>| {
        let subs = [
            "sub",
            "subheadline",
            "subhead",
            "subtitle",
            "deck",
            "standfirst",
            "hl2",
        ];
        code(role).is_some_and(|c| subs.contains(&c.as_str()))
    };
    let mut main = line_of(&article.headline);
    if main.is_none()
        && let Some(i) = others.iter().position(|(role, _)| is_main(role))
    {
        main = Some(others.remove(i).1);
    }
    let mut sub = line_of(&article.subheadline);
    if sub.is_none()
        && let Some(i) = others.iter().position(|(role, _)| is_sub(role))
    {
        sub = Some(others.remove(i).1);
    }
    let expected: Vec<(Option<(String, String)>, String)> = main
        .map(|m| (None, m))
        .into_iter()
        .chain(sub.map(|s| {
            let role = ("role".to_string(), "nwrole:subheadline".to_string());
            (Some(role), s)
        }))
        .chain(others)
        .collect();
    let found: Vec<(Option<(String, String)>, String)> = elements(item, &cm("headline"))
        .into_iter()
        .filter_map(|h| Some((found_role(h), line(&all_text(h))?)))
        .collect();
    report.equal(
        "headline, subheadline, headlines",
        "CM/headline",
        expected
            .iter()
            .map(|(_, text)| text.clone())
            .collect::<Vec<_>>(),
        found
            .iter()
            .map(|(_, text)| text.clone())
            .collect::<Vec<_>>(),
    );
    let roles = |list: &[(Option<(String, String)>, String)]| -> Vec<Option<(String, String)>> {
        list.iter().map(|(role, _)| role.clone()).collect()
    };
    let (expected_checked, found_checked) = checked_roles(&roles(&expected), &roles(&found));
    report.equal(
        "headline roles",
        "CM/headline/@role|@roleuri",
        expected_checked,
        found_checked,
    );
    report.equal(
        "slugline",
        "CM/slugline",
        folded_of(&article.slugline).into_iter().collect(),
        one(cm("slugline")),
    );
    report.equal(
        "keywords",
        "CM/keyword",
        article.keywords.iter().filter_map(|k| folded(k)).collect(),
        one(cm("keyword")),
    );
    for (field, tag, concepts) in [
        ("subjects", "subject", &article.subjects),
        ("genres", "genre", &article.genres),
    ] {
        let found: Vec<_> = elements(item, &cm(tag))
            .into_iter()
            .map(found_concept)
            .collect();
        let expected: Vec<_> = concepts.iter().filter_map(expected_concept).collect();
        report.equal(
            field,
            "CM/subject|genre (@qcode|@uri, name, @type)",
            expected,
            found,
        );
    }
    // A subject's `sameAs` and `broader` concepts: its children after its name, each written
    // as a subject is (the children of the subjects written, in order).
    let written: Vec<&Concept> = article
        .subjects
        .iter()
        .filter(|s| expected_concept(s).is_some())
        .collect();
    let subject_nodes = elements(item, &cm("subject"));
    for (tag, related) in [
        (
            "sameAs",
            (|s: &Concept| s.same_as.clone()) as fn(&Concept) -> Vec<Concept>,
        ),
        ("broader", |s: &Concept| s.broader.clone()),
    ] {
        let expected: Vec<Vec<_>> = written
            .iter()
            .map(|s| related(s).iter().filter_map(expected_concept).collect())
            .collect();
        let found: Vec<Vec<_>> = subject_nodes
            .iter()
            .map(|node| children(*node, tag).map(found_concept).collect())
            .collect();
        report.equal(
            "subject relations",
            "CM/subject/sameAs|broader (@qcode|@uri|@literal, name, @type)",
            expected,
            found,
        );
    }
    // Services take a QCode or a URI, never a literal: a service without a code in a scheme
    // is not written. Sections may be literals.
    let services: Vec<_> = article
        .services
        .iter()
        .filter_map(expected_concept)
        .filter(|(id, ..)| id.is_some())
        .collect();
    let found: Vec<_> = elements(item, "newsItem/itemMeta/service")
        .into_iter()
        .map(found_concept)
        .collect();
    report.equal(
        "services",
        "IM/service (@qcode|@uri, name)",
        services,
        found,
    );
    let found: Vec<_> = elements(item, "newsItem/itemMeta/memberOf")
        .into_iter()
        .map(found_concept)
        .collect();
    let sections: Vec<_> = article
        .sections
        .iter()
        .filter_map(expected_concept)
        .collect();
    report.equal(
        "sections",
        "IM/memberOf (@qcode|@uri|@literal, name)",
        sections,
        found,
    );
    // A place's point, which `subject` cannot hold: an `assert` after `contentMeta` naming the
    // subject by the same attribute, `geoAreaDetails/position` (a point of interest's
    // `POIDetails/position`) with decimal degrees.
    let written_subjects = elements(item, &cm("subject"));
    // One assert per identifier, in the order of the places: the first place's details, the
    // first point among the places with that identifier.
    type Place<'a> = ((&'a str, String), &'a str, Option<(f64, f64)>);
    let mut expected: Vec<Place<'_>> = Vec::new();
    for (subject, node) in article
        .subjects
        .iter()
        .filter(|s| expected_concept(s).is_some())
        .zip(&written_subjects)
    {
        let details = match subject.kind {
            Some(EntityKind::Place) => "geoAreaDetails",
            Some(EntityKind::PointOfInterest) => "POIDetails",
            _ => continue,
        };
        let (Some(id), _) = found_party(*node, true) else {
            continue;
        };
        let point = subject.geo.map(|g| (g.latitude(), g.longitude()));
        match expected.iter_mut().find(|(seen, ..)| *seen == id) {
            Some((_, _, first @ None)) => *first = point,
            Some(_) => {}
            None => expected.push((id, details, point)),
        }
    }
    let expected: Vec<_> = expected
        .into_iter()
        .filter_map(|(id, details, point)| {
            let (latitude, longitude) = point?;
            Some((id, details, latitude, longitude))
        })
        .collect();
    let found: Vec<_> = elements(item, "newsItem/assert")
        .into_iter()
        .filter_map(|assert| {
            let (id, _) = found_party(assert, true);
            let details = assert.children().find(|c| c.is_element())?;
            let position = details
                .children()
                .find(|c| c.has_tag_name((NAR_NS, "position")))?;
            let degrees = |name| position.attribute(name)?.parse::<f64>().ok();
            Some((
                id?,
                details.tag_name().name(),
                degrees("latitude")?,
                degrees("longitude")?,
            ))
        })
        .collect();
    report.equal(
        "subject coordinates",
        "assert[@qcode|@uri|@literal]/geoAreaDetails|POIDetails/position",
        expected,
        found,
    );
    report.equal(
        "byline",
        "CM/by",
        line_of(&article.byline).into_iter().collect(),
        one(cm("by")),
    );

    // Authors, in order.
    let catalog: Vec<(String, String)> = elements(item, "newsItem/catalog/scheme")
        .into_iter()
        .filter_map(|s| {
            Some((
                s.attribute("alias")?.to_string(),
                s.attribute("uri")?.to_string(),
            ))
        })
        .collect();
    let found_authors: Vec<_> = elements(item, "newsItem/contentMeta")
        .into_iter()
        .flat_map(|c| c.children())
        .filter(|c| matches!(c.tag_name().name(), "creator" | "contributor"))
        .map(|a| {
            let role = a.attribute("role").map(|r| {
                let code = r.split_once(':').map(|(_, code)| code.to_lowercase());
                (code, resolve(r, &catalog).is_some())
            });
            let job_titles: Vec<String> = children(a, "note")
                .filter_map(|n| line(&all_text(n)))
                .chain(a.attribute("jobtitle").map(str::to_string))
                .collect();
            let with_id = a.attribute("uri").is_some() || a.attribute("qcode").is_some();
            let (id, name) = found_party(a, with_id);
            (a.tag_name().name().to_string(), name, id, role, job_titles)
        })
        .collect();
    // An author with neither name nor id is not written; an id of free text (`@literal`)
    // stands in for a blank name.
    let expected_authors: Vec<_> = article
        .authors
        .iter()
        .filter_map(|a| {
            let tag = match a.kind {
                AuthorKind::Creator => "creator",
                _ => "contributor",
            };
            let id = a.id.as_deref().and_then(line).map(|id| id_attribute(&id));
            let (id, literal) = match id {
                Some(("literal", text)) => (None, folded(&text)),
                id => (id, None),
            };
            let name = folded(&a.name).or(literal);
            if name.is_none() && id.is_none() {
                return None;
            }
            // A role of several words is one code, its words joined by hyphens (a QCode's
            // code holds no whitespace); IPTC's own codes are camel case (`cpprole:editor`).
            // A QCode is written as given: its alias resolves when IPTC's catalog declares it
            // (one the source's own catalog declared is not in the model); a role in words
            // becomes a code of IPTC's or newswire's scheme, which resolves.
            let role = a.role.as_deref().and_then(folded).map(|r| {
                let qcode = r.split_once(':').filter(|(alias, code)| {
                    !alias.is_empty() && !code.is_empty() && !r.contains(' ')
                });
                let resolves =
                    qcode.is_none_or(|(alias, _)| resolve(&format!("{alias}:x"), &[]).is_some());
                let code = match r.split_once(':') {
                    Some((_, code)) if qcode.is_some() => code.to_string(),
                    _ => r.replace(' ', "-"),
                };
                (Some(code.to_lowercase()), resolves)
            });
            // A QCode or URI goes in `@jobtitle`/`@jobtitleuri` as given (trimmed), text in a
            // `note`.
            let job_titles: Vec<String> = a
                .job_title
                .as_deref()
                .and_then(|raw| {
                    let t = raw.trim();
                    if t.contains(':') && !t.contains(char::is_whitespace) {
                        Some(t.to_string())
                    } else {
                        line(raw)
                    }
                })
                .into_iter()
                .collect();
            Some((tag.to_string(), name, id, role, job_titles))
        })
        .collect();
    report.equal(
        "authors (kind, name, id, role code and its scheme resolved, job title)",
        "CM/creator|contributor",
        expected_authors,
        found_authors,
    );

    // The dateline.
    if let Some(dateline) = &article.dateline {
        report.equal(
            "dateline.text",
            "CM/dateline",
            line(&dateline.text).into_iter().collect(),
            one(cm("dateline")),
        );
        let places: Vec<String> = [&dateline.city, &dateline.region]
            .into_iter()
            .filter_map(folded_of)
            .collect();
        if let Some((place, broader)) = places.split_first() {
            report.equal(
                "dateline.city",
                "CM/located/name",
                vec![place.clone()],
                one(cm("located/name")),
            );
            report.equal(
                "dateline.region",
                "CM/located/broader/name",
                broader.to_vec(),
                one(cm("located/broader/name")),
            );
        }
        let found: Vec<(Option<f64>, Option<f64>)> =
            elements(item, &cm("located/geoAreaDetails/position"))
                .into_iter()
                .map(|p| {
                    let degrees = |name| p.attribute(name).and_then(|v| v.parse::<f64>().ok());
                    (degrees("latitude"), degrees("longitude"))
                })
                .collect();
        report.equal(
            "dateline.geo",
            "CM/located/geoAreaDetails/position (@latitude, @longitude)",
            dateline
                .geo
                .map(|g| (Some(g.latitude()), Some(g.longitude())))
                .into_iter()
                .collect(),
            found,
        );
    }
    report.equal(
        "credit",
        "CM/creditline",
        folded_of(&article.credit).into_iter().collect(),
        one(cm("creditline")),
    );

    // Parties.
    let providers = elements(item, "newsItem/itemMeta/provider");
    report.equal("provider (required)", "IM/provider", 1, providers.len());
    if let (Some(provider), Some(node)) = (&article.provider, providers.first()) {
        let expected = expected_party(provider);
        if expected.0.is_some() || expected.1.is_some() {
            report.equal(
                "provider",
                "IM/provider (id, name)",
                expected.clone(),
                found_party(*node, expected.0.is_some()),
            );
        }
    }
    let sources: Vec<_> = article
        .sources
        .iter()
        .map(expected_party)
        .filter(|(id, name)| id.is_some() || name.is_some())
        .collect();
    let found_sources: Vec<_> = elements(item, &cm("infoSource"))
        .into_iter()
        .zip(&sources)
        .map(|(node, (id, _))| found_party(node, id.is_some()))
        .collect();
    report.equal(
        "sources",
        "CM/infoSource (id, name)",
        sources.clone(),
        found_sources,
    );
    report.equal(
        "sources (count)",
        "CM/infoSource",
        sources.len(),
        elements(item, &cm("infoSource")).len(),
    );
    let rights = &article.rights;
    if let Some(holder) = &rights.holder {
        let expected = expected_party(holder);
        let found: Vec<_> = elements(item, "newsItem/rightsInfo/copyrightHolder")
            .into_iter()
            .map(|n| found_party(n, expected.0.is_some()))
            .collect();
        report.equal(
            "rights.holder",
            "RI/copyrightHolder (id, name)",
            // A holder with neither id nor name is not written.
            Some(expected)
                .filter(|(id, name)| id.is_some() || name.is_some())
                .into_iter()
                .collect(),
            found,
        );
    }
    // Every notice and every usage term, the first first, one element each.
    report.equal(
        "rights.notice, rights.further_notices",
        "RI/copyrightNotice",
        rights
            .notice
            .iter()
            .chain(&rights.further_notices)
            .filter_map(|n| line(n))
            .collect(),
        one("newsItem/rightsInfo/copyrightNotice".into()),
    );
    report.equal(
        "rights.usage_terms, rights.further_usage_terms",
        "RI/usageTerms",
        rights
            .usage_terms
            .iter()
            .chain(&rights.further_usage_terms)
            .filter_map(|t| line(t))
            .collect(),
        one("newsItem/rightsInfo/usageTerms".into()),
    );

    // Status and times.
    report.equal(
        "urgency",
        "CM/urgency",
        article
            .urgency
            .filter(|u| (1..=9).contains(u))
            .map(|u| u.to_string())
            .into_iter()
            .collect(),
        one(cm("urgency")),
    );
    let status = match article.pub_status {
        PubStatus::Usable => "stat:usable",
        PubStatus::Withheld => "stat:withheld",
        PubStatus::Canceled => "stat:canceled",
    };
    let found_status = attributes(item, &im("pubStatus"), "qcode");
    if !(article.pub_status == PubStatus::Usable && found_status.is_empty()) {
        report.equal(
            "pub_status",
            "IM/pubStatus/@qcode",
            vec![status.to_string()],
            found_status,
        );
    }
    let times = |path: String| -> Vec<Option<WallTime>> {
        texts(item, &path)
            .iter()
            .map(|t| written_wall_time(t))
            .collect()
    };
    for (field, at, path, time) in [
        ("embargo", "IM/embargoed", im("embargoed"), article.embargo),
        (
            "created",
            "IM/firstCreated",
            im("firstCreated"),
            article.created,
        ),
        (
            "published",
            "pubHistory/published/timestamp",
            "newsItem/pubHistory/published/timestamp".to_string(),
            article.published,
        ),
    ] {
        let expected: Vec<Option<WallTime>> =
            time.and_then(xsd_wall_time).map(Some).into_iter().collect();
        report.equal(field, at, expected, times(path));
    }
    let version_created = times(im("versionCreated"));
    // Required: the first of the modification, publication and creation times an
    // `xs:dateTime` holds, else 1970-01-01T00:00:00Z (the declared placeholder).
    let expected_version_created: Vec<Option<WallTime>> = vec![
        [article.modified, article.published, article.created]
            .into_iter()
            .flatten()
            .find_map(xsd_wall_time)
            .or_else(|| written_wall_time("1970-01-01T00:00:00Z")),
    ];
    report.equal(
        "modified",
        "IM/versionCreated",
        expected_version_created,
        version_created,
    );

    report.equal(
        "editorial notes",
        "IM/edNote",
        article
            .editorial_notes
            .iter()
            .filter_map(|n| line(&n.text))
            .collect(),
        one(im("edNote")),
    );
    // Each note's role: see `expected_role`.
    let expected_roles: Vec<Option<(String, String)>> = article
        .editorial_notes
        .iter()
        .filter(|n| line(&n.text).is_some())
        .map(|n| expected_role(&n.role, &[]))
        .collect();
    let found_roles: Vec<Option<(String, String)>> = elements(item, &im("edNote"))
        .into_iter()
        .filter(|n| line(&all_text(*n)).is_some())
        .map(found_role)
        .collect();
    let (expected_checked, found_checked) = checked_roles(&expected_roles, &found_roles);
    report.equal(
        "editorial note roles",
        "IM/edNote/@role|@roleuri",
        expected_checked,
        found_checked,
    );
    // The descriptions: the summary first (`drol:summary`), then the others in order, each
    // with its role (see `expected_role`; `summary` and `caption` are IPTC's `drol:` codes).
    let descriptions = elements(item, &cm("description"));
    let found_texts: Vec<String> = descriptions
        .iter()
        .filter_map(|d| line(&all_text(*d)))
        .collect();
    let mut summary = line_of(&article.description);
    let mut others: Vec<_> = article
        .descriptions
        .iter()
        .filter(|d| line(&d.text).is_some())
        .collect();
    // Without a description, G2 readers take a summary (no role, or IPTC's summary), else a
    // teaser, abstract or intro, else for a picture, video, audio or graphic the first: that
    // one is written as the summary.
    if summary.is_none() {
        let code = |d: &&newswire::model::RoledText| {
            d.role.as_deref().and_then(|r| {
                let first = r.split_whitespace().next()?;
                Some(first.rsplit([':', '/', '#']).next()?.to_lowercase())
            })
        };
        let visual = !matches!(article.kind, ItemKind::Text | ItemKind::Composite);
        let promoted = others
            .iter()
            .position(|d| code(d).is_none_or(|c| c == "summary"))
            .or_else(|| {
                others.iter().position(|d| {
                    code(d).is_some_and(|c| ["teaser", "abstract", "intro"].contains(&c.as_str()))
                })
            })
            .or((visual && !others.is_empty()).then_some(0));
        if let Some(i) = promoted {
            summary = line(&others.remove(i).text);
        }
    }
    let expected_texts: Vec<String> = summary
        .clone()
        .into_iter()
        .chain(others.iter().filter_map(|d| line(&d.text)))
        .collect();
    report.equal(
        "description, descriptions",
        "CM/description",
        expected_texts,
        found_texts,
    );
    let expected_description_roles: Vec<Option<(String, String)>> = summary
        .map(|_| Some(("role".to_string(), "drol:summary".to_string())))
        .into_iter()
        .chain(
            others
                .iter()
                .map(|d| expected_role(&d.role, &["summary", "caption"])),
        )
        .collect();
    let found_description_roles: Vec<Option<(String, String)>> = descriptions
        .iter()
        .filter(|d| line(&all_text(**d)).is_some())
        .map(|d| found_role(*d))
        .collect();
    let (expected_checked, found_checked) =
        checked_roles(&expected_description_roles, &found_description_roles);
    report.equal(
        "description roles",
        "CM/description/@role|@roleuri",
        expected_checked,
        found_checked,
    );
    let unresolved: Vec<String> = found_roles
        .iter()
        .chain(&found_description_roles)
        .flatten()
        .filter(|(attr, value)| attr == "role" && value.starts_with("nwrole:"))
        .filter(|(_, value)| resolve(value, &catalog).is_none())
        .map(|(_, value)| value.clone())
        .collect();
    report.equal(
        "note and description roles resolve",
        "catalog/scheme[@alias='nwrole']",
        Vec::<String>::new(),
        unresolved,
    );

    // The body and its word count.
    let inline = elements(item, "newsItem/contentSet/inlineXML");
    let words = counted_words(&article.body);
    if words > 0 {
        report.equal("body", "contentSet/inlineXML", 1, inline.len());
    }
    if let Some(inline) = inline.first() {
        let html: Vec<Node> = children(*inline, "html").collect();
        report.equal(
            "body",
            "inlineXML/html (XHTML)",
            vec![Some("http://www.w3.org/1999/xhtml")],
            html.iter().map(|h| h.tag_name().namespace()).collect(),
        );
        let body: String = html
            .iter()
            .flat_map(|h| children(*h, "body"))
            .map(|b| all_text(b))
            .collect::<Vec<_>>()
            .join(" ");
        let body = line(&body).unwrap_or_default();
        for node in html.iter().flat_map(|h| children(*h, "body")) {
            report.equal(
                "body markup (blocks)",
                "inlineXML/html/body: p, h1-h6, blockquote, ul/ol/li, pre",
                skeleton(article, Vocabulary::Xhtml, Print::OnCanonical),
                found_skeleton(node),
            );
            report.equal(
                "body markup (links, em, strong, br, sup, sub)",
                "inlineXML/html/body: a/@href, em, strong, br, sup, sub",
                marks(&article.body),
                found_marks(node),
            );
            report.equal(
                "body tables (caption, cells)",
                "inlineXML/html/body//table: caption, th, td",
                table_texts(&article.body),
                found_table_texts(node),
            );
            report.equal(
                "body figures",
                "inlineXML/html/body//div[@class='figure']",
                figures(&article.body),
                found_xhtml_figures(node),
            );
        }
        report.in_order(
            "body (dateline at the lead)",
            "inlineXML/html/body",
            &printed_texts(article, Print::OnCanonical),
            &body,
        );
        let expected = article.word_count.map_or(words, |n| n as usize).to_string();
        report.equal(
            "word_count",
            "inlineXML/@wordcount",
            Some(expected.as_str()),
            inline.attribute("wordcount"),
        );
    }

    // A picture's, graphic's, video's or audio's enclosures without a title are its
    // renditions, `contentSet/remoteContent`, in order; every other link is an `itemMeta/link`.
    let media_item = matches!(
        article.kind,
        ItemKind::Picture | ItemKind::Graphic | ItemKind::Video | ItemKind::Audio
    );
    let is_rendition = |l: &Link| {
        media_item
            && l.rel.as_deref().map(str::trim) == Some("enclosure")
            && line(&l.href).is_some()
            && line_of(&l.title).is_none()
    };
    // A name with a colon that is no QCode is left to the round trip (`expected_role`).
    let unchecked: Vec<bool> = article
        .links
        .iter()
        .filter(|l| is_rendition(l))
        .map(|l| {
            let name = l.rendition.as_ref().and_then(|r| r.name.clone());
            expected_role(&name, &[]).is_some_and(|(attr, _)| attr == "unchecked")
        })
        .collect();
    let expected_renditions: Vec<Vec<(String, String)>> = article
        .links
        .iter()
        .filter(|l| is_rendition(l))
        .map(|l| {
            let mut attrs = vec![("href".to_string(), l.href.trim().to_string())];
            attrs.extend(line_of(&l.media_type).map(|t| ("contenttype".to_string(), t)));
            let r = l.rendition.clone().unwrap_or_default();
            match expected_role(&r.name, &[]) {
                Some((attr, value)) if attr == "role" && !value.contains(' ') => {
                    attrs.push(("rendition".to_string(), value));
                }
                Some((attr, value)) if attr == "roleuri" => {
                    attrs.push(("renditionuri".to_string(), value));
                }
                _ => {}
            }
            let mut number = |name: &str, n: Option<u64>| {
                attrs.extend(n.map(|n| (name.to_string(), n.to_string())));
            };
            number("width", r.width.map(u64::from));
            number("height", r.height.map(u64::from));
            number("size", r.size);
            // Whole seconds, else milliseconds in IPTC's time unit.
            match r.duration_ms {
                Some(ms) if ms % 1000 == 0 => number("duration", Some(ms / 1000)),
                Some(ms) => {
                    number("duration", Some(ms));
                    attrs.push((
                        "durationunit".to_string(),
                        "timeunit:milliseconds".to_string(),
                    ));
                }
                None => {}
            }
            attrs.sort();
            attrs
        })
        .collect();
    let found_renditions: Vec<Vec<(String, String)>> =
        elements(item, "newsItem/contentSet/remoteContent")
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let mut attrs: Vec<(String, String)> = e
                    .attributes()
                    .map(|a| (a.name().to_string(), a.value().to_string()))
                    .filter(|(name, _)| {
                        !(unchecked.get(i) == Some(&true)
                            && (name == "rendition" || name == "renditionuri"))
                    })
                    .collect();
                attrs.sort();
                attrs
            })
            .collect();
    report.equal(
        "links (renditions: href, type, name, sizes, duration)",
        "CS/remoteContent",
        expected_renditions,
        found_renditions,
    );
    // Links, in order.
    let found_links: Vec<_> = elements(item, &im("link"))
        .into_iter()
        .map(|l| {
            let rel = l
                .attribute("rel")
                .and_then(|r| resolve(r, &catalog))
                .or_else(|| l.attribute("reluri").map(str::to_string));
            (
                l.attribute("href").map(str::to_string),
                rel,
                l.attribute("contenttype").map(str::to_string),
                l.attribute("title").map(str::to_string),
            )
        })
        .collect();
    let expected_links: Vec<_> = article
        .links
        .iter()
        .filter(|l| !is_rendition(l))
        .filter_map(|l| {
            let href = line(&l.href)?;
            Some((
                Some(href),
                relation_uri(l.rel.as_deref()),
                line_of(&l.media_type),
                line_of(&l.title),
            ))
        })
        .collect();
    report.equal(
        "links (href, relation, type, title)",
        "IM/link",
        expected_links,
        found_links,
    );
    report
}

/// The role attribute a note's or description's role is written as, or `("unchecked", _)` for
/// free text with a colon, left to the round trip: a QCode, a list of QCodes or a URI as given
/// (`@role`, `@roleuri`); one of IPTC's `words` as its `drol:` code; another word as a code of
/// newswire's scheme, its words joined by hyphens.
fn expected_role(role: &Option<String>, iptc_words: &[&str]) -> Option<(String, String)> {
    let role = folded_of(role)?;
    let (scheme, _) = role.split_once(':').unzip();
    let spaced = role.contains(' ');
    let qcode = |t: &str| {
        t.split_once(':')
            .is_some_and(|(a, c)| !a.is_empty() && !c.is_empty() && !t.contains("//"))
    };
    if spaced && role.split(' ').all(qcode) {
        return Some(("role".to_string(), role));
    }
    let iptc = iptc_words.iter().find(|w| w.eq_ignore_ascii_case(&role));
    let (attr, value) = match (scheme, iptc) {
        (None, Some(word)) => ("role", format!("drol:{word}")),
        (Some(s), _) if !spaced && role.contains("://") && !s.is_empty() => ("roleuri", role),
        (Some(s), _) if !spaced && !s.is_empty() && !role.ends_with(':') => ("role", role),
        (None, None) => ("role", format!("nwrole:{}", role.replace(' ', "-"))),
        (Some(_), _) => ("unchecked", role),
    };
    Some((attr.to_string(), value))
}

/// The role attribute of a written element: `@role`, else `@roleuri`.
fn found_role(element: Node<'_, '_>) -> Option<(String, String)> {
    let role = element.attribute("role").map(|r| ("role", r));
    let found = role.or_else(|| element.attribute("roleuri").map(|r| ("roleuri", r)));
    found.map(|(attr, value)| (attr.to_string(), value.to_string()))
}

/// The expected and found roles where the expected one is checked.
type Roles = Vec<Option<(String, String)>>;
fn checked_roles(
    expected: &[Option<(String, String)>],
    found: &[Option<(String, String)>],
) -> (Roles, Roles) {
    let unchecked =
        |r: &Option<(String, String)>| r.as_ref().is_some_and(|(a, _)| a == "unchecked");
    let checked: Vec<usize> = (0..expected.len())
        .filter(|i| !expected.get(*i).is_some_and(unchecked))
        .collect();
    let pick = |roles: &[Option<(String, String)>]| -> Roles {
        checked
            .iter()
            .map(|i| roles.get(*i).cloned().flatten())
            .collect()
    };
    (pick(expected), pick(found))
}
