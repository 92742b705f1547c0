//! SVG drawn without Graphviz. The `layout-rs` crate ranks the nodes in layers, orders
//! them to cross few edges and routes the edges; this module draws the result in the
//! style of the DOT export (kinds by shape and colour, relation families by colour,
//! uncertain edges dashed, evidence as tooltips, a legend and a caption) and with
//! Graphviz's element ids and classes, so the HTML view works on either drawing.

use super::dot::{
    edge_element_id, edge_label, edge_style, edge_tooltip, family_colour, family_name, kind_style,
    legend_items, node_element_id, node_label, node_mark_style, node_tooltip, DotOptions,
    EdgeStyle, ADDED, HIGHLIGHT, REMOVED, UNCERTAIN,
};
use super::graphml::xml_escape;
use crate::graph::view::{Mark, View};
use crate::graph::KnowledgeGraph;
use crate::model::{EntityKind, MeetingStatus};
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Font size of node labels, as in the DOT export.
const FONT: f64 = 11.0;
/// Font size of meeting labels.
const MEETING_FONT: f64 = 9.0;
/// Font size of edge labels.
const EDGE_FONT: usize = 8;
/// Average width of a Helvetica character, in font sizes: text boxes are estimated
/// from it, since no font is measured.
const CHAR_WIDTH: f64 = 0.6;
/// Space around the drawing.
const MARGIN: f64 = 12.0;
/// Above this many edges, edge labels are left to the tooltips: the layout gives each
/// label a place of its own, which crowds a large drawing.
const LABELLED_EDGES: usize = 60;
/// Longest caption line, in characters, before it wraps.
const CAPTION_WIDTH: usize = 110;

/// How one node is drawn.
struct NodeLook {
    id: String,
    kind: EntityKind,
    label: String,
    tooltip: String,
    fill: &'static str,
    border: &'static str,
    width: f64,
    dashed: bool,
}

/// How one edge is drawn.
struct EdgeLook {
    id: String,
    tooltip: String,
    style: EdgeStyle,
}

/// The part of the graph in `view` as SVG, laid out by the built-in engine.
pub fn to_svg(g: &KnowledgeGraph, view: &View, opts: &DotOptions) -> String {
    let mut canvas = Canvas::default();
    let mut vg = VisualGraph::new(Orientation::LeftToRight);
    // The crate checks that the graph stays acyclic after every edge by walking all
    // paths, which takes exponential time on dense graphs; the edges added below are
    // acyclic by construction.
    vg.dag.set_validate(false);
    let mut handles = BTreeMap::new();
    for &ix in &view.nodes {
        let look = node_look(g, ix, view.node_mark(ix));
        let element = node_element(&look);
        handles.insert(ix, vg.add_node(element));
        canvas.nodes.insert(look.id.clone(), look);
    }
    let labelled = view.edges.len() <= LABELLED_EDGES;
    for (e, forward) in edge_order(g, view) {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        let look = edge_look(g, e, view.edge_mark(e));
        let mut arrow = edge_arrow(g, e, &look, forward);
        if !labelled {
            arrow.text.clear();
        }
        let (a, b) = if forward { (s, t) } else { (t, s) };
        vg.add_edge(arrow, handles[&a], handles[&b]);
        canvas.edges.insert(look.id.clone(), look);
    }
    if !view.nodes.is_empty() {
        vg.do_it(false, false, false, &mut canvas);
    }
    canvas.finish(g, view, opts)
}

fn node_look(g: &KnowledgeGraph, ix: NodeIndex, mark: Mark) -> NodeLook {
    let n = g.node(ix);
    let (_, fill, border) = kind_style(n.kind);
    let marked = node_mark_style(mark);
    NodeLook {
        id: node_element_id(ix),
        kind: n.kind,
        label: node_label(g, ix),
        tooltip: node_tooltip(n),
        fill,
        border: marked.map_or(border, |(colour, _)| colour),
        width: marked.map_or(1.0, |(_, width)| width),
        dashed: mark == Mark::Removed
            || n.meeting
                .as_ref()
                .is_some_and(|m| m.status != MeetingStatus::Held),
    }
}

fn font(kind: EntityKind) -> f64 {
    if kind == EntityKind::Meeting {
        MEETING_FONT
    } else {
        FONT
    }
}

/// The estimated size of a block of text.
fn text_size(text: &str, font: f64) -> Point {
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let lines = text.lines().count().max(1);
    Point::new(
        widest as f64 * font * CHAR_WIDTH,
        lines as f64 * font * 1.25,
    )
}

fn node_element(look: &NodeLook) -> Element {
    let text = text_size(&look.label, font(look.kind));
    let (shape, size) = match look.kind {
        // An ellipse needs more room around the same text than a box.
        EntityKind::Country => (
            ShapeKind::new_circle(&look.label),
            Point::new(text.x * 1.3 + 16.0, text.y * 1.5 + 10.0),
        ),
        _ => (
            ShapeKind::new_box(&look.label),
            Point::new(text.x + 22.0, text.y + 12.0),
        ),
    };
    let style = StyleAttr::new(Color::fast(look.border), 1, None, 0, FONT as usize);
    Element::create_with_properties(
        shape,
        style,
        Orientation::TopToBottom,
        size,
        look.id.clone(),
    )
}

fn edge_look(g: &KnowledgeGraph, e: EdgeIndex, mark: Mark) -> EdgeLook {
    let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
    EdgeLook {
        id: edge_element_id(e),
        tooltip: edge_tooltip(g, s, t, g.edge(e)),
        style: edge_style(g, e, mark),
    }
}

fn edge_arrow(g: &KnowledgeGraph, e: EdgeIndex, look: &EdgeLook, forward: bool) -> Arrow {
    let edge = g.edge(e);
    let head = if edge.relation.is_symmetric() {
        LineEndKind::None
    } else {
        LineEndKind::Arrow
    };
    let (start, end) = if forward {
        (LineEndKind::None, head)
    } else {
        (head, LineEndKind::None)
    };
    let line = if look.style.dashed {
        LineStyleKind::Dashed
    } else {
        LineStyleKind::Normal
    };
    let style = StyleAttr::new(Color::fast(look.style.colour), 1, None, 0, EDGE_FONT);
    Arrow::with_properties(
        start,
        end,
        line,
        &edge_label(edge),
        &style,
        look.id.clone(),
        &None,
        &None,
    )
}

/// The view's edges without self-loops, each with whether it is laid out in its own
/// direction, in the order to hand them to the layout. Nodes are numbered by a
/// depth-first search over the edges' directions (the reverse of the order in which
/// nodes are finished, as Graphviz breaks cycles); an edge against that numbering is
/// laid out reversed, so the layout's graph has no cycle. Edges are then handed over
/// by the number of their tail, which keeps the layout's own cycle check to one step
/// per edge.
fn edge_order(g: &KnowledgeGraph, view: &View) -> Vec<(EdgeIndex, bool)> {
    let mut out: BTreeMap<NodeIndex, Vec<NodeIndex>> = BTreeMap::new();
    for &e in &view.edges {
        let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
        if s != t {
            out.entry(s).or_default().push(t);
        }
    }
    let mut finished = Vec::with_capacity(view.nodes.len());
    let mut seen = BTreeSet::new();
    for &root in &view.nodes {
        if !seen.insert(root) {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        while let Some((u, i)) = stack.pop() {
            let next = out.get(&u).and_then(|v| v.get(i)).copied();
            match next {
                Some(v) => {
                    stack.push((u, i + 1));
                    if seen.insert(v) {
                        stack.push((v, 0));
                    }
                }
                None => finished.push(u),
            }
        }
    }
    let position: BTreeMap<NodeIndex, usize> = finished
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &ix)| (ix, i))
        .collect();
    let mut edges: Vec<(usize, EdgeIndex, bool)> = view
        .edges
        .iter()
        .filter_map(|&e| {
            let (s, t) = g.graph.edge_endpoints(e).expect("edge exists");
            let (ps, pt) = (position[&s], position[&t]);
            (s != t).then_some((ps.min(pt), e, ps < pt))
        })
        .collect();
    edges.sort();
    edges.into_iter().map(|(_, e, f)| (e, f)).collect()
}

/// Collects what the layout draws, then writes it as SVG.
#[derive(Default)]
struct Canvas {
    nodes: BTreeMap<String, NodeLook>,
    edges: BTreeMap<String, EdgeLook>,
    /// Node shapes, edge labels and edges, in drawing order.
    body: String,
    /// A node group opened by its shape and closed by its label.
    open_node: Option<f64>,
    min: Option<Point>,
    max: Option<Point>,
}

impl Canvas {
    fn grow(&mut self, p: Point) {
        let (min, max) = (self.min.unwrap_or(p), self.max.unwrap_or(p));
        self.min = Some(Point::new(min.x.min(p.x), min.y.min(p.y)));
        self.max = Some(Point::new(max.x.max(p.x), max.y.max(p.y)));
    }

    fn grow_box(&mut self, xy: Point, size: Point) {
        self.grow(xy);
        self.grow(xy.add(size));
    }

    /// Open a node's group with its tooltip and shape.
    fn node_shape(&mut self, id: &str, xy: Point, size: Point) {
        let Some(look) = self.nodes.get(id) else {
            return;
        };
        let font = font(look.kind);
        let mut s = format!(
            "<g id=\"{}\" class=\"node\"><title>{}</title>",
            look.id,
            xml_escape(&look.tooltip)
        );
        let width = if look.width == 1.0 {
            String::new()
        } else {
            format!(" stroke-width=\"{}\"", num(look.width))
        };
        let paint = format!(
            "fill=\"{}\" stroke=\"{}\"{width}{}",
            look.fill,
            look.border,
            if look.dashed {
                " stroke-dasharray=\"4,2\""
            } else {
                ""
            }
        );
        s.push_str(&shape(look.kind, xy, size, &paint));
        self.body.push_str(&s);
        self.open_node = Some(font);
        self.grow_box(xy, size);
    }
}

/// A kind's shape filling the box at `xy` of `size`.
fn shape(kind: EntityKind, xy: Point, size: Point, paint: &str) -> String {
    let (x, y, w, h) = (xy.x, xy.y, size.x, size.y);
    let poly = |pts: &[(f64, f64)]| {
        let p: Vec<String> = pts
            .iter()
            .map(|(a, b)| format!("{},{}", num(x + a * w), num(y + b * h)))
            .collect();
        format!("<polygon {paint} points=\"{}\"/>", p.join(" "))
    };
    match kind {
        EntityKind::Person => {
            let r = (h / 4.0).min(8.0);
            format!(
                "<path {paint} d=\"M{},{} H{} A{r},{r} 0 0 1 {},{} V{} A{r},{r} 0 0 1 {},{} H{} A{r},{r} 0 0 1 {},{} V{} A{r},{r} 0 0 1 {},{} Z\"/>",
                num(x + r), num(y), num(x + w - r), num(x + w), num(y + r), num(y + h - r),
                num(x + w - r), num(y + h), num(x + r), num(x), num(y + h - r), num(y + r),
                num(x + r), num(y),
                r = num(r)
            )
        }
        EntityKind::Country => format!(
            "<ellipse {paint} cx=\"{}\" cy=\"{}\" rx=\"{}\" ry=\"{}\"/>",
            num(x + w / 2.0),
            num(y + h / 2.0),
            num(w / 2.0),
            num(h / 2.0)
        ),
        EntityKind::Organization => poly(&[
            (0.0, 0.5),
            (0.12, 0.0),
            (0.88, 0.0),
            (1.0, 0.5),
            (0.88, 1.0),
            (0.12, 1.0),
        ]),
        EntityKind::Place => poly(&[(0.5, 0.0), (1.0, 0.3), (1.0, 1.0), (0.0, 1.0), (0.0, 0.3)]),
        EntityKind::Meeting => poly(&[
            (0.1, 0.0),
            (0.9, 0.0),
            (1.0, 0.3),
            (1.0, 0.7),
            (0.9, 1.0),
            (0.1, 1.0),
            (0.0, 0.7),
            (0.0, 0.3),
        ]),
    }
}

/// Lines of text centred on `centre`, as an SVG text element.
fn text_block(centre: Point, text: &str, font: f64, colour: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let step = font * 1.2;
    let top = centre.y - step * (lines.len() as f64 - 1.0) / 2.0;
    let mut s = format!(
        "<text text-anchor=\"middle\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"{}\" fill=\"{colour}\">",
        num(font)
    );
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            s,
            "<tspan x=\"{}\" y=\"{}\" dominant-baseline=\"central\">{}</tspan>",
            num(centre.x),
            num(top + step * i as f64),
            xml_escape(line)
        );
    }
    s.push_str("</text>");
    s
}

/// A number for SVG: one decimal, no negative zero.
fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    if s == "-0.0" {
        "0.0".into()
    } else {
        s
    }
}

/// The colour of a layout style as `#rrggbb`.
fn web_colour(c: &Color) -> String {
    c.to_web_color()[..7].to_string()
}

impl RenderBackend for Canvas {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        if let Some(id) = properties {
            self.node_shape(&id, xy, size);
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_circle(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
    ) {
        if let Some(id) = properties {
            let corner = Point::new(xy.x - size.x / 2.0, xy.y - size.y / 2.0);
            self.node_shape(&id, corner, size);
        }
    }

    fn draw_text(&mut self, xy: Point, text: &str, look: &StyleAttr) {
        match self.open_node.take() {
            Some(font) => {
                let s = text_block(xy, text, font, "#000000");
                self.body.push_str(&s);
                self.body.push_str("</g>\n");
            }
            None if !text.is_empty() => {
                // An edge label, drawn where the layout made room for it.
                let colour = web_colour(&look.line_color);
                let size = text_size(text, EDGE_FONT as f64);
                self.grow_box(Point::new(xy.x - size.x / 2.0, xy.y - size.y / 2.0), size);
                let s = text_block(xy, text, EDGE_FONT as f64, &colour);
                self.body.push_str(&s);
                self.body.push('\n');
            }
            None => {}
        }
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        let Some(look) = properties.as_ref().and_then(|id| self.edges.get(id)) else {
            return;
        };
        let s = edge_svg(look, path, head);
        self.body.push_str(&s);
        for (a, b) in path {
            self.grow(*a);
            self.grow(*b);
        }
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

/// An edge as a group: tooltip, curve and arrowheads. `path` holds the curve as the
/// layout gives it: a start point and its control point, then for each further point
/// a control point and the point.
fn edge_svg(look: &EdgeLook, path: &[(Point, Point)], head: (bool, bool)) -> String {
    let mut d = format!("M{},{}", num(path[0].0.x), num(path[0].0.y));
    if path.len() >= 2 {
        let _ = write!(
            d,
            " C{},{} {},{} {},{}",
            num(path[0].1.x),
            num(path[0].1.y),
            num(path[1].0.x),
            num(path[1].0.y),
            num(path[1].1.x),
            num(path[1].1.y)
        );
    }
    for (c, p) in path.iter().skip(2) {
        let _ = write!(d, " S{},{} {},{}", num(c.x), num(c.y), num(p.x), num(p.y));
    }
    let mut s = format!(
        "<g id=\"{}\" class=\"edge\"><title>{}</title><path fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{} d=\"{d}\"/>",
        look.id,
        xml_escape(&look.tooltip),
        look.style.colour,
        num(look.style.width),
        if look.style.dashed {
            " stroke-dasharray=\"5,3\""
        } else {
            ""
        }
    );
    let last = path[path.len() - 1];
    if head.1 {
        s.push_str(&arrowhead(last.0, last.1, look.style.colour));
    }
    if head.0 {
        s.push_str(&arrowhead(path[0].1, path[0].0, look.style.colour));
    }
    s.push_str("</g>\n");
    s
}

/// A filled arrowhead at `tip`, pointing away from `from`.
fn arrowhead(from: Point, tip: Point, colour: &str) -> String {
    let (dx, dy) = (tip.x - from.x, tip.y - from.y);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1e-6 {
        return String::new();
    }
    let (ux, uy) = (dx / len, dy / len);
    let (length, half) = (7.0, 3.0);
    let base = Point::new(tip.x - ux * length, tip.y - uy * length);
    format!(
        "<polygon fill=\"{colour}\" stroke=\"{colour}\" points=\"{},{} {},{} {},{}\"/>",
        num(tip.x),
        num(tip.y),
        num(base.x - uy * half),
        num(base.y + ux * half),
        num(base.x + uy * half),
        num(base.y - ux * half)
    )
}

impl Canvas {
    /// The SVG document: the drawing, a legend to its right and the caption below.
    fn finish(self, g: &KnowledgeGraph, view: &View, opts: &DotOptions) -> String {
        let min = self.min.unwrap_or(Point::zero());
        let max = self.max.unwrap_or(Point::zero());
        let legend = if opts.no_legend {
            None
        } else {
            legend(g, view)
        };
        let legend_size = legend.as_ref().map_or(Point::zero(), |l| l.size);
        let caption = caption_lines(opts);
        let caption_height = caption.len() as f64 * FONT * 1.3;
        let origin = Point::new(min.x - MARGIN, min.y - MARGIN);
        let drawing = Point::new(max.x - min.x, max.y - min.y);
        let caption_width = caption
            .iter()
            .map(|l| text_size(l, FONT).x)
            .fold(0.0, f64::max);
        let width = (drawing.x + legend_size.x + 3.0 * MARGIN).max(caption_width + 2.0 * MARGIN);
        let height = drawing.y.max(legend_size.y) + caption_height + 3.0 * MARGIN;
        let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}pt\" height=\"{h}pt\" viewBox=\"{} {} {w} {h}\">",
            num(origin.x),
            num(origin.y),
            w = num(width),
            h = num(height)
        );
        let _ = writeln!(
            s,
            "<g id=\"graph0\" class=\"graph\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"white\"/>",
            num(origin.x),
            num(origin.y),
            num(width),
            num(height)
        );
        s.push_str(&self.body);
        if let Some(l) = legend {
            let at = Point::new(max.x + 2.0 * MARGIN, min.y);
            s.push_str(&l.place(at));
        }
        let centre_x = origin.x + width / 2.0;
        for (i, line) in caption.iter().enumerate() {
            let y = min.y + drawing.y.max(legend_size.y) + MARGIN + FONT * (1.3 * i as f64 + 0.65);
            s.push_str(&text_block(Point::new(centre_x, y), line, FONT, "#000000"));
            s.push('\n');
        }
        s.push_str("</g>\n</svg>\n");
        s
    }
}

/// The caption's lines: the title, then the note, each wrapped.
fn caption_lines(opts: &DotOptions) -> Vec<String> {
    opts.title
        .iter()
        .chain(opts.note.iter())
        .flat_map(|t| t.lines())
        .flat_map(|l| wrap(l, CAPTION_WIDTH))
        .collect()
}

/// Break a line at spaces into lines of at most `width` characters where possible.
fn wrap(line: &str, width: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    for word in line.split_whitespace() {
        let last = out.last_mut().expect("a line");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > width {
            out.push(word.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    out
}

/// A legend drawn at the origin, and its size.
struct Legend {
    body: String,
    size: Point,
}

impl Legend {
    fn place(&self, at: Point) -> String {
        format!(
            "<g id=\"legend\" class=\"legend\" transform=\"translate({},{})\">{}</g>\n",
            num(at.x),
            num(at.y),
            self.body
        )
    }
}

/// The kinds and relation families present, and what dashed and highlighted edges
/// mean, as in the DOT export's legend.
fn legend(g: &KnowledgeGraph, view: &View) -> Option<Legend> {
    let items = legend_items(g, view)?;
    let row = 18.0;
    let (sample_w, sample_h) = (34.0, 13.0);
    let mut body = text_block(Point::new(45.0, 9.0), "Legend", FONT, "#000000");
    let mut y = row;
    let label = |y: f64, text: &str| {
        format!(
            "<text x=\"{}\" y=\"{}\" dominant-baseline=\"central\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"9.0\">{}</text>",
            num(sample_w + 8.0),
            num(y + sample_h / 2.0),
            xml_escape(text)
        )
    };
    for k in items.kinds {
        let (_, fill, border) = kind_style(k);
        let paint = format!("fill=\"{fill}\" stroke=\"{border}\"");
        body.push_str(&shape(
            k,
            Point::new(0.0, y),
            Point::new(sample_w, sample_h),
            &paint,
        ));
        body.push_str(&label(y, k.as_str()));
        y += row;
    }
    let mut line = |colour: &str, dash: &str, width: f64, text: &str, y: &mut f64| {
        let mid = *y + sample_h / 2.0;
        body.push_str(&format!(
            "<path fill=\"none\" stroke=\"{colour}\" stroke-width=\"{}\"{dash} d=\"M0,{m} H{}\"/>",
            num(width),
            num(sample_w),
            m = num(mid)
        ));
        body.push_str(&label(*y, text));
        *y += row;
    };
    for f in items.families {
        line(family_colour(f), "", 2.0, family_name(f), &mut y);
    }
    if items.uncertain {
        let dash = " stroke-dasharray=\"5,3\"";
        line(UNCERTAIN, dash, 2.0, "planned, possible or denied", &mut y);
    }
    if items.highlighted {
        line(HIGHLIGHT, "", 3.0, "highlighted", &mut y);
    }
    if items.added {
        line(ADDED, "", 3.0, "added", &mut y);
    }
    if items.removed {
        let dash = " stroke-dasharray=\"5,3\"";
        line(REMOVED, dash, 2.0, "removed", &mut y);
    }
    Some(Legend {
        body,
        size: Point::new(190.0, y),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RelationFamily;
    use crate::query::testgraph::mini;

    fn parse(svg: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"))
    }

    #[test]
    fn every_node_and_edge_is_drawn_with_its_id_and_name() {
        let m = mini();
        let v = View::all(&m.g);
        let svg = to_svg(&m.g, &v, &DotOptions::default());
        let doc = parse(&svg);
        let groups = |class: &str| -> BTreeSet<String> {
            doc.descendants()
                .filter(|n| n.attribute("class") == Some(class))
                .filter_map(|n| n.attribute("id").map(str::to_string))
                .collect()
        };
        let nodes = groups("node");
        assert_eq!(
            nodes,
            v.nodes.iter().map(|&ix| node_element_id(ix)).collect()
        );
        let edges = groups("edge");
        let loops = v
            .edges
            .iter()
            .filter(|&&e| {
                let (s, t) = m.g.graph.edge_endpoints(e).unwrap();
                s == t
            })
            .count();
        assert_eq!(edges.len() + loops, v.edges.len());
        let text: String = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        for &ix in &v.nodes {
            assert!(text.contains(&m.g.node(ix).name), "{}", m.g.node(ix).name);
        }
        assert!(text.contains("Legend"));
    }

    #[test]
    fn kinds_keep_their_shapes_and_families_their_colours() {
        let m = mini();
        let svg = to_svg(&m.g, &View::all(&m.g), &DotOptions::default());
        let doc = parse(&svg);
        let node = |ix: NodeIndex| {
            doc.descendants()
                .find(|n| n.attribute("id") == Some(node_element_id(ix).as_str()))
                .unwrap()
        };
        let first_shape = |ix: NodeIndex| {
            node(ix)
                .children()
                .find(|c| c.is_element() && c.tag_name().name() != "title")
                .unwrap()
        };
        assert_eq!(first_shape(m.israel).tag_name().name(), "ellipse");
        assert_eq!(first_shape(m.netanyahu).tag_name().name(), "path");
        assert_eq!(first_shape(m.pa).tag_name().name(), "polygon");
        let (_, fill, _) = kind_style(EntityKind::Country);
        assert_eq!(first_shape(m.israel).attribute("fill"), Some(fill));
        let e =
            m.g.find_edge(m.netanyahu, crate::model::Relation::Criticized, m.abbas)
                .unwrap();
        let edge = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(edge_element_id(e).as_str()))
            .unwrap();
        let path = edge
            .children()
            .find(|c| c.tag_name().name() == "path")
            .unwrap();
        assert_eq!(
            path.attribute("stroke"),
            Some(family_colour(RelationFamily::Conflict))
        );
    }

    #[test]
    fn the_same_graph_gives_the_same_bytes_and_awkward_text_is_escaped() {
        let mut m = mini();
        m.g.graph[m.bill].name = "Bill \"Bubba\" <Clinton> & Co\u{7}".into();
        let v = View::all(&m.g);
        let opts = DotOptions {
            title: Some("A <title>".into()),
            note: Some("a note".into()),
            ..DotOptions::default()
        };
        let a = to_svg(&m.g, &v, &opts);
        assert_eq!(a, to_svg(&m.g, &v, &opts));
        let doc = parse(&a);
        let text: String = doc
            .descendants()
            .filter_map(|n| n.is_text().then(|| n.text()).flatten())
            .collect();
        assert!(text.contains("Bill \"Bubba\" <Clinton> & Co"), "{text}");
        assert!(text.contains("A <title>") && text.contains("a note"));
    }

    #[test]
    fn an_empty_view_is_an_empty_drawing() {
        let m = mini();
        let svg = to_svg(&m.g, &View::default(), &DotOptions::default());
        parse(&svg);
    }

    #[test]
    fn long_captions_wrap_at_spaces() {
        let w = wrap(&"word ".repeat(50), 22);
        assert!(w.len() > 1 && w.iter().all(|l| l.len() <= 22), "{w:?}");
        assert_eq!(wrap("short", 22), ["short"]);
    }
}
