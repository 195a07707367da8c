"""Distances (border lengths above all) and population figures, with units normalised to km (pint's factors).

"1,344-kilometre", "1,300-kilometer" and "nearly 850-mile" all become kilometres; the claim also
records *which* border a length measures (Tajik–Afghan vs Tajik–Chinese …), from the words
after it ("border with China"), the adjectives before it ("Tajik-Afghan border"), or else the
nearest country named earlier in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_QUAL = (r"(?P<qual>about|around|approximately|roughly|some|nearly|almost|more than|over|just over|close to|"
         r"up to|an estimated)")
#: The look-ahead (a digit or the first letter of a qualifier) lets the engine skip most positions
#: without trying every qualifier there.
DISTANCE_RE = re.compile(
    rf"(?=[\daronsmjcue])(?:\b{_QUAL}\s+)?(?<![\d,.])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d++(?:\.\d++)?)(?:\s*|-)"
    r"(?P<unit>kilometres?|kilometers?|km|miles?|mi)\b(?:\s*\((?P<alt>[^)]{1,30})\))?",
    re.IGNORECASE,
)
POPULATION_RE = re.compile(
    rf"(?:\b(?:country|nation|population|home|town|city|district|village|region|province|area) of\s+"
    rf"|\bpopulation (?:is |was |stands at |)|\bhome to\s+|\b(?:has|with)\s+(?=[^.;]{{0,30}}\b(?:inhabitants|residents|people)\b))"
    rf"(?:{_QUAL}\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|\w+)\s+(?P<scale>million|thousand|billion)?\s*"
    r"(?P<noun>people|inhabitants|residents|citizens)?",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(r"^(?:\s+(?:section|stretch|portion|length|part)\s+of(?:\s+the|\s+its|\s+our)?)?(?:\s+of(?:\s+the)?|\s+of\s+its)?(?:[\s-]*(?:long|-long|shared|common|mountainous|volatile|porous|rugged|tense|"
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
KM_PER_UNIT = {"kilometer": 1.0, "mile": 1.609344}


def to_km(value: float, unit: str) -> float:
    """``value`` in ``unit`` (any spelling the distance regex accepts) in kilometres."""
    return value * KM_PER_UNIT["mile" if unit.lower().startswith("mi") else "kilometer"]


def find_distances(text: str, start: int, end: int, article_start: int) -> list[Distance]:
    out = []
    for m in DISTANCE_RE.finditer(text, start, end):
        value = float(m.group("num").replace(",", ""))
        qual = _QUAL_NAME.get((m.group("qual") or "").lower(), "exact")
        after = text[m.end("unit"):min(end, m.end("unit") + 60)]
        measures = None
        if _BORDER_AFTER.match(after) or _LENGTH_OF_BORDER.search(text[max(start, m.start() - 120):m.start()]):
            measures = _which_border(text, m.start(), m.end("unit"), start, end, article_start)
        s = m.start("qual") if m.group("qual") else m.start("num")
        out.append(Distance(s, m.end("unit"), value, m.group("unit"), round(to_km(value, m.group("unit")), 1),
                            qual, measures))
    return out


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
    for m in POPULATION_RE.finditer(text, start, end):
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
        elif not m.group("noun"):
            continue
        if value < 1000:
            continue
        s = m.start("qual") if m.group("qual") else m.start("num")
        e = max(m.end("num"), m.end("scale") if m.group("scale") else 0, m.end("noun") if m.group("noun") else 0)
        out.append(Population(s, e, value, _QUAL_NAME.get((m.group("qual") or "").lower(), "exact")))
    return out
