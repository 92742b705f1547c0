//! Train the part-of-speech tagger on the UD English Web Treebank and write its model.
//!
//!   cargo run --release --example train_tagger -- TREEBANK_DIR OUTPUT [ITERATIONS]
//!
//! TREEBANK_DIR holds en_ewt-ud-{train,dev,test}.conllu. Prints the accuracy on the dev
//! and test splits, as the treebank splits words and with hyphenated words joined as
//! newsgraph's tokenizer leaves them. The same treebank gives the same file, byte for
//! byte.

use newsgraph::text::tagger::train::{self, Accuracy, TrainOptions, TreebankSentence};
use newsgraph::text::tagger::{Model, Tagger};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn split(dir: &Path, name: &str) -> newsgraph::Result<Vec<TreebankSentence>> {
    train::load(&dir.join(format!("en_ewt-ud-{name}.conllu")))
}

fn joined(sentences: &[TreebankSentence]) -> Vec<TreebankSentence> {
    sentences
        .iter()
        .map(|s| s.with_hyphens_joined().unwrap_or_else(|| s.clone()))
        .collect()
}

fn show(name: &str, a: Accuracy) -> String {
    format!(
        "{name}: {} words, XPOS {:.2}%, UPOS {:.2}%",
        a.words,
        a.xpos * 100.0,
        a.upos * 100.0
    )
}

fn run(dir: &Path, output: &Path, opts: &TrainOptions) -> newsgraph::Result<()> {
    let train_split = split(dir, "train")?;
    let examples = train::examples(&train_split);
    eprintln!(
        "training on {} sentences ({} examples with hyphenated words joined too), {} passes",
        train_split.len(),
        examples.len(),
        opts.iterations
    );
    let model = train::train(&examples, opts, &mut |pass, acc| {
        eprintln!("  pass {pass}: {:.2}% right while training", acc * 100.0)
    });
    let bytes = model.to_bytes();
    let tagger = Tagger::from_bytes(&bytes, &output.display().to_string())?;
    assert_eq!(Model::from_bytes(&bytes, "model")?, model);
    println!(
        "model: {} features, {} weights, {} dictionary words, {} bytes",
        model.features.len(),
        model.weight_count(),
        model.dictionary.len(),
        bytes.len()
    );
    for name in ["dev", "test"] {
        let sentences = split(dir, name)?;
        println!("{}", show(name, train::evaluate(&tagger, &sentences)));
        println!(
            "{}",
            show(
                &format!("{name}, hyphenated words joined"),
                train::evaluate(&tagger, &joined(&sentences))
            )
        );
    }
    if std::env::var("T_ERRS").is_ok() {
        let sentences = split(dir, "dev")?;
        let mut conf = std::collections::BTreeMap::new();
        let mut tags = Vec::new();
        for s in &sentences {
            tagger.tag(&s.forms(), &mut tags);
            for (w, t) in s.words.iter().zip(&tags) {
                if t.upos().as_str() != w.upos {
                    *conf
                        .entry(format!("{} -> {}", w.upos, t.upos()))
                        .or_insert(0) += 1;
                }
                if t.xpos() != w.xpos {
                    *conf
                        .entry(format!("x {} -> {}", w.xpos, t.xpos()))
                        .or_insert(0) += 1;
                }
            }
        }
        let mut v: Vec<_> = conf.into_iter().collect();
        v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        for (k, n) in v.iter().take(50) {
            println!("{n:5} {k}");
        }
    }
    newsgraph::store::write_atomic(output, &bytes)?;
    println!("wrote {}", output.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = TrainOptions::default();
    let envf = |n: &str| std::env::var(n).ok().and_then(|v| v.parse::<f64>().ok());
    if let Some(v) = envf("T_ITER") {
        opts.iterations = v as usize;
    }
    if let Some(v) = envf("T_LEXMIN") {
        opts.lexicon_min_count = v as usize;
    }
    if let Some(v) = envf("T_LEXSHARE") {
        opts.lexicon_min_share = v;
    }
    if let Some(v) = envf("T_DICTMIN") {
        opts.dictionary_min_count = v as usize;
    }
    if let Some(v) = envf("T_MINW") {
        opts.min_weight = v as i16;
    }
    let (dir, output) = match args.as_slice() {
        [dir, output] => (dir, output),
        [dir, output, iterations] => match iterations.parse() {
            Ok(n) => {
                opts.iterations = n;
                (dir, output)
            }
            Err(_) => {
                eprintln!("train_tagger: ITERATIONS must be a number, not {iterations:?}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: train_tagger TREEBANK_DIR OUTPUT [ITERATIONS]");
            return ExitCode::from(2);
        }
    };
    match run(&PathBuf::from(dir), &PathBuf::from(output), &opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            ExitCode::FAILURE
        }
    }
}
