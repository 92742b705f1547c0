//! The neighbourhood of an entity: everything within a few hops, with how each was
//! reached.

use super::path::{hop_edges, HopOut};
use super::topology::Topology;
use super::{table, Filter, NodeRef};
use crate::error::{Error, Result};
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::BTreeSet;

/// One entity near the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Neighbor {
    /// Hops from the start.
    pub depth: usize,
    /// The entity.
    pub node: NodeRef,
    /// The hop that first reached it (from a node one hop nearer).
    pub via: HopOut,
}

/// The answer to a neighbourhood query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeighborReport {
    /// The start.
    pub center: NodeRef,
    /// Depth searched.
    pub depth: usize,
    /// Neighbours by depth, then name, then id.
    pub neighbors: Vec<Neighbor>,
}

/// Everything within `depth` hops of `start` under the filter; nodes of kinds the filter
/// does not allow are neither listed nor passed through.
pub fn neighbors(
    g: &KnowledgeGraph,
    start: NodeIndex,
    depth: usize,
    filter: &Filter,
) -> Result<NeighborReport> {
    if depth == 0 {
        return Err(Error::Query("--depth must be at least 1".into()));
    }
    let topo = Topology::build(g, filter);
    let s = topo
        .dense(start)
        .ok_or_else(|| Error::Query("start node not in graph".into()))?;
    let mut seen = vec![false; topo.len()];
    seen[s as usize] = true;
    let mut frontier = vec![s];
    let mut out = Vec::new();
    for d in 1..=depth {
        let mut next = Vec::new();
        for &u in &frontier {
            for arc in topo.arcs(u) {
                let v = arc.to;
                if seen[v as usize] || !filter.allows_kind(topo.kind(v)) {
                    continue;
                }
                seen[v as usize] = true;
                next.push(v);
                out.push(Neighbor {
                    depth: d,
                    node: NodeRef::new(g, topo.node(v)),
                    via: HopOut::new(g, &topo, filter, u, arc),
                });
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    out.sort_by(|a, b| {
        (a.depth, &a.node.name, &a.node.id).cmp(&(b.depth, &b.node.name, &b.node.id))
    });
    Ok(NeighborReport {
        center: NodeRef::new(g, start),
        depth,
        neighbors: out,
    })
}

/// The report as a table.
pub fn render_text(g: &KnowledgeGraph, r: &NeighborReport) -> String {
    let rows: Vec<Vec<String>> = r
        .neighbors
        .iter()
        .map(|n| {
            let docs: BTreeSet<&str> = n.via.evidence().iter().map(|e| e.doc.as_str()).collect();
            vec![
                n.depth.to_string(),
                n.node.kind.to_string(),
                n.node.name.clone(),
                n.via.line(g),
                docs.into_iter().collect::<Vec<_>>().join(", "),
            ]
        })
        .collect();
    format!(
        "{} ({}): {} neighbour{} within {} hop{}\n{}",
        r.center.name,
        r.center.kind,
        r.neighbors.len(),
        if r.neighbors.len() == 1 { "" } else { "s" },
        r.depth,
        if r.depth == 1 { "" } else { "s" },
        table(&["depth", "kind", "name", "via", "documents"], &rows)
    )
}

/// The neighbourhood for drawing: its nodes, every allowed edge among them, the edges
/// that reached each neighbour highlighted.
pub fn view(g: &KnowledgeGraph, r: &NeighborReport, filter: &Filter) -> View {
    let mut v = View::default();
    let ix = |id: &str| g.by_id(id).expect("node of the report");
    v.nodes.insert(ix(&r.center.id));
    for n in &r.neighbors {
        v.nodes.insert(ix(&n.node.id));
    }
    // Meetings passed through by meeting hops are drawn too.
    for n in &r.neighbors {
        if let HopOut::Meeting { meeting, .. } = &n.via {
            v.nodes.insert(ix(&meeting.id));
        }
    }
    for e in g.graph.edge_indices() {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        if s != t && v.nodes.contains(&s) && v.nodes.contains(&t) && filter.allows_edge(g.edge(e)) {
            v.edges.insert(e);
        }
    }
    for n in &r.neighbors {
        for e in hop_edges(g, &n.via) {
            v.highlight.insert(e);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Relation;
    use crate::query::parse_kinds;
    use crate::query::testgraph::mini;

    fn listed(r: &NeighborReport) -> Vec<(usize, &str)> {
        r.neighbors
            .iter()
            .map(|n| (n.depth, n.node.name.as_str()))
            .collect()
    }

    #[test]
    fn direct_neighbours_include_co_participants() {
        let m = mini();
        let r = neighbors(&m.g, m.erekat, 1, &Filter::default()).unwrap();
        assert_eq!(
            listed(&r),
            vec![
                (1, "Livni and Erekat in Jerusalem"),
                (1, "Martin Indyk"),
                (1, "Palestinian Authority"),
                (1, "Tzipi Livni"),
            ]
        );
        match &r.neighbors[1].via {
            HopOut::Meeting {
                from_role, to_role, ..
            } => {
                assert_eq!(
                    (*from_role, *to_role),
                    (Relation::ParticipantIn, Relation::Mediated)
                )
            }
            h => panic!("expected a meeting hop, got {h:?}"),
        }
    }

    #[test]
    fn kinds_and_depth() {
        let m = mini();
        let f = Filter {
            kinds: Some(parse_kinds("person").unwrap()),
            ..Filter::default()
        };
        let r = neighbors(&m.g, m.erekat, 2, &f).unwrap();
        assert_eq!(
            listed(&r),
            vec![
                (1, "Martin Indyk"),
                (1, "Tzipi Livni"),
                (2, "Benjamin Netanyahu")
            ]
        );
        assert_eq!(
            r.neighbors[2].via.line(&m.g),
            "Tzipi Livni —told→ Benjamin Netanyahu"
        );
        assert!(neighbors(&m.g, m.erekat, 0, &f).is_err());
        let text = render_text(&m.g, &r);
        assert!(
            text.starts_with("Saeb Erekat (person): 3 neighbours within 2 hops\n"),
            "{text}"
        );
        let v = view(&m.g, &r, &f);
        // Erekat, Indyk, Livni, Netanyahu and the meeting the hops went through.
        assert_eq!(v.nodes.len(), 5);
        assert!(v.highlight.is_subset(&v.edges));
        assert_eq!(v.highlight.len(), 4);
    }
}
