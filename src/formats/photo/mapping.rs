//! A photo's three metadata blocks as one picture item: each field from XMP first, then the
//! IPTC IIM record, then EXIF (the Metadata Working Group's order: editors that rewrite one
//! block leave the others stale), with a warning naming each value that disagrees with the
//! one kept.

use serde_json::Value;

use super::exif::ExifFields;
use super::iim::Iim;
use super::jpeg::Segments;
use super::xmp::Xmp;
use crate::model::{
    Article, Author, AuthorKind, Concept, Dateline, EntityKind, ItemKind, Link, Party, Rendition,
    RoledText, Timestamp, Warning,
};

/// Dublin Core.
const DC: &str = "http://purl.org/dc/elements/1.1/";
/// Photoshop's properties (the IIM fields Dublin Core lacks).
const PS: &str = "http://ns.adobe.com/photoshop/1.0/";
/// IPTC Core.
const CORE: &str = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";
/// XMP Rights Management.
const RIGHTS: &str = "http://ns.adobe.com/xap/1.0/rights/";

/// The XMP properties the mapping reads, by namespace and name.
const XMP_READ: [(&str, &str); 22] = [
    (DC, "title"),
    (DC, "description"),
    (DC, "creator"),
    (DC, "rights"),
    (DC, "subject"),
    (DC, "language"),
    (PS, "Headline"),
    (PS, "Credit"),
    (PS, "Source"),
    (PS, "City"),
    (PS, "State"),
    (PS, "Country"),
    (PS, "DateCreated"),
    (PS, "Instructions"),
    (PS, "TransmissionReference"),
    (PS, "Urgency"),
    (PS, "Category"),
    (PS, "SupplementalCategories"),
    (PS, "AuthorsPosition"),
    (PS, "CaptionWriter"),
    (CORE, "CountryCode"),
    (CORE, "Location"),
];
/// Read as well: the usage terms.
const XMP_READ_MORE: [(&str, &str); 1] = [(RIGHTS, "UsageTerms")];

/// The IIM application-record datasets the mapping reads (2:00, the record version, says
/// nothing of the picture).
const IIM_READ: [u8; 24] = [
    0, 5, 10, 15, 20, 25, 40, 55, 60, 80, 85, 90, 92, 95, 100, 101, 103, 105, 110, 115, 116, 120,
    122, 135,
];

/// The scheme of IIM's category codes (2:15, deprecated by IPTC; no scheme of its own).
pub const CATEGORY_SCHEME: &str = "iim-category";
/// The scheme of IIM's supplemental categories (2:20).
pub const SUPPLEMENTAL_CATEGORY_SCHEME: &str = "iim-supplemental-category";

/// The metadata blocks of one photo, as read.
pub(super) struct Blocks {
    pub xmp: Option<Xmp>,
    pub iim: Option<Iim>,
    pub exif: Option<ExifFields>,
}

/// One value and where it comes from (`XMP photoshop:City`, `IIM 2:90`).
struct Candidate {
    origin: String,
    value: String,
}

impl Blocks {
    /// An XMP property's first value as a candidate.
    fn xmp(&self, namespace: &str, name: &str) -> Option<Candidate> {
        let (qualified, value) = self.xmp.as_ref()?.first(namespace, name)?;
        Some(Candidate {
            origin: format!("XMP {qualified}"),
            value,
        })
    }

    /// An XMP array's values, with the property's name.
    fn xmp_all(&self, namespace: &str, name: &str) -> Option<(String, Vec<String>)> {
        let (qualified, values) = self.xmp.as_ref()?.values(namespace, name)?;
        (!values.is_empty()).then(|| (format!("XMP {qualified}"), values.to_vec()))
    }

    /// An IIM dataset's first value as a candidate.
    fn iim(&self, number: u8) -> Option<Candidate> {
        Some(Candidate {
            origin: format!("IIM 2:{number:02}"),
            value: self.iim.as_ref()?.first(number)?,
        })
    }

    /// An IIM dataset's values, with its number.
    fn iim_all(&self, number: u8) -> Option<(String, Vec<String>)> {
        let values = self.iim.as_ref()?.all(number);
        (!values.is_empty()).then(|| (format!("IIM 2:{number:02}"), values))
    }
}

/// The picture item the blocks describe; `name` is the file's name (the rendition's address),
/// `bytes` its size.
pub(super) fn article(
    blocks: &Blocks,
    segments: &Segments,
    name: Option<&str>,
    bytes: usize,
) -> Article {
    let mut article = Article {
        kind: ItemKind::Picture,
        ..Article::default()
    };
    let mut warnings = Vec::new();
    let exif = blocks.exif.as_ref();
    let exif_text = |value: Option<&String>, tag: &str| {
        value.map(|value| Candidate {
            origin: format!("EXIF {tag}"),
            value: value.clone(),
        })
    };
    let mut pick = |field: &str, candidates: Vec<Option<Candidate>>| {
        choose(
            field,
            candidates.into_iter().flatten().collect(),
            &mut warnings,
        )
    };
    article.headline = pick(
        "headline",
        vec![blocks.xmp(PS, "Headline"), blocks.iim(105)],
    );
    article.slugline = pick("slugline", vec![blocks.xmp(DC, "title"), blocks.iim(5)]);
    article.description = pick(
        "description",
        vec![
            blocks.xmp(DC, "description"),
            blocks.iim(120),
            exif_text(
                exif.and_then(|e| e.description.as_ref()),
                "ImageDescription",
            ),
        ],
    );
    article.credit = pick("credit", vec![blocks.xmp(PS, "Credit"), blocks.iim(110)]);
    if let Some(source) = pick("sources", vec![blocks.xmp(PS, "Source"), blocks.iim(115)]) {
        article.sources.push(Party::named(source));
    }
    article.rights.notice = pick(
        "rights.notice",
        vec![
            blocks.xmp(DC, "rights"),
            blocks.iim(116),
            exif_text(exif.and_then(|e| e.copyright.as_ref()), "Copyright"),
        ],
    );
    article.rights.usage_terms = pick("rights.usage_terms", vec![blocks.xmp(RIGHTS, "UsageTerms")]);
    if let Some(note) = pick(
        "editorial_notes",
        vec![blocks.xmp(PS, "Instructions"), blocks.iim(40)],
    ) {
        article.editorial_notes.push(RoledText::new(note));
    }
    article.language = pick(
        "language",
        vec![blocks.xmp(DC, "language"), blocks.iim(135)],
    );
    let urgency = pick("urgency", vec![blocks.xmp(PS, "Urgency"), blocks.iim(10)]);
    let reference = pick(
        "extensions",
        vec![blocks.xmp(PS, "TransmissionReference"), blocks.iim(103)],
    );
    let category = pick("subjects", vec![blocks.xmp(PS, "Category"), blocks.iim(15)]);
    let city = pick(
        "dateline.city",
        vec![blocks.xmp(PS, "City"), blocks.iim(90)],
    );
    let region = pick(
        "dateline.region",
        vec![blocks.xmp(PS, "State"), blocks.iim(95)],
    );
    let country = pick("subjects", vec![blocks.xmp(PS, "Country"), blocks.iim(101)]);
    let code = pick(
        "subjects",
        vec![blocks.xmp(CORE, "CountryCode"), blocks.iim(100)],
    );
    let sublocation = pick(
        "subjects",
        vec![blocks.xmp(CORE, "Location"), blocks.iim(92)],
    );
    let job_title = pick(
        "authors",
        vec![blocks.xmp(PS, "AuthorsPosition"), blocks.iim(85)],
    );
    let caption_writer = pick(
        "authors",
        vec![blocks.xmp(PS, "CaptionWriter"), blocks.iim(122)],
    );
    let exif_artists = exif
        .filter(|e| !e.artists.is_empty())
        .map(|e| ("EXIF Artist".to_string(), e.artists.clone()));
    let creators = pick_list(
        "authors",
        [
            blocks.xmp_all(DC, "creator"),
            blocks.iim_all(80),
            exif_artists,
        ],
        &mut warnings,
    );
    article.keywords = pick_list(
        "keywords",
        [blocks.xmp_all(DC, "subject"), blocks.iim_all(25), None],
        &mut warnings,
    );
    let supplemental = pick_list(
        "subjects",
        [
            blocks.xmp_all(PS, "SupplementalCategories"),
            blocks.iim_all(20),
            None,
        ],
        &mut warnings,
    );
    article.created = created(blocks, &mut warnings);

    // Creators: the by-line's names, the first with the by-line title (IIM pairs 2:80 and 2:85
    // by order; XMP has one position for all).
    if !creators.is_empty() {
        article.byline = Some(creators.join(", "));
    }
    for (i, name) in creators.iter().enumerate() {
        let mut author = Author::named(name.clone());
        if i == 0 {
            author.job_title = job_title.clone();
        }
        article.authors.push(author);
    }
    if creators.is_empty()
        && let Some(title) = job_title
    {
        warnings.push(Warning::new(
            "authors",
            "a by-line title without a by-line: not kept",
            Some(title),
        ));
    }
    if let Some(writer) = caption_writer {
        let mut author = Author::named(writer);
        author.kind = AuthorKind::Contributor;
        author.role = Some("captionwriter".to_string());
        article.authors.push(author);
    }

    if let Some(raw) = urgency {
        match raw.parse::<u8>() {
            Ok(u @ 1..=9) => article.urgency = Some(u),
            _ => warnings.push(Warning::new(
                "urgency",
                "not an urgency from 1 to 9; not kept",
                Some(raw),
            )),
        }
    }
    if let Some(reference) = reference {
        article.extensions.insert(
            "iptc:transmission_reference".to_string(),
            Value::String(reference),
        );
    }
    if let Some(code) = category {
        article.subjects.push(Concept::coded(CATEGORY_SCHEME, code));
    }
    for category in supplemental {
        article
            .subjects
            .push(Concept::coded(SUPPLEMENTAL_CATEGORY_SCHEME, category));
    }

    // Where: the city and province as the dateline's place (nothing printed), the country as
    // a place the picture is about, by its ISO code with its name, the sublocation too.
    if city.is_some() || region.is_some() {
        let mut dateline = Dateline::new(String::new());
        dateline.city = city;
        dateline.region = region.or_else(|| country.clone());
        article.dateline = Some(dateline);
    }
    if let Some(place) = country_place(code, country, &mut warnings) {
        article.subjects.push(place);
    }
    if let Some(sublocation) = sublocation {
        let mut place = Concept::named(sublocation);
        place.kind = Some(EntityKind::Place);
        article.subjects.push(place);
    }

    // The file itself: the rendition, by the name the caller gave.
    let mut rendition = Rendition {
        size: u64::try_from(bytes).ok(),
        ..Rendition::default()
    };
    if let Some((width, height)) = segments.size {
        rendition.width = Some(width);
        rendition.height = Some(height);
    }
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => article.links.push(Link {
            rel: Some("enclosure".to_string()),
            href: name.to_string(),
            media_type: Some("image/jpeg".to_string()),
            title: None,
            rendition: Some(rendition),
        }),
        None => {
            let mut facts = serde_json::Map::new();
            facts.insert("media_type".into(), Value::from("image/jpeg"));
            if let (Some(w), Some(h)) = (rendition.width, rendition.height) {
                facts.insert("width".into(), Value::from(w));
                facts.insert("height".into(), Value::from(h));
            }
            facts.insert("size".into(), Value::from(bytes));
            article
                .extensions
                .insert("photo:file".to_string(), Value::Object(facts));
        }
    }

    comments(segments, &mut article);
    not_read(blocks, segments, &mut warnings);
    article.warnings = warnings;
    article
}

/// The first candidate's value; each later one that says something else is a warning on
/// `field` (one cut short of the kept value, as IIM's length limits cut, says so).
fn choose(field: &str, candidates: Vec<Candidate>, warnings: &mut Vec<Warning>) -> Option<String> {
    let mut candidates = candidates.into_iter();
    let kept = candidates.next()?;
    for other in candidates {
        if same_text(&other.value, &kept.value) {
            continue;
        }
        let (message, raw) = if kept.value.starts_with(other.value.trim_end()) {
            (
                format!(
                    "{} is {} cut at {} of its {} bytes; the whole is kept",
                    other.origin,
                    kept.origin,
                    other.value.len(),
                    kept.value.len(),
                ),
                None,
            )
        } else {
            (
                format!(
                    "{} differs from {}, which is kept",
                    other.origin, kept.origin
                ),
                Some(other.value),
            )
        };
        warnings.push(Warning::new(field, message, raw));
    }
    Some(kept.value)
}

/// Two texts alike but for whitespace and case (IIM writers upper-case or re-wrap).
fn same_text(a: &str, b: &str) -> bool {
    let words = |t: &str| {
        t.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// The first list given; a later one with other items is a warning on `field`.
fn pick_list(
    field: &str,
    lists: [Option<(String, Vec<String>)>; 3],
    warnings: &mut Vec<Warning>,
) -> Vec<String> {
    let mut lists = lists.into_iter().flatten();
    let Some((kept_origin, kept)) = lists.next() else {
        return Vec::new();
    };
    for (origin, other) in lists {
        let alike =
            other.len() == kept.len() && other.iter().zip(&kept).all(|(a, b)| same_text(a, b));
        if !alike {
            warnings.push(Warning::new(
                field,
                format!("{origin} differs from {kept_origin}, which is kept"),
                Some(other.join("; ")),
            ));
        }
    }
    kept
}

/// When the picture was taken: XMP `photoshop:DateCreated`, else IIM 2:55 with 2:60, else
/// EXIF DateTimeOriginal. A kept time without an offset takes EXIF's offset when EXIF gives
/// the same wall-clock time with one (OffsetTimeOriginal): the camera's clock, not a guess.
fn created(blocks: &Blocks, warnings: &mut Vec<Warning>) -> Option<Timestamp> {
    // Each candidate: where it is, its raw text, its time, whether it gives a date only.
    let mut candidates: Vec<(String, String, Option<Timestamp>, bool)> = Vec::new();
    if let Some(c) = blocks.xmp(PS, "DateCreated") {
        let time = Timestamp::parse(&c.value);
        let date_only = !c.value.contains('T');
        candidates.push((c.origin, c.value, time, date_only));
    }
    if let Some(iim) = &blocks.iim
        && let Some(date) = iim.first(55)
    {
        let time = iim.first(60);
        let raw = match &time {
            Some(time) => format!("{date} {time}"),
            None => date.clone(),
        };
        let date_only = time.is_none();
        let parsed = iim_time(&date, time.as_deref());
        candidates.push(("IIM 2:55".to_string(), raw, parsed, date_only));
    }
    if let Some((time, raw)) = blocks.exif.as_ref().and_then(|e| e.taken.clone()) {
        candidates.push(("EXIF DateTimeOriginal".to_string(), raw, time, false));
    }
    for (origin, raw, time, _) in &candidates {
        if time.is_none() {
            warnings.push(Warning::new(
                "created",
                format!("{origin}: {}", crate::formats::time_field::NOT_A_TIME),
                Some(raw.clone()),
            ));
        }
    }
    let mut readable = candidates
        .into_iter()
        .filter_map(|(origin, raw, time, date_only)| Some((origin, raw, time?, date_only)));
    let (kept_origin, _, mut kept, kept_date_only) = readable.next()?;
    for (origin, raw, time, date_only) in readable {
        let same = if kept_date_only || date_only {
            time.local().date() == kept.local().date()
        } else {
            time.local() == kept.local()
        };
        if !same {
            warnings.push(Warning::new(
                "created",
                format!("{origin} differs from {kept_origin}, which is kept"),
                Some(raw),
            ));
        } else if kept_date_only || date_only {
            // A date alike: nothing to take from the other's clock.
        } else if kept.offset().is_none() {
            if let Some(offset) = time.offset()
                && let Some(zoned) = kept.local().and_local_timezone(offset).single()
            {
                kept = Timestamp::new(zoned);
            }
        } else if time.offset().is_some() && time.offset() != kept.offset() {
            warnings.push(Warning::new(
                "created",
                format!("{origin} gives another offset than {kept_origin}, which is kept"),
                Some(raw),
            ));
        }
    }
    Some(kept)
}

/// IIM's date (`CCYYMMDD`) and time (`HHMMSS±HHMM`, the offset optional in practice).
fn iim_time(date: &str, time: Option<&str>) -> Option<Timestamp> {
    let date = date.trim();
    if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day = format!("{}-{}-{}", date.get(..4)?, date.get(4..6)?, date.get(6..8)?);
    let Some(time) = time.map(str::trim).filter(|t| !t.is_empty()) else {
        return Timestamp::parse(&day);
    };
    let clock = time
        .get(..6)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))?;
    let clock = format!(
        "{}:{}:{}",
        clock.get(..2)?,
        clock.get(2..4)?,
        clock.get(4..6)?
    );
    let offset = time.get(6..).unwrap_or_default();
    let offset = match offset.len() {
        0 => String::new(),
        5 if offset.starts_with(['+', '-'])
            && offset.bytes().skip(1).all(|b| b.is_ascii_digit()) =>
        {
            format!("{}:{}", offset.get(..3)?, offset.get(3..)?)
        }
        _ => return None,
    };
    Timestamp::parse(&format!("{day}T{clock}{offset}"))
}

/// The country as a place: its ISO 3166 code (three letters in IIM, two or three in XMP) with
/// its name, or the name alone.
fn country_place(
    code: Option<String>,
    name: Option<String>,
    warnings: &mut Vec<Warning>,
) -> Option<Concept> {
    let is_code =
        |c: &String| (2..=3).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphabetic());
    let code = match code {
        Some(code) if !is_code(&code) => {
            warnings.push(Warning::new(
                "subjects",
                "the country code is not an ISO 3166 code; not kept",
                Some(code),
            ));
            None
        }
        code => code,
    };
    let mut place = match (code, name) {
        (Some(code), name) => {
            let scheme = if code.len() == 2 {
                "iso3166-1a2"
            } else {
                "iso3166-1a3"
            };
            let mut place = Concept::coded(scheme, code.to_ascii_uppercase());
            place.name = name;
            place
        }
        (None, Some(name)) => Concept::named(name),
        (None, None) => return None,
    };
    place.kind = Some(EntityKind::Place);
    Some(place)
}

/// The JPEG comments: one that repeats the description (editors copy the caption there)
/// says nothing more; another is kept as `jpeg:comment`.
fn comments(segments: &Segments, article: &mut Article) {
    let kept: Vec<Value> = segments
        .comments
        .iter()
        .filter_map(|bytes| {
            let text = match std::str::from_utf8(bytes) {
                Ok(text) => text.to_string(),
                Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
            };
            crate::xml::collapse(text.trim_matches('\0'))
        })
        .filter(|text| {
            !article
                .description
                .as_deref()
                .is_some_and(|d| same_text(d, text))
        })
        .map(Value::String)
        .collect();
    if !kept.is_empty() {
        article
            .extensions
            .insert("jpeg:comment".to_string(), Value::Array(kept));
    }
}

/// One warning per block naming what it holds that is not read.
fn not_read(blocks: &Blocks, segments: &Segments, warnings: &mut Vec<Warning>) {
    if let Some(xmp) = &blocks.xmp {
        warnings.extend(
            xmp.notes
                .iter()
                .map(|n| Warning::new("input", n.clone(), None)),
        );
        let mut names: Vec<&str> = Vec::new();
        for property in &xmp.properties {
            let key = (property.namespace.as_str(), property.name.as_str());
            let read = XMP_READ.contains(&key) || XMP_READ_MORE.contains(&key);
            let name = property.qualified.as_str();
            if (!read || property.values.is_none()) && !names.contains(&name) {
                names.push(name);
            }
        }
        if !names.is_empty() {
            warnings.push(Warning::new(
                "input",
                format!("XMP properties not read: {}", names.join(", ")),
                None,
            ));
        }
    }
    if let Some(iim) = &blocks.iim {
        warnings.extend(
            iim.notes
                .iter()
                .map(|n| Warning::new("input", n.clone(), None)),
        );
        let mut numbers: Vec<String> = Vec::new();
        for dataset in &iim.datasets {
            let read = match dataset.record {
                1 => dataset.number == 90,
                2 => IIM_READ.contains(&dataset.number),
                _ => false,
            };
            let number = format!("{}:{:02}", dataset.record, dataset.number);
            if !read && !numbers.contains(&number) {
                numbers.push(number);
            }
        }
        if !numbers.is_empty() {
            warnings.push(Warning::new(
                "input",
                format!("IIM datasets not read: {}", numbers.join(", ")),
                None,
            ));
        }
    }
    if let Some(exif) = &blocks.exif
        && exif.others > 0
    {
        warnings.push(Warning::new(
            "input",
            format!(
                "EXIF: {} tags of camera and image data not read",
                exif.others
            ),
            None,
        ));
    }
    for what in &segments.not_read {
        warnings.push(Warning::new("input", format!("{what} is not read"), None));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iim_times() {
        let t = |d: &str, t: Option<&str>| iim_time(d, t).map(|t| t.to_rfc3339());
        assert_eq!(
            t("20240115", Some("140500+0100")).as_deref(),
            Some("2024-01-15T14:05:00+01:00")
        );
        assert_eq!(
            t("20240115", Some("140500")).as_deref(),
            Some("2024-01-15T14:05:00")
        );
        assert_eq!(t("20240115", None).as_deref(), Some("2024-01-15T00:00:00"));
        assert_eq!(t("2024011", None), None);
        assert_eq!(t("20240115", Some("14:05")), None);
        assert_eq!(t("20240115", Some("140500+01")), None);
    }

    #[test]
    fn the_first_value_wins_and_the_others_are_named() {
        let c = |origin: &str, value: &str| Candidate {
            origin: origin.to_string(),
            value: value.to_string(),
        };
        let mut warnings = Vec::new();
        let kept = choose(
            "editorial_notes",
            vec![
                c("XMP photoshop:Instructions", "HANDOUT PHOTO; ONE TIME USE"),
                c("IIM 2:40", "HANDOUT PHOTO; ONE"),
                c("EXIF X", "handout  photo; one time use"),
            ],
            &mut warnings,
        );
        assert_eq!(kept.as_deref(), Some("HANDOUT PHOTO; ONE TIME USE"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("cut at 18 of its 27 bytes"));
        choose(
            "headline",
            vec![c("XMP a", "One"), c("IIM 2:105", "Two")],
            &mut warnings,
        );
        assert_eq!(warnings[1].raw.as_deref(), Some("Two"));
        assert_eq!(choose("headline", Vec::new(), &mut warnings), None);
    }

    #[test]
    fn countries() {
        let mut warnings = Vec::new();
        let place =
            country_place(Some("can".into()), Some("CANADA".into()), &mut warnings).unwrap();
        assert_eq!(place.qcode().as_deref(), Some("iso3166-1a3:CAN"));
        assert_eq!(place.name.as_deref(), Some("CANADA"));
        assert!(warnings.is_empty());
        let place = country_place(Some("Canada!".into()), None, &mut warnings);
        assert_eq!(place, None);
        assert_eq!(warnings[0].raw.as_deref(), Some("Canada!"));
        let place = country_place(None, Some("Schweiz".into()), &mut warnings).unwrap();
        assert_eq!(place.name.as_deref(), Some("Schweiz"));
        assert_eq!(place.kind, Some(EntityKind::Place));
    }
}
