//! Pretty-printed JSON that is safe to paste inside `<script type="application/ld+json">` or an
//! HTML page, as every JSON writer (newswire's JSON, JSON-LD, ninjs) writes it.

use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

use crate::byte_scan::any_byte;
use crate::writable::{is_unfit_for_html, is_unwritable};

/// Serializes `value` pretty-printed, with `<`, `>` and `&` in strings written as `\u003c`,
/// `\u003e` and `\u0026`, U+2028/U+2029 as `\u2028`/`\u2029`, and the characters no HTML
/// document may hold raw ([`is_unfit_for_html`]: DEL, the C1 controls, the noncharacters) as
/// `\u` escapes too. Characters no output carries ([`is_unwritable`]: C0 controls but tab, line
/// feed and carriage return, U+FFFE, U+FFFF) are dropped, as every writer drops them.
///
/// An HTML parser ends a script element at `</script` and treats `<!--` specially, whatever
/// JSON says; escaping the characters keeps the value identical for a JSON parser and makes
/// those sequences impossible. The two separators end a line in older JavaScript parsers, and
/// the characters HTML cannot hold would make a page that embeds the JSON (the `html` writer's
/// `<script type="application/ld+json">`) invalid.
pub(crate) fn to_vec_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, ScriptSafe::default());
    value.serialize(&mut serializer)?;
    Ok(out)
}

/// Serializes `value` as [`to_vec_pretty`] does, as the element of an array or object `level`
/// levels deep: its lines are indented as they are there (its first line is not, as the
/// container writes that indentation).
pub(crate) fn to_vec_pretty_at<T: Serialize + ?Sized>(
    value: &T,
    level: usize,
) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::new();
    let formatter = ScriptSafe {
        level,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value.serialize(&mut serializer)?;
    Ok(out)
}

/// One element of an array `level` levels deep (its elements one level deeper), as
/// [`to_vec_pretty`] writes it inside the array: the separator (a line break, after a comma
/// unless it is the `first`), the indentation and the value. The array is `[`, its elements,
/// then a line break, the array's own indentation and `]`.
pub(crate) fn array_element<T: Serialize + ?Sized>(
    value: &T,
    level: usize,
    first: bool,
) -> serde_json::Result<Vec<u8>> {
    let mut out = if first {
        b"\n".to_vec()
    } else {
        b",\n".to_vec()
    };
    out.extend_from_slice(&b"  ".repeat((level + 1).min(MAX_INDENT)));
    out.extend_from_slice(&to_vec_pretty_at(value, level + 1)?);
    Ok(out)
}

/// serde_json's pretty layout (two spaces a level), with script-safe string fragments, and
/// lines indented at most [`MAX_INDENT`] levels.
#[derive(Default)]
struct ScriptSafe {
    /// How deep the value being written is.
    level: usize,
    /// Whether the array or object being written has a value yet.
    has_value: bool,
}

/// Lines deeper than this many levels are indented as this many: the layout of a body nested
/// a hundred levels deep (which newswire's JSON reads) would otherwise take its depth in spaces
/// on each of its lines (lines × depth). No story nests that deep.
const MAX_INDENT: usize = 16;

impl ScriptSafe {
    fn indent<W: ?Sized + io::Write>(&self, writer: &mut W) -> io::Result<()> {
        for _ in 0..self.level.min(MAX_INDENT) {
            writer.write_all(b"  ")?;
        }
        Ok(())
    }

    /// Opens an array or object with `bracket`, one level deeper.
    fn open<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    /// Closes an array or object with `bracket`, on a line of its own when it held a value.
    fn close<W: ?Sized + io::Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            writer.write_all(b"\n")?;
            self.indent(writer)?;
        }
        writer.write_all(bracket)
    }
}

/// Characters written as `\uXXXX` escapes.
const ESCAPED: [char; 5] = ['<', '>', '&', '\u{2028}', '\u{2029}'];

impl Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Most strings hold none of the characters: found with memchr's vector search and a
        // vectorised scan, by their first byte (the two separators are the only ones ESCAPED
        // has that start with 0xE2; DEL is 0x7F, the C1 controls start with 0xC2, U+FDD0-U+FDEF,
        // U+FFFE and U+FFFF with 0xEF, the other planes' noncharacters with 0xF0-0xF4: serde
        // hands the C0 controls to `write_char_escape`).
        let bytes = fragment.as_bytes();
        if memchr::memchr3(b'<', b'>', b'&', bytes).is_none()
            && memchr::memchr3(0xe2, 0xef, 0xc2, bytes).is_none()
            && !any_byte(bytes, |b| (b == 0x7f) | (b >= 0xf0))
        {
            return writer.write_all(bytes);
        }
        let mut rest = fragment;
        while let Some(i) =
            rest.find(|c| ESCAPED.contains(&c) || is_unwritable(c) || is_unfit_for_html(c))
        {
            let (plain, tail) = rest.split_at(i);
            writer.write_all(plain.as_bytes())?;
            let mut chars = tail.chars();
            if let Some(c) = chars.next().filter(|&c| !is_unwritable(c)) {
                // A character beyond U+FFFF is escaped as its UTF-16 surrogate pair.
                for unit in c.encode_utf16(&mut [0; 2]) {
                    write!(writer, "\\u{unit:04x}")?;
                }
            }
            rest = chars.as_str();
        }
        writer.write_all(rest.as_bytes())
    }

    /// serde's escapes, but for the C0 controls no output carries, which are dropped.
    fn write_char_escape<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> io::Result<()> {
        match escape {
            CharEscape::Backspace | CharEscape::FormFeed | CharEscape::AsciiControl(_) => Ok(()),
            other => CompactFormatter.write_char_escape(writer, other),
        }
    }

    // Layout: serde_json's PrettyFormatter, the indentation capped.

    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_html_specials_and_line_separators_and_drops_unwritable_characters() {
        let value = serde_json::json!({"a<b": ["</script><!-- & é \u{2028}\u{2029} \"q\" \u{1}\u{ffff}\t\u{8}"]});
        let out = String::from_utf8(to_vec_pretty(&value).unwrap()).unwrap();
        assert_eq!(
            out,
            "{\n  \"a\\u003cb\": [\n    \"\\u003c/script\\u003e\\u003c!-- \\u0026 é \\u2028\\u2029 \\\"q\\\" \\t\"\n  ]\n}"
        );
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            back,
            serde_json::json!({"a<b": ["</script><!-- & é \u{2028}\u{2029} \"q\" \t"]})
        );
    }

    /// What no HTML page may hold raw (DEL, C1 controls, noncharacters) is escaped, a
    /// character beyond U+FFFF as its surrogate pair, and reads back as it was.
    #[test]
    fn characters_html_cannot_hold_are_escaped() {
        let value = serde_json::json!([
            "a\u{7f}b\u{85}c\u{9f}\u{a0}\u{fdd0}\u{fdef}\u{1fffe}\u{10ffff}\u{1f680}é"
        ]);
        let out = String::from_utf8(to_vec_pretty(&value).unwrap()).unwrap();
        assert_eq!(
            out,
            "[\n  \"a\\u007fb\\u0085c\\u009f\u{a0}\\ufdd0\\ufdef\\ud83f\\udffe\\udbff\\udfff\u{1f680}é\"\n]"
        );
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn the_layout_is_serde_jsons_indented_at_most_16_levels() {
        let shallow = serde_json::json!([{"a": [1, {}, []], "b": {"c": null}}, "x"]);
        assert_eq!(
            to_vec_pretty(&shallow).unwrap(),
            serde_json::to_vec_pretty(&shallow).unwrap()
        );
        let mut deep = serde_json::json!("core");
        for _ in 0..40 {
            deep = serde_json::json!([deep]);
        }
        let out = String::from_utf8(to_vec_pretty(&deep).unwrap()).unwrap();
        let widest = out.lines().map(|l| l.len() - l.trim_start().len()).max();
        assert_eq!(widest, Some(2 * MAX_INDENT));
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back, deep);
    }
}
