//! The tag set: Penn Treebank tags as the English Web Treebank uses them, refined where
//! Universal Dependencies splits one of them into two parts of speech (an auxiliary
//! "was" is VBD like the main verb "held", but AUX rather than VERB).

use std::fmt;

/// A Universal Dependencies part of speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Upos {
    /// Adjective.
    Adj,
    /// Adposition (preposition, or a verb particle: "up" in "set up").
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary, modals included.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Common noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle: "to" before a verb, possessive "'s", "not".
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Main verb.
    Verb,
    /// Anything else (foreign words, typos, bits of addresses).
    X,
}

impl Upos {
    /// The tag as Universal Dependencies writes it ("PROPN").
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A part-of-speech tag: a Penn Treebank tag ([`Tag::xpos`]), refined where the
/// universal part of speech ([`Tag::upos`]) tells two uses apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Tag {
    /// NN: singular or mass noun ("minister").
    Nn,
    /// NN used as a pronoun ("something", "anyone").
    NnPron,
    /// NNS: plural noun ("talks").
    Nns,
    /// NNP: proper noun ("Paris").
    Nnp,
    /// NNP that is an adjective inside a name ("United" in "United Nations").
    NnpAdj,
    /// NNPS: plural proper noun ("Conservatives").
    Nnps,
    /// VB: base form of a main verb ("meet" in "will meet").
    Vb,
    /// VB as an auxiliary ("be" in "will be held").
    VbAux,
    /// VBD: past tense of a main verb ("met").
    Vbd,
    /// VBD as an auxiliary ("were" in "were held").
    VbdAux,
    /// VBG: gerund or present participle of a main verb ("meeting").
    Vbg,
    /// VBG as an auxiliary ("being" in "being held").
    VbgAux,
    /// VBN: past participle of a main verb ("held" in "were held").
    Vbn,
    /// VBN as an auxiliary ("been" in "has been held").
    VbnAux,
    /// VBP: present tense, not third person singular, of a main verb ("lead" in "they lead").
    Vbp,
    /// VBP as an auxiliary ("are" in "are meeting").
    VbpAux,
    /// VBZ: present tense, third person singular, of a main verb ("leads").
    Vbz,
    /// VBZ as an auxiliary ("has" in "has met", "is" in "is a member").
    VbzAux,
    /// MD: modal ("will", "could").
    Md,
    /// DT: determiner ("the").
    Dt,
    /// DT used as a pronoun ("that" in "that was true").
    DtPron,
    /// PDT: predeterminer ("all" in "all the talks").
    Pdt,
    /// IN: preposition ("in", "of").
    In,
    /// IN as a subordinating conjunction ("because", "that" in "said that").
    InSconj,
    /// TO: "to".
    To,
    /// RP: particle of a phrasal verb ("up" in "set up").
    Rp,
    /// JJ: adjective ("former").
    Jj,
    /// JJR: comparative adjective ("larger").
    Jjr,
    /// JJS: superlative adjective ("largest").
    Jjs,
    /// RB: adverb ("later").
    Rb,
    /// RB that is a negation particle ("not", "n't").
    RbPart,
    /// RBR: comparative adverb ("more").
    Rbr,
    /// RBS: superlative adverb ("most").
    Rbs,
    /// PRP: personal pronoun ("she").
    Prp,
    /// PRP$: possessive pronoun ("her").
    PrpS,
    /// POS: possessive ending ("'s").
    Pos,
    /// CC: coordinating conjunction ("and").
    Cc,
    /// CD: cardinal number ("two", "1998").
    Cd,
    /// WDT: relative or interrogative pronoun ("which" in "the plan which failed").
    Wdt,
    /// WDT as a determiner ("which" in "which country").
    WdtDet,
    /// WP: wh-pronoun ("who").
    Wp,
    /// WP$: possessive wh-pronoun ("whose").
    WpS,
    /// WRB: wh-adverb ("when", "where").
    Wrb,
    /// EX: existential "there".
    Ex,
    /// UH: interjection ("yes").
    Uh,
    /// FW: foreign word.
    Fw,
    /// LS: list item marker ("a)").
    Ls,
    /// SYM: symbol.
    Sym,
    /// $: currency sign.
    Dollar,
    /// `.`: sentence-final punctuation ("." "?" "!").
    Period,
    /// `,`: comma, and the dashes tagged like one.
    Comma,
    /// `,` that is a symbol: a slash ("and/or").
    CommaSym,
    /// `:`: colon, semicolon, dash.
    Colon,
    /// ``: opening quotation mark.
    OpenQuote,
    /// '': closing quotation mark.
    CloseQuote,
    /// -LRB-: opening bracket.
    OpenBracket,
    /// -RRB-: closing bracket.
    CloseBracket,
    /// HYPH: hyphen between the parts of a split word.
    Hyph,
    /// NFP: superfluous punctuation ("***").
    Nfp,
    /// NFP that is a symbol: an emoticon.
    NfpSym,
    /// ADD: e-mail or web address.
    Add,
    /// GW: part of a word split by a typo ("some" "thing").
    Gw,
    /// AFX: affix written apart ("pre" in "pre - war").
    Afx,
}

/// What the tag table says of one tag.
struct TagInfo {
    tag: Tag,
    xpos: &'static str,
    upos: Upos,
}

const fn info(tag: Tag, xpos: &'static str, upos: Upos) -> TagInfo {
    TagInfo { tag, xpos, upos }
}

/// One row per tag, in the order of the enum. The first row of each Penn Treebank tag is
/// its ordinary use; later rows with the same tag are the refinements.
const TABLE: [TagInfo; Tag::COUNT] = [
    info(Tag::Nn, "NN", Upos::Noun),
    info(Tag::NnPron, "NN", Upos::Pron),
    info(Tag::Nns, "NNS", Upos::Noun),
    info(Tag::Nnp, "NNP", Upos::Propn),
    info(Tag::NnpAdj, "NNP", Upos::Adj),
    info(Tag::Nnps, "NNPS", Upos::Propn),
    info(Tag::Vb, "VB", Upos::Verb),
    info(Tag::VbAux, "VB", Upos::Aux),
    info(Tag::Vbd, "VBD", Upos::Verb),
    info(Tag::VbdAux, "VBD", Upos::Aux),
    info(Tag::Vbg, "VBG", Upos::Verb),
    info(Tag::VbgAux, "VBG", Upos::Aux),
    info(Tag::Vbn, "VBN", Upos::Verb),
    info(Tag::VbnAux, "VBN", Upos::Aux),
    info(Tag::Vbp, "VBP", Upos::Verb),
    info(Tag::VbpAux, "VBP", Upos::Aux),
    info(Tag::Vbz, "VBZ", Upos::Verb),
    info(Tag::VbzAux, "VBZ", Upos::Aux),
    info(Tag::Md, "MD", Upos::Aux),
    info(Tag::Dt, "DT", Upos::Det),
    info(Tag::DtPron, "DT", Upos::Pron),
    info(Tag::Pdt, "PDT", Upos::Det),
    info(Tag::In, "IN", Upos::Adp),
    info(Tag::InSconj, "IN", Upos::Sconj),
    info(Tag::To, "TO", Upos::Part),
    info(Tag::Rp, "RP", Upos::Adp),
    info(Tag::Jj, "JJ", Upos::Adj),
    info(Tag::Jjr, "JJR", Upos::Adj),
    info(Tag::Jjs, "JJS", Upos::Adj),
    info(Tag::Rb, "RB", Upos::Adv),
    info(Tag::RbPart, "RB", Upos::Part),
    info(Tag::Rbr, "RBR", Upos::Adv),
    info(Tag::Rbs, "RBS", Upos::Adv),
    info(Tag::Prp, "PRP", Upos::Pron),
    info(Tag::PrpS, "PRP$", Upos::Pron),
    info(Tag::Pos, "POS", Upos::Part),
    info(Tag::Cc, "CC", Upos::Cconj),
    info(Tag::Cd, "CD", Upos::Num),
    info(Tag::Wdt, "WDT", Upos::Pron),
    info(Tag::WdtDet, "WDT", Upos::Det),
    info(Tag::Wp, "WP", Upos::Pron),
    info(Tag::WpS, "WP$", Upos::Pron),
    info(Tag::Wrb, "WRB", Upos::Adv),
    info(Tag::Ex, "EX", Upos::Pron),
    info(Tag::Uh, "UH", Upos::Intj),
    info(Tag::Fw, "FW", Upos::Noun),
    info(Tag::Ls, "LS", Upos::Num),
    info(Tag::Sym, "SYM", Upos::Sym),
    info(Tag::Dollar, "$", Upos::Sym),
    info(Tag::Period, ".", Upos::Punct),
    info(Tag::Comma, ",", Upos::Punct),
    info(Tag::CommaSym, ",", Upos::Sym),
    info(Tag::Colon, ":", Upos::Punct),
    info(Tag::OpenQuote, "``", Upos::Punct),
    info(Tag::CloseQuote, "''", Upos::Punct),
    info(Tag::OpenBracket, "-LRB-", Upos::Punct),
    info(Tag::CloseBracket, "-RRB-", Upos::Punct),
    info(Tag::Hyph, "HYPH", Upos::Punct),
    info(Tag::Nfp, "NFP", Upos::Punct),
    info(Tag::NfpSym, "NFP", Upos::Sym),
    info(Tag::Add, "ADD", Upos::Propn),
    info(Tag::Gw, "GW", Upos::X),
    info(Tag::Afx, "AFX", Upos::X),
];

impl Tag {
    /// Number of tags.
    pub const COUNT: usize = Tag::Afx as usize + 1;

    /// Every tag, in the order of the enum.
    pub const ALL: [Tag; Tag::COUNT] = {
        let mut all = [Tag::Nn; Tag::COUNT];
        let mut i = 0;
        while i < Tag::COUNT {
            all[i] = TABLE[i].tag;
            i += 1;
        }
        all
    };

    fn info(self) -> &'static TagInfo {
        &TABLE[self as usize]
    }

    /// The tag with this index (`tag as usize`), if there is one.
    pub fn from_index(i: usize) -> Option<Tag> {
        Tag::ALL.get(i).copied()
    }

    /// The Penn Treebank tag ("VBD", "PRP$", "-LRB-").
    pub fn xpos(self) -> &'static str {
        self.info().xpos
    }

    /// The Universal Dependencies part of speech.
    pub fn upos(self) -> Upos {
        self.info().upos
    }

    /// The tag for a treebank word's Penn Treebank and universal tags: the refinement
    /// that matches both, else the ordinary use of the Penn Treebank tag. `None` for an
    /// unknown Penn Treebank tag.
    pub fn from_ud(xpos: &str, upos: &str) -> Option<Tag> {
        let mut plain = None;
        for row in &TABLE {
            if row.xpos == xpos {
                if row.upos.as_str() == upos {
                    return Some(row.tag);
                }
                plain = plain.or(Some(row.tag));
            }
        }
        plain
    }

    /// A name unique to the tag: the Penn Treebank tag, and for a refinement the
    /// universal tag after a slash ("VBD/AUX").
    pub fn name(self) -> String {
        if Tag::from_ud(self.xpos(), "") == Some(self) {
            self.xpos().to_string()
        } else {
            format!("{}/{}", self.xpos(), self.upos())
        }
    }

    /// A noun, common or proper, singular or plural (NN, NNS, NNP, NNPS), the pronoun-like
    /// "something" included.
    pub fn is_noun(self) -> bool {
        matches!(
            self,
            Tag::Nn | Tag::NnPron | Tag::Nns | Tag::Nnp | Tag::NnpAdj | Tag::Nnps
        )
    }

    /// A proper noun (NNP, NNPS).
    pub fn is_proper(self) -> bool {
        matches!(self, Tag::Nnp | Tag::NnpAdj | Tag::Nnps)
    }

    /// A verb form (VB, VBD, VBG, VBN, VBP, VBZ), main or auxiliary; modals are not.
    pub fn is_verb(self) -> bool {
        (Tag::Vb as u8..=Tag::VbzAux as u8).contains(&(self as u8))
    }

    /// A main verb, not an auxiliary.
    pub fn is_main_verb(self) -> bool {
        matches!(
            self,
            Tag::Vb | Tag::Vbd | Tag::Vbg | Tag::Vbn | Tag::Vbp | Tag::Vbz
        )
    }

    /// An auxiliary or a modal ("has", "was", "will").
    pub fn is_aux(self) -> bool {
        matches!(
            self,
            Tag::VbAux
                | Tag::VbdAux
                | Tag::VbgAux
                | Tag::VbnAux
                | Tag::VbpAux
                | Tag::VbzAux
                | Tag::Md
        )
    }

    /// A modal (MD: "will", "could", "must").
    pub fn is_modal(self) -> bool {
        self == Tag::Md
    }

    /// A finite verb or modal: past or present tense (VBD, VBP, VBZ, MD).
    pub fn is_finite(self) -> bool {
        matches!(
            self,
            Tag::Vbd | Tag::VbdAux | Tag::Vbp | Tag::VbpAux | Tag::Vbz | Tag::VbzAux | Tag::Md
        )
    }

    /// A past tense verb (VBD).
    pub fn is_past(self) -> bool {
        matches!(self, Tag::Vbd | Tag::VbdAux)
    }

    /// A past participle (VBN).
    pub fn is_past_participle(self) -> bool {
        matches!(self, Tag::Vbn | Tag::VbnAux)
    }

    /// A gerund or present participle (VBG).
    pub fn is_gerund(self) -> bool {
        matches!(self, Tag::Vbg | Tag::VbgAux)
    }

    /// An adjective (JJ, JJR, JJS); not an adjective inside a name.
    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::Jj | Tag::Jjr | Tag::Jjs)
    }

    /// An opening or closing quotation mark.
    pub fn is_quote(self) -> bool {
        matches!(self, Tag::OpenQuote | Tag::CloseQuote)
    }

    /// An adverb (RB, RBR, RBS, WRB), the negation "not" included.
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::Rb | Tag::RbPart | Tag::Rbr | Tag::Rbs | Tag::Wrb)
    }

    /// A negation particle ("not", "n't").
    pub fn is_negation(self) -> bool {
        self == Tag::RbPart
    }

    /// A determiner or predeterminer used as one ("the", "all the", "which country").
    pub fn is_determiner(self) -> bool {
        matches!(self, Tag::Dt | Tag::Pdt | Tag::WdtDet)
    }

    /// A pronoun ("she", "her", "who", "something", "that" standing alone).
    pub fn is_pronoun(self) -> bool {
        self.upos() == Upos::Pron
    }

    /// A preposition (IN used as one), not a subordinating conjunction.
    pub fn is_preposition(self) -> bool {
        self == Tag::In
    }

    /// A subordinating conjunction ("because", "that" in "said that").
    pub fn is_subordinator(self) -> bool {
        self == Tag::InSconj
    }

    /// A coordinating conjunction ("and", "or", "but").
    pub fn is_coordinator(self) -> bool {
        self == Tag::Cc
    }

    /// A wh-word (WDT, WP, WP$, WRB).
    pub fn is_wh(self) -> bool {
        matches!(self, Tag::Wdt | Tag::WdtDet | Tag::Wp | Tag::WpS | Tag::Wrb)
    }

    /// A number (CD).
    pub fn is_number(self) -> bool {
        self == Tag::Cd
    }

    /// Punctuation.
    pub fn is_punct(self) -> bool {
        self.upos() == Upos::Punct
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.xpos())
    }
}
