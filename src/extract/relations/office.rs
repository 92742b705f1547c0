//! Offices named without what they are held in. An office of state: "Home Secretary
//! Charles Clarke" is a member of the government of his country, "President Lula" leads
//! his; the country is the one the person is known to come from, or else the one the
//! article is about. An office of an organisation: "Committee chairman X" chairs the
//! committee the article names; "Chief executive Y" in an article about one company
//! runs it, and "chief financial officer Z" works there.

use super::{is_media, most_mentioned};
use crate::extract::layer::titles::opposition;
use crate::extract::mentions::{TitleLink, ORG_BACK_SENTENCES, TITLE_BEFORE_NAME_RULE};
use crate::extract::rules::RuleSet;
use crate::extract::{Context, LocalEntity, LocalRelation, Mention};
use crate::graph::name_key;
use crate::model::{EntityKind, Relation};
use crate::text::tagger::{Tag, Tagger};

/// The rule id of relations read from an office of state.
const RULE: &str = "title/office-of-state";

/// Words before a title read for its modifiers.
const TITLE_CONTEXT_WORDS: usize = 2;

/// The rule id of relations read from an office of an organisation.
const ORG_RULE: &str = "title/office-of-organisation";

/// An organisation is what an article is about when it is named at least this many
/// times...
const HOME_ORG_MENTIONS: usize = 3;

/// ... and this many times as often as any other organisation.
const HOME_ORG_LEAD: usize = 2;

/// A country is what an article is about when it is named at least this many times, and
/// more often than any other country.
const HOME_COUNTRY_MENTIONS: usize = 2;

/// Relations from titles that name an office of state but no country ("Prime Minister
/// X", "Foreign Secretary Y"), to the person's country; a person already linked to a
/// country, or holding a shadow office, gets none.
pub fn add_offices(
    cx: &Context<'_>,
    titles: &[TitleLink],
    mentions: &[Mention],
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    // Offices of organisations first: they never name a country, so the two readings
    // do not depend on each other.
    add_org_offices(cx, titles, mentions, entities, out);
    let rs = &cx.res.rules;
    let home = home_country(entities);
    let countries = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .count();
    // "Shadow foreign secretary X": a person named once with an opposition office holds
    // no office of state in the article.
    let mut done: Vec<usize> = titles
        .iter()
        .filter(|t| opposition(rs, &title_words(cx, t)))
        .map(|t| t.person)
        .collect();
    for t in titles {
        if !open_title(cx, t, &done) {
            continue;
        }
        let Some(relation) = office(rs, &t.role).filter(|_| !owned(cx, t)) else {
            continue;
        };
        if held_in_place(cx, t, entities) {
            continue;
        }
        let linked = out.iter().any(|r| {
            r.source == t.person
                && entities[r.target].kind == EntityKind::Country
                && matches!(r.relation, Relation::Leads | Relation::MemberOf)
        });
        let person = &entities[t.person];
        // A person known to come from a country the article does not name is not
        // given the article's.
        let known = match person.country.as_deref() {
            Some(c) => Some(c),
            None => surname_country(cx, person),
        };
        let country = match known {
            Some(c) => country_named(entities, c),
            // "Foreign Secretary X" in an article about Syria: an office is placed by
            // the article only when it names no other country.
            None => home.filter(|_| countries == 1),
        };
        let Some(country) = country.filter(|_| !linked) else {
            continue;
        };
        done.push(t.person);
        out.push(LocalRelation {
            source: t.person,
            relation,
            target: country,
            evidence: cx.evidence(t.sentence, t.title_span, RULE),
        });
    }
}

/// The one country of every person the tables know by `person`'s lone surname, at
/// any time: "President Bush" in an undated article about Cuba is of the United States
/// whichever Bush is meant; "Mr Howard" may be of Australia or of the United Kingdom.
fn surname_country<'c>(cx: &Context<'c>, person: &LocalEntity) -> Option<&'c str> {
    if person.name.contains(' ') {
        return None;
    }
    let lex = &cx.res.lexicon;
    let g = lex.gazetteer();
    let mut found: Option<&str> = None;
    for hit in g.lookup(&person.name, false) {
        if !hit.surname || g.known[hit.id as usize].kind != EntityKind::Person {
            continue;
        }
        let c = lex.known_country(hit.id)?;
        if found.is_some_and(|f| f != c) {
            return None;
        }
        found = Some(c);
    }
    found
}

/// Whether title `t` names no organisation, belongs to a person not yet placed
/// (`done`), and lies in a sentence of the document.
fn open_title(cx: &Context<'_>, t: &TitleLink, done: &[usize]) -> bool {
    t.org.is_none() && unplaced(cx, t, done)
}

/// Whether title `t` belongs to a person not yet placed (`done`), in a sentence of the
/// document.
fn unplaced(cx: &Context<'_>, t: &TitleLink, done: &[usize]) -> bool {
    !done.contains(&t.person) && t.sentence < cx.seg.sentences.len()
}

/// Relations from titles that name an office of an organisation but no organisation
/// ("Committee chairman X", "Chief executive Y", "spokesman Z"): to the organisation
/// whose name ends in the word before the title, or else to the one the article is
/// about; a person already linked to an organisation gets none.
fn add_org_offices(
    cx: &Context<'_>,
    titles: &[TitleLink],
    mentions: &[Mention],
    entities: &[LocalEntity],
    out: &mut Vec<LocalRelation>,
) {
    let rs = &cx.res.rules;
    let home = home_org(rs, entities);
    let mut done: Vec<usize> = Vec::new();
    for t in titles {
        // "Dutch co-chairman X": a nationality says nothing of where the office is held.
        let national = t
            .org
            .is_some_and(|o| entities[o].kind == EntityKind::Country);
        if !(national || t.org.is_none()) || !unplaced(cx, t, &done) {
            continue;
        }
        let Some(relation) = org_office(rs, &t.role) else {
            continue;
        };
        // A post only planned or supposed ("will serve as a consultant to Y") leaves the
        // office held now to be placed.
        let linked = out.iter().any(|r| {
            r.source == t.person
                && entities[r.target].kind == EntityKind::Organization
                && matches!(r.relation, Relation::Leads | Relation::MemberOf)
                && r.evidence.modality == crate::model::Modality::Asserted
        });
        let bare = national || bare(cx, t);
        let home = home
            .or_else(|| recent_org(rs, mentions, entities, t))
            .filter(|_| bare);
        let Some(org) = described_org(cx, t, entities).or(home).filter(|_| !linked) else {
            continue;
        };
        // "vice chairman X": a deputy of the head is a member; the title read may leave
        // the demoting word out.
        let before = word_before(cx, t).unwrap_or_default();
        let title = cx.slice(t.title_span).to_lowercase();
        let words = title.split([' ', '-']).chain([before.as_str()]);
        let relation = if rs.any_demoter(words) {
            Relation::MemberOf
        } else {
            relation
        };
        done.push(t.person);
        out.push(LocalRelation {
            source: t.person,
            relation,
            target: org,
            evidence: cx.evidence(t.sentence, t.title_span, ORG_RULE),
        });
    }
}

/// The relation an office of an organisation implies: its head's by the rules'
/// `org_offices` ("chief executive", "chairman"), a member's by `org_member_offices`
/// ("chief financial officer", "spokesman").
fn org_office(rs: &RuleSet, role: &str) -> Option<Relation> {
    let named = |class: &str| rs.lexis.class_has_phrase(class, role.split_whitespace());
    if named("org_offices") {
        Some(Relation::Leads)
    } else if named("org_member_offices") {
        Some(Relation::MemberOf)
    } else {
        None
    }
}

/// Whether nothing before a title names what it is held in: "said chief executive X",
/// "its former chairman X", "Company spokesman X" (a word for the firm itself), "a
/// victory for chairman X"; not
/// "Wada chairman X", "campaign chairman X", "Cartagena group chairman X".
fn bare(cx: &Context<'_>, t: &TitleLink) -> bool {
    let rs = &cx.res.rules;
    let mut before = cx.doc.text[..t.title_span.start].split_whitespace().rev();
    // "MGM Vice Chairman X": the word before the modifiers of a title says whose office
    // it is.
    let modifier = |w: &&str| rs.title_modifiers.contains(w.to_lowercase().as_str());
    let mut modified = false;
    let Some(word) = before.find(|w| {
        let skip = modifier(w);
        modified |= skip;
        !skip
    }) else {
        return true;
    };
    let lower = word.to_lowercase();
    // "and vice chairman X": a modified title after a common word is as bare as the
    // title alone.
    if modified && word == lower {
        return true;
    }
    let named_before = before.next().is_some_and(|w| {
        w.starts_with(char::is_uppercase) && !w.ends_with(|c: char| c.is_ascii_punctuation())
    });
    // "a victory for chairman X", "adviser to chief executive Y": a preposition; but
    // "by Treasurer X" writes an office of state.
    let title_lower = cx.doc.text[t.title_span.start..].starts_with(char::is_lowercase);
    let preposition = title_lower
        && word == lower
        && [Tag::In, Tag::To]
            .iter()
            .any(|&tag| Tagger::embedded().writes_as(word, tag) == Some(true));
    word.ends_with(|c: char| c.is_ascii_punctuation())
        || preposition
        || rs.lexis.dets.contains(&lower)
        || (rs.lexis.class_has_word("own_firm_words", &lower) && !named_before)
        || rs
            .lexis
            .classes
            .get("say")
            .is_some_and(|ws| ws.iter().any(|w| w.len() == 1 && w[0] == lower))
}

/// "Committee chairman X": the one organisation whose name ends in the capitalised word
/// right before the title.
fn described_org(cx: &Context<'_>, t: &TitleLink, entities: &[LocalEntity]) -> Option<usize> {
    let word = cx.doc.text[..t.title_span.start]
        .split_whitespace()
        .next_back()?;
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let key = name_key(word);
    let mut named = entities.iter().enumerate().filter(|(_, e)| {
        e.kind == EntityKind::Organization
            && e.name.contains(' ')
            && e.name.rsplit(' ').next().map(name_key).as_deref() == Some(key.as_str())
    });
    match (named.next(), named.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// "Acme's profits rose. Chief executive Ann Lee said": the one organisation named
/// before title `t` in its sentence, or else in the sentences just before it, as the
/// article names the company before quoting its officers. A news outlet is a source,
/// not an employer; with two bodies named either could be meant.
fn recent_org(
    rs: &RuleSet,
    mentions: &[Mention],
    entities: &[LocalEntity],
    t: &TitleLink,
) -> Option<usize> {
    // "X, a spokesman for the show": a title after the name may name its body there.
    if t.rule != TITLE_BEFORE_NAME_RULE {
        return None;
    }
    let first = t.sentence.saturating_sub(ORG_BACK_SENTENCES);
    let named_in = |from: usize| {
        let mut orgs = mentions
            .iter()
            .filter(|m| (from..=t.sentence).contains(&m.sentence))
            .filter(|m| m.span.end <= t.title_span.start)
            .filter_map(|m| m.entity)
            .filter(|&e| {
                entities[e].kind == EntityKind::Organization && !is_media(rs, entities, e)
            });
        let one = orgs.next()?;
        Some(orgs.all(|e| e == one).then_some(one))
    };
    named_in(t.sentence).unwrap_or_else(|| named_in(first).flatten())
}

/// The organisation the article is about: named at least [`HOME_ORG_MENTIONS`] times and
/// [`HOME_ORG_LEAD`] times as often as any other. A news outlet is the article's source,
/// not the home of the officials it quotes.
fn home_org(rs: &RuleSet, entities: &[LocalEntity]) -> Option<usize> {
    let top = most_mentioned(entities, EntityKind::Organization)?;
    (top.mentions >= HOME_ORG_MENTIONS
        && top.mentions >= HOME_ORG_LEAD * top.runner_up.max(1)
        && !is_media(rs, entities, top.entity))
    .then_some(top.entity)
}

/// The relation an office of state implies, by the rules' `head_offices` ("prime
/// minister") and `cabinet_offices` ("home secretary", any "... minister"); a shadow
/// office is the opposition's.
fn office(rs: &RuleSet, role: &str) -> Option<Relation> {
    if opposition(rs, role) {
        return None;
    }
    // "trade and industry secretary": an office of either part ("trade secretary").
    let parts = role.split_once(" and ").map(|(left, right)| {
        let title = right.split_once(' ').map_or("", |(_, t)| t);
        [right.to_string(), format!("{left} {title}")]
    });
    office_of(rs, role).or_else(|| {
        parts
            .into_iter()
            .flatten()
            .find_map(|p| office_of(rs, &p).filter(|r| *r == Relation::MemberOf))
    })
}

/// The relation an office of state's title states, read as it is written.
fn office_of(rs: &RuleSet, role: &str) -> Option<Relation> {
    let class = |name: &str| rs.lexis.classes.get(name).into_iter().flatten();
    let words: Vec<&str> = role.split_whitespace().collect();
    let ends_with = |phrase: &Vec<String>| {
        words.len() >= phrase.len()
            && words[words.len() - phrase.len()..]
                .iter()
                .zip(phrase)
                .all(|(a, b)| a == b)
    };
    let whole = |phrase: &Vec<String>| phrase.len() == words.len() && ends_with(phrase);
    if class("head_offices").any(whole) {
        Some(Relation::Leads)
    } else if class("cabinet_offices").any(ends_with) {
        Some(Relation::MemberOf)
    } else {
        None
    }
}

/// A title's words with the two words before it, lower case: the title a mention
/// records may leave out its modifiers ("Shadow | foreign secretary").
fn title_words(cx: &Context<'_>, t: &TitleLink) -> String {
    let before: Vec<&str> = cx.doc.text[..t.title_span.start]
        .split_whitespace()
        .rev()
        .take(TITLE_CONTEXT_WORDS)
        .collect();
    let mut out = before.into_iter().rev().collect::<Vec<_>>().join(" ");
    out.push(' ');
    out.push_str(cx.slice(t.title_span));
    out.to_lowercase()
}

/// Whether the title is someone's: "its president X" presides over what "its" stands
/// for, not over a country.
fn owned(cx: &Context<'_>, t: &TitleLink) -> bool {
    word_before(cx, t).is_some_and(|w| w != "the" && cx.res.rules.lexis.dets.contains(&w))
}

/// The word right before title `t`, lower case.
fn word_before(cx: &Context<'_>, t: &TitleLink) -> Option<String> {
    cx.doc.text[..t.title_span.start]
        .split_whitespace()
        .next_back()
        .map(str::to_lowercase)
}

/// Whether a place the article names comes right before the title, or before "State"
/// and the title: "Virginia State Attorney General X", "Ontario Premier Y" hold the
/// place's office, not the country's.
fn held_in_place(cx: &Context<'_>, t: &TitleLink, entities: &[LocalEntity]) -> bool {
    let mut words = cx.doc.text[..t.title_span.start].split_whitespace().rev();
    let word = match words.next() {
        Some("State") => words.next(),
        other => other,
    };
    let Some(word) = word.filter(|w| w.starts_with(char::is_uppercase)) else {
        return false;
    };
    let key = name_key(word);
    entities.iter().any(|e| {
        e.kind == EntityKind::Place
            && e.name.rsplit(' ').next().map(name_key).as_deref() == Some(key.as_str())
    })
}

/// The country entity named `name`.
pub(super) fn country_named(entities: &[LocalEntity], name: &str) -> Option<usize> {
    let key = name_key(name);
    entities
        .iter()
        .position(|e| e.kind == EntityKind::Country && name_key(&e.name) == key)
}

/// The country the article is about: named at least [`HOME_COUNTRY_MENTIONS`] times and
/// more often than any other.
fn home_country(entities: &[LocalEntity]) -> Option<usize> {
    let top = most_mentioned(entities, EntityKind::Country)?;
    (top.mentions >= HOME_COUNTRY_MENTIONS && top.mentions > top.runner_up).then_some(top.entity)
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::tests::read_by_rule;
    use crate::extract::{extract, test_resources};
    use crate::input::Document;

    /// "Source relation Target" of the relations read from offices of state in `text`.
    fn offices(text: &str) -> Vec<String> {
        read_by_rule(text, Some(super::RULE))
    }

    #[test]
    fn an_office_without_a_country_is_held_in_the_country_of_the_article() {
        let text = "Norway will cut fuel duty, Prime Minister Lena Quist said on Monday.\n\n\
                    Home Secretary Ivar Brekke told reporters that Norway would also hire more police.\n";
        assert_eq!(
            offices(text),
            ["Ivar Brekke member_of Norway", "Lena Quist leads Norway"]
        );
    }

    #[test]
    fn an_office_with_its_portfolio_in_apposition_is_held_in_the_country_of_the_article() {
        let text = "Norway will cut fuel duty, the government said on Monday.\n\n\
                    The Higher Education Minister, Ivar Brekke, told reporters that Norway \
                    would also hire more teachers.\n";
        assert_eq!(offices(text), ["Ivar Brekke member_of Norway"]);
        // A field in lower case after "a" names no office of state.
        let text = "Norway will cut fuel duty, the government said on Monday.\n\n\
                    Ivar Brekke, a research minister of sorts, told reporters that Norway \
                    would also hire more teachers.\n";
        assert!(offices(text).is_empty(), "{:?}", offices(text));
    }

    #[test]
    fn a_surname_the_tables_place_in_one_country_holds_its_office_there() {
        // Every Bush the tables know is of the United States, so an undated article
        // naming Cuba more often still places "President Bush" there.
        let text = "President Bush tightened the embargo on Cuba, and Cuba said the \
                    United States had gone too far. Cuba will protest.\n";
        assert_eq!(offices(text), ["Bush leads United States"]);
        // Not named in the article: no country, not even the one it is about.
        let text = "President Bush tightened the embargo on Cuba. Cuba will protest.\n";
        assert!(offices(text).is_empty(), "{:?}", offices(text));
        // Howards of two countries: the article's two countries decide nothing.
        let text = "Prime Minister Howard said Australia and the United Kingdom would talk.\n";
        assert!(offices(text).is_empty(), "{:?}", offices(text));
    }

    #[test]
    fn an_office_after_a_place_is_the_places_not_the_countrys() {
        let text = "Norway will cut fuel duty, Prime Minister Lena Quist said on Monday.\n\n\
                    Bergen State Attorney General Ivar Brekke said Norway and Bergen would \
                    hire more police.\n";
        assert_eq!(offices(text), ["Lena Quist leads Norway"]);
    }

    #[test]
    fn a_company_office_is_held_in_the_company_the_article_is_about() {
        let text =
            "Unilever said sales rose. Unilever will cut prices, and Unilever shares fell.\n\n\
                    \"We are growing,\" said chief executive Mark Tyne.\n\n\
                    Campaign chairman Ivo Brandt said prices were too high.\n\n\
                    Chief financial officer Ann Lee said costs fell, but analyst Tom Hale \
                    doubted it. Company spokesman Bo Dahl agreed, and Zenith group chairman \
                    Al Ruiz did not.\n";
        let x = extract(&Document::new("t", text), test_resources());
        let found: Vec<String> = x
            .relations
            .iter()
            .filter(|r| r.evidence.rule == super::ORG_RULE)
            .map(|r| {
                format!(
                    "{} {} {}",
                    x.entities[r.source].name, r.relation, x.entities[r.target].name
                )
            })
            .collect();
        // An officer below the head works there, and so does the "Company spokesman";
        // an analyst quoted, or the chairman of another named group, may work anywhere.
        assert_eq!(
            found,
            [
                "Mark Tyne leads Unilever",
                "Ann Lee member_of Unilever",
                "Bo Dahl member_of Unilever"
            ]
        );
    }

    #[test]
    fn a_post_only_planned_leaves_the_office_held_now_to_be_placed() {
        let held = |text: &str| read_by_rule(text, Some(super::ORG_RULE));
        let text = "Zentrix Corp said Chairman Ann Lee agreed a new contract. Ann Lee \
                    will serve as a consultant to Zentrix Corp after she retires.\n";
        assert_eq!(held(text), ["Ann Lee leads Zentrix Corp"]);
        // A post held now places her already.
        let text = "Zentrix Corp said Chairman Ann Lee agreed a new contract. Ann Lee \
                    serves as a consultant to Zentrix Corp.\n";
        assert!(held(text).is_empty(), "{:?}", held(text));
    }

    #[test]
    fn a_company_office_is_held_in_the_one_company_just_named() {
        let held = |text: &str| read_by_rule(text, Some(super::ORG_RULE));
        assert_eq!(
            held("Zentrix Corp said profits rose. Chief executive Ann Lee said costs fell.\n"),
            ["Ann Lee leads Zentrix Corp"]
        );
        assert_eq!(
            held("Zentrix Corp said profits rose.\n\n\"We grew,\" said spokesman Bo Dahl.\n"),
            ["Bo Dahl member_of Zentrix Corp"]
        );
        // Two companies just named: either could be meant.
        assert!(held(
            "Zentrix Corp and Acme Corp said profits rose. Chief executive Ann Lee said costs fell.\n"
        )
        .is_empty());
        // Named long before, or with the body named after the title.
        assert!(held(
            "Zentrix Corp said profits rose. Costs fell. Prices fell. Sales rose. Chief \
             executive Ann Lee was pleased.\n"
        )
        .is_empty());
        assert!(held(
            "Zentrix Corp backed the play. Bo Dahl, a spokesman for the show, said it would open.\n"
        )
        .is_empty());
        // A deputy of the head is a member.
        assert_eq!(
            held("Zentrix Corp said profits rose. Vice chairman Ann Lee said costs fell.\n"),
            ["Ann Lee member_of Zentrix Corp"]
        );
        // After a preposition, a title in lower case; a capitalised one may be the state's.
        assert_eq!(
            held("Zentrix Corp bought back shares, a victory for chairman Ann Lee.\n"),
            ["Ann Lee leads Zentrix Corp"]
        );
        assert!(held("The Zentrix Corp bid was thrown out by Treasurer Ann Lee.\n").is_empty());
        // A name before the modifiers of a title is whose office it is; a common word
        // before them leaves the title bare.
        assert!(held(
            "Zentrix Corp said profits rose. Unwin Vice Chairman Ann Lee said costs fell.\n"
        )
        .is_empty());
        assert_eq!(
            held("Zentrix Corp said profits rose, and vice chairman Ann Lee said costs fell.\n"),
            ["Ann Lee member_of Zentrix Corp"]
        );
    }

    #[test]
    fn a_news_outlet_quoted_often_is_no_home_of_officials() {
        let text = "Hunting rose, the BBC said. The BBC asked farmers, and the BBC found \
                    most agreed.\n\nChief executive Ann Lee said hunting was legal.\n";
        let x = extract(&Document::new("t", text), test_resources());
        assert!(
            !x.relations
                .iter()
                .any(|r| r.evidence.rule == super::ORG_RULE),
            "{:?}",
            x.relations
        );
    }

    #[test]
    fn shadow_offices_and_articles_about_several_countries_give_none() {
        let shadow = "Norway will cut fuel duty, the government said. Shadow Home Secretary \
                      Ivar Brekke said the cut in Norway came too late.\n";
        assert_eq!(offices(shadow), Vec::<String>::new());
        let abroad = "Foreign Secretary Ivar Brekke arrived in Chile on Monday. Chile and \
                      Peru have asked Norway for help.\n";
        assert_eq!(offices(abroad), Vec::<String>::new());
    }
}
