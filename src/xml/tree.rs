//! A small element tree built with quick-xml's pull reader: what every XML reader walks (G2,
//! Atom, NITF, NewsML 1.2, RSS).
//!
//! News documents are small (a few kB to a few MB) and their readers look around (the dateline
//! before the body, a role on the parent), so a tree is simpler than a streaming reader; it costs
//! little because it borrows from the input: names, namespace URIs, attribute values and text
//! without entities are slices of the decoded input, so building the tree allocates only the
//! element lists and the text that entities change. Namespaces are resolved here, as quick-xml's
//! `NsReader` resolves them (the same bindings, the same errors), without copying the URIs.
//!
//! Reading is lenient where feeds are sloppy and strict where safety needs it: HTML entities
//! (`&nbsp;`, `&eacute;`) are resolved even without a DTD; an unknown entity is kept as written
//! with a warning; DTDs are never read, so no entity is ever expanded from one and nothing is
//! fetched (a DOCTYPE that declares or points to one gets a warning saying so); the reading
//! [`Limits`] (elements, nesting depth, attributes per element, attribute and text length) are typed
//! errors rather than a stack overflow or a memory blow-up later.

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use quick_xml::XmlVersion;
use quick_xml::escape::{resolve_html5_entity, resolve_predefined_entity};
use quick_xml::events::Event;
use quick_xml::events::attributes::Attributes;
use quick_xml::name::NamespaceError;
use quick_xml::reader::Reader;

use crate::error::{InputError, Position};
use crate::limits::{Limit, Limits, budget};

/// How deep elements may nest by default ([`Limits::depth`]). Real news documents stay under 30
/// levels.
pub(crate) const MAX_DEPTH: usize = Limits::DEFAULT.depth;

/// The warning for a DOCTYPE with an internal subset or an external id.
pub(crate) const DTD_IGNORED: &str = "DTD ignored: entities are not expanded, nothing is fetched";

/// At most this many distinct repairs are reported per document; the rest are counted in one
/// last warning (so that a million unknown entities do not become a million warnings on every
/// article of the document).
const MAX_WARNINGS: usize = 32;

/// The warning for `xml:base`: links are kept as the document writes them, and a relative one
/// stays relative (no reader resolves it against a base).
pub(crate) const XML_BASE_IGNORED: &str =
    "xml:base is not applied: relative links are kept as written";

/// The namespace the `xml` prefix is bound to, always.
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// The namespace the `xmlns` prefix is bound to, always.
const XMLNS_NS: &str = "http://www.w3.org/2000/xmlns/";
/// The most namespace bindings in scope at once (quick-xml's `NsReader` default).
const MAX_BINDINGS: usize = 128;

/// A parsed document: its root element and what the parser had to repair.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    /// The root element.
    pub root: Element<'a>,
    /// Repairs, for the articles' warnings (an unknown entity kept as written).
    pub warnings: Vec<String>,
}

/// A name in the tree (an element's local name, an attribute's qualified name), borrowed from
/// the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Name<'a>(&'a str);

impl Deref for Name<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Name<'_> {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// An element: its namespace and local name, attributes, and children in document order.
///
/// Attributes and children are boxed slices allocated to their exact length when the element
/// closes: a tree of many small elements costs about 64 bytes a node, not the spare capacity
/// of growing lists (four slots for an element's one text).
#[derive(Debug, Clone)]
pub(crate) struct Element<'a> {
    /// The namespace URI, when the name is in one.
    pub namespace: Option<&'a str>,
    /// The local name (without prefix).
    pub name: Name<'a>,
    /// Attributes in document order, by qualified name as written (`qcode`, `xml:lang`), values
    /// normalized (entities resolved).
    pub attributes: Box<[(Name<'a>, Cow<'a, str>)]>,
    /// Child elements and text, in document order.
    pub children: Box<[Node<'a>]>,
}

/// An element whose end tag has not been read: its children so far in a list that grows.
#[derive(Debug)]
pub(crate) struct Open<'a> {
    /// The element, without children yet.
    pub element: Element<'a>,
    /// The children read so far.
    pub children: Vec<Node<'a>>,
}

impl<'a> Open<'a> {
    /// An open `element`.
    pub fn new(element: Element<'a>) -> Open<'a> {
        Open {
            element,
            children: Vec::new(),
        }
    }

    /// Appends a child. The first one gets a list of one: most elements hold one text.
    pub fn push(&mut self, node: Node<'a>) {
        if self.children.capacity() == 0 {
            self.children.reserve_exact(1);
        }
        self.children.push(node);
    }

    /// The element with its children, in a slice of their exact length.
    pub fn close(self) -> Element<'a> {
        Element {
            children: self.children.into_boxed_slice(),
            ..self.element
        }
    }
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
    /// An element without namespace or children, with the attributes the HTML reader keeps.
    pub fn new(name: &'a str, attributes: Vec<(&'a str, Cow<'a, str>)>) -> Element<'a> {
        Element {
            namespace: None,
            name: Name(name),
            attributes: attributes
                .into_iter()
                .map(|(name, value)| (Name(name), value))
                .collect(),
            children: Box::default(),
        }
    }

    /// True when the element has this local name.
    pub fn is(&self, name: &str) -> bool {
        self.name.0 == name
    }

    /// The namespace URI, if any.
    pub fn namespace(&self) -> Option<&str> {
        self.namespace
    }

    /// The value of an attribute by qualified name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n.0 == name)
            .map(|(_, v)| v.as_ref())
    }

    /// An attribute's value, trimmed, when it is not blank.
    pub fn attr_nonblank(&self, name: &str) -> Option<&str> {
        self.attr(name).map(str::trim).filter(|v| !v.is_empty())
    }

    /// True when the `class` attribute lists `class` (HTML's classes, separated by whitespace).
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == class))
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
        // Most elements hold one run of text: copied once, without growing.
        if let [Node::Text(text)] = &*self.children {
            return text.to_string();
        }
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
        let mut line = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        (!line.is_empty()).then_some(line)
    }
}

/// Parses `text` (already decoded) into a tree with the default [`Limits`]. Errors give the line
/// and column.
pub(crate) fn parse(text: &str) -> Result<Document<'_>, InputError> {
    parse_with(text, &Limits::DEFAULT)
}

/// Parses `text` as [`parse`] does, within `limits` (depth, attributes, attribute and text
/// length; each exceeded limit is an [`InputError::Limit`] with its position).
pub(crate) fn parse_with<'a>(text: &'a str, limits: &Limits) -> Result<Document<'a>, InputError> {
    Builder::new(text, *limits).run()
}

/// A namespace binding in scope: a prefix (empty for the default namespace) and its URI as
/// written (empty when the declaration unbinds it).
#[derive(Clone, Copy)]
struct Binding<'a> {
    prefix: &'a str,
    uri: &'a str,
}

struct Builder<'a> {
    reader: Reader<&'a [u8]>,
    text: &'a str,
    /// Open elements, innermost last.
    stack: Vec<Open<'a>>,
    /// For each open element, how many bindings were in scope before it.
    scopes: Vec<usize>,
    /// Namespace bindings in scope, innermost last.
    bindings: Vec<Binding<'a>>,
    root: Option<Element<'a>>,
    warnings: Vec<String>,
    /// Repairs not reported because [`MAX_WARNINGS`] were.
    unreported: usize,
    limits: Limits,
    /// Where the event being handled starts.
    event_start: u64,
    /// The attributes of the tag being read, before they go into a slice of their length.
    attributes: Vec<(Name<'a>, Cow<'a, str>)>,
    /// Elements read so far.
    elements: usize,
    /// How many elements this document may hold: what is left of [`Limits::elements`] in the
    /// read in progress (its other documents and HTML bodies spend from it too).
    elements_left: usize,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, limits: Limits) -> Builder<'a> {
        let mut reader = Reader::from_str(text);
        let config = reader.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = false;
        Builder {
            reader,
            text,
            stack: Vec::new(),
            scopes: Vec::new(),
            bindings: Vec::new(),
            root: None,
            warnings: Vec::new(),
            unreported: 0,
            limits,
            event_start: 0,
            attributes: Vec::new(),
            elements: 0,
            elements_left: budget::left(Limit::Elements, limits.elements),
        }
    }

    fn run(mut self) -> Result<Document<'a>, InputError> {
        loop {
            self.event_start = self.reader.buffer_position();
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => return Err(self.syntax(self.reader.error_position(), e.to_string())),
            };
            match event {
                Event::Start(start) => {
                    let scope = self.bindings.len();
                    let element = self.start_tag(&start, start.name().into_inner().len())?;
                    self.stack.push(Open::new(element));
                    self.scopes.push(scope);
                }
                Event::Empty(start) => {
                    let scope = self.bindings.len();
                    let element = self.start_tag(&start, start.name().into_inner().len())?;
                    self.bindings.truncate(scope);
                    self.close(element)?;
                }
                Event::End(_) => {
                    // check_end_names guarantees a matching start was open
                    if let Some(scope) = self.scopes.pop() {
                        self.bindings.truncate(scope);
                    }
                    if let Some(open) = self.stack.pop() {
                        self.close(open.close())?;
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
        budget::spend(Limit::Elements, self.elements);
        if self.unreported > 0 {
            let more = format!("{} more repairs not listed", self.unreported);
            self.warnings.push(more);
        }
        if let Some(open) = self.stack.last() {
            let message = format!("the document ends inside <{}>", open.element.name);
            return Err(self.syntax(self.text.len() as u64, message));
        }
        match self.root {
            Some(root) => Ok(Document {
                root,
                warnings: self.warnings,
            }),
            None => Err(InputError::Invalid("no root element".to_string())),
        }
    }

    /// The element a start or empty tag opens (`content` between `<` and `>`, its name
    /// `name_len` bytes long), counted against the limits; its namespace declarations go into
    /// scope.
    fn start_tag(&mut self, content: &str, name_len: usize) -> Result<Element<'a>, InputError> {
        self.count_element()?;
        self.check_depth()?;
        let content = self.borrowed(content)?;
        self.element(content, name_len)
    }

    /// A tag's content (between `<` and `>`) as the slice of the input it is: a reader over a
    /// string lends it, so names and values can borrow from the input rather than from the
    /// event.
    fn borrowed(&self, content: &str) -> Result<&'a str, InputError> {
        let offset = (content.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize);
        offset
            .and_then(|start| self.text.get(start..start.checked_add(content.len())?))
            .filter(|slice| std::ptr::eq(slice.as_ptr(), content.as_ptr()))
            .ok_or_else(|| self.syntax(self.event_start, "unreadable tag".to_string()))
    }

    /// Builds an element from its start tag (`content` is the tag between `<` and `>`, its name
    /// `name_len` bytes long): namespace declarations go into scope, other attributes are
    /// resolved, then the name is resolved in the new scope.
    fn element(&mut self, content: &'a str, name_len: usize) -> Result<Element<'a>, InputError> {
        self.attributes.clear();
        let mut iter = Attributes::new(content, name_len);
        iter.with_checks(false);
        for (count, attribute) in iter.enumerate() {
            if count >= self.limits.attributes {
                return Err(self.limit(Limit::Attributes));
            }
            let attribute = attribute.map_err(|e| {
                let at = self.reader.buffer_position();
                self.syntax(at, e.to_string())
            })?;
            let name = attribute.key.into_inner();
            if let Some(declared) = declaration(name) {
                let uri = match attribute.value {
                    Cow::Borrowed(uri) => uri,
                    Cow::Owned(_) => return Err(self.syntax(self.event_start, name.to_string())),
                };
                self.bind(declared, uri)?;
                continue;
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
            if name == "xml:base" {
                self.warn(XML_BASE_IGNORED.to_string());
            }
            self.attributes.push((Name(name), value));
        }
        let qname = content.get(..name_len).unwrap_or(content);
        let (namespace, name) = match qname.split_once(':') {
            Some((prefix, local)) => (self.resolve(prefix), local),
            None => (self.resolve_default(), qname),
        };
        Ok(Element {
            namespace,
            name: Name(name),
            attributes: self.attributes.drain(..).collect(),
            children: Box::default(),
        })
    }

    /// Puts a declaration in scope, refusing what XML Namespaces forbids as quick-xml's
    /// `NsReader` does: rebinding `xml` or `xmlns`, binding their URIs to another prefix, more
    /// than [`MAX_BINDINGS`] in scope.
    fn bind(&mut self, declared: Declaration<'a>, uri: &'a str) -> Result<(), InputError> {
        let refused = match declared {
            Declaration::Default => None,
            Declaration::Prefix("xml") if uri == XML_NS => return Ok(()),
            Declaration::Prefix("xml") => {
                Some(NamespaceError::InvalidXmlPrefixBind(uri.to_string()))
            }
            Declaration::Prefix("xmlns") => {
                Some(NamespaceError::InvalidXmlnsPrefixBind(uri.to_string()))
            }
            Declaration::Prefix(prefix) if uri == XML_NS => {
                Some(NamespaceError::InvalidPrefixForXml(prefix.to_string()))
            }
            Declaration::Prefix(prefix) if uri == XMLNS_NS => {
                Some(NamespaceError::InvalidPrefixForXmlns(prefix.to_string()))
            }
            Declaration::Prefix(_) => None,
        };
        if let Some(error) = refused {
            let message = quick_xml::Error::Namespace(error).to_string();
            return Err(self.syntax(self.event_start, message));
        }
        if self.bindings.len() >= MAX_BINDINGS {
            // quick-xml's own message names its API, which means nothing to a reader's user.
            let message =
                format!("more than {MAX_BINDINGS} namespace declarations in scope at once");
            return Err(self.syntax(self.event_start, message));
        }
        // `xmlns:=".."` declares an empty prefix, which binds like `xmlns` (as in quick-xml).
        let prefix = match declared {
            Declaration::Default => "",
            Declaration::Prefix(prefix) => prefix,
        };
        self.bindings.push(Binding { prefix, uri });
        Ok(())
    }

    /// The namespace of a prefixed name: the innermost binding of the prefix (none when it is
    /// unbound, unknown or reset with `xmlns:p=""`).
    fn resolve(&self, prefix: &str) -> Option<&'a str> {
        match prefix {
            "xml" => return Some(XML_NS),
            "xmlns" => return Some(XMLNS_NS),
            "" => return None,
            _ => {}
        }
        self.bindings
            .iter()
            .rev()
            .find(|b| b.prefix == prefix)
            .map(|b| b.uri)
            .filter(|uri| !uri.is_empty())
    }

    /// The default namespace: the innermost `xmlns` (none when there is none or it is empty).
    fn resolve_default(&self) -> Option<&'a str> {
        self.bindings
            .iter()
            .rev()
            .find(|b| b.prefix.is_empty())
            .map(|b| b.uri)
            .filter(|uri| !uri.is_empty())
    }

    /// One more element, within what the read may still spend ([`Limits::elements`]).
    fn count_element(&mut self) -> Result<(), InputError> {
        self.elements += 1;
        if self.elements > self.elements_left {
            return Err(self.limit(Limit::Elements));
        }
        Ok(())
    }

    /// An element about to open one level below the open ones must stay within the depth limit.
    fn check_depth(&self) -> Result<(), InputError> {
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

    fn push_text(&mut self, text: Cow<'a, str>) -> Result<(), InputError> {
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
                    parent.push(Node::Text(text));
                }
                too_long
            }
        };
        if too_long {
            return Err(self.limit(Limit::TextBytes));
        }
        Ok(())
    }

    fn close(&mut self, element: Element<'a>) -> Result<(), InputError> {
        match self.stack.last_mut() {
            Some(parent) => parent.push(Node::Element(element)),
            None if self.root.is_none() => self.root = Some(element),
            None => {
                let at = self.reader.buffer_position();
                return Err(self.syntax(at, "a second root element".to_string()));
            }
        }
        Ok(())
    }

    /// `limit` exceeded by the event being handled.
    fn limit(&self, limit: Limit) -> InputError {
        let offset = usize::try_from(self.event_start).unwrap_or(usize::MAX);
        InputError::Limit {
            limit,
            max: self.limits.max(limit),
            position: Some(Position::in_text(self.text, offset)),
        }
    }

    fn syntax(&self, offset: u64, message: String) -> InputError {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX);
        InputError::Syntax {
            position: Position::in_text(self.text, offset),
            message,
        }
    }
}

/// What a namespace declaration declares.
#[derive(Clone, Copy)]
enum Declaration<'a> {
    /// `xmlns`: the default namespace.
    Default,
    /// `xmlns:p`: the prefix `p`.
    Prefix(&'a str),
}

/// The declaration an attribute named `name` is, if it is one.
fn declaration(name: &str) -> Option<Declaration<'_>> {
    let rest = name.strip_prefix("xmlns")?;
    if rest.is_empty() {
        return Some(Declaration::Default);
    }
    rest.strip_prefix(':').map(Declaration::Prefix)
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
        parse(text).unwrap()
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
        let based = parse_ok("<feed xml:base='https://x.example/'><a xml:base='b/'/></feed>");
        assert_eq!(based.warnings, [XML_BASE_IGNORED]);
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

    fn limit_of(result: Result<Document<'_>, InputError>) -> (Limit, usize, Option<Position>) {
        match result {
            Err(InputError::Limit {
                limit,
                max,
                position,
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
        let parse = |text| parse_with(text, &limits);
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
        let err = parse("<a>\n  <b></c>\n</a>").unwrap_err();
        match err {
            InputError::Syntax {
                position: Position::LineColumn { line: 2, .. },
                message,
            } => assert!(message.contains('b') && message.contains('c'), "{message}"),
            other => panic!("{other:?}"),
        }
        let unclosed = parse("<a><b>").unwrap_err();
        assert!(
            matches!(&unclosed, InputError::Syntax { message, .. } if message == "the document ends inside <b>"),
            "{unclosed:?}"
        );
        assert!(matches!(parse("  "), Err(InputError::Invalid(_))));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let deep = "<a>".repeat(MAX_DEPTH + 1);
        let err = parse(&deep).unwrap_err();
        assert_eq!(
            err.of(crate::Format::Atom).to_string(),
            "atom: the input exceeds the limit on the nesting depth (256) at line 1, column 769"
        );
        let fits = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(parse(&fits).is_ok());
    }

    #[test]
    fn text_line_collapses_indentation() {
        let doc = parse_ok("<a>\n   Rates\n   held  </a>");
        assert_eq!(doc.root.text_line().as_deref(), Some("Rates held"));
        assert_eq!(parse_ok("<a> </a>").root.text_line(), None);
    }
}
