//! Query speed on a generated graph with a power-law degree distribution
//! (preferential attachment, fixed seed): generation, binary and RON save/load,
//! adjacency build, shortest path, k shortest paths, degree ranking, PageRank and
//! components.
//!
//!   cargo bench --bench query                       (1M nodes, 5M edges)
//!   NODES=100000 EDGES_PER_NODE=5 RON_NODES=50000 cargo bench --bench query
//!
//! RON is measured on a smaller graph of RON_NODES nodes (default 100k) because
//! pretty-printed text at full size takes minutes and gigabytes; RON_NODES=0 skips it.

use newsgraph::graph::{node_id, KnowledgeGraph, MeetingInfo, Node};
use newsgraph::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation, Span};
use newsgraph::query::path::k_shortest;
use newsgraph::query::rank::{components, degree, pagerank, top_nodes};
use newsgraph::query::topology::Topology;
use newsgraph::query::Filter;
use newsgraph::store;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// SplitMix64: small, fast, and the same numbers on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn kind_for(r: u64) -> EntityKind {
    match r % 100 {
        0..=59 => EntityKind::Person,
        60..=74 => EntityKind::Organization,
        75..=79 => EntityKind::Country,
        80..=94 => EntityKind::Place,
        _ => EntityKind::Meeting,
    }
}

const OTHER: [Relation; 10] = [
    Relation::Consulted,
    Relation::MemberOf,
    Relation::Leads,
    Relation::Told,
    Relation::AppealedTo,
    Relation::Supports,
    Relation::Criticized,
    Relation::Visited,
    Relation::Represents,
    Relation::Rejected,
];

/// Preferential attachment: each new node links to `m` earlier nodes, each chosen with
/// probability proportional to its degree (an end of a random earlier edge) 80% of the
/// time, uniformly otherwise.
fn generate(n: usize, m: usize, seed: u64) -> KnowledgeGraph {
    let mut rng = Rng(seed);
    let mut g = KnowledgeGraph::new();
    let mut ends: Vec<u32> = Vec::with_capacity(n * m * 2);
    let mut ix = Vec::with_capacity(n);
    for i in 0..n {
        let kind = kind_for(rng.next());
        let name = format!("{} {i}", kind.as_str());
        let node = g.add_node(Node {
            id: node_id(kind, &name),
            kind,
            name,
            aliases: BTreeSet::new(),
            documents: BTreeSet::new(),
            mentions: 1,
            roles: BTreeSet::new(),
            meeting: (kind == EntityKind::Meeting).then(|| MeetingInfo {
                when: None,
                date: Some(format!(
                    "20{:02}-{:02}-{:02}",
                    10 + i % 8,
                    1 + i % 12,
                    1 + i % 28
                )),
                status: MeetingStatus::Held,
            }),
        });
        ix.push(node);
        if i == 0 {
            continue;
        }
        for _ in 0..m.min(i) {
            let j = if ends.is_empty() || rng.below(10) < 2 {
                rng.below(i)
            } else {
                ends[rng.below(ends.len())] as usize
            };
            if j == i {
                continue;
            }
            let (a, b) = (ix[i], ix[j]);
            let (ka, kb) = (g.node(a).kind, g.node(b).kind);
            let (s, r, t) = match (ka, kb) {
                (EntityKind::Meeting, EntityKind::Meeting) => (a, Relation::Consulted, b),
                (EntityKind::Meeting, EntityKind::Place) => (a, Relation::HeldIn, b),
                (EntityKind::Place, EntityKind::Meeting) => (b, Relation::HeldIn, a),
                (EntityKind::Meeting, _) => (b, Relation::ParticipantIn, a),
                (_, EntityKind::Meeting) => (a, Relation::ParticipantIn, b),
                _ => (a, OTHER[rng.below(OTHER.len())], b),
            };
            let e = i * m + ends.len() % m;
            g.add_evidence(
                s,
                r,
                t,
                Evidence {
                    doc: format!("doc-{}", e % 200_000),
                    sentence: e % 40,
                    span: Span::new(0, 40),
                    text: format!("Entity {i} and entity {j} were reported together."),
                    rule: "synthetic".into(),
                    modality: Modality::Asserted,
                    attributed_to: None,
                    date: Some(format!(
                        "20{:02}-{:02}-{:02}",
                        10 + e % 8,
                        1 + e % 12,
                        1 + e % 28
                    )),
                    valid: None,
                },
            );
            ends.push(i as u32);
            ends.push(j as u32);
        }
    }
    g
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// CPU time of this process (user + system) from /proc, in seconds; the machine may be
/// shared, so wall time alone can mislead.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    if f.len() > 12 {
        (f[11] + f[12]) / 100.0
    } else {
        0.0
    }
}

fn time<T>(label: &str, f: impl FnOnce() -> T) -> (T, Duration) {
    let (t, c) = (Instant::now(), cpu());
    let out = f();
    let d = t.elapsed();
    println!("{label:<44} {:>12}   cpu {:>9.2} s", ms(d), cpu() - c);
    (out, d)
}

fn save_load(g: &KnowledgeGraph, ext: &str) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join(format!("bench.{ext}"));
    time(&format!("save .{ext}"), || {
        store::save(g, &path).expect("saved")
    });
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!(
        "{:<44} {:>9.1} MB",
        format!("  file size .{ext}"),
        size as f64 / 1e6
    );
    let (back, _) = time(&format!("load .{ext} (decode + reindex)"), || {
        store::load(&path).expect("loaded")
    });
    assert_eq!(back.node_count(), g.node_count());
    assert_eq!(back.edge_count(), g.edge_count());
}

fn main() {
    // `cargo bench` passes --bench; nothing else is read from the arguments.
    let n = env("NODES", 1_000_000);
    let m = env("EDGES_PER_NODE", 5);
    let ron_n = env("RON_NODES", 100_000);
    let pairs = env("PAIRS", 20);
    println!("newsgraph query benchmark: {n} nodes, {m} edges per new node, seed 42");

    let (g, _) = time("generate graph (with name/id/edge indexes)", || {
        generate(n, m, 42)
    });
    println!("{:<44} {:>12}", "  nodes", g.node_count());
    println!("{:<44} {:>12}", "  edges", g.edge_count());

    save_load(&g, "bin");

    let filter = Filter::default();
    let (topo, _) = time("build adjacency (meeting hops on)", || {
        Topology::build(&g, &filter)
    });
    println!("{:<44} {:>12}", "  arcs", topo.arc_count());
    let max_degree = (0..topo.len() as u32)
        .map(|u| topo.degree(u))
        .max()
        .unwrap_or(0);
    println!("{:<44} {:>12}", "  largest degree", max_degree);

    let mut rng = Rng(7);
    let c0 = cpu();
    let mut times = Vec::new();
    let mut lengths = Vec::new();
    for _ in 0..pairs {
        let (s, t) = (rng.below(topo.len()) as u32, rng.below(topo.len()) as u32);
        if s == t {
            continue;
        }
        let start = Instant::now();
        let p = k_shortest(&topo, &filter, s, t, 1, usize::MAX);
        times.push(start.elapsed());
        lengths.push(p.first().map(|p| p.len()).unwrap_or(0));
    }
    times.sort();
    let total: Duration = times.iter().sum();
    println!(
        "{:<44} {:>12}",
        format!("shortest path, {} random pairs: median", times.len()),
        ms(times[times.len() / 2])
    );
    println!("{:<44} {:>12}", "  mean", ms(total / times.len() as u32));
    println!("{:<44} {:>12}", "  max", ms(*times.last().unwrap()));
    println!("{:<44} {:>12.2} s", "  cpu, all pairs", cpu() - c0);
    println!(
        "{:<44} {:>12}",
        "  hops (min..max)",
        format!(
            "{}..{}",
            lengths.iter().min().unwrap(),
            lengths.iter().max().unwrap()
        )
    );

    let c0 = cpu();
    let mut ktimes = Vec::new();
    for _ in 0..3 {
        let (s, t) = (rng.below(topo.len()) as u32, rng.below(topo.len()) as u32);
        let start = Instant::now();
        let p = k_shortest(&topo, &filter, s, t, 5, usize::MAX);
        ktimes.push(start.elapsed());
        assert!(p.len() <= 5);
    }
    ktimes.sort();
    println!(
        "{:<44} {:>12}",
        "5 shortest paths (Yen), 3 pairs: median",
        ms(ktimes[1])
    );
    println!("{:<44} {:>12}", "  max", ms(ktimes[2]));
    println!("{:<44} {:>12.2} s", "  cpu, all pairs", cpu() - c0);

    let (deg, _) = time("degree of every node", || degree(&topo));
    time("degree ranking, top 20 persons", || {
        let f = Filter {
            kinds: Some([EntityKind::Person].into()),
            ..Filter::default()
        };
        top_nodes(&g, &topo, &f, &deg, 20)
    });
    let (pr, _) = time("PageRank (to 1e-10 or 100 rounds)", || {
        pagerank(&g, &topo, &filter, 0.85)
    });
    println!("{:<44} {:>12.9}", "  sum", pr.iter().sum::<f64>());
    let (c, _) = time("connected components", || components(&topo));
    println!(
        "{:<44} {:>12}",
        "  components / largest",
        format!("{} / {}", c.len(), c[0].len())
    );
    drop(topo);

    if ron_n > 0 {
        let small = if ron_n >= n {
            g
        } else {
            drop(g);
            let (small, _) = time(&format!("generate {ron_n}-node graph for RON"), || {
                generate(ron_n, m, 42)
            });
            small
        };
        println!("{:<44} {:>12}", "  edges", small.edge_count());
        save_load(&small, "ron");
        save_load(&small, "bin");
    }
}
