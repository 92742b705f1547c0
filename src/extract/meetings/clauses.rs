//! Actors of meetings read from the sentence layer: the clauses of meeting verbs ("X
//! met Y, Z and W", "X hosted Y", "X spoke by telephone with Y"), the prepositional
//! phrases after meeting nouns ("talks in Delhi between X and Y"), and lists naming
//! the members of a group ("EU leaders, including X and Y").

use super::{ref_at, Ref};
use crate::extract::layer::actor::actors_at;
use crate::extract::layer::chunk::{ChunkKind, Voice};
use crate::extract::layer::clause::{Frame, PrepObject};
use crate::extract::layer::view::View;
use crate::extract::pattern::{self, Lexis};
use crate::extract::rules::{MeetingVerb, RuleSet, ACTORS};
use crate::extract::Context;
use crate::model::{EntityKind, Relation, Span};

/// Words either side of a meeting word searched for a sports fixture.
const FIXTURE_WINDOW: usize = 10;
/// Most prepositional phrases read after a meeting noun ("talks in Delhi on Monday
/// between X and Y").
const NOUN_PREPS: usize = 3;
/// Fewest names a dash or colon list needs to be read as a group's members ("the
/// biggest consumers - China, India and Japan"); one name may be an aside.
const MIN_DASH_LIST: usize = 2;

/// An actor read for a meeting, with the noun-phrase chunk that names it.
#[derive(Debug, Clone, Copy)]
struct Party {
    entity: usize,
    chunk: usize,
    role: Relation,
}

/// Whether a sports fixture is spoken of near items `start..end`: "will meet
/// Likhovtseva in the second round", "the sides meet in the final". A "round of
/// talks" is no fixture.
pub(super) fn is_fixture(cx: &Context<'_>, v: &View, start: usize, end: usize) -> bool {
    let rs = &cx.res.rules;
    let items = &v.items;
    let lo = start.saturating_sub(FIXTURE_WINDOW);
    let hi = (end + FIXTURE_WINDOW).min(items.len());
    (lo..hi).filter(|&p| p < start || p >= end).any(|p| {
        let it = &items[p];
        let of_meeting = items.get(p + 1).is_some_and(|n| n.is("of"))
            && items
                .get(p + 2)
                .is_some_and(|n| rs.meeting_triggers.has(n.sym));
        // "in the final": a fixture noun the tagger may read as an adjective, when no
        // noun follows it ("the final communique" is no fixture).
        let noun = it.tag.is_noun()
            || (it.tag.is_adjective()
                && !items
                    .get(p + 1)
                    .is_some_and(|n| n.slot.is_some() || n.tag.is_noun()));
        it.slot.is_none()
            && noun
            && !of_meeting
            && rs
                .file
                .meetings
                .fixtures
                .iter()
                .any(|f| f == it.lower.as_str())
    })
}

/// Roles read from every clause whose verb names a meeting.
pub(super) fn clause_roles(cx: &Context<'_>, v: &View, refs: &mut Vec<Ref>) {
    let rs = &cx.res.rules;
    let mw = &rs.meeting_words;
    for f in &v.frames {
        let head = v.chunks[f.verb].head;
        // "flew to Tehran for talks": going somewhere for a meeting holds it, and so
        // does being there for one ("is in Tehran for talks with Y").
        let going = || {
            let verb = &v.chunks[f.verb].verb;
            let present = verb.copula && f.objects.is_empty();
            (present || rs.lexis.syntax.motion_verbs.has(v.items[head].sym))
                .then_some(MeetingVerb::Hold)
        };
        let Some(kind) = mw
            .verbs
            .get(v.items[head].lower.as_str())
            .copied()
            .or_else(going)
        else {
            continue;
        };
        let (at, parties) = match kind {
            MeetingVerb::Meet => (head, meet_parties(cx, v, f)),
            MeetingVerb::Host => (head, host_parties(cx, v, f)),
            MeetingVerb::Welcome if at_a_place(v, f) => (head, welcome_parties(cx, v, f)),
            MeetingVerb::Welcome => continue,
            MeetingVerb::Phone => (head, phone_parties(cx, v, f)),
            MeetingVerb::Talk => (head, talk_parties(cx, v, f)),
            MeetingVerb::Visit => (head, visit_parties(cx, v, f)),
            MeetingVerb::Negotiate => (head, negotiate_parties(cx, v, f)),
            MeetingVerb::Hold => match held_meeting(cx, v, f, refs) {
                Some(at) => (at, subjects(cx, v, f, Relation::ParticipantIn)),
                None => continue,
            },
        };
        if parties.is_empty() {
            continue;
        }
        // A meeting verb left out as a fixture or a title has no reference: no meeting.
        let known = refs.iter().any(|r| r.covers(at));
        if kind == MeetingVerb::Meet && !known {
            continue;
        }
        let rule = format!("meeting/clause-{}", kind_name(kind));
        let r = ref_at(refs, at);
        for p in parties {
            let (first, last) = (f.verb.min(p.chunk), f.verb.max(p.chunk));
            let mut ev = cx.evidence(v.sentence, chunk_span(v, first, last), &rule);
            ev.modality = f.modality;
            r.add(p.entity, p.role, ev);
        }
        r.modality = pattern::stronger(r.modality, f.modality);
    }
}

fn kind_name(kind: MeetingVerb) -> &'static str {
    match kind {
        MeetingVerb::Meet => "meet",
        MeetingVerb::Host => "host",
        MeetingVerb::Welcome => "welcome",
        MeetingVerb::Phone => "phone",
        MeetingVerb::Talk => "talk",
        MeetingVerb::Visit => "visit",
        MeetingVerb::Negotiate => "negotiate",
        MeetingVerb::Hold => "hold",
    }
}

/// Byte span of chunks `first..=last`.
fn chunk_span(v: &View, first: usize, last: usize) -> Span {
    let (a, b) = (v.chunks[first].start, v.chunks[last].end - 1);
    Span::new(v.items[a].span.start, v.items[b].span.end)
}

/// The actors the noun phrases `nps` name, and the members listed after the last.
fn parties(cx: &Context<'_>, v: &View, nps: &[usize], role: Relation) -> Vec<Party> {
    // "the foreign ministers of Iran, Saudi Arabia and Turkey": each country takes part.
    let mut out: Vec<Party> = nps
        .iter()
        .flat_map(|&np| actors(&cx.res.rules, v, np))
        .map(|(entity, chunk)| Party {
            entity,
            chunk,
            role,
        })
        .collect();
    if let Some(&last) = nps.iter().max() {
        out.extend(
            members_after(cx, v, last + 1)
                .into_iter()
                .map(|(entity, chunk)| Party {
                    entity,
                    chunk,
                    role,
                }),
        );
    }
    out
}

/// The actors noun phrase `np` names that are people, organisations or countries, each
/// with its chunk: its head, or the bodies whose people it speaks of ("talks with
/// finance ministers of the G8").
fn actors(rs: &RuleSet, v: &View, np: usize) -> impl Iterator<Item = (usize, usize)> {
    actors_at(rs, v, np)
        .into_iter()
        .filter(|(s, _)| ACTORS.contains(&s.kind))
        .map(|(s, chunk)| (s.entity, chunk))
}

/// The subjects of a frame as parties with `role`.
fn subjects(cx: &Context<'_>, v: &View, f: &Frame, role: Relation) -> Vec<Party> {
    parties(cx, v, &f.subjects, role)
}

/// The noun phrases after the frame's prepositions among `preps`.
fn after_preps(v: &View, f: &Frame, preps: &[String]) -> Vec<usize> {
    preps_among(v, f, preps)
        .flat_map(|p| p.nouns.iter().copied())
        .collect()
}

/// The frame's one-word prepositional phrases whose preposition is among `preps`.
fn preps_among<'f>(
    v: &'f View,
    f: &'f Frame,
    preps: &'f [String],
) -> impl Iterator<Item = &'f PrepObject> {
    f.preps
        .iter()
        .filter(|p| p.prep.1 == p.prep.0 + 1 && preps.iter().any(|w| v.items[p.prep.0].is(w)))
}

/// The noun phrases naming who else takes part: "with Y", "between X and Y".
fn party_objects(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<usize> {
    after_preps(v, f, &cx.res.rules.file.meetings.party_preps)
}

/// The agents after "by" of a passive ("was hosted by X").
fn agents(v: &View, f: &Frame) -> Vec<usize> {
    if f.voice == Voice::Passive {
        after_preps(v, f, &["by".to_string()])
    } else {
        Vec::new()
    }
}

/// "X met Y, Z and W", "X and Y met", "X met with Y", "Y was met by X": all take part.
fn meet_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    let p = Relation::ParticipantIn;
    let mut out = subjects(cx, v, f, p);
    out.extend(parties(cx, v, &f.objects, p));
    out.extend(parties(cx, v, &party_objects(cx, v, f), p));
    out.extend(parties(cx, v, &agents(v, f), p));
    out
}

/// "X hosted Y and Z": X hosts, its guests take part; "Y was hosted by X". Guests are
/// people ("Wales host Ireland" is a fixture, "hosting the show" a broadcast); a host
/// with no guest named is left to the role patterns.
fn host_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    let (hosts, guests) = match f.voice {
        Voice::Active => (f.subjects.clone(), f.objects.clone()),
        Voice::Passive => (agents(v, f), f.subjects.clone()),
    };
    let guests: Vec<Party> = parties(cx, v, &guests, Relation::ParticipantIn)
        .into_iter()
        .filter(|p| guest(v, p.chunk))
        .collect();
    if guests.is_empty() {
        return guests;
    }
    let mut out = parties(cx, v, &hosts, Relation::Organized);
    out.extend(guests);
    out
}

/// "X welcomed Y to Downing Street": a host and a guest, both named; a crowd greeting
/// someone is no meeting.
fn welcome_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    let parties = host_parties(cx, v, f);
    if parties.iter().any(|p| p.role == Relation::Organized) {
        parties
    } else {
        Vec::new()
    }
}

/// Whether a preposition of frame `f` names a place or a country ("greeted X in
/// Beijing"), or after "to" or "at" a body's seat ("welcomed X to Downing Street").
fn at_a_place(v: &View, f: &Frame) -> bool {
    f.preps.iter().any(|p| {
        let prep = &v.items[p.prep.1 - 1];
        let seat = prep.is("to") || prep.is("at");
        (seat || prep.is("in"))
            && p.nouns.iter().any(|&np| {
                v.items[v.chunks[np].head]
                    .slot
                    .is_some_and(|s| match s.kind {
                        EntityKind::Place | EntityKind::Country => true,
                        EntityKind::Organization => seat,
                        _ => false,
                    })
            })
    })
}

/// "X phoned Y": both take part in the call.
fn phone_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    let p = Relation::ParticipantIn;
    let others = parties(cx, v, &f.objects, p);
    if others.is_empty() {
        return others;
    }
    let mut out = subjects(cx, v, f, p);
    out.extend(others);
    out
}

/// "X spoke by telephone with Y", "X talked to Y by phone": a call; speaking alone is
/// no meeting.
fn talk_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    let mw = &cx.res.rules.file.meetings;
    let by_phone = after_preps(v, f, &["by".to_string(), "over".to_string()])
        .into_iter()
        .any(|k| {
            let head = &v.items[v.chunks[k].head];
            mw.phone_nouns.iter().any(|n| head.is(n))
        });
    if !by_phone {
        return Vec::new();
    }
    let p = Relation::ParticipantIn;
    let mut others = parties(cx, v, &party_objects(cx, v, f), p);
    others.extend(parties(cx, v, &after_preps(v, f, &["to".to_string()]), p));
    let mut out = subjects(cx, v, f, p);
    // "X and Y spoke by telephone": two named subjects spoke with each other.
    if others.is_empty() && out.len() < 2 {
        return others;
    }
    out.extend(others);
    out
}

/// The noun phrases after the frame's prepositions among `preps` that follow the verb
/// or its object: "discussed the plan with Y"; not "discuss the crisis in trade
/// relations with Y", where the phrase is the relations'.
fn with_verb_or_object(v: &View, f: &Frame, preps: &[String]) -> Vec<usize> {
    let own = |start: usize| {
        v.chunks
            .iter()
            .position(|c| c.end == start)
            .is_some_and(|k| k == f.verb || f.objects.contains(&k))
    };
    preps_among(v, f, preps)
        .filter(|p| own(p.prep.0))
        .flat_map(|p| p.nouns.iter().copied())
        .collect()
}

/// "Acme is negotiating with Zenith", "Blair and Ahern discussed the plan": talking
/// something over is a meeting between named parties, the subjects and those "with"
/// them, or two named subjects alone.
fn negotiate_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    if f.voice == Voice::Passive {
        return Vec::new();
    }
    let p = Relation::ParticipantIn;
    let mut out = subjects(cx, v, f, p);
    let with = with_verb_or_object(v, f, &cx.res.rules.file.meetings.negotiate_preps);
    let others = parties(cx, v, &with, p);
    // "Acme and Zenith have been negotiating with unions": each with a party unnamed.
    if others.is_empty() && (out.len() < 2 || !with.is_empty()) {
        return Vec::new();
    }
    out.extend(others);
    out
}

/// Whether noun phrase `np` names a person as a guest: not an amount ("received 155
/// mln European Currency Units", a misread name), nor the owner of what follows
/// ("welcomed Y's courage").
fn guest(v: &View, np: usize) -> bool {
    let c = &v.chunks[np];
    let owner = v.items.get(c.head + 1).is_some_and(|it| it.is("'s"));
    person(v, np) && !owner && !v.items[c.start..c.end].iter().any(|it| it.tag.is_number())
}

/// Whether noun phrase `np` is headed by a person.
fn person(v: &View, np: usize) -> bool {
    let c = &v.chunks[np];
    v.items[c.head]
        .slot
        .is_some_and(|s| s.kind == EntityKind::Person)
}

/// "X visited the Pope": a visit to a person is a meeting with them; a visit to a
/// country or a company is a trip.
fn visit_parties(cx: &Context<'_>, v: &View, f: &Frame) -> Vec<Party> {
    let p = Relation::ParticipantIn;
    let people: Vec<usize> = f
        .objects
        .iter()
        .copied()
        .filter(|&k| person(v, k))
        .collect();
    if people.is_empty() || f.voice == Voice::Passive {
        return Vec::new();
    }
    let mut out = subjects(cx, v, f, p);
    out.extend(parties(cx, v, &people, p));
    out
}

/// "X and Y held talks", "X flew to Tehran for talks": the meeting word heading the
/// frame's object, or a phrase of what it was for.
fn held_meeting(cx: &Context<'_>, v: &View, f: &Frame, refs: &[Ref]) -> Option<usize> {
    let purpose = after_preps(v, f, &cx.res.rules.file.meetings.purpose_preps);
    f.objects
        .iter()
        .copied()
        .chain(purpose)
        .find_map(|k| meeting_phrase(v, refs, k))
        .map(|k| v.chunks[k].head)
}

/// The noun phrase naming a meeting at chunk `k`, or after "of" there: "talks", "two
/// days of talks", "a round of talks".
fn meeting_phrase(v: &View, refs: &[Ref], k: usize) -> Option<usize> {
    let names = |k: usize| {
        v.chunks
            .get(k)
            .is_some_and(|c| c.kind == ChunkKind::Noun && refs.iter().any(|r| r.covers(c.head)))
    };
    let of = |k: usize| {
        v.chunks
            .get(k)
            .is_some_and(|c| c.kind == ChunkKind::Prep && v.items[c.head].is("of"))
    };
    if names(k) {
        Some(k)
    } else {
        (of(k + 1) && names(k + 2)).then_some(k + 2)
    }
}

/// "X told reporters after talks with Y", "X spoke during two days of talks with Y": the
/// subjects of a clause timed by talks with someone took part in them.
pub(super) fn timing_roles(cx: &Context<'_>, v: &View, refs: &mut Vec<Ref>) {
    let mw = &cx.res.rules.file.meetings;
    for (fi, f) in v.frames.iter().enumerate() {
        // "X said progress in talks with Y was slow": "in" after a speech verb's object
        // belongs to the speech, not to the speaker's act.
        let verb = &v.items[v.chunks[f.verb].head].lower;
        let reports = !f.objects.is_empty() && cx.res.rules.lexis.class_has_word("say", verb);
        // "following talks with Y", tagged as a verb, times the clause as a preposition.
        let timing_verb = mw.timing_preps.iter().any(|w| verb == w);
        let timed = preps_among(v, f, &mw.timing_preps)
            .filter(|p| !(reports && v.items[p.prep.0].is("in")))
            .filter_map(|p| p.nouns.first())
            .chain(f.objects.first().filter(|_| timing_verb))
            .find_map(|&np| meeting_phrase(v, refs, np));
        let Some(np) = timed else { continue };
        let with = v.chunks.get(np + 1).is_some_and(|c| {
            c.kind == ChunkKind::Prep && mw.negotiate_preps.iter().any(|w| v.items[c.head].is(w))
        });
        // "X spoke following talks with Y": the participle's subject is the clause's.
        let clause = match fi.checked_sub(1) {
            Some(p) if timing_verb && f.subjects.is_empty() => &v.frames[p],
            _ => f,
        };
        let parties = subjects(cx, v, clause, Relation::ParticipantIn);
        // "X spoke after Z's talks with Y": talks someone else holds.
        let others = v.chunks[np]
            .possessor
            .and_then(|p| v.items[p].slot)
            .is_some_and(|s| parties.iter().all(|x| x.entity != s.entity));
        if !with || others {
            continue;
        }
        let at = v.chunks[np].head;
        let r = ref_at(refs, at);
        for p in parties {
            let (first, last) = (p.chunk.min(np), p.chunk.max(np));
            let mut ev = cx.evidence(
                v.sentence,
                chunk_span(v, first, last),
                "meeting/timed-clause",
            );
            ev.modality = f.modality;
            r.add(p.entity, p.role, ev);
        }
    }
}

/// Roles read from the prepositional phrases after meeting nouns: "talks with Y",
/// "talks in Delhi between X and Y", "a hearing between X and Y".
pub(super) fn noun_roles(cx: &Context<'_>, v: &View, refs: &mut Vec<Ref>) {
    let mw = &cx.res.rules.file.meetings;
    for (k, c) in v.chunks.iter().enumerate() {
        if c.kind != ChunkKind::Noun || v.items[c.head].slot.is_some() {
            continue;
        }
        let known = refs.iter().any(|r| r.covers(c.head));
        let party_noun = mw.party_nouns.iter().any(|n| v.items[c.head].is(n));
        if !known && !party_noun {
            continue;
        }
        let found = parties_after_noun(cx, v, k, refs);
        // "a hearing" names a meeting only between named parties.
        if found.is_empty() || (!known && found.len() < 2) {
            continue;
        }
        let r = ref_at(refs, c.head);
        for p in found {
            let ev = cx.evidence(
                v.sentence,
                chunk_span(v, k, p.chunk),
                "meeting/noun-parties",
            );
            r.add(p.entity, p.role, ev);
        }
    }
}

/// The parties after the noun phrase at `k`: the actors of its "with"/"between"
/// phrases, past other prepositional phrases ("in Delhi", "on trade"), up to another
/// meeting's noun, whose parties they are ("a news conference after talks with Y").
fn parties_after_noun(cx: &Context<'_>, v: &View, k: usize, refs: &[Ref]) -> Vec<Party> {
    let party_preps = &cx.res.rules.file.meetings.party_preps;
    let mut out = Vec::new();
    let mut j = k + 1;
    for _ in 0..NOUN_PREPS {
        let is = |at: usize, kind: ChunkKind| v.chunks.get(at).is_some_and(|c| c.kind == kind);
        if !is(j, ChunkKind::Prep) || !is(j + 1, ChunkKind::Noun) {
            break;
        }
        if refs.iter().any(|r| r.covers(v.chunks[j + 1].head)) {
            break;
        }
        let list = noun_list(v, j + 1);
        let prep = &v.items[v.chunks[j].head];
        if party_preps.iter().any(|w| prep.is(w)) {
            let named: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&n| !subject_of_next_clause(v, k, n))
                .collect();
            out.extend(parties(cx, v, &named, Relation::ParticipantIn));
        }
        j = list.last().copied().unwrap_or(j + 1) + 1;
    }
    out
}

/// The noun phrase at chunk `k` and those the sentence layer coordinates with it ("X,
/// Y and Z"), with a name in apposition to the last one: "his Israeli counterpart, X,
/// and the Palestinian leader, Y".
fn noun_list(v: &View, k: usize) -> Vec<usize> {
    let mut out = v.conjuncts(k);
    let last = out.last().copied().unwrap_or(k);
    let apposed = v
        .chunks
        .get(last + 1)
        .is_some_and(|c| c.kind == ChunkKind::Comma && v.items[c.head].is(","))
        && v.chunks
            .get(last + 2)
            .is_some_and(|c| c.kind == ChunkKind::Noun);
    if apposed {
        out.push(last + 2);
    }
    out
}

/// Whether the noun phrase at chunk `k`, after a comma, opens the next clause as its
/// subject while the meeting noun before it was already a verb's object: "held
/// discussions with X, Reuters reported"; not "After talks with X, Y said", where Y
/// held them.
fn subject_of_next_clause(v: &View, meeting: usize, k: usize) -> bool {
    let after_comma = k > 0 && v.chunks[k - 1].kind == ChunkKind::Comma;
    let verb_next = v
        .chunks
        .get(k + 1)
        .is_some_and(|c| c.kind == ChunkKind::Verb);
    let object = v.chunks[..meeting]
        .iter()
        .any(|c| c.kind == ChunkKind::Verb);
    after_comma && verb_next && object
}

/// The members of a group listed after it, from the chunk at `at`: "EU leaders,
/// including Chirac and Schroeder", "the biggest consumers - China, India and Japan".
fn members_after(cx: &Context<'_>, v: &View, at: usize) -> Vec<(usize, usize)> {
    let Some(sep) = v.chunks.get(at) else {
        return Vec::new();
    };
    let word = v.items[sep.head].lower.as_str();
    let dash = matches!(word, "-" | "--" | ":" | "\u{2013}" | "\u{2014}");
    if !matches!(sep.kind, ChunkKind::Comma | ChunkKind::Stop) || !(dash || word == ",") {
        return Vec::new();
    }
    let including = &cx.res.rules.meeting_words.including;
    let opener = including
        .iter()
        .find(|w| Lexis::phrase_at(&v.items, sep.end, w))
        .map(Vec::len);
    if opener.is_none() && !dash {
        return Vec::new();
    }
    let start = sep.end + opener.unwrap_or(0);
    let Some(first) = v
        .chunks
        .iter()
        .position(|c| c.start == start && c.kind == ChunkKind::Noun)
    else {
        return Vec::new();
    };
    let members: Vec<(usize, usize)> = noun_list(v, first)
        .into_iter()
        .filter_map(|k| actors(&cx.res.rules, v, k).next())
        .collect();
    if opener.is_none() && members.len() < MIN_DASH_LIST {
        return Vec::new();
    }
    members
}
