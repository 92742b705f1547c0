//! How names are compared across documents: loose keys that ignore punctuation,
//! spelling variants and company-form suffixes; people's names split into given names
//! and surname; acronyms and their expansions; and the generic words that never
//! identify anything on their own.

use super::name_key;
use crate::error::{Error, Result};
use crate::lexicon::{Hit, Lexicon};
use crate::model::{EntityKind, MentionForm};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

const EMBEDDED: &str = include_str!("resolution.ron");

/// Given names at least this long may differ by one letter and still be one name
/// ("Jermayne" / "Jerymayne"); shorter ones differ too often between people.
const MIN_TYPO_LEN: usize = 6;

/// A given name at least this long may stand for a longer one it begins ("Fred" for
/// "Frederick"); two letters ("Al") say too little.
const MIN_PREFIX_LEN: usize = 3;

/// The vocabulary of name comparison as written in RON: embedded by default and
/// extended by the `resolution` section of a user's lexicon file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NameVocabulary {
    /// Company-form words that may end an organisation's name ("Ltd", "Corp").
    pub legal_suffixes: String,
    /// Generational suffixes after a surname ("Jr", "III").
    pub generational_suffixes: String,
    /// Pairs of spellings of one word ("centre", "center").
    pub spelling_variants: Vec<(String, String)>,
    /// A full given name and its short forms, `|`-separated ("frederick", "fred|freddie").
    pub given_name_variants: Vec<(String, String)>,
    /// Letter groups transliterated two ways ("k", "c").
    pub letter_variants: Vec<(String, String)>,
    /// Words that are never an alias or a merge key on their own.
    pub generic_words: String,
}

impl NameVocabulary {
    /// The embedded default.
    pub fn embedded() -> Result<NameVocabulary> {
        NameVocabulary::parse("<embedded name rules>", EMBEDDED)
    }

    /// Parse the RON text of a vocabulary; errors name the file, line and column.
    pub fn parse(path: &str, text: &str) -> Result<NameVocabulary> {
        ron::from_str(text).map_err(|e| Error::Config {
            path: path.to_string(),
            problem: format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            ),
        })
    }

    /// Add another vocabulary's words to this one.
    pub fn extend(&mut self, other: NameVocabulary) {
        for (dst, src) in [
            (&mut self.legal_suffixes, other.legal_suffixes),
            (&mut self.generational_suffixes, other.generational_suffixes),
            (&mut self.generic_words, other.generic_words),
        ] {
            dst.push(' ');
            dst.push_str(&src);
        }
        self.spelling_variants.extend(other.spelling_variants);
        self.given_name_variants.extend(other.given_name_variants);
        self.letter_variants.extend(other.letter_variants);
    }
}

/// The shape of a name, which decides how it may be resolved across documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shape {
    /// A name that identifies on its own: a person's given name and surname, an
    /// organisation's full name, any place or country, a name the lexicon knows.
    Full,
    /// A person's surname alone ("Reagan").
    Surname,
    /// An acronym ("HP", "U.N.").
    Acronym,
    /// One word of an organisation's name ("Promises", "Colts").
    Word,
    /// A word that names nothing on its own ("Radio", "Corp").
    Generic,
}

/// How one word stands for an organisation's full name; the first is the stronger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ShortKind {
    /// The name after a leading place: "Colts" for "Indianapolis Colts".
    AfterPlace,
    /// The first word: "Promises" for "Promises Treatment Center".
    FirstWord,
}

/// A person's name split into parts, lower case, without dots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    /// Given names and initials, first to last ("george", "w").
    pub given: Vec<String>,
    /// The surname ("bush").
    pub surname: String,
    /// A generational suffix ("jr"), if any.
    pub suffix: Option<String>,
}

/// How two given names were found to be one name; ordered from strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GivenMatch {
    /// The same name.
    Same,
    /// An initial and a name it begins ("W." / "William"), or one side has no
    /// middle name.
    Initial,
    /// A spelling or transliteration of the same name ("Kostas" / "Costas").
    Spelling,
    /// A short form ("Fred" / "Frederick").
    Short,
}

impl GivenMatch {
    /// Words for the merge log.
    pub fn describe(self) -> &'static str {
        match self {
            GivenMatch::Same => "the same given name",
            GivenMatch::Initial => "an initial or a middle name only one gives",
            GivenMatch::Spelling => "a spelling variant of the given name",
            GivenMatch::Short => "a short form of the given name",
        }
    }
}

/// The compiled vocabulary: sets and maps for comparing names.
#[derive(Debug, Clone, Default)]
pub struct NameRules {
    legal: HashSet<String>,
    generational: HashSet<String>,
    spelling: HashMap<String, String>,
    short_forms: HashMap<String, Vec<String>>,
    letters: Vec<(String, String)>,
    generic: HashSet<String>,
    given_names: HashSet<String>,
    descriptors: HashSet<String>,
    titles: HashSet<String>,
    particles: HashSet<String>,
    places: HashSet<String>,
    /// The lexicon's legal forms as written ("Ltd", "AG"): a name ending in one is a
    /// company's.
    company_suffixes: HashSet<String>,
}

fn lower_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split_whitespace().map(str::to_lowercase)
}

impl NameRules {
    /// Rules from a vocabulary and the lexicon's word lists: its organisation and place
    /// words, titles and nationality words are generic; its given names tell a given
    /// name from a descriptor; its places tell a team's city from its name.
    pub fn new(vocab: &NameVocabulary, lex: &Lexicon) -> NameRules {
        let mut r = NameRules {
            legal: lower_words(&vocab.legal_suffixes).collect(),
            generational: lower_words(&vocab.generational_suffixes).collect(),
            letters: vocab.letter_variants.clone(),
            given_names: lex
                .words
                .given_names
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            particles: lex
                .words
                .particles
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            company_suffixes: lex.words.company_suffixes.iter().cloned().collect(),
            ..NameRules::default()
        };
        for (a, b) in &vocab.spelling_variants {
            r.spelling.insert(b.to_lowercase(), a.to_lowercase());
        }
        for (full, shorts) in &vocab.given_name_variants {
            let full = full.to_lowercase();
            for s in shorts.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                r.short_forms
                    .entry(s.to_lowercase())
                    .or_default()
                    .push(full.clone());
            }
        }
        let named = r.read_lexicon_surfaces(lex);
        let lists = [
            &lex.words.org_heads,
            &lex.words.org_tails,
            &lex.words.place_tails,
            &lex.words.nationality_words,
            &lex.words.title_modifiers,
        ];
        r.generic = lower_words(&vocab.generic_words)
            .chain(r.legal.iter().cloned())
            .chain(
                lists
                    .iter()
                    .flat_map(|l| l.iter().map(|w| w.to_lowercase())),
            )
            .chain(r.titles.iter().cloned())
            .filter(|w| !named.contains(w))
            .collect();
        r.descriptors.extend(r.generic.iter().cloned());
        r.descriptors
            .extend(lex.words.common_words.iter().map(|w| w.to_lowercase()));
        r
    }

    /// Learn from the lexicon's surfaces which words are titles (generic) and demonyms
    /// (descriptors, but an entity's fair alias: "Israeli"), which are places; return
    /// the rest of the names it knows, which are never generic.
    fn read_lexicon_surfaces(&mut self, lex: &Lexicon) -> HashSet<String> {
        let mut named = HashSet::new();
        for (surface, hit) in lex.surfaces() {
            let lower = surface.to_lowercase();
            match hit {
                Hit::Title(_) if !surface.contains(' ') => {
                    self.titles.insert(lower);
                }
                Hit::Entity {
                    form: MentionForm::Demonym,
                    ..
                } => {
                    self.descriptors.insert(lower);
                }
                Hit::Entity { entry, .. } => {
                    let kind = lex.entries[entry].kind;
                    if matches!(kind, EntityKind::Place | EntityKind::Country) {
                        self.places.insert(lower.clone());
                    }
                    named.insert(lower);
                }
                Hit::Title(_) => {}
            }
        }
        named
    }

    /// True for a name of two words or more whose last is a legal form, as the lexicon
    /// writes it: "Nomura International Ltd", "Commerzbank AG", not "Ana Sa".
    pub fn is_company_name(&self, name: &str) -> bool {
        let mut words = name.split_whitespace().rev();
        let last = words.next();
        words.next().is_some() && last.is_some_and(|w| self.company_suffixes.contains(w))
    }

    /// True for a name that is one generic word ("Radio", "the Bank", "CORP").
    pub fn is_generic(&self, name: &str) -> bool {
        let toks = tokens(name);
        toks.len() == 1 && self.generic.contains(&toks[0])
    }

    /// The key under which spellings of one name meet: lower case, punctuation and
    /// dashes read as spaces ("Freeport-McMoRan" = "Freeport McMoRan"), one spelling
    /// per word ("Centre" = "Center"), and for organisations without a trailing company
    /// form ("Bandai Co Ltd" = "Bandai") unless only a generic word would be left.
    pub fn loose_key(&self, name: &str, kind: EntityKind) -> String {
        self.key_of(self.spelled(name), kind)
    }

    /// A name's tokens, each in its one spelling: the loose key of any kind but an
    /// organisation, before it is joined.
    pub fn spelled(&self, name: &str) -> Vec<String> {
        tokens(name)
            .into_iter()
            .map(|t| self.spelling.get(&t).cloned().unwrap_or(t))
            .collect()
    }

    /// The loose key from spelled tokens.
    pub fn key_of(&self, mut toks: Vec<String>, kind: EntityKind) -> String {
        if kind == EntityKind::Organization {
            let full = toks.len();
            let mut cut = full;
            while cut > 1 && self.legal.contains(&toks[cut - 1]) {
                cut -= 1;
            }
            // "Fund Corp" stays itself: "Fund" alone names nothing.
            if !(cut < full && cut == 1 && self.generic.contains(&toks[0])) {
                toks.truncate(cut);
            }
        }
        toks.join(" ")
    }

    /// How a name of this kind may be resolved. `known` is true when the lexicon gave
    /// the name, which then identifies on its own whatever its length.
    pub fn shape(&self, name: &str, kind: EntityKind, known: bool) -> Shape {
        self.shape_of(name, &tokens(name), kind, known)
    }

    /// [`NameRules::shape`] given the name's tokens.
    pub fn shape_of(&self, name: &str, toks: &[String], kind: EntityKind, known: bool) -> Shape {
        if toks.len() == 1 && self.generic.contains(&toks[0]) {
            return Shape::Generic;
        }
        // "Co Inc", "Co Ltd": company forms alone are the end of some name, no name.
        if !toks.is_empty() && toks.iter().all(|t| self.legal.contains(t)) {
            return Shape::Generic;
        }
        if known || matches!(kind, EntityKind::Place | EntityKind::Country) {
            return Shape::Full;
        }
        match kind {
            EntityKind::Person => match self.person_of(toks.to_vec()) {
                Some(p) if !p.given.is_empty() => Shape::Full,
                _ => Shape::Surname,
            },
            _ if is_acronym(name) => Shape::Acronym,
            _ if toks.len() == 1 => Shape::Word,
            _ => Shape::Full,
        }
    }

    /// A person's name split into given names, surname and suffix. Words before the
    /// given name that are no given name but a title, demonym or common word are left
    /// out ("Actress Tara Reid", "Besides Reagan"). `None` for an empty name.
    pub fn person(&self, name: &str) -> Option<PersonName> {
        self.person_of(tokens(name))
    }

    /// [`NameRules::person`] given the name's tokens.
    pub fn person_of(&self, mut toks: Vec<String>) -> Option<PersonName> {
        let mut suffix = None;
        if toks.len() > 1 && self.generational.contains(toks.last()?) {
            suffix = toks.pop();
        }
        let mut surname = toks.pop()?;
        // "Van Gogh", "bin Laden": a particle belongs to the surname.
        while toks.last().is_some_and(|t| self.particles.contains(t)) {
            surname = format!("{} {surname}", toks.pop()?);
        }
        let first_given = toks
            .iter()
            .position(|t| self.given_names.contains(t) || !self.descriptors.contains(t));
        let given = match first_given {
            Some(i) => toks.split_off(i),
            None => Vec::new(),
        };
        // "Saints Pierre Thomas": words before a known given name that are no given
        // name themselves describe the person.
        let given = match given.iter().position(|t| self.given_names.contains(t)) {
            Some(i) if i > 0 && given[..i].iter().all(|t| !self.is_given_like(t)) => {
                given[i..].to_vec()
            }
            _ => given,
        };
        Some(PersonName {
            given,
            surname,
            suffix,
        })
    }

    /// True for a word the lexicon knows as a given name ("Vincent").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// Initials and known given names.
    fn is_given_like(&self, t: &str) -> bool {
        t.chars().count() == 1 || self.given_names.contains(t)
    }

    /// Whether two people of one surname can be one person, and how weakly: the first
    /// given names agree, middle names agree where both give them, and suffixes do not
    /// differ ("George W Bush" and "George H W Bush" cannot be one).
    pub fn same_person(&self, a: &PersonName, b: &PersonName) -> Option<GivenMatch> {
        if a.surname != b.surname {
            return None;
        }
        if let (Some(x), Some(y)) = (&a.suffix, &b.suffix) {
            if x != y {
                return None;
            }
        }
        self.same_given_names(&a.given, &b.given)
            .or_else(|| self.same_after_descriptors(&a.given, &b.given))
    }

    /// First given names agree, and middle names where both give them.
    fn same_given_names(&self, a: &[String], b: &[String]) -> Option<GivenMatch> {
        let (Some(ga), Some(gb)) = (a.first(), b.first()) else {
            return None;
        };
        let mut weakest = self.same_given(ga, gb)?;
        let (ma, mb) = (&a[1..], &b[1..]);
        if !ma.is_empty() && !mb.is_empty() {
            if ma.len() != mb.len() {
                return None;
            }
            for (x, y) in ma.iter().zip(mb) {
                weakest = weakest.max(self.same_given(x, y)?);
            }
        } else if ma.len() != mb.len() {
            weakest = weakest.max(GivenMatch::Initial);
        }
        Some(weakest)
    }

    /// "Actress Tara Reid" and "Tara Reid": the longer name's extra leading words are
    /// no given names or initials, and the rest agrees.
    fn same_after_descriptors(&self, a: &[String], b: &[String]) -> Option<GivenMatch> {
        let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
        let extra = long.len() - short.len();
        if extra == 0 || short.is_empty() || long[..extra].iter().any(|t| self.is_given_like(t)) {
            return None;
        }
        self.same_given_names(&long[extra..], short)
            .map(|m| m.max(GivenMatch::Initial))
    }

    /// Whether two given names (lower case) can be one name.
    pub fn same_given(&self, a: &str, b: &str) -> Option<GivenMatch> {
        if a == b {
            return Some(GivenMatch::Same);
        }
        let (la, lb) = (a.chars().count(), b.chars().count());
        if la == 1 || lb == 1 {
            return (a.chars().next() == b.chars().next()).then_some(GivenMatch::Initial);
        }
        if self.transliterated(a) == self.transliterated(b) {
            return Some(GivenMatch::Spelling);
        }
        let fulls = |x: &str| -> Vec<String> {
            let mut v = self.short_forms.get(x).cloned().unwrap_or_default();
            v.push(x.to_string());
            v
        };
        let (fa, fb) = (fulls(a), fulls(b));
        if fa.iter().any(|x| fb.contains(x)) {
            return Some(GivenMatch::Short);
        }
        let (short, long) = if la < lb { (a, b) } else { (b, a) };
        if la.min(lb) >= MIN_PREFIX_LEN && long.starts_with(short) {
            return Some(GivenMatch::Short);
        }
        let typo = la.min(lb) >= MIN_TYPO_LEN
            && a.chars().next() == b.chars().next()
            && one_edit_apart(a, b);
        typo.then_some(GivenMatch::Spelling)
    }

    /// Doubled letters read once, then each letter group read as its partner.
    fn transliterated(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        for (a, b) in &self.letters {
            out = out.replace(a.as_str(), b.as_str());
        }
        out
    }

    /// The short name an organisation's full name (a loose key) may be referred to by,
    /// and how: what follows a leading place or name (`is_head`), when it ends in a
    /// word of its own ("Colts" for "Indianapolis Colts", "Red Sox" for "Boston Red
    /// Sox"; not "Stock Exchange"); else its first word, when the name ends in a word
    /// saying what kind of body it is ("Promises" for "Promises Treatment Center"; not
    /// for "Colts QB Andrew Luck"). A first word that is a place, a given name or a
    /// surname (`is_name`) names something else first ("Surrey Police", "Betty Ford
    /// Center", "Obama Administration").
    pub fn short_key(
        &self,
        name: &str,
        is_head: &dyn Fn(&str) -> bool,
        is_name: &dyn Fn(&str) -> bool,
    ) -> Option<(String, ShortKind)> {
        let toks: Vec<&str> = name.split(' ').collect();
        if toks.len() < 2 {
            return None;
        }
        let usable = |w: &str| !self.generic.contains(w) && !self.descriptors.contains(w);
        let last = toks.len() - 1;
        for k in (1..toks.len()).rev() {
            let head = toks[..k].join(" ");
            if (self.places.contains(&head) || is_head(&head)) && usable(toks[last]) {
                return Some((toks[k..].join(" "), ShortKind::AfterPlace));
            }
        }
        let first = toks[0];
        if !self.generic.contains(toks[last]) {
            return None;
        }
        let named =
            self.places.contains(first) || self.given_names.contains(first) || is_name(first);
        (usable(first) && !named).then(|| (first.to_string(), ShortKind::FirstWord))
    }
}

/// Lower-case word tokens of a name: dots and apostrophes dropped, a possessive "'s"
/// too ("Moody's Investors Service" is known as "Moody"), other punctuation and dashes
/// read as spaces, "&" kept as a word.
pub fn tokens(name: &str) -> Vec<String> {
    let key = name_key(name);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            cur.push(c);
        } else if c == '\'' {
            let mut rest = chars.clone();
            if !cur.is_empty()
                && rest.next() == Some('s')
                && !rest.peek().is_some_and(|n| n.is_alphanumeric())
            {
                chars.next();
            }
            continue;
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if c == '&' {
                out.push("&".to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// All capitals, two to six letters ("PLO", "U.N.", "AT&T").
pub fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// The letters of an acronym, upper case ("U.N." → "UN").
pub fn acronym_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

/// True when an acronym can be read off a full name: its letters begin the name's
/// words in order, starting with the first word, each word giving one or more letters
/// and small words skippable ("FBI" for "Federal Bureau of Investigation", "HP" for
/// "Hewlett-Packard"; not "LNG" for "Algerian LNG").
pub fn acronym_fits(acronym: &str, full: &str) -> bool {
    let letters: Vec<char> = acronym_key(acronym).to_lowercase().chars().collect();
    let words: Vec<Vec<char>> = tokens(full)
        .into_iter()
        .filter(|w| w != "&")
        .map(|w| w.chars().collect())
        .collect();
    !letters.is_empty() && !words.is_empty() && spelt_using_first(&letters, &words)
}

/// Whether `letters` can be spelt by a prefix of the first word followed by prefixes of
/// later words, in order, any later word skippable.
fn spelt_using_first(letters: &[char], words: &[Vec<char>]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return false;
    };
    (1..=word.len().min(letters.len()))
        .take_while(|&n| word[..n] == letters[..n])
        .any(|n| spelt(&letters[n..], rest))
}

fn spelt(letters: &[char], words: &[Vec<char>]) -> bool {
    letters.is_empty()
        || (!words.is_empty() && (spelt_using_first(letters, words) || spelt(letters, &words[1..])))
}

/// True when two strings differ by one inserted, deleted or replaced character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> NameRules {
        NameRules::new(
            &NameVocabulary::embedded().unwrap(),
            &Lexicon::embedded().unwrap(),
        )
    }

    #[test]
    fn loose_keys_ignore_punctuation_spelling_and_company_forms() {
        let r = rules();
        let org = EntityKind::Organization;
        assert_eq!(
            r.loose_key("Freeport-McMoRan", org),
            r.loose_key("Freeport McMoRan Inc.", org)
        );
        assert_eq!(r.loose_key("Bandai Co Ltd", org), "bandai");
        assert_eq!(
            r.loose_key("Promises Treatment Centre", org),
            r.loose_key("Promises Treatment Center", org)
        );
        assert_eq!(r.loose_key("Procter & Gamble", org), "procter and gamble");
        // A generic word alone is no key: "Fund Corp" keeps its suffix.
        assert_eq!(r.loose_key("Fund Corp", org), "fund corp");
        // People keep every word.
        assert_eq!(r.loose_key("Smith Co", EntityKind::Person), "smith co");
        // A possessive inside a name goes; an apostrophe in a word stays out.
        assert_eq!(
            tokens("Moody's Investors Service"),
            ["moody", "investors", "service"]
        );
        assert_eq!(tokens("O'Sullivan's"), ["osullivan"]);
        assert_eq!(tokens("Ma'sum Ltd"), ["masum", "ltd"]);
    }

    #[test]
    fn shapes_tell_full_names_from_short_forms() {
        let r = rules();
        let (p, o) = (EntityKind::Person, EntityKind::Organization);
        assert_eq!(r.shape("Nadia Okafor", p, false), Shape::Full);
        assert_eq!(r.shape("Okafor", p, false), Shape::Surname);
        assert_eq!(r.shape("Although Okafor", p, false), Shape::Surname);
        assert_eq!(r.shape("HP", o, false), Shape::Acronym);
        assert_eq!(r.shape("Promises", o, false), Shape::Word);
        assert_eq!(r.shape("Radio", o, false), Shape::Generic);
        assert_eq!(r.shape("CORP", EntityKind::Person, false), Shape::Generic);
        assert_eq!(r.shape("Co Inc", o, false), Shape::Generic);
        assert_eq!(r.shape("Co Ltd.", o, false), Shape::Generic);
        assert_eq!(r.shape("Bandai Co Ltd", o, false), Shape::Full);
        assert_eq!(r.shape("Hamas", o, true), Shape::Full);
        assert_eq!(r.shape("Kerala", EntityKind::Place, false), Shape::Full);
    }

    #[test]
    fn person_names_split_and_drop_descriptors() {
        let r = rules();
        let p = r.person("Saints Pierre Okafor Jr.").unwrap();
        assert_eq!(p.given, vec!["pierre"]);
        assert_eq!(p.surname, "okafor");
        assert_eq!(p.suffix.as_deref(), Some("jr"));
        assert_eq!(r.person("Theo van Gogh").unwrap().surname, "van gogh");
        assert!(r.person("President Okafor").unwrap().given.is_empty());
    }

    #[test]
    fn given_names_match_by_initial_short_form_and_spelling() {
        let r = rules();
        assert_eq!(r.same_given("fred", "frederick"), Some(GivenMatch::Short));
        assert_eq!(r.same_given("w", "william"), Some(GivenMatch::Initial));
        assert_eq!(r.same_given("kostas", "costas"), Some(GivenMatch::Spelling));
        assert_eq!(r.same_given("bettie", "betty"), Some(GivenMatch::Spelling));
        assert_eq!(r.same_given("bill", "william"), Some(GivenMatch::Short));
        assert_eq!(r.same_given("john", "jane"), None);
        assert_eq!(r.same_given("patrick", "patricia"), None);
    }

    #[test]
    fn middle_names_and_suffixes_must_not_contradict() {
        let r = rules();
        let p = |s: &str| r.person(s).unwrap();
        assert!(r
            .same_person(&p("George Bush"), &p("George W Bush"))
            .is_some());
        assert!(r
            .same_person(&p("George H W Bush"), &p("George W Bush"))
            .is_none());
        assert!(r
            .same_person(&p("Ken Griffey Jr"), &p("Ken Griffey Sr"))
            .is_none());
        assert!(r
            .same_person(&p("Kostas Kenteris"), &p("Costas Kenteris"))
            .is_some());
        assert!(r.same_person(&p("Ana Smith"), &p("John Smith")).is_none());
        assert!(r
            .same_person(&p("Actress Tara Reid"), &p("Tara Reid"))
            .is_some());
        assert!(r.same_person(&p("Mary Ann Reid"), &p("Ann Reid")).is_none());
    }

    #[test]
    fn acronyms_fit_only_the_initials_of_their_expansion() {
        assert!(acronym_fits("FBI", "Federal Bureau of Investigation"));
        assert!(acronym_fits("HP", "Hewlett-Packard"));
        assert!(acronym_fits("U.N.", "United Nations"));
        assert!(acronym_fits("NYDN", "New York Daily News"));
        assert!(!acronym_fits("LNG", "Algerian LNG"));
        assert!(!acronym_fits("IMF", "Morgan Grenfell Fund"));
    }

    #[test]
    fn organisations_are_known_by_their_first_word_or_team_name() {
        let r = rules();
        let key = |n: &str| {
            let loose = r.loose_key(n, EntityKind::Organization);
            r.short_key(&loose, &|w| w == "harbin", &|w| {
                w == "okafor" || w == "harbin"
            })
        };
        let first = |w: &str| Some((w.to_string(), ShortKind::FirstWord));
        let after = |w: &str| Some((w.to_string(), ShortKind::AfterPlace));
        assert_eq!(key("Promises Treatment Center"), first("promises"));
        assert_eq!(key("London Falcons"), after("falcons"));
        assert_eq!(key("Harbin Falcons"), after("falcons"));
        assert_eq!(key("Harbin Red Falcons"), after("red falcons"));
        assert_eq!(key("New Zealand Rugby Union"), None);
        // Named after a place, a given name or a surname: that names something else.
        assert_eq!(key("Harbin Grain Board"), None);
        assert_eq!(key("Betty Ford Center"), None);
        assert_eq!(key("Okafor Administration"), None);
    }

    #[test]
    fn the_embedded_vocabulary_parses_and_extends() {
        let mut v = NameVocabulary::embedded().unwrap();
        let extra = NameVocabulary::parse("x.ron", r#"(legal_suffixes: "oao")"#).unwrap();
        v.extend(extra);
        assert!(v.legal_suffixes.ends_with(" oao"));
        let err = NameVocabulary::parse("bad.ron", "(legal_suffixes: 3)").unwrap_err();
        assert!(err.to_string().starts_with("bad.ron: line 1"), "{err}");
    }
}
