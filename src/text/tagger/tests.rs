use super::features::{NoLexicon, WordInfo};
use super::train::{self, Example, TrainOptions};
use super::*;

fn tags(sentence: &str) -> Vec<Tag> {
    let words: Vec<&str> = sentence.split(' ').collect();
    let mut out = Vec::new();
    Tagger::embedded().tag(&words, &mut out);
    assert_eq!(out.len(), words.len());
    out
}

#[test]
fn embedded_model_loads_and_round_trips_byte_for_byte() {
    let model = Model::from_bytes(EMBEDDED, EMBEDDED_NAME).unwrap();
    assert!(!model.features.is_empty() && !model.dictionary.is_empty());
    assert_eq!(model.to_bytes(), EMBEDDED);
    // Replaying a model hands over the parts its file holds, in order.
    let mut replayed = Model::default();
    model.replay(&mut replayed);
    assert_eq!(replayed, model);
}

#[test]
fn a_news_word_the_treebank_seldom_shows_takes_its_fixed_tag() {
    let words = news_words().unwrap();
    assert!(words.iter().any(|(w, t)| w == "amid" && *t == Tag::In));
    for sentence in [
        "Members criticised Tove Berg and Ola Dahl amid renewed reports of a rift .",
        "Amid renewed reports of a rift , members criticised Tove Berg .",
    ] {
        let at = sentence
            .split(' ')
            .position(|w| w.eq_ignore_ascii_case("amid"));
        assert_eq!(tags(sentence)[at.unwrap()], Tag::In, "{sentence}");
    }
    // Without the fixed words, the weights alone read it otherwise here.
    let plain = Tagger::from_bytes(EMBEDDED, EMBEDDED_NAME).unwrap();
    let words: Vec<&str> = "Members criticised Tove Berg and Ola Dahl amid renewed reports ."
        .split(' ')
        .collect();
    let mut out = Vec::new();
    plain.tag(&words, &mut out);
    assert_ne!(out[7], Tag::In);
}

#[test]
fn modal_base_verb_and_proper_nouns() {
    let t = tags("The minister will meet the president in Paris on Monday .");
    assert_eq!(t[2], Tag::Md);
    assert_eq!(t[3], Tag::Vb);
    assert_eq!(t[7], Tag::Nnp);
    assert_eq!(t[9], Tag::Nnp);
    assert!(t[1].is_noun() && !t[1].is_proper());
    assert_eq!(t[10], Tag::Period);
}

#[test]
fn passive_auxiliary_and_participle() {
    let t = tags("Talks were held by the two leaders .");
    assert_eq!(t[1], Tag::VbdAux);
    assert_eq!(t[2], Tag::Vbn);
    assert_eq!(t[5], Tag::Cd);
    assert_eq!(t[6], Tag::Nns);
    let t = tags("The company has been sold to a rival .");
    assert_eq!(&t[2..5], &[Tag::VbzAux, Tag::VbnAux, Tag::Vbn]);
}

#[test]
fn lead_as_finite_verb_and_as_base_form() {
    let t = tags("Labour lead the Conservatives in the poll .");
    assert!(t[1].is_main_verb() && t[1].is_finite(), "{t:?}");
    assert!(t[3].is_noun(), "{t:?}");
    let t = tags("She will lead the party .");
    assert_eq!(&t[1..3], &[Tag::Md, Tag::Vb]);
}

#[test]
fn negation_and_subordinate_clause() {
    let t = tags("He did n't say whether the talks had failed .");
    assert_eq!(t[1], Tag::VbdAux);
    assert!(t[2].is_negation());
    assert_eq!(t[4], Tag::InSconj);
    assert_eq!(&t[7..9], &[Tag::VbdAux, Tag::Vbn]);
}

#[test]
fn curly_and_straight_quotes_look_alike() {
    let curly = tags("\u{201c} We will not resign , \u{201d} she said .");
    let straight = tags("\" We will not resign , \" she said .");
    assert_eq!(curly, straight);
    assert_eq!(curly[2], Tag::Md);
    assert!(curly[0].is_punct() && curly[6].is_punct());
    assert!(curly[8].is_past());
}

#[test]
fn odd_input_is_tagged_without_panicking() {
    let mut out = vec![Tag::Nn];
    Tagger::embedded().tag::<&str>(&[], &mut out);
    assert!(out.is_empty());
    let long = "x".repeat(500);
    let words = [
        "Z\u{fc}rich",
        "\u{130}stanbul",
        "",
        long.as_str(),
        "\u{1f600}",
        "1,200.50",
    ];
    Tagger::embedded().tag(&words, &mut out);
    assert_eq!(out.len(), words.len());
    assert_eq!(out[0], Tag::Nnp);
}

#[test]
fn ascii_shortcut_reads_words_like_the_general_path() {
    let words = [
        "Paris",
        "U.S.",
        "don't",
        "2013-2014",
        "`",
        "ALL-CAPS",
        "x",
        "",
        "McDonald's",
        "5th",
    ];
    for w in words {
        for first in [false, true] {
            assert_eq!(
                WordInfo::of(w, first, &NoLexicon),
                WordInfo::of_any_word(w, first),
                "{w}"
            );
        }
    }
    let long = "a".repeat(100);
    assert_eq!(
        WordInfo::of(&long, false, &NoLexicon),
        WordInfo::of_any_word(&long, false)
    );
}

#[test]
fn added_up_word_weights_tag_like_the_features_they_replace() {
    let model = Model::from_bytes(EMBEDDED, EMBEDDED_NAME).unwrap();
    assert!(!model.words.is_empty());
    let plain = Tagger::from_model(&Model {
        words: Vec::new(),
        ..model.clone()
    });
    let full = Tagger::from_model(&model);
    for s in [
        "The minister will meet the president in Paris on Monday .",
        "Officials said the government would review the plan next year .",
    ] {
        let words: Vec<&str> = s.split(' ').collect();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        plain.tag(&words, &mut a);
        full.tag(&words, &mut b);
        assert_eq!(a, b, "{s}");
    }
}

#[test]
fn added_up_rows_tag_like_summing_every_feature() {
    let tagger = Tagger::embedded();
    for s in [
        "Ms Quarrington-Blythe tabled an amendment that the regulators resented .",
        "Zorvath Mining shares fell 3 % after the board rejected the bid .",
        "Can the council lead the talks , or will it fail ?",
    ] {
        let words: Vec<&str> = s.split(' ').collect();
        let mut fast = Vec::new();
        tagger.tag(&words, &mut fast);
        // Every feature's weights looked up one by one, as training scores them.
        let mut window = Window::default();
        window.start(&words, tagger);
        let (mut prev, mut prev2) = (START, START2);
        let mut keys = [0u64; FEATURES];
        for (i, &fast_tag) in fast.iter().enumerate() {
            window.advance(&words, i, tagger);
            let known = tagger.dictionary.get(window.word(i).dictionary_key());
            let tag = match known.and_then(|v| Tag::from_index(v as usize - 1)) {
                Some(tag) => tag,
                None => {
                    window.static_keys(i, &mut keys);
                    window.tag_keys(i, prev, prev2, &mut keys);
                    let mut scores = Row::ZERO;
                    tagger.weights.add(&keys, &mut scores);
                    scores.best()
                }
            };
            assert_eq!(fast_tag, tag, "{s}: word {i}");
            prev2 = prev;
            prev = tag as u8;
        }
    }
}

#[test]
fn damaged_model_files_are_refused_with_a_reason() {
    let problem = |bytes: &[u8]| match Tagger::from_bytes(bytes, "m.bin") {
        Ok(_) => panic!("a damaged model was accepted"),
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("m.bin: "), "{msg}");
            msg
        }
    };
    assert!(problem(b"").contains("magic"));
    assert!(problem(b"not a model at all").contains("magic"));
    assert!(problem(&EMBEDDED[..EMBEDDED.len() / 2]).contains("checksum"));
    let mut flipped = EMBEDDED.to_vec();
    flipped[EMBEDDED.len() / 3] ^= 0x10;
    assert!(problem(&flipped).contains("checksum"));
    let mut newer = EMBEDDED.to_vec();
    newer[MAGIC.len()] = 99;
    assert!(problem(&newer).contains("version 99"));
}

#[test]
fn valid_checksum_over_bad_content_is_still_refused() {
    // A well-formed file whose weight is out of range: only the content checks catch it.
    let model = Model {
        features: vec![FeatureWeights {
            key: 7,
            weights: vec![Weight {
                tag: Tag::Nn,
                value: MAX_WEIGHT,
            }],
        }],
        ..Model::default()
    };
    let mut bytes = model.to_bytes();
    Tagger::from_bytes(&bytes, "m.bin").unwrap();
    let at = bytes.len() - 8 - 2;
    bytes[at..at + 2].copy_from_slice(&i16::MAX.to_le_bytes());
    let body = bytes.len() - 8;
    let sum = super::model::checksum(&bytes[..body]);
    bytes[body..].copy_from_slice(&sum.to_le_bytes());
    let err = Tagger::from_bytes(&bytes, "m.bin").unwrap_err().to_string();
    assert!(err.contains("out of range"), "{err}");
}

#[test]
fn tag_table_maps_treebank_pairs_and_names_each_tag_once() {
    for (i, tag) in Tag::ALL.iter().enumerate() {
        assert_eq!(*tag as usize, i);
        assert_eq!(Tag::from_ud(tag.xpos(), tag.upos().as_str()), Some(*tag));
    }
    assert_eq!(Tag::from_ud("VBD", "AUX"), Some(Tag::VbdAux));
    assert_eq!(Tag::from_ud("VBD", "VERB"), Some(Tag::Vbd));
    assert_eq!(Tag::from_ud("NN", "SYM"), Some(Tag::Nn));
    assert_eq!(Tag::from_ud("XYZ", "NOUN"), None);
    let names: std::collections::BTreeSet<String> = Tag::ALL.iter().map(|t| t.name()).collect();
    assert_eq!(names.len(), Tag::COUNT);
    assert_eq!(Tag::VbdAux.name(), "VBD/AUX");
    assert_eq!(Tag::PrpS.to_string(), "PRP$");
    assert!(Tag::Md.is_aux() && Tag::Md.is_finite() && !Tag::Md.is_verb());
    assert!(Tag::VbnAux.is_verb() && Tag::VbnAux.is_past_participle());
}

/// A small treebank written for the tests: "don't" is one multiword token, "pre-war"
/// a hyphenated word.
const MINI_TREEBANK: &str = "# text = Ships don't sail.
1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_
2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_
3\tsail\tsail\tVERB\tVB\t_\t1\tx\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

1\tOld\told\tADJ\tJJ\t_\t2\tamod\t_\t_
2\tpre\tpre\tX\tAFX\t_\t4\tamod\t_\tSpaceAfter=No
3\t-\t-\tPUNCT\tHYPH\t_\t2\tpunct\t_\tSpaceAfter=No
4\twar\twar\tNOUN\tNN\t_\t0\troot\t_\t_
4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t_\t_
5\tships\tship\tNOUN\tNNS\t_\t4\tnmod\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
";

#[test]
fn treebank_reader_takes_words_and_joins_hyphens_like_the_tokenizer() {
    let s = train::parse(MINI_TREEBANK, "mini.conllu").unwrap();
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].forms(), ["do", "n't", "sail", "."]);
    assert!(!s[0].words[0].space_after && s[0].words[1].space_after);
    assert_eq!(s[0].words[0].tag(), Some(Tag::VbpAux));
    assert_eq!(s[1].forms(), ["Old", "pre", "-", "war", "ships", "."]);
    let joined = s[1].with_hyphens_joined().unwrap();
    assert_eq!(joined.forms(), ["Old", "pre-war", "ships", "."]);
    assert_eq!(joined.words[1].tag(), Some(Tag::Nn));
    assert!(s[0].with_hyphens_joined().is_none());
    let err = train::parse("1\tonly\ttwo\n", "bad.conllu").unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.conllu:1: a word line needs 10 tab-separated columns"
    );
}

#[test]
fn training_is_deterministic_and_learns_its_examples() {
    let sentences = train::parse(MINI_TREEBANK, "mini.conllu").unwrap();
    let examples = train::examples(&sentences);
    let opts = TrainOptions {
        iterations: 5,
        dictionary_min_count: 1,
        lexicon_min_count: 1,
        word_min_count: 1,
        ..TrainOptions::default()
    };
    let first = train::train(&examples, &opts, &mut |_, _| {}).to_bytes();
    let second = train::train(&examples, &opts, &mut |_, _| {}).to_bytes();
    assert_eq!(first, second);
    let tagger = Tagger::from_bytes(&first, "mini").unwrap();
    for ex in examples
        .iter()
        .map(|e: &Example| (e.words.clone(), e.tags.clone()))
    {
        let mut out = Vec::new();
        tagger.tag(&ex.0, &mut out);
        assert_eq!(out, ex.1);
    }
    let accuracy = train::evaluate(&tagger, &sentences);
    assert_eq!(
        (accuracy.words, accuracy.xpos, accuracy.upos),
        (10, 1.0, 1.0)
    );
}
