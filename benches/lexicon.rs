//! Load time and memory of the embedded lexicon and rules (`Resources::embedded()`):
//! what every `extract` and `build` pays before reading the first article.
//!
//!   cargo bench --bench lexicon            (RUNS=20 by default)
//!
//! Prints the fastest and the median load, the parts (hand-written lexicon, generated
//! tables, rules) and the resident memory the loaded resources add. The generated tables
//! load on a second thread: `Resources::embedded()` returns before they are ready, and
//! "ready to scan" is the time until the first lookup in them can be answered.

use newsgraph::extract::rules::RuleSet;
use newsgraph::lexicon::{Gazetteer, Lexicon, LexiconFile};
use newsgraph::Resources;
use std::time::{Duration, Instant};

/// Resident set size of this process, in KiB, from /proc (Linux); 0 elsewhere.
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4)
}

/// Fastest and median of `runs` timings of `f`.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    t.sort();
    (t[0], t[runs / 2])
}

/// Fastest and median time `Resources::embedded()` takes to return; the tables it
/// starts loading are waited for between runs, untimed, so runs do not overlap.
fn load_time(runs: usize) -> (Duration, Duration) {
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let res = Resources::embedded().unwrap();
            let took = start.elapsed();
            std::hint::black_box(res.lexicon.gazetteer().known.len());
            took
        })
        .collect();
    t.sort();
    (t[0], t[runs / 2])
}

fn main() {
    let runs = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20usize)
        .max(1);
    let before = rss_kib();
    let res = Resources::embedded().expect("embedded resources load");
    let g = res.lexicon.gazetteer();
    let after = rss_kib();
    println!(
        "lexicon: {} hand-written entries, {} table entries ({} places and actors' forms indexed)",
        res.lexicon.entries.len(),
        g.known.len(),
        g.form_count()
    );
    println!(
        "memory: resources add {:.1} MiB resident",
        after.saturating_sub(before) as f64 / 1024.0
    );
    drop(res);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let ron_text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/lexicon/default.ron"
    ))
    .expect("default.ron is readable");
    for (what, (best, median)) in [
        ("Resources::embedded()", load_time(runs)),
        (
            "  and ready to scan",
            time(runs, || {
                let res = Resources::embedded().unwrap();
                res.lexicon.gazetteer().known.len()
            }),
        ),
        (
            "  hand-written lexicon, parsed",
            time(runs, || ron::from_str::<LexiconFile>(&ron_text).unwrap()),
        ),
        (
            "  hand-written lexicon, with automata",
            time(runs, || Lexicon::parse("default.ron", &ron_text).unwrap()),
        ),
        (
            "  generated tables alone",
            time(runs, || Gazetteer::embedded().unwrap()),
        ),
        (
            "  relation rules",
            time(runs, || RuleSet::embedded().unwrap()),
        ),
    ] {
        println!(
            "{what:<38} best {:7.2} ms, median {:7.2} ms",
            ms(best),
            ms(median)
        );
    }
}
