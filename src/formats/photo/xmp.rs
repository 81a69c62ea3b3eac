//! The XMP packet of a photo (ISO 16684-1: RDF/XML in the JPEG's APP1 segment after
//! `http://ns.adobe.com/xap/1.0/\0`), read with the project's XML tree into its properties:
//! simple values, the items of an `rdf:Bag` or `rdf:Seq`, the alternatives of an `rdf:Alt`
//! (`x-default` first). Structures (`rdf:parseType="Resource"`, a nested description) are
//! named as not read.
//!
//! Properties are written as attributes of `rdf:Description` (`photoshop:City="..."`) as often
//! as elements. The tree resolves element names but keeps attribute names as written and
//! drops the namespace declarations, so an attribute's prefix is resolved from the
//! declarations the packet holds (XMP packets declare each prefix once, on the description).

use std::collections::HashMap;

use crate::error::InputError;
use crate::formats::ReadOptions;
use crate::xml::{Element, parse_with};

/// The RDF namespace.
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// The XML namespace's prefix, always bound.
const XML_PREFIX: &str = "xml";

/// One property: its namespace and local name, the name as the packet writes it (for
/// messages), and its values (one for a simple value, each item of an array, `x-default`
/// first for an alternative); `None` values for a structure, which is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Property {
    /// The namespace URI.
    pub namespace: String,
    /// The local name.
    pub name: String,
    /// The name with its prefix as written (`photoshop:City`).
    pub qualified: String,
    /// The values, or `None` for a structure.
    pub values: Option<Vec<String>>,
}

/// The properties of a packet, in document order, and what reading it repaired.
#[derive(Debug, Default)]
pub(super) struct Xmp {
    /// The properties.
    pub properties: Vec<Property>,
    /// What the XML parser repaired, for the article's warnings.
    pub notes: Vec<String>,
}

impl Xmp {
    /// Reads the packet; the parser's error when it is not well-formed XML or goes over a
    /// reading limit.
    pub fn parse(packet: &[u8], options: &ReadOptions) -> Result<Xmp, InputError> {
        let decoded = crate::encoding::decode_xml(packet);
        let prefixes = declarations(&decoded.text);
        let document = parse_with(&decoded.text, &options.limits)?;
        let mut xmp = Xmp {
            properties: Vec::new(),
            notes: decoded
                .warning
                .into_iter()
                .chain(document.warnings)
                .collect(),
        };
        let mut descriptions = Vec::new();
        collect_descriptions(&document.root, &mut descriptions);
        for description in descriptions {
            xmp.read_description(description, &prefixes);
        }
        Ok(xmp)
    }

    /// The values of the property `name` in `namespace`: those of its first occurrence.
    pub fn values(&self, namespace: &str, name: &str) -> Option<(&str, &[String])> {
        self.properties
            .iter()
            .find(|p| p.namespace == namespace && p.name == name)
            .and_then(|p| Some((p.qualified.as_str(), p.values.as_deref()?)))
    }

    /// The first value of the property, when it has one.
    pub fn first(&self, namespace: &str, name: &str) -> Option<(&str, String)> {
        let (qualified, values) = self.values(namespace, name)?;
        Some((qualified, values.first()?.clone()))
    }

    /// A description's properties: its attributes, then its child elements.
    fn read_description(&mut self, description: &Element<'_>, prefixes: &HashMap<&str, &str>) {
        for (name, value) in description.attributes.iter() {
            let Some((prefix, local)) = name.split_once(':') else {
                continue;
            };
            if prefix == XML_PREFIX {
                continue;
            }
            let Some(namespace) = prefixes.get(prefix) else {
                self.notes
                    .push(format!("XMP attribute {name}: its prefix is not declared"));
                continue;
            };
            if *namespace == RDF {
                continue;
            }
            self.properties.push(Property {
                namespace: (*namespace).to_string(),
                name: local.to_string(),
                qualified: name.to_string(),
                values: Some(one(value)),
            });
        }
        for element in description.elements() {
            let namespace = element.namespace().unwrap_or_default();
            let qualified = match prefix_of(prefixes, namespace) {
                Some(prefix) => format!("{prefix}:{}", element.name),
                None => element.name.to_string(),
            };
            self.properties.push(Property {
                namespace: namespace.to_string(),
                name: element.name.to_string(),
                qualified,
                values: values_of(element),
            });
        }
    }
}

/// A simple value as a list of one, or none when blank.
fn one(value: &str) -> Vec<String> {
    crate::xml::collapse(value).into_iter().collect()
}

/// Every `rdf:Description` under `element` that is not inside another property (the top
/// level of `rdf:RDF`).
fn collect_descriptions<'e, 'a>(element: &'e Element<'a>, out: &mut Vec<&'e Element<'a>>) {
    if element.namespace() == Some(RDF) && element.is("Description") {
        out.push(element);
        return;
    }
    for child in element.elements() {
        collect_descriptions(child, out);
    }
}

/// A property element's values: the items of its array (an `rdf:Alt`'s `x-default` first),
/// its text, its `rdf:resource`; `None` for a structure.
fn values_of(element: &Element<'_>) -> Option<Vec<String>> {
    let rdf_child = element
        .elements()
        .find(|e| e.namespace() == Some(RDF) && matches!(&*e.name, "Alt" | "Bag" | "Seq"));
    if let Some(array) = rdf_child {
        let items = array
            .elements()
            .filter(|e| e.namespace() == Some(RDF) && e.is("li"));
        let mut values: Vec<(bool, String)> = items
            .filter_map(|li| {
                let text = crate::xml::collapse(&li.text())?;
                Some((li.attr("xml:lang") == Some("x-default"), text))
            })
            .collect();
        if array.is("Alt") {
            // Stable: the default first, the others in order.
            values.sort_by_key(|(default, _)| !default);
        }
        return Some(values.into_iter().map(|(_, text)| text).collect());
    }
    if element.elements().next().is_some() || element.attr("rdf:parseType") == Some("Resource") {
        return None;
    }
    if let Some(resource) = element.attr("rdf:resource") {
        return Some(one(resource));
    }
    Some(one(&element.text()))
}

/// The namespace declarations in the packet's text (`xmlns:dc="..."`), prefix to URI; the
/// first declaration of a prefix wins.
fn declarations(text: &str) -> HashMap<&str, &str> {
    let mut map = HashMap::new();
    let mut rest = text;
    while let Some(at) = rest.find("xmlns:") {
        rest = rest.get(at + "xmlns:".len()..).unwrap_or_default();
        let end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let prefix = rest.get(..end).unwrap_or_default();
        let after = rest.get(end..).unwrap_or_default().trim_start();
        let Some(after) = after.strip_prefix('=') else {
            continue;
        };
        let after = after.trim_start();
        let Some(quote) = after.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            continue;
        };
        let value = after.get(1..).unwrap_or_default();
        let Some(close) = value.find(quote) else {
            continue;
        };
        if !prefix.is_empty() {
            map.entry(prefix)
                .or_insert_with(|| value.get(..close).unwrap_or_default());
        }
    }
    map
}

/// The prefix the packet declares for `namespace`, for messages.
fn prefix_of<'p>(prefixes: &HashMap<&'p str, &str>, namespace: &str) -> Option<&'p str> {
    let mut found: Vec<&str> = prefixes
        .iter()
        .filter(|(_, uri)| **uri == namespace)
        .map(|(prefix, _)| *prefix)
        .collect();
    found.sort_unstable();
    found.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DC: &str = "http://purl.org/dc/elements/1.1/";
    const PS: &str = "http://ns.adobe.com/photoshop/1.0/";

    #[test]
    fn attributes_arrays_and_alternatives() {
        let packet = r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:ps="http://ns.adobe.com/photoshop/1.0/" ps:City=" Lakeport " xml:lang="en">
 <dc:subject><rdf:Bag><rdf:li>harbour</rdf:li><rdf:li> cranes </rdf:li></rdf:Bag></dc:subject>
 <dc:description><rdf:Alt><rdf:li xml:lang="de">Kräne</rdf:li><rdf:li xml:lang="x-default">Cranes
   at dawn</rdf:li></rdf:Alt></dc:description>
 <ps:Headline>Cranes return</ps:Headline>
 <Iptc4xmpCore:CreatorContactInfo xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/" rdf:parseType="Resource">
  <Iptc4xmpCore:CiAdrCity>Lakeport</Iptc4xmpCore:CiAdrCity></Iptc4xmpCore:CreatorContactInfo>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"#;
        let xmp = Xmp::parse(packet.as_bytes(), &ReadOptions::default()).unwrap();
        assert_eq!(
            xmp.first(PS, "City"),
            Some(("ps:City", "Lakeport".to_string()))
        );
        assert_eq!(
            xmp.values(DC, "subject").map(|(_, v)| v.to_vec()),
            Some(vec!["harbour".to_string(), "cranes".to_string()])
        );
        assert_eq!(
            xmp.first(DC, "description").map(|(_, v)| v),
            Some("Cranes at dawn".to_string())
        );
        assert_eq!(
            xmp.first(PS, "Headline").map(|(q, _)| q),
            Some("ps:Headline")
        );
        let structure = xmp
            .properties
            .iter()
            .find(|p| p.name == "CreatorContactInfo")
            .unwrap();
        assert_eq!(structure.values, None);
        assert_eq!(structure.qualified, "Iptc4xmpCore:CreatorContactInfo");
    }

    #[test]
    fn broken_xml_is_an_error_message() {
        assert!(Xmp::parse(b"<x:xmpmeta><rdf:RDF>", &ReadOptions::default()).is_err());
    }
}
