#!/usr/bin/env python3
"""Rebuild the lexicon's generated tables from open data.

    scripts/build_lexicon.py [--geonames DIR] [--petrarch DIR] [--out DIR]

Reads GeoNames (cities15000.txt, admin1CodesASCII.txt; CC BY 4.0, GeoNames) and the
Phoenix/PETRARCH2 actor and agent dictionaries (MIT, Open Event Data Alliance) and
writes, into src/lexicon/data/ by default:

  places.tsv      populated places of 15,000 people or more, and first-level regions
  actors.tsv      political actors, international organisations and armed groups, with
                  their countries and date-ranged roles
  given_names.txt first names of the people in actors.tsv
  role_nouns.txt  nouns for what a person is or does ("solicitor", "rebel")
  NOTICE.md       the sources' attributions and licences

The output is sorted and stable: the same inputs give byte-identical files. Vocabulary
the conversion needs (titles, particles, country codes, demonyms) is read from the
hand-written lexicon, src/lexicon/default.ron, so both stay in step.

Table formats (UTF-8, tab-separated, lines starting with '#' are comments):

  places.tsv   name, other names ('|'-separated), country code (ISO 3166 alpha-2),
               population, flags ('c' national capital, 'r' first-level region)
  actors.tsv   code, name, kind ('p' person, 'o' organisation), country code (alpha-3),
               other names ('|'-separated), roles (';'-separated
               'RELATION TARGET FROM-TO', dates YYYYMMDD, open ends empty; TARGET is a
               country code or the code of an organisation line)
"""
import argparse
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_RON = os.path.join(ROOT, "src", "lexicon", "default.ron")

# Phoenix role sectors that state membership of a country's government or forces.
MEMBER_SECTORS = ("GOV", "MIL", "SPY", "LEG", "JUD", "COP")
# The country lists of cabinets in CountryInfo start on this date: a range starting on it
# is a cabinet seat, even for someone who also led the country.
CABINET_LIST_START = 20030101
# A running mate's term is the leader's: ranges this close (days) to another leader's are
# the deputy's ("George Bush" as vice president 1981-1989).
SAME_TERM_DAYS = 31
# Words that make an actor line an organisation rather than a person.
ORG_WORDS = set("""ARMY PARTY FRONT COUNCIL MINISTRY COMMISSION ORGANIZATION ORGANISATION
AGENCY BANK FUND UNION GROUP BRIGADE BRIGADES FORCES FORCE MOVEMENT ASSOCIATION COURT
COMMITTEE ASSEMBLY PARLIAMENT CONGRESS SENATE GOVERNMENT POLICE OFFICE DEPARTMENT BUREAU
INSTITUTE UNIVERSITY SERVICE SERVICES AUTHORITY FEDERATION LEAGUE ALLIANCE COALITION
CORPS GUARD GUARDS NAVY CENTER CENTRE FOUNDATION SOCIETY NETWORK CHURCH TRIBUNAL BOARD
PROGRAMME PROGRAM CONFERENCE ORGANIZATIONS COMMAND DIRECTORATE SECRETARIAT TRUST
MILITIA MILITIAS REBELS FACTION CELLS CELL BATTALION BATTALIONS REGIMENT DIVISION
COMPANY CORPORATION NEWS RADIO TELEVISION TIMES POST AIRLINES CLUB COUNCILS BLOC
COOPERATION COMMUNITY SECURITY INTELLIGENCE JIHAD ISLAMIC LIBERATION ARMED""".split())
# Words that make a synonym no name of the actor ("the Reagan administration").
NOT_A_NAME = set("""ADMINISTRATION GOVERNMENT REGIME CABINET FAMILY SUPPORTERS LOYALISTS
FORCES TROOPS SOLDIERS MEMBERS SPOKESMAN SPOKESWOMAN OFFICIALS OFFICIAL AIDES AIDE
CAMP ERA YEARS WIFE HUSBAND SON DAUGHTER BROTHER SISTER FATHER MOTHER PEACEKEEPER
PEACEKEEPERS CONTINGENT""".split())
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "JR", "SR"}
SMALL_WORDS = {"OF", "THE", "AND", "FOR", "ON", "IN", "TO", "AT", "BY", "WITH", "DE", "DU",
               "DES", "DEL", "DELLA", "DI", "DA", "DOS", "DAS", "LA", "LE", "LES", "Y", "E"}


def ron_strings(ron, field):
    """Every value of `field: "..."` in the RON text, in order."""
    return re.findall(r'\b%s: "([^"]*)"' % field, ron)


def ron_list(ron, field):
    """A whitespace-separated word list `field: "..."` of the RON text."""
    m = re.search(r'\n    %s: "([^"]*)"' % field, ron)
    return m.group(1).split() if m else []


class Vocabulary:
    """What the conversion reads from the hand-written lexicon."""

    def __init__(self, path):
        ron = open(path, encoding="utf-8").read()
        self.titles = {}  # upper-case title words -> leader?
        for line in re.findall(r"\(t: [^\n]*", ron):
            forms = re.search(r't: "([^"]*)"', line).group(1).split("|")
            leader = "leader: true" in line
            for f in forms:
                self.titles[norm_words(f)] = leader
        self.modifiers = {w.upper() for w in ron_list(ron, "title_modifiers")}
        self.particles = {w.upper().rstrip("-") for w in ron_list(ron, "particles")}
        self.given = {w.upper() for w in ron_list(ron, "given_names")}
        # Organisation endings in the case news prints them ("Ltd", "plc", "AG").
        self.org_tails = {}
        for w in ron_list(ron, "org_tails"):
            self.org_tails.setdefault(w.upper().rstrip("."), w.rstrip("."))
        self.legal = {w.upper().rstrip(".") for w in ron_list(ron, "company_suffixes")}
        self.org_heads = {w.upper() for w in ron_list(ron, "org_heads")}
        self.country_words = set()
        self.codes = set()
        countries = ron[ron.index("countries: ["):ron.index("entities: [")]
        for line in re.findall(r'\(n: "[^\n]*', countries):
            for field in ("n", "aka", "dem", "pl"):
                m = re.search(r'\b%s: "([^"]*)"' % field, line)
                if m:
                    for form in m.group(1).split("|"):
                        self.country_words.add(norm_words(form))
            m = re.search(r'codes: "([^"]*)"', line)
            if m:
                self.codes.update(m.group(1).split())

    def strip_titles(self, words):
        """Leading titles, demonyms and modifiers removed; whether a leader's title was
        among them, and whether any title was."""
        leader = titled = False
        i = 0
        while i < len(words):
            for n in range(min(4, len(words) - i), 0, -1):
                phrase = " ".join(words[i:i + n])
                if phrase in self.titles:
                    leader = leader or self.titles[phrase]
                    titled = True
                    i += n
                    break
                if phrase in self.country_words or (n == 1 and phrase in self.modifiers):
                    i += n
                    break
            else:
                break
        return words[i:], leader, titled


def norm_words(s):
    return " ".join(s.replace("_", " ").replace("-", " ").upper().split())


def fold(s):
    """ASCII letters for accented ones ("Wörner" -> "Worner")."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


# ----------------------------------------------------------------- casing
def case_word(w, first, acronym, tails):
    """One upper-case dictionary word in the case news prints it."""
    if w in tails and not first:
        return tails[w]
    if not first and w in SMALL_WORDS:
        return w.lower()
    if acronym or (w in ROMAN and w != "I"):
        return w.title() if w in ("JR", "SR") else w
    if re.fullmatch(r"([A-Z]\.)+", w):
        return w
    if "-" in w:
        parts = w.split("-")
        out = [case_word(p, first and i == 0, False, tails) for i, p in enumerate(parts)]
        # "AL-ASSAD" -> "al-Assad" inside a name.
        if not first and parts[0] in ("AL", "EL", "AD", "AS", "AN", "ASH"):
            out[0] = parts[0].lower()
        return "-".join(out)
    lw = w.lower()
    c = lw[:1].upper() + lw[1:]
    if re.match(r"MC[A-Z]", w) and len(w) > 3:
        c = "Mc" + w[2].upper() + lw[3:]
    if re.match(r"[OD]'[A-Z]", w):
        c = w[0] + "'" + w[2].upper() + lw[3:]
    return c


def is_acronym(w, other_names):
    """"IAEA" beside "International Atomic Energy Agency", "BBC", "G7"."""
    letters = re.sub(r"[^A-Z]", "", w)
    if not letters or len(letters) > 6 or "." in w:
        return False
    if not re.search(r"[AEIOUY]", letters) or re.search(r"\d", w):
        return True
    for name in other_names:
        initials = "".join(x[0] for x in name.split() if x not in SMALL_WORDS)
        if len(letters) > 1 and letters in initials:
            return True
    return False


def short_acronym(w):
    """A one-word organisation name that reads as letters: "AAPSO", "ICJ", not "AMAL"."""
    letters = re.sub(r"[^A-Z]", "", w)
    vowels = len(re.findall(r"[AEIOU]", letters))
    return 0 < len(letters) <= 5 and (len(letters) <= 3 or vowels <= 1 or vowels > len(letters) / 2)


def proper_case(phrase, tails, other_names=()):
    words = phrase.split()
    return " ".join(case_word(w, i == 0, is_acronym(w, other_names), tails)
                    for i, w in enumerate(words))


def clean_phrase(raw):
    """A dictionary phrase as words: underscores to spaces, comments and codes gone."""
    p = raw.split("#")[0]
    p = re.sub(r"\[[^\]]*\]", " ", p)
    p = re.sub(r"\{[^}]*\}", " ", p)
    p = re.sub(r"\([^)]*\)", " ", p)
    p = p.replace("_", " ").replace("!PERSON!", " ")
    p = fold(p).upper()
    p = re.sub(r"[^A-Z0-9.'& -]", " ", p)
    return " ".join(p.split())


# ----------------------------------------------------------------- dates and roles
def parse_date(s, is_end):
    s = s.strip()
    if not s:
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy < 30 else "19") + s
    if len(s) != 8 or not s.isdigit():
        return None
    return int(s)


def parse_restriction(text):
    """'[USAGOV 810120-890120]' -> ('USAGOV', from, to); open ends are None."""
    out = []
    for body in re.findall(r"\[([^\]]*)\]", text):
        parts = body.split()
        if not parts or parts[0] == "---":
            continue
        code = parts[0].lstrip("~")
        rng = "".join(parts[1:])
        lo = hi = None
        dated = bool(rng)
        if rng.startswith("<"):
            hi = parse_date(rng[1:], True)
        elif rng.startswith(">"):
            lo = parse_date(rng[1:], False)
        elif "-" in rng:
            a, b = rng.split("-", 1)
            lo, hi = parse_date(a, False), parse_date(b, True)
        out.append((code, lo, hi, dated))
    return out


def days(d):
    y, m, dd = d // 10000, d // 100 % 100, d % 100
    return y * 365 + m * 30 + dd


# ----------------------------------------------------------------- actors
class Actor:
    def __init__(self, raw, source, section, comment):
        self.raw = raw
        self.source = source
        self.section = section
        self.comment = comment
        self.synonyms = []
        self.restrictions = []
        self.code = None


def read_actor_file(path, source):
    """Actor records: a primary phrase, '+' synonyms, tab-indented restrictions."""
    actors = []
    cur = None
    section = ""
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#"):
            if not line.startswith("#+") and not line.startswith("#\t"):
                section = line.lstrip("# ").strip()
            continue
        if line.startswith("+"):
            if cur:
                cur.synonyms.append(line[1:])
                cur.restrictions += parse_restriction(line.split("#")[0])
            continue
        if line[0] in "\t ":
            if cur:
                cur.restrictions += parse_restriction(line.split("#")[0])
                if "#" in line:
                    cur.comment += " " + line.split("#", 1)[1]
            continue
        head, _, comment = line.partition("#")
        restrictions = parse_restriction(head)
        # "MIKHAIL_GORBACHEV_ ... PRESIDENT_MIKHAIL_S._GORBACHEV [dates]": primary lines
        # with no code of their own that share a name are one record.
        if cur and not cur.restrictions and not restrictions and shares_name(cur.raw, head):
            cur.synonyms.append(head)
            continue
        cur = Actor(head, source, section, comment)
        cur.restrictions = restrictions
        actors.append(cur)
    return actors


def shares_name(a, b):
    words = lambda s: {w for w in clean_phrase(s).split() if len(w) >= 4}
    return bool(words(a) & words(b))


def is_person(a, words, vocab, first_names):
    """An actor line names a person: a leader from CountryInfo, a title before the name
    ("EX-SOVIET_PRESIDENT_MIKHAIL_GORBACHEV"), a known first name or initials, or dated
    roles on a short name without organisation words."""
    if "CountryInfo" in a.comment or "IGOrulers" in a.comment:
        return True
    # "ABN_AMRO_ [NLDGOVBUS >081004][MNCNLD]": a multinational company, dated or not.
    if any(code.startswith("MNC") for code, _, _, _ in a.restrictions):
        return False
    rest, _, titled = vocab.strip_titles(words)
    if not rest or any(w in ORG_WORDS or w in vocab.org_tails for w in rest):
        return False
    if titled:
        return True
    if 2 <= len(rest) <= 4 and (rest[0] in first_names or re.fullmatch(r"[A-Z]\.?", rest[0])):
        return True
    dated = any(d for _, _, _, d in a.restrictions)
    return dated and 2 <= len(rest) <= 5


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--geonames", default=os.path.join(ROOT, "..", "shared", "data", "geonames"))
    ap.add_argument("--petrarch", default=os.path.join(ROOT, "..", "shared", "data", "petrarch2"))
    ap.add_argument("--out", default=os.path.join(ROOT, "src", "lexicon", "data"))
    args = ap.parse_args()
    for d in (args.geonames, args.petrarch):
        if not os.path.isdir(d):
            sys.exit("build_lexicon: %s is not a folder" % d)
    os.makedirs(args.out, exist_ok=True)
    vocab = Vocabulary(DEFAULT_RON)
    write_places(args.geonames, args.out)
    people_first = write_actors(args.petrarch, args.out, vocab)
    write_given_names(people_first, args.out, vocab)
    write_role_nouns(args.petrarch, args.out, vocab)
    write_notice(args.petrarch, args.out)


# ----------------------------------------------------------------- places
# A first-level region weighs as much as a city of this size when places share a name.
REGION_WEIGHT = 500000
# Places of the same name in another country at least this share of the largest one's
# size make the name's country unknown ("Victoria": Canada, Australia, Seychelles...).
RIVAL_SHARE = 0.5


def merge_same_names(rows):
    """One line per name: the largest place's, its country only if no other country has a
    place of that name nearly as large."""
    by_name = defaultdict(list)
    for r in rows:
        by_name[r[1]].append(r)
    out = []
    weight = lambda r: (r[4] == "c", REGION_WEIGHT if "r" in r[4] else r[3])
    for name, rs in by_name.items():
        rs.sort(key=weight, reverse=True)
        best = rs[0]
        rival = any(r[0] != best[0] and weight(r)[1] >= RIVAL_SHARE * weight(best)[1]
                    for r in rs[1:])
        others = sorted({o for r in rs for o in r[2].split("|") if o})
        flags = best[4]
        out.append(("" if rival else best[0], name, "|".join(others),
                    max(r[3] for r in rs), flags))
    out.sort(key=lambda r: r[1])
    return out


def write_places(src, out):
    rows = []
    names_seen = set()
    with open(os.path.join(src, "cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            name, ascii_name, fcode, cc, pop = c[1], c[2], c[7], c[8], c[14]
            if not name[:1].isupper() or "(" in name:
                continue
            others = [ascii_name] if ascii_name != name and ascii_name[:1].isupper() else []
            flags = "c" if fcode == "PPLC" else ""
            rows.append((cc, name, "|".join(others), int(pop or 0), flags))
            names_seen.add((cc, name))
    with open(os.path.join(src, "admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 3:
                continue
            cc = c[0].split(".")[0]
            name, ascii_name = c[1], c[2]
            if not name[:1].isupper() or "(" in name or not re.search(r"[A-Za-z]", name):
                continue
            others = [ascii_name] if ascii_name != name and ascii_name[:1].isupper() else []
            rows.append((cc, name, "|".join(others), 0, "r"))
    rows = merge_same_names(rows)
    with open(os.path.join(out, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_lexicon.py from GeoNames (CC BY 4.0, "
                "https://www.geonames.org); see NOTICE.md.\n")
        f.write("# name\tother names\tcountry\tpopulation\tflags\n")
        for cc, name, others, pop, flags in rows:
            f.write("%s\t%s\t%s\t%d\t%s\n" % (name, others, cc, pop, flags))
    print("places.tsv: %d places" % len(rows))


# ----------------------------------------------------------------- actors
HEAD_SECTION = re.compile(r"president|prime minister|premier|chancellor|leader|monarch|king",
                          re.I)
DEPUTY = re.compile(r"vice|deputy|assistant", re.I)


def variants(a, vocab):
    """The cleaned primary phrase and synonyms of an actor, each as upper-case words with
    the titles that stood before it."""
    out = []
    for raw in [a.raw] + a.synonyms:
        acr = re.findall(r"\(([A-Z][A-Z0-9]{1,7})\)", raw)
        words = clean_phrase(raw).split()
        if words and words[0] == "THE":
            words = words[1:]
        rest, leader, titled = vocab.strip_titles(words)
        out.append((rest, leader, titled, words))
        for x in acr:
            out.append(([x], False, False, [x]))
    return out


class Built:
    def __init__(self, kind, name, country):
        self.kind = kind
        self.name = name
        self.country = country
        self.code = ""
        self.aliases = []
        self.roles = []

    def add_alias(self, alias):
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


def person_of(a, vocab):
    vs = variants(a, vocab)
    rest = vs[0][0]
    if len(rest) < 2 or any(w in NOT_A_NAME or w in ORG_WORDS for w in rest):
        return None, False
    name = proper_case(" ".join(rest), vocab.org_tails)
    given, surname = rest[0], rest[-1]
    leader = any(v[1] for v in vs)
    b = Built("p", name, "")
    for words, _, titled, _ in vs[1:]:
        if not words or any(w in NOT_A_NAME for w in words):
            continue
        if not all(re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in words):
            continue
        if len(words) == 1 and words[0] == surname and len(surname) > 3:
            b.add_alias(proper_case(surname, vocab.org_tails))
        elif (len(words) >= 2 and words[-1] == surname
              and (words[0] == given or words[0] in vocab.given or words[0] == given[0] + ".")):
            b.add_alias(proper_case(" ".join(words), vocab.org_tails))
    return b, leader


def org_of(a, vocab, first_names):
    vs = variants(a, vocab)
    rest = vs[0][0]
    if not rest or any(w in NOT_A_NAME for w in rest):
        return None
    if " ".join(rest) in vocab.country_words or len(" ".join(rest)) < 2:
        return None
    # A lone generic word or number is no organisation's name ("COMMITTEE_", "313").
    if len(rest) == 1 and (rest[0] in ORG_WORDS or rest[0] in vocab.org_tails
                           or rest[0] in vocab.org_heads or not re.search(r"[A-Z]", rest[0])):
        return None
    others = [" ".join(v[0]) for v in vs if len(v[0]) > 1]
    b = Built("o", proper_case(" ".join(rest), vocab.org_tails, others), "")
    if len(rest) == 1 and short_acronym(rest[0]):
        b.name = rest[0]
    # "Unilever" for "Unilever NV": a company is known without its legal ending.
    if len(rest) >= 2 and rest[-1] in vocab.legal and rest[-2] not in SMALL_WORDS:
        b.add_alias(proper_case(" ".join(rest[:-1]), vocab.org_tails, others))
    for words, _, titled, full in vs[1:]:
        if not words or titled or any(w in NOT_A_NAME for w in words):
            continue
        # A lone word is a name of its own only as an acronym ("IAEA"); "Hawks" for an
        # armed group is a nickname news rarely prints alone.
        if len(words) == 1 and not is_acronym(words[0], others):
            continue
        # Hamas's synonyms include its leaders' names: people are no other name of it.
        if words[0] in first_names and not any(w in ORG_WORDS for w in words):
            continue
        phrase = " ".join(words)
        if phrase in vocab.country_words or len(phrase) < 2:
            continue
        b.add_alias(proper_case(phrase, vocab.org_tails, others))
    return b


MEMBER_SECTION = re.compile(r"vice|deputy|assistant|secretar|attorney|ambassador|advis|staff|"
                            r"director|justice|reserve|representative|minister of|governor",
                            re.I)


def mark_leader_runs(records):
    """CountryInfo lists a country's heads of state and government first, each 'elite'
    (ELI) outside office, then its cabinet, whose members have no ELI code: the people of
    a country block before the first of those are its leaders."""
    in_run = False
    for a in records:
        a.leader_run = False
        if a.source != "country":
            continue
        codes = [c for c, _, _, dated in a.restrictions if not dated]
        if codes and len(codes[0]) == 3:
            in_run = True  # a country's own record starts its block
            continue
        if "CountryInfo" not in a.comment:
            continue
        if not any(c[3:] == "ELI" for c, _, _, _ in a.restrictions):
            in_run = False
        a.leader_run = in_run


def roles_of(a, leader, head_section, vocab, org_code):
    """Date-ranged roles: (relation, target code, from, to)."""
    ruler = "IGOrulers" in a.comment and not DEPUTY.search(a.comment)
    listed_leader = a.leader_run and not MEMBER_SECTION.search(a.section)
    roles = []
    for code, lo, hi, dated in a.restrictions:
        if not dated:
            continue
        if code.startswith("IGO"):
            target = org_code(code)
            if target:
                roles.append(("leads" if ruler else "member_of", target, lo, hi))
            continue
        cc, sector = code[:3], code[3:]
        if cc not in vocab.codes or not sector.startswith(MEMBER_SECTORS):
            continue
        head = (sector == "GOV" and lo != CABINET_LIST_START
                and (leader or head_section or listed_leader))
        roles.append(("leads" if head else "member_of", cc, lo, hi))
    return roles


def same_term(r, s):
    return (r[2] and s[2] and r[3] and s[3]
            and abs(days(r[2]) - days(s[2])) <= SAME_TERM_DAYS
            and abs(days(r[3]) - days(s[3])) <= SAME_TERM_DAYS)


def demote_running_mates(people):
    """A leader's term shared with another leader of the same country who held fewer
    offices is a deputy's term: the vice president's years under the president."""
    leads = defaultdict(list)
    for p in people:
        for r in p.roles:
            if r[0] == "leads":
                leads[r[1]].append((p, r))
    for p in people:
        n_terms = sum(1 for r in p.roles if r[0] == "leads")
        for i, r in enumerate(p.roles):
            if r[0] != "leads":
                continue
            for q, s in leads[r[1]]:
                if q is p or not same_term(r, s):
                    continue
                if sum(1 for x in q.roles if x[0] == "leads") < n_terms:
                    p.roles[i] = ("member_of",) + r[1:]
                    break


def write_actors(src, out, vocab):
    files = [("Phoenix.Countries.actors.txt", "country"),
             ("Phoenix.International.actors.txt", "international"),
             ("Phoenix.MilNonState.actors.txt", "group")]
    records = []
    for fname, source in files:
        records += read_actor_file(os.path.join(src, fname), source)
    mark_leader_runs(records)
    first_names = set(vocab.given)
    for a in records:
        words = clean_phrase(a.raw).split()
        if "CountryInfo" in a.comment and len(words) >= 2:
            first_names.add(words[0])
    # Organisations first: people's roles name them by code.
    orgs, by_code = {}, {}
    people = {}
    for a in records:
        words = clean_phrase(a.raw).split()
        if not words:
            continue
        codes = [c for c, _, _, dated in a.restrictions if not dated]
        if a.source == "country" and codes and len(codes[0]) == 3 and codes[0] in vocab.codes:
            continue  # the country itself, with its cities as synonyms
        if is_person(a, words, vocab, first_names):
            continue
        b = org_of(a, vocab, first_names)
        if b is None:
            continue
        code = codes[0] if codes else ""
        b.country = code[:3] if code[:3] in vocab.codes else ""
        old = orgs.get(b.name)
        if old:
            for x in b.aliases:
                old.add_alias(x)
            b = old
        else:
            orgs[b.name] = b
        if code and code not in by_code and (code.startswith("IGO") or a.source == "group"):
            by_code[code] = b
            b.code = b.code or code

    def org_code(code):
        for n in range(len(code), 5, -3):
            if code[:n] in by_code:
                return code[:n]
        return None

    for a in records:
        words = clean_phrase(a.raw).split()
        if not words or not is_person(a, words, vocab, first_names):
            continue
        head_section = (a.source == "country" and bool(HEAD_SECTION.search(a.section))
                        and not DEPUTY.search(a.section))
        b, leader = person_of(a, vocab)
        if b is None:
            continue
        b.roles = roles_of(a, leader, head_section, vocab, org_code)
        countries = Counter(c[:3] for c, _, _, _ in a.restrictions if c[:3] in vocab.codes)
        b.country = countries.most_common(1)[0][0] if countries else ""
        old = people.get(b.name)
        if old:
            for x in b.aliases:
                old.add_alias(x)
            old.roles += [r for r in b.roles if r not in old.roles]
        else:
            people[b.name] = b
    demote_running_mates(list(people.values()))
    rows = []
    for b in list(orgs.values()) + list(people.values()):
        roles = ";".join("%s %s %s-%s" % (r[0], r[1], r[2] or "", r[3] or "")
                         for r in sorted(set(b.roles), key=lambda r: (r[2] or 0, r[0], r[1], r[3] or 99999999)))
        rows.append((b.kind, b.name, b.code, b.country, "|".join(sorted(b.aliases)), roles))
    rows.sort(key=lambda r: (r[0] == "p", r[1]))
    with open(os.path.join(out, "actors.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_lexicon.py from the Phoenix/PETRARCH2 actor "
                "dictionaries (MIT, Open Event Data Alliance); see NOTICE.md.\n")
        f.write("# code\tname\tkind\tcountry\tother names\troles\n")
        for kind, name, code, country, aliases, roles in rows:
            f.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (code, name, kind, country, aliases, roles))
    n_roles = Counter(r.split()[0] for row in rows for r in row[5].split(";") if r)
    print("actors.tsv: %d organisations, %d people; roles %s"
          % (len(orgs), len(people), dict(n_roles)))
    return Counter(b.name.split()[0] for b in people.values())


def write_given_names(first, out, vocab):
    """First names that start two or more people's names (or one already known)."""
    names = sorted(w for w, n in first.items()
                   if re.fullmatch(r"[A-Z][a-z]+(-[A-Z]?[a-z]+)?", w)
                   and (n >= 2 or w.upper() in vocab.given)
                   and w.upper() not in vocab.titles and norm_words(w) not in vocab.country_words
                   and w.upper() not in ORG_WORDS and w.upper() not in vocab.particles)
    with open(os.path.join(out, "given_names.txt"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_lexicon.py: first names of the people in "
                "actors.tsv; see NOTICE.md.\n")
        for n in names:
            f.write(n + "\n")
    print("given_names.txt: %d names" % len(names))


# Agent nouns that name things, places or bodies rather than people: before a name they
# do not make it a person ("warship Kirov", "Embassy ...").
NOT_PERSON_NOUNS = set("""aerospace airliner airway artillery assemblage battleship
battlewagon blog bureaucracy cabinet carrier cartel cattle chancellery chancery
community conservatory consistory consulate containership corvette cruiser dairy
destroyer diocese archdiocese echelon electorate embassy fire freighter frigate gang
gangdom gangland garrison gazette gendarmery gendermarie governance government
hmmwv hospital humvee industry infantry infirmary insurgence insurgency intelligence
jetfighter jetliner judicatory judicature judiciary jumbojet junta kfir kindergarden
kindergarten kingdom legislature mafia maffia media mig military militia mob monastery
muhabarat mukabarat mukhabarat navy neighborhood neighbourhood newspaper ngo
parliament people phalanx police politburo polity population praesidium preschool
presidium prison procuratorate publication rabble rebellion regime regiment religion
revolt sanatarium sanatorium sanitarium school schoolhouse secretariate senate service
settlement soldiery supertanker tanker telecom television tribunal university uprising
village warplane warship website""".split())


def write_role_nouns(src, out, vocab):
    """Single-word agent nouns for people and their plurals, lower case."""
    words = set()
    for line in open(os.path.join(src, "Phoenix.agents.txt"), encoding="utf-8", errors="replace"):
        if line.startswith("#") or not line.strip():
            continue
        head = line.split("[")[0].split("{")[0]
        if head.endswith(" ") and not head.rstrip().endswith("_") and " " in head.strip():
            continue
        w = head.strip().rstrip("_").replace("!PERSON!", "")
        if not re.fullmatch(r"[A-Z]{3,}", w):
            continue
        w = w.lower()
        if w in NOT_PERSON_NOUNS or w.upper() in ORG_WORDS or w.upper() in vocab.org_tails:
            continue
        words.add(w)
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            words.add(w[:-1] + "ies")
        elif w.endswith(("s", "x", "ch", "sh")):
            words.add(w + "es")
        elif w.endswith("man"):
            words.add(w[:-3] + "men")
        else:
            words.add(w + "s")
    with open(os.path.join(out, "role_nouns.txt"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_lexicon.py from Phoenix.agents.txt (MIT, Open "
                "Event Data Alliance); see NOTICE.md.\n")
        for w in sorted(words):
            f.write(w + "\n")
    print("role_nouns.txt: %d words" % len(words))


def write_notice(petrarch, out):
    mit = open(os.path.join(petrarch, "LICENSE"), encoding="utf-8").read().strip()
    with open(os.path.join(out, "NOTICE.md"), "w", encoding="utf-8") as f:
        f.write(NOTICE % mit)


NOTICE = """# Sources of the generated lexicon tables

These files are generated by `scripts/build_lexicon.py` (and `given_names_census.txt` and
`given_name_genders.tsv` by `scripts/build_given_names.py`, run after it); edit the
scripts, not them.

## given_names_census.txt, given_name_genders.tsv: 1990 US Census first names

The male and female first-name frequency lists of the 1990 United States Census, a work
of the US government in the public domain, as distributed in the `names` package
(https://pypi.org/project/names/, MIT licence, Trey Hunner). Changes: only names of three
letters or more are kept, re-cased, without those the Universal Dependencies English Web
Treebank writes in lower case or that name a place, a country or a given name already
in `given_names.txt`. `given_name_genders.tsv` keeps, from both lists, the names of three
letters or more that at least 95%% of their bearers share with one sex, and that sex.

## places.tsv: GeoNames

Populated places of 15,000 people or more (`cities15000.txt`) and first-level
administrative divisions (`admin1CodesASCII.txt`) from GeoNames, https://www.geonames.org.
Licensed under the Creative Commons Attribution 4.0 License
(https://creativecommons.org/licenses/by/4.0/). Attribution: GeoNames. Changes: only the
name, the ASCII name, the country code, the population and whether the place is a
national capital or a first-level region are kept.

## actors.tsv, given_names.txt, role_nouns.txt: Phoenix/PETRARCH2 dictionaries

Converted from the Phoenix actor dictionaries (`Phoenix.Countries.actors.txt`,
`Phoenix.International.actors.txt`, `Phoenix.MilNonState.actors.txt`) and agents file
(`Phoenix.agents.txt`) of the Open Event Data Alliance's PETRARCH2 coder,
https://github.com/openeventdata/petrarch2. Changes: names are re-cased, noisy synonyms
are dropped, CAMEO codes become roles (`leads`, `member_of`) with their dates. Their
licence:

```
%s
```
"""


if __name__ == "__main__":
    main()
