use super::*;

fn sentences(text: &str) -> Vec<&str> {
    let seg = segment(text);
    seg.sentences
        .iter()
        .map(|s| &text[s.span.start..s.span.end])
        .collect()
}

fn tokens(text: &str) -> Vec<&str> {
    let mut v = Vec::new();
    tokenize(text, Span::new(0, text.len()), &mut v);
    v.iter().map(|t| &text[t.span.start..t.span.end]).collect()
}

#[test]
fn abbreviations_and_initials_do_not_end_sentences() {
    let t = "Mr. Smith met Gen. Jones in Sept. 2010 with George W. Bush. He left.";
    assert_eq!(
        sentences(t),
        vec![
            "Mr. Smith met Gen. Jones in Sept. 2010 with George W. Bush.",
            "He left."
        ]
    );
}

#[test]
fn spaced_initials_and_titles_do_not_end_sentences() {
    let t = "Dr . Mara K . Olsen met George W . Bush . He left after Plan B . It rained .";
    assert_eq!(
        sentences(t),
        vec![
            "Dr . Mara K . Olsen met George W . Bush .",
            "He left after Plan B .",
            "It rained ."
        ]
    );
}

#[test]
fn dotted_country_abbreviations_end_sentences_only_before_a_starter() {
    let t = "He flew to the U.S. The trip was long. U.N. officials and U.S. Marines waited.";
    assert_eq!(
        sentences(t),
        vec![
            "He flew to the U.S.",
            "The trip was long.",
            "U.N. officials and U.S. Marines waited."
        ]
    );
}

#[test]
fn sentence_ending_inside_closing_quote() {
    let t = "He said, \u{201c}We will go.\u{201d} Then he left. \"No,\" she said. \"Why?\" Nobody knew.";
    assert_eq!(
        sentences(t),
        vec![
            "He said, \u{201c}We will go.\u{201d}",
            "Then he left.",
            "\"No,\" she said.",
            "\"Why?\"",
            "Nobody knew."
        ]
    );
}

#[test]
fn tokens_keep_byte_offsets_and_split_possessives() {
    let t = "Kerry\u{2019}s aide el-Sisi\u{2019}s O'Brien isn't in D.C. 2013-2014.";
    assert_eq!(
        tokens(t),
        vec![
            "Kerry",
            "\u{2019}s",
            "aide",
            "el-Sisi",
            "\u{2019}s",
            "O'Brien",
            "isn't",
            "in",
            "D.C.",
            "2013-2014",
            "."
        ]
    );
}

#[test]
fn an_ampersand_between_capitals_joins_one_word() {
    assert_eq!(
        tokens("Q&R and Smith & Co bought AT&T's R&d unit."),
        vec!["Q&R", "and", "Smith", "&", "Co", "bought", "AT&T", "'s", "R", "&", "d", "unit", "."]
    );
}

#[test]
fn furniture_is_skipped_and_dateline_kept() {
    let t = "Violence in the Mideast Jerusalem orig _00000605.jpg\n01:51 - Source: CNN\n\nStory highlights\n\nWashington CNN  \u{2014} \n\nKerry will travel to Rome.\n\nRELATED: Kerry heads to Rome\n\nHe said so.\n";
    let seg = segment(t);
    let kinds: Vec<Furniture> = seg.skipped.iter().map(|s| s.1).collect();
    assert_eq!(
        kinds,
        vec![
            Furniture::Caption,
            Furniture::Video,
            Furniture::Label,
            Furniture::Dateline,
            Furniture::Link
        ]
    );
    assert_eq!(seg.dateline.as_deref(), Some("Washington"));
    assert_eq!(
        sentences(t),
        vec!["Kerry will travel to Rome.", "He said so."]
    );
}

#[test]
fn reuters_and_conll_datelines() {
    let t = "BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued in the zone.\n";
    let seg = segment(t);
    assert_eq!(seg.dateline.as_deref(), Some("Salvador"));
    assert!(seg.sentences[0].headline);
    assert!(!seg.sentences[1].headline);
    let sp = seg.dateline_span.unwrap();
    assert_eq!(&t[sp.start..sp.end], "SALVADOR");

    let t = "LONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four.\n";
    let seg = segment(t);
    assert_eq!(seg.dateline.as_deref(), Some("London"));
    assert!(seg.sentences[0].headline);
}

#[test]
fn inline_cnn_dateline_is_cut_from_the_sentence() {
    let t = "WASHINGTON (CNN) -- The talks ended.\n";
    let seg = segment(t);
    assert_eq!(seg.dateline.as_deref(), Some("Washington"));
    assert_eq!(sentences(t), vec!["The talks ended."]);
}

#[test]
fn titles_and_caps_lines_are_headlines() {
    let t = "Ad sales boost Time Warner profit\n\nQuarterly profits at the firm jumped.\n";
    let seg = segment(t);
    assert!(seg.sentences[0].headline);
    assert!(!seg.sentences[1].headline);
    let t = "First paragraph here.\nCRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\n";
    let seg = segment(t);
    assert!(seg.sentences[1].headline);
}

#[test]
fn a_headline_stays_first_below_a_web_address_and_may_end_in_a_quote() {
    let t = "http://example.com/news/jane-doe-quits\nJane Doe Quits Board After Row\nThe \
             bakery said so.\n";
    let seg = segment(t);
    assert!(seg.sentences[1].headline);
    assert!(!seg.sentences[2].headline);
    let t = "Jane Doe Checks In - Where She 'Knows Everyone'\nShe arrived on Monday.\n";
    assert!(segment(t).sentences[0].headline);
    let t = "Board Restores Old Rules!\nThe board met on Monday.\n";
    assert!(segment(t).sentences[0].headline);
    // Negative: prose that closes a quotation after its full stop stays prose, and a
    // line of prose above ends the headline's place.
    let t = "The bakery said: 'We are done.'\nJane Doe Quits Board After Row\n";
    let seg = segment(t);
    assert!(!seg.sentences[0].headline);
    let t = "The bakery said it was done.\nJane Doe quits the board after a row\n";
    assert!(!segment(t).sentences[1].headline);
    // A line opening with a character wider than a byte is read too.
    assert!(!segment("I\u{2019}d like to thank them, she said.\n").sentences[0].headline);
}

#[test]
fn long_runs_are_cut() {
    let t = "word ".repeat(2500);
    let seg = segment(&t);
    assert!(seg
        .sentences
        .iter()
        .all(|s| s.tokens.len() <= MAX_SENTENCE_TOKENS));
    assert_eq!(seg.tokens.len(), 2500);
}

#[test]
fn offsets_point_into_the_original() {
    let t = "  \u{201c}Caf\u{e9} owners\u{201d} met\tM\u{fc}ller.\n";
    let seg = segment(t);
    for tok in &seg.tokens {
        assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
    }
    assert_eq!(
        &t[seg.tokens[1].span.start..seg.tokens[1].span.end],
        "Caf\u{e9}"
    );
}

proptest::proptest! {
    #[test]
    fn any_text_segments_without_panic(t in "\\PC{0,200}") {
        let seg = segment(&t);
        for tok in &seg.tokens {
            proptest::prop_assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
        }
    }

    #[test]
    fn news_like_text_segments_without_panic(t in "[A-Za-z .,'\u{2019}\u{201c}\u{201d}\u{a0}\u{2014}:\n-]{0,200}") {
        let seg = segment(&t);
        for s in &seg.sentences {
            proptest::prop_assert!(s.span.start <= s.span.end && s.span.end <= t.len());
        }
    }
}
