//! GraphML, as read by NetworkX (`read_graphml`), Gephi, yEd and Cytoscape. List-valued
//! attributes (aliases, roles, dates) are joined with `"; "`, since GraphML has no lists.

use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use crate::query::time::{Dates, Seen};
use std::fmt::Write;

/// Separator for list-valued attributes.
pub const LIST_SEP: &str = "; ";

/// Escape text for XML content and attribute values, dropping characters XML 1.0 cannot
/// carry (most control characters).
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// (id, for, attr.name, attr.type) of every key declared.
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("kind", "node", "kind", "string"),
    ("name", "node", "name", "string"),
    ("aliases", "node", "aliases", "string"),
    ("roles", "node", "roles", "string"),
    ("mentions", "node", "mentions", "int"),
    ("documents", "node", "documents", "int"),
    ("when", "node", "when", "string"),
    ("date", "node", "date", "string"),
    ("status", "node", "status", "string"),
    ("first_seen", "all", "first_seen", "string"),
    ("last_seen", "all", "last_seen", "string"),
    ("relation", "edge", "relation", "string"),
    ("family", "edge", "family", "string"),
    ("modality", "edge", "modality", "string"),
    ("evidence_count", "edge", "evidence_count", "int"),
    ("dates", "edge", "dates", "string"),
    ("valid_from", "edge", "valid_from", "string"),
    ("valid_to", "edge", "valid_to", "string"),
    ("evidence", "edge", "evidence", "string"),
    ("highlight", "edge", "highlight", "boolean"),
];

fn data(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(
        out,
        "      <data key=\"{key}\">{}</data>",
        xml_escape(value)
    );
}

/// GraphML text of the part of the graph in `view`. Node ids are the graph's node ids;
/// edge ids are `e` and the edge index. `evidence` holds the first evidence sentence.
pub fn to_string(g: &KnowledgeGraph, view: &View) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, on, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    let seen_dates = Dates::of(g);
    let seen = |out: &mut String, s: Seen| {
        if let (Some(first), Some(last)) = (&s.first, &s.last) {
            data(out, "first_seen", first);
            data(out, "last_seen", last);
        }
    };
    for &ix in &view.nodes {
        let n = g.node(ix);
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&n.id));
        data(&mut out, "kind", n.kind.as_str());
        data(&mut out, "name", &n.name);
        let join = |set: &std::collections::BTreeSet<String>| {
            set.iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(LIST_SEP)
        };
        if !n.aliases.is_empty() {
            data(&mut out, "aliases", &join(&n.aliases));
        }
        if !n.roles.is_empty() {
            data(&mut out, "roles", &join(&n.roles));
        }
        data(&mut out, "mentions", &n.mentions.to_string());
        data(&mut out, "documents", &n.documents.len().to_string());
        if let Some(m) = &n.meeting {
            if let Some(w) = &m.when {
                data(&mut out, "when", w);
            }
            if let Some(d) = &m.date {
                data(&mut out, "date", d);
            }
            data(&mut out, "status", m.status.as_str());
        }
        seen(&mut out, seen_dates.node(g, ix));
        out.push_str("    </node>\n");
    }
    for &e in &view.edges {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        let edge = g.edge(e);
        let _ = writeln!(
            out,
            "    <edge id=\"e{}\" source=\"{}\" target=\"{}\">",
            e.index(),
            xml_escape(&g.node(s).id),
            xml_escape(&g.node(t).id)
        );
        data(&mut out, "relation", edge.relation.as_str());
        data(
            &mut out,
            "family",
            super::family_str(edge.relation.family()),
        );
        data(&mut out, "modality", edge.modality().as_str());
        data(&mut out, "evidence_count", &edge.evidence.len().to_string());
        let dates: Vec<&str> = edge.dates().into_iter().collect();
        if !dates.is_empty() {
            data(&mut out, "dates", &dates.join(LIST_SEP));
        }
        if let Some(v) = edge.validity() {
            for (key, day) in [("valid_from", &v.from), ("valid_to", &v.to)] {
                if let Some(day) = day {
                    data(&mut out, key, day);
                }
            }
        }
        seen(&mut out, seen_dates.edge(g, e));
        if let Some(ev) = edge.evidence.first() {
            data(&mut out, "evidence", &ev.text);
        }
        if view.highlight.contains(&e) {
            data(&mut out, "highlight", "true");
        }
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    #[test]
    fn xml_escaping_drops_what_xml_cannot_hold() {
        assert_eq!(
            xml_escape("a<b>&\"c\" 'd'\u{1}é"),
            "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;é"
        );
    }

    #[test]
    fn every_node_and_edge_is_written_with_attributes() {
        let m = mini();
        let x = to_string(&m.g, &View::all(&m.g));
        assert_eq!(x.matches("<node ").count(), m.g.node_count());
        assert_eq!(x.matches("<edge ").count(), m.g.edge_count());
        assert!(
            x.contains("<data key=\"aliases\">Bibi; Netanyahu</data>"),
            "{x}"
        );
        assert!(x.contains("<data key=\"status\">planned</data>"));
        assert!(x.contains("<data key=\"dates\">2016-02-21</data>"));
    }
}
