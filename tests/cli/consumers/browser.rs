//! The HTML view in headless Chromium with the network cut off: it loads, the search box
//! finds Netanyahu, and clicking an edge or a node shows its evidence sentences. The page
//! address fragment `#search=..&click=..` runs the same handlers as a user.

use super::sample::sample;
use super::{absent, find_program, newsgraph, run_with_timeout, s};
use newsgraph::export::dot::{edge_element_id, node_element_id};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn chromium() -> Option<PathBuf> {
    find_program(&[
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
        "chrome",
    ])
}

/// The DOM after the page's scripts ran, loaded with every network request failing.
fn dump_dom(browser: &Path, page: &Path, fragment: &str, profile: &Path) -> String {
    let url = format!("file://{}#{fragment}", page.display());
    let out = run_with_timeout(
        Command::new(browser).args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.display()),
            "--proxy-server=http://127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1200,800",
            "--virtual-time-budget=3000",
            "--dump-dom",
            &url,
        ]),
        Duration::from_secs(90),
    );
    assert!(
        out.status.success(),
        "chromium failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 DOM")
}

fn attr<'a>(dom: &'a str, name: &str) -> Option<&'a str> {
    let body = &dom[dom.find("<body")?..];
    let tag = &body[..body.find('>')?];
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[at..at + tag[at..].find('"')?])
}

fn info_panel(dom: &str) -> &str {
    let start = dom.find("<aside id=\"info\">").expect("info panel");
    &dom[start..start + dom[start..].find("</aside>").expect("panel end")]
}

#[test]
fn html_view_searches_and_shows_evidence_offline() {
    let Some(browser) = chromium() else {
        absent("Chromium", "apt-get install chromium");
        return;
    };
    // The built-in layout needs no Graphviz; the view must work on its drawing too.
    check_view(&browser, "builtin");
    if find_program(&["dot"]).is_none() {
        absent("Graphviz (dot)", "apt-get install graphviz");
        return;
    }
    check_view(&browser, "dot");
}

/// Search, click and evidence in the view of the sample graph drawn with `layout`.
fn check_view(browser: &Path, layout: &str) {
    let browser = browser.to_path_buf();
    let dir = tempfile::tempdir().unwrap();
    let sm = sample(dir.path());
    let page = dir.path().join("view.html");
    newsgraph(&["render", s(&sm.file), "-o", s(&page), "--layout", layout]);
    let html = std::fs::read_to_string(&page).unwrap();
    // One file: nothing to fetch (the only URLs are XML namespace names).
    for bad in ["<link", " src=", "url(", "import("] {
        assert!(!html.contains(bad), "page refers to {bad}");
    }
    for (i, _) in html.match_indices("http") {
        let around = &html[i..(i + 40).min(html.len())];
        assert!(
            around.starts_with("http://www.w3.org/"),
            "external URL {around}"
        );
    }

    let profile = dir.path().join("profile");
    let edge = edge_element_id(sm.criticized);
    let dom = dump_dom(
        &browser,
        &page,
        &format!("search=Netanyahu&click={edge}"),
        &profile,
    );
    assert_eq!(
        attr(&dom, "data-ready"),
        Some("1"),
        "the script ran to the end"
    );
    // The person first, then the meeting named after him.
    let hits: Vec<&str> = attr(&dom, "data-hits")
        .expect("search ran")
        .split(' ')
        .collect();
    assert_eq!(
        hits,
        [node_element_id(sm.netanyahu), node_element_id(sm.talks)]
    );
    assert_eq!(attr(&dom, "data-selected"), Some(edge.as_str()));
    let panel = info_panel(&dom);
    // Both sentences behind the edge, with their documents; the </script> inside one
    // did not break the page.
    assert!(
        panel.contains("Benjamin Netanyahu —criticized→ Mahmoud Abbas"),
        "{panel}"
    );
    assert!(
        panel.contains("Netanyahu accused Abbas of incitement &lt;/script&gt; in a speech."),
        "{panel}"
    );
    assert!(panel.contains("Netanyahu again accused Abbas."), "{panel}");
    assert!(panel.contains("2016-ankara, 2016-02-21"), "{panel}");
    // The hit is marked in the drawing.
    let node = node_element_id(sm.netanyahu);
    assert!(
        dom.contains(&format!("id=\"{node}\" class=\"node hit")),
        "hit not marked"
    );

    // Clicking a node lists its relations with their evidence.
    let abbas = node_element_id(sm.abbas);
    let dom = dump_dom(&browser, &page, &format!("click={abbas}"), &profile);
    assert_eq!(attr(&dom, "data-selected"), Some(abbas.as_str()));
    let panel = info_panel(&dom);
    assert!(panel.contains("<h2>Mahmoud Abbas</h2>"), "{panel}");
    assert!(
        panel.contains("Abbas is expected to attend the Ankara summit."),
        "{panel}"
    );
    assert!(
        panel.contains("Netanyahu spoke with Abbas by phone."),
        "{panel}"
    );

    // A search matching nothing says so and selects nothing.
    let dom = dump_dom(&browser, &page, "search=Nobody%20Here", &profile);
    assert_eq!(attr(&dom, "data-hits"), Some(""));
    assert!(attr(&dom, "data-selected").is_none());
}
