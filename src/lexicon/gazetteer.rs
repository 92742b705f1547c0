//! The generated tables: populated places and regions from GeoNames, political actors,
//! organisations and armed groups from the Phoenix dictionaries (`data/NOTICE.md` gives
//! the sources and licences; `scripts/build_lexicon.py` rebuilds them).
//!
//! Some 60,000 forms of names are too many for the automaton of the hand-written lexicon:
//! it would take longer to build than the whole lexicon may take to load. They are looked
//! up instead by a hash of a capitalised run's case-folded text, one probe per run. Names
//! stay slices of the embedded text, so loading allocates little.
//!
//! A hit here is weak evidence: "Reading", "Jackson" and "Victoria" are places, and
//! people, and words; the context of the mention decides.

use crate::error::{Error, Result};
use crate::model::{EntityKind, Relation};
use rustc_hash::FxHashMap;
use std::hash::Hasher;
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
    /// The first hit of each key; hits of one key are chained through `next` in the
    /// tables' order, which puts a bigger place before a smaller one of its name.
    forms: FormIndex,
    hits: Vec<FormHit>,
    next: Vec<u32>,
    /// The key of each hit while the tables are read; emptied once they are indexed.
    keys: Vec<u64>,
    codes: FxHashMap<&'static str, u32>,
}

/// The end of a chain of hits.
const NO_HIT: u32 = u32::MAX;

/// The form index has `FORM_SLACK / FORM_SLACK_DIV` slots per form: a third of them
/// free at least, which keeps probe sequences short.
const FORM_SLACK: usize = 3;
const FORM_SLACK_DIV: usize = 2;

/// One slot of the form index: a key, split so that a slot takes 12 bytes, and the
/// index into `hits` of its first hit ([`NO_HIT`] when the slot is free).
#[derive(Debug, Clone, Copy)]
struct FormSlot {
    key: [u32; 2],
    first: u32,
}

impl FormSlot {
    const FREE: FormSlot = FormSlot {
        key: [0, 0],
        first: NO_HIT,
    };
}

/// Keys to first hits, by open addressing. Some 60,000 keys in a general hash map take
/// twice the room: it rounds up to a power of two and keeps a control byte per slot.
#[derive(Debug, Default)]
struct FormIndex {
    slots: Vec<FormSlot>,
}

impl FormIndex {
    /// Index `keys` (the key of each hit, in the tables' order), chaining hits of one
    /// key through `next` in that order.
    fn build(keys: &[u64], next: &mut [u32]) -> FormIndex {
        let size = keys.len() * FORM_SLACK / FORM_SLACK_DIV + 1;
        let mut index = FormIndex {
            slots: vec![FormSlot::FREE; size],
        };
        // Backwards, so that each hit goes in front of the later hits of its key.
        for (at, &key) in keys.iter().enumerate().rev() {
            let slot = index.slot_of(key);
            let s = &mut index.slots[slot];
            next[at] = s.first;
            *s = FormSlot {
                key: split_key(key),
                first: at as u32,
            };
        }
        index
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn slot_of(&self, key: u64) -> usize {
        let size = self.slots.len();
        let mut i = (((key >> 32) * size as u64) >> 32) as usize;
        let want = split_key(key);
        loop {
            let s = &self.slots[i];
            if s.first == NO_HIT || s.key == want {
                return i;
            }
            i = if i + 1 == size { 0 } else { i + 1 };
        }
    }

    /// The first hit of `key`, or [`NO_HIT`].
    fn first(&self, key: u64) -> u32 {
        if self.slots.is_empty() {
            return NO_HIT;
        }
        self.slots[self.slot_of(key)].first
    }
}

fn split_key(key: u64) -> [u32; 2] {
    [key as u32, (key >> 32) as u32]
}

/// Most words in a form whose case is checked; longer forms are rare and only their
/// first words' case is compared.
const CASE_BITS: usize = 32;

/// Bytes of a name hashed at once; longer names are hashed in parts.
const KEY_CHUNK: usize = 64;

/// The hash of a name's text, case folded and with each run of white space read as one
/// space: the same for a table's form and for the text a capitalised run spans.
fn key_of(s: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    let mut buf = [0u8; KEY_CHUNK];
    let mut n = 0;
    let mut push = |b: u8, h: &mut rustc_hash::FxHasher| {
        if n == KEY_CHUNK {
            h.write(&buf);
            n = 0;
        }
        buf[n] = b;
        n += 1;
    };
    let mut space = false;
    let s = s.trim();
    if s.is_ascii() {
        // Byte by byte, as the characters below would go: most forms are ASCII.
        for &b in s.as_bytes() {
            if is_ascii_space(b) {
                space = true;
                continue;
            }
            if space {
                push(b' ', &mut h);
                space = false;
            }
            push(b.to_ascii_lowercase(), &mut h);
        }
    } else {
        for c in s.chars() {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if space {
                push(b' ', &mut h);
                space = false;
            }
            if c.is_ascii() {
                push(c.to_ascii_lowercase() as u8, &mut h);
            } else {
                for l in c.to_lowercase() {
                    let mut utf8 = [0u8; 4];
                    for &b in l.encode_utf8(&mut utf8).as_bytes() {
                        push(b, &mut h);
                    }
                }
            }
        }
    }
    h.write(&buf[..n]);
    h.finish()
}

/// [`key_of`] and [`caps_of`] of a form in one pass, for a form that fits one chunk
/// and is ASCII with single spaces between its words, as nearly every form of the
/// tables is (the form lower-cased is then what `key_of` hashes); `None` for others.
fn plain_key_and_caps(s: &str) -> Option<(u64, u32)> {
    let b = s.as_bytes();
    let edge_ok = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii() && !is_ascii_space(c));
    if b.len() > KEY_CHUNK || !edge_ok(b.first()) || !edge_ok(b.last()) {
        return None;
    }
    let mut buf = [0u8; KEY_CHUNK];
    let (mut caps, mut word, mut at_start) = (0u32, 0, true);
    for (&c, out) in b.iter().zip(buf.iter_mut()) {
        if c == b' ' {
            if at_start {
                return None;
            }
            word += 1;
            at_start = true;
        } else if !c.is_ascii() || is_ascii_space(c) {
            return None;
        } else {
            if at_start && word < CASE_BITS && c.is_ascii_uppercase() {
                caps |= 1 << word;
            }
            at_start = false;
        }
        *out = c.to_ascii_lowercase();
    }
    let mut h = rustc_hash::FxHasher::default();
    h.write(&buf[..b.len()]);
    Some((h.finish(), caps))
}

/// An ASCII byte that `char::is_whitespace` takes for a space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Bit `i` set when word `i` of `s` starts with a capital. ASCII text is read by bytes,
/// which is faster than decoding characters.
fn caps_of(s: &str) -> u32 {
    let s = s.trim();
    if s.is_ascii() {
        let bytes = s.as_bytes().iter();
        caps_of_units(bytes.map(|&b| (is_ascii_space(b), b.is_ascii_uppercase())))
    } else {
        caps_of_units(s.chars().map(|c| (c.is_whitespace(), c.is_uppercase())))
    }
}

/// [`caps_of`] over (is a space, is a capital) per character.
fn caps_of_units(units: impl Iterator<Item = (bool, bool)>) -> u32 {
    let mut mask = 0;
    let mut word = 0;
    let mut at_start = true;
    for (space, upper) in units {
        if space {
            if !at_start {
                word += 1;
            }
            at_start = true;
            continue;
        }
        if at_start && word < CASE_BITS && upper {
            mask |= 1 << word;
        }
        at_start = false;
    }
    mask
}

/// The parts of `s` between ASCII separators. Faster than `str::split` with a char, which
/// compares each match's bytes again; loading reads some 300,000 fields.
fn fields(s: &'static str, sep: u8) -> impl Iterator<Item = &'static str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// A name with its initials' stops dropped ("George W. Bush" as "George W Bush"), when
/// it has any.
fn without_initial_stops(name: &str) -> Option<String> {
    if !name.as_bytes().windows(2).any(|w| w == b". ") {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let initial = |w: &str| w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
    words[..words.len().saturating_sub(1)]
        .iter()
        .any(|w| initial(w))
        .then(|| {
            words
                .iter()
                .map(|w| if initial(w) { &w[..1] } else { w })
                .collect::<Vec<_>>()
                .join(" ")
        })
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
        Gazetteer::from_tables(PLACES, ACTORS)
    }

    /// The gazetteer of a places table and an actors table.
    fn from_tables(places: &'static str, actors: &'static str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        g.read_places(places)?;
        g.read_actors(actors)?;
        g.next = vec![NO_HIT; g.keys.len()];
        g.forms = FormIndex::build(&g.keys, &mut g.next);
        g.keys = Vec::new();
        // Grown by doubling, which large blocks do in place; the spare room goes.
        g.known.shrink_to_fit();
        g.hits.shrink_to_fit();
        Ok(g)
    }

    fn add_form(&mut self, form: &str, id: u32, surname: bool) {
        let (key, caps) = plain_key_and_caps(form).unwrap_or_else(|| (key_of(form), caps_of(form)));
        self.hits.push(FormHit { id, surname, caps });
        self.keys.push(key);
    }

    fn read_places(&mut self, data: &'static str) -> Result<()> {
        for (n, line) in fields(data, b'\n').enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut c = fields(line, b'\t');
            let (Some(name), Some(others), Some(country), Some(population), Some(flags), None) =
                (c.next(), c.next(), c.next(), c.next(), c.next(), c.next())
            else {
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
            self.add_form(name, id, false);
            for o in fields(others, b'|').filter(|o| !o.is_empty()) {
                self.add_form(o, id, false);
            }
        }
        Ok(())
    }

    fn read_actors(&mut self, data: &'static str) -> Result<()> {
        for (n, line) in fields(data, b'\n').enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut c = fields(line, b'\t');
            let (
                Some(code),
                Some(name),
                Some(kind),
                Some(country),
                Some(others),
                Some(roles),
                None,
            ) = (
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
            )
            else {
                return Err(bad(n + 1, "an actor needs 6 columns"));
            };
            let kind = match kind {
                "p" => EntityKind::Person,
                "o" => EntityKind::Organization,
                _ => return Err(bad(n + 1, "kind is neither p nor o")),
            };
            let first = self.roles.len() as u32;
            for r in fields(roles, b';').filter(|r| !r.is_empty()) {
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
            let surname = name.rsplit(' ').next();
            for o in std::iter::once(name).chain(fields(others, b'|').filter(|o| !o.is_empty())) {
                let lone_surname = kind == EntityKind::Person && o != name && Some(o) == surname;
                self.add_form(o, id, lone_surname);
                // "George W Bush": British news writes initials without the stop.
                if let Some(plain) = without_initial_stops(o) {
                    self.add_form(&plain, id, false);
                }
            }
        }
        Ok(())
    }

    /// The entries the text of a capitalised run may name (`text` is the document's text
    /// from the run's first token to its last). In an ALL-CAPS line (`caps_line`) case
    /// is not compared.
    pub fn lookup(&self, text: &str, caps_line: bool) -> impl Iterator<Item = FormHit> + '_ {
        let mut at = self.forms.first(key_of(text));
        let caps = caps_of(text);
        std::iter::from_fn(move || {
            (at != NO_HIT).then(|| {
                let hit = self.hits[at as usize];
                at = self.next[at as usize];
                hit
            })
        })
        .filter(move |h| caps_line || h.caps == caps)
    }

    /// How many forms of names are indexed.
    pub fn form_count(&self) -> usize {
        self.hits.len()
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
    let mut parts = fields(s, b' ');
    let relation = match parts.next()? {
        "leads" => Relation::Leads,
        "member_of" => Relation::MemberOf,
        _ => return None,
    };
    let target = parts.next()?;
    let dates = parts.next()?;
    let dash = dates.bytes().position(|b| b == b'-')?;
    let (from, to) = (&dates[..dash], &dates[dash + 1..]);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_is_an_error_naming_it() {
        let err = Gazetteer::from_tables("# comment\nKirkby\tonly three\tGB\n", "").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = Gazetteer::from_tables(
            "",
            "\tJane Roe\tp\tGBR\t\tleads GBR 2001-\n\tJohn Roe\tx\t\t\t\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = Gazetteer::from_tables("", "\tJane Roe\tp\tGBR\t\tsits GBR 2001-\n").unwrap_err();
        assert!(err.to_string().contains("line 1: bad role"), "{err}");
    }

    #[test]
    fn open_ended_roles_hold_from_or_until_their_one_date() {
        let g = Gazetteer::from_tables(
            "",
            "\tJane Roe\tp\tGBR\tRoe\tmember_of GBR -20010101;leads GBR 20050101-\n",
        )
        .unwrap();
        let hit = g.lookup("Jane Roe", false).next().unwrap();
        let roles = g.roles(hit.id);
        assert!(roles[0].holds_on(Day(19990101)) && !roles[0].holds_on(Day(20020101)));
        assert!(roles[1].holds_on(Day(20200101)) && !roles[1].holds_on(Day(20040101)));
        assert!(g.lookup("Roe", false).next().unwrap().surname);
    }

    #[test]
    fn initials_match_with_or_without_their_stops() {
        let g = Gazetteer::from_tables("", "\tJohn Q. Roe\tp\tUSA\tJ. Q. Roe\t\n").unwrap();
        for form in ["John Q. Roe", "John Q Roe", "J. Q. Roe", "J Q Roe"] {
            assert_eq!(g.lookup(form, false).count(), 1, "{form}");
        }
        assert_eq!(g.lookup("John Q", false).count(), 0);
    }

    #[test]
    fn an_empty_gazetteer_knows_no_name() {
        assert_eq!(Gazetteer::default().lookup("Paris", false).count(), 0);
        assert_eq!(
            Gazetteer::from_tables("", "")
                .unwrap()
                .lookup("Paris", false)
                .count(),
            0
        );
    }

    #[test]
    fn hits_of_one_name_come_in_the_tables_order() {
        let g = Gazetteer::from_tables(
            "Paris\t\tFR\t2138551\t\nParis\t\tUS\t24171\t\nParis Hill\tParis\tUS\t0\t\n",
            "",
        )
        .unwrap();
        let countries: Vec<_> = g
            .lookup("Paris", false)
            .map(|h| g.known[h.id as usize].country)
            .collect();
        assert_eq!(countries, vec![Some("FR"), Some("US"), Some("US")]);
        assert_eq!(g.lookup("Paris Hill", false).count(), 1);
    }

    #[test]
    fn plain_forms_key_and_cap_as_the_general_reading_does() {
        for name in [
            "Buenos Aires",
            "Dar es Salaam",
            "St. John's Wood",
            "al-Qaeda",
            "UN",
        ] {
            let plain = plain_key_and_caps(name);
            assert_eq!(plain, Some((key_of(name), caps_of(name))), "{name:?}");
            let spaced = format!(" {} \t", name.replace(' ', " \t\n "));
            assert_eq!(plain_key_and_caps(&spaced), None);
            assert_eq!(plain, Some((key_of(&spaced), caps_of(&spaced))), "{name:?}");
        }
        for other in ["Zürich", "a  b", "a\tb", " a", "a ", ""] {
            assert_eq!(plain_key_and_caps(other), None, "{other:?}");
        }
        assert_ne!(key_of("Buenos Aires"), key_of("Buenos Aire"));
    }

    #[test]
    fn long_names_key_alike_whatever_their_case_and_spacing() {
        let name = "The Very Long Name Of A Regional Organisation For Cooperation In Everything";
        assert!(name.len() > KEY_CHUNK);
        let spaced = name.replace(' ', "  \n ").to_uppercase();
        assert_eq!(key_of(name), key_of(&spaced));
        assert_ne!(key_of(name), key_of(&name[..name.len() - 1]));
        assert_eq!(caps_of(name), caps_of(&name.replace(' ', "   ")));
    }
}
