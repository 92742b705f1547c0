//! Descriptions: a noun phrase around a name that denotes something the article does
//! not name: "a bank in Athens" is a bank, "a Palermo jail" a jail. They are listed as
//! nominal mentions of no entity, so that a reader of the mentions does not take the
//! phrase for the name inside it.

use crate::extract::{Context, Mention};
use crate::lexicon::{Hit, Lexicon, WordLists, WordSet};
use crate::model::{MentionForm, Span};
use crate::text::{Token, TokenKind};

/// Lower-case words a description may hold between its article and the name or the
/// preposition before it ("a small private bank in Athens").
const MAX_DESCRIPTION_WORDS: usize = 3;

/// Lower-case nouns a description may put after its name ("a Newport Beach
/// rehabilitation facility").
const MAX_HEAD_WORDS: usize = 2;

/// Longest word looked up in another case without an allocation.
const STACK_WORD: usize = 32;

/// Add the descriptions around the name mentions to `mentions`, keeping text order.
pub fn add(cx: &Context<'_>, mentions: &mut Vec<Mention>) {
    let words = &cx.res.lexicon.words;
    let text = cx.doc.text.as_str();
    let mut found: Vec<Mention> = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| matches!(m.form, MentionForm::Name | MentionForm::Demonym))
    {
        let Some(s) = cx.seg.sentences.get(m.sentence) else {
            continue;
        };
        let toks = cx.seg.sentence_tokens(s);
        let phrase = Phrase {
            text,
            toks,
            words,
            lexicon: &cx.res.lexicon,
        };
        // Tokens are in text order.
        let a = toks.partition_point(|t| t.span.start < m.span.start);
        let b = toks.partition_point(|t| t.span.end < m.span.end);
        if toks.get(a).is_none_or(|t| t.span.start != m.span.start)
            || toks.get(b).is_none_or(|t| t.span.end != m.span.end)
        {
            continue;
        }
        // "a Greek bank" as "a Palermo jail"; no one is "in Greek".
        let placed = (m.form == MentionForm::Name)
            .then(|| phrase.place_of_thing(a, b))
            .flatten();
        let span = placed.or_else(|| phrase.name_as_modifier(a, b));
        if let Some(span) = span {
            if found.last().is_some_and(|f| f.span == span) {
                continue;
            }
            found.push(Mention {
                span,
                text: text[span.start..span.end].to_string(),
                kind: m.kind,
                form: MentionForm::Nominal,
                entity: None,
                sentence: m.sentence,
            });
        }
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
}

/// One sentence's tokens, read for descriptions.
struct Phrase<'a> {
    text: &'a str,
    toks: &'a [Token],
    words: &'a WordLists,
    lexicon: &'a Lexicon,
}

impl Phrase<'_> {
    fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.span.start..t.span.end]
    }

    /// A lower-case word that can be part of a noun phrase: no function word, verb of
    /// speech or auxiliary ("said", "has").
    fn is_noun_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let w = self.word(i);
        t.kind == TokenKind::Word
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !self.words.speech_verbs.contains(w)
            && !self.words.auxiliaries.contains(w)
            && !self.words.loc_preps.contains(w)
            && !contains_recased(&self.words.function_words, w, |b| {
                b[0].make_ascii_uppercase()
            })
    }

    /// The article starting a noun phrase that ends just before token `end`, over up to
    /// [`MAX_DESCRIPTION_WORDS`] lower-case words (`min_words` at least).
    fn article_before(&self, end: usize, min_words: usize, articles: &WordSet) -> Option<usize> {
        let mut i = end;
        let mut n = 0;
        while i > 0 && n <= MAX_DESCRIPTION_WORDS {
            i -= 1;
            let w = self.word(i);
            if contains_recased(articles, w, <[u8]>::make_ascii_lowercase) {
                return (n >= min_words).then_some(i);
            }
            if !self.is_noun_word(i) {
                return None;
            }
            n += 1;
        }
        None
    }

    /// "a bank in Athens", "his prison cell in Palermo": a thing placed at the name.
    fn place_of_thing(&self, a: usize, b: usize) -> Option<Span> {
        let mut p = a.checked_sub(1)?;
        if self.word(p) == "the" {
            p = p.checked_sub(1)?;
        }
        if !self.words.loc_preps.contains(self.word(p)) {
            return None;
        }
        let d = self.article_before(p, 1, &self.words.determiners)?;
        Some(Span::new(self.toks[d].span.start, self.toks[b].span.end))
    }

    /// "a Palermo jail", "a famed Paris store": the name qualifies the noun after it.
    /// Only after an indefinite article, before which a name is seldom the head.
    fn name_as_modifier(&self, a: usize, b: usize) -> Option<Span> {
        let Some(d) = self.article_before(a, 0, &self.words.indefinite_articles) else {
            return self
                .government_of(a, b)
                .or_else(|| self.name_before_its_noun(a, b));
        };
        let mut end = b;
        while end + 1 < self.toks.len() && end - b < MAX_HEAD_WORDS && self.is_noun_word(end + 1) {
            end += 1;
        }
        (end > b).then(|| Span::new(self.toks[d].span.start, self.toks[end].span.end))
    }
}

impl Phrase<'_> {
    /// A noun that says what a thing is: a title, a noun for people, organisations or
    /// places ("surgeon", "bosses", "firm", "jail").
    fn is_kind_noun(&self, lex: &Lexicon, i: usize) -> bool {
        let w = self.word(i);
        let singular = w.strip_suffix("es").into_iter().chain(w.strip_suffix('s'));
        std::iter::once(w).chain(singular).any(|w| {
            matches!(lex.lookup_word(w), Some(Hit::Title(_)))
                || self.words.person_appositive.contains(w)
                || self.words.org_appositive.contains(w)
                || self.words.place_nouns.contains(w)
                || self.words.role_nouns.contains(w)
                || self.words.description_heads.contains(w)
        })
    }

    /// "U.S. surgeon general", "Mafia bosses", "a suburban Detroit accounting firm":
    /// a name before lower-case nouns, the last of which says what the thing is.
    fn name_before_its_noun(&self, a: usize, b: usize) -> Option<Span> {
        let lex = self.lexicon;
        let mut end = None;
        // "Iran's southern coast", "America's top doctor".
        let possessive = b + 1 < self.toks.len() && matches!(self.word(b + 1), "'s" | "\u{2019}s");
        let b = b + usize::from(possessive);
        let mut i = b + 1;
        while i < self.toks.len() && i - b <= MAX_HEAD_WORDS && self.is_noun_word(i) {
            if self.is_kind_noun(lex, i) {
                end = Some(i);
            }
            i += 1;
        }
        let end = end?;
        let start = self
            .article_before(a, 0, &self.words.determiners)
            .unwrap_or(a);
        Some(Span::new(
            self.toks[start].span.start,
            self.toks[end].span.end,
        ))
    }

    /// "the Bush administration", "the Assad regime": a government named after its
    /// leader.
    fn government_of(&self, a: usize, b: usize) -> Option<Span> {
        let d = a.checked_sub(1)?;
        let head = b + 1;
        (self.word(d).eq_ignore_ascii_case("the")
            && head < self.toks.len()
            && self.words.leader_nouns.contains(self.word(head)))
        .then(|| Span::new(self.toks[d].span.start, self.toks[head].span.end))
    }
}

/// Whether `set` holds `w` with its ASCII letters changed by `recase` ("The" looked up
/// as "the"; "bank" as "Bank", since function words are listed capitalised). ASCII case
/// changes keep UTF-8 valid; a short word is changed on the stack.
fn contains_recased(set: &WordSet, w: &str, recase: impl Fn(&mut [u8])) -> bool {
    if w.is_empty() {
        return false;
    }
    let mut stack = [0u8; STACK_WORD];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if w.len() <= STACK_WORD {
        &mut stack[..w.len()]
    } else {
        heap.resize(w.len(), 0);
        &mut heap
    };
    buf.copy_from_slice(w.as_bytes());
    recase(buf);
    std::str::from_utf8(buf).is_ok_and(|s| set.contains(s))
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract, test_resources};
    use crate::input::Document;
    use crate::model::MentionForm;

    /// The descriptions found in `text`.
    fn descriptions(text: &str) -> Vec<String> {
        let ex = extract(&Document::new("t", text.to_string()), test_resources());
        ex.mentions
            .iter()
            .filter(|m| m.form == MentionForm::Nominal && m.entity.is_none())
            .map(|m| m.text.clone())
            .collect()
    }

    #[test]
    fn a_thing_placed_at_a_name_is_described_not_named() {
        assert_eq!(
            descriptions("Masked men robbed a small bank in Corinth on Monday."),
            vec!["a small bank in Corinth"]
        );
        assert_eq!(
            descriptions("He was found dead in his prison cell in Tarrasco."),
            vec!["his prison cell in Tarrasco"]
        );
        // A verb before the preposition makes no description.
        assert!(descriptions("Police arrested him in Corinth on Monday.").is_empty());
        assert!(descriptions("The man who lived in Corinth was arrested.").is_empty());
    }

    #[test]
    fn a_name_before_a_noun_after_an_article_qualifies_it() {
        assert_eq!(
            descriptions("Fire broke out at a Haldane supermarket on Friday."),
            vec!["a Haldane supermarket"]
        );
        assert_eq!(
            descriptions("Critics of the Harwell administration spoke."),
            vec!["the Harwell administration"]
        );
        assert_eq!(
            descriptions("Two Tarrasco crime bosses were held."),
            vec!["Tarrasco crime bosses"]
        );
        assert_eq!(
            descriptions("Workers left the Haldane plant in the evening."),
            vec!["the Haldane plant"]
        );
        assert_eq!(
            descriptions("Boats sank off Tarrasco's southern coast today."),
            vec!["Tarrasco's southern coast"]
        );
        assert!(descriptions("It backed Tarrasco's plan today.").is_empty());
        assert_eq!(
            descriptions("Protesters ransacked a Greek bank on Monday."),
            vec!["a Greek bank"]
        );
        assert_eq!(
            descriptions("Police say Tarrasco gangs grew."),
            Vec::<String>::new()
        );
        // "the" may be the name's own article; a verb is no head noun.
        assert!(descriptions("The Haldane Group said profits fell.").is_empty());
        assert!(descriptions("It bought shares of the Haldane Group last year.").is_empty());
    }

    #[test]
    fn the_name_inside_a_description_keeps_its_own_mention() {
        let text = "Masked men robbed a bank in Corinth.";
        let ex = extract(&Document::new("t", text.to_string()), test_resources());
        let forms: Vec<(&str, MentionForm)> = ex
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.form))
            .collect();
        assert_eq!(
            forms,
            vec![
                ("a bank in Corinth", MentionForm::Nominal),
                ("Corinth", MentionForm::Name)
            ]
        );
    }
}
