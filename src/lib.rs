//! newsgraph turns English news articles into a knowledge graph of people,
//! organisations, countries, places and meetings, linked by typed relations that each
//! keep the sentence that proves them.
//!
//! The pipeline follows the data: [`input`] reads articles, [`text`] splits them into
//! sentences and tokens, [`extract`] finds mentions, relations and meetings, [`graph`]
//! merges documents into one graph, [`query`] answers questions of it, [`export`] writes
//! it in other formats and [`store`] saves and loads it.

pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod query;
pub mod store;
pub mod text;

pub use error::{Error, Result};
pub use extract::{extract, Extraction, Resources};
pub use graph::KnowledgeGraph;
pub use input::Document;

use graph::merge::{fingerprint, ForbiddenMerges};
use graph::DocumentRecord;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Load the embedded lexicon and rules, extended by the user's lexicon file if given.
pub fn load_resources(lexicon: Option<&Path>) -> Result<Resources> {
    let mut res = Resources::embedded()?;
    if let Some(path) = lexicon {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Config {
            path: path.display().to_string(),
            problem: format!("cannot read: {e}"),
        })?;
        res.lexicon
            .extend(lexicon::Lexicon::parse(&path.display().to_string(), &text)?);
    }
    Ok(res)
}

/// Read every document named by the arguments (files, directories, `-`), in order.
pub fn read_inputs(paths: &[PathBuf]) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for p in input::expand_inputs(paths)? {
        docs.extend(input::read_documents(&p)?);
    }
    Ok(docs)
}

/// Extract every document in parallel; the result is in input order whatever the
/// number of threads.
pub fn extract_all(docs: &[Document], res: &Resources) -> Vec<Extraction> {
    docs.par_iter().map(|d| extract(d, res)).collect()
}

/// The record kept in the graph for one extracted document.
pub fn record(doc: &Document, mut ex: Extraction) -> DocumentRecord {
    ex.mentions.clear();
    DocumentRecord {
        meta: ex.doc.clone(),
        fingerprint: fingerprint(&doc.text),
        extraction: ex,
    }
}

/// Extract documents and build a graph from them.
pub fn build(docs: &[Document], res: &Resources) -> KnowledgeGraph {
    let records: Vec<DocumentRecord> = docs
        .iter()
        .zip(extract_all(docs, res))
        .map(|(d, ex)| record(d, ex))
        .collect();
    KnowledgeGraph::from_records(records, &res.lexicon.forbidden_merges())
}

/// The forbidden merges a lexicon declares.
pub fn forbidden(res: &Resources) -> ForbiddenMerges {
    res.lexicon.forbidden_merges()
}
