//! The text layer: sentences and tokens with byte offsets into the untouched original,
//! and the page furniture (captions, link lines, datelines) that is not article prose.
//!
//! Lines are paragraphs (news copy puts one paragraph per line); a line break always
//! ends a sentence. Inside a line, sentences end at `.`, `?` or `!` (with any closing
//! quotes or brackets) before a capitalised word, unless the period belongs to an
//! abbreviation ("Mr.", "Sept.", "U.S.") or an initial ("George W. Bush").

mod furniture;
pub mod tagger;
pub mod vocabulary;

pub use vocabulary::{TextWords, Vocabulary};

use crate::model::Span;
use std::ops::Range;

pub use furniture::{classify_line, is_all_caps, LineClass};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or dots ("el-Sisi", "U.S.").
    Word,
    /// Digits, possibly with separators ("2013-2014", "1.5").
    Number,
    /// Anything else: punctuation, quotes, dashes, symbols, and a possessive "'s".
    Punct,
}

/// One token of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// One sentence of article prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Position among the document's prose sentences (0-based).
    pub index: usize,
    /// Byte span in the original text.
    pub span: Span,
    /// The sentence's tokens, as a range into [`Segmented::tokens`].
    pub tokens: Range<usize>,
    /// A headline, title or ALL-CAPS line: its capitals are no evidence of names, and it
    /// states no relations.
    pub headline: bool,
    /// Index of the paragraph (line) the sentence belongs to.
    pub paragraph: usize,
}

/// What kind of non-prose line was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Photo caption or image file name.
    Caption,
    /// "Story highlights" and similar section labels.
    Label,
    /// Video duration and source ("01:51 - Source: CNN").
    Video,
    /// "RELATED:" / "OPINION:" link lines.
    Link,
    /// "Washington CNN —".
    Dateline,
}

/// A segmented document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// All tokens of all prose sentences, in text order.
    pub tokens: Vec<Token>,
    /// Prose sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Lines recognised as page furniture and left out of the sentences.
    pub skipped: Vec<(Span, Furniture)>,
    /// The place named by a dateline, if any.
    pub dateline: Option<String>,
    /// Byte span of the dateline's place when it lies inside a prose sentence
    /// ("SALVADOR, Feb 26 - ...").
    pub dateline_span: Option<Span>,
}

impl Segmented {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }
}

/// Longest sentence, in tokens; longer runs are cut so pathological input stays linear.
pub const MAX_SENTENCE_TOKENS: usize = 1000;

/// Split a document into prose sentences and tokens, skipping page furniture, with the
/// embedded vocabulary.
pub fn segment(text: &str) -> Segmented {
    segment_with(text, Vocabulary::embedded())
}

/// Split a document into prose sentences and tokens, skipping page furniture; `words`
/// says where sentences end and which lines are furniture.
pub fn segment_with(text: &str, words: &Vocabulary) -> Segmented {
    let mut out = Segmented::default();
    let mut line_start = 0;
    let mut first_prose = true;
    let mut paragraph = 0;
    let mut scratch = Vec::new();
    for line in text.split_inclusive('\n') {
        let start_of_line = line_start;
        line_start += line.len();
        let body = line.trim_end();
        let trimmed = body.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        let start = start_of_line + (body.len() - trimmed.len());
        let end = start_of_line + body.len();
        let class = classify_line(trimmed, first_prose, words);
        let (mut span, headline) = match class {
            LineClass::Skip(f, place) => {
                out.skipped.push((Span::new(start, end), f));
                if let Some(p) = place {
                    out.dateline.get_or_insert(p);
                }
                continue;
            }
            LineClass::Prose => (Span::new(start, end), false),
            LineClass::Headline => (Span::new(start, end), true),
            LineClass::DatelinePrefix { place, prefix_len } => {
                out.dateline.get_or_insert(place);
                (Span::new(start + prefix_len, end), false)
            }
            LineClass::InlineDateline { place, place_len } => {
                if out.dateline.is_none() {
                    out.dateline = Some(place);
                    out.dateline_span = Some(Span::new(start, start + place_len));
                }
                (Span::new(start, end), false)
            }
            LineClass::DatelineLine { place } => {
                out.dateline.get_or_insert(place);
                (Span::new(start, end), true)
            }
        };
        // Skip whitespace left after a removed prefix.
        while span.start < span.end && text[span.start..].starts_with(char::is_whitespace) {
            span.start += text[span.start..].chars().next().map_or(1, char::len_utf8);
        }
        if span.is_empty() {
            continue;
        }
        // A saved page's address above its headline ("http://example.com/jane-doe")
        // leaves the headline first.
        if !headline && !is_web_address_line(trimmed) {
            first_prose = false;
        }
        scratch.clear();
        tokenize(text, span, &mut scratch);
        let para = Paragraph {
            text,
            toks: &scratch,
            words,
        };
        para.split_sentences(headline, paragraph, &mut out);
        paragraph += 1;
    }
    out
}

/// A line that is a web address.
fn is_web_address_line(line: &str) -> bool {
    let starts = |p: &str| {
        line.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts("http") || starts("www.")
}

/// One paragraph's tokens, read for where its sentences end.
struct Paragraph<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: &'a Vocabulary,
}

impl Paragraph<'_> {
    /// Cut the tokens into sentences and append them to `out`.
    fn split_sentences(&self, headline: bool, paragraph: usize, out: &mut Segmented) {
        let toks = self.toks;
        let mut begin = 0;
        let mut i = 0;
        while i < toks.len() {
            let mut end = None;
            if i + 1 - begin >= MAX_SENTENCE_TOKENS {
                end = Some(i + 1);
            } else if self.is_sentence_end(i) {
                // Take closing quotes and brackets along.
                let mut j = i + 1;
                while j < toks.len()
                    && toks[j].span.start == toks[j - 1].span.end
                    && is_closer(self.word(j))
                {
                    j += 1;
                }
                if j >= toks.len() || self.starts_sentence(i, j) {
                    end = Some(j);
                }
            }
            if let Some(e) = end {
                push_sentence(toks, begin, e, headline, paragraph, out);
                begin = e;
                i = e;
            } else {
                i += 1;
            }
        }
        if begin < toks.len() {
            push_sentence(toks, begin, toks.len(), headline, paragraph, out);
        }
    }

    /// The text of token `i`.
    fn word(&self, i: usize) -> &str {
        tok_str(self.text, &self.toks[i])
    }

    /// Does token `i` end a sentence, judged by itself and what precedes it?
    fn is_sentence_end(&self, i: usize) -> bool {
        let toks = self.toks;
        let s = self.word(i);
        match s {
            "?" | "!" | "\u{2026}" => true,
            "." => {
                if i == 0 {
                    return false;
                }
                let prev = &toks[i - 1];
                if prev.kind != TokenKind::Word {
                    return true;
                }
                let p = self.word(i - 1);
                if prev.span.end != toks[i].span.start {
                    return !self.is_spaced_abbreviation(i, p);
                }
                if self.words.abbreviations.contains(p) {
                    return false;
                }
                if self.words.final_abbreviations.contains(p) {
                    return self.next_is_starter(i + 1);
                }
                true
            }
            _ if toks[i].kind == TokenKind::Word && s.ends_with('.') => {
                // An initial ("W.") never ends a sentence; "U.S." does before a sentence
                // starter.
                s.chars().count() > 2 && self.next_is_starter(i + 1)
            }
            _ => false,
        }
    }

    /// In text split into tokens by spaces ("George W . Bush", "Dr . Regina Benjamin"),
    /// a period after an initial or a title's abbreviation, before a capitalised word
    /// that is no sentence starter, ends no sentence.
    fn is_spaced_abbreviation(&self, i: usize, prev: &str) -> bool {
        let mut letters = prev.chars();
        let initial = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
        let abbreviation = self.words.abbreviations.contains(prev);
        let next_cap = i + 1 < self.toks.len() && self.word(i + 1).starts_with(char::is_uppercase);
        (initial || abbreviation) && next_cap && !self.next_is_starter(i + 1)
    }

    fn next_is_starter(&self, j: usize) -> bool {
        j < self.toks.len() && self.words.sentence_starters.contains(self.word(j))
    }

    /// Can a sentence start at token `j` (after an end at `i`)?
    fn starts_sentence(&self, i: usize, j: usize) -> bool {
        let c = self.word(j).chars().next().unwrap_or(' ');
        if c.is_uppercase() || c.is_ascii_digit() {
            return true;
        }
        if matches!(
            c,
            '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[' | '-' | '\u{2014}'
        ) {
            return true;
        }
        // "?" and "!" end sentences before anything but a lowercase continuation.
        self.word(i) != "." && !c.is_lowercase()
    }
}

fn push_sentence(
    toks: &[Token],
    a: usize,
    b: usize,
    headline: bool,
    paragraph: usize,
    out: &mut Segmented,
) {
    let first = out.tokens.len();
    out.tokens.extend_from_slice(&toks[a..b]);
    out.sentences.push(Sentence {
        index: out.sentences.len(),
        span: Span::new(toks[a].span.start, toks[b - 1].span.end),
        tokens: first..out.tokens.len(),
        headline,
        paragraph,
    });
}

fn tok_str<'t>(text: &'t str, t: &Token) -> &'t str {
    &text[t.span.start..t.span.end]
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "\"" | "\u{201d}" | "\u{2019}" | "'" | ")" | "]" | "\u{bb}"
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Whether the byte at `i` has a capital letter right before and right after it.
fn capitals_around(b: &[u8], i: usize) -> bool {
    i > 0 && b[i - 1].is_ascii_uppercase() && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
}

/// Append the tokens of `span` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let mut i = 0;
    let push = |out: &mut Vec<Token>, a: usize, e: usize, kind| {
        out.push(Token {
            span: Span::new(span.start + a, span.start + e),
            kind,
        })
    };
    while i < s.len() {
        let c = match b[i] {
            a if a.is_ascii() => a as char,
            _ => s[i..].chars().next().expect("in bounds"),
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            // A dotted abbreviation or initial: "U.S.", "D.C.", "W.".
            if let Some(e) = dotted(s, i) {
                push(out, start, e, TokenKind::Word);
                i = e;
                continue;
            }
            i = scan_alnum(s, i);
            while let Some(&next) = b.get(i) {
                // "AT&T", "M&S": an ampersand between capitals joins one name.
                if next == b'&' && capitals_around(b, i) {
                    i = scan_alnum(s, i + 1);
                    continue;
                }
                // Most words end at a space or a punctuation mark that joins nothing.
                if next.is_ascii() && next != b'-' && next != b'\'' {
                    break;
                }
                let d = s[i..].chars().next().expect("in bounds");
                let after = i + d.len_utf8();
                let next_alnum = s[after..].chars().next().is_some_and(char::is_alphanumeric);
                if is_hyphen(d) && next_alnum {
                    i = scan_alnum(s, after);
                } else if is_apostrophe(d) && next_alnum {
                    // Split a possessive "'s" off; keep "O'Brien" and "isn't" whole.
                    let rest = scan_alnum(s, after);
                    if &s[after..rest] == "s" || &s[after..rest] == "S" {
                        break;
                    }
                    i = rest;
                } else {
                    break;
                }
            }
            push(out, start, i, TokenKind::Word);
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            i = scan_alnum(s, i);
            while i + 1 < s.len()
                && matches!(b[i], b'.' | b',' | b':' | b'-' | b'/')
                && b[i + 1].is_ascii_digit()
            {
                i = scan_alnum(s, i + 1);
            }
            push(out, start, i, TokenKind::Number);
            continue;
        }
        if is_apostrophe(c) {
            // "'s" possessive as one token.
            let after = i + cl;
            if s[after..].starts_with(['s', 'S'])
                && !s[after + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
                && i > 0
                && s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                push(out, i, after + 1, TokenKind::Punct);
                i = after + 1;
                continue;
            }
        }
        push(out, i, i + cl, TokenKind::Punct);
        i += cl;
    }
}

/// Whether each byte is an ASCII letter or digit: one load per byte of every word.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

fn scan_alnum(s: &str, i: usize) -> usize {
    // ASCII letters and digits byte by byte, the common case; then characters.
    let b = s.as_bytes();
    let mut i = i;
    while i < b.len() && ASCII_ALNUM[b[i] as usize] {
        i += 1;
    }
    if i == b.len() || b[i].is_ascii() {
        return i;
    }
    for (j, c) in s[i..].char_indices() {
        if !c.is_alphanumeric() {
            return i + j;
        }
    }
    s.len()
}

/// The end of a dotted abbreviation starting at `i` ("U.S.", "W."), if there is one.
fn dotted(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut j = i;
    let mut letters = 0;
    loop {
        let c = s[j..].chars().next()?;
        if !c.is_alphabetic() {
            break;
        }
        let after = j + c.len_utf8();
        if b.get(after) != Some(&b'.') {
            break;
        }
        // The letter must stand alone: the previous pattern step or the token start.
        letters += 1;
        j = after + 1;
        if !s[j..].chars().next().is_some_and(char::is_alphabetic) {
            break;
        }
        // Next char is a letter: continue only if it is itself followed by a dot.
        let n = s[j..].chars().next()?;
        if b.get(j + n.len_utf8()) != Some(&b'.') {
            // "U.Sx" is not an abbreviation; neither is a letter glued to a word.
            if letters == 1 {
                return None;
            }
            return Some(j);
        }
    }
    if letters == 0 {
        return None;
    }
    // A lone "A." is an initial only when upper case.
    if letters == 1 && !s[i..].starts_with(char::is_uppercase) {
        return None;
    }
    Some(j)
}

#[cfg(test)]
mod tests;
