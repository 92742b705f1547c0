//! Users extend the embedded lexicon and rules with their own RON files.

use super::*;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn a_user_lexicon_and_rule_file_extend_the_defaults() {
    let d = tempfile::tempdir().unwrap();
    let art = write(
        d.path(),
        "a.txt",
        "Greybeard flurbed Egypt on Monday, officials said.\n",
    );
    let lex = write(
        d.path(),
        "lex.ron",
        "(entities: [(n: \"Greybeard\", kind: Some(organization))])",
    );
    let rules = write(
        d.path(),
        "rules.ron",
        "(verbs: [(id: \"flurb\", relation: rejected, lemmas: [\"flurb\"])])",
    );
    let plain = ok(&["extract", s(&art), "--format", "json"]);
    assert!(!plain.contains("\"rejected\""), "{plain}");
    let out = ok(&[
        "extract",
        s(&art),
        "--format",
        "json",
        "--lexicon",
        s(&lex),
        "--rules",
        s(&rules),
    ]);
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let rel = v["relations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["relation"] == "rejected")
        .unwrap_or_else(|| panic!("the user's rule fires: {out}"));
    assert_eq!(rel["source"], "Greybeard");
    assert_eq!(rel["target"], "Egypt");
    assert_eq!(
        rel["rule"].as_str().map(|r| r.contains("flurb")),
        Some(true)
    );
}

#[test]
fn a_forbidden_merge_keeps_two_entities_apart() {
    let d = tempfile::tempdir().unwrap();
    let a = write(
        d.path(),
        "a.txt",
        "Finance Minister Pavel Novak met bankers in Prague. Pavel Novak said talks went well.\n",
    );
    let b = write(
        d.path(),
        "b.txt",
        "Novak spoke to reporters in Prague on Friday. Bankers welcomed what Novak said.\n",
    );
    let count_novaks = |extra: &[&str]| {
        let g = d.path().join("g.ron");
        let mut args = vec!["build", s(&a), s(&b), "--output", s(&g)];
        args.extend_from_slice(extra);
        ok(&args);
        let json: serde_json::Value =
            serde_json::from_str(&ok(&["export", s(&g), "--format", "json"])).unwrap();
        json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "person" && n["name"].as_str().unwrap().contains("Novak"))
            .count()
    };
    assert_eq!(
        count_novaks(&[]),
        1,
        "an unambiguous surname merges by default"
    );
    let lex = write(
        d.path(),
        "lex.ron",
        "(forbid: [(\"Novak\", \"Pavel Novak\")])",
    );
    assert_eq!(count_novaks(&["--lexicon", s(&lex)]), 2);
}

#[test]
fn a_user_lexicon_adds_words_to_the_text_layer() {
    let d = tempfile::tempdir().unwrap();
    let art = write(
        d.path(),
        "a.txt",
        "Prime Minister Lena Dahl met Finance Minister Olaf Brandt in Oslo on Monday.\n\n\
         PROMOTED: Cheap trips to Bergen this winter\n",
    );
    let lex = write(d.path(), "lex.ron", "(text: (link_heads: [\"PROMOTED\"]))");
    let names = |extra: &[&str]| {
        let mut args = vec!["extract", s(&art), "--format", "json"];
        args.extend_from_slice(extra);
        let out = ok(&args);
        let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
        v["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let plain = names(&[]);
    assert!(plain.contains(&"Bergen".to_string()), "{plain:?}");
    let with = names(&["--lexicon", s(&lex)]);
    assert!(
        !with.contains(&"Bergen".to_string()) && with.contains(&"Oslo".to_string()),
        "a line under the user's link head is page furniture: {with:?}"
    );
}
