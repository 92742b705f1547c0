//! Graphviz DOT, built as a graphviz-rust syntax tree: kinds by shape and colour with a
//! legend, meetings as small event nodes, edges styled by relation family, uncertain
//! edges dashed and grey, evidence sentences as tooltips. The same graph and view always
//! give byte-identical text.

use crate::graph::view::{Mark, View};
use crate::graph::{Edge as GEdge, KnowledgeGraph, Node as GNode};
use crate::model::{EntityKind, MeetingStatus, Modality, Relation, RelationFamily};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Graphviz layout engines offered for drawing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// Layered, left to right (default).
    #[default]
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Force-directed, for large graphs.
    Sfdp,
    /// Circular.
    Circo,
}

impl Layout {
    /// All layouts.
    pub const ALL: [Layout; 5] = [
        Layout::Dot,
        Layout::Neato,
        Layout::Fdp,
        Layout::Sfdp,
        Layout::Circo,
    ];

    /// The Graphviz engine name.
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Dot => "dot",
            Layout::Neato => "neato",
            Layout::Fdp => "fdp",
            Layout::Sfdp => "sfdp",
            Layout::Circo => "circo",
        }
    }

    /// Parse an engine name.
    pub fn parse(s: &str) -> Option<Layout> {
        Layout::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// How to draw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DotOptions {
    /// Layout engine, written into the DOT as the `layout` graph attribute.
    pub layout: Layout,
    /// Caption under the drawing.
    pub title: Option<String>,
    /// A note under the caption, such as what an overview leaves out.
    pub note: Option<String>,
    /// Leave out the legend.
    pub no_legend: bool,
}

/// Most evidence sentences put in one tooltip; the rest are counted.
const TOOLTIP_SENTENCES: usize = 6;

/// Colour of edges drawn as highlighted (a path, say).
pub const HIGHLIGHT: &str = "#e00000";
/// Colour of edges that are planned, hypothetical or negated.
pub const UNCERTAIN: &str = "#9a9a9a";
/// Colour of what a later graph added, when two are compared.
pub const ADDED: &str = "#1a9850";
/// Colour of what an earlier graph had and a later one lost; drawn dashed.
pub const REMOVED: &str = "#d73027";

/// Border colour and width of a node marked added or removed.
pub fn node_mark_style(mark: Mark) -> Option<(&'static str, f64)> {
    match mark {
        Mark::Added => Some((ADDED, 2.5)),
        Mark::Removed => Some((REMOVED, 2.0)),
        _ => None,
    }
}

/// Shape, fill and border colour of a kind's nodes.
pub fn kind_style(k: EntityKind) -> (&'static str, &'static str, &'static str) {
    match k {
        EntityKind::Person => ("box", "#dbe9f6", "#2b6cb0"),
        EntityKind::Organization => ("hexagon", "#e3f3e6", "#2f855a"),
        EntityKind::Country => ("ellipse", "#fdebc8", "#b7791f"),
        EntityKind::Place => ("house", "#efe3f6", "#6b46c1"),
        EntityKind::Meeting => ("octagon", "#fff7c2", "#8a6d00"),
    }
}

/// Colour of a relation family's edges.
pub fn family_colour(f: RelationFamily) -> &'static str {
    match f {
        RelationFamily::Affiliation => "#2b6cb0",
        RelationFamily::MeetingRole => "#8a6d00",
        RelationFamily::Cooperation => "#2f855a",
        RelationFamily::Conflict => "#c53030",
    }
}

/// The name of a relation family in legends.
pub fn family_name(f: RelationFamily) -> &'static str {
    match f {
        RelationFamily::Affiliation => "affiliation",
        RelationFamily::MeetingRole => "meeting role",
        RelationFamily::Cooperation => "cooperation",
        RelationFamily::Conflict => "conflict",
    }
}

/// Escape text for a double-quoted DOT string that Graphviz reads as an escString
/// (labels, tooltips): backslashes and quotes are escaped, line breaks become `\n`,
/// other control characters are dropped. Non-ASCII text passes through as UTF-8.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn quoted(s: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape(s)))
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), quoted(v))
}

/// The element id Graphviz gives a node in SVG output (`n` and the node index); the HTML
/// view maps it back to the graph.
pub fn node_element_id(ix: NodeIndex) -> String {
    format!("n{}", ix.index())
}

/// The element id of an edge in SVG output.
pub fn edge_element_id(e: EdgeIndex) -> String {
    format!("e{}", e.index())
}

/// Place names a meeting was held in (`held_in` targets), sorted.
pub fn meeting_places(g: &KnowledgeGraph, ix: NodeIndex) -> Vec<String> {
    let mut v: Vec<String> = g
        .incident(ix)
        .into_iter()
        .filter(|&(e, _, out)| out && g.edge(e).relation == Relation::HeldIn)
        .map(|(_, t, _)| g.node(t).name.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The label of a node: its name; for meetings also the date (or time as written), the
/// place and a status other than held.
pub fn node_label(g: &KnowledgeGraph, ix: NodeIndex) -> String {
    let n = g.node(ix);
    let Some(m) = &n.meeting else {
        return n.name.clone();
    };
    let mut line = Vec::new();
    if let Some(d) = m.date.as_ref().or(m.when.as_ref()) {
        line.push(d.clone());
    }
    let places = meeting_places(g, ix);
    if !places.is_empty() {
        line.push(places.join(", "));
    }
    if m.status != MeetingStatus::Held {
        line.push(m.status.as_str().to_string());
    }
    if line.is_empty() {
        n.name.clone()
    } else {
        format!("{}\n{}", n.name, line.join(" · "))
    }
}

/// The tooltip of a node: name, kind, aliases, roles and how often it was seen.
pub fn node_tooltip(n: &GNode) -> String {
    let mut t = format!("{} ({})", n.name, n.kind);
    if !n.aliases.is_empty() {
        let a: Vec<&str> = n.aliases.iter().map(|s| s.as_str()).collect();
        let _ = write!(t, "\nalso: {}", a.join(", "));
    }
    if !n.roles.is_empty() {
        let r: Vec<&str> = n.roles.iter().map(|s| s.as_str()).collect();
        let _ = write!(t, "\nroles: {}", r.join(", "));
    }
    let _ = write!(
        t,
        "\nmentions: {}, documents: {}",
        n.mentions,
        n.documents.len()
    );
    t
}

/// The label of an edge: relation, evidence count when above one, modality when not
/// asserted.
pub fn edge_label(e: &GEdge) -> String {
    let mut l = e.relation.as_str().replace('_', " ");
    if e.evidence.len() > 1 {
        let _ = write!(l, " ×{}", e.evidence.len());
    }
    if e.modality() != Modality::Asserted {
        let _ = write!(l, " ({})", e.modality().as_str());
    }
    l
}

/// The tooltip of an edge: the relation, then its evidence sentences.
pub fn edge_tooltip(g: &KnowledgeGraph, s: NodeIndex, t: NodeIndex, e: &GEdge) -> String {
    let mut out = format!(
        "{} —{}→ {}",
        g.node(s).name,
        e.relation.as_str(),
        g.node(t).name
    );
    for ev in e.evidence.iter().take(TOOLTIP_SENTENCES) {
        let _ = write!(out, "\n[{}", ev.doc);
        if let Some(d) = &ev.date {
            let _ = write!(out, ", {d}");
        }
        let _ = write!(
            out,
            "] {}",
            ev.text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }
    if e.evidence.len() > TOOLTIP_SENTENCES {
        let _ = write!(out, "\n… and {} more", e.evidence.len() - TOOLTIP_SENTENCES);
    }
    out
}

fn node_stmt(g: &KnowledgeGraph, ix: NodeIndex, mark: Mark) -> Stmt {
    let n = g.node(ix);
    let (shape, fill, mut border) = kind_style(n.kind);
    let marked = node_mark_style(mark);
    if let Some((colour, _)) = marked {
        border = colour;
    }
    let mut attrs = vec![
        attr("id", &node_element_id(ix)),
        attr("label", &node_label(g, ix)),
        attr("shape", shape),
        attr("fillcolor", fill),
        attr("color", border),
        attr("tooltip", &node_tooltip(n)),
    ];
    let mut style = vec!["filled"];
    let meeting = n.kind == EntityKind::Meeting;
    if meeting && n.meeting.as_ref().map(|m| m.status).unwrap_or_default() != MeetingStatus::Held
        || mark == Mark::Removed
    {
        style.push("dashed");
    }
    if n.kind == EntityKind::Person {
        style.push("rounded");
    }
    attrs.push(attr("style", &style.join(",")));
    if meeting {
        attrs.push(attr("fontsize", "9"));
        attrs.push(attr("margin", "0.04,0.02"));
    }
    if let Some((_, width)) = marked {
        attrs.push(attr("penwidth", &format!("{width:.1}")));
    }
    Stmt::Node(Node::new(NodeId(quoted(&n.id), None), attrs))
}

/// How an edge is drawn: colour, line width and whether it is dashed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeStyle {
    /// The family's colour, grey when uncertain, red when highlighted.
    pub colour: &'static str,
    /// Line width.
    pub width: f64,
    /// Planned, hypothetical or negated.
    pub dashed: bool,
}

/// The style of an edge marked so.
pub fn edge_style(g: &KnowledgeGraph, e: EdgeIndex, mark: Mark) -> EdgeStyle {
    let edge = g.edge(e);
    let asserted = edge.modality() == Modality::Asserted;
    let colour = match mark {
        Mark::Highlighted => HIGHLIGHT,
        Mark::Added => ADDED,
        Mark::Removed => REMOVED,
        Mark::Plain if asserted => family_colour(edge.relation.family()),
        Mark::Plain => UNCERTAIN,
    };
    let width = match mark {
        Mark::Highlighted | Mark::Added => 3.0,
        // Thicker for better-attested edges, but gently.
        Mark::Plain | Mark::Removed => (1.0 + (edge.evidence.len() as f64).ln()).min(4.0),
    };
    EdgeStyle {
        colour,
        width,
        dashed: !asserted || mark == Mark::Removed,
    }
}

fn edge_stmt(g: &KnowledgeGraph, e: EdgeIndex, mark: Mark) -> Stmt {
    let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
    let edge = g.edge(e);
    let EdgeStyle {
        colour,
        width,
        dashed,
    } = edge_style(g, e, mark);
    let mut style = Vec::new();
    if dashed {
        style.push("dashed");
    }
    if matches!(mark, Mark::Highlighted | Mark::Added) {
        style.push("bold");
    }
    let tooltip = edge_tooltip(g, s, t, edge);
    let mut attrs = vec![
        attr("id", &edge_element_id(e)),
        attr("label", &edge_label(edge)),
        attr("color", colour),
        attr("fontcolor", colour),
        attr("penwidth", &format!("{width:.1}")),
        attr("tooltip", &tooltip),
        attr("labeltooltip", &tooltip),
    ];
    if !style.is_empty() {
        attrs.push(attr("style", &style.join(",")));
    }
    if edge.relation.is_symmetric() {
        attrs.push(attr("dir", "none"));
    }
    if edge.relation.family() == RelationFamily::Conflict {
        attrs.push(attr("arrowhead", "vee"));
    }
    let end = |ix: NodeIndex| Vertex::N(NodeId(quoted(&g.node(ix).id), None));
    Stmt::Edge(Edge {
        ty: EdgeTy::Pair(end(s), end(t)),
        attributes: attrs,
    })
}

/// What a legend lists: the kinds and relation families present, and whether dashed
/// and highlighted edges are.
pub struct LegendItems {
    /// Kinds of the nodes drawn.
    pub kinds: BTreeSet<EntityKind>,
    /// Families of the edges drawn.
    pub families: BTreeSet<RelationFamily>,
    /// Some edge is planned, hypothetical or negated.
    pub uncertain: bool,
    /// Some edge is highlighted.
    pub highlighted: bool,
    /// Some node or edge is marked added.
    pub added: bool,
    /// Some node or edge is marked removed.
    pub removed: bool,
}

/// The legend of a view; nothing for an empty one.
pub fn legend_items(g: &KnowledgeGraph, view: &View) -> Option<LegendItems> {
    let kinds: BTreeSet<EntityKind> = view.nodes.iter().map(|&ix| g.node(ix).kind).collect();
    if kinds.is_empty() {
        return None;
    }
    Some(LegendItems {
        kinds,
        families: view
            .edges
            .iter()
            .map(|&e| g.edge(e).relation.family())
            .collect(),
        uncertain: view
            .edges
            .iter()
            .any(|&e| g.edge(e).modality() != Modality::Asserted),
        highlighted: !view.highlight.is_empty(),
        added: view
            .nodes
            .iter()
            .any(|&ix| view.node_mark(ix) == Mark::Added)
            || view.edges.iter().any(|&e| view.edge_mark(e) == Mark::Added),
        removed: view
            .nodes
            .iter()
            .any(|&ix| view.node_mark(ix) == Mark::Removed)
            || view
                .edges
                .iter()
                .any(|&e| view.edge_mark(e) == Mark::Removed),
    })
}

/// An HTML-like table listing the kinds and families present, and the meaning of dashed
/// and highlighted edges. Only fixed strings go into it, so nothing needs escaping.
fn legend(g: &KnowledgeGraph, view: &View) -> Option<Stmt> {
    let LegendItems {
        kinds,
        families,
        uncertain,
        highlighted,
        added,
        removed,
    } = legend_items(g, view)?;
    let mut t = String::from(
        "<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\" CELLPADDING=\"3\">\
         <TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>",
    );
    for k in kinds {
        let (shape, fill, border) = kind_style(k);
        let _ = write!(
            t,
            "<TR><TD BGCOLOR=\"{fill}\" COLOR=\"{border}\">{k}</TD><TD>{shape}</TD></TR>"
        );
    }
    for f in families {
        let c = family_colour(f);
        let _ = write!(
            t,
            "<TR><TD><FONT COLOR=\"{c}\">━━━</FONT></TD><TD>{}</TD></TR>",
            family_name(f)
        );
    }
    if uncertain {
        let _ = write!(
            t,
            "<TR><TD><FONT COLOR=\"{UNCERTAIN}\">- - -</FONT></TD><TD>planned, possible or denied</TD></TR>"
        );
    }
    if highlighted {
        let _ = write!(
            t,
            "<TR><TD><FONT COLOR=\"{HIGHLIGHT}\"><B>━━━</B></FONT></TD><TD>highlighted</TD></TR>"
        );
    }
    if added {
        let _ = write!(
            t,
            "<TR><TD><FONT COLOR=\"{ADDED}\"><B>━━━</B></FONT></TD><TD>added</TD></TR>"
        );
    }
    if removed {
        let _ = write!(
            t,
            "<TR><TD><FONT COLOR=\"{REMOVED}\">- - -</FONT></TD><TD>removed</TD></TR>"
        );
    }
    t.push_str("</TABLE>>");
    Some(Stmt::Subgraph(Subgraph {
        id: Id::Plain("cluster_legend".into()),
        stmts: vec![
            Stmt::Attribute(attr("color", "#cccccc")),
            Stmt::Attribute(attr("label", "")),
            Stmt::Node(Node::new(
                NodeId(Id::Plain("legend".into()), None),
                vec![
                    attr("id", "legend"),
                    attr("shape", "plaintext"),
                    attr("style", ""),
                    attr("fontsize", "9"),
                    Attribute(Id::Plain("label".into()), Id::Html(t)),
                ],
            )),
        ],
    }))
}

/// The graphviz-rust syntax tree for the part of the graph in `view`.
pub fn to_graph(g: &KnowledgeGraph, view: &View, opts: &DotOptions) -> Graph {
    let mut graph_attrs = vec![
        attr("layout", opts.layout.as_str()),
        attr("charset", "UTF-8"),
        attr("fontname", "Helvetica"),
        attr("fontsize", "11"),
        attr("overlap", "false"),
        attr("splines", "true"),
        attr("outputorder", "edgesfirst"),
        attr("bgcolor", "white"),
    ];
    if opts.layout == Layout::Dot {
        graph_attrs.push(attr("rankdir", "LR"));
        graph_attrs.push(attr("nodesep", "0.25"));
        graph_attrs.push(attr("ranksep", "0.6"));
    }
    let caption: Vec<&str> = opts
        .title
        .iter()
        .chain(&opts.note)
        .map(|s| s.as_str())
        .collect();
    if !caption.is_empty() {
        graph_attrs.push(attr("label", &caption.join("\n")));
        graph_attrs.push(attr("labelloc", "b"));
    }
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(graph_attrs)),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "11"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "8"),
            attr("arrowsize", "0.6"),
        ])),
    ];
    if !opts.no_legend {
        stmts.extend(legend(g, view));
    }
    for &ix in &view.nodes {
        stmts.push(node_stmt(g, ix, view.node_mark(ix)));
    }
    for &e in &view.edges {
        stmts.push(edge_stmt(g, e, view.edge_mark(e)));
    }
    Graph::DiGraph {
        id: Id::Plain("newsgraph".into()),
        strict: false,
        stmts,
    }
}

/// DOT text for the part of the graph in `view`.
pub fn to_string(g: &KnowledgeGraph, view: &View, opts: &DotOptions) -> String {
    let mut ctx = PrinterContext::default();
    ctx.with_node_mult_attr_s_l();
    let mut s = to_graph(g, view, opts).print(&mut ctx);
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::MeetingInfo;
    use crate::model::{Evidence, Span};
    use crate::query::testgraph::mini;

    #[test]
    fn escaping_survives_quotes_backslashes_and_newlines() {
        assert_eq!(
            escape(r#"Ali "the Lion" \ Co"#),
            r#"Ali \"the Lion\" \\ Co"#
        );
        assert_eq!(escape("a\r\nb\u{7}c"), "a\\nbc");
        assert_eq!(escape("Erdoğan – Şişli"), "Erdoğan – Şişli");
        // A trailing backslash must not swallow the closing quote.
        let id = quoted("C:\\");
        assert_eq!(id, Id::Escaped("\"C:\\\\\"".into()));
    }

    fn awkward() -> (KnowledgeGraph, NodeIndex, NodeIndex) {
        let mut g = KnowledgeGraph::new();
        let mk = |g: &mut KnowledgeGraph, k, name: &str| {
            g.add_node(GNode {
                mentions: 1,
                ..crate::graph::Node::new(k, name)
            })
        };
        let a = mk(&mut g, EntityKind::Person, "Recep \"Tayyip\" Erdoğan \\ II");
        let b = mk(&mut g, EntityKind::Country, "Türkiye");
        g.add_evidence(
            a,
            Relation::Leads,
            b,
            Evidence {
                doc: "d\"1".into(),
                sentence: 0,
                span: Span::new(0, 5),
                text: "He said: \"I lead\nTürkiye\" \\o/".into(),
                rule: "r".into(),
                modality: Modality::Planned,
                attributed_to: None,
                date: None,
                valid: None,
            },
        );
        (g, a, b)
    }

    #[test]
    fn awkward_names_make_dot_that_parses_back() {
        let (g, _, _) = awkward();
        let dot = to_string(&g, &View::all(&g), &DotOptions::default());
        let parsed = graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("{e}\n{dot}"));
        let Graph::DiGraph { stmts, .. } = parsed else {
            panic!("not a digraph")
        };
        assert!(stmts.iter().any(|s| matches!(s, Stmt::Edge(_))));
        assert!(
            dot.contains(r#"label="Recep \"Tayyip\" Erdoğan \\ II""#),
            "{dot}"
        );
        // Planned: dashed and grey.
        assert!(dot.contains("style=\"dashed\""), "{dot}");
        assert!(dot.contains(UNCERTAIN));
        // Sentences are put on one line; quotes and backslashes in them stay escaped.
        assert!(
            dot.contains("[d\\\"1] He said: \\\"I lead Türkiye\\\" \\\\o/"),
            "{dot}"
        );
    }

    #[test]
    fn output_is_deterministic() {
        let m = mini();
        let v = View::all(&m.g);
        let a = to_string(&m.g, &v, &DotOptions::default());
        let reloaded = crate::store::decode(
            &crate::store::encode(&m.g, crate::store::Encoding::Ron),
            crate::store::Encoding::Ron,
            "mem",
        )
        .unwrap();
        assert_eq!(
            a,
            to_string(&reloaded, &View::all(&reloaded), &DotOptions::default())
        );
    }

    #[test]
    fn meetings_show_date_place_and_status() {
        let m = mini();
        assert_eq!(
            node_label(&m.g, m.washington_talks),
            "Washington talks\n2010-09-02 · Washington"
        );
        assert_eq!(
            node_label(&m.g, m.jerusalem_meeting),
            "Livni and Erekat in Jerusalem\n2014-04 · planned"
        );
        let mut g = m.g.clone();
        g.graph[m.jerusalem_meeting].meeting = Some(MeetingInfo {
            when: Some("next week".into()),
            date: None,
            status: MeetingStatus::Held,
        });
        assert_eq!(
            node_label(&g, m.jerusalem_meeting),
            "Livni and Erekat in Jerusalem\nnext week"
        );
    }

    #[test]
    fn highlighted_edges_are_red_and_bold() {
        let m = mini();
        let mut v = View::all(&m.g);
        let e =
            m.g.find_edge(m.netanyahu, Relation::Criticized, m.abbas)
                .unwrap();
        v.highlight.insert(e);
        let dot = to_string(&m.g, &v, &DotOptions::default());
        let stmt = dot
            .split("\n  \"")
            .find(|s| s.contains(&format!("id=\"{}\"", edge_element_id(e))))
            .unwrap();
        assert!(stmt.contains(HIGHLIGHT) && stmt.contains("bold"), "{stmt}");
        assert!(dot.contains(">highlighted<"));
    }

    #[test]
    fn small_graph_snapshot() {
        let m = mini();
        let v = crate::graph::view::select(
            &m.g,
            &crate::graph::view::Filter {
                focus: vec!["Erekat".into()],
                depth: 1,
                ..Default::default()
            },
        )
        .unwrap();
        insta::assert_snapshot!(to_string(&m.g, &v, &DotOptions::default()));
    }
}
