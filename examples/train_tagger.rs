//! Train the part-of-speech tagger on the UD English Web Treebank and write its model.
//!
//!   cargo run --release --example train_tagger -- TREEBANK_DIR OUTPUT [ITERATIONS]
//!
//! TREEBANK_DIR holds en_ewt-ud-{train,dev,test}.conllu. Prints the accuracy on the dev
//! and test splits, as the treebank splits words and with hyphenated words joined as
//! newsgraph's tokenizer leaves them. The same treebank gives the same file, byte for
//! byte.

use newsgraph::text::tagger::train::{self, Accuracy, TrainOptions, TreebankSentence};
use newsgraph::text::tagger::Tagger;
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
    println!(
        "model: {} features, {} weights, {} dictionary words, {} lexicon words, {} words with \
         added-up weights, {} bytes",
        model.features.len(),
        model.weight_count(),
        model.dictionary.len(),
        model.lexicon.len(),
        model.words.len(),
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
    newsgraph::store::write_atomic(output, &bytes)?;
    println!("wrote {}", output.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = TrainOptions::default();
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
