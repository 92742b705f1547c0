//! Typed relations between resolved mentions, read by patterns from a RON rule set.

use super::{Context, LocalEntity, LocalRelation, Mention};

/// Relation and meeting patterns.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {}

impl RuleSet {
    /// The embedded default rules.
    pub fn embedded() -> crate::Result<RuleSet> {
        Ok(RuleSet {})
    }
}

/// All relations stated in the document.
pub fn find(
    cx: &Context<'_>,
    mentions: &[Mention],
    entities: &[LocalEntity],
) -> Vec<LocalRelation> {
    let _ = (cx, mentions, entities);
    Vec::new()
}
