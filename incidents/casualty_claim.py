"""One casualty figure as the finders report it (:class:`Casualty`), and the words that fill it in:
the noun group after the figure, its group and side, and the low/high bounds of its qualifier.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from incidents.lexicon import lexicon, word_set
from incidents.numbers import Quantity

_AUX = word_set("casualty_gap_words.txt")
#: Person nouns that are plural or collective without a plural "-s" ("their family" is not one person).
_NOT_ONE = frozenset({"people", "police", "staff", "personnel", "crew", "children", "family", "relatives", "taliban",
                      "chinese", "other", "others", "troops", "members",
                      "group", "gang", "band", "crowd", "number"})


def _singular_person(word: str, person_nouns: frozenset[str]) -> bool:
    """True for a person noun naming one person: "mother", "driver"; not "brothers", "men", "family"."""
    lw = word.lower()
    head = lw[:-7] if lw.endswith("-in-law") else lw  # "daughter-in-law", not "sons-in-law"
    return lw in person_nouns and lw not in _NOT_ONE and not head.endswith(("s", "men"))
_WORD = re.compile(r"[\w’'-]+")


class Casualty(NamedTuple):
    """One casualty figure (a named tuple: thousands per long article, ~3x cheaper to build than a
    frozen dataclass)."""

    start: int
    end: int
    kind: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    group: str | None
    side: str | None


def _bounds(value: float | None, low: float | None, qualifier: str) -> tuple[float | None, float | None]:
    if value is None:
        return low, None
    return {
        "exact": (value, value), "at_least": (value, None), "more_than": (value + 1, None),
        "over": (value + 1, None), "about": (None, None), "nearly": (None, value), "up_to": (None, value),
    }[qualifier]


def _group_and_side(words: list[str]) -> tuple[str | None, str | None]:
    lex = lexicon()
    kept = [w for w in words if w.lower() not in _AUX]
    group = " ".join(kept).strip(" ,") or None
    side = None
    for w in kept:
        side = lex.sides.get(w.lower()) or side
    if group and group.lower() in {"others", "other", "more"}:
        group = "others"
    return group, side


def _one(m: re.Match) -> Quantity:
    return Quantity(m.start(1), m.end(1), m.group(1), 1.0, 1.0, 1.0)


_GROUP_STOP = frozenset({"and", "or", "in", "at", "on", "near", "who", "when", "while", "as", "after", "during",
                         "from", "with", "by", "including", "were", "was", "that", "but"})
_GROUP_GAP_BREAK = re.compile(r"[,.;:()\"“”]")
_QUOTE_CLOSE = frozenset({'" ', '” '})
_QUOTE_OPEN = re.compile(r"(?:^|\s)[\"“](?:at least |about |around |nearly |more than |over |some |only )?[\w-]+$")


@lru_cache(maxsize=4096)
def _ends_group(word: str) -> bool:
    """True for a word that ends a noun group: a function word or a casualty term."""
    return word.lower() in _GROUP_STOP or lexicon().casualty_re.fullmatch(word) is not None


def _noun_group(text: str, start: int, limit: int) -> tuple[list[str], int]:
    """Words after a number up to a clause break: 'five Chinese workers| and wounded …'."""
    words: list[str] = []
    end = start
    for m in _WORD.finditer(text, start, limit):
        gap = text[end:m.start()]
        if len(words) >= 5 or (gap != " " and _GROUP_GAP_BREAK.search(gap) and not (
                not words and gap in _QUOTE_CLOSE and _QUOTE_OPEN.search(text, max(0, start - 25), start))):
            break  # a quoted figure goes on after its quote: 'holding "several" men'
        w = m.group(0)
        if _ends_group(w) or not w.strip("-"):
            break
        words.append(w)
        end = m.end()
    return words, end


def _make(q, start: int, end: int, kind: str, qual: str, group, side, high: float | None = None) -> Casualty:
    """A claim from a quantity; ``high`` is the upper bound of a range ("between three and five"),
    which is reported as the lower number with qualifier at_least and both bounds."""
    value, low, _high, vague = q.value, q.low, q.high, q.vague
    if vague:
        return Casualty(start, end, kind, None, low, None, "unspecified", group, side)
    if high is not None:
        return Casualty(start, end, kind, value, value, high, "at_least", group, side)
    lo, hi = _bounds(value, low, qual)
    return Casualty(start, end, kind, value, lo, hi, qual, group, side)
