//! The speaker a quotation's "I" and "me" stand for: 'Lind said: "I met Kos"', '"I
//! met Kos," Lind said', '"I met Kos," said Lind'.

use super::coref::word_at as word;
use super::names::Doc;
use super::scan::ItemKind;
use crate::extract::layer::is_double_quote;
use crate::extract::Context;
use crate::lexicon::FIRST_PERSON;
use crate::model::EntityKind;

/// Most tokens between the speech verb and the quotation it opens: 'Lind told the
/// BBC's Today programme: "I ..."'.
const VERB_BEFORE_QUOTE: usize = 8;

/// Most tokens of an apposition between a speaker and the speech verb: "Lind, Acme's
/// chief executive, said".
const APPOSITION_TOKENS: usize = 8;

/// The rules' class of speech verbs.
const SAY: &str = "say";

/// The rule that links a quotation's "I" to its speaker.
const RULE: &str = "pronoun/speaker";

/// Link each "I", "me" and "my" inside a quotation to the person who speaks it, named
/// right before the quotation opens or right after it closes. Outside a quotation, or
/// with no speaker named there, they stand for no one the article names.
pub(super) fn resolve_first_person(cx: &Context<'_>, doc: &mut Doc) {
    for i in 0..doc.items.len() {
        if doc.items[i].kind != ItemKind::Pronoun(FIRST_PERSON) {
            continue;
        }
        let it = &doc.items[i];
        let Some(q) = quotation_around(cx, it.sent, it.a) else {
            continue;
        };
        let speaker = speaker_before(cx, doc, q.open)
            .or_else(|| q.close.and_then(|c| speaker_after(cx, doc, c, q.end)));
        if let Some(e) = speaker {
            doc.link(i, e, RULE);
        }
    }
}

/// The quotation marks around a word: the one that opens the quotation and the one
/// that closes it, if its paragraph does.
struct Quotation {
    open: usize,
    close: Option<usize>,
    /// The token after the paragraph, where an attribution after the quotation must end.
    end: usize,
}

/// The quotation token `pos` of sentence `sent` stands in, read from the marks of its
/// paragraph: news puts one paragraph a line and closes each quotation within it.
fn quotation_around(cx: &Context<'_>, sent: usize, pos: usize) -> Option<Quotation> {
    let sentences = &cx.seg.sentences;
    let paragraph = sentences[sent].paragraph;
    let same = |s: &usize| sentences[*s].paragraph == paragraph;
    let first = (0..=sent).rev().take_while(same).last()?;
    let last = (sent..sentences.len()).take_while(same).last()?;
    let end = sentences[last].tokens.end;
    let mut open = None;
    for k in sentences[first].tokens.start..pos {
        if let Some(opens) = quote_mark(cx, k) {
            open = match opens {
                Mark::Opens => Some(k),
                Mark::Closes => None,
                Mark::Straight => open.xor(Some(k)),
            };
        }
    }
    let open = open?;
    let close =
        (pos..end).find(|&k| matches!(quote_mark(cx, k), Some(Mark::Closes | Mark::Straight)));
    Some(Quotation { open, close, end })
}

/// What a double quotation mark does: a curly one says, a straight one opens when no
/// quotation is open.
#[derive(Clone, Copy)]
enum Mark {
    Opens,
    Closes,
    Straight,
}

fn quote_mark(cx: &Context<'_>, k: usize) -> Option<Mark> {
    let mut chars = word(cx, k)?.chars();
    let c = chars
        .next()
        .filter(|&c| is_double_quote(c) && chars.next().is_none())?;
    Some(match c {
        '\u{201c}' => Mark::Opens,
        '\u{201d}' => Mark::Closes,
        _ => Mark::Straight,
    })
}

fn is_say(cx: &Context<'_>, k: usize) -> bool {
    word(cx, k).is_some_and(|w| cx.res.rules.lexis.class_has_word(SAY, &w.to_lowercase()))
}

/// 'Lind said: "I ..."', 'Lind told reporters: "I ..."': the speaker of the speech verb
/// shortly before the quotation's opening mark `open`, in its sentence.
fn speaker_before(cx: &Context<'_>, doc: &Doc, open: usize) -> Option<usize> {
    let start = sentence_start(cx, open);
    let from = open.saturating_sub(VERB_BEFORE_QUOTE).max(start);
    let verb = (from..open).rev().find(|&k| is_say(cx, k))?;
    subject_of(cx, doc, verb, start).or_else(|| person_from(cx, doc, verb + 1))
}

/// '"I ...," Lind said', '"I ...," said Lind': the speaker named right after the
/// closing mark `close`.
fn speaker_after(cx: &Context<'_>, doc: &Doc, close: usize, end: usize) -> Option<usize> {
    let k = if word(cx, close + 1) == Some(",") {
        close + 2
    } else {
        close + 1
    };
    // '"I did what I set out to do." Howard said that ...': a new paragraph is a new
    // statement.
    if k + 1 >= end {
        return None;
    }
    if is_say(cx, k) {
        return person_from(cx, doc, k + 1);
    }
    let (e, end) = person_span_from(cx, doc, k)?;
    let verb = if word(cx, end) == Some(",") {
        (end + 1..end + 1 + APPOSITION_TOKENS).find(|&j| word(cx, j) == Some(","))? + 1
    } else {
        end
    };
    is_say(cx, verb).then_some(e)
}

/// The person whose mention ends right before the speech verb at `verb`, or before an
/// apposition that does ("Lind, Acme's chief executive, said").
fn subject_of(cx: &Context<'_>, doc: &Doc, verb: usize, start: usize) -> Option<usize> {
    if let Some(e) = person_ending_at(cx, doc, verb) {
        return Some(e);
    }
    if verb == start || word(cx, verb - 1) != Some(",") {
        return None;
    }
    let from = (verb - 1).saturating_sub(APPOSITION_TOKENS).max(start);
    let comma = (from..verb - 1).rev().find(|&j| word(cx, j) == Some(","))?;
    person_ending_at(cx, doc, comma)
}

/// The person whose mention (a name, a title or a pronoun already resolved) ends right
/// before token `k`.
fn person_ending_at(cx: &Context<'_>, doc: &Doc, k: usize) -> Option<usize> {
    let end = cx.seg.tokens.get(k.checked_sub(1)?)?.span.end;
    let item = (0..doc.items.len())
        .filter(|&i| doc.items[i].b == k)
        .find_map(|i| doc.entity[i]);
    let extra = || {
        doc.extra
            .iter()
            .find(|x| x.span.end == end)
            .map(|x| x.entity)
    };
    item.or_else(extra).filter(|&e| is_person(doc, e))
}

/// The person whose mention starts at token `k`.
fn person_from(cx: &Context<'_>, doc: &Doc, k: usize) -> Option<usize> {
    person_span_from(cx, doc, k).map(|(e, _)| e)
}

/// The person whose mention starts at token `k`, and the token after the mention.
fn person_span_from(cx: &Context<'_>, doc: &Doc, k: usize) -> Option<(usize, usize)> {
    let item = (0..doc.items.len())
        .filter(|&i| doc.items[i].a == k)
        .find_map(|i| doc.entity[i].map(|e| (e, doc.items[i].b)));
    let extra = || {
        let start = cx.seg.tokens.get(k)?.span.start;
        let x = doc.extra.iter().find(|x| x.span.start == start)?;
        let end = (k..cx.seg.tokens.len()).find(|&j| cx.seg.tokens[j].span.end >= x.span.end)?;
        Some((x.entity, end + 1))
    };
    item.or_else(extra).filter(|&(e, _)| is_person(doc, e))
}

fn is_person(doc: &Doc, e: usize) -> bool {
    doc.ents[e].kind == EntityKind::Person
}

fn sentence_start(cx: &Context<'_>, k: usize) -> usize {
    let sentences = &cx.seg.sentences;
    let s = sentences.partition_point(|s| s.tokens.end <= k);
    sentences.get(s).map_or(k, |s| s.tokens.start)
}

#[cfg(test)]
mod tests {
    use crate::extract::mentions::tests::run;

    /// Whom each "I", "me" and "my" of `text` stands for, in order.
    fn speakers(text: &str) -> Vec<Option<String>> {
        let f = run(text);
        let all: Vec<_> = text
            .match_indices(|c: char| c.is_alphabetic())
            .map(|(i, _)| i)
            .filter(|&i| {
                let rest = &text[i..];
                let before = text[..i].chars().last();
                !before.is_some_and(char::is_alphabetic)
                    && ["I ", "me ", "my ", "me.", "I,"]
                        .iter()
                        .any(|p| rest.starts_with(p))
            })
            .collect();
        all.iter()
            .map(|&at| {
                f.mentions
                    .iter()
                    .find(|m| m.span.start == at)
                    .and_then(|m| m.entity)
                    .map(|e| f.entities[e].name.clone())
            })
            .collect()
    }

    #[test]
    fn i_in_a_quotation_is_the_speaker_named_before_or_after_it() {
        let lind = || vec![Some("Dana Lind".to_string())];
        assert_eq!(
            speakers("Dana Lind said: \"I met Tom Kos in Oslo.\"\n"),
            lind()
        );
        assert_eq!(
            speakers("\"I met Tom Kos in Oslo,\" Dana Lind said.\n"),
            lind()
        );
        assert_eq!(
            speakers("\"I met Tom Kos in Oslo,\" said Dana Lind.\n"),
            lind()
        );
        // Through an apposition, and in a later sentence of the quotation.
        assert_eq!(
            speakers(
                "Dana Lind, the Acme chairman, told reporters: \"We won. Tom Kos called me.\"\n"
            ),
            lind()
        );
        // A pronoun speaker already resolved.
        assert_eq!(
            speakers("Dana Lind arrived in Oslo. \"I met Tom Kos,\" she said.\n"),
            lind()
        );
    }

    #[test]
    fn i_outside_a_quotation_or_without_a_speaker_is_no_one_named() {
        // The writer's "I", and a quotation whose speaker the next paragraph does not
        // name as its speaker.
        assert_eq!(speakers("I think Dana Lind met Tom Kos.\n"), [None]);
        assert_eq!(
            speakers("\"I did what I set out to do.\"\n\nDana Lind said that Tom Kos agreed.\n"),
            [None, None]
        );
        // "I" is no third person: the one person before it is not its referent.
        assert_eq!(speakers("Dana Lind spoke. I was there.\n"), [None]);
    }
}
