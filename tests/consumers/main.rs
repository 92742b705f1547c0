//! Every export checked by the program that consumes it: Graphviz reads the DOT,
//! NetworkX the node-link JSON and GraphML, the Kùzu embedded graph database the CSV and
//! Cypher, headless Chromium the HTML view. A test whose consumer is not installed says
//! so and passes, unless NEWSGRAPH_REQUIRE_CONSUMERS is set (as in CI), where a missing
//! consumer is a failure.

mod browser;
mod cypher;
mod graphviz;
mod networkx;
mod sample;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The binary under test.
pub fn newsgraph(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_newsgraph"))
        .args(args)
        .output()
        .expect("newsgraph runs");
    assert!(
        out.status.success(),
        "newsgraph {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A path as &str.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Whether a missing consumer must fail the test rather than skip it.
fn required() -> bool {
    std::env::var_os("NEWSGRAPH_REQUIRE_CONSUMERS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Report a missing consumer: a printed notice, or a failure when consumers are required.
pub fn absent(what: &str, install: &str) {
    assert!(
        !required(),
        "{what} is required (NEWSGRAPH_REQUIRE_CONSUMERS) but missing; install with: {install}"
    );
    eprintln!("SKIPPED: {what} is not installed ({install}); consumer check not run");
}

/// The first of these programs found on PATH.
pub fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for n in names {
            let p = dir.join(n);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Python 3 if it can import every module named.
pub fn python_with(modules: &[&str]) -> Option<PathBuf> {
    let py = find_program(&["python3", "python"])?;
    let code = modules
        .iter()
        .map(|m| format!("import {m}"))
        .collect::<Vec<_>>()
        .join("; ");
    let ok = Command::new(&py)
        .args(["-c", &code])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    ok.then_some(py)
}

/// Run a program, killing it if it takes longer than `limit`.
pub fn run_with_timeout(cmd: &mut Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("program starts");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stderr.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} took longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: out_reader.join().expect("reader"),
        stderr: err_reader.join().expect("reader"),
    }
}

/// Run a Python script from tests/consumers with arguments; its stdout parsed as JSON.
pub fn python_json(py: &Path, script: &str, args: &[&str]) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/consumers")
        .join(script);
    let out = run_with_timeout(
        Command::new(py).arg(&script).args(args),
        Duration::from_secs(120),
    );
    assert!(
        out.status.success(),
        "{} failed:\n{}",
        script.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{} printed no JSON ({e}):\n{}",
            script.display(),
            String::from_utf8_lossy(&out.stdout)
        )
    })
}
