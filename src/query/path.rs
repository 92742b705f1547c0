//! Shortest paths between two entities, and the k shortest simple paths (Yen's
//! algorithm), over a [`Topology`] with each hop's evidence.

use super::topology::{Arc, Hop, Topology};
use super::{best_evidence, EvidenceRef, Filter, LimitHit, NodeRef};
use crate::error::{Error, Param, Result};
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use crate::model::{EntityKind, MeetingStatus, Relation};
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// Most paths listed for one query, whatever `k` asks for.
pub const MAX_PATHS: usize = 1000;

/// Links the search for further paths may examine (summed over Yen's spur searches)
/// before it stops with the paths found so far: about a second's work, so a request
/// for many long paths on a large graph ends. The first, shortest path is always
/// searched to the end.
pub const MAX_SEARCH_STEPS: u64 = 100_000_000;

/// What to search for.
#[derive(Debug, Clone)]
pub struct PathQuery {
    /// Edges and intermediate nodes allowed.
    pub filter: Filter,
    /// Number of distinct simple paths wanted (1 = the shortest only); at most
    /// [`MAX_PATHS`] are listed.
    pub k: usize,
    /// Longest path accepted, in hops.
    pub max_hops: Option<usize>,
    /// Budget of links examined looking for paths after the first
    /// ([`MAX_SEARCH_STEPS`] by default).
    pub search_steps: u64,
}

impl Default for PathQuery {
    fn default() -> PathQuery {
        PathQuery {
            filter: Filter::default(),
            k: 1,
            max_hops: None,
            search_steps: MAX_SEARCH_STEPS,
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
const BLOCKED: u32 = u32::MAX - 1;

/// One direction of a bidirectional search over states `node * 2 + flag`, where the
/// flag marks a meeting entered (forwards) or left (backwards) by a role edge.
struct Side {
    parent: Vec<u32>,
    dist: Vec<u32>,
    via: Vec<Arc>,
    touched: Vec<u32>,
    frontier: Vec<u32>,
}

impl Side {
    fn new(states: usize) -> Side {
        Side {
            parent: vec![UNSEEN; states],
            dist: vec![0; states],
            via: vec![Arc::default(); states],
            touched: Vec::new(),
            frontier: Vec::new(),
        }
    }

    fn reset(&mut self) {
        for &s in &self.touched {
            self.parent[s as usize] = UNSEEN;
        }
        self.touched.clear();
        self.frontier.clear();
    }

    fn mark(&mut self, s: u32, parent: u32, dist: u32, via: Arc) {
        self.parent[s as usize] = parent;
        self.dist[s as usize] = dist;
        self.via[s as usize] = via;
        self.touched.push(s);
    }

    /// A state really reached (not unseen, not a blocker).
    fn reached(&self, s: u32) -> bool {
        self.parent[s as usize] < BLOCKED
    }

    /// The nodes on the way from state `s` back to this side's root, `s`'s included.
    fn chain(&self, mut s: u32) -> impl Iterator<Item = u32> + '_ {
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let node = s / 2;
            let p = self.parent[s as usize];
            done = p == s;
            s = p;
            Some(node)
        })
    }
}

/// True when the half-paths back from `s` (on side `a`) and from `o` (on side `b`)
/// share no node apart from `v`, where they meet.
fn disjoint(a: &Side, s: u32, b: &Side, o: u32, v: u32) -> bool {
    let mine: Vec<u32> = a.chain(s).collect();
    !mine.contains(&v) && b.chain(o).all(|x| x == v || !mine.contains(&x))
}

/// Bidirectional breadth-first search, reused between searches: only the entries
/// touched are reset, so a search costs what it visits, not the graph's size.
pub struct Bfs {
    fwd: Side,
    bwd: Side,
    kinds_ok: [bool; EntityKind::ALL.len()],
    banned: Vec<bool>,
    /// Work done so far, over every search run with these buffers: links examined and
    /// nodes walked back over.
    pub steps: u64,
}

impl Bfs {
    /// Buffers for a topology, with the filter's node kinds allowed in between.
    pub fn new(topo: &Topology, filter: &Filter) -> Bfs {
        let mut kinds_ok = [true; EntityKind::ALL.len()];
        for (i, k) in EntityKind::ALL.iter().enumerate() {
            kinds_ok[i] = filter.allows_kind(*k);
        }
        Bfs {
            fwd: Side::new(topo.len() * 2),
            bwd: Side::new(topo.len() * 2),
            kinds_ok,
            banned: vec![false; topo.len()],
            steps: 0,
        }
    }

    /// A shortest path from `src` to `dst` of at most `max_hops` hops, avoiding the
    /// banned nodes and (from, to) links (sorted). `src_by_role` says the start is a meeting
    /// entered by a role edge (a spur in Yen's algorithm). The two searches grow level
    /// by level, the smaller frontier first; among equally short paths the first met
    /// in neighbour order wins, so the answer is deterministic.
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
        debug_assert!(banned_links.windows(2).all(|w| w[0] <= w[1]));
        // Banned nodes as flags: a lookup per link examined must not cost a scan.
        for &b in banned_nodes {
            self.banned[b as usize] = true;
        }
        self.steps += 2 * banned_nodes.len() as u64;
        let found = self.search(topo, src, src_by_role, dst, max_hops, banned_links);
        for &b in banned_nodes {
            self.banned[b as usize] = false;
        }
        found
    }

    fn search(
        &mut self,
        topo: &Topology,
        src: u32,
        src_by_role: bool,
        dst: u32,
        max_hops: usize,
        banned_links: &[(u32, u32)],
    ) -> Option<RawPath> {
        self.fwd.reset();
        self.bwd.reset();
        if src == dst || max_hops == 0 {
            return None;
        }
        let s0 = src * 2 + u32::from(src_by_role);
        // The start's other state is blocked: a path never comes back to it.
        self.fwd.mark(
            src * 2 + u32::from(!src_by_role),
            BLOCKED,
            0,
            Arc::default(),
        );
        self.fwd.mark(s0, s0, 0, Arc::default());
        self.fwd.frontier.push(s0);
        let d0 = dst * 2;
        self.bwd.mark(d0 + 1, BLOCKED, 0, Arc::default());
        self.bwd.mark(d0, d0, 0, Arc::default());
        self.bwd.frontier.push(d0);
        let (mut df, mut db) = (0usize, 0usize);
        while df + db < max_hops && !self.fwd.frontier.is_empty() && !self.bwd.frontier.is_empty() {
            let forward = self.fwd.frontier.len() <= self.bwd.frontier.len();
            let best = self.expand(topo, forward, src, dst, banned_links);
            if forward {
                df += 1;
            } else {
                db += 1;
            }
            if let Some((f, b)) = best {
                return Some(self.join(f, b));
            }
        }
        None
    }

    /// Grow one side by a level; the best (shortest) meeting of the two searches found
    /// on the way, as (forward state, backward state).
    fn expand(
        &mut self,
        topo: &Topology,
        forward: bool,
        src: u32,
        dst: u32,
        banned_links: &[(u32, u32)],
    ) -> Option<(u32, u32)> {
        let (me, other, far_end) = if forward {
            (&mut self.fwd, &self.bwd, dst)
        } else {
            (&mut self.bwd, &self.fwd, src)
        };
        let frontier = std::mem::take(&mut me.frontier);
        let mut next = Vec::new();
        let mut best: Option<(u32, u32, u32)> = None;
        for &s in &frontier {
            let (u, flag) = (s / 2, s % 2 == 1);
            let du = me.dist[s as usize];
            self.steps += topo.arcs(u).len() as u64;
            for arc in topo.arcs(u) {
                let v = arc.to;
                let link = if forward { (u, v) } else { (v, u) };
                if !topo.may_continue(u, flag, arc)
                    || (v != far_end && !self.kinds_ok[topo.kind(v) as usize])
                    || self.banned[v as usize]
                    || (!banned_links.is_empty() && banned_links.binary_search(&link).is_ok())
                {
                    continue;
                }
                let vflag =
                    topo.meeting_hops() && arc.is_role() && topo.kind(v) == EntityKind::Meeting;
                let t = v * 2 + u32::from(vflag);
                if me.parent[t as usize] != UNSEEN {
                    continue;
                }
                // A meeting reached before in its other state may be on this very
                // path: never come back to it.
                let twin = v * 2 + u32::from(!vflag);
                if me.reached(twin) {
                    self.steps += u64::from(du);
                    if me.chain(s).any(|x| x == v) {
                        continue;
                    }
                }
                me.mark(t, s, du + 1, *arc);
                next.push(t);
                // Meet the other side at v: not when v, a meeting, would be entered
                // and left by role edges.
                for oflag in [false, true] {
                    let o = v * 2 + u32::from(oflag);
                    if other.reached(o) && !(vflag && oflag) {
                        let len = du + 1 + other.dist[o as usize];
                        if best.is_none_or(|b| len < b.0) && {
                            self.steps += u64::from(len);
                            disjoint(me, s, other, o, v)
                        } {
                            best = Some((len, t, o));
                        }
                    }
                }
            }
        }
        me.frontier = next;
        best.map(|(_, t, o)| if forward { (t, o) } else { (o, t) })
    }

    /// The path through forward state `f` and backward state `b` (the same node).
    fn join(&self, f: u32, b: u32) -> RawPath {
        let mut nodes = vec![f / 2];
        let mut arcs = Vec::new();
        let mut s = f;
        while self.fwd.parent[s as usize] != s {
            arcs.push(self.fwd.via[s as usize]);
            s = self.fwd.parent[s as usize];
            nodes.push(s / 2);
        }
        nodes.reverse();
        arcs.reverse();
        let mut s = b;
        while self.bwd.parent[s as usize] != s {
            let next = self.bwd.parent[s as usize];
            arcs.push(self.bwd.via[s as usize].towards(next / 2));
            s = next;
            nodes.push(s / 2);
        }
        RawPath { nodes, arcs }
    }
}

/// Up to `k` shortest simple paths from `src` to `dst`, by length then by the node
/// numbers along them (Yen's algorithm over breadth-first searches), without a budget.
pub fn k_shortest(
    topo: &Topology,
    filter: &Filter,
    src: u32,
    dst: u32,
    k: usize,
    max_hops: usize,
) -> Vec<RawPath> {
    k_shortest_within(topo, filter, src, dst, k, max_hops, u64::MAX).0
}

/// [`k_shortest`], stopping once the searches after the first have examined more than
/// `budget` links; true with the paths when it stopped early. The paths returned are
/// then still the shortest ones, only fewer than `k`.
pub fn k_shortest_within(
    topo: &Topology,
    filter: &Filter,
    src: u32,
    dst: u32,
    k: usize,
    max_hops: usize,
    budget: u64,
) -> (Vec<RawPath>, bool) {
    let mut bfs = Bfs::new(topo, filter);
    let Some(first) = bfs.run(topo, src, false, dst, max_hops, &[], &[]) else {
        return (Vec::new(), false);
    };
    let spent_before = bfs.steps;
    let over = |bfs: &Bfs| bfs.steps - spent_before > budget;
    let mut stopped = false;
    let mut found = vec![first];
    // Candidates beyond the number of paths still wanted can never be picked (those
    // ahead of them only leave by being picked), so the heap keeps at most that many.
    let mut candidates: BTreeMap<(usize, Vec<u32>), Vec<Arc>> = BTreeMap::new();
    let mut found_keys: HashSet<u64> = HashSet::from([path_key(&found[0].nodes)]);
    'paths: while found.len() < k {
        let prev = found.last().expect("one path found").clone();
        // How far each path found runs along this one: a path shares the root up to
        // node i when it agrees on more than i nodes.
        let shared: Vec<usize> = found
            .iter()
            .map(|p| {
                p.nodes
                    .iter()
                    .zip(&prev.nodes)
                    .take_while(|(a, b)| a == b)
                    .count()
            })
            .collect();
        bfs.steps += shared.iter().sum::<usize>() as u64;
        for i in 0..prev.len() {
            let spur = prev.nodes[i];
            let root = &prev.nodes[..=i];
            let mut banned_links: Vec<(u32, u32)> = found
                .iter()
                .zip(&shared)
                .filter(|(p, &n)| n > i && p.nodes.len() > i + 1)
                .map(|(p, _)| (p.nodes[i], p.nodes[i + 1]))
                .collect();
            banned_links.sort_unstable();
            bfs.steps += found.len() as u64;
            let by_role = i > 0
                && topo.meeting_hops()
                && topo.kind(spur) == EntityKind::Meeting
                && prev.arcs[i - 1].is_role();
            let spur_path = bfs.run(
                topo,
                spur,
                by_role,
                dst,
                max_hops - i,
                &root[..i],
                &banned_links,
            );
            if over(&bfs) {
                // The candidates are incomplete now: the next one may not be next.
                stopped = true;
                break 'paths;
            }
            let Some(spur_path) = spur_path else {
                continue;
            };
            let mut nodes = root[..i].to_vec();
            nodes.extend(&spur_path.nodes);
            let mut arcs = prev.arcs[..i].to_vec();
            arcs.extend(&spur_path.arcs);
            let p = RawPath { nodes, arcs };
            bfs.steps += 2 * p.nodes.len() as u64;
            let known = found_keys.contains(&path_key(&p.nodes))
                && found.iter().any(|f| f.nodes == p.nodes);
            if p.is_simple() && !known {
                candidates.entry((p.len(), p.nodes)).or_insert(p.arcs);
            }
        }
        let wanted = k - found.len();
        while candidates.len() > wanted {
            candidates.pop_last();
        }
        let Some(((_, nodes), arcs)) = candidates.pop_first() else {
            break;
        };
        found_keys.insert(path_key(&nodes));
        found.push(RawPath { nodes, arcs });
    }
    // Equally long paths in node-index order, whatever order they were found in.
    found.sort_by(|a, b| (a.len(), &a.nodes).cmp(&(b.len(), &b.nodes)));
    (found, stopped)
}

/// A hash of a path's nodes, to tell quickly that a path was not found before.
fn path_key(nodes: &[u32]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &n in nodes {
        h ^= u64::from(n);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
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
        /// Evidence items for the edge.
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
    pub fn new(g: &KnowledgeGraph, topo: &Topology, u: u32, arc: &Arc) -> HopOut {
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
                    evidence_count: edge.evidence.len(),
                    evidence: best_evidence(edge).map(EvidenceRef::from),
                }
            }
            Hop::Meeting { meeting, a, b } => {
                let a_from = g.graph.edge_endpoints(a).map(|(s, _)| s) == Some(from_ix);
                let (ef, et) = if a_from { (a, b) } else { (b, a) };
                let mut evidence: Vec<EvidenceRef> = Vec::new();
                for e in [ef, et] {
                    if let Some(ev) = best_evidence(g.edge(e)) {
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
    /// Caps the search ran into; the answer may then be partial.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<LimitHit>,
}

/// Find up to `q.k` shortest paths between two nodes. No path is an error.
pub fn find_paths(
    g: &KnowledgeGraph,
    from: NodeIndex,
    to: NodeIndex,
    q: &PathQuery,
) -> Result<PathReport> {
    if q.k == 0 {
        return Err(Error::parameter(Param::PathCount, "must be at least 1"));
    }
    if q.max_hops == Some(0) {
        return Err(Error::parameter(Param::MaxHops, "must be at least 1"));
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
    let k = q.k.min(MAX_PATHS);
    let (raw, stopped) = k_shortest_within(
        &topo,
        &q.filter,
        s,
        t,
        k,
        q.max_hops.unwrap_or(usize::MAX),
        q.search_steps,
    );
    if raw.is_empty() {
        let f = &q.filter;
        return Err(Error::NoPath {
            from: g.node(from).name.clone(),
            to: g.node(to).name.clone(),
            max_hops: q.max_hops,
            filtered: f.relations.is_some() || f.kinds.is_some() || f.min_evidence > 1,
        });
    }
    let mut limits = Vec::new();
    if q.k > MAX_PATHS && raw.len() == MAX_PATHS {
        limits.push(LimitHit {
            limit: "paths",
            value: MAX_PATHS as u64,
            note: format!(
                "{} paths were asked for, more than the {MAX_PATHS} listed at most: the {MAX_PATHS} shortest are shown",
                q.k
            ),
        });
    }
    if stopped {
        limits.push(LimitHit {
            limit: "search_steps",
            value: q.search_steps,
            note: format!(
                "the search stopped after examining {} links: {} of the {k} paths asked for are shown, \
                 the shortest ones; a hop limit or fewer relations or kinds narrow the search",
                q.search_steps,
                raw.len()
            ),
        });
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
                .map(|(i, a)| HopOut::new(g, &topo, p.nodes[i], a))
                .collect(),
        })
        .collect();
    Ok(PathReport {
        from: NodeRef::new(g, from),
        to: NodeRef::new(g, to),
        paths,
        limits,
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
    for l in &r.limits {
        out.push_str(&format!("note: {}\n", l.note));
    }
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
    use crate::query::time::within;
    use crate::query::{parse_kinds, parse_relations};

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
        let query = q(1);
        let y2010 = within(&m.g, Some("2010"), Some("2010-12"));
        let r = find_paths(&y2010, m.netanyahu, m.abbas, &query).unwrap();
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
        // Nothing was reported in 2015: neither of them is in that graph.
        let y2015 = within(&m.g, Some("2015"), Some("2015"));
        assert!(y2015.lookup("Netanyahu").is_empty() && y2015.lookup("Abbas").is_empty());
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
        let y2010 = within(&m.g, Some("2010"), Some("2010"));
        let r = find_paths(&y2010, m.hillary, m.abbas, &q(1)).unwrap();
        let text = render_text(&y2010, &r);
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
        let v = view(&y2010, &r);
        assert_eq!(v.nodes.len(), 3, "two ends and the meeting");
        assert_eq!(v.edges.len(), 2);
        assert_eq!(v.highlight, v.edges);
    }

    #[test]
    fn k_is_capped_and_the_cap_reported() {
        let (g, from, to) = crate::query::testgraph::layered(40);
        // 1,600 shortest paths of three hops; an absurd k lists the first 1,000.
        let r = find_paths(&g, from, to, &q(1_000_000_000)).unwrap();
        assert_eq!(r.paths.len(), MAX_PATHS);
        assert!(r.paths.iter().all(|p| p.length == 3));
        assert_eq!(r.limits.len(), 1);
        assert_eq!(r.limits[0].limit, "paths");
        assert!(
            r.limits[0].note.contains("1000000000 paths") && r.limits[0].note.contains("1000"),
            "{:?}",
            r.limits
        );
        let text = render_text(&g, &r);
        assert!(
            text.starts_with("From → To: 1000 paths\nnote: 1000000000 paths were asked for"),
            "{}",
            &text[..200]
        );
        let json: serde_json::Value = serde_json::from_str(&crate::query::to_json(&r)).unwrap();
        assert_eq!(json["limits"][0]["limit"], "paths");
        assert_eq!(json["limits"][0]["value"], 1000);
        // Asking for exactly what exists, or fewer, notes nothing.
        let r = find_paths(&g, from, to, &q(MAX_PATHS)).unwrap();
        assert!(r.limits.is_empty());
        let json = crate::query::to_json(&r);
        assert!(
            !json.contains("\"limits\""),
            "no limits key when none is hit"
        );
    }

    #[test]
    fn the_search_budget_stops_with_the_shortest_paths_found() {
        let m = mini();
        let all = find_paths(&m.g, m.netanyahu, m.erekat, &q(50)).unwrap();
        assert!(all.limits.is_empty());
        let lengths = |r: &PathReport| r.paths.iter().map(|p| p.length).collect::<Vec<_>>();
        for budget in [0, 20, 60] {
            let query = PathQuery {
                search_steps: budget,
                ..q(50)
            };
            let r = find_paths(&m.g, m.netanyahu, m.erekat, &query).unwrap();
            assert!(r.paths.len() < all.paths.len(), "budget {budget}");
            // Whatever was found are real paths, and no path left out is shorter.
            assert_eq!(
                lengths(&r),
                lengths(&all)[..r.paths.len()],
                "budget {budget}"
            );
            assert!(r.paths.iter().all(|p| all.paths.contains(p)));
            assert_eq!(r.limits.len(), 1);
            assert_eq!(r.limits[0].limit, "search_steps");
            assert!(r.limits[0].note.contains("the search stopped"));
            assert!(render_text(&m.g, &r).contains("\nnote: the search stopped"));
        }
        // The first path is always searched for in full.
        let query = PathQuery {
            search_steps: 0,
            ..q(1)
        };
        let r = find_paths(&m.g, m.netanyahu, m.erekat, &query).unwrap();
        assert_eq!(r.paths, all.paths[..1]);
        assert!(r.limits.is_empty());
    }

    #[test]
    fn a_large_k_on_a_dense_graph_ends_within_the_budget() {
        let (g, from, to) = crate::query::testgraph::layered(120);
        let query = PathQuery {
            search_steps: 2_000_000,
            ..q(1000)
        };
        let r = find_paths(&g, from, to, &query).unwrap();
        assert!(!r.paths.is_empty() && r.paths.len() < 1000);
        assert_eq!(r.limits[0].limit, "search_steps");
        let topo = Topology::build(&g, &Filter::default());
        let (s, t) = (topo.dense(from).unwrap(), topo.dense(to).unwrap());
        let (_, stopped) =
            k_shortest_within(&topo, &Filter::default(), s, t, 50, usize::MAX, u64::MAX);
        assert!(!stopped);
    }

    /// Every simple path from `u` to `dst` the topology allows, by brute force.
    fn all_paths(t: &Topology, path: &mut Vec<u32>, by_role: bool, dst: u32, out: &mut Vec<usize>) {
        let u = *path.last().unwrap();
        if u == dst {
            out.push(path.len() - 1);
            return;
        }
        for arc in t.arcs(u) {
            if path.contains(&arc.to) || !t.may_continue(u, by_role, arc) {
                continue;
            }
            let flag = t.meeting_hops() && arc.is_role() && t.kind(arc.to) == EntityKind::Meeting;
            path.push(arc.to);
            all_paths(t, path, flag, dst, out);
            path.pop();
        }
    }

    #[test]
    fn yen_agrees_with_brute_force_on_random_graphs() {
        use crate::graph::{node_id, Node};
        use crate::model::{Evidence, Span};
        let mut seed = 0x2545f4914f6cdd1du64;
        let mut rnd = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for round in 0..400 {
            let mut g = KnowledgeGraph::new();
            let n = 5 + rnd(4);
            let kinds = [
                EntityKind::Person,
                EntityKind::Person,
                EntityKind::Meeting,
                EntityKind::Place,
            ];
            let ix: Vec<_> = (0..n)
                .map(|i| {
                    let kind = kinds[rnd(4)];
                    let name = format!("n{i}");
                    g.add_node(Node {
                        id: node_id(kind, &name),
                        kind,
                        name,
                        aliases: Default::default(),
                        documents: Default::default(),
                        mentions: 1,
                        roles: Default::default(),
                        meeting: None,
                    })
                })
                .collect();
            for _ in 0..n * 2 {
                let (a, b) = (ix[rnd(n as u64)], ix[rnd(n as u64)]);
                let (ka, kb) = (g.node(a).kind, g.node(b).kind);
                let r = match (ka, kb) {
                    (EntityKind::Meeting, EntityKind::Place) => Relation::HeldIn,
                    (EntityKind::Person, EntityKind::Meeting) => Relation::ParticipantIn,
                    _ => Relation::Consulted,
                };
                let ev = Evidence::new("d", 0, Span::new(0, 1), "x", "r");
                g.add_evidence(a, r, b, ev);
            }
            for hops in [true, false] {
                let f = Filter {
                    meeting_hops: hops,
                    ..Filter::default()
                };
                let t = Topology::build(&g, &f);
                let (s, d) = (0u32, (n - 1) as u32);
                let mut lens = Vec::new();
                all_paths(&t, &mut vec![s], false, d, &mut lens);
                lens.sort();
                let got = k_shortest(&t, &f, s, d, 6, usize::MAX);
                let got_lens: Vec<usize> = got.iter().map(|p| p.len()).collect();
                let want: Vec<usize> = lens.iter().copied().take(6).collect();
                assert_eq!(got_lens, want, "round {round}, meeting hops {hops}");
                for p in &got {
                    assert!(p.is_simple());
                    assert_eq!((p.nodes[0], *p.nodes.last().unwrap()), (s, d));
                    for (i, a) in p.arcs.iter().enumerate() {
                        assert_eq!(a.to, p.nodes[i + 1]);
                        assert!(t.arcs(p.nodes[i]).contains(a), "arc of the topology");
                    }
                }
            }
        }
    }
}
