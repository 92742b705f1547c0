//! Questions asked of the graph: name resolution, paths, neighbourhoods, meetings,
//! centrality.
//!
//! Every query runs over a [`topology::Topology`]: a compact, undirected adjacency built
//! once from the graph under a [`Filter`] (allowed relations and kinds, meetings as
//! hyperedges). A window of dates is applied before, by [`time::restrict`], which cuts
//! the graph down to what was reported inside it. Outputs are plain structs that serialise to JSON with a
//! stable field order and are sorted, so results can be diffed.

pub mod meetings;
pub mod neighbors;
pub mod overview;
pub mod path;
pub mod rank;
pub mod resolve;
pub mod review;
pub mod show;
pub mod time;
pub mod timeline;
pub mod topology;

#[cfg(test)]
pub(crate) mod testgraph;

pub use resolve::{resolve, resolve_list};

use crate::error::{Error, Param, Result};
use crate::graph::{Edge, KnowledgeGraph};
use crate::model::{EntityKind, Evidence, Modality, Relation};
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::BTreeSet;

/// An inclusive window of calendar dates, each end `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateWindow {
    /// First date kept.
    pub since: Option<String>,
    /// Last date kept.
    pub until: Option<String>,
}

impl DateWindow {
    /// A window from optional ends, checking their form and order.
    pub fn new(since: Option<&str>, until: Option<&str>) -> Result<DateWindow> {
        let since = since.map(|s| check_date(Param::Since, s)).transpose()?;
        let until = until.map(|s| check_date(Param::Until, s)).transpose()?;
        if let (Some(a), Some(b)) = (&since, &until) {
            let n = a.len().min(b.len());
            if a[..n] > b[..n] {
                return Err(Error::parameter(
                    Param::Since,
                    format!("{a} is later than the end date {b}"),
                ));
            }
        }
        Ok(DateWindow { since, until })
    }

    /// True when neither end is set.
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether a (possibly partial) date overlaps the window. Undated things are only
    /// kept by an open window, since nothing shows they fall inside it.
    pub fn contains(&self, date: Option<&str>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(d) = date else { return false };
        // Partial dates are intervals ("2010" is all of 2010): compare on the common
        // prefix so that they overlap the window rather than having to lie inside it.
        let cmp = |bound: &str| {
            let n = d.len().min(bound.len());
            d[..n].cmp(&bound[..n])
        };
        self.since.as_deref().is_none_or(|s| cmp(s).is_ge())
            && self.until.as_deref().is_none_or(|u| cmp(u).is_le())
    }
}

/// Check a `YYYY[-MM[-DD]]` date given as `param`.
fn check_date(param: Param, s: &str) -> Result<String> {
    let bad = || {
        Error::parameter(
            param,
            format!("{s:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
        )
    };
    let parts: Vec<&str> = s.split('-').collect();
    let widths = [4, 2, 2];
    if parts.is_empty() || parts.len() > 3 {
        return Err(bad());
    }
    for (i, p) in parts.iter().enumerate() {
        if p.len() != widths[i] || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
    }
    let num = |i: usize| parts.get(i).map(|p| p.parse::<u32>().unwrap_or(0));
    if num(1).is_some_and(|m| !(1..=12).contains(&m))
        || num(2).is_some_and(|d| !(1..=31).contains(&d))
    {
        return Err(bad());
    }
    Ok(s.to_string())
}

/// Which edges and nodes a query may use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Relations that may be followed; `None` for all.
    pub relations: Option<BTreeSet<Relation>>,
    /// Kinds allowed on intermediate (or listed) nodes; `None` for all.
    pub kinds: Option<BTreeSet<EntityKind>>,
    /// Treat a meeting as a hyperedge: two of its actors are one hop apart.
    pub meeting_hops: bool,
    /// Edges with fewer pieces of evidence are not followed.
    pub min_evidence: usize,
}

impl Default for Filter {
    fn default() -> Filter {
        Filter {
            relations: None,
            kinds: None,
            meeting_hops: true,
            min_evidence: 0,
        }
    }
}

impl Filter {
    /// Whether edges of this relation may be followed.
    pub fn allows_relation(&self, r: Relation) -> bool {
        self.relations.as_ref().is_none_or(|s| s.contains(&r))
    }

    /// Whether nodes of this kind may be passed through or listed.
    pub fn allows_kind(&self, k: EntityKind) -> bool {
        self.kinds.as_ref().is_none_or(|s| s.contains(&k))
    }

    /// Whether an edge may be followed: its relation is allowed and it has enough
    /// evidence.
    pub fn allows_edge(&self, e: &Edge) -> bool {
        self.allows_relation(e.relation) && e.evidence.len() >= self.min_evidence
    }

    /// True when the filter restricts which edges may be followed (relations or an
    /// amount of evidence), so that nodes may be left without any.
    pub fn restricts_edges(&self) -> bool {
        self.relations.is_some() || self.min_evidence > 1
    }
}

/// The evidence to show for an edge: the first asserted one, else the first.
pub fn best_evidence(e: &Edge) -> Option<&Evidence> {
    e.evidence
        .iter()
        .find(|ev| ev.modality == Modality::Asserted)
        .or_else(|| e.evidence.first())
}

/// Parse a comma-separated list of relation names; `meeting` stands for the three
/// meeting roles (participant_in, organized, mediated).
pub fn parse_relations(list: &str) -> Result<BTreeSet<Relation>> {
    let mut out = BTreeSet::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if name == "meeting" {
            out.extend(
                Relation::ALL
                    .iter()
                    .copied()
                    .filter(|r| r.is_meeting_role()),
            );
            continue;
        }
        let r = Relation::parse(name).ok_or_else(|| {
            let all: Vec<&str> = Relation::ALL.iter().map(|r| r.as_str()).collect();
            Error::Query(format!(
                "unknown relation {name:?}; known relations: meeting, {}",
                all.join(", ")
            ))
        })?;
        out.insert(r);
    }
    if out.is_empty() {
        return Err(Error::Query("empty list of relations".into()));
    }
    Ok(out)
}

/// Parse a comma-separated list of entity kinds.
pub fn parse_kinds(list: &str) -> Result<BTreeSet<EntityKind>> {
    let mut out = BTreeSet::new();
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        let k = EntityKind::parse(name).ok_or_else(|| {
            let all: Vec<&str> = EntityKind::ALL.iter().map(|k| k.as_str()).collect();
            Error::Query(format!(
                "unknown kind {name:?}; known kinds: {}",
                all.join(", ")
            ))
        })?;
        out.insert(k);
    }
    if out.is_empty() {
        return Err(Error::Query("empty list of kinds".into()));
    }
    Ok(out)
}

/// A node as it appears in query output.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct NodeRef {
    /// Node id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
}

impl NodeRef {
    /// The output form of a node.
    pub fn new(g: &KnowledgeGraph, ix: NodeIndex) -> NodeRef {
        let n = g.node(ix);
        NodeRef {
            id: n.id.clone(),
            name: n.name.clone(),
            kind: n.kind,
        }
    }
}

/// A piece of evidence as it appears in query output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EvidenceRef {
    /// Document id.
    pub doc: String,
    /// Sentence number in the document.
    pub sentence: usize,
    /// The sentence.
    pub text: String,
    /// Rule that read it.
    pub rule: String,
    /// Asserted, planned, hypothetical or negated.
    pub modality: Modality,
    /// Document date, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl From<&Evidence> for EvidenceRef {
    fn from(e: &Evidence) -> EvidenceRef {
        EvidenceRef {
            doc: e.doc.clone(),
            sentence: e.sentence,
            text: e.text.clone(),
            rule: e.rule.clone(),
            modality: e.modality,
            date: e.date.clone(),
        }
    }
}

/// A cap a query ran into: the answer is then partial, and says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitHit {
    /// Which cap: `paths`, `search_steps` or `neighbors`.
    pub limit: &'static str,
    /// Its value.
    pub value: u64,
    /// What it means for this answer, in words.
    pub note: String,
}

/// Lay rows out as a plain-text table with a header line.
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut width: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            width[i] = width[i].max(c.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut l = String::new();
        for (i, c) in cells.enumerate() {
            if i + 1 < width.len() {
                l.push_str(c);
                l.extend(std::iter::repeat_n(' ', width[i] - c.chars().count() + 2));
            } else {
                l.push_str(c);
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&mut headers.iter().copied());
    for r in rows {
        line(&mut r.iter().map(|s| s.as_str()));
    }
    out
}

/// Serialise query output as pretty JSON with a final newline.
pub fn to_json<T: Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("query output serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(DateWindow::new(Some("2010"), Some("2014-07-31")).is_ok());
        assert!(DateWindow::new(Some("2010-13"), None).is_err());
        assert!(DateWindow::new(Some("10-01-01"), None).is_err());
        assert!(DateWindow::new(Some("2014"), Some("2010")).is_err());
    }

    #[test]
    fn partial_dates_overlap_the_window() {
        let w = DateWindow::new(Some("2010-09"), Some("2013")).unwrap();
        assert!(w.contains(Some("2010-09-02")));
        assert!(w.contains(Some("2010")));
        assert!(w.contains(Some("2013-12-31")));
        assert!(!w.contains(Some("2010-08-31")));
        assert!(!w.contains(Some("2014-01-01")));
        assert!(!w.contains(None));
        assert!(DateWindow::default().contains(None));
    }

    #[test]
    fn relation_and_kind_lists_parse() {
        let r = parse_relations("consulted, meeting").unwrap();
        assert_eq!(r.len(), 4);
        assert!(r.contains(&Relation::Mediated));
        let e = parse_relations("consulted,hugged").unwrap_err().to_string();
        assert!(e.contains("\"hugged\""), "{e}");
        assert_eq!(
            parse_kinds("person,country")
                .unwrap()
                .into_iter()
                .collect::<Vec<_>>(),
            vec![EntityKind::Person, EntityKind::Country]
        );
        assert!(parse_kinds("people").is_err());
    }

    #[test]
    fn tables_align_columns() {
        let t = table(
            &["name", "n"],
            &[
                vec!["Abbas".into(), "1".into()],
                vec!["Li".into(), "22".into()],
            ],
        );
        assert_eq!(t, "name   n\nAbbas  1\nLi     22\n");
    }
}
