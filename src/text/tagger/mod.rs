//! Part-of-speech tagging: a greedy averaged perceptron trained on the Universal
//! Dependencies English Web Treebank (CC BY-SA 4.0, see `LICENSE.md` here).
//!
//! Each word is tagged left to right from features of its spelling, the words around
//! it and the two tags before it. Frequent words that the treebank always tags alike
//! ("the", "of") take their tag from a dictionary without scoring. The weights are
//! quantised to 16 bits and embedded in the binary (`model.bin`);
//! `scripts/train-tagger` rebuilds them from the treebank.
//!
//! ```
//! use newsgraph::text::tagger::{Tag, Tagger};
//! let mut tags = Vec::new();
//! Tagger::embedded().tag(&["Talks", "were", "held", "."], &mut tags);
//! assert_eq!(tags[1..3], [Tag::VbdAux, Tag::Vbn]);
//! ```

mod features;
mod model;
mod tags;
pub mod train;
mod treebank;

pub use model::{FeatureWeights, Model, Weight, MAGIC, VERSION};
pub use tags::{Tag, Upos};

use crate::error::Result;
use features::{Window, FEATURES, START, START2, STATIC_FEATURES};
use std::sync::OnceLock;

/// The trained model, embedded in the binary.
const EMBEDDED: &[u8] = include_bytes!("model.bin");

/// Name of the embedded model in errors.
const EMBEDDED_NAME: &str = "<embedded tagger model>";

/// Slots of a hash table per entry, at least: keeps probe sequences short.
const TABLE_SLACK: usize = 2;

/// An open-addressing hash table from 64-bit keys to 32-bit values. A slot holds the
/// key's low 32 bits (the high bits chose the slot) and the value; an empty slot is 0.
#[derive(Debug, Clone)]
struct Table {
    slots: Vec<u64>,
    shift: u32,
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        let size = (n * TABLE_SLACK).next_power_of_two().max(2);
        Table {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        }
    }

    /// Insert a value, which must not be 0.
    fn insert(&mut self, key: u64, value: u32) {
        debug_assert!(value != 0);
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (key << 32) | value as u64;
    }

    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        let check = key << 32;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if slot & 0xffff_ffff_0000_0000 == check {
                return Some(slot as u32);
            }
            i = (i + 1) & mask;
        }
    }
}

/// Bits of a feature's table value that hold its number of weights; the rest is where
/// its weights start.
const LEN_BITS: u32 = 8;

/// A part-of-speech tagger ready to use.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// Feature key → (start in `weights` << [`LEN_BITS`]) | count.
    features: Table,
    /// Each weight as (value << 16) | tag.
    weights: Vec<u32>,
    /// Word key → tag + 1.
    dictionary: Table,
}

impl Tagger {
    /// The tagger built into the binary, loaded on first use.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            Tagger::from_bytes(EMBEDDED, EMBEDDED_NAME)
                .expect("the embedded tagger model is checked by the tests")
        })
    }

    /// A tagger from a model file's bytes; `path` names the file in errors.
    pub fn from_bytes(bytes: &[u8], path: &str) -> Result<Tagger> {
        Ok(Tagger::from_model(&Model::from_bytes(bytes, path)?))
    }

    /// A tagger from a model.
    pub fn from_model(model: &Model) -> Tagger {
        let mut features = Table::with_capacity(model.features.len());
        let mut weights = Vec::with_capacity(model.weight_count());
        for f in &model.features {
            let start = weights.len() as u32;
            features.insert(f.key, (start << LEN_BITS) | f.weights.len() as u32);
            weights.extend(
                f.weights
                    .iter()
                    .map(|w| ((w.value as i32 as u32) << 16) | w.tag as u32),
            );
        }
        let mut dictionary = Table::with_capacity(model.dictionary.len());
        for &(key, tag) in &model.dictionary {
            dictionary.insert(key, tag as u32 + 1);
        }
        Tagger {
            features,
            weights,
            dictionary,
        }
    }

    /// Tag a sentence: `words` are its tokens as written (original case, "'s" and "n't"
    /// as tokens of their own); `out` is cleared and receives one tag per word.
    pub fn tag<S: AsRef<str>>(&self, words: &[S], out: &mut Vec<Tag>) {
        out.clear();
        out.reserve(words.len());
        let mut window = Window::default();
        window.start(words);
        let (mut prev, mut prev2) = (START, START2);
        let mut keys = [0u64; FEATURES];
        for i in 0..words.len() {
            window.advance(words, i);
            let tag = match self.lookup(window.word(i).dictionary_key()) {
                Some(tag) => tag,
                None => {
                    window.static_keys(i, &mut keys);
                    window.tag_keys(i, prev, prev2, &mut keys[STATIC_FEATURES..]);
                    self.best(&keys)
                }
            };
            out.push(tag);
            prev2 = prev;
            prev = tag as u8;
        }
    }

    /// The dictionary's tag for a word key.
    fn lookup(&self, key: u64) -> Option<Tag> {
        let v = self.dictionary.get(key)?;
        Tag::from_index(v as usize - 1)
    }

    /// The tag with the highest score over the features; the first of equals.
    fn best(&self, keys: &[u64]) -> Tag {
        let mut scores = [0i32; 64];
        for &k in keys {
            if let Some(v) = self.features.get(k) {
                let start = (v >> LEN_BITS) as usize;
                let len = (v & ((1 << LEN_BITS) - 1)) as usize;
                for &w in &self.weights[start..start + len] {
                    scores[(w & 0x3f) as usize] += (w as i32) >> 16;
                }
            }
        }
        let mut best = 0;
        for t in 1..Tag::COUNT {
            if scores[t] > scores[best] {
                best = t;
            }
        }
        Tag::ALL[best]
    }
}

#[cfg(test)]
mod tests;
