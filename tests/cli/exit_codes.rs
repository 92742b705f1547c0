//! Exit codes as scripts read them: 0 answered, 1 nothing found, 2 error; a reader
//! that closes standard output early ends the run quietly with 0.

use super::*;
use std::io::{BufRead, BufReader};
use std::process::Stdio;

const MIDEAST: &str = "graphs/mideast.ron";

#[test]
fn zero_when_a_query_answers() {
    for args in [
        &["show", "Netanyahu", "-g", MIDEAST][..],
        &["neighbors", "Abbas", "-g", MIDEAST][..],
        &["path", "Kerry", "Abbas", "-g", MIDEAST][..],
        &["rank", "-g", MIDEAST][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(!out.stdout.is_empty());
    }
    let help = ok(&["--help"]);
    assert!(
        help.contains("Exit codes:") && help.contains("nothing found"),
        "{help}"
    );
}

#[test]
fn one_when_nothing_is_found() {
    let e = fails_with(1, &["show", "Netanyahoo", "-g", MIDEAST]);
    assert!(e.contains("did you mean Benjamin Netanyahu"), "{e}");
    assert!(!e.contains("error"), "finding nothing is not an error: {e}");
    let e = fails_with(
        1,
        &[
            "path",
            "Netanyahu",
            "Abbas",
            "-g",
            MIDEAST,
            "--via",
            "threatened",
        ],
    );
    assert!(
        e.contains("no path from Benjamin Netanyahu to Mahmoud Abbas"),
        "{e}"
    );
    // No neighbours: the empty answer is printed, and the code says it is empty.
    let out = run(&["neighbors", "Abbas", "-g", MIDEAST, "--via", "threatened"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 neighbours"));
    let e = fails_with(
        1,
        &[
            "render",
            MIDEAST,
            "-o",
            "/tmp/never.svg",
            "--focus",
            "Netanyahoo",
        ],
    );
    assert!(e.contains("Netanyahoo"), "{e}");
}

#[test]
fn two_on_errors() {
    let d = tempfile::tempdir().unwrap();
    let bad = d.path().join("bad.ron");
    std::fs::write(&bad, "(format: \"newsgraph\", version: 1, nodes: [").unwrap();
    let e = fails_with(2, &["show", "Netanyahu", "-g", s(&bad)]);
    assert!(e.contains("bad.ron") && e.contains("malformed"), "{e}");
    // A flag value clap refuses, and one the library refuses, named by its flag.
    fails_with(2, &["neighbors", "Abbas", "-g", MIDEAST, "--depth", "many"]);
    let e = fails_with(2, &["neighbors", "Abbas", "-g", MIDEAST, "--depth", "0"]);
    assert!(e.contains("--depth must be at least 1"), "{e}");
    // Writing where no file can be.
    let blocker = d.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    let target = blocker.join("g.dot");
    let e = fails_with(2, &["render", MIDEAST, "-o", s(&target)]);
    assert!(e.contains("cannot write"), "{e}");
    fails_with(2, &["no-such-command"]);
}

#[test]
fn a_closed_standard_output_ends_the_run_quietly() {
    // Enough output that the writer is still busy when the reader has gone.
    let d = tempfile::tempdir().unwrap();
    let feed = d.path().join("feed.jsonl");
    let article = "Israeli Prime Minister Benjamin Netanyahu met Palestinian President Mahmoud Abbas in Washington.";
    let lines: String = (0..3000)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": format!("d{i}"), "text": article})
            )
        })
        .collect();
    std::fs::write(&feed, lines).unwrap();
    let mut child = bin()
        .args(["extract", s(&feed), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here, as `head -1` exits.
    let out = child.wait_with_output().unwrap();
    assert!(first.contains("\"id\":\"d0\""), "{first}");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
