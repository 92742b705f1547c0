//! A selection of a graph's nodes and edges, for drawing part of it (a path, a
//! neighbourhood) with some edges highlighted.

use super::KnowledgeGraph;
#[cfg(test)]
use crate::error::Error;
use crate::error::Result;
use crate::model::{EntityKind, Relation};
use crate::query::{resolve, DateWindow};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

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

/// What part of a graph to draw or export: a neighbourhood of some focus entities, kinds
/// and relations to keep, a date window on evidence and a minimum amount of evidence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Names (or ids) to centre on; empty for the whole graph.
    pub focus: Vec<String>,
    /// How many hops from the focus to include. Entering a meeting costs a hop and
    /// leaving it does not, so depth 1 shows the people met and not only the meeting.
    pub depth: usize,
    /// Kinds of node kept; `None` for all.
    pub kinds: Option<Vec<EntityKind>>,
    /// Relations kept; `None` for all.
    pub relations: Option<Vec<Relation>>,
    /// Earliest evidence date kept (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Latest evidence date kept.
    pub until: Option<String>,
    /// Edges with fewer pieces of evidence (inside the date window) are left out.
    pub min_evidence: usize,
}

impl Filter {
    /// True when the filter keeps the whole graph.
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }
}

/// The part of the graph a filter selects. Unknown focus names are an
/// [`Error::UnknownName`](crate::error::Error::UnknownName) with near matches; names that
/// fit several entities an `AmbiguousName` listing them.
pub fn select(g: &KnowledgeGraph, f: &Filter) -> Result<View> {
    let window = DateWindow::new(f.since.as_deref(), f.until.as_deref())?;
    let kind_ok = |ix: NodeIndex| {
        let n = g.node(ix);
        f.kinds.as_ref().is_none_or(|k| k.contains(&n.kind))
            && (window.is_open()
                || n.meeting
                    .as_ref()
                    .and_then(|m| m.date.as_deref())
                    .is_none_or(|d| window.contains(Some(d))))
    };
    let edge_ok = |e: EdgeIndex| {
        let edge = g.edge(e);
        let in_window = edge
            .evidence
            .iter()
            .filter(|ev| window.contains(ev.date.as_deref()))
            .count();
        f.relations
            .as_ref()
            .is_none_or(|r| r.contains(&edge.relation))
            && in_window >= f.min_evidence.max(1)
    };
    let mut focus = Vec::new();
    for name in &f.focus {
        let ix = resolve(g, name)?;
        if !focus.contains(&ix) {
            focus.push(ix);
        }
    }
    let mut view = View::default();
    if focus.is_empty() {
        view.nodes = g.node_indices().filter(|&ix| kind_ok(ix)).collect();
    } else {
        // 0-1 breadth-first search: a hop into a meeting costs 1, a hop out of it 0.
        let mut dist: BTreeMap<NodeIndex, usize> = BTreeMap::new();
        let mut queue = VecDeque::new();
        for &ix in &focus {
            dist.insert(ix, 0);
            queue.push_back(ix);
        }
        while let Some(ix) = queue.pop_front() {
            let d = dist[&ix];
            for (e, other, _) in g.incident(ix) {
                if !edge_ok(e) || !kind_ok(other) {
                    continue;
                }
                let cost = usize::from(g.node(ix).kind != EntityKind::Meeting);
                let nd = d + cost;
                if nd > f.depth || dist.get(&other).is_some_and(|&od| od <= nd) {
                    continue;
                }
                dist.insert(other, nd);
                if cost == 0 {
                    queue.push_front(other);
                } else {
                    queue.push_back(other);
                }
            }
        }
        view.nodes = dist.into_keys().collect();
    }
    for e in g.graph.edge_indices() {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        if view.nodes.contains(&s) && view.nodes.contains(&t) && edge_ok(e) {
            view.edges.insert(e);
        }
    }
    // Once edges are filtered out, nodes left without any would float alone; keep them
    // only when nothing but kinds was asked for, or when they are the focus.
    let restricts_edges = f.relations.is_some() || f.min_evidence > 1 || !window.is_open();
    if restricts_edges {
        let linked: BTreeSet<NodeIndex> = view
            .edges
            .iter()
            .flat_map(|&e| {
                let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
                [s, t]
            })
            .collect();
        view.nodes
            .retain(|ix| linked.contains(ix) || focus.contains(ix));
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

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
            ..Filter::default()
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
    fn kinds_relations_dates_and_evidence_filter() {
        let m = mini();
        let people = select(
            &m.g,
            &Filter {
                kinds: Some(vec![EntityKind::Person]),
                ..Filter::default()
            },
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
            &Filter {
                relations: Some(vec![Relation::Criticized]),
                ..Filter::default()
            },
        )
        .unwrap();
        assert_eq!(
            names(&m.g, &conflict),
            ["Benjamin Netanyahu", "Mahmoud Abbas"]
        );

        let y2014 = select(
            &m.g,
            &Filter {
                since: Some("2014".into()),
                until: Some("2014-12".into()),
                ..Filter::default()
            },
        )
        .unwrap();
        assert!(y2014.nodes.contains(&m.jerusalem_meeting));
        assert!(!y2014.nodes.contains(&m.washington_talks));
        assert!(!y2014.nodes.contains(&m.bill));

        let strong = select(
            &m.g,
            &Filter {
                min_evidence: 2,
                ..Filter::default()
            },
        )
        .unwrap();
        assert!(strong.edges.is_empty() && strong.nodes.is_empty());
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
