//! The JSON Lines view of an extraction printed by `extract --format json`: one object
//! per document, entities named by their canonical names.

use super::Extraction;
use crate::model::Modality;
use serde_json::{json, Value};

/// One document's findings as a JSON object.
pub fn to_json(ex: &Extraction) -> Value {
    let name = |i: usize| ex.entities[i].name.as_str();
    let mentions: Vec<Value> = ex
        .mentions
        .iter()
        .map(|m| {
            json!({
                "start": m.span.start,
                "end": m.span.end,
                "text": m.text,
                "kind": m.kind,
                "form": m.form,
                "entity": m.entity.map(name),
                "sentence": m.sentence,
            })
        })
        .collect();
    let entities: Vec<Value> = ex
        .entities
        .iter()
        .map(|e| {
            json!({
                "name": e.name,
                "kind": e.kind,
                "aliases": e.aliases.keys().collect::<Vec<_>>(),
                "roles": e.roles,
                "mentions": e.mentions,
            })
        })
        .collect();
    let relations: Vec<Value> = ex
        .relations
        .iter()
        .map(|r| {
            let ev = &r.evidence;
            let mut o = json!({
                "source": name(r.source),
                "relation": r.relation,
                "target": name(r.target),
                "start": ev.span.start,
                "end": ev.span.end,
                "sentence": ev.sentence,
                "rule": ev.rule,
                "modality": ev.modality,
                "evidence": ev.text,
            });
            match ev.modality {
                Modality::Negated => o["negated"] = json!(true),
                Modality::Hypothetical | Modality::Planned => o["hypothetical"] = json!(true),
                Modality::Asserted => {}
            }
            if let Some(a) = &ev.attributed_to {
                o["attributed_to"] = json!(a);
            }
            o
        })
        .collect();
    let meetings: Vec<Value> = ex
        .meetings
        .iter()
        .map(|m| {
            let with = |rel: crate::model::Relation| -> Vec<&str> {
                let mut v: Vec<&str> = m
                    .roles
                    .iter()
                    .filter(|r| r.relation == rel)
                    .map(|r| name(r.entity))
                    .collect();
                v.dedup();
                v
            };
            json!({
                "name": m.label,
                "participants": with(crate::model::Relation::ParticipantIn),
                "organizers": with(crate::model::Relation::Organized),
                "mediators": with(crate::model::Relation::Mediated),
                "place": m.place.as_ref().map(|(p, _)| name(*p)),
                "when": m.when,
                "date": m.date,
                "status": m.status,
                "evidence": m.evidence.iter().map(|e| json!({
                    "sentence": e.sentence, "start": e.span.start, "end": e.span.end,
                    "rule": e.rule, "text": e.text,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "id": ex.doc.id,
        "date": ex.doc.date,
        "dateline": ex.doc.dateline,
        "mentions": mentions,
        "entities": entities,
        "relations": relations,
        "meetings": meetings,
        "limits": ex.limits,
    })
}
