//! Post-text transmission times: two-digit years, month names, and the wall-clock time a writer
//! prints (zone abbreviations are [`crate::dates::zone_offset`]'s).

use chrono::{FixedOffset, NaiveDate, NaiveDateTime};

use crate::model::Timestamp;

/// English month abbreviations, as the writers print them.
pub(crate) const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

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
