//! What a meeting reference says besides its actors: whether it refers back, its
//! status, place and time.

use super::drafts::Reading;
use super::Ref;
use crate::extract::dates::TimeExpr;
use crate::extract::layer::chunk::ChunkKind;
use crate::extract::layer::clause::Frame;
use crate::extract::layer::view::{Item, View};
use crate::extract::pattern::Lexis;
use crate::extract::Context;
use crate::model::{EntityKind, Evidence, MeetingStatus, Modality, Span};
use crate::text::tagger::Tag;

/// Sentences looked back over for the contact a bare definite meeting refers to.
pub(super) const CONTACT_LOOKBACK: usize = 3;
/// Most words before a meeting word that may make it definite ("this week's talks").
const DEFINITE_WINDOW: usize = 4;
/// Words around a meeting word searched for a cancellation ("called off").
const CANCELLED_WINDOW: usize = 6;
/// Words before a meeting word searched for a plan ("plans to", "next").
const PLANNED_WINDOW: usize = 8;
/// Most words between a meeting word and a plan word right after it: ", which" in "the
/// meeting, which will be attended by".
const RELATIVE_OPENERS: usize = 2;
/// Most words from a meeting word to a place after it ("met on Sunday in Rome").
const PLACE_WINDOW: usize = 16;
/// Most words between a purpose's preposition and its meeting word: "for two days of
/// talks".
const PURPOSE_WORDS: usize = 4;
/// Most words between a "where" and its meeting word: "where he later met".
const RELATIVE_WORDS: usize = 4;
/// Most words from a meeting word to a time after it.
const TIME_AFTER: usize = 14;
/// Most words from a time before a meeting word to it ("on Sunday, the two met").
const TIME_BEFORE: usize = 6;

/// Whether a determiner or possessive shortly before the meeting word makes it refer
/// back: "the meeting", "their talks", "this week's talks".
pub(super) fn is_definite(v: &View, r: &Ref, definite: &[Vec<String>]) -> bool {
    let items = &v.items;
    let mut p = r.trigger.start;
    let mut n = 0;
    while p > 0 && n < DEFINITE_WINDOW && items[p - 1].slot.is_none() {
        p -= 1;
        n += 1;
        if definite
            .iter()
            .any(|d| d.len() == 1 && d[0] == items[p].lower)
        {
            return true;
        }
    }
    false
}

/// A reference read into what a draft needs: its roles, status, place, time and
/// evidence.
pub(super) fn read(cx: &Context<'_>, v: &View, r: Ref, times: &[TimeExpr]) -> Reading {
    let items = &v.items;
    let t = r.trigger;
    let status = status(cx, v, &r);
    let place = find_place(cx, v, t.end)
        .or_else(|| place_gone_to(cx, v, t.start))
        .or_else(|| place_of_clause(cx, v, t.start));
    let when = time_of(cx, v, &r, times);
    let noun = items[t.start..t.end]
        .iter()
        .map(|i| i.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let span = Span::new(items[t.start].span.start, items[t.end - 1].span.end);
    Reading {
        roles: r.roles,
        place,
        when,
        status,
        evidence: cx.evidence(v.sentence, span, "meeting-word"),
        noun,
    }
}

/// Whether one of `phrases` starts between items `from` and `to`.
pub(super) fn phrase_near(items: &[Item], from: usize, to: usize, phrases: &[Vec<String>]) -> bool {
    phrase_near_before(items, from, to, phrases, |_| true)
}

/// Whether one of `phrases` stands between `from` and `to` with an item after it that
/// `next` accepts (or none).
fn phrase_near_before(
    items: &[Item],
    from: usize,
    to: usize,
    phrases: &[Vec<String>],
    next: impl Fn(&Item) -> bool,
) -> bool {
    // "who took office in May": a word written as a name inside the sentence is no
    // modal or plan.
    let proper = |p: usize| p > 0 && matches!(items[p].tag, Tag::Nnp | Tag::Nnps);
    (from..to.min(items.len())).any(|p| {
        !proper(p)
            && phrases
                .iter()
                .any(|w| Lexis::phrase_at(items, p, w) && items.get(p + w.len()).is_none_or(&next))
    })
}

/// Whether a cancellation phrase stands between `from` and `to`; refusing to speak is
/// none: "banks that will meet with X declined to comment", by the rules' class
/// `refused_speech`.
fn cancellation_near(cx: &Context<'_>, items: &[Item], from: usize, to: usize) -> bool {
    let rs = &cx.res.rules;
    let speech = |it: &Item| rs.lexis.class_has_word("refused_speech", &it.lower);
    phrase_near_before(items, from, to, &rs.meeting_words.cancelled, |it| {
        !speech(it)
    })
}

/// Cancelled when a cancellation is near; planned when the clause says so, a plan
/// word comes before or right after ("the talks will resume"), or a base-form verb
/// follows its subject ("Kos and Mir meet again"); else held.
fn status(cx: &Context<'_>, v: &View, r: &Ref) -> MeetingStatus {
    let mw = &cx.res.rules.meeting_words;
    let items = &v.items;
    let t = r.trigger;
    let base_after = t.base
        && t.start > 0
        && (items[t.start - 1].slot.is_some() || (t.start > 1 && items[t.start - 1].is("again")));
    let from = t.start.saturating_sub(CANCELLED_WINDOW);
    if cancellation_near(cx, items, from, t.end + CANCELLED_WINDOW)
        || subject_of_cancellation(cx, v, t.start)
    {
        MeetingStatus::Cancelled
    } else if matches!(r.modality, Modality::Planned | Modality::Hypothetical)
        || subject_of_plan(v, t.start, &mw.planned)
        || phrase_near(
            items,
            t.start.saturating_sub(PLANNED_WINDOW),
            t.start,
            &mw.planned,
        )
        || planned_right_after(items, t.end, &mw.planned)
        || base_after
    {
        MeetingStatus::Planned
    } else if r.modality == Modality::Negated {
        MeetingStatus::Cancelled
    } else {
        MeetingStatus::Held
    }
}

/// Whether a plan word follows the meeting word ending at `end` straight away or after
/// a relative pronoun: "the talks will resume", "talks that will be held", "the meeting,
/// which will be attended by". A plan word further on is its clause's, not the
/// meeting's: "the collapse of the recent meeting in London would not last".
fn planned_right_after(items: &[Item], end: usize, planned: &[Vec<String>]) -> bool {
    let opener =
        |it: &Item| it.slot.is_none() && matches!(it.lower.as_str(), "," | "that" | "which");
    let from = end
        + items
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take(RELATIVE_OPENERS)
            .take_while(|it| opener(it))
            .count();
    phrase_near(items, from, from + 1, planned)
}

/// The clauses whose subject the meeting word at item `at` heads. The clause reader may
/// take the names after the meeting word's preposition for the subject; they are still
/// its.
fn clauses_of_subject(v: &View, at: usize) -> Vec<&Frame> {
    let Some(np) = v.chunk_of(at) else {
        return Vec::new();
    };
    // A noun phrase opening its clause: not a verb's object nor a preposition's ("a
    // meeting with his advisers").
    let opens_clause = np
        .checked_sub(1)
        .is_none_or(|p| !matches!(v.chunks[p].kind, ChunkKind::Prep | ChunkKind::Verb));
    let taken = v
        .frames
        .iter()
        .any(|f| f.objects.contains(&np) || f.preps.iter().any(|p| p.nouns.contains(&np)));
    if v.chunks[np].kind != ChunkKind::Noun || !opens_clause || taken {
        return Vec::new();
    }
    let after_prep = v
        .chunks
        .get(np + 1)
        .is_some_and(|c| c.kind == ChunkKind::Prep);
    let subject = |f: &&Frame| {
        f.verb > np
            && (f.subjects.contains(&np)
                || after_prep
                    && !f.subjects.is_empty()
                    && f.subjects.iter().all(|&s| s > np && s < f.verb)
                    && (np + 1..f.verb).all(|k| v.chunks[k].kind != ChunkKind::Verb))
    };
    v.frames.iter().filter(subject).collect()
}

/// Whether the meeting word at item `at` heads the subject of a clause that puts the
/// meeting off or in doubt: "talks between X and Y will take place next week", "the
/// summit is planned for May", "talks could resume".
fn subject_of_plan(v: &View, at: usize, planned: &[Vec<String>]) -> bool {
    clauses_of_subject(v, at).iter().any(|f| {
        let verb = &v.chunks[f.verb];
        matches!(f.modality, Modality::Planned | Modality::Hypothetical)
            || phrase_near(&v.items, verb.start, verb.end, planned)
    })
}

/// Whether the meeting word at item `at` heads the subject of a clause that calls it
/// off, however far the verb: "a summit between X and Y in Budapest has been called
/// off".
fn subject_of_cancellation(cx: &Context<'_>, v: &View, at: usize) -> bool {
    clauses_of_subject(v, at).iter().any(|f| {
        let verb = &v.chunks[f.verb];
        cancellation_near(cx, &v.items, verb.start, verb.end + 1)
    })
}

/// The time written closest after the meeting word, or just before it.
fn time_of(cx: &Context<'_>, v: &View, r: &Ref, times: &[TimeExpr]) -> Option<String> {
    let (start, end) = (r.trigger.start, r.trigger.end);
    times
        .iter()
        .filter(|t| {
            (t.start >= end && t.start - end <= TIME_AFTER)
                || (t.end <= start && start - t.end <= TIME_BEFORE)
        })
        .min_by_key(|t| {
            if t.start >= end {
                t.start - end
            } else {
                start.saturating_sub(t.end) + 1
            }
        })
        .map(|t| time_text(cx, v, t))
}

/// The words of a time as written, without the sentence's full stop the last word may
/// carry ("in August." at a sentence's end is "August").
pub(super) fn time_text(cx: &Context<'_>, v: &View, t: &TimeExpr) -> String {
    let span = Span::new(v.items[t.start].span.start, v.items[t.end - 1].span.end);
    let text = cx.slice(span);
    let last = v.items[t.end..].iter().all(|it| it.tag.is_punct());
    match text.strip_suffix('.') {
        Some(bare) if last && !bare.ends_with('.') => bare.to_string(),
        _ => text.to_string(),
    }
}

/// "flew to Tehran for talks", "is in Tehran for talks": the place someone went to or
/// is at for the meeting whose word starts at `start`.
fn place_gone_to(cx: &Context<'_>, v: &View, start: usize) -> Option<(usize, Evidence)> {
    let items = &v.items;
    let purpose = &cx.res.rules.file.meetings.purpose_preps;
    let prep = word_before(items, start, PURPOSE_WORDS, purpose)?;
    let slot = prep.checked_sub(1).and_then(|p| items[p].slot)?;
    let lexis = &cx.res.rules.lexis;
    let placed = matches!(slot.kind, EntityKind::Place | EntityKind::Country)
        && prep
            .checked_sub(2)
            .is_some_and(|p| lexis.class_has_word("gone_to_preps", &items[p].lower));
    placed.then(|| {
        let span = Span::new(items[prep - 2].span.start, items[prep - 1].span.end);
        (slot.entity, cx.evidence(v.sentence, span, "meeting/place"))
    })
}

/// The nearest of `words` within `window` items before item `start`.
fn word_before(items: &[Item], start: usize, window: usize, words: &[String]) -> Option<usize> {
    (start.saturating_sub(window)..start)
        .rev()
        .find(|&p| words.iter().any(|w| items[p].is(w)))
}

/// "flew to Bonn, where he met the chancellor": the place a "where" clause holding the
/// meeting word at `start` hangs on.
fn place_of_clause(cx: &Context<'_>, v: &View, start: usize) -> Option<(usize, Evidence)> {
    let items = &v.items;
    let relatives = &cx.res.rules.file.meetings.place_relatives;
    let rel = word_before(items, start, RELATIVE_WORDS, relatives)?;
    let comma = rel.checked_sub(1).filter(|&p| items[p].is(","))?;
    let slot = comma.checked_sub(1).and_then(|p| items[p].slot)?;
    matches!(slot.kind, EntityKind::Place | EntityKind::Country).then(|| {
        let span = Span::new(items[comma - 1].span.start, items[rel].span.end);
        (slot.entity, cx.evidence(v.sentence, span, "meeting/place"))
    })
}

/// Whether item `p` opens what a meeting is about ("on trade", "about the war"): one of
/// the rules' `topic_preps` not followed by a time ("on Sunday", "on March 3") or a
/// meeting word ("over dinner").
fn opens_topic(cx: &Context<'_>, items: &[Item], p: usize) -> bool {
    let rules = &cx.res.rules;
    // "met over dinner in Rome": a meal is the meeting, not its topic.
    let time_next = items.get(p + 1).is_some_and(|n| {
        n.slot.is_none()
            && (matches!(n.tag, Tag::Cd | Tag::Nnp)
                || rules.calendar.is_time_phrase(&[n.lower.as_str()])
                || rules.meeting_triggers.has(n.sym))
    });
    items[p].slot.is_none()
        && rules
            .file
            .meetings
            .topic_preps
            .iter()
            .any(|w| *w == items[p].lower)
        && !time_next
}

/// "in Rome", "at the State Department", "in a State Department room" after the
/// meeting word; "before leaving Rome" names where they were.
fn find_place(cx: &Context<'_>, v: &View, from: usize) -> Option<(usize, Evidence)> {
    let items = &v.items;
    let rules = &cx.res.rules;
    let departures = &rules.file.meetings.departures;
    let stops = &rules.file.meetings.place_stops;
    let end = (from + PLACE_WINDOW).min(items.len());
    for p in from..end {
        let it = &items[p];
        if it.slot.is_some() {
            continue;
        }
        if stops.iter().any(|w| w == it.lower.as_str()) || opens_topic(cx, items, p) {
            break;
        }
        if departures.iter().any(|d| d == it.lower.as_str()) {
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
        if it.lower == "in" || it.lower == "at" {
            let mut q = p + 1;
            if rules.lexis.det_at(items, q) {
                q += 1;
            }
            let Some(slot) = items.get(q).and_then(|x| x.slot) else {
                continue;
            };
            let rooms = &rules.meeting_words.rooms;
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
    None
}
