//! [`XmlWriter`]: indented structure, exact mixed content, and escaping that always yields
//! well-formed XML 1.0, or (in [`XmlWriter::html`]'s mode) an HTML5 document the HTML parser
//! reads without a parse error.

use crate::writable::{is_unfit_for_html, is_unwritable};

/// Builds an XML document in memory. Structural elements go on their own indented lines; mixed
/// content (paragraphs with inline marks) is written exactly, without added whitespace.
///
/// Every text and attribute value is escaped, and characters XML 1.0 forbids (C0 controls other
/// than tab, line feed and carriage return; U+FFFE, U+FFFF: [`is_unwritable`], the rule every
/// writer follows) are dropped, so the output is always well-formed whatever the input held.
pub(crate) struct XmlWriter {
    out: String,
    depth: usize,
    /// Whether the document is HTML5 ([`XmlWriter::html`]) rather than XML.
    html: bool,
}

/// Attributes as name/value pairs, written in the order given.
pub(crate) type Attrs<'a> = &'a [(&'a str, &'a str)];

impl XmlWriter {
    /// A document starting with the XML declaration.
    pub fn new() -> XmlWriter {
        XmlWriter {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
            depth: 0,
            html: false,
        }
    }

    /// An HTML5 document, starting with its doctype. What differs from XML: empty elements
    /// are written as HTML's void elements (`<br>`, `<img ...>`: only those may be written
    /// empty), and text and attribute values are escaped as the HTML parser reads them without
    /// a parse error: a carriage return (a line end of its own, or with the line feed after it)
    /// is a line feed, as the parser makes it (`&#13;` is an error there), and the characters
    /// HTML cannot carry at all ([`is_unfit_for_html`]: DEL, C1 controls, noncharacters) are
    /// dropped with the unwritable ones.
    pub fn html() -> XmlWriter {
        XmlWriter {
            out: String::from("<!DOCTYPE html>"),
            depth: 0,
            html: true,
        }
    }

    /// A fragment without the XML declaration (a body a JSON format holds as a string); it starts
    /// with the line break before its first element.
    pub fn fragment() -> XmlWriter {
        XmlWriter {
            out: String::new(),
            depth: 0,
            html: false,
        }
    }

    /// A fragment whose elements are indented as children at `depth` (an item of a feed or
    /// message written apart from its envelope; see [`XmlWriter::into_bytes`]).
    pub fn fragment_at(depth: usize) -> XmlWriter {
        XmlWriter {
            out: String::new(),
            depth,
            html: false,
        }
    }

    /// Raw text, written as it is where the output stands: for what is already safe where it
    /// goes (the JSON-LD of an HTML page's script element, whose strings escape `<`, `>`, `&`
    /// and every character HTML cannot hold).
    pub fn raw(&mut self, text: &str) {
        self.out.push_str(text);
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

    /// An element holding only text, on one line, its quotes escaped too (`&apos;`, `&quot;`):
    /// for formats that require every data value entity-escaped (sitemaps).
    pub fn leaf_all_escaped(&mut self, name: &str, text: &str) {
        self.newline();
        self.start_tag(name, &[]);
        let mut rest = text;
        while let Some(i) = rest.find(['\'', '"']) {
            let (plain, tail) = rest.split_at(i);
            escape_into(&mut self.out, plain, false, self.html);
            self.out.push_str(if tail.starts_with('\'') {
                "&apos;"
            } else {
                "&quot;"
            });
            rest = tail.get(1..).unwrap_or_default();
        }
        escape_into(&mut self.out, rest, false, self.html);
        self.end_tag(name);
    }

    /// An empty element on its own line.
    pub fn empty(&mut self, name: &str, attrs: Attrs<'_>) {
        self.newline();
        self.empty_tag(name, attrs);
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
        self.out.push_str(if self.html { ">" } else { "/>" });
    }

    /// Escaped character data, written where the output stands.
    pub fn text(&mut self, text: &str) {
        escape_into(&mut self.out, text, false, self.html);
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
            escape_into(&mut self.out, value, true, self.html);
            self.out.push('"');
        }
    }
}

/// Appends `text` escaped for XML. In attributes, quotes and whitespace other than space are
/// written as references so that attribute-value normalization cannot change them; in text,
/// carriage returns are, so that end-of-line handling cannot. In `html`, a carriage return is
/// a line feed instead (with the line feed after it, one), as the HTML parser reads it, and
/// what HTML cannot carry is dropped (see [`XmlWriter::html`]).
///
/// The text is scanned by bytes: only a byte [`may_need_escape`] names is decoded and checked,
/// so that the usual text (letters, and most of any script) is copied at memory speed.
fn escape_into(out: &mut String, text: &str, attribute: bool, html: bool) {
    let mut rest = text;
    // How many bytes at the head of `rest` are known to need no escape.
    let mut checked = 0;
    while let Some(i) = rest
        .as_bytes()
        .get(checked..)
        .and_then(|bytes| {
            bytes
                .iter()
                .position(|&b| may_need_escape(b, attribute, html))
        })
        .map(|at| at + checked)
    {
        // `i` is at an ASCII byte or the first byte of a character: a character boundary.
        let Some((plain, tail)) = rest.split_at_checked(i) else {
            break;
        };
        let mut chars = tail.chars();
        let Some(c) = chars.next() else {
            break;
        };
        if !needs_escape(c, attribute, html) {
            checked = i + c.len_utf8();
            continue;
        }
        out.push_str(plain);
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            // HTML: the line feed that follows (if any) is written next.
            '\r' if html && chars.as_str().starts_with('\n') => {}
            '\r' if html && attribute => out.push_str("&#10;"),
            '\r' if html => out.push('\n'),
            '\r' => out.push_str("&#13;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            _ => {} // unwritable (forbidden in XML 1.0, or unfit for HTML): dropped
        }
        checked = 0;
        rest = chars.as_str();
    }
    out.push_str(rest);
}

/// True for a byte that starts a character [`needs_escape`] may name: the markup characters,
/// the C0 controls, and in UTF-8 the first byte of U+FFFE and U+FFFF (0xEF); in HTML also DEL,
/// the C1 controls' (0xC2), and the other noncharacters' (0xEF, 0xF0-0xF4).
fn may_need_escape(b: u8, attribute: bool, html: bool) -> bool {
    match b {
        b'<' | b'>' | b'&' | 0xef => true,
        b'"' => attribute,
        0x7f | 0xc2 | 0xf0..=0xf4 => html,
        b => b < 0x20,
    }
}

fn needs_escape(c: char, attribute: bool, html: bool) -> bool {
    match c {
        '<' | '>' | '&' | '\r' => true,
        '"' | '\n' | '\t' => attribute,
        c => is_unwritable(c) || (html && is_unfit_for_html(c)),
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

    /// HTML: no `&#13;` (a parse error there), a carriage return is the line feed the parser
    /// makes of it; DEL, C1 controls and noncharacters are dropped; void elements have no `/`.
    #[test]
    fn html_escapes_as_the_html_parser_reads() {
        let mut w = XmlWriter::html();
        w.open("p", &[("title", "a\r\nb\rc\u{85}\"")]);
        w.text("1 < 2\r\n3\r4\u{7f}\u{9f}\u{fdd0}\u{10fffe}é\u{a0}");
        w.empty_tag("br", &[]);
        w.close("p");
        let out = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            out,
            "<!DOCTYPE html>\n<p title=\"a&#10;b&#10;c&quot;\">1 &lt; 2\n3\n4é\u{a0}<br>\n</p>\n"
        );
        // XML keeps them.
        let mut w = XmlWriter::fragment();
        w.text("\r\u{85}\u{fdd0}");
        w.empty_tag("br", &[]);
        assert_eq!(w.into_fragment(), "&#13;\u{85}\u{fdd0}<br/>");
    }

    #[test]
    fn a_leaf_all_escaped_escapes_quotes_too() {
        let mut w = XmlWriter::fragment();
        w.leaf_all_escaped("loc", "https://x.example/?a='1'&b=\"2\"<\u{1}>");
        assert_eq!(
            w.into_fragment(),
            "<loc>https://x.example/?a=&apos;1&apos;&amp;b=&quot;2&quot;&lt;&gt;</loc>"
        );
    }

    /// The byte scan decodes only what may need escaping: every character that needs it is
    /// still found, in any position, beside characters of every UTF-8 length.
    #[test]
    fn escaping_finds_every_character_that_needs_it() {
        let escaped = |text: &str, attribute: bool, html: bool| {
            let mut out = String::new();
            escape_into(&mut out, text, attribute, html);
            out
        };
        let text =
            "é<\u{a0}>&\"\u{1}\t\n\r\u{fffe}x\u{ffff}\u{fdd0}\u{85}\u{7f}\u{10fffe}😀\u{2028}€";
        assert_eq!(
            escaped(text, false, false),
            "é&lt;\u{a0}&gt;&amp;\"\t\n&#13;x\u{fdd0}\u{85}\u{7f}\u{10fffe}😀\u{2028}€"
        );
        assert_eq!(
            escaped(text, true, false),
            "é&lt;\u{a0}&gt;&amp;&quot;&#9;&#10;&#13;x\u{fdd0}\u{85}\u{7f}\u{10fffe}😀\u{2028}€"
        );
        assert_eq!(
            escaped(text, false, true),
            "é&lt;\u{a0}&gt;&amp;\"\t\n\nx😀\u{2028}€"
        );
        assert_eq!(escaped("a\r\nb\u{ef}", false, true), "a\nb\u{ef}");
        assert_eq!(escaped("", true, true), "");
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
