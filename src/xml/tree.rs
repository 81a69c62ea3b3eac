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
//! fetched; nesting deeper than [`MAX_DEPTH`] is an error rather than a stack overflow later.

use std::borrow::Cow;
use std::collections::HashMap;
use std::rc::Rc;

use quick_xml::XmlVersion;
use quick_xml::escape::{resolve_html5_entity, resolve_predefined_entity};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

use crate::{Error, Format, Position};

/// How deep elements may nest. Real news documents stay under 30 levels.
pub(crate) const MAX_DEPTH: usize = 256;

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

/// Parses `text` (already decoded) into a tree. Errors name `format` and the line and column.
pub(crate) fn parse(text: &str, format: Format) -> Result<Document<'_>, Error> {
    Builder::new(text, format).run()
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
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, format: Format) -> Builder<'a> {
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
        }
    }

    fn run(mut self) -> Result<Document<'a>, Error> {
        loop {
            let (namespace, event) = match self.reader.read_resolved_event() {
                Ok((ResolveResult::Bound(ns), event)) => {
                    (Some(intern(&mut self.interned, ns.into_inner())), event)
                }
                Ok((_, event)) => (None, event),
                Err(e) => return Err(self.syntax(self.reader.error_position(), e.to_string())),
            };
            match event {
                Event::Start(start) => {
                    let element = self.element(namespace, &start)?;
                    if self.stack.len() >= MAX_DEPTH {
                        let at = self.reader.buffer_position();
                        return Err(
                            self.syntax(at, format!("elements nest deeper than {MAX_DEPTH}"))
                        );
                    }
                    self.stack.push(element);
                }
                Event::Empty(start) => {
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
                    self.push_text(content);
                }
                Event::CData(data) => self.push_text(data.xml_content(XmlVersion::Implicit1_0)),
                Event::GeneralRef(reference) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => self.entity(&reference),
                        Err(e) => {
                            let at = self.reader.buffer_position();
                            return Err(self.syntax(at, e.to_string()));
                        }
                    };
                    self.push_text(resolved);
                }
                Event::Eof => break,
                Event::Comment(_) | Event::PI(_) | Event::Decl(_) | Event::DocType(_) => {}
            }
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
        for attribute in start.attributes().with_checks(false) {
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
        Ok(Some((intern(&mut self.interned, name), value.into_owned())))
    }

    /// A named entity: the five XML ones, then HTML's (feeds use `&nbsp;` without a DTD); an
    /// unknown one stays as written, with a warning.
    fn entity(&mut self, reference: &str) -> Cow<'a, str> {
        match resolve_entity(reference) {
            Some(text) => Cow::Borrowed(text),
            None => {
                self.warnings
                    .push(format!("unknown entity &{reference}; kept as written"));
                Cow::Owned(format!("&{reference};"))
            }
        }
    }

    fn push_text(&mut self, text: Cow<'a, str>) {
        let Some(parent) = self.stack.last_mut() else {
            return; // whitespace or stray text outside the root is not content
        };
        match parent.children.last_mut() {
            Some(Node::Text(previous)) => previous.to_mut().push_str(&text),
            _ => parent.children.push(Node::Text(text)),
        }
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
            "<!DOCTYPE a [<!ENTITY lol 'lol'><!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><a>&lol;&xxe;</a>",
        );
        assert_eq!(doc.root.text(), "&lol;&xxe;");
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
        let err = parse(&deep, Format::Atom).unwrap_err().to_string();
        assert!(err.contains("nest deeper"), "{err}");
    }

    #[test]
    fn text_line_collapses_indentation() {
        let doc = parse_ok("<a>\n   Rates\n   held  </a>");
        assert_eq!(doc.root.text_line().as_deref(), Some("Rates held"));
        assert_eq!(parse_ok("<a> </a>").root.text_line(), None);
    }
}
