"""Word lists and cue tables from ``incidents/data/`` compiled once per process.

Keeping vocabulary in data files (not scattered regexes) lets an analyst extend a list — a new
weapon, a new denial phrase — without touching extraction code.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def word_set(name: str) -> frozenset[str]:
    text = "\n".join(line for line in (DATA / name).read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#"))
    return frozenset(w.lower() for w in text.split())


@dataclass(frozen=True)
class Lexicon:
    casualty_kind: dict[str, str]
    casualty_voice: dict[str, str]
    casualty_re: re.Pattern[str]
    person_nouns: frozenset[str]
    sides: dict[str, str]
    weapon_re: re.Pattern[str]
    weapon_of: tuple[tuple[re.Pattern[str], str], ...]
    stance_rows: tuple[tuple[re.Pattern[str], str], ...]  # lower-case cue per row of stance_cues.csv, strongest stance first
    casualty_cue: re.Pattern[str]  # lower-case pre-check (only ever asked whether it matches)


#: Literal fragments, checked with ``in`` on the lower-cased sentence before the regexes run: a
#: sentence with none of them cannot match (a cheap gate; the regexes still decide).
#: Casualty gate: every term of ``casualty_terms.csv`` (so a new term is never gated out) plus the
#: cues of zero counts and death tolls.
CASUALTY_GATE = tuple(sorted({r["term"].lower() for r in _rows("casualty_terms.csv")}
                             | {"toll", "no one", "casualt", "nobody", "no ", "lives", "one life", "deaths of", "killing of", "arrest", "hospital", "harmed",
                                "clinic", "|",
                                # left verbs and zeros that are no terms: "caught 3 trespassers", "without loss of
                                # life", "Zero casualties", "Neither of the guards was hurt"
                                "caught", "catching", "executing", "maiming", "apprehending", "loss of life", "zero",
                                "neither", "detainees", "whereabouts", "fate of",
                                # "Four of them were women.": a breakdown of the figure before
                                "of them were", "of them are", "of these were", "of these are", "of those were",
                                # "Of these, 7 were children", "Of the 64, nine were children"
                                "of these,", "of those,", "of them,", *(f"of the {d}" for d in "123456789"),
                                # "holding three suspects", "took away ten men", "took two prisoners"
                                "holding", "took away", "taking away", "takes away", "prisoners", "captives",
                                # "Five coffins", "3 funerals of young men" (incidents/casualty_mourning.py)
                                "coffins", "funeral", "graves",
                                # a restated figure: "The troops' figure is one.", "Officially it is eight."
                                "figure is", "figure was", "officially it", "officially, it"}
                             # a row of a whitespace-aligned table: a number next to a tab or a 2-space gap
                             | {f"{d}{gap}" for d in "0123456789" for gap in ("  ", "\t")}
                             | {f"{gap}{d}" for d in "0123456789" for gap in ("  ", "\t")}
                             # a row of a column list: "4 / 9 / 1", "5, 8, 2" (its kinds are named in a header line)
                             | {f"{d}{sep}{e}" for d in "0123456789" for e in "0123456789" for sep in (" / ", ", ")}
                             # a CSV row: "…,grenade,0,3" (its kinds are named in a header line)
                             | {f",{d},{e}" for d in "0123456789-" for e in "0123456789"} | {f",,{e}" for e in "0123456789"}))  # "|": a table row, whose casualty column is named in its header row
#: A figure restated with no kind word of its own ("Residents said seven.", "The Taliban put the figure at
#: one.", "Relatives said the number was three."): its kind is the previous sentence's (casualties.py).
_RESTATED_VERBS = ("said", "say", "says", "reported", "report", "reports", "confirmed", "confirms", "counted",
                   "told us", "told reporters", "told journalists",
                   # "Other sources give 25.", "We have found only three."
                   "give", "gives", "gave", "found",
                   # "The family counts three.", "Residents put it at nine.", "We always knew it was four."
                   "counts", "put it at", "puts it at", "put them at", "it was", "it is")
_RESTATED_STARTS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "two", "three", "four", "five", "six",
                    "seven", "eight", "nine", "ten", "eleven", "twelve", "twent", "thirt", "fort", "fift", "a dozen",
                    "dozens", "several", "at least", "more than", "about", "around", "nearly", "almost", "over",
                    "up to", "only", "just")
_RESTATED_OTHER = ("number was", "number is", "figure at", "figure as", "correct figure", "number at", "toll at", "count at", "revised to",
                   "corrected to", "revised up", "revised down",
                   # "That is down from the five it gave at noon."
                   "down from", "up from",
                   # "By midday the figure had climbed to four.", "Officials have held to three."
                   "figure had", "figure has", "figure of", "held to", "acknowledged", "recorded", "accounted for",
                   "given as", "gave as", "came to", "comes to", "total",
                   # "It later corrected the figure to four."
                   "figure to", "toll to", "tally to",
                   # "…, bringing the Afghan count to six", "bringing Tajik losses to three"
                   "count to", "losses to", "losses at",
                   # "Our low estimate is three.", "with a high estimate of six" (casualty_context.estimate_figures)
                   "low estimate", "best estimate", "high estimate", "central estimate", "upper estimate",
                   "lower estimate")
_RESTATED_CUE = (r"\b(?:" + "|".join(v.replace(" ", r"\s+") for v in _RESTATED_VERBS) + r")\s+(?:"
                 + "|".join(w.replace(" ", r"\s+") for w in _RESTATED_STARTS) + r")|\b(?:"
                 + "|".join(_RESTATED_OTHER) + ")")
CASUALTY_GATE = tuple(sorted(set(CASUALTY_GATE) | {f"{v} {w}" for v in _RESTATED_VERBS for w in _RESTATED_STARTS}
                             | set(_RESTATED_OTHER)))
#: Stems of the nouns in the denial cue "were not smugglers" (stance_cues.csv), for STANCE_GATE.
_NOT_COMBATANT = ("smuggler", "militant", "fighter", "terrorist", "insurgent", "combatant", "drug trafficker", "trafficker",
                  "gunm", "infiltrator", "criminal")
STANCE_GATE = ("withdr", "retract", "pulled", "correction", "confirm", "den", "reject", "fabricat", "baseless",
               "groundless", "untrue", "not true", "false", "refut", "dismiss", "mislead", "unverified", "statement",
               "ministry", "embassy", "spokes", "press service", "official", "authorit", "government", "committee",
               "agency", "announced", "did not fire", "no such incident", "one crossed", "body crossed", "one had crossed",
               "body had crossed", "no shots", "none of their", "none of our", "no fighting",
               # "had not fired a single shot", "no one from his district was involved", "has no record of"
               "not fired", "n't fired", "n’t fired", "no one from", "nobody from", "no record",
               # "its men were not involved"
               "not involved", "n't involved", "n’t involved",
               # "the fire had not come from Afghanistan", "none of the attackers had come from …", "nobody on their side was hurt"
               "not come from", "n't come from", "n’t come from", "not came from", "not originate", "none of the",
               "body on their side", "one on their side", "body on our side", "one on our side", "body on its side",
               "one on its side",
               # "They were not smugglers", "he was not a militant": a denial that the dead or held were combatants
               *(f"{neg} {art}{noun}" for neg in ("not", "n't", "n’t") for art in ("", "a ", "an ")
                 for noun in _NOT_COMBATANT))
VERB_GATE = ("said", "says", "say", "told", "tell", "testif", "broadcast", "report", "confirm", "stated", "states",
             "announc", "claim", "added", "noted", "notes", "wrote", "writes", "denie", "denies", "reject", "dismiss",
             "acknowledg", "insist", "warn", "quot",
             # verbs the attribution finder reads that no fragment above covers: "officials deny it",
             # "residents write to us that", "channels put the number at six", "analysts note that"
             "deny", "write", "put the", "puts the", "put its", "put their", "note that",
             # "He accused the border guards of …", "the weekly retracted its story" (attribution.py reads both)
             "accus", "retract")
#: Reporting verbs the attribution finder reads only with a check of their object ("argued", "disputed
#: the figures", "gave a toll of", "informed the agency"): its second verb pattern runs only in a
#: sentence holding one of these or of FIGURE_GATE.
CHECKED_VERB_GATE = ("argue", "recall", "acknowledge", "replie", "informed", "disput", "insist", "speak of", "spoke of",
                     # "it had spoken of three dead", "the troops spoke only of several"
                     "spoken of", "spoke only of", "speak only of", "speaks only of",
                     "speaks of", "gave a", "gave the", "gives a", "gives the", "describ", " lists", "documented",
                     "attribute", "specified", "blame", " cited", " cite", "remind", " list ", " counts ", "mention", "logged",
                     # 'called the statement "baseless"': the judgement is the cue
                     "baseless", "groundless", "unfounded", "untrue",
                     # "the report records the following:" (attribution._VERBS_NEW)
                     "records",
                     # "the administration gave six injured": a bare casualty figure as the object
                     "gave ",
                     # "the press office stressed that …", "relatives believe he drowned" (attribution._VERBS_NEW)
                     "stressed that", "stresses that", "emphasised that", "emphasized that", "emphasises that",
                     "emphasizes that", "underlined that", "believe",
                     # "the site later changed the figure to two", "the department revised its toll"; "families maintain that",
                     # "police allege that" (attribution._VERBS_NEW)
                     *(f"{v} {d} {n}" for v in ("changed", "revised", "revises") for d in ("the", "its", "their", "his", "her", "our")
                       for n in ("figure", "toll", "number", "count", "tally", "estimate")),
                     "maintain", "allege")
#: Figures credited to a source without a verb: "by our tally", "(per Tajik statements)", "The GKNB figure is three".
#: Also the figures and versions the finder credits to officials or to the writer ("Officially, 6",
#: "the official version:", "we have recorded", "Residents counted", "by the ministry's count,").
FIGURE_GATE = ("by our ", "by its ", "by their ", " per ", "(per ", " tally", "figure", " count ", " count,", " count.",
               "officially", "official version", "recorded", "counted",
               # "Totals (our count): …" (a bracketed label of the writer's own figures)
               "(our count",
               # "The official toll is three killed", "the official tally stands at"
               "official toll", "official tally", "official number")
#: Notices that are claims without a speaking verb: "the story has been withdrawn", "an article
#: incorrectly stated", "this report was corrected", "does not correspond to reality".
NOTICE_GATE = ("withdrawn", "incorrectly", "corrected", "not correspond", "deleted",
               # "The headline of the original report has been changed": a publication's text changed by its publisher
               "been changed", "been amended",
               # "a figure it withdrew a few hours later"; "[4] Post on the channel's account, since deleted"
               "withdrew", "retracted")


POP_GATE = ("million", "thousand", "billion", "population", "inhabitants", "people", "residents")
#: Words one of which comes before an attack's origin ("fired from", "based in", "militants in").
ORIGIN_GATE = ("from", "based", "operating", "hiding", "sheltering", "militants", "gunmen", "fighters", "insurgents",
               "attackers", "group")
#: Gate families scanned once per article (see :func:`families_by_position`).
FAMILIES: dict[str, tuple[str, ...]] = {
    "casualty": CASUALTY_GATE, "stance": STANCE_GATE, "verb": VERB_GATE + CHECKED_VERB_GATE + FIGURE_GATE, "according": ("according to",),
    "citing": ("citing", "cited by", "quoting", "quoted by"), "pop": POP_GATE, "from": ("from",),
    "border": ("border", "frontier"), "origin": ORIGIN_GATE, "notice": NOTICE_GATE,
}


@cache
def _family_automaton():
    import ahocorasick

    auto = ahocorasick.Automaton()
    words: dict[str, set[str]] = {}
    for fam, frags in FAMILIES.items():
        for f in frags:
            words.setdefault(f, set()).add(fam)
    for w, fams in words.items():
        auto.add_word(w, (len(w), tuple(sorted(fams))))
    auto.make_automaton()
    return auto


def families_by_position(folded: str, start: int = 0) -> dict[str, list[int]]:
    """For each gate family, the sorted offsets where one of its fragments starts (one pass per article)."""
    out: dict[str, list[int]] = {f: [] for f in FAMILIES}
    for end_idx, (n, fams) in _family_automaton().iter(folded, start):
        for f in fams:
            out[f].append(end_idx - n + 1)
    return out


@cache
def _gate_automaton(fragments: tuple[str, ...]):
    """The automaton of ``fragments``, or a plain answer where pyahocorasick has none: an empty fragment
    occurs in every text (``("",)`` is how a gate says "no literal known, read every sentence"), and no
    fragment at all occurs in none; the library raises on an automaton without words."""
    if "" in fragments or not fragments:
        return bool(fragments)
    import ahocorasick

    auto = ahocorasick.Automaton()
    for f in fragments:
        auto.add_word(f, f)
    auto.make_automaton()
    return auto


def gate(low: str, fragments: tuple[str, ...]) -> bool:
    """True if any fragment occurs in ``low``: one Aho-Corasick pass that stops at the first hit."""
    auto = _gate_automaton(fragments)
    return auto if isinstance(auto, bool) else next(auto.iter(low), None) is not None


def _alternation(terms: list[str]) -> str:
    return "|".join(sorted(terms, key=len, reverse=True))


def _first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` (case-sensitive) can start with, or None if unsure.

    Reads the parsed pattern (literals, classes of literals and ranges, groups, alternations,
    repeats of at least one); anything else (anchors, look-arounds, ``\\w``, optional starts)
    gives None, and the caller then compiles the pattern unchanged.
    """
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # a Python without the parser module: no shortcut, same results
        return None

    def first(items) -> frozenset[str] | None:
        if not items:
            return None
        op, av = items[0]
        if op is c.LITERAL:
            return frozenset(chr(av))
        if op is c.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    out.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] < 256:
                    out.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
            return frozenset(out)
        if op is c.SUBPATTERN:
            return None if av[1] or av[2] else first(av[-1])
        if op is c.BRANCH:
            sets = [first(alt) for alt in av[1]]
            return None if any(x is None for x in sets) else frozenset().union(*sets)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return first(av[2])
        return None

    try:
        return first(list(_parser.parse(pattern).data))
    except Exception:  # an unexpected parse tree: no shortcut
        return None


def _starts_with_literals(pattern: str) -> bool:
    """True if every alternative of ``pattern`` opens with a literal: the regex engine then skips
    to candidate positions by itself, and a look-ahead would only slow it down."""
    from re import _constants as c
    from re import _parser

    items = list(_parser.parse(pattern).data)
    if items and items[0][0] is c.BRANCH:
        return all(alt and alt[0][0] is c.LITERAL for alt in items[0][1][1])
    return bool(items) and items[0][0] is c.LITERAL


def _guarded(pattern: str) -> str:
    """``pattern`` behind a look-ahead on its first characters, when they are known.

    An alternation of cue phrases is tried at every position of a sentence; when some of them
    open with a group ("(?:officials?|authorities) said") the engine tries each there, and the
    look-ahead lets it reject most positions with one class test. Same matches, faster.
    """
    chars = _first_chars(pattern)
    if not chars:
        return pattern
    try:
        if _starts_with_literals(pattern):
            return pattern
    except Exception:  # an unexpected parse tree: keep the look-ahead (it is correct either way)
        pass
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])(?:" + pattern + ")"


def _words(terms: list[str]) -> str:
    r"""``\b(?:term|…)`` for literal terms, with a look-ahead on their first characters.

    The look-ahead lets the regex engine pass over a position whose character starts no term
    without trying each alternative there: these patterns run over every casualty sentence.
    """
    first = "".join(sorted({re.escape(t[0]) for t in terms if t}))
    return r"\b(?=[" + first + r"])(?:" + _by_first_char(terms) + r")"


def _by_first_char(terms: list[str]) -> str:
    """The longest-first alternation of literal ``terms`` with the terms grouped under their first
    character ("w(?:ere killed|ounded|as held)|k(?:illed|illing)"): at a position the engine then tries
    only the terms that open with its character. A position's character picks one group (matching is
    case-insensitive, so the group is keyed on the lower-cased character) and the terms inside keep their
    longest-first order, so the matches are those of the plain alternation."""
    groups: dict[str, list[str]] = {}
    for t in sorted((t for t in terms if t), key=len, reverse=True):
        groups.setdefault(t[0].lower(), []).append(t)
    parts = []
    for ts in groups.values():
        if any(len(t) == 1 or t[0] != ts[0][0] for t in ts):  # a one-character term or mixed case: no factoring
            parts.append("|".join(re.escape(t) for t in ts))
        else:
            parts.append(re.escape(ts[0][0]) + "(?:" + "|".join(re.escape(t[1:]) for t in ts) + ")")
    return "|".join(parts)


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (built once per process)."""
    cas = _rows("casualty_terms.csv")
    kinds = {r["term"]: r["kind"] for r in cas}
    voices = {r["term"]: r["voice"] for r in cas}
    casualty_re = re.compile(_words(list(kinds)) + r"\b", re.IGNORECASE)
    weapons = _rows("weapons.csv")
    weapon_re = re.compile(r"(?<![\w-])(?:" + _alternation([w["pattern"] for w in weapons]) + r")(?![\w-])")
    weapon_of = tuple((re.compile(w["pattern"] + r"$"), w["weapon"]) for w in weapons)
    cues = _rows("stance_cues.csv")
    rows = tuple((re.compile(_guarded(r["pattern"])), s) for s in ("retraction", "denial", "official_statement")
                 for r in cues if r["stance"] == s)
    return Lexicon(
        casualty_kind=kinds, casualty_voice=voices, casualty_re=casualty_re, person_nouns=word_set("person_nouns.txt"),
        sides={r["word"]: r["side"] for r in _rows("sides.csv")}, weapon_re=weapon_re, weapon_of=weapon_of,
        stance_rows=rows,
        casualty_cue=re.compile(_words([*kinds, "toll", "no one", "no casualties", "nobody", "claimed the lives",
                                        "death of", "deaths of", "killing of", "killings of", "murder of",
                                        "murders of", "arrest", "arrests", "hospital", "harmed", "clinic", "lives", "one life",
                                        "caught", "catching", "executing", "maiming", "apprehending", "loss of life",
                                        "zero", "neither", "detainees", "whereabouts", "fate of", "of them were",
                                        "of them are", "of these were", "of these are", "of those were", "figure is", "figure was",
                                        "officially it", "officially, it", "holding", "took away", "taking away",
                                        "takes away", "prisoners", "captives", "coffins", "funeral", "funerals", "graves"]) + r"\b|^\||\|[ \t]*\d|\d[ \t]*\||"
                                        r"(?:\t| {2})[ \t]*\d|\d(?:\t| {2})|\d / \d|\d, \d+[ \t]*$|,(?:\d{1,2}|-)?,\d{1,2}(?:\s|$)|\bof (?:these|those|them|the \d[\d,]*), |" + _RESTATED_CUE),
    )
