//! Detects the format of arbitrary bytes (with and without a file name), then reads them as the
//! format detected, as `newswire convert` does: no panic, and what reads is checked like every
//! reader's output.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "story.txt",
    "story.xml",
    "story.json",
    "story.jsonld",
    "story.atom",
    "story.nitf",
    "story.iptc",
    "story.tst",
];

fuzz_target!(|data: &[u8]| {
    let (name, input) = match data.split_first() {
        Some((first, rest)) => (NAMES.get(usize::from(*first)).map(Path::new), rest),
        None => (None, data),
    };
    if let Ok(format) = newswire::detect(input, name)
        && format.can_read()
    {
        newswire_fuzz::read_and_check(input, format);
    }
});
