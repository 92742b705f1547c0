//! Part-of-speech tagging speed on one thread: the sentences of a news corpus, split by
//! newsgraph's segmenter, tagged by the embedded model. Reports tokens per second of
//! tagging alone (segmentation is done before the clock starts).
//!
//!   cargo bench --bench tagger                       (../shared/corpora/bbc.jsonl)
//!   CORPUS=path/to/articles.jsonl ROUNDS=5 cargo bench --bench tagger
//!
//! The corpus is JSON Lines with a "text" field, or a CoNLL-U treebank (`.conllu`),
//! whose words are tagged as its sentences split them.

use newsgraph::text::segment;
use newsgraph::text::tagger::{train, Tag, Tagger};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Corpus used when CORPUS is not set.
const DEFAULT_CORPUS: &str = "../shared/corpora/bbc.jsonl";

/// The sentences of a corpus, each a list of tokens.
fn sentences(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if path.extension().is_some_and(|e| e == "conllu") {
        let treebank =
            train::parse(&text, &path.display().to_string()).unwrap_or_else(|e| panic!("{e}"));
        return treebank
            .iter()
            .map(|s| s.forms().iter().map(|w| w.to_string()).collect())
            .collect();
    }
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("bad JSON line: {e}"));
        let Some(article) = record["text"].as_str() else {
            continue;
        };
        let seg = segment(article);
        for s in &seg.sentences {
            out.push(
                seg.sentence_tokens(s)
                    .iter()
                    .map(|t| article[t.span.start..t.span.end].to_string())
                    .collect(),
            );
        }
    }
    out
}

/// CPU time of this process so far, in seconds: steadier than the clock on a shared
/// machine.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    if f.len() > 12 {
        (f[11] + f[12]) / 100.0
    } else {
        0.0
    }
}

fn main() {
    // `cargo bench` passes --bench; nothing else is read from the arguments.
    let path =
        std::env::var("CORPUS").map_or_else(|_| PathBuf::from(DEFAULT_CORPUS), PathBuf::from);
    let rounds: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let start = Instant::now();
    let tagger = Tagger::embedded();
    println!(
        "load the embedded model: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );

    let corpus = sentences(&path);
    let borrowed: Vec<Vec<&str>> = corpus
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let tokens: usize = borrowed.iter().map(Vec::len).sum();
    println!(
        "{}: {} sentences, {} tokens",
        path.display(),
        borrowed.len(),
        tokens
    );

    let mut tags: Vec<Tag> = Vec::new();
    let mut best = f64::INFINITY;
    let mut checksum = 0usize;
    for round in 0..rounds {
        let t = Instant::now();
        let c = cpu();
        for s in &borrowed {
            tagger.tag(s, &mut tags);
            checksum = checksum.wrapping_add(tags.iter().map(|&t| t as usize).sum::<usize>());
        }
        let wall = t.elapsed().as_secs_f64();
        let secs = cpu() - c;
        best = best.min(secs);
        println!(
            "round {}: {:.3} s CPU ({:.3} s wall), {:.2} M tokens/s",
            round + 1,
            secs,
            wall,
            tokens as f64 / secs / 1e6
        );
    }
    println!(
        "best (CPU time): {:.2} M tokens/s ({:.0} ns a token; checksum {checksum})",
        tokens as f64 / best / 1e6,
        best / tokens as f64 * 1e9
    );
}
