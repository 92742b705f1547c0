//! The review queue: resolution decisions worth a person's look, read from the merge
//! log, most mentions first, each with its evidence and the line of a `decisions`
//! section that would settle it.

use super::NodeRef;
use crate::graph::corpus::Rule;
use crate::graph::{KnowledgeGraph, MergeRecord};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// A kind only guessed is worth a look once this many documents name the entity: a
/// guess about a name one article mentions matters little.
pub const MIN_GUESSED_KIND_DOCUMENTS: usize = 3;

/// What a review item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    /// A short form several entities could be; kept apart from all of them.
    Ambiguous,
    /// A name close to several others that differ ("George Bush" beside "George W
    /// Bush" and "George H W Bush"), kept apart from them.
    KeptApart,
    /// Merged on weak evidence: a short form of a name, a spelling or given-name
    /// variant, a kind the text only guessed, or one document's say.
    WeakMerge,
    /// A node whose kind every document only guessed.
    GuessedKind,
}

impl Concern {
    /// The word used in text output.
    pub fn as_str(self) -> &'static str {
        match self {
            Concern::Ambiguous => "ambiguous",
            Concern::KeptApart => "kept-apart",
            Concern::WeakMerge => "weak-merge",
            Concern::GuessedKind => "guessed-kind",
        }
    }
}

/// One decision worth a look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    /// What it is about.
    pub concern: Concern,
    /// The node concerned.
    pub node: NodeRef,
    /// The node's mentions across documents.
    pub mentions: usize,
    /// Documents mentioning the node.
    pub documents: usize,
    /// The names in the articles the item is about.
    pub forms: Vec<String>,
    /// Why it was decided as it was.
    pub evidence: String,
    /// The other nodes involved, by mentions.
    pub candidates: Vec<NodeRef>,
    /// The line of a `decisions` section that would settle it another way.
    pub decision: String,
}

/// Every decision worth a look, most mentions first.
pub fn review(g: &KnowledgeGraph) -> Vec<ReviewItem> {
    let mut by_node: BTreeMap<&str, Vec<&MergeRecord>> = BTreeMap::new();
    for r in &g.merge_log {
        by_node.entry(r.node.as_str()).or_default().push(r);
    }
    let mut items = Vec::new();
    for (id, records) in by_node {
        if let Some(ix) = g.by_id(id) {
            items.extend(node_items(g, ix, &records));
        }
    }
    items.sort_by(|a, b| {
        (b.mentions, a.concern, &a.node.name, &a.node.id, &a.forms).cmp(&(
            a.mentions,
            b.concern,
            &b.node.name,
            &b.node.id,
            &b.forms,
        ))
    });
    items
}

/// The items of one node: one per concern, weak merges one per name.
fn node_items(
    g: &KnowledgeGraph,
    ix: petgraph::stable_graph::NodeIndex,
    records: &[&MergeRecord],
) -> Vec<ReviewItem> {
    let n = g.node(ix);
    let item = |concern, forms: Vec<String>, evidence: String, candidates: Vec<NodeRef>| {
        let decision = suggest(concern, &n.name, n.kind.as_str(), &forms, &candidates);
        ReviewItem {
            concern,
            node: NodeRef::new(g, ix),
            mentions: n.mentions,
            documents: n.documents.len(),
            forms,
            evidence,
            candidates,
            decision,
        }
    };
    let mut out = Vec::new();
    for (concern, rule) in [
        (Concern::Ambiguous, Rule::Ambiguous),
        (Concern::KeptApart, Rule::KeptApart),
    ] {
        let hits: Vec<&MergeRecord> = records
            .iter()
            .copied()
            .filter(|r| r.rule == rule.as_str())
            .collect();
        if let Some(first) = hits.first() {
            let cands = candidates(g, &hits);
            out.push(item(concern, forms(&hits), first.evidence.clone(), cands));
        }
    }
    let mut weak: BTreeMap<&str, Vec<&MergeRecord>> = BTreeMap::new();
    for r in records.iter().filter(|r| r.weak) {
        weak.entry(r.form.as_str()).or_default().push(r);
    }
    for (form, hits) in weak {
        let r = hits[0];
        let note = if r.kind_note.is_empty() {
            String::new()
        } else {
            format!(" (kind {})", r.kind_note)
        };
        let ev = format!(
            "{}: {}{note}; {}",
            r.rule,
            r.evidence,
            documents_phrase(hits.len())
        );
        out.push(item(
            Concern::WeakMerge,
            vec![form.to_string()],
            ev,
            Vec::new(),
        ));
    }
    // Entities under the node's own name with a read kind are not logged: every
    // document must have a guessed record.
    let guessed: BTreeSet<&str> = records
        .iter()
        .filter(|r| r.kind_note.starts_with("guessed"))
        .map(|r| r.doc.as_str())
        .collect();
    let only_guessed = records.iter().all(|r| r.kind_note.starts_with("guessed"))
        && n.documents.iter().all(|d| guessed.contains(d.as_str()));
    if only_guessed && n.documents.len() >= MIN_GUESSED_KIND_DOCUMENTS {
        let ev = format!(
            "no document reads its kind; {} guess it ({})",
            documents_phrase(records.len()),
            records[0].kind_note
        );
        out.push(item(Concern::GuessedKind, forms(records), ev, Vec::new()));
    }
    out
}

/// Distinct names of some records, commonest first.
fn forms(records: &[&MergeRecord]) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for r in records {
        *count.entry(r.form.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = count.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(f, _)| f.to_string()).collect()
}

/// The candidate nodes the records name, most mentions first.
fn candidates(g: &KnowledgeGraph, records: &[&MergeRecord]) -> Vec<NodeRef> {
    let mut ids: Vec<&str> = records
        .iter()
        .flat_map(|r| r.candidates.iter().map(String::as_str))
        .collect();
    ids.sort();
    ids.dedup();
    let mut nodes: Vec<_> = ids.into_iter().filter_map(|id| g.by_id(id)).collect();
    nodes.sort_by(|&a, &b| {
        (g.node(b).mentions, &g.node(a).id).cmp(&(g.node(a).mentions, &g.node(b).id))
    });
    nodes.into_iter().map(|ix| NodeRef::new(g, ix)).collect()
}

/// The `decisions` line that would settle an item the other way.
fn suggest(
    concern: Concern,
    name: &str,
    kind: &str,
    forms: &[String],
    candidates: &[NodeRef],
) -> String {
    let form = forms.first().map(String::as_str).unwrap_or(name);
    match (concern, candidates.first()) {
        (Concern::Ambiguous | Concern::KeptApart, Some(c)) => {
            format!("merge: [({form:?}, {:?})]", c.name)
        }
        (Concern::WeakMerge, _) => format!("keep_apart: [({form:?}, {name:?})]"),
        _ => format!("kinds: [({name:?}, {kind})]"),
    }
}

fn documents_phrase(n: usize) -> String {
    if n == 1 {
        "1 document".to_string()
    } else {
        format!("{n} documents")
    }
}

/// The queue as readable text.
pub fn render_text(items: &[ReviewItem]) -> String {
    let mut out = format!(
        "{} decision(s) to review, most mentions first\n",
        items.len()
    );
    for it in items {
        out.push_str(&format!(
            "\n{}  {} ({}, {}): {} mention{} in {}\n",
            it.concern.as_str(),
            it.node.name,
            it.node.kind,
            it.node.id,
            it.mentions,
            if it.mentions == 1 { "" } else { "s" },
            documents_phrase(it.documents)
        ));
        if it.forms.iter().any(|f| *f != it.node.name) {
            out.push_str(&format!("    names:  {}\n", it.forms.join(", ")));
        }
        out.push_str(&format!("    why:    {}\n", it.evidence));
        out.push_str(&format!("    decide: {}\n", it.decision));
    }
    out
}
