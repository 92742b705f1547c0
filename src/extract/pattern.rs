//! The pattern language of the rule set, compiled and matched over a sentence [`View`].
//!
//! A pattern is a whitespace-separated sequence of elements:
//! - `{A}`, `{B}`, `{S}`: an entity slot (source, target, speaker); `{A+}` also takes a
//!   coordinated list ("X, Y and Z"); `{A:person|country}` restricts kinds.
//! - `word`, `a|b|c`: literal words (lower case); `_` joins words of one alternative
//!   (`in_favor_of`); a trailing `?` makes an element optional, `*` repeatable.
//! - `@class`: any phrase of a word class of the rule set (`@class?`, `@class*`).
//! - `@title`: a role title; its class (leads, member_of, represents) gives the relation.
//! - `~aux`: auxiliaries, adverbs, modals, negation ("has not yet", "is expected to");
//!   they set the modality. `~det`: an optional determiner. `~appos`: an optional
//!   parenthetical ", ... ," of up to ten words. `~mods`: any modifiers of a title,
//!   words of `@mod`, adjectives or nouns ("the firm's global chief executive", "the
//!   EU's Humanitarian Aid Commissioner").
//! - `*N`: up to N words (never entity slots); `**N`: up to N items of any kind.
//! - `!a|b`: the next item is none of these words (it is not consumed): "to !be".
//! - `<!a|b`, `<!@class`: opening a pattern, the item before it is none of these words:
//!   "<!to {A}".
//! - `^`: opening a pattern, it starts a clause: at the sentence's start, after
//!   punctuation or after a coordinator ("For the Greens, X said"; not "a bid for Y,
//!   X said").
//! - `VERB`, `VERB:pp`, `PREP`: filled in from a verb rule's lemmas and prepositions.

use super::layer::view::{Item, Slot, View};
use crate::model::{EntityKind, MentionForm, Modality, Relation, Span};
use crate::text::tagger::Tag;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// Grammatical form of a verb word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "meet", "meets".
    Present,
    /// "met" used as a simple past.
    Past,
    /// Past participle ("met", "brokered").
    Participle,
    /// "meeting".
    Ing,
}

/// Which slot an entity fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Source of the relation.
    A,
    /// Target of the relation.
    B,
    /// Speaker, for attribution.
    S,
}

/// One compiled element.
#[derive(Debug, Clone)]
pub enum El {
    /// Entity slot.
    Slot {
        /// Which one.
        role: Role,
        /// Allowed kinds (empty: any).
        kinds: Vec<EntityKind>,
        /// Accept a coordinated list.
        list: bool,
        /// May be absent.
        opt: bool,
    },
    /// One of several phrases.
    Words {
        /// Alternatives, each a word sequence.
        alts: Vec<Vec<String>>,
        /// May be absent.
        opt: bool,
        /// May repeat.
        star: bool,
    },
    /// A title phrase, giving the relation.
    Title {
        /// May be absent.
        opt: bool,
    },
    /// Verb forms: (words, form).
    Verb {
        /// Phrases and their forms.
        alts: Vec<(Vec<String>, Form)>,
        /// Only participles (passive).
        passive: bool,
    },
    /// Auxiliaries and modality words.
    Aux,
    /// Optional determiner.
    Det,
    /// Optional parenthetical.
    Appos,
    /// Modifiers of a title: any words of the `mod` class, adjectives or nouns.
    Mods(Vec<Vec<String>>),
    /// Up to N words.
    Gap(usize),
    /// Up to N items, entity slots included.
    AnyGap(usize),
    /// The next item is none of these phrases; nothing is consumed.
    NotAhead(Vec<Vec<String>>),
    /// The item before is none of these words; nothing is consumed. Only at the start
    /// of a pattern.
    NotBehind(Vec<Vec<String>>),
    /// The pattern starts a clause: nothing, punctuation or a coordinator before it.
    /// Only at the start of a pattern.
    ClauseStart,
}

/// Word lists the matcher consults.
#[derive(Debug, Clone, Default)]
pub struct Lexis {
    /// Named word classes.
    pub classes: BTreeMap<String, Vec<Vec<String>>>,
    /// Words that may stand between a subject and its verb.
    pub aux: Vec<Vec<String>>,
    /// Phrases that set modality, longest first.
    pub modals: Vec<(Vec<String>, Modality)>,
    /// Title phrases with their relation, longest first.
    pub titles: Vec<(Vec<String>, Relation)>,
    /// Determiners.
    pub dets: Vec<String>,
    /// Forms of "be", which make a participle passive.
    pub be: Vec<String>,
    /// Function words as written.
    pub syntax_words: SyntaxWords,
    /// Function words by id (see [`Lexis::index`]).
    pub syntax: Syntax,
    /// First words of the phrase lists above, by id (see [`Lexis::index`]).
    pub firsts: Firsts,
    /// The word lists above by word, for lookups (see [`Lexis::index`]); before
    /// indexing, the lookups read the lists themselves.
    pub lookup: Option<Lookup>,
}

/// The word lists of a [`Lexis`] by word, so that a lookup reads only the phrases that
/// can match.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    /// Each class's one-word members.
    one_words: FxHashMap<String, FxHashSet<String>>,
    /// Each class's phrases: their indices in the class by their first word.
    phrases_by_first: FxHashMap<String, FxHashMap<String, Vec<usize>>>,
    /// Indices in [`Lexis::titles`] of the titles, in order, by the id of their first
    /// word.
    titles_by_first: FxHashMap<Sym, Vec<usize>>,
    /// Indices in [`Lexis::titles`] of the one-word titles, in order.
    one_word_titles: Vec<usize>,
}

impl Lookup {
    /// The lookup of `lexis`, whose title words are interned in `vocab`; `None` when a
    /// title is empty (it would match anywhere).
    fn of(lexis: &Lexis, vocab: &mut Vocab) -> Option<Lookup> {
        let mut lookup = Lookup::default();
        for (class, phrases) in &lexis.classes {
            let words = phrases.iter().filter_map(|p| match p.as_slice() {
                [w] => Some(w.clone()),
                _ => None,
            });
            lookup.one_words.insert(class.clone(), words.collect());
            let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
            for (i, p) in phrases.iter().enumerate() {
                // An empty phrase matches only no words, which are read without the
                // index.
                if let Some(first) = p.first() {
                    by_first.entry(first.clone()).or_default().push(i);
                }
            }
            lookup.phrases_by_first.insert(class.clone(), by_first);
        }
        for (i, (words, _)) in lexis.titles.iter().enumerate() {
            let first = words.first()?;
            let by_first = lookup.titles_by_first.entry(vocab.intern(first));
            by_first.or_default().push(i);
            if words.len() == 1 {
                lookup.one_word_titles.push(i);
            }
        }
        Some(lookup)
    }
}

/// The first of two ascending lists of indices that `found` gives a value for, with
/// that value: the first match of a list that both lists are parts of.
fn first_of_both<T>(a: &[usize], b: &[usize], found: impl Fn(usize) -> Option<T>) -> Option<T> {
    let first = |list: &[usize]| list.iter().find_map(|&i| Some((i, found(i)?)));
    match (first(a), first(b)) {
        (Some((i, x)), Some((j, y))) => Some(if i <= j { x } else { y }),
        (x, y) => x.or(y).map(|(_, v)| v),
    }
}

/// Function words the sentence layer reads structure by, as written in the rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SyntaxWords {
    /// Forms of "be" and its kin: with nothing after them they make a copula.
    pub copulas: Vec<String>,
    /// Other verbs that may be auxiliaries ("had" in "had spoken").
    pub auxiliaries: Vec<String>,
    /// Auxiliaries besides the copulas that make a participle passive ("got elected").
    pub passive_auxiliaries: Vec<String>,
    /// Conjunctions that coordinate noun phrases and clauses.
    pub coordinators: Vec<String>,
    /// Subordinators of a condition ("if he wins").
    pub conditional: Vec<String>,
    /// Subordinators of time: with a present verb, the clause is still to come.
    pub temporal: Vec<String>,
    /// Other words that, before a noun phrase and a tensed verb, open a clause the
    /// chunker may read as a prepositional phrase ("as X backed Y", "since X bought Y").
    pub subordinators: Vec<String>,
    /// Prepositions whose noun phrase a participle right after acts with ("with Milburn
    /// accusing Howard of lying").
    pub absolute_preps: Vec<String>,
    /// Prepositions that take a place, not a title ("in Turkey Minister X").
    pub locative: Vec<String>,
    /// Verbs whose subject, not their object, does what the infinitive after the object
    /// says: in "Acme beat Zenith to buy Ruro", Acme buys.
    pub subject_control: Vec<String>,
    /// Verbs of going, whose subject does what an infinitive after the destination says:
    /// in "X flew to Cairo to meet Y", X meets Y.
    pub motion_verbs: Vec<String>,
    /// Prepositions of where and when besides the locative ones, which may stand
    /// between a verb of going and what the going was for: "flew to Cairo on Monday to
    /// meet Y".
    pub destination_preps: Vec<String>,
    /// Heads of a bare phrase of time ("next week"), which is no subject.
    pub time_nouns: Vec<String>,
    /// Particles of phrasal verbs ("took over"), taken as such when tagged as adverbs.
    pub particles: Vec<String>,
    /// Words that are prepositions wherever they stand before a noun phrase, whatever
    /// the tagger guessed ("criticised X and Y amid reports of a rift").
    pub prepositions: Vec<String>,
    /// Participles that, right after a verb or a preposition and before a noun, modify
    /// the noun: "paid glowing tribute to Y", "under mounting pressure".
    pub participle_modifiers: Vec<String>,
    /// Nouns of a purpose whose infinitive is done by who holds or makes them: in "Acme
    /// signed an agreement to buy Zenith" Acme buys (but in "urged the board to buy",
    /// the board).
    pub intent_nouns: Vec<String>,
    /// Verbs that deny the clause after them: in "X denied he had told Y", nothing was
    /// told.
    pub denial_verbs: Vec<String>,
    /// Nouns of hearsay: the clause after them is only reported ("amid reports that X
    /// had met Y", "dismissed claims he told Y").
    pub hearsay_nouns: Vec<String>,
    /// Verbs of hearsay: "he alleges that X told Y" is an allegation, not a fact.
    pub hearsay_verbs: Vec<String>,
    /// Verbs that make hearsay a fact: "the UN confirmed reports that X killed Y".
    pub confirming_verbs: Vec<String>,
    /// Words after which a participle acts with the object before them: "quoted Lyng as
    /// telling Kato".
    pub predicative: Vec<String>,
    /// Endings that stand for a word of their own ("didn't", "we'll"), tried in order.
    pub contractions: Vec<Contraction>,
    /// Stems a contraction clips, with the word they stand for ("wo" in "won't").
    pub clipped_stems: Vec<(String, String)>,
    /// Words written joined that are read as their parts ("cannot": "can" + "not").
    pub joined_words: Vec<JoinedWord>,
}

/// A word written as its parts joined: "cannot" is "can" + "not".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct JoinedWord {
    /// The word as written, lower case.
    pub whole: String,
    /// Its parts, which spell it in order.
    pub parts: Vec<String>,
}

/// An ending that stands for a word of its own: "n't" for "not".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contraction {
    /// The ending, lower case, with a plain apostrophe.
    pub suffix: String,
    /// The word it stands for.
    pub word: String,
    /// When not empty, the only stems it follows ("'d" after pronouns: "Sa'd" is a name).
    pub only_after: Vec<String>,
}

impl SyntaxWords {
    /// Add another file's words (the user's).
    pub fn extend(&mut self, o: SyntaxWords) {
        self.copulas.extend(o.copulas);
        self.auxiliaries.extend(o.auxiliaries);
        self.passive_auxiliaries.extend(o.passive_auxiliaries);
        self.coordinators.extend(o.coordinators);
        self.conditional.extend(o.conditional);
        self.temporal.extend(o.temporal);
        self.subordinators.extend(o.subordinators);
        self.absolute_preps.extend(o.absolute_preps);
        self.locative.extend(o.locative);
        self.subject_control.extend(o.subject_control);
        self.motion_verbs.extend(o.motion_verbs);
        self.destination_preps.extend(o.destination_preps);
        self.time_nouns.extend(o.time_nouns);
        self.particles.extend(o.particles);
        self.prepositions.extend(o.prepositions);
        self.participle_modifiers.extend(o.participle_modifiers);
        self.intent_nouns.extend(o.intent_nouns);
        self.denial_verbs.extend(o.denial_verbs);
        self.hearsay_nouns.extend(o.hearsay_nouns);
        self.hearsay_verbs.extend(o.hearsay_verbs);
        self.confirming_verbs.extend(o.confirming_verbs);
        self.predicative.extend(o.predicative);
        self.contractions.extend(o.contractions);
        self.clipped_stems.extend(o.clipped_stems);
        self.joined_words.extend(o.joined_words);
    }
}

/// [`SyntaxWords`] by vocabulary id.
#[derive(Debug, Clone, Default)]
pub struct Syntax {
    /// See [`SyntaxWords::copulas`].
    pub copulas: SymSet,
    /// See [`SyntaxWords::auxiliaries`].
    pub auxiliaries: SymSet,
    /// See [`SyntaxWords::passive_auxiliaries`].
    pub passive_auxiliaries: SymSet,
    /// See [`SyntaxWords::coordinators`].
    pub coordinators: SymSet,
    /// See [`SyntaxWords::conditional`].
    pub conditional: SymSet,
    /// See [`SyntaxWords::temporal`].
    pub temporal: SymSet,
    /// See [`SyntaxWords::subordinators`].
    pub subordinators: SymSet,
    /// See [`SyntaxWords::absolute_preps`].
    pub absolute_preps: SymSet,
    /// See [`SyntaxWords::locative`].
    pub locative: SymSet,
    /// See [`SyntaxWords::subject_control`].
    pub subject_control: SymSet,
    /// See [`SyntaxWords::motion_verbs`].
    pub motion_verbs: SymSet,
    /// See [`SyntaxWords::destination_preps`].
    pub destination_preps: SymSet,
    /// See [`SyntaxWords::time_nouns`].
    pub time_nouns: SymSet,
    /// See [`SyntaxWords::particles`].
    pub particles: SymSet,
    /// See [`SyntaxWords::prepositions`].
    pub prepositions: SymSet,
    /// See [`SyntaxWords::participle_modifiers`].
    pub participle_modifiers: SymSet,
    /// See [`SyntaxWords::intent_nouns`].
    pub intent_nouns: SymSet,
    /// See [`SyntaxWords::denial_verbs`].
    pub denial_verbs: SymSet,
    /// See [`SyntaxWords::hearsay_nouns`].
    pub hearsay_nouns: SymSet,
    /// See [`SyntaxWords::hearsay_verbs`].
    pub hearsay_verbs: SymSet,
    /// See [`SyntaxWords::confirming_verbs`].
    pub confirming_verbs: SymSet,
    /// See [`SyntaxWords::predicative`].
    pub predicative: SymSet,
}

impl Syntax {
    /// Whether `word` opens a clause before a noun phrase and a tensed verb: a
    /// subordinator of time or one of the others ("after X bought Y", "as X backed Y").
    pub fn subordinates(&self, word: Sym) -> bool {
        self.temporal.has(word) || self.subordinators.has(word)
    }

    fn index(w: &SyntaxWords, vocab: &mut Vocab) -> Syntax {
        let mut set =
            |list: &[String]| SymSet::firsts(vocab, list.iter().map(std::slice::from_ref));
        Syntax {
            copulas: set(&w.copulas),
            auxiliaries: set(&w.auxiliaries),
            passive_auxiliaries: set(&w.passive_auxiliaries),
            coordinators: set(&w.coordinators),
            conditional: set(&w.conditional),
            temporal: set(&w.temporal),
            subordinators: set(&w.subordinators),
            absolute_preps: set(&w.absolute_preps),
            locative: set(&w.locative),
            subject_control: set(&w.subject_control),
            motion_verbs: set(&w.motion_verbs),
            destination_preps: set(&w.destination_preps),
            time_nouns: set(&w.time_nouns),
            particles: set(&w.particles),
            prepositions: set(&w.prepositions),
            participle_modifiers: set(&w.participle_modifiers),
            intent_nouns: set(&w.intent_nouns),
            denial_verbs: set(&w.denial_verbs),
            hearsay_nouns: set(&w.hearsay_nouns),
            hearsay_verbs: set(&w.hearsay_verbs),
            confirming_verbs: set(&w.confirming_verbs),
            predicative: set(&w.predicative),
        }
    }
}

/// The words phrase lists can begin with: a position whose word is not among them
/// is skipped without comparing a single phrase.
#[derive(Debug, Clone, Default)]
pub struct Firsts {
    /// Of the titles.
    pub titles: SymSet,
    /// Of the auxiliaries.
    pub aux: SymSet,
    /// Of the modal phrases.
    pub modals: SymSet,
    /// The determiners.
    pub dets: SymSet,
    /// Of the time phrases.
    pub times: SymSet,
    /// The plurals of one-word titles ("mps", "spokesmen").
    pub plural_titles: SymSet,
}

/// The vocabulary id of the word at `pos` ([`Sym::NONE`] past the end or on a slot).
pub fn sym_at(items: &[Item], pos: usize) -> Sym {
    items.get(pos).map_or(Sym::NONE, |it| it.sym)
}

impl Lexis {
    /// Fill [`Lexis::firsts`], interning the words into `vocab`, and
    /// [`Lexis::lookup`].
    pub fn index(&mut self, vocab: &mut Vocab) {
        self.syntax = Syntax::index(&self.syntax_words, vocab);
        self.lookup = Lookup::of(self, vocab);
        let plural_titles: Vec<String> = self
            .titles
            .iter()
            .filter_map(|(w, _)| match w.as_slice() {
                [one] => Some(plurals(one)),
                _ => None,
            })
            .flatten()
            .collect();
        self.firsts = Firsts {
            titles: SymSet::firsts(vocab, self.titles.iter().map(|(w, _)| w.as_slice())),
            plural_titles: SymSet::firsts(vocab, plural_titles.iter().map(std::slice::from_ref)),
            aux: SymSet::firsts(vocab, self.aux.iter().map(Vec::as_slice)),
            modals: SymSet::firsts(vocab, self.modals.iter().map(|(w, _)| w.as_slice())),
            dets: SymSet::firsts(vocab, self.dets.iter().map(std::slice::from_ref)),
            times: SymSet::firsts(
                vocab,
                self.classes
                    .get("times")
                    .into_iter()
                    .flatten()
                    .map(Vec::as_slice),
            ),
        };
    }

    /// Whether the word at `pos` is a determiner.
    pub fn det_at(&self, items: &[Item], pos: usize) -> bool {
        self.firsts.dets.has(sym_at(items, pos))
    }

    /// Length of the longest phrase of `alts` starting at `pos`.
    pub fn phrase_at(items: &[Item], pos: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(k, w)| {
            items
                .get(pos + k)
                .is_some_and(|it| it.slot.is_none() && it.lower == *w)
        })
    }

    /// Whether a rule's literal words stand at `pos`, a one-word literal also matching a
    /// pronoun resolved to an entity: "as its chairman" reads "its" whoever it stands for.
    fn literal_at(items: &[Item], pos: usize, words: &[String]) -> bool {
        match words {
            [w] => items.get(pos).is_some_and(|it| {
                it.lower == *w && it.slot.is_none_or(|s| s.form != MentionForm::Name)
            }),
            _ => Lexis::phrase_at(items, pos, words),
        }
    }

    /// Whether `word` is a one-word member of the named word class ("capital" of
    /// `capital_nouns`).
    pub fn class_has_word(&self, class: &str, word: &str) -> bool {
        if let Some(lookup) = &self.lookup {
            return lookup
                .one_words
                .get(class)
                .is_some_and(|ws| ws.contains(word));
        }
        self.classes
            .get(class)
            .is_some_and(|ws| ws.iter().any(|w| w.len() == 1 && w[0] == word))
    }

    /// Whether `class` has the phrase made of `words`.
    pub fn class_has_phrase<'w>(
        &self,
        class: &str,
        words: impl Iterator<Item = &'w str> + Clone,
    ) -> bool {
        let same = |w: &Vec<String>| w.iter().map(String::as_str).eq(words.clone());
        let phrases = || self.classes.get(class);
        match (&self.lookup, words.clone().next()) {
            // Only the phrases starting with the first word can match: the class's list
            // is read only when there are some.
            (Some(lookup), Some(first)) => lookup
                .phrases_by_first
                .get(class)
                .and_then(|by_first| by_first.get(first))
                .is_some_and(|at| {
                    phrases().is_some_and(|phrases| at.iter().any(|&i| same(&phrases[i])))
                }),
            _ => phrases().is_some_and(|phrases| phrases.iter().any(same)),
        }
    }

    /// Whether a time phrase ("last week", "this month") starts at `pos`.
    pub fn starts_time(&self, items: &[Item], pos: usize) -> bool {
        self.firsts.times.has(sym_at(items, pos))
            && self
                .classes
                .get("times")
                .is_some_and(|ts| ts.iter().any(|w| Lexis::phrase_at(items, pos, w)))
    }

    /// The title phrase starting at `pos`, longest first.
    pub fn title_at(&self, items: &[Item], pos: usize) -> Option<(usize, Relation)> {
        let sym = sym_at(items, pos);
        if !self.firsts.titles.has(sym) {
            return None;
        }
        let matches = |&(ref w, r): &(Vec<String>, Relation)| {
            Lexis::phrase_at(items, pos, w).then_some((w.len(), r))
        };
        match &self.lookup {
            // Only titles starting with this word can match.
            Some(lookup) => lookup
                .titles_by_first
                .get(&sym)?
                .iter()
                .find_map(|&i| matches(&self.titles[i])),
            None => self.titles.iter().find_map(matches),
        }
    }

    /// A title in the plural at `pos` ("MPs", "chief executives", "spokesmen"): its
    /// length in items and relation.
    pub fn plural_title_at(&self, items: &[Item], pos: usize) -> Option<(usize, Relation)> {
        let sym = sym_at(items, pos);
        if !self.firsts.titles.has(sym) && !self.firsts.plural_titles.has(sym) {
            return None;
        }
        let matches = |(w, r): &(Vec<String>, Relation)| {
            let (last, before) = w.split_last()?;
            let plural = items.get(pos + before.len())?;
            let written = Lexis::phrase_at(items, pos, before)
                && plural.slot.is_none()
                && is_plural_of(&plural.lower, last);
            written.then_some((w.len(), *r))
        };
        match &self.lookup {
            // A title of several words starts with this word; a one-word title is in
            // the plural here.
            Some(lookup) => first_of_both(
                lookup.titles_by_first.get(&sym).map_or(&[], Vec::as_slice),
                &lookup.one_word_titles,
                |i| matches(&self.titles[i]),
            ),
            None => self.titles.iter().find_map(matches),
        }
    }
}

/// The plurals a noun may have: "executives", "bosses", "spokesmen".
fn plurals(word: &str) -> [String; 2] {
    match word.strip_suffix("man") {
        Some(stem) => [format!("{stem}men"), format!("{word}s")],
        None => [format!("{word}s"), format!("{word}es")],
    }
}

/// Whether `many` is a plural of `one`: "executives", "bosses", "spokesmen".
fn is_plural_of(many: &str, one: &str) -> bool {
    match (many.strip_suffix("men"), one.strip_suffix("man")) {
        (Some(a), Some(b)) if a == b => true,
        _ => many
            .strip_prefix(one)
            .is_some_and(|end| end == "s" || end == "es"),
    }
}

/// A successful match.
#[derive(Debug, Clone, Default)]
pub struct Match {
    /// Items filling slot A.
    pub a: Vec<usize>,
    /// Items filling slot B.
    pub b: Vec<usize>,
    /// Items filling slot S.
    pub s: Vec<usize>,
    /// Modality read from `~aux`.
    pub modality: Modality,
    /// Relation read from `@title`.
    pub title: Option<Relation>,
    /// First item.
    pub start: usize,
    /// One past the last item.
    pub end: usize,
    be_last: bool,
}

impl Match {
    /// The items filling slot `role`.
    fn filler_mut(&mut self, role: Role) -> &mut Vec<usize> {
        match role {
            Role::A => &mut self.a,
            Role::B => &mut self.b,
            Role::S => &mut self.s,
        }
    }

    /// Byte span covered in the view.
    pub fn span(&self, v: &View) -> Span {
        Span::new(
            v.items[self.start].span.start,
            v.items[self.end - 1].span.end,
        )
    }
}

/// Split a phrase into words.
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.split([' ', '_']).filter(|w| !w.is_empty()) {
        // Hyphens are separate items in a view ("one - on - one").
        let w = w.to_lowercase();
        if w.len() > 1 && w.contains('-') {
            for (i, part) in w.split('-').enumerate() {
                if i > 0 {
                    out.push("-".to_string());
                }
                if !part.is_empty() {
                    out.push(part.to_string());
                }
            }
        } else {
            out.push(w);
        }
    }
    out
}

/// What a verb rule lends its frames: its forms (for `VERB`), its prepositions (for
/// `PREP`) and whether one is required.
pub type VerbParts<'a> = (&'a [(Vec<String>, Form)], &'a [String], bool);

/// Compile a pattern. `verb` supplies `VERB` and `PREP`.
pub fn compile(src: &str, lex: &Lexis, verb: Option<VerbParts<'_>>) -> Result<Vec<El>, String> {
    let mut out = Vec::new();
    for tok in src.split_whitespace() {
        let (tok, opt, star) = if let Some(t) = tok.strip_suffix('?').filter(|t| !t.is_empty()) {
            (t, true, false)
        } else if let Some(t) = tok
            .strip_suffix('*')
            .filter(|t| !t.is_empty() && !t.starts_with('*'))
        {
            (t, true, true)
        } else {
            (tok, false, false)
        };
        if let Some(inner) = tok.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            let (head, kinds) = match inner.split_once(':') {
                Some((h, k)) => (h, k),
                None => (inner, ""),
            };
            let (name, list) = match head.strip_suffix('+') {
                Some(n) => (n, true),
                None => (head, false),
            };
            let role = match name {
                "A" => Role::A,
                "B" => Role::B,
                "S" => Role::S,
                _ => return Err(format!("unknown slot {{{name}}} (use A, B or S)")),
            };
            let mut ks = Vec::new();
            for k in kinds.split('|').filter(|k| !k.is_empty()) {
                ks.push(EntityKind::parse(k).ok_or_else(|| format!("unknown kind {k:?}"))?);
            }
            out.push(El::Slot {
                role,
                kinds: ks,
                list,
                opt,
            });
        } else if tok == "@title" {
            out.push(El::Title { opt });
        } else if let Some(name) = tok.strip_prefix('@') {
            let alts = lex
                .classes
                .get(name)
                .ok_or_else(|| format!("unknown word class @{name}"))?
                .clone();
            out.push(El::Words { alts, opt, star });
        } else if tok == "~aux" {
            out.push(El::Aux);
        } else if tok == "~det" {
            out.push(El::Det);
        } else if tok == "~appos" {
            out.push(El::Appos);
        } else if tok == "~mods" {
            let alts = lex
                .classes
                .get("mod")
                .ok_or("~mods needs the word class @mod")?
                .clone();
            out.push(El::Mods(alts));
        } else if tok == "^" {
            if !out.is_empty() {
                return Err("^ may only open a pattern".to_string());
            }
            out.push(El::ClauseStart);
        } else if let Some(not) = tok.strip_prefix("<!").filter(|t| !t.is_empty()) {
            if out.iter().any(|e| !matches!(e, El::NotBehind(_))) {
                return Err(format!("{tok:?} may only open a pattern"));
            }
            let alts = match not.strip_prefix('@') {
                Some(name) => lex
                    .classes
                    .get(name)
                    .ok_or_else(|| format!("unknown word class @{name}"))?
                    .clone(),
                None => not.split('|').map(words).collect(),
            };
            out.push(El::NotBehind(alts));
        } else if let Some(not) = tok.strip_prefix('!').filter(|t| !t.is_empty()) {
            out.push(El::NotAhead(not.split('|').map(words).collect()));
        } else if let Some(n) = tok.strip_prefix("**") {
            let n: usize = n.parse().map_err(|_| format!("bad gap {tok:?}"))?;
            out.push(El::AnyGap(n));
        } else if let Some(n) = tok.strip_prefix('*') {
            let n: usize = n.parse().map_err(|_| format!("bad gap {tok:?}"))?;
            out.push(El::Gap(n));
        } else if tok == "VERB" || tok == "VERB:pp" {
            let (alts, _, _) = verb.ok_or("VERB outside a verb rule")?;
            out.push(El::Verb {
                alts: alts.to_vec(),
                passive: tok == "VERB:pp",
            });
        } else if tok == "PREP" {
            let (_, preps, required) = verb.ok_or("PREP outside a verb rule")?;
            if !preps.is_empty() {
                out.push(El::Words {
                    alts: preps.iter().map(|p| words(p)).collect(),
                    opt: !required,
                    star: false,
                });
            }
        } else {
            let alts = tok.split('|').map(words).collect();
            out.push(El::Words { alts, opt, star });
        }
    }
    Ok(out)
}

/// A word's id in a [`Vocab`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sym(pub u32);

impl Sym {
    /// No id: an entity slot, or a word no rule names.
    pub const NONE: Sym = Sym(u32::MAX);
}

/// Ids of the words the rules name; other words need no id.
#[derive(Debug, Clone, Default)]
pub struct Vocab {
    // Fx: short keys looked up once per word of every sentence.
    ids: FxHashMap<String, u32>,
    /// Tells this vocabulary's words from another's, or from its own before a word was
    /// added: a copy keeps it, adding a word takes a new one (0: empty).
    generation: u64,
}

impl Vocab {
    /// The id of `w`, adding it if new.
    pub fn intern(&mut self, w: &str) -> Sym {
        let n = self.ids.len() as u32;
        let id = *self.ids.entry(w.to_string()).or_insert(n);
        if id == n {
            static NEXT: AtomicU64 = AtomicU64::new(1);
            self.generation = NEXT.fetch_add(1, Ordering::Relaxed);
        }
        Sym(id)
    }

    /// Which words this vocabulary holds: equal generations hold equal words.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The id of `w`, or [`Sym::NONE`].
    pub fn id(&self, w: &str) -> Sym {
        self.ids.get(w).map_or(Sym::NONE, |&n| Sym(n))
    }
}

/// A set of word ids, as a bit set: one test per word.
#[derive(Debug, Clone, Default)]
pub struct SymSet(Vec<u64>);

impl SymSet {
    /// The ids of the first words of `phrases`, interned into `vocab`.
    pub fn firsts<'a>(
        vocab: &mut Vocab,
        phrases: impl IntoIterator<Item = &'a [String]>,
    ) -> SymSet {
        let mut set = SymSet::default();
        for p in phrases {
            match p.first() {
                Some(w) => set.insert(vocab.intern(w)),
                // An empty phrase matches anywhere: the set cannot rule a word out.
                None => return SymSet::all(),
            }
        }
        set
    }

    fn all() -> SymSet {
        SymSet(vec![u64::MAX; 1 << 10])
    }

    fn insert(&mut self, Sym(n): Sym) {
        let k = n as usize / 64;
        if self.0.len() <= k {
            self.0.resize(k + 1, 0);
        }
        self.0[k] |= 1 << (n % 64);
    }

    /// Whether `sym` is in the set ([`Sym::NONE`] never is).
    pub fn has(&self, Sym(n): Sym) -> bool {
        self.0
            .get(n as usize / 64)
            .is_some_and(|b| b & (1 << (n % 64)) != 0)
    }
}

/// Where a match may begin, from the pattern's first element.
#[derive(Debug, Clone, Default)]
enum Start {
    /// Anywhere.
    #[default]
    Any,
    /// At an entity slot.
    Slot,
    /// At a word with one of these ids.
    Words(SymSet),
}

/// What a pattern needs of a sentence to match at all: a necessary condition, so
/// sentences without it are skipped without running the matcher.
#[derive(Debug, Clone, Default)]
pub struct Need {
    /// Required entity slots (each takes at least one item of its own).
    slots: usize,
    /// For each required word element: ids of the words its phrases begin with, as a
    /// sparse bit set. A rule's words are interned together, so a list of forty verbs
    /// takes a few 64-bit words: tested at once, not id by id.
    words: Vec<Vec<IdBits>>,
    /// Where a match may begin.
    start: Start,
    /// Per element, for a list of words or verb forms: the id of the first word of each
    /// phrase (`None` for an empty phrase), so that the matcher compares ids before
    /// strings.
    alt_firsts: Vec<Vec<Option<Sym>>>,
}

impl Need {
    /// The needs of a compiled pattern; the first words of its phrases go into `vocab`.
    pub fn of(els: &[El], lex: &Lexis, vocab: &mut Vocab) -> Need {
        let mut need = Need::default();
        // Ids of the first words of `alts`; `None` if a phrase is empty (always matches).
        let mut firsts = |alts: &mut dyn Iterator<Item = &Vec<String>>| -> Option<Vec<u32>> {
            let mut ids = Vec::new();
            for w in alts {
                ids.push(vocab.intern(w.first()?).0);
            }
            ids.sort_unstable();
            ids.dedup();
            Some(ids)
        };
        // A look-behind opening the pattern consumes nothing: the pattern starts after it.
        let lead = els
            .iter()
            .take_while(|e| matches!(e, El::NotBehind(_) | El::ClauseStart))
            .count();
        for (k, el) in els.iter().enumerate() {
            let ids = match el {
                El::Slot { opt: false, .. } => {
                    need.slots += 1;
                    if k == lead {
                        need.start = Start::Slot;
                    }
                    None
                }
                // A possessive pronoun says the marker after a slot: "its Zenith unit".
                El::Words { alts, .. } if k > 0 && after_slot_possessive(&els[k - 1], alts) => None,
                El::Words {
                    alts, opt: false, ..
                } => firsts(&mut alts.iter()),
                El::Verb { alts, .. } => firsts(&mut alts.iter().map(|(w, _)| w)),
                El::Title { opt: false } => firsts(&mut lex.titles.iter().map(|(w, _)| w)),
                _ => None,
            };
            if let Some(ids) = ids {
                need.words.push(IdBits::of(&ids));
                if k == lead {
                    let mut set = SymSet::default();
                    ids.iter().for_each(|&id| set.insert(Sym(id)));
                    need.start = Start::Words(set);
                }
            }
        }
        // Rarest first is unknown; shortest lists are at least the quickest to test.
        need.words.sort_by_key(|bits| bits.len());
        need.alt_firsts = els.iter().map(|el| alt_firsts(el, vocab)).collect();
        need
    }
}

/// The ids of the first words of the phrases of a list of words or verb forms, interned
/// into `vocab`; none for another element.
fn alt_firsts(el: &El, vocab: &mut Vocab) -> Vec<Option<Sym>> {
    let mut first = |w: &[String]| w.first().map(|w| vocab.intern(w));
    match el {
        El::Words { alts, .. } => alts.iter().map(|w| first(w)).collect(),
        El::Verb { alts, .. } => alts.iter().map(|(w, _)| first(w)).collect(),
        _ => Vec::new(),
    }
}

/// Some ids that fall in one 64-bit word of a bit set of ids: the word's index and bits.
#[derive(Debug, Clone, Copy)]
struct IdBits {
    word: u32,
    bits: u64,
}

impl IdBits {
    /// Sorted `ids` as one entry per 64-bit word they touch.
    fn of(ids: &[u32]) -> Vec<IdBits> {
        let mut out: Vec<IdBits> = Vec::new();
        for &id in ids {
            let (word, bit) = (id / 64, 1u64 << (id % 64));
            match out.last_mut() {
                Some(last) if last.word == word => last.bits |= bit,
                _ => out.push(IdBits { word, bits: bit }),
            }
        }
        out
    }
}

/// A view's words as vocabulary ids, and its number of entity slots.
#[derive(Debug, Clone, Default)]
pub struct Present {
    /// Per item: its word's id, [`Present::SLOT`] for slots, or `u32::MAX` for words no
    /// rule names.
    ids: Vec<u32>,
    /// Bit set of the ids present.
    bits: Vec<u64>,
    slots: usize,
}

impl Present {
    const SLOT: u32 = u32::MAX - 1;

    /// Index the items of `v` (build it after the view's last change).
    pub fn of(v: &View, vocab: &Vocab) -> Present {
        let mut p = Present {
            ids: Vec::with_capacity(v.items.len()),
            bits: vec![0; vocab.ids.len().div_ceil(64)],
            slots: 0,
        };
        for it in &v.items {
            // A pronoun standing for an entity is still its word to a rule's literal.
            let Sym(id) = match it.slot {
                Some(s) if s.form != MentionForm::Name && !it.lower.contains(' ') => {
                    vocab.id(&it.lower)
                }
                _ => it.sym,
            };
            if let Some(b) = p.bits.get_mut(id as usize / 64) {
                *b |= 1 << (id % 64);
            }
            if it.slot.is_some() {
                p.slots += 1;
                p.ids.push(Present::SLOT);
            } else {
                p.ids.push(id);
            }
        }
        p
    }

    /// Whether any of these ids is present.
    fn has_any(&self, ids: &[IdBits]) -> bool {
        ids.iter().any(|i| {
            self.bits
                .get(i.word as usize)
                .is_some_and(|b| b & i.bits != 0)
        })
    }

    /// Whether the pattern with these needs could match here.
    #[inline]
    pub(crate) fn allows(&self, need: &Need) -> bool {
        need.slots <= self.slots && need.words.iter().all(|ids| self.has_any(ids))
    }

    /// Whether a match could begin at item `pos`.
    fn may_start(&self, need: &Need, pos: usize) -> bool {
        match &need.start {
            Start::Any => true,
            Start::Slot => self.ids[pos] == Present::SLOT,
            Start::Words(set) => set.has(Sym(self.ids[pos])),
        }
    }
}

/// Every match of `els` in the view, leftmost first; `kinds` gives default kinds for
/// slots A and B that have none.
pub fn find_all(
    els: &[El],
    v: &View,
    lex: &Lexis,
    defaults: (&[EntityKind], &[EntityKind]),
) -> Vec<Match> {
    matches_from(els, v, lex, defaults, None, |_| true)
}

/// [`find_all`] for a pattern with needs `need` (from [`Need::of`] over the same
/// vocabulary as `present`): sentences and start positions where it cannot match are
/// skipped; the matches are the same.
#[inline]
pub fn find_all_in(
    els: &[El],
    need: &Need,
    v: &View,
    present: &Present,
    lex: &Lexis,
    defaults: (&[EntityKind], &[EntityKind]),
) -> Vec<Match> {
    // Most patterns of a rule set are turned away here, for most sentences: the test
    // is inlined at the caller, the matcher's frame only set up for the others.
    if !present.allows(need) {
        return Vec::new();
    }
    find_all_allowed(els, need, v, present, lex, defaults)
}

/// [`find_all_in`] past the test of the sentence's words.
#[inline(never)]
fn find_all_allowed(
    els: &[El],
    need: &Need,
    v: &View,
    present: &Present,
    lex: &Lexis,
    defaults: (&[EntityKind], &[EntityKind]),
) -> Vec<Match> {
    let may_start = |start| present.may_start(need, start);
    matches_from(els, v, lex, defaults, Some(&need.alt_firsts), may_start)
}

/// The matches of `els` from every item of the view that `may_start` allows.
#[inline]
fn matches_from<'a>(
    els: &'a [El],
    v: &'a View,
    lex: &'a Lexis,
    defaults: (&'a [EntityKind], &'a [EntityKind]),
    alt_firsts: Option<&'a [Vec<Option<Sym>>]>,
    may_start: impl Fn(usize) -> bool,
) -> Vec<Match> {
    let matcher = Matcher {
        els,
        items: &v.items,
        lex,
        defaults,
        alt_firsts,
    };
    let mut out = Vec::new();
    for start in (0..v.items.len()).filter(|&s| may_start(s)) {
        matcher.match_at(start, &mut out);
    }
    out
}

/// Most words of a title phrase before the word a pattern opening on a title starts at.
const TITLE_REACH: usize = 3;

/// Words a nationality may stand before in the noun phrase of a name it modifies.
const NATIONALITY_REACH: usize = 3;

/// The name in its noun phrase that the demonym at `pos` modifies: "with Japanese rival
/// Nissan" is with Nissan, not with Japan; so does a country's name before a common noun
/// ("with UK bank Barclays").
fn modified_name(items: &[Item], pos: usize) -> Option<usize> {
    // "with Hollywood studio Warner Brothers": a city's name modifies the same way.
    let place_name = |s: &Slot| {
        matches!(s.kind, EntityKind::Country | EntityKind::Place) && s.form == MentionForm::Name
    };
    let noun_next = items
        .get(pos + 1)
        .is_some_and(|it| it.slot.is_none() && it.tag.is_noun());
    let slot = items.get(pos)?.slot?;
    if slot.form != MentionForm::Demonym && !(place_name(&slot) && noun_next) {
        return None;
    }
    name_after_modifiers(items, pos)
}

/// The name a common noun describes before it: "a deal with studio Warner Brothers" is
/// with Warner Brothers.
fn described_name(items: &[Item], pos: usize) -> Option<usize> {
    let it = items.get(pos)?;
    let common = it.slot.is_none() && it.tag.is_noun() && !it.tag.is_proper();
    common.then(|| name_after_modifiers(items, pos)).flatten()
}

/// The name closing the noun phrase whose modifiers start at `pos`, within
/// [`NATIONALITY_REACH`] nouns and adjectives; not a name itself modifying a noun ("the
/// Harton county Verde group" is no Verde).
fn name_after_modifiers(items: &[Item], pos: usize) -> Option<usize> {
    let modifies_noun = |k: usize| {
        items
            .get(k + 1)
            .is_some_and(|it| it.slot.is_none() && it.tag.is_noun())
    };
    for (k, it) in items
        .iter()
        .enumerate()
        .skip(pos + 1)
        .take(NATIONALITY_REACH + 1)
    {
        match it.slot {
            Some(s) => return (s.form == MentionForm::Name && !modifies_noun(k)).then_some(k),
            None if it.tag.is_noun() || it.tag.is_adjective() => continue,
            None => return None,
        }
    }
    None
}

fn slot_ok(it: &Item, kinds: &[EntityKind]) -> bool {
    match it.slot {
        // A slot for a place alone wants the place named: "Britain's former European
        // champion" names no place in Britain.
        Some(s) if kinds == [EntityKind::Place] => {
            s.kind == EntityKind::Place && s.form != MentionForm::Demonym
        }
        Some(s) => kinds.is_empty() || kinds.contains(&s.kind),
        None => false,
    }
}

/// Positions after a coordinated list of slots starting at `pos`: each entry is
/// (items of the list, position after it), longest first.
fn list_at(
    items: &[Item],
    pos: usize,
    kinds: &[EntityKind],
    lex: &Lexis,
) -> Vec<(Vec<usize>, usize)> {
    let mut out = Vec::new();
    if !items.get(pos).is_some_and(|it| slot_ok(it, kinds)) {
        return out;
    }
    // "consists of IMS's holdings", "Acme's Bo Dahl and Zenith's Ann Lee": a slot owning
    // what follows is no member of a list.
    let owns_next = |q: usize| items.get(q + 1).is_some_and(|it| it.tag == Tag::Pos);
    if owns_next(pos) {
        return out;
    }
    let mut members = vec![pos];
    out.push((members.clone(), pos + 1));
    let mut p = pos + 1;
    loop {
        let mut q = p;
        let word = |q: usize, w: &str| {
            items
                .get(q)
                .is_some_and(|it| it.slot.is_none() && it.lower == w)
        };
        let mut sep = false;
        let mut conj = false;
        if word(q, ",") {
            q += 1;
            sep = true;
        }
        if word(q, "and") || word(q, "or") {
            q += 1;
            sep = true;
            conj = true;
        }
        if !sep {
            break;
        }
        if lex.det_at(items, q) {
            q += 1;
        }
        // "Ken Clarke and Sir George Young": a form of address before a conjunct.
        let honorific = items
            .get(q)
            .is_some_and(|it| it.slot.is_none() && lex.class_has_word("honorifics", &it.lower));
        if honorific && items.get(q + 1).is_some_and(|it| it.slot.is_some()) {
            q += 1;
        }
        if items.get(q).is_some_and(|it| slot_ok(it, kinds)) && !owns_next(q) {
            members.push(q);
            p = q + 1;
            // "X, Y" alone is an apposition; a list ends in "and" or "or".
            if conj {
                out.push((members.clone(), p));
                break;
            }
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// Where a run of auxiliaries read from `pos` may end, with what it says so far.
#[derive(Debug, Clone, Copy)]
struct AuxStop {
    pos: usize,
    modality: Modality,
    be_last: bool,
}

/// Most words a run of auxiliaries, modals and adverbs takes.
const MAX_AUX_WORDS: usize = 8;

/// The ends of a run of auxiliaries, from the empty run to the longest.
struct AuxStops {
    stops: [AuxStop; MAX_AUX_WORDS + 1],
    len: usize,
}

impl AuxStops {
    fn push(&mut self, stop: AuxStop) {
        self.stops[self.len] = stop;
        self.len += 1;
    }

    fn iter(&self) -> std::slice::Iter<'_, AuxStop> {
        self.stops[..self.len].iter()
    }
}

/// Every end of the run of auxiliaries from `pos`, from the empty run to the longest.
fn aux_stops(items: &[Item], mut pos: usize, lex: &Lexis) -> AuxStops {
    let mut modality = Modality::Asserted;
    let mut be_last = false;
    let first = AuxStop {
        pos,
        modality,
        be_last,
    };
    let mut stops = AuxStops {
        stops: [first; MAX_AUX_WORDS + 1],
        len: 1,
    };
    while stops.len <= MAX_AUX_WORDS {
        let sym = sym_at(items, pos);
        if let Some((w, m)) = lex
            .modals
            .iter()
            .filter(|_| lex.firsts.modals.has(sym))
            .find(|(w, _)| Lexis::phrase_at(items, pos, w))
        {
            modality = stronger(modality, *m);
            pos += w.len();
            be_last = false;
        } else if let Some(w) = lex
            .aux
            .iter()
            .filter(|_| lex.firsts.aux.has(sym))
            .find(|w| Lexis::phrase_at(items, pos, w))
        {
            be_last = w.len() == 1 && lex.be.contains(&w[0]);
            pos += w.len();
        } else if items.get(pos).is_some_and(|it| {
            // Adverbs in -ly ("staunchly", "publicly") do not change the relation.
            it.slot.is_none() && it.lower.len() > 4 && it.lower.ends_with("ly")
        }) {
            pos += 1;
        } else {
            break;
        }
        stops.push(AuxStop {
            pos,
            modality,
            be_last,
        });
    }
    stops
}

/// Negation wins over possibility, possibility over intention.
pub fn stronger(a: Modality, b: Modality) -> Modality {
    let rank = |m: Modality| match m {
        Modality::Asserted => 0,
        Modality::Planned => 1,
        Modality::Hypothetical => 2,
        Modality::Negated => 3,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// A pattern's elements and what they are matched against: the arguments every step
/// of the matcher shares.
struct Matcher<'a> {
    els: &'a [El],
    items: &'a [Item],
    lex: &'a Lexis,
    defaults: (&'a [EntityKind], &'a [EntityKind]),
    /// [`Need::alt_firsts`] of the pattern, when known.
    alt_firsts: Option<&'a [Vec<Option<Sym>>]>,
}

impl Matcher<'_> {
    /// The item before `pos`, past a form of address right before a name: in "met Mr
    /// Bush at Acme" the word before "Bush" is "met".
    fn before_address(&self, pos: usize) -> Option<usize> {
        let b = pos.checked_sub(1)?;
        let name = self.items.get(pos).is_some_and(|it| it.slot.is_some());
        let it = &self.items[b];
        let address = name && it.slot.is_none() && self.lex.class_has_word("honorifics", &it.lower);
        if address {
            b.checked_sub(1)
        } else {
            Some(b)
        }
    }

    /// Push the match starting at item `start`, if there is one.
    fn match_at(&self, start: usize, out: &mut Vec<Match>) {
        if matches!(self.els.first(), Some(El::Title { .. })) && self.inside_title(start) {
            return;
        }
        let mut m = Match {
            start,
            ..Match::default()
        };
        if self.step(0, start, &mut m) {
            out.push(m);
        }
    }

    /// Whether a longer title phrase starting before `pos` covers it: in "the deputy
    /// leader of Y" a pattern opening on a title reads "deputy leader", not "leader".
    fn inside_title(&self, pos: usize) -> bool {
        (pos.saturating_sub(TITLE_REACH)..pos).any(|p| {
            self.lex
                .title_at(self.items, p)
                .is_some_and(|(len, _)| p + len > pos)
        })
    }

    /// Whether the title element `k`, closing its pattern, is followed by another title
    /// at `next`: in "quit as Acme's chief economist" the post is the last of the chain
    /// ("economist"), and "chief" only modifies it.
    fn title_chain_goes_on(&self, k: usize, next: usize) -> bool {
        k + 1 == self.els.len() && self.lex.title_at(self.items, next).is_some()
    }

    /// Whether phrase `alt` of element `k` may start at `pos`, by ids alone: a word
    /// must be the phrase's first, a slot may be a pronoun a one-word literal reads.
    #[inline]
    fn may_open(&self, k: usize, alt: usize, pos: usize) -> bool {
        let first = self.alt_firsts.and_then(|f| *f.get(k)?.get(alt)?);
        let Some(first) = first else {
            return true;
        };
        self.items
            .get(pos)
            .is_some_and(|it| it.slot.is_some() || it.sym == first)
    }

    /// Match elements `k..` from item `pos` on, extending `m`. On success `m` is the
    /// whole match; on failure it is left as it was, so the caller can try another way
    /// without having copied it.
    fn step(&self, k: usize, pos: usize, m: &mut Match) -> bool {
        let Some(el) = self.els.get(k) else {
            m.end = pos;
            return pos > m.start;
        };
        match el {
            El::Slot {
                role,
                kinds,
                list,
                opt,
            } => self.slot(k, pos, m, *role, kinds, *list) || (*opt && self.step(k + 1, pos, m)),
            El::Words { alts, opt, star } => {
                let next = if *star { k } else { k + 1 };
                let found = alts.iter().enumerate().any(|(i, w)| {
                    self.may_open(k, i, pos)
                        && Lexis::literal_at(self.items, pos, w)
                        && self.step(next, pos + w.len(), m)
                });
                // "said Ann Lee of Acme Corp.": the abbreviation's point ends the sentence.
                let stop_taken = || {
                    pos == self.items.len()
                        && alts.iter().any(|w| matches!(w.as_slice(), [p] if p == "."))
                };
                found
                    || ((*opt || stop_taken() || self.owned_by_pronoun(k, pos, alts))
                        && self.step(k + 1, pos, m))
            }
            El::Title { opt } => {
                if let Some((len, rel)) = self
                    .lex
                    .title_at(self.items, pos)
                    .filter(|&(len, _)| !self.title_chain_goes_on(k, pos + len))
                {
                    let at = self.items.get(pos + len).is_some_and(|it| it.lower == "at");
                    let rel = if at {
                        crate::extract::layer::titles::relation_at(rel)
                    } else {
                        rel
                    };
                    let before = m.title.replace(rel);
                    if self.step(k + 1, pos + len, m) {
                        return true;
                    }
                    m.title = before;
                }
                *opt && self.step(k + 1, pos, m)
            }
            El::Verb { alts, passive } => alts.iter().enumerate().any(|(i, (w, form))| {
                let ok = if *passive {
                    *form == Form::Participle
                } else {
                    // "was asked" is passive: its subject is not the asker.
                    !(m.be_last && matches!(form, Form::Past | Form::Participle))
                };
                ok && self.may_open(k, i, pos)
                    && Lexis::phrase_at(self.items, pos, w)
                    && self.step(k + 1, pos + w.len(), m)
            }),
            El::Aux => {
                // Longest run first, then shorter ones: in "is a member of", "~aux @be"
                // must leave "is" to the copula.
                let before = (m.modality, m.be_last);
                for stop in aux_stops(self.items, pos, self.lex).iter().rev() {
                    m.modality = stronger(before.0, stop.modality);
                    m.be_last = stop.be_last;
                    if self.step(k + 1, stop.pos, m) {
                        return true;
                    }
                }
                (m.modality, m.be_last) = before;
                false
            }
            El::Det => {
                (self.lex.det_at(self.items, pos) && self.step(k + 1, pos + 1, m))
                    || self.step(k + 1, pos, m)
            }
            El::Appos => self.appos(k, pos, m) || self.step(k + 1, pos, m),
            El::Mods(alts) => self.mods(k, pos, m, alts),
            El::AnyGap(n) => self.gap(k, pos, m, *n, |_| false),
            El::NotAhead(alts) => {
                !alts.iter().any(|w| Lexis::literal_at(self.items, pos, w))
                    && self.step(k + 1, pos, m)
            }
            El::NotBehind(alts) => {
                let before = self.before_address(pos);
                before.is_none_or(|b| !alts.iter().any(|w| Lexis::literal_at(self.items, b, w)))
                    && self.step(k + 1, pos, m)
            }
            El::ClauseStart => {
                let opens = pos.checked_sub(1).is_none_or(|b| {
                    let it = &self.items[b];
                    it.slot.is_none() && (it.tag.is_punct() || it.tag.is_coordinator())
                });
                opens && self.step(k + 1, pos, m)
            }
            El::Gap(n) => self.gap(k, pos, m, *n, |it| {
                // A pronoun is a word a gap may cross: "signed its supply deal with".
                it.slot.is_some_and(|s| s.form != MentionForm::Pronoun)
            }),
        }
    }

    /// Whether element `k`, a possessive marker, is already said by the possessive
    /// pronoun filling the slot before it: "its Zenith unit" reads as "Acme's Zenith unit".
    /// What a pronoun owns is no person ("its Cayenne SUV" is a product) and no
    /// nationality ("its European rivals").
    fn owned_by_pronoun(&self, k: usize, pos: usize, alts: &[Vec<String>]) -> bool {
        let owned_ok = self.items.get(pos).is_some_and(|it| {
            it.slot
                .is_none_or(|s| s.kind != EntityKind::Person && s.form != MentionForm::Demonym)
        });
        k > 0
            && owned_ok
            && after_slot_possessive(&self.els[k - 1], alts)
            && pos
                .checked_sub(1)
                .and_then(|b| self.items.get(b))
                .is_some_and(|it| {
                    it.slot.is_some_and(|s| s.form != MentionForm::Name)
                        && self.lex.class_has_word("subject_possessives", &it.lower)
                })
    }

    /// An entity slot at `pos` filled by `role`, then the elements after it.
    fn slot(
        &self,
        k: usize,
        pos: usize,
        m: &mut Match,
        role: Role,
        kinds: &[EntityKind],
        list: bool,
    ) -> bool {
        let kinds: &[EntityKind] = match role {
            _ if !kinds.is_empty() => kinds,
            Role::A => self.defaults.0,
            Role::B => self.defaults.1,
            Role::S => &[],
        };
        let mut fill = |members: Vec<usize>, after: usize| {
            let before = std::mem::replace(m.filler_mut(role), members);
            if self.step(k + 1, after, m) {
                return true;
            }
            *m.filler_mut(role) = before;
            false
        };
        let items = self.items;
        if list {
            // "talks with UK bank Barclays and Acme": the list opens at the name the
            // country modifies.
            let at = modified_name(items, pos).unwrap_or(pos);
            return list_at(items, at, kinds, self.lex)
                .into_iter()
                .any(|(members, after)| fill(members, after));
        }
        let described = described_name(items, pos).filter(|_| role == Role::B);
        let named = described
            .or_else(|| modified_name(items, pos))
            .filter(|&named| slot_ok(&items[named], kinds));
        // A country modifying a name the slot may not take stands for itself: "the
        // Iraqi capital Baghdad" names Iraq as well as Baghdad.
        match named {
            Some(at) => fill(vec![at], at + 1),
            None if items.get(pos).is_some_and(|it| slot_ok(it, kinds)) => fill(vec![pos], pos + 1),
            None => false,
        }
    }

    /// A parenthetical ", ... ," at `pos`, then the elements after it.
    fn appos(&self, k: usize, pos: usize, m: &mut Match) -> bool {
        let items = self.items;
        let is = |p: usize, w: &str| {
            items
                .get(p)
                .is_some_and(|it| it.slot.is_none() && it.lower == w)
        };
        if !is(pos, ",") {
            return false;
        }
        for q in pos + 1..(pos + 12).min(items.len()) {
            if is(q, ",") {
                return q > pos + 1 && self.step(k + 1, q + 1, m);
            }
            if is(q, "said") || is(q, "says") || is(q, ".") {
                return false;
            }
        }
        false
    }

    /// A title's modifiers at `pos`, then the elements after them.
    fn mods(&self, k: usize, pos: usize, m: &mut Match, alts: &[Vec<String>]) -> bool {
        let items = self.items;
        // A title starting here is tried as the title first: "chief" modifies
        // nothing in "chief executive".
        let title_here = self.lex.title_at(items, pos).is_some();
        if title_here && self.step(k + 1, pos, m) {
            return true;
        }
        // "the EU's Humanitarian Aid Commissioner": a title's field may be any noun.
        let tagged_modifier = items
            .get(pos)
            .is_some_and(|it| it.slot.is_none() && (it.tag.is_adjective() || it.tag.is_noun()));
        let len = if tagged_modifier {
            Some(1)
        } else {
            alts.iter()
                .find(|w| Lexis::phrase_at(items, pos, w))
                .map(Vec::len)
        };
        if len.is_some_and(|len| self.step(k, pos + len, m)) {
            return true;
        }
        !title_here && self.step(k + 1, pos, m)
    }

    /// Up to `n` items from `pos` on, none a sentence end nor one `stops` says a gap may
    /// not cross, then the elements after them.
    fn gap(&self, k: usize, pos: usize, m: &mut Match, n: usize, stops: fn(&Item) -> bool) -> bool {
        for g in 0..=n {
            if g > 0 {
                let Some(it) = self.items.get(pos + g - 1) else {
                    return false;
                };
                if stops(it) || it.lower == "." || it.lower == ";" {
                    return false;
                }
            }
            if self.step(k + 1, pos + g, m) {
                return true;
            }
        }
        false
    }
}

/// Whether a rule's literal word is the possessive marker ("'s", "'").
fn is_possessive_marker(w: &str) -> bool {
    matches!(w, "'s" | "'" | "\u{2019}s" | "\u{2019}")
}

/// Whether a word element with these `alts`, after element `before`, is a slot's
/// possessive marker ("{B} 's|'").
fn after_slot_possessive(before: &El, alts: &[Vec<String>]) -> bool {
    matches!(before, El::Slot { .. })
        && alts
            .iter()
            .all(|w| matches!(w.as_slice(), [p] if is_possessive_marker(p)))
}
