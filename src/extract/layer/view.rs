//! A sentence as patterns see it: words (lower case, contractions split) and entity
//! slots (one per resolved mention), with byte spans into the original text.

use crate::extract::pattern::{Sym, Vocab};
use crate::extract::{Context, Mention};
use crate::model::{EntityKind, MentionForm, Span};
use compact_str::CompactString;

/// A resolved mention standing in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Local entity index.
    pub entity: usize,
    /// Kind of the entity.
    pub kind: EntityKind,
    /// How it is referred to.
    pub form: MentionForm,
}

/// One unit of a sentence: a word or an entity slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Byte span in the document.
    pub span: Span,
    /// Normalised lower-case text ("'s", "not" for "n't"); short words stay inline,
    /// so a view allocates no string per word.
    pub lower: CompactString,
    /// The word's id in the rules' vocabulary ([`Sym::NONE`] for slots and for words
    /// no rule names), so rules compare numbers rather than strings.
    pub sym: Sym,
    /// The entity, for slots.
    pub slot: Option<Slot>,
}

impl Item {
    fn word(span: Span, lower: impl Into<CompactString>) -> Item {
        Item {
            span,
            lower: lower.into(),
            sym: Sym::NONE,
            slot: None,
        }
    }
}

/// A sentence's items.
#[derive(Debug, Clone)]
pub struct View {
    /// Sentence index.
    pub sentence: usize,
    /// Words and slots in text order.
    pub items: Vec<Item>,
}

/// Mentions usable as relation endpoints: resolved, and not bare titles (those stay
/// words so title rules can read them).
fn usable(m: &Mention) -> bool {
    m.entity.is_some() && m.form != MentionForm::Title && !m.span.is_empty()
}

fn normalise(s: &str) -> CompactString {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return CompactString::from(s);
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

/// Sentences longer than this many tokens are not prose (a run-on dump or a list);
/// no pattern reads them, which keeps matching linear in the text.
pub const MAX_TOKENS: usize = 400;

/// The usable mentions within sentence `si`; `mentions` are the document's, in text order.
fn sentence_mentions<'m>(
    cx: &Context<'_>,
    si: usize,
    mentions: &'m [Mention],
) -> impl Iterator<Item = &'m Mention> {
    let s = cx.seg.sentences[si].span;
    // Mentions are in text order: find this sentence's by binary search.
    let lo = mentions.partition_point(|m| m.span.start < s.start);
    let hi = mentions.partition_point(|m| m.span.start < s.end);
    mentions[lo..hi.max(lo)]
        .iter()
        .filter(move |m| usable(m) && s.contains(&m.span))
}

/// Build the view of sentence `si`; `mentions` are the document's, in text order.
pub fn build(cx: &Context<'_>, si: usize, mentions: &[Mention]) -> View {
    let s = &cx.seg.sentences[si];
    let tokens = cx.seg.sentence_tokens(s);
    if tokens.len() > MAX_TOKENS {
        return View {
            sentence: si,
            items: Vec::new(),
        };
    }
    // Mentions of this sentence, longest first where they overlap.
    let mut ms: Vec<&Mention> = sentence_mentions(cx, si, mentions).collect();
    ms.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut kept: Vec<&Mention> = Vec::new();
    for m in ms {
        if kept.last().is_none_or(|k| k.span.end <= m.span.start) {
            kept.push(m);
        }
    }
    let mut raw: Vec<Item> = Vec::new();
    let mut emitted = vec![false; kept.len()];
    let mut mi = 0;
    for tok in tokens {
        let mut start = tok.span.start;
        while start < tok.span.end {
            while mi < kept.len() && kept[mi].span.end <= start {
                mi += 1;
            }
            if mi < kept.len() && kept[mi].span.start <= start {
                let m = kept[mi];
                if !emitted[mi] {
                    emitted[mi] = true;
                    raw.push(Item {
                        span: m.span,
                        lower: normalise(cx.slice(m.span)),
                        sym: Sym::NONE,
                        slot: Some(Slot {
                            entity: m.entity.expect("usable mentions are resolved"),
                            kind: m.kind,
                            form: m.form,
                        }),
                    });
                }
                start = tok.span.end.min(m.span.end);
            } else {
                let end = match kept.get(mi) {
                    Some(m) if m.span.start < tok.span.end => m.span.start,
                    _ => tok.span.end,
                };
                let span = Span::new(start, end);
                raw.push(Item::word(span, normalise(cx.slice(span))));
                start = end;
            }
        }
    }
    let mut items = split_contractions(&cx.doc.text, raw);
    name_words(&mut items, &cx.res.rules.vocab);
    View {
        sentence: si,
        items,
    }
}

/// Give each word its vocabulary id.
fn name_words(items: &mut [Item], vocab: &Vocab) {
    for it in items.iter_mut().filter(|it| it.slot.is_none()) {
        it.sym = vocab.id(&it.lower);
    }
}

/// Join "'" + "s" into "'s", split "x's" and "n't", so rules see "'s" and "not".
fn split_contractions(text: &str, mut raw: Vec<Item>) -> Vec<Item> {
    // Byte offset where the last `n` characters of a span begin.
    let back = |span: Span, n: usize| -> usize {
        text[span.start..span.end]
            .char_indices()
            .rev()
            .nth(n - 1)
            .map(|(i, _)| span.start + i)
            .unwrap_or(span.start)
    };
    let mut out: Vec<Item> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let it = &raw[i];
        if it.slot.is_none() && it.lower == "'" {
            if let Some(next) = raw.get(i + 1) {
                let adjacent = next.span.start == it.span.end && next.slot.is_none();
                if adjacent && (next.lower == "s" || next.lower == "t" || next.lower == "ll") {
                    let span = Span::new(it.span.start, next.span.end);
                    match next.lower.as_str() {
                        "s" => out.push(Item::word(span, "'s")),
                        "ll" => out.push(Item::word(span, "will")),
                        _ => {
                            // "didn ' t": the "n" belongs to the negation.
                            if let Some(prev) = out.last_mut() {
                                if prev.slot.is_none() && prev.lower.ends_with('n') {
                                    prev.lower.pop();
                                    prev.lower = match prev.lower.as_str() {
                                        "wo" => "will".into(),
                                        "ca" => "can".into(),
                                        "sha" => "shall".into(),
                                        _ => std::mem::take(&mut prev.lower),
                                    };
                                }
                            }
                            out.push(Item::word(span, "not"));
                        }
                    }
                    i += 2;
                    continue;
                }
            }
        }
        if it.slot.is_none() && it.lower.len() > 2 {
            if let Some(stem) = it.lower.strip_suffix("n't") {
                let cut = back(it.span, 3);
                let stem = match stem {
                    "wo" => "will",
                    "ca" => "can",
                    s => s,
                };
                out.push(Item::word(Span::new(it.span.start, cut), stem));
                out.push(Item::word(Span::new(cut, it.span.end), "not"));
                i += 1;
                continue;
            }
            if let Some(stem) = it.lower.strip_suffix("'s") {
                let cut = back(it.span, 2);
                out.push(Item::word(Span::new(it.span.start, cut), stem));
                out.push(Item::word(Span::new(cut, it.span.end), "'s"));
                i += 1;
                continue;
            }
        }
        if it.slot.is_none() && it.lower.len() > 1 && it.lower.contains('-') {
            // "one-on-one" as "one - on - one", whatever the tokenizer did.
            let mut at = it.span.start;
            let orig = &text[it.span.start..it.span.end];
            for (k, part) in orig.split('-').enumerate() {
                if k > 0 {
                    out.push(Item::word(Span::new(at, at + 1), "-"));
                    at += 1;
                }
                if !part.is_empty() {
                    out.push(Item::word(Span::new(at, at + part.len()), normalise(part)));
                }
                at += part.len();
            }
            i += 1;
            continue;
        }
        // Items before `i` are not read again: move this one out.
        out.push(std::mem::replace(
            &mut raw[i],
            Item::word(Span::new(0, 0), CompactString::default()),
        ));
        i += 1;
    }
    out
}
