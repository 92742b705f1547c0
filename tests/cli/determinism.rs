//! Output does not depend on the process: every run has new hash seeds, and no hash
//! map's order may reach a graph file or an export.

use super::*;

#[test]
fn separate_runs_write_the_same_bytes() {
    let d = tempfile::tempdir().unwrap();
    let graphs: Vec<PathBuf> = (0..3)
        .map(|i| {
            let g = d.path().join(format!("g{i}.ron"));
            let threads = (1 + i % 2).to_string();
            ok(&[
                "build",
                "fixtures/",
                "--output",
                s(&g),
                "--threads",
                &threads,
            ]);
            g
        })
        .collect();
    let ron: Vec<Vec<u8>> = graphs.iter().map(|g| std::fs::read(g).unwrap()).collect();
    assert!(
        ron.windows(2).all(|w| w[0] == w[1]),
        "RON differs between runs"
    );
    for format in ["json", "dot", "graphml", "cypher"] {
        let outs: Vec<String> = graphs
            .iter()
            .map(|g| ok(&["export", s(g), "--format", format]))
            .collect();
        assert!(!outs[0].is_empty());
        assert!(
            outs.windows(2).all(|w| w[0] == w[1]),
            "{format} export differs between runs"
        );
    }
    // JSON and binary graph files too, and queries.
    for ext in ["json", "bin"] {
        let a = d.path().join(format!("a.{ext}"));
        let b = d.path().join(format!("b.{ext}"));
        ok(&["build", "fixtures/", "--output", s(&a)]);
        ok(&["build", "fixtures/", "--output", s(&b)]);
        assert_eq!(
            std::fs::read(a).unwrap(),
            std::fs::read(b).unwrap(),
            "{ext}"
        );
    }
    for args in [
        &["neighbors", "Netanyahu", "--depth", "2", "--json"][..],
        &["rank", "--by", "betweenness", "--json"][..],
        &["path", "Kerry", "Abbas", "--k", "5", "--json"][..],
    ] {
        let runs: Vec<String> = graphs
            .iter()
            .map(|g| {
                let mut a = args.to_vec();
                a.extend(["-g", s(g)]);
                ok(&a)
            })
            .collect();
        assert!(runs.windows(2).all(|w| w[0] == w[1]), "{args:?} differs");
    }
}
