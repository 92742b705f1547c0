//! A small per-thread memo of the words the layer reads: a word as written → its
//! lower-case form and vocabulary id. News repeats its words ("said", "the", "Blair"),
//! so most words are normalised and looked up once per thread, not once per occurrence.
//! A hit gives exactly what reading the word again would: an entry holds the word's
//! bytes and is compared whole, and the memo holds the ids of one generation of one
//! vocabulary (see [`Vocab::generation`]).

use super::normalise;
use crate::extract::pattern::{Sym, Vocab};
use compact_str::CompactString;
use rustc_hash::FxHasher;
use std::cell::RefCell;
use std::hash::Hasher;

/// Entries per thread: some 4,000 distinct words cover most of a run of news articles,
/// at 56 bytes an entry.
const ENTRIES: usize = 1 << ENTRY_BITS;
const ENTRY_BITS: u32 = 12;

/// The longest word kept, in bytes; longer ones are read every time.
const MAX_BYTES: usize = 22;

/// What `len` holds in a free entry.
const EMPTY: u8 = u8::MAX;

/// One word read.
#[derive(Clone)]
struct Entry {
    /// Length of `text`, or [`EMPTY`].
    len: u8,
    text: [u8; MAX_BYTES],
    lower: CompactString,
    sym: Sym,
}

/// The words read on this thread.
pub struct WordMemo {
    /// The [`Vocab::generation`] the ids are of.
    generation: u64,
    entries: Vec<Entry>,
}

thread_local! {
    static MEMO: RefCell<WordMemo> = const {
        RefCell::new(WordMemo {
            generation: 0,
            entries: Vec::new(),
        })
    };
}

impl WordMemo {
    /// Run `f` with this thread's memo for the words of `vocab`, emptied first if it
    /// held another vocabulary's.
    pub fn with<R>(vocab: &Vocab, f: impl FnOnce(&mut WordMemo) -> R) -> R {
        MEMO.with(|m| {
            let mut memo = m.borrow_mut();
            if memo.generation != vocab.generation() || memo.entries.is_empty() {
                memo.generation = vocab.generation();
                memo.entries.clear();
                let free = Entry {
                    len: EMPTY,
                    text: [0; MAX_BYTES],
                    lower: CompactString::default(),
                    sym: Sym::NONE,
                };
                memo.entries.resize(ENTRIES, free);
            }
            f(&mut memo)
        })
    }

    /// The lower-case form of `word` ([`normalise`]) and its id in `vocab`, which must
    /// be the vocabulary the memo was opened for.
    #[inline]
    pub fn read(&mut self, word: &str, vocab: &Vocab) -> (CompactString, Sym) {
        debug_assert_eq!(self.generation, vocab.generation());
        let read = || {
            let lower = normalise(word);
            let sym = vocab.id(&lower);
            (lower, sym)
        };
        let b = word.as_bytes();
        if b.len() > MAX_BYTES {
            return read();
        }
        let mut hasher = FxHasher::default();
        hasher.write(b);
        let slot = (hasher.finish() >> (64 - ENTRY_BITS)) as usize;
        let e = &mut self.entries[slot];
        if usize::from(e.len) == b.len() && &e.text[..b.len()] == b {
            return (e.lower.clone(), e.sym);
        }
        let (lower, sym) = read();
        e.len = b.len() as u8;
        e.text[..b.len()].copy_from_slice(b);
        e.lower = lower.clone();
        e.sym = sym;
        (lower, sym)
    }
}
