//! TT's NITF dialect (Tidningarnas Telegrambyrå, Sweden): `inlineXML` with
//! `contenttype="application/ttnitf+xml"` holding a `BODY` of upper-case elements. Each `TEXT` is
//! one part of the story (the story, then fact boxes):
//!
//! | TT | model |
//! |---|---|
//! | `RUBRIK` | the headline in the first `TEXT` (for a headline the metadata lacks); a heading opening a later one |
//! | `DAT` (`ORT`, `SOURCE`) | the dateline: the place (`ORT`) is the city, printed `ORT / SOURCE` |
//! | `INGRESS` | the lead's paragraphs, which are the abstract too |
//! | `BRODTEXT` | the body: `P` paragraphs, `CITAT` quotes, `MELLIS` sub-headings, `UL`/`OL` lists |
//! | `BYLINE` | the byline (`EPOST`, the writer's address, is not kept) |
//! | `BILD` | a picture link: `BILDFIL` the address, `BILDTEXT` the caption as its title |
//!
//! A picture's credit (`BILDSKAPARE`) has no place in the model: a warning says so.

use super::head::NitfHead;
use super::text::{collapse, line_of};
use crate::model::{Block, Dateline, Inline, Link, Warning};
use crate::xml::{Element, Node};

/// The content type TT's dialect comes with.
pub(super) const CONTENT_TYPE: &str = "application/ttnitf+xml";

/// What a TT `BODY` gives.
pub(super) struct TtBody {
    pub blocks: Vec<Block>,
    pub head: NitfHead,
    pub links: Vec<Link>,
    pub warnings: Vec<Warning>,
}

/// Reads a TT `BODY`.
pub(super) fn read(body: &Element<'_>) -> TtBody {
    let mut read = TtBody {
        blocks: Vec::new(),
        head: NitfHead::default(),
        links: Vec::new(),
        warnings: Vec::new(),
    };
    for (index, text) in body.elements().filter(|e| e.is("TEXT")).enumerate() {
        for part in text.elements() {
            match part.name.as_ref() {
                "RUBRIK" if index == 0 => read.head.headline = line_of(part),
                "RUBRIK" => read.blocks.extend(heading(part)),
                "DAT" => read.head.dateline = read.head.dateline.take().or_else(|| dateline(part)),
                "INGRESS" => {
                    let lead: Vec<String> = part.elements().filter_map(line_of).collect();
                    if read.head.abstract_text.is_none() && !lead.is_empty() {
                        read.head.abstract_text = Some(lead.join("\n\n"));
                    }
                    read.blocks.extend(lead.into_iter().map(Block::paragraph));
                }
                "BYLINE" => read.head.byline = read.head.byline.take().or_else(|| line_of(part)),
                "BILD" => picture(part, &mut read),
                // `BRODTEXT` (the body), fact boxes and whatever else holds text.
                _ => blocks(part, &mut read.blocks),
            }
        }
    }
    read
}

/// `DAT`: `ORT` (the place) and `SOURCE` (where and by whom), printed `ORT / SOURCE`.
fn dateline(dat: &Element<'_>) -> Option<Dateline> {
    let place = dat.child("ORT").and_then(line_of);
    let source = dat.child("SOURCE").and_then(line_of);
    let printed: Vec<&str> = place.iter().chain(&source).map(String::as_str).collect();
    if printed.is_empty() {
        return None;
    }
    let mut dateline = Dateline::new(printed.join(" / "));
    dateline.city = place;
    Some(dateline)
}

/// The blocks of a `BRODTEXT` (or of an element TT's dialect does not name here).
fn blocks(element: &Element<'_>, out: &mut Vec<Block>) {
    for child in element.elements() {
        match child.name.as_ref() {
            "P" => out.extend(paragraph(child)),
            "CITAT" => out.extend(paragraph(child).map(|p| Block::Blockquote { blocks: vec![p] })),
            "MELLIS" => out.extend(heading(child)),
            "UL" | "OL" => {
                let items: Vec<Vec<Block>> = child
                    .elements()
                    .filter_map(paragraph)
                    .map(|p| vec![p])
                    .collect();
                if !items.is_empty() {
                    out.push(Block::List {
                        ordered: child.is("OL"),
                        items,
                    });
                }
            }
            _ if own_text(child) => out.extend(paragraph(child)),
            _ => blocks(child, out),
        }
    }
}

fn paragraph(element: &Element<'_>) -> Option<Block> {
    line_of(element).map(Block::paragraph)
}

fn heading(element: &Element<'_>) -> Option<Block> {
    line_of(element).map(|text| Block::Heading {
        level: 2,
        content: vec![Inline::Text(text)],
    })
}

fn own_text(element: &Element<'_>) -> bool {
    element
        .children
        .iter()
        .any(|n| matches!(n, Node::Text(t) if collapse(t).is_some()))
}

/// `BILD`: a picture link, its caption as the title; the credit is reported, not kept.
fn picture(picture: &Element<'_>, read: &mut TtBody) {
    let Some(href) = picture.child("BILDFIL").and_then(line_of) else {
        return;
    };
    let caption = picture.child("BILDTEXT").and_then(|caption| {
        let lines: Vec<String> = caption.elements().filter_map(line_of).collect();
        collapse(&if lines.is_empty() {
            caption.text()
        } else {
            lines.join(" ")
        })
    });
    if let Some(credit) = picture.child("BILDSKAPARE").and_then(line_of) {
        read.warnings.push(Warning::new(
            "links",
            "a picture's credit has no place in the model; not kept",
            Some(credit),
        ));
    }
    read.links.push(Link {
        rel: Some("enclosure".to_string()),
        href,
        media_type: None,
        title: caption,
        rendition: None,
    });
}
