//! Pictures and other media in the body ([`Block::Figure`](super::Block::Figure)): where the
//! story places them, with the caption, credit and alternative text that travel with them.

use serde::{Deserialize, Serialize};

use super::body::{Inline, into_canonical_inlines};

/// A picture, video or other media in its place in the body. XHTML: `img` (HTML5 `figure` with
/// `figcaption`; XHTML 1.0 has no `figure`, so newswire writes `div class="figure"` with the
/// `img` and a caption and credit `p`); NITF: `media` with `media-reference`, `media-caption`
/// and `media-producer` (the credit).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(default)]
#[non_exhaustive]
pub struct Figure {
    /// The media's address: `img/@src`, NITF `media-reference/@source`.
    pub href: String,
    /// The media type (`image/jpeg`): NITF `media-reference/@mime-type`. XHTML's `img` has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// The text that stands for the media where it cannot be shown: `img/@alt`, NITF
    /// `media-reference/@alternate-text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// The caption: `figcaption`, NITF `media-caption`; empty when there is none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub caption: Vec<Inline>,
    /// Who made or supplied the media (`Photo: Ann Lee/dpa`): NITF `media-producer`, an element
    /// of class `credit` in a caption.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

impl Figure {
    /// A figure of the media at `href`, with nothing else known.
    pub fn new(href: impl Into<String>) -> Figure {
        Figure {
            href: href.into(),
            ..Figure::default()
        }
    }
}

/// The canonical form of a figure: the address trimmed, the caption as inline content is, the
/// other texts on one line (whitespace runs one space, none at either end; blank is none); no
/// figure without an address.
pub fn canonical_figure(figure: Figure) -> Option<Figure> {
    let href = figure.href.trim();
    if href.is_empty() {
        return None;
    }
    Some(Figure {
        href: href.to_string(),
        media_type: figure.media_type.as_deref().and_then(one_line),
        alt: figure.alt.as_deref().and_then(one_line),
        caption: into_canonical_inlines(figure.caption),
        credit: figure.credit.as_deref().and_then(one_line),
    })
}

/// `text` with each run of whitespace as HTML collapses it (ASCII) one space, and no whitespace
/// at either end (Unicode's, a no-break space too: readers trim attribute values so); `None`
/// when blank.
fn one_line(text: &str) -> Option<String> {
    let line = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    let line = line.trim();
    (!line.is_empty()).then(|| line.to_string())
}

with_setters!(Figure {
    some with_media_type(media_type: String);
    some with_alt(alt: String);
    some with_credit(credit: String);
    push with_caption(caption: Inline);
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_figure_trims_and_drops_blanks() {
        let figure = Figure {
            href: " https://example.com/a.jpg\n".into(),
            media_type: Some("  ".into()),
            alt: Some(" Two\n lines ".into()),
            caption: vec![Inline::text("  A  caption ")],
            credit: Some("Photo:\tAnn".into()),
        };
        assert_eq!(
            canonical_figure(figure),
            Some(Figure {
                href: "https://example.com/a.jpg".into(),
                media_type: None,
                alt: Some("Two lines".into()),
                caption: vec![Inline::text("A caption")],
                credit: Some("Photo: Ann".into()),
            })
        );
        assert_eq!(canonical_figure(Figure::new(" \n")), None);
    }
}
