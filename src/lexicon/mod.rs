//! Names, titles, demonyms and organisation words as data: an embedded RON lexicon that
//! users can extend or override with `--lexicon FILE.ron`.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// The lexicon.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Lexicon {}

impl Lexicon {
    /// The embedded default lexicon.
    pub fn embedded() -> Result<Lexicon> {
        Ok(Lexicon {})
    }

    /// Parse a lexicon file's text.
    pub fn parse(path: &str, text: &str) -> Result<Lexicon> {
        ron::from_str(text).map_err(|e| Error::Config {
            path: path.to_string(),
            problem: e.to_string(),
        })
    }
}

impl Lexicon {
    /// Add the entries of another lexicon (the user's) to this one.
    pub fn extend(&mut self, other: Lexicon) {
        let _ = other;
    }

    /// Pairs of names the user forbade merging, as name keys.
    pub fn forbidden_merges(&self) -> crate::graph::merge::ForbiddenMerges {
        Default::default()
    }
}
