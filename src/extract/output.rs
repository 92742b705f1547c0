//! The JSON Lines view of an extraction printed by `extract --format json`: one object
//! per document, entities named by their canonical names.
//!
//! The view borrows from the extraction and serializes straight to the writer; fields
//! are declared in alphabetical order, so objects read the same as sorted maps.

use super::{Extraction, LocalMeeting};
use crate::model::{EntityKind, MeetingStatus, MentionForm, Modality, Relation, Validity};
use serde::Serialize;

/// One document's findings, ready to serialize.
#[derive(Debug, Serialize)]
pub struct DocumentView<'a> {
    date: &'a Option<String>,
    dateline: &'a Option<String>,
    entities: Vec<EntityView<'a>>,
    id: &'a str,
    limits: &'a [String],
    meetings: Vec<MeetingView<'a>>,
    mentions: Vec<MentionView<'a>>,
    relations: Vec<RelationView<'a>>,
}

#[derive(Debug, Serialize)]
struct MentionView<'a> {
    end: usize,
    entity: Option<&'a str>,
    form: MentionForm,
    kind: EntityKind,
    sentence: usize,
    start: usize,
    text: &'a str,
}

#[derive(Debug, Serialize)]
struct EntityView<'a> {
    aliases: Vec<&'a String>,
    kind: EntityKind,
    mentions: usize,
    name: &'a str,
    roles: &'a [String],
}

#[derive(Debug, Serialize)]
struct RelationView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_to: Option<&'a str>,
    end: usize,
    evidence: &'a str,
    #[serde(skip_serializing_if = "is_false")]
    hypothetical: bool,
    modality: Modality,
    #[serde(skip_serializing_if = "is_false")]
    negated: bool,
    relation: Relation,
    rule: &'a str,
    sentence: usize,
    source: &'a str,
    start: usize,
    target: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid: Option<&'a Validity>,
}

#[derive(Debug, Serialize)]
struct MeetingView<'a> {
    date: &'a Option<String>,
    evidence: Vec<MeetingEvidence<'a>>,
    mediators: Vec<&'a str>,
    name: &'a str,
    organizers: Vec<&'a str>,
    participants: Vec<&'a str>,
    place: Option<&'a str>,
    status: MeetingStatus,
    when: &'a Option<String>,
}

#[derive(Debug, Serialize)]
struct MeetingEvidence<'a> {
    end: usize,
    rule: &'a str,
    sentence: usize,
    start: usize,
    text: &'a str,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One document's findings as a serializable view.
pub fn view(ex: &Extraction) -> DocumentView<'_> {
    let name = |i: usize| ex.entities[i].name.as_str();
    let mentions = ex
        .mentions
        .iter()
        .map(|m| MentionView {
            end: m.span.end,
            entity: m.entity.map(name),
            form: m.form,
            kind: m.kind,
            sentence: m.sentence,
            start: m.span.start,
            text: &m.text,
        })
        .collect();
    let entities = ex
        .entities
        .iter()
        .map(|e| EntityView {
            aliases: e.aliases.keys().collect(),
            kind: e.kind,
            mentions: e.mentions,
            name: &e.name,
            roles: &e.roles,
        })
        .collect();
    let relations = ex
        .relations
        .iter()
        .map(|r| {
            let ev = &r.evidence;
            RelationView {
                attributed_to: ev.attributed_to.as_deref(),
                end: ev.span.end,
                evidence: &ev.text,
                hypothetical: matches!(ev.modality, Modality::Hypothetical | Modality::Planned),
                modality: ev.modality,
                negated: ev.modality == Modality::Negated,
                relation: r.relation,
                rule: &ev.rule,
                sentence: ev.sentence,
                valid: ev.valid.as_ref(),
                source: name(r.source),
                start: ev.span.start,
                target: name(r.target),
            }
        })
        .collect();
    let meetings = ex.meetings.iter().map(|m| meeting(ex, m)).collect();
    DocumentView {
        date: &ex.doc.date,
        dateline: &ex.doc.dateline,
        entities,
        id: &ex.doc.id,
        limits: &ex.limits,
        meetings,
        mentions,
        relations,
    }
}

fn meeting<'a>(ex: &'a Extraction, m: &'a LocalMeeting) -> MeetingView<'a> {
    let name = |i: usize| ex.entities[i].name.as_str();
    let with = |rel: Relation| -> Vec<&str> {
        let mut v: Vec<&str> = m
            .roles
            .iter()
            .filter(|r| r.relation == rel)
            .map(|r| name(r.entity))
            .collect();
        v.dedup();
        v
    };
    MeetingView {
        date: &m.date,
        evidence: m
            .evidence
            .iter()
            .map(|e| MeetingEvidence {
                end: e.span.end,
                rule: &e.rule,
                sentence: e.sentence,
                start: e.span.start,
                text: &e.text,
            })
            .collect(),
        mediators: with(Relation::Mediated),
        name: &m.label,
        organizers: with(Relation::Organized),
        participants: with(Relation::ParticipantIn),
        place: m.place.as_ref().map(|(p, _)| name(*p)),
        status: m.status,
        when: &m.when,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Resources};
    use crate::input::Document;

    #[test]
    fn view_reads_as_sorted_keys_with_flags_only_when_set() {
        let res = Resources::embedded().unwrap();
        let doc = Document::new(
            "d1",
            "Israeli Prime Minister Benjamin Netanyahu did not meet Mahmoud Abbas in Paris.",
        );
        let ex = extract(&doc, &res);
        let text = serde_json::to_string(&view(&ex)).unwrap();
        // The direct serialization equals the sorted-map form, key order included.
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), text);
        let rels = value["relations"].as_array().unwrap();
        assert!(!rels.is_empty(), "{text}");
        for r in rels {
            let negated = r["modality"] == "negated";
            assert_eq!(r.get("negated").is_some(), negated, "{r}");
        }
        assert!(text.contains("\"name\":\"Benjamin Netanyahu\""), "{text}");
    }
}
