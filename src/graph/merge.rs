//! Merging documents' extractions into the graph, resolving entities across documents.
//!
//! The graph is a pure function of the set of documents: the corpus is resolved as a
//! whole first (see [`super::corpus`]), then records are folded in order of document
//! id, so building in one go, appending in parts and merging separately built graphs
//! all give the same result.

use super::corpus::{self, Resolution, Rule};
use super::policy::MergePolicy;
use super::{node_id, DocumentRecord, KnowledgeGraph, MeetingInfo, MergeRecord, Node};
use crate::extract::{Extraction, LocalMeeting};
use crate::model::{EntityKind, MeetingStatus, Relation};
use petgraph::stable_graph::NodeIndex;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Pairs of names that must never be merged, as [`super::name_key`]s.
pub type ForbiddenMerges = BTreeSet<(String, String)>;

/// FNV-1a, used to recognise a re-added article.
pub fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in text.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// What adding documents changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddReport {
    /// Documents that were new.
    pub added: usize,
    /// Documents whose id was known with a different text; the new text replaced them.
    pub replaced: Vec<String>,
    /// Documents already present with the same text; nothing changed.
    pub unchanged: usize,
}

impl KnowledgeGraph {
    /// Build a graph from document records.
    pub fn from_records(
        records: impl IntoIterator<Item = DocumentRecord>,
        policy: &MergePolicy,
    ) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        g.add_records(records, policy);
        g
    }

    /// Add documents, then rebuild the graph from all records in id order.
    pub fn add_records(
        &mut self,
        records: impl IntoIterator<Item = DocumentRecord>,
        policy: &MergePolicy,
    ) -> AddReport {
        let mut report = AddReport::default();
        let mut docs = std::mem::take(&mut self.documents);
        for rec in records {
            match docs.get(&rec.meta.id) {
                Some(old) if old.fingerprint == rec.fingerprint => report.unchanged += 1,
                Some(_) => {
                    report.replaced.push(rec.meta.id.clone());
                    docs.insert(rec.meta.id.clone(), rec);
                }
                None => {
                    report.added += 1;
                    docs.insert(rec.meta.id.clone(), rec);
                }
            }
        }
        *self = KnowledgeGraph::new();
        let recs: Vec<&DocumentRecord> = docs.values().collect();
        let res = corpus::resolve(&recs, policy);
        let mut fold = Fold::new(&res, policy);
        for (r, rec) in recs.iter().enumerate() {
            self.merge_extraction(&rec.extraction, r, &mut fold);
        }
        self.unused_decisions = res.unused_decisions.clone();
        self.documents = docs;
        report
    }

    /// Merge one document's extraction into the graph.
    fn merge_extraction(&mut self, ex: &Extraction, rec: usize, fold: &mut Fold) {
        let doc = ex.doc.id.as_str();
        let map: Vec<NodeIndex> = (0..ex.entities.len())
            .map(|i| self.place_entity(ex, rec, i, fold))
            .collect();
        for r in &ex.relations {
            let (s, t) = (map[r.source], map[r.target]);
            if s != t {
                self.add_evidence(s, r.relation, t, r.evidence.clone());
            }
        }
        for m in &ex.meetings {
            self.merge_meeting(m, &map, doc);
        }
    }

    /// Put entity `i` of a record into the node of its cluster, creating the node on
    /// the cluster's first appearance, and log why it is there.
    fn place_entity(
        &mut self,
        ex: &Extraction,
        rec: usize,
        i: usize,
        fold: &mut Fold,
    ) -> NodeIndex {
        let e = &ex.entities[i];
        let p = fold.res.placement(rec, i);
        let ix = self.node_of(p.cluster, fold);
        // An entity under the node's own name, read as the node's kind, needs no word.
        let plain = p.rule == Rule::ExactName
            && p.kind_note.is_empty()
            && e.name == fold.res.clusters[p.cluster].name;
        if !plain {
            self.merge_log.push(MergeRecord {
                node: fold.ids[p.cluster].clone(),
                form: e.name.clone(),
                doc: ex.doc.id.clone(),
                rule: p.rule.as_str().to_string(),
                evidence: p.evidence.clone(),
                candidates: p.candidates.iter().map(|&c| fold.ids[c].clone()).collect(),
                kind_note: p.kind_note.clone(),
                weak: p.weak,
            });
        }
        // The entity's own name always; its other names unless generic ("Radio").
        self.add_alias(ix, &e.name);
        for alias in e.aliases.keys() {
            if !fold.policy.names.is_generic(alias) {
                self.add_alias(ix, alias);
            }
        }
        let node = &mut self.graph[ix];
        node.documents.insert(ex.doc.id.clone());
        node.mentions += e.mentions;
        node.roles.extend(e.roles.iter().cloned());
        ix
    }

    /// The node of a cluster, made on the cluster's first appearance.
    fn node_of(&mut self, cluster: usize, fold: &mut Fold) -> NodeIndex {
        if let Some(ix) = fold.nodes[cluster] {
            return ix;
        }
        let c = &fold.res.clusters[cluster];
        let node = Node {
            id: fold.ids[cluster].clone(),
            ..Node::new(c.kind, &c.name)
        };
        let ix = self.add_node(node);
        fold.nodes[cluster] = Some(ix);
        ix
    }

    /// Merge a meeting: the same participants at compatible dates and places across
    /// documents are one meeting. A meeting planned in one article and reported held in
    /// a later one is the same meeting when both give the same day.
    fn merge_meeting(&mut self, m: &LocalMeeting, map: &[NodeIndex], doc: &str) {
        let actors: BTreeSet<NodeIndex> = m.roles.iter().map(|r| map[r.entity]).collect();
        let place = m.place.as_ref().map(|(p, _)| map[*p]);
        let existing = self
            .graph
            .node_indices()
            // Meetings of one document were already told apart by the extractor.
            .filter(|&ix| !self.graph[ix].documents.contains(doc))
            .find(|&ix| self.same_meeting(ix, m, &actors, place));
        let ix = match existing {
            Some(ix) => {
                let node = self.graph[ix].id.clone();
                self.merge_log.push(MergeRecord {
                    node,
                    form: m.label.clone(),
                    doc: doc.to_string(),
                    rule: "meeting-same-participants".into(),
                    ..MergeRecord::default()
                });
                let info = self.graph[ix].meeting.as_mut().expect("meeting node");
                if info.date.is_none() || more_precise(m.date.as_deref(), info.date.as_deref()) {
                    info.date = m.date.clone();
                }
                if info.when.is_none() {
                    info.when = m.when.clone();
                }
                // What happened outranks what was planned.
                if m.status == MeetingStatus::Held {
                    info.status = MeetingStatus::Held;
                }
                ix
            }
            None => self.add_node(Node {
                id: node_id(EntityKind::Meeting, &m.label),
                kind: EntityKind::Meeting,
                name: m.label.clone(),
                aliases: BTreeSet::new(),
                documents: BTreeSet::new(),
                mentions: 0,
                roles: BTreeSet::new(),
                meeting: Some(MeetingInfo {
                    when: m.when.clone(),
                    date: m.date.clone(),
                    status: m.status,
                }),
            }),
        };
        let node = &mut self.graph[ix];
        node.documents.insert(doc.to_string());
        node.mentions += m.evidence.len().max(1);
        for role in &m.roles {
            self.add_evidence(map[role.entity], role.relation, ix, role.evidence.clone());
        }
        if let Some((p, ev)) = &m.place {
            self.add_evidence(ix, Relation::HeldIn, map[*p], ev.clone());
        }
    }

    /// Whether meeting node `ix` is the meeting `m` (with actors and place as nodes).
    fn same_meeting(
        &self,
        ix: NodeIndex,
        m: &LocalMeeting,
        actors: &BTreeSet<NodeIndex>,
        place: Option<NodeIndex>,
    ) -> bool {
        let Some(info) = &self.graph[ix].meeting else {
            return false;
        };
        let (a, b) = (info.date.as_deref(), m.date.as_deref());
        if !dates_compatible(a, b) {
            return false;
        }
        let same_day = matches!((a, b), (Some(a), Some(b)) if a == b && a.len() == 10);
        let status_ok = info.status == m.status
            || (same_day
                && info.status != MeetingStatus::Cancelled
                && m.status != MeetingStatus::Cancelled);
        if !status_ok {
            return false;
        }
        // Undated meetings with different written times ("Sunday", "Thursday") differ.
        if a.is_none() || b.is_none() {
            if let (Some(x), Some(y)) = (info.when.as_deref(), m.when.as_deref()) {
                if super::name_key(x) != super::name_key(y) {
                    return false;
                }
            }
        }
        let (theirs, their_place) = self.meeting_shape(ix);
        match (place, their_place) {
            (Some(a), Some(b)) if a != b => return false,
            _ => {}
        }
        let shared = actors.intersection(&theirs).count();
        let union = actors.union(&theirs).count();
        // One shared actor is enough only when place and day agree too.
        let anchored = same_day && place.is_some() && place == their_place;
        shared * 2 >= union && (shared >= 2 || (shared == 1 && anchored))
    }

    /// The actors of a meeting node and its place.
    fn meeting_shape(&self, ix: NodeIndex) -> (BTreeSet<NodeIndex>, Option<NodeIndex>) {
        let mut actors = BTreeSet::new();
        let mut place = None;
        for (e, other, outgoing) in self.incident(ix) {
            let rel = self.graph[e].relation;
            if !outgoing && rel.is_meeting_role() {
                actors.insert(other);
            } else if outgoing && rel == Relation::HeldIn {
                place = Some(other);
            }
        }
        (actors, place)
    }

    /// Merge another graph into this one (the union of their documents).
    pub fn merge_graph(&mut self, other: KnowledgeGraph, policy: &MergePolicy) -> AddReport {
        self.add_records(other.documents.into_values(), policy)
    }
}

/// Dates are compatible when either is unknown or one is a prefix of the other
/// ("2010-09" and "2010-09-02").
fn dates_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b) || b.starts_with(a),
        _ => true,
    }
}

/// True when `a` is a longer (more precise) date than `b` that agrees with it.
fn more_precise(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a.len() > b.len() && a.starts_with(b))
}

/// What the fold keeps besides the graph: the resolution, each cluster's node id and
/// node once made.
struct Fold<'a> {
    res: &'a Resolution,
    policy: &'a MergePolicy,
    ids: Vec<String>,
    nodes: Vec<Option<NodeIndex>>,
}

impl<'a> Fold<'a> {
    /// Node ids for every cluster in order of first appearance, which is the order
    /// nodes are made in: the same slug twice gets a numeric suffix.
    fn new(res: &'a Resolution, policy: &'a MergePolicy) -> Fold<'a> {
        let mut taken = HashSet::new();
        let ids = res
            .clusters
            .iter()
            .map(|c| {
                let base = node_id(c.kind, &c.name);
                let mut id = base.clone();
                let mut n = 2;
                while !taken.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                id
            })
            .collect();
        Fold {
            res,
            policy,
            ids,
            nodes: vec![None; res.clusters.len()],
        }
    }
}

/// Group records by id, keeping the last of each.
pub fn dedup_records(records: Vec<DocumentRecord>) -> Vec<DocumentRecord> {
    let mut m = BTreeMap::new();
    for r in records {
        m.insert(r.meta.id.clone(), r);
    }
    m.into_values().collect()
}

#[cfg(test)]
#[path = "merge_entity_tests.rs"]
mod entity_tests;

#[cfg(test)]
mod meeting_tests {
    use super::*;
    use crate::extract::{LocalEntity, MeetingRole};
    use crate::input::DocumentMeta;
    use crate::model::{Evidence, Span};

    fn ev(doc: &str) -> Evidence {
        Evidence::new(doc, 0, Span::new(0, 1), "x", "r")
    }

    fn entity(name: &str, kind: EntityKind) -> LocalEntity {
        LocalEntity {
            name: name.into(),
            kind,
            aliases: Default::default(),
            roles: vec![],
            mentions: 1,
            kind_guessed: false,
            country: None,
        }
    }

    /// A document with one meeting of `actors` (names of people), optional place Oslo.
    fn record(
        id: &str,
        actors: &[&str],
        oslo: bool,
        when: Option<&str>,
        date: Option<&str>,
        status: MeetingStatus,
    ) -> DocumentRecord {
        let mut entities: Vec<LocalEntity> = actors
            .iter()
            .map(|a| entity(a, EntityKind::Person))
            .collect();
        entities.push(entity("Oslo", EntityKind::Place));
        let roles = (0..actors.len())
            .map(|i| MeetingRole {
                entity: i,
                relation: Relation::ParticipantIn,
                evidence: ev(id),
            })
            .collect();
        let meeting = LocalMeeting {
            label: actors.join(" and "),
            roles,
            place: oslo.then(|| (actors.len(), ev(id))),
            when: when.map(str::to_string),
            date: date.map(str::to_string),
            status,
            evidence: vec![ev(id)],
        };
        let meta = DocumentMeta {
            id: id.into(),
            ..Default::default()
        };
        DocumentRecord {
            meta: meta.clone(),
            fingerprint: fingerprint(id),
            extraction: Extraction {
                doc: meta,
                mentions: vec![],
                entities,
                relations: vec![],
                meetings: vec![meeting],
                titles: vec![],
                limits: vec![],
            },
        }
    }

    fn meetings(g: &KnowledgeGraph) -> Vec<&Node> {
        g.graph
            .node_indices()
            .map(|ix| &g.graph[ix])
            .filter(|n| n.kind == EntityKind::Meeting)
            .collect()
    }

    #[test]
    fn same_participants_and_day_merge_across_documents() {
        let held = MeetingStatus::Held;
        let g = KnowledgeGraph::from_records(
            [
                record(
                    "a",
                    &["Ana Kos", "Bo Lind"],
                    true,
                    Some("Thursday"),
                    Some("2012-03-08"),
                    held,
                ),
                record(
                    "b",
                    &["Ana Kos", "Bo Lind"],
                    false,
                    Some("March 8"),
                    Some("2012-03-08"),
                    held,
                ),
            ],
            &MergePolicy::default(),
        );
        assert_eq!(meetings(&g).len(), 1);
        assert_eq!(meetings(&g)[0].documents.len(), 2);
    }

    #[test]
    fn different_days_or_written_times_stay_apart() {
        let held = MeetingStatus::Held;
        let by_date = KnowledgeGraph::from_records(
            [
                record(
                    "a",
                    &["Ana Kos", "Bo Lind"],
                    true,
                    None,
                    Some("2012-03-08"),
                    held,
                ),
                record(
                    "b",
                    &["Ana Kos", "Bo Lind"],
                    true,
                    None,
                    Some("2012-05-02"),
                    held,
                ),
            ],
            &MergePolicy::default(),
        );
        assert_eq!(meetings(&by_date).len(), 2);
        let by_day = KnowledgeGraph::from_records(
            [
                record(
                    "c",
                    &["Ana Kos", "Bo Lind"],
                    false,
                    Some("Sunday"),
                    None,
                    held,
                ),
                record(
                    "d",
                    &["Ana Kos", "Bo Lind"],
                    false,
                    Some("Monday"),
                    None,
                    held,
                ),
            ],
            &MergePolicy::default(),
        );
        assert_eq!(meetings(&by_day).len(), 2);
    }

    #[test]
    fn a_planned_meeting_later_reported_held_is_one_meeting() {
        let g = KnowledgeGraph::from_records(
            [
                record(
                    "a",
                    &["Ana Kos", "Bo Lind"],
                    true,
                    Some("Sunday"),
                    Some("2016-06-26"),
                    MeetingStatus::Planned,
                ),
                record(
                    "b",
                    &["Ana Kos", "Bo Lind"],
                    true,
                    Some("Sunday"),
                    Some("2016-06-26"),
                    MeetingStatus::Held,
                ),
                record(
                    "c",
                    &["Ana Kos", "Bo Lind"],
                    true,
                    Some("Sunday"),
                    Some("2016-06-26"),
                    MeetingStatus::Cancelled,
                ),
            ],
            &MergePolicy::default(),
        );
        let ms = meetings(&g);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].meeting.as_ref().unwrap().status, MeetingStatus::Held);
    }

    #[test]
    fn one_shared_actor_needs_the_same_place_and_day() {
        let held = MeetingStatus::Held;
        let g = KnowledgeGraph::from_records(
            [
                record("a", &["Ana Kos"], true, None, Some("2012-03-08"), held),
                record("b", &["Ana Kos"], true, None, Some("2012-03-08"), held),
                record("c", &["Ana Kos"], false, None, Some("2012-03-08"), held),
            ],
            &MergePolicy::default(),
        );
        assert_eq!(meetings(&g).len(), 2);
    }
}
