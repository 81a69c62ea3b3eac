//! What a user would use instead, over the same bytes: quick-xml's event loops (the practical
//! floor for any XML reader built on it), atom_syndication and feed-rs (Atom), the rss crate
//! and feed-rs (RSS 2.0, reading and writing the same channel), serde_json writing an equivalent
//! `Value` (JSON-LD).

use quick_xml::XmlVersion;
use quick_xml::escape::{resolve_html5_entity, resolve_predefined_entity};
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::reader::{NsReader, Reader};

/// quick-xml's raw `read_event` loop: every event, nothing resolved. Returns the event count.
pub fn quick_xml_raw(input: &[u8]) -> usize {
    let Ok(text) = std::str::from_utf8(input) else {
        return 0;
    };
    let mut reader = Reader::from_str(text);
    let mut events = 0;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => events += 1,
        }
    }
    events
}

/// quick-xml's namespaced loop as a real reader needs it: element namespaces resolved, every
/// attribute's namespace resolved and value normalized, text and CDATA taken, character and
/// entity references resolved. Returns the bytes of names, values and text seen.
pub fn quick_xml_ns(input: &[u8]) -> usize {
    let Ok(text) = std::str::from_utf8(input) else {
        return 0;
    };
    let mut reader = NsReader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut seen = 0;
    loop {
        let event = match reader.read_resolved_event() {
            Ok((ResolveResult::Bound(ns), event)) => {
                seen += ns.into_inner().len();
                event
            }
            Ok((_, event)) => event,
            Err(_) => break,
        };
        match event {
            Event::Start(start) | Event::Empty(start) => {
                seen += start.local_name().into_inner().len();
                for attribute in start.attributes().with_checks(false).flatten() {
                    let (ns, local) = reader.resolver().resolve_attribute(attribute.key);
                    if let ResolveResult::Bound(ns) = ns {
                        seen += ns.into_inner().len();
                    }
                    seen += local.into_inner().len();
                    if let Ok(value) = attribute.normalized_value(XmlVersion::Implicit1_0) {
                        seen += value.len();
                    }
                }
            }
            Event::Text(text) => seen += text.xml_content(XmlVersion::Implicit1_0).len(),
            Event::CData(data) => seen += data.xml_content(XmlVersion::Implicit1_0).len(),
            Event::GeneralRef(reference) => match reference.resolve_char_ref() {
                Ok(Some(c)) => seen += c.len_utf8(),
                Ok(None) => {
                    let name: &str = &reference;
                    seen += resolve_predefined_entity(name)
                        .or_else(|| resolve_html5_entity(name))
                        .map_or(0, str::len);
                }
                Err(_) => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    seen
}

/// atom_syndication's `Feed` from the bytes. Returns the entry count.
pub fn atom_syndication(input: &[u8]) -> usize {
    atom_syndication::Feed::read_from(input).map_or(0, |feed| feed.entries().len())
}

/// feed-rs's normalized model from the bytes. Returns the entry count.
pub fn feed_rs(input: &[u8]) -> usize {
    feed_rs::parser::parse(input).map_or(0, |feed| feed.entries.len())
}

/// The rss crate's `Channel` from the bytes. Returns the item count.
pub fn rss_read(input: &[u8]) -> usize {
    rss::Channel::read_from(input).map_or(0, |channel| channel.items().len())
}

/// The rss crate writing a channel it read, indented as newswire writes it.
pub fn rss_write(channel: &rss::Channel) -> Vec<u8> {
    channel
        .pretty_write_to(Vec::new(), b' ', 2)
        .unwrap_or_default()
}

/// serde_json pretty-printing a `Value` (newswire pretty-prints its JSON-LD too).
pub fn serde_json_write(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap_or_default()
}
