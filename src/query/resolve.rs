//! From a name typed by the user to the entity it means: node id, name or alias, then
//! a person's surname; near matches are suggested when nothing fits.

use crate::error::{Error, Result};
use crate::graph::{name_key, KnowledgeGraph};
use crate::model::EntityKind;
use petgraph::stable_graph::NodeIndex;
use std::collections::BTreeMap;

/// The one node a name means: its id, a name or alias (by [`name_key`]), or the surname
/// of exactly one person.
pub fn resolve(g: &KnowledgeGraph, name: &str) -> Result<NodeIndex> {
    if let Some(ix) = g.by_id(name.trim()) {
        return Ok(ix);
    }
    let key = name_key(name);
    if key.is_empty() {
        return Err(Error::Query("empty name".into()));
    }
    let exact = g.lookup(name);
    match exact.len() {
        1 => return Ok(exact[0]),
        0 => {}
        _ => return Err(ambiguous(g, name, exact.to_vec())),
    }
    let by_surname: Vec<NodeIndex> = if key.contains(' ') {
        Vec::new()
    } else {
        g.node_indices()
            .filter(|&ix| {
                let n = g.node(ix);
                n.kind == EntityKind::Person
                    && n.names()
                        .any(|nm| name_key(nm).rsplit(' ').next() == Some(key.as_str()))
            })
            .collect()
    };
    match by_surname.len() {
        1 => Ok(by_surname[0]),
        0 => Err(Error::UnknownName {
            name: name.to_string(),
            suggestions: suggest(g, &key),
        }),
        _ => Err(ambiguous(g, name, by_surname)),
    }
}

/// Resolve a comma-separated list of names, keeping their order and dropping repeats.
pub fn resolve_list(g: &KnowledgeGraph, list: &str) -> Result<Vec<NodeIndex>> {
    let mut out = Vec::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let ix = resolve(g, name)?;
        if !out.contains(&ix) {
            out.push(ix);
        }
    }
    if out.is_empty() {
        return Err(Error::Query(format!("no names in {list:?}")));
    }
    Ok(out)
}

fn ambiguous(g: &KnowledgeGraph, name: &str, mut cands: Vec<NodeIndex>) -> Error {
    cands.sort_by(|&a, &b| (&g.node(a).name, &g.node(a).id).cmp(&(&g.node(b).name, &g.node(b).id)));
    Error::AmbiguousName {
        name: name.to_string(),
        candidates: cands
            .iter()
            .map(|&ix| {
                let n = g.node(ix);
                format!("{} ({}, {})", n.name, n.kind, n.id)
            })
            .collect(),
    }
}

/// Up to five entity names close to `key`, best first: by edit distance to the whole
/// name or to one of its words, then by shared words.
fn suggest(g: &KnowledgeGraph, key: &str) -> Vec<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let mut best: BTreeMap<NodeIndex, (usize, usize)> = BTreeMap::new();
    for (k, nodes) in g.name_index() {
        let their: Vec<&str> = k.split(' ').collect();
        let whole = levenshtein(key, k);
        let word = if words.len() == 1 {
            their
                .iter()
                .map(|w| levenshtein(key, w))
                .min()
                .unwrap_or(whole)
        } else {
            whole
        };
        let dist = whole.min(word);
        let limit = (key.chars().count() / 3).max(1);
        let shared = words
            .iter()
            .filter(|w| w.len() > 2 && their.contains(w))
            .count();
        if dist > limit && shared == 0 {
            continue;
        }
        // Lower is better: distance first, then more shared words.
        let score = (dist, usize::MAX - shared);
        for &ix in nodes {
            let e = best.entry(ix).or_insert(score);
            *e = (*e).min(score);
        }
    }
    let mut ranked: Vec<(usize, usize, String)> = best
        .into_iter()
        .map(|(ix, (d, s))| (d, s, g.node(ix).name.clone()))
        .collect();
    ranked.sort();
    ranked.dedup_by(|a, b| a.2 == b.2);
    ranked.into_iter().take(5).map(|(_, _, n)| n).collect()
}

/// Edit distance between two strings, by characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph::mini;

    #[test]
    fn names_aliases_ids_and_surnames_resolve() {
        let m = mini();
        assert_eq!(resolve(&m.g, "Benjamin Netanyahu").unwrap(), m.netanyahu);
        assert_eq!(resolve(&m.g, "bibi").unwrap(), m.netanyahu);
        assert_eq!(resolve(&m.g, "Netanyahu's").unwrap(), m.netanyahu);
        assert_eq!(resolve(&m.g, "the U.S.").unwrap(), m.us);
        assert_eq!(resolve(&m.g, "person:bill-clinton").unwrap(), m.bill);
        // Only a surname of one person: "Erekat" is an alias, "Rodham" is not.
        assert!(resolve(&m.g, "Rodham")
            .unwrap_err()
            .to_string()
            .contains("no entity"));
        assert_eq!(resolve(&m.g, "Abbas").unwrap(), m.abbas);
    }

    #[test]
    fn a_shared_surname_is_ambiguous() {
        let m = mini();
        match resolve(&m.g, "Clinton") {
            Err(Error::AmbiguousName { candidates, .. }) => assert_eq!(
                candidates,
                vec![
                    "Bill Clinton (person, person:bill-clinton)".to_string(),
                    "Hillary Clinton (person, person:hillary-clinton)".to_string()
                ]
            ),
            other => panic!("expected ambiguity, got {other:?}"),
        }
    }

    #[test]
    fn unknown_names_get_suggestions() {
        let m = mini();
        match resolve(&m.g, "Netanyahoo") {
            Err(Error::UnknownName { suggestions, .. }) => {
                assert_eq!(
                    suggestions.first().map(String::as_str),
                    Some("Benjamin Netanyahu")
                )
            }
            other => panic!("expected unknown name, got {other:?}"),
        }
        match resolve(&m.g, "Saeb Erakat") {
            Err(Error::UnknownName { suggestions, .. }) => {
                assert_eq!(suggestions, vec!["Saeb Erekat".to_string()])
            }
            other => panic!("expected unknown name, got {other:?}"),
        }
        // Token overlap: a wrong first name with a right surname.
        match resolve(&m.g, "Chelsea Clinton") {
            Err(Error::UnknownName { suggestions, .. }) => assert_eq!(
                suggestions,
                vec!["Bill Clinton".to_string(), "Hillary Clinton".to_string()]
            ),
            other => panic!("expected unknown name, got {other:?}"),
        }
        match resolve(&m.g, "Zzyzx") {
            Err(e @ Error::UnknownName { .. }) => {
                assert_eq!(e.to_string(), "no entity named \"Zzyzx\"")
            }
            other => panic!("expected unknown name, got {other:?}"),
        }
    }

    #[test]
    fn lists_resolve_in_order() {
        let m = mini();
        assert_eq!(
            resolve_list(&m.g, "Livni, Erekat,Livni").unwrap(),
            vec![m.livni, m.erekat]
        );
        assert!(resolve_list(&m.g, " , ").is_err());
    }

    #[test]
    fn edit_distance() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("abbas", "abbas"), 0);
    }
}
