//! Everything merging documents into one graph needs besides the documents: how names
//! are compared, what reviewers decided, and the entities a lexicon knows beforehand.

use super::decisions::Decisions;
use super::names::{is_acronym, NameRules, NameVocabulary};
use crate::error::Result;
use crate::lexicon::{Hit, Lexicon};
use crate::model::{EntityKind, MentionForm};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// An entity known before reading, that a short form may stand for: "Reagan" for the
/// lexicon's Ronald Reagan in an article written while he was in office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownActor {
    /// Canonical name, which a node joined to it takes.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Other names, acronyms among them ("PLO").
    pub aliases: Vec<String>,
    /// First and last dates (`YYYY-MM-DD`, or shorter prefixes) on which a short form
    /// means this actor; `None` when it always may.
    pub active: Option<(String, String)>,
}

impl KnownActor {
    /// Whether a document of this date may mean the actor by a short form. An undated
    /// document may mean only an actor without dates.
    pub fn active_on(&self, date: Option<&str>) -> bool {
        match (&self.active, date) {
            (None, _) => true,
            (Some(_), None) => false,
            // Compared to the precision both give: "1981" falls in 1981-01-20..
            (Some((from, to)), Some(d)) => {
                let cut = |s: &str, n: usize| s.get(..n.min(s.len())).unwrap_or(s).to_string();
                cut(d, from.len()) >= cut(from, d.len()) && cut(d, to.len()) <= cut(to, d.len())
            }
        }
    }
}

/// How documents are merged into one graph.
#[derive(Debug, Clone)]
pub struct MergePolicy {
    /// Name comparison.
    pub names: NameRules,
    /// Reviewers' decisions, with the lexicon's forbidden merges as pairs kept apart.
    pub decisions: Decisions,
    /// People and organisations the lexicon knows, by which short forms may resolve.
    pub known: Vec<KnownActor>,
}

impl MergePolicy {
    /// The policy a lexicon gives: the embedded name vocabulary extended by the
    /// lexicon's `resolution` section, its `decisions` and `forbid` pairs, and its
    /// people and organisations as known actors.
    pub fn from_lexicon(lex: &Lexicon) -> Result<MergePolicy> {
        let mut vocab = NameVocabulary::embedded()?;
        vocab.extend(lex.name_vocabulary().clone());
        let mut decisions = lex.decisions().clone();
        decisions.keep_apart.extend(lex.forbidden_merges());
        Ok(MergePolicy {
            names: NameRules::new(&vocab, lex),
            decisions,
            known: known_actors(lex),
        })
    }
}

impl Default for MergePolicy {
    /// The policy of the embedded lexicon.
    fn default() -> MergePolicy {
        static EMBEDDED: OnceLock<MergePolicy> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let lex = Lexicon::embedded().expect("embedded lexicon parses");
                MergePolicy::from_lexicon(&lex).expect("embedded name rules parse")
            })
            .clone()
    }
}

/// The lexicon's people and organisations with their other names: the surfaces that
/// name them, in surface order.
fn known_actors(lex: &Lexicon) -> Vec<KnownActor> {
    let mut by_entry: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (surface, hit) in lex.surfaces() {
        if let Hit::Entity {
            entry,
            form: MentionForm::Name,
            ..
        } = hit
        {
            let kind = lex.entries[entry].kind;
            if matches!(kind, EntityKind::Person | EntityKind::Organization) {
                // Surfaces are stored as tokens; "U.N" "." reads "U.N." again.
                let name = surface.replace(" .", ".");
                by_entry.entry(entry).or_default().push(name);
            }
        }
    }
    by_entry
        .into_iter()
        .map(|(entry, surfaces)| {
            let e = &lex.entries[entry];
            KnownActor {
                name: e.name.clone(),
                kind: e.kind,
                aliases: surfaces.into_iter().filter(|s| *s != e.name).collect(),
                active: None,
            }
        })
        .collect()
}

/// True when a known actor's alias is an acronym of it.
pub fn acronym_aliases(actor: &KnownActor) -> impl Iterator<Item = &str> {
    actor
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|a| is_acronym(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_are_active_between_their_dates() {
        let a = KnownActor {
            name: "Ana Kos".into(),
            kind: EntityKind::Person,
            aliases: vec![],
            active: Some(("1981-01-20".into(), "1989-01-20".into())),
        };
        assert!(a.active_on(Some("1987-03-02")));
        assert!(a.active_on(Some("1981")));
        assert!(!a.active_on(Some("1990-01-01")));
        assert!(!a.active_on(None));
    }

    #[test]
    fn the_embedded_lexicon_gives_known_organisations_with_acronyms() {
        let p = MergePolicy::default();
        let pa = p
            .known
            .iter()
            .find(|a| a.name == "Palestinian Authority")
            .expect("a known organisation");
        assert!(acronym_aliases(pa).any(|a| a == "PA"), "{pa:?}");
    }
}
