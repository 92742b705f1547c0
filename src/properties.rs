//! Properties that must hold for any input: merging is order-free, storage round-trips,
//! and evidence always points into its document.

use crate::extract::{Extraction, LocalEntity, LocalMeeting, LocalRelation, MeetingRole};
use crate::graph::merge::fingerprint;
use crate::graph::{DocumentRecord, KnowledgeGraph};
use crate::input::{Document, DocumentMeta};
use crate::model::{EntityKind, Evidence, MeetingStatus, Relation, Span};
use crate::store::{self, Encoding};
use proptest::prelude::*;
use std::collections::BTreeMap;

const NAMES: &[(&str, EntityKind)] = &[
    ("Benjamin Netanyahu", EntityKind::Person),
    ("Netanyahu", EntityKind::Person),
    ("Hillary Clinton", EntityKind::Person),
    ("Bill Clinton", EntityKind::Person),
    ("Clinton", EntityKind::Person),
    ("Mahmoud Abbas", EntityKind::Person),
    ("United Nations", EntityKind::Organization),
    ("Hamas", EntityKind::Organization),
    ("Israel", EntityKind::Country),
    ("Egypt", EntityKind::Country),
    ("Rome", EntityKind::Place),
];

fn ev(doc: &str, i: usize) -> Evidence {
    Evidence {
        doc: doc.into(),
        sentence: i,
        span: Span::new(i, i + 3),
        text: format!("sentence {i}"),
        rule: "test".into(),
        modality: Default::default(),
        attributed_to: None,
        date: Some("2016-06-24".into()),
        valid: None,
    }
}

/// A synthetic document record: entities from a small pool of names that collide on
/// purpose (surnames, shared surnames), relations and at most one meeting.
fn record_strategy(id: String) -> impl Strategy<Value = DocumentRecord> {
    (
        proptest::sample::subsequence((0..NAMES.len()).collect::<Vec<_>>(), 2..6),
        proptest::collection::vec((0usize..6, 0usize..6, 0usize..Relation::ALL.len()), 0..6),
        any::<bool>(),
    )
        .prop_map(move |(picks, rels, meeting)| {
            let entities: Vec<LocalEntity> = picks
                .iter()
                .map(|&i| LocalEntity {
                    name: NAMES[i].0.into(),
                    kind: NAMES[i].1,
                    aliases: BTreeMap::new(),
                    roles: vec![],
                    mentions: 1,
                    kind_guessed: false,
                    country: None,
                })
                .collect();
            let n = entities.len();
            let relations = rels
                .into_iter()
                .enumerate()
                .filter(|(_, (a, b, r))| {
                    a % n != b % n
                        && !Relation::ALL[*r].is_meeting_role()
                        && Relation::ALL[*r] != Relation::HeldIn
                })
                .map(|(k, (a, b, r))| LocalRelation {
                    source: a % n,
                    relation: Relation::ALL[r],
                    target: b % n,
                    evidence: ev(&id, k),
                })
                .collect();
            let meetings = if meeting {
                vec![LocalMeeting {
                    label: "talks".into(),
                    roles: (0..2)
                        .map(|e| MeetingRole {
                            entity: e,
                            relation: Relation::ParticipantIn,
                            evidence: ev(&id, 9),
                        })
                        .collect(),
                    place: None,
                    when: Some("Thursday".into()),
                    date: Some("2010-09-02".into()),
                    status: MeetingStatus::Held,
                    evidence: vec![ev(&id, 9)],
                }]
            } else {
                vec![]
            };
            let meta = DocumentMeta {
                id: id.clone(),
                ..Default::default()
            };
            DocumentRecord {
                fingerprint: fingerprint(&id),
                meta: meta.clone(),
                extraction: Extraction {
                    doc: meta,
                    mentions: vec![],
                    entities,
                    relations,
                    meetings,
                    titles: vec![],
                    limits: vec![],
                },
            }
        })
}

fn corpus() -> impl Strategy<Value = Vec<DocumentRecord>> {
    (1usize..7).prop_flat_map(|n| {
        (0..n)
            .map(|i| record_strategy(format!("doc{i}")))
            .collect::<Vec<_>>()
    })
}

fn bytes(g: &KnowledgeGraph) -> Vec<u8> {
    store::encode(g, Encoding::Ron)
}

fn graph(recs: &[DocumentRecord]) -> KnowledgeGraph {
    KnowledgeGraph::from_records(recs.to_vec(), &Default::default())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn building_everything_equals_merging_parts(recs in corpus(), cut in 0usize..7) {
        let cut = cut.min(recs.len());
        let whole = graph(&recs);
        let mut merged = graph(&recs[..cut]);
        merged.merge_graph(graph(&recs[cut..]), &Default::default());
        prop_assert_eq!(bytes(&whole), bytes(&merged));
    }

    #[test]
    fn merging_is_idempotent_and_associative(recs in corpus(), a in 0usize..7, b in 0usize..7) {
        let (a, b) = (a.min(recs.len()), b.min(recs.len()));
        let (a, b) = (a.min(b), a.max(b));
        let (x, y, z) = (graph(&recs[..a]), graph(&recs[a..b]), graph(&recs[b..]));
        let mut left = x.clone();
        left.merge_graph(y.clone(), &Default::default());
        left.merge_graph(z.clone(), &Default::default());
        let mut yz = y;
        yz.merge_graph(z, &Default::default());
        let mut right = x;
        right.merge_graph(yz, &Default::default());
        prop_assert_eq!(bytes(&left), bytes(&right));
        let mut twice = left.clone();
        twice.merge_graph(left.clone(), &Default::default());
        prop_assert_eq!(bytes(&twice), bytes(&left));
    }

    #[test]
    fn saving_then_loading_is_the_identity(recs in corpus()) {
        let g = graph(&recs);
        for enc in [Encoding::Ron, Encoding::Json, Encoding::Binary] {
            let loaded = store::decode(&store::encode(&g, enc), enc, "mem").unwrap();
            prop_assert_eq!(bytes(&loaded), bytes(&g));
        }
    }

    #[test]
    fn evidence_spans_lie_inside_the_document_on_char_boundaries(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Netanyahu", "met", "Abbas", "in", "Rome", "on", "Sunday", ".", "The",
                "Israeli", "prime", "minister", "said", "U.S.", "Secretary", "of", "State",
                "John", "Kerry", "“", "”", "é", "talks", "with", "Égypte", ",", "\n", "—",
                "Hamas", "which", "rules", "the", "Gaza", "Strip", "President", "Mr.",
            ]),
            1..80,
        )
    ) {
        let text = words.join(" ");
        let res = crate::Resources::embedded().unwrap();
        let ex = crate::extract(&Document::new("p", text.clone()), &res);
        let ok = |s: Span| s.start <= s.end && s.end <= text.len()
            && text.is_char_boundary(s.start) && text.is_char_boundary(s.end);
        for m in &ex.mentions {
            prop_assert!(ok(m.span), "mention {:?}", m);
            prop_assert_eq!(&text[m.span.start..m.span.end], m.text.as_str());
        }
        for r in &ex.relations {
            prop_assert!(ok(r.evidence.span), "relation {:?}", r);
        }
        for m in &ex.meetings {
            for e in m.roles.iter().map(|r| &r.evidence).chain(&m.evidence) {
                prop_assert!(ok(e.span), "meeting {:?}", m);
            }
        }
    }
}
