//! Every cap says when it is hit: evidence per edge per document at build time, and
//! the number of paths, the path search's work and the neighbourhood size in queries.

use super::*;
use serde_json::Value;

#[test]
fn evidence_over_the_per_document_cap_is_noted_with_the_document() {
    let d = tempfile::tempdir().unwrap();
    let rep = d.path().join("repeats.txt");
    std::fs::write(&rep, "Netanyahu criticized Abbas. ".repeat(40)).unwrap();
    let few = d.path().join("few.txt");
    std::fs::write(&few, "Netanyahu criticized Abbas. ".repeat(3)).unwrap();
    let g = d.path().join("g.ron");
    let out = run(&["build", s(&rep), s(&few), "--output", s(&g)]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("note: evidence kept per edge per document is capped at 32: 8 piece(s)")
            && err.contains("repeats (1 edge, 8 dropped)")
            && !err.contains("few ("),
        "{err}"
    );
    let json: Value = serde_json::from_str(&ok(&["export", s(&g), "--format", "json"])).unwrap();
    // 32 of the 40 readings kept, and all 3 of the other article's.
    let kept: usize = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["relation"] == "criticized")
        .map(|l| l["evidence"].as_array().unwrap().len())
        .sum();
    assert_eq!(kept, 32 + 3);
    // Merging graphs rebuilds the edges, and says so again.
    let merged = d.path().join("m.ron");
    let out = run(&["merge", s(&g), "--output", s(&merged)]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("repeats (1 edge, 8 dropped)"));
    // Under the cap, nothing is said.
    let out = run(&["build", s(&few), "--output", s(&g)]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("capped"));
}

#[test]
fn an_absurd_k_lists_a_thousand_paths_and_says_so() {
    let d = tempfile::tempdir().unwrap();
    // From — A_i — B_j — To: 1,600 shortest paths.
    let w = 40;
    let mut names: Vec<String> = vec!["From".into(), "To".into()];
    names.extend((0..w).map(|i| format!("A{i:03}")));
    names.extend((0..w).map(|i| format!("B{i:03}")));
    let mut edges = Vec::new();
    for i in 0..w {
        edges.push((0, 2 + i));
        edges.push((2 + w + i, 1));
        for j in 0..w {
            edges.push((2 + i, 2 + w + j));
        }
    }
    let g = graph_file(d.path(), &names, &edges);
    let text = ok(&["path", "From", "To", "-g", s(&g), "--k", "1000000000"]);
    assert!(
        text.starts_with(
            "From → To: 1000 paths\nnote: 1000000000 paths were asked for, more than the 1000 listed at most"
        ),
        "{}",
        &text[..300]
    );
    let json: Value = serde_json::from_str(&ok(&[
        "path",
        "From",
        "To",
        "-g",
        s(&g),
        "--k",
        "1000000000",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["paths"].as_array().unwrap().len(), 1000);
    assert_eq!(json["limits"][0]["limit"], "paths");
    assert_eq!(json["limits"][0]["value"], 1000);
    // A k the graph can satisfy notes nothing.
    let json: Value = serde_json::from_str(&ok(&[
        "path",
        "From",
        "To",
        "-g",
        s(&g),
        "--k",
        "5",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["paths"].as_array().unwrap().len(), 5);
    assert!(json.get("limits").is_none(), "{json}");
}

#[test]
fn a_search_for_many_long_paths_stops_and_says_so() {
    let d = tempfile::tempdir().unwrap();
    // A ladder 1,000 rungs long: paths of about a thousand hops, in huge numbers.
    let n = 2000;
    let names: Vec<String> = (0..n).map(|i| format!("P{i:04}")).collect();
    let mut edges: Vec<(usize, usize)> = (0..n - 2).map(|i| (i, i + 2)).collect();
    edges.extend((0..n - 1).step_by(2).map(|i| (i, i + 1)));
    let g = graph_file(d.path(), &names, &edges);
    let start = std::time::Instant::now();
    let json: Value = serde_json::from_str(&ok(&[
        "path",
        "P0000",
        "P1999",
        "-g",
        s(&g),
        "--k",
        "1000",
        "--json",
    ]))
    .unwrap();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(60),
        "ends: {:?}",
        start.elapsed()
    );
    let paths = json["paths"].as_array().unwrap();
    assert!(!paths.is_empty() && paths.len() < 1000, "{}", paths.len());
    assert_eq!(json["limits"][0]["limit"], "search_steps");
    let note = json["limits"][0]["note"].as_str().unwrap();
    assert!(note.contains("the search stopped"), "{note}");
    // The shortest path is there whatever the budget.
    assert_eq!(paths[0]["length"], 1000);
}

#[test]
fn a_huge_neighbourhood_lists_the_nearest_and_says_so() {
    let d = tempfile::tempdir().unwrap();
    // A hub with 10,050 direct neighbours, and one more entity behind the first.
    let leaves = 10_050;
    let mut names: Vec<String> = vec!["Hub".into(), "Far".into()];
    names.extend((0..leaves).map(|i| format!("L{i:05}")));
    let mut edges: Vec<(usize, usize)> = (0..leaves).map(|i| (0, 2 + i)).collect();
    edges.push((2, 1));
    let g = graph_file(d.path(), &names, &edges);
    let text = ok(&["neighbors", "Hub", "-g", s(&g), "--depth", "1000"]);
    assert!(
        text.starts_with(
            "Hub (person): 10000 neighbours within 1000 hops\nnote: more than 10000 entities lie within 1000 hops: the 10000 nearest are listed"
        ),
        "{}",
        &text[..300]
    );
    let json: Value = serde_json::from_str(&ok(&[
        "neighbors",
        "Hub",
        "-g",
        s(&g),
        "--depth",
        "1000",
        "--json",
    ]))
    .unwrap();
    let listed = json["neighbors"].as_array().unwrap();
    assert_eq!(listed.len(), 10_000);
    assert_eq!(listed[9_999]["node"]["name"], "L09999");
    assert!(listed.iter().all(|n| n["depth"] == 1));
    assert_eq!(json["limits"][0]["limit"], "neighbors");
    assert_eq!(json["limits"][0]["value"], 10_000);
    // Around a leaf the neighbourhood is small: complete, no note.
    let json: Value = serde_json::from_str(&ok(&[
        "neighbors",
        "L00000",
        "-g",
        s(&g),
        "--depth",
        "1",
        "--json",
    ]))
    .unwrap();
    assert_eq!(json["neighbors"].as_array().unwrap().len(), 2);
    assert!(json.get("limits").is_none());
}

#[test]
fn a_sentence_crowded_with_relations_keeps_the_first_and_says_so() {
    let d = tempfile::tempdir().unwrap();
    // Sentences of about 390 tokens stating sixty "X criticized Y" each, between
    // people nobody has heard of.
    let syl = [
        "ka", "ro", "vin", "ma", "lesh", "to", "ri", "dan", "sel", "mo",
    ];
    let mut k = 0usize;
    let mut name = || {
        k += 1;
        let w = |i: usize| {
            let s: String = [syl[i % 10], syl[i / 10 % 10], syl[i / 100 % 10]].concat();
            let mut c = s.chars();
            c.next()
                .unwrap()
                .to_uppercase()
                .chain(c)
                .collect::<String>()
        };
        format!("{} {}", w(k * 7 + 3), w(k * 13 + 5))
    };
    let mut text = String::new();
    for _ in 0..3 {
        let parts: Vec<String> = (0..60)
            .map(|_| format!("{} criticized {}", name(), name()))
            .collect();
        text.push_str(&parts.join(", "));
        text.push_str(". ");
    }
    let p = d.path().join("crowded.txt");
    std::fs::write(&p, &text).unwrap();
    let v: Value = serde_json::from_str(&ok(&["extract", s(&p), "--format", "json"])).unwrap();
    let limits: Vec<&str> = v["limits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let cut: Vec<&&str> = limits
        .iter()
        .filter(|l| l.ends_with("relations: the first 32 kept"))
        .collect();
    assert_eq!(cut.len(), 3, "{limits:?}");
    assert!(cut[0].starts_with("sentence 0 gave "), "{limits:?}");
    assert_eq!(v["relations"].as_array().unwrap().len(), 3 * 32);
    let g = d.path().join("g.ron");
    let out = run(&["build", s(&p), "--output", s(&g)]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("hit extraction limits") && err.contains("crowded"),
        "{err}"
    );
}
