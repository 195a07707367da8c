"""The patterns that must end right before a casualty figure, and the cheap gates in front of them.

A figure's kind can come from the words before it: a transitive verb ("killed five"), a label
("Injured: 4"), a toll ("the death toll rose to 12") or a qualifier ("at least"). Each of these is an
end-anchored pattern; tried before every number it was the costliest test per figure, so each runs
only when the last word before the figure (or a colon/dash) can end a match. The gates are checked
against their plain patterns by property tests (tests/robustness/test_fast_paths.py).
"""

from __future__ import annotations

import re

_QUALIFIERS = [
    (r"at least|no fewer than|not less than|a minimum of", "at_least"),
    (r"more than|upwards of|in excess of", "more_than"),
    (r"over", "over"),
    (r"about|around|approximately|roughly|some|an estimated|estimated|nearly about", "about"),
    (r"nearly|almost|close to|just under", "nearly"),
    (r"up to|as many as|no more than|not more than|at most", "up_to"),
]
_QUAL_RE = re.compile(r"(?:\b(" + "|".join(p for p, _ in _QUALIFIERS) + r"))\s+$", re.IGNORECASE)
_QUAL_KIND = [(re.compile(r"^(?:" + p + r")$", re.IGNORECASE), k) for p, k in _QUALIFIERS]
_LEFT_VERB = re.compile(r"\b(killing|killed|kills|injures|shot dead|shot and killed|gunned down|wounding|wounded|injuring|injured|hurting|detaining|detained|"
                        r"arresting|arrested|capturing|captured|"
                        # the present of headlines and timelines: "Guards detain 11 violators" (not "to detain")
                        r"(?<!\bto\s)(?:detain|detains|arrest|capture|captures|kill|wound|wounds)|"
                        # "executed three men", "maimed two children", "apprehended a suspect", "caught 3 trespassers"
                        r"executed|executing|maimed|maiming|apprehended|apprehending|caught|catching|"
                        # "were holding three suspects", "took away about fifteen young men" (people only)
                        r"holding|(?:took|taking|takes) away|(?:took|taking|takes) into custody|"
                        # "the hospital treated 12 people", "is caring for four soldiers" (a hospital in the sentence)
                        r"treated|treating|treats|caring for|cared for|admitted|admitting|"
                        # "claims the lives of three", "cost the lives of two deminers"
                        r"(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|took|takes|taking) the lives of|"
                        r"eliminating|eliminated|liquidated|liquidating|rounded up|rounding up|neutralising|neutralizing|neutralised|neutralized|"
                        r"(?:had|has|have) lost|lost|buried|burying|buries|"
                        # "the dead included a 17-year-old porter": the list of the dead or wounded
                        r"the (?:dead|wounded|injured|fatalities) (?:also )?(?:include[ds]?|are|were|comprised?|comprising|numbered|totall?ed)|"
                        # "the arrest on Tuesday of four men": a day between the noun and its "of"
                        r"(?:arrests?|detentions?)\s+(?:on|last|this)\s+\w+\s+of|"
                        r"(?:the\s+)?(?:deaths?|killings?|murders?|bod(?:y|ies)|detentions?|arrests?) of(?:\s+(?:the|these|those))?|"
                        # "Injuries to three customs officers were minor"
                        r"injuries\s+to|"
                        # "the whereabouts of five shepherds remain unknown"
                        r"whereabouts\s+of(?:\s+(?:the|these|those))?|"
                        # "the fate of two more is unknown"
                        r"fate\s+of(?:\s+(?:the|these|those|another|the\s+other))?)"
                        # "injuring his two brothers", "arrested a group of 5 persons", "killed a total of 12"
                        # "had "eliminated" five members": the verb in quotes
                        r"[\"”’']?\s+(?:(?:his|her|their|its|the|my|our)\s+)?(?:a\s+(?:group|total|gang|band|family)\s+of\s+)?[\"“]?(?:(?:at least|more than|"
                        r"over|about|around|nearly|almost|some|up to|as many as|another|no fewer than|not less than|"
                        r"in excess of|no more than|at most|upwards of|approximately|roughly|an estimated|only|just)\s+)?$", re.IGNORECASE)
#: The last word of every possible :data:`_LEFT_VERB` match: the verb phrase's own last word, or that of
#: what may follow it before the figure (a possessive, "a group of", a qualifier). A figure after any
#: other word has no left verb, and the pattern (sixty alternatives tried at each of 40 positions,
#: ~20 µs) is not run: on a line of figures joined by "and" it was the costliest test per figure.
_LEFT_VERB_LAST = frozenset([
    "killing", "killed", "kills", "injures", "dead", "down", "wounding", "wounded", "injuring", "injured",
    "hurting", "detaining", "detained", "arresting", "arrested", "capturing", "captured", "executed",
    "detain", "detains", "arrest", "capture", "captures", "kill", "wound", "wounds",
    "executing", "maimed", "maiming", "apprehended", "apprehending", "caught", "catching", "holding", "away",
    "custody", "treated", "treating", "treats", "for", "admitted", "admitting", "of", "eliminating",
    "eliminated", "liquidated", "liquidating", "up", "neutralising", "neutralizing", "neutralised",
    "neutralized", "lost", "buried", "burying", "buries", "include", "includes", "included", "are", "were", "comprise",
    "comprised", "comprising", "numbered", "totaled", "totalled", "the", "these", "those", "to", "another",
    "other", "his", "her", "their", "its", "my", "our", "least", "than", "over", "about", "around", "nearly", "almost",
    "some", "as", "most", "approximately", "roughly", "estimated", "only", "just",
])


def _last_word(before: str) -> str:
    """The last run of word characters in ``before`` once trailing whitespace and quotes are
    dropped, lower-cased: the word an end-anchored pattern (``…\\s+$``) must end its match with."""
    end = len(before)
    while end and (before[end - 1].isspace() or before[end - 1] in _TRAILING_QUOTES):
        end -= 1
    start = end
    while start and (before[start - 1].isalnum() or before[start - 1] == "_"):
        start -= 1
    return before[start:end].lower()


_TRAILING_QUOTES = frozenset("\"“”’'")


def _left_verb(before: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """:data:`_LEFT_VERB` searched in ``before[pos:endpos]``, run only when the last word allows a match."""
    end = len(before) if endpos is None else endpos
    if _last_word(before[pos:end]) not in _LEFT_VERB_LAST:
        return None
    return _LEFT_VERB.search(before, pos, end)
#: "Killed: 4 | Injured: 9", "Dead: 2": a table or tally cell, the label before its number.
_LABEL = re.compile(r"\b(killed|dead|deaths|deceased|fatalities|injured|injuries|hurt|wounded|hospitali[sz]ed|missing|detained|arrested)"
                    r"(?:\s*:|\s[–—-])\s*(?:(?:at least|more than|over|about|around|approximately|nearly|almost|some|up to)\s+)?$",
                    re.IGNORECASE)
#: "The wounded, three in all, …": the group named first, then its count.
_NAMED_FIRST = re.compile(r"\bthe\s+(dead|wounded|injured|missing|detained|detainees|fatalities)\s*(?:,|\s[—–-])\s*$", re.IGNORECASE)
#: Every :data:`_LABEL` match holds a colon or a dash; every :data:`_NAMED_FIRST` match ends in a comma or
#: a dash (before spaces). Figures with neither before them skip both patterns.
_LABEL_MARKS = (":", "–", "—", "-")
_NAMED_FIRST_LAST = frozenset({",", "—", "–", "-"})


def _label_before(before: str) -> re.Match | None:
    """A kind label ending right before a figure ("Killed: 4", "The wounded, three in all")."""
    if any(mark in before for mark in _LABEL_MARKS) and (m := _LABEL.search(before)):
        return m
    if before.rstrip()[-1:] in _NAMED_FIRST_LAST:
        return _NAMED_FIRST.search(before)
    return None


#: "handed over 2 detained", "took over 3 posts": "over" as the particle of a verb before it is no qualifier.
_VERB_OVER = re.compile(r"\b(?!(?:killed|killing|injured|injuring|wounded|wounding|detained|detaining|arrested|"
                        r"arresting|captured|capturing)\s)"  # "injured over 500": the casualty verb's own qualifier
                        r"(?:\w+ed|\w+ing|hand|hands|took|take|takes|turn|turns|went|go|goes|give|gives|gave|"
                        r"given|taken|won|win|wins|came|come|comes|run|ran|runs)\s+over\s+$", re.IGNORECASE)
#: "information about three deaths", "figures add up to 29": "about" as a preposition after a noun of
#: reporting, "up to" as the particle of "add up to"; neither qualifies the figure.
_NOT_QUALIFIER = re.compile(r"\b(?:(?:information|reports?|news|talk|rumou?rs?|claims?|speculation|stories|story|"
                            r"questions?|allegations?)\s+about|(?:adds?|added|adding|summed|sums?)\s+up\s+to)\s+$",
                            re.IGNORECASE)


#: The last word of every qualifier in :data:`_QUALIFIERS`: a figure after any other word is exact.
_QUAL_LAST = frozenset([
    "least", "than", "of", "over", "about", "around", "approximately", "roughly", "some", "estimated", "nearly",
    "almost", "to", "under", "as", "most",
])


def _qualifier(text: str, num_start: int, floor: int) -> tuple[int, str]:
    before = text[max(floor, num_start - 24):num_start]
    if not before[-1:].isspace() or _last_word(before) not in _QUAL_LAST:
        return num_start, "exact"
    m = _QUAL_RE.search(before)
    if not m:
        return num_start, "exact"
    kind = next(k for rx, k in _QUAL_KIND if rx.match(m.group(1)))
    if kind == "over" and _VERB_OVER.search(text, max(floor, num_start - 24), num_start):
        return num_start, "exact"
    if kind in ("about", "up_to") and _NOT_QUALIFIER.search(text, max(floor, num_start - 30), num_start):
        return num_start, "exact"
    return num_start - (len(before) - m.start(1)), kind
