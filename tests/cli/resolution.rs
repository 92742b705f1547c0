//! Resolution across a corpus, end to end: build, review, decide, rebuild.

use super::*;
use serde_json::Value;

/// Three articles: two ministers named Novak, and a third article naming only "Novak".
fn novak_corpus(dir: &Path) -> Vec<PathBuf> {
    [
        (
            "a.txt",
            "Finance Minister Pavel Novak met bankers in Prague on Monday. Pavel Novak said talks went well.\n",
        ),
        (
            "b.txt",
            "Defence Minister Jana Novak visited Brno on Tuesday. Jana Novak inspected the troops.\n",
        ),
        (
            "c.txt",
            "Novak told reporters on Wednesday that the budget would pass.\n",
        ),
    ]
    .into_iter()
    .map(|(name, text)| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    })
    .collect()
}

/// Build `inputs` (with extra arguments) and return the graph as node-link JSON.
fn build(dir: &Path, inputs: &[PathBuf], extra: &[&str]) -> (PathBuf, Value) {
    let g = dir.join("g.ron");
    let mut args = vec!["build", "--output", s(&g)];
    args.extend(inputs.iter().map(|p| s(p)));
    args.extend_from_slice(extra);
    ok(&args);
    let json = serde_json::from_str(&ok(&["export", s(&g), "--format", "json"])).unwrap();
    (g, json)
}

fn people(json: &Value) -> Vec<String> {
    let mut v: Vec<String> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "person")
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

fn lexicon(dir: &Path, text: &str) -> PathBuf {
    let p = dir.join("decisions.ron");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn review_lists_an_ambiguous_surname_and_a_decision_merges_it() {
    let d = tempfile::tempdir().unwrap();
    let docs = novak_corpus(d.path());
    let (g, json) = build(d.path(), &docs, &[]);
    assert_eq!(people(&json), vec!["Jana Novak", "Novak", "Pavel Novak"]);

    let items: Value = serde_json::from_str(&ok(&["review", s(&g), "--json"])).unwrap();
    let novak = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["node"]["name"] == "Novak")
        .unwrap_or_else(|| panic!("Novak is listed: {items}"));
    assert_eq!(novak["concern"], "ambiguous");
    let candidates: Vec<&str> = novak["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(candidates, vec!["Jana Novak", "Pavel Novak"]);
    let text = ok(&["review", s(&g)]);
    assert!(
        text.contains("ambiguous  Novak (person, person:novak)")
            && text.contains("could be: Pavel Novak (1 document), Jana Novak (1 document)"),
        "{text}"
    );

    // The reviewer decides "Novak" is the finance minister.
    let lex = lexicon(
        d.path(),
        r#"(decisions: (merge: [("Novak", "Pavel Novak")]))"#,
    );
    let (g, json) = build(d.path(), &docs, &["--lexicon", s(&lex)]);
    assert_eq!(people(&json), vec!["Jana Novak", "Pavel Novak"]);
    let show = ok(&["show", "Pavel Novak", "-g", s(&g)]);
    assert!(show.contains("Novak [decision] in c"), "{show}");
    // Nothing left to review exits 1, as any query that finds nothing.
    let after = run(&["review", s(&g)]);
    let text = String::from_utf8_lossy(&after.stdout);
    assert!(!text.contains("ambiguous  Novak"), "{text}");
    assert!(matches!(after.status.code(), Some(0 | 1)), "{after:?}");
}

#[test]
fn a_unique_surname_joins_and_a_decision_keeps_it_apart() {
    let d = tempfile::tempdir().unwrap();
    let docs = novak_corpus(d.path());
    let two = [docs[0].clone(), docs[2].clone()];
    let (g, json) = build(d.path(), &two, &[]);
    assert_eq!(people(&json), vec!["Pavel Novak"]);
    let show = ok(&["show", "Pavel Novak", "-g", s(&g)]);
    assert!(
        show.contains("Novak [surname-unique, weak] in c")
            && show
                .contains("the one person surnamed Novak in the corpus: Pavel Novak (1 document)"),
        "{show}"
    );
    let review = ok(&["review", s(&g)]);
    assert!(
        review.contains(r#"decide: keep_apart: [("Novak", "Pavel Novak")]"#),
        "{review}"
    );

    let lex = lexicon(
        d.path(),
        r#"(decisions: (keep_apart: [("Novak", "Pavel Novak")]))"#,
    );
    let (_, json) = build(d.path(), &two, &["--lexicon", s(&lex)]);
    assert_eq!(people(&json), vec!["Novak", "Pavel Novak"]);
}

#[test]
fn a_kind_decision_retypes_an_entity() {
    let d = tempfile::tempdir().unwrap();
    let docs = novak_corpus(d.path());
    let lex = lexicon(
        d.path(),
        r#"(decisions: (kinds: [("Jana Novak", organization)]))"#,
    );
    let (_, json) = build(d.path(), &docs, &["--lexicon", s(&lex)]);
    // With one person named Novak left, "Novak" is no longer ambiguous.
    assert_eq!(people(&json), vec!["Pavel Novak"]);
    let jana = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["name"] == "Jana Novak")
        .unwrap();
    assert_eq!(jana["kind"], "organization");
}

#[test]
fn a_decision_naming_nothing_is_reported() {
    let d = tempfile::tempdir().unwrap();
    let docs = novak_corpus(d.path());
    let lex = lexicon(
        d.path(),
        r#"(decisions: (merge: [("Novak", "Nobody Known")]))"#,
    );
    let g = d.path().join("g.ron");
    let out = run(&[
        "build",
        s(&docs[0]),
        "--output",
        s(&g),
        "--lexicon",
        s(&lex),
    ]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(r#"merge decisions that name no entity"#) && err.contains(r#""Nobody Known""#),
        "{err}"
    );
}

#[test]
fn appending_the_article_that_makes_a_surname_ambiguous_equals_one_build() {
    // "Novak" joins Pavel Novak while he is the only Novak; once Jana Novak's article is
    // added the corpus-level decision must change, whatever the order of adding.
    let d = tempfile::tempdir().unwrap();
    let docs = novak_corpus(d.path());
    let whole = d.path().join("whole.ron");
    ok(&[
        "build",
        s(&docs[0]),
        s(&docs[1]),
        s(&docs[2]),
        "--output",
        s(&whole),
    ]);
    let appended = d.path().join("appended.ron");
    ok(&["build", s(&docs[0]), s(&docs[2]), "--output", s(&appended)]);
    ok(&["build", s(&docs[1]), "--output", s(&appended), "--append"]);
    let part = d.path().join("part.ron");
    let merged = d.path().join("merged.ron");
    ok(&["build", s(&docs[1]), "--output", s(&part)]);
    ok(&["merge", s(&appended), s(&part), "--output", s(&merged)]);
    let bytes = |p: &Path| std::fs::read(p).unwrap();
    assert_eq!(bytes(&whole), bytes(&appended));
    assert_eq!(bytes(&whole), bytes(&merged));
}
