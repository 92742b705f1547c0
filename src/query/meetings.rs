//! Listing meetings: who took part in what role, where and when.

use super::{table, NodeRef};
use crate::graph::KnowledgeGraph;
use crate::model::{EntityKind, MeetingStatus, Relation};
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;
use std::collections::BTreeSet;

/// Which meetings to list.
#[derive(Debug, Clone, Default)]
pub struct MeetingFilter {
    /// Only meetings this actor took part in (any role).
    pub participant: Option<NodeIndex>,
    /// Only meetings held in this place.
    pub place: Option<NodeIndex>,
    /// Only meetings of this status.
    pub status: Option<MeetingStatus>,
}

/// An actor's part in a meeting.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Attendee {
    /// The actor.
    pub node: NodeRef,
    /// participant_in, organized or mediated.
    pub role: Relation,
    /// Evidence items for the role.
    pub evidence_count: usize,
}

/// A meeting as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingOut {
    /// The meeting node.
    pub meeting: NodeRef,
    /// Resolved date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Time as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
    /// Where it was held.
    pub places: Vec<NodeRef>,
    /// Who took part, by role then name.
    pub attendees: Vec<Attendee>,
    /// Documents reporting it.
    pub documents: Vec<String>,
}

/// Everything known of one meeting node.
pub fn describe(g: &KnowledgeGraph, m: NodeIndex) -> MeetingOut {
    let node = g.node(m);
    let info = node.meeting.clone().unwrap_or_default();
    let mut attendees: Vec<Attendee> = g
        .graph
        .edges_directed(m, Direction::Incoming)
        .filter(|e| e.weight().relation.is_meeting_role())
        .map(|e| Attendee {
            node: NodeRef::new(g, e.source()),
            role: e.weight().relation,
            evidence_count: e.weight().evidence.len(),
        })
        .collect();
    attendees.sort_by(|a, b| {
        (a.role, &a.node.name, &a.node.id).cmp(&(b.role, &b.node.name, &b.node.id))
    });
    let mut places: Vec<NodeRef> = g
        .graph
        .edges_directed(m, Direction::Outgoing)
        .filter(|e| e.weight().relation == Relation::HeldIn)
        .map(|e| NodeRef::new(g, e.target()))
        .collect();
    places.sort();
    MeetingOut {
        meeting: NodeRef::new(g, m),
        date: info.date,
        when: info.when,
        status: info.status,
        places,
        attendees,
        documents: node.documents.iter().cloned().collect(),
    }
}

/// The meetings that pass the filter, by date (undated last), then name, then id.
pub fn meetings(g: &KnowledgeGraph, f: &MeetingFilter) -> Vec<MeetingOut> {
    let mut out: Vec<MeetingOut> = g
        .node_indices()
        .filter(|&ix| g.node(ix).kind == EntityKind::Meeting)
        .filter(|&ix| {
            let info = g.node(ix).meeting.clone().unwrap_or_default();
            f.status.is_none_or(|s| s == info.status)
        })
        .filter(|&ix| {
            f.participant.is_none_or(|p| {
                g.graph
                    .edges_directed(ix, Direction::Incoming)
                    .any(|e| e.source() == p && e.weight().relation.is_meeting_role())
            })
        })
        .filter(|&ix| {
            f.place.is_none_or(|p| {
                g.graph
                    .edges_directed(ix, Direction::Outgoing)
                    .any(|e| e.target() == p && e.weight().relation == Relation::HeldIn)
            })
        })
        .map(|ix| describe(g, ix))
        .collect();
    out.sort_by(|a, b| {
        let key = |m: &MeetingOut| {
            (
                m.date.is_none(),
                m.date.clone(),
                m.meeting.name.clone(),
                m.meeting.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    out
}

/// The meetings as a table.
pub fn render_text(list: &[MeetingOut]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|m| {
            let who: Vec<String> = m
                .attendees
                .iter()
                .map(|a| match a.role {
                    Relation::ParticipantIn => a.node.name.clone(),
                    r => format!("{} ({})", a.node.name, r),
                })
                .collect();
            let docs: BTreeSet<&str> = m.documents.iter().map(String::as_str).collect();
            vec![
                m.date.clone().unwrap_or_else(|| "-".into()),
                m.status.as_str().to_string(),
                m.meeting.name.clone(),
                m.places
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                who.join(", "),
                docs.into_iter().collect::<Vec<_>>().join(", "),
            ]
        })
        .collect();
    format!(
        "{} meeting{}\n{}",
        list.len(),
        if list.len() == 1 { "" } else { "s" },
        table(
            &[
                "date",
                "status",
                "meeting",
                "place",
                "attendees",
                "documents"
            ],
            &rows
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    fn names(list: &[MeetingOut]) -> Vec<&str> {
        list.iter().map(|m| m.meeting.name.as_str()).collect()
    }

    #[test]
    fn all_meetings_sorted_by_date() {
        let m = mini();
        let all = meetings(&m.g, &MeetingFilter::default());
        assert_eq!(
            names(&all),
            vec![
                "Washington talks",
                "Sharm el-Sheikh talks",
                "Livni and Erekat in Jerusalem"
            ]
        );
        let w = &all[0];
        assert_eq!(
            w.places.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            vec!["Washington"]
        );
        assert_eq!(
            crate::query::testgraph::attendees(w),
            vec![
                ("Benjamin Netanyahu", Relation::ParticipantIn),
                ("Mahmoud Abbas", Relation::ParticipantIn),
                ("Hillary Clinton", Relation::Organized),
            ]
        );
    }

    #[test]
    fn filters_by_participant_place_and_status() {
        let m = mini();
        let by = |f: MeetingFilter| {
            names(&meetings(&m.g, &f))
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            by(MeetingFilter {
                participant: Some(m.hillary),
                ..Default::default()
            }),
            vec!["Washington talks", "Sharm el-Sheikh talks"]
        );
        assert_eq!(
            by(MeetingFilter {
                participant: Some(m.indyk),
                ..Default::default()
            }),
            vec!["Livni and Erekat in Jerusalem"]
        );
        assert_eq!(
            by(MeetingFilter {
                place: Some(m.sharm),
                ..Default::default()
            }),
            vec!["Sharm el-Sheikh talks"]
        );
        assert_eq!(
            by(MeetingFilter {
                status: Some(MeetingStatus::Planned),
                ..Default::default()
            }),
            vec!["Livni and Erekat in Jerusalem"]
        );
        assert!(by(MeetingFilter {
            participant: Some(m.bill),
            ..Default::default()
        })
        .is_empty());
    }
}
