"""Gazetteer look-ups: exact, fuzzy, and scanning a text for every place name it contains.

Names are compared in a *folded* form (lower case, diacritics dropped, dashes and apostrophes
unified) that keeps one character per input character, so a match in folded text has the same
offsets as in the original. Scanning uses one Aho-Corasick automaton built once per process.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick
from rapidfuzz import fuzz, process

from geodata.paths import DATA_DIR

#: Finest first. "border" is the border line or the Panj river that forms it.
PRECISIONS = ("site", "village", "town", "district", "region", "border", "country")

#: Which entry wins when one folded name has several (lower is preferred).
FEATURE_RANK = {
    # A capital or regional centre that shares its region's name ("Dushanbe", "Kunduz") is what
    # prose usually means by the bare name; "Kunduz province" still picks the region.
    "country": 0, "PPLC": 1, "PPLA": 2, "region": 3, "PPLA2": 4, "district": 5, "PPLA3": 6, "PPL": 7,
    "PPLW": 8, "border": 9, "river": 10,
}

_DASHES = "‐‑‒–—―−"
_APOSTROPHES = "’‘ʼʻ`´"


def _fold_char(ch: str) -> str:
    if ch in _DASHES:
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict):
    """``str.translate`` table that computes each character's folded form once, on first sight."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify dashes/apostrophes; ``len(fold(t)) == len(t)``."""
    if text.isascii():  # the common case: per-character table look-ups cost 4x ``lower()``
        return text.lower().replace("`", "'")
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    names: tuple[str, ...]
    feature: str
    precision: str
    country: str
    admin1: str
    admin1_code: str
    admin2: str
    lat: float | None
    lon: float | None
    population: int

    @property
    def rank(self) -> int:
        return FEATURE_RANK.get(self.feature, 20)


class NameMatch(NamedTuple):
    """A place name found in a text: ``text[start:end]`` and the candidate places, best first
    (a named tuple: built for every name of every article, cheaper than a frozen dataclass)."""

    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]


def _read(path: Path) -> tuple[Place, ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        Place(
            id=r["id"], name=r["name"], names=tuple(n for n in r["names"].split("|") if n),
            feature=r["feature"], precision=r["precision"], country=r["country"], admin1=r["admin1"],
            admin1_code=r["admin1_code"], admin2=r["admin2"],
            lat=float(r["lat"]) if r["lat"] else None, lon=float(r["lon"]) if r["lon"] else None,
            population=int(r["population"] or 0),
        )
        for r in rows
    )


class Gazetteer:
    """Name → places index over ``gazetteer.csv``; build once (``Gazetteer.default()``) and reuse."""

    #: Names this short, or in this list, are too ambiguous in English prose to match on their own.
    MIN_NAME_LEN = 4

    def __init__(self, places: tuple[Place, ...], stopwords: frozenset[str] = frozenset()) -> None:
        self.places = places
        self.by_id = {p.id: p for p in places}
        index: dict[str, list[Place]] = {}
        for p in places:
            for n in p.names:
                key = fold(n).strip()
                if len(key) < self.MIN_NAME_LEN and p.feature not in {"country", "region"}:
                    continue
                if key in stopwords:
                    continue
                bucket = index.setdefault(key, [])
                if p not in bucket:
                    bucket.append(p)
        self.index = {k: tuple(sorted(v, key=lambda p: (p.rank, -p.population, p.id))) for k, v in index.items()}
        self._keys = list(self.index)
        self._automaton = ahocorasick.Automaton()
        for key in self.index:
            self._automaton.add_word(key, key)
        self._automaton.make_automaton()

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """The committed gazetteer (cached per process)."""
        stop = (DATA_DIR.parent / "tables" / "name_stopwords.txt").read_text(encoding="utf-8").split()
        return cls(_read(DATA_DIR / "gazetteer.csv"), frozenset(fold(w) for w in stop))

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Exact (folded) look-up: all places with this name, best first."""
        return self.index.get(fold(name).strip(), ())

    def fuzzy(self, name: str, limit: int = 5, score_cutoff: float = 85.0) -> list[tuple[Place, float]]:
        """Spelling-tolerant look-up (rapidfuzz ratio on folded names): (place, score), best first."""
        exact = self.lookup(name)
        if exact:
            return [(p, 100.0) for p in exact[:limit]]
        hits = process.extract(fold(name).strip(), self._keys, scorer=fuzz.ratio, limit=limit,
                               score_cutoff=score_cutoff)
        out: list[tuple[Place, float]] = []
        for key, score, _ in hits:
            for p in self.index[key]:
                if p not in [q for q, _ in out]:
                    out.append((p, float(score)))
        return out[:limit]

    def scan(self, text: str, folded: str | None = None) -> list[NameMatch]:
        """Every place name in ``text``: leftmost-longest, whole words, case-sensitive initial capital.

        ``folded`` is ``fold(text)`` when the caller has it already (it is the expensive part).
        """
        folded = fold(text) if folded is None else folded
        n = len(folded)
        found: list[tuple[int, int, str]] = []
        for end_idx, key in self._automaton.iter(folded):
            start = end_idx - len(key) + 1
            if not text[start].isupper():  # first: most hits are names inside lower-case words
                continue
            end = end_idx + 1
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "-"):
                continue
            if end < n and (folded[end].isalnum() or (folded[end] == "-" and end + 1 < n and folded[end + 1].isalpha())):
                continue
            found.append((start, end, key))
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        out: list[NameMatch] = []
        last_end = -1
        for start, end, key in found:
            if start < last_end:
                continue
            out.append(NameMatch(start, end, text[start:end], self.index[key]))
            last_end = end
        return out
