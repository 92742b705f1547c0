//! CSV node and edge tables, and Cypher for an embedded graph database (Kùzu): a schema
//! with `COPY` statements loading the CSV files, or one self-contained script of
//! `CREATE` statements. List-valued attributes are joined with `"; "`.

use super::family_str;
use super::graphml::LIST_SEP;
use crate::error::Result;
use crate::graph::view::View;
use crate::graph::{KnowledgeGraph, Node};
use crate::query::time::{edge_seen, Dates, Seen};
use crate::store::write_atomic;
use petgraph::stable_graph::EdgeIndex;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Columns of the node table.
pub const NODE_COLUMNS: [&str; 12] = [
    "id",
    "kind",
    "name",
    "aliases",
    "roles",
    "mentions",
    "documents",
    "when",
    "date",
    "status",
    "first_seen",
    "last_seen",
];

/// Columns of the edge table; the first two are the ends' node ids.
pub const EDGE_COLUMNS: [&str; 10] = [
    "source",
    "target",
    "relation",
    "family",
    "modality",
    "evidence_count",
    "dates",
    "evidence",
    "first_seen",
    "last_seen",
];

/// Schema for the node and relationship tables (Kùzu's DDL).
pub const SCHEMA: &str = "CREATE NODE TABLE Entity(id STRING, kind STRING, name STRING, \
aliases STRING, roles STRING, mentions INT64, documents INT64, `when` STRING, `date` STRING, \
status STRING, first_seen STRING, last_seen STRING, PRIMARY KEY (id));\n\
CREATE REL TABLE Related(FROM Entity TO Entity, relation STRING, family STRING, \
modality STRING, evidence_count INT64, dates STRING, evidence STRING, first_seen STRING, \
last_seen STRING);\n";

/// One value of a table cell, kept apart from its text form so Cypher can tell numbers
/// and missing values from strings.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cell {
    Text(String),
    Int(usize),
    Null,
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn opt(s: Option<&String>) -> Cell {
    s.map_or(Cell::Null, |s| text(s))
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> Cell {
    let v: Vec<&str> = items.into_iter().collect();
    if v.is_empty() {
        Cell::Null
    } else {
        Cell::Text(v.join(LIST_SEP))
    }
}

fn node_row(n: &Node, seen: Seen) -> Vec<Cell> {
    let m = n.meeting.as_ref();
    vec![
        text(&n.id),
        text(n.kind.as_str()),
        text(&n.name),
        list(n.aliases.iter().map(|s| s.as_str())),
        list(n.roles.iter().map(|s| s.as_str())),
        Cell::Int(n.mentions),
        Cell::Int(n.documents.len()),
        opt(m.and_then(|m| m.when.as_ref())),
        opt(m.and_then(|m| m.date.as_ref())),
        m.map_or(Cell::Null, |m| text(m.status.as_str())),
        opt(seen.first.as_ref()),
        opt(seen.last.as_ref()),
    ]
}

fn edge_row(g: &KnowledgeGraph, e: EdgeIndex) -> Vec<Cell> {
    let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
    let edge = g.edge(e);
    let seen = edge_seen(g, e);
    vec![
        text(&g.node(s).id),
        text(&g.node(t).id),
        text(edge.relation.as_str()),
        text(family_str(edge.relation.family())),
        text(edge.modality().as_str()),
        Cell::Int(edge.evidence.len()),
        list(edge.dates()),
        edge.evidence
            .first()
            .map_or(Cell::Null, |ev| text(&ev.text)),
        opt(seen.first.as_ref()),
        opt(seen.last.as_ref()),
    ]
}

/// Line breaks inside a value become spaces: one record a line keeps the files easy for
/// every CSV reader (some bulk loaders split on lines before parsing quotes).
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn csv_field(c: &Cell) -> String {
    match c {
        Cell::Null => String::new(),
        Cell::Int(n) => n.to_string(),
        Cell::Text(s) => {
            let s = one_line(s);
            if s.contains([',', '"']) || s.starts_with(' ') || s.ends_with(' ') {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s
            }
        }
    }
}

fn csv(header: &[&str], rows: impl Iterator<Item = Vec<Cell>>) -> String {
    let mut out = header.join(",");
    out.push('\n');
    for r in rows {
        let fields: Vec<String> = r.iter().map(csv_field).collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

/// The node table of the part of the graph in `view`.
pub fn nodes_csv(g: &KnowledgeGraph, view: &View) -> String {
    let dates = Dates::of(g);
    csv(
        &NODE_COLUMNS,
        view.nodes
            .iter()
            .map(|&ix| node_row(g.node(ix), dates.node(g, ix))),
    )
}

/// The edge table of the part of the graph in `view`.
pub fn edges_csv(g: &KnowledgeGraph, view: &View) -> String {
    csv(&EDGE_COLUMNS, view.edges.iter().map(|&e| edge_row(g, e)))
}

/// A Cypher string literal: single-quoted, with backslashes and quotes escaped.
pub fn cypher_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in one_line(s).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn props(columns: &[&str], cells: &[Cell]) -> String {
    let mut parts = Vec::new();
    for (name, c) in columns.iter().zip(cells) {
        let v = match c {
            Cell::Null => continue,
            Cell::Int(n) => n.to_string(),
            Cell::Text(s) => cypher_string(s),
        };
        parts.push(format!("`{name}`: {v}"));
    }
    parts.join(", ")
}

/// The Cypher script that loads `nodes_file` and `edges_file` (paths as the database
/// will see them, relative to its working directory) after creating the schema.
pub fn copy_script(nodes_file: &str, edges_file: &str) -> String {
    format!(
        "{SCHEMA}COPY Entity FROM {} (HEADER=true);\nCOPY Related FROM {} (HEADER=true);\n",
        cypher_string(nodes_file),
        cypher_string(edges_file)
    )
}

/// A self-contained Cypher script: the schema, then one `CREATE` per node and per edge,
/// one statement a line.
pub fn cypher_script(g: &KnowledgeGraph, view: &View) -> String {
    let mut out = String::from(SCHEMA);
    let dates = Dates::of(g);
    for &ix in &view.nodes {
        let _ = writeln!(
            out,
            "CREATE (:Entity {{{}}});",
            props(&NODE_COLUMNS, &node_row(g.node(ix), dates.node(g, ix)))
        );
    }
    for &e in &view.edges {
        let row = edge_row(g, e);
        let (Cell::Text(s), Cell::Text(t)) = (&row[0], &row[1]) else {
            unreachable!("edge ends are ids")
        };
        let _ = writeln!(
            out,
            "MATCH (a:Entity), (b:Entity) WHERE a.id = {} AND b.id = {} CREATE (a)-[:Related {{{}}}]->(b);",
            cypher_string(s),
            cypher_string(t),
            props(&EDGE_COLUMNS[2..], &row[2..])
        );
    }
    out
}

/// Where the CSV export goes: into a directory (`nodes.csv`, `edges.csv`, `load.cypher`)
/// when `output` is an existing directory or ends with a separator, else next to a
/// prefix (`out/g-` gives `out/g-nodes.csv`, ...).
pub fn csv_paths(output: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let s = output.to_string_lossy();
    let is_dir = output.is_dir() || s.ends_with('/') || s.ends_with(std::path::MAIN_SEPARATOR);
    let at = |name: &str| {
        if is_dir {
            output.join(name)
        } else {
            PathBuf::from(format!("{s}{name}"))
        }
    };
    (at("nodes.csv"), at("edges.csv"), at("load.cypher"))
}

/// Write the node and edge tables and the `COPY` script beside them; returns the paths
/// written. The script names the CSV files by file name, so run it from their directory.
pub fn write_csv(g: &KnowledgeGraph, view: &View, output: &Path) -> Result<Vec<PathBuf>> {
    let (nodes, edges, script) = csv_paths(output);
    let file_name = |p: &Path| p.file_name().map(|f| f.to_string_lossy().into_owned());
    write_atomic(&nodes, nodes_csv(g, view).as_bytes())?;
    write_atomic(&edges, edges_csv(g, view).as_bytes())?;
    write_atomic(
        &script,
        copy_script(
            &file_name(&nodes).unwrap_or_default(),
            &file_name(&edges).unwrap_or_default(),
        )
        .as_bytes(),
    )?;
    Ok(vec![nodes, edges, script])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field(&text("plain")), "plain");
        assert_eq!(csv_field(&text("a, \"b\"")), "\"a, \"\"b\"\"\"");
        assert_eq!(csv_field(&text("two\nlines")), "two lines");
        assert_eq!(csv_field(&Cell::Null), "");
        assert_eq!(cypher_string("O'Brien \\ x"), "'O\\'Brien \\\\ x'");
    }

    #[test]
    fn tables_have_a_row_per_node_and_edge() {
        let m = mini();
        let v = View::all(&m.g);
        let n = nodes_csv(&m.g, &v);
        let e = edges_csv(&m.g, &v);
        assert_eq!(n.lines().count(), m.g.node_count() + 1);
        assert_eq!(e.lines().count(), m.g.edge_count() + 1);
        assert!(n.contains("person:benjamin-netanyahu,person,Benjamin Netanyahu,Bibi; Netanyahu,prime minister,1,"), "{n}");
        let s = cypher_script(&m.g, &v);
        assert_eq!(s.matches("CREATE (:Entity").count(), m.g.node_count());
        assert_eq!(s.matches("-[:Related").count(), m.g.edge_count());
    }

    #[test]
    fn paths_for_directory_or_prefix() {
        let dir = tempfile::tempdir().unwrap();
        let (n, _, c) = csv_paths(dir.path());
        assert_eq!(n, dir.path().join("nodes.csv"));
        assert_eq!(c, dir.path().join("load.cypher"));
        let (n, e, _) = csv_paths(Path::new("out/g-"));
        assert_eq!(n, Path::new("out/g-nodes.csv"));
        assert_eq!(e, Path::new("out/g-edges.csv"));
    }
}
