//! A compact undirected adjacency over the graph, built once per query under a
//! [`Filter`]: dense node numbers (the `StableGraph` may have holes), one arc per
//! neighbour pair, and meetings optionally turned into hyperedges between their actors.

use super::Filter;
use crate::graph::KnowledgeGraph;
use crate::model::EntityKind;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

const MEETING_HOP: u32 = 1 << 31;
const ROLE: u32 = 1 << 30;
const INDEX: u32 = ROLE - 1;

/// One neighbour of a node: its dense number and how it is reached.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Arc {
    /// The neighbour's dense number.
    pub to: u32,
    // High bit: meeting hop (low bits index `meeting_hops`); else an edge index, with
    // bit 30 set for an actor's role edge into a meeting.
    code: u32,
}

impl Arc {
    /// True for an actor–meeting role edge (participant_in, organized, mediated).
    pub fn is_role(&self) -> bool {
        self.code & MEETING_HOP == 0 && self.code & ROLE != 0
    }

    /// True for a hop between two actors of one meeting.
    pub fn is_meeting_hop(&self) -> bool {
        self.code & MEETING_HOP != 0
    }

    /// The same link seen from the other end, pointing at `v`.
    pub fn towards(&self, v: u32) -> Arc {
        Arc {
            to: v,
            code: self.code,
        }
    }
}

/// How two neighbours are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hop {
    /// A relation edge (in either direction).
    Edge(EdgeIndex),
    /// Both ends took part in `meeting`: their role edges into it.
    Meeting {
        /// The meeting node.
        meeting: NodeIndex,
        /// One actor's role edge.
        a: EdgeIndex,
        /// The other actor's role edge.
        b: EdgeIndex,
    },
}

/// Undirected adjacency in compressed rows.
#[derive(Debug, Clone)]
pub struct Topology {
    node_of: Vec<NodeIndex>,
    dense: Vec<u32>,
    kinds: Vec<EntityKind>,
    offsets: Vec<usize>,
    arcs: Vec<Arc>,
    meetings: Vec<(NodeIndex, EdgeIndex, EdgeIndex)>,
    meeting_hops: bool,
}

impl Topology {
    /// Build the adjacency of the edges the filter allows. Self-loops are dropped;
    /// parallel edges collapse to the lowest-numbered one, and a direct edge is
    /// preferred to a meeting hop between the same two nodes.
    pub fn build(g: &KnowledgeGraph, f: &Filter) -> Topology {
        let bound = g.graph.node_bound();
        let mut dense = vec![u32::MAX; bound];
        let mut node_of = Vec::with_capacity(g.node_count());
        let mut kinds = Vec::with_capacity(g.node_count());
        for ix in g.graph.node_indices() {
            dense[ix.index()] = node_of.len() as u32;
            node_of.push(ix);
            kinds.push(g.graph[ix].kind);
        }
        let n = node_of.len();
        // Arcs as (from, arc), grouped by a counting pass.
        let mut pending: Vec<(u32, Arc)> = Vec::with_capacity(g.edge_count() * 2);
        for e in (&g.graph).edge_references() {
            let (s, t) = (e.source(), e.target());
            if s == t || !f.allows_edge(e.weight()) {
                continue;
            }
            let (ds, dt) = (dense[s.index()], dense[t.index()]);
            let role =
                e.weight().relation.is_meeting_role() && kinds[dt as usize] == EntityKind::Meeting;
            let code = (e.id().index() as u32 & INDEX) | if role { ROLE } else { 0 };
            pending.push((ds, Arc { to: dt, code }));
            pending.push((dt, Arc { to: ds, code }));
        }
        let mut meetings = Vec::new();
        if f.meeting_hops {
            for (m, &kind) in kinds.iter().enumerate() {
                if kind != EntityKind::Meeting {
                    continue;
                }
                let mix = node_of[m];
                let mut actors: Vec<(u32, EdgeIndex)> = g
                    .graph
                    .edges_directed(mix, petgraph::Direction::Incoming)
                    .filter(|e| {
                        e.weight().relation.is_meeting_role()
                            && e.source() != mix
                            && f.allows_edge(e.weight())
                    })
                    .map(|e| (dense[e.source().index()], e.id()))
                    .collect();
                actors.sort();
                actors.dedup_by_key(|a| a.0);
                for i in 0..actors.len() {
                    for j in i + 1..actors.len() {
                        let code = MEETING_HOP | meetings.len() as u32;
                        meetings.push((mix, actors[i].1, actors[j].1));
                        pending.push((
                            actors[i].0,
                            Arc {
                                to: actors[j].0,
                                code,
                            },
                        ));
                        pending.push((
                            actors[j].0,
                            Arc {
                                to: actors[i].0,
                                code,
                            },
                        ));
                    }
                }
            }
        }
        let mut offsets = vec![0usize; n + 1];
        for (from, _) in &pending {
            offsets[*from as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut arcs = vec![Arc { to: 0, code: 0 }; pending.len()];
        for (from, arc) in pending {
            arcs[fill[from as usize]] = arc;
            fill[from as usize] += 1;
        }
        // Sort each row by neighbour (then preference) and keep one arc per neighbour.
        let mut out = 0;
        let mut new_offsets = vec![0usize; n + 1];
        for u in 0..n {
            let row = &mut arcs[offsets[u]..offsets[u + 1]];
            row.sort_unstable_by_key(|a| (a.to, a.code & MEETING_HOP, a.code & INDEX));
            let start = offsets[u];
            let len = row.len();
            let mut last = u32::MAX;
            for i in 0..len {
                let a = arcs[start + i];
                if a.to != last {
                    arcs[out] = a;
                    out += 1;
                    last = a.to;
                }
            }
            new_offsets[u + 1] = out;
        }
        arcs.truncate(out);
        arcs.shrink_to_fit();
        Topology {
            node_of,
            dense,
            kinds,
            offsets: new_offsets,
            arcs,
            meetings,
            meeting_hops: f.meeting_hops,
        }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.node_of.len()
    }

    /// True when the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.node_of.is_empty()
    }

    /// Number of arcs (each undirected link counts twice).
    pub fn arc_count(&self) -> usize {
        self.arcs.len()
    }

    /// Whether meetings are hyperedges in this adjacency.
    pub fn meeting_hops(&self) -> bool {
        self.meeting_hops
    }

    /// The graph node of a dense number.
    pub fn node(&self, u: u32) -> NodeIndex {
        self.node_of[u as usize]
    }

    /// The dense number of a graph node.
    pub fn dense(&self, ix: NodeIndex) -> Option<u32> {
        self.dense
            .get(ix.index())
            .copied()
            .filter(|&d| d != u32::MAX)
    }

    /// The kind of a node by dense number.
    pub fn kind(&self, u: u32) -> EntityKind {
        self.kinds[u as usize]
    }

    /// The neighbours of a node, sorted by dense number.
    pub fn arcs(&self, u: u32) -> &[Arc] {
        &self.arcs[self.offsets[u as usize]..self.offsets[u as usize + 1]]
    }

    /// Number of distinct neighbours.
    pub fn degree(&self, u: u32) -> usize {
        self.offsets[u as usize + 1] - self.offsets[u as usize]
    }

    /// What an arc stands for.
    pub fn hop(&self, a: &Arc) -> Hop {
        if a.is_meeting_hop() {
            let (meeting, a, b) = self.meetings[(a.code & !MEETING_HOP) as usize];
            Hop::Meeting { meeting, a, b }
        } else {
            Hop::Edge(EdgeIndex::new((a.code & INDEX) as usize))
        }
    }

    /// Whether a path may go from `prev` through meeting `u` on `next`: not in by one
    /// role edge and out by another when meetings are hyperedges, since that is the
    /// meeting hop itself.
    pub fn may_continue(&self, u: u32, entered_by_role: bool, next: &Arc) -> bool {
        !(self.meeting_hops
            && entered_by_role
            && next.is_role()
            && self.kinds[u as usize] == EntityKind::Meeting)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::{mini, Mini};

    #[test]
    fn rows_are_sorted_and_collapsed() {
        let Mini { g, .. } = mini();
        let t = Topology::build(&g, &Filter::default());
        for u in 0..t.len() as u32 {
            let row = t.arcs(u);
            assert!(
                row.windows(2).all(|w| w[0].to < w[1].to),
                "row {u} not strictly sorted"
            );
        }
    }

    #[test]
    fn meeting_hops_link_co_participants() {
        let m = mini();
        let t = Topology::build(&m.g, &Filter::default());
        // Clinton and Abbas share no edge, only two meetings: the first one links them.
        let (n, a) = (t.dense(m.hillary).unwrap(), t.dense(m.abbas).unwrap());
        let arc = t
            .arcs(n)
            .iter()
            .find(|x| x.to == a)
            .expect("Clinton–Abbas linked");
        match t.hop(arc) {
            Hop::Meeting { meeting, .. } => assert_eq!(meeting, m.washington_talks),
            h => panic!("expected a meeting hop, got {h:?}"),
        }
        let plain = Topology::build(
            &m.g,
            &Filter {
                meeting_hops: false,
                ..Filter::default()
            },
        );
        assert!(!plain.arcs(n).iter().any(|x| x.to == a));
    }

    #[test]
    fn holes_are_skipped() {
        let mut m = mini();
        m.g.graph.remove_node(m.livni);
        let t = Topology::build(&m.g, &Filter::default());
        assert_eq!(t.len(), m.g.node_count());
        assert_eq!(t.dense(m.livni), None);
        for u in 0..t.len() as u32 {
            assert_eq!(t.dense(t.node(u)), Some(u));
        }
    }
}
