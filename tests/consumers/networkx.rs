//! NetworkX loads the node-link JSON and the GraphML with every node, edge and attribute.

use super::sample::sample;
use super::{absent, newsgraph, python_json, python_with, s};

#[test]
fn networkx_reads_node_link_json_and_graphml() {
    let Some(py) = python_with(&["networkx"]) else {
        absent("Python 3 with networkx", "pip install networkx");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let json = dir.path().join("g.json");
    let graphml = dir.path().join("g.graphml");
    newsgraph(&["export", s(&sm.file), "-f", "json", "-o", s(&json)]);
    newsgraph(&["export", s(&sm.file), "-f", "graphml", "-o", s(&graphml)]);
    let id = &sm.g.node(sm.netanyahu).id;
    let got = python_json(&py, "nx_load.py", &[s(&json), s(&graphml), id]);

    let mut want_edges: Vec<serde_json::Value> =
        sm.g.graph
            .edge_indices()
            .map(|e| {
                let (a, b) = sm.g.graph.edge_endpoints(e).unwrap();
                let edge = sm.g.edge(e);
                serde_json::json!([
                    sm.g.node(a).id,
                    sm.g.node(b).id,
                    edge.relation.as_str(),
                    edge.evidence.len()
                ])
            })
            .collect();
    want_edges.sort_by_key(|v| v.to_string());
    for form in ["json", "graphml"] {
        let r = &got[form];
        assert_eq!(r["directed"], true, "{form}");
        assert_eq!(r["nodes"], sm.g.node_count(), "{form}");
        // Two relations between one pair stay two edges.
        assert_eq!(r["edges"], sm.g.edge_count(), "{form}");
        let mut edges = r["edge_list"].as_array().unwrap().clone();
        edges.sort_by_key(|v| v.to_string());
        assert_eq!(edges, want_edges, "{form}");
        assert_eq!(r["node"]["kind"], "person", "{form}");
        assert_eq!(r["node"]["name"], "Benjamin Netanyahu", "{form}");
    }
    assert_eq!(
        got["json"]["node"]["aliases"],
        serde_json::json!(["Bibi", "Netanyahu"])
    );
    assert_eq!(got["graphml"]["node"]["aliases"], "Bibi; Netanyahu");
    assert_eq!(got["graphml"]["node"]["roles"], "prime minister");
}
