//! The query subcommands of the command line: `path`, `neighbors`, `meetings`, `show`
//! and `rank`. Argument parsing and printing only; the answers come from
//! `newsgraph::query`.

use crate::export_cli::{self, DrawArgs};
use crate::{load_graph, Outcome};
use anyhow::Result;
use clap::{Args, ValueEnum};
use newsgraph::graph::view::View;
use newsgraph::model::MeetingStatus;
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
    fn load(&self) -> Result<KnowledgeGraph> {
        load_graph(&self.graph)
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
    /// Keep only evidence dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Keep only evidence dated on or before this date.
    #[arg(long)]
    pub until: Option<String>,
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
            window: DateWindow::new(self.since.as_deref(), self.until.as_deref())?,
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
    /// Only meetings dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only meetings dated on or before this date.
    #[arg(long)]
    pub until: Option<String>,
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
    /// Rank brokers between this group (comma-separated names) and the --between group.
    #[arg(
        long,
        value_name = "NAME,NAME",
        requires = "between",
        conflicts_with = "by"
    )]
    pub brokers: Option<String>,
    /// The second group for --brokers.
    #[arg(long, value_name = "NAME,NAME", requires = "brokers")]
    pub between: Option<String>,
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
    let g = a.graph.load()?;
    let (from, to) = (query::resolve(&g, &a.from)?, query::resolve(&g, &a.to)?);
    let q = query::path::PathQuery {
        filter,
        k: a.k,
        max_hops: a.max_hops,
        ..Default::default()
    };
    let report = query::path::find_paths(&g, from, to, &q)?;
    a.draw
        .draw(&g, query::path::view(&g, &report), &q.filter, &[from, to])?;
    answer(a.json, &report, || query::path::render_text(&g, &report))?;
    Ok(Outcome::Done)
}

/// `newsgraph neighbors`.
pub fn neighbors(a: NeighborsArgs) -> Result<Outcome> {
    let filter = a.filter.filter()?;
    let g = a.graph.load()?;
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
    let window = DateWindow::new(a.since.as_deref(), a.until.as_deref())?;
    let g = a.graph.load()?;
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
        window,
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
    let g = a.graph.load()?;
    let ix = query::resolve(&g, &a.name)?;
    let report = query::show::show(&g, ix);
    answer(a.json, &report, || query::show::render_text(&report))?;
    Ok(Outcome::Done)
}

/// `newsgraph rank`.
pub fn rank(a: RankArgs) -> Result<Outcome> {
    let filter = a.filter.filter()?;
    let g = a.graph.load()?;
    if a.components {
        let list = query::rank::component_report(&g, &filter);
        answer(a.json, &list, || query::rank::render_components(&list))?;
        return Ok(Outcome::found_unless(list.is_empty()));
    }
    let report = match (&a.brokers, &a.between) {
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
