//! A small hand-built graph of Middle East diplomacy for the query tests.

use crate::graph::{KnowledgeGraph, MeetingInfo, MergeRecord, Node};
use crate::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation, Span};
use petgraph::stable_graph::NodeIndex;

/// The graph and its nodes by name.
#[allow(dead_code)]
pub struct Mini {
    pub g: KnowledgeGraph,
    pub netanyahu: NodeIndex,
    pub abbas: NodeIndex,
    pub hillary: NodeIndex,
    pub bill: NodeIndex,
    pub indyk: NodeIndex,
    pub livni: NodeIndex,
    pub erekat: NodeIndex,
    pub israel: NodeIndex,
    pub pa: NodeIndex,
    pub us: NodeIndex,
    pub washington: NodeIndex,
    pub sharm: NodeIndex,
    pub washington_talks: NodeIndex,
    pub sharm_talks: NodeIndex,
    pub jerusalem_meeting: NodeIndex,
}

fn node(g: &mut KnowledgeGraph, kind: EntityKind, name: &str, aliases: &[&str]) -> NodeIndex {
    let ix = g.add_node(Node {
        mentions: 1,
        ..Node::new(kind, name)
    });
    for a in aliases {
        g.add_alias(ix, a);
    }
    ix
}

fn meeting(g: &mut KnowledgeGraph, name: &str, date: &str, status: MeetingStatus) -> NodeIndex {
    let ix = node(g, EntityKind::Meeting, name, &[]);
    g.graph[ix].meeting = Some(MeetingInfo {
        when: None,
        date: Some(date.into()),
        status,
    });
    ix
}

const DOCS: [(&str, &str); 3] = [
    ("2010-washington", "2010-09-02"),
    ("2014-talks", "2014-04-01"),
    ("2016-rome", "2016-02-21"),
];

fn link(g: &mut KnowledgeGraph, s: NodeIndex, r: Relation, t: NodeIndex, doc: usize, text: &str) {
    let (id, date) = DOCS[doc];
    // One sentence number per distinct sentence of a document.
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for e in g.graph.edge_weights() {
        for ev in &e.evidence {
            if ev.doc == id && !seen.iter().any(|(t, _)| *t == ev.text) {
                seen.push((&ev.text, ev.sentence));
            }
        }
    }
    let sentence = seen
        .iter()
        .find(|(t, _)| *t == text)
        .map(|(_, n)| *n)
        .unwrap_or(seen.len());
    g.graph[s].documents.insert(id.into());
    g.graph[t].documents.insert(id.into());
    g.add_evidence(
        s,
        r,
        t,
        Evidence {
            doc: id.into(),
            sentence,
            span: Span::new(0, text.len()),
            text: text.into(),
            rule: format!("test-{}", r.as_str()),
            modality: Modality::Asserted,
            attributed_to: None,
            date: Some(date.into()),
            valid: None,
        },
    );
}

/// Netanyahu, Abbas, the Clintons, Indyk, Livni and Erekat; Israel, the Palestinian
/// Authority and the United States; two 2010 summits and a planned 2014 meeting.
pub fn mini() -> Mini {
    use EntityKind::*;
    use Relation::*;
    let mut g = KnowledgeGraph::new();
    let netanyahu = node(&mut g, Person, "Benjamin Netanyahu", &["Netanyahu", "Bibi"]);
    let abbas = node(&mut g, Person, "Mahmoud Abbas", &["Abbas", "Abu Mazen"]);
    let hillary = node(
        &mut g,
        Person,
        "Hillary Clinton",
        &["Hillary Rodham Clinton"],
    );
    let bill = node(&mut g, Person, "Bill Clinton", &[]);
    let indyk = node(&mut g, Person, "Martin Indyk", &["Indyk"]);
    let livni = node(&mut g, Person, "Tzipi Livni", &["Livni"]);
    let erekat = node(&mut g, Person, "Saeb Erekat", &["Erekat"]);
    let israel = node(&mut g, Country, "Israel", &[]);
    let pa = node(&mut g, Organization, "Palestinian Authority", &["PA"]);
    let us = node(&mut g, Country, "United States", &["U.S.", "America"]);
    let washington = node(&mut g, Place, "Washington", &[]);
    let sharm = node(&mut g, Place, "Sharm el-Sheikh", &[]);
    let washington_talks = meeting(
        &mut g,
        "Washington talks",
        "2010-09-02",
        MeetingStatus::Held,
    );
    let sharm_talks = meeting(
        &mut g,
        "Sharm el-Sheikh talks",
        "2010-09-14",
        MeetingStatus::Held,
    );
    let jerusalem_meeting = meeting(
        &mut g,
        "Livni and Erekat in Jerusalem",
        "2014-04",
        MeetingStatus::Planned,
    );
    g.graph[netanyahu].roles.insert("prime minister".into());
    g.graph[hillary].roles.insert("secretary of state".into());

    let w = "Netanyahu and Abbas met in Washington on Thursday at talks hosted by Clinton.";
    link(
        &mut g,
        netanyahu,
        Leads,
        israel,
        0,
        "Israeli Prime Minister Benjamin Netanyahu spoke first.",
    );
    link(
        &mut g,
        abbas,
        Leads,
        pa,
        0,
        "Palestinian Authority President Mahmoud Abbas replied.",
    );
    link(
        &mut g,
        hillary,
        MemberOf,
        us,
        0,
        "U.S. Secretary of State Hillary Clinton opened the talks.",
    );
    link(&mut g, netanyahu, ParticipantIn, washington_talks, 0, w);
    link(&mut g, abbas, ParticipantIn, washington_talks, 0, w);
    link(&mut g, hillary, Organized, washington_talks, 0, w);
    link(&mut g, washington_talks, HeldIn, washington, 0, w);
    let s = "The leaders will meet again in Sharm el-Sheikh on Sept. 14, Clinton said.";
    link(&mut g, netanyahu, ParticipantIn, sharm_talks, 0, s);
    link(&mut g, abbas, ParticipantIn, sharm_talks, 0, s);
    link(&mut g, hillary, ParticipantIn, sharm_talks, 0, s);
    link(&mut g, sharm_talks, HeldIn, sharm, 0, s);
    link(
        &mut g,
        hillary,
        AppealedTo,
        netanyahu,
        0,
        "Clinton urged Netanyahu to extend the freeze.",
    );

    link(
        &mut g,
        indyk,
        Represents,
        us,
        1,
        "U.S. envoy Martin Indyk arrived on Monday.",
    );
    link(
        &mut g,
        livni,
        MemberOf,
        israel,
        1,
        "Israeli Justice Minister Tzipi Livni leads the team.",
    );
    link(
        &mut g,
        erekat,
        MemberOf,
        pa,
        1,
        "Chief Palestinian negotiator Saeb Erekat declined to comment.",
    );
    let j = "Livni and Erekat are to meet in Jerusalem with Indyk mediating.";
    link(&mut g, livni, ParticipantIn, jerusalem_meeting, 1, j);
    link(&mut g, erekat, ParticipantIn, jerusalem_meeting, 1, j);
    link(&mut g, indyk, Mediated, jerusalem_meeting, 1, j);
    link(
        &mut g,
        livni,
        Told,
        netanyahu,
        1,
        "Livni told Netanyahu the talks were at risk.",
    );

    link(
        &mut g,
        netanyahu,
        Criticized,
        abbas,
        2,
        "Netanyahu accused Abbas of incitement.",
    );

    g.merge_log.push(MergeRecord {
        node: g.graph[netanyahu].id.clone(),
        form: "Netanyahu".into(),
        doc: "2016-rome".into(),
        rule: "surname-unique".into(),
        evidence: "the one person surnamed Netanyahu in the corpus".into(),
        ..MergeRecord::default()
    });
    Mini {
        g,
        netanyahu,
        abbas,
        hillary,
        bill,
        indyk,
        livni,
        erekat,
        israel,
        pa,
        us,
        washington,
        sharm,
        washington_talks,
        sharm_talks,
        jerusalem_meeting,
    }
}

/// A person linked to `width` people, each linked to `width` others, each linked to a
/// last person: `width²` shortest paths of three hops between the first and the last.
pub fn layered(width: usize) -> (KnowledgeGraph, NodeIndex, NodeIndex) {
    let mut g = KnowledgeGraph::new();
    let person = |g: &mut KnowledgeGraph, name: String| node(g, EntityKind::Person, &name, &[]);
    let from = person(&mut g, "From".into());
    let to = person(&mut g, "To".into());
    let a: Vec<NodeIndex> = (0..width)
        .map(|i| person(&mut g, format!("A{i:04}")))
        .collect();
    let b: Vec<NodeIndex> = (0..width)
        .map(|i| person(&mut g, format!("B{i:04}")))
        .collect();
    let ev = Evidence::new("d", 0, Span::new(0, 1), "x", "r");
    for &x in &a {
        g.add_evidence(from, Relation::Consulted, x, ev.clone());
        for &y in &b {
            g.add_evidence(x, Relation::Consulted, y, ev.clone());
        }
    }
    for &y in &b {
        g.add_evidence(y, Relation::Consulted, to, ev.clone());
    }
    (g, from, to)
}

/// Who attended a meeting and in what role, by name.
pub fn attendees(m: &super::meetings::MeetingOut) -> Vec<(&str, crate::model::Relation)> {
    m.attendees
        .iter()
        .map(|a| (a.node.name.as_str(), a.role))
        .collect()
}

/// A meeting in a hand-written article: label, date, status, (entity, role) pairs and
/// the entity where it is held.
pub struct ArticleMeeting<'a> {
    pub label: &'a str,
    pub date: Option<&'a str>,
    pub status: MeetingStatus,
    pub roles: &'a [(usize, Relation)],
    pub place: Option<usize>,
    pub sentence: &'a str,
}

/// A hand-written article as extraction would leave it: entities, relations between
/// them (by index, with the sentence read) and meetings.
pub struct Article<'a> {
    pub id: &'a str,
    pub date: Option<&'a str>,
    pub entities: &'a [(&'a str, EntityKind)],
    pub relations: &'a [(usize, Relation, usize, &'a str)],
    pub meetings: &'a [ArticleMeeting<'a>],
}

impl Article<'_> {
    fn evidence(&self, sentence: usize, text: &str, modality: Modality) -> Evidence {
        Evidence {
            modality,
            date: self.date.map(str::to_string),
            ..Evidence::new(self.id, sentence, Span::new(0, text.len()), text, "test")
        }
    }

    /// The record the graph keeps of the article.
    pub fn record(&self) -> crate::graph::DocumentRecord {
        use crate::extract::{Extraction, LocalEntity, LocalMeeting, LocalRelation, MeetingRole};
        let meta = crate::input::DocumentMeta {
            id: self.id.into(),
            date: self.date.map(str::to_string),
            ..Default::default()
        };
        let entities = self
            .entities
            .iter()
            .map(|&(name, kind)| LocalEntity {
                name: name.into(),
                kind,
                aliases: Default::default(),
                roles: Vec::new(),
                mentions: 2,
                kind_guessed: false,
                country: None,
            })
            .collect();
        let relations = self
            .relations
            .iter()
            .enumerate()
            .map(|(i, &(source, relation, target, text))| LocalRelation {
                source,
                relation,
                target,
                evidence: self.evidence(i, text, modality_of(text)),
            })
            .collect();
        let meetings = self
            .meetings
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let n = self.relations.len() + i;
                let modality = match m.status {
                    MeetingStatus::Held => Modality::Asserted,
                    _ => Modality::Planned,
                };
                let ev = self.evidence(n, m.sentence, modality);
                LocalMeeting {
                    label: m.label.into(),
                    roles: m
                        .roles
                        .iter()
                        .map(|&(entity, relation)| MeetingRole {
                            entity,
                            relation,
                            evidence: ev.clone(),
                        })
                        .collect(),
                    place: m.place.map(|p| (p, ev.clone())),
                    when: None,
                    date: m.date.map(str::to_string),
                    status: m.status,
                    evidence: vec![ev],
                }
            })
            .collect();
        crate::graph::DocumentRecord {
            meta: meta.clone(),
            fingerprint: crate::graph::merge::fingerprint(self.id),
            extraction: Extraction {
                doc: meta,
                mentions: Vec::new(),
                entities,
                relations,
                meetings,
                titles: Vec::new(),
                limits: Vec::new(),
            },
        }
    }
}

/// "did not" and "will" in a test sentence mark it negated or planned.
fn modality_of(text: &str) -> Modality {
    if text.contains(" did not ") {
        Modality::Negated
    } else if text.contains(" will ") {
        Modality::Planned
    } else {
        Modality::Asserted
    }
}

/// The graph of some hand-written articles, merged as `build` merges them.
pub fn corpus(articles: &[Article]) -> KnowledgeGraph {
    KnowledgeGraph::from_records(articles.iter().map(Article::record), &Default::default())
}
