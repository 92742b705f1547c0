//! Affiliations read from noun phrases: a person's role in apposition or after a copula
//! ("X, a fund manager at Y", "X is a member of Y", "X, the Liberal Democrats' foreign
//! affairs spokesman"), and places inside places ("Kirkcaldy, Fife", "London's Belmarsh
//! prison").

use crate::extract::layer::chunk::{Chunk, ChunkKind};
use crate::extract::layer::titles::{demotes_title, indefinite, relation_at, role_of_several};
use crate::extract::layer::view::{Item, Slot, View};
use crate::extract::rules::RuleSet;
use crate::extract::{Context, LocalEntity, LocalRelation};
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::tagger::Tag;

/// Most prepositional phrases read after a role noun on the way to its organisation
/// ("head of strategy for Latin American markets for Y").
const ROLE_PREPS: usize = 3;

/// The rule id of an affiliation read from a title that names its own organisation
/// ("he was Home Secretary").
pub(super) const IMPLIED_RULE: &str = "implied-office";

/// Most coordinated roles read in one apposition ("X, director of Y and a member of Z").
const MAX_ROLES: usize = 3;

/// Every affiliation stated in `v` by appositions, copulas and place names.
pub(super) fn affiliations(
    cx: &Context<'_>,
    v: &View,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    let chunks = &v.chunks;
    for (k, c) in chunks.iter().enumerate() {
        if c.kind != ChunkKind::Noun {
            continue;
        }
        let venue = venue_slot(cx, v, k, entities);
        if let Some(venue) = venue {
            let before = out.len();
            office_in_place(cx, v, k, venue, out);
            if out.len() == before {
                place_in_place(cx, v, k, venue, entities, out);
            }
        }
        role_before_name(cx, v, k, entities, out);
        let Some(head) = v.items[c.head].slot else {
            continue;
        };
        let appositive = chunks
            .get(k + 1)
            .is_some_and(|c| opens_apposition(rs, v, c))
            .then(|| k + 2 + usize::from(lone_adverb(v, k + 2)))
            .filter(|&a| chunks.get(a).is_some_and(|n| n.kind == ChunkKind::Noun));
        if head.kind == EntityKind::Organization {
            person_owner(cx, v, k, head, out);
            unit_of_owner(cx, v, k, head, entities, out);
            if venue.is_none() {
                office_in_place(cx, v, k, head, out);
            }
            unit_at_host(cx, v, k, head, entities, out);
        }
        match head.kind {
            EntityKind::Person => {
                member_word_before_name(cx, v, k, head, out);
                // "The MP for Ealing North claimed": the title opening the sentence names
                // its holder; elsewhere it may be a predicate of someone else ("Y is the
                // MP").
                if head.form != MentionForm::Name && k == 0 {
                    push_seat(cx, v, head, k, out);
                }
                // "X, a professor at Y": the apposition may itself be read as a mention
                // of X.
                let role_noun = |a: usize| match v.head_slot(a) {
                    None => true,
                    Some(s) if s.entity == head.entity => s.form != MentionForm::Name,
                    // "X, a senior Defense Ministry official": the tagger's adjective.
                    Some(s) => s.kind != EntityKind::Person && ends_in_title(rs, v, a),
                };
                let mut next = appositive.filter(|&a| role_noun(a));
                // "X, director of Y and a member of Z": each coordinated role is read.
                for _ in 0..MAX_ROLES {
                    let Some(a) = next else { break };
                    // "X, leader of Swedish farmers and vice-president of Y": a role
                    // naming no organisation still leads to the next.
                    let end = push_role(cx, v, head, a, entities, "role-apposition", out)
                        .unwrap_or_else(|| role_end(rs, v, a));
                    next = chunks
                        .iter()
                        .position(|c| c.start == end)
                        .filter(|&j| chunks[j].kind == ChunkKind::Coord)
                        .map(|j| j + 1)
                        .filter(|&n| {
                            chunks.get(n).is_some_and(|c| c.kind == ChunkKind::Noun)
                                && v.head_slot(n).is_none()
                        });
                }
            }
            EntityKind::Place => {
                place_in_place(cx, v, k, head, entities, out);
                capital_apposition(cx, v, k, head, entities, out);
            }
            _ => {}
        }
    }
    squad_list(cx, v, out);
    for f in &v.frames {
        let verb = &chunks[f.verb];
        let copular = verb.verb.copula || rs.copular_verbs.has(v.items[verb.head].sym);
        if !copular {
            continue;
        }
        for &s in &f.subjects {
            let Some(person) = v.head_slot(s).filter(|sl| sl.kind == EntityKind::Person) else {
                continue;
            };
            for &o in &f.objects {
                let from = out.len();
                let _ = push_role(cx, v, person, o, entities, "role-copula", out);
                // "X would be the next president of Y": a role still to come.
                for r in &mut out[from..] {
                    r.evidence.modality = f.modality;
                }
            }
        }
    }
}

/// "A spokesman for the Acme union, Bo Dahl, said": a role read as a mention, with the
/// body it serves, then the name of who holds it set off by a comma. The role's
/// relation goes to the name.
fn role_before_name(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    // The role may have been read as a mention of someone, or not.
    let role = match v.head_slot(k) {
        Some(s) => s.kind == EntityKind::Person && s.form != MentionForm::Name,
        None => ends_in_title(&cx.res.rules, v, k),
    };
    // "because Poehl is a member of the SPD, Kohl had": a role a verb of being gives
    // is the subject's, not that of the name after the comma.
    let predicate = k.checked_sub(1).is_some_and(|p| {
        let c = &v.chunks[p];
        c.kind == ChunkKind::Verb
            && cx
                .res
                .rules
                .lexis
                .class_has_word("be", &v.items[c.head].lower)
    });
    if !role || predicate {
        return;
    }
    let (Some((_, end)), _, _) = org_after(&cx.res.rules, v, k) else {
        return;
    };
    let Some(comma) = v.chunks.iter().position(|c| c.start == end) else {
        return;
    };
    let name = comma + 1;
    let named = v.chunks[comma].kind == ChunkKind::Comma
        && v.chunks
            .get(name)
            .is_some_and(|c| c.kind == ChunkKind::Noun && c.end == c.start + 1);
    let Some(person) = named
        .then(|| v.head_slot(name))
        .flatten()
        .filter(|s| s.kind == EntityKind::Person && s.form == MentionForm::Name)
    else {
        return;
    };
    // "said a spokesman for Acme, Zenith and Borford": a list, not a name set off.
    let closed = v
        .chunks
        .get(name + 1)
        .is_none_or(|c| matches!(c.kind, ChunkKind::Comma | ChunkKind::Stop | ChunkKind::Verb));
    if closed {
        let _ = push_role(cx, v, person, k, entities, "role-before-name", out);
    }
}

/// The rules' class of names for a party's member ("Tory", "Lib Dem").
const MEMBER_WORDS: &str = "member_words";

/// The rule id of a membership read from a party's member word before a name.
const MEMBER_WORD_RULE: &str = "member-word";

/// "Tory Ken Clarke", "Liberal Democrat Paul Tyler": a party named by its member word
/// right before a person's name, in the name's noun phrase at chunk `k`, is the
/// person's; a plural member word is each listed name's ("Tories Ken Clarke and Sir
/// George Young").
fn member_word_before_name(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    person: Slot,
    out: &mut Vec<LocalRelation>,
) {
    let c = &v.chunks[k];
    let Some(before) = c.head.checked_sub(1).filter(|&b| b >= c.start) else {
        return;
    };
    let word = &v.items[before];
    let Some(party) = word.slot.filter(|s| s.kind == EntityKind::Organization) else {
        return;
    };
    let lexis = &cx.res.rules.lexis;
    if person.form != MentionForm::Name
        || !lexis.class_has_phrase(MEMBER_WORDS, word.lower.split(' '))
    {
        return;
    }
    let plural = word.lower.ends_with('s');
    let listed = if plural { v.conjuncts(k) } else { vec![k] };
    for j in listed {
        let Some(member) = v
            .head_slot(j)
            .filter(|s| s.kind == EntityKind::Person && s.form == MentionForm::Name)
        else {
            continue;
        };
        let span = Span::new(word.span.start, v.items[v.chunks[j].head].span.end);
        out.push(LocalRelation {
            source: member.entity,
            relation: Relation::MemberOf,
            target: party.entity,
            evidence: cx.evidence(v.sentence, span, MEMBER_WORD_RULE),
        });
    }
}

/// A person named with a team in brackets: "Al Reid (Harton Rovers)".
struct TeamTag {
    /// The person's item.
    at: usize,
    /// The closing bracket's item.
    end: usize,
    person: Slot,
    team: Slot,
}

/// Fewest players tagged with a team in brackets that make a sentence a squad list.
const MIN_SQUAD_ENTRIES: usize = 3;

/// "Backs: Al Reid (Harton Rugby), Bo Dahl (Harton Rugby), Cy Moss (Orvia)": in a list
/// of people each tagged in brackets with a team, each is a member of theirs. A list
/// is a squad when a team comes twice or is named by its town; a list of
/// people tagged with distinct organisations only may be of films or shows ("Ann Lee
/// (Blue Moon), Bo Dahl (Red Sky)").
fn squad_list(cx: &Context<'_>, v: &View, out: &mut Vec<LocalRelation>) {
    let items = &v.items;
    let tagged: Vec<TeamTag> = (0..items.len().saturating_sub(3))
        .filter_map(|i| {
            let person = items[i].slot.filter(|s| s.kind == EntityKind::Person)?;
            // "Cy Moss (The Borders)": the team's name may open with "the".
            let t = i + 2 + usize::from(items[i + 2].is("the"));
            // "Ann Lee (Canada)" in a list of authors is a nationality, not a team.
            let team = items
                .get(t)?
                .slot
                .filter(|s| matches!(s.kind, EntityKind::Organization | EntityKind::Place))?;
            let closed = items.get(t + 1).is_some_and(|it| it.lower == ")");
            (items[i + 1].lower == "(" && closed && person.entity != team.entity).then_some(
                TeamTag {
                    at: i,
                    end: t + 1,
                    person,
                    team,
                },
            )
        })
        .collect();
    if tagged.len() < MIN_SQUAD_ENTRIES {
        return;
    }
    let repeated = tagged
        .iter()
        .enumerate()
        .any(|(k, t)| tagged[..k].iter().any(|u| u.team.entity == t.team.entity));
    let by_place = tagged.iter().any(|t| t.team.kind == EntityKind::Place);
    if !repeated && !by_place {
        return;
    }
    for t in &tagged {
        let span = Span::new(items[t.at].span.start, items[t.end].span.end);
        out.push(LocalRelation {
            source: t.person.entity,
            relation: Relation::MemberOf,
            target: t.team.entity,
            evidence: cx.evidence(v.sentence, span, SQUAD_RULE),
        });
    }
}

/// The rule id of a membership read from a squad list.
const SQUAD_RULE: &str = "squad-list";

/// One past the last item of the role noun phrase at chunk `np` with the
/// prepositional phrases after it ("leader of Swedish farmers").
fn role_end(rs: &RuleSet, v: &View, np: usize) -> usize {
    let chunks = &v.chunks;
    let mut end = chunks[np].end;
    let mut j = np + 1;
    for _ in 0..ROLE_PREPS {
        match (chunks.get(j), chunks.get(j + 1)) {
            (Some(p), Some(n))
                if p.kind == ChunkKind::Prep
                    && n.kind == ChunkKind::Noun
                    && rs.role_preps.has(v.items[p.head].sym) =>
            {
                end = n.end;
                j += 2;
            }
            _ => break,
        }
    }
    end
}

/// Whether chunk `c` opens an apposition: a comma, or a bracket or dash of the rules'
/// `apposition_marks` ("X (leader of Y)", "X - a Y spokesman -").
fn opens_apposition(rs: &RuleSet, v: &View, c: &Chunk) -> bool {
    c.kind == ChunkKind::Comma
        || (c.kind == ChunkKind::Stop && rs.apposition_marks.has(v.items[c.head].sym))
}

/// Whether chunk `k` is a lone adverb opening an apposition: "X, now chairman of Y",
/// "X, formerly head of Y".
fn lone_adverb(v: &View, k: usize) -> bool {
    v.chunks.get(k).is_some_and(|c| {
        c.kind == ChunkKind::Other && c.end == c.start + 1 && v.items[c.start].tag == Tag::Rb
    })
}

/// Whether noun phrase `np` ends in a role title ("a senior Defense Ministry official").
fn ends_in_title(rs: &RuleSet, v: &View, np: usize) -> bool {
    let c = &v.chunks[np];
    (c.start..c.end).any(|t| {
        rs.lexis
            .title_at(&v.items, t)
            .is_some_and(|(len, _)| t + len == c.end)
    })
}

/// What a role noun phrase says: the relation its title states, and the organisation or
/// country it names, inside it or after it.
struct Role {
    relation: Relation,
    org: Slot,
    /// One past the last item read.
    end: usize,
}

/// Push the affiliation of `person` that the role noun phrase at chunk `np` states;
/// returns the item after what was read.
fn push_role(
    cx: &Context<'_>,
    v: &View,
    person: Slot,
    np: usize,
    entities: &[LocalEntity],
    rule: &str,
    out: &mut Vec<LocalRelation>,
) -> Option<usize> {
    push_seat(cx, v, person, np, out);
    let (role, rule) = match read_role(&cx.res.rules, v, np) {
        Some(role) => (role, rule),
        None => match implied_role(cx, v, np, entities) {
            Some(role) => (role, IMPLIED_RULE),
            None => (definite_role(cx, v, np, entities)?, rule),
        },
    };
    if role.org.entity == person.entity {
        return None;
    }
    let start = v.chunks[np].start.saturating_sub(2);
    let span = Span::new(v.items[start].span.start, v.items[role.end - 1].span.end);
    out.push(LocalRelation {
        source: person.entity,
        relation: role.relation,
        target: role.org.entity,
        evidence: cx.evidence(v.sentence, span, rule),
    });
    Some(role.end)
}

/// "X, the MP for Ealing North", "X, Labour MP for Y": a member of parliament
/// represents the seat "for" names, by the rules' `seat_titles`.
fn push_seat(cx: &Context<'_>, v: &View, person: Slot, np: usize, out: &mut Vec<LocalRelation>) {
    let head = &v.items[v.chunks[np].head];
    // "the MP" may itself be read as a mention of someone: in apposition or after a
    // copula it describes the person.
    let own = head.slot.is_none_or(|s| {
        s.entity == person.entity || (s.kind == EntityKind::Person && s.form != MentionForm::Name)
    });
    let title = head.lower.rsplit(' ').next().unwrap_or("");
    if !own || !cx.res.rules.lexis.class_has_word("seat_titles", title) {
        return;
    }
    let Some(seat) = v
        .noun_after_prep(np, "for")
        .and_then(|n| v.items[n.head].slot)
        .filter(|s| s.kind == EntityKind::Place)
    else {
        return;
    };
    out.push(over_chunks(
        cx,
        v,
        (np, np + 2),
        person.entity,
        Relation::Represents,
        seat.entity,
        "seat-of-member",
    ));
}

/// A role noun phrase that is a title naming its own organisation, by the rules'
/// `implied_titles`, when the article names that organisation: "he was Home
/// Secretary" in an article naming the Home Office; not "shadow home secretary".
fn implied_role(cx: &Context<'_>, v: &View, np: usize, entities: &[LocalEntity]) -> Option<Role> {
    let rs = &cx.res.rules;
    let c = &v.chunks[np];
    if (c.start..c.end).any(|t| v.items[t].slot.is_some()) {
        return None;
    }
    let words: Vec<&str> = v.items[c.start..c.end]
        .iter()
        .map(|it| it.lower.as_str())
        .collect();
    let text = words.join(" ");
    if crate::extract::layer::titles::opposition(rs, &text) {
        return None;
    }
    let imp = rs.file.implied_titles.iter().find(|imp| {
        text.strip_suffix(imp.title.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })?;
    let org = crate::extract::layer::titles::entity_named(entities, &imp.org)?;
    Some(Role {
        relation: imp.relation,
        org: Slot {
            entity: org,
            kind: entities[org].kind,
            form: MentionForm::Name,
        },
        end: c.end,
    })
}

/// "X, principal of the college": a title of a definite noun that is a word of the name
/// of exactly one of the article's organisations ("Fife College").
fn definite_role(cx: &Context<'_>, v: &View, np: usize, entities: &[LocalEntity]) -> Option<Role> {
    let rs = &cx.res.rules;
    let chunks = &v.chunks;
    let c = &chunks[np];
    let relation = (c.start..c.end).find_map(|t| {
        rs.lexis
            .title_at(&v.items, t)
            .filter(|&(len, _)| t + len == c.end)
            .map(|(_, rel)| rel)
    })?;
    let (prep, noun) = (chunks.get(np + 1)?, chunks.get(np + 2)?);
    let definite = noun.kind == ChunkKind::Noun
        && noun.end == noun.start + 2
        && v.items[noun.start].is("the")
        && v.items[noun.head].slot.is_none()
        && v.items[noun.head].tag.is_noun();
    if prep.kind != ChunkKind::Prep || !rs.role_preps.has(v.items[prep.head].sym) || !definite {
        return None;
    }
    let word = v.items[noun.head].lower.as_str();
    let mut named = entities.iter().enumerate().filter(|(_, e)| {
        e.kind == EntityKind::Organization
            && e.name.contains(' ')
            && e.name
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(word))
    });
    let (org, None) = (named.next()?.0, named.next()) else {
        return None;
    };
    Some(Role {
        relation,
        org: Slot {
            entity: org,
            kind: EntityKind::Organization,
            form: MentionForm::Nominal,
        },
        end: noun.end,
    })
}

/// Read a role noun phrase: "a fund manager at Y", "the Liberal Democrats' foreign affairs
/// spokesman", "director of the Y's research centre", "head of strategy for Y".
fn read_role(rs: &RuleSet, v: &View, np: usize) -> Option<Role> {
    let items = &v.items;
    let c = &v.chunks[np];
    // The title ends the head, or the phrase when the tagger took it for an adjective
    // after an organisation ("a senior Defense Ministry official").
    let title = (c.start..c.end)
        .find_map(|t| {
            rs.lexis
                .title_at(items, t)
                .filter(|&(len, _)| t + len == c.head + 1 || t + len == c.end)
                .map(|(_, rel)| (t, rel))
        })
        .or_else(|| {
            // The role read as a mention of the person: "a professor", "the chairman".
            let head = &items[c.head];
            head.slot
                .and_then(|_| crate::extract::layer::titles::slot_title(rs, &head.lower))
                .map(|rel| (c.head, rel))
        });
    let before_title = title.map_or(c.head, |(t, _)| t);
    let demoted = title.is_some() && one_of_several(rs, items, c, before_title)
        || (c.start..before_title).any(|q| demotes_title(rs, items, q));
    let inside = org_inside(v, np, before_title);
    let (mut after, unit, prep_at) = org_after(rs, v, np);
    // "an adviser to Y" works for Y; "X's envoy to Y" represents X, and "the high
    // commissioner to Y" serves in the country Y, not for it.
    let prep_first = |w: &str| v.chunks.get(np + 1).is_some_and(|p| items[p.head].is(w));
    // "She was Fifa's player of the year": a title won, not a post held.
    let award = prep_first("of")
        && v.chunks.get(np + 2).is_some_and(|n| {
            rs.lexis
                .class_has_word("award_periods", &items[n.head].lower)
        });
    if award {
        return None;
    }
    let to_first = prep_first("to");
    let member = title.is_some_and(|(_, rel)| rel == Relation::MemberOf);
    if to_first && (!member || after.is_some_and(|(s, _)| s.kind != EntityKind::Organization)) {
        after = None;
    }
    // "the UK special representative for Syria": with its owner named before it, an
    // envoy's country after "for" is the brief; alone ("the negotiator for Chile") it
    // is the one represented.
    let represents = title.is_some_and(|(_, rel)| rel == Relation::Represents);
    if prep_first("for")
        && represents
        && (inside.is_some() || owner_in_role_mention(rs, v, np))
        && after.is_some_and(|(s, _)| s.kind == EntityKind::Country)
    {
        after = None;
    }
    // "US chief economist at Y", "Dutch chairman of Y": a country before the role is a
    // nationality or a scope when an organisation follows, or any employer after "at".
    let inside = match inside {
        Some(s) if s.kind == EntityKind::Country && (after.is_some() || prep_at) => None,
        other => other,
    };
    // "X, lawyer for Tom Hale": a representative's client may be a person.
    if after.is_none() && represents && prep_first("for") {
        after = v
            .chunks
            .get(np + 2)
            .filter(|n| n.kind == ChunkKind::Noun)
            .and_then(|n| v.items[n.head].slot.map(|s| (s, n.end)))
            .filter(|(s, _)| s.kind == EntityKind::Person);
    }
    let org = inside.or(after.map(|(s, _)| s))?;
    let relation = match title {
        Some((_, Relation::Leads))
            if demoted || (unit && inside.is_none()) || field_of(rs, v, np) =>
        {
            Relation::MemberOf
        }
        // "a bankruptcy attorney at the law firm Y".
        Some((_, rel)) if prep_at && inside.is_none() => relation_at(rel),
        Some((_, rel)) => rel,
        // "a bond strategist at Y": any job at an organisation is membership.
        None if prep_at && items[c.head].tag.is_noun() => Relation::MemberOf,
        // "X, BT's futurologist": one person named by a noun an organisation owns works
        // for it, unless the noun is for those who deal with it from outside.
        None if owned_job(rs, v, np, inside) => Relation::MemberOf,
        None => return None,
    };
    let end = match (inside, after) {
        (Some(_), _) | (None, None) => c.end,
        (None, Some((_, end))) => end,
    };
    Some(Role { relation, org, end })
}

/// Whether noun phrase `np` is one person's job owned by the organisation `inside`
/// names: "BT's futurologist", "Acme's chief technologist"; not "Acme's biggest
/// shareholder" (`holder_nouns`), "Acme's fans" (`people_from`, or any plural).
fn owned_job(rs: &RuleSet, v: &View, np: usize, inside: Option<Slot>) -> bool {
    let c = &v.chunks[np];
    let head = &v.items[c.head];
    let owner = c.possessor.and_then(|o| v.items[o].slot);
    owner
        .zip(inside)
        .is_some_and(|(o, i)| o.kind == EntityKind::Organization && o.entity == i.entity)
        && head.slot.is_none()
        && head.tag == Tag::Nn
        && !rs.lexis.class_has_word("holder_nouns", &head.lower)
        && !rs.lexis.class_has_word("people_from", &head.lower)
        && closes_phrase(v, np)
}

/// Whether the noun phrase at chunk `np`, with at most one prepositional phrase after
/// it, ends its clause or apposition: "X, Wales' scorer on the day, called"; not "Y's
/// decision to put", "X's sister and a band member", where the noun is no one's job.
fn closes_phrase(v: &View, np: usize) -> bool {
    let ends = |k: usize| {
        v.chunks
            .get(k)
            .is_none_or(|c| matches!(c.kind, ChunkKind::Comma | ChunkKind::Stop))
    };
    let pp = v
        .chunks
        .get(np + 1)
        .is_some_and(|c| c.kind == ChunkKind::Prep)
        && v.chunks
            .get(np + 2)
            .is_some_and(|c| c.kind == ChunkKind::Noun);
    ends(np + 1) || (pp && ends(np + 3))
}

/// "X, a director at Y": whether chunk `c` holds only an indefinite article before its
/// title, or its head is such a role read as a mention.
fn one_of_several(rs: &RuleSet, items: &[Item], c: &Chunk, before_title: usize) -> bool {
    if before_title > c.start {
        before_title == c.start + 1 && indefinite(rs, &items[c.start].lower)
    } else {
        role_of_several(rs, &items[c.head].lower)
    }
}

/// Whether a role read as a mention of its holder names an owner before the title:
/// "the UK special representative", "the Norwegian envoy"; not "the chief negotiator".
fn owner_in_role_mention(rs: &RuleSet, v: &View, np: usize) -> bool {
    let head = &v.items[v.chunks[np].head];
    if head.slot.is_none() {
        return false;
    }
    let words: Vec<&str> = head.lower.split(' ').collect();
    let before_last = &words[..words.len().saturating_sub(1)];
    before_last
        .iter()
        .any(|w| !rs.lexis.dets.iter().any(|d| d == w) && !rs.lexis.class_has_word("mod", w))
}

/// Whether the role noun phrase at chunk `np` is followed by "of" and a field that names
/// nothing: "Acme's head of consumer services" heads a unit, not Acme; "head of state"
/// and "head of the party" head the body the noun names (`body_nouns`, `org_nouns`).
pub(super) fn field_of(rs: &RuleSet, v: &View, np: usize) -> bool {
    v.noun_after_prep(np, "of").is_some_and(|n| {
        let head = &v.items[n.head].lower;
        n.possessor.is_none()
            && v.items[n.start..n.end].iter().all(|it| it.slot.is_none())
            && !rs.lexis.class_has_word("body_nouns", head)
            && !rs.lexis.class_has_word("org_nouns", head)
    })
}

/// The organisation (or else the country) a role noun phrase names before its title:
/// "the Liberal Democrats' spokesman", "BBC Delhi reporter".
fn org_inside(v: &View, np: usize, before_title: usize) -> Option<Slot> {
    let c = &v.chunks[np];
    let actor = |s: &Slot| matches!(s.kind, EntityKind::Organization | EntityKind::Country);
    // "a Singapore-based fund manager" works in Singapore, not for it.
    let located: Vec<usize> = v.hyphened_modifiers(np).collect();
    let mut slots = (c.start..before_title)
        .filter(|t| !located.contains(t))
        .filter_map(|t| v.items[t].slot)
        .filter(actor);
    let first_org = slots.clone().find(|s| s.kind == EntityKind::Organization);
    first_org.or_else(|| slots.next_back())
}

/// The organisation named by the prepositional phrases after a role noun phrase, the end
/// of what was read, whether a unit came between ("head of strategy for Y": a unit of Y),
/// and whether the role was "at" it (or, when no organisation is named, "at" anything).
fn org_after(rs: &RuleSet, v: &View, np: usize) -> (Option<(Slot, usize)>, bool, bool) {
    let chunks = &v.chunks;
    let mut j = np + 1;
    let mut unit = false;
    let mut first_at = false;
    for _ in 0..ROLE_PREPS {
        let (Some(p), Some(n)) = (chunks.get(j), chunks.get(j + 1)) else {
            break;
        };
        if p.kind != ChunkKind::Prep || n.kind != ChunkKind::Noun {
            break;
        }
        // "an analyst from ING": where someone comes from is where they work, when it
        // is an organisation ("a doctor from Ghana" says no more than where) and the
        // role is no act ("a middleman buying oil from Y").
        let acting = (chunks[np].start..chunks[np].end).any(|q| v.items[q].tag == Tag::Vbg);
        let from = j == np + 1
            && !acting
            && rs
                .lexis
                .class_has_word("role_source_preps", &v.items[p.head].lower)
            && v.items[n.head]
                .slot
                .is_some_and(|s| s.kind == EntityKind::Organization);
        if !rs.role_preps.has(v.items[p.head].sym) && !from {
            break;
        }
        let at = v.items[p.head].is("at") || from;
        first_at |= at && j == np + 1;
        let head = v.items[n.head].slot;
        let owner = n.possessor.and_then(|o| v.items[o].slot);
        let actor = |s: &Slot| matches!(s.kind, EntityKind::Organization | EntityKind::Country);
        // "chief executive of Zentrix Ruritania": a country after an organisation's name
        // names its national arm, a unit of the organisation.
        let arm_of = head
            .filter(|s| s.kind == EntityKind::Country)
            .and_then(|_| {
                (n.start..n.head).rev().find_map(|q| {
                    v.items[q]
                        .slot
                        .filter(|x| x.kind == EntityKind::Organization)
                })
            });
        if let Some(org) = arm_of {
            return (Some((org, n.end)), true, at);
        }
        if let Some(s) = head.filter(actor) {
            return (Some((s, n.end)), unit, at);
        }
        if let Some((s, part)) = org_before_org_noun(rs, v, n) {
            return (Some((s, n.end)), unit || part, at);
        }
        // "a board member of Germany's central bank, the Bundesbank": the body a
        // description names in apposition.
        if head.is_none() {
            if let Some(s) = named_in_apposition(rs, v, j + 1) {
                return (Some((s, chunks[j + 3].end)), unit, at);
            }
        }
        // "director of the Y's research centre": a unit of Y; but "chairman of Spain's
        // biggest bank" is no role in Spain.
        if let Some(s) = owner.filter(|s| s.kind == EntityKind::Organization) {
            return (Some((s, n.end)), true, at);
        }
        if owner.is_some() {
            break;
        }
        if head.is_some() {
            break;
        }
        unit = true;
        j += 2;
    }
    (None, unit, first_at)
}

/// The organisation named in apposition right after the noun phrase at chunk `n`, when
/// the phrase's head is a common noun for a kind of body: "Germany's central bank, the
/// Bundesbank".
fn named_in_apposition(rs: &RuleSet, v: &View, n: usize) -> Option<Slot> {
    let chunks = &v.chunks;
    let mark = chunks.get(n + 1)?;
    let name = chunks.get(n + 2)?;
    if !opens_apposition(rs, v, mark) || name.kind != ChunkKind::Noun {
        return None;
    }
    let head = &v.items[chunks[n].head];
    if !matches!(head.tag, Tag::Nn | Tag::Nns) {
        return None;
    }
    v.head_slot(n + 2)
        .filter(|s| s.kind == EntityKind::Organization && s.form == MentionForm::Name)
}

/// The organisation a noun phrase names before a head that says what kind of
/// organisation it is ("an organiser in Morocco's Istiqlal party"), or before a plural
/// proper noun that goes on with its name ("the Union of Rail Workers" found as "Union
/// of Rail"), and whether words before it make the phrase a part of it ("leader of the
/// Devon county Labour group").
fn org_before_org_noun(rs: &RuleSet, v: &View, n: &Chunk) -> Option<(Slot, bool)> {
    let head = &v.items[n.head];
    let names_kind = rs.org_nouns.has(head.sym) || head.tag == Tag::Nnps;
    if n.head == n.start || head.slot.is_some() || !names_kind {
        return None;
    }
    let org = v.items[n.head - 1]
        .slot
        .filter(|s| s.kind == EntityKind::Organization)?;
    let owner_end = n.possessor.map_or(n.start, |o| o + 2);
    // "chairman of the Acme committee": a committee of Acme.
    let part = v.items[owner_end..n.head - 1]
        .iter()
        .any(|it| it.slot.is_none() && !it.tag.is_determiner())
        || super::unit_of_body(rs, &head.lower);
    Some((org, part))
}

/// "Mulroney's Progressive Conservative Party", "Mr Baume's union, the First Division
/// Association": the organisation a person is named as having is one they belong to.
fn person_owner(cx: &Context<'_>, v: &View, k: usize, org: Slot, out: &mut Vec<LocalRelation>) {
    let rs = &cx.res.rules;
    let chunks = &v.chunks;
    let owner_of = |np: usize| {
        chunks[np]
            .possessor
            .and_then(|p| v.items[p].slot)
            .filter(|s| s.kind == EntityKind::Person)
    };
    // "X's band Y", "Mulroney's Progressive Conservative Party": a noun for an
    // organisation says the owner belongs to it; "Stone's epic Alexander" is a work.
    let names_org = |np: usize| {
        let c = &chunks[np];
        let last_word = v.items[c.head].lower.rsplit(' ').next().unwrap_or("");
        v.items[c.start..c.head]
            .iter()
            .any(|it| rs.org_nouns.has(it.sym))
            || rs.lexis.class_has_word("org_nouns", last_word)
    };
    let direct = owner_of(k).filter(|_| names_org(k));
    // "Y's party, X": the owned noun names an organisation the apposition names.
    let before = k
        .checked_sub(2)
        .filter(|&n| chunks[n + 1].kind == ChunkKind::Comma && chunks[n].kind == ChunkKind::Noun)
        .filter(|&n| rs.org_nouns.has(v.items[chunks[n].head].sym));
    let Some((person, from)) = direct
        .map(|p| (p, k))
        .or_else(|| before.and_then(|n| owner_of(n).map(|p| (p, n))))
    else {
        return;
    };
    if person.entity == org.entity {
        return;
    }
    let span = v.chunks_span(from, k);
    out.push(LocalRelation {
        source: person.entity,
        relation: Relation::MemberOf,
        target: org.entity,
        evidence: cx.evidence(v.sentence, span, "person-possessive"),
    });
}

/// "the IMF's European Department", "the BBC's World Service": an organisation whose
/// name ends in a word for a unit (the rules' `unit_name_tails`), named as another
/// organisation's, is part of it, and so is a company by its legal form ("Acme Inc's
/// Zenith Ltd"); "Sony's Walkman" names no unit.
fn unit_of_owner(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    unit: Slot,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let lexis = &cx.res.rules.lexis;
    let c = &v.chunks[k];
    // "Zenith's largest shareholder Acme Corp": a holder of the owner's named between
    // is no unit of it (the rules' `holder_nouns`).
    let unit_between = |p: usize| {
        !v.items[p + 1..c.head]
            .iter()
            .any(|it| lexis.class_has_word("holder_nouns", &it.lower))
    };
    let Some(owner) = c
        .possessor
        .filter(|&p| p < c.head && unit_between(p))
        .and_then(|p| v.items[p].slot)
        .filter(|s| s.kind == EntityKind::Organization && s.entity != unit.entity)
    else {
        return;
    };
    let name = &entities[unit.entity].name;
    let Some((_, last)) = name.rsplit_once(' ') else {
        return;
    };
    // "McLean Industries Inc's United States Lines Inc": a company of its own, named
    // as another's, is its subsidiary.
    let rule = if lexis.class_has_word("unit_name_tails", &last.to_lowercase()) {
        "unit-possessive"
    } else if cx.res.lexicon.words.company_suffixes.contains(last) {
        "subsidiary-possessive"
    } else {
        return;
    };
    let span = v.chunks_span(k, k);
    out.push(LocalRelation {
        source: unit.entity,
        relation: Relation::PartOf,
        target: owner.entity,
        evidence: cx.evidence(v.sentence, span, rule),
    });
}

/// "Kirkcaldy, Fife", "Knin, Croatia", "Gleneagles in Scotland": a place followed by the
/// region or country it lies in, when the two are not items of a list.
fn place_in_place(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    place: Slot,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let chunks = &v.chunks;
    let kind_of = |i: usize| noun_slot(v, i);
    let in_list = |i: usize| coordinated_at(v, i);
    // "at Gleneagles in Scotland", "areas such as Aceh in Indonesia": "in" after a place
    // says as much as a comma; not after the object of a verb, which may be a team's
    // name ("beat Leeds in Cardiff").
    let after_verb = k > 0 && chunks[k - 1].kind == ChunkKind::Verb;
    let located = k > 0 && prep_of_class(cx, v, k - 1, "location_preps");
    // A comma as written: a semicolon or slash the tagger reads as one parts fixtures
    // ("Leeds/Hull v Derby; Wales v Italy").
    let comma_at = |i: usize| {
        chunks
            .get(i)
            .is_some_and(|c| c.kind == ChunkKind::Comma && v.items[c.head].is(","))
    };
    // "stored at Sellafield, in Cumbria": a comma may set the preposition off.
    let prep_at = if comma_at(k + 1) { k + 2 } else { k + 1 };
    let within = prep_of_class(cx, v, prep_at, "located_in_preps") && (located || !after_verb);
    if !within && !comma_at(k + 1) {
        return;
    }
    let outer_at = if within { prep_at + 1 } else { k + 2 };
    // "CHICAGO, March 11 - Ohio-based Acme": a dateline's date or dash before the next
    // place's head part the two; a hyphen inside a word ("war-torn Croatia") does not.
    let dated = chunks.get(outer_at).is_some_and(|c| {
        let (start, head) = (v.items[c.start].span.start, v.items[c.head].span.start);
        let before = &cx.doc.text[start..head.max(start)];
        before.bytes().any(|b| b.is_ascii_digit())
            || before.contains(" - ")
            || before.starts_with("- ")
            || before.contains(['\u{2013}', '\u{2014}'])
    });
    if !within && dated {
        return;
    }
    // "in Kirkcaldy, Fife": a region whose kind was only guessed may have been taken for
    // an organisation.
    let region = |s: &Slot| {
        matches!(s.kind, EntityKind::Place | EntityKind::Country)
            || (s.kind == EntityKind::Organization
                && s.form == MentionForm::Name
                && entities[s.entity].kind_guessed
                && !entities[s.entity].name.contains(' '))
    };
    // "The Jacksonville, Florida-based firm": the second place modifies a noun.
    let modifier = chunks
        .get(outer_at)
        .and_then(|_| v.hyphened_modifiers(outer_at).next())
        .filter(|&t| t == chunks[outer_at].start || v.items[t - 1].tag.is_determiner())
        .and_then(|t| v.items[t].slot);
    let Some(outer) = modifier.or_else(|| kind_of(outer_at)).filter(|s| {
        if within {
            named_place(s)
        } else {
            region(s)
        }
    }) else {
        return;
    };
    // "Paris, London and Rome" is a list, not a place in a place; "Dallas in the US,
    // Bordeaux in France and Oporto in Portugal" lists places each in its own.
    let after = chunks.get(outer_at + 1);
    let parallel = within
        && kind_of(outer_at + 2).is_some()
        && prep_of_class(cx, v, outer_at + 3, "located_in_preps");
    let listed = (in_list(outer_at + 1) && !parallel)
        || (!within
            && (after.is_some_and(|c| c.kind == ChunkKind::Comma && kind_of(k + 4).is_some())
                || (k >= 2 && chunks[k - 1].kind == ChunkKind::Comma && kind_of(k - 2).is_some())));
    // "Wales against England in Cardiff": after a word of contests the place says
    // where the match is, not where the side lies.
    let venue = within
        && !located
        && k > 0
        && cx
            .res
            .rules
            .lexis
            .class_has_word("contest_preps", &v.items[chunks[k - 1].head].lower);
    if listed || outer.entity == place.entity || venue {
        return;
    }
    // Where no preposition says the place is a location, the tables must agree that it
    // lies in the country: "the Faroe Islands in Dublin" name a team and a venue.
    if within && !located && !same_country(&entities[place.entity], &entities[outer.entity]) {
        return;
    }
    out.push(over_chunks(
        cx,
        v,
        (k, outer_at),
        place.entity,
        Relation::PartOf,
        outer.entity,
        "place-in-place",
    ));
}

/// The venue noun phrase `k` names, by a word of the rules' `venue_nouns` ending its
/// name ("the Plaza Hotel") or standing after it ("the Shore Club hotel"). A name read
/// as a place is no venue here: `place_in_place` reads it as a place already.
fn venue_slot(cx: &Context<'_>, v: &View, k: usize, entities: &[LocalEntity]) -> Option<Slot> {
    let lexis = &cx.res.rules.lexis;
    let c = &v.chunks[k];
    let head = &v.items[c.head];
    let venue_word = |w: &str| lexis.class_has_word("venue_nouns", w);
    match head.slot {
        Some(s) if s.kind == EntityKind::Organization && s.form == MentionForm::Name => {
            let last = entities[s.entity].name.rsplit(' ').next()?.to_lowercase();
            venue_word(&last).then_some(s)
        }
        Some(_) => None,
        None if c.head > c.start && venue_word(&head.lower) => v.items[c.head - 1]
            .slot
            .filter(|s| s.form == MentionForm::Name && s.kind != EntityKind::Person),
        None => None,
    }
}

/// The slot heading chunk `i` when it is a noun phrase.
fn noun_slot(v: &View, i: usize) -> Option<Slot> {
    v.chunks
        .get(i)
        .filter(|c| c.kind == ChunkKind::Noun)
        .and_then(|_| v.head_slot(i))
}

/// Whether chunk `i` is a conjunction: what stands before it is one of a list.
fn coordinated_at(v: &View, i: usize) -> bool {
    v.chunks
        .get(i)
        .is_some_and(|c| matches!(c.kind, ChunkKind::Conj | ChunkKind::Coord))
}

/// A place or country mentioned by its name.
fn named_place(s: &Slot) -> bool {
    matches!(s.kind, EntityKind::Place | EntityKind::Country) && s.form == MentionForm::Name
}

/// Whether chunk `i` is a preposition of the rules' word class `class`.
fn prep_of_class(cx: &Context<'_>, v: &View, i: usize, class: &str) -> bool {
    v.chunks.get(i).is_some_and(|c| {
        c.kind == ChunkKind::Prep
            && cx
                .res
                .rules
                .lexis
                .class_has_word(class, &v.items[c.head].lower)
    })
}

/// The entity heading the noun phrase after chunk `k` when a preposition of the rules'
/// `class` opens it: "Nomura | in | Tokyo", "the Center | at | the University".
fn slot_after_prep(cx: &Context<'_>, v: &View, k: usize, class: &str) -> Option<Slot> {
    prep_of_class(cx, v, k + 1, class)
        .then(|| noun_slot(v, k + 2))
        .flatten()
}

/// A relation read over chunks `from..=to` of the sentence by rule `rule`.
fn over_chunks(
    cx: &Context<'_>,
    v: &View,
    (from, to): (usize, usize),
    source: usize,
    relation: Relation,
    target: usize,
    rule: &str,
) -> LocalRelation {
    LocalRelation {
        source,
        relation,
        target,
        evidence: cx.evidence(v.sentence, v.chunks_span(from, to), rule),
    }
}

/// Whether the tables put `inner` in the country `outer` is or lies in.
fn same_country(inner: &LocalEntity, outer: &LocalEntity) -> bool {
    let outer_country = match outer.kind {
        EntityKind::Country => Some(&outer.name),
        _ => outer.country.as_ref(),
    };
    inner.country.is_some() && inner.country.as_ref() == outer_country
}

/// "an economist at Nomura in Tokyo": a body named as where someone works or something
/// happens, with the place its office there is in.
fn office_in_place(cx: &Context<'_>, v: &View, k: usize, org: Slot, out: &mut Vec<LocalRelation>) {
    if k == 0 || !prep_of_class(cx, v, k - 1, "office_preps") {
        return;
    }
    let Some(place) = slot_after_prep(cx, v, k, "located_in_preps").filter(named_place) else {
        return;
    };
    // "at Acme in Paris and London": no one office.
    if coordinated_at(v, k + 3) {
        return;
    }
    out.push(over_chunks(
        cx,
        v,
        (k, k + 2),
        org.entity,
        Relation::PartOf,
        place.entity,
        "office-in-place",
    ));
}

/// "the Disaster Research Center at the University of Delaware": an organisation named
/// as a unit (the rules' `host_units`) at another is part of it.
fn unit_at_host(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    unit: Slot,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let lexis = &cx.res.rules.lexis;
    let named_unit = entities[unit.entity]
        .name
        .split_whitespace()
        .any(|w| lexis.class_has_word("host_units", &w.to_lowercase()));
    if !named_unit {
        return;
    }
    let Some(host) = slot_after_prep(cx, v, k, "office_preps")
        .filter(|s| s.kind == EntityKind::Organization && s.entity != unit.entity)
    else {
        return;
    };
    out.push(over_chunks(
        cx,
        v,
        (k, k + 2),
        unit.entity,
        Relation::PartOf,
        host.entity,
        "unit-at-host",
    ));
}

/// "in the capital, Maseru", "Maseru, the capital": a city the lexicon knows as the seat
/// of a country's government, called the capital in an article naming that country, is
/// part of it.
fn capital_apposition(
    cx: &Context<'_>,
    v: &View,
    k: usize,
    place: Slot,
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let chunks = &v.chunks;
    let lexis = &cx.res.rules.lexis;
    let comma = |i: usize| chunks.get(i).is_some_and(|c| c.kind == ChunkKind::Comma);
    let capital_np = |i: usize| {
        chunks.get(i).is_some_and(|c| {
            c.kind == ChunkKind::Noun
                && (c.start..c.end).all(|t| v.items[t].slot.is_none())
                && lexis.det_at(&v.items, c.start)
                && lexis.class_has_word("capital_nouns", &v.items[c.head].lower)
        })
    };
    let before = k >= 2 && comma(k - 1) && capital_np(k - 2);
    let after = comma(k + 1) && capital_np(k + 2);
    if !(before || after) {
        return;
    }
    let lex = &cx.res.lexicon;
    let Some(entry) = lex
        .entry_named(&entities[place.entity].name)
        .map(|e| &lex.entries[e])
        .filter(|e| e.capital)
    else {
        return;
    };
    let Some(country) = entry
        .country
        .as_deref()
        .and_then(|c| super::office::country_named(entities, c))
    else {
        return;
    };
    let (from, to) = if before { (k - 2, k) } else { (k, k + 2) };
    let span = v.chunks_span(from, to);
    out.push(LocalRelation {
        source: place.entity,
        relation: Relation::PartOf,
        target: country,
        evidence: cx.evidence(v.sentence, span, "capital-apposition"),
    });
}
