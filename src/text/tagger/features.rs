//! Features of a word in its sentence, as 64-bit keys: each key hashes a template
//! number with the parts it looks at (the word, its suffix, the previous tag, ...).
//! Training and tagging both call [`Window::keys`], so they cannot disagree.
//!
//! Nothing here allocates: a word is normalised into a fixed buffer and hashed in
//! place, and the words around the current one live in a small ring.

use super::tags::Tag;

/// Bytes of a word that features read; the rest of a long word (a web address) is
/// ignored.
const MAX_WORD_BYTES: usize = 64;

/// The most characters of a word's ending or beginning that are features.
const MAX_AFFIX_CHARS: usize = 4;

/// Features of one word that are known before tagging it.
pub const STATIC_FEATURES: usize = 23;

/// Features that read the tags already given to the previous words.
pub const TAG_FEATURES: usize = 4;

/// All features of one word.
pub const FEATURES: usize = STATIC_FEATURES + TAG_FEATURES;

/// The previous tag before the first word of a sentence, as a number beyond every tag.
pub const START: u8 = Tag::COUNT as u8;

/// The tag before that.
pub const START2: u8 = Tag::COUNT as u8 + 1;

/// Multiplier of the word hash (the constant of FxHash).
const K: u64 = 0x517c_c1b7_2722_0a95;

/// Fold one 64-bit value into a running hash.
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Spread a hash's bits so that its high and low halves both vary (MurmurHash3's
/// finaliser): the table indexes with the high bits and checks the low ones.
#[inline]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Hash a byte string eight bytes at a time.
#[inline]
pub fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in chunks.by_ref() {
        h = mix(h, u64::from_le_bytes(c.try_into().expect("eight bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(last));
    }
    h
}

/// The feature templates; a template's number goes into each key it makes.
#[derive(Clone, Copy)]
#[repr(u64)]
enum Template {
    Bias = 1,
    Word,
    Suffix1,
    Suffix2,
    Suffix3,
    Suffix4,
    Prefix1,
    Prefix2,
    Prefix3,
    Shape,
    Flags,
    PrevWord,
    PrevSuffix,
    PrevShape,
    Prev2Word,
    NextWord,
    NextSuffix,
    NextShape,
    Next2Word,
    PrevWordWord,
    WordNextWord,
    PrevShapeShape,
    ShapeNextShape,
    PrevTag,
    Prev2Tag,
    PrevTags,
    PrevTagWord,
    /// The tag dictionary's key of a word.
    Dictionary,
}

#[inline]
fn key(t: Template, a: u64) -> u64 {
    finish(mix(t as u64, a))
}

#[inline]
fn key2(t: Template, a: u64, b: u64) -> u64 {
    finish(mix(mix(t as u64, a), b))
}

/// Bit flags of a word's spelling.
mod flag {
    pub const CAPITALISED: u64 = 1;
    pub const ALL_CAPS: u64 = 2;
    pub const DIGIT: u64 = 4;
    pub const HYPHEN: u64 = 8;
    pub const LETTER: u64 = 16;
    /// The word opens its sentence: a capital there says little.
    pub const FIRST: u64 = 32;
}

/// What features read of one word, computed once when the word enters the window.
#[derive(Clone, Copy, Default)]
pub struct WordInfo {
    /// The normalised, lower-cased word.
    lower: u64,
    /// The normalised word with its case: the tag dictionary's key.
    exact: u64,
    suffix: [u64; MAX_AFFIX_CHARS],
    prefix: [u64; MAX_AFFIX_CHARS - 1],
    shape: u64,
    flags: u64,
}

/// Placeholder words before the start and after the end of a sentence.
const BEFORE: WordInfo = boundary(0x5354_4152_54);
const AFTER: WordInfo = boundary(0x454e_44);

const fn boundary(v: u64) -> WordInfo {
    WordInfo {
        lower: v,
        exact: v,
        suffix: [v; MAX_AFFIX_CHARS],
        prefix: [v; MAX_AFFIX_CHARS - 1],
        shape: v,
        flags: 0,
    }
}

/// One character as features see it: quotes, dashes and digits of every script look
/// alike ("“" is '"', "—" is "--", "1998" is "0000").
enum Normal {
    One(char),
    Two(char),
    Three(char),
}

fn normalise_char(c: char) -> Normal {
    match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' | '\u{2033}' => {
            Normal::One('"')
        }
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '`' | '\u{2032}' | '\u{b4}' => {
            Normal::One('\'')
        }
        '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => Normal::Two('-'),
        '\u{2010}' | '\u{2011}' => Normal::One('-'),
        '\u{2026}' => Normal::Three('.'),
        '\u{a0}' => Normal::One(' '),
        c if c.is_ascii_digit() => Normal::One('0'),
        c if c.is_numeric() => Normal::One('0'),
        c => Normal::One(c),
    }
}

/// The class of a character in a word's shape: "Xx" for "Paris", "d" for "1998".
fn shape_class(c: char) -> u64 {
    if c.is_uppercase() {
        b'X' as u64
    } else if c.is_alphabetic() {
        b'x' as u64
    } else if c.is_numeric() {
        b'd' as u64
    } else {
        c as u64
    }
}

/// A word written into fixed buffers, lower-cased and as written.
struct Buffers {
    lower: [u8; MAX_WORD_BYTES],
    exact: [u8; MAX_WORD_BYTES],
    len: usize,
}

impl Buffers {
    /// Append a character to both buffers; false once they are full.
    fn push(&mut self, c: char) -> bool {
        let mut tmp = [0u8; 4];
        let mut lower = c;
        if c.is_uppercase() {
            // The first character of the lower case suffices for features ("İ").
            lower = c.to_lowercase().next().unwrap_or(c);
        }
        let lb = lower.encode_utf8(&mut tmp).len();
        let eb = c.len_utf8();
        if lb != eb || self.len + eb > MAX_WORD_BYTES {
            // Keep both buffers the same length: a case change that alters the byte
            // length keeps the character as written.
            if self.len + eb > MAX_WORD_BYTES {
                return false;
            }
            c.encode_utf8(&mut self.lower[self.len..]);
        } else {
            self.lower[self.len..self.len + lb].copy_from_slice(&tmp[..lb]);
        }
        c.encode_utf8(&mut self.exact[self.len..]);
        self.len += eb;
        true
    }
}

/// The start of the last `n` characters of `b` (UTF-8), or 0.
fn suffix_start(b: &[u8], n: usize) -> usize {
    let mut i = b.len();
    let mut chars = 0;
    while i > 0 && chars < n {
        i -= 1;
        if b[i] & 0xc0 != 0x80 {
            chars += 1;
        }
    }
    i
}

/// The end of the first `n` characters of `b` (UTF-8), or its length.
fn prefix_end(b: &[u8], n: usize) -> usize {
    let mut chars = 0;
    for (i, &byte) in b.iter().enumerate() {
        if byte & 0xc0 != 0x80 {
            if chars == n {
                return i;
            }
            chars += 1;
        }
    }
    b.len()
}

impl WordInfo {
    /// Read one word as it appears in the text.
    pub fn of(word: &str, first: bool) -> WordInfo {
        let mut buf = Buffers {
            lower: [0; MAX_WORD_BYTES],
            exact: [0; MAX_WORD_BYTES],
            len: 0,
        };
        let mut shape = 0u64;
        let mut last_class = u64::MAX;
        let mut flags = 0;
        let mut upper = 0usize;
        let mut lower = 0usize;
        for (n, c) in word.chars().enumerate() {
            let class = shape_class(c);
            if class != last_class {
                shape = mix(shape, class);
                last_class = class;
            }
            if c.is_uppercase() {
                upper += 1;
                if n == 0 {
                    flags |= flag::CAPITALISED;
                }
            } else if c.is_alphabetic() {
                lower += 1;
            } else if c.is_numeric() {
                flags |= flag::DIGIT;
            } else if c == '-' || c == '\u{2010}' || c == '\u{2011}' {
                flags |= flag::HYPHEN;
            }
            let full = match normalise_char(c) {
                Normal::One(c) => !buf.push(c),
                Normal::Two(c) => !(buf.push(c) && buf.push(c)),
                Normal::Three(c) => !(buf.push(c) && buf.push(c) && buf.push(c)),
            };
            if full {
                break;
            }
        }
        if upper + lower > 0 {
            flags |= flag::LETTER;
        }
        if upper > 0 && lower == 0 {
            flags |= flag::ALL_CAPS;
        }
        if first {
            flags |= flag::FIRST;
        }
        let text = &buf.lower[..buf.len];
        let mut info = WordInfo {
            lower: hash_bytes(text),
            exact: hash_bytes(&buf.exact[..buf.len]),
            shape,
            flags,
            ..WordInfo::default()
        };
        for (n, s) in info.suffix.iter_mut().enumerate() {
            *s = hash_bytes(&text[suffix_start(text, n + 1)..]);
        }
        for (n, p) in info.prefix.iter_mut().enumerate() {
            *p = hash_bytes(&text[..prefix_end(text, n + 1)]);
        }
        info
    }

    /// The key under which the tag dictionary holds this word.
    pub fn dictionary_key(&self) -> u64 {
        key(Template::Dictionary, self.exact)
    }
}

/// Words around the current one: two before, two after.
const RING: usize = 8;

/// A sliding window over a sentence's words that reads each word once.
pub struct Window {
    ring: [WordInfo; RING],
}

impl Default for Window {
    fn default() -> Self {
        Window {
            ring: [BEFORE; RING],
        }
    }
}

impl Window {
    /// Start on a sentence: read its first two words.
    pub fn start<S: AsRef<str>>(&mut self, words: &[S]) {
        for i in 0..2 {
            self.ring[i] = words
                .get(i)
                .map_or(AFTER, |w| WordInfo::of(w.as_ref(), i == 0));
        }
    }

    /// Move to word `i` (call for 0, 1, 2, ... in order): read word `i + 2`.
    pub fn advance<S: AsRef<str>>(&mut self, words: &[S], i: usize) {
        let ahead = i + 2;
        self.ring[ahead % RING] = words
            .get(ahead)
            .map_or(AFTER, |w| WordInfo::of(w.as_ref(), false));
    }

    fn at(&self, i: usize, offset: isize) -> &WordInfo {
        match i.checked_add_signed(offset) {
            Some(j) => &self.ring[j % RING],
            None => &BEFORE,
        }
    }

    /// The current word's information.
    pub fn word(&self, i: usize) -> &WordInfo {
        self.at(i, 0)
    }

    /// Keys of the features of word `i` that do not depend on tags.
    pub fn static_keys(&self, i: usize, out: &mut [u64]) {
        let w = self.at(i, 0);
        let p = self.at(i, -1);
        let p2 = self.at(i, -2);
        let n = self.at(i, 1);
        let n2 = self.at(i, 2);
        let keys: [u64; STATIC_FEATURES] = [
            key(Template::Bias, 0),
            key(Template::Word, w.lower),
            key(Template::Suffix1, w.suffix[0]),
            key(Template::Suffix2, w.suffix[1]),
            key(Template::Suffix3, w.suffix[2]),
            key(Template::Suffix4, w.suffix[3]),
            key(Template::Prefix1, w.prefix[0]),
            key(Template::Prefix2, w.prefix[1]),
            key(Template::Prefix3, w.prefix[2]),
            key(Template::Shape, w.shape),
            key(Template::Flags, w.flags),
            key(Template::PrevWord, p.lower),
            key(Template::PrevSuffix, p.suffix[2]),
            key(Template::PrevShape, p.shape),
            key(Template::Prev2Word, p2.lower),
            key(Template::NextWord, n.lower),
            key(Template::NextSuffix, n.suffix[2]),
            key(Template::NextShape, n.shape),
            key(Template::Next2Word, n2.lower),
            key2(Template::PrevWordWord, p.lower, w.lower),
            key2(Template::WordNextWord, w.lower, n.lower),
            key2(Template::PrevShapeShape, p.shape, w.shape),
            key2(Template::ShapeNextShape, w.shape, n.shape),
        ];
        out[..STATIC_FEATURES].copy_from_slice(&keys);
    }

    /// Keys of the features of word `i` that read the previous two tags (or [`START`],
    /// [`START2`]).
    pub fn tag_keys(&self, i: usize, prev: u8, prev2: u8, out: &mut [u64]) {
        let w = self.at(i, 0);
        out[..TAG_FEATURES].copy_from_slice(&[
            key(Template::PrevTag, prev as u64),
            key(Template::Prev2Tag, prev2 as u64),
            key2(Template::PrevTags, prev as u64, prev2 as u64),
            key2(Template::PrevTagWord, prev as u64, w.lower),
        ]);
    }
}
