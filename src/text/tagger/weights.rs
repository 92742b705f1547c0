//! The feature weights laid out for speed. Tagging a word looks up some thirty
//! features in a table of a few megabytes, so cache misses are what it costs: most
//! features have at most four weights, which are kept in the table's slot itself (one
//! miss, not two), and the home slots of all of a word's features are read before any
//! is used, so that their misses overlap.

use super::features::FEATURES;
use super::model::FeatureWeights;
use super::tags::Tag;

/// Room for one score per tag, a multiple of the vector width.
pub const LANES: usize = 64;

const _: () = assert!(Tag::COUNT <= LANES);

/// A score, or a feature's weight, for every tag; aligned to a cache line so that
/// adding rows compiles to a few vector additions.
#[derive(Debug, Clone, Copy)]
#[repr(align(64))]
pub struct Row(pub [i16; LANES]);

impl Row {
    /// All zero.
    pub const ZERO: Row = Row([0; LANES]);

    /// The row with these weights, 0 for the other tags.
    pub fn of(weights: &[super::model::Weight]) -> Row {
        let mut row = Row::ZERO;
        for w in weights {
            row.0[w.tag as usize] = w.value;
        }
        row
    }

    /// The first tag with the highest score.
    #[inline]
    pub fn best(&self) -> Tag {
        // Two passes that each compile to vector operations.
        let scores = &self.0[..Tag::COUNT];
        let top = scores.iter().copied().max().unwrap_or(0);
        let best = scores.iter().position(|&s| s == top).unwrap_or(0);
        Tag::ALL[best]
    }

    /// Add another row's scores.
    #[inline]
    pub fn add(&mut self, other: &Row) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a = a.wrapping_add(*b);
        }
    }

    #[inline]
    fn add_one(&mut self, tag: u8, value: i16) {
        let t = tag as usize & (LANES - 1);
        self.0[t] = self.0[t].wrapping_add(value);
    }
}

/// Weights a slot holds itself.
const INLINE: usize = 4;

/// Features with more weights than this keep a full row; the others a list.
const DENSE_MIN: usize = 12;

/// What the first tag byte of a slot says when the slot holds no inline weights.
const EMPTY: u8 = 0xff;
const LIST: u8 = 0xfe;
const FULL: u8 = 0xfd;

/// One slot of the table: the low 32 bits of a feature's key (its high bits chose the
/// slot) and either up to [`INLINE`] weights (tags, and values packed in `data`; an
/// unused weight is 0 for tag 0, which adds nothing), or a list's start and length, or
/// a row's index.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(16))]
struct Slot {
    check: u32,
    tags: [u8; INLINE],
    data: u64,
}

impl Slot {
    const EMPTY: Slot = Slot {
        check: 0,
        tags: [EMPTY, 0, 0, 0],
        data: 0,
    };
}

/// Slots per feature, at least: keeps probe sequences short.
const SLACK: f64 = 2.0;

/// The weights of every feature, by key.
#[derive(Debug, Clone)]
pub struct Weights {
    slots: Vec<Slot>,
    /// Weights of the features with a few more than fit a slot, as (value << 16) | tag.
    lists: Vec<u32>,
    /// Weights of the features with many, one full row each.
    rows: Vec<Row>,
}

impl Weights {
    /// An empty table for `features` features.
    pub fn with_capacity(features: usize) -> Weights {
        let size = ((features as f64 * SLACK) as usize).max(1);
        Weights {
            slots: vec![Slot::EMPTY; size],
            lists: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// Add a feature; there must be room for it (see [`Weights::with_capacity`]).
    pub fn insert(&mut self, f: &FeatureWeights) {
        let slot = self.slot_for(f);
        let size = self.slots.len();
        let mut i = self.home(f.key);
        while self.slots[i].tags[0] != EMPTY {
            i = if i + 1 == size { 0 } else { i + 1 };
        }
        self.slots[i] = slot;
    }

    fn slot_for(&mut self, f: &FeatureWeights) -> Slot {
        let mut slot = Slot {
            check: f.key as u32,
            tags: [0; INLINE],
            data: 0,
        };
        let n = f.weights.len();
        if n <= INLINE {
            for (i, w) in f.weights.iter().enumerate() {
                slot.tags[i] = w.tag as u8;
                slot.data |= (w.value as u16 as u64) << (16 * i);
            }
        } else if n <= DENSE_MIN {
            slot.tags[0] = LIST;
            slot.data = (self.lists.len() as u64) << 8 | n as u64;
            self.lists.extend(
                f.weights
                    .iter()
                    .map(|w| ((w.value as u16 as u32) << 16) | w.tag as u32),
            );
        } else {
            slot.tags[0] = FULL;
            slot.data = self.rows.len() as u64;
            self.rows.push(Row::of(&f.weights));
        }
        slot
    }

    /// Where the search for `key` starts: its high 32 bits scaled to the table's size.
    #[inline]
    fn home(&self, key: u64) -> usize {
        (((key >> 32) * self.slots.len() as u64) >> 32) as usize
    }

    /// Add the weights of the features with these keys (at most [`FEATURES`]) to
    /// `scores`.
    #[inline]
    pub fn add(&self, keys: &[u64], scores: &mut Row) {
        // Read every key's home slot first: the loads do not wait on each other, so
        // their cache misses overlap.
        let mut home = [Slot::EMPTY; FEATURES];
        for (h, &k) in home.iter_mut().zip(keys) {
            *h = self.slots[self.home(k)];
        }
        for (&k, &h) in keys.iter().zip(&home) {
            if let Some(slot) = self.find(k, h) {
                self.apply(&slot, scores);
            }
        }
    }

    /// The slot of `key`, given its home slot.
    #[inline]
    fn find(&self, key: u64, home: Slot) -> Option<Slot> {
        let check = key as u32;
        let mut slot = home;
        let mut i = self.home(key);
        loop {
            if slot.tags[0] == EMPTY {
                return None;
            }
            if slot.check == check {
                return Some(slot);
            }
            i += 1;
            if i == self.slots.len() {
                i = 0;
            }
            slot = self.slots[i];
        }
    }

    #[inline]
    fn apply(&self, slot: &Slot, scores: &mut Row) {
        match slot.tags[0] {
            LIST => {
                let start = (slot.data >> 8) as usize;
                let len = (slot.data & 0xff) as usize;
                for &w in &self.lists[start..start + len] {
                    scores.add_one(w as u8, (w >> 16) as i16);
                }
            }
            FULL => scores.add(&self.rows[slot.data as usize]),
            _ => {
                for (i, &t) in slot.tags.iter().enumerate() {
                    scores.add_one(t, (slot.data >> (16 * i)) as i16);
                }
            }
        }
    }
}
