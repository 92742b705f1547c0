//! The `newsgraph` command line: parses arguments, calls the library, prints.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use newsgraph::{store, KnowledgeGraph};
use std::io::Write;
use std::path::{Path, PathBuf};

mod export_cli;
mod query_cli;

/// mimalloc instead of the system allocator: extraction makes many small, short-lived
/// allocations per sentence, which it serves faster and with better locality.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes, as `--help` states them.
const EXIT_CODES: &str = "\
Exit codes:
  0  done: the query answered, the file was written (also when the reader of standard
     output closed it early, as `| head` does)
  1  nothing found: no path, no neighbours, no meetings, no change between two graphs,
     or a name that matches no entity (near matches are suggested)
  2  error: unreadable or malformed input, a bad flag value, a failed write";

/// Build a knowledge graph of who met whom, who leads what and who pressured whom
/// from English news articles, offline and deterministically.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract every article and merge them into one graph file.
    Build(BuildArgs),
    /// Show what is found in each article, without building a graph.
    Extract(ExtractArgs),
    /// Write a graph, or part of it, as node-link JSON, DOT, GraphML, CSV or Cypher.
    Export(export_cli::ExportArgs),
    /// Draw a graph, or part of it: SVG, PNG, PDF or an interactive HTML page, by the
    /// output's extension. Graphviz draws when installed; SVG and HTML are drawn by a
    /// built-in layout otherwise.
    Render(export_cli::RenderArgs),
    /// Shortest paths between two actors, with the evidence for each hop.
    Path(query_cli::PathArgs),
    /// Entities within a few hops of one, with how each is linked.
    Neighbors(query_cli::NeighborsArgs),
    /// Meetings: who took part in what role, where and when.
    Meetings(query_cli::MeetingsArgs),
    /// Everything known of one entity.
    Show(query_cli::ShowArgs),
    /// Rank entities by degree, betweenness or PageRank; components; brokers.
    Rank(query_cli::RankArgs),
    /// Combine graphs built separately into one.
    Merge(MergeArgs),
    /// Entity decisions worth a human look: ambiguous short names, near-duplicates kept
    /// apart, guessed kinds, merges on weak evidence.
    Review(query_cli::ReviewArgs),
    /// What changed between two graph files: entities, relations and meetings added
    /// and removed, entities merged or split, relations whose modality changed.
    Diff(query_cli::DiffArgs),
}

/// `build` arguments.
#[derive(Args)]
struct BuildArgs {
    /// Articles: .txt files, .jsonl files (one {"id","text"} record a line),
    /// directories (searched recursively) or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Graph file to write (.ron, .json, or .bin for the compact binary form).
    #[arg(short, long, default_value = "graphs/graph.ron")]
    output: PathBuf,
    /// Add the articles to the existing graph at --output instead of replacing it.
    #[arg(long)]
    append: bool,
    #[command(flatten)]
    common: CommonArgs,
}

/// `extract` arguments.
#[derive(Args)]
struct ExtractArgs {
    /// Articles, as for `build`.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = ExtractFormat::Text)]
    format: ExtractFormat,
    #[command(flatten)]
    common: CommonArgs,
}

/// `merge` arguments.
#[derive(Args)]
struct MergeArgs {
    /// Graph files.
    #[arg(required = true)]
    graphs: Vec<PathBuf>,
    /// The merged graph to write.
    #[arg(short, long)]
    output: PathBuf,
    /// Extra lexicon (RON): its forbidden merges and entity decisions apply.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Skip unreadable or malformed graph files with a warning instead of stopping.
    #[arg(long)]
    skip_bad: bool,
}

/// The extraction options `build` and `extract` share.
#[derive(Args)]
struct CommonArgs {
    /// Extra lexicon (RON) whose entries extend the embedded one.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Extra relation and meeting rules (RON) added to the embedded ones.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Worker threads (default: RAYON_NUM_THREADS, else all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Skip unreadable inputs and malformed records with a warning instead of stopping.
    #[arg(long)]
    skip_bad: bool,
}

impl CommonArgs {
    fn on_bad(&self) -> newsgraph::OnBadInput {
        if self.skip_bad {
            newsgraph::OnBadInput::Skip
        } else {
            newsgraph::OnBadInput::Fail
        }
    }

    /// Set up the worker threads and load the vocabulary.
    fn resources(&self) -> Result<newsgraph::Resources> {
        if let Some(n) = self.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build_global()
                .context("cannot set up worker threads")?;
        }
        Ok(newsgraph::load_resources(
            self.lexicon.as_deref(),
            self.rules.as_deref(),
        )?)
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// A readable summary.
    Text,
    /// JSON Lines, one object per document.
    Json,
}

/// How a command ended when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It answered or wrote what was asked.
    Done,
    /// It ran, and found nothing.
    NothingFound,
}

impl Outcome {
    /// [`Outcome::NothingFound`] when `empty`.
    pub fn found_unless(empty: bool) -> Outcome {
        if empty {
            Outcome::NothingFound
        } else {
            Outcome::Done
        }
    }
}

fn main() {
    let code = match run(Cli::parse()) {
        Ok(Outcome::Done) => 0,
        Ok(Outcome::NothingFound) => 1,
        Err(e) => report(&e),
    };
    std::process::exit(code);
}

fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Build(a) => build(a),
        Command::Extract(a) => extract(a),
        Command::Export(a) => export_cli::export(a),
        Command::Render(a) => export_cli::render(a),
        Command::Path(a) => query_cli::path(a),
        Command::Neighbors(a) => query_cli::neighbors(a),
        Command::Meetings(a) => query_cli::meetings(a),
        Command::Show(a) => query_cli::show(a),
        Command::Rank(a) => query_cli::rank(a),
        Command::Merge(a) => merge(a),
        Command::Review(a) => query_cli::review(a),
        Command::Diff(a) => query_cli::diff(a),
    }
}

/// Print an error and give the exit code for it: 0 when standard output was closed by
/// its reader, 1 when the error says nothing was found, 2 otherwise.
fn report(e: &anyhow::Error) -> i32 {
    let broken_pipe = e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return 0;
    }
    let lib = e.downcast_ref::<newsgraph::Error>();
    let message = match lib {
        Some(newsgraph::Error::Parameter { param, problem }) => {
            format!("{} {problem}", flag(*param))
        }
        _ => format!("{e:#}"),
    };
    if lib.is_some_and(|l| l.is_nothing_found()) {
        eprintln!("newsgraph: {message}");
        1
    } else {
        eprintln!("newsgraph: error: {message}");
        2
    }
}

/// The command-line flag that sets a library parameter.
fn flag(p: newsgraph::error::Param) -> &'static str {
    use newsgraph::error::Param;
    match p {
        Param::Depth => "--depth",
        Param::PathCount => "--k",
        Param::MaxHops => "--max-hops",
        Param::Top => "--top",
        Param::Since => "--since",
        Param::Until => "--as-of",
    }
}

/// The one way the command line loads a graph file.
pub fn load_graph(path: &Path) -> Result<KnowledgeGraph> {
    Ok(store::load(path)?)
}

fn build(a: BuildArgs) -> Result<Outcome> {
    let res = a.common.resources()?;
    let mut records = Vec::new();
    let progress = export_cli::BuildProgress::new();
    newsgraph::extract_stream(
        newsgraph::input::stream_documents(&a.inputs)?,
        &res,
        a.common.on_bad(),
        &mut |e| progress.println(&format!("newsgraph: warning: skipped {e}")),
        &mut |d, ex| {
            progress.tick(&d.meta.id);
            records.push(newsgraph::record(d, ex));
            Ok(())
        },
    )?;
    let capped: Vec<&str> = records
        .iter()
        .filter(|r| !r.extraction.limits.is_empty())
        .map(|r| r.meta.id.as_str())
        .collect();
    if !capped.is_empty() {
        progress.println(&format!(
            "newsgraph: note: {} document(s) hit extraction limits (very long or crowded sentences), e.g. {}; `extract --format json` lists them",
            capped.len(),
            capped[0]
        ));
    }
    let mut g = if a.append && a.output.exists() {
        load_graph(&a.output)?
    } else {
        KnowledgeGraph::new()
    };
    g.add_records(records, &newsgraph::merge_policy(&res)?);
    if let Some(note) = g.capped_evidence_note() {
        progress.println(&format!("newsgraph: note: {note}"));
    }
    if let Some(note) = g.unused_decisions_note() {
        progress.println(&format!("newsgraph: warning: {note}"));
    }
    store::save(&g, &a.output)?;
    progress.finish(&g, &a.output);
    // The process ends here: freeing a large graph node by node only delays exit.
    std::mem::forget(g);
    Ok(Outcome::Done)
}

fn extract(a: ExtractArgs) -> Result<Outcome> {
    let res = a.common.resources()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    newsgraph::extract_stream(
        newsgraph::input::stream_documents(&a.inputs)?,
        &res,
        a.common.on_bad(),
        &mut |e| eprintln!("newsgraph: warning: skipped {e}"),
        &mut |_, ex| {
            print_extraction(&mut out, &ex, a.format).map_err(|e| newsgraph::Error::Write {
                path: "<stdout>".into(),
                source: e,
            })
        },
    )?;
    out.flush()?;
    // The process ends here: freeing the resources' many small tables one by one would
    // only take time.
    std::mem::forget(res);
    Ok(Outcome::Done)
}

fn print_extraction(
    out: &mut impl Write,
    ex: &newsgraph::Extraction,
    format: ExtractFormat,
) -> std::io::Result<()> {
    match format {
        ExtractFormat::Json => {
            serde_json::to_writer(&mut *out, &newsgraph::extract::output::view(ex))?;
            writeln!(out)
        }
        ExtractFormat::Text => {
            writeln!(out, "== {}", ex.doc.id)?;
            for e in &ex.entities {
                writeln!(out, "  {:<13} {}", e.kind.as_str(), e.name)?;
            }
            for r in &ex.relations {
                writeln!(
                    out,
                    "  {} -{}-> {}  [{}]",
                    ex.entities[r.source].name,
                    r.relation,
                    ex.entities[r.target].name,
                    r.evidence.rule
                )?;
            }
            for m in &ex.meetings {
                writeln!(out, "  meeting: {} ({})", m.label, m.status.as_str())?;
            }
            Ok(())
        }
    }
}

fn merge(a: MergeArgs) -> Result<Outcome> {
    let res = newsgraph::load_resources(a.lexicon.as_deref(), None)?;
    let policy = newsgraph::merge_policy(&res)?;
    let mut merged = KnowledgeGraph::new();
    for p in &a.graphs {
        match load_graph(p) {
            Ok(g) => {
                merged.merge_graph(g, &policy);
            }
            Err(e) if a.skip_bad => eprintln!("newsgraph: warning: skipped {e:#}"),
            Err(e) => return Err(e),
        }
    }
    if let Some(note) = merged.capped_evidence_note() {
        eprintln!("newsgraph: note: {note}");
    }
    store::save(&merged, &a.output)?;
    // As for build: the process ends, freeing the graph is wasted work.
    std::mem::forget(merged);
    Ok(Outcome::Done)
}
