//! Extraction: from one document's text to its mentions, entities, relations and meetings.
//!
//! Entity indices in an [`Extraction`] are local to the document; the graph layer
//! resolves them against entities from other documents.

pub mod dates;
pub mod layer;
pub mod lineup;
pub mod meetings;
pub mod mentions;
pub mod output;
pub mod pattern;
pub mod relations;
pub mod rules;

use crate::input::{Document, DocumentMeta};
use crate::lexicon::Lexicon;
use crate::model::{EntityKind, Evidence, MeetingStatus, MentionForm, Relation, Span};
use crate::text::{self, Segmented};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One reference to an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte span of the mention (the name only, without titles).
    pub span: Span,
    /// The mention's text.
    pub text: String,
    /// Kind of the entity referred to.
    pub kind: EntityKind,
    /// Name, demonym, title, nominal or pronoun.
    pub form: MentionForm,
    /// Index of the entity in [`Extraction::entities`], when resolved.
    pub entity: Option<usize>,
    /// Sentence index.
    pub sentence: usize,
}

/// An entity found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalEntity {
    /// Canonical name: the longest full name seen, or the lexicon's name.
    pub name: String,
    /// Person, organization, country or place.
    pub kind: EntityKind,
    /// Other surface forms in this document, each with the rule that linked it.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
    /// Roles stated for the entity ("prime minister"), lower case.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Number of mentions resolved to it.
    pub mentions: usize,
    /// The kind was guessed from weak evidence ("in X", "the X"), not read from the
    /// lexicon or a strong cue ("X province", "Mr X"); merging across documents may
    /// then overrule it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub kind_guessed: bool,
    /// The country it belongs to (a city's) or comes from (a person's nationality, an
    /// actor's country in the lexicon), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A relation between two entities of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalRelation {
    /// Index of the source entity.
    pub source: usize,
    /// The relation.
    pub relation: Relation,
    /// Index of the target entity.
    pub target: usize,
    /// Where it was read.
    pub evidence: Evidence,
}

/// An actor's role in a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingRole {
    /// Index of the actor.
    pub entity: usize,
    /// `participant_in`, `organized` or `mediated`.
    pub relation: Relation,
    /// Where it was read.
    pub evidence: Evidence,
}

/// A meeting found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalMeeting {
    /// A short human label ("Kerry and Netanyahu in Rome").
    pub label: String,
    /// Actors and their roles.
    pub roles: Vec<MeetingRole>,
    /// Where it was held, with evidence.
    pub place: Option<(usize, Evidence)>,
    /// Time as written ("Sunday", "September 14 and 15").
    pub when: Option<String>,
    /// Time resolved to an ISO date (or `YYYY-MM`, `YYYY`) when the article is dated.
    pub date: Option<String>,
    /// Held, planned or cancelled.
    pub status: MeetingStatus,
    /// Every sentence that refers to this meeting.
    pub evidence: Vec<Evidence>,
}

/// Everything found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document's metadata (id, date, dateline...).
    pub doc: DocumentMeta,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The document's entities.
    pub entities: Vec<LocalEntity>,
    /// Relations between entities.
    pub relations: Vec<LocalRelation>,
    /// Meetings.
    pub meetings: Vec<LocalMeeting>,
    /// Affiliations stated by titles ("Israeli Prime Minister Benjamin Netanyahu"), for
    /// turning into `leads` / `member_of` / `represents` relations.
    #[serde(default)]
    pub titles: Vec<mentions::TitleLink>,
    /// Safety caps this document hit ("sentence 3 cut at 1000 tokens"), so a user can
    /// see where extraction stopped reading.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
}

/// Lexicon and rules, loaded once and shared by every document.
#[derive(Debug, Clone)]
pub struct Resources {
    /// Names, titles, demonyms and organisation words.
    pub lexicon: Lexicon,
    /// Relation and meeting patterns.
    pub rules: rules::RuleSet,
}

impl Resources {
    /// The embedded defaults.
    pub fn embedded() -> crate::Result<Resources> {
        // Extraction tags every document: the tagger loads while the lexicon is read.
        crate::text::tagger::Tagger::load_in_background();
        Ok(Resources {
            lexicon: Lexicon::embedded()?,
            rules: rules::RuleSet::embedded()?,
        })
    }
}

/// Everything extraction stages read about a document.
pub struct Context<'a> {
    /// The document.
    pub doc: &'a Document,
    /// Its sentences and tokens.
    pub seg: &'a Segmented,
    /// Shared resources.
    pub res: &'a Resources,
}

impl Context<'_> {
    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.doc.text[span.start..span.end]
    }

    /// Evidence for a relation read in sentence `sentence` over `span` by `rule`.
    pub fn evidence(&self, sentence: usize, span: Span, rule: &str) -> Evidence {
        let s = &self.seg.sentences[sentence];
        Evidence {
            doc: self.doc.meta.id.clone(),
            sentence,
            span,
            text: self.slice(s.span).to_string(),
            rule: rule.to_string(),
            modality: Default::default(),
            attributed_to: None,
            date: self.doc.meta.date.clone(),
            valid: None,
        }
    }
}

/// The document's words: none in sentences without mentions, tagged in those with
/// enough mentions for a relation.
fn read_words(cx: &Context<'_>, mentions: &[Mention]) -> layer::Layer {
    let mut per_sentence = vec![0usize; cx.seg.sentences.len()];
    for m in mentions {
        if let Some(n) = per_sentence.get_mut(m.sentence) {
            *n += 1;
        }
    }
    layer::Layer::build(
        &cx.doc.text,
        cx.seg,
        &cx.res.rules,
        |si| match per_sentence[si] {
            0 => layer::Depth::Skip,
            // 'X said: "We will win. Y has failed."': a quotation going on from a
            // sentence naming someone holds a second actor, its speaker.
            1 if continues_quotation(cx, &per_sentence, si) => layer::Depth::Tagged,
            n if n < layer::MIN_SLOTS_FOR_STRUCTURE => layer::Depth::Words,
            _ => layer::Depth::Tagged,
        },
    )
}

/// Whether sentence `si` goes on with a quotation after a sentence naming someone, who
/// may be its speaker.
fn continues_quotation(cx: &Context<'_>, per_sentence: &[usize], si: usize) -> bool {
    si.checked_sub(1)
        .is_some_and(|p| per_sentence[p] > 0 && layer::quote_goes_on(cx, si))
}

/// The embedded resources, loaded once for the tests of every module.
#[cfg(test)]
pub(crate) fn test_resources() -> &'static Resources {
    static R: std::sync::OnceLock<Resources> = std::sync::OnceLock::new();
    R.get_or_init(|| Resources::embedded().expect("embedded resources load"))
}

/// Run the whole extraction on one document.
pub fn extract(doc: &Document, res: &Resources) -> Extraction {
    let seg = text::segment_with(&doc.text, res.lexicon.text_vocabulary());
    let cx = Context {
        doc,
        seg: &seg,
        res,
    };
    let found = mentions::find_all(&cx);
    let known_roles = mentions::roles::lexicon_roles(&cx, &found);
    let mentions::Found {
        mentions,
        entities,
        titles,
        reports_games,
        ..
    } = found;
    let words = read_words(&cx, &mentions);
    let folded = layer::Folded::of(&cx, &words, &mentions, &entities, reports_games);
    let mut relations = relations::find(&cx, &folded, &entities);
    relations::add_titles(&cx, &titles, &mentions, &mut relations);
    relations::add_offices(&cx, &titles, &mentions, &entities, &mut relations);
    relations::add_nationalities(&cx, &mentions, &entities, reports_games, &mut relations);
    relations::add_team_links(&cx, &mentions, &entities, reports_games, &mut relations);
    relations.extend(known_roles);
    let mut meetings = meetings::find(&cx, &folded, &entities, &relations, reports_games);
    let mut meta = doc.meta.clone();
    if meta.dateline.is_none() {
        meta.dateline = seg.dateline.clone();
    }
    let mut limits = limits_hit(&seg);
    cap_per_sentence(&mut relations, &mut meetings, &mut limits);
    let mut mentions = mentions;
    mentions::add_descriptions(&cx, &mut mentions);
    Extraction {
        doc: meta,
        mentions,
        entities,
        relations,
        meetings,
        titles,
        limits,
    }
}

/// The caps a segmented document runs into: sentences cut at
/// [`text::MAX_SENTENCE_TOKENS`], and sentences too long for relation patterns
/// ([`layer::MAX_TOKENS`]), which keep their mentions but yield no relations.
fn limits_hit(seg: &Segmented) -> Vec<String> {
    let mut out = Vec::new();
    for s in &seg.sentences {
        let n = s.tokens.len();
        if n >= text::MAX_SENTENCE_TOKENS {
            out.push(format!(
                "sentence {} cut at {} tokens",
                s.index,
                text::MAX_SENTENCE_TOKENS
            ));
        } else if n > layer::MAX_TOKENS {
            out.push(format!(
                "sentence {} has {n} tokens, over {}: relations not read",
                s.index,
                layer::MAX_TOKENS
            ));
        }
    }
    out
}

/// The merge rule of a country's body's unscoped name ("Parliament" for "Japan
/// Parliament"): the name the article used, but no evidence for another article's body.
pub const COUNTRY_BODY_RULE: &str = "country-body";

/// Most relations kept from one sentence, and most roles one meeting takes from one
/// sentence. News prose states a handful; a sentence yielding more is a list, and as
/// each piece of evidence carries its sentence, keeping them all would let what is
/// stored grow with the square of a sentence's length.
pub const MAX_RELATIONS_PER_SENTENCE: usize = 32;

/// Keep the first [`MAX_RELATIONS_PER_SENTENCE`] relations of each sentence, and of each
/// meeting's roles from one sentence, noting every sentence cut in `limits`.
fn cap_per_sentence(
    relations: &mut Vec<LocalRelation>,
    meetings: &mut [LocalMeeting],
    limits: &mut Vec<String>,
) {
    const MAX: usize = MAX_RELATIONS_PER_SENTENCE;
    let mut per: BTreeMap<usize, usize> = BTreeMap::new();
    relations.retain(|r| {
        let n = per.entry(r.evidence.sentence).or_default();
        *n += 1;
        *n <= MAX
    });
    for (s, n) in per.into_iter().filter(|&(_, n)| n > MAX) {
        limits.push(format!(
            "sentence {s} gave {n} relations: the first {MAX} kept"
        ));
    }
    for m in meetings {
        let mut per: BTreeMap<usize, usize> = BTreeMap::new();
        m.roles.retain(|r| {
            let n = per.entry(r.evidence.sentence).or_default();
            *n += 1;
            *n <= MAX
        });
        for (s, n) in per.into_iter().filter(|&(_, n)| n > MAX) {
            limits.push(format!(
                "sentence {s} gave meeting \"{}\" {n} roles: the first {MAX} kept",
                m.label
            ));
        }
    }
}

#[cfg(test)]
mod cap_tests {
    use super::*;

    fn ev(sentence: usize) -> Evidence {
        Evidence::new("d", sentence, Span::new(0, 1), "x", "r")
    }

    #[test]
    fn relations_and_roles_per_sentence_are_capped_and_noted() {
        let rel = |source: usize, sentence: usize| LocalRelation {
            source,
            relation: Relation::Consulted,
            target: 0,
            evidence: ev(sentence),
        };
        let mut relations: Vec<LocalRelation> = (1..=40)
            .map(|i| rel(i, 2))
            .chain((1..=5).map(|i| rel(i, 3)))
            .collect();
        let role = |entity: usize, sentence: usize| MeetingRole {
            entity,
            relation: Relation::ParticipantIn,
            evidence: ev(sentence),
        };
        let mut meetings = vec![LocalMeeting {
            label: "summit".into(),
            roles: (0..50).map(|i| role(i, 7)).chain([role(99, 8)]).collect(),
            place: None,
            when: None,
            date: None,
            status: MeetingStatus::Held,
            evidence: vec![ev(7)],
        }];
        let mut limits = vec!["earlier".to_string()];
        cap_per_sentence(&mut relations, &mut meetings, &mut limits);
        assert_eq!(relations.len(), MAX_RELATIONS_PER_SENTENCE + 5);
        // The first ones are kept, in their order.
        assert_eq!(relations[31].source, 32);
        assert_eq!(relations[32].evidence.sentence, 3);
        assert_eq!(meetings[0].roles.len(), MAX_RELATIONS_PER_SENTENCE + 1);
        assert_eq!(meetings[0].roles.last().unwrap().entity, 99);
        assert_eq!(
            limits,
            [
                "earlier",
                "sentence 2 gave 40 relations: the first 32 kept",
                "sentence 7 gave meeting \"summit\" 50 roles: the first 32 kept"
            ]
        );
        // Under the cap nothing changes.
        let before = relations.clone();
        let mut limits = Vec::new();
        cap_per_sentence(&mut relations, &mut [], &mut limits);
        assert_eq!(relations, before);
        assert!(limits.is_empty());
    }
}
