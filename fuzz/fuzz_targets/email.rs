//! Reads arbitrary bytes as Email: no panic; what reads is safe, writes in every format and
//! reads back (see the crate's checks).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::Format;

fuzz_target!(|data: &[u8]| {
    newswire_fuzz::read_and_check(data, Format::Email);
});
