//! What changed between two graphs: entities and meetings added and removed, entities
//! merged or split, relations added, removed or changed in modality.
//!
//! Node ids are not stable between builds (a second "Reagan" gets a numbered id, a
//! fuller name renames a node), so nodes are matched by what they were made of: an
//! entity of one graph is the entity of the other that a document mentioned under the
//! same name — the surface forms and documents the merge log records for every merge.
//! Nodes linked that way, across the two graphs and transitively, are one entity; two
//! nodes of the earlier graph in one entity were merged, two of the later were split.

use crate::graph::view::{Changes, View};
use crate::graph::{name_key, KnowledgeGraph, MergeRecord};
use crate::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation};
use crate::query::time::{edge_seen, Seen};
use crate::query::{table, EvidenceRef, NodeRef};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Which of the two graphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Side {
    Old,
    New,
}

/// Kinds a node may change between builds without becoming another entity: a name
/// guessed to be a place in one build may be read as an organisation in another.
fn kind_class(k: EntityKind) -> u8 {
    match k {
        EntityKind::Person => 0,
        EntityKind::Organization | EntityKind::Place => 1,
        EntityKind::Country => 2,
        EntityKind::Meeting => 3,
    }
}

/// One entity across both graphs: its node(s) in each.
#[derive(Debug, Clone, Default)]
struct Entity {
    old: Vec<NodeIndex>,
    new: Vec<NodeIndex>,
}

/// The nodes of the two graphs matched into entities.
struct Matching {
    entities: Vec<Entity>,
    old: FxHashMap<NodeIndex, usize>,
    new: FxHashMap<NodeIndex, usize>,
}

/// Union-find over the nodes of both graphs.
struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b)] = a.min(b);
        }
    }
}

/// A graph's nodes by document and kind, each with its name keys (as numbers shared
/// by both graphs). Nodes that record no documents are filed under no document.
struct Mentions {
    by_doc: FxHashMap<DocClass, Vec<Named>>,
}

/// A document (as a number) and a kind class: where two graphs' nodes may meet.
type DocClass = (u32, u8);

/// A node (by position) under its name keys.
struct Named {
    node: usize,
    keys: Vec<u32>,
}

/// Numbers for strings shared by both graphs.
#[derive(Default)]
struct Interner<'a> {
    ids: FxHashMap<&'a str, u32>,
}

impl<'a> Interner<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let n = self.ids.len() as u32;
        *self.ids.entry(s).or_insert(n)
    }
}

impl Mentions {
    /// The mentions of `nodes`: each node under every name it answers to and every
    /// form the merge log says was merged into it (a meeting's other labels).
    fn of<'a>(
        g: &'a KnowledgeGraph,
        nodes: &[NodeIndex],
        docs: &mut Interner<'a>,
        names: &mut FxHashMap<String, u32>,
    ) -> Mentions {
        let merged = g.merged_forms();
        let mut by_doc: FxHashMap<DocClass, Vec<Named>> = FxHashMap::default();
        for (i, &ix) in nodes.iter().enumerate() {
            let n = g.node(ix);
            let forms = merged.get(n.id.as_str()).map(Vec::as_slice).unwrap_or(&[]);
            let mut keys: Vec<u32> = n
                .names()
                .chain(forms.iter().copied())
                .map(|name| {
                    let next = names.len() as u32;
                    *names.entry(name_key(name)).or_insert(next)
                })
                .collect();
            keys.sort_unstable();
            keys.dedup();
            let class = kind_class(n.kind);
            let doc_ids: Vec<u32> = if n.documents.is_empty() {
                vec![docs.id("")]
            } else {
                n.documents.iter().map(|d| docs.id(d)).collect()
            };
            for d in doc_ids {
                by_doc.entry((d, class)).or_default().push(Named {
                    node: i,
                    keys: keys.clone(),
                });
            }
        }
        Mentions { by_doc }
    }
}

/// True when two sorted lists share an element.
fn meet(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Match the nodes of `old` and `new`: a node of each that one document mentions under
/// one name (and a kind of the same class) are the same entity.
fn match_nodes(old: &KnowledgeGraph, new: &KnowledgeGraph) -> Matching {
    let olds: Vec<NodeIndex> = old.node_indices().collect();
    let news: Vec<NodeIndex> = new.node_indices().collect();
    let mut docs = Interner::default();
    let mut names = FxHashMap::default();
    let om = Mentions::of(old, &olds, &mut docs, &mut names);
    let nm = Mentions::of(new, &news, &mut docs, &mut names);
    let mut sets = Sets {
        parent: (0..olds.len() + news.len()).collect(),
    };
    for (key, newcomers) in &nm.by_doc {
        let Some(there) = om.by_doc.get(key) else {
            continue;
        };
        for n in newcomers {
            for o in there {
                if meet(&n.keys, &o.keys) {
                    sets.union(o.node, olds.len() + n.node);
                }
            }
        }
    }
    let mut by_root: BTreeMap<usize, usize> = BTreeMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut place = |x: usize, sets: &mut Sets| {
        let root = sets.find(x);
        *by_root.entry(root).or_insert_with(|| {
            entities.push(Entity::default());
            entities.len() - 1
        })
    };
    let mut old_of = FxHashMap::default();
    let mut new_of = FxHashMap::default();
    for (i, &ix) in olds.iter().enumerate() {
        let e = place(i, &mut sets);
        old_of.insert(ix, e);
    }
    for (j, &ix) in news.iter().enumerate() {
        let e = place(olds.len() + j, &mut sets);
        new_of.insert(ix, e);
    }
    for (&ix, &e) in &old_of {
        entities[e].old.push(ix);
    }
    for (&ix, &e) in &new_of {
        entities[e].new.push(ix);
    }
    for e in &mut entities {
        e.old.sort();
        e.new.sort();
    }
    Matching {
        entities,
        old: old_of,
        new: new_of,
    }
}

/// A relation across both graphs: the entities at its ends (in a fixed order for
/// relations that read both ways) and the relation.
type RelationKey = (usize, Relation, usize);

/// Each graph's edges by the relation they state between entities.
fn relation_keys(
    g: &KnowledgeGraph,
    entity_of: &FxHashMap<NodeIndex, usize>,
) -> BTreeMap<RelationKey, Vec<EdgeIndex>> {
    let mut out: BTreeMap<RelationKey, Vec<EdgeIndex>> = BTreeMap::new();
    for e in g.graph.edge_indices() {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        let r = g.edge(e).relation;
        let (a, b) = (entity_of[&s], entity_of[&t]);
        if a == b {
            // A relation between two nodes that are one entity in the other graph.
            continue;
        }
        let (a, b) = if r.is_symmetric() && b < a {
            (b, a)
        } else {
            (a, b)
        };
        out.entry((a, r, b)).or_default().push(e);
    }
    out
}

/// What the latest report says of a relation: the modality of its latest dated
/// evidence (the strongest, when several share that date; of all the evidence when
/// none is dated). A meeting planned in March and reported held in April was
/// "planned" and is now asserted.
pub fn latest_modality<'a>(evidence: impl IntoIterator<Item = &'a Evidence>) -> Modality {
    let mut best: Option<(Option<&str>, Modality)> = None;
    for ev in evidence {
        let key = (ev.date.as_deref(), ev.modality);
        best = Some(match best {
            None => key,
            Some(b) if key.0 > b.0 || (key.0 == b.0 && key.1 < b.1) => key,
            Some(b) => b,
        });
    }
    best.map(|b| b.1).unwrap_or_default()
}

/// Documents of the earlier and later graph.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DocumentChanges {
    /// Documents only the later graph has.
    pub added: usize,
    /// Documents only the earlier graph has.
    pub removed: usize,
    /// Documents in both whose text changed.
    pub changed: usize,
}

/// An entity added or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityOut {
    /// The node (in the graph that has it).
    pub node: NodeRef,
    /// Its mentions.
    pub mentions: usize,
    /// Documents mentioning it.
    pub documents: usize,
    /// When it was seen.
    pub seen: Seen,
}

/// Nodes of one graph that are one entity with nodes of the other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Regroup {
    /// The earlier graph's nodes.
    pub old: Vec<NodeRef>,
    /// The later graph's nodes.
    pub new: Vec<NodeRef>,
    /// The rules the later graph's merge log gives for joining them, if any.
    pub rules: Vec<String>,
}

/// What happened to the entities.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EntityChanges {
    /// Entities only the later graph has, most mentioned first.
    pub added: Vec<EntityOut>,
    /// Entities only the earlier graph had, most mentioned first.
    pub removed: Vec<EntityOut>,
    /// Several nodes of the earlier graph that the later one holds as one.
    pub merged: Vec<Regroup>,
    /// One node of the earlier graph that the later one holds as several.
    pub split: Vec<Regroup>,
    /// Entities whose nodes were both merged and split.
    pub regrouped: usize,
    /// Entities kept as one node whose id changed.
    pub renamed: usize,
}

/// A relation added or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationOut {
    /// Source.
    pub source: NodeRef,
    /// The relation.
    pub relation: Relation,
    /// Target.
    pub target: NodeRef,
    /// What the latest report says.
    pub modality: Modality,
    /// When it was seen.
    pub seen: Seen,
    /// Pieces of evidence.
    pub evidence_count: usize,
    /// The evidence.
    pub evidence: Vec<EvidenceRef>,
}

/// A relation in both graphs whose latest report says something else now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModalityChange {
    /// Source.
    pub source: NodeRef,
    /// The relation.
    pub relation: Relation,
    /// Target.
    pub target: NodeRef,
    /// What the earlier graph's latest report said.
    pub before: Modality,
    /// What the later graph's latest report says.
    pub after: Modality,
    /// Pieces of evidence in the later graph.
    pub evidence_count: usize,
    /// The later graph's latest evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceRef>,
}

/// What happened to the relations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RelationChanges {
    /// Relations only the later graph has, most evidence first.
    pub added: Vec<RelationOut>,
    /// Relations only the earlier graph had, most evidence first.
    pub removed: Vec<RelationOut>,
    /// Relations in both whose modality changed, most evidence first.
    pub modality_changed: Vec<ModalityChange>,
    /// Relations in both with more evidence in the later graph.
    pub more_evidence: usize,
}

/// A meeting added or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingOut {
    /// The meeting node.
    pub meeting: NodeRef,
    /// The date the text gives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
    /// Who took part, by name.
    pub attendees: Vec<String>,
    /// Pieces of evidence for the roles and place.
    pub evidence_count: usize,
}

/// A meeting in both graphs whose status changed (planned → held).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    /// The meeting, in the later graph.
    pub meeting: NodeRef,
    /// Its status in the earlier graph.
    pub before: MeetingStatus,
    /// Its status now.
    pub after: MeetingStatus,
}

/// What happened to the meetings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MeetingChanges {
    /// Meetings only the later graph has, most evidence first.
    pub added: Vec<MeetingOut>,
    /// Meetings only the earlier graph had, most evidence first.
    pub removed: Vec<MeetingOut>,
    /// Meetings in both whose status changed.
    pub status_changed: Vec<StatusChange>,
}

/// Everything that changed between two graphs, most important first in each list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DiffReport {
    /// Documents.
    pub documents: DocumentChanges,
    /// Entities (not meetings).
    pub entities: EntityChanges,
    /// Relations, meeting roles included.
    pub relations: RelationChanges,
    /// Meetings.
    pub meetings: MeetingChanges,
}

impl DiffReport {
    /// True when the graphs hold the same documents, entities, relations and meetings.
    pub fn is_empty(&self) -> bool {
        self == &DiffReport::default()
    }
}

/// Two graphs compared: the report, and what is needed to draw it.
pub struct Comparison<'a> {
    old: &'a KnowledgeGraph,
    new: &'a KnowledgeGraph,
    matching: Matching,
    added_edges: Vec<Vec<EdgeIndex>>,
    removed_edges: Vec<Vec<EdgeIndex>>,
    changed_edges: Vec<(Vec<EdgeIndex>, Vec<EdgeIndex>)>,
    more_evidence: usize,
}

/// Compare an earlier graph with a later one.
pub fn compare<'a>(old: &'a KnowledgeGraph, new: &'a KnowledgeGraph) -> Comparison<'a> {
    let matching = match_nodes(old, new);
    let ok = relation_keys(old, &matching.old);
    let nk = relation_keys(new, &matching.new);
    let mut c = Comparison {
        old,
        new,
        matching,
        added_edges: Vec::new(),
        removed_edges: Vec::new(),
        changed_edges: Vec::new(),
        more_evidence: 0,
    };
    let evidence = |g: &'a KnowledgeGraph, es: &[EdgeIndex]| {
        es.iter()
            .flat_map(move |&e| g.edge(e).evidence.iter())
            .collect::<Vec<&Evidence>>()
    };
    for (key, ne) in &nk {
        let Some(oe) = ok.get(key) else {
            c.added_edges.push(ne.clone());
            continue;
        };
        let (before, after) = (evidence(old, oe), evidence(new, ne));
        if latest_modality(before.iter().copied()) != latest_modality(after.iter().copied()) {
            c.changed_edges.push((oe.clone(), ne.clone()));
        }
        if after.len() > before.len() {
            c.more_evidence += 1;
        }
    }
    c.removed_edges = ok
        .iter()
        .filter(|(key, _)| !nk.contains_key(key))
        .map(|(_, oe)| oe.clone())
        .collect();
    c
}

impl Comparison<'_> {
    fn graph(&self, side: Side) -> &KnowledgeGraph {
        match side {
            Side::Old => self.old,
            Side::New => self.new,
        }
    }

    /// The report of what changed.
    pub fn report(&self) -> DiffReport {
        DiffReport {
            documents: self.documents(),
            entities: self.entities(),
            relations: RelationChanges {
                added: self.relations(Side::New, &self.added_edges),
                removed: self.relations(Side::Old, &self.removed_edges),
                modality_changed: self.modality_changes(),
                more_evidence: self.more_evidence,
            },
            meetings: self.meetings(),
        }
    }

    fn documents(&self) -> DocumentChanges {
        let (o, n) = (&self.old.documents, &self.new.documents);
        DocumentChanges {
            added: n.keys().filter(|k| !o.contains_key(*k)).count(),
            removed: o.keys().filter(|k| !n.contains_key(*k)).count(),
            changed: n
                .iter()
                .filter(|(k, r)| o.get(*k).is_some_and(|x| x.fingerprint != r.fingerprint))
                .count(),
        }
    }

    fn entities(&self) -> EntityChanges {
        let mut out = EntityChanges::default();
        let old_dates = crate::query::time::Dates::of(self.old);
        let new_dates = crate::query::time::Dates::of(self.new);
        let out_of = |side: Side, ix: NodeIndex| {
            let (g, dates) = match side {
                Side::Old => (self.old, &old_dates),
                Side::New => (self.new, &new_dates),
            };
            let n = g.node(ix);
            EntityOut {
                node: NodeRef::new(g, ix),
                mentions: n.mentions,
                documents: n.documents.len(),
                seen: dates.node(g, ix),
            }
        };
        let mut merges: FxHashMap<&str, Vec<&MergeRecord>> = FxHashMap::default();
        for m in &self.new.merge_log {
            merges.entry(m.node.as_str()).or_default().push(m);
        }
        for e in &self.matching.entities {
            let kind = e
                .new
                .first()
                .map(|&ix| self.new.node(ix).kind)
                .or_else(|| e.old.first().map(|&ix| self.old.node(ix).kind));
            if kind == Some(EntityKind::Meeting) {
                continue;
            }
            match (e.old.len(), e.new.len()) {
                (0, _) => out
                    .added
                    .extend(e.new.iter().map(|&ix| out_of(Side::New, ix))),
                (_, 0) => out
                    .removed
                    .extend(e.old.iter().map(|&ix| out_of(Side::Old, ix))),
                (1, 1) => {
                    if self.old.node(e.old[0]).id != self.new.node(e.new[0]).id {
                        out.renamed += 1;
                    }
                }
                _ if self.same_ids(e) => {}
                (_, 1) => out.merged.push(self.regroup(e, &merges)),
                (1, _) => out.split.push(self.regroup(e, &merges)),
                _ => out.regrouped += 1,
            }
        }
        let by_weight = |a: &EntityOut, b: &EntityOut| {
            (b.mentions, b.documents)
                .cmp(&(a.mentions, a.documents))
                .then_with(|| (&a.node.name, &a.node.id).cmp(&(&b.node.name, &b.node.id)))
        };
        out.added.sort_by(by_weight);
        out.removed.sort_by(by_weight);
        let by_size = |a: &Regroup, b: &Regroup| {
            (b.old.len() + b.new.len())
                .cmp(&(a.old.len() + a.new.len()))
                .then_with(|| a.new.cmp(&b.new))
        };
        out.merged.sort_by(by_size);
        out.split.sort_by(by_size);
        out
    }

    /// True when both graphs hold an entity as the same nodes: several nodes that share
    /// a name in one document ("Corp" in a list of companies) match each other, and are
    /// no merge or split while each keeps its id.
    fn same_ids(&self, e: &Entity) -> bool {
        fn ids<'g>(g: &'g KnowledgeGraph, v: &[NodeIndex]) -> BTreeSet<&'g str> {
            v.iter().map(|&ix| g.node(ix).id.as_str()).collect()
        }
        e.old.len() == e.new.len() && ids(self.old, &e.old) == ids(self.new, &e.new)
    }

    /// Merged or split nodes, with the rules the later graph's merge log gives for the
    /// documents the earlier graph held apart.
    fn regroup(&self, e: &Entity, merges: &FxHashMap<&str, Vec<&MergeRecord>>) -> Regroup {
        let docs: BTreeSet<&str> = e
            .old
            .iter()
            .skip(1)
            .flat_map(|&ix| self.old.node(ix).documents.iter().map(String::as_str))
            .collect();
        let rules: BTreeSet<String> = e
            .new
            .iter()
            .filter_map(|&ix| merges.get(self.new.node(ix).id.as_str()))
            .flatten()
            .filter(|m| docs.contains(m.doc.as_str()))
            .map(|m| m.rule.clone())
            .collect();
        Regroup {
            old: e.old.iter().map(|&ix| NodeRef::new(self.old, ix)).collect(),
            new: e.new.iter().map(|&ix| NodeRef::new(self.new, ix)).collect(),
            rules: rules.into_iter().collect(),
        }
    }

    fn relations(&self, side: Side, groups: &[Vec<EdgeIndex>]) -> Vec<RelationOut> {
        let g = self.graph(side);
        let mut out: Vec<RelationOut> = groups
            .iter()
            .map(|es| {
                let (s, t) = g.graph.edge_endpoints(es[0]).expect("edge exists");
                let mut evidence: Vec<&Evidence> =
                    es.iter().flat_map(|&e| g.edge(e).evidence.iter()).collect();
                evidence.sort_by_key(|ev| {
                    (ev.date.is_none(), ev.date.as_deref(), &ev.doc, ev.sentence)
                });
                let seen = es
                    .iter()
                    .map(|&e| edge_seen(g, e))
                    .fold(Seen::default(), |a, b| {
                        Seen::of(
                            a.first
                                .iter()
                                .chain(&a.last)
                                .chain(&b.first)
                                .chain(&b.last)
                                .map(String::as_str),
                        )
                    });
                RelationOut {
                    source: NodeRef::new(g, s),
                    relation: g.edge(es[0]).relation,
                    target: NodeRef::new(g, t),
                    modality: latest_modality(evidence.iter().copied()),
                    seen,
                    evidence_count: evidence.len(),
                    evidence: evidence.into_iter().map(EvidenceRef::from).collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.evidence_count.cmp(&a.evidence_count).then_with(|| {
                (&a.source, a.relation, &a.target).cmp(&(&b.source, b.relation, &b.target))
            })
        });
        out
    }

    fn modality_changes(&self) -> Vec<ModalityChange> {
        let mut out: Vec<ModalityChange> = self
            .changed_edges
            .iter()
            .map(|(oe, ne)| {
                let g = self.new;
                let (s, t) = g.graph.edge_endpoints(ne[0]).expect("edge exists");
                let before = latest_modality(oe.iter().flat_map(|&e| &self.old.edge(e).evidence));
                let after: Vec<&Evidence> = ne.iter().flat_map(|&e| &g.edge(e).evidence).collect();
                let latest = after
                    .iter()
                    .copied()
                    .max_by_key(|ev| (ev.date.as_deref(), std::cmp::Reverse(ev.modality)));
                ModalityChange {
                    source: NodeRef::new(g, s),
                    relation: g.edge(ne[0]).relation,
                    target: NodeRef::new(g, t),
                    before,
                    after: latest_modality(after.iter().copied()),
                    evidence_count: after.len(),
                    evidence: latest.map(EvidenceRef::from),
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.evidence_count.cmp(&a.evidence_count).then_with(|| {
                (&a.source, a.relation, &a.target).cmp(&(&b.source, b.relation, &b.target))
            })
        });
        out
    }

    fn meeting_out(&self, side: Side, ix: NodeIndex) -> MeetingOut {
        let g = self.graph(side);
        let info = g.node(ix).meeting.clone().unwrap_or_default();
        let mut attendees = Vec::new();
        let mut evidence_count = 0;
        for (e, other, outgoing) in g.incident(ix) {
            evidence_count += g.edge(e).evidence.len();
            if !outgoing && g.edge(e).relation.is_meeting_role() {
                attendees.push(g.node(other).name.clone());
            }
        }
        attendees.sort();
        attendees.dedup();
        MeetingOut {
            meeting: NodeRef::new(g, ix),
            date: info.date,
            status: info.status,
            attendees,
            evidence_count,
        }
    }

    fn meetings(&self) -> MeetingChanges {
        let mut out = MeetingChanges::default();
        for e in &self.matching.entities {
            let is_meeting = |side: Side, v: &[NodeIndex]| {
                v.iter()
                    .any(|&ix| self.graph(side).node(ix).kind == EntityKind::Meeting)
            };
            if !is_meeting(Side::Old, &e.old) && !is_meeting(Side::New, &e.new) {
                continue;
            }
            match (e.old.as_slice(), e.new.as_slice()) {
                ([], news) => out
                    .added
                    .extend(news.iter().map(|&ix| self.meeting_out(Side::New, ix))),
                (olds, []) => out
                    .removed
                    .extend(olds.iter().map(|&ix| self.meeting_out(Side::Old, ix))),
                ([o], [n]) => {
                    let status = |g: &KnowledgeGraph, ix| {
                        g.node(ix)
                            .meeting
                            .as_ref()
                            .map(|m| m.status)
                            .unwrap_or_default()
                    };
                    let (before, after) = (status(self.old, *o), status(self.new, *n));
                    if before != after {
                        out.status_changed.push(StatusChange {
                            meeting: NodeRef::new(self.new, *n),
                            before,
                            after,
                        });
                    }
                }
                _ => {}
            }
        }
        let by_weight = |a: &MeetingOut, b: &MeetingOut| {
            b.evidence_count.cmp(&a.evidence_count).then_with(|| {
                (&a.meeting.name, &a.meeting.id).cmp(&(&b.meeting.name, &b.meeting.id))
            })
        };
        out.added.sort_by(by_weight);
        out.removed.sort_by(by_weight);
        out.status_changed.sort_by(|a, b| a.meeting.cmp(&b.meeting));
        out
    }
}

impl Comparison<'_> {
    /// The changed part of the two graphs as one graph to draw, with one hop of
    /// context: what the later graph added, what the earlier one had and lost (its
    /// ends drawn on the later graph's nodes where the entity lives on), and the later
    /// graph's other relations of every node touched.
    pub fn drawing(&self) -> (KnowledgeGraph, View) {
        let mut new_nodes: BTreeSet<NodeIndex> = BTreeSet::new();
        let mut old_nodes: BTreeSet<NodeIndex> = BTreeSet::new();
        for e in &self.matching.entities {
            match (e.old.len(), e.new.len()) {
                (0, _) => new_nodes.extend(&e.new),
                (_, 0) => old_nodes.extend(&e.old),
                (1, 1) => {}
                _ if self.same_ids(e) => {}
                _ => new_nodes.extend(&e.new),
            }
        }
        let added_nodes = new_nodes.clone();
        let removed_nodes = old_nodes.clone();
        let mut new_edges: BTreeSet<EdgeIndex> = BTreeSet::new();
        for es in self
            .added_edges
            .iter()
            .chain(self.changed_edges.iter().map(|(_, n)| n))
        {
            new_edges.extend(es);
        }
        let added_edges: BTreeSet<EdgeIndex> = self.added_edges.iter().flatten().copied().collect();
        for &e in &new_edges {
            let (s, t) = self.new.graph.edge_endpoints(e).expect("edge exists");
            new_nodes.extend([s, t]);
        }
        // Where a lost relation's ends are drawn: on the later graph's node of the same
        // entity, else on the earlier graph's node.
        let lives_on = |ix: NodeIndex| {
            let e = &self.matching.entities[self.matching.old[&ix]];
            e.new.first().copied()
        };
        let removed_edges: Vec<EdgeIndex> = self.removed_edges.iter().flatten().copied().collect();
        for &e in &removed_edges {
            let (s, t) = self.old.graph.edge_endpoints(e).expect("edge exists");
            for x in [s, t] {
                match lives_on(x) {
                    Some(n) => {
                        new_nodes.insert(n);
                    }
                    None => {
                        old_nodes.insert(x);
                    }
                }
            }
        }
        let touched: Vec<NodeIndex> = new_nodes.iter().copied().collect();
        for ix in touched {
            for (e, other, _) in self.new.incident(ix) {
                new_edges.insert(e);
                new_nodes.insert(other);
            }
        }
        let mut d = KnowledgeGraph::new();
        let mut from_new = FxHashMap::default();
        let mut from_old = FxHashMap::default();
        let mut changes = Changes::default();
        for &ix in &new_nodes {
            let at = d.add_node(self.new.node(ix).clone());
            from_new.insert(ix, at);
            if added_nodes.contains(&ix) {
                changes.added_nodes.insert(at);
            }
        }
        for &ix in &old_nodes {
            let at = d.add_node(self.old.node(ix).clone());
            from_old.insert(ix, at);
            if removed_nodes.contains(&ix) {
                changes.removed_nodes.insert(at);
            }
        }
        for &e in &new_edges {
            let (s, t) = self.new.graph.edge_endpoints(e).expect("edge exists");
            let at = d
                .graph
                .add_edge(from_new[&s], from_new[&t], self.new.edge(e).clone());
            if added_edges.contains(&e) {
                changes.added_edges.insert(at);
            }
        }
        for &e in &removed_edges {
            let (s, t) = self.old.graph.edge_endpoints(e).expect("edge exists");
            let place = |x: NodeIndex| lives_on(x).map_or_else(|| from_old[&x], |n| from_new[&n]);
            let at = d
                .graph
                .add_edge(place(s), place(t), self.old.edge(e).clone());
            changes.removed_edges.insert(at);
        }
        d.reindex();
        let mut view = View::all(&d);
        view.changes = changes;
        (d, view)
    }
}

/// The report as text: counts, then each list, most important first, at most `limit`
/// items a list (0 for all).
pub fn render_text(r: &DiffReport, limit: usize) -> String {
    if r.is_empty() {
        return "no changes\n".into();
    }
    let (d, e, rel, m) = (&r.documents, &r.entities, &r.relations, &r.meetings);
    let mut out = format!(
        "documents: {} added, {} removed, {} changed\n\
         entities:  {} added, {} removed, {} merged, {} split, {} regrouped, {} with a new id\n\
         relations: {} added, {} removed, {} changed modality, {} with more evidence\n\
         meetings:  {} added, {} removed, {} changed status\n",
        d.added,
        d.removed,
        d.changed,
        e.added.len(),
        e.removed.len(),
        e.merged.len(),
        e.split.len(),
        e.regrouped,
        e.renamed,
        rel.added.len(),
        rel.removed.len(),
        rel.modality_changed.len(),
        rel.more_evidence,
        m.added.len(),
        m.removed.len(),
        m.status_changed.len(),
    );
    entity_section(
        &mut out,
        "entities added (most mentioned first)",
        &e.added,
        limit,
    );
    entity_section(
        &mut out,
        "entities removed (most mentioned first)",
        &e.removed,
        limit,
    );
    regroup_section(&mut out, "entities merged", &e.merged, limit);
    regroup_section(&mut out, "entities split", &e.split, limit);
    relation_section(
        &mut out,
        "relations added (most evidence first)",
        &rel.added,
        limit,
    );
    relation_section(
        &mut out,
        "relations removed (most evidence first)",
        &rel.removed,
        limit,
    );
    if !rel.modality_changed.is_empty() {
        out.push_str("\nrelations whose modality changed\n");
        for c in shown(&rel.modality_changed, limit) {
            out.push_str(&format!(
                "  {} —{}→ {}: {} → {}  [{} evidence]\n",
                c.source.name,
                c.relation,
                c.target.name,
                c.before.as_str(),
                c.after.as_str(),
                c.evidence_count
            ));
            if let Some(ev) = &c.evidence {
                out.push_str(&sentence(ev));
            }
        }
        more(&mut out, rel.modality_changed.len(), limit);
    }
    meeting_section(
        &mut out,
        "meetings added (most evidence first)",
        &m.added,
        limit,
    );
    meeting_section(
        &mut out,
        "meetings removed (most evidence first)",
        &m.removed,
        limit,
    );
    if !m.status_changed.is_empty() {
        out.push_str("\nmeetings whose status changed\n");
        for c in shown(&m.status_changed, limit) {
            out.push_str(&format!(
                "  {}: {} → {}\n",
                c.meeting.name,
                c.before.as_str(),
                c.after.as_str()
            ));
        }
        more(&mut out, m.status_changed.len(), limit);
    }
    out
}

fn shown<T>(items: &[T], limit: usize) -> &[T] {
    if limit == 0 {
        items
    } else {
        &items[..items.len().min(limit)]
    }
}

fn more(out: &mut String, n: usize, limit: usize) {
    if limit > 0 && n > limit {
        out.push_str(&format!("  … and {} more\n", n - limit));
    }
}

fn sentence(ev: &EvidenceRef) -> String {
    format!(
        "      \"{}\" ({}{})\n",
        ev.text.trim(),
        ev.doc,
        ev.date
            .as_deref()
            .map(|d| format!(", {d}"))
            .unwrap_or_default()
    )
}

fn entity_section(out: &mut String, title: &str, items: &[EntityOut], limit: usize) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    let rows: Vec<Vec<String>> = shown(items, limit)
        .iter()
        .map(|x| {
            vec![
                format!("  {}", x.mentions),
                x.documents.to_string(),
                x.node.kind.to_string(),
                x.node.name.clone(),
                x.seen.describe(),
            ]
        })
        .collect();
    out.push_str(&table(
        &["  mentions", "documents", "kind", "name", "seen"],
        &rows,
    ));
    more(out, items.len(), limit);
}

/// Nodes named for each side of a merge or split in the text output.
const REGROUP_NAMES: usize = 4;

fn regroup_section(out: &mut String, title: &str, items: &[Regroup], limit: usize) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    let names = |v: &[NodeRef]| {
        let mut s: Vec<String> = v
            .iter()
            .take(REGROUP_NAMES)
            .map(|n| format!("{} ({})", n.name, n.id))
            .collect();
        if v.len() > REGROUP_NAMES {
            s.push(format!("{} more", v.len() - REGROUP_NAMES));
        }
        s.join(" + ")
    };
    for x in shown(items, limit) {
        let rules = if x.rules.is_empty() {
            String::new()
        } else {
            format!("  [{}]", x.rules.join(", "))
        };
        out.push_str(&format!("  {} → {}{rules}\n", names(&x.old), names(&x.new)));
    }
    more(out, items.len(), limit);
}

fn relation_section(out: &mut String, title: &str, items: &[RelationOut], limit: usize) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    for x in shown(items, limit) {
        let modality = if x.modality == Modality::Asserted {
            String::new()
        } else {
            format!(" ({})", x.modality.as_str())
        };
        out.push_str(&format!(
            "  {} —{}→ {}{modality}  [{} evidence, {}]\n",
            x.source.name,
            x.relation,
            x.target.name,
            x.evidence_count,
            x.seen.describe()
        ));
        if let Some(ev) = x.evidence.first() {
            out.push_str(&sentence(ev));
        }
    }
    more(out, items.len(), limit);
}

fn meeting_section(out: &mut String, title: &str, items: &[MeetingOut], limit: usize) {
    if items.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    let rows: Vec<Vec<String>> = shown(items, limit)
        .iter()
        .map(|x| {
            vec![
                format!("  {}", x.date.clone().unwrap_or_else(|| "-".into())),
                x.status.as_str().to_string(),
                x.meeting.name.clone(),
                x.attendees.join(", "),
            ]
        })
        .collect();
    out.push_str(&table(&["  date", "status", "meeting", "who"], &rows));
    more(out, items.len(), limit);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::{corpus, mini, Article, ArticleMeeting};
    use EntityKind::{Country, Person, Place};

    const PEOPLE: &[(&str, EntityKind)] = &[
        ("Ronald Reagan", Person),
        ("Japan", Country),
        ("Yasuhiro Nakasone", Person),
        ("Washington", Place),
    ];

    fn march() -> Vec<Article<'static>> {
        vec![
            Article {
                id: "r-01",
                date: Some("1987-03-02"),
                entities: PEOPLE,
                relations: &[(0, Relation::Criticized, 1, "Reagan criticized Japan.")],
                meetings: &[ArticleMeeting {
                    label: "Reagan and Nakasone talks",
                    date: Some("1987-04-30"),
                    status: MeetingStatus::Planned,
                    roles: &[(0, Relation::ParticipantIn), (2, Relation::ParticipantIn)],
                    place: Some(3),
                    sentence: "Reagan will meet Nakasone in Washington on April 30.",
                }],
            },
            Article {
                id: "r-02",
                date: Some("1987-03-20"),
                entities: &[
                    ("Ronald Reagan", Person),
                    ("Congress", EntityKind::Organization),
                ],
                relations: &[(0, Relation::Told, 1, "Reagan told Congress.")],
                meetings: &[],
            },
        ]
    }

    fn april() -> Vec<Article<'static>> {
        vec![
            Article {
                id: "r-03",
                date: Some("1987-04-02"),
                entities: &[
                    ("Ronald Reagan", Person),
                    ("Japan", Country),
                    ("Margaret Thatcher", Person),
                ],
                relations: &[
                    (
                        0,
                        Relation::Criticized,
                        1,
                        "Reagan did not criticize Japan.",
                    ),
                    (2, Relation::Supports, 0, "Thatcher backed Reagan."),
                ],
                meetings: &[],
            },
            Article {
                id: "r-04",
                date: Some("1987-04-30"),
                entities: PEOPLE,
                relations: &[],
                meetings: &[ArticleMeeting {
                    label: "Reagan and Nakasone talks",
                    date: Some("1987-04-30"),
                    status: MeetingStatus::Held,
                    roles: &[(0, Relation::ParticipantIn), (2, Relation::ParticipantIn)],
                    place: Some(3),
                    sentence: "Reagan met Nakasone in Washington.",
                }],
            },
            Article {
                id: "r-05",
                date: Some("1987-04-30"),
                entities: &[("Margaret Thatcher", Person), ("Ronald Reagan", Person)],
                relations: &[],
                meetings: &[ArticleMeeting {
                    label: "Thatcher and Reagan call",
                    date: Some("1987-04-30"),
                    status: MeetingStatus::Held,
                    roles: &[(0, Relation::ParticipantIn), (1, Relation::ParticipantIn)],
                    place: None,
                    sentence: "Thatcher spoke to Reagan by telephone.",
                }],
            },
        ]
    }

    fn names(v: &[EntityOut]) -> Vec<&str> {
        v.iter().map(|e| e.node.name.as_str()).collect()
    }

    fn lines(v: &[RelationOut]) -> Vec<String> {
        v.iter()
            .map(|r| format!("{} {} {}", r.source.name, r.relation, r.target.name))
            .collect()
    }

    #[test]
    fn a_graph_against_itself_is_empty() {
        let m = mini();
        let r = compare(&m.g, &m.g).report();
        assert!(r.is_empty(), "{r:?}");
        assert_eq!(render_text(&r, 20), "no changes\n");
        let g = corpus(&march());
        assert!(compare(&g, &g).report().is_empty());
    }

    #[test]
    fn nodes_sharing_a_name_in_one_document_are_no_change() {
        // "Corp" twice in one list of companies: two nodes, each matching both.
        let mut g = corpus(&march());
        for _ in 0..2 {
            let ix = g.add_node(crate::graph::Node::new(EntityKind::Organization, "Corp"));
            g.graph[ix].documents.insert("r-01".into());
        }
        let r = compare(&g, &g).report();
        assert!(r.is_empty(), "{r:?}");
        assert!(compare(&g, &g).drawing().0.node_count() == 0);
        // One of them gone is a merge.
        let mut fewer = g.clone();
        let second = fewer.lookup("Corp")[1];
        fewer.graph.remove_node(second);
        fewer.reindex();
        assert_eq!(compare(&g, &fewer).report().entities.merged.len(), 1);
    }

    #[test]
    fn appended_articles_are_what_is_added() {
        let old = corpus(&march());
        let mut all = march();
        all.extend(april());
        let mut new = old.clone();
        new.add_records(april().iter().map(Article::record), &Default::default());
        assert_eq!(new.node_count(), corpus(&all).node_count());
        let r = compare(&old, &new).report();
        assert_eq!(r.documents.added, 3);
        assert_eq!(names(&r.entities.added), ["Margaret Thatcher"]);
        assert!(r.entities.removed.is_empty() && r.entities.merged.is_empty());
        assert_eq!(
            lines(&r.relations.added),
            [
                "Margaret Thatcher participant_in Thatcher and Reagan call",
                "Margaret Thatcher supports Ronald Reagan",
                "Ronald Reagan participant_in Thatcher and Reagan call",
            ]
        );
        assert_eq!(
            r.relations.added[1].evidence[0].text,
            "Thatcher backed Reagan."
        );
        assert!(r.relations.removed.is_empty());
        // "did not criticize" is the latest word on Reagan and Japan; the talks planned
        // in March were held.
        let changed: Vec<(String, Modality, Modality)> = r
            .relations
            .modality_changed
            .iter()
            .map(|c| {
                (
                    format!("{} {}", c.source.name, c.relation),
                    c.before,
                    c.after,
                )
            })
            .collect();
        assert_eq!(
            changed,
            [
                (
                    "Reagan and Nakasone talks held_in".to_string(),
                    Modality::Planned,
                    Modality::Asserted
                ),
                (
                    "Ronald Reagan participant_in".into(),
                    Modality::Planned,
                    Modality::Asserted
                ),
                (
                    "Ronald Reagan criticized".into(),
                    Modality::Asserted,
                    Modality::Negated
                ),
                (
                    "Yasuhiro Nakasone participant_in".into(),
                    Modality::Planned,
                    Modality::Asserted
                ),
            ]
        );
        assert_eq!(r.meetings.added.len(), 1);
        assert_eq!(r.meetings.added[0].meeting.name, "Thatcher and Reagan call");
        assert_eq!(
            r.meetings.added[0].attendees,
            ["Margaret Thatcher", "Ronald Reagan"]
        );
        assert_eq!(r.meetings.status_changed.len(), 1);
        assert_eq!(r.meetings.status_changed[0].after, MeetingStatus::Held);
        let text = render_text(&r, 20);
        assert!(
            text.starts_with("documents: 3 added, 0 removed, 0 changed\n"),
            "{text}"
        );
        assert!(
            text.contains("\nentities added (most mentioned first)\n"),
            "{text}"
        );
        assert!(
            text.contains("  Ronald Reagan —criticized→ Japan: asserted → negated  [2 evidence]\n"),
            "{text}"
        );

        // Read the other way, the same changes are removals.
        let back = compare(&new, &old).report();
        assert_eq!(names(&back.entities.removed), ["Margaret Thatcher"]);
        assert_eq!(back.relations.removed.len(), 3);
        assert_eq!(back.meetings.removed.len(), 1);
    }

    #[test]
    fn renamed_merged_and_split_nodes_are_matched() {
        let person = |id: &'static str, name: &'static str| Article {
            id,
            date: Some("1987-03-01"),
            entities: Box::leak(Box::new([(name, Person)])),
            relations: &[],
            meetings: &[],
        };
        // "Reagan" then "Ronald Reagan": one person.
        let one = corpus(&[person("a", "Reagan"), person("b", "Ronald Reagan")]);
        assert_eq!(one.node_count(), 1);
        // With "Nancy Reagan" read too, the surname could be either of two people: it
        // stands apart, and so does "Ronald Reagan".
        let two = corpus(&[
            person("a", "Reagan"),
            person("a2", "Nancy Reagan"),
            person("b", "Ronald Reagan"),
        ]);
        assert_eq!(two.node_count(), 3);
        let r = compare(&one, &two).report();
        assert_eq!(r.entities.split.len(), 1);
        assert_eq!(r.entities.split[0].new.len(), 2);
        assert_eq!(names(&r.entities.added), ["Nancy Reagan"]);
        assert!(r.entities.removed.is_empty());
        let back = compare(&two, &one).report();
        assert_eq!(back.entities.merged.len(), 1);
        assert_eq!(back.entities.merged[0].old.len(), 2);
        assert_eq!(names(&back.entities.removed), ["Nancy Reagan"]);
        // "Reagan" read before "Ronald Reagan" joins his node, which keeps the full
        // name's id: the same entity, with nothing added, removed or renamed.
        let alone = corpus(&[person("b", "Ronald Reagan")]);
        let id = |g: &KnowledgeGraph, name: &str| g.node(g.lookup(name)[0]).id.clone();
        assert_eq!(id(&alone, "Ronald Reagan"), "person:ronald-reagan");
        assert_eq!(id(&one, "Reagan"), "person:ronald-reagan");
        let r = compare(&alone, &one).report();
        assert!(
            r.entities.added.is_empty() && r.entities.removed.is_empty(),
            "{r:?}"
        );
        assert_eq!(r.entities.renamed, 0);
        // "Reagan" alone has the surname's id; once "Ronald Reagan" is read it has his:
        // a new id, the same entity.
        let surname = corpus(&[person("a", "Reagan")]);
        assert_eq!(id(&surname, "Reagan"), "person:reagan");
        let r = compare(&surname, &one).report();
        assert_eq!(r.entities.renamed, 1, "{r:?}");
        assert!(r.entities.removed.is_empty(), "{r:?}");
    }

    #[test]
    fn the_drawing_marks_added_and_removed() {
        let old = corpus(&march());
        let mut all = march();
        all.extend(april());
        let new = corpus(&all);
        let cmp = compare(&old, &new);
        let (d, v) = cmp.drawing();
        let added: BTreeSet<&str> = v
            .changes
            .added_nodes
            .iter()
            .map(|&ix| d.node(ix).name.as_str())
            .collect();
        assert_eq!(
            added,
            ["Margaret Thatcher", "Thatcher and Reagan call"].into()
        );
        assert_eq!(v.changes.added_edges.len(), 3);
        assert!(v.changes.removed_edges.is_empty());
        // One hop of context: Reagan's other relations are drawn, unmarked.
        assert!(d.lookup("Congress").len() == 1);
        assert!(v.edges.len() > v.changes.added_edges.len());
        let (_, back) = compare(&new, &old).drawing();
        assert_eq!(back.changes.removed_edges.len(), 3);
        assert_eq!(back.changes.removed_nodes.len(), 2);
    }
}
