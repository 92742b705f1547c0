//! The `export` and `render` subcommands, the drawing options every drawing command
//! shares, and the progress and summary of `build`. Argument parsing and printing only;
//! the work is done by `newsgraph::export`, `newsgraph::render` and `newsgraph::query`.

use crate::query_cli::{FilterArgs, MeasureArg};
use crate::Outcome;
use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newsgraph::export::dot::{DotOptions, Layout};
use newsgraph::export::{graphml, json, table};
use newsgraph::graph::view::{self, View};
use newsgraph::query::overview::{self, READABLE_NODES};
use newsgraph::render::{self, Drawer, Engine, Format};
use newsgraph::{query, store, KnowledgeGraph};
use petgraph::stable_graph::NodeIndex;
use std::cell::Cell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Which part of the graph to write.
#[derive(Args, Debug)]
pub struct SelectArgs {
    /// Centre on these entities (name, alias, surname or node id); repeat or separate
    /// with commas.
    #[arg(long, value_name = "NAME", value_delimiter = ',')]
    pub focus: Vec<String>,
    /// Hops around the focus to include (a meeting counts as one hop between its actors).
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Leave out edges with fewer pieces of evidence (inside the window of dates).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub min_evidence: usize,
}

impl SelectArgs {
    fn filter(&self) -> Result<view::Filter> {
        let mut query = self.filter.filter()?;
        query.min_evidence = self.min_evidence;
        Ok(view::Filter {
            focus: self.focus.iter().map(|s| s.trim().to_string()).collect(),
            depth: self.depth,
            query,
        })
    }

    /// The selected view, the filter it was made under and its focus entities.
    fn select(&self, g: &KnowledgeGraph) -> Result<(View, view::Filter, Vec<NodeIndex>)> {
        let f = self.filter()?;
        let v = view::select(g, &f)?;
        if v.nodes.is_empty() && g.node_count() > 0 {
            eprintln!("newsgraph: warning: the selection is empty");
        }
        let focus = view::focus_nodes(g, &f)?;
        Ok((v, f, focus))
    }
}

/// How to draw: the options `render`, `export --format dot`, `path` and `neighbors`
/// share.
#[derive(Args, Debug, Default)]
pub struct DrawArgs {
    /// Layout engine: Graphviz's (dot, neato, fdp, sfdp, circo), or the built-in
    /// layered layout that needs no Graphviz (SVG and HTML only; used for those
    /// whenever Graphviz is not installed).
    #[arg(long, value_enum, default_value_t = LayoutArg::Dot)]
    pub layout: LayoutArg,
    /// Caption under the drawing (and title of the HTML page).
    #[arg(long)]
    pub title: Option<String>,
    /// Leave out the legend.
    #[arg(long)]
    pub no_legend: bool,
    /// Also draw entities without any relation in the selection (left out by default).
    #[arg(long)]
    pub isolated: bool,
    /// Draw an overview of this many entities, the most central (by --by), with the
    /// links and meetings among them. Drawings of more than 150 nodes are overviews of
    /// 40 entities unless --all is given.
    #[arg(long, value_name = "N", conflicts_with = "all")]
    pub top: Option<usize>,
    /// The measure an overview picks its entities by.
    #[arg(long, value_enum, default_value_t = MeasureArg::Degree)]
    pub by: MeasureArg,
    /// Draw everything selected, however large, instead of an overview.
    #[arg(long)]
    pub all: bool,
}

impl DrawArgs {
    /// The view to draw and how: without unlinked entities unless asked for, and as an
    /// overview when it is too big to read (or one is asked for), saying on stderr
    /// what was left out. `keep` are drawn in an overview whatever their rank.
    pub fn prepare(
        &self,
        g: &KnowledgeGraph,
        mut v: View,
        filter: &query::Filter,
        keep: &[NodeIndex],
    ) -> Result<(View, DotOptions)> {
        // Around a focus every node drawn is reached by an edge, save the focus itself.
        if !self.isolated && keep.is_empty() {
            let n = v.drop_isolated(g, &Default::default());
            if n > 0 {
                eprintln!("left out {n} entities without relations (--isolated draws them)");
            }
        }
        let mut opts = DotOptions {
            layout: self.layout.graphviz(),
            title: self.title.clone(),
            note: None,
            no_legend: self.no_legend,
        };
        let wanted = self.top.is_some() || (!self.all && v.nodes.len() > READABLE_NODES);
        if !wanted {
            return Ok((v, opts));
        }
        let top = self.top.unwrap_or(overview::DEFAULT_TOP);
        let o = overview::overview(g, &v, filter, self.by.into(), top, keep)?;
        if o.nodes_left_out() > 0 {
            eprintln!(
                "note: {} nodes and {} edges are too many to read in one drawing; drew an \
                 overview: {}. --focus NAME --depth N draws a neighbourhood, --top N more or \
                 fewer entities, --by betweenness or pagerank ranks them otherwise, --all \
                 draws everything",
                o.of_nodes,
                o.of_edges,
                o.describe()
            );
            opts.note = Some(format!(
                "Overview: {}. Draw a neighbourhood with --focus NAME --depth N, more or \
                 fewer entities with --top N, or everything with --all.",
                o.describe()
            ));
        }
        Ok((o.view, opts))
    }

    /// Who draws.
    pub fn engine(&self) -> Engine {
        match self.layout {
            LayoutArg::Builtin => Engine::Builtin,
            _ => Engine::Graphviz,
        }
    }
}

/// Layout engines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    /// Graphviz: layered, left to right.
    #[default]
    Dot,
    /// Graphviz: spring model.
    Neato,
    /// Graphviz: force-directed.
    Fdp,
    /// Graphviz: force-directed, for large graphs.
    Sfdp,
    /// Graphviz: circular.
    Circo,
    /// Built in: layered, left to right; needs no Graphviz.
    Builtin,
}

impl LayoutArg {
    /// The Graphviz layout named in DOT output (the built-in engine's is `dot`).
    fn graphviz(self) -> Layout {
        match self {
            LayoutArg::Dot | LayoutArg::Builtin => Layout::Dot,
            LayoutArg::Neato => Layout::Neato,
            LayoutArg::Fdp => Layout::Fdp,
            LayoutArg::Sfdp => Layout::Sfdp,
            LayoutArg::Circo => Layout::Circo,
        }
    }
}

/// Draw `view` to `output` in `format` and say so: which engine drew it when that is
/// not Graphviz as expected, and the closing line scripts read, `drew N nodes and M
/// edges to FILE`.
pub fn draw(
    g: &KnowledgeGraph,
    view: &View,
    opts: &DotOptions,
    draw: &DrawArgs,
    format: Format,
    output: &Path,
) -> Result<()> {
    if view.nodes.len() > LARGE_DRAWING && format != Format::Dot {
        match draw.engine() {
            Engine::Graphviz if opts.layout == Layout::Dot => eprintln!(
                "hint: {} nodes is a large drawing for the dot layout; --layout sfdp is much \
                 faster, or narrow it with --focus, --kinds or --min-evidence",
                view.nodes.len()
            ),
            Engine::Builtin => eprintln!(
                "hint: {} nodes is a large drawing for the built-in layout and may take \
                 minutes; narrow it with --focus, --kinds or --min-evidence",
                view.nodes.len()
            ),
            Engine::Graphviz => {}
        }
    }
    let picture = render::render(g, view, opts, format, draw.engine())?;
    if picture.drawer == Drawer::BuiltinForMissingGraphviz {
        eprintln!(
            "note: Graphviz is not installed, so the built-in layout drew this; Graphviz \
             lays out large graphs better: apt-get install graphviz (Debian/Ubuntu), brew \
             install graphviz (macOS)"
        );
    }
    store::write_atomic(output, &picture.bytes)?;
    eprintln!(
        "drew {} nodes and {} edges to {}",
        view.nodes.len(),
        view.edges.len(),
        output.display()
    );
    Ok(())
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// NetworkX node-link JSON.
    Json,
    /// The graph's own RON form (always the whole graph).
    Ron,
    /// Graphviz DOT (an overview when the selection is large; see --top and --all).
    Dot,
    /// GraphML (NetworkX, Gephi, yEd, Cytoscape).
    Graphml,
    /// CSV node and edge tables plus a Cypher COPY script; --output is a directory or
    /// a file-name prefix.
    Csv,
    /// One self-contained Cypher script (schema and CREATE statements).
    Cypher,
}

/// `export` arguments.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The graph file.
    pub graph: PathBuf,
    /// Output format.
    #[arg(short, long, value_enum)]
    pub format: ExportFormat,
    /// Output file (standard output when absent); for csv a directory or a prefix.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub select: SelectArgs,
    #[command(flatten)]
    pub draw: DrawArgs,
}

/// `render` arguments.
#[derive(Args, Debug)]
pub struct RenderArgs {
    /// The graph file.
    pub graph: PathBuf,
    /// The picture to write; its extension (.svg, .png, .pdf, .html, .dot) gives the
    /// format unless --format is given.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Picture format.
    #[arg(short, long, value_enum)]
    pub format: Option<RenderFormat>,
    #[command(flatten)]
    pub select: SelectArgs,
    #[command(flatten)]
    pub draw: DrawArgs,
}

/// Picture formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RenderFormat {
    /// Scalable vector graphics.
    Svg,
    /// Bitmap (needs Graphviz).
    Png,
    /// PDF (needs Graphviz).
    Pdf,
    /// Self-contained HTML page with pan, zoom, search and evidence.
    Html,
    /// Graphviz DOT text.
    Dot,
}

impl From<RenderFormat> for Format {
    fn from(f: RenderFormat) -> Format {
        match f {
            RenderFormat::Svg => Format::Svg,
            RenderFormat::Png => Format::Png,
            RenderFormat::Pdf => Format::Pdf,
            RenderFormat::Html => Format::Html,
            RenderFormat::Dot => Format::Dot,
        }
    }
}

fn write_output(output: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match output {
        Some(p) => store::write_atomic(p, bytes)?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Run `export`.
pub fn export(a: ExportArgs) -> Result<Outcome> {
    let g = a.select.filter.time.load(&a.graph)?;
    let (v, f, focus) = a.select.select(&g)?;
    let bytes = match a.format {
        ExportFormat::Json => json::view_to_string(&g, &v).into_bytes(),
        ExportFormat::Ron => {
            if v != View::all(&g) {
                bail!(
                    "the RON form is the whole graph (as of a date, if one is given); selection flags do not apply to it"
                );
            }
            store::encode(&g, store::Encoding::Ron)
        }
        ExportFormat::Dot => {
            let (v, opts) = a.draw.prepare(&g, v, &f.query, &focus)?;
            newsgraph::export::dot::to_string(&g, &v, &opts).into_bytes()
        }
        ExportFormat::Graphml => graphml::to_string(&g, &v).into_bytes(),
        ExportFormat::Cypher => table::cypher_script(&g, &v).into_bytes(),
        ExportFormat::Csv => {
            let out = a
                .output
                .as_deref()
                .context("csv export writes several files; give --output DIR/ or a prefix")?;
            for p in table::write_csv(&g, &v, out)? {
                eprintln!("wrote {}", p.display());
            }
            return Ok(Outcome::Done);
        }
    };
    write_output(a.output.as_deref(), &bytes)?;
    Ok(Outcome::Done)
}

/// Run `render`.
pub fn render(a: RenderArgs) -> Result<Outcome> {
    let format = match a.format {
        Some(f) => f.into(),
        None => Format::for_path(&a.output).with_context(|| {
            format!(
                "{}: cannot tell the picture format from the extension; use .svg, .png, .pdf, .html or .dot, or --format",
                a.output.display()
            )
        })?,
    };
    let g = a.select.filter.time.load(&a.graph)?;
    let (v, f, focus) = a.select.select(&g)?;
    let (v, opts) = a.draw.prepare(&g, v, &f.query, &focus)?;
    draw(&g, &v, &opts, &a.draw, format, &a.output)?;
    Ok(Outcome::Done)
}

/// Above this many nodes a drawing gets slow and hard to read.
const LARGE_DRAWING: usize = 400;

/// Below this many documents `build` shows no progress bar: it would only flicker.
const PROGRESS_MIN_DOCS: u64 = 50;

/// Progress over documents during `build`: a bar on a terminal once enough documents
/// have been seen, nothing otherwise.
pub struct BuildProgress {
    bar: Option<ProgressBar>,
    done: Cell<u64>,
    start: Instant,
}

impl BuildProgress {
    /// Start counting; the bar appears only when stderr is a terminal.
    pub fn new() -> BuildProgress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            b.set_style(
                ProgressStyle::with_template(
                    "{spinner} {human_pos} documents extracted  {elapsed}  {wide_msg}",
                )
                .expect("valid template"),
            );
            b
        });
        BuildProgress {
            bar,
            done: Cell::new(0),
            start: Instant::now(),
        }
    }

    /// One more document extracted.
    pub fn tick(&self, doc_id: &str) {
        let done = self.done.get() + 1;
        self.done.set(done);
        if let Some(b) = &self.bar {
            if done == PROGRESS_MIN_DOCS {
                b.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
                b.enable_steady_tick(Duration::from_millis(200));
            }
            b.set_position(done);
            if done >= PROGRESS_MIN_DOCS {
                b.set_message(doc_id.to_string());
            }
        }
    }

    /// A message printed above the bar (or plainly when there is none).
    pub fn println(&self, msg: &str) {
        match &self.bar {
            Some(b) if !b.is_hidden() => b.println(msg),
            _ => eprintln!("{msg}"),
        }
    }

    /// Remove the bar and print what was built.
    pub fn finish(self, g: &KnowledgeGraph, output: &Path) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        eprint!(
            "{}",
            summary(g, output, self.done.get(), self.start.elapsed())
        );
    }
}

/// The closing summary of `build`.
pub fn summary(g: &KnowledgeGraph, output: &Path, docs: u64, took: Duration) -> String {
    let mut s = format!(
        "built {}: {} documents read ({} in the graph), {} nodes, {} edges in {:.2}s\n",
        output.display(),
        docs,
        g.documents.len(),
        g.node_count(),
        g.edge_count(),
        took.as_secs_f64()
    );
    let kinds: Vec<String> = g
        .kind_counts()
        .iter()
        .map(|(k, n)| format!("{n} {k}"))
        .collect();
    if !kinds.is_empty() {
        s.push_str(&format!("  entities:  {}\n", kinds.join(", ")));
    }
    let mut rels: Vec<_> = g.relation_counts().into_iter().collect();
    // Most frequent first; ties in vocabulary order.
    rels.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !rels.is_empty() {
        let r: Vec<String> = rels.iter().map(|(r, n)| format!("{n} {r}")).collect();
        s.push_str(&format!("  relations: {}\n", r.join(", ")));
    }
    let meetings: Vec<_> = g
        .node_indices()
        .filter_map(|ix| g.node(ix).meeting.as_ref())
        .collect();
    if !meetings.is_empty() {
        let dated = meetings.iter().filter(|m| m.date.is_some()).count();
        s.push_str(&format!(
            "  meetings:  {} ({} dated)\n",
            meetings.len(),
            dated
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use newsgraph::graph::{node_id, MeetingInfo, Node};
    use newsgraph::model::{EntityKind, Evidence, Relation, Span};
    use std::collections::BTreeSet;

    #[test]
    fn summary_counts_kinds_relations_and_meetings() {
        let mut g = KnowledgeGraph::new();
        let mut add = |k: EntityKind, name: &str| {
            g.add_node(Node {
                id: node_id(k, name),
                kind: k,
                name: name.into(),
                aliases: BTreeSet::new(),
                documents: BTreeSet::new(),
                mentions: 1,
                roles: BTreeSet::new(),
                meeting: (k == EntityKind::Meeting).then(MeetingInfo::default),
            })
        };
        let a = add(EntityKind::Person, "A");
        let b = add(EntityKind::Person, "B");
        let m = add(EntityKind::Meeting, "talks");
        let ev = Evidence::new("d", 0, Span::new(0, 1), "x", "r");
        g.add_evidence(a, Relation::ParticipantIn, m, ev.clone());
        g.add_evidence(b, Relation::ParticipantIn, m, ev.clone());
        g.add_evidence(a, Relation::Consulted, b, ev);
        let s = summary(&g, Path::new("g.ron"), 4, Duration::from_millis(1500));
        assert!(
            s.starts_with(
                "built g.ron: 4 documents read (0 in the graph), 3 nodes, 3 edges in 1.50s\n"
            ),
            "{s}"
        );
        assert!(s.contains("  entities:  2 person, 1 meeting\n"), "{s}");
        assert!(
            s.contains("  relations: 2 participant_in, 1 consulted\n"),
            "{s}"
        );
        assert!(s.contains("  meetings:  1 (0 dated)\n"), "{s}");
    }
}
