//! Titles that stand for the article's main person: in an article about Michael Howard,
//! "the Tory leader argued" says Howard leads the Conservatives, when he was named in
//! that sentence or the one before.

use super::{most_mentioned, Folded};
use crate::extract::layer::titles::demotes_title;
use crate::extract::layer::view::Item;
use crate::extract::rules::RuleSet;
use crate::extract::{Context, LocalEntity, LocalRelation};
use crate::model::{EntityKind, Relation, Span};

/// The rule id of relations read from such titles.
const RULE: &str = "nominal-title";

/// A person is who an article is about when named at least this many times...
const MAIN_PERSON_MENTIONS: usize = 3;

/// ... and this many times as often as anyone else.
const MAIN_PERSON_LEAD: usize = 2;

/// The main person must be named in the sentence of the title or one of this many before.
const NEAR_SENTENCES: usize = 2;

/// Most modifiers read between the organisation and the title ("the Tory party leader").
const MAX_MODIFIERS: usize = 2;

/// Relations from "the ORG TITLE" noun phrases standing for the article's main person,
/// beside the relations `known` so far.
pub(super) fn nominal_titles(
    cx: &Context<'_>,
    folded: &Folded,
    entities: &[LocalEntity],
    known: &[LocalRelation],
) -> Vec<LocalRelation> {
    let rs = &cx.res.rules;
    let mut out = Vec::new();
    let Some(person) = main_person(entities).or_else(|| headline_person(folded, entities)) else {
        return out;
    };
    for (si, v) in folded.views.iter().enumerate() {
        for i in 0..v.items.len() {
            let Some((org, relation, end)) = org_title_at(rs, &cx.doc.text, &v.items, i, entities)
            else {
                continue;
            };
            // "Magpies manager Graeme Souness. The Toon boss vowed": the title stands for
            // the person last named, who must be the main one.
            if last_person_before(folded, si, i) != Some(person) {
                continue;
            }
            // "the Manchester United manager" in an article about Arsenal's manager:
            // someone else's title.
            // An office of state ("when he was Home Secretary") is no rival to a party.
            let elsewhere = known.iter().any(|r| {
                r.source == person
                    && r.evidence.rule != super::affiliation::IMPLIED_RULE
                    && r.target != org
                    && matches!(r.relation, Relation::Leads | Relation::MemberOf)
                    && entities[r.target].kind == entities[org].kind
            });
            // "Green leader Tom Hale ... the Green leader said": the article gave the
            // title to someone else.
            let held_by_other = known
                .iter()
                .any(|r| r.source != person && r.target == org && r.relation == relation);
            // "the Pakistani president": a nationality names no organisation.
            let organisation = entities[org].kind == EntityKind::Organization;
            if org == person
                || relation != Relation::Leads
                || elsewhere
                || held_by_other
                || !organisation
            {
                continue;
            }
            let span = Span::new(v.items[i].span.start, v.items[end - 1].span.end);
            out.push(LocalRelation {
                source: person,
                relation,
                target: org,
                evidence: cx.evidence(si, span, RULE),
            });
        }
    }
    out
}

/// The person named last before item `i` of sentence `si`, in it or in the
/// [`NEAR_SENTENCES`] before it.
fn last_person_before(folded: &Folded, si: usize, i: usize) -> Option<usize> {
    (si.saturating_sub(NEAR_SENTENCES)..=si)
        .rev()
        .find_map(|s| {
            let items = &folded.views[s].items;
            let upto = if s == si { i } else { items.len() };
            items[..upto]
                .iter()
                .rev()
                .find_map(|it| it.slot.filter(|sl| sl.kind == EntityKind::Person))
                .map(|sl| sl.entity)
        })
}

/// "the Tory leader" at item `i`, naming no person after it: the organisation (or
/// country), the relation the title implies, and the item after the phrase.
fn org_title_at(
    rs: &RuleSet,
    text: &str,
    items: &[Item],
    i: usize,
    entities: &[LocalEntity],
) -> Option<(usize, Relation, usize)> {
    if !items[i].is("the") {
        return None;
    }
    let (org, after) = match items.get(i + 1)?.slot {
        Some(s) if matches!(s.kind, EntityKind::Organization | EntityKind::Country) => {
            (s.entity, i + 2)
        }
        Some(_) => return None,
        None => party_adjective(rs, text, items, i + 1, entities)?,
    };
    let mut t = after;
    while t < items.len()
        && t < after + MAX_MODIFIERS
        && rs.lexis.title_at(items, t).is_none()
        && rs.title_modifiers.contains(items[t].lower.as_str())
    {
        t += 1;
    }
    let (len, relation) = rs.lexis.title_at(items, t)?;
    let end = t + len;
    // "The American President" is the title of a work, not of a person.
    let capitalised = items[t..end]
        .iter()
        .any(|it| text[it.span.start..it.span.end].starts_with(char::is_uppercase));
    if capitalised {
        return None;
    }
    // "the Tory leader Michael Howard", "the Tory leader's": a name or an owner follows.
    let named = items
        .get(end)
        .is_some_and(|n| n.slot.is_some() || n.is("'s") || n.is("of"));
    let demoted = (after..end).any(|q| demotes_title(rs, items, q));
    let relation = match relation {
        Relation::Leads if demoted => Relation::MemberOf,
        r => r,
    };
    (!named).then_some((org, relation, end))
}

/// Most words of an organisation's name read as its adjective ("Liberal Democrat").
const MAX_ADJECTIVE_WORDS: usize = 2;

/// "the Conservative leader", "the Liberal Democrat spokesman": capitalised words at `at`
/// that are the name of one of the article's organisations without its final "s" or
/// its generic head (the rules' `party_heads`: "Conservative Party"). Returns the
/// organisation and the item after the words.
fn party_adjective(
    rs: &RuleSet,
    text: &str,
    items: &[Item],
    at: usize,
    entities: &[LocalEntity],
) -> Option<(usize, usize)> {
    let heads = rs.lexis.classes.get("party_heads")?;
    let mut words: Vec<&str> = Vec::new();
    for (k, it) in items[at..].iter().take(MAX_ADJECTIVE_WORDS).enumerate() {
        let capitalised = text[it.span.start..it.span.end].starts_with(char::is_uppercase);
        if it.slot.is_some() || !capitalised {
            break;
        }
        words.push(it.lower.as_str());
        let found = entities.iter().position(|e| {
            let name = e.name.to_lowercase();
            let name: Vec<&str> = name.split_whitespace().collect();
            let Some((last, rest)) = name.split_last() else {
                return false;
            };
            let plural = rest.len() + 1 == words.len()
                && rest.iter().eq(words[..rest.len()].iter())
                && last.strip_suffix('s') == words.last().copied();
            let headed = rest.len() == words.len()
                && rest.iter().eq(words.iter())
                && heads.iter().any(|h| h.len() == 1 && h[0] == *last);
            e.kind == EntityKind::Organization && (plural || headed)
        });
        if let Some(org) = found {
            return Some((org, at + k + 1));
        }
    }
    None
}

/// The one person the headline names ("UK heading wrong way - Howard"), when named at
/// least [`MAIN_PERSON_MENTIONS`] times: who the article is about even when others are
/// named as often.
fn headline_person(folded: &Folded, entities: &[LocalEntity]) -> Option<usize> {
    let mut people = folded
        .views
        .first()?
        .items
        .iter()
        .filter_map(|it| it.slot.filter(|sl| sl.kind == EntityKind::Person))
        .map(|sl| sl.entity);
    let first = people.next()?;
    let only = people.all(|p| p == first);
    (only && entities[first].mentions >= MAIN_PERSON_MENTIONS).then_some(first)
}

/// The person the article is about: named at least [`MAIN_PERSON_MENTIONS`] times and
/// [`MAIN_PERSON_LEAD`] times as often as anyone else.
fn main_person(entities: &[LocalEntity]) -> Option<usize> {
    let top = most_mentioned(entities, EntityKind::Person)?;
    (top.mentions >= MAIN_PERSON_MENTIONS
        && top.mentions >= MAIN_PERSON_LEAD * top.runner_up.max(1))
    .then_some(top.entity)
}
