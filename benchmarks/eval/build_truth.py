"""Build benchmarks/eval/truth.jsonl from the hand-written annotation specs in spec/.

Each spec file (benchmarks/eval/spec/*.py) annotates one article. Claims are written with a context
string that contains the anchor in square brackets, e.g. ``C("killed", "[Two] Tajik border guards", 2)``.
The context must occur exactly once in the article body (or pass ``nth=``); the script finds it, derives
the anchor's ``start``/``end`` and its ``occurrence`` (0-based index among all occurrences of the
anchor in the decoded file, overlapping matches counted), and writes one JSON line per claim.

Offsets are never typed by hand. Run from anywhere:

    python benchmarks/eval/build_truth.py          # writes benchmarks/eval/truth.jsonl
    python benchmarks/eval/check_truth.py          # validates it
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from textutil import body_start, occurrences, resolve

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent  # repo root

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Lower bounds for vague quantities (value is null for these).
VAGUE_LOW = {"several": 3, "dozens": 24, "a number of": 2, "some": 2, "many": 3}


def resolve_file(rel: str) -> Path:
    p = resolve(rel, ROOT)
    if p is None:
        raise FileNotFoundError(rel)
    return p






class Spec:
    def __init__(self, rel: str, text: str):
        self.rel = rel
        self.text = text
        self.body = body_start(text)
        self.claims: list[dict] = []
        self.pub: str | None = None

    # -- location of an anchor -------------------------------------------------------------
    def locate(self, ctx: str, nth: int | None) -> tuple[str, int]:
        m = re.search(r"\[(.+?)\]", ctx)
        if not m:
            raise ValueError(f"{self.rel}: context without [anchor]: {ctx!r}")
        anchor = m.group(1)
        plain = ctx[: m.start()] + anchor + ctx[m.end():]
        hits = [h for h in occurrences(self.text, plain) if h >= self.body]
        if not hits:
            raise ValueError(f"{self.rel}: context not found in body: {plain!r}")
        if nth is None:
            if len(hits) > 1:
                raise ValueError(f"{self.rel}: context occurs {len(hits)} times, pass nth=: {plain!r}")
            nth = 0
        start = hits[nth] + m.start()
        return anchor, start

    def add(self, kind: str, ctx: str, nth: int | None = None, **fields):
        anchor, start = self.locate(ctx, nth)
        occ = occurrences(self.text, anchor).index(start)
        rec = {"file": self.rel, "kind": kind, "anchor": anchor, "occurrence": occ,
               "start": start, "end": start + len(anchor)}
        rec.update(fields)
        self.claims.append(rec)
        return rec


CURRENT: Spec | None = None


def _s() -> Spec:
    assert CURRENT is not None
    return CURRENT


def PUB(iso: str | None):
    _s().pub = iso


def C(kind, ctx, value, q="exact", group=None, side=None, nth=None, low="auto", high="auto", note=None):
    """Casualty claim (killed, injured, missing, detained)."""
    assert kind in ("killed", "injured", "missing", "detained"), kind
    if q == "unspecified":
        assert value is None or isinstance(value, str), "vague figures: pass the vague word as value"
        word = value or ""
        lo, hi, val = VAGUE_LOW.get(word), None, None
    else:
        val = value
        lo, hi = {
            "exact": (value, value),
            "at_least": (value, None),
            "more_than": (value + 1, None),
            "over": (value + 1, None),
            "about": (value, value),
            "nearly": (None, value),
            "up_to": (None, value),
        }[q]
    if low != "auto":
        lo = low
    if high != "auto":
        hi = high
    f = dict(value=val, low=lo, high=hi, qualifier=q, group=group, side=side)
    if note:
        f["note"] = note
    return _s().add(kind, ctx, nth, **f)


def D(ctx, norm, end=None, basis="explicit", nth=None, note=None, time_of_day=None):
    """Date claim. norm/end are ISO strings (or None when unresolvable)."""
    end = end if end is not None else norm
    f = dict(normalized=norm, normalized_end=end, basis=basis)
    if time_of_day:
        f["time_of_day"] = time_of_day
    if note:
        f["note"] = note
    rec = _s().add("date", ctx, nth, **f)
    if basis == "weekday" and norm:
        wd = [w for w in WEEKDAYS if w in rec["anchor"].lower()]
        assert len(wd) == 1, rec
        d = dt.date.fromisoformat(norm)
        assert WEEKDAYS[d.weekday()] == wd[0], (rec, WEEKDAYS[d.weekday()])
        pub = _s().pub
        if pub and "note" not in f:
            p = dt.date.fromisoformat(pub)
            assert 0 <= (p - d).days < 7, (rec, pub)
    return rec


def L(ctx, code, prec, country="auto", role="place", nth=None, note=None):
    if country == "auto":
        country = code.split("-")[0] if code else None
    f = dict(name=None, admin1_code=code, precision=prec, country=country, role=role)
    if note:
        f["note"] = note
    rec = _s().add("location", ctx, nth, **f)
    rec["name"] = rec["anchor"]
    return rec


def LALL(name, code, prec, country="auto", skip=()):
    """Annotate every body occurrence of a place name (word-bounded) not already covered by an
    explicit location claim and not inside any of the `skip` contexts (page furniture, org names)."""
    s = _s()
    if country == "auto":
        country = code.split("-")[0] if code else None
    covered = [(c["start"], c["end"]) for c in s.claims if c["kind"] == "location"]
    skips = []
    for ctx in skip:
        hits = occurrences(s.text, ctx)
        assert hits, (s.rel, ctx)
        skips += [(h, h + len(ctx)) for h in hits]
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w])", s.text):
        a, b = m.start(), m.end()
        if a < s.body:
            continue
        if any(x < b and a < y for x, y in covered + skips):
            continue
        occ = occurrences(s.text, name).index(a)
        s.claims.append({"file": s.rel, "kind": "location", "anchor": name, "occurrence": occ,
                         "start": a, "end": b, "name": name, "admin1_code": code,
                         "precision": prec, "country": country, "role": "place"})


def W(ctx, weapon, nth=None):
    return _s().add("weapon", ctx, nth, weapon=weapon)


MILE = 1.609344


def DIST(ctx, value, unit, q="exact", measures=None, nth=None, value_km="auto"):
    if value_km == "auto":
        u = unit.lower()
        if u in ("km", "kilometre", "kilometer", "kilometres", "kilometers"):
            value_km = float(value)
        elif u in ("mile", "miles"):
            value_km = round(value * MILE, 1)
        elif u in ("m", "metre", "metres", "meter", "meters"):
            value_km = round(value / 1000, 3)
        else:
            raise ValueError(unit)
    return _s().add("distance", ctx, nth, value=value, unit=unit, value_km=value_km, qualifier=q,
                    measures=measures)


def POP(ctx, value, q="exact", nth=None):
    return _s().add("population", ctx, nth, value=value, qualifier=q)


def A(ctx, stance, source, nth=None):
    assert stance in ("report", "official_statement", "denial", "retraction"), stance
    return _s().add("attribution", ctx, nth, source=source, stance=stance)


def run_spec(path: Path) -> list[dict]:
    global CURRENT
    code = path.read_text(encoding="utf-8")
    m = re.search(r'^FILE = "(.+)"$', code, re.M)
    assert m, path
    rel = m.group(1)
    text = resolve_file(rel).read_bytes().decode("utf-8")
    CURRENT = Spec(rel, text)
    ns = dict(C=C, D=D, L=L, LALL=LALL, W=W, DIST=DIST, POP=POP, A=A, PUB=PUB)
    exec(compile(code, str(path), "exec"), ns)
    claims = sorted(CURRENT.claims, key=lambda c: (c["start"], c["kind"]))
    seen = set()
    for c in claims:
        k = (c["kind"], c["start"], c["end"])
        assert k not in seen, (rel, c)
        seen.add(k)
        assert text[c["start"]:c["end"]] == c["anchor"]
    CURRENT = None
    return claims


def main() -> int:
    out: list[dict] = []
    for p in sorted((HERE / "spec").glob("*.py")):
        out += run_spec(p)
    order = {}
    for c in out:
        order.setdefault(c["file"], len(order))
    out.sort(key=lambda c: (0 if c["file"].startswith("seeds/") else 1, c["file"], c["start"], c["kind"]))
    with open(HERE / "truth.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} claims for {len(order)} files to {HERE / 'truth.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
