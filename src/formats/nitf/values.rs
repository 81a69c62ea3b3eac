//! The rules the NITF writer and reader share: how a model value is written and what reading it
//! gives back. [`project`](super::project()) composes them, so that it says exactly what a write
//! and a read do without writing.

use chrono::NaiveDate;

use crate::model::{Concept, Dateline, EntityKind, PartialDate, PubStatus, Timestamp};
use crate::vocabularies::scheme_alias;
use crate::writable::writable;
use crate::xml::{collapse, paragraphs};

/// A one-line value as a reader gets it back: what XML carries, whitespace collapsed; `None`
/// when blank, whitespace of any kind only (a no-break or ideographic space is no value, though
/// XML keeps it). Element text and attribute values read as lines (names, keys, titles) take
/// this form.
pub(super) fn one_line(value: &str) -> Option<String> {
    collapse(&writable(value)).filter(|v| !is_blank(v))
}

/// A prose value (a note, the usage terms, the summary) as a reader gets it back: paragraphs at
/// blank lines, each on one line; `None` when blank (see [`one_line`]).
pub(super) fn prose(value: &str) -> Option<String> {
    paragraphs(&writable(value)).filter(|v| !is_blank(v))
}

/// Whether text holds nothing but whitespace of any kind.
fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// An identifier attribute (`id-string`, `regsrc`, `value`, `source`) as a reader gets it back:
/// trimmed, `None` when blank.
pub(super) fn token(value: &str) -> Option<String> {
    let kept = writable(value);
    let trimmed = kept.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// A time as a `norm` attribute: basic ISO 8601 as the NITF documentation asks
/// (`20240115T140500+0100`, `20240115T140500Z`, `20240115T140500` without an offset, fractions
/// of a second kept: `20240115T140500.250Z`). A time XML Schema cannot hold (a year outside
/// 1-9999, a leap second) is not written; an offset with seconds is written as UTC.
pub(super) fn norm(time: Timestamp) -> Option<String> {
    let time = time.xsd_compatible()?;
    let mut out = time.local().format("%Y%m%dT%H%M%S%.f").to_string();
    if let Some(offset) = time.offset() {
        let seconds = offset.local_minus_utc();
        if seconds == 0 {
            out.push('Z');
        } else {
            let sign = if seconds.is_negative() { '-' } else { '+' };
            let minutes = seconds.unsigned_abs() / 60;
            out.push_str(&format!("{sign}{:02}{:02}", minutes / 60, minutes % 60));
        }
    }
    Some(out)
}

/// Reads a `norm` value: every form [`Timestamp::parse`] reads (basic and extended ISO 8601, a
/// space for `T`, with or without an offset), and basic ISO 8601 with a fraction of a second.
/// A time without an offset keeps its wall time and no offset (see [`Timestamp`]).
pub(super) fn parse_norm(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    Timestamp::parse(text).or_else(|| Timestamp::parse(&extended(text)?))
}

/// `20240115T140500.25+0100` as `2024-01-15T14:05:00.25+01:00`.
fn extended(basic: &str) -> Option<String> {
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let date = basic.get(..8).filter(|d| digits(d))?;
    let rest = basic.get(8..)?.strip_prefix('T')?;
    let time = rest.get(..6).filter(|t| digits(t))?;
    let rest = rest.get(6..)?.strip_prefix('.')?;
    let fraction_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let fraction = rest.get(..fraction_len)?;
    let zone = rest.get(fraction_len..)?;
    let zone = match zone {
        "" | "Z" | "z" => zone.to_string(),
        _ => {
            let sign = zone.get(..1).filter(|s| *s == "+" || *s == "-")?;
            let hhmm: String = zone.get(1..)?.chars().filter(|c| *c != ':').collect();
            let hours = hhmm.get(..2).filter(|h| digits(h))?;
            let minutes = hhmm.get(2..).filter(|m| m.is_empty() || digits(m))?;
            format!(
                "{sign}{hours}:{}",
                if minutes.is_empty() { "00" } else { minutes }
            )
        }
    };
    Some(format!(
        "{}-{}-{}T{}:{}:{}.{fraction}{zone}",
        date.get(..4)?,
        date.get(4..6)?,
        date.get(6..)?,
        time.get(..2)?,
        time.get(2..4)?,
        time.get(4..)?,
    ))
}

/// A dateline's date as `story.date/@norm` (`20240115`), when the date is whole and valid.
pub(super) fn date_norm(date: PartialDate) -> Option<String> {
    let (year, month, day) = (date.year?, date.month?, date.day?);
    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))?;
    (0..=9999)
        .contains(&year)
        .then(|| format!("{year:04}{month:02}{day:02}"))
}

/// The date of a `norm` value (a date or a date-time).
pub(super) fn norm_date(text: &str) -> Option<PartialDate> {
    use chrono::Datelike;
    let local = parse_norm(text)?.local();
    Some(PartialDate {
        year: Some(local.year()),
        month: u8::try_from(local.month()).ok(),
        day: u8::try_from(local.day()).ok(),
    })
}

/// Whether the offset of `time` is UTC (for tests and messages).
#[cfg(test)]
fn is_utc(time: Timestamp) -> bool {
    time.offset().is_some_and(|o| o.local_minus_utc() == 0)
}

/// A 1-9 scale value (`ed-urg`, the priority meta).
pub(super) fn one_to_nine(text: &str) -> Option<u8> {
    text.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (1..=9).contains(n))
}

/// `docdata/@management-status` for a status, given whether an embargo (`date.release`) is
/// written: usable with an embargo is `embargoed`, as NITF says it.
pub(super) fn management_status(status: PubStatus, embargoed: bool) -> Option<&'static str> {
    match status {
        PubStatus::Usable if embargoed => Some("embargoed"),
        PubStatus::Usable => None,
        PubStatus::Withheld => Some("withheld"),
        PubStatus::Canceled => Some("canceled"),
    }
}

/// What `@management-status` says: the status, and whether it is `embargoed` (which is usable
/// with a release time). `None` for a value NITF does not define.
pub(super) fn read_status(text: &str) -> Option<(PubStatus, bool)> {
    Some(match text.trim().to_ascii_lowercase().as_str() {
        "usable" => (PubStatus::Usable, false),
        "embargoed" | "embargo" => (PubStatus::Usable, true),
        "withheld" => (PubStatus::Withheld, false),
        "canceled" | "cancelled" => (PubStatus::Canceled, false),
        _ => return None,
    })
}

/// The embargo from `date.release`: a release time is an embargo when the status says
/// `embargoed` or when it is not the issue time (AAP and ANSA repeat the issue time there).
pub(super) fn embargo(
    embargoed: bool,
    release: Option<Timestamp>,
    issue: Option<Timestamp>,
) -> Option<Timestamp> {
    release.filter(|r| embargoed || Some(*r) != issue)
}

/// The `function` the writer gives the revision that records the creation time.
pub(super) const CREATED_BY: &str = "writer-author";

/// The `function` the writer gives the revision that records the modification time.
pub(super) const MODIFIED_BY: &str = "editor";

/// `revision-history` entries for the creation and modification times: the first revision is
/// the creation, the last the latest modification. A single revision is both, unless its
/// `function` says which (a writer's is the creation, an editor's a modification).
pub(super) fn revisions(
    created: Option<Timestamp>,
    modified: Option<Timestamp>,
) -> Vec<(String, &'static str)> {
    [(created, CREATED_BY), (modified, MODIFIED_BY)]
        .into_iter()
        .filter_map(|(time, function)| Some((norm(time?)?, function)))
        .collect()
}

/// The creation and modification times from the revisions that have a time, in document order
/// (see [`revisions`]).
pub(super) fn created_modified(
    revisions: &[(Timestamp, Option<String>)],
) -> (Option<Timestamp>, Option<Timestamp>) {
    match revisions {
        [] => (None, None),
        [(only, function)] => match function.as_deref().map(str::trim) {
            Some(CREATED_BY) => (Some(*only), None),
            Some(MODIFIED_BY) => (None, Some(*only)),
            _ => (Some(*only), Some(*only)),
        },
        [(first, _), .., (last, _)] => (Some(*first), Some(*last)),
    }
}

/// Whether `value` is an XML `NMTOKEN` (what `tobject.subject.refnum` must be): name characters
/// only. Conservative: ASCII letters, digits, `.-_:`, the middle dot, combining marks and
/// letters or digits beyond Latin-1 controls.
pub(super) fn is_nmtoken(value: &str) -> bool {
    !value.is_empty()
        && value.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '.' | '-' | '_' | ':' | '\u{b7}')
                || matches!(c, '\u{300}'..='\u{36f}' | '\u{203f}'..='\u{2040}')
                || (c >= '\u{c0}'
                    && c != '\u{d7}'
                    && c != '\u{f7}'
                    && c.is_alphanumeric()
                    && !matches!(c, '\u{2000}'..='\u{206f}' | '\u{fff0}'..='\u{ffff}'))
        })
}

/// The elements of `docdata/identified-content` that name an entity, each with the attributes
/// that hold its scheme (the id source) and its code; a point of interest is a `location`.
const ENTITY_ELEMENTS: [(EntityKind, &str, &str, &str); 5] = [
    (EntityKind::Person, "person", "idsrc", "value"),
    (EntityKind::Organisation, "org", "idsrc", "value"),
    (
        EntityKind::Place,
        "location",
        "code-source",
        "location-code",
    ),
    (EntityKind::Event, "event", "idsrc", "value"),
    (EntityKind::Object, "object.title", "idsrc", "value"),
];

/// An element of `identified-content` as written: its name, attributes and text.
pub(super) type EntityElement = (&'static str, Vec<(&'static str, String)>, Option<String>);

/// A subject that names an entity as an element of `identified-content`: its name, the scheme
/// and code in the attributes the element has for them. `None` for a topic, or an entity with
/// neither a code nor a name.
pub(super) fn entity_element(concept: &Concept) -> Option<EntityElement> {
    let kind = concept.kind?.without_points_of_interest();
    let (_, element, scheme_attr, code_attr) = ENTITY_ELEMENTS.iter().find(|e| e.0 == kind)?;
    let code = concept.code.as_deref().and_then(one_line);
    let name = concept.name.as_deref().and_then(one_line);
    if code.is_none() && name.is_none() {
        return None;
    }
    let scheme = code
        .as_ref()
        .and(concept.scheme.as_deref())
        .and_then(one_line);
    let mut attrs = Vec::new();
    attrs.extend(scheme.map(|s| (*scheme_attr, s)));
    attrs.extend(code.map(|c| (*code_attr, c)));
    Some((element, attrs, name))
}

/// The subject an element of `identified-content` names, with its kind (`None` for elements
/// that name no entity: `classifier`, `function`, `virtloc`).
pub(super) fn entity_concept(
    element: &str,
    attr: impl Fn(&str) -> Option<String>,
    text: Option<String>,
) -> Option<Concept> {
    let (kind, _, scheme_attr, code_attr) = ENTITY_ELEMENTS.iter().find(|e| e.1 == element)?;
    let code = attr(code_attr).and_then(|c| one_line(&c));
    let name = text.and_then(|t| one_line(&t));
    if code.is_none() && name.is_none() {
        return None;
    }
    let scheme = code
        .as_ref()
        .and(attr(scheme_attr))
        .and_then(|s| one_line(&s));
    Some(Concept {
        scheme,
        code,
        name,
        kind: Some(*kind),
        geo: None,
        same_as: Vec::new(),
        broader: Vec::new(),
        role: None,
    })
}

/// A subject as `tobject.subject` attributes: the provider of the code (`tobject.subject.ipr`:
/// `IPTC` for IPTC Subject Codes, else the concept's scheme as written, empty for none), the code
/// (`tobject.subject.refnum`, an `NMTOKEN`), and the name in the attribute for its level (an IPTC
/// code's type, matter or detail; `tobject.subject.type` otherwise). `None` when the concept has
/// no code NITF can hold.
pub(super) fn subject_attrs(concept: &Concept) -> Option<Vec<(&'static str, String)>> {
    let code = concept.code.as_deref().map(str::trim)?;
    if !is_nmtoken(code) {
        return None;
    }
    let scheme = concept.scheme.as_deref().map(str::trim).unwrap_or("");
    let iptc = scheme == "subj" || scheme_alias(scheme) == Some("subj");
    let ipr = if iptc {
        "IPTC".to_string()
    } else {
        writable(scheme).into_owned()
    };
    let mut attrs = vec![
        ("tobject.subject.ipr", ipr),
        ("tobject.subject.refnum", code.to_string()),
    ];
    if let Some(name) = concept.name.as_deref().and_then(one_line) {
        let level = if iptc && code.len() == 8 && code.bytes().all(|b| b.is_ascii_digit()) {
            if code.ends_with("000000") {
                "tobject.subject.type"
            } else if code.ends_with("000") {
                "tobject.subject.matter"
            } else {
                "tobject.subject.detail"
            }
        } else {
            "tobject.subject.type"
        };
        attrs.push((level, name));
    }
    Some(attrs)
}

/// The concept a `tobject.subject` stands for: `ipr` IPTC (the default) is the `subj` scheme, a
/// blank one no scheme, any other the scheme as written; the name is the most specific of
/// detail, matter and type.
pub(super) fn subject_concept(
    ipr: Option<&str>,
    refnum: &str,
    name: Option<String>,
) -> Option<Concept> {
    let code = refnum.trim();
    if code.is_empty() {
        return None;
    }
    let scheme = match ipr.map(str::trim) {
        None => Some("subj".to_string()),
        Some(ipr) if ipr.eq_ignore_ascii_case("iptc") => Some("subj".to_string()),
        Some("") => None,
        Some(ipr) => Some(ipr.to_string()),
    };
    Some(Concept {
        scheme,
        code: Some(code.to_string()),
        name,
        kind: None,
        geo: None,
        same_as: Vec::new(),
        broader: Vec::new(),
        role: None,
    })
}

/// A genre as `tobject.property/@tobject.property.type`, a section as
/// `pubdata/@position.section`: its name, else its code.
pub(super) fn name_or_code(concept: &Concept) -> Option<String> {
    concept
        .name
        .as_deref()
        .and_then(one_line)
        .or_else(|| concept.code.as_deref().and_then(one_line))
}

/// A piece of a `dateline` as the writer lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Piece {
    /// Text printed as it is.
    Text(String),
    /// A `location` holding a `city`, text and a `region`, in order.
    Location(Vec<Piece>),
    /// The city.
    City(String),
    /// The region, state or country.
    Region(String),
}

/// How a dateline is written: the printed text with the city and region marked up where the
/// text prints them (`<location><city>TRIPOLI</city> (<region>LIBIA</region></location>) –`),
/// or, without text, a `location` alone. A reader tells printed text from a bare location by
/// text outside the place elements, so a text that is nothing but the place names is written
/// as text and the place is not kept; so is a place the text does not print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Layout {
    /// The dateline's content, in order.
    pub pieces: Vec<Piece>,
    /// The city a reader gets back.
    pub city: Option<String>,
    /// The region a reader gets back.
    pub region: Option<String>,
}

/// Lays out a dateline: `text`, `city` and `region` are in the form a reader gets them back
/// ([`one_line`]).
pub(super) fn layout(text: &str, city: Option<&str>, region: Option<&str>) -> Layout {
    if text.is_empty() {
        let mut place = Vec::new();
        place.extend(city.map(|c| Piece::City(c.to_string())));
        place.extend(region.map(|r| Piece::Region(r.to_string())));
        return Layout {
            pieces: if place.is_empty() {
                Vec::new()
            } else {
                vec![Piece::Location(place)]
            },
            city: city.map(str::to_string),
            region: region.map(str::to_string),
        };
    }
    let plain = Layout {
        pieces: vec![Piece::Text(text.to_string())],
        city: None,
        region: None,
    };
    let city_at = city.and_then(|c| Some((text.find(c)?, c)));
    let region_from = city_at.map_or(0, |(at, c)| at + c.len());
    let region_at = region.and_then(|r| {
        let found = text.get(region_from..)?.find(r)?;
        Some((region_from + found, r))
    });
    let Some(start) = city_at.or(region_at).map(|(at, _)| at) else {
        return plain;
    };
    let end = region_at.or(city_at).map_or(start, |(at, s)| at + s.len());
    let mut inside = Vec::new();
    if let Some((_, c)) = city_at {
        inside.push(Piece::City(c.to_string()));
    }
    if let Some((at, r)) = region_at {
        let between = text.get(region_from..at).unwrap_or("");
        if city_at.is_some() && !between.is_empty() {
            inside.push(Piece::Text(between.to_string()));
        }
        inside.push(Piece::Region(r.to_string()));
    }
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    // Whitespace of any kind is nothing to see: the dateline grammar trims it from a place.
    let visible = |s: &str| !s.trim().is_empty();
    let inner_text = inside
        .iter()
        .any(|p| matches!(p, Piece::Text(t) if visible(t)));
    if !(visible(before) || visible(after) || inner_text) {
        return plain;
    }
    let mut pieces = Vec::new();
    if !before.is_empty() {
        pieces.push(Piece::Text(before.to_string()));
    }
    pieces.push(Piece::Location(inside));
    if !after.is_empty() {
        pieces.push(Piece::Text(after.to_string()));
    }
    Layout {
        pieces,
        city: city_at.map(|(_, c)| c.to_string()),
        region: region_at.map(|(_, r)| r.to_string()),
    }
}

/// The layout the NITF writer writes: [`layout`], unless it marks up no place; then the place
/// a reader finds in the text itself, marked up where it stands. A place the text does not
/// show as it is (a city `RATES —` in `RATES — `, which the dateline grammar reads as `RATES`)
/// is not written; what a reader would make of the text is, so that writing what was read
/// writes the same again.
pub(super) fn written_layout(text: &str, city: Option<&str>, region: Option<&str>) -> Layout {
    let given = layout(text, city, region);
    if text.is_empty() || given.city.is_some() || given.region.is_some() {
        return given;
    }
    match dateline(text.to_string(), None, None, None) {
        Some(read) if read.city.is_some() || read.region.is_some() => {
            layout(text, read.city.as_deref(), read.region.as_deref())
        }
        _ => given,
    }
}

/// The dateline a reader makes of what a `dateline` element gave: the printed text (empty for a
/// bare location), the place, and the date of `story.date` (its `norm`, else its text). The
/// agencies, the date when `story.date` gives none, and the place when no element marks it up
/// (`<dateline>Oslo</dateline>`), are read from the text with the plain-text dateline grammar.
/// `None` when there is nothing.
pub(super) fn dateline(
    text: String,
    city: Option<String>,
    region: Option<String>,
    date: Option<PartialDate>,
) -> Option<Dateline> {
    if text.is_empty() && city.is_none() && region.is_none() && date.is_none() {
        return None;
    }
    let parsed = (!text.is_empty())
        .then(|| crate::dateline::parse_line(&text).or_else(|| crate::dateline::place_line(&text)))
        .flatten();
    let marked_up = city.is_some() || region.is_some();
    let mut dateline = Dateline::new(text);
    dateline.city = city;
    dateline.region = region;
    dateline.date = date;
    if let Some(parsed) = parsed {
        dateline.date = dateline.date.or(parsed.date);
        dateline.agencies = parsed.agencies;
        if !marked_up {
            dateline.city = parsed.city;
            dateline.region = parsed.region;
        }
    }
    Some(dateline)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_is_basic_iso_8601_and_reads_back() {
        for (text, written) in [
            ("2024-01-15T14:05:00+01:00", "20240115T140500+0100"),
            ("2024-01-15T14:05:00Z", "20240115T140500Z"),
            ("2024-01-15T14:05:00", "20240115T140500"),
            ("2024-01-15T14:05:00.250-03:30", "20240115T140500.250-0330"),
        ] {
            let time = Timestamp::parse(text).unwrap();
            assert_eq!(norm(time).as_deref(), Some(written));
            assert_eq!(parse_norm(written), Some(time), "{written}");
        }
        assert!(is_utc(parse_norm("20091123T114428Z").unwrap()));
        assert_eq!(
            parse_norm("2016-04-13 04:52:21+00:00").map(|t| t.to_rfc3339()),
            Some("2016-04-13T04:52:21Z".into())
        );
        assert_eq!(parse_norm("YYYYMMDD000000-HHMM"), None);
        // A point without digits after it is no fraction of a second.
        assert_eq!(parse_norm("20240115T140500.+0100"), None);
        assert_eq!(parse_norm("20240115T140500.Z"), None);
        assert_eq!(
            parse_norm("2022-07-11 18:33").map(|t| t.to_rfc3339()),
            Some("2022-07-11T18:33:00".into())
        );
    }

    #[test]
    fn a_place_with_only_whitespace_around_it_is_no_markup() {
        // The city trimmed of a line separator was marked up by the next write (`RATES` and
        // the separator after it), while the whole text as the city was written plain.
        for city in ["RATES \u{2028}", "RATES"] {
            let layout = layout("RATES \u{2028}", Some(city), None);
            assert_eq!(
                layout.pieces,
                [Piece::Text("RATES \u{2028}".into())],
                "{city:?}"
            );
        }
        let marked = layout("RATES \u{2028} -", Some("RATES"), None);
        assert!(matches!(
            marked.pieces.as_slice(),
            [Piece::Location(_), Piece::Text(_)]
        ));
    }

    #[test]
    fn dates_of_datelines() {
        let date = PartialDate {
            year: Some(2024),
            month: Some(1),
            day: Some(15),
        };
        assert_eq!(date_norm(date).as_deref(), Some("20240115"));
        assert_eq!(norm_date("20240115"), Some(date));
        assert_eq!(date_norm(PartialDate { year: None, ..date }), None);
        assert_eq!(
            date_norm(PartialDate {
                day: Some(31),
                month: Some(2),
                ..date
            }),
            None
        );
    }

    #[test]
    fn revisions_say_which_time_is_which() {
        let t = Timestamp::parse("2024-01-15T14:05:00Z");
        let u = Timestamp::parse("2024-01-16T14:05:00Z");
        let read = |created, modified| {
            let entries: Vec<(Timestamp, Option<String>)> = revisions(created, modified)
                .into_iter()
                .map(|(n, f)| (parse_norm(&n).unwrap(), Some(f.to_string())))
                .collect();
            created_modified(&entries)
        };
        assert_eq!(read(t, u), (t, u));
        assert_eq!(read(t, None), (t, None));
        assert_eq!(read(None, u), (None, u));
        assert_eq!(read(t, t), (t, t));
        let t = t.unwrap();
        assert_eq!(created_modified(&[(t, None)]), (Some(t), Some(t)));
    }

    #[test]
    fn an_iptc_subject_s_name_is_at_its_level() {
        let level = |code: &str| {
            let concept = Concept {
                name: Some("n".into()),
                ..Concept::coded("subj", code)
            };
            subject_attrs(&concept).unwrap()[2].0
        };
        assert_eq!(level("04000000"), "tobject.subject.type");
        assert_eq!(level("04016000"), "tobject.subject.matter");
        assert_eq!(level("04016007"), "tobject.subject.detail");
        // Not eight digits: the type, whatever the digits end with.
        assert_eq!(level("4016000"), "tobject.subject.type");
        assert_eq!(level("4016007"), "tobject.subject.type");
        assert_eq!(level("040160070"), "tobject.subject.type");
    }

    #[test]
    fn a_marked_up_city_or_region_is_kept_over_what_the_text_reads_as() {
        let text = "PARIS, Jan 5 (AFP) -";
        // The city alone marked up: the region stays unknown, the agencies come from the text.
        let city = dateline(text.into(), Some("Paris".into()), None, None).unwrap();
        assert_eq!(
            (city.city.as_deref(), city.region.as_deref()),
            (Some("Paris"), None)
        );
        assert_eq!(city.agencies.len(), 1);
        let region = dateline(text.into(), None, Some("Île-de-France".into()), None).unwrap();
        assert_eq!(
            (region.city.as_deref(), region.region.as_deref()),
            (None, Some("Île-de-France"))
        );
        // Nothing marked up: the text's own.
        let plain = dateline(text.into(), None, None, None).unwrap();
        assert_eq!(plain.city.as_deref(), Some("PARIS"));
    }

    #[test]
    fn subjects_and_genres() {
        let iptc = Concept {
            name: Some("economy".into()),
            ..Concept::coded("http://cv.iptc.org/newscodes/subjectcode/", "04000000")
        };
        let attrs = subject_attrs(&iptc).unwrap();
        assert_eq!(
            attrs,
            [
                ("tobject.subject.ipr", "IPTC".to_string()),
                ("tobject.subject.refnum", "04000000".to_string()),
                ("tobject.subject.type", "economy".to_string())
            ]
        );
        let back = subject_concept(Some("IPTC"), "04000000", Some("economy".into())).unwrap();
        assert_eq!(
            (back.scheme.as_deref(), back.code.as_deref()),
            (Some("subj"), Some("04000000"))
        );
        assert_eq!(
            subject_attrs(&Concept::coded("subj", "04016007")).unwrap()[1].1,
            "04016007"
        );
        assert!(subject_attrs(&Concept::named("sport")).is_none());
        assert!(subject_attrs(&Concept::coded("x", "a b")).is_none());
        assert_eq!(subject_concept(Some(""), "X1", None).unwrap().scheme, None);
        assert_eq!(
            subject_concept(None, "04000000", None).unwrap().scheme,
            Some("subj".into())
        );
        assert_eq!(
            name_or_code(&Concept::coded("genre", "Current")).as_deref(),
            Some("Current")
        );
        assert!(is_nmtoken("é-Ü_x.1:2") && is_nmtoken("東京"));
        assert!(!is_nmtoken("🚀") && !is_nmtoken("a/b") && !is_nmtoken(""));
    }

    #[test]
    fn datelines_mark_up_the_place_they_print() {
        let l = layout(
            "TRIPOLI (LIBIA) (ITALPRESS/MNA) –",
            Some("TRIPOLI"),
            Some("LIBIA"),
        );
        assert_eq!(
            l.pieces,
            [
                Piece::Location(vec![
                    Piece::City("TRIPOLI".into()),
                    Piece::Text(" (".into()),
                    Piece::Region("LIBIA".into())
                ]),
                Piece::Text(") (ITALPRESS/MNA) –".into())
            ]
        );
        assert_eq!(
            (l.city.as_deref(), l.region.as_deref()),
            (Some("TRIPOLI"), Some("LIBIA"))
        );
        let only_place = layout("ROMA", Some("ROMA"), None);
        assert_eq!(only_place.pieces, [Piece::Text("ROMA".into())]);
        assert_eq!(only_place.city, None);
        let elsewhere = layout("FRANKFURT, Jan 15 -", Some("Frankfurt am Main"), None);
        assert_eq!(elsewhere.city, None);
        let bare = layout("", Some("Ottawa"), Some("Ontario"));
        assert_eq!(bare.city.as_deref(), Some("Ottawa"));
        assert_eq!(bare.pieces.len(), 1);
    }

    /// Where the given place is not marked up, the writer marks up the place a reader finds in
    /// the text: writing what was read writes the same again (a round-trip property case: a
    /// city `RATES —` in the text `RATES — `, written plain, read as `RATES`, then marked up).
    #[test]
    fn the_writer_marks_up_the_place_a_reader_finds_when_the_given_one_is_not() {
        let written = written_layout("RATES —", Some("RATES —"), None);
        assert_eq!(
            written.pieces,
            [
                Piece::Location(vec![Piece::City("RATES".into())]),
                Piece::Text(" —".into())
            ]
        );
        assert_eq!(written.city.as_deref(), Some("RATES"));
        // The read back lays out the same.
        assert_eq!(written_layout("RATES —", Some("RATES"), None), written);
        // A place the text shows is laid out as given.
        assert_eq!(
            written_layout("OSLO, Jan 5 -", Some("OSLO"), None),
            layout("OSLO, Jan 5 -", Some("OSLO"), None)
        );
    }
}
