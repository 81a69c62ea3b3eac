//! Where NITF 3.6 holds each model field (`../shared/specs/MAPPING.md`, the NITF column;
//! NOTES.md §5.7; `nitf-3-6.xsd`). Paths are relative to `nitf`: `DD` = `head/docdata`,
//! `BH` = `body/body.head`.
//!
//! | field | where |
//! |---|---|
//! | language | `@baselang` |
//! | title | `head/title` |
//! | priority | `head/meta[@name='priority']/@content` |
//! | genres | `head/tobject/tobject.property/@tobject.property.type`: the name, else the code |
//! | subjects | entities (a kind given) in `head/docdata/identified-content`: `person`, `org`, `location` (points of interest too), `event`, `object.title`, the code in `@value` (`@location-code`), the scheme beside it in `@idsrc` (`@code-source`), the name as text; topics in `head/tobject/tobject.subject`, coded subjects whose code is a name token: `@tobject.subject.refnum` the code, `@tobject.subject.ipr` the scheme (`IPTC` for IPTC Subject Codes), the name in `@tobject.subject.type`, `.matter` or `.detail` |
//! | id | `DD/doc-id/@id-string` |
//! | provider id, name | `DD/doc-id/@regsrc`, `BH/distributor` |
//! | urgency | `DD/urgency/@ed-urg` (1 most urgent, as the model's) |
//! | published | `DD/date.issue/@norm` (basic ISO 8601, the wall time and offset as given) |
//! | embargo, pub_status | `DD/date.release/@norm`; `DD/@management-status`: `withheld`, `canceled`, `embargoed` for a usable item with an embargo, else none or `usable` |
//! | editorial notes | `DD/ed-msg/@info`, one each; the role in `@msg-type` |
//! | slugline, version | `DD/du-key/@key`, `@version` |
//! | rights | `DD/doc.copyright/@holder` (the holder's name, else its id), `BH/rights` (the notice), `DD/doc.rights/@limitations` (the usage terms) |
//! | keywords | `DD/key-list/keyword/@key`, in order |
//! | sources | `DD/del-list/from-src/@src-name` (the name, else the id), in order |
//! | word count | the first `head/pubdata`'s `@item-length` with `@unit-of-measure='word'` (a declared count only) |
//! | sections | `head/pubdata/@position.section`, one `pubdata` each, in order: the name, else the code |
//! | created, modified | `head/revision-history/@norm`: the first and the last |
//! | headline, subheadline | `BH/hedline/hl1` (the title when there is no headline), `BH/hedline/hl2` |
//! | byline | `BH/byline`: the first with text of its own |
//! | authors | `BH/byline` with a `person`, one per distinct author (contributors too), in order: the name as the `person`'s text, the id in `person/@value`, the role in `person/function`, the job title in `byttl` |
//! | dateline | `BH/dateline`: the text as printed; the city in `location/city` and the region in `location/region` where the text prints them beside other text; a whole date of a year 0-9999 in `story.date/@norm` (`YYYYMMDD`) |
//! | description | `BH/abstract` |
//! | body | `body/body.content`: every block's text in order, the dateline at the head of the lead |
//! | body markup | `body.content`: a `p`, `hl2` (`@class` `h1`, `h3`-`h6` for levels but 2), `bq/block`, `ul`/`ol` of `li`, `pre` for each block, in order; each link's `a/@href`, `em`, `em class="strong"`, `br`, `num/sup` and `num/sub` (their text only) where the body has them |
//! | links | enclosures only: `body.content/media/media-reference` (`@source`, `@mime-type`, `@name`), `media/@media-type` from the media type |
//! | credit | `body/body.end/tagline` |
//!
//! Not here: the kind (NITF is text only), extensions, other links (all declared lost).

use newswire::model::{Article, EntityKind, PubStatus};
use roxmltree::Node;

use super::common::{
    Print, Report, Vocabulary, WallTime, all_text, attributes, child_text, children, elements,
    figures, folded, folded_of, found_marks, found_nitf_figures, found_skeleton, found_table_texts,
    line, line_of, marks, own_text, printed_texts, skeleton, table_texts, texts,
    well_formed_language, xsd_wall_time,
};

/// The only namespace the 3.6 XSD accepts.
const NITF_NS: &str = "http://iptc.org/std/NITF/2006-10-18/";

/// IPTC Subject Codes (the `subj` alias of IPTC's catalog): `tobject.subject.ipr` says `IPTC`.
const SUBJECT_CODES: &str = "http://cv.iptc.org/newscodes/subjectcode/";

/// A `@norm` value in basic ISO 8601 (`20240115T140500+0100`, `...Z`, `...140500.250-0530`, or
/// no offset), as [`WallTime`].
fn norm_time(text: &str) -> Option<WallTime> {
    let text = text.trim();
    let (date, rest) = text.split_at_checked(8)?;
    let rest = rest.strip_prefix('T')?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(end);
    let local =
        chrono::NaiveDateTime::parse_from_str(&format!("{date}T{clock}"), "%Y%m%dT%H%M%S%.f")
            .ok()?;
    let offset = match zone {
        "" => None,
        "Z" => Some(0),
        _ => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let digits = zone.get(1..)?;
            let hours: i32 = digits.get(..2)?.parse().ok()?;
            let minutes: i32 = digits.get(2..4)?.parse().ok()?;
            Some(sign * (hours * 3600 + minutes * 60))
        }
    };
    Some((local, offset))
}

/// Whether `code` is an XML name token (`NMTOKEN`), which `tobject.subject.refnum` must be:
/// letters, digits, `.-_:`, combining marks.
fn is_name_token(code: &str) -> bool {
    !code.is_empty()
        && code.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(c, '.' | '-' | '_' | ':' | '\u{b7}' | '\u{300}'..='\u{36f}')
        })
}

/// NITF's `media/@media-type` for a MIME type (the 3.6 documentation's list: text, audio,
/// image, video, data, application, other).
fn media_class(media_type: Option<&str>) -> &'static str {
    match media_type.and_then(|t| t.split('/').next()).map(str::trim) {
        Some("image") => "image",
        Some("video") => "video",
        Some("audio") => "audio",
        Some("text") => "text",
        Some("application") => "application",
        _ => "other",
    }
}

/// Checks `output`, `article` written as NITF, against the table above.
pub fn check(article: &Article, output: &str) -> Report {
    let mut report = Report::default();
    let document = match roxmltree::Document::parse(output) {
        Ok(document) => document,
        Err(e) => {
            report.equal(
                "document",
                "nitf",
                "well-formed XML".to_string(),
                e.to_string(),
            );
            return report;
        }
    };
    let nitf = document.root_element();
    report.equal("root", "/", "nitf", nitf.tag_name().name());
    report.equal(
        "namespace",
        "nitf",
        Some(NITF_NS),
        nitf.tag_name().namespace(),
    );
    report.equal(
        "version (fixed)",
        "nitf/@version",
        Some("-//IPTC//DTD NITF 3.6//EN"),
        nitf.attribute("version"),
    );
    let dd = |path: &str| format!("nitf/head/docdata/{path}");
    let bh = |path: &str| format!("nitf/body/body.head/{path}");
    let attr = |path: String, name: &str| attributes(nitf, &path, name);

    if let Some(language) = article.language.as_deref().and_then(well_formed_language) {
        report.equal(
            "language",
            "@baselang",
            Some(language.as_str()),
            nitf.attribute("baselang"),
        );
    }
    report.equal(
        "title",
        "head/title",
        line_of(&article.title).into_iter().collect(),
        texts(nitf, "nitf/head/title"),
    );
    let priorities: Vec<String> = elements(nitf, "nitf/head/meta")
        .into_iter()
        .filter(|m| m.attribute("name") == Some("priority"))
        .filter_map(|m| m.attribute("content").map(str::to_string))
        .collect();
    report.equal(
        "priority",
        "head/meta[@name='priority']/@content",
        article
            .priority
            .filter(|p| (1..=9).contains(p))
            .map(|p| p.to_string())
            .into_iter()
            .collect(),
        priorities,
    );

    // tobject: genres, then subjects.
    report.equal(
        "genres",
        "head/tobject/tobject.property/@tobject.property.type",
        article
            .genres
            .iter()
            .filter_map(|g| line_of(&g.name).or_else(|| line_of(&g.code)))
            .collect(),
        attr(
            "nitf/head/tobject/tobject.property".into(),
            "tobject.property.type",
        ),
    );
    let expected_subjects: Vec<_> = article
        .subjects
        .iter()
        .filter(|s| s.kind.is_none())
        .filter_map(|s| {
            let code = s
                .code
                .as_deref()
                .map(str::trim)
                .filter(|c| is_name_token(c))?;
            let scheme = s.scheme.as_deref().map(str::trim).unwrap_or("");
            let ipr = if scheme == "subj" || scheme == SUBJECT_CODES {
                "IPTC".to_string()
            } else {
                scheme.to_string()
            };
            Some((Some(ipr), Some(code.to_string()), line_of(&s.name)))
        })
        .collect();
    let found_subjects: Vec<_> = elements(nitf, "nitf/head/tobject/tobject.subject")
        .into_iter()
        .map(|s| {
            let name = [
                "tobject.subject.type",
                "tobject.subject.matter",
                "tobject.subject.detail",
            ]
            .into_iter()
            .find_map(|a| s.attribute(a).map(str::to_string));
            (
                s.attribute("tobject.subject.ipr").map(str::to_string),
                s.attribute("tobject.subject.refnum").map(str::to_string),
                name,
            )
        })
        .collect();
    report.equal(
        "subjects (ipr, refnum, name)",
        "head/tobject/tobject.subject",
        expected_subjects,
        found_subjects,
    );
    // Entities: one element of their kind each in identified-content, the scheme beside a code.
    let expected_entities: Vec<_> = article
        .subjects
        .iter()
        .filter_map(|s| {
            let (element, scheme_attr, code_attr) = match s.kind? {
                EntityKind::Person => ("person", "idsrc", "value"),
                EntityKind::Organisation => ("org", "idsrc", "value"),
                EntityKind::Place | EntityKind::PointOfInterest => {
                    ("location", "code-source", "location-code")
                }
                EntityKind::Event => ("event", "idsrc", "value"),
                EntityKind::Object => ("object.title", "idsrc", "value"),
            };
            let code = line_of(&s.code);
            let name = line_of(&s.name);
            if code.is_none() && name.is_none() {
                return None;
            }
            let scheme = code.as_ref().and(line_of(&s.scheme));
            let mut attrs = Vec::new();
            attrs.extend(scheme.map(|v| (scheme_attr.to_string(), v)));
            attrs.extend(code.map(|v| (code_attr.to_string(), v)));
            Some((element.to_string(), attrs, name))
        })
        .collect();
    let found_entities: Vec<_> = elements(nitf, "nitf/head/docdata/identified-content")
        .into_iter()
        .flat_map(|content| content.children().filter(|c| c.is_element()))
        .map(|e| {
            let attrs: Vec<(String, String)> = e
                .attributes()
                .map(|a| (a.name().to_string(), a.value().to_string()))
                .collect();
            let text: String = e
                .descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            (e.tag_name().name().to_string(), attrs, line(&text))
        })
        .collect();
    report.equal(
        "subjects (entities)",
        "head/docdata/identified-content/*",
        expected_entities,
        found_entities,
    );

    // docdata.
    report.equal(
        "id",
        "DD/doc-id/@id-string",
        article
            .id
            .as_deref()
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(str::to_string)
            .into_iter()
            .collect(),
        attr(dd("doc-id"), "id-string"),
    );
    let provider = article.provider.as_ref();
    report.equal(
        "provider id",
        "DD/doc-id/@regsrc",
        provider
            .and_then(|p| p.id.as_deref())
            .and_then(line)
            .into_iter()
            .collect(),
        attr(dd("doc-id"), "regsrc"),
    );
    report.equal(
        "provider name",
        "BH/distributor",
        provider
            .and_then(|p| line_of(&p.name))
            .into_iter()
            .collect(),
        texts(nitf, &bh("distributor")),
    );
    // NITF's ed-urg runs from 1 (most) through 5 (normal) to 8 (least): the model's direction.
    report.equal(
        "urgency",
        "DD/urgency/@ed-urg",
        article
            .urgency
            .filter(|u| (1..=9).contains(u))
            .map(|u| u.to_string())
            .into_iter()
            .collect(),
        attr(dd("urgency"), "ed-urg"),
    );
    let times = |path: String| -> Vec<Option<WallTime>> {
        attr(path, "norm").iter().map(|t| norm_time(t)).collect()
    };
    report.equal(
        "published",
        "DD/date.issue/@norm",
        article
            .published
            .and_then(xsd_wall_time)
            .map(Some)
            .into_iter()
            .collect(),
        times(dd("date.issue")),
    );
    report.equal(
        "embargo",
        "DD/date.release/@norm",
        article
            .embargo
            .and_then(xsd_wall_time)
            .map(Some)
            .into_iter()
            .collect(),
        times(dd("date.release")),
    );
    // Embargoed: usable with an embargo written in `date.release`.
    let status = match (
        article.pub_status,
        article.embargo.and_then(xsd_wall_time).is_some(),
    ) {
        (PubStatus::Usable, true) => Some("embargoed"),
        (PubStatus::Usable, false) => None,
        (PubStatus::Withheld, _) => Some("withheld"),
        (PubStatus::Canceled, _) => Some("canceled"),
    };
    let found_status = attr("nitf/head/docdata".into(), "management-status");
    if !(status.is_none() && found_status.iter().all(|s| s == "usable")) {
        report.equal(
            "pub_status, embargo",
            "DD/@management-status",
            status.map(str::to_string).into_iter().collect(),
            found_status,
        );
    }
    report.equal(
        "editorial notes",
        "DD/ed-msg/@info",
        article
            .editorial_notes
            .iter()
            .filter_map(|n| line(&n.text))
            .collect(),
        attr(dd("ed-msg"), "info"),
    );
    report.equal(
        "editorial note roles",
        "DD/ed-msg/@msg-type",
        article
            .editorial_notes
            .iter()
            .filter(|n| line(&n.text).is_some())
            .map(|n| folded_of(&n.role))
            .collect(),
        elements(nitf, &dd("ed-msg"))
            .into_iter()
            .filter(|e| e.attribute("info").and_then(line).is_some())
            .map(|e| e.attribute("msg-type").and_then(folded))
            .collect::<Vec<_>>(),
    );
    report.equal(
        "slugline",
        "DD/du-key/@key",
        line_of(&article.slugline).into_iter().collect(),
        attr(dd("du-key"), "key"),
    );
    report.equal(
        "version",
        "DD/du-key/@version",
        article
            .version
            .filter(|v| *v >= 1)
            .map(|v| v.to_string())
            .into_iter()
            .collect(),
        attr(dd("du-key"), "version"),
    );
    let rights = &article.rights;
    report.equal(
        "rights.holder",
        "DD/doc.copyright/@holder",
        rights
            .holder
            .as_ref()
            .and_then(|h| line_of(&h.name).or_else(|| line_of(&h.id)))
            .into_iter()
            .collect(),
        attr(dd("doc.copyright"), "holder"),
    );
    report.equal(
        "rights.notice",
        "BH/rights",
        line_of(&rights.notice).into_iter().collect(),
        texts(nitf, &bh("rights")),
    );
    report.equal(
        "rights.usage_terms",
        "DD/doc.rights/@limitations",
        line_of(&rights.usage_terms).into_iter().collect(),
        attr(dd("doc.rights"), "limitations"),
    );
    report.equal(
        "keywords",
        "DD/key-list/keyword/@key",
        article.keywords.iter().filter_map(|k| line(k)).collect(),
        attr(dd("key-list/keyword"), "key"),
    );
    report.equal(
        "sources",
        "DD/del-list/from-src/@src-name",
        article
            .sources
            .iter()
            .filter_map(|s| line_of(&s.name).or_else(|| line_of(&s.id)))
            .collect(),
        attr(dd("del-list/from-src"), "src-name"),
    );
    // The length in words on the first `pubdata`; sections one `pubdata` each.
    let lengths: Vec<(Option<String>, Option<String>)> = elements(nitf, "nitf/head/pubdata")
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            (
                p.attribute("item-length").map(|l| format!("{i}: {l}")),
                p.attribute("unit-of-measure").map(str::to_string),
            )
        })
        .filter(|(length, unit)| length.is_some() || unit.is_some())
        .collect();
    report.equal(
        "sections",
        "head/pubdata/@position.section, one each",
        article
            .sections
            .iter()
            .filter_map(|s| line_of(&s.name).or_else(|| line_of(&s.code)))
            .collect(),
        attr("nitf/head/pubdata".into(), "position.section"),
    );
    report.equal(
        "word_count",
        "the first head/pubdata's @item-length,@unit-of-measure",
        article
            .word_count
            .map(|n| (Some(format!("0: {n}")), Some("word".to_string())))
            .into_iter()
            .collect(),
        lengths,
    );
    // The creation time in a writer-author's revision, then the modification time in an editor's,
    // each when an `xs:dateTime` holds it (`@norm` is its basic form).
    let expected_revisions: Vec<(Option<WallTime>, Option<String>)> = [
        (article.created, "writer-author"),
        (article.modified, "editor"),
    ]
    .into_iter()
    .filter_map(|(time, function)| Some((Some(xsd_wall_time(time?)?), Some(function.to_string()))))
    .collect();
    let found_revisions: Vec<_> = elements(nitf, "nitf/head/revision-history")
        .into_iter()
        .map(|r| {
            (
                r.attribute("norm").and_then(norm_time),
                r.attribute("function").map(str::to_string),
            )
        })
        .collect();
    report.equal(
        "created, modified",
        "head/revision-history/@norm,@function",
        expected_revisions,
        found_revisions,
    );

    // body.head.
    report.equal(
        "headline (else the title)",
        "BH/hedline/hl1",
        line_of(&article.headline)
            .or_else(|| line_of(&article.title))
            .into_iter()
            .collect(),
        texts(nitf, &bh("hedline/hl1")),
    );
    report.equal(
        "subheadline",
        "BH/hedline/hl2",
        line_of(&article.subheadline).into_iter().collect(),
        texts(nitf, &bh("hedline/hl2")),
    );
    let bylines = elements(nitf, &bh("byline"));
    report.equal(
        "byline",
        "BH/byline (the first with text of its own)",
        line_of(&article.byline),
        bylines.iter().find_map(|b| own_text(*b)),
    );
    let mut expected_authors = Vec::new();
    for author in &article.authors {
        let kept = (
            line(&author.name),
            author
                .id
                .as_deref()
                .map(str::trim)
                .filter(|i| !i.is_empty())
                .map(str::to_string),
            line_of(&author.role),
            line_of(&author.job_title),
        );
        if (kept.0.is_some() || kept.1.is_some()) && !expected_authors.contains(&kept) {
            expected_authors.push(kept);
        }
    }
    let found_authors: Vec<_> = bylines
        .iter()
        .filter_map(|b| {
            let person: Node = children(*b, "person").next()?;
            Some((
                own_text(person),
                person.attribute("value").map(str::to_string),
                child_text(person, "function"),
                child_text(*b, "byttl"),
            ))
        })
        .collect();
    report.equal(
        "authors (name, id, role, job title)",
        "BH/byline/person, person/@value, person/function, byline/byttl",
        expected_authors,
        found_authors,
    );
    if let Some(dateline) = &article.dateline {
        let text = line(&dateline.text);
        let datelines = elements(nitf, &bh("dateline"));
        let printed: Vec<String> = datelines
            .iter()
            .filter_map(|d| line(&all_text(*d)))
            .collect();
        report.equal(
            "dateline.text",
            "BH/dateline",
            text.clone().into_iter().collect(),
            printed,
        );
        let shown = text.clone().unwrap_or_default();
        for (field, at, place, path) in [
            (
                "dateline.city",
                "BH/dateline/location/city",
                &dateline.city,
                "dateline/location/city",
            ),
            (
                "dateline.region",
                "BH/dateline/location/region",
                &dateline.region,
                "dateline/location/region",
            ),
        ] {
            if let Some(place) =
                line_of(place).filter(|p| shown.contains(p.as_str()) && shown != *p)
            {
                report.equal(field, at, vec![place], texts(nitf, &bh(path)));
            }
        }
        // ISO 8601's basic form: four-digit years (0-9999) only.
        let whole = dateline
            .date
            .filter(|d| d.year.is_some_and(|y| (0..=9999).contains(&y)))
            .and_then(|d| {
                let date = chrono::NaiveDate::from_ymd_opt(
                    d.year?,
                    u32::from(d.month?),
                    u32::from(d.day?),
                )?;
                Some(date.format("%Y%m%d").to_string())
            });
        report.equal(
            "dateline.date",
            "BH/dateline/story.date/@norm",
            whole.into_iter().collect(),
            attr(bh("dateline/story.date"), "norm"),
        );
    }
    report.equal(
        "description",
        "BH/abstract",
        line_of(&article.description).into_iter().collect(),
        texts(nitf, &bh("abstract")),
    );

    // body.content and body.end.
    let content = texts(nitf, "nitf/body/body.content").join(" ");
    for node in elements(nitf, "nitf/body/body.content") {
        report.equal(
            "body markup (blocks)",
            "body.content: p, hl2 (@class for levels but 2), bq/block, ul/ol/li, pre",
            skeleton(article, Vocabulary::Nitf, Print::OnCanonical),
            found_skeleton(node),
        );
        report.equal(
            "body markup (links, em, strong, br, sup, sub)",
            "body.content: a/@href, em, em[@class='strong'], br, num/sup, num/sub",
            marks(&article.body),
            found_marks(node),
        );
        report.equal(
            "body tables (caption, cells)",
            "body.content//table: caption, th, td",
            table_texts(&article.body),
            found_table_texts(node),
        );
        report.equal(
            "body figures",
            "body.content//media",
            figures(&article.body),
            found_nitf_figures(node),
        );
    }
    report.in_order(
        "body (dateline at the lead)",
        "body/body.content",
        &printed_texts(article, Print::OnCanonical),
        &content,
    );
    let expected_media: Vec<_> = article
        .links
        .iter()
        .filter(|l| l.rel.as_deref().map(str::trim) == Some("enclosure"))
        .filter_map(|l| {
            Some((
                media_class(l.media_type.as_deref()).to_string(),
                Some(line(&l.href)?),
                line_of(&l.media_type),
                line_of(&l.title),
            ))
        })
        .collect();
    // Enclosure links are `media class="enclosure"`; other `media` are the body's figures.
    let found_media: Vec<_> = elements(nitf, "nitf/body/body.content/media")
        .into_iter()
        .filter(|m| m.attribute("class") == Some("enclosure"))
        .flat_map(|m| {
            let class = m.attribute("media-type").unwrap_or_default().to_string();
            children(m, "media-reference").map(move |r| {
                (
                    class.clone(),
                    r.attribute("source").map(str::to_string),
                    r.attribute("mime-type").map(str::to_string),
                    r.attribute("name").map(str::to_string),
                )
            })
        })
        .collect();
    report.equal(
        "links (enclosures)",
        "body.content/media[@class='enclosure']/media-reference",
        expected_media,
        found_media,
    );
    report.equal(
        "credit",
        "body/body.end/tagline",
        line_of(&article.credit).into_iter().collect(),
        texts(nitf, "nitf/body/body.end/tagline"),
    );
    report
}
