//! Differential: an HTML fragment that the fast path takes gives the same body blocks as
//! html5ever does (`newswire::fuzzing`, the library's `fuzzing` feature).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    if let (Some(fast), full) = newswire::fuzzing::html_both_ways(html) {
        assert_eq!(fast, full, "{html:?}");
    }
});
