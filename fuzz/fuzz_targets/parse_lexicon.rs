//! Arbitrary text as a user lexicon: an error with a position, or a lexicon, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(lex) = newsgraph::lexicon::Lexicon::parse("fuzz.ron", text) {
            let mut base = newsgraph::lexicon::Lexicon::embedded().expect("embedded data");
            base.extend(lex);
        }
    }
});
