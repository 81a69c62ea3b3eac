//! Post-text transmission times: two-digit years, zone abbreviations, month names.

use chrono::{FixedOffset, NaiveDate, NaiveDateTime};

use crate::model::Timestamp;

/// Zone abbreviations printed after wire times, and their offsets in minutes. `ET` and other
/// abbreviations that name no single offset are not here: such a time is kept without one.
const ZONES: &[(&str, i32)] = &[
    ("GMT", 0),
    ("UTC", 0),
    ("UT", 0),
    ("Z", 0),
    ("WET", 0),
    ("BST", 60),
    ("CET", 60),
    ("MEZ", 60),
    ("CEST", 120),
    ("MESZ", 120),
    ("EET", 120),
    ("EEST", 180),
    ("MSK", 180),
    ("EST", -300),
    ("EDT", -240),
    ("CST", -360),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
];

/// English month abbreviations, as the writers print them.
pub(crate) const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The offset a zone abbreviation names (`GMT`, `MEZ`, `EDT`), in any case.
pub(crate) fn zone(name: &str) -> Option<FixedOffset> {
    let upper = name.trim().to_uppercase();
    let minutes = ZONES
        .iter()
        .find(|(zone, _)| *zone == upper)
        .map(|(_, minutes)| *minutes)?;
    FixedOffset::east_opt(minutes * 60)
}

/// The year a two-digit year stands for: 1970 to 2069.
pub(crate) fn full_year(yy: u32) -> i32 {
    let yy = i32::try_from(yy % 100).unwrap_or(0);
    if yy >= 70 { 1900 + yy } else { 2000 + yy }
}

/// The month a name stands for (`Nov`, `Okt`, `dec`, `Mär`, `déc`), through the dateline
/// grammar's month table.
pub(crate) fn month(name: &str) -> Option<u32> {
    crate::dateline::month(name.trim_end_matches('.')).map(u32::from)
}

/// A wall-clock time from its parts, with the offset when the zone was printed.
pub(crate) fn timestamp(
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    offset: Option<FixedOffset>,
) -> Option<Timestamp> {
    let local = NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour, minute, 0)?;
    Some(match offset {
        Some(offset) => Timestamp::new(local.and_local_timezone(offset).single()?),
        None => Timestamp::without_offset(local),
    })
}

/// The wall-clock time a writer prints for `time`, to the minute, and whether it is UTC (a time
/// with an offset is printed in UTC, one without as it is).
pub(crate) fn printed(time: Timestamp) -> (NaiveDateTime, bool) {
    match time.offset() {
        Some(_) => (time.assume_utc().naive_utc(), true),
        None => (time.local(), false),
    }
}
