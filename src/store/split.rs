//! Reading a large RON graph on several threads. Most of a graph file is its
//! `documents` map, whose entries are independent: the file is cut, outside strings, into
//! the map's entries and the rest, and the parts are parsed at once. The cut only reads
//! the plain form `newsgraph` writes; a file with comments, raw strings, characters or
//! extensions is left to the ordinary parser, as is any part that fails to parse, so
//! that errors are reported as the ordinary parser reports them.

use super::StoredGraph;
use crate::graph::DocumentRecord;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::ops::Range;

/// Below this size a file is parsed in one piece: splitting would not pay.
const MIN_SPLIT_BYTES: usize = 1 << 20;

/// Document entries parsed per task.
const ENTRIES_PER_TASK: usize = 256;

/// The graph in `text`, parsed in parts; `None` when the text is not in the plain form
/// or a part does not parse.
pub fn parse(text: &str) -> Option<StoredGraph> {
    if text.len() < MIN_SPLIT_BYTES {
        return None;
    }
    let open = documents_value(text.as_bytes())?;
    let (entries, close) = map_entries(text.as_bytes(), open + 1)?;
    let map = open..close + 1;
    let rest = format!("{}{{}}{}", &text[..map.start], &text[map.end..]);
    let chunks: Vec<&[Range<usize>]> = entries.chunks(ENTRIES_PER_TASK).collect();
    let (graph, documents) = rayon::join(
        || ron::from_str::<StoredGraph>(&rest).ok(),
        || {
            chunks
                .par_iter()
                .map(|chunk| {
                    let mut part = String::from("{");
                    for e in chunk.iter() {
                        part.push_str(&text[e.clone()]);
                        part.push(',');
                    }
                    part.push('}');
                    ron::from_str::<BTreeMap<String, DocumentRecord>>(&part).ok()
                })
                .collect::<Option<Vec<_>>>()
        },
    );
    let mut graph = graph?;
    // Later entries win, as in a single parse of a map with a repeated key.
    for part in documents? {
        graph.documents.extend(part);
    }
    Some(graph)
}

/// Where the top-level `documents` field's value (`{ ... }`) opens.
fn documents_value(b: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = string_end(b, i)?,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.checked_sub(1)?,
            b'\'' | b'/' | b'#' => return None,
            c if depth == 1 && (c.is_ascii_alphabetic() || c == b'_') => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if &b[start..i] == b"documents" {
                    let open = i + b[i..].iter().position(|c| !c.is_ascii_whitespace())?;
                    if b[open] != b':' {
                        return None;
                    }
                    let open = open
                        + 1
                        + b[open + 1..]
                            .iter()
                            .position(|c| !c.is_ascii_whitespace())?;
                    if b[open] != b'{' {
                        return None;
                    }
                    return Some(open);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The byte after the string that opens at `at`; `None` for a raw string or one that
/// does not end.
fn string_end(b: &[u8], at: usize) -> Option<usize> {
    if at > 0 && matches!(b[at - 1], b'r' | b'#') {
        return None;
    }
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// The entries of the map whose inside starts at `start`, each without its comma and the
/// white space around it, and where the map closes.
fn map_entries(b: &[u8], start: usize) -> Option<(Vec<Range<usize>>, usize)> {
    let mut entries = Vec::new();
    let mut depth = 0usize;
    let mut from = start;
    let mut i = start;
    let push = |from: usize, to: usize, entries: &mut Vec<Range<usize>>| {
        let s = &b[from..to];
        if let Some(a) = s.iter().position(|c| !c.is_ascii_whitespace()) {
            let z = s
                .iter()
                .rposition(|c| !c.is_ascii_whitespace())
                .unwrap_or(a);
            entries.push(from + a..from + z + 1);
        }
    };
    while i < b.len() {
        match b[i] {
            b'"' => i = string_end(b, i)?,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => {
                if b[i] != b'}' {
                    return None;
                }
                push(from, i, &mut entries);
                return Some((entries, i));
            }
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => {
                push(from, i, &mut entries);
                from = i + 1;
            }
            b'\'' | b'/' | b'#' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documents_map_is_found_and_cut_into_entries() {
        let text = r#"(
  format: "newsgraph",
  nodes: [(id: "a", name: "documents: {\"x\": 1}")],
  documents: {
    "d1": (meta: (id: "d1"), text: "a, (b} \" c"),
    "d2": (meta: (id: "d2")),
  },
)"#;
        let b = text.as_bytes();
        let open = documents_value(b).expect("the map");
        assert!(text[open..].starts_with("{\n    \"d1\""));
        let (entries, close) = map_entries(b, open + 1).unwrap();
        assert_eq!(&text[close..], "},\n)");
        let texts: Vec<&str> = entries.iter().map(|e| &text[e.clone()]).collect();
        assert_eq!(
            texts,
            [
                r#""d1": (meta: (id: "d1"), text: "a, (b} \" c")"#,
                r#""d2": (meta: (id: "d2"))"#
            ]
        );
    }

    /// A graph file over [`MIN_SPLIT_BYTES`] reads the same in parts as in one piece.
    #[test]
    fn a_large_graph_reads_the_same_in_parts() {
        let res = crate::extract::Resources::embedded().unwrap();
        let docs: Vec<crate::input::Document> = (0..1200)
            .map(|i| crate::input::Document {
                meta: crate::input::DocumentMeta {
                    id: format!("d-{i}"),
                    title: Some(format!("Talks, \"round {i}\" (draft}}")),
                    ..Default::default()
                },
                text: format!(
                    "Foreign Minister Anna Berg met Prime Minister Tomas Lind in Oslo on day {i}. \
                     Berg criticised the Northern Fisheries Council."
                ),
                origin: format!("test:{i}"),
            })
            .collect();
        let g = crate::build(&docs, &res).unwrap();
        let bytes = super::super::encode(&g, super::super::Encoding::Ron);
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(text.len() > MIN_SPLIT_BYTES, "{} bytes", text.len());
        let whole: StoredGraph = ron::from_str(text).unwrap();
        let parts = parse(text).expect("the plain form is read in parts");
        assert_eq!(parts, whole);
        assert_eq!(parts.documents.len(), 1200);
    }

    #[test]
    fn text_that_is_not_the_plain_form_is_left_to_the_parser() {
        for text in [
            "#![enable(implicit_some)]\n(documents: {})",
            "(// a comment\n documents: {})",
            "(documents: {\"d\": (c: 'x')})",
            "(documents: {\"d\": (t: r\"raw\")})",
            "(nodes: [], docs: {})",
            "(documents: {\"d\": (t: \"unended)})",
        ] {
            let b = text.as_bytes();
            let cut = documents_value(b).and_then(|open| map_entries(b, open + 1));
            assert!(cut.is_none(), "{text}");
        }
    }
}
