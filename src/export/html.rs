//! A self-contained HTML page around an SVG drawing (Graphviz's or the built-in one):
//! pan and zoom, search by name, and the evidence behind a node or edge on click.
//! Nothing is fetched when the page is viewed; the evidence travels in the page as JSON
//! keyed by the SVG element ids.

use super::dot::{edge_element_id, node_element_id};
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use serde_json::{json, Map, Value};

const TEMPLATE: &str = include_str!("view.html");

/// The data the page's script reads: nodes and edges by SVG element id.
pub fn page_data(g: &KnowledgeGraph, view: &View) -> Value {
    let mut nodes = Map::new();
    for &ix in &view.nodes {
        let n = g.node(ix);
        let edges: Vec<String> = g
            .incident(ix)
            .into_iter()
            .filter(|(e, _, _)| view.edges.contains(e))
            .map(|(e, _, _)| edge_element_id(e))
            .collect();
        let mut o = json!({
            "id": n.id,
            "name": n.name,
            "kind": n.kind,
            "aliases": n.aliases,
            "roles": n.roles,
            "edges": edges,
        });
        if let Some(m) = &n.meeting {
            o["date"] = json!(m.date.as_ref().or(m.when.as_ref()));
            o["status"] = json!(m.status);
        }
        nodes.insert(node_element_id(ix), o);
    }
    let mut edges = Map::new();
    for &e in &view.edges {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        let edge = g.edge(e);
        let evidence: Vec<Value> = edge
            .evidence
            .iter()
            .map(|ev| {
                json!({
                    "doc": ev.doc,
                    "date": ev.date,
                    "text": ev.text,
                    "modality": ev.modality,
                })
            })
            .collect();
        edges.insert(
            edge_element_id(e),
            json!({
                "source": node_element_id(s),
                "target": node_element_id(t),
                "relation": edge.relation,
                "modality": edge.modality(),
                "evidence": evidence,
            }),
        );
    }
    json!({"nodes": nodes, "edges": edges})
}

/// JSON safe inside a `<script>` element: every `<` is written as `\u003c`, so no
/// `</script>` or `<!--` in a sentence can end the element early.
fn script_json(v: &Value) -> String {
    serde_json::to_string(v)
        .expect("json serialises")
        .replace('<', "\\u003c")
}

fn html_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The page, given the SVG drawn for the same graph and view (its XML prolog and
/// doctype are dropped).
pub fn page(g: &KnowledgeGraph, view: &View, svg: &str, title: &str) -> String {
    let svg = svg.find("<svg").map_or(svg, |i| &svg[i..]);
    let data = script_json(&page_data(g, view));
    let title = html_text(title);
    // Split on the markers rather than replacing them, so nothing in the drawing or the
    // data can be mistaken for a marker.
    let mut out = String::with_capacity(TEMPLATE.len() + svg.len() + data.len());
    let mut rest = TEMPLATE;
    while let Some(i) = rest.find("<!--") {
        let Some(j) = rest[i..].find("-->") else {
            break;
        };
        let marker = &rest[i + 4..i + j];
        out.push_str(&rest[..i]);
        match marker {
            "TITLE" => out.push_str(&title),
            "SVG" => out.push_str(svg),
            "DATA" => out.push_str(&data),
            _ => out.push_str(&rest[i..i + j + 3]),
        }
        rest = &rest[i + j + 3..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    #[test]
    fn data_is_keyed_by_element_ids_and_script_safe() {
        let mut m = mini();
        let e =
            m.g.find_edge(m.netanyahu, crate::model::Relation::Criticized, m.abbas)
                .unwrap();
        m.g.graph[e].evidence[0].text = "He wrote </script><script>alert(1)</script>".into();
        let v = View::all(&m.g);
        let d = page_data(&m.g, &v);
        assert_eq!(
            d["nodes"][node_element_id(m.netanyahu)]["name"],
            "Benjamin Netanyahu"
        );
        assert_eq!(
            d["edges"][edge_element_id(e)]["source"],
            node_element_id(m.netanyahu)
        );
        let p = page(&m.g, &v, "<?xml?><svg></svg>", "a <b> & c");
        assert!(!p.contains("</script><script>alert"));
        assert!(p.contains("<title>a &lt;b&gt; &amp; c</title>"));
        assert!(p.contains("<div id=\"canvas\"><svg></svg></div>"));
        assert!(!p.contains("<?xml"));
        let parsed: Value = serde_json::from_str(
            p.split("id=\"graph-data\">")
                .nth(1)
                .unwrap()
                .split("</script>")
                .next()
                .unwrap(),
        )
        .unwrap();
        assert_eq!(parsed, d);
    }
}
