//! Step 1: lexicon matches and capitalised chunks, sentence by sentence.

use super::super::Context;
use crate::lexicon::{Day, Hit, LexMatch, Lexicon};
use crate::model::{EntityKind, MentionForm, Relation, Span};
use crate::text::tagger::Tagger;
use crate::text::{Token, TokenKind};
use ev::Flags;
use rustc_hash::FxHashSet;
// Fx: sets of words looked up once per token.
use rustc_hash::FxHashSet as HashSet;

/// Evidence bits gathered around a chunk.
pub(super) mod ev {
    /// A set of evidence bits.
    pub type Flags = u64;

    /// A title stands right before it.
    pub const TITLE_BEFORE: Flags = 1;
    /// Its first word is a given name.
    pub const GIVEN: Flags = 1 << 1;
    /// Its last word ends organisation names.
    pub const ORG_TAIL: Flags = 1 << 2;
    /// "Ministry of ...", "Bank of ...".
    pub const ORG_HEAD_OF: Flags = 1 << 3;
    /// Its last word ends place names.
    pub const PLACE_TAIL: Flags = 1 << 4;
    /// A name particle ("bin", "van", "al-").
    pub const PARTICLE: Flags = 1 << 5;
    /// All capitals, 2-6 letters.
    pub const ACRONYM: Flags = 1 << 6;
    /// After "in", "at", "near".
    pub const LOC_PREP: Flags = 1 << 7;
    /// Before "said", "told", "who".
    pub const SPEECH_AFTER: Flags = 1 << 8;
    /// After "the".
    pub const THE_BEFORE: Flags = 1 << 9;
    /// After "Mr.", "Mrs.".
    pub const HONORIFIC_BEFORE: Flags = 1 << 10;
    /// The dateline's place.
    pub const DATELINE: Flags = 1 << 11;
    /// A known place or demonym extended by capitalised words ("Mideast Quartet").
    pub const LEX_HEAD: Flags = 1 << 12;
    /// In a headline: capitals are no evidence.
    pub const HEADLINE: Flags = 1 << 13;
    /// Starts its sentence.
    pub const INITIAL: Flags = 1 << 14;
    /// Followed by a possessive "'s".
    pub const POSSESSIVE: Flags = 1 << 15;
    /// Contains an initial ("W.").
    pub const HAS_INITIAL: Flags = 1 << 16;
    /// A person's title comes right after it, in apposition ("Kirby, a spokesman").
    pub const TITLE_AFTER: Flags = 1 << 17;
    /// A capitalised common word comes right before it ("Peace Initiative").
    pub const CAP_BEFORE: Flags = 1 << 18;
    /// The document is a fragment of a few sentences.
    pub const FRAGMENT: Flags = 1 << 19;
    /// "the X regime", "the X administration": X is a leader's name.
    pub const LEADER_OF: Flags = 1 << 20;
    /// Listed with a known place or country ("Sarmin and Aleppo").
    pub const LIST_PLACE: Flags = 1 << 21;
    /// Listed with a known organisation.
    pub const LIST_ORG: Flags = 1 << 22;
    /// The whole name is a place of the generated tables ("Kirkcaldy").
    pub const GAZ_PLACE: Flags = 1 << 23;
    /// ... and a large one: a first-level region, or a city of
    /// [`BIG_PLACE`](super::BIG_PLACE) people or more.
    pub const GAZ_BIG_PLACE: Flags = 1 << 24;
    /// The whole name is a known actor's full name ("Helmut Kohl").
    pub const GAZ_PERSON: Flags = 1 << 25;
    /// The whole name is an organisation of the tables ("Unilever").
    pub const GAZ_ORG: Flags = 1 << 26;
    /// The name is a known actor's surname alone ("Reagan").
    pub const GAZ_SURNAME: Flags = 1 << 27;
    /// A noun for what a person is or does stands right before it ("solicitor Gareth
    /// Pierce", "Bookmaker ...").
    pub const ROLE_BEFORE: Flags = 1 << 28;
    /// A demonym describing it stands right before it ("Norwegian Ola Skuterud").
    pub const DEMONYM_BEFORE: Flags = 1 << 29;
    /// In an article about sport, a score or a word of the game next to it ("Somerset 83",
    /// "beat Somerset", "the Newcastle team"): a team, even when named after a place. In
    /// any article, a name in brackets after each of a list's people ("D Jones
    /// (Ospreys)").
    pub const TEAM: Flags = 1 << 30;
    /// In a line written in capitals, where a capital says nothing.
    pub const CAPS_LINE: Flags = 1 << 31;
    /// A title follows it, and a name the title's ("Fair Trials Abroad director Stephen
    /// Jakobi"): likely the organisation the title is in, but a person's name stands
    /// there too ("Bush spokesman Scott McClellan").
    pub const BEFORE_TITLE: Flags = 1 << 32;
    /// A noun for what someone is follows it, and a name the noun's ("Kasabian guitarist
    /// Sergio Pizzorno"): like [`BEFORE_TITLE`], but too weak to make a name of a
    /// sentence's first word ("Mob boss X").
    pub const BEFORE_ROLE: Flags = 1 << 41;
    /// After "at" following a job ("a fund manager at Perpetual Trustees"): an employer.
    pub const EMPLOYER: Flags = 1 << 33;
    /// Its last word stands alone elsewhere in the article, as people's surnames do
    /// ("Ola Skuterud ... Skuterud said").
    pub const SURNAME_REUSED: Flags = 1 << 34;
    /// Its first word stands alone elsewhere in the article, as companies' short names
    /// do ("Newbridge Capital ... Newbridge bought").
    pub const FIRST_REUSED: Flags = 1 << 35;
    /// Its first words name a large place and its last is a plural ("Indianapolis
    /// Colts", "Leeds Rhinos"): a team, not a person.
    pub const PLACE_HEAD: Flags = 1 << 36;
    /// A word for a work stands before it or "starring" after it ("the film Vera
    /// Drake", "starred in Closer", "Hopes, starring ..."): a title, no entity.
    pub const WORK: Flags = 1 << 37;
    /// In a report of games, it ends like a club's name ("Aston Villa", "Leicester
    /// City"), or in any article it is in brackets after each of a list's people: a
    /// team, even after a given name or a place.
    pub const TEAM_NAME: Flags = 1 << 38;
    /// Joined to another capitalised word by a capitalised little word in prose
    /// ("Married With Children", "Record Of The Year"), as titles of works are written.
    pub const TITLE_CASE: Flags = 1 << 39;
    /// After a title and "of" or "for" ("Ken Mayland, president of ClearView Economics",
    /// "a spokesman for DLF Builders"): what the title is held in, a body unless the
    /// name is a place's or a person's.
    pub const OF_TITLE: Flags = 1 << 40;
    /// In a report of games, a club's name follows it in brackets, as squads list
    /// players ("Abeyie (Woodford Green)"): a player, not a body.
    pub const CLUB_AFTER: Flags = 1 << 42;
    /// A possessive and a person's full name follow it ("ABN Amro's Eddie Wong"): where
    /// the person works, more often than another person.
    pub const OWNS_A_PERSON: Flags = 1 << 43;
    /// After a capitalised name's possessive ("Spain's Iberia", "Tottenham's Mido"):
    /// something a named body has, a name of its own.
    pub const OWNED: Flags = 1 << 44;
    /// Every word of it is one the treebank knows in lower case as a common word
    /// ("White Paper", "Speeder Bike"): a thing's name, unless a given name opens it.
    pub const COMMON_WORDS: Flags = 1 << 45;
    /// Its first word joins two capitalised words ("DaimlerChrysler", "BridgeHead").
    pub const JOINED_WORDS: Flags = 1 << 46;
    /// Its last word is one the treebank knows in lower case as a common word and no
    /// given name opens it ("Verizon Wireless", "Lunar Lander"): more often a firm's or
    /// a thing's name than a person's.
    pub const COMMON_TAIL: Flags = 1 << 47;
    /// "Umbro said it had signed", "Umbro, which makes shirts": what the name stands for
    /// is spoken of as "it" or "which", no person.
    pub const IT_AFTER: Flags = 1 << 48;
    /// After a body's name and its possessive ("Microsoft's Xbox", "the BBC's
    /// Newsnight"): what the body makes or runs, more often a product or a programme
    /// than a body of its own.
    pub const OWNED_BY_BODY: Flags = 1 << 49;
    /// After a head's title and "of" ("chairman of Hiram Walker"): one heads a body or
    /// a place, never a person, whatever the tables say of the name.
    pub const HEAD_OF: Flags = 1 << 50;
    /// In the list of a team's line-up in a report of games ("Leeds: Balshaw; Rees,
    /// Bell, ..."): a player, whatever the tables say of the name.
    pub const LINEUP: Flags = 1 << 51;
    /// Before a noun for a thing a company makes ("the Gizmondo device", "its DS
    /// handheld"): a product's name more often than a body's.
    pub const PRODUCT_AFTER: Flags = 1 << 52;
    /// Opens with a capitalised common word that is no given name ("Finding
    /// Neverland", "Saving Private Ryan"): a person's name needs more evidence.
    pub const COMMON_HEAD: Flags = 1 << 53;
    /// After a seat's title and "for" ("the MP for Ealing North"): a constituency,
    /// even when a verb of speech follows ("the MP for Birkenhead asked").
    pub const SEAT: Flags = 1 << 54;
}

/// Words after a verb of speech within which "it" reports what the speaker said of
/// itself: "Umbro said on Thursday it had".
const SPEECH_IT_WINDOW: usize = 3;

/// Most lower-case words of a role in apposition before the preposition of where it is
/// held (", head of equity research at").
const ROLE_APPOSITION_WORDS: usize = 5;

/// Most words of a club's name in brackets after a player's ("Shaftesbury Barnet
/// Harriers").
const MAX_CLUB_WORDS: usize = 6;

/// Name particles read in a row before a surname: "van der Sar", "de la Hoya".
const MAX_PARTICLES: usize = 2;

/// Inhabitants from which a place of the tables is large enough that its name, alone and
/// without other evidence, is taken for the place.
pub(super) const BIG_PLACE: u32 = 100_000;

/// Capitalised words a run needs, with its connectors, to be one name without an
/// organisation's or a place's word in it: "General Agreement on Tariffs" (3).
const MIN_WORDS_OF_TITLED_PHRASE: usize = 3;

/// Most capitalised words a party's adjective has before a title ("Social Democratic").
const MAX_WORDS_OF_PARTY_ADJECTIVE: usize = 2;

/// Most lower-case words qualifying a title after a party's adjective ("Tory shadow home
/// secretary": "shadow").
const MAX_TITLE_MODIFIERS_AFTER_PARTY: usize = 2;

/// Capitalised words at most on either side of the "and" of a portfolio before a title
/// ("Work and Pensions Secretary", "Environment, Food and Rural Affairs" is not read).
const MAX_WORDS_OF_PORTFOLIO_PART: usize = 2;

/// Capitalised words "and" may add inside a name already joined by a connector:
/// "Department for Education and Skills", "College of Further and Higher Education".
const MAX_WORDS_AFTER_AND: usize = 2;

/// A word before a name that describes it and is no part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Descriptor {
    /// What the person is or does ("solicitor"): a role.
    Role(Span),
    /// Where they are from ("Norwegian"): the lexicon entry of the country.
    Nationality(usize),
}

/// Evidence found before a name for the name that follows.
#[derive(Debug, Clone, Copy)]
struct Pending {
    /// The token the name must start at.
    at: usize,
    /// Evidence bits for it.
    flags: Flags,
    /// What the words before it say about it.
    descriptor: Option<Descriptor>,
}

/// Scores ("6-3", "2-1") in an article from which it reports games, where a place's name
/// next to a score or a word of the game is its team's.
const MIN_SCORES_OF_SPORT: usize = 3;

/// Different words of games ("innings", "striker", "halftime") in an article from which
/// it reports games.
const MIN_WORDS_OF_SPORT: usize = 3;

/// Line-ups ("Leeds: Balshaw; Rees, Bell, ...") in an article from which it reports
/// games: one list of names after a heading may be of anything, a second is the other
/// team's.
const MIN_LINEUPS_OF_SPORT: usize = 2;

/// Most digits on either side of a score's dash: "6-3", "429-7", not "1996-08-30".
const MAX_SCORE_DIGITS: usize = 3;

/// A number token that reads as a score or a team's total: "6-3", "83".
fn is_score(w: &str) -> bool {
    let short = |p: &str| {
        (1..=MAX_SCORE_DIGITS).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    match w.split_once('-') {
        Some((a, b)) => short(a) && short(b),
        None => short(w),
    }
}

/// How many tokens of the text are scores with a dash ("6-3").
fn scores(text: &str, toks: &[Token]) -> usize {
    toks.iter()
        .filter(|t| t.kind == TokenKind::Number)
        .filter(|t| {
            let w = &text[t.span.start..t.span.end];
            w.contains('-') && is_score(w)
        })
        .count()
}

/// Capitalised words at most after a known organisation's name that name a unit of it
/// ("Barclays Capital", "BBC World Service").
const MAX_WORDS_OF_UNIT: usize = 2;

/// Tokens read of an appositive for its head noun ("a senior defence ministry official").
const MAX_WORDS_OF_APPOSITIVE: usize = 8;

/// Lower-case words at most between a name and the title it is the organisation of
/// ("Lib Dem home affairs spokesman").
const MAX_WORDS_BEFORE_TITLE: usize = 2;

/// Lower-case words allowed between "at" and a title that describes a firm ("an analyst
/// at fund manager Delmar").
const WORKPLACE_MODIFIERS: usize = 2;

/// Words at most of a team's name in a table in capitals ("SAN FRANCISCO").
const MAX_WORDS_OF_CAPS_TEAM: usize = 3;

/// Number tokens, and their share of all tokens, from which an article is a table of
/// results: league standings, scores of a day's games.
const MIN_NUMBERS_OF_TABLE: usize = 40;
const MIN_NUMBER_SHARE_OF_TABLE: f32 = 0.25;

/// Words at most in a person's name after a demonym ("Norwegian Ola Skuterud").
const MAX_WORDS_OF_PERSON_AFTER_DEMONYM: usize = 3;

/// Words at most of a place's name at the head of a longer name ("New Orleans Saints").
const MAX_WORDS_OF_PLACE_HEAD: usize = 2;

/// Capitalised words at most of a nickname in quotes inside a person's name ("Vincent
/// 'The Chin' Gigante").
const MAX_WORDS_OF_NICKNAME: usize = 3;

/// Letters at most in a code that comes with digits ("RM10", "H1"), and one fewer than
/// the most in a party's abbreviation of a party-and-seat tag ("BN-Kuala").
const MAX_LETTERS_OF_CODE: usize = 3;

/// A capitalised run reaching a connector ("of", "for", "on", "and").
#[derive(Debug, Clone, Copy)]
struct Phrase<'a> {
    /// The run's first token.
    first: usize,
    /// The connector's token.
    connector: usize,
    /// The word before the connector.
    last_word: &'a str,
    /// An earlier connector already joined the run.
    joined: bool,
    /// The run starts with a given name.
    given: bool,
}

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ItemKind {
    /// A lexicon entity by name or demonym.
    Lex {
        /// Lexicon entry.
        entry: usize,
        /// Name or demonym.
        form: MentionForm,
        /// Plural people-demonym.
        plural: bool,
    },
    /// A title.
    Title(usize),
    /// A capitalised chunk, with evidence bits.
    Name(Flags),
    /// A pronoun; gender 'm', 'f' or 'n' ("it").
    Pronoun(char),
}

/// One candidate mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Item {
    /// Sentence index.
    pub sent: usize,
    /// First token (global index).
    pub a: usize,
    /// One past the last token (global index).
    pub b: usize,
    /// Byte span of the mention.
    pub span: Span,
    /// What it is.
    pub kind: ItemKind,
    /// The entry of the generated tables the name matches, if any.
    pub known: Option<u32>,
    /// A word before the name that describes it ("solicitor", "Norwegian"), not part of it.
    pub descriptor: Option<Descriptor>,
}

/// Scanned document.
pub(super) struct Scanned {
    /// Candidates in text order.
    pub items: Vec<Item>,
    /// Words seen capitalised inside prose sentences (not sentence-initial).
    pub cap_mid: HashSet<String>,
    /// The article reports games.
    pub sporty: bool,
}

/// True when `w` opens a phrase whose first word is capitalised as a sentence's is
/// ("said: \"Police ...").
fn is_phrase_opener(lex: &Lexicon, w: &str) -> bool {
    lex.text_vocabulary().phrase_openers.contains(w)
}

/// `w` ends with one of `endings` and has at least three letters before it.
pub(super) fn ends_with_any(w: &str, endings: &crate::lexicon::WordSet) -> bool {
    endings
        .iter()
        .any(|e| w.len() >= e.len() + 3 && w.ends_with(e.as_str()))
}

/// A plural common noun made of capitals: "PCs", "DVDs", "MPs".
fn plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// One capital letter, as an initial is when text is split into tokens by spaces.
fn is_spaced_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_none()
}

/// `capitalise(&w.to_lowercase())`: "MARCH" → "March"; a word in title case already
/// ("March") is borrowed as it is.
fn title_case_of(w: &str) -> std::borrow::Cow<'_, str> {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..]
            .iter()
            .all(|c| c.is_ascii() && !c.is_ascii_uppercase())
    {
        return std::borrow::Cow::Borrowed(w);
    }
    std::borrow::Cow::Owned(capitalise(&w.to_lowercase()))
}

/// "north" → "North".
fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The word holds a hyphen: '-', or U+2010 or U+2011, whose UTF-8 starts with byte E2
/// (tested first: most words have no such byte).
/// "'s" in either apostrophe.
pub(super) fn is_possessive(w: &str) -> bool {
    matches!(w, "'s" | "\u{2019}s")
}

fn has_hyphen(w: &str) -> bool {
    w.bytes().any(|b| b == b'-' || b == 0xe2) && w.contains(['-', '\u{2010}', '\u{2011}'])
}

fn word<'t>(text: &'t str, t: &Token) -> &'t str {
    &text[t.span.start..t.span.end]
}

/// Starts with a capital letter, or is "al-Sisi"/"el-Baradei".
pub(super) fn is_cap(w: &str) -> bool {
    let mut c = w.chars();
    match c.next() {
        Some(f) if f.is_uppercase() => true,
        // Every prefix below has its hyphen third or fourth.
        Some(_) if w.as_bytes().get(2) != Some(&b'-') && w.as_bytes().get(3) != Some(&b'-') => {
            false
        }
        Some(_) => {
            let rest = w
                .strip_prefix("al-")
                .or_else(|| w.strip_prefix("el-"))
                .or_else(|| w.strip_prefix("ad-"))
                .or_else(|| w.strip_prefix("as-"))
                .or_else(|| w.strip_prefix("an-"))
                .or_else(|| w.strip_prefix("ash-"));
            rest.is_some_and(|r| r.starts_with(char::is_uppercase))
        }
        None => false,
    }
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && w.chars()
            .all(|c| c.is_uppercase() || c == '&' || c == '.' || c.is_ascii_digit())
}

/// Words of a noun phrase for a work before a title in apposition ("his next major
/// film, X").
const WORK_NOUN_PHRASE_WORDS: usize = 4;

/// Fewest lower-case letters inside a word before a capital that make it a brand's
/// joined words ("DaimlerChrysler", "PlayStation"); a surname's prefix has fewer
/// ("MacLeod", "McKay", "DiCaprio").
const MIN_JOINED_WORD: usize = 3;

/// A word of two capitalised words joined, as companies and products are named.
fn is_joined_words(w: &str) -> bool {
    let mut run = 0;
    for (i, c) in w.chars().enumerate() {
        if c.is_lowercase() {
            run += 1;
        } else if c.is_uppercase() && i > 0 && run >= MIN_JOINED_WORD {
            return true;
        } else {
            run = 0;
        }
    }
    false
}

fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Scan every sentence of the document.
pub(super) fn scan(cx: &Context<'_>) -> Scanned {
    let text = cx.doc.text.as_str();
    let lex = &cx.res.lexicon;
    let seg = cx.seg;
    // Document-wide word evidence: lower-case words, and capitalised words seen
    // mid-sentence in prose.
    // Fx: one insert per word of the document; SipHash's flood resistance buys nothing here.
    // Room for every token at once: growing the set rehashes what it holds.
    let mut lower_seen: FxHashSet<&str> =
        FxHashSet::with_capacity_and_hasher(seg.tokens.len(), Default::default());
    let mut cap_mid: HashSet<String> = HashSet::default();
    // The words of games among the lower-case words, noted as each is first seen.
    let sport = &lex.words.sport_words;
    let mut sport_seen: FxHashSet<String> = FxHashSet::default();
    for s in &seg.sentences {
        let toks = seg.sentence_tokens(s);
        let first = toks.iter().position(|t| t.kind == TokenKind::Word);
        let web_address = has_web_address(text, toks);
        for (k, t) in toks.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = word(text, t);
            if w.starts_with(char::is_lowercase) {
                if !web_address && lower_seen.insert(w) && sport.contains(w) {
                    sport_seen.insert(w.to_string());
                }
            } else {
                let after_opener = || k > 0 && is_phrase_opener(lex, word(text, &toks[k - 1]));
                if !s.headline && Some(k) != first && !after_opener() && !cap_mid.contains(w) {
                    cap_mid.insert(w.to_string());
                }
            }
        }
    }
    let cap_mid_lower: HashSet<String> = cap_mid
        .iter()
        // "MARCH" mid-sentence in prose is still a month.
        .filter(|w| !lex.words.common_words.contains(&title_case_of(w)))
        .map(|w| w.to_lowercase())
        .collect();
    // Each sentence's line-up, read once: where its list of names starts.
    let lineups: Vec<Option<usize>> = seg
        .sentences
        .iter()
        .map(|s| crate::extract::lineup::read(cx.res, &text[s.span.start..s.span.end]))
        .map(|l| l.map(|l| l.list_start))
        .collect();
    let sporty = is_sporty(cx, sport_seen, &lineups);
    let mut sc = Scanner {
        text,
        lex,
        lower_seen,
        cap_mid: &cap_mid,
        cap_mid_lower: &cap_mid_lower,
        items: Vec::new(),
        matches: Vec::new(),
        hay: String::new(),
        starts: Vec::new(),
        caps_line: false,
        day: cx.doc.meta.date.as_deref().and_then(Day::parse_iso),
        sporty,
        pending: None,
        lineup_from: None,
        lineups,
    };
    for s in &seg.sentences {
        let caps = s.headline && crate::text::is_all_caps(&text[s.span.start..s.span.end]);
        sc.caps_line = caps;
        sc.sentence(
            cx,
            s.index,
            s.tokens.start,
            seg.sentence_tokens(s),
            s.headline,
            caps,
        );
    }
    // Names read after the last sentence are no line-up's.
    sc.lineup_from = None;
    sc.teams_everywhere(seg);
    let scanned = std::mem::take(&mut sc.items);
    let items = join_company_tails(&sc, seg, scanned);
    Scanned {
        items,
        cap_mid,
        sporty,
    }
}

/// Tokens of a company's tail cut from the name before it: a word and a legal form.
const COMPANY_TAIL_TOKENS: usize = 2;

/// A company's name the lexicon or a connector cut in two, joined again: "Chase
/// Manhattan Asia Ltd", "General Motors of Canada Ltd", "First National Bank and Trust
/// Co". Left apart, the tails ("Asia Ltd", "Canada Ltd") would join unrelated firms
/// across a corpus.
fn join_company_tails(
    sc: &Scanner<'_>,
    seg: &crate::text::Segmented,
    items: Vec<Item>,
) -> Vec<Item> {
    let words = &sc.lex.words;
    let w = |k: usize| sc.w(&seg.tokens[k]);
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for it in items {
        let tail = matches!(it.kind, ItemKind::Name(_))
            && it.b - it.a == COMPANY_TAIL_TOKENS
            && words.company_suffixes.contains(w(it.b - 1));
        let joined = out
            .last_mut()
            .filter(|p| tail && p.sent == it.sent)
            .filter(|p| {
                let org = match p.kind {
                    ItemKind::Lex { entry, form, .. } => {
                        form == MentionForm::Name
                            && sc.lex.entries[entry].kind == EntityKind::Organization
                    }
                    ItemKind::Name(_) => true,
                    _ => false,
                };
                let between = (p.b < it.a).then(|| w(p.b));
                let gap = match between {
                    None => p.b == it.a,
                    // Not someone of a firm: "Jo Kroon of Asia Ltd".
                    Some("of") => {
                        let last = w(p.b - 1);
                        let unnamed = p.b - p.a >= 2 && !words.given_names.contains(w(p.a));
                        let body = matches!(p.kind, ItemKind::Lex { .. })
                            || words.company_suffixes.contains(last)
                            || words.org_tails.contains(last)
                            || unnamed;
                        p.b + 1 == it.a && body
                    }
                    Some("and") => {
                        p.b + 1 == it.a
                            && words.org_tails.contains(w(p.b - 1))
                            && words.org_tails.contains(w(it.a))
                    }
                    _ => false,
                };
                org && gap
            });
        match joined {
            Some(p) => {
                p.b = it.b;
                p.span = Span::new(p.span.start, it.span.end);
                p.kind = ItemKind::Name(ev::ORG_TAIL);
                p.known = None;
            }
            None => out.push(it),
        }
    }
    out
}

/// A quotation mark around a nickname.
fn is_quote(w: &str) -> bool {
    matches!(
        w,
        "'" | "\"" | "\u{2018}" | "\u{2019}" | "\u{201c}" | "\u{201d}"
    )
}

/// Does the sentence hold a web address ("http://www.example.com/jane-doe-quits")? Its
/// lower-case words are no prose: a name written there in lower case is still a name.
pub(super) fn has_web_address(text: &str, toks: &[Token]) -> bool {
    // Byte tests: every sentence of every document is asked.
    let is =
        |t: &Token, c: u8| t.span.end == t.span.start + 1 && text.as_bytes()[t.span.start] == c;
    toks.windows(3)
        .any(|w| is(&w[0], b':') && is(&w[1], b'/') && is(&w[2], b'/'))
}

/// The article reports games: several scores ("6-3"), or several words of games in its
/// prose or its headlines ("CRICKET - ...", "innings", "striker").
///
/// `sport_seen` holds the words of games the article writes in lower case in its prose.
fn is_sporty(cx: &Context<'_>, sport_seen: FxHashSet<String>, lineups: &[Option<usize>]) -> bool {
    let text = cx.doc.text.as_str();
    let seg = cx.seg;
    if scores(text, &seg.tokens) >= MIN_SCORES_OF_SPORT {
        return true;
    }
    let small = seg
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Number && is_score(word(text, t)))
        .count();
    if small >= MIN_NUMBERS_OF_TABLE
        && small as f32 >= MIN_NUMBER_SHARE_OF_TABLE * seg.tokens.len() as f32
    {
        return true;
    }
    // "Leeds: Balshaw; Rees, ..." and "Saracens: Bartholomeusz; ...": teams' line-ups.
    if lineups.iter().flatten().count() >= MIN_LINEUPS_OF_SPORT {
        return true;
    }
    let sport = &cx.res.lexicon.words.sport_words;
    let mut seen = sport_seen;
    for s in seg.sentences.iter().filter(|s| s.headline) {
        for t in seg.sentence_tokens(s) {
            let w = word(text, t).to_lowercase();
            if sport.contains(&w) {
                seen.insert(w);
            }
        }
    }
    seen.len() >= MIN_WORDS_OF_SPORT
}

struct Scanner<'a> {
    text: &'a str,
    lex: &'a Lexicon,
    lower_seen: FxHashSet<&'a str>,
    cap_mid: &'a HashSet<String>,
    cap_mid_lower: &'a HashSet<String>,
    items: Vec<Item>,
    matches: Vec<LexMatch>,
    hay: String,
    starts: Vec<usize>,
    /// The sentence being scanned is in capitals.
    caps_line: bool,
    /// The document's date, which tells who a known surname is.
    day: Option<Day>,
    /// The document reports games: several scores ("6-3", "2-1").
    sporty: bool,
    /// Evidence found just before the next name ("solicitor", "Norwegian").
    pending: Option<Pending>,
    /// When the sentence being scanned is a team's line-up, the token its list of
    /// names starts at.
    lineup_from: Option<usize>,
    /// Where each sentence's line-up list starts (a byte offset into the sentence).
    lineups: Vec<Option<usize>>,
}

impl Scanner<'_> {
    fn w(&self, t: &Token) -> &str {
        word(self.text, t)
    }

    fn push(&mut self, sent: usize, g0: usize, toks: &[Token], a: usize, b: usize, kind: ItemKind) {
        if matches!(kind, ItemKind::Name(_)) && self.gloss(toks, a, b) {
            return;
        }
        let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
        // "US$40,000", "HK$2m": letters joined to a dollar sign name a currency.
        if self.text[span.end..].starts_with('$') {
            return;
        }
        let pending = self.pending.take().filter(|p| p.at == a);
        let (kind, known) = match kind {
            ItemKind::Name(f) => {
                let (more, known) = self.table_evidence(span);
                let before = pending.map_or(0, |p| p.flags);
                let head = self.place_head(toks, a, b);
                (ItemKind::Name(f | more | before | head), known)
            }
            k => (k, None),
        };
        let descriptor = pending.and_then(|p| p.descriptor);
        self.items.push(Item {
            sent,
            a: g0 + a,
            b: g0 + b,
            span,
            kind,
            known,
            descriptor,
        });
    }

    /// What the generated tables say about a whole name: evidence bits, and the entry it
    /// names when that is clear. A known person's surname names them only when the
    /// document's date falls in one of their terms and in no other such person's.
    fn table_evidence(&self, span: Span) -> (Flags, Option<u32>) {
        let g = self.lex.gazetteer();
        let mut flags = 0;
        let mut known = None;
        let mut surname: Option<Option<u32>> = None;
        for hit in g.lookup(&self.text[span.start..span.end], self.caps_line) {
            let k = &g.known[hit.id as usize];
            let one_word = !self.text[span.start..span.end].contains(char::is_whitespace);
            let bit = match k.kind {
                // In a report of games a town's name alone is as likely its team's.
                EntityKind::Place if self.sporty && one_word && !k.region => continue,
                // "his part in Closer": a small place named like a word the article
                // writes in lower case is more likely that word.
                EntityKind::Place
                    if one_word
                        && !k.region
                        && k.population < BIG_PLACE
                        && self
                            .lower_seen
                            .contains(self.text[span.start..span.end].to_lowercase().as_str()) =>
                {
                    continue
                }
                EntityKind::Place if k.region || k.population >= BIG_PLACE => {
                    ev::GAZ_PLACE | ev::GAZ_BIG_PLACE
                }
                EntityKind::Place => ev::GAZ_PLACE,
                EntityKind::Person if hit.surname => {
                    let active = self
                        .day
                        .is_some_and(|d| g.roles(hit.id).iter().any(|r| r.holds_on(d)));
                    if active {
                        // Two people in office under one surname: neither is meant.
                        surname = Some(match surname {
                            None => Some(hit.id),
                            Some(_) => None,
                        });
                    }
                    ev::GAZ_SURNAME
                }
                EntityKind::Person => ev::GAZ_PERSON,
                _ => ev::GAZ_ORG,
            };
            if known.is_none() && bit & (ev::GAZ_PERSON | ev::GAZ_ORG) != 0 {
                known = Some(hit.id);
            }
            if known.is_none() && bit & ev::GAZ_PLACE != 0 && flags & ev::GAZ_PLACE == 0 {
                known = Some(hit.id);
            }
            flags |= bit;
        }
        // "Reagan" in an article of 1987: that surname then names one known person.
        if flags & (ev::GAZ_PERSON | ev::GAZ_ORG) == 0 {
            if let Some(Some(id)) = surname {
                known = Some(id);
                flags |= ev::GAZ_PERSON;
            }
        }
        (flags, known)
    }

    /// [`ev::PLACE_HEAD`] when the name at `a..b` starts with a large place's name of the
    /// lexicon or the tables and ends with a plural ("Indianapolis Colts", "New Orleans
    /// Saints"); not when its first word is a given name ("Austin Powers"), nor when the
    /// last word is a surname's shape ("Ogun Temizkanoglu", "Houston Ellis").
    fn place_head(&self, toks: &[Token], a: usize, b: usize) -> Flags {
        let first = self.w(&toks[a]);
        let last = self.w(&toks[b - 1]);
        let plural = last.ends_with('s')
            && !["ss", "us", "is", "'s"].iter().any(|e| last.ends_with(e))
            && last.starts_with(char::is_uppercase)
            && !self.cap_mid.contains(&last[..last.len() - 1]);
        if b < a + 2 || !plural || self.lex.words.given_names.contains(first) {
            return 0;
        }
        let g = self.lex.gazetteer();
        let big_place = |text: &str| {
            let lexical = matches!(self.lex.lookup_word(text), Some(Hit::Entity { entry, form: MentionForm::Name, .. })
                if matches!(self.lex.entries[entry].kind, EntityKind::Place | EntityKind::Country));
            lexical
                || g.lookup(text, self.caps_line).any(|h| {
                    let k = &g.known[h.id as usize];
                    !h.surname
                        && matches!(k.kind, EntityKind::Place | EntityKind::Country)
                        && (k.region || k.population >= BIG_PLACE)
                })
        };
        let whole = &self.text[toks[a].span.start..toks[b - 1].span.end];
        let place_of_its_own = g.lookup(whole, self.caps_line).any(|h| {
            matches!(
                g.known[h.id as usize].kind,
                EntityKind::Place | EntityKind::Country
            )
        });
        if place_of_its_own || big_place(whole) {
            return 0;
        }
        let heads = (b - a - 1).min(MAX_WORDS_OF_PLACE_HEAD);
        let found = (1..=heads).any(|l| {
            let words = &toks[a..a + l];
            words.iter().all(|t| t.kind == TokenKind::Word)
                && big_place(&self.text[toks[a].span.start..toks[a + l - 1].span.end])
        });
        if found {
            ev::PLACE_HEAD
        } else {
            0
        }
    }

    /// Is the name at `a..b` another language's form of a name just given ("the Hamrin
    /// Mountains (Arabic: ... Jabal Hamrin, Kurdish: ...)", "(Kiteba Cilwe in Kurdish)")?
    /// Such glosses repeat the entity in another tongue; they are no mentions of their own.
    fn gloss(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let language = |k: usize| {
            toks.get(k)
                .is_some_and(|t| self.lex.words.languages.contains(self.w(t)))
        };
        // A language's name ("in Hebrew") is no entity.
        if b == a + 1 && language(a) {
            return true;
        }
        // Right after words in another script.
        if a > 0
            && self
                .w(&toks[a - 1])
                .chars()
                .any(|c| c.is_alphabetic() && !c.is_ascii() && (c as u32) >= 0x370)
        {
            return true;
        }
        // Inside parentheses: "(Arabic: X, Kurdish: Y)" or "(X in Kurdish)".
        for k in (a.saturating_sub(16)..a).rev() {
            match self.w(&toks[k]) {
                ")" => return false,
                "(" => {
                    return (language(k + 1) && toks.get(k + 2).is_some_and(|t| self.w(t) == ":"))
                        || (toks.get(b).is_some_and(|t| self.w(t) == "in") && language(b + 1));
                }
                _ => {}
            }
        }
        false
    }

    /// A month word at `k` is a given name when a surname-like word follows: capitalised,
    /// no number, no known name, no organisation or place word ("Jan Novak", not "Jan 5"
    /// or "May Congress").
    fn month_given_name(&self, toks: &[Token], k: usize, rest: &[LexMatch]) -> bool {
        let Some(t) = toks.get(k + 1) else {
            return false;
        };
        let w = self.w(t);
        t.kind == TokenKind::Word
            && t.span.start > toks[k].span.end
            && self.nameish(w)
            && rest.first().is_none_or(|m| m.start != k + 1)
            && !self.lex.words.org_tails.contains(w)
            && !self.lex.words.org_heads.contains(w)
            && !self.lex.words.place_tails.contains(w)
    }

    /// A month word at `k` right after a title is a surname when no day or year follows:
    /// "Lord Justice May ruled", "Mr May said", not "Minister in May 2004".
    fn month_surname(&self, toks: &[Token], k: usize) -> bool {
        toks.get(k + 1)
            .is_none_or(|t| !self.w(t).starts_with(|c: char| c.is_ascii_digit()))
    }

    /// The kind of the entity a lexicon match names by its name (not a demonym or a
    /// title).
    fn named_kind(&self, m: &LexMatch) -> Option<EntityKind> {
        match m.hit {
            Hit::Entity {
                entry,
                form: MentionForm::Name,
                ..
            } => Some(self.lex.entries[entry].kind),
            _ => None,
        }
    }

    /// The end of a body's name whose words from `k` to `j` end in a one-word body the
    /// lexicon knows, matched at `j`: "Trades Union Congress".
    fn known_body_tail(&self, toks: &[Token], k: usize, j: usize, m: &LexMatch) -> Option<usize> {
        (j > k + 1 && self.body_tail_at(toks, m, j)).then_some(m.end)
    }

    /// Whether the lexicon's match `m` is a one-word organisation at `j` whose word ends
    /// bodies' names ("Parliament").
    fn body_tail_at(&self, toks: &[Token], m: &LexMatch, j: usize) -> bool {
        m.start == j
            && m.end == j + 1
            && matches!(m.hit, Hit::Entity { entry, .. }
                if self.lex.entries[entry].kind == EntityKind::Organization)
            && self.lex.words.org_tails.contains(self.w(&toks[j]))
    }

    /// Whether capitalised common words from `k` to `j`, inside a sentence, open a longer
    /// name of a body the lexicon knows by its last words: "the New Democratic Party",
    /// "the Liberal Democratic Party" are no "Democratic Party". Not a title's modifier
    /// ("Senior Democratic Party figures").
    fn opens_known_body(&self, toks: &[Token], k: usize, j: usize, m: &LexMatch) -> bool {
        self.named_kind(m) == Some(EntityKind::Organization)
            && m.start == j
            && m.end > j + 1
            && self.lex.words.org_tails.contains(self.w(&toks[m.end - 1]))
            && !toks[k..j]
                .iter()
                .any(|t| self.lex.words.title_modifiers.contains(self.w(t)))
    }

    /// The end of a body's name whose common words, from `k` to `j`, run into a one-word
    /// body or place the lexicon knows: "Trades Union Congress", "International Labour
    /// Organisation", "Greater London Authority". Not the lexicon's name after a body's
    /// one common word alone ("Former Senate").
    fn through_known_word(
        &self,
        toks: &[Token],
        k: usize,
        j: usize,
        m: &LexMatch,
        rest: &[LexMatch],
    ) -> Option<usize> {
        if m.start != j || m.end != j + 1 {
            return None;
        }
        // "Trades Union Congress": the known name ends the body's.
        if let Some(end) = self.known_body_tail(toks, k, j, m) {
            return Some(end);
        }
        // "International Labour Organisation": the body's name goes on past it.
        if !matches!(
            self.named_kind(m),
            Some(EntityKind::Organization | EntityKind::Place)
        ) {
            return None;
        }
        let limit = rest.first().map_or(toks.len(), |r| r.start);
        let end = self.cap_run_end(toks, m.end, limit);
        if end == m.end || !self.lex.words.org_tails.contains(self.w(&toks[end - 1])) {
            return None;
        }
        // "South Texas College of Law": on through what the body is of.
        if toks.get(end).is_some_and(|t| self.w(t) == "of") {
            let (of_end, _) = self.chunk(toks, m.end, limit, rest);
            return Some(end.max(of_end));
        }
        Some(end)
    }

    /// The end of a known name after "of" in a body's name: past the capitalised words
    /// after it when it is a demonym ("Confederation of British Industry").
    fn after_demonym_words(&self, toks: &[Token], m: &LexMatch) -> usize {
        if !matches!(
            m.hit,
            Hit::Entity {
                form: MentionForm::Demonym,
                ..
            }
        ) {
            return m.end;
        }
        self.cap_run_end(toks, m.end, toks.len())
    }

    /// Is the word a plausible start or part of a name?
    fn nameish(&self, w: &str) -> bool {
        // Most words of prose are in lower case: the cheapest test goes first.
        if !is_cap(w) {
            return false;
        }
        // "I'm", "We've", "Don't": contractions are no names.
        if let Some((head, _)) = w.split_once(['\'', '\u{2019}']) {
            if head == "I" || self.lex.words.function_words.contains(head) || head.ends_with('n') {
                return false;
            }
        }
        // A lone capital letter ("44°30′E") is no name; initials are "W.".
        w.chars().nth(1).is_some()
            && !self.lex.words.common_words.contains(w)
            && !self.common_in_capitals(w)
            && !self.lex.words.nationality_words.contains(w)
            && !w.chars().all(|c| !c.is_alphabetic())
    }

    /// A word in capitals that is a common word in title case ("MARCH", "SHARES").
    fn common_in_capitals(&self, w: &str) -> bool {
        w.len() > 1
            && w.chars().all(|c| !c.is_lowercase())
            && self
                .lex
                .words
                .common_words
                .contains(&capitalise(&w.to_lowercase()))
    }

    /// In a title-case headline, a word the article writes in lower case in its prose,
    /// as it is or inflected, and never capitalised there: "Checks" beside "checked",
    /// "Beat" beside "beat".
    fn headline_word(&self, w: &str) -> bool {
        if self.cap_mid.contains(w) || self.lex.words.given_names.contains(w) || is_acronym(w) {
            return false;
        }
        let lower = w.to_lowercase();
        if self.lower_seen.contains(lower.as_str()) {
            return true;
        }
        let stem = ["ies", "es", "s", "ed", "ing"]
            .iter()
            .find_map(|e| lower.strip_suffix(e).filter(|s| s.len() >= 3))
            .unwrap_or(&lower);
        ["", "s", "es", "ed", "d", "ing", "e"]
            .iter()
            .any(|e| self.lower_seen.contains(format!("{stem}{e}").as_str()))
    }

    /// A word of a headline that is no part of a name before it: a headline word, or a
    /// verb headlines use ("Jane Doe Quits") that the prose never capitalises.
    fn headline_verb(&self, w: &str) -> bool {
        self.headline_word(w)
            || (self.lex.words.headline_verbs.contains(w) && !self.cap_mid.contains(w))
    }

    /// The end of a headline's name from `k` to `j` without the headline words closing
    /// it ("Jane Doe Checks" → "Jane Doe", "Sox Make Offer" → "Sox"); the first word
    /// always stays. The name keeps as many words as can end a name.
    fn without_headline_words(&self, toks: &[Token], k: usize, j: usize) -> usize {
        // "Department for Education": a name joined by a connector is taken whole; a
        // nickname's quotes are no connector ("Vincent 'The Chin' Gigante Dies").
        if toks[k..j].iter().any(|t| {
            if t.kind == TokenKind::Word {
                !is_cap(self.w(t))
            } else {
                !is_quote(self.w(t))
            }
        }) {
            return j;
        }
        let mut first_verb = j;
        while first_verb > k + 1
            && toks[first_verb - 1].kind == TokenKind::Word
            && self.headline_verb(self.w(&toks[first_verb - 1]))
        {
            first_verb -= 1;
        }
        (first_verb..j)
            .rev()
            .find(|&e| self.can_end_headline_name(toks, k, e))
            .unwrap_or(j)
    }

    /// Can the name from `k` end before `e`: its last word is one the prose capitalises,
    /// or it is a given name and more ("Jane Doe").
    fn can_end_headline_name(&self, toks: &[Token], k: usize, e: usize) -> bool {
        self.cap_mid.contains(self.w(&toks[e - 1]))
            || (e >= k + 2 && self.lex.words.given_names.contains(self.w(&toks[k])))
    }

    /// A capitalised word that is an ordinary English word: seen in lower case in this
    /// document and never capitalised mid-sentence, or a common word.
    /// A given name at `k` and a capitalised word after it that is no common word: a
    /// person's name opening there, even where the given name is also a word ("Mark
    /// Hughes left", "Dean Ashton signed"). Not before a known name (`next_lex`: "Will
    /// Labour win?").
    fn given_name_opens(&self, toks: &[Token], k: usize, next_lex: usize) -> bool {
        self.lex.words.given_names.contains(self.w(&toks[k]))
            && k + 1 < next_lex
            && toks.get(k + 1).is_some_and(|t| {
                let w = self.w(t);
                t.kind == TokenKind::Word && is_cap(w) && !self.ordinary(w)
            })
    }

    /// "Dean Ashton signed": a capitalised role noun that is also a given name, before
    /// exactly one more capitalised word, opens a person's name.
    fn given_name_then_surname(&self, toks: &[Token], k: usize, next_lex: usize) -> bool {
        let cap_after = toks
            .get(k + 2)
            .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)));
        self.given_name_opens(toks, k, next_lex) && !cap_after
    }

    fn ordinary(&self, w: &str) -> bool {
        if self.lex.words.common_words.contains(w) {
            return true;
        }
        if self.cap_mid.contains(w) {
            return false;
        }
        let lower = w.to_lowercase();
        self.lower_seen.contains(lower.as_str())
            || ((lower.ends_with("ed") || lower.ends_with("ing") || lower.ends_with("ly"))
                && !self.lex.words.given_names.contains(w))
    }

    fn sentence(
        &mut self,
        cx: &Context<'_>,
        sent: usize,
        g0: usize,
        toks: &[Token],
        headline: bool,
        caps: bool,
    ) {
        let n = toks.len();
        let mut matches = std::mem::take(&mut self.matches);
        self.lex.find(
            self.text,
            toks,
            caps,
            &mut self.hay,
            &mut self.starts,
            &mut matches,
        );
        if caps {
            // In capitals, short forms ("US", "IT") and titles are no evidence, nor is
            // a word the article uses in lower case ("STOCK SPLIT" is no city).
            matches.retain(|m| {
                let span = &self.text[toks[m.start].span.start..toks[m.end - 1].span.end];
                let ordinary =
                    m.end == m.start + 1 && self.lower_seen.contains(span.to_lowercase().as_str());
                !matches!(m.hit, Hit::Title(_))
                    && (span.len() > 3 || span.contains('.'))
                    && !ordinary
            });
        }
        matches.retain(|m| !self.title_inside_body_name(toks, m) && !self.demonym_surname(toks, m));
        self.lineup_from = self.lineup_list_token(cx.seg.sentences[sent].span.start, sent, toks);
        let first_word = toks.iter().position(|t| t.kind == TokenKind::Word);
        let initial = |k: usize| {
            Some(k) == first_word
                || (k > 0 && is_phrase_opener(self.lex, word(self.text, &toks[k - 1])))
        };
        let mut mi = 0;
        let mut k = 0;
        let mut title_end: Option<(usize, usize)> = None; // (token after title, title)
        let hl = if headline { ev::HEADLINE } else { 0 };
        // The dateline's place at the start of a sentence.
        if let Some(dl) = &cx.seg.dateline {
            if let Some(end) = self.dateline_at(toks, dl, cx.seg.dateline_span) {
                let kind = match self.lex.entry_named(dl) {
                    Some(entry) => ItemKind::Lex {
                        entry,
                        form: MentionForm::Name,
                        plural: false,
                    },
                    None => ItemKind::Name(ev::DATELINE),
                };
                self.push(sent, g0, toks, 0, end, kind);
                k = end;
                while mi < matches.len() && matches[mi].start < k {
                    mi += 1;
                }
            }
        }
        // "NEW YORK, MARCH 27 - ...": a dateline in capitals opening a line of prose.
        if k == 0 && !caps {
            if let Some((end, entry)) = self.caps_dateline(toks) {
                let kind = ItemKind::Lex {
                    entry,
                    form: MentionForm::Name,
                    plural: false,
                };
                self.push(sent, g0, toks, 0, end, kind);
                k = end;
            }
        }
        while k < n {
            while mi < matches.len() && matches[mi].start < k {
                mi += 1;
            }
            if mi < matches.len() && matches[mi].start == k {
                let m = matches[mi];
                mi += 1;
                k = self.lex_item(sent, g0, toks, m, &matches[mi..], &mut title_end, hl);
                continue;
            }
            let t = toks[k];
            if t.kind != TokenKind::Word {
                k += 1;
                continue;
            }
            let text = self.text;
            let w = word(text, &t);
            // "Crown Prince Frederik and Crown Princess Mary": after a title, a name.
            let after_title = title_end.is_some_and(|(e, _)| e == k);
            if let Some(m) = self
                .portfolio(toks, k, matches.get(mi))
                .filter(|_| !after_title)
            {
                if let Hit::Title(ti) = m.hit {
                    self.push(sent, g0, toks, k, m.end, ItemKind::Title(ti));
                    title_end = Some((m.end, ti));
                    k = m.end;
                    continue;
                }
            }
            if hl == 0 {
                if let Some((end, entry)) = self.party_adjective(cx, toks, k, matches.get(mi)) {
                    let party = ItemKind::Lex {
                        entry,
                        form: MentionForm::Name,
                        plural: false,
                    };
                    self.push(sent, g0, toks, k, end, party);
                    k = end;
                    continue;
                }
            }
            // "Northern Iraq", "Eastern Ukraine": a region named by a compass word and a
            // known place; not at the start of a sentence, where any word has a capital,
            // nor inside a longer name ("Central Jakarta District Court").
            let compass = self.lex.words.compass.contains(w) && hl == 0 && !initial(k);
            // "Real Madrid", "Inter Milan": a club named by a word and its town; "Air
            // Canada": a company.
            let club = self.lex.words.club_openers.contains(w);
            let firm = self.lex.words.firm_openers.contains(w);
            if compass || club || firm {
                if let Some(m) = self.whole_place_after(toks, k, matches.get(mi)) {
                    let cue = match (club, firm) {
                        (true, _) => ev::TEAM,
                        (_, true) => ev::ORG_TAIL,
                        _ => ev::PLACE_TAIL,
                    };
                    let flags = cue | hl | self.context_flags(toks, k, m.end);
                    self.push(sent, g0, toks, k, m.end, ItemKind::Name(flags));
                    k = m.end;
                    mi += 1;
                    continue;
                }
            }
            if let Some(g) = self.lex.pronoun_gender(w) {
                self.push(sent, g0, toks, k, k + 1, ItemKind::Pronoun(g));
                k += 1;
                continue;
            }
            if caps {
                // Only words also seen as names in the prose count in capitals.
                k = self.caps_chunk(sent, g0, toks, k, &matches[mi..]);
                continue;
            }
            if has_hyphen(w) && self.former_prefixed(sent, g0, toks, k, &matches[mi..]) {
                k += 1;
                continue;
            }
            if has_hyphen(w) && self.compound(w) {
                // "Israeli-Palestinian", "Kerry-led": a modifier, not a name.
                self.hyphen_parts(sent, g0, toks, k);
                k += 1;
                continue;
            }
            if self.lex.words.month_given_names.contains(w)
                && (self.month_given_name(toks, k, &matches[mi..])
                    || after_title && self.month_surname(toks, k))
            {
                let next_lex = matches.get(mi).map_or(n, |m| m.start);
                let (j, flags) = self.chunk(toks, k, next_lex, &matches[mi..]);
                let flags = flags
                    | ev::GIVEN
                    | hl
                    | self.context_flags(toks, k, j)
                    | self.title_flags(toks, title_end, k);
                self.push(sent, g0, toks, k, j, ItemKind::Name(flags));
                k = j;
                continue;
            }
            // "Scottish Parliament", "Muslim Council of Britain": a nationality opens a
            // name only as common words do, when the name ends like a body's.
            let nationality = self.lex.words.nationality_words.contains(w);
            let common = (self.lex.words.common_words.contains(w) || nationality)
                && !self.lex.words.function_words.contains(w);
            if !self.nameish(w) && !common {
                k += 1;
                continue;
            }
            // "PCs", "MPs": a plural common noun, after which a name may still start
            // ("Labour MPs Kate Hoey and ...").
            if plural_acronym(w) {
                k += 1;
                continue;
            }
            if self.junk_start(toks, k) {
                self.push_party_of_seat_tag(sent, g0, toks, k);
                k = self.cap_run_end(toks, k + 1, matches.get(mi).map_or(n, |m| m.start));
                continue;
            }
            let init = initial(k);
            let next_lex = matches.get(mi).map_or(n, |m| m.start);
            if init
                && self.ordinary(w)
                && !self.describes_name(toks, k)
                && !self.given_name_opens(toks, k, next_lex)
                && !self.opens_org_name(toks, k, next_lex, &matches[mi..])
            {
                k += 1;
                continue;
            }
            if init
                && (self.before_known_person(toks, k, next_lex)
                    || self.common_word_before_full_name(toks, k, next_lex))
            {
                k += 1;
                continue;
            }
            if self.descriptor(toks, k, next_lex, &matches[mi..]) {
                k += 1;
                continue;
            }
            let given_start = self.lex.words.given_names.contains(w)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)));
            if common && !given_start {
                // "National Football League": common words starting a name that ends
                // like an organisation's or a place's.
                let (j, mut flags) = self.chunk(toks, k, next_lex, &matches[mi..]);
                // "the Scottish Parliament": a nationality and a body's one-word name.
                let j = match matches.get(mi) {
                    Some(m) if nationality && j == k + 1 && self.body_tail_at(toks, m, j) => {
                        flags |= ev::ORG_TAIL;
                        m.end
                    }
                    // Not a country's word: "the British Labour Party" is Labour.
                    Some(m)
                        if (!nationality || self.lex.lookup_word(w).is_none())
                            && !init
                            && self.opens_known_body(toks, k, j, m) =>
                    {
                        flags |= ev::ORG_TAIL;
                        m.end
                    }
                    Some(m) if !nationality => {
                        match self.through_known_word(toks, k, j, m, &matches[mi + 1..]) {
                            Some(end) => {
                                flags |= ev::ORG_TAIL;
                                end
                            }
                            None => j,
                        }
                    }
                    _ => j,
                };
                // "International Paper's chairman", "Global Insight analyst Howard
                // Archer": whose title it is names a body.
                // Not after a nationality: "Conservative Shadow chancellor X", "Welsh
                // First Minister X" name no body.
                let modifier = |t: &Token| self.lex.words.title_modifiers.contains(self.w(t));
                if j > k + 1
                    && !nationality
                    && (self.owns_a_title(toks, j, &matches[mi..])
                        || (self.title_after(toks, j, &matches[mi..]) & ev::BEFORE_TITLE != 0
                            && !modifier(&toks[k])
                            && !modifier(&toks[j - 1])))
                {
                    flags |= ev::ORG_TAIL;
                }
                let tail = ev::ORG_TAIL | ev::PLACE_TAIL | ev::ORG_HEAD_OF;
                // At a sentence's start a common word opens only an organisation's
                // name ("Global Fund chief X said"), as `opens_org_name` let through.
                let opens = !init || flags & (ev::ORG_TAIL | ev::ORG_HEAD_OF) != 0;
                let context = (opens && !self.lex.words.function_words.contains(w) && j > k + 1)
                    .then(|| self.context_flags(toks, k, j));
                // "economist at Global Insight": where someone works names a body.
                if let Some(context) =
                    context.filter(|c| flags & tail != 0 || c & ev::EMPLOYER != 0)
                {
                    let flags = flags | hl | context | self.title_flags(toks, title_end, k);
                    let start = self.title_in_name(g0, toks, k, flags);
                    let flags = flags & !(ev::TITLE_BEFORE | ev::HONORIFIC_BEFORE);
                    self.push(sent, g0, toks, start, j, ItemKind::Name(flags));
                    k = j;
                } else {
                    k += 1;
                }
                continue;
            }
            if hl != 0
                && self.headline_word(w)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| self.cap_mid.contains(self.w(t)))
            {
                // "Nominates Jane Doe": a headline's verb in title case.
                k += 1;
                continue;
            }
            let (j, mut flags) = self.chunk(toks, k, next_lex, &matches[mi..]);
            let titled = title_end.is_some_and(|(after, _)| after == k) && j == k + 1;
            let j = self.surname_like_title(toks, j, matches.get(mi), titled);
            let j = if hl != 0 {
                let end = self.without_headline_words(toks, k, j);
                if end < j {
                    // The words that made it end like an organisation's are gone.
                    flags &= !(ev::ORG_TAIL | ev::PLACE_TAIL | ev::ORG_HEAD_OF);
                }
                end
            } else {
                j
            };
            let j = match self.longer_party(cx, toks, j, matches.get(mi)) {
                Some(end) if hl == 0 => {
                    flags |= ev::ORG_TAIL;
                    end
                }
                // "Trades Union Congress": a body's name ending in a known body's word.
                _ => matches
                    .get(mi)
                    .filter(|_| hl == 0 && flags & ev::ORG_TAIL != 0)
                    .and_then(|m| self.known_body_tail(toks, k, j, m))
                    .unwrap_or(j),
            };
            if init {
                flags |= ev::INITIAL;
            }
            // "Real Sociedad", "Sporting Gijon": a club's name, though its town is unknown.
            if club && j > k + 1 {
                flags |= ev::TEAM;
            }
            if k > 0 && !init && toks[k - 1].kind == TokenKind::Word {
                let p = self.w(&toks[k - 1]);
                if is_cap(p) && !initial(k - 1) {
                    flags |= ev::CAP_BEFORE;
                }
                // "Book of Revelation", "Cessation of Hostilities": the tail of a longer
                // capitalised phrase headed by a common word (not a title or a name's
                // head: "President of Zorbia", "Bank of Zorbia").
                if p == "of" && k > 1 && toks[k - 2].kind == TokenKind::Word {
                    let h = self.w(&toks[k - 2]);
                    if is_cap(h)
                        && self.lex.words.common_words.contains(h)
                        && !self.lex.words.function_words.contains(h)
                        && !self.lex.words.org_heads.contains(h)
                        && !self.lex.words.place_tails.contains(h)
                        && !matches!(self.lex.lookup_word(h), Some(Hit::Title(_)))
                    {
                        flags |= ev::CAP_BEFORE;
                    }
                }
            }
            if j == k + 1
                && toks.get(j).is_some_and(|t| self.w(t) == ":")
                && toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number)
            {
                // "Frequency: 12130": a label in a table of values.
                k = j;
                continue;
            }
            if toks[k..j]
                .iter()
                .all(|t| self.lex.words.company_suffixes.contains(self.w(t)))
            {
                // "Corp", "Co Ltd" alone: the end of a name seen elsewhere, no name.
                k = j;
                continue;
            }
            if k > 0
                && self.w(&toks[k - 1]) == "<"
                && toks.get(j).is_some_and(|t| self.w(t) == ">")
                && j == k + 1
                && !self.w(&toks[k]).chars().any(char::is_lowercase)
            {
                // "<YORK>": a stock ticker in angle brackets, no name of its own; but
                // "<Vickers da Costa Ltd>" is a company's name so marked.
                k = j;
                continue;
            }
            if toks.get(j).is_some_and(|t| {
                let w = self.w(t);
                t.kind == TokenKind::Word && is_cap(w) && has_hyphen(w) && self.compound(w)
            }) {
                // "Las Vegas-style", "Scooby Doo-style": a modifier made of a name.
                k = j + 1;
                continue;
            }
            if j > k + 1 && self.modifier_made_of_name(self.w(&toks[j - 1])) {
                // The same with the modifier's word read into the name: "Las Vegas-style"
                // in quotes.
                k = j;
                continue;
            }
            if self.portfolio_before_title(toks, j, matches.get(mi)) {
                k = j;
                continue;
            }
            flags |= hl | self.context_flags(toks, k, j);
            flags |= self.title_flags(toks, title_end, k);
            flags |= self.title_after(toks, j, &matches[mi..]);
            let start = self.title_in_name(g0, toks, k, flags);
            if start < k {
                flags &= !(ev::TITLE_BEFORE | ev::HONORIFIC_BEFORE);
            }
            // "Real Madrid", "Dynamo Moscow": in a report of games, a word and a city
            // right after it name a club.
            let j = match matches.get(mi) {
                Some(m) if self.sporty && m.start == j && flags & ev::GIVEN == 0 => {
                    let city = matches!(m.hit, Hit::Entity { entry, form: MentionForm::Name, .. }
                        if self.lex.entries[entry].kind == EntityKind::Place);
                    if city && m.end == j + 1 {
                        flags |= ev::TEAM;
                        m.end
                    } else {
                        j
                    }
                }
                _ => j,
            };
            self.role_before(toks, start);
            self.push(sent, g0, toks, start, j, ItemKind::Name(flags));
            k = j;
        }
        self.matches = matches;
    }

    /// Push an item that is not the name pending evidence waits for.
    fn push_keeping_pending(
        &mut self,
        sent: usize,
        g0: usize,
        toks: &[Token],
        a: usize,
        b: usize,
        kind: ItemKind,
    ) {
        let pending = self.pending.take();
        self.push(sent, g0, toks, a, b, kind);
        self.pending = pending;
    }

    /// The capitalised words from `a` look like a person's name: a given name and more,
    /// or two or three words none of which is a common word or ends an organisation's or
    /// a place's name ("Ola Skuterud"; not "Defence Forces", "Wheat Board"); after a
    /// `country`'s demonym in a report of games, also a lone surname.
    fn person_after(&self, toks: &[Token], a: usize, limit: usize, country: bool) -> bool {
        let words = &self.lex.words;
        let e = self.cap_run_end(toks, a, limit);
        if e <= a || e - a > MAX_WORDS_OF_PERSON_AFTER_DEMONYM {
            return false;
        }
        if e == a + 1 {
            // "Australian Formula One", "European Indoor Championships": the run goes on.
            let ends = toks.get(e).is_none_or(|t| {
                t.kind != TokenKind::Number && !self.w(t).starts_with(char::is_uppercase)
            });
            return self.sporty && country && ends && self.lone_surname(self.w(&toks[a]));
        }
        let run: Vec<&str> = toks[a..e].iter().map(|t| self.w(t)).collect();
        let last = run[run.len() - 1];
        if words.org_tails.contains(last)
            || words.place_tails.contains(last)
            || words.company_suffixes.contains(last)
        {
            return false;
        }
        words.given_names.contains(run[0])
            || run.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                    && !words.common_words.contains(w)
                    && !words.nationality_words.contains(w)
                    && !words.org_heads.contains(w)
                    && !words.role_nouns.contains(&w.to_lowercase())
            })
    }

    /// Whether a lone word after a demonym in a report of games is a player's surname
    /// ("Spaniard Costa scored", "American Dent beat Hewitt"): no common word, no plural,
    /// no word of an event or a team ("the French Open", "the British Lions").
    fn lone_surname(&self, w: &str) -> bool {
        let words = &self.lex.words;
        w.chars().all(char::is_alphabetic)
            && !w.ends_with('s')
            && !words.common_words.contains(w)
            && !words.event_tails.contains(w)
            && !words.sport_event_tails.contains(w)
            && !words.team_tails.contains(w)
            && !words.org_tails.contains(w)
            && !Tagger::embedded().knows_common_word(w)
    }

    /// The word at `k` starts a sentence and is glued to a known person's name after it
    /// ("Athough Reagan's topic", "Besides Reagan"): no given name, never capitalised
    /// inside a sentence, and the tables know the rest but not the whole.
    fn before_known_person(&self, toks: &[Token], k: usize, limit: usize) -> bool {
        let w = self.w(&toks[k]);
        if self.lex.words.given_names.contains(w)
            || self.cap_mid.contains(w)
            || is_acronym(w)
            || !w.chars().all(char::is_alphabetic)
        {
            return false;
        }
        let e = self.cap_run_end(toks, k + 1, limit);
        if e <= k + 1 {
            return false;
        }
        let end = toks[e - 1].span.end;
        let (rest, _) = self.table_evidence(Span::new(toks[k + 1].span.start, end));
        let (whole, _) = self.table_evidence(Span::new(toks[k].span.start, end));
        rest & ev::GAZ_PERSON != 0 && whole & (ev::GAZ_PERSON | ev::GAZ_ORG | ev::GAZ_PLACE) == 0
    }

    /// The word at `k` starts a sentence, is a common word and no given name, and a
    /// given name and a surname follow: it describes the person and is not part of the
    /// name ("Model Sophie Anderton was there", "Replacement Gareth Cooper scored"); not
    /// before a body's or a place's name ("Royal Albert Hall").
    fn common_word_before_full_name(&self, toks: &[Token], k: usize, limit: usize) -> bool {
        let w = self.w(&toks[k]);
        let words = &self.lex.words;
        if !self.common_word_no_given_name(w)
            || self.cap_mid.contains(w)
            || is_acronym(w)
            || !w.chars().all(char::is_alphabetic)
        {
            return false;
        }
        let e = self.cap_run_end(toks, k + 1, limit);
        if e < k + 3 || !self.given_name_opens(toks, k + 1, limit) {
            return false;
        }
        let last = self.w(&toks[e - 1]);
        !words.org_tails.contains(last)
            && !words.place_tails.contains(last)
            && !words.company_suffixes.contains(last)
    }

    /// A lower-case title within a few lower-case words after a name ending at `j`
    /// ("Fair Trials Abroad director", "Lib Dem home affairs spokesman"), but not a
    /// place's ("Tazrout mayor"); else a noun for what someone is before a name.
    fn title_after(&self, toks: &[Token], j: usize, rest: &[LexMatch]) -> Flags {
        // "Cynthia Cooper, WorldCom's ex-head of audit", "Tottenham's boss Martin Jol":
        // the body's possessive.
        let j = if toks.get(j).is_some_and(|t| is_possessive(self.w(t))) {
            j + 1
        } else {
            j
        };
        let role = if self.role_before_name(toks, j) {
            ev::BEFORE_ROLE
        } else {
            0
        };
        let Some(m) = rest.iter().find(|m| m.start >= j) else {
            return role;
        };
        let between = &toks[j..m.start];
        // "Lembit Opik is a co-chairman": a verb or an article between makes the title
        // the name's own, not its staff's.
        let lower = between.len() <= MAX_WORDS_BEFORE_TITLE
            && between.iter().all(|t| {
                let w = self.w(t);
                t.kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !self.lex.words.auxiliaries.contains(w)
                    && !self.lex.words.determiners.contains(w)
            });
        // "CNEN Radioprotection Director Laercio Vinhas": a capitalised title right after
        // the name, with a name after it, is as telling as a lower-case one.
        let capitalised_before_name = between.is_empty()
            && toks
                .get(m.end)
                .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)));
        match m.hit {
            Hit::Title(ti)
                if lower
                    && self.body_title(ti)
                    && (self.w(&toks[m.start]).starts_with(char::is_lowercase)
                        || capitalised_before_name) =>
            {
                ev::BEFORE_TITLE
            }
            _ => role,
        }
    }

    /// A lower-case noun for what someone is at `j` and a name after it ("Chelsea boss
    /// Jose Mourinho", "Kasabian guitarist Sergio Pizzorno").
    fn role_before_name(&self, toks: &[Token], j: usize) -> bool {
        let words = &self.lex.words;
        let role = toks.get(j).is_some_and(|t| {
            let w = self.w(t);
            w.starts_with(char::is_lowercase)
                && (words.role_nouns.contains(w) || words.person_appositive.contains(w))
        });
        role && toks
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && self.nameish(self.w(t)))
    }

    /// Extend a name ending at `j` through the connectors that join more of it
    /// ("... of Human Rights"); its new end and the kind bits the joins gave.
    fn through_connectors(
        &self,
        toks: &[Token],
        first: usize,
        mut j: usize,
        next_lex: usize,
        rest: &[LexMatch],
    ) -> (usize, Flags) {
        let mut flags = 0;
        while j < toks.len() && self.lex.words.name_connectors.contains(self.w(&toks[j])) {
            let phrase = Phrase {
                first,
                connector: j,
                last_word: self.w(&toks[j - 1]),
                joined: flags != 0,
                given: false,
            };
            let limit = rest
                .iter()
                .map(|m| m.start)
                .find(|&s| s > j)
                .unwrap_or(toks.len());
            let Some((end, bit)) = self.connected(toks, phrase, limit.max(next_lex), rest) else {
                break;
            };
            flags |= bit;
            j = end;
        }
        (j, flags)
    }

    /// "National Iranian Oil Company", "British and Irish Lions": the capitalised word
    /// (or the demonym and "and") before a demonym that starts an organisation's name
    /// belongs to it. Returns the name's first token, dropping the
    /// word's own item if it became one.
    fn capitalised_word_before(&mut self, g0: usize, toks: &[Token], a: usize) -> usize {
        if a == 0 {
            return a;
        }
        let t = &toks[a - 1];
        let w = self.w(t);
        let words = &self.lex.words;
        // "British and Irish Lions": two demonyms joined by "and" start the name.
        if w == "and" && a >= 2 {
            if let Some(it) = self.items.last() {
                let demonym = matches!(
                    it.kind,
                    ItemKind::Lex {
                        form: MentionForm::Demonym,
                        ..
                    }
                );
                if demonym && it.b == g0 + a - 1 {
                    let start = it.a - g0;
                    self.items.pop();
                    return start;
                }
            }
        }
        if t.kind != TokenKind::Word
            || !w.starts_with(char::is_uppercase)
            || words.function_words.contains(w)
            || words.nationality_words.contains(w)
        {
            return a;
        }
        match self.items.last() {
            Some(it)
                if it.b == g0 + a && it.a + 1 == it.b && matches!(it.kind, ItemKind::Name(_)) =>
            {
                self.items.pop();
            }
            Some(it) if it.b > g0 + a - 1 => return a,
            _ => {}
        }
        a - 1
    }

    /// "General Agreement on Tariffs and Trade", "General Motors": a capitalised one-word
    /// title right before a name shaped like an organisation's is the name's first word.
    /// Returns where the name starts, dropping the title's item if so.
    fn title_in_name(&mut self, g0: usize, toks: &[Token], k: usize, flags: Flags) -> usize {
        if flags & ev::TITLE_BEFORE == 0 || flags & (ev::ORG_TAIL | ev::ORG_HEAD_OF) == 0 {
            return k;
        }
        match self.items.last() {
            Some(it)
                if it.b == g0 + k
                    && it.a + 1 == it.b
                    && matches!(it.kind, ItemKind::Title(ti) if !self.lex.titles[ti].honorific)
                    && self.w(&toks[k - 1]).starts_with(char::is_uppercase) =>
            {
                self.items.pop();
                k - 1
            }
            _ => k,
        }
    }

    /// "Jim Wright, D-Tex.": the party letters of a party-and-seat tag the lexicon knows,
    /// as a mention of the party over those letters.
    fn push_party_of_seat_tag(&mut self, sent: usize, g0: usize, toks: &[Token], k: usize) {
        let w = self.w(&toks[k]);
        let Some((letters, _)) = w.split_once('-') else {
            return;
        };
        let Some(entry) = self.lex.party_of_seat_tag(letters) else {
            return;
        };
        let start = toks[k].span.start;
        let span = Span::new(start, start + letters.len());
        let party = ItemKind::Lex {
            entry,
            form: MentionForm::Name,
            plural: false,
        };
        self.push(sent, g0, toks, k, k + 1, party);
        if let Some(last) = self.items.last_mut() {
            last.span = span;
        }
    }

    /// A capitalised token that starts no name, and neither do the capitalised words after
    /// it: a currency amount or code with digits ("RM10", "H1"), or a party-and-seat tag
    /// ("(R-Calif.)", "(BN-Kuala Pilah)").
    fn junk_start(&self, toks: &[Token], k: usize) -> bool {
        let w = self.w(&toks[k]);
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let digits = w.chars().filter(|c| c.is_ascii_digit()).count();
        // "RM10", "Rs100", "H1"; but "MI6" is a name.
        if digits > 0 && (letters == 1 || (letters <= MAX_LETTERS_OF_CODE && digits >= 2)) {
            return true;
        }
        // A lone initial ("P.") starts no name unless a name follows it.
        if is_initial(w)
            && toks
                .get(k + 1)
                .is_none_or(|t| t.kind != TokenKind::Word || !is_cap(self.w(t)))
        {
            return true;
        }
        let tag = w.split_once('-').is_some_and(|(party, _)| {
            (1..=MAX_LETTERS_OF_CODE + 1).contains(&party.len())
                && party.chars().all(|c| c.is_ascii_uppercase())
        });
        let before = (k > 0).then(|| self.w(&toks[k - 1]));
        // "Jim Wright, D-Tex., said": after a comma the tag stands alone before
        // punctuation; "Zenith, AOL-Time Warner and Acme" goes on with a word.
        let alone = toks
            .get(k + 1)
            .is_none_or(|t| matches!(self.w(t), "," | "." | ")" | ";"));
        tag && (before == Some("(") || before == Some(",") && alone)
    }

    /// The end of the run of capitalised words from `k`.
    /// "Fairford Coach Action", "Stop the War Coalition": a capitalised title between
    /// capitalised words, the last of which ends a body's name, is a word of that name,
    /// not the title of a person named after it ("England Coach Andy Robinson").
    fn title_inside_body_name(&self, toks: &[Token], m: &LexMatch) -> bool {
        if !matches!(m.hit, Hit::Title(_)) || m.start == 0 {
            return false;
        }
        let before = &toks[m.start - 1];
        if before.kind != TokenKind::Word
            || !is_cap(self.w(before))
            || !is_cap(self.w(&toks[m.start]))
        {
            return false;
        }
        let end = self.cap_run_end(toks, m.end, toks.len());
        end > m.end && self.lex.words.org_tails.contains(self.w(&toks[end - 1]))
    }

    /// "chairman Brian Finn said", "critic Philip French, who ...": a people's word right
    /// after a given name, with no noun after it, is the surname; "told Mike German
    /// officials" is not.
    fn demonym_surname(&self, toks: &[Token], m: &LexMatch) -> bool {
        let Hit::Entity {
            form: MentionForm::Demonym,
            plural: false,
            ..
        } = m.hit
        else {
            return false;
        };
        let words = &self.lex.words;
        // After a lower-case word ("chairman Brian Finn", "said Mike German"): a name
        // opening the sentence may be a body's ("Pan American said").
        let given = m.start > 1
            && m.end == m.start + 1
            && toks[m.start - 1].kind == TokenKind::Word
            && words.given_names.contains(self.w(&toks[m.start - 1]))
            && toks[m.start - 2].kind == TokenKind::Word
            && self.w(&toks[m.start - 2]).starts_with(char::is_lowercase);
        let ends_name = toks.get(m.end).is_none_or(|t| {
            let w = self.w(t);
            t.kind != TokenKind::Word
                || is_possessive(w)
                || words.speech_verbs.contains(w)
                || words.function_words.contains(w)
        });
        given && ends_name
    }

    fn cap_run_end(&self, toks: &[Token], mut k: usize, limit: usize) -> usize {
        while k < limit && toks[k].kind == TokenKind::Word && is_cap(self.w(&toks[k])) {
            k += 1;
        }
        k
    }

    /// The common word at `k` opens a name shaped like an organisation's: "Global Fund
    /// chief X said", "National Union of Teachers officials"; not "Former Bank chief".
    fn opens_org_name(&self, toks: &[Token], k: usize, next_lex: usize, rest: &[LexMatch]) -> bool {
        let w = self.w(&toks[k]);
        let words = &self.lex.words;
        // "Countryside Alliance chairman X": a word the article also writes in lower case
        // ("in the countryside") opens a body's name as a common word does.
        if !(words.common_words.contains(w) || self.ordinary(w))
            || words.title_modifiers.contains(w)
        {
            return false;
        }
        // "Shares of Zorvex Inc rose": a noun before "of" is the sentence's, not the name's.
        if toks
            .get(k + 1)
            .is_none_or(|t| t.kind != TokenKind::Word || !is_cap(self.w(t)))
        {
            return false;
        }
        let (j, flags) = self.chunk(toks, k, next_lex, rest);
        j > k + 1 && flags & (ev::ORG_TAIL | ev::ORG_HEAD_OF) != 0
    }

    /// The role noun or organisation noun at `k` describes the name after it
    /// ("Solicitor Gareth Pierce", "Bookmaker William Hill").
    fn describes_name(&self, toks: &[Token], k: usize) -> bool {
        let lw = self.w(&toks[k]).to_lowercase();
        let words = &self.lex.words;
        (words.role_nouns.contains(&lw) || self.org_noun(&lw))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && self.nameish(self.w(t)))
    }

    /// The word before `k` is a market's ("market", "industry"), whose leader or rival
    /// is a company.
    fn market_before(&self, toks: &[Token], k: usize) -> bool {
        k > 0
            && self
                .lex
                .words
                .market_nouns
                .contains(self.w(&toks[k - 1]).to_lowercase().as_str())
    }

    /// A possessive at `j` and a lower-case title or person noun after it ("'s chairman",
    /// "'s chief executive").
    fn owns_a_title(&self, toks: &[Token], j: usize, rest: &[LexMatch]) -> bool {
        let possessive = toks.get(j).is_some_and(|t| is_possessive(self.w(t)));
        possessive && (self.title_after(toks, j + 1, rest) != 0 || self.person_noun_at(toks, j + 1))
    }

    /// Whether token `k` is a lower-case person noun ("boss", "spokesman").
    fn person_noun_at(&self, toks: &[Token], k: usize) -> bool {
        toks.get(k).is_some_and(|t| {
            let w = self.w(t);
            w.starts_with(char::is_lowercase) && self.person_noun(w)
        })
    }

    /// "Bosnian Serbs", "Kosovo Albanians": a people named with another place is a
    /// community, not the country the people's demonym names. If the item just read is
    /// that place, right before token `a`, drop it and return where it starts.
    fn community_start(&mut self, sent: usize, g0: usize, a: usize) -> Option<usize> {
        let last = self.items.last()?;
        let place = match last.kind {
            ItemKind::Lex {
                entry,
                form,
                plural,
            } => {
                !plural
                    && (form == MentionForm::Demonym
                        || matches!(
                            self.lex.entries[entry].kind,
                            EntityKind::Country | EntityKind::Place
                        ))
            }
            _ => false,
        };
        if !place || last.sent != sent || last.b != g0 + a {
            return None;
        }
        let start = last.a - g0;
        self.items.pop();
        Some(start)
    }

    /// A person noun and "at" or "with" before the title at `k`, across at most
    /// [`WORKPLACE_MODIFIERS`] lower-case words: "an analyst at fund manager Delmar",
    /// "a director with bank Orvia". People work at firms, so the title there describes
    /// the firm named after it.
    fn workplace_before(&self, toks: &[Token], k: usize) -> bool {
        let lower =
            |t: &Token| t.kind == TokenKind::Word && self.w(t).starts_with(char::is_lowercase);
        let mut p = k;
        while p > 0
            && k - p < WORKPLACE_MODIFIERS
            && lower(&toks[p - 1])
            && !self.workplace_prep(&toks[p - 1])
        {
            p -= 1;
        }
        p >= 2
            && self.workplace_prep(&toks[p - 1])
            && lower(&toks[p - 2])
            && self.person_noun(self.w(&toks[p - 2]))
    }

    /// "Mike Powell of Dresdner Kleinwort", "Brad Wernle, from the Automotive News":
    /// the name at `a` follows a given name, a surname and a preposition of where the
    /// person is from, as a body the person belongs to does.
    fn after_person_of(&self, toks: &[Token], a: usize) -> bool {
        let k = self.article_start(toks, a);
        if k < 3
            || !self
                .lex
                .words
                .person_of_preps
                .contains(self.w(&toks[k - 1]))
        {
            return false;
        }
        let mut j = k - 2;
        if self.w(&toks[j]) == "," {
            j -= 1;
        }
        j >= 1 && self.full_name_at(toks, j - 1)
    }

    /// Where the name at `a` starts with its article: at the "the" before it, if any.
    fn article_start(&self, toks: &[Token], a: usize) -> usize {
        if a > 0 && matches!(self.w(&toks[a - 1]), "the" | "The") {
            a - 1
        } else {
            a
        }
    }

    /// ", head of equity research at NCB Stockbrokers", ", chief strategist for the
    /// Acme Fund": the name at `a` ends an apposition of lower-case words with a noun
    /// for what someone is, after a preposition of where the role is held.
    fn after_role_apposition(&self, toks: &[Token], a: usize) -> bool {
        let k = self.article_start(toks, a);
        let words = &self.lex.words;
        let prep = |t: &Token| {
            let w = self.w(t);
            words.title_of_preps.contains(w) || words.workplace_preps.contains(w)
        };
        if k < 3 || !prep(&toks[k - 1]) {
            return false;
        }
        let lower =
            |t: &Token| t.kind == TokenKind::Word && self.w(t).starts_with(char::is_lowercase);
        let mut p = k - 1;
        let mut role = false;
        // "the former mayor of Mohammadia": a place's title says nothing of a body.
        while p > 0 && k - p <= ROLE_APPOSITION_WORDS && lower(&toks[p - 1]) {
            p -= 1;
            let w = self.w(&toks[p]);
            if words.place_titles.contains(w) {
                return false;
            }
            role |= self.person_noun(w);
        }
        role && p > 0 && self.w(&toks[p - 1]) == ","
    }

    fn workplace_prep(&self, t: &Token) -> bool {
        self.lex.words.workplace_preps.contains(self.w(t))
    }

    /// The lexicon's place or country named right after `k` and ending the run of
    /// capitalised words there ("Northern Iraq"; not "Central Jakarta District Court").
    fn whole_place_after(
        &self,
        toks: &[Token],
        k: usize,
        m: Option<&LexMatch>,
    ) -> Option<LexMatch> {
        let m = *m.filter(|m| m.start == k + 1)?;
        let ends_run = toks
            .get(m.end)
            .is_none_or(|t| t.kind != TokenKind::Word || !is_cap(self.w(t)));
        let place = matches!(
            self.named_kind(&m)?,
            EntityKind::Place | EntityKind::Country
        );
        (ends_run && place).then_some(m)
    }

    /// If the capitalised word at `k` is a noun describing the name after it, note that
    /// for the name and say so: the name starts after it. Not when the two make one name
    /// ("Police Federation").
    fn descriptor(&mut self, toks: &[Token], k: usize, next_lex: usize, rest: &[LexMatch]) -> bool {
        if k + 1 >= next_lex
            || !self.describes_name(toks, k)
            || self.given_name_then_surname(toks, k, next_lex)
        {
            return false;
        }
        let lw = self.w(&toks[k]).to_lowercase();
        let org = self.org_noun(&lw);
        let (_, f) = self.chunk(toks, k + 1, next_lex, rest);
        if !org && f & (ev::ORG_TAIL | ev::ORG_HEAD_OF | ev::PLACE_TAIL) != 0 {
            return false;
        }
        self.pending = Some(Pending {
            at: k + 1,
            flags: if org { ev::ORG_TAIL } else { ev::ROLE_BEFORE },
            descriptor: (!org).then_some(Descriptor::Role(toks[k].span)),
        });
        true
    }

    /// Whether "it" follows the verb of speech ending before `k` within a few words, with
    /// no pause between: "Umbro said on Thursday it had signed".
    fn it_after_speech(&self, toks: &[Token], k: usize) -> bool {
        toks.iter()
            .skip(k)
            .take(SPEECH_IT_WINDOW)
            .take_while(|t| t.kind == TokenKind::Word)
            .any(|t| self.w(t) == "it")
    }

    /// Do the capitalised words ending at `j`, right before a capitalised title, end in a
    /// common word that ends no body's or place's name: a portfolio ("Transport
    /// Secretary", "Shadow Constitutional Affairs Secretary"), not a body ("Nintendo
    /// Europe", "Acme Bank")?
    fn portfolio_before_title(&self, toks: &[Token], j: usize, next: Option<&LexMatch>) -> bool {
        let last = self.w(&toks[j - 1]);
        let words = &self.lex.words;
        next.is_some_and(|m| m.start == j && matches!(m.hit, Hit::Title(_)))
            && is_cap(self.w(&toks[j]))
            && Tagger::embedded().knows_common_word(last)
            && !words.org_tails.contains(last)
            && !words.place_tails.contains(last)
    }

    /// A given name right before a one-word capitalised title is a name whose surname
    /// is that word: "Thomas Judge", "Tom King"; so is any one word a title introduces
    /// ("governor Mervyn King", `titled`). Not when a name follows the title, which then
    /// is one ("Victoria Secretary Ann Lee"). Returns the name's end.
    fn surname_like_title(
        &self,
        toks: &[Token],
        j: usize,
        next: Option<&LexMatch>,
        titled: bool,
    ) -> usize {
        let single_title =
            next.is_some_and(|m| m.start == j && m.end == j + 1 && matches!(m.hit, Hit::Title(_)));
        let name_after = toks
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)));
        if single_title
            && !name_after
            && j > 0
            && (titled || self.lex.words.given_names.contains(self.w(&toks[j - 1])))
            && is_cap(self.w(&toks[j]))
        {
            j + 1
        } else {
            j
        }
    }

    /// "Trade and Industry Secretary Ann Lee": a capitalised portfolio of two parts joined
    /// by "and" right before a capitalised title is part of the title. Returns the
    /// title's match. Two names joined by "and" are followed by no title ("Blair and
    /// Brown said").
    fn portfolio(&self, toks: &[Token], k: usize, next: Option<&LexMatch>) -> Option<LexMatch> {
        let m = *next.filter(|m| {
            m.start >= k + 3
                && m.start <= k + 1 + 2 * MAX_WORDS_OF_PORTFOLIO_PART
                && matches!(m.hit, Hit::Title(ti) if self.office_title(ti))
                && self.w(&toks[m.start]).starts_with(char::is_uppercase)
        })?;
        let and = (k + 1..m.start).find(|&j| self.w(&toks[j]) == "and")?;
        let part = |a: usize, b: usize| {
            b > a
                && b - a <= MAX_WORDS_OF_PORTFOLIO_PART
                && toks[a..b].iter().all(|t| {
                    let w = self.w(t);
                    t.kind == TokenKind::Word
                        && w.starts_with(char::is_uppercase)
                        && !self.lex.words.function_words.contains(w)
                        && !self.lex.words.given_names.contains(w)
                })
        };
        (part(k, and) && part(and + 1, m.start)).then_some(m)
    }

    /// "the Progressive Conservative Party", "the New Democratic Party": capitalised words
    /// ending at `j`, right before a known party's name (one ending in the rules'
    /// `party_heads`), make one longer name with it, not that party. Returns its end.
    fn longer_party(
        &self,
        cx: &Context<'_>,
        toks: &[Token],
        j: usize,
        next: Option<&LexMatch>,
    ) -> Option<usize> {
        let m = next.filter(|m| m.start == j && m.end > m.start + 1)?;
        let Hit::Entity {
            entry,
            form: MentionForm::Name,
            plural: false,
        } = m.hit
        else {
            return None;
        };
        let heads = cx.res.rules.lexis.classes.get("party_heads")?;
        let last = self.w(&toks[m.end - 1]).to_lowercase();
        let party = self.lex.entries[entry].kind == EntityKind::Organization
            && heads.iter().any(|h| h.len() == 1 && h[0] == last);
        party.then_some(m.end)
    }

    /// Whether title `ti` is a member's office that a portfolio may name ("Secretary",
    /// "Minister"); a head's title after "and" is more often a firm's ("Marks and
    /// Spencer Chairman").
    fn office_title(&self, ti: usize) -> bool {
        let t = &self.lex.titles[ti];
        !t.honorific && t.implies == crate::model::Relation::MemberOf
    }

    /// "Conservative leader Jane Roe", "Republican senator John Doe": a party's adjective
    /// (the lexicon's, with the rules' `party_heads`) right before a title names the
    /// party when a name follows the title. Returns where the adjective ends and the
    /// party's entry. Not before other words: "Conservative estimates", "a Democratic
    /// nation", "Republican Guard".
    fn party_adjective(
        &self,
        cx: &Context<'_>,
        toks: &[Token],
        k: usize,
        next: Option<&LexMatch>,
    ) -> Option<(usize, usize)> {
        // "a Conservative MP has defected": the title must name someone.
        let named = |m: &LexMatch| {
            toks.get(m.end)
                .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)))
        };
        let m = next.filter(|m| {
            m.start > k
                && m.start <= k + MAX_WORDS_OF_PARTY_ADJECTIVE + MAX_TITLE_MODIFIERS_AFTER_PARTY
                && matches!(m.hit, Hit::Title(ti) if !self.lex.titles[ti].honorific)
                && named(m)
        })?;
        // "Conservative shadow chancellor X", "Labour deputy leader Y": what qualifies the
        // title lies between the party and the title, capitalised or not ("Conservative
        // Shadow chancellor X"); so does a portfolio in lower case ("Conservative local
        // government spokeswoman X").
        let modifies_title = |t: &Token| cx.res.rules.qualifies_title(self.w(t));
        let capitalised = |t: &Token| t.kind == TokenKind::Word && is_cap(self.w(t));
        let end = (k..m.start)
            .take_while(|&i| capitalised(&toks[i]) && (i == k || !modifies_title(&toks[i])))
            .take(MAX_WORDS_OF_PARTY_ADJECTIVE)
            .last()?
            + 1;
        let qualifier = |t: &Token| {
            let w = self.w(t);
            modifies_title(t)
                || (t.kind == TokenKind::Word
                    && w.starts_with(char::is_lowercase)
                    && !self.lex.words.function_words.contains(w)
                    && !self.lex.words.auxiliaries.contains(w))
        };
        if !toks[end..m.start].iter().all(qualifier) {
            return None;
        }
        let words = &toks[k..end];
        let heads = cx.res.rules.lexis.classes.get("party_heads")?;
        let heads: Vec<&str> = heads
            .iter()
            .filter(|h| h.len() == 1)
            .map(|h| h[0].as_str())
            .collect();
        let phrase: Vec<&str> = words.iter().map(|t| self.w(t)).collect();
        let entry = self.lex.party_of_adjective(&phrase.join(" "), &heads)?;
        Some((end, entry))
    }

    /// "said solicitor Gareth Pierce": a lower-case role noun right before the name at
    /// `k` is its role. Plurals describe groups, not the one name after them.
    fn role_before(&mut self, toks: &[Token], k: usize) {
        if self.pending.is_some_and(|p| p.at == k) || k == 0 {
            return;
        }
        let p = self.w(&toks[k - 1]);
        if p.starts_with(char::is_lowercase)
            && (!p.ends_with('s') || p.ends_with("ss"))
            && self.lex.words.role_nouns.contains(p)
            && !self.org_noun(p)
        {
            // "an economist at broker Numis": the role noun describes the firm.
            if self.workplace_before(toks, k - 1) {
                self.pending = Some(Pending {
                    at: k,
                    flags: ev::ORG_TAIL,
                    descriptor: None,
                });
                return;
            }
            self.pending = Some(Pending {
                at: k,
                flags: ev::ROLE_BEFORE,
                descriptor: Some(Descriptor::Role(toks[k - 1].span)),
            });
        }
    }

    /// A place of the lexicon in capitals opening the sentence, then a comma, a word and
    /// a number ("NEW YORK, MARCH 27"): its end and entry.
    fn caps_dateline(&self, toks: &[Token]) -> Option<(usize, usize)> {
        let e = toks
            .iter()
            .take_while(|t| {
                let w = self.w(t);
                t.kind == TokenKind::Word
                    && w.chars().count() >= 2
                    && w.chars().all(|c| c.is_uppercase() || c == '.')
            })
            .count();
        let dated = e > 0
            && self.w(toks.get(e)?) == ","
            && toks.get(e + 1)?.kind == TokenKind::Word
            && toks.get(e + 2)?.kind == TokenKind::Number;
        if !dated {
            return None;
        }
        let name: Vec<String> = toks[..e]
            .iter()
            .map(|t| capitalise(&self.w(t).to_lowercase()))
            .collect();
        let entry = self.lex.entry_named(&name.join(" "))?;
        matches!(
            self.lex.entries[entry].kind,
            EntityKind::Place | EntityKind::Country
        )
        .then_some((e, entry))
    }

    /// The end of a region's or country's name written right after an organisation's at
    /// `at` ("BBC Scotland", "Sony Europe"): a country or region of the lexicon or a
    /// first-level region of the tables, with no capitalised word or title after it
    /// ("the UN Iraq envoy" is the UN's). After a broadcaster's unit (`station`) any
    /// place will do: "BBC Radio Leicester".
    fn region_after(
        &self,
        toks: &[Token],
        at: usize,
        rest: &[LexMatch],
        station: bool,
    ) -> Option<usize> {
        let t = toks.get(at)?;
        if t.kind != TokenKind::Word || t.span.start == toks[at - 1].span.end {
            return None;
        }
        let lex_here = rest.first().filter(|r| r.start == at);
        let end = match lex_here {
            Some(r) => r.end,
            None => {
                let next_lex = rest.first().map_or(toks.len(), |r| r.start);
                self.cap_run_end(toks, at, next_lex)
            }
        };
        if end <= at {
            return None;
        }
        let lex_region = lex_here.is_some_and(|r| {
            matches!(r.hit, Hit::Entity { entry, form: MentionForm::Name, plural: false }
                if matches!(self.lex.entries[entry].kind, EntityKind::Country | EntityKind::Place)
                    && (station || self.lex.entries[entry].country.is_none()))
        });
        let g = self.lex.gazetteer();
        let span = Span::new(t.span.start, toks[end - 1].span.end);
        let table_region = || {
            g.lookup(&self.text[span.start..span.end], self.caps_line)
                .any(|h| {
                    let k = &g.known[h.id as usize];
                    k.region || (station && k.kind == EntityKind::Place)
                })
        };
        if !(lex_region || table_region()) {
            return None;
        }
        let title_after = rest
            .iter()
            .any(|r| r.start == end && matches!(r.hit, Hit::Title(_)));
        let capital_after = toks
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)));
        (!title_after && !capital_after).then_some(end)
    }

    /// If the sentence starts with the dateline's place, the token after it.
    fn dateline_at(&self, toks: &[Token], dl: &str, span: Option<Span>) -> Option<usize> {
        let first = toks.first()?;
        if let Some(sp) = span {
            if first.span.start == sp.start {
                let end = toks.iter().position(|t| t.span.end >= sp.end)?;
                return Some(end + 1);
            }
            return None;
        }
        // "LONDON 1996-08-30": the place then a number.
        let mut k = 0;
        for part in dl.split_whitespace() {
            let t = toks.get(k)?;
            if !self.w(t).eq_ignore_ascii_case(part) {
                return None;
            }
            k += 1;
        }
        let next = toks.get(k)?;
        (next.kind == TokenKind::Number || self.w(next) == ",").then_some(k)
    }

    /// Whether the one-word title `m` comes right after an honorific, with a capital
    /// and a verb or a possessive after it: "Mr King said", "Mr King's"; not "Mr Justice
    /// Harrison" nor "the Lord Chancellor said".
    fn surname_after_honorific(
        &self,
        toks: &[Token],
        m: &LexMatch,
        title_end: Option<(usize, usize)>,
    ) -> bool {
        let after_honorific =
            title_end.is_some_and(|(end, ti)| end == m.start && self.lex.titles[ti].honorific);
        // A verb or a possessive follows a surname; a name, a comma or nothing may follow
        // a title of two words ("the then Lord Chancellor, Lord Irvine").
        let verb_after = toks.get(m.end).is_some_and(|t| {
            let w = self.w(t);
            t.kind == TokenKind::Word && (w.starts_with(char::is_lowercase) || is_possessive(w))
        });
        // "the Lord Chancellor said", "the then Lord Chancellor": after a determiner, a
        // title of two words.
        let determined = (m.start.saturating_sub(3)..m.start.saturating_sub(1))
            .any(|p| matches!(self.w(&toks[p]), "the" | "The"));
        after_honorific
            && m.end == m.start + 1
            && is_cap(self.w(&toks[m.start]))
            && verb_after
            && !determined
    }

    /// Handle a lexicon match; returns the token after it.
    #[allow(clippy::too_many_arguments)]
    fn lex_item(
        &mut self,
        sent: usize,
        g0: usize,
        toks: &[Token],
        m: LexMatch,
        rest: &[LexMatch],
        title_end: &mut Option<(usize, usize)>,
        hl: Flags,
    ) -> usize {
        match m.hit {
            // "forced him to miss Wimbledon": an honorific is written with a capital.
            Hit::Title(ti) if self.lex.titles[ti].honorific && !is_cap(self.w(&toks[m.start])) => {
                m.end
            }
            // "Market leader Nintendo": a market's leader is a company, though its
            // spokesman or minister is a person ("industry spokesman Ann Lee"); so is what
            // a title after where someone works names ("an economist at broker Numis").
            Hit::Title(ti)
                if (self.market_before(toks, m.start)
                    && self
                        .lex
                        .words
                        .market_roles
                        .contains(&self.lex.titles[ti].role))
                    || self.workplace_before(toks, m.start) =>
            {
                self.pending = Some(Pending {
                    at: m.end,
                    flags: ev::ORG_TAIL,
                    descriptor: None,
                });
                m.end
            }
            // "Mr King said": after an honorific, a one-word title no name follows is a
            // surname.
            Hit::Title(_) if self.surname_after_honorific(toks, &m, *title_end) => {
                let flags = hl
                    | self.context_flags(toks, m.start, m.end)
                    | self.title_flags(toks, *title_end, m.start);
                self.push(sent, g0, toks, m.start, m.end, ItemKind::Name(flags));
                m.end
            }
            Hit::Title(ti) => {
                self.push(sent, g0, toks, m.start, m.end, ItemKind::Title(ti));
                *title_end = Some((m.end, ti));
                // Modifiers between a title and the name do not break the link.
                m.end
            }
            Hit::Entity {
                entry,
                form,
                plural,
            } => {
                let mut a = m.start;
                if m.end - a > 1 && matches!(self.w(&toks[a]), "The" | "the") {
                    a += 1;
                }
                let kind = self.lex.entries[entry].kind;
                let extendable = !plural
                    && (form == MentionForm::Demonym
                        || matches!(kind, EntityKind::Place | EntityKind::Country));
                let next_lex = rest.first().map_or(toks.len(), |r| r.start);
                // "Shearer's Newcastle team mate", "beat Leeds 2-1": in a report of games
                // a city next to a word of the game is its team.
                if self.sporty
                    && kind == EntityKind::Place
                    && form == MentionForm::Name
                    && self.team_cue(toks, a, m.end)
                {
                    let flags = ev::TEAM | hl | self.context_flags(toks, a, m.end);
                    self.push(sent, g0, toks, a, m.end, ItemKind::Name(flags));
                    return m.end;
                }
                if form == MentionForm::Demonym && plural {
                    if let Some(start) = self.community_start(sent, g0, a) {
                        self.push(sent, g0, toks, start, m.end, ItemKind::Name(ev::ORG_TAIL));
                        return m.end;
                    }
                }
                // "Norwegian Ola Skuterud": a demonym before a person's name says where
                // the person is from; it is no part of the name.
                if form == MentionForm::Demonym
                    && !plural
                    && hl == 0
                    && self.person_after(toks, m.end, next_lex, kind == EntityKind::Country)
                {
                    let nationality = (kind == EntityKind::Country).then_some(entry);
                    self.pending = Some(Pending {
                        at: m.end,
                        flags: ev::DEMONYM_BEFORE,
                        descriptor: nationality.map(Descriptor::Nationality),
                    });
                    let lex = ItemKind::Lex {
                        entry,
                        form,
                        plural,
                    };
                    self.push_keeping_pending(sent, g0, toks, a, m.end, lex);
                    return m.end;
                }
                if extendable && hl == 0 {
                    let mut j = m.end;
                    while j < next_lex
                        && toks[j].kind == TokenKind::Word
                        && is_cap(self.w(&toks[j]))
                        && !self.lex.words.function_words.contains(self.w(&toks[j]))
                        && !self.lex.words.nationality_words.contains(self.w(&toks[j]))
                        && !(j == m.end && self.lex.words.given_names.contains(self.w(&toks[j])))
                    {
                        j += 1;
                    }
                    // Only common words after it ("Israeli Army"), or after a nationality
                    // one word for the media ("told German TV"), do not make a name.
                    let after = &toks[m.end..j];
                    let common = after.iter().all(|t| {
                        self.lex.words.common_words.contains(self.w(t))
                            && !self.lex.words.org_tails.contains(self.w(t))
                    });
                    // So does a country's name ("told US TV"), unless it is inside a longer
                    // name ("Agence France Press").
                    let inside = a > 0 && is_cap(self.w(&toks[a - 1]));
                    let media = (form == MentionForm::Demonym
                        || (kind == EntityKind::Country && !inside))
                        && matches!(after, [t] if self.lex.words.media_words.contains(self.w(t)));
                    if common || media {
                        j = m.end;
                    }
                    // "European Court of Human Rights".
                    let (j, joined) = if j > m.end {
                        self.through_connectors(toks, a, j, next_lex, rest)
                    } else {
                        (j, 0)
                    };
                    if j > m.end {
                        let last = self.w(&toks[j - 1]);
                        let mut flags = ev::LEX_HEAD | joined | self.context_flags(toks, a, j);
                        // "Virginia Towle": a place that is also a given name.
                        let given = m.end == a + 1
                            && self.lex.words.given_names.contains(self.w(&toks[a]))
                            && !self.lex.words.org_tails.contains(last);
                        // "British Columbia": the tables know the whole name as a place.
                        let span = Span::new(toks[a].span.start, toks[j - 1].span.end);
                        let table_place = self.table_evidence(span).0 & ev::GAZ_PLACE != 0;
                        flags |= if given {
                            ev::GIVEN
                        } else if self.lex.words.place_tails.contains(last) || table_place {
                            ev::PLACE_TAIL
                        } else if flags & ev::WORK != 0 {
                            // "the drama American Dreams": a title, not a body.
                            0
                        } else {
                            ev::ORG_TAIL
                        };
                        if given {
                            flags &= !ev::LEX_HEAD;
                        }
                        let a = if flags & ev::ORG_TAIL != 0 {
                            self.capitalised_word_before(g0, toks, a)
                        } else {
                            a
                        };
                        self.push(sent, g0, toks, a, j, ItemKind::Name(flags));
                        return j;
                    }
                }
                if kind == EntityKind::Organization && form == MentionForm::Name && hl == 0 {
                    // "BBC Scotland", "Sony Europe": a known organisation's name and a
                    // region's or country's right after it name its branch there.
                    if let Some(j) = self.region_after(toks, m.end, rest, false) {
                        let flags = ev::LEX_HEAD | ev::ORG_TAIL | self.context_flags(toks, a, j);
                        self.push(sent, g0, toks, a, j, ItemKind::Name(flags));
                        return j;
                    }
                    // "Barclays Capital", "BBC Radio": a known organisation's name and words
                    // ending like an organisation's name a unit of it.
                    let j = self.cap_run_end(toks, m.end, next_lex);
                    let plain = toks[m.end..j]
                        .iter()
                        .all(|t| !self.lex.words.function_words.contains(self.w(t)));
                    if j > m.end
                        && j - m.end <= MAX_WORDS_OF_UNIT
                        && plain
                        && self.lex.words.org_tails.contains(self.w(&toks[j - 1]))
                    {
                        // "UN Economic Commission for Latin America", "BBC Radio 4".
                        let (mut j, _) = self.through_connectors(toks, a, j, next_lex, rest);
                        if toks.get(j).is_some_and(|t| {
                            t.kind == TokenKind::Number && t.span.start > toks[j - 1].span.end
                        }) && j < next_lex
                        {
                            j += 1;
                        }
                        // "BBC Radio Wales", "BBC Radio Leicester": the unit's branch
                        // in a region, or a broadcaster's in a town.
                        let station = self.lex.words.media_words.contains(self.w(&toks[j - 1]));
                        if let Some(end) = self.region_after(toks, j, rest, station) {
                            j = end;
                        }
                        let flags = ev::LEX_HEAD | ev::ORG_TAIL | self.context_flags(toks, a, j);
                        self.push(sent, g0, toks, a, j, ItemKind::Name(flags));
                        return j;
                    }
                }
                self.push(
                    sent,
                    g0,
                    toks,
                    a,
                    m.end,
                    ItemKind::Lex {
                        entry,
                        form,
                        plural,
                    },
                );
                m.end
            }
        }
    }

    /// Extend a chunk from `k`; returns its end and evidence.
    fn chunk(
        &self,
        toks: &[Token],
        k: usize,
        next_lex: usize,
        rest: &[LexMatch],
    ) -> (usize, Flags) {
        let n = toks.len();
        let mut flags = 0;
        let first = self.w(&toks[k]);
        if self.lex.words.given_names.contains(first) {
            flags |= ev::GIVEN;
        }
        if is_initial(first) {
            flags |= ev::HAS_INITIAL;
        }
        let mut next_lex = next_lex;
        let mut ri = 0;
        let mut j = k + 1;
        let mut last_word = first;
        loop {
            if j >= n {
                break;
            }
            // A one-word title right after a given name, with no name after it, is a
            // surname: "Martin Luther King", "Julie Bishop".
            if j == next_lex && flags & ev::GIVEN != 0 {
                if let Some(&m) = rest.get(ri) {
                    let after_is_name = toks.get(m.end).is_some_and(|t| {
                        let a = self.w(t);
                        is_cap(a)
                            && !self.lex.words.function_words.contains(a)
                            && !self.lex.words.name_suffixes.contains(a)
                    });
                    // Likewise a one-word place: "Neil Jordan", "George Washington".
                    let place = matches!(m.hit, Hit::Entity { entry, form: MentionForm::Name, .. }
                        if matches!(self.lex.entries[entry].kind, EntityKind::Place | EntityKind::Country));
                    if m.end == j + 1
                        && (matches!(m.hit, Hit::Title(_)) || (place && j == k + 1))
                        && self.w(&toks[j]).starts_with(char::is_uppercase)
                        && !after_is_name
                    {
                        j += 1;
                        last_word = self.w(&toks[j - 1]);
                        ri += 1;
                        next_lex = rest.get(ri).map_or(n, |m| m.start);
                        continue;
                    }
                }
            }
            // "Vincent 'The Chin' Gigante": a nickname in quotes after a given name
            // is part of the name, and so is the surname after it.
            if j == k + 1 && flags & ev::GIVEN != 0 {
                if let Some(surname) = self.quoted_nickname(toks, j) {
                    j = surname;
                    while rest.get(ri).is_some_and(|m| m.start < j) {
                        ri += 1;
                    }
                    next_lex = rest.get(ri).map_or(n, |m| m.start);
                    continue;
                }
            }
            let t = &toks[j];
            let w = self.w(t);
            // "Mt. Cook", "Ft. Worth": an abbreviated place head keeps its period; so
            // does an initial in text split by spaces ("Regina M . Benjamin").
            if w == "."
                && j + 1 < next_lex
                && toks[j + 1].kind == TokenKind::Word
                && is_cap(self.w(&toks[j + 1]))
                && !self.lex.words.function_words.contains(self.w(&toks[j + 1]))
                && (flags & ev::GIVEN != 0 && self.middle_initials_end(toks, k, j)
                    || j == k + 1
                        && t.span.start == toks[k].span.end
                        && self.lex.words.place_heads.contains(&format!("{first}.")))
            {
                j += 1;
                continue;
            }
            if j < next_lex && t.kind == TokenKind::Word {
                if is_initial(w) {
                    flags |= ev::HAS_INITIAL;
                    j += 1;
                    last_word = w;
                    continue;
                }
                // "Louise Christian said": a nationality word ends a given name's run
                // as a surname.
                let surname_word = j == k + 1
                    && self.lex.words.given_names.contains(first)
                    && toks
                        .get(j + 1)
                        .is_none_or(|t| t.kind != TokenKind::Word || !is_cap(self.w(t)));
                // "Chairman of the Environmental Audit Committee Peter Ainsworth": a
                // body's name of two words or more has ended when a given name and a
                // surname follow its last word.
                let person_after_body = j >= k + 2
                    && self.lex.words.org_tails.contains(last_word)
                    && self.lex.words.given_names.contains(w)
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && is_cap(self.w(t)));
                // "Southern Methodist University": a name opened by a nationality word
                // may hold another right before the word that ends a body's name.
                let nationality_run = j == k + 1
                    && self.lex.words.nationality_words.contains(first)
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| self.lex.words.org_tails.contains(self.w(t)));
                if is_cap(w)
                    && !person_after_body
                    && (!self.lex.words.nationality_words.contains(w)
                        || surname_word
                        || nationality_run)
                    && (!self.lex.words.function_words.contains(w)
                        || (j == k + 1 && self.lex.words.given_names.contains(first)))
                {
                    j += 1;
                    last_word = w;
                    continue;
                }
                if let Some(surname) = self.particles_before_surname(toks, j, next_lex.min(n)) {
                    flags |= ev::PARTICLE;
                    j = surname + 1;
                    last_word = self.w(&toks[surname]);
                    continue;
                }
            }
            if w == "&" && j + 1 < next_lex && is_cap(self.w(&toks[j + 1])) {
                flags |= ev::ORG_TAIL;
                j += 2;
                last_word = self.w(&toks[j - 1]);
                continue;
            }
            // "Moody's Investors Service Inc", "Sainsbury's Bank": a possessive inside a
            // company's name; but after a legal form ("Tarvo Inc's Zenith Ltd") the name
            // has ended, and before a unit's own name of several words without one
            // ("Acme's Media Group", "MIT's Media Labs") it is the owner's, unless the
            // owner is an ordinary word ("People's Construction Bank").
            if is_possessive(w)
                && t.span.start == toks[j - 1].span.end
                && !self
                    .lex
                    .words
                    .company_suffixes
                    .contains(self.w(&toks[j - 1]))
            {
                let e = self.cap_run_end(toks, j + 1, next_lex);
                let ends = (e > j + 1).then(|| self.w(&toks[e - 1]));
                let one_word = e == j + 2;
                let tail_joins = one_word || self.ordinary(self.w(&toks[j - 1]));
                if ends.is_some_and(|l| {
                    self.lex.words.company_suffixes.contains(l)
                        || (tail_joins && self.lex.words.org_tails.contains(l))
                }) {
                    flags |= ev::ORG_TAIL;
                    j = e;
                    last_word = self.w(&toks[j - 1]);
                    continue;
                }
            }
            // "Standard and Poor's 500", "Standard and Poor's said": two words joined by
            // "and", a possessive and a name, a number, a verb of speech or a pause after
            // it name one firm; not two people ("Blair and Brown's plan"), nor a name
            // and someone of another, given name and surname ("Razorlight and
            // Coldplay's Chris Martin").
            if w == "and"
                && j == k + 1
                && !self.lex.words.given_names.contains(first)
                && !self.full_name_at(toks, j + 3)
                && toks.get(j + 3).is_none_or(|t| {
                    let a = self.w(t);
                    t.kind == TokenKind::Number
                        || (t.kind == TokenKind::Word && a.starts_with(char::is_uppercase))
                        || (t.kind != TokenKind::Word && a != "(")
                        || self.lex.words.speech_verbs.contains(a)
                })
                && toks.get(j + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && is_cap(self.w(t)) && j + 1 < next_lex
                })
                && toks.get(j + 2).is_some_and(|t| {
                    is_possessive(self.w(t)) && t.span.start == toks[j + 1].span.end
                })
            {
                flags |= ev::ORG_TAIL;
                j += 3;
                last_word = self.w(&toks[j - 2]);
                continue;
            }
            if self.lex.words.name_connectors.contains(w) {
                let phrase = Phrase {
                    first: k,
                    connector: j,
                    last_word,
                    joined: flags & (ev::ORG_HEAD_OF | ev::PLACE_TAIL) != 0,
                    given: flags & (ev::GIVEN | ev::HAS_INITIAL) != 0,
                };
                if let Some((end, bit)) = self.connected(toks, phrase, next_lex, rest) {
                    flags |= bit;
                    j = end;
                    last_word = self.w(&toks[j - 1]);
                    continue;
                }
            }
            break;
        }
        // "Acme Inc.", "Commerce Dept.": the abbreviation's period belongs to the name.
        let dotted = format!("{last_word}.");
        if (self.lex.words.company_suffixes.contains(&dotted)
            || self.lex.words.org_tails.contains(&dotted)
            || self.lex.words.name_suffixes.contains(&dotted))
            && j > k + 1
            && toks
                .get(j)
                .is_some_and(|t| t.span.start == toks[j - 1].span.end && self.w(t) == ".")
        {
            j += 1;
        }
        if (self.lex.words.org_tails.contains(last_word)
            || self.lex.words.company_suffixes.contains(last_word))
            && j > k + 1
        {
            flags |= ev::ORG_TAIL;
        }
        if j > k + 1
            && (self.lex.words.place_tails.contains(last_word)
                || self.lex.words.place_heads.contains(first))
        {
            flags |= ev::PLACE_TAIL;
        }
        // "Luton, Bedfordshire": a county's name by its ending, which the tables lack; in
        // a report of games it is as likely the county's team ("Yorkshire beat Kent").
        if j == k + 1 && !self.sporty && ends_with_any(first, &self.lex.words.place_name_endings) {
            flags |= ev::GAZ_PLACE;
        }
        if j == k + 1 && is_acronym(first) {
            flags |= ev::ACRONYM;
        }
        // "Germany's DaimlerChrysler", "BridgeHead Software": joined words opening a name
        // name a company or its product; a person's surname may be so written ("Garret
        // FitzGerald"), a given name is not.
        if is_joined_words(first) {
            flags |= ev::JOINED_WORDS;
        }
        for t in &toks[k..j] {
            let w = self.w(t);
            if w != first && is_cap(w) && !w.starts_with(char::is_uppercase) {
                flags |= ev::PARTICLE; // "el-Sisi"
            }
        }
        // "al-Sisi" but also "al-Hilla", "al-Qaeda": a lone "al-" word is no person by
        // itself.
        if !first.starts_with(char::is_uppercase) && j > k + 1 {
            flags |= ev::PARTICLE;
        }
        (j, flags)
    }

    /// True when the tokens from the one after the given name `k` up to the period `j`
    /// are spaced initials ("George H . W .").
    fn middle_initials_end(&self, toks: &[Token], k: usize, j: usize) -> bool {
        let mut i = k + 1;
        while i < j && is_spaced_initial(self.w(&toks[i])) && self.w(&toks[i + 1]) == "." {
            if i + 1 == j {
                return true;
            }
            i += 2;
        }
        false
    }

    /// The surname after the particles at `j` ("van", "van der", "de la"), if one
    /// follows before `limit`: "Edwin van der Sar".
    fn particles_before_surname(&self, toks: &[Token], j: usize, limit: usize) -> Option<usize> {
        let mut at = j;
        while at < limit
            && at - j < MAX_PARTICLES
            && self.lex.words.particles.contains(self.w(&toks[at]))
        {
            at += 1;
        }
        (at > j && at < limit && is_cap(self.w(&toks[at]))).then_some(at)
    }

    /// If a nickname in quotes starts at `j` and a capitalised word follows it ("'The
    /// Chin' Gigante"), the token of that word.
    fn quoted_nickname(&self, toks: &[Token], j: usize) -> Option<usize> {
        let quotes = self.lex.text_vocabulary();
        if !quotes.open_quotes.contains(self.w(toks.get(j)?)) {
            return None;
        }
        let words = toks[j + 1..]
            .iter()
            .take_while(|t| t.kind == TokenKind::Word && is_cap(self.w(t)))
            .count();
        let close = j + 1 + words;
        let surname = toks.get(close + 1)?;
        ((1..=MAX_WORDS_OF_NICKNAME).contains(&words)
            && quotes.close_quotes.contains(self.w(toks.get(close)?))
            && surname.kind == TokenKind::Word
            && self.nameish(self.w(surname))
            && !self.lex.words.function_words.contains(self.w(surname)))
        .then_some(close + 1)
    }

    /// Whether a connector inside a capitalised run joins what follows into one name,
    /// and the name's end and kind bit: "Department for Education and Skills", "General
    /// Agreement on Tariffs and Trade", "Bank of England", "Bay of Biscay"; not "Tony
    /// Blair and Gordon Brown", nor "Acme Inc and Lear Corp".
    fn connected(
        &self,
        toks: &[Token],
        p: Phrase<'_>,
        next_lex: usize,
        rest: &[LexMatch],
    ) -> Option<(usize, Flags)> {
        let words = &self.lex.words;
        let n = toks.len();
        let c = self.w(&toks[p.connector]);
        let head = |w: &str| {
            words.org_heads.contains(w)
                || words.place_tails.contains(w)
                || words.place_heads.contains(w)
        };
        let first = self.w(&toks[p.first]);
        let bit = if words.place_tails.contains(p.last_word) || words.place_heads.contains(first) {
            ev::PLACE_TAIL
        } else {
            ev::ORG_HEAD_OF
        };
        let mut e = p.connector + 1;
        // "Organisation of the Islamic Conference".
        if c != "and" && e < n && self.w(&toks[e]) == "the" {
            e += 1;
        }
        // A known name after "of": "Bank of England", "Ministry of Defence".
        if c != "and" && head(p.last_word) {
            if let Some(m) = rest.iter().find(|m| m.start == e) {
                return Some((self.after_demonym_words(toks, m), bit));
            }
        }
        let run = e;
        while e < next_lex.min(n)
            && toks[e].kind == TokenKind::Word
            && is_cap(self.w(&toks[e]))
            && !words.function_words.contains(self.w(&toks[e]))
        {
            e += 1;
        }
        if e == run {
            return None;
        }
        // "Standard and Poor's Corp": a possessive, then the end of a company's name.
        if e + 1 < n && is_possessive(self.w(&toks[e])) {
            let end = self.cap_run_end(toks, e + 1, next_lex.min(n));
            if end > e + 1 && words.company_suffixes.contains(self.w(&toks[end - 1])) {
                e = end;
            }
        }
        let last = self.w(&toks[e - 1]);
        let ends_as_org = words.org_tails.contains(last) || words.place_tails.contains(last);
        // After a complete company name ("Acme Co of ...", "Acme Inc and ...") the
        // connector starts something else.
        if words.company_suffixes.contains(p.last_word) {
            return None;
        }
        // "UPS and Deutsche Post", "Hitachi and Matsushita Electric": one known name or
        // acronym before "and" and a whole body's name after it make two bodies; "Food
        // and Drug Administration" joins a common word.
        let proper_before = p.connector == p.first + 1
            && (is_acronym(p.last_word)
                || matches!(self.lex.lookup_word(p.last_word), Some(Hit::Entity { .. })));
        let body_after =
            e - run >= 2 && (ends_as_org || words.org_heads.contains(self.w(&toks[run])));
        let two_bodies = proper_before && body_after;
        // "Procter and Gamble", "Ernst and Young": the tables know the whole as one body.
        let whole = Span::new(toks[p.first].span.start, toks[e - 1].span.end);
        let known_body = c == "and" && self.table_evidence(whole).0 & ev::GAZ_ORG != 0;
        let ok = if known_body {
            true
        } else if c == "and" {
            // Not between two complete names: a person's and another ("Jerome Flum and
            // Flum Partners"), or two bodies' ("Central Bank and Finance Ministry").
            // "Stability and Growth Pact", "Arts and Crafts Festival": one common word
            // and a law's or an event's name make one name.
            let law_or_event = (words.law_tails.contains(last) || words.event_tails.contains(last))
                && p.connector == p.first + 1
                && (self.ordinary(p.last_word)
                    || Tagger::embedded().knows_common_word(p.last_word));
            !p.given
                && !words.org_tails.contains(p.last_word)
                && !two_bodies
                && (ends_as_org
                    || law_or_event
                    || (p.joined
                        && e - run <= MAX_WORDS_AFTER_AND
                        && !words.given_names.contains(self.w(&toks[run]))))
        } else {
            let content = (p.first..e)
                .filter(|&x| toks[x].kind == TokenKind::Word && is_cap(self.w(&toks[x])))
                .count();
            // "Wealth of Nations", "Duke of Norfolk": one word, "of" and a name are a
            // titled phrase too; not an ordinary word ("Termination of USDA").
            let initial = p.first == 0 || is_phrase_opener(self.lex, self.w(&toks[p.first - 1]));
            let x_of_y = c == "of"
                && !initial
                && p.connector == p.first + 1
                && !self.ordinary(p.last_word)
                && !is_acronym(self.w(&toks[run]));
            // Longer phrases need three capitalised words; before "of", one ("Nacho Novo
            // of Rangers" is someone of somewhere).
            let titled =
                content >= MIN_WORDS_OF_TITLED_PHRASE && (c != "of" || p.connector <= p.first + 1);
            // "Jo Kroon of the Hillside Bible Church": someone of somewhere, however
            // the somewhere ends; so are two words no common word is before a body's
            // whole name ("Shigeo Morioka of the International Longevity Centre").
            let proper_pair = p.connector == p.first + 2
                && (p.first..p.connector).all(|x| {
                    let w = self.w(&toks[x]);
                    !self.ordinary(w) && !Tagger::embedded().knows_common_word(w)
                });
            // "Lord Nicholls of Birkenhead": a form of address marks a person, and the
            // place after "of" is the peer's seat, no part of the name.
            let honoured = p.connector == p.first + 1 && self.peer_before(toks, p.first);
            let person_of = c == "of"
                && (p.given || honoured || (proper_pair && ends_as_org && e - run >= 2))
                && !head(p.last_word);
            // "UN Office for the Coordination of Humanitarian Affairs": a body's head
            // word anywhere before keeps the name going.
            let body_so_far = (p.first..p.connector).any(|x| head(self.w(&toks[x])));
            // "Council on Foreign Relations" and "Department for Transport" are bodies'
            // names; "Reggie Bush on Injured Reserve", "a bid from Tottenham for Andy
            // Reid" and "Charlize Theron for Monster" join two names.
            let loose_without_body =
                matches!(c, "on" | "for") && !body_so_far && !words.org_tails.contains(p.last_word);
            !person_of
                && !loose_without_body
                && (head(p.last_word)
                    || body_so_far
                    || ends_as_org
                    || (!p.given && (titled || x_of_y)))
        };
        ok.then_some((
            e,
            if ends_as_org && bit == ev::ORG_HEAD_OF {
                ev::ORG_TAIL
            } else {
                bit
            },
        ))
    }

    /// Whether a form of address comes before the capitalised word at `k`: "Lord
    /// Nicholls" in "Lord Nicholls of Birkenhead".
    fn peer_before(&self, toks: &[Token], k: usize) -> bool {
        k > 0
            && is_cap(self.w(&toks[k]))
            && matches!(self.lex.lookup_word(self.w(&toks[k - 1])),
                Some(Hit::Title(ti)) if self.lex.titles[ti].honorific)
    }

    /// Whether title `ti` is held in a body: no form of address ("Mr") and no place's
    /// title ("mayor").
    fn body_title(&self, ti: usize) -> bool {
        let title = &self.lex.titles[ti];
        !title.honorific && !self.lex.words.place_titles.contains(&title.role)
    }

    /// Evidence from a title that ends just before token `k` ("Minister Jan Novak").
    fn title_flags(&self, toks: &[Token], title_end: Option<(usize, usize)>, k: usize) -> Flags {
        match title_end {
            // "the MP for Ealing North": a seat is a place.
            Some((after, ti))
                if after + 1 == k && self.lex.titles[ti].seat && self.w(&toks[after]) == "for" =>
            {
                ev::SEAT | ev::LOC_PREP
            }
            Some((after, ti))
                if after + 1 == k
                    && self.body_title(ti)
                    && self.lex.words.title_of_preps.contains(self.w(&toks[after])) =>
            {
                let head = self.lex.titles[ti].implies == Relation::Leads;
                if head && self.w(&toks[after]) == "of" {
                    ev::OF_TITLE | ev::HEAD_OF
                } else {
                    ev::OF_TITLE
                }
            }
            Some((after, ti)) if after == k => {
                let honorific = if self.lex.titles[ti].honorific {
                    ev::HONORIFIC_BEFORE
                } else {
                    0
                };
                ev::TITLE_BEFORE | honorific
            }
            _ => 0,
        }
    }

    fn context_flags(&self, toks: &[Token], a: usize, b: usize) -> Flags {
        let mut f = 0;
        if self.lineup_from.is_some_and(|k| a >= k) {
            f |= ev::LINEUP;
        }
        if a > 0 {
            let p = self.w(&toks[a - 1]);
            // "Belgian club Standard Liege", "the news agency Tanjug".
            if self.org_noun(p) {
                f |= ev::ORG_TAIL;
            }
            // "a fund manager at Perpetual Trustees": where someone works.
            // "an economist at broker Numis": so is a firm a word describes there.
            let described = p.starts_with(char::is_lowercase) && self.workplace_before(toks, a - 1);
            if self.after_person_of(toks, a) || self.after_role_apposition(toks, a) {
                f |= ev::OF_TITLE;
            }
            let at_work = self.workplace_prep(&toks[a - 1])
                && a > 1
                && self.person_noun(self.w(&toks[a - 2]));
            if at_work || described {
                return f | ev::EMPLOYER | self.after_flags(toks, a, b);
            }
            if a > 1 && is_possessive(p) && is_cap(self.w(&toks[a - 2])) {
                f |= ev::OWNED;
                if self.owner_is_body(toks, a - 1) {
                    f |= ev::OWNED_BY_BODY;
                }
            }
            let leader = toks
                .get(b)
                .is_some_and(|t| self.lex.words.leader_nouns.contains(self.w(t)));
            if (p == "the" || p == "The") && leader && b == a + 1 {
                // "the Assad regime": named after its leader, a person.
                f |= ev::LEADER_OF;
            } else if p == "the" || p == "The" {
                f |= ev::THE_BEFORE;
            } else if p == "of" && a > 1 && self.lex.words.firm_of.contains(self.w(&toks[a - 2])) {
                // "the law firm of Skadden": the name is the firm's.
                f |= ev::ORG_TAIL;
            } else if p == "in"
                && a > 1
                && self.lex.words.holding_nouns.contains(self.w(&toks[a - 2]))
            {
                // "a 10% stake in Yukos": a share is held in a company.
                f |= ev::ORG_TAIL;
            } else if self.lex.words.loc_preps.contains(p)
                || (p.starts_with(char::is_uppercase)
                    && self.lex.words.loc_preps.contains(&p.to_lowercase()))
                || (p == "of" && a > 1 && self.lex.words.place_of.contains(self.w(&toks[a - 2])))
                || (p == "of" && a > 2 && self.peer_before(toks, a - 2))
            {
                f |= ev::LOC_PREP;
            }
            // "on the banks of the Thames".
            if p == "the"
                && a > 2
                && self.w(&toks[a - 2]) == "of"
                && self.lex.words.place_of.contains(self.w(&toks[a - 3]))
            {
                f = (f & !ev::THE_BEFORE) | ev::LOC_PREP;
            }
        }
        let mut f = f | self.after_flags(toks, a, b);
        if self.all_common_words(toks, a, b) {
            f |= ev::COMMON_WORDS;
        }
        if self.common_head(toks, a, b) {
            f |= ev::COMMON_HEAD;
        }
        if self.common_tail(toks, a, b) {
            f |= ev::COMMON_TAIL;
        }
        if self.work_cue(toks, a, b) {
            f |= ev::WORK;
        }
        if self.title_case_join(toks, a, b) {
            f |= ev::TITLE_CASE;
        }
        // "Aston Villa", "Leicester City": a club's name in a report of games.
        if self.sporty && b > a + 1 && self.lex.words.team_tails.contains(self.w(&toks[b - 1])) {
            f |= ev::TEAM_NAME | ev::TEAM;
        }
        // "said ABN Amro's Eddie Wong": the speaker is the person, not the possessor.
        if f & ev::OWNS_A_PERSON != 0 {
            f &= !ev::SPEECH_AFTER;
        }
        // "In Castrovia, the mayor resigned": after a preposition the comma ends a
        // fronted phrase; what follows is no apposition.
        if f & ev::LOC_PREP != 0 {
            f & !ev::TITLE_AFTER
        } else {
            f
        }
    }

    /// Whether the name at `a..b` is two or more words, each a capitalised word the
    /// treebank knows as a common word and no given name: "a new White Paper".
    fn all_common_words(&self, toks: &[Token], a: usize, b: usize) -> bool {
        b >= a + 2
            && toks[a..b].iter().all(|t| {
                let w = self.w(t);
                t.kind == TokenKind::Word && is_cap(w) && self.common_word_no_given_name(w)
            })
    }

    /// Whether `w` is a word the treebank knows as a common word and no given name:
    /// "Finding", "Model"; not "Bill".
    fn common_word_no_given_name(&self, w: &str) -> bool {
        !self.lex.words.given_names.contains(w) && Tagger::embedded().knows_common_word(w)
    }

    /// Whether the name at `a..b` has two words or more, opens with a capitalised word
    /// the treebank knows as a common word, and has no given name nor a surname's
    /// particle ("De Niro"): "Finding Neverland", not "Boy George".
    fn common_head(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let words = &self.lex.words;
        let first = self.w(&toks[a]);
        b >= a + 2
            && toks[a].kind == TokenKind::Word
            && is_cap(first)
            && !words.particles.contains(first.to_lowercase().as_str())
            && self.common_word_no_given_name(first)
            && toks[a + 1..b]
                .iter()
                .all(|t| !words.given_names.contains(self.w(t)))
    }

    /// Whether the name at `a..b` has two words or more, no given name first and a
    /// common word last ("Verizon Wireless").
    fn common_tail(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let last = self.w(&toks[b - 1]);
        b >= a + 2
            && toks[b - 1].kind == TokenKind::Word
            && is_cap(last)
            && !self.lex.words.given_names.contains(self.w(&toks[a]))
            && !self.lex.words.given_names.contains(last)
            && Tagger::embedded().knows_common_word(last)
    }

    /// Evidence from the words after the name at `a..b`.
    fn after_flags(&self, toks: &[Token], a: usize, b: usize) -> Flags {
        let mut f = 0;
        // "Babylonia to the south": a place and a compass direction.
        if toks.get(b).is_some_and(|t| self.w(t) == "to")
            && toks.get(b + 1).is_some_and(|t| self.w(t) == "the")
            && toks.get(b + 2).is_some_and(|t| {
                let w = self.w(t);
                w.starts_with(char::is_lowercase) && self.lex.words.compass.contains(&capitalise(w))
            })
        {
            f |= ev::LOC_PREP;
        }
        let cued = self.team_cue(toks, a, b) && self.team_shaped(toks, a, b);
        if self.sporty && (cued || self.bracketed_after_name(toks, a, b)) {
            f |= ev::TEAM;
        }
        if self.sporty && self.club_in_brackets(toks, b) {
            f |= ev::CLUB_AFTER;
        }
        if let Some(t) = toks.get(b) {
            let w = self.w(t);
            if self.lex.words.speech_verbs.contains(w) {
                f |= if self.it_after_speech(toks, b + 1) {
                    ev::IT_AFTER
                } else {
                    ev::SPEECH_AFTER
                };
            } else if is_possessive(w) {
                f |= ev::POSSESSIVE;
                if self.full_name_at(toks, b + 1) {
                    f |= ev::OWNS_A_PERSON;
                }
            } else if self.lex.words.place_nouns.contains(w) {
                f |= ev::PLACE_TAIL;
            } else if self.lex.words.org_after_nouns.contains(w) {
                f |= ev::ORG_TAIL;
            } else if self.lex.words.product_nouns.contains(w) {
                f |= ev::PRODUCT_AFTER;
            } else if a > 0
                && b == a + 1
                && self
                    .lex
                    .words
                    .indefinite_articles
                    .contains(self.w(&toks[a - 1]))
                && self.lex.words.staff_nouns.contains(w)
            {
                // "an Emery employee": one who works for the firm named by one word (a
                // full name, "a Mary Lee employee", stays a person's).
                f |= ev::ORG_TAIL;
            } else if w == "," {
                if let Some(t2) = toks.get(b + 1) {
                    let w2 = self.w(t2);
                    // "Bethany, Conn.", "Aiken, S.C.": a place then its state or country.
                    let (hit, after) = match toks.get(b + 2) {
                        Some(t3) if self.w(t3) == "." && t3.span.start == t2.span.end => (
                            self.lex
                                .lookup_word(&self.text[t2.span.start..t3.span.end])
                                .or_else(|| self.lex.lookup_word(w2)),
                            b + 3,
                        ),
                        _ => (self.lex.lookup_word(w2), b + 2),
                    };
                    let closes = toks
                        .get(after)
                        .is_none_or(|t| matches!(self.w(t), "," | "." | ";" | ")" | ":"));
                    if let (
                        Some(Hit::Entity {
                            entry,
                            form: MentionForm::Name,
                            ..
                        }),
                        true,
                    ) = (hit, closes)
                    {
                        if matches!(
                            self.lex.entries[entry].kind,
                            EntityKind::Country | EntityKind::Place
                        ) {
                            f |= ev::PLACE_TAIL;
                        }
                    }
                    if w2 == "who" {
                        f |= ev::SPEECH_AFTER;
                    } else if w2 == "which" {
                        f |= ev::IT_AFTER;
                    } else if matches!(w2, "a" | "the" | "an") {
                        f |= self.appositive(toks, b + 2);
                    } else if is_cap(w2)
                        && toks.get(b + 2).is_some_and(|t| is_possessive(self.w(t)))
                    {
                        // "Standard Life, Europe's largest insurer": a possessive name
                        // opens the appositive as an article does.
                        f |= self.appositive(toks, b + 1);
                    }
                }
            }
        }
        f
    }

    /// A score or a word of the game right next to the name at `a..b`: "Somerset 83",
    /// "beat Somerset", "Newcastle team mate".
    fn team_cue(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let words = &self.lex.words;
        // "Ashby 2-1 Corby": a score before the name too.
        let before = a > 0
            && (words.team_words_before.contains(self.w(&toks[a - 1]))
                || (toks[a - 1].kind == TokenKind::Number && is_score(self.w(&toks[a - 1]))));
        let after = toks.get(b).is_some_and(|t| {
            let w = self.w(t);
            (t.kind == TokenKind::Number && is_score(w)) || words.team_words_after.contains(w)
        });
        before || after || self.team_after(toks, a, b)
    }

    /// A name in brackets right after another, as squads list players' clubs: "Ian Dow
    /// (Kelso Harriers)".
    fn bracketed_after_name(&self, toks: &[Token], a: usize, b: usize) -> bool {
        a >= 2
            && self.w(&toks[a - 1]) == "("
            && toks.get(b).is_some_and(|t| self.w(t) == ")")
            && is_cap(self.w(&toks[a - 2]))
    }

    /// A given name at `k` and a capitalised word after it: a person's full name
    /// ("Eddie Wong").
    fn full_name_at(&self, toks: &[Token], k: usize) -> bool {
        toks.get(k)
            .is_some_and(|t| self.lex.words.given_names.contains(self.w(t)))
            && toks.get(k + 1).is_some_and(|t| is_cap(self.w(t)))
    }

    /// A name in brackets at `b`, no acronym and no score: "(Woodford Green)", "(Harrow
    /// AC)"; not "(CAS)" nor "(Giggs 64)".
    fn club_in_brackets(&self, toks: &[Token], b: usize) -> bool {
        if toks.get(b).is_none_or(|t| self.w(t) != "(") {
            return false;
        }
        let Some(close) =
            (b + 1..toks.len().min(b + 2 + MAX_CLUB_WORDS)).find(|&k| self.w(&toks[k]) == ")")
        else {
            return false;
        };
        let inside = &toks[b + 1..close];
        inside.first().is_some_and(|t| {
            let w = self.w(t);
            is_cap(w) && !is_acronym(w)
        }) && inside.iter().all(|t| {
            let w = self.w(t);
            t.kind == TokenKind::Word && (is_cap(w) || self.lex.words.name_connectors.contains(w))
        })
    }

    /// The first token of the list of names when sentence `sent`, starting at byte
    /// `start`, is a team's line-up in a report of games.
    fn lineup_list_token(&self, start: usize, sent: usize, toks: &[Token]) -> Option<usize> {
        let list_start = self.lineups[sent].filter(|_| self.sporty)?;
        toks.iter().position(|t| t.span.start >= start + list_start)
    }

    /// Whether the name at `a..b` could be a team's: one word ("Chelsea"), or words
    /// with a place, a club's word ("Real", "United") or a common word ("Crystal
    /// Palace", "Border Reivers") in them. A player's two names have none: "Dominik Hrbaty 6-3"
    /// is a player's score, not a team's; nor is a lone word that qualifies a title
    /// ("Teenage striker X", "Caretaker boss Y").
    fn team_shaped(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let words = &self.lex.words;
        if b == a + 1 && words.title_modifiers.contains(self.w(&toks[a])) {
            return false;
        }
        let place = |t: &Token| {
            let w = self.w(t);
            matches!(self.lex.lookup_word(w), Some(Hit::Entity { entry, .. })
                if matches!(self.lex.entries[entry].kind, EntityKind::Place | EntityKind::Country))
                || self.table_evidence(t.span).0 & ev::GAZ_PLACE != 0
        };
        let tagger = Tagger::embedded();
        b <= a + 1
            || toks[a..b].iter().any(|t| {
                let w = self.w(t);
                words.team_tails.contains(w)
                    || words.club_openers.contains(w)
                    || tagger.knows_common_word(w)
                    || place(t)
            })
    }

    /// A player named after the team's possessive ("Everton's Tim Cahill"), or a plural
    /// verb after one name, not a list's last ("Arsenal have won", not "Smith and Jones
    /// have").
    fn team_after(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let Some(next) = toks.get(b).map(|t| self.w(t)) else {
            return false;
        };
        if is_possessive(next) {
            return toks.get(b + 1).is_some_and(|t| is_cap(self.w(t)))
                && toks.get(b + 2).is_some_and(|t| is_cap(self.w(t)));
        }
        let listed = a > 0 && matches!(self.w(&toks[a - 1]), "and" | "," | "&" | "or");
        // "Injuries have taken their toll": a plural common noun opening the sentence.
        let common_plural = b == a + 1
            && toks[..a].iter().all(|t| t.kind != TokenKind::Word)
            && self.w(&toks[a]).ends_with('s')
            && Tagger::embedded().knows_common_word(self.w(&toks[a]));
        !listed && !common_plural && self.lex.words.team_verbs_after.contains(next)
    }

    /// Does a word before the name at `a` (past an opening quote or "The") or after it
    /// say the name is a work's title: "the film Vera Drake", "her hit single Toxic",
    /// "starred in Closer", "Scorsese's The Aviator", "Hide, starring ...", "films
    /// including Heathers".
    fn work_cue(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let words = &self.lex.words;
        if (self.owned_by_full_name(toks, a) && !self.kind_word_after(toks, b))
            || self.rank_of_the_before(toks, a, b)
        {
            return true;
        }
        let mut p = a;
        while p > 0 && (is_quote(self.w(&toks[p - 1])) || self.w(&toks[p - 1]) == "The") {
            p -= 1;
        }
        let after_the = toks[p..a].iter().any(|t| self.w(t) == "The");
        if p > 0 {
            let w = self.w(&toks[p - 1]);
            let before = |n: usize| (p > n).then(|| self.w(&toks[p - 1 - n]));
            // "the Xbox game Halo": a name may say whose the work is.
            let modifier = |m: &str| words.work_modifiers.contains(m) || (p > 2 && is_cap(m));
            // "her role in X", "a supporting role in X"; not "his role in Acme's
            // collapse".
            let role_in = || {
                toks.get(b).is_none_or(|t| !is_possessive(self.w(t)))
                    && before(1).is_some_and(|r| words.work_roles.contains(r))
                    && before(2).is_some_and(|m| words.work_role_modifiers.contains(m))
            };
            // "films including Heathers", "games such as Halo": a list of works opens.
            let work_noun = |x: Option<&str>| {
                x.map(str::to_lowercase).is_some_and(|x| {
                    words.work_nouns.contains(&x) || words.work_nouns_modified.contains(&x)
                })
            };
            // "films including Spielberg's E.T.": the owner of a title is no title.
            let owner = toks.get(b).is_some_and(|t| is_possessive(self.w(t)));
            // "his next major film, Donnie Brasco, where ...": the title in apposition;
            // not a role's ("the director of the film, Vinod Pande, says").
            let closed = toks.get(b).is_some_and(|t| matches!(self.w(t), "," | "."))
                && (2..=WORK_NOUN_PHRASE_WORDS).all(|n| before(n) != Some("of"));
            let intro = !owner
                && match w {
                    "including" | "like" => {
                        work_noun(before(1)) || (before(1) == Some(",") && work_noun(before(2)))
                    }
                    "as" => before(1) == Some("such") && work_noun(before(2)),
                    "," => closed && work_noun(before(1)),
                    _ => false,
                };
            if intro
                || words.work_nouns.contains(w)
                || (words.work_nouns_modified.contains(w) && before(1).is_some_and(modifier))
                || (w == "in"
                    && (before(1).is_some_and(|v| words.work_verbs_in.contains(v)) || role_in()))
                || (after_the && is_possessive(w))
            {
                return true;
            }
        }
        let next = |n: usize| toks.get(b + n).map(|t| self.w(t));
        // "Vera Drake star Imelda Staunton", outside sport.
        let star = !self.sporty
            && next(0).is_some_and(|w| words.work_stars.contains(w))
            && next(1).is_some_and(is_cap);
        star || (next(0).is_some_and(|w| matches!(w, "," | "("))
            && next(1).is_some_and(|w| words.work_words_after.contains(w)))
    }

    /// Whether a rank and "of the" come right before a name the lexicon doesn't know:
    /// "The Lord of the Rings", "Lord of the Flies" are works' titles and their last
    /// word no body. A known name stays ("the King of the Belgians"), and an office's
    /// "of the" names a body ("Leader of the Commons").
    fn rank_of_the_before(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let rank = a >= 3 && self.lex.words.work_ranks.contains(self.w(&toks[a - 3]));
        rank && self.w(&toks[a - 2]) == "of"
            && self.w(&toks[a - 1]) == "the"
            && toks[a..b]
                .iter()
                .all(|t| self.lex.lookup_word(self.w(t)).is_none())
    }

    /// Whether a person's full name and a possessive come right before token `a`: "Mike
    /// Leigh's Vera Drake", "Giuseppe Verdi's La Traviata" name the person's works. A
    /// body's own name says it is one ("Conrad Black's Hollinger International").
    fn owned_by_full_name(&self, toks: &[Token], a: usize) -> bool {
        if a < 3 || !is_possessive(self.w(&toks[a - 1])) {
            return false;
        }
        let mut first = a - 1;
        while first > 0 && is_cap(self.w(&toks[first - 1])) {
            first -= 1;
        }
        a - 1 - first >= 2 && self.lex.words.given_names.contains(self.w(&toks[first]))
    }

    /// Whether the capitalised words before the possessive at `k` name a body by
    /// their own shape or the tables: an acronym ("IBM's"), a company's or body's last
    /// word ("Electronic Arts's"), a known organisation ("Sony's"). Not in reports of
    /// games, where a club's possessive comes before its players ("Arsenal's Edu").
    fn owner_is_body(&self, toks: &[Token], k: usize) -> bool {
        if self.sporty || k == 0 {
            return false;
        }
        let mut first = k;
        while first > 0 && is_cap(self.w(&toks[first - 1])) {
            first -= 1;
        }
        if first == k {
            return false;
        }
        let last = self.w(&toks[k - 1]);
        let words = &self.lex.words;
        let acronym = last.len() >= 2 && last.chars().all(|c| c.is_ascii_uppercase());
        let lexicon_org = first + 1 == k
            && matches!(
                self.lex.lookup_word(last),
                Some(Hit::Entity { entry, form: MentionForm::Name, .. })
                    if self.lex.entries[entry].kind == EntityKind::Organization
            );
        let span = Span::new(toks[first].span.start, toks[k - 1].span.end);
        acronym
            || lexicon_org
            || words.org_tails.contains(last)
            || words.company_suffixes.contains(last)
            || self.table_evidence(span).0 & ev::GAZ_ORG != 0
    }

    /// Whether the word after a name says what kind of thing it names: "Veritas party",
    /// "Ashfield constituency", "Acme chairman".
    fn kind_word_after(&self, toks: &[Token], b: usize) -> bool {
        toks.get(b).is_some_and(|t| {
            let w = self.w(t);
            self.org_noun(w) || self.person_noun(w) || self.lex.words.place_appositive.contains(w)
        })
    }

    /// Is the name at `a..b` joined to a capitalised word by a capitalised little word
    /// ("Married With Children")?
    fn title_case_join(&self, toks: &[Token], a: usize, b: usize) -> bool {
        let joins = &self.lex.words.title_case_joins;
        let cap = |k: usize| toks.get(k).is_some_and(|t| is_cap(self.w(t)));
        let join = |k: usize| toks.get(k).is_some_and(|t| joins.contains(self.w(t)));
        (join(b) && cap(b + 1)) || (a >= 2 && join(a - 1) && cap(a - 2))
    }

    /// In a report of games, every mention of a town the article once names as a team
    /// ("Liverpool striker ...", "beat Liverpool") is the team's, except where a
    /// preposition of place makes it the town ("in Liverpool").
    fn teams_everywhere(&mut self, seg: &crate::text::Segmented) {
        if !self.sporty {
            return;
        }
        let teams: FxHashSet<&str> = self
            .items
            .iter()
            .filter(|it| matches!(it.kind, ItemKind::Name(f) if f & ev::TEAM != 0))
            .map(|it| &self.text[it.span.start..it.span.end])
            .collect();
        if teams.is_empty() {
            return;
        }
        let mut items = std::mem::take(&mut self.items);
        for it in &mut items {
            let ItemKind::Lex {
                entry,
                form: MentionForm::Name,
                ..
            } = it.kind
            else {
                continue;
            };
            if self.lex.entries[entry].kind != EntityKind::Place
                || !teams.contains(&self.text[it.span.start..it.span.end])
            {
                continue;
            }
            let s = &seg.sentences[it.sent];
            let toks = seg.sentence_tokens(s);
            let (a, b) = (it.a - s.tokens.start, it.b - s.tokens.start);
            let f = self.context_flags(toks, a, b);
            if f & ev::LOC_PREP == 0 {
                it.kind = ItemKind::Name(f | ev::TEAM);
            }
        }
        self.items = items;
    }

    /// What an appositive noun phrase starting at token `k` (after ", a") says about
    /// the name before it: a place ("a city in"), an organisation ("the Chilean copper
    /// company") or, by default, a person ("a spokesman", "a family friend").
    fn appositive(&self, toks: &[Token], k: usize) -> Flags {
        let mut head = None;
        for t in toks.iter().skip(k).take(MAX_WORDS_OF_APPOSITIVE) {
            let w = self.w(t);
            // "the country's biggest credit card provider": the head comes after a
            // possessive, and a name inside is no head.
            if is_possessive(w) || w.starts_with(char::is_uppercase) {
                continue;
            }
            if t.kind != TokenKind::Word || self.lex.words.appositive_stops.contains(w) {
                break;
            }
            head = Some(w);
        }
        match head {
            Some(h) if self.lex.words.place_appositive.contains(h) => ev::PLACE_TAIL,
            // "The Aviator, a film biography of ...": a work.
            Some(h) if self.lex.words.work_nouns.contains(h) => ev::WORK,
            Some(h) if self.org_noun(h) => ev::ORG_TAIL,
            Some(h) if self.person_noun(h) => ev::TITLE_AFTER,
            // "Kirkcaldy, the birthplace of ...": a noun that says nothing of a person.
            Some(_) => 0,
            None => ev::TITLE_AFTER,
        }
    }

    /// A noun for an organisation: "company", "the Chilean copper company", "winemaker".
    fn org_noun(&self, w: &str) -> bool {
        self.lex.words.org_appositive.contains(w)
            || ends_with_any(w, &self.lex.words.org_noun_endings)
    }

    /// A noun for a person: a title ("spokesman", "economist"), a role noun ("solicitor")
    /// or a word for what people are to each other ("friend"), or a noun made like a
    /// doer's ("campaigner", "consultant").
    fn person_noun(&self, w: &str) -> bool {
        let words = &self.lex.words;
        if self.org_noun(w) || words.place_appositive.contains(w) {
            return false;
        }
        matches!(self.lex.lookup_word(w), Some(Hit::Title(_)))
            || words.role_nouns.contains(w)
            || words.person_appositive.contains(w)
            || ends_with_any(w, &words.person_noun_endings)
    }

    /// In an ALL-CAPS line: a run of words seen as names in the prose.
    fn caps_chunk(
        &mut self,
        sent: usize,
        g0: usize,
        toks: &[Token],
        k: usize,
        rest: &[LexMatch],
    ) -> usize {
        let next_lex = rest.first().map_or(toks.len(), |m| m.start);
        // A word of two letters or more seen capitalised mid-sentence in the prose, and
        // never in lower case there ("SHARE SPLIT APPROVED": "split" is a word).
        let known = |t: &Token| {
            t.kind == TokenKind::Word && {
                let w = word(self.text, t).to_lowercase();
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && self.cap_mid_lower.contains(&w)
                    && !self.lower_seen.contains(w.as_str())
            }
        };
        let mut j = k;
        while j < next_lex && known(&toks[j]) {
            j += 1;
        }
        if j == k {
            // "CINCINNATI 66 67": in a table of games, a team named after a place.
            if self.sporty {
                if let Some(j) = self.caps_team(toks, k, next_lex) {
                    let flags = ev::HEADLINE | ev::CAPS_LINE | self.context_flags(toks, k, j);
                    self.push(sent, g0, toks, k, j, ItemKind::Name(flags));
                    return j;
                }
            }
            return k + 1;
        }
        let flags = ev::HEADLINE | ev::CAPS_LINE | self.context_flags(toks, k, j);
        self.push(sent, g0, toks, k, j, ItemKind::Name(flags));
        j
    }

    /// The end of a place's name of the tables at `k`, in capitals, that a score or a
    /// word of the game follows: a team in a table of games.
    fn caps_team(&self, toks: &[Token], k: usize, limit: usize) -> Option<usize> {
        let end = self
            .cap_run_end(toks, k, limit)
            .min(k + MAX_WORDS_OF_CAPS_TEAM);
        (k + 1..=end).rev().find(|&j| {
            let text = &self.text[toks[k].span.start..toks[j - 1].span.end];
            self.team_cue(toks, k, j)
                && self
                    .lex
                    .gazetteer()
                    .lookup(text, true)
                    .any(|h| self.lex.gazetteer().known[h.id as usize].kind == EntityKind::Place)
        })
    }

    /// A capitalised word ending in a hyphen and one of the lexicon's
    /// `modifier_suffixes`: the end of a modifier made of a name ("Vegas-style").
    fn modifier_made_of_name(&self, w: &str) -> bool {
        let last = w.rsplit(['-', '\u{2010}', '\u{2011}']).next().unwrap_or("");
        is_cap(w) && has_hyphen(w) && self.lex.words.modifier_suffixes.contains(last)
    }

    /// A hyphenated word that is a compound modifier rather than a name: its last part
    /// is lower case ("Kerry-led"), or every part is a known place or demonym.
    fn compound(&self, w: &str) -> bool {
        let mut parts = w.split(['-', '\u{2010}', '\u{2011}']);
        let first = parts.next().unwrap_or("");
        if self.lex.words.particles.contains(first)
            || self.lex.words.particles.contains(&format!("{first}-"))
        {
            return false;
        }
        let last = w.rsplit(['-', '\u{2010}', '\u{2011}']).next().unwrap_or("");
        if last.starts_with(char::is_lowercase) && first.starts_with(char::is_uppercase) {
            return true;
        }
        w.split(['-', '\u{2010}', '\u{2011}'])
            .all(|p| self.lex.lookup_word(p).is_some())
    }

    /// Record a name read inside the token at global index `at` ("Yukos" in "ex-Yukos",
    /// "U.S." in "U.S.-led").
    fn push_within(&mut self, sent: usize, at: usize, span: Span, kind: ItemKind) {
        self.items.push(Item {
            known: None,
            descriptor: None,
            sent,
            a: at,
            b: at + 1,
            span,
            kind,
        });
    }

    /// "ex-Yukos boss", "ex-Tory minister": after the prefix of a past role, the word is
    /// a name of its own: one the lexicon knows, or one a title follows. Whether the
    /// word at `k` was such and its name is now an item.
    fn former_prefixed(
        &mut self,
        sent: usize,
        g0: usize,
        toks: &[Token],
        k: usize,
        rest: &[LexMatch],
    ) -> bool {
        let t = toks[k];
        let w = self.w(&t);
        let Some(name) = self.lex.words.former_prefixes.iter().find_map(|p| {
            // "Ex-Labour MP X" opening a sentence, as "ex-Labour MP X".
            let head = w.get(..p.len()).filter(|h| h.eq_ignore_ascii_case(p))?;
            w[head.len()..].strip_prefix('-')
        }) else {
            return false;
        };
        if !is_cap(name) || has_hyphen(name) {
            return false;
        }
        let kind = match self.lex.lookup_word(name) {
            Some(Hit::Entity {
                entry,
                form,
                plural,
            }) => ItemKind::Lex {
                entry,
                form,
                plural,
            },
            Some(_) => return false,
            // "ex-Conservative chancellor": an unknown word names something only if the
            // article also writes it as a name elsewhere, or as an acronym ("ex-ITN").
            None if !self.cap_mid.contains(name) && !is_acronym(name) => return false,
            // "ex-Yukos boss": a person noun after the name makes it one.
            None if self.person_noun_at(toks, k + 1) => ItemKind::Name(ev::BEFORE_TITLE),
            None => match self.title_after(toks, k + 1, rest) {
                0 => return false,
                f => ItemKind::Name(f),
            },
        };
        let span = Span::new(t.span.end - name.len(), t.span.end);
        self.push_within(sent, g0 + k, span, kind);
        true
    }

    /// "Israeli-Palestinian", "Gazprom-owned": demonyms, countries or known bodies joined
    /// by hyphens.
    fn hyphen_parts(&mut self, sent: usize, g0: usize, toks: &[Token], k: usize) {
        let t = toks[k];
        let text = self.text;
        let w = &text[t.span.start..t.span.end];
        let mut off = 0;
        for part in w.split(['-', '\u{2010}', '\u{2011}']) {
            let start = t.span.start + off;
            off += part.len()
                + w[off + part.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if let Some(Hit::Entity {
                entry,
                form,
                plural,
            }) = self.lex.lookup_word(part)
            {
                let form = match self.lex.entries[entry].kind {
                    // "Gazprom-owned", "Labour-led": a known body named in a modifier.
                    EntityKind::Organization if form == MentionForm::Name => form,
                    // A country inside a compound modifies it: "U.S.-led".
                    EntityKind::Country | EntityKind::Place => MentionForm::Demonym,
                    _ if form == MentionForm::Demonym => form,
                    _ => continue,
                };
                let kind = ItemKind::Lex {
                    entry,
                    form,
                    plural,
                };
                self.push_within(sent, g0 + k, Span::new(start, start + part.len()), kind);
            }
        }
    }
}
