//! Chunks of a sentence view, read from the parts of speech: noun phrases ("the Liberal
//! Democrats' call"), verb groups with their voice and modality ("has not been
//! criticised", "wants to attack"), prepositions, conjunctions and punctuation.

use super::view::Item;
use crate::extract::pattern::{self, Lexis};
use crate::model::MentionForm;
use crate::model::Modality;
use crate::text::tagger::Tag;

/// What a chunk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    /// A noun phrase: "the union leader", "Gordon Brown", "he".
    Noun,
    /// A verb group: auxiliaries, modals, adverbs and the verbs of one predicate.
    Verb,
    /// A preposition ("of", "with", "to" before a noun phrase).
    Prep,
    /// "and", "or", "but".
    Conj,
    /// A conjunction that joins equals: "and", "or" (rules' syntax coordinators).
    Coord,
    /// A comma.
    Comma,
    /// A relative pronoun starting a clause about the noun before it ("who", "which").
    Relative,
    /// A word starting a subordinate clause ("because", "if", "when", "that").
    Sub,
    /// Punctuation that ends a clause: ".", ";", ":", quotes, brackets, dashes.
    Stop,
    /// Anything else: an adverb or adjective standing alone, a particle, a number.
    Other,
}

/// Voice of a verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    /// "X criticised Y".
    #[default]
    Active,
    /// "Y was criticised (by X)".
    Passive,
}

/// What a verb group says about its predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VerbInfo {
    /// Active or passive.
    pub voice: Voice,
    /// Asserted, planned, hypothetical or negated, from its modals and catenatives.
    pub modality: Modality,
    /// Only a form of "be" (or "become", "remain"): a copula before a complement.
    pub copula: bool,
    /// Tensed: "criticised", "has criticised", "will meet"; not "to meet", "meeting".
    pub finite: bool,
    /// Its first verb is a present tense ("visits", "meets").
    pub present: bool,
    /// It starts with "to" ("to attack").
    pub infinitive: bool,
    /// A particle after the verb ("out" in "lashed out"), as an item index.
    pub particle: Option<usize>,
}

/// One chunk: items `start..end`, with its head item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    /// What it is.
    pub kind: ChunkKind,
    /// First item.
    pub start: usize,
    /// One past the last item.
    pub end: usize,
    /// The head: a noun phrase's last noun, a verb group's main verb.
    pub head: usize,
    /// For a noun phrase with a possessive, the item that owns the head ("the Lib Dems'
    /// call": "Lib Dems").
    pub possessor: Option<usize>,
    /// For a verb group, what it says.
    pub verb: VerbInfo,
}

impl Chunk {
    fn single(kind: ChunkKind, at: usize) -> Chunk {
        Chunk {
            kind,
            start: at,
            end: at + 1,
            head: at,
            possessor: None,
            verb: VerbInfo::default(),
        }
    }
}

/// The chunks of a view's items, in order, covering every item.
pub fn chunk(items: &[Item], lex: &Lexis) -> Vec<Chunk> {
    // At most one chunk per item: room for them all at once, not grown step by step.
    let mut out = Vec::with_capacity(items.len());
    let mut i = 0;
    while i < items.len() {
        let c = noun_phrase(items, i, lex)
            .or_else(|| verb_group(items, i, lex))
            .unwrap_or_else(|| Chunk::single(single_kind(items, i, lex), i));
        i = c.end;
        out.push(c);
    }
    out
}

/// Items that may stand inside a noun phrase before its head.
fn nominal(it: &Item) -> bool {
    it.slot.is_some()
        || it.tag.is_noun()
        || matches!(it.tag, Tag::Cd | Tag::Prp | Tag::NnPron | Tag::DtPron)
}

/// A number or an amount, no name: "497", "497m", "$", "£1.3bn".
pub(super) fn amount(it: &Item) -> bool {
    it.slot.is_none() && it.is_amount()
}

/// A proper name.
fn named(it: &Item) -> bool {
    it.slot.is_some_and(|sl| sl.form == MentionForm::Name)
}

/// Whether the item before `i` is a verb.
fn after_verb(items: &[Item], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| items[p].slot.is_none() && items[p].tag.is_main_verb())
}

fn modifier(it: &Item) -> bool {
    it.tag.is_adjective() || matches!(it.tag, Tag::Cd | Tag::Dollar)
}

/// A noun phrase starting at `i`: determiner, modifiers and nouns, possessives inside
/// ("Labour's Ken Livingstone", "the party's leader").
fn noun_phrase(items: &[Item], i: usize, lex: &Lexis) -> Option<Chunk> {
    let at = |k: usize| items.get(k);
    let mut j = i;
    if at(j).is_some_and(|it| it.tag == Tag::Pdt) {
        j += 1;
    }
    if at(j).is_some_and(|it| {
        it.slot.is_none() && matches!(it.tag, Tag::Dt | Tag::PrpS | Tag::WpS | Tag::WdtDet)
    }) {
        j += 1;
    }
    let mut head = None;
    let mut possessor = None;
    while let Some(it) = at(j) {
        // "visited Chile last week": a time phrase is no part of the noun before it.
        if head.is_some() && lex.starts_time(items, j) {
            break;
        }
        // "During the year WPP bought Zenith": a name after a noun of time starts the
        // phrase of the sentence's subject.
        if named(it) && head.is_some_and(|h: usize| items[h].is_time_noun(&lex.syntax)) {
            break;
        }
        // "fined Microsoft 497m euros", "paid Acme $5m": an amount after a name right
        // after a verb is a second object, no part of the name's phrase.
        if amount(it) && j == i + 1 && named(&items[i]) && after_verb(items, i) {
            break;
        }
        // "said on Thursday it had bought": a resolved pronoun before a verb is the
        // next clause's subject, no part of the phrase before it.
        let subject_pronoun = it.slot.is_some_and(|sl| sl.form == MentionForm::Pronoun)
            && head.is_some()
            && at(j + 1).is_some_and(|n| n.slot.is_none() && n.tag.is_verb());
        if subject_pronoun {
            break;
        }
        // A pronoun is a phrase by itself: "he said", "told them".
        if it.slot.is_none() && it.tag == Tag::Prp {
            if head.is_none() && j == i {
                head = Some(j);
                j += 1;
            }
            break;
        }
        if nominal(it) || modifier(it) {
            if nominal(it) {
                head = Some(j);
            }
            j += 1;
        } else if let Some(end) = participle_compound(items, i, j) {
            j = end;
        } else if matches!(it.tag, Tag::Vbn | Tag::Vbg)
            && j > i
            && items[j - 1]
                .slot
                .is_none_or(|sl| sl.form == MentionForm::Demonym)
            && !past_after_plural_head(items, j, head)
            && at(j + 1).is_some_and(nominal)
        {
            // "the planned reforms", "a growing rift", "Asian emerging markets"; after a
            // name it is the verb ("Putin hosted Bush").
            j += 1;
        } else if head.is_none() && participle_as_noun(items, i, j, lex) {
            // "rejected the bid by Zenith", "criticised the ruling by the court": a
            // determiner's participle before a preposition is a noun.
            head = Some(j);
            j += 1;
        } else if j == i && opens_with_participle_modifier(items, j, lex) {
            j += 1;
        } else if matches!(it.tag, Tag::Vbn | Tag::Vbg)
            && it.slot.is_none()
            && lex.title_at(items, j).is_some_and(|(len, _)| len > 1)
        {
            // "X, managing director of Y": a participle opening a title is its word.
            j += 1;
        } else if it.tag == Tag::Hyph
            && (head.is_some() || j > i && modifier(&items[j - 1]))
            && at(j + 1).is_some_and(|n| nominal(n) || modifier(n))
        {
            j += 1;
        } else if it.tag == Tag::Hyph && head.is_some() && hyphened_participle(items, j) {
            // "the California-based Institute": a name and a participle joined by a
            // hyphen modify the noun after them.
            j += 2;
        } else if let Some(end) = quoted_modifiers(items, j) {
            // "held \"constructive, professional and friendly\" talks with Y": adjectives
            // in quotes modify the noun after them like any others.
            j = end;
        } else if head.is_some() && scare_quoted_word(items, j) {
            // "attacked Blair's Tory 'lies'": a word in quotes ends the phrase as its head,
            // however the tagger read it.
            head = Some(j + 1);
            j += 3;
            break;
        } else if it.tag == Tag::Pos && head.is_some() {
            // "Brown's", "the Lib Dems'": what follows is owned by the head so far.
            possessor = head;
            j += 1;
            head = None;
        } else {
            break;
        }
    }
    let head = head.or(possessor)?;
    Some(Chunk {
        kind: ChunkKind::Noun,
        start: i,
        end: j,
        head,
        possessor: possessor.filter(|&p| p != head),
        verb: VerbInfo::default(),
    })
}

/// The end of a hyphenated participle at `j` that modifies the noun after it: "a
/// state-owned firm", "director of value-added services". The tagger reads the
/// compound as one word and each part carries its participle tag. Opening a phrase,
/// it is the verb unless a preposition comes before it or a common noun after it:
/// "Acme has co-founded Zenith", "Acme, re-signed Bo Dahl", "with state-owned Zenith".
fn participle_compound(items: &[Item], i: usize, j: usize) -> Option<usize> {
    let first = &items[j];
    if first.slot.is_some() || !matches!(first.tag, Tag::Vbn | Tag::Vbg) {
        return None;
    }
    let end = compound_end(items, j);
    let next = items.get(end).filter(|n| nominal(n) || modifier(n))?;
    let opens_phrase = || {
        let before = j.checked_sub(1).map(|p| &items[p]);
        let after_prep = before.is_some_and(|b| b.slot.is_none() && b.tag == Tag::In);
        let clause_start =
            before.is_some_and(|b| b.slot.is_some() || b.tag.is_verb() || b.tag == Tag::Prp);
        after_prep || !clause_start && !named(next)
    };
    (end > j + 1 && (j > i || opens_phrase())).then_some(end)
}

/// Whether the hyphen at `j` joins the word before it to a participle, with no space
/// between, that a noun or a modifier follows: "California - based Institute".
pub(super) fn hyphened_participle(items: &[Item], j: usize) -> bool {
    let (Some(part), Some(next)) = (items.get(j + 1), items.get(j + 2)) else {
        return false;
    };
    items[j - 1].span.end == items[j].span.start
        && part.span.start == items[j].span.end
        && part.slot.is_none()
        && matches!(part.tag, Tag::Vbn | Tag::Vbg)
        && (nominal(next) || modifier(next))
}

/// The most words quoted adjectives before a noun run to: "'constructive, professional
/// and friendly' talks".
const MAX_QUOTED_MODIFIER_WORDS: usize = 6;

/// The index past quotes opening at `j` around adjectives alone (with commas and
/// coordinators between), each quote against its word, when a common noun, an
/// adjective or a name follows: "\"friendly\" talks", "hails 'genius' Smith". In quotes
/// the tagger often reads an adjective as a noun ("'frank' talks"), so that counts too.
/// Anything else inside ("\"Good,\" Smith said", "\"We won\" fans sang") is a quotation.
fn quoted_modifiers(items: &[Item], j: usize) -> Option<usize> {
    let open = items.get(j).filter(|q| q.tag == Tag::OpenQuote)?;
    let word = |it: &Item| it.tag.is_adjective() || matches!(it.tag, Tag::Nn | Tag::Nns);
    let inside =
        |it: &Item| it.slot.is_none() && (word(it) || matches!(it.tag, Tag::Comma | Tag::Cc));
    let close = (j + 1..items.len().min(j + 2 + MAX_QUOTED_MODIFIER_WORDS))
        .take_while(|&k| items[k].tag == Tag::CloseQuote || inside(&items[k]))
        .find(|&k| items[k].tag == Tag::CloseQuote)?;
    let (first, last) = (&items[j + 1], &items[close - 1]);
    let next = items.get(close + 1)?;
    let snug = open.span.end == first.span.start && last.span.end == items[close].span.start;
    (close > j + 1
        && snug
        && word(last)
        && (named(next) || next.slot.is_none() && (next.tag.is_noun() || next.tag.is_adjective())))
    .then_some(close + 1)
}

/// Whether quotes at `j` and `j + 2` enclose one word with no space between: "'lies'".
fn scare_quoted_word(items: &[Item], j: usize) -> bool {
    let quote = |k: usize| items.get(k).is_some_and(|q| q.tag.is_quote());
    quote(j)
        && quote(j + 2)
        && items[j + 1].slot.is_none()
        && items[j].span.end == items[j + 1].span.start
        && items[j + 1].span.end == items[j + 2].span.start
}

/// The end of the hyphenated word whose first part is at `j` ("co - founded"): its
/// parts, split from one word, are joined by hyphens and carry one tag.
fn compound_end(items: &[Item], j: usize) -> usize {
    let mut end = j + 1;
    while let (Some(h), Some(part)) = (items.get(end), items.get(end + 1)) {
        let joined = h.tag == Tag::Hyph
            && h.span.start == items[end - 1].span.end
            && part.span.start == h.span.end
            && part.tag == items[j].tag
            && part.slot.is_none();
        if !joined {
            break;
        }
        end += 2;
    }
    end
}

/// Whether the past form at `j` follows the plural head of its phrase: "Ruritanian
/// troops attacked Zenith" is a clause, as a compound's first noun is singular ("state
/// owned firms").
fn past_after_plural_head(items: &[Item], j: usize, head: Option<usize>) -> bool {
    items[j].tag == Tag::Vbn && head == Some(j - 1) && items[j - 1].tag == Tag::Nns
}

/// Whether the past form or participle at `j`, right after the determiner at `i`, is a
/// noun: "the bid by Zenith", "a cut in rates", "the ruling by the court". Not after a
/// floating quantifier ("they all voted for").
fn participle_as_noun(items: &[Item], i: usize, j: usize, lex: &Lexis) -> bool {
    let det = &items[i];
    j == i + 1
        && matches!(items[j].tag, Tag::Vbn | Tag::Vbd | Tag::Vbg)
        && items[j].slot.is_none()
        && det.slot.is_none()
        && matches!(det.tag, Tag::Dt | Tag::PrpS)
        && lex.det_at(items, i)
        && !floating_quantifier(det, lex)
        && items
            .get(j + 1)
            .is_some_and(|n| n.slot.is_none() && n.tag == Tag::In)
}

/// "paid glowing tribute to Y", "under mounting pressure": a participle of the rules'
/// list right after a main verb or a preposition, before a noun, modifies the noun. Not
/// after an auxiliary: "Acme is leading talks".
fn opens_with_participle_modifier(items: &[Item], j: usize, lex: &Lexis) -> bool {
    let it = &items[j];
    let after_verb_or_prep = j.checked_sub(1).is_some_and(|p| {
        let before = &items[p];
        before.slot.is_none()
            && (before.tag == Tag::In
                || before.tag.is_main_verb()
                    && !lex.syntax.copulas.has(before.sym)
                    && !lex.syntax.auxiliaries.has(before.sym))
    });
    it.slot.is_none()
        && matches!(it.tag, Tag::Vbg | Tag::Vbn)
        && lex.syntax.participle_modifiers.has(it.sym)
        && after_verb_or_prep
        && items.get(j + 1).is_some_and(nominal)
}

/// "She has been managing director of Y": after a copula, a participle opening a
/// title of several words is the title's, not the main verb.
fn opens_title_after_copula(
    items: &[Item],
    j: usize,
    last_verb: Option<usize>,
    lex: &Lexis,
) -> bool {
    matches!(items[j].tag, Tag::Vbg | Tag::Vbn)
        && last_verb.is_some_and(|l| lex.syntax.copulas.has(items[l].sym))
        && lex.title_at(items, j).is_some_and(|(len, _)| len > 1)
}

/// A particle after a verb: tagged as one, or a particle word the tagger took for an
/// adverb or an affix ("took over rival Zenith").
fn is_particle(it: &Item, lex: &Lexis) -> bool {
    it.tag == Tag::Rp || matches!(it.tag, Tag::Rb | Tag::Afx) && lex.syntax.particles.has(it.sym)
}

/// Whether a quotation opens at `j` on a main verb: '"failed' in 'had "failed the
/// country"'.
fn quoted_verb_at(items: &[Item], j: usize) -> bool {
    let (Some(q), Some(v)) = (items.get(j), items.get(j + 1)) else {
        return false;
    };
    q.tag == Tag::OpenQuote
        && q.span.end == v.span.start
        && v.slot.is_none()
        && v.tag.is_main_verb()
}

/// A verb group starting at `i`: modals, auxiliaries, adverbs and negation, the main
/// verb, verbs it carries with "to" ("wants to attack"), and a particle.
fn verb_group(items: &[Item], i: usize, lex: &Lexis) -> Option<Chunk> {
    let at = |k: usize| items.get(k).filter(|it| it.slot.is_none());
    let mut j = i;
    let mut main = None;
    let mut last_verb = None;
    let mut info = VerbInfo {
        infinitive: at(i).is_some_and(|it| it.tag == Tag::To),
        ..VerbInfo::default()
    };
    while let Some(it) = at(j) {
        let t = it.tag;
        if t == Tag::Md || t.is_aux() {
            if last_verb.is_none() {
                info.finite = t.is_finite();
                info.present = matches!(t, Tag::VbzAux | Tag::VbpAux);
            }
            last_verb = Some(j);
            j += 1;
        } else if t.is_main_verb() {
            if opens_title_after_copula(items, j, last_verb, lex) {
                break;
            }
            if last_verb.is_none() {
                info.finite = t.is_finite();
                info.present = matches!(t, Tag::Vbz | Tag::Vbp);
            }
            // "has co-founded Zenith": the verb is the compound's last part.
            j = compound_end(items, j);
            main = Some(j - 1);
            last_verb = Some(j - 1);
            // "had spoken", "was held": an auxiliary read as a main verb still leads on.
            if (lex.syntax.copulas.has(it.sym) || lex.syntax.auxiliaries.has(it.sym))
                && (at(j).is_some_and(|n| n.tag.is_verb()) || quoted_verb_at(items, j))
            {
                continue;
            }
            // "wants to attack", "voted to support": the second verb is the predicate.
            if at(j).is_some_and(|n| n.tag == Tag::To)
                && at(j + 1).is_some_and(|n| n.tag == Tag::Vb)
            {
                j += 1;
                continue;
            }
            if at(j).is_some_and(|n| is_particle(n, lex)) {
                info.particle = Some(j);
                j += 1;
            }
            break;
        } else if t == Tag::To && at(j + 1).is_some_and(|n| n.tag.is_verb()) {
            j += 1;
        } else if last_verb.is_some() && main.is_none() && modal_adjective(items, j, lex) {
            // "is due to take part", "is likely to attack": the adjective's modality is
            // the group's, and its subject the verb's.
            j += 1;
        } else if last_verb.is_some() && main.is_none() && quoted_verb_at(items, j) {
            // 'said Y had "failed the country"': a quotation opening on the main verb
            // leaves the group whole.
            j += 1;
        } else if (t.is_adverb() || t == Tag::RbPart) && last_verb.is_some()
            || t == Tag::RbPart && at(j + 1).is_some_and(|n| n.tag.is_verb())
            || floating_quantifier(it, lex)
                && last_verb.is_some()
                && at(j + 1).is_some_and(|n| n.tag.is_verb())
        {
            // "has not yet", "will also": adverbs inside the group.
            j += 1;
        } else {
            break;
        }
    }
    let last = last_verb?;
    // Adverbs after the last verb belong to the clause, not the group.
    let end = if main.is_some() { j } else { last + 1 };
    let head = main.unwrap_or(last);
    info.copula = main.is_none() && lex.syntax.copulas.has(items[last].sym);
    info.voice = if items[head].tag == Tag::Vbn
        && items[i..head].iter().any(|it| {
            it.tag.is_aux()
                && (lex.syntax.copulas.has(it.sym) || lex.syntax.passive_auxiliaries.has(it.sym))
        }) {
        Voice::Passive
    } else {
        Voice::Active
    };
    // A modal word that is the group's own verb ("denied the claims") sets no modality
    // of its own: it qualifies only a verb after it ("denied meeting").
    let modal_end = if main.is_some() { head } else { end };
    info.modality = modality(items, i, modal_end, lex);
    Some(Chunk {
        kind: ChunkKind::Verb,
        start: i,
        end,
        head,
        possessor: None,
        verb: info,
    })
}

/// An adjective after an auxiliary that the modal phrases read with "to" and a verb
/// after it: "due" in "is due to take part", "likely" in "is likely to attack".
fn modal_adjective(items: &[Item], j: usize, lex: &Lexis) -> bool {
    let verb_after = items
        .get(j + 2)
        .is_some_and(|n| n.slot.is_none() && n.tag.is_verb());
    items[j].tag == Tag::Jj
        && verb_after
        && lex.firsts.modals.has(items[j].sym)
        && lex
            .modals
            .iter()
            .any(|(w, _)| w.len() == 2 && w[1] == "to" && Lexis::phrase_at(items, j, w))
}

/// "have both resigned", "have themselves said": a determiner or pronoun the rules
/// let stand between subject and verb, inside a verb group.
fn floating_quantifier(it: &Item, lex: &Lexis) -> bool {
    matches!(it.tag, Tag::Dt | Tag::Prp)
        && lex.firsts.aux.has(it.sym)
        && lex.aux.iter().any(|a| a.len() == 1 && a[0] == it.lower)
}

/// The strongest modality the rules' modal phrases give inside `start..end`.
fn modality(items: &[Item], start: usize, end: usize, lex: &Lexis) -> Modality {
    let mut m = Modality::Asserted;
    for p in start..end {
        if !lex.firsts.modals.has(items[p].sym) {
            continue;
        }
        if let Some((_, found)) = lex
            .modals
            .iter()
            .find(|(w, _)| p + w.len() <= end && Lexis::phrase_at(items, p, w))
        {
            m = pattern::stronger(m, *found);
        }
    }
    m
}

/// The kind of a chunk of one item.
fn single_kind(items: &[Item], i: usize, lex: &Lexis) -> ChunkKind {
    let it = &items[i];
    match it.tag {
        Tag::Cc if lex.syntax.coordinators.has(it.sym) => ChunkKind::Coord,
        Tag::Cc => ChunkKind::Conj,
        Tag::Comma => ChunkKind::Comma,
        Tag::In | Tag::To | Tag::Rp if it.lower != "that" => ChunkKind::Prep,
        Tag::Wdt | Tag::Wp | Tag::WpS => ChunkKind::Relative,
        Tag::InSconj | Tag::Wrb => ChunkKind::Sub,
        Tag::In => ChunkKind::Sub,
        Tag::Period
        | Tag::Colon
        | Tag::OpenQuote
        | Tag::CloseQuote
        | Tag::OpenBracket
        | Tag::CloseBracket
        | Tag::Nfp => ChunkKind::Stop,
        _ if it.lower == "-" || it.lower == "--" => ChunkKind::Stop,
        _ => ChunkKind::Other,
    }
}
