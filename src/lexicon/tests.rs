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
