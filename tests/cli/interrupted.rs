//! Killing `build` at any moment, the save included, leaves the old graph or the new
//! one at the output path, whole; the next build works.

use super::*;
use std::time::{Duration, Instant, SystemTime};

/// Enough articles that the graph is tens of megabytes and its save takes a while.
fn big_input(dir: &Path) -> PathBuf {
    let names = [
        "Benjamin Netanyahu",
        "Mahmoud Abbas",
        "John Kerry",
        "Angela Merkel",
        "Vladimir Putin",
        "Barack Obama",
        "Hillary Clinton",
        "Tzipi Livni",
        "Saeb Erekat",
        "Martin Indyk",
    ];
    let mut text = String::new();
    for d in 0..1500 {
        let mut body = String::new();
        for j in 0..8 {
            let a = names[(d + j) % 10];
            let mut b = names[(d * 3 + j + 1) % 10];
            if a == b {
                b = names[(d * 3 + j + 2) % 10];
            }
            body.push_str(&format!(
                "{a} criticized {b} on Monday in a statement about round {d} of the talks, item {j}. "
            ));
        }
        text.push_str(&serde_json::json!({"id": format!("doc{d:05}"), "text": body}).to_string());
        text.push('\n');
    }
    let p = dir.join("big.jsonl");
    std::fs::write(&p, text).unwrap();
    p
}

/// Temporary files of saves to `target` in its directory.
fn temps(target: &Path) -> Vec<PathBuf> {
    let prefix = format!(
        ".newsgraph-{}.",
        target.file_name().unwrap().to_str().unwrap()
    );
    let mut found: Vec<PathBuf> = std::fs::read_dir(target.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_str().unwrap();
            n.starts_with(&prefix) && n.ends_with(".tmp")
        })
        .collect();
    found.sort();
    found
}

#[cfg(unix)]
#[test]
fn killing_a_build_never_leaves_a_partial_graph() {
    // On the disk the build's target directory is on, not a memory file system.
    let d = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let big = big_input(d.path());
    let small = d.path().join("small.txt");
    std::fs::write(&small, "Kerry met Netanyahu in Rome on Sunday.").unwrap();
    let old_graph = d.path().join("old.ron");
    ok(&["build", s(&small), "--output", s(&old_graph)]);
    let new_graph = d.path().join("new.ron");
    let start = Instant::now();
    ok(&["build", s(&big), "--output", s(&new_graph)]);
    let took = start.elapsed();
    let (old, new) = (
        std::fs::read(&old_graph).unwrap(),
        std::fs::read(&new_graph).unwrap(),
    );
    assert!(new.len() > 5_000_000, "a big graph: {} bytes", new.len());
    assert_ne!(old, new);

    let target = d.path().join("g.ron");
    let build = || {
        bin()
            .args(["build", s(&big), "--output", s(&target)])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let check = |what: &str| {
        let now = std::fs::read(&target).unwrap_or_else(|e| panic!("{what}: graph gone: {e}"));
        assert!(
            now == old || now == new,
            "{what}: the graph is neither the old nor the new one ({} bytes)",
            now.len()
        );
        now == new
    };

    // Kills spread over the run: while reading, extracting, merging, saving.
    let mut outcomes = Vec::new();
    for i in 0..6 {
        std::fs::write(&target, &old).unwrap();
        let mut child = build();
        std::thread::sleep(took.mul_f64(i as f64 / 5.0));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        outcomes.push(check(&format!("killed after {}/5 of the run", i)));
    }
    assert!(!outcomes[0], "a kill at once leaves the old graph");

    // Kills the moment a temporary file appears, or a little later: during the save.
    let mut during_save = 0;
    for delay_ms in [0u64, 0, 3, 10, 30] {
        std::fs::write(&target, &old).unwrap();
        let mut child = build();
        let seen = loop {
            if !temps(&target).is_empty() {
                break true;
            }
            if child.try_wait().unwrap().is_some() {
                break false;
            }
            std::thread::sleep(Duration::from_micros(200));
        };
        if seen {
            std::thread::sleep(Duration::from_millis(delay_ms));
            child.kill().unwrap();
        }
        child.wait().unwrap();
        let is_new = check(&format!("killed {delay_ms} ms into the save"));
        // The temporary file outliving the process shows the kill came before the
        // rename: the old graph must be intact.
        if seen && !temps(&target).is_empty() {
            during_save += 1;
            assert!(!is_new);
        }
    }
    assert!(during_save >= 1, "at least one kill landed during the save");

    // The next build works beside the leftovers, leaves young ones (they could be
    // another save in progress) and removes old ones.
    let leftovers = temps(&target);
    assert!(!leftovers.is_empty());
    ok(&["build", s(&big), "--output", s(&target)]);
    assert!(check("after a full build"));
    assert_eq!(temps(&target), leftovers);
    for t in &leftovers {
        let f = std::fs::File::options().write(true).open(t).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(2 * 3600))
            .unwrap();
    }
    ok(&["build", s(&small), "--output", s(&target)]);
    assert!(
        temps(&target).is_empty(),
        "stale temporary files are removed"
    );
    assert_eq!(std::fs::read(&target).unwrap(), old);
    // Both graphs load.
    for g in [&old_graph, &new_graph] {
        ok(&["show", "Kerry", "-g", s(g)]);
    }
}
