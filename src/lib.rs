//! newsgraph turns English news articles into a knowledge graph of people,
//! organisations, countries, places and meetings, linked by typed relations that each
//! keep the sentence that proves them.
//!
//! The pipeline follows the data: [`input`] reads articles, [`text`] splits them into
//! sentences and tokens, [`extract`] finds mentions, relations and meetings, [`graph`]
//! merges documents into one graph, [`query`] answers questions of it, [`export`] writes
//! it in other formats and [`store`] saves and loads it.

pub mod diff;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod query;
pub mod render;
pub mod store;
pub mod text;

#[cfg(test)]
mod properties;

pub use error::{Error, Result};
pub use extract::{extract, Extraction, Resources};
pub use graph::KnowledgeGraph;
pub use input::Document;

use graph::merge::fingerprint;
use graph::DocumentRecord;
use graph::MergePolicy;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Load the embedded lexicon and rules, extended by the user's lexicon and rule files
/// if given.
pub fn load_resources(lexicon: Option<&Path>, rules: Option<&Path>) -> Result<Resources> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| Error::Config {
            path: path.display().to_string(),
            problem: format!("cannot read: {e}"),
        })
    };
    let mut res = Resources::embedded()?;
    if let Some(path) = lexicon {
        res.lexicon.extend(lexicon::Lexicon::parse(
            &path.display().to_string(),
            &read(path)?,
        )?);
    }
    if let Some(path) = rules {
        res.rules
            .extend(&path.display().to_string(), &read(path)?)?;
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

/// Documents per thread extracted together in one parallel batch when streaming: enough
/// to keep every thread busy, few enough that memory stays bounded.
pub const BATCH_PER_THREAD: usize = 32;

/// What to do with an input that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnBadInput {
    /// Stop with the error.
    Fail,
    /// Report it through the warning callback and go on with the next document.
    Skip,
}

/// Extract a stream of documents batch by batch, in parallel within a batch, calling
/// `each` in input order. Memory is bounded by [`BATCH_PER_THREAD`] documents per
/// thread. Returns the number of documents extracted.
pub fn extract_stream(
    docs: impl Iterator<Item = Result<Document>>,
    res: &Resources,
    on_bad: OnBadInput,
    warn: &mut dyn FnMut(&Error),
    each: &mut dyn FnMut(&Document, Extraction) -> Result<()>,
) -> Result<usize> {
    let mut count = 0;
    let size = BATCH_PER_THREAD * rayon::current_num_threads();
    let mut batch = Vec::with_capacity(size);
    let mut docs = docs.peekable();
    while docs.peek().is_some() {
        batch.clear();
        for d in docs.by_ref() {
            match d {
                Ok(d) => batch.push(d),
                Err(e) if on_bad == OnBadInput::Skip => warn(&e),
                Err(e) => return Err(e),
            }
            if batch.len() == size {
                break;
            }
        }
        for (d, ex) in batch.iter().zip(extract_all(&batch, res)) {
            each(d, ex)?;
            count += 1;
        }
    }
    Ok(count)
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
pub fn build(docs: &[Document], res: &Resources) -> Result<KnowledgeGraph> {
    let records: Vec<DocumentRecord> = docs
        .iter()
        .zip(extract_all(docs, res))
        .map(|(d, ex)| record(d, ex))
        .collect();
    Ok(KnowledgeGraph::from_records(records, &merge_policy(res)?))
}

/// How documents are merged with these resources: the lexicon's name rules, known
/// actors and reviewers' decisions.
pub fn merge_policy(res: &Resources) -> Result<MergePolicy> {
    MergePolicy::from_lexicon(&res.lexicon)
}
