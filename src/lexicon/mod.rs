//! Names, titles, demonyms and organisation words as data: an embedded RON lexicon that
//! users can extend or override with `--lexicon FILE.ron`.
//!
//! Two parts:
//! - the hand-written lexicon (`default.ron`): countries, their demonyms and main cities,
//!   international bodies, titles and the word lists mention finding reads. Its surface
//!   forms are matched over tokens with one Aho-Corasick automaton: every form is
//!   tokenised like article text and stored as its tokens joined by single spaces, and a
//!   sentence is searched the same way, anchored at each token start. A match is strong
//!   evidence.
//! - the generated tables ([`gazetteer`]): places from GeoNames and political actors from
//!   the Phoenix dictionaries, looked up by hash for capitalised runs. A hit is weak
//!   evidence that the context of the mention can overrule.

pub mod gazetteer;

use crate::error::{Error, Result};
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::{self, Token};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
pub use gazetteer::{Day, FormHit, Gazetteer, Known, Role};
use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

const EMBEDDED: &str = include_str!("default.ron");
/// First names of the people in the actor table, one a line.
const GIVEN_NAMES: &str = include_str!("data/given_names.txt");
/// First names of the 1990 US Census that are no common word, place or country.
const CENSUS_GIVEN_NAMES: &str = include_str!("data/given_names_census.txt");
/// Census first names borne mostly by one sex, with "m" or "f", one a line.
const GIVEN_NAME_GENDERS: &str = include_str!("data/given_name_genders.tsv");
/// The gender of "it" and "its", which stand for an organisation or a country.
pub const NEUTER: char = 'n';
/// The mark of "I" and "me", which stand for the speaker of a quotation.
pub const FIRST_PERSON: char = '1';
/// Nouns for what people are or do ("solicitor", "rebels"), one a line.
const ROLE_NOUNS: &str = include_str!("data/role_nouns.txt");

/// A country: its name, other names, demonyms and cities.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CountryEntry {
    /// Canonical name.
    pub n: String,
    /// Its codes, whitespace-separated: ISO 3166 alpha-2 and alpha-3 and older ones
    /// ("RU RUS SUN"), by which the generated tables name it.
    pub codes: String,
    /// Other names, `|`-separated ("U.S.|US|America").
    pub aka: String,
    /// Singular demonyms, `|`-separated ("Israeli").
    pub dem: String,
    /// Plural demonyms for the people ("Israelis").
    pub pl: String,
    /// Cities and places in the country, capital first, `|`-separated; `Name=Alias`
    /// gives a place another name.
    pub cities: String,
}

/// Any other named entity: organisation, region, person.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EntityEntry {
    /// Canonical name.
    pub n: String,
    /// Kind.
    pub kind: Option<EntityKind>,
    /// Other names, `|`-separated.
    pub aka: String,
    /// Country it belongs to, if any.
    pub country: String,
    /// Demonyms or adjectives (`|`-separated) that refer to it ("Palestinian").
    pub dem: String,
    /// A party's letters in party-and-seat tags: "D" in "Jim Wright, D-Tex.".
    pub seat_tag: String,
    /// A body of many countries (the UN, the EU, NATO): a country's possessive before
    /// it names the country's place in it ("Britain's EU partners"), no body of its own.
    pub international: bool,
}

/// A title and the role it implies.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TitleEntry {
    /// Surface forms, `|`-separated, lower case ("prime minister|premier").
    pub t: String,
    /// The role recorded for the person ("prime minister"); defaults to the first form.
    pub role: String,
    /// What the title says about the person and the organisation or country it names.
    pub implies: Option<Relation>,
    /// True when the title is a leader's ("president"), so "the leader" can find it.
    pub leader: bool,
    /// Gender implied, "m" or "f".
    pub gender: String,
    /// A form of address ("Mr.") that states no role.
    pub honorific: bool,
    /// Held for a seat, which "for" names: "the MP for Ealing North".
    pub seat: bool,
}

/// A set of words, looked up by exact case.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: FxHashSet<String>,
    /// Which lengths and first bytes the words have: most words of a text are in no
    /// list, and this turns most of them away without hashing them.
    filter: WordFilter,
}

impl WordSet {
    /// The words of a whitespace-separated list.
    pub fn of(list: &str) -> WordSet {
        let words: FxHashSet<String> = list.split_whitespace().map(str::to_string).collect();
        let mut filter = WordFilter::default();
        words.iter().for_each(|w| filter.admit(w));
        WordSet { words, filter }
    }

    /// Whether `w` is in the set. Always inlined: the scanner asks it of nearly every
    /// word, and a call costs more than the filter that turns most words away.
    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_hold(w) && self.words.contains(w)
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.iter()
    }

    /// Add every word of another set.
    pub fn extend(&mut self, other: &WordSet) {
        self.words.extend(other.words.iter().cloned());
        self.filter.union(&other.filter);
    }
}

/// The lengths (up to [`WordFilter::LONG`] bytes, longer ones together) and first bytes
/// of a set of words: a word whose length or first byte no word has is not in the set.
#[derive(Debug, Clone, Copy, Default)]
struct WordFilter {
    lengths: u64,
    firsts: [u64; 4],
}

impl WordFilter {
    /// Lengths from this many bytes up share one bit.
    const LONG: usize = 63;

    fn length_bit(w: &str) -> u64 {
        1 << w.len().min(Self::LONG)
    }

    fn first_bit(w: &str) -> (usize, u64) {
        let b = w.as_bytes().first().copied().unwrap_or(0);
        ((b >> 6) as usize, 1 << (b & 63))
    }

    fn admit(&mut self, w: &str) {
        self.lengths |= Self::length_bit(w);
        let (i, bit) = Self::first_bit(w);
        self.firsts[i] |= bit;
    }

    fn union(&mut self, other: &WordFilter) {
        self.lengths |= other.lengths;
        for (a, b) in self.firsts.iter_mut().zip(other.firsts) {
            *a |= b;
        }
    }

    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let (i, bit) = Self::first_bit(w);
        self.lengths & Self::length_bit(w) != 0 && self.firsts[i] & bit != 0
    }
}

fn append(dst: &mut String, src: &str) {
    if !src.trim().is_empty() {
        dst.push(' ');
        dst.push_str(src);
    }
}

/// Declares the lexicon file with its word lists, and the compiled [`WordLists`], from
/// one list of names, so a new list cannot be forgotten in either or in their union.
macro_rules! lexicon_file {
    ($( $(#[$doc:meta])* $list:ident, )*) => {
        /// The lexicon file as written. Word lists are whitespace-separated strings.
        #[derive(Debug, Clone, Default, Serialize, Deserialize)]
        #[serde(default)]
        pub struct LexiconFile {
            /// Countries.
            pub countries: Vec<CountryEntry>,
            /// Organisations, regions, people and other entities.
            pub entities: Vec<EntityEntry>,
            /// Titles.
            pub titles: Vec<TitleEntry>,
            /// Pairs of names that must never be merged.
            pub forbid: Vec<(String, String)>,
            /// Reviewers' decisions about entities, applied when documents are merged.
            pub decisions: crate::graph::decisions::Decisions,
            /// Name-comparison words added to the embedded ones (legal suffixes, spellings).
            pub resolution: crate::graph::names::NameVocabulary,
            /// Words the text layer reads, added to the embedded ones (abbreviations,
            /// sentence starters, page furniture).
            pub text: crate::text::TextWords,
            $( $(#[$doc])* pub $list: String, )*
        }

        /// The lexicon's word lists, ready for lookups.
        #[derive(Debug, Clone, Default)]
        pub struct WordLists {
            $( $(#[$doc])* pub $list: WordSet, )*
        }

        impl LexiconFile {
            /// Add another file's words to every list.
            fn union_lists(&mut self, o: &LexiconFile) {
                $( append(&mut self.$list, &o.$list); )*
            }

            fn word_lists(&self) -> WordLists {
                WordLists { $( $list: WordSet::of(&self.$list), )* }
            }
        }
    };
}

lexicon_file! {
    /// Words that may precede a title without being part of a name ("Senior", "Deputy").
    title_modifiers,
    /// Common given names.
    given_names,
    /// Given names borne mostly by men ("Thomas"): the gender a pronoun must match.
    male_given_names,
    /// Given names borne mostly by women ("Mary").
    female_given_names,
    /// Given names of either list whose sex is only a guess, rare in one census list and
    /// missing from the other ("Yuri"): enough for a pronoun, not to tell two people apart.
    guessed_sex_given_names,
    /// Words that start organisation names ("Ministry", "Bank" before "of").
    org_heads,
    /// Words that end organisation names ("Council", "Party", "Corp").
    org_tails,
    /// Legal forms that end a company's name ("Inc", "plc", "AG").
    company_suffixes,
    /// Words that end place names ("Street", "River", "Province").
    place_tails,
    /// First words of place names ("Mount Sinjar", "Lake Constance", "Fort Worth").
    place_heads,
    /// Endings of one-word place names ("Bedfordshire").
    place_name_endings,
    /// Lower-case nouns that, after a name, make it a place ("Ninewa province").
    place_nouns,
    /// Nouns after which "of X" names a place ("the town of X", "north of X").
    place_of,
    /// Head nouns of an appositive that make the name before it a place ("Amarah, a city
    /// in Iraq").
    place_appositive,
    /// Nouns that, before a name or as an appositive's head, make it an organisation
    /// ("the news agency Tanjug", "Codelco, the Chilean copper company").
    org_appositive,
    /// Endings of nouns for organisations ("carmaker", "winemakers").
    org_noun_endings,
    /// Nouns for people as an appositive's head ("a family friend"), besides titles and
    /// role nouns.
    person_appositive,
    /// Endings of nouns for people who do something ("campaigner", "economist").
    person_noun_endings,
    /// Last words of names of events, days and prizes, which are no entities ("Boxing
    /// Day", "World Cup").
    event_tails,
    /// Last words of names of laws and agreements, which are no actors ("Hunting Act").
    law_tails,
    /// Words for the media in general, which after a nationality name no outlet ("German
    /// TV").
    media_words,
    /// Prepositions of place: a name after them is likely a place ("in", "near").
    loc_preps,
    /// Words that open a noun phrase ("a", "the", "his"): "a bank in Athens" is a bank.
    determiners,
    /// Pronouns that refer back to a man ("he", "his"), as written.
    male_pronouns,
    /// Pronouns that refer back to a woman ("she", "her"), as written.
    female_pronouns,
    /// Pronouns that refer back to an organisation or a country ("it", "its"), as
    /// written.
    neuter_pronouns,
    /// Pronouns by which a speaker names themself in a quotation ("I", "me"), as written.
    first_person_pronouns,
    /// Pronouns that stand as a clause's subject for a person ("he", "she"), as written.
    subject_pronouns,
    /// Possessive pronouns before a role that point to its holder as "the" does ("his
    /// chancellor", "her deputy"), as written.
    possessive_pronouns,
    /// Indefinite articles: "a Palermo jail" is a jail.
    indefinite_articles,
    /// Nouns for things and places that a name before them only qualifies ("the Kraft
    /// plant", "a Waitrose store", "Brooklyn rooftop").
    description_heads,
    /// Words after which a capital city is the place, not its government ("in
    /// Washington", "the Washington area").
    place_before,
    /// More words after which a name is a place ("visit to", "flights over").
    loc_words,
    /// Verbs whose object, when a capital, is its government ("urged Beijing to").
    government_object_verbs,
    /// Nouns of dealings between states after which "with" and a capital name its
    /// government ("an accord with Taipei", "talks with Moscow").
    government_partner_nouns,
    /// Auxiliaries between a subject and its verb ("Washington has warned").
    auxiliaries,
    /// Nouns after "the X" that make X the person a government is named after ("the Assad
    /// regime").
    leader_nouns,
    /// Capitalised compass words that with a place name a region ("Northern Iraq").
    compass,
    /// Nouns of markets before a title that make its holder a company ("market
    /// leader Nintendo", "industry leader").
    market_nouns,
    /// Roles that after a market noun make their holder a company ("leader"): a
    /// market's spokesman or minister is a person.
    market_roles,
    /// Prepositions after a person noun that name where the person works ("an analyst
    /// at broker Numis"): a title after them describes the firm.
    workplace_preps,
    /// Prepositions after a title that name what the title is held in ("president of
    /// ClearView Economics", "a spokesman for DLF Builders").
    title_of_preps,
    /// Prepositions that may open a role's complement before the name in apposition to
    /// it ("the Palestinian representative to the US, Maen Areikat").
    role_complement_preps,
    /// Prepositions between a person's full name and the body the person is of ("Mike
    /// Powell of Dresdner Kleinwort", "Brad Wernle, from Automotive News").
    person_of_preps,
    /// Nouns for a body that, right after a name, say the name is the body's ("the Alfa
    /// Romeo unit", "the Menatep group").
    org_after_nouns,
    /// Nouns for things a company makes that, right after a name only guessed to be a
    /// body's, say the name is a product's ("the Gizmondo device", "its DS handheld").
    product_nouns,
    /// Roles of titles held over a place ("the mayor of Mohammadia"): after them and
    /// "of", an unknown name is a town as likely as a body.
    place_titles,
    /// Prefixes of a past role joined to a name by a hyphen ("ex" in "ex-Yukos boss").
    former_prefixes,
    /// Nouns before "of" that make the name after it a firm ("the law firm of X").
    firm_of,
    /// Nouns for a share in a company, before "in" and its name ("a stake in Yukos").
    holding_nouns,
    /// Nouns for those who work for or own part of a firm: after "a" and a name, the name
    /// is the firm's ("an Acme employee").
    staff_nouns,
    /// Nouns that, after "the", refer back to an organisation the article has named
    /// ("the company said", "the club's chairman").
    org_anaphors,
    /// Possessives that before a title name the organisation just named ("Acme said
    /// ... its chief executive Bo Dahl").
    org_possessives,
    /// Nouns for a kind of organisation that, after "the", refer back to the one
    /// organisation the article has named with that word in its name ("the Green Party
    /// ... the party").
    org_kind_nouns,
    /// Words that open a sports club's name before its town ("Real Madrid", "Inter
    /// Milan", "Dynamo Kiev"): with the town they name the club, not a place.
    club_openers,
    /// Words that open a company's name before a country or town ("Air Canada", "Radio
    /// France"): with it they name the company, not the place.
    firm_openers,
    /// Languages that introduce another form of a name ("(Arabic: ...)").
    languages,
    /// Months that are also given names: "Minister Jan Novak", not "Jan 5".
    month_given_names,
    /// Words that end a person's name after the surname ("Jr", "III").
    name_suffixes,
    /// Lower-case words that may join the parts of one name ("of", "for", "on", "and").
    name_connectors,
    /// Words before a name that, in a report of games, make it a team ("beat", "v").
    team_words_before,
    /// Words after a name that, in a report of games, make it a team ("beat", "team").
    team_words_after,
    /// Lower-case words of games: an article with several reports games ("innings",
    /// "halftime", "striker").
    sport_words,
    /// Words that end an appositive's noun phrase ("in", "who").
    appositive_stops,
    /// Nouns for what a person is or does ("solicitor", "bookmaker"): before a name they
    /// describe it and are no part of it, and alone they are no name.
    role_nouns,
    /// Name particles ("bin", "van", "de"), lower case.
    particles,
    /// Nationality and religion words that are no entity ("Arab", "Muslim").
    nationality_words,
    /// Letters written after a person's name for an office or honour ("Ann Lee MP",
    /// "Bo Dahl QC"): no part of the name.
    post_nominals,
    /// Words that never start a name and end a run of capitalised words ("The", "Monday").
    function_words,
    /// Capitalised common words: never a name on their own, but may be inside one.
    common_words,
    /// Verbs of speech and decision that mark the subject as an actor.
    speech_verbs,
    /// Verbs a title-case headline writes after its subject ("Jane Doe Quits Board"):
    /// there they end the name before them.
    headline_verbs,
    /// First words of a two-word name of a country's body that news writes without the
    /// country ("Finance Ministry", "Central Bank").
    country_body_scopes,
    /// Last words of such a name ("Ministry", "Bank").
    country_body_heads,
    /// One-word names of a country's body that news writes without the country
    /// ("Parliament", "Legislature"): in one article, that article's country's.
    country_body_words,
    /// Words after a hyphen that make a name before them a modifier ("Las
    /// Vegas-style", "Grand Slam-winning"); not the lower-case syllable of a Korean
    /// given name ("Chung Mong-koo").
    modifier_suffixes,
    /// Nouns for works that, right before a name, make it a work's title ("the film
    /// Vera Drake", "her album Hopes").
    work_nouns,
    /// Nouns for works that are also other words ("show", "single", "game"): before a
    /// name they make it a title only after a possessive or a word of
    /// [`work_modifiers`](Self::work_modifiers) ("her single X", "hit show X").
    work_nouns_modified,
    /// Words before a work noun that make the noun a work's ("hit", "debut", "TV").
    work_modifiers,
    /// Verbs before "in" that make the name after it a work ("starred in X").
    work_verbs_in,
    /// Words after a name and a comma that make it a work ("X, starring Y").
    work_words_after,
    /// Last words of names of competitions in a report of games ("Champions League",
    /// "Premiership"): no entity there.
    sport_event_tails,
    /// Last words of sports clubs' names ("Aston Villa", "Manchester City"): in a report
    /// of games a name ending so is a team, even after a given name or a place.
    team_tails,
    /// Plural verbs after a singular name that, in a report of games, make it a team
    /// ("Arsenal have won").
    team_verbs_after,
    /// Nouns for a part played that, before "in", make the name after it a work ("her
    /// role in X") when one of [`work_role_modifiers`](Self::work_role_modifiers) comes
    /// before them.
    work_roles,
    /// Words before such a noun ("his", "supporting").
    work_role_modifiers,
    /// Nouns after a name and before a person's that, outside reports of games, make the
    /// name a work ("Vera Drake star Imelda Staunton"; "Chelsea star" in sport is a team).
    work_stars,
    /// Ranks that, capitalised before "of the" and a name the lexicon doesn't know,
    /// open a work's title ("Lord of the Flies"); offices don't ("Leader of the Commons").
    work_ranks,
    /// Little words that, capitalised between capitalised words in prose, show a
    /// work's title ("Married With Children", "Record Of The Year").
    title_case_joins,
}

/// What a lexicon surface form stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// An entity, referred to by name or demonym; `plural` for "Israelis".
    Entity {
        /// Index into [`Lexicon::entries`].
        entry: usize,
        /// Name or demonym.
        form: MentionForm,
        /// A plural people-demonym.
        plural: bool,
    },
    /// A title, index into [`Lexicon::titles`].
    Title(usize),
}

/// One known entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// The country it belongs to (cities, ministries), if any.
    pub country: Option<String>,
    /// The seat of its country's government (a country's first city), whose name news
    /// also uses for the government ("Washington warned").
    pub capital: bool,
    /// A body of many countries ([`EntityEntry::international`]).
    pub international: bool,
}

/// A title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// Role recorded for the holder, lower case.
    pub role: String,
    /// What holding it implies about the organisation named with it.
    pub implies: Relation,
    /// A leader's title.
    pub leader: bool,
    /// 'm', 'f' or '?'.
    pub gender: char,
    /// A form of address ("Mr.") that states no role.
    pub honorific: bool,
    /// Held for a seat, which "for" names ("MP for Ealing North").
    pub seat: bool,
}

/// A lexicon match over a sentence's tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    /// First token (index into the slice searched).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is.
    pub hit: Hit,
}

/// The lexicon.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    file: LexiconFile,
    /// Known entities.
    pub entries: Vec<Entry>,
    /// Titles.
    pub titles: Vec<Title>,
    /// The word lists.
    pub words: WordLists,
    /// The generated tables of places and actors, shared between copies.
    tables: Tables,
    by_name: HashMap<String, usize>,
    by_code: HashMap<String, usize>,
    patterns: Vec<(String, Hit)>,
    single: HashMap<String, Hit>,
    exact: Option<AhoCorasick>,
    /// Built on the first line in capitals: many runs never read one.
    folded: std::sync::OnceLock<Option<AhoCorasick>>,
    /// Parties' adjectives ("Conservative"), built on first use.
    party_adjectives: std::sync::OnceLock<HashMap<String, usize>>,
    /// The first two bytes of the surface forms, as written and ASCII case folded.
    openings: [Openings; 2],
    /// Pronouns by the gender they refer back to, 'm', 'f' or 'n' (an organisation or a
    /// country): one lookup per word.
    pronouns: rustc_hash::FxHashMap<String, char>,
    /// The pronouns' lengths and first bytes: most words are turned away without a lookup.
    pronoun_filter: WordFilter,
    /// The text layer's words when the files add some; else the embedded ones serve.
    text_vocabulary: Option<std::sync::Arc<crate::text::Vocabulary>>,
}

/// The generated tables, loaded once and shared by every copy of the lexicon. Only the
/// embedded lexicon has them; a lexicon parsed from a file alone has none.
#[derive(Debug, Clone, Default)]
struct Tables {
    cell: Arc<std::sync::OnceLock<Gazetteer>>,
    embedded: bool,
}

impl Tables {
    /// Start loading the embedded tables on a thread of their own. Whichever of that
    /// thread and the first lookup comes first loads them; the other waits, so what is
    /// loaded never depends on timing.
    fn load_in_background() -> Tables {
        let tables = Tables {
            cell: Arc::default(),
            embedded: true,
        };
        let cell = Arc::clone(&tables.cell);
        std::thread::spawn(move || {
            cell.get_or_init(Tables::load);
        });
        tables
    }

    fn get(&self) -> &Gazetteer {
        if self.embedded {
            self.cell.get_or_init(Tables::load)
        } else {
            self.cell.get_or_init(Gazetteer::default)
        }
    }

    /// The tables are data compiled into the program and checked by its tests: a
    /// failure here is a broken build, not bad input.
    fn load() -> Gazetteer {
        Gazetteer::embedded().expect("the embedded lexicon tables are valid")
    }
}

/// A role an actor of the tables held on a given day, with its target's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleAt<'a> {
    /// `leads` or `member_of`.
    pub relation: Relation,
    /// The country or organisation, by its canonical name in this lexicon.
    pub target: String,
    /// The target's kind.
    pub target_kind: EntityKind,
    /// The role as the table states it, with its dates.
    pub role: &'a Role,
}

fn split_bar(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

/// Tokenise a surface form like article text; tokens joined by single spaces, plus a
/// final space so matches end on a token boundary.
fn pattern_key(surface: &str) -> String {
    let mut toks = Vec::new();
    text::tokenize(surface, Span::new(0, surface.len()), &mut toks);
    let mut k = String::with_capacity(surface.len() + 2);
    for t in &toks {
        k.push_str(&surface[t.span.start..t.span.end]);
        k.push(' ');
    }
    k
}

impl Lexicon {
    /// The embedded default lexicon, with the generated tables and word lists.
    pub fn embedded() -> Result<Lexicon> {
        // The tables take longer to load than the rest: they load on a second thread,
        // and the first lookup waits for them if it comes earlier.
        let tables = Tables::load_in_background();
        let mut lex = Lexicon::embedded_hand_written()?;
        lex.tables = tables;
        Ok(lex)
    }

    /// The generated tables of places and actors (see [`gazetteer`]); waits for them
    /// while they are still loading.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.tables.get()
    }

    fn embedded_hand_written() -> Result<Lexicon> {
        let mut file = Lexicon::read("<embedded lexicon>", EMBEDDED)?;
        let table_words = |data: &str| {
            data.lines()
                .filter(|l| !l.starts_with('#'))
                .collect::<Vec<_>>()
                .join(" ")
        };
        append(&mut file.given_names, &table_words(GIVEN_NAMES));
        append(&mut file.given_names, &table_words(CENSUS_GIVEN_NAMES));
        append(&mut file.role_nouns, &table_words(ROLE_NOUNS));
        let rows: Vec<(&str, &str)> = GIVEN_NAME_GENDERS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect();
        let names = |keep: &dyn Fn(&str) -> bool| {
            let kept = rows.iter().filter(|r| keep(r.1)).map(|r| r.0);
            kept.collect::<Vec<_>>().join(" ")
        };
        append(
            &mut file.male_given_names,
            &names(&|sex| sex.starts_with('m')),
        );
        append(
            &mut file.female_given_names,
            &names(&|sex| sex.starts_with('f')),
        );
        append(
            &mut file.guessed_sex_given_names,
            &names(&|sex| sex.ends_with('?')),
        );
        let mut lex = Lexicon {
            file,
            ..Lexicon::default()
        };
        lex.rebuild()?;
        Ok(lex)
    }

    fn read(path: &str, text: &str) -> Result<LexiconFile> {
        ron::from_str(text).map_err(|e| Error::Config {
            path: path.to_string(),
            problem: format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            ),
        })
    }

    /// Parse a lexicon file's text; errors name the file, line and column. The result
    /// has no generated tables: it is meant to [`extend`](Lexicon::extend) the embedded
    /// lexicon.
    pub fn parse(path: &str, text: &str) -> Result<Lexicon> {
        let mut lex = Lexicon {
            file: Lexicon::read(path, text)?,
            ..Lexicon::default()
        };
        lex.rebuild()?;
        Ok(lex)
    }

    /// Add the entries of another lexicon (the user's) to this one. An entity with a
    /// name already known replaces the old entry; word lists are unions.
    pub fn extend(&mut self, other: Lexicon) {
        let o = other.file;
        let f = &mut self.file;
        for c in &o.countries {
            f.countries.retain(|x| x.n != c.n);
            f.countries.push(c.clone());
        }
        for e in &o.entities {
            f.entities.retain(|x| x.n != e.n);
            f.entities.push(e.clone());
        }
        f.titles.extend(o.titles.iter().cloned());
        f.union_lists(&o);
        f.forbid.extend(o.forbid.iter().cloned());
        f.decisions.extend(o.decisions);
        f.resolution.extend(o.resolution);
        f.text.extend(o.text);
        // The data was valid on its own; rebuilding cannot fail on a union.
        self.rebuild().expect("extended lexicon builds");
    }

    /// Pairs of names the user forbade merging, as name keys.
    pub fn forbidden_merges(&self) -> crate::graph::merge::ForbiddenMerges {
        self.file
            .forbid
            .iter()
            .map(|(a, b)| (crate::graph::name_key(a), crate::graph::name_key(b)))
            .collect()
    }

    /// The reviewers' decisions the lexicon files carry.
    pub fn decisions(&self) -> &crate::graph::decisions::Decisions {
        &self.file.decisions
    }

    /// The words the text layer reads: the embedded ones and those the files add.
    pub fn text_vocabulary(&self) -> &crate::text::Vocabulary {
        match &self.text_vocabulary {
            Some(v) => v,
            None => crate::text::Vocabulary::embedded(),
        }
    }

    /// The gender a pronoun refers back to ("he" 'm', "her" 'f', "its" 'n').
    pub fn pronoun_gender(&self, w: &str) -> Option<char> {
        if !self.pronoun_filter.may_hold(w) {
            return None;
        }
        self.pronouns.get(w).copied()
    }

    /// The name-comparison words the lexicon files add.
    pub fn name_vocabulary(&self) -> &crate::graph::names::NameVocabulary {
        &self.file.resolution
    }

    /// The party whose adjective `words` are: a party's name or alias without its generic
    /// head (`heads`, lower case: "Conservative Party" gives "Conservative"), or the
    /// singular of its plural alias ("Republicans" gives "Republican"). An adjective two
    /// parties share names neither. The first call's heads serve every later one.
    pub fn party_of_adjective(&self, words: &str, heads: &[&str]) -> Option<usize> {
        let map = self.party_adjectives.get_or_init(|| self.adjectives(heads));
        map.get(words).copied().filter(|&e| e != usize::MAX)
    }

    /// Adjectives of the organisations with a name or alias ending in one of `heads`.
    fn adjectives(&self, heads: &[&str]) -> HashMap<String, usize> {
        let headed = |s: &str| {
            s.rsplit_once(' ')
                .filter(|(_, h)| heads.contains(&h.to_lowercase().as_str()))
                .map(|(rest, _)| rest.to_string())
        };
        let mut forms: Vec<(usize, String)> = Vec::new();
        for (surface, hit) in &self.patterns {
            if let Hit::Entity {
                entry,
                form: MentionForm::Name,
                ..
            } = *hit
            {
                if self.entries[entry].kind == EntityKind::Organization {
                    forms.push((entry, surface.trim_end().to_string()));
                }
            }
        }
        let parties: HashSet<usize> = forms
            .iter()
            .filter(|(_, s)| headed(s).is_some())
            .map(|(e, _)| *e)
            .collect();
        let mut map: HashMap<String, usize> = HashMap::new();
        for (entry, s) in forms.iter().filter(|(e, _)| parties.contains(e)) {
            let adjective = headed(s).or_else(|| s.strip_suffix('s').map(str::to_string));
            let Some(adjective) = adjective.filter(|a| a.starts_with(char::is_uppercase)) else {
                continue;
            };
            let slot = map.entry(adjective).or_insert(*entry);
            if *slot != *entry {
                *slot = usize::MAX;
            }
        }
        map
    }

    /// The party whose letters open a party-and-seat tag ("R" in "R-Calif.").
    pub fn party_of_seat_tag(&self, letters: &str) -> Option<usize> {
        if letters.is_empty() {
            return None;
        }
        let e = self.file.entities.iter().find(|e| e.seat_tag == letters)?;
        self.entry_named(&e.n)
    }

    /// The entry with this canonical name.
    pub fn entry_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// The country entry a code of the tables names ("GB", "GBR", "SUN").
    pub fn country_by_code(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// The name of the country a table entry belongs to, when the table says and the
    /// lexicon knows the code.
    pub fn known_country(&self, id: u32) -> Option<&str> {
        let code = self.gazetteer().known[id as usize].country?;
        Some(self.entries[self.country_by_code(code)?].name.as_str())
    }

    /// The roles table actor `id` held on `day`, each with its target named as this
    /// lexicon names it: "Ronald Reagan" on 1987-02-26 `leads` "United States".
    /// Roles whose target the lexicon cannot name are left out.
    pub fn roles_at(&self, id: u32, day: Day) -> Vec<RoleAt<'_>> {
        self.roles_where(id, |r| r.holds_on(day))
    }

    /// Every role the tables give actor `id`, at any time, named as [`Self::roles_at`]
    /// names them.
    pub fn roles_ever(&self, id: u32) -> Vec<RoleAt<'_>> {
        self.roles_where(id, |_| true)
    }

    fn roles_where(&self, id: u32, keep: impl Fn(&Role) -> bool) -> Vec<RoleAt<'_>> {
        let g = self.gazetteer();
        g.roles(id)
            .iter()
            .filter(|r| keep(r))
            .filter_map(|role| {
                let (target, target_kind) = match self.country_by_code(role.target) {
                    Some(e) => (self.entries[e].name.clone(), EntityKind::Country),
                    None => {
                        let org = &g.known[g.with_code(role.target)? as usize];
                        // The hand-written entry of the same body, when there is one.
                        let name = match self.lookup_word_or_name(org.name) {
                            Some(e) => self.entries[e].name.clone(),
                            None => org.name.to_string(),
                        };
                        (name, EntityKind::Organization)
                    }
                };
                Some(RoleAt {
                    relation: role.relation,
                    target,
                    target_kind,
                    role,
                })
            })
            .collect()
    }

    /// Whether a name, canonical or one word, is a form of a body of many countries
    /// ("EU", "Nato"). Hashed lookups only: it is asked of every body named after a
    /// country.
    pub fn is_international(&self, name: &str) -> bool {
        let entry = self
            .entry_named(name)
            .or_else(|| match self.lookup_word(name) {
                Some(Hit::Entity { entry, .. }) => Some(entry),
                _ => None,
            });
        entry.is_some_and(|e| self.entries[e].international)
    }

    /// The hand-written entry a name is a form of.
    fn lookup_word_or_name(&self, name: &str) -> Option<usize> {
        if let Some(e) = self.entry_named(name) {
            return Some(e);
        }
        let key = pattern_key(name);
        self.patterns.iter().find_map(|(k, h)| match h {
            Hit::Entity { entry, form, .. } if *k == key && *form == MentionForm::Name => {
                Some(*entry)
            }
            _ => None,
        })
    }

    fn add_entry(&mut self, name: &str, kind: EntityKind, country: Option<String>) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        self.entries.push(Entry {
            name: name.to_string(),
            kind,
            country,
            capital: false,
            international: false,
        });
        self.by_name
            .insert(name.to_string(), self.entries.len() - 1);
        self.entries.len() - 1
    }

    fn add_surface(&mut self, surface: &str, hit: Hit) {
        let key = pattern_key(surface);
        if key.is_empty() {
            return;
        }
        self.patterns.push((key, hit));
    }

    fn rebuild(&mut self) -> Result<()> {
        self.party_adjectives = std::sync::OnceLock::new();
        self.text_vocabulary = (!self.file.text.is_empty()).then(|| {
            let mut words = crate::text::TextWords::embedded();
            words.extend(self.file.text.clone());
            std::sync::Arc::new(crate::text::Vocabulary::of(&words))
        });
        self.entries.clear();
        self.titles.clear();
        self.by_name.clear();
        self.patterns.clear();
        self.single.clear();
        let f = self.file.clone();
        let name = |entry| Hit::Entity {
            entry,
            form: MentionForm::Name,
            plural: false,
        };
        for c in &f.countries {
            let e = self.add_entry(&c.n, EntityKind::Country, None);
            self.add_surface(&c.n, name(e));
            for a in split_bar(&c.aka) {
                self.add_surface(a, name(e));
            }
            for d in split_bar(&c.dem) {
                self.add_surface(
                    d,
                    Hit::Entity {
                        entry: e,
                        form: MentionForm::Demonym,
                        plural: false,
                    },
                );
            }
            for d in split_bar(&c.pl) {
                self.add_surface(
                    d,
                    Hit::Entity {
                        entry: e,
                        form: MentionForm::Demonym,
                        plural: true,
                    },
                );
            }
            for (ci, city) in split_bar(&c.cities).enumerate() {
                let mut parts = city.split('=');
                let cname = parts.next().unwrap_or(city).trim();
                let p = self.add_entry(cname, EntityKind::Place, Some(c.n.clone()));
                if ci == 0 && self.entries[p].country.as_deref() == Some(c.n.as_str()) {
                    self.entries[p].capital = true;
                }
                self.add_surface(cname, name(p));
                for alias in parts {
                    self.add_surface(alias.trim(), name(p));
                }
            }
        }
        for en in &f.entities {
            let kind = en.kind.unwrap_or(EntityKind::Organization);
            let country = (!en.country.is_empty()).then(|| en.country.clone());
            let e = self.add_entry(&en.n, kind, country);
            self.entries[e].international |= en.international;
            self.add_surface(&en.n, name(e));
            // "The Washington Post" is also "Washington Post"; "The Times" is not "Times".
            if let Some(rest) = en.n.strip_prefix("The ").filter(|r| r.contains(' ')) {
                self.add_surface(rest, name(e));
            }
            for a in split_bar(&en.aka) {
                self.add_surface(a, name(e));
            }
            // "Uefa", "Opec": British news writes an acronym read as a word in title case.
            let written: Vec<&str> = split_bar(&en.aka).chain([en.n.as_str()]).collect();
            for spoken in written.iter().filter_map(|s| acronym_as_word(s)) {
                if !written.contains(&spoken.as_str()) {
                    self.add_surface(&spoken, name(e));
                }
            }
            for d in split_bar(&en.dem) {
                let plural = d.ends_with('s');
                self.add_surface(
                    d,
                    Hit::Entity {
                        entry: e,
                        form: MentionForm::Demonym,
                        plural,
                    },
                );
            }
        }
        for t in &f.titles {
            let forms: Vec<&str> = split_bar(&t.t).collect();
            let Some(first) = forms.first() else { continue };
            let role = if t.honorific {
                String::new()
            } else if t.role.is_empty() {
                first.to_lowercase()
            } else {
                t.role.clone()
            };
            self.titles.push(Title {
                role,
                implies: t.implies.unwrap_or(Relation::MemberOf),
                leader: t.leader,
                gender: t.gender.chars().next().unwrap_or('?'),
                honorific: t.honorific,
                seat: t.seat,
            });
            let ix = self.titles.len() - 1;
            for form in forms {
                self.add_surface(form, Hit::Title(ix));
                let cap = capitalise_words(form);
                if cap != form {
                    self.add_surface(&cap, Hit::Title(ix));
                }
                // "Chief executive Ann Lee said": a sentence capitalises only its first
                // word.
                let first = capitalise_first(form);
                if first != form && first != cap {
                    self.add_surface(&first, Hit::Title(ix));
                }
            }
        }
        self.words = f.word_lists();
        self.pronouns = (self.words.male_pronouns.iter().map(|w| (w.clone(), 'm')))
            .chain(self.words.female_pronouns.iter().map(|w| (w.clone(), 'f')))
            .chain(
                self.words
                    .neuter_pronouns
                    .iter()
                    .map(|w| (w.clone(), NEUTER)),
            )
            .chain(
                self.words
                    .first_person_pronouns
                    .iter()
                    .map(|w| (w.clone(), FIRST_PERSON)),
            )
            .collect();
        self.pronoun_filter = WordFilter::default();
        self.pronouns
            .keys()
            .for_each(|w| self.pronoun_filter.admit(w));
        // Function words are common words too.
        let function_words = self.words.function_words.clone();
        self.words.common_words.extend(&function_words);
        self.by_code = f
            .countries
            .iter()
            .flat_map(|c| c.codes.split_whitespace().map(move |code| (code, &c.n)))
            .filter_map(|(code, n)| {
                Some((code.to_string(), self.by_name.get(n.as_str()).copied()?))
            })
            .collect();
        // The first entry of a surface form wins: countries before cities of the same name.
        let mut seen = HashSet::new();
        self.patterns.retain(|(k, _)| seen.insert(k.clone()));
        self.single = self
            .patterns
            .iter()
            .map(|(k, h)| (k.trim_end().replace(" .", "."), *h))
            .filter(|(k, _)| !k.contains(' '))
            .collect();
        self.exact = Some(self.automaton(false).map_err(|e| Error::Config {
            path: "<lexicon>".into(),
            problem: e.to_string(),
        })?);
        self.folded = std::sync::OnceLock::new();
        self.openings = [false, true].map(|fold| Openings::of(&self.patterns, fold));
        Ok(())
    }

    /// The automaton of the surface forms, ASCII case folded or not.
    fn automaton(&self, fold: bool) -> std::result::Result<AhoCorasick, aho_corasick::BuildError> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .ascii_case_insensitive(fold)
            .build(self.patterns.iter().map(|(k, _)| k.as_str()))
    }

    /// Find the longest lexicon match starting at each token of a sentence, skipping
    /// over matched tokens. `folded` matches case-insensitively (for ALL-CAPS lines).
    /// `hay` and `starts` are scratch buffers reused between calls.
    pub fn find(
        &self,
        text: &str,
        toks: &[Token],
        folded: bool,
        hay: &mut String,
        starts: &mut Vec<usize>,
        out: &mut Vec<LexMatch>,
    ) {
        out.clear();
        let ac = if folded {
            // The same forms as the exact automaton, which was built: this cannot fail.
            self.folded.get_or_init(|| self.automaton(true).ok())
        } else {
            &self.exact
        };
        let Some(ac) = ac else { return };
        let openings = &self.openings[usize::from(folded)];
        hay.clear();
        starts.clear();
        for t in toks {
            starts.push(hay.len());
            hay.push_str(&text[t.span.start..t.span.end]);
            hay.push(' ');
        }
        let mut i = 0;
        while i < toks.len() {
            if !openings.may_open(&hay.as_bytes()[starts[i]..]) {
                i += 1;
                continue;
            }
            let input = Input::new(hay.as_str())
                .span(starts[i]..hay.len())
                .anchored(Anchored::Yes);
            if let Some(m) = ac.find(input) {
                let end_tok = match starts.binary_search(&m.end()) {
                    Ok(j) => j,
                    Err(_) => toks.len(),
                };
                out.push(LexMatch {
                    start: i,
                    end: end_tok,
                    hit: self.patterns[m.pattern().as_usize()].1,
                });
                i = end_tok.max(i + 1);
            } else {
                i += 1;
            }
        }
    }

    /// What a single word is in the lexicon, if anything (exact case).
    pub fn lookup_word(&self, w: &str) -> Option<Hit> {
        self.single.get(w).copied()
    }

    /// The surface form of a pattern (for diagnostics and tests).
    pub fn surfaces(&self) -> BTreeMap<&str, Hit> {
        self.patterns
            .iter()
            .map(|(k, h)| (k.trim_end(), *h))
            .collect()
    }
}

/// Which pairs of bytes the surface forms start with: the automaton is searched from a
/// token only when the token could start one, and most tokens cannot ("the", "said").
#[derive(Debug, Clone)]
struct Openings {
    /// One bit per pair of bytes; ASCII case folded for the folded automaton.
    pairs: Box<[u64]>,
    /// A form shorter than two bytes, which any token may start: no token is passed by.
    short_form: bool,
    fold: bool,
}

impl Default for Openings {
    fn default() -> Openings {
        Openings {
            pairs: vec![0; PAIRS / 64].into_boxed_slice(),
            short_form: true,
            fold: false,
        }
    }
}

/// The number of pairs of bytes.
const PAIRS: usize = 1 << 16;

impl Openings {
    fn of(patterns: &[(String, Hit)], fold: bool) -> Openings {
        let mut o = Openings {
            short_form: false,
            fold,
            ..Openings::default()
        };
        for (form, _) in patterns {
            match form.as_bytes() {
                [a, b, ..] => {
                    let pair = o.pair(*a, *b);
                    o.pairs[pair / 64] |= 1 << (pair % 64);
                }
                _ => o.short_form = true,
            }
        }
        o
    }

    #[inline]
    fn pair(&self, a: u8, b: u8) -> usize {
        let (a, b) = if self.fold {
            (a.to_ascii_lowercase(), b.to_ascii_lowercase())
        } else {
            (a, b)
        };
        (a as usize) << 8 | b as usize
    }

    /// Whether a form may match at the start of `hay`.
    #[inline]
    fn may_open(&self, hay: &[u8]) -> bool {
        match hay {
            _ if self.short_form => true,
            [a, b, ..] => {
                let pair = self.pair(*a, *b);
                self.pairs[pair / 64] & (1 << (pair % 64)) != 0
            }
            _ => false,
        }
    }
}

/// "chief executive" → "Chief executive".
fn capitalise_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "prime minister" → "Prime Minister"; "of" and "the" stay lower case.
fn capitalise_words(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if matches!(w, "of" | "the" | "for" | "and" | "to") {
                w.to_string()
            } else {
                capitalise_first(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Fewest letters of an acronym that news also writes as a word ("Nato", "Fifa"); shorter
/// ones are spelt out letter by letter and stay in capitals ("BBC", "IMF").
const MIN_ACRONYM_AS_WORD: usize = 4;

/// The title-case form of an acronym long enough to be read as a word: "UEFA" → "Uefa".
fn acronym_as_word(s: &str) -> Option<String> {
    (s.len() >= MIN_ACRONYM_AS_WORD && s.bytes().all(|b| b.is_ascii_uppercase()))
        .then(|| format!("{}{}", &s[..1], s[1..].to_ascii_lowercase()))
}

#[cfg(test)]
mod tests;
