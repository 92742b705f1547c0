//! Actors named by noun phrases, for every reader of the layer: a name at the head, or
//! the organisation or country whose people the phrase speaks of ("Israeli troops",
//! "the foreign ministers of Iran").

use super::chunk::ChunkKind;
use super::view::{Item, Slot, View};
use crate::extract::rules::RuleSet;
use crate::model::{EntityKind, MentionForm};
use crate::text::tagger::Tag;

/// The entity a noun phrase stands for as an actor: its head, or what names the people
/// it speaks of ("Israeli troops", "the party's leadership").
pub(crate) fn actor_slot(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    named_actor(rs, v, np)
        .or_else(|| agents_actor(rs, v, np))
        .or_else(|| ruler_actor(rs, v, np))
}

/// "the Shevardnadze regime", "the Bush administration": a ruler's government, named
/// by the person before it, stands for the person.
fn ruler_actor(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    let head = &v.items[c.head];
    if c.kind != ChunkKind::Noun
        || head.slot.is_some()
        || !rs.lexis.class_has_word(RULER_BODIES, &head.lower)
    {
        return None;
    }
    // Not "Sisi's government", which is as much the country's.
    let det_or_none = c.head == c.start + 1 || rs.lexis.det_at(&v.items, c.start);
    modifier_owner(v, np)
        .filter(|s| s.kind == EntityKind::Person && possessor(v, np).is_none() && det_or_none)
}

/// The rules' class of nouns for a government a ruler's name may stand before: "the
/// Mugabe government".
const RULER_BODIES: &str = "ruler_bodies";

/// The entity a noun phrase names itself: its head, or a name before an amount or a
/// kind of organisation ("fined Acme £2m", "the Labour party").
pub(crate) fn named_actor(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    if c.kind != ChunkKind::Noun {
        return None;
    }
    // "refused to fight an Israeli": one of a people is no act of its state.
    let one_of_a_people = |sl: &Slot| {
        let first = &v.items[c.start];
        sl.form == MentionForm::Demonym && c.head > c.start && (first.is("a") || first.is("an"))
    };
    v.items[c.head]
        .slot
        .filter(|sl| !one_of_a_people(sl))
        .or_else(|| name_before_amount(v, np))
        .or_else(|| name_before_kind(rs, v, np))
}

/// "the foreign ministers of Iran", "the party's leadership", "Israeli troops": the
/// people of an organisation or country stand for it. What follows "of" names it
/// before a modifier does: "the two German members of the Commission" are the
/// Commission's. A body that acts on its own stands for no one: "told a Russian
/// court" tells no state.
fn agents_actor(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    let head = &v.items[c.head];
    if c.kind != ChunkKind::Noun
        || !rs.agent_nouns.has(head.sym)
        || rs.lexis.class_has_word(OWN_ACT_BODIES, &head.lower)
    {
        return None;
    }
    let irregular = rs.lexis.class_has_word("irregular_agents", &head.lower);
    possessor(v, np)
        .or_else(|| agents_of(rs, v, np))
        .or_else(|| modifier_owner(v, np))
        .filter(|s| s.kind != EntityKind::Person)
        .filter(|s| !irregular || s.kind == EntityKind::Organization)
}

/// The organisation or country named right after "of", "for" or "from" an agent noun
/// phrase: "the officials of the World Bank", "officials from the Home Office", "the
/// foreign minister of Iraq", "a spokesman for Acme", "members of the Fatah movement".
fn agents_of(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let n = after_prep_in(rs, v, np, AGENT_PREPS)?;
    body_at(rs, v, n).or_else(|| {
        // "the Minister of Foreign Affairs of Iraq", "the board of directors of Acme": a
        // field without a determiner that names no entity may stand between the title
        // and its body; "members of the Dahl family of Ruritania" are the family's.
        let field = &v.chunks[n];
        let named = v.items[field.start..field.end]
            .iter()
            .any(|it| it.slot.is_some());
        if named || rs.lexis.det_at(&v.items, field.start) {
            return None;
        }
        body_at(rs, v, after_prep(v, n, &["of"])?)
    })
}

/// The organisation or country noun phrase `np` names: its head, or a name before a
/// kind of body ("the Fatah movement").
fn body_at(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    (c.kind == ChunkKind::Noun)
        .then(|| v.items[c.head].slot.or_else(|| name_before_kind(rs, v, np)))
        .flatten()
        .filter(|s| matches!(s.kind, EntityKind::Organization | EntityKind::Country))
}

/// Every actor noun phrase `np` stands for, each with the chunk it was read from: its
/// [`actor_slot`], and the rest of a list it is the people of ([`listed_agents`]).
pub(crate) fn actors_at(rs: &RuleSet, v: &View, np: usize) -> Vec<(Slot, usize)> {
    let first = actor_slot(rs, v, np).map(|s| (s, np));
    first.into_iter().chain(listed_agents(rs, v, np)).collect()
}

/// The bodies after the first of a list an agent noun phrase is of, each with its
/// chunk: "the foreign ministers of Iran, Saudi Arabia and Turkey" stand for Saudi
/// Arabia and Turkey as well as for Iran, which [`actor_slot`] gives.
pub(crate) fn listed_agents(rs: &RuleSet, v: &View, np: usize) -> Vec<(Slot, usize)> {
    let c = &v.chunks[np];
    let agents = c.kind == ChunkKind::Noun
        && rs.agent_nouns.has(v.items[c.head].sym)
        && possessor(v, np).is_none()
        && named_actor(rs, v, np).is_none();
    let Some(n) = after_prep_in(rs, v, np, AGENT_PREPS).filter(|_| agents) else {
        return Vec::new();
    };
    if body_at(rs, v, n).is_none() {
        return Vec::new();
    }
    v.conjuncts(n)
        .into_iter()
        .skip(1)
        .filter_map(|j| body_at(rs, v, j).map(|s| (s, j)))
        .collect()
}

/// The rules' class of nouns for bodies whose acts are their own, not those of whoever
/// owns them: "Britain's highest court", "a Russian court".
pub(crate) const OWN_ACT_BODIES: &str = "own_act_bodies";

/// The rules' class of the prepositions after an agent noun that name whose people they
/// are: "officials of Y", "a spokesman for Y", "officials from Y".
const AGENT_PREPS: &str = "agent_preps";

/// The noun phrase right after the noun phrase `np` and a one-word preposition of the
/// rules' word class `class`.
pub(crate) fn after_prep_in(rs: &RuleSet, v: &View, np: usize, class: &str) -> Option<usize> {
    after_prep_where(v, np, |p| rs.lexis.class_has_word(class, &p.lower))
}

/// The chunk after a one-word preposition among `preps` right after chunk `np`: "the
/// officials | of | the World Bank".
pub(crate) fn after_prep(v: &View, np: usize, preps: &[&str]) -> Option<usize> {
    after_prep_where(v, np, |p| preps.iter().any(|w| p.is(w)))
}

/// The chunk after a one-word preposition that `is_prep` accepts, right after chunk `np`.
fn after_prep_where(v: &View, np: usize, is_prep: impl Fn(&Item) -> bool) -> Option<usize> {
    let p = v.chunks.get(np + 1)?;
    v.chunks.get(np + 2)?;
    let one_word = p.kind == ChunkKind::Prep && p.end == p.start + 1;
    (one_word && is_prep(&v.items[p.head])).then_some(np + 2)
}

/// "fined Acme £2m", "sued Zenith for $5bn": an amount the chunker joined to a name
/// is no head of its own; the name before it is.
pub(crate) fn name_before_amount(v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    let items = &v.items[c.start..=c.head];
    let amount = items
        .iter()
        .rev()
        .take_while(|it| it.slot.is_none() && it.is_amount())
        .count();
    if amount == 0 || amount == items.len() {
        return None;
    }
    items[items.len() - 1 - amount].slot
}

/// "headed the Menatep group", "joined the Labour party": a noun naming what kind of
/// organisation a name before it is stands for that name, past one lower-case noun
/// ("owns the Liffe derivatives exchange").
pub(crate) fn name_before_kind(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    let kinds = rs.lexis.classes.get("name_heads")?;
    let head = &v.items[c.head];
    let is_in = |class: &[Vec<String>]| class.iter().any(|k| k.len() == 1 && k[0] == head.lower);
    // "sold its Zenith unit": an owned unit's name stands for the unit; but "the Acme
    // unit" may be a unit of Acme.
    let owned = c.possessor.is_some()
        || rs
            .lexis
            .class_has_word("subject_possessives", &v.items[c.start].lower);
    let owned_unit = owned && rs.lexis.classes.get("units").is_some_and(|u| is_in(u));
    if c.head == c.start || !(is_in(kinds) || owned_unit) {
        return None;
    }
    let before = &v.items[c.head - 1];
    let noun = before.slot.is_none() && matches!(before.tag, Tag::Nn | Tag::Nns);
    let name = if noun && c.head - 1 > c.start {
        &v.items[c.head - 2]
    } else {
        before
    };
    name.slot
        .filter(|s| s.form == MentionForm::Name && s.kind == EntityKind::Organization)
}

/// The entity owning a noun phrase's head: its possessor, or the nearest entity among
/// its modifiers.
pub(crate) fn owner(v: &View, np: usize) -> Option<Slot> {
    possessor(v, np).or_else(|| modifier_owner(v, np))
}

/// The entity named by a noun phrase's possessive: "the party's leadership", or by
/// the name a relative "whose" follows ("Acme, whose board rejected the offer").
pub(crate) fn possessor(v: &View, np: usize) -> Option<Slot> {
    v.chunks[np]
        .possessor
        .and_then(|p| v.items[p].slot)
        .or_else(|| whose_antecedent(v, np))
}

/// The name before the comma that opens noun phrase `np` with "whose".
fn whose_antecedent(v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    if c.kind != ChunkKind::Noun || v.items[c.start].tag != Tag::WpS || np < 2 {
        return None;
    }
    let (comma, before) = (&v.chunks[np - 1], &v.chunks[np - 2]);
    (comma.kind == ChunkKind::Comma && before.kind == ChunkKind::Noun)
        .then(|| v.items[before.head].slot)
        .flatten()
}

/// The nearest entity among a noun phrase's modifiers: "Israeli troops".
fn modifier_owner(v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    v.items[c.start..c.head].iter().rev().find_map(|it| it.slot)
}
