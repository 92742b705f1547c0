//! The vocabulary shared by every stage: entity kinds, mention forms, relations and evidence.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a node in the graph stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A human actor.
    Person,
    /// A company, party, agency, armed group, news outlet or international body.
    Organization,
    /// A sovereign state (or a people acting as one, e.g. "the Palestinians").
    Country,
    /// A city, region, territory or building.
    Place,
    /// A meeting, summit, call or talks: an event node that actors take part in.
    Meeting,
}

impl EntityKind {
    /// All kinds, in display order.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Country,
        EntityKind::Place,
        EntityKind::Meeting,
    ];

    /// The snake_case name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
            EntityKind::Meeting => "meeting",
        }
    }

    /// Parse the snake_case name.
    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an entity is referred to at one place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionForm {
    /// A proper name: "Benjamin Netanyahu", "Netanyahu", "Hamas".
    Name,
    /// An adjective of nationality: "Israeli".
    Demonym,
    /// A title standing before or for a name: "Prime Minister".
    Title,
    /// A role noun phrase: "the Israeli prime minister", "the secretary".
    Nominal,
    /// A personal pronoun: "he", "she", "they".
    Pronoun,
}

impl MentionForm {
    /// The snake_case name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Demonym => "demonym",
            MentionForm::Title => "title",
            MentionForm::Nominal => "nominal",
            MentionForm::Pronoun => "pronoun",
        }
    }
}

/// The family a relation belongs to; drives colours and styles in diagrams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationFamily {
    /// Who belongs to or heads what.
    Affiliation,
    /// Roles of actors in meetings, and where meetings happen.
    MeetingRole,
    /// Contact and cooperation.
    Cooperation,
    /// Opposition, pressure and violence.
    Conflict,
}

macro_rules! relations {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $family:ident; )*) => {
        /// A typed, directed relation between two entities (source → target).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Relation {
            $( $(#[$doc])* $variant, )*
        }

        impl Relation {
            /// Every relation, in vocabulary order.
            pub const ALL: &'static [Relation] = &[$(Relation::$variant,)*];

            /// The snake_case name used in files, exports and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $(Relation::$variant => $name,)* }
            }

            /// The family of this relation.
            pub fn family(self) -> RelationFamily {
                match self { $(Relation::$variant => RelationFamily::$family,)* }
            }
        }
    };
}

relations! {
    /// Heads a country, organisation or delegation.
    Leads = "leads", Affiliation;
    /// Works for, is an official, spokesperson or journalist of.
    MemberOf = "member_of", Affiliation;
    /// Envoy, representative or negotiator for.
    Represents = "represents", Affiliation;
    /// An organisation inside another, or a country in a bloc.
    PartOf = "part_of", Affiliation;
    /// Rules or administers a territory.
    Governs = "governs", Affiliation;
    /// Allied with (symmetric).
    AlliedWith = "allied_with", Cooperation;
    /// Actor → meeting it took part in.
    ParticipantIn = "participant_in", MeetingRole;
    /// Actor → meeting it hosted, convened or led.
    Organized = "organized", MeetingRole;
    /// Actor → meeting it brokered, facilitated or mediated.
    Mediated = "mediated", MeetingRole;
    /// Meeting → place where it was held.
    HeldIn = "held_in", MeetingRole;
    /// Spoke with, phoned or talked to (symmetric).
    Consulted = "consulted", Cooperation;
    /// Asked, urged, pressed, called on or demanded of.
    AppealedTo = "appealed_to", Cooperation;
    /// Told or informed.
    Told = "told", Cooperation;
    /// Travelled or appeared together with.
    Accompanied = "accompanied", Cooperation;
    /// Went to a place or country.
    Visited = "visited", Cooperation;
    /// Backed, endorsed or favoured.
    Supports = "supports", Cooperation;
    /// Condemned, accused or warned.
    Criticized = "criticized", Conflict;
    /// Refused, opposed or dismissed.
    Rejected = "rejected", Conflict;
    /// Threatened.
    Threatened = "threatened", Conflict;
    /// Military or violent action against.
    Attacked = "attacked", Conflict;
}

impl Relation {
    /// Parse the snake_case name.
    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.iter().copied().find(|r| r.as_str() == s)
    }

    /// Relations that read the same in both directions.
    pub fn is_symmetric(self) -> bool {
        matches!(self, Relation::AlliedWith | Relation::Consulted)
    }

    /// Roles linking an actor into a meeting node.
    pub fn is_meeting_role(self) -> bool {
        matches!(
            self,
            Relation::ParticipantIn | Relation::Organized | Relation::Mediated
        )
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a relation is stated as fact, denied, possible or intended.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as having happened or being true.
    #[default]
    Asserted,
    /// Intended or scheduled ("will meet", "is expected to").
    Planned,
    /// Possible or conditional ("could", "may", "threatened to").
    Hypothetical,
    /// Denied ("did not reject", "refused to meet").
    Negated,
}

impl Modality {
    /// The snake_case name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Hypothetical => "hypothetical",
            Modality::Negated => "negated",
        }
    }
}

/// The status of a meeting.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// It took place.
    #[default]
    Held,
    /// It is scheduled or intended.
    Planned,
    /// It was called off or refused.
    Cancelled,
}

impl MeetingStatus {
    /// The snake_case name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingStatus::Held => "held",
            MeetingStatus::Planned => "planned",
            MeetingStatus::Cancelled => "cancelled",
        }
    }
}

/// A half-open byte range `[start, end)` into a document's original text.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies within this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Why an edge exists: where it was read, and which rule read it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub doc: String,
    /// Sentence number within the document (0-based, counting only prose sentences).
    pub sentence: usize,
    /// Byte span of the evidence in the document's original text.
    pub span: Span,
    /// The sentence text, so evidence can be shown without the article.
    pub text: String,
    /// Id of the rule that produced the relation.
    pub rule: String,
    /// Asserted, planned, hypothetical or negated.
    #[serde(default)]
    pub modality: Modality,
    /// Who the statement is attributed to, for reported speech ("X said ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    /// Publication date of the document (ISO `YYYY-MM-DD`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The dates between which the relation is known to hold, for a role the lexicon
    /// gives with its term ("leads United States from 1981-01-20 to 1989-01-20").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<Validity>,
}

/// The days a role holds between (ISO `YYYY-MM-DD`); an end left open is not known to
/// have one.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Validity {
    /// The first day, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The last day, if the role has ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

impl Validity {
    /// The smallest term covering both: the earlier start and the later end, an open
    /// end on either side staying open.
    pub fn union(&self, other: &Validity) -> Validity {
        let end = |a: &Option<String>, b: &Option<String>, later: bool| match (a, b) {
            (Some(a), Some(b)) => Some(if (a < b) == later { b } else { a }.clone()),
            _ => None,
        };
        Validity {
            from: end(&self.from, &other.from, false),
            to: end(&self.to, &other.to, true),
        }
    }

    /// "1981-01-20 to 1989-01-20", "from 2001-01-20", "until 1989-01-20" or "with no
    /// dates known".
    pub fn describe(&self) -> String {
        match (&self.from, &self.to) {
            (Some(f), Some(t)) => format!("{f} to {t}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("until {t}"),
            (None, None) => "with no dates known".to_string(),
        }
    }
}

impl Evidence {
    /// Asserted evidence with no attribution and no date.
    pub fn new(
        doc: impl Into<String>,
        sentence: usize,
        span: Span,
        text: impl Into<String>,
        rule: impl Into<String>,
    ) -> Evidence {
        Evidence {
            doc: doc.into(),
            sentence,
            span,
            text: text.into(),
            rule: rule.into(),
            modality: Modality::Asserted,
            attributed_to: None,
            date: None,
            valid: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Validity;

    fn term(from: Option<&str>, to: Option<&str>) -> Validity {
        Validity {
            from: from.map(str::to_string),
            to: to.map(str::to_string),
        }
    }

    #[test]
    fn terms_join_into_the_smallest_covering_term() {
        let first = term(Some("1981-01-20"), Some("1985-01-20"));
        let second = term(Some("1985-01-20"), Some("1989-01-20"));
        assert_eq!(
            first.union(&second),
            term(Some("1981-01-20"), Some("1989-01-20"))
        );
        assert_eq!(second.union(&first), first.union(&second));
        // An open end stays open: a role still held has no last day.
        let current = term(Some("2001-01-20"), None);
        assert_eq!(first.union(&current), term(Some("1981-01-20"), None));
        assert_eq!(first.union(&current).describe(), "from 1981-01-20");
        assert_eq!(first.describe(), "1981-01-20 to 1985-01-20");
        assert_eq!(
            term(None, Some("1989-01-20")).describe(),
            "until 1989-01-20"
        );
    }
}
