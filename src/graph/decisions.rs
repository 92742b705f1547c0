//! Decisions a person made about entities after reviewing a graph: names that are one
//! entity, names that are different entities, and kinds. They are written in the
//! `decisions` section of a lexicon file and applied by every build that uses it:
//!
//! ```ron
//! (
//!     decisions: (
//!         merge: [("Reagan", "Ronald Reagan")],
//!         keep_apart: [("George Bush", "George W Bush")],
//!         kinds: [("Franz Ferdinand", organization)],
//!     ),
//! )
//! ```

use crate::model::EntityKind;
use serde::{Deserialize, Serialize};

/// A reviewer's decisions about entities.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decisions {
    /// Pairs of names of one entity: the entities answering to them become one node.
    pub merge: Vec<(String, String)>,
    /// Pairs of names of different entities, which are never merged.
    pub keep_apart: Vec<(String, String)>,
    /// The kind of the entity of a name, whatever the articles suggest.
    pub kinds: Vec<(String, EntityKind)>,
}

impl Decisions {
    /// Add another file's decisions to these.
    pub fn extend(&mut self, other: Decisions) {
        self.merge.extend(other.merge);
        self.keep_apart.extend(other.keep_apart);
        self.kinds.extend(other.kinds);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_read_from_ron_and_extend() {
        let mut d: Decisions = ron::from_str(
            r#"(merge: [("Reagan", "Ronald Reagan")], kinds: [("Yukos", organization)])"#,
        )
        .unwrap();
        assert_eq!(d.kinds, vec![("Yukos".into(), EntityKind::Organization)]);
        d.extend(Decisions {
            keep_apart: vec![("A".into(), "B".into())],
            ..Decisions::default()
        });
        assert_eq!(d.merge.len(), 1);
        assert_eq!(d.keep_apart.len(), 1);
    }
}
