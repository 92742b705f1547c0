//! Title chains before person names ("Israeli Prime Minister Benjamin Netanyahu"),
//! read once per sentence: their links are recorded and each chain is folded into its
//! person's slot, so later readers see "Prime Minister Netanyahu" as Netanyahu.

use super::view::{self, Item, Slot, View};
use super::Layer;
use crate::extract::rules::RuleSet;
use crate::extract::{Context, LocalEntity, Mention};
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::tagger::Tag;

/// A link found from a role title ("Israeli Prime Minister Benjamin Netanyahu").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TitleLink {
    pub(crate) person: usize,
    pub(crate) relation: Relation,
    pub(crate) org: usize,
    pub(crate) span: Span,
}

/// Every sentence's view with its title chains folded, and the links those chains
/// stated; built once per document for relations and meetings alike.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// One view per sentence, in order.
    pub views: Vec<View>,
    /// Per sentence, the links read from its title chains.
    pub(crate) titles: Vec<Vec<TitleLink>>,
    /// Whether the document reports games, where players are named in full.
    pub games: bool,
}

impl Folded {
    /// Views of all sentences of the document, titles folded.
    pub fn of(
        cx: &Context<'_>,
        layer: &Layer,
        mentions: &[Mention],
        entities: &[LocalEntity],
        games: bool,
    ) -> Folded {
        let n = cx.seg.sentences.len();
        let mut f = Folded {
            views: Vec::with_capacity(n),
            titles: Vec::with_capacity(n),
            games,
        };
        for si in 0..n {
            let mut v = view::build(cx, si, &layer.sentences[si], mentions);
            // A sentence naming fewer than two entities states no relation: it needs no
            // structure (and its words are untagged), unless it goes on with a quotation
            // whose speaker an earlier sentence names, which the layer tagged.
            let slots = v.items.iter().filter(|i| i.slot.is_some()).count();
            let tagged = || layer.sentences[si].iter().any(|w| w.tag != super::UNTAGGED);
            let links = if slots >= super::MIN_SLOTS_FOR_STRUCTURE || (slots > 0 && tagged()) {
                let links = fold_titles(&mut v, &cx.res.rules, entities, games);
                v.read_structure(&cx.res.rules);
                links
            } else {
                Vec::new()
            };
            f.views.push(v);
            f.titles.push(links);
        }
        f
    }
}

/// Title chains before person names: record their links and fold each chain into its
/// person slot, so later patterns see "Prime Minister Netanyahu" as Netanyahu. In a
/// report of games (`games`) a team's manager heads it.
pub(crate) fn fold_titles(
    v: &mut View,
    rs: &RuleSet,
    entities: &[LocalEntity],
    games: bool,
) -> Vec<TitleLink> {
    let mut links = Vec::new();
    let items = &v.items;
    let mut folded: Vec<Item> = Vec::new();
    // Chains end at a person slot; scan left from it.
    let mut starts: Vec<Option<usize>> = vec![None; items.len()];
    for (p, it) in items.iter().enumerate() {
        let Some(Slot {
            kind: EntityKind::Person,
            entity: person,
            form,
        }) = it.slot
        else {
            continue;
        };
        // Read the chain forwards from each possible start, keep the leftmost that
        // reaches p with at least one title.
        let lo = p.saturating_sub(12);
        let mut best: Option<(usize, Chain)> = None;
        for s in lo..p {
            if let Some(c) = read_chain(items, s, p, person, rs, entities, games) {
                best = Some((s, c));
                break;
            }
        }
        // "telling Labour members he wants": a plural title names people, not a pronoun.
        let best = best.filter(|(_, c)| !c.plural || form == MentionForm::Name);
        if let Some((s, chain)) = best {
            // Do not swallow a person slot inside another chain; the person's own title
            // read as a mention of them ("Tory shadow home secretary David Davis") is
            // part of the chain.
            if (s..p).any(|q| {
                items[q].slot.is_some_and(|x| {
                    x.kind == EntityKind::Person
                        && !own_title(x, person)
                        && !possessive_person(rs, items, q)
                })
            }) {
                continue;
            }
            starts[p] = Some(s);
            if chain.plural {
                let first = chain.links.clone();
                links.extend(coordinated_people(items, p).flat_map(|other| {
                    first.iter().map(move |l| TitleLink {
                        person: other,
                        ..l.clone()
                    })
                }));
            }
            links.extend(chain.links);
        }
    }
    if starts.iter().all(Option::is_none) {
        // Nothing to fold: the items stay as they are.
        return links;
    }
    let mut i = 0;
    let mut pending: Vec<(usize, usize)> = starts
        .iter()
        .enumerate()
        .filter_map(|(p, s)| s.map(|s| (s, p)))
        .collect();
    pending.sort();
    let mut pi = 0;
    while i < items.len() {
        while pi < pending.len() && pending[pi].0 < i {
            pi += 1;
        }
        if pi < pending.len() && pending[pi].0 == i {
            let (s, p) = pending[pi];
            let mut it = items[p].clone();
            it.span = Span::new(items[s].span.start, items[p].span.end);
            folded.push(it);
            i = p + 1;
            pi += 1;
        } else {
            folded.push(items[i].clone());
            i += 1;
        }
    }
    v.items = folded;
    links
}

/// The links a title chain states, and whether its title was plural ("Labour MPs").
struct Chain {
    links: Vec<TitleLink>,
    plural: bool,
}

/// The people coordinated after the person at `p`: "Kate Hoey and Frank Field", "A, B
/// and C" after a plural title.
fn coordinated_people(items: &[Item], p: usize) -> impl Iterator<Item = usize> + '_ {
    let person_at = |q: usize| {
        items.get(q).and_then(|it| {
            it.slot
                .filter(|sl| sl.kind == EntityKind::Person && sl.form == MentionForm::Name)
        })
    };
    let mut q = p + 1;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let sep = items.get(q)?;
        let last = sep.is("and");
        if !last && !sep.is(",") {
            return None;
        }
        let other = person_at(q + 1)?;
        q += 2;
        done = last;
        Some(other.entity)
    })
}

/// A title chain from `s` up to the person at `p`: organisations, countries, "'s",
/// modifiers and titles, with at least one title. Returns its links. A title links to
/// the first organisation before it, or else the country ("US Federal Reserve chairman X"
/// leads the Federal Reserve, not the US); a deputy's title is membership ("Tory deputy
/// leader").
fn read_chain(
    items: &[Item],
    s: usize,
    p: usize,
    person: usize,
    rs: &RuleSet,
    entities: &[LocalEntity],
    games: bool,
) -> Option<Chain> {
    let mut q = s;
    let mut plural = false;
    let mut orgs: Vec<usize> = Vec::new(); // item indices waiting for their title
    let mut links = Vec::new();
    let mut titled = false;
    let mut demoted = false;
    let mut last_title: Option<(Relation, Span)> = None;
    while q < p {
        let it = &items[q];
        let title = match it.slot {
            Some(sl) if own_title(sl, person) => slot_title(rs, &it.lower).map(|r| (1, r)),
            Some(_) => None,
            None => {
                // "chief executives": the plural phrase, not the title "chief" alone.
                let one = rs.lexis.title_at(items, q);
                let plural_next = |o: (usize, Relation)| {
                    items
                        .get(q + o.0)
                        .is_some_and(|it| it.slot.is_none() && it.tag == Tag::Nns)
                };
                let many = match one {
                    Some(o) if !plural_next(o) => None,
                    _ => rs.lexis.plural_title_at(items, q),
                };
                match many {
                    Some(many) if one.is_none_or(|o| many.0 > o.0) => {
                        plural = true;
                        Some(many)
                    }
                    _ => {
                        // "Leicester duo X and Y": a title for a group names each of them.
                        plural |=
                            one.is_some() && rs.lexis.class_has_word("group_titles", &it.lower);
                        one
                    }
                }
            }
        };
        // "Deloitte's chief economist X": "chief" qualifies the title after it, and
        // heads nothing.
        let title = title.filter(|&(len, rel)| {
            !(len == 1
                && rel == Relation::Leads
                && it.slot.is_none()
                && rs.title_modifiers.contains(it.lower.as_str())
                && title_follows(rs, items, q + 1, p))
        });
        if let Some((len, rel)) = title {
            let span = Span::new(items[q].span.start, items[q + len - 1].span.end);
            demoted |= it.slot.is_some() && rs.any_demoter(it.lower.split_whitespace());
            let rel = if demoted && rel == Relation::Leads {
                Relation::MemberOf
            } else if games
                && !demoted
                && len == 1
                && rel == Relation::MemberOf
                && team_head(rs, items, q)
            {
                Relation::Leads
            } else {
                rel
            };
            // "US Federal Reserve chairman": the organisation, not its country.
            let org_first = orgs.iter().find(|&&o| {
                items[o]
                    .slot
                    .is_some_and(|sl| sl.kind == EntityKind::Organization)
            });
            let org = org_first
                .or(orgs.last())
                .filter(|&&o| !nationality_only(rs, items, o, q, len))
                .filter(|&&o| !portfolio_word(rs, items, o, q, len))
                .filter(|&&o| {
                    rel == Relation::Represents
                        || items[o]
                            .slot
                            .is_some_and(|sl| sl.kind != EntityKind::Person)
                });
            let scope =
                org.is_some_and(|&o| rel == Relation::Leads && scope_only(rs, items, o, q, len));
            // "Acme's UK chief executive X", "its UK chief executive X": the country is
            // the scope of the owner's post.
            let owned = org.is_some_and(|&o| {
                o.checked_sub(1)
                    .is_some_and(|b| matches!(items[b].tag, Tag::Pos | Tag::PrpS))
            });
            if let Some(&o) = org.filter(|_| !(scope && owned)) {
                let org = items[o].slot.expect("slot").entity;
                // "South Africa's director-general X" is its official, not its head;
                // "Labour mayor X" heads a city as a member of the party.
                let party_office =
                    rel == Relation::Leads && office_held_by_member(rs, items, o, q, len);
                // "US lawyer X": counsel of a country's nationality, not its envoy.
                let counsel = rel == Relation::Represents
                    && items[o]
                        .slot
                        .is_some_and(|sl| sl.kind == EntityKind::Country)
                    && counsel_title(rs, items, q, len);
                let relation = if scope || party_office || counsel {
                    Relation::MemberOf
                } else {
                    rel
                };
                links.push(TitleLink {
                    person,
                    relation,
                    org,
                    span: Span::new(items[o].span.start, items[p].span.end),
                });
            }
            orgs.clear();
            titled = true;
            last_title = Some((rel, span));
            q += len;
        } else if let Some(sl) = it.slot {
            // "His lawyer X", "Mubanga's lawyer X": a person owns only a representative.
            let owner = possessive_person(rs, items, q);
            let club = sl.kind == EntityKind::Place && club_title_at(rs, items, q + 1);
            if !matches!(sl.kind, EntityKind::Organization | EntityKind::Country) && !owner && !club
            {
                return None;
            }
            // "in Turkey Minister Ellwood met": the place belongs to the preposition; an
            // organisation does not ("a question from Labour MP Kate Hoey").
            if q == s
                && sl.form != MentionForm::Demonym
                && sl.kind != EntityKind::Organization
                && q > 0
                && rs.lexis.syntax.locative.has(items[q - 1].sym)
            {
                return None;
            }
            orgs.push(q);
            q += 1;
        } else if let Some(after) = unit_field(items, q, p).filter(|_| last_title.is_some()) {
            // "Acme's head of research X": the title heads a unit of the body, not the
            // body.
            for link in links.iter_mut().filter(|l| l.relation == Relation::Leads) {
                link.relation = Relation::MemberOf;
            }
            // The field is part of the title a comma may set off from the name.
            last_title =
                last_title.map(|(rel, t)| (rel, Span::new(t.start, items[after - 1].span.end)));
            q = after;
        } else if let Some(after) = bracketed_short_form(items, q, orgs.last().copied()) {
            // "the World Anti-Doping Agency (Wada) chief X": the short form in brackets
            // after the organisation's name is the same organisation.
            q = after;
        } else if titled
            && orgs.is_empty()
            && items[q..p]
                .iter()
                .all(|x| x.slot.is_none() && rs.lexis.class_has_word("honorifics", &x.lower))
        {
            // "Kuwaiti oil minister Sheikh X", "Acme chairman Sir X": a form of address
            // between the title and the name.
            q = p;
        } else if !links.is_empty() && apposed_name(items, q, p, last_title) {
            // "Kenteris's lawyer, Gregory Ioannidis, said": the title set off by commas
            // before the name it describes.
            q += 1;
        } else if (it.tag == Tag::Pos && q > s && items[q - 1].slot.is_some())
            || (q > s && coordinated_title(rs, items, q, last_title.map(|(_, t)| t)))
            || rs.title_modifiers.contains(it.lower.as_str())
            || (q == s && rs.lexis.det_at(items, q))
            || (q > s && chain_word(items, q))
            || (q > s && demotes_title(rs, items, q))
            || (q > s && coordinated_field(rs, items, s, q))
        {
            // A possessive after a slot, "and" between titles, a modifier ("home affairs
            // spokesman"), a leading determiner: read on.
            demoted |= demotes_title(rs, items, q);
            q += 1;
        } else {
            return None;
        }
    }
    if !titled || !orgs.is_empty() {
        return None;
    }
    if links.is_empty() {
        // A title that names its organisation ("Secretary of State"); not an opposition
        // one ("Shadow Home Secretary").
        if let Some((_, span)) = last_title {
            let text: Vec<&str> = items[s..p].iter().map(|i| i.lower.as_str()).collect();
            let text = text.join(" ");
            if opposition(rs, &text) {
                return Some(Chain { links, plural });
            }
            for imp in &rs.file.implied_titles {
                if text.ends_with(&imp.title) {
                    if let Some(org) = entity_named(entities, &imp.org) {
                        links.push(TitleLink {
                            person,
                            relation: imp.relation,
                            org,
                            span: Span::new(span.start, items[p].span.end),
                        });
                    }
                }
            }
        }
    }
    Some(Chain { links, plural })
}

/// The item after "(" at `q`, a slot for the same entity as the slot at `org`, and ")":
/// an organisation's short form in brackets after its name.
fn bracketed_short_form(items: &[Item], q: usize, org: Option<usize>) -> Option<usize> {
    let name = items[org?].slot?;
    let short = items.get(q + 1)?.slot?;
    (items[q].lower == "(" && short.entity == name.entity && items.get(q + 2)?.lower == ")")
        .then_some(q + 3)
}

/// Whether the word at `q` is the comma between a title just read (and linked) and the
/// name at `p` it describes, closed by another comma: "Acme's lawyer, Ann Lee, said";
/// not "In a letter to Acme's lawyer, Ann Lee said", where the name starts the clause.
fn apposed_name(items: &[Item], q: usize, p: usize, last_title: Option<(Relation, Span)>) -> bool {
    let name = items[p].slot.is_some_and(|sl| sl.form == MentionForm::Name);
    q + 1 == p
        && items[q].is(",")
        && name
        && last_title.is_some_and(|(_, t)| q > 0 && t.end == items[q - 1].span.end)
        && items.get(p + 1).is_some_and(|n| n.is(","))
}

/// Whether the word at `q` joins the title just read to another: "Nortel president and
/// chief executive Bill Owens" holds both of Nortel.
fn coordinated_title(rs: &RuleSet, items: &[Item], q: usize, last_title: Option<Span>) -> bool {
    last_title.is_some_and(|t| t.end == items[q - 1].span.end)
        && matches!(items[q].lower.as_str(), "and" | "&")
        && rs.lexis.title_at(items, q + 1).is_some()
}

/// "Chelsea manager X", "the club's new manager X": in a report of games a manager
/// right after the team, its possessive or a title modifier is the team's coach; a
/// "kit manager" or "team manager" runs a part of it.
fn team_head(rs: &RuleSet, items: &[Item], q: usize) -> bool {
    let before = q.checked_sub(1).map(|b| &items[b]);
    rs.lexis.class_has_word("team_head_titles", &items[q].lower)
        && before.is_some_and(|b| {
            b.slot.is_some() || b.tag == Tag::Pos || rs.title_modifiers.contains(b.lower.as_str())
        })
}

/// Whether the title at `q..q + len` is an office only a state or a town gives and the
/// slot at `o` before it an organisation, which is then the holder's party: "London's
/// Labour mayor X", "former Tory chancellor Y" (the rules' `party_member_offices`).
fn office_held_by_member(rs: &RuleSet, items: &[Item], o: usize, q: usize, len: usize) -> bool {
    items[o]
        .slot
        .is_some_and(|sl| sl.kind == EntityKind::Organization)
        && rs.lexis.class_has_phrase(
            "party_member_offices",
            items[q..q + len].iter().map(|it| it.lower.as_str()),
        )
}

/// Whether the word at `q`, before a head's title, makes its holder a member: a demoter
/// of the rules ("deputy leader") or a noun naming a department ("finance director").
pub(crate) fn demotes_title(rs: &RuleSet, items: &[Item], q: usize) -> bool {
    rs.title_demoters.contains(items[q].lower.as_str()) || names_a_unit(rs, items, q)
}

/// Whether `w` is an indefinite article, which makes a title after it one of several
/// holders' ("a director of Y"), not its head's; "a former chairman of Y" once headed Y,
/// and "a superb chairman of Y" praises its head, so only the article alone counts.
pub(crate) fn indefinite(rs: &RuleSet, w: &str) -> bool {
    rs.lexis.class_has_word("indefinite_dets", w)
}

/// Whether a role read as a mention is an indefinite article and a one-word title: "a
/// director".
pub(crate) fn role_of_several(rs: &RuleSet, role: &str) -> bool {
    let mut words = role.split_whitespace();
    matches!((words.next(), words.next(), words.next()), (Some(a), Some(_), None) if indefinite(rs, a))
}

/// Whether the common noun at `q` names a department that the title right after it
/// heads: "finance director", "anti-piracy director" and "sales chief" head a unit, not
/// the organisation; "party chairman" and "police chief" head the body the noun names
/// and a "caretaker boss" stands in for the head (the rules' `unit_head_titles`, and
/// `org_nouns`, `body_nouns` and `stand_in_nouns` as the exceptions); a committee inside
/// a body is a unit of it (`sub_body_nouns`).
fn names_a_unit(rs: &RuleSet, items: &[Item], q: usize) -> bool {
    let it = &items[q];
    let lex = &rs.lexis;
    // "chief executive": a word that starts a title is no department. A gerund may name
    // one ("sporting director"), unless it qualifies the holder ("acting chairman"), as
    // it does closing a compound ("its longest-serving chairman").
    let compound = q > 0 && items[q - 1].tag == Tag::Hyph;
    let gerund = it.tag == Tag::Vbg && !compound && !rs.title_modifiers.contains(it.lower.as_str());
    // "Senate committee chairman": the committee's head, a member of the Senate.
    let sub_body = lex.class_has_word("sub_body_nouns", &it.lower);
    // "the 23rd President": an ordinal in figures is no department.
    let figures = it.lower.bytes().any(|b| b.is_ascii_digit());
    (matches!(it.tag, Tag::Nn | Tag::Nns) || gerund || sub_body)
        && !figures
        && lex.title_at(items, q).is_none()
        && (sub_body
            || !(lex.class_has_word("org_nouns", &it.lower)
                || lex.class_has_word("body_nouns", &it.lower)
                || lex.class_has_word("stand_in_nouns", &it.lower)))
        && lex.title_at(items, q + 1).is_some_and(|(len, _)| {
            let title = &items[q + 1..q + 1 + len];
            // "managing director": the noun and the title make one head's office.
            let office = &items[q..q + 1 + len];
            len == 1
                && lex.class_has_word("unit_head_titles", &title[0].lower)
                && !lex.class_has_phrase("org_offices", office.iter().map(|i| i.lower.as_str()))
        })
}

/// Whether a title of the rules' `club_titles` ("boss", "centre") starts at item `q`:
/// after a town's name it names the town's club or firm ("Leicester centre X").
fn club_title_at(rs: &RuleSet, items: &[Item], q: usize) -> bool {
    let Some((len, _)) = rs.lexis.title_at(items, q) else {
        return false;
    };
    let words: Vec<&str> = items[q..q + len].iter().map(|i| i.lower.as_str()).collect();
    rs.lexis.classes.get("club_titles").is_some_and(|ts| {
        ts.iter()
            .any(|t| t.len() == words.len() && t.iter().zip(&words).all(|(a, b)| a == b))
    })
}

/// The relation a title states towards a body named after "at": a representative works
/// at the firm "at" names ("X, a bankruptcy attorney at Y"); the one represented comes
/// after "for".
pub(crate) fn relation_at(title: Relation) -> Relation {
    match title {
        Relation::Represents => Relation::MemberOf,
        other => other,
    }
}

/// The entity named `name` or having it as an alias.
pub(crate) fn entity_named(entities: &[LocalEntity], name: &str) -> Option<usize> {
    let key = crate::graph::name_key(name);
    entities.iter().position(|e| {
        crate::graph::name_key(&e.name) == key
            || e.aliases.keys().any(|a| crate::graph::name_key(a) == key)
    })
}

/// Most lower-case words of a field after a title and "of": "head of investor
/// relations".
pub(crate) const MAX_FIELD_WORDS: usize = 3;

/// Where the field ends, when "of" at `q` and a few lower-case nouns name the field of
/// the title before it, right up to the person at `p` or a comma before them: "head of
/// research X", "director of communications X", "ITV's director of entertainment, X".
fn unit_field(items: &[Item], q: usize, p: usize) -> Option<usize> {
    let end = match p.checked_sub(1).map(|c| items[c].lower.as_str()) {
        Some(",") => p - 1,
        _ => p,
    };
    let field = items.get(q + 1..end)?;
    let noun = |it: &Item| {
        it.slot.is_none()
            && (it.tag.is_adjective() || matches!(it.tag, Tag::Nn | Tag::Nns))
            && it.lower.chars().all(|c| c.is_lowercase() || c == '-')
    };
    // "Labour's minister for women X": "for" sets off the field as "of" does.
    (matches!(items[q].lower.as_str(), "of" | "for")
        && (1..=MAX_FIELD_WORDS).contains(&field.len())
        && field.iter().all(noun)
        && matches!(field.last().map(|it| it.tag), Some(Tag::Nn | Tag::Nns)))
    .then_some(end)
}

/// Whether a title starts at `q` or after modifiers and adjectives from there, before
/// the person at `p`: "economist" in "chief economist", "adviser" in "chief economic
/// adviser".
fn title_follows(rs: &RuleSet, items: &[Item], q: usize, p: usize) -> bool {
    for r in q..p {
        if rs.lexis.title_at(items, r).is_some() {
            return true;
        }
        let it = &items[r];
        let qualifier = rs.title_modifiers.contains(it.lower.as_str())
            || rs.lexis.class_has_word("mod", &it.lower)
            || it.tag.is_adjective();
        if it.slot.is_some() || !qualifier {
            return false;
        }
    }
    false
}

/// A lower-case noun or adjective that may qualify a title: "home affairs" in "Lib Dem
/// home affairs spokesman"; or an adverb and participle that do, written apart or
/// joined by a hyphen: "newly appointed", "newly-appointed", "long-serving".
fn chain_word(items: &[Item], q: usize) -> bool {
    let it = &items[q];
    let hyphen_at = |i: usize| items.get(i).is_some_and(|n| n.tag == Tag::Hyph);
    let participle = |i: usize| items.get(i).is_some_and(|n| n.tag == Tag::Vbn);
    let adverb = |i: usize| items.get(i).is_some_and(|n| n.tag == Tag::Rb);
    it.slot.is_none()
        && (it.tag.is_adjective()
            || matches!(it.tag, Tag::Nn | Tag::Nns | Tag::Hyph)
            || hyphen_at(q + 1)
            || (adverb(q) && participle(q + 1))
            // "the Acme-backed candidate": after a name, the compound says who backs.
            || (q >= 2 && hyphen_at(q - 1) && items[q - 2].slot.is_none())
            || (participle(q) && q > 0 && adverb(q - 1)))
}

/// Whether "and" or a comma at `q` joins two lower-case words of a title's field, the
/// title right after them: "Tory work and pensions spokesman X", "culture, media and
/// sport secretary Y"; not "Labour's record and party leader X", where the possessive
/// owns the first word.
fn coordinated_field(rs: &RuleSet, items: &[Item], s: usize, q: usize) -> bool {
    let lower_word = |i: usize| {
        items.get(i).is_some_and(|it| {
            it.slot.is_none() && (it.tag.is_adjective() || matches!(it.tag, Tag::Nn | Tag::Nns))
        })
    };
    let joiner = |i: usize| matches!(items[i].lower.as_str(), "and" | ",");
    let title_next = (q + 1..(q + 1 + 2 * MAX_FIELD_WORDS).min(items.len()))
        .take_while(|&i| lower_word(i) || joiner(i))
        .any(|i| rs.lexis.title_at(items, i).is_some());
    joiner(q) && lower_word(q - 1) && title_next && !items[s..q].iter().any(|it| it.tag == Tag::Pos)
}

/// Whether slot `sl` is a title or role noun standing for `person` itself, read as a
/// mention of them ("the chairman" in "the party chairman, Ann Lee").
fn own_title(sl: Slot, person: usize) -> bool {
    sl.entity == person && matches!(sl.form, MentionForm::Title | MentionForm::Nominal)
}

/// The relation a title mention's words state: the title they end in ("shadow home
/// secretary" ends in "home secretary"); a demoter before it makes a head a member.
pub(crate) fn slot_title(rs: &RuleSet, lower: &str) -> Option<Relation> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    (0..words.len()).find_map(|k| {
        rs.lexis
            .titles
            .iter()
            .find(|(w, _)| w.iter().map(String::as_str).eq(words[k..].iter().copied()))
            .map(|(_, r)| *r)
    })
}

/// Whether the slot at `o` is a country named only by its nationality and the title at
/// `q..q + len` is one a nationality says nothing of: "Dutch co-chairman X" heads no
/// country, a "US economist" works for none; "Dutch minister X" is a member.
fn nationality_only(rs: &RuleSet, items: &[Item], o: usize, q: usize, len: usize) -> bool {
    let Some(sl) = items[o].slot else {
        return false;
    };
    if sl.kind != EntityKind::Country || sl.form != MentionForm::Demonym {
        return false;
    }
    let title = title_words(items, q, len).join(" ");
    let last = title.rsplit([' ', '-']).next().unwrap_or("");
    rs.org_titles.contains(title.as_str()) || rs.org_titles.contains(last)
}

/// Whether the title at item `q` is a lawyer's, by the rules' class `counsel_titles`:
/// counsel speak for clients, never for a country.
fn counsel_title(rs: &RuleSet, items: &[Item], q: usize, len: usize) -> bool {
    let title = title_words(items, q, len);
    let last = title.last().copied().unwrap_or_default();
    rs.lexis
        .class_has_phrase("counsel_titles", title.iter().copied())
        || rs.lexis.class_has_word("counsel_titles", last)
}

/// Whether the organisation at item `o` is a minister's portfolio written into a
/// capitalised title right after it: "Saudi Labour Minister X" holds the labour
/// portfolio and no party's seat; "Labour minister X" and "Labour MP X" are the party's.
fn portfolio_word(rs: &RuleSet, items: &[Item], o: usize, q: usize, len: usize) -> bool {
    let title = title_words(items, q, len).join(" ");
    o + 1 == q
        && items[o]
            .slot
            .is_some_and(|sl| sl.kind == EntityKind::Organization)
        && rs.title_modifiers.contains(items[o].lower.as_str())
        && items[q].tag.is_proper()
        && rs
            .lexis
            .classes
            .get("cabinet_offices")
            .into_iter()
            .flatten()
            .any(|phrase| phrase.len() == 1 && title.ends_with(phrase[0].as_str()))
}

/// Whether the country at item `o` is only the scope of a title at `q..q + len` that
/// heads a body, never a country (the rules' `body_head_titles`): "Norway's director
/// general X" heads a body of Norway. A town may be a club's name misread ("Chelsea
/// chief executive X").
fn scope_only(rs: &RuleSet, items: &[Item], o: usize, q: usize, len: usize) -> bool {
    if items[o]
        .slot
        .is_none_or(|sl| sl.kind != EntityKind::Country)
    {
        return false;
    }
    rs.lexis
        .class_has_phrase("body_head_titles", title_words(items, q, len).into_iter())
}

/// The lower-case words of the title at items `q..q + len`.
fn title_words(items: &[Item], q: usize, len: usize) -> Vec<&str> {
    items[q..q + len].iter().map(|i| i.lower.as_str()).collect()
}

/// Whether the item at `q` is a person named as an owner: "his", "Mubanga's".
fn possessive_person(rs: &RuleSet, items: &[Item], q: usize) -> bool {
    let Some(sl) = items[q].slot.filter(|s| s.kind == EntityKind::Person) else {
        return false;
    };
    // A pronoun that is one of the rules' determiners is a possessive one ("his").
    let pronoun =
        sl.form == MentionForm::Pronoun && rs.lexis.dets.iter().any(|d| *d == items[q].lower);
    pronoun || items.get(q + 1).is_some_and(|n| n.is("'s"))
}

/// Whether a title's words mark an opposition office ("shadow home secretary").
pub(crate) fn opposition(rs: &RuleSet, title: &str) -> bool {
    let marks = rs
        .lexis
        .classes
        .get("opposition_marks")
        .into_iter()
        .flatten();
    title
        .split_whitespace()
        .any(|w| marks.clone().any(|m| m.len() == 1 && m[0] == w))
}
