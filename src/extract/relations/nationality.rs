//! Nationalities, state bodies and companies' countries, read from mentions side by
//! side: "Spain's Rafael Nadal", "US actor Jamie Foxx", "Briton Clive Owen", "Roger
//! Federer (Switzerland)" are members of their country; "Russia's Federal Security
//! Service", "the British Army" and "German carmaker Velta" are part of theirs. A
//! body's unit named after it is part of it too ("BBC World Service").

use crate::extract::{Context, LocalEntity, LocalRelation, Mention};
use crate::graph::name_key;
use crate::lexicon::Hit;
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::tagger::Tagger;

/// The rule id of a person's stated nationality.
pub const RULE: &str = "nationality";

/// The rule id of a state body named with its country.
pub const STATE_BODY_RULE: &str = "state-body";

/// The rule id of a company or other body named with its country's word before it.
pub const COUNTRY_BODY_RULE: &str = "country-body";

/// The rule id of a body whose own name carries its country.
pub const NAMED_BODY_RULE: &str = "country-in-name";

/// The rule id of a country's body named without its country in an article about that
/// country ("the Finance Ministry said"), as the mentions name it.
pub const ARTICLE_BODY_RULE: &str = "country-body-of-article";

/// The rule id of a unit whose own name opens with its owner's: "BBC World Service".
pub const OWNER_IN_NAME_RULE: &str = "owner-in-name";

/// Most words between a nationality and a person's name: "US film star X", "British
/// former world champion X".
const MAX_ROLE_WORDS: usize = 3;

/// Most words after an owner's name in the name of a unit of it: "BBC World Service".
const MAX_UNIT_TAIL_WORDS: usize = 2;

/// Most capitals of a model's letters after a maker's name: "Nintendo DS", "Casio QV".
const MAX_MODEL_LETTERS: usize = 4;

/// Members of their country by a stated nationality, for people whose title in the same
/// sentence links them to no country already; and state bodies part of the country
/// named before them.
/// In a report of games `sport` is set: there a person's name after a country's
/// possessive is an athlete's ("Canada's Nate Brannen"), whose given name the tables may
/// not know.
pub fn add_nationalities(
    cx: &Context<'_>,
    mentions: &[Mention],
    entities: &[LocalEntity],
    sport: bool,
    out: &mut Vec<LocalRelation>,
) {
    // A title between a country and a name decides the link itself ("Dutch co-chairman
    // X" is no member of the Netherlands), unless a nationality qualifies it as it
    // would a role noun ("French singer X").
    let transparent = |m: &Mention| {
        m.form == MentionForm::Title
            && m.text.split_whitespace().last().is_some_and(|w| {
                cx.res
                    .rules
                    .lexis
                    .class_has_word("nationality_roles", &w.to_lowercase())
            })
    };
    let named: Vec<usize> = (0..mentions.len())
        .filter(|&i| {
            let m = &mentions[i];
            m.entity.is_some() && m.form != MentionForm::Nominal && !transparent(m)
        })
        .collect();
    let mut found: Vec<LocalRelation> = Vec::new();
    // The country of a plural role and the last person it was read for: "Greek
    // sprinters X and Y" are both Greek.
    let mut shared: Option<(usize, &Mention)> = None;
    for (k, &i) in named.iter().enumerate() {
        let m = &mentions[i];
        let prev = k.checked_sub(1).map(|p| &mentions[named[p]]);
        let next = named.get(k + 1).map(|&n| &mentions[n]);
        let stated = match m.kind {
            EntityKind::Person if m.form == MentionForm::Name => {
                // Words in title case, as people's names are; not "RBS Six Nations".
                let athlete = || sport && super::full_name(&m.text);
                let sure = || athlete() || sure_person(cx, mentions, entities, m);
                let stated = nationality(cx, m, prev, next, sure);
                let conjunct = shared
                    .filter(|(_, p)| stated.is_none() && conjoined(cx, p, m))
                    .map(|(country, p)| Stated {
                        country,
                        relation: Relation::MemberOf,
                        span: Span::new(p.span.start, m.span.end),
                        rule: RULE,
                    });
                shared = match (&stated, conjunct.is_some()) {
                    (Some(s), _) if plural_role_before(cx, prev, m) => Some((s.country, m)),
                    (None, true) => shared.map(|(c, _)| (c, m)),
                    _ => None,
                };
                stated.or(conjunct)
            }
            EntityKind::Organization if m.form == MentionForm::Name => {
                state_body(cx, m, prev, entities)
                    .or_else(|| country_body(cx, m, prev))
                    .or_else(|| article_body(m, entities))
                    .or_else(|| named_body(cx, m, entities))
                    .or_else(|| owner_in_name(cx, m, entities))
            }
            _ => None,
        };
        let Some(s) = stated else { continue };
        let (Some(source), target) = (m.entity, s.country) else {
            continue;
        };
        if source == target || linked(out, entities, source, m.sentence, s.relation) {
            continue;
        }
        if found.iter().any(|r| {
            (r.source, r.relation, r.target, r.evidence.sentence)
                == (source, s.relation, target, m.sentence)
        }) {
            continue;
        }
        found.push(LocalRelation {
            source,
            relation: s.relation,
            target,
            evidence: cx.evidence(m.sentence, s.span, s.rule),
        });
    }
    out.extend(found);
}

/// A country stated for a person or body: the country entity, where, and how.
struct Stated {
    country: usize,
    relation: Relation,
    span: Span,
    rule: &'static str,
}

/// The country a person's name is stated with: "Spain's X", "Briton X", "US actor X",
/// "X of Spain", "X (Spain)". After a possessive or a bare demonym the name must be
/// `sure` to be a person's, as a company's may be typed one ("France's Pernod Ricard").
fn nationality(
    cx: &Context<'_>,
    person: &Mention,
    prev: Option<&Mention>,
    next: Option<&Mention>,
    sure: impl Fn() -> bool,
) -> Option<Stated> {
    let text = &cx.doc.text;
    let country = |c: &&Mention| {
        c.kind == EntityKind::Country
            && c.sentence == person.sentence
            && matches!(c.form, MentionForm::Name | MentionForm::Demonym)
            && stands_alone(cx, c)
            && !former_state(cx, c)
    };
    let before = prev.filter(country).filter(|c| {
        let Some(between) = text.get(c.span.end..person.span.start) else {
            return false;
        };
        // After a possessive or a bare demonym the name may be a body's read as a
        // person's ("France's Pernod Ricard", "American Express Financial Advisors").
        let checked = match between.trim() {
            "'s" | "\u{2019}s" | "" => sure(),
            _ => true,
        };
        // "his French counterpart, Claire Dubois,": a role set off before the name it
        // stands in apposition to.
        let set_off = between.trim_end().strip_suffix(',').filter(|_| {
            text[person.span.end..]
                .trim_start()
                .starts_with([',', '.', ';', ')'])
        });
        match set_off {
            Some(role) => role.starts_with(char::is_whitespace) && role_words(cx, role.trim()),
            None => nationality_before(cx, c, between) && checked,
        }
    });
    let after = || {
        next.filter(country).filter(|c| {
            c.form == MentionForm::Name
                && c.span.start >= person.span.end
                && nationality_after(
                    cx,
                    &text[person.span.end..c.span.start],
                    &text[c.span.end..],
                )
        })
    };
    let apposed = || {
        let c = next
            .filter(country)
            .filter(|c| c.span.start >= person.span.end)
            .filter(|c| {
                apposed_after(
                    cx,
                    &text[person.span.end..c.span.start],
                    &text[c.span.end..],
                )
            });
        c.or_else(|| {
            prev.filter(country).filter(|c| {
                apposed_before(
                    cx,
                    &text[..c.span.start],
                    &text[c.span.end..person.span.start],
                )
            })
        })
    };
    let c = before
        .or_else(after)
        .or_else(|| apposed().filter(|c| c.form == MentionForm::Demonym))?;
    let span = Span::new(
        c.span.start.min(person.span.start),
        c.span.end.max(person.span.end),
    );
    Some(Stated {
        country: c.entity?,
        relation: Relation::MemberOf,
        span,
        rule: RULE,
    })
}

/// Whether the words between a country and a person's name state the person's
/// nationality: a possessive after a name ("Spain's X"), nothing after a demonym
/// ("Briton X", "fellow American X"), or role nouns ("US actor X", "German counterpart
/// X", "Australian billionaire X").
fn nationality_before(cx: &Context<'_>, c: &Mention, between: &str) -> bool {
    let t = between.trim();
    if t.is_empty() {
        return c.form == MentionForm::Demonym;
    }
    if matches!(t, "'s" | "\u{2019}s") {
        return c.form == MentionForm::Name;
    }
    if between.starts_with(|ch: char| !ch.is_whitespace()) {
        return false;
    }
    role_words(cx, t)
}

/// Whether `t` is a few lower-case words ending in a noun for a person or people that
/// a nationality qualifies: "actor", "film star", "former world champion", "sprinters"
/// ("Greek sprinters X and Y").
fn role_words(cx: &Context<'_>, t: &str) -> bool {
    let rs = &cx.res.rules;
    let words: Vec<&str> = t.split_whitespace().collect();
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let one = |w: &str| {
        rs.lexis.class_has_word("nationality_roles", w)
            || rs.org_titles.contains(w)
            || cx.res.lexicon.words.role_nouns.contains(w)
    };
    let role = |w: &str| one(w) || w.strip_suffix('s').is_some_and(one);
    let modifier = |w: &str| {
        role(w)
            || rs.lexis.class_has_word("nationality_modifiers", w)
            || rs.lexis.class_has_word("mod", w)
    };
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    words.len() <= MAX_ROLE_WORDS
        && words.iter().all(lower)
        && role(last)
        && rest.iter().all(|w| modifier(w))
}

/// Whether the words between the country mention `prev` and the person `m` end in a
/// plural role noun: "British actors X, Y and Z".
fn plural_role_before(cx: &Context<'_>, prev: Option<&Mention>, m: &Mention) -> bool {
    let Some((c, between)) =
        prev.and_then(|c| Some((c, cx.doc.text.get(c.span.end..m.span.start)?)))
    else {
        return false;
    };
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    // "Kenyans Paul Tergat and Sammy Korir": a plural people's name is one too.
    if between.trim().is_empty() {
        return c.form == MentionForm::Demonym && plural(&c.text);
    }
    let last = between.split_whitespace().last().unwrap_or("");
    plural(last) && role_words(cx, between.trim())
}

/// Whether person `m` follows person `p` in one list: ", ", " and " or ", and "
/// between them.
fn conjoined(cx: &Context<'_>, p: &Mention, m: &Mention) -> bool {
    p.sentence == m.sentence
        && cx
            .doc
            .text
            .get(p.span.end..m.span.start)
            .is_some_and(|t| matches!(t, ", " | " and " | ", and "))
}

/// Whether the words between a person's name and a country's, and those after the
/// country, state the person's nationality: "X of Spain beat", "X (Spain)"; not "X of US
/// bank Acme", where the country qualifies the body X works for.
fn nationality_after(cx: &Context<'_>, between: &str, rest: &str) -> bool {
    let next = rest.trim_start().chars().next();
    let next_word = rest.split_whitespace().next().unwrap_or("");
    let body_word = cx.res.lexicon.words.org_appositive.contains(next_word);
    match between.trim() {
        // "X of Spain's team" is the team's; "X of Spain Telecom" a longer name.
        // "X of Ethiopia - the world champion", "X of the USA", "beat X of Russia 7-5".
        "of" | "of the" => {
            !body_word
                && next.is_none_or(|ch| {
                    ch.is_lowercase()
                        || ch.is_ascii_digit()
                        || matches!(ch, ',' | '.' | ';' | ':' | '-' | '\u{2013}')
                })
        }
        "(" => next == Some(')'),
        _ => false,
    }
}

/// Most lower-case words between an apposition's article and its demonym: "a second
/// Iranian blogger", "a leading British lawyer".
const MAX_APPOSITION_MODIFIERS: usize = 2;

/// Whether the words between a person's name and a demonym, and those after the
/// demonym, are an apposition stating the person's nationality: "X, a South African
/// financier, said", "X, a Belgian national who"; not "X, a British point of view".
fn apposed_after(cx: &Context<'_>, between: &str, rest: &str) -> bool {
    let Some(opening) = between.strip_prefix(", ") else {
        return false;
    };
    article_and_modifiers(cx, opening) && role_then_stop(cx, rest)
}

/// Whether the text before a demonym and that between it and a person's name are an
/// apposition before the name: "A second Iranian blogger, X", "with the Bulgarian
/// manager, X".
fn apposed_before(cx: &Context<'_>, before: &str, between: &str) -> bool {
    let Some(role) = between.strip_suffix(", ") else {
        return false;
    };
    // The phrase opens its sentence, follows a comma or a preposition: from its last
    // article back.
    let opening = before
        .rfind([',', '\n', '.'])
        .map_or(before, |at| &before[at + 1..]);
    let words: Vec<&str> = opening.split_whitespace().collect();
    let Some(article) = words.iter().rposition(|w| is_article(cx, w)) else {
        return false;
    };
    let role = role.trim();
    !role.is_empty()
        && article_and_modifiers(cx, &words[article..].join(" "))
        && role_words(cx, role)
}

/// Whether `t` is an article and at most [`MAX_APPOSITION_MODIFIERS`] lower-case words.
fn article_and_modifiers(cx: &Context<'_>, t: &str) -> bool {
    let mut words = t.split_whitespace();
    words.next().is_some_and(|w| is_article(cx, w))
        && words.clone().count() <= MAX_APPOSITION_MODIFIERS
        && words.all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// Whether `w` is one of the rules' `articles`, in any case.
fn is_article(cx: &Context<'_>, w: &str) -> bool {
    cx.res
        .rules
        .lexis
        .class_has_word("articles", &w.to_lowercase())
}

/// Whether the text after a demonym is role words closed by punctuation or "who":
/// "financier, said", "national who left". A demonym standing alone may name a people
/// rather than a state's citizens ("Kovac, a Serb from Kosovo").
fn role_then_stop(cx: &Context<'_>, rest: &str) -> bool {
    let end = rest
        .find([',', '.', ';', ':', ')', '\n'])
        .unwrap_or(rest.len());
    let phrase = &rest[..end];
    let phrase = match phrase.find(" who ") {
        Some(at) => &phrase[..at],
        None => phrase,
    }
    .trim();
    role_words(cx, phrase)
}

/// Whether a person's name is surely a person's, as a company's may be typed one
/// ("France's Pernod Ricard"): a known given name, a title or pronoun for them, a role,
/// or a surname used alone.
pub(super) fn sure_person(
    cx: &Context<'_>,
    mentions: &[Mention],
    entities: &[LocalEntity],
    m: &Mention,
) -> bool {
    let Some(e) = m.entity else { return false };
    let ent = &entities[e];
    let words: Vec<&str> = ent.name.split_whitespace().collect();
    let surname = words.len() >= 2
        && ent
            .aliases
            .keys()
            .any(|a| a.split_whitespace().last() == words.last().copied() && !a.contains(words[0]));
    surname || named_as_person(cx, mentions, entities, m)
}

/// Whether a name has more than its form to show it is a person's: a known given name,
/// a title or pronoun for them, or a role. "Aston Villa", shortened to "Villa", has none.
pub(super) fn named_as_person(
    cx: &Context<'_>,
    mentions: &[Mention],
    entities: &[LocalEntity],
    m: &Mention,
) -> bool {
    let Some(e) = m.entity else { return false };
    let ent = &entities[e];
    let given = ent
        .name
        .split_whitespace()
        .next()
        .is_some_and(|w| cx.res.lexicon.words.given_names.contains(w));
    let referred = mentions.iter().any(|x| {
        x.entity == Some(e) && matches!(x.form, MentionForm::Pronoun | MentionForm::Title)
    });
    given || referred || !ent.roles.is_empty()
}

/// The country a state body is named with: "Russia's Federal Security Service", "US
/// Federal Reserve", "the British Army".
fn state_body(
    cx: &Context<'_>,
    org: &Mention,
    prev: Option<&Mention>,
    entities: &[LocalEntity],
) -> Option<Stated> {
    if !is_state_body(cx, &org.text) {
        return None;
    }
    let c = prev.filter(|c| {
        c.kind == EntityKind::Country
            && c.sentence == org.sentence
            && stands_alone(cx, c)
            && c.span.end <= org.span.start
            && matches!(c.form, MentionForm::Name | MentionForm::Demonym)
            && matches!(
                cx.doc.text[c.span.end..org.span.start].trim(),
                "" | "'s" | "\u{2019}s"
            )
    });
    let (country, start) = match c {
        Some(c) => (c.entity?, c.span.start),
        // "the British Army": the country's word opens the body's name.
        None => {
            let first = org.text.split_whitespace().next()?;
            let country = country_of_word(cx, first, entities)?;
            (country, org.span.start)
        }
    };
    Some(Stated {
        country,
        relation: Relation::PartOf,
        span: Span::new(start, org.span.end),
        rule: STATE_BODY_RULE,
    })
}

/// The country a body written without it belongs to when the mentions named the body
/// for the article's country ("the Finance Ministry" in an article about Russia is
/// "Russia Finance Ministry"): the name says it, so does a relation. Not a bare
/// "Parliament": a British article about the Iraq war names Iraq more often than its
/// own country, whose Parliament it means.
fn article_body(org: &Mention, entities: &[LocalEntity]) -> Option<Stated> {
    if !org.text.contains(' ') {
        return None;
    }
    let body = &entities[org.entity?];
    let rule = body.aliases.get(org.text.as_str())?;
    if rule != crate::extract::COUNTRY_BODY_RULE {
        return None;
    }
    let country_name = body.name.strip_suffix(org.text.as_str())?.trim_end();
    let country = entities
        .iter()
        .position(|e| e.kind == EntityKind::Country && e.name == country_name)?;
    Some(Stated {
        country,
        relation: Relation::PartOf,
        span: org.span,
        rule: ARTICLE_BODY_RULE,
    })
}

/// The country named right before a body by its name or word, alone, possessive, or
/// with words for what the body is: "Russia's Yukos", "German carmaker Velta", "US oil
/// giant Zenco". The body is part of the country, as a state body is.
fn country_body(cx: &Context<'_>, org: &Mention, prev: Option<&Mention>) -> Option<Stated> {
    let c = prev.filter(|c| {
        c.kind == EntityKind::Country
            && c.sentence == org.sentence
            && c.span.end <= org.span.start
            && matches!(c.form, MentionForm::Name | MentionForm::Demonym)
            && stands_alone(cx, c)
            && !former_state(cx, c)
    })?;
    // "Britain's EU rebate", "France's Nato allies": a body of many countries.
    if cx.res.lexicon.is_international(&org.text) {
        return None;
    }
    // "UK games developer Peter Molyneux": a person's name read as a body's.
    let first = org.text.split_whitespace().next()?;
    if cx.res.lexicon.words.given_names.contains(first) {
        return None;
    }
    // "Acme's German subsidiary Zenith": the demonym says where an owner's unit is.
    if c.form == MentionForm::Demonym && ends_possessive(&cx.doc.text[..c.span.start]) {
        return None;
    }
    let between = &cx.doc.text[c.span.end..org.span.start];
    // "Japan's biggest carmaker Toyota": a possessive before the words for the body.
    let possessive = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|p| between.strip_prefix(p));
    let stated = match possessive {
        Some(rest) => {
            c.form == MentionForm::Name
                && (rest.trim().is_empty()
                    || rest.starts_with(char::is_whitespace) && kind_words(cx, rest))
        }
        None => between.starts_with(char::is_whitespace) && kind_words(cx, between),
    };
    if !stated {
        return None;
    }
    Some(Stated {
        country: c.entity?,
        relation: Relation::PartOf,
        span: Span::new(c.span.start, org.span.end),
        rule: COUNTRY_BODY_RULE,
    })
}

/// Whether the text ends with a possessive and a space on the same line: "Acme's ",
/// "the Tories' "; not a headline's closing quote ("unveils 'fastest robot'").
fn ends_possessive(before: &str) -> bool {
    let t = before.trim_end();
    let space = &before[t.len()..];
    !space.is_empty()
        && !space.contains('\n')
        && (t.ends_with("'s") || t.ends_with("\u{2019}s") || t.ends_with("s'"))
}

/// The country a body's own name carries, opening it or closing it after "of", when the
/// name's body part ends in a word for a kind of body (the rules'
/// `national_body_heads`): "Korea First Bank", "Japan Airlines", "Reserve Bank of
/// Australia", "Spanish FA". The country must be one the article names.
fn named_body(cx: &Context<'_>, org: &Mention, entities: &[LocalEntity]) -> Option<Stated> {
    let name = org.text.as_str();
    let of = name.rsplit_once(" of ");
    let body = of.map_or(name, |(body, _)| body);
    let head = body.split_whitespace().last()?.to_lowercase();
    if !cx
        .res
        .rules
        .lexis
        .class_has_word("national_body_heads", &head)
    {
        return None;
    }
    let country = match of {
        Some((_, tail)) => country_named(cx, tail, entities)?,
        None => country_opening(cx, name, entities)?,
    };
    Some(Stated {
        country,
        relation: Relation::PartOf,
        span: org.span,
        rule: NAMED_BODY_RULE,
    })
}

/// Another of the article's bodies whose name opens this one's, before at most
/// [`MAX_UNIT_TAIL_WORDS`] words that name a unit or where it works: "BBC World
/// Service", "BBC Radio 4", "Barclays Capital", "AOL Europe" are part of the BBC,
/// Barclays and AOL. Not before a word that names the body itself or its parent
/// ("Nissan Motor", "Guardian Media Group", the rules' `same_body_tails`), a surname
/// ("Merrill Lynch") or a model's letters ("Nintendo DS"); nor after a given name or a
/// common word ("Real Madrid" is no unit of "Real").
fn owner_in_name(cx: &Context<'_>, org: &Mention, entities: &[LocalEntity]) -> Option<Stated> {
    let words: Vec<&str> = org.text.split_whitespace().collect();
    let own = org.entity?;
    let [first, _, ..] = words[..] else {
        return None;
    };
    let lex = &cx.res.lexicon;
    if lex.words.given_names.contains(first) || Tagger::embedded().knows_common_word(first) {
        return None;
    }
    let shortest = words.len().saturating_sub(MAX_UNIT_TAIL_WORDS).max(1);
    (shortest..words.len()).rev().find_map(|n| {
        let (head, tail) = words.split_at(n);
        let region = region_tail(cx, tail);
        if !region && !unit_tail(cx, tail) {
            return None;
        }
        let owner_name = head.join(" ");
        // "Labour Britain": a region after a short form names no unit.
        let by_alias = !region;
        let owner = entities.iter().position(|e| {
            e.kind == EntityKind::Organization
                && (e.name == owner_name || by_alias && e.aliases.contains_key(owner_name.as_str()))
        })?;
        (owner != own).then_some(Stated {
            country: owner,
            relation: Relation::PartOf,
            span: org.span,
            rule: OWNER_IN_NAME_RULE,
        })
    })
}

/// Whether the one word after an owner's name is a country or a region where a unit
/// works: "AOL UK", "AOL Europe" (the rules' `unit_regions`).
fn region_tail(cx: &Context<'_>, tail: &[&str]) -> bool {
    let [word] = tail else {
        return false;
    };
    lexicon_country(cx, word).is_some()
        || cx
            .res
            .rules
            .lexis
            .class_has_word("unit_regions", &word.to_lowercase())
}

/// Whether the words after an owner's name name a unit of it by a word that closes
/// organisations' names ("Radio", "Capital", "Service"), a number after one ("Radio
/// 4").
fn unit_tail(cx: &Context<'_>, tail: &[&str]) -> bool {
    let lex = &cx.res.lexicon;
    let lexis = &cx.res.rules.lexis;
    let Some(last) = tail
        .iter()
        .rev()
        .find(|w| !w.chars().all(|c| c.is_ascii_digit()))
    else {
        return false;
    };
    let code = tail
        .iter()
        .any(|w| w.len() <= MAX_MODEL_LETTERS && w.chars().all(|c| c.is_ascii_uppercase()));
    !code
        && lex.words.org_tails.contains(last)
        && !lex.words.company_suffixes.contains(last)
        && !tail
            .iter()
            .any(|w| lexis.class_has_word("same_body_tails", &w.to_lowercase()))
}

/// The article's country entity named by exactly `words`, by its name, one of its
/// forms in the article, or a lexicon word for it ("America").
/// Not a state gone: the "Soviet State Bank" is no body of Russia.
fn country_named(cx: &Context<'_>, words: &str, entities: &[LocalEntity]) -> Option<usize> {
    let lower = words.to_lowercase();
    if cx
        .res
        .rules
        .lexis
        .class_has_phrase("former_states", lower.split_whitespace())
    {
        return None;
    }
    entities
        .iter()
        .position(|e| {
            e.kind == EntityKind::Country && (e.name == words || e.aliases.contains_key(words))
        })
        .or_else(|| {
            (!words.contains(' '))
                .then(|| country_of_word(cx, words, entities))
                .flatten()
        })
}

/// The article's country whose name or word opens `name` and leaves more after it:
/// "New Zealand High Court", "US Airways", "Danish Broadcasting Corporation".
fn country_opening(cx: &Context<'_>, name: &str, entities: &[LocalEntity]) -> Option<usize> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..words.len())
        .rev()
        .find_map(|n| country_named(cx, &words[..n].join(" "), entities))
}

/// Whether `t` is a few lower-case words ending in a noun for a kind of organisation:
/// "carmaker", "oil giant", "news agency".
fn kind_words(cx: &Context<'_>, t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    words.len() <= MAX_ROLE_WORDS
        && words.iter().all(lower)
        && words
            .last()
            .is_some_and(|w| cx.res.lexicon.words.org_appositive.contains(w))
}

/// Whether an organisation's name is a state body's by its words (the rules'
/// `state_bodies`): "Federal Reserve", "Ministry of Defence", "central bank".
fn is_state_body(cx: &Context<'_>, name: &str) -> bool {
    let rs = &cx.res.rules;
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let Some(bodies) = rs.lexis.classes.get("state_bodies") else {
        return false;
    };
    // "the Irish Republican Army", "the Syrian Electronic Army": armed or activist groups
    // named after a country are not its state's.
    if words
        .iter()
        .any(|w| rs.lexis.class_has_word("non_state_marks", w))
    {
        return false;
    }
    // The body's word heads the name or comes before what it is of: "Ministry of
    // Defence", "US Air Force"; not "Swiss Army Knife".
    let heads = |at: usize, len: usize| {
        at + len == words.len() || matches!(words[at + len].as_str(), "of" | "for")
    };
    bodies.iter().any(|b| {
        (0..=words.len().saturating_sub(b.len())).any(|at| {
            words.len() >= b.len() && words[at..at + b.len()] == b[..] && heads(at, b.len())
        })
    })
}

/// Whether the source already has a relation of `relation`'s kind to a country (for a
/// person) or a part-of link (for a body) in the sentence: a title read it already.
fn linked(
    out: &[LocalRelation],
    entities: &[LocalEntity],
    source: usize,
    sentence: usize,
    relation: Relation,
) -> bool {
    out.iter().any(|r| {
        r.source == source
            && r.evidence.sentence == sentence
            && match relation {
                Relation::PartOf => r.relation == Relation::PartOf,
                _ => {
                    entities[r.target].kind == EntityKind::Country
                        && matches!(
                            r.relation,
                            Relation::Leads | Relation::MemberOf | Relation::Represents
                        )
                }
            }
    })
}

/// The document's country entity a lexicon word ("British") names, if any.
fn country_of_word(cx: &Context<'_>, word: &str, entities: &[LocalEntity]) -> Option<usize> {
    let key = name_key(lexicon_country(cx, word)?);
    entities
        .iter()
        .position(|x| x.kind == EntityKind::Country && name_key(&x.name) == key)
}

/// The name of the country a lexicon word ("British", "UK") stands for, if any.
fn lexicon_country<'c>(cx: &Context<'c>, word: &str) -> Option<&'c str> {
    let Some(Hit::Entity { entry, .. }) = cx.res.lexicon.lookup_word(word) else {
        return None;
    };
    let e = cx.res.lexicon.entries.get(entry)?;
    (e.kind == EntityKind::Country).then_some(e.name.as_str())
}

/// Whether a country's mention is not the second half of a hyphened pair ("the
/// US-China Commission" is no body of China) nor the end of a longer name.
fn stands_alone(cx: &Context<'_>, c: &Mention) -> bool {
    let before = &cx.doc.text[..c.span.start];
    // "Little Britain stars X": a capitalised word before the country's name makes it
    // part of a longer name, a show's or a team's (not so a demonym: "Former Dutch
    // coach X").
    let word = before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().last())
        .unwrap_or("");
    let in_name = c.form == MentionForm::Name
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && !cx.res.lexicon.words.function_words.contains(word);
    !before.ends_with(['-', '\u{2013}']) && !in_name
}

/// Whether a country's mention names a state that no longer exists (the rules'
/// `former_states`): the lexicon reads "Soviet" as Russia, but a "Soviet historian" is
/// no member of Russia.
fn former_state(cx: &Context<'_>, c: &Mention) -> bool {
    let lower = c.text.to_lowercase();
    cx.res
        .rules
        .lexis
        .class_has_phrase("former_states", lower.split_whitespace())
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::tests::read_by_rule;

    /// "Source relation Target" of the relations `rule` reads in `text`, sorted.
    fn read(text: &str, rule: &str) -> Vec<String> {
        read_by_rule(text, Some(rule))
    }

    fn nationalities(text: &str) -> Vec<String> {
        read(text, super::RULE)
    }

    #[test]
    fn a_nationality_in_an_apposition_before_or_after_the_name() {
        assert_eq!(
            nationalities("Lars Brekke, a Norwegian financier, issued a statement.\n"),
            ["Lars Brekke member_of Norway"]
        );
        assert_eq!(
            nationalities("Lars Brekke, a Norwegian national who moved abroad, was jailed.\n"),
            ["Lars Brekke member_of Norway"]
        );
        assert_eq!(
            nationalities("A second Norwegian blogger, Lars Brekke, is still being held.\n"),
            ["Lars Brekke member_of Norway"]
        );
        // Not a role's noun, or a demonym alone, which may name a people.
        assert!(
            nationalities("From a Norwegian point of view, Lars Brekke did well.\n").is_empty()
        );
        assert!(nationalities("Lars Brekke, a Norwegian, was jailed.\n").is_empty());
    }

    #[test]
    fn a_country_possessive_or_demonym_before_a_name_states_a_nationality() {
        let text = "Norway's Ingrid Solberg won the 1500m, ahead of Briton Paul Keane.\n\n\
                    Solberg and Keane meet again in June.\n";
        assert_eq!(
            nationalities(text),
            [
                "Ingrid Solberg member_of Norway",
                "Paul Keane member_of United Kingdom"
            ]
        );
    }

    #[test]
    fn a_plural_nationality_before_a_list_of_names_is_each_ones() {
        let text = "Norwegians Ingrid Solberg and Paul Keane led, ahead of Briton Ann Lee and \
                    Bo Dahl.\n";
        assert_eq!(
            nationalities(text),
            [
                "Ann Lee member_of United Kingdom",
                "Ingrid Solberg member_of Norway",
                "Paul Keane member_of Norway"
            ]
        );
    }

    #[test]
    fn a_country_after_of_states_a_nationality_before_a_score() {
        let text = "Ingrid Solberg beat Paul Keane of Norway 6-4 6-3 on Sunday.\n";
        assert_eq!(nationalities(text), ["Paul Keane member_of Norway"]);
    }

    #[test]
    fn a_nationality_before_role_nouns_states_it() {
        let text = "The film stars Canadian actress Laura Meyer. Meyer said she was thrilled, \
                    and fellow American singer Tom Drake agreed.\n";
        assert_eq!(
            nationalities(text),
            [
                "Laura Meyer member_of Canada",
                "Tom Drake member_of United States"
            ]
        );
    }

    #[test]
    fn a_country_ending_a_longer_name_states_no_nationality() {
        let text = "The sketch show Little Norway stars Ingrid Solberg and Paul Keane.\n";
        assert!(nationalities(text).is_empty(), "{:?}", nationalities(text));
    }

    #[test]
    fn a_nationality_before_a_playing_position_states_it() {
        let text = "The Dutch striker Pieter Jansen scored twice, and Irish flanker Sean \
                    Murphy was sent off.\n";
        assert_eq!(
            nationalities(text),
            [
                "Pieter Jansen member_of Netherlands",
                "Sean Murphy member_of Ireland"
            ]
        );
    }

    #[test]
    fn a_role_or_country_after_states_it_for_names_of_unknown_shape() {
        // Neither given name is known, and neither surname is used alone: a role noun
        // and "of" still state the nationality, as a possessive would not.
        let text = "Lithuanian sprinter Darius Kvedaras won in Oslo.\n\nTadesse Worku of \
                    Ethiopia finished second.\n";
        assert_eq!(
            nationalities(text),
            [
                "Darius Kvedaras member_of Lithuania",
                "Tadesse Worku member_of Ethiopia"
            ]
        );
    }

    #[test]
    fn a_country_after_a_name_states_it() {
        let text = "Marco Rossi of Italy beat Jan Novak in the final.\n\n\
                    Seeds: 1 Anna Berg (Sweden), 2 Jan Novak (Poland).\n";
        assert_eq!(
            nationalities(text),
            [
                "Anna Berg member_of Sweden",
                "Jan Novak member_of Poland",
                "Marco Rossi member_of Italy"
            ]
        );
    }

    #[test]
    fn in_a_report_of_games_a_country_possessive_states_an_unknown_athletes() {
        // Neither given name is known; in a report of games the possessive is enough.
        let games = "Lithuania's Lavoine Kvedaras beat Marta Rossi 6-2 6-4 in the final. \
                     The seeded player lost in straight sets in the tournament.\n\n\
                     Tadesse Worku of Ethiopia - the champion - won 2-0 in the cup.\n";
        assert_eq!(
            nationalities(games),
            [
                "Lavoine Kvedaras member_of Lithuania",
                "Tadesse Worku member_of Ethiopia"
            ]
        );
        // Outside one, a possessive still needs a name surely a person's.
        let prose = "Lithuania's Lavoine Duret bought a stake in the brewer.\n";
        assert!(nationalities(prose).is_empty());
    }

    #[test]
    fn a_country_before_the_kind_of_a_body_qualifies_the_body() {
        // "of Spanish bank Zenith": the person works for the bank, of no stated country.
        let text = "\"Rates will rise,\" said Ann Lee of Spanish bank Zenith Capital.\n";
        assert!(nationalities(text)
            .iter()
            .all(|r| !r.starts_with("Ann Lee")));
        assert!(read_by_rule(text, None).contains(&"Ann Lee member_of Zenith Capital".to_string()));
    }

    #[test]
    fn no_nationality_for_a_company_a_work_or_a_title_naming_a_country() {
        // A company read as a name after a possessive is not surely a person.
        let firm = "France's Lavoine Duret bought a stake in the brewer.\n";
        assert_eq!(nationalities(firm), Vec::<String>::new());
        // A nationality qualifying a work or a policy names no one.
        let work = "A British film about Tom Drake won, and Chinese policy changed.\n";
        assert_eq!(nationalities(work), Vec::<String>::new());
        // The title links the minister to his country already.
        let title = "Norwegian Foreign Minister Jonas Dahl met Swedish Prime Minister \
                     Eva Lind.\n";
        assert_eq!(nationalities(title), Vec::<String>::new());
        // A company's title after the nationality decides: no membership.
        let officer = "Dutch co-chairman Jan de Vries will step down.\n";
        assert_eq!(nationalities(officer), Vec::<String>::new());
        // A bare demonym before a name of no known person names no nationality.
        let body = "Shares in Swiss Mountain Finance fell after the report.\n";
        assert_eq!(nationalities(body), Vec::<String>::new());
        // A former state is not its successor.
        let former = "The prize went to Soviet historian Ivan Petrov.\n";
        assert_eq!(nationalities(former), Vec::<String>::new());
    }

    #[test]
    fn a_state_body_named_after_its_country_is_part_of_it() {
        let text = "Canada's Ministry of Fisheries and the US Air Force denied it, as did \
                    the British Army.\n\nBritain and the US sent no ships.\n";
        assert_eq!(
            read(text, super::STATE_BODY_RULE),
            [
                "British Army part_of United Kingdom",
                "Ministry of Fisheries part_of Canada",
                "US Air Force part_of United States"
            ]
        );
    }

    #[test]
    fn a_countrys_body_named_without_it_is_the_articles_countrys() {
        let text = "Norway's exports rose, the Finance Ministry said. Norway also sold \
                    more fish, and the Central Bank kept rates on hold.\n";
        assert_eq!(
            read(text, super::ARTICLE_BODY_RULE),
            [
                "Norway Central Bank part_of Norway",
                "Norway Finance Ministry part_of Norway"
            ]
        );
        // A bare "Parliament" may be the writer's own country's.
        let text = "Norway's exports rose, and Parliament debated Norway's fish quota.\n";
        assert_eq!(read(text, super::ARTICLE_BODY_RULE), Vec::<String>::new());
        // Two countries named as often: the body is no one's.
        let text = "Norway and Sweden sold more fish, the Finance Ministry said.\n";
        assert_eq!(read(text, super::ARTICLE_BODY_RULE), Vec::<String>::new());
    }

    #[test]
    fn a_company_or_a_product_named_after_a_country_is_no_state_body() {
        let text = "Sweden's Volvo Group and the Swiss Army Knife maker, like US firm Delta \
                    Agency, grew, the US-China Trade Commission said.\n";
        assert_eq!(read(text, super::STATE_BODY_RULE), Vec::<String>::new());
    }

    #[test]
    fn a_body_named_after_its_countrys_name_or_word_is_part_of_it() {
        let text = "Germany's Velta AG and US oil giant Zenco bid for Finnish carmaker \
                    Oskari Motors.\n\nThe Finnish government said Karelco had no bid. \
                    Sales rose at Japan's biggest carmaker Tokai Motors.\n";
        assert_eq!(
            read(text, super::COUNTRY_BODY_RULE),
            [
                "Oskari Motors part_of Finland",
                "Tokai Motors part_of Japan",
                "Velta AG part_of Germany",
                "Zenco part_of United States"
            ]
        );
    }

    #[test]
    fn a_body_whose_name_carries_a_country_the_article_names_is_part_of_it() {
        let text = "Russia and Norway said the Norway Savings Bank, the Dental Council of \
                    Norway and the Norwegian Chess Federation would move. Norwegian Idol \
                    and the Norway Cup stayed, as did the Soviet Chess Federation and the \
                    Norway Administration.\n";
        assert_eq!(
            read(text, super::NAMED_BODY_RULE),
            [
                "Dental Council of Norway part_of Norway",
                "Norway Savings Bank part_of Norway",
                "Norwegian Chess Federation part_of Norway"
            ]
        );
    }

    #[test]
    fn a_unit_named_after_its_owner_is_part_of_it() {
        let found = read(
            "The BBC said BBC Radio 4 and BBC Films would grow. AOL said AOL Europe would \
             shrink.\n",
            super::OWNER_IN_NAME_RULE,
        );
        assert_eq!(
            found,
            [
                "AOL Europe part_of AOL",
                "BBC Films part_of BBC",
                "BBC Radio 4 part_of BBC"
            ]
        );
    }

    #[test]
    fn a_name_opening_with_a_bodys_that_names_the_body_or_a_product_is_no_unit() {
        // The body itself, a model's letters, a surname.
        let found = read(
            "Nissan said Nissan Motor and the Nissan GTX car sold well. Merrill said \
             Merrill Lynch would grow.\n",
            super::OWNER_IN_NAME_RULE,
        );
        assert!(found.is_empty(), "{found:?}");
        // A country after a short form names no unit: "Labour Britain".
        let found = read(
            "Labour won again. \"With Labour Britain is working,\" Mr Lee said.\n",
            super::OWNER_IN_NAME_RULE,
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_body_named_after_a_country_the_article_never_names_is_no_part_of_it() {
        let text = "The Finnish Chess Federation and the Bank of Chile cut fees, Norway said.\n";
        assert_eq!(read(text, super::NAMED_BODY_RULE), Vec::<String>::new());
    }

    #[test]
    fn a_countrys_possessive_before_a_body_of_many_countries_is_no_ownership() {
        let text = "Britain's EU rebate was cut, and France's Nato allies agreed.\n";
        assert_eq!(read(text, super::COUNTRY_BODY_RULE), Vec::<String>::new());
        let text = "Russia's Gazprom agreed.\n";
        assert_eq!(read(text, super::COUNTRY_BODY_RULE).len(), 1);
    }

    #[test]
    fn no_country_body_across_other_words_a_person_or_a_former_state() {
        // Words that say no kind of body, a person's name, a state gone, a pair.
        let text = "The Italian government as Velta Werke said. The UK games developer \
                    Peter Okafor agreed, as did Soviet airline Aerovia and the US-China \
                    firm Zenco. Japan's fans cheered Zentrix Group.\n";
        assert_eq!(read(text, super::COUNTRY_BODY_RULE), Vec::<String>::new());
    }

    #[test]
    fn a_group_named_as_a_countrys_liberation_or_rebel_army_is_no_state_body() {
        let text = "Ireland and Syria said the Irish Republican Army and the Syrian \
                    Electronic Army had attacked them.\n";
        assert_eq!(read(text, super::STATE_BODY_RULE), Vec::<String>::new());
    }
}
