//! The query subcommands of the command line: `path`, `neighbors`, `meetings`, `show`,
//! `rank` and `diff`, and the window of dates they share with `export` and `render`.
//! Argument parsing and printing only; the answers come from `newsgraph::query` and
//! `newsgraph::diff`.

use crate::export_cli::{self, DrawArgs};
use crate::{load_graph, Outcome};
use anyhow::Result;
use clap::{Args, ValueEnum};
use newsgraph::graph::view::View;
use newsgraph::model::MeetingStatus;
use newsgraph::query::time::{self, TimeWindow, Undated};
use newsgraph::query::{self, rank::Measure, DateWindow, Filter};
use newsgraph::render::Format;
use newsgraph::KnowledgeGraph;
use petgraph::stable_graph::NodeIndex;
use std::io::Write;
use std::path::PathBuf;

/// The graph file to query.
#[derive(Args, Debug)]
pub struct GraphFile {
    /// The graph file to query (.ron, .json or .bin).
    #[arg(short, long, default_value = "graphs/graph.ron")]
    pub graph: PathBuf,
}

impl GraphFile {
    fn load(&self, time: &TimeArgs) -> Result<KnowledgeGraph> {
        time.load(&self.graph)
    }
}

/// Which dates of evidence a command uses: the graph as it stood on a date, or as
/// reported between two.
#[derive(Args, Debug, Default)]
pub struct TimeArgs {
    /// The graph as of this date: only evidence dated on or before it (YYYY, YYYY-MM or
    /// YYYY-MM-DD).
    #[arg(long, visible_alias = "until", value_name = "DATE")]
    pub as_of: Option<String>,
    /// Only evidence dated on or after this date.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only evidence dated from FROM to TO, both included (same as --since FROM
    /// --as-of TO).
    #[arg(long, num_args = 2, value_names = ["FROM", "TO"], conflicts_with_all = ["as_of", "since"])]
    pub between: Option<Vec<String>>,
    /// Leave out evidence from undated documents (kept by default, and counted, when
    /// a window of dates is set).
    #[arg(long)]
    pub drop_undated: bool,
}

impl TimeArgs {
    /// The window these flags ask for.
    pub fn window(&self) -> Result<TimeWindow> {
        let dates = match &self.between {
            Some(ends) => DateWindow::new(Some(&ends[0]), Some(&ends[1])).map_err(|e| match e {
                newsgraph::Error::Parameter { problem, .. } => {
                    anyhow::anyhow!("--between {problem}")
                }
                e => e.into(),
            })?,
            None => DateWindow::new(self.since.as_deref(), self.as_of.as_deref())?,
        };
        Ok(TimeWindow {
            dates,
            undated: if self.drop_undated {
                Undated::Drop
            } else {
                Undated::Keep
            },
        })
    }

    /// True when the flags keep every piece of evidence.
    pub fn keeps_all(&self) -> Result<bool> {
        Ok(self.window()?.keeps_all())
    }

    /// Load a graph and cut it to the window, saying on stderr what the window kept.
    pub fn load(&self, path: &std::path::Path) -> Result<KnowledgeGraph> {
        let w = self.window()?;
        let mut g = load_graph(path)?;
        if !w.keeps_all() {
            let r = time::restrict(&mut g, &w);
            let hint = if r.undated_evidence_kept > 0 {
                " (--drop-undated leaves it out)"
            } else {
                ""
            };
            eprintln!("newsgraph: note: {}{hint}", r.note(&w));
        }
        Ok(g)
    }
}

/// Which edges and nodes a query or a drawing may use.
#[derive(Args, Debug)]
pub struct FilterArgs {
    /// Relations that may be followed or drawn, comma-separated (`meeting` = the three
    /// meeting roles).
    #[arg(long, visible_alias = "relations", value_name = "REL,REL")]
    pub via: Option<String>,
    /// Node kinds allowed (on intermediate nodes for paths; on listed or drawn nodes
    /// otherwise): person, organization, country, place, meeting.
    #[arg(long, value_name = "KIND,KIND")]
    pub kinds: Option<String>,
    #[command(flatten)]
    pub time: TimeArgs,
    /// Treat meetings as ordinary nodes instead of one hop between their actors.
    #[arg(long)]
    pub no_meeting_hops: bool,
}

impl FilterArgs {
    /// The query filter these flags ask for.
    pub fn filter(&self) -> Result<Filter> {
        Ok(Filter {
            relations: self
                .via
                .as_deref()
                .map(query::parse_relations)
                .transpose()?,
            kinds: self.kinds.as_deref().map(query::parse_kinds).transpose()?,
            meeting_hops: !self.no_meeting_hops,
            min_evidence: 0,
        })
    }
}

/// Where to draw the answer, and how.
#[derive(Args, Debug)]
pub struct DrawTo {
    /// Write the answer as a Graphviz DOT file.
    #[arg(long, value_name = "FILE")]
    pub dot: Option<PathBuf>,
    /// Draw the answer (SVG, PNG, PDF or HTML by extension).
    #[arg(long, value_name = "FILE")]
    pub render: Option<PathBuf>,
    #[command(flatten)]
    pub style: DrawArgs,
}

impl DrawTo {
    /// Draw `view` where asked; `keep` stay in an overview whatever their rank.
    fn draw(
        &self,
        g: &KnowledgeGraph,
        view: View,
        filter: &Filter,
        keep: &[NodeIndex],
    ) -> Result<()> {
        if self.dot.is_none() && self.render.is_none() {
            return Ok(());
        }
        let (view, opts) = self.style.prepare(g, view, filter, keep)?;
        if let Some(p) = &self.dot {
            export_cli::draw(g, &view, &opts, &self.style, Format::Dot, p)?;
        }
        if let Some(p) = &self.render {
            let format = Format::for_path(p).ok_or_else(|| {
                anyhow::anyhow!(
                    "{}: cannot tell the picture format from the extension; use .svg, .png, .pdf, .html or .dot",
                    p.display()
                )
            })?;
            export_cli::draw(g, &view, &opts, &self.style, format, p)?;
        }
        Ok(())
    }
}

/// `path` arguments.
#[derive(Args, Debug)]
pub struct PathArgs {
    /// Where the path starts (a name, alias, surname or node id).
    pub from: String,
    /// Where it ends.
    pub to: String,
    #[command(flatten)]
    pub graph: GraphFile,
    /// Number of distinct simple paths to list, shortest first (at most 1000).
    #[arg(long, default_value_t = 1)]
    pub k: usize,
    /// Longest path accepted, in hops.
    #[arg(long)]
    pub max_hops: Option<usize>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub draw: DrawTo,
}

/// `neighbors` arguments.
#[derive(Args, Debug)]
pub struct NeighborsArgs {
    /// The entity (a name, alias, surname or node id).
    pub name: String,
    #[command(flatten)]
    pub graph: GraphFile,
    /// How many hops out to go.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub draw: DrawTo,
}

/// Meeting status on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum StatusArg {
    /// It took place.
    Held,
    /// It is scheduled or intended.
    Planned,
    /// It was called off.
    Cancelled,
}

/// `meetings` arguments.
#[derive(Args, Debug)]
pub struct MeetingsArgs {
    #[command(flatten)]
    pub graph: GraphFile,
    /// Only meetings this actor took part in.
    #[arg(long)]
    pub participant: Option<String>,
    /// Only meetings held in this place.
    #[arg(long)]
    pub place: Option<String>,
    #[command(flatten)]
    pub time: TimeArgs,
    /// Only meetings of this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `show` arguments.
#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The entity (a name, alias, surname or node id).
    pub name: String,
    #[command(flatten)]
    pub graph: GraphFile,
    /// List its relations and meetings by date, first to last, with one evidence
    /// sentence each.
    #[arg(long)]
    pub timeline: bool,
    #[command(flatten)]
    pub time: TimeArgs,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `review` arguments.
#[derive(Args, Debug)]
pub struct ReviewArgs {
    /// The graph file to review (.ron, .json or .bin).
    pub graph: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Ranking measure on the command line.
#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum MeasureArg {
    /// Distinct neighbours.
    #[default]
    Degree,
    /// Shortest paths through the node (Brandes).
    Betweenness,
    /// PageRank over directed relations.
    Pagerank,
}

impl From<MeasureArg> for Measure {
    fn from(m: MeasureArg) -> Measure {
        match m {
            MeasureArg::Degree => Measure::Degree,
            MeasureArg::Betweenness => Measure::Betweenness,
            MeasureArg::Pagerank => Measure::Pagerank,
        }
    }
}

/// `rank` arguments.
#[derive(Args, Debug)]
pub struct RankArgs {
    #[command(flatten)]
    pub graph: GraphFile,
    /// The measure.
    #[arg(long, value_enum, default_value_t = MeasureArg::Degree)]
    pub by: MeasureArg,
    /// How many to list.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// List connected components instead of a ranking.
    #[arg(long, conflicts_with_all = ["brokers", "by"])]
    pub components: bool,
    /// Rank brokers between this group (comma-separated names) and the --and group.
    #[arg(
        long,
        value_name = "NAME,NAME",
        requires = "and",
        conflicts_with = "by"
    )]
    pub brokers: Option<String>,
    /// The second group for --brokers.
    #[arg(long, value_name = "NAME,NAME", requires = "brokers")]
    pub and: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn print(s: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Print a report as JSON or as text.
fn answer<T: serde::Serialize>(
    json: bool,
    report: &T,
    text: impl FnOnce() -> String,
) -> Result<()> {
    if json {
        print(&query::to_json(report))
    } else {
        print(&text())
    }
}

/// `newsgraph path`.
pub fn path(a: PathArgs) -> Result<Outcome> {
    let filter = a.filter.filter()?;
    let g = a.graph.load(&a.filter.time)?;
    let (from, to) = (query::resolve(&g, &a.from)?, query::resolve(&g, &a.to)?);
    let q = query::path::PathQuery {
        filter,
        k: a.k,
        max_hops: a.max_hops,
        ..Default::default()
    };
    let dated = !a.filter.time.keeps_all()?;
    let report = query::path::find_paths(&g, from, to, &q).map_err(|e| match e {
        // Cut to a window of dates, the graph may lack the path for that alone.
        newsgraph::Error::NoPath {
            from,
            to,
            max_hops,
            filtered,
        } => newsgraph::Error::NoPath {
            from,
            to,
            max_hops,
            filtered: filtered || dated,
        },
        e => e,
    })?;
    a.draw
        .draw(&g, query::path::view(&g, &report), &q.filter, &[from, to])?;
    answer(a.json, &report, || query::path::render_text(&g, &report))?;
    Ok(Outcome::Done)
}

/// `newsgraph neighbors`.
pub fn neighbors(a: NeighborsArgs) -> Result<Outcome> {
    let filter = a.filter.filter()?;
    let g = a.graph.load(&a.filter.time)?;
    let start = query::resolve(&g, &a.name)?;
    let report = query::neighbors::neighbors(&g, start, a.depth, &filter)?;
    let view = query::neighbors::view(&g, &report, &filter);
    a.draw.draw(&g, view, &filter, &[start])?;
    answer(a.json, &report, || {
        query::neighbors::render_text(&g, &report)
    })?;
    Ok(Outcome::found_unless(report.neighbors.is_empty()))
}

/// `newsgraph meetings`.
pub fn meetings(a: MeetingsArgs) -> Result<Outcome> {
    let g = a.graph.load(&a.time)?;
    let f = query::meetings::MeetingFilter {
        participant: a
            .participant
            .as_deref()
            .map(|n| query::resolve(&g, n))
            .transpose()?,
        place: a
            .place
            .as_deref()
            .map(|n| query::resolve(&g, n))
            .transpose()?,
        status: a.status.map(|s| match s {
            StatusArg::Held => MeetingStatus::Held,
            StatusArg::Planned => MeetingStatus::Planned,
            StatusArg::Cancelled => MeetingStatus::Cancelled,
        }),
    };
    let list = query::meetings::meetings(&g, &f);
    answer(a.json, &list, || query::meetings::render_text(&list))?;
    Ok(Outcome::found_unless(list.is_empty()))
}

/// `newsgraph show`.
pub fn show(a: ShowArgs) -> Result<Outcome> {
    let g = a.graph.load(&a.time)?;
    let ix = query::resolve(&g, &a.name)?;
    if a.timeline {
        let t = query::timeline::timeline(&g, ix);
        answer(a.json, &t, || query::timeline::render_text(&t))?;
        return Ok(Outcome::Done);
    }
    let report = query::show::show(&g, ix);
    answer(a.json, &report, || query::show::render_text(&report))?;
    Ok(Outcome::Done)
}

/// `newsgraph rank`.
pub fn rank(a: RankArgs) -> Result<Outcome> {
    let filter = a.filter.filter()?;
    let g = a.graph.load(&a.filter.time)?;
    if a.components {
        let list = query::rank::component_report(&g, &filter);
        answer(a.json, &list, || query::rank::render_components(&list))?;
        return Ok(Outcome::found_unless(list.is_empty()));
    }
    let report = match (&a.brokers, &a.and) {
        (Some(x), Some(y)) => {
            let (ga, gb) = (query::resolve_list(&g, x)?, query::resolve_list(&g, y)?);
            query::rank::rank_brokers(&g, &filter, &ga, &gb, a.top)?
        }
        _ => query::rank::rank(&g, &filter, a.by.into(), a.top)?,
    };
    answer(a.json, &report, || query::rank::render_text(&report))?;
    Ok(Outcome::found_unless(report.ranking.is_empty()))
}

/// `newsgraph review`.
pub fn review(a: ReviewArgs) -> Result<Outcome> {
    let g = load_graph(&a.graph)?;
    let items = query::review::review(&g);
    answer(a.json, &items, || query::review::render_text(&items))?;
    Ok(Outcome::found_unless(items.is_empty()))
}

/// `diff` arguments.
#[derive(Args, Debug)]
pub struct DiffArgs {
    /// The earlier graph file.
    pub old: PathBuf,
    /// The later graph file.
    pub new: PathBuf,
    /// Print JSON (every change) instead of text.
    #[arg(long)]
    pub json: bool,
    /// Items listed in each part of the text output (0 for all).
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
    /// Draw the changed part with one hop of context (SVG, PNG, PDF, HTML or DOT by
    /// extension): what was added in green, what was removed dashed in red.
    #[arg(long, value_name = "FILE")]
    pub render: Option<PathBuf>,
    #[command(flatten)]
    pub style: DrawArgs,
}

/// `newsgraph diff`.
pub fn diff(a: DiffArgs) -> Result<Outcome> {
    // The two files are read at once: reading is most of a diff's time.
    let (old, new) = rayon::join(|| load_graph(&a.old), || load_graph(&a.new));
    let (old, new) = (old?, new?);
    let cmp = newsgraph::diff::compare(&old, &new);
    let report = cmp.report();
    if let Some(p) = &a.render {
        let format = Format::for_path(p).ok_or_else(|| {
            anyhow::anyhow!(
                "{}: cannot tell the picture format from the extension; use .svg, .png, .pdf, .html or .dot",
                p.display()
            )
        })?;
        let (d, view) = cmp.drawing();
        let (view, opts) = a.style.prepare(&d, view, &Filter::default(), &[])?;
        export_cli::draw(&d, &view, &opts, &a.style, format, p)?;
    }
    answer(a.json, &report, || {
        newsgraph::diff::render_text(&report, a.limit)
    })?;
    let outcome = Outcome::found_unless(report.is_empty());
    // The process ends with the answer: freeing two whole graphs node by node first
    // would only delay it (a tenth of the time of a large diff).
    drop(cmp);
    std::mem::forget((old, new));
    Ok(outcome)
}
