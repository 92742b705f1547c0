//! An overview of a graph too big to read in one drawing: the most important entities
//! by a centrality measure, the links among them, and the meetings that tie two of
//! them together.

use super::rank::{self, Measure};
use super::topology::Topology;
use super::Filter;
use crate::error::{Error, Param, Result};
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use crate::model::{EntityKind, Relation};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

/// Drawings of more nodes than this are hard to read: above it, an overview is drawn
/// unless everything is asked for.
pub const READABLE_NODES: usize = 150;

/// Entities an overview shows unless told otherwise.
pub const DEFAULT_TOP: usize = 40;

/// Shortest-path trees betweenness is estimated from in an overview: exact betweenness
/// takes time proportional to nodes times edges, minutes on a corpus of tens of
/// thousands of entities; this many trees take seconds.
pub const BETWEENNESS_SOURCES: usize = 500;

/// What an overview shows and what it leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// The nodes and edges to draw.
    pub view: View,
    /// The measure the entities were chosen by.
    pub measure: Measure,
    /// Entities shown (meetings not counted).
    pub entities: usize,
    /// Edges shown between two entities (the rest tie entities to meetings).
    pub links: usize,
    /// Meetings shown.
    pub meetings: usize,
    /// Meetings of the selection that tie two or more shown entities; the ones with
    /// most of them are shown.
    pub tying_meetings: usize,
    /// Nodes of the selection the overview stands for.
    pub of_nodes: usize,
    /// Edges of the selection the overview stands for.
    pub of_edges: usize,
    /// For betweenness on a large graph: the number of shortest-path trees the
    /// estimate was made from.
    pub sampled_from: Option<usize>,
}

impl Overview {
    fn describe_meetings(&self) -> String {
        let (n, of) = (self.meetings, self.tying_meetings);
        match (n, of) {
            (1, 1) => "the meeting that ties two of them".into(),
            (n, of) if n == of => format!("the {n} meetings that tie two of them"),
            (n, of) => {
                format!("{n} of the {of} meetings that tie two of them (those with most of them)")
            }
        }
    }

    /// Nodes of the selection left out.
    pub fn nodes_left_out(&self) -> usize {
        self.of_nodes - self.view.nodes.len()
    }

    /// Edges of the selection left out.
    pub fn edges_left_out(&self) -> usize {
        self.of_edges - self.view.edges.len()
    }

    /// What was drawn and left out, in words: `the 40 entities of highest degree that
    /// are linked to one another (of 1541 nodes), the 62 links among them and 5
    /// meetings that tie two of them; 1496 nodes and 1083 edges left out`.
    pub fn describe(&self) -> String {
        let mut how = self.measure.as_str().to_string();
        if let Some(n) = self.sampled_from {
            how.push_str(&format!(", estimated from {n} shortest-path trees,"));
        }
        format!(
            "the {} entities of highest {how} that are linked to one another (of {} nodes), \
             the {} links among them and {}; {} nodes and {} edges left out",
            self.entities,
            self.of_nodes,
            self.links,
            self.describe_meetings(),
            self.nodes_left_out(),
            self.edges_left_out()
        )
    }
}

/// At most one meeting for this many entities shown: the meetings that tie the most
/// of them are drawn, since around a few entities of a large corpus there can be more
/// meetings than entities.
pub const ENTITIES_PER_MEETING: usize = 4;

/// Rounds of replacing entities that would float unlinked in an overview with the next
/// ones in rank: a few suffice, each bringing in entities linked to those already there.
const REFILL_ROUNDS: usize = 5;

/// Summarise `selection`: its `top` entities by `measure` (as `rank` scores them under
/// the filter) that are linked to one another, and `keep` whatever their score; every
/// edge of the selection between two of them; and each meeting of the selection at
/// which two or more of them took part, with those roles and where it was held if that
/// place is shown. An entity with no link to another shown one gives its place to the
/// next in rank, so the drawing is not a column of unconnected names.
pub fn overview(
    g: &KnowledgeGraph,
    selection: &View,
    filter: &Filter,
    measure: Measure,
    top: usize,
    keep: &[NodeIndex],
) -> Result<Overview> {
    if top == 0 {
        return Err(Error::parameter(Param::Top, "must be at least 1"));
    }
    let topo = Topology::build(g, filter);
    let sampled = measure == Measure::Betweenness && topo.len() > BETWEENNESS_SOURCES;
    let scores = if sampled {
        rank::betweenness_sampled(&topo, BETWEENNESS_SOURCES)
    } else {
        rank::scores(g, &topo, filter, measure)
    };
    let score = |ix: NodeIndex| topo.dense(ix).map_or(0.0, |u| scores[u as usize]);
    let mut ranked: Vec<NodeIndex> = selection
        .nodes
        .iter()
        .copied()
        .filter(|&ix| g.node(ix).kind != EntityKind::Meeting)
        .collect();
    ranked.sort_by(|&a, &b| {
        let (x, y) = (g.node(a), g.node(b));
        score(b)
            .total_cmp(&score(a))
            .then_with(|| (&x.name, &x.id).cmp(&(&y.name, &y.id)))
    });
    let links = Links::of(g, selection);
    let keep: BTreeSet<NodeIndex> = keep
        .iter()
        .copied()
        .filter(|ix| selection.nodes.contains(ix))
        .collect();
    let shown = pick_linked(&ranked, top, &keep, &links);
    Ok(draw_among(g, selection, shown, &keep, measure, sampled))
}

/// Who is linked to whom in a selection: entities by an edge, and the actors of each
/// meeting.
struct Links {
    neighbours: BTreeMap<NodeIndex, BTreeSet<NodeIndex>>,
    meetings: Vec<BTreeSet<NodeIndex>>,
}

impl Links {
    fn of(g: &KnowledgeGraph, selection: &View) -> Links {
        let mut neighbours: BTreeMap<NodeIndex, BTreeSet<NodeIndex>> = BTreeMap::new();
        let mut actors: BTreeMap<NodeIndex, BTreeSet<NodeIndex>> = BTreeMap::new();
        for &e in &selection.edges {
            let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
            let meeting = |ix| g.node(ix).kind == EntityKind::Meeting;
            if s == t {
                continue;
            }
            match (meeting(s), meeting(t)) {
                (false, false) => {
                    neighbours.entry(s).or_default().insert(t);
                    neighbours.entry(t).or_default().insert(s);
                }
                (false, true) if g.edge(e).relation.is_meeting_role() => {
                    actors.entry(t).or_default().insert(s);
                }
                _ => {}
            }
        }
        Links {
            neighbours,
            meetings: actors.into_values().filter(|a| a.len() >= 2).collect(),
        }
    }

    /// The members of `set` linked to no other member.
    fn unlinked(&self, set: &BTreeSet<NodeIndex>) -> BTreeSet<NodeIndex> {
        let mut linked = BTreeSet::new();
        for &ix in set {
            if self
                .neighbours
                .get(&ix)
                .is_some_and(|n| n.iter().any(|o| set.contains(o)))
            {
                linked.insert(ix);
            }
        }
        for actors in &self.meetings {
            let present: Vec<&NodeIndex> = actors.iter().filter(|a| set.contains(a)).collect();
            if present.len() >= 2 {
                linked.extend(present);
            }
        }
        set.difference(&linked).copied().collect()
    }
}

/// The first `top` of `ranked`, with entities that no other chosen one links to
/// replaced by the next in rank, a few rounds over; those still unlinked at the end are
/// left out, save the ones to `keep`.
fn pick_linked(
    ranked: &[NodeIndex],
    top: usize,
    keep: &BTreeSet<NodeIndex>,
    links: &Links,
) -> BTreeSet<NodeIndex> {
    let mut shown: BTreeSet<NodeIndex> = ranked.iter().take(top).copied().collect();
    shown.extend(keep);
    let mut next = top;
    for _ in 0..REFILL_ROUNDS {
        let out: Vec<NodeIndex> = links
            .unlinked(&shown)
            .into_iter()
            .filter(|ix| !keep.contains(ix))
            .collect();
        if out.is_empty() || next >= ranked.len() {
            break;
        }
        for ix in &out {
            shown.remove(ix);
        }
        let more = ranked[next..].iter().take(out.len());
        next += out.len();
        shown.extend(more);
    }
    let out = links.unlinked(&shown);
    shown.retain(|ix| keep.contains(ix) || !out.contains(ix));
    shown
}

/// The overview of `selection` showing the entities in `shown` (those left without any
/// link once meetings are capped go, save the ones to `keep`).
fn draw_among(
    g: &KnowledgeGraph,
    selection: &View,
    mut shown: BTreeSet<NodeIndex>,
    keep: &BTreeSet<NodeIndex>,
    measure: Measure,
    sampled: bool,
) -> Overview {
    let mut view = View {
        nodes: shown.clone(),
        ..View::default()
    };
    // Each meeting's roles and places among the shown entities.
    let mut roles: BTreeMap<NodeIndex, Vec<EdgeIndex>> = BTreeMap::new();
    let mut places: BTreeMap<NodeIndex, Vec<EdgeIndex>> = BTreeMap::new();
    for &e in &selection.edges {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        let relation = g.edge(e).relation;
        if shown.contains(&s) && shown.contains(&t) {
            view.edges.insert(e);
        } else if shown.contains(&s) && g.node(t).kind == EntityKind::Meeting {
            if relation.is_meeting_role() {
                roles.entry(t).or_default().push(e);
            }
        } else if shown.contains(&t) && relation == Relation::HeldIn {
            places.entry(s).or_default().push(e);
        }
    }
    let links = view.edges.len();
    let mut tying: Vec<(usize, NodeIndex, Vec<EdgeIndex>)> = roles
        .into_iter()
        .filter_map(|(m, role_edges)| {
            let actors: BTreeSet<NodeIndex> = role_edges
                .iter()
                .map(|&e| g.graph.edge_endpoints(e).expect("edge exists").0)
                .collect();
            (actors.len() >= 2).then_some((actors.len(), m, role_edges))
        })
        .collect();
    let tying_meetings = tying.len();
    // Most shown actors first, then by name and id.
    tying.sort_by(|a, b| {
        let (x, y) = (g.node(a.1), g.node(b.1));
        b.0.cmp(&a.0)
            .then_with(|| (&x.name, &x.id).cmp(&(&y.name, &y.id)))
    });
    tying.truncate(shown.len().div_ceil(ENTITIES_PER_MEETING));
    let meetings = tying.len();
    for (_, m, role_edges) in tying {
        view.nodes.insert(m);
        view.edges.extend(role_edges);
        view.edges.extend(places.remove(&m).unwrap_or_default());
    }
    // Entities linked to the others only through meetings not drawn would float alone.
    view.drop_isolated(g, keep);
    shown.retain(|ix| view.nodes.contains(ix));
    view.highlight = selection
        .highlight
        .intersection(&view.edges)
        .copied()
        .collect();
    view.changes = selection.changes.within(&view.nodes, &view.edges);
    Overview {
        entities: shown.len(),
        meetings,
        tying_meetings,
        of_nodes: selection.nodes.len(),
        of_edges: selection.edges.len(),
        sampled_from: sampled.then_some(BETWEENNESS_SOURCES),
        measure,
        links,
        view,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    fn names(g: &KnowledgeGraph, v: &View, kind_meeting: bool) -> Vec<String> {
        let mut n: Vec<String> = v
            .nodes
            .iter()
            .filter(|&&ix| (g.node(ix).kind == EntityKind::Meeting) == kind_meeting)
            .map(|&ix| g.node(ix).name.clone())
            .collect();
        n.sort();
        n
    }

    #[test]
    fn the_top_entities_their_links_and_a_meeting_that_ties_them() {
        let m = mini();
        let all = View::all(&m.g);
        let o = overview(&m.g, &all, &Filter::default(), Measure::Degree, 3, &[]).unwrap();
        assert_eq!(
            names(&m.g, &o.view, false),
            ["Benjamin Netanyahu", "Hillary Clinton", "Mahmoud Abbas"]
        );
        // One meeting for three entities: of the two that tie all three, the first by
        // name.
        assert_eq!(names(&m.g, &o.view, true), ["Sharm el-Sheikh talks"]);
        assert_eq!(o.tying_meetings, 2);
        for &e in &o.view.edges {
            let (s, t) = m.g.graph.edge_endpoints(e).unwrap();
            assert!(o.view.nodes.contains(&s) && o.view.nodes.contains(&t));
        }
        assert_eq!(
            (o.entities, o.meetings, o.of_nodes),
            (3, 1, all.nodes.len())
        );
        assert_eq!(o.nodes_left_out(), all.nodes.len() - 4);
        let d = o.describe();
        assert!(
            d.starts_with(
                "the 3 entities of highest degree that are linked to one another (of 15 nodes)"
            ),
            "{d}"
        );
        assert!(d.contains("meeting"), "{d}");
    }

    #[test]
    fn entities_to_keep_stay_and_unlinked_ones_give_way() {
        let m = mini();
        let all = View::all(&m.g);
        let o = overview(
            &m.g,
            &all,
            &Filter::default(),
            Measure::Pagerank,
            2,
            &[m.bill],
        )
        .unwrap();
        // Bill Clinton has no relation at all: kept because asked for, alone.
        assert!(o.view.nodes.contains(&m.bill));
        let others: Vec<NodeIndex> = o
            .view
            .nodes
            .iter()
            .copied()
            .filter(|&ix| ix != m.bill && m.g.node(ix).kind != EntityKind::Meeting)
            .collect();
        assert!(!others.is_empty());
        // Every other entity shown is linked to another shown one.
        for ix in others {
            assert!(
                o.view.edges.iter().any(|&e| {
                    let (s, t) = m.g.graph.edge_endpoints(e).unwrap();
                    s == ix || t == ix
                }),
                "{} floats alone",
                m.g.node(ix).name
            );
        }
        let err = overview(&m.g, &all, &Filter::default(), Measure::Degree, 0, &[]).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Parameter {
                    param: Param::Top,
                    ..
                }
            ),
            "{err}"
        );
    }
}
