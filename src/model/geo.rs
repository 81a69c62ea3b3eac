//! [`GeoPoint`]: where a place is.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

/// A point on the earth in WGS 84 degrees: where a place is (G2 `geoAreaDetails/position`,
/// GeoJSON `Point` in ninjs, schema.org `GeoCoordinates`).
///
/// Always finite, the latitude within ±90 and the longitude within ±180 (built by
/// [`GeoPoint::new`] or [`GeoPoint::parse`]), so that two points compare equal exactly when
/// they print the same.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(try_from = "Degrees")]
pub struct GeoPoint {
    latitude: f64,
    longitude: f64,
}

/// The serde form, checked by [`GeoPoint::new`] on the way in.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Degrees {
    latitude: f64,
    longitude: f64,
}

impl TryFrom<Degrees> for GeoPoint {
    type Error = String;

    fn try_from(d: Degrees) -> Result<GeoPoint, String> {
        GeoPoint::new(d.latitude, d.longitude).ok_or_else(|| {
            format!(
                "no point on the earth: latitude {}, longitude {}",
                d.latitude, d.longitude
            )
        })
    }
}

impl GeoPoint {
    /// The point at `latitude`, `longitude` (degrees), or None when either is not finite or out
    /// of range. `-0` is `0`.
    pub fn new(latitude: f64, longitude: f64) -> Option<GeoPoint> {
        let within = |value: f64, limit: f64| value.is_finite() && value.abs() <= limit;
        (within(latitude, 90.0) && within(longitude, 180.0)).then_some(GeoPoint {
            latitude: latitude + 0.0,
            longitude: longitude + 0.0,
        })
    }

    /// Reads two decimal numbers (`48.8566`, ` -2.35 `), as XML attributes and text give them.
    pub fn parse(latitude: &str, longitude: &str) -> Option<GeoPoint> {
        let number = |text: &str| text.trim().parse::<f64>().ok();
        GeoPoint::new(number(latitude)?, number(longitude)?)
    }

    /// Degrees north of the equator (south when negative).
    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    /// Degrees east of Greenwich (west when negative).
    pub fn longitude(&self) -> f64 {
        self.longitude
    }
}

impl PartialEq for GeoPoint {
    fn eq(&self, other: &GeoPoint) -> bool {
        self.latitude.to_bits() == other.latitude.to_bits()
            && self.longitude.to_bits() == other.longitude.to_bits()
    }
}

impl Eq for GeoPoint {}

impl Hash for GeoPoint {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.latitude.to_bits().hash(state);
        self.longitude.to_bits().hash(state);
    }
}

#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for GeoPoint {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<GeoPoint> {
        let latitude = f64::from(u.int_in_range(-900_000_000..=900_000_000)?) / 1e7;
        let longitude = f64::from(u.int_in_range(-1_800_000_000..=1_800_000_000)?) / 1e7;
        GeoPoint::new(latitude, longitude).ok_or(arbitrary::Error::IncorrectFormat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_off_the_earth_are_refused() {
        assert!(GeoPoint::new(90.0, 180.0).is_some());
        assert!(GeoPoint::new(-90.0, -180.0).is_some());
        assert_eq!(GeoPoint::new(90.000_001, 0.0), None);
        assert_eq!(GeoPoint::new(-90.000_001, 0.0), None);
        assert_eq!(GeoPoint::new(0.0, 180.000_001), None);
        assert_eq!(GeoPoint::new(0.0, -180.000_001), None);
        assert_eq!(GeoPoint::new(f64::NAN, 0.0), None);
        assert_eq!(GeoPoint::new(0.0, f64::INFINITY), None);
        assert_eq!(GeoPoint::parse("48.8566", "x"), None);
        assert_eq!(GeoPoint::parse("inf", "0"), None);
    }

    #[test]
    fn decimal_text_is_read_and_negative_zero_is_zero() {
        let paris = GeoPoint::parse(" 48.8566 ", "2.3522").unwrap();
        assert_eq!((paris.latitude(), paris.longitude()), (48.8566, 2.3522));
        let zero = GeoPoint::new(-0.0, -0.0).unwrap();
        assert_eq!(zero, GeoPoint::new(0.0, 0.0).unwrap());
        assert_eq!(zero.latitude().to_string(), "0");
    }

    #[test]
    fn the_serde_form_is_checked() {
        let paris: GeoPoint =
            serde_json::from_str(r#"{"latitude":48.8566,"longitude":2.3522}"#).unwrap();
        assert_eq!(paris, GeoPoint::new(48.8566, 2.3522).unwrap());
        assert_eq!(
            serde_json::to_string(&paris).unwrap(),
            r#"{"latitude":48.8566,"longitude":2.3522}"#
        );
        let off = serde_json::from_str::<GeoPoint>(r#"{"latitude":91,"longitude":0}"#);
        assert!(off.unwrap_err().to_string().contains("latitude 91"));
    }
}
