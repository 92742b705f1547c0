//! The model file: the weights of every feature kept after training and the tag
//! dictionary, in a compact little-endian binary form that is checked when read.
//!
//! ```text
//! magic "NGTAGGER", version u32
//! tag count u32, then each tag's name (u8 length, bytes)
//! feature count u32, weight count u32, dictionary count u32, lexicon count u32,
//!   word count u32
//! features, by increasing key: key u64, weight count u8, weights (tag u8, value i16)
//! dictionary, by increasing key: key u64, tag u8
//! lexicon, by increasing key: key u64, tags u64 (a bit set by tag number)
//! words, by increasing key: key u64, weight count u8, weights (tag u8, value i16)
//! checksum u64 of everything before it
//! ```

use super::features::{hash_bytes, mix, FEATURES, WORD_FEATURES};
use super::tags::Tag;
use crate::error::{Error, Result};

/// The first bytes of a model file.
pub const MAGIC: &[u8; 8] = b"NGTAGGER";

/// The format version; it also names the feature set, which the keys depend on.
pub const VERSION: u32 = 1;

/// The most weights a model may hold: many times what a model needs, a bound on what a
/// damaged file can make the reader allocate.
pub const MAX_WEIGHTS: usize = 1 << 23;

/// The largest magnitude of a weight: the weights of all of a word's features add up
/// within an `i16`.
pub const MAX_WEIGHT: i16 = (i16::MAX as usize / FEATURES) as i16;

/// The largest magnitude of a word's added-up weight.
pub const MAX_WORD_WEIGHT: i16 = MAX_WEIGHT * WORD_FEATURES as i16;

/// One weight of a feature: how much the feature votes for a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weight {
    /// The tag voted for (or against, if negative).
    pub tag: Tag,
    /// The quantised weight.
    pub value: i16,
}

/// A feature's key and its weights, by tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureWeights {
    /// The feature's key.
    pub key: u64,
    /// Its non-zero weights, by increasing tag.
    pub weights: Vec<Weight>,
}

/// A trained model as stored: features by increasing key and the tag dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    /// Every kept feature, by increasing key.
    pub features: Vec<FeatureWeights>,
    /// Words whose tag is certain, by increasing key: (dictionary key, tag).
    pub dictionary: Vec<(u64, Tag)>,
    /// The tags seen often enough with frequent words, by increasing key: (lexicon key,
    /// bit set of tag numbers).
    pub lexicon: Vec<(u64, u64)>,
    /// Frequent words that are not in the dictionary, by increasing dictionary key, with
    /// the weights of the features that read the word alone added up in advance.
    pub words: Vec<FeatureWeights>,
}

impl Model {
    /// Number of weights over all features.
    pub fn weight_count(&self) -> usize {
        self.features.iter().map(|f| f.weights.len()).sum()
    }

    /// The model in the file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(Tag::COUNT as u32).to_le_bytes());
        for tag in Tag::ALL {
            let name = tag.name();
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
        }
        for n in [
            self.features.len(),
            self.weight_count(),
            self.dictionary.len(),
            self.lexicon.len(),
            self.words.len(),
        ] {
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        for f in &self.features {
            write_feature(&mut out, f);
        }
        for (key, tag) in &self.dictionary {
            out.extend_from_slice(&key.to_le_bytes());
            out.push(*tag as u8);
        }
        for (key, tags) in &self.lexicon {
            out.extend_from_slice(&key.to_le_bytes());
            out.extend_from_slice(&tags.to_le_bytes());
        }
        for f in &self.words {
            write_feature(&mut out, f);
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Hand the model's parts to `parts` in file order, as reading its file would.
    pub fn replay(&self, parts: &mut impl ModelParts) {
        parts.counts(Counts {
            features: self.features.len(),
            weights: self.weight_count(),
            dictionary: self.dictionary.len(),
            lexicon: self.lexicon.len(),
            words: self.words.len(),
        });
        self.features.iter().for_each(|f| parts.feature(f));
        for &(key, tag) in &self.dictionary {
            parts.dictionary(key, tag);
        }
        for &(key, tags) in &self.lexicon {
            parts.lexicon(key, tags);
        }
        self.words.iter().for_each(|w| parts.word(w));
    }

    /// Read a model file; `path` names it in errors.
    pub fn from_bytes(bytes: &[u8], path: &str) -> Result<Model> {
        let mut model = Model::default();
        read_parts(bytes, path, &mut model)?;
        Ok(model)
    }
}

/// The counts a model file declares before its parts.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Features.
    pub features: usize,
    /// Weights over all features.
    pub weights: usize,
    /// Dictionary entries.
    pub dictionary: usize,
    /// Lexicon entries.
    pub lexicon: usize,
    /// Frequent words.
    pub words: usize,
}

/// What reads a model file's parts as they are decoded, in file order: a tagger is
/// built from them without the whole model held decoded beside it.
pub trait ModelParts {
    /// The declared counts, before any part.
    fn counts(&mut self, counts: Counts);
    /// A feature, by increasing key.
    fn feature(&mut self, f: &FeatureWeights);
    /// A word whose tag is certain, by increasing key.
    fn dictionary(&mut self, key: u64, tag: Tag);
    /// A word's possible tags, by increasing key.
    fn lexicon(&mut self, key: u64, tags: u64);
    /// A frequent word's added-up weights, by increasing key.
    fn word(&mut self, f: &FeatureWeights);
}

impl ModelParts for Model {
    fn counts(&mut self, c: Counts) {
        self.features.reserve_exact(c.features);
        self.dictionary.reserve_exact(c.dictionary);
        self.lexicon.reserve_exact(c.lexicon);
        self.words.reserve_exact(c.words);
    }
    fn feature(&mut self, f: &FeatureWeights) {
        self.features.push(f.clone());
    }
    fn dictionary(&mut self, key: u64, tag: Tag) {
        self.dictionary.push((key, tag));
    }
    fn lexicon(&mut self, key: u64, tags: u64) {
        self.lexicon.push((key, tags));
    }
    fn word(&mut self, f: &FeatureWeights) {
        self.words.push(f.clone());
    }
}

/// Read and check a model file, handing its parts to `parts`; `path` names it in
/// errors.
pub fn read_parts(bytes: &[u8], path: &str, parts: &mut impl ModelParts) -> Result<()> {
    let bad = |problem: String| Error::Config {
        path: path.to_string(),
        problem: format!("not a usable tagger model: {problem}"),
    };
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(bad(
            "it does not start with the model file's magic bytes".into()
        ));
    }
    let Some((body, sum)) = bytes.split_last_chunk::<8>() else {
        return Err(bad("it is truncated".into()));
    };
    let mut r = Reader {
        bytes: body,
        at: MAGIC.len(),
    };
    let version = r.u32().map_err(&bad)?;
    if version != VERSION {
        return Err(bad(format!(
            "format version {version}, this build reads version {VERSION}"
        )));
    }
    if checksum(body) != u64::from_le_bytes(*sum) {
        return Err(bad(
            "its checksum does not match (the file is damaged)".into()
        ));
    }
    r.tag_names().map_err(&bad)?;
    r.content(parts).map_err(&bad)?;
    if r.at != body.len() {
        return Err(bad(format!(
            "{} bytes left over after the words",
            body.len() - r.at
        )));
    }
    Ok(())
}

fn write_feature(out: &mut Vec<u8>, f: &FeatureWeights) {
    out.extend_from_slice(&f.key.to_le_bytes());
    out.push(f.weights.len() as u8);
    for w in &f.weights {
        out.push(w.tag as u8);
        out.extend_from_slice(&w.value.to_le_bytes());
    }
}

/// The checksum that ends a model file.
pub(super) fn checksum(bytes: &[u8]) -> u64 {
    mix(hash_bytes(bytes), bytes.len() as u64)
}

/// Reads the fields of a model file in order; every read checks the length.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> std::result::Result<[u8; N], String> {
        let end = self.at + N;
        let Some(b) = self.bytes.get(self.at..end) else {
            return Err(format!("it is truncated at byte {}", self.at));
        };
        self.at = end;
        Ok(b.try_into().expect("N bytes"))
    }

    fn u8(&mut self) -> std::result::Result<u8, String> {
        Ok(self.take::<1>()?[0])
    }

    fn u32(&mut self) -> std::result::Result<u32, String> {
        Ok(u32::from_le_bytes(self.take()?))
    }

    fn u64(&mut self) -> std::result::Result<u64, String> {
        Ok(u64::from_le_bytes(self.take()?))
    }

    fn tag(&mut self) -> std::result::Result<Tag, String> {
        let n = self.u8()?;
        Tag::from_index(n as usize).ok_or_else(|| format!("unknown tag number {n}"))
    }

    /// The tag set must be this build's, in the same order.
    fn tag_names(&mut self) -> std::result::Result<(), String> {
        let count = self.u32()? as usize;
        if count != Tag::COUNT {
            return Err(format!(
                "it has {count} tags, this build has {}",
                Tag::COUNT
            ));
        }
        for tag in Tag::ALL {
            let len = self.u8()? as usize;
            let Some(name) = self.bytes.get(self.at..self.at + len) else {
                return Err(format!("it is truncated at byte {}", self.at));
            };
            self.at += len;
            if name != tag.name().as_bytes() {
                return Err(format!(
                    "tag {} is {:?}, this build expects {:?}",
                    tag as u8,
                    String::from_utf8_lossy(name),
                    tag.name()
                ));
            }
        }
        Ok(())
    }

    fn content(&mut self, parts: &mut impl ModelParts) -> std::result::Result<(), String> {
        let counts = Counts {
            features: self.u32()? as usize,
            weights: self.u32()? as usize,
            dictionary: self.u32()? as usize,
            lexicon: self.u32()? as usize,
            words: self.u32()? as usize,
        };
        // Each feature or word takes at least 12 bytes, each dictionary entry 9, each
        // lexicon entry 16: bound the allocations by the file's size before trusting the
        // counts.
        if (counts.features + counts.words) * 12 + counts.dictionary * 9 + counts.lexicon * 16
            > self.bytes.len()
        {
            return Err("its counts do not fit its size".into());
        }
        if counts.weights > MAX_WEIGHTS {
            return Err(format!(
                "{} weights, more than the {MAX_WEIGHTS} allowed",
                counts.weights
            ));
        }
        parts.counts(counts);
        // One buffer serves every feature and word in turn.
        let mut f = FeatureWeights {
            key: 0,
            weights: Vec::with_capacity(Tag::COUNT),
        };
        let mut last = None;
        let mut seen = 0;
        for _ in 0..counts.features {
            self.feature(MAX_WEIGHT, &mut f)?;
            self.in_order(&mut last, f.key, "feature")?;
            seen += f.weights.len();
            parts.feature(&f);
        }
        if seen != counts.weights {
            return Err(format!(
                "it declares {} weights but holds {seen}",
                counts.weights
            ));
        }
        let mut dictionary = Vec::with_capacity(counts.dictionary);
        last = None;
        for _ in 0..counts.dictionary {
            let key = self.u64()?;
            let tag = self.tag()?;
            self.in_order(&mut last, key, "dictionary")?;
            dictionary.push(key);
            parts.dictionary(key, tag);
        }
        last = None;
        for _ in 0..counts.lexicon {
            let key = self.u64()?;
            let tags = self.u64()?;
            self.in_order(&mut last, key, "lexicon")?;
            if tags >> Tag::COUNT != 0 {
                return Err(format!("unknown tag in the lexicon at byte {}", self.at));
            }
            parts.lexicon(key, tags);
        }
        last = None;
        for _ in 0..counts.words {
            self.feature(MAX_WORD_WEIGHT, &mut f)?;
            self.in_order(&mut last, f.key, "word")?;
            if dictionary.binary_search(&f.key).is_ok() {
                return Err(format!(
                    "a word in the dictionary twice at byte {}",
                    self.at
                ));
            }
            parts.word(&f);
        }
        Ok(())
    }

    /// Keys of each part must increase.
    fn in_order(
        &self,
        last: &mut Option<u64>,
        key: u64,
        part: &str,
    ) -> std::result::Result<(), String> {
        if last.is_some_and(|l| l >= key) {
            return Err(format!("{part} keys out of order at byte {}", self.at));
        }
        *last = Some(key);
        Ok(())
    }

    fn feature(&mut self, max: i16, f: &mut FeatureWeights) -> std::result::Result<(), String> {
        f.key = self.u64()?;
        let n = self.u8()? as usize;
        if n == 0 || n > Tag::COUNT {
            return Err(format!("a feature with {n} weights at byte {}", self.at));
        }
        f.weights.clear();
        // The common case, a feature whose weights are all in the file, is checked as one
        // block; a truncated one is read weight by weight, to say where it stops.
        if let Some(block) = self.bytes.get(self.at..self.at + n * WEIGHT_BYTES) {
            return self.weights_of(block, max, f);
        }
        for _ in 0..n {
            let tag = self.tag()?;
            let value = i16::from_le_bytes(self.take()?);
            if value.unsigned_abs() > max as u16 {
                return Err(format!("weight {value} out of range at byte {}", self.at));
            }
            if f.weights.last().is_some_and(|w: &Weight| w.tag >= tag) {
                return Err(format!("weights out of order at byte {}", self.at));
            }
            f.weights.push(Weight { tag, value });
        }
        Ok(())
    }

    /// The weights of a feature from the `block` of bytes at the reader's position,
    /// with the checks and errors of reading them one at a time.
    fn weights_of(
        &mut self,
        block: &[u8],
        max: i16,
        f: &mut FeatureWeights,
    ) -> std::result::Result<(), String> {
        let start = self.at;
        let mut last = None;
        for (k, w) in block.chunks_exact(WEIGHT_BYTES).enumerate() {
            let Some(tag) = Tag::from_index(w[0] as usize) else {
                self.at = start + k * WEIGHT_BYTES + 1;
                return Err(format!("unknown tag number {}", w[0]));
            };
            let value = i16::from_le_bytes([w[1], w[2]]);
            if value.unsigned_abs() > max as u16 || last.is_some_and(|l| l >= tag) {
                self.at = start + (k + 1) * WEIGHT_BYTES;
                let problem = if value.unsigned_abs() > max as u16 {
                    format!("weight {value} out of range")
                } else {
                    "weights out of order".to_string()
                };
                return Err(format!("{problem} at byte {}", self.at));
            }
            last = Some(tag);
            f.weights.push(Weight { tag, value });
        }
        self.at = start + block.len();
        Ok(())
    }
}

/// Bytes of one weight in a model file: its tag and its value.
const WEIGHT_BYTES: usize = 3;
