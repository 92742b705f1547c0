//! The query subcommands driven through the binary, on a small graph written by the
//! library.

use super::{fails, fails_with, ok, run};
use newsgraph::graph::{KnowledgeGraph, MeetingInfo, Node};
use newsgraph::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation, Span};
use newsgraph::store;
use petgraph::stable_graph::NodeIndex;
use std::path::{Path, PathBuf};

fn add(g: &mut KnowledgeGraph, kind: EntityKind, name: &str, aliases: &[&str]) -> NodeIndex {
    let ix = g.add_node(Node {
        mentions: 1,
        ..Node::new(kind, name)
    });
    for a in aliases {
        g.add_alias(ix, a);
    }
    ix
}

fn link(
    g: &mut KnowledgeGraph,
    s: NodeIndex,
    r: Relation,
    t: NodeIndex,
    doc: &str,
    date: &str,
    text: &str,
) {
    g.add_evidence(
        s,
        r,
        t,
        Evidence {
            doc: doc.into(),
            sentence: 0,
            span: Span::new(0, text.len()),
            text: text.into(),
            rule: "test".into(),
            modality: Modality::Asserted,
            attributed_to: None,
            date: Some(date.into()),
            valid: None,
        },
    );
}

/// Netanyahu and Abbas at a Washington meeting hosted by Clinton; Livni told Netanyahu;
/// two Clintons for ambiguity.
fn write_graph(dir: &Path) -> PathBuf {
    use EntityKind::*;
    use Relation::*;
    let mut g = KnowledgeGraph::new();
    let n = add(&mut g, Person, "Benjamin Netanyahu", &["Netanyahu"]);
    let a = add(&mut g, Person, "Mahmoud Abbas", &["Abbas"]);
    let h = add(&mut g, Person, "Hillary Clinton", &[]);
    add(&mut g, Person, "Bill Clinton", &[]);
    let l = add(&mut g, Person, "Tzipi Livni", &["Livni"]);
    let i = add(&mut g, Country, "Israel", &[]);
    let w = add(&mut g, Place, "Washington", &[]);
    let m = add(&mut g, Meeting, "Washington talks", &[]);
    g.graph[m].meeting = Some(MeetingInfo {
        when: Some("Thursday".into()),
        date: Some("2010-09-02".into()),
        status: MeetingStatus::Held,
    });
    let s = "Netanyahu and Abbas met in Washington at talks hosted by Clinton.";
    link(&mut g, n, ParticipantIn, m, "wash", "2010-09-02", s);
    link(&mut g, a, ParticipantIn, m, "wash", "2010-09-02", s);
    link(&mut g, h, Organized, m, "wash", "2010-09-02", s);
    link(&mut g, m, HeldIn, w, "wash", "2010-09-02", s);
    link(
        &mut g,
        n,
        Leads,
        i,
        "wash",
        "2010-09-02",
        "Israeli Prime Minister Benjamin Netanyahu spoke.",
    );
    link(
        &mut g,
        l,
        Told,
        n,
        "talks",
        "2014-04-01",
        "Livni told Netanyahu the talks were at risk.",
    );
    let path = dir.join("g.ron");
    store::save(&g, &path).expect("graph saved");
    path
}

#[test]
fn path_prints_hops_with_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_graph(dir.path());
    let g = g.to_str().unwrap();
    let text = ok(&["path", "Livni", "Abbas", "-g", g]);
    assert_eq!(
        text,
        "Tzipi Livni → Mahmoud Abbas: 1 path\n\n#1 (2 hops)\n  \
         Tzipi Livni —told→ Benjamin Netanyahu\n      \
         \"Livni told Netanyahu the talks were at risk.\" (talks, sentence 0)\n  \
         Benjamin Netanyahu —participant_in→ [meeting: Washington talks, 2010-09-02] ←participant_in— Mahmoud Abbas\n      \
         \"Netanyahu and Abbas met in Washington at talks hosted by Clinton.\" (wash, sentence 0)\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&ok(&["path", "Livni", "Abbas", "-g", g, "--json"])).unwrap();
    assert_eq!(json["paths"][0]["length"], 2);
    assert_eq!(json["paths"][0]["hops"][0]["relation"], "told");
    assert_eq!(
        json["paths"][0]["hops"][1]["meeting"]["id"],
        "meeting:washington-talks"
    );
    // Deterministic output: the same bytes twice.
    assert_eq!(
        ok(&["path", "Livni", "Abbas", "-g", g, "--json", "--k", "3"]),
        ok(&["path", "Livni", "Abbas", "-g", g, "--json", "--k", "3"])
    );
    // Without meeting hops the meeting is a node on the way.
    let plain = ok(&["path", "Livni", "Abbas", "-g", g, "--no-meeting-hops"]);
    assert!(plain.contains("#1 (3 hops)"), "{plain}");
}

#[test]
fn path_errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_graph(dir.path());
    let g = g.to_str().unwrap();
    let e = fails_with(2, &["path", "Livni", "Abbas", "-g", g, "--k", "0"]);
    assert!(e.contains("--k must be at least 1"), "{e}");
    let e = fails_with(1, &["path", "Netanyahoo", "Abbas", "-g", g]);
    assert!(
        e.contains("no entity named \"Netanyahoo\"; did you mean Benjamin Netanyahu"),
        "{e}"
    );
    let e = fails_with(2, &["path", "Clinton", "Abbas", "-g", g]);
    assert!(
        e.contains("\"Clinton\" is ambiguous") && e.contains("person:bill-clinton"),
        "{e}"
    );
    let e = fails_with(1, &["path", "Bill Clinton", "Abbas", "-g", g]);
    assert!(
        e.contains("no path from Bill Clinton to Mahmoud Abbas"),
        "{e}"
    );
    let e = fails_with(1, &["path", "Livni", "Abbas", "-g", g, "--since", "2011"]);
    assert!(e.contains("no path") && e.contains("filters"), "{e}");
    let e = fails_with(2, &["path", "Livni", "Abbas", "-g", g, "--via", "hugged"]);
    assert!(e.contains("unknown relation \"hugged\""), "{e}");
    let e = fails_with(
        2,
        &["path", "Livni", "Abbas", "-g", g, "--since", "2010-13"],
    );
    assert!(e.contains("--since \"2010-13\" is not a date"), "{e}");
    let e = fails_with(
        2,
        &[
            "path", "Livni", "Abbas", "-g", g, "--since", "2014", "--until", "2010",
        ],
    );
    assert!(
        e.contains("--since 2014 is later than the end date 2010"),
        "{e}"
    );
    let e = fails_with(2, &["path", "Livni", "Abbas", "-g", g, "--max-hops", "0"]);
    assert!(e.contains("--max-hops must be at least 1"), "{e}");
    let e = fails_with(2, &["path", "Livni", "Abbas", "-g", "/nonexistent/g.ron"]);
    assert!(e.contains("/nonexistent/g.ron"), "{e}");
}

#[test]
fn neighbors_meetings_show_and_rank() {
    let dir = tempfile::tempdir().unwrap();
    let g = write_graph(dir.path());
    let g = g.to_str().unwrap();
    let n = ok(&["neighbors", "Abbas", "-g", g]);
    assert!(
        n.starts_with("Mahmoud Abbas (person): 3 neighbours within 1 hop\n"),
        "{n}"
    );
    let n = ok(&[
        "neighbors",
        "Abbas",
        "-g",
        g,
        "--depth",
        "2",
        "--kinds",
        "person",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&n).unwrap();
    let names: Vec<&str> = v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["node"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        vec!["Benjamin Netanyahu", "Hillary Clinton", "Tzipi Livni"]
    );

    let m = ok(&["meetings", "-g", g, "--participant", "Hillary Clinton"]);
    assert!(m.starts_with("1 meeting\n"), "{m}");
    assert!(m.contains("Hillary Clinton (organized)"), "{m}");
    // Nothing found: the empty answer, and exit code 1.
    let none = run(&["meetings", "-g", g, "--status", "planned"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stdout).starts_with("0 meetings\n"));
    assert!(ok(&[
        "meetings",
        "-g",
        g,
        "--place",
        "Washington",
        "--since",
        "2010-09"
    ])
    .starts_with("1 meeting\n"));

    let s = ok(&["show", "Netanyahu", "-g", g]);
    assert!(
        s.starts_with("Benjamin Netanyahu (person, person:benjamin-netanyahu)\n"),
        "{s}"
    );
    assert!(s.contains("Washington talks"), "{s}");

    let r = ok(&["rank", "-g", g, "--top", "1"]);
    assert!(r.contains("Benjamin Netanyahu"), "{r}");
    let r = ok(&["rank", "-g", g, "--by", "pagerank", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r).unwrap();
    assert_eq!(v["measure"], "pagerank");
    let c = ok(&["rank", "-g", g, "--components", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&c).unwrap();
    assert_eq!(v[0]["size"], 7);
    assert_eq!(v[1]["members"][0]["name"], "Bill Clinton");
    let b = ok(&[
        "rank",
        "-g",
        g,
        "--brokers",
        "Livni",
        "--and",
        "Abbas,Hillary Clinton",
    ]);
    assert!(b.contains("Benjamin Netanyahu"), "{b}");
    let e = fails(&["rank", "-g", g, "--brokers", "Livni"]);
    assert!(e.contains("--and"), "{e}");
    let e = fails_with(2, &["rank", "-g", g, "--top", "0"]);
    assert!(e.contains("--top"), "{e}");
}

/// The checked-in graph of the three fixture articles answers a reporter's questions.
#[test]
fn mideast_graph_answers_queries() {
    let g = concat!(env!("CARGO_MANIFEST_DIR"), "/graphs/mideast.ron");
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&ok(args)).expect("JSON answer")
    };

    // How is Martin Indyk connected to Hillary Clinton? Every hop cites a sentence.
    let p = json(&["path", "Martin Indyk", "Hillary Clinton", "-g", g, "--json"]);
    let path = &p["paths"][0];
    let names: Vec<&str> = path["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.first(), Some(&"Martin Indyk"));
    assert_eq!(names.last(), Some(&"Hillary Clinton"));
    assert!(names.len() <= 5, "a short path: {names:?}");
    for hop in path["hops"].as_array().unwrap() {
        let ev = &hop["evidence"];
        let first = if ev.is_array() { &ev[0] } else { ev };
        assert!(
            first["text"].as_str().is_some_and(|t| t.len() > 20),
            "{hop}"
        );
        assert!(
            first["doc"].as_str().is_some_and(|d| d.starts_with("20")),
            "{hop}"
        );
    }
    // Indyk's part in the article: he brokered the all-night meeting, as a US diplomat
    // (and Clinton holds a US office, so either is a shortest way).
    let first = &path["hops"][0];
    assert!(
        first["from_role"] == "mediated" || first["relation"] == "represents",
        "{path}"
    );

    // Who met Abbas, and where? The one-on-one at the State Department and the planned
    // meeting in Egypt in September are among them.
    let m = json(&["meetings", "-g", g, "--participant", "Abbas", "--json"]);
    let meetings = m.as_array().unwrap();
    let find = |place: &str| {
        meetings
            .iter()
            .find(|x| {
                x["places"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p["name"] == place)
            })
            .unwrap_or_else(|| panic!("a meeting in {place}: {m}"))
    };
    let sd = find("State Department");
    assert_eq!(sd["status"], "held");
    assert!(sd["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["node"]["name"] == "Benjamin Netanyahu"));
    let egypt = find("Egypt");
    assert_eq!(egypt["status"], "planned");
    assert!(egypt["when"].as_str().unwrap().contains("September"));

    // Who brokers? Netanyahu, Israel and Abbas sit on the most shortest paths.
    let r = json(&[
        "rank",
        "-g",
        g,
        "--by",
        "betweenness",
        "--top",
        "3",
        "--json",
    ]);
    let top: Vec<&str> = r["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["node"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(top, ["Benjamin Netanyahu", "Israel", "Mahmoud Abbas"]);
}
