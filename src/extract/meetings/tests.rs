//! Tests of meeting finding on small sentences written for them.

use crate::extract::relations::tests::run;
use crate::model::{EntityKind, MeetingStatus, Relation};
use EntityKind::{Country as C, Organization as O, Person as P, Place as L};

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
