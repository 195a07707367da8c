"""Distances (border lengths above all) and population figures, with units normalised to km (pint's factors).

"1,344-kilometre", "1,300-kilometer", "nearly 850-mile" and "500 metres" all become kilometres (an
alternative in brackets, "1,344 km (835 miles)", is a claim of its own); the claim also
records *which* border a length measures (Tajik–Afghan vs Tajik–Chinese …), from the words
after it ("border with China"), the adjectives before it ("Tajik-Afghan border"), or else the
nearest country named earlier in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

_QUAL = (r"(?P<qual>about|around|approximately|roughly|some|nearly|almost|more than|over|just over|close to|"
         r"up to|an estimated)")
#: The look-ahead (a digit or the first letter of a qualifier) lets the engine skip most positions
#: without trying every qualifier there.
DISTANCE_RE = re.compile(
    rf"(?=[\daronsmjcue])(?:\b{_QUAL}\s+)?(?<![\d,.])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d++(?:\.\d++)?)(?:\s*|-)"
    r"(?P<unit>kilometres?|kilometers?|km|miles?|mi|metres?|meters?)\b",
    re.IGNORECASE,
)
#: People counted by what happened to them, not by where they live ("with 2,000 people displaced").
_NOT_RESIDENTS = (r"\s+(?:were|was|have been|had been|killed|dead|died|injured|wounded|hurt|missing|detained|arrested|"
                  r"fled|displaced|affected|evacuated|in need|at risk|gathered|attended|protested)\b")
#: A figure: digits, or a number word before its scale ("two million"; a word alone is never ≥ 1,000).
_POP_NUM = (rf"(?:{_QUAL}\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|[a-z]+(?=\s+(?:million|thousand|billion)\b))"
            r"(?:\s+(?P<scale>million|thousand|billion))?")
_POP_NOUN = r"(?:\s+(?P<noun>people|inhabitants|residents|citizens))?"
#: How a population figure is introduced; the figure must then be large (a scale word or ≥ 1,000).
#: After "population" the noun is optional ("a population of about 120,000", "The population of GBAO
#: is about 230,000 people"); after a place noun, "home to", "has" or "with" it is required ("a town of
#: 100,000 people", "has about 1.1 million inhabitants", "with some 3.4 million people"; "a crowd of
#: 10,000" is no population).
POPULATION_RE = re.compile(
    r"(?:(?P<pop>\bpopulation\b(?:\s+(?:of|in)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"
    r"(?:\s+(?:is|was|stands at|stood at|of|at|totals|numbers|reaches))*(?:\s+(?:estimated at|put at))?)"
    r"|\b(?:country|nation|home|town|city|district|village|region|province|area|port|settlement|community|valley)"
    r" of|\b(?:home to|has|have|had|with))"
    rf"\s+{_POP_NUM}{_POP_NOUN}(?!{_NOT_RESIDENTS})",
    re.IGNORECASE,
)
#: "Roughly 230,000 people live in …": the figure first, the verb of living after it.
POPULATION_LIVE_RE = re.compile(rf"(?<![\w,.]){_POP_NUM}{_POP_NOUN}(?=\s+(?:live|living|reside|residing)\b)",
                                re.IGNORECASE)
_BORDER_AFTER = re.compile(r"^\)?(?:\s+(?:section|stretch|portion|length|part)\s+of(?:\s+the|\s+its|\s+our)?)?(?:\s+of(?:\s+the)?|\s+of\s+its)?(?:[\s-]*(?:long|-long|shared|common|mountainous|volatile|porous|rugged|tense|"
                           r"state|land|Tajik|Afghan|Tajik-Afghan|Afghan-Tajik|Tajik–Afghan|Chinese|Uzbek|"
                           r"Kyrgyz))*[\s-]*(?:border|frontier|boundary)\b", re.IGNORECASE)
_COUNTRY = re.compile(r"\b(Afghan(?:istan)?|China|Chinese|Uzbek(?:istan)?|Kyrgyz(?:stan)?)\b")
#: "The frontier with Afghanistan runs for some 835 miles": the border named before its length.
_LENGTH_OF_BORDER = re.compile(r"\b(?:border|frontier|boundary)\b[^.;]{0,60}\b(?:runs|stretches|extends|spans|"
                               r"is|measures)(?:\s+(?:for|over|about|around|some|roughly|nearly|almost))*\s+$")
_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?P<c1>Afghanistan|China|Uzbekistan|Kyrgyzstan)\b"
                          r"|\b(?:Tajik[-–])?(?P<c2>Afghan|Chinese|Uzbek|Kyrgyz)\s+(?:border|frontier)\b")
_CODES = {"afghan": "AF", "afghanistan": "AF", "china": "CN", "chinese": "CN", "uzbek": "UZ", "uzbekistan": "UZ",
          "kyrgyz": "KG", "kyrgyzstan": "KG"}
_QUAL_NAME = {"about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
              "an estimated": "about", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
              "more than": "more_than", "over": "over", "just over": "over", "up to": "up_to"}


@cache
def ureg():
    """One pint UnitRegistry per process (building one costs 100+ ms); the reference for :data:`KM_PER_UNIT`."""
    import pint

    return pint.UnitRegistry()


@dataclass(frozen=True)
class Distance:
    start: int
    end: int
    value: float
    unit: str
    value_km: float
    qualifier: str
    measures: str | None


@dataclass(frozen=True)
class Population:
    start: int
    end: int
    value: float
    qualifier: str


#: Kilometres per unit, exactly as pint's registry defines them (a test checks the table against
#: pint). Importing pint and building its registry costs ~0.6 s of CPU in every process, more than
#: converting every distance of a 10,000-article corpus, so the hot path only multiplies.
KM_PER_UNIT = {"kilometer": 1.0, "mile": 1.609344, "meter": 0.001}


def unit_name(unit: str) -> str:
    """pint's name for a unit as written ("km", "kilometres", "835-mile" → "mile", "metres" → "meter")."""
    low = unit.lower()
    return "mile" if low.startswith("mi") else "meter" if low.startswith("me") else "kilometer"


def to_km(value: float, unit: str) -> float:
    """``value`` in ``unit`` (any spelling the distance regex accepts) in kilometres."""
    return value * KM_PER_UNIT[unit_name(unit)]


def find_distances(text: str, start: int, end: int, article_start: int) -> list[Distance]:
    found = list(DISTANCE_RE.finditer(text, start, end))
    # "1,344 km (835 miles)": the bracketed figure restates the one before it; both measure one border
    alt_of = {i + 1: i for i, (m, n) in enumerate(pairwise(found))
              if _OPEN_BRACKET.fullmatch(text, m.end("unit"), n.start()) and text.startswith(")", n.end("unit"))}
    measures_of: dict[int, str | None] = {}
    for i, m in enumerate(found):
        j = i + 1 if alt_of.get(i + 1) == i else i  # after the bracket, for the figure before it
        tail = found[j].end("unit") + (1 if j != i else 0)
        after = text[tail:min(end, tail + 60)]
        measures = None
        if _BORDER_AFTER.match(after) or _LENGTH_OF_BORDER.search(text[max(start, m.start() - 120):m.start()]):
            measures = _which_border(text, m.start(), tail, start, end, article_start)
        measures_of[i] = measures if i not in alt_of else measures_of[alt_of[i]] or measures
    out = []
    for i, m in enumerate(found):
        value = float(m.group("num").replace(",", ""))
        qual = _QUAL_NAME.get((m.group("qual") or "").lower(), "exact")
        s = m.start("qual") if m.group("qual") else m.start("num")
        km = to_km(value, m.group("unit"))
        out.append(Distance(s, m.end("unit"), value, m.group("unit"), round(km, 1 if km >= 1 else 3),
                            qual, measures_of[i]))
    return out


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _which_border(text: str, d_start: int, d_end: int, s_start: int, s_end: int, article_start: int) -> str:
    """'TJ-AF border' etc.: words right after, then the adjectives before 'border', then earlier context."""
    after = text[d_end:min(s_end, d_end + 80)]
    m = _COUNTRY.search(after)
    if m:
        return f"TJ-{_CODES[m.group(1).lower()]} border"
    before = list(_BORDER_WITH.finditer(text, max(article_start, d_start - 1500), d_start))
    if before:
        return f"TJ-{_CODES[(before[-1].group('c1') or before[-1].group('c2')).lower()]} border"
    return "TJ-AF border"


def find_populations(text: str, start: int, end: int) -> list[Population]:
    from incidents.numbers import words_to_int

    out = []
    found = [m for m in POPULATION_RE.finditer(text, start, end) if m.group("pop") or m.group("noun")]
    found += [m for m in POPULATION_LIVE_RE.finditer(text, start, end) if m.group("noun")]
    seen: set[int] = set()
    for m in sorted(found, key=lambda m: m.start()):
        if m.start("num") in seen:
            continue
        seen.add(m.start("num"))
        raw = m.group("num")
        if raw[0].isdigit():
            value = float(raw.replace(",", ""))
        else:
            iv = words_to_int(raw)
            if iv is None:
                continue
            value = float(iv)
        if m.group("scale"):
            value *= {"million": 1e6, "thousand": 1e3, "billion": 1e9}[m.group("scale").lower()]
        if value < 1000:
            continue
        s = m.start("qual") if m.group("qual") else m.start("num")
        e = max(m.end("num"), m.end("scale") if m.group("scale") else 0, m.end("noun") if m.group("noun") else 0)
        out.append(Population(s, e, value, _QUAL_NAME.get((m.group("qual") or "").lower(), "exact")))
    return out
