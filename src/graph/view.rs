//! A selection of a graph's nodes and edges, for drawing part of it (a path, a
//! neighbourhood) with some edges highlighted.

use super::KnowledgeGraph;
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
}

impl View {
    /// The whole graph, nothing highlighted.
    pub fn all(g: &KnowledgeGraph) -> View {
        View {
            nodes: g.graph.node_indices().collect(),
            edges: g.graph.edge_indices().collect(),
            highlight: BTreeSet::new(),
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
