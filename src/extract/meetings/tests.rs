//! Tests of meeting finding on small sentences written for them.

use crate::extract::relations::tests::run;
use crate::extract::relations::tests::Found;
use crate::model::{EntityKind, MeetingStatus, Modality, Relation};
use EntityKind::{Country as C, Organization as O, Person as P, Place as L};

/// The participants of each meeting read from `text` with `names`.
fn participants(text: &str, names: &[(&str, &str, EntityKind)]) -> Vec<Vec<String>> {
    let f = run(text, names, None);
    f.meetings
        .iter()
        .map(|m| f.actors(m, Relation::ParticipantIn))
        .collect()
}

#[test]
fn met_with_place_time_and_repeated_references() {
    let f = run(
        "Kos and Lind met Thursday in Oslo.\nThe meeting lasted an hour.\nTheir talks were frank.\n",
        &[("Kos", "Ana Kos", P), ("Lind", "Bo Lind", P), ("Oslo", "Oslo", L)],
        Some("2012-03-09"),
    );
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Ana Kos", "Bo Lind"]);
    assert_eq!(
        m.place.as_ref().map(|p| f.entities[p.0].name.as_str()),
        Some("Oslo")
    );
    assert_eq!(m.when.as_deref(), Some("Thursday"));
    // 2012-03-09 was a Friday: the Thursday before.
    assert_eq!(m.date.as_deref(), Some("2012-03-08"));
    assert_eq!(m.status, MeetingStatus::Held);
    assert_eq!(m.evidence.len(), 3);
    assert_eq!(m.label, "Kos and Lind in Oslo");
}

#[test]
fn those_attending_a_meeting_hosted_before_join_it() {
    let names = [
        ("Kos", "Ana Kos", P),
        ("Lind", "Bo Lind", P),
        ("Mir", "Cy Mir", P),
    ];
    let f = run(
        "The summit on Tuesday was hosted by Kos.\nLind and Mir also attended the summit.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::Organized), ["Ana Kos"]);
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Bo Lind", "Cy Mir"]);
    assert_eq!(m.when.as_deref(), Some("Tuesday"));
    // One attending alone joins it too.
    let f = run(
        "The meeting on Tuesday was hosted by Kos.\nLind attended the meeting.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    // Three sentences on, the talks are others.
    let f = run(
        "The summit on Tuesday was hosted by Kos.\nIt rained.\nIt snowed.\nLind and Mir attended the talks.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    assert!(f.actors(&f.meetings[0], Relation::Organized).is_empty());
}

#[test]
fn planned_and_cancelled_meetings() {
    let f = run(
        "Kos will meet Lind in Oslo on Sunday.\nMir refused to meet Kos in Rome.\nKos and Mir meet again in Paris on May 4.\n",
        &[("Kos", "Kos", P), ("Lind", "Lind", P), ("Mir", "Mir", P), ("Oslo", "Oslo", L), ("Rome", "Rome", L), ("Paris", "Paris", L)],
        None,
    );
    let by_place = |p: &str| {
        f.meetings
            .iter()
            .find(|m| m.place.as_ref().is_some_and(|x| f.entities[x.0].name == p))
            .unwrap_or_else(|| panic!("no meeting in {p}"))
    };
    assert_eq!(by_place("Oslo").status, MeetingStatus::Planned);
    assert_eq!(by_place("Rome").status, MeetingStatus::Cancelled);
    assert_eq!(by_place("Paris").status, MeetingStatus::Planned);
    assert_eq!(by_place("Paris").when.as_deref(), Some("May 4"));
}

#[test]
fn talks_still_to_come_lend_no_place_or_time_to_talks_held() {
    let names = [
        ("Kos", "Ana Kos", P),
        ("Lind", "Bo Lind", P),
        ("Oslo", "Oslo", L),
    ];
    for later in [
        "The talks will resume in Oslo in May.",
        "It backs the talks that will be held in Oslo in May.",
    ] {
        let f = run(
            &format!("Kos held talks with Lind.\n{later}\n"),
            &names,
            None,
        );
        assert_eq!(f.meetings.len(), 1, "{later}");
        let m = &f.meetings[0];
        assert_eq!(m.status, MeetingStatus::Held, "{later}");
        assert!(m.place.is_none() && m.when.is_none(), "{later}: {m:?}");
    }
    // Told later where talks were held, they take the place.
    let f = run(
        "Kos held talks with Lind.\nThe talks were held in Oslo.\n",
        &names,
        None,
    );
    assert!(f.meetings[0].place.is_some());
}

#[test]
fn the_two_sides_of_a_hyphenated_pair_meet() {
    let names = [
        ("Norway", "Norway", C),
        ("Chile", "Chile", C),
        ("Oslo", "Oslo", L),
    ];
    let f = run("Norway-Chile talks on trade ended in Oslo.\n", &names, None);
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Chile", "Norway"]);
    // A pair before anything but a meeting is no meeting.
    let f = run("The Norway-Chile match ended in Oslo.\n", &names, None);
    assert!(f.meetings.is_empty(), "{:?}", f.meetings);
}

#[test]
fn who_speaks_after_meeting_or_in_talks_with_someone_met_them() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P), ("Mir", "Mir", P)];
    let met = |text: &str| participants(text, &names);
    assert_eq!(
        met("Kos told reporters after meeting Lind that the plan was sound.\n"),
        [["Kos", "Lind"]]
    );
    assert_eq!(
        met("In a telephone call with Lind on Monday, Kos said the plan was sound.\n"),
        [["Kos", "Lind"]]
    );
    // Not opening the clause, the call is the subject's, not the speaker's.
    let m = met("Mir sought the deal in a telephone call with Lind, Kos said.\n");
    assert!(m.iter().all(|a| !a.contains(&"Kos".to_string())), "{m:?}");
}

#[test]
fn who_acts_after_during_or_in_talks_with_someone_took_part_in_them() {
    let names = [
        ("Kos", "Kos", P),
        ("Lind", "Lind", P),
        ("Mir", "Mir", P),
        ("Acme", "Acme", O),
    ];
    let met = |text: &str| participants(text, &names);
    for text in [
        "Kos told reporters after talks with Lind that the plan was sound.\n",
        "Kos raised the offer after two days of talks with Lind.\n",
        "Kos spoke following talks with Lind.\n",
        "Kos explained the plan during the first round of talks with Lind.\n",
        "Kos agreed to the terms in negotiations with Lind.\n",
        // Going somewhere for a round of talks holds them too.
        "Kos flew to Rome on Monday for two days of talks with Lind.\n",
    ] {
        assert_eq!(met(text), [["Kos", "Lind"]], "{text}");
    }
    // A news conference after the talks does not take their parties: one meeting.
    assert_eq!(
        met("Kos spoke at a news conference after talks with Lind.\n"),
        [["Kos", "Lind"]]
    );
    // Talks between others, someone else's talks, and talks a speech only reports are
    // no part of the subject's act.
    for text in [
        "Acme shares rose after talks between Lind and Mir.\n",
        "Kos spoke after Mir's talks with Lind.\n",
        "Kos said progress in talks with Lind was slow.\n",
    ] {
        let m = met(text);
        assert!(
            m.iter().all(|a| !a.contains(&"Kos".to_string())),
            "{text}: {m:?}"
        );
    }
}

#[test]
fn everyone_listed_after_with_takes_part_past_appositions_and_a_comma_before_and() {
    let names = [
        ("Kos", "Kos", P),
        ("Lind", "Lind", P),
        ("Mir", "Mir", P),
        ("Acme", "Acme", O),
    ];
    for text in [
        "Kos held talks with his Acme counterpart, Lind, and the party leader, Mir.\n",
        "Kos held talks with Lind, Acme, and Mir.\n",
    ] {
        let met = participants(text, &names);
        assert_eq!(met.len(), 1, "{text}");
        for who in ["Kos", "Lind", "Mir"] {
            assert!(met[0].contains(&who.to_string()), "{text}: {met:?}");
        }
    }
}

#[test]
fn the_guest_of_a_dinner_hosted_for_them_takes_part() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P), ("Oslo", "Oslo", L)];
    let f = run("Kos hosted a dinner for Lind in Oslo.\n", &names, None);
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::Organized), ["Kos"]);
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Lind"]);
    let f = run("Kos hosted a lunch in honour of Lind.\n", &names, None);
    assert_eq!(f.meetings.len(), 1);
    assert_eq!(f.actors(&f.meetings[0], Relation::ParticipantIn), ["Lind"]);
}

#[test]
fn welcoming_or_greeting_someone_at_a_place_hosts_them() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P), ("Oslo", "Oslo", L)];
    for text in [
        "Kos welcomed Lind to Oslo on Monday.\n",
        "Lind was greeted by Kos in Oslo.\n",
    ] {
        let f = run(text, &names, None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        let m = &f.meetings[0];
        assert_eq!(f.actors(m, Relation::Organized), ["Kos"]);
        assert_eq!(f.actors(m, Relation::ParticipantIn), ["Lind"]);
    }
    // Without a place, welcoming praises; a crowd greeting someone is no meeting.
    let f = run("Kos welcomed Lind on Monday.\n", &names, None);
    assert!(f.meetings.is_empty(), "{:?}", f.meetings);
    let f = run("Lind was greeted by a big crowd in Oslo.\n", &names, None);
    assert!(f.meetings.is_empty(), "{:?}", f.meetings);
}

#[test]
fn how_people_first_met_is_no_meeting() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P), ("Oslo", "Oslo", L)];
    let f = run("Kos and Lind met as students in Oslo.\n", &names, None);
    assert!(f.meetings.is_empty(), "{:?}", f.meetings);
    let f = run("Kos and Lind met in Oslo on Monday.\n", &names, None);
    assert_eq!(f.meetings.len(), 1);
}

#[test]
fn refusing_to_comment_cancels_no_meeting() {
    let f = run(
        "Kos, who will meet Lind soon, declined to comment.\n",
        &[("Kos", "Kos", P), ("Lind", "Lind", P)],
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    assert_eq!(f.meetings[0].status, MeetingStatus::Planned);
}

#[test]
fn talks_one_is_due_to_take_part_in_are_planned() {
    let f = run(
        "Kos is due to take part in talks with Lind on Friday.\n",
        &[("Kos", "Kos", P), ("Lind", "Lind", P)],
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    assert_eq!(f.meetings[0].status, MeetingStatus::Planned);
    assert_eq!(
        f.actors(&f.meetings[0], Relation::ParticipantIn),
        ["Kos", "Lind"]
    );
}

#[test]
fn hosting_a_thing_that_is_no_meeting_holds_none() {
    let names = [("Norway", "Norway", C), ("Chile", "Chile", C)];
    let f = run(
        "Norway and Chile will host the event in 2027.\n",
        &names,
        None,
    );
    assert!(f.meetings.is_empty(), "{:?}", f.meetings);
    let f = run(
        "Norway and Chile will host the summit in 2027.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings.len(), 1);
}

#[test]
fn organisers_mediators_and_between() {
    let f = run(
        "Talks between Norway and Chile were brokered by Peru.\nTwo days of talks led by Kos and Lind ended.\nFrance convened diplomats in Paris.\n",
        &[
            ("Norway", "Norway", C),
            ("Chile", "Chile", C),
            ("Peru", "Peru", C),
            ("Kos", "Kos", P),
            ("Lind", "Lind", P),
            ("France", "France", C),
            ("Paris", "Paris", L),
        ],
        None,
    );
    assert_eq!(
        f.meetings.len(),
        3,
        "{:?}",
        f.meetings.iter().map(|m| &m.label).collect::<Vec<_>>()
    );
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Chile", "Norway"]);
    assert_eq!(f.actors(m, Relation::Mediated), ["Peru"]);
    assert_eq!(
        f.actors(&f.meetings[1], Relation::Organized),
        ["Kos", "Lind"]
    );
    assert_eq!(f.actors(&f.meetings[2], Relation::Organized), ["France"]);
    assert_eq!(f.meetings[2].label, "Meeting hosted by France in Paris");
}

#[test]
fn a_lone_unplaced_actor_is_no_meeting() {
    let f = run(
        "Officials met with Kos.\nThe summit was useful.\n",
        &[("Kos", "Kos", P)],
        None,
    );
    assert!(f.meetings.is_empty());
}

#[test]
fn definite_meeting_named_by_its_broker_takes_the_contact_before_it() {
    let f = run(
        "On Monday, Kos told Lind that the deal was off.\nThe all-night meeting was brokered by Mir.\n",
        &[("Kos", "Kos", P), ("Lind", "Lind", P), ("Mir", "Mir", P)],
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Kos", "Lind"]);
    assert_eq!(f.actors(m, Relation::Mediated), ["Mir"]);
    assert_eq!(m.when.as_deref(), Some("Monday"));
}

#[test]
fn organisation_rooms_are_places() {
    let f = run(
        "Kos and Lind met in a Foreign Ministry room.\n",
        &[
            ("Kos", "Kos", P),
            ("Lind", "Lind", P),
            ("Foreign Ministry", "Foreign Ministry", O),
        ],
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    assert_eq!(
        f.meetings[0]
            .place
            .as_ref()
            .map(|p| f.entities[p.0].name.as_str()),
        Some("Foreign Ministry")
    );
}

/// People of a test: (surface, name, kind) for `run`.
fn people(names: &[&'static str]) -> Vec<(&'static str, &'static str, EntityKind)> {
    names.iter().map(|&n| (n, n, P)).collect()
}

/// Names of every meeting's participants (hosts and brokers too), one line a meeting.
fn attendees(f: &Found) -> Vec<String> {
    attendee_lines(&f.meetings, &f.entities)
}

/// [`attendees`] of meetings among `entities`.
fn attendee_lines(
    meetings: &[crate::extract::LocalMeeting],
    entities: &[crate::extract::LocalEntity],
) -> Vec<String> {
    meetings
        .iter()
        .map(|m| {
            let mut names: Vec<&str> = m
                .roles
                .iter()
                .map(|r| entities[r.entity].name.as_str())
                .collect();
            names.sort_unstable();
            names.dedup();
            names.join(" ")
        })
        .collect()
}

#[test]
fn every_name_of_a_list_after_met_takes_part() {
    let f = run(
        "Kos met Lind, Mir and Dara in Oslo on Monday.\n",
        &[
            ("Kos", "Kos", P),
            ("Lind", "Lind", P),
            ("Mir", "Mir", P),
            ("Dara", "Dara", P),
            ("Oslo", "Oslo", L),
        ],
        None,
    );
    assert_eq!(attendees(&f), ["Dara Kos Lind Mir"]);
    assert_eq!(f.meetings[0].status, MeetingStatus::Held);
}

#[test]
fn a_host_organises_and_the_guests_take_part() {
    let f = run(
        "Kos hosted Lind and Mir at his residence on Friday.\n",
        &people(&["Kos", "Lind", "Mir"]),
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::Organized), ["Kos"]);
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Lind", "Mir"]);
}

#[test]
fn members_named_after_including_or_a_dash_take_part() {
    let f = run(
        "Kos held talks with Nordic leaders, including Lind and Mir.\n",
        &people(&["Kos", "Lind", "Mir"]),
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind Mir"]);
    let f = run(
        "The deal was sealed after talks in Oslo between the biggest buyers - Norway, Chile and Peru.\n",
        &[("Oslo", "Oslo", L), ("Norway", "Norway", C), ("Chile", "Chile", C), ("Peru", "Peru", C)],
        None,
    );
    assert_eq!(attendees(&f), ["Chile Norway Peru"]);
    let m = &f.meetings[0];
    assert_eq!(
        m.place.as_ref().map(|p| f.entities[p.0].name.as_str()),
        Some("Oslo")
    );
}

#[test]
fn calls_visits_to_people_and_hearings_between_parties_are_meetings() {
    let names = [
        ("Kos", "Kos", P),
        ("Lind", "Lind", P),
        ("Mir", "Mir", P),
        ("Dara", "Dara", P),
        ("Norway", "Norway", C),
        ("Chile", "Chile", C),
    ];
    let f = run(
        "Kos spoke by telephone with Lind on Sunday.\nMir visited Dara at the palace last year.\nA hearing between Norway and Chile opened in June.\n",
        &names,
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind", "Dara Mir", "Chile Norway"]);
    for text in [
        "Kos and Lind spoke by phone on Monday.\n",
        "Kos's visit to Lind was brief.\n",
        "Kos paid a visit to Lind at the palace.\n",
    ] {
        assert_eq!(attendees(&run(text, &names, None)), ["Kos Lind"], "{text}");
    }
    // Speaking alone, or visiting a country, is no meeting.
    let f = run(
        "Kos spoke with Lind.\nMir visited Norway.\nDara spoke by phone.\nKos's visit to Chile was brief.\n",
        &names,
        None,
    );
    assert!(f.meetings.is_empty(), "{:?}", attendees(&f));
}

#[test]
fn sports_fixtures_and_titles_of_works_are_no_meetings() {
    let f = run(
        "Kos will meet Lind in the second round.\nMir and Dara meet in the final.\nKos stars in Meet the Linds with Mir.\nNorway host Chile on Saturday.\n",
        &[
            ("Kos", "Kos", P),
            ("Lind", "Lind", P),
            ("Mir", "Mir", P),
            ("Dara", "Dara", P),
            ("Norway", "Norway", C),
            ("Chile", "Chile", C),
        ],
        None,
    );
    assert!(f.meetings.is_empty(), "{:?}", attendees(&f));
    // A round of talks is no fixture.
    let f = run(
        "Kos met Lind for a new round of talks.\n",
        &people(&["Kos", "Lind"]),
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind"]);
}

#[test]
fn in_a_report_of_games_meeting_words_name_fixtures_but_talks_stay_meetings() {
    let text = "Harton Rovers beat Orvia Town 2-1 on Saturday.\nDelby drew 1-1 with Kestle, and Marwick won 3-0.\nHarton Rovers will meet Orvia Town again at Vale Park in March.\nRovers chairman Ivo Kemp held talks with Orvia Town over the transfer.\n";
    let doc = crate::input::Document::new("t", text);
    let x = crate::extract::extract(&doc, crate::extract::test_resources());
    let names = |m: &crate::extract::LocalMeeting| {
        let mut v: Vec<&str> = m
            .roles
            .iter()
            .map(|r| x.entities[r.entity].name.as_str())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let met: Vec<Vec<&str>> = x.meetings.iter().map(names).collect();
    assert_eq!(met, [["Ivo Kemp", "Orvia Town"]], "{met:?}");
    // The same fixture in a text that reports no games is a meeting.
    let doc = crate::input::Document::new(
        "t",
        "Harton Rovers will meet Orvia Town at Vale Park in March.\n",
    );
    let x = crate::extract::extract(&doc, crate::extract::test_resources());
    assert_eq!(x.meetings.len(), 1);
}

#[test]
fn wished_asked_and_conditional_meetings_are_not_held() {
    for text in [
        "Kos wants to meet Lind.\n",
        "Did Kos meet Lind?\n",
        "If Kos meets Lind, the deal will be signed.\n",
    ] {
        let f = run(text, &people(&["Kos", "Lind"]), None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        let m = &f.meetings[0];
        assert_eq!(m.status, MeetingStatus::Planned, "{text}");
        for r in &m.roles {
            assert_eq!(r.evidence.modality, Modality::Hypothetical, "{text}");
        }
    }
}

#[test]
fn talks_whose_clause_puts_them_off_are_planned() {
    let firms = &crate::extract::relations::tests::FIRMS;
    for text in [
        "Talks between Acme Corp and Zenith Bank will take place next week.\n",
        "Talks between Acme Corp and Zenith Bank are scheduled for May.\n",
        "Talks between Acme Corp and Zenith Bank could resume in March.\n",
    ] {
        let f = run(text, firms, None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        assert_eq!(f.meetings[0].status, MeetingStatus::Planned, "{text}");
    }
    // Held talks stay held, and a meeting a clause only follows is no subject of it.
    for text in [
        "Talks between Acme Corp and Zenith Bank took place last week.\n",
        "Acme Corp held talks with Zenith Bank on Friday over plans to merge.\n",
    ] {
        let f = run(text, firms, None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        assert_eq!(f.meetings[0].status, MeetingStatus::Held, "{text}");
    }
}

#[test]
fn parties_in_talks_under_way() {
    let f = run(
        "Acme Corp is in talks with Zenith Bank about a merger.\n",
        &crate::extract::relations::tests::FIRMS,
        None,
    );
    f.expect("Acme Corp consulted Zenith Bank");
    assert_eq!(f.meetings.len(), 1);
    assert_eq!(
        f.actors(&f.meetings[0], Relation::ParticipantIn),
        ["Acme Corp", "Zenith Bank"]
    );
    assert_eq!(f.meetings[0].status, MeetingStatus::Held);
    // Talks in which no second party is named are no meeting.
    let f = run(
        "Acme Corp is in talks about a merger.\n",
        &crate::extract::relations::tests::FIRMS,
        None,
    );
    assert!(f.meetings.is_empty());
}

#[test]
fn the_people_of_a_body_stand_for_it_in_a_meeting() {
    let f = run(
        "Kos held talks with finance ministers of the Zentra Group on Monday.\nLind met officials from the Orvia Agency in Oslo.\n",
        &[
            ("Kos", "Ana Kos", P),
            ("Zentra Group", "Zentra Group", O),
            ("Lind", "Bo Lind", P),
            ("Orvia Agency", "Orvia Agency", O),
            ("Oslo", "Oslo", L),
        ],
        None,
    );
    let with = |who: &str| f.actors(f.meeting_with(who), Relation::ParticipantIn);
    assert_eq!(with("Ana Kos"), ["Ana Kos", "Zentra Group"]);
    assert_eq!(with("Bo Lind"), ["Bo Lind", "Orvia Agency"]);
}

#[test]
fn every_body_listed_after_the_people_of_takes_part() {
    let f = run(
        "Kos met the foreign ministers of Zentra, Orvia and Baltra on Monday.\n",
        &[
            ("Kos", "Ana Kos", P),
            ("Zentra", "Zentra", C),
            ("Orvia", "Orvia", C),
            ("Baltra", "Baltra", C),
        ],
        None,
    );
    assert_eq!(attendees(&f), ["Ana Kos Baltra Orvia Zentra"]);
    // A list that is an apposition, not a coordination, names only the first.
    let f = run(
        "Kos met the foreign ministers of Zentra, Orvia officials said.\n",
        &[
            ("Kos", "Ana Kos", P),
            ("Zentra", "Zentra", C),
            ("Orvia", "Orvia", C),
        ],
        None,
    );
    assert_eq!(attendees(&f), ["Ana Kos Zentra"]);
}

#[test]
fn a_comma_list_of_three_names_of_one_kind_is_a_list_without_and() {
    let parties = [
        ("Kos", "Ana Kos", P),
        ("Zentra", "Zentra", C),
        ("Orvia", "Orvia", C),
        ("Baltra", "Baltra", C),
        ("Dorne", "Dorne", L),
    ];
    let f = run(
        "Kos held talks with the foreign ministers of Zentra, Orvia, Baltra on Monday.\n",
        &parties,
        None,
    );
    assert_eq!(attendees(&f), ["Ana Kos Baltra Orvia Zentra"]);
    // Two names, or names of different kinds, are no such list: "Orvia, Dorne" may be
    // a place and its country.
    let f = run("Kos met Zentra, Orvia on Monday.\n", &parties, None);
    assert_eq!(attendees(&f), ["Ana Kos Zentra"]);
    let f = run("Kos met Zentra, Dorne, Orvia on Monday.\n", &parties, None);
    assert_eq!(attendees(&f), ["Ana Kos Zentra"]);
}

#[test]
fn talks_broken_off_were_held_and_a_meeting_sought_is_planned() {
    let f = run(
        "Kos broke off talks with Lind on Monday.\nMir requested a meeting with Ode.\nAsh ended the tour.\n",
        &[
            ("Kos", "Ana Kos", P),
            ("Lind", "Bo Lind", P),
            ("Mir", "Cy Mir", P),
            ("Ode", "Di Ode", P),
            ("Ash", "Ed Ash", P),
        ],
        None,
    );
    let kos = f.meeting_with("Ana Kos");
    assert_eq!(kos.status, MeetingStatus::Held);
    assert_eq!(
        f.actors(kos, Relation::ParticipantIn),
        ["Ana Kos", "Bo Lind"]
    );
    assert_eq!(f.meeting_with("Cy Mir").status, MeetingStatus::Planned);
    // Ending something that is no meeting names none.
    assert_eq!(f.meetings.len(), 2);
}

#[test]
fn who_goes_somewhere_for_talks_or_to_meet_takes_part() {
    let names = [
        ("Kos", "Kos", P),
        ("Lind", "Lind", P),
        ("Mir", "Mir", P),
        ("Oslo", "Oslo", L),
    ];
    let f = run("Kos flew to Oslo for talks with Lind.\n", &names, None);
    assert_eq!(attendees(&f), ["Kos Lind"]);
    // Where they went is where they met.
    assert_eq!(
        f.meetings[0]
            .place
            .as_ref()
            .map(|p| f.entities[p.0].name.as_str()),
        Some("Oslo")
    );
    // The talks are met, not flown with.
    assert!(f.get("Kos accompanied Lind").is_none(), "{:?}", f.triples());
    let f = run("Kos flew to Oslo with Lind.\n", &names, None);
    f.expect("Kos accompanied Lind");
    let f = run(
        "Kos travelled to Oslo on Monday to meet Lind.\n",
        &names,
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind"]);
    // Who urges others to meet is not at their meeting.
    let f = run("Kos urged Lind to meet Mir.\n", &names, None);
    assert_eq!(attendees(&f), ["Lind Mir"]);
    // Past another phrase, the infinitive is that phrase's.
    let firms = [
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "Acme Corp will come to the market with an issue likely to be led by Zenith Bank.\n",
        &firms,
        None,
    );
    assert!(
        f.get("Zenith Bank leads Acme Corp").is_none(),
        "{:?}",
        f.triples()
    );
}

#[test]
fn a_bare_reference_speaks_of_the_latest_meeting_not_of_a_lone_actors_plan() {
    let f = run(
        "Kos and Lind met on Monday.\nMir urged Lind to go back into negotiations.\nThe talks were frank.\n",
        &people(&["Kos", "Lind", "Mir"]),
        None,
    );
    let met = f
        .meetings
        .iter()
        .find(|m| m.status == MeetingStatus::Held)
        .expect("the meeting held");
    assert_eq!(met.evidence.len(), 2, "{:?}", met.evidence);
}

#[test]
fn a_guest_received_and_a_meal_shared_are_meetings() {
    let names = people(&["Kos", "Lind"]);
    for text in [
        "Kos received Lind at his residence.\n",
        "Lind was received by Kos.\n",
    ] {
        let f = run(text, &names, None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        assert_eq!(
            f.actors(&f.meetings[0], Relation::Organized),
            ["Kos"],
            "{text}"
        );
        assert_eq!(
            f.actors(&f.meetings[0], Relation::ParticipantIn),
            ["Lind"],
            "{text}"
        );
    }
    let f = run("Kos had dinner with Lind.\n", &names, None);
    assert_eq!(attendees(&f), ["Kos Lind"]);
    // A thing received is no guest, nor an amount a misread name stands for.
    let money = [("Kos", "Kos", P), ("Currency Units", "Currency Units", P)];
    assert!(run(
        "Kos received 155 mln European Currency Units.\n",
        &money,
        None
    )
    .meetings
    .is_empty());
    for text in [
        "Kos received a letter from Lind.\n",
        "Kos received Lind's letter.\n",
    ] {
        assert!(run(text, &names, None).meetings.is_empty(), "{text}");
    }
}

#[test]
fn being_somewhere_for_talks_and_talking_something_over_are_meetings() {
    let names = [
        ("Kos", "Kos", P),
        ("Lind", "Lind", P),
        ("Oslo", "Oslo", L),
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
        ("Ruritania", "Ruritania", C),
        ("Freedonia", "Freedonia", C),
    ];
    for text in [
        "Kos was in Oslo on Monday for talks with Lind.\n",
        "Kos and Lind discussed the budget in Oslo.\n",
        "Kos discussed the budget with Lind.\n",
        "Kos held a telephone conversation with Lind.\n",
        "Kos entered negotiations with Lind on Monday.\n",
    ] {
        assert_eq!(attendees(&run(text, &names, None)), ["Kos Lind"], "{text}");
    }
    let f = run(
        "Acme Corp has been negotiating with Zenith Bank over the sale.\n",
        &names,
        None,
    );
    assert_eq!(attendees(&f), ["Acme Corp Zenith Bank"]);
    // The matter talked over is no party, nor is one actor alone a meeting.
    for text in [
        "Kos wants to discuss relations between Ruritania and Freedonia.\n",
        "Kos discussed the crisis in trade relations with Ruritania.\n",
        "Acme Corp negotiated a pay rise.\n",
        "Kos is in Oslo.\n",
        // Each with a party left unnamed, not with each other.
        "Acme Corp and Zenith Bank have been negotiating with unions.\n",
    ] {
        assert!(run(text, &names, None).meetings.is_empty(), "{text}");
    }
}

#[test]
fn a_name_opening_the_next_clause_is_no_party_to_talks_already_held() {
    let names = [
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
        ("Reuters", "Reuters", O),
    ];
    let f = run(
        "Acme Corp held merger discussions with Zenith Bank, Reuters reported.\n",
        &names,
        None,
    );
    assert_eq!(attendees(&f), ["Acme Corp Zenith Bank"]);
}

#[test]
fn a_lone_actor_at_a_place_takes_the_others_named_later_without_a_place() {
    let f = run(
        "The bid will come at a meeting with Lind in Oslo on Sunday.\nKos and Lind will discuss trade.\n",
        &[("Kos", "Kos", P), ("Lind", "Lind", P), ("Oslo", "Oslo", L)],
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind"]);
    assert_eq!(f.meetings[0].status, MeetingStatus::Planned);
}

#[test]
fn a_country_before_a_kind_of_body_is_no_party_to_its_talks() {
    let names = [
        ("Acme", "Acme", O),
        ("Zenith", "Zenith", O),
        ("Borcorp", "Borcorp", O),
        ("Ruritania", "Ruritania", C),
        ("Norway", "Norway", C),
    ];
    let f = run(
        "Acme is in talks with Ruritania bank Zenith and Borcorp.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(
        f.actors(m, Relation::ParticipantIn),
        ["Acme", "Borcorp", "Zenith"]
    );
    // Countries listed as parties stay parties.
    let f = run(
        "Acme is in talks with Ruritania and Norway.\n",
        &names,
        None,
    );
    let m = &f.meetings[0];
    assert_eq!(
        f.actors(m, Relation::ParticipantIn),
        ["Acme", "Norway", "Ruritania"]
    );
}

#[test]
fn a_court_ruling_on_a_partys_case_heard_the_party() {
    let names = [
        ("Court of Appeal", "Court of Appeal", O),
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    for text in [
        "The Court of Appeal backed Acme Corp on Tuesday.\n",
        "The Court of Appeal rejected Acme Corp's claim on Tuesday.\n",
    ] {
        let f = run(text, &names, None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        let m = &f.meetings[0];
        assert_eq!(f.actors(m, Relation::Organized), ["Court of Appeal"]);
        assert_eq!(f.actors(m, Relation::ParticipantIn), ["Acme Corp"]);
        assert_eq!(m.when.as_deref(), Some("Tuesday"));
    }
    // A company backing another hears no case; nor does a court whose ruling is denied.
    for text in [
        "Zenith Bank backed Acme Corp on Tuesday.\n",
        "The Court of Appeal did not back Acme Corp.\n",
    ] {
        assert!(run(text, &names, None).meetings.is_empty(), "{text}");
    }
}

#[test]
fn a_where_clause_after_a_place_puts_the_meeting_there() {
    let mut names = people(&["Kos", "Lind"]);
    names.extend([("Oslo", "Oslo", L), ("Rome", "Rome", L)]);
    let place = |text: &str| {
        let f = run(text, &names, None);
        assert_eq!(f.meetings.len(), 1, "{text}");
        let m = &f.meetings[0];
        m.place.as_ref().map(|p| f.entities[p.0].name.clone())
    };
    assert_eq!(
        place("Kos later flew to Oslo, where he met Lind.\n").as_deref(),
        Some("Oslo")
    );
    // A place the clause does not hang on is not the meeting's.
    assert_eq!(place("Kos left Rome on Monday and met Lind.\n"), None);
}

#[test]
fn he_opening_the_next_sentence_meets_as_the_subject_before() {
    // The whole pipeline: the pronoun is read by the mentions.
    let text = "Tom Kos met Bo Lind on Friday.\nOn Saturday he met Al Mir.\n";
    let x = crate::extract::extract(
        &crate::input::Document::new("t", text),
        crate::extract::test_resources(),
    );
    assert_eq!(
        attendee_lines(&x.meetings, &x.entities),
        ["Bo Lind Tom Kos", "Al Mir Tom Kos"]
    );
}

#[test]
fn a_definite_reference_naming_too_few_for_a_meeting_adds_to_the_latest() {
    let mut names = people(&["Kos", "Lind", "Mir", "Tan"]);
    names.push(("Oslo", "Oslo", L));
    let f = run(
        "Kos met Lind on Friday.\nMir also attended the meeting.\nThe talks were mediated by Tan.\nThe talks were held in Oslo.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings.len(), 1);
    let m = &f.meetings[0];
    assert_eq!(f.actors(m, Relation::ParticipantIn), ["Kos", "Lind", "Mir"]);
    assert_eq!(f.actors(m, Relation::Mediated), ["Tan"]);
    assert_eq!(
        m.place.as_ref().map(|p| f.entities[p.0].name.as_str()),
        Some("Oslo")
    );
    // Talks of two others are a meeting of their own; a plan called off is cancelled.
    let f = run(
        "Kos will meet Lind on Friday.\nThe talks between Mir and Tan ended.\nThe meeting with Lind was later called off.\n",
        &names,
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind", "Mir Tan"]);
    assert_eq!(f.meetings[0].status, MeetingStatus::Cancelled);
}

#[test]
fn everyone_attending_a_meeting_and_its_set_off_mediators_take_part() {
    let mut names = people(&["Kos", "Lind", "Mir", "Tan"]);
    names.push(("Oslo", "Oslo", L));
    let f = run(
        "A summit in Oslo on Monday was attended by Kos, Lind and Mir.\n",
        &names,
        None,
    );
    assert_eq!(attendees(&f), ["Kos Lind Mir"]);
    let f = run(
        "Kos and Lind held talks in Oslo on Sunday, mediated by Tan.\n",
        &names,
        None,
    );
    assert_eq!(f.actors(&f.meetings[0], Relation::Mediated), ["Tan"]);
}

#[test]
fn a_meeting_whose_clause_calls_it_off_far_from_the_word_is_cancelled() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P), ("Oslo", "Oslo", L)];
    let f = run(
        "A planned summit between President Kos and Prime Minister Lind in Oslo has been called off.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings[0].status, MeetingStatus::Cancelled);
    let f = run(
        "A summit between President Kos and Prime Minister Lind in Oslo has ended.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings[0].status, MeetingStatus::Held);
}

#[test]
fn a_place_in_what_a_meeting_was_about_is_not_its_place() {
    let mut names = people(&["Kos", "Lind"]);
    names.extend([("Oslo", "Oslo", L), ("Rome", "Rome", L)]);
    let place = |text: &str| {
        let f = run(text, &names, None);
        let m = &f.meetings[0];
        m.place.as_ref().map(|p| f.entities[p.0].name.clone())
    };
    assert_eq!(
        place("Kos held talks with Lind on trade and the war in Oslo.\n"),
        None
    );
    assert_eq!(place("Kos met Lind about the floods in Oslo.\n"), None);
    for text in [
        "Kos met Lind on Sunday in Rome.\n",
        "Kos met Lind on March 3 in Rome.\n",
        "Kos met Lind over dinner in Rome.\n",
    ] {
        assert_eq!(place(text).as_deref(), Some("Rome"), "{text}");
    }
}

#[test]
fn a_month_written_as_a_name_is_no_modal() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P)];
    let f = run(
        "Kos, who took office in May, met Lind on Monday.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings[0].status, MeetingStatus::Held);
    let f = run("Kos may meet Lind on Monday.\n", &names, None);
    assert_eq!(f.meetings[0].status, MeetingStatus::Planned);
}

#[test]
fn a_time_ending_the_sentence_leaves_its_full_stop() {
    let names = [("Kos", "Kos", P), ("Lind", "Lind", P), ("Oslo", "Oslo", L)];
    let f = run("Kos met Lind in Oslo in August.\n", &names, None);
    assert_eq!(f.meetings[0].when.as_deref(), Some("August"));
    let f = run(
        "Kos met Lind in Oslo in June, officials said.\n",
        &names,
        None,
    );
    assert_eq!(f.meetings[0].when.as_deref(), Some("June"));
}
