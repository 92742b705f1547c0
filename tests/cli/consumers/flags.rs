//! The selection and format flags of `export` and `render`, and their errors.

use super::sample::sample;
use super::{newsgraph, s};
use std::process::Command;

fn fails(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .output()
        .unwrap();
    assert!(!out.status.success(), "newsgraph {args:?} should fail");
    String::from_utf8(out.stderr).unwrap()
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_slice(&newsgraph(args).stdout).unwrap()
}

fn names(v: &serde_json::Value) -> Vec<String> {
    let mut n: Vec<String> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect();
    n.sort();
    n
}

#[test]
fn selection_flags_narrow_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let f = s(&sm.file);
    let all = json(&["export", f, "-f", "json"]);
    assert_eq!(all["nodes"].as_array().unwrap().len(), sm.g.node_count());

    let people = json(&["export", f, "-f", "json", "--kinds", "person"]);
    assert_eq!(
        names(&people),
        [
            "Abu \"The Fox\" al-Masri \\ Jr.",
            "Benjamin Netanyahu",
            "Hillary Clinton",
            "Mahmoud Abbas",
            "Recep Tayyip Erdoğan"
        ]
    );
    let conflict = json(&[
        "export",
        f,
        "-f",
        "json",
        "--relations",
        "criticized,threatened",
    ]);
    assert_eq!(conflict["links"].as_array().unwrap().len(), 2);

    let y2016 = json(&[
        "export",
        f,
        "-f",
        "json",
        "--since",
        "2016",
        "--until",
        "2016-12-31",
    ]);
    assert!(names(&y2016).contains(&"Ankara summit".to_string()));
    assert!(!names(&y2016).contains(&"Netanyahu-Abbas talks".to_string()));

    let strong = json(&["export", f, "-f", "json", "--min-evidence", "2"]);
    assert_eq!(names(&strong), ["Benjamin Netanyahu", "Mahmoud Abbas"]);

    // One hop around Clinton, as `neighbors` counts hops: the talks she hosted and the
    // two who met there, but not the place, which is a hop beyond the talks.
    let focus = json(&[
        "export", f, "-f", "json", "--focus", "Clinton", "--depth", "1",
    ]);
    assert_eq!(
        names(&focus),
        [
            "Benjamin Netanyahu",
            "Hillary Clinton",
            "Mahmoud Abbas",
            "Netanyahu-Abbas talks",
            "United States"
        ]
    );
    let graphml = String::from_utf8(
        newsgraph(&[
            "export", f, "-f", "graphml", "--focus", "Clinton", "--depth", "0",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(graphml.matches("<node ").count(), 1);
}

#[test]
fn bad_selections_are_explained() {
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let f = s(&sm.file);
    let err = fails(&["export", f, "-f", "json", "--focus", "Netanyahoo"]);
    assert!(
        err.contains("Netanyahoo") && err.contains("Benjamin Netanyahu"),
        "{err}"
    );
    let err = fails(&["export", f, "-f", "json", "--since", "last year"]);
    assert!(err.contains("--since"), "{err}");
    let err = fails(&["export", f, "-f", "json", "--relations", "hugged"]);
    assert!(err.contains("hugged"), "{err}");
    let err = fails(&["export", f, "-f", "csv"]);
    assert!(err.contains("--output"), "{err}");
    let err = fails(&["export", f, "-f", "ron", "--kinds", "person"]);
    assert!(err.contains("whole graph"), "{err}");
    let err = fails(&["render", f, "-o", s(&dir.path().join("g.jpeg"))]);
    assert!(err.contains("g.jpeg") && err.contains(".svg"), "{err}");
    let err = fails(&["render", s(&dir.path().join("missing.ron")), "-o", "x.svg"]);
    assert!(err.contains("missing.ron"), "{err}");
}

#[test]
fn csv_goes_to_a_directory_or_a_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let prefix = dir.path().join("out").join("mideast-");
    newsgraph(&["export", s(&sm.file), "-f", "csv", "-o", s(&prefix)]);
    let nodes = std::fs::read_to_string(dir.path().join("out/mideast-nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(dir.path().join("out/mideast-edges.csv")).unwrap();
    let script = std::fs::read_to_string(dir.path().join("out/mideast-load.cypher")).unwrap();
    assert_eq!(nodes.lines().count(), sm.g.node_count() + 1);
    assert_eq!(edges.lines().count(), sm.g.edge_count() + 1);
    assert!(
        script.contains("COPY Entity FROM 'mideast-nodes.csv'"),
        "{script}"
    );
}
