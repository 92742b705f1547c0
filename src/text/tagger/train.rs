//! Training: an averaged perceptron (Collins 2002) over the features of
//! [`super::features`], with a tag dictionary for words the treebank always tags alike.
//!
//! Training is deterministic: the sentences are shuffled by a fixed seed, weights are
//! integers until they are averaged, and the model is written in key order, so the same
//! treebank gives the same bytes.

pub use super::treebank::{load, parse, TreebankSentence, TreebankWord};

use super::features::{
    Lexicon, NoLexicon, Window, WordInfo, FEATURES, START, START2, WORD_FEATURES,
};
use super::model::{FeatureWeights, Model, Weight, MAX_WEIGHT};
use super::tags::Tag;
use super::Tagger;
use rustc_hash::FxHashMap;

/// How to train.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub iterations: usize,
    /// Seed of the shuffle before each pass.
    pub seed: u64,
    /// A word goes into the tag dictionary when seen at least this often...
    pub dictionary_min_count: usize,
    /// ... with this share of its occurrences or more under one tag.
    pub dictionary_min_share: f64,
    /// A word goes into the lexicon when seen at least this often...
    pub lexicon_min_count: usize,
    /// ... with the tags that have this share of its occurrences or more.
    pub lexicon_min_share: f64,
    /// Quantised weights of a smaller magnitude are dropped.
    pub min_weight: i16,
    /// Words seen this often get their word-only weights added up in advance.
    pub word_min_count: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 12,
            seed: 0x6e65_7773,
            dictionary_min_count: 20,
            dictionary_min_share: 0.97,
            lexicon_min_count: 5,
            lexicon_min_share: 0.05,
            min_weight: 8,
            word_min_count: 5,
        }
    }
}

/// A training sentence: words as written and their tags.
#[derive(Debug, Clone)]
pub struct Example {
    /// The words.
    pub words: Vec<String>,
    /// One tag per word.
    pub tags: Vec<Tag>,
}

impl Example {
    /// The example of a treebank sentence; `None` if a word has an unknown tag.
    pub fn of(s: &TreebankSentence) -> Option<Example> {
        Some(Example {
            words: s.words.iter().map(|w| w.form.clone()).collect(),
            tags: s.words.iter().map(|w| w.tag()).collect::<Option<_>>()?,
        })
    }
}

/// The training examples of a treebank: every sentence as the treebank splits it, and
/// again with hyphenated words joined as newsgraph's tokenizer leaves them.
pub fn examples(sentences: &[TreebankSentence]) -> Vec<Example> {
    let mut out = Vec::with_capacity(sentences.len() * 2);
    for s in sentences {
        out.extend(Example::of(s));
        if let Some(joined) = s.with_hyphens_joined() {
            out.extend(Example::of(&joined));
        }
    }
    out
}

/// SplitMix64: a small generator that gives the same numbers on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// How often each word (by key) has each tag in the examples.
fn tag_counts(
    examples: &[Example],
    key: impl Fn(&Window, usize) -> u64,
) -> FxHashMap<u64, [u32; Tag::COUNT]> {
    let mut counts: FxHashMap<u64, [u32; Tag::COUNT]> = FxHashMap::default();
    for ex in examples {
        let mut window = Window::default();
        window.start(&ex.words, &NoLexicon);
        for (i, &tag) in ex.tags.iter().enumerate() {
            window.advance(&ex.words, i, &NoLexicon);
            counts.entry(key(&window, i)).or_insert([0; Tag::COUNT])[tag as usize] += 1;
        }
    }
    counts
}

/// Words the treebank tags alike often enough to skip scoring: dictionary key → tag.
fn tag_dictionary(examples: &[Example], opts: &TrainOptions) -> FxHashMap<u64, Tag> {
    tag_counts(examples, |w, i| w.word(i).dictionary_key())
        .into_iter()
        .filter_map(|(key, c)| {
            let total: u32 = c.iter().sum();
            let (best, &n) = c
                .iter()
                .enumerate()
                .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))?;
            let certain = total as usize >= opts.dictionary_min_count
                && n as f64 / total as f64 >= opts.dictionary_min_share;
            certain.then(|| (key, Tag::ALL[best]))
        })
        .collect()
}

/// The tags of frequent words: lexicon key → bit set of the tags with a fair share.
fn lexicon(examples: &[Example], opts: &TrainOptions) -> FxHashMap<u64, u64> {
    tag_counts(examples, |w, i| w.word(i).lexicon_key())
        .into_iter()
        .filter_map(|(key, c)| {
            let total: u32 = c.iter().sum();
            if (total as usize) < opts.lexicon_min_count {
                return None;
            }
            let tags = c
                .iter()
                .enumerate()
                .filter(|&(_, &n)| n as f64 >= opts.lexicon_min_share * total as f64)
                .fold(0u64, |set, (t, _)| set | 1 << t);
            Some((key, tags))
        })
        .collect()
}

/// The lexicon while training.
struct TrainingLexicon(FxHashMap<u64, u64>);

impl Lexicon for TrainingLexicon {
    fn tags(&self, key: u64) -> u64 {
        self.0.get(&key).copied().unwrap_or(0)
    }
}

/// A weight while training: its value, its sum over all steps so far (up to `stamp`)
/// for the average.
#[derive(Clone, Copy)]
struct Accumulator {
    tag: u8,
    value: i32,
    total: i64,
    stamp: u64,
}

/// The perceptron's weights while training.
#[derive(Default)]
struct Perceptron {
    rows: FxHashMap<u64, Vec<Accumulator>>,
    step: u64,
}

impl Perceptron {
    fn best(&self, keys: &[u64]) -> Tag {
        let mut scores = [0i64; Tag::COUNT];
        for k in keys {
            if let Some(row) = self.rows.get(k) {
                for a in row {
                    scores[a.tag as usize] += a.value as i64;
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

    fn update(&mut self, keys: &[u64], truth: Tag, guess: Tag) {
        self.step += 1;
        if truth == guess {
            return;
        }
        for &k in keys {
            let row = self.rows.entry(k).or_default();
            for (tag, delta) in [(truth as u8, 1), (guess as u8, -1)] {
                let i = match row.iter().position(|a| a.tag == tag) {
                    Some(i) => i,
                    None => {
                        row.push(Accumulator {
                            tag,
                            value: 0,
                            total: 0,
                            stamp: self.step,
                        });
                        row.len() - 1
                    }
                };
                let a = &mut row[i];
                a.total += (self.step - a.stamp) as i64 * a.value as i64;
                a.stamp = self.step;
                a.value += delta;
            }
        }
    }

    /// The averaged weights, quantised to 16 bits, by key; small weights are dropped.
    fn quantised(&self, min_weight: i16) -> Vec<FeatureWeights> {
        let average = |a: &Accumulator| {
            let total = a.total + (self.step - a.stamp) as i64 * a.value as i64;
            total as f64 / self.step.max(1) as f64
        };
        let largest = self
            .rows
            .values()
            .flatten()
            .map(|a| average(a).abs())
            .fold(0.0, f64::max);
        let scale = if largest > 0.0 {
            MAX_WEIGHT as f64 / largest
        } else {
            1.0
        };
        let mut features: Vec<FeatureWeights> = self
            .rows
            .iter()
            .filter_map(|(&key, row)| {
                let mut weights: Vec<Weight> = row
                    .iter()
                    .map(|a| Weight {
                        tag: Tag::ALL[a.tag as usize],
                        value: (average(a) * scale).round() as i16,
                    })
                    .filter(|w| w.value.unsigned_abs() >= min_weight.max(1) as u16)
                    .collect();
                weights.sort_by_key(|w| w.tag);
                (!weights.is_empty()).then_some(FeatureWeights { key, weights })
            })
            .collect();
        features.sort_by_key(|f| f.key);
        features
    }
}

/// Train a model; `progress` hears about each pass (its number and the share of words
/// tagged right while training).
pub fn train(
    examples: &[Example],
    opts: &TrainOptions,
    progress: &mut dyn FnMut(usize, f64),
) -> Model {
    let dictionary = tag_dictionary(examples, opts);
    let lexicon = TrainingLexicon(lexicon(examples, opts));
    let mut perceptron = Perceptron::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(opts.seed);
    let mut keys = [0u64; FEATURES];
    for pass in 0..opts.iterations {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &e in &order {
            let ex = &examples[e];
            let mut window = Window::default();
            window.start(&ex.words, &lexicon);
            let (mut prev, mut prev2) = (START, START2);
            for (i, &truth) in ex.tags.iter().enumerate() {
                window.advance(&ex.words, i, &lexicon);
                let guess = match dictionary.get(&window.word(i).dictionary_key()) {
                    Some(&tag) => tag,
                    None => {
                        window.static_keys(i, &mut keys);
                        window.tag_keys(i, prev, prev2, &mut keys);
                        let guess = perceptron.best(&keys);
                        perceptron.update(&keys, truth, guess);
                        guess
                    }
                };
                right += (guess == truth) as usize;
                total += 1;
                prev2 = prev;
                prev = guess as u8;
            }
        }
        progress(pass + 1, right as f64 / total.max(1) as f64);
    }
    let mut dictionary: Vec<(u64, Tag)> = dictionary.into_iter().collect();
    dictionary.sort_unstable();
    let features = perceptron.quantised(opts.min_weight);
    let words = word_rows(examples, &features, &dictionary, opts);
    let mut lexicon: Vec<(u64, u64)> = lexicon.0.into_iter().collect();
    lexicon.sort_unstable();
    Model {
        features,
        dictionary,
        lexicon,
        words,
    }
}

/// The frequent words outside the dictionary, with the weights of the features that
/// read the word alone added up, by dictionary key.
fn word_rows(
    examples: &[Example],
    features: &[FeatureWeights],
    dictionary: &[(u64, Tag)],
    opts: &TrainOptions,
) -> Vec<FeatureWeights> {
    let mut seen: FxHashMap<u64, (usize, &str)> = FxHashMap::default();
    for ex in examples {
        for w in &ex.words {
            let key = WordInfo::of(w, false, &NoLexicon).dictionary_key();
            seen.entry(key).or_insert((0, w)).0 += 1;
        }
    }
    let by_key: FxHashMap<u64, &[Weight]> =
        features.iter().map(|f| (f.key, &f.weights[..])).collect();
    let mut words: Vec<FeatureWeights> = seen
        .into_iter()
        .filter(|&(key, (count, _))| {
            count >= opts.word_min_count
                && dictionary.binary_search_by_key(&key, |&(k, _)| k).is_err()
        })
        .map(|(key, (_, word))| {
            let mut keys = [0u64; WORD_FEATURES];
            WordInfo::of(word, false, &NoLexicon).word_keys(&mut keys);
            let mut sums = [0i16; Tag::COUNT];
            for w in keys.iter().filter_map(|k| by_key.get(k)).copied().flatten() {
                sums[w.tag as usize] += w.value;
            }
            let weights = Tag::ALL
                .iter()
                .zip(sums)
                .filter(|&(_, v)| v != 0)
                .map(|(&tag, value)| Weight { tag, value })
                .collect();
            FeatureWeights { key, weights }
        })
        .filter(|f| !f.weights.is_empty())
        .collect();
    words.sort_by_key(|f| f.key);
    words
}

/// Share of words tagged right, by Penn Treebank tag and by universal tag.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Accuracy {
    /// Words compared.
    pub words: usize,
    /// Share with the right Penn Treebank tag.
    pub xpos: f64,
    /// Share with the right universal part of speech.
    pub upos: f64,
}

/// Tag every sentence and compare with the treebank's tags.
pub fn evaluate(tagger: &Tagger, sentences: &[TreebankSentence]) -> Accuracy {
    let (mut words, mut xpos, mut upos) = (0usize, 0usize, 0usize);
    let mut tags = Vec::new();
    for s in sentences {
        tagger.tag(&s.forms(), &mut tags);
        for (w, t) in s.words.iter().zip(&tags) {
            words += 1;
            xpos += (t.xpos() == w.xpos) as usize;
            upos += (t.upos().as_str() == w.upos) as usize;
        }
    }
    let share = |n: usize| n as f64 / words.max(1) as f64;
    Accuracy {
        words,
        xpos: share(xpos),
        upos: share(upos),
    }
}
