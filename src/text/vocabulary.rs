//! The words the text layer reads (abbreviations, sentence starters, page furniture),
//! kept as RON data in `vocabulary.ron` beside this file.

use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::OnceLock;

/// The embedded vocabulary.
const EMBEDDED: &str = include_str!("vocabulary.ron");

/// The vocabulary as written: word lists as space-separated strings, phrases as lists.
#[derive(Deserialize)]
struct Written {
    abbreviations: String,
    final_abbreviations: String,
    sentence_starters: String,
    furniture_labels: Vec<String>,
    link_heads: Vec<String>,
    dateline_months: String,
    phrase_openers: String,
    open_quotes: String,
    close_quotes: String,
}

/// The text layer's word sets.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// A period after one of these does not end a sentence.
    pub abbreviations: FxHashSet<String>,
    /// A period after one of these ends a sentence only before a sentence starter.
    pub final_abbreviations: FxHashSet<String>,
    /// Words that usually start a sentence after an ambiguous period.
    pub sentence_starters: FxHashSet<String>,
    /// Lines that are page furniture, lower case.
    pub furniture_labels: FxHashSet<String>,
    /// Heads of "HEAD: link" lines.
    pub link_heads: FxHashSet<String>,
    /// Month names of a wire dateline.
    pub dateline_months: FxHashSet<String>,
    /// Punctuation after which a capitalised word starts a phrase, as after a sentence's
    /// start.
    pub phrase_openers: FxHashSet<String>,
    /// Quotation marks that open a quoted nickname.
    pub open_quotes: FxHashSet<String>,
    /// Quotation marks that close a quoted nickname.
    pub close_quotes: FxHashSet<String>,
}

impl Vocabulary {
    /// The embedded vocabulary, read on first use.
    pub fn embedded() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| {
            Vocabulary::parse(EMBEDDED)
                .expect("the embedded text vocabulary is checked by the tests")
        })
    }

    /// A vocabulary from its RON text.
    pub fn parse(ron_text: &str) -> Result<Vocabulary, ron::error::SpannedError> {
        let w: Written = ron::from_str(ron_text)?;
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect();
        let phrases = |v: Vec<String>| v.into_iter().collect();
        Ok(Vocabulary {
            abbreviations: words(&w.abbreviations),
            final_abbreviations: words(&w.final_abbreviations),
            sentence_starters: words(&w.sentence_starters),
            furniture_labels: w
                .furniture_labels
                .iter()
                .map(|l| l.to_lowercase())
                .collect(),
            link_heads: phrases(w.link_heads),
            dateline_months: words(&w.dateline_months),
            phrase_openers: words(&w.phrase_openers),
            open_quotes: words(&w.open_quotes),
            close_quotes: words(&w.close_quotes),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_vocabulary_reads() {
        let v = Vocabulary::parse(EMBEDDED).unwrap();
        assert!(v.abbreviations.contains("Mr"));
        assert!(v.final_abbreviations.contains("Inc"));
        assert!(v.sentence_starters.contains("The"));
        assert!(v.furniture_labels.contains("story highlights"));
        assert!(v.link_heads.contains("SEE ALSO"));
        assert!(v.dateline_months.contains("Feb"));
        assert!(v.phrase_openers.contains("\u{201c}") && v.phrase_openers.contains(":"));
        assert!(v.open_quotes.contains("'") && v.close_quotes.contains("\u{201d}"));
        assert!(!v.open_quotes.contains("\u{201d}"));
        assert!(
            !v.abbreviations.contains("Inc"),
            "an abbreviation that may end a sentence is listed apart"
        );
    }
}
