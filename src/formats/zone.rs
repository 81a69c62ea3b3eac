//! The provider's time zone, when the caller knows it ([`ReadOptions::time_zone`]): the times an
//! input gives without an offset (Belga's `20220816T174755`, wire headers) get the zone's
//! offset at that wall-clock time, as ingest systems configure a provider's zone. newswire never
//! guesses a zone itself.
//!
//! [`ReadOptions::time_zone`]: crate::formats::ReadOptions::time_zone

use chrono::LocalResult;
use chrono_tz::Tz;

use crate::model::{Article, Timestamp, Warning};

/// Gives the article's times without an offset `zone`'s offset. A wall-clock time a clock
/// change repeats is read as the earlier of the two instants, and one it skips keeps no
/// offset; each is a warning holding the time as the input gave it.
pub(crate) fn place_in_zone(article: &mut Article, zone: Tz) {
    let mut warnings = Vec::new();
    for (field, time) in [
        ("created", &mut article.created),
        ("modified", &mut article.modified),
        ("published", &mut article.published),
        ("embargo", &mut article.embargo),
    ] {
        let Some(given) = *time else { continue };
        match given.in_zone(&zone) {
            LocalResult::Single(placed) => *time = Some(placed),
            LocalResult::Ambiguous(earlier, _) => {
                let what = "occurs twice, read as the earlier instant";
                warnings.push(clock_change(field, given, zone, what));
                *time = Some(earlier);
            }
            LocalResult::None => {
                let what = "does not exist, kept without an offset";
                warnings.push(clock_change(field, given, zone, what));
            }
        }
    }
    article.warnings.extend(warnings);
}

/// The warning about a wall-clock time a clock change in `zone` repeats or skips.
fn clock_change(field: &str, given: Timestamp, zone: Tz, what: &str) -> Warning {
    Warning::new(
        field,
        format!("a clock change in {}: the local time {what}", zone.name()),
        Some(given.to_rfc3339()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> Option<Timestamp> {
        Timestamp::parse(text)
    }

    #[test]
    fn times_without_an_offset_get_the_zones_offset_at_that_time() {
        let mut article = Article {
            created: time("2022-01-16T17:47:55"),
            modified: time("2022-08-16T17:47:55"),
            published: time("2022-08-16T17:47:55-04:00"),
            embargo: time("2022-08-17"),
            ..Article::default()
        };
        place_in_zone(&mut article, chrono_tz::Europe::Brussels);
        let written: Vec<String> = [
            article.created,
            article.modified,
            article.published,
            article.embargo,
        ]
        .iter()
        .flatten()
        .map(Timestamp::to_rfc3339)
        .collect();
        assert_eq!(
            written,
            [
                "2022-01-16T17:47:55+01:00",
                "2022-08-16T17:47:55+02:00",
                "2022-08-16T17:47:55-04:00",
                "2022-08-17T00:00:00+02:00",
            ]
        );
        assert!(article.warnings.is_empty());
    }

    #[test]
    fn a_clock_change_repeats_or_skips_an_hour_with_a_warning() {
        // Brussels went from +02:00 back to +01:00 at 03:00 on 30 October 2022, and from +01:00
        // to +02:00 at 02:00 on 27 March 2022.
        let mut article = Article {
            modified: time("2022-10-30T02:30:00"),
            created: time("2022-03-27T02:30:00"),
            ..Article::default()
        };
        place_in_zone(&mut article, chrono_tz::Europe::Brussels);
        assert_eq!(
            article.modified.map(|t| t.to_rfc3339()).as_deref(),
            Some("2022-10-30T02:30:00+02:00")
        );
        assert_eq!(
            article.created.map(|t| t.to_rfc3339()).as_deref(),
            Some("2022-03-27T02:30:00")
        );
        assert_eq!(
            article.warnings,
            [
                Warning::new(
                    "created",
                    "a clock change in Europe/Brussels: the local time does not exist, kept without an offset",
                    Some("2022-03-27T02:30:00".into())
                ),
                Warning::new(
                    "modified",
                    "a clock change in Europe/Brussels: the local time occurs twice, read as the earlier instant",
                    Some("2022-10-30T02:30:00".into())
                ),
            ]
        );
    }
}
