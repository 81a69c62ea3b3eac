//! Structured round trip: arbitrary articles (the model's `Arbitrary`, behind the library's
//! `arbitrary` feature) written in every writable format and read back. No panic, every writer
//! writes them, no output holds markup a browser would run, and every output reads back with
//! as many articles as were written.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newswire::model::Article;

/// Bodies nested deeper than this are left out: written as XML they would nest past the
/// reading depth limit, which is a typed error rather than a finding.
const MAX_BODY_DEPTH: usize = 48;

fuzz_target!(|articles: Vec<Article>| {
    let articles: Vec<Article> = articles
        .into_iter()
        .filter(|a| newswire_fuzz::body_depth(&a.body) <= MAX_BODY_DEPTH)
        .take(4)
        .collect();
    newswire_fuzz::write_and_check(&articles);
});
