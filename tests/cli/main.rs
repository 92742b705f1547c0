//! End-to-end tests driving the `newsgraph` binary.

mod bad_input;
mod consumers;
mod determinism;
mod drawing;
mod exit_codes;
mod interrupted;
mod limits;
mod pipeline;
mod query;
mod resolution;
mod time;
mod user_data;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary under test.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgraph"))
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run the binary with arguments from the repository root.
pub fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(root())
        .output()
        .expect("binary runs")
}

/// Run and insist on success, returning stdout.
pub fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Run and insist on failure, returning stderr.
pub fn fails(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        !out.status.success(),
        "newsgraph {args:?} should have failed; stdout:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty(), "nothing on stdout when failing");
    String::from_utf8(out.stderr).expect("UTF-8 errors")
}

/// Run, insist on exit code `code` and an empty stdout, and return stderr.
pub fn fails_with(code: i32, args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "newsgraph {args:?}: stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "nothing on stdout when failing");
    String::from_utf8(out.stderr).expect("UTF-8 errors")
}

/// A path as a &str.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// The fixture articles.
pub fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

/// A graph file with people of these names and `consulted` edges between them (by
/// index), written as the stored JSON form.
pub fn graph_file(dir: &Path, names: &[String], edges: &[(usize, usize)]) -> PathBuf {
    let id = |i: usize| format!("person:{}", names[i].to_lowercase());
    let nodes: Vec<serde_json::Value> = (0..names.len())
        .map(|i| serde_json::json!({"id": id(i), "kind": "person", "name": names[i]}))
        .collect();
    let edges: Vec<serde_json::Value> = edges
        .iter()
        .map(|&(a, b)| {
            serde_json::json!({
                "source": id(a),
                "target": id(b),
                "relation": "consulted",
                "evidence": [{
                    "doc": "d", "sentence": 0, "span": {"start": 0, "end": 1},
                    "text": format!("{} consulted {}.", names[a], names[b]),
                    "rule": "test", "modality": "asserted"
                }]
            })
        })
        .collect();
    let g = serde_json::json!({
        "format": "newsgraph", "version": 1, "nodes": nodes, "edges": edges,
        "merge_log": [], "documents": {}
    });
    let p = dir.join("g.json");
    std::fs::write(&p, serde_json::to_vec(&g).unwrap()).unwrap();
    p
}
