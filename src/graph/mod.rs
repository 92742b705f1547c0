//! The knowledge graph: a petgraph `StableDiGraph` of entities and meetings whose edges
//! accumulate evidence, with an index from names and aliases to nodes.

pub mod context;
pub mod corpus;
pub mod decisions;
pub mod merge;
pub mod names;
pub mod policy;
pub mod view;

pub use policy::MergePolicy;

use crate::extract::Extraction;
use crate::input::DocumentMeta;
use crate::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation, Validity};
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// At most this many pieces of evidence are kept per edge from one document: enough to
/// explain it, and a bound on what an article repeating one sentence can cost.
pub const MAX_EVIDENCE_PER_DOCUMENT: usize = 32;

/// Evidence one document had beyond [`MAX_EVIDENCE_PER_DOCUMENT`] for some edges, and
/// so did not add to the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CappedEvidence {
    /// The document.
    pub doc: String,
    /// Edges for which it had more evidence than is kept.
    pub edges: usize,
    /// Pieces of evidence not stored.
    pub dropped: usize,
}

/// What is known of a meeting node beyond its name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingInfo {
    /// Time as written in the article ("Sunday").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Resolved calendar date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
}

/// An entity or meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Stable identifier, unique in the graph ("person:benjamin-netanyahu").
    pub id: String,
    /// What the node is.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Other names it was seen under.
    #[serde(default)]
    pub aliases: BTreeSet<String>,
    /// Documents that mention it.
    #[serde(default)]
    pub documents: BTreeSet<String>,
    /// Number of mentions across all documents.
    #[serde(default)]
    pub mentions: usize,
    /// Roles stated for it ("prime minister").
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub roles: BTreeSet<String>,
    /// Meeting details, for meeting nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingInfo>,
}

impl Node {
    /// A node of this kind and name, with its id derived from both and nothing else
    /// known yet.
    pub fn new(kind: EntityKind, name: &str) -> Node {
        Node {
            id: node_id(kind, name),
            kind,
            name: name.to_string(),
            aliases: BTreeSet::new(),
            documents: BTreeSet::new(),
            mentions: 0,
            roles: BTreeSet::new(),
            meeting: None,
        }
    }

    /// All names the node answers to: its name first, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|s| s.as_str()))
    }
}

/// One (source, relation, target) fact with all the evidence behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// The relation.
    pub relation: Relation,
    /// Every place it was read, in document then text order.
    pub evidence: Vec<Evidence>,
}

impl Edge {
    /// The strongest modality among the evidence: asserted if any evidence asserts it.
    pub fn modality(&self) -> Modality {
        self.evidence
            .iter()
            .map(|e| e.modality)
            .min()
            .unwrap_or_default()
    }

    /// The term the relation is known to hold for, when the lexicon gives one: the
    /// union of its evidence's terms.
    pub fn validity(&self) -> Option<Validity> {
        self.evidence
            .iter()
            .filter_map(|e| e.valid.as_ref())
            .fold(None, |acc: Option<Validity>, v| {
                Some(acc.map_or_else(|| v.clone(), |a| a.union(v)))
            })
    }

    /// Dates of the documents behind the evidence, sorted.
    pub fn dates(&self) -> BTreeSet<&str> {
        self.evidence
            .iter()
            .filter_map(|e| e.date.as_deref())
            .collect()
    }
}

/// Why an entity of one document is in its node.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MergeRecord {
    /// Id of the node.
    pub node: String,
    /// The entity's name in the document.
    pub form: String,
    /// The document.
    pub doc: String,
    /// The rule that put it there (see [`corpus::Rule`]).
    pub rule: String,
    /// For decisions that depend on the corpus, what made them: the one compatible
    /// entity, or the several that made it ambiguous.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Nodes it could have been (ambiguous) or stands between (kept apart).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// How its kind was settled when the text did not read it ("guessed").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind_note: String,
    /// Merged on weak evidence: worth a reviewer's look.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weak: bool,
}

/// The knowledge graph.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    /// Nodes and edges.
    pub graph: StableDiGraph<Node, Edge>,
    /// Documents merged into the graph, by id, with what was extracted from them.
    pub documents: BTreeMap<String, DocumentRecord>,
    /// Why each entity of each document is in its node; an entity under the node's own
    /// name whose kind the text read is not listed.
    pub merge_log: Vec<MergeRecord>,
    names: HashMap<String, Vec<NodeIndex>>,
    ids: HashMap<String, NodeIndex>,
    edges: HashMap<(NodeIndex, Relation, NodeIndex), EdgeIndex>,
    // Evidence left out by the per-document cap, by document: the edges concerned and
    // the pieces dropped. Worked out while merging; not part of the stored graph.
    capped: BTreeMap<String, (BTreeSet<EdgeIndex>, usize)>,
    // Reviewers' merge decisions that named no entity; worked out while merging.
    unused_decisions: Vec<(String, String)>,
}

/// A document merged into the graph: its metadata, a fingerprint of its text, and its
/// extraction (without mentions), so graphs can be re-merged without re-reading articles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Metadata.
    pub meta: DocumentMeta,
    /// FNV-1a hash of the text, to recognise a re-added article.
    pub fingerprint: u64,
    /// What was extracted (mentions dropped).
    pub extraction: Extraction,
}

/// The key used to look names up: lower case, dots and "the " dropped, dashes and
/// apostrophes unified, whitespace collapsed, possessive "'s" removed.
pub fn name_key(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    let mut space = false;
    if name.is_ascii() {
        // Most names: the same steps byte by byte.
        for &b in name.as_bytes() {
            match b {
                b'.' => continue,
                b' ' | b'\t'..=b'\r' => {
                    space = true;
                    continue;
                }
                _ => {}
            }
            if space && !s.is_empty() {
                s.push(' ');
            }
            space = false;
            s.push(b.to_ascii_lowercase() as char);
        }
        return without_the_and_possessive(s);
    }
    for c in name.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            '.' => continue,
            c if c.is_whitespace() => {
                space = true;
                continue;
            }
            c => c,
        };
        if space && !s.is_empty() {
            s.push(' ');
        }
        space = false;
        s.extend(c.to_lowercase());
    }
    without_the_and_possessive(s)
}

/// The last steps of [`name_key`]: "the " and a possessive "'s" dropped.
fn without_the_and_possessive(s: String) -> String {
    let s = s.strip_prefix("the ").map(str::to_string).unwrap_or(s);
    match s.strip_suffix("'s") {
        Some(t) if !t.is_empty() => t.to_string(),
        _ => s,
    }
}

/// A node id from kind and name: `kind:slug`.
pub fn node_id(kind: EntityKind, name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    format!("{}:{}", kind.as_str(), slug)
}

impl KnowledgeGraph {
    /// The forms the merge log says were merged into each node, by node id.
    pub fn merged_forms(&self) -> rustc_hash::FxHashMap<&str, Vec<&str>> {
        let mut merged: rustc_hash::FxHashMap<&str, Vec<&str>> = Default::default();
        for m in &self.merge_log {
            merged
                .entry(m.node.as_str())
                .or_default()
                .push(m.form.as_str());
        }
        merged
    }

    /// An empty graph.
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The node at `ix`.
    pub fn node(&self, ix: NodeIndex) -> &Node {
        &self.graph[ix]
    }

    /// The edge at `ix`.
    pub fn edge(&self, ix: EdgeIndex) -> &Edge {
        &self.graph[ix]
    }

    /// Node indices in index order (deterministic).
    pub fn node_indices(&self) -> impl Iterator<Item = NodeIndex> + '_ {
        self.graph.node_indices()
    }

    /// The node with this id.
    pub fn by_id(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied()
    }

    /// Nodes whose name or an alias has this [`name_key`], in index order.
    pub fn lookup(&self, name: &str) -> &[NodeIndex] {
        self.names
            .get(&name_key(name))
            .map(|v| v.as_slice())
            .unwrap_or(&[])
    }

    /// Every (key, nodes) pair of the name index; for fuzzy matching.
    pub fn name_index(&self) -> impl Iterator<Item = (&str, &[NodeIndex])> {
        self.names.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    /// Add a node; its id is made unique by a numeric suffix when taken.
    pub fn add_node(&mut self, mut node: Node) -> NodeIndex {
        if self.ids.contains_key(&node.id) {
            let base = node.id.clone();
            let mut n = 2;
            while self.ids.contains_key(&format!("{base}-{n}")) {
                n += 1;
            }
            node.id = format!("{base}-{n}");
        }
        let id = node.id.clone();
        let keys: Vec<String> = node.names().map(name_key).collect();
        let ix = self.graph.add_node(node);
        self.ids.insert(id, ix);
        for k in keys {
            self.index_name(k, ix);
        }
        ix
    }

    fn index_name(&mut self, key: String, ix: NodeIndex) {
        let v = self.names.entry(key).or_default();
        if !v.contains(&ix) {
            v.push(ix);
            v.sort();
        }
    }

    /// Record another name for a node.
    pub fn add_alias(&mut self, ix: NodeIndex, alias: &str) {
        if self.graph[ix].name != alias && self.graph[ix].aliases.insert(alias.to_string()) {
            self.index_name(name_key(alias), ix);
        }
    }

    /// The edge for (source, relation, target), if any.
    pub fn find_edge(&self, s: NodeIndex, r: Relation, t: NodeIndex) -> Option<EdgeIndex> {
        self.edges.get(&(s, r, t)).copied()
    }

    /// Add evidence for (source, relation, target), creating the edge when new. Evidence
    /// already present is not added twice.
    pub fn add_evidence(
        &mut self,
        s: NodeIndex,
        r: Relation,
        t: NodeIndex,
        ev: Evidence,
    ) -> EdgeIndex {
        let ix = match self.find_edge(s, r, t) {
            Some(ix) => ix,
            None => {
                let ix = self.graph.add_edge(
                    s,
                    t,
                    Edge {
                        relation: r,
                        evidence: Vec::new(),
                    },
                );
                self.edges.insert((s, r, t), ix);
                ix
            }
        };
        // Evidence arrives in document and sentence order, so a repeat can only be in the
        // trailing run from the same sentence; scanning just that keeps heavily repeated
        // relations linear.
        let evs = &mut self.graph[ix].evidence;
        let same_doc = evs.iter().rev().take_while(|e| e.doc == ev.doc);
        let mut from_doc = 0;
        let mut repeat = false;
        for e in same_doc {
            from_doc += 1;
            repeat |= e.sentence == ev.sentence && e == &ev;
            if from_doc >= MAX_EVIDENCE_PER_DOCUMENT {
                break;
            }
        }
        if repeat {
            return ix;
        }
        if from_doc < MAX_EVIDENCE_PER_DOCUMENT {
            evs.push(ev);
        } else {
            let (edges, dropped) = self.capped.entry(ev.doc).or_default();
            edges.insert(ix);
            *dropped += 1;
        }
        ix
    }

    /// Documents that had more evidence for an edge than [`MAX_EVIDENCE_PER_DOCUMENT`]
    /// while they were merged, in document order. Known for graphs built or merged in
    /// this process; a graph loaded from a file does not record it.
    pub fn capped_evidence(&self) -> Vec<CappedEvidence> {
        self.capped
            .iter()
            .map(|(doc, (edges, dropped))| CappedEvidence {
                doc: doc.clone(),
                edges: edges.len(),
                dropped: *dropped,
            })
            .collect()
    }

    /// A one-line note on evidence left out by the per-document cap, naming the first
    /// few documents; `None` when the cap was not reached.
    pub fn capped_evidence_note(&self) -> Option<String> {
        const NAMED: usize = 3;
        let capped = self.capped_evidence();
        if capped.is_empty() {
            return None;
        }
        let dropped: usize = capped.iter().map(|c| c.dropped).sum();
        let edges: usize = capped.iter().map(|c| c.edges).sum();
        let mut named: Vec<String> = capped
            .iter()
            .take(NAMED)
            .map(|c| {
                format!(
                    "{} ({} edge{}, {} dropped)",
                    c.doc,
                    c.edges,
                    if c.edges == 1 { "" } else { "s" },
                    c.dropped
                )
            })
            .collect();
        if capped.len() > NAMED {
            named.push(format!("and {} more", capped.len() - NAMED));
        }
        Some(format!(
            "evidence kept per edge per document is capped at {}: {} piece(s) of evidence \
             on {} edge(s) of {} document(s) not stored: {}",
            MAX_EVIDENCE_PER_DOCUMENT,
            dropped,
            edges,
            capped.len(),
            named.join(", ")
        ))
    }

    /// A one-line note on reviewers' merge decisions that named no entity of the
    /// corpus, as they were applied in this process; `None` when all were used.
    pub fn unused_decisions_note(&self) -> Option<String> {
        if self.unused_decisions.is_empty() {
            return None;
        }
        let pairs: Vec<String> = self
            .unused_decisions
            .iter()
            .map(|(a, b)| format!("({a:?}, {b:?})"))
            .collect();
        Some(format!(
            "merge decisions that name no entity of the same kind on both sides: {}",
            pairs.join(", ")
        ))
    }

    /// Edges touching a node in either direction, in edge-index order:
    /// (edge, other end, true when the node is the source).
    pub fn incident(&self, ix: NodeIndex) -> Vec<(EdgeIndex, NodeIndex, bool)> {
        let mut out: Vec<_> = self
            .graph
            .edges_directed(ix, Direction::Outgoing)
            .map(|e| (e.id(), e.target(), true))
            .chain(
                self.graph
                    .edges_directed(ix, Direction::Incoming)
                    .map(|e| (e.id(), e.source(), false)),
            )
            .collect();
        out.sort();
        out
    }

    /// Rebuild the name, id and edge indexes from the graph (after loading).
    pub fn reindex(&mut self) {
        self.names.clear();
        self.ids.clear();
        self.edges.clear();
        let nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        for ix in nodes {
            let keys: Vec<String> = self.graph[ix].names().map(name_key).collect();
            self.ids.insert(self.graph[ix].id.clone(), ix);
            for k in keys {
                self.index_name(k, ix);
            }
        }
        for e in self.graph.edge_indices() {
            let (s, t) = self.graph.edge_endpoints(e).expect("edge exists");
            self.edges.insert((s, self.graph[e].relation, t), e);
        }
    }

    /// Counts of nodes per kind.
    pub fn kind_counts(&self) -> BTreeMap<EntityKind, usize> {
        let mut m = BTreeMap::new();
        for ix in self.graph.node_indices() {
            *m.entry(self.graph[ix].kind).or_insert(0) += 1;
        }
        m
    }

    /// Counts of edges per relation.
    pub fn relation_counts(&self) -> BTreeMap<Relation, usize> {
        let mut m = BTreeMap::new();
        for e in self.graph.edge_indices() {
            *m.entry(self.graph[e].relation).or_insert(0) += 1;
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_ignore_case_dots_the_and_possessives() {
        assert_eq!(name_key("U.S."), "us");
        assert_eq!(name_key("The Washington  Post"), "washington post");
        assert_eq!(name_key("Clinton’s"), "clinton");
        // ASCII names take a shorter road to the same key.
        assert_eq!(
            name_key("The  New\tYork. Times's"),
            name_key("The  New\tYork. Times\u{2019}s")
        );
        assert_eq!(name_key("The  New\tYork. Times's"), "new york times");
        assert_eq!(name_key("el‐Sisi"), "el-sisi");
    }

    #[test]
    fn node_ids_are_slugs_and_unique() {
        let mut g = KnowledgeGraph::new();
        let node = |name: &str| Node {
            mentions: 1,
            ..Node::new(EntityKind::Person, name)
        };
        let a = g.add_node(node("Abdel Fattah el-Sisi"));
        let b = g.add_node(node("Abdel Fattah el-Sisi"));
        assert_eq!(g.node(a).id, "person:abdel-fattah-el-sisi");
        assert_eq!(g.node(b).id, "person:abdel-fattah-el-sisi-2");
        assert_eq!(g.lookup("abdel fattah el-sisi"), &[a, b]);
    }

    #[test]
    fn evidence_accumulates_on_one_edge() {
        let mut g = KnowledgeGraph::new();
        let mk = |n: &str, k| Node {
            mentions: 1,
            ..Node::new(k, n)
        };
        let a = g.add_node(mk("A", EntityKind::Person));
        let b = g.add_node(mk("B", EntityKind::Country));
        let ev = |s: usize| Evidence::new("d", s, crate::model::Span::new(0, 1), "x", "r");
        let e1 = g.add_evidence(a, Relation::Leads, b, ev(0));
        let e2 = g.add_evidence(a, Relation::Leads, b, ev(1));
        g.add_evidence(a, Relation::Leads, b, ev(1));
        assert_eq!(e1, e2);
        assert_eq!(g.edge_count(), 1);
        assert_eq!(g.edge(e1).evidence.len(), 2);
    }

    #[test]
    fn evidence_over_the_cap_is_counted_per_document() {
        let mut g = KnowledgeGraph::new();
        let a = g.add_node(Node::new(EntityKind::Person, "A"));
        let b = g.add_node(Node::new(EntityKind::Country, "B"));
        let ev =
            |doc: &str, s: usize| Evidence::new(doc, s, crate::model::Span::new(0, 1), "x", "r");
        assert_eq!(g.capped_evidence_note(), None);
        for s in 0..MAX_EVIDENCE_PER_DOCUMENT + 8 {
            g.add_evidence(a, Relation::Leads, b, ev("d1", s));
            g.add_evidence(b, Relation::Consulted, a, ev("d1", s));
        }
        // A repeat of kept evidence is not a drop.
        g.add_evidence(a, Relation::Leads, b, ev("d1", 0));
        for s in 0..5 {
            g.add_evidence(a, Relation::Leads, b, ev("d2", s));
        }
        let e = g.find_edge(a, Relation::Leads, b).unwrap();
        assert_eq!(g.edge(e).evidence.len(), MAX_EVIDENCE_PER_DOCUMENT + 5);
        assert_eq!(
            g.capped_evidence(),
            vec![CappedEvidence {
                doc: "d1".into(),
                edges: 2,
                dropped: 16
            }]
        );
        let note = g.capped_evidence_note().unwrap();
        assert!(
            note.starts_with("evidence kept per edge per document is capped at 32: ")
                && note.contains("16 piece(s) of evidence on 2 edge(s) of 1 document(s)")
                && note.ends_with("d1 (2 edges, 16 dropped)"),
            "{note}"
        );
    }
}
