//! Resolution across the whole corpus: which entities of which documents are one.
//!
//! A graph is a function of its set of documents, so every decision that depends on
//! other documents ("Reagan" is the one person of that surname) is made here, over all
//! records at once, before any node is built. Resolution runs in passes:
//!
//! 1. kinds: a legal form makes a company; a kind read from the text stands unless the
//!    corpus reads the name as another kind far more often; a guessed one follows what
//!    the corpus reads the name as;
//! 2. full names meet by a loose key ("Bandai Co Ltd" = "Bandai", "Freeport McMoRan" =
//!    "Freeport-McMoRan") and by the other full names an article gives them;
//! 3. people of one surname whose given names agree are one ("Fred" and "Frederick
//!    LaRue"), unless a name between two who differ makes it unclear ("George Bush"
//!    beside "George W Bush" and "George H W Bush");
//! 4. each short form (surname, acronym, one word of a name) joins the one full name
//!    it is compatible with, or stays on its own, listed as ambiguous when several are;
//! 5. reviewers' merge decisions.
//!
//! Every pass reads sets and counts of the whole corpus, never the order of documents.

use super::context::Contexts;
use super::names::{
    acronym_fits, acronym_key, is_acronym, GivenMatch, PersonName, Shape, ShortKind,
};
use super::policy::{acronym_aliases, MergePolicy};
use super::DocumentRecord;
use crate::extract::LocalEntity;
use crate::model::{EntityKind, Relation};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

/// Distinct people of one surname beyond which given names are not compared pairwise:
/// such a surname is common enough that only identical names are merged.
const MAX_SURNAME_GROUP: usize = 400;

/// A word of an organisation's name, or a name of a guessed kind meeting an entity of
/// another kind, may stand for it only in up to this many times as many documents as
/// name it in full: a short form far commoner than the one full name it fits is
/// something else ("Tory" in 96 articles is no "London Tory" of one).
const MAX_SHORT_NAME_RATIO: usize = 4;

/// Documents that must read a name as one kind before a document reading it as
/// another is overruled.
const MIN_OUTVOTING_READS: usize = 3;

/// How many times as many documents must read a name as another kind than as its own
/// for that other kind to overrule its own.
const OUTVOTING_RATIO: usize = 3;

/// For a name of two words or more, which rarely names both a person and a body, the
/// documents that must read it as the other of the two, and more of them than read its
/// own ("Aston Villa" read as a club in five articles and as a person in three).
const MIN_OUTVOTING_READS_OF_FULL_NAMES: usize = 2;

/// Share of the articles naming a country's body with its country ("United Kingdom
/// Parliament") that must give the same country before articles naming no country
/// join that body.
const USUAL_BODY_SHARE: f64 = 2.0 / 3.0;

/// Alias rules that link a short or doubtful form, never a second full name.
const WEAK_ALIAS_RULES: [&str; 4] = ["near-miss", "surname", "given-name", "middle-name"];

/// Why an entity of one document is in its node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// It has the node's name, or another entity of its name is in the node.
    ExactName,
    /// Its name differs from one of the node's only by punctuation, spelling or a
    /// company form.
    Variant,
    /// An article gave it a second full name that another document uses.
    Alias,
    /// A person whose given names agree with another's of the same surname.
    NameVariant,
    /// A surname alone, of exactly one compatible person in the corpus.
    SurnameUnique,
    /// A given name alone, of exactly one compatible person in the corpus.
    GivenNameUnique,
    /// An acronym the corpus or lexicon links to exactly one expansion.
    Acronym,
    /// A word articles use for exactly one organisation beside its full name.
    LinkedShortName,
    /// One word of exactly one organisation's name.
    ShortName,
    /// A short form of the one lexicon actor active at the document's date.
    KnownActor,
    /// A short form of several entities, whose article names much of what one of
    /// them is named with and little of the others'.
    Context,
    /// A short form of several entities, kept apart from all of them.
    Ambiguous,
    /// A person's name compatible with several people who differ from each other.
    KeptApart,
    /// Merged by a reviewer's decision.
    Decision,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 14] = [
        Rule::ExactName,
        Rule::Variant,
        Rule::Alias,
        Rule::NameVariant,
        Rule::SurnameUnique,
        Rule::GivenNameUnique,
        Rule::Acronym,
        Rule::LinkedShortName,
        Rule::ShortName,
        Rule::KnownActor,
        Rule::Context,
        Rule::Ambiguous,
        Rule::KeptApart,
        Rule::Decision,
    ];

    /// The name written in the merge log.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::ExactName => "exact-name",
            Rule::Variant => "spelling-variant",
            Rule::Alias => "alias",
            Rule::NameVariant => "name-variant",
            Rule::SurnameUnique => "surname-unique",
            Rule::GivenNameUnique => "given-name-unique",
            Rule::Acronym => "acronym",
            Rule::LinkedShortName => "linked-short-name",
            Rule::ShortName => "short-name",
            Rule::KnownActor => "known-actor",
            Rule::Context => "context",
            Rule::Ambiguous => "ambiguous",
            Rule::KeptApart => "kept-apart",
            Rule::Decision => "decision",
        }
    }

    /// The rule of a merge-log name.
    pub fn parse(s: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Where one entity of one document goes, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// Index into [`Resolution::clusters`].
    pub cluster: usize,
    /// The rule that put it there.
    pub rule: Rule,
    /// For corpus-level decisions, what made them: the one candidate, or the several.
    pub evidence: String,
    /// Clusters it could have been (ambiguous) or stands between (kept apart).
    pub candidates: Vec<usize>,
    /// How its kind was settled when the text did not read it: "guessed", or how the
    /// corpus overruled the guess.
    pub kind_note: String,
    /// A merge on weak evidence, worth a reviewer's look.
    pub weak: bool,
}

/// One entity of the corpus: a node to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
}

/// The corpus resolved: clusters in order of first appearance, and a placement for
/// every entity of every record.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// Entities, numbered by first appearance in record order.
    pub clusters: Vec<Cluster>,
    placements: Vec<Placement>,
    offsets: Vec<usize>,
    /// Reviewers' merge decisions that named no entity of the corpus.
    pub unused_decisions: Vec<(String, String)>,
}

impl Resolution {
    /// Where entity `ent` of record `rec` (in the order given to [`resolve`]) goes.
    pub fn placement(&self, rec: usize, ent: usize) -> &Placement {
        &self.placements[self.offsets[rec] + ent]
    }
}

/// Resolve the entities of every record, given in fold (document id) order.
pub fn resolve(records: &[&DocumentRecord], policy: &MergePolicy) -> Resolution {
    let mut c = Census::gather(records, policy);
    c.cluster_full_names();
    c.merge_person_variants();
    c.resolve_short_forms();
    c.resolve_by_context();
    c.apply_merge_decisions();
    c.finish()
}

/// How an entity's kind was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KindHow {
    Read,
    Guessed,
    /// Guessed as `guessed`; the corpus reads (or guesses more often) another kind.
    Voted {
        guessed: EntityKind,
        reads: usize,
    },
    /// Read as `read` in `own` documents; the corpus reads it as its kind in `reads`,
    /// many times as many.
    Outvoted {
        read: EntityKind,
        own: usize,
        reads: usize,
    },
    Decided,
    /// Its name ends in a legal form ("Toho Mutual Life Insurance Co").
    LegalForm,
    /// A person's name that is a company's without its legal form.
    CompanyName,
}

/// What a short form resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Join {
    Own,
    To {
        id: usize,
        rule: Rule,
    },
    /// Chosen among `rivals` by the entities its article shares with `id`'s.
    Context {
        id: usize,
        shared: Vec<usize>,
        rivals: Vec<usize>,
    },
    Ambiguous(Vec<usize>),
}

/// One entity of one document.
struct Occ<'a> {
    rec: usize,
    index: usize,
    ent: &'a LocalEntity,
    /// Its name's tokens, one spelling each.
    spelled: Vec<String>,
    /// Its loose key whatever the kind: kinds are voted under it.
    vote: String,
    kind: EntityKind,
    how: KindHow,
    shape: Shape,
    id: usize,
    join: Join,
}

impl Occ<'_> {
    fn guessed(&self) -> bool {
        matches!(self.how, KindHow::Guessed | KindHow::Voted { .. })
    }
}

/// Why an identity joined another: the rule, and for people how their given names
/// agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Joined {
    rule: Rule,
    given: Option<GivenMatch>,
}

impl Joined {
    fn by(rule: Rule) -> Joined {
        Joined { rule, given: None }
    }
}

/// Identities: (kind, loose key) pairs, joined by a union-find whose roots are the
/// entities. Pairs a reviewer kept apart are never joined.
#[derive(Default)]
struct Ids {
    map: HashMap<(EntityKind, String), usize>,
    kind: Vec<EntityKind>,
    key: Vec<String>,
    full: Vec<bool>,
    known: Vec<Option<usize>>,
    parent: Vec<usize>,
    /// How each identity was first joined to another.
    reason: Vec<Option<Joined>>,
    guard_of_key: HashMap<(EntityKind, String), Vec<usize>>,
    guards: HashMap<usize, Vec<usize>>,
    apart: HashSet<(usize, usize)>,
}

impl Ids {
    fn intern(&mut self, kind: EntityKind, key: String) -> usize {
        if let Some(&id) = self.map.get(&(kind, key.clone())) {
            return id;
        }
        let id = self.parent.len();
        if let Some(g) = self.guard_of_key.get(&(kind, key.clone())) {
            self.guards.insert(id, g.clone());
        }
        self.map.insert((kind, key.clone()), id);
        self.kind.push(kind);
        self.key.push(key);
        self.full.push(false);
        self.known.push(None);
        self.parent.push(id);
        self.reason.push(None);
        id
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// True when a reviewer kept some name of one root apart from some name of the other.
    fn kept_apart(&self, ra: usize, rb: usize) -> bool {
        let (Some(ga), Some(gb)) = (self.guards.get(&ra), self.guards.get(&rb)) else {
            return false;
        };
        ga.iter()
            .any(|x| gb.iter().any(|y| self.apart.contains(&(*x, *y))))
    }

    /// Join two identities unless kept apart; the lower root stays root.
    fn union(&mut self, a: usize, b: usize, why: Joined) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        if self.kept_apart(ra, rb) {
            return false;
        }
        let (root, child) = (ra.min(rb), ra.max(rb));
        self.parent[child] = root;
        self.full[root] |= self.full[child];
        if let Some(g) = self.guards.remove(&child) {
            self.guards.entry(root).or_default().extend(g);
        }
        for x in [a, b] {
            if self.reason[x].is_none() {
                self.reason[x] = Some(why);
            }
        }
        true
    }
}

/// Everything resolution learns of the corpus.
struct Census<'a> {
    records: &'a [&'a DocumentRecord],
    policy: &'a MergePolicy,
    occs: Vec<Occ<'a>>,
    ids: Ids,
    /// Person identities standing between others who differ, with those others.
    kept_apart: HashMap<usize, Vec<usize>>,
    surnames: HashMap<String, Vec<usize>>,
    given_names: HashMap<String, Vec<usize>>,
    after_place: HashMap<String, Vec<usize>>,
    /// One-word short forms articles link to organisations' full names.
    linked: HashMap<String, Vec<usize>>,
    first_words: HashMap<String, Vec<usize>>,
    acronyms: HashMap<String, Vec<usize>>,
    /// Documents naming each root in full (roots only the lexicon names are absent).
    corpus_full: HashMap<usize, usize>,
    /// Documents naming each short form's own root.
    short_docs: HashMap<usize, usize>,
    /// The [`super::name_key`] of each cluster's name, once clusters are named.
    canonical_keys: Vec<String>,
    unused_decisions: Vec<(String, String)>,
}

impl<'a> Census<'a> {
    /// Read every entity of every record and settle its kind and shape.
    fn gather(records: &'a [&'a DocumentRecord], policy: &'a MergePolicy) -> Census<'a> {
        let mut occs = Vec::new();
        for (rec, r) in records.iter().enumerate() {
            for (index, ent) in r.extraction.entities.iter().enumerate() {
                let spelled = policy.names.spelled(&ent.name);
                occs.push(Occ {
                    rec,
                    index,
                    ent,
                    vote: spelled.join(" "),
                    spelled,
                    kind: ent.kind,
                    how: if ent.kind_guessed {
                        KindHow::Guessed
                    } else {
                        KindHow::Read
                    },
                    shape: Shape::Full,
                    id: 0,
                    join: Join::Own,
                });
            }
        }
        let mut c = Census {
            records,
            policy,
            occs,
            ids: Ids::default(),
            kept_apart: HashMap::default(),
            surnames: HashMap::default(),
            given_names: HashMap::default(),
            after_place: HashMap::default(),
            linked: HashMap::default(),
            first_words: HashMap::default(),
            acronyms: HashMap::default(),
            corpus_full: HashMap::default(),
            short_docs: HashMap::default(),
            canonical_keys: Vec::new(),
            unused_decisions: Vec::new(),
        };
        c.settle_kinds();
        c.guard_kept_apart_names();
        c.settle_shapes();
        c
    }

    /// Kinds by decision, else as read unless the corpus reads the name as another kind
    /// far more often, else what the corpus reads the name as most often, else what it
    /// guesses most often.
    fn settle_kinds(&mut self) {
        let decided: HashMap<String, EntityKind> = self
            .policy
            .decisions
            .kinds
            .iter()
            .map(|(n, k)| (vote_key(self.policy, n), *k))
            .collect();
        // Readings are tallied without legal forms ("E.F. Hutton" votes with "E.F.
        // Hutton Group Inc"), and a name ending in one reads as a company.
        let names = &self.policy.names;
        let company: Vec<bool> = self
            .occs
            .iter()
            .map(|o| names.is_company_name(&o.ent.name))
            .collect();
        let keys: Vec<String> = self
            .occs
            .iter()
            .map(|o| names.key_of(o.spelled.clone(), EntityKind::Organization))
            .collect();
        // The names of companies without their legal forms: a person of such a name, of
        // two words or more, is the company ("E.F. Hutton" beside "E.F. Hutton Group
        // Inc").
        let company_keys: HashSet<String> = self
            .occs
            .iter()
            .flat_map(|o| std::iter::once(&o.ent.name).chain(o.ent.aliases.keys()))
            .filter(|n| names.is_company_name(n))
            .map(|n| names.loose_key(n, EntityKind::Organization))
            .collect();
        let mut tally: HashMap<&str, [[usize; 5]; 2]> = HashMap::default();
        for (i, o) in self.occs.iter().enumerate() {
            let t = tally.entry(&keys[i]).or_default();
            if company[i] {
                t[0][kind_index(EntityKind::Organization)] += 1;
            } else {
                t[usize::from(o.ent.kind_guessed)][kind_index(o.ent.kind)] += 1;
            }
        }
        for (i, o) in self.occs.iter_mut().enumerate() {
            if let Some(&k) = decided.get(&o.vote) {
                (o.kind, o.how) = (k, KindHow::Decided);
                continue;
            }
            if company[i] {
                if o.kind != EntityKind::Organization {
                    (o.kind, o.how) = (EntityKind::Organization, KindHow::LegalForm);
                }
                continue;
            }
            // A surname alone is someone's ("Johnson" beside "Johnson Co").
            let one_word = o.spelled.len() < 2;
            if o.kind == EntityKind::Person && !one_word && company_keys.contains(&keys[i]) {
                (o.kind, o.how) = (EntityKind::Organization, KindHow::CompanyName);
                continue;
            }
            let t = &tally[keys[i].as_str()];
            if !o.ent.kind_guessed {
                if let Some(best) = outvoting_kind(&t[0], o.ent, o.spelled.len()) {
                    o.how = KindHow::Outvoted {
                        read: o.kind,
                        own: t[0][kind_index(o.kind)],
                        reads: t[0][kind_index(best)],
                    };
                    o.kind = best;
                }
                continue;
            }
            // Reads decide; where reads tie, so many guesses the other way do ("Deutsche
            // Boerse" read once as a person and once as a company, guessed a company in
            // four articles more).
            let best = if t[0].iter().any(|&n| n > 0) {
                most_voted_then(&t[0], &t[1])
            } else {
                most_voted(&t[1])
            };
            if best != o.ent.kind {
                o.kind = best;
                o.how = KindHow::Voted {
                    guessed: o.ent.kind,
                    reads: t[0][kind_index(best)],
                };
            }
        }
    }

    /// Index the names reviewers kept apart by the identity keys they would have.
    fn guard_kept_apart_names(&mut self) {
        let names = &self.policy.names;
        for (i, (a, b)) in self.policy.decisions.keep_apart.iter().enumerate() {
            let (ga, gb) = (2 * i, 2 * i + 1);
            self.ids.apart.insert((ga, gb));
            self.ids.apart.insert((gb, ga));
            for (g, name) in [(ga, a), (gb, b)] {
                for kind in EntityKind::ALL {
                    let key = (kind, names.loose_key(name, kind));
                    self.ids.guard_of_key.entry(key).or_default().push(g);
                }
            }
        }
    }

    fn settle_shapes(&mut self) {
        let known: HashSet<&str> = self.policy.known.iter().map(|a| a.name.as_str()).collect();
        let names = &self.policy.names;
        for o in &mut self.occs {
            let lexical = known.contains(o.ent.name.as_str())
                || o.ent.aliases.values().any(|rule| rule == "lexicon");
            o.shape = names.shape_of(&o.ent.name, &o.spelled, o.kind, lexical);
            // A guessed one-word place may be a surname or a company ("Qeshm", "Jackson").
            let one_word = !o.ent.name.trim().contains(' ');
            if o.shape == Shape::Full && o.guessed() && one_word && !lexical {
                o.shape = Shape::Word;
            }
            let key = names.key_of(o.spelled.clone(), o.kind);
            o.id = self.ids.intern(o.kind, key);
            if o.shape == Shape::Full {
                self.ids.full[o.id] = true;
            }
        }
    }

    /// Full names meet by loose key (done by interning) and by the second full names an
    /// article or the lexicon gives them.
    fn cluster_full_names(&mut self) {
        let names = &self.policy.names;
        let mut bodies: BTreeMap<(EntityKind, String), BTreeMap<usize, usize>> = BTreeMap::new();
        for o in 0..self.occs.len() {
            let (id, kind, ent) = (self.occs[o].id, self.occs[o].kind, self.occs[o].ent);
            if self.occs[o].shape != Shape::Full {
                continue;
            }
            for (alias, rule) in &ent.aliases {
                // "Finance Ministry" for "Japan Finance Ministry" names every country's.
                if rule == crate::extract::COUNTRY_BODY_RULE {
                    let key = names.loose_key(alias, kind);
                    *bodies
                        .entry((kind, key))
                        .or_default()
                        .entry(id)
                        .or_default() += 1;
                    continue;
                }
                if WEAK_ALIAS_RULES.contains(&rule.as_str())
                    || names.shape(alias, kind, false) != Shape::Full
                {
                    continue;
                }
                let other = self.ids.intern(kind, names.loose_key(alias, kind));
                self.ids.full[other] = true;
                self.ids.union(id, other, Joined::by(Rule::Alias));
            }
        }
        self.join_unscoped_bodies(bodies);
        for (i, actor) in self.policy.known.iter().enumerate() {
            let id = self
                .ids
                .intern(actor.kind, names.loose_key(&actor.name, actor.kind));
            self.ids.full[id] = true;
            self.ids.known[id] = Some(i);
            for alias in &actor.aliases {
                if names.shape(alias, actor.kind, false) == Shape::Full {
                    let other = self
                        .ids
                        .intern(actor.kind, names.loose_key(alias, actor.kind));
                    self.ids.union(id, other, Joined::by(Rule::Alias));
                }
            }
        }
    }

    /// "Parliament" in an article that names no one country most joins the parliament
    /// the corpus scoped from that name ("United Kingdom Parliament") when at least
    /// [`USUAL_BODY_SHARE`] of the articles that scoped it gave it that country; else
    /// it stays apart.
    fn join_unscoped_bodies(
        &mut self,
        bodies: BTreeMap<(EntityKind, String), BTreeMap<usize, usize>>,
    ) {
        for (key, scoped) in bodies {
            let Some(&bare) = self.ids.map.get(&key) else {
                continue;
            };
            let total: usize = scoped.values().sum();
            let (usual, n) = scoped
                .iter()
                .max_by_key(|&(&id, &n)| (n, std::cmp::Reverse(id)))
                .map(|(&id, &n)| (id, n))
                .expect("a scoped body has at least one occurrence");
            if n as f64 >= USUAL_BODY_SHARE * total as f64 {
                self.ids.union(usual, bare, Joined::by(Rule::Alias));
            }
        }
    }
}

/// The key kinds are voted under: the name's loose key whatever its kind ("Mt Cook" and
/// "Mount Cook" vote together).
fn vote_key(policy: &MergePolicy, name: &str) -> String {
    policy.names.loose_key(name, EntityKind::Person)
}

/// Position of a kind in [`EntityKind::ALL`].
fn kind_index(k: EntityKind) -> usize {
    EntityKind::ALL
        .iter()
        .position(|&x| x == k)
        .expect("every kind is listed")
}

/// The kind the corpus reads a name as, when it outvotes the kind read for `ent`: in
/// at least [`MIN_OUTVOTING_READS`] documents and [`OUTVOTING_RATIO`] times as many as
/// read `ent`'s kind ("Yukos" read as an organisation in 26 articles is no person in a
/// 27th, even where that article gives it a role); for a person or a body of two words
/// or more, [`MIN_OUTVOTING_READS_OF_FULL_NAMES`] and a majority.
fn outvoting_kind(reads: &[usize; 5], ent: &LocalEntity, words: usize) -> Option<EntityKind> {
    let best = most_voted(reads);
    let (top, own) = (reads[kind_index(best)], reads[kind_index(ent.kind)]);
    let person_or_body = |k: EntityKind| matches!(k, EntityKind::Person | EntityKind::Organization);
    let outvoted = if words >= 2 && person_or_body(best) && person_or_body(ent.kind) {
        top >= MIN_OUTVOTING_READS_OF_FULL_NAMES && top > own
    } else {
        top >= MIN_OUTVOTING_READS && top >= OUTVOTING_RATIO * own
    };
    (best != ent.kind && outvoted).then_some(best)
}

/// The kind with the most votes; ties go to the one with the most `then` votes, and
/// then to the earlier kind.
fn most_voted_then(votes: &[usize; 5], then: &[usize; 5]) -> EntityKind {
    let mut best = 0;
    for i in 1..votes.len() {
        if (votes[i], then[i]) > (votes[best], then[best]) {
            best = i;
        }
    }
    EntityKind::ALL[best]
}

/// The kind with the most votes; ties go to the earlier kind.
fn most_voted(votes: &[usize; 5]) -> EntityKind {
    let mut best = 0;
    for i in 1..votes.len() {
        if votes[i] > votes[best] {
            best = i;
        }
    }
    EntityKind::ALL[best]
}

/// People of one surname: their identities and parsed names.
struct SurnameGroup {
    ids: Vec<usize>,
    names: Vec<PersonName>,
}

impl Census<'_> {
    /// People of one surname whose names can only be one person become one.
    fn merge_person_variants(&mut self) {
        let mut groups: HashMap<String, SurnameGroup> = HashMap::default();
        let mut order: Vec<String> = Vec::new();
        for id in 0..self.ids.key.len() {
            if self.ids.kind[id] != EntityKind::Person || !self.ids.full[id] {
                continue;
            }
            let Some(p) = self.policy.names.person(&self.ids.key[id]) else {
                continue;
            };
            if p.given.is_empty() {
                continue;
            }
            let g = groups.entry(p.surname.clone()).or_insert_with(|| {
                order.push(p.surname.clone());
                SurnameGroup {
                    ids: Vec::new(),
                    names: Vec::new(),
                }
            });
            g.ids.push(id);
            g.names.push(p);
        }
        let named_in = self.documents_naming_people();
        for surname in order {
            let g = groups.remove(&surname).expect("grouped");
            self.merge_group(g, &named_in);
        }
    }

    /// The documents that name each person identity in full.
    fn documents_naming_people(&self) -> HashMap<usize, Vec<usize>> {
        let mut named_in: HashMap<usize, Vec<usize>> = HashMap::default();
        for o in &self.occs {
            if o.kind == EntityKind::Person && o.shape == Shape::Full {
                let recs = named_in.entry(o.id).or_default();
                if recs.last() != Some(&o.rec) {
                    recs.push(o.rec);
                }
            }
        }
        named_in
    }

    /// Within one surname: identical names merge; then, among distinct names, those
    /// compatible with two names that differ from each other are kept apart, and the
    /// rest merge with every name they are compatible with (which are then all
    /// compatible with each other).
    ///
    /// Two names one article gives to two people, one with a middle name and one
    /// without, are never one ("Presidents George W Bush, Bill Clinton, George Bush").
    fn merge_group(&mut self, g: SurnameGroup, named_in: &HashMap<usize, Vec<usize>>) {
        let mut cores: Vec<(PersonName, Vec<usize>)> = Vec::new();
        for (id, name) in g.ids.into_iter().zip(g.names) {
            match cores.iter_mut().find(|(n, _)| *n == name) {
                Some((_, ids)) => {
                    self.ids.union(
                        ids[0],
                        id,
                        Joined {
                            rule: Rule::NameVariant,
                            given: Some(GivenMatch::Same),
                        },
                    );
                    ids.push(id);
                }
                None => cores.push((name, vec![id])),
            }
        }
        if cores.len() < 2 || cores.len() > MAX_SURNAME_GROUP {
            return;
        }
        let n = cores.len();
        let names = &self.policy.names;
        let docs: Vec<BTreeSet<usize>> = cores
            .iter()
            .map(|(_, ids)| {
                ids.iter()
                    .flat_map(|id| named_in.get(id).into_iter().flatten().copied())
                    .collect()
            })
            .collect();
        let adj: Vec<Vec<Option<GivenMatch>>> = (0..n)
            .map(|i| {
                (0..n)
                    .map(|j| {
                        let m = (i != j).then(|| names.same_person(&cores[i].0, &cores[j].0))?;
                        // Names one article gives two people differ by more than a
                        // middle name; a nickname beside a full name is one person
                        // ("Frederick Cheney LaRue, Fred LaRue"), and so is a middle
                        // name beside its initial ("Frederick C. LaRue").
                        let apart = m == Some(GivenMatch::Initial)
                            && cores[i].0.given.len() != cores[j].0.given.len()
                            && !docs[i].is_disjoint(&docs[j]);
                        m.filter(|_| !apart)
                    })
                    .collect()
            })
            .collect();
        let hub: Vec<bool> = (0..n).map(|u| is_hub(&adj, u)).collect();
        for u in 0..n {
            let near: Vec<usize> = (0..n).filter(|&v| adj[u][v].is_some()).collect();
            if hub[u] {
                let others = near.iter().map(|&v| cores[v].1[0]).collect();
                self.kept_apart.insert(cores[u].1[0], others);
                continue;
            }
            for v in near.into_iter().filter(|&v| v > u && !hub[v]) {
                let m = adj[u][v];
                self.ids.union(
                    cores[u].1[0],
                    cores[v].1[0],
                    Joined {
                        rule: Rule::NameVariant,
                        given: m,
                    },
                );
            }
        }
    }
}

/// True when `u` is compatible with two names that are not compatible with each other.
fn is_hub(adj: &[Vec<Option<GivenMatch>>], u: usize) -> bool {
    let near: Vec<usize> = (0..adj.len()).filter(|&v| adj[u][v].is_some()).collect();
    near.iter()
        .enumerate()
        .any(|(i, &v)| near[i + 1..].iter().any(|&w| adj[v][w].is_none()))
}

/// A candidate full name for a short form, and the rule that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Candidate {
    root: usize,
    rule: Rule,
}

impl Census<'_> {
    /// Index full names by surname, by the short name of an organisation, and by the
    /// acronyms articles and the lexicon link to them.
    fn index_full_names(&mut self) {
        self.index_surnames();
        self.index_short_names();
        self.index_acronyms();
    }

    fn index_surnames(&mut self) {
        let names = &self.policy.names;
        for id in 0..self.ids.key.len() {
            if !self.ids.full[id] || self.ids.kind[id] != EntityKind::Person {
                continue;
            }
            let person = names.person(&self.ids.key[id]);
            if let Some(p) = person.filter(|p| !p.given.is_empty()) {
                let root = self.ids.find(id);
                push_unique(&mut self.given_names, p.given[0].clone(), root);
                push_unique(&mut self.surnames, p.surname, root);
            }
        }
    }

    /// Organisations by what follows a leading place or name, and by first word.
    fn index_short_names(&mut self) {
        let names = &self.policy.names;
        // A team or branch is named after a place ("Indianapolis Colts"); after another
        // name it is something else ("Merrill Lynch" is no "Lynch").
        let places: HashSet<String> = self
            .occs
            .iter()
            .filter(|o| matches!(o.kind, EntityKind::Place | EntityKind::Country))
            .map(|o| o.vote.clone())
            .collect();
        for id in 0..self.ids.key.len() {
            if !self.ids.full[id] || self.ids.kind[id] != EntityKind::Organization {
                continue;
            }
            let is_head = |w: &str| places.contains(w);
            let is_name = |w: &str| places.contains(w) || self.surnames.contains_key(w);
            if let Some((w, how)) = names.short_key(&self.ids.key[id], &is_head, &is_name) {
                let root = self.ids.find(id);
                let map = match how {
                    ShortKind::AfterPlace => &mut self.after_place,
                    ShortKind::FirstWord => &mut self.first_words,
                };
                push_unique(map, w, root);
            }
        }
    }

    /// A full organisation name of several words that is the rest of exactly one
    /// other after its place ("Red Sox", "Boston Red Sox") is that organisation. One
    /// word is not enough: "Financial Corp" is no "California Financial".
    fn join_names_after_places(&mut self) {
        for id in 0..self.ids.key.len() {
            if !self.ids.full[id]
                || self.ids.kind[id] != EntityKind::Organization
                || self.ids.known[id].is_some()
                || !self.ids.key[id].contains(' ')
            {
                continue;
            }
            let Some(roots) = self.after_place.get(&self.ids.key[id]).cloned() else {
                continue;
            };
            let own = self.ids.find(id);
            let mut others: Vec<usize> = roots.iter().map(|&r| self.ids.find(r)).collect();
            others.sort_unstable();
            others.dedup();
            let own_docs = self.corpus_full.get(&own).copied().unwrap_or(0);
            others.retain(|&r| r != own && !self.too_rare_for(r, own_docs));
            if let [one] = others.as_slice() {
                self.ids.union(id, *one, Joined::by(Rule::ShortName));
            }
        }
    }

    /// Short forms and acronyms articles give organisations beside their full names
    /// ("Hewlett-Packard (HP)", "the Indianapolis Colts ... the Colts"), and the
    /// acronyms the lexicon gives.
    fn index_acronyms(&mut self) {
        let names = &self.policy.names;
        for o in 0..self.occs.len() {
            let (shape, kind, ent, id) = {
                let o = &self.occs[o];
                (o.shape, o.kind, o.ent, o.id)
            };
            if shape != Shape::Full || kind != EntityKind::Organization {
                continue;
            }
            for (alias, rule) in &ent.aliases {
                if WEAK_ALIAS_RULES.contains(&rule.as_str()) {
                    continue;
                }
                let root = self.ids.find(id);
                let alias_shape = names.shape(alias, kind, false);
                if alias_shape == Shape::Acronym && acronym_fits(alias, &ent.name) {
                    push_unique(&mut self.acronyms, acronym_key(alias), root);
                } else if alias_shape == Shape::Word {
                    push_unique(&mut self.linked, names.loose_key(alias, kind), root);
                }
            }
        }
        for actor in &self.policy.known {
            let key = names.loose_key(&actor.name, actor.kind);
            let id = self.ids.map[&(actor.kind, key)];
            let root = self.ids.find(id);
            for a in acronym_aliases(actor) {
                push_unique(&mut self.acronyms, acronym_key(a), root);
            }
        }
    }

    /// Each short form joins the one compatible full name, else stays on its own.
    fn resolve_short_forms(&mut self) {
        self.index_full_names();
        self.count_documents();
        self.join_names_after_places();
        self.count_documents();
        let profiles = self.person_profiles();
        for o in 0..self.occs.len() {
            let occ = &self.occs[o];
            if matches!(occ.shape, Shape::Full | Shape::Generic) {
                continue;
            }
            let own = self.ids.find(occ.id);
            if self.ids.full[own] {
                continue;
            }
            let cands = self.compatible_candidates(o, own, &profiles);
            self.occs[o].join = self.choose(&cands);
        }
    }

    /// The full names a short form may stand for: the first of the lookups its shape
    /// and kind allow that finds any, without those it contradicts or a reviewer kept
    /// apart from it. A guessed kind tries its own kind's lookups before the others'.
    fn compatible_candidates(
        &mut self,
        o: usize,
        own: usize,
        profiles: &HashMap<usize, Profile>,
    ) -> Vec<Candidate> {
        let occ = &self.occs[o];
        let mut kinds = vec![occ.kind];
        if occ.guessed() {
            kinds.extend(
                [EntityKind::Person, EntityKind::Organization]
                    .into_iter()
                    .filter(|&k| k != occ.kind),
            );
        }
        let lookups: Vec<(Vec<usize>, Rule)> =
            kinds.into_iter().flat_map(|k| self.lookups(o, k)).collect();
        for (roots, rule) in lookups {
            let found = self.compatible(o, own, &roots, rule, profiles);
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// The index lookups a short form of kind `kind` may make, strongest first.
    fn lookups(&self, o: usize, kind: EntityKind) -> Vec<(Vec<usize>, Rule)> {
        let names = &self.policy.names;
        let occ = &self.occs[o];
        let get = |map: &HashMap<String, Vec<usize>>, k: &str, rule: Rule| {
            (map.get(k).cloned().unwrap_or_default(), rule)
        };
        match (kind, occ.shape) {
            (EntityKind::Person, Shape::Surname | Shape::Word) => {
                let person = names.person_of(occ.spelled.clone());
                let surname = person.map(|p| p.surname).unwrap_or_default();
                let mut v = vec![get(&self.surnames, &surname, Rule::SurnameUnique)];
                // "Vincent" alone: a given name, when no one has it as surname.
                if names.is_given_name(&surname) {
                    v.push(get(&self.given_names, &surname, Rule::GivenNameUnique));
                }
                v
            }
            (EntityKind::Organization, Shape::Acronym) => {
                let key = acronym_key(&occ.ent.name);
                vec![get(&self.acronyms, &key, Rule::Acronym)]
            }
            (EntityKind::Organization, Shape::Word | Shape::Surname) => {
                let key = names.key_of(occ.spelled.clone(), kind);
                vec![
                    get(&self.linked, &key, Rule::LinkedShortName),
                    get(&self.after_place, &key, Rule::ShortName),
                    get(&self.first_words, &key, Rule::ShortName),
                ]
            }
            _ => Vec::new(),
        }
    }

    /// The roots of a lookup a short form is compatible with.
    fn compatible(
        &mut self,
        o: usize,
        own: usize,
        roots: &[usize],
        rule: Rule,
        profiles: &HashMap<usize, Profile>,
    ) -> Vec<Candidate> {
        let mine = self.own_profile(o);
        let date = self.records[self.occs[o].rec].meta.date.clone();
        let own_docs = self.short_docs.get(&own).copied().unwrap_or(0);
        let named_beside = self.people_named_beside(o);
        let mut out: Vec<Candidate> = Vec::new();
        for &r in roots {
            let root = self.ids.find(r);
            let fine = root != own
                && !self.ids.kept_apart(root, own)
                && !named_beside.contains(&root)
                && profiles.get(&root).is_none_or(|p| !p.contradicts(&mine))
                && self.known_active(root, date.as_deref())
                && !(self.needs_support(rule, o, root) && self.too_rare_for(root, own_docs));
            if fine && !out.iter().any(|x| x.root == root) {
                out.push(Candidate { root, rule });
            }
        }
        out.sort();
        out
    }

    /// The people a surname's own article names in full, as people, and kept apart from
    /// it: "Mrs Howard" beside "Michael Howard" is someone else, whoever else the corpus
    /// names. A full name the article took for another kind was no such choice.
    fn people_named_beside(&mut self, o: usize) -> Vec<usize> {
        let occ = &self.occs[o];
        if occ.kind != EntityKind::Person || occ.shape != Shape::Surname {
            return Vec::new();
        }
        let first = o - occ.index;
        let len = self.records[occ.rec].extraction.entities.len();
        let beside: Vec<usize> = (first..first + len)
            .filter(|&j| {
                let other = &self.occs[j];
                j != o
                    && other.ent.kind == EntityKind::Person
                    && other.shape == Shape::Full
                    && other.spelled.last() == occ.spelled.last()
            })
            .map(|j| self.occs[j].id)
            .collect();
        beside.into_iter().map(|id| self.ids.find(id)).collect()
    }

    /// Joins whose evidence is only a word shared: one word of an organisation (even
    /// one an article linked: "U.S. bank Citicorp ... Citicorp"), or a name whose kind
    /// was guessed meeting an entity of another kind.
    fn needs_support(&self, rule: Rule, o: usize, root: usize) -> bool {
        matches!(rule, Rule::ShortName | Rule::LinkedShortName)
            || self.ids.kind[root] != self.occs[o].kind
    }

    /// A lexicon actor with no article naming it in full is a candidate only at dates
    /// it was active.
    fn known_active(&self, root: usize, date: Option<&str>) -> bool {
        match self.ids.known[root] {
            Some(a) if !self.corpus_full.contains_key(&root) => {
                self.policy.known[a].active_on(date)
            }
            _ => true,
        }
    }

    /// One candidate: join it; among several, the one lexicon actor known to hold that
    /// name at the document's date: join it; several: ambiguous; none: stay.
    fn choose(&self, cands: &[Candidate]) -> Join {
        let dated = |c: &&Candidate| {
            self.ids.known[c.root].is_some_and(|a| self.policy.known[a].active.is_some())
        };
        let known: Vec<&Candidate> = cands.iter().filter(dated).collect();
        match (cands, known.as_slice()) {
            ([c], _) => Join::To {
                id: c.root,
                rule: c.rule,
            },
            ([], _) => Join::Own,
            (_, [k]) => Join::To {
                id: k.root,
                rule: Rule::KnownActor,
            },
            _ => Join::Ambiguous(cands.iter().map(|c| c.root).collect()),
        }
    }
}

/// What a person's roles and countries say, to tell who a surname can be.
#[derive(Debug, Clone, Default)]
struct Profile {
    roles: BTreeSet<String>,
    countries: BTreeSet<String>,
}

impl Profile {
    /// Roles or countries both give and none shared.
    fn contradicts(&self, other: &Profile) -> bool {
        let apart = |a: &BTreeSet<String>, b: &BTreeSet<String>| {
            !a.is_empty() && !b.is_empty() && a.is_disjoint(b)
        };
        apart(&self.roles, &other.roles) || apart(&self.countries, &other.countries)
    }
}

impl Census<'_> {
    /// The roles and countries every person root is given by its full names.
    fn person_profiles(&mut self) -> HashMap<usize, Profile> {
        let mut out: HashMap<usize, Profile> = HashMap::default();
        for o in 0..self.occs.len() {
            if self.occs[o].kind != EntityKind::Person || self.occs[o].shape != Shape::Full {
                continue;
            }
            let root = self.ids.find(self.occs[o].id);
            let p = self.own_profile(o);
            let e = out.entry(root).or_default();
            e.roles.extend(p.roles);
            e.countries.extend(p.countries);
        }
        out
    }

    /// Count the documents naming each root in full, and each short form.
    fn count_documents(&mut self) {
        self.corpus_full.clear();
        self.short_docs.clear();
        let mut seen: HashSet<(usize, usize, bool)> = HashSet::default();
        for o in 0..self.occs.len() {
            let (rec, full) = (self.occs[o].rec, self.occs[o].shape == Shape::Full);
            let root = self.ids.find(self.occs[o].id);
            if seen.insert((root, rec, full)) {
                let map = if full {
                    &mut self.corpus_full
                } else {
                    &mut self.short_docs
                };
                *map.entry(root).or_default() += 1;
            }
        }
    }

    /// True when an entity named in full in few documents is too rare to be what a
    /// short form found in many means (see [`MAX_SHORT_NAME_RATIO`]). Lexicon entities
    /// are always well enough known.
    fn too_rare_for(&self, root: usize, own_docs: usize) -> bool {
        if self.ids.known[root].is_some() {
            return false;
        }
        let full = self.corpus_full.get(&root).copied().unwrap_or(0);
        full * MAX_SHORT_NAME_RATIO < own_docs
    }

    /// The roles an entity is given in its document, and the countries its titles and
    /// affiliations name.
    fn own_profile(&self, o: usize) -> Profile {
        let occ = &self.occs[o];
        let ex = &self.records[occ.rec].extraction;
        let country = |j: usize| {
            let e = &ex.entities[j];
            (e.kind == EntityKind::Country).then(|| super::name_key(&e.name))
        };
        let by_title = ex
            .titles
            .iter()
            .filter(|t| t.person == occ.index)
            .filter_map(|t| t.org.and_then(country));
        let by_relation = ex
            .relations
            .iter()
            .filter(|r| r.source == occ.index && affiliates(r.relation))
            .filter_map(|r| country(r.target));
        Profile {
            roles: occ.ent.roles.iter().cloned().collect(),
            countries: by_title.chain(by_relation).collect(),
        }
    }
}

/// Relations that tie a person to a country.
fn affiliates(r: Relation) -> bool {
    matches!(
        r,
        Relation::Leads | Relation::MemberOf | Relation::Represents
    )
}

fn push_unique(map: &mut HashMap<String, Vec<usize>>, key: String, id: usize) {
    let v = map.entry(key).or_default();
    if !v.contains(&id) {
        v.push(id);
    }
}

impl Census<'_> {
    /// Reviewers' merges: every identity named by one side joins every identity of the
    /// same kind named by the other. A pair that names nothing is reported.
    fn apply_merge_decisions(&mut self) {
        let names = &self.policy.names;
        for (a, b) in &self.policy.decisions.merge {
            let mut used = false;
            for kind in EntityKind::ALL {
                let x = self.ids.map.get(&(kind, names.loose_key(a, kind))).copied();
                let y = self.ids.map.get(&(kind, names.loose_key(b, kind))).copied();
                if let (Some(x), Some(y)) = (x, y) {
                    used |= self.ids.union(x, y, Joined::by(Rule::Decision));
                }
            }
            if !used {
                self.unused_decisions.push((a.clone(), b.clone()));
            }
        }
    }
}

/// What is known of one cluster while placements are written.
struct ClusterFacts {
    root: usize,
    docs: usize,
    last_rec: usize,
    /// Documents that name it in full.
    full_docs: usize,
    last_full_rec: usize,
}

/// How often one name of a cluster is used, and whether as a full name.
#[derive(Debug, Clone, Copy)]
struct NameStat {
    docs: usize,
    last_rec: usize,
    full: bool,
}

impl Default for NameStat {
    fn default() -> NameStat {
        NameStat {
            docs: 0,
            last_rec: usize::MAX,
            full: false,
        }
    }
}

/// How well a name serves as a cluster's canonical name; larger is better.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct NameRank<'a> {
    known: bool,
    full: bool,
    readable: bool,
    docs: usize,
    words: usize,
    name: std::cmp::Reverse<&'a str>,
}

impl<'a> Census<'a> {
    /// Number clusters by first appearance, name them, and place every entity.
    fn finish(mut self) -> Resolution {
        let target: Vec<usize> = (0..self.occs.len())
            .map(|o| {
                let t = match &self.occs[o].join {
                    Join::To { id, .. } | Join::Context { id, .. } => *id,
                    _ => self.occs[o].id,
                };
                self.ids.find(t)
            })
            .collect();
        let (cluster_of, facts) = self.cluster_facts(&target);
        let names = self.canonical_names(&target, &cluster_of, facts.len());
        self.canonical_keys = names.iter().map(|n| super::name_key(n)).collect();
        let clusters: Vec<Cluster> = facts
            .iter()
            .zip(names)
            .map(|(f, name)| Cluster {
                name,
                kind: self.ids.kind[f.root],
            })
            .collect();
        let view = Placer {
            census: &mut self,
            cluster_of: &cluster_of,
            facts: &facts,
            clusters: &clusters,
        };
        let placements = view.place_all(&target);
        let offsets = self
            .records
            .iter()
            .scan(0, |at, r| {
                let start = *at;
                *at += r.extraction.entities.len();
                Some(start)
            })
            .collect();
        Resolution {
            clusters,
            placements,
            offsets,
            unused_decisions: self.unused_decisions,
        }
    }

    /// Clusters numbered by first appearance of their root in `target`, with the
    /// documents naming each at all and in full.
    fn cluster_facts(&self, target: &[usize]) -> (HashMap<usize, usize>, Vec<ClusterFacts>) {
        let mut cluster_of: HashMap<usize, usize> = HashMap::default();
        let mut facts: Vec<ClusterFacts> = Vec::new();
        for (o, &root) in target.iter().enumerate() {
            let c = *cluster_of.entry(root).or_insert_with(|| {
                facts.push(ClusterFacts {
                    root,
                    docs: 0,
                    last_rec: usize::MAX,
                    full_docs: 0,
                    last_full_rec: usize::MAX,
                });
                facts.len() - 1
            });
            let rec = self.occs[o].rec;
            let f = &mut facts[c];
            if f.last_rec != rec {
                f.last_rec = rec;
                f.docs += 1;
            }
            if self.names_in_full(o) && f.last_full_rec != rec {
                f.last_full_rec = rec;
                f.full_docs += 1;
            }
        }
        (cluster_of, facts)
    }

    /// True when an entity's own name is a full name, or a full name's loose key
    /// ("Bandai" beside "Bandai Co Ltd").
    fn names_in_full(&self, o: usize) -> bool {
        let occ = &self.occs[o];
        occ.shape == Shape::Full || (occ.shape != Shape::Generic && self.ids.full[occ.id])
    }

    /// Each cluster's name: the lexicon's, else its commonest readable full name.
    fn canonical_names(
        &mut self,
        target: &[usize],
        cluster_of: &HashMap<usize, usize>,
        n: usize,
    ) -> Vec<String> {
        let mut stats: HashMap<(usize, &'a str), NameStat> = HashMap::default();
        for (o, root) in target.iter().enumerate() {
            let occ = &self.occs[o];
            let e = stats
                .entry((cluster_of[root], occ.ent.name.as_str()))
                .or_default();
            if e.last_rec != occ.rec {
                e.docs += 1;
                e.last_rec = occ.rec;
            }
            e.full |= self.names_in_full(o);
        }
        let mut best: Vec<Option<NameRank<'a>>> = vec![None; n];
        for (&(c, name), stat) in &stats {
            let NameStat { docs, full, .. } = *stat;
            let rank = NameRank {
                known: false,
                full,
                readable: name.chars().any(char::is_lowercase) || is_acronym(name),
                docs,
                words: name.split_whitespace().count(),
                name: std::cmp::Reverse(name),
            };
            if best[c].as_ref().is_none_or(|b| rank > *b) {
                best[c] = Some(rank);
            }
        }
        let mut out: Vec<String> = best
            .into_iter()
            .map(|b| b.map(|r| r.name.0.to_string()).unwrap_or_default())
            .collect();
        for actor in &self.policy.known {
            let key = self.policy.names.loose_key(&actor.name, actor.kind);
            let root = self.ids.find(self.ids.map[&(actor.kind, key)]);
            if let Some(&c) = cluster_of.get(&root) {
                out[c] = actor.name.clone();
            }
        }
        out
    }
}

/// Writes placements once clusters are known.
struct Placer<'a, 'b> {
    census: &'b mut Census<'a>,
    cluster_of: &'b HashMap<usize, usize>,
    facts: &'b [ClusterFacts],
    clusters: &'b [Cluster],
}

impl Placer<'_, '_> {
    fn place_all(mut self, target: &[usize]) -> Vec<Placement> {
        (0..target.len())
            .map(|o| self.place(o, self.cluster_of[&target[o]]))
            .collect()
    }

    fn place(&mut self, o: usize, cluster: usize) -> Placement {
        let occ = &self.census.occs[o];
        let decided = matches!(self.census.ids.reason[occ.id], Some(j) if j.rule == Rule::Decision)
            && self.census.canonical_keys[cluster] != super::name_key(&occ.ent.name);
        let join = occ.join.clone();
        let mut p = match join {
            _ if decided => self.plain(Rule::Decision, cluster, "merged by a reviewer's decision"),
            Join::To { rule, .. } => self.joined(o, rule, cluster),
            Join::Context { shared, rivals, .. } => self.by_context(cluster, &shared, &rivals),
            Join::Ambiguous(roots) => self.ambiguous(cluster, &roots),
            Join::Own => self.own(o, cluster),
        };
        let occ = &self.census.occs[o];
        p.kind_note = kind_note(occ, self.clusters[cluster].kind);
        p.weak |= occ.kind != self.clusters[cluster].kind;
        p
    }

    fn plain(&self, rule: Rule, cluster: usize, evidence: &str) -> Placement {
        Placement {
            cluster,
            rule,
            evidence: evidence.to_string(),
            candidates: Vec::new(),
            kind_note: String::new(),
            weak: false,
        }
    }

    /// "Name (n documents)" for a root, whether or not a cluster holds it.
    fn label(&mut self, root: usize) -> (Option<usize>, String) {
        let root = self.census.ids.find(root);
        match self.cluster_of.get(&root) {
            Some(&c) => (
                Some(c),
                format!(
                    "{} ({})",
                    self.clusters[c].name,
                    documents(self.facts[c].full_docs)
                ),
            ),
            None => {
                let actor = self.census.ids.known[root].map(|a| &self.census.policy.known[a]);
                let name =
                    actor.map_or_else(|| self.census.ids.key[root].clone(), |a| a.name.clone());
                (None, format!("{name} (in the lexicon)"))
            }
        }
    }

    fn joined(&mut self, o: usize, rule: Rule, cluster: usize) -> Placement {
        let (_, label) = self.label(self.facts[cluster].root);
        let form = &self.census.occs[o].ent.name;
        let evidence = match rule {
            Rule::SurnameUnique => format!("the one person surnamed {form} in the corpus: {label}"),
            Rule::GivenNameUnique => format!("the one person named {form} in the corpus: {label}"),
            Rule::Acronym => {
                format!("the one expansion of {form} an article or the lexicon gives: {label}")
            }
            Rule::KnownActor => {
                format!("the lexicon's {label}, known by that name at the document's date")
            }
            Rule::LinkedShortName => {
                format!("the one organisation articles call {form} beside its full name: {label}")
            }
            _ => format!("the one organisation {form} is a word of the name of: {label}"),
        };
        let few = self.facts[cluster].full_docs <= 1;
        Placement {
            weak: rule == Rule::ShortName || few,
            ..self.plain(rule, cluster, &evidence)
        }
    }

    fn by_context(&mut self, cluster: usize, shared: &[usize], rivals: &[usize]) -> Placement {
        let names: Vec<String> = shared
            .iter()
            .map(|&r| self.label(r).1)
            .map(|l| l.split(" (").next().unwrap_or_default().to_string())
            .collect();
        let mut others = Vec::new();
        let mut candidates = Vec::new();
        for &r in rivals {
            let (c, label) = self.label(r);
            others.push(label);
            candidates.extend(c);
        }
        let (_, me) = self.label(self.facts[cluster].root);
        let ev = format!(
            "its article names {} as {me}'s do; far less of what {} are named with",
            names.join(", "),
            others.join(", ")
        );
        Placement {
            candidates,
            weak: true,
            ..self.plain(Rule::Context, cluster, &ev)
        }
    }

    fn ambiguous(&mut self, cluster: usize, roots: &[usize]) -> Placement {
        let mut labels = Vec::new();
        let mut candidates = Vec::new();
        for &r in roots {
            let (c, label) = self.label(r);
            labels.push(label);
            candidates.extend(c);
        }
        Placement {
            candidates,
            ..self.plain(
                Rule::Ambiguous,
                cluster,
                &format!("could be: {}", labels.join(", ")),
            )
        }
    }

    fn own(&mut self, o: usize, cluster: usize) -> Placement {
        let id = self.census.occs[o].id;
        if let Some(near) = self.census.kept_apart.get(&id).cloned() {
            return self.kept_apart(cluster, &near);
        }
        let occ = &self.census.occs[o];
        let canonical = &self.clusters[cluster].name;
        if super::name_key(&occ.ent.name) == self.census.canonical_keys[cluster] {
            return self.plain(Rule::ExactName, cluster, "");
        }
        let names = &self.census.policy.names;
        if names.loose_key(&occ.ent.name, occ.kind) == names.loose_key(canonical, occ.kind) {
            let ev = format!("{canonical} but for punctuation, spelling or a company form");
            return self.plain(Rule::Variant, cluster, &ev);
        }
        match self.census.ids.reason[id].map(|j| (j.rule, j.given)) {
            Some((Rule::NameVariant, Some(m))) => Placement {
                weak: m >= GivenMatch::Spelling,
                ..self.plain(
                    Rule::NameVariant,
                    cluster,
                    &format!("one person with {canonical}: {}; no other person of the surname differs from either", m.describe()),
                )
            },
            Some((Rule::ShortName, ..)) => Placement {
                weak: true,
                ..self.plain(
                    Rule::ShortName,
                    cluster,
                    &format!("the one organisation named so after a place or name: {canonical}"),
                )
            },
            Some((Rule::Alias, ..)) => {
                let ev = format!("an article names it {canonical} too");
                self.plain(Rule::Alias, cluster, &ev)
            }
            _ => self.plain(Rule::ExactName, cluster, ""),
        }
    }

    fn kept_apart(&mut self, cluster: usize, near: &[usize]) -> Placement {
        let mut labels: Vec<String> = Vec::new();
        let mut candidates = Vec::new();
        for &id in near {
            let (c, label) = self.label(id);
            if !labels.contains(&label) {
                labels.push(label);
                candidates.extend(c);
            }
        }
        let ev = format!(
            "could be any of {}, who differ from each other",
            labels.join(", ")
        );
        Placement {
            candidates,
            ..self.plain(Rule::KeptApart, cluster, &ev)
        }
    }
}

/// How an entity's kind was settled, for the merge log; empty when the text read it.
fn kind_note(occ: &Occ, cluster_kind: EntityKind) -> String {
    let mut s = match occ.how {
        KindHow::Read => String::new(),
        KindHow::Guessed => "guessed".to_string(),
        KindHow::Voted { guessed, reads: 0 } => {
            format!(
                "guessed {guessed}; other documents guess {} more often",
                occ.kind
            )
        }
        KindHow::Voted { guessed, reads } => {
            format!(
                "guessed {guessed}; read as {} in {}",
                occ.kind,
                documents(reads)
            )
        }
        KindHow::Outvoted { read, own, reads } => {
            format!(
                "read as {read} in {}; as {} in {}",
                documents(own),
                occ.kind,
                documents(reads)
            )
        }
        KindHow::Decided => "set by a reviewer's decision".to_string(),
        KindHow::LegalForm => "its name ends in a legal form".to_string(),
        KindHow::CompanyName => {
            "read as person; a company of its name has a legal form".to_string()
        }
    };
    if occ.kind != cluster_kind {
        let article = if cluster_kind == EntityKind::Organization {
            "an"
        } else {
            "a"
        };
        s.push_str(&format!("; joined {article} {cluster_kind}"));
    }
    s
}

/// "1 document", "3 documents".
fn documents(n: usize) -> String {
    if n == 1 {
        "1 document".to_string()
    } else {
        format!("{n} documents")
    }
}

impl Census<'_> {
    /// Short forms left ambiguous, and names kept apart between others, choose the
    /// candidate whose articles name what their own article names, when the choice is
    /// clear (see [`super::context`]).
    fn resolve_by_context(&mut self) {
        let mut docs: Vec<Vec<usize>> = vec![Vec::new(); self.records.len()];
        let mut full_docs: HashMap<usize, Vec<usize>> = HashMap::default();
        for o in 0..self.occs.len() {
            let Some(root) = self.settled_root(o) else {
                continue;
            };
            let rec = self.occs[o].rec;
            docs[rec].push(root);
            if self.occs[o].shape == Shape::Full || matches!(self.occs[o].join, Join::To { .. }) {
                let v = full_docs.entry(root).or_default();
                if v.last() != Some(&rec) {
                    v.push(rec);
                }
            }
        }
        let mut ctx = Contexts::new(docs, full_docs);
        for o in 0..self.occs.len() {
            let Some(cands) = self.undecided(o) else {
                continue;
            };
            let own = self.ids.find(self.occs[o].id);
            if let Some(choice) = ctx.choose(self.occs[o].rec, own, &cands) {
                let rivals = cands.into_iter().filter(|&c| c != choice.winner).collect();
                self.occs[o].join = Join::Context {
                    id: choice.winner,
                    shared: choice.shared,
                    rivals,
                };
            }
        }
    }

    /// The entity an entity is, when no choice is pending for it.
    fn settled_root(&mut self, o: usize) -> Option<usize> {
        let occ = &self.occs[o];
        match &occ.join {
            Join::Ambiguous(_) => None,
            Join::To { id, .. } | Join::Context { id, .. } => Some(self.ids.find(*id)),
            Join::Own if self.kept_apart.contains_key(&occ.id) => None,
            Join::Own => Some(self.ids.find(occ.id)),
        }
    }

    /// The candidates of an entity still to be chosen among: an ambiguous short form's,
    /// or the people a name kept apart stands between.
    fn undecided(&mut self, o: usize) -> Option<Vec<usize>> {
        let occ = &self.occs[o];
        let ids = match &occ.join {
            Join::Ambiguous(c) => c.clone(),
            Join::Own => self.kept_apart.get(&occ.id)?.clone(),
            _ => return None,
        };
        let mut roots: Vec<usize> = ids.into_iter().map(|i| self.ids.find(i)).collect();
        roots.sort_unstable();
        roots.dedup();
        Some(roots)
    }
}
