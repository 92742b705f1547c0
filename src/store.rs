//! Saving and loading graphs: RON by default, JSON or a compact binary form chosen by
//! file extension. Writes are atomic: a temporary file in the same directory is written,
//! synced and renamed over the destination, so a crash never leaves half a graph.

use crate::error::{Error, Result};
use crate::graph::{DocumentRecord, Edge, KnowledgeGraph, MergeRecord, Node};
use crate::model::{Evidence, Relation};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

mod split;

/// Version of the stored form; files from a newer version are refused.
pub const FORMAT_VERSION: u32 = 1;

/// On-disk encodings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Rusty Object Notation, pretty-printed (default).
    Ron,
    /// JSON, pretty-printed.
    Json,
    /// MessagePack with named fields (self-describing, so optional fields survive), for large graphs.
    Binary,
}

impl Encoding {
    /// The encoding a path's extension asks for: `.json`, `.bin`/`.msgpack`, else RON.
    pub fn for_path(path: &Path) -> Encoding {
        match path.extension().and_then(|e| e.to_str()) {
            Some("json") => Encoding::Json,
            Some("bin") | Some("msgpack") => Encoding::Binary,
            _ => Encoding::Ron,
        }
    }
}

/// An edge as stored: endpoints by node id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredEdge {
    /// Source node id.
    pub source: String,
    /// Target node id.
    pub target: String,
    /// The relation.
    pub relation: Relation,
    /// Every place it was read.
    pub evidence: Vec<Evidence>,
}

/// The stored form of a graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredGraph {
    /// Always "newsgraph".
    pub format: String,
    /// [`FORMAT_VERSION`] at the time of writing.
    pub version: u32,
    /// Nodes in index order.
    pub nodes: Vec<Node>,
    /// Edges in index order.
    pub edges: Vec<StoredEdge>,
    /// Cross-document merge decisions.
    pub merge_log: Vec<MergeRecord>,
    /// Documents with their extractions.
    pub documents: BTreeMap<String, DocumentRecord>,
}

/// Only the header, to check format and version before decoding the rest.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

impl StoredGraph {
    /// The stored form of a graph.
    pub fn from_graph(g: &KnowledgeGraph) -> StoredGraph {
        let nodes = g
            .graph
            .node_indices()
            .map(|ix| g.graph[ix].clone())
            .collect();
        let edges = g
            .graph
            .edge_indices()
            .map(|e| {
                let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
                StoredEdge {
                    source: g.graph[s].id.clone(),
                    target: g.graph[t].id.clone(),
                    relation: g.graph[e].relation,
                    evidence: g.graph[e].evidence.clone(),
                }
            })
            .collect();
        StoredGraph {
            format: "newsgraph".into(),
            version: FORMAT_VERSION,
            nodes,
            edges,
            merge_log: g.merge_log.clone(),
            documents: g.documents.clone(),
        }
    }

    /// Turn the stored form back into a graph, checking that every edge's ends exist.
    pub fn into_graph(self, path: &str) -> Result<KnowledgeGraph> {
        let mut g = KnowledgeGraph::new();
        let mut ids = std::collections::HashMap::new();
        for n in self.nodes {
            let id = n.id.clone();
            let ix = g.graph.add_node(n);
            if ids.insert(id.clone(), ix).is_some() {
                return Err(bad(path, format!("node id {id:?} appears twice")));
            }
        }
        for (i, e) in self.edges.into_iter().enumerate() {
            let end = |id: &str| {
                ids.get(id).copied().ok_or_else(|| {
                    bad(
                        path,
                        format!("edge {i} ({}) points to missing node {id:?}", e.relation),
                    )
                })
            };
            let (s, t) = (end(&e.source)?, end(&e.target)?);
            g.graph.add_edge(
                s,
                t,
                Edge {
                    relation: e.relation,
                    evidence: e.evidence,
                },
            );
        }
        g.merge_log = self.merge_log;
        g.documents = self.documents;
        g.reindex();
        Ok(g)
    }
}

fn bad(path: &str, problem: String) -> Error {
    Error::GraphFile {
        path: path.to_string(),
        problem,
    }
}

/// [`StoredGraph`] borrowed from a live graph, so saving copies nothing; serialises
/// exactly as a `StoredGraph` does.
#[derive(Serialize)]
struct StoredGraphRef<'a> {
    format: &'a str,
    version: u32,
    nodes: Vec<&'a Node>,
    edges: Vec<StoredEdgeRef<'a>>,
    merge_log: &'a [MergeRecord],
    documents: &'a BTreeMap<String, DocumentRecord>,
}

#[derive(Serialize)]
struct StoredEdgeRef<'a> {
    source: &'a str,
    target: &'a str,
    relation: Relation,
    evidence: &'a [Evidence],
}

impl<'a> StoredGraphRef<'a> {
    fn new(g: &'a KnowledgeGraph) -> StoredGraphRef<'a> {
        StoredGraphRef {
            format: "newsgraph",
            version: FORMAT_VERSION,
            nodes: g.graph.node_indices().map(|ix| &g.graph[ix]).collect(),
            edges: g
                .graph
                .edge_indices()
                .map(|e| {
                    let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
                    StoredEdgeRef {
                        source: &g.graph[s].id,
                        target: &g.graph[t].id,
                        relation: g.graph[e].relation,
                        evidence: &g.graph[e].evidence,
                    }
                })
                .collect(),
            merge_log: &g.merge_log,
            documents: &g.documents,
        }
    }
}

/// Encode a graph in the given encoding.
pub fn encode(g: &KnowledgeGraph, enc: Encoding) -> Vec<u8> {
    let stored = StoredGraphRef::new(g);
    match enc {
        Encoding::Ron => {
            let cfg = ron::ser::PrettyConfig::new()
                .indentor("  ".to_string())
                .struct_names(false);
            let mut s = ron::ser::to_string_pretty(&stored, cfg).expect("graph serialises");
            s.push('\n');
            s.into_bytes()
        }
        Encoding::Json => {
            let mut v = serde_json::to_vec_pretty(&stored).expect("graph serialises");
            v.push(b'\n');
            v
        }
        Encoding::Binary => {
            let mut v = b"NGRAPH".to_vec();
            v.extend(FORMAT_VERSION.to_le_bytes());
            v.extend(rmp_serde::to_vec_named(&stored).expect("graph serialises"));
            v
        }
    }
}

/// Decode a graph; `path` names the source in errors.
pub fn decode(bytes: &[u8], enc: Encoding, path: &str) -> Result<KnowledgeGraph> {
    let check = |h: Header| -> Result<()> {
        if h.format != "newsgraph" {
            return Err(bad(
                path,
                format!("not a newsgraph graph (format {:?})", h.format),
            ));
        }
        if h.version > FORMAT_VERSION {
            return Err(bad(
                path,
                format!(
                    "written by a newer newsgraph (format version {}, this one reads up to {}); upgrade newsgraph",
                    h.version, FORMAT_VERSION
                ),
            ));
        }
        Ok(())
    };
    // The header is checked after a full parse, not before: reading it first would scan
    // the whole file twice. It is read on its own only to explain a parse that failed,
    // since a newer version may be what the parser could not read.
    let stored: StoredGraph = match enc {
        Encoding::Ron | Encoding::Json => {
            let text = std::str::from_utf8(bytes)
                .map_err(|e| bad(path, format!("not UTF-8 text: {e}")))?;
            if enc == Encoding::Ron {
                // A large graph is read on several threads when it is in the plain form.
                match split::parse(text) {
                    Some(stored) => Ok(stored),
                    None => ron::from_str(text),
                }
                .map_err(|e| {
                    match ron::Options::default().from_str::<HeaderOnly>(text) {
                        Ok(h) => check(Header {
                            format: h.format,
                            version: h.version,
                        })
                        .err(),
                        Err(_) => None,
                    }
                    .unwrap_or_else(|| bad(path, format!("malformed RON graph: {e}")))
                })?
            } else {
                serde_json::from_str(text).map_err(|e| {
                    serde_json::from_str::<Header>(text)
                        .ok()
                        .and_then(|h| check(h).err())
                        .unwrap_or_else(|| bad(path, format!("malformed JSON graph: {e}")))
                })?
            }
        }
        Encoding::Binary => {
            let rest = bytes
                .strip_prefix(b"NGRAPH")
                .ok_or_else(|| bad(path, "not a newsgraph binary graph".into()))?;
            if rest.len() < 4 {
                return Err(bad(path, "truncated binary graph".into()));
            }
            let version = u32::from_le_bytes(rest[..4].try_into().expect("4 bytes"));
            check(Header {
                format: "newsgraph".into(),
                version,
            })?;
            rmp_serde::from_slice(&rest[4..])
                .map_err(|e| bad(path, format!("malformed binary graph: {e}")))?
        }
    };
    check(Header {
        format: stored.format.clone(),
        version: stored.version,
    })?;
    stored.into_graph(path)
}

/// RON header check: ignore every other field.
#[derive(Deserialize)]
struct HeaderOnly {
    format: String,
    version: u32,
}

/// Load a graph from a file, the encoding chosen by extension.
pub fn load(path: &Path) -> Result<KnowledgeGraph> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| bad(&name, format!("cannot read: {e}")))?;
    decode(&bytes, Encoding::for_path(path), &name)
}

/// Save a graph atomically, the encoding chosen by extension.
pub fn save(g: &KnowledgeGraph, path: &Path) -> Result<()> {
    write_atomic(path, &encode(g, Encoding::for_path(path)))
}

/// A temporary file left by a write that was killed is removed by a later write to the
/// same path once it is this old; younger ones may belong to a write still running.
pub const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// The start of the names of temporary files written on the way to `path`:
/// `.newsgraph-<file name>.`, followed by random characters and `.tmp`.
pub fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".newsgraph-{name}.")
}

/// Write bytes to `path` through a synced temporary file in the same directory and a
/// rename, creating missing parent directories. Temporary files of earlier writes to
/// the same path that were killed are removed once [`STALE_TEMP_AGE`] old.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |e: std::io::Error| Error::Write {
        path: path.display().to_string(),
        source: e,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(err)?;
    let prefix = temp_prefix(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    // Temporary files are private (0600); the result should have the usual mode of a
    // new file, or keep the mode of the file it replaces.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    remove_stale_temps(&dir, &prefix);
    Ok(())
}

/// Remove what killed writes left in `dir`: temporary files named with `prefix` and
/// older than [`STALE_TEMP_AGE`]. Best effort: the write itself has succeeded.
fn remove_stale_temps(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        let Some(middle) = name
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if old && !middle.is_empty() && middle.chars().all(|c| c.is_ascii_alphanumeric()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, SystemTime};

    fn touch(dir: &Path, name: &str, age: Duration) -> std::path::PathBuf {
        let p = dir.join(name);
        let f = std::fs::File::create(&p).unwrap();
        f.set_modified(SystemTime::now() - age).unwrap();
        p
    }

    #[test]
    fn writes_are_whole_and_clear_only_old_temporaries_of_their_own_path() {
        let d = tempfile::tempdir().unwrap();
        let target = d.path().join("g.ron");
        let hour = Duration::from_secs(3600);
        let stale = touch(d.path(), ".newsgraph-g.ron.Ab12cD.tmp", 2 * hour);
        let fresh = touch(d.path(), ".newsgraph-g.ron.Zz99zz.tmp", Duration::ZERO);
        let other = touch(d.path(), ".newsgraph-h.ron.Ab12cD.tmp", 2 * hour);
        let unrelated = touch(d.path(), ".newsgraph-g.ron.notes.txt", 2 * hour);
        write_atomic(&target, b"graph").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"graph");
        assert!(!stale.exists(), "a temporary file an hour old is gone");
        assert!(fresh.exists(), "a young one may be a write in progress");
        assert!(other.exists() && unrelated.exists());
        // Only the files named above are left: the write's own temporary is gone.
        let mut names: Vec<String> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                ".newsgraph-g.ron.Zz99zz.tmp",
                ".newsgraph-g.ron.notes.txt",
                ".newsgraph-h.ron.Ab12cD.tmp",
                "g.ron"
            ]
        );
        assert_eq!(temp_prefix(&target), ".newsgraph-g.ron.");
    }
}
