"""Validate benchmarks/eval/truth.jsonl, the articles and the split.

    python benchmarks/eval/check_truth.py [--truth PATH]

Checks, for every truth line: the file exists and is UTF-8 with LF line endings; text[start:end] equals
the anchor and is the anchor's `occurrence`-th occurrence (0-based, overlapping matches counted) in the
decoded file; the span lies in the body (not the header); the kind-specific fields are present and
well-formed; there are no duplicate or same-kind overlapping spans. It also checks the articles
(size, header format), split.json (every article in exactly one group: all dev since the tenth session) and
that truth.jsonl is what build_truth.py generates from spec/. Exits 1 if anything is wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from textutil import body_start, occurrences, resolve

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
ARTICLES = HERE / "articles"

CASUALTY = {"killed", "injured", "missing", "detained"}
KINDS = CASUALTY | {"date", "location", "weapon", "distance", "population", "attribution"}
CAS_QUAL = {"exact", "at_least", "more_than", "about", "nearly", "over", "up_to", "unspecified"}
BASIS = {"explicit", "weekday", "relative", "dateline", "published"}
PRECISION = {"site", "village", "town", "district", "region", "border", "country"}
ROLE = {"place", "origin"}
WEAPONS = {"drone", "grenade", "firearms", "small_arms", "explosives", "mortar", "artillery", "rocket",
           "mine", "rpg"}
MEASURES = {"TJ-AF border", "TJ-CN border", "TJ-UZ border", None}
STANCE = {"report", "official_statement", "denial", "retraction"}
SIDES = {"civilian", "security_forces", "militants", "foreign_nationals", None}
HEADER_KEYS = {"url", "outlet", "published", "title"}

REQUIRED = {
    **{k: {"value", "low", "high", "qualifier", "group"} for k in CASUALTY},
    "date": {"normalized", "normalized_end", "basis"},
    "location": {"admin1_code", "precision", "country", "role"},
    "weapon": {"weapon"},
    "distance": {"value_km", "qualifier", "measures"},
    "population": {"value"},
    "attribution": {"stance"},
}
COMMON = ["file", "kind", "anchor", "occurrence", "start", "end"]








def is_iso(s) -> bool:
    if not isinstance(s, str):
        return False
    try:
        dt.date.fromisoformat(s)
        return len(s) == 10
    except ValueError:
        return False


def is_int_or_none(x) -> bool:
    return x is None or (isinstance(x, int) and not isinstance(x, bool))


def check_claim(c: dict, text: str, body: int, err) -> None:
    k = c["kind"]
    missing = REQUIRED[k] - c.keys()
    if missing:
        err(f"missing fields {sorted(missing)}")
        return
    if k in CASUALTY:
        q = c["qualifier"]
        if q not in CAS_QUAL:
            err(f"bad qualifier {q!r}")
        for f in ("value", "low", "high"):
            if not is_int_or_none(c[f]):
                err(f"{f} must be int or null")
        if q == "exact" and not (c["value"] == c["low"] == c["high"] and c["value"] is not None):
            err("exact figure needs value == low == high")
        if q == "unspecified" and c["value"] is not None:
            err("unspecified figure must have value null")
        if q != "unspecified" and c["value"] is None:
            err("numeric qualifier needs a value")
        if c["low"] is not None and c["high"] is not None and c["low"] > c["high"]:
            err("low > high")
        if c.get("side") not in SIDES:
            err(f"bad side {c.get('side')!r}")
    elif k == "date":
        n, e = c["normalized"], c["normalized_end"]
        if n is None or e is None:
            if not (n is None and e is None):
                err("normalized and normalized_end must both be null or both be dates")
        elif not (is_iso(n) and is_iso(e)):
            err("normalized/normalized_end must be ISO dates")
        elif e < n:
            err("normalized_end before normalized")
        if c["basis"] not in BASIS:
            err(f"bad basis {c['basis']!r}")
    elif k == "location":
        code = c["admin1_code"]
        if code is not None and not re.fullmatch(r"[A-Z]{2}-[A-Z]{2,3}", code):
            err(f"bad admin1_code {code!r}")
        if c["precision"] not in PRECISION:
            err(f"bad precision {c['precision']!r}")
        if c["role"] not in ROLE:
            err(f"bad role {c['role']!r}")
        cc = c["country"]
        if cc is not None and not re.fullmatch(r"[A-Z]{2}", cc):
            err(f"bad country {cc!r}")
        if code and cc != code[:2]:
            err("country does not match admin1_code")
        if c["precision"] == "country" and (cc is None or code is not None):
            err("country-level place needs country and no admin1_code")
        if c["precision"] in ("site", "village", "town", "district", "region") and code is None:
            err("sub-national place needs admin1_code")
    elif k == "weapon":
        if c["weapon"] not in WEAPONS:
            err(f"bad weapon {c['weapon']!r}")
    elif k == "distance":
        if not isinstance(c["value_km"], (int, float)) or c["value_km"] <= 0:
            err("value_km must be a positive number")
        if c["qualifier"] not in CAS_QUAL - {"unspecified"}:
            err(f"bad distance qualifier {c['qualifier']!r}")
        if c["measures"] not in MEASURES:
            err(f"bad measures {c['measures']!r}")
        miles = c.get("unit", "").lower().startswith("mile") and isinstance(c.get("value"), (int, float))
        if miles and abs(c["value"] * 1.609344 - c["value_km"]) > 0.051:
            err("miles not converted to km correctly")
    elif k == "population" and (not isinstance(c["value"], int) or c["value"] <= 0):
        err("population value must be a positive int")
    elif k == "attribution" and c["stance"] not in STANCE:
        err(f"bad stance {c['stance']!r}")


def check_article(path: Path, errors: list[str]) -> None:
    raw = path.read_bytes()
    name = path.name
    if b"\r" in raw:
        errors.append(f"{name}: CR line endings")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        errors.append(f"{name}: not UTF-8")
        return
    if not re.fullmatch(r"eval_\d\d_[a-z0-9-_]+\.txt", name):
        errors.append(f"{name}: bad file name")
    if not 1500 <= len(text) <= 3500:
        errors.append(f"{name}: {len(text)} characters, expected 1,500-3,500")
    b = body_start(text)
    if b:
        head = dict(line.split(": ", 1) for line in text[: b].split("\n")[:-2])
        if not head.keys() >= HEADER_KEYS:
            errors.append(f"{name}: header lacks {sorted(HEADER_KEYS - head.keys())}")
        pub = head.get("published", "")
        if pub != "unknown" and not is_iso(pub):
            errors.append(f"{name}: bad published {pub!r}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--truth", default=str(HERE / "truth.jsonl"))
    args = ap.parse_args()
    errors: list[str] = []
    texts: dict[str, str] = {}
    spans = defaultdict(list)
    kinds: Counter = Counter()
    per_file: Counter = Counter()

    with open(args.truth, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        def err(msg, n=n):
            errors.append(f"truth.jsonl:{n}: {msg}")
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"bad JSON: {e}")
            continue
        if not all(f in c for f in COMMON):
            err(f"missing common fields {[f for f in COMMON if f not in c]}")
            continue
        if c["kind"] not in KINDS:
            err(f"unknown kind {c['kind']!r}")
            continue
        rel = c["file"]
        if rel not in texts:
            p = resolve(rel, ROOT)
            if p is None:
                err(f"file not found: {rel}")
                continue
            raw = p.read_bytes()
            texts[rel] = raw.decode("utf-8")
            if rel.startswith("seeds/"):
                shared = SHARED_SEEDS / rel.split("/", 1)[1]
                if shared.exists() and shared.read_bytes() != raw:
                    err(f"{rel} differs from {shared}")
        text = texts[rel]
        s, e, a = c["start"], c["end"], c["anchor"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err("bad start/end")
            continue
        if text[s:e] != a:
            err(f"text[{s}:{e}] = {text[s:e]!r} != anchor {a!r}")
        occ = occurrences(text, a)
        if not (0 <= c["occurrence"] < len(occ)) or occ[c["occurrence"]] != s:
            err(f"occurrence {c['occurrence']} of {a!r} is not at {s}")
        if s < body_start(text):
            err("span lies in the header")
        check_claim(c, text, body_start(text), err)
        for (s2, e2, n2) in spans[(rel, c["kind"])]:
            if s2 < e and s < e2:
                err(f"overlaps same-kind claim on line {n2}")
        spans[(rel, c["kind"])].append((s, e, n))
        kinds[c["kind"]] += 1
        per_file[rel] += 1

    articles = sorted(ARTICLES.glob("*.txt"))
    for p in articles:
        check_article(p, errors)
        rel = f"benchmarks/eval/articles/{p.name}"
        if per_file[rel] == 0:
            errors.append(f"{p.name}: no truth claims")
    for p in sorted((ROOT / "seeds").glob("*.txt")) or sorted(SHARED_SEEDS.glob("*.txt")):
        if per_file[f"seeds/{p.name}"] == 0:
            errors.append(f"seeds/{p.name}: no truth claims")

    split_path = HERE / "split.json"
    if split_path.exists():
        split = json.loads(split_path.read_text(encoding="utf-8"))
        dev, held = split.get("dev", []), split.get("heldout", [])
        names = {p.name for p in articles}
        if set(dev) & set(held):
            errors.append(f"split.json: in both groups: {sorted(set(dev) & set(held))}")
        if set(dev) | set(held) != names or len(dev) + len(held) != len(names):
            errors.append("split.json: groups do not cover the articles exactly once")
    else:
        errors.append("split.json missing")

    spec_dir = HERE / "spec"
    if spec_dir.is_dir() and Path(args.truth).resolve() == (HERE / "truth.jsonl").resolve():
        sys.path.insert(0, str(HERE))
        import build_truth

        rebuilt = sorted(json.dumps(c, ensure_ascii=False, sort_keys=True)
                         for p in sorted(spec_dir.glob("*.py")) for c in build_truth.run_spec(p))
        current = sorted(json.dumps(json.loads(x), ensure_ascii=False, sort_keys=True) for x in lines)
        if rebuilt != current:
            errors.append("truth.jsonl is out of date with spec/: run build_truth.py")

    for e in errors:
        print(e, file=sys.stderr)
    print(f"{sum(kinds.values())} claims in {len(per_file)} files "
          f"({len(articles)} eval articles): " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
