//! A small hand-built graph with the awkward cases exporters get wrong: quotes,
//! backslashes, non-ASCII and line breaks in names and sentences, two relations between
//! one pair, planned and negated evidence, meetings with dates and places.

use newsgraph::graph::{KnowledgeGraph, MeetingInfo, Node};
use newsgraph::model::{EntityKind, Evidence, MeetingStatus, Modality, Relation, Span};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The graph, where it is saved, and the nodes and edges tests refer to.
pub struct Sample {
    pub g: KnowledgeGraph,
    pub file: PathBuf,
    pub netanyahu: NodeIndex,
    pub abbas: NodeIndex,
    pub talks: NodeIndex,
    pub criticized: EdgeIndex,
}

fn node(g: &mut KnowledgeGraph, kind: EntityKind, name: &str, aliases: &[&str]) -> NodeIndex {
    let ix = g.add_node(Node {
        mentions: 2,
        ..Node::new(kind, name)
    });
    for a in aliases {
        g.add_alias(ix, a);
    }
    ix
}

fn meeting(g: &mut KnowledgeGraph, name: &str, date: &str, status: MeetingStatus) -> NodeIndex {
    let ix = node(g, EntityKind::Meeting, name, &[]);
    g.graph[ix].meeting = Some(MeetingInfo {
        when: Some("on Thursday".into()),
        date: Some(date.into()),
        status,
    });
    ix
}

#[allow(clippy::too_many_arguments)]
fn link(
    g: &mut KnowledgeGraph,
    s: NodeIndex,
    r: Relation,
    t: NodeIndex,
    doc: &str,
    date: &str,
    modality: Modality,
    text: &str,
) -> EdgeIndex {
    for ix in [s, t] {
        g.graph[ix].documents.insert(doc.into());
    }
    let sentence = g.edge_count();
    g.add_evidence(
        s,
        r,
        t,
        Evidence {
            doc: doc.into(),
            sentence,
            span: Span::new(0, text.len()),
            text: text.into(),
            rule: format!("test-{r}"),
            modality,
            attributed_to: None,
            date: Some(date.into()),
            valid: None,
        },
    )
}

/// Build the graph and save it as RON in `dir`.
pub fn sample(dir: &Path) -> Sample {
    use EntityKind::*;
    use Modality::*;
    use Relation::*;
    let mut g = KnowledgeGraph::new();
    let netanyahu = node(&mut g, Person, "Benjamin Netanyahu", &["Netanyahu", "Bibi"]);
    let abbas = node(&mut g, Person, "Mahmoud Abbas", &["Abbas", "Abu Mazen"]);
    let clinton = node(&mut g, Person, "Hillary Clinton", &["Clinton"]);
    let erdogan = node(&mut g, Person, "Recep Tayyip Erdoğan", &["Erdoğan"]);
    let odd = node(
        &mut g,
        Person,
        "Abu \"The Fox\" al-Masri \\ Jr.",
        &["O'Neill, \"Fox\""],
    );
    let israel = node(&mut g, Country, "Israel", &[]);
    let pa = node(&mut g, Organization, "Palestinian Authority", &["PA"]);
    let us = node(&mut g, Country, "United States", &["U.S."]);
    let turkey = node(&mut g, Country, "Türkiye", &["Turkey"]);
    let washington = node(&mut g, Place, "Washington", &[]);
    let ankara = node(&mut g, Place, "Ankara", &[]);
    let talks = meeting(
        &mut g,
        "Netanyahu-Abbas talks",
        "2010-09-02",
        MeetingStatus::Held,
    );
    let summit = meeting(&mut g, "Ankara summit", "2016-03", MeetingStatus::Planned);
    g.graph[netanyahu].roles.insert("prime minister".into());

    let d1 = ("2010-washington", "2010-09-02");
    let d2 = ("2016-ankara", "2016-02-21");
    let w = "Netanyahu and Abbas met in Washington on Thursday at talks hosted by Clinton.";
    link(
        &mut g,
        netanyahu,
        Leads,
        israel,
        d1.0,
        d1.1,
        Asserted,
        "Israeli Prime Minister Benjamin Netanyahu spoke first.",
    );
    link(
        &mut g,
        abbas,
        Leads,
        pa,
        d1.0,
        d1.1,
        Asserted,
        "Palestinian Authority President Mahmoud Abbas replied.",
    );
    link(
        &mut g,
        clinton,
        MemberOf,
        us,
        d1.0,
        d1.1,
        Asserted,
        "U.S. Secretary of State Hillary Clinton opened the talks.",
    );
    for p in [netanyahu, abbas] {
        link(&mut g, p, ParticipantIn, talks, d1.0, d1.1, Asserted, w);
    }
    link(&mut g, clinton, Organized, talks, d1.0, d1.1, Asserted, w);
    link(&mut g, talks, HeldIn, washington, d1.0, d1.1, Asserted, w);
    link(
        &mut g,
        clinton,
        AppealedTo,
        netanyahu,
        d1.0,
        d1.1,
        Asserted,
        "Clinton urged Netanyahu to \"extend\" the freeze.",
    );
    let criticized = link(
        &mut g,
        netanyahu,
        Criticized,
        abbas,
        d2.0,
        d2.1,
        Asserted,
        "Netanyahu accused Abbas of incitement </script> in a speech.",
    );
    link(
        &mut g,
        netanyahu,
        Criticized,
        abbas,
        d1.0,
        d1.1,
        Asserted,
        "Netanyahu again accused Abbas.",
    );
    link(
        &mut g,
        netanyahu,
        Consulted,
        abbas,
        d1.0,
        d1.1,
        Asserted,
        "Netanyahu spoke with Abbas by phone.",
    );
    link(
        &mut g,
        erdogan,
        Leads,
        turkey,
        d2.0,
        d2.1,
        Asserted,
        "Turkish President Recep Tayyip Erdoğan said\nhe would host a summit.",
    );
    link(
        &mut g,
        erdogan,
        Organized,
        summit,
        d2.0,
        d2.1,
        Planned,
        "Erdoğan will host a summit in Ankara in March.",
    );
    link(
        &mut g,
        abbas,
        ParticipantIn,
        summit,
        d2.0,
        d2.1,
        Planned,
        "Abbas is expected to attend the Ankara summit.",
    );
    link(
        &mut g,
        summit,
        HeldIn,
        ankara,
        d2.0,
        d2.1,
        Planned,
        "Erdoğan will host a summit in Ankara in March.",
    );
    link(
        &mut g,
        odd,
        Threatened,
        erdogan,
        d2.0,
        d2.1,
        Negated,
        "Abu \"The Fox\" al-Masri \\ Jr. did not threaten Erdoğan, his lawyer said.",
    );
    link(
        &mut g,
        odd,
        MemberOf,
        pa,
        d2.0,
        d2.1,
        Hypothetical,
        "Al-Masri may be a PA official.",
    );

    let file = dir.join("sample.ron");
    newsgraph::store::save(&g, &file).expect("sample graph saves");
    // To look at the sample by hand: NEWSGRAPH_KEEP_SAMPLE=/tmp/sample.ron.
    if let Some(keep) = std::env::var_os("NEWSGRAPH_KEEP_SAMPLE") {
        newsgraph::store::save(&g, Path::new(&keep)).expect("sample graph saves");
    }
    Sample {
        g,
        file,
        netanyahu,
        abbas,
        talks,
        criticized,
    }
}

/// Ids of the nodes two hops from `from`, ignoring direction (through any node), the
/// start excluded: the graph's own answer to compare a database's with.
pub fn two_hop(g: &KnowledgeGraph, from: NodeIndex) -> Vec<String> {
    let mut out = BTreeSet::new();
    for (_, mid, _) in g.incident(from) {
        for (_, far, _) in g.incident(mid) {
            if far != from {
                out.insert(g.node(far).id.clone());
            }
        }
    }
    out.into_iter().collect()
}
