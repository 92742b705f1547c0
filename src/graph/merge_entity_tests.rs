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
        kind_guessed: false,
        country: None,
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

fn guessed(name: &str, kind: EntityKind) -> LocalEntity {
    LocalEntity {
        kind_guessed: true,
        ..ent(name, kind, &[])
    }
}

fn kinds(g: &KnowledgeGraph) -> Vec<(String, EntityKind, String)> {
    let mut v: Vec<(String, EntityKind, String)> = g
        .node_indices()
        .map(|ix| {
            let n = g.node(ix);
            (n.name.clone(), n.kind, n.id.clone())
        })
        .collect();
    v.sort();
    v
}

#[test]
fn a_guessed_kind_gives_way_to_a_read_one() {
    // Guessed an organisation in "a", read as a place in "b": one place node.
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![guessed("Karvala", Organization)]),
            rec("b", vec![ent("Karvala", Place, &[])]),
        ],
        &ForbiddenMerges::new(),
    );
    assert_eq!(
        kinds(&g),
        vec![("Karvala".into(), Place, "place:karvala".into())]
    );
    let log: Vec<&MergeRecord> = g.merge_log.iter().collect();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].node, "place:karvala");
    assert!(log[0].rule.contains("was guessed"), "{:?}", log[0]);
    // The other way round the read kind stays.
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![ent("Karvala", Place, &[])]),
            rec("b", vec![guessed("Karvala", Organization)]),
        ],
        &ForbiddenMerges::new(),
    );
    assert_eq!(
        kinds(&g),
        vec![("Karvala".into(), Place, "place:karvala".into())]
    );
    assert!(
        g.merge_log[0].rule.contains("overruled"),
        "{:?}",
        g.merge_log
    );
}

#[test]
fn read_kinds_and_people_are_never_retyped() {
    let g = KnowledgeGraph::from_records(
        vec![
            // Both read from strong evidence: two entities.
            rec("a", vec![ent("Jordan Valley", Place, &[])]),
            rec("b", vec![ent("Jordan Valley", Organization, &[])]),
            // A person and a place stay apart even when both were guesses.
            rec("c", vec![guessed("Marlow", Person)]),
            rec("d", vec![guessed("Marlow", Place)]),
        ],
        &ForbiddenMerges::new(),
    );
    assert_eq!(g.node_indices().count(), 4, "{:?}", kinds(&g));
    assert!(g.merge_log.is_empty(), "{:?}", g.merge_log);
}

#[test]
fn a_same_kind_node_is_preferred_to_retyping() {
    // A guessed place meets both an organisation and a place of its name: it joins the
    // place, and no third node appears.
    let g = KnowledgeGraph::from_records(
        vec![
            rec("a", vec![ent("Sabra", Organization, &[])]),
            rec("b", vec![ent("Sabra", Place, &[])]),
            rec("c", vec![guessed("Sabra", Place)]),
        ],
        &ForbiddenMerges::new(),
    );
    assert_eq!(g.node_indices().count(), 2, "{:?}", kinds(&g));
    assert_eq!(g.merge_log.len(), 1);
    assert_eq!(g.merge_log[0].node, "place:sabra");
    assert_eq!(g.merge_log[0].rule, "exact-name");
}
