//! A time field as every reader reads it: blank is no time, and a value the format's own rules
//! cannot read is left out with a warning that keeps it (one wording for every format).

use crate::model::{Timestamp, Warning};

/// What a warning about an unreadable time says.
pub(crate) const NOT_A_TIME: &str = "not a date-time; left out";

/// The time `raw` holds for `field`, read with `parse` (the format's lexical rules: ISO 8601,
/// RFC 822, NITF's `norm`, ...); `None` when it is blank, and `None` with a warning on `field`
/// holding the trimmed raw value when `parse` cannot read it.
pub(crate) fn read_time(
    raw: &str,
    field: &str,
    parse: impl FnOnce(&str) -> Option<Timestamp>,
    warnings: &mut Vec<Warning>,
) -> Option<Timestamp> {
    let text = raw.trim();
    if text.is_empty() {
        return None;
    }
    let time = parse(text);
    if time.is_none() {
        warnings.push(Warning::new(field, NOT_A_TIME, Some(text.to_string())));
    }
    time
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_no_time_and_an_unreadable_one_is_kept_in_a_warning() {
        let mut warnings = Vec::new();
        assert_eq!(
            read_time(" \n", "published", Timestamp::parse, &mut warnings),
            None
        );
        assert!(warnings.is_empty(), "blank: no warning");
        let read = read_time(
            " 2024-03-11T14:00:00Z ",
            "published",
            Timestamp::parse,
            &mut warnings,
        );
        assert_eq!(read, Timestamp::parse("2024-03-11T14:00:00Z"));
        assert!(read.is_some() && warnings.is_empty());
        assert_eq!(
            read_time(" Tues noon ", "modified", Timestamp::parse, &mut warnings),
            None
        );
        assert_eq!(
            warnings,
            [Warning::new(
                "modified",
                NOT_A_TIME,
                Some("Tues noon".to_string())
            )]
        );
    }
}
