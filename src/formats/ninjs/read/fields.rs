//! One ninjs object's keys: the generation its spelling shows, lookup that forgives the other
//! generations' casing, and the keys no mapping used (which become extensions).

use serde_json::{Map, Value};

use crate::model::Warning;

/// The ninjs generation a document is written in. 1.x and 2.x names are lower case; 3.x names
/// camelCase. 1.x has one `headline`, `body_*` keys and maps for `renditions` and
/// `associations`; 2.x and 3.x have arrays (`headlines`, `bodies`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Generation {
    One,
    Two,
    Three,
}

impl Generation {
    /// The generation a document says (`standard.version`, `$standard.version`), else the one
    /// its keys show.
    pub(super) fn of(object: &Map<String, Value>) -> Generation {
        let declared = ["standard", "$standard"]
            .iter()
            .filter_map(|key| object.get(*key))
            .filter_map(|standard| standard.get("version"))
            .filter_map(Value::as_str)
            .find_map(|version| match version.trim().chars().next() {
                Some('1') => Some(Generation::One),
                Some('2') => Some(Generation::Two),
                Some('3') => Some(Generation::Three),
                _ => None,
            });
        if let Some(generation) = declared {
            return generation;
        }
        if object.contains_key("$standard") {
            return Generation::One;
        }
        if object
            .keys()
            .any(|key| camel(&key.to_ascii_lowercase()) == Some(key))
        {
            return Generation::Three;
        }
        let one = object.keys().any(|key| {
            matches!(
                key.as_str(),
                "headline"
                    | "byline"
                    | "subject"
                    | "genre"
                    | "place"
                    | "person"
                    | "organisation"
                    | "infosource"
                    | "mimetype"
            ) || ["body_", "headline_", "description_"]
                .iter()
                .any(|prefix| key.starts_with(prefix))
        }) || ["renditions", "associations"]
            .iter()
            .any(|key| object.get(*key).is_some_and(Value::is_object));
        if one {
            return Generation::One;
        }
        let lower = object.keys().any(|key| camel(key).is_some());
        if lower {
            Generation::Two
        } else {
            Generation::Three
        }
    }
}

/// The 3.x spelling of a name whose 1.x/2.x spelling (given in lower case) differs only in
/// case.
fn camel(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "versioncreated" => "versionCreated",
        "firstcreated" => "firstCreated",
        "contentcreated" => "contentCreated",
        "embargoeduntil" => "embargoedUntil",
        "pubstatus" => "pubStatus",
        "ednote" => "edNote",
        "copyrightholder" => "copyrightHolder",
        "copyrightnotice" => "copyrightNotice",
        "usageterms" => "usageTerms",
        "infosources" => "infoSources",
        "altids" => "altIds",
        "representationtype" => "representationType",
        "trustindicators" => "trustIndicators",
        "rightsinfo" => "rightsInfo",
        "digitalsourcetype" => "digitalSourceType",
        "eventdetails" => "eventDetails",
        "plannedcoverage" => "plannedCoverage",
        "contenttype" => "contentType",
        "sizeinbytes" => "sizeInBytes",
        _ => return None,
    })
}

/// The keys of one object, looked up without regard to case, each used at most once.
pub(crate) struct Fields<'a> {
    object: &'a Map<String, Value>,
    generation: Generation,
    used: Vec<&'a str>,
    /// Keys spelled as another generation spells them (read anyway).
    pub(crate) warnings: Vec<Warning>,
}

impl<'a> Fields<'a> {
    pub(crate) fn new(object: &'a Map<String, Value>) -> Fields<'a> {
        Fields {
            object,
            generation: Generation::of(object),
            used: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The value of the first of `names` (lower case) present in any casing, marked used. A
    /// key cased as another generation would case it is read with a warning.
    pub(crate) fn take(&mut self, names: &[&str]) -> Option<&'a Value> {
        let object = self.object;
        for name in names {
            let found = object.iter().find(|(key, _)| {
                key.eq_ignore_ascii_case(name) && !self.used.contains(&key.as_str())
            });
            if let Some((key, value)) = found {
                self.used.push(key.as_str());
                self.check_casing(key);
                return Some(value);
            }
        }
        None
    }

    /// The keys starting with `prefix` (`body_`, `headline_`), each with its suffix, marked used.
    pub(crate) fn take_prefixed(&mut self, prefix: &str) -> Vec<(&'a str, &'a Value)> {
        let object = self.object;
        let mut out = Vec::new();
        for (key, value) in object {
            let suffix = key
                .get(..prefix.len())
                .filter(|head| head.eq_ignore_ascii_case(prefix))
                .and_then(|_| key.get(prefix.len()..));
            if let Some(suffix) = suffix
                && !self.used.contains(&key.as_str())
            {
                self.used.push(key.as_str());
                out.push((suffix, value));
            }
        }
        out
    }

    /// The keys nothing used, in key order.
    pub(crate) fn unused(&self) -> impl Iterator<Item = (&'a String, &'a Value)> + '_ {
        self.object
            .iter()
            .filter(|(key, _)| !self.used.contains(&key.as_str()))
    }

    fn check_casing(&mut self, key: &str) {
        let lower = key.to_ascii_lowercase();
        let Some(camel) = camel(&lower) else {
            return;
        };
        let (expected, era) = match self.generation {
            Generation::Three => (camel, "3.x"),
            Generation::One | Generation::Two => (lower.as_str(), "1.x and 2.x"),
        };
        if key != expected {
            self.warnings.push(Warning::new(
                "input",
                format!("ninjs {era} spells `{key}` as `{expected}`; read anyway"),
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(json: &str) -> Map<String, Value> {
        match serde_json::from_str(json) {
            Ok(Value::Object(map)) => map,
            other => panic!("not an object: {other:?}"),
        }
    }

    #[test]
    fn generations_from_markers_and_keys() {
        let cases = [
            (
                r#"{"standard": {"version": "2.2"}, "versionCreated": "x"}"#,
                Generation::Two,
            ),
            (r#"{"$standard": {"version": "1.4"}}"#, Generation::One),
            (r#"{"uri": "x", "versionCreated": "x"}"#, Generation::Three),
            (r#"{"uri": "x", "headline": "h"}"#, Generation::One),
            (r#"{"uri": "x", "body_html": "h"}"#, Generation::One),
            (r#"{"uri": "x", "renditions": {}}"#, Generation::One),
            (r#"{"uri": "x", "versioncreated": "x"}"#, Generation::Two),
            (r#"{"uri": "x", "headlines": []}"#, Generation::Three),
        ];
        for (json, want) in cases {
            assert_eq!(Generation::of(&object(json)), want, "{json}");
        }
    }

    #[test]
    fn lookup_forgives_case_and_warns() {
        let map = object(r#"{"pubStatus": "usable", "versioncreated": "x", "extra": 1}"#);
        let mut fields = Fields::new(&map);
        assert_eq!(fields.generation, Generation::Three);
        assert!(fields.take(&["versioncreated"]).is_some());
        assert!(fields.take(&["pubstatus"]).is_some());
        assert!(fields.take(&["pubstatus"]).is_none(), "used once");
        assert_eq!(fields.warnings.len(), 1);
        let unused: Vec<&String> = fields.unused().map(|(k, _)| k).collect();
        assert_eq!(unused, ["extra"]);
    }
}
