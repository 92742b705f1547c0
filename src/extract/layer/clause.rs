//! Clauses of a sentence view: for every verb group, its subjects, objects and
//! prepositional objects, read across adverbs, appositions, relative clauses and
//! coordination ("Canada and the EU, which ..., told Japan and Korea to ...").

use super::chunk::{Chunk, ChunkKind, Voice};
use super::view::Item;
use crate::extract::pattern::{self, Syntax};
use crate::model::{EntityKind, MentionForm, Modality};
use crate::text::tagger::Tag;

/// Most chunks a parenthetical ", ... ," may span and still be skipped on the way from a
/// verb to its subject ("X, a spokesman for the party, said").
pub const PARENTHETICAL_CHUNKS: usize = 12;

/// A noun phrase after a preposition: "with Y", "out at Y and Z".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepObject {
    /// Items of the preposition, a particle before it included ("out at").
    pub prep: (usize, usize),
    /// Noun-phrase chunks, coordinated ones included.
    pub nouns: Vec<usize>,
}

/// One verb group and its arguments, as chunk indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The verb group.
    pub verb: usize,
    /// Grammatical subjects (for a passive, what undergoes the act).
    pub subjects: Vec<usize>,
    /// Direct objects, or a copula's complement.
    pub objects: Vec<usize>,
    /// Prepositional objects after the verb and its object, in order.
    pub preps: Vec<PrepObject>,
    /// Modality of the verb group, with the clause's (a condition, a question, a
    /// complement of a wish).
    pub modality: Modality,
    /// Active or passive.
    pub voice: Voice,
}

impl Frame {
    /// The agents of a passive, after "by": "was criticised by Y", and past a phrasal
    /// verb's particle and what follows it, "was snapped up (days later) by Y".
    pub fn agents(&self, items: &[Item], chunks: &[Chunk]) -> Vec<usize> {
        let particle = chunks[self.verb].verb.particle;
        self.preps
            .iter()
            .find(|p| {
                items[p.prep.1 - 1].is("by")
                    && (p.prep.1 - p.prep.0 == 1 || Some(p.prep.0) == particle)
            })
            .map(|p| p.nouns.clone())
            .unwrap_or_default()
    }

    /// The first use of preposition `prep` after the verb, if any.
    pub fn first_prep(&self, items: &[Item], prep: &[String]) -> Option<&PrepObject> {
        self.preps.iter().find(|p| {
            p.prep.1 - p.prep.0 == prep.len()
                && items[p.prep.0..p.prep.1]
                    .iter()
                    .zip(prep)
                    .all(|(it, w)| it.lower == *w)
        })
    }
}

/// The frames of a sentence's chunks, one per verb group; a copula's complement ("is a
/// member of Y") stands as its object.
pub fn frames(items: &[Item], chunks: &[Chunk], syn: &Syntax) -> Vec<Frame> {
    let question = items.last().is_some_and(|it| it.is("?"));
    let mut out: Vec<Frame> = Vec::new();
    for (k, c) in chunks.iter().enumerate() {
        if c.kind != ChunkKind::Verb {
            continue;
        }
        let reduced = reduced_passive(items, chunks, k);
        let subjects = match reduced {
            true => reduced_subjects(items, chunks, k),
            false => subjects(items, chunks, k, &out, syn),
        };
        let (mut objects, preps) = complements(items, chunks, k, syn);
        if objects.is_empty() && !reduced && c.verb.voice == Voice::Active {
            objects = object_relative(items, chunks, k, &subjects, syn);
        }
        let mut modality = c.verb.modality;
        // "flew to Cairo to meet Y": what the going was for is as sure as the going.
        // "Acme beat Zenith to buy Ruro": as sure as the beating.
        let went = out
            .last()
            .filter(|f| purpose_after(items, chunks, f.verb, k, syn))
            .or_else(|| {
                let np = k.checked_sub(1)?;
                (chunks[np].kind == ChunkKind::Noun)
                    .then(|| controlling_frame(items, chunks, k, np, &out, syn))
                    .flatten()
            });
        if let Some(went) = went {
            modality = pattern::stronger(modality, went.modality);
        } else if c.verb.infinitive {
            // "urged Y to reject Z", "wants Putin to attack": asked or wished, not done.
            modality = pattern::stronger(modality, Modality::Hypothetical);
        }
        if c.verb.infinitive && purpose_denied(items, chunks, k, syn) {
            modality = Modality::Negated;
        }
        let opener = subjects.iter().min().copied().unwrap_or(k);
        modality = pattern::stronger(modality, clause_modality(items, chunks, opener, c, syn));
        modality = pattern::stronger(modality, complement_modality(items, chunks, opener, k, syn));
        if question {
            modality = pattern::stronger(modality, Modality::Hypothetical);
        }
        out.push(Frame {
            verb: k,
            subjects,
            objects,
            preps,
            modality,
            voice: if reduced {
                Voice::Passive
            } else {
                c.verb.voice
            },
        });
    }
    fronted_participle_subjects(items, chunks, &mut out);
    trailing_participle_subjects(items, chunks, syn, &mut out);
    out
}

/// "X resigned from Y after criticising Z", "X smiled while greeting Y": a participle
/// after a subordinating word acts with the subject of the clause before it, and is as
/// sure as that clause ("X will meet Y before flying to Z"); after a predicative word
/// and an object, with the object ("quoted Lyng as telling Kato").
fn trailing_participle_subjects(
    items: &[Item],
    chunks: &[Chunk],
    syn: &Syntax,
    frames: &mut [Frame],
) {
    for i in 1..frames.len() {
        let k = frames[i].verb;
        let subordinated =
            chunks[k - 1].kind == ChunkKind::Sub && syn.subordinates(items[chunks[k - 1].head].sym);
        if !frames[i].subjects.is_empty() || items[chunks[k].head].tag != Tag::Vbg || !subordinated
        {
            continue;
        }
        let Some(main) = frames[..i].iter().rev().find(|f| !f.subjects.is_empty()) else {
            continue;
        };
        let predicative = syn.predicative.has(items[chunks[k - 1].head].sym);
        let subjects = match predicative && !main.objects.is_empty() {
            true => main.objects.clone(),
            false => main.subjects.clone(),
        };
        let modality = match main.modality {
            Modality::Planned | Modality::Hypothetical => main.modality,
            _ => Modality::Asserted,
        };
        frames[i].subjects = subjects;
        frames[i].modality = pattern::stronger(frames[i].modality, modality);
    }
}

/// "Speaking in Cairo, X said", "While visiting Beijing, X noted": a participle opening
/// the sentence, alone or after a subordinating word, acts with the subject of the
/// clause after its comma.
fn fronted_participle_subjects(items: &[Item], chunks: &[Chunk], frames: &mut [Frame]) {
    let Some(first) = frames.first() else {
        return;
    };
    let opens = first.verb == 0
        || (first.verb == 1
            && chunks[0].end == chunks[0].start + 1
            && chunks[0].kind != ChunkKind::Noun);
    if !opens || !first.subjects.is_empty() || items[chunks[first.verb].head].tag != Tag::Vbg {
        return;
    }
    let Some(comma) = (first.verb..chunks.len()).find(|&j| chunks[j].kind == ChunkKind::Comma)
    else {
        return;
    };
    let main = frames.iter().find(|f| {
        f.verb > comma
            && chunks[f.verb].verb.finite
            && f.subjects.first().is_some_and(|&s| s > comma)
    });
    if let Some(subjects) = main.map(|f| f.subjects.clone()) {
        frames[0].subjects = subjects;
    }
}

/// A bare past participle with its agent, standing for a passive relative clause:
/// "a ranch owned by Acme", "Zenith, bought by Acme last year,". Unless set off by a
/// comma, the sentence has a main verb besides; without one the word is that verb in
/// the past: "Acme stood by Zenith".
fn reduced_passive(items: &[Item], chunks: &[Chunk], k: usize) -> bool {
    let c = &chunks[k];
    let after_comma = k > 0 && chunks[k - 1].kind == ChunkKind::Comma;
    // A past form read as a participle counts too: "the venture owned by Acme named
    // new suppliers".
    let main_verb = || {
        chunks.iter().enumerate().any(|(j, o)| {
            let past = o.verb.finite || matches!(items[o.head].tag, Tag::Vbd | Tag::Vbn);
            j != k && o.kind == ChunkKind::Verb && past
        })
    };
    c.verb.voice == Voice::Active
        && c.start == c.head
        && items[c.head].tag == Tag::Vbn
        && chunks
            .get(k + 1)
            .is_some_and(|p| p.kind == ChunkKind::Prep && items[p.head].is("by"))
        && (after_comma || main_verb())
}

/// What a reduced passive relative at `k` speaks of: the noun phrase right before it
/// and the name that phrase describes ("Hato, a ranch owned by Acme"), or the name
/// before a comma ("Zenith, bought by Acme"). Nothing further back: in "spoke at a
/// meeting sponsored by Acme" the speaker was not sponsored.
fn reduced_subjects(items: &[Item], chunks: &[Chunk], k: usize) -> Vec<usize> {
    if let Some(noun) = reduced_antecedent(chunks, k) {
        return coordinated_left(items, chunks, noun);
    }
    let Some(noun) = k
        .checked_sub(1)
        .filter(|&j| chunks[j].kind == ChunkKind::Noun)
    else {
        return Vec::new();
    };
    let in_phrase = noun
        .checked_sub(1)
        .is_some_and(|p| chunks[p].kind == ChunkKind::Prep);
    if in_phrase {
        return Vec::new();
    }
    let mut out = vec![noun];
    out.extend(apposition_head(items, chunks, k));
    out
}

/// The noun phrase a reduced relative after a comma speaks of: "Zenith, bought by
/// Acme". Not one inside a prepositional phrase: in "the deal with Zenith, backed by
/// the EU" the deal is backed.
fn reduced_antecedent(chunks: &[Chunk], k: usize) -> Option<usize> {
    let comma = k
        .checked_sub(1)
        .filter(|&j| chunks[j].kind == ChunkKind::Comma)?;
    let noun = comma
        .checked_sub(1)
        .filter(|&j| chunks[j].kind == ChunkKind::Noun)?;
    let in_phrase = noun
        .checked_sub(1)
        .is_some_and(|p| chunks[p].kind == ChunkKind::Prep);
    (!in_phrase).then_some(noun)
}

/// The name an apposition right before verb group `k` describes: in "Hato, a cattle
/// ranch owned by Acme" the ranch owned is Hato. The name may sit in a prepositional
/// phrase, as the description says whom it speaks of: "the future of Perrier, the
/// mineral water owned by Nestle"; not in one opening the sentence, where the
/// description is the subject: "After talks with Zenith, the firm owned by Acme said".
fn apposition_head(items: &[Item], chunks: &[Chunk], k: usize) -> Option<usize> {
    let desc = k
        .checked_sub(1)
        .filter(|&j| chunks[j].kind == ChunkKind::Noun && items[chunks[j].start].tag == Tag::Dt)?;
    let comma = desc
        .checked_sub(1)
        .filter(|&j| chunks[j].kind == ChunkKind::Comma)?;
    // A description after a dash may sum up the clause before it: "a role in the EMS -
    // a proposal that has met a cool response".
    let clause_before = chunks[..comma].iter().any(|c| c.kind == ChunkKind::Verb)
        && items[chunks[comma].head].is(",");
    reduced_antecedent(chunks, comma + 1).or_else(|| {
        comma
            .checked_sub(1)
            .filter(|&j| chunks[j].kind == ChunkKind::Noun && clause_before)
    })
}

/// What the subordinating word opening a clause makes of it: "if X attacks Y" is a
/// condition; "when he visits Y later this month" is still to come.
fn clause_modality(
    items: &[Item],
    chunks: &[Chunk],
    first: usize,
    verb: &Chunk,
    syn: &Syntax,
) -> Modality {
    let Some(sub) = first.checked_sub(1).map(|k| &chunks[k]) else {
        return Modality::Asserted;
    };
    let word = items[sub.head].sym;
    // "after he visits Y" opens a clause as "when" does.
    let opens = sub.kind == ChunkKind::Sub || sub.kind == ChunkKind::Prep && syn.temporal.has(word);
    if !opens {
        return Modality::Asserted;
    }
    if syn.conditional.has(word) {
        Modality::Hypothetical
    } else if syn.temporal.has(word) && verb.verb.present {
        Modality::Planned
    } else {
        Modality::Asserted
    }
}

/// What the word governing a clause as its complement makes of it: "X denied he had
/// told Y" told no one; "amid reports that X had met Y" and "he alleges X met Y" are
/// only reported.
fn complement_modality(
    items: &[Item],
    chunks: &[Chunk],
    first: usize,
    verb: usize,
    syn: &Syntax,
) -> Modality {
    // A subject away from its verb is one shared with an earlier verb: in "X denied he
    // was pressured, but told Y" the telling is no part of the denial.
    if first + 1 != verb {
        return Modality::Asserted;
    }
    // "that" before the subject, whether tagged as a subordinator or a relative: a
    // relative "that" would itself be the subject.
    let mut j = first;
    let that = |c: &Chunk| {
        matches!(c.kind, ChunkKind::Sub | ChunkKind::Relative) && items[c.head].is("that")
    };
    if j > 0 && that(&chunks[j - 1]) {
        j -= 1;
    }
    let Some(gov) = j.checked_sub(1).map(|k| &chunks[k]) else {
        return Modality::Asserted;
    };
    let word = items[gov.head].sym;
    match gov.kind {
        ChunkKind::Verb if syn.denial_verbs.has(word) => Modality::Negated,
        ChunkKind::Verb if syn.hearsay_verbs.has(word) => Modality::Hypothetical,
        ChunkKind::Noun if syn.hearsay_nouns.has(word) && !confirmed(items, chunks, j - 1, syn) => {
            Modality::Hypothetical
        }
        _ => Modality::Asserted,
    }
}

/// Whether a confirming verb governs the noun phrase at `np`: "confirmed reports".
fn confirmed(items: &[Item], chunks: &[Chunk], np: usize, syn: &Syntax) -> bool {
    np.checked_sub(1).is_some_and(|k| {
        chunks[k].kind == ChunkKind::Verb && syn.confirming_verbs.has(items[chunks[k].head].sym)
    })
}

/// Whether one phrase that is no argument stands between the verb at `j` and the
/// infinitive at `k`: a preposition's phrase naming no one ("agreed in principle to
/// buy"; but "called on Acme to buy", "paid for him to fly"), an adverb ("acted wisely
/// to protect") or a bare time ("voted Tuesday to urge"). Past more ("came to the
/// market with an issue likely to be led by Y") the infinitive belongs to a noun.
fn one_phrase_between(items: &[Item], chunks: &[Chunk], j: usize, k: usize, syn: &Syntax) -> bool {
    match k - j {
        2 => adverbial(items, &chunks[j + 1], syn),
        3 => {
            let noun = &items[chunks[j + 2].head];
            chunks[j + 1].kind == ChunkKind::Prep
                && noun.slot.is_none()
                && !matches!(noun.tag, Tag::Prp | Tag::PrpS)
        }
        _ => false,
    }
}

/// Whether noun phrase `c` is a purpose (the rules' `intent_nouns`): "an agreement",
/// "no plans".
fn purpose_noun(items: &[Item], c: &Chunk, syn: &Syntax) -> bool {
    c.kind == ChunkKind::Noun && syn.intent_nouns.has(items[c.head].sym)
}

/// The subjects of verb group `k`: the noun phrase before it, past adverbs,
/// prepositional phrases and parentheticals; the antecedent of a relative pronoun; the
/// subject of the verb it is coordinated with.
fn subjects(
    items: &[Item],
    chunks: &[Chunk],
    k: usize,
    earlier: &[Frame],
    syn: &Syntax,
) -> Vec<usize> {
    let mut j = k;
    // The last parenthetical passed, as its opening and closing commas.
    let mut parenthetical: Option<(usize, usize)> = None;
    while j > 0 {
        j -= 1;
        let c = &chunks[j];
        match c.kind {
            // "X at first told Y", "X at last bought Y": a preposition and one word
            // that is no noun phrase.
            ChunkKind::Other
                if c.end == c.start + 1 && j > 0 && chunks[j - 1].kind == ChunkKind::Prep =>
            {
                j -= 1;
                continue;
            }
            ChunkKind::Other if items[c.head].tag.is_adverb() => continue,
            // "X will be in Cairo next week to meet Y": a bare phrase of time.
            ChunkKind::Noun
                if items[c.head].is_time_noun(syn)
                    && j > 0
                    && chunks[j - 1].kind != ChunkKind::Prep =>
            {
                continue
            }
            // "Acme signed an agreement to buy Zenith": who holds the purpose does it;
            // "interfered with Zenith's plan to buy Y": not the one before it.
            ChunkKind::Noun if chunks[k].verb.infinitive && purpose_noun(items, c, syn) => {
                return intent_holders(items, chunks, j, earlier).unwrap_or_else(|| vec![j]);
            }
            ChunkKind::Noun => {
                // "the leader of the union said": the union is not the subject; but
                // "after the court backed Y": a temporal word before a noun phrase and a
                // tensed verb opens a clause.
                let prep = j.checked_sub(1).map(|p| &chunks[p]);
                let opens_clause = prep.is_some_and(|p| syn.subordinates(items[p.head].sym))
                    && chunks[k].verb.finite;
                // "the visit to China was cancelled": China is not the subject; but
                // "Secretary to the Treasury Paul Boateng said", "Speaking to the
                // committee he said": a person after "to" is.
                let person_after_to = prep.is_some_and(|p| items[p.head].is("to"))
                    && items[c.head]
                        .slot
                        .is_some_and(|s| s.kind == EntityKind::Person);
                // "Labour hit back, with Alan Milburn accusing Mr Howard of lying": the
                // noun phrase a participle follows right after "with" is its subject.
                // Not a people ("with Britons requesting"), nor some of them ("with three
                // Democrats joining").
                let named = items[c.head]
                    .slot
                    .is_some_and(|s| s.form == MentionForm::Name)
                    && items[c.start].tag != Tag::Cd;
                let absolute = j + 1 == k
                    && named
                    && items[chunks[k].head].tag == Tag::Vbg
                    && prep.is_some_and(|p| {
                        p.kind == ChunkKind::Prep && syn.absolute_preps.has(items[p.head].sym)
                    });
                if absolute {
                    return vec![j];
                }
                if !opens_clause
                    && !person_after_to
                    && prep.is_some_and(|p| p.kind == ChunkKind::Prep)
                {
                    j -= 1;
                    continue;
                }
                if let Some(f) = controlling_frame(items, chunks, k, j, earlier, syn) {
                    return f.subjects.clone();
                }
                if let Some(names) = appositive_names(items, chunks, j, parenthetical) {
                    return names;
                }
                // "Acme criticised Zenith and Borford is angry": a verb agreeing with
                // one subject has the last name only.
                if agrees_with_one(items, &chunks[k]) {
                    return vec![j];
                }
                return coordinated_left(items, chunks, j);
            }
            ChunkKind::Comma => match parenthetical_start(items, chunks, j) {
                Some(open) => {
                    parenthetical = Some((open, j));
                    j = open;
                }
                None if j + 1 == k && items[chunks[k].head].tag == Tag::Vbg => {
                    // "Labour hit back, accusing Mr Howard of lying": a participle after
                    // the clause acts with its subject; "Mr Straw, visiting Beijing,
                    // said": one right after the subject, with it.
                    return earlier
                        .iter()
                        .rev()
                        .find(|f| {
                            f.verb < j && !f.subjects.is_empty() && chunks[f.verb].verb.finite
                        })
                        .map(|f| f.subjects.clone())
                        .or_else(|| {
                            reduced_antecedent(chunks, k)
                                .map(|n| coordinated_left(items, chunks, n))
                        })
                        .unwrap_or_default();
                }
                None => return Vec::new(),
            },
            ChunkKind::Relative => return antecedent(items, chunks, j),
            // Past the destination, the one who went does what the infinitive says; and
            // past phrases that name no one, the subject of the verb: "Acme agreed in
            // principle to buy Zenith".
            ChunkKind::Verb
                if purpose_after(items, chunks, j, k, syn)
                    || (one_phrase_between(items, chunks, j, k, syn)
                        && chunks[k].verb.infinitive
                        && chunks[j].verb.finite) =>
            {
                return earlier
                    .iter()
                    .find(|f| f.verb == j)
                    .map(|f| f.subjects.clone())
                    .unwrap_or_default();
            }
            ChunkKind::Conj | ChunkKind::Coord => {
                // "X met Y and criticised Z": the subject of the verb before; "X had
                // the chance to act and failed": not of an infinitive between.
                return earlier
                    .iter()
                    .rev()
                    .find(|f| {
                        f.verb < j && !f.subjects.is_empty() && !chunks[f.verb].verb.infinitive
                    })
                    .map(|f| f.subjects.clone())
                    .unwrap_or_default();
            }
            _ => return Vec::new(),
        }
    }
    Vec::new()
}

/// Whether the infinitive at `k` says what the verb at `j` went or was somewhere for:
/// "X flew to Cairo on Monday to meet Y", "X will be in Cairo next week to meet Y";
/// not past another phrase ("came to the market with an issue likely to be led by
/// Y"), nor after a copula with no place ("X is to meet Y", "X is due to meet Y").
fn purpose_after(items: &[Item], chunks: &[Chunk], j: usize, k: usize, syn: &Syntax) -> bool {
    let (verb, between) = (&chunks[j], &chunks[j + 1..k]);
    let somewhere = || {
        between
            .iter()
            .any(|c| c.kind == ChunkKind::Prep && syn.locative.has(items[c.head].sym))
            && between
                .iter()
                .all(|c| matches!(c.kind, ChunkKind::Prep | ChunkKind::Noun))
    };
    chunks[k].verb.infinitive
        && verb.kind == ChunkKind::Verb
        && (syn.motion_verbs.has(items[verb.head].sym) || (verb.verb.copula && somewhere()))
        && only_places_and_times(items, between, syn)
}

/// Whether every preposition among `chunks` says where or when: "to Cairo", "in May",
/// "on Monday", "for the first time".
fn only_places_and_times(items: &[Item], chunks: &[Chunk], syn: &Syntax) -> bool {
    chunks.iter().all(|c| {
        let head = &items[c.head];
        c.kind != ChunkKind::Prep
            || syn.locative.has(head.sym)
            || syn.destination_preps.has(head.sym)
    })
}

/// Whether the infinitive at `k` follows a purpose denied: "has no plans to start talks
/// with Y", "no intention to sell".
fn purpose_denied(items: &[Item], chunks: &[Chunk], k: usize, syn: &Syntax) -> bool {
    k.checked_sub(1)
        .is_some_and(|np| purpose_noun(items, &chunks[np], syn) && items[chunks[np].start].is("no"))
}

/// Who does what an infinitive says after a purpose at `np` that a verb takes as its
/// object: the verb's subjects ("Acme signed an agreement to buy Zenith", "Acme signed
/// a letter of intent to buy Zenith").
fn intent_holders(
    items: &[Item],
    chunks: &[Chunk],
    np: usize,
    earlier: &[Frame],
) -> Option<Vec<usize>> {
    // "said Reagan's decision to impose sanctions", "approve its plan to buy Y": the
    // owner holds it, not the speaker or the one approving.
    let owner_pronoun = items[chunks[np].start].slot.is_some()
        && matches!(items[chunks[np].start].tag, Tag::Prp | Tag::PrpS);
    if chunks[np].possessor.is_some() || owner_pronoun {
        return None;
    }
    // "a letter of intent": the phrase the verb takes is the one before "of".
    let object = match np.checked_sub(2) {
        Some(o)
            if chunks[np - 1].kind == ChunkKind::Prep
                && items[chunks[np - 1].head].is("of")
                && chunks[o].kind == ChunkKind::Noun =>
        {
            o
        }
        _ => np,
    };
    let verb = object.checked_sub(1)?;
    earlier
        .iter()
        .find(|f| f.verb == verb && f.objects.contains(&object) && !f.subjects.is_empty())
        .map(|f| f.subjects.clone())
}

/// The frame whose subject does what the infinitive at `k` says when its object, the
/// noun phrase at `np`, stands before it: "Acme beat Zenith to buy Ruro" (the rules'
/// `subject_control` verbs). For other verbs the object does it ("urged Zenith to buy").
fn controlling_frame<'f>(
    items: &[Item],
    chunks: &[Chunk],
    k: usize,
    np: usize,
    earlier: &'f [Frame],
    syn: &Syntax,
) -> Option<&'f Frame> {
    let verb = np.checked_sub(1)?;
    let controls = chunks[verb].kind == ChunkKind::Verb
        && syn.subject_control.has(items[chunks[verb].head].sym);
    if !chunks[k].verb.infinitive || !controls {
        return None;
    }
    earlier.iter().find(|f| f.verb == verb)
}

/// The object a relative clause leaves out, when verb group `k` has its subject right
/// after "which" or "whom" and nothing after it: in "Zenith, which Acme bought last
/// year,", what Acme bought is Zenith.
fn object_relative(
    items: &[Item],
    chunks: &[Chunk],
    k: usize,
    subjects: &[usize],
    syn: &Syntax,
) -> Vec<usize> {
    let Some(rel) = subjects.iter().min().and_then(|s| s.checked_sub(1)) else {
        return Vec::new();
    };
    let pronoun = &items[chunks[rel].head];
    let object_pronoun =
        chunks[rel].kind == ChunkKind::Relative && (pronoun.is("which") || pronoun.is("whom"));
    // "Acme, which Zenith said was sold": the noun phrase after the verb opens a clause.
    let next = chunks[k + 1..].iter().find(|c| !adverbial(items, c, syn));
    if !object_pronoun || next.is_some_and(|c| c.kind == ChunkKind::Noun) {
        return Vec::new();
    }
    antecedent(items, chunks, rel)
}

/// The noun phrase a relative pronoun at `j` refers to: "X, who ...", "the firm that ...",
/// and the name a description before it is of.
fn antecedent(items: &[Item], chunks: &[Chunk], j: usize) -> Vec<usize> {
    let mut a = j;
    if a > 0 && chunks[a - 1].kind == ChunkKind::Comma {
        a -= 1;
    }
    match a.checked_sub(1) {
        // "Dr Greenspan, 79, who ...": an age is no antecedent; the name before it is.
        Some(n)
            if n >= 2 && is_age(items, &chunks[n]) && chunks[n - 1].kind == ChunkKind::Comma =>
        {
            match chunks[n - 2].kind {
                ChunkKind::Noun => coordinated_left(items, chunks, n - 2),
                _ => Vec::new(),
            }
        }
        Some(n) if chunks[n].kind == ChunkKind::Noun => {
            // "X, a Republican from Ohio who served in Congress": "who" speaks of a
            // person, not of the place that ends the description.
            if let Some(desc) = description_before_place(items, chunks, n, j) {
                let mut out = coordinated_left(items, chunks, desc);
                out.extend(apposition_head(items, chunks, desc + 1));
                return out;
            }
            // "Rosneft, the company that bought Yugansk": the name the description is of.
            let mut out = coordinated_left(items, chunks, n);
            if items[chunks[n].head].slot.is_none() {
                out.extend(apposition_head(items, chunks, n + 1));
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The unnamed description a place phrase at `n` ends, when relative pronoun `j` is
/// "who": "a Republican from Ohio who ..." (the chunk of "a Republican").
fn description_before_place(items: &[Item], chunks: &[Chunk], n: usize, j: usize) -> Option<usize> {
    let place = items[chunks[n].head]
        .slot
        .is_some_and(|s| matches!(s.kind, EntityKind::Place | EntityKind::Country));
    if !place || !items[chunks[j].head].is("who") || n < 2 {
        return None;
    }
    let desc = n - 2;
    (chunks[n - 1].kind == ChunkKind::Prep
        && chunks[desc].kind == ChunkKind::Noun
        && items[chunks[desc].head].slot.is_none())
    .then_some(desc)
}

/// A noun phrase that is one number: an age in "X, 79, who".
fn is_age(items: &[Item], c: &Chunk) -> bool {
    c.kind == ChunkKind::Noun && c.end == c.start + 1 && items[c.start].tag == Tag::Cd
}

/// The comma opening the parenthetical that the comma at `close` ends, when what lies
/// between is an apposition, a relative clause or an aside: ", a spokesman for Y,",
/// ", who was elected in May,", ", however,".
fn parenthetical_start(items: &[Item], chunks: &[Chunk], close: usize) -> Option<usize> {
    let lo = close.saturating_sub(PARENTHETICAL_CHUNKS);
    let mut commas = (lo..close)
        .rev()
        .filter(|&p| chunks[p].kind == ChunkKind::Comma);
    let open = commas.next()?;
    let set_off = set_off_from(items, chunks, open, close);
    // "Euronext, which combines the Paris, Amsterdam and Lisbon exchanges, began": the
    // last comma of a list inside a relative or participle clause opens none.
    let list_tail = open > 0
        && chunks[open - 1].kind == ChunkKind::Noun
        && chunks[open + 1..close]
            .iter()
            .any(|c| c.kind == ChunkKind::Coord);
    let clause = |o: &usize| {
        let first = &chunks[o + 1];
        let opens_clause = first.kind == ChunkKind::Relative
            || first.kind == ChunkKind::Verb && items[first.head].tag == Tag::Vbg;
        opens_clause && set_off_from(items, chunks, *o, close).is_some()
    };
    match list_tail {
        true => commas.find(clause).or(set_off),
        false => set_off,
    }
}

/// `open` when the chunks between the commas at `open` and `close` are an
/// apposition, a relative clause, a participle's clause or an aside.
fn set_off_from(items: &[Item], chunks: &[Chunk], open: usize, close: usize) -> Option<usize> {
    let inner = &chunks[open + 1..close];
    if inner.is_empty() || inner.iter().any(|c| c.kind == ChunkKind::Stop) {
        return None;
    }
    let first = inner[0];
    let apposition = first.kind == ChunkKind::Noun
        && !inner
            .iter()
            .any(|c| c.kind == ChunkKind::Verb && c.verb.finite);
    let relative = first.kind == ChunkKind::Relative;
    // ", visiting Beijing,", ", speaking in Cairo on Monday,": a participle's clause.
    let participle = first.kind == ChunkKind::Verb
        && items[first.head].tag == Tag::Vbg
        && !inner
            .iter()
            .any(|c| c.kind == ChunkKind::Verb && c.verb.finite);
    // ", however,", ", in a statement,".
    let aside =
        (inner.len() <= 3 && items[first.head].tag.is_adverb()) || first.kind == ChunkKind::Prep;
    (apposition || relative || aside || participle).then_some(open)
}

/// "The two leaders, X and Y, met": a subject at `j` naming no one stands for the
/// names in the apposition right after it, between the commas of `parenthetical`.
fn appositive_names(
    items: &[Item],
    chunks: &[Chunk],
    j: usize,
    parenthetical: Option<(usize, usize)>,
) -> Option<Vec<usize>> {
    let (open, close) = parenthetical.filter(|&(open, _)| open == j + 1)?;
    if items[chunks[j].head].slot.is_some() {
        return None;
    }
    let inner = open + 1..close;
    let listed = inner.clone().all(|p| {
        let c = &chunks[p];
        match c.kind {
            ChunkKind::Noun => items[c.head].slot.is_some(),
            ChunkKind::Coord | ChunkKind::Comma => true,
            _ => false,
        }
    });
    listed.then(|| {
        inner
            .filter(|&p| chunks[p].kind == ChunkKind::Noun)
            .collect()
    })
}

/// The noun phrase at `j` with those coordinated before it: "X, Y and Z", "X and Y".
fn coordinated_left(items: &[Item], chunks: &[Chunk], j: usize) -> Vec<usize> {
    let mut out = vec![j];
    let mut p = j;
    let mut saw_conj = false;
    while p >= 2 {
        let sep = &chunks[p - 1];
        let joined = match sep.kind {
            ChunkKind::Coord => true,
            // "X, Y and Z" only once "and" has been read: "X, Y" alone is an apposition.
            ChunkKind::Comma => saw_conj,
            _ => false,
        };
        // "X, Y, and Z": a comma before the "and" of a list of three or more.
        if sep.kind == ChunkKind::Coord && p >= 5 && serial_comma_before(items, chunks, p - 1) {
            p -= 3;
            out.push(p);
            saw_conj = true;
            continue;
        }
        if !joined || chunks[p - 2].kind != ChunkKind::Noun {
            break;
        }
        saw_conj |= sep.kind == ChunkKind::Coord;
        p -= 2;
        out.push(p);
    }
    out.sort_unstable();
    out
}

/// The noun phrase at `j` with those coordinated after it, and the chunk after them.
pub(super) fn coordinated_right(items: &[Item], chunks: &[Chunk], j: usize) -> (Vec<usize>, usize) {
    let mut out = vec![j];
    let mut p = j + 1;
    // Read once, at the first comma that does not lead to "and".
    let mut names: Option<bool> = None;
    while let Some(sep) = chunks.get(p) {
        let and = sep.kind == ChunkKind::Coord;
        let comma = sep.kind == ChunkKind::Comma;
        // "spoke to X and to Y": the preposition said again after "and" adds its noun.
        if and && repeats_prep(items, chunks, j, p + 1) {
            out.push(p + 2);
            p += 3;
            break;
        }
        // "X, Y, and Z": the comma before the "and" of a list of three or more.
        if comma
            && out.len() > 1
            && chunks
                .get(p + 1)
                .is_some_and(|c| c.kind == ChunkKind::Coord)
        {
            if !serial_comma_ends_list(items, chunks, p + 1) {
                break;
            }
            p += 1;
            continue;
        }
        if !(and || comma) || chunks.get(p + 1).is_none_or(|c| c.kind != ChunkKind::Noun) {
            break;
        }
        // "X, Y and Z": a comma joins only in a list that ends in "and", or in a list of
        // names of one kind ("talks with Iran, Egypt, Jordan, Qatar").
        if comma
            && !list_ends_in_and(items, chunks, p)
            && !*names.get_or_insert_with(|| name_list(items, chunks, j))
        {
            break;
        }
        out.push(p + 1);
        p += 2;
        if and {
            break;
        }
    }
    (out, p)
}

/// Whether chunk `k` repeats the preposition right before the noun phrase at chunk `j`
/// and a noun phrase follows it.
fn repeats_prep(items: &[Item], chunks: &[Chunk], j: usize, k: usize) -> bool {
    let words = |c: &Chunk| items[c.start..c.end].iter().map(|it| it.lower.as_str());
    let before = j.checked_sub(1).map(|b| &chunks[b]);
    match (before, chunks.get(k), chunks.get(k + 1)) {
        (Some(b), Some(c), Some(n)) => {
            b.kind == ChunkKind::Prep
                && c.kind == ChunkKind::Prep
                && n.kind == ChunkKind::Noun
                && words(b).eq(words(c))
        }
        _ => false,
    }
}

/// Where a verb group agreeing with one subject ("was", "is", "has", "leads") follows
/// names coordinated by "and", the last of them is that verb's subject, not one of the
/// list: "was acquired by Acme and Zenith was merged into Y". Takes it off `nouns` and
/// gives the chunk of the "and", where the list now ends.
fn drop_next_subject(
    items: &[Item],
    chunks: &[Chunk],
    nouns: &mut Vec<usize>,
    after: usize,
) -> Option<usize> {
    let verb = chunks
        .get(after)
        .filter(|c| c.kind == ChunkKind::Verb && c.verb.finite)?;
    let &last = nouns.last()?;
    let opens = agrees_with_one(items, verb)
        && nouns.len() >= 2
        && chunks[last - 1].kind == ChunkKind::Coord;
    opens.then(|| {
        nouns.pop();
        last - 1
    })
}

/// Whether the verb group `verb` opens with a form that agrees with one subject only:
/// "is", "has", "leads", "was".
fn agrees_with_one(items: &[Item], verb: &Chunk) -> bool {
    let first = &items[verb.start];
    matches!(first.tag, Tag::Vbz | Tag::VbzAux) || first.is("was")
}

/// Fewest names in a comma list without "and" read as a list: "Iran, Egypt, Qatar"; two
/// names are more often a place and its country ("Knin, Croatia").
const NAME_LIST_MIN: usize = 3;

/// Whether chunk `j` starts a comma list of at least [`NAME_LIST_MIN`] bare names of
/// countries, or of organisations: "the foreign ministers of Iran, Egypt, Jordan, Qatar".
/// Places are left out, as "Springfield, Illinois, USA" is one place.
fn name_list(items: &[Item], chunks: &[Chunk], j: usize) -> bool {
    let kind_at = |c: &Chunk| {
        let slot = items[c.start]
            .slot
            .as_ref()
            .filter(|_| c.end == c.start + 1)?;
        matches!(slot.kind, EntityKind::Country | EntityKind::Organization).then_some(slot.kind)
    };
    let Some(kind) = kind_at(&chunks[j]) else {
        return false;
    };
    let mut count = 1;
    let mut p = j + 1;
    while let (Some(sep), Some(n)) = (chunks.get(p), chunks.get(p + 1)) {
        if sep.kind != ChunkKind::Comma || n.kind != ChunkKind::Noun {
            break;
        }
        if kind_at(n) != Some(kind) {
            return false;
        }
        count += 1;
        p += 2;
    }
    count >= NAME_LIST_MIN
}

/// Whether the "and" at chunk `and` closes a list of three or more noun phrases with a
/// comma before it: "X, Y, and Z" (and a noun phrase after it); not a name and its
/// description ("X, a former Treasury official, and Z").
fn serial_comma_before(items: &[Item], chunks: &[Chunk], and: usize) -> bool {
    let named = |k: usize| items[chunks[k].head].slot.is_some();
    three_listed(chunks, and) && (named(and - 2) || !named(and - 4))
}

/// Whether noun phrases stand as "X, Y, and Z" around the "and" at chunk `and`.
fn three_listed(chunks: &[Chunk], and: usize) -> bool {
    let kind = |k: usize| chunks.get(k).map(|c| c.kind);
    and >= 4
        && kind(and) == Some(ChunkKind::Coord)
        && kind(and + 1) == Some(ChunkKind::Noun)
        && kind(and - 1) == Some(ChunkKind::Comma)
        && kind(and - 2) == Some(ChunkKind::Noun)
        && kind(and - 3) == Some(ChunkKind::Comma)
        && kind(and - 4) == Some(ChunkKind::Noun)
}

/// [`serial_comma_before`] for a list read rightwards, which a noun phrase opening a new
/// clause does not end: "owns X and Y, and Z owns W".
fn serial_comma_ends_list(items: &[Item], chunks: &[Chunk], and: usize) -> bool {
    serial_comma_before(items, chunks, and)
        && chunks
            .get(and + 2)
            .is_none_or(|c| c.kind != ChunkKind::Verb)
}

/// Whether the noun phrases joined by commas from chunk `p` on end in "and"/"or", with
/// or without a comma before it.
fn list_ends_in_and(items: &[Item], chunks: &[Chunk], mut p: usize) -> bool {
    while let (Some(sep), Some(n)) = (chunks.get(p), chunks.get(p + 1)) {
        if sep.kind == ChunkKind::Comma && serial_comma_ends_list(items, chunks, p + 1) {
            return true;
        }
        if n.kind != ChunkKind::Noun {
            return false;
        }
        match sep.kind {
            ChunkKind::Comma => p += 2,
            ChunkKind::Coord => return true,
            _ => return false,
        }
    }
    false
}

/// Names set off by commas right after a lone common noun phrase, closed by a comma or
/// the sentence's end ("its rival, Zenith,", "his old rival, Bo Dahl."), with the chunk
/// after them; not a name before a verb ("the plan, Bo Dahl said").
pub(crate) fn object_apposition(
    items: &[Item],
    chunks: &[Chunk],
    objects: &[usize],
    j: usize,
) -> Option<(Vec<usize>, usize)> {
    let &[object] = objects else {
        return None;
    };
    let common =
        items[chunks[object].head].slot.is_none() && items[chunks[object].head].tag.is_noun();
    if !common || chunks.get(j)?.kind != ChunkKind::Comma {
        return None;
    }
    let named = |c: &Chunk| c.kind == ChunkKind::Noun && items[c.head].slot.is_some();
    chunks.get(j + 1).filter(|c| named(c))?;
    let (names, after) = coordinated_right(items, chunks, j + 1);
    if !names.iter().all(|&n| named(&chunks[n])) {
        return None;
    }
    match chunks.get(after).map(|c| c.kind) {
        Some(ChunkKind::Comma) => Some((names, after + 1)),
        Some(ChunkKind::Stop) | None => Some((names, after)),
        _ => None,
    }
}

/// An adverb or a bare phrase of time, which a verb's object or preposition may follow:
/// "bought Zenith last year", "met last week with Y".
fn adverbial(items: &[Item], c: &Chunk, syn: &Syntax) -> bool {
    match c.kind {
        ChunkKind::Other => items[c.head].tag.is_adverb(),
        // "welcoming Gorbachev's offer Saturday": not when the time ends a longer phrase.
        ChunkKind::Noun => {
            items[c.head].is_time_noun(syn)
                && items[c.start..c.end]
                    .iter()
                    .all(|it| it.slot.is_none() && it.tag != Tag::Pos)
        }
        _ => false,
    }
}

/// Direct objects and prepositional objects after verb group `k`.
fn complements(
    items: &[Item],
    chunks: &[Chunk],
    k: usize,
    syn: &Syntax,
) -> (Vec<usize>, Vec<PrepObject>) {
    let verb = &chunks[k];
    let mut objects = Vec::new();
    let mut preps = Vec::new();
    let mut j = k + 1;
    while chunks.get(j).is_some_and(|c| adverbial(items, c, syn)) {
        j += 1;
    }
    if chunks.get(j).is_some_and(|c| c.kind == ChunkKind::Noun) {
        let (mut nouns, mut after) = coordinated_right(items, chunks, j);
        // "criticised Acme and Zenith was ...": the last name opens the next clause.
        if let Some(and) = drop_next_subject(items, chunks, &mut nouns, after) {
            after = and;
        }
        // "said it would cut": a noun phrase before a tensed verb starts a clause of its own.
        if chunks
            .get(after)
            .is_some_and(|c| c.kind == ChunkKind::Verb && c.verb.finite)
        {
            return (objects, preps);
        }
        objects = nouns;
        j = after;
        // "bought its biggest rival, Zenith, for $1bn": names in apposition to a
        // common noun phrase are the object.
        if let Some((names, next)) = object_apposition(items, chunks, &objects, j) {
            objects = names;
            j = next;
        }
        // "fined Microsoft 497m euros on Wednesday": past a second object that is an
        // amount, the prepositions are still the verb's.
        if chunks
            .get(j)
            .is_some_and(|c| c.kind == ChunkKind::Noun && super::chunk::amount(&items[c.start]))
        {
            j += 1;
        }
    }
    // A particle ends the verb group: "lashed out at": "out" is read with "at".
    let particle = verb.verb.particle.filter(|_| objects.is_empty());
    while let Some(c) = chunks.get(j) {
        // "out at", "on behalf of": a run of prepositions before one noun phrase.
        let mut n = j;
        while chunks.get(n).is_some_and(|p| p.kind == ChunkKind::Prep) {
            n += 1;
        }
        if n == j || chunks.get(n).is_none_or(|x| x.kind != ChunkKind::Noun) {
            break;
        }
        let start = if preps.is_empty() {
            particle.unwrap_or(c.start)
        } else {
            c.start
        };
        let (mut nouns, mut after) = coordinated_right(items, chunks, n);
        // "was acquired by Acme and Zenith was merged into Y": the last name opens the
        // next clause, which ends the verb's prepositions.
        let cut = drop_next_subject(items, chunks, &mut nouns, after).is_some();
        // "was praised by his predecessor, Bo Dahl,": the names in apposition.
        if let Some((names, next)) = object_apposition(items, chunks, &nouns, after) {
            nouns = names;
            after = next;
        }
        // "rose as Acme bought Zenith": after a subordinator the noun phrase is the next
        // clause's subject.
        if !cut
            && syn.subordinates(items[chunks[n - 1].head].sym)
            && chunks
                .get(after)
                .is_some_and(|c| c.kind == ChunkKind::Verb && c.verb.finite)
        {
            break;
        }
        preps.push(PrepObject {
            prep: (start, chunks[n - 1].end),
            nouns,
        });
        j = after;
        // "speaking to MPs amid rumours of a rift with Y": past "of" and a common noun,
        // what follows belongs to that noun, not to the verb.
        if cut || (items[chunks[n - 1].head].is("of") && items[chunks[n].head].slot.is_none()) {
            break;
        }
    }
    (objects, preps)
}
