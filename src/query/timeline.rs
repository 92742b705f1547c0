//! An entity's timeline: its relations and meetings by date, first to last, each with
//! the sentence that first reported it.

use super::time::{edge_meeting, edge_seen, Dates, Seen};
use super::{EvidenceRef, NodeRef};
use crate::graph::KnowledgeGraph;
use crate::model::{Evidence, MeetingStatus, Modality, Relation, Validity};
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;

/// A meeting as a timeline shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MeetingNote {
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
    /// The date the text gives for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// One relation of the entity, or its part in a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// When it was first and last seen.
    pub seen: Seen,
    /// The relation.
    pub relation: Relation,
    /// `out` when the entity is the source, `in` when it is the target.
    pub direction: &'static str,
    /// The other end.
    pub other: NodeRef,
    /// The meeting's status and date, when the other end is a meeting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingNote>,
    /// Asserted, planned, hypothetical or negated (the strongest of the evidence).
    pub modality: Modality,
    /// The term the lexicon gives the role, when it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid: Option<Validity>,
    /// Pieces of evidence.
    pub evidence_count: usize,
    /// The earliest of them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceRef>,
}

/// An entity's relations and meetings in the order they were seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The entity.
    pub node: NodeRef,
    /// When it was first and last seen.
    pub seen: Seen,
    /// Relations and meetings, by first date (undated last), then last date, relation
    /// and the other end's name.
    pub events: Vec<Event>,
}

/// The timeline of node `ix`.
pub fn timeline(g: &KnowledgeGraph, ix: NodeIndex) -> Timeline {
    let mut events: Vec<Event> = g
        .incident(ix)
        .into_iter()
        .map(|(e, other, outgoing)| {
            let edge = g.edge(e);
            let meeting = edge_meeting(g, e)
                .filter(|&m| m == other)
                .and_then(|m| g.node(m).meeting.as_ref())
                .map(|info| MeetingNote {
                    status: info.status,
                    date: info.date.clone(),
                });
            Event {
                seen: edge_seen(g, e),
                relation: edge.relation,
                direction: if outgoing { "out" } else { "in" },
                other: NodeRef::new(g, other),
                meeting,
                modality: edge.modality(),
                valid: edge.validity(),
                evidence_count: edge.evidence.len(),
                evidence: earliest(&edge.evidence).map(EvidenceRef::from),
            }
        })
        .collect();
    events.sort_by(|a, b| {
        let key = |x: &Event| {
            (
                x.seen.is_undated(),
                x.seen.clone(),
                x.relation,
                x.other.name.clone(),
                x.other.id.clone(),
                x.direction,
            )
        };
        key(a).cmp(&key(b))
    });
    Timeline {
        node: NodeRef::new(g, ix),
        seen: Dates::of(g).node(g, ix),
        events,
    }
}

/// The first report: the earliest dated evidence (undated after), then in document and
/// sentence order.
fn earliest(evidence: &[Evidence]) -> Option<&Evidence> {
    evidence
        .iter()
        .min_by_key(|e| (e.date.is_none(), e.date.as_deref(), &e.doc, e.sentence))
}

/// The timeline as text: one line an event (its dates, the link, the other end) and the
/// sentence under it.
pub fn render_text(t: &Timeline) -> String {
    let meetings = t.events.iter().filter(|e| e.meeting.is_some()).count();
    let mut out = format!(
        "{} ({}): {} relation{} and {} meeting{}, seen {}\n",
        t.node.name,
        t.node.kind,
        t.events.len() - meetings,
        plural(t.events.len() - meetings),
        meetings,
        plural(meetings),
        t.seen.describe()
    );
    let dates: Vec<String> = t.events.iter().map(|e| e.seen.describe()).collect();
    let width = dates.iter().map(|d| d.chars().count()).max().unwrap_or(0);
    for (e, date) in t.events.iter().zip(&dates) {
        let link = if e.direction == "out" {
            format!("—{}→", e.relation)
        } else {
            format!("←{}—", e.relation)
        };
        let mut what = e.other.kind.to_string();
        if let Some(m) = &e.meeting {
            what = format!("meeting, {}", m.status.as_str());
            if let Some(d) = &m.date {
                what.push_str(&format!(" {d}"));
            }
        }
        if e.modality != Modality::Asserted {
            what.push_str(&format!("; {}", e.modality.as_str()));
        }
        // "leads United States (country; held 1981-01-20 to 1989-01-20)"
        if let Some(v) = &e.valid {
            what.push_str(&format!("; held {}", v.describe()));
        }
        out.push_str(&format!(
            "{date:<width$}  {link} {} ({what})  [{} evidence]\n",
            e.other.name, e.evidence_count
        ));
        if let Some(ev) = &e.evidence {
            out.push_str(&format!(
                "{:width$}    \"{}\" ({}, sentence {})\n",
                "",
                ev.text.trim(),
                ev.doc,
                ev.sentence + 1
            ));
        }
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    #[test]
    fn events_run_from_first_to_last_with_one_sentence_each() {
        let m = mini();
        let t = timeline(&m.g, m.netanyahu);
        let firsts: Vec<Option<&str>> = t.events.iter().map(|e| e.seen.first.as_deref()).collect();
        let mut sorted = firsts.clone();
        sorted.sort_by_key(|d| (d.is_none(), *d));
        assert_eq!(firsts, sorted);
        assert_eq!(t.events.first().unwrap().seen.describe(), "2010-09-02");
        let last = t.events.last().unwrap();
        assert_eq!(last.relation, Relation::Criticized);
        assert_eq!(
            last.evidence.as_ref().unwrap().text,
            "Netanyahu accused Abbas of incitement."
        );
        // The Sharm el-Sheikh talks are dated by the text, not the article.
        let sharm = t
            .events
            .iter()
            .find(|e| e.other.name == "Sharm el-Sheikh talks")
            .unwrap();
        assert_eq!(sharm.seen.describe(), "2010-09-14");
        assert_eq!(sharm.meeting.as_ref().unwrap().status, MeetingStatus::Held);
        assert_eq!(t.seen.describe(), "2010-09-02 to 2016-02-21");

        let text = render_text(&t);
        assert!(
            text.starts_with("Benjamin Netanyahu (person): 4 relations and 2 meetings, seen 2010-09-02 to 2016-02-21\n"),
            "{text}"
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[lines.len() - 2].starts_with("2016-02-21  —criticized→ Mahmoud Abbas (person)")
        );
        assert!(lines[lines.len() - 1]
            .contains("\"Netanyahu accused Abbas of incitement.\" (2016-rome"));
    }

    #[test]
    fn an_entity_without_relations_has_an_empty_timeline() {
        let m = mini();
        let t = timeline(&m.g, m.bill);
        assert!(t.events.is_empty());
        assert_eq!(
            render_text(&t),
            "Bill Clinton (person): 0 relations and 0 meetings, seen undated\n"
        );
    }
}
