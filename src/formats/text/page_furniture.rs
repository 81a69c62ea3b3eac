//! What agency web pages and systems print between the headline and the story besides
//! markers: a photo's caption, a view counter, an item's number, an e-mail address. None of it
//! is a headline or a standfirst, so the header keeps it as a marker line.

use crate::dateline::is_known_agency;

use super::shape::{ends_sentence, more_words_than, words_up_to};

/// Words in a photo credit (`(PNA photo by ...)`, `(Foto: ...)`), lower case.
const PHOTO_WORDS: &[&str] = &[
    "photo",
    "foto",
    "picture",
    "image",
    "file",
    "צילום",
    "صورة",
    "фото",
];

/// Last words of the label of an item's number (`Journalist ID: 3412`, `News Code:
/// 85682317`), lower case.
const NUMBER_LABELS: &[&str] = &[
    "id", "code", "no", "no.", "number", "nr", "nr.", "ref", "ref.",
];

/// Whole labels of an item's number in languages that put the noun first (IRNA's Persian `کد
/// خبر: ۸۵۶۸۲۱۴۳`, "news code").
const NUMBER_LABEL_PHRASES: &[&str] = &["کد خبر", "رقم الخبر"];

/// Words of a view counter besides its number (`205 total views today`), lower case.
const COUNTER_WORDS: &[&str] = &["total", "views", "view", "reads", "today"];

/// First words of a line that points to a release's picture, logo or video (`Photo -
/// https://...`), lower case.
const MEDIA_LABELS: &[&str] = &[
    "photo",
    "photos",
    "picture",
    "image",
    "logo",
    "video",
    "audio",
    "infographic",
    "multimedia",
    "foto",
    "fotos",
    "bild",
    "imagen",
    "vidéo",
    "vídeo",
];

/// A line naming a picture, logo or video and its address (PR Newswire's `Photo -
/// https://mma.example/media/1/plant.jpg`, `Logo: https://...`): the label and the address. A
/// press release prints one wherever the picture stood; it is a link, never a heading or a
/// paragraph.
pub(super) fn media_reference(text: &str) -> Option<(&str, &str)> {
    // The first word first: most lines of a story are no media line, and are long.
    let first = text.split_whitespace().next()?;
    let first = first.strip_suffix(':').unwrap_or(first);
    let labelled = MEDIA_LABELS.iter().any(|label| {
        first.len() == label.len() && first.chars().flat_map(char::to_lowercase).eq(label.chars())
    });
    if !labelled {
        return None;
    }
    let (label, address) = [" - ", " – ", " — ", ": "]
        .iter()
        .find_map(|separator| text.trim().split_once(separator))?;
    let address = address.trim();
    let label = label.trim();
    let web = ["https://", "http://"]
        .iter()
        .any(|scheme| address.starts_with(scheme));
    (web && !address.contains(char::is_whitespace) && !more_words_than(label, 2))
        .then_some((label, address))
}

/// True for a header line that is page furniture (see the module).
pub(super) fn page_furniture(text: &str) -> bool {
    let text = text.trim();
    media_reference(text).is_some()
        || photo_caption(text)
        || summary_bullet(text)
        || item_number(text)
        || view_counter(text)
        || email_address(text)
        || time_stamp(text)
}

/// A point of a summary printed as bullets above the story (`● The city will place 1,200
/// bikes`): the story says it again.
fn summary_bullet(text: &str) -> bool {
    text.strip_prefix(['●', '•', '■'])
        .is_some_and(|rest| rest.starts_with(' ') && !rest.trim().is_empty())
}

/// A publication time in any calendar and script (IRNA's Persian `۹ آذر ۱۴۰۳، ۱۱:۳۰`): a
/// time of day, and figures in at least half of at most six words.
fn time_stamp(text: &str) -> bool {
    // Seven words are enough to know a line is too long to be one.
    let mut slots = [""; 7];
    let mut count = 0;
    for (slot, word) in slots.iter_mut().zip(text.split_whitespace()) {
        *slot = word;
        count += 1;
    }
    let words = slots.get(..count).unwrap_or(&[]);
    let figures = |w: &&&str| w.chars().any(crate::script::is_digit);
    let time = |w: &&str| {
        let w = w.trim_end_matches([',', '،', '.']);
        w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.chars().count())
                && m.chars().count() == 2
                && h.chars().chain(m.chars()).all(crate::script::is_digit)
        })
    };
    (2..=6).contains(&words.len())
        && words.iter().any(time)
        && words.iter().filter(figures).count() * 2 >= words.len()
}

/// A photo's caption, known by the credit it ends with after a full sentence: `... on Friday.
/// (PNA photo by Gerald Q. Villanueva)`, `... Nov. 29, 2024. (Xinhua/Li Wenjun)`, `...
/// (AAP: Steven Saphore)`, `... (צילום: Name/Agency)`, RNZ's `... File photo. RNZ / Ana Kolio`.
fn photo_caption(text: &str) -> bool {
    if let Some(inner_end) = text.strip_suffix(')')
        && let Some((before, inner)) = inner_end.rsplit_once('(')
        && !before.trim().is_empty()
    {
        let lower = inner.to_lowercase();
        // `(צילום: Name/Agency)`, `(Foto: Name)`: a photo credit by its label, after a
        // sentence or a caption's phrase alike.
        let labelled = lower
            .split_once(':')
            .is_some_and(|(label, _)| PHOTO_WORDS.contains(&label.trim()));
        return labelled
            || (ends_sentence(before.trim_end())
                && (PHOTO_WORDS.iter().any(|w| lower.contains(w))
                    || agency_and_name(inner, ['/', ':'])));
    }
    // The credit after the last sentence names its agency before a slash: a line without one
    // is not searched for its last sentence.
    text.contains('/')
        && text
            .rsplit_once(". ")
            .is_some_and(|(_, credit)| agency_and_name(credit, ['/', '/']))
}

/// `Xinhua/Li Wenjun`, `AAP: Steven Saphore`, `RNZ / Ana Kolio`: a known agency, a separator
/// and a person's name of two to four capitalised words.
fn agency_and_name(text: &str, separators: [char; 2]) -> bool {
    text.split_once(separators).is_some_and(|(agency, name)| {
        let name = name.trim();
        is_known_agency(agency.trim())
            && (2..=4).contains(&words_up_to(name, 5))
            && name
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    })
}

/// IRNA's `Journalist ID: 3412`, `News Code: 85682317`: a short label naming a number, and the
/// number.
fn item_number(text: &str) -> bool {
    // The number ends the line: a line ending otherwise is not searched for its colon.
    if !text
        .chars()
        .next_back()
        .is_some_and(crate::script::is_digit)
    {
        return false;
    }
    text.split_once(':').is_some_and(|(label, value)| {
        let value = value.trim();
        let label = label.trim();
        let labelled = NUMBER_LABEL_PHRASES.contains(&label)
            || (!more_words_than(label, 3)
                && label
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| NUMBER_LABELS.contains(&w.to_lowercase().as_str())));
        labelled && value.chars().count() >= 2 && value.chars().all(crate::script::is_digit)
    })
}

/// NAN's `205 total views today`: a number and counter words.
fn view_counter(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let number = words.next().is_some_and(|w| {
        w.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && w.bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    });
    if !number {
        return false;
    }
    let rest: Vec<String> = words.map(str::to_lowercase).collect();
    rest.iter().any(|w| w.starts_with("view") || w == "reads")
        && rest.iter().all(|w| COUNTER_WORDS.contains(&w.as_str()))
}

/// An e-mail address alone on a line (Ritzau's reporter address under the byline).
fn email_address(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && text
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// #19: a release's `Photo - <address>` line and its kin, by a media word, a separator
    /// and one web address.
    #[test]
    fn media_references() {
        let cases = [
            (
                "Photo - https://mma.example/media/1/plant.jpg",
                Some(("Photo", "https://mma.example/media/1/plant.jpg")),
            ),
            (
                "Logo: http://x.example/logo.png",
                Some(("Logo", "http://x.example/logo.png")),
            ),
            (
                "Video – https://x.example/v",
                Some(("Video", "https://x.example/v")),
            ),
            (
                "Multimedia Release — https://x.example/m",
                Some(("Multimedia Release", "https://x.example/m")),
            ),
            (
                "  Foto - https://x.example/f.jpg  ",
                Some(("Foto", "https://x.example/f.jpg")),
            ),
        ];
        for (line, expected) in cases {
            assert_eq!(media_reference(line), expected, "{line}");
        }
        for line in [
            "Photo - the plant at dawn",
            "Photo - ftp://x.example/f.jpg",
            "Photo - https://x.example/f.jpg and more",
            "Photo of the new plant in Toronto - https://x.example/f.jpg",
            "Report - https://x.example/report.pdf",
            "Photo https://x.example/f.jpg",
        ] {
            assert_eq!(media_reference(line), None, "{line}");
        }
    }

    #[test]
    fn page_furniture_lines() {
        for line in [
            "Vendors open their stalls on Friday. (PNA photo by Ana Cruz)",
            "A new road crosses the desert, Nov. 29, 2024. (Xinhua/Li Wei)",
            "The bridge at dawn. (AAP: Steven Lowe)",
            "The car park has been leased since 2009. File photo. RNZ / Ana Kolio",
            "Journalist ID: 3412",
            "News Code: 85682317",
            "کد خبر: ۸۵۶۸۲۱۴۳",
            "205 total views today",
            "1,024 views",
            "mkj@ritzau.example",
            "۹ آذر ۱۴۰۳، ۱۱:۳۰",
            "29 Nov 2024 11:30",
            "29 בנובמבר 2024, 12:40",
            "תחנת אופניים בבאר שבע (צילום: אבי כהן/פלאש 90)",
            "● The city will place 1,200 bikes",
            "Photo - https://photos.example.com/plant.jpg",
        ] {
            assert!(page_furniture(line), "{line}");
        }
        for line in [
            "Minister resigns after vote (update)",
            "Minister resigns after photo row (photo gallery)",
            "Talks resume in Geneva (Reuters/Ipsos poll)",
            "Death toll: 300",
            "Code: red",
            "205 people died today",
            "Write to us at desk@example.com today",
            "He met the minister. Anna / Bob",
            "Live: kickoff at 12:30",
            "11:30",
            "●",
            "•Bold",
            // A counter's number is figures and separators only, and it counts views or reads.
            "205k views",
            "205 total today",
            // An address has a name before the `@` and a dot in its host.
            "desk@localhost",
            "@ritzau.example",
            // A time is one or two figures, a colon and two: not `123:45` nor `1:234`.
            "29 Nov 2024 123:45",
            "29 Nov 2024 1:234",
            // Figures in fewer than half the words.
            "Talks resume 11:30",
            // A time stamp is at most six words.
            "Mon 2 Dec 2024 11:30 CET 2",
            // The credit after a caption names a known agency, then a name.
            "Officials met on Friday. (Northwind/Li Wei)",
            "A new road crosses the desert. (Xinhua/Li Wei Chen Bo Zhang Hua)",
        ] {
            assert!(!page_furniture(line), "{line}");
        }
    }
}
