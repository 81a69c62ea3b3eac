//! [`XmlWriter`]: indented structure, exact mixed content, and escaping that always yields
//! well-formed XML 1.0.

use crate::writable::is_unwritable;

/// Builds an XML document in memory. Structural elements go on their own indented lines; mixed
/// content (paragraphs with inline marks) is written exactly, without added whitespace.
///
/// Every text and attribute value is escaped, and characters XML 1.0 forbids (C0 controls other
/// than tab, line feed and carriage return; U+FFFE, U+FFFF: [`is_unwritable`], the rule every
/// writer follows) are dropped, so the output is always well-formed whatever the input held.
pub(crate) struct XmlWriter {
    out: String,
    depth: usize,
}

/// Attributes as name/value pairs, written in the order given.
pub(crate) type Attrs<'a> = &'a [(&'a str, &'a str)];

impl XmlWriter {
    /// A document starting with the XML declaration.
    pub fn new() -> XmlWriter {
        XmlWriter {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            depth: 0,
        }
    }

    /// A fragment without the XML declaration (a body a JSON format holds as a string); it starts
    /// with the line break before its first element.
    pub fn fragment() -> XmlWriter {
        XmlWriter {
            out: String::new(),
            depth: 0,
        }
    }

    /// A fragment whose elements are indented as children at `depth` (an item of a feed or
    /// message written apart from its envelope; see [`XmlWriter::into_bytes`]).
    pub fn fragment_at(depth: usize) -> XmlWriter {
        XmlWriter {
            out: String::new(),
            depth,
        }
    }

    /// What was written, as it stands: no line break added or taken away, so that a document
    /// written in parts is the same bytes as one written at once.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }

    /// Opens an element on a new line; its children are indented one more level.
    pub fn open(&mut self, name: &str, attrs: Attrs<'_>) {
        self.newline();
        self.start_tag(name, attrs);
        self.depth += 1;
    }

    /// Closes an element opened with [`open`](Self::open), on a new line.
    pub fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.newline();
        self.end_tag(name);
    }

    /// An element holding only text, on one line.
    pub fn leaf(&mut self, name: &str, attrs: Attrs<'_>, text: &str) {
        self.newline();
        self.start_tag(name, attrs);
        self.text(text);
        self.end_tag(name);
    }

    /// An empty element on its own line.
    pub fn empty(&mut self, name: &str, attrs: Attrs<'_>) {
        self.newline();
        self.out.push('<');
        self.out.push_str(name);
        self.push_attrs(attrs);
        self.out.push_str("/>");
    }

    /// Starts a line at the current depth; mixed content follows with the tag methods below.
    pub fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// A start tag, written where the output stands.
    pub fn start_tag(&mut self, name: &str, attrs: Attrs<'_>) {
        self.out.push('<');
        self.out.push_str(name);
        self.push_attrs(attrs);
        self.out.push('>');
    }

    /// An end tag, written where the output stands.
    pub fn end_tag(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// An empty-element tag, written where the output stands.
    pub fn empty_tag(&mut self, name: &str, attrs: Attrs<'_>) {
        self.out.push('<');
        self.out.push_str(name);
        self.push_attrs(attrs);
        self.out.push_str("/>");
    }

    /// Escaped character data, written where the output stands.
    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text, false);
    }

    /// Character data as a CDATA section, written where the output stands: markup a format
    /// carries as text (WordPress's HTML fields) stays readable. `]]>` is split across two
    /// sections, as WordPress's exporter splits it, and the characters XML forbids are dropped.
    pub fn cdata(&mut self, text: &str) {
        // Dropped first: what is left must not close the section.
        let text = crate::writable::writable(text);
        self.out.push_str("<![CDATA[");
        if text.contains("]]>") {
            self.out.push_str(&text.replace("]]>", "]]]]><![CDATA[>"));
        } else {
            self.out.push_str(&text);
        }
        self.out.push_str("]]>");
    }

    /// The finished fragment as text, without the line breaks around it.
    pub fn into_fragment(self) -> String {
        self.out.trim_matches('\n').to_string()
    }

    /// The finished document, ending with a newline.
    pub fn finish(mut self) -> Vec<u8> {
        self.out.push('\n');
        self.out.into_bytes()
    }

    fn push_attrs(&mut self, attrs: Attrs<'_>) {
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true);
            self.out.push('"');
        }
    }
}

/// Appends `text` escaped for XML. In attributes, quotes and whitespace other than space are
/// written as references so that attribute-value normalization cannot change them; in text,
/// carriage returns are, so that end-of-line handling cannot.
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| needs_escape(c, attribute)) {
        let (plain, tail) = rest.split_at(i);
        out.push_str(plain);
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '"' => out.push_str("&quot;"),
                '\r' => out.push_str("&#13;"),
                '\n' => out.push_str("&#10;"),
                '\t' => out.push_str("&#9;"),
                _ => {} // unwritable (forbidden in XML 1.0): dropped
            }
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
}

fn needs_escape(c: char, attribute: bool) -> bool {
    match c {
        '<' | '>' | '&' | '\r' => true,
        '"' | '\n' | '\t' => attribute,
        c => is_unwritable(c),
    }
}

/// Collapses every run of whitespace (line breaks and tabs included) to one space and trims the
/// ends: the form of G2 `g2normalizedString` values (slugline, keyword, names) and one-line
/// titles.
pub(crate) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A container element written only once something goes in it: the containers of G2 and NITF
/// heads are optional, and an empty one says nothing (or breaks the schema).
pub(crate) struct Section<'w> {
    w: &'w mut XmlWriter,
    name: &'static str,
    open: bool,
}

impl<'w> Section<'w> {
    /// A container `name` inside `w`, not written yet.
    pub(crate) fn new(w: &'w mut XmlWriter, name: &'static str) -> Section<'w> {
        Section {
            w,
            name,
            open: false,
        }
    }

    /// The writer, inside the container (opened on first use).
    pub(crate) fn writer(&mut self) -> &mut XmlWriter {
        if !self.open {
            self.w.open(self.name, &[]);
            self.open = true;
        }
        self.w
    }

    /// Closes the container if it was opened.
    pub(crate) fn end(self) {
        if self.open {
            self.w.close(self.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_forbidden_characters() {
        let mut w = XmlWriter::new();
        w.open("a", &[("t", "x\"y\n<z>&\u{1}")]);
        w.leaf("b", &[], "1 < 2 & 3 > \u{2}\u{7}0\r\n\u{ffff}ok");
        w.close("a");
        let out = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a t=\"x&quot;y&#10;&lt;z&gt;&amp;\">\n  <b>1 &lt; 2 &amp; 3 &gt; 0&#13;\nok</b>\n</a>\n"
        );
    }

    #[test]
    fn cdata_splits_its_end_and_drops_forbidden_characters() {
        let mut w = XmlWriter::fragment();
        w.cdata("<p>a]]>b]]\u{1}>c & \u{ffff}</p>");
        assert_eq!(
            w.into_fragment(),
            "<![CDATA[<p>a]]]]><![CDATA[>b]]]]><![CDATA[>c & </p>]]>"
        );
    }

    #[test]
    fn one_line_flattens_whitespace() {
        assert_eq!(one_line("  EU-\tECONOMY\r\n RATES "), "EU- ECONOMY RATES");
    }
}
