//! Meetings: triggers, participants and their roles, place, time and status.
//!
//! Every meeting word of a sentence ("met", "talks", "summit") is a reference; role
//! patterns from the rule set attach actors to it. References merge within the
//! document: a bare definite one ("the meeting", "their talks") refers back to the
//! latest meeting, and references with the same actors, status, place and time are one
//! meeting.

use super::dates;
use super::layer::view::{self, View};
use super::layer::Folded;
use super::pattern::{self, Lexis};
use super::relations;
use super::rules::{RuleSet, ACTORS};
use super::{Context, LocalEntity, LocalMeeting, MeetingRole};
use crate::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation, Span};
use std::collections::BTreeSet;

/// One reference to a meeting in one sentence.
#[derive(Debug, Clone)]
struct Ref {
    start: usize,
    end: usize,
    roles: Vec<MeetingRole>,
    modality: Modality,
    definite: bool,
}

/// A meeting being assembled from references.
#[derive(Debug, Clone)]
struct Draft {
    roles: Vec<MeetingRole>,
    place: Option<(usize, Evidence)>,
    when: Option<String>,
    status: MeetingStatus,
    evidence: Vec<Evidence>,
    noun: String,
}

impl Draft {
    fn actors(&self) -> BTreeSet<usize> {
        self.roles.iter().map(|r| r.entity).collect()
    }
}

/// Item ranges of meeting words in a view, with coordinated ones ("meetings and talks")
/// joined. The flag tells whether the word is a base-form verb ("meet").
fn triggers(v: &View, rs: &RuleSet, base_forms: &[Vec<String>]) -> Vec<(usize, usize, bool)> {
    let items = &v.items;
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    let nouns = &rs.lexis.classes["meeting_noun"];
    let verbs = &rs.lexis.classes["meeting_verb"];
    let mut i = 0;
    while i < items.len() {
        if !rs.meeting_triggers.has(items[i].sym) {
            i += 1;
            continue;
        }
        let hit = nouns
            .iter()
            .chain(verbs.iter())
            .filter(|w| Lexis::phrase_at(items, i, w))
            .map(|w| w.len())
            .max();
        match hit {
            Some(len) => {
                let base = base_forms.iter().any(|w| Lexis::phrase_at(items, i, w));
                found.push((i, i + len, base));
                i += len;
            }
            None => i += 1,
        }
    }
    let mut groups: Vec<(usize, usize, bool)> = Vec::new();
    for t in found {
        if let Some(g) = groups.last_mut() {
            let between = &items[g.1..t.0];
            if between.len() <= 2
                && between.iter().all(|it| {
                    it.slot.is_none() && matches!(it.lower.as_str(), "and" | "or" | "," | "of")
                })
            {
                g.1 = t.1;
                continue;
            }
        }
        groups.push(t);
    }
    groups
}

fn phrase_near(items: &[view::Item], from: usize, to: usize, phrases: &[Vec<String>]) -> bool {
    (from..to.min(items.len())).any(|p| phrases.iter().any(|w| Lexis::phrase_at(items, p, w)))
}

/// All meetings referred to in the document, one per real meeting.
pub fn find(cx: &Context<'_>, folded: &Folded, entities: &[LocalEntity]) -> Vec<LocalMeeting> {
    let rs = &cx.res.rules;
    let mw = &rs.meeting_words;
    let (planned, cancelled, definite, times, rooms, base_forms) = (
        &mw.planned,
        &mw.cancelled,
        &mw.definite,
        &mw.times,
        &mw.rooms,
        &mw.base_forms,
    );
    // Who leads what, by title: "Israeli and Palestinian leaders" are these people.
    let mut leads: Vec<(usize, usize)> = Vec::new();
    for links in &folded.titles {
        for l in links {
            if l.relation == Relation::Leads && !leads.contains(&(l.person, l.org)) {
                leads.push((l.person, l.org));
            }
        }
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut last: Option<usize> = None;
    for (si, v) in folded.views.iter().enumerate() {
        let mut groups = triggers(v, rs, base_forms);
        let mut refs: Vec<Ref> = groups
            .iter()
            .map(|&(start, end, _)| Ref {
                start,
                end,
                roles: Vec::new(),
                modality: Modality::Asserted,
                definite: false,
            })
            .collect();
        let present = pattern::Present::of(v, &rs.vocab);
        for mp in &rs.meeting_patterns {
            let (id, role, creates) = (&mp.id, &mp.role, &mp.creates);
            let defaults = (&ACTORS[..], &ACTORS[..]);
            for m in pattern::find_all_in(&mp.els, &mp.need, v, &present, &rs.lexis, defaults) {
                let actors: Vec<usize> = if mp.previous {
                    // "the two leaders": whoever took part in the latest meeting.
                    let Some(d) = last else { continue };
                    let mut ps: Vec<usize> = drafts[d]
                        .roles
                        .iter()
                        .filter(|r| r.relation == Relation::ParticipantIn)
                        .map(|r| r.entity)
                        .collect();
                    ps.dedup();
                    if ps.len() < 2 {
                        continue;
                    }
                    ps
                } else if mp.leaders {
                    let mut ps = Vec::new();
                    for &i in &m.a {
                        let it = &v.items[i];
                        let Some(sl) = it.slot else { continue };
                        for &(person, org) in &leads {
                            // "Palestinian leaders": of Palestine, or of the Palestinian Authority.
                            let named = sl.entity == org
                                || entities[org]
                                    .name
                                    .to_lowercase()
                                    .starts_with(&format!("{} ", it.lower));
                            if named && !ps.contains(&person) {
                                ps.push(person);
                            }
                        }
                    }
                    ps
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
                    .filter(|(_, r)| r.start >= m.start && r.end <= m.end)
                    .min_by_key(|(_, r)| r.start.abs_diff(anchor))
                    .map(|(k, _)| k);
                let k = match inside {
                    Some(k) => k,
                    None if *creates => {
                        refs.push(Ref {
                            start: m.end - 1,
                            end: m.end,
                            roles: Vec::new(),
                            modality: Modality::Asserted,
                            definite: false,
                        });
                        groups.push((m.end - 1, m.end, false));
                        refs.len() - 1
                    }
                    None => continue,
                };
                let span = m.span(v);
                for e in actors {
                    let mut ev = cx.evidence(si, span, &format!("meeting/{id}"));
                    ev.modality = m.modality;
                    if !refs[k]
                        .roles
                        .iter()
                        .any(|r| r.entity == e && r.relation == *role)
                    {
                        refs[k].roles.push(MeetingRole {
                            entity: e,
                            relation: *role,
                            evidence: ev,
                        });
                    }
                }
                refs[k].modality = pattern::stronger(refs[k].modality, m.modality);
            }
        }
        // Only a meeting reference has use for the sentence's times.
        let texprs = if refs.is_empty() {
            Vec::new()
        } else {
            dates::find(&v.items, times)
        };
        let mut order: Vec<usize> = (0..refs.len()).collect();
        order.sort_by_key(|&k| refs[k].start);
        for k in order {
            let mut r = refs[k].clone();
            let base = groups.iter().any(|g| g.0 == r.start && g.2);
            let items = &v.items;
            // Definite: "the meeting", "their talks", "this week's talks".
            let mut p = r.start;
            let mut n = 0;
            while p > 0 && n < 4 && items[p - 1].slot.is_none() {
                p -= 1;
                n += 1;
                if definite
                    .iter()
                    .any(|d| d.len() == 1 && d[0] == items[p].lower)
                {
                    r.definite = true;
                    break;
                }
            }
            let status = if phrase_near(items, r.start.saturating_sub(6), r.end + 6, cancelled) {
                MeetingStatus::Cancelled
            } else if matches!(r.modality, Modality::Planned | Modality::Hypothetical)
                || phrase_near(items, r.start.saturating_sub(8), r.start, planned)
                || (base && r.start > 0 && items[r.start - 1].slot.is_some())
                || (base && r.start > 1 && items[r.start - 1].lower == "again")
            {
                MeetingStatus::Planned
            } else if r.modality == Modality::Negated {
                MeetingStatus::Cancelled
            } else {
                MeetingStatus::Held
            };
            let place = find_place(cx, v, r.end, rooms);
            // A time belongs to a meeting word close after it, or just before it.
            let when = texprs
                .iter()
                .filter(|t| {
                    (t.start >= r.end && t.start - r.end <= 14)
                        || (t.end <= r.start && r.start - t.end <= 6)
                })
                .min_by_key(|t| {
                    if t.start >= r.end {
                        t.start - r.end
                    } else {
                        r.start.saturating_sub(t.end) + 1
                    }
                })
                .map(|t| {
                    cx.slice(Span::new(
                        items[t.start].span.start,
                        items[t.end - 1].span.end,
                    ))
                    .to_string()
                });
            let noun = items[r.start..r.end]
                .iter()
                .map(|i| i.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let ev = cx.evidence(
                si,
                Span::new(items[r.start].span.start, items[r.end - 1].span.end),
                "meeting-word",
            );
            let participants = r
                .roles
                .iter()
                .filter(|x| x.relation == Relation::ParticipantIn)
                .count();
            if r.roles.is_empty() {
                if let Some(d) = last.filter(|_| r.definite) {
                    drafts[d].evidence.push(ev);
                }
                continue;
            }
            let mut when = when;
            if participants == 0 && r.definite && drafts.is_empty() {
                // A first, definite reference naming only its broker or host points back
                // to the contact just reported ("X told Y ... The meeting was brokered").
                for back in (si.saturating_sub(3)..=si).rev() {
                    let bv = &folded.views[back];
                    let contacts: Vec<_> = relations::sentence_relations(cx, bv, entities)
                        .into_iter()
                        .filter(|r| {
                            matches!(
                                r.relation,
                                Relation::Told | Relation::Consulted | Relation::AppealedTo
                            ) && r.evidence.modality == Modality::Asserted
                        })
                        .collect();
                    if contacts.is_empty() {
                        continue;
                    }
                    for c in contacts {
                        for ent in [c.source, c.target] {
                            if !r.roles.iter().any(|x| x.entity == ent) {
                                let mut e = c.evidence.clone();
                                e.rule = "meeting/contact-before".into();
                                r.roles.push(MeetingRole {
                                    entity: ent,
                                    relation: Relation::ParticipantIn,
                                    evidence: e,
                                });
                            }
                        }
                    }
                    if when.is_none() {
                        when = dates::find(&bv.items, times).first().map(|t| {
                            cx.slice(Span::new(
                                bv.items[t.start].span.start,
                                bv.items[t.end - 1].span.end,
                            ))
                            .to_string()
                        });
                    }
                    break;
                }
            }
            let actors: BTreeSet<usize> = r.roles.iter().map(|x| x.entity).collect();
            let same = drafts.iter().rposition(|d| {
                let theirs = d.actors();
                let shared = theirs.intersection(&actors).count();
                let union = theirs.union(&actors).count();
                // The same actors, or fewer/more of them at the same place or time.
                let anchored = (d.place.is_some()
                    && d.place.as_ref().map(|p| p.0) == place.as_ref().map(|p| p.0))
                    || (d.when.is_some() && d.when == when);
                let subset = theirs.is_subset(&actors) || actors.is_subset(&theirs);
                d.status == status
                    && shared >= 1
                    && (theirs == actors
                        || (subset && anchored)
                        || (shared * 2 >= union && anchored))
                    && compatible(d.place.as_ref().map(|p| p.0), place.as_ref().map(|p| p.0))
                    && compatible(d.when.as_deref(), when.as_deref())
            });
            match same {
                Some(d) => {
                    let dr = &mut drafts[d];
                    for role in r.roles {
                        if !dr
                            .roles
                            .iter()
                            .any(|x| x.entity == role.entity && x.relation == role.relation)
                        {
                            dr.roles.push(role);
                        }
                    }
                    if dr.place.is_none() {
                        dr.place = place;
                    }
                    if dr.when.is_none() {
                        dr.when = when;
                    }
                    dr.evidence.push(ev);
                    last = Some(d);
                }
                None => {
                    drafts.push(Draft {
                        roles: r.roles,
                        place,
                        when,
                        status,
                        evidence: vec![ev],
                        noun,
                    });
                    last = Some(drafts.len() - 1);
                }
            }
        }
    }
    drafts
        .into_iter()
        .filter(|d| {
            let n = d.actors().len();
            n >= 2 || (n == 1 && d.place.is_some())
        })
        .map(|d| finish(cx, d, entities))
        .collect()
}

fn compatible<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// "in Rome", "at the State Department", "in a State Department room" after the
/// meeting word.
fn find_place(
    cx: &Context<'_>,
    v: &View,
    from: usize,
    rooms: &[Vec<String>],
) -> Option<(usize, Evidence)> {
    let items = &v.items;
    let lex = &cx.res.rules.lexis;
    let departures = &cx.res.rules.file.meetings.departures;
    let end = (from + 16).min(items.len());
    let mut p = from;
    while p < end {
        let it = &items[p];
        if it.slot.is_none()
            && matches!(
                it.lower.as_str(),
                "said" | "says" | ";" | "." | "when" | "after" | "before"
            )
        {
            break;
        }
        if it.slot.is_none() && departures.iter().any(|d| d == it.lower.as_str()) {
            if let Some(slot) = items.get(p + 1).and_then(|x| x.slot) {
                if slot.kind == EntityKind::Place {
                    let span = Span::new(it.span.start, items[p + 1].span.end);
                    return Some((
                        slot.entity,
                        cx.evidence(v.sentence, span, "meeting/left-place"),
                    ));
                }
            }
        }
        if it.slot.is_none() && (it.lower == "in" || it.lower == "at") {
            let mut q = p + 1;
            if lex.det_at(items, q) {
                q += 1;
            }
            if let Some(slot) = items.get(q).and_then(|x| x.slot) {
                let room = rooms.iter().any(|w| Lexis::phrase_at(items, q + 1, w));
                let ok = match slot.kind {
                    EntityKind::Place | EntityKind::Country => true,
                    EntityKind::Organization => it.lower == "at" || room,
                    _ => false,
                };
                if ok {
                    let span = Span::new(it.span.start, items[q].span.end);
                    return Some((slot.entity, cx.evidence(v.sentence, span, "meeting/place")));
                }
            }
        }
        p += 1;
    }
    None
}

/// Short human name: a person by surname, others by name.
fn short(e: &LocalEntity) -> String {
    match e.kind {
        EntityKind::Person => e
            .name
            .split_whitespace()
            .last()
            .unwrap_or(&e.name)
            .to_string(),
        _ => e.name.clone(),
    }
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        _ => {
            let shown = &names[..names.len().min(4)];
            let (last, rest) = shown.split_last().expect("non-empty");
            if names.len() > 4 {
                format!("{}, {last} and others", rest.join(", "))
            } else {
                format!("{} and {last}", rest.join(", "))
            }
        }
    }
}

fn finish(cx: &Context<'_>, d: Draft, entities: &[LocalEntity]) -> LocalMeeting {
    let names = |rel: Relation| -> Vec<String> {
        let mut seen = BTreeSet::new();
        d.roles
            .iter()
            .filter(|r| r.relation == rel && seen.insert(r.entity))
            .map(|r| short(&entities[r.entity]))
            .collect()
    };
    let participants = names(Relation::ParticipantIn);
    let organizers = names(Relation::Organized);
    let mediators = names(Relation::Mediated);
    let mut label = if !participants.is_empty() {
        let mut all = participants.clone();
        all.extend(
            organizers
                .iter()
                .filter(|o| !participants.contains(o))
                .cloned(),
        );
        join_names(&all)
    } else if !organizers.is_empty() {
        format!(
            "{} hosted by {}",
            meeting_word(&d.noun),
            join_names(&organizers)
        )
    } else {
        format!(
            "{} mediated by {}",
            meeting_word(&d.noun),
            join_names(&mediators)
        )
    };
    if let Some((p, _)) = &d.place {
        label.push_str(" in ");
        label.push_str(&short(&entities[*p]));
    }
    let date = d
        .when
        .as_deref()
        .and_then(|w| dates::resolve(w, cx.doc.meta.date.as_deref(), d.status));
    let modality = match d.status {
        MeetingStatus::Held => Modality::Asserted,
        MeetingStatus::Planned => Modality::Planned,
        MeetingStatus::Cancelled => Modality::Negated,
    };
    let mut roles = d.roles;
    for r in &mut roles {
        r.evidence.modality = pattern::stronger(r.evidence.modality, modality);
        if d.status == MeetingStatus::Planned && r.evidence.modality == Modality::Hypothetical {
            r.evidence.modality = Modality::Planned;
        }
    }
    LocalMeeting {
        label,
        roles,
        place: d.place,
        when: d.when,
        date,
        status: d.status,
        evidence: d.evidence,
    }
}

fn meeting_word(noun: &str) -> String {
    let w = noun.split(" and ").last().unwrap_or(noun);
    if w.is_empty() || w.chars().all(|c| !c.is_alphabetic()) {
        return "Meeting".into();
    }
    // A verb ("convened") names no meeting.
    if w.ends_with("ed") {
        return "Meeting".into();
    }
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => "Meeting".into(),
    }
}

#[cfg(test)]
mod tests;
