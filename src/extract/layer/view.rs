//! A sentence as relation and meeting readers see it: the layer's words, with each
//! resolved mention standing as one entity slot.

use super::chunk::{self, Chunk};
use super::clause::{self, Frame};
use super::Word;
use crate::extract::pattern::Form;
use crate::extract::pattern::Sym;
use crate::extract::rules::RuleSet;
use crate::extract::{Context, Mention};
use crate::model::{EntityKind, MentionForm, Span};
use crate::text::tagger::Tag;
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
    /// Part of speech; a slot's follows from its form (a name is a proper noun).
    pub tag: Tag,
    /// The entity, for slots.
    pub slot: Option<Slot>,
}

impl Item {
    /// A bare noun of time ("year", "week", "Monday"; the syntax's `time_nouns`), no name.
    pub fn is_time_noun(&self, syn: &crate::extract::pattern::Syntax) -> bool {
        self.slot.is_none() && syn.time_nouns.has(self.sym)
    }

    /// A word item.
    fn word(w: &Word) -> Item {
        Item {
            span: w.span,
            lower: w.lower.clone(),
            sym: w.sym,
            tag: w.tag,
            slot: None,
        }
    }

    /// A slot item standing for mention `m`.
    fn slot(cx: &Context<'_>, m: &Mention) -> Item {
        Item {
            span: m.span,
            lower: super::normalise(cx.slice(m.span)),
            sym: Sym::NONE,
            tag: slot_tag(m.form),
            slot: Some(Slot {
                entity: m.entity.expect("usable mentions are resolved"),
                kind: m.kind,
                form: m.form,
            }),
        }
    }

    /// Whether this is a number, an amount or a currency sign: "2,000", "2m", "£", "$".
    pub fn is_amount(&self) -> bool {
        matches!(self.tag, Tag::Cd | Tag::Dollar | Tag::Sym)
            || self.lower.starts_with(|c: char| c.is_ascii_digit())
            || !self.lower.chars().any(char::is_alphanumeric)
    }

    /// Whether this is the word `w` (never a slot).
    pub fn is(&self, w: &str) -> bool {
        self.slot.is_none() && self.lower == w
    }
}

/// "is the chief executive of Acme": a title whose last word the tagger took for an
/// adjective, with no noun after it, is the noun phrase's head.
fn titles_as_nouns(items: &mut [Item], rs: &RuleSet) {
    for i in 0..items.len() {
        if items[i].slot.is_some() {
            continue;
        }
        let Some((len, _)) = rs.lexis.title_at(items, i) else {
            continue;
        };
        let last = i + len - 1;
        let noun_after = items
            .get(last + 1)
            .is_some_and(|n| n.slot.is_none() && matches!(n.tag, Tag::Nn | Tag::Nns));
        if items[last].tag.is_adjective() && !noun_after {
            items[last].tag = Tag::Nn;
        }
    }
}

/// "The Front, which rules the north": a known verb form right after a relative pronoun
/// and before a noun phrase is the clause's verb, whatever the tagger guessed. So is a
/// plain one between a plural name and another name: "Lib Dems accuse Tony Blair" (a
/// singular name before it makes a title: "Chelsea target Didier Drogba"), also before
/// an honorific ("Lib Dems accuse Mr Blair"). So is one
/// between a name and a particle, which only a verb takes: "Bo Dahl set up Acme".
fn verbs_the_tagger_took_for_nouns(items: &mut [Item], rs: &RuleSet) {
    for i in 1..items.len().saturating_sub(1) {
        let after_relative =
            matches!(items[i - 1].tag, Tag::Wdt | Tag::Wp) && items[i - 1].slot.is_none();
        let it = &items[i];
        let name_at = |k: usize| {
            items
                .get(k)
                .is_some_and(|n| n.slot.is_some_and(|s| s.form == MentionForm::Name))
        };
        let after_name = name_at(i - 1);
        // "Lib Dems accuse Mr Blair": an honorific or title may open the second name.
        let titled_name = items[i + 1].slot.is_none() && items[i + 1].tag == Tag::Nnp;
        let between_names = after_name
            && items[i - 1].lower.ends_with('s')
            && (name_at(i + 1) || titled_name && name_at(i + 2))
            && !it.lower.ends_with('s');
        let before_particle = after_name && items[i + 1].tag == Tag::Rp;
        // "Bo Dahl quit Acme": between two names the tagger may read a plain word as
        // part of a name; a word no name swallowed is none, and a title is a noun.
        let proper_between = after_name
            && matches!(it.tag, Tag::Nnp | Tag::Nnps)
            && items[i + 1].slot.is_some()
            && rs.lexis.title_at(items, i).is_none();
        if !(after_relative || between_names || before_particle || proper_between)
            || it.slot.is_some()
            || (!matches!(it.tag, Tag::Nn | Tag::Nns) && !proper_between)
        {
            continue;
        }
        let next = &items[i + 1];
        let noun_follows = next.slot.is_some()
            || next.tag == Tag::Rp
            || matches!(
                next.tag,
                Tag::Dt | Tag::PrpS | Tag::Nnp | Tag::Nnps | Tag::Cd | Tag::Prp
            );
        let Some(senses) = rs.verbs.get(it.lower.as_str()) else {
            continue;
        };
        let plain = senses[0].form == Form::Present;
        if noun_follows && (after_relative || before_particle || proper_between || plain) {
            items[i].tag = match senses[0].form {
                Form::Past | Form::Participle => Tag::Vbd,
                _ if it.lower.ends_with('s') => Tag::Vbz,
                _ => Tag::Vbp,
            };
        }
    }
}

/// "The Estonian delegation held talks with Finland": a past form right after the noun
/// phrase opening a sentence and before another, with no finite verb up to the next
/// punctuation, is the clause's verb. The tagger may read it as a participle ("the
/// delegation [that was] held"), which would leave the sentence without a verb. Not
/// before a preposition ("Man held over attack") or a finite verb ("The talks held
/// Monday ended").
fn past_verbs_the_tagger_took_for_participles(items: &mut [Item], rs: &RuleSet) {
    let in_subject = |it: &Item| {
        it.slot.is_some()
            || it.tag.is_noun()
            || matches!(
                it.tag,
                Tag::Dt | Tag::Jj | Tag::Jjr | Tag::Jjs | Tag::Cd | Tag::PrpS | Tag::Pos
            )
    };
    let Some(first) = items.iter().position(|it| !in_subject(it)) else {
        return;
    };
    let after_noun =
        first > 0 && (items[first - 1].slot.is_some() || items[first - 1].tag.is_noun());
    // "Kos on Monday criticised Lind": a day between subject and verb.
    let i = first + time_after_subject(&items[first..], rs);
    if i >= items.len() {
        return;
    }
    let past_form = items[i].tag == Tag::Vbn && items[i].slot.is_none();
    let object_follows = items.get(i + 1).is_some_and(|n| {
        n.slot.is_some()
            || matches!(
                n.tag,
                Tag::Dt | Tag::PrpS | Tag::Cd | Tag::Nnp | Tag::Nnps | Tag::Nn | Tag::Nns
            )
    });
    let finite_later = items[i + 1..]
        .iter()
        .take_while(|it| !it.tag.is_punct())
        .any(|it| it.tag.is_finite());
    if after_noun && past_form && object_follows && !finite_later {
        items[i].tag = Tag::Vbd;
    }
}

/// How many items at the start of `items` say when: "on Monday" (words the calendar
/// reads as a time after "on"), or none.
fn time_after_subject(items: &[Item], rs: &RuleSet) -> usize {
    match items {
        [on, day, ..]
            if on.slot.is_none()
                && rs.lexis.class_has_word("day_preps", &on.lower)
                && day.slot.is_none()
                && rs.calendar.is_time_phrase(&[day.lower.as_str()]) =>
        {
            2
        }
        _ => 0,
    }
}

/// "Ruritania would back Acme": a plain form of a verb the rules know, right after a
/// modal and before a noun phrase, is the verb, whatever the tagger guessed ("back" as
/// an adverb).
fn verbs_after_modals(items: &mut [Item], rs: &RuleSet) {
    for i in 1..items.len().saturating_sub(1) {
        let (before, it, next) = (&items[i - 1], &items[i], &items[i + 1]);
        let after_modal = before.slot.is_none() && before.tag == Tag::Md;
        if !after_modal || it.slot.is_some() || it.tag.is_verb() {
            continue;
        }
        let plain = rs
            .verbs
            .get(it.lower.as_str())
            .is_some_and(|senses| senses[0].form == Form::Present);
        let noun_follows = next.slot.is_some()
            || matches!(
                next.tag,
                Tag::Dt | Tag::PrpS | Tag::Nnp | Tag::Nnps | Tag::Prp
            );
        if plain && noun_follows {
            items[i].tag = Tag::Vb;
        }
    }
}

/// "Zenith brought charges against Acme": a present verb form right after a main verb
/// is a plural noun, its object, whatever the tagger guessed.
fn nouns_the_tagger_took_for_verbs(items: &mut [Item]) {
    for i in 1..items.len() {
        let before = &items[i - 1];
        let after_verb = before.slot.is_none() && before.tag.is_main_verb();
        // "speaking to reporters": no base form of a verb ends in a consonant and "s",
        // so after "to" it is a plural noun and "to" its preposition.
        let after_to = before.slot.is_none() && before.tag == Tag::To;
        if after_verb && items[i].slot.is_none() && items[i].tag == Tag::Vbz {
            items[i].tag = Tag::Nns;
        }
        if after_to
            && items[i].slot.is_none()
            && items[i].tag == Tag::Vb
            && plural_form(&items[i].lower)
        {
            items[i].tag = Tag::Nns;
            items[i - 1].tag = Tag::In;
        }
    }
}

/// A word ending in a consonant other than "s" and then "s": "reporters", "talks".
fn plural_form(w: &str) -> bool {
    let mut rev = w.chars().rev();
    rev.next() == Some('s')
        && rev.next().is_some_and(|c| {
            c.is_ascii_alphabetic() && !matches!(c, 's' | 'a' | 'e' | 'i' | 'o' | 'u')
        })
}

/// "paid £20m for Zenith", "invested $5bn in Acme": an amount is a number and its
/// currency sign the number's, whatever the tagger guessed (it reads "5bn" as an
/// adjective and "£" as a symbol), so the amount is the verb's object. Ordinals ("5th")
/// and decades ("1990s") keep their tags (the rules' `currency_signs`,
/// `ordinal_endings`).
fn amounts_the_tagger_missed(items: &mut [Item], rs: &RuleSet) {
    let digit_first = |it: &Item| it.lower.starts_with(|c: char| c.is_ascii_digit());
    for i in 0..items.len() {
        let it = &items[i];
        if it.slot.is_some() || it.tag == Tag::Cd {
            continue;
        }
        if digit_first(it) {
            let ending = it.lower.trim_start_matches(|c: char| c.is_ascii_digit());
            if !rs.lexis.class_has_word("ordinal_endings", ending) {
                items[i].tag = Tag::Cd;
            }
        } else if items.get(i + 1).is_some_and(digit_first)
            && rs.lexis.class_has_word("currency_signs", &it.lower)
        {
            items[i].tag = Tag::Dollar;
        }
    }
}

/// "unlike Acme", "throughout the night": a word of the rules' `prepositions` before a
/// noun phrase is a preposition, whatever the tagger guessed.
fn prepositions_the_tagger_missed(items: &mut [Item], rs: &RuleSet) {
    for i in 0..items.len().saturating_sub(1) {
        let it = &items[i];
        let next = &items[i + 1];
        let phrase_follows = next.slot.is_some()
            || next.tag.is_noun()
            || next.tag.is_adjective()
            || matches!(next.tag, Tag::Dt | Tag::PrpS | Tag::Cd | Tag::Prp);
        // "arrived in Beijing on Monday": a word of place or destination the tagger
        // took for a subordinator opens no clause before a name or a determiner.
        let syn = &rs.lexis.syntax;
        let no_subordinator = it.tag == Tag::InSconj
            && (syn.locative.has(it.sym) || syn.destination_preps.has(it.sym))
            && (next.slot.is_some() || matches!(next.tag, Tag::Dt | Tag::PrpS | Tag::Cd));
        if it.slot.is_none()
            && it.tag != Tag::In
            && phrase_follows
            && (syn.prepositions.has(it.sym) || no_subordinator)
        {
            items[i].tag = Tag::In;
        }
    }
}

/// The part of speech a mention plays in its sentence.
fn slot_tag(form: MentionForm) -> Tag {
    match form {
        MentionForm::Name => Tag::Nnp,
        MentionForm::Demonym => Tag::Jj,
        MentionForm::Pronoun => Tag::Prp,
        MentionForm::Title | MentionForm::Nominal => Tag::Nn,
    }
}

/// A sentence's items, and once its title chains are folded, its chunks and clauses.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// Sentence index.
    pub sentence: usize,
    /// Words and slots in text order.
    pub items: Vec<Item>,
    /// Chunks over `items`.
    pub chunks: Vec<Chunk>,
    /// One frame per verb group, over `chunks`.
    pub frames: Vec<Frame>,
}

impl View {
    /// Chunk the items and read the clauses ([`super::chunk`], [`super::clause`]).
    pub fn read_structure(&mut self, rs: &RuleSet) {
        verbs_the_tagger_took_for_nouns(&mut self.items, rs);
        past_verbs_the_tagger_took_for_participles(&mut self.items, rs);
        verbs_after_modals(&mut self.items, rs);
        nouns_the_tagger_took_for_verbs(&mut self.items);
        amounts_the_tagger_missed(&mut self.items, rs);
        prepositions_the_tagger_missed(&mut self.items, rs);
        titles_as_nouns(&mut self.items, rs);
        self.chunks = chunk::chunk(&self.items, &rs.lexis);
        self.frames = clause::frames(&self.items, &self.chunks, &rs.lexis.syntax);
    }

    /// The chunk holding item `item`, if any.
    pub fn chunk_of(&self, item: usize) -> Option<usize> {
        self.chunks
            .iter()
            .position(|c| c.start <= item && item < c.end)
    }

    /// Byte span from the start of chunk `from` to the end of chunk `to`.
    pub fn chunks_span(&self, from: usize, to: usize) -> Span {
        Span::new(
            self.items[self.chunks[from].start].span.start,
            self.items[self.chunks[to].end - 1].span.end,
        )
    }

    /// The entity slots of a noun-phrase chunk's head.
    pub fn head_slot(&self, chunk: usize) -> Option<Slot> {
        self.items[self.chunks[chunk].head].slot
    }

    /// Item indices of a noun-phrase chunk's names that a hyphen joins to a participle
    /// modifying its head: "Florida" in "the Florida-based firm", "US" in "a US-led
    /// coalition". They place or qualify the head; they are not what the phrase names.
    pub fn hyphened_modifiers(&self, chunk: usize) -> impl Iterator<Item = usize> + '_ {
        let c = &self.chunks[chunk];
        (c.start..c.head).filter(|&t| {
            self.items[t].slot.is_some()
                && self.items[t + 1].tag == Tag::Hyph
                && chunk::hyphened_participle(&self.items, t + 1)
        })
    }

    /// The noun phrase at chunk `j` and those coordinated after it: "France, Spain and
    /// Italy", "France and Italy" (commas join only in a list that ends in "and", or in
    /// a list of names).
    pub fn conjuncts(&self, j: usize) -> Vec<usize> {
        clause::coordinated_right(&self.items, &self.chunks, j).0
    }

    /// The noun phrase that preposition `prep` opens right after chunk `np`: "of consumer
    /// services" after "head", "to victory" after "led Spain".
    pub fn noun_after_prep(&self, np: usize, prep: &str) -> Option<&Chunk> {
        let (p, n) = (self.chunks.get(np + 1)?, self.chunks.get(np + 2)?);
        (p.kind == chunk::ChunkKind::Prep
            && self.items[p.head].is(prep)
            && n.kind == chunk::ChunkKind::Noun)
            .then_some(n)
    }
}

/// Mentions usable as relation endpoints: resolved, and not bare titles (those stay
/// words so title rules can read them).
fn usable(m: &Mention) -> bool {
    m.entity.is_some() && m.form != MentionForm::Title && !m.span.is_empty()
}

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

/// The view of sentence `si` from its words; `mentions` are the document's, in text
/// order. A word a mention covers only in part keeps the rest as a word of its own.
pub fn build(cx: &Context<'_>, si: usize, words: &[Word], mentions: &[Mention]) -> View {
    let mut view = View {
        sentence: si,
        items: Vec::with_capacity(words.len()),
        ..View::default()
    };
    if words.is_empty() {
        return view;
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
    let mut next = 0;
    for w in words {
        while next < kept.len() && kept[next].span.end <= w.span.start {
            next += 1;
        }
        match kept.get(next) {
            Some(m) if m.span.start < w.span.end => {
                if w.span.start < m.span.start {
                    view.items
                        .push(part(cx, w, Span::new(w.span.start, m.span.start)));
                }
                if view.items.last().is_none_or(|it| it.span != m.span) {
                    view.items.push(Item::slot(cx, m));
                }
                if m.span.end < w.span.end
                    && kept
                        .get(next + 1)
                        .is_none_or(|n| n.span.start >= w.span.end)
                {
                    view.items
                        .push(part(cx, w, Span::new(m.span.end, w.span.end)));
                }
            }
            _ => view.items.push(Item::word(w)),
        }
    }
    unquote_verbs(&mut view.items);
    unbracket_names(&mut view.items);
    possessive_apostrophes(&mut view.items, cx.res.rules.vocab.id("'s"));
    view
}

/// "the Liberal Democrats' home affairs spokesman": a bare apostrophe written onto a
/// name ending in "s", before a lower-case noun or adjective, is its possessive, though
/// the tagger read a closing quote.
fn possessive_apostrophes(items: &mut [Item], possessive: Sym) {
    for i in 1..items.len().saturating_sub(1) {
        let (before, it, next) = (&items[i - 1], &items[i], &items[i + 1]);
        let written_onto_name = before.slot.is_some()
            && before.span.end == it.span.start
            && before.lower.ends_with('s');
        let noun_next = next.slot.is_none()
            && (next.tag.is_adjective() || matches!(next.tag, Tag::Nn | Tag::Nns))
            && next.lower.starts_with(|c: char| c.is_lowercase());
        if it.tag == Tag::CloseQuote && it.lower == "'" && written_onto_name && noun_next {
            items[i].tag = Tag::Pos;
            items[i].lower = CompactString::from("'s");
            items[i].sym = possessive;
        }
    }
}

/// Wire copy marks companies and their tickers with angle brackets: "Citicorp took over
/// <Vickers da Costa Ltd>", "Exxon Corp <XON> said it would". The brackets around a name
/// go, and so does a bracketed ticker or short form right after one, so the name stands
/// where the sentence has it.
fn unbracket_names(items: &mut Vec<Item>) {
    let is = |items: &[Item], k: usize, w: &str| {
        items
            .get(k)
            .is_some_and(|it| it.slot.is_none() && it.lower == w)
    };
    if !(0..items.len()).any(|k| is(items, k, "<") || is(items, k, "(")) {
        return;
    }
    let mut drop = vec![false; items.len()];
    for k in 0..items.len() {
        // "Mitsubishi Tokyo Financial Group (MTFG), Japan's second-largest bank": the
        // name's own short form in brackets after it goes too, so what follows the
        // name is read as its apposition.
        let own_alias = k > 0
            && is(items, k, "(")
            && is(items, k + 2, ")")
            && items[k - 1]
                .slot
                .zip(items[k + 1].slot)
                .is_some_and(|(name, alias)| name.entity == alias.entity);
        if own_alias {
            drop[k..k + 3].fill(true);
            continue;
        }
        if !is(items, k, "<") {
            continue;
        }
        let around_name =
            items.get(k + 1).is_some_and(|it| it.slot.is_some()) && is(items, k + 2, ">");
        let ticker_after_name = k > 0 && items[k - 1].slot.is_some() && is(items, k + 2, ">");
        if around_name {
            drop[k] = true;
            drop[k + 2] = true;
        } else if ticker_after_name {
            drop[k..k + 3].fill(true);
        }
    }
    let mut k = 0;
    items.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// A verb in scare quotes is still the verb: `the group "congratulated" Mr Howard`. The
/// quotes go, and a past form after a noun is the finite verb the tagger may have missed
/// inside them.
fn unquote_verbs(items: &mut Vec<Item>) {
    let quoted_verb = |items: &[Item], k: usize| {
        items[k].tag == Tag::OpenQuote
            && items
                .get(k + 1)
                .is_some_and(|v| v.slot.is_none() && v.tag.is_verb())
            && items.get(k + 2).is_some_and(|q| q.tag == Tag::CloseQuote)
    };
    if !(0..items.len()).any(|k| quoted_verb(items, k)) {
        return;
    }
    let mut k = 0;
    while k < items.len() {
        if quoted_verb(items, k) {
            let after_noun = k
                .checked_sub(1)
                .is_some_and(|b| items[b].slot.is_some() || items[b].tag.is_noun());
            if after_noun && items[k + 1].tag == Tag::Vbn {
                items[k + 1].tag = Tag::Vbd;
            }
            items.remove(k + 2);
            items.remove(k);
        }
        k += 1;
    }
}

/// The part `span` of word `w` as a word item of its own ("Iraq" + "i" is rare, but a
/// mention may end inside a token).
fn part(cx: &Context<'_>, w: &Word, span: Span) -> Item {
    let lower: CompactString = super::normalise(cx.slice(span));
    Item {
        span,
        sym: cx.res.rules.vocab.id(&lower),
        lower,
        tag: w.tag,
        slot: None,
    }
}
