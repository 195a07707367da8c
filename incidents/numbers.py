"""Number expressions in English news prose: digits ("1,344", "31", "1,2"), words ("twenty-one",
"five"), and vague quantities ("several", "dozens") that must never become a precise number.

One compiled regex finds candidates; :func:`parse_number` turns a matched phrase into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "another": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12, "hundred": 100, "a hundred": 100, "both": 2,
    "a couple of": 2, "a pair of": 2, "a score of": 20,
}
#: Vague quantities: (low, high) and no best value.
VAGUE = {
    "several": (2, None), "a few": (2, None), "few": (2, None), "some": (2, None), "many": (5, None),
    "numerous": (5, None), "dozens": (24, None), "dozens of": (24, None), "scores": (40, None),
    "scores of": (40, None), "hundreds": (200, None), "hundreds of": (200, None), "several dozen": (24, None),
    "a handful": (2, None), "a handful of": (2, None), "a number of": (2, None), "an unspecified number of": (2, None),
}
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SMALL = tuple(k for k in UNITS if k not in TENS and " " not in k and k not in {"a", "an", "no", "hundred", "dozen"})

_WORD_NUM = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a\s+dozen|a\s+hundred|a\s+couple\s+of|a\s+pair\s+of|a\s+score\s+of|"
    + "|".join(sorted(SMALL, key=len, reverse=True)) + r")"
)
#: What follows "hundred and": "twelve", "twenty-one", "five" (no "a"/"an"/"another"/"both" count words).
_WORD_NUM_REST = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
    + "|".join(sorted((k for k in SMALL if k not in {"single", "another", "both", "zero"}), key=len, reverse=True)) + r")"
)
#: Digits with optional thousands separators ("1,344", "1 344") or a decimal part ("1.5").
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
#: Every character a number phrase can start with (digits and the first letters of the number and vague
#: words): a look-ahead on them lets the engine pass over most word starts without trying each word.
_FIRST = "".join(sorted({w[0] for w in [*UNITS, *VAGUE, *TENS]}))
NUMBER_RE = re.compile(
    # a wire update's prefix ends in a hyphen: "UPDATE 2-Two guards killed", "URGENT-Three detained"
    r"(?=[\d" + _FIRST + r"])(?:(?<![\w.,-])|(?<=UPDATE \d-)|(?<=UPDATE-)|(?<=URGENT-)|(?<=CORRECTED-)|(?<=CORRECTION-)|(?<=REFILE-)|(?<=REPEAT-))(?:(?P<digits>" + _DIGITS + r")(?:\s+(?P<scale>million|thousand|billion|dozen(?!s)))?"
    # "one hundred and twelve", "two dozen": a scale word after a number word, and the rest of a hundred
    r"|(?P<words>" + _WORD_NUM + r")(?:\s+(?P<wscale>million|thousand|hundred|dozen)"
    r")?(?:(?<=hundred)\s+and\s+(?P<wrest>" + _WORD_NUM_REST + r"))?"
    r"|(?P<vague>dozens(?:\s+of)?|scores(?:\s+of)?|hundreds(?:\s+of)?|several(?:\s+dozen)?|a\s+few|numerous"
    # "a handful of fighters", "a number of people", "an unspecified number of attackers", "Many were hurt"
    # (not "how many", "as many as", "so many", "many of")
    r"|a\s+handful(?:\s+of)?|a\s+number\s+of|an\s+unspecified\s+number\s+of"
    r"|many(?<!how\smany)(?<!as\smany)(?<!so\smany)(?<!too\smany)(?!\s+(?:as|of|more|times|years|days)\b)))(?![\w])",
    re.IGNORECASE,
)
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "hundred": 100, "dozen": 12}


@dataclass(frozen=True)
class Quantity:
    """A parsed number: ``value`` is None for vague quantities, which keep only a low bound."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    vague: bool = False


def words_to_int(words: str) -> int | None:
    """'twenty-one' → 21, 'five' → 5, 'a dozen' → 12; None if not a number phrase."""
    w = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    if w in UNITS:
        return UNITS[w]
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def parse_number(text: str) -> tuple[float | None, float | None, float | None, bool]:
    """(value, low, high, vague) for one matched number phrase."""
    m = NUMBER_RE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"not a number phrase: {text!r}")
    return _parsed(m)


def _parsed(m: re.Match) -> tuple[float | None, float | None, float | None, bool]:
    """(value, low, high, vague) from a :data:`NUMBER_RE` match.

    A match found in running text takes the same branch as the full match of its own text (the
    only context the pattern looks at, the characters around it, is what made it end there), so
    :func:`find_numbers` reads the groups it already has instead of matching again.
    """
    if m.group("vague"):
        key = re.sub(r"\s+", " ", m.group("vague").lower())
        low, high = VAGUE[key]
        return None, low, high, True
    if m.group("digits"):
        raw = m.group("digits").replace(",", "")
        val = float(raw)
        scale = m.group("scale")
    else:
        iv = words_to_int(m.group("words"))
        if iv is None:
            raise ValueError(f"not a number phrase: {m.group(0)!r}")
        val = float(iv)
        scale = m.group("wscale")
    if scale:
        val *= SCALES[scale.lower()]
    if not m.group("digits") and m.group("wrest"):
        val += float(words_to_int(m.group("wrest")) or 0)  # "one hundred and twelve"
    return val, val, val, False


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number phrase in ``text[start:end]`` with absolute offsets."""
    out = []
    for m in NUMBER_RE.finditer(text, start, len(text) if end is None else end):
        value, low, high, vague = _parsed(m)
        out.append(Quantity(m.start(), m.end(), m.group(0), value, low, high, vague))
    return out


def as_number(value: float | None) -> int | float | None:
    """Whole floats become ints for JSON (5.0 → 5)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
