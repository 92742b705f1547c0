//! Cross-document entity resolution.

use super::*;
use crate::extract::Extraction;
use crate::input::DocumentMeta;

fn ent(name: &str, kind: EntityKind, aliases: &[&str]) -> LocalEntity {
    LocalEntity {
        name: name.into(),
        kind,
        aliases: aliases
            .iter()
            .map(|a| (a.to_string(), "test".to_string()))
            .collect(),
        roles: Vec::new(),
        mentions: 1,
    }
}

fn rec(id: &str, entities: Vec<LocalEntity>) -> DocumentRecord {
    let meta = DocumentMeta {
        id: id.into(),
        ..Default::default()
    };
    DocumentRecord {
        meta: meta.clone(),
        fingerprint: fingerprint(id),
        extraction: Extraction {
            doc: meta,
            mentions: Vec::new(),
            entities,
            relations: Vec::new(),
            meetings: Vec::new(),
            titles: Vec::new(),
            limits: Vec::new(),
        },
    }
}

fn names(g: &KnowledgeGraph) -> Vec<String> {
    let mut v: Vec<String> = g.node_indices().map(|ix| g.node(ix).name.clone()).collect();
    v.sort();
    v
}

use EntityKind::*;

#[test]
fn acronyms_and_aliases_meet_in_one_node() {
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![ent("United Nations", Organization, &["U.N."])]),
            rec("b", vec![ent("UN", Organization, &[])]),
            rec(
                "c",
                vec![ent("Palestine Liberation Organization", Organization, &[])],
            ),
            rec("d", vec![ent("PLO", Organization, &[])]),
        ],
        &ForbiddenMerges::new(),
    );
    // "UN" is "U.N." once dots are ignored; "PLO" matches the initials of the one
    // organisation.
    assert_eq!(
        names(&g),
        vec!["Palestine Liberation Organization", "United Nations"]
    );
    assert!(g
        .merge_log
        .iter()
        .any(|m| m.rule == "acronym" && m.form == "PLO"));
}

#[test]
fn surnames_merge_only_when_unambiguous() {
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![ent("Bill Clinton", Person, &["Clinton"])]),
            rec("b", vec![ent("Hillary Clinton", Person, &["Clinton"])]),
            rec("c", vec![ent("Clinton", Person, &[])]),
            rec("d", vec![ent("Benjamin Netanyahu", Person, &[])]),
            rec("e", vec![ent("Netanyahu", Person, &[])]),
        ],
        &ForbiddenMerges::new(),
    );
    assert_eq!(
        names(&g),
        vec![
            "Benjamin Netanyahu",
            "Bill Clinton",
            "Clinton",
            "Hillary Clinton"
        ]
    );
    assert!(g
        .merge_log
        .iter()
        .any(|m| m.rule == "surname-unique" && m.form == "Netanyahu"));
}

#[test]
fn a_full_name_upgrades_a_surname_only_node() {
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![ent("Areikat", Person, &[])]),
            rec("b", vec![ent("Maen Areikat", Person, &["Areikat"])]),
        ],
        &ForbiddenMerges::new(),
    );
    assert_eq!(names(&g), vec!["Maen Areikat"]);
}

#[test]
fn kinds_must_agree_and_forbidden_merges_are_honoured() {
    let mut forbidden = ForbiddenMerges::new();
    forbidden.insert(("john smith".into(), "smith".into()));
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![ent("Washington", Place, &[])]),
            rec("b", vec![ent("Washington", Person, &[])]),
            rec("c", vec![ent("John Smith", Person, &[])]),
            rec("d", vec![ent("Smith", Person, &[])]),
        ],
        &forbidden,
    );
    assert_eq!(g.node_count(), 4);
}

#[test]
fn many_documents_stay_fast() {
    // Distinct people with a shared surname pattern: matching must not scan the graph.
    let recs: Vec<DocumentRecord> = (0..3000)
        .map(|i| {
            rec(
                &format!("d{i:05}"),
                vec![ent(&format!("Person{i} Name{i}"), Person, &[])],
            )
        })
        .collect();
    let t = std::time::Instant::now();
    let g = KnowledgeGraph::from_records(recs, &ForbiddenMerges::new());
    assert_eq!(g.node_count(), 3000);
    assert!(t.elapsed().as_secs() < 5);
}
