//! A small per-thread cache of what the tagger reads of a word alone: its
//! [`WordInfo`] and the added-up weights of its [`WORD_FEATURES`]. News repeats its
//! words ("Blair", "minister", "said"), so most words are read once per thread, not once
//! per occurrence. A hit gives exactly what reading the word again would: the entry
//! holds the word's bytes and is compared whole, and weights add up alike in any order.

use super::features::{hash_bytes, WordInfo};
use super::weights::Row;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Entries per thread: some 4,000 distinct words cover most of a run of news articles,
/// at 256 bytes an entry.
const ENTRIES: usize = 1 << ENTRY_BITS;
const ENTRY_BITS: u32 = 12;

/// The longest word cached, in bytes; longer ones are read every time.
const MAX_CACHED_BYTES: usize = 23;

/// One cached word.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Entry {
    /// The word's feature weights that read it alone, once `has_row`.
    row: Row,
    /// The word read not first in its sentence.
    info: WordInfo,
    has_row: bool,
    /// Length of `text`, or [`EMPTY`] for a free entry.
    len: u8,
    text: [u8; MAX_CACHED_BYTES],
}

/// The length of a free entry: no word is this long.
const EMPTY: u8 = u8::MAX;

/// A cache slot of a word, or none for a word too long to cache.
pub type Slot = Option<usize>;

/// The cached words of one thread, for one tagger.
pub struct WordCache {
    /// The [`TaggerId`] the entries were read by: another tagger's words have other
    /// weights and lexicon tags.
    tagger: u64,
    entries: Vec<Entry>,
}

/// Numbers each tagger built, so that a cache knows whose words it holds.
pub fn next_tagger_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

thread_local! {
    static CACHE: RefCell<WordCache> = const {
        RefCell::new(WordCache {
            tagger: 0,
            entries: Vec::new(),
        })
    };
}

impl WordCache {
    /// Run `f` with this thread's cache, emptied first if another tagger filled it.
    pub fn with<R>(tagger: u64, f: impl FnOnce(&mut WordCache) -> R) -> R {
        CACHE.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.tagger != tagger || cache.entries.is_empty() {
                cache.tagger = tagger;
                cache.entries.clear();
                cache.entries.resize(
                    ENTRIES,
                    Entry {
                        row: Row::ZERO,
                        info: WordInfo::default(),
                        has_row: false,
                        len: EMPTY,
                        text: [0; MAX_CACHED_BYTES],
                    },
                );
            }
            f(&mut cache)
        })
    }

    /// The slot of `word`, if it is short enough to cache.
    #[inline]
    pub fn slot(word: &str) -> Slot {
        let b = word.as_bytes();
        // The hash's high bits: its last step is a multiplication, whose low bits
        // depend on the low bits of the word alone.
        (b.len() <= MAX_CACHED_BYTES).then(|| (hash_bytes(b) >> (64 - ENTRY_BITS)) as usize)
    }

    /// The entry at `slot` if it holds `word`.
    #[inline]
    fn holding(&self, slot: Slot, word: &str) -> Option<&Entry> {
        let e = &self.entries[slot?];
        (e.len as usize == word.len() && &e.text[..word.len()] == word.as_bytes()).then_some(e)
    }

    /// The information of `word` (read not first in its sentence), from the cache or
    /// from `read`, which then fills the slot.
    #[inline]
    pub fn info(&mut self, slot: Slot, word: &str, read: impl FnOnce() -> WordInfo) -> WordInfo {
        if let Some(e) = self.holding(slot, word) {
            return e.info;
        }
        let info = read();
        if let Some(s) = slot {
            let e = &mut self.entries[s];
            e.info = info;
            e.has_row = false;
            e.len = word.len() as u8;
            e.text[..word.len()].copy_from_slice(word.as_bytes());
        }
        info
    }

    /// The added-up weights of the features of `word` alone, if cached.
    #[inline]
    pub fn row(&self, slot: Slot, word: &str) -> Option<&Row> {
        self.holding(slot, word)
            .filter(|e| e.has_row)
            .map(|e| &e.row)
    }

    /// Keep the added-up weights of `word`, if its slot still holds it.
    #[inline]
    pub fn set_row(&mut self, slot: Slot, word: &str, row: &Row) {
        if self.holding(slot, word).is_some() {
            let e = &mut self.entries[slot.expect("held above")];
            e.row = *row;
            e.has_row = true;
        }
    }
}
