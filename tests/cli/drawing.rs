//! Drawing on a machine without Graphviz, and overviews of graphs too big to draw whole.

use super::*;
use std::collections::BTreeSet;

/// Run the binary with a PATH on which there is no Graphviz (an empty directory).
fn run_without_graphviz(args: &[&str], empty: &Path) -> Output {
    bin()
        .args(args)
        .current_dir(root())
        .env("PATH", empty)
        .output()
        .expect("binary runs")
}

/// The names of the entities a drawing should show: every node some edge of the graph
/// touches (`render` leaves unlinked ones out), from the JSON export; one per node.
fn linked_names(graph: &Path) -> Vec<String> {
    let v: serde_json::Value =
        serde_json::from_str(&ok(&["export", s(graph), "--format", "json"])).unwrap();
    let mut ids = BTreeSet::new();
    for l in v["links"].as_array().unwrap() {
        ids.insert(l["source"].as_str().unwrap().to_string());
        ids.insert(l["target"].as_str().unwrap().to_string());
    }
    v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| ids.contains(n["id"].as_str().unwrap()))
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect()
}

/// All the text of an SVG document, which must parse as XML.
fn svg_text(svg: &str) -> String {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n")
}

/// "drew N nodes and M edges to FILE": N and M.
fn drew(stderr: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("drew "))
        .unwrap_or_else(|| panic!("no closing line: {stderr}"));
    let w: Vec<&str> = line.split(' ').collect();
    (w[1].parse().unwrap(), w[4].parse().unwrap())
}

#[test]
fn the_main_job_runs_without_graphviz_and_draws_every_entity() {
    let d = tempfile::tempdir().unwrap();
    let empty = d.path().join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let (g, dot, svg) = (
        d.path().join("mideast.ron"),
        d.path().join("mideast.dot"),
        d.path().join("mideast.svg"),
    );
    // The README's main command, with no `dot` on PATH.
    for args in [
        &["build", "fixtures/", "--output", s(&g)][..],
        &["export", s(&g), "--format", "dot", "--output", s(&dot)][..],
        &["render", s(&g), "--output", s(&svg)][..],
    ] {
        let out = run_without_graphviz(args, &empty);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = run_without_graphviz(&["render", s(&g), "--output", s(&svg)], &empty);
    let err = String::from_utf8(out.stderr).unwrap();
    let notes: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("built-in layout"))
        .collect();
    assert_eq!(notes.len(), 1, "one line says so: {err}");
    assert!(notes[0].contains("apt-get install graphviz"), "{err}");
    let text = svg_text(&std::fs::read_to_string(&svg).unwrap());
    let names = linked_names(&g);
    for name in &names {
        assert!(text.contains(name.as_str()), "{name} is not in the drawing");
    }
    let (nodes, edges) = drew(&err);
    assert_eq!(nodes, names.len());
    assert!(edges > 0);
    assert!(std::fs::read_to_string(&dot)
        .unwrap()
        .starts_with("digraph newsgraph {"));
}

#[test]
fn the_builtin_layout_is_deterministic_and_serves_the_html_view() {
    let d = tempfile::tempdir().unwrap();
    let g = root().join("graphs/mideast.ron");
    let draw = |name: &str| {
        let out = d.path().join(name);
        ok(&["render", s(&g), "-o", s(&out), "--layout", "builtin"]);
        std::fs::read(out).unwrap()
    };
    let a = draw("a.svg");
    assert_eq!(a, draw("b.svg"), "same graph, same bytes");
    let html = String::from_utf8(draw("g.html")).unwrap();
    assert!(html.contains("<svg") && html.contains("class=\"node\""));
    assert!(html.contains("id=\"graph-data\""));
    // PNG is Graphviz's to draw.
    let err = fails_with(
        2,
        &[
            "render",
            s(&g),
            "-o",
            s(&d.path().join("g.png")),
            "--layout",
            "builtin",
        ],
    );
    assert!(err.contains("SVG and HTML only"), "{err}");
}

/// A hub with 300 people around it, and a ring of ten close allies of the hub.
fn big_graph(dir: &Path) -> PathBuf {
    let mut names: Vec<String> = vec!["Hub".into()];
    names.extend((0..300).map(|i| format!("P{i:03}")));
    let mut edges: Vec<(usize, usize)> = (1..=300).map(|i| (0, i)).collect();
    edges.extend((1..=10).map(|i| (i, i % 10 + 1)));
    graph_file(dir, &names, &edges)
}

#[test]
fn a_big_graph_is_drawn_as_an_overview_unless_everything_is_asked_for() {
    let d = tempfile::tempdir().unwrap();
    let g = big_graph(d.path());
    let svg = d.path().join("g.svg");
    let out = run(&["render", s(&g), "-o", s(&svg), "--layout", "builtin"]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("301 nodes and 310 edges are too many to read in one drawing"),
        "{err}"
    );
    for hint in ["--focus NAME --depth N", "--top N", "--all"] {
        assert!(err.contains(hint), "{err}");
    }
    let (nodes, edges) = drew(&err);
    assert!((2..=40).contains(&nodes), "{nodes}");
    assert!(edges >= nodes - 1, "the entities shown are linked: {edges}");
    // The caption says the same, in the picture.
    let text = svg_text(&std::fs::read_to_string(&svg).unwrap());
    assert!(
        text.contains("Overview:") && text.contains("--all"),
        "{text}"
    );
    // The hub and the ring, best linked, come first.
    assert!(text.contains("Hub") && text.contains("P001"));

    let render_with = |flag: &str| {
        let out = run(&["render", s(&g), "-o", s(&svg), "--layout", "builtin", flag]);
        assert!(out.status.success(), "{flag}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(drew(&render_with("--top=5")).0, 5);
    let err = render_with("--all");
    assert!(!err.contains("overview"), "{err}");
    assert_eq!(drew(&err), (301, 310));

    // The DOT export is an overview too, and says so.
    let out = run(&["export", s(&g), "--format", "dot", "--by", "pagerank"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("highest pagerank"), "{err}");
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.contains("Overview:"), "{dot}");
    let drawn = dot.matches("id=\"n").count();
    assert!((2..=40).contains(&drawn), "{drawn}");
    let err = fails_with(2, &["render", s(&g), "-o", s(&svg), "--top", "0"]);
    assert!(err.contains("--top must be at least 1"), "{err}");
}
