"""Score every eval set's held-out (or dev) articles at once: one row per set, then all of them pooled.

    .venv/bin/python benchmarks/eval/pooled.py                  # every held-out article of every set
    .venv/bin/python benchmarks/eval/pooled.py --split dev --json /tmp/dev.json

Why pooled: a set holds 40–80 killed or injured figures, so one set's recall carries a 95 % interval
about ±0.08 wide (one article with a missed table moves it by 0.05). The targets of the issue on claims
are about *articles the extractor was not tuned on*; the pooled row counts every held-out article once
and gives the interval (Wilson score interval, 95 %) with each rate, so a reader can tell a real
shortfall from the noise of one small set. The per-set rows stay: a set in a genre the extractor
handles badly must remain visible.

A set takes part when its ``split.json`` lists files under the chosen split: ``benchmarks/eval`` itself
(set A) and every ``benchmarks/eval/set_*`` folder, found on disk, so a new held-out set joins the pool
without being named here. Matching and figures are set B's scorer's (``set_b/score.py``), unchanged.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "set_b"))
import score as sc  # noqa: E402  (set B's scorer: the same matching as every published figure)

#: The rates the issue sets targets for, as (label, how to read them from a score).
TARGETS = (("killed P", "killed", "precision"), ("killed R", "killed", "recall"),
           ("injured P", "injured", "precision"), ("injured R", "injured", "recall"))


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval of ``k`` successes in ``n`` trials (None when n is 0): unlike the
    normal approximation it stays inside [0, 1] and is sound for rates near 1 on small n."""
    if n == 0:
        return None
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (c - h) / d), min(1.0, (c + h) / d)  # rounding puts k=0 or k=n a hair outside


def discover(split: str) -> dict[str, tuple[Path, Path]]:
    """Set name -> (truth file, split file) for every set with files in ``split``, in name order."""
    found = {}
    for folder in [HERE, *sorted(HERE.glob("set_*"))]:
        split_file, truth = folder / "split.json", folder / "truth.jsonl"
        if not (split_file.is_file() and truth.is_file()):
            continue
        if json.loads(split_file.read_text(encoding="utf-8")).get(split):
            found["a" if folder == HERE else folder.name.removeprefix("set_")] = (truth, split_file)
    return found


def rates(res: dict) -> dict[str, tuple[int, int]]:
    """(successes, trials) of each targeted rate, of date normalisation and of region."""
    out = {}
    for label, kind, which in TARGETS:
        m = res["per_kind"].get(kind, {"tp": 0, "fp": 0, "fn": 0})
        out[label] = (m["tp"], m["tp"] + (m["fp"] if which == "precision" else m["fn"]))
    for label, key in (("dates", "date_normalisation"), ("region", "location_region")):
        a = res["attributes"][key]
        out[label] = (a["correct"], a["matched"])
    return out


def cell(k: int, n: int, interval: bool) -> str:
    if n == 0:
        return "-"
    text = f"{k / n:.3f} ({k}/{n})"
    if interval:
        lo, hi = wilson(k, n)
        text += f" [{lo:.3f}–{hi:.3f}]"
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("heldout", "dev"), default="heldout")
    ap.add_argument("--python", default=str(sc.ROOT / ".venv" / "bin" / "python"))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON to OUT")
    args = ap.parse_args(argv)

    sets = discover(args.split)
    if not sets:
        raise SystemExit(f"no eval set has files in the {args.split} split")
    chosen = {}
    for name, (truth_path, split_file) in sets.items():
        truth = sc.load_truth(truth_path)
        chosen[name] = (truth, sc.select_files(args.split, split_file.resolve(), truth))
    every_file = [f for _, files in chosen.values() for f in files]
    preds = sc.run_extractor(every_file, args.python, args.workers)  # one run for all sets

    # Matching is per file and kind, so the pooled counts are the sums of the sets' counts.
    per_set = {name: (len(files), rates(sc.score(truth, preds, files))) for name, (truth, files) in chosen.items()}
    labels = list(next(iter(per_set.values()))[1])
    pooled = {label: tuple(map(sum, zip(*(r[label] for _, r in per_set.values())))) for label in labels}
    print(f"split={args.split}: {len(sets)} sets, {len(every_file)} articles; rate (successes/trials), "
          "pooled with its 95 % Wilson interval; target 0.9 for every column")
    print("| set | articles | " + " | ".join(labels) + " |")
    print("|---|---:|" + "---:|" * len(labels))
    for name, (n_files, r) in [*per_set.items(), ("pooled", (len(every_file), pooled))]:
        row = [cell(*r[label], interval=name == "pooled") for label in labels]
        print(f"| {name.upper() if name != 'pooled' else '**pooled**'} | {n_files} | " + " | ".join(row) + " |")
    if args.json:
        out = {"split": args.split, "sets": {n: {"files": f, "rates": r} for n, (f, r) in per_set.items()},
               "pooled": {"files": len(every_file), "rates": pooled,
                          "wilson95": {k: wilson(*v) for k, v in pooled.items()}}}
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
