//! Names, titles, demonyms and organisation words as data: an embedded RON lexicon that
//! users can extend or override with `--lexicon FILE.ron`.
//!
//! Surface forms are matched over tokens with one Aho-Corasick automaton: every form is
//! tokenised like article text and stored as its tokens joined by single spaces, and a
//! sentence is searched the same way, anchored at each token start.

use crate::error::{Error, Result};
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::{self, Token};
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

const EMBEDDED: &str = include_str!("default.ron");

/// A country: its name, other names, demonyms and cities.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct CountryEntry {
    /// Canonical name.
    pub n: String,
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
}

/// The lexicon file as written.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct LexiconFile {
    /// Countries.
    pub countries: Vec<CountryEntry>,
    /// Organisations, regions, people and other entities.
    pub entities: Vec<EntityEntry>,
    /// Titles.
    pub titles: Vec<TitleEntry>,
    /// Words that may precede a title without being part of a name ("Senior", "Deputy").
    pub title_modifiers: String,
    /// Common given names, whitespace-separated.
    pub given_names: String,
    /// Words that start organisation names ("Ministry", "Bank" before "of").
    pub org_heads: String,
    /// Words that end organisation names ("Council", "Party", "Corp").
    pub org_tails: String,
    /// Words that end place names ("Street", "River", "Province").
    pub place_tails: String,
    /// Name particles ("bin", "van", "de"), lower case.
    pub particles: String,
    /// Nationality and religion words that are no entity ("Arab", "Muslim").
    pub nationality_words: String,
    /// Words that never start a name and end a run of capitalised words ("The", "Monday").
    pub function_words: String,
    /// Capitalised common words: never a name on their own, but may be inside one.
    pub common_words: String,
    /// Verbs of speech and decision that mark the subject as an actor.
    pub speech_verbs: String,
    /// Pairs of names that must never be merged.
    pub forbid: Vec<(String, String)>,
    /// Reviewers' decisions about entities, applied when documents are merged.
    pub decisions: crate::graph::decisions::Decisions,
    /// Name-comparison words added to the embedded ones (legal suffixes, spellings).
    pub resolution: crate::graph::names::NameVocabulary,
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
    /// Given names.
    pub given_names: HashSet<String>,
    /// Organisation head words.
    pub org_heads: HashSet<String>,
    /// Organisation tail words.
    pub org_tails: HashSet<String>,
    /// Place tail words.
    pub place_tails: HashSet<String>,
    /// Name particles, lower case.
    pub particles: HashSet<String>,
    /// Title modifiers.
    pub title_modifiers: HashSet<String>,
    /// Non-entity nationality words.
    pub nationality_words: HashSet<String>,
    /// Function words, days and months.
    pub function_words: HashSet<String>,
    /// Capitalised common words.
    pub common_words: HashSet<String>,
    /// Speech and decision verbs, lower case.
    pub speech_verbs: HashSet<String>,
    by_name: HashMap<String, usize>,
    patterns: Vec<(String, Hit)>,
    single: HashMap<String, Hit>,
    exact: Option<AhoCorasick>,
    folded: Option<AhoCorasick>,
}

fn split_bar(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

fn words(s: &str) -> HashSet<String> {
    s.split_whitespace().map(str::to_string).collect()
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
    /// The embedded default lexicon.
    pub fn embedded() -> Result<Lexicon> {
        Lexicon::parse("<embedded lexicon>", EMBEDDED)
    }

    /// Parse a lexicon file's text; errors name the file, line and column.
    pub fn parse(path: &str, text: &str) -> Result<Lexicon> {
        let file: LexiconFile = ron::from_str(text).map_err(|e| Error::Config {
            path: path.to_string(),
            problem: format!(
                "line {}, column {}: {}",
                e.span.start.line, e.span.start.col, e.code
            ),
        })?;
        let mut lex = Lexicon {
            file,
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
        for c in o.countries {
            f.countries.retain(|x| x.n != c.n);
            f.countries.push(c);
        }
        for e in o.entities {
            f.entities.retain(|x| x.n != e.n);
            f.entities.push(e);
        }
        f.titles.extend(o.titles);
        for (dst, src) in [
            (&mut f.title_modifiers, o.title_modifiers),
            (&mut f.given_names, o.given_names),
            (&mut f.org_heads, o.org_heads),
            (&mut f.org_tails, o.org_tails),
            (&mut f.place_tails, o.place_tails),
            (&mut f.particles, o.particles),
            (&mut f.nationality_words, o.nationality_words),
            (&mut f.common_words, o.common_words),
            (&mut f.function_words, o.function_words),
            (&mut f.speech_verbs, o.speech_verbs),
        ] {
            dst.push(' ');
            dst.push_str(&src);
        }
        f.forbid.extend(o.forbid);
        f.decisions.extend(o.decisions);
        f.resolution.extend(o.resolution);
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

    /// The name-comparison words the lexicon files add.
    pub fn name_vocabulary(&self) -> &crate::graph::names::NameVocabulary {
        &self.file.resolution
    }

    /// The entry with this canonical name.
    pub fn entry_named(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
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
            self.add_surface(&en.n, name(e));
            // "The Washington Post" is also "Washington Post"; "The Times" is not "Times".
            if let Some(rest) = en.n.strip_prefix("The ").filter(|r| r.contains(' ')) {
                self.add_surface(rest, name(e));
            }
            for a in split_bar(&en.aka) {
                self.add_surface(a, name(e));
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
            });
            let ix = self.titles.len() - 1;
            for form in forms {
                self.add_surface(form, Hit::Title(ix));
                let cap = capitalise_words(form);
                if cap != form {
                    self.add_surface(&cap, Hit::Title(ix));
                }
            }
        }
        self.given_names = words(&f.given_names);
        self.org_heads = words(&f.org_heads);
        self.org_tails = words(&f.org_tails);
        self.place_tails = words(&f.place_tails);
        self.particles = words(&f.particles);
        self.title_modifiers = words(&f.title_modifiers);
        self.nationality_words = words(&f.nationality_words);
        self.function_words = words(&f.function_words);
        self.common_words = words(&f.common_words);
        // Function words are common words too.
        self.common_words
            .extend(self.function_words.iter().cloned());
        self.speech_verbs = words(&f.speech_verbs);
        // The first entry of a surface form wins: countries before cities of the same name.
        let mut seen = HashSet::new();
        self.patterns.retain(|(k, _)| seen.insert(k.clone()));
        self.single = self
            .patterns
            .iter()
            .map(|(k, h)| (k.trim_end().replace(" .", "."), *h))
            .filter(|(k, _)| !k.contains(' '))
            .collect();
        let build = |fold: bool| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .ascii_case_insensitive(fold)
                .build(self.patterns.iter().map(|(k, _)| k.as_str()))
                .map_err(|e| Error::Config {
                    path: "<lexicon>".into(),
                    problem: e.to_string(),
                })
        };
        self.exact = Some(build(false)?);
        self.folded = Some(build(true)?);
        Ok(())
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
        let ac = if folded { &self.folded } else { &self.exact };
        let Some(ac) = ac else { return };
        hay.clear();
        starts.clear();
        for t in toks {
            starts.push(hay.len());
            hay.push_str(&text[t.span.start..t.span.end]);
            hay.push(' ');
        }
        let mut i = 0;
        while i < toks.len() {
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

/// "prime minister" → "Prime Minister"; "of" and "the" stay lower case.
fn capitalise_words(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            if matches!(w, "of" | "the" | "for" | "and" | "to") {
                w.to_string()
            } else {
                let mut c = w.chars();
                match c.next() {
                    Some(f) => f.to_uppercase().chain(c).collect(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
