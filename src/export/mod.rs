//! Writing the graph for other tools: node-link JSON, DOT, GraphML, CSV and Cypher.

pub mod dot;
pub mod json;
