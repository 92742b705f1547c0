//! Reading a Universal Dependencies treebank (CoNLL-U) for training and evaluation.

use super::tags::Tag;
use crate::error::{Error, Result};
use std::path::Path;

/// One syntactic word of a treebank sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreebankWord {
    /// The word as written.
    pub form: String,
    /// Its Penn Treebank tag.
    pub xpos: String,
    /// Its universal part of speech.
    pub upos: String,
    /// Whether a space follows it in the text.
    pub space_after: bool,
}

impl TreebankWord {
    /// The tag for this word's pair of tags (see [`Tag::from_ud`]).
    pub fn tag(&self) -> Option<Tag> {
        Tag::from_ud(&self.xpos, &self.upos)
    }

    fn is_hyphen(&self) -> bool {
        matches!(self.form.as_str(), "-" | "\u{2010}" | "\u{2011}")
    }
}

/// One sentence of a treebank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreebankSentence {
    /// Its syntactic words ("don't" is "do" and "n't").
    pub words: Vec<TreebankWord>,
}

impl TreebankSentence {
    /// The words' forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// The sentence as newsgraph's tokenizer splits it: words joined by a hyphen without
    /// spaces ("Al" "-" "Zaman", "2013" "-" "2014") become one word with the tag of the
    /// last part. `None` if nothing is joined.
    pub fn with_hyphens_joined(&self) -> Option<TreebankSentence> {
        let mut out = TreebankSentence::default();
        let mut joined = false;
        let w = &self.words;
        let mut i = 0;
        while i < w.len() {
            let mut word = w[i].clone();
            let digits = word.form.starts_with(|c: char| c.is_ascii_digit());
            let letters = word.form.starts_with(char::is_alphabetic);
            while i + 2 < w.len()
                && (letters || digits)
                && word.form.ends_with(char::is_alphanumeric)
                && !word.space_after
                && w[i + 1].is_hyphen()
                && !w[i + 1].space_after
                && joins(&w[i + 2].form, digits)
            {
                word.form.push_str(&w[i + 1].form);
                word.form.push_str(&w[i + 2].form);
                word.xpos.clone_from(&w[i + 2].xpos);
                word.upos.clone_from(&w[i + 2].upos);
                word.space_after = w[i + 2].space_after;
                joined = true;
                i += 2;
            }
            out.words.push(word);
            i += 1;
        }
        joined.then_some(out)
    }
}

/// Does newsgraph's tokenizer carry a hyphenated word on into `next`? After letters,
/// into any letter or digit ("anti-war"); after digits, only into digits ("2013-2014",
/// but "40" "-" "year").
fn joins(next: &str, after_digits: bool) -> bool {
    if after_digits {
        next.starts_with(|c: char| c.is_ascii_digit())
    } else {
        next.starts_with(char::is_alphanumeric)
    }
}

/// Read a CoNLL-U file.
pub fn load(path: &Path) -> Result<Vec<TreebankSentence>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| Error::Input {
        path: name.clone(),
        problem: format!("cannot read: {e}"),
    })?;
    parse(&text, &name)
}

/// Parse CoNLL-U text; `path` names it in errors. Multiword tokens give their words,
/// empty nodes are skipped.
pub fn parse(text: &str, path: &str) -> Result<Vec<TreebankSentence>> {
    let mut sentences = Vec::new();
    let mut current = TreebankSentence::default();
    // The last word of a multiword token ("don't") and whether a space follows it.
    let mut multiword_end: Option<(usize, bool)> = None;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            multiword_end = None;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let bad = |problem: &str| Error::Input {
            path: format!("{path}:{}", n + 1),
            problem: problem.to_string(),
        };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(bad("a word line needs 10 tab-separated columns"));
        }
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((_, last)) = cols[0].split_once('-') {
            let last = last.parse().map_err(|_| bad("bad multiword token range"))?;
            multiword_end = Some((last, space_after));
            continue;
        }
        if cols[0].contains('.') {
            continue;
        }
        let id: usize = cols[0].parse().map_err(|_| bad("bad word number"))?;
        let space_after = match multiword_end {
            Some((last, space)) if id == last => space,
            Some((last, _)) if id < last => false,
            _ => space_after,
        };
        current.words.push(TreebankWord {
            form: cols[1].to_string(),
            xpos: cols[4].to_string(),
            upos: cols[3].to_string(),
            space_after,
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}
