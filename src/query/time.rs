//! Time in the graph: when each node and edge was first and last seen, and the graph cut
//! down to what was reported inside a window of dates.
//!
//! Nothing here is stored: dates come from the evidence (each piece carries its
//! document's date), the documents' metadata and the meeting dates read in the text, so
//! graphs written before this existed answer the same way.

use super::DateWindow;
use crate::graph::{KnowledgeGraph, MeetingInfo};
use crate::model::{EntityKind, MeetingStatus, Relation};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::BTreeSet;

/// The first and last dates something was seen; both empty when nothing about it is
/// dated.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Seen {
    /// Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<String>,
    /// Latest date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last: Option<String>,
}

impl Seen {
    /// The span of these dates.
    pub fn of<'a>(dates: impl IntoIterator<Item = &'a str>) -> Seen {
        let mut first: Option<&str> = None;
        let mut last: Option<&str> = None;
        for d in dates {
            if first.is_none_or(|f| d < f) {
                first = Some(d);
            }
            if last.is_none_or(|l| d > l) {
                last = Some(d);
            }
        }
        Seen {
            first: first.map(str::to_string),
            last: last.map(str::to_string),
        }
    }

    /// True when nothing was dated.
    pub fn is_undated(&self) -> bool {
        self.first.is_none()
    }

    /// "1987-03-02", "1987-03-02 to 1987-04-10" or "undated".
    pub fn describe(&self) -> String {
        match (&self.first, &self.last) {
            (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
            (Some(a), _) => a.clone(),
            _ => "undated".into(),
        }
    }
}

/// Dates of a graph's documents, to say when nodes and edges were seen.
pub struct Dates<'g> {
    by_doc: FxHashMap<&'g str, &'g str>,
}

impl<'g> Dates<'g> {
    /// The documents' dates: from their metadata, or from their evidence for
    /// documents the graph keeps no record of.
    pub fn of(g: &'g KnowledgeGraph) -> Dates<'g> {
        let mut by_doc: FxHashMap<&str, &str> = g
            .documents
            .iter()
            .filter_map(|(id, r)| Some((id.as_str(), r.meta.date.as_deref()?)))
            .collect();
        for e in g.graph.edge_weights() {
            for ev in &e.evidence {
                if let Some(d) = &ev.date {
                    by_doc.entry(ev.doc.as_str()).or_insert(d.as_str());
                }
            }
        }
        Dates { by_doc }
    }

    /// The date of a document, when known.
    pub fn doc(&self, id: &str) -> Option<&'g str> {
        self.by_doc.get(id).copied()
    }

    /// When a node was seen: a meeting on the date the text gives for it; anything
    /// else on the dates of the documents mentioning it (or, for a node that records
    /// no documents, of its edges' evidence).
    pub fn node(&self, g: &'g KnowledgeGraph, ix: NodeIndex) -> Seen {
        let n = g.node(ix);
        if let Some(date) = meeting_date(g, ix) {
            return Seen::of([date]);
        }
        if !n.documents.is_empty() {
            return Seen::of(n.documents.iter().filter_map(|d| self.doc(d)));
        }
        Seen::of(g.incident(ix).into_iter().flat_map(|(e, _, _)| {
            g.edge(e)
                .evidence
                .iter()
                .filter_map(|ev| ev.date.as_deref())
        }))
    }

    /// When an edge was seen: on its evidence's dates, or, for a role in a meeting or a
    /// meeting's place, on the date the text gives for the meeting.
    pub fn edge(&self, g: &'g KnowledgeGraph, e: EdgeIndex) -> Seen {
        edge_seen(g, e)
    }
}

/// When an edge was seen (see [`Dates::edge`]); needs no document dates.
pub fn edge_seen(g: &KnowledgeGraph, e: EdgeIndex) -> Seen {
    if let Some(date) = edge_meeting(g, e).and_then(|m| meeting_date(g, m)) {
        return Seen::of([date]);
    }
    Seen::of(
        g.edge(e)
            .evidence
            .iter()
            .filter_map(|ev| ev.date.as_deref()),
    )
}

/// The meeting an edge ties an actor or a place to, if it is such an edge.
pub fn edge_meeting(g: &KnowledgeGraph, e: EdgeIndex) -> Option<NodeIndex> {
    let (s, t) = g.graph.edge_endpoints(e)?;
    let relation = g.edge(e).relation;
    let m = if relation.is_meeting_role() {
        t
    } else if relation == Relation::HeldIn {
        s
    } else {
        return None;
    };
    (g.node(m).kind == EntityKind::Meeting).then_some(m)
}

/// The date the text gives for a meeting node.
fn meeting_date(g: &KnowledgeGraph, ix: NodeIndex) -> Option<&str> {
    g.node(ix).meeting.as_ref()?.date.as_deref()
}

/// What to do with evidence from undated documents when a window of dates is set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Undated {
    /// Keep it: nothing shows it falls outside the window.
    #[default]
    Keep,
    /// Leave it out: nothing shows it falls inside.
    Drop,
}

/// The window a graph is cut down to: evidence dated inside it, and undated evidence
/// kept or not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeWindow {
    /// The dates kept (inclusive; an open end keeps everything on that side).
    pub dates: DateWindow,
    /// Whether undated evidence stays.
    pub undated: Undated,
}

impl TimeWindow {
    /// True when the window keeps everything.
    pub fn keeps_all(&self) -> bool {
        self.dates.is_open() && self.undated == Undated::Keep
    }

    /// Whether something with this date is inside the window.
    pub fn keeps(&self, date: Option<&str>) -> bool {
        match date {
            Some(_) => self.dates.contains(date),
            None => self.undated == Undated::Keep,
        }
    }

    /// The window in words: "as of 1987-02", "between 1987-03 and 1987-04", "since
    /// 1987-03", or "dated evidence only".
    pub fn describe(&self) -> String {
        match (&self.dates.since, &self.dates.until) {
            (Some(a), Some(b)) => format!("between {a} and {b}"),
            (None, Some(b)) => format!("as of {b}"),
            (Some(a), None) => format!("since {a}"),
            (None, None) => "dated evidence only".into(),
        }
    }
}

/// Kept out of a total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Kept {
    /// How many are left.
    pub kept: usize,
    /// How many there were.
    pub of: usize,
}

/// What cutting a graph to a window left of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Restriction {
    /// Documents.
    pub documents: Kept,
    /// Nodes (entities and meetings).
    pub nodes: Kept,
    /// Edges (relations).
    pub edges: Kept,
    /// Pieces of evidence.
    pub evidence: Kept,
    /// Pieces of undated evidence kept (all undated ones, unless they are left out).
    pub undated_evidence_kept: usize,
    /// Pieces of undated evidence left out.
    pub undated_evidence_dropped: usize,
    /// Undated documents kept.
    pub undated_documents_kept: usize,
}

impl Restriction {
    /// One line on what the window kept, and how much of it is undated.
    pub fn note(&self, w: &TimeWindow) -> String {
        let mut s = format!(
            "{}: kept {} of {} documents, {} of {} entities and meetings, {} of {} relations",
            w.describe(),
            self.documents.kept,
            self.documents.of,
            self.nodes.kept,
            self.nodes.of,
            self.edges.kept,
            self.edges.of
        );
        if self.undated_evidence_dropped > 0 {
            s.push_str(&format!(
                "; left out {} undated piece(s) of evidence",
                self.undated_evidence_dropped
            ));
        } else {
            s.push_str(&format!(
                "; kept {} undated piece(s) of evidence and {} undated document(s)",
                self.undated_evidence_kept, self.undated_documents_kept
            ));
        }
        s
    }
}

/// Cut the graph down to what was reported inside the window: evidence dated outside
/// it goes, then every relation left without evidence, then every node that neither a
/// remaining document mentions nor a remaining relation touches. What is left of a node
/// is worked out again from its remaining documents: their mentions, the roles they
/// state and, for a meeting, its status and date as they reported them (a meeting
/// planned in March and held in April is planned as of March).
pub fn restrict(g: &mut KnowledgeGraph, w: &TimeWindow) -> Restriction {
    let mut r = Restriction {
        documents: Kept::total(g.documents.len()),
        nodes: Kept::total(g.node_count()),
        edges: Kept::total(g.edge_count()),
        ..Restriction::default()
    };
    let mut evidence = 0;
    for e in g.graph.edge_weights() {
        evidence += e.evidence.len();
    }
    r.evidence = Kept::total(evidence);
    if w.keeps_all() {
        r.undated_evidence_kept = g
            .graph
            .edge_weights()
            .flat_map(|e| &e.evidence)
            .filter(|ev| ev.date.is_none())
            .count();
        r.undated_documents_kept = g
            .documents
            .values()
            .filter(|d| d.meta.date.is_none())
            .count();
        return r;
    }
    // Documents are judged before any evidence goes: some are dated only by it.
    let kept_docs = kept_documents(g, w);
    cut_evidence(g, w, &mut r);
    let updates = node_updates(g, w, &kept_docs);
    for u in updates {
        match u {
            NodeUpdate::Remove(ix) => {
                g.graph.remove_node(ix);
            }
            NodeUpdate::Narrow(ix, n) => n.apply(g, ix),
        }
    }
    g.documents.retain(|id, _| kept_docs.contains(id.as_str()));
    let ids: FxHashSet<&str> = g.graph.node_weights().map(|n| n.id.as_str()).collect();
    g.merge_log
        .retain(|m| kept_docs.contains(m.doc.as_str()) && ids.contains(m.node.as_str()));
    g.reindex();
    r.documents.kept = g.documents.len();
    r.undated_documents_kept = g
        .documents
        .values()
        .filter(|d| d.meta.date.is_none())
        .count();
    r.nodes.kept = g.node_count();
    r.edges.kept = g.edge_count();
    r
}

impl Kept {
    fn total(n: usize) -> Kept {
        Kept { kept: n, of: n }
    }
}

/// Drop evidence outside the window, and the edges left without any.
fn cut_evidence(g: &mut KnowledgeGraph, w: &TimeWindow, r: &mut Restriction) {
    let mut empty = Vec::new();
    let edges: Vec<EdgeIndex> = g.graph.edge_indices().collect();
    for e in edges {
        let evs = &mut g.graph[e].evidence;
        evs.retain(|ev| {
            let keep = w.keeps(ev.date.as_deref());
            match (ev.date.is_none(), keep) {
                (true, true) => r.undated_evidence_kept += 1,
                (true, false) => r.undated_evidence_dropped += 1,
                _ => {}
            }
            keep
        });
        if evs.is_empty() {
            empty.push(e);
        }
    }
    r.evidence.kept = g.graph.edge_weights().map(|e| e.evidence.len()).sum();
    for e in empty {
        g.graph.remove_edge(e);
    }
}

/// Ids of the documents inside the window, among those the graph records or its nodes
/// and evidence name.
fn kept_documents(g: &KnowledgeGraph, w: &TimeWindow) -> FxHashSet<String> {
    let dates = Dates::of(g);
    let mut all: FxHashSet<&str> = g.documents.keys().map(String::as_str).collect();
    for n in g.graph.node_weights() {
        all.extend(n.documents.iter().map(String::as_str));
    }
    all.into_iter()
        .filter(|d| w.keeps(dates.doc(d)))
        .map(str::to_string)
        .collect()
}

/// What happens to one node.
enum NodeUpdate {
    /// Nothing of it is left.
    Remove(NodeIndex),
    /// Some of its documents are left.
    Narrow(NodeIndex, Narrowed),
}

/// A node as its remaining documents describe it.
struct Narrowed {
    documents: BTreeSet<String>,
    mentions: usize,
    roles: BTreeSet<String>,
    meeting: Option<MeetingInfo>,
}

impl Narrowed {
    fn apply(self, g: &mut KnowledgeGraph, ix: NodeIndex) {
        let n = &mut g.graph[ix];
        n.documents = self.documents;
        n.mentions = self.mentions;
        n.roles = self.roles;
        if self.meeting.is_some() {
            n.meeting = self.meeting;
        }
    }
}

/// The nodes that lose documents to the window, and what is left of each. A node goes
/// when no remaining document mentions it and no remaining relation touches it; one
/// that records no documents at all is undated, and stays as undated evidence does.
fn node_updates(
    g: &KnowledgeGraph,
    w: &TimeWindow,
    kept_docs: &FxHashSet<String>,
) -> Vec<NodeUpdate> {
    let mut out = Vec::new();
    let sources = Sources::new(g);
    for ix in g.node_indices() {
        let n = g.node(ix);
        let linked = || g.graph.neighbors_undirected(ix).next().is_some();
        if n.documents.is_empty() {
            if !linked() && !w.keeps(None) {
                out.push(NodeUpdate::Remove(ix));
            }
            continue;
        }
        let kept = n
            .documents
            .iter()
            .filter(|d| kept_docs.contains(d.as_str()));
        if kept.count() == n.documents.len() {
            continue;
        }
        let docs: BTreeSet<String> = n
            .documents
            .iter()
            .filter(|d| kept_docs.contains(d.as_str()))
            .cloned()
            .collect();
        if !docs.is_empty() {
            out.push(NodeUpdate::Narrow(ix, sources.narrowed(g, ix, docs)));
        } else if !linked() {
            out.push(NodeUpdate::Remove(ix));
        }
    }
    out
}

/// The forms the merge log folded into each node (a meeting's other labels), indexed
/// once for every node narrowed.
struct Sources<'g> {
    merged: FxHashMap<&'g str, Vec<&'g str>>,
}

impl<'g> Sources<'g> {
    fn new(g: &'g KnowledgeGraph) -> Sources<'g> {
        let merged = g.merged_forms();
        Sources { merged }
    }

    /// What the documents `docs` say of node `ix`: its mentions and roles there and,
    /// for a meeting, its status and date. A document's entity is the node's when its
    /// name is one of the node's names (every name merged into a node stays one of
    /// them). A document the graph keeps no record of counts as one mention.
    fn narrowed(&self, g: &KnowledgeGraph, ix: NodeIndex, docs: BTreeSet<String>) -> Narrowed {
        let n = g.node(ix);
        let forms = self
            .merged
            .get(n.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let names: FxHashSet<&str> = n.names().chain(forms.iter().copied()).collect();
        let mut mentions = 0;
        let mut roles = BTreeSet::new();
        let mut meeting: Option<MeetingInfo> = None;
        for d in &docs {
            let Some(rec) = g.documents.get(d) else {
                mentions += 1;
                continue;
            };
            let ex = &rec.extraction;
            if n.kind == EntityKind::Meeting {
                for m in ex
                    .meetings
                    .iter()
                    .filter(|m| names.contains(m.label.as_str()))
                {
                    mentions += m.evidence.len().max(1);
                    fold_meeting(&mut meeting, &m.date, &m.when, m.status);
                }
                continue;
            }
            for e in ex
                .entities
                .iter()
                .filter(|e| names.contains(e.name.as_str()))
            {
                mentions += e.mentions;
                roles.extend(e.roles.iter().cloned());
            }
        }
        Narrowed {
            documents: docs,
            mentions: mentions.max(1),
            roles,
            meeting,
        }
    }
}

/// Fold one report of a meeting into what earlier reports said, as the graph does when
/// merging: what happened outranks what was planned, and a more precise date wins.
fn fold_meeting(
    info: &mut Option<MeetingInfo>,
    date: &Option<String>,
    when: &Option<String>,
    status: MeetingStatus,
) {
    let Some(i) = info else {
        *info = Some(MeetingInfo {
            when: when.clone(),
            date: date.clone(),
            status,
        });
        return;
    };
    let more_precise = match (date, &i.date) {
        (Some(a), Some(b)) => a.len() > b.len() && a.starts_with(b.as_str()),
        (Some(_), None) => true,
        _ => false,
    };
    if more_precise {
        i.date = date.clone();
    }
    if i.when.is_none() {
        i.when = when.clone();
    }
    if status == MeetingStatus::Held {
        i.status = MeetingStatus::Held;
    }
}

/// A copy of `g` cut to the window from `since` to `until`, undated evidence kept.
#[cfg(test)]
pub fn within(g: &KnowledgeGraph, since: Option<&str>, until: Option<&str>) -> KnowledgeGraph {
    let mut g = g.clone();
    let w = TimeWindow {
        dates: DateWindow::new(since, until).expect("valid test dates"),
        undated: Undated::Keep,
    };
    restrict(&mut g, &w);
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Span};
    use crate::query::testgraph::{corpus, mini, Article, ArticleMeeting};
    use EntityKind::{Country, Person, Place};

    fn window(since: Option<&str>, until: Option<&str>, undated: Undated) -> TimeWindow {
        TimeWindow {
            dates: DateWindow::new(since, until).unwrap(),
            undated,
        }
    }

    #[test]
    fn nodes_and_edges_are_seen_on_their_documents_dates() {
        let m = mini();
        let dates = Dates::of(&m.g);
        let seen = dates.node(&m.g, m.netanyahu);
        assert_eq!(seen.describe(), "2010-09-02 to 2016-02-21");
        // A meeting is seen on the day the text gives for it, and so are its roles.
        assert_eq!(dates.node(&m.g, m.sharm_talks).describe(), "2010-09-14");
        let role =
            m.g.find_edge(m.abbas, Relation::ParticipantIn, m.sharm_talks)
                .unwrap();
        assert_eq!(dates.edge(&m.g, role).describe(), "2010-09-14");
        let told = m.g.find_edge(m.livni, Relation::Told, m.netanyahu).unwrap();
        assert_eq!(
            dates.edge(&m.g, told),
            Seen {
                first: Some("2014-04-01".into()),
                last: Some("2014-04-01".into())
            }
        );
        // Nothing about Bill Clinton is dated; nothing is made up.
        assert!(dates.node(&m.g, m.bill).is_undated());
        assert_eq!(dates.node(&m.g, m.bill).describe(), "undated");
    }

    #[test]
    fn a_window_keeps_what_was_reported_inside_it() {
        let m = mini();
        let mut g = m.g.clone();
        let w = window(None, Some("2010-12"), Undated::Keep);
        let r = restrict(&mut g, &w);
        // 2014's meeting, its people and Livni's word to Netanyahu are gone; Netanyahu,
        // seen in 2010 too, stays, without his 2016 criticism of Abbas.
        assert!(g.find_edge(m.livni, Relation::Told, m.netanyahu).is_none());
        assert!(!g.graph.contains_node(m.livni));
        assert!(!g.graph.contains_node(m.jerusalem_meeting));
        assert!(g.graph.contains_node(m.netanyahu));
        assert!(g
            .find_edge(m.netanyahu, Relation::Criticized, m.abbas)
            .is_none());
        assert_eq!(
            g.node(m.netanyahu).documents,
            ["2010-washington".to_string()].into()
        );
        assert!(g.lookup("Tzipi Livni").is_empty(), "names are reindexed");
        // Bill Clinton is undated, and undated things are kept by default.
        assert!(g.graph.contains_node(m.bill));
        assert_eq!(r.edges.of, m.g.edge_count());
        assert_eq!(r.edges.kept, g.edge_count());
        assert_eq!(r.nodes.kept, g.node_count());
        assert!(g.merge_log.is_empty(), "the merge was read in 2016");
        assert!(
            r.note(&w).starts_with("as of 2010-12: kept "),
            "{}",
            r.note(&w)
        );

        let mut dated = m.g.clone();
        restrict(&mut dated, &window(None, Some("2010-12"), Undated::Drop));
        assert!(!dated.graph.contains_node(m.bill));
    }

    #[test]
    fn undated_evidence_is_kept_unless_asked_and_counted() {
        let mut m = mini();
        let ev = Evidence::new("undated-doc", 0, Span::new(0, 3), "Bill met Livni.", "r");
        m.g.add_evidence(m.bill, Relation::Consulted, m.livni, ev);
        let mut kept = m.g.clone();
        let w = window(Some("2016"), None, Undated::Keep);
        let r = restrict(&mut kept, &w);
        assert_eq!(r.undated_evidence_kept, 1);
        assert!(kept
            .find_edge(m.bill, Relation::Consulted, m.livni)
            .is_some());
        // Livni stays for the undated relation, though none of her documents is inside.
        assert!(kept.graph.contains_node(m.livni));
        assert!(r
            .note(&w)
            .ends_with("kept 1 undated piece(s) of evidence and 0 undated document(s)"));

        let mut dropped = m.g.clone();
        let w = window(Some("2016"), None, Undated::Drop);
        let r = restrict(&mut dropped, &w);
        assert_eq!(
            (r.undated_evidence_kept, r.undated_evidence_dropped),
            (0, 1)
        );
        assert!(dropped
            .find_edge(m.bill, Relation::Consulted, m.livni)
            .is_none());
        assert!(!dropped.graph.contains_node(m.livni));
        assert!(r
            .note(&w)
            .ends_with("left out 1 undated piece(s) of evidence"));
    }

    #[test]
    fn a_relation_seen_only_in_march_is_gone_as_of_february() {
        let g = corpus(&[
            Article {
                id: "a-feb",
                date: Some("1987-02-20"),
                entities: &[("Ronald Reagan", Person), ("Japan", Country)],
                relations: &[(0, Relation::Criticized, 1, "Reagan criticized Japan.")],
                meetings: &[],
            },
            Article {
                id: "b-mar",
                date: Some("1987-03-10"),
                entities: &[("Ronald Reagan", Person), ("Yasuhiro Nakasone", Person)],
                relations: &[(0, Relation::Consulted, 1, "Reagan spoke to Nakasone.")],
                meetings: &[],
            },
        ]);
        let feb = within(&g, None, Some("1987-02"));
        let reagan = feb.lookup("Ronald Reagan")[0];
        assert_eq!(feb.incident(reagan).len(), 1);
        assert!(feb.lookup("Yasuhiro Nakasone").is_empty());
        assert_eq!(feb.node(reagan).documents.len(), 1);
        assert_eq!(feb.node(reagan).mentions, 2);
        let mar = within(&g, None, Some("1987-03"));
        assert_eq!(mar.edge_count(), 2);
        assert_eq!(mar.node(mar.lookup("Ronald Reagan")[0]).mentions, 4);
    }

    #[test]
    fn a_meeting_is_as_it_was_reported_by_then() {
        let talks = |status, sentence| ArticleMeeting {
            label: "Reagan and Nakasone talks",
            date: Some("1987-04-30"),
            status,
            roles: &[(0, Relation::ParticipantIn), (1, Relation::ParticipantIn)],
            place: Some(2),
            sentence,
        };
        let people = &[
            ("Ronald Reagan", Person),
            ("Yasuhiro Nakasone", Person),
            ("Washington", Place),
        ];
        let g = corpus(&[
            Article {
                id: "a",
                date: Some("1987-03-02"),
                entities: people,
                relations: &[],
                meetings: &[talks(
                    MeetingStatus::Planned,
                    "Reagan will meet Nakasone in Washington on April 30.",
                )],
            },
            Article {
                id: "b",
                date: Some("1987-04-30"),
                entities: people,
                relations: &[],
                meetings: &[talks(
                    MeetingStatus::Held,
                    "Reagan met Nakasone in Washington.",
                )],
            },
        ]);
        let m = g.lookup("Reagan and Nakasone talks")[0];
        assert_eq!(
            g.node(m).meeting.as_ref().unwrap().status,
            MeetingStatus::Held
        );
        let march = within(&g, None, Some("1987-03-31"));
        let info = march.node(m).meeting.clone().unwrap();
        assert_eq!(info.status, MeetingStatus::Planned);
        assert_eq!(info.date.as_deref(), Some("1987-04-30"));
        assert_eq!(march.node(m).documents.len(), 1);
    }

    #[test]
    fn an_open_window_changes_nothing() {
        let m = mini();
        let mut g = m.g.clone();
        let r = restrict(&mut g, &TimeWindow::default());
        assert_eq!(g.node_count(), m.g.node_count());
        assert_eq!(r.nodes.kept, r.nodes.of);
        assert_eq!(r.evidence.kept, r.evidence.of);
    }
}
