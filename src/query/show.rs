//! Everything known of one entity: names, roles, relations grouped by type with
//! evidence counts, meetings, documents and the merge decisions behind it.

use super::meetings::{describe, MeetingOut};
use super::{table, NodeRef};
use crate::graph::KnowledgeGraph;
use crate::model::{EntityKind, Relation, Validity};
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::BTreeMap;

/// One neighbour under a relation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// The other end.
    pub node: NodeRef,
    /// Evidence items for the edge.
    pub evidence_count: usize,
    /// Documents of the evidence.
    pub documents: Vec<String>,
    /// The term the lexicon gives the role, when it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid: Option<Validity>,
}

/// The edges of one relation in one direction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelationGroup {
    /// The relation.
    pub relation: Relation,
    /// `out` when the entity is the source, `in` when it is the target.
    pub direction: &'static str,
    /// The other ends, by name.
    pub nodes: Vec<Related>,
}

/// A meeting the entity took part in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attended {
    /// The meeting.
    pub meeting: NodeRef,
    /// Its date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The entity's role.
    pub role: Relation,
}

/// Why the entity's mentions under one name joined it: one rule, with the documents
/// it applied in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MergeGroup {
    /// The name in the articles.
    pub form: String,
    /// The rule that put it in this node.
    pub rule: String,
    /// For corpus-level decisions, what made them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// How the kind was settled where the text did not read it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub kind_note: String,
    /// Merged on weak evidence.
    pub weak: bool,
    /// The documents, in id order.
    pub documents: Vec<String>,
}

/// Documents named in text output per merge group before "and n more".
const SHOWN_DOCUMENTS: usize = 3;

/// Everything known of an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShowReport {
    /// The entity.
    pub node: NodeRef,
    /// Other names.
    pub aliases: Vec<String>,
    /// Roles stated for it.
    pub roles: Vec<String>,
    /// Mentions across documents.
    pub mentions: usize,
    /// Documents mentioning it.
    pub documents: Vec<String>,
    /// For a meeting: its details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingOut>,
    /// Relations other than meeting roles, by relation then direction.
    pub relations: Vec<RelationGroup>,
    /// Meetings it took part in, by date then name.
    pub meetings: Vec<Attended>,
    /// Why each of its names joined it, grouped by name, rule and evidence.
    pub merges: Vec<MergeGroup>,
}

/// Everything known of node `ix`.
pub fn show(g: &KnowledgeGraph, ix: NodeIndex) -> ShowReport {
    let n = g.node(ix);
    let mut groups: BTreeMap<(Relation, bool), Vec<Related>> = BTreeMap::new();
    let mut meetings = Vec::new();
    for (e, other, outgoing) in g.incident(ix) {
        let edge = g.edge(e);
        if outgoing && edge.relation.is_meeting_role() && g.node(other).kind == EntityKind::Meeting
        {
            meetings.push(Attended {
                meeting: NodeRef::new(g, other),
                date: g.node(other).meeting.as_ref().and_then(|m| m.date.clone()),
                role: edge.relation,
            });
            continue;
        }
        // A meeting's attendees and place are listed with its details.
        if n.kind == EntityKind::Meeting
            && ((!outgoing && edge.relation.is_meeting_role())
                || (outgoing && edge.relation == Relation::HeldIn))
        {
            continue;
        }
        let mut docs: Vec<String> = edge.evidence.iter().map(|e| e.doc.clone()).collect();
        docs.sort();
        docs.dedup();
        groups
            .entry((edge.relation, !outgoing))
            .or_default()
            .push(Related {
                node: NodeRef::new(g, other),
                evidence_count: edge.evidence.len(),
                documents: docs,
                valid: edge.validity(),
            });
    }
    meetings.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.meeting.name, &a.meeting.id).cmp(&(
            b.date.is_none(),
            &b.date,
            &b.meeting.name,
            &b.meeting.id,
        ))
    });
    let relations = groups
        .into_iter()
        .map(|((relation, incoming), mut nodes)| {
            nodes.sort_by(|a, b| (&a.node.name, &a.node.id).cmp(&(&b.node.name, &b.node.id)));
            RelationGroup {
                relation,
                direction: if incoming { "in" } else { "out" },
                nodes,
            }
        })
        .collect();
    let mut groups: BTreeMap<(&str, &str, &str, &str, bool), Vec<String>> = BTreeMap::new();
    for m in g.merge_log.iter().filter(|m| m.node == n.id) {
        groups
            .entry((&m.form, &m.rule, &m.evidence, &m.kind_note, m.weak))
            .or_default()
            .push(m.doc.clone());
    }
    let merges = groups
        .into_iter()
        .map(|((form, rule, evidence, kind_note, weak), mut documents)| {
            documents.sort();
            documents.dedup();
            MergeGroup {
                form: form.to_string(),
                rule: rule.to_string(),
                evidence: evidence.to_string(),
                kind_note: kind_note.to_string(),
                weak,
                documents,
            }
        })
        .collect();
    ShowReport {
        node: NodeRef::new(g, ix),
        aliases: n.aliases.iter().cloned().collect(),
        roles: n.roles.iter().cloned().collect(),
        mentions: n.mentions,
        documents: n.documents.iter().cloned().collect(),
        meeting: (n.kind == EntityKind::Meeting).then(|| describe(g, ix)),
        relations,
        meetings,
        merges,
    }
}

/// The report as readable text.
pub fn render_text(r: &ShowReport) -> String {
    let mut out = format!("{} ({}, {})\n", r.node.name, r.node.kind, r.node.id);
    let list = |v: &[String]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(", ")
        }
    };
    out.push_str(&format!("  aliases:   {}\n", list(&r.aliases)));
    out.push_str(&format!("  roles:     {}\n", list(&r.roles)));
    out.push_str(&format!("  mentions:  {}\n", r.mentions));
    out.push_str(&format!("  documents: {}\n", list(&r.documents)));
    if let Some(m) = &r.meeting {
        out.push_str(&format!(
            "  meeting:   {} {}{}\n",
            m.status.as_str(),
            m.date.as_deref().unwrap_or("(undated)"),
            m.when
                .as_deref()
                .map(|w| format!(" ({w})"))
                .unwrap_or_default()
        ));
        for p in &m.places {
            out.push_str(&format!("    held in {}\n", p.name));
        }
        for a in &m.attendees {
            out.push_str(&format!("    {} {}\n", a.role, a.node.name));
        }
    }
    if !r.relations.is_empty() {
        out.push_str("\nrelations\n");
        let rows: Vec<Vec<String>> = r
            .relations
            .iter()
            .flat_map(|grp| {
                grp.nodes.iter().map(move |x| {
                    let link = if grp.direction == "out" {
                        format!("—{}→", grp.relation)
                    } else {
                        format!("←{}—", grp.relation)
                    };
                    // "country, held 1981-01-20 to 1989-01-20"
                    let kind = match &x.valid {
                        Some(v) => format!("{}, held {}", x.node.kind, v.describe()),
                        None => x.node.kind.to_string(),
                    };
                    vec![
                        link,
                        x.node.name.clone(),
                        kind,
                        x.evidence_count.to_string(),
                        x.documents.join(", "),
                    ]
                })
            })
            .collect();
        out.push_str(&table(
            &["relation", "with", "kind", "evidence", "documents"],
            &rows,
        ));
    }
    if !r.meetings.is_empty() {
        out.push_str("\nmeetings\n");
        let rows: Vec<Vec<String>> = r
            .meetings
            .iter()
            .map(|m| {
                vec![
                    m.date.clone().unwrap_or_else(|| "-".into()),
                    m.role.to_string(),
                    m.meeting.name.clone(),
                ]
            })
            .collect();
        out.push_str(&table(&["date", "role", "meeting"], &rows));
    }
    if !r.merges.is_empty() {
        out.push_str("\nwhy its names are here (besides its own name)\n");
        for m in &r.merges {
            out.push_str(&format!(
                "  {} [{}{}] in {}\n",
                m.form,
                m.rule,
                if m.weak { ", weak" } else { "" },
                list_documents(&m.documents)
            ));
            if !m.evidence.is_empty() {
                out.push_str(&format!("    {}\n", m.evidence));
            }
            if !m.kind_note.is_empty() {
                out.push_str(&format!("    kind {}\n", m.kind_note));
            }
        }
    }
    out
}

/// "a, b, c and 4 more".
fn list_documents(docs: &[String]) -> String {
    let shown = docs[..docs.len().min(SHOWN_DOCUMENTS)].join(", ");
    match docs.len().saturating_sub(SHOWN_DOCUMENTS) {
        0 => shown,
        more => format!("{shown} and {more} more"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    #[test]
    fn shows_relations_meetings_and_merges() {
        let m = mini();
        let r = show(&m.g, m.netanyahu);
        assert_eq!(r.aliases, vec!["Bibi".to_string(), "Netanyahu".to_string()]);
        assert_eq!(r.roles, vec!["prime minister".to_string()]);
        let groups: Vec<(Relation, &str, Vec<&str>)> = r
            .relations
            .iter()
            .map(|g| {
                (
                    g.relation,
                    g.direction,
                    g.nodes.iter().map(|n| n.node.name.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            groups,
            vec![
                (Relation::Leads, "out", vec!["Israel"]),
                (Relation::AppealedTo, "in", vec!["Hillary Clinton"]),
                (Relation::Told, "in", vec!["Tzipi Livni"]),
                (Relation::Criticized, "out", vec!["Mahmoud Abbas"]),
            ]
        );
        assert_eq!(
            r.relations[3].nodes[0].documents,
            vec!["2016-rome".to_string()]
        );
        let met: Vec<&str> = r.meetings.iter().map(|a| a.meeting.name.as_str()).collect();
        assert_eq!(met, vec!["Washington talks", "Sharm el-Sheikh talks"]);
        assert_eq!(r.merges.len(), 1);
        assert_eq!(r.merges[0].rule, "surname-unique");
        assert_eq!(r.merges[0].documents, vec!["2016-rome".to_string()]);
        let text = render_text(&r);
        let told = text
            .lines()
            .find(|l| l.starts_with("←told—"))
            .expect("told line");
        assert!(
            told.contains("Tzipi Livni") && told.ends_with("2014-talks"),
            "{text}"
        );
        assert!(
            text.contains("\nwhy its names are here (besides its own name)\n  Netanyahu [surname-unique] in 2016-rome\n    the one person surnamed Netanyahu in the corpus\n"),
            "{text}"
        );
    }

    #[test]
    fn shows_a_meeting() {
        let m = mini();
        let r = show(&m.g, m.jerusalem_meeting);
        let mt = r.meeting.expect("meeting details");
        assert_eq!(mt.status, crate::model::MeetingStatus::Planned);
        assert_eq!(
            crate::query::testgraph::attendees(&mt),
            vec![
                ("Saeb Erekat", Relation::ParticipantIn),
                ("Tzipi Livni", Relation::ParticipantIn),
                ("Martin Indyk", Relation::Mediated),
            ]
        );
        assert!(r.meetings.is_empty());
        assert!(r.relations.is_empty());
    }
}
