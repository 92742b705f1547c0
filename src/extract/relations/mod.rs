//! Typed relations between resolved mentions, read from the sentence layer by the rule
//! set's patterns ([`crate::extract::rules`]).

use super::layer::view::{Slot, View};
use super::layer::Folded;
use super::pattern::{self, Match};
use super::rules::RuleSet;
use super::{Context, LocalEntity, LocalRelation, Mention};
use crate::extract::layer::titles::{demotes_title, indefinite, role_of_several};
use crate::extract::layer::{quote_goes_on, quotes};
use crate::model::{EntityKind, Evidence, MentionForm, Modality, Relation, Span};
use crate::text::tagger::Tag;
use std::collections::BTreeSet;

pub use nationality::add_nationalities;
pub use office::add_offices;
pub use teams::add_team_links;

mod affiliation;
mod evaluation;
mod nationality;
mod nominal;
mod nouns;
mod office;
mod teams;
mod verbs;

/// All relations stated in the document.
pub fn find(cx: &Context<'_>, folded: &Folded, entities: &[LocalEntity]) -> Vec<LocalRelation> {
    let rs = &cx.res.rules;
    let mut out: Vec<LocalRelation> = Vec::new();
    let mut seen: BTreeSet<(usize, usize, Relation, usize)> = BTreeSet::new();
    let mut push = |out: &mut Vec<LocalRelation>,
                    source: usize,
                    relation: Relation,
                    target: usize,
                    ev: Evidence| {
        if source == target || !seen.insert((ev.sentence, source, relation, target)) {
            return;
        }
        out.push(LocalRelation {
            source,
            relation,
            target,
            evidence: ev,
        });
    };
    // The speaker of a quotation still open at the end of the sentence before.
    let mut carried: Option<usize> = None;
    for (v, titles) in folded.views.iter().zip(&folded.titles) {
        let quoting = carried.filter(|_| quote_goes_on(cx, v.sentence));
        if v.items.iter().all(|i| i.slot.is_none()) {
            carried = quoting;
            continue;
        }
        let si = v.sentence;
        for l in titles {
            let ev = cx.evidence(si, l.span, "title");
            push(&mut out, l.person, l.relation, l.org, ev);
        }
        government_links(cx, v, entities, rs, &mut |s, r, t, ev| {
            push(&mut out, s, r, t, ev)
        });
        let (found, speaker) = sentence_relations(cx, v, entities, folded.games, quoting);
        for r in found {
            push(&mut out, r.source, r.relation, r.target, r.evidence);
        }
        carried = speaker
            .filter(|_| quotes(cx, v.sentence))
            .or(quoting.filter(|_| speaker.is_none()));
    }
    for r in nominal::nominal_titles(cx, folded, entities, &out) {
        push(&mut out, r.source, r.relation, r.target, r.evidence);
    }
    out
}

/// Affiliations read from titles while finding mentions, as relations (once per
/// sentence and triple).
pub fn add_titles(
    cx: &Context<'_>,
    titles: &[super::mentions::TitleLink],
    mentions: &[Mention],
    out: &mut Vec<LocalRelation>,
) {
    let mut seen: std::collections::HashSet<(usize, usize, usize)> = out
        .iter()
        .map(|r| (r.source, r.target, r.evidence.sentence))
        .collect();
    for t in titles {
        let Some(org) = t.org else { continue };
        // "in Turkey Minister Ellwood": a place after a preposition is not in the title.
        let before = cx.doc.text[..t.title_span.start]
            .split_whitespace()
            .next_back()
            .map(|w| w.to_lowercase())
            .unwrap_or_default();
        // Mentions are in text order: look only at those starting where the title does.
        let from = mentions.partition_point(|m| m.span.start < t.title_span.start);
        let demonym = mentions[from..]
            .iter()
            .take_while(|m| m.span.start == t.title_span.start)
            .any(|m| m.entity == Some(org) && m.form == MentionForm::Demonym);
        if cx
            .res
            .rules
            .lexis
            .syntax
            .locative
            .has(cx.res.rules.vocab.id(&before))
            && !demonym
        {
            continue;
        }
        // "British director X", "a US economist": a nationality heads or employs no one.
        let last = t.role.rsplit([' ', '-']).next().unwrap_or("");
        let nationality_only = demonym
            && (cx.res.rules.org_titles.contains(t.role.as_str())
                || cx.res.rules.org_titles.contains(last));
        if org == t.person
            || nationality_only
            || !matches!(
                t.implies,
                Relation::Leads | Relation::MemberOf | Relation::Represents
            )
            || t.sentence >= cx.seg.sentences.len()
        {
            continue;
        }
        // "Acme's UK chief executive X": a body's head before a country heads no country;
        // a town may be a club's name misread ("Chelsea chief executive X").
        let scope = t.implies == Relation::Leads
            && (cx.res.rules.lexis).class_has_phrase("body_head_titles", t.role.split_whitespace())
            && mentions
                .iter()
                .find(|m| m.entity == Some(org))
                .is_some_and(|m| m.kind == EntityKind::Country);
        if scope || !seen.insert((t.person, org, t.sentence)) {
            continue;
        }
        let rule = format!("title/{}", t.rule);
        out.push(LocalRelation {
            source: t.person,
            relation: t.implies,
            target: org,
            evidence: cx.evidence(t.sentence, t.title_span, &rule),
        });
    }
}

/// "the Obama administration": the person named leads what the mention stands for.
fn government_links(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    rs: &RuleSet,
    push: &mut dyn FnMut(usize, Relation, usize, Evidence),
) {
    for it in &v.items {
        let Some(sl) = it.slot else { continue };
        if !matches!(sl.kind, EntityKind::Country | EntityKind::Organization) {
            continue;
        }
        let words: Vec<&str> = it.lower.split_whitespace().collect();
        if words.len() != 2 || !rs.file.government_nouns.iter().any(|g| g == words[1]) {
            continue;
        }
        let surname = words[0];
        let people: Vec<usize> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == EntityKind::Person
                    && e.name
                        .split_whitespace()
                        .last()
                        .map(|w| w.to_lowercase())
                        .as_deref()
                        == Some(surname)
            })
            .map(|(i, _)| i)
            .collect();
        if let [p] = people[..] {
            push(
                p,
                Relation::Leads,
                sl.entity,
                cx.evidence(v.sentence, it.span, "government-noun"),
            );
        }
    }
}

/// Speakers of reported statements in one sentence: "X said ...", "according to X".
pub(crate) struct Speakers(Vec<Match>);

impl Speakers {
    /// The entity of the first speaker stated outright who can speak for themselves.
    fn first_actor(&self, v: &View) -> Option<usize> {
        self.0
            .iter()
            .filter(|m| m.modality == Modality::Asserted)
            .filter_map(|m| m.s.first().and_then(|&i| v.items[i].slot))
            .find(|&s| evaluation::is_actor(s))
            .map(|s| s.entity)
    }

    /// The attribution patterns' matches in `v`.
    fn of(rs: &RuleSet, v: &View, present: &pattern::Present) -> Speakers {
        Speakers(
            rs.attribution
                .iter()
                .zip(&rs.attribution_needs)
                .flat_map(|(els, need)| {
                    pattern::find_all_in(els, need, v, present, &rs.lexis, (&[], &[]))
                })
                .collect(),
        )
    }
}

/// Relations stated in one sentence, by verb frames and by the rules' patterns, with
/// modality and attribution; `games` is set in a report of games, `quoting` names the
/// speaker of a quotation an earlier sentence opened. With them, the sentence's own
/// speaker, if it names one.
fn sentence_relations(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    games: bool,
    quoting: Option<usize>,
) -> (Vec<LocalRelation>, Option<usize>) {
    let rs = &cx.res.rules;
    let present = pattern::Present::of(v, &rs.vocab);
    let speakers = Speakers::of(rs, v, &present);
    let mut out = Vec::new();
    verbs::frame_relations(cx, v, entities, &speakers, &mut out);
    affiliation::affiliations(cx, v, entities, &mut out);
    nouns::noun_relations(cx, v, entities, &mut out);
    evaluation::quoted_criticism(cx, v, entities, &speakers, &mut out);
    evaluation::characterized_criticism(cx, v, entities, &speakers, &mut out);
    let speaker = speakers.first_actor(v);
    if let Some(q) = quoting.filter(|_| speakers.0.is_empty()) {
        evaluation::carried_criticism(cx, v, entities, q, &mut out);
    }
    pattern_relations(cx, v, entities, &present, &speakers, games, &mut out);
    (out, speaker)
}

/// Relations read by the rules' free patterns (appositions, copulas, lists).
fn pattern_relations(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    present: &pattern::Present,
    speakers: &Speakers,
    games: bool,
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    let mut covered: Vec<(usize, usize, Relation)> = Vec::new();
    for rule in &rs.rules {
        let defaults = (&rule.source[..], &rule.target[..]);
        for m in pattern::find_all_in(&rule.els, &rule.need, v, present, &rs.lexis, defaults) {
            let by_title = m.title.map(|r| {
                let r = longer_title(rs, &v.items[m.start..m.end], r);
                let r = demoted_by_modifier(rs, &v.items[m.start..m.end], r);
                let r = demoted_before_match(rs, &v.items, m.start, r);
                // "named X as head of sales", "X, head of policy at the charity Y": a
                // field may follow the title, at the match's end or inside it.
                let field = || {
                    let title_chunk = (m.start..m.end)
                        .find(|&t| {
                            v.items[t].slot.is_none() && rs.lexis.title_at(&v.items, t).is_some()
                        })
                        .and_then(|t| v.chunk_of(t));
                    let end_chunk = v.chunks.iter().position(|c| c.end == m.end);
                    let ends_in_title = v.items[m.end - 1].slot.is_none();
                    title_chunk.is_some_and(|np| affiliation::field_of(rs, v, np))
                        || ends_in_title
                            && end_chunk.is_some_and(|np| affiliation::field_of(rs, v, np))
                };
                if r == Relation::Leads && field() {
                    Relation::MemberOf
                } else {
                    r
                }
            });
            let Some(relation) = rule.relation.or(by_title) else {
                continue;
            };
            let span = m.span(v);
            let titled = rule.relation.is_none();
            for &a in &m.a {
                for &b in &m.b {
                    let (Some(sa), Some(sb)) = (v.items[a].slot, v.items[b].slot) else {
                        continue;
                    };
                    let (b, sb) = match named_unit_after(rs, v, b) {
                        Some(unit) if titled => unit,
                        _ => (b, sb),
                    };
                    // In a report of games a full name in title case is a player's
                    // ("England's Charlie Hodgson and Olly Barkley").
                    let player = |s: Slot| games && full_name(&entities[s.entity].name);
                    let guessed = |s: Slot| {
                        s.kind == EntityKind::Person
                            && entities[s.entity].kind_guessed
                            && !player(s)
                    };
                    if sa.entity == sb.entity || (rule.sure_people && (guessed(sa) || guessed(sb)))
                    {
                        continue;
                    }
                    // "spoke to Sisi's government": the object is what X has, not X.
                    if v.items.get(b + 1).is_some_and(|it| it.is("'s")) && b + 1 >= m.end {
                        continue;
                    }
                    // "chief executive of US firm Y": a country before a noun says what
                    // kind of firm, not whose title it is; but "in favour of the French
                    // initiative" backs France.
                    let noun_after = v
                        .items
                        .get(b + 1)
                        .is_some_and(|it| it.slot.is_none() && it.tag.is_noun());
                    // In any rule, a country before nouns and a name describes the name:
                    // "a deal with US firm Yahoo" is no deal with the US.
                    if sb.kind == EntityKind::Country
                        && noun_after
                        && b + 1 >= m.end
                        && (titled || describes_name_after(&v.items, b))
                    {
                        continue;
                    }
                    // Telling a news outlet is reporting, not diplomacy.
                    if matches!(relation, Relation::Told | Relation::Consulted)
                        && is_press(rs, v, entities, sb.entity, b, b + 1)
                    {
                        continue;
                    }
                    // A later, shorter match inside an earlier one adds nothing.
                    if covered.iter().any(|&(s, e, r)| {
                        r == relation && s <= m.start && m.end <= e && (s, e) != (m.start, m.end)
                    }) {
                        continue;
                    }
                    // "chief executive of Acme UK": the head of a national arm is a
                    // member of the whole.
                    let arm = v
                        .items
                        .get(b + 1)
                        .and_then(|it| it.slot)
                        .is_some_and(|s| s.kind == EntityKind::Country);
                    let unit = unit_after(rs, v, b);
                    let relation = match relation {
                        Relation::Leads if titled && (arm || unit) => Relation::MemberOf,
                        other => other,
                    };
                    let stated = Stated {
                        source: sa.entity,
                        relation: by_own_title(rs, &v.items[a], relation),
                        target: sb.entity,
                        span,
                        items: (m.start, m.end),
                        modality: pattern::stronger(m.modality, condition_on(rs, v, &m)),
                        rule: &rule.id,
                    };
                    out.push(stated.relation(cx, v, entities, speakers));
                }
            }
            covered.push((m.start, m.end, relation));
        }
    }
}

/// The modality a condition opening right before a match gives it: "if X were a leader
/// in Japan" states no leadership, a clause with a verb under "if" being only supposed;
/// a name and its title set off by commas there ("if X, Acme's chairman, resigns") are
/// still stated.
fn condition_on(rs: &RuleSet, v: &View, m: &Match) -> Modality {
    let conditional = m
        .start
        .checked_sub(1)
        .is_some_and(|k| rs.lexis.syntax.conditional.has(v.items[k].sym));
    let verb = v.items[m.start..m.end].iter().any(|it| it.tag.is_verb());
    if conditional && verb {
        Modality::Hypothetical
    } else {
        Modality::Asserted
    }
}

/// Whether `noun` after a body's name names a unit of it, by the rules' `led_units`:
/// "the Senate panel", "the Acme committee"; not a noun that names the body itself
/// (`name_heads`: "the Menatep group").
fn unit_of_body(rs: &RuleSet, noun: &str) -> bool {
    rs.lexis.class_has_word("led_units", noun) && !rs.lexis.class_has_word("name_heads", noun)
}

/// The unit named between the owner at item `b` and a noun of the rules' `units`, with
/// its item: the title in "president of its Acme Foods subsidiary" or "head of Zenith's
/// Acme Foods unit" is of Acme Foods.
fn named_unit_after(rs: &RuleSet, v: &View, b: usize) -> Option<(usize, Slot)> {
    let i = match v.items.get(b + 1)?.is("'s") || v.items[b + 1].is("'") {
        true => b + 2,
        false => b + 1,
    };
    let unit = v
        .items
        .get(i)?
        .slot
        .filter(|s| s.kind == EntityKind::Organization && s.form == MentionForm::Name)?;
    let head = &v.items[v.chunks[v.chunk_of(i)?].head];
    let is_unit = head.slot.is_none() && rs.lexis.class_has_word("units", &head.lower);
    is_unit.then_some((i, unit))
}

/// Whether the name at item `b` names the body of a unit after it, the noun right after
/// it or the head of its noun phrase further on: the head of "the Senate panel" or of
/// "the Commons public accounts committee" is a member of the body; but "its Acme Foods
/// unit" and "the Menatep group" name the unit itself.
fn unit_after(rs: &RuleSet, v: &View, b: usize) -> bool {
    let head = v.chunk_of(b).map(|k| v.chunks[k].head).filter(|&h| h > b);
    [Some(b + 1), head].into_iter().flatten().any(|i| {
        v.items
            .get(i)
            .is_some_and(|it| it.slot.is_none() && it.tag.is_noun() && unit_of_body(rs, &it.lower))
    })
}

/// Whether the country at item `b` opens a description of a name after it: common
/// nouns and then the name ("US firm Yahoo", "Scottish club Rangers").
fn describes_name_after(items: &[super::layer::view::Item], b: usize) -> bool {
    let nouns = items[b + 1..]
        .iter()
        .take_while(|it| it.slot.is_none() && it.tag.is_noun())
        .count();
    items
        .get(b + 1 + nouns)
        .and_then(|it| it.slot)
        .is_some_and(|s| s.form == MentionForm::Name)
}

/// The relation of a longer title that a pattern read as a modifier and a shorter title:
/// in "X, chief executive of Y" the title is "chief executive" (leads), not "chief" and
/// "executive" (member_of).
fn longer_title(rs: &RuleSet, items: &[super::layer::view::Item], read: Relation) -> Relation {
    for p in 1..items.len() {
        let Some((len, rel)) = rs.lexis.title_at(items, p) else {
            continue;
        };
        let before = &items[p - 1];
        if rel != read || before.slot.is_some() || !rs.lexis.class_has_word("mod", &before.lower) {
            continue;
        }
        if let Some((_, longer)) = rs
            .lexis
            .title_at(items, p - 1)
            .filter(|&(l, _)| l == len + 1)
        {
            return longer;
        }
    }
    read
}

/// A head's title read by a pattern is a member's after a demoting modifier among the
/// matched words up to the preposition after the title ("X, regional director of Y"
/// does not lead Y; "X, head of industry body Y" does).
fn demoted_by_modifier(
    rs: &RuleSet,
    items: &[super::layer::view::Item],
    relation: Relation,
) -> Relation {
    let title = (0..items.len())
        .find(|&p| items[p].slot.is_none() && rs.lexis.title_at(items, p).is_some())
        .unwrap_or(0);
    let end = (title..items.len())
        .find(|&p| items[p].slot.is_none() && items[p].tag == Tag::In)
        .unwrap_or(items.len());
    let demoted = (0..end).any(|q| items[q].slot.is_none() && demotes_title(rs, items, q));
    // "X, a director of Y": the article before the title, or opening the role read as a
    // mention of X.
    let indefinite = (0..end).any(|q| {
        let it = &items[q];
        match it.slot {
            None => q + 1 == title && indefinite(rs, &it.lower),
            Some(s) => {
                matches!(s.form, MentionForm::Title | MentionForm::Nominal)
                    && role_of_several(rs, &it.lower)
            }
        }
    });
    if relation == Relation::Leads && (demoted || indefinite) {
        Relation::MemberOf
    } else {
        relation
    }
}

/// A head's title read by a pattern that opens on it is a member's after a demoting
/// modifier right before the match: "Shadow leader of the Commons X" leads nothing.
fn demoted_before_match(
    rs: &RuleSet,
    items: &[super::layer::view::Item],
    start: usize,
    relation: Relation,
) -> Relation {
    let opens_on_title = items
        .get(start)
        .is_some_and(|it| it.slot.is_none() && rs.lexis.title_at(items, start).is_some());
    let demoted = opens_on_title
        && items[..start]
            .iter()
            .rev()
            .take_while(|it| it.slot.is_none() && rs.qualifies_title(&it.lower))
            .any(|it| rs.title_demoters.contains(it.lower.as_str()));
    if relation == Relation::Leads && demoted {
        Relation::MemberOf
    } else {
        relation
    }
}

/// A membership read for a person named by their title ("The chairman of the Bar
/// Council, Guy Mansfield"): the title says whether they lead it.
fn by_own_title(rs: &RuleSet, it: &super::layer::view::Item, relation: Relation) -> Relation {
    let titled = it
        .slot
        .is_some_and(|s| matches!(s.form, MentionForm::Title | MentionForm::Nominal));
    if relation != Relation::MemberOf || !titled {
        return relation;
    }
    let demoted = rs.any_demoter(it.lower.split_whitespace()) || role_of_several(rs, &it.lower);
    match super::layer::titles::slot_title(rs, &it.lower) {
        Some(Relation::Leads) if !demoted => Relation::Leads,
        _ => relation,
    }
}

/// Whether `name` is two words or more, each with a lower-case letter after its first,
/// as people's names are written: "Olly Barkley"; not "RBS Six Nations".
pub(super) fn full_name(name: &str) -> bool {
    let title_case = |w: &str| w.chars().skip(1).any(char::is_lowercase);
    name.split_whitespace().nth(1).is_some() && name.split_whitespace().all(title_case)
}

/// Whether entity `e` is a news outlet or audience: one the rules list, or one whose
/// name says so ("the Financial Times", "BBC Radio 4").
fn is_media(rs: &RuleSet, entities: &[LocalEntity], e: usize) -> bool {
    let name = &entities[e].name;
    // "BBC Wales", "CNN International": an outlet's regional or foreign service.
    let outlets_service = || {
        name.split_once(' ')
            .is_some_and(|(first, _)| rs.media.contains(&crate::graph::name_key(first)))
    };
    rs.media.contains(&crate::graph::name_key(name))
        || outlets_service()
        || name_ends_in(rs, name, "press_name_tails")
        || name
            .to_lowercase()
            .split_whitespace()
            .any(|w| rs.lexis.class_has_word("press_name_words", w))
}

/// Whether entity `e` acts in words: a person, or a political party by its name's last
/// word ("Conservative Party", "Liberal Democrats").
fn acts_in_words(rs: &RuleSet, entities: &[LocalEntity], e: usize) -> bool {
    let ent = &entities[e];
    ent.kind == EntityKind::Person
        || (ent.kind == EntityKind::Organization && name_ends_in(rs, &ent.name, "party_name_tails"))
}

/// Whether the last word of `name`, in lower case, is one of the rules' word `class`.
fn name_ends_in(rs: &RuleSet, name: &str, class: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| rs.lexis.class_has_word(class, &w.to_lowercase()))
}

/// Items before a name searched for the outlet that owns it ("BBC Radio 4's Today").
const MEDIA_OWNER_REACH: usize = 4;

/// Whether entity `e`, named by items `from..to` of `v`, is a news outlet: by name, by
/// a noun for one beside it ("told Dutch newspaper X", "told the BBC's X programme"),
/// or as an outlet's own ("told BBC Two's Newsnight").
fn is_press(
    rs: &RuleSet,
    v: &View,
    entities: &[LocalEntity],
    e: usize,
    from: usize,
    to: usize,
) -> bool {
    let window = from.saturating_sub(1)..(to + 1).min(v.items.len());
    // "BBC Two's Newsnight", "BBC Radio 4's Today": an outlet's own, whose name may run
    // on in words before the possessive.
    let owned_by_media = || {
        let start = from.saturating_sub(MEDIA_OWNER_REACH);
        (start..to).filter(|&i| v.items[i].is("'s")).any(|i| {
            v.items[start..i]
                .iter()
                .rev()
                .find_map(|it| it.slot)
                .is_some_and(|s| s.entity != e && is_media(rs, entities, s.entity))
        })
    };
    is_media(rs, entities, e)
        || v.items[window]
            .iter()
            .any(|it| it.slot.is_none() && rs.lexis.class_has_word("press_nouns", &it.lower))
        || owned_by_media()
}

/// The speaker the items `start..end` are reported by: "X said ...", "... , X said",
/// "according to X".
/// A relation a rule read in a sentence: where it is stated (`span` in the text,
/// `items` in the view), how, and by which rule.
pub(super) struct Stated<'r> {
    pub source: usize,
    pub relation: Relation,
    pub target: usize,
    pub span: Span,
    pub items: (usize, usize),
    pub modality: Modality,
    pub rule: &'r str,
}

impl Stated<'_> {
    /// The relation with its evidence, attributed to whoever the sentence quotes.
    pub(super) fn relation(
        self,
        cx: &Context<'_>,
        v: &View,
        entities: &[LocalEntity],
        speakers: &Speakers,
    ) -> LocalRelation {
        let mut ev = cx.evidence(v.sentence, self.span, self.rule);
        ev.modality = self.modality;
        let ends = [self.source, self.target];
        ev.attributed_to = attribution(speakers, self.items, v, entities, &ends);
        LocalRelation {
            source: self.source,
            relation: self.relation,
            target: self.target,
            evidence: ev,
        }
    }
}

fn attribution(
    speakers: &Speakers,
    (start, end): (usize, usize),
    v: &View,
    entities: &[LocalEntity],
    ends: &[usize],
) -> Option<String> {
    let mut best: Option<(usize, usize)> = None;
    for s in &speakers.0 {
        if s.end > start && s.start < end {
            continue;
        }
        let Some(&si) = s.s.first() else { continue };
        let Some(slot) = v.items[si].slot else {
            continue;
        };
        if ends.contains(&slot.entity) {
            // The speaker is an end of the relation: a direct statement.
            return None;
        }
        let dist = if s.end <= start {
            start - s.end
        } else {
            s.start - end
        };
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, slot.entity));
        }
    }
    best.map(|(_, e)| entities[e].name.clone())
}

#[cfg(test)]
pub(crate) mod tests;

/// The most mentioned entity of a kind in an article, and how often the next one is
/// mentioned: what "the article is about" rests on.
struct MostMentioned {
    entity: usize,
    mentions: usize,
    runner_up: usize,
}

/// The entity of `kind` with the most mentions (the later one on a tie).
fn most_mentioned(entities: &[LocalEntity], kind: EntityKind) -> Option<MostMentioned> {
    let mut counts: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == kind)
        .map(|(i, e)| (e.mentions, i))
        .collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let &(mentions, entity) = counts.first()?;
    Some(MostMentioned {
        entity,
        mentions,
        runner_up: counts.get(1).map_or(0, |c| c.0),
    })
}
