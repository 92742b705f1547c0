//! The generated tables: populated places and regions from GeoNames, political actors,
//! organisations and armed groups from the Phoenix dictionaries (`data/NOTICE.md` gives
//! the sources and licences; `scripts/build_lexicon.py` rebuilds them).
//!
//! Some 90,000 names are too many for the automaton of the hand-written lexicon: it would
//! take longer to build than the whole lexicon may take to load. They are looked up
//! instead by a hash of a capitalised run's lower-case tokens, one probe per run. Names
//! and forms stay slices of the embedded text, so loading allocates little.
//!
//! A hit here is weak evidence: "Reading", "Jackson" and "Victoria" are places, and
//! people, and words; the context of the mention decides.

use crate::error::{Error, Result};
use crate::model::{EntityKind, Relation, Span};
use crate::text::{self, Token};
use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

const PLACES: &str = include_str!("data/places.tsv");
const ACTORS: &str = include_str!("data/actors.tsv");

/// A day as `YYYYMMDD`, so that dates compare as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub u32);

impl Day {
    /// The day of an ISO date ("1987-02-26", or a longer timestamp); `None` for anything
    /// else, including a bare year or month, which cannot place a day inside a term.
    pub fn parse_iso(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: Range<usize>| s.get(r)?.parse::<u32>().ok();
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Day(y * 10_000 + m * 100 + d))
    }

    /// ISO form, "1981-01-20".
    pub fn iso(self) -> String {
        let d = self.0;
        format!("{:04}-{:02}-{:02}", d / 10_000, d / 100 % 100, d % 100)
    }
}

/// A place or actor of the tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// Canonical name.
    pub name: &'static str,
    /// Place, person or organisation.
    pub kind: EntityKind,
    /// Country code (GeoNames' two letters, Phoenix's three), when the table gives one.
    pub country: Option<&'static str>,
    /// Inhabitants, for places (0 for regions and actors).
    pub population: u32,
    /// A first-level region: a state, province or county.
    pub region: bool,
    /// An organisation's code, which people's roles name ("IGOUNO").
    pub code: Option<&'static str>,
    roles: Range<u32>,
}

/// A date-ranged role of an actor, as the table writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// `leads` or `member_of`.
    pub relation: Relation,
    /// A country code or an organisation's code.
    pub target: &'static str,
    /// First day, if the table gives one.
    pub from: Option<Day>,
    /// Last day, if the role has ended.
    pub to: Option<Day>,
}

impl Role {
    /// Whether the role was held on `day`.
    pub fn holds_on(&self, day: Day) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

/// How a form of a name points at a table entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormHit {
    /// Index into [`Gazetteer::known`].
    pub id: u32,
    /// The form is a person's surname alone ("Reagan"): known only when the rest of the
    /// document or its date says who it is.
    pub surname: bool,
    /// Bit `i` set when token `i` of the form starts with a capital.
    caps: u32,
}

/// The tables and their name index.
#[derive(Debug, Default)]
pub struct Gazetteer {
    /// Every place and actor.
    pub known: Vec<Known>,
    roles: Vec<Role>,
    forms: FxHashMap<u64, Range<u32>>,
    hits: Vec<FormHit>,
    codes: FxHashMap<&'static str, u32>,
    pending: Vec<(u64, FormHit)>,
}

/// Most tokens in a form whose case is checked; longer forms are rare and only the
/// first tokens' case is compared.
const CASE_BITS: usize = 32;

/// The hash of a run of tokens, case folded. `word(i)` gives token `i`'s text.
fn key_of<'a>(words: impl Iterator<Item = &'a str>) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for w in words {
        for c in w.chars().flat_map(char::to_lowercase) {
            c.hash(&mut h);
        }
        ' '.hash(&mut h);
    }
    h.finish()
}

/// Bit `i` set when word `i` starts with a capital.
fn caps_of<'a>(words: impl Iterator<Item = &'a str>) -> u32 {
    words
        .take(CASE_BITS)
        .enumerate()
        .filter(|(_, w)| w.starts_with(char::is_uppercase))
        .fold(0, |m, (i, _)| m | (1 << i))
}

fn bad(line: usize, problem: &str) -> Error {
    Error::Config {
        path: "<embedded lexicon tables>".into(),
        problem: format!("line {line}: {problem}"),
    }
}

impl Gazetteer {
    /// The embedded tables.
    pub fn embedded() -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut toks = Vec::new();
        g.read_places(PLACES, &mut toks)?;
        g.read_actors(ACTORS, &mut toks)?;
        g.index();
        Ok(g)
    }

    fn add_form(&mut self, form: &str, id: u32, surname: bool, toks: &mut Vec<Token>) {
        toks.clear();
        text::tokenize(form, Span::new(0, form.len()), toks);
        if toks.is_empty() {
            return;
        }
        let words = || toks.iter().map(|t| &form[t.span.start..t.span.end]);
        let hit = FormHit {
            id,
            surname,
            caps: caps_of(words()),
        };
        self.pending.push((key_of(words()), hit));
    }

    /// Group the forms read by key.
    fn index(&mut self) {
        let mut pending = std::mem::take(&mut self.pending);
        // Stable: within a key, hits keep the tables' order.
        pending.sort_by_key(|p| p.0);
        self.hits.reserve(pending.len());
        for (key, hit) in pending {
            let at = self.hits.len() as u32;
            self.hits.push(hit);
            self.forms
                .entry(key)
                .and_modify(|r| r.end = at + 1)
                .or_insert(at..at + 1);
        }
    }

    fn read_places(&mut self, data: &'static str, toks: &mut Vec<Token>) -> Result<()> {
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let c: Vec<&'static str> = line.split('\t').collect();
            let [name, others, country, population, flags] = c[..] else {
                return Err(bad(n + 1, "a place needs 5 columns"));
            };
            let population = population
                .parse()
                .map_err(|_| bad(n + 1, "population is no number"))?;
            let id = self.known.len() as u32;
            self.known.push(Known {
                name,
                kind: EntityKind::Place,
                country: (!country.is_empty()).then_some(country),
                population,
                region: flags.contains('r'),
                code: None,
                roles: 0..0,
            });
            self.add_form(name, id, false, toks);
            for o in others.split('|').filter(|o| !o.is_empty()) {
                self.add_form(o, id, false, toks);
            }
        }
        Ok(())
    }

    fn read_actors(&mut self, data: &'static str, toks: &mut Vec<Token>) -> Result<()> {
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let c: Vec<&'static str> = line.split('\t').collect();
            let [code, name, kind, country, others, roles] = c[..] else {
                return Err(bad(n + 1, "an actor needs 6 columns"));
            };
            let kind = match kind {
                "p" => EntityKind::Person,
                "o" => EntityKind::Organization,
                _ => return Err(bad(n + 1, "kind is neither p nor o")),
            };
            let first = self.roles.len() as u32;
            for r in roles.split(';').filter(|r| !r.is_empty()) {
                self.roles
                    .push(parse_role(r).ok_or_else(|| bad(n + 1, "bad role"))?);
            }
            let id = self.known.len() as u32;
            self.known.push(Known {
                name,
                kind,
                country: (!country.is_empty()).then_some(country),
                population: 0,
                region: false,
                code: (!code.is_empty()).then_some(code),
                roles: first..self.roles.len() as u32,
            });
            if !code.is_empty() {
                self.codes.entry(code).or_insert(id);
            }
            self.add_form(name, id, false, toks);
            let surname = name.rsplit(' ').next();
            for o in others.split('|').filter(|o| !o.is_empty()) {
                let lone_surname = kind == EntityKind::Person && Some(o) == surname;
                self.add_form(o, id, lone_surname, toks);
            }
        }
        Ok(())
    }

    /// The entries a run of words may name: `words` are its tokens' texts; in an
    /// ALL-CAPS line (`caps_line`) case is not compared.
    pub fn lookup<'a>(
        &self,
        words: impl Iterator<Item = &'a str> + Clone,
        caps_line: bool,
    ) -> impl Iterator<Item = FormHit> + '_ {
        let range = self
            .forms
            .get(&key_of(words.clone()))
            .cloned()
            .unwrap_or(0..0);
        let caps = caps_of(words);
        self.hits[range.start as usize..range.end as usize]
            .iter()
            .copied()
            .filter(move |h| caps_line || h.caps == caps)
    }

    /// The roles of entry `id`.
    pub fn roles(&self, id: u32) -> &[Role] {
        let r = &self.known[id as usize].roles;
        &self.roles[r.start as usize..r.end as usize]
    }

    /// The organisation with this code.
    pub fn with_code(&self, code: &str) -> Option<u32> {
        self.codes.get(code).copied()
    }
}

/// "leads USA 19810120-19890120"; either date may be empty.
fn parse_role(s: &'static str) -> Option<Role> {
    let mut parts = s.split(' ');
    let relation = match parts.next()? {
        "leads" => Relation::Leads,
        "member_of" => Relation::MemberOf,
        _ => return None,
    };
    let target = parts.next()?;
    let (from, to) = parts.next()?.split_once('-')?;
    let day = |d: &str| -> Option<Option<Day>> {
        if d.is_empty() {
            Some(None)
        } else {
            d.parse().ok().map(|x| Some(Day(x)))
        }
    };
    Some(Role {
        relation,
        target,
        from: day(from)?,
        to: day(to)?,
    })
}
