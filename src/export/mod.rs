//! Writing the graph for other tools: node-link JSON, DOT, GraphML, CSV and Cypher, SVG
//! drawn without Graphviz, and a self-contained HTML view.

pub mod dot;
pub mod graphml;
pub mod html;
pub mod json;
pub mod svg;
pub mod table;

use crate::model::RelationFamily;

/// The snake_case name of a relation family, as in JSON.
pub fn family_str(f: RelationFamily) -> &'static str {
    match f {
        RelationFamily::Affiliation => "affiliation",
        RelationFamily::MeetingRole => "meeting_role",
        RelationFamily::Cooperation => "cooperation",
        RelationFamily::Conflict => "conflict",
    }
}
