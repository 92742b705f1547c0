//! Players and managers named with their team where the team's name was read as a
//! person's or a place's: "Villa boss David O'Leary", "Leicester's Martin Corry" in a
//! report of a match. A club's name before a player's is sure enough of the team even
//! when the name alone is not sure of its kind.

use super::nationality::{named_as_person, sure_person};
use crate::extract::{lineup, Context, LocalEntity, LocalRelation, Mention};
use crate::model::{EntityKind, MentionForm, Relation, Span};

/// The rule id of a team named before its player or manager.
pub const RULE: &str = "team-possessive";

/// The rule id of a player listed with a club in brackets.
pub const SQUAD_RULE: &str = "squad-club";

/// The rule id of a player in a team's line-up.
pub const LINEUP_RULE: &str = "lineup";

/// Fewest people with an organisation in brackets that make a list of memberships
/// outside a report of games; one or two may be a quote's source or an aside.
const MIN_BRACKETED_LIST: usize = 3;

/// Most words of a role between a team and a name: "Villa assistant boss X".
const MAX_ROLE_WORDS: usize = 3;

/// Memberships (or leadership, by the title) of people named after a team that was read
/// as a person or place: after a club title ("Villa boss X") anywhere, after a bare
/// possessive ("Villa's X") in a report of games (`games`, as the mentions read it).
pub fn add_team_links(
    cx: &Context<'_>,
    mentions: &[Mention],
    entities: &[LocalEntity],
    games: bool,
    out: &mut Vec<LocalRelation>,
) {
    let sporty = games;
    let named: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.entity.is_some() && m.form == MentionForm::Name)
        .collect();
    let mut found: Vec<LocalRelation> = Vec::new();
    add_squad_clubs(cx, &named, games, &mut found);
    if games {
        add_lineups(cx, &named, &mut found);
    }
    for pair in named.windows(2) {
        let (team, person) = (pair[0], pair[1]);
        let (Some(t), Some(p)) = (team.entity, person.entity) else {
            continue;
        };
        let misread = match team.kind {
            EntityKind::Place => true,
            EntityKind::Person => !named_as_person(cx, mentions, entities, team),
            _ => false,
        };
        if t == p
            || !misread
            || person.kind != EntityKind::Person
            || team.sentence != person.sentence
            || team.span.end > person.span.start
            || !sure_person(cx, mentions, entities, person)
        {
            continue;
        }
        let between = &cx.doc.text[team.span.end..person.span.start];
        let Some(relation) = team_role(cx, between, sporty) else {
            continue;
        };
        let known = out
            .iter()
            .chain(&found)
            .any(|r| r.source == p && r.target == t && r.evidence.sentence == person.sentence);
        if known {
            continue;
        }
        let span = Span::new(team.span.start, person.span.end);
        found.push(LocalRelation {
            source: p,
            relation,
            target: t,
            evidence: cx.evidence(person.sentence, span, RULE),
        });
    }
    out.extend(found);
}

/// Players listed with their club in brackets in a report of games: "Backs: Ian Dow
/// (Kelso Rugby), Ray Hume (Borders)". A country in brackets is a national side or a
/// birthplace, not a club, and is left out. Elsewhere a list of at least
/// [`MIN_BRACKETED_LIST`] people each with an organisation in brackets names where each
/// belongs ("Jo Kroon (Labour), Ed Voss (Green), ..."); a place there may be a hometown.
fn add_squad_clubs(
    cx: &Context<'_>,
    named: &[&Mention],
    games: bool,
    found: &mut Vec<LocalRelation>,
) {
    let text = cx.doc.text.as_str();
    let bracketed = |person: &Mention, club: &Mention| {
        let kinds = match club.kind {
            EntityKind::Organization => true,
            EntityKind::Place => games,
            _ => false,
        };
        kinds
            && person.kind == EntityKind::Person
            && person.entity.is_some()
            && club.entity.is_some()
            && person.entity != club.entity
            && text[person.span.end..club.span.start] == *" ("
            && text[club.span.end..].starts_with(')')
    };
    let pairs: Vec<(&Mention, &Mention)> = named
        .windows(2)
        .map(|pair| (pair[0], pair[1]))
        .filter(|&(person, club)| bracketed(person, club))
        .collect();
    for &(person, club) in &pairs {
        // Outside a report of games the sentence must list enough of them.
        let listed = || {
            pairs
                .iter()
                .filter(|(other, _)| other.sentence == person.sentence)
                .count()
        };
        if !games && listed() < MIN_BRACKETED_LIST {
            continue;
        }
        let (Some(p), Some(c)) = (person.entity, club.entity) else {
            continue;
        };
        found.push(LocalRelation {
            source: p,
            relation: Relation::MemberOf,
            target: c,
            evidence: cx.evidence(
                person.sentence,
                Span::new(person.span.start, club.span.end + 1),
                SQUAD_RULE,
            ),
        });
    }
}

/// Players in a team's line-up in a report of games: "Everton: Martyn, Hibbert, Yobo,
/// Stubbs (Weir 78), Naysmith." The team opens the sentence, a colon follows it, and the
/// rest is a list of names, substitutes in brackets with the minute they came on. A
/// bench listed right after ("Subs not used: Wright, Pistone, ...") is the same team's.
fn add_lineups(cx: &Context<'_>, named: &[&Mention], found: &mut Vec<LocalRelation>) {
    let text = cx.doc.text.as_str();
    // The team of the line-up the sentence before listed, and that sentence.
    let mut last_team: Option<(usize, usize)> = None;
    for sentence in &cx.seg.sentences {
        let span = sentence.span;
        let Some(lineup) = lineup::read(cx.res, &text[span.start..span.end]) else {
            last_team = None;
            continue;
        };
        let heading_end = span.start + lineup.heading.len();
        let in_sentence = |m: &&&Mention| m.sentence == sentence.index;
        let heading_team = named.iter().filter(in_sentence).find(|m| {
            matches!(m.kind, EntityKind::Organization | EntityKind::Place)
                && m.span.start == span.start
                && m.span.end == heading_end
        });
        let bench_of = |(t, s): (usize, usize)| {
            (s + 1 == sentence.index && lineup::continues(cx.res, lineup.heading)).then_some(t)
        };
        let team = match heading_team {
            Some(m) => m.entity,
            None => last_team.and_then(bench_of),
        };
        let Some(t) = team else {
            last_team = None;
            continue;
        };
        last_team = Some((t, sentence.index));
        let list_start = span.start + lineup.list_start;
        let players = named
            .iter()
            .filter(in_sentence)
            .filter(|m| m.kind == EntityKind::Person && m.span.start >= list_start);
        for p in players {
            let Some(source) = p.entity else { continue };
            found.push(LocalRelation {
                source,
                relation: Relation::MemberOf,
                target: t,
                evidence: cx.evidence(p.sentence, Span::new(span.start, p.span.end), LINEUP_RULE),
            });
        }
    }
}

/// The relation the words between a team and a name state: a club title ("boss",
/// "striker"), with or without a possessive, by the title's relation; a bare possessive
/// a membership, in a sports report only.
fn team_role(cx: &Context<'_>, between: &str, sporty: bool) -> Option<Relation> {
    let rs = &cx.res.rules;
    let t = between.trim();
    let (possessive, rest) = match t.strip_prefix("'s").or_else(|| t.strip_prefix("\u{2019}s")) {
        Some(rest) => (true, rest.trim()),
        None => (false, t),
    };
    if rest.is_empty() {
        return (possessive && sporty && !between.starts_with(char::is_whitespace))
            .then_some(Relation::MemberOf);
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    let lower = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    if !lower || words.len() > MAX_ROLE_WORDS || !between.starts_with(['\'', '\u{2019}', ' ']) {
        return None;
    }
    // The title is the longest club title the words end in; what is before it modifies it.
    let clubs = rs.lexis.classes.get("club_titles")?;
    let k = (0..words.len()).find(|&k| {
        clubs
            .iter()
            .any(|c| c.iter().map(String::as_str).eq(words[k..].iter().copied()))
    })?;
    if !words[..k].iter().all(|w| rs.title_modifiers.contains(*w)) {
        return None;
    }
    let title = &words[k..];
    let relation = rs
        .lexis
        .titles
        .iter()
        .find(|(w, _)| w.iter().map(String::as_str).eq(title.iter().copied()))
        .map_or(Relation::MemberOf, |(_, r)| *r);
    let demoted = words[..k].iter().any(|w| rs.title_demoters.contains(*w));
    Some(match relation {
        Relation::Leads if !demoted => Relation::Leads,
        _ => Relation::MemberOf,
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::relations::tests::read_by_rule;

    /// "Source relation Target" of the relations read by [`super::RULE`] in `text`.
    fn teams(text: &str) -> Vec<String> {
        read_by_rule(text, Some(super::RULE))
    }

    #[test]
    fn a_club_title_after_a_team_name_states_the_role() {
        // "Harton Vale" could be a person's name; the role noun and the name after it
        // make it a body's, so the title reads the relation before this rule needs to.
        let text = "Harton Vale boss Gareth Lyle was pleased with the win.\n";
        assert_eq!(read_by_rule(text, None), ["Gareth Lyle leads Harton Vale"]);
    }

    #[test]
    fn a_possessive_team_before_a_player_in_a_match_report() {
        // The club's ending makes "Dunmore Albion" a team from the start, so the
        // organisation's possessive reads it before this rule needs to.
        let text = "The league match ended with a penalty. Dunmore Albion's Tomas Brenner \
                    scored it.\n";
        assert_eq!(
            read_by_rule(text, None),
            ["Tomas Brenner member_of Dunmore Albion"]
        );
    }

    #[test]
    fn players_listed_with_their_clubs_in_brackets() {
        let text = "Rugby squad named\n\nThe coach named his side after wins of 24-10 \
                    and 31-6 and a 17-17 draw.\n\
                    Forwards: Ian Dowry (Kelso Harriers), Ray Humbel (Borders), Tom Vane \
                    (France).\n";
        assert_eq!(
            read_by_rule(text, Some(super::SQUAD_RULE)),
            [
                "Ian Dowry member_of Kelso Harriers",
                "Ray Humbel member_of Borders"
            ]
        );
        // Outside a report of games, brackets hold anything: a film, a seat.
        let film = "The nominees were Ann Rell (Night Road) and Jo Pike (Salt).\n";
        assert_eq!(
            read_by_rule(film, Some(super::SQUAD_RULE)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn three_people_listed_with_organisations_in_brackets_are_their_members() {
        let text = "The council elected Jo Kroon (Acme Corp), Ed Voss (Zenith Bank) and \
                    Al Berg (Acme Corp) to the board.\n";
        assert_eq!(
            read_by_rule(text, Some(super::SQUAD_RULE)),
            [
                "Al Berg member_of Acme Corp",
                "Ed Voss member_of Zenith Bank",
                "Jo Kroon member_of Acme Corp"
            ]
        );
        // Two are no list, and places in brackets may be hometowns.
        for text in [
            "The council elected Jo Kroon (Acme Corp) and Ed Voss (Zenith Bank).\n",
            "The council elected Jo Kroon (Leeds), Ed Voss (York) and Al Berg (Hull).\n",
        ] {
            assert_eq!(
                read_by_rule(text, Some(super::SQUAD_RULE)),
                Vec::<String>::new(),
                "{text}"
            );
        }
    }

    #[test]
    fn players_in_a_line_up_after_their_team() {
        let text = "Albion edge past Kelso\n\nDunmore Albion beat Kelso Harriers 2-1 in the \
                    league match. Dean Marlow scored a penalty.\n\n\
                    Dunmore Albion: Carter, Dean Marlow, Piotr Wozniak (Tom Lutz 67), \
                    Hale, Barnes.\n\n\
                    Kelso Harriers: Ivo Kerr; Sam Rudd, Leo Tamm; Jon Pratt, Al Rae.\n\n\
                    Replacements: Bell, Cairns, Hyde, Jackson, Oswin.\n";
        assert_eq!(
            read_by_rule(text, Some(super::LINEUP_RULE)),
            [
                "Al Rae member_of Kelso Harriers",
                "Barnes member_of Dunmore Albion",
                "Bell member_of Kelso Harriers",
                "Cairns member_of Kelso Harriers",
                "Carter member_of Dunmore Albion",
                "Dean Marlow member_of Dunmore Albion",
                "Hale member_of Dunmore Albion",
                "Hyde member_of Kelso Harriers",
                "Ivo Kerr member_of Kelso Harriers",
                "Jackson member_of Kelso Harriers",
                "Jon Pratt member_of Kelso Harriers",
                "Leo Tamm member_of Kelso Harriers",
                "Oswin member_of Kelso Harriers",
                "Piotr Wozniak member_of Dunmore Albion",
                "Sam Rudd member_of Kelso Harriers",
                "Tom Lutz member_of Dunmore Albion",
            ]
        );
        // A bench after no team's line-up is no one's.
        let bench = "Albion edge past Kelso\n\nDunmore Albion beat Kelso Harriers 2-1 in the \
                     league match.\n\nReplacements: Bell, Cairns, Hyde, Jackson, Oswin.\n";
        assert_eq!(
            read_by_rule(bench, Some(super::LINEUP_RULE)),
            Vec::<String>::new()
        );
        // A colon before a sentence is a speaker's or a heading's, not a line-up's.
        let quote = "Albion edge past Kelso\n\nDunmore Albion beat Kelso Harriers 2-1 in \
                     the league match. Dean Marlow scored a penalty.\n\n\
                     Dunmore Albion: Dean Marlow, the captain, said the team was strong, \
                     fit, ready, calm and happy.\n";
        assert_eq!(
            read_by_rule(quote, Some(super::LINEUP_RULE)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn no_team_for_a_person_possessive_or_outside_sport() {
        // "Blair" is a person named with a title: his adviser is no team member.
        let person = "Prime Minister Tony Blair spoke. Blair's adviser Ian Kerr said the \
                      league match and the penalty were a distraction.\n";
        assert_eq!(teams(person), Vec::<String>::new());
        // A town's possessive outside a sports report names no team.
        let town = "Leeds's Martin Doyle opened the new library on Monday.\n";
        assert_eq!(teams(town), Vec::<String>::new());
    }
}
