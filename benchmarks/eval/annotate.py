"""Annotation machinery shared by the set B and set C truth builders (set_b/ and set_c/build_truth.py).

Both sets use one truth format and one way of writing it: each claim is a context string containing its
anchor in square brackets, e.g. ``K("killed", "[Two] Tajik border guards", 2)``. The helpers here find
the context in the article body, derive ``start``/``end`` and the anchor's 0-based ``occurrence`` in the
whole decoded file, and check ``text[start:end] == anchor``, so offsets are never typed by hand. Set C
was first written as a copy of set B's builder; keeping one copy means a fix to the offset or location
logic reaches both truths at once.

What really differs between the sets is passed to ``build``: the articles folder and file pattern, the
``file`` prefix written into truth, the gazetteer and the output path. Each builder keeps only those
constants and its annotation specs.

Locations: every word-bounded occurrence of a gazetteer name in the body is annotated with the
gazetteer default, unless an explicit ``L(...)`` covers it (override) or a ``SKIP(...)`` context does
(organisation names, page furniture, sign-offs).

Set A (benchmarks/eval/build_truth.py) has a different claim format (low/high bounds, groups, notes)
and its own spec files, so it does not use this module.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

from textutil import body_start, occurrences

MILE = 1.609344
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Attribution stances, short names for the specs.
OS, REP, DEN, RET = "official_statement", "report", "denial", "retraction"

# Gazetteer: name -> (admin1_code, precision). Border rivers are precision "border" with no admin1.
Gazetteer = dict[str, tuple[str | None, str]]


class Art:
    """One article being annotated: its decoded text, body offset, claims so far and SKIP spans."""

    def __init__(self, name: str, folder: Path, rel: str):
        self.name = name
        self.rel = rel + name
        self.text = (folder / name).read_bytes().decode("utf-8")
        self.body = body_start(self.text)
        self.claims: list[dict] = []
        self.skips: list[tuple[int, int]] = []

    def locate(self, ctx: str, nth: int | None = None) -> tuple[str, int]:
        """The bracketed anchor of ``ctx`` and its offset; the context must be unique unless ``nth``."""
        m = re.search(r"\[(.+?)\]", ctx)
        assert m, (self.name, ctx)
        anchor = m.group(1)
        plain = ctx[: m.start()] + anchor + ctx[m.end():]
        hits = [h for h in occurrences(self.text, plain) if h >= self.body]
        assert hits, (self.name, "context not found", plain)
        if nth is None:
            assert len(hits) == 1, (self.name, "ambiguous context", plain, len(hits))
            nth = 0
        return anchor, hits[nth] + m.start()

    def add(self, kind: str, ctx: str, nth: int | None = None, **fields) -> dict:
        anchor, start = self.locate(ctx, nth)
        rec = {"file": self.rel, "kind": kind, "anchor": anchor,
               "occurrence": occurrences(self.text, anchor).index(start),
               "start": start, "end": start + len(anchor)}
        rec.update(fields)
        self.claims.append(rec)
        return rec


# The article whose spec is running. Module state so that specs read as plain calls (K(...), D(...))
# without passing the article around; ``build`` sets it for one spec at a time.
A_: Art | None = None


def cur() -> Art:
    assert A_ is not None
    return A_


def K(kind, ctx, value, q="exact", nth=None):
    """Casualty count (killed, injured, missing, detained); ``value`` is None only when unspecified."""
    assert kind in ("killed", "injured", "missing", "detained")
    assert q in ("exact", "at_least", "more_than", "about", "nearly", "over", "up_to", "unspecified")
    assert (value is None) == (q == "unspecified")
    return cur().add(kind, ctx, nth, value=value, qualifier=q)


def D(ctx, norm, end=None, nth=None):
    """Date or date range; a weekday in a single-day anchor must agree with ``norm``."""
    rec = cur().add("date", ctx, nth, normalized=norm, normalized_end=end or norm)
    days = [w for w in WEEKDAYS if w in rec["anchor"].lower()]
    if days and end is None:  # weekday sanity check
        d = dt.date.fromisoformat(norm)
        assert WEEKDAYS[d.weekday()] == days[0], (rec, WEEKDAYS[d.weekday()])
    assert rec["normalized"] <= rec["normalized_end"], rec
    return rec


def L(ctx, code, prec, role="place", nth=None):
    """Explicit location; overrides the gazetteer default for the span it covers."""
    return cur().add("location", ctx, nth, admin1_code=code, precision=prec, role=role)


def SKIP(ctx):
    """Every occurrence of ``ctx`` is off limits for automatic gazetteer locations."""
    hits = occurrences(cur().text, ctx)
    assert hits, (cur().name, "skip context not found", ctx)
    cur().skips += [(h, h + len(ctx)) for h in hits]


def W(ctx, weapon, nth=None):
    return cur().add("weapon", ctx, nth, weapon=weapon)


def X(ctx, value, unit, measures=None, nth=None):
    """Distance; ``value_km`` is derived from the unit as written in the article."""
    u = unit.lower()
    if u.startswith("kilomet") or u == "km":
        km = float(value)
    elif u.startswith("mile"):
        km = round(value * MILE, 1)
    elif u.startswith("met") or u == "m":
        km = value / 1000
    else:
        raise ValueError(unit)
    return cur().add("distance", ctx, nth, value_km=km, measures=measures, unit=unit)


def P(ctx, value, nth=None):
    return cur().add("population", ctx, nth, value=value)


def A(ctx, stance, source, nth=None):
    assert stance in (REP, OS, DEN, RET)
    return cur().add("attribution", ctx, nth, stance=stance, source=source)


def auto_locations(a: Art, gaz: Gazetteer) -> None:
    """Annotate every gazetteer name in the body not already covered by an L(...) or a SKIP(...)."""
    taken = [(c["start"], c["end"]) for c in a.claims if c["kind"] == "location"] + a.skips
    names = sorted(gaz, key=len, reverse=True)  # longest first: "Panji Poyon" before "Panj"
    for name in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", a.text):
            s, e = m.start(), m.end()
            if s < a.body or any(x < e and s < y for x, y in taken):
                continue
            code, prec = gaz[name]
            a.claims.append({"file": a.rel, "kind": "location", "anchor": name,
                             "occurrence": occurrences(a.text, name).index(s), "start": s, "end": e,
                             "admin1_code": code, "precision": prec, "role": "place"})
            taken.append((s, e))


class Specs(dict[str, Callable[[], None]]):
    """Article name -> its annotation function. One registry per builder, so sets never mix specs."""

    def register(self, name: str) -> Callable[[Callable[[], None]], Callable[[], None]]:
        def deco(fn: Callable[[], None]) -> Callable[[], None]:
            self[name] = fn
            return fn
        return deco


def build(specs: Specs, *, articles: Path, pattern: str, rel: str, gaz: Gazetteer, out: Path) -> int:
    """Run every spec, check anchors and offsets, write ``out`` (one JSON claim per line).

    Every article matching ``pattern`` must have exactly one spec, and every spec an article, so an
    added or renamed article cannot silently go unannotated.
    """
    global A_
    names = sorted(p.name for p in articles.glob(pattern))
    assert sorted(specs) == names, set(specs) ^ set(names)
    claims: list[dict] = []
    for name in names:
        A_ = Art(name, articles, rel)
        specs[name]()
        auto_locations(A_, gaz)
        seen = set()
        for c in A_.claims:
            assert A_.text[c["start"]:c["end"]] == c["anchor"], c
            assert occurrences(A_.text, c["anchor"])[c["occurrence"]] == c["start"], c
            k = (c["kind"], c["start"], c["end"])
            assert k not in seen, c
            seen.add(k)
        claims += sorted(A_.claims, key=lambda c: (c["start"], c["kind"]))
        A_ = None
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for c in claims:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for c in claims:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    print(f"wrote {len(claims)} claims for {len(names)} files:", json.dumps(counts, sort_keys=True))
    return 0
