//! Reads arbitrary bytes item by item (`read_iter`) as one of the formats it cuts (the first
//! byte picks which): no panic, no hang, and every article it gives is safe.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::Format;
use newswire::formats::{ReadOptions, read_iter};

const CUT: [Format; 5] = [
    Format::NewsmlG2,
    Format::Atom,
    Format::Rss,
    Format::Newsml12,
    Format::Json,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, input)) = data.split_first() else {
        return;
    };
    let format = CUT[usize::from(pick) % CUT.len()];
    for article in read_iter(input, format, &ReadOptions::default()).flatten() {
        newswire_fuzz::check_safe_model(&article);
    }
});
