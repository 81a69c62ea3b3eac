//! Body blocks as markup elements: XHTML 1.0 Strict (NewsML-G2 `inlineXML`, Atom
//! `content type="xhtml"`) or NITF 3.6 `body.content` (NewsML-G2 news messages, as AP sends them).
//!
//! The two vocabularies differ in four places, so one writer serves both: XHTML has `h1`-`h6`
//! where NITF has one `hl2` (its `class` keeps the level: `hl2 class="h3"`), `strong` where NITF
//! has only `em` (`em class="strong"`), `blockquote` where NITF has `bq` around a `block`, and
//! a box is a `div` where NITF has a `block` (both of class `aside`).
//! The shared body walk ([`read_body`](super::read_body)) reads both back.
//!
//! The same writer writes HTML5 for the `html` writer's page: XHTML's elements, where HTML5
//! wants these differences: a figure is a `figure` with a `figcaption`, a table's foot comes
//! after its body, addresses are written as valid URLs, and a line break opening a `pre` is
//! doubled (the parser drops the first); and what HTML5's checkers refuse in the blocks
//! themselves (a heading that skips a level, a cell spanning past its row group) is mended
//! first ([`html_form`](super::html_form)).

use super::{CAPTION_CLASS, CREDIT_CLASS, FIGURE_CLASS, STRONG_CLASS, Vocabulary, html_form};
use crate::iri::encode_iri;
use crate::model::{ASIDE_CLASS, Block, Figure, Inline, RowPart, TableRow};
use crate::xml::XmlWriter;

/// Writes `blocks` as XHTML elements (`p`, `h1`-`h6`, `blockquote`, `ul`/`ol`, `pre`, `table`,
/// with `em`, `strong`, `a` and `br` inside) at the writer's current depth, unprefixed: the caller declares
/// the XHTML namespace on the enclosing element.
///
/// The output is valid XHTML 1.0 Strict whatever the model holds: empty lists are left out
/// (`ul` needs an `li`), heading levels are clamped to 1-6, and a link inside a link keeps only
/// its text (`a` cannot nest). Callers pass the blocks in [`xhtml_form`](super::xhtml_form) so
/// that a reader gets them back whole.
pub(crate) fn write_body(w: &mut XmlWriter, blocks: &[Block]) {
    write_blocks(w, blocks, Vocabulary::Xhtml);
}

/// Writes `blocks` as NITF `body.content` children at the writer's depth (see [`write_body`]).
pub(crate) fn write_nitf_body(w: &mut XmlWriter, blocks: &[Block]) {
    write_blocks(w, blocks, Vocabulary::Nitf);
}

/// Writes `blocks` as HTML5 elements at the writer's depth, in an
/// [`XmlWriter::html`] document, after a heading of level `above` (0 for none): valid HTML5
/// whatever the model holds, as [`write_body`]'s XHTML is valid XHTML (see the module docs for
/// where the two differ), once in [`html_form`](super::html_form), which this applies. Callers
/// pass the blocks in [`xhtml_form`](super::xhtml_form).
pub(crate) fn write_html_body(w: &mut XmlWriter, blocks: &[Block], above: u8) {
    write_blocks(w, &html_form(blocks, above), Vocabulary::Html);
}

fn write_blocks(w: &mut XmlWriter, blocks: &[Block], vocabulary: Vocabulary) {
    for block in blocks {
        write_block(w, block, vocabulary);
    }
}

fn write_block(w: &mut XmlWriter, block: &Block, vocabulary: Vocabulary) {
    match block {
        Block::Paragraph { content } => mixed(w, "p", &[], content, vocabulary),
        Block::Heading { level, content } => {
            let level = (*level).clamp(1, 6);
            let class = format!("h{level}");
            match vocabulary {
                Vocabulary::Xhtml | Vocabulary::Html => mixed(w, &class, &[], content, vocabulary),
                Vocabulary::Nitf if level == 2 => mixed(w, "hl2", &[], content, vocabulary),
                Vocabulary::Nitf => mixed(w, "hl2", &[("class", &class)], content, vocabulary),
            }
        }
        Block::Blockquote { blocks } => match vocabulary {
            Vocabulary::Xhtml | Vocabulary::Html => {
                w.open("blockquote", &[]);
                write_blocks(w, blocks, vocabulary);
                w.close("blockquote");
            }
            Vocabulary::Nitf => {
                w.open("bq", &[]);
                w.open("block", &[]);
                write_blocks(w, blocks, vocabulary);
                w.close("block");
                w.close("bq");
            }
        },
        // A box: `div` in XHTML, `block` in NITF (where it may stand in `body.content` only,
        // which the canonical form sees to: a box inside another block gives its blocks to it).
        Block::Aside { kind, blocks } => {
            let class = if kind.is_empty() {
                ASIDE_CLASS.to_string()
            } else {
                format!("{ASIDE_CLASS} {kind}")
            };
            let name = match vocabulary {
                Vocabulary::Xhtml | Vocabulary::Html => "div",
                Vocabulary::Nitf => "block",
            };
            w.open(name, &[("class", &class)]);
            write_blocks(w, blocks, vocabulary);
            w.close(name);
        }
        Block::List { ordered, items } => {
            if items.is_empty() {
                return;
            }
            let name = if *ordered { "ol" } else { "ul" };
            w.open(name, &[]);
            for item in items {
                w.open("li", &[]);
                write_blocks(w, item, vocabulary);
                w.close("li");
            }
            w.close(name);
        }
        Block::Preformatted { text } => {
            w.newline();
            w.start_tag("pre", &[]);
            // The HTML parser drops a line feed right after `<pre>`: one more keeps the text's.
            if vocabulary == Vocabulary::Html && text.starts_with(['\n', '\r']) {
                w.raw("\n");
            }
            w.text(text);
            w.end_tag("pre");
        }
        Block::Table { caption, rows } => write_table(w, caption, rows, vocabulary),
        Block::Figure(figure) => match vocabulary {
            Vocabulary::Xhtml => write_xhtml_figure(w, figure),
            Vocabulary::Nitf => write_nitf_media(w, figure),
            Vocabulary::Html => write_html_figure(w, figure),
        },
    }
}

/// A table, in the order both XHTML 1.0 and NITF 3.6 want its parts: `caption`, `thead`,
/// `tfoot`, then one `tbody` (which both require: a table without body rows has its rows
/// written there). HTML5 wants the `tfoot` last (and spans its table model takes:
/// [`html_form`](super::html_form), which [`write_html_body`] applies).
fn write_table(w: &mut XmlWriter, caption: &[Inline], rows: &[TableRow], vocabulary: Vocabulary) {
    if rows.is_empty() {
        return;
    }
    let has_body = rows.iter().any(|row| row.part == RowPart::Body);
    let part = |row: &TableRow| if has_body { row.part } else { RowPart::Body };
    let order = match vocabulary {
        Vocabulary::Html => [
            (RowPart::Head, "thead"),
            (RowPart::Body, "tbody"),
            (RowPart::Foot, "tfoot"),
        ],
        Vocabulary::Xhtml | Vocabulary::Nitf => [
            (RowPart::Head, "thead"),
            (RowPart::Foot, "tfoot"),
            (RowPart::Body, "tbody"),
        ],
    };
    w.open("table", &[]);
    if !caption.is_empty() {
        mixed(w, "caption", &[], caption, vocabulary);
    }
    for (wanted, name) in order {
        let mut in_part = rows.iter().filter(|row| part(row) == wanted).peekable();
        if in_part.peek().is_none() {
            continue;
        }
        w.open(name, &[]);
        for row in in_part {
            w.open("tr", &[]);
            for cell in &row.cells {
                let colspan = cell.colspan.to_string();
                let rowspan = cell.rowspan.to_string();
                let mut attrs = Vec::new();
                if cell.colspan != 1 {
                    attrs.push(("colspan", colspan.as_str()));
                }
                if cell.rowspan != 1 {
                    attrs.push(("rowspan", rowspan.as_str()));
                }
                let name = if cell.header { "th" } else { "td" };
                mixed(w, name, &attrs, &cell.content, vocabulary);
            }
            w.close("tr");
        }
        w.close(name);
    }
    w.close("table");
}

/// A figure in XHTML 1.0, which has no `figure`: `div class="figure"` around the `img` (whose
/// `alt` XHTML requires: empty when the figure has none), a caption `p` and a credit `p`. `img`
/// has no `type`: a media type is the `type` of a link around the `img` to the same address
/// (`a/@type`, the linked resource's advisory content type).
fn write_xhtml_figure(w: &mut XmlWriter, figure: &Figure) {
    w.open("div", &[("class", FIGURE_CLASS)]);
    let alt = figure.alt.as_deref().unwrap_or("");
    let img = [("src", figure.href.as_str()), ("alt", alt)];
    match figure.media_type.as_deref() {
        Some(media_type) => {
            w.newline();
            w.start_tag("a", &[("href", &figure.href), ("type", media_type)]);
            w.empty_tag("img", &img);
            w.end_tag("a");
        }
        None => w.empty("img", &img),
    }
    if !figure.caption.is_empty() {
        let attrs = [("class", CAPTION_CLASS)];
        mixed(w, "p", &attrs, &figure.caption, Vocabulary::Xhtml);
    }
    if let Some(credit) = &figure.credit {
        w.leaf("p", &[("class", CREDIT_CLASS)], credit);
    }
    w.close("div");
}

/// A figure in HTML5: `figure` around the `img` (its `alt` empty when the figure has none), or
/// a link to the media when its type says it is no image (a video, a document), with the
/// caption and then the credit (in `small`) in the `figcaption`. The media type is not written
/// (`img` has no `type`).
fn write_html_figure(w: &mut XmlWriter, figure: &Figure) {
    w.open("figure", &[]);
    let src = encode_iri(&figure.href);
    let is_image = figure.media_type.as_deref().is_none_or(|t| {
        t.trim()
            .get(..6)
            .is_some_and(|major| major.eq_ignore_ascii_case("image/"))
    });
    if is_image {
        w.empty(
            "img",
            &[("src", &src), ("alt", figure.alt.as_deref().unwrap_or(""))],
        );
    } else {
        w.leaf(
            "a",
            &[("href", &src)],
            figure.alt.as_deref().unwrap_or(figure.href.as_str()),
        );
    }
    if !figure.caption.is_empty() || figure.credit.is_some() {
        w.newline();
        w.start_tag("figcaption", &[]);
        write_inlines(w, &figure.caption, false, Vocabulary::Html);
        if let Some(credit) = &figure.credit {
            if !figure.caption.is_empty() {
                w.text(" ");
            }
            w.start_tag("small", &[]);
            w.text(credit);
            w.end_tag("small");
        }
        w.end_tag("figcaption");
    }
    w.close("figure");
}

/// A figure as NITF `media`: its class (`media-type`, required) from the media type, the
/// reference with the media type and alternative text, the caption and the credit
/// (`media-producer`).
fn write_nitf_media(w: &mut XmlWriter, figure: &Figure) {
    w.open(
        "media",
        &[("media-type", media_class(figure.media_type.as_deref()))],
    );
    let mut attrs = vec![("source", figure.href.as_str())];
    attrs.extend(figure.media_type.as_deref().map(|t| ("mime-type", t)));
    attrs.extend(figure.alt.as_deref().map(|t| ("alternate-text", t)));
    w.empty("media-reference", &attrs);
    if !figure.caption.is_empty() {
        mixed(w, "media-caption", &[], &figure.caption, Vocabulary::Nitf);
    }
    if let Some(credit) = &figure.credit {
        w.leaf("media-producer", &[], credit);
    }
    w.close("media");
}

/// NITF's class of media (`media/@media-type`) for a media type: its top-level type when NITF
/// names it (image, video, audio, text, application), else `other`.
pub(crate) fn media_class(media_type: Option<&str>) -> &'static str {
    let major = media_type
        .and_then(|t| t.trim().split('/').next())
        .unwrap_or("")
        .to_ascii_lowercase();
    match major.as_str() {
        "image" => "image",
        "video" => "video",
        "audio" => "audio",
        "text" => "text",
        "application" => "application",
        _ => "other",
    }
}

/// An element with inline content on one line.
fn mixed(
    w: &mut XmlWriter,
    name: &str,
    attrs: &[(&str, &str)],
    content: &[Inline],
    vocabulary: Vocabulary,
) {
    w.newline();
    w.start_tag(name, attrs);
    write_inlines(w, content, false, vocabulary);
    w.end_tag(name);
}

fn write_inlines(w: &mut XmlWriter, inlines: &[Inline], inside_link: bool, vocabulary: Vocabulary) {
    for inline in inlines {
        match inline {
            Inline::Text(text) => w.text(text),
            Inline::Emphasis(content) => marked(w, "em", &[], content, inside_link, vocabulary),
            Inline::Strong(content) => match vocabulary {
                Vocabulary::Xhtml | Vocabulary::Html => {
                    marked(w, "strong", &[], content, inside_link, vocabulary);
                }
                Vocabulary::Nitf => {
                    let attrs = [("class", STRONG_CLASS)];
                    marked(w, "em", &attrs, content, inside_link, vocabulary);
                }
            },
            Inline::Superscript(content) => script(w, "sup", content, vocabulary),
            Inline::Subscript(content) => script(w, "sub", content, vocabulary),
            Inline::Link {
                href,
                title,
                content,
            } => {
                if inside_link {
                    write_inlines(w, content, true, vocabulary);
                    continue;
                }
                // HTML5 wants a valid URL (no space, no stray `%`...).
                let encoded = match vocabulary {
                    Vocabulary::Html => encode_iri(href),
                    Vocabulary::Xhtml | Vocabulary::Nitf => String::new(),
                };
                let href = match vocabulary {
                    Vocabulary::Html => encoded.as_str(),
                    Vocabulary::Xhtml | Vocabulary::Nitf => href.as_str(),
                };
                let mut attrs = vec![("href", href)];
                if let Some(title) = title {
                    attrs.push(("title", title.as_str()));
                }
                marked(w, "a", &attrs, content, true, vocabulary);
            }
            Inline::LineBreak => w.empty_tag("br", &[]),
        }
    }
}

/// A superscript or subscript: its text in `sup` or `sub`, inside `num` in NITF (the only
/// place NITF has them).
fn script(w: &mut XmlWriter, name: &str, content: &[Inline], vocabulary: Vocabulary) {
    let text = Inline::plain_text(content);
    if vocabulary == Vocabulary::Nitf {
        w.start_tag("num", &[]);
    }
    w.start_tag(name, &[]);
    w.text(&text);
    w.end_tag(name);
    if vocabulary == Vocabulary::Nitf {
        w.end_tag("num");
    }
}

fn marked(
    w: &mut XmlWriter,
    name: &str,
    attrs: &[(&str, &str)],
    content: &[Inline],
    inside_link: bool,
    vocabulary: Vocabulary,
) {
    w.start_tag(name, attrs);
    write_inlines(w, content, inside_link, vocabulary);
    w.end_tag(name);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TableCell;
    use crate::xml::{NITF_NS, parse, read_body, xhtml_form};

    /// A box is a `div` (NITF: a `block`) of class `aside` and its kind; read back, it is the
    /// same box; one inside a quote gives its blocks to the quote (NITF has no place for it).
    #[test]
    fn boxes_are_divs_and_nitf_blocks_of_class_aside() {
        let blocks = vec![
            Block::Aside {
                kind: "INFOBOX".into(),
                blocks: vec![Block::heading(2, "Links"), Block::paragraph("a")],
            },
            Block::Aside {
                kind: String::new(),
                blocks: vec![Block::paragraph("b")],
            },
            Block::Blockquote {
                blocks: vec![Block::Aside {
                    kind: "notebook".into(),
                    blocks: vec![Block::paragraph("c")],
                }],
            },
        ];
        let formed = xhtml_form(&blocks);
        let mut w = XmlWriter::new();
        write_body(&mut w, &formed);
        let xhtml = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            xhtml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<div class=\"aside INFOBOX\">\n  <h2>Links</h2>\n  <p>a</p>\n</div>\n<div class=\"aside\">\n  <p>b</p>\n</div>\n<blockquote>\n  <p>c</p>\n</blockquote>\n"
        );
        let mut w = XmlWriter::new();
        write_nitf_body(&mut w, &formed);
        let nitf = String::from_utf8(w.finish()).unwrap();
        assert!(
            nitf.contains("<block class=\"aside INFOBOX\">\n  <hl2>Links</hl2>")
                && nitf.contains("<block class=\"aside\">\n  <p>b</p>\n</block>")
                && nitf.contains("<bq>\n  <block>\n    <p>c</p>"),
            "{nitf}"
        );
        let expected = vec![
            blocks[0].clone(),
            blocks[1].clone(),
            Block::Blockquote {
                blocks: vec![Block::paragraph("c")],
            },
        ];
        assert_eq!(formed.as_ref(), expected.as_slice());
        let body = |xml: &str, ns: &str| {
            let doc = format!(
                "<div xmlns='{ns}'>{}</div>",
                xml.split_once("?>").unwrap().1
            );
            read_body(&parse(&doc).unwrap().root.children)
        };
        assert_eq!(body(&xhtml, "http://www.w3.org/1999/xhtml"), expected);
        assert_eq!(body(&nitf, NITF_NS), expected);
    }

    #[test]
    fn blocks_and_marks_become_xhtml() {
        let blocks = vec![
            Block::heading(2, "Sub"),
            Block::Paragraph {
                content: vec![
                    Inline::text("a "),
                    Inline::Link {
                        href: "https://x.example/?a=1&b=2".into(),
                        title: None,
                        content: vec![
                            Inline::Strong(vec![Inline::text("b")]),
                            Inline::Link {
                                href: "https://y.example/".into(),
                                title: None,
                                content: vec![Inline::text("c")],
                            },
                        ],
                    },
                    Inline::LineBreak,
                ],
            },
            Block::List {
                ordered: true,
                items: vec![],
            },
            Block::Blockquote {
                blocks: vec![Block::paragraph("q")],
            },
        ];
        let mut w = XmlWriter::new();
        write_body(&mut w, &blocks);
        let out = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<h2>Sub</h2>\n<p>a <a href=\"https://x.example/?a=1&amp;b=2\"><strong>b</strong>c</a><br/></p>\n<blockquote>\n  <p>q</p>\n</blockquote>\n"
        );
    }

    /// #20 item 13: a superscript or subscript is `sup`/`sub` in XHTML, inside `num` in NITF,
    /// its text only (NITF's hold nothing else).
    #[test]
    fn item_13_superscripts_and_subscripts_are_written_with_their_text() {
        let blocks = xhtml_form(&[Block::Paragraph {
            content: vec![
                Inline::text("CO"),
                Inline::Subscript(vec![Inline::text("2")]),
                Inline::text(" rose"),
                Inline::Superscript(vec![Inline::Link {
                    href: "https://x.example/#fn1".into(),
                    title: None,
                    content: vec![Inline::Emphasis(vec![Inline::text("1")])],
                }]),
            ],
        }])
        .into_owned();
        let written = |write: fn(&mut XmlWriter, &[Block])| {
            let mut w = XmlWriter::new();
            write(&mut w, &blocks);
            String::from_utf8(w.finish()).unwrap()
        };
        let xhtml = written(write_body);
        assert!(
            xhtml.ends_with("<p>CO<sub>2</sub> rose<sup>1</sup></p>\n"),
            "{xhtml}"
        );
        let nitf = written(write_nitf_body);
        assert!(
            nitf.ends_with("<p>CO<num><sub>2</sub></num> rose<num><sup>1</sup></num></p>\n"),
            "{nitf}"
        );
    }

    #[test]
    fn nitf_bodies_read_back_whole() {
        let written = [
            Block::heading(2, "Sub"),
            Block::heading(4, "Minor"),
            Block::Paragraph {
                content: vec![
                    Inline::text("a "),
                    Inline::Strong(vec![Inline::text("b")]),
                    Inline::text(" "),
                    Inline::Emphasis(vec![Inline::text("c")]),
                    Inline::LineBreak,
                    Inline::Link {
                        href: "https://x.example/?a=1&b=2".into(),
                        title: Some("t".into()),
                        content: vec![Inline::text("d")],
                    },
                ],
            },
            Block::Blockquote {
                blocks: vec![Block::paragraph("q")],
            },
            Block::List {
                ordered: true,
                items: vec![vec![Block::paragraph("one")], vec![]],
            },
            Block::Preformatted {
                text: "a  b\n c".into(),
            },
        ];
        let blocks = xhtml_form(&written);
        let mut w = XmlWriter::new();
        w.open("body.content", &[("xmlns", NITF_NS)]);
        write_nitf_body(&mut w, &blocks);
        w.close("body.content");
        let xml = String::from_utf8(w.finish()).unwrap();
        assert!(xml.contains("<hl2>Sub</hl2>"), "{xml}");
        assert!(xml.contains("<hl2 class=\"h4\">Minor</hl2>"), "{xml}");
        assert!(xml.contains("<em class=\"strong\">b</em>"), "{xml}");
        let doc = parse(&xml).unwrap();
        assert_eq!(read_body(&doc.root.children), *blocks);
    }

    #[test]
    fn figures_are_written_in_both_vocabularies_and_read_back_whole() {
        let full = Figure {
            href: "https://x.example/p.jpg?a=1&b=2".into(),
            media_type: Some("image/jpeg".into()),
            alt: Some("A boat".into()),
            caption: vec![
                Inline::text("A "),
                Inline::Strong(vec![Inline::text("boat")]),
            ],
            credit: Some("Photo: Ann Lee/AP".into()),
        };
        let blocks = vec![
            Block::paragraph("Lead"),
            Block::Figure(Box::new(full)),
            Block::Figure(Box::new(Figure::new("bare.png"))),
        ];
        // Written below `root`, the output holds each of `parts` and reads back whole.
        let written =
            |root: &str, ns: &str, write: fn(&mut XmlWriter, &[Block]), parts: &[&str]| {
                let mut w = XmlWriter::new();
                w.open(root, &[("xmlns", ns)]);
                write(&mut w, &blocks);
                w.close(root);
                let xml = String::from_utf8(w.finish()).unwrap();
                for part in parts {
                    assert!(xml.contains(part), "{part} not in {xml}");
                }
                let doc = parse(&xml).unwrap();
                assert_eq!(read_body(&doc.root.children), blocks);
            };
        written(
            "div",
            crate::xml::XHTML_NS,
            write_body,
            &[
                "<div class=\"figure\">",
                "<a href=\"https://x.example/p.jpg?a=1&amp;b=2\" type=\"image/jpeg\"><img src=\"https://x.example/p.jpg?a=1&amp;b=2\" alt=\"A boat\"/></a>",
                "<p class=\"caption\">A <strong>boat</strong></p>",
                "<p class=\"credit\">Photo: Ann Lee/AP</p>",
                "<img src=\"bare.png\" alt=\"\"/>",
            ],
        );
        written(
            "body.content",
            NITF_NS,
            write_nitf_body,
            &[
                "<media media-type=\"image\">",
                "<media-reference source=\"https://x.example/p.jpg?a=1&amp;b=2\" mime-type=\"image/jpeg\" alternate-text=\"A boat\"/>",
                "<media-caption>A <em class=\"strong\">boat</em></media-caption>",
                "<media-producer>Photo: Ann Lee/AP</media-producer>",
                "<media media-type=\"other\">",
            ],
        );
    }

    #[test]
    fn tables_are_written_in_the_order_both_vocabularies_want_and_read_back_whole() {
        let mut total = TableCell::text("Total");
        total.colspan = 2;
        let mut note = TableCell::text("n/a");
        note.rowspan = 2;
        let blank = TableCell {
            header: true,
            ..TableCell::default()
        };
        let table = Block::Table {
            caption: vec![
                Inline::text("Bundesliga, "),
                Inline::Emphasis(vec![Inline::text("34th round")]),
            ],
            rows: vec![
                TableRow::head(vec![
                    TableCell::heading("Team"),
                    TableCell::heading("Pts"),
                    blank,
                ]),
                TableRow::new(vec![TableCell::text("Bayern"), TableCell::text("72"), note]),
                TableRow::new(vec![TableCell::heading("Köln"), TableCell::default()]),
                TableRow {
                    part: RowPart::Foot,
                    cells: vec![total, TableCell::text("162")],
                },
            ],
        };
        let blocks = vec![table];
        assert_eq!(xhtml_form(&blocks).as_ref(), blocks.as_slice(), "in form");
        let mut w = XmlWriter::new();
        w.open("div", &[("xmlns", crate::xml::XHTML_NS)]);
        write_body(&mut w, &blocks);
        w.close("div");
        let xhtml = String::from_utf8(w.finish()).unwrap();
        assert_eq!(
            xhtml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<div xmlns=\"http://www.w3.org/1999/xhtml\">\n  <table>\n    \
             <caption>Bundesliga, <em>34th round</em></caption>\n    <thead>\n      <tr>\n        <th>Team</th>\n        \
             <th>Pts</th>\n        <th></th>\n      </tr>\n    </thead>\n    <tfoot>\n      <tr>\n        \
             <td colspan=\"2\">Total</td>\n        <td>162</td>\n      </tr>\n    </tfoot>\n    <tbody>\n      <tr>\n        \
             <td>Bayern</td>\n        <td>72</td>\n        <td rowspan=\"2\">n/a</td>\n      </tr>\n      <tr>\n        \
             <th>Köln</th>\n        <td></td>\n      </tr>\n    </tbody>\n  </table>\n</div>\n"
        );
        let doc = parse(&xhtml).unwrap();
        assert_eq!(read_body(&doc.root.children), blocks);
        let mut w = XmlWriter::new();
        w.open("body.content", &[("xmlns", NITF_NS)]);
        write_nitf_body(&mut w, &blocks);
        w.close("body.content");
        let nitf = String::from_utf8(w.finish()).unwrap();
        let doc = parse(&nitf).unwrap();
        assert_eq!(read_body(&doc.root.children), blocks);
    }

    #[test]
    fn a_table_of_head_rows_only_is_written_as_body_rows() {
        let blocks = vec![Block::Table {
            caption: vec![],
            rows: vec![TableRow::head(vec![TableCell::heading("A")])],
        }];
        let formed = xhtml_form(&blocks);
        let expected = vec![Block::Table {
            caption: vec![],
            rows: vec![TableRow::new(vec![TableCell::heading("A")])],
        }];
        assert_eq!(formed.as_ref(), expected.as_slice());
        let mut w = XmlWriter::new();
        write_body(&mut w, &blocks);
        let xhtml = String::from_utf8(w.finish()).unwrap();
        assert!(
            xhtml.contains("<tbody>") && !xhtml.contains("<thead>"),
            "{xhtml}"
        );
    }
}
