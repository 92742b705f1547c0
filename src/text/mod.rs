//! The text layer: sentences and tokens with byte offsets into the untouched original,
//! and the page furniture (captions, link lines, datelines) that is not article prose.

use crate::model::Span;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or dots ("el-Sisi", "U.S.").
    Word,
    /// Digits, possibly with separators ("2013-2014", "1.5").
    Number,
    /// Anything else: punctuation, quotes, dashes, symbols.
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
}

impl Segmented {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.clone()]
    }
}

/// Split a document into prose sentences and tokens, skipping page furniture.
pub fn segment(text: &str) -> Segmented {
    // First version: one sentence per line, whitespace/punctuation tokens.
    let mut out = Segmented::default();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end();
        if !body.trim().is_empty() {
            let lead = body.len() - body.trim_start().len();
            let start = line_start + lead;
            let end = line_start + body.len();
            let first = out.tokens.len();
            tokenize(text, Span::new(start, end), &mut out.tokens);
            out.sentences.push(Sentence {
                index: out.sentences.len(),
                span: Span::new(start, end),
                tokens: first..out.tokens.len(),
            });
        }
        line_start += line.len();
    }
    out
}

/// Append the tokens of `span` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            TokenKind::Word
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != TokenKind::Punct {
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
        }
        out.push(Token {
            span: Span::new(span.start + i, span.start + end),
            kind,
        });
    }
}
