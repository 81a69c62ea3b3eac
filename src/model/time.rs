//! Time values: [`Timestamp`] (an instant whose offset may be unknown) and [`PartialDate`].

use std::fmt;

use chrono::{
    DateTime, Datelike, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone, Timelike, Utc,
};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time as the source wrote it: the wall-clock time and, when the source gave one, its
/// UTC offset.
///
/// Many feeds send local times without an offset (NewsML-G2 allows it, wire headers never carry
/// one). newswire keeps the wall time and records that the offset is unknown rather than guessing:
/// a writer whose format requires an offset (Atom, ninjs) leaves such a time out, and a caller
/// who knows the provider's zone gives it when reading
/// ([`ReadOptions::time_zone`](crate::formats::ReadOptions::time_zone), [`in_zone`](Self::in_zone)).
///
/// Serialized as an RFC 3339 string, without an offset when none is known:
/// `2024-01-15T14:05:00+01:00`, `2024-01-15T14:05:00Z`, `2024-01-15T14:05:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    local: NaiveDateTime,
    offset: Option<FixedOffset>,
}

/// Any time chrono can hold (years -262143 to 262142, leap seconds, nanoseconds), with no
/// offset or any offset within a day, for fuzzing.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for Timestamp {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Timestamp> {
        let min = NaiveDateTime::MIN.and_utc().timestamp();
        let max = NaiveDateTime::MAX.and_utc().timestamp();
        let seconds = u.int_in_range(min..=max)?;
        let nanos = u.int_in_range(0..=1_999_999_999)?;
        let local = DateTime::from_timestamp(seconds, nanos)
            .or_else(|| DateTime::from_timestamp(seconds, nanos % 1_000_000_000))
            .map(|t| t.naive_utc())
            .unwrap_or(NaiveDateTime::MIN);
        let offset = if u.arbitrary()? {
            FixedOffset::east_opt(u.int_in_range(-86_399..=86_399)?)
        } else {
            None
        };
        // Only offsets whose instant exists, as every constructor guarantees.
        let offset = offset.filter(|&offset| local.checked_sub_offset(offset).is_some());
        Ok(Timestamp { local, offset })
    }
}

impl Timestamp {
    /// 1970-01-01T00:00:00Z: what writers put in a required date field when the article has no
    /// time at all (plain text rarely does), so that output stays valid and deterministic.
    pub const UNIX_EPOCH: Timestamp = Timestamp {
        local: DateTime::UNIX_EPOCH.naive_utc(),
        offset: Some(FixedOffset::east_opt(0).unwrap()),
    };

    /// [`UNIX_EPOCH`](Self::UNIX_EPOCH) as [`to_rfc3339`](Self::to_rfc3339) writes it.
    pub const UNIX_EPOCH_TEXT: &str = "1970-01-01T00:00:00Z";

    /// A timestamp with a known offset.
    pub fn new(datetime: DateTime<FixedOffset>) -> Timestamp {
        Timestamp {
            local: datetime.naive_local(),
            offset: Some(*datetime.offset()),
        }
    }

    /// A wall-clock time whose offset the source did not give.
    pub fn without_offset(local: NaiveDateTime) -> Timestamp {
        Timestamp {
            local,
            offset: None,
        }
    }

    /// The wall-clock time as written.
    pub fn local(&self) -> NaiveDateTime {
        self.local
    }

    /// The UTC offset, when the source gave one.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }

    /// The instant, reading a missing offset as UTC.
    pub fn assume_utc(&self) -> DateTime<FixedOffset> {
        let offset = self.offset.unwrap_or(Utc.fix());
        // A fixed offset maps every local time to exactly one instant.
        DateTime::from_naive_utc_and_offset(self.local - offset, offset)
    }

    /// RFC 3339 text, without an offset when none is known (`2024-01-15T14:05:00`).
    pub fn to_rfc3339(&self) -> String {
        match self.offset {
            Some(offset) => format_with_offset(self.local, offset),
            None => format_local(self.local),
        }
    }

    /// RFC 3339 text with the offset, `Z` standing in when the source gave none: only for times
    /// known to be UTC (a placeholder), never for what a source sent without an offset.
    pub fn to_rfc3339_with_offset(&self) -> String {
        format_with_offset(self.local, self.offset.unwrap_or(Utc.fix()))
    }

    /// This time in `zone` when the source gave no offset: the zone's offset at that wall-clock
    /// time ([`LocalResult::Ambiguous`] with the earlier instant first when a clock change makes
    /// the hour occur twice, [`LocalResult::None`] when it skips it). A time with an offset
    /// stays as it is.
    ///
    /// ```
    /// use chrono::{FixedOffset, LocalResult};
    /// use newswire::model::Timestamp;
    /// let belga = Timestamp::parse("20220816T174755").unwrap();
    /// let brussels = FixedOffset::east_opt(2 * 3600).unwrap();
    /// let LocalResult::Single(placed) = belga.in_zone(&brussels) else { panic!() };
    /// assert_eq!(placed.to_rfc3339(), "2022-08-16T17:47:55+02:00");
    /// ```
    pub fn in_zone<Z: TimeZone>(&self, zone: &Z) -> LocalResult<Timestamp> {
        if self.offset.is_some() {
            return LocalResult::Single(*self);
        }
        zone.from_local_datetime(&self.local)
            .map(|time| Timestamp::new(time.fixed_offset()))
    }

    /// The same instant in a form XML Schema's `xs:dateTime` can hold, and so the date
    /// constructs of G2, Atom and schema.org: an offset with seconds or beyond ±14:00 becomes
    /// UTC. `None` when no form can hold it (a year outside 1-9999, a leap second).
    ///
    /// ```
    /// use newswire::model::Timestamp;
    /// let odd = Timestamp::parse("2024-01-15T14:05:00+15:00").unwrap();
    /// assert_eq!(odd.xsd_compatible().unwrap().to_rfc3339(), "2024-01-14T23:05:00Z");
    /// ```
    pub fn xsd_compatible(&self) -> Option<Timestamp> {
        let writable = |local: NaiveDateTime| {
            (1..=9999).contains(&local.year()) && local.nanosecond() < 1_000_000_000
        };
        let offset_ok = self.offset.is_none_or(|offset| {
            let seconds = offset.local_minus_utc();
            seconds % 60 == 0 && seconds.abs() <= MAX_XSD_OFFSET_SECONDS
        });
        if writable(self.local) && offset_ok {
            return Some(*self);
        }
        let utc = self.assume_utc().naive_utc();
        writable(utc).then(|| Timestamp::new(utc.and_utc().fixed_offset()))
    }

    /// [`xsd_compatible`](Self::xsd_compatible) text, without an offset when the source gave
    /// none: what G2 and schema.org `DateTime` values hold.
    pub fn to_xsd(&self) -> Option<String> {
        self.xsd_compatible().map(|t| t.to_rfc3339())
    }

    /// [`xsd_compatible`](Self::xsd_compatible) text with its offset, for the formats that
    /// require one (Atom date constructs, ninjs `date-time`): `None` for a time the source gave
    /// without an offset, which such a format cannot hold without inventing one.
    pub fn to_xsd_with_offset(&self) -> Option<String> {
        self.offset?;
        self.to_xsd()
    }

    /// Reads the date-time forms found in news feeds: RFC 3339 and ISO 8601 (extended or basic,
    /// with `Z`, `+01:00`, `+0100` or no offset, `T` or a space), RFC 2822 (`Tue, 26 May 2020
    /// 10:00:00 +0200`) and a bare date (read as midnight). Returns `None` for anything else.
    ///
    /// ```
    /// use newswire::model::Timestamp;
    /// let t = Timestamp::parse("20240115T140500+0100").unwrap();
    /// assert_eq!(t.to_rfc3339(), "2024-01-15T14:05:00+01:00");
    /// assert_eq!(Timestamp::parse("2024-01-15 14:05").unwrap().to_rfc3339(), "2024-01-15T14:05:00");
    /// ```
    pub fn parse(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
            return Some(Timestamp::new(dt));
        }
        const ZONED: [&str; 6] = [
            "%Y-%m-%dT%H:%M:%S%.f%#z",
            "%Y-%m-%d %H:%M:%S%.f%#z",
            "%Y-%m-%dT%H:%M%#z",
            "%Y%m%dT%H%M%S%#z",
            "%Y%m%dT%H%M%#z",
            "%Y%m%d%H%M%S%#z",
        ];
        let zulu = text.strip_suffix('Z').or_else(|| text.strip_suffix('z'));
        if let Some(dt) = ZONED
            .iter()
            .find_map(|pattern| DateTime::parse_from_str(text, pattern).ok())
        {
            return Some(Timestamp::new(dt));
        }
        if let Some(local) = zulu.and_then(parse_local) {
            return Some(Timestamp::new(local.and_utc().fixed_offset()));
        }
        if let Some(local) = parse_local(text) {
            return Some(Timestamp::without_offset(local));
        }
        if let Ok(dt) = DateTime::parse_from_rfc2822(text) {
            return Some(Timestamp::new(dt));
        }
        with_offset_seconds(text)
    }
}

/// A local time followed by an offset with seconds (`-22:59:04`, local mean time), as
/// [`Timestamp::to_rfc3339`] writes such an offset and chrono does not read it.
fn with_offset_seconds(text: &str) -> Option<Timestamp> {
    let (local, offset) = text.split_at_checked(text.len().checked_sub(9)?)?;
    let sign = match offset.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let mut seconds = 0;
    for (part, unit) in offset.get(1..)?.split(':').zip([3600, 60, 1]) {
        let value: i32 = part
            .parse()
            .ok()
            .filter(|v| part.len() == 2 && (unit == 3600 || *v < 60))?;
        seconds += value * unit;
    }
    if offset.matches(':').count() != 2 {
        return None;
    }
    let local = parse_local(local)?;
    let offset = FixedOffset::east_opt(sign * seconds)?;
    // The instant must exist too (`assume_utc`), not only the wall-clock time.
    local.checked_sub_offset(offset)?;
    Some(Timestamp {
        local,
        offset: Some(offset),
    })
}

/// The largest offset `xs:dateTime` accepts.
const MAX_XSD_OFFSET_SECONDS: i32 = 14 * 3600;

fn parse_local(text: &str) -> Option<NaiveDateTime> {
    const LOCAL: [&str; 6] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y%m%dT%H%M%S",
        "%Y%m%dT%H%M",
    ];
    LOCAL
        .iter()
        .find_map(|pattern| NaiveDateTime::parse_from_str(text, pattern).ok())
        .or_else(|| {
            ["%Y-%m-%d", "%Y%m%d"].iter().find_map(|pattern| {
                NaiveDate::parse_from_str(text, pattern)
                    .ok()
                    .map(|date| date.and_time(NaiveTime::MIN))
            })
        })
}

fn format_local(local: NaiveDateTime) -> String {
    local.format("%Y-%m-%dT%H:%M:%S%.f").to_string()
}

fn format_with_offset(local: NaiveDateTime, offset: FixedOffset) -> String {
    let mut out = format_local(local);
    if offset.local_minus_utc() == 0 {
        out.push('Z');
    } else {
        out.push_str(&offset.to_string());
    }
    out
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl std::str::FromStr for Timestamp {
    type Err = crate::Error;

    /// As [`Timestamp::parse`]: RFC 3339, RFC 822 and the other forms feeds use.
    ///
    /// ```
    /// use newswire::model::Timestamp;
    /// let t: Timestamp = "2026-11-29T10:15:00Z".parse()?;
    /// assert_eq!(t.to_rfc3339(), "2026-11-29T10:15:00Z");
    /// assert!("next Tuesday".parse::<Timestamp>().is_err());
    /// # Ok::<(), newswire::Error>(())
    /// ```
    fn from_str(text: &str) -> Result<Timestamp, crate::Error> {
        Timestamp::parse(text).ok_or_else(|| crate::Error::UnknownTime(text.to_string()))
    }
}

impl From<DateTime<FixedOffset>> for Timestamp {
    fn from(datetime: DateTime<FixedOffset>) -> Timestamp {
        Timestamp::new(datetime)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date-time: {text:?}")))
    }
}

/// A calendar date of which any part may be missing, as datelines print them (`29 NOV` has no
/// year).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
pub struct PartialDate {
    /// The year, when printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The month, 1 to 12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// The day of the month, 1 to 31.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
}

#[cfg(test)]
mod text_form_tests {
    use super::*;

    /// Whatever a timestamp holds, its text reads back as the same timestamp: expanded and
    /// negative years, offsets with seconds, leap seconds, nanoseconds, no offset.
    #[test]
    fn every_timestamp_reads_back_from_its_text() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let locals = [
            date(246669, 9, 8).and_hms_nano_opt(7, 22, 50, 91_973_116),
            date(-4000, 2, 29).and_hms_opt(0, 0, 0),
            date(2016, 12, 31).and_hms_nano_opt(23, 59, 59, 1_500_000_000),
            date(2024, 1, 15).and_hms_opt(14, 5, 0),
            Some(NaiveDateTime::MAX),
            Some(NaiveDateTime::MIN),
        ];
        let offsets = [
            None,
            Some(0),
            Some(-(22 * 3600 + 59 * 60 + 4)),
            Some(3600),
            Some(86_399),
        ];
        for local in locals.into_iter().flatten() {
            for offset in offsets {
                let offset = offset.and_then(FixedOffset::east_opt);
                if offset.is_some_and(|o| local.checked_sub_offset(o).is_none()) {
                    continue; // no such instant: no constructor makes it
                }
                let t = Timestamp { local, offset };
                let text = t.to_rfc3339();
                assert_eq!(Timestamp::parse(&text), Some(t), "{text}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_text_is_what_the_epoch_writes() {
        assert_eq!(
            Timestamp::UNIX_EPOCH.to_rfc3339(),
            Timestamp::UNIX_EPOCH_TEXT
        );
        assert_eq!(
            Timestamp::UNIX_EPOCH.to_rfc3339_with_offset(),
            Timestamp::UNIX_EPOCH_TEXT
        );
    }

    #[test]
    fn keeps_the_offset_as_written() {
        let t = Timestamp::parse("2024-01-15T14:05:00+01:00").unwrap();
        assert_eq!(t.offset().unwrap().local_minus_utc(), 3600);
        assert_eq!(t.to_rfc3339(), "2024-01-15T14:05:00+01:00");
        assert_eq!(
            t.assume_utc().naive_utc().to_string(),
            "2024-01-15 13:05:00"
        );
    }

    #[test]
    fn reads_feed_variants() {
        let cases = [
            ("2024-01-15T14:05:00Z", "2024-01-15T14:05:00Z"),
            (
                "2024-01-15T14:05:00.250+0200",
                "2024-01-15T14:05:00.250+02:00",
            ),
            ("20240115T140500Z", "2024-01-15T14:05:00Z"),
            ("20240115T140500-0500", "2024-01-15T14:05:00-05:00"),
            ("2016-04-13 04:52:21+00:00", "2016-04-13T04:52:21Z"),
            (
                "Tue, 26 May 2020 10:00:00 +0200",
                "2020-05-26T10:00:00+02:00",
            ),
            ("2024-01-15", "2024-01-15T00:00:00"),
        ];
        for (input, want) in cases {
            assert_eq!(
                Timestamp::parse(input).map(|t| t.to_rfc3339()).as_deref(),
                Some(want),
                "{input}"
            );
        }
        assert_eq!(Timestamp::parse("yesterday"), None);
    }

    #[test]
    fn missing_offset_is_kept_missing_and_written_as_utc_where_required() {
        let t = Timestamp::parse("2024-01-15T14:05:00").unwrap();
        assert_eq!(t.offset(), None);
        assert_eq!(t.to_rfc3339_with_offset(), "2024-01-15T14:05:00Z");
    }

    #[test]
    fn xsd_compatible_keeps_valid_times_and_moves_odd_offsets_to_utc() {
        let kept = Timestamp::parse("2024-01-15T14:05:00.250+01:00").unwrap();
        assert_eq!(kept.xsd_compatible(), Some(kept));
        let naive = Timestamp::parse("2024-01-15 14:05").unwrap();
        assert_eq!(naive.xsd_compatible(), Some(naive));
        let odd = FixedOffset::east_opt(15 * 3600 + 30).unwrap();
        let local = NaiveDateTime::parse_from_str("2024-01-15 14:05:00", "%Y-%m-%d %H:%M:%S");
        let t = Timestamp::new(local.unwrap().and_local_timezone(odd).unwrap());
        assert_eq!(
            t.xsd_compatible().map(|t| t.to_rfc3339()).as_deref(),
            Some("2024-01-14T23:04:30Z")
        );
        let far = NaiveDate::from_ymd_opt(12024, 1, 15).and_then(|d| d.and_hms_opt(0, 0, 0));
        assert_eq!(
            Timestamp::without_offset(far.unwrap()).xsd_compatible(),
            None
        );
    }

    #[test]
    fn serde_uses_the_rfc3339_string() {
        let t = Timestamp::parse("2024-01-15T14:05:00-03:30").unwrap();
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(json, "\"2024-01-15T14:05:00-03:30\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), t);
    }
}
