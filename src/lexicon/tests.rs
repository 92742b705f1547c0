use super::*;

fn find_in(lex: &Lexicon, text: &str) -> Vec<(String, Hit)> {
    let mut toks = Vec::new();
    text::tokenize(text, Span::new(0, text.len()), &mut toks);
    let (mut hay, mut starts, mut out) = (String::new(), Vec::new(), Vec::new());
    lex.find(text, &toks, false, &mut hay, &mut starts, &mut out);
    out.iter()
        .map(|m| {
            let s = toks[m.start].span.start;
            let e = toks[m.end - 1].span.end;
            (text[s..e].to_string(), m.hit)
        })
        .collect()
}

fn entity_name(lex: &Lexicon, h: Hit) -> &str {
    match h {
        Hit::Entity { entry, .. } => &lex.entries[entry].name,
        Hit::Title(t) => &lex.titles[t].role,
    }
}

#[test]
fn embedded_lexicon_parses_and_matches_longest_forms_on_token_boundaries() {
    let lex = Lexicon::embedded().unwrap();
    let found = find_in(
        &lex,
        "The Washington Post said U.S. and Israeli officials met in Washington with Israelis.",
    );
    let names: Vec<(&str, &str)> = found
        .iter()
        .map(|(s, h)| (s.as_str(), entity_name(&lex, *h)))
        .collect();
    assert_eq!(
        names,
        vec![
            ("The Washington Post", "The Washington Post"),
            ("U.S.", "United States"),
            ("Israeli", "Israel"),
            ("Washington", "Washington"),
            ("Israelis", "Israel"),
        ]
    );
    // "Israel" must not match inside "Israelis" as a name.
    assert!(matches!(
        found[4].1,
        Hit::Entity {
            form: MentionForm::Demonym,
            plural: true,
            ..
        }
    ));
}

#[test]
fn titles_match_in_both_cases() {
    let lex = Lexicon::embedded().unwrap();
    let found = find_in(&lex, "Secretary of State John Kerry and the prime minister");
    assert_eq!(found[0].0, "Secretary of State");
    assert_eq!(entity_name(&lex, found[0].1), "secretary of state");
    assert_eq!(found[1].0, "prime minister");
}

#[test]
fn parse_errors_name_line_and_column() {
    let err = Lexicon::parse("user.ron", "(\n  countries: [ (n: 5) ],\n)").unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("user.ron: line 2, column"), "{msg}");
}

#[test]
fn extend_adds_aliases_and_forbidden_merges() {
    let mut lex = Lexicon::embedded().unwrap();
    let user = Lexicon::parse(
        "user.ron",
        r#"(entities: [(n: "Acme Widgets", aka: "AWX")], forbid: [("Bill Clinton", "Hillary Clinton")])"#,
    )
    .unwrap();
    lex.extend(user);
    let found = find_in(&lex, "AWX shares rose in Paris.");
    assert_eq!(entity_name(&lex, found[0].1), "Acme Widgets");
    assert_eq!(entity_name(&lex, found[1].1), "Paris");
    assert!(lex
        .forbidden_merges()
        .contains(&("bill clinton".to_string(), "hillary clinton".to_string())));
}

fn lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| Lexicon::embedded().unwrap())
}

/// The table entries a text names, with their kinds.
fn known(lex: &Lexicon, text: &str, caps_line: bool) -> Vec<(&'static str, EntityKind, bool)> {
    let g = lex.gazetteer();
    g.lookup(text, caps_line)
        .map(|h| {
            let k = &g.known[h.id as usize];
            (k.name, k.kind, h.surname)
        })
        .collect()
}

#[test]
fn tables_know_places_with_countries_and_respect_case() {
    let lex = lexicon();
    let kirkcaldy = known(lex, "Kirkcaldy", false);
    assert_eq!(kirkcaldy, vec![("Kirkcaldy", EntityKind::Place, false)]);
    let id = lex
        .gazetteer()
        .lookup("Kirkcaldy", false)
        .next()
        .unwrap()
        .id;
    assert_eq!(lex.known_country(id), Some("United Kingdom"));
    // A lower-case word is no name; in a line in capitals case says nothing.
    assert!(known(lex, "reading", false).is_empty());
    assert!(!known(lex, "Reading", false).is_empty());
    assert!(!known(lex, "READING", true).is_empty());
    // White space inside a name is read as one space.
    assert_eq!(known(lex, "Kansas  City", false).len(), 1);
    // First-level regions are places.
    let id = lex.gazetteer().lookup("Pahang", false).next().unwrap().id;
    assert!(lex.gazetteer().known[id as usize].region);
}

#[test]
fn multinational_companies_of_the_tables_are_organisations_though_dated() {
    let lex = lexicon();
    // The actor dictionaries give banks dated codes as they give people.
    assert_eq!(
        known(lex, "Abn Amro", false),
        vec![("Abn Amro", EntityKind::Organization, false)]
    );
    assert_eq!(
        known(lex, "Ronald Reagan", false),
        vec![("Ronald Reagan", EntityKind::Person, false)]
    );
}

#[test]
fn country_codes_of_the_tables_name_the_lexicons_countries() {
    let lex = lexicon();
    for code in ["GB", "GBR"] {
        let e = lex.country_by_code(code).unwrap();
        assert_eq!(lex.entries[e].name, "United Kingdom");
    }
    let soviet = lex.country_by_code("SUN").unwrap();
    assert_eq!(lex.entries[soviet].name, "Russia");
    assert_eq!(lex.country_by_code("XXX"), None);
}

#[test]
fn actors_hold_their_roles_on_the_days_of_their_terms() {
    let lex = lexicon();
    let id = |name: &str| {
        lex.gazetteer()
            .lookup(name, false)
            .find(|h| !h.surname)
            .unwrap_or_else(|| panic!("{name} unknown"))
            .id
    };
    let day = |s: &str| Day::parse_iso(s).unwrap();
    let reagan = id("Ronald Reagan");
    let roles = lex.roles_at(reagan, day("1987-02-26"));
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0].relation, Relation::Leads);
    assert_eq!(roles[0].target, "United States");
    assert_eq!(roles[0].role.from, Some(day("1981-01-20")));
    assert!(lex.roles_at(reagan, day("1995-01-01")).is_empty());
    // A vice president's term is no leadership; his own presidency is.
    let bush = id("George Bush");
    let as_deputy = lex.roles_at(bush, day("1987-02-26"));
    assert_eq!(as_deputy[0].relation, Relation::MemberOf);
    assert_eq!(
        lex.roles_at(bush, day("1990-06-01"))[0].relation,
        Relation::Leads
    );
    // A surname names someone only as a surname hit.
    let hits = known(lex, "Reagan", false);
    assert!(
        hits.contains(&("Ronald Reagan", EntityKind::Person, true)),
        "{hits:?}"
    );
}

#[test]
fn iso_days_parse_and_print() {
    assert_eq!(Day::parse_iso("1987-02-26"), Some(Day(19870226)));
    assert_eq!(Day::parse_iso("1987-02-26T10:00:00Z"), Some(Day(19870226)));
    assert_eq!(Day::parse_iso("1987-02"), None);
    assert_eq!(Day::parse_iso("1987-13-01"), None);
    assert_eq!(Day(19810120).iso(), "1981-01-20");
}

#[test]
fn word_lists_extend_with_a_users_file() {
    let mut lex = Lexicon::embedded().unwrap();
    assert!(!lex.words.common_words.contains("Zorblat"));
    let user = Lexicon::parse(
        "user.ron",
        r#"(common_words: "Zorblat", place_nouns: "atoll")"#,
    )
    .unwrap();
    lex.extend(user);
    assert!(lex.words.common_words.contains("Zorblat"));
    assert!(lex.words.place_nouns.contains("atoll"));
    // The embedded lists survive the union.
    assert!(lex.words.place_nouns.contains("province"));
    assert!(lex.gazetteer().known.len() > 40_000);
}
