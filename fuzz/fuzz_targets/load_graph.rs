//! Arbitrary bytes as a graph file in each encoding: an error or a graph, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::store::{decode, encode, Encoding};

fuzz_target!(|data: &[u8]| {
    for enc in [Encoding::Ron, Encoding::Json, Encoding::Binary] {
        if let Ok(g) = decode(data, enc, "fuzz") {
            // Whatever loads must save and load again.
            let again = decode(&encode(&g, enc), enc, "fuzz").expect("round trip");
            assert_eq!(again.node_count(), g.node_count());
        }
    }
});
