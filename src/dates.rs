//! Dates as feeds really write them: RFC 822/2822 with the usual breakage, for the readers of
//! formats whose dates are meant to be RFC 822 (RSS `pubDate`, mail-like headers).
//!
//! [`Timestamp::parse`] reads the well-formed forms (RFC 3339, ISO 8601, RFC 2822). Feeds also send
//! weekday names of any length (`Tues`, `Thursday`), a wrong weekday, no weekday, full or
//! dotted month names (`Sept.`, `June`), two-digit years, single-digit hours, no seconds, no time
//! at all (`Tues, 26 May 2020 EST`), the month before the day (`May 26, 2020`), offsets with a
//! colon or without a sign (`+02:00`, `0200`), `GMT+2`, North American and European zone
//! abbreviations, a zone comment (`(PST)`), or an ISO date with a space before the offset.
//! [`parse_feed_date`] reads all of these; [`to_rfc822`] writes the strict form.

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, Timelike};

use crate::model::Timestamp;

/// Reads a feed date: the forms [`Timestamp::parse`] reads, then lenient RFC 822 (see the module
/// documentation). The weekday is ignored; a missing time is midnight; a missing zone gives a
/// time without offset (kept as written, as everywhere in the model). `None` when no day, month
/// and year can be found.
///
/// Zone abbreviations: `UT`, `UTC`, `GMT`, `Z`, the US zones of RFC 822 (`EST`, `EDT`, `CST`,
/// `CDT`, `MST`, `MDT`, `PST`, `PDT`), and `CET`, `CEST`, `MET`, `MEST`, `BST`, `WET`, `WEST`,
/// `EET`, `EEST`, `MSK`, `JST`, `KST`, `HKT`, `SGT`, `AEST`, `AEDT`, `NZST`, `NZDT`. `IST`,
/// which means three zones, reads as no zone. `AM`/`PM` after the time are understood.
pub(crate) fn parse_feed_date(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Some(parsed) = Timestamp::parse(text) {
        return Some(parsed);
    }
    let mut parts = Parts::default();
    for token in tokens(text) {
        parts.take(&token)?;
    }
    parts.finish()
}

/// The time in RFC 822 form as RSS 2.0 writes it (`Tue, 03 Jun 2003 09:39:21 +0200`), to the
/// second: `None` for a time without an offset (the form requires one, and inventing it is
/// not ours to do), an offset that is not whole minutes, a year outside 1900-9999 (four digits,
/// as feed readers expect), or a leap second.
pub(crate) fn to_rfc822(time: &Timestamp) -> Option<String> {
    let offset = time.offset()?;
    let local = time.local();
    let writable = offset.local_minus_utc() % 60 == 0
        && (1900..=9999).contains(&local.year())
        && local.nanosecond() < 1_000_000_000;
    writable.then(|| {
        local
            .and_local_timezone(offset)
            .single()
            .map(|t| t.format("%a, %d %b %Y %H:%M:%S %z").to_string())
    })?
}

/// The text split into words: commas and comments `( … )` are separators.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => {
                depth += 1;
                flush(&mut current, &mut out);
            }
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            ',' => flush(&mut current, &mut out),
            c if c.is_whitespace() => flush(&mut current, &mut out),
            c => current.push(c),
        }
    }
    flush(&mut current, &mut out);
    out
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    if !current.is_empty() {
        out.push(std::mem::take(current));
    }
}

/// The pieces found so far.
#[derive(Default)]
struct Parts {
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
    time: Option<NaiveTime>,
    offset: Option<FixedOffset>,
    /// `AM` or `PM` after a 12-hour time.
    meridiem: Option<Meridiem>,
}

#[derive(Clone, Copy)]
enum Meridiem {
    Am,
    Pm,
}

impl Parts {
    /// Reads one token; `None` when it makes the text unreadable (a second time, a number that
    /// fits nowhere).
    fn take(&mut self, token: &str) -> Option<()> {
        let token = token.trim_end_matches('.');
        if token.is_empty() {
            return Some(());
        }
        if let Some((date, time)) = iso_date(token) {
            self.set_date(date)?;
            if let Some(time) = time {
                self.take_time(time)?;
            }
            return Some(());
        }
        if token.contains(':') && token.starts_with(|c: char| c.is_ascii_digit()) {
            return self.take_time(token);
        }
        if token.starts_with(['+', '-']) {
            return self.set_offset(numeric_offset(token)?);
        }
        if token.chars().all(|c| c.is_ascii_digit()) {
            return self.take_number(token);
        }
        if let Some(month) = month(token) {
            if self.month.is_some() {
                return None;
            }
            self.month = Some(month);
            return Some(());
        }
        if let Some(offset) = named_zone(token) {
            return match offset {
                Zone::Known(offset) => self.set_offset(offset),
                Zone::Unknown => Some(()),
            };
        }
        match token.to_ascii_uppercase().as_str() {
            "AM" | "A.M" => return self.set_meridiem(Meridiem::Am),
            "PM" | "P.M" => return self.set_meridiem(Meridiem::Pm),
            _ => {}
        }
        // Weekday names in any language and spelling, `at`, `um`: not needed.
        if token.chars().all(char::is_alphabetic) {
            return Some(());
        }
        None
    }

    /// A number: the day, then the year; four digits after the time are an offset without a
    /// sign (`0200`).
    fn take_number(&mut self, digits: &str) -> Option<()> {
        let value: u32 = digits.parse().ok()?;
        if digits.len() == 4 && self.year.is_some() && self.time.is_some() {
            return self.set_offset(numeric_offset(&format!("+{digits}"))?);
        }
        if digits.len() >= 3 {
            if self.year.is_some() {
                return None;
            }
            self.year = Some(i32::try_from(value).ok()?);
            return Some(());
        }
        if self.day.is_none() && (1..=31).contains(&value) {
            self.day = Some(value);
            return Some(());
        }
        if self.year.is_none() {
            // RFC 2822 §4.3: 00-49 are 2000-2049, 50-99 are 1950-1999.
            let year = if value < 50 {
                2000 + value
            } else {
                1900 + value
            };
            self.year = Some(i32::try_from(year).ok()?);
            return Some(());
        }
        None
    }

    /// `h:mm[:ss[.fff]]`, perhaps with the zone glued on (`10:00:00+0200`, `10:00Z`).
    fn take_time(&mut self, token: &str) -> Option<()> {
        if self.time.is_some() {
            return None;
        }
        let split = token
            .char_indices()
            .skip(1)
            .find(|(_, c)| matches!(c, '+' | '-' | 'Z' | 'z'))
            .map(|(i, _)| i);
        let (clock, zone) = match split {
            Some(i) => (token.get(..i)?, token.get(i..)),
            None => (token, None),
        };
        let mut fields = clock.split(':');
        let hour: u32 = fields.next()?.parse().ok()?;
        let minute: u32 = fields.next()?.parse().ok()?;
        let (second, nanos) = match fields.next() {
            Some(seconds) => {
                let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, ""));
                (whole.parse().ok()?, fraction_nanos(fraction)?)
            }
            None => (0, 0),
        };
        if fields.next().is_some() {
            return None;
        }
        self.time = Some(NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?);
        match zone {
            Some("Z" | "z") => self.set_offset(FixedOffset::east_opt(0)?),
            Some(zone) => self.set_offset(numeric_offset(zone)?),
            None => Some(()),
        }
    }

    fn set_date(&mut self, (year, month, day): Ymd) -> Option<()> {
        if self.year.is_some() || self.month.is_some() || self.day.is_some() {
            return None;
        }
        (self.year, self.month, self.day) = (Some(year), Some(month), Some(day));
        Some(())
    }

    fn set_offset(&mut self, offset: FixedOffset) -> Option<()> {
        if self.offset.is_some() {
            return None;
        }
        self.offset = Some(offset);
        Some(())
    }

    fn set_meridiem(&mut self, meridiem: Meridiem) -> Option<()> {
        if self.meridiem.is_some() {
            return None;
        }
        self.meridiem = Some(meridiem);
        Some(())
    }

    fn finish(self) -> Option<Timestamp> {
        let date = NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)?;
        let mut time = self.time.unwrap_or(NaiveTime::MIN);
        if let Some(meridiem) = self.meridiem {
            let hour = time.hour();
            if !(1..=12).contains(&hour) {
                return None;
            }
            let hour = match meridiem {
                Meridiem::Am => hour % 12,
                Meridiem::Pm => hour % 12 + 12,
            };
            time = time.with_hour(hour)?;
        }
        let local = date.and_time(time);
        Some(match self.offset {
            Some(offset) => Timestamp::new(local.and_local_timezone(offset).single()?),
            None => Timestamp::without_offset(local),
        })
    }
}

/// A year, month and day.
type Ymd = (i32, u32, u32);

/// `2020-05-26` or `2020-05-26T10:00:00…`: the date, and the time part when there is one.
fn iso_date(token: &str) -> Option<(Ymd, Option<&str>)> {
    let (date, time) = match token.split_once(['T', 't']) {
        Some((date, time)) => (date, Some(time)),
        None => (token, None),
    };
    let mut fields = date.split('-');
    let year = fields.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = fields.next().filter(|m| m.len() <= 2)?.parse().ok()?;
    let day = fields.next().filter(|d| d.len() <= 2)?.parse().ok()?;
    if fields.next().is_some() {
        return None;
    }
    Some(((year, month, day), time))
}

/// Fractional seconds as nanoseconds (`25` is 250 ms); more than nine digits are cut.
fn fraction_nanos(fraction: &str) -> Option<u32> {
    if fraction.is_empty() {
        return Some(0);
    }
    if !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits: String = fraction
        .chars()
        .chain("000000000".chars())
        .take(9)
        .collect();
    digits.parse().ok()
}

/// `+0200`, `-05:00`, `+2`, `+02`: hours up to 23 and minutes up to 59.
fn numeric_offset(text: &str) -> Option<FixedOffset> {
    let (sign, rest) = match text.split_at_checked(1)? {
        ("+", rest) => (1, rest),
        ("-", rest) => (-1, rest),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (hours, minutes) = if digits.len() <= 2 {
        (digits.as_str(), "0")
    } else {
        digits.split_at_checked(digits.len() - 2)?
    };
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = minutes.parse().ok()?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

enum Zone {
    Known(FixedOffset),
    Unknown,
}

/// A zone abbreviation, or `GMT+2`/`UTC-05:00`.
fn named_zone(token: &str) -> Option<Zone> {
    let upper = token.to_ascii_uppercase();
    for prefix in ["GMT", "UTC", "UT"] {
        if let Some(rest) = upper.strip_prefix(prefix)
            && rest.starts_with(['+', '-'])
        {
            return numeric_offset(rest).map(Zone::Known);
        }
    }
    if upper == "IST" {
        // India, Ireland or Israel.
        return Some(Zone::Unknown);
    }
    zone_offset(&upper).map(Zone::Known)
}

/// Zone abbreviations printed after times in feeds, wire copy and embargo lines, and their
/// offsets in minutes. One that names several offsets (`IST`, `ET`) is not here.
const ZONES: &[(&str, i32)] = &[
    ("GMT", 0),
    ("UTC", 0),
    ("UT", 0),
    ("Z", 0),
    ("WET", 0),
    ("BST", 60),
    ("CET", 60),
    ("MET", 60),
    ("MEZ", 60),
    ("HNEC", 60),
    ("WEST", 60),
    ("CEST", 120),
    ("MEST", 120),
    ("MESZ", 120),
    ("HAEC", 120),
    ("EET", 120),
    ("EEST", 180),
    ("MSK", 180),
    ("МСК", 180),
    ("EST", -300),
    ("EDT", -240),
    ("CST", -360),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("HKT", 480),
    ("SGT", 480),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
    ("NZST", 720),
    ("NZDT", 780),
];

/// The offset a zone abbreviation names (`GMT`, `MEZ`, `EDT`, `МСК`), in any case.
pub(crate) fn zone_offset(name: &str) -> Option<FixedOffset> {
    let upper = name.trim().to_uppercase();
    let (_, minutes) = ZONES.iter().find(|(zone, _)| *zone == upper)?;
    FixedOffset::east_opt(minutes * 60)
}

/// The month a name stands for (`May`, `Sept.`, `september`, `Okt`), through the dateline
/// grammar's month table.
fn month(word: &str) -> Option<u32> {
    crate::dateline::month(word.trim_end_matches('.')).map(u32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<String> {
        parse_feed_date(text).map(|t| t.to_rfc3339())
    }

    #[test]
    fn well_formed_dates_are_read_as_timestamp_parse_reads_them() {
        assert_eq!(
            read("Tue, 26 May 2020 10:00:00 +0200").as_deref(),
            Some("2020-05-26T10:00:00+02:00")
        );
        assert_eq!(
            read("2020-05-26T10:00:00Z").as_deref(),
            Some("2020-05-26T10:00:00Z")
        );
    }

    #[test]
    fn rfc822_is_written_with_its_offset_to_the_second_and_reads_back() {
        let write = |text: &str| Timestamp::parse(text).and_then(|t| to_rfc822(&t));
        assert_eq!(
            write("2003-06-03T09:39:21.75-05:30").as_deref(),
            Some("Tue, 03 Jun 2003 09:39:21 -0530")
        );
        assert_eq!(
            read("Tue, 03 Jun 2003 09:39:21 -0530").as_deref(),
            Some("2003-06-03T09:39:21-05:30")
        );
        // No offset to write, one of seconds, or a year of other than four digits.
        assert_eq!(write("2003-06-03T09:39:21"), None);
        let odd_offset = FixedOffset::east_opt(3630).and_then(|offset| {
            NaiveDate::from_ymd_opt(2003, 6, 3)?
                .and_hms_opt(9, 39, 21)?
                .and_local_timezone(offset)
                .single()
        });
        assert_eq!(odd_offset.and_then(|t| to_rfc822(&Timestamp::new(t))), None);
        assert!(odd_offset.is_some());
        assert_eq!(write("1899-12-31T23:00:00Z"), None);
        assert_eq!(
            write("1900-01-01T00:00:00Z").as_deref(),
            Some("Mon, 01 Jan 1900 00:00:00 +0000")
        );
    }

    #[test]
    fn broken_rfc822_variants() {
        let cases = [
            ("Tues, 26 May 2020 EST", "2020-05-26T00:00:00-05:00"),
            ("Thursday, 28 May 2020 09:30:00 GMT", "2020-05-28T09:30:00Z"),
            (
                "Mon, 26 May 2020 10:00:00 +0200",
                "2020-05-26T10:00:00+02:00",
            ),
            ("26 May 2020 10:00 +0200", "2020-05-26T10:00:00+02:00"),
            (
                "Tue, 26 May 2020 10:00:00 +02:00",
                "2020-05-26T10:00:00+02:00",
            ),
            (
                "Tue, 26 May 2020 10:00:00 0200",
                "2020-05-26T10:00:00+02:00",
            ),
            ("Tue, 26 May 20 10:00:00 GMT", "2020-05-26T10:00:00Z"),
            ("Wed, 02 Oct 99 08:00:00 EDT", "1999-10-02T08:00:00-04:00"),
            ("Tue, 5 Sept. 2023 9:05 PDT", "2023-09-05T09:05:00-07:00"),
            ("Tue, May 26 2020 10:00:00 GMT", "2020-05-26T10:00:00Z"),
            ("May 26, 2020 10:00 AM", "2020-05-26T10:00:00"),
            ("May 26, 2020 12:15 am EST", "2020-05-26T00:15:00-05:00"),
            ("Tue, 26 May 2020 3:07 PM GMT", "2020-05-26T15:07:00Z"),
            (
                "Tue, 26 May 2020 10:00:00 GMT+2",
                "2020-05-26T10:00:00+02:00",
            ),
            (
                "Tue, 26 May 2020 10:00:00 UTC-05:30",
                "2020-05-26T10:00:00-05:30",
            ),
            (
                "Tue, 26 May 2020 10:00:00 -0800 (PST)",
                "2020-05-26T10:00:00-08:00",
            ),
            (
                "Tue, 26 May 2020 10:00:00 CEST",
                "2020-05-26T10:00:00+02:00",
            ),
            ("Tue, 26 May 2020 10:00:00 IST", "2020-05-26T10:00:00"),
            ("Tue, 26 May 2020 10:00:00", "2020-05-26T10:00:00"),
            (
                "Tue, 26 May 2020 10:00:00.25 +0000",
                "2020-05-26T10:00:00.250Z",
            ),
            ("2020-05-26 10:00:00 +0200", "2020-05-26T10:00:00+02:00"),
            ("2020-05-26T10:00:00 +0200", "2020-05-26T10:00:00+02:00"),
            (
                "Di, 26 May 2020 10:00:00 +0200",
                "2020-05-26T10:00:00+02:00",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(read(input).as_deref(), Some(want), "{input}");
        }
    }

    #[test]
    fn nonsense_is_none() {
        for input in [
            "",
            "yesterday",
            "26 May",
            "Tue, 31 Feb 2020 10:00:00 GMT",
            "Tue, 26 May 2020 25:00:00 GMT",
            "Tue, 26 May 2020 10:00:00 +2500",
            "Tue, 26 May 2020 10:00:00 10:00:00",
            "1 2 3 4",
            "26 May 2020 10:00 +0200 +0300",
            "May June 2020",
            "26 May 2020 13:00 PM",
        ] {
            assert_eq!(read(input), None, "{input}");
        }
    }
}
