//! Tests of the sentence layer on sentences written for them.

use super::view::View;
use super::Layer;
use crate::extract::mentions;
use crate::extract::test_resources as res;
use crate::extract::Context;
use crate::input::Document;
use crate::text::tagger::Tag;

/// The first sentence of `text` as a structured view, its mentions found as in a
/// document.
fn view(text: &str) -> View {
    let doc = Document::new("t", text);
    let seg = crate::text::segment(&doc.text);
    let cx = Context {
        doc: &doc,
        seg: &seg,
        res: res(),
    };
    let found = mentions::find_all(&cx);
    let layer = Layer::build(text, &seg, &res().rules, |_| super::Depth::Tagged);
    let folded = super::Folded::of(
        &cx,
        &layer,
        &found.mentions,
        &found.entities,
        found.reports_games,
    );
    folded.views.into_iter().next().expect("one sentence")
}

/// Frames as "verb: subjects | objects | prep objects", each phrase by its text.
fn frames(text: &str) -> Vec<String> {
    let v = view(text);
    let np = |k: usize| {
        let c = &v.chunks[k];
        text[v.items[c.start].span.start..v.items[c.end - 1].span.end].to_string()
    };
    let list = |ks: &[usize]| ks.iter().map(|&k| np(k)).collect::<Vec<_>>().join(" + ");
    v.frames
        .iter()
        .map(|f| {
            let verb = &v.chunks[f.verb];
            let preps: Vec<String> = f
                .preps
                .iter()
                .map(|p| {
                    let w = text[v.items[p.prep.0].span.start..v.items[p.prep.1 - 1].span.end]
                        .to_string();
                    format!("{w} {}", list(&p.nouns))
                })
                .collect();
            format!(
                "{} [{:?}{}]: {} | {} | {}",
                &text[v.items[verb.head].span.start..v.items[verb.head].span.end],
                f.modality,
                if f.voice == super::chunk::Voice::Passive {
                    ", passive"
                } else {
                    ""
                },
                list(&f.subjects),
                list(&f.objects),
                preps.join("; ")
            )
        })
        .collect()
}

#[test]
fn subjects_and_objects_across_appositions_and_coordination() {
    assert_eq!(
        frames("Michael Harwood, the leader of the opposition, attacked Tony Blaire on Monday."),
        ["attacked [Asserted]: Michael Harwood | Tony Blaire | on Monday"]
    );
    assert_eq!(
        frames("Canada and the European Union told Japan to open its markets."),
        [
            "told [Asserted]: Canada + the European Union | Japan | ",
            "open [Hypothetical]: Japan | its markets | "
        ]
    );
    // A preposition said again after "and" adds its noun phrase to the list.
    assert_eq!(
        frames("Tom Ward wrote to Ann Lee and to Max Roy on Friday."),
        ["wrote [Asserted]: Tom Ward |  | to Ann Lee + Max Roy; on Friday"]
    );
}

#[test]
fn a_participles_clause_between_commas_acts_with_the_subject_and_is_passed() {
    assert_eq!(
        frames("Ann Lee, speaking in Castrovia on Monday, criticised Bo Dahl."),
        [
            "speaking [Asserted]: Ann Lee |  | in Castrovia; on Monday",
            "criticised [Asserted]: Ann Lee | Bo Dahl | "
        ]
    );
    // After a clause, a participle acts with that clause's subject.
    assert_eq!(
        frames("Acme Corp hit back, accusing Bo Dahl of lying.")[1],
        "accusing [Asserted]: Acme Corp | Bo Dahl | "
    );
}

#[test]
fn a_participle_opening_the_sentence_acts_with_the_main_subject() {
    assert_eq!(
        frames("While visiting Castrovia, Ann Lee criticised Bo Dahl.")[0],
        "visiting [Asserted]: Ann Lee | Castrovia | "
    );
    assert_eq!(
        frames("Speaking in Castrovia, Ann Lee criticised Bo Dahl.")[0],
        "Speaking [Asserted]: Ann Lee |  | in Castrovia"
    );
    // A participle after the subject is no opener.
    assert_eq!(
        frames("Ann Lee, speaking later, said Bo Dahl was wrong.")[0],
        "speaking [Asserted]: Ann Lee |  | "
    );
}

#[test]
fn a_denied_clause_is_negated_but_not_a_verb_sharing_its_subject() {
    let f = frames("Ann Lee denied she was pressured, but told Bo Dahl the plan.");
    assert_eq!(f[1], "pressured [Negated, passive]: she |  | ");
    assert_eq!(f[2], "told [Asserted]: she | Bo Dahl | ");
}

#[test]
fn a_list_inside_a_relative_clause_leaves_the_subject_before_the_clause() {
    assert_eq!(
        frames("Acme Corp, which owns the Lisbon, Rome and Oslo hotels, began talks with Zenbo.")
            [1],
        "began [Asserted]: Acme Corp | talks | with Zenbo"
    );
    // The names of an apposition after a description are still its subjects.
    assert_eq!(
        frames("The two leaders, Ann Lee and Bo Dahl, met in Oslo.")[0],
        "met [Asserted]: Ann Lee + Bo Dahl |  | in Oslo"
    );
}

#[test]
fn a_confirmed_report_is_a_fact() {
    assert_eq!(
        frames("Ann Lee confirmed reports that Bo Dahl had met Cy Moss.")[1],
        "met [Asserted]: Bo Dahl | Cy Moss | "
    );
    assert_eq!(
        frames("Ann Lee dismissed reports that Bo Dahl had met Cy Moss.")[1],
        "met [Hypothetical]: Bo Dahl | Cy Moss | "
    );
}

#[test]
fn a_participle_after_a_subordinating_word_acts_with_the_subject_before_it() {
    assert_eq!(
        frames("Ann Lee quit Acme Corp after criticising Bo Dahl.")[1],
        "criticising [Asserted]: Ann Lee | Bo Dahl | "
    );
    assert_eq!(
        frames("Acme Corp was fined while selling Zenbo shares.")[1],
        "selling [Asserted]: Acme Corp | Zenbo shares | "
    );
    // As sure as the clause it follows.
    assert_eq!(
        frames("Ann Lee will meet Bo Dahl before flying to Castrovia.")[1],
        "flying [Planned]: Ann Lee |  | to Castrovia"
    );
    // After "as", the object before it acts.
    assert_eq!(
        frames("Ann Lee quoted Bo Dahl as telling Cy Moss the plan.")[1],
        "telling [Asserted]: Bo Dahl | Cy Moss | "
    );
    // After a preposition the participle heads a noun's phrase, with no subject.
    assert_eq!(
        frames("Ann Lee spoke of criticising Bo Dahl.")[1],
        "criticising [Asserted]:  | Bo Dahl | "
    );
}

#[test]
fn a_participle_right_after_a_name_is_a_verb() {
    // The tagger may read "hosted" as a participle; after a name it is no modifier.
    assert_eq!(
        frames("Vladimir Putin hosted George Bush at his dacha.")[0],
        "hosted [Asserted]: Vladimir Putin | George Bush | at his dacha"
    );
}

#[test]
fn a_hyphenated_participle_is_one_word_of_its_phrase() {
    // Before a noun it modifies the noun; after an auxiliary it is the verb.
    assert_eq!(
        frames("Ann Lee has co-founded a state-owned bank with Bo Dahl."),
        ["founded [Asserted]: Ann Lee | a state-owned bank | with Bo Dahl"]
    );
    assert_eq!(
        frames("Ann Lee, head of value-added services at Acme Corp, re-signed Bo Dahl."),
        ["signed [Asserted]: Ann Lee | Bo Dahl | "]
    );
}

#[test]
fn contractions_split_into_the_words_they_stand_for() {
    let text = "She'd said they won't come, but Sa'd didn't agree.";
    let doc = Document::new("t", text);
    let seg = crate::text::segment(&doc.text);
    let layer = Layer::build(text, &seg, &res().rules, |_| super::Depth::Words);
    let words: Vec<&str> = layer.sentences[0]
        .iter()
        .map(|w| w.lower.as_str())
        .collect();
    assert_eq!(
        words,
        [
            "she", "would", "said", "they", "will", "not", "come", ",", "but", "sa'd", "did",
            "not", "agree", "."
        ]
    );
    // Words of a sentence read without structure carry no tag a reader acts on.
    assert!(layer.sentences[0].iter().all(|w| w.tag == super::UNTAGGED));
    // A word written joined is read as its parts.
    let text = "Zentrix Holdings cannot back the plan.";
    let seg = crate::text::segment(text);
    let layer = Layer::build(text, &seg, &res().rules, |_| super::Depth::Tagged);
    let words: Vec<(&str, Tag)> = layer.sentences[0]
        .iter()
        .map(|w| (&text[w.span.start..w.span.end], w.tag))
        .collect();
    assert_eq!(words[2..4], [("can", Tag::Md), ("not", Tag::RbPart)]);
}

mod title_chains {
    use crate::extract::test_resources as res;
    use crate::input::Document;

    /// Relations the whole extraction reads in `text`, as "Source relation Target".
    fn triples(text: &str) -> Vec<String> {
        let x = crate::extract::extract(&Document::new("t", text), res());
        let name = |e: usize| x.entities[e].name.as_str();
        x.relations
            .iter()
            .map(|r| format!("{} {} {}", name(r.source), r.relation, name(r.target)))
            .collect()
    }

    #[track_caller]
    fn expect(text: &str, want: &str) {
        let t = triples(text);
        assert!(t.iter().any(|r| r == want), "{text}: no {want} in {t:?}");
    }

    #[test]
    fn chief_before_another_title_qualifies_it_and_leads_nothing() {
        for (text, want) in [
            (
                "Acme Corp's chief economist Ann Lee said rates would rise.",
                "Ann Lee member_of Acme Corp",
            ),
            (
                "Acme Corp chief economic adviser Ann Lee said rates would rise.",
                "Ann Lee member_of Acme Corp",
            ),
            (
                "Acme Corp's chief executive Ann Lee said rates would rise.",
                "Ann Lee leads Acme Corp",
            ),
            (
                "The Gradia Council's Chief Minister Ann Lee said rates would rise.",
                "Ann Lee leads Gradia Council",
            ),
        ] {
            expect(text, want);
            let wrong = if want.contains(" leads ") {
                want.replace(" leads ", " member_of ")
            } else {
                want.replace(" member_of ", " leads ")
            };
            assert!(!triples(text).contains(&wrong), "{text}: {wrong}");
        }
    }

    #[test]
    fn a_title_of_a_field_heads_a_unit_not_the_body() {
        for text in [
            "Acme Corp's head of research Ann Lee said rates would rise.",
            "Acme Corp director of investor relations Ann Lee said rates would rise.",
        ] {
            expect(text, "Ann Lee member_of Acme Corp");
            assert!(
                !triples(text).contains(&"Ann Lee leads Acme Corp".to_string()),
                "{text}"
            );
        }
        expect(
            "Gradia's head of state Ann Lee said rates would rise.",
            "Ann Lee leads Gradia",
        );
    }

    #[test]
    fn an_adverb_and_participle_qualify_a_title() {
        for text in [
            "The deal was hailed by Acme Corp's newly-appointed chief executive Ann Lee.",
            "The deal was hailed by Acme Corp's newly appointed chief executive Ann Lee.",
            "The deal was hailed by Acme Corp's long-serving chief executive Ann Lee.",
        ] {
            expect(text, "Ann Lee leads Acme Corp");
        }
    }

    #[test]
    fn a_short_form_in_brackets_between_a_body_and_a_title_is_the_body() {
        expect(
            "The ruling was hailed by the Northern Relief Agency (NRA) chief Ann Lee.",
            "Ann Lee leads Northern Relief Agency",
        );
        // Another body's name in brackets breaks the chain.
        let text = "The ruling was hailed by the Northern Relief Agency (Acme Corp) chief Ann Lee.";
        assert!(
            !triples(text).iter().any(|r| r.starts_with("Ann Lee")),
            "{:?}",
            triples(text)
        );
    }

    #[test]
    fn a_demonym_after_of_in_a_bodys_name_is_part_of_it() {
        expect(
            "The plan was backed by Ann Lee, director general of the Confederation of Danish Industry.",
            "Ann Lee leads Confederation of Danish Industry",
        );
    }

    #[test]
    fn a_title_for_a_group_names_each_of_the_people_after_it() {
        let text = "Harton Rovers duo Ann Lee and Bo Dahl were fit for the final.";
        expect(text, "Ann Lee member_of Harton Rovers");
        expect(text, "Bo Dahl member_of Harton Rovers");
        // A singular title names only the first.
        let text = "Harton Rovers striker Ann Lee and Bo Dahl were fit for the final.";
        assert!(
            !triples(text).iter().any(|r| r.starts_with("Bo Dahl")),
            "{:?}",
            triples(text)
        );
    }

    #[test]
    fn a_field_of_coordinated_nouns_stays_in_the_title() {
        expect(
            "Acme Corp work and pensions spokesman Ann Lee said so.",
            "Ann Lee member_of Acme Corp",
        );
        expect(
            "Acme Corp culture, media and sport spokesman Ann Lee said so.",
            "Ann Lee member_of Acme Corp",
        );
        // A possessive owns the first noun, and a name after the list starts anew.
        let text = "Bo Dahl attacked Acme Corp's record and party leader Ann Lee replied.";
        assert_eq!(triples(text), Vec::<String>::new());
        let text = "The UN treaties and protocols Acme Corp president Ann Lee signed.";
        assert_eq!(triples(text), ["Ann Lee leads Acme Corp"]);
    }

    #[test]
    fn a_nationality_before_an_artist_is_no_membership() {
        let text = "The award went to Ruritanian singer-songwriter Al Reid for his album.";
        assert_eq!(triples(text), Vec::<String>::new());
    }

    #[test]
    fn a_noun_naming_a_department_makes_its_head_a_member() {
        let text = "Acme Corp finance director Ann Lee said profits rose.";
        expect(text, "Ann Lee member_of Acme Corp");
        assert!(!triples(text).iter().any(|r| r.contains("leads")));
        expect(
            "Acme Corp sales chief Ann Lee said so.",
            "Ann Lee member_of Acme Corp",
        );
        // A gerund may name the department, after a bare apostrophe too; one that
        // qualifies the holder does not.
        expect(
            "Harton Rovers' sporting director Ann Lee said so.",
            "Ann Lee member_of Harton Rovers",
        );
        expect(
            "Acme Corp acting chairman Ann Lee said so.",
            "Ann Lee leads Acme Corp",
        );
        // Nor does one closing a compound.
        expect(
            "Ann Lee, Acme Corp's longest-serving chairman, retired.",
            "Ann Lee leads Acme Corp",
        );
        // The same read in an apposition.
        expect(
            "Ann Lee, finance director of Acme Corp, said so.",
            "Ann Lee member_of Acme Corp",
        );
        expect(
            "Ann Lee, chief executive of Acme Corp, said so.",
            "Ann Lee leads Acme Corp",
        );
        // The noun and title make one head's office, or the noun names the body itself,
        // or the holder stands in for the head.
        expect(
            "Acme Corp managing director Ann Lee resigned.",
            "Ann Lee leads Acme Corp",
        );
        expect(
            "Acme Corp group chairman Ann Lee resigned.",
            "Ann Lee leads Acme Corp",
        );
        expect(
            "Harton Rovers caretaker boss Ann Lee resigned.",
            "Ann Lee leads Harton Rovers",
        );
    }
}

#[test]
fn a_short_phrase_of_time_between_subject_and_verb_is_skipped() {
    assert_eq!(
        frames("Victor Conte at first told Ann Smith the news.\n"),
        ["told [Asserted]: Victor Conte | Ann Smith | "]
    );
    // The tagger may read the verb after a day as a participle ("Monday criticised").
    assert_eq!(
        frames("Ann Lee on Monday criticised Bo Dahl.\n"),
        ["criticised [Asserted]: Ann Lee | Bo Dahl | "]
    );
}

#[test]
fn a_subordinator_before_a_noun_phrase_and_a_tensed_verb_opens_a_clause() {
    assert_eq!(
        frames("Shares rose as Acme Corp bought Zenith Bank.\n"),
        [
            "rose [Asserted]: Shares |  | ",
            "bought [Asserted]: Acme Corp | Zenith Bank | "
        ]
    );
    // "As" before a noun phrase and no tensed verb stays a preposition.
    let f = frames("Ann Lee joined Acme Corp as chief executive.\n");
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn preparing_aiming_or_wishing_to_act_is_no_act() {
    let f = frames("Ann Lee prepared to visit Zenith Bank.\n");
    assert!(f.iter().any(|x| x.starts_with("visit [Planned]")), "{f:?}");
    let f = frames("Ann Lee aims to buy Zenith Bank.\n");
    assert!(
        f.iter().any(|x| x.starts_with("buy [Hypothetical]")),
        "{f:?}"
    );
}

#[test]
fn an_adjective_of_modality_before_to_keeps_the_subject_and_sets_the_modality() {
    assert_eq!(
        frames("Ann Lee is due to take part in talks with Zenith Bank.\n"),
        ["take [Planned]: Ann Lee | part | in talks; with Zenith Bank"]
    );
    assert_eq!(
        frames("Acme Corp is likely to attack Zenith Bank.\n"),
        ["attack [Hypothetical]: Acme Corp | Zenith Bank | "]
    );
    // Any other adjective ends the group.
    let f = frames("Acme Corp is keen to buy Zenith Bank.\n");
    assert!(
        f.iter().any(|x| x.starts_with("is [Asserted]: Acme Corp")),
        "{f:?}"
    );
}

#[test]
fn a_particle_tagged_as_an_adverb_still_ends_the_verb_group() {
    assert_eq!(
        frames("Gazprom took over rival Zenith Bank in October."),
        ["took [Asserted]: Gazprom | rival Zenith Bank | in October"]
    );
}

#[test]
fn a_noun_after_a_preposition_is_no_subject_but_a_person_after_to_is() {
    assert_eq!(
        frames("Ann Lee's visit to Chile was cancelled."),
        ["cancelled [Asserted, passive]: Ann Lee's visit |  | "]
    );
    assert_eq!(
        frames("Chief Secretary to the Treasury Ann Lee attacked the plans."),
        ["attacked [Asserted]: the Treasury Ann Lee | the plans | "]
    );
}

#[test]
fn a_participle_of_the_list_after_a_verb_modifies_the_noun() {
    assert_eq!(
        frames("Bo Dahl paid glowing tribute to Ann Lee.\n"),
        ["paid [Asserted]: Bo Dahl | glowing tribute | to Ann Lee"]
    );
    assert_eq!(
        frames("Castrovia accused neighbouring Orvia of arming rebels.\n")[0],
        "accused [Asserted]: Castrovia | neighbouring Orvia | "
    );
    // After an auxiliary it is the verb.
    assert_eq!(
        frames("Acme Corp is increasing prices for Zenith Bank.\n"),
        ["increasing [Asserted]: Acme Corp | prices | for Zenith Bank"]
    );
}

#[test]
fn a_past_form_after_a_determiner_and_before_a_preposition_is_a_noun() {
    assert_eq!(
        frames("Acme Corp rejected the bid by Zenith Bank."),
        ["rejected [Asserted]: Acme Corp | the bid | by Zenith Bank"]
    );
    assert_eq!(
        frames("Acme Corp criticised the ruling by Zenith Bank."),
        ["criticised [Asserted]: Acme Corp | the ruling | by Zenith Bank"]
    );
    // Before a noun it modifies the noun: "the planned cuts".
    assert_eq!(
        frames("Acme Corp rejected the planned cuts at Zenith Bank."),
        ["rejected [Asserted]: Acme Corp | the planned cuts | at Zenith Bank"]
    );
}

#[test]
fn a_plain_verb_between_a_plural_name_and_a_name_is_the_verb() {
    let f = frames("The Lib Dems accuse Tony Blair of misleading voters.");
    assert!(
        f.iter()
            .any(|x| x.starts_with("accuse") && x.contains("Lib Dems | Tony Blair")),
        "{f:?}"
    );
    // After a singular name the noun is a title: "Chelsea target Didier Drogba".
    let f = frames("Chelsea target Didier Drogba was injured.");
    assert!(!f.iter().any(|x| x.starts_with("target")), "{f:?}");
    // An honorific may open the second name.
    let f = frames("The Greens accuse Mr Dahl of misleading voters.");
    assert!(
        f.iter()
            .any(|x| x.starts_with("accuse") && x.contains("Greens | Mr Dahl")),
        "{f:?}"
    );
}

#[test]
fn a_participle_after_with_and_a_noun_phrase_acts_with_that_phrase() {
    assert_eq!(
        frames("Acme Corp hit back, with chairman Ann Lee accusing Bo Dahl of lying.\n")[1],
        "accusing [Asserted]: chairman Ann Lee | Bo Dahl | "
    );
}

#[test]
fn a_participle_after_the_clause_acts_with_its_subject() {
    let f = frames("Acme Corp hit back, accusing Zenith Bank of lying.");
    assert!(
        f.iter()
            .any(|x| x.starts_with("accusing") && x.contains("Acme Corp | Zenith Bank")),
        "{f:?}"
    );
    // An opening participle has no clause before it: it takes the one after it.
    let f = frames("Speaking to reporters, Bo Dahl praised Zenith Bank.");
    assert!(
        f.iter()
            .any(|x| x.starts_with("Speaking [Asserted]: Bo Dahl |")),
        "{f:?}"
    );
}

#[test]
fn a_present_form_right_after_a_main_verb_is_its_object() {
    assert_eq!(
        frames("Zenith Bank brought charges against Acme Corp."),
        ["brought [Asserted]: Zenith Bank | charges | against Acme Corp."]
    );
}

#[test]
fn an_amount_after_a_name_is_no_part_of_its_phrase() {
    assert_eq!(
        frames("The European Commission fined Microsoft 497m euros on Wednesday.")[0],
        "fined [Asserted]: The European Commission | Microsoft | on Wednesday"
    );
}

#[test]
fn who_goes_somewhere_to_act_acts_but_not_past_another_phrase() {
    assert_eq!(
        frames("Mahmoud Abbas travelled to Cairo on Monday to meet Hosni Mubarak.")[1],
        "meet [Asserted]: Mahmoud Abbas | Hosni Mubarak | "
    );
    let f = frames("Acme Corp came to the market with an issue likely to be led by Zenith Bank.");
    assert!(
        f.iter()
            .all(|fr| !fr.contains(": Acme Corp | ") || fr.starts_with("came")),
        "{f:?}"
    );
}

#[test]
fn names_in_apposition_to_a_subject_naming_no_one_are_the_subjects() {
    assert_eq!(
        frames("The two leaders, Kos Amdal and Lind Berg, met at the palace.")[0],
        "met [Asserted]: Kos Amdal + Lind Berg |  | at the palace"
    );
    // A subject that names someone stays the subject.
    assert_eq!(
        frames("Kos Amdal, a friend of Lind Berg, met Mir Tal.")[0],
        "met [Asserted]: Kos Amdal | Mir Tal | "
    );
}

#[test]
fn who_went_or_was_somewhere_does_what_the_infinitive_after_says() {
    assert_eq!(
        frames("Kos Amdal flew to Oslo on Monday to meet Lind Berg.")[1],
        "meet [Asserted]: Kos Amdal | Lind Berg | "
    );
    assert_eq!(
        frames("Kos Amdal will be in Oslo next week to meet Lind Berg.")[1],
        "meet [Planned]: Kos Amdal | Lind Berg | "
    );
    // Still to come: no place between the copula and the infinitive.
    assert_eq!(
        frames("Kos Amdal is due to meet Lind Berg."),
        ["meet [Planned]: Kos Amdal | Lind Berg | "]
    );
}

#[test]
fn an_amount_of_money_is_the_verbs_object() {
    // The tagger reads "20m" as a noun or an adjective and "£" as a symbol.
    assert_eq!(
        frames("Vodafone paid £20m for Google."),
        ["paid [Asserted]: Vodafone | £20m | for Google"]
    );
    assert_eq!(
        frames("Vodafone invested $5bn in Google."),
        ["invested [Asserted]: Vodafone | $5bn | in Google"]
    );
    // An ordinal or a decade is no amount.
    let v = view("Vodafone won the 5th round of talks in the 1990s.");
    for w in ["5th", "1990s"] {
        let it = v.items.iter().find(|it| it.lower == w).expect(w);
        assert_ne!(it.tag, Tag::Cd, "{w}");
    }
}

#[test]
fn names_in_apposition_to_a_common_object_are_the_object() {
    assert_eq!(
        frames("Tony Blair criticised his old rival, Michael Howard, on Monday."),
        ["criticised [Asserted]: Tony Blair | Michael Howard | on Monday"]
    );
    // A name before a verb opens a clause of its own.
    assert_eq!(
        frames("Tony Blair criticised the plan, Michael Howard said.")[0],
        "criticised [Asserted]: Tony Blair | the plan | "
    );
}

#[test]
fn a_name_after_a_noun_of_time_starts_the_subject() {
    assert_eq!(
        frames("During the year Vodafone bought Orange.\n"),
        ["bought [Asserted]: Vodafone | Orange | "]
    );
    // After another noun the name stays in the phrase.
    assert_eq!(
        frames("The company Vodafone bought Orange.\n"),
        ["bought [Asserted]: The company Vodafone | Orange | "]
    );
}

#[test]
fn a_preposition_the_tagger_took_for_a_noun_ends_the_object() {
    assert_eq!(
        frames("Ann Lee criticised Tony Hale and Bo Dahl amid reports of a rift.\n"),
        ["criticised [Asserted]: Ann Lee | Tony Hale + Bo Dahl | amid reports; of a rift"]
    );
}

#[test]
fn a_preposition_after_of_and_a_common_noun_is_not_the_verbs() {
    // "with Bo Dahl" belongs to "a rift", not to "speaking".
    assert_eq!(
        frames("Ann Lee was speaking to the press amid talk of a rift with Bo Dahl.\n"),
        ["speaking [Asserted]: Ann Lee |  | to the press; amid talk; of a rift"]
    );
    // After "of" and a name, the verb's prepositions go on: "in Cairo" is where.
    assert_eq!(
        frames("Ann Lee met the leader of Hamas in Cairo.\n"),
        ["met [Asserted]: Ann Lee | the leader | of Hamas; in Cairo"]
    );
}

#[test]
fn a_plural_after_to_is_a_noun_whatever_the_tagger_guessed() {
    assert_eq!(
        frames("Ann Lee was speaking to reporters amid talk of a rift with Bo Dahl.\n"),
        ["speaking [Asserted]: Ann Lee |  | to reporters; amid talk; of a rift"]
    );
    // A base form after "to" stays the verb: "wants to focus on".
    let f = frames("Ann Lee wants to focus on Bo Dahl.\n");
    assert!(f.iter().any(|x| x.starts_with("focus")), "{f:?}");
}

#[test]
fn a_verb_agreeing_with_one_subject_takes_the_last_name_of_a_list_before_it() {
    assert_eq!(
        frames("Zenith was acquired by Acme and Borford was merged into Castlewick."),
        [
            "acquired [Asserted, passive]: Zenith |  | by Acme",
            "merged [Asserted, passive]: Borford |  | into Castlewick"
        ]
    );
    assert_eq!(
        frames("Acme criticised Zenith and Borford is angry."),
        [
            "criticised [Asserted]: Acme | Zenith | ",
            "is [Asserted]: Borford |  | "
        ]
    );
    // A verb that agrees with many keeps the list.
    assert_eq!(
        frames("Acme and Borford were merged into Castlewick."),
        ["merged [Asserted, passive]: Acme + Borford |  | into Castlewick"]
    );
}

#[test]
fn a_past_form_after_a_plural_head_is_the_verb_of_its_clause() {
    // The tagger may read "attacked" after "troops" as a participle.
    assert_eq!(
        frames("French troops attacked Acme Corp on Monday.\n"),
        ["attacked [Asserted]: French troops | Acme Corp | on Monday"]
    );
    // A singular noun before a participle is a compound's first word.
    let sold = frames("Bo Dahl sold the state owned firm to Acme Corp.\n");
    assert!(sold[0].contains("| the state owned firm |"), "{sold:?}");
}

#[test]
fn a_known_verb_after_a_modal_is_the_verb() {
    // The tagger may read "back" after "would" as an adverb.
    assert_eq!(
        frames("France would back Acme Corp on Monday.\n"),
        ["back [Hypothetical]: France | Acme Corp | on Monday"]
    );
}

#[test]
fn a_bare_apostrophe_written_onto_a_name_before_a_noun_is_its_possessive() {
    // The chain "the Liberal Democrats' home affairs spokesman" folds into the name
    // after it; the tagger read the apostrophe as a closing quote.
    let v = view("The Liberal Democrats' home affairs spokesman, Bo Dahl, said it.\n");
    assert_eq!(v.items[0].lower, "bo dahl", "{:?}", v.items);
}

#[test]
fn a_phrase_of_time_before_the_object_is_no_object() {
    assert_eq!(
        frames("Acme Corp met last week with Zenith Bank.\n"),
        ["met [Asserted]: Acme Corp |  | with Zenith Bank"]
    );
}

#[test]
fn a_word_of_place_before_a_name_is_a_preposition_whatever_the_tagger_guessed() {
    // The tagger may read "in" before "Beijing on Monday" as a subordinator.
    assert_eq!(
        frames("Gerhard Schroeder arrived in Beijing on Monday.\n"),
        ["arrived [Asserted]: Gerhard Schroeder |  | in Beijing; on Monday"]
    );
}

#[test]
fn a_past_form_after_the_opening_noun_phrase_and_before_an_object_is_the_verb() {
    assert_eq!(
        frames("The Estonian delegation held talks with Finland on Tuesday."),
        ["held [Asserted]: The Estonian delegation | talks | with Finland; on Tuesday"]
    );
    // Before a preposition, or with a finite verb of its own clause to come, it is a
    // participle.
    for text in [
        "Protesters held outside the embassy were released.",
        "The talks held Monday ended without a deal.",
    ] {
        assert!(
            frames(text)
                .iter()
                .all(|f| !f.starts_with("held [Asserted]: ")),
            "{text}: {:?}",
            frames(text)
        );
    }
}

#[test]
fn adjectives_in_quotes_modify_the_noun_after_them() {
    assert_eq!(
        frames("Acme Corp held \"frank and friendly\" talks with Zenith Bank."),
        ["held [Asserted]: Acme Corp | \"frank and friendly\" talks | with Zenith Bank"]
    );
    // The tagger reads a lone quoted adjective as a noun.
    assert_eq!(
        frames("Acme Corp held 'frank' talks with Zenith Bank."),
        ["held [Asserted]: Acme Corp | 'frank' talks | with Zenith Bank"]
    );
    // Before a name too, however the tagger read the word.
    assert_eq!(
        frames("John Marlow hailed 'genius' Tom Hale."),
        ["hailed [Asserted]: John Marlow | 'genius' Tom Hale | "]
    );
    // A quotation before its speaker is no modifier of the speaker.
    assert_eq!(
        frames("\"Good,\" John Marlow said of Zenith Bank."),
        ["said [Asserted]: John Marlow |  | of Zenith Bank"]
    );
}

#[test]
fn a_comma_before_the_and_of_a_list_of_three_keeps_the_list() {
    assert_eq!(
        frames("Canada, Japan, and the European Union criticised Brazil."),
        ["criticised [Asserted]: Canada + Japan + the European Union | Brazil | "]
    );
    assert_eq!(
        frames("Brazil criticised Canada, Japan, and the European Union."),
        ["criticised [Asserted]: Brazil | Canada + Japan + the European Union | "]
    );
    // A name's description before ", and" is no item of a list.
    let f = frames("Tom Ward, a former Treasury official, and Ann Lee told Canada to act.");
    assert!(!f[0].contains("official"), "{f:?}");
}
