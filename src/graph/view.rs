//! A selection of a graph's nodes and edges, for drawing part of it (a path, a
//! neighbourhood) with some edges highlighted.

use super::KnowledgeGraph;
#[cfg(test)]
use crate::error::Error;
use crate::error::Result;
use crate::query::topology::Topology;
use crate::query::{neighbors, resolve, Filter as QueryFilter};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use std::collections::BTreeSet;

/// Nodes and edges to draw, and the edges to emphasise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// Nodes to draw.
    pub nodes: BTreeSet<NodeIndex>,
    /// Edges to draw (both ends are in `nodes`).
    pub edges: BTreeSet<EdgeIndex>,
    /// Edges to emphasise (a subset of `edges`).
    pub highlight: BTreeSet<EdgeIndex>,
    /// What changed between two graphs, when the view draws that.
    pub changes: Changes,
}

/// The nodes and edges a later graph added or an earlier one had and lost, for drawing
/// a comparison: added ones in their own colour, removed ones dashed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Nodes only the later graph has.
    pub added_nodes: BTreeSet<NodeIndex>,
    /// Nodes only the earlier graph had.
    pub removed_nodes: BTreeSet<NodeIndex>,
    /// Edges only the later graph has.
    pub added_edges: BTreeSet<EdgeIndex>,
    /// Edges only the earlier graph had.
    pub removed_edges: BTreeSet<EdgeIndex>,
}

impl Changes {
    /// True when nothing is marked.
    pub fn is_empty(&self) -> bool {
        self.added_nodes.is_empty()
            && self.removed_nodes.is_empty()
            && self.added_edges.is_empty()
            && self.removed_edges.is_empty()
    }

    /// The marks that fall inside `view`.
    pub fn within(&self, nodes: &BTreeSet<NodeIndex>, edges: &BTreeSet<EdgeIndex>) -> Changes {
        Changes {
            added_nodes: self.added_nodes.intersection(nodes).copied().collect(),
            removed_nodes: self.removed_nodes.intersection(nodes).copied().collect(),
            added_edges: self.added_edges.intersection(edges).copied().collect(),
            removed_edges: self.removed_edges.intersection(edges).copied().collect(),
        }
    }
}

/// How a drawing marks an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Drawn as its relation is.
    Plain,
    /// Emphasised (a path, say).
    Highlighted,
    /// Only in the later of two graphs compared.
    Added,
    /// Only in the earlier of two graphs compared.
    Removed,
}

impl View {
    /// The whole graph, nothing highlighted.
    pub fn all(g: &KnowledgeGraph) -> View {
        View {
            nodes: g.graph.node_indices().collect(),
            edges: g.graph.edge_indices().collect(),
            ..View::default()
        }
    }

    /// How to mark edge `e`.
    pub fn edge_mark(&self, e: EdgeIndex) -> Mark {
        if self.changes.added_edges.contains(&e) {
            Mark::Added
        } else if self.changes.removed_edges.contains(&e) {
            Mark::Removed
        } else if self.highlight.contains(&e) {
            Mark::Highlighted
        } else {
            Mark::Plain
        }
    }

    /// How to mark node `ix`: added, removed or plain.
    pub fn node_mark(&self, ix: NodeIndex) -> Mark {
        if self.changes.added_nodes.contains(&ix) {
            Mark::Added
        } else if self.changes.removed_nodes.contains(&ix) {
            Mark::Removed
        } else {
            Mark::Plain
        }
    }

    /// Drop nodes that no edge of the view touches, except those in `keep`: in a
    /// drawing they only take room.
    pub fn drop_isolated(&mut self, g: &KnowledgeGraph, keep: &BTreeSet<NodeIndex>) -> usize {
        let mut linked = keep.clone();
        for &e in &self.edges {
            if let Some((s, t)) = g.graph.edge_endpoints(e) {
                linked.insert(s);
                linked.insert(t);
            }
        }
        let before = self.nodes.len();
        self.nodes.retain(|ix| linked.contains(ix));
        before - self.nodes.len()
    }

    /// These nodes and every edge among them that the filter allows.
    pub fn linking(
        g: &KnowledgeGraph,
        nodes: impl IntoIterator<Item = NodeIndex>,
        filter: &QueryFilter,
    ) -> View {
        let nodes: BTreeSet<NodeIndex> = nodes.into_iter().collect();
        let edges = g
            .graph
            .edge_indices()
            .filter(|&e| {
                let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
                nodes.contains(&s) && nodes.contains(&t) && filter.allows_edge(g.edge(e))
            })
            .collect();
        View {
            nodes,
            edges,
            ..View::default()
        }
    }

    /// Add an edge with both of its ends.
    pub fn add_edge(&mut self, g: &KnowledgeGraph, e: EdgeIndex) {
        if let Some((s, t)) = g.graph.edge_endpoints(e) {
            self.nodes.insert(s);
            self.nodes.insert(t);
            self.edges.insert(e);
        }
    }
}

/// What part of a graph to draw or export: the neighbourhood of some focus entities
/// (or the whole graph), under a query filter (relations, kinds, a minimum amount of
/// evidence).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Names (or ids) to centre on; empty for the whole graph.
    pub focus: Vec<String>,
    /// How many hops from the focus to include; a meeting is one hop between its
    /// actors unless the filter turns meeting hops off.
    pub depth: usize,
    /// Which edges and nodes may be used.
    pub query: QueryFilter,
}

impl Filter {
    /// True when the filter keeps the whole graph.
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }
}

/// The focus entities of a filter, each once, in the order named.
pub fn focus_nodes(g: &KnowledgeGraph, f: &Filter) -> Result<Vec<NodeIndex>> {
    let mut focus = Vec::new();
    for name in &f.focus {
        let ix = resolve(g, name)?;
        if !focus.contains(&ix) {
            focus.push(ix);
        }
    }
    Ok(focus)
}

/// The part of the graph a filter selects: around a focus, the neighbourhood that
/// [`neighbors::reach`] finds (the search behind the `neighbors` query); otherwise
/// every node of an allowed kind. Unknown focus names are an
/// [`Error::UnknownName`](crate::error::Error::UnknownName) with near matches; names that
/// fit several entities an `AmbiguousName` listing them.
pub fn select(g: &KnowledgeGraph, f: &Filter) -> Result<View> {
    let q = &f.query;
    let focus = focus_nodes(g, f)?;
    let mut view = if focus.is_empty() {
        let nodes = g
            .node_indices()
            .filter(|&ix| q.allows_kind(g.node(ix).kind));
        View::linking(g, nodes, q)
    } else {
        let topo = Topology::build(g, q);
        let starts: Vec<u32> = focus.iter().filter_map(|&ix| topo.dense(ix)).collect();
        let (reached, _) = neighbors::reach(&topo, q, &starts, f.depth, usize::MAX);
        View::linking(g, neighbors::reached_nodes(&topo, &starts, &reached), q)
    };
    // Once edges are filtered out, nodes left without any would float alone; keep them
    // only when nothing but kinds was asked for, or when they are the focus.
    if q.restricts_edges() {
        let keep = focus.into_iter().collect();
        view.drop_isolated(g, &keep);
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Relation};
    use crate::query::testgraph::mini;
    use crate::query::time::within;

    /// The whole graph under a query filter.
    fn only(query: QueryFilter) -> Filter {
        Filter {
            query,
            ..Filter::default()
        }
    }

    fn names(g: &KnowledgeGraph, v: &View) -> Vec<String> {
        let mut n: Vec<String> = v.nodes.iter().map(|&ix| g.node(ix).name.clone()).collect();
        n.sort();
        n
    }

    #[test]
    fn everything_when_unfiltered() {
        let m = mini();
        let v = select(&m.g, &Filter::default()).unwrap();
        assert_eq!(v, View::all(&m.g));
    }

    #[test]
    fn focus_depth_passes_through_meetings() {
        let m = mini();
        let f = Filter {
            focus: vec!["Erekat".into()],
            depth: 1,
            query: QueryFilter::default(),
        };
        let v = select(&m.g, &f).unwrap();
        // Erekat's party, his planned meeting and the others in it, but not Netanyahu,
        // who is two hops away through Livni.
        assert_eq!(
            names(&m.g, &v),
            [
                "Livni and Erekat in Jerusalem",
                "Martin Indyk",
                "Palestinian Authority",
                "Saeb Erekat",
                "Tzipi Livni"
            ]
        );
        assert!(v.nodes.contains(&m.jerusalem_meeting));
        for &e in &v.edges {
            let (s, t) = m.g.graph.edge_endpoints(e).unwrap();
            assert!(v.nodes.contains(&s) && v.nodes.contains(&t));
        }
        let v0 = select(&m.g, &Filter { depth: 0, ..f }).unwrap();
        assert_eq!(names(&m.g, &v0), ["Saeb Erekat"]);
        assert!(v0.edges.is_empty());
    }

    #[test]
    fn kinds_relations_dates_and_evidence_select() {
        let m = mini();
        let people = select(
            &m.g,
            &only(QueryFilter {
                kinds: Some([EntityKind::Person].into()),
                ..QueryFilter::default()
            }),
        )
        .unwrap();
        assert!(people
            .nodes
            .iter()
            .all(|&ix| m.g.node(ix).kind == EntityKind::Person));
        // Only person-to-person edges survive.
        assert_eq!(people.edges.len(), 3);

        let conflict = select(
            &m.g,
            &only(QueryFilter {
                relations: Some([Relation::Criticized].into()),
                ..QueryFilter::default()
            }),
        )
        .unwrap();
        assert_eq!(
            names(&m.g, &conflict),
            ["Benjamin Netanyahu", "Mahmoud Abbas"]
        );

        let g2014 = within(&m.g, Some("2014"), Some("2014-12"));
        let y2014 = select(&g2014, &Filter::default()).unwrap();
        assert!(y2014.nodes.contains(&m.jerusalem_meeting));
        assert!(!y2014.nodes.contains(&m.washington_talks));

        let strong = select(
            &m.g,
            &only(QueryFilter {
                min_evidence: 2,
                ..QueryFilter::default()
            }),
        )
        .unwrap();
        assert!(strong.edges.is_empty() && strong.nodes.is_empty());
    }

    #[test]
    fn isolated_nodes_can_be_dropped() {
        let m = mini();
        let mut v = View::all(&m.g);
        // Bill Clinton has no relation in the test graph.
        let dropped = v.drop_isolated(&m.g, &BTreeSet::new());
        assert_eq!(dropped, 1);
        assert!(!v.nodes.contains(&m.bill));
        let mut v = View::all(&m.g);
        assert_eq!(v.drop_isolated(&m.g, &[m.bill].into()), 0);
    }

    #[test]
    fn unknown_focus_suggests_names() {
        let m = mini();
        let err = select(
            &m.g,
            &Filter {
                focus: vec!["Netanyahoo".into()],
                ..Filter::default()
            },
        )
        .unwrap_err();
        match &err {
            Error::UnknownName { suggestions, .. } => {
                assert!(suggestions.iter().any(|s| s.contains("Netanyahu")), "{err}")
            }
            other => panic!("unexpected {other}"),
        }
    }
}
