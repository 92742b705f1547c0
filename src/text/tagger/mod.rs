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
//! let words = ["Talks", "were", "held", "by", "the", "two", "leaders", "."];
//! Tagger::embedded().tag(&words, &mut tags);
//! assert_eq!(tags[1..3], [Tag::VbdAux, Tag::Vbn]);
//! assert!(tags[6].is_noun());
//! ```

mod cache;
mod features;
mod model;
mod tags;
pub mod train;
mod treebank;
mod weights;

pub use model::{
    Counts, FeatureWeights, Model, ModelParts, Weight, MAGIC, MAX_WEIGHT, MAX_WEIGHTS,
    MAX_WORD_WEIGHT, VERSION,
};
pub use tags::{Tag, Upos};

use crate::error::Result;
use cache::WordCache;
use features::{
    tag_pair_keys, Lexicon, NoLexicon, Window, WordInfo, FEATURES, START, START2, STATIC_FEATURES,
    WORD_FEATURES,
};
use std::sync::OnceLock;
use weights::{Row, Weights};

/// The trained model, embedded in the binary.
const EMBEDDED: &[u8] = include_bytes!("model.bin");

/// Name of the embedded model in errors.
const EMBEDDED_NAME: &str = "<embedded tagger model>";

/// Words whose tag is certain in news though the treebank seldom shows them ("amid"),
/// as (word, Penn Treebank tag, universal tag): the embedded tagger takes their tag
/// from its dictionary.
const NEWS_WORDS: &str = include_str!("news_words.ron");

/// An open-addressing hash table from 64-bit keys to non-zero 32-bit values. A slot
/// holds the key's low 32 bits (its high bits chose the slot) and the value; an empty
/// slot is 0.
#[derive(Debug, Clone)]
struct Table {
    slots: Vec<u64>,
    shift: u32,
}

impl Table {
    /// A table for `n` entries, at most two thirds full.
    fn with_capacity(n: usize) -> Table {
        let size = (n + n / 2).next_power_of_two().max(2);
        Table {
            slots: vec![0; size],
            shift: 64 - size.trailing_zeros(),
        }
    }

    /// Insert a value, which must not be 0, or replace the key's.
    fn insert(&mut self, key: u64, value: u32) {
        debug_assert!(value != 0);
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        while self.slots[i] != 0 && self.slots[i] >> 32 != key & 0xffff_ffff {
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

/// A part-of-speech tagger ready to use.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// The weights of the features.
    weights: Weights,
    /// Word key → tag + 1 for a word whose tag is certain, or [`Tag::COUNT`] + 1 +
    /// index in `word_rows` for another frequent word.
    dictionary: Table,
    /// The added-up weights of the features that read a frequent word alone.
    word_rows: Vec<Row>,
    /// The added-up weights of the features that read the previous two tags alone, at
    /// [`pair_index`].
    tag_pairs: Vec<Row>,
    /// Word key → 1 + index in `tag_sets`.
    lexicon: Table,
    /// The distinct tag sets of the lexicon.
    tag_sets: Vec<u64>,
    /// Tells this tagger's cached words from another's.
    id: u64,
}

impl Tagger {
    /// The tagger built into the binary, loaded on first use.
    pub fn embedded() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            let words = news_words().expect("the embedded news words are checked by the tests");
            Tagger::with_fixed_words(EMBEDDED, EMBEDDED_NAME, &words)
                .expect("the embedded tagger model is checked by the tests")
        })
    }

    /// Start loading [`Tagger::embedded`] on a thread of its own, so that it is ready,
    /// or nearly, when the first sentence is tagged. Whichever of that thread and the
    /// first use comes first loads it and the other waits: the tagger is the same
    /// whatever the timing.
    pub fn load_in_background() {
        std::thread::spawn(|| {
            Tagger::embedded();
        });
    }

    /// A tagger from a model file's bytes; `path` names the file in errors. The parts
    /// go into the tagger's tables as they are read: the decoded model is never held
    /// whole beside them.
    pub fn from_bytes(bytes: &[u8], path: &str) -> Result<Tagger> {
        Tagger::with_fixed_words(bytes, path, &[])
    }

    /// [`Tagger::from_bytes`], with `words` tagged alike wherever they stand, as
    /// written and capitalised.
    pub fn with_fixed_words(bytes: &[u8], path: &str, words: &[(String, Tag)]) -> Result<Tagger> {
        let mut builder = Builder::default();
        for (word, tag) in words {
            let mut capitalised: String =
                word.chars().take(1).flat_map(char::to_uppercase).collect();
            capitalised.extend(word.chars().skip(1));
            for w in [word.as_str(), capitalised.as_str()] {
                let key = WordInfo::of(w, false, &NoLexicon).dictionary_key();
                builder.fixed.push((key, *tag));
            }
        }
        model::read_parts(bytes, path, &mut builder)?;
        Ok(builder.finish())
    }

    /// A tagger from a model.
    pub fn from_model(model: &Model) -> Tagger {
        let mut builder = Builder::default();
        model.replay(&mut builder);
        builder.finish()
    }

    /// Whether the treebank wrote `word`, in lower case, often enough as a word other
    /// than a proper noun: "Rock" or "Shadow" opening a sentence may be no name,
    /// "Coldplay" is one.
    pub fn knows_common_word(&self, word: &str) -> bool {
        let proper = [Tag::Nnp, Tag::NnpAdj, Tag::Nnps]
            .iter()
            .fold(0u64, |set, &t| set | 1 << t as u64);
        self.tags_of_word(word) & !proper != 0
    }

    /// Whether the treebank wrote `word`, in lower case, as `tag`; `None` for a word it
    /// never wrote: "negotiating" is a participle, "during" is not.
    pub fn writes_as(&self, word: &str, tag: Tag) -> Option<bool> {
        match self.tags_of_word(word) {
            0 => None,
            set => Some(set & 1 << tag as u64 != 0),
        }
    }

    /// The tags the treebank wrote `word` with, in lower case, as a bit set.
    fn tags_of_word(&self, word: &str) -> u64 {
        self.tags(WordInfo::of(&word.to_lowercase(), false, &NoLexicon).lexicon_key())
    }

    /// Tag a sentence: `words` are its tokens as written (original case, "'s" and "n't"
    /// as tokens of their own); `out` is cleared and receives one tag per word.
    pub fn tag<S: AsRef<str>>(&self, words: &[S], out: &mut Vec<Tag>) {
        out.clear();
        out.reserve(words.len());
        WordCache::with(self.id, |cache| self.tag_cached(words, out, cache));
    }

    /// [`Tagger::tag`] with the words read alone taken from `cache` when it has them.
    fn tag_cached<S: AsRef<str>>(&self, words: &[S], out: &mut Vec<Tag>, cache: &mut WordCache) {
        let mut window = Window::default();
        window.start_with(words, |w, first| self.read_word(cache, w, first));
        let (mut prev, mut prev2) = (START, START2);
        let mut keys = [0u64; FEATURES];
        for i in 0..words.len() {
            window.advance_with(words, i, |w, first| self.read_word(cache, w, first));
            let known = self.dictionary.get(window.word(i).dictionary_key());
            let tag = match known.and_then(|v| Tag::from_index(v as usize - 1)) {
                Some(tag) => tag,
                None => {
                    // The features that read the word alone, or only the previous
                    // tags, are added up in advance; the others are looked up here.
                    let mut scores = self.tag_pairs[pair_index(prev, prev2)];
                    match known {
                        Some(v) => scores.add(&self.word_rows[v as usize - Tag::COUNT - 1]),
                        None => scores.add(&self.rare_word_row(
                            cache,
                            words[i].as_ref(),
                            window.word(i),
                        )),
                    }
                    window.context_keys(i, &mut keys);
                    keys[STATIC_FEATURES] = window.tag_word_key(i, prev);
                    self.weights
                        .add(&keys[WORD_FEATURES..=STATIC_FEATURES], &mut scores);
                    scores.best()
                }
            };
            out.push(tag);
            prev2 = prev;
            prev = tag as u8;
        }
    }

    /// The added-up weights of the features that read a word the dictionary does not
    /// hold alone: a rarer word's are added up once per thread, as the dictionary's
    /// words' are once for all.
    fn rare_word_row(&self, cache: &mut WordCache, word: &str, info: &WordInfo) -> Row {
        let slot = WordCache::slot(word);
        if let Some(row) = cache.row(slot, word) {
            return *row;
        }
        let mut keys = [0u64; WORD_FEATURES];
        info.word_keys(&mut keys);
        let mut row = Row::ZERO;
        self.weights.add(&keys, &mut row);
        cache.set_row(slot, word, &row);
        row
    }

    /// What [`WordInfo::of`] reads of `word`, through `cache`.
    #[inline]
    fn read_word(&self, cache: &mut WordCache, word: &str, first: bool) -> WordInfo {
        let info = cache.info(WordCache::slot(word), word, || {
            WordInfo::of(word, false, self)
        });
        if first {
            info.at_start()
        } else {
            info
        }
    }
}

/// Previous tags (a tag, or [`START`]; a tag, [`START`] or [`START2`]) in a table of
/// rows.
const PAIR_STRIDE: usize = START2 as usize + 1;

/// Where the row of the previous tags `prev`, `prev2` is in [`Tagger::tag_pairs`].
#[inline]
fn pair_index(prev: u8, prev2: u8) -> usize {
    prev as usize * PAIR_STRIDE + prev2 as usize
}

/// The added-up weights of the features that read the previous two tags alone, for
/// every pair of them.
fn tag_pair_rows(weights: &Weights) -> Vec<Row> {
    let mut rows = vec![Row::ZERO; PAIR_STRIDE * PAIR_STRIDE];
    for prev in 0..PAIR_STRIDE as u8 {
        for prev2 in 0..PAIR_STRIDE as u8 {
            weights.add(
                &tag_pair_keys(prev, prev2),
                &mut rows[pair_index(prev, prev2)],
            );
        }
    }
    rows
}

/// A tagger's tables, filled part by part as a model is read.
#[derive(Default)]
struct Builder {
    weights: Option<Weights>,
    dictionary: Option<Table>,
    /// Words given their tag whatever the model says.
    fixed: Vec<(u64, Tag)>,
    word_rows: Vec<Row>,
    lexicon: Vec<(u64, u64)>,
}

impl ModelParts for Builder {
    fn counts(&mut self, c: model::Counts) {
        self.weights = Some(Weights::with_capacity(c.features));
        self.dictionary = Some(Table::with_capacity(
            c.dictionary + c.words + self.fixed.len(),
        ));
        self.word_rows.reserve_exact(c.words);
        self.lexicon.reserve_exact(c.lexicon);
    }

    fn feature(&mut self, f: &FeatureWeights) {
        self.weights.as_mut().expect("counts come first").insert(f);
    }

    fn dictionary(&mut self, key: u64, tag: Tag) {
        let table = self.dictionary.as_mut().expect("counts come first");
        table.insert(key, tag as u32 + 1);
    }

    fn lexicon(&mut self, key: u64, tags: u64) {
        self.lexicon.push((key, tags));
    }

    fn word(&mut self, f: &FeatureWeights) {
        let table = self.dictionary.as_mut().expect("counts come first");
        table.insert(f.key, (Tag::COUNT + 1 + self.word_rows.len()) as u32);
        self.word_rows.push(Row::of(&f.weights));
    }
}

impl Builder {
    fn finish(mut self) -> Tagger {
        if let Some(table) = self.dictionary.as_mut() {
            for &(key, tag) in &self.fixed {
                table.insert(key, tag as u32 + 1);
            }
        }
        let mut tag_sets: Vec<u64> = self.lexicon.iter().map(|&(_, tags)| tags).collect();
        tag_sets.sort_unstable();
        tag_sets.dedup();
        let mut lexicon = Table::with_capacity(self.lexicon.len());
        for &(key, tags) in &self.lexicon {
            let i = tag_sets.binary_search(&tags).expect("collected above");
            lexicon.insert(key, i as u32 + 1);
        }
        let weights = self.weights.unwrap_or_else(|| Weights::with_capacity(0));
        Tagger {
            tag_pairs: tag_pair_rows(&weights),
            weights,
            dictionary: self.dictionary.unwrap_or_else(|| Table::with_capacity(0)),
            word_rows: self.word_rows,
            lexicon,
            tag_sets,
            id: cache::next_tagger_id(),
        }
    }
}

impl Lexicon for Tagger {
    fn tags(&self, key: u64) -> u64 {
        self.lexicon
            .get(key)
            .map_or(0, |i| self.tag_sets[i as usize - 1])
    }
}

#[cfg(test)]
mod tests;

/// The embedded news words, parsed.
fn news_words() -> std::result::Result<Vec<(String, Tag)>, String> {
    let rows: Vec<(String, String, String)> =
        ron::from_str(NEWS_WORDS).map_err(|e| format!("news_words.ron: {e}"))?;
    rows.into_iter()
        .map(|(word, xpos, upos)| match Tag::from_ud(&xpos, &upos) {
            Some(tag) if !word.is_empty() => Ok((word, tag)),
            _ => Err(format!("news_words.ron: no tag {xpos}/{upos} for {word:?}")),
        })
        .collect()
}
