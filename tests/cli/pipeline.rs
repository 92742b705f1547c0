//! Build, extract, export, append, merge and determinism on the fixture articles.

use super::*;
use serde_json::Value;

fn build_to(dir: &Path, name: &str, extra: &[&str], inputs: &[&str]) -> PathBuf {
    let out = dir.join(name);
    let mut args = vec!["build"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--output", s(&out)]);
    args.extend_from_slice(extra);
    ok(&args);
    out
}

/// The fixtures as one JSON Lines file (ids = file stems); returns its path and text.
fn fixtures_as_jsonl(dir: &Path) -> (PathBuf, String) {
    let jsonl = dir.join("corpus.jsonl");
    let mut text = String::new();
    for f in fixtures() {
        let stem = f.file_stem().unwrap().to_str().unwrap().to_string();
        let body = std::fs::read_to_string(&f).unwrap();
        text.push_str(&serde_json::json!({"id": stem, "text": body}).to_string());
        text.push('\n');
    }
    std::fs::write(&jsonl, &text).unwrap();
    (jsonl, text)
}

fn export_json(graph: &Path) -> Value {
    serde_json::from_str(&ok(&["export", s(graph), "--format", "json"])).expect("JSON export")
}

fn node<'a>(g: &'a Value, name: &str) -> Option<&'a Value> {
    g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == name)
}

#[test]
fn the_checked_in_graph_matches_a_fresh_build() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = build_to(dir.path(), "mideast.ron", &[], &["fixtures/"]);
    let checked_in = std::fs::read_to_string(root().join("graphs/mideast.ron"))
        .expect("graphs/mideast.ron is checked in");
    assert!(
        checked_in == std::fs::read_to_string(&fresh).unwrap(),
        "graphs/mideast.ron is stale: regenerate it with \
         `cargo run --release -- build fixtures/ --output graphs/mideast.ron` \
         (and re-render graphs/mideast.dot and graphs/mideast.svg as the README shows)"
    );
}

#[test]
fn build_finds_actors_relations_and_meetings_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let g = export_json(&build_to(dir.path(), "g.ron", &[], &["fixtures/"]));
    let bibi = node(&g, "Benjamin Netanyahu").expect("Netanyahu is a node");
    assert_eq!(bibi["kind"], "person");
    assert!(bibi["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Netanyahu"));
    // One node for him across the three articles.
    let netanyahus = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] != "meeting" && n["name"].as_str().unwrap().contains("Netanyahu"))
        .count();
    assert_eq!(netanyahus, 1);
    assert_eq!(bibi["documents"].as_array().unwrap().len(), 3);
    let links = g["links"].as_array().unwrap();
    assert!(!links.is_empty());
    for l in links {
        let ev = l["evidence"].as_array().unwrap();
        assert!(!ev.is_empty(), "every edge has evidence: {l}");
        for e in ev {
            assert!(e["rule"].as_str().is_some_and(|r| !r.is_empty()));
            assert!(e["span"]["start"].as_u64() < e["span"]["end"].as_u64());
        }
    }
    assert!(g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["kind"] == "meeting"));
}

#[test]
fn extract_json_has_the_documented_fields_and_byte_offsets() {
    let path = root().join("fixtures/2016-kerry-rome.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let out = ok(&["extract", s(&path), "--format", "json"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "one JSON object per document");
    let doc: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(doc["id"], "2016-kerry-rome");
    for key in ["mentions", "entities", "relations", "meetings"] {
        assert!(doc[key].is_array(), "{key} is an array");
    }
    let mentions = doc["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty());
    for m in mentions {
        let (a, b) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(text.get(a..b), m["text"].as_str(), "offsets are bytes: {m}");
        for key in ["kind", "form", "entity"] {
            assert!(m.get(key).is_some(), "mention has {key}");
        }
    }
    for r in doc["relations"].as_array().unwrap() {
        for key in ["source", "relation", "target", "start", "end", "rule"] {
            assert!(r.get(key).is_some(), "relation has {key}: {r}");
        }
    }
}

#[test]
fn builds_are_identical_whatever_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let one = build_to(dir.path(), "one.ron", &["--threads", "1"], &["fixtures/"]);
    let two = build_to(dir.path(), "two.ron", &["--threads", "2"], &["fixtures/"]);
    assert_eq!(std::fs::read(one).unwrap(), std::fs::read(two).unwrap());
}

#[test]
fn appending_in_parts_equals_building_at_once_and_re_adding_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures();
    let all = build_to(dir.path(), "all.ron", &[], &["fixtures/"]);
    let parts = dir.path().join("parts.ron");
    ok(&["build", s(&f[2]), "--output", s(&parts)]);
    ok(&["build", s(&f[0]), "--output", s(&parts), "--append"]);
    ok(&["build", s(&f[1]), "--output", s(&parts), "--append"]);
    assert_eq!(std::fs::read(&all).unwrap(), std::fs::read(&parts).unwrap());
    ok(&["build", s(&f[1]), "--output", s(&parts), "--append"]);
    assert_eq!(std::fs::read(&all).unwrap(), std::fs::read(&parts).unwrap());
}

#[test]
fn merging_separate_graphs_equals_building_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures();
    let all = build_to(dir.path(), "all.ron", &[], &["fixtures/"]);
    let a = build_to(dir.path(), "a.ron", &[], &[s(&f[0]), s(&f[2])]);
    let b = build_to(dir.path(), "b.bin", &[], &[s(&f[1])]);
    let merged = dir.path().join("merged.ron");
    ok(&["merge", s(&b), s(&a), "--output", s(&merged)]);
    assert_eq!(std::fs::read(all).unwrap(), std::fs::read(merged).unwrap());
}

#[test]
fn merge_skips_bad_graph_files_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixtures();
    let a = build_to(dir.path(), "a.ron", &[], &[s(&f[0])]);
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "not a graph").unwrap();
    let merged = dir.path().join("m.ron");
    let e = fails_with(2, &["merge", s(&a), s(&bad), "--output", s(&merged)]);
    assert!(e.contains("bad.ron"), "{e}");
    let out = run(&[
        "merge",
        s(&a),
        s(&bad),
        "--output",
        s(&merged),
        "--skip-bad",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: skipped"));
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&merged).unwrap());
    // Rules only matter to extraction, which merge does not do.
    fails_with(
        2,
        &["merge", s(&a), "--output", s(&merged), "--rules", "x.ron"],
    );
}

#[test]
fn the_three_encodings_hold_the_same_graph() {
    let dir = tempfile::tempdir().unwrap();
    let ron = build_to(dir.path(), "g.ron", &[], &["fixtures/"]);
    let json = build_to(dir.path(), "g.json", &[], &["fixtures/"]);
    let bin = build_to(dir.path(), "g.bin", &[], &["fixtures/"]);
    let a = export_json(&ron);
    assert_eq!(a, export_json(&json));
    assert_eq!(a, export_json(&bin));
    assert!(std::fs::metadata(&bin).unwrap().len() < std::fs::metadata(&ron).unwrap().len());
}

#[test]
fn json_lines_and_standard_input_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let (jsonl, text) = fixtures_as_jsonl(dir.path());
    let from_txt = build_to(dir.path(), "txt.ron", &[], &["fixtures/"]);
    let from_jsonl = build_to(dir.path(), "jsonl.ron", &[], &[s(&jsonl)]);
    assert_eq!(
        std::fs::read(from_txt).unwrap(),
        std::fs::read(from_jsonl).unwrap()
    );
    let mut child = bin()
        .args(["extract", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        ids,
        [
            "2010-washington-talks",
            "2014-prisoner-release",
            "2016-kerry-rome"
        ]
    );
}

fn have(cmd: &str, args: &[&str]) -> bool {
    std::process::Command::new(cmd)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_spark_example_equals_the_direct_build() {
    if !have("python3", &["-c", "import pyspark"]) || !have("java", &["-version"]) {
        eprintln!("SKIPPED: pyspark or Java is not installed (.ci/run installs them)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (jsonl, _) = fixtures_as_jsonl(dir.path());
    let direct = build_to(dir.path(), "direct.ron", &[], &[s(&jsonl)]);
    let spark = dir.path().join("spark.ron");
    let out = std::process::Command::new("python3")
        .arg(root().join("examples/spark/build_graph.py"))
        .args(["--bin", env!("CARGO_BIN_EXE_newsgraph")])
        .args([
            "--input",
            s(&jsonl),
            "--output",
            s(&spark),
            "--partitions",
            "3",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "spark example failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read(direct).unwrap(),
        std::fs::read(spark).unwrap()
    );
}
