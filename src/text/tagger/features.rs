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
pub const STATIC_FEATURES: usize = 26;

/// The first static features, which read the word alone (see [`WordInfo::word_keys`]).
pub const WORD_FEATURES: usize = 11;

/// Features that read the tags already given to the previous words.
pub const TAG_FEATURES: usize = 4;

/// The first tag features, which read the previous two tags alone (see
/// [`tag_pair_keys`]).
pub const TAG_PAIR_FEATURES: usize = 3;

/// Keys of the features that read the previous tag `prev` and the one before it alone,
/// whatever the word.
pub fn tag_pair_keys(prev: u8, prev2: u8) -> [u64; TAG_PAIR_FEATURES] {
    [
        key(Template::PrevTag, prev as u64),
        key(Template::Prev2Tag, prev2 as u64),
        key2(Template::PrevTags, prev as u64, prev2 as u64),
    ]
}

/// All features of one word.
pub const FEATURES: usize = STATIC_FEATURES + TAG_FEATURES;

const _: () = assert!(TAG_PAIR_FEATURES + 1 == TAG_FEATURES);

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

/// Spread a hash's bits so that its high and low halves both vary: the table indexes
/// with the high bits and checks the low ones.
#[inline]
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 32;
    h = h.wrapping_mul(0xd6e8_feb8_6659_fd93);
    h ^ (h >> 32)
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
    Prev2Word,
    NextWord,
    NextSuffix,
    Next2Word,
    PrevWordWord,
    WordNextWord,
    ShapeNextShape,
    PrevTag,
    Prev2Tag,
    PrevTags,
    PrevTagWord,
    NextClass,
    Next2Class,
    WordNextClass,
    NextClasses,
    ExactWord,
    ClassCase,
    /// The tag dictionary's key of a word.
    Dictionary,
    /// The lexicon's key of a word.
    Lexicon,
}

/// The tags a word takes in the training data, as a bit set by tag number: it tells a
/// word's likely tag before it is tagged ("lead" is a verb or a noun, "the" is not).
pub trait Lexicon {
    /// The tags of the word with this lexicon key, or 0 if the word is unknown.
    fn tags(&self, key: u64) -> u64;
}

/// A lexicon that knows no word.
pub struct NoLexicon;

impl Lexicon for NoLexicon {
    fn tags(&self, _: u64) -> u64 {
        0
    }
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

/// The flags that tell how a word is capitalised and where.
const CASE_FLAGS: u64 = flag::CAPITALISED | flag::ALL_CAPS | flag::FIRST;

/// What features read of one word, computed once when the word enters the window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// The normalised, lower-cased word.
    lower: u64,
    /// The normalised word with its case: the tag dictionary's key.
    exact: u64,
    suffix: [u64; MAX_AFFIX_CHARS],
    prefix: [u64; MAX_AFFIX_CHARS - 1],
    shape: u64,
    flags: u64,
    /// The word's tags in the lexicon.
    tags: u64,
}

/// Placeholder words before the start and after the end of a sentence.
const BEFORE: WordInfo = boundary(0x0053_5441_5254);
const AFTER: WordInfo = boundary(0x0045_4e44);

const fn boundary(v: u64) -> WordInfo {
    WordInfo {
        lower: v,
        exact: v,
        suffix: [v; MAX_AFFIX_CHARS],
        prefix: [v; MAX_AFFIX_CHARS - 1],
        shape: v,
        flags: 0,
        tags: v,
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

/// Zero bytes after a word in its buffer, so that any eight bytes from inside the word
/// can be read at once.
const PADDING: usize = 8;

/// A word written into fixed buffers, lower-cased and as written, zero after its end.
struct Buffers {
    lower: [u8; MAX_WORD_BYTES + PADDING],
    exact: [u8; MAX_WORD_BYTES + PADDING],
    len: usize,
}

/// The hash of `buf[a..b]`, the same as [`hash_bytes`] of it, reading eight bytes at a
/// time from the zero-padded buffer without copying.
#[inline]
fn hash_span(buf: &[u8; MAX_WORD_BYTES + PADDING], a: usize, b: usize) -> u64 {
    let mut h = (b - a) as u64;
    let mut i = a;
    while i < b {
        let chunk = u64::from_le_bytes(buf[i..i + 8].try_into().expect("eight bytes"));
        let n = b - i;
        let masked = if n >= 8 {
            chunk
        } else {
            chunk & ((1u64 << (8 * n)) - 1)
        };
        h = mix(h, masked);
        i += 8;
    }
    h
}

impl Buffers {
    fn new() -> Buffers {
        Buffers {
            lower: [0; MAX_WORD_BYTES + PADDING],
            exact: [0; MAX_WORD_BYTES + PADDING],
            len: 0,
        }
    }

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

/// What the characters of a word say about its spelling.
struct Spelling {
    shape: u64,
    last_class: u64,
    flags: u64,
    upper: usize,
    lower: usize,
}

impl Spelling {
    fn new() -> Spelling {
        Spelling {
            shape: 0,
            last_class: u64::MAX,
            flags: 0,
            upper: 0,
            lower: 0,
        }
    }

    /// The shape grows by a class only when it differs from the last ("Xx" for "Paris").
    #[inline]
    fn class(&mut self, class: u64) {
        if class != self.last_class {
            self.shape = mix(self.shape, class);
            self.last_class = class;
        }
    }

    fn flags(&self, first: bool) -> u64 {
        let mut flags = self.flags;
        if self.upper + self.lower > 0 {
            flags |= flag::LETTER;
        }
        if self.upper > 0 && self.lower == 0 {
            flags |= flag::ALL_CAPS;
        }
        if first {
            flags |= flag::FIRST;
        }
        flags
    }
}

impl Buffers {
    /// Read any word: normalise each character into the buffers while they have room.
    fn read(&mut self, word: &str, spelling: &mut Spelling) {
        let mut full = false;
        for (n, c) in word.chars().enumerate() {
            spelling.class(shape_class(c));
            if c.is_uppercase() {
                spelling.upper += 1;
                if n == 0 {
                    spelling.flags |= flag::CAPITALISED;
                }
            } else if c.is_alphabetic() {
                spelling.lower += 1;
            } else if c.is_numeric() {
                spelling.flags |= flag::DIGIT;
            } else if c == '-' || c == '\u{2010}' || c == '\u{2011}' {
                spelling.flags |= flag::HYPHEN;
            }
            if !full {
                full = match normalise_char(c) {
                    Normal::One(c) => !self.push(c),
                    Normal::Two(c) => !(self.push(c) && self.push(c)),
                    Normal::Three(c) => !(self.push(c) && self.push(c) && self.push(c)),
                };
            }
        }
    }

    /// Read an ASCII word, the common case, byte by byte; the same result as
    /// [`Buffers::read`].
    fn read_ascii(&mut self, word: &[u8], spelling: &mut Spelling) {
        for (n, &b) in word.iter().enumerate() {
            let (lower, exact, class) = match b {
                b'A'..=b'Z' => {
                    spelling.upper += 1;
                    if n == 0 {
                        spelling.flags |= flag::CAPITALISED;
                    }
                    (b | 0x20, b, b'X')
                }
                b'a'..=b'z' => {
                    spelling.lower += 1;
                    (b, b, b'x')
                }
                b'0'..=b'9' => {
                    spelling.flags |= flag::DIGIT;
                    (b'0', b'0', b'd')
                }
                b'-' => {
                    spelling.flags |= flag::HYPHEN;
                    (b, b, b)
                }
                b'`' => (b'\'', b'\'', b),
                _ => (b, b, b),
            };
            spelling.class(class as u64);
            if n < MAX_WORD_BYTES {
                self.lower[n] = lower;
                self.exact[n] = exact;
            }
        }
        self.len = word.len().min(MAX_WORD_BYTES);
    }
}

impl WordInfo {
    /// Read one word as it appears in the text.
    pub fn of(word: &str, first: bool, lexicon: &impl Lexicon) -> WordInfo {
        let mut buf = Buffers::new();
        let mut spelling = Spelling::new();
        if word.is_ascii() {
            buf.read_ascii(word.as_bytes(), &mut spelling);
        } else {
            buf.read(word, &mut spelling);
        }
        let mut info = WordInfo::from_buffers(&buf, &spelling, first);
        info.tags = lexicon.tags(info.lexicon_key());
        info
    }

    /// [`WordInfo::of`] without the ASCII shortcut and the lexicon: tests compare the two.
    #[cfg(test)]
    pub fn of_any_word(word: &str, first: bool) -> WordInfo {
        let mut buf = Buffers::new();
        let mut spelling = Spelling::new();
        buf.read(word, &mut spelling);
        WordInfo::from_buffers(&buf, &spelling, first)
    }

    fn from_buffers(buf: &Buffers, spelling: &Spelling, first: bool) -> WordInfo {
        let len = buf.len;
        let text = &buf.lower[..len];
        let ascii = text.is_ascii();
        let mut info = WordInfo {
            lower: hash_span(&buf.lower, 0, len),
            exact: hash_span(&buf.exact, 0, len),
            shape: spelling.shape,
            flags: spelling.flags(first),
            ..WordInfo::default()
        };
        for (n, s) in info.suffix.iter_mut().enumerate() {
            let start = if ascii {
                len.saturating_sub(n + 1)
            } else {
                suffix_start(text, n + 1)
            };
            *s = hash_span(&buf.lower, start, len);
        }
        for (n, p) in info.prefix.iter_mut().enumerate() {
            let end = if ascii {
                len.min(n + 1)
            } else {
                prefix_end(text, n + 1)
            };
            *p = hash_span(&buf.lower, 0, end);
        }
        info
    }

    /// The information of this word (read not first in its sentence) when it opens its
    /// sentence: only the flags differ.
    pub fn at_start(mut self) -> WordInfo {
        self.flags |= flag::FIRST;
        self
    }

    /// Keys of the features that read this word alone, whatever its place: the same
    /// for every occurrence of a spelling, so their weights can be added up in advance.
    pub fn word_keys(&self, out: &mut [u64]) {
        out[..WORD_FEATURES].copy_from_slice(&[
            key(Template::Bias, 0),
            key(Template::Word, self.lower),
            key(Template::Suffix1, self.suffix[0]),
            key(Template::Suffix2, self.suffix[1]),
            key(Template::Suffix3, self.suffix[2]),
            key(Template::Suffix4, self.suffix[3]),
            key(Template::Prefix1, self.prefix[0]),
            key(Template::Prefix2, self.prefix[1]),
            key(Template::Prefix3, self.prefix[2]),
            key(Template::Shape, self.shape),
            key(Template::ExactWord, self.exact),
        ]);
    }

    /// The key under which the lexicon holds this word.
    pub fn lexicon_key(&self) -> u64 {
        key(Template::Lexicon, self.lower)
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
    pub fn start<S: AsRef<str>>(&mut self, words: &[S], lexicon: &impl Lexicon) {
        self.start_with(words, |w, first| WordInfo::of(w, first, lexicon));
    }

    /// Move to word `i` (call for 0, 1, 2, ... in order): read word `i + 2`.
    pub fn advance<S: AsRef<str>>(&mut self, words: &[S], i: usize, lexicon: &impl Lexicon) {
        self.advance_with(words, i, |w, first| WordInfo::of(w, first, lexicon));
    }

    /// [`Window::start`] with words read by `read(word, first)`, which must give what
    /// [`WordInfo::of`] gives.
    pub fn start_with<S: AsRef<str>>(
        &mut self,
        words: &[S],
        mut read: impl FnMut(&str, bool) -> WordInfo,
    ) {
        for i in 0..2 {
            self.ring[i] = words.get(i).map_or(AFTER, |w| read(w.as_ref(), i == 0));
        }
    }

    /// [`Window::advance`] with words read by `read`, as for [`Window::start_with`].
    pub fn advance_with<S: AsRef<str>>(
        &mut self,
        words: &[S],
        i: usize,
        mut read: impl FnMut(&str, bool) -> WordInfo,
    ) {
        let ahead = i + 2;
        self.ring[ahead % RING] = words.get(ahead).map_or(AFTER, |w| read(w.as_ref(), false));
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

    /// Keys of the features of word `i` that do not depend on tags: first the
    /// [`WORD_FEATURES`] that read the word alone, then those that read its neighbours.
    pub fn static_keys(&self, i: usize, out: &mut [u64; FEATURES]) {
        self.at(i, 0).word_keys(&mut out[..WORD_FEATURES]);
        self.context_keys(i, out);
    }

    /// The static keys of word `i` after the [`WORD_FEATURES`]: those that read its
    /// neighbours or its place.
    pub fn context_keys(&self, i: usize, out: &mut [u64; FEATURES]) {
        let w = self.at(i, 0);
        let p = self.at(i, -1);
        let p2 = self.at(i, -2);
        let n = self.at(i, 1);
        let n2 = self.at(i, 2);
        let keys: [u64; STATIC_FEATURES - WORD_FEATURES] = [
            key(Template::Flags, w.flags),
            key(Template::PrevWord, p.lower),
            key(Template::PrevSuffix, p.suffix[2]),
            key(Template::Prev2Word, p2.lower),
            key(Template::NextWord, n.lower),
            key(Template::NextSuffix, n.suffix[2]),
            key(Template::Next2Word, n2.lower),
            key2(Template::PrevWordWord, p.lower, w.lower),
            key2(Template::WordNextWord, w.lower, n.lower),
            key2(Template::ShapeNextShape, w.shape, n.shape),
            key(Template::NextClass, n.tags),
            key(Template::Next2Class, n2.tags),
            key2(Template::WordNextClass, w.lower, n.tags),
            key2(Template::NextClasses, n.tags, n2.tags),
            key2(Template::ClassCase, w.tags, w.flags & CASE_FLAGS),
        ];
        out[WORD_FEATURES..STATIC_FEATURES].copy_from_slice(&keys);
    }

    /// Keys of the features of word `i` that read the previous two tags (or [`START`],
    /// [`START2`]).
    pub fn tag_keys(&self, i: usize, prev: u8, prev2: u8, out: &mut [u64; FEATURES]) {
        out[STATIC_FEATURES..STATIC_FEATURES + TAG_PAIR_FEATURES]
            .copy_from_slice(&tag_pair_keys(prev, prev2));
        out[FEATURES - 1] = self.tag_word_key(i, prev);
    }

    /// The key of the one tag feature of word `i` that also reads the word.
    pub fn tag_word_key(&self, i: usize, prev: u8) -> u64 {
        key2(Template::PrevTagWord, prev as u64, self.at(i, 0).lower)
    }
}
