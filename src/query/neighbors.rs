//! The neighbourhood of an entity: everything within a few hops, with how each was
//! reached.

use super::path::{hop_edges, HopOut};
use super::topology::{Arc, Hop, Topology};
use super::{table, Filter, LimitHit, NodeRef};
use crate::error::{Error, Param, Result};
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::BTreeSet;

/// Most entities one neighbourhood query lists: the nearest, by depth then name. The
/// search itself needs no cap on `depth`: it stops at the first level that reaches no
/// new entity, having seen each entity once.
pub const MAX_NEIGHBORS: usize = 10_000;

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
    /// Caps the search ran into; the list is then partial.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<LimitHit>,
}

/// Everything within `depth` hops of `start` under the filter; nodes of kinds the filter
/// does not allow are neither listed nor passed through. At most [`MAX_NEIGHBORS`] are
/// listed, the nearest.
pub fn neighbors(
    g: &KnowledgeGraph,
    start: NodeIndex,
    depth: usize,
    filter: &Filter,
) -> Result<NeighborReport> {
    neighbors_within(g, start, depth, filter, MAX_NEIGHBORS)
}

/// An entity reached by [`reach`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reached {
    /// Hops from the nearest start.
    pub depth: usize,
    /// The node one hop nearer, by dense number.
    pub from: u32,
    /// The link followed from it.
    pub arc: Arc,
}

/// The neighbourhood search behind `neighbors` and behind drawings around a focus:
/// breadth first from every start at once, level by level up to `depth`, entering only
/// nodes of kinds the filter allows. Each node is reached once, from the nearest start.
/// Once `max` nodes are reached at the end of a level the search stops; the flag
/// returned tells whether anything lay beyond.
pub fn reach(
    topo: &Topology,
    filter: &Filter,
    starts: &[u32],
    depth: usize,
    max: usize,
) -> (Vec<Reached>, bool) {
    let mut seen = vec![false; topo.len()];
    for &s in starts {
        seen[s as usize] = true;
    }
    let mut frontier = starts.to_vec();
    let mut reached = Vec::new();
    let enters =
        |seen: &[bool], a: &Arc| !seen[a.to as usize] && filter.allows_kind(topo.kind(a.to));
    for d in 1..=depth {
        if reached.len() >= max {
            // Whole levels are searched, so the nearest are known; anything further
            // out would not be listed.
            let more = frontier
                .iter()
                .any(|&u| topo.arcs(u).iter().any(|a| enters(&seen, a)));
            return (reached, more);
        }
        let mut next = Vec::new();
        for &u in &frontier {
            for arc in topo.arcs(u) {
                if !enters(&seen, arc) {
                    continue;
                }
                seen[arc.to as usize] = true;
                next.push(arc.to);
                reached.push(Reached {
                    depth: d,
                    from: u,
                    arc: *arc,
                });
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    (reached, false)
}

/// [`neighbors`], listing at most `max` entities.
pub fn neighbors_within(
    g: &KnowledgeGraph,
    start: NodeIndex,
    depth: usize,
    filter: &Filter,
    max: usize,
) -> Result<NeighborReport> {
    if depth == 0 {
        return Err(Error::parameter(Param::Depth, "must be at least 1"));
    }
    let topo = Topology::build(g, filter);
    let s = topo
        .dense(start)
        .ok_or_else(|| Error::Query("start node not in graph".into()))?;
    // Output rows are made only for those listed, so a huge neighbourhood costs a few
    // words per entity.
    let (mut reached, more) = reach(&topo, filter, &[s], depth, max);
    let node = |r: &Reached| g.node(topo.node(r.arc.to));
    reached.sort_by(|a, b| {
        let (x, y) = (node(a), node(b));
        (a.depth, &x.name, &x.id).cmp(&(b.depth, &y.name, &y.id))
    });
    let mut limits = Vec::new();
    if reached.len() > max || more {
        limits.push(LimitHit {
            limit: "neighbors",
            value: max as u64,
            note: format!(
                "more than {max} entities lie within {depth} hop{}: the {max} nearest are listed (by depth, then name)",
                if depth == 1 { "" } else { "s" }
            ),
        });
        reached.truncate(max);
    }
    let out = reached
        .iter()
        .map(|r| Neighbor {
            depth: r.depth,
            node: NodeRef::new(g, topo.node(r.arc.to)),
            via: HopOut::new(g, &topo, r.from, &r.arc),
        })
        .collect();
    Ok(NeighborReport {
        center: NodeRef::new(g, start),
        depth,
        neighbors: out,
        limits,
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
    let notes: String = r
        .limits
        .iter()
        .map(|l| format!("note: {}\n", l.note))
        .collect();
    format!(
        "{} ({}): {} neighbour{} within {} hop{}\n{}{}",
        r.center.name,
        r.center.kind,
        r.neighbors.len(),
        if r.neighbors.len() == 1 { "" } else { "s" },
        r.depth,
        if r.depth == 1 { "" } else { "s" },
        notes,
        table(&["depth", "kind", "name", "via", "documents"], &rows)
    )
}

/// The neighbourhood for drawing: the centre, its neighbours and the meetings their
/// hops went through, every allowed edge among them, and the edges that reached each
/// neighbour highlighted.
pub fn view(g: &KnowledgeGraph, r: &NeighborReport, filter: &Filter) -> View {
    let ix = |id: &str| g.by_id(id).expect("node of the report");
    let mut nodes = vec![ix(&r.center.id)];
    let mut highlight = Vec::new();
    for n in &r.neighbors {
        nodes.push(ix(&n.node.id));
        if let HopOut::Meeting { meeting, .. } = &n.via {
            nodes.push(ix(&meeting.id));
        }
        highlight.extend(hop_edges(g, &n.via));
    }
    let mut v = View::linking(g, nodes, filter);
    v.highlight = highlight.into_iter().collect();
    v
}

/// The nodes [`reach`] found, with the starts and the meetings that meeting hops went
/// through, as graph nodes: what a drawing around the starts shows.
pub fn reached_nodes(topo: &Topology, starts: &[u32], reached: &[Reached]) -> Vec<NodeIndex> {
    let mut nodes: Vec<NodeIndex> = starts.iter().map(|&s| topo.node(s)).collect();
    for r in reached {
        nodes.push(topo.node(r.arc.to));
        if let Hop::Meeting { meeting, .. } = topo.hop(&r.arc) {
            nodes.push(meeting);
        }
    }
    nodes
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

    #[test]
    fn the_listing_is_capped_to_the_nearest_and_says_so() {
        let m = mini();
        let f = Filter::default();
        let full = neighbors(&m.g, m.erekat, 2, &f).unwrap();
        assert!(full.limits.is_empty());
        assert!(full.neighbors.len() > 4);
        let r = neighbors_within(&m.g, m.erekat, 1, &f, 2).unwrap();
        assert_eq!(
            listed(&r),
            vec![(1, "Livni and Erekat in Jerusalem"), (1, "Martin Indyk")]
        );
        assert_eq!(r.neighbors, full.neighbors[..2]);
        assert_eq!(r.limits.len(), 1);
        assert_eq!(r.limits[0].limit, "neighbors");
        assert_eq!(r.limits[0].value, 2);
        let text = render_text(&m.g, &r);
        assert!(
            text.starts_with(
                "Saeb Erekat (person): 2 neighbours within 1 hop\nnote: more than 2 entities lie within 1 hop: the 2 nearest are listed"
            ),
            "{text}"
        );
        let json: serde_json::Value = serde_json::from_str(&crate::query::to_json(&r)).unwrap();
        assert_eq!(json["limits"][0]["limit"], "neighbors");
        // Exactly as many as the cap within the depth: complete, nothing noted.
        let r = neighbors_within(&m.g, m.erekat, 1, &f, 4).unwrap();
        assert_eq!(r.neighbors.len(), 4);
        assert!(r.limits.is_empty());
        assert!(!crate::query::to_json(&r).contains("limits"));
        // The cap reached after one level with more beyond it.
        let r = neighbors_within(&m.g, m.erekat, 5, &f, 4).unwrap();
        assert_eq!(r.neighbors, full.neighbors[..4]);
        assert_eq!(r.limits.len(), 1);
    }

    #[test]
    fn several_starts_reach_each_node_once_from_the_nearest() {
        let m = mini();
        let f = Filter::default();
        let topo = Topology::build(&m.g, &f);
        let d = |ix| topo.dense(ix).unwrap();
        let starts = [d(m.erekat), d(m.netanyahu)];
        let (reached, more) = reach(&topo, &f, &starts, 1, usize::MAX);
        assert!(!more);
        let nodes: Vec<u32> = reached.iter().map(|r| r.arc.to).collect();
        let distinct: BTreeSet<u32> = nodes.iter().copied().collect();
        assert_eq!(nodes.len(), distinct.len(), "each node once");
        assert!(reached
            .iter()
            .all(|r| r.depth == 1 && !starts.contains(&r.arc.to)));
        // Livni is one hop from both; Indyk only from Erekat, Israel only from Netanyahu.
        for ix in [m.livni, m.indyk, m.israel] {
            assert!(distinct.contains(&d(ix)), "{}", m.g.node(ix).name);
        }
        let one = |s| {
            let (r, _) = reach(&topo, &f, &[s], 1, usize::MAX);
            r.into_iter().map(|r| r.arc.to).collect::<BTreeSet<u32>>()
        };
        let union: BTreeSet<u32> = one(starts[0])
            .union(&one(starts[1]))
            .copied()
            .filter(|u| !starts.contains(u))
            .collect();
        assert_eq!(distinct, union);
    }

    #[test]
    fn any_depth_ends_once_nothing_new_is_reached() {
        let m = mini();
        let f = Filter::default();
        let deep = neighbors(&m.g, m.erekat, usize::MAX, &f).unwrap();
        let ten = neighbors(&m.g, m.erekat, 10, &f).unwrap();
        assert_eq!(deep.neighbors, ten.neighbors);
        assert!(deep.limits.is_empty());
    }
}
