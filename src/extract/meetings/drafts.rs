//! Meetings assembled from the references of a document: a reference joins the latest
//! meeting with the same actors (or a share of them at the same place or time).

use super::label;
use crate::extract::{Context, LocalEntity, LocalMeeting, MeetingRole};
use crate::model::{Evidence, MeetingStatus, Relation};
use std::collections::BTreeSet;

/// Most sentences back to a meeting that a definite reference naming none of its actors
/// may add to ("Kos met Lind. [...] Mir also attended the meeting").
const BACK_SENTENCES: usize = 2;

/// What one reference says of its meeting.
#[derive(Debug, Clone)]
pub(super) struct Reading {
    pub(super) roles: Vec<MeetingRole>,
    pub(super) place: Option<(usize, Evidence)>,
    pub(super) when: Option<String>,
    pub(super) status: MeetingStatus,
    /// The meeting word's evidence.
    pub(super) evidence: Evidence,
    /// The meeting word, lower case ("talks").
    pub(super) noun: String,
}

impl Reading {
    /// Whether it names one actor only.
    pub(super) fn is_lone(&self) -> bool {
        self.roles.iter().all(|r| r.entity == self.roles[0].entity)
    }
}

/// A meeting being assembled from references.
#[derive(Debug, Clone)]
pub(super) struct Draft {
    pub(super) roles: Vec<MeetingRole>,
    pub(super) place: Option<(usize, Evidence)>,
    pub(super) when: Option<String>,
    pub(super) status: MeetingStatus,
    pub(super) evidence: Vec<Evidence>,
    pub(super) noun: String,
}

impl Draft {
    fn actors(&self) -> BTreeSet<usize> {
        self.roles.iter().map(|r| r.entity).collect()
    }

    /// Whether it names a meeting: two actors or more, or one at a named place.
    fn is_meeting(&self) -> bool {
        let n = self.actors().len();
        n >= 2 || (n == 1 && self.place.is_some())
    }

    /// Whether `r` speaks of this meeting: the same status, at least one shared actor,
    /// and the same actors, or fewer or more of them at the same place or time, or
    /// more of them with no place or time of their own when this meeting names one
    /// actor only ("a meeting with Y in Rome on Sunday", then "X and Y would discuss
    /// Z"); not "the two leaders met with Z" after their meeting.
    fn takes(&self, r: &Reading, actors: &BTreeSet<usize>) -> bool {
        let theirs = self.actors();
        let shared = theirs.intersection(actors).count();
        let union = theirs.union(actors).count();
        let place = r.place.as_ref().map(|p| p.0);
        let mine = self.place.as_ref().map(|p| p.0);
        let anchored =
            (mine.is_some() && mine == place) || (self.when.is_some() && self.when == r.when);
        let subset = theirs.is_subset(actors) || actors.is_subset(&theirs);
        let unanchored = theirs.len() == 1 && r.place.is_none() && r.when.is_none();
        self.status == r.status
            && shared >= 1
            && (theirs == *actors
                || (subset && (anchored || unanchored))
                || (shared * 2 >= union && anchored))
            && compatible(mine, place)
            && compatible(self.when.as_deref(), r.when.as_deref())
    }

    /// Add what `r` says that this meeting does not have yet.
    fn absorb(&mut self, r: Reading) {
        for role in r.roles {
            if !self
                .roles
                .iter()
                .any(|x| x.entity == role.entity && x.relation == role.relation)
            {
                self.roles.push(role);
            }
        }
        if self.place.is_none() {
            self.place = r.place;
        }
        if self.when.is_none() {
            self.when = r.when;
        }
        self.evidence.push(r.evidence);
    }
}

fn compatible<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// The meetings of a document so far, and the one referred to last.
#[derive(Debug, Default)]
pub(super) struct Drafts {
    drafts: Vec<Draft>,
    last: Option<usize>,
}

impl Drafts {
    /// Whether no meeting has been read yet.
    pub(super) fn is_empty(&self) -> bool {
        self.drafts.is_empty()
    }

    /// The participants of the meeting referred to last, when there are two or more
    /// ("the two leaders met again").
    pub(super) fn latest_participants(&self) -> Vec<usize> {
        let Some(d) = self.last else {
            return Vec::new();
        };
        let mut ps: Vec<usize> = self.drafts[d]
            .roles
            .iter()
            .filter(|r| r.relation == Relation::ParticipantIn)
            .map(|r| r.entity)
            .collect();
        ps.dedup();
        if ps.len() < 2 {
            ps.clear();
        }
        ps
    }

    /// The meeting a reference back means ("the meeting lasted an hour"): the one
    /// referred to last, unless that names too few actors to be one yet ("convinced Y to
    /// go back into negotiations"), then the latest that does.
    fn latest(&self) -> Option<usize> {
        let last = self.last.filter(|&d| self.drafts[d].is_meeting());
        last.or_else(|| self.drafts.iter().rposition(Draft::is_meeting))
            .or(self.last)
    }

    /// A definite reference with no actors, or too few to be a meeting of its own, says
    /// more of the latest meeting: "Mir also attended the meeting", "The talks were
    /// mediated by Tan", "The talks were held in Oslo". One with actors is a new meeting
    /// when there is none, or when it differs in status, place or time.
    pub(super) fn add_to_latest(&mut self, r: Reading) {
        // "The meeting with Lind": the latest meeting Lind is in, if any; else a meeting
        // read in the last few sentences.
        let actors: BTreeSet<usize> = r.roles.iter().map(|x| x.entity).collect();
        let shared = self
            .drafts
            .iter()
            .rposition(|d| d.is_meeting() && !d.actors().is_disjoint(&actors));
        let recent = self.latest().filter(|&d| {
            let draft = &self.drafts[d];
            draft.is_meeting()
                && draft
                    .evidence
                    .last()
                    .is_some_and(|e| e.sentence + BACK_SENTENCES >= r.evidence.sentence)
        });
        // "Kos will meet Lind. The meeting was later called off."
        let called_off =
            |d: &Draft| d.status == MeetingStatus::Planned && r.status == MeetingStatus::Cancelled;
        // "X held talks with Y. ... the talks that will be held in Geneva in February": a
        // meeting still to come is another one; its place and time are not the held
        // one's.
        let later =
            |d: &Draft| d.status == MeetingStatus::Held && r.status == MeetingStatus::Planned;
        let referred = shared.or(recent);
        if referred.is_some_and(|d| later(&self.drafts[d])) && r.roles.is_empty() {
            return;
        }
        match referred {
            Some(d)
                if self.drafts[d].status == r.status
                    || r.roles.is_empty()
                    || called_off(&self.drafts[d]) =>
            {
                if called_off(&self.drafts[d]) {
                    self.drafts[d].status = MeetingStatus::Cancelled;
                }
                let draft = &self.drafts[d];
                let place = r.place.as_ref().map(|p| p.0);
                if compatible(draft.place.as_ref().map(|p| p.0), place)
                    && compatible(draft.when.as_deref(), r.when.as_deref())
                {
                    self.drafts[d].absorb(r);
                    self.last = Some(d);
                } else {
                    self.drafts[d].evidence.push(r.evidence);
                }
            }
            _ if !r.roles.is_empty() => {
                if let Some(r) = self.join_lone_latest(r) {
                    self.add(r);
                }
            }
            _ => {
                if let Some(d) = self.latest() {
                    self.drafts[d].evidence.push(r.evidence);
                }
            }
        }
    }

    /// A definite reference naming others than the one actor of the meeting referred to
    /// last, a sentence or two before, names more of it: "X hosted the summit. Y and Z
    /// also attended the summit." Gives the reference back when it is not taken.
    pub(super) fn join_lone_latest(&mut self, r: Reading) -> Option<Reading> {
        let Some(d) = self.last else {
            return Some(r);
        };
        let draft = &self.drafts[d];
        let recent = draft
            .evidence
            .last()
            .is_some_and(|e| e.sentence + BACK_SENTENCES >= r.evidence.sentence);
        let place = r.place.as_ref().map(|p| p.0);
        let fits = draft.actors().len() == 1
            && recent
            && draft.status == r.status
            && compatible(draft.place.as_ref().map(|p| p.0), place)
            && compatible(draft.when.as_deref(), r.when.as_deref());
        if !fits {
            return Some(r);
        }
        self.drafts[d].absorb(r);
        None
    }

    /// Add a reference: to the latest meeting it speaks of, or as a new meeting.
    pub(super) fn add(&mut self, r: Reading) {
        let actors: BTreeSet<usize> = r.roles.iter().map(|x| x.entity).collect();
        match self.drafts.iter().rposition(|d| d.takes(&r, &actors)) {
            Some(d) => {
                self.drafts[d].absorb(r);
                self.last = Some(d);
            }
            None => {
                self.drafts.push(Draft {
                    roles: r.roles,
                    place: r.place,
                    when: r.when,
                    status: r.status,
                    evidence: vec![r.evidence],
                    noun: r.noun,
                });
                self.last = Some(self.drafts.len() - 1);
            }
        }
    }

    /// The drafts that name meetings.
    pub(super) fn finish(self, cx: &Context<'_>, entities: &[LocalEntity]) -> Vec<LocalMeeting> {
        self.drafts
            .into_iter()
            .filter(Draft::is_meeting)
            .map(|d| label::finish(cx, d, entities))
            .collect()
    }
}
