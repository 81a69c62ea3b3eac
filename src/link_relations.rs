//! Link relation names registered with IANA (RFC 8288's registry, which took over Atom's): the
//! words a link's relation may be without a scheme. A word outside it (`featuremedia`,
//! `gallery`) is a provider's own and no link relation.

/// The registered names newswire knows (lower case): the registry's initial contents and the
/// relations news feeds use.
const REGISTERED: [&str; 47] = [
    "about",
    "alternate",
    "appendix",
    "archives",
    "author",
    "bookmark",
    "canonical",
    "chapter",
    "collection",
    "contents",
    "copyright",
    "current",
    "describedby",
    "edit",
    "edit-media",
    "enclosure",
    "first",
    "glossary",
    "help",
    "icon",
    "index",
    "item",
    "last",
    "latest-version",
    "license",
    "next",
    "next-archive",
    "nofollow",
    "payment",
    "predecessor-version",
    "prev",
    "prev-archive",
    "preview",
    "previous",
    "related",
    "replies",
    "search",
    "section",
    "self",
    "service",
    "start",
    "stylesheet",
    "subsection",
    "successor-version",
    "tag",
    "up",
    "via",
];

/// True when `word` is a registered link relation name (any case, trimmed).
pub(crate) fn is_registered(word: &str) -> bool {
    let word = word.trim();
    REGISTERED.iter().any(|r| r.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_names_in_any_case_and_nothing_else() {
        assert!(is_registered("enclosure") && is_registered(" Alternate "));
        assert!(is_registered("predecessor-version") && is_registered("via"));
        assert!(!is_registered("featuremedia") && !is_registered("gallery"));
        assert!(!is_registered("irel:seeAlso") && !is_registered(""));
    }
}
