//! The rule set: word classes, auxiliaries and modality words, role titles, verb rules,
//! free patterns for appositions, copulas and lists, attribution patterns for reported
//! speech, and meeting cues. Written in RON (`rules.ron`, embedded; users may add their
//! own file) and compiled once for every document. See [`super::pattern`] for the
//! pattern language.

use super::pattern::{self, El, Form, Lexis};
use crate::error::{Error, Result};
use crate::model::{EntityKind, Modality, Relation};
use compact_str::CompactString;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

const EMBEDDED: &str = include_str!("rules.ron");

/// Verbs and agent nouns converted from the PETRARCH2 dictionaries
/// (`scripts/rebuild-cameo`).
const EMBEDDED_CAMEO: &str = include_str!("cameo.ron");

/// Titles of one relation class: "president" → leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleClass {
    /// What the holder of the title is to the organisation or country named with it.
    pub relation: Relation,
    /// The titles, lower case ("prime minister").
    pub words: Vec<String>,
}

/// A title that names its organisation by itself ("secretary of state").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpliedTitle {
    /// The title, lower case.
    pub title: String,
    /// Name of the organisation, linked when the document mentions it.
    pub org: String,
    /// The relation.
    pub relation: Relation,
}

/// A verb and the relation it states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbRule {
    /// Rule id.
    pub id: String,
    /// The relation (subject → object).
    pub relation: Relation,
    /// Lemmas, irregular ones as "base/past/participle" ("speak/spoke/spoken");
    /// multi-word lemmas inflect their first word ("call on").
    pub lemmas: Vec<String>,
    /// Prepositions after the verb ("to", "with").
    #[serde(default)]
    pub preps: Vec<String>,
    /// Whether one of `preps` must be present.
    #[serde(default)]
    pub prep_required: bool,
    /// Kinds allowed as subject (person, organization, country when empty).
    #[serde(default)]
    pub source: Vec<EntityKind>,
    /// Kinds allowed as object (person, organization, country when empty).
    #[serde(default)]
    pub target: Vec<EntityKind>,
    /// The relation when the subject is a person, whose acts are words: "Howard
    /// attacked the plans" is criticism, "troops attacked the town" is not.
    #[serde(default)]
    pub spoken: Option<Relation>,
    /// Which arguments the relation links.
    #[serde(default)]
    pub args: VerbArgs,
    /// Whether an object naming no entity stands for the place it is in or of:
    /// visiting "Kenya's biggest shantytown" or "slums in Nairobi" visits the place.
    #[serde(default)]
    pub place_of_object: bool,
    /// Whether the object must be something of the target's, not the target itself:
    /// "denied Y's claims" rejects Y, "denied Y" (a save, or "denied Y bail") does not.
    #[serde(default)]
    pub owned_object: bool,
    /// Whether only the past and participle forms name the verb: "founded" is "found"'s
    /// past, but "found" and "founding" are "find"'s past and "a founding member".
    #[serde(default)]
    pub past_only: bool,
    /// Whether the rule reads only the passive: "X was joined at the launch by Y" goes
    /// with X, "X joined Y in criticising the plan" does not.
    #[serde(default)]
    pub passive_only: bool,
}

/// Which of a verb's arguments a relation goes from and to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerbArgs {
    /// Subject to object: "X criticised Y".
    #[default]
    SubjectObject,
    /// Object to subject: "X bought Y" makes Y part of X.
    ObjectSubject,
    /// Object to the object of the preposition: "X sold Y to Z" makes Y part of Z.
    ObjectPrep,
    /// The object of the preposition to the subject, when the object names no one: in
    /// "X sold a stake to Z", Z backs X.
    PrepSubject,
}

/// A noun that states a relation between who acts through it and what follows its
/// preposition: "X's attack on Y", "talks with Y", "a stake in Y".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NounRule {
    /// Rule id.
    pub id: String,
    /// The relation (actor → object).
    pub relation: Relation,
    /// The nouns, every form written out ("attack", "attacks").
    pub nouns: Vec<String>,
    /// Prepositions before the object ("on", "against").
    pub preps: Vec<String>,
    /// The relation when the actor is a person (see [`VerbRule::spoken`]).
    #[serde(default)]
    pub spoken: Option<Relation>,
    /// `object_subject` when the object is what the relation starts from ("X's takeover
    /// of Y": Y becomes part of X).
    #[serde(default)]
    pub args: VerbArgs,
    /// Kinds allowed as actor (any when empty).
    #[serde(default)]
    pub source: Vec<EntityKind>,
    /// Kinds allowed as object (any when empty).
    #[serde(default)]
    pub target: Vec<EntityKind>,
    /// The noun names an occasion the clause's subject is on ("X met Y on his visit to
    /// Z", "X, speaking during a tour of Z"): after an occasion preposition, with the
    /// subject's possessive or an indefinite article, the act is the subject's.
    #[serde(default)]
    pub occasion: bool,
    /// A place or country named between the owner's possessive and the noun is the
    /// object ("Mr Straw's China trip").
    #[serde(default)]
    pub modifier_object: bool,
    /// With `object_prep`: the prepositions after the object that name the party the
    /// relation goes to ("to" in "the sale of Y to Z": Y becomes part of Z).
    #[serde(default)]
    pub party_preps: Vec<String>,
}

/// One sense of a verb form: the rule it belongs to and what must follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbSense {
    /// Index into [`RuleFile::verbs`].
    pub rule: usize,
    /// The form's grammatical form.
    pub form: Form,
    /// Prepositions before the object, each as words ("out at"); a multi-word lemma's
    /// words after the verb ("call on") are one.
    pub preps: Vec<Vec<String>>,
    /// Whether the object must follow one of `preps`.
    pub prep_required: bool,
    /// Which arguments the relation links.
    pub args: VerbArgs,
    /// Kinds allowed as subject.
    pub source: Vec<EntityKind>,
    /// Kinds allowed as object.
    pub target: Vec<EntityKind>,
}

/// A free pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatternRule {
    /// Rule id.
    pub id: String,
    /// The pattern.
    pub pattern: String,
    /// The relation from A to B; when absent, the `@title` matched decides.
    #[serde(default)]
    pub relation: Option<Relation>,
    /// A person slot takes only someone the article surely names as a person, not a
    /// name whose kind was guessed ("Sony's Playstation").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sure_people: bool,
}

/// Meeting words and cues, read by [`super::meetings`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MeetingRules {
    /// Nouns naming a meeting ("talks", "summit").
    pub nouns: Vec<String>,
    /// Verbs whose subjects (and "with" objects) meet ("meet/met/met").
    pub verbs: Vec<String>,
    /// Verbs whose subject hosts the meeting ("convene").
    pub organizer_verbs: Vec<String>,
    /// Participles after a meeting noun naming its organisers ("led", "hosted").
    pub organized_by: Vec<String>,
    /// Participles after a meeting noun naming its mediators ("brokered").
    pub mediated_by: Vec<String>,
    /// Verbs whose subject mediates the meeting named as object ("facilitate").
    pub mediator_verbs: Vec<String>,
    /// Verbs whose subject takes part in the meeting named as object ("hold talks").
    pub hold_verbs: Vec<String>,
    /// Words before a meeting that make it planned ("will", "plans to").
    pub planned: Vec<String>,
    /// Words near a meeting that make it cancelled ("called off").
    pub cancelled: Vec<String>,
    /// Words that make a bare meeting noun refer back ("the", "their").
    pub definite: Vec<String>,
    /// Relative time phrases kept as written ("earlier this month").
    pub times: Vec<String>,
    /// Nouns after an organisation naming a room in it ("room", "headquarters").
    pub rooms: Vec<String>,
    /// Patterns reading actors' roles around meeting words.
    pub patterns: Vec<MeetingPattern>,
    /// Verbs of leaving: "leave Washington" after talks names where they were.
    pub departures: Vec<String>,
    /// Words that end the search for a meeting's place after its word ("talks, he said
    /// in Rome" names no place of the talks).
    pub place_stops: Vec<String>,
    /// Verbs whose subject hosts the people named as object ("hosted", "received").
    pub guest_verbs: Vec<String>,
    /// Verbs whose subject hosts the people named as object where a place follows
    /// ("welcomed X to Downing Street", "was greeted by X in Beijing"); without one
    /// they praise ("welcomed X's decision").
    #[serde(default)]
    pub welcome_verbs: Vec<String>,
    /// Verbs of calling someone by telephone ("phoned").
    pub phone_verbs: Vec<String>,
    /// Verbs of speaking, a meeting when done by telephone ("spoke by phone with").
    pub talk_verbs: Vec<String>,
    /// Nouns after "by" that make speaking a call ("phone", "telephone").
    pub phone_nouns: Vec<String>,
    /// Verbs whose subject meets the person named as object by going to them ("visited").
    pub visit_verbs: Vec<String>,
    /// Verbs of talking something over, a meeting with the parties named after "with"
    /// or among named subjects ("negotiated with Y", "X and Y discussed the plan").
    pub negotiate_verbs: Vec<String>,
    /// Prepositions naming the other party of those verbs ("with"; not "between", which
    /// is as often the matter: "discuss relations between X and Y").
    pub negotiate_preps: Vec<String>,
    /// Ids of relation rules (`nouns`) whose source and target met: a meeting is read
    /// from each relation they found ("X's visit to the Pope").
    pub relation_rules: Vec<String>,
    /// Prepositions naming who else takes part ("with", "between").
    pub party_preps: Vec<String>,
    /// Prepositions naming what someone went for ("flew to Tehran for talks").
    pub purpose_preps: Vec<String>,
    /// Prepositions putting a clause after or during a meeting its subject took part
    /// in ("X told reporters after talks with Y").
    pub timing_preps: Vec<String>,
    /// Words after a place and a comma that put what follows there ("flew to Bonn,
    /// where he met X").
    pub place_relatives: Vec<String>,
    /// Prepositions of what a meeting was about ("talks on trade"): the search for its
    /// place stops there, unless a time follows.
    pub topic_preps: Vec<String>,
    /// Nouns that name a meeting only between named parties ("hearing between X and Y").
    pub party_nouns: Vec<String>,
    /// Words opening a list of the members of a group just named ("including").
    pub including: Vec<String>,
    /// Nouns of sports fixtures: "meet X in the second round" is a match, not a meeting.
    pub fixtures: Vec<String>,
    /// Head words of the names of bodies that hear parties: the last word, or the last
    /// before "of" ("Supreme Court", "Court of Appeal", "Employment Tribunal").
    pub hearing_bodies: Vec<String>,
    /// Relations of such a body to a party that rule on the party's case, so that the
    /// body heard it ("the Court of Appeal backed the Home Office").
    pub ruling_relations: Vec<Relation>,
}

/// How a verb's clause names the actors of a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingVerb {
    /// Subjects, objects and "with" objects meet ("met", "conferred").
    Meet,
    /// The subject hosts the objects ("hosted", "received").
    Host,
    /// The subject hosts the objects when a place follows ("welcomed X to Y").
    Welcome,
    /// Subject and object speak by telephone ("phoned").
    Phone,
    /// The subject speaks with its prepositional objects; a meeting only by telephone.
    Talk,
    /// The subject goes to see the person named as object ("visited").
    Visit,
    /// The subject takes part in the meeting named as object ("held talks").
    Hold,
    /// The subject talks over something with its "with" objects, or coordinated
    /// subjects with each other ("negotiated with Y", "X and Y discussed Z").
    Negotiate,
}

/// A pattern giving the slot `{A}` a role in the meeting whose word it contains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingPattern {
    /// Rule id.
    pub id: String,
    /// The pattern.
    pub pattern: String,
    /// `participant_in`, `organized` or `mediated`.
    pub role: Relation,
    /// The match's last word starts a meeting when it contains no meeting word.
    #[serde(default)]
    pub creates: bool,
    /// The pattern names no actor but refers to the participants of the latest meeting
    /// ("the two leaders met").
    #[serde(default)]
    pub previous: bool,
    /// The slot names countries or bodies whose leaders take part ("Israeli and
    /// Palestinian leaders"): the people the document says lead them.
    #[serde(default)]
    pub leaders: bool,
}

/// The rule file as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RuleFile {
    /// Named word classes for `@class`.
    pub classes: BTreeMap<String, Vec<String>>,
    /// Words that may stand between subject and verb without changing the relation.
    pub aux: Vec<String>,
    /// Words and phrases that set modality.
    pub modals: Vec<(String, Modality)>,
    /// Forms of "be".
    pub be: Vec<String>,
    /// Determiners.
    pub dets: Vec<String>,
    /// Function words the chunker and the clause reader decide structure by.
    pub syntax: pattern::SyntaxWords,
    /// Role titles by relation.
    pub titles: Vec<TitleClass>,
    /// Words that may stand inside a title chain ("senior", "chief").
    pub title_modifiers: Vec<String>,
    /// Modifiers after which a head's title is a member's ("deputy", "shadow").
    pub title_demoters: Vec<String>,
    /// Titles that name their organisation.
    pub implied_titles: Vec<ImpliedTitle>,
    /// Nouns that, after a leader's name, stand for what they lead ("administration").
    pub government_nouns: Vec<String>,
    /// Relations that judge what their object is or did, so a verb stating one acts on
    /// the owner of any thing it names ("condemned Zenith's missile test").
    #[serde(default)]
    pub judging_relations: Vec<Relation>,
    /// Verb rules.
    pub verbs: Vec<VerbRule>,
    /// Noun rules.
    pub nouns: Vec<NounRule>,
    /// Free patterns.
    pub patterns: Vec<PatternRule>,
    /// Attribution patterns with a speaker slot `{S}`.
    pub attribution: Vec<String>,
    /// News outlets and audiences: telling them is reporting, not a relation.
    pub media: Vec<String>,
    /// Meeting cues.
    pub meetings: MeetingRules,
    /// Month and day names and relative time phrases.
    pub calendar: super::dates::CalendarFile,
}

impl RuleFile {
    /// Add another file's entries (the user's) to this one.
    pub fn extend(&mut self, other: RuleFile) {
        for (k, v) in other.classes {
            self.classes.entry(k).or_default().extend(v);
        }
        self.aux.extend(other.aux);
        self.modals.extend(other.modals);
        self.be.extend(other.be);
        self.dets.extend(other.dets);
        self.syntax.extend(other.syntax);
        self.titles.extend(other.titles);
        self.title_modifiers.extend(other.title_modifiers);
        self.title_demoters.extend(other.title_demoters);
        self.implied_titles.extend(other.implied_titles);
        self.government_nouns.extend(other.government_nouns);
        self.judging_relations.extend(other.judging_relations);
        self.verbs.extend(other.verbs);
        self.nouns.extend(other.nouns);
        self.patterns.extend(other.patterns);
        self.attribution.extend(other.attribution);
        self.media.extend(other.media);
        self.calendar.extend(other.calendar);
        let (m, o) = (&mut self.meetings, other.meetings);
        m.nouns.extend(o.nouns);
        m.verbs.extend(o.verbs);
        m.organizer_verbs.extend(o.organizer_verbs);
        m.organized_by.extend(o.organized_by);
        m.mediated_by.extend(o.mediated_by);
        m.mediator_verbs.extend(o.mediator_verbs);
        m.hold_verbs.extend(o.hold_verbs);
        m.planned.extend(o.planned);
        m.cancelled.extend(o.cancelled);
        m.definite.extend(o.definite);
        m.times.extend(o.times);
        m.rooms.extend(o.rooms);
        m.patterns.extend(o.patterns);
        m.departures.extend(o.departures);
        m.place_stops.extend(o.place_stops);
        m.guest_verbs.extend(o.guest_verbs);
        m.welcome_verbs.extend(o.welcome_verbs);
        m.phone_verbs.extend(o.phone_verbs);
        m.talk_verbs.extend(o.talk_verbs);
        m.phone_nouns.extend(o.phone_nouns);
        m.visit_verbs.extend(o.visit_verbs);
        m.negotiate_verbs.extend(o.negotiate_verbs);
        m.negotiate_preps.extend(o.negotiate_preps);
        m.relation_rules.extend(o.relation_rules);
        m.party_preps.extend(o.party_preps);
        m.purpose_preps.extend(o.purpose_preps);
        m.timing_preps.extend(o.timing_preps);
        m.place_relatives.extend(o.place_relatives);
        m.topic_preps.extend(o.topic_preps);
        m.party_nouns.extend(o.party_nouns);
        m.including.extend(o.including);
        m.fixtures.extend(o.fixtures);
        m.hearing_bodies.extend(o.hearing_bodies);
        m.ruling_relations.extend(o.ruling_relations);
    }
}

/// A compiled meeting pattern.
#[derive(Debug, Clone)]
pub struct CompiledMeetingPattern {
    /// Rule id.
    pub id: String,
    /// Elements.
    pub els: Vec<El>,
    /// What a sentence needs for `els` to match.
    pub need: pattern::Need,
    /// Role given to the actors.
    pub role: Relation,
    /// Starts a meeting at its last word.
    pub creates: bool,
    /// Refers to the latest meeting's participants.
    pub previous: bool,
    /// The slot stands for the leaders of what it names.
    pub leaders: bool,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// Rule id (with frame).
    pub id: String,
    /// Elements.
    pub els: Vec<El>,
    /// What a sentence needs for `els` to match.
    pub need: pattern::Need,
    /// Fixed relation, or `None` for title-decided.
    pub relation: Option<Relation>,
    /// Default kinds for A.
    pub source: Vec<EntityKind>,
    /// Default kinds for B.
    pub target: Vec<EntityKind>,
    /// Person slots take no person whose kind was guessed.
    pub sure_people: bool,
}

/// Relation and meeting patterns, compiled.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// The rules as written (kept so user files can extend them).
    pub file: RuleFile,
    /// Word lists for the matcher.
    pub lexis: Lexis,
    /// Relation rules.
    pub rules: Vec<Compiled>,
    /// Prepositions between a role and its organisation ("an analyst at Y").
    pub role_preps: pattern::SymSet,
    /// Verbs that state what their subject is, like "be" ("became chairman of Y").
    pub copular_verbs: pattern::SymSet,
    /// Nouns whose owner is what a verb acts on ("rejected the Lib Dems' call").
    pub owned_nouns: pattern::SymSet,
    /// Nouns for an organisation someone has ("Mr Baume's union, the FDA").
    pub org_nouns: pattern::SymSet,
    /// Marks that open an apposition besides a comma ("X (leader of Y)", "X - a Y
    /// spokesman -").
    pub apposition_marks: pattern::SymSet,
    /// Nouns for people acting for what names them ("Israeli troops", "Palestinian
    /// negotiators").
    pub agent_nouns: pattern::SymSet,
    /// Noun rules by their nouns.
    pub nouns: FxHashMap<CompactString, Vec<usize>>,
    /// Verbs that take a noun for their act ("launched an attack", "held talks").
    pub light_verbs: pattern::SymSet,
    /// Words that judge an actor badly in reported speech ("has failed", "a terrible
    /// waste").
    pub criticism_words: pattern::SymSet,
    /// Verb rules by the forms of their verbs ("met" → the senses of "meet").
    pub verbs: FxHashMap<CompactString, Vec<VerbSense>>,
    /// Attribution rules.
    pub attribution: Vec<Vec<El>>,
    /// What a sentence needs for each attribution rule to match.
    pub attribution_needs: Vec<pattern::Need>,
    /// First words of the patterns' required elements, for [`pattern::Present`].
    pub vocab: pattern::Vocab,
    /// Media names, as name keys.
    pub media: BTreeSet<String>,
    /// Title modifiers (hashed: title chains test most of their words against them).
    pub title_modifiers: FxHashSet<String>,
    /// Modifiers that make a head's title a member's ("deputy leader"); hashed, as
    /// title chains test their words against them.
    pub title_demoters: FxHashSet<String>,
    /// Titles a nationality alone says nothing of ("Dutch chairman", "US economist").
    pub org_titles: BTreeSet<String>,
    /// Meeting verb forms.
    pub meeting_verbs: Vec<(Vec<String>, Form)>,
    /// Organiser verb forms.
    pub organizer_verbs: Vec<(Vec<String>, Form)>,
    /// Mediator verb forms.
    pub mediator_verbs: Vec<(Vec<String>, Form)>,
    /// Hold verb forms.
    pub hold_verbs: Vec<(Vec<String>, Form)>,
    /// Meeting role patterns.
    pub meeting_patterns: Vec<CompiledMeetingPattern>,
    /// First words of meeting nouns and verbs.
    pub meeting_triggers: pattern::SymSet,
    /// The meeting word lists, split into words once.
    pub meeting_words: MeetingWords,
    /// Month and day names and relative time phrases, ready for lookups.
    pub calendar: super::dates::Calendar,
}

/// Phrase lists of [`MeetingRules`] as words, and the base forms of meeting verbs.
#[derive(Debug, Clone, Default)]
pub struct MeetingWords {
    /// See [`MeetingRules::planned`].
    pub planned: Vec<Vec<String>>,
    /// See [`MeetingRules::cancelled`].
    pub cancelled: Vec<Vec<String>>,
    /// See [`MeetingRules::definite`].
    pub definite: Vec<Vec<String>>,
    /// See [`MeetingRules::times`].
    pub times: Vec<Vec<String>>,
    /// See [`MeetingRules::rooms`].
    pub rooms: Vec<Vec<String>>,
    /// Meeting verbs in their base form ("meet", not "meets").
    pub base_forms: Vec<Vec<String>>,
    /// One-word verb forms whose clause names a meeting's actors, by how it names them.
    pub verbs: FxHashMap<CompactString, MeetingVerb>,
    /// See [`MeetingRules::including`].
    pub including: Vec<Vec<String>>,
}

impl MeetingWords {
    /// Every one-word form of the meeting rules' verb lists, each with the first list
    /// that names it.
    fn verb_kinds(m: &MeetingRules) -> FxHashMap<CompactString, MeetingVerb> {
        let mut out = FxHashMap::default();
        for (list, kind) in [
            (&m.verbs, MeetingVerb::Meet),
            (&m.guest_verbs, MeetingVerb::Host),
            (&m.welcome_verbs, MeetingVerb::Welcome),
            (&m.phone_verbs, MeetingVerb::Phone),
            (&m.talk_verbs, MeetingVerb::Talk),
            (&m.visit_verbs, MeetingVerb::Visit),
            (&m.negotiate_verbs, MeetingVerb::Negotiate),
            (&m.hold_verbs, MeetingVerb::Hold),
        ] {
            for (words, _) in inflect_all(list) {
                if let [w] = &words[..] {
                    out.entry(CompactString::from(w.as_str())).or_insert(kind);
                }
            }
        }
        out
    }
}

/// Kinds that act: people, organisations, countries.
pub const ACTORS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Country,
];

impl RuleSet {
    /// Whether any of `words` makes a head's title a member's ("deputy", "regional",
    /// "research" before "director").
    pub fn any_demoter<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> bool {
        words.into_iter().any(|w| self.title_demoters.contains(w))
    }

    /// Whether `word`, in any case, qualifies a title after it: a modifier or a demoter
    /// ("Shadow", "acting", "deputy").
    pub fn qualifies_title(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.title_modifiers.contains(&lower) || self.title_demoters.contains(&lower)
    }

    /// The embedded default rules.
    pub fn embedded() -> Result<RuleSet> {
        let mut file = read_file("<embedded rules.ron>", EMBEDDED)?;
        file.extend(read_file("<embedded cameo.ron>", EMBEDDED_CAMEO)?);
        RuleSet::compile(file, "<embedded rules.ron>")
    }

    /// Parse and compile a rule file's text.
    pub fn parse(path: &str, text: &str) -> Result<RuleSet> {
        RuleSet::compile(read_file(path, text)?, path)
    }

    /// Add the rules of another file (the user's) to these.
    pub fn extend(&mut self, path: &str, text: &str) -> Result<()> {
        let other = read_file(path, text)?;
        let mut file = self.file.clone();
        file.extend(other);
        *self = RuleSet::compile(file, path)?;
        Ok(())
    }

    fn compile(file: RuleFile, path: &str) -> Result<RuleSet> {
        let err = |problem: String| Error::Config {
            path: path.to_string(),
            problem,
        };
        let mut lexis = Lexis {
            classes: file
                .classes
                .iter()
                .map(|(k, v)| (k.clone(), v.iter().map(|w| pattern::words(w)).collect()))
                .collect(),
            aux: file.aux.iter().map(|w| pattern::words(w)).collect(),
            modals: file
                .modals
                .iter()
                .map(|(w, m)| (pattern::words(w), *m))
                .collect(),
            titles: file
                .titles
                .iter()
                .flat_map(|c| c.words.iter().map(|w| (pattern::words(w), c.relation)))
                .collect(),
            dets: file.dets.clone(),
            be: file.be.clone(),
            syntax_words: file.syntax.clone(),
            syntax: Default::default(),
            firsts: Default::default(),
            lookup: None,
        };
        let m = &file.meetings;
        let meeting_verbs = inflect_all(&m.verbs);
        let organizer_verbs = inflect_all(&m.organizer_verbs);
        let mediator_verbs = inflect_all(&m.mediator_verbs);
        let hold_verbs = inflect_all(&m.hold_verbs);
        let phrases = |v: &[String]| v.iter().map(|w| pattern::words(w)).collect::<Vec<_>>();
        let forms =
            |v: &[(Vec<String>, Form)]| v.iter().map(|(w, _)| w.clone()).collect::<Vec<_>>();
        for (name, list) in [
            ("meeting_noun", phrases(&m.nouns)),
            ("meeting_verb", forms(&meeting_verbs)),
            ("organizer_verb", forms(&organizer_verbs)),
            ("mediator_verb", forms(&mediator_verbs)),
            ("hold_verb", forms(&hold_verbs)),
            ("organized_by", phrases(&m.organized_by)),
            ("mediated_by", phrases(&m.mediated_by)),
            ("times", phrases(&m.times)),
        ] {
            let mut list = list;
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
            lexis.classes.insert(name.to_string(), list);
        }
        for list in lexis.classes.values_mut() {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        lexis
            .modals
            .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        lexis.aux.sort_by_key(|w| std::cmp::Reverse(w.len()));
        lexis
            .titles
            .sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let mut vocab = pattern::Vocab::default();
        lexis.index(&mut vocab);
        let meeting_triggers = pattern::SymSet::firsts(
            &mut vocab,
            ["meeting_noun", "meeting_verb"]
                .iter()
                .flat_map(|c| &lexis.classes[*c])
                .map(Vec::as_slice),
        );
        let verbs = verb_index(&file.verbs);
        let mut class_set = |name: &str| {
            pattern::SymSet::firsts(
                &mut vocab,
                lexis
                    .classes
                    .get(name)
                    .into_iter()
                    .flatten()
                    .map(Vec::as_slice),
            )
        };
        let owned_nouns = class_set("owned");
        let org_nouns = class_set("org_nouns");
        let apposition_marks = class_set("apposition_marks");
        let role_preps = class_set("role_preps");
        let copular_verbs = class_set("copular");
        let light_verbs = class_set("light");
        let criticism_words = class_set("criticism");
        let mut nouns: FxHashMap<CompactString, Vec<usize>> = FxHashMap::default();
        for (k, rule) in file.nouns.iter().enumerate() {
            for n in &rule.nouns {
                nouns
                    .entry(CompactString::from(n.as_str()))
                    .or_default()
                    .push(k);
            }
        }
        let agent_nouns = class_set("agents");
        let mut rules = Vec::new();
        for p in &file.patterns {
            let els = pattern::compile(&p.pattern, &lexis, None)
                .map_err(|e| err(format!("pattern {}: {e}", p.id)))?;
            let has_title = els.iter().any(|e| matches!(e, El::Title { .. }));
            if p.relation.is_none() && !has_title {
                return Err(err(format!("pattern {}: no relation and no @title", p.id)));
            }
            rules.push(Compiled {
                id: p.id.clone(),
                need: pattern::Need::of(&els, &lexis, &mut vocab),
                els,
                relation: p.relation,
                source: ACTORS.to_vec(),
                target: ACTORS.to_vec(),
                sure_people: p.sure_people,
            });
        }
        let mut attribution = Vec::new();
        for a in &file.attribution {
            attribution.push(
                pattern::compile(a, &lexis, None).map_err(|e| err(format!("attribution: {e}")))?,
            );
        }
        let mut meeting_patterns = Vec::new();
        for p in &file.meetings.patterns {
            if !p.role.is_meeting_role() {
                return Err(err(format!(
                    "meeting pattern {}: {} is not a meeting role",
                    p.id, p.role
                )));
            }
            let els = pattern::compile(&p.pattern, &lexis, None)
                .map_err(|e| err(format!("meeting pattern {}: {e}", p.id)))?;
            meeting_patterns.push(CompiledMeetingPattern {
                id: p.id.clone(),
                need: pattern::Need::of(&els, &lexis, &mut vocab),
                els,
                role: p.role,
                creates: p.creates,
                previous: p.previous,
                leaders: p.leaders,
            });
        }
        let meeting_words = MeetingWords {
            planned: phrases(&m.planned),
            cancelled: phrases(&m.cancelled),
            definite: phrases(&m.definite),
            times: phrases(&m.times),
            rooms: phrases(&m.rooms),
            base_forms: meeting_verbs
                .iter()
                .filter(|(w, f)| *f == Form::Present && !w[0].ends_with('s'))
                .map(|(w, _)| w.clone())
                .collect(),
            verbs: MeetingWords::verb_kinds(m),
            including: phrases(&m.including),
        };
        Ok(RuleSet {
            media: file
                .media
                .iter()
                .map(|m| crate::graph::name_key(m))
                .collect(),
            title_modifiers: file.title_modifiers.iter().cloned().collect(),
            title_demoters: file.title_demoters.iter().cloned().collect(),
            org_titles: file
                .classes
                .get("org_titles")
                .into_iter()
                .flatten()
                .cloned()
                .collect(),
            meeting_verbs,
            organizer_verbs,
            mediator_verbs,
            hold_verbs,
            meeting_patterns,
            meeting_triggers,
            meeting_words,
            calendar: super::dates::Calendar::of(&file.calendar),
            file,
            attribution_needs: attribution
                .iter()
                .map(|els| pattern::Need::of(els, &lexis, &mut vocab))
                .collect(),
            vocab,
            lexis,
            rules,
            verbs,
            owned_nouns,
            org_nouns,
            apposition_marks,
            role_preps,
            copular_verbs,
            light_verbs,
            criticism_words,
            nouns,
            agent_nouns,
            attribution,
        })
    }
}

/// Parse a rule file; optional fields may be written without `Some(...)`.
fn read_file(path: &str, text: &str) -> Result<RuleFile> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| Error::Config {
            path: path.to_string(),
            problem: e.to_string(),
        })
}

fn kinds_or_actors(k: &[EntityKind]) -> Vec<EntityKind> {
    if k.is_empty() {
        ACTORS.to_vec()
    } else {
        k.to_vec()
    }
}

/// Every form of every verb rule's lemmas, with the senses it has.
fn verb_index(rules: &[VerbRule]) -> FxHashMap<CompactString, Vec<VerbSense>> {
    let mut index: FxHashMap<CompactString, Vec<VerbSense>> = FxHashMap::default();
    for (k, rule) in rules.iter().enumerate() {
        let preps: Vec<Vec<String>> = rule.preps.iter().map(|p| pattern::words(p)).collect();
        for lemma in &rule.lemmas {
            let mut words = pattern::words(lemma);
            if words.is_empty() {
                continue;
            }
            // "call on": the words after the verb are the preposition its object needs.
            let rest = words.split_off(1);
            let (preps, prep_required) = if rest.is_empty() {
                (preps.clone(), rule.prep_required)
            } else {
                (vec![rest], true)
            };
            for (form_word, form) in inflect(&words[0]) {
                if rule.past_only && !matches!(form, Form::Past | Form::Participle) {
                    continue;
                }
                let senses = index.entry(CompactString::from(form_word)).or_default();
                let sense = VerbSense {
                    rule: k,
                    form,
                    preps: preps.clone(),
                    prep_required,
                    args: rule.args,
                    source: kinds_or_actors(&rule.source),
                    target: kinds_or_actors(&rule.target),
                };
                if !senses.contains(&sense) {
                    senses.push(sense);
                }
            }
        }
    }
    index
}

/// All forms of the lemmas.
pub fn inflect_all(lemmas: &[String]) -> Vec<(Vec<String>, Form)> {
    let mut out = Vec::new();
    for l in lemmas {
        let mut words = pattern::words(l);
        if words.is_empty() {
            continue;
        }
        let rest = words.split_off(1);
        for (w, f) in inflect(&words[0]) {
            let mut phrase = vec![w];
            phrase.extend(rest.iter().cloned());
            out.push((phrase, f));
        }
    }
    out.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    out
}

/// Forms of one lemma, "base" or "base/past/participle".
pub fn inflect(spec: &str) -> Vec<(String, Form)> {
    let parts: Vec<&str> = spec.split('/').collect();
    let base = parts[0].to_string();
    let consonant_y = |s: &str| s.ends_with('y') && !s.chars().rev().nth(1).is_none_or(is_vowel);
    let third = if base.ends_with('s')
        || base.ends_with('x')
        || base.ends_with('z')
        || base.ends_with("ch")
        || base.ends_with("sh")
        || base.ends_with('o')
    {
        format!("{base}es")
    } else if consonant_y(&base) {
        format!("{}ies", &base[..base.len() - 1])
    } else {
        format!("{base}s")
    };
    // "beg", "sit/sat/sat", "confer/conferred/conferred": a final consonant after one
    // short vowel doubles before an ending, in a one-syllable verb or where the past
    // written out shows it.
    let doubled = base.chars().last().filter(|&c| {
        one_syllable_short_vowel(&base)
            || parts
                .get(1)
                .is_some_and(|past| *past == format!("{base}{c}ed"))
    });
    let regular_past = if let Some(c) = doubled {
        format!("{base}{c}ed")
    } else if base.ends_with('e') {
        format!("{base}d")
    } else if consonant_y(&base) {
        format!("{}ied", &base[..base.len() - 1])
    } else {
        format!("{base}ed")
    };
    let past = parts.get(1).map(|s| s.to_string()).unwrap_or(regular_past);
    let participle = parts.get(2).map(|s| s.to_string()).unwrap_or(past.clone());
    let ing = if let Some(c) = doubled {
        format!("{base}{c}ing")
    } else if base.ends_with("ie") {
        format!("{}ying", &base[..base.len() - 2])
    } else if base.ends_with('e') && !base.ends_with("ee") && base.len() > 2 {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    };
    // "travel": "travelled" and "travelling" as British English writes them, beside
    // "traveled"; a final "l" after one vowel is doubled.
    let doubled_l = parts.len() == 1 && ends_in_single_vowel_l(&base);
    let mut forms = vec![
        (base.clone(), Form::Present),
        (third, Form::Present),
        (past, Form::Past),
        (participle, Form::Participle),
        (ing, Form::Ing),
    ];
    if doubled_l {
        forms.push((format!("{base}led"), Form::Past));
        forms.push((format!("{base}led"), Form::Participle));
        forms.push((format!("{base}ling"), Form::Ing));
    }
    forms
}

/// Whether a word is one syllable ending in one vowel and a consonant that doubles
/// ("beg", "chat"; not "rain", "fix", "play" or "pull", whose "l" the British rule reads).
fn one_syllable_short_vowel(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let vowels = chars.iter().filter(|&&c| is_vowel(c)).count();
    matches!(chars.as_slice(), [.., c0, v, c] if !is_vowel(*c0) && is_vowel(*v)
        && !is_vowel(*c) && !matches!(c, 'l' | 'w' | 'x' | 'y'))
        && vowels == 1
}

/// Whether a word ends in a consonant, one vowel and "l" ("travel", "control"; not
/// "appeal").
fn ends_in_single_vowel_l(word: &str) -> bool {
    let tail: Vec<char> = word.chars().rev().take(3).collect();
    matches!(tail.as_slice(), ['l', v, c] if is_vowel(*v) && !is_vowel(*c))
}

/// Whether a letter is a vowel of English spelling ("y" is read apart).
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}
