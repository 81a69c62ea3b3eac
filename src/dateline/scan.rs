//! A byte-position cursor over a `&str` for the hand-written dateline grammar.
//!
//! Every move is by whole characters and every read goes through `str::get`, so no input can make
//! it slice inside a character or panic. The cursor is `Copy`: a parser saves it, tries a branch,
//! and restores it when the branch fails.

use crate::script::{digit_value, is_digit};

/// A position in a text being scanned.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scan<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Scan<'a> {
    /// A cursor at the start of `text`.
    pub(super) fn new(text: &'a str) -> Scan<'a> {
        Scan { text, pos: 0 }
    }

    /// The byte offset of the cursor.
    pub(super) fn pos(&self) -> usize {
        self.pos
    }

    /// The text the cursor scans.
    pub(super) fn text(&self) -> &'a str {
        self.text
    }

    /// What is left after the cursor.
    pub(super) fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }

    /// The text from `from` up to the cursor.
    pub(super) fn since(&self, from: usize) -> &'a str {
        self.text.get(from..self.pos).unwrap_or("")
    }

    /// The next character, without moving.
    pub(super) fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character after the next one, without moving.
    pub(super) fn peek2(&self) -> Option<char> {
        self.rest().chars().nth(1)
    }

    /// Moves over one character and returns it.
    pub(super) fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Moves over `literal` when the text continues with it.
    pub(super) fn eat(&mut self, literal: &str) -> bool {
        if self.rest().starts_with(literal) {
            self.pos += literal.len();
            true
        } else {
            false
        }
    }

    /// Moves over whitespace; true when there was some.
    pub(super) fn skip_spaces(&mut self) -> bool {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if !c.is_whitespace() {
                break;
            }
            self.pos += c.len_utf8();
        }
        self.pos > start
    }

    /// Moves over the characters matching `keep` and returns them.
    pub(super) fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if !keep(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        self.since(start)
    }

    /// Reads a word: letters with inner hyphens and apostrophes (`Aix-en-Provence`, `L'Aquila`).
    /// Digits end a word: datelines never have them in place names.
    pub(super) fn word(&mut self) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() {
            let inner = matches!(c, '-' | '\'' | '’')
                && self.pos > start
                && self.peek2().is_some_and(char::is_alphabetic);
            if c.is_alphabetic() || is_mark(c) || inner {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        self.since(start)
    }

    /// Reads up to `max` digits of one number (ASCII, Arabic-Indic or full-width) and returns
    /// its value and how many digits it had; none when the text does not continue with a digit
    /// or the number is longer than `max`.
    pub(super) fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let start = self.pos;
        let mut count = 0;
        let mut value: u32 = 0;
        while count < max {
            let Some(digit) = self.peek().and_then(digit_value) else {
                break;
            };
            value = value * 10 + digit;
            self.bump();
            count += 1;
        }
        if count == 0 || self.peek().is_some_and(is_digit) {
            self.pos = start;
            return None;
        }
        Some((value, count))
    }
}

/// Combining marks, so that decomposed accents (`e` + U+0301), Arabic vowel marks and Thai
/// vowel and tone marks stay inside a word.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{065f}' | '\u{0670}'
        // Thai vowel and tone marks (`เชียงใหม่`).
        | '\u{0e31}' | '\u{0e34}'..='\u{0e3a}' | '\u{0e47}'..='\u{0e4e}')
}
