//! The Kùzu embedded graph database loads the CSV tables through the COPY script, and
//! the self-contained Cypher script, and answers a two-hop query as the graph does.

use super::sample::{sample, two_hop};
use super::{absent, newsgraph, python_json, python_with, s};

#[test]
fn kuzu_loads_csv_and_cypher_and_answers_two_hops_like_the_graph() {
    let Some(py) = python_with(&["kuzu"]) else {
        absent("Python 3 with kuzu", "pip install kuzu");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let csv_dir = dir.path().join("csv");
    std::fs::create_dir(&csv_dir).unwrap();
    newsgraph(&["export", s(&sm.file), "-f", "csv", "-o", s(&csv_dir)]);
    let script = dir.path().join("graph.cypher");
    newsgraph(&["export", s(&sm.file), "-f", "cypher", "-o", s(&script)]);

    let start = sm.g.node(sm.netanyahu).id.clone();
    let want = two_hop(&sm.g, sm.netanyahu);
    assert!(want.len() >= 3, "the sample has several two-hop neighbours");
    let from_copy = python_json(&py, "kuzu_load.py", &["copy", s(&csv_dir), &start]);
    let from_script = python_json(&py, "kuzu_load.py", &["script", s(&script), &start]);
    for (how, got) in [("copy", &from_copy), ("script", &from_script)] {
        assert_eq!(got["nodes"], sm.g.node_count(), "{how}");
        assert_eq!(got["edges"], sm.g.edge_count(), "{how}");
        assert_eq!(got["two_hop"], serde_json::json!(want), "{how}");
        assert_eq!(
            got["start"],
            serde_json::json!(["person", "Benjamin Netanyahu", "Bibi; Netanyahu", 2]),
            "{how}"
        );
        // Quotes, backslashes and commas survive both routes.
        assert_eq!(
            got["odd"],
            serde_json::json!([["Abu \"The Fox\" al-Masri \\ Jr.", "O'Neill, \"Fox\""]]),
            "{how}"
        );
        // Every relation with its evidence count, modality and dates.
        let rels = got["rels"].as_array().unwrap();
        assert_eq!(rels.len(), sm.g.edge_count(), "{how}");
        let crit = sm.g.edge(sm.criticized);
        let row = rels
            .iter()
            .find(|r| r[1] == "criticized")
            .unwrap_or_else(|| panic!("{how}: no criticized edge"));
        assert_eq!(row[3], crit.evidence.len(), "{how}");
        assert_eq!(row[4], "asserted", "{how}");
        assert_eq!(row[5], "2010-09-02; 2016-02-21", "{how}");
        assert!(rels.iter().any(|r| r[4] == "negated"), "{how}");
        // A sentence with a line break arrives on one line.
        assert!(
            rels.iter()
                .any(|r| r[6]
                    == "Turkish President Recep Tayyip Erdoğan said he would host a summit."),
            "{how}"
        );
    }
}
