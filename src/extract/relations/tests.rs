//! Tests of the relation rules on small sentences written for them.

use crate::extract::{
    meetings, relations, Context, LocalEntity, LocalMeeting, LocalRelation, Mention, Resources,
};
use crate::input::Document;
use crate::model::{EntityKind, MentionForm, Modality, Span};
use crate::text;

/// What the rules found in a hand-annotated text.
pub(crate) struct Found {
    pub entities: Vec<LocalEntity>,
    pub relations: Vec<LocalRelation>,
    pub meetings: Vec<LocalMeeting>,
}

impl Found {
    /// Relations as "Source relation Target" strings, sorted.
    pub fn triples(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .relations
            .iter()
            .map(|r| {
                format!(
                    "{} {} {}",
                    self.entities[r.source].name, r.relation, self.entities[r.target].name
                )
            })
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// The relation read between two names, if any.
    pub fn get(&self, triple: &str) -> Option<&LocalRelation> {
        self.relations.iter().find(|r| {
            format!(
                "{} {} {}",
                self.entities[r.source].name, r.relation, self.entities[r.target].name
            ) == triple
        })
    }

    /// The relation read between two names; panics listing those read when there is none.
    #[track_caller]
    pub fn expect(&self, triple: &str) -> &LocalRelation {
        self.get(triple)
            .unwrap_or_else(|| panic!("no {triple} in {:?}", self.triples()))
    }

    /// Panic, listing the relations read, when one of them contains `part`.
    #[track_caller]
    pub fn assert_none(&self, part: &str) {
        let t = self.triples();
        assert!(t.iter().all(|r| !r.contains(part)), "{t:?}");
    }

    /// Names of a meeting's actors with a role, sorted.
    pub fn actors(&self, m: &LocalMeeting, rel: crate::model::Relation) -> Vec<String> {
        let mut v: Vec<String> = m
            .roles
            .iter()
            .filter(|r| r.relation == rel)
            .map(|r| self.entities[r.entity].name.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// The meeting `who` takes part in; panics when there is none.
    pub fn meeting_with(&self, who: &str) -> &LocalMeeting {
        let rel = crate::model::Relation::ParticipantIn;
        self.meetings
            .iter()
            .find(|m| self.actors(m, rel).iter().any(|a| a == who))
            .unwrap_or_else(|| panic!("no meeting with {who}: {:?}", self.meetings))
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Run relation and meeting finding over `text` whose mentions are given by hand as
/// (surface form, entity name, kind). A surface equal to or inside the name is a name;
/// a lower-case one a pronoun; any other a demonym.
pub(crate) fn run(text: &str, names: &[(&str, &str, EntityKind)], date: Option<&str>) -> Found {
    run_with(text, names, date, |_| {})
}

/// [`run`], with the entities changed by `edit` before relations are read (a kind
/// marked as guessed, say).
pub(crate) fn run_with(
    text: &str,
    names: &[(&str, &str, EntityKind)],
    date: Option<&str>,
    edit: impl Fn(&mut Vec<LocalEntity>),
) -> Found {
    let res = Resources::embedded().expect("embedded resources");
    let mut doc = Document::new("t", text);
    doc.meta.date = date.map(str::to_string);
    let seg = text::segment(text);
    let cx = Context {
        doc: &doc,
        seg: &seg,
        res: &res,
    };
    let mut entities: Vec<LocalEntity> = Vec::new();
    let mut order: Vec<&(&str, &str, EntityKind)> = names.iter().collect();
    order.sort_by_key(|n| std::cmp::Reverse(n.0.len()));
    let mut mentions: Vec<Mention> = Vec::new();
    for &&(surface, name, kind) in &order {
        let mut from = 0;
        while let Some(i) = text[from..].find(surface) {
            let start = from + i;
            let end = start + surface.len();
            from = end;
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if is_word_char(before) || is_word_char(after) {
                continue;
            }
            let span = Span::new(start, end);
            if mentions.iter().any(|m| m.span.overlaps(&span)) {
                continue;
            }
            let entity = match entities.iter().position(|e| e.name == name) {
                Some(i) => i,
                None => {
                    entities.push(LocalEntity {
                        name: name.to_string(),
                        kind,
                        aliases: Default::default(),
                        roles: vec![],
                        mentions: 0,
                        kind_guessed: false,
                        country: None,
                    });
                    entities.len() - 1
                }
            };
            entities[entity].mentions += 1;
            let form = if name.contains(surface) {
                MentionForm::Name
            } else if surface.chars().next().is_some_and(char::is_lowercase) {
                MentionForm::Pronoun
            } else {
                MentionForm::Demonym
            };
            let sentence = seg
                .sentences
                .iter()
                .position(|s| s.span.contains(&span))
                .expect("mention inside a sentence");
            mentions.push(Mention {
                span,
                text: surface.to_string(),
                kind,
                form,
                entity: Some(entity),
                sentence,
            });
        }
    }
    mentions.sort_by_key(|m| m.span);
    edit(&mut entities);
    let words = crate::extract::layer::Layer::build(text, &seg, &res.rules, |_| {
        crate::extract::layer::Depth::Tagged
    });
    let folded = crate::extract::layer::Folded::of(&cx, &words, &mentions, &entities, false);
    let relations = relations::find(&cx, &folded, &entities);
    let meetings = meetings::find(&cx, &folded, &entities, &relations, false);
    Found {
        entities,
        relations,
        meetings,
    }
}

use EntityKind::{Country as C, Organization as O, Person as P, Place as L};

/// "Source relation Target" of the relations a whole extraction of `text` reads, by the
/// rule `rule` if given, sorted: for rules that read mentions rather than hand-given
/// names.
pub(crate) fn read_by_rule(text: &str, rule: Option<&str>) -> Vec<String> {
    let x = crate::extract::extract(&Document::new("t", text), crate::extract::test_resources());
    let mut out: Vec<String> = x
        .relations
        .iter()
        .filter(|r| rule.is_none_or(|id| r.evidence.rule == id))
        .map(|r| {
            let name = |e: usize| x.entities[e].name.clone();
            format!("{} {} {}", name(r.source), r.relation, name(r.target))
        })
        .collect();
    out.sort();
    out
}

/// The opening of a report of games (scores, a league, a cup), whose teams are
/// Harton, Kenbury and Orvia.
const GAMES: &str = "Harton beat Kenbury 2-1 in the league on Saturday, and Kenbury lost 3-0 \
                     to Orvia in the cup. Harton drew 1-1 with Orvia last week. ";

/// Two companies, two countries and a person, for tests of business relations.
pub(crate) const FIRMS: [(&str, &str, EntityKind); 5] = [
    ("Acme Corp", "Acme Corp", O),
    ("Zenith Bank", "Zenith Bank", O),
    ("Ruritania", "Ruritania", C),
    ("Freedonia", "Freedonia", C),
    ("Bo Dahl", "Bo Dahl", P),
];

#[test]
fn embedded_rules_compile_and_user_rules_extend_them() {
    let mut rs = crate::extract::rules::RuleSet::embedded().unwrap();
    assert!(!rs.verbs.contains_key("stonewalled"));
    rs.extend(
        "mine.ron",
        r#"(verbs: [(id: "snub", relation: rejected, lemmas: ["stonewall"])])"#,
    )
    .unwrap();
    assert!(rs.verbs.contains_key("stonewalled"));
    let err = crate::extract::rules::RuleSet::parse(
        "bad.ron",
        "(patterns: [(id: \"x\", pattern: \"{Q} met\")])",
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("bad.ron"), "{err}");
    // A look-behind only opens a pattern.
    let err = crate::extract::rules::RuleSet::parse(
        "late.ron",
        "(patterns: [(id: \"x\", relation: supports, pattern: \"{A} <!to met {B}\")])",
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("may only open a pattern"), "{err}");
}

#[test]
fn at_an_organisation_after_a_meeting_or_a_contest_is_where_it_happened() {
    let f = run(
        "\"Rates will rise,\" said Bo Dahl at Acme Corp, a bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    for text in [
        "Ruritania's king hosted Bo Dahl at Acme Corp, a hotel.\n",
        "The champion lost to Bo Dahl at Acme Corp, a stadium.\n",
        // A form of address stands between the verb and the name.
        "Ruritania's king met Mr Bo Dahl at Acme Corp.\n",
    ] {
        run(text, &FIRMS, None).assert_none("member_of");
    }
}

#[test]
fn every_embedded_rule_has_its_own_id() {
    // Evidence names its rule: two rules under one id could not be told apart.
    let rs = crate::extract::rules::RuleSet::embedded().unwrap();
    let f = &rs.file;
    let ids: Vec<&str> = (f.patterns.iter().map(|r| r.id.as_str()))
        .chain(f.verbs.iter().map(|r| r.id.as_str()))
        .chain(f.nouns.iter().map(|r| r.id.as_str()))
        .collect();
    let mut seen = std::collections::HashSet::new();
    let repeated: Vec<&str> = ids.iter().copied().filter(|id| !seen.insert(*id)).collect();
    assert!(repeated.is_empty(), "{repeated:?}");
}

#[test]
fn inflection_covers_regular_and_irregular_forms() {
    let forms: Vec<String> = crate::extract::rules::inflect("urge")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(forms, ["urge", "urges", "urged", "urged", "urging"]);
    let forms: Vec<String> = crate::extract::rules::inflect("speak/spoke/spoken")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(forms, ["speak", "speaks", "spoke", "spoken", "speaking"]);
    let forms: Vec<String> = crate::extract::rules::inflect("rely")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(forms, ["rely", "relies", "relied", "relied", "relying"]);
    let forms: Vec<String> = crate::extract::rules::inflect("travel")
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_eq!(
        forms,
        [
            "travel",
            "travels",
            "traveled",
            "traveled",
            "traveling",
            "travelled",
            "travelled",
            "travelling"
        ]
    );
    assert_eq!(crate::extract::rules::inflect("appeal").len(), 5);
    // A final consonant doubles after one short vowel: in a one-syllable verb, or where
    // the past written out shows it; not after two vowels or in a longer verb.
    let forms = |spec: &str| -> Vec<String> {
        crate::extract::rules::inflect(spec)
            .into_iter()
            .map(|f| f.0)
            .collect()
    };
    assert_eq!(forms("beg"), ["beg", "begs", "begged", "begged", "begging"]);
    assert_eq!(
        forms("confer/conferred/conferred"),
        ["confer", "confers", "conferred", "conferred", "conferring"]
    );
    assert_eq!(
        forms("sit/sat/sat"),
        ["sit", "sits", "sat", "sat", "sitting"]
    );
    assert_eq!(
        forms("rain"),
        ["rain", "rains", "rained", "rained", "raining"]
    );
    assert_eq!(
        forms("visit"),
        ["visit", "visits", "visited", "visited", "visiting"]
    );
    assert_eq!(forms("fix"), ["fix", "fixes", "fixed", "fixed", "fixing"]);
}

#[test]
fn paying_for_a_company_buys_it_and_paying_for_a_stake_invests() {
    let found = read_by_rule(
        "Acme Corp paid $2bn for the struggling carmaker Zenith Holdings. Tarvo Group \
         paid $20m for a 10% stake in Orvia Ltd on Monday.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Tarvo Group supports Orvia Ltd",
            "Zenith Holdings part_of Acme Corp"
        ]
    );
    // What a company owns or holds is not the company.
    let found = read_by_rule(
        "Acme Corp paid $2bn for the oil fields in Zenith Holdings. Tarvo Group paid \
         $9m for Orvia Ltd's assets.\n",
        None,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn selling_to_a_buyer_is_a_deal_the_buyer_backs() {
    let found = read_by_rule(
        "Acme Corp sold a 20% stake to Tarvo Group. Orvia Ltd will sell ten jets to \
         Zenith Holdings.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Tarvo Group supports Acme Corp",
            "Zenith Holdings supports Orvia Ltd"
        ]
    );
    // A company sold becomes part of its buyer, which says the deal.
    let found = read_by_rule("Acme Corp sold Orvia Ltd to Tarvo Group.\n", None);
    assert_eq!(found, ["Orvia Ltd part_of Tarvo Group"]);
}

#[test]
fn a_party_before_a_seats_title_is_no_field_of_it() {
    // "Labour" names a minister's field too ("Labour Minister X").
    let found = read_by_rule("Labour MSP Ken Lee said no.\n", None);
    assert_eq!(found, ["Ken Lee member_of Labour Party"]);
}

#[test]
fn a_partys_grandees_and_stalwarts_are_its_members() {
    let found = read_by_rule(
        "He met Tory grandee Ken Lee and former Labour stalwart Ann Hale.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Ann Hale member_of Labour Party",
            "Ken Lee member_of Conservative Party"
        ]
    );
}

#[test]
fn a_verb_between_two_names_is_read_as_one() {
    // The tagger reads "quit" between "Mr Dahl-Lund" and "UKIP" as part of a name.
    let found = read_by_rule("Mr Dahl-Lund quit UKIP last week.\n", None);
    assert_eq!(found, ["Dahl-Lund member_of UKIP"]);
    // A title there stays a title.
    let found = read_by_rule("Acme Corp chairman Bo Dahl left.\n", None);
    assert_eq!(found, ["Bo Dahl leads Acme Corp"]);
}

#[test]
fn active_verbs_with_coordinated_objects() {
    let f = run(
        "Smith visited Norway and Chile last week.\n",
        &[
            ("Smith", "Anna Smith", P),
            ("Norway", "Norway", C),
            ("Chile", "Chile", C),
        ],
        None,
    );
    assert_eq!(
        f.triples(),
        ["Anna Smith visited Chile", "Anna Smith visited Norway"]
    );
    let r = f.get("Anna Smith visited Norway").unwrap();
    assert_eq!(r.evidence.rule, "visit/active");
    assert_eq!(r.evidence.modality, Modality::Asserted);
    assert_eq!(&f.entities.len(), &3);
}

#[test]
fn the_people_of_a_list_of_bodies_stand_for_each_of_them() {
    let f = run(
        "The foreign ministers of Ruritania and Freedonia criticised Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania criticized Acme Corp");
    f.expect("Freedonia criticized Acme Corp");
    let f = run(
        "Bo Dahl criticised the governments of Ruritania and Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl criticized Ruritania");
    f.expect("Bo Dahl criticized Freedonia");
    // A person in the list is no body whose people these are.
    let f = run(
        "Acme Corp criticised the lawyers of Zenith Bank and Bo Dahl.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp criticized Zenith Bank");
    f.assert_none("criticized Bo Dahl");
}

#[test]
fn a_head_of_a_field_set_off_by_commas_is_a_member() {
    for title in ["director of entertainment", "head of research"] {
        let f = run(
            &format!("Acme Corp's {title}, Bo Dahl, said sales rose.\n"),
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl member_of Acme Corp");
        f.assert_none("leads");
    }
    let f = run(
        "Acme Corp's chief executive, Bo Dahl, said sales rose.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
}

#[test]
fn a_head_of_a_field_at_a_kind_of_body_or_one_of_several_holders_is_a_member() {
    for text in [
        "Bo Dahl, head of policy at the charity Acme Corp, said sales rose.\n",
        "Bo Dahl, head of equities trading at brokers Acme Corp, said sales rose.\n",
        "Bo Dahl, head of policy at aid charity the Acme Corp, said sales rose.\n",
        "Bo Dahl, a director at consultancy Acme Corp, said sales rose.\n",
        "Bo Dahl is a director of Acme Corp.\n",
    ] {
        let f = run(text, &FIRMS, None);
        f.expect("Bo Dahl member_of Acme Corp");
        f.assert_none("leads");
    }
    // The one holder, or a past one, heads it.
    for text in [
        "Bo Dahl, chief executive of mobile music firm Acme Corp, said sales rose.\n",
        "Bo Dahl, a former chairman of Acme Corp, said sales rose.\n",
    ] {
        run(text, &FIRMS, None).expect("Bo Dahl leads Acme Corp");
    }
}

#[test]
fn one_of_coordinated_subjects_is_no_object_of_the_others() {
    let f = run(
        "Ruritania and Freedonia lock Bo Dahl has dismissed reports linking Bo Dahl to the captaincy.\n",
        &FIRMS,
        None,
    );
    f.assert_none("rejected Bo Dahl");
    let f = run(
        "Ruritania rejected reports linking Bo Dahl to the post.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania rejected Bo Dahl");
}

#[test]
fn whoever_is_appalled_condemns_whoever_appalled_them() {
    let f = run(
        "Bo Dahl was appalled by Ruritania's attack.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl criticized Ruritania");
    let f = run("The remarks of Bo Dahl outraged Acme Corp.\n", &FIRMS, None);
    f.expect("Acme Corp criticized Bo Dahl");
    // Appalled by an event no one named owns is no criticism of anyone.
    let f = run(
        "Bo Dahl was appalled by the flooding in Ruritania.\n",
        &FIRMS,
        None,
    );
    f.assert_none("criticized");
}

#[test]
fn joining_a_body_in_a_bid_makes_a_partner_not_a_member() {
    let f = run(
        "Acme Corp has joined Zenith Bank in a bid for the airline.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    f.assert_none("member_of");
    let f = run("Bo Dahl joined Zenith Bank in 1990.\n", &FIRMS, None);
    f.expect("Bo Dahl member_of Zenith Bank");
    // Leaving a body in protest states membership, no partnership.
    let f = run("Bo Dahl quit Zenith Bank in protest.\n", &FIRMS, None);
    f.expect("Bo Dahl member_of Zenith Bank");
    f.assert_none("supports");
}

#[test]
fn a_vote_for_or_against_a_party_or_person_backs_or_rejects_it() {
    let f = run("Bo Dahl voted for Zenith Bank.\n", &FIRMS, None);
    f.expect("Bo Dahl supports Zenith Bank");
    let f = run("Bo Dahl voted against Acme Corp's plan.\n", &FIRMS, None);
    f.expect("Bo Dahl rejected Acme Corp");
    // A vote for a bill names no one.
    let f = run("Bo Dahl voted for the bill.\n", &FIRMS, None);
    f.assert_none("Bo Dahl");
}

#[test]
fn passive_voice_reverses_the_roles() {
    let f = run(
        "Jones was urged by Brown to resign.\n",
        &[("Jones", "Jones", P), ("Brown", "Brown", P)],
        None,
    );
    assert_eq!(f.triples(), ["Brown appealed_to Jones"]);
    assert_eq!(
        f.get("Brown appealed_to Jones").unwrap().evidence.rule,
        "appeal/passive"
    );
}

#[test]
fn a_phrasal_verb_in_the_passive_takes_its_agent_after_the_particle() {
    let found = read_by_rule(
        "Orvia Ltd was snapped up by Tarvo Group. Zenith Holdings, which was swallowed up \
         weeks later by Acme Corp, closed.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Orvia Ltd part_of Tarvo Group",
            "Zenith Holdings part_of Acme Corp"
        ]
    );
}

#[test]
fn negation_and_modality_are_kept() {
    let f = run(
        "Ruritania did not reject Freedonia.\nRuritania could attack Freedonia.\nRuritania will visit Freedonia.\nRuritania refused to support Freedonia.\n",
        &[("Ruritania", "Ruritania", C), ("Freedonia", "Freedonia", C)],
        None,
    );
    let m = |t: &str| {
        f.get(t)
            .unwrap_or_else(|| panic!("{t} missing: {:?}", f.triples()))
            .evidence
            .modality
    };
    assert_eq!(m("Ruritania rejected Freedonia"), Modality::Negated);
    assert_eq!(m("Ruritania attacked Freedonia"), Modality::Hypothetical);
    assert_eq!(m("Ruritania visited Freedonia"), Modality::Planned);
    assert_eq!(m("Ruritania supports Freedonia"), Modality::Negated);
}

#[test]
fn a_denied_or_rumoured_clause_is_no_fact() {
    let f = run(
        "Lopez denied Ruritania had criticised Freedonia.\nAmid reports that Ruritania attacked Freedonia, talks stalled.\nLopez dismissed claims that Freedonia told Ruritania of the plan.\nLopez said Ruritania rejected Freedonia.\nLopez alleges that Freedonia attacked Ruritania.\n",
        &[("Lopez", "Maria Lopez", P), ("Ruritania", "Ruritania", C), ("Freedonia", "Freedonia", C)],
        None,
    );
    let m = |t: &str| f.expect(t).evidence.modality;
    assert_eq!(m("Ruritania criticized Freedonia"), Modality::Negated);
    assert_eq!(m("Ruritania attacked Freedonia"), Modality::Hypothetical);
    assert_eq!(m("Freedonia told Ruritania"), Modality::Hypothetical);
    assert_eq!(m("Freedonia attacked Ruritania"), Modality::Hypothetical);
    // A clause reported by a speaker is no hearsay.
    assert_eq!(m("Ruritania rejected Freedonia"), Modality::Asserted);
}

#[test]
fn a_committee_chair_named_after_the_body_is_a_member_of_it() {
    let body = [("Bo Dahl", "Bo Dahl", P), ("Commons", "Commons", O)];
    for text in [
        "Bo Dahl, chairman of the Commons public accounts committee, spoke.\n",
        "Bo Dahl, who is chairman of the Commons public accounts committee, spoke.\n",
    ] {
        let f = run(text, &body, None);
        f.expect("Bo Dahl member_of Commons");
        f.assert_none("leads");
    }
    let f = run("Bo Dahl, chairman of the Commons, spoke.\n", &body, None);
    f.expect("Bo Dahl leads Commons");
}

#[test]
fn reported_speech_is_attributed_to_the_speaker() {
    let f = run(
        "Lopez said Ruritania rejected Freedonia.\nAccording to Lopez, Ruritania criticized Freedonia.\nRuritania threatened Freedonia, Lopez said.\n",
        &[("Lopez", "Maria Lopez", P), ("Ruritania", "Ruritania", C), ("Freedonia", "Freedonia", C)],
        None,
    );
    for t in [
        "Ruritania rejected Freedonia",
        "Ruritania criticized Freedonia",
        "Ruritania threatened Freedonia",
    ] {
        let r = f
            .get(t)
            .unwrap_or_else(|| panic!("{t} missing: {:?}", f.triples()));
        assert_eq!(
            r.evidence.attributed_to.as_deref(),
            Some("Maria Lopez"),
            "{t}"
        );
    }
    // The speaker is not linked to what they report.
    assert!(
        f.triples().iter().all(|t| !t.starts_with("Maria Lopez")),
        "{:?}",
        f.triples()
    );
}

#[test]
fn relative_clauses_and_appositions() {
    let f = run(
        "The Front, which rules Northland, met resistance.\nAccording to Ivo Ban, who accompanied Kral, the talks went well.\n",
        &[("The Front", "The Front", O), ("Northland", "Northland", L), ("Ivo Ban", "Ivo Ban", P), ("Kral", "Kral", P)],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"The Front governs Northland".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"Ivo Ban accompanied Kral".to_string()), "{t:?}");
    assert_eq!(t.len(), 2, "{t:?}");
}

#[test]
fn title_chains_link_people_to_what_they_serve() {
    let f = run(
        "Ruritanian Prime Minister Ana Kos met Freedonia's chief negotiator Bo Lind.\nNews Network Senior Producer Eli Dar contributed.\nForeign Ministry spokesman Tom Rey declined to comment.\n",
        &[
            ("Ruritanian", "Ruritania", C),
            ("Ana Kos", "Ana Kos", P),
            ("Freedonia", "Freedonia", C),
            ("Bo Lind", "Bo Lind", P),
            ("News Network", "News Network", O),
            ("Eli Dar", "Eli Dar", P),
            ("Foreign Ministry", "Foreign Ministry", O),
            ("Tom Rey", "Tom Rey", P),
        ],
        None,
    );
    let t = f.triples();
    for want in [
        "Ana Kos leads Ruritania",
        "Bo Lind represents Freedonia",
        "Eli Dar member_of News Network",
        "Tom Rey member_of Foreign Ministry",
    ] {
        assert!(t.contains(&want.to_string()), "{want} missing: {t:?}");
    }
    assert_eq!(
        f.get("Ana Kos leads Ruritania").unwrap().evidence.rule,
        "title"
    );
}

#[test]
fn a_regional_head_is_a_member_in_an_apposition() {
    let f = run(
        "Ann Fyfe, regional director of the Walkers Alliance, spoke.\nBo Dahl, director of the Walkers Alliance, agreed.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Walkers Alliance", "Walkers Alliance", O),
            ("Bo Dahl", "Bo Dahl", P),
        ],
        None,
    );
    f.expect("Ann Fyfe member_of Walkers Alliance");
    f.assert_none("Ann Fyfe leads");
    f.expect("Bo Dahl leads Walkers Alliance");
}

#[test]
fn a_country_before_a_job_at_an_unnamed_employer_is_no_employer() {
    let f = run(
        "Ann Fyfe, chief US economist at a small research firm, spoke.\nBo Dahl, chief US economist at Zentrix, agreed.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("US", "United States", C),
            ("Bo Dahl", "Bo Dahl", P),
            ("Zentrix", "Zentrix", O),
        ],
        None,
    );
    f.assert_none("United States");
    f.expect("Bo Dahl member_of Zentrix");
}

#[test]
fn titles_before_an_honorific_and_a_name() {
    let f = run(
        "Acme chief executive Sir Bo Dahl resigned.\nLabour peer Lord Lee spoke.\nTory shadow chancellor Sir Al Mir objected.\nRuritanian oil minister Sheikh Ali Fahd spoke.\n",
        &[
            ("Acme", "Acme", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Labour", "Labour Party", O),
            ("Lee", "Lee", P),
            ("Tory", "Conservative Party", O),
            ("Al Mir", "Al Mir", P),
            ("Ruritanian", "Ruritania", C),
            ("Ali Fahd", "Ali Fahd", P),
        ],
        None,
    );
    f.expect("Ali Fahd member_of Ruritania");
    // The title chain reads a form of address before the name.
    let ev = &f.expect("Bo Dahl leads Acme").evidence;
    assert_eq!(ev.rule, "title");
    f.expect("Lee member_of Labour Party");
    // A shadow chancellor heads nothing: a modifier before the title is not read here.
    f.assert_none("Al Mir leads");
}

#[test]
fn band_and_broadcast_roles_are_memberships() {
    let f = run(
        "Former Acme Band singer Jo Rae left.\nRadio North pundit Al Ode agreed.\nRuritanian singer Lu Pi sang.\n",
        &[
            ("Acme Band", "Acme Band", O),
            ("Jo Rae", "Jo Rae", P),
            ("Radio North", "Radio North", O),
            ("Al Ode", "Al Ode", P),
            ("Ruritanian", "Ruritania", C),
            ("Lu Pi", "Lu Pi", P),
        ],
        None,
    );
    f.expect("Jo Rae member_of Acme Band");
    f.expect("Al Ode member_of Radio North");
    // A nationality before a singer names no employer.
    f.assert_none("Lu Pi");
}

#[test]
fn a_field_before_a_head_title_makes_a_member() {
    let f = run(
        "The Daily Post's business editor, Jo Rae, said so.\nAcme communications chief Al Ode spoke.\nAcme chief Bo Dahl agreed.\n",
        &[
            ("Daily Post", "Daily Post", O),
            ("Jo Rae", "Jo Rae", P),
            ("Acme", "Acme", O),
            ("Al Ode", "Al Ode", P),
            ("Bo Dahl", "Bo Dahl", P),
        ],
        None,
    );
    f.expect("Jo Rae member_of Daily Post");
    f.expect("Al Ode member_of Acme");
    f.assert_none("Al Ode leads");
    f.expect("Bo Dahl leads Acme");
}

#[test]
fn teaching_at_a_school_is_working_there() {
    let f = run(
        "Jo Rae taught at Acme University for years.\nJo Rae taught Al Ode.\n",
        &[
            ("Acme University", "Acme University", O),
            ("Jo Rae", "Jo Rae", P),
            ("Al Ode", "Al Ode", P),
        ],
        None,
    );
    f.expect("Jo Rae member_of Acme University");
    f.assert_none("Al Ode");
    // A spy works for the service they spy for.
    let f = run(
        "Bo Dahl spied for Zenith Bank for two years.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl member_of Zenith Bank");
}

#[test]
fn a_time_phrase_before_the_verb_is_not_its_subject() {
    let f = run(
        "Bo Dahl last month backed Acme.\nAngry Freedonian officials this week warned Ruritania.\nThe Acme boss last year praised the plan.\n",
        &[
            ("Bo Dahl", "Bo Dahl", P),
            ("Acme", "Acme", O),
            ("Freedonian", "Freedonia", C),
            ("Ruritania", "Ruritania", C),
        ],
        None,
    );
    f.expect("Bo Dahl supports Acme");
    f.expect("Freedonia criticized Ruritania");
    // Only a time phrase gives way: "the plan" names no one.
    f.assert_none("Acme supports");
    f.assert_none("Acme criticized");
}

#[test]
fn the_head_of_a_field_is_a_member() {
    let f = run(
        "Jo Rae, Acme's head of consumer services, said so.\nBo Dahl, Acme's chief executive, agreed.\nAl Ode, head of distribution at Zenith, disagreed.\n",
        &[
            ("Jo Rae", "Jo Rae", P),
            ("Acme", "Acme", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Al Ode", "Al Ode", P),
            ("Zenith", "Zenith", O),
        ],
        None,
    );
    f.expect("Jo Rae member_of Acme");
    f.assert_none("Jo Rae leads");
    f.expect("Al Ode member_of Zenith");
    f.assert_none("Al Ode leads");
    f.expect("Bo Dahl leads Acme");
}

#[test]
fn a_post_named_after_as() {
    let f = run(
        "Bo Dahl quit as Acme boss last week.\nJo Rae was named as Zenith's chief executive.\nAl Ode quit as a result of the Acme report.\n",
        &[
            ("Bo Dahl", "Bo Dahl", P),
            ("Acme", "Acme", O),
            ("Jo Rae", "Jo Rae", P),
            ("Zenith", "Zenith", O),
            ("Al Ode", "Al Ode", P),
        ],
        None,
    );
    f.expect("Bo Dahl leads Acme");
    f.expect("Jo Rae leads Zenith");
    // "as a result of": no post.
    f.assert_none("Al Ode");
}

#[test]
fn title_appositions_before_and_after_the_name() {
    let f = run(
        "The Freedonian envoy to Ruritania, Al Mir, spoke.\nBo Lind, a spokesman for the Alliance, declined.\n",
        &[
            ("Freedonian", "Freedonia", C),
            ("Ruritania", "Ruritania", C),
            ("Al Mir", "Al Mir", P),
            ("Bo Lind", "Bo Lind", P),
            ("Alliance", "Alliance", O),
        ],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Al Mir represents Freedonia".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"Bo Lind member_of Alliance".to_string()),
        "{t:?}"
    );
    assert!(
        !t.contains(&"Al Mir represents Ruritania".to_string()),
        "{t:?}"
    );
}

#[test]
fn the_head_of_a_committee_named_after_a_body_is_a_member_of_it() {
    let read = |text: &str| read_by_rule(text, None);
    assert_eq!(
        read("Bo Dahl, chairman of the Zentrix Corp committee, said costs fell.\n"),
        ["Bo Dahl member_of Zentrix Corp"]
    );
    assert_eq!(
        read("Bo Dahl, chairman of Zentrix Corp, said costs fell.\n"),
        ["Bo Dahl leads Zentrix Corp"]
    );
}

#[test]
fn a_countrys_envoy_represents_it_and_its_lawyer_is_of_it() {
    let read = |text: &str| read_by_rule(text, Some("title"));
    assert_eq!(
        read("The talks failed, said Norway envoy Al Mir.\n"),
        ["Al Mir represents Norway"]
    );
    // A lawyer speaks for clients: before one, a country is a nationality.
    assert_eq!(
        read("The talks failed, said Norway lawyer Al Mir.\n"),
        ["Al Mir member_of Norway"]
    );
}

#[test]
fn roles_at_a_firm_across_a_hyphenated_field_for_an_expert_and_a_chair() {
    let names = [
        ("Brightwater", "Brightwater", O),
        ("Pia Holm", "Pia Holm", P),
    ];
    for (text, want) in [
        (
            "\"It works,\" said Pia Holm, director of value-added services at Brightwater.\n",
            "Pia Holm member_of Brightwater",
        ),
        // An expert at a firm works there.
        (
            "Pia Holm, a security expert at Brightwater, said attacks were small.\n",
            "Pia Holm member_of Brightwater",
        ),
        // "chair" is a head's title as "chairman" is.
        (
            "Pia Holm, chair of Brightwater, said attacks were small.\n",
            "Pia Holm leads Brightwater",
        ),
    ] {
        run(text, &names, None).expect(want);
    }
}

#[test]
fn any_adjective_may_modify_a_title_in_an_apposition() {
    let f = run(
        "But Brightwater's global chief executive, Ivo Dane, said sales fell.\nPia Holm, a former regional spokeswoman for the Guild, agreed.\n",
        &[
            ("Brightwater", "Brightwater", O),
            ("Ivo Dane", "Ivo Dane", P),
            ("Pia Holm", "Pia Holm", P),
            ("Guild", "Guild", O),
        ],
        None,
    );
    f.expect("Ivo Dane leads Brightwater");
    f.expect("Pia Holm member_of Guild");
    // "chief" before "executive" is the title's own word, not a modifier of "executive".
    assert!(
        f.get("Ivo Dane member_of Brightwater").is_none(),
        "{:?}",
        f.triples()
    );
    // A title's field may be nouns, capitalised too.
    let f = run(
        "The Guild's Fisheries Aid Commissioner, Ana Rosz, said no.\n",
        &[("Guild", "Guild", O), ("Ana Rosz", "Ana Rosz", P)],
        None,
    );
    f.expect("Ana Rosz member_of Guild");
    // A chief of a department is a member: "finance chief".
    let f = run(
        "Former Brightwater financial chief Ivo Dane was charged.\n",
        &[
            ("Brightwater", "Brightwater", O),
            ("Ivo Dane", "Ivo Dane", P),
        ],
        None,
    );
    f.expect("Ivo Dane member_of Brightwater");
    assert!(
        f.get("Ivo Dane leads Brightwater").is_none(),
        "{:?}",
        f.triples()
    );
    // An adjective of a department: "commercial director".
    let f = run(
        "Brightwater commercial director Ivo Dane said prices would rise.\n",
        &[
            ("Brightwater", "Brightwater", O),
            ("Ivo Dane", "Ivo Dane", P),
        ],
        None,
    );
    f.expect("Ivo Dane member_of Brightwater");
    f.assert_none("leads");
}

#[test]
fn lists_after_comprising_are_members() {
    let f = run(
        "The Group – a body comprising Norway, the Alliance, Chile and Peru – met.\n",
        &[
            ("The Group", "The Group", O),
            ("Norway", "Norway", C),
            ("Alliance", "Alliance", O),
            ("Chile", "Chile", C),
            ("Peru", "Peru", C),
        ],
        None,
    );
    assert_eq!(
        f.triples(),
        [
            "Alliance member_of The Group",
            "Chile member_of The Group",
            "Norway member_of The Group",
            "Peru member_of The Group"
        ]
    );
    // The members follow the body itself, not another noun after it.
    let f = run(
        "In a filing with Acme Corp, the concern, which comprises Zenith Bank, bought shares.\n",
        &FIRMS,
        None,
    );
    f.assert_none("member_of");
    // An owner of what the body consists of is no member: "consists of Zenith's shares".
    let f = run(
        "The offer by Acme Corp consists of Zenith Bank's entire holdings.\n",
        &FIRMS,
        None,
    );
    f.assert_none("member_of");
}

#[test]
fn government_nouns_name_their_leader() {
    let f = run(
        "Kos wants the Kos administration to act.\n",
        &[
            ("Kos administration", "Ruritania", C),
            ("Kos", "Ana Kos", P),
        ],
        None,
    );
    assert_eq!(f.triples(), ["Ana Kos leads Ruritania"]);
}

#[test]
fn telling_a_news_outlet_is_not_a_relation() {
    let f = run(
        "Kos told CNN that Lind told Mir the truth.\n",
        &[
            ("Kos", "Kos", P),
            ("CNN", "CNN", O),
            ("Lind", "Lind", P),
            ("Mir", "Mir", P),
        ],
        None,
    );
    assert_eq!(f.triples(), ["Lind told Mir"]);
    assert_eq!(
        f.get("Lind told Mir")
            .unwrap()
            .evidence
            .attributed_to
            .as_deref(),
        Some("Kos")
    );
}

#[test]
fn an_outlets_regional_service_is_no_audience() {
    let f = run(
        "Kos told CNN Europe that the plan was dead.\n",
        &[("Kos", "Kos", P), ("CNN Europe", "CNN Europe", O)],
        None,
    );
    assert_eq!(f.triples(), Vec::<String>::new());
}

#[test]
fn an_outlet_known_by_its_name_or_a_noun_beside_it_is_no_audience() {
    // No outlet list names these: the name's last word, or "newspaper" and
    // "programme" beside the name, say they are the press.
    let f = run(
        "Kos told the Harlow Gazette the plan was dead.\nLind told Estonian newspaper Pealeht it was over.\nMir told the Orvia programme Dawnline that Kos had told Lind.\nZenith was contacted by the Harlow Gazette on Monday.\n",
        &[
            ("Zenith", "Zenith", O),
            ("Kos", "Kos", P),
            ("Harlow Gazette", "Harlow Gazette", O),
            ("Lind", "Lind", P),
            ("Pealeht", "Pealeht", O),
            ("Mir", "Mir", P),
            ("Orvia", "Orvia", O),
            ("Dawnline", "Dawnline", O),
        ],
        None,
    );
    assert_eq!(f.triples(), ["Kos told Lind"]);
}

#[test]
fn unresolved_or_distant_names_give_nothing() {
    // "officials" is no entity; the pronoun is unresolved and so is no mention.
    let f = run(
        "Officials said he rejected the plan while Norway watched.\n",
        &[("Norway", "Norway", C)],
        None,
    );
    assert!(f.relations.is_empty(), "{:?}", f.triples());
}

/// A view made by hand: words, and `[Name]` for an entity slot (a country).
fn hand_view(
    text: &str,
    vocab: &crate::extract::pattern::Vocab,
) -> crate::extract::layer::view::View {
    use crate::extract::layer::view::{Item, Slot, View};
    let mut items = Vec::new();
    let mut at = 0;
    for (i, w) in text.split_whitespace().enumerate() {
        let span = Span::new(at, at + w.len());
        at += w.len() + 1;
        let slot = w.strip_prefix('[').map(|_| Slot {
            entity: i,
            kind: EntityKind::Country,
            form: MentionForm::Name,
        });
        let lower = w.trim_matches(['[', ']']).to_lowercase();
        let sym = match slot {
            Some(_) => crate::extract::pattern::Sym::NONE,
            None => vocab.id(&lower),
        };
        items.push(Item {
            span,
            lower: lower.into(),
            sym,
            tag: crate::text::tagger::Tag::Nn,
            slot,
        });
    }
    View {
        sentence: 0,
        items,
        ..View::default()
    }
}

#[test]
fn skipping_patterns_by_their_needs_keeps_every_match() {
    use crate::extract::pattern::{find_all, find_all_in, Present};
    let rs = crate::extract::rules::RuleSet::embedded().unwrap();
    let key = |m: &crate::extract::pattern::Match| (m.start, m.end, m.a.clone(), m.b.clone());
    let mut found = 0;
    for text in [
        "[France] met [Germany] in Paris on Monday .",
        "[France] and [Spain] have signed a deal with [Germany] , [Italy] said .",
        "The president of [France] was not expected to visit [Germany] .",
        "[France] , a close ally , condemned [Germany] .",
        "Nothing happened here at all .",
        "[France] alone",
    ] {
        let v = hand_view(text, &rs.vocab);
        let present = Present::of(&v, &rs.vocab);
        let mut all: Vec<(
            &[crate::extract::pattern::El],
            &crate::extract::pattern::Need,
        )> = Vec::new();
        all.extend(rs.rules.iter().map(|r| (&r.els[..], &r.need)));
        all.extend(rs.meeting_patterns.iter().map(|p| (&p.els[..], &p.need)));
        all.extend(
            rs.attribution
                .iter()
                .map(|e| &e[..])
                .zip(&rs.attribution_needs),
        );
        for (els, need) in all {
            let d = (
                &crate::extract::rules::ACTORS[..],
                &crate::extract::rules::ACTORS[..],
            );
            let slow: Vec<_> = find_all(els, &v, &rs.lexis, d).iter().map(key).collect();
            let fast: Vec<_> = find_all_in(els, need, &v, &present, &rs.lexis, d)
                .iter()
                .map(key)
                .collect();
            assert_eq!(slow, fast, "{text}");
            found += slow.len();
        }
    }
    assert!(found > 0);
    // A pattern needs its words and two slots.
    let rule = rs.rules.iter().find(|r| r.id == "member-of").unwrap();
    let allows =
        |text: &str| Present::of(&hand_view(text, &rs.vocab), &rs.vocab).allows(&rule.need);
    assert!(allows("[France] is a member of [Nato] ."));
    assert!(!allows("[France] visited [Nato] ."));
    assert!(!allows("[France] is a member of Nato ."));
}

#[test]
fn first_word_sets_never_hide_a_phrase() {
    let rs = crate::extract::rules::RuleSet::embedded().unwrap();
    assert!(!rs.lexis.titles.is_empty());
    for (words, _) in &rs.lexis.titles {
        let v = hand_view(&words.join(" "), &rs.vocab);
        let found = rs.lexis.title_at(&v.items, 0).map(|(len, _)| len);
        assert_eq!(found, Some(words.len()), "title {words:?}");
    }
    for class in ["meeting_noun", "meeting_verb"] {
        for words in &rs.lexis.classes[class] {
            let v = hand_view(&words.join(" "), &rs.vocab);
            assert!(rs.meeting_triggers.has(v.items[0].sym), "{class} {words:?}");
        }
    }
    for det in &rs.lexis.dets {
        assert!(
            rs.lexis.det_at(&hand_view(det, &rs.vocab).items, 0),
            "{det}"
        );
    }
    // Words no rule names have no id, and a slot is never a title or determiner.
    let v = hand_view("[France] zyxwvut", &rs.vocab);
    assert_eq!(v.items[1].sym, crate::extract::pattern::Sym::NONE);
    assert!(!rs.lexis.det_at(&v.items, 0) && rs.lexis.title_at(&v.items, 0).is_none());
}

#[test]
fn speakers_for_and_people_of_an_organisation() {
    let f = run(
        "For the Greens, Ann Lee said the plan was flawed.\nThe Greens' Ivo Ban backed it, and Acme's Bo Dahl agreed.\nAcme's Pell plant closed.\nZenith's Mr Moss stayed away.\n",
        &[
            ("Greens", "Greens", O),
            ("Ann Lee", "Ann Lee", P),
            ("Ivo Ban", "Ivo Ban", P),
            ("Acme", "Acme", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Pell", "Pell", L),
            ("Zenith", "Zenith", O),
            ("Moss", "Moss", P),
        ],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Ann Lee represents Greens".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"Ivo Ban member_of Greens".to_string()), "{t:?}");
    assert!(t.contains(&"Bo Dahl member_of Acme".to_string()), "{t:?}");
    // An honorific between the owner and the name: "Zenith's Mr Moss".
    assert!(t.contains(&"Moss member_of Zenith".to_string()), "{t:?}");
    // A place an organisation owns is not its member.
    assert!(!t.iter().any(|r| r.starts_with("Pell")), "{t:?}");
}

#[test]
fn speakers_for_a_party_without_a_comma_and_its_people_listed_after_its_possessive() {
    let f = run(
        "For the Greens Ann Lee said the plan was flawed.\nThe Greens' Cy Moss and Dr Ed Ray agreed.\nIvo Ban, from the Verde farming union, said no.\n",
        &[
            ("Greens", "Greens", O),
            ("Ann Lee", "Ann Lee", P),
            ("Ivo Ban", "Ivo Ban", P),
            ("Cy Moss", "Cy Moss", P),
            ("Ed Ray", "Ed Ray", P),
            ("Verde", "Verde", O),
        ],
        None,
    );
    // No comma after the party: "For the Greens Ann Lee said".
    f.expect("Ann Lee represents Greens");
    // A form of address opening a later member of the list: "and Dr Ed Ray".
    f.expect("Cy Moss member_of Greens");
    f.expect("Ed Ray member_of Greens");
    // "from the Verde farming union": modifiers before the body's kind.
    f.expect("Ivo Ban member_of Verde");
}

#[test]
fn a_bid_for_a_company_before_the_speaker_is_no_speaking_for_it() {
    let f = run(
        "Acme is weighing a bid for Zenith Corp, Acme chairman Bo Dahl said.\nBut for the Greens, Ann Lee said no.\n",
        &[
            ("Acme", "Acme", O),
            ("Zenith Corp", "Zenith Corp", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Greens", "Greens", O),
            ("Ann Lee", "Ann Lee", P),
        ],
        None,
    );
    f.assert_none("Bo Dahl represents Zenith Corp");
    f.expect("Bo Dahl leads Acme");
    // After a coordinator the phrase still opens the clause.
    f.expect("Ann Lee represents Greens");
}

#[test]
fn a_body_named_with_what_it_includes_has_them_as_members() {
    let f = run(
        "The Walden Alliance, which includes Oxfam, Acme and Zenith, said the bill was unclear.\nThe Zenith deal includes Orvia.\n",
        &[
            ("Walden Alliance", "Walden Alliance", O),
            ("Oxfam", "Oxfam", O),
            ("Acme", "Acme", O),
            ("Zenith", "Zenith", O),
            ("Orvia", "Orvia", O),
        ],
        None,
    );
    let t = f.triples();
    for member in ["Oxfam", "Acme", "Zenith"] {
        f.expect(&format!("{member} member_of Walden Alliance"));
    }
    // A deal including a company makes no member of whoever made the deal.
    assert!(!t.iter().any(|r| r.contains("Orvia")), "{t:?}");
}

#[test]
fn a_unit_named_as_an_organisations_is_part_of_it() {
    let f = run(
        "The plan was drawn up by Acme Bank's Baltic Department.\nZenith's Orvia Phone sold well.\nThe League's Grain Relief Programme ended.\nBo Dahl works at Acme Bank's Applied Optics Laboratory.\n",
        &[
            ("Acme Bank", "Acme Bank", O),
            ("Baltic Department", "Baltic Department", O),
            ("Applied Optics Laboratory", "Applied Optics Laboratory", O),
            ("Zenith", "Zenith", O),
            ("Orvia Phone", "Orvia Phone", O),
            ("League", "League", O),
            ("Grain Relief Programme", "Grain Relief Programme", O),
        ],
        None,
    );
    f.expect("Baltic Department part_of Acme Bank");
    f.expect("Grain Relief Programme part_of League");
    f.expect("Applied Optics Laboratory part_of Acme Bank");
    // A product's name ends in no word for a unit.
    f.assert_none("Orvia");
}

#[test]
fn a_possessive_pronoun_owns_as_a_possessive_name_does() {
    let f = run(
        "Acme Corp said its Zenith Bank unit would grow.\nLater its Orvia Phone was recalled.\n",
        &[
            ("Acme Corp", "Acme Corp", O),
            ("its", "Acme Corp", O),
            ("Zenith Bank", "Zenith Bank", O),
            ("Orvia Phone", "Orvia Phone", P),
        ],
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
    // What a pronoun owns is no person: "its Orvia Phone" is a product named like one.
    f.assert_none("Orvia");
    let f = run(
        "Ruritania said its Freedonian rivals were slower.\n",
        &[
            ("Ruritania", "Ruritania", C),
            ("its", "Ruritania", C),
            ("Freedonian", "Freedonia", C),
        ],
        None,
    );
    // Nor a nationality: "its Freedonian rivals" are not a part of it.
    assert!(f.triples().is_empty(), "{:?}", f.triples());
}

#[test]
fn appositions_of_membership_and_parts_and_defections() {
    let f = run(
        "Ruritania, a member of Opec, raised output.\nPetrolia, a joint venture of Acme and Zenith, said profits rose.\nIvo Ban defected to the Greens.\nAcme, a rival of Zenith, fell.\n",
        &[
            ("Ruritania", "Ruritania", C),
            ("Opec", "Opec", O),
            ("Petrolia", "Petrolia", O),
            ("Acme", "Acme", O),
            ("Zenith", "Zenith", O),
            ("Ivo Ban", "Ivo Ban", P),
            ("Greens", "Greens", O),
        ],
        None,
    );
    let t = f.triples();
    assert!(t.contains(&"Ruritania member_of Opec".to_string()), "{t:?}");
    assert!(t.contains(&"Petrolia part_of Acme".to_string()), "{t:?}");
    assert!(t.contains(&"Petrolia part_of Zenith".to_string()), "{t:?}");
    assert!(t.contains(&"Ivo Ban member_of Greens".to_string()), "{t:?}");
    // A rival is neither a member nor a part.
    assert!(!t.iter().any(|r| r.starts_with("Acme")), "{t:?}");
}

#[test]
fn people_named_as_an_organisations_each_belong_to_it() {
    let people = [
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
        ("Bo Dahl", "Bo Dahl", P),
        ("Ann Lee", "Ann Lee", P),
        ("Cy Moss", "Cy Moss", P),
    ];
    let f = run(
        "Acme Corp's Bo Dahl and Ann Lee met the press.\n",
        &people,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    f.expect("Ann Lee member_of Acme Corp");
    // A second owner takes its own person.
    let f = run(
        "Acme Corp's Bo Dahl and Zenith Bank's Cy Moss met the press.\n",
        &people,
        None,
    );
    f.expect("Cy Moss member_of Zenith Bank");
    f.assert_none("Cy Moss member_of Acme Corp");
    // A conjunct owning what follows is no member of the list: "Cy Moss's album".
    let f = run(
        "Acme Corp's Bo Dahl and Cy Moss's album topped the chart.\n",
        &people,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    f.assert_none("Cy Moss member_of Acme Corp");
}

#[test]
fn a_title_with_its_holder_in_apposition_ends_a_sentence() {
    let t = read_by_rule(
        "Kelso Holdings cut its forecast.\n\"Sales fell,\" said its chairman, Ivo Ban.\n",
        None,
    );
    assert!(
        t.contains(&"Ivo Ban leads Kelso Holdings".to_string()),
        "{t:?}"
    );
    // An honorific before the holder's name.
    let t = read_by_rule(
        "Kelso Holdings cut its forecast.\n\"Sales fell,\" said its chairman, Sir Ivo Ban.\n",
        None,
    );
    assert!(
        t.contains(&"Ivo Ban leads Kelso Holdings".to_string()),
        "{t:?}"
    );
}

#[test]
fn a_teams_manager_leads_it_in_a_report_of_games() {
    let games = "Dunmore Albion beat Kelso Rovers 2-1, and Orvia drew 1-1 with Tarn United. \
                 Harton won 3-0.\nDunmore Albion manager Ivo Ban praised his players.\n\
                 Kelso Rovers kit manager Tom Hale was happy.\n";
    let t = read_by_rule(games, None);
    assert!(
        t.contains(&"Ivo Ban leads Dunmore Albion".to_string()),
        "{t:?}"
    );
    // A manager of a part of the club is its staff.
    assert!(
        t.contains(&"Tom Hale member_of Kelso Rovers".to_string()),
        "{t:?}"
    );
    // Outside a report of games a manager is staff.
    let t = read_by_rule(
        "Kelso Holdings said sales rose.\nKelso Holdings manager Ivo Ban was happy.\n",
        None,
    );
    assert!(
        t.contains(&"Ivo Ban member_of Kelso Holdings".to_string()),
        "{t:?}"
    );
}

#[test]
fn founders_lead_and_board_members_without_executive_roles_belong() {
    let f = run(
        "Bo Dahl, who founded Acme Corp in 1975, said sales rose.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    for text in [
        "Bo Dahl set up Acme Corp in 1990.\n",
        "Acme Corp, the firm founded by Bo Dahl, said sales rose.\n",
        "Bo Dahl established Acme Corp after the war.\n",
    ] {
        run(text, &FIRMS, None).expect("Bo Dahl leads Acme Corp");
    }
    // "found" is also the past of "find", and a founding member is a member.
    let f = run("Bo Dahl found Acme Corp in good health.\n", &FIRMS, None);
    f.assert_none("leads");
    let f = run(
        "Bo Dahl was a founding member of Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.assert_none("leads");
    // A firm setting up another makes a part of it, not a founder.
    let f = run("Zenith Bank set up Acme Corp in 1990.\n", &FIRMS, None);
    f.assert_none("leads");
    // A non-executive director sits on the board without running the firm.
    let f = run(
        "Bo Dahl, a non-executive director of Acme Corp, said sales rose.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    f.assert_none("leads");
}

#[test]
fn who_leaves_one_employer_to_join_another_joins_it() {
    let f = run(
        "Bo Dahl left Acme Corp to join Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl member_of Zenith Bank");
    f.assert_none("Acme Corp member_of");
    // Who is urged to join is the one who joins.
    let f = run(
        "Ruritania urged Acme Corp to join Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp member_of Zenith Bank");
}

#[test]
fn a_shareholder_in_a_company_backs_it() {
    let f = run(
        "Acme Corp is the biggest shareholder in Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    let f = run(
        "Acme Corp, a big investor in Zenith Bank, sold its shares.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    // Lending to a company backs it as a stake does.
    for text in [
        "The spokesman for Acme Corp, Zenith Bank's largest creditor, said so.\n",
        "Acme Corp is the biggest lender to Zenith Bank.\n",
    ] {
        run(text, &FIRMS, None).expect("Acme Corp supports Zenith Bank");
    }
    // A nationality is no shareholder: "Acme, the main Ruritanian shareholder of Zenith".
    let f = run(
        "The Acme group, the main Ruritanian shareholder of Zenith Bank, sold.\n",
        &FIRMS,
        None,
    );
    f.assert_none("Ruritania supports");
    // Speaking to a company's shareholders is no stake in it.
    let f = run(
        "Acme Corp told shareholders in Zenith Bank to sell.\n",
        &FIRMS,
        None,
    );
    f.assert_none("supports");
}

#[test]
fn a_seats_holder_named_after_the_seat_represents_it() {
    let ents = [("Kelso", "Kelso", L), ("Bo Dahl", "Bo Dahl", P)];
    let f = run(
        "He shared an office with the newly elected MP for Kelso, Bo Dahl.\n",
        &ents,
        None,
    );
    f.expect("Bo Dahl represents Kelso");
    // A visitor to the town holds no seat there.
    let f = run("He flew to Kelso, Bo Dahl said.\n", &ents, None);
    f.assert_none("represents");
}

#[test]
fn a_persons_lawyer_in_apposition_represents_them() {
    let ents = [("Ann Lee", "Ann Lee", P), ("Bo Dahl", "Bo Dahl", P)];
    let f = run(
        "Ann Lee, Bo Dahl's lawyer, said the claim was false.\n",
        &ents,
        None,
    );
    f.expect("Ann Lee represents Bo Dahl");
    // Kin speak for no one by their tie.
    let f = run(
        "Ann Lee, Bo Dahl's sister, said the claim was false.\n",
        &ents,
        None,
    );
    f.assert_none("represents");
}

#[test]
fn a_bodys_head_before_a_country_heads_no_country() {
    let t = read_by_rule(
        "Kelso Holdings sent its Norwegian chief executive Ivo Ban to Chile.\n\
         Chile director Tom Hale won a prize.\nNorwegian President Ann Lee spoke.\n",
        None,
    );
    let heads_a_land = |r: &String| r.starts_with("Tom Hale leads") || r == "Ivo Ban leads Norway";
    assert!(!t.iter().any(heads_a_land), "{t:?}");
    assert!(t.contains(&"Ann Lee leads Norway".to_string()), "{t:?}");
    // A country's director general is its official; a firm's post in a country is not.
    let t = read_by_rule(
        "Norway's director general Tom Hale met Ivo Ban.\nKelso Holdings said its Chile \
         chief executive Bo Reed quit.\n",
        None,
    );
    assert!(
        t.contains(&"Tom Hale member_of Norway".to_string()),
        "{t:?}"
    );
    assert!(
        !t.iter()
            .any(|r| r.starts_with("Bo Reed") && r.ends_with("Chile")),
        "{t:?}"
    );
}

#[test]
fn a_participle_opening_a_title_stays_in_the_role() {
    // "managing" is a participle, yet "managing director" is one title.
    let f = run(
        "\"Sales rose,\" said Bo Dahl, managing director of Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    // A participle before a plain title is still the verb: no role is read, and the
    // verb's clause has the name before it as subject.
    let f = run(
        "Bo Dahl, managing Acme Corp, said sales rose.\n",
        &FIRMS,
        None,
    );
    let r = f.expect("Bo Dahl leads Acme Corp");
    assert!(!r.evidence.rule.contains("title"), "{}", r.evidence.rule);
}

#[test]
fn people_at_organisations_and_those_who_run_them() {
    let f = run(
        "Ivo Ban at the Wold Institute has found a cure.\nBo Dahl, who runs Acme, said sales rose.\nAnn Lee ran the marathon in Acme shoes.\nEli Dar at Zenith Stadium scored twice.\n",
        &[
            ("Ivo Ban", "Ivo Ban", P),
            ("Wold Institute", "Wold Institute", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Acme", "Acme", O),
            ("Ann Lee", "Ann Lee", P),
            ("Eli Dar", "Eli Dar", P),
            ("Zenith Stadium", "Zenith Stadium", L),
        ],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Ivo Ban member_of Wold Institute".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"Bo Dahl leads Acme".to_string()), "{t:?}");
    // Running a race in a company's shoes is not running the company; a place is no
    // employer.
    assert!(
        !t.iter()
            .any(|r| r.starts_with("Ann Lee") || r.starts_with("Eli Dar")),
        "{t:?}"
    );
}

#[test]
fn a_nationality_heads_no_company_and_shadow_titles_are_members() {
    let f = run(
        "Dutch chairman Jan Berg said profits rose.\nDutch minister Piet Lo agreed.\nGreen shadow transport secretary Ann Lee spoke.\n",
        &[
            ("Dutch", "Netherlands", C),
            ("Jan Berg", "Jan Berg", P),
            ("Piet Lo", "Piet Lo", P),
            ("Green", "Green Party", O),
            ("Ann Lee", "Ann Lee", P),
        ],
        None,
    );
    let t = f.triples();
    assert!(!t.iter().any(|r| r.starts_with("Jan Berg")), "{t:?}");
    assert!(
        t.contains(&"Piet Lo member_of Netherlands".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"Ann Lee member_of Green Party".to_string()),
        "{t:?}"
    );
}

#[test]
fn being_in_a_place_is_a_visit_but_a_title_there_is_not() {
    let f = run(
        "Ann Lee, 61, who has been in Ruritania since May, said talks went well.\nBo Dahl is a champion in Freedonia.\nEli Dar was in Zenith last week.\n",
        &[
            ("Ann Lee", "Ann Lee", P),
            ("Ruritania", "Ruritania", C),
            ("Bo Dahl", "Bo Dahl", P),
            ("Freedonia", "Freedonia", C),
            ("Eli Dar", "Eli Dar", P),
            ("Zenith", "Zenith", L),
        ],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Ann Lee visited Ruritania".to_string()),
        "{t:?}"
    );
    assert!(t.contains(&"Eli Dar visited Zenith".to_string()), "{t:?}");
    assert!(!t.iter().any(|r| r.starts_with("Bo Dahl")), "{t:?}");
}

#[test]
fn a_place_after_another_phrase_is_where_that_is_not_where_someone_went() {
    let names = [
        ("Zeta Phone", "Zeta Phone", O),
        ("Ruritania", "Ruritania", C),
        ("Ann Lee", "Ann Lee", P),
        ("Zenith", "Zenith", L),
    ];
    for text in [
        "The Zeta Phone went on sale in Ruritania on Monday.\n",
        "The Zeta Phone went to number one in Ruritania.\n",
    ] {
        let f = run(text, &names, None);
        assert!(
            f.get("Zeta Phone visited Ruritania").is_none(),
            "{:?}",
            f.triples()
        );
    }
    for text in [
        "Ann Lee arrived on Monday in Zenith.\n",
        "Ann Lee arrived at a hotel in Zenith.\n",
    ] {
        run(text, &names, None).expect("Ann Lee visited Zenith");
    }
}

#[test]
fn an_organisation_someone_has_is_theirs_but_a_work_is_not() {
    let f = run(
        "Bo Dahl's union, the Dockers Federation, called a strike.\nEli Dar's band Night Owls played.\nAnn Lee's epic Sunrise Saga opened.\n",
        &[
            ("Bo Dahl", "Bo Dahl", P),
            ("Dockers Federation", "Dockers Federation", O),
            ("Eli Dar", "Eli Dar", P),
            ("Night Owls", "Night Owls", O),
            ("Ann Lee", "Ann Lee", P),
            ("Sunrise Saga", "Sunrise Saga", O),
        ],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Bo Dahl member_of Dockers Federation".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"Eli Dar member_of Night Owls".to_string()),
        "{t:?}"
    );
    assert!(!t.iter().any(|r| r.starts_with("Ann Lee")), "{t:?}");
}

#[test]
fn clauses_after_temporal_words_have_their_own_subject() {
    let f = run(
        "The case went to the Senate after the High Court backed the Interior Ministry's powers.\n",
        &[
            ("Senate", "Senate", O),
            ("High Court", "High Court", O),
            ("Interior Ministry", "Interior Ministry", O),
        ],
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"High Court supports Interior Ministry".to_string()),
        "{t:?}"
    );
    assert!(!t.iter().any(|r| r.starts_with("Senate")), "{t:?}");
}

#[test]
fn deals_places_and_roles_in_appositions() {
    let f = run(
        "Ruritania and Freedonia signed a trade deal.\nA merger between Acme and Zenith was announced.\nFans gathered at Ruritania's Port Elm.\nIvo Ban, 47, of the Wold Institute, said so.\nTal Orr, a senior Defence Ministry official, agreed.\n",
        &[
            ("Ruritania", "Ruritania", C),
            ("Freedonia", "Freedonia", C),
            ("Acme", "Acme", O),
            ("Zenith", "Zenith", O),
            ("Port Elm", "Port Elm", L),
            ("Ivo Ban", "Ivo Ban", P),
            ("Wold Institute", "Wold Institute", O),
            ("Tal Orr", "Tal Orr", P),
            ("Defence Ministry", "Defence Ministry", O),
        ],
        None,
    );
    let t = f.triples();
    for want in [
        "Ruritania supports Freedonia",
        "Acme supports Zenith",
        "Port Elm part_of Ruritania",
        "Ivo Ban member_of Wold Institute",
        "Tal Orr member_of Defence Ministry",
    ] {
        assert!(t.contains(&want.to_string()), "{want} missing: {t:?}");
    }
}

#[test]
fn lawyers_represent_whoever_owns_them_and_leaving_a_post_states_it() {
    let f = run(
        "Ivo Ban was charged, and his lawyer Ann Lee said the case was weak.\nBo Dahl and Eli Dahl have both resigned from Acme's board.\nUS lawyer Tom Rey agreed.\n",
        &[
            ("Ivo Ban", "Ivo Ban", P),
            ("his", "Ivo Ban", P),
            ("Ann Lee", "Ann Lee", P),
            ("Bo Dahl", "Bo Dahl", P),
            ("Eli Dahl", "Eli Dahl", P),
            ("Acme", "Acme", O),
            ("US", "United States", C),
            ("Tom Rey", "Tom Rey", P),
        ],
        None,
    );
    let t = f.triples();
    for want in [
        "Ann Lee represents Ivo Ban",
        "Bo Dahl member_of Acme",
        "Eli Dahl member_of Acme",
    ] {
        assert!(t.contains(&want.to_string()), "{want} missing: {t:?}");
    }
    // A nationality employs no lawyer.
    assert!(!t.iter().any(|r| r.starts_with("Tom Rey")), "{t:?}");
}

#[test]
fn a_speaker_judging_an_actor_badly_criticises_it() {
    let f = run(
        "Pell said: \"Zenco was a terrible waste of money.\"\nFreedonia has had every chance to mend the roads and has failed, Okafor said.\n\"Do not let the Greens wreck the town,\" Quist replied.\n",
        &[
            ("Pell", "Dana Pell", P),
            ("Zenco", "Zenco", O),
            ("Freedonia", "Freedonia", C),
            ("Okafor", "Ike Okafor", P),
            ("Greens", "Green Party", O),
            ("Quist", "Lena Quist", P),
        ],
        None,
    );
    for t in [
        "Dana Pell criticized Zenco",
        "Ike Okafor criticized Freedonia",
        "Lena Quist criticized Green Party",
    ] {
        let r = f
            .get(t)
            .unwrap_or_else(|| panic!("{t} missing: {:?}", f.triples()));
        assert_eq!(r.evidence.rule, "quoted-criticism");
        assert_eq!(r.evidence.attributed_to, None);
    }
}

#[test]
fn events_questions_and_praise_are_not_criticism() {
    let f = run(
        "Rovers failed to score against United, Moyes said.\nPell asked: \"Has Zenco failed?\"\nOkafor said Freedonia had done a fine job and the waste was cleared.\nQuist said Freedonia did not fail.\n",
        &[
            ("Rovers", "Rovers", O),
            ("United", "United", O),
            ("Moyes", "Ed Moyes", P),
            ("Pell", "Dana Pell", P),
            ("Zenco", "Zenco", O),
            ("Freedonia", "Freedonia", C),
            ("Okafor", "Ike Okafor", P),
            ("Quist", "Lena Quist", P),
        ],
        None,
    );
    f.assert_none("criticized");
}

#[test]
fn a_plural_speaker_after_say_judges_too() {
    let names = [
        ("Pell", "Dana Pell", P),
        ("Zenco", "Zenco", O),
        ("Greens", "Green Party", O),
    ];
    let f = run("Pell lied about Zenco, say the Greens.\n", &names, None);
    f.expect("Green Party criticized Dana Pell");
    // "to say" is no attribution.
    let f = run("It is fair to say the Greens have failed.\n", &names, None);
    f.assert_none("criticized");
}

#[test]
fn a_judgement_in_quotes_or_a_quoted_verb_is_still_read() {
    let f = run(
        "Pell said Zenco's plans were \"a terrible waste\".\nOkafor said Freedonia had \"failed the town\".\n",
        &[
            ("Pell", "Dana Pell", P),
            ("Zenco", "Zenco", O),
            ("Freedonia", "Freedonia", C),
            ("Okafor", "Ike Okafor", P),
        ],
        None,
    );
    f.expect("Dana Pell criticized Zenco");
    f.expect("Ike Okafor criticized Freedonia");
}

#[test]
fn calling_someone_something_bad_criticises_them() {
    let f = run(
        "Pell described Zenco's offer as \"a shambles\".\nOkafor called Quist a disgrace.\n",
        &[
            ("Pell", "Dana Pell", P),
            ("Zenco", "Zenco", O),
            ("Okafor", "Ike Okafor", P),
            ("Quist", "Lena Quist", P),
        ],
        None,
    );
    assert_eq!(
        f.expect("Dana Pell criticized Zenco").evidence.rule,
        "called-bad"
    );
    f.expect("Ike Okafor criticized Lena Quist");
    // Who is called something bad criticises no one; good words and a denial judge no
    // one badly.
    let f = run(
        "Told that Quist had called him a disgrace, Okafor said: \"I never reply.\"\nPell described Zenco as a good partner.\nOkafor did not call Quist a disgrace.\n",
        &[
            ("Pell", "Dana Pell", P),
            ("Zenco", "Zenco", O),
            ("Okafor", "Ike Okafor", P),
            ("Quist", "Lena Quist", P),
        ],
        None,
    );
    f.assert_none("Ike Okafor criticized");
    f.assert_none("Dana Pell criticized");
}

#[test]
fn swipes_and_scorn_are_criticism() {
    assert_eq!(
        read_by_rule("Ann Lee took a swipe at Zenith Bank.\n", Some("swipe-at")),
        ["Ann Lee criticized Zenith Bank"]
    );
    assert_eq!(
        read_by_rule(
            "Ann Lee poured scorn on Acme Corp's plans.\n",
            Some("scorn-on")
        ),
        ["Ann Lee criticized Acme Corp"]
    );
}

#[test]
fn a_party_title_stands_for_the_main_person_named_just_before() {
    let f = run(
        "Ann Lee opened the campaign in Leeds.\nMs Lee spoke for an hour. Lee was cheered.\nThe Green leader said taxes would fall.\n",
        &[
            ("Ann Lee", "Ann Lee", P),
            ("Lee", "Ann Lee", P),
            ("Leeds", "Leeds", L),
            ("Green", "Green Party", O),
        ],
        None,
    );
    let r = f.expect("Ann Lee leads Green Party");
    assert_eq!(r.evidence.rule, "nominal-title");
}

#[test]
fn a_party_title_the_article_gave_someone_else_is_theirs() {
    let f = run(
        "Green leader Tom Hale sacked Ann Lee.\nMs Lee spoke for an hour. Lee was cheered.\nThe Green leader said taxes would fall.\n",
        &[
            ("Tom Hale", "Tom Hale", P),
            ("Ann Lee", "Ann Lee", P),
            ("Lee", "Ann Lee", P),
            ("Green", "Green Party", O),
        ],
        None,
    );
    f.expect("Tom Hale leads Green Party");
    f.assert_none("Ann Lee leads");
}

#[test]
fn a_title_after_another_person_or_of_a_nation_is_not_the_main_persons() {
    let f = run(
        "Ann Lee opened the campaign. Ms Lee spoke. Lee was cheered by Tom Hale.\nThe Green leader said taxes would fall.\nAnn Lee met Mr Hale. The Ruritanian president said nothing.\n",
        &[
            ("Ann Lee", "Ann Lee", P),
            ("Lee", "Ann Lee", P),
            ("Tom Hale", "Tom Hale", P),
            ("Hale", "Tom Hale", P),
            ("Green", "Green Party", O),
            ("Ruritanian", "Ruritania", C),
        ],
        None,
    );
    assert!(
        f.relations
            .iter()
            .all(|r| r.evidence.rule != "nominal-title"),
        "{:?}",
        f.triples()
    );
}

#[test]
fn a_role_after_a_modal_copula_is_not_asserted() {
    let f = run(
        "If the vote were held today, Quist would be the next chairman of Zenco.\nPell is a member of the Green Party.\n",
        &[
            ("Quist", "Lena Quist", P),
            ("Zenco", "Zenco", O),
            ("Pell", "Dana Pell", P),
            ("Green Party", "Green Party", O),
        ],
        None,
    );
    let m = |t: &str| {
        f.get(t)
            .unwrap_or_else(|| panic!("{t} missing: {:?}", f.triples()))
            .evidence
            .modality
    };
    assert_eq!(m("Lena Quist leads Zenco"), Modality::Hypothetical);
    assert_eq!(m("Dana Pell member_of Green Party"), Modality::Asserted);
}

#[test]
fn a_capital_named_as_such_is_part_of_its_country() {
    let names = [
        ("Malawi", "Malawi", C),
        ("Lilongwe", "Lilongwe", L),
        ("Blantyre", "Blantyre", L),
        ("Ann Phiri", "Ann Phiri", P),
    ];
    let f = run(
        "Malawi raised its tariffs.\nAnn Phiri spoke to reporters in the capital, Lilongwe.\n",
        &names,
        None,
    );
    let r = f.expect("Lilongwe part_of Malawi");
    assert_eq!(r.evidence.rule, "capital-apposition");
    // A city the lexicon does not know as the capital, and a capital whose country the
    // article never names, give nothing.
    let f = run(
        "Malawi raised its tariffs.\nAnn Phiri spoke to reporters in the capital, Blantyre.\n",
        &names,
        None,
    );
    f.assert_none("part_of");
    let f = run(
        "Ann Phiri spoke to reporters in the capital, Lilongwe, on Monday.\n",
        &names,
        None,
    );
    f.assert_none("part_of");
}

#[test]
fn a_region_after_a_place_may_have_been_guessed_an_organisation() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("Dunmore", "Dunmore", L),
        ("Fenshire", "Fenshire", O),
        ("Acme Bank", "Acme Bank", O),
    ];
    let guessed = |es: &mut Vec<LocalEntity>| {
        for e in es.iter_mut().filter(|e| e.name == "Fenshire") {
            e.kind_guessed = true;
        }
    };
    let text = "Ann Lee gave the lecture in Dunmore, Fenshire.\nAnn Lee opened a branch in Dunmore, Acme Bank said.\n";
    let f = run_with(text, &names, None, guessed);
    let t = f.triples();
    assert!(t.contains(&"Dunmore part_of Fenshire".to_string()), "{t:?}");
    assert!(!t.iter().any(|r| r.contains("part_of Acme Bank")), "{t:?}");
    // An organisation whose kind was read, not guessed, is no region.
    let f = run(text, &names, None);
    f.assert_none("part_of");
}

#[test]
fn a_party_named_by_its_adjective_is_the_main_persons() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("Lee", "Ann Lee", P),
        ("Greens", "Green Party", O),
        ("Tom Hale", "Tom Hale", P),
        ("Britain", "United Kingdom", C),
    ];
    let f = run(
        "Ann Lee opened the Greens campaign.\nMs Lee spoke for an hour and Lee was cheered.\n\"Britain is tired\", the Green leader said.\n",
        &names,
        None,
    );
    let r = f.expect("Ann Lee leads Green Party");
    assert_eq!(r.evidence.rule, "nominal-title");
    // "the Green belt" names no title; a lower-case "green" is no party.
    let f = run(
        "Ann Lee opened the Greens campaign.\nMs Lee spoke for an hour and Lee was cheered.\n\"Britain is tired\", the green leader said.\n",
        &names,
        None,
    );
    assert!(
        f.get("Ann Lee leads Green Party").is_none(),
        "{:?}",
        f.triples()
    );
}

#[test]
fn a_speaker_for_a_party_may_carry_an_honorific() {
    let f = run(
        "For the Greens, Sir Ivo Ban said the plan was flawed.\n",
        &[("Greens", "Greens", O), ("Ivo Ban", "Ivo Ban", P)],
        None,
    );
    assert!(
        f.get("Ivo Ban represents Greens").is_some(),
        "{:?}",
        f.triples()
    );
}

#[test]
fn a_title_naming_its_own_office_links_to_it_but_not_a_shadow_one() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("he", "Tom Hale", P),
        ("Tom Hale", "Tom Hale", P),
        ("Home Office", "Home Office", O),
        ("Greens", "Green Party", O),
    ];
    let f = run(
        "The Home Office said so.\nTom Hale backed the Greens plan, which he drafted when he was Home Secretary.\n",
        &names,
        None,
    );
    assert!(
        f.get("Tom Hale leads Home Office").is_some(),
        "{:?}",
        f.triples()
    );
    let f = run(
        "The Home Office said so.\nShadow Home Secretary Ann Lee spoke.\nTom Hale backed the Greens plan, which he drafted when he was shadow home secretary.\n",
        &names,
        None,
    );
    assert!(
        !f.triples().iter().any(|t| t.contains("Home Office")),
        "{:?}",
        f.triples()
    );
}

#[test]
fn the_person_a_headline_names_is_the_one_a_party_title_stands_for() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("Lee", "Ann Lee", P),
        ("Tom Hale", "Tom Hale", P),
        ("Hale", "Tom Hale", P),
        ("Greens", "Green Party", O),
        ("Britain", "United Kingdom", C),
    ];
    let text = |headline: &str| {
        format!(
            "{headline}\n\nTom Hale has failed, Ann Lee said.\n\"Britain is tired\", the Greens leader said. Mr Hale disagreed. Hale spoke. Lee left. Hale stayed.\n"
        )
    };
    let f = run(&text("Britain tired - Lee"), &names, None);
    assert!(
        f.get("Ann Lee leads Green Party").is_some(),
        "{:?}",
        f.triples()
    );
    // A headline naming two people picks no one.
    let f = run(&text("Lee and Hale clash"), &names, None);
    assert!(
        f.relations
            .iter()
            .all(|r| r.evidence.rule != "nominal-title"),
        "{:?}",
        f.triples()
    );
}

#[test]
fn a_nationality_before_a_company_office_leaves_the_company_to_the_article() {
    let f = run(
        "Acme cut jobs.\nAcme said sales fell. Acme shares slid.\nDutch chairman Jan Berg said profits would rise.\n",
        &[
            ("Acme", "Acme", O),
            ("Dutch", "Netherlands", C),
            ("Jan Berg", "Jan Berg", P),
        ],
        None,
    );
    f.assert_none("Netherlands");
}

#[test]
fn a_title_of_a_definite_noun_is_held_in_the_one_organisation_so_named() {
    let names = [
        ("Wold College of Art", "Wold College of Art", O),
        ("Ann Lee", "Ann Lee", P),
        ("Tom Hale", "Tom Hale", P),
        ("Acme Bank", "Acme Bank", O),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "The show opened at Wold College of Art.\nAnn Lee, principal of the college, said Tom Hale was right.\nTom Hale, chairman of the bank, said Acme Bank and Zenith Bank would merge.\n",
        &names,
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Ann Lee leads Wold College of Art".to_string()),
        "{t:?}"
    );
    // Two banks are named: "the bank" is neither for certain.
    assert!(!t.iter().any(|r| r.starts_with("Tom Hale")), "{t:?}");
}

#[test]
fn a_country_described_as_an_organisations_producer_is_its_member() {
    let names = [
        ("Ruritania", "Ruritania", C),
        ("Freedonia", "Freedonia", C),
        ("Opec", "Opec", O),
        ("Acme", "Acme", O),
    ];
    let f = run(
        "Ruritania - Opec's second-biggest oil producer - signed the deal.\nFreedonia, Acme's biggest market, grew.\n",
        &names,
        None,
    );
    let t = f.triples();
    assert!(t.contains(&"Ruritania member_of Opec".to_string()), "{t:?}");
    assert!(!t.iter().any(|r| r.starts_with("Freedonia")), "{t:?}");
}

#[test]
fn a_club_title_after_a_town_names_the_towns_club() {
    let names = [
        ("Dunmore", "Dunmore", L),
        ("Ann Lee", "Ann Lee", P),
        ("Tom Hale", "Tom Hale", P),
        ("Ivo Ban", "Ivo Ban", P),
        ("Ruritania", "Ruritania", C),
    ];
    let f = run(
        "Dunmore centre Ann Lee and Ruritania wing Ivo Ban scored.\nDunmore mayor Tom Hale said Ann Lee played well.\nFans in Dunmore cheered Ivo Ban.\n",
        &names,
        None,
    );
    let t = f.triples();
    assert!(
        t.contains(&"Ann Lee member_of Dunmore".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"Ivo Ban member_of Ruritania".to_string()),
        "{t:?}"
    );
    // A town's mayor is not its club's; a name after a town is no title.
    assert!(!t.iter().any(|r| r.starts_with("Tom Hale")), "{t:?}");
}

#[test]
fn forwards_team_mates_and_substitutes_are_players_of_the_club() {
    let text = "Cup round-up\n\nDunmore Albion forward Ann Lee scored twice.\nHis Kelso Rovers \
                team-mate Ivo Ban was booked.\nThe plan put forward by Tom Hale was dropped.\n";
    let t = read_by_rule(text, None);
    assert!(
        t.contains(&"Ann Lee member_of Dunmore Albion".to_string()),
        "{t:?}"
    );
    assert!(
        t.contains(&"Ivo Ban member_of Kelso Rovers".to_string()),
        "{t:?}"
    );
    // "put forward by" is a verb's particle: no one's title.
    assert!(!t.iter().any(|r| r.starts_with("Tom Hale")), "{t:?}");
}

#[test]
fn roles_in_brackets_and_between_dashes_are_appositions() {
    let f = run(
        "Voters turned to Ann Fyfe (leader of the Walkers Alliance) in May.\nMr Dahl - the Zentrix Group's chief economist - said so.\nBo Lee (born in May) left Orvia.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Walkers Alliance", "Walkers Alliance", O),
            ("Dahl", "Bo Dahl", P),
            ("Zentrix Group", "Zentrix Group", O),
            ("Bo Lee", "Bo Lee", P),
            ("Orvia", "Orvia", O),
        ],
        None,
    );
    f.expect("Ann Fyfe leads Walkers Alliance");
    f.expect("Bo Dahl member_of Zentrix Group");
    f.assert_none("Bo Lee");
}

#[test]
fn an_organisation_named_before_its_kind_of_body() {
    let f = run(
        "Ann Fyfe, leader of Ruritania's Verde party, spoke.\nBo Dahl, leader of the Harton county Verde group, agreed.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Ruritania", "Ruritania", C),
            ("Verde", "Verde Party", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Harton", "Harton", L),
        ],
        None,
    );
    f.expect("Ann Fyfe leads Verde Party");
    f.assert_none("Ruritania");
    // A county group of the party is a part of it: its leader is a member.
    f.expect("Bo Dahl member_of Verde Party");
    f.assert_none("Bo Dahl leads");
}

#[test]
fn a_person_from_an_organisation_in_apposition_belongs_to_it() {
    let f = run(
        "\"It is too early,\" said Ann Fyfe, from the Walkers Alliance.\nBo Dahl, from Harton, agreed.\nA letter to Cy Moss from Zentrix arrived.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Walkers Alliance", "Walkers Alliance", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Harton", "Harton", L),
            ("Cy Moss", "Cy Moss", P),
            ("Zentrix", "Zentrix", O),
        ],
        None,
    );
    f.expect("Ann Fyfe member_of Walkers Alliance");
    f.assert_none("Harton");
    f.assert_none("Cy Moss");
}

#[test]
fn a_job_an_organisation_owns_in_apposition_or_after_a_copula_is_membership() {
    let f = run(
        "Ann Fyfe, Zentrix's futurologist, said phones would shrink.\n\
         \"Sales will grow,\" said Bo Dahl, Zentrix's resident technologist.\n\
         Gus Orr had become Zentrix's troubleshooter.\n\
         Cy Moss, Zentrix's biggest shareholder, agreed.\n\
         Di Lee was left ruing Zentrix's failure to win.\n\
         For Ed Fox, Zentrix's decision to sell was wrong.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Bo Dahl", "Bo Dahl", P),
            ("Gus Orr", "Gus Orr", P),
            ("Cy Moss", "Cy Moss", P),
            ("Di Lee", "Di Lee", P),
            ("Ed Fox", "Ed Fox", P),
            ("Zentrix", "Zentrix", O),
        ],
        None,
    );
    f.expect("Ann Fyfe member_of Zentrix");
    f.expect("Bo Dahl member_of Zentrix");
    f.expect("Gus Orr member_of Zentrix");
    // An outsider's noun, and nouns that are no one's job, make no member.
    f.assert_none("Cy Moss member_of");
    f.assert_none("Di Lee");
    f.assert_none("Ed Fox");
}

#[test]
fn a_portfolio_written_into_a_capitalised_ministers_title_is_no_party() {
    let read = |text: &str| read_by_rule(text, None);
    let portfolio = read("Ruritania's Labour Minister Ivo Brandt ordered a review.\n");
    assert!(
        portfolio.iter().all(|r| !r.contains("Labour Party")),
        "{portfolio:?}"
    );
    // In lower case, or before a seat's title, the word is the party.
    for text in [
        "Former Labour minister Ivo Brandt said so.\n",
        "Labour MP Ivo Brandt said so.\n",
    ] {
        assert_eq!(read(text), ["Ivo Brandt member_of Labour Party"], "{text}");
    }
}

#[test]
fn a_role_from_an_organisation_in_apposition_is_membership() {
    let f = run(
        "\"Sales will grow,\" said Ann Fyfe, an investment analyst from Zentrix.\n\
         Bo Dahl, a doctor from Ruritania, agreed.\n\
         Cy Moss, a middleman buying oil from Zentrix, was named.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Bo Dahl", "Bo Dahl", P),
            ("Cy Moss", "Cy Moss", P),
            ("Zentrix", "Zentrix", O),
            ("Ruritania", "Ruritania", C),
        ],
        None,
    );
    f.expect("Ann Fyfe member_of Zentrix");
    // From a country says where, not for whom; an act is no role.
    f.assert_none("Bo Dahl");
    f.assert_none("Cy Moss");
}

#[test]
fn in_a_report_of_games_a_teams_possessive_owns_each_player_listed_after_it() {
    let found = read_by_rule(
        &format!(
            "{GAMES}Kell said kicking from Harton's Charlie Hodgson and Olly Barkley was poor.\n"
        ),
        Some("organisation-possessive"),
    );
    assert_eq!(
        found,
        [
            "Charlie Hodgson member_of Harton",
            "Olly Barkley member_of Harton"
        ]
    );
    // Elsewhere a name no table knows may be a body's, and is not listed as a member.
    let found = read_by_rule(
        "Kell said the bid from Zentrix Corp's Charlie Hodgson and Olly Barkley was poor.\n",
        Some("organisation-possessive"),
    );
    assert!(
        !found.iter().any(|r| r.starts_with("Olly Barkley")),
        "{found:?}"
    );
}

#[test]
fn a_teams_colleague_or_teammate_before_a_name_is_its_member() {
    let found = read_by_rule(
        &format!(
            "{GAMES}Kevin Morgan takes over from his injured Harton colleague Hal Luscombe.\n"
        ),
        Some("title/title-before-name"),
    );
    assert_eq!(found, ["Hal Luscombe member_of Harton"]);
    // A colleague of no one named is no one's member.
    let found = read_by_rule(
        "Her colleague Hal Luscombe said the plan was wrong.\n",
        None,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn players_tagged_with_their_teams_in_a_squad_list() {
    let f = run(
        "Backs: Al Reid (Harton Rovers), Bo Dahl (Harton Rovers), Cy Moss (Orvia), Jo Tate (The Wanderers).\nNominees: Di Lee (Blue Moon), Ed Fox (Red Sky), Flo Kay (Grey Dawn).\nAuthors: Gus Orr (Ruritania), Hal Roe (Ruritania), Ida Ash (Orvia).\n",
        &[
            ("Al Reid", "Al Reid", P),
            ("Bo Dahl", "Bo Dahl", P),
            ("Cy Moss", "Cy Moss", P),
            ("Harton Rovers", "Harton Rovers", O),
            ("Orvia", "Orvia", O),
            ("Di Lee", "Di Lee", P),
            ("Ed Fox", "Ed Fox", P),
            ("Flo Kay", "Flo Kay", P),
            ("Blue Moon", "Blue Moon", O),
            ("Red Sky", "Red Sky", O),
            ("Grey Dawn", "Grey Dawn", O),
            ("Gus Orr", "Gus Orr", P),
            ("Hal Roe", "Hal Roe", P),
            ("Ida Ash", "Ida Ash", P),
            ("Ruritania", "Ruritania", C),
            ("Jo Tate", "Jo Tate", P),
            ("Wanderers", "Wanderers", O),
        ],
        None,
    );
    f.expect("Al Reid member_of Harton Rovers");
    f.expect("Cy Moss member_of Orvia");
    // A team's name may open with "the".
    f.expect("Jo Tate member_of Wanderers");
    // Distinct organisations only: films or shows as likely as teams.
    f.assert_none("Di Lee");
    f.assert_none("Flo Kay");
    // Countries after authors' names are nationalities.
    f.assert_none("Ruritania");
}

#[test]
fn players_named_by_surname_in_a_squad_list_are_people_of_their_clubs() {
    let text = "The sprinters ran well in the heats, and the jumpers won medals at the \
                indoor meeting after the final round of the relay.\n\nMen: Ravi Oduya \
                (Harton Harriers), Pelling (Vale AC), Quist (Harton Harriers).\n\nResults: Ashby 2-1 \
                Corby, Brill 0-0 Dunstow, Elkton 3-2 Fenmore.\n";
    let found = read_by_rule(text, Some(super::teams::SQUAD_RULE));
    assert_eq!(
        found,
        [
            "Pelling member_of Vale AC",
            "Quist member_of Harton Harriers",
            "Ravi Oduya member_of Harton Harriers"
        ]
    );
    // A substitute and the minute in brackets are no club.
    let subs = "Results: Ashby 2-1 Corby, Brill 0-0 Dunstow, Elkton 3-2 Fenmore.\n\n\
                Subs: Ravi Oduya (Pelling 64), Quist (Dunstow 80).\n";
    assert_eq!(
        read_by_rule(subs, Some(super::teams::SQUAD_RULE)),
        Vec::<String>::new()
    );
}

#[test]
fn officers_below_the_chief_executive_are_members_not_heads() {
    let found = read_by_rule(
        "Acme Corp chief financial officer Bo Dahl said sales rose. Ann Lee, chief \
         investment officer of Orvia Bank, disagreed.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Ann Lee member_of Orvia Bank",
            "Bo Dahl member_of Acme Corp"
        ]
    );
}

#[test]
fn a_demoting_word_before_a_title_read_by_a_pattern_makes_a_member() {
    let found = read_by_rule(
        "Shadow leader of Orvia Bank Tom Hale said sales rose. Leader of Acme Corp Ann Lee \
         disagreed.\n",
        Some("title-of-name"),
    );
    assert_eq!(
        found,
        ["Ann Lee leads Acme Corp", "Tom Hale member_of Orvia Bank"]
    );
}

#[test]
fn a_name_owning_a_persons_full_name_is_where_the_person_works() {
    let found = read_by_rule("\"Demand is weak,\" said Zorbo Amro's John Tessel.\n", None);
    assert_eq!(found, ["John Tessel member_of Zorbo Amro"]);
    // A possessive before a thing names no employer.
    let found = read_by_rule("Mr Tessel's Blackwatch is one of many small shops.\n", None);
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn a_name_ending_a_role_in_apposition_is_the_roles_body() {
    let found = read_by_rule(
        "Bo Dahl, head of equity research at Tarvo Stockbrokers, said shares were cheap. \
         Sales will rise, said Ann Lee, Zorbex's chairman.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Ann Lee leads Zorbex",
            "Bo Dahl member_of Tarvo Stockbrokers"
        ]
    );
    // A place's title makes no body of the place.
    let x = crate::extract::extract(
        &Document::new("t", "Cy Moss, the former mayor of Kelmsby, said so.\n"),
        crate::extract::test_resources(),
    );
    let kelmsby = x.entities.iter().find(|e| e.name == "Kelmsby");
    assert!(
        kelmsby.is_none_or(|e| e.kind != EntityKind::Organization),
        "{kelmsby:?}"
    );
}

#[test]
fn a_bare_apostrophe_after_a_name_is_a_possessive() {
    let found = read_by_rule(
        "Mr Brandis' lawyer Ann Lee told the court the case was weak.\n",
        None,
    );
    assert_eq!(found, ["Ann Lee represents Brandis"]);
}

#[test]
fn a_company_named_as_anothers_is_its_subsidiary() {
    let found = read_by_rule(
        "Tarvo Industries Inc's Zenith Lines Inc said it would sell ships. Orvia \
         Group's Alba Torres unit made a loss.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Alba Torres part_of Orvia Group",
            "Zenith Lines Inc part_of Tarvo Industries Inc"
        ]
    );
    // A product named as a company's is no part of it.
    let found = read_by_rule("Tarvo Inc's Zenphone sold well.\n", None);
    assert!(!found.iter().any(|r| r.contains("part_of")), "{found:?}");
}

#[test]
fn a_unit_named_after_a_known_body_is_a_body_of_its_own() {
    // "Unit" closes an organisation's name, so a newspaper's name inside it is no
    // mention of the paper.
    let found = read_by_rule(
        "The outlook is poor, said Ann Hale of the Economist Intelligence Unit.\n",
        None,
    );
    assert_eq!(found, ["Ann Hale member_of Economist Intelligence Unit"]);
}

#[test]
fn units_named_after_the_owners_word_for_them_are_part_of_it() {
    // Not the country of the demonym: the unit is the owner's.
    let found = read_by_rule(
        "Tarvo Corp's subsidiary Zenith Foods made a loss. Orvia Group's German unit Alba \
         Brewing was sold.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Alba Brewing part_of Orvia Group",
            "Zenith Foods part_of Tarvo Corp"
        ]
    );
    // Without an owner the demonym still places the company.
    let found = read_by_rule("German unit Alba Brewing was sold.\n", None);
    assert_eq!(found, ["Alba Brewing part_of Germany"]);
}

#[test]
fn a_name_of_guessed_kind_after_a_possessive_is_no_member() {
    let found = read_by_rule("Tarvo Corp's Zenphone Mini sold well in May.\n", None);
    assert!(!found.iter().any(|r| r.contains("member_of")), "{found:?}");
    let found = read_by_rule("Tarvo Corp's Eddie Lund said sales rose.\n", None);
    assert_eq!(found, ["Eddie Lund member_of Tarvo Corp"]);
}

#[test]
fn telling_an_outlets_programme_is_reporting() {
    let found = read_by_rule(
        "Lord Tessel told BBC Two's Nightline that he agreed. Lord Tessel told Acme Corp's \
         Bo Dahl that he agreed.\n",
        None,
    );
    assert_eq!(found, ["Tessel told Bo Dahl"]);
}

#[test]
fn a_member_of_parliament_represents_the_seat_for_names() {
    let found = read_by_rule(
        "Ann Lee, the MP for Kelmsby, said the law would fail. Bo Dahl is the MEP for \
         Harton Vale.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Ann Lee represents Kelmsby",
            "Bo Dahl represents Harton Vale"
        ]
    );
    // A seat is a place, not a body the member belongs to.
    assert!(!found.iter().any(|r| r.contains("member_of")), "{found:?}");
}

#[test]
fn a_name_after_a_persons_full_name_and_of_is_a_body() {
    let f = run(
        "Aviation analyst Mike Tanner of Brellow Kinsey Partners says the fares are high.\n",
        &[
            ("Mike Tanner", "Mike Tanner", P),
            ("Brellow Kinsey Partners", "Brellow Kinsey Partners", O),
        ],
        None,
    );
    f.expect("Mike Tanner member_of Brellow Kinsey Partners");
}

/// A person, a guard, a council and the countries of tests of roles in relative
/// clauses and appositions.
const ROLES: [(&str, &str, EntityKind); 8] = [
    ("Ann Lee", "Ann Lee", P),
    ("Bo Dahl", "Bo Dahl", P),
    ("Zenith Guard", "Zenith Guard", O),
    ("Water Council", "Water Council", O),
    ("Acme Corp", "Acme Corp", O),
    ("Ruritania", "Ruritania", C),
    ("Ohio", "Ohio", L),
    ("Congress", "Congress", O),
];

#[test]
fn a_role_in_a_relative_clause_after_an_age_or_an_apposition() {
    let f = run(
        "Ann Lee, 41, who is a colonel in the Zenith Guard, spoke on Tuesday.\n",
        &ROLES,
        None,
    );
    f.expect("Ann Lee member_of Zenith Guard");
    let f = run(
        "Bo Dahl, a former banker, who now holds the post of deputy head of the Water Council, resigned.\n",
        &ROLES,
        None,
    );
    // A deputy is a member, not the head.
    f.expect("Bo Dahl member_of Water Council");
    f.assert_none("leads");
    // The same post held in a main clause.
    let f = run(
        "Bo Dahl holds the position of finance director at Acme Corp.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    // "who" after the second name speaks of it alone.
    let f = run(
        "Ann Lee met Bo Dahl, who is chairman of Acme Corp.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    f.assert_none("Ann Lee leads");
}

#[test]
fn who_after_a_description_ending_in_a_place_speaks_of_the_person() {
    let f = run(
        "Bo Dahl, a Republican from Ohio who served 12 years in Congress, retired.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl member_of Congress");
    f.assert_none("Ohio member_of");
}

#[test]
fn a_reported_role_and_a_role_of_a_body_with_a_scope_word() {
    let f = run(
        "Bo Dahl, believed by Ruritania to be a senior member of the armed group Zenith Guard, was arrested.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl member_of Zenith Guard");
    f.assert_none("Bo Dahl member_of Ruritania");
    let f = run(
        "Ann Lee, executive of the state Water Council, said the law was fair.\n",
        &ROLES,
        None,
    );
    f.expect("Ann Lee member_of Water Council");
}

#[test]
fn a_chief_executive_leads_and_coordinated_titles_name_one_organisation() {
    let f = run(
        "Ann Lee, chief executive of Acme Corp, said profits rose.\n",
        &ROLES,
        None,
    );
    f.expect("Ann Lee leads Acme Corp");
    f.assert_none("member_of");
    let f = run(
        "Bo Dahl, founder and chief executive of Acme Corp, said profits rose.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    // A chief of a field is a member.
    let f = run(
        "Bo Dahl, chief economist at Acme Corp, said prices rose.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    f.assert_none("leads");
    // A country before a noun is the kind of firm, not the employer.
    let f = run(
        "Ann Lee, chief executive of Ruritania firm Zenith, said profits rose.\n",
        &ROLES,
        None,
    );
    f.assert_none("Ruritania");
}

#[test]
fn a_second_role_is_read_after_one_naming_no_organisation() {
    let f = run(
        "Ann Lee, leader of the farmers and vice-president of the Water Council, spoke.\n",
        &ROLES,
        None,
    );
    f.expect("Ann Lee member_of Water Council");
    f.assert_none("leads");
}

#[test]
fn a_name_that_goes_on_past_the_organisation_found() {
    let f = run(
        "Bo Dahl, a member of the Union of Rail Workers, spoke.\n",
        &[
            ("Bo Dahl", "Bo Dahl", P),
            ("Union of Rail", "Union of Rail", O),
        ],
        None,
    );
    f.expect("Bo Dahl member_of Union of Rail");
}

#[test]
fn boards_successions_and_named_firms_state_membership() {
    let f = run(
        "Bo Dahl, who sits on the board of Acme Corp, said the plan was sound.\n",
        &ROLES,
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    let f = run(
        "Ann Lee has replaced Bo Dahl as chief executive of Acme Corp.\n",
        &ROLES,
        None,
    );
    f.expect("Ann Lee leads Acme Corp");
    // The one replaced held the post: a past post stated outright counts.
    f.expect("Bo Dahl leads Acme Corp");
    let f = run(
        "Ann Lee of the Acme Corp firm said the bid would fail.\nBo Dahl, from pressure group Zenith Guard, said the plan was wrong.\n",
        &ROLES,
        None,
    );
    f.expect("Ann Lee member_of Acme Corp");
    f.expect("Bo Dahl member_of Zenith Guard");
}

#[test]
fn fighting_alongside_others_and_taking_part_in_an_alliance() {
    let names = [
        ("Ruritania", "Ruritania", C),
        ("Freedonia", "Freedonia", C),
        ("Zenith Front", "Zenith Front", O),
        ("Nato", "Nato", O),
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "Freedonia pledged support for Ruritania in the fight against Zenith Front.\n",
        &names,
        None,
    );
    f.expect("Ruritania attacked Zenith Front");
    let f = run(
        "Ruritania, as part of the Nato mission, sent troops.\n",
        &names,
        None,
    );
    f.expect("Ruritania member_of Nato");
    // A part of a deal named after a company is no membership.
    let f = run(
        "Acme Corp cut jobs as part of the Zenith Bank takeover.\n",
        &names,
        None,
    );
    f.assert_none("member_of");
}

#[test]
fn the_officials_of_a_country_act_for_it() {
    let f = run(
        "Ruritania criticised the foreign ministers of Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania criticized Freedonia");
    // An official's own name keeps the relation theirs.
    let f = run("Ruritania criticised Bo Dahl of Freedonia.\n", &FIRMS, None);
    f.assert_none("criticized Freedonia");
}

#[test]
fn the_members_of_a_body_act_for_it_but_join_nothing_for_it() {
    let names = [
        ("Ruritania", "Ruritania", C),
        ("Freedonia", "Freedonia", C),
        ("Zenith Front", "Zenith Front", O),
        ("Acme Council", "Acme Council", O),
        ("Orvia Party", "Orvia Party", O),
    ];
    let f = run(
        "Zenith Front killed 40 members of the Orvia Party movement.\n",
        &names,
        None,
    );
    f.expect("Zenith Front attacked Orvia Party");
    // What follows "of" names the body, not a nationality before the noun.
    let f = run(
        "Ruritania criticised the two Freedonian members of the Acme Council.\n",
        &names,
        None,
    );
    f.expect("Ruritania criticized Acme Council");
    f.assert_none("Freedonia");
    // Members changing sides make no member of their old body.
    let f = run(
        "Two Acme Council members defected to the Orvia Party.\n",
        &names,
        None,
    );
    f.assert_none("member_of");
}

#[test]
fn a_war_named_by_its_two_sides_is_fought_by_each() {
    let names = [("Ruritania", "Ruritania", C), ("Freedonia", "Freedonia", C)];
    let f = run(
        "Oil prices rose as the Ruritania-Freedonia war spread to the Gulf.\n",
        &names,
        None,
    );
    f.expect("Ruritania attacked Freedonia");
    f.expect("Freedonia attacked Ruritania");
    // A border or a trade pact between two sides is no fight.
    let f = run(
        "Trucks queued at the Ruritania-Freedonia border for hours.\n",
        &names,
        None,
    );
    f.assert_none("attacked");
}

#[test]
fn the_kind_of_organisation_before_its_name_is_no_field_of_the_role() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("Bo Dahl", "Bo Dahl", P),
        ("Zentrix", "Zentrix", O),
        ("Orvia Games", "Orvia Games", O),
        ("Ruritania", "Ruritania", C),
    ];
    let f = run(
        "Ann Lee, chief executive of Ruritania music firm Zentrix, said sales rose.\n",
        &names,
        None,
    );
    f.expect("Ann Lee leads Zentrix");
    f.assert_none("Ruritania");
    // The head of a national arm is a member of the whole.
    let f = run(
        "Ann Lee, chief executive of Zentrix Ruritania, said sales rose.\n",
        &names,
        None,
    );
    f.expect("Ann Lee member_of Zentrix");
    f.assert_none("leads");
    let f = run(
        "Bo Dahl, head of gaming industry body Orvia Games, said the ban was wrong.\n",
        &names,
        None,
    );
    f.expect("Bo Dahl leads Orvia Games");
    // A field before the title still makes its holder a member.
    let f = run(
        "Bo Dahl, music director of Zentrix, said sales rose.\n",
        &names,
        None,
    );
    f.expect("Bo Dahl member_of Zentrix");
    f.assert_none("leads");
}

#[test]
fn a_person_of_a_body_named_by_its_kind_is_a_member() {
    let f = run(
        "\"It is a fair price,\" said Bo Dahl, of brokers Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl member_of Zenith Bank");
    // "of" a place after a name is where the person is from.
    let f = run(
        "Bo Dahl, of Northtown, said the price was fair.\n",
        &[("Bo Dahl", "Bo Dahl", P), ("Northtown", "Northtown", L)],
        None,
    );
    assert!(f.triples().is_empty(), "{:?}", f.triples());
}

#[test]
fn where_a_body_is_based_it_is_part_of() {
    let names = [
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
        ("Lakeside Foods", "Lakeside Foods", O),
        ("Northtown", "Northtown", L),
        ("Ruritania", "Ruritania", C),
        ("Bo Dahl", "Bo Dahl", P),
    ];
    let f = run(
        "Northtown-based Acme Corp grew. Zenith Bank, the Ruritania-based lender, agreed. \
         Lakeside Foods, based in Northtown, said so.\n",
        &names,
        None,
    );
    assert_eq!(
        f.triples(),
        [
            "Acme Corp part_of Northtown",
            "Lakeside Foods part_of Northtown",
            "Zenith Bank part_of Ruritania"
        ]
    );
    // A person based somewhere is no part of it.
    let f = run(
        "Northtown-based analyst Bo Dahl said Acme Corp would grow.\n",
        &names,
        None,
    );
    f.assert_none("part_of");
}

#[test]
fn a_bodys_directors_or_spokesman_act_for_it() {
    let f = run(
        "Acme Corp's directors have backed Zenith Bank. A spokesman for Zenith Bank urged \
         Bo Dahl to stay.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    f.expect("Zenith Bank appealed_to Bo Dahl");
    // A spokesman for a cause is no body's.
    let f = run(
        "A spokesman for peace urged Bo Dahl to stay.\n",
        &FIRMS,
        None,
    );
    f.assert_none("appealed_to");
}

#[test]
fn a_person_for_a_party_in_an_apposition_is_its_member() {
    let names = [
        ("Bo Dahl", "Bo Dahl", P),
        ("Ann Lee", "Ann Lee", P),
        ("Green Party", "Green Party", O),
    ];
    let f = run(
        "Bo Dahl, for the Green Party, attacked Ann Lee. Ann Lee voted for the Green Party, \
         she said.\n",
        &names,
        None,
    );
    f.expect("Bo Dahl member_of Green Party");
    f.assert_none("Ann Lee member_of");
}

#[test]
fn a_newly_appointed_title_in_an_apposition_names_its_body() {
    let f = run(
        "Bo Dahl, the newly-appointed Acme Corp chairman, said prices would rise.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
}

#[test]
fn visiting_something_of_or_in_a_place_visits_the_place() {
    let names = [
        ("Bo Dahl", "Bo Dahl", P),
        ("Ruritania", "Ruritania", C),
        ("Northtown", "Northtown", L),
        ("Ann Lee", "Ann Lee", P),
    ];
    let f = run(
        "Bo Dahl visited Ruritania's biggest port. Ann Lee toured factories in Northtown.\n",
        &names,
        None,
    );
    assert_eq!(
        f.triples(),
        ["Ann Lee visited Northtown", "Bo Dahl visited Ruritania"]
    );
    // Only a place stands for what is in it; criticising a plan in a place does not
    // criticise the place.
    let f = run(
        "Bo Dahl visited a school with Ann Lee. Ann Lee criticised plans in Northtown.\n",
        &names,
        None,
    );
    f.assert_none("visited");
    f.assert_none("criticized Northtown");
    // A place named after "of" a place noun is the place; after people it is not.
    let f = run(
        "Bo Dahl visited the flooded town of Northtown.\n",
        &names,
        None,
    );
    f.expect("Bo Dahl visited Northtown");
    let f = run(
        "Bo Dahl will visit the voters of Northtown.\n",
        &names,
        None,
    );
    f.assert_none("visited");
}

#[test]
fn denying_someones_claims_rejects_them_and_denying_someone_does_not() {
    let names = [("Bo Dahl", "Bo Dahl", P), ("Ann Lee", "Ann Lee", P)];
    let f = run("Bo Dahl's claims were denied by Ann Lee.\n", &names, None);
    let r = f.expect("Ann Lee rejected Bo Dahl");
    assert_eq!(r.evidence.modality, Modality::Asserted);
    // A keeper's save, a refusal of bail: no rejection of the person.
    let f = run(
        "Bo Dahl denied Ann Lee twice in the first half.\n",
        &names,
        None,
    );
    f.assert_none("rejected");
}

#[test]
fn a_claim_by_someone_is_theirs_but_a_decision_by_a_countrys_court_is_not_the_countrys() {
    let f = run(
        "Bo Dahl rejected claims by Acme Corp that prices would rise. Zenith Bank \
         criticised the decision by Ruritania's highest court.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl rejected Acme Corp");
    f.assert_none("criticized Ruritania");
    // The attack by a country's forces or regime is the country's.
    let f = run(
        "Acme Corp condemned the attack by Ruritania's forces. Bo Dahl condemned the \
         attack by Freedonia's regime.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp criticized Ruritania");
    f.expect("Bo Dahl criticized Freedonia");
}

#[test]
fn praising_or_condemning_what_someone_did_or_runs_is_about_them() {
    let f = run(
        "Bo Dahl hailed Acme Corp's achievement in cutting costs. Zenith Bank condemned \
         Ruritania's invasion of its neighbour. Freedonia criticised Acme Corp's treatment \
         of workers.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl supports Acme Corp");
    f.expect("Zenith Bank criticized Ruritania");
    f.expect("Freedonia criticized Acme Corp");
    // A thing with no owner named is about no one.
    let f = run(
        "Bo Dahl hailed the achievement of cutting costs.\n",
        &FIRMS,
        None,
    );
    f.assert_none("supports");
}

#[test]
fn a_place_of_a_kind_a_country_holds_is_part_of_it() {
    let text = "Ships sailed from the Spanish island of Fuerteventura to the northern \
                Norwegian town of Lillehammer. Trials begin in the US state of Maine.\n";
    assert_eq!(
        read_by_rule(text, Some("place-of-country-kind")),
        [
            "Fuerteventura part_of Spain",
            "Lillehammer part_of Norway",
            "Maine part_of United States"
        ]
    );
    // A club of a country is no place of it.
    let text = "He signed for the Spanish club of Real Madrid.\n";
    assert!(read_by_rule(text, Some("place-of-country-kind")).is_empty());
    // The kind in apposition: "the Cuban capital, Havana", "Santos, Brazil's main port".
    let text = "They played in the Cuban capital, Havana, then in Santos, Brazil's main \
                port, in Tikrit, a town in Iraq, and in the Kenyan capital Nairobi.\n";
    assert_eq!(
        read_by_rule(text, None)
            .into_iter()
            .filter(|r| r.contains("part_of"))
            .collect::<Vec<_>>(),
        [
            "Havana part_of Cuba",
            "Nairobi part_of Kenya",
            "Santos part_of Brazil",
            "Tikrit part_of Iraq"
        ]
    );
}

#[test]
fn a_place_named_where_something_is_lies_in_the_place_after_in() {
    let text = "The summit will be held at Gleneagles in Scotland. Police near Knin, \
                Croatia, found the car. The waste is stored at Sellafield, in Cumbria.\n";
    assert_eq!(
        read_by_rule(text, Some("place-in-place")),
        [
            "Gleneagles part_of Scotland",
            "Knin part_of Croatia",
            "Sellafield part_of Cumbria"
        ]
    );
    // A side played against lies in no town: there the match is.
    let text = "Wales play against England in Cardiff on Saturday.\n";
    assert_eq!(
        read_by_rule(text, Some("place-in-place")),
        Vec::<String>::new()
    );
    // A province's dateline abbreviation names the province.
    let text = "The plant near Sarnia, Ont., will close. Another in Red Deer, Alta., stays.\n";
    assert_eq!(
        read_by_rule(text, Some("place-in-place")),
        ["Red Deer part_of Alberta", "Sarnia part_of Ontario"]
    );
    // A dateline's town lies in no place named after its date.
    let dated = "ACME SALES RISE\n\nCHICAGO, March 11 - Ohio-based Acme Corp said sales rose.\n";
    assert_eq!(
        read_by_rule(dated, Some("place-in-place")),
        Vec::<String>::new()
    );
    // Someone met in a place lies in none.
    let met = "Ann Lee met Bo Dahl, in Cumbria, on Monday.\n";
    assert_eq!(
        read_by_rule(met, Some("place-in-place")),
        Vec::<String>::new()
    );
    // A place a place owns lies in it, after any modifier or a bare apostrophe.
    let owned = "Fans filled Cardiff's new Millennium Stadium and Leeds' Elland Road.\n";
    assert_eq!(
        read_by_rule(owned, Some("place-possessive")),
        [
            "Elland Road part_of Leeds",
            "Millennium Stadium part_of Cardiff"
        ]
    );
    // A team named by its country plays in a city; it does not lie there.
    let game = "Wales beat England in Cardiff on Saturday.\n";
    assert_eq!(
        read_by_rule(game, Some("place-in-place")),
        Vec::<String>::new()
    );
    // Fixtures set off by semicolons are no places in places.
    let fixtures = "The draw was made on Monday. Republic of Ireland v Faroe Islands; Cyprus v \
                    France.\n";
    assert_eq!(
        read_by_rule(fixtures, Some("place-in-place")),
        Vec::<String>::new()
    );
}

#[test]
fn a_general_secretary_heads_the_union() {
    let text = "\"We will strike,\" said Ola Brandt, general secretary of the Orvia Union.\n";
    assert_eq!(read_by_rule(text, None), ["Ola Brandt leads Orvia Union"]);
}

#[test]
fn a_place_in_a_country_the_tables_agree_on_needs_no_preposition_before_it() {
    let text = "Floods hit towns such as Medan in Indonesia on Monday.\n";
    assert_eq!(
        read_by_rule(text, Some("place-in-place")),
        ["Medan part_of Indonesia"]
    );
    // The tables put Cardiff in no part of Spain: a venue for a team.
    let game = "Tickets for the final, with Cardiff in Spain, sold out.\n";
    assert_eq!(
        read_by_rule(game, Some("place-in-place")),
        Vec::<String>::new()
    );
    // Places listed before "in" do not all lie in it.
    let listed = "The tour visits Medan and Surabaya in Indonesia.\n";
    assert!(read_by_rule(listed, Some("place-in-place")).len() <= 1);
    // A list of places each in its own country.
    let each = "Offices will close at Medan in Indonesia, Lyon in France and Porto in Portugal.\n";
    assert_eq!(
        read_by_rule(each, Some("place-in-place")),
        [
            "Lyon part_of France",
            "Medan part_of Indonesia",
            "Porto part_of Portugal"
        ]
    );
    // A place in the first of two countries lies in neither alone.
    let two = "The river runs past Medan in Indonesia and Malaysia.\n";
    assert_eq!(
        read_by_rule(two, Some("place-in-place")),
        Vec::<String>::new()
    );
}

#[test]
fn a_body_named_as_a_workplace_has_its_office_in_the_place_after_it() {
    let text =
        "\"Demand is weak,\" said Ola Brandt, an economist at Zentrix Securities in Tokyo.\n";
    assert_eq!(
        read_by_rule(text, Some("office-in-place")),
        ["Zentrix Securities part_of Tokyo"]
    );
    let two = "\"Demand is weak,\" said Ola Brandt, an economist at Zentrix Securities in \
               Tokyo and Paris.\n";
    assert_eq!(
        read_by_rule(two, Some("office-in-place")),
        Vec::<String>::new()
    );
}

#[test]
fn its_before_a_title_names_the_organisation_just_named() {
    let text = "Shares in Zentrix Holdings fell on Monday. Its finance director Ola Brandt \
                resigned.\n";
    assert_eq!(
        read_by_rule(text, None),
        ["Ola Brandt member_of Zentrix Holdings"]
    );
    // With no organisation named before it, "its" names no one.
    let none = "Its finance director Ola Brandt resigned on Monday.\n";
    assert_eq!(read_by_rule(none, None), Vec::<String>::new());
}

#[test]
fn modifiers_before_a_title_and_an_honorific_after_it() {
    let text = "Zentrix founding chairman Ola Brandt was arrested. Acme Corp foreign affairs \
                spokesman Sir Bo Dahl said it was wrong.\n";
    assert_eq!(
        read_by_rule(text, None),
        ["Bo Dahl member_of Acme Corp", "Ola Brandt leads Zentrix"]
    );
}

#[test]
fn a_post_given_states_the_affiliation_by_its_title() {
    let text = "Peter Lindqvist was appointed chief executive of Zentrix Holdings in May. \
                Marlow Bank appointed Dame Anna Brandt as deputy chairman.\n";
    assert_eq!(
        read_by_rule(text, None),
        [
            "Anna Brandt member_of Marlow Bank",
            "Peter Lindqvist leads Zentrix Holdings"
        ]
    );
    // A seat on a board is a membership, not a head's post.
    let board = "Peter Lindqvist was elected to the board of Zentrix Holdings in May.\n";
    assert_eq!(
        read_by_rule(board, None),
        ["Peter Lindqvist member_of Zentrix Holdings"]
    );
}

#[test]
fn a_post_given_without_as_states_the_affiliation() {
    let text = "Zentrix Holdings named Peter Lindqvist chief executive on Monday. \
                Marlow Bank has appointed Anna Brandt finance director.\n";
    assert_eq!(
        read_by_rule(text, None),
        [
            "Anna Brandt member_of Marlow Bank",
            "Peter Lindqvist leads Zentrix Holdings"
        ]
    );
    // An award is no post: "named her best actress"; nor is a post of another body.
    let award = "Marlow Academy named Anna Brandt best actress. \
                 Zentrix Holdings named Peter Lindqvist president of its Asian unit.\n";
    assert_eq!(read_by_rule(award, None), Vec::<String>::new());
}

#[test]
fn a_successor_takes_the_post_named_after_as() {
    let text = "Anna Brandt succeeds Jo Rae, who retired in May, as chairman of Marlow Bank.\n";
    assert_eq!(
        read_by_rule(text, None),
        ["Anna Brandt leads Marlow Bank", "Jo Rae leads Marlow Bank"]
    );
}

#[test]
fn someone_employed_by_a_body_works_for_it() {
    let text = "Bo Dahl, who was employed by Zentrix Holdings, was sentenced. \
                Anna Brandt, who was employed as a senior broker at Marlow Bank, was fined.\n";
    assert_eq!(
        read_by_rule(text, None),
        [
            "Anna Brandt member_of Marlow Bank",
            "Bo Dahl member_of Zentrix Holdings"
        ]
    );
    // A firm employing staff names no one.
    let staff = "Zentrix Holdings employs 8,000 people in Oslo.\n";
    assert_eq!(read_by_rule(staff, None), Vec::<String>::new());
}

#[test]
fn angle_brackets_of_wire_copy_leave_the_sentence_as_written() {
    let text = "Zentrix Holdings <ZTX> said it bought <Marlow Oils Ltd> for 50 mln dlrs.\n";
    assert_eq!(
        read_by_rule(text, None),
        ["Marlow Oils Ltd part_of Zentrix Holdings"]
    );
}

#[test]
fn a_country_describing_the_party_of_a_deal_is_no_party() {
    let f = run(
        "Acme Corp has signed a deal with US firm Zenith Bank.\nAcme Corp backed the French plan.\n",
        &[
            ("Acme Corp", "Acme Corp", O),
            ("US", "United States", C),
            ("Zenith Bank", "Zenith Bank", O),
            ("French", "France", C),
        ],
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    f.assert_none("Acme Corp supports United States");
    // With no name after it, the country's word is the argument.
    f.expect("Acme Corp supports France");
}

#[test]
fn a_common_noun_or_a_city_describing_the_party_of_a_deal_is_no_party() {
    let text = "Ann Fyfe has signed a deal with studio Zenith Pictures.\n\
                Bo Dahl signed a pact with Harton broadcaster Verde Media.\n\
                Cy Moss signed a deal with the Harton county Verde group.\n";
    let found = read_by_rule(text, Some("pact-with"));
    assert!(
        found.contains(&"Ann Fyfe supports Zenith Pictures".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"Bo Dahl supports Verde Media".to_string()),
        "{found:?}"
    );
    // A name that modifies a noun is no party either: the county group is.
    assert!(!found.iter().any(|r| r.starts_with("Cy Moss")), "{found:?}");
}

#[test]
fn turning_down_what_someone_offers_rejects_who_it_is_from() {
    let text = "Mr Lund turned down an invitation from President Okoro to join the cabinet.\n\
                Zentrix Holdings rejected overtures from Halvard Group.\n\
                Ola Dahl sent invitations to Tove Berg.\n";
    let found = read_by_rule(text, None);
    assert!(
        found.contains(&"Lund rejected Okoro".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"Zentrix Holdings rejected Halvard Group".to_string()),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|r| r.starts_with("Ola Dahl")),
        "{found:?}"
    );
}

#[test]
fn stopping_what_someone_asks_for_rejects_them_and_undoes_a_takeover() {
    let text = "The Ruritanian Senate blocked Zentrix Holdings' application on Monday.\n\
                The Appeal Court overturned Halvard Group's appeal.\n\
                Police blocked Main Street in Oslo on Monday.\n\
                Halvard Group refused to comment on Zentrix Holdings.\n\
                Regulators vetoed Halvard Group's purchase of Marlow Oils Ltd.\n";
    let found = read_by_rule(text, Some("block/active"));
    assert_eq!(
        found,
        [
            "Appeal Court rejected Halvard Group",
            "Senate rejected Zentrix Holdings"
        ]
    );
    let x = crate::extract::extract(&Document::new("t", text), crate::extract::test_resources());
    let bought = x
        .relations
        .iter()
        .find(|r| r.relation == crate::model::Relation::PartOf);
    assert_eq!(bought.map(|r| r.evidence.modality), Some(Modality::Negated));
}

#[test]
fn it_after_said_and_a_time_stands_for_the_speaker() {
    let text = "Zentrix Holdings said on Thursday it had bought Marlow Oils Ltd for $5m.\n";
    assert_eq!(
        read_by_rule(text, None),
        ["Marlow Oils Ltd part_of Zentrix Holdings"]
    );
}

#[test]
fn a_body_described_as_a_countrys_kind_of_body_is_part_of_it() {
    let text = "Zentrix Holdings, Japan's fourth-largest bank, has been fined. Marlow Bank, \
                Ireland's biggest lender by value, rose.\n";
    assert_eq!(
        read_by_rule(text, Some("country-body-apposition")),
        [
            "Marlow Bank part_of Ireland",
            "Zentrix Holdings part_of Japan"
        ]
    );
    // A person so described is no body: "Ann Lee, Japan's biggest star".
    let person = "Ann Lee, Japan's biggest film star, arrived on Monday.\n";
    assert!(read_by_rule(person, Some("country-body-apposition")).is_empty());
}

#[test]
fn coordinated_titles_after_an_organisation_are_both_of_it() {
    let text = "\"We will grow,\" said Zentrix president and chief executive Ola Brandt.\n";
    assert_eq!(read_by_rule(text, None), ["Ola Brandt leads Zentrix"]);
    // Two people joined by "and" hold no title together.
    let text = "Zentrix chairman Ola Brandt and Bo Dahl met on Monday.\n";
    assert!(!read_by_rule(text, None).contains(&"Bo Dahl leads Zentrix".to_string()));
}

#[test]
fn a_student_of_a_named_school_is_its_member_and_a_critic_of_a_body_is_not() {
    let text = "The firm was set up by Orvia University students Ola Brandt and Anna Berg.\n";
    let got = read_by_rule(text, None);
    assert!(
        got.contains(&"Ola Brandt member_of Orvia University".to_string()),
        "{got:?}"
    );
    assert!(
        got.contains(&"Anna Berg member_of Orvia University".to_string()),
        "{got:?}"
    );
    let text = "Ola Brandt, a long-time critic of the Zentrix Group, spoke on Monday.\n";
    assert!(read_by_rule(text, None).is_empty());
}

#[test]
fn the_head_of_a_unit_is_a_member_of_its_body() {
    let names = [
        ("Acme Corp", "Acme Corp", O),
        ("Bo Dahl", "Bo Dahl", P),
        ("Ann Lee", "Ann Lee", P),
    ];
    for (text, members) in [
        (
            "\"Sales rose,\" said Bo Dahl, who heads Acme Corp's research team.\n",
            &["Bo Dahl member_of Acme Corp"][..],
        ),
        (
            "Bo Dahl runs the bond division of Acme Corp. Ann Lee joined Acme Corp's sales \
             team.\n",
            &["Bo Dahl member_of Acme Corp", "Ann Lee member_of Acme Corp"],
        ),
    ] {
        let f = run(text, &names, None);
        for m in members {
            f.expect(m);
        }
        f.assert_none("Bo Dahl leads");
    }
}

#[test]
fn a_company_named_with_its_country_is_part_of_it() {
    let text = "Zentrix Corp of Sweden and Acme Corp of Japan are backing the plan.\n";
    assert_eq!(
        read_by_rule(text, Some("org-of-country")),
        ["Acme Corp part_of Japan", "Zentrix Corp part_of Sweden"]
    );
    // A country inside the name, or before a body it qualifies, is no such statement.
    let text = "The Bank of Japan cut rates, as did the head of Sweden's central bank.\n";
    assert!(read_by_rule(text, Some("org-of-country")).is_empty());
}

#[test]
fn someone_named_with_the_organisation_they_are_from_is_its_member() {
    let text = "Rates will fall, said Peter Lindqvist of the Zentrix Group. Prices will rise, \
                said Bo Dahl from Marlow Bank.\n";
    assert_eq!(
        read_by_rule(text, Some("person-of-org")),
        [
            "Bo Dahl member_of Marlow Bank",
            "Peter Lindqvist member_of Zentrix Group"
        ]
    );
    // The point of an abbreviation ending the name ends the sentence too.
    let text = "Rates will fall, said Peter Lindqvist of Zentrix Corp.\n";
    assert_eq!(
        read_by_rule(text, Some("person-of-org")),
        ["Peter Lindqvist member_of Zentrix Corp."]
    );
    // A place after "of" is no organisation: "Ann Lee of Leeds".
    let text = "Peter Lindqvist of Stockholm said prices would rise.\n";
    assert!(read_by_rule(text, Some("person-of-org")).is_empty());
    // A unit and then its host after "at": the unit is hers.
    let text =
        "Dr Ann Lee, of the Zentrix Institute at Marlow University, said prices would rise.\n";
    assert_eq!(
        read_by_rule(text, Some("person-of-org-at")),
        ["Ann Lee member_of Zentrix Institute"]
    );
    // Modifiers before the organisation's name, and a list whose items end with ";".
    let text = "Backers include Peter Lindqvist of the influential Zentrix Group; Anna Berg of \
                Orvia Foods; and Ola Brandt.\n";
    assert_eq!(
        read_by_rule(text, Some("person-of-org")),
        [
            "Anna Berg member_of Orvia Foods",
            "Peter Lindqvist member_of Zentrix Group"
        ]
    );
}

#[test]
fn a_role_nominal_no_one_holds_refers_back_to_the_articles_subject() {
    let rule = Some("title/lead-subject");
    let text = "Marsh backs new rail plan\n\nOwen Marsh has backed a new rail plan for the \
                north. The plan was welcomed by councils. But the Tory leader warned that \
                costs would rise.\n";
    assert_eq!(
        read_by_rule(text, rule),
        ["Owen Marsh leads Conservative Party"]
    );
    // Not the clause's subject: the nominal may be anyone.
    let object = "Marsh backs new rail plan\n\nOwen Marsh has backed a new rail plan for the \
                  north. The plan was welcomed by councils. Critics said it would embarrass \
                  the Tory leader.\n";
    assert_eq!(read_by_rule(object, rule), Vec::<String>::new());
    // A headline naming two people does not say whom the article is about.
    let two = "Marsh and Pryce clash over rail\n\nOwen Marsh has backed a new rail plan. \
               Lena Pryce disagreed. The Tory leader warned that costs would rise.\n";
    assert_eq!(read_by_rule(two, rule), Vec::<String>::new());
    // Nor a first sentence naming two: "the Tory leader" may be the other one.
    let shared = "Marsh to face MPs\n\nOwen Marsh faces questions about his rift with Lena \
                  Pryce. But the Tory leader warned that costs would rise.\n";
    assert_eq!(read_by_rule(shared, rule), Vec::<String>::new());
}

#[test]
fn a_body_named_before_coordinated_titles_holds_both() {
    let text = "Investors want to replace Zenith Bank's chairman Al Roe and chief executive \
                Bo Lind.\n";
    assert_eq!(
        read_by_rule(text, None),
        ["Al Roe leads Zenith Bank", "Bo Lind leads Zenith Bank"]
    );
    // A country's title is not shared, nor a title that is no body's.
    let country = "Present were French President Al Roe and singer Bo Lind.\n";
    assert!(!read_by_rule(country, None)
        .iter()
        .any(|r| r.starts_with("Bo Lind")));
    // Along a list of titles and names; not to a title with a body of its own after it.
    let list = "It cost Zenith Bank chairman Al Roe, director-general Bo Lind and reporter \
                Eli Dar their jobs.\n";
    assert_eq!(
        read_by_rule(list, None),
        [
            "Al Roe leads Zenith Bank",
            "Bo Lind leads Zenith Bank",
            "Eli Dar member_of Zenith Bank"
        ]
    );
    let own = "Present were Zenith Bank chairman Al Roe, chairman Bo Lind of Acme Corp and \
               others.\n";
    assert!(
        !read_by_rule(own, None).contains(&"Bo Lind leads Zenith Bank".to_string()),
        "{:?}",
        read_by_rule(own, None)
    );
}

#[test]
fn the_subject_of_beat_does_what_the_infinitive_after_its_object_says() {
    let text = "Acme Corp beat Zenith Bank to buy Ruro Group last year.\n";
    assert_eq!(
        read_by_rule(text, Some("acquire/active")),
        ["Ruro Group part_of Acme Corp"]
    );
    // After "persuaded" the object does it.
    let text = "Acme Corp persuaded Zenith Bank to buy Ruro Group last year.\n";
    assert_eq!(
        read_by_rule(text, Some("acquire/active")),
        ["Ruro Group part_of Zenith Bank"]
    );
}

/// Relations a whole extraction of a text reads, as "Source relation Target" strings.
struct Reads(Vec<String>);

impl Reads {
    fn of(text: &str) -> Reads {
        Reads(read_by_rule(text, None))
    }

    /// Panic, listing what was read, unless `triple` was.
    #[track_caller]
    fn expect(&self, triple: &str) {
        assert!(
            self.0.iter().any(|r| r == triple),
            "no {triple} in {:?}",
            self.0
        );
    }

    /// Panic, listing what was read, when a relation starts with `prefix`.
    #[track_caller]
    fn assert_none(&self, prefix: &str) {
        assert!(
            !self.0.iter().any(|r| r.starts_with(prefix)),
            "{prefix} in {:?}",
            self.0
        );
    }
}

#[test]
fn a_post_given_as_its_own_names_the_employer_and_a_field_demotes_it() {
    let rels = Reads::of("Acme Corp said profits rose on Monday. The firm named Jo Rae as its chief executive. Acme Corp also named Mary Lee as its head of sales.\n");
    rels.expect("Jo Rae leads Acme Corp");
    rels.expect("Mary Lee member_of Acme Corp");
    rels.assert_none("Mary Lee leads Acme Corp");
}

#[test]
fn a_party_adjective_before_a_qualified_title_and_after_a_preposition() {
    let rels = Reads::of("Voters were polled on Sunday. Conservative shadow chancellor Ann Lee said the plan was flawed. It drew a reply from Labour MP Jo Rae in the evening.\n");
    rels.expect("Ann Lee member_of Conservative Party");
    rels.assert_none("Ann Lee leads");
    rels.expect("Jo Rae member_of Labour Party");
}

#[test]
fn a_capitalised_qualifier_after_a_party_adjective_is_the_titles() {
    let rels = Reads::of("Voters were polled on Sunday. Conservative Shadow chancellor Ann Lee said the plan was flawed.\n");
    rels.expect("Ann Lee member_of Conservative Party");
    rels.assert_none("Ann Lee leads");
    rels.assert_none("Ann Lee member_of Shadow");
}

#[test]
fn a_party_before_an_office_of_state_is_the_holders_party() {
    let rels = Reads::of("Voters were polled on Sunday. Castrovia's Labour mayor Ann Lee said the plan was flawed. Former Tory chancellor Jo Rae agreed. Labour leader Bo Dahl did not.\n");
    rels.expect("Ann Lee member_of Labour Party");
    rels.assert_none("Ann Lee leads Labour Party");
    rels.expect("Jo Rae member_of Conservative Party");
    rels.assert_none("Jo Rae leads");
    // A party's own head still leads it.
    rels.expect("Bo Dahl leads Labour Party");
}

#[test]
fn a_court_named_by_its_country_stands_for_no_state() {
    let rels = Reads::of("Bo Dahl told a Danish court on Monday that he was innocent. Ann Lee told Danish officials that the deal was off.\n");
    rels.assert_none("Bo Dahl told Denmark");
    rels.expect("Ann Lee told Denmark");
}

#[test]
fn a_name_described_as_a_joint_venture_is_a_body_of_its_owners() {
    let rels =
        Reads::of("Petrolia, a joint venture of Acme Corp and Zenith Bank, said profits rose.\n");
    rels.expect("Petrolia part_of Acme Corp");
    rels.expect("Petrolia part_of Zenith Bank");
}

#[test]
fn a_plural_title_links_every_name_coordinated_after_it() {
    let rels = Reads::of("Voters were polled on Sunday. Labour MPs Mary Lee and Jo Rae said the ban was wrong. Former Acme Corp chief executives Ann Dahl, Bo Lind and Eva Holm face charges. Tom Berg was telling Labour members he would stay.\n");
    for who in ["Mary Lee", "Jo Rae"] {
        rels.expect(&format!("{who} member_of Labour Party"));
    }
    for who in ["Ann Dahl", "Bo Lind", "Eva Holm"] {
        rels.expect(&format!("{who} leads Acme Corp"));
    }
    // A pronoun after a plural title is not one of the people it names; telling the
    // party's members tells the party.
    rels.assert_none("Tom Berg member_of");
    rels.assert_none("Tom Berg leads");
    rels.expect("Tom Berg told Labour Party");
    // A party's hopefuls, past a modifier of the title.
    let rels = Reads::of("Voters were polled on Sunday. He met Tory parliamentary hopefuls Ivo Brandt and Ann Vale.\n");
    for who in ["Ivo Brandt", "Ann Vale"] {
        rels.expect(&format!("{who} member_of Conservative Party"));
    }
}

#[test]
fn a_speaker_named_with_a_firm_and_its_town_works_there() {
    let rels = Reads::of("Markets were calm on Monday. \"Growth is slow,\" said Mary Lee of Zenith Bank in Boston.\n");
    rels.expect("Mary Lee member_of Zenith Bank");
}

#[test]
fn a_copula_before_a_title_the_tagger_reads_as_an_adjective() {
    let rels = Reads::of("Markets were calm on Monday. Mary Lee is the chief executive of Acme Corp, the firm said. Jo Rae, who is chief executive at Zenith Bank, said sales rose.\n");
    rels.expect("Mary Lee leads Acme Corp");
    rels.expect("Jo Rae leads Zenith Bank");
}

#[test]
fn a_post_left_as_title_of_an_organisation() {
    let f = run(
        "Bo Dahl stepped down as chairman of Acme Corp on Monday.\nBo Dahl quit as head of sales at Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    // The head of a field leads no organisation.
    assert!(
        f.get("Bo Dahl leads Zenith Bank").is_none(),
        "{:?}",
        f.triples()
    );
    // Told in a relative clause.
    let f = run(
        "Bo Dahl, who stepped down as chairman of Zenith Bank, spoke.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Zenith Bank");
    // A post to be left after a modal, or one being left.
    let f = run(
        "Bo Dahl will step down as chairman of Acme Corp.\nJo Rae is resigning as chief executive of Zenith Bank.\n",
        &[("Bo Dahl", "Bo Dahl", P), ("Jo Rae", "Jo Rae", P), ("Acme Corp", "Acme Corp", O), ("Zenith Bank", "Zenith Bank", O)],
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    f.expect("Jo Rae leads Zenith Bank");
}

#[test]
fn a_post_to_be_taken_is_planned() {
    let f = run(
        "Bo Dahl will take over as chairman of Acme Corp in May.\n",
        &FIRMS,
        None,
    );
    let r = f.expect("Bo Dahl leads Acme Corp");
    assert_eq!(r.evidence.modality, Modality::Planned);
}

#[test]
fn a_name_after_a_clause_is_no_apposition_to_the_role_opening_it() {
    let rels = Reads::of("Voters were polled on Sunday. The Tory leader has shrugged off the defection of one of his MPs, Tom Berg, to Labour. The Acme Corp chief executive, Mary Lee, said sales rose.\n");
    rels.assert_none("Tom Berg leads Conservative Party");
    rels.expect("Mary Lee leads Acme Corp");
}

#[test]
fn a_person_formerly_of_a_firm_was_a_member() {
    let rels = Reads::of(
        "Zenith Bank has hired Mary Lee, formerly of Acme Corp, as its new chief economist.\n",
    );
    rels.expect("Mary Lee member_of Acme Corp");
}

#[test]
fn it_stands_for_the_one_organisation_before_it_as_a_subject_or_owner() {
    let rels = Reads::of("Markets were calm on Monday. Growth is being driven by Vantorel Group, the biggest brewer. It took the top spot when it bought Kelso Brewing Co in 2003.\n");
    rels.expect("Kelso Brewing Co part_of Vantorel Group");
    // "took" and "made" open acts of a company, not clauses of "it".
    let rels = Reads::of("Markets were calm on Monday. Zentrix Corp posted a profit. It took over Acme Corp in May.\n");
    rels.expect("Acme Corp part_of Zentrix Corp");
    let rels = Reads::of("Markets were calm on Monday. Zentrix Corp announced its supply agreement with Acme Corp on Tuesday.\n");
    rels.expect("Zentrix Corp supports Acme Corp");
    // An "it" of a clause, or an object, is no actor: nothing is read from these.
    let rels = Reads::of("Markets were calm on Monday. Zentrix Corp posted a loss. It is clear that Acme Corp bought a plant. Later Jo Rae praised it.\n");
    rels.assert_none("Zentrix Corp");
    rels.assert_none("Jo Rae");
}

#[test]
fn a_nationality_before_a_named_partner_gives_way_to_the_partner() {
    let rels = Reads::of("Markets were calm on Monday. Zentrix Corp signed a supply agreement with Japanese rival Kamato Motors on Tuesday.\n");
    rels.assert_none("Zentrix Corp supports Japan");
    rels.expect("Zentrix Corp supports Kamato Motors");
}

#[test]
fn a_title_set_off_by_commas_describes_the_name_after_it() {
    let found = read_by_rule(
        "Ivo Ban denied the charge. Ban's lawyer, Ann Lee, said the case was weak.\n",
        None,
    );
    assert_eq!(found, ["Ann Lee represents Ivo Ban"]);
    // The name starts a new clause after a phrase ending in a title.
    let found = read_by_rule(
        "In a letter to Ban's lawyer, Ann Lee said the case was weak.\n",
        None,
    );
    assert!(found.iter().all(|r| !r.contains("represents")), "{found:?}");
}

#[test]
fn an_adverb_may_open_an_apposition_of_a_role() {
    let found = read_by_rule(
        "Ann Lee, now chairman of Zentrix Holdings, said sales rose.\nBo Dahl, formerly \
         a spokesman for Orvia Group, said costs fell.\n",
        None,
    );
    for want in [
        "Ann Lee leads Zentrix Holdings",
        "Bo Dahl member_of Orvia Group",
    ] {
        assert!(
            found.contains(&want.to_string()),
            "{want} missing: {found:?}"
        );
    }
    // An adverb before something that is no role states nothing.
    let found = read_by_rule(
        "Ann Lee, still angry at Zentrix Holdings, left the room.\n",
        None,
    );
    assert!(found.iter().all(|r| !r.starts_with("Ann Lee")), "{found:?}");
}

#[test]
fn a_playing_position_before_a_name_is_a_title_of_the_team() {
    let found = read_by_rule(
        "Harton Rovers winger Al Reid broke a bone.\nOrvia United fly-half Bo Dahl kicked \
         well.\n",
        None,
    );
    for want in [
        "Al Reid member_of Harton Rovers",
        "Bo Dahl member_of Orvia United",
    ] {
        assert!(
            found.contains(&want.to_string()),
            "{want} missing: {found:?}"
        );
    }
}

#[test]
fn a_unit_at_a_bigger_body_is_part_of_it() {
    let found = read_by_rule(
        "Ann Lee, dean of the Harton School of Law at the University of Wexmoor, agreed.\n",
        Some("unit-at-host"),
    );
    assert_eq!(
        found,
        ["Harton School of Law part_of University of Wexmoor"]
    );
    // A body that names no unit is only somewhere: "Acme at the conference".
    let found = read_by_rule(
        "Ann Lee of Zentrix Holdings at the Orvia Group forum agreed.\n",
        Some("unit-at-host"),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn writing_to_someone_tells_them_and_rejoining_a_body_is_membership() {
    let text = "Ann Lee has written to Bo Dahl about the merger.\n";
    assert_eq!(
        read_by_rule(text, Some("tell/active")),
        ["Ann Lee told Bo Dahl"]
    );
    // Writing to a newspaper is publishing, not telling someone.
    let text = "Ann Lee wrote to the Daily Courier about the merger.\n";
    assert!(read_by_rule(text, None)
        .iter()
        .all(|r| !r.contains(" told ")));
    // Addressing a body is speaking to it; addressing a concern is no relation.
    let text = "Ann Lee addressed the Freedom Party on Monday.\n";
    assert_eq!(
        read_by_rule(text, Some("tell/active")),
        ["Ann Lee told Freedom Party"]
    );
    let text = "Ann Lee addressed concerns raised by the Freedom Party.\n";
    assert!(read_by_rule(text, None)
        .iter()
        .all(|r| !r.contains(" told ")));
    let text = "Bo Dahl has rejoined the Freedom Party after a year away.\n";
    assert_eq!(
        read_by_rule(text, Some("join/active")),
        ["Bo Dahl member_of Freedom Party"]
    );
}

#[test]
fn units_named_with_their_parents_across_descriptions() {
    let text = "The sale of Acme Corp's core oil production unit, Zenith Bank, was forced.\n";
    assert_eq!(
        read_by_rule(text, Some("unit-possessive-apposition")),
        ["Zenith Bank part_of Acme Corp"]
    );
    let text = "Zenith Bank, the main unit of embattled oil giant Acme Corp, was sold.\n";
    assert_eq!(
        read_by_rule(text, Some("unit-of-apposition")),
        ["Zenith Bank part_of Acme Corp"]
    );
    // A kind of body after its name and a noun stands for the name.
    let text = "Acme Corp, which owns the Zenith derivatives exchange, grew.\n";
    assert_eq!(
        read_by_rule(text, Some("own/active")),
        ["Zenith part_of Acme Corp"]
    );
}

#[test]
fn a_seat_on_a_body_is_membership_of_it() {
    let text = "The report was published on Monday.\n\n\
        Kel Amory, who sits on the Harwell Planning Council, said the plan was sound. \
        Dana Pryce served on the Tolland Commission for two years. \
        Ivo Tesk sat on the fence for weeks.\n";
    assert_eq!(
        read_by_rule(text, Some("sits-on-body")),
        [
            "Dana Pryce member_of Tolland Commission",
            "Kel Amory member_of Harwell Planning Council"
        ]
    );
}

#[test]
fn a_plural_role_after_a_nationality_covers_every_name_listed() {
    let rels = Reads::of(
        "Fans waited outside. The film stars French actors Anne Morel, Paul Girard and Marie Lenoir.\n",
    );
    for who in ["Anne Morel", "Paul Girard", "Marie Lenoir"] {
        rels.expect(&format!("{who} member_of France"));
    }
    // A singular role names only the person it stands before.
    let rels =
        Reads::of("Fans waited outside. The film stars French actor Anne Morel and Paul Girard.\n");
    rels.expect("Anne Morel member_of France");
    rels.assert_none("Paul Girard member_of");
}

#[test]
fn a_rulers_government_named_before_it_stands_for_the_ruler() {
    let rels = Reads::of(
        "Talks went well. President Ann Lee accused the Tom Ward regime of lying. Acme Corp \
         urged the Tom Ward administration to act.\n",
    );
    rels.expect("Ann Lee criticized Tom Ward");
    rels.expect("Acme Corp appealed_to Tom Ward");
    // Someone's government by the possessive is as much the country's.
    let rels = Reads::of("Talks went well. Acme Corp urged Tom Ward's government to act.\n");
    rels.assert_none("Acme Corp appealed_to Tom Ward");
}

#[test]
fn who_comes_under_fire_or_pressure_from_another_is_criticised_or_pressed() {
    let rels = Reads::of(
        "Talks went well. Ann Lee came under fire from the Orvia Party on Monday. Tom Ward, \
         the mayor, has come under growing pressure from Acme Corp in Orvia.\n",
    );
    rels.expect("Orvia Party criticized Ann Lee");
    rels.expect("Acme Corp appealed_to Tom Ward");
    // Fire in a war is no criticism.
    let rels = Reads::of("Talks went well. Ann Lee came under fire in Orvia.\n");
    rels.assert_none("criticized");
}

#[test]
fn a_role_set_off_before_a_name_states_the_nationality() {
    let rels = Reads::of(
        "Talks went well. Minister Ann Lee phoned her French counterpart, Paul Girard, on Monday.\n",
    );
    rels.expect("Paul Girard member_of France");
    // Not after a phrase naming no one.
    let rels = Reads::of("Talks went well. Ann Lee praised French wine, Paul Girard said.\n");
    rels.assert_none("Paul Girard member_of");
}

#[test]
fn a_title_pattern_reads_the_whole_title_not_its_last_word() {
    let found = read_by_rule(
        "Markets were calm. The deputy leader of the Orvia Party, Ann Lee, said so.\n",
        None,
    );
    assert!(
        found.contains(&"Ann Lee member_of Orvia Party".to_string()),
        "{found:?}"
    );
    assert!(!found.iter().any(|r| r.contains("leads")), "{found:?}");
}

#[test]
fn front_benchers_whips_and_club_physios_are_members() {
    let rels = Reads::of(
        "Voters were polled on Sunday. Labour frontbencher Ann Lee said the plan was wrong. \
         Liberal Democrat chief whip Bo Dahl agreed.\n",
    );
    rels.expect("Ann Lee member_of Labour Party");
    rels.expect("Bo Dahl member_of Liberal Democrats");
    rels.assert_none("leads");
    let rels = Reads::of(
        "Rovers beat Town 2-1 on Saturday. Arsenal physio Tom Berg said the striker would be fit.\n",
    );
    rels.expect("Tom Berg member_of Arsenal");
}

#[test]
fn a_town_before_player_in_a_report_of_games_is_its_team() {
    let rels = Reads::of(
        "Rovers win again\n\nRovers beat Town 2-1 on Saturday and drew 1-1 with City in \
         midweek, after a 3-0 win last month.\n\nAnn Lee, a former Chelsea player, said the \
         result was fair.\n\nThe league resumes next week.\n",
    );
    rels.expect("Ann Lee member_of Chelsea");
    // Outside a report of games the word says nothing of a team.
    let rels = Reads::of(
        "Prices rose on Monday. Ann Lee, a former Chelsea player, said the result was fair.\n",
    );
    rels.assert_none("Chelsea");
}

#[test]
fn an_adviser_to_a_body_works_for_it_but_an_envoy_to_one_does_not() {
    let r = read_by_rule(
        "Tom Hale, an adviser to the Acme Corporation, said the plan works.",
        None,
    );
    assert!(
        r.contains(&"Tom Hale member_of Acme Corporation".to_string()),
        "{r:?}"
    );
    let r = read_by_rule(
        "Ann Lee, Ruritania's envoy to the United Nations, said the plan works.",
        None,
    );
    assert!(r.iter().all(|t| !t.contains("United Nations")), "{r:?}");
    let r = read_by_rule(
        "Mr Hale, 53, is to become the high commissioner to Freedonia.",
        None,
    );
    assert!(r.iter().all(|t| !t.contains("Freedonia")), "{r:?}");
    // An envoy's country after "for": the brief when the owner is named before.
    let r = read_by_rule(
        "Ann Lee, the Norwegian special representative for Chile, said the plan works.",
        None,
    );
    assert!(
        r.contains(&"Ann Lee represents Norway".to_string()),
        "{r:?}"
    );
    assert!(r.iter().all(|t| !t.contains("Chile")), "{r:?}");
    let r = read_by_rule(
        "Ann Lee, the chief negotiator for Chile, said the plan works.",
        None,
    );
    assert!(r.contains(&"Ann Lee represents Chile".to_string()), "{r:?}");
}

#[test]
fn a_post_left_after_an_adverb_and_with_modifiers_states_the_affiliation() {
    let r = read_by_rule(
        "Tom Hale, recently sacked as Harton Rovers football manager, said he was sad.",
        Some("post-as-title"),
    );
    assert!(
        r.iter()
            .any(|t| t.starts_with("Tom Hale") && t.ends_with("Harton Rovers")),
        "{r:?}"
    );
    // A post kept, after "with": "with X continuing as Y's president".
    let r = read_by_rule(
        "Acme Corp said Zenith Bank will operate as a subsidiary, with Tom Hale continuing as \
         Zenith Bank's president.",
        Some("post-as-title"),
    );
    assert_eq!(r, ["Tom Hale leads Zenith Bank"]);
    // A post named without a body states nothing.
    let r = read_by_rule(
        "Tom Hale, recently sacked as manager, said he was sad.",
        None,
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn suits_are_attacks_and_complaints_criticism_of_whom_they_are_against() {
    let f = run(
        "Acme Corp filed a lawsuit against Zenith Bank.\nBo Dahl has a complaint against Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp attacked Zenith Bank");
    f.expect("Bo Dahl criticized Zenith Bank");
    // Legal action and charges are suits by another name.
    let f = run(
        "Acme Corp took legal action against Zenith Bank.\nBo Dahl filed charges against Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp attacked Zenith Bank");
    f.expect("Bo Dahl attacked Acme Corp");
    // Charges against someone with no one bringing them link no one.
    let f = run(
        "Charges against Bo Dahl were dropped by the court.\n",
        &FIRMS,
        None,
    );
    assert!(f.triples().is_empty(), "{:?}", f.triples());
    // A country before the suit says where it is heard, not who brings it.
    let f = run(
        "Bo Dahl is seeking damages in a Ruritania lawsuit against Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.assert_none("Ruritania attacked");
}

#[test]
fn money_given_to_someone_is_support_but_a_contribution_to_a_win_is_not() {
    let f = run(
        "Acme Corp made a large donation to Zenith Bank.\nThe Ruritania loan to Freedonia was approved.\nBo Dahl praised the contribution to Zenith Bank made by Acme Corp staff.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    f.expect("Ruritania supports Freedonia");
    f.assert_none("Bo Dahl supports");
}

#[test]
fn rejecting_a_bid_from_someone_rejects_them() {
    let f = run(
        "Acme Corp rejected a takeover bid from Zenith Bank.\nBo Dahl rejected a bid from the start.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp rejected Zenith Bank");
    f.assert_none("Bo Dahl rejected");
}

#[test]
fn a_pact_between_two_sides_past_its_sealing_and_subject() {
    let found = read_by_rule(
        "The agreement reached last week between Acme Corp and Zenith Bank was welcomed.\nA \
         treaty on trade between Tarvo Group and Orvia Ltd lapsed.\n",
        Some("pact-between"),
    );
    assert_eq!(
        found,
        [
            "Acme Corp supports Zenith Bank",
            "Tarvo Group supports Orvia Ltd"
        ]
    );
    // Talks between two sides after which a pact ended are no pact between them.
    let found = read_by_rule(
        "Acme Corp ended the treaty after talks between Tarvo Group and Orvia Ltd failed.\nAreas \
         of agreement reached between Acme Corp and Zenith Bank remain.\n",
        Some("pact-between"),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn providing_someone_with_goods_or_help_backs_them() {
    let found = read_by_rule(
        "Acme Corp will supply Zenith Bank and Orvia Ltd with chips.\nTarvo Group provided \
         military aid to Pelto Bank.\nHe thanked Ruska Mills for Tarvo Group's help to Acme \
         Corp.\n",
        None,
    );
    for want in [
        "Acme Corp supports Zenith Bank",
        "Acme Corp supports Orvia Ltd",
        "Tarvo Group supports Pelto Bank",
        "Tarvo Group supports Acme Corp",
    ] {
        assert!(found.contains(&want.to_string()), "{want}: {found:?}");
    }
}

#[test]
fn preferring_someones_offer_backs_them() {
    let found = read_by_rule(
        "Acme Corp preferred the offer from Zenith Bank.\n",
        Some("support/active"),
    );
    assert_eq!(found, ["Acme Corp supports Zenith Bank"]);
}

#[test]
fn putting_something_to_someone_tells_them() {
    let found = read_by_rule(
        "Acme Corp complained to Zenith Bank that its fees had doubled.\nTom Ward \
         proposed the plan to Ann Lee on Monday.\nMax Roy will explain the measures to Eva \
         Sand.\n",
        Some("say-to/active"),
    );
    assert_eq!(
        found,
        [
            "Acme Corp told Zenith Bank",
            "Max Roy told Eva Sand",
            "Tom Ward told Ann Lee"
        ]
    );
    // A preposition after an adjective is the adjective's.
    let found = read_by_rule(
        "Tom Ward proposed a tax similar to Ann Lee's.\n",
        Some("say-to/active"),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_title_of_a_unit_named_after_its_owner_is_of_the_unit() {
    let found = read_by_rule(
        "Acme Corp said Tom Ward was named president of its Orvia Ltd subsidiary.\nAnn Lee, \
         chairman of Acme Corp's Tarvo Group unit, retired.\n",
        None,
    );
    assert!(
        found.contains(&"Tom Ward leads Orvia Ltd".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"Ann Lee leads Tarvo Group".to_string()),
        "{found:?}"
    );
    assert!(
        !found.contains(&"Tom Ward leads Acme Corp".to_string()),
        "{found:?}"
    );
}

#[test]
fn what_a_body_is_the_parent_of_is_part_of_it() {
    let found = read_by_rule(
        "Tarvo Group is the holding company for Orvia Ltd and Zenith Holdings.\nAcme Corp, \
         owner of Pelto Bank and Ruska Mills, said profits rose.\n",
        None,
    );
    assert_eq!(
        found,
        [
            "Orvia Ltd part_of Tarvo Group",
            "Pelto Bank part_of Acme Corp",
            "Ruska Mills part_of Acme Corp",
            "Zenith Holdings part_of Tarvo Group"
        ]
    );
    // An owner of what a body has owns no part of the body.
    let found = read_by_rule(
        "Acme Corp, owner of Pelto Bank's branches, said profits rose.\nTarvo Group is the \
         owner of Orvia Ltd's stores.\n",
        None,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_owner_named_in_apposition_owns_the_company() {
    let f = run(
        "Acme Corp, Zenith Bank's parent company, said profits rose.\nZenith Bank, the owner of Acme Corp, agreed.\n",
        &FIRMS,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
    f.expect("Acme Corp part_of Zenith Bank");
    // A rival named in apposition owns nothing.
    let f = run(
        "Acme Corp, Zenith Bank's rival, said profits rose.\n",
        &FIRMS,
        None,
    );
    f.assert_none("part_of");
    // The owner's title before its name.
    let f = run(
        "Zenith Bank's new owner Acme Corp will sell the unit.\n",
        &FIRMS,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
    let f = run(
        "Zenith Bank's rival Acme Corp will sell the unit.\n",
        &FIRMS,
        None,
    );
    f.assert_none("part_of");
    // A unit named between its owner's possessive and its kind, past a modifier.
    let f = run(
        "Acme Corp's sporty Zenith Bank subsidiary will stop making engines.\n",
        &FIRMS,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
}

#[test]
fn parties_to_a_deal_may_have_a_short_form_in_brackets() {
    let f = run(
        "Acme Corp and the Zenith Bank (ZB) reached a preliminary deal.\n",
        &[
            ("Acme Corp", "Acme Corp", O),
            ("Zenith Bank", "Zenith Bank", O),
            ("ZB", "Zenith Bank", O),
        ],
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
}

#[test]
fn a_shareholder_named_beside_the_company_backs_it_and_owns_no_part_of_it() {
    let text = "Analysts said Acme Corp, Zenith Bank's biggest shareholder, would vote \
                against, and Zenith Bank's largest shareholder Hato Corp agreed.\n";
    assert_eq!(
        read_by_rule(text, None)
            .into_iter()
            .filter(|r| r.contains("Acme Corp") || r.contains("Hato Corp"))
            .collect::<Vec<_>>(),
        [
            "Acme Corp supports Zenith Bank",
            "Hato Corp supports Zenith Bank"
        ]
    );
}

#[test]
fn calling_for_someone_to_act_appeals_to_them_but_not_for_them_to_be_acted_on() {
    for verb in ["called", "pressed", "has pushed"] {
        let f = run(
            &format!("Bo Dahl {verb} for Ruritania to withdraw its troops.\n"),
            &FIRMS,
            None,
        );
        f.expect("Bo Dahl appealed_to Ruritania");
    }
    let f = run(
        "Bo Dahl called for Ruritania to be punished.\n",
        &FIRMS,
        None,
    );
    f.assert_none("appealed_to");
}

#[test]
fn sanctions_imposed_are_an_attack_and_sanctions_lifted_are_not() {
    let f = run("Ruritania imposed sanctions on Freedonia.\n", &FIRMS, None);
    f.expect("Ruritania attacked Freedonia");
    let f = run(
        "Ruritania's embargo against Freedonia hurt trade.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania attacked Freedonia");
    let f = run("Ruritania lifted sanctions on Freedonia.\n", &FIRMS, None);
    f.assert_none("attacked");
}

#[test]
fn a_possessive_pronoun_owns_an_act_unless_a_verb_undoes_it() {
    let text = "Zenith Bank is united in its condemnation of Bo Dahl's policies.\n";
    assert_eq!(
        read_by_rule(text, Some("criticism-of")),
        ["Zenith Bank criticized Bo Dahl"]
    );
    let text = "Acme Corp abandoned its purchase of Zenith Bank.\n";
    assert_eq!(read_by_rule(text, None), Vec::<String>::new());
}

#[test]
fn a_phrasal_verb_with_an_object_leaves_a_later_preposition_to_the_object() {
    let f = run(
        "Ruritania called off its attack on Freedonia.\n",
        &FIRMS,
        None,
    );
    f.assert_none("appealed_to");
    let f = run("Ruritania called on Freedonia to stop.\n", &FIRMS, None);
    f.expect("Ruritania appealed_to Freedonia");
}

#[test]
fn force_used_against_another_is_an_attack_and_standing_shoulder_to_shoulder_support() {
    let f = run(
        "Ruritania has used chemical weapons against Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania attacked Freedonia");
    // Weapons sold to another are no attack.
    let f = run("Ruritania sold weapons to Freedonia.\n", &FIRMS, None);
    f.assert_none("attacked");
    let f = run(
        "Ruritania stands shoulder to shoulder with Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania supports Freedonia");
}

#[test]
fn a_title_with_a_field_before_its_country_stands_for_the_country() {
    let f = run(
        "The Minister of Foreign Affairs of Ruritania criticised Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania criticized Freedonia");
    // A field that is itself a body is the one named.
    let f = run(
        "The officials of Acme Corp of Ruritania criticised Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp criticized Freedonia");
    f.assert_none("Ruritania criticized");
    // A determiner opens a group of its own: the family is no country's people.
    let f = run(
        "Freedonia charged members of the wealthy Kessel family of Ruritania.\n",
        &FIRMS,
        None,
    );
    f.assert_none("Ruritania");
}

#[test]
fn a_participle_before_by_is_the_main_verb_when_the_sentence_has_no_other() {
    let f = run("Ruritania stood by Freedonia.\n", &FIRMS, None);
    f.expect("Ruritania supports Freedonia");
    // With a main verb besides, it is a passive relative.
    let f = run(
        "Zenith Bank, bought by Acme Corp last year, said profits rose.\n",
        &FIRMS,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
}

#[test]
fn a_participle_opening_a_title_after_a_copula_is_the_title() {
    let f = run(
        "Since 2002 Bo Dahl has been managing director and chief executive of Acme Corp.\nBo Dahl has been managing the Zenith Bank account.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    // "has been managing the account": a verb, no title.
    f.assert_none("Zenith Bank");
}

#[test]
fn troops_stand_for_their_country_and_gunmen_only_for_their_organisation() {
    let names = [
        ("Hamas", "Hamas", O),
        ("Israel", "Israel", C),
        ("Israeli", "Israel", C),
        ("Palestinian", "Palestine", C),
        ("Norway", "Norway", C),
    ];
    let f = run("Hamas gunmen attacked Israel on Monday.\n", &names, None);
    f.expect("Hamas attacked Israel");
    let f = run("Israeli troops attacked Hamas on Monday.\n", &names, None);
    f.expect("Israel attacked Hamas");
    let f = run(
        "Palestinian gunmen attacked Norway on Monday.\n",
        &names,
        None,
    );
    f.assert_none("attacked");
    // Carriers are airlines or postmen, not a state's ships.
    let f = run(
        "Norway officials rejected the Hamas offer. Israeli letter carriers rejected Hamas.\n",
        &names,
        None,
    );
    f.expect("Norway rejected Hamas");
    f.assert_none("Israel rejected Hamas");
}

#[test]
fn a_party_and_seat_tag_names_the_members_party() {
    let r = read_by_rule(
        "Senator Ann Lee, R-Kan., said the bill would pass. Representative Bo Dahl (D-Ill.) agreed.",
        Some("party-seat-tag"),
    );
    assert_eq!(
        r,
        [
            "Ann Lee member_of Republican Party",
            "Bo Dahl member_of Democratic Party"
        ]
    );
    // The tag's membership leaves a title's leadership of the party to be read.
    let r = read_by_rule(
        "Republican leader Ann Lee (R-Kan.) said the bill would pass.",
        None,
    );
    assert!(
        r.contains(&"Ann Lee leads Republican Party".to_string()),
        "{r:?}"
    );
    // The letter is no other name of the party.
    let x = crate::extract::extract(
        &Document::new("t", "Senator Ann Lee, R-Kan., said the bill would pass."),
        crate::extract::test_resources(),
    );
    let party = x.entities.iter().find(|e| e.name == "Republican Party");
    assert!(
        party.is_some_and(|p| p.aliases.is_empty()),
        "{:?}",
        x.entities
    );
    // Letters the lexicon gives no party name none.
    let r = read_by_rule(
        "Senator Ann Lee, Q-Kan., said the bill would pass.",
        Some("party-seat-tag"),
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn stances_stated_by_an_adjective_after_a_copula() {
    let f = run(
        "Bo Dahl was highly critical of Acme Corp. Ruritania is opposed to Freedonia. \
         Zenith Bank has been supportive of Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl criticized Acme Corp");
    f.expect("Ruritania rejected Freedonia");
    f.expect("Zenith Bank supports Acme Corp");
    // A copula after auxiliaries is still the copula: "has been a member of".
    let f = run("Ruritania has been an ally of Freedonia.\n", &FIRMS, None);
    f.expect("Ruritania allied_with Freedonia");
    // Negated, the stance is no fact.
    let f = run("Bo Dahl is not critical of Acme Corp.\n", &FIRMS, None);
    let r = f.expect("Bo Dahl criticized Acme Corp");
    assert_eq!(r.evidence.modality, Modality::Negated);
}

#[test]
fn stances_stated_by_a_noun_for_who_holds_them() {
    let f = run(
        "Bo Dahl, a close ally of Acme Corp, spoke. Ruritania - a fierce critic of \
         Freedonia - spoke. Zenith Bank has been a strong supporter of Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl allied_with Acme Corp");
    f.expect("Ruritania criticized Freedonia");
    f.expect("Zenith Bank supports Acme Corp");
    // Supporting a thing someone proposed names no stance towards them.
    let f = run(
        "Bo Dahl, a supporter of the plan by Acme Corp, spoke.\n",
        &FIRMS,
        None,
    );
    f.assert_none("Bo Dahl supports");
}

#[test]
fn paying_tribute_to_someone_supports_them() {
    let names = [("Ann Lee", "Ann Lee", P), ("Bo Dahl", "Bo Dahl", P)];
    let f = run("Ann Lee paid glowing tribute to Bo Dahl.\n", &names, None);
    f.expect("Ann Lee supports Bo Dahl");
    let f = run("Ann Lee's tribute to Bo Dahl was moving.\n", &names, None);
    f.expect("Ann Lee supports Bo Dahl");
}

#[test]
fn one_of_several_holders_of_a_post_is_a_member() {
    let f = run(
        "Bo Dahl, one of Acme Corp's directors, said so. Ann Lee, one of the \
         senior officials of Zenith Bank, agreed.\n",
        &[
            ("Bo Dahl", "Bo Dahl", P),
            ("Ann Lee", "Ann Lee", P),
            ("Acme Corp", "Acme Corp", O),
            ("Zenith Bank", "Zenith Bank", O),
        ],
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    f.expect("Ann Lee member_of Zenith Bank");
    // An owner of shares is no member.
    let f = run(
        "Bo Dahl, one of Acme Corp's biggest shareholders, said so.\n",
        &FIRMS,
        None,
    );
    f.assert_none("member_of");
}

#[test]
fn someone_a_body_sacks_was_one_of_it() {
    let names = [("Bo Dahl", "Bo Dahl", P), ("Acme Corp", "Acme Corp", O)];
    let f = run("Acme Corp sacked Bo Dahl on Monday.\n", &names, None);
    f.expect("Bo Dahl member_of Acme Corp");
    let f = run("Bo Dahl was fired by Acme Corp.\n", &names, None);
    f.expect("Bo Dahl member_of Acme Corp");
    // A person firing at a body is no member of it.
    let f = run("Bo Dahl fired at Acme Corp.\n", &names, None);
    f.assert_none("member_of");
}

#[test]
fn taking_or_being_in_charge_of_a_body_heads_it() {
    let names = [("Bo Dahl", "Bo Dahl", P), ("Acme Corp", "Acme Corp", O)];
    let f = run(
        "Bo Dahl will take charge of Acme Corp in April.\n",
        &names,
        None,
    );
    let r = f.expect("Bo Dahl leads Acme Corp");
    assert_eq!(r.evidence.modality, Modality::Planned);
    let names = [
        ("Bo Dahl", "Bo Dahl", P),
        ("Ann Lee", "Ann Lee", P),
        ("Acme Corp", "Acme Corp", O),
    ];
    let f = run(
        "Ann Lee and Bo Dahl are in charge of Acme Corp.\n",
        &names,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    f.expect("Ann Lee leads Acme Corp");
    // In charge of a task at the body, not of the body.
    let f = run(
        "Bo Dahl is in charge of sales at Acme Corp.\n",
        &names,
        None,
    );
    f.assert_none("leads");
    let f = run(
        "Ann Lee, who took charge of Acme Corp in May, said sales rose.\n",
        &names,
        None,
    );
    f.expect("Ann Lee leads Acme Corp");
}

#[test]
fn a_post_given_as_an_organisations_own_is_its_post() {
    let names = [
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
        ("Bo Dahl", "Bo Dahl", P),
        ("Jo Rae", "Jo Rae", P),
    ];
    let f = run(
        "Bo Dahl was named Acme Corp's new chairman.\nJo Rae has been named Zenith Bank's chief economist.\n",
        &names,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
    f.expect("Jo Rae member_of Zenith Bank");
    // The post is the last title of its chain: "chief" only modifies "economist".
    f.assert_none("Jo Rae leads");
    // Chosen for the post, as appointed to it.
    let f = run(
        "Jo Rae was chosen as the new chairman of Zenith Bank.\n",
        &names,
        None,
    );
    f.expect("Jo Rae leads Zenith Bank");
    // Who names the holder of a post holds none.
    let f = run(
        "Bo Dahl named Acme Corp's chairman Jo Rae as his heir.\n",
        &names,
        None,
    );
    f.assert_none("Bo Dahl leads Acme Corp");
}

#[test]
fn an_undersecretary_is_a_member_of_the_department() {
    let f = run(
        "Commerce Dept. undersecretary Jo Kim said the dollar was fairly priced.\n",
        &[
            ("Commerce Dept.", "Commerce Dept.", O),
            ("Jo Kim", "Jo Kim", P),
        ],
        None,
    );
    f.expect("Jo Kim member_of Commerce Dept.");
    f.assert_none("leads");
}

#[test]
fn opposition_to_what_someone_proposes_rejects_them() {
    let f = run(
        "Ruritania voiced its opposition to Freedonia's plan.\nAcme Corp's objections to the bid by Zenith Bank grew.\n",
        &[
            ("Ruritania", "Ruritania", C),
            ("its", "Ruritania", C),
            ("Freedonia", "Freedonia", C),
            ("Acme Corp", "Acme Corp", O),
            ("Zenith Bank", "Zenith Bank", O),
        ],
        None,
    );
    f.expect("Ruritania rejected Freedonia");
    f.expect("Acme Corp rejected Zenith Bank");
    // Opposition to a thing names no one: "Bo Dahl's opposition to the war".
    let f = run(
        "Bo Dahl's opposition to the war in Freedonia was well known.\n",
        &FIRMS,
        None,
    );
    f.assert_none("rejected");
}

#[test]
fn a_verb_in_scare_quotes_is_still_the_verb() {
    let f = run(
        "Bo Dahl \"criticised\" Zenith Bank on Monday.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl criticized Zenith Bank");
}

#[test]
fn attacking_what_someone_proposes_is_criticism() {
    let f = run(
        "Acme Corp attacked Zenith Bank's plans.\nRuritania attacked Freedonia.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp criticized Zenith Bank");
    f.assert_none("Acme Corp attacked");
    // Force against the country itself stays an attack.
    f.expect("Ruritania attacked Freedonia");
}

#[test]
fn force_fought_or_fired_at_someone_attacks_them_but_not_one_of_a_people() {
    let f = run(
        "Ruritania fired missiles at Freedonia.\nAcme Corp fought Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania attacked Freedonia");
    f.expect("Acme Corp attacked Zenith Bank");
    // What is fired names no target.
    run("Acme Corp fired Bo Dahl on Monday.\n", &FIRMS, None).assert_none("attacked");
    // "an Israeli" is one of a people, not its state.
    let names = [("Bo Dahl", "Bo Dahl", P), ("Israeli", "Israel", C)];
    let f = run("Bo Dahl fought an Israeli at the Games.\n", &names, None);
    f.assert_none("Israel");
}

#[test]
fn judging_a_thing_judges_its_owner_but_taking_it_takes_nothing_of_the_owner() {
    let names = [
        ("Ruritania", "Ruritania", C),
        ("Freedonia", "Freedonia", C),
        ("Acme Corp", "Acme Corp", O),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "Ruritania condemned Freedonia's missile test.\n\
         Acme Corp welcomed Zenith Bank's new branch.\n",
        &names,
        None,
    );
    f.expect("Ruritania criticized Freedonia");
    f.expect("Acme Corp supports Zenith Bank");
    // Buying a firm's business makes the business, not the firm, part of the buyer.
    let f = run(
        "Acme Corp bought Zenith Bank's card business.\n",
        &names,
        None,
    );
    f.assert_none("Zenith Bank part_of");
}

#[test]
fn leaving_a_body_says_one_was_in_it_but_leaving_a_place_does_not() {
    let f = run(
        "Bo Dahl left Acme Corp last year.\nJo Kim left Ruritania on Monday.\n",
        &[
            ("Bo Dahl", "Bo Dahl", P),
            ("Acme Corp", "Acme Corp", O),
            ("Jo Kim", "Jo Kim", P),
            ("Ruritania", "Ruritania", C),
        ],
        None,
    );
    f.expect("Bo Dahl member_of Acme Corp");
    f.assert_none("Jo Kim");
}

#[test]
fn a_stake_stated_by_a_copula_or_control_backs_the_company() {
    let f = run(
        "Bo Dahl is Zenith Bank's largest shareholder.\nAcme Corp controls 51% of Zenith Bank.\nAcme Corp controls 16% of Ruritania's output.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl supports Zenith Bank");
    f.expect("Acme Corp supports Zenith Bank");
    // A share of a country's output is no stake in it.
    f.assert_none("Ruritania");
}

#[test]
fn a_title_held_in_an_of_which_clause() {
    let f = run(
        "The report came from Zenith Bank, of which Bo Dahl is chairman.\nIt cited Acme Corp, of which Jo Kim is a critic.\n",
        &[
            ("Zenith Bank", "Zenith Bank", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Acme Corp", "Acme Corp", O),
            ("Jo Kim", "Jo Kim", P),
        ],
        None,
    );
    f.expect("Bo Dahl leads Zenith Bank");
    f.assert_none("Jo Kim");
}

#[test]
fn who_joins_a_person_goes_with_them() {
    let f = run(
        "Bo Dahl was joined by Jo Kim at the launch.\n",
        &[("Bo Dahl", "Bo Dahl", P), ("Jo Kim", "Jo Kim", P)],
        None,
    );
    f.expect("Jo Kim accompanied Bo Dahl");
    // Past a phrase between the verb and its agent, and in a reduced relative clause.
    let found = read_by_rule(
        "Tom Ward was joined at the launch by Ann Lee and Max Roy. Judge Eva Sand, joined \
         by Judge Ian Holt, dissented.\n",
        Some("joined-by/passive"),
    );
    assert_eq!(
        found,
        [
            "Ann Lee accompanied Tom Ward",
            "Ian Holt accompanied Eva Sand",
            "Max Roy accompanied Tom Ward"
        ]
    );
    // Joining someone in an act goes with no one.
    let found = read_by_rule("Tom Ward joined Ann Lee in criticising the plan.\n", None);
    assert!(
        !found.iter().any(|r| r.contains("accompanied")),
        "{found:?}"
    );
    // A body joined by another in a venture is no companion of it.
    let f = run(
        "Acme Corp was joined by Zenith Bank in the venture.\n",
        &FIRMS,
        None,
    );
    f.assert_none("accompanied");
}

#[test]
fn the_nations_of_a_body_stand_for_it() {
    let f = run(
        "Bo Dahl called on G8 nations to fund the plan.\n",
        &[("Bo Dahl", "Bo Dahl", P), ("G8", "G8", O)],
        None,
    );
    f.expect("Bo Dahl appealed_to G8");
}

#[test]
fn sealing_a_pact_with_someone_carries_the_pact_noun() {
    let f = run(
        "Acme Corp struck a deal with the officials of Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    // A pact with no one named after it links no one.
    let f = run(
        "Acme Corp signed a deal with local farmers.\n",
        &FIRMS,
        None,
    );
    assert!(f.triples().is_empty(), "{:?}", f.triples());
}

#[test]
fn a_party_attacks_in_words() {
    let f = run(
        "The Zenith Party attacked Bo Dahl.\nRuritania attacked Freedonia.\n",
        &[
            ("Zenith Party", "Zenith Party", O),
            ("Bo Dahl", "Bo Dahl", P),
            ("Ruritania", "Ruritania", C),
            ("Freedonia", "Freedonia", C),
        ],
        None,
    );
    f.expect("Zenith Party criticized Bo Dahl");
    f.assert_none("Zenith Party attacked");
    f.expect("Ruritania attacked Freedonia");
    // The noun reads the party as the verb does.
    let f = run(
        "The Zenith Party stepped up its attack on Bo Dahl.\n",
        &[
            ("Zenith Party", "Zenith Party", O),
            ("its", "Zenith Party", O),
            ("Bo Dahl", "Bo Dahl", P),
        ],
        None,
    );
    f.expect("Zenith Party criticized Bo Dahl");
    f.assert_none("Zenith Party attacked");
}

/// A lawyer and a client.
const CLIENT: [(&str, &str, EntityKind); 2] = [
    ("Gareth Peirce", "Gareth Peirce", P),
    ("Tom Hale", "Tom Hale", P),
];

#[test]
fn a_lawyer_or_agent_represents_a_client_who_is_a_person() {
    for text in [
        "Gareth Peirce, lawyer for Tom Hale, said the case was weak.\n",
        "Gareth Peirce, who represents Tom Hale, said the case was weak.\n",
    ] {
        let f = run(text, &CLIENT, None);
        f.expect("Gareth Peirce represents Tom Hale");
    }
    // A lawyer at a firm works there.
    let firm = [
        ("Gareth Peirce", "Gareth Peirce", P),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "Gareth Peirce, a bankruptcy attorney at Zenith Bank, said the case was weak.\n",
        &firm,
        None,
    );
    f.expect("Gareth Peirce member_of Zenith Bank");
    f.assert_none("Gareth Peirce represents");
    // A spokesman for someone is no representative of theirs by title alone.
    let f = run(
        "Gareth Peirce, a spokesman for Tom Hale, said so.\n",
        &CLIENT,
        None,
    );
    f.assert_none("represents");
}

#[test]
fn a_title_of_the_year_is_an_award_not_a_post() {
    let names = [
        ("Dana Pell", "Dana Pell", P),
        ("Zenith League", "Zenith League", O),
    ];
    let f = run(
        "Dana Pell was twice Zenith League player of the year.",
        &names,
        None,
    );
    f.assert_none("Dana Pell member_of");
    let f = run(
        "Dana Pell was a Zenith League player for ten years.",
        &names,
        None,
    );
    f.expect("Dana Pell member_of Zenith League");
}

#[test]
fn a_venue_lies_in_the_place_named_after_it() {
    // A venue word after the name: "the Harbour Club hotel".
    let text = "The singer was found at the Harbour Club hotel in Leeds.\n";
    assert_eq!(
        read_by_rule(text, Some("office-in-place")),
        ["Harbour Club part_of Leeds"]
    );
    // A venue word ending the name, with the place after a comma.
    let text = "The talks were held in the Grand Corvin Hotel, Leeds, on Monday.\n";
    assert_eq!(
        read_by_rule(text, Some("place-in-place")),
        ["Grand Corvin Hotel part_of Leeds"]
    );
    // A body that is no venue names no place it lies in by a comma.
    let text = "The talks were held with Zentrix Securities, Leeds, on Monday.\n";
    assert_eq!(
        read_by_rule(text, Some("place-in-place")),
        Vec::<String>::new()
    );
}

#[test]
fn a_unit_of_an_owned_company_or_a_parent_in_apposition_is_part_of_it() {
    let text = "Zenith Motors, the US unit of Germany's Acme Corp, said sales rose.\n";
    assert_eq!(
        read_by_rule(text, Some("unit-of-owned-apposition")),
        ["Zenith Motors part_of Acme Corp"]
    );
    let text = "The strike hurt Acme Airlines, parent of Zenith Air, most.\n";
    assert_eq!(
        read_by_rule(text, Some("owner-apposition")),
        ["Zenith Air part_of Acme Airlines"]
    );
}

#[test]
fn a_player_competes_for_a_side_and_only_the_first_preposition_is_the_verbs() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("Freedonia", "Freedonia", C),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "Ann Lee, who used to compete for Freedonia, withdrew.",
        &names,
        None,
    );
    f.expect("Ann Lee member_of Freedonia");
    // The prize is what she competes for; the bank is the sponsor of the prize.
    let f = run(
        "Ann Lee will compete for the main prize for Zenith Bank on Monday.",
        &names,
        None,
    );
    f.assert_none("Ann Lee member_of");
}

#[test]
fn a_theatre_a_city_owns_lies_in_it() {
    let text = "The play opened at Belfast's Harbour Theatre on Friday.\n";
    assert_eq!(
        read_by_rule(text, Some("place-possessive")),
        ["Harbour Theatre part_of Belfast"]
    );
}

#[test]
fn a_states_attack_is_force_and_a_partys_attack_is_words() {
    let f = run(
        "Ruritania's attack on Freedonia began at dawn.\n",
        &FIRMS,
        None,
    );
    f.expect("Ruritania attacked Freedonia");
    f.assert_none("criticized");
    let names = [
        ("Labour", "Labour Party", O),
        ("Tories", "Conservative Party", O),
    ];
    let f = run("Labour's attack on the Tories was fierce.\n", &names, None);
    f.expect("Labour Party criticized Conservative Party");
}

#[test]
fn a_partys_member_word_before_a_name_makes_a_member() {
    let names = [
        ("Tory", "Conservative Party", O),
        ("Lib Dem", "Liberal Democrats", O),
        ("BBC", "BBC", O),
        ("Ann Lee", "Ann Lee", P),
        ("Bo Dahl", "Bo Dahl", P),
    ];
    let f = run(
        "Tory Ann Lee said the plan was wrong.\nLib Dem Bo Dahl agreed.\n",
        &names,
        None,
    );
    f.expect("Ann Lee member_of Conservative Party");
    f.expect("Bo Dahl member_of Liberal Democrats");
    // A body's name before a person's is no member word.
    let f = run("The BBC Ann Lee interview was aired.\n", &names, None);
    f.assert_none("member_of");
}

#[test]
fn a_plural_member_word_makes_each_listed_name_a_member() {
    let names = [
        ("Tories", "Conservative Party", O),
        ("Tory", "Conservative Party", O),
        ("Ann Lee", "Ann Lee", P),
        ("Bo Dahl", "Bo Dahl", P),
    ];
    let f = run(
        "Tories Ann Lee and Bo Dahl backed the plan.\n",
        &names,
        None,
    );
    f.expect("Ann Lee member_of Conservative Party");
    f.expect("Bo Dahl member_of Conservative Party");
    // A singular one is the first name's only.
    let f = run("Tory Ann Lee and Bo Dahl backed the plan.\n", &names, None);
    f.expect("Ann Lee member_of Conservative Party");
    f.assert_none("Bo Dahl member_of");
}

#[test]
fn giving_money_backs_and_giving_anything_else_does_not() {
    for text in [
        "Bo Dahl donated £50,000 to Acme Corp last year.\n",
        "Bo Dahl has previously given Acme Corp £50,000.\n",
        "Bo Dahl lent $2m to the Acme Corp.\n",
    ] {
        let f = run(text, &FIRMS, None);
        f.expect("Bo Dahl supports Acme Corp");
    }
    for text in [
        "Bo Dahl gave Acme Corp a warning.\n",
        "Bo Dahl gave evidence to Acme Corp last year.\n",
    ] {
        let f = run(text, &FIRMS, None);
        f.assert_none("supports");
    }
    let f = run("Bo Dahl will give Acme Corp £1m.\n", &FIRMS, None);
    let r = f.expect("Bo Dahl supports Acme Corp");
    assert_eq!(r.evidence.modality, crate::model::Modality::Planned);
}

#[test]
fn someone_based_at_a_body_works_there_and_at_a_place_lives_there() {
    let names = [
        ("Ann Lee", "Ann Lee", P),
        ("Wold Institute", "Wold Institute", O),
        ("Castrovia", "Castrovia", EntityKind::Place),
    ];
    for text in [
        "Professor Ann Lee, based at the Wold Institute, has studied games.\n",
        "Ann Lee, who is based at the Wold Institute, said so.\n",
    ] {
        let f = run(text, &names, None);
        f.expect("Ann Lee member_of Wold Institute");
    }
    let f = run("Ann Lee, based in Castrovia, said so.\n", &names, None);
    f.assert_none("member_of");
}

#[test]
fn a_committees_head_before_a_body_is_a_member_of_it_not_its_head() {
    let names = [
        ("Tom Hale", "Tom Hale", P),
        ("Zenith Assembly", "Zenith Assembly", O),
    ];
    let f = run(
        "Zenith Assembly committee chairman Tom Hale said the plan was flawed.\n",
        &names,
        None,
    );
    f.expect("Tom Hale member_of Zenith Assembly");
    f.assert_none("Tom Hale leads");
    // A party's own chairman still leads it.
    let f = run(
        "Zenith Assembly party chairman Tom Hale said the plan was flawed.\n",
        &names,
        None,
    );
    f.expect("Tom Hale leads Zenith Assembly");
}

#[test]
fn a_relative_clause_may_leave_out_its_verbs_object() {
    let names = [("Ruro Group", "Ruro Group", O), FIRMS[0], FIRMS[1]];
    let f = run(
        "Ruro Group, which Acme Corp bought last year, was closed.\n",
        &names,
        None,
    );
    f.expect("Ruro Group part_of Acme Corp");
    // The noun phrase after the verb opens a clause of its own: nothing is bought.
    let f = run(
        "Ruro Group, which Acme Corp said Zenith Bank was selling, was closed.\n",
        &names,
        None,
    );
    f.assert_none("part_of");
    // "who" is the subject, not the object.
    let f = run(
        "Bo Dahl, who Acme Corp hired last year, met Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.assert_none("Acme Corp");
}

#[test]
fn a_field_after_for_belongs_to_the_title() {
    let names = [("Labour", "Labour", O), ("Ann Lee", "Ann Lee", P), FIRMS[0]];
    let f = run(
        "Labour's minister for women Ann Lee criticised Acme Corp.\n",
        &names,
        None,
    );
    f.expect("Ann Lee member_of Labour");
    f.expect("Ann Lee criticized Acme Corp");
    f.assert_none("Labour criticized");
}

#[test]
fn a_role_at_a_body_may_come_before_the_name_it_describes() {
    let names = [("Acme Corp", "Acme Corp", O), ("Ann Lee", "Ann Lee", P)];
    let f = run(
        "A spokesman for Acme Corp, Ann Lee, said the plant would close.\n",
        &names,
        None,
    );
    f.expect("Ann Lee member_of Acme Corp");
    // The role read as a mention of someone in the whole extraction.
    assert_eq!(
        read_by_rule(
            "A spokesman for Acme Corp, Ann Lee, said the plant would close.\n",
            Some("role-before-name")
        ),
        ["Ann Lee member_of Acme Corp"]
    );
    // A list after the body: no name is set off.
    let names = [
        ("Acme Corp", "Acme Corp", O),
        ("Ann Lee", "Ann Lee", P),
        ("Zenith Bank", "Zenith Bank", O),
    ];
    let f = run(
        "A spokesman for Acme Corp, Ann Lee and Zenith Bank said nothing.\n",
        &names,
        None,
    );
    f.assert_none("Ann Lee member_of");
}

#[test]
fn an_ordinal_before_a_title_is_no_department() {
    let f = run(
        "Ann Fyfe, the 23rd chairman of the Walkers Alliance, spoke.\n",
        &[
            ("Ann Fyfe", "Ann Fyfe", P),
            ("Walkers Alliance", "Walkers Alliance", O),
        ],
        None,
    );
    f.expect("Ann Fyfe leads Walkers Alliance");
}

#[test]
fn what_is_sold_becomes_part_of_the_buyer_named_after_it() {
    let names = [FIRMS[0], FIRMS[1], ("Borford Group", "Borford Group", O)];
    let f = run(
        "Acme Corp completed the sale of Zenith Bank to Borford Group.\n",
        &names,
        None,
    );
    f.expect("Zenith Bank part_of Borford Group");
    f.assert_none("Acme Corp");
    // An owned unit named before its kind is what is sold; "the Zenith Bank unit" may
    // be a unit of Zenith Bank.
    let f = run(
        "Acme Corp sold its Zenith Bank unit to Borford Group.\n",
        &[("its", "Acme Corp", O), names[0], names[1], names[2]],
        None,
    );
    f.expect("Zenith Bank part_of Borford Group");
    let f = run(
        "Acme Corp sold the Zenith Bank unit to Borford Group.\n",
        &names,
        None,
    );
    f.assert_none("Zenith Bank part_of Borford Group");
}

#[test]
fn a_body_naming_someone_its_officer_makes_them_its_officer() {
    for text in [
        "Acme Corp said it named Bo Dahl its president.\n",
        "Acme Corp said it named Bo Dahl as its president.\n",
        "Acme Corp named Bo Dahl, a former banker, its president.\n",
    ] {
        let f = run(text, &[("it", "Acme Corp", O), FIRMS[0], FIRMS[4]], None);
        f.expect("Bo Dahl leads Acme Corp");
    }
}

#[test]
fn a_unit_named_with_its_place_before_an_apposition_is_a_part() {
    let names = [FIRMS[0], FIRMS[1], ("Maryland", "Maryland", L)];
    let f = run(
        "Zenith Bank of Maryland, a unit of Acme Corp, raised its rates.\n",
        &names,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
    f.assert_none("Maryland part_of");
}

#[test]
fn a_described_unit_after_a_copula_is_a_part() {
    for text in [
        "Zenith Bank is a wholly owned subsidiary of Acme Corp.\n",
        "Zenith Bank is the principal unit of Acme Corp, the company said.\n",
    ] {
        run(text, &FIRMS, None).expect("Zenith Bank part_of Acme Corp");
    }
    // A business of something else is no part of it.
    let f = run(
        "Zenith Bank is the biggest business of its kind in Acme Corp.\n",
        &FIRMS,
        None,
    );
    f.assert_none("part_of");
}

#[test]
fn a_title_of_a_described_body_before_a_name_links_them() {
    let f = run(
        "The outgoing head of the troubled Acme Corp Bo Dahl also earns an honour.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl leads Acme Corp");
}

#[test]
fn who_holds_a_purpose_does_what_its_infinitive_says() {
    let names = [FIRMS[0], FIRMS[1], ("Borford Group", "Borford Group", O)];
    for text in [
        "Acme Corp signed an agreement to acquire Zenith Bank.\n",
        "Acme Corp signed a letter of intent to acquire Zenith Bank.\n",
        "Acme Corp agreed in principle to acquire Zenith Bank.\n",
        "Acme Corp decided last week to acquire Zenith Bank.\n",
        "Acme Corp opened negotiations to acquire Zenith Bank.\n",
    ] {
        let f = run(text, &names, None);
        let r = f.expect("Zenith Bank part_of Acme Corp");
        assert_ne!(r.evidence.modality, Modality::Asserted, "{text}");
    }
    // Talks about a purchase are no purchase.
    let f = run(
        "Acme Corp is in advanced talks to acquire Zenith Bank.\n",
        &names,
        None,
    );
    assert!(
        f.relations
            .iter()
            .all(|r| r.evidence.modality != Modality::Asserted),
        "{:?}",
        f.relations
    );
    // The owner of the purpose, not the one who acts on it.
    let f = run(
        "Borford Group interfered with Acme Corp's plan to acquire Zenith Bank.\n",
        &names,
        None,
    );
    f.assert_none("Zenith Bank part_of Borford Group");
    // Past a phrase naming someone, that one is asked to do it, or paid for.
    let f = run(
        "Borford Group paid for him to acquire Zenith Bank.\n",
        &names,
        None,
    );
    f.assert_none("Zenith Bank part_of Borford Group");
    let f = run(
        "Borford Group called on Acme Corp to acquire Zenith Bank.\n",
        &names,
        None,
    );
    f.assert_none("Zenith Bank part_of Borford Group");
}

#[test]
fn a_purpose_denied_is_negated() {
    let f = run(
        "Acme Corp has no plans to acquire Zenith Bank.\n",
        &[FIRMS[0], FIRMS[1]],
        None,
    );
    let r = f.expect("Zenith Bank part_of Acme Corp");
    assert_eq!(r.evidence.modality, Modality::Negated);
}

#[test]
fn a_names_short_form_in_brackets_leaves_its_apposition_to_it() {
    let text = "Sales rose at Tokai Financial Group (TFG), Japan's second-largest bank.\n";
    assert_eq!(
        read_by_rule(text, Some("country-body-apposition")),
        ["Tokai Financial Group part_of Japan"]
    );
    let text = "Rates will rise, the head of the Orvia Trade Board (OTB), Ann Lee, said.\n";
    assert_eq!(
        read_by_rule(text, Some("role-before-name")),
        ["Ann Lee leads Orvia Trade Board"]
    );
}

#[test]
fn a_role_a_verb_of_being_gives_is_not_the_next_names() {
    let text = "Because Ann Lee is the head of the Orvia Trade Board, Bo Dahl said nothing.\n";
    let found = read_by_rule(text, Some("role-before-name"));
    assert!(found.iter().all(|r| !r.starts_with("Bo Dahl")), "{found:?}");
}

#[test]
fn a_role_at_a_body_placed_by_a_hyphened_participle_is_read() {
    let r = read_by_rule(
        "\"It will sell,\" said Tom Hale, a director at the Boston-based Acme Institute.",
        None,
    );
    assert!(
        r.contains(&"Tom Hale member_of Acme Institute".to_string()),
        "{r:?}"
    );
    assert!(
        r.contains(&"Acme Institute part_of Boston".to_string()),
        "{r:?}"
    );
    // The place is where one works, not what for; it still lies in the place before it.
    let r = read_by_rule(
        "\"It fell,\" said Tom Hale, a Norway-based fund manager.",
        None,
    );
    assert!(r.iter().all(|t| !t.contains("Norway")), "{r:?}");
    let r = read_by_rule("The Tulsa, Oklahoma-based firm has debts of $2bn.", None);
    assert_eq!(r, ["Tulsa part_of Oklahoma"]);
}

#[test]
fn a_role_in_a_body_described_then_named_in_apposition() {
    let r = read_by_rule(
        "Tom Hale, chief executive of the country's biggest brewer, Acme Breweries, said sales rose.",
        None,
    );
    assert_eq!(r, ["Tom Hale leads Acme Breweries"]);
    // A person named after the comma is no body.
    let r = read_by_rule(
        "Tom Hale, chief executive of the country's biggest brewer, Ann Lee, said sales rose.",
        None,
    );
    assert!(r.iter().all(|t| !t.contains("Ann Lee")), "{r:?}");
}

#[test]
fn a_places_demonym_after_a_possessive_names_no_place_within() {
    let r = read_by_rule(
        "Norway's former European champion Tom Hale won, as did Norway's Bergen club.",
        Some("place-possessive"),
    );
    assert_eq!(r, ["Bergen part_of Norway"]);
}

#[test]
fn a_word_in_quotes_heads_the_object_and_its_owner_is_the_target() {
    let r = read_by_rule("Tom Hale attacked Ann Lee's Labour 'lies' on Monday.", None);
    assert!(
        r.contains(&"Tom Hale criticized Ann Lee".to_string()),
        "{r:?}"
    );
    assert!(r.iter().all(|t| !t.contains("criticized Labour")), "{r:?}");
}

#[test]
fn support_pledged_or_weight_thrown_behind_another_backs_it() {
    let f = run(
        "Bo Dahl pledged his support to Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl supports Zenith Bank");
    let f = run("Acme Corp threw its weight behind Bo Dahl.\n", &FIRMS, None);
    f.expect("Acme Corp supports Bo Dahl");
    // Support given to a thing names no one it backs.
    let f = run("Bo Dahl gave his support to the bill.\n", &FIRMS, None);
    f.assert_none("supports");
}

#[test]
fn a_body_affiliated_to_another_is_one_of_its_members() {
    for text in [
        "Acme Corp, affiliated to Zenith Bank, raised its prices.\n",
        "Acme Corp, which is affiliated with Zenith Bank, raised its prices.\n",
    ] {
        run(text, &FIRMS, None).expect("Acme Corp member_of Zenith Bank");
    }
    // A person is no affiliate in this sense.
    let f = run("Bo Dahl, affiliated to Zenith Bank, spoke.\n", &FIRMS, None);
    f.assert_none("member_of");
}

#[test]
fn attacking_anothers_forecasts_criticises_it() {
    let f = run("Ruritania attacked Zenith Bank forecasts.\n", &FIRMS, None);
    f.expect("Ruritania criticized Zenith Bank");
    let f = run("Ruritania attacked the forecasts.\n", &FIRMS, None);
    f.assert_none("Ruritania");
}

#[test]
fn an_alliance_formed_with_another_allies_with_it_and_a_partnership_backs_it() {
    for text in [
        "Acme Corp has allied itself with Zenith Bank.\n",
        "Acme Corp formed an alliance with Zenith Bank.\n",
    ] {
        let f = run(text, &FIRMS, None);
        f.expect("Acme Corp allied_with Zenith Bank");
        f.assert_none("supports");
    }
    let f = run(
        "Acme Corp formed a partnership with Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    f.assert_none("allied_with");
}

#[test]
fn the_people_or_things_of_a_whose_clause_belong_to_the_name_before_it() {
    let f = run(
        "Acme Corp, whose board rejected an offer from Zenith Bank, said it would fight.\n",
        &FIRMS,
        None,
    );
    f.expect("Acme Corp rejected Zenith Bank");
    let f = run(
        "Zenith Bank, whose products are endorsed by Bo Dahl, grew.\n",
        &FIRMS,
        None,
    );
    f.expect("Bo Dahl supports Zenith Bank");
    // A board no name owns stands for no one.
    let f = run(
        "The firm whose board rejected an offer from Zenith Bank said it would fight.\n",
        &FIRMS,
        None,
    );
    f.assert_none("rejected");
}

#[test]
fn buying_from_a_company_whole_control_and_a_possessive_takeover() {
    let names = [
        ("Acme Corp", "Acme Corp", EntityKind::Organization),
        ("Zenith Bank", "Zenith Bank", EntityKind::Organization),
        ("Borford", "Borford", EntityKind::Organization),
    ];
    let f = run(
        "Acme Corp bought 36 planes from Zenith Bank.\n",
        &names,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    f.assert_none("part_of");
    let f = run(
        "Acme Corp ordered six planes from Zenith Bank.\n",
        &names,
        None,
    );
    f.expect("Acme Corp supports Zenith Bank");
    // Goods that could stand for a body's people, bought from it, make it no part of
    // the buyer.
    let f = run(
        "Acme Corp bought six jets from Zenith Bank.\n",
        &names,
        None,
    );
    f.assert_none("part_of");
    // Who gives a contract backs the one receiving it.
    let f = run(
        "Acme Corp received a 4.8 mln dlr contract from Zenith Bank.\n",
        &names,
        None,
    );
    f.expect("Zenith Bank supports Acme Corp");
    f.assert_none("Acme Corp supports");
    let f = run("Acme Corp is buying 100% of Zenith Bank.\n", &names, None);
    f.expect("Zenith Bank part_of Acme Corp");
    // A part of a company is a stake in it, no takeover.
    let f = run("Acme Corp is buying 10% of Zenith Bank.\n", &names, None);
    f.expect("Acme Corp supports Zenith Bank");
    f.assert_none("part_of");
    let f = run(
        "Acme Corp has taken control of Zenith Bank.\n",
        &names,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
    // Control of something the company owns is not control of the company.
    let f = run(
        "Acme Corp took control of Zenith Bank's London branch.\n",
        &names,
        None,
    );
    f.assert_none("part_of");
    let f = run(
        "After Zenith Bank's takeover by Acme Corp, jobs went.\n",
        &names,
        None,
    );
    f.expect("Zenith Bank part_of Acme Corp");
    let f = run("Zenith Bank, its investment unit, grew.\n", &names, None);
    f.assert_none("part_of");
    let f = run(
        "Borford, a Zenith Bank subsidiary, said sales rose.\n",
        &names,
        None,
    );
    f.expect("Borford part_of Zenith Bank");
}

#[test]
fn beating_a_rival_to_a_purchase_makes_it() {
    let names = [
        ("Acme Corp", "Acme Corp", EntityKind::Organization),
        ("Zenith Bank", "Zenith Bank", EntityKind::Organization),
        ("Borford", "Borford", EntityKind::Organization),
    ];
    let f = run("Acme Corp beat Zenith Bank to buy Borford.\n", &names, None);
    let r = f.expect("Borford part_of Acme Corp");
    assert_eq!(r.evidence.modality, Modality::Asserted);
    // Still only an aim: the purchase is not done.
    let f = run(
        "Acme Corp hopes to beat Zenith Bank to buy Borford.\n",
        &names,
        None,
    );
    let r = f.expect("Borford part_of Acme Corp");
    assert_ne!(r.evidence.modality, Modality::Asserted);
}

#[test]
fn a_name_in_apposition_to_a_prepositions_phrase_is_its_object() {
    let f = run(
        "Acme Corp's plan was praised by its old rival, Zenith Bank.\n",
        &FIRMS,
        None,
    );
    f.expect("Zenith Bank supports Acme Corp");
    // A name before a verb opens a clause of its own.
    let f = run(
        "Acme Corp's plan was praised by the press, Zenith Bank said.\n",
        &FIRMS,
        None,
    );
    f.assert_none("Zenith Bank supports");
}

#[test]
fn working_as_an_officer_of_a_body_states_the_post() {
    for text in [
        "Bo Dahl works as a director of Acme Corp.\n",
        "Bo Dahl, who acted as an adviser to Acme Corp, said sales rose.\n",
        "Bo Dahl is working as a spokesman for Acme Corp.\n",
    ] {
        run(text, &FIRMS, None).expect("Bo Dahl member_of Acme Corp");
    }
    // No title, no post.
    let f = run("Bo Dahl acted as a witness for Acme Corp.\n", &FIRMS, None);
    f.assert_none("Bo Dahl member_of");
}

#[test]
fn seeking_a_captives_release_backs_the_captive() {
    let names = [
        ("Acme Corp", "Acme Corp", EntityKind::Organization),
        ("Ann Lee", "Ann Lee", EntityKind::Person),
        ("Bo Dahl", "Bo Dahl", EntityKind::Person),
    ];
    for text in [
        "Bo Dahl has appealed for the release of aid worker Ann Lee.\n",
        "Acme Corp secured the release of Ann Lee.\n",
    ] {
        let f = run(text, &names, None);
        assert!(
            f.triples().iter().any(|t| t.ends_with("supports Ann Lee")),
            "{text}: {:?}",
            f.triples()
        );
    }
    // Reporting a release backs no one.
    let f = run("Bo Dahl announced the release of Ann Lee.\n", &names, None);
    f.assert_none("supports");
}

#[test]
fn a_quotation_going_on_into_the_next_sentence_keeps_its_speaker() {
    let names = [
        ("Dana Pell", "Dana Pell", EntityKind::Person),
        ("Zenco", "Zenco", EntityKind::Organization),
    ];
    for text in [
        "Dana Pell said: \"We will cut taxes. Zenco has failed the country.\"\n",
        // Each new sentence of a long quotation opens with a mark of its own.
        "Dana Pell said: \"We will cut taxes.\n\n\"Zenco has failed the country.\"\n",
    ] {
        let f = run(text, &names, None);
        let r = f.expect("Dana Pell criticized Zenco");
        assert_eq!(r.evidence.rule, "quoted-criticism");
    }
    // The quotation closed, what follows is the writer's.
    let f = run(
        "Dana Pell said: \"We will cut taxes.\" Zenco has failed the country.\n",
        &names,
        None,
    );
    f.assert_none("criticized");
}

#[test]
fn judging_an_actors_plans_judges_the_actor_but_undoing_a_bad_thing_does_not() {
    let names = [
        ("Dana Pell", "Dana Pell", EntityKind::Person),
        ("Zenco", "Zenco", EntityKind::Organization),
    ];
    let f = run(
        "Dana Pell said Zenco's plans were a shambles.\n",
        &names,
        None,
    );
    f.expect("Dana Pell criticized Zenco");
    let f = run(
        "Dana Pell said Zenco's plans would end the scandal of waiting lists.\n",
        &names,
        None,
    );
    f.assert_none("criticized");
}

#[test]
fn an_act_its_noun_denies_with_no_is_negated() {
    let f = run(
        "Acme Corp has no stake in Zenith Bank.\nBo Dahl took no action against Acme Corp.\n",
        &FIRMS,
        None,
    );
    let stake = f.expect("Acme Corp supports Zenith Bank");
    assert_eq!(stake.evidence.modality, Modality::Negated);
    let action = f.expect("Bo Dahl attacked Acme Corp");
    assert_eq!(action.evidence.modality, Modality::Negated);
    let f = run("Acme Corp has a stake in Zenith Bank.\n", &FIRMS, None);
    let stake = f.expect("Acme Corp supports Zenith Bank");
    assert_eq!(stake.evidence.modality, Modality::Asserted);
}

#[test]
fn what_a_speaker_says_of_themself_in_a_quotation_is_their_act() {
    for text in [
        "\"I have always supported Acme Corp here,\" Dana Pell said.\n",
        "Dana Pell told reporters: \"I have always supported Acme Corp here.\"\n",
    ] {
        let read = read_by_rule(text, None);
        assert!(
            read.contains(&"Dana Pell supports Acme Corp".to_string()),
            "{read:?}"
        );
    }
    // The writer's "I" is no one the article names.
    let read = read_by_rule(
        "Dana Pell spoke. I have always supported Acme Corp here.\n",
        None,
    );
    assert!(read.is_empty(), "{read:?}");
}

#[test]
fn a_clause_supposed_under_if_states_no_title() {
    // Read through a quotation's "I", which only the word patterns take as a subject.
    let member_of_read = |text: &str| {
        let x =
            crate::extract::extract(&Document::new("t", text), crate::extract::test_resources());
        x.relations
            .iter()
            .find(|r| r.relation == crate::model::Relation::MemberOf)
            .map(|r| {
                (
                    r.evidence.rule.as_str() == "title-copula",
                    r.evidence.modality,
                )
            })
    };
    assert_eq!(
        member_of_read("Dana Pell said: \"If I were a leader in Japan I would be concerned.\"\n"),
        Some((true, Modality::Hypothetical))
    );
    assert_eq!(
        member_of_read("Dana Pell said: \"When I was a leader in Japan I was concerned.\"\n"),
        Some((false, Modality::Asserted))
    );
}
