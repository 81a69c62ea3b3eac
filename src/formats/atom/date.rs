//! Date-times for formats that need an offset and a strict lexical form (Atom date constructs,
//! schema.org `DateTime`). Shared with the JSON-LD writer.

use chrono::{Datelike, FixedOffset, NaiveDateTime, Timelike};

use crate::model::Timestamp;

/// The largest offset `xs:dateTime` accepts (the Atom RELAX NG schema checks dates with it).
const MAX_OFFSET_SECONDS: i32 = 14 * 3600;

/// The timestamp as an RFC 3339 date-time that `xs:dateTime` accepts too: always an offset (`Z`
/// when the source gave none), upper-case `T`.
///
/// An offset neither form can write (with seconds, or beyond ±14:00) is replaced by the same
/// instant in UTC. A year outside 0001-9999 or a leap second cannot be written at all: `None`.
pub(crate) fn rfc3339(timestamp: &Timestamp) -> Option<String> {
    if is_writable(timestamp.local()) && timestamp.offset().is_none_or(is_writable_offset) {
        return Some(timestamp.to_rfc3339_with_offset());
    }
    let utc = timestamp.assume_utc().naive_utc();
    is_writable(utc).then(|| Timestamp::new(utc.and_utc().fixed_offset()).to_rfc3339_with_offset())
}

fn is_writable(local: NaiveDateTime) -> bool {
    (1..=9999).contains(&local.year()) && local.nanosecond() < 1_000_000_000
}

fn is_writable_offset(offset: FixedOffset) -> bool {
    let seconds = offset.local_minus_utc();
    seconds % 60 == 0 && seconds.abs() <= MAX_OFFSET_SECONDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn keeps_valid_offsets_and_adds_z_to_naive_times() {
        let kept = rfc3339(&parsed("2024-01-15T14:05:00.250+01:00"));
        assert_eq!(kept.as_deref(), Some("2024-01-15T14:05:00.250+01:00"));
        let naive = rfc3339(&parsed("2024-01-15 14:05"));
        assert_eq!(naive.as_deref(), Some("2024-01-15T14:05:00Z"));
    }

    #[test]
    fn unwritable_offsets_become_utc_and_unwritable_years_none() {
        let odd = FixedOffset::east_opt(15 * 3600 + 30).unwrap();
        let local = NaiveDateTime::parse_from_str("2024-01-15 14:05:00", "%Y-%m-%d %H:%M:%S");
        let t = Timestamp::new(local.unwrap().and_local_timezone(odd).unwrap());
        assert_eq!(rfc3339(&t).as_deref(), Some("2024-01-14T23:04:30Z"));
        let far =
            chrono::NaiveDate::from_ymd_opt(12024, 1, 15).and_then(|d| d.and_hms_opt(0, 0, 0));
        assert_eq!(rfc3339(&Timestamp::without_offset(far.unwrap())), None);
    }
}
