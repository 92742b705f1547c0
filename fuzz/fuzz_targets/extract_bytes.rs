//! Arbitrary bytes through decoding, segmentation and extraction: no panic, and every
//! span stays inside the text on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static RES: OnceLock<newsgraph::Resources> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let res = RES.get_or_init(|| newsgraph::Resources::embedded().expect("embedded data"));
    let ex = newsgraph::extract(&newsgraph::Document::new("fuzz", text), res);
    let ok = |s: newsgraph::model::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for m in &ex.mentions {
        assert!(ok(m.span));
    }
    for r in &ex.relations {
        assert!(ok(r.evidence.span));
    }
    let g = newsgraph::KnowledgeGraph::from_records(
        [newsgraph::record(&newsgraph::Document::new("fuzz", text), ex)],
        &Default::default(),
    );
    let _ = newsgraph::export::json::to_string(&g);
});
