"""List the extractor's misses (false negatives and false positives) per kind on a DEV split.

    .venv/bin/python benchmarks/eval/misses.py --set c                 # set C dev
    .venv/bin/python benchmarks/eval/misses.py --set b --kind killed injured
    .venv/bin/python benchmarks/eval/misses.py --set a --attrs         # also wrong values on matched pairs

Sets: every set whose split.json lists dev files, found as pooled.py finds them (a = benchmarks/eval, b =
set_b, …, zzb = set_zzb); benchmarks/eval/SPLIT.md says which were held-out, and until when. Uses set B's scorer for the
matching so the lists agree with the printed figures. Refuses held-out splits on purpose: looking at
held-out misses would turn them into tuning data.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "set_b"))
import score as sc  # noqa: E402  (set B's scorer: same matching as the published figures)
from pooled import discover  # noqa: E402  (the sets with files in a split, found as pooled.py finds them)

#: Set name -> (truth file, split file) of every set with dev files: a set joins when its split.json lists
#: dev files, as pooled.py reads it (no hand-kept list to extend each session).
SETS = discover("dev")


def context(path: str, start: int, end: int, width: int = 60) -> str:
    """The claim's text with some surrounding characters, on one line."""
    text = (sc.ROOT / path).read_bytes().decode("utf-8")
    left, right = max(0, start - width), min(len(text), end + width)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]).replace("\n", " ")


def wrong_attrs(kind: str, p: dict, t: dict) -> str | None:
    """A short description of a matched pair whose normalised attribute differs, else None."""
    if kind in sc.CASUALTY and (not sc.num_eq(p.get("value"), t.get("value"))
                                or p.get("qualifier") != t.get("qualifier")):
        return f"value {p.get('value')}/{p.get('qualifier')} != {t.get('value')}/{t.get('qualifier')}"
    if kind == "date" and (p.get("normalized"), p.get("normalized_end")) != (t["normalized"], t["normalized_end"]):
        return f"date {p.get('normalized')}..{p.get('normalized_end')} != {t['normalized']}..{t['normalized_end']}"
    if kind == "location" and (not sc.region_ok(p, t) or (p.get("role") or "place") != t.get("role")):
        return (f"loc {p.get('admin1_code')}/{p.get('precision')}/{p.get('role')} != "
                f"{t.get('admin1_code')}/{t.get('precision')}/{t.get('role')}")
    if kind == "attribution" and p.get("stance") != t.get("stance"):
        return f"stance {p.get('stance')} != {t.get('stance')}"
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="c")
    ap.add_argument("--kind", nargs="*", help="only these kinds")
    ap.add_argument("--attrs", action="store_true", help="also list matched pairs with a wrong attribute")
    args = ap.parse_args(argv)

    truth_file, split_file = SETS[args.set]
    truth = sc.load_truth(truth_file)
    files = sc.select_files("dev", split_file, truth)  # dev only, never held-out
    preds = sc.run_extractor(files, str(sc.ROOT / ".venv" / "bin" / "python"), 1)
    fileset = set(files)
    groups: dict[tuple[str, str], list[list[dict]]] = defaultdict(lambda: [[], []])
    for p in preds:
        f = sc.rel(p["file"])
        body = sc.body_start((sc.ROOT / f).read_bytes().decode("utf-8"))
        if f in fileset and p["end"] > body:
            groups[(f, p["kind"])][0].append(p)
    for t in truth:
        if t["file"] in fileset:
            groups[(t["file"], t["kind"])][1].append(t)
    for (f, kind), (ps, ts) in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if args.kind and kind not in args.kind:
            continue
        pairs, fps, fns = sc.match(ps, ts)
        for t in fns:
            extra = {k: t[k] for k in ("value", "qualifier", "normalized", "normalized_end", "admin1_code",
                                       "stance") if k in t}
            print(f"FN {kind:<11} {Path(f).name}: {context(f, t['start'], t['end'])}  {json.dumps(extra)}")
        for p in fps:
            print(f"FP {kind:<11} {Path(f).name}: {context(f, p['start'], p['end'])}  value={p.get('value')}")
        if args.attrs:
            for p, t in pairs:
                w = wrong_attrs(kind, p, t)
                if w:
                    print(f"WA {kind:<11} {Path(f).name}: {context(f, t['start'], t['end'])}  {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
