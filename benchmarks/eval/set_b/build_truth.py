"""Build benchmarks/eval/set_b/truth.jsonl from the annotation specs below.

Every claim is written as a context string containing its anchor in square brackets, e.g.
``K("killed", "[Two] Tajik border guards", 2)``. The script finds the context in the article body,
derives ``start``/``end`` and the anchor's 0-based ``occurrence`` in the whole decoded file, and checks
``text[start:end] == anchor``. Offsets are never typed by hand.

Locations: every word-bounded occurrence of a gazetteer name (GAZ) in the body is annotated with the
gazetteer default, unless an explicit ``L(...)`` covers it (override) or a ``SKIP(...)`` context does
(organisation names, page furniture, sign-offs).

    .venv/bin/python benchmarks/eval/set_b/build_truth.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ART = HERE / "articles"
REL = "benchmarks/eval/set_b/articles/"
MILE = 1.609344
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# name -> (admin1_code, precision). Border rivers are precision "border" with no admin1.
GAZ = {
    "Tajikistan": (None, "country"), "Afghanistan": (None, "country"),
    "Panj": (None, "border"), "Amu Darya": (None, "border"),
    "Khatlon": ("TJ-KT", "region"), "Gorno-Badakhshan": ("TJ-GB", "region"),
    "Sughd": ("TJ-SU", "region"), "Dushanbe": ("TJ-DU", "town"),
    "Hamadoni": ("TJ-KT", "district"), "Moskovsky": ("TJ-KT", "district"),
    "Farkhor": ("TJ-KT", "district"), "Jayhun": ("TJ-KT", "district"),
    "Qumsangir": ("TJ-KT", "district"), "Shamsiddin Shohin": ("TJ-KT", "district"),
    "Shuroobod": ("TJ-KT", "district"), "Shuro-obod": ("TJ-KT", "district"),
    "Kulob": ("TJ-KT", "town"), "Kulyab": ("TJ-KT", "town"), "Bokhtar": ("TJ-KT", "town"),
    "Panji Poyon": ("TJ-KT", "town"), "Qaroqamish": ("TJ-KT", "village"),
    "Dashti Zarrin": ("TJ-KT", "village"), "Dashtijum": ("TJ-KT", "village"),
    "Darvoz": ("TJ-GB", "district"), "Qalaikhumb": ("TJ-GB", "town"), "Shkev": ("TJ-GB", "village"),
    "Vanj": ("TJ-GB", "district"), "Rushon": ("TJ-GB", "district"), "Barchid": ("TJ-GB", "village"),
    "Shughnon": ("TJ-GB", "district"), "Ishkoshim": ("TJ-GB", "district"),
    "Khorugh": ("TJ-GB", "town"), "Murghob": ("TJ-GB", "district"),
    "Badakhshan": ("AF-BDS", "region"), "Fayzabad": ("AF-BDS", "town"),
    "Shighnan": ("AF-BDS", "district"), "Darwaz": ("AF-BDS", "district"),
    "Khwahan": ("AF-BDS", "district"), "Wakhan": ("AF-BDS", "district"),
    "Eshkashem": ("AF-BDS", "district"), "Khandud": ("AF-BDS", "village"),
    "Shahri Buzurg": ("AF-BDS", "district"), "Qala-e Panja": ("AF-BDS", "village"),
    "Takhar": ("AF-TAK", "region"), "Darqad": ("AF-TAK", "district"),
    "Yangi Qala": ("AF-TAK", "district"), "Dasht-e Qala": ("AF-TAK", "district"),
    "Kunduz": ("AF-KDZ", "region"), "Imam Sahib": ("AF-KDZ", "district"),
    "Sher Khan Bandar": ("AF-KDZ", "town"), "Balkh": ("AF-BAL", "region"),
    "Kabul": ("AF-KAB", "town"),
}


def body_start(text: str) -> int:
    lines = text.split("\n")
    if not lines or not re.match(r"^[A-Za-z_][\w-]*: ", lines[0]):
        return 0
    pos = 0
    for line in lines:
        if line == "---":
            return pos + len(line) + 1
        pos += len(line) + 1
    return 0


def occ_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


class Art:
    def __init__(self, name: str):
        self.name = name
        self.rel = REL + name
        self.text = (ART / name).read_bytes().decode("utf-8")
        self.body = body_start(self.text)
        self.claims: list[dict] = []
        self.skips: list[tuple[int, int]] = []
        self.pub: dt.date | None = None

    def locate(self, ctx: str, nth: int | None = None) -> tuple[str, int]:
        m = re.search(r"\[(.+?)\]", ctx)
        assert m, (self.name, ctx)
        anchor = m.group(1)
        plain = ctx[: m.start()] + anchor + ctx[m.end():]
        hits = [h for h in occ_all(self.text, plain) if h >= self.body]
        assert hits, (self.name, "context not found", plain)
        if nth is None:
            assert len(hits) == 1, (self.name, "ambiguous context", plain, len(hits))
            nth = 0
        return anchor, hits[nth] + m.start()

    def add(self, kind: str, ctx: str, nth: int | None = None, **fields) -> dict:
        anchor, start = self.locate(ctx, nth)
        rec = {"file": self.rel, "kind": kind, "anchor": anchor,
               "occurrence": occ_all(self.text, anchor).index(start),
               "start": start, "end": start + len(anchor)}
        rec.update(fields)
        self.claims.append(rec)
        return rec


A_: Art | None = None


def cur() -> Art:
    assert A_ is not None
    return A_


def K(kind, ctx, value, q="exact", nth=None):
    assert kind in ("killed", "injured", "missing", "detained")
    assert q in ("exact", "at_least", "more_than", "about", "nearly", "over", "up_to", "unspecified")
    assert (value is None) == (q == "unspecified")
    return cur().add(kind, ctx, nth, value=value, qualifier=q)


def D(ctx, norm, end=None, nth=None):
    rec = cur().add("date", ctx, nth, normalized=norm, normalized_end=end or norm)
    days = [w for w in WEEKDAYS if w in rec["anchor"].lower()]
    if days and end is None:  # weekday sanity check
        d = dt.date.fromisoformat(norm)
        assert WEEKDAYS[d.weekday()] == days[0], (rec, WEEKDAYS[d.weekday()])
    assert rec["normalized"] <= rec["normalized_end"], rec
    return rec


def L(ctx, code, prec, role="place", nth=None):
    return cur().add("location", ctx, nth, admin1_code=code, precision=prec, role=role)


def SKIP(ctx):
    hits = occ_all(cur().text, ctx)
    assert hits, (cur().name, "skip context not found", ctx)
    cur().skips += [(h, h + len(ctx)) for h in hits]


def W(ctx, weapon, nth=None):
    return cur().add("weapon", ctx, nth, weapon=weapon)


def X(ctx, value, unit, measures=None, nth=None):
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
    assert stance in ("report", "official_statement", "denial", "retraction")
    return cur().add("attribution", ctx, nth, stance=stance, source=source)


def auto_locations(a: Art) -> None:
    taken = [(c["start"], c["end"]) for c in a.claims if c["kind"] == "location"] + a.skips
    names = sorted(GAZ, key=len, reverse=True)  # longest first: "Panji Poyon" before "Panj"
    for name in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", a.text):
            s, e = m.start(), m.end()
            if s < a.body or any(x < e and s < y for x, y in taken):
                continue
            code, prec = GAZ[name]
            a.claims.append({"file": a.rel, "kind": "location", "anchor": name,
                             "occurrence": occ_all(a.text, name).index(s), "start": s, "end": e,
                             "admin1_code": code, "precision": prec, "role": "place"})
            taken.append((s, e))


SPECS = {}


def spec(name):
    def deco(fn):
        SPECS[name] = fn
        return fn
    return deco
