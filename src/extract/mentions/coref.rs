//! Step 3: titles, role nominals, appositions and pronouns.

use super::names::{Doc, Extra};
use super::scan::ItemKind;
use super::TitleLink;
use crate::extract::layer::titles::MAX_FIELD_WORDS;
use crate::extract::Context;
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::tagger::{Tag, Tagger};

/// Resolve titles, nominals and pronouns, recording roles and title links.
pub(super) fn resolve(cx: &Context<'_>, doc: &mut Doc) {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let lex = &cx.res.lexicon;
    let w = |k: usize| &text[toks[k].span.start..toks[k].span.end];

    // "of" at token `a` and a few lower-case words up to token `b`: the field of a
    // title ("director of entertainment").
    let field_words = |a: usize, b: usize| {
        a < b
            && w(a) == "of"
            && (1..=MAX_FIELD_WORDS).contains(&(b - a - 1))
            && (a + 1..b).all(|k| w(k).chars().all(|c| c.is_lowercase() || c == '-'))
    };
    let n = doc.items.len();
    // "Acme's chairman Al Roe and chief executive Bo Lin" gives both titles to Acme.
    let mut shared: Option<SharedBody> = None;
    // Read once, on the first role nominal no one holds: the titles do not change it.
    let mut lead: Option<Option<usize>> = None;
    for i in 0..n {
        let ItemKind::Title(ti) = doc.items[i].kind else {
            continue;
        };
        let title = &lex.titles[ti];
        let it = doc.items[i].clone();
        let role = title_role(text, &it, &title.role);
        // What the title names: "Israeli", "State Department", "Israel's".
        let mut j = it.a;
        let sent_start = cx.seg.sentences[it.sent].tokens.start;
        // "Labour MSP X": before a seat's title a capitalised word is the party, not
        // the field a minister's title names ("Labour Minister X").
        let field = |k: usize| {
            lex.words.title_modifiers.contains(w(k))
                && !(title.seat && w(k).starts_with(char::is_uppercase))
        };
        while j > sent_start && field(j - 1) {
            j -= 1;
        }
        if j > sent_start && matches!(w(j - 1), "'s" | "\u{2019}s") {
            j -= 1;
        }
        let mut start = it.a;
        let mut org = None;
        if let Some(k) = (0..i).rev().take(3).find(|&k| doc.items[k].b == j) {
            if let Some(e) = doc.entity[k] {
                if matches!(
                    doc.ents[e].kind,
                    EntityKind::Country | EntityKind::Organization | EntityKind::Place
                ) {
                    org = Some(e);
                    start = doc.items[k].a;
                }
            }
            // "NATO Afghanistan commander": the organisation before a country holds the
            // title, as the layer's title chains read it.
            if let Some(o) = k.checked_sub(1).filter(|&o| {
                doc.items[o].b == doc.items[k].a
                    && doc.items[o].sent == doc.items[k].sent
                    && org.is_some_and(|e| doc.ents[e].kind != EntityKind::Organization)
            }) {
                if let Some(e) =
                    doc.entity[o].filter(|&e| doc.ents[e].kind == EntityKind::Organization)
                {
                    org = Some(e);
                    start = doc.items[o].a;
                }
            }
        }
        // Only a body's titles are shared, after "and" or a list's comma ("BBC chairman X,
        // director-general Y and reporter Z"): "Aid minister X and Deputy Prime
        // Minister Y" names two offices.
        let lexis = &cx.res.rules.lexis;
        let body_title = lexis.class_has_phrase("org_titles", title.role.split(' '))
            || title
                .role
                .rsplit(' ')
                .next()
                .is_some_and(|last| lexis.class_has_word("org_titles", last));
        let joined = j > sent_start && matches!(w(j - 1), "and" | ",");
        // "Chairman Beryl Sprinkel of the Council": a body named after the name is its own.
        let body_after = doc.items.get(i + 1).is_some_and(|n| {
            n.a == it.b && n.b < toks.len() && {
                let after = w(n.b);
                lex.words.title_of_preps.contains(after)
                    || lex.words.workplace_preps.contains(after)
            }
        });
        if org.is_none() && body_title && j == it.a && joined && !body_after {
            if let Some(s) = shared.filter(|s| s.after_name == j - 1) {
                org = Some(s.body);
            }
        }
        let span_from = |k: usize| Span::new(toks[k].span.start, it.span.end);
        // A title before a person's name.
        if let Some(next) = doc.items.get(i + 1) {
            if next.a == it.b && next.sent == it.sent {
                if let Some(p) = doc.entity[i + 1] {
                    if doc.ents[p].kind == EntityKind::Person {
                        shared = org
                            .filter(|&o| doc.ents[o].kind == EntityKind::Organization)
                            .map(|body| SharedBody {
                                body,
                                after_name: next.b,
                            });
                        doc.extra.push(Extra {
                            sent: it.sent,
                            pos: it.a,
                            span: it.span,
                            form: MentionForm::Title,
                            entity: p,
                        });
                        attach(
                            doc,
                            p,
                            (ti, &role),
                            cx,
                            org,
                            span_from(start),
                            it.sent,
                            super::TITLE_BEFORE_NAME_RULE,
                        );
                        continue;
                    }
                }
            }
        }
        if title.honorific {
            continue;
        }
        // A role nominal: "the Israeli prime minister", "Israel's chief negotiator".
        let open = if org.is_none() {
            portfolio_start(&w, start, sent_start)
        } else {
            start
        };
        // "Blair praised his chancellor": a possessive points to the role's holder too.
        let the = open > sent_start
            && (is_article(w(open - 1))
                || org.is_none() && lex.words.possessive_pronouns.contains(w(open - 1)));
        if !the && org.is_none() {
            continue;
        }
        let nstart = if the { open - 1 } else { start };
        // Apposition after: "the Palestinian representative to the U.S., Maen Areikat, said";
        // not after a verb ("the Tory leader shrugged off the defection of one of his MPs,
        // Robert Jackson").
        let mut target = None;
        let mut rule = "role-nominal";
        // "ITV's director of entertainment, X": the title heads a unit, not the body.
        let mut unit = false;
        let complement = it.b < toks.len() && {
            let after = w(it.b);
            after == "," || lex.words.role_complement_preps.contains(after)
        };
        for k in (i + 1..n).filter(|_| complement) {
            let c = &doc.items[k];
            if c.sent != it.sent || c.a > it.b + 12 {
                break;
            }
            if c.a > 0 && w(c.a - 1) == "," {
                if let Some(p) = doc.entity[k] {
                    if doc.ents[p].kind == EntityKind::Person
                        && matches!(c.kind, ItemKind::Name(_))
                        && apposition_closes(cx, c.sent, c.b)
                    {
                        target = Some(p);
                        rule = "apposition";
                        unit = field_words(it.b, c.a - 1);
                    }
                }
                break;
            }
        }
        // Apposition before: "Maen Areikat, the Palestinian representative".
        if target.is_none() && the && nstart > sent_start && w(nstart - 1) == "," {
            if let Some(k) = (0..i).rev().take(4).find(|&k| doc.items[k].b == nstart - 1) {
                if let Some(p) = doc.entity[k] {
                    if doc.ents[p].kind == EntityKind::Person
                        && matches!(doc.items[k].kind, ItemKind::Name(_))
                    {
                        target = Some(p);
                        rule = "apposition";
                    }
                }
            }
        }
        if target.is_none() && the {
            // The person holding that role in this article, most recently mentioned;
            // among the latest holders only, so long documents stay linear.
            let holders = doc
                .by_role
                .get(&title.role)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let recent = &holders[holders.len().saturating_sub(32)..];
            let cands: Vec<usize> = recent
                .iter()
                .copied()
                .filter(|&e| org.is_none() || doc.ents[e].affil.iter().any(|(_, o)| *o == org))
                .collect();
            target = doc.nearest(&cands, it.a);
            // No one holds it here: "Howard backs research ... Michael Howard has backed
            // ... But the Tory leader argued": the person the article is about.
            let subject = matches!(w(nstart), "the" | "The")
                && it.sent <= LEAD_SENTENCES
                && opens_clause(cx, sent_start, nstart);
            if target.is_none() && holders.is_empty() && subject {
                target = lead
                    .get_or_insert_with(|| lead_subject(cx, doc))
                    .filter(|&p| {
                        let e = &doc.ents[p];
                        e.affil.is_empty() && e.positions.first().is_some_and(|&f| f < it.a)
                    });
                if target.is_some() {
                    rule = "lead-subject";
                }
            }
        }
        let Some(p) = target else { continue };
        doc.extra.push(Extra {
            sent: it.sent,
            pos: nstart,
            span: span_from(nstart),
            form: MentionForm::Nominal,
            entity: p,
        });
        if rule != "role-nominal" {
            attach(
                doc,
                p,
                (ti, &role),
                cx,
                org,
                span_from(start),
                it.sent,
                rule,
            );
            if let Some(link) = doc
                .links
                .last_mut()
                .filter(|l| unit && l.implies == Relation::Leads)
            {
                link.implies = Relation::MemberOf;
            }
        }
    }

    organisation_nominals(cx, doc);
    genders_from_given_names(cx, doc);
    // Pronouns: the one person of matching gender in this or the previous sentence.
    doc.extra.sort_by_key(|x| (x.sent, x.pos));
    for i in 0..n {
        let ItemKind::Pronoun(g) = doc.items[i].kind else {
            continue;
        };
        // "I" is its quotation's speaker, read once the speakers' pronouns are.
        if g == crate::lexicon::FIRST_PERSON {
            continue;
        }
        if g == crate::lexicon::NEUTER {
            if let Some(e) = refers_back(cx, doc, i)
                .then(|| one_body_before(cx, doc, i))
                .flatten()
            {
                doc.link(i, e, "pronoun");
            }
            continue;
        }
        let s = doc.items[i].sent;
        let pos = doc.items[i].a;
        let quoted = quote_before_speaker(cx, s, pos);
        let mut cands: Vec<usize> = Vec::new();
        for k in (0..i).rev() {
            let c = &doc.items[k];
            if c.sent + 1 < s {
                break;
            }
            if matches!(c.kind, ItemKind::Pronoun(_))
                || quoted.is_some_and(|q| c.sent == s && c.span.start >= q)
            {
                continue;
            }
            if let Some(e) = doc.entity[k] {
                let ent = &doc.ents[e];
                if ent.kind == EntityKind::Person && (ent.gender == '?' || ent.gender == g) {
                    cands.push(e);
                }
            }
        }
        let from = doc.extra.partition_point(|x| x.sent + 1 < s);
        for x in &doc.extra[from..] {
            if x.sent > s {
                break;
            }
            if x.pos < pos {
                let ent = &doc.ents[x.entity];
                if ent.gender == '?' || ent.gender == g {
                    cands.push(x.entity);
                }
            }
        }
        cands.sort();
        cands.dedup();
        if cands.len() == 1 {
            doc.link(i, cands[0], "pronoun");
        } else if let Some(e) = subject_before(cx, doc, i, g).filter(|e| cands.contains(e)) {
            doc.link(i, e, "pronoun/subject");
        }
    }
}

/// "Kos met Lind on Friday. He also met Mir": a subject pronoun opening its sentence
/// goes on with the subject of the sentence before, a person of the pronoun's gender
/// named first in it, when no other person there opens a clause of their own.
fn subject_before(cx: &Context<'_>, doc: &Doc, i: usize, g: char) -> Option<usize> {
    let it = &doc.items[i];
    let prev = it.sent.checked_sub(1)?;
    let subject = cx
        .res
        .lexicon
        .words
        .subject_pronouns
        .contains(word_at(cx, it.a)?);
    let named_before = i > 0 && doc.items[i - 1].sent == it.sent;
    if !subject
        || named_before
        || cx.seg.sentences[prev].headline
        || !opens_sentence(cx, it.sent, it.a)
        || quoted_before(cx, it.sent, it.span.start)
    {
        return None;
    }
    let mut first = (0..i).find(|&k| doc.items[k].sent == prev && doc.entity[k].is_some())?;
    if title_before(doc, first + 1) && doc.entity[first + 1] == doc.entity[first] {
        first += 1;
    }
    let item = &doc.items[first];
    // Only a person whose given name tells the pronoun's gender: "Jeunet directed
    // Tautou. She also starred ..." is not Jeunet.
    let e = doc.entity[first]
        .filter(|&e| doc.ents[e].kind == EntityKind::Person && doc.ents[e].gender == g)?;
    let named = matches!(item.kind, ItemKind::Name(_) | ItemKind::Lex { .. });
    let start = if title_before(doc, first) {
        doc.items[first - 1].a
    } else {
        item.a
    };
    let leads = opens_sentence(cx, prev, start);
    (named && leads && !shared_subject(cx, item.b) && !rival_subject(cx, doc, first, i, e))
        .then_some(e)
}

/// Whether only clause openers, a day ("On Saturday") and commas come before token `k`
/// in sentence `sent`: "But he said", "On Saturday, he met".
fn opens_sentence(cx: &Context<'_>, sent: usize, k: usize) -> bool {
    let start = cx.seg.sentences[sent].tokens.start;
    let lexis = &cx.res.rules.lexis;
    k - start <= PRONOUN_OPENING
        && (start..k).all(|t| {
            word_at(cx, t).is_some_and(|w| {
                let w = w.to_lowercase();
                w == ","
                    || lexis.class_has_word("clause_openers", &w)
                    || lexis.class_has_word("day_preps", &w)
                    || cx.res.rules.calendar.is_time_phrase(&[w.as_str()])
            })
        })
}

/// Whether item `k` comes right after a title item of its sentence ("Prime Minister
/// Kos").
fn title_before(doc: &Doc, k: usize) -> bool {
    k > 0
        && k < doc.items.len()
        && matches!(doc.items[k - 1].kind, ItemKind::Title(_))
        && doc.items[k - 1].sent == doc.items[k].sent
        && doc.items[k - 1].b == doc.items[k].a
}

/// "Kos's aide met Lind", "Kos and Lind met": the word after the name at token `b`
/// makes the subject someone else's or shared.
fn shared_subject(cx: &Context<'_>, b: usize) -> bool {
    word_at(cx, b).is_some_and(|w| matches!(w, "'s" | "’s" | "'") || coordinates(cx, w, false))
}

/// Whether `w` is a coordinator ("and"), or with `openers` a clause opener ("but").
fn coordinates(cx: &Context<'_>, w: &str, openers: bool) -> bool {
    let w = w.to_lowercase();
    cx.res.rules.file.syntax.coordinators.contains(&w)
        || openers && cx.res.rules.lexis.class_has_word("clause_openers", &w)
}

/// "Kos was calm, and Lind, who was tense, seemed relieved": another person after a
/// coordinator or clause opener in the sentence of item `first` may be the one meant.
fn rival_subject(cx: &Context<'_>, doc: &Doc, first: usize, i: usize, e: usize) -> bool {
    let sent = doc.items[first].sent;
    (first + 1..i).any(|k| {
        let other = &doc.items[k];
        other.sent == sent
            && doc.entity[k].is_some_and(|o| o != e && doc.ents[o].kind == EntityKind::Person)
            && word_at(cx, other.a.wrapping_sub(1)).is_some_and(|w| coordinates(cx, w, true))
    })
}

/// The one organisation or country named, described or already referred to by "it" in
/// the sentence of pronoun item `i` before it or in the sentence before: "Constellation
/// is the biggest winemaker. It bought Hardy"; none when two could be meant.
fn one_body_before(cx: &Context<'_>, doc: &Doc, i: usize) -> Option<usize> {
    let s = doc.items[i].sent;
    let pos = doc.items[i].a;
    // "A US firm said it ...", "Japanese rival Nissan ... it": a modifier of a noun is
    // not what the noun phrase stands for.
    let modifier = |k: usize| {
        matches!(
            doc.items[k].kind,
            ItemKind::Lex {
                form: MentionForm::Demonym,
                ..
            }
        ) || word_at(cx, doc.items[k].b)
            .is_some_and(|w| cx.res.rules.lexis.class_has_word("org_nouns", w))
    };
    let body = |e: usize| {
        matches!(
            doc.ents[e].kind,
            EntityKind::Organization | EntityKind::Country
        )
    };
    let named = (0..i)
        .rev()
        .take_while(|&k| doc.items[k].sent + 1 >= s)
        .filter(|&k| !modifier(k) && !set_off_after_body(cx, doc, k, pos))
        .filter_map(|k| Some((doc.items[k].sent, doc.entity[k]?)));
    let from = doc.extra.partition_point(|x| x.sent + 1 < s);
    let described = doc.extra[from..]
        .iter()
        .take_while(|x| x.sent < s || (x.sent == s && x.pos < pos))
        .map(|x| (x.sent, x.entity));
    // "Zenith fell. Acme said its unit ...": the owner named in the sentence comes
    // first. A subject "it" may still be a thing the sentence before spoke of ("Its US
    // launch was on Sunday and it goes on sale in Japan").
    let possessive = word_at(cx, pos).is_some_and(|w| w.eq_ignore_ascii_case("its"));
    let cands: Vec<(usize, usize)> = named.chain(described).filter(|&(_, e)| body(e)).collect();
    let own = possessive && cands.iter().any(|&(sent, _)| sent == s);
    let mut cands = cands
        .into_iter()
        .filter(|&(sent, _)| !own || sent == s)
        .map(|(_, e)| e);
    let first = cands.next()?;
    cands.all(|e| e == first).then_some(first)
}

/// Whether item `k` stands between two commas of the sentence of token `pos` that close
/// before it, the first right after a body's name and the second before the clause's
/// verb: in "Acme, which owns a stake in Zenith, said its chairman ..." the clause set
/// off speaks of Zenith, and "its" is Acme's.
fn set_off_after_body(cx: &Context<'_>, doc: &Doc, k: usize, pos: usize) -> bool {
    let item = &doc.items[k];
    let comma = |t: usize| word_at(cx, t) == Some(",");
    let sentence = &cx.seg.sentences[item.sent].tokens;
    if !sentence.contains(&pos) {
        return false;
    }
    let Some(open) = (sentence.start..item.a).rev().find(|&t| comma(t)) else {
        return false;
    };
    let Some(close) = (item.b..pos).find(|&t| comma(t)) else {
        return false;
    };
    // "..., said", "..., also said", "..., would": the verb after the clause.
    let reads_as = |t: usize, tags: &[Tag]| {
        word_at(cx, t).is_some_and(|w| {
            let lower = w.to_lowercase();
            tags.iter()
                .any(|&tag| Tagger::embedded().writes_as(&lower, tag) == Some(true))
        })
    };
    let finite = |t: usize| reads_as(t, &[Tag::Vbd, Tag::Vbz, Tag::Vbp, Tag::Md]);
    let verb_follows = finite(close + 1) || (reads_as(close + 1, &[Tag::Rb]) && finite(close + 2));
    let body_before = || {
        (0..k)
            .rev()
            .take_while(|&j| doc.items[j].sent == item.sent)
            .filter(|&j| doc.items[j].b == open)
            .filter_map(|j| doc.entity[j])
            .any(|e| {
                matches!(
                    doc.ents[e].kind,
                    EntityKind::Organization | EntityKind::Country
                )
            })
    };
    verb_follows && body_before()
}

/// The word of token `k`, when it is one.
pub(super) fn word_at<'t>(cx: &Context<'t>, k: usize) -> Option<&'t str> {
    let t = cx.seg.tokens.get(k)?;
    Some(&cx.doc.text[t.span.start..t.span.end])
}

/// Whether the "it" or "its" of item `i` stands for something named before: a
/// possessive, or a subject after a clause's opening ("said it would", "when it
/// bought"), but no "it" of the weather or of a clause ("It is clear that ...", "It
/// emerged that ...") and no object, which is mostly a thing ("hailed it").
fn refers_back(cx: &Context<'_>, doc: &Doc, i: usize) -> bool {
    let it = &doc.items[i];
    let lexis = &cx.res.rules.lexis;
    let lower = |k: usize| word_at(cx, k).map(str::to_lowercase);
    if lower(it.a).is_some_and(|w| w == "its") {
        return true;
    }
    let next: Vec<String> = (it.b..it.b + 3).filter_map(lower).collect();
    // "said it was negotiating", "said it was in talks with Y": a copula before an act
    // under way has a real subject.
    let meeting_nouns = &cx.res.rules.file.meetings.nouns;
    // A word the treebank never wrote is read by its ending ("mulling").
    let participle = |w: &str| {
        Tagger::embedded()
            .writes_as(w, Tag::Vbg)
            .unwrap_or_else(|| w.ends_with("ing"))
    };
    let acting = next.get(1).is_some_and(|w| {
        participle(w)
            || lexis.class_has_word("engaged_preps", w)
                && next.get(2).is_some_and(|n| meeting_nouns.contains(n))
    });
    let expletive = !acting
        && (1..=next.len().min(2)).any(|n| {
            lexis.class_has_phrase("it_expletive_next", next[..n].iter().map(String::as_str))
        });
    let start = cx.seg.sentences[it.sent].tokens.start;
    let opens = it.a == start
        || lower(it.a - 1).is_some_and(|w| {
            ["it_subject_after", "clause_openers", "say"]
                .iter()
                .any(|c| lexis.class_has_word(c, &w))
                || !w.chars().any(char::is_alphanumeric)
        });
    !expletive && (opens || said_then_when(cx, it.a))
}

/// Whether a quotation mark (not an apostrophe inside a word) comes before byte `at` in
/// the paragraph of sentence `sent`: a pronoun in or after a quotation may be the
/// speaker's or anyone the speaker names.
fn quoted_before(cx: &Context<'_>, sent: usize, at: usize) -> bool {
    let sentences = &cx.seg.sentences;
    let paragraph = sentences[sent].paragraph;
    let start = sentences[..sent]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == paragraph)
        .last()
        .map_or(sentences[sent].span.start, |s| s.span.start);
    let vocab = crate::text::Vocabulary::embedded();
    let text = &cx.doc.text[start..at];
    let mut prev = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let quote = vocab.opens_quote(c) || vocab.closes_quote(c);
        let inside_word =
            prev.is_alphanumeric() && chars.peek().is_some_and(|n| n.is_alphanumeric());
        if quote && !inside_word {
            return true;
        }
        prev = c;
    }
    false
}

/// '"Blair has failed," he said': where the quotation closed right before the pronoun
/// at token `pos` opens in sentence `sent`. Whom the speaker names there is not the
/// speaker.
fn quote_before_speaker(cx: &Context<'_>, sent: usize, pos: usize) -> Option<usize> {
    let vocab = crate::text::Vocabulary::embedded();
    let start = cx.seg.sentences[sent].tokens.start;
    let closes = |k: usize| {
        word_at(cx, k).is_some_and(|w| w.chars().all(|c| vocab.closes_quote(c)) && !w.is_empty())
    };
    let before = pos.checked_sub(1).filter(|&k| k >= start)?;
    let close = if closes(before) {
        before
    } else if word_at(cx, before) == Some(",") && before > start && closes(before - 1) {
        before - 1
    } else {
        return None;
    };
    (start..close)
        .find(|&k| {
            word_at(cx, k).is_some_and(|w| w.chars().all(|c| vocab.opens_quote(c)) && !w.is_empty())
        })
        .map(|k| cx.seg.tokens[k].span.start)
}

/// Most words before a subject pronoun that still leave it opening its sentence ("On
/// Saturday he").
const PRONOUN_OPENING: usize = 3;

/// Words back from a pronoun within which "said on Thursday it" is looked for.
const SAID_WHEN_WINDOW: usize = 3;

/// Most words of a portfolio between an article and its title: "the Higher Education
/// Minister".
const MAX_PORTFOLIO_WORDS: usize = 3;

/// Whether `word` is an article that may open a role nominal.
fn is_article(word: &str) -> bool {
    matches!(word, "the" | "The" | "a" | "A" | "an")
}

/// Where the role nominal of a title at token `start` opens: before a capitalised
/// portfolio that "the" opens ("The Higher Education Minister, X"), else at the title;
/// a field in lower case ("a research director") is no portfolio.
fn portfolio_start<'t>(w: &impl Fn(usize) -> &'t str, start: usize, sent_start: usize) -> usize {
    let portfolio_word = |word: &str| {
        word == "and"
            || word.starts_with(char::is_uppercase)
                && !is_article(word)
                && Tagger::embedded().knows_common_word(word)
    };
    let mut open = start;
    while open > sent_start && start - open < MAX_PORTFOLIO_WORDS && portfolio_word(w(open - 1)) {
        open -= 1;
    }
    if open < start && !matches!(w(open.saturating_sub(1)), "the" | "The") {
        return start;
    }
    open
}

/// "Acme said on Thursday it would", "said last week it had": a verb of speech and a
/// phrase of time right before the pronoun at token `k`.
fn said_then_when(cx: &Context<'_>, k: usize) -> bool {
    let rules = &cx.res.rules;
    let lower = |k: usize| word_at(cx, k).map(str::to_lowercase);
    let time_before = k
        .checked_sub(1)
        .and_then(lower)
        .is_some_and(|w| rules.lexis.syntax.time_nouns.has(rules.vocab.id(&w)));
    time_before
        && (k.saturating_sub(1 + SAID_WHEN_WINDOW)..k - 1)
            .filter_map(lower)
            .any(|w| rules.lexis.class_has_word("say", &w))
}

/// A person whose title told no gender takes the one their given name is mostly borne
/// with: "Tom Ward met Mary Hale. He ..." has one candidate for "He".
fn genders_from_given_names(cx: &Context<'_>, doc: &mut Doc) {
    let words = &cx.res.lexicon.words;
    for ent in doc.ents.iter_mut() {
        if ent.kind != EntityKind::Person || ent.gender != '?' {
            continue;
        }
        let mut parts = ent.name.split_whitespace();
        let (Some(given), Some(_)) = (parts.next(), parts.next()) else {
            continue;
        };
        if words.male_given_names.contains(given) {
            ent.gender = 'm';
        } else if words.female_given_names.contains(given) {
            ent.gender = 'f';
        }
    }
}

/// The organisation of the last title read before a name, and the token right after
/// that name, where "and" may join a second title to the same body.
#[derive(Clone, Copy)]
struct SharedBody {
    body: usize,
    after_name: usize,
}

/// Sentences from the top of an article within which a role nominal no one holds may
/// refer back to the person the article is about: news varies the lead's name early.
const LEAD_SENTENCES: usize = 8;

/// Whether only clause openers ("But", "And", a comma) come before token `k` in its
/// sentence, which starts at token `start`: the nominal is the clause's subject.
fn opens_clause(cx: &Context<'_>, start: usize, k: usize) -> bool {
    let lexis = &cx.res.rules.lexis;
    cx.seg.tokens[start..k].iter().all(|t| {
        let w = cx.doc.text[t.span.start..t.span.end].to_lowercase();
        lexis.class_has_word("clause_openers", &w)
    })
}

/// The person an article is about: the first person its prose names, the one person
/// its headline names by surname ("Howard backs stem cell research" over "Michael
/// Howard has backed ..."), when no other person shares that first sentence ("Blair
/// faces questions about his relationship with Gordon Brown" is about both).
fn lead_subject(cx: &Context<'_>, doc: &Doc) -> Option<usize> {
    let sentences = &cx.seg.sentences;
    let person = |i: usize| doc.entity[i].filter(|&e| doc.ents[e].kind == EntityKind::Person);
    let (at, first) = (0..doc.items.len())
        .filter(|&i| !sentences[doc.items[i].sent].headline)
        .find_map(|i| person(i).map(|e| (i, e)))?;
    let sent = doc.items[at].sent;
    let shared = (at..doc.items.len())
        .take_while(|&i| doc.items[i].sent == sent)
        .any(|i| person(i).is_some_and(|e| e != first));
    if shared {
        return None;
    }
    let toks = &cx.seg.tokens;
    let headline: Vec<&str> = sentences
        .iter()
        .take_while(|s| s.headline)
        .flat_map(|s| &toks[s.tokens.clone()])
        .map(|t| &cx.doc.text[t.span.start..t.span.end])
        .collect();
    let surname = |e: usize| doc.ents[e].name.split_whitespace().last();
    let mut named = (0..doc.ents.len()).filter(|&e| {
        doc.ents[e].kind == EntityKind::Person && surname(e).is_some_and(|s| headline.contains(&s))
    });
    match (named.next(), named.next()) {
        (Some(e), None) if e == first => Some(e),
        _ => None,
    }
}

/// The role a title item records: the lexicon title's, or the whole portfolio title
/// when the item has one ("Trade and Industry Secretary": "trade and industry secretary").
fn title_role(text: &str, it: &super::scan::Item, role: &str) -> String {
    let words: Vec<String> = text[it.span.start..it.span.end]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    if words.iter().any(|w| w == "and") {
        words.join(" ")
    } else {
        role.to_string()
    }
}

/// Record that person `p` holds title `ti` in the role given, naming `org`.
#[allow(clippy::too_many_arguments)]
fn attach(
    doc: &mut Doc,
    p: usize,
    (ti, role): (usize, &str),
    cx: &Context<'_>,
    org: Option<usize>,
    title_span: Span,
    sent: usize,
    rule: &str,
) {
    let title = &cx.res.lexicon.titles[ti];
    let ent = &mut doc.ents[p];
    if title.gender != '?' {
        ent.gender = title.gender;
    }
    if title.honorific {
        return;
    }
    let new_role = !ent.roles.iter().any(|r| r == role);
    if new_role {
        ent.roles.push(role.to_string());
    }
    if !ent.affil.contains(&(role.to_string(), org)) {
        ent.affil.push((role.to_string(), org));
    }
    // "the secretary" later names the Trade and Industry Secretary too.
    let mut keys = vec![role.to_string(), title.role.clone()];
    keys.dedup();
    if let Some((first, _)) = title.role.split_once(' ') {
        keys.push(first.to_string());
    }
    if title.leader {
        keys.push("leader".to_string());
    }
    if new_role {
        for k in keys {
            doc.by_role.entry(k).or_default().push(p);
        }
    }
    doc.links.push(TitleLink {
        person: p,
        title_span,
        role: role.to_string(),
        org,
        sentence: sent,
        implies: title.implies,
        rule: rule.to_string(),
    });
}

/// Whether a name ending before token `end` closes an apposition: a comma or the end
/// of its sentence follows. "The party's leader, Ann Lee, said" is one; in "as party
/// leader, Ann Lee has said" the name is the clause's subject, not the leader.
fn apposition_closes(cx: &Context<'_>, sent: usize, end: usize) -> bool {
    let tokens = &cx.seg.sentences[sent].tokens;
    end >= tokens.end
        || matches!(
            &cx.doc.text[cx.seg.tokens[end].span.start..cx.seg.tokens[end].span.end],
            "," | "." | ";" | ":" | ")" | "\u{2014}" | "-" | "!" | "?"
        )
}

/// Most lower-case words between a possessive and the title it owns ("its finance
/// director").
const MAX_TITLE_MODIFIERS: usize = 2;

/// "Acme Corp reported a loss. The company said ...": "the" and a noun for an
/// organisation name one the article has named. A noun of the lexicon's
/// `org_anaphors` ("company", "firm") names the organisation just named before a comma
/// ("Acme, the company that") or else the one organisation named in this or the two
/// sentences before; one of `org_kind_nouns` ("party", "committee") names the one
/// organisation named so far with that word in its name ("the Commons education
/// committee ... the committee found").
fn organisation_nominals(cx: &Context<'_>, doc: &mut Doc) {
    let text = cx.doc.text.as_str();
    let toks = &cx.seg.tokens;
    let words = &cx.res.lexicon.words;
    let w = |k: usize| &text[toks[k].span.start..toks[k].span.end];
    let orgs: Vec<usize> = (0..doc.ents.len())
        .filter(|&e| {
            doc.ents[e].kind == EntityKind::Organization && !doc.ents[e].positions.is_empty()
        })
        .collect();
    if orgs.is_empty() {
        return;
    }
    for (s, sent) in cx.seg.sentences.iter().enumerate() {
        for k in sent.tokens.start..sent.tokens.end.saturating_sub(1) {
            // "Acme said ... its chief executive Bo Dahl": the possessive before a
            // title names the organisation just named.
            if words.org_possessives.contains(w(k)) {
                let titled = (k + 1..(k + 2 + MAX_TITLE_MODIFIERS).min(sent.tokens.end))
                    .take_while(|&j| j == k + 1 || w(j - 1).starts_with(char::is_lowercase))
                    .any(|j| title_at(doc, j));
                if let Some(entity) = titled.then(|| recent_org(cx, doc, &orgs, s, k)).flatten() {
                    push_nominal(doc, cx, s, k..k + 1, entity);
                }
                continue;
            }
            if !matches!(w(k), "the" | "The") {
                continue;
            }
            let noun = w(k + 1);
            let generic = words.org_anaphors.contains(noun);
            if !generic && !words.org_kind_nouns.contains(noun) {
                continue;
            }
            // "the group of seven", "the firm Acme": not a nominal standing alone; but
            // "accused the firm of misleading investors" is.
            let after = (k + 2 < sent.tokens.end).then(|| w(k + 2));
            let act_after_of = k + 3 < sent.tokens.end && {
                let act = w(k + 3);
                act.ends_with("ing") && act.starts_with(char::is_lowercase)
            };
            if after
                .is_some_and(|a| (a == "of" && !act_after_of) || a.starts_with(char::is_uppercase))
            {
                continue;
            }
            // "told the party leader": a title's modifier names no one the verb acts on.
            if title_at(doc, k + 2) {
                continue;
            }
            let entity = if generic {
                let possessive = after.is_some_and(|a| matches!(a, "'s" | "\u{2019}s"));
                apposed_org(doc, w, sent.tokens.start, k, possessive)
                    .or_else(|| recent_org(cx, doc, &orgs, s, k))
            } else {
                org_with_word(doc, &orgs, noun, k)
            };
            if let Some(entity) = entity {
                push_nominal(doc, cx, s, k..k + 2, entity);
            }
        }
    }
}

/// "Acme, the company that bought Zentrix": the organisation named right before the
/// comma before token `k`. "from Bosch, the carmaker's chief executive said": a
/// possessive starts a new phrase rather than describing the name before the comma.
fn apposed_org<'t>(
    doc: &Doc,
    w: impl Fn(usize) -> &'t str,
    sent_start: usize,
    k: usize,
    possessive: bool,
) -> Option<usize> {
    if possessive || k < sent_start + 2 || w(k - 1) != "," {
        return None;
    }
    let i = doc.items.partition_point(|it| it.b < k - 1);
    doc.items
        .get(i)
        .filter(|it| it.b == k - 1)
        .and_then(|_| doc.entity[i])
        .filter(|&e| doc.ents[e].kind == EntityKind::Organization)
}

/// The one organisation named in sentence `s` before token `k`, or else in the sentences
/// just before it, by its name or by a nominal already read for it ("Acme rose. Its chief
/// said ... The firm's chairman ... The retailer's finance director"). The sentence's own
/// organisation comes first: in "Zenith fell. Acme said its chairman quit" "its" is Acme.
fn recent_org(cx: &Context<'_>, doc: &Doc, orgs: &[usize], s: usize, k: usize) -> Option<usize> {
    let named_since = |first: usize| {
        let window = first..k;
        orgs.iter()
            .copied()
            .filter(|&e| {
                let p = &doc.ents[e].positions;
                let at = p.partition_point(|&x| x < first);
                p.get(at).is_some_and(|&x| x < k)
                    || doc
                        .extra
                        .iter()
                        .any(|x| x.entity == e && window.contains(&x.pos))
            })
            .collect::<Vec<usize>>()
    };
    let own = named_since(cx.seg.sentences[s].tokens.start);
    if !own.is_empty() {
        return only(own.into_iter());
    }
    let first = cx.seg.sentences[s.saturating_sub(super::ORG_BACK_SENTENCES)]
        .tokens
        .start;
    only(named_since(first).into_iter())
}

/// The one organisation named before token `k` with `noun` as a word of its name ("the
/// party" after "the Green Party").
fn org_with_word(doc: &Doc, orgs: &[usize], noun: &str, k: usize) -> Option<usize> {
    only(orgs.iter().copied().filter(|&e| {
        doc.ents[e].positions[0] < k
            && doc.ents[e]
                .name
                .split_whitespace()
                .any(|part| part.eq_ignore_ascii_case(noun))
    }))
}

/// The one item of `it`, if it has exactly one.
fn only<T>(mut it: impl Iterator<Item = T>) -> Option<T> {
    let one = it.next()?;
    it.next().is_none().then_some(one)
}

/// Whether a title item starts at token `k`.
fn title_at(doc: &Doc, k: usize) -> bool {
    let i = doc.items.partition_point(|it| it.a < k);
    doc.items
        .get(i)
        .is_some_and(|it| it.a == k && matches!(it.kind, ItemKind::Title(_)))
}

/// Record "the company" (or "its") at tokens `ks` of sentence `sent` as a mention of
/// `entity`.
fn push_nominal(
    doc: &mut Doc,
    cx: &Context<'_>,
    sent: usize,
    ks: std::ops::Range<usize>,
    entity: usize,
) {
    let toks = &cx.seg.tokens;
    doc.extra.push(Extra {
        sent,
        pos: ks.start,
        span: Span::new(toks[ks.start].span.start, toks[ks.end - 1].span.end),
        form: MentionForm::Nominal,
        entity,
    });
}
