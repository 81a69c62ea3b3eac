//! ANPA's letter codes: priorities as numbers, and the version field.

/// Priority letters and the number each stands for (1 is highest): flash, urgent, bulletin,
/// regular, ordinary, deferred, advance, rerun (`../shared/specs/WIRE_TEXT_FORMATS.md` §2.2; the first three
/// as Superdesk maps them).
const PRIORITIES: &[(char, u8)] = &[
    ('f', 1),
    ('u', 2),
    ('b', 3),
    ('r', 5),
    ('z', 6),
    ('d', 7),
    ('h', 7),
    ('a', 8),
    ('s', 8),
    ('y', 9),
];

/// The letter a writer prints for each priority from 1 to 9 (4, which has no letter, is
/// printed as regular).
const LETTERS: [char; 9] = ['f', 'u', 'b', 'r', 'r', 'z', 'd', 'a', 'y'];

/// The number a priority letter stands for, in either case.
pub(super) fn priority(letter: char) -> Option<u8> {
    let letter = letter.to_ascii_lowercase();
    PRIORITIES
        .iter()
        .find(|(l, _)| *l == letter)
        .map(|(_, n)| *n)
}

/// The letter for a priority from 1 to 9; regular (`r`) for none.
pub(super) fn letter(priority: Option<u8>) -> char {
    priority
        .and_then(|p| usize::from(p).checked_sub(1))
        .and_then(|i| LETTERS.get(i))
        .copied()
        .unwrap_or('r')
}

/// The version the header's version field gives (`1stLd-Writethru` is version 2, the first
/// lead's write-through), or `None`.
pub(super) fn header_version(field: &str) -> Option<u32> {
    let token = field.split_whitespace().next()?;
    let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.parse().ok()?;
    let rest = token.get(digits.len()..)?.to_ascii_lowercase();
    let suffix_ok = ["st", "nd", "rd", "th"].iter().any(|s| rest.starts_with(s));
    (suffix_ok && rest.contains("ld") && (1..=99).contains(&n)).then_some(n + 1)
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
pub(super) fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
