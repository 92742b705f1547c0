//! The words the text layer reads (abbreviations, sentence starters, page furniture),
//! kept as RON data in `vocabulary.ron` beside this file.

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The embedded vocabulary.
const EMBEDDED: &str = include_str!("vocabulary.ron");

/// The text layer's words as written: word lists as space-separated strings, phrases
/// as lists. A lexicon file's `text` section has this form; its words are added to the
/// embedded ones.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TextWords {
    /// A period after one of these does not end a sentence ("Mr. Smith").
    pub abbreviations: String,
    /// A period after one of these ends a sentence only before a sentence starter.
    pub final_abbreviations: String,
    /// Capitalised words that usually start a sentence after an ambiguous period.
    pub sentence_starters: String,
    /// Lines that are page furniture ("Story highlights").
    pub furniture_labels: Vec<String>,
    /// Heads of "HEAD: link" lines ("RELATED").
    pub link_heads: Vec<String>,
    /// Month names of a wire dateline ("SALVADOR, Feb 26 - ").
    pub dateline_months: String,
    /// Punctuation after which a capitalised word starts a phrase.
    pub phrase_openers: String,
    /// Quotation marks that open a quoted nickname.
    pub open_quotes: String,
    /// Quotation marks that close a quoted nickname.
    pub close_quotes: String,
    /// File name endings of a line that is an image's name, lower case (".jpg").
    pub image_endings: String,
}

impl TextWords {
    /// Add another set's words to these.
    pub fn extend(&mut self, o: TextWords) {
        fn words(dst: &mut String, src: &str) {
            if !src.trim().is_empty() {
                dst.push(' ');
                dst.push_str(src);
            }
        }
        words(&mut self.abbreviations, &o.abbreviations);
        words(&mut self.final_abbreviations, &o.final_abbreviations);
        words(&mut self.sentence_starters, &o.sentence_starters);
        self.furniture_labels.extend(o.furniture_labels);
        self.link_heads.extend(o.link_heads);
        words(&mut self.dateline_months, &o.dateline_months);
        words(&mut self.phrase_openers, &o.phrase_openers);
        words(&mut self.open_quotes, &o.open_quotes);
        words(&mut self.close_quotes, &o.close_quotes);
        words(&mut self.image_endings, &o.image_endings);
    }

    /// True when no list has a word.
    pub fn is_empty(&self) -> bool {
        [
            &self.abbreviations,
            &self.final_abbreviations,
            &self.sentence_starters,
            &self.dateline_months,
            &self.phrase_openers,
            &self.open_quotes,
            &self.close_quotes,
            &self.image_endings,
        ]
        .iter()
        .all(|l| l.trim().is_empty())
            && self.furniture_labels.is_empty()
            && self.link_heads.is_empty()
    }

    /// The embedded words.
    pub fn embedded() -> TextWords {
        ron::from_str(EMBEDDED).expect("the embedded text vocabulary is checked by the tests")
    }
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
    /// File name endings of an image's name, lower case.
    pub image_endings: Vec<String>,
}

impl Vocabulary {
    /// The embedded vocabulary, read on first use.
    pub fn embedded() -> &'static Vocabulary {
        static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
        VOCABULARY.get_or_init(|| Vocabulary::of(&TextWords::embedded()))
    }

    /// A vocabulary from its RON text.
    pub fn parse(ron_text: &str) -> Result<Vocabulary, ron::error::SpannedError> {
        Ok(Vocabulary::of(&ron::from_str(ron_text)?))
    }

    /// The word sets of these words.
    pub fn of(w: &TextWords) -> Vocabulary {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect();
        let phrases = |v: &[String]| v.iter().cloned().collect();
        Vocabulary {
            abbreviations: words(&w.abbreviations),
            final_abbreviations: words(&w.final_abbreviations),
            sentence_starters: words(&w.sentence_starters),
            furniture_labels: w
                .furniture_labels
                .iter()
                .map(|l| l.to_lowercase())
                .collect(),
            link_heads: phrases(&w.link_heads),
            dateline_months: words(&w.dateline_months),
            phrase_openers: words(&w.phrase_openers),
            open_quotes: words(&w.open_quotes),
            close_quotes: words(&w.close_quotes),
            image_endings: w
                .image_endings
                .split_whitespace()
                .map(str::to_lowercase)
                .collect(),
        }
    }

    /// Is this a quotation mark that opens a quoted nickname?
    pub fn opens_quote(&self, c: char) -> bool {
        self.open_quotes
            .contains(c.encode_utf8(&mut [0; 4]) as &str)
    }

    /// Is this a quotation mark that closes a quoted nickname?
    pub fn closes_quote(&self, c: char) -> bool {
        self.close_quotes
            .contains(c.encode_utf8(&mut [0; 4]) as &str)
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
        assert!(v.image_endings.iter().any(|e| e == ".jpg"));
        assert!(
            !v.abbreviations.contains("Inc"),
            "an abbreviation that may end a sentence is listed apart"
        );
    }

    #[test]
    fn added_words_join_the_embedded_ones() {
        let mut w = TextWords::embedded();
        let before = Vocabulary::of(&w);
        assert!(!before.abbreviations.contains("Brig"));
        let added: TextWords =
            ron::from_str(r#"(abbreviations: "Brig", link_heads: ["LATEST"])"#).unwrap();
        assert!(!added.is_empty() && TextWords::default().is_empty());
        w.extend(added);
        let after = Vocabulary::of(&w);
        assert!(after.abbreviations.contains("Brig") && after.abbreviations.contains("Mr"));
        assert!(after.link_heads.contains("LATEST") && after.link_heads.contains("RELATED"));
    }
}
