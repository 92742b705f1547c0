//! Node-link JSON, the form NetworkX's `node_link_graph` reads.

use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use crate::query::time::Dates;
use serde_json::{json, Map, Value};

/// The graph as NetworkX node-link JSON: `nodes` with `id`, `kind`, `name`, `aliases`,
/// `first_seen` and `last_seen` (and `when`/`date`/`status` for meetings); `links` with
/// `source`, `target`, `relation`, `modality`, `first_seen`, `last_seen`,
/// `evidence_count` and `evidence`, and `valid_from`/`valid_to` for a role the lexicon
/// gives with its term. Dates nothing gives are null.
pub fn node_link(g: &KnowledgeGraph) -> Value {
    node_link_view(g, &View::all(g))
}

/// Node-link JSON of the part of the graph in `view`. Two entities may be linked by
/// several relations, so it is a multigraph whose edge keys are the relation names
/// (NetworkX: `node_link_graph(data, edges="links")`).
pub fn node_link_view(g: &KnowledgeGraph, view: &View) -> Value {
    let dates = Dates::of(g);
    let nodes: Vec<Value> = view
        .nodes
        .iter()
        .map(|&ix| {
            let n = &g.graph[ix];
            let mut o = Map::new();
            o.insert("id".into(), json!(n.id));
            o.insert("kind".into(), json!(n.kind));
            o.insert("name".into(), json!(n.name));
            o.insert("aliases".into(), json!(n.aliases));
            o.insert("documents".into(), json!(n.documents));
            o.insert("mentions".into(), json!(n.mentions));
            let seen = dates.node(g, ix);
            o.insert("first_seen".into(), json!(seen.first));
            o.insert("last_seen".into(), json!(seen.last));
            if !n.roles.is_empty() {
                o.insert("roles".into(), json!(n.roles));
            }
            if let Some(m) = &n.meeting {
                o.insert("when".into(), json!(m.when));
                o.insert("date".into(), json!(m.date));
                o.insert("status".into(), json!(m.status));
            }
            Value::Object(o)
        })
        .collect();
    let links: Vec<Value> = view
        .edges
        .iter()
        .map(|&e| {
            let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
            let edge = &g.graph[e];
            let seen = dates.edge(g, e);
            let mut link = json!({
                "source": g.graph[s].id,
                "target": g.graph[t].id,
                "key": edge.relation,
                "relation": edge.relation,
                "family": edge.relation.family(),
                "dates": edge.dates(),
                "first_seen": seen.first,
                "last_seen": seen.last,
                "modality": edge.modality(),
                "evidence_count": edge.evidence.len(),
                "evidence": edge.evidence,
            });
            if let Some(v) = edge.validity() {
                link["valid_from"] = json!(v.from);
                link["valid_to"] = json!(v.to);
            }
            if view.highlight.contains(&e) {
                link["highlight"] = json!(true);
            }
            link
        })
        .collect();
    json!({
        "directed": true,
        "multigraph": true,
        "graph": {"documents": g.documents.len()},
        "nodes": nodes,
        "links": links,
    })
}

/// Pretty-printed node-link JSON text.
pub fn to_string(g: &KnowledgeGraph) -> String {
    view_to_string(g, &View::all(g))
}

/// Pretty-printed node-link JSON text of the part of the graph in `view`.
pub fn view_to_string(g: &KnowledgeGraph, view: &View) -> String {
    let mut s = serde_json::to_string_pretty(&node_link_view(g, view)).expect("json serialises");
    s.push('\n');
    s
}
