//! Bad input gives a clear error naming the file and the problem, never a panic.

use super::*;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Build from `input` and expect an error mentioning each of `words`.
fn build_fails_with(input: &Path, words: &[&str]) {
    let out = input.with_extension("out.ron");
    let err = fails(&["build", s(input), "--output", s(&out)]);
    assert!(!err.contains("panicked"), "no panic: {err}");
    for w in words {
        assert!(err.contains(w), "error {err:?} should mention {w:?}");
    }
    assert!(!out.exists(), "no graph is written on error");
}

#[test]
fn binary_files_are_refused() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    build_fails_with(&p, &["photo.txt", "binary"]);
}

#[test]
fn invalid_utf8_is_refused_with_the_offset() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "latin1.txt", b"Caf\xe9 owners met the mayor.");
    build_fails_with(&p, &["latin1.txt", "invalid UTF-8", "byte 3"]);
}

#[test]
fn utf16_with_a_bom_is_read() {
    let d = tempfile::tempdir().unwrap();
    let text = "Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah el-Sisi in Cairo.";
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
        .collect();
    let p = write(d.path(), "wide.txt", &bytes);
    let out = ok(&["extract", s(&p), "--format", "json"]);
    assert!(out.contains("\"id\":\"wide\""), "{out}");
}

#[test]
fn empty_and_blank_articles_are_refused() {
    let d = tempfile::tempdir().unwrap();
    build_fails_with(&write(d.path(), "empty.txt", b""), &["empty.txt", "empty"]);
    build_fails_with(
        &write(d.path(), "blank.txt", b"  \n\t\n  "),
        &["blank.txt", "empty"],
    );
}

#[test]
fn json_lines_problems_name_the_line() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "feed.jsonl",
        b"{\"id\":\"a\",\"text\":\"Kerry met Netanyahu.\"}\n{\"id\":\"b\",\"text\":\n",
    );
    build_fails_with(&p, &["feed.jsonl:2", "not a JSON record"]);
    let p = write(d.path(), "notext.jsonl", b"{\"id\":\"a\",\"body\":\"x\"}\n");
    build_fails_with(&p, &["notext.jsonl:1", "no `text`"]);
    let p = write(
        d.path(),
        "dups.jsonl",
        b"{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"a\",\"text\":\"Two.\"}\n",
    );
    build_fails_with(&p, &["dups.jsonl:2", "duplicate document id"]);
}

#[test]
fn skip_bad_goes_on_with_a_warning() {
    let d = tempfile::tempdir().unwrap();
    let p = write(
        d.path(),
        "feed.jsonl",
        b"{\"id\":\"a\",\"text\":\"Kerry met Netanyahu in Rome.\"}\n{oops\n{\"id\":\"c\",\"text\":\"Abbas met Kerry.\"}\n",
    );
    let g = d.path().join("g.ron");
    let out = run(&["build", s(&p), "--output", s(&g), "--skip-bad"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning") && err.contains("feed.jsonl:2"),
        "{err}"
    );
    let json = ok(&["export", s(&g), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["graph"]["documents"], 2);
}

#[test]
fn missing_inputs_are_named() {
    let err = fails(&["build", "no/such/article.txt", "--output", "/tmp/never.ron"]);
    assert!(
        err.contains("no/such/article.txt") && err.contains("no such file"),
        "{err}"
    );
}

fn graph_fails_with(name: &str, bytes: &[u8], words: &[&str]) {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), name, bytes);
    let err = fails(&["export", s(&p), "--format", "json"]);
    assert!(!err.contains("panicked"), "{err}");
    for w in words {
        assert!(err.contains(w), "error {err:?} should mention {w:?}");
    }
}

fn small_graph() -> String {
    let d = tempfile::tempdir().unwrap();
    let a = write(
        d.path(),
        "a.txt",
        b"Israeli Prime Minister Benjamin Netanyahu met Palestinian Authority President Mahmoud Abbas in Washington on Thursday.",
    );
    let g = d.path().join("g.ron");
    ok(&["build", s(&a), "--output", s(&g)]);
    std::fs::read_to_string(g).unwrap()
}

#[test]
fn truncated_graph_files_are_refused() {
    let full = small_graph();
    let half = &full.as_bytes()[..full.len() / 2];
    graph_fails_with("cut.ron", half, &["cut.ron", "malformed RON graph"]);
    graph_fails_with(
        "cut.json",
        b"{\"format\":\"newsgraph\",\"ver",
        &["cut.json", "malformed JSON graph"],
    );
    graph_fails_with("cut.bin", b"NGRAPH\x01", &["cut.bin", "truncated"]);
}

#[test]
fn graphs_from_a_newer_version_are_refused() {
    let full = small_graph().replacen("version: 1,", "version: 99,", 1);
    graph_fails_with(
        "new.ron",
        full.as_bytes(),
        &["new.ron", "newer newsgraph", "99"],
    );
}

#[test]
fn hand_edited_graphs_with_dangling_edges_are_refused() {
    let full = small_graph();
    assert!(full.contains("source: \""), "the graph has edges");
    let broken = full.replacen("source: \"", "source: \"ghost-", 1);
    graph_fails_with(
        "edited.ron",
        broken.as_bytes(),
        &["edited.ron", "missing node", "ghost-"],
    );
}

#[test]
fn lexicon_errors_give_line_and_column() {
    let d = tempfile::tempdir().unwrap();
    let lex = write(
        d.path(),
        "mine.ron",
        b"(\n  countries: [\n    (name: \"Atlantis\" demonyms: [])\n  ],\n)\n",
    );
    let art = write(d.path(), "a.txt", b"Atlantis met Lemuria.");
    let err = fails(&[
        "build",
        s(&art),
        "--output",
        s(&d.path().join("g.ron")),
        "--lexicon",
        s(&lex),
    ]);
    assert!(err.contains("mine.ron") && err.contains('3'), "{err}");
}

#[test]
fn pathological_articles_finish() {
    let d = tempfile::tempdir().unwrap();
    // One 2 MB sentence without punctuation, and a name repeated 50,000 times.
    let long = "word ".repeat(400_000);
    let repeated = "Netanyahu met Abbas and ".repeat(50_000);
    let p1 = write(d.path(), "long.txt", long.as_bytes());
    let p2 = write(d.path(), "names.txt", repeated.as_bytes());
    let g = d.path().join("g.ron");
    let out = run(&["build", s(&p1), s(&p2), "--output", s(&g)]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("hit extraction limits") && err.contains("long"),
        "{err}"
    );
    let ex = ok(&["extract", s(&p1), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&ex).unwrap();
    let limits = v["limits"].as_array().unwrap();
    assert!(
        limits.len() >= 400,
        "every 1000-token piece is reported: {}",
        limits.len()
    );
    assert!(limits[0].as_str().unwrap().contains("cut at 1000 tokens"));
}

#[test]
fn a_fifty_megabyte_article_is_read() {
    let d = tempfile::tempdir().unwrap();
    // A named lead, then 50 MB of prose that names nobody.
    let mut big = String::from(
        "Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah el-Sisi in Cairo on Sunday.\n",
    );
    let filler = "Markets were quiet and the weather stayed mild across the region all week. ";
    big.push_str(&filler.repeat(50 * 1024 * 1024 / filler.len() + 1));
    let p = write(d.path(), "huge.txt", big.as_bytes());
    let g = d.path().join("g.ron");
    ok(&["build", s(&p), "--output", s(&g)]);
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["export", s(&g), "--format", "json"])).unwrap();
    let names: Vec<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Benjamin Netanyahu") && names.contains(&"Egypt"),
        "{names:?}"
    );
}

#[test]
fn an_interrupted_save_leaves_the_previous_graph_intact() {
    // A save writes a temporary file and renames it; simulate a crash after the
    // temporary file was written but before the rename, then check the old graph.
    let d = tempfile::tempdir().unwrap();
    let g = d.path().join("g.ron");
    let art = write(d.path(), "a.txt", b"Kerry met Netanyahu in Rome on Sunday.");
    ok(&["build", s(&art), "--output", s(&g)]);
    let before = std::fs::read(&g).unwrap();
    // A leftover partial temporary file from a killed process.
    write(
        d.path(),
        ".newsgraph-g.ron.Crash1.tmp",
        &before[..before.len() / 3],
    );
    // A build that fails halfway (bad second input) must not touch the graph.
    let bad = write(d.path(), "bad.txt", b"\0\0\0");
    fails(&["build", s(&art), s(&bad), "--output", s(&g)]);
    assert_eq!(std::fs::read(&g).unwrap(), before);
    ok(&["export", s(&g), "--format", "json"]);
}
