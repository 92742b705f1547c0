//! Relations stated by nouns: "X's attack on Y", "the US attack on Iraq", "X launched an
//! attack on Y", "criticism of Y by X", "a stake in Y", "X's takeover of Y".

use super::verbs::targets_at;
use crate::extract::layer::actor::{actor_slot, named_actor};
use crate::extract::layer::chunk::{ChunkKind, Voice};
use crate::extract::layer::clause::{object_apposition, Frame};
use crate::extract::layer::view::{Item, Slot, View};
use crate::extract::rules::{NounRule, RuleSet, VerbArgs};
use crate::extract::{Context, LocalEntity, LocalRelation};
use crate::model::{EntityKind, MentionForm, Modality, Span};

/// The relations the noun phrases of `v` state.
pub(super) fn noun_relations(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    for (k, c) in v.chunks.iter().enumerate() {
        if c.kind != ChunkKind::Noun || v.items[c.head].slot.is_some() {
            continue;
        }
        let Some(rules) = rs.nouns.get(v.items[c.head].lower.as_str()) else {
            continue;
        };
        for &r in rules {
            read_noun(cx, v, k, &rs.file.nouns[r], entities, out);
        }
    }
}

/// Who acts through the noun phrase at `k`, with the modality of the act.
struct Agent {
    slot: Slot,
    /// The chunk it was read from.
    chunk: usize,
    modality: Modality,
    /// It gets the act from whoever "of" names ("X has the support of Y").
    receives: bool,
}

/// The relations one noun rule reads from the noun phrase at chunk `k`.
fn read_noun(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    rule: &NounRule,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    let Some((targets, after)) = noun_objects(rs, v, k, rule) else {
        return;
    };
    let denied = rs
        .lexis
        .class_has_word("negating_determiners", &v.items[v.chunks[k].start].lower);
    for mut agent in agents(rs, v, k, after, rule.occasion) {
        if denied {
            agent.modality = Modality::Negated;
        }
        if !kind_allowed(&rule.source, &agent.slot) {
            continue;
        }
        if rule.args == VerbArgs::ObjectPrep {
            push_to_party(cx, v, rule, &agent, &targets, after, out);
            continue;
        }
        let relation = match rule.spoken {
            Some(r) if super::acts_in_words(rs, entities, agent.slot.entity) => r,
            _ => rule.relation,
        };
        for &(target, chunk) in &targets {
            if !kind_allowed(&rule.target, &target) || target.entity == agent.slot.entity {
                continue;
            }
            let (source, target) = match (rule.args, agent.receives) {
                (VerbArgs::ObjectSubject, false) | (_, true) => (target, agent.slot),
                _ => (agent.slot, target),
            };
            let first = v.chunks[agent.chunk.min(k)].start;
            let last = v.chunks[chunk.max(agent.chunk)].end - 1;
            let span = Span::new(v.items[first].span.start, v.items[last].span.end);
            let mut ev = cx.evidence(v.sentence, span, &rule.id);
            ev.modality = agent.modality;
            out.push(LocalRelation {
                source: source.entity,
                relation,
                target: target.entity,
                evidence: ev,
            });
        }
    }
}

/// "Acme completed the sale of Zenith to Borford": the object goes to the party named
/// after it, whoever the agent is; the agent gives only the act's modality.
fn push_to_party(
    cx: &Context<'_>,
    v: &View,
    rule: &NounRule,
    agent: &Agent,
    objects: &[(Slot, usize)],
    after: usize,
    out: &mut Vec<LocalRelation>,
) {
    let party = prep_phrase_at(v, after, &rule.party_preps)
        .then(|| named_actor(&cx.res.rules, v, after + 1))
        .flatten();
    let Some(party) = party else {
        return;
    };
    for &(object, _) in objects {
        let allowed = kind_allowed(&rule.target, &object) && kind_allowed(&rule.target, &party);
        if !allowed || object.entity == party.entity || object.entity == agent.slot.entity {
            continue;
        }
        let first = v.chunks[agent.chunk.min(after)].start;
        let last = v.chunks[after + 1].end - 1;
        let span = Span::new(v.items[first].span.start, v.items[last].span.end);
        let mut ev = cx.evidence(v.sentence, span, &rule.id);
        ev.modality = agent.modality;
        out.push(LocalRelation {
            source: object.entity,
            relation: rule.relation,
            target: party.entity,
            evidence: ev,
        });
    }
}

/// Whether chunk `at` is a preposition of `preps` followed by a noun phrase.
fn prep_phrase_at(v: &View, at: usize, preps: &[String]) -> bool {
    v.chunks
        .get(at)
        .zip(v.chunks.get(at + 1))
        .is_some_and(|(p, n)| {
            p.kind == ChunkKind::Prep
                && n.kind == ChunkKind::Noun
                && preps.iter().any(|w| v.items[p.head].is(w))
        })
}

/// Whether a rule's kinds (none: any) allow the entity in `slot`.
fn kind_allowed(allowed: &[EntityKind], slot: &Slot) -> bool {
    allowed.is_empty() || allowed.contains(&slot.kind)
}

/// The entities after the noun's prepositions ("attack on Y and Z", "talks with the
/// leaders of Y and Z"), each with its chunk, and the chunk after them.
fn noun_objects(
    rs: &RuleSet,
    v: &View,
    k: usize,
    rule: &NounRule,
) -> Option<(Vec<(Slot, usize)>, usize)> {
    let prep_object = |at: usize| prep_phrase_at(v, at, &rule.preps);
    let prep = if prep_object(k + 1) {
        k + 1
    } else if setting_between(rs, v, k) && prep_object(k + 3) {
        k + 3
    } else {
        let place = modifier_place(v, k).filter(|_| rule.modifier_object)?;
        return Some((vec![(place, k)], k + 1));
    };
    let mut conjuncts = v.conjuncts(prep + 1);
    let mut after = conjuncts.last().map_or(prep + 2, |&j| j + 1);
    // "talks with his Iranian counterpart, Kamal Kharrazi,": names in apposition to a
    // common noun phrase are the object.
    if let Some((names, next)) = object_apposition(&v.items, &v.chunks, &conjuncts, after) {
        conjuncts = names;
        after = next;
    }
    let out: Vec<(Slot, usize)> = conjuncts
        .into_iter()
        .flat_map(|j| targets_at(rs, v, j, rule.relation))
        .collect();
    (!out.is_empty()).then_some((out, after))
}

/// "a speech in Westminster to the committee", "talks on Monday with Y": whether a
/// preposition's phrase naming a place or a time follows the noun at chunk `k`.
fn setting_between(rs: &RuleSet, v: &View, k: usize) -> bool {
    v.chunks
        .get(k + 1)
        .zip(v.chunks.get(k + 2))
        .is_some_and(|(p, n)| {
            let head = &v.items[n.head];
            let place = head
                .slot
                .as_ref()
                .is_some_and(|s| matches!(s.kind, EntityKind::Place | EntityKind::Country));
            p.kind == ChunkKind::Prep
                && n.kind == ChunkKind::Noun
                && (place || head.slot.is_none() && head.is_time_noun(&rs.lexis.syntax))
        })
}

/// "Mr Straw's China trip": a place or country named between the possessive of the noun
/// phrase at chunk `k` and its head.
fn modifier_place(v: &View, k: usize) -> Option<Slot> {
    let c = &v.chunks[k];
    let owner = c.possessor?;
    // A possessive closing the phrase is its head ("the visit was Japan's").
    v.items
        .get(owner + 1..c.head)?
        .iter()
        .rev()
        .find_map(|it| it.slot)
        .filter(|s| {
            matches!(s.kind, EntityKind::Place | EntityKind::Country) && s.form == MentionForm::Name
        })
}

/// Who acts: the noun's owner ("X's attack", "the US attack"), the subjects of a light
/// verb taking it ("X and Y own a stake"), engaged in it ("X is in talks") or owning it
/// by a possessive ("X renewed its attack"), on it as an `occasion` ("X met Y on his
/// visit to Z"), or the agent after it ("criticism of Y by X").
/// A nationality before the noun names no actor: "Palestinian lone-wolf attacks" are
/// not the acts of a state.
fn agents(rs: &RuleSet, v: &View, k: usize, after: usize, occasion: bool) -> Vec<Agent> {
    if let Some(slot) = owner_of(rs, v, k) {
        return vec![Agent {
            slot,
            chunk: k,
            modality: act_modality(rs, v, k),
            receives: false,
        }];
    }
    if let Some(f) = v
        .frames
        .iter()
        .find(|f| takes_act(rs, v, f, k, after, occasion))
    {
        return subjects_of(rs, v, f, received_of(rs, v, f, k));
    }
    let by_agent = agent_follows(v, after);
    if let Some(f) = fronted_occasion(rs, v, k, after).filter(|_| occasion && !by_agent) {
        return subjects_of(rs, v, f, false);
    }
    if !by_agent {
        return Vec::new();
    }
    actor_slot(rs, v, after + 1)
        .map(|slot| Agent {
            slot,
            chunk: after + 1,
            modality: act_modality(rs, v, k),
            receives: false,
        })
        .into_iter()
        .collect()
}

/// Whether "by" follows the noun's objects at chunk `after`: "during a visit to Y by
/// the Pope" is the Pope's visit, not the subject's.
fn agent_follows(v: &View, after: usize) -> bool {
    v.chunks
        .get(after)
        .is_some_and(|p| p.kind == ChunkKind::Prep && v.items[p.head].is("by"))
}

/// The actors among the subjects of frame `f`, each with the frame's modality, getting
/// the act when `receives`.
fn subjects_of(rs: &RuleSet, v: &View, f: &Frame, receives: bool) -> Vec<Agent> {
    f.subjects
        .iter()
        .filter_map(|&s| {
            Some(Agent {
                slot: actor_slot(rs, v, s)?,
                chunk: s,
                modality: f.modality,
                receives,
            })
        })
        .collect()
}

/// The owner the noun phrase at `k` names: a name before its head or a possessive
/// pronoun resolved to someone ("its condemnation").
fn owner_of(rs: &RuleSet, v: &View, k: usize) -> Option<Slot> {
    let c = &v.chunks[k];
    // "the EU is united in its condemnation of Y": a possessive pronoun resolved to
    // someone owns the act as a name does.
    let possessive_pronoun = |it: &Item| {
        it.slot.filter(|s| {
            s.form == MentionForm::Pronoun
                && rs.lexis.class_has_word("subject_possessives", &it.lower)
                && pronoun_owns(rs, v, k, s.entity)
        })
    };
    c.possessor.and_then(|p| v.items[p].slot).or_else(|| {
        let it = v.items[c.start..c.head]
            .iter()
            .rfind(|it| it.slot.is_some())?;
        it.slot
            .filter(|s| s.form == MentionForm::Name)
            .or_else(|| possessive_pronoun(it))
    })
}

/// Whether frame `f` carries the act of the noun phrase at `k` for its subject: a
/// light verb takes it, the subject undergoes it, is engaged in it, owns it or is on
/// it.
fn takes_act(rs: &RuleSet, v: &View, f: &Frame, k: usize, after: usize, occasion: bool) -> bool {
    let c = &v.chunks[k];
    // "the EU repeated its condemnation of Y": the subject's own act.
    let subjects_own = v.items.get(c.start).is_some_and(|it| {
        it.slot.is_none() && rs.lexis.class_has_word("subject_possessives", &it.lower)
    });
    let by_agent = agent_follows(v, after);
    let verb = &v.items[v.chunks[f.verb].head];
    // "Acme signed a deal with the government of Qatar": sealing a pact carries it
    // as a light verb does.
    let light = rs.light_verbs.has(verb.sym) || rs.lexis.class_has_word("seal", &verb.lower);
    let owned = subjects_own
        && rs.lexis.class_has_word("own_act_verbs", &verb.lower)
        && (f.objects.contains(&k) || f.preps.iter().any(|p| p.nouns.contains(&k)));
    // "X is in talks with Y": an act the subject is engaged in.
    let engaged = rs.lexis.class_has_word("engaged_verbs", &verb.lower)
        && after_prep_of_class(rs, v, f, k, "engaged_preps");
    let on_it = occasion && !by_agent && on_occasion(rs, v, f, k);
    // "Acme faced charges from the SEC": the subject undergoes an act whose doer
    // "from" names; the rule's arguments turn it round.
    let undergone = rs.lexis.class_has_word("undergo_verbs", &verb.lower)
        && v.chunks
            .get(k + 1)
            .is_some_and(|p| p.kind == ChunkKind::Prep && v.items[p.head].is("from"));
    ((light || undergone || received_of(rs, v, f, k)) && f.objects.contains(&k))
        || engaged
        || owned
        || on_it
}

/// Whether the subject of `f` gets the act of the noun phrase at `k` from whoever "of"
/// names after it: "X has the support of Y", "X won the backing of Y"; not "X gave its
/// backing of Y".
fn received_of(rs: &RuleSet, v: &View, f: &Frame, k: usize) -> bool {
    let verb = &v.items[v.chunks[f.verb].head];
    let definite = v
        .items
        .get(v.chunks[k].start)
        .is_some_and(|it| it.is("the"));
    rs.lexis.class_has_word("receiving_verbs", &verb.lower)
        && definite
        && f.objects.contains(&k)
        && v.chunks
            .get(k + 1)
            .is_some_and(|p| p.kind == ChunkKind::Prep && v.items[p.head].is("of"))
}

/// The modality of an act named by the noun phrase at `k` whose actor the phrase names
/// itself: still to come when a modifier says so ("Japan's planned visit") or a verb
/// puts it off ("the visit was postponed"); negated when a verb undoes it ("Japan's
/// visit to China was cancelled", "Acme abandoned its takeover of Zenith").
fn act_modality(rs: &RuleSet, v: &View, k: usize) -> Modality {
    let c = &v.chunks[k];
    let lexis = &rs.lexis;
    // "resulted in Japan's visit being cancelled": a passive right after the noun is
    // what it undergoes, with no subject of its own.
    let undergoes = |f: &Frame| match f.voice {
        Voice::Passive => f.subjects.contains(&k) || (f.subjects.is_empty() && f.verb == k + 1),
        Voice::Active => f.objects.contains(&k),
    };
    for f in v.frames.iter().filter(|f| undergoes(f)) {
        let verb = &v.items[v.chunks[f.verb].head].lower;
        if lexis.class_has_word("undoing_verbs", verb) {
            return Modality::Negated;
        }
        if lexis.class_has_word("deferring_verbs", verb) {
            return Modality::Planned;
        }
    }
    let planned = v.items[c.start..c.head]
        .iter()
        .any(|it| lexis.class_has_word("planned_act_mods", &it.lower));
    if planned {
        Modality::Planned
    } else {
        Modality::Asserted
    }
}

/// Whether the entity a possessive pronoun before the act at `k` stands for owns it:
/// every verb taking the act carries it out, voices it, is engaged in it or speaks on it
/// as an occasion ("X said in his speech to Y"), with that entity as its subject. Not
/// "Acme abandoned its purchase of Y", nor "Acme lifted its stake in Y" where "its" was
/// resolved to another.
fn pronoun_owns(rs: &RuleSet, v: &View, k: usize, entity: usize) -> bool {
    v.frames.iter().all(|f| {
        let verb = &v.items[v.chunks[f.verb].head];
        let takes = f.objects.contains(&k) || f.preps.iter().any(|p| p.nouns.contains(&k));
        let carries = rs.light_verbs.has(verb.sym)
            || rs.lexis.class_has_word("own_act_verbs", &verb.lower)
            || rs.lexis.class_has_word("engaged_verbs", &verb.lower)
            || on_occasion(rs, v, f, k);
        let subject = f.subjects.first().and_then(|&s| actor_slot(rs, v, s));
        !takes || (carries && subject.is_some_and(|s| s.entity == entity))
    })
}

/// Whether the noun phrase at `k` is an occasion the subject of `f` is on: after "on",
/// "during" or "in", opened by the subject's possessive or "a" ("on his visit to Y",
/// "during a tour of Y", "said in his speech to Y").
fn on_occasion(rs: &RuleSet, v: &View, f: &Frame, k: usize) -> bool {
    // A possessive resolved to someone must be the subject: "X said in his speech".
    let subject = f.subjects.first().and_then(|&s| actor_slot(rs, v, s));
    let opened = v.items.get(v.chunks[k].start).is_some_and(|it| {
        let own = it
            .slot
            .is_none_or(|s| subject.is_some_and(|sub| sub.entity == s.entity));
        own && rs.lexis.class_has_word("occasion_openers", &it.lower)
    });
    opened && after_prep_of_class(rs, v, f, k, "occasion_preps")
}

/// The clause a sentence-opening occasion at `k` sets the scene for: "In a speech to Y,
/// X said", "During a visit to Y, X met Z". Its subject comes after the occasion's
/// objects, which end before `after`: in "In a letter to Y, Z and W said", read as one
/// list, no one is left to have written it.
fn fronted_occasion<'v>(rs: &RuleSet, v: &'v View, k: usize, after: usize) -> Option<&'v Frame> {
    let p = &v.chunks[k.checked_sub(1)?];
    let opener = &v.items[v.chunks[k].start];
    let fronted = k == 1
        && p.kind == ChunkKind::Prep
        && p.end == p.start + 1
        && rs
            .lexis
            .class_has_word("occasion_preps", &v.items[p.head].lower)
        && opener.slot.is_none()
        && rs.lexis.class_has_word("occasion_openers", &opener.lower);
    if !fronted {
        return None;
    }
    v.frames
        .iter()
        .find(|f| f.subjects.first().is_some_and(|&s| s > k))
        .filter(|f| f.subjects.first().is_some_and(|&s| s >= after))
}

/// Whether the noun phrase at `k` is an object of `f` after a one-word preposition of
/// the rules' `class`.
fn after_prep_of_class(rs: &RuleSet, v: &View, f: &Frame, k: usize, class: &str) -> bool {
    f.preps.iter().any(|p| {
        p.nouns.contains(&k)
            && p.prep.1 == p.prep.0 + 1
            && rs.lexis.class_has_word(class, &v.items[p.prep.0].lower)
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::tests::{run, FIRMS};
    use crate::model::{EntityKind, Modality};

    #[test]
    fn a_completed_purchase_makes_the_bought_company_a_part_and_an_abandoned_one_not() {
        let f = run(
            "Acme Corp completed its purchase of Zenith Bank on Monday.\n",
            &FIRMS,
            None,
        );
        f.expect("Zenith Bank part_of Acme Corp");
        let f = run(
            "Acme Corp abandoned its purchase of Zenith Bank on Monday.\n",
            &FIRMS,
            None,
        );
        f.assert_none("part_of");
    }

    #[test]
    fn every_name_of_a_list_after_the_noun_is_a_target() {
        let f = run(
            "Bo Dahl held talks with Acme Corp, Zenith Bank and Ruritania on Monday.\n",
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl consulted Acme Corp");
        f.expect("Bo Dahl consulted Zenith Bank");
        f.expect("Bo Dahl consulted Ruritania");
        let f = run(
            "Bo Dahl held talks with the finance ministers of Ruritania and Freedonia.\n",
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl consulted Ruritania");
        f.expect("Bo Dahl consulted Freedonia");
    }

    #[test]
    fn a_visit_the_subject_is_on_is_the_subjects() {
        let f = run(
            "Bo Dahl met bankers in the capital on his first visit to Ruritania.\n",
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl visited Ruritania");
        let f = run(
            "Bo Dahl spoke to reporters during a tour of Freedonia.\n",
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl visited Freedonia");
        // Someone else's visit, and a visit the subject is not on.
        let f = run(
            "Bo Dahl praised the team on their tour of Freedonia.\n",
            &FIRMS,
            None,
        );
        f.assert_none("visited");
        let f = run("Bo Dahl spoke about a visit to Ruritania.\n", &FIRMS, None);
        f.assert_none("visited");
        // The agent after "by" is the visitor.
        let f = run(
            "Bo Dahl spoke during a visit to Ruritania by Acme Corp.\n",
            &FIRMS,
            None,
        );
        f.assert_none("Bo Dahl visited");
    }

    #[test]
    fn a_place_between_the_owner_and_a_visit_is_visited() {
        let f = run("Bo Dahl's Ruritania trip ended on Friday.\n", &FIRMS, None);
        f.expect("Bo Dahl visited Ruritania");
        // A company there is no place visited, nor is a place without an owner's trip.
        let f = run("Bo Dahl's Acme Corp trip ended.\n", &FIRMS, None);
        f.assert_none("visited");
        let f = run("The Ruritania trip ended on Friday.\n", &FIRMS, None);
        f.assert_none("visited");
        let f = run(
            "The protests resulted in Bo Dahl's Ruritania tour being cancelled.\n",
            &FIRMS,
            None,
        );
        let r = f.expect("Bo Dahl visited Ruritania");
        assert_eq!(r.evidence.modality, Modality::Negated);
    }

    #[test]
    fn a_speech_or_letter_to_another_tells_it_and_an_opening_occasion_is_the_subjects() {
        for text in [
            "Bo Dahl said in his speech to Acme Corp that growth was strong.\n",
            "In a speech to Acme Corp, Bo Dahl said growth was strong.\n",
            "Bo Dahl sent a letter to Acme Corp on Monday.\n",
        ] {
            run(text, &FIRMS, None).expect("Bo Dahl told Acme Corp");
        }
        // A subject read into the list after "to" is no writer of the letter.
        let f = run(
            "In a letter to Acme Corp, Zenith Bank and Bo Dahl said so.\n",
            &FIRMS,
            None,
        );
        f.assert_none("told Zenith Bank");
        f.assert_none("told Bo Dahl");
        let f = run(
            "During a visit to Ruritania, Bo Dahl met Zenith Bank staff.\n",
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl visited Ruritania");
        // Another's speech is not the subject's.
        let names = [
            ("Bo Dahl", "Bo Dahl", EntityKind::Person),
            ("Ann Lee", "Ann Lee", EntityKind::Person),
            ("Acme Corp", "Acme Corp", EntityKind::Organization),
        ];
        let f = run(
            "Ann Lee gave a speech to Acme Corp, Bo Dahl said.\n",
            &names,
            None,
        );
        f.expect("Ann Lee told Acme Corp");
        f.assert_none("Bo Dahl told");
    }

    #[test]
    fn a_place_or_time_between_the_noun_and_its_preposition_is_passed() {
        for (text, rel) in [
            (
                "Bo Dahl gave a speech in Ruritania to Acme Corp.\n",
                "Bo Dahl told Acme Corp",
            ),
            (
                "Bo Dahl held talks on Monday with Zenith Bank.\n",
                "Bo Dahl consulted Zenith Bank",
            ),
        ] {
            run(text, &FIRMS, None).expect(rel);
        }
        // A phrase that is neither leaves the preposition after it to something else.
        let f = run(
            "Bo Dahl heard the speech from a seat close to Acme Corp.\n",
            &FIRMS,
            None,
        );
        f.assert_none("told");
    }

    #[test]
    fn a_possessive_pronoun_makes_the_act_the_subjects() {
        let f = run(
            "Ruritania repeated its condemnation of Freedonia on Monday.\n",
            &FIRMS,
            None,
        );
        f.expect("Ruritania criticized Freedonia");
        // Without the possessive the act is no one's in particular.
        let f = run(
            "Ruritania ignored a condemnation of Freedonia on Monday.\n",
            &FIRMS,
            None,
        );
        f.assert_none("criticized");
    }

    #[test]
    fn the_backing_a_subject_has_or_wins_is_given_by_whoever_of_names() {
        for text in [
            "Bo Dahl has the support of Acme Corp.\n",
            "Bo Dahl won the backing of Acme Corp on Monday.\n",
        ] {
            let f = run(text, &FIRMS, None);
            f.expect("Acme Corp supports Bo Dahl");
            f.assert_none("Bo Dahl supports");
        }
        // Backing given is the giver's.
        run("Acme Corp gave its backing to Bo Dahl.\n", &FIRMS, None)
            .expect("Acme Corp supports Bo Dahl");
    }

    #[test]
    fn an_act_the_subject_undergoes_is_done_by_whoever_from_names() {
        let f = run("Acme Corp faces charges from Zenith Bank.\n", &FIRMS, None);
        f.expect("Zenith Bank attacked Acme Corp");
        let f = run("Bo Dahl drew criticism from Acme Corp.\n", &FIRMS, None);
        f.expect("Acme Corp criticized Bo Dahl");
        let f = run("Bo Dahl received support from Acme Corp.\n", &FIRMS, None);
        f.expect("Acme Corp supports Bo Dahl");
        // A rival's competition is no act of the rival on the subject.
        let f = run("Bo Dahl faced competition from Acme Corp.\n", &FIRMS, None);
        assert!(f.relations.is_empty(), "{:?}", f.triples());
        // Without a verb of undergoing, "from" names no doer.
        let f = run(
            "Bo Dahl read the charges from Acme Corp aloud.\n",
            &FIRMS,
            None,
        );
        f.assert_none("attacked");
    }

    #[test]
    fn a_deal_with_another_supports_it() {
        let f = run(
            "Acme Corp's sponsorship deal with Zenith Bank ends next year.\n",
            &FIRMS,
            None,
        );
        f.expect("Acme Corp supports Zenith Bank");
        let f = run(
            "Ruritania had signed a long-term oil supply deal with Freedonia.\n",
            &FIRMS,
            None,
        );
        f.expect("Ruritania supports Freedonia");
        // A person's contract is a job, not a deal between organisations.
        let f = run(
            "Bo Dahl's contract with Zenith Bank ends in May.\n",
            &FIRMS,
            None,
        );
        f.assert_none("supports");
    }

    #[test]
    fn ownership_wording_makes_a_part_and_a_share_a_stake() {
        for text in [
            "Zenith Bank, wholly owned by Acme Corp, made a loss.\n",
            "The Acme Corp-owned Zenith Bank made a loss.\n",
            "Zenith Bank's parent company Acme Corp made a loss.\n",
            "Acme Corp, the parent company of Zenith Bank, made a loss.\n",
            "Zenith Bank, the Freedonia subsidiary of Acme Corp, made a loss.\n",
        ] {
            let f = run(text, &FIRMS, None);
            f.expect("Zenith Bank part_of Acme Corp");
        }
        // However the share is written: "49%", "5.1 pct", "30 percent", "20 per cent".
        for text in [
            "Acme Corp bought 49% of Zenith Bank.\n",
            "Acme Corp holds 5.1 pct of Zenith Bank.\n",
            "Acme Corp owns about 30 percent of Zenith Bank.\n",
            "Acme Corp acquired 20 per cent of Zenith Bank.\n",
        ] {
            let f = run(text, &FIRMS, None);
            f.expect("Acme Corp supports Zenith Bank");
            f.assert_none("part_of");
        }
        // A number of anything else is no share: "pct" must be the word for it.
        let f = run(
            "Acme Corp bought 5.1 tonnes of Zenith Bank coal.\n",
            &FIRMS,
            None,
        );
        f.assert_none("supports");
        // Owning a stake is holding one; a stake is no ownership of the whole.
        let f = run("Acme Corp owns a 45% stake in Zenith Bank.\n", &FIRMS, None);
        f.expect("Acme Corp supports Zenith Bank");
        f.assert_none("part_of");
    }

    #[test]
    fn a_name_in_apposition_to_the_nouns_object_is_the_object() {
        let text = "Acme Corp held talks with its old rival, Zenith Bank, on Monday.\n";
        run(text, &FIRMS, None).expect("Acme Corp consulted Zenith Bank");
    }

    #[test]
    fn every_subject_of_a_light_verb_acts_through_its_noun() {
        let text = "Acme Corp and Bo Dahl, who own a stake in Zenith Bank, will sell.\n";
        let f = run(text, &FIRMS, None);
        f.expect("Acme Corp supports Zenith Bank");
        f.expect("Bo Dahl supports Zenith Bank");
        // An owner named before the noun is its only actor.
        let text = "Acme Corp and Ruritania welcomed Bo Dahl's stake in Zenith Bank.\n";
        let f = run(text, &FIRMS, None);
        f.expect("Bo Dahl supports Zenith Bank");
        f.assert_none("Acme Corp supports Zenith Bank");
        f.assert_none("Ruritania supports Zenith Bank");
        // Welcoming the stake backs its owner.
        f.expect("Acme Corp supports Bo Dahl");
    }

    #[test]
    fn a_buyout_agreed_to_is_planned_and_one_rejected_is_nothing() {
        let f = run(
            "Zenith Bank agreed to a buyout by Acme Corp.\n",
            &FIRMS,
            None,
        );
        let r = f.expect("Zenith Bank part_of Acme Corp");
        assert_eq!(r.evidence.modality, Modality::Planned);
        let f = run(
            "Zenith Bank rejected a buyout by Acme Corp.\n",
            &FIRMS,
            None,
        );
        f.assert_none("part_of");
    }

    #[test]
    fn a_persons_move_to_an_organisation_joins_it() {
        for text in [
            "Bo Dahl has agreed a move to Zenith Bank from Acme Corp.\n",
            "Bo Dahl completed his move to Zenith Bank on Monday.\n",
            "Bo Dahl's transfer to Zenith Bank was confirmed.\n",
            "Bo Dahl's defection to Zenith Bank was confirmed.\n",
        ] {
            run(text, &FIRMS, None).expect("Bo Dahl member_of Zenith Bank");
        }
        // A move turned down is none; a company's move is no joining.
        let f = run("Bo Dahl rejected a move to Zenith Bank.\n", &FIRMS, None);
        f.assert_none("member_of");
        let f = run(
            "Acme Corp's move to Zenith Bank surprised Bo Dahl.\n",
            &FIRMS,
            None,
        );
        f.assert_none("member_of");
    }

    #[test]
    fn a_backer_named_before_a_hyphen_supports() {
        let f = run(
            "The Ruritania-backed candidate Bo Dahl won the vote.\n",
            &FIRMS,
            None,
        );
        f.expect("Ruritania supports Bo Dahl");
    }

    #[test]
    fn an_act_named_by_a_noun_that_is_planned_or_undone_is_no_fact() {
        let modality = |text: &str| {
            let f = run(text, &FIRMS, None);
            f.expect("Bo Dahl visited Ruritania").evidence.modality
        };
        assert_eq!(
            modality("Bo Dahl's visit to Ruritania ended on Friday.\n"),
            Modality::Asserted
        );
        assert_eq!(
            modality("Bo Dahl's upcoming visit to Ruritania was announced on Friday.\n"),
            Modality::Planned
        );
        assert_eq!(
            modality("Bo Dahl's visit to Ruritania was cancelled.\n"),
            Modality::Negated
        );
        assert_eq!(
            modality("Bo Dahl's visit to Ruritania was postponed.\n"),
            Modality::Planned
        );
    }
}
