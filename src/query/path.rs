//! Shortest paths between two entities, and the k shortest simple paths (Yen's
//! algorithm), over a [`Topology`] with each hop's evidence.

use super::topology::{Arc, Hop, Topology};
use super::{EvidenceRef, Filter, NodeRef};
use crate::error::{Error, Result};
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use crate::model::{EntityKind, MeetingStatus, Relation};
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::BTreeMap;

/// What to search for.
#[derive(Debug, Clone)]
pub struct PathQuery {
    /// Edges and intermediate nodes allowed.
    pub filter: Filter,
    /// Number of distinct simple paths wanted (1 = the shortest only).
    pub k: usize,
    /// Longest path accepted, in hops.
    pub max_hops: Option<usize>,
}

impl Default for PathQuery {
    fn default() -> PathQuery {
        PathQuery {
            filter: Filter::default(),
            k: 1,
            max_hops: None,
        }
    }
}

/// A path by dense node numbers and the arcs between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPath {
    /// Nodes from start to end.
    pub nodes: Vec<u32>,
    /// `arcs[i]` links `nodes[i]` to `nodes[i + 1]`.
    pub arcs: Vec<Arc>,
}

impl RawPath {
    /// Number of hops.
    pub fn len(&self) -> usize {
        self.arcs.len()
    }

    /// True for a path of no hops.
    pub fn is_empty(&self) -> bool {
        self.arcs.is_empty()
    }

    fn is_simple(&self) -> bool {
        let mut seen = self.nodes.clone();
        seen.sort_unstable();
        seen.windows(2).all(|w| w[0] != w[1])
    }
}

const UNSEEN: u32 = u32::MAX;

/// Breadth-first search state over (node, entered-a-meeting-by-role) pairs, reused
/// between searches: only the entries touched are reset.
pub struct Bfs {
    parent: Vec<u32>,
    via: Vec<Arc>,
    touched: Vec<u32>,
    kinds_ok: [bool; EntityKind::ALL.len()],
}

impl Bfs {
    /// Buffers for a topology, with the filter's node kinds allowed in between.
    pub fn new(topo: &Topology, filter: &Filter) -> Bfs {
        let mut kinds_ok = [true; EntityKind::ALL.len()];
        for (i, k) in EntityKind::ALL.iter().enumerate() {
            kinds_ok[i] = filter.allows_kind(*k);
        }
        Bfs {
            parent: vec![UNSEEN; topo.len() * 2],
            via: vec![Arc::default(); topo.len() * 2],
            touched: Vec::new(),
            kinds_ok,
        }
    }

    fn kind_ok(&self, topo: &Topology, v: u32) -> bool {
        self.kinds_ok[topo.kind(v) as usize]
    }

    /// The shortest path from `src` to `dst` of at most `max_hops` hops, avoiding the
    /// banned nodes and (from, to) links. `src_by_role` says the start is a meeting
    /// entered by a role edge (a spur in Yen's algorithm). Ties go to the neighbour
    /// with the lowest node index, level by level.
    #[allow(clippy::too_many_arguments)]
    pub fn run(
        &mut self,
        topo: &Topology,
        src: u32,
        src_by_role: bool,
        dst: u32,
        max_hops: usize,
        banned_nodes: &[u32],
        banned_links: &[(u32, u32)],
    ) -> Option<RawPath> {
        for &s in &self.touched {
            self.parent[s as usize] = UNSEEN;
        }
        self.touched.clear();
        let s0 = src * 2 + u32::from(src_by_role);
        for s in [src * 2, src * 2 + 1] {
            self.parent[s as usize] = s0;
            self.touched.push(s);
        }
        let mut frontier = vec![s0];
        let mut next = Vec::new();
        let mut depth = 0;
        while !frontier.is_empty() && depth < max_hops {
            for &s in &frontier {
                let (u, by_role) = (s / 2, s % 2 == 1);
                for arc in topo.arcs(u) {
                    let v = arc.to;
                    if !topo.may_continue(u, by_role, arc)
                        || (v != dst && !self.kind_ok(topo, v))
                        || banned_nodes.contains(&v)
                        || banned_links.contains(&(u, v))
                    {
                        continue;
                    }
                    let flag =
                        topo.meeting_hops() && arc.is_role() && topo.kind(v) == EntityKind::Meeting;
                    let t = v * 2 + u32::from(flag);
                    if self.parent[t as usize] != UNSEEN {
                        continue;
                    }
                    self.parent[t as usize] = s;
                    self.via[t as usize] = *arc;
                    self.touched.push(t);
                    if v == dst {
                        return Some(self.trace(s0, t));
                    }
                    next.push(t);
                }
            }
            std::mem::swap(&mut frontier, &mut next);
            next.clear();
            depth += 1;
        }
        None
    }

    fn trace(&self, s0: u32, mut t: u32) -> RawPath {
        let mut nodes = vec![t / 2];
        let mut arcs = Vec::new();
        while t != s0 {
            arcs.push(self.via[t as usize]);
            t = self.parent[t as usize];
            nodes.push(t / 2);
        }
        nodes.reverse();
        arcs.reverse();
        RawPath { nodes, arcs }
    }
}

/// Up to `k` shortest simple paths from `src` to `dst`, by length then by the node
/// numbers along them (Yen's algorithm over breadth-first searches).
pub fn k_shortest(
    topo: &Topology,
    filter: &Filter,
    src: u32,
    dst: u32,
    k: usize,
    max_hops: usize,
) -> Vec<RawPath> {
    let mut bfs = Bfs::new(topo, filter);
    let Some(first) = bfs.run(topo, src, false, dst, max_hops, &[], &[]) else {
        return Vec::new();
    };
    let mut found = vec![first];
    let mut candidates: BTreeMap<(usize, Vec<u32>), Vec<Arc>> = BTreeMap::new();
    while found.len() < k {
        let prev = found.last().expect("one path found").clone();
        for i in 0..prev.len() {
            let spur = prev.nodes[i];
            let root = &prev.nodes[..=i];
            let banned_links: Vec<(u32, u32)> = found
                .iter()
                .filter(|p| p.nodes.len() > i + 1 && &p.nodes[..=i] == root)
                .map(|p| (p.nodes[i], p.nodes[i + 1]))
                .collect();
            let by_role = i > 0
                && topo.meeting_hops()
                && topo.kind(spur) == EntityKind::Meeting
                && prev.arcs[i - 1].is_role();
            let Some(spur_path) = bfs.run(
                topo,
                spur,
                by_role,
                dst,
                max_hops - i,
                &root[..i],
                &banned_links,
            ) else {
                continue;
            };
            let mut nodes = root[..i].to_vec();
            nodes.extend(&spur_path.nodes);
            let mut arcs = prev.arcs[..i].to_vec();
            arcs.extend(&spur_path.arcs);
            let p = RawPath { nodes, arcs };
            if p.is_simple() && !found.iter().any(|f| f.nodes == p.nodes) {
                candidates.entry((p.len(), p.nodes)).or_insert(p.arcs);
            }
        }
        let Some(((_, nodes), arcs)) = candidates.pop_first() else {
            break;
        };
        found.push(RawPath { nodes, arcs });
    }
    found
}

/// A meeting as shown in a hop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingRef {
    /// Node id.
    pub id: String,
    /// Label.
    pub name: String,
    /// Date, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
}

impl MeetingRef {
    /// The output form of a meeting node.
    pub fn new(g: &KnowledgeGraph, ix: NodeIndex) -> MeetingRef {
        let n = g.node(ix);
        MeetingRef {
            id: n.id.clone(),
            name: n.name.clone(),
            date: n.meeting.as_ref().and_then(|m| m.date.clone()),
            status: n.meeting.as_ref().map(|m| m.status).unwrap_or_default(),
        }
    }
}

/// One hop of a path as output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HopOut {
    /// A relation edge, read `source —relation→ target`.
    Edge {
        /// Id of the node the hop leaves.
        from: String,
        /// Id of the node it reaches.
        to: String,
        /// The relation.
        relation: Relation,
        /// True when the edge points from `from` to `to`.
        forward: bool,
        /// Evidence items for the edge (inside the date window).
        evidence_count: usize,
        /// The evidence shown.
        #[serde(skip_serializing_if = "Option::is_none")]
        evidence: Option<EvidenceRef>,
    },
    /// Both ends took part in the same meeting.
    Meeting {
        /// Id of the node the hop leaves.
        from: String,
        /// Id of the node it reaches.
        to: String,
        /// The meeting.
        meeting: MeetingRef,
        /// The role of `from` in it.
        from_role: Relation,
        /// The role of `to` in it.
        to_role: Relation,
        /// The evidence shown (one per distinct sentence of the two roles).
        evidence: Vec<EvidenceRef>,
    },
}

impl HopOut {
    /// The output form of the arc from `u`.
    pub fn new(g: &KnowledgeGraph, topo: &Topology, filter: &Filter, u: u32, arc: &Arc) -> HopOut {
        let (from_ix, to_ix) = (topo.node(u), topo.node(arc.to));
        let (from, to) = (g.node(from_ix).id.clone(), g.node(to_ix).id.clone());
        match topo.hop(arc) {
            Hop::Edge(e) => {
                let (s, _) = g.graph.edge_endpoints(e).expect("edge exists");
                let edge = g.edge(e);
                HopOut::Edge {
                    from,
                    to,
                    relation: edge.relation,
                    forward: s == from_ix,
                    evidence_count: filter.evidence(edge).count(),
                    evidence: filter.best_evidence(edge).map(EvidenceRef::from),
                }
            }
            Hop::Meeting { meeting, a, b } => {
                let a_from = g.graph.edge_endpoints(a).map(|(s, _)| s) == Some(from_ix);
                let (ef, et) = if a_from { (a, b) } else { (b, a) };
                let mut evidence: Vec<EvidenceRef> = Vec::new();
                for e in [ef, et] {
                    if let Some(ev) = filter.best_evidence(g.edge(e)) {
                        let ev = EvidenceRef::from(ev);
                        if !evidence
                            .iter()
                            .any(|x| x.doc == ev.doc && x.sentence == ev.sentence)
                        {
                            evidence.push(ev);
                        }
                    }
                }
                HopOut::Meeting {
                    from,
                    to,
                    meeting: MeetingRef::new(g, meeting),
                    from_role: g.edge(ef).relation,
                    to_role: g.edge(et).relation,
                    evidence,
                }
            }
        }
    }

    /// The hop as one readable line: `A —relation→ B`, `A ←relation— B`, or
    /// `A —role→ [meeting] ←role— B`.
    pub fn line(&self, g: &KnowledgeGraph) -> String {
        let name = |id: &str| {
            g.by_id(id)
                .map(|ix| g.node(ix).name.clone())
                .unwrap_or_else(|| id.to_string())
        };
        match self {
            HopOut::Edge {
                from,
                to,
                relation,
                forward,
                ..
            } => {
                if *forward {
                    format!("{} —{}→ {}", name(from), relation, name(to))
                } else {
                    format!("{} ←{}— {}", name(from), relation, name(to))
                }
            }
            HopOut::Meeting {
                from,
                to,
                meeting,
                from_role,
                to_role,
                ..
            } => {
                let date = meeting
                    .date
                    .as_deref()
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default();
                format!(
                    "{} —{}→ [meeting: {}{}] ←{}— {}",
                    name(from),
                    from_role,
                    meeting.name,
                    date,
                    to_role,
                    name(to)
                )
            }
        }
    }

    /// The evidence shown for the hop.
    pub fn evidence(&self) -> Vec<&EvidenceRef> {
        match self {
            HopOut::Edge { evidence, .. } => evidence.iter().collect(),
            HopOut::Meeting { evidence, .. } => evidence.iter().collect(),
        }
    }
}

/// One path as output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathOut {
    /// Number of hops.
    pub length: usize,
    /// The nodes along it.
    pub nodes: Vec<NodeRef>,
    /// The hops, in order.
    pub hops: Vec<HopOut>,
}

/// The answer to a path query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathReport {
    /// Start.
    pub from: NodeRef,
    /// End.
    pub to: NodeRef,
    /// Paths found, shortest first.
    pub paths: Vec<PathOut>,
}

/// Find up to `q.k` shortest paths between two nodes. No path is an error.
pub fn find_paths(
    g: &KnowledgeGraph,
    from: NodeIndex,
    to: NodeIndex,
    q: &PathQuery,
) -> Result<PathReport> {
    if q.k == 0 {
        return Err(Error::Query("--k must be at least 1".into()));
    }
    if q.max_hops == Some(0) {
        return Err(Error::Query("--max-hops must be at least 1".into()));
    }
    if from == to {
        return Err(Error::Query(format!(
            "{} and {} are the same entity ({})",
            g.node(from).name,
            g.node(to).name,
            g.node(from).id
        )));
    }
    let topo = Topology::build(g, &q.filter);
    let (s, t) = (
        topo.dense(from)
            .ok_or_else(|| Error::Query("start node not in graph".into()))?,
        topo.dense(to)
            .ok_or_else(|| Error::Query("end node not in graph".into()))?,
    );
    let raw = k_shortest(
        &topo,
        &q.filter,
        s,
        t,
        q.k,
        q.max_hops.unwrap_or(usize::MAX),
    );
    if raw.is_empty() {
        let mut msg = format!("no path from {} to {}", g.node(from).name, g.node(to).name);
        if let Some(h) = q.max_hops {
            msg.push_str(&format!(" within {h} hops"));
        }
        let f = &q.filter;
        if f.relations.is_some() || f.kinds.is_some() || !f.window.is_open() {
            msg.push_str(" under the given --via/--kinds/--since/--until filters");
        }
        return Err(Error::Query(msg));
    }
    let paths = raw
        .iter()
        .map(|p| PathOut {
            length: p.len(),
            nodes: p
                .nodes
                .iter()
                .map(|&u| NodeRef::new(g, topo.node(u)))
                .collect(),
            hops: p
                .arcs
                .iter()
                .enumerate()
                .map(|(i, a)| HopOut::new(g, &topo, &q.filter, p.nodes[i], a))
                .collect(),
        })
        .collect();
    Ok(PathReport {
        from: NodeRef::new(g, from),
        to: NodeRef::new(g, to),
        paths,
    })
}

/// The report as readable text: each path, each hop on a line with its evidence below.
pub fn render_text(g: &KnowledgeGraph, r: &PathReport) -> String {
    let mut out = format!(
        "{} → {}: {} path{}\n",
        r.from.name,
        r.to.name,
        r.paths.len(),
        if r.paths.len() == 1 { "" } else { "s" }
    );
    for (i, p) in r.paths.iter().enumerate() {
        out.push_str(&format!(
            "\n#{} ({} hop{})\n",
            i + 1,
            p.length,
            if p.length == 1 { "" } else { "s" }
        ));
        for h in &p.hops {
            out.push_str(&format!("  {}\n", h.line(g)));
            for ev in h.evidence() {
                out.push_str(&format!(
                    "      \"{}\" ({}, sentence {})\n",
                    ev.text, ev.doc, ev.sentence
                ));
            }
        }
    }
    out
}

/// The nodes and edges of the paths, for drawing; the first path's edges highlighted.
pub fn view(g: &KnowledgeGraph, r: &PathReport) -> View {
    let mut v = View::default();
    for (i, p) in r.paths.iter().enumerate() {
        for n in &p.nodes {
            v.nodes.extend(g.by_id(&n.id));
        }
        for h in &p.hops {
            for e in hop_edges(g, h) {
                v.add_edge(g, e);
                if i == 0 {
                    v.highlight.insert(e);
                }
            }
        }
    }
    v
}

/// The graph edges a hop stands for.
pub fn hop_edges(g: &KnowledgeGraph, h: &HopOut) -> Vec<petgraph::stable_graph::EdgeIndex> {
    let ix = |id: &str| g.by_id(id).expect("node of the report");
    match h {
        HopOut::Edge {
            from,
            to,
            relation,
            forward,
            ..
        } => {
            let (s, t) = if *forward {
                (ix(from), ix(to))
            } else {
                (ix(to), ix(from))
            };
            g.find_edge(s, *relation, t).into_iter().collect()
        }
        HopOut::Meeting {
            from,
            to,
            meeting,
            from_role,
            to_role,
            ..
        } => {
            let m = ix(&meeting.id);
            [
                g.find_edge(ix(from), *from_role, m),
                g.find_edge(ix(to), *to_role, m),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::{mini, Mini};
    use crate::query::{parse_kinds, parse_relations, DateWindow};

    fn names(p: &PathOut) -> Vec<&str> {
        p.nodes.iter().map(|n| n.name.as_str()).collect()
    }

    fn q(k: usize) -> PathQuery {
        PathQuery {
            k,
            ..PathQuery::default()
        }
    }

    #[test]
    fn shortest_path_keeps_direction_and_evidence() {
        let m = mini();
        let r = find_paths(&m.g, m.netanyahu, m.abbas, &q(1)).unwrap();
        assert_eq!(r.paths.len(), 1);
        let p = &r.paths[0];
        assert_eq!(names(p), vec!["Benjamin Netanyahu", "Mahmoud Abbas"]);
        match &p.hops[0] {
            HopOut::Edge {
                relation,
                forward,
                evidence,
                evidence_count,
                ..
            } => {
                assert_eq!(*relation, Relation::Criticized);
                assert!(*forward);
                assert_eq!(*evidence_count, 1);
                let ev = evidence.as_ref().unwrap();
                assert_eq!(ev.text, "Netanyahu accused Abbas of incitement.");
                assert_eq!(ev.doc, "2016-rome");
            }
            h => panic!("expected an edge, got {h:?}"),
        }
        // Read from the other end, the same edge points backwards.
        let back = find_paths(&m.g, m.abbas, m.netanyahu, &q(1)).unwrap();
        assert_eq!(
            back.paths[0].hops[0].line(&m.g),
            "Mahmoud Abbas ←criticized— Benjamin Netanyahu"
        );
    }

    #[test]
    fn date_window_leaves_the_meeting_hop() {
        let m = mini();
        let mut query = q(1);
        query.filter.window = DateWindow::new(Some("2010"), Some("2010-12")).unwrap();
        let r = find_paths(&m.g, m.netanyahu, m.abbas, &query).unwrap();
        let p = &r.paths[0];
        assert_eq!(p.length, 1);
        match &p.hops[0] {
            HopOut::Meeting {
                meeting,
                from_role,
                to_role,
                evidence,
                ..
            } => {
                assert_eq!(meeting.name, "Washington talks");
                assert_eq!(meeting.date.as_deref(), Some("2010-09-02"));
                assert_eq!(
                    (*from_role, *to_role),
                    (Relation::ParticipantIn, Relation::ParticipantIn)
                );
                // Both roles were read in one sentence: shown once.
                assert_eq!(evidence.len(), 1);
                assert_eq!(evidence[0].doc, "2010-washington");
            }
            h => panic!("expected a meeting hop, got {h:?}"),
        }
        assert_eq!(
            p.hops[0].line(&m.g),
            "Benjamin Netanyahu —participant_in→ [meeting: Washington talks, 2010-09-02] ←participant_in— Mahmoud Abbas"
        );
        // Nothing dated 2015 links them.
        query.filter.window = DateWindow::new(Some("2015"), Some("2015")).unwrap();
        let e = find_paths(&m.g, m.netanyahu, m.abbas, &query)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("no path from Benjamin Netanyahu to Mahmoud Abbas"),
            "{e}"
        );
    }

    #[test]
    fn k_shortest_paths_are_distinct_and_sorted() {
        let m = mini();
        let r = find_paths(&m.g, m.netanyahu, m.erekat, &q(4)).unwrap();
        let got: Vec<Vec<&str>> = r.paths.iter().map(names).collect();
        assert_eq!(
            got,
            vec![
                vec!["Benjamin Netanyahu", "Tzipi Livni", "Saeb Erekat"],
                vec![
                    "Benjamin Netanyahu",
                    "Mahmoud Abbas",
                    "Palestinian Authority",
                    "Saeb Erekat"
                ],
                vec![
                    "Benjamin Netanyahu",
                    "Tzipi Livni",
                    "Martin Indyk",
                    "Saeb Erekat"
                ],
                vec!["Benjamin Netanyahu", "Israel", "Tzipi Livni", "Saeb Erekat"],
            ]
        );
        let lens: Vec<usize> = r.paths.iter().map(|p| p.length).collect();
        assert_eq!(lens, vec![2, 3, 3, 3]);
        // Never through a meeting by two role edges: that is the meeting hop itself.
        for p in &r.paths {
            assert!(
                !names(p).contains(&"Livni and Erekat in Jerusalem"),
                "{:?}",
                names(p)
            );
        }
        // Asking for more than exist gives all of them, each once.
        let many = find_paths(&m.g, m.netanyahu, m.erekat, &q(50)).unwrap();
        let mut seqs: Vec<Vec<&str>> = many.paths.iter().map(names).collect();
        assert!(many.paths.windows(2).all(|w| w[0].length <= w[1].length));
        let n = seqs.len();
        seqs.sort();
        seqs.dedup();
        assert_eq!(seqs.len(), n);
        assert!(n > 4);
    }

    #[test]
    fn meetings_as_ordinary_nodes() {
        let m = mini();
        let mut query = q(1);
        query.filter.meeting_hops = false;
        let r = find_paths(&m.g, m.livni, m.erekat, &query).unwrap();
        assert_eq!(
            names(&r.paths[0]),
            vec![
                "Tzipi Livni",
                "Livni and Erekat in Jerusalem",
                "Saeb Erekat"
            ]
        );
        assert_eq!(
            r.paths[0].hops[1].line(&m.g),
            "Livni and Erekat in Jerusalem ←participant_in— Saeb Erekat"
        );
    }

    #[test]
    fn a_meeting_may_be_passed_to_reach_its_place() {
        let m = mini();
        let r = find_paths(&m.g, m.hillary, m.washington, &q(1)).unwrap();
        assert_eq!(
            names(&r.paths[0]),
            vec!["Hillary Clinton", "Washington talks", "Washington"]
        );
        let r = find_paths(&m.g, m.washington, m.abbas, &q(1)).unwrap();
        assert_eq!(
            names(&r.paths[0]),
            vec!["Washington", "Washington talks", "Mahmoud Abbas"]
        );
    }

    #[test]
    fn kinds_restrict_intermediate_nodes() {
        let Mini {
            g,
            netanyahu,
            erekat,
            ..
        } = mini();
        let mut query = q(5);
        query.filter.kinds = Some(parse_kinds("person").unwrap());
        let r = find_paths(&g, netanyahu, erekat, &query).unwrap();
        let got: Vec<Vec<&str>> = r.paths.iter().map(names).collect();
        assert_eq!(
            got,
            vec![
                vec!["Benjamin Netanyahu", "Tzipi Livni", "Saeb Erekat"],
                vec![
                    "Benjamin Netanyahu",
                    "Tzipi Livni",
                    "Martin Indyk",
                    "Saeb Erekat"
                ],
            ]
        );
    }

    #[test]
    fn via_restricts_relations() {
        let m = mini();
        let mut query = q(1);
        query.filter.relations = Some(parse_relations("leads,member_of").unwrap());
        let r = find_paths(&m.g, m.netanyahu, m.livni, &query).unwrap();
        let lines: Vec<String> = r.paths[0].hops.iter().map(|h| h.line(&m.g)).collect();
        assert_eq!(
            lines,
            vec![
                "Benjamin Netanyahu —leads→ Israel",
                "Israel ←member_of— Tzipi Livni"
            ]
        );
        let e = find_paths(&m.g, m.netanyahu, m.erekat, &query)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no path") && e.contains("filters"), "{e}");
    }

    #[test]
    fn max_hops_and_bad_requests() {
        let m = mini();
        let mut query = q(1);
        query.max_hops = Some(1);
        let e = find_paths(&m.g, m.netanyahu, m.erekat, &query)
            .unwrap_err()
            .to_string();
        assert!(e.contains("within 1 hops"), "{e}");
        query.max_hops = Some(2);
        assert_eq!(
            find_paths(&m.g, m.netanyahu, m.erekat, &query)
                .unwrap()
                .paths[0]
                .length,
            2
        );
        query.k = 10;
        let r = find_paths(&m.g, m.netanyahu, m.erekat, &query).unwrap();
        assert_eq!(r.paths.len(), 1, "only one path of at most 2 hops");
        assert!(find_paths(&m.g, m.netanyahu, m.erekat, &q(0)).is_err());
        assert!(find_paths(&m.g, m.netanyahu, m.netanyahu, &q(1)).is_err());
        let e = find_paths(&m.g, m.netanyahu, m.bill, &q(1))
            .unwrap_err()
            .to_string();
        assert_eq!(e, "no path from Benjamin Netanyahu to Bill Clinton");
    }

    #[test]
    fn text_json_and_view() {
        let m = mini();
        let mut query = q(1);
        query.filter.window = DateWindow::new(Some("2010"), Some("2010")).unwrap();
        let r = find_paths(&m.g, m.hillary, m.abbas, &query).unwrap();
        let text = render_text(&m.g, &r);
        assert!(
            text.starts_with("Hillary Clinton → Mahmoud Abbas: 1 path\n"),
            "{text}"
        );
        assert!(
            text.contains("[meeting: Washington talks, 2010-09-02]"),
            "{text}"
        );
        assert!(text.contains("(2010-washington, sentence"), "{text}");
        let json: serde_json::Value = serde_json::from_str(&crate::query::to_json(&r)).unwrap();
        assert_eq!(json["paths"][0]["hops"][0]["type"], "meeting");
        assert_eq!(json["paths"][0]["hops"][0]["from_role"], "organized");
        assert_eq!(json["from"]["id"], "person:hillary-clinton");
        let v = view(&m.g, &r);
        assert_eq!(v.nodes.len(), 3, "two ends and the meeting");
        assert_eq!(v.edges.len(), 2);
        assert_eq!(v.highlight, v.edges);
    }
}
