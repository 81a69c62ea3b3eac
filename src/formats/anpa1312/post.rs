//! The post-text: AP's `AP-WF-11-13-13 1509GMT<` (source, wire, `MM-DD-YY HHMM` and a zone),
//! Kyodo's `KWS-21:37-09-12-18` (`HH:MM-DD-MM-YY`), the Canadian Press's `16:35ET 31-10-14<`.

use chrono::{Datelike, Timelike};

use crate::dates::zone_offset;
use crate::formats::teletype::time::{full_year, printed, timestamp};
use crate::model::Timestamp;

/// The source and wire a writer prints.
const SOURCE: &str = "NW-WF";

/// The time a post-text line gives; a zone (`GMT`) gives the offset, a time without one (or
/// with an ambiguous one such as `ET`) is kept without.
pub(super) fn time(line: &str) -> Option<Timestamp> {
    let line = line.trim().trim_end_matches('<').trim();
    ap(line).or_else(|| kyodo(line)).or_else(|| canadian(line))
}

/// `AP-WF-11-13-13 1509GMT`.
fn ap(line: &str) -> Option<Timestamp> {
    let (date, clock) = line.split_once(' ')?;
    let parts: Vec<&str> = date.split('-').collect();
    let [source, wire, month, day, year] = parts.as_slice() else {
        return None;
    };
    if !letters(source) || !letters(wire) {
        return None;
    }
    let (hour, minute, zone_name) = hhmm(clock)?;
    timestamp(
        full_year(two_digits(year)?),
        two_digits(month)?,
        two_digits(day)?,
        hour,
        minute,
        zone_offset(zone_name),
    )
}

/// `KWS-21:37-09-12-18`: the day before the month.
fn kyodo(line: &str) -> Option<Timestamp> {
    let (source, rest) = line.split_once('-')?;
    if !letters(source) {
        return None;
    }
    let parts: Vec<&str> = rest.split('-').collect();
    let [clock, day, month, year] = parts.as_slice() else {
        return None;
    };
    let (hour, minute) = clock.split_once(':')?;
    timestamp(
        full_year(two_digits(year)?),
        two_digits(month)?,
        two_digits(day)?,
        two_digits(hour)?,
        two_digits(minute)?,
        None,
    )
}

/// `16:35ET 31-10-14`: the day before the month.
fn canadian(line: &str) -> Option<Timestamp> {
    let (clock, date) = line.split_once(' ')?;
    let (hour, rest) = clock.split_once(':')?;
    let minute = rest.get(..2)?;
    let zone_name = rest.get(2..).unwrap_or("");
    let parts: Vec<&str> = date.trim().split('-').collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    timestamp(
        full_year(two_digits(year)?),
        two_digits(month)?,
        two_digits(day)?,
        two_digits(hour)?,
        two_digits(minute)?,
        zone_offset(zone_name),
    )
}

/// `1509GMT`: hour, minute and the zone glued after them.
fn hhmm(clock: &str) -> Option<(u32, u32, &str)> {
    let digits = clock.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hour = digits.get(..2)?.parse().ok()?;
    let minute = digits.get(2..)?.parse().ok()?;
    Some((hour, minute, clock.get(4..).unwrap_or("")))
}

fn two_digits(text: &str) -> Option<u32> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn letters(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The post-text line a writer prints: `NW-WF-MM-DD-YY HHMMGMT<` for a time with an offset (in
/// UTC), without the zone for one without.
pub(super) fn line(time: Timestamp) -> String {
    let (wall, utc) = printed(time);
    format!(
        "{SOURCE}-{:02}-{:02}-{:02} {:02}{:02}{}<",
        wall.month(),
        wall.day(),
        wall.year().rem_euclid(100),
        wall.hour(),
        wall.minute(),
        if utc { "GMT" } else { "" }
    )
}

/// The header's filing date for an article with no time (the format requires one).
pub(crate) const NO_FILING_DATE: &str = "00-00";

/// The filing date a writer prints in the header for a time: `MM-DD`.
pub(super) fn filing_date(time: Option<Timestamp>) -> String {
    match time {
        Some(time) => {
            let (wall, _) = printed(time);
            format!("{:02}-{:02}", wall.month(), wall.day())
        }
        None => NO_FILING_DATE.to_string(),
    }
}
