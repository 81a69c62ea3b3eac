//! [`Dateline`]: where and when a story was filed, and who filed it.

use serde::{Deserialize, Serialize};

use super::{GeoPoint, PartialDate};

/// The dateline as printed plus its parts (`TRIPOLI (LIBIA) (ITALPRESS/MNA) –`).
///
/// G2: `CM/dateline` holds [`text`](Self::text); `CM/located` holds the place. JSON-LD:
/// `dateline` and `locationCreated`. Plain text: the lead of the first paragraph, or a line of its
/// own.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Dateline {
    /// The dateline exactly as printed, agency tag and separator included.
    pub text: String,
    /// The city as printed (`TRIPOLI`, `Bernau`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// A region, state or country printed after the city (`LIBIA`, `Ore.`), as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The date printed in the dateline; the year is often missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The agencies credited in the dateline, in order (`ITALPRESS`, `MNA`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agencies: Vec<Agency>,
    /// Where the place is, when the source says (G2 `located/geoAreaDetails/position`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geo: Option<GeoPoint>,
}

impl Dateline {
    /// A dateline with only its printed text.
    pub fn new(text: impl Into<String>) -> Dateline {
        Dateline {
            text: text.into(),
            ..Dateline::default()
        }
    }
}

/// An agency credited in a dateline, with its regional or desk service when printed
/// (`dpa/lby` is the agency `dpa` with service `lby`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Agency {
    /// The agency name as printed (`ITALPRESS`, `dpa`, `ТАСС`).
    pub name: String,
    /// A regional service or desk code (`lby`, `bb`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
}

impl Agency {
    /// An agency without a service code.
    pub fn new(name: impl Into<String>) -> Agency {
        Agency {
            name: name.into(),
            service: None,
        }
    }
}

with_setters!(Dateline {
    some with_city(city: String);
    some with_region(region: String);
    some with_date(date: PartialDate);
    push with_agency(agencies: Agency);
    some with_geo(geo: GeoPoint);
});

with_setters!(Agency {
    some with_service(service: String);
});
