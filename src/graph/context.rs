//! Telling apart the entities a short form could be by the company it keeps: "Williams"
//! in an article that also names MGM and Hollywood is the Williams whose own articles
//! name them, not the footballer whose articles name the Chargers.
//!
//! A document's context is the set of entities it names; a candidate's is the set its
//! articles name. Shared entities count by how rare they are (a country named in every
//! other article says little), and a candidate is chosen only when its score is high
//! and far above every other's: anything less stays ambiguous.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The least summed rarity of shared entities that can choose a candidate: about two
/// entities each named in under a twentieth of the documents.
pub const MIN_CONTEXT_SCORE: f64 = 6.0;

/// How many times the runner-up's score the chosen candidate's must be.
pub const CONTEXT_DOMINANCE: f64 = 3.0;

/// Shared entities named in the merge log as the evidence for a choice.
const SHOWN_SHARED: usize = 3;

/// A candidate chosen by context, with the rarest entities it shares with the document.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextChoice {
    /// The chosen entity.
    pub winner: usize,
    /// Up to three shared entities, rarest first.
    pub shared: Vec<usize>,
}

/// Which entities each document names, and which documents name each entity in full.
pub struct Contexts {
    docs: Vec<Vec<usize>>,
    df: HashMap<usize, usize>,
    full_docs: HashMap<usize, Vec<usize>>,
    neighbours: HashMap<usize, HashSet<usize>>,
}

impl Contexts {
    /// From the entities of each document (any order, repeats allowed) and the
    /// documents naming each entity in full.
    pub fn new(mut docs: Vec<Vec<usize>>, full_docs: HashMap<usize, Vec<usize>>) -> Contexts {
        let mut df: HashMap<usize, usize> = HashMap::default();
        for d in &mut docs {
            d.sort_unstable();
            d.dedup();
            for &e in d.iter() {
                *df.entry(e).or_default() += 1;
            }
        }
        Contexts {
            docs,
            df,
            full_docs,
            neighbours: HashMap::default(),
        }
    }

    /// How rare an entity is: the log of documents over documents naming it.
    fn weight(&self, e: usize) -> f64 {
        let n = self.docs.len().max(1) as f64;
        (n / self.df.get(&e).copied().unwrap_or(1).max(1) as f64).ln()
    }

    /// Gather the entities named beside `cand` in the documents naming it in full.
    fn neighbours_of(&mut self, cand: usize) {
        if !self.neighbours.contains_key(&cand) {
            let mut set = HashSet::default();
            for &d in self.full_docs.get(&cand).into_iter().flatten() {
                set.extend(self.docs[d].iter().copied());
            }
            set.remove(&cand);
            self.neighbours.insert(cand, set);
        }
    }

    /// The score of `cand` for document `doc`, with the shared entities behind it.
    fn score(&mut self, doc: usize, own: usize, cand: usize) -> Scored {
        self.neighbours_of(cand);
        let near = &self.neighbours[&cand];
        let mut shared: Vec<Shared> = self.docs[doc]
            .iter()
            .copied()
            .filter(|&e| e != own && e != cand && near.contains(&e))
            .map(|entity| Shared {
                weight: self.weight(entity),
                entity,
            })
            .collect();
        // Summed in entity order, so the result never depends on hashing.
        let score = shared.iter().map(|s| s.weight).sum();
        shared.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.entity.cmp(&b.entity)));
        Scored {
            score,
            cand,
            shared,
        }
    }

    /// The candidate whose articles share the most with document `doc`, when that is
    /// clearly more than any other's; `own` is the short form's own entity.
    pub fn choose(&mut self, doc: usize, own: usize, cands: &[usize]) -> Option<ContextChoice> {
        let mut scored: Vec<Scored> = cands.iter().map(|&c| self.score(doc, own, c)).collect();
        scored.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.cand.cmp(&b.cand)));
        let best = scored.first()?;
        let runner_up = scored.get(1).map_or(0.0, |s| s.score);
        (best.score >= MIN_CONTEXT_SCORE && best.score >= CONTEXT_DOMINANCE * runner_up).then(
            || ContextChoice {
                winner: best.cand,
                shared: best
                    .shared
                    .iter()
                    .take(SHOWN_SHARED)
                    .map(|s| s.entity)
                    .collect(),
            },
        )
    }
}

/// An entity a document shares with a candidate's articles, and how rare it is.
struct Shared {
    weight: f64,
    entity: usize,
}

/// A candidate's score for one document.
struct Scored {
    score: f64,
    cand: usize,
    shared: Vec<Shared>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Forty filler documents name entity 99 only, so an entity two of the ~43
    /// documents name weighs about 3.
    fn contexts(docs: Vec<Vec<usize>>, full: &[(usize, Vec<usize>)]) -> Contexts {
        let mut all = docs;
        all.extend((0..40).map(|_| vec![99]));
        Contexts::new(all, full.iter().cloned().collect())
    }

    #[test]
    fn a_candidate_sharing_rare_entities_is_chosen() {
        // Doc 0 names 10 and 11 beside the short form (entity 50); candidate 1's article
        // (doc 1) names 10 and 11 too; candidate 2's (doc 2) names 12.
        let mut c = contexts(
            vec![vec![50, 10, 11], vec![1, 10, 11], vec![2, 12]],
            &[(1, vec![1]), (2, vec![2])],
        );
        let choice = c.choose(0, 50, &[1, 2]).expect("a clear choice");
        assert_eq!(choice.winner, 1);
        assert_eq!(choice.shared, vec![10, 11]);
    }

    #[test]
    fn a_close_or_thin_context_chooses_nothing() {
        // Both candidates share one rare entity with the document.
        let mut c = contexts(
            vec![vec![50, 10, 11], vec![1, 10], vec![2, 11]],
            &[(1, vec![1]), (2, vec![2])],
        );
        assert_eq!(c.choose(0, 50, &[1, 2]), None);
        // Only an entity every document names is shared.
        let mut c = contexts(vec![vec![50, 99], vec![1, 99]], &[(1, vec![1])]);
        assert_eq!(c.choose(0, 50, &[1, 2]), None);
    }
}
