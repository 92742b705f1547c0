//! Centrality: degree, betweenness (Brandes) and PageRank; connected components; and
//! brokers between two groups of actors.

use super::topology::Topology;
use super::{table, Filter, NodeRef};
use crate::error::{Error, Param, Result};
use crate::graph::KnowledgeGraph;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use serde::Serialize;
use std::collections::VecDeque;

/// A centrality measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Number of distinct neighbours.
    Degree,
    /// Number of shortest paths between other pairs a node lies on (Brandes).
    Betweenness,
    /// PageRank over the directed relation edges.
    Pagerank,
}

impl Measure {
    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Degree => "degree",
            Measure::Betweenness => "betweenness",
            Measure::Pagerank => "pagerank",
        }
    }
}

/// PageRank's damping factor: the chance of following a link rather than jumping.
pub const DAMPING: f64 = 0.85;

/// Every node's score under a measure, by dense number (betweenness exact).
pub fn scores(g: &KnowledgeGraph, topo: &Topology, filter: &Filter, measure: Measure) -> Vec<f64> {
    match measure {
        Measure::Degree => degree(topo),
        Measure::Betweenness => betweenness(topo),
        Measure::Pagerank => pagerank(g, topo, filter, DAMPING),
    }
}

/// Distinct neighbours of every node, by dense number.
pub fn degree(topo: &Topology) -> Vec<f64> {
    (0..topo.len() as u32)
        .map(|u| topo.degree(u) as f64)
        .collect()
}

/// Betweenness of every node, by dense number, on the undirected topology: the sum over
/// unordered pairs {s, t} of the share of shortest s–t paths through the node (Brandes'
/// algorithm, unnormalised).
pub fn betweenness(topo: &Topology) -> Vec<f64> {
    betweenness_from(topo, 0..topo.len() as u32, 1.0)
}

/// Betweenness estimated from at most `sources` shortest-path trees (Brandes and
/// Pich's pivot sampling), so that it takes time proportional to `sources` times the
/// edges rather than to the nodes times the edges. The pivots are spread evenly over
/// the node numbers, so the estimate is the same on every run; with at least as many
/// sources as nodes it is exact.
pub fn betweenness_sampled(topo: &Topology, sources: usize) -> Vec<f64> {
    let n = topo.len();
    if sources == 0 || sources >= n {
        return betweenness(topo);
    }
    let pivots = (0..sources).map(|i| (i * n / sources) as u32);
    betweenness_from(topo, pivots, n as f64 / sources as f64)
}

/// Betweenness summed over the shortest-path trees of `sources`, times `scale`.
fn betweenness_from(topo: &Topology, sources: impl Iterator<Item = u32>, scale: f64) -> Vec<f64> {
    let n = topo.len();
    let mut cb = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![u32::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut order = Vec::with_capacity(n);
    let mut queue = VecDeque::new();
    for s in sources {
        accumulate(
            topo,
            s,
            &mut sigma,
            &mut dist,
            &mut delta,
            &mut order,
            &mut queue,
            |_| 1.0,
        );
        for &w in &order {
            if w != s {
                cb[w as usize] += delta[w as usize];
            }
        }
    }
    // Each unordered pair was counted from both ends.
    cb.iter_mut().for_each(|x| *x *= scale / 2.0);
    cb
}

/// One source's pass of Brandes' algorithm: after it `delta[v]` is v's dependency on the
/// paths from `s` to targets weighted by `target_weight`, and `order` holds the nodes
/// reached in order of distance.
#[allow(clippy::too_many_arguments)]
fn accumulate(
    topo: &Topology,
    s: u32,
    sigma: &mut [f64],
    dist: &mut [u32],
    delta: &mut [f64],
    order: &mut Vec<u32>,
    queue: &mut VecDeque<u32>,
    target_weight: impl Fn(u32) -> f64,
) {
    for &v in order.iter() {
        sigma[v as usize] = 0.0;
        dist[v as usize] = u32::MAX;
        delta[v as usize] = 0.0;
    }
    order.clear();
    sigma[s as usize] = 1.0;
    dist[s as usize] = 0;
    queue.push_back(s);
    while let Some(v) = queue.pop_front() {
        order.push(v);
        for a in topo.arcs(v) {
            let w = a.to;
            if dist[w as usize] == u32::MAX {
                dist[w as usize] = dist[v as usize] + 1;
                queue.push_back(w);
            }
            if dist[w as usize] == dist[v as usize] + 1 {
                sigma[w as usize] += sigma[v as usize];
            }
        }
    }
    for &w in order.iter().rev() {
        let coeff = (target_weight(w) + delta[w as usize]) / sigma[w as usize];
        for a in topo.arcs(w) {
            let v = a.to;
            if dist[v as usize] != u32::MAX && dist[v as usize] + 1 == dist[w as usize] {
                delta[v as usize] += sigma[v as usize] * coeff;
            }
        }
    }
    // The source's own entry is not a dependency.
    delta[s as usize] = 0.0;
}

/// PageRank of every node, by dense number, over the directed edges the filter allows
/// (symmetric relations count both ways; parallel edges once). Dangling nodes spread
/// their rank evenly; the result sums to 1. Iterates until the ranks move by less than
/// 1e-10 in total, at most 100 rounds.
pub fn pagerank(g: &KnowledgeGraph, topo: &Topology, filter: &Filter, damping: f64) -> Vec<f64> {
    let n = topo.len();
    if n == 0 {
        return Vec::new();
    }
    let mut out: Vec<Vec<u32>> = vec![Vec::new(); n];
    for e in (&g.graph).edge_references() {
        if e.source() == e.target() || !filter.allows_edge(e.weight()) {
            continue;
        }
        let (s, t) = (
            topo.dense(e.source()).expect("node in topology"),
            topo.dense(e.target()).expect("node in topology"),
        );
        out[s as usize].push(t);
        if e.weight().relation.is_symmetric() {
            out[t as usize].push(s);
        }
    }
    for o in &mut out {
        o.sort_unstable();
        o.dedup();
    }
    let nf = n as f64;
    let mut rank = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..100 {
        let dangling: f64 = (0..n).filter(|&u| out[u].is_empty()).map(|u| rank[u]).sum();
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        next.iter_mut().for_each(|x| *x = base);
        for u in 0..n {
            if !out[u].is_empty() {
                let share = damping * rank[u] / out[u].len() as f64;
                for &v in &out[u] {
                    next[v as usize] += share;
                }
            }
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        // Rounding leaves changes near 1e-16 per node; stop well above that.
        if change < 1e-10 {
            break;
        }
    }
    rank
}

/// Connected components of the undirected topology, largest first (ties: lowest node
/// index first); members in node-index order.
pub fn components(topo: &Topology) -> Vec<Vec<u32>> {
    let n = topo.len();
    let mut comp = vec![u32::MAX; n];
    let mut out: Vec<Vec<u32>> = Vec::new();
    let mut stack = Vec::new();
    for s in 0..n as u32 {
        if comp[s as usize] != u32::MAX {
            continue;
        }
        let id = out.len() as u32;
        let mut members = vec![s];
        comp[s as usize] = id;
        stack.push(s);
        while let Some(v) = stack.pop() {
            for a in topo.arcs(v) {
                if comp[a.to as usize] == u32::MAX {
                    comp[a.to as usize] = id;
                    members.push(a.to);
                    stack.push(a.to);
                }
            }
        }
        members.sort_unstable();
        out.push(members);
    }
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    out
}

/// For every node, the number of shortest paths between a member of `a` and a member of
/// `b` that pass through it (each pair's paths sharing one unit), by dense number;
/// members of either group score 0. Also returns the number of connected pairs.
pub fn brokers(topo: &Topology, a: &[u32], b: &[u32]) -> (Vec<f64>, usize) {
    let n = topo.len();
    let mut in_b = vec![false; n];
    for &t in b {
        in_b[t as usize] = true;
    }
    let mut score = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![u32::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut order = Vec::new();
    let mut queue = VecDeque::new();
    let mut pairs = 0;
    for &s in a {
        accumulate(
            topo,
            s,
            &mut sigma,
            &mut dist,
            &mut delta,
            &mut order,
            &mut queue,
            |w| {
                if in_b[w as usize] && w != s {
                    1.0
                } else {
                    0.0
                }
            },
        );
        pairs += b
            .iter()
            .filter(|&&t| t != s && dist[t as usize] != u32::MAX)
            .count();
        for &w in &order {
            score[w as usize] += delta[w as usize];
        }
    }
    for &x in a.iter().chain(b) {
        score[x as usize] = 0.0;
    }
    (score, pairs)
}

/// One ranked entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Position, from 1.
    pub rank: usize,
    /// The entity.
    pub node: NodeRef,
    /// Its score under the measure.
    pub score: f64,
    /// Distinct neighbours.
    pub degree: usize,
}

/// A ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankReport {
    /// `degree`, `betweenness`, `pagerank` or `brokers`.
    pub measure: String,
    /// Nodes in the graph ranked over.
    pub nodes: usize,
    /// For brokers: connected (a, b) pairs whose shortest paths were counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pairs: Option<usize>,
    /// The top entities.
    pub ranking: Vec<Ranked>,
}

/// The top `top` nodes whose kind the filter allows, by score (descending), then name,
/// then id.
pub fn top_nodes(
    g: &KnowledgeGraph,
    topo: &Topology,
    filter: &Filter,
    scores: &[f64],
    top: usize,
) -> Vec<Ranked> {
    let mut idx: Vec<u32> = (0..topo.len() as u32)
        .filter(|&u| filter.allows_kind(topo.kind(u)))
        .collect();
    // Only the nodes scoring at least the top-th best score need sorting by name.
    if top < idx.len() {
        let mut s: Vec<f64> = idx.iter().map(|&u| scores[u as usize]).collect();
        let (_, nth, _) = s.select_nth_unstable_by(top - 1, |a, b| b.total_cmp(a));
        let cut = *nth;
        idx.retain(|&u| scores[u as usize].total_cmp(&cut).is_ge());
    }
    let name = |u: u32| {
        let n = g.node(topo.node(u));
        (n.name.as_str(), n.id.as_str())
    };
    idx.sort_by(|&x, &y| {
        scores[y as usize]
            .total_cmp(&scores[x as usize])
            .then_with(|| name(x).cmp(&name(y)))
    });
    idx.into_iter()
        .take(top)
        .enumerate()
        .map(|(i, u)| Ranked {
            rank: i + 1,
            node: NodeRef::new(g, topo.node(u)),
            score: scores[u as usize],
            degree: topo.degree(u),
        })
        .collect()
}

/// Rank the graph by a measure.
pub fn rank(
    g: &KnowledgeGraph,
    filter: &Filter,
    measure: Measure,
    top: usize,
) -> Result<RankReport> {
    if top == 0 {
        return Err(Error::parameter(Param::Top, "must be at least 1"));
    }
    let topo = Topology::build(g, filter);
    let scores = scores(g, &topo, filter, measure);
    Ok(RankReport {
        measure: measure.as_str().into(),
        nodes: topo.len(),
        pairs: None,
        ranking: top_nodes(g, &topo, filter, &scores, top),
    })
}

/// Rank actors by how many shortest paths between group `a` and group `b` they lie on.
pub fn rank_brokers(
    g: &KnowledgeGraph,
    filter: &Filter,
    a: &[NodeIndex],
    b: &[NodeIndex],
    top: usize,
) -> Result<RankReport> {
    if top == 0 {
        return Err(Error::parameter(Param::Top, "must be at least 1"));
    }
    let topo = Topology::build(g, filter);
    let dense = |v: &[NodeIndex]| -> Vec<u32> { v.iter().filter_map(|&x| topo.dense(x)).collect() };
    let (da, db) = (dense(a), dense(b));
    let (scores, pairs) = brokers(&topo, &da, &db);
    let ranking = top_nodes(g, &topo, filter, &scores, top)
        .into_iter()
        .filter(|r| r.score > 0.0)
        .collect();
    Ok(RankReport {
        measure: "brokers".into(),
        nodes: topo.len(),
        pairs: Some(pairs),
        ranking,
    })
}

/// A connected component as output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComponentOut {
    /// Number of nodes.
    pub size: usize,
    /// The members, by name then id.
    pub members: Vec<NodeRef>,
}

/// The connected components, largest first.
pub fn component_report(g: &KnowledgeGraph, filter: &Filter) -> Vec<ComponentOut> {
    let topo = Topology::build(g, filter);
    components(&topo)
        .into_iter()
        .map(|c| {
            let mut members: Vec<NodeRef> =
                c.iter().map(|&u| NodeRef::new(g, topo.node(u))).collect();
            members.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
            ComponentOut {
                size: c.len(),
                members,
            }
        })
        .collect()
}

/// A ranking as a table.
pub fn render_text(r: &RankReport) -> String {
    let rows: Vec<Vec<String>> = r
        .ranking
        .iter()
        .map(|x| {
            let score = if r.measure == "degree" {
                format!("{}", x.score)
            } else {
                format!("{:.6}", x.score)
            };
            vec![
                x.rank.to_string(),
                score,
                x.degree.to_string(),
                x.node.kind.to_string(),
                x.node.name.clone(),
            ]
        })
        .collect();
    let mut head = format!("{} over {} nodes", r.measure, r.nodes);
    if let Some(p) = r.pairs {
        head.push_str(&format!(", {p} connected pairs"));
    }
    if rows.is_empty() && r.pairs.is_some() {
        return format!(
            "{head}\nno intermediaries: the groups are linked directly or not at all\n"
        );
    }
    format!(
        "{head}\n{}",
        table(
            &["rank", r.measure.as_str(), "degree", "kind", "name"],
            &rows
        )
    )
}

/// Components as text: size and up to ten members each.
pub fn render_components(list: &[ComponentOut]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut names: Vec<&str> = c.members.iter().take(10).map(|m| m.name.as_str()).collect();
            if c.size > 10 {
                names.push("…");
            }
            vec![(i + 1).to_string(), c.size.to_string(), names.join(", ")]
        })
        .collect();
    format!(
        "{} component{}\n{}",
        list.len(),
        if list.len() == 1 { "" } else { "s" },
        table(&["#", "size", "members"], &rows)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{node_id, Node};
    use crate::model::{EntityKind, Evidence, Relation, Span};
    use crate::query::testgraph::mini;
    use std::collections::BTreeSet;

    fn graph(n: usize, edges: &[(usize, Relation, usize)]) -> (KnowledgeGraph, Vec<NodeIndex>) {
        let mut g = KnowledgeGraph::new();
        let ix: Vec<NodeIndex> = (0..n)
            .map(|i| {
                let name = format!("P{i}");
                g.add_node(Node {
                    id: node_id(EntityKind::Person, &name),
                    kind: EntityKind::Person,
                    name,
                    aliases: BTreeSet::new(),
                    documents: BTreeSet::new(),
                    mentions: 1,
                    roles: BTreeSet::new(),
                    meeting: None,
                })
            })
            .collect();
        for &(s, r, t) in edges {
            g.add_evidence(
                ix[s],
                r,
                ix[t],
                Evidence::new("d", 0, Span::new(0, 1), "x", "r"),
            );
        }
        (g, ix)
    }

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        use Relation::Consulted as C;
        let (g, _) = graph(5, &[(0, C, 1), (1, C, 2), (2, C, 3), (3, C, 4)]);
        let t = Topology::build(&g, &Filter::default());
        let b = betweenness(&t);
        assert!(close(&b, &[0.0, 3.0, 4.0, 3.0, 0.0]), "{b:?}");
        // A star of four leaves: the centre is on every one of the 6 leaf pairs.
        let (g, _) = graph(5, &[(0, C, 1), (0, C, 2), (3, C, 0), (4, C, 0)]);
        let b = betweenness(&Topology::build(&g, &Filter::default()));
        assert!(close(&b, &[6.0, 0.0, 0.0, 0.0, 0.0]), "{b:?}");
        // A 4-cycle: two equal shortest paths between opposite corners, half each.
        let (g, _) = graph(4, &[(0, C, 1), (1, C, 2), (2, C, 3), (3, C, 0)]);
        let b = betweenness(&Topology::build(&g, &Filter::default()));
        assert!(close(&b, &[0.5; 4]), "{b:?}");
    }

    #[test]
    fn sampled_betweenness_is_exact_with_every_source_and_close_on_a_path() {
        use Relation::Consulted as C;
        let edges: Vec<(usize, Relation, usize)> = (0..99).map(|i| (i, C, i + 1)).collect();
        let (g, _) = graph(100, &edges);
        let t = Topology::build(&g, &Filter::default());
        let exact = betweenness(&t);
        assert!(close(&betweenness_sampled(&t, 100), &exact));
        assert!(close(&betweenness_sampled(&t, 500), &exact));
        // Every tenth node as a source: the middle of the path still ranks first and
        // the ends score nothing.
        let est = betweenness_sampled(&t, 10);
        let top = (0..100).max_by(|&a, &b| est[a].total_cmp(&est[b])).unwrap();
        assert!((40..60).contains(&top), "{top}");
        assert_eq!((est[0], est[99]), (0.0, 0.0));
        assert!(
            (est[49] - exact[49]).abs() / exact[49] < 0.1,
            "{} vs {}",
            est[49],
            exact[49]
        );
    }

    #[test]
    fn pagerank_sums_to_one_and_survives_holes() {
        use Relation::Told as T;
        // A directed 3-cycle plus a node that is removed again, leaving a hole.
        let (mut g, ix) = graph(4, &[(0, T, 1), (1, T, 3), (3, T, 0), (2, T, 0)]);
        g.graph.remove_node(ix[2]);
        let t = Topology::build(&g, &Filter::default());
        let pr = pagerank(&g, &t, &Filter::default(), 0.85);
        assert!(close(&pr, &[1.0 / 3.0; 3]), "{pr:?}");
        // Everyone pointing at one node: it ranks first; the total stays 1.
        let (g, _) = graph(4, &[(1, T, 0), (2, T, 0), (3, T, 0)]);
        let t = Topology::build(&g, &Filter::default());
        let pr = pagerank(&g, &t, &Filter::default(), 0.85);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(pr[0] > pr[1] && (pr[1] - pr[2]).abs() < 1e-12);
        let mut m = mini();
        m.g.graph.remove_node(m.indyk);
        let t = Topology::build(&m.g, &Filter::default());
        let pr = pagerank(&m.g, &t, &Filter::default(), 0.85);
        assert_eq!(pr.len(), m.g.node_count());
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(pr.iter().all(|&x| x > 0.0));
    }

    #[test]
    fn degree_ranking_and_components() {
        let m = mini();
        let f = Filter {
            kinds: Some(crate::query::parse_kinds("person").unwrap()),
            ..Filter::default()
        };
        let r = rank(&m.g, &f, Measure::Degree, 3).unwrap();
        let top: Vec<(&str, f64)> = r
            .ranking
            .iter()
            .map(|x| (x.node.name.as_str(), x.score))
            .collect();
        // Netanyahu: Israel, two meetings, Abbas, Clinton, Livni. Abbas and Clinton: their
        // organisation or country, two meetings (one), and the two others met there.
        assert_eq!(
            top,
            vec![
                ("Benjamin Netanyahu", 6.0),
                ("Hillary Clinton", 5.0),
                ("Mahmoud Abbas", 5.0)
            ]
        );
        assert!(rank(&m.g, &f, Measure::Degree, 0).is_err());
        let c = component_report(&m.g, &Filter::default());
        assert_eq!(c.iter().map(|x| x.size).collect::<Vec<_>>(), vec![14, 1]);
        assert_eq!(c[1].members[0].name, "Bill Clinton");
    }

    #[test]
    fn brokers_between_groups() {
        let m = mini();
        let r = rank_brokers(
            &m.g,
            &Filter::default(),
            &[m.netanyahu, m.abbas],
            &[m.erekat],
            10,
        )
        .unwrap();
        let got: Vec<(&str, f64)> = r
            .ranking
            .iter()
            .map(|x| (x.node.name.as_str(), x.score))
            .collect();
        // Netanyahu reaches Erekat only through Livni; Abbas only through his Authority.
        assert_eq!(
            got,
            vec![("Palestinian Authority", 1.0), ("Tzipi Livni", 1.0)]
        );
        assert_eq!(r.pairs, Some(2));
        let text = render_text(&r);
        assert!(
            text.starts_with("brokers over 15 nodes, 2 connected pairs\n"),
            "{text}"
        );
        // Direct neighbours need no broker.
        let r = rank_brokers(&m.g, &Filter::default(), &[m.livni], &[m.netanyahu], 10).unwrap();
        assert!(r.ranking.is_empty());
        assert!(render_text(&r)
            .ends_with("no intermediaries: the groups are linked directly or not at all\n"));
    }
}
