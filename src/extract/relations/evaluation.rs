//! Criticism stated by evaluation in reported speech: a speaker who says of someone that
//! they failed, wasted or wrecked something criticises them ('X said: "Y was a terrible
//! waste of money"', '"Don't let the Tories wreck it," X said', "Y has failed, X said").

use super::{is_media, Speakers, Stated};
use crate::extract::layer::actor::{actor_slot, owner};
use crate::extract::layer::chunk::{Chunk, ChunkKind, Voice};
use crate::extract::layer::clause::Frame;
use crate::extract::layer::view::{Slot, View};
use crate::extract::rules::RuleSet;
use crate::extract::{Context, LocalEntity, LocalRelation};
use crate::model::{EntityKind, MentionForm, Modality, Relation, Span};

/// Most items after a verb group's first word read for an evaluative word: "was a
/// terrible waste of public money" is read, the rest of a long clause is not.
const EVALUATION_ITEMS: usize = 10;

/// Words back from an evaluative word within which a verb undoing it is looked for:
/// "end the scandal", "tackle this shameful waste".
const REMEDY_WINDOW: usize = 3;

/// The rules' class of verbs that undo a bad thing.
const REMEDY_VERBS: &str = "remedy_verbs";

/// The rule id of criticism read from what a speaker says.
const RULE: &str = "quoted-criticism";

/// The rules' class of verbs that say what their object is.
const CHARACTERIZING_VERBS: &str = "characterizing_verbs";

/// The rule id of criticism read from what a subject calls its object.
const CHARACTERIZING_RULE: &str = "called-bad";

/// Criticism each speaker of `v` states by what they say of an actor.
pub(super) fn quoted_criticism(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    speakers: &Speakers,
    out: &mut Vec<LocalRelation>,
) {
    for m in &speakers.0 {
        let Some(speaker) = m.s.first().and_then(|&i| v.items[i].slot) else {
            continue;
        };
        if !is_actor(speaker) || m.modality != Modality::Asserted {
            continue;
        }
        let said = Said {
            speaker: speaker.entity,
            items: Some((m.start, m.end)),
        };
        criticism_said(cx, v, entities, speakers, said, out);
    }
}

/// Criticism stated in a sentence that goes on with a quotation a speaker named in an
/// earlier sentence opened: 'X said: "We will cut taxes. Y has failed."'.
pub(super) fn carried_criticism(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    speaker: usize,
    out: &mut Vec<LocalRelation>,
) {
    let said = Said {
        speaker,
        items: None,
    };
    criticism_said(cx, v, entities, &Speakers(Vec::new()), said, out);
}

/// Who says what a sentence quotes, and the items of the attribution in it, if any.
#[derive(Clone, Copy)]
struct Said {
    speaker: usize,
    items: Option<(usize, usize)>,
}

/// Criticism of the actors the frames of `v` evaluate, by the speaker of `said`.
fn criticism_said(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    speakers: &Speakers,
    said: Said,
    out: &mut Vec<LocalRelation>,
) {
    // "Has Y failed?": a question evaluates no one.
    if v.items.last().is_some_and(|it| it.is("?")) {
        return;
    }
    let rs = &cx.res.rules;
    let inside = |a: usize, b: usize| said.items.is_some_and(|(s, e)| a < e && b > s);
    for f in &v.frames {
        let verb = &v.chunks[f.verb];
        // The speech verb itself and what the speaker's own clause holds.
        if inside(verb.start, verb.end) {
            continue;
        }
        // "Y called X a disgrace": Y judges X, not X anyone.
        if f.modality == Modality::Negated || characterizes(rs, v, f) || !bad_from(rs, v, f.verb) {
            continue;
        }
        for (np, target) in evaluated(rs, v, f) {
            let np_start = v.chunks[np].start;
            if target.entity == said.speaker
                || inside(np_start, v.chunks[np].end)
                || is_media(rs, entities, target.entity)
            {
                continue;
            }
            let (first, last) = match said.items {
                Some((s, e)) => (s.min(np_start), e.max(verb.end)),
                None => (np_start, verb.end),
            };
            let stated = Stated {
                source: said.speaker,
                relation: Relation::Criticized,
                target: target.entity,
                span: Span::new(v.items[first].span.start, v.items[last - 1].span.end),
                items: (first, last),
                modality: Modality::Asserted,
                rule: RULE,
            };
            out.push(stated.relation(cx, v, entities, speakers));
        }
    }
}

/// Criticism by the subject of a frame that calls its object something bad: "X called
/// Y a disgrace", "X described Y's plans as \"a terrible waste of money\"".
pub(super) fn characterized_criticism(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    speakers: &Speakers,
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    for f in &v.frames {
        if f.voice != Voice::Active || f.modality == Modality::Negated || !characterizes(rs, v, f) {
            continue;
        }
        let Some((object, target)) = f
            .objects
            .iter()
            .find_map(|&o| judged_actor(rs, v, o).map(|s| (o, s)))
        else {
            continue;
        };
        if !bad_from(rs, v, object) || is_media(rs, entities, target.entity) {
            continue;
        }
        for &s in &f.subjects {
            let Some(source) = actor_slot(rs, v, s).filter(|s| is_actor(*s)) else {
                continue;
            };
            if source.entity == target.entity {
                continue;
            }
            let (first, last) = (v.chunks[s].start, complement_end(v, object));
            let stated = Stated {
                source: source.entity,
                relation: Relation::Criticized,
                target: target.entity,
                span: Span::new(v.items[first].span.start, v.items[last - 1].span.end),
                items: (first, last),
                modality: f.modality,
                rule: CHARACTERIZING_RULE,
            };
            out.push(stated.relation(cx, v, entities, speakers));
        }
    }
}

/// Whether frame `f`'s verb says what its object is ("called", "described").
fn characterizes(rs: &RuleSet, v: &View, f: &Frame) -> bool {
    let head = &v.items[v.chunks[f.verb].head];
    rs.lexis.class_has_word(CHARACTERIZING_VERBS, &head.lower)
}

/// Whether `s` can be criticised or criticise: a person, organisation or country.
pub(super) fn is_actor(s: Slot) -> bool {
    matches!(
        s.kind,
        EntityKind::Person | EntityKind::Organization | EntityKind::Country
    )
}

/// Whether chunk `k` or the phrases right after it, up to the next clause, hold an
/// evaluative word: a frame's verb group says something bad of its subject ("has
/// failed", "was a terrible waste of money"), an object of what it is called ("Y a
/// disgrace"); "failed to score" reports an event, not a judgement.
fn bad_from(rs: &RuleSet, v: &View, k: usize) -> bool {
    // "will end the scandal": what sets out to undo a bad thing is no bad thing.
    let remedied = |i: usize| {
        (i.saturating_sub(REMEDY_WINDOW)..i)
            .any(|k| rs.lexis.class_has_word(REMEDY_VERBS, &v.items[k].lower))
    };
    (v.chunks[k].start..complement_end(v, k)).any(|i| {
        rs.criticism_words.has(v.items[i].sym)
            && v.items.get(i + 1).is_none_or(|n| !n.is("to"))
            && !remedied(i)
    })
}

/// The item past the phrases that complete chunk `k`, within a few items of its start:
/// "was a terrible waste of public money", "Y's plans as \"a shambles\"".
fn complement_end(v: &View, k: usize) -> usize {
    let limit = v.chunks[k].start + EVALUATION_ITEMS;
    // "Y's plans were \"deeply flawed\"": quotes inside the complement go on with it.
    let quote = |c: &Chunk| c.kind == ChunkKind::Stop && v.items[c.start].tag.is_quote();
    v.chunks[k + 1..]
        .iter()
        .take_while(|c| {
            c.end <= limit
                && (quote(c)
                    || matches!(c.kind, ChunkKind::Noun | ChunkKind::Prep | ChunkKind::Other))
        })
        .last()
        .map_or(v.chunks[k].end, |c| c.end)
}

/// The actors frame `f` evaluates, with their noun phrases: its subjects (for a
/// passive, its agents after "by").
fn evaluated(rs: &RuleSet, v: &View, f: &Frame) -> Vec<(usize, Slot)> {
    let nps: Vec<usize> = match f.voice {
        Voice::Active => f.subjects.clone(),
        Voice::Passive => f.agents(&v.items, &v.chunks),
    };
    nps.into_iter()
        .filter_map(|np| judged_actor(rs, v, np).map(|s| (np, s)))
        .collect()
}

/// The actor noun phrase `np` puts up for judgement: the actor it stands for, or the
/// owner of a proposal it names ("Y's plans").
fn judged_actor(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    actor_slot(rs, v, np)
        .or_else(|| proposal_owner(rs, v, np))
        .filter(|s| is_actor(*s))
}

/// The owner of a proposal-like thing the frame evaluates, named outright: 'X said
/// "Y's plans are a shambles"' criticises Y; "the company's offer" may be anyone's.
fn proposal_owner(rs: &RuleSet, v: &View, np: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    let head = &v.items[c.head];
    (c.kind == ChunkKind::Noun && head.slot.is_none() && rs.owned_nouns.has(head.sym))
        .then(|| owner(v, np))
        .flatten()
        .filter(|s| matches!(s.form, MentionForm::Name | MentionForm::Demonym))
}
