//! Step 2: classify chunks from document-wide evidence and group mentions into entities.

use super::scan::{ev, ev::Flags, is_possessive, Descriptor, Item, ItemKind, Scanned};
use super::TitleLink;
use crate::extract::{Context, LocalEntity, Mention};
use crate::graph::name_key;
use crate::graph::names::acronym_fits;
use crate::lexicon::Lexicon;
use crate::model::{EntityKind, MentionForm, Span};
use crate::text::tagger::Tagger;
// Fx: short name keys, hashed many times per document.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;

/// An entity being built.
#[derive(Debug, Clone)]
pub(super) struct Ent {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: BTreeMap<String, String>,
    pub roles: Vec<String>,
    /// Affiliations from titles: (role, organisation entity).
    pub affil: Vec<(String, Option<usize>)>,
    /// Gender known from titles: 'm', 'f' or '?'.
    pub gender: char,
    /// Token positions of its mentions, ascending.
    pub positions: Vec<usize>,
    /// The kind was guessed from weak evidence.
    pub guessed: bool,
    /// The entry of the generated tables it is.
    pub known: Option<u32>,
    /// The country it belongs to or comes from, when known.
    pub country: Option<String>,
}

/// A mention that is not an item (titles and nominals resolved later).
#[derive(Debug, Clone)]
pub(super) struct Extra {
    pub sent: usize,
    pub pos: usize,
    pub span: Span,
    pub form: MentionForm,
    pub entity: usize,
}

/// A document under resolution.
pub(super) struct Doc {
    pub items: Vec<Item>,
    /// The entity of each item, when resolved.
    pub entity: Vec<Option<usize>>,
    /// The rule that linked each item to its entity.
    pub rule: Vec<&'static str>,
    pub ents: Vec<Ent>,
    pub extra: Vec<Extra>,
    pub links: Vec<TitleLink>,
    /// The document reports games.
    pub reports_games: bool,
    /// People by the roles their titles gave them (also by a role's first word, and
    /// "leader" for leaders' titles), in order of first holding.
    pub by_role: HashMap<String, Vec<usize>>,
}

/// The kind a chunk's evidence points to, and whether that evidence is strong.
///
/// Context that says what the name is comes first (a title or "Mr" before it, "Inc" or
/// "province" after it); then the generated tables, which know many names but not which
/// of their readings a text means; then weak context. A table's place yields to weak
/// evidence for a person ("Jackson said"), but not to weak evidence for an organisation.
pub(super) fn decide(flags: Flags, ntoks: usize) -> (EntityKind, bool) {
    use EntityKind::*;
    let has = |bits: Flags| flags & bits != 0;
    if has(ev::DATELINE) {
        return (Place, true);
    }
    if has(ev::LINEUP) {
        return (Person, true);
    }
    // "the official Disasters Emergency Committee webpage": a title word before a name
    // an organisation's word closes, with no given name, is an adjective.
    let title_only =
        flags & (ev::TITLE_BEFORE | ev::HONORIFIC_BEFORE | ev::ROLE_BEFORE) == ev::TITLE_BEFORE;
    if title_only && has(ev::ORG_TAIL) && !has(ev::GIVEN | ev::HAS_INITIAL) && ntoks >= 3 {
        return (Organization, true);
    }
    if has(ev::TITLE_BEFORE | ev::HONORIFIC_BEFORE | ev::ROLE_BEFORE) && !has(ev::LEX_HEAD) {
        return (Person, true);
    }
    if has(ev::TEAM_NAME) {
        return (Organization, true);
    }
    if has(ev::ORG_TAIL | ev::ORG_HEAD_OF | ev::EMPLOYER) {
        return (Organization, true);
    }
    if has(ev::PLACE_TAIL | ev::SEAT) {
        return (Place, true);
    }
    // "chairman of Hiram Walker": no one heads a person; a known place keeps its kind
    // ("president of France"), and "head of Bo Dahl's campaign" heads no Bo Dahl.
    let place = ev::GAZ_PLACE | ev::GAZ_BIG_PLACE | ev::PLACE_TAIL | ev::POSSESSIVE;
    if has(ev::HEAD_OF) && !has(place) {
        return (Organization, true);
    }
    if has(ev::GAZ_PERSON) {
        return (Person, true);
    }
    let given = has(ev::GIVEN | ev::HAS_INITIAL) && ntoks >= 2;
    let persons_or_places = ev::GAZ_PLACE | ev::GAZ_SURNAME | ev::SURNAME_REUSED | ev::PARTICLE;
    if has(ev::OF_TITLE) && !given && !has(persons_or_places) {
        return (Organization, true);
    }
    // "Indianapolis Colts": a place's name and a plural name a team.
    if has(ev::PLACE_HEAD) && !given {
        return (Organization, true);
    }
    if has(ev::GAZ_ORG) && !given {
        return (Organization, true);
    }
    if has(ev::ACRONYM) {
        return (Organization, true);
    }
    // "Hedley said" after "Mark Hedley"; but "the Colts" after "the Indianapolis Colts"
    // is a team's short form.
    let reused_surname = has(ev::SURNAME_REUSED) && !has(ev::FIRST_REUSED | ev::THE_BEFORE);
    // A player is named where a team would be ("beat Dominik Hrbaty") and then by the
    // surname alone ("Hrbaty served"), or after a nationality ("American Dent beat");
    // a team so cued keeps no last word of its own.
    let player = (reused_surname && ntoks >= 2) || has(ev::DEMONYM_BEFORE);
    if has(ev::TEAM) && !given && !player {
        return (Organization, true);
    }
    if has(ev::GAZ_PLACE) && ntoks >= 2 {
        return (Place, true);
    }
    // A nationality before a name marks a person, a lone surname too in reports of
    // games ("Spaniard Costa").
    if given || has(ev::PARTICLE) || has(ev::DEMONYM_BEFORE) || reused_surname {
        return (Person, true);
    }
    // "WebSideStory said": a brand's joined words, however the name is used.
    if has(ev::JOINED_WORDS) {
        return (Organization, false);
    }
    if has(ev::TITLE_AFTER | ev::LEADER_OF | ev::CLUB_AFTER) {
        return (Person, false);
    }
    if has(ev::GAZ_PLACE) && !has(ev::SPEECH_AFTER) {
        return (Place, has(ev::GAZ_BIG_PLACE | ev::LOC_PREP));
    }
    if has(ev::THE_BEFORE | ev::LIST_ORG | ev::BEFORE_TITLE | ev::BEFORE_ROLE | ev::FIRST_REUSED)
        || has(ev::IT_AFTER)
    {
        return (Organization, false);
    }
    if has(ev::SPEECH_AFTER | ev::GAZ_SURNAME) {
        return (Person, false);
    }
    if has(ev::OWNS_A_PERSON) {
        return (Organization, false);
    }
    if has(ev::LOC_PREP | ev::LIST_PLACE) {
        return (Place, false);
    }
    if ntoks >= 4 {
        return (Organization, false);
    }
    // News introduces people by full name; in a whole article a lone unknown word
    // that is no one's surname is more often a team, company or body.
    if ntoks == 1 && !has(ev::FRAGMENT) {
        return (Organization, false);
    }
    // "a new White Paper": common words capitalised name a thing, not a person; so
    // does a common word closing a name no given name opens ("Verizon Wireless").
    if has(ev::COMMON_WORDS | ev::COMMON_TAIL) {
        return (Organization, false);
    }
    (Person, false)
}

/// Evidence from the tables that a name is a place: too weak to tell a title-case
/// headline's capitalised word from a name ("Stock Split").
const TABLE_PLACE: Flags = ev::GAZ_PLACE | ev::GAZ_BIG_PLACE;

/// Weak evidence, by the kind it points to.
const WEAK_PERSON: Flags = ev::TITLE_AFTER | ev::SPEECH_AFTER | ev::LEADER_OF;
const WEAK_ORG: Flags =
    ev::THE_BEFORE | ev::LIST_ORG | ev::BEFORE_TITLE | ev::BEFORE_ROLE | ev::IT_AFTER;
const WEAK_PLACE: Flags = ev::LOC_PREP | ev::LIST_PLACE;

/// Evidence gathered over every mention of one name.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    /// Union of the mentions' evidence bits.
    flags: Flags,
    /// Mentions with weak evidence for a person, an organisation, a place.
    votes: [u32; 3],
}

impl Evidence {
    fn add(&mut self, f: Flags) {
        self.flags |= f;
        for (v, mask) in self
            .votes
            .iter_mut()
            .zip([WEAK_PERSON, WEAK_ORG, WEAK_PLACE])
        {
            *v += u32::from(f & mask != 0);
        }
    }

    /// The evidence bits with weak evidence outvoted by other mentions removed: "in
    /// Husaybah" twice outweighs one "Husaybah, the ...".
    fn flags(&self) -> Flags {
        let best = self.votes.iter().copied().max().unwrap_or(0);
        let mut f = self.flags;
        for (v, mask) in self.votes.iter().zip([WEAK_PERSON, WEAK_ORG, WEAK_PLACE]) {
            if *v < best {
                f &= !mask;
            }
        }
        f
    }
}

/// Optimal-string-alignment distance, capped: returns `cap + 1` when larger.
pub(super) fn osa_distance(a: &str, b: &str, cap: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()].min(cap + 1)
}

/// Whether a word of a name is a surname's particle ("De", "van").
fn is_particle(lex: &Lexicon, word: &str) -> bool {
    lex.words.particles.contains(word.to_lowercase().as_str())
}

/// The surname a full person name is known by: its last word, without a particle prefix,
/// and with the particle word before it ("De Niro" for "Robert De Niro").
fn surname_keys(lex: &Lexicon, name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().copied().unwrap_or(name);
    let mut v = vec![name_key(last)];
    if let [.., _, particle, last] = words.as_slice() {
        if is_particle(lex, particle) {
            v.push(name_key(&format!("{particle} {last}")));
        }
    }
    for p in ["al-", "el-", "Al-", "El-", "ad-", "as-", "an-", "ash-"] {
        if let Some(rest) = last.strip_prefix(p) {
            v.push(name_key(rest));
        }
    }
    v
}

impl Doc {
    fn new_entity(&mut self, name: &str, kind: EntityKind) -> usize {
        self.ents.push(Ent {
            name: name.to_string(),
            kind,
            aliases: BTreeMap::new(),
            roles: Vec::new(),
            affil: Vec::new(),
            gender: '?',
            positions: Vec::new(),
            guessed: false,
            known: None,
            country: None,
        });
        self.ents.len() - 1
    }

    /// Link item `i` to entity `e` by `rule`.
    pub(super) fn link(&mut self, i: usize, e: usize, rule: &'static str) {
        self.entity[i] = Some(e);
        self.rule[i] = rule;
        let pos = self.items[i].a;
        let p = &mut self.ents[e].positions;
        match p.binary_search(&pos) {
            Ok(_) => {}
            Err(at) => p.insert(at, pos),
        }
    }

    /// The entity among `cands` mentioned last before token `pos`, else first after it.
    pub(super) fn nearest(&self, cands: &[usize], pos: usize) -> Option<usize> {
        let mut best_before: Option<(usize, usize)> = None;
        let mut best_after: Option<(usize, usize)> = None;
        for &e in cands {
            let p = &self.ents[e].positions;
            let at = p.partition_point(|&x| x < pos);
            if at > 0 {
                let q = p[at - 1];
                if best_before.is_none_or(|(bq, _)| q > bq) {
                    best_before = Some((q, e));
                }
            }
            if at < p.len() {
                let q = p[at];
                if best_after.is_none_or(|(bq, _)| q < bq) {
                    best_after = Some((q, e));
                }
            }
        }
        best_before.or(best_after).map(|x| x.1)
    }

    /// The country the document mentions most, when one leads all others
    /// (`count` holds each entity's mentions).
    fn main_country(&self, count: &[usize]) -> Option<&str> {
        let mut best: Option<(usize, &str)> = None;
        let mut tied = false;
        for (e, ent) in self.ents.iter().enumerate() {
            if ent.kind != EntityKind::Country || count[e] == 0 {
                continue;
            }
            match best {
                Some((n, _)) if count[e] < n => {}
                Some((n, _)) if count[e] == n => tied = true,
                _ => {
                    best = Some((count[e], ent.name.as_str()));
                    tied = false;
                }
            }
        }
        best.filter(|_| !tied).map(|(_, name)| name)
    }

    /// Turn the resolved document into mentions and entities.
    pub(super) fn finish(mut self, cx: &Context<'_>) -> super::Found {
        let text = cx.doc.text.as_str();
        // Keep entities that have a mention; renumber densely in first-mention order.
        let mut first_pos: Vec<Option<usize>> = vec![None; self.ents.len()];
        let mut count = vec![0usize; self.ents.len()];
        let mut seen_forms: Vec<BTreeMap<String, String>> = vec![BTreeMap::new(); self.ents.len()];
        let mut raw: Vec<(Span, usize, MentionForm, usize)> = Vec::new(); // span, sent, form, ent
        for (i, it) in self.items.iter().enumerate() {
            let Some(e) = self.entity[i] else { continue };
            let form = match it.kind {
                ItemKind::Lex { form, .. } => form,
                ItemKind::Name(_) => MentionForm::Name,
                ItemKind::Pronoun(_) => MentionForm::Pronoun,
                ItemKind::Title(_) => MentionForm::Title,
            };
            raw.push((it.span, it.sent, form, e));
            // A capital standing for its government is no other name of the country, nor
            // is a party's letter in a party-and-seat tag ("R" in "R-Kan.") one of the
            // party's.
            let s = &text[it.span.start..it.span.end];
            if matches!(form, MentionForm::Name | MentionForm::Demonym)
                && self.rule[i] != "metonymy"
                && s.chars().nth(1).is_some()
                && !seen_forms[e].contains_key(s)
            {
                seen_forms[e].insert(s.to_string(), self.rule[i].to_string());
            }
        }
        for x in &self.extra {
            raw.push((x.span, x.sent, x.form, x.entity));
        }
        raw.sort_by_key(|r| (r.0.start, r.0.end));
        raw.dedup_by_key(|r| r.0);
        for r in &raw {
            let fp = &mut first_pos[r.3];
            if fp.is_none() {
                *fp = Some(r.0.start);
            }
            count[r.3] += 1;
        }
        let mut order: Vec<usize> = (0..self.ents.len())
            .filter(|&e| first_pos[e].is_some())
            .collect();
        order.sort_by_key(|&e| first_pos[e]);
        let mut remap = vec![usize::MAX; self.ents.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        // A name first seen in an ALL-CAPS headline takes its prose spelling.
        let mut prose_name: HashMap<usize, String> = HashMap::default();
        for (i, it) in self.items.iter().enumerate() {
            if let (Some(e), ItemKind::Name(_)) = (self.entity[i], it.kind) {
                let s = &text[it.span.start..it.span.end];
                let name = &self.ents[e].name;
                if !name.chars().any(char::is_lowercase)
                    && s.chars().any(char::is_lowercase)
                    && name_key(s) == name_key(name)
                {
                    prose_name.entry(e).or_insert_with(|| s.to_string());
                }
            }
        }
        let lex = &cx.res.lexicon;
        let main_country = self.main_country(&count).map(str::to_string);
        // Each kept entity is visited once: its strings move into the result, leaving
        // the kind and table entry that the mentions below still read.
        let mut ents = std::mem::take(&mut self.ents);
        let entities: Vec<LocalEntity> = order
            .iter()
            .map(|&old| {
                let e = &mut ents[old];
                let mut name = std::mem::take(&mut e.name);
                let mut aliases = std::mem::take(&mut e.aliases);
                if let Some(n) = prose_name.get(&old) {
                    let caps = std::mem::replace(&mut name, n.clone());
                    aliases.insert(caps, "same-name".into());
                }
                let scoped = e.kind == EntityKind::Organization && is_country_body(lex, &name);
                if let Some(c) = main_country.as_deref().filter(|_| scoped) {
                    let scoped_name = format!("{c} {name}");
                    let unscoped = std::mem::replace(&mut name, scoped_name);
                    aliases.insert(unscoped, crate::extract::COUNTRY_BODY_RULE.into());
                }
                for (s, rule) in std::mem::take(&mut seen_forms[old]) {
                    if s != name {
                        aliases.entry(s).or_insert(rule);
                    }
                }
                // A country's body is no other by its unscoped name, which it keeps only
                // under a rule that links no other article's body to it.
                if scoped {
                    aliases.retain(|a, rule| {
                        rule == crate::extract::COUNTRY_BODY_RULE || !is_country_body(lex, a)
                    });
                }
                aliases.remove(&name);
                let mut roles = std::mem::take(&mut e.roles);
                roles.sort();
                roles.dedup();
                LocalEntity {
                    name,
                    kind: e.kind,
                    aliases,
                    roles,
                    mentions: count[old],
                    kind_guessed: e.guessed,
                    country: e.country.take(),
                }
            })
            .collect();
        let mentions = raw
            .iter()
            .map(|&(span, sent, form, e)| Mention {
                span,
                text: text[span.start..span.end].to_string(),
                kind: ents[e].kind,
                form,
                entity: Some(remap[e]),
                sentence: sent,
            })
            .collect();
        let mut titles: Vec<TitleLink> = self
            .links
            .into_iter()
            .filter(|l| remap[l.person] != usize::MAX)
            .map(|mut l| {
                l.person = remap[l.person];
                l.org = l.org.map(|o| remap[o]).filter(|&o| o != usize::MAX);
                l
            })
            .collect();
        titles.sort_by_key(|l| (l.title_span.start, l.person));
        titles.dedup();
        let known = order.iter().map(|&old| ents[old].known).collect();
        super::Found {
            mentions,
            entities,
            titles,
            known,
            reports_games: self.reports_games,
        }
    }
}

/// A name of a country's body written without its country ("Finance Ministry",
/// "Central Bank", "Parliament"): in one article it is that article's country's.
fn is_country_body(lex: &Lexicon, name: &str) -> bool {
    let mut words = name.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(a), None, None) => lex.words.country_body_words.contains(a),
        (Some(a), Some(b), None) => {
            lex.words.country_body_scopes.contains(a) && lex.words.country_body_heads.contains(b)
        }
        _ => false,
    }
}

/// Title case hides where a headline's names end ("Colts Beat Chiefs", "Jane Doe Quits
/// Board"). A headline's run of capitalised words that mixes words the prose capitalises
/// with words it does not stands for the names in it that the prose writes on their own:
/// "Colts" and "Chiefs", "Jane Doe". A run naming none of them stays as it is.
fn split_headline_runs(cx: &Context<'_>, items: Vec<Item>, cap_mid: &HashSet<String>) -> Vec<Item> {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let headline = |it: &Item| {
        it.b > it.a + 1
            && matches!(it.kind, ItemKind::Name(f)
                if f & ev::HEADLINE != 0 && f & ev::CAPS_LINE == 0)
    };
    // Most articles have no such run: spare them the keys of every name.
    if !items.iter().any(headline) {
        return items;
    }
    let prose = prose_name_keys(&items, text);
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let headline = headline(&it);
        let parts = if headline {
            prose_names_in(&cx.res.lexicon, text, toks, it.a, it.b, cap_mid, &prose)
        } else {
            Vec::new()
        };
        if parts.is_empty() {
            out.push(it);
            continue;
        }
        for (a, b) in parts {
            out.push(Item {
                a,
                b,
                span: Span::new(toks[a].span.start, toks[b - 1].span.end),
                kind: ItemKind::Name(ev::HEADLINE),
                known: None,
                descriptor: None,
                ..it
            });
        }
    }
    out
}

/// The runs of tokens `a..b` between words the prose never capitalises whose names the
/// prose writes; none when there is no such word, or a token is no word. Initials and
/// given names go with the name they stand in ("D. Lehmann", "Jane Doe").
fn prose_names_in(
    lex: &Lexicon,
    text: &str,
    toks: &[crate::text::Token],
    a: usize,
    b: usize,
    cap_mid: &HashSet<String>,
    prose: &HashSet<String>,
) -> Vec<(usize, usize)> {
    let w = |k: usize| &text[toks[k].span.start..toks[k].span.end];
    let word = |k: usize| toks[k].kind == crate::text::TokenKind::Word;
    let breaks = |k: usize| {
        let x = w(k);
        !cap_mid.contains(x)
            && !x.ends_with('.')
            && !lex.words.given_names.contains(x)
            && !lex.words.particles.contains(x)
    };
    if !(a..b).all(word) || !(a..b).any(breaks) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        let start = k;
        while k < b && !breaks(k) {
            k += 1;
        }
        if k > start {
            let span = &text[toks[start].span.start..toks[k - 1].span.end];
            if prose.contains(&name_key(span)) {
                out.push((start, k));
            }
        } else {
            k += 1;
        }
    }
    out
}

/// Letters at most of a role's abbreviation between a team and a player ("QB", "WR").
const MAX_LETTERS_OF_ROLE_CODE: usize = 3;

/// A team's name or a role's abbreviation run into a person's name ("Saints Pierre
/// Thomas", "Colts QB Ana Lucca", "RB Pierre Thomas"): the person is the given name and
/// what follows it; before it stands a name the article also uses alone, or a role's
/// code. Names that start with a given name are left whole ("Martin Luther King").
fn split_descriptor_names(cx: &Context<'_>, items: Vec<Item>) -> Vec<Item> {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let lex = &cx.res.lexicon;
    let w = |k: usize| &text[toks[k].span.start..toks[k].span.end];
    if !items
        .iter()
        .any(|it| matches!(it.kind, ItemKind::Name(_)) && it.b >= it.a + 3)
    {
        return items;
    }
    let mut lone: Option<HashSet<String>> = None;
    let code = |x: &str| {
        (2..=MAX_LETTERS_OF_ROLE_CODE).contains(&x.len())
            && x.chars().all(|c| c.is_ascii_uppercase())
    };
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let split = match it.kind {
            ItemKind::Name(_) if it.b >= it.a + 3 => (it.a + 1..it.b - 1).find(|&p| {
                lex.words.given_names.contains(w(p))
                    && (it.a..it.b).all(|k| toks[k].kind == crate::text::TokenKind::Word)
                    && !lex.words.given_names.contains(w(it.a))
            }),
            _ => None,
        };
        let Some(p) = split else {
            out.push(it.clone());
            continue;
        };
        // Where the line is and where the sentence starts still count.
        let place = match it.kind {
            ItemKind::Name(f) => f & (ev::HEADLINE | ev::CAPS_LINE | ev::INITIAL),
            _ => 0,
        };
        let pre_end = if code(w(p - 1)) { p - 1 } else { p };
        let lone = lone.get_or_insert_with(|| {
            // Built only for an article with such a run.
            items
                .iter()
                .filter(|x| matches!(x.kind, ItemKind::Name(_)) && x.b == x.a + 1)
                .map(|x| name_key(w(x.a)))
                .collect()
        });
        let team = pre_end == it.a + 1 && (pre_end < p || lone.contains(&name_key(w(it.a))));
        if !(team || pre_end == it.a) {
            out.push(it.clone());
            continue;
        }
        let part = |a: usize, b: usize, f: Flags| Item {
            a,
            b,
            span: Span::new(toks[a].span.start, toks[b - 1].span.end),
            kind: ItemKind::Name(f),
            known: None,
            descriptor: None,
            ..it.clone()
        };
        if team {
            out.push(part(it.a, pre_end, place));
        }
        out.push(part(p, it.b, ev::GIVEN | (place & !ev::INITIAL)));
    }
    out
}

/// A name without the nickname in quotes inside it: "Vincent 'The Chin' Gigante" is
/// "Vincent Gigante".
/// A name as written without a nickname in quotes or letters after it: "Ann Lee MP"
/// and "Ann 'the Rock' Lee" are Ann Lee.
fn bare_name<'n>(lex: &Lexicon, name: &'n str) -> std::borrow::Cow<'n, str> {
    let name = without_nickname(name, lex.text_vocabulary());
    match name.rsplit_once(' ') {
        Some((head, last)) if head.contains(' ') && lex.words.post_nominals.contains(last) => {
            head.to_string().into()
        }
        _ => name,
    }
}

fn without_nickname<'n>(
    name: &'n str,
    quotes: &crate::text::Vocabulary,
) -> std::borrow::Cow<'n, str> {
    let Some((open, inner)) = name
        .char_indices()
        .find(|&(i, c)| name[..i].ends_with(' ') && quotes.opens_quote(c))
        .map(|(i, c)| (i, i + c.len_utf8()))
    else {
        return name.into();
    };
    let Some(close) = name[inner..]
        .char_indices()
        .find(|&(i, c)| quotes.closes_quote(c) && name[inner + i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| inner + i + c.len_utf8())
    else {
        return name.into();
    };
    let head = name[..open].trim_end();
    let tail = name[close..].trim_start();
    if head.is_empty() || tail.is_empty() {
        return name.into();
    }
    format!("{head} {tail}").into()
}

/// Group items into entities.
pub(super) fn resolve(cx: &Context<'_>, sc: Scanned) -> Doc {
    let text = cx.doc.text.as_str();
    let lex = &cx.res.lexicon;
    let sporty = sc.sporty;
    let items = split_headline_runs(cx, sc.items, &sc.cap_mid);
    let items = split_descriptor_names(cx, items);
    let n = items.len();
    let mut doc = Doc {
        items,
        entity: vec![None; n],
        rule: vec![""; n],
        ents: Vec::new(),
        extra: Vec::new(),
        links: Vec::new(),
        reports_games: sporty,
        by_role: HashMap::default(),
    };
    let slice = |it: &Item| &text[it.span.start..it.span.end];

    // Lexicon entities.
    let mut by_entry: HashMap<usize, usize> = HashMap::default();
    for i in 0..n {
        if let ItemKind::Lex { entry, form, .. } = doc.items[i].kind {
            // "Washington warned Beijing": a capital standing for its government.
            let seat = government_seat(cx, &doc.items, i);
            let entry = seat.unwrap_or(entry);
            let e = match by_entry.get(&entry) {
                Some(&e) => e,
                None => {
                    let en = &lex.entries[entry];
                    let e = doc.new_entity(&en.name, en.kind);
                    doc.ents[e].country.clone_from(&en.country);
                    by_entry.insert(entry, e);
                    e
                }
            };
            let rule = if form == MentionForm::Demonym {
                "demonym"
            } else if seat.is_some() {
                "metonymy"
            } else {
                "lexicon"
            };
            doc.link(i, e, rule);
        }
    }

    // "the National Aeronautics and Space Administration ... NASA": a lexicon acronym the
    // article also spells out.
    let lex_acronyms: HashMap<&str, usize> = by_entry
        .iter()
        .map(|(&entry, &e)| (lex.entries[entry].name.as_str(), e))
        .filter(|&(name, e)| {
            doc.ents[e].kind == EntityKind::Organization
                && name.len() >= MIN_SPELT_ACRONYM
                && name.chars().all(|c| c.is_ascii_uppercase())
        })
        .collect();

    // Chunks: which are confirmed, and the evidence per name key.
    let cap_ok = |w: &str| sc.cap_mid.contains(w);
    let mut keep = vec![false; n];
    let mut tentative = vec![false; n];
    let mut flags_by_key: HashMap<String, Evidence> = HashMap::default();
    let listed = list_evidence(cx, &doc.items);
    // Needed only for a headline run that may read past a name: built on first use.
    let mut prose: Option<HashSet<String>> = None;
    let mut keys: Vec<String> = vec![String::new(); n];
    let mut ntoks = vec![0usize; n];
    // Names the article gives as works' titles ("the film Vera Drake"), and those of
    // them a word for a work introduced.
    let mut works: HashSet<String> = HashSet::default();
    let mut cued_works: HashSet<String> = HashSet::default();
    for i in 0..n {
        let ItemKind::Name(f) = doc.items[i].kind else {
            continue;
        };
        let f = f | listed[i];
        let s = bare_name(lex, slice(&doc.items[i]));
        let s = s.as_ref();
        let words: Vec<&str> = s.split_whitespace().collect();
        ntoks[i] = doc.items[i].b - doc.items[i].a;
        // A title-case phrase in prose is a title; in a headline any phrase is.
        if f & ev::WORK != 0 || f & (ev::TITLE_CASE | ev::HEADLINE) == ev::TITLE_CASE {
            works.insert(name_key(s));
        }
        if f & ev::WORK != 0 {
            cued_works.insert(name_key(s));
        }
        // The first name of a line-up's list follows its colon as a sentence's first
        // word would, and is a player's all the same.
        let confirmed = if f & (ev::HEADLINE | ev::INITIAL) == 0 || f & ev::LINEUP != 0 {
            true
        } else if f & ev::HEADLINE != 0 {
            // In capitals only names also written in the prose count, through the
            // surnames and short forms matched below. A short line in title case (a
            // table's row, a list) also keeps names with strong evidence of their own.
            words
                .iter()
                .all(|w| cap_ok(w) || lex.words.particles.contains(w))
                || f & ev::TEAM != 0
                || (f & ev::CAPS_LINE == 0
                    && decide(f & !TABLE_PLACE, ntoks[i]).1
                    && !reads_past_a_name(
                        &words,
                        prose.get_or_insert_with(|| prose_name_keys(&doc.items, text)),
                        cap_ok,
                    ))
        } else {
            // Sentence-initial: the first word already passed as no ordinary word; a
            // lone word needs support from elsewhere, and a plural of a noun for people
            // ("Judges said") more than a verb after it. A title and a name after it
            // ("Kasabian guitarist Sergio Pizzorno said") make it the title's body; in a
            // report of games a noun for a post does too ("Spurs boss Martin Jol said"),
            // elsewhere it may follow a common noun ("Mob boss X").
            let body_before_post = if sporty {
                ev::BEFORE_TITLE | ev::BEFORE_ROLE
            } else {
                ev::BEFORE_TITLE
            };
            let people = ntoks[i] == 1 && people_plural(lex, s);
            // "Reports said", "Speculation suggests": a lone word the treebank knows in
            // lower case speaks as a common noun; a surname among them is matched
            // from its full name below.
            let common = ntoks[i] == 1
                && !lex.words.given_names.contains(s)
                && Tagger::embedded().knows_common_word(s);
            // "Middlesbrough mayor X": a large place of the tables opening a sentence
            // is named there, unless it is also a common word ("Reading", "Split").
            (!people
                && !common
                && f & (ev::TITLE_AFTER | ev::SPEECH_AFTER | ev::IT_AFTER | ev::GAZ_BIG_PLACE) != 0)
                || (f & body_before_post != 0 && words.iter().all(|w| uncommon_word(cx, w)))
                || f & (ev::DATELINE
                    | ev::TITLE_BEFORE
                    | ev::LEX_HEAD
                    | ev::ORG_TAIL
                    | ev::PLACE_TAIL
                    | ev::GAZ_PERSON
                    | ev::GAZ_ORG
                    | ev::TEAM)
                    != 0
                || ntoks[i] >= 2
                || words.iter().all(|w| cap_ok(w))
        };
        // Part of a longer capitalised phrase that starts with common words ("Arab
        // Peace Initiative"): not a name of its own without strong evidence.
        let confirmed = confirmed && (f & ev::CAP_BEFORE == 0 || decide(f, ntoks[i]).1);
        if !confirmed {
            // A lone word at the start of a sentence or in a headline may still be
            // someone's surname or an organisation's short form.
            if ntoks[i] == 1 {
                tentative[i] = true;
                keys[i] = name_key(s);
            }
            continue;
        }
        keep[i] = true;
        keys[i] = name_key(s);
        flags_by_key.entry(keys[i].clone()).or_default().add(f);
    }

    // A title is one in all its mentions, unless the article also says it is a body. A
    // title a word for a work introduced may have a body's "of" ("the documentary
    // Shape of the Moon"); other evidence of a body still keeps it one.
    works.retain(|k| {
        let body = if cued_works.contains(k) {
            NAMED_BODY_BEYOND_SHAPE
        } else {
            NAMED_BODY
        };
        flags_by_key.get(k).is_none_or(|e| e.flags() & body == 0)
    });
    let is_work = |i: usize| !works.is_empty() && works.contains(&keys[i]);
    // Multi-word names first: they define surnames and organisation short forms.
    let mut by_key: HashMap<String, usize> = HashMap::default();
    let mut surname: HashMap<String, Vec<usize>> = HashMap::default();
    let mut given: HashMap<String, Vec<usize>> = HashMap::default();
    let mut org_last: HashMap<String, Vec<usize>> = HashMap::default();
    let mut initials: HashMap<String, Vec<usize>> = HashMap::default();
    let mut middles = MiddleInitials::default();
    let lone: HashSet<&str> = (0..n)
        .filter(|&i| (keep[i] || tentative[i]) && ntoks[i] == 1)
        .map(|i| keys[i].as_str())
        .collect();
    let mut written_multi: HashMap<&str, usize> = HashMap::default();
    for i in (0..n).filter(|&i| keep[i] && ntoks[i] >= 2) {
        *written_multi.entry(keys[i].as_str()).or_default() += 1;
    }
    // "De Niro" is a surname: it waits for the full names ("Robert De Niro") that
    // define surnames, wherever it stands.
    let particle_surname: Vec<bool> = (0..n)
        .map(|i| {
            let mut words = slice(&doc.items[i]).split_whitespace();
            ntoks[i] == 2 && words.next().is_some_and(|w| is_particle(lex, w))
        })
        .collect();
    let (late, early): (Vec<usize>, Vec<usize>) = (0..n).partition(|&i| particle_surname[i]);
    for i in early.into_iter().chain(late) {
        if !keep[i] || ntoks[i] < 2 || is_work(i) {
            continue;
        }
        let key = &keys[i];
        let of_surname = surname
            .get(key)
            .filter(|_| particle_surname[i] && !by_key.contains_key(key))
            .and_then(|people| doc.nearest(people, doc.items[i].a));
        if let Some(e) = of_surname {
            doc.link(i, e, "surname");
            continue;
        }
        let e = match by_key.get(key) {
            Some(&e) => e,
            None => {
                let name = bare_name(lex, slice(&doc.items[i])).into_owned();
                if is_event(lex, &name, sporty) {
                    continue;
                }
                let flags = flags_by_key[key].flags() | reuse_flags(&lone, key);
                let (kind, strong) = decide(flags, ntoks[i]);
                if made_by_body(lex, &name, flags, kind, strong)
                    || once_common_words(flags, kind, strong, written_multi[key.as_str()])
                    || title_of_a_thing(flags, kind, strong)
                {
                    continue;
                }
                // "First Bank" after "Korea First Bank": the end of a longer name.
                if kind == EntityKind::Organization {
                    if let Some(e) = longer_org(&doc, &name) {
                        by_key.insert(key.clone(), e);
                        doc.link(i, e, "short-form");
                        continue;
                    }
                }
                if kind == EntityKind::Organization {
                    if let Some(&e) = lex_acronyms.get(initials_of(&name).as_str()) {
                        by_key.insert(key.clone(), e);
                        doc.link(i, e, "acronym");
                        continue;
                    }
                }
                let sent = doc.items[i].sent;
                if kind == EntityKind::Person {
                    if let Some(e) = middles.same_person(key, sent) {
                        by_key.insert(key.clone(), e);
                        doc.link(i, e, "middle-name");
                        continue;
                    }
                }
                let e = doc.new_entity(&name, kind);
                doc.ents[e].guessed = !strong;
                by_key.insert(key.clone(), e);
                match kind {
                    EntityKind::Person => {
                        middles.add(key, e, sent);
                        for k in surname_keys(lex, &name) {
                            surname.entry(k).or_default().push(e);
                        }
                        // A guessed person's first word is no known given name.
                        if let Some(first) = name.split_whitespace().next().filter(|_| strong) {
                            given.entry(name_key(first)).or_default().push(e);
                        }
                    }
                    EntityKind::Organization => {
                        // "United" for "Manchester United"; not a generic word ("Bank",
                        // "Corp", "Radio"), which is no one's name.
                        if let Some(last) = name.split_whitespace().last() {
                            if !generic_word(lex, last) {
                                org_last.entry(name_key(last)).or_default().push(e);
                            }
                        }
                        if let Some(first) = short_form_by_first_word(cx, &name) {
                            org_last.entry(name_key(first)).or_default().push(e);
                        }
                        let ini = initials_of(&name);
                        if ini.len() >= 2 {
                            initials.entry(ini).or_default().push(e);
                        }
                    }
                    _ => {}
                }
                e
            }
        };
        doc.link(i, e, "name");
    }
    // Lexicon organisations also give their acronyms... through their aliases already;
    // multi-word lexicon people would give surnames.
    let mut lex_ents: Vec<(usize, usize)> = by_entry.iter().map(|(&a, &b)| (a, b)).collect();
    lex_ents.sort();
    for (entry, e) in lex_ents {
        let name = &lex.entries[entry].name;
        match lex.entries[entry].kind {
            EntityKind::Person => {
                for k in surname_keys(lex, name) {
                    surname.entry(k).or_default().push(e);
                }
            }
            EntityKind::Organization if name.contains(' ') => {
                // "The Post" for "The Washington Post".
                if let Some(last) = name.split_whitespace().last() {
                    org_last.entry(name_key(last)).or_default().push(e);
                }
            }
            _ => {}
        }
    }
    for v in surname.values_mut() {
        v.sort();
        v.dedup();
    }
    // A place's name that is the surname of someone this article names in full
    // ("Neil Jordan ... Jordan said") is that person, unless a preposition makes it a
    // place ("in Jordan").
    let toks = &cx.seg.tokens;
    for i in 0..n {
        let ItemKind::Lex {
            entry,
            form: MentionForm::Name,
            ..
        } = doc.items[i].kind
        else {
            continue;
        };
        let it = &doc.items[i];
        if it.b != it.a + 1
            || !matches!(
                lex.entries[entry].kind,
                EntityKind::Place | EntityKind::Country
            )
        {
            continue;
        }
        let sent_start = cx.seg.sentences[it.sent].tokens.start;
        if it.a > sent_start {
            let p = &text[toks[it.a - 1].span.start..toks[it.a - 1].span.end];
            if lex.words.place_before.contains(p) || lex.words.loc_words.contains(p) {
                continue;
            }
        }
        let Some(c) = surname.get(&name_key(slice(it))) else {
            continue;
        };
        let people: Vec<usize> = c
            .iter()
            .copied()
            .filter(|&e| doc.ents[e].kind == EntityKind::Person && doc.ents[e].name.contains(' '))
            .collect();
        let pos = it.a;
        if let Some(p) = doc.nearest(&people, pos) {
            if let Some(old) = doc.entity[i] {
                doc.ents[old].positions.retain(|&x| x != pos);
            }
            doc.link(i, p, "surname");
        }
    }
    // Surnames by first letter and length, for near-miss spellings.
    let mut by_len: HashMap<(Option<char>, usize), Vec<String>> = HashMap::default();
    let mut sk: Vec<&String> = surname.keys().collect();
    sk.sort();
    for k in sk {
        by_len
            .entry((k.chars().next(), k.chars().count()))
            .or_default()
            .push(k.clone());
    }

    // A text of a few sentences is a fragment: people in it may have been introduced
    // before it starts.
    let fragment = if cx.seg.sentences.len() <= 3 {
        ev::FRAGMENT
    } else {
        0
    };
    // Single words: a surname, an organisation's short form, an acronym, or a name of
    // their own.
    let mut single_kind: HashMap<String, usize> = HashMap::default();
    let mut written: HashMap<&str, usize> = HashMap::default();
    for i in (0..n).filter(|&i| keep[i] && ntoks[i] == 1) {
        *written.entry(keys[i].as_str()).or_default() += 1;
    }
    for i in 0..n {
        if !(keep[i] || tentative[i]) || ntoks[i] != 1 || is_work(i) {
            continue;
        }
        let key = keys[i].clone();
        let pos = doc.items[i].a;
        if let Some(c) = surname.get(&key) {
            let c = with_initial(cx, &doc, c, pos);
            let c: Vec<usize> = c
                .into_iter()
                .filter(|&e| !honorific_contradicts(cx, &doc, e, i))
                .collect();
            if let Some(e) = doc.nearest(&c, pos) {
                doc.link(i, e, "surname");
                continue;
            }
        }
        if tentative[i] {
            match (org_last.get(&key), single_kind.get(&key)) {
                (Some(c), _) if c.len() == 1 => doc.link(i, c[0], "short-form"),
                (_, Some(&e)) => doc.link(i, e, "name"),
                _ => {}
            }
            continue;
        }
        let flags = flags_by_key[&key].flags();
        if let Some(c) = org_last.get(&key) {
            if c.len() == 1 && flags & (ev::TITLE_BEFORE | ev::GIVEN) == 0 {
                doc.link(i, c[0], "short-form");
                continue;
            }
        }
        let raw = slice(&doc.items[i]);
        if flags & ev::ACRONYM != 0 {
            if let Some(c) = initials.get(raw) {
                if c.len() == 1 {
                    doc.link(i, c[0], "acronym");
                    continue;
                }
            }
        }
        if let Some(c) = given.get(&key) {
            if c.len() == 1 && flags & ev::THE_BEFORE == 0 {
                doc.link(i, c[0], "given-name");
                continue;
            }
        }
        if let Some(&e) = single_kind.get(&key) {
            doc.link(i, e, "name");
            continue;
        }
        let (kind, strong) = decide(flags | fragment, 1);
        // A near-miss spelling of a surname in the article ("Aerikat" for "Areikat"),
        // taken only with supporting evidence: used as a speaker, or right after the
        // person was mentioned.
        // A surname the tables know is someone's own, not a misspelling of another's
        // ("Reagan" is not "Regan").
        // "Ms Chada" for "Monica Chadha": an honorific says the article introduced her.
        let known_surname = flags & (ev::GAZ_SURNAME | ev::GAZ_PERSON) != 0;
        let honoured = flags & ev::HONORIFIC_BEFORE != 0;
        if (kind == EntityKind::Person && !strong || flags & ev::SPEECH_AFTER != 0 || honoured)
            && !known_surname
        {
            let near = near_miss(&doc, &surname, &by_len, &key, pos, flags)
                .filter(|&e| !honorific_contradicts(cx, &doc, e, i));
            if let Some(e) = near {
                doc.link(i, e, "near-miss");
                single_kind.insert(key, e);
                continue;
            }
        }
        if lone_common_noun(lex, raw, flags, kind)
            || made_by_body(lex, raw, flags, kind, strong)
            || is_event(lex, raw, sporty)
            || qualifies_a_title(cx, raw, flags)
        {
            continue;
        }
        // "a Measure for Measure revival", "Hide and Seek": a common word cut from a
        // title of a work makes no entity however often it is written.
        if kind == EntityKind::Organization
            && !strong
            && uncued(flags, raw)
            && (written[key.as_str()] == 1 || Tagger::embedded().knows_common_word(raw))
        {
            continue;
        }
        if once_common_word(flags, kind, strong, raw, written[key.as_str()]) {
            continue;
        }
        let e = doc.new_entity(raw, kind);
        doc.ents[e].guessed = !strong;
        single_kind.insert(key, e);
        doc.link(i, e, "name");
    }
    adopt_defined_acronyms(cx, &mut doc);
    adopt_descriptors(cx, &mut doc);
    adopt_table_entries(cx, &mut doc);
    doc
}

/// "the Financial Services Authority (FSA)": an acronym the article defines in brackets
/// right after an organisation's name is that organisation's in all its mentions, over
/// any other body the lexicon knows by it. When the lexicon's body is the one named
/// ("US Securities Exchange Commission (SEC)"), the name joins it instead.
fn adopt_defined_acronyms(cx: &Context<'_>, doc: &mut Doc) {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let w = |k: usize| toks.get(k).map_or("", |t| &text[t.span.start..t.span.end]);
    // Built only for an article with a name in brackets after another.
    let mut by_start: Option<HashMap<usize, usize>> = None;
    for i in 0..doc.items.len() {
        let it = &doc.items[i];
        let Some(e) = doc.entity[i] else {
            continue;
        };
        let b = it.b;
        // "Hewlett Packard (HP)": people are not given acronyms, so a name read as a
        // person's that one spells is a body's.
        let kind = doc.ents[e].kind;
        if b < it.a + 2
            || !matches!(kind, EntityKind::Organization | EntityKind::Person)
            || w(b) != "("
            || w(b + 2) != ")"
        {
            continue;
        }
        let by_start = by_start
            .get_or_insert_with(|| (0..doc.items.len()).map(|i| (doc.items[i].a, i)).collect());
        let Some(&j) = by_start.get(&(b + 1)) else {
            continue;
        };
        let acronym = w(b + 1);
        let name = &text[it.span.start..it.span.end];
        if doc.items[j].b != b + 2
            || !(spells(acronym, name) || short_form_of_body(cx, doc, e, doc.entity[j], acronym))
        {
            continue;
        }
        doc.ents[e].kind = EntityKind::Organization;
        match doc.entity[j] {
            Some(f) if f == e => {}
            Some(f) if names_the_same_body(&doc.ents[f].name, name) => {
                for x in 0..doc.items.len() {
                    if doc.entity[x] == Some(e) {
                        doc.link(x, f, "acronym");
                    }
                }
            }
            _ => {
                for x in 0..doc.items.len() {
                    let y = &doc.items[x];
                    if y.b == y.a + 1 && w(y.a) == acronym && doc.entity[x] != Some(e) {
                        if let Some(old) = doc.entity[x] {
                            doc.ents[old].positions.retain(|&p| p != y.a);
                        }
                        doc.link(x, e, "acronym");
                    }
                }
            }
        }
    }
}

/// Fewest and most letters of a body's short form in brackets that does not spell its
/// name: "Greek Athletics Federation (SEGAS)", "PricewaterhouseCoopers (PwC)".
const SHORT_FORM_LETTERS: std::ops::RangeInclusive<usize> = 2..=8;

/// Whether `short`, in brackets right after organisation `e`'s name, is its short form
/// though it spells another language's name or part of it: letters with two capitals
/// or more, naming nothing the lexicon knows nor anything else the article names.
fn short_form_of_body(
    cx: &Context<'_>,
    doc: &Doc,
    e: usize,
    read: Option<usize>,
    short: &str,
) -> bool {
    let capitals = short.chars().filter(char::is_ascii_uppercase).count();
    doc.ents[e].kind == EntityKind::Organization
        && SHORT_FORM_LETTERS.contains(&short.len())
        && short.starts_with(|c: char| c.is_ascii_uppercase())
        && short.chars().all(|c| c.is_ascii_alphabetic())
        && capitals >= 2
        && cx.res.lexicon.lookup_word(short).is_none()
        && read.is_none_or(|f| {
            f != e
                && doc.ents[f].name == short
                && doc.ents[f].kind == EntityKind::Organization
                && doc.ents[f].known.is_none()
        })
}

/// Can `acronym`, capitalised, be read off `name`, or off `name` without its first word
/// ("SEC" for "US Securities Exchange Commission")?
pub(super) fn spells(acronym: &str, name: &str) -> bool {
    acronym.starts_with(|c: char| c.is_ascii_uppercase())
        && acronym.chars().all(|c| c.is_alphanumeric() || c == '&')
        && (acronym_fits(acronym, name)
            || name
                .split_once(' ')
                .is_some_and(|(_, rest)| acronym_fits(acronym, rest)))
}

/// Are all the words of `known` that carry meaning in `named` ("Securities and Exchange
/// Commission" in "US Securities Exchange Commission")?
fn names_the_same_body(known: &str, named: &str) -> bool {
    let named: HashSet<String> = named.split_whitespace().map(name_key).collect();
    known
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .all(|w| named.contains(&name_key(w)))
}

/// Fewest letters of a lexicon acronym matched to a name spelt out in the article:
/// two letters fit too many names by chance.
const MIN_SPELT_ACRONYM: usize = 3;

/// The first letters of a name's capitalised words ("NASA" for "National Aeronautics and
/// Space Administration").
fn initials_of(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// People's names of an article with and without their middle initials, to link
/// "Regina Benjamin" to "Regina M. Benjamin" named in another sentence. Names in one
/// sentence are two people ("Presidents George W. Bush and George Bush").
#[derive(Default)]
struct MiddleInitials {
    /// Name key without middle initials -> (entity, its key, the sentence it was named in).
    by_bare: HashMap<String, Vec<(usize, String, usize)>>,
}

impl MiddleInitials {
    fn add(&mut self, key: &str, e: usize, sent: usize) {
        self.by_bare
            .entry(without_middle_initials(key))
            .or_default()
            .push((e, key.to_string(), sent));
    }

    /// The one person named, in another sentence, by `key` with or without middle
    /// initials; not one named with other initials ("George H W Bush").
    fn same_person(&self, key: &str, sent: usize) -> Option<usize> {
        let bare = without_middle_initials(key);
        let group = self.by_bare.get(&bare)?;
        let initialled: Vec<usize> = group
            .iter()
            .filter(|(_, k, _)| *k != bare)
            .map(|(e, _, _)| *e)
            .collect();
        let found = if key == bare {
            initialled
        } else if initialled.is_empty() {
            group.iter().map(|(e, _, _)| *e).collect()
        } else {
            return None;
        };
        let named_here = group.iter().any(|(_, _, s)| *s == sent);
        (found.len() == 1 && !named_here).then(|| found[0])
    }
}

/// A name key without one-letter words between its first and last ("regina m
/// benjamin" -> "regina benjamin").
fn without_middle_initials(key: &str) -> String {
    let words: Vec<&str> = key.split_whitespace().collect();
    if words.len() < 3 {
        return words.join(" ");
    }
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| i == 0 || i == last || w.chars().count() > 1)
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A lone capitalised word that is a common noun, with nothing saying it is a name:
/// what people are ("Police", "Rebels"), a generic word of names ("Committee", "Corp",
/// "Bank"), an event ("Olympics"), a given name used as a noun ("the Bill").
fn lone_common_noun(lex: &Lexicon, word: &str, flags: Flags, kind: EntityKind) -> bool {
    if generic_word(lex, word)
        || lex.words.org_tails.contains(word)
        || lex.words.event_tails.contains(word)
    {
        return true;
    }
    let named = ev::TITLE_BEFORE
        | ev::HONORIFIC_BEFORE
        | ev::GAZ_PERSON
        | ev::GAZ_ORG
        | ev::GAZ_PLACE
        | ev::TEAM;
    if flags & named != 0 {
        return false;
    }
    let role = kind != EntityKind::Person
        && flags & (ev::SPEECH_AFTER | ev::IT_AFTER) == 0
        && lex.words.role_nouns.contains(&word.to_lowercase());
    let the_given = lex.words.given_names.contains(word)
        && flags & ev::THE_BEFORE != 0
        && flags & WEAK_PERSON == 0;
    role || the_given
}

/// Evidence that a name after a body's possessive is a body after all: a body's own
/// words or tables, someone holding a post there, a list of bodies.
const BODY_OF_ITS_OWN: Flags = NAMED_BODY
    | ev::BEFORE_TITLE
    | ev::BEFORE_ROLE
    | ev::OWNS_A_PERSON
    | ev::OF_TITLE
    | ev::LIST_ORG
    | ev::TEAM
    | ev::GIVEN;

/// "Microsoft's Xbox", "Apple's Mac Mini", "the BBC's Newsnight": a name only guessed
/// to be an organisation that a body's possessive introduces is what the body makes or
/// runs, a product or a programme, and no entity; so is one a word for a product
/// follows ("the Gizmondo device") where nothing says it speaks or acts; not a unit
/// whose last word is a body's ("GM's Inland Division", "MITI's Industrial Electronics
/// Bureau").
fn made_by_body(lex: &Lexicon, name: &str, flags: Flags, kind: EntityKind, strong: bool) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let product = flags & ev::PRODUCT_AFTER != 0 && flags & BODY_CUES == 0;
    kind == EntityKind::Organization
        && !strong
        && (flags & ev::OWNED_BY_BODY != 0 || product)
        && flags & BODY_OF_ITS_OWN == 0
        && !lex.words.org_heads.contains(last)
        && !lex.words.org_tails.contains(last)
}

/// A lone word in prose that nothing around it reads as a name: no title, list,
/// possessive or determiner ("an opening on a par with Onimusha 3", "Beauty and the
/// Beast"). A first capital alone says too little; named once, it makes no entity. A
/// word written all in capitals in prose is written as a name ("the state planning
/// committee GOSPLAN").
fn uncued(flags: Flags, word: &str) -> bool {
    flags & (WEAK_ORG | ev::FIRST_REUSED | ev::OWNS_A_PERSON | ev::OWNED | ev::POSSESSIVE) == 0
        && word.chars().any(char::is_lowercase)
}

/// Cues that a lone word is a body's name whoever reads it: a list of bodies, a title or
/// role after it, a person it owns, "it" or speech after it.
const BODY_CUES: Flags = ev::LIST_ORG
    | ev::BEFORE_TITLE
    | ev::BEFORE_ROLE
    | ev::IT_AFTER
    | ev::SPEECH_AFTER
    | ev::OWNS_A_PERSON
    | ev::POSSESSIVE;

/// A common word capitalised once, at most after "the", that only a guess makes a body:
/// a word of a title or a heading ("the Albums chart", "a Choice award"), no entity.
fn once_common_word(
    flags: Flags,
    kind: EntityKind,
    strong: bool,
    word: &str,
    written: usize,
) -> bool {
    kind == EntityKind::Organization
        && !strong
        && written == 1
        && flags & BODY_CUES == 0
        && word.chars().skip(1).all(char::is_lowercase)
        && Tagger::embedded().knows_common_word(word)
}

/// Common words capitalised together once, no given name among them, that only a guess
/// makes a name: a phrase of a title or a slogan ("the Make Trade Fair campaign", "the
/// Golden Age of radio"), no entity. A place so guessed stays one ("Wood Green", "Far
/// East").
fn once_common_words(flags: Flags, kind: EntityKind, strong: bool, written: usize) -> bool {
    kind != EntityKind::Place
        && !strong
        && written == 1
        && flags & ev::COMMON_WORDS != 0
        && flags & BODY_CUES == 0
}

/// A person guessed from the shape of a name alone whose first word is a common word
/// and no given name: a title of a work or a thing ("Finding Neverland is up for six
/// awards", "Saving Private Ryan"), no entity. Anything that says the name is a person's
/// (a title, a verb of speech, a known surname, a club) keeps it.
fn title_of_a_thing(flags: Flags, kind: EntityKind, strong: bool) -> bool {
    kind == EntityKind::Person
        && !strong
        && flags & ev::COMMON_HEAD != 0
        && flags & (WEAK_PERSON | ev::CLUB_AFTER | ev::GAZ_SURNAME) == 0
}

/// A plural of a noun for people ("Judges", "Prosecutors", "Campaigners").
fn people_plural(lex: &Lexicon, word: &str) -> bool {
    let lower = word.to_lowercase();
    let Some(one) = lower.strip_suffix('s') else {
        return false;
    };
    let w = &lex.words;
    matches!(lex.lookup_word(one), Some(crate::lexicon::Hit::Title(_)))
        || w.role_nouns.contains(one)
        || w.person_appositive.contains(one)
        || super::scan::ends_with_any(one, &w.person_noun_endings)
}

/// A word of many names that names nothing alone ("Bank", "Corp", "Committee", "River").
fn generic_word(lex: &Lexicon, word: &str) -> bool {
    let w = &lex.words;
    w.org_heads.contains(word)
        || w.company_suffixes.contains(word)
        || w.place_tails.contains(word)
        || (w.org_tails.contains(word) && w.common_words.contains(word))
}

/// A name of an event, a day, a prize or a law ("Boxing Day", "World Cup", "Hunting
/// Act"), or in a report of games a competition's ("Champions League"): no entity.
fn is_event(lex: &Lexicon, name: &str, sporty: bool) -> bool {
    // "the Parliament Act 1949": a law's year after its name.
    let mut words = name
        .rsplit(' ')
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()));
    words.next().is_some_and(|last| {
        lex.words.event_tails.contains(last)
            || lex.words.law_tails.contains(last)
            || (sporty && lex.words.sport_event_tails.contains(last))
    })
}

/// Evidence that a name is an organisation's or a large place's, which a work's title
/// cue does not outweigh ("Acme Inc", "Chicago star ...", "his role in Kandahar
/// Province").
const NAMED_BODY: Flags = ev::ORG_TAIL
    | ev::GAZ_ORG
    | ev::ACRONYM
    | ev::EMPLOYER
    | ev::ORG_HEAD_OF
    | ev::GAZ_BIG_PLACE
    | ev::PLACE_TAIL;

/// Evidence of a body beyond a name's shape: a title such as "Shape of the Moon" looks
/// like a body's name ("Bank of England").
const NAMED_BODY_BEYOND_SHAPE: Flags = NAMED_BODY & !ev::ORG_HEAD_OF;

/// Evidence from the parts of a name standing alone elsewhere in the article.
/// The keys of the names written in the article's prose, outside its headlines.
fn prose_name_keys(items: &[Item], text: &str) -> HashSet<String> {
    items
        .iter()
        .filter(|it| match it.kind {
            ItemKind::Name(f) => f & ev::HEADLINE == 0,
            ItemKind::Lex { .. } => true,
            _ => false,
        })
        .map(|it| name_key(&text[it.span.start..it.span.end]))
        .collect()
}

/// Does a headline's capitalised run start with a name the prose writes on its own and
/// go on into words the prose never capitalises ("Jane Doe Quits Board" beside "Jane Doe
/// has quit", "Smith Overrules Jones On Tariffs" beside "Smith")? Title case hides where
/// such a name ends, so the run is no name.
fn reads_past_a_name(
    words: &[&str],
    prose: &HashSet<String>,
    cap_ok: impl Fn(&str) -> bool,
) -> bool {
    (1..words.len()).any(|l| !cap_ok(words[l]) && prose.contains(&name_key(&words[..l].join(" "))))
}

/// A word of letters that names no role's field and that the tagger's treebank knows
/// in lower case only as a name, if at all: "Coldplay" or "PCS", not "Shadow",
/// "Agriculture", "Rock" or "Ex-Labour".
fn uncommon_word(cx: &Context<'_>, w: &str) -> bool {
    w.chars().all(char::is_alphabetic)
        && !cx.res.lexicon.words.title_modifiers.contains(w)
        && !cx.res.rules.title_modifiers.contains(&w.to_lowercase())
        && !Tagger::embedded().knows_common_word(w)
}

/// A lone word right before a title that qualifies the title: "Conservative Shadow
/// chancellor X", "the Acting President".
fn qualifies_a_title(cx: &Context<'_>, w: &str, flags: Flags) -> bool {
    flags & ev::BEFORE_TITLE != 0 && cx.res.rules.qualifies_title(w)
}

fn reuse_flags(lone: &HashSet<&str>, key: &str) -> Flags {
    let mut words = key.split(' ');
    let first = words.next().unwrap_or(key);
    let last = words.next_back().unwrap_or(first);
    let mut f = 0;
    if lone.contains(last) {
        f |= ev::SURNAME_REUSED;
    }
    if lone.contains(first) {
        f |= ev::FIRST_REUSED;
    }
    f
}

/// The first word of an organisation's name that the article may use alone for it:
/// "Cofinec" for "Cofinec S.A.", "Acme" for "Acme Inc", "Newbridge" for "Newbridge
/// Capital"; "Real" for "Real Madrid", a club by its opening word; and a word that is
/// no common word, given name, nationality or name the tables know, before a company's
/// ending, an "&" or one more such word ("Baikal" for "Baikal Finance Group", "Marsh"
/// for "Marsh & McLennan", "Pernod" for "Pernod Ricard"), but not before a model's
/// letters ("Nintendo DS").
fn short_form_by_first_word<'n>(cx: &Context<'_>, name: &'n str) -> Option<&'n str> {
    let lex = &cx.res.lexicon;
    let words: Vec<&str> = name.split_whitespace().collect();
    let (&first, rest) = words.split_first()?;
    let (&last, _) = rest.split_last()?;
    let firm_ending =
        lex.words.company_suffixes.contains(last) || lex.words.org_tails.contains(last);
    let suffixed = rest.len() == 1 && (firm_ending || lex.words.club_openers.contains(first));
    let distinctive = |w: &str| {
        uncommon_word(cx, w)
            && !w.chars().all(|c| c.is_uppercase())
            && !lex.words.given_names.contains(w)
            && !lex.words.nationality_words.contains(w)
            && lex.lookup_word(w).is_none()
            && lex.gazetteer().lookup(w, false).next().is_none()
    };
    // "Pernod Ricard"; not "Zorvex GDRs", the firm's securities.
    let title_case = last.chars().skip(1).all(|c| c.is_lowercase());
    let two_names = rest.len() == 1 && title_case && distinctive(last);
    let named_firm = distinctive(first) && (firm_ending || rest.contains(&"&") || two_names);
    ((suffixed || named_firm) && !generic_word(lex, first)).then_some(first)
}

/// An organisation of the article whose name ends with `name` ("Korea First Bank" for
/// "First Bank").
fn longer_org(doc: &Doc, name: &str) -> Option<usize> {
    let key = name_key(name);
    doc.ents.iter().position(|e| {
        e.kind == EntityKind::Organization && {
            let k = name_key(&e.name);
            k.len() > key.len() && k.ends_with(&key) && k[..k.len() - key.len()].ends_with(' ')
        }
    })
}

/// Words before names that describe them: a role noun gives the person that role
/// ("solicitor Gareth Pierce"), a demonym their country ("Norwegian Ola Skuterud"). A
/// nationality is where someone is from, not membership of the country's government, so
/// it is kept as the person's country and no relation.
fn adopt_descriptors(cx: &Context<'_>, doc: &mut Doc) {
    let lex = &cx.res.lexicon;
    for i in 0..doc.items.len() {
        let (Some(e), Some(d)) = (doc.entity[i], doc.items[i].descriptor) else {
            continue;
        };
        let ent = &mut doc.ents[e];
        if ent.kind != EntityKind::Person {
            continue;
        }
        match d {
            Descriptor::Role(span) => {
                let role = cx.doc.text[span.start..span.end].to_lowercase();
                if !ent.roles.contains(&role) {
                    ent.roles.push(role);
                }
            }
            Descriptor::Nationality(entry) => {
                if ent.country.is_none() {
                    ent.country = Some(lex.entries[entry].name.clone());
                }
            }
        }
    }
}

/// Entities take what the generated tables know of the names their mentions matched:
/// which actor or place they are and its country. A person named only by a known
/// surname in an article dated in their term ("Reagan" in 1987) takes the full name.
fn adopt_table_entries(cx: &Context<'_>, doc: &mut Doc) {
    let lex = &cx.res.lexicon;
    let g = lex.gazetteer();
    for i in 0..doc.items.len() {
        let (Some(e), Some(id)) = (doc.entity[i], doc.items[i].known) else {
            continue;
        };
        let k = &g.known[id as usize];
        let ent = &mut doc.ents[e];
        let last = |n: &str| n.rsplit(' ').next().map(name_key);
        // A person the text names under another surname is someone else.
        let same_surname = k.kind != EntityKind::Person || last(k.name) == last(&ent.name);
        if ent.known.is_some() || k.kind != ent.kind || !same_surname {
            continue;
        }
        ent.known = Some(id);
        if ent.country.is_none() {
            ent.country = lex.known_country(id).map(str::to_string);
        }
        if k.kind == EntityKind::Person && !ent.name.contains(' ') && k.name.contains(' ') {
            let short = std::mem::replace(&mut ent.name, k.name.to_string());
            ent.aliases.insert(short, "lexicon".into());
        }
    }
}

/// If lexicon item `i` is a capital used for its country's government, the country's
/// entry: the subject of a speech or decision verb ("Washington warned", "Moscow has
/// said"), the object of a verb of appeal or blame ("urged Beijing"), or one side of
/// "between X and Y" with another country or capital, or the other party of dealings
/// between states ("an accord with Taipei"). "In Washington" stays the city.
fn government_seat(cx: &Context<'_>, items: &[Item], i: usize) -> Option<usize> {
    let lex = &cx.res.lexicon;
    let capital_country = |it: &Item| match it.kind {
        ItemKind::Lex {
            entry,
            form: MentionForm::Name,
            ..
        } if lex.entries[entry].capital => lex.entries[entry]
            .country
            .as_deref()
            .and_then(|c| lex.entry_named(c)),
        _ => None,
    };
    let country = capital_country(&items[i])?;
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let sent = &cx.seg.sentences[items[i].sent].tokens;
    let w = |k: usize| &text[toks[k].span.start..toks[k].span.end];
    let (a, b) = (items[i].a, items[i].b);
    let prev = (a > sent.start).then(|| w(a - 1));
    let next = |k: usize| (b + k < sent.end).then(|| w(b + k));
    if prev.is_some_and(|p| lex.words.government_object_verbs.contains(p)) {
        return Some(country);
    }
    // "signed an accord with Taipei": a state's dealings with another.
    let dealings = a >= sent.start + 2
        && prev == Some("with")
        && lex.words.government_partner_nouns.contains(w(a - 2));
    if dealings {
        return Some(country);
    }
    // "between Washington and Beijing", "between Beijing and Washington".
    let state = |it: &Item| {
        capital_country(it).is_some()
            || matches!(it.kind, ItemKind::Lex { entry, form: MentionForm::Name, .. }
                if lex.entries[entry].kind == EntityKind::Country)
    };
    if prev == Some("between")
        && next(0) == Some("and")
        && items.get(i + 1).is_some_and(|x| x.a == b + 1 && state(x))
    {
        return Some(country);
    }
    if prev == Some("and") && a >= sent.start + 2 {
        if let Some(k) = (0..i).rev().find(|&k| items[k].b == a - 1) {
            let first = items[k].a;
            if first > sent.start && w(first - 1) == "between" && state(&items[k]) {
                return Some(country);
            }
        }
    }
    if prev.is_some_and(|p| lex.words.place_before.contains(p)) {
        return None;
    }
    let mut k = 0;
    while next(k).is_some_and(|x| lex.words.auxiliaries.contains(x)) && k < 2 {
        k += 1;
    }
    next(k)
        .is_some_and(|v| lex.words.speech_verbs.contains(v))
        .then_some(country)
}

/// The people of `cands` whose name fits the bare initial written before the surname at
/// token `pos`: in "S Jones (Ospreys)" Stephen Jones, not Ryan Jones; all of them when
/// no initial is written.
fn with_initial(cx: &Context<'_>, doc: &Doc, cands: &[usize], pos: usize) -> Vec<usize> {
    let text = cx.doc.text.as_str();
    let initial = pos
        .checked_sub(1)
        .map(|k| &text[cx.seg.tokens[k].span.start..cx.seg.tokens[k].span.end])
        .filter(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()));
    cands
        .iter()
        .copied()
        .filter(|&e| initial.is_none_or(|x| doc.ents[e].name.starts_with(x)))
        .collect()
}

/// Whether the honorific right before item `i` contradicts the given name of person
/// `e`: "Mrs Howard" is not "Michael Howard", the article's other Howard. A sex the
/// census lists only guess ("Yuri") contradicts nothing.
fn honorific_contradicts(cx: &Context<'_>, doc: &Doc, e: usize, i: usize) -> bool {
    let it = &doc.items[i];
    let title = i
        .checked_sub(1)
        .map(|j| &doc.items[j])
        .filter(|t| t.b == it.a);
    let Some(ItemKind::Title(ti)) = title.map(|t| &t.kind) else {
        return false;
    };
    let words = &cx.res.lexicon.words;
    let other = match cx.res.lexicon.titles[*ti].gender {
        'f' => &words.male_given_names,
        'm' => &words.female_given_names,
        _ => return false,
    };
    let mut parts = doc.ents[e].name.split_whitespace();
    let given = parts.next().filter(|_| parts.next().is_some());
    given.is_some_and(|g| other.contains(g) && !words.guessed_sex_given_names.contains(g))
}

/// Fewest names tagged in brackets that make a sentence a list of people and their
/// teams or parties.
const MIN_BRACKET_TAGS: usize = 3;

/// Names in brackets right after other names, in a sentence with [`MIN_BRACKET_TAGS`]
/// or more of them: the teams, parties or firms of a list of people ("Forwards: D Jones
/// (Ospreys), R Thomas (Ospreys), G Cooper (Dragons, capt)"). A substitute's minute
/// after the name ("Kewell (Nunez 56)") makes it no tag.
fn bracket_tags(cx: &Context<'_>, items: &[Item]) -> Vec<usize> {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let w = |k: usize| toks.get(k).map_or("", |t| &text[t.span.start..t.span.end]);
    let tagged = |i: usize| {
        let (it, before) = (&items[i], &items[i - 1]);
        matches!(it.kind, ItemKind::Name(_))
            && before.sent == it.sent
            && before.b + 1 == it.a
            && w(before.b) == "("
            && matches!(w(it.b), ")" | ",")
    };
    let tags: Vec<usize> = (1..items.len()).filter(|&i| tagged(i)).collect();
    let mut out = Vec::new();
    for group in tags.chunk_by(|&a, &b| items[a].sent == items[b].sent) {
        if group.len() >= MIN_BRACKET_TAGS {
            out.extend_from_slice(group);
        }
    }
    out
}

/// Evidence from coordination: a name listed with a known place or country
/// ("Sarmin and Aleppo", "Qamenas, Sarmin, Homs and Idlib") is likely a place; with a
/// known organisation, an organisation. A comma alone is a list only with another list
/// link on the name's other side ("Born in Athens, Psacharopoulos came").
fn list_evidence(cx: &Context<'_>, items: &[Item]) -> Vec<Flags> {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let lex = &cx.res.lexicon;
    let w = |k: usize| &text[toks[k].span.start..toks[k].span.end];
    // How tokens a..b join two list members: 2 for "and", "or", ", and"; 1 for ",".
    let join = |a: usize, b: usize| match b.checked_sub(a) {
        Some(1) if matches!(w(a), "and" | "or") => 2,
        Some(1) if w(a) == "," => 1,
        Some(2) if w(a) == "," && matches!(w(a + 1), "and" | "or") => 2,
        _ => 0,
    };
    let known = |it: &Item| match it.kind {
        ItemKind::Lex {
            entry,
            form: MentionForm::Name,
            ..
        } => match lex.entries[entry].kind {
            EntityKind::Place | EntityKind::Country => ev::LIST_PLACE,
            EntityKind::Organization => ev::LIST_ORG,
            _ => 0,
        },
        // "Jet Airways and Air Sahara": a name ending like a company's.
        ItemKind::Name(f) if f & (ev::ORG_TAIL | ev::ORG_HEAD_OF) != 0 => ev::LIST_ORG,
        ItemKind::Name(f) if f & ev::PLACE_TAIL != 0 => ev::LIST_PLACE,
        _ => 0,
    };
    let mut out: Vec<Flags> = vec![0; items.len()];
    // A team both where only a team's cue keeps a name (a list line in title case) and
    // where a given name would make it a person's ("Giggs (Man Utd)").
    for i in bracket_tags(cx, items) {
        out[i] |= ev::TEAM | ev::TEAM_NAME;
    }
    for i in 0..items.len() {
        let it = &items[i];
        if !matches!(it.kind, ItemKind::Name(f) if f & ev::GIVEN == 0) {
            continue;
        }
        let left = if i > 0 && items[i - 1].sent == it.sent {
            join(items[i - 1].b, it.a)
        } else {
            0
        };
        let right = items
            .get(i + 1)
            .filter(|x| x.sent == it.sent)
            .map_or(0, |x| join(it.b, x.a));
        if left == 2 || (left == 1 && right > 0) {
            out[i] |= known(&items[i - 1]);
        }
        if right == 2 || (right == 1 && left > 0) {
            out[i] |= known(&items[i + 1]);
        }
        // "Kirkcaldy, Fife.": after a town and a comma, a name closing the phrase is
        // where the town lies.
        let closes = it.b >= cx.seg.sentences[it.sent].tokens.end || matches!(w(it.b), "," | ".");
        if left == 1 && right == 0 && closes && known_place(lex, &items[i - 1]) {
            out[i] |= ev::LIST_PLACE;
        }
    }
    // "films including Heathers, Clueless and Troy": the works' list runs on from its
    // first title; a comma alone may set off a person ("the show The OC, Jo Rae").
    for i in 1..items.len() {
        let (prev, it) = (&items[i - 1], &items[i]);
        let prev_work = match prev.kind {
            ItemKind::Name(f) => (f | out[i - 1]) & ev::WORK != 0,
            _ => false,
        };
        let right = items
            .get(i + 1)
            .filter(|x| x.sent == it.sent)
            .map_or(0, |x| join(it.b, x.a));
        let joined = match join(prev.b, it.a) {
            2 => true,
            1 => right > 0,
            _ => false,
        };
        // "Verdi's La Traviata and Richard Strauss's Ariadne": an owner starts a new
        // title.
        let owner = it.b < toks.len() && is_possessive(w(it.b));
        if prev_work
            && prev.sent == it.sent
            && joined
            && !owner
            && matches!(it.kind, ItemKind::Name(_))
        {
            out[i] |= ev::WORK;
        }
    }
    out
}

/// Whether the item is a place of the lexicon or the tables, not a country
/// ("Kirkcaldy").
fn known_place(lex: &Lexicon, it: &Item) -> bool {
    match it.kind {
        ItemKind::Lex {
            entry,
            form: MentionForm::Name,
            ..
        } => lex.entries[entry].kind == EntityKind::Place,
        ItemKind::Name(f) => f & ev::GAZ_PLACE != 0 && f & (ev::GAZ_PERSON | ev::GAZ_ORG) == 0,
        _ => false,
    }
}

/// Letters a surname needs before a near spelling of another may stand for it: shorter
/// names are too often different people ("Smyth" beside "Smith").
const MIN_NEAR_MISS: usize = 6;

/// The same after an honorific ("Ms Chada" for "Chadha"), which says the article has
/// introduced the person.
const MIN_HONOURED_NEAR_MISS: usize = 5;

/// A person whose surname is one or two edits from `key`.
fn near_miss(
    doc: &Doc,
    surname: &HashMap<String, Vec<usize>>,
    by_len: &HashMap<(Option<char>, usize), Vec<String>>,
    key: &str,
    pos: usize,
    flags: Flags,
) -> Option<usize> {
    let len = key.chars().count();
    let min_len = if flags & ev::HONORIFIC_BEFORE != 0 {
        MIN_HONOURED_NEAR_MISS
    } else {
        MIN_NEAR_MISS
    };
    if len < min_len {
        return None;
    }
    let cap = if len >= 9 { 2 } else { 1 };
    let first = key.chars().next();
    let mut found: Vec<usize> = Vec::new();
    for l in len - cap..=len + cap {
        let Some(keys) = by_len.get(&(first, l)) else {
            continue;
        };
        for s in keys {
            if osa_distance(s, key, cap) <= cap {
                found.extend(surname[s].iter().copied());
            }
        }
    }
    found.sort();
    found.dedup();
    if found.len() != 1 {
        return None;
    }
    let e = found[0];
    let recent = doc.ents[e]
        .positions
        .iter()
        .any(|&p| p < pos && pos - p < 150);
    (flags & (ev::SPEECH_AFTER | ev::HONORIFIC_BEFORE) != 0 || recent).then_some(e)
}
