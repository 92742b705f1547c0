//! Time in the graph through the binary: the window of dates on queries, exports and
//! drawings, `show --timeline`, and `diff` between two graph files, on small dated
//! feeds written for these tests.

use super::{fails_with, ok, run, s};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A February article: Nakasone criticizes the European Community.
const FEBRUARY: &str = r#"{"id":"feb-1","date":"1987-02-12","text":"Trade row\n\nTOKYO, Feb 12 - Japanese Prime Minister Yasuhiro Nakasone criticized the European Community on Thursday over its farm subsidies."}"#;
/// A March article: Nakasone criticizes the United States.
const MARCH: &str = r#"{"id":"mar-1","date":"1987-03-10","text":"Budget row\n\nTOKYO, March 10 - Japanese Prime Minister Yasuhiro Nakasone criticized the United States on Tuesday over its budget deficit."}"#;
/// An undated article: Nakasone criticizes Canada.
const UNDATED: &str = r#"{"id":"undated-1","text":"Fishing row\n\nJapanese Prime Minister Yasuhiro Nakasone criticized Canada over fishing rights."}"#;
/// A later March article with a meeting of two ministers.
const MEETING: &str = r#"{"id":"mar-2","date":"1987-03-18","text":"Oil ministers meet\n\nVIENNA, March 18 - Saudi Oil Minister Hisham Nazer met Venezuelan Energy Minister Arturo Hernandez Grisanti in Vienna on Wednesday.\n\nNazer criticized Iran for breaking the quota agreement."}"#;

/// Write a feed of these records and build it into `name`.
fn build(dir: &Path, name: &str, records: &[&str]) -> PathBuf {
    let feed = dir.join(format!("{name}.jsonl"));
    std::fs::write(&feed, records.join("\n") + "\n").unwrap();
    let out = dir.join(name);
    ok(&["build", s(&feed), "--output", s(&out)]);
    out
}

/// The names in the first column after "depth kind name" of a `neighbors` answer.
fn neighbour_names(out: &str) -> Vec<String> {
    let mut v: Vec<String> = ["European Community", "United States", "Canada", "Japan"]
        .iter()
        .filter(|n| out.contains(&format!("  {n}  ")))
        .map(|n| n.to_string())
        .collect();
    v.sort();
    v
}

fn neighbours(graph: &Path, window: &[&str]) -> (Vec<String>, String) {
    let mut args = vec!["neighbors", "Yasuhiro Nakasone", "-g", s(graph)];
    args.extend(window);
    let out = run(&args);
    assert!(out.status.success(), "{args:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    (
        neighbour_names(&stdout),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_relation_seen_only_in_march_is_gone_as_of_february() {
    let dir = tempfile::tempdir().unwrap();
    let g = build(dir.path(), "g.ron", &[FEBRUARY, MARCH, UNDATED]);
    let (all, note) = neighbours(&g, &[]);
    assert_eq!(
        all,
        ["Canada", "European Community", "Japan", "United States"]
    );
    assert!(note.is_empty(), "no window, no note: {note}");

    // Undated evidence is kept by default, and the note counts it.
    let (feb, note) = neighbours(&g, &["--as-of", "1987-02"]);
    assert_eq!(feb, ["Canada", "European Community", "Japan"]);
    assert!(
        note.contains("as of 1987-02: kept 2 of 3 documents"),
        "{note}"
    );
    assert!(note.contains("undated document(s)"), "{note}");
    let (dated, note) = neighbours(&g, &["--as-of", "1987-02", "--drop-undated"]);
    assert_eq!(dated, ["European Community", "Japan"]);
    assert!(note.contains("left out 2 undated piece(s)"), "{note}");

    // --until is the same window as --as-of; --between is --since and --as-of.
    assert_eq!(neighbours(&g, &["--until", "1987-02"]).0, feb);
    let (march, _) = neighbours(&g, &["--between", "1987-03-01", "1987-03-31"]);
    assert_eq!(march, ["Canada", "Japan", "United States"]);
    assert_eq!(
        neighbours(&g, &["--since", "1987-03-01", "--as-of", "1987-03-31"]).0,
        march
    );

    // The United States is not in the February graph at all: no path to it.
    let args = ["path", "European Community", "United States", "-g", s(&g)];
    assert!(ok(&args).contains("1 path"));
    let mut feb_args = args.to_vec();
    feb_args.extend(["--as-of", "1987-02"]);
    let e = fails_with(1, &feb_args);
    assert!(e.contains("no entity named \"United States\""), "{e}");
}

#[test]
fn every_query_and_drawing_takes_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let g = build(dir.path(), "g.ron", &[FEBRUARY, MARCH, MEETING]);
    let gs = s(&g);
    fn with<'a>(args: &[&'a str]) -> Vec<&'a str> {
        let mut v = args.to_vec();
        v.extend(["--as-of", "1987-02-28"]);
        v
    }
    assert!(!ok(&with(&["show", "Nakasone", "-g", gs])).contains("United States"));
    assert!(ok(&["show", "Nakasone", "-g", gs]).contains("United States"));
    assert!(ok(&["meetings", "-g", gs]).contains("Hisham Nazer"));
    assert_eq!(run(&with(&["meetings", "-g", gs])).status.code(), Some(1));
    assert!(!ok(&with(&["rank", "-g", gs])).contains("Hisham Nazer"));
    assert!(ok(&["rank", "-g", gs]).contains("Hisham Nazer"));

    // An export as of a date holds only what was reported by then, with the dates
    // each node and link was first and last seen.
    let json = dir.path().join("feb.json");
    ok(&with(&["export", gs, "--format", "json", "-o", s(&json)]));
    let v: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let names: Vec<&str> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"European Community"), "{names:?}");
    assert!(!names.contains(&"United States") && !names.contains(&"Hisham Nazer"));
    for l in v["links"].as_array().unwrap() {
        assert_eq!(l["first_seen"], "1987-02-12", "{l}");
        assert_eq!(l["last_seen"], "1987-02-12", "{l}");
    }
    let dot = dir.path().join("feb.dot");
    ok(&with(&["render", gs, "-o", s(&dot)]));
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(text.contains("European Community") && !text.contains("United States"));
}

#[test]
fn the_timeline_runs_from_first_to_last_with_a_sentence_each() {
    let dir = tempfile::tempdir().unwrap();
    let g = build(dir.path(), "g.ron", &[MARCH, UNDATED, FEBRUARY]);
    let t = ok(&["show", "Nakasone", "--timeline", "-g", s(&g)]);
    let at = |needle: &str| {
        t.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing:\n{t}"))
    };
    assert!(at("—criticized→ European Community") < at("—criticized→ United States"));
    assert!(at("—criticized→ United States") < at("—criticized→ Canada"));
    assert!(t.contains("\"TOKYO, March 10 - Japanese Prime Minister Yasuhiro Nakasone criticized the United States"));
    assert!(t.lines().any(|l| l.starts_with("undated")), "{t}");
    // The role the lexicon knows carries its term.
    assert!(
        t.contains("—leads→ Japan (country; held 1982-11-26 to 1987-11-06)"),
        "{t}"
    );
    let json: Value = serde_json::from_str(&ok(&[
        "show",
        "Nakasone",
        "--timeline",
        "--json",
        "-g",
        s(&g),
    ]))
    .unwrap();
    let others: Vec<&str> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["other"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        others,
        ["European Community", "Japan", "United States", "Canada"],
        "{json}"
    );
    assert_eq!(json["seen"]["first"], "1987-02-12");
    assert_eq!(json["seen"]["last"], "1987-03-10");
    assert_eq!(json["events"][1]["valid"]["from"], "1982-11-26", "{json}");

    // Exports carry the term on the link; relations read from the text have none.
    let links = export_json(dir.path(), &g)["links"].clone();
    let term = |relation: &str| {
        let l = links
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["relation"] == relation)
            .unwrap_or_else(|| panic!("no {relation} link: {links}"));
        (l["valid_from"].clone(), l["valid_to"].clone())
    };
    assert_eq!(term("leads"), ("1982-11-26".into(), "1987-11-06".into()));
    assert_eq!(term("criticized"), (Value::Null, Value::Null));
}

/// The `diff` of two graph files as JSON.
fn diff_json(old: &Path, new: &Path) -> Value {
    let out = run(&["diff", s(old), s(new), "--json"]);
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn names_at(v: &Value, list: &str) -> Vec<String> {
    let mut out: Vec<String> = v[list]["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            x["node"]["name"]
                .as_str()
                .or_else(|| x["meeting"]["name"].as_str())
                .unwrap()
                .to_string()
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_graph_against_itself_is_no_change() {
    let dir = tempfile::tempdir().unwrap();
    let g = build(dir.path(), "g.ron", &[FEBRUARY, MARCH, MEETING, UNDATED]);
    let out = run(&["diff", s(&g), s(&g)]);
    assert_eq!(out.status.code(), Some(1), "no change is nothing found");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "no changes\n");
    let v = diff_json(&g, &g);
    assert!(v["relations"]["added"].as_array().unwrap().is_empty());
    assert!(v["entities"]["added"].as_array().unwrap().is_empty());
}

#[test]
fn diff_lists_exactly_what_an_append_added() {
    let dir = tempfile::tempdir().unwrap();
    let before = build(dir.path(), "before.ron", &[FEBRUARY]);
    let after = dir.path().join("after.ron");
    std::fs::copy(&before, &after).unwrap();
    let feed = dir.path().join("march.jsonl");
    std::fs::write(&feed, format!("{MARCH}\n{MEETING}\n")).unwrap();
    ok(&["build", s(&feed), "--output", s(&after), "--append"]);

    // What March alone yields, less what February had, is what the diff must list.
    let feb = export_json(dir.path(), &before);
    let march = export_json(dir.path(), &build(dir.path(), "m.ron", &[MARCH, MEETING]));
    let feb_names = node_names(&feb);
    let expected: Vec<String> = node_names(&march)
        .into_iter()
        .filter(|n| !feb_names.contains(n))
        .collect();

    let v = diff_json(&before, &after);
    assert_eq!(v["documents"]["added"], 2);
    assert_eq!(v["documents"]["removed"], 0);
    let mut added = names_at(&v, "entities");
    added.extend(names_at(&v, "meetings"));
    added.sort();
    assert_eq!(added, expected);
    let rels = v["relations"]["added"].as_array().unwrap();
    let feb_links = link_names(&feb);
    let expected: Vec<String> = link_names(&march)
        .into_iter()
        .filter(|l| !feb_links.contains(l))
        .collect();
    let mut listed: Vec<String> = rels
        .iter()
        .map(|r| {
            format!(
                "{} {} {}",
                r["source"]["name"].as_str().unwrap(),
                r["relation"].as_str().unwrap(),
                r["target"]["name"].as_str().unwrap()
            )
        })
        .collect();
    listed.sort();
    assert_eq!(listed, expected);
    for r in rels {
        let docs: Vec<&str> = r["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["doc"].as_str().unwrap())
            .collect();
        assert!(docs.iter().all(|d| d.starts_with("mar-")), "{r}");
    }
    assert!(v["relations"]["removed"].as_array().unwrap().is_empty());
    assert!(v["entities"]["removed"].as_array().unwrap().is_empty());

    // Read the other way round, the same changes are removals.
    let back = diff_json(&after, &before);
    assert_eq!(
        back["relations"]["removed"].as_array().unwrap().len(),
        rels.len()
    );
}

fn export_json(dir: &Path, graph: &Path) -> Value {
    let out = dir.join("export.json");
    ok(&["export", s(graph), "--format", "json", "-o", s(&out)]);
    serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap()
}

/// "source relation target" by name for each link of an export.
fn link_names(v: &Value) -> Vec<String> {
    let name = |id: &Value| {
        v["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| &n["id"] == id)
            .map(|n| n["name"].as_str().unwrap().to_string())
            .unwrap()
    };
    let mut out: Vec<String> = v["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            format!(
                "{} {} {}",
                name(&l["source"]),
                l["relation"].as_str().unwrap(),
                name(&l["target"])
            )
        })
        .collect();
    out.sort();
    out
}

fn node_names(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

/// The DOT statement of the edge whose line names `target`, attributes included.
fn edge(dot: &str, target: &str) -> String {
    let start = dot
        .lines()
        .position(|l| l.contains("->") && l.contains(target))
        .unwrap_or_else(|| panic!("no edge to {target}:\n{dot}"));
    dot.lines()
        .skip(start)
        .take_while(|l| l.trim() != "]")
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_drawing_of_a_diff_marks_added_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let before = build(dir.path(), "before.ron", &[FEBRUARY]);
    let after = build(dir.path(), "after.ron", &[FEBRUARY, MARCH]);
    let dot = dir.path().join("d.dot");
    ok(&["diff", s(&before), s(&after), "--render", s(&dot)]);
    let text = std::fs::read_to_string(&dot).unwrap();
    // The added relation in the added colour; the February one as context, unmarked.
    assert!(edge(&text, "united-states").contains("#1a9850"), "{text}");
    assert!(
        !edge(&text, "european-community").contains("#1a9850"),
        "{text}"
    );
    assert!(!text.contains("#d73027"), "nothing removed: {text}");
    // The other way round, the same relation is drawn removed: red and dashed.
    let back = dir.path().join("back.dot");
    ok(&["diff", s(&after), s(&before), "--render", s(&back)]);
    let text = std::fs::read_to_string(&back).unwrap();
    let removed = edge(&text, "united-states");
    assert!(
        removed.contains("#d73027") && removed.contains("dashed"),
        "{removed}"
    );
    // SVG too, and the same drawing twice is the same bytes.
    let svg = dir.path().join("d.svg");
    ok(&["diff", s(&before), s(&after), "--render", s(&svg)]);
    let first = std::fs::read(&svg).unwrap();
    assert!(String::from_utf8_lossy(&first).contains("#1a9850"));
    ok(&["diff", s(&before), s(&after), "--render", s(&svg)]);
    assert_eq!(first, std::fs::read(&svg).unwrap());
}

#[test]
fn bad_dates_and_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let g = build(dir.path(), "g.ron", &[FEBRUARY]);
    let e = fails_with(
        2,
        &["neighbors", "Nakasone", "-g", s(&g), "--as-of", "1987-13"],
    );
    assert!(e.contains("--as-of \"1987-13\" is not a date"), "{e}");
    let e = fails_with(
        2,
        &[
            "neighbors",
            "Nakasone",
            "-g",
            s(&g),
            "--between",
            "1987-04",
            "1987-03",
        ],
    );
    assert!(e.contains("--between") && e.contains("later than"), "{e}");
    let missing = dir.path().join("missing.ron");
    let e = fails_with(2, &["diff", s(&g), s(&missing)]);
    assert!(e.contains("missing.ron"), "{e}");
    let junk = dir.path().join("junk.ron");
    std::fs::write(&junk, "not a graph").unwrap();
    let e = fails_with(2, &["diff", s(&junk), s(&g)]);
    assert!(e.contains("junk.ron"), "{e}");
    let e = fails_with(
        2,
        &[
            "diff",
            s(&g),
            s(&g),
            "--render",
            s(&dir.path().join("x.bmp")),
        ],
    );
    assert!(e.contains("x.bmp"), "{e}");
}
