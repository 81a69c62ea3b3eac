//! A small element tree built with quick-xml's namespace-aware reader: what every XML reader
//! walks (G2, Atom, and the NITF and NewsML 1.2 readers to come).
//!
//! News documents are small (a few kB to a few MB) and their readers look around (the dateline
//! before the body, a role on the parent), so a tree is simpler than a streaming reader and costs
//! little: names and entity-free text borrow from the input.
//!
//! Reading is lenient where feeds are sloppy and strict where safety needs it: HTML entities
//! (`&nbsp;`, `&eacute;`) are resolved even without a DTD; an unknown entity is kept as written
//! with a warning; DTDs are never read, so no entity is ever expanded from one and nothing is
//! fetched (a DOCTYPE that declares or points to one gets a warning saying so); the reading
//! [`Limits`] (nesting depth, attributes per element, attribute and text length) are typed
//! errors rather than a stack overflow or a memory blow-up later.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use quick_xml::XmlVersion;
use quick_xml::escape::{resolve_html5_entity, resolve_predefined_entity};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::formats::{Limit, Limits};
use crate::{Error, Format, Position};

/// How deep elements may nest by default ([`Limits::depth`]). Real news documents stay under 30
/// levels.
pub(crate) const MAX_DEPTH: usize = Limits::DEFAULT.depth;

/// The warning for a DOCTYPE with an internal subset or an external id.
pub(crate) const DTD_IGNORED: &str = "DTD ignored: entities are not expanded, nothing is fetched";

/// At most this many distinct repairs are reported per document; the rest are counted in one
/// last warning (so that a million unknown entities do not become a million warnings on every
/// article of the document).
const MAX_WARNINGS: usize = 32;

/// A parsed document: its root element and what the parser had to repair.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    /// The root element.
    pub root: Element<'a>,
    /// Repairs, for the articles' warnings (an unknown entity kept as written).
    pub warnings: Vec<String>,
}

/// An element: its namespace and local name, attributes, and children in document order.
#[derive(Debug, Clone)]
pub(crate) struct Element<'a> {
    /// The namespace URI, when the name is in one.
    pub namespace: Option<Rc<str>>,
    /// The local name (without prefix), shared by every element of that name.
    pub name: Rc<str>,
    /// Attributes in document order, by qualified name as written (`qcode`, `xml:lang`).
    pub attributes: Vec<(Rc<str>, String)>,
    /// Child elements and text, in document order.
    pub children: Vec<Node<'a>>,
}

/// A child of an element.
#[derive(Debug, Clone)]
pub(crate) enum Node<'a> {
    /// An element.
    Element(Element<'a>),
    /// Character data, entities resolved and CDATA sections included, adjacent runs merged.
    Text(Cow<'a, str>),
}

impl<'a> Element<'a> {
    /// An element without namespace, attributes or children (the HTML reader builds these).
    pub fn new(name: &str) -> Element<'a> {
        Element {
            namespace: None,
            name: Rc::from(name),
            attributes: Vec::new(),
            children: Vec::new(),
        }
    }

    /// True when the element has this local name.
    pub fn is(&self, name: &str) -> bool {
        *self.name == *name
    }

    /// The namespace URI, if any.
    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    /// The value of an attribute by qualified name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| **n == *name)
            .map(|(_, v)| v.as_str())
    }

    /// An attribute's value, trimmed, when it is not blank.
    pub fn attr_nonblank(&self, name: &str) -> Option<&str> {
        self.attr(name).map(str::trim).filter(|v| !v.is_empty())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element<'a>> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The child elements with this local name.
    pub fn elements_named<'s>(
        &'s self,
        name: &'s str,
    ) -> impl Iterator<Item = &'s Element<'a>> + 's {
        self.elements().filter(move |e| e.is(name))
    }

    /// The first child element with this local name.
    pub fn child(&self, name: &str) -> Option<&Element<'a>> {
        self.elements().find(|e| e.is(name))
    }

    /// All the text inside the element, descendants included, as written.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.push_text(&mut out);
        out
    }

    fn push_text(&self, out: &mut String) {
        for node in &self.children {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element(element) => element.push_text(out),
            }
        }
    }

    /// The text with whitespace runs collapsed to one space and the ends trimmed; `None` when
    /// nothing is left. Most G2 and Atom values are read this way: indentation is not content.
    pub fn text_line(&self) -> Option<String> {
        let text = self.text();
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!line.is_empty()).then_some(line)
    }
}

/// Parses `text` (already decoded) into a tree with the default [`Limits`]. Errors name `format`
/// and the line and column.
pub(crate) fn parse(text: &str, format: Format) -> Result<Document<'_>, Error> {
    parse_with(text, format, &Limits::DEFAULT)
}

/// Parses `text` as [`parse`] does, within `limits` (depth, attributes, attribute and text
/// length; each exceeded limit is an [`Error::LimitExceeded`] with its position).
pub(crate) fn parse_with<'a>(
    text: &'a str,
    format: Format,
    limits: &Limits,
) -> Result<Document<'a>, Error> {
    Builder::new(text, format, *limits).run()
}

struct Builder<'a> {
    reader: NsReader<&'a [u8]>,
    text: &'a str,
    format: Format,
    /// Open elements, innermost last.
    stack: Vec<Element<'a>>,
    root: Option<Element<'a>>,
    /// Namespace URIs and names, shared rather than allocated per element.
    interned: HashMap<String, Rc<str>>,
    warnings: Vec<String>,
    /// Repairs not reported because [`MAX_WARNINGS`] were.
    unreported: usize,
    limits: Limits,
    /// Where the event being handled starts.
    event_start: u64,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, format: Format, limits: Limits) -> Builder<'a> {
        let mut reader = NsReader::from_str(text);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = false;
        Builder {
            reader,
            text,
            format,
            stack: Vec::new(),
            root: None,
            interned: HashMap::new(),
            warnings: Vec::new(),
            unreported: 0,
            limits,
            event_start: 0,
        }
    }

    fn run(mut self) -> Result<Document<'a>, Error> {
        loop {
            self.event_start = self.reader.buffer_position();
            let (namespace, event) = match self.reader.read_resolved_event() {
                Ok((ResolveResult::Bound(ns), event)) => {
                    (Some(intern(&mut self.interned, ns.into_inner())), event)
                }
                Ok((_, event)) => (None, event),
                Err(e) => return Err(self.syntax(self.reader.error_position(), e.to_string())),
            };
            match event {
                Event::Start(start) => {
                    self.check_depth()?;
                    let element = self.element(namespace, &start)?;
                    self.stack.push(element);
                }
                Event::Empty(start) => {
                    self.check_depth()?;
                    let element = self.element(namespace, &start)?;
                    self.close(element)?;
                }
                Event::End(_) => {
                    // check_end_names guarantees a matching start was open
                    if let Some(element) = self.stack.pop() {
                        self.close(element)?;
                    }
                }
                Event::Text(text) => {
                    let content = text.xml_content(XmlVersion::Implicit1_0);
                    self.push_text(content)?;
                }
                Event::CData(data) => {
                    self.push_text(data.xml_content(XmlVersion::Implicit1_0))?;
                }
                Event::GeneralRef(reference) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => self.entity(&reference),
                        Err(e) => {
                            let at = self.reader.buffer_position();
                            return Err(self.syntax(at, e.to_string()));
                        }
                    };
                    self.push_text(resolved)?;
                }
                Event::DocType(doctype) => {
                    if declares_a_dtd(&doctype) {
                        self.warn(DTD_IGNORED.to_string());
                    }
                }
                Event::Eof => break,
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) => {}
            }
        }
        if self.unreported > 0 {
            let more = format!("{} more repairs not listed", self.unreported);
            self.warnings.push(more);
        }
        if let Some(open) = self.stack.last() {
            let message = format!("the document ends inside <{}>", open.name);
            return Err(self.syntax(self.text.len() as u64, message));
        }
        match self.root {
            Some(root) => Ok(Document {
                root,
                warnings: self.warnings,
            }),
            None => Err(Error::Invalid {
                format: self.format,
                message: "no root element".to_string(),
            }),
        }
    }

    /// Builds an element from its start tag, attributes resolved.
    fn element(
        &mut self,
        namespace: Option<Rc<str>>,
        start: &BytesStart<'_>,
    ) -> Result<Element<'a>, Error> {
        let name = intern(&mut self.interned, start.local_name().into_inner());
        let mut attributes = Vec::new();
        for (count, attribute) in start.attributes().with_checks(false).enumerate() {
            if count >= self.limits.attributes {
                return Err(self.limit(Limit::Attributes));
            }
            let attribute = attribute.map_err(|e| {
                let at = self.reader.buffer_position();
                self.syntax(at, e.to_string())
            })?;
            if let Some(pair) = self.attribute(attribute)? {
                attributes.push(pair);
            }
        }
        Ok(Element {
            namespace,
            name,
            attributes,
            children: Vec::new(),
        })
    }

    /// One attribute, value normalized; namespace declarations are left out.
    fn attribute(&mut self, attribute: Attribute<'_>) -> Result<Option<(Rc<str>, String)>, Error> {
        let name = attribute.key.into_inner();
        if name == "xmlns" || name.starts_with("xmlns:") {
            return Ok(None);
        }
        let value = attribute
            .normalized_value_with(XmlVersion::Implicit1_0, 1, resolve_entity)
            .map_err(|e| {
                let at = self.reader.buffer_position();
                self.syntax(at, format!("attribute {name}: {e}"))
            })?;
        if value.len() > self.limits.attribute_bytes {
            return Err(self.limit(Limit::AttributeBytes));
        }
        Ok(Some((intern(&mut self.interned, name), value.into_owned())))
    }

    /// An element about to open one level below the open ones must stay within the depth limit.
    fn check_depth(&self) -> Result<(), Error> {
        if self.stack.len() >= self.limits.depth {
            return Err(self.limit(Limit::Depth));
        }
        Ok(())
    }

    /// A named entity: the five XML ones, then HTML's (feeds use `&nbsp;` without a DTD); an
    /// unknown one stays as written, with a warning.
    fn entity(&mut self, reference: &str) -> Cow<'a, str> {
        match resolve_entity(reference) {
            Some(text) => Cow::Borrowed(text),
            None => {
                self.warn(format!("unknown entity &{reference}; kept as written"));
                Cow::Owned(format!("&{reference};"))
            }
        }
    }

    /// A repair for the warnings: each one once, at most [`MAX_WARNINGS`] of them.
    fn warn(&mut self, message: String) {
        if self.warnings.contains(&message) {
            return;
        }
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(message);
        } else {
            self.unreported += 1;
        }
    }

    fn push_text(&mut self, text: Cow<'a, str>) -> Result<(), Error> {
        let max = self.limits.text_bytes;
        let Some(parent) = self.stack.last_mut() else {
            return Ok(()); // whitespace or stray text outside the root is not content
        };
        let too_long = match parent.children.last_mut() {
            Some(Node::Text(previous)) => {
                let too_long = previous.len().saturating_add(text.len()) > max;
                if !too_long {
                    previous.to_mut().push_str(&text);
                }
                too_long
            }
            _ => {
                let too_long = text.len() > max;
                if !too_long {
                    parent.children.push(Node::Text(text));
                }
                too_long
            }
        };
        if too_long {
            return Err(self.limit(Limit::TextBytes));
        }
        Ok(())
    }

    fn close(&mut self, element: Element<'a>) -> Result<(), Error> {
        match self.stack.last_mut() {
            Some(parent) => parent.children.push(Node::Element(element)),
            None if self.root.is_none() => self.root = Some(element),
            None => {
                let at = self.reader.buffer_position();
                return Err(self.syntax(at, "a second root element".to_string()));
            }
        }
        Ok(())
    }

    /// `limit` exceeded by the event being handled.
    fn limit(&self, limit: Limit) -> Error {
        let offset = usize::try_from(self.event_start).unwrap_or(usize::MAX);
        Error::LimitExceeded {
            format: self.format,
            limit,
            max: self.limits.max(limit),
            position: Some(Position::in_text(self.text, offset)),
        }
    }

    fn syntax(&self, offset: u64, message: String) -> Error {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        Error::Syntax {
            format: self.format,
            position: Position::in_text(self.text, offset),
            message,
        }
    }
}

/// The shared copy of `text`, made on first use.
fn intern(table: &mut HashMap<String, Rc<str>>, text: &str) -> Rc<str> {
    if let Some(shared) = table.get(text) {
        return Rc::clone(shared);
    }
    let shared: Rc<str> = Rc::from(text);
    table.insert(text.to_string(), Rc::clone(&shared));
    shared
}

/// True when a DOCTYPE (its content after `<!DOCTYPE`) has an internal subset (`[...]`, where
/// entities are declared) or an external id (`SYSTEM "..."`, `PUBLIC "..." "..."`, what a
/// validating parser would fetch). A bare `<!DOCTYPE html>` declares nothing.
fn declares_a_dtd(doctype: &str) -> bool {
    doctype.contains('[')
        || doctype
            .split_ascii_whitespace()
            .any(|word| word == "SYSTEM" || word == "PUBLIC")
}

fn resolve_entity(name: &str) -> Option<&'static str> {
    resolve_predefined_entity(name).or_else(|| resolve_html5_entity(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Document<'_> {
        parse(text, Format::NewsmlG2).unwrap()
    }

    #[test]
    fn names_namespaces_attributes_and_text() {
        let doc = parse_ok(
            "<?xml version='1.0'?><!-- c --><g2:newsItem xmlns:g2='http://iptc.org/std/nar/2006-10-01/' guid='a&amp;b' xml:lang='en'>\
             <g2:headline>Rates &lt;held&gt; &#233;&nbsp;x<![CDATA[ <raw> ]]></g2:headline><x xmlns='urn:x'/></g2:newsItem>",
        );
        let root = &doc.root;
        assert!(root.is("newsItem"));
        assert_eq!(
            root.namespace(),
            Some("http://iptc.org/std/nar/2006-10-01/")
        );
        assert_eq!(root.attr("guid"), Some("a&b"));
        assert_eq!(root.attr("xml:lang"), Some("en"));
        let headline = root.child("headline").unwrap();
        assert_eq!(headline.text(), "Rates <held> é\u{a0}x <raw> ");
        assert_eq!(headline.children.len(), 1, "adjacent text is merged");
        assert_eq!(root.child("x").unwrap().namespace(), Some("urn:x"));
        assert!(doc.warnings.is_empty());
    }

    #[test]
    fn unknown_entities_are_kept_with_a_warning() {
        let doc = parse_ok("<a>x &custom; y</a>");
        assert_eq!(doc.root.text(), "x &custom; y");
        assert_eq!(doc.warnings, ["unknown entity &custom; kept as written"]);
    }

    #[test]
    fn doctype_entities_are_never_expanded() {
        let doc = parse_ok(
            "<!DOCTYPE a [<!ENTITY lol 'lol'><!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><a>&lol;&xxe;&lol;</a>",
        );
        assert_eq!(doc.root.text(), "&lol;&xxe;&lol;");
        assert_eq!(
            doc.warnings,
            [
                DTD_IGNORED,
                "unknown entity &lol; kept as written",
                "unknown entity &xxe; kept as written"
            ]
        );
        let external = parse_ok("<!DOCTYPE nitf SYSTEM \"http://x.example/nitf.dtd\"><nitf/>");
        assert_eq!(external.warnings, [DTD_IGNORED]);
        assert!(parse_ok("<!DOCTYPE html><html/>").warnings.is_empty());
    }

    #[test]
    fn warnings_are_bounded() {
        let refs: String = (0..1000).map(|i| format!("&e{i};&e{i};")).collect();
        let text = format!("<a>{refs}</a>");
        let doc = parse_ok(&text);
        assert_eq!(doc.warnings.len(), MAX_WARNINGS + 1);
        assert_eq!(
            doc.warnings.last().map(String::as_str),
            Some("1936 more repairs not listed")
        );
    }

    fn limit_of(result: Result<Document<'_>, Error>) -> (Limit, usize, Option<Position>) {
        match result {
            Err(Error::LimitExceeded {
                limit,
                max,
                position,
                ..
            }) => (limit, max, position),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn limits_are_typed_errors_with_their_position() {
        let limits = Limits {
            depth: 2,
            attributes: 2,
            attribute_bytes: 4,
            text_bytes: 4,
            ..Limits::DEFAULT
        };
        let parse = |text| parse_with(text, Format::Atom, &limits);
        assert!(parse("<a b='1' c='1234'><b>1234</b><c/></a>").is_ok());
        let at = |line, column| Some(Position::LineColumn { line, column });
        assert_eq!(
            limit_of(parse("<a>\n <b><c/></b></a>")),
            (Limit::Depth, 2, at(2, 5))
        );
        assert_eq!(limit_of(parse("<a><b><c>")), (Limit::Depth, 2, at(1, 7)));
        assert_eq!(
            limit_of(parse("<a b='' c='' d=''/>")),
            (Limit::Attributes, 2, at(1, 1))
        );
        assert_eq!(
            limit_of(parse("<a b='12345'/>")),
            (Limit::AttributeBytes, 4, at(1, 1))
        );
        assert_eq!(
            limit_of(parse("<a>12<![CDATA[345]]></a>")),
            (Limit::TextBytes, 4, at(1, 6))
        );
        assert_eq!(
            limit_of(parse("<a>12&amp;&amp;&amp;</a>")),
            (Limit::TextBytes, 4, at(1, 16))
        );
    }

    #[test]
    fn errors_say_where() {
        let err = parse("<a>\n  <b></c>\n</a>", Format::Atom).unwrap_err();
        match err {
            Error::Syntax {
                format: Format::Atom,
                position: Position::LineColumn { line: 2, .. },
                message,
            } => assert!(message.contains('b') && message.contains('c'), "{message}"),
            other => panic!("{other:?}"),
        }
        let unclosed = parse("<a><b>", Format::Atom).unwrap_err().to_string();
        assert!(unclosed.contains("ends inside <b>"), "{unclosed}");
        assert!(matches!(
            parse("  ", Format::Atom),
            Err(Error::Invalid { .. })
        ));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        let err = parse(&deep, Format::Atom).unwrap_err();
        assert_eq!(
            err.to_string(),
            "atom: the input exceeds the limit on the nesting depth (256) at line 1, column 769"
        );
        let fits = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(parse(&fits, Format::Atom).is_ok());
    }

    #[test]
    fn text_line_collapses_indentation() {
        let doc = parse_ok("<a>\n   Rates\n   held  </a>");
        assert_eq!(doc.root.text_line().as_deref(), Some("Rates held"));
        assert_eq!(parse_ok("<a> </a>").root.text_line(), None);
    }
}
