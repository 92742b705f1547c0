//! Finding mentions of people, organisations, countries and places, and resolving them
//! to document entities (within-document coreference).
//!
//! Three steps:
//! 1. [`scan`]: per sentence, lexicon matches (names, demonyms, titles) and runs of
//!    capitalised words ("chunks") with the evidence around them.
//! 2. [`names`]: chunks are classified from evidence gathered over the whole document
//!    (given names, organisation words, titles before, prepositions, speech verbs) and
//!    grouped into entities; lone surnames and near-miss spellings are linked to full names.
//! 3. [`coref`]: titles, role nominals ("the Israeli prime minister") and pronouns are
//!    resolved, and the affiliations titles imply are recorded as [`TitleLink`]s.

mod coref;
mod descriptions;
mod names;
pub mod roles;
mod scan;
mod speaker;
#[cfg(test)]
mod tests;

use super::{Context, LocalEntity, Mention};
use crate::model::{Relation, Span};
use serde::{Deserialize, Serialize};

/// Sentences before its own that a reference to an organisation by no name ("the
/// firm", "its", "Chief executive X said") reaches back for the organisation named.
pub const ORG_BACK_SENTENCES: usize = 2;

/// The rule id of a title read right before its holder's name: "Chief executive Ann Lee".
pub const TITLE_BEFORE_NAME_RULE: &str = "title-before-name";

/// What a title says about its holder: "Israeli Prime Minister Benjamin Netanyahu" gives
/// Netanyahu the role "prime minister" and links him to Israel by `leads`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleLink {
    /// The person holding the title (entity index).
    pub person: usize,
    /// Span of the title (with the organisation or country named in it, if any).
    pub title_span: Span,
    /// The role, lower case ("prime minister").
    pub role: String,
    /// The country or organisation the title names (entity index), if any.
    pub org: Option<usize>,
    /// Sentence index.
    pub sentence: usize,
    /// The relation the title implies between person and `org`: leads, member_of or
    /// represents.
    pub implies: Relation,
    /// Id of the rule that read it ("title-before-name", "apposition").
    pub rule: String,
}

/// Mentions, entities and title links of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The document's entities.
    pub entities: Vec<LocalEntity>,
    /// Affiliations stated by titles.
    pub titles: Vec<TitleLink>,
    /// For each entity, the entry of the lexicon's generated tables it is, if known.
    pub known: Vec<Option<u32>>,
    /// The document reports games (scores, words of sport in its headline): "X will
    /// meet Y" there is a fixture.
    pub reports_games: bool,
}

/// All mentions of the document and the entities they resolve to.
pub fn find(cx: &Context<'_>) -> (Vec<Mention>, Vec<LocalEntity>) {
    let f = find_all(cx);
    (f.mentions, f.entities)
}

/// Add the descriptions around names ("a bank in Athens") to a document's mentions, as
/// nominal mentions of no entity.
pub fn add_descriptions(cx: &Context<'_>, mentions: &mut Vec<Mention>) {
    descriptions::add(cx, mentions);
}

/// Mentions, entities and title links.
pub fn find_all(cx: &Context<'_>) -> Found {
    let scanned = scan::scan(cx);
    let mut doc = names::resolve(cx, scanned);
    coref::resolve(cx, &mut doc);
    speaker::resolve_first_person(cx, &mut doc);
    doc.finish(cx)
}
