//! Graphviz reads the DOT export and draws it in every format and layout.

use super::sample::sample;
use super::{absent, find_program, newsgraph, run_with_timeout, s};
use newsgraph::export::dot::{edge_element_id, node_element_id};
use std::process::Command;
use std::time::Duration;

fn dot_installed() -> bool {
    let found = find_program(&["dot"]).is_some();
    if !found {
        absent("Graphviz (dot)", "apt-get install graphviz");
    }
    found
}

#[test]
fn dot_accepts_the_export_and_every_element_is_drawn() {
    if !dot_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let dot_file = dir.path().join("g.dot");
    newsgraph(&["export", s(&sm.file), "-f", "dot", "-o", s(&dot_file)]);
    let out = run_with_timeout(
        Command::new("dot").args(["-Tsvg", s(&dot_file)]),
        Duration::from_secs(60),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot rejected the export:\n{err}");
    assert!(!err.contains("Warning") && !err.contains("Error"), "{err}");
    let svg = String::from_utf8(out.stdout).unwrap();
    for ix in sm.g.node_indices() {
        assert!(
            svg.contains(&format!("id=\"{}\"", node_element_id(ix))),
            "node {} missing from the drawing",
            sm.g.node(ix).name
        );
    }
    for e in sm.g.graph.edge_indices() {
        assert!(svg.contains(&format!("id=\"{}\"", edge_element_id(e))));
    }
    // The names with quotes, backslashes and non-ASCII letters come out as written.
    assert!(
        svg.contains("Abu &quot;The Fox&quot; al&#45;Masri \\ Jr.")
            || svg.contains("Abu \"The Fox\" al-Masri \\ Jr."),
        "{svg}"
    );
    assert!(svg.contains("Recep Tayyip Erdoğan"));
    assert!(svg.contains("Legend"));

    // Same graph, same text.
    let again = newsgraph(&["export", s(&sm.file), "-f", "dot"]).stdout;
    assert_eq!(again, std::fs::read(&dot_file).unwrap());
}

#[test]
fn render_writes_svg_png_and_pdf_in_every_layout() {
    if !dot_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let magic: [(&str, &[u8]); 3] = [("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF")];
    for (ext, head) in magic {
        let out = dir.path().join(format!("g.{ext}"));
        newsgraph(&["render", s(&sm.file), "-o", s(&out)]);
        let bytes = std::fs::read(&out).unwrap();
        assert!(
            bytes.starts_with(head),
            "{ext} output starts {:?}",
            &bytes[..8]
        );
    }
    // --format wins over the extension.
    let out = dir.path().join("picture.out");
    newsgraph(&["render", s(&sm.file), "-o", s(&out), "--format", "png"]);
    assert!(std::fs::read(&out).unwrap().starts_with(b"\x89PNG"));
    for layout in ["dot", "neato", "fdp", "sfdp", "circo"] {
        let out = dir.path().join(format!("{layout}.svg"));
        newsgraph(&["render", s(&sm.file), "-o", s(&out), "--layout", layout]);
        let svg = std::fs::read_to_string(&out).unwrap();
        assert!(svg.contains(&node_element_id(sm.netanyahu)), "{layout}");
    }
}

#[test]
fn focus_draws_a_neighbourhood_with_its_evidence() {
    if !dot_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let out = dir.path().join("focus.svg");
    newsgraph(&[
        "render",
        s(&sm.file),
        "-o",
        s(&out),
        "--focus",
        "Erdoğan",
        "--depth",
        "1",
    ]);
    let svg = std::fs::read_to_string(&out).unwrap();
    // Erdoğan, Türkiye, the summit and Abbas (met through it), the place, al-Masri.
    assert!(svg.contains("Ankara summit"));
    assert!(svg.contains("Mahmoud Abbas"));
    assert!(
        !svg.contains("Benjamin Netanyahu"),
        "Netanyahu is two hops away"
    );
    // Tooltips carry the evidence sentences.
    assert!(svg.contains("Erdoğan will host a summit in Ankara in March."));
}

#[test]
fn without_graphviz_png_and_pdf_are_refused_and_svg_is_drawn_built_in() {
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let render = |name: &str| {
        Command::new(env!("CARGO_BIN_EXE_newsgraph"))
            .args(["render", s(&sm.file), "-o", s(&dir.path().join(name))])
            .env("PATH", dir.path())
            .output()
            .unwrap()
    };
    for name in ["g.png", "g.pdf"] {
        let out = render(name);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("drawn by Graphviz"), "{err}");
        assert!(err.contains("apt-get install graphviz"), "{err}");
        assert!(err.contains("brew install graphviz"), "{err}");
        assert!(err.contains("SVG or HTML"), "{err}");
        assert!(!dir.path().join(name).exists());
    }
    // SVG and DOT need no Graphviz.
    for name in ["g.svg", "g.dot"] {
        let out = render(name);
        assert!(out.status.success(), "{name}");
    }
}
