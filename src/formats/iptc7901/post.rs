//! The post-text: the transmission time after ETX, `DDHHMM [ZONE] [MON YY]` (`131137 GMT Nov
//! 13`, `071341 GMT Okt 15`, `091223 dec 18`, `050945 sep 14EDT`).

use crate::dates::zone_offset;
use crate::formats::teletype::time::{MONTHS, full_year, month, printed, timestamp};
use crate::model::Timestamp;

/// The time a post-text line gives: day, hour and minute, and the month and two-digit year
/// (English, German or French month names); a zone abbreviation (before the month, or glued to
/// the year as APTN prints it) gives the offset. `None` without a month and a year.
pub(super) fn time(line: &str) -> Option<Timestamp> {
    let mut tokens = line.split_whitespace();
    let stamp = tokens.next()?;
    if stamp.len() != 6 || !stamp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| stamp.get(range)?.parse::<u32>().ok();
    let (day, hour, minute) = (number(0..2)?, number(2..4)?, number(4..6)?);
    let mut offset = None;
    let mut month_number = None;
    let mut year = None;
    for token in tokens {
        if month_number.is_none() {
            if let Some(m) = month(token) {
                month_number = Some(m);
            } else if let Some(z) = zone_offset(token) {
                offset = Some(z);
            } else {
                return None;
            }
            continue;
        }
        let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() != 2 {
            return None;
        }
        year = Some(full_year(digits.parse().ok()?));
        let glued = token.get(2..).unwrap_or("");
        if !glued.is_empty() {
            offset = offset.or(zone_offset(glued));
        }
        break;
    }
    timestamp(year?, month_number?, day, hour, minute, offset)
}

/// The post-text line a writer prints for `time`: `DDHHMM GMT Mon YY` for a time with an offset
/// (in UTC), `DDHHMM Mon YY` for one without.
pub(super) fn line(time: Timestamp) -> String {
    use chrono::{Datelike, Timelike};
    let (wall, utc) = printed(time);
    let month = usize::try_from(wall.month0())
        .ok()
        .and_then(|m| MONTHS.get(m))
        .copied()
        .unwrap_or("Jan");
    format!(
        "{:02}{:02}{:02}{} {} {:02}",
        wall.day(),
        wall.hour(),
        wall.minute(),
        if utc { " GMT" } else { "" },
        month,
        wall.year().rem_euclid(100)
    )
}
