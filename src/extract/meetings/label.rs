//! A finished meeting: its label, resolved date and the modality of its roles.

use super::drafts::Draft;
use crate::extract::{dates, pattern, Context, LocalEntity, LocalMeeting};
use crate::model::{EntityKind, MeetingStatus, Modality, Relation};
use std::collections::BTreeSet;

/// Most names a label lists before "and others".
const LABEL_NAMES: usize = 4;

/// The meeting a draft describes. Its roles are at least as uncertain as the meeting:
/// a planned meeting's roles are planned, a wished one's stay hypothetical.
pub(super) fn finish(cx: &Context<'_>, d: Draft, entities: &[LocalEntity]) -> LocalMeeting {
    let label = label(&d, entities);
    let date = d.when.as_deref().and_then(|w| {
        dates::resolve(
            w,
            cx.doc.meta.date.as_deref(),
            d.status,
            &cx.res.rules.calendar,
        )
    });
    let modality = match d.status {
        MeetingStatus::Held => Modality::Asserted,
        MeetingStatus::Planned => Modality::Planned,
        MeetingStatus::Cancelled => Modality::Negated,
    };
    let mut roles = d.roles;
    for r in &mut roles {
        r.evidence.modality = pattern::stronger(r.evidence.modality, modality);
    }
    LocalMeeting {
        label,
        roles,
        place: d.place,
        when: d.when,
        date,
        status: d.status,
        evidence: d.evidence,
    }
}

/// "Kerry and Netanyahu in Rome", "Meeting hosted by France in Paris".
fn label(d: &Draft, entities: &[LocalEntity]) -> String {
    let names = |rel: Relation| -> Vec<String> {
        let mut seen = BTreeSet::new();
        d.roles
            .iter()
            .filter(|r| r.relation == rel && seen.insert(r.entity))
            .map(|r| short(&entities[r.entity]))
            .collect()
    };
    let participants = names(Relation::ParticipantIn);
    let organizers = names(Relation::Organized);
    let mut label = if !participants.is_empty() {
        let mut all = participants.clone();
        all.extend(
            organizers
                .iter()
                .filter(|o| !participants.contains(o))
                .cloned(),
        );
        join_names(&all)
    } else if !organizers.is_empty() {
        format!(
            "{} hosted by {}",
            meeting_word(&d.noun),
            join_names(&organizers)
        )
    } else {
        format!(
            "{} mediated by {}",
            meeting_word(&d.noun),
            join_names(&names(Relation::Mediated))
        )
    };
    if let Some((p, _)) = &d.place {
        label.push_str(" in ");
        label.push_str(&short(&entities[*p]));
    }
    label
}

/// Short human name: a person by surname, others by name.
fn short(e: &LocalEntity) -> String {
    match e.kind {
        EntityKind::Person => e
            .name
            .split_whitespace()
            .last()
            .unwrap_or(&e.name)
            .to_string(),
        _ => e.name.clone(),
    }
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        _ => {
            let shown = &names[..names.len().min(LABEL_NAMES)];
            let (last, rest) = shown.split_last().expect("non-empty");
            if names.len() > LABEL_NAMES {
                format!("{}, {last} and others", rest.join(", "))
            } else {
                format!("{} and {last}", rest.join(", "))
            }
        }
    }
}

/// The meeting noun a label names ("Talks"); a verb ("convened") names none.
fn meeting_word(noun: &str) -> String {
    let w = noun.split(" and ").last().unwrap_or(noun);
    if w.is_empty() || w.chars().all(|c| !c.is_alphabetic()) || w.ends_with("ed") {
        return "Meeting".into();
    }
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => "Meeting".into(),
    }
}
