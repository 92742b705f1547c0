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
    let map = documents_value(text.as_bytes())?;
    let entries = map_entries(text.as_bytes(), map.start + 1..map.end - 1)?;
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

/// Where the top-level `documents` field's value (`{ ... }`) lies.
fn documents_value(b: &[u8]) -> Option<Range<usize>> {
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
                    return Some(open..closing(b, open)? + 1);
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

/// The bracket that closes the one at `open`.
fn closing(b: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < b.len() {
        match b[i] {
            b'"' => i = string_end(b, i)?,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            b'\'' | b'/' | b'#' => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The entries of the map whose inside is `inner`, each without its comma and the
/// white space around it.
fn map_entries(b: &[u8], inner: Range<usize>) -> Option<Vec<Range<usize>>> {
    let mut entries = Vec::new();
    let mut depth = 0usize;
    let mut start = inner.start;
    let mut i = inner.start;
    let push = |from: usize, to: usize, entries: &mut Vec<Range<usize>>| {
        let s = &b[from..to];
        let a = s.iter().position(|c| !c.is_ascii_whitespace());
        if let Some(a) = a {
            let z = s
                .iter()
                .rposition(|c| !c.is_ascii_whitespace())
                .unwrap_or(a);
            entries.push(from + a..from + z + 1);
        }
    };
    while i < inner.end {
        match b[i] {
            b'"' => i = string_end(b, i)?,
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.checked_sub(1)?,
            b',' if depth == 0 => {
                push(start, i, &mut entries);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    push(start, inner.end, &mut entries);
    Some(entries)
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
        let map = documents_value(b).expect("the map");
        assert!(text[map.clone()].starts_with("{\n    \"d1\""));
        assert!(text[map.clone()].ends_with('}'));
        let entries = map_entries(b, map.start + 1..map.end - 1).unwrap();
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
            let cut = documents_value(b).and_then(|m| map_entries(b, m.start + 1..m.end - 1));
            assert!(cut.is_none(), "{text}");
        }
    }
}
