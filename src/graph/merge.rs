//! Merging documents' extractions into the graph, resolving entities across documents.
//!
//! The graph is a pure function of the set of documents: they are always folded in
//! order of document id, so building in one go, appending in parts and merging
//! separately built graphs all give the same result.

use super::{node_id, DocumentRecord, KnowledgeGraph, MeetingInfo, MergeRecord, Node};
use crate::extract::{Extraction, LocalEntity, LocalMeeting};
use crate::model::{EntityKind, MeetingStatus, Relation};
use petgraph::stable_graph::NodeIndex;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
        forbidden: &ForbiddenMerges,
    ) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        g.add_records(records, forbidden);
        g
    }

    /// Add documents, then rebuild the graph from all records in id order.
    pub fn add_records(
        &mut self,
        records: impl IntoIterator<Item = DocumentRecord>,
        forbidden: &ForbiddenMerges,
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
        let mut index = EntityIndex::default();
        for rec in docs.values() {
            self.merge_extraction(&rec.extraction, forbidden, &mut index);
        }
        self.documents = docs;
        report
    }

    /// Merge one document's extraction into the graph.
    fn merge_extraction(
        &mut self,
        ex: &Extraction,
        forbidden: &ForbiddenMerges,
        index: &mut EntityIndex,
    ) {
        let doc = ex.doc.id.as_str();
        let map: Vec<NodeIndex> = ex
            .entities
            .iter()
            .map(|e| self.resolve_entity(e, doc, forbidden, index))
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

    /// Find the node for a document entity, or create it.
    fn resolve_entity(
        &mut self,
        e: &LocalEntity,
        doc: &str,
        forbidden: &ForbiddenMerges,
        index: &mut EntityIndex,
    ) -> NodeIndex {
        // A node of the same kind first; one whose kind differs only by a guess after.
        let found = self
            .match_entity(e, forbidden, index, false)
            .or_else(|| self.match_entity(e, forbidden, index, true));
        let (ix, rule) = match found {
            Some((ix, rule)) => (ix, Some(rule)),
            None => {
                let ix = self.add_node(Node::new(e.kind, &e.name));
                if e.kind_guessed {
                    index.guessed.insert(ix);
                }
                (ix, None)
            }
        };
        if let Some(rule) = rule {
            let mut rule = rule.to_string();
            let node_kind = self.graph[ix].kind;
            if node_kind != e.kind {
                // Kinds differ only when one side was a guess: a kind read from strong
                // evidence overrules a guessed one.
                rule = if index.guessed.contains(&ix) && !e.kind_guessed {
                    self.retype(ix, e.kind);
                    format!("{rule}; kind {node_kind} was guessed, now {}", e.kind)
                } else {
                    format!("{rule}; guessed kind {} overruled by {node_kind}", e.kind)
                };
            }
            if !e.kind_guessed {
                index.guessed.remove(&ix);
            }
            let node = self.graph[ix].id.clone();
            self.merge_log.push(MergeRecord {
                node,
                form: e.name.clone(),
                doc: doc.to_string(),
                rule,
            });
            // A fuller name seen later becomes the canonical one.
            if is_fuller_name(&e.name, &self.graph[ix].name) {
                let old = std::mem::replace(&mut self.graph[ix].name, e.name.clone());
                self.graph[ix].aliases.remove(&e.name);
                self.add_alias(ix, &old);
                self.index_name(super::name_key(&e.name), ix);
            }
        }
        self.add_alias(ix, &e.name);
        for alias in e.aliases.keys() {
            self.add_alias(ix, alias);
        }
        index.add(ix, e);
        let node = &mut self.graph[ix];
        node.documents.insert(doc.to_string());
        node.mentions += e.mentions;
        node.roles.extend(e.roles.iter().cloned());
        ix
    }

    /// Give node `ix` another kind, and the id that goes with it; earlier merge records
    /// follow the new id.
    fn retype(&mut self, ix: NodeIndex, kind: EntityKind) {
        let old = self.graph[ix].id.clone();
        let base = node_id(kind, &self.graph[ix].name);
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.remove(&old);
        self.ids.insert(id.clone(), ix);
        for r in self.merge_log.iter_mut().filter(|r| r.node == old) {
            r.node = id.clone();
        }
        let node = &mut self.graph[ix];
        node.kind = kind;
        node.id = id;
    }

    /// The existing node a document entity is the same as, with the rule that says so.
    fn match_entity(
        &self,
        e: &LocalEntity,
        forbidden: &ForbiddenMerges,
        index: &EntityIndex,
        retyping: bool,
    ) -> Option<(NodeIndex, &'static str)> {
        if retyping && !e.kind_guessed && index.guessed.is_empty() {
            return None;
        }
        let allowed = |ix: NodeIndex| {
            let n = &self.graph[ix];
            let ok = if retyping {
                (e.kind_guessed || index.guessed.contains(&ix)) && interchangeable(n.kind, e.kind)
            } else {
                compatible(n.kind, e.kind)
            };
            ok && !forbids(forbidden, e, n)
        };
        let unique = |cands: &mut dyn Iterator<Item = NodeIndex>| -> Option<NodeIndex> {
            let mut c: Vec<NodeIndex> = cands.filter(|&ix| allowed(ix)).collect();
            c.sort();
            c.dedup();
            (c.len() == 1).then(|| c[0])
        };
        // 1. The canonical name is a known name or alias.
        if let Some(ix) = unique(&mut self.lookup(&e.name).iter().copied()) {
            return Some((ix, "exact-name"));
        }
        // 2. One of the document's other names for it (a full name, an acronym) is known.
        //    A bare surname only counts when it picks out one node (rule 3).
        let mut by_alias = e
            .aliases
            .keys()
            .filter(|a| e.kind != EntityKind::Person || a.contains(' '))
            .flat_map(|a| self.lookup(a).iter().copied());
        if let Some(ix) = unique(&mut by_alias) {
            return Some((ix, "alias"));
        }
        let words: Vec<&str> = e.name.split_whitespace().collect();
        if e.kind == EntityKind::Person {
            let surname = super::name_key(words.last().copied().unwrap_or(""));
            let cands = index
                .surname
                .get(&surname)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            if words.len() == 1 {
                // 3. A person known only by surname here merges with the one person of that
                //    surname in the graph; two people sharing a surname stay apart.
                if let Some(ix) = unique(&mut cands.iter().copied()) {
                    return Some((ix, "surname-unique"));
                }
            } else {
                // 4. A full name whose surname is the whole name of one node known only by
                //    that surname ("Netanyahu" first, "Benjamin Netanyahu" later).
                let mut bare = cands.iter().copied().filter(|&ix| {
                    let n = &self.graph[ix];
                    n.names().all(|nm| !nm.contains(' '))
                });
                if let Some(ix) = unique(&mut bare) {
                    return Some((ix, "surname-upgrade"));
                }
            }
        }
        // 5. An acronym standing for one organisation's full name ("PLO").
        if e.kind == EntityKind::Organization && words.len() == 1 && is_acronym(&e.name) {
            let key: String = e.name.chars().filter(|c| c.is_alphabetic()).collect();
            if let Some(c) = index.initials.get(&key) {
                if let Some(ix) = unique(&mut c.iter().copied()) {
                    return Some((ix, "acronym"));
                }
            }
        }
        None
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
    pub fn merge_graph(&mut self, other: KnowledgeGraph, forbidden: &ForbiddenMerges) -> AddReport {
        self.add_records(other.documents.into_values(), forbidden)
    }
}

/// Entity kinds that may be one entity.
fn compatible(a: EntityKind, b: EntityKind) -> bool {
    a == b && a != EntityKind::Meeting
}

/// Kinds a weak guess may confuse, so that one name typed differently in two documents
/// can still be one entity: organisations and places ("Karabilah" after "the" in one
/// article, after "in" in another). People, countries and meetings are never retyped.
fn interchangeable(a: EntityKind, b: EntityKind) -> bool {
    use EntityKind::{Organization, Place};
    matches!((a, b), (Organization, Place) | (Place, Organization))
}

/// True when the user forbade merging any name of the entity with any name of the node.
fn forbids(forbidden: &ForbiddenMerges, e: &LocalEntity, node: &Node) -> bool {
    if forbidden.is_empty() {
        return false;
    }
    let ours: Vec<String> = std::iter::once(&e.name)
        .chain(e.aliases.keys())
        .map(|n| super::name_key(n))
        .collect();
    node.names().any(|n| {
        let b = super::name_key(n);
        ours.iter().any(|a| {
            forbidden.contains(&(a.clone(), b.clone()))
                || forbidden.contains(&(b.clone(), a.clone()))
        })
    })
}

/// Indexes for entity matching that the name index does not give: people by surname
/// and organisations by the initials of their full names. Built while folding
/// documents, so matching stays proportional to the candidates, not the graph.
#[derive(Debug, Default)]
struct EntityIndex {
    surname: HashMap<String, Vec<NodeIndex>>,
    initials: HashMap<String, Vec<NodeIndex>>,
    /// Nodes whose kind every document so far only guessed.
    guessed: HashSet<NodeIndex>,
}

impl EntityIndex {
    fn push(map: &mut HashMap<String, Vec<NodeIndex>>, key: String, ix: NodeIndex) {
        let v = map.entry(key).or_default();
        if !v.contains(&ix) {
            v.push(ix);
        }
    }

    /// Index the names a document entity brought to node `ix`.
    fn add(&mut self, ix: NodeIndex, e: &LocalEntity) {
        for name in std::iter::once(&e.name).chain(e.aliases.keys()) {
            match e.kind {
                EntityKind::Person => {
                    if let Some(last) = name.split_whitespace().last() {
                        Self::push(&mut self.surname, super::name_key(last), ix);
                    }
                }
                EntityKind::Organization => {
                    let words: Vec<&str> = name
                        .split_whitespace()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .collect();
                    if words.len() >= 2 {
                        let key: String = words.iter().filter_map(|w| w.chars().next()).collect();
                        Self::push(&mut self.initials, key, ix);
                    }
                }
                _ => {}
            }
        }
    }
}

/// All capitals, two to six letters ("PLO", "U.N.").
fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// True when `a` has more words than `b` and ends with `b`'s last word ("Benjamin
/// Netanyahu" over "Netanyahu").
fn is_fuller_name(a: &str, b: &str) -> bool {
    let (wa, wb) = (a.split_whitespace().count(), b.split_whitespace().count());
    wa > wb && a.split_whitespace().last() == b.split_whitespace().last()
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
    use crate::extract::MeetingRole;
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
            &Default::default(),
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
            &Default::default(),
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
            &Default::default(),
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
            &Default::default(),
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
            &Default::default(),
        );
        assert_eq!(meetings(&g).len(), 2);
    }
}
