//! Cross-document entity resolution, on small corpora written for each rule.

use super::*;
use crate::extract::{Extraction, LocalEntity};
use crate::graph::decisions::Decisions;
use crate::graph::policy::KnownActor;
use crate::input::DocumentMeta;

fn ent(name: &str, kind: EntityKind, aliases: &[(&str, &str)]) -> LocalEntity {
    LocalEntity {
        name: name.into(),
        kind,
        aliases: aliases
            .iter()
            .map(|(a, rule)| (a.to_string(), rule.to_string()))
            .collect(),
        roles: Vec::new(),
        mentions: 1,
        kind_guessed: false,
        country: None,
    }
}

fn guessed(name: &str, kind: EntityKind) -> LocalEntity {
    LocalEntity {
        kind_guessed: true,
        ..ent(name, kind, &[])
    }
}

fn with_role(mut e: LocalEntity, role: &str) -> LocalEntity {
    e.roles.push(role.into());
    e
}

fn dated(id: &str, date: Option<&str>, entities: Vec<LocalEntity>) -> DocumentRecord {
    let meta = DocumentMeta {
        id: id.into(),
        date: date.map(str::to_string),
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

fn rec(id: &str, entities: Vec<LocalEntity>) -> DocumentRecord {
    dated(id, None, entities)
}

fn build(recs: Vec<DocumentRecord>) -> KnowledgeGraph {
    KnowledgeGraph::from_records(recs, &MergePolicy::default())
}

fn decided(recs: Vec<DocumentRecord>, d: Decisions) -> KnowledgeGraph {
    let policy = MergePolicy {
        decisions: d,
        ..MergePolicy::default()
    };
    KnowledgeGraph::from_records(recs, &policy)
}

fn names(g: &KnowledgeGraph) -> Vec<String> {
    let mut v: Vec<String> = g.node_indices().map(|ix| g.node(ix).name.clone()).collect();
    v.sort();
    v
}

/// The merge record of `form` in document `doc`.
fn record<'a>(g: &'a KnowledgeGraph, doc: &str, form: &str) -> &'a MergeRecord {
    g.merge_log
        .iter()
        .find(|m| m.doc == doc && m.form == form)
        .unwrap_or_else(|| panic!("no record of {form} in {doc}: {:?}", g.merge_log))
}

use EntityKind::*;

#[test]
fn a_surname_joins_the_one_person_of_that_name_in_any_document_order() {
    // The short form comes first in document order; the corpus decides, not the fold.
    let g = build(vec![
        rec("a", vec![ent("Okafor", Person, &[])]),
        rec(
            "z",
            vec![ent("Nadia Okafor", Person, &[("Okafor", "surname")])],
        ),
    ]);
    assert_eq!(names(&g), vec!["Nadia Okafor"]);
    let r = record(&g, "a", "Okafor");
    assert_eq!(r.rule, "surname-unique");
    assert!(r.evidence.contains("Nadia Okafor (1 document)"), "{r:?}");
}

#[test]
fn a_surname_its_article_kept_apart_from_a_full_name_stays_apart() {
    // "Thomas Wexley ... Mrs Wexley": the article itself said they differ; a surname
    // alone in another article still joins the one full name.
    let g = build(vec![
        rec(
            "a",
            vec![
                ent("Thomas Wexley", Person, &[]),
                ent("Wexley", Person, &[]),
            ],
        ),
        rec("b", vec![ent("Wexley", Person, &[])]),
    ]);
    assert_eq!(names(&g), vec!["Thomas Wexley", "Wexley"]);
    assert_eq!(record(&g, "b", "Wexley").rule, "surname-unique");
}

#[test]
fn two_different_smiths_stay_apart_and_a_bare_smith_is_ambiguous() {
    let g = build(vec![
        rec("a", vec![ent("John Smith", Person, &[])]),
        rec("b", vec![ent("Jane Smith", Person, &[])]),
        rec("c", vec![ent("Smith", Person, &[])]),
        rec("d", vec![ent("Smith", Person, &[])]),
    ]);
    assert_eq!(names(&g), vec!["Jane Smith", "John Smith", "Smith"]);
    let r = record(&g, "c", "Smith");
    assert_eq!(r.rule, "ambiguous");
    assert_eq!(r.candidates, vec!["person:john-smith", "person:jane-smith"]);
    // Both bare mentions are one node, not one per document.
    assert_eq!(record(&g, "d", "Smith").node, r.node);
}

#[test]
fn a_title_that_contradicts_rules_a_person_out() {
    let g = build(vec![
        rec(
            "a",
            vec![with_role(ent("Ana Kos", Person, &[]), "president")],
        ),
        rec(
            "b",
            vec![with_role(ent("Ivo Kos", Person, &[]), "goalkeeper")],
        ),
        rec("c", vec![with_role(ent("Kos", Person, &[]), "president")]),
    ]);
    assert_eq!(names(&g), vec!["Ana Kos", "Ivo Kos"]);
    assert_eq!(record(&g, "c", "Kos").node, "person:ana-kos");
}

#[test]
fn acronyms_resolve_only_to_an_expansion_an_article_links_them_to() {
    let g = build(vec![
        rec(
            "a",
            vec![ent("Hewlett-Packard", Organization, &[("HP", "acronym")])],
        ),
        rec("b", vec![ent("HP", Organization, &[])]),
        // Initials alone are no link: "NGB" stays itself.
        rec("c", vec![ent("Northern Grain Board", Organization, &[])]),
        rec("d", vec![ent("NGB", Organization, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec!["Hewlett-Packard", "NGB", "Northern Grain Board"]
    );
    assert_eq!(record(&g, "b", "HP").rule, "acronym");
    // Under its own name, read as an organisation: nothing to explain.
    assert!(
        g.merge_log.iter().all(|m| m.form != "NGB"),
        "{:?}",
        g.merge_log
    );
}

#[test]
fn an_acronym_with_two_expansions_stays_unresolved_and_is_listed() {
    let g = build(vec![
        rec(
            "a",
            vec![ent("Harbour Pilots", Organization, &[("HP", "acronym")])],
        ),
        rec(
            "b",
            vec![ent("Hewlett-Packard", Organization, &[("HP", "acronym")])],
        ),
        rec("c", vec![ent("HP", Organization, &[])]),
    ]);
    assert_eq!(names(&g), vec!["HP", "Harbour Pilots", "Hewlett-Packard"]);
    let r = record(&g, "c", "HP");
    assert_eq!(r.rule, "ambiguous");
    assert_eq!(r.candidates.len(), 2);
    let items = crate::query::review::review(&g);
    assert!(
        items
            .iter()
            .any(|i| i.node.name == "HP" && i.concern == crate::query::review::Concern::Ambiguous),
        "{items:?}"
    );
}

#[test]
fn spelling_and_legal_suffix_variants_merge() {
    let g = build(vec![
        rec("a", vec![ent("Freeport McMoRan", Organization, &[])]),
        rec("b", vec![ent("Freeport-McMoRan", Organization, &[])]),
        rec("c", vec![ent("Bandai Co Ltd", Organization, &[])]),
        rec("d", vec![ent("Bandai", Organization, &[])]),
        rec("e", vec![ent("Bandai", Organization, &[])]),
        rec("f", vec![ent("Kostas Kenteris", Person, &[])]),
        rec("g", vec![ent("Costas Kenteris", Person, &[])]),
        rec("h", vec![ent("Costas Kenteris", Person, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec!["Bandai", "Costas Kenteris", "Freeport McMoRan"]
    );
    assert_eq!(record(&g, "c", "Bandai Co Ltd").rule, "spelling-variant");
    let r = record(&g, "f", "Kostas Kenteris");
    assert_eq!(r.rule, "name-variant");
    assert!(r.weak, "a spelling of a given name is weak evidence");
}

#[test]
fn generic_words_are_never_aliases_or_merge_keys() {
    let g = build(vec![
        rec(
            "a",
            vec![ent(
                "Viking Radio",
                Organization,
                &[("Radio", "short-form")],
            )],
        ),
        rec("b", vec![ent("Radio", Organization, &[])]),
        rec("c", vec![ent("Radio", Organization, &[])]),
    ]);
    assert_eq!(names(&g), vec!["Radio", "Viking Radio"]);
    let viking = g.lookup("Viking Radio")[0];
    assert!(g.node(viking).aliases.is_empty(), "{:?}", g.node(viking));
}

#[test]
fn a_name_between_two_different_people_is_kept_apart() {
    let g = build(vec![
        rec("a", vec![ent("George Bush", Person, &[])]),
        rec("b", vec![ent("George W Bush", Person, &[])]),
        rec("c", vec![ent("George H W Bush", Person, &[])]),
        rec("d", vec![ent("George Walker Bush", Person, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec!["George Bush", "George H W Bush", "George W Bush"]
    );
    let r = record(&g, "a", "George Bush");
    assert_eq!(r.rule, "kept-apart");
    assert_eq!(r.candidates.len(), 2, "{r:?}");
    assert_eq!(
        record(&g, "d", "George Walker Bush").node,
        "person:george-w-bush"
    );
}

#[test]
fn two_names_one_article_gives_two_people_stay_apart() {
    let g = build(vec![
        rec(
            "a",
            vec![
                ent("George W Bush", Person, &[]),
                ent("George Bush", Person, &[]),
            ],
        ),
        rec("b", vec![ent("George Bush", Person, &[])]),
        rec(
            "c",
            vec![
                ent("Frederick Cheney LaRue", Person, &[]),
                ent("Fred LaRue", Person, &[]),
            ],
        ),
        rec("d", vec![ent("Fred LaRue", Person, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec!["Fred LaRue", "George Bush", "George W Bush"]
    );
}

#[test]
fn a_middle_name_beside_its_initial_in_one_article_is_one_person() {
    let g = build(vec![
        rec(
            "a",
            vec![
                ent("Jonas Pelham Marwick", Person, &[]),
                ent("Jonas P. Marwick", Person, &[]),
            ],
        ),
        rec("b", vec![ent("Jon Marwick", Person, &[])]),
        rec(
            "c",
            vec![
                ent("Jonas Pelham Marwick", Person, &[]),
                ent("Jonas T. Marwick", Person, &[]),
            ],
        ),
    ]);
    // "Jonas T." contradicts "Jonas Pelham", so "Jon" fits two people and joins none.
    assert_eq!(
        names(&g),
        vec!["Jon Marwick", "Jonas Pelham Marwick", "Jonas T. Marwick"]
    );
    let g = build(vec![
        rec(
            "a",
            vec![
                ent("Jonas Pelham Marwick", Person, &[]),
                ent("Jonas P. Marwick", Person, &[]),
            ],
        ),
        rec("b", vec![ent("Jon Marwick", Person, &[])]),
    ]);
    assert_eq!(names(&g).len(), 1, "{:?}", names(&g));
}

#[test]
fn a_possessive_first_word_names_its_organisation() {
    let g = build(vec![
        rec(
            "a",
            vec![ent("Kolby's Investors Service", Organization, &[])],
        ),
        rec("b", vec![ent("Kolby", Organization, &[])]),
    ]);
    assert_eq!(names(&g), vec!["Kolby's Investors Service"]);
}

#[test]
fn a_short_given_name_joins_the_only_compatible_full_one() {
    let g = build(vec![
        rec("a", vec![ent("Fred LaRue", Person, &[])]),
        rec("b", vec![ent("Fred LaRue", Person, &[])]),
        rec("c", vec![ent("Frederick LaRue", Person, &[])]),
    ]);
    assert_eq!(names(&g), vec!["Fred LaRue"]);
    let r = record(&g, "c", "Frederick LaRue");
    assert_eq!(r.rule, "name-variant");
    assert!(r.weak);
}

#[test]
fn an_organisation_is_known_by_its_first_word_only_when_that_is_unique() {
    let g = build(vec![
        rec(
            "a",
            vec![ent("Promises Treatment Center", Organization, &[])],
        ),
        rec("b", vec![ent("Promises", Organization, &[])]),
        rec("c", vec![ent("Lorvik Shipping Agency", Organization, &[])]),
        rec("d", vec![ent("Lorvik Mining Council", Organization, &[])]),
        rec("e", vec![ent("Lorvik", Organization, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec![
            "Lorvik",
            "Lorvik Mining Council",
            "Lorvik Shipping Agency",
            "Promises Treatment Center"
        ]
    );
    let r = record(&g, "b", "Promises");
    assert_eq!(r.rule, "short-name");
    assert!(r.weak);
    assert_eq!(record(&g, "e", "Lorvik").rule, "ambiguous");
}

#[test]
fn a_countrys_body_without_its_country_joins_the_usual_one_only() {
    let body = |country: &str| {
        let name = format!("{country} Parliament");
        ent(
            &name,
            Organization,
            &[("Parliament", crate::extract::COUNTRY_BODY_RULE)],
        )
    };
    // Three articles of four give the one country: "Parliament" alone is its.
    let g = build(vec![
        rec("a", vec![body("Zorbia")]),
        rec("b", vec![body("Zorbia")]),
        rec("c", vec![body("Zorbia")]),
        rec("d", vec![body("Vantia")]),
        rec("e", vec![ent("Parliament", Organization, &[])]),
    ]);
    assert_eq!(g.node_count(), 2, "{:?}", names(&g));
    let e = g.lookup("Parliament");
    assert_eq!(e.len(), 2, "both bodies are known by the bare name");
    assert!(
        names(&g).contains(&"Vantia Parliament".to_string()),
        "{:?}",
        names(&g)
    );
    // Two countries as often as each other: the bare name stays apart, and no two
    // countries' bodies meet through it.
    let g = build(vec![
        rec("a", vec![body("Zorbia")]),
        rec("b", vec![body("Vantia")]),
        rec("c", vec![ent("Parliament", Organization, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec!["Parliament", "Vantia Parliament", "Zorbia Parliament"]
    );
}

/// Every node's name and kind, sorted.
fn sorted_kinds(g: &KnowledgeGraph) -> Vec<(String, EntityKind)> {
    let mut v: Vec<_> = g
        .node_indices()
        .map(|ix| (g.node(ix).name.clone(), g.node(ix).kind))
        .collect();
    v.sort();
    v
}

#[test]
fn a_guessed_kind_follows_the_corpus_and_read_kinds_stand() {
    let g = build(vec![
        rec("a", vec![guessed("Karvala", Organization)]),
        rec("b", vec![ent("Karvala", Place, &[])]),
        rec("c", vec![ent("Jordan Valley", Place, &[])]),
        rec("d", vec![ent("Jordan Valley", Organization, &[])]),
    ]);
    let kinds = sorted_kinds(&g);
    assert_eq!(
        kinds,
        vec![
            ("Jordan Valley".into(), Organization),
            ("Jordan Valley".into(), Place),
            ("Karvala".into(), Place),
        ]
    );
    let r = record(&g, "a", "Karvala");
    assert!(
        r.kind_note
            .starts_with("guessed organization; read as place"),
        "{r:?}"
    );
}

#[test]
fn where_reads_tie_the_guesses_place_a_guessed_kind() {
    let g = build(vec![
        rec("a", vec![ent("Halvor Boerse", Person, &[])]),
        rec("b", vec![ent("Halvor Boerse", Organization, &[])]),
        rec("c", vec![guessed("Halvor Boerse", Organization)]),
        rec("d", vec![guessed("Halvor Boerse", Organization)]),
        rec("e", vec![guessed("Halvor Boerse", Person)]),
    ]);
    let r = record(&g, "e", "Halvor Boerse");
    assert!(
        r.kind_note
            .starts_with("guessed person; read as organization"),
        "{r:?}"
    );
    assert_eq!(record(&g, "c", "Halvor Boerse").kind_note, "guessed");
}

#[test]
fn a_kind_the_corpus_reads_far_more_often_overrules_a_lone_reading() {
    let mut recs: Vec<DocumentRecord> = (0..3)
        .map(|i| rec(&format!("org{i}"), vec![ent("Karvex", Organization, &[])]))
        .collect();
    recs.push(rec("p", vec![ent("Karvex", Person, &[])]));
    // Two readings against one are no majority.
    recs.push(rec("q1", vec![ent("Lindqvist Hall", Place, &[])]));
    recs.push(rec("q2", vec![ent("Lindqvist Hall", Place, &[])]));
    recs.push(rec("q3", vec![ent("Lindqvist Hall", Organization, &[])]));
    for i in 0..3 {
        recs.push(rec(&format!("w{i}"), vec![ent("Marrowby", Place, &[])]));
    }
    recs.push(rec(
        "w",
        vec![with_role(ent("Marrowby", Person, &[]), "producer")],
    ));
    let g = build(recs);
    let kinds = sorted_kinds(&g);
    assert_eq!(
        kinds,
        vec![
            ("Karvex".into(), Organization),
            ("Lindqvist Hall".into(), Organization),
            ("Lindqvist Hall".into(), Place),
            ("Marrowby".into(), Place),
        ]
    );
    let r = record(&g, "p", "Karvex");
    assert_eq!(
        r.kind_note, "read as person in 1 document; as organization in 3 documents",
        "{r:?}"
    );
}

#[test]
fn a_full_name_read_as_a_body_by_most_articles_is_no_person() {
    let mut recs: Vec<DocumentRecord> = (0..3)
        .map(|i| {
            rec(
                &format!("c{i}"),
                vec![ent("Vantia Rovers", Organization, &[])],
            )
        })
        .collect();
    recs.push(rec("p1", vec![ent("Vantia Rovers", Person, &[])]));
    recs.push(rec("p2", vec![ent("Vantia Rovers", Person, &[])]));
    // A one-word name needs the wide margin still; a place keeps its reading.
    recs.push(rec("k1", vec![ent("Karvex", Organization, &[])]));
    recs.push(rec("k2", vec![ent("Karvex", Organization, &[])]));
    recs.push(rec("k3", vec![ent("Karvex", Person, &[])]));
    recs.push(rec("h1", vec![ent("Lindqvist Hall", Organization, &[])]));
    recs.push(rec("h2", vec![ent("Lindqvist Hall", Organization, &[])]));
    recs.push(rec("h3", vec![ent("Lindqvist Hall", Place, &[])]));
    let kinds = sorted_kinds(&build(recs));
    assert_eq!(
        kinds,
        vec![
            ("Karvex".into(), Person),
            ("Karvex".into(), Organization),
            ("Lindqvist Hall".into(), Organization),
            ("Lindqvist Hall".into(), Place),
            ("Vantia Rovers".into(), Organization),
        ]
    );
}

#[test]
fn a_name_ending_in_a_legal_form_is_a_company() {
    let g = build(vec![
        rec("a", vec![ent("Harlow Mutual Ltd", Person, &[])]),
        rec("b", vec![ent("Harlow Mutual Ltd", Person, &[])]),
        rec("c", vec![ent("Harlow Mutual", Organization, &[])]),
        rec("d", vec![ent("Ana Sa", Person, &[])]),
        rec("e", vec![ent("Harlow Mutual", Person, &[])]),
        rec("f", vec![ent("Tovey Co", Organization, &[])]),
        rec("g", vec![ent("Tovey", Person, &[])]),
    ]);
    let kinds: Vec<(String, EntityKind)> = g
        .node_indices()
        .map(|ix| (g.node(ix).name.clone(), g.node(ix).kind))
        .collect();
    assert_eq!(kinds.len(), 4, "{kinds:?}");
    assert!(kinds.contains(&("Tovey".into(), Person)), "{kinds:?}");
    assert!(kinds.contains(&("Ana Sa".into(), Person)), "{kinds:?}");
    assert!(kinds
        .iter()
        .any(|(n, k)| n.starts_with("Harlow Mutual") && *k == Organization));
    let r = record(&g, "a", "Harlow Mutual Ltd");
    assert_eq!(r.kind_note, "its name ends in a legal form", "{r:?}");
    let r = record(&g, "e", "Harlow Mutual");
    assert!(r.kind_note.contains("a company of its name"), "{r:?}");
}

#[test]
fn a_guessed_surname_joins_the_one_person_of_that_surname() {
    let g = build(vec![
        rec("a", vec![ent("Mira Lindqvist", Person, &[])]),
        rec("b", vec![guessed("Lindqvist", Organization)]),
    ]);
    assert_eq!(names(&g), vec!["Mira Lindqvist"]);
    let r = record(&g, "b", "Lindqvist");
    assert_eq!(r.rule, "surname-unique");
    assert!(r.weak && r.kind_note.contains("joined a person"), "{r:?}");
}

#[test]
fn reviewers_decisions_merge_keep_apart_and_set_kinds() {
    let corpus = || {
        vec![
            rec("a", vec![ent("John Smith", Person, &[])]),
            rec("b", vec![ent("Jane Smith", Person, &[])]),
            rec("c", vec![ent("Smith", Person, &[])]),
            rec("d", vec![ent("Nadia Okafor", Person, &[])]),
            rec("e", vec![ent("Okafor", Person, &[])]),
            rec("f", vec![guessed("Yelver", Place)]),
        ]
    };
    assert_eq!(build(corpus()).node_count(), 5);
    let g = decided(
        corpus(),
        Decisions {
            merge: vec![("Smith".into(), "Jane Smith".into())],
            keep_apart: vec![("Okafor".into(), "Nadia Okafor".into())],
            kinds: vec![("Yelver".into(), Organization)],
        },
    );
    assert_eq!(
        names(&g),
        vec![
            "Jane Smith",
            "John Smith",
            "Nadia Okafor",
            "Okafor",
            "Yelver"
        ]
    );
    assert_eq!(record(&g, "c", "Smith").rule, "decision");
    assert!(g.merge_log.iter().all(|m| m.form != "Okafor"));
    assert!(g.merge_log.iter().all(|m| m.form != "Jane Smith"));
    let yelver = g.lookup("Yelver")[0];
    assert_eq!(g.node(yelver).kind, Organization);
    assert_eq!(g.unused_decisions_note(), None);
    let g = decided(
        corpus(),
        Decisions {
            merge: vec![("Nobody".into(), "Smith".into())],
            ..Decisions::default()
        },
    );
    assert!(g.unused_decisions_note().unwrap().contains("\"Nobody\""));
}

#[test]
fn a_lexicon_actor_answers_to_a_short_form_while_active() {
    let policy = MergePolicy {
        known: vec![KnownActor {
            name: "Ronald Reagan".into(),
            kind: Person,
            aliases: vec![],
            active: Some(("1981-01-20".into(), "1989-01-20".into())),
        }],
        ..MergePolicy::default()
    };
    let g = KnowledgeGraph::from_records(
        vec![
            dated("a", Some("1987-03-02"), vec![ent("Reagan", Person, &[])]),
            dated("b", Some("1995-06-01"), vec![ent("Reagan", Person, &[])]),
            dated(
                "c",
                Some("1987-05-02"),
                vec![ent("Nancy Reagan", Person, &[])],
            ),
        ],
        &policy,
    );
    assert_eq!(names(&g), vec!["Nancy Reagan", "Ronald Reagan"]);
    assert_eq!(record(&g, "a", "Reagan").rule, "known-actor");
    // Out of office, the lexicon's Reagan is no candidate: the corpus's one is.
    assert_eq!(record(&g, "b", "Reagan").node, "person:nancy-reagan");
}

#[test]
fn the_commonest_readable_full_name_names_the_node() {
    let g = build(vec![
        rec("a", vec![ent("ACME CORP", Organization, &[])]),
        rec("b", vec![ent("Acme Corp", Organization, &[])]),
        rec("c", vec![ent("Acme", Organization, &[])]),
        rec("d", vec![ent("Acme", Organization, &[])]),
    ]);
    assert_eq!(names(&g), vec!["Acme"]);
    let acme = g.lookup("Acme")[0];
    assert_eq!(g.node(acme).documents.len(), 4);
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
    let g = build(recs);
    assert_eq!(g.node_count(), 3000);
}

#[test]
fn a_team_is_known_by_its_name_after_its_city() {
    let g = build(vec![
        rec("a", vec![ent("Harbin", Place, &[])]),
        rec("b", vec![ent("Harbin Falcons", Organization, &[])]),
        rec("c", vec![ent("Falcons", Organization, &[])]),
        rec("d", vec![ent("Harbin Red Wolves", Organization, &[])]),
        rec("e", vec![ent("Red Wolves", Organization, &[])]),
    ]);
    assert_eq!(
        names(&g),
        vec!["Harbin", "Harbin Falcons", "Harbin Red Wolves"]
    );
    assert_eq!(record(&g, "c", "Falcons").rule, "short-name");
    assert_eq!(
        record(&g, "e", "Red Wolves").node,
        "organization:harbin-red-wolves"
    );
}

#[test]
fn a_word_an_article_links_to_a_name_resolves_through_the_link() {
    let g = build(vec![
        rec(
            "a",
            vec![ent(
                "Tarvik Mining Council",
                Organization,
                &[("Tarvik", "short-form")],
            )],
        ),
        rec("b", vec![guessed("Tarvik", Person)]),
    ]);
    assert_eq!(names(&g), vec!["Tarvik Mining Council"]);
    assert_eq!(record(&g, "b", "Tarvik").rule, "linked-short-name");
}

#[test]
fn a_short_form_far_commoner_than_its_one_full_name_stays_itself() {
    // "Tory" in six articles is not the "London Tory" of one.
    let mut recs = vec![
        rec("a", vec![ent("London", Place, &[])]),
        rec("b", vec![ent("London Tory", Organization, &[])]),
    ];
    recs.extend((0..6).map(|i| rec(&format!("t{i}"), vec![ent("Tory", Organization, &[])])));
    let g = build(recs);
    assert_eq!(names(&g), vec!["London", "London Tory", "Tory"]);
}

#[test]
fn a_given_name_alone_joins_the_one_person_of_that_name() {
    let g = build(vec![
        rec("a", vec![ent("Vincent Dolan", Person, &[])]),
        rec("b", vec![guessed("Vincent", Organization)]),
    ]);
    assert_eq!(names(&g), vec!["Vincent Dolan"]);
    assert_eq!(record(&g, "b", "Vincent").rule, "given-name-unique");
}

#[test]
fn the_company_a_short_form_keeps_chooses_among_its_candidates() {
    // Forty articles name only Oslo, so the entities below are rare and telling.
    let mut recs: Vec<DocumentRecord> = (0..40)
        .map(|i| rec(&format!("f{i:02}"), vec![ent("Oslo", Place, &[])]))
        .collect();
    let org = |n: &str| ent(n, Organization, &[]);
    recs.push(rec(
        "j1",
        vec![
            ent("John Smith", Person, &[]),
            org("Kestrel Bank"),
            org("Varn Institute"),
        ],
    ));
    recs.push(rec(
        "j2",
        vec![
            ent("Jane Smith", Person, &[]),
            org("Porto Mills"),
            org("Quay Council"),
        ],
    ));
    recs.push(rec(
        "s1",
        vec![
            ent("Smith", Person, &[]),
            org("Kestrel Bank"),
            org("Varn Institute"),
        ],
    ));
    // An article sharing nothing with either stays ambiguous.
    recs.push(rec(
        "s2",
        vec![ent("Smith", Person, &[]), ent("Oslo", Place, &[])],
    ));
    let g = build(recs);
    let r = record(&g, "s1", "Smith");
    assert_eq!(
        (r.rule.as_str(), r.node.as_str()),
        ("context", "person:john-smith")
    );
    assert!(r.weak && r.evidence.contains("Kestrel Bank"), "{r:?}");
    assert_eq!(record(&g, "s2", "Smith").rule, "ambiguous");
}
