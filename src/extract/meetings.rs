//! Meetings: triggers, participants and their roles, place, time and status.
//!
//! Every meeting word of a sentence ("met", "talks", "summit") is a reference. Actors
//! take roles in it from the clauses of the sentence layer ("X met Y, Z and W", "X
//! hosted Y", "talks between X and Y") and from the rule set's role patterns.
//! References merge within the document: a bare definite one ("the meeting", "their
//! talks") refers back to the latest meeting, and references with the same actors,
//! status, place and time are one meeting.

use super::dates;
use super::layer::chunk::ChunkKind;
use super::layer::view::View;
use super::layer::Folded;
use super::pattern::{self, Lexis};
use super::rules::ACTORS;
use super::{Context, LocalEntity, LocalMeeting, LocalRelation, MeetingRole};
use crate::model::{EntityKind, Evidence, Modality, Relation};
use crate::text::tagger::Tag;

mod clauses;
mod details;
mod drafts;
mod label;

use drafts::{Drafts, Reading};

/// Most words between two meeting words that still make one reference ("meetings and
/// talks", "summit, or conference").
const JOIN_GAP: usize = 2;

/// Words after a meeting verb searched for how people first met ("met years later as
/// students").
const ACQUAINTANCE_WINDOW: usize = 4;

/// A meeting word (or phrase) in a sentence: items `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Trigger {
    start: usize,
    end: usize,
    /// A base-form verb ("meet"), which after a subject speaks of what is to come.
    base: bool,
}

/// One reference to a meeting in one sentence, with the roles read for it.
#[derive(Debug, Clone)]
struct Ref {
    trigger: Trigger,
    roles: Vec<MeetingRole>,
    modality: Modality,
}

impl Ref {
    fn new(trigger: Trigger) -> Ref {
        Ref {
            trigger,
            roles: Vec::new(),
            modality: Modality::Asserted,
        }
    }

    /// Give `entity` the role `relation`, once; read again, the role takes the more
    /// uncertain modality ("Did X meet Y?" is a question whatever pattern read it).
    fn add(&mut self, entity: usize, relation: Relation, evidence: Evidence) {
        match self
            .roles
            .iter_mut()
            .find(|r| r.entity == entity && r.relation == relation)
        {
            Some(r) => {
                r.evidence.modality = pattern::stronger(r.evidence.modality, evidence.modality);
            }
            None => self.roles.push(MeetingRole {
                entity,
                relation,
                evidence,
            }),
        }
    }

    /// Whether item `i` is inside the meeting word.
    fn covers(&self, i: usize) -> bool {
        self.trigger.start <= i && i < self.trigger.end
    }
}

/// The reference whose meeting word covers item `i`, created there when missing.
fn ref_at(refs: &mut Vec<Ref>, i: usize) -> &mut Ref {
    let k = match refs.iter().position(|r| r.covers(i)) {
        Some(k) => k,
        None => {
            refs.push(Ref::new(Trigger {
                start: i,
                end: i + 1,
                base: false,
            }));
            refs.len() - 1
        }
    };
    &mut refs[k]
}

/// All meetings referred to in the document, one per real meeting. `relations` are the
/// document's, read before: a meeting named only by its broker or host takes its
/// participants from the contact reported just before it. In a report of games
/// (`games`), the words a fixture is spoken of with ("meet", "host") name no meeting.
pub fn find(
    cx: &Context<'_>,
    folded: &Folded,
    entities: &[LocalEntity],
    relations: &[LocalRelation],
    games: bool,
) -> Vec<LocalMeeting> {
    let mw = &cx.res.rules.meeting_words;
    let leads = title_leads(folded);
    let mut doc = Drafts::default();
    for (si, v) in folded.views.iter().enumerate() {
        let mut refs = sentence_refs(cx, v, entities, &leads, &doc, games);
        relation_roles(cx, v, relations, &mut refs);
        hearing_roles(cx, v, entities, relations, &mut refs);
        if refs.is_empty() {
            continue;
        }
        let times = dates::find(&v.items, &mw.times, &cx.res.rules.calendar);
        refs.sort_by_key(|r| r.trigger.start);
        for r in refs {
            let definite = details::is_definite(v, &r, &mw.definite);
            let mut reading = details::read(cx, v, r, &times);
            if reading.roles.is_empty() {
                if definite {
                    doc.add_to_latest(reading);
                }
                continue;
            }
            let participants = reading
                .roles
                .iter()
                .filter(|x| x.relation == Relation::ParticipantIn)
                .count();
            if participants == 0 && definite && doc.is_empty() {
                contact_before(cx, folded, relations, si, &mut reading);
            }
            if definite && !doc.is_empty() && (participants == 0 || reading.is_lone()) {
                doc.add_to_latest(reading);
            } else if !definite {
                doc.add(reading);
            } else if let Some(reading) = doc.join_lone_latest(reading) {
                doc.add(reading);
            }
        }
    }
    doc.finish(cx, entities)
}

/// Who leads what, by title: "Israeli and Palestinian leaders" are these people.
fn title_leads(folded: &Folded) -> Vec<(usize, usize)> {
    let mut leads: Vec<(usize, usize)> = Vec::new();
    for l in folded.titles.iter().flatten() {
        if l.relation == Relation::Leads && !leads.contains(&(l.person, l.org)) {
            leads.push((l.person, l.org));
        }
    }
    leads
}

/// The meeting references of one sentence with their actors' roles.
fn sentence_refs(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    leads: &[(usize, usize)],
    doc: &Drafts,
    games: bool,
) -> Vec<Ref> {
    let mut refs: Vec<Ref> = triggers(cx, v, games).into_iter().map(Ref::new).collect();
    if v.items.iter().all(|i| i.slot.is_none()) {
        return refs;
    }
    pattern_roles(cx, v, entities, leads, doc, &mut refs);
    clauses::clause_roles(cx, v, &mut refs);
    clauses::noun_roles(cx, v, &mut refs);
    clauses::timing_roles(cx, v, &mut refs);
    refs
}

/// Meetings the relations already read state: the source and target of a relation found
/// by one of the `relation_rules` met, at the rule's noun ("X's visit to the Pope").
fn relation_roles(cx: &Context<'_>, v: &View, relations: &[LocalRelation], refs: &mut Vec<Ref>) {
    let rs = &cx.res.rules;
    for r in relations
        .iter()
        .filter(|r| r.evidence.sentence == v.sentence)
    {
        let ev = &r.evidence;
        let Some(rule) = rs
            .file
            .meetings
            .relation_rules
            .iter()
            .find(|id| **id == ev.rule)
            .and_then(|id| rs.file.nouns.iter().find(|n| n.id == *id))
        else {
            continue;
        };
        let Some(at) = v
            .items
            .iter()
            .position(|it| ev.span.contains(&it.span) && rule.nouns.iter().any(|n| it.is(n)))
        else {
            continue;
        };
        let meeting = ref_at(refs, at);
        for entity in [r.source, r.target] {
            let mut role_ev = ev.clone();
            role_ev.rule = format!("meeting/{}", rule.id);
            meeting.add(entity, Relation::ParticipantIn, role_ev);
        }
        meeting.modality = pattern::stronger(meeting.modality, ev.modality);
    }
}

/// Hearings the relations already read state: a court ruling on a named party's case
/// ("the Court of Appeal backed the Home Office") heard the party, at the ruling's verb.
fn hearing_roles(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    relations: &[LocalRelation],
    refs: &mut Vec<Ref>,
) {
    let mw = &cx.res.rules.file.meetings;
    // The head of the name: its last word, or the last before "of" ("Court of Appeal").
    let hears = |e: usize| {
        let entity = &entities[e];
        let head = entity.name.split(" of ").next().unwrap_or(&entity.name);
        entity.kind == EntityKind::Organization
            && head.rsplit(' ').next().is_some_and(|last| {
                mw.hearing_bodies
                    .iter()
                    .any(|b| b.eq_ignore_ascii_case(last))
            })
    };
    // "The court refused to dismiss the suit against Acme": a hearing all the same, but
    // a ruling denied tells no more of it.
    for r in relations.iter().filter(|r| {
        r.evidence.sentence == v.sentence
            && r.evidence.modality != Modality::Negated
            && mw.ruling_relations.contains(&r.relation)
            && hears(r.source)
            && !hears(r.target)
    }) {
        let ev = &r.evidence;
        let Some(at) = v
            .items
            .iter()
            .position(|it| ev.span.contains(&it.span) && it.slot.is_none() && it.tag.is_verb())
        else {
            continue;
        };
        let mut role_ev = ev.clone();
        role_ev.rule = format!("hearing/{}", ev.rule);
        let hearing = ref_at(refs, at);
        hearing.add(r.source, Relation::Organized, role_ev.clone());
        hearing.add(r.target, Relation::ParticipantIn, role_ev);
        hearing.modality = pattern::stronger(hearing.modality, ev.modality);
    }
}

/// Meeting words of a view, coordinated ones ("meetings and talks") joined; words that
/// name a sports fixture or the title of a work are left out, and in a report of
/// `games` the words fixtures share with meetings (the rules' `game_meeting_words`:
/// "will meet Italy at Twickenham").
fn triggers(cx: &Context<'_>, v: &View, games: bool) -> Vec<Trigger> {
    let rs = &cx.res.rules;
    let items = &v.items;
    // Most sentences hold no meeting word: the word lists are looked up for the others.
    if !items.iter().any(|it| rs.meeting_triggers.has(it.sym)) {
        return Vec::new();
    }
    let nouns = &rs.lexis.classes["meeting_noun"];
    let verbs = &rs.lexis.classes["meeting_verb"];
    let mut found: Vec<Trigger> = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if !rs.meeting_triggers.has(items[i].sym) {
            i += 1;
            continue;
        }
        let longest = |list: &[Vec<String>]| {
            list.iter()
                .filter(|w| Lexis::phrase_at(items, i, w))
                .map(|w| w.len())
                .max()
        };
        let (noun, verb) = (longest(nouns), longest(verbs));
        let Some(len) = noun.max(verb) else {
            i += 1;
            continue;
        };
        let t = Trigger {
            start: i,
            end: i + len,
            base: rs
                .meeting_words
                .base_forms
                .iter()
                .any(|w| Lexis::phrase_at(items, i, w)),
        };
        let is_verb = verb.is_some_and(|n| noun.is_none_or(|m| n >= m));
        let game_word = games
            && rs
                .lexis
                .class_has_word("game_meeting_words", &items[i].lower);
        // "who met in their early teens": how people first met is no meeting.
        let acquaintance = is_verb && first_acquaintance(cx, v, t);
        if !game_word
            && !acquaintance
            && !clauses::is_fixture(cx, v, t.start, t.end)
            && !is_work_title(cx, v, t, is_verb)
        {
            found.push(t);
        }
        i += len;
    }
    join_coordinated(v, found)
}

/// Whether the meeting verb `t` tells how people first met, by a phrase of the rules'
/// `acquaintance_marks` just after it: "who met in their early teens", "met as students
/// at Dundee University".
fn first_acquaintance(cx: &Context<'_>, v: &View, t: Trigger) -> bool {
    let lexis = &cx.res.rules.lexis;
    let Some(marks) = lexis.classes.get("acquaintance_marks") else {
        return false;
    };
    details::phrase_near(&v.items, t.end, t.end + ACQUAINTANCE_WINDOW, marks)
}

/// "Meet the Fockers", "'Meet the Press'": a meeting verb written with a capital, or
/// any meeting word opening a quotation with a capital, is part of a title ("the Met"
/// is the police).
fn is_work_title(cx: &Context<'_>, v: &View, t: Trigger, verb: bool) -> bool {
    let capital = cx
        .slice(v.items[t.start].span)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let quoted = t.start > 0 && matches!(v.items[t.start - 1].lower.as_str(), "\"" | "'" | "`");
    capital && (verb || quoted)
}

/// Join meeting words separated only by "and", "or", "of" or a comma.
fn join_coordinated(v: &View, found: Vec<Trigger>) -> Vec<Trigger> {
    let mut groups: Vec<Trigger> = Vec::new();
    for t in found {
        if let Some(g) = groups.last_mut() {
            let between = &v.items[g.end..t.start];
            if between.len() <= JOIN_GAP
                && between.iter().all(|it| {
                    it.slot.is_none() && matches!(it.lower.as_str(), "and" | "or" | "," | "of")
                })
            {
                g.end = t.end;
                continue;
            }
        }
        groups.push(t);
    }
    groups
}

/// Roles read by the rule set's meeting patterns.
fn pattern_roles(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    leads: &[(usize, usize)],
    doc: &Drafts,
    refs: &mut Vec<Ref>,
) {
    let rs = &cx.res.rules;
    let present = pattern::Present::of(v, &rs.vocab);
    let defaults = (&ACTORS[..], &ACTORS[..]);
    for mp in &rs.meeting_patterns {
        for m in pattern::find_all_in(&mp.els, &mp.need, v, &present, &rs.lexis, defaults) {
            let actors: Vec<usize> = if mp.previous {
                doc.latest_participants()
            } else if mp.leaders {
                leaders_named(v, &m.a, leads, entities)
            } else {
                m.a.iter()
                    .filter_map(|&i| v.items[i].slot.map(|s| s.entity))
                    .collect()
            };
            if actors.is_empty() {
                continue;
            }
            // The meeting word inside the match nearest to the actor.
            let anchor = m.a.first().copied().unwrap_or(m.start);
            let inside = refs
                .iter()
                .enumerate()
                .filter(|(_, r)| r.trigger.start >= m.start && r.trigger.end <= m.end)
                .min_by_key(|(_, r)| r.trigger.start.abs_diff(anchor))
                .map(|(k, _)| k);
            let r = match inside {
                Some(k) => &mut refs[k],
                None if mp.creates && !hosts_a_thing(v, refs, m.end - 1) => ref_at(refs, m.end - 1),
                None => continue,
            };
            let span = m.span(v);
            for e in actors {
                let mut ev = cx.evidence(v.sentence, span, &format!("meeting/{}", mp.id));
                ev.modality = m.modality;
                r.add(e, mp.role, ev);
            }
            r.modality = pattern::stronger(r.modality, m.modality);
        }
    }
}

/// Whether the verb at item `at` takes a singular object that is neither a name nor a
/// meeting: "bid to host the event", "hosted the show" hold no meeting; "convened
/// diplomats" does.
fn hosts_a_thing(v: &View, refs: &[Ref], at: usize) -> bool {
    let Some(k) = v.chunk_of(at) else {
        return false;
    };
    v.chunks.get(k + 1).is_some_and(|c| {
        let head = &v.items[c.head];
        c.kind == ChunkKind::Noun
            && head.slot.is_none()
            && matches!(head.tag, Tag::Nn)
            && !refs.iter().any(|r| r.covers(c.head))
    })
}

/// The people leading what the slots at items `at` name: "Palestinian leaders" are the
/// leaders of Palestine, or of the Palestinian Authority.
fn leaders_named(
    v: &View,
    at: &[usize],
    leads: &[(usize, usize)],
    entities: &[LocalEntity],
) -> Vec<usize> {
    let mut out = Vec::new();
    for &i in at {
        let it = &v.items[i];
        let Some(sl) = it.slot else { continue };
        let prefix = format!("{} ", it.lower);
        for &(person, org) in leads {
            let named = sl.entity == org || entities[org].name.to_lowercase().starts_with(&prefix);
            if named && !out.contains(&person) {
                out.push(person);
            }
        }
    }
    out
}

/// A first, definite reference naming only its broker or host points back to the
/// contact reported just before ("X told Y ... The meeting was brokered by Z"): its
/// ends take part, and its sentence's time is the meeting's.
fn contact_before(
    cx: &Context<'_>,
    folded: &Folded,
    relations: &[LocalRelation],
    si: usize,
    reading: &mut Reading,
) {
    for back in (si.saturating_sub(details::CONTACT_LOOKBACK)..=si).rev() {
        let contacts: Vec<&LocalRelation> = relations
            .iter()
            .filter(|r| {
                r.evidence.sentence == back
                    && matches!(
                        r.relation,
                        Relation::Told | Relation::Consulted | Relation::AppealedTo
                    )
                    && r.evidence.modality == Modality::Asserted
            })
            .collect();
        if contacts.is_empty() {
            continue;
        }
        for c in contacts {
            for ent in [c.source, c.target] {
                if !reading.roles.iter().any(|x| x.entity == ent) {
                    let mut e = c.evidence.clone();
                    e.rule = "meeting/contact-before".into();
                    reading.roles.push(MeetingRole {
                        entity: ent,
                        relation: Relation::ParticipantIn,
                        evidence: e,
                    });
                }
            }
        }
        if reading.when.is_none() {
            let bv = &folded.views[back];
            reading.when = dates::find(
                &bv.items,
                &cx.res.rules.meeting_words.times,
                &cx.res.rules.calendar,
            )
            .first()
            .map(|t| details::time_text(cx, bv, t));
        }
        return;
    }
}

#[cfg(test)]
mod tests;
