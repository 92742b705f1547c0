//! The sentence layer: each sentence read once into words (lower case, vocabulary id,
//! part of speech), then viewed with its entity slots and title chains folded, chunked
//! into noun phrases, verb groups and prepositions, and read into clauses. Mentions,
//! relations, meetings and dates are peer readers of it.

pub mod actor;
pub mod chunk;
pub mod clause;
mod memo;
pub mod titles;
pub mod view;

pub use titles::Folded;

use super::pattern::{Sym, SyntaxWords, Vocab};
use super::rules::RuleSet;
use super::Context;
use crate::model::Span;
use crate::text::tagger::{Tag, Tagger};
use crate::text::{Segmented, Token, TokenKind};
use compact_str::CompactString;
use memo::WordMemo;

/// Sentences longer than this many tokens are not prose (a run-on dump or a list);
/// they get no words, so no pattern reads them, which keeps reading linear in the text.
pub const MAX_TOKENS: usize = 400;

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte span in the document.
    pub span: Span,
    /// Normalised lower-case text: "'s", "not" for "n't", "will" for "'ll"; short words
    /// stay inline, so a word allocates no string.
    pub lower: CompactString,
    /// The word's id in the rules' vocabulary ([`Sym::NONE`] for words no rule names).
    pub sym: Sym,
    /// Part of speech.
    pub tag: Tag,
}

/// A relation or a meeting takes two entities of one sentence: a sentence with fewer
/// mentions is read into words for patterns, but neither tagged nor given structure.
pub const MIN_SLOTS_FOR_STRUCTURE: usize = 2;

/// How much of a sentence the layer reads, by what its readers can find in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// No words: a sentence naming no entity states nothing a reader keeps.
    Skip,
    /// Words without tags, for patterns.
    Words,
    /// Tagged words, for chunks and clauses.
    Tagged,
}

/// The words of every sentence of a document, in order; a sentence over [`MAX_TOKENS`]
/// has none.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    /// Per sentence, its words.
    pub sentences: Vec<Vec<Word>>,
}

impl Layer {
    /// Read every sentence of `seg` into words: contractions split, hyphenated words in
    /// parts, each word given its vocabulary id, and tagged when `depth(sentence)` says
    /// its structure will be read (other words keep [`UNTAGGED`]).
    pub fn build(
        text: &str,
        seg: &Segmented,
        rules: &RuleSet,
        depth: impl Fn(usize) -> Depth,
    ) -> Layer {
        let vocab = &rules.vocab;
        let syntax = &rules.lexis.syntax_words;
        let tagger = Tagger::embedded();
        let mut pieces: Vec<Piece> = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        let mut tags: Vec<Tag> = Vec::new();
        let sentences = WordMemo::with(vocab, |memo| {
            seg.sentences
                .iter()
                .enumerate()
                .map(|(si, s)| {
                    let tokens = seg.sentence_tokens(s);
                    let depth = depth(si);
                    if tokens.len() > MAX_TOKENS || depth == Depth::Skip {
                        return Vec::new();
                    }
                    pieces.clear();
                    for t in tokens {
                        split_contraction(text, t, syntax, &mut pieces);
                    }
                    texts.clear();
                    texts.extend(pieces.iter().map(|p| &text[p.span.start..p.span.end]));
                    if depth == Depth::Tagged {
                        tagger.tag(&texts, &mut tags);
                    } else {
                        tags.clear();
                        tags.resize(texts.len(), UNTAGGED);
                    }
                    let mut words = Vec::with_capacity(pieces.len());
                    for (p, &tag) in pieces.iter().zip(&tags) {
                        push_word(text, p, tag, vocab, memo, &mut words);
                    }
                    words
                })
                .collect()
        });
        Layer { sentences }
    }
}

/// The tag of words in sentences whose structure is not read: no reader takes it for a
/// noun, verb or preposition.
pub const UNTAGGED: Tag = Tag::Fw;

/// A token, or the part of one a contraction splits off, before tagging.
#[derive(Debug, Clone, Copy)]
struct Piece<'r> {
    span: Span,
    /// What the piece stands for when its text does not say it ("n't" → "not").
    stands_for: Option<&'r str>,
    word: bool,
}

/// Push `t`, split where it ends in one of the rules' contractions: "didn't" → "did" +
/// "n't".
fn split_contraction<'r>(text: &str, t: &Token, syntax: &'r SyntaxWords, out: &mut Vec<Piece<'r>>) {
    let s = &text[t.span.start..t.span.end];
    let word = t.kind == TokenKind::Word;
    if word && push_joined_parts(s, t.span, syntax, out) {
        return;
    }
    // Only a word with an apostrophe can end in a contraction.
    // '\u{2019}' starts with byte E2: one pass over the bytes turns most words away.
    let may_have_apostrophe = || s.bytes().any(|b| b == b'\'' || b == 0xe2);
    if word && s.len() > 3 && may_have_apostrophe() && (s.contains('\'') || s.contains('\u{2019}'))
    {
        let folded = s.replace('\u{2019}', "'").to_ascii_lowercase();
        for c in &syntax.contractions {
            let Some(stem) = folded.strip_suffix(c.suffix.as_str()) else {
                continue;
            };
            // "Sa'd" is a name; "she'd" is "she would".
            if !c.only_after.is_empty() && !c.only_after.iter().any(|w| w == stem) {
                continue;
            }
            // "won't", "can't": the stem loses its "n" to the negation.
            let cut = t.span.end - (s.len() - stem.len());
            let stem_for = syntax
                .clipped_stems
                .iter()
                .find(|(clipped, _)| clipped == stem)
                .map(|(_, full)| full.as_str());
            out.push(Piece {
                span: Span::new(t.span.start, cut),
                stands_for: stem_for,
                word,
            });
            out.push(Piece {
                span: Span::new(cut, t.span.end),
                stands_for: Some(&c.word),
                word,
            });
            return;
        }
    }
    out.push(Piece {
        span: t.span,
        stands_for: None,
        word,
    });
}

/// Push the parts of a word the rules read as its parts joined ("cannot": "can" +
/// "not"), if it is one.
fn push_joined_parts(s: &str, span: Span, syntax: &SyntaxWords, out: &mut Vec<Piece<'_>>) -> bool {
    let Some(joined) = syntax
        .joined_words
        .iter()
        .find(|j| j.whole.len() == s.len() && s.eq_ignore_ascii_case(&j.whole))
    else {
        return false;
    };
    if joined.parts.iter().map(String::len).sum::<usize>() != s.len() {
        return false;
    }
    let mut at = span.start;
    for part in &joined.parts {
        out.push(Piece {
            span: Span::new(at, at + part.len()),
            stands_for: None,
            word: true,
        });
        at += part.len();
    }
    true
}

/// Push the words of one tagged piece: a hyphenated word in parts ("one - on - one"),
/// the parts keeping the whole word's tag, the hyphens tagged as hyphens.
fn push_word(
    text: &str,
    p: &Piece,
    tag: Tag,
    vocab: &Vocab,
    memo: &mut WordMemo,
    out: &mut Vec<Word>,
) {
    let push = |out: &mut Vec<Word>, span: Span, lower: CompactString, tag: Tag| {
        let sym = vocab.id(&lower);
        out.push(Word {
            span,
            lower,
            sym,
            tag,
        });
    };
    if let Some(full) = p.stands_for {
        push(out, p.span, CompactString::from(full), tag);
        return;
    }
    let s = &text[p.span.start..p.span.end];
    // "Kenteris' lawyer": a bare apostrophe the tagger reads as a possessive is one.
    if tag == Tag::Pos && matches!(s, "'" | "\u{2019}") {
        push(out, p.span, CompactString::from("'s"), tag);
        return;
    }
    if !p.word || s.len() < 2 || !s.contains('-') {
        let (lower, sym) = memo.read(s, vocab);
        out.push(Word {
            span: p.span,
            lower,
            sym,
            tag,
        });
        return;
    }
    let mut at = p.span.start;
    for (k, part) in s.split('-').enumerate() {
        if k > 0 {
            push(
                out,
                Span::new(at, at + 1),
                CompactString::from("-"),
                Tag::Hyph,
            );
            at += 1;
        }
        if !part.is_empty() {
            push(out, Span::new(at, at + part.len()), normalise(part), tag);
        }
        at += part.len();
    }
}

/// Lower case with curly quotes and dashes made plain.
pub fn normalise(s: &str) -> CompactString {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return CompactString::from(s);
    }
    // Most capitalised words are ASCII: lower them in place, without decoding chars.
    if s.is_ascii() {
        let mut lower = CompactString::from(s);
        lower.make_ascii_lowercase();
        return lower;
    }
    s.chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests;

/// Whether sentence `sent` goes on with a quotation: it opens with a quotation mark, as
/// news writes each new sentence of a long quotation ('He said: "We will win. "They
/// have failed.'), or the sentence before it in its paragraph left one open ('He said:
/// "We will win. They have failed."'). Marks are counted in one sentence only: news
/// often leaves out the mark that closes a sentence of a longer quotation.
pub(crate) fn quote_goes_on(cx: &Context<'_>, sent: usize) -> bool {
    let sentences = &cx.seg.sentences;
    let text = |s: usize| &cx.doc.text[sentences[s].span.start..sentences[s].span.end];
    text(sent).starts_with(is_double_quote)
        || sent.checked_sub(1).is_some_and(|p| {
            sentences[p].paragraph == sentences[sent].paragraph
                && text(p).matches(is_double_quote).count() % 2 == 1
        })
}

/// Whether sentence `sent` holds a quotation mark.
pub(crate) fn quotes(cx: &Context<'_>, sent: usize) -> bool {
    let s = &cx.seg.sentences[sent];
    cx.doc.text[s.span.start..s.span.end].contains(is_double_quote)
}

/// Whether `c` is a double quotation mark, straight or curly.
pub(crate) fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}')
}
