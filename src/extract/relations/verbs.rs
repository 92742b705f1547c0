//! Relations stated by verbs: each clause's subjects, verb and objects read against the
//! verb rules ("Brown rejected the Lib Dems' call", "Y was criticised by X", "Canada and
//! the EU told Japan").

use super::{is_press, Speakers, Stated};
use crate::extract::layer::actor::{
    actor_slot, actors_at, after_prep, after_prep_in, listed_agents, name_before_amount,
    name_before_kind, named_actor, owner, possessor, OWN_ACT_BODIES,
};
use crate::extract::layer::chunk::{Chunk, ChunkKind, Voice};
use crate::extract::layer::clause::{Frame, PrepObject};
use crate::extract::layer::view::{Slot, View};
use crate::extract::rules::{RuleSet, VerbArgs, VerbSense};
use crate::extract::{Context, LocalEntity, LocalRelation};
use crate::model::{EntityKind, Relation, Span};
use crate::text::tagger::Tag;

/// The rules' classes of nouns for a unit inside an organisation that someone heads
/// or joins ("division", "team").
const UNIT_CLASSES: [&str; 2] = ["units", "led_units"];

/// The relations every verb frame of `v` states.
pub(super) fn frame_relations(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    speakers: &Speakers,
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    for f in &v.frames {
        let verb = &v.chunks[f.verb];
        if verb.verb.copula {
            presence(cx, v, f, entities, speakers, out);
            continue;
        }
        let Some(senses) = rs.verbs.get(v.items[verb.head].lower.as_str()) else {
            continue;
        };
        for sense in senses {
            read_sense(cx, v, f, sense, entities, speakers, out);
        }
    }
}

/// "X has been in Afghanistan", "X, who is in Paris for talks": a person somewhere named
/// after a copula and a preposition of the rules' `presence_preps` is visiting it.
fn presence(
    cx: &Context<'_>,
    v: &View,
    f: &Frame,
    entities: &[LocalEntity],
    speakers: &Speakers,
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    let Some(preps) = rs.lexis.classes.get("presence_preps") else {
        return;
    };
    // "X is a champion in Melbourne", "X is in hospital in Y": only the copula's own
    // first complement places the subject.
    let Some(first) = f.preps.first().filter(|_| f.objects.is_empty()) else {
        return;
    };
    let prep = &v.items[first.prep.0..first.prep.1];
    if !preps
        .iter()
        .any(|p| p.len() == prep.len() && prep.iter().zip(p).all(|(it, w)| it.lower == *w))
    {
        return;
    }
    let people = f.subjects.iter().filter_map(|&s| {
        v.head_slot(s)
            .filter(|sl| sl.kind == EntityKind::Person)
            .map(|sl| (s, sl))
    });
    for (s, person) in people {
        for &p in &first.nouns {
            // "in government Britain suffered": the place must open its phrase.
            let c = &v.chunks[p];
            let opens = v.items[c.start..c.head]
                .iter()
                .all(|it| rs.lexis.dets.iter().any(|d| *d == it.lower));
            let Some(place) = v
                .head_slot(p)
                .filter(|sl| matches!(sl.kind, EntityKind::Country | EntityKind::Place))
                .filter(|_| opens)
            else {
                continue;
            };
            let stated = Stated {
                source: person.entity,
                relation: Relation::Visited,
                target: place.entity,
                span: frame_span(v, f.verb, &[s, p]),
                items: frame_items(v, f.verb, &[s, p]),
                modality: f.modality,
                rule: "presence",
            };
            out.push(stated.relation(cx, v, entities, speakers));
        }
    }
}

/// The relations one sense of a frame's verb states between its arguments.
fn read_sense(
    cx: &Context<'_>,
    v: &View,
    f: &Frame,
    sense: &VerbSense,
    entities: &[LocalEntity],
    speakers: &Speakers,
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    let rule = &rs.file.verbs[sense.rule];
    if rule.passive_only && f.voice != Voice::Passive {
        return;
    }
    let Some((sources, targets, voice)) = arguments(rs, v, f, sense) else {
        return;
    };
    let read = Reading {
        cx,
        v,
        f,
        rule_id: format!("{}/{voice}", rule.id),
    };
    // "the foreign ministers of France and Spain": each country of the list acts.
    let actors: Vec<(Slot, usize)> = sources.iter().flat_map(|&a| actors_at(rs, v, a)).collect();
    // "Ireland and Munster lock X dismissed reports linking him to ...": one of the
    // subjects is no object of the others.
    let acting = |e: usize| actors.iter().any(|(s, _)| s.entity == e);
    for &(sa, a) in actors
        .iter()
        .filter(|(s, _)| sense.source.contains(&s.kind))
    {
        let relation = match rule.spoken {
            Some(r) if super::acts_in_words(rs, entities, sa.entity) => r,
            _ => rule.relation,
        };
        // "two Assembly members defected to Veritas": people of a body joining another
        // make no member of the body itself; "bought six jets from Zenith": goods bought
        // from a body make no part of the buyer of the body itself.
        let bought_from = relation == Relation::PartOf && after_prep(v, a, &["from"]).is_some();
        if (relation == Relation::MemberOf || bought_from) && named_actor(rs, v, a).is_none() {
            continue;
        }
        for &t in &targets {
            if rule.owned_object && v.items[v.chunks[t].head].slot.is_some() {
                continue;
            }
            // "who heads Acme's research team", "joined Acme's research team": the head
            // or a member of a unit is a member of the body it belongs to.
            let unit_owner = matches!(relation, Relation::Leads | Relation::MemberOf)
                .then(|| unit_owner(rs, v, t))
                .flatten();
            let of_unit = unit_owner.is_some();
            let (relation, mut found) = match unit_owner {
                Some(owner) => (Relation::MemberOf, vec![owner]),
                None => (relation, targets_at(rs, v, t, relation)),
            };
            if found.is_empty() && rule.place_of_object {
                found.extend(place_of(v, t));
            }
            // "Labour attacked the Tories' plans": attacking what someone proposes is
            // done in words.
            let relation = match rule.spoken {
                Some(r) if proposal_head(rs, v, t) => r,
                _ => relation,
            };
            for (sb, b) in found {
                // "joined two girls from St Mary's School": joining a body's people makes
                // no member of the body; sitting on its board does.
                let head = &v.items[v.chunks[b].head];
                let people = named_actor(rs, v, b).is_none()
                    && !rs.lexis.class_has_word("boards", &head.lower);
                if relation == Relation::MemberOf && people && !of_unit {
                    continue;
                }
                if sense.target.contains(&sb.kind) && !acting(sb.entity) {
                    let ends = ((sa, a), (sb, b));
                    out.extend(read.pair(relation, ends, t, entities, speakers));
                }
            }
        }
    }
}

/// One verb sense read in one frame, for each pair of its arguments.
struct Reading<'a> {
    cx: &'a Context<'a>,
    v: &'a View,
    f: &'a Frame,
    /// The rule's id with the voice it was read in ("criticize/active").
    rule_id: String,
}

impl Reading<'_> {
    /// The relation between source `sa` (read from chunk `a`) and target `sb` (read
    /// from chunk `b`, for the object at chunk `t`), when the sense checks allow it;
    /// `relation` is the rule's for this source.
    fn pair(
        &self,
        relation: Relation,
        ((sa, a), (sb, b)): ((Slot, usize), (Slot, usize)),
        t: usize,
        entities: &[LocalEntity],
        speakers: &Speakers,
    ) -> Option<LocalRelation> {
        let (cx, v, f) = (self.cx, self.v, self.f);
        let rs = &cx.res.rules;
        if relation == Relation::Leads && !led_by_name(rs, v, t) {
            return None;
        }
        // "Moya led Spain to victory": one of the side, which a player leads to a
        // win as well as its head does.
        let relation = match relation {
            Relation::Leads if led_to_result(rs, v, t) => Relation::MemberOf,
            Relation::MemberOf if joint_act(rs, v, f, t) => Relation::Supports,
            other => other,
        };
        // "told the Harlow Gazette", "a spokesman contacted by Reuters": talking to
        // the press is reporting, whichever side it is on.
        let press = |s: Slot, np: usize| {
            let c = &v.chunks[np];
            is_press(rs, v, entities, s.entity, c.start, c.end)
        };
        if sa.entity == sb.entity || (relation.is_contact() && (press(sb, b) || press(sa, a))) {
            return None;
        }
        let stake = relation == Relation::PartOf && partial_ownership(rs, v, f);
        let (source, relation, target) = match stake {
            true => (sb.entity, Relation::Supports, sa.entity),
            false => (sa.entity, relation, sb.entity),
        };
        let stated = Stated {
            source,
            relation,
            target,
            span: frame_span(v, f.verb, &[a, b]),
            items: frame_items(v, f.verb, &[a, b]),
            modality: f.modality,
            rule: &self.rule_id,
        };
        Some(stated.relation(cx, v, entities, speakers))
    }
}

/// Whether the noun phrase at `np` names what is led: "X led a British team" leads no
/// country, "a World Bank team led by X" is a delegation, and "X chairs the Commons
/// work and pensions committee" heads no work of the Commons.
fn led_by_name(rs: &RuleSet, v: &View, np: usize) -> bool {
    v.items[v.chunks[np].head].slot.is_some()
        || name_before_amount(v, np)
            .or_else(|| name_before_kind(rs, v, np))
            .is_some()
}

/// Whether "to" and a word of a game's result follow the noun phrase at `np` ("to
/// victory", "to a 2-1 win", "to the title"), by the rules' `game_results`.
fn led_to_result(rs: &RuleSet, v: &View, np: usize) -> bool {
    v.noun_after_prep(np, "to").is_some_and(|n| {
        rs.lexis
            .class_has_word("game_results", &v.items[n.head].lower)
    })
}

/// "Acme joined Zenith in a bid for Y", "joined Zenith on the venture": the object is a
/// partner in an act, not a body the subject joins.
fn joint_act(rs: &RuleSet, v: &View, f: &Frame, np: usize) -> bool {
    let Some(p) = v.chunks.get(np + 1) else {
        return false;
    };
    let prep = v.items[p.head].lower.as_str();
    let lexis = &rs.lexis;
    let verb = &v.items[v.chunks[f.verb].head].lower;
    lexis.class_has_word("joint_act_verbs", verb)
        && lexis.class_has_word("joint_act_preps", prep)
        && v.noun_after_prep(np, prep)
            .is_some_and(|n| lexis.class_has_word("joint_acts", &v.items[n.head].lower))
}

/// "Zenith is partly owned by Acme", "jointly owned", "owned 15% by Acme": a share is a
/// stake, by which the owner supports the company, not a whole that makes it a part.
fn partial_ownership(rs: &RuleSet, v: &View, f: &Frame) -> bool {
    let c = &v.chunks[f.verb];
    let marked = rs.lexis.classes.get("partial").is_some_and(|marks| {
        v.items[c.start.saturating_sub(1)..c.end]
            .iter()
            .any(|it| marks.iter().any(|m| m.len() == 1 && m[0] == it.lower))
    });
    let share = f.voice == Voice::Passive
        && f.objects.iter().any(|&o| {
            let o = &v.chunks[o];
            v.items[o.start..o.end].iter().any(|it| it.tag == Tag::Cd)
        });
    marked || share
}

/// The noun phrases after a sense's prepositions, each at its first use after the verb,
/// unless a noun before it takes it.
fn verb_prep_objects(rs: &RuleSet, v: &View, f: &Frame, sense: &VerbSense) -> Vec<usize> {
    sense
        .preps
        .iter()
        .filter_map(|p| f.first_prep(&v.items, p))
        .filter(|p| !taken_by_noun(rs, v, p) && !taken_by_agents(rs, v, p))
        .filter(|p| !taken_by_adjective(v, f, p))
        .filter(|p| !sense.target.contains(&EntityKind::Place) || !placed_by_phrase(rs, v, p))
        .flat_map(|p| p.nouns.iter().copied())
        .collect()
}

/// Whether a place after the preposition says where the phrase before it is, a phrase
/// that is neither a place nor a time: "went on sale in Japan", "went to number one in
/// the UK"; not "arrived at hospital in Athens", "arrived on Monday in Cairo".
fn placed_by_phrase(rs: &RuleSet, v: &View, p: &PrepObject) -> bool {
    let syn = &rs.lexis.syntax;
    let Some(k) = v.chunks.iter().position(|c| c.end == p.prep.0) else {
        return false;
    };
    let prep = &v.items[p.prep.0..p.prep.1];
    let (noun, before) = (&v.chunks[k], k.checked_sub(1).map(|j| &v.chunks[j]));
    prep.len() == 1
        && syn.locative.has(prep[0].sym)
        && noun.kind == ChunkKind::Noun
        && !v.items[noun.head].is_time_noun(syn)
        && before
            .is_some_and(|b| b.kind == ChunkKind::Prep && !syn.locative.has(v.items[b.head].sym))
}

/// Whether the preposition belongs to an adjective right before it, past the verb's
/// object: in "proposed a system similar to Australia's" nothing is proposed to
/// Australia.
fn taken_by_adjective(v: &View, f: &Frame, p: &PrepObject) -> bool {
    let verb_end = v.chunks[f.verb].end;
    p.prep.0 > verb_end && v.items[p.prep.0 - 1].tag.is_adjective()
}

/// The chunk right before the preposition of `p`.
fn chunk_before_prep<'v>(v: &'v View, p: &PrepObject) -> Option<&'v Chunk> {
    v.chunks.iter().find(|c| c.end == p.prep.0)
}

/// Whether a preposition of agents belongs to the people named right before it: in
/// "joined two officials from Acme" or "joined pupils from Acme School" Acme is where
/// they come from, not what was joined.
fn taken_by_agents(rs: &RuleSet, v: &View, p: &PrepObject) -> bool {
    let Some(before) = chunk_before_prep(v, p) else {
        return false;
    };
    let head = &v.items[before.head];
    let prep = &v.items[p.prep.0..p.prep.1];
    before.kind == ChunkKind::Noun
        && head.slot.is_none()
        && (rs.agent_nouns.has(head.sym) || rs.lexis.class_has_word("people_from", &head.lower))
        && prep.len() == 1
        && rs.lexis.class_has_word("agent_preps", &prep[0].lower)
}

/// Whether a preposition belongs to the noun right before it, a noun a rule reads
/// with that preposition: in "flew to Tehran for talks with Y" Y is met, not flown
/// with.
fn taken_by_noun(rs: &RuleSet, v: &View, p: &PrepObject) -> bool {
    let Some(before) = chunk_before_prep(v, p) else {
        return false;
    };
    let prep = &v.items[p.prep.0..p.prep.1];
    before.kind == ChunkKind::Noun
        && rs
            .nouns
            .get(v.items[before.head].lower.as_str())
            .is_some_and(|rules| {
                rules.iter().any(|&k| {
                    let preps = &rs.file.nouns[k].preps;
                    prep.len() == 1 && preps.iter().any(|w| *w == prep[0].lower)
                })
            })
}

/// The noun phrases a relation goes from and to, by the sense's arguments and the
/// frame's voice, and the name of the voice for the rule id.
fn arguments(
    rs: &RuleSet,
    v: &View,
    f: &Frame,
    sense: &VerbSense,
) -> Option<(Vec<usize>, Vec<usize>, &'static str)> {
    let preps = || verb_prep_objects(rs, v, f, sense);
    // "X was criticised by Y": the subject undergoes, the agent acts.
    let subjects = subjects(rs, v, f);
    let (agents, patients) = match f.voice {
        Voice::Active => (subjects, objects(rs, v, f, sense)),
        Voice::Passive if sense.args == VerbArgs::ObjectPrep => (Vec::new(), subjects),
        // "was taken over by Y": a required particle is the verb's own.
        Voice::Passive if !sense.prep_required || particle_is_prep(v, f, sense) => {
            (f.agents(&v.items, &v.chunks), subjects)
        }
        Voice::Passive => return None,
    };
    let voice = match f.voice {
        Voice::Active => "active",
        Voice::Passive => "passive",
    };
    Some(match sense.args {
        VerbArgs::SubjectObject => (agents, patients, voice),
        VerbArgs::ObjectSubject => (patients, agents, voice),
        VerbArgs::ObjectPrep => (patients, preps(), voice),
        // A company sold by name or pronoun makes a part of the buyer ("sold it to
        // Southcorp"), which says the deal.
        VerbArgs::PrepSubject if names_object(v, f) => return None,
        VerbArgs::PrepSubject => (preps(), agents, voice),
    })
}

/// Whether a direct object of the frame is a name or a pronoun.
fn names_object(v: &View, f: &Frame) -> bool {
    f.objects
        .iter()
        .any(|&o| v.head_slot(o).is_some() || v.items[v.chunks[o].head].tag == Tag::Prp)
}

/// A frame's subjects, a time phrase taken for one replaced by the noun phrase right
/// before it: in "Sir Bo Dahl last month backed the plan" Bo Dahl backed it, not "last
/// month".
fn subjects(rs: &RuleSet, v: &View, f: &Frame) -> Vec<usize> {
    let is_time = |k: usize| {
        let c = &v.chunks[k];
        let items = &v.items[c.start..c.end];
        let words: Vec<&str> = items.iter().map(|it| it.lower.as_str()).collect();
        c.kind == ChunkKind::Noun
            && items.iter().all(|it| it.slot.is_none())
            && rs.calendar.is_time_phrase(&words)
    };
    f.subjects
        .iter()
        .map(|&s| {
            let before = s.checked_sub(1).filter(|&p| {
                v.chunks[p].kind == ChunkKind::Noun && v.chunks[p].end == v.chunks[s].start
            });
            match before {
                Some(p) if is_time(s) => p,
                _ => s,
            }
        })
        .collect()
}

/// Whether the verb group's particle is one of the sense's prepositions ("took over",
/// "snapped up").
fn particle_is_prep(v: &View, f: &Frame, sense: &VerbSense) -> bool {
    v.chunks[f.verb].verb.particle.is_some_and(|p| {
        let w = &v.items[p].lower;
        sense.preps.iter().any(|p| p.len() == 1 && p[0] == *w)
    })
}

/// The noun phrases a sense takes as objects: after its prepositions, or the direct
/// objects when none is required. A required preposition that the verb group took as
/// its particle ("took over Y") leaves the object direct; "sold Y to Z" sells Y.
fn objects(rs: &RuleSet, v: &View, f: &Frame, sense: &VerbSense) -> Vec<usize> {
    if sense.args == VerbArgs::ObjectPrep {
        return f.objects.clone();
    }
    let particle = v.chunks[f.verb].verb.particle;
    let particle_is_prep = particle_is_prep(v, f, sense);
    // "called off its attack on Y" is no "call on Y": after a phrasal verb of another
    // particle and its object, the preposition belongs to the object.
    let other_phrasal = particle.is_some() && !particle_is_prep && !f.objects.is_empty();
    if other_phrasal && sense.prep_required {
        return Vec::new();
    }
    let mut out = verb_prep_objects(rs, v, f, sense);
    if !sense.prep_required || particle_is_prep {
        out.extend(&f.objects);
    }
    out
}

/// Every entity a noun phrase stands for as an object, each with the chunk it was read
/// from: as [`target_of`], and the rest of a list it is the people of ("criticised the
/// governments of France and Spain").
pub(super) fn targets_at(
    rs: &RuleSet,
    v: &View,
    np: usize,
    relation: Relation,
) -> Vec<(Slot, usize)> {
    let first = target_of(rs, v, np, relation);
    // "welcomed the decision by India and Pakistan": every owner listed after the noun.
    let owners_after = first
        .filter(|&(_, n)| n != np)
        .map(|(_, n)| v.conjuncts(n).into_iter().skip(1))
        .into_iter()
        .flatten()
        .filter_map(|j| actor_slot(rs, v, j).map(|s| (s, j)));
    first
        .into_iter()
        .chain(owners_after)
        .chain(listed_agents(rs, v, np))
        .collect()
}

/// The entity a noun phrase stands for as an object, with the chunk it was read from:
/// as an actor, or the owner of a proposal-like head ("rejected the Lib Dems' call",
/// "the French proposal"), who may follow it ("praised the work of Ms Hutt"), or, for
/// a relation that judges, the owner of any thing ("condemned Acme's new law").
fn target_of(rs: &RuleSet, v: &View, np: usize, relation: Relation) -> Option<(Slot, usize)> {
    if let Some(s) = actor_slot(rs, v, np) {
        return Some((s, np));
    }
    let c = &v.chunks[np];
    if c.kind != ChunkKind::Noun {
        return None;
    }
    if !rs.owned_nouns.has(v.items[c.head].sym) {
        return judged_owner(rs, v, np, relation).map(|s| (s, np));
    }
    owner(v, np)
        .map(|s| (s, np))
        .or_else(|| owner_after_of(rs, v, np))
}

/// The possessor of a thing a judging relation acts on: condemning "Zenith's missile
/// test" or praising "Zenith's new law" judges Zenith. A title names someone of the
/// owner's, who may be named elsewhere ("criticised Zenith's president").
fn judged_owner(rs: &RuleSet, v: &View, np: usize, relation: Relation) -> Option<Slot> {
    let head = v.chunks[np].head;
    let judges = rs.file.judging_relations.contains(&relation);
    let thing = v.items[head].slot.is_none()
        && rs.lexis.title_at(&v.items, head).is_none()
        && rs.lexis.plural_title_at(&v.items, head).is_none();
    possessor(v, np).filter(|_| judges && thing)
}

/// Whether the noun phrase at chunk `np` is a proposal-like thing someone owns ("the
/// Tories' plans", "Acme's record"), not an entity of its own.
fn proposal_head(rs: &RuleSet, v: &View, np: usize) -> bool {
    let c = &v.chunks[np];
    c.kind == ChunkKind::Noun
        && v.items[c.head].slot.is_none()
        && rs.owned_nouns.has(v.items[c.head].sym)
}

/// The organisation owning a unit a noun phrase names, with its chunk: "Acme's
/// research team", "the asset-backed group at Acme".
fn unit_owner(rs: &RuleSet, v: &View, np: usize) -> Option<(Slot, usize)> {
    let c = &v.chunks[np];
    let head = &v.items[c.head];
    if c.kind != ChunkKind::Noun
        || head.slot.is_some()
        || !UNIT_CLASSES
            .iter()
            .any(|class| rs.lexis.class_has_word(class, &head.lower))
    {
        return None;
    }
    let body = |s: &Slot| s.kind == EntityKind::Organization;
    possessor(v, np).filter(body).map(|s| (s, np)).or_else(|| {
        let n = after_prep(v, np, &["of", "at"])?;
        named_actor(rs, v, n).filter(body).map(|s| (s, n))
    })
}

/// The place or country a noun phrase naming no entity is of or in, with its chunk:
/// "Kenya's biggest shantytown", "slums in Nairobi", "the city of Kharkiv".
fn place_of(v: &View, np: usize) -> Option<(Slot, usize)> {
    let c = &v.chunks[np];
    if c.kind != ChunkKind::Noun || v.items[c.head].slot.is_some() {
        return None;
    }
    let is_place = |s: &Slot| matches!(s.kind, EntityKind::Place | EntityKind::Country);
    if let Some(s) = c.possessor.and_then(|p| v.items[p].slot).filter(is_place) {
        return Some((s, np));
    }
    // "slums in Nairobi", "the tsunami-hit region of Aceh"; but "will visit the winners
    // of Burnley" visits people, as a plural before "of" names.
    let singular = v.items[c.head].tag == Tag::Nn;
    let preps: &[&str] = if singular { &["in", "of"] } else { &["in"] };
    let n = after_prep(v, np, preps)?;
    let c = &v.chunks[n];
    (c.kind == ChunkKind::Noun)
        .then(|| v.items[c.head].slot)
        .flatten()
        .filter(is_place)
        .map(|s| (s, n))
}

/// "the work of Ms Hutt", "the plans of the Tories", "claims by the Tories", "a bid
/// from Rangers": the owner named by the noun phrase right after "of", or after "by" or
/// "from" named outright or by its people ("the attack by Assad's regime", "by Israeli
/// troops"); the decision "by Britain's highest court" is the court's, not Britain's.
fn owner_after_of(rs: &RuleSet, v: &View, np: usize) -> Option<(Slot, usize)> {
    let n = after_prep(v, np, &["of"]).or_else(|| {
        after_prep_in(rs, v, np, "doer_preps").filter(|&n| {
            let head = &v.items[v.chunks[n].head];
            head.slot.is_some()
                || (rs.agent_nouns.has(head.sym)
                    && !rs.lexis.class_has_word(OWN_ACT_BODIES, &head.lower))
        })
    })?;
    actor_slot(rs, v, n).map(|s| (s, n))
}

/// First and one-past-last item of a verb chunk and argument chunks.
fn frame_items(v: &View, verb: usize, args: &[usize]) -> (usize, usize) {
    let chunks = args.iter().chain([&verb]).map(|&k| &v.chunks[k]);
    let start = chunks.clone().map(|c| c.start).min().unwrap_or(0);
    let end = chunks.map(|c| c.end).max().unwrap_or(0);
    (start, end)
}

/// Byte span of a verb chunk and argument chunks.
fn frame_span(v: &View, verb: usize, args: &[usize]) -> Span {
    let (start, end) = frame_items(v, verb, args);
    Span::new(v.items[start].span.start, v.items[end - 1].span.end)
}

impl Relation {
    /// Talking to someone: telling a news outlet is reporting, not a contact.
    fn is_contact(self) -> bool {
        matches!(self, Relation::Told | Relation::Consulted)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::tests::{run, FIRMS};
    use crate::model::{EntityKind, Modality};
    use EntityKind::{Country as C, Organization as O, Person as P};

    #[test]
    fn an_owned_company_is_part_of_its_owner_and_a_partly_owned_one_has_an_investor() {
        let f = run(
            "Acme Corp, which owns Zenith Bank, said profits rose.\n",
            &FIRMS,
            None,
        );
        f.expect("Zenith Bank part_of Acme Corp");
        let f = run("Zenith Bank is owned by Acme Corp.\n", &FIRMS, None);
        f.expect("Zenith Bank part_of Acme Corp");
        for text in [
            "Zenith Bank is partly owned by Acme Corp.\n",
            "Zenith Bank, which is 25% owned by Acme Corp, said profits fell.\n",
            "Zenith Bank, 40% owned by Acme Corp, said profits fell.\n",
            "Zenith Bank is owned 15% by Acme Corp.\n",
            "Zenith Bank, which is 25 pct owned by Acme Corp, said profits fell.\n",
            "Zenith Bank, about 69 pct owned by Acme Corp, said profits fell.\n",
        ] {
            let f = run(text, &FIRMS, None);
            f.expect("Acme Corp supports Zenith Bank");
            f.assert_none("part_of");
        }
        // A person owning a company does not make it a part of them.
        let f = run("Bo Dahl owns Zenith Bank.\n", &FIRMS, None);
        f.assert_none("part_of");
    }

    #[test]
    fn a_bare_participle_with_its_agent_is_a_passive_relative() {
        let f = run(
            "Zenith Bank, bought by Acme Corp in May, was closed.\n",
            &FIRMS,
            None,
        );
        f.expect("Zenith Bank part_of Acme Corp");
        let names = [
            ("Hato Farms", "Hato Farms", O),
            ("Acme Corp", "Acme Corp", O),
        ];
        let f = run(
            "Police raided Hato Farms, a cattle ranch owned by Acme Corp.\n",
            &names,
            None,
        );
        f.expect("Hato Farms part_of Acme Corp");
        // The name a description speaks of may sit in a prepositional phrase.
        let f = run(
            "Analysts questioned the future of Hato Farms, the cattle ranch owned by Acme Corp.\n",
            &names,
            None,
        );
        f.expect("Hato Farms part_of Acme Corp");
        // Not in a phrase opening the sentence: there the description is the subject.
        let f = run(
            "After talks with Hato Farms, the ranch owned by Acme Corp was sold.\n",
            &names,
            None,
        );
        f.assert_none("Hato Farms part_of");
        // Inside a prepositional phrase the name is not what the participle speaks of.
        let f = run(
            "The loan to Zenith Bank, backed by Acme Corp, was repaid.\n",
            &FIRMS,
            None,
        );
        f.assert_none("Acme Corp supports Zenith Bank");
        // Nor is a speaker before a prepositional phrase: the meeting was sponsored.
        let f = run(
            "Bo Dahl spoke at a meeting sponsored by Acme Corp.\n",
            &FIRMS,
            None,
        );
        f.assert_none("supports");
    }

    #[test]
    fn a_relative_clause_after_a_description_speaks_of_the_name_described() {
        let f = run(
            "Acme Corp, the company that bought Zenith Bank, made a loss.\n",
            &FIRMS,
            None,
        );
        f.expect("Zenith Bank part_of Acme Corp");
        let names = [
            ("Bo Dahl", "Bo Dahl", P),
            ("Ann Lee", "Ann Lee", P),
            ("Acme Corp", "Acme Corp", O),
        ];
        let f = run(
            "Bo Dahl met Ann Lee, the woman who backed Acme Corp.\n",
            &names,
            None,
        );
        f.expect("Ann Lee supports Acme Corp");
        f.assert_none("Bo Dahl supports");
    }

    #[test]
    fn agreeing_to_buy_is_planned_and_buying_is_asserted() {
        let f = run(
            "Acme Corp agreed to buy Zenith Bank for $2bn.\n",
            &FIRMS,
            None,
        );
        let r = f.expect("Zenith Bank part_of Acme Corp");
        assert_eq!(r.evidence.modality, Modality::Planned);
        let f = run("Acme Corp bought Zenith Bank last year.\n", &FIRMS, None);
        let r = f.expect("Zenith Bank part_of Acme Corp");
        assert_eq!(r.evidence.modality, Modality::Asserted);
    }

    #[test]
    fn joining_a_bodys_people_is_no_membership() {
        let f = run("Bo Dahl joined Acme Corp in May.\n", &FIRMS, None);
        f.expect("Bo Dahl member_of Acme Corp");
        for text in [
            "Bo Dahl joined two officials of Acme Corp for a trip.\n",
            "Bo Dahl joined two officials from Acme Corp for a trip.\n",
            "Bo Dahl joined two pupils from Acme Corp for a trip.\n",
        ] {
            let f = run(text, &FIRMS, None);
            f.assert_none("member_of");
        }
        // Where a player came from.
        let f = run("Bo Dahl joined Zenith Bank from Acme Corp.\n", &FIRMS, None);
        f.expect("Bo Dahl member_of Acme Corp");
    }

    #[test]
    fn an_amount_or_a_kind_after_a_name_is_not_the_argument() {
        let names = [
            ("Fenland Authority", "Fenland Authority", O),
            ("Acme Corp", "Acme Corp", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Ruritanian", "Ruritania", C),
        ];
        let f = run("The Fenland Authority fined Acme Corp £2m.\n", &names, None);
        f.expect("Fenland Authority attacked Acme Corp");
        let f = run(
            "Bo Dahl headed the Acme Corp group until May.\n",
            &names,
            None,
        );
        f.expect("Bo Dahl leads Acme Corp");
        // A team of a nationality is not the country.
        let f = run(
            "Bo Dahl led a Ruritanian team to the final.\n",
            &names,
            None,
        );
        f.assert_none("leads");
        // A delegation led by someone is not the organisation it comes from.
        let f = run(
            "An Acme Corp team led by Bo Dahl arrived in May.\n",
            &names,
            None,
        );
        f.assert_none("leads");
    }

    #[test]
    fn a_proposal_like_noun_is_its_owners_after_of() {
        let names = [("Ann Lee", "Ann Lee", P), ("Bo Dahl", "Bo Dahl", P)];
        let f = run("Ann Lee praised the work of Bo Dahl.\n", &names, None);
        f.expect("Ann Lee supports Bo Dahl");
        // Every owner of a list.
        let names = [
            ("Ann Lee", "Ann Lee", P),
            ("Ruritania", "Ruritania", C),
            ("Freedonia", "Freedonia", C),
        ];
        let f = run(
            "Ann Lee welcomed the decision by Ruritania and Freedonia to talk.\n",
            &names,
            None,
        );
        f.expect("Ann Lee supports Ruritania");
        f.expect("Ann Lee supports Freedonia");
        // A plea rejected is its maker's.
        let names = [("Ann Lee", "Ann Lee", P), ("Bo Dahl", "Bo Dahl", P)];
        let f = run(
            "Ann Lee rejected a plea by Bo Dahl for more time.\n",
            &names,
            None,
        );
        f.expect("Ann Lee rejected Bo Dahl");
        // A noun no one owns names nobody after "of".
        let names = [("Ann Lee", "Ann Lee", P), ("Bo Dahl", "Bo Dahl", P)];
        let f = run("Ann Lee praised the town of Bo Dahl.\n", &names, None);
        f.assert_none("supports");
    }

    #[test]
    fn working_with_another_supports_it_and_winning_a_game_does_not() {
        let f = run("Acme Corp has teamed up with Zenith Bank.\n", &FIRMS, None);
        f.expect("Acme Corp supports Zenith Bank");
        let f = run(
            "Acme Corp is working closely with Zenith Bank on the project.\n",
            &FIRMS,
            None,
        );
        f.expect("Acme Corp supports Zenith Bank");
        let f = run(
            "Acme Corp agreed to merge with Zenith Bank.\n",
            &FIRMS,
            None,
        );
        let r = f.expect("Acme Corp supports Zenith Bank");
        assert_eq!(r.evidence.modality, Modality::Planned);
        let f = run(
            "Acme Corp beat Zenith Bank 2-0 on Saturday.\n",
            &FIRMS,
            None,
        );
        assert!(f.relations.is_empty(), "{:?}", f.triples());
    }

    #[test]
    fn leading_a_side_to_a_win_is_membership_not_leadership() {
        let clubs = [("Bo Dahl", "Bo Dahl", P), ("Fen Rovers", "Fen Rovers", O)];
        let f = run(
            "Bo Dahl led Fen Rovers to victory on Sunday.\n",
            &clubs,
            None,
        );
        f.expect("Bo Dahl member_of Fen Rovers");
        f.assert_none("leads");
        let f = run("Bo Dahl led Fen Rovers for ten years.\n", &clubs, None);
        f.expect("Bo Dahl leads Fen Rovers");
    }

    #[test]
    fn a_player_signed_or_playing_belongs_to_the_club() {
        let clubs = [
            ("Bo Dahl", "Bo Dahl", P),
            ("Fen Rovers", "Fen Rovers", O),
            ("Marsh United", "Marsh United", O),
        ];
        let f = run("Fen Rovers have signed Bo Dahl.\n", &clubs, None);
        f.expect("Bo Dahl member_of Fen Rovers");
        let f = run("Bo Dahl played for Marsh United.\n", &clubs, None);
        f.expect("Bo Dahl member_of Marsh United");
        let f = run(
            "Bo Dahl netted twice for Marsh United, while Cy Moss and Al Reid scored for Fen Rovers.\n",
            &[clubs[0], clubs[1], clubs[2], ("Cy Moss", "Cy Moss", P), ("Al Reid", "Al Reid", P)],
            None,
        );
        f.expect("Bo Dahl member_of Marsh United");
        f.expect("Cy Moss member_of Fen Rovers");
        f.expect("Al Reid member_of Fen Rovers");
        let f = run(
            "Bo Dahl joined Fen Rovers from Marsh United.\n",
            &clubs,
            None,
        );
        f.expect("Bo Dahl member_of Marsh United");
        // The club signing a player from another was never the other's.
        let f = run(
            "Fen Rovers signed Bo Dahl from Marsh United.\n",
            &clubs,
            None,
        );
        f.assert_none("Fen Rovers member_of");
        // A national side calling a player up picks one of its own.
        let f = run("Ruritania have called up Bo Dahl.\n", &FIRMS, None);
        f.expect("Bo Dahl member_of Ruritania");
        let f = run("Bo Dahl called up Ruritania's embassy.\n", &FIRMS, None);
        f.assert_none("member_of");
    }
}
