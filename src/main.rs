//! The `newsgraph` command line: parses arguments, calls the library, prints.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use newsgraph::{store, KnowledgeGraph};
use std::io::Write;
use std::path::{Path, PathBuf};

mod query_cli;

/// Build a knowledge graph of who met whom, who leads what and who pressured whom
/// from English news articles, offline and deterministically.
#[derive(Parser)]
#[command(name = "newsgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract every article and merge them into one graph file.
    Build {
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
    },
    /// Show what is found in each article, without building a graph.
    Extract {
        /// Articles, as for `build`.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = ExtractFormat::Text)]
        format: ExtractFormat,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Write a graph, or part of it, as node-link JSON, DOT, GraphML, CSV or Cypher.
    Export(export_cli::ExportArgs),
    /// Draw a graph, or part of it, through Graphviz: SVG, PNG, PDF or an interactive
    /// HTML page, by the output's extension.
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
    /// List entity decisions worth a human look (ambiguous short forms, names kept
    /// apart, weak merges, guessed kinds), most mentions first.
    Review(query_cli::ReviewArgs),
    /// Combine graphs built separately into one.
    Merge {
        /// Graph files.
        #[arg(required = true)]
        graphs: Vec<PathBuf>,
        /// The merged graph to write.
        #[arg(short, long)]
        output: PathBuf,
        #[command(flatten)]
        common: CommonArgs,
    },
}

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
}

fn warn(e: &newsgraph::Error) {
    eprintln!("newsgraph: warning: skipped {e}");
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    /// A readable summary.
    Text,
    /// JSON Lines, one object per document.
    Json,
}

mod export_cli;

fn main() {
    let cli = Cli::parse();
    if let Err(e) = run(cli) {
        eprintln!("newsgraph: error: {e:#}");
        std::process::exit(1);
    }
}

fn set_threads(common: &CommonArgs) -> Result<()> {
    if let Some(n) = common.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("cannot set up worker threads")?;
    }
    Ok(())
}

fn load_graph(path: &Path) -> Result<KnowledgeGraph> {
    Ok(store::load(path)?)
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

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build {
            inputs,
            output,
            append,
            common,
        } => {
            set_threads(&common)?;
            let res =
                newsgraph::load_resources(common.lexicon.as_deref(), common.rules.as_deref())?;
            let mut records = Vec::new();
            let progress = export_cli::BuildProgress::new();
            newsgraph::extract_stream(
                newsgraph::input::stream_documents(&inputs)?,
                &res,
                common.on_bad(),
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
            let mut g = if append && output.exists() {
                load_graph(&output)?
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
            store::save(&g, &output)?;
            progress.finish(&g, &output);
            // The process ends here: freeing a large graph node by node only delays exit.
            std::mem::forget(g);
        }
        Command::Extract {
            inputs,
            format,
            common,
        } => {
            set_threads(&common)?;
            let res =
                newsgraph::load_resources(common.lexicon.as_deref(), common.rules.as_deref())?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            newsgraph::extract_stream(
                newsgraph::input::stream_documents(&inputs)?,
                &res,
                common.on_bad(),
                &mut warn,
                &mut |_, ex| {
                    print_extraction(&mut out, &ex, format).map_err(|e| newsgraph::Error::Write {
                        path: "<stdout>".into(),
                        source: e,
                    })
                },
            )?;
            out.flush()?;
        }
        Command::Export(a) => export_cli::export(a)?,
        Command::Render(a) => export_cli::render(a)?,
        Command::Path(a) => query_cli::path(a)?,
        Command::Neighbors(a) => query_cli::neighbors(a)?,
        Command::Meetings(a) => query_cli::meetings(a)?,
        Command::Show(a) => query_cli::show(a)?,
        Command::Rank(a) => query_cli::rank(a)?,
        Command::Review(a) => query_cli::review(a)?,
        Command::Merge {
            graphs,
            output,
            common,
        } => {
            let res =
                newsgraph::load_resources(common.lexicon.as_deref(), common.rules.as_deref())?;
            let mut merged = KnowledgeGraph::new();
            let policy = newsgraph::merge_policy(&res)?;
            for p in &graphs {
                merged.merge_graph(load_graph(p)?, &policy);
            }
            if let Some(note) = merged.capped_evidence_note() {
                eprintln!("newsgraph: note: {note}");
            }
            store::save(&merged, &output)?;
            // As for build: the process ends, freeing the graph is wasted work.
            std::mem::forget(merged);
        }
    }
    Ok(())
}
