"""Score the claim extractor against the annotated truth of an eval set.

    .venv/bin/python benchmarks/eval/set_b/score.py                    # held-out split
    .venv/bin/python benchmarks/eval/set_b/score.py --split dev
    .venv/bin/python benchmarks/eval/set_b/score.py --split all --json /tmp/figures.json

Runs ``.venv/bin/python -m incidents extract <files> --format jsonl`` from the repository root on the
articles of the chosen split, matches predicted claims to truth claims (same file, same kind, predicted
[start, end) overlaps truth [start, end); one-to-one, greedy in document order) and prints per-kind
precision / recall / F1 plus attribute accuracies over the matched pairs. See README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/eval: shared text helpers
from textutil import body_start

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CASUALTY = ("killed", "injured", "missing", "detained")
KINDS = (*CASUALTY, "date", "location", "weapon", "distance", "population", "attribution")




def rel(path: str) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = ROOT / p
    try:
        return p.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return p.resolve().as_posix()


def load_truth(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def select_files(split: str, split_file: Path, truth: list[dict]) -> list[str]:
    spl = json.loads(split_file.read_text(encoding="utf-8"))
    names = spl["dev"] + spl["heldout"] if split == "all" else spl[split]
    by_base = {Path(t["file"]).name: t["file"] for t in truth}
    art_dir = (split_file.parent / "articles").resolve().relative_to(ROOT).as_posix()
    return [by_base.get(n, f"{art_dir}/{n}") for n in names]


def run_extractor(files: list[str], python: str, workers: int) -> list[dict]:
    cmd = [python, "-m", "incidents", "extract", *files, "--format", "jsonl"]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        raise SystemExit(f"extractor failed with exit code {res.returncode}")
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def overlaps(p: dict, t: dict) -> bool:
    return p["start"] < t["end"] and t["start"] < p["end"]


def match(preds: list[dict], truths: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one greedy matching in document order: each prediction (by start, end) takes the first
    still-unmatched overlapping truth claim (by start, end)."""
    truths = sorted(truths, key=lambda c: (c["start"], c["end"]))
    used = [False] * len(truths)
    pairs, fps = [], []
    for p in sorted(preds, key=lambda c: (c["start"], c["end"])):
        for i, t in enumerate(truths):
            if not used[i] and overlaps(p, t):
                used[i] = True
                pairs.append((p, t))
                break
        else:
            fps.append(p)
    fns = [t for i, t in enumerate(truths) if not used[i]]
    return pairs, fps, fns


def num_eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


def region_ok(p: dict, t: dict) -> bool:
    pc, tc = p.get("admin1_code"), t.get("admin1_code")
    if tc is None and pc is None:
        return p.get("precision") in ("country", "border")
    return pc == tc


def km_ok(p: dict, t: dict) -> bool:
    pv, tv = p.get("value_km"), t.get("value_km")
    if pv is None or tv is None:
        return False
    return abs(float(pv) - float(tv)) <= 0.01 * abs(float(tv))


def acc(pairs, fn) -> dict:
    n = len(pairs)
    ok = sum(1 for p, t in pairs if fn(p, t))
    return {"correct": ok, "matched": n, "accuracy": round(ok / n, 4) if n else None}


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    def rnd(x):
        return round(x, 4) if x is not None else None

    return {"tp": tp, "fp": fp, "fn": fn, "precision": rnd(p), "recall": rnd(r), "f1": rnd(f)}


def score(truth: list[dict], preds: list[dict], files: list[str]) -> dict:
    fileset = set(files)
    truth = [t for t in truth if t["file"] in fileset]
    bodies = {f: body_start((ROOT / f).read_bytes().decode("utf-8")) for f in files}
    ignored = 0
    groups: dict[tuple[str, str], list[list[dict]]] = defaultdict(lambda: [[], []])
    for p in preds:
        f = rel(p["file"])
        if f not in fileset:
            continue
        if p["end"] <= bodies[f]:  # wholly inside the article header: not annotated, not scored
            ignored += 1
            continue
        groups[(f, p["kind"])][0].append(p)
    for t in truth:
        groups[(t["file"], t["kind"])][1].append(t)

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pairs_by_kind: dict[str, list] = defaultdict(list)
    for (_, kind), (ps, ts) in groups.items():
        pairs, fps, fns = match(ps, ts)
        c = counts[kind]
        c[0] += len(pairs)
        c[1] += len(fps)
        c[2] += len(fns)
        pairs_by_kind[kind] += pairs

    kinds = [k for k in KINDS if k in counts] + sorted(k for k in counts if k not in KINDS)
    per_kind = {k: prf(*counts[k]) | {"truth": counts[k][0] + counts[k][2],
                                      "predicted": counts[k][0] + counts[k][1]} for k in kinds}
    tot = [sum(counts[k][i] for k in kinds) for i in range(3)]
    cas_pairs = [pr for k in CASUALTY for pr in pairs_by_kind.get(k, [])]
    attrs = {
        "casualty_value": acc(cas_pairs, lambda p, t: num_eq(p.get("value"), t.get("value"))),
        "casualty_qualifier": acc(cas_pairs, lambda p, t: p.get("qualifier") == t.get("qualifier")),
        "casualty_value_and_qualifier": acc(cas_pairs, lambda p, t: num_eq(p.get("value"), t.get("value"))
                                            and p.get("qualifier") == t.get("qualifier")),
        "date_normalisation": acc(pairs_by_kind.get("date", []),
                                  lambda p, t: p.get("normalized") == t.get("normalized")
                                  and p.get("normalized_end") == t.get("normalized_end")),
        "date_start_only": acc(pairs_by_kind.get("date", []),
                               lambda p, t: p.get("normalized") == t.get("normalized")),
        "location_region": acc(pairs_by_kind.get("location", []), region_ok),
        "location_precision": acc(pairs_by_kind.get("location", []),
                                  lambda p, t: p.get("precision") == t.get("precision")),
        "location_role": acc(pairs_by_kind.get("location", []),
                             lambda p, t: (p.get("role") or "place") == t.get("role")),
        "weapon_label": acc(pairs_by_kind.get("weapon", []), lambda p, t: p.get("weapon") == t.get("weapon")),
        "distance_km_within_1pct": acc(pairs_by_kind.get("distance", []), km_ok),
        "distance_measures": acc(pairs_by_kind.get("distance", []),
                                 lambda p, t: p.get("measures") == t.get("measures")),
        "distance_km_and_measures": acc(pairs_by_kind.get("distance", []),
                                        lambda p, t: km_ok(p, t) and p.get("measures") == t.get("measures")),
        "population_value": acc(pairs_by_kind.get("population", []),
                                lambda p, t: num_eq(p.get("value"), t.get("value"))),
        "attribution_stance": acc(pairs_by_kind.get("attribution", []),
                                  lambda p, t: p.get("stance") == t.get("stance")),
    }
    return {"files": len(files), "truth_claims": len(truth), "predicted_claims_scored": tot[0] + tot[1],
            "predicted_in_header_ignored": ignored, "per_kind": per_kind, "micro": prf(*tot),
            "attributes": attrs}


def fmt(x) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def show(res: dict, split: str) -> None:
    print(f"split={split} files={res['files']} truth={res['truth_claims']} "
          f"predicted={res['predicted_claims_scored']} (header-only predictions ignored: "
          f"{res['predicted_in_header_ignored']})")
    print(f"{'kind':<12} {'truth':>5} {'pred':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    micro = res["micro"] | {"truth": res["micro"]["tp"] + res["micro"]["fn"],
                            "predicted": res["micro"]["tp"] + res["micro"]["fp"]}
    rows = [*res["per_kind"].items(), ("MICRO", micro)]
    for k, m in rows:
        print(f"{k:<12} {m['truth']:>5} {m['predicted']:>5} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} "
              f"{fmt(m['precision'])} {fmt(m['recall'])} {fmt(m['f1'])}")
    print("\nattribute accuracy over matched pairs")
    for k, a in res["attributes"].items():
        print(f"  {k:<30} {a['correct']:>4}/{a['matched']:<4} {fmt(a['accuracy'])}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="heldout")
    ap.add_argument("--truth", type=Path, default=HERE / "truth.jsonl")
    ap.add_argument("--split-file", type=Path, default=HERE / "split.json")
    ap.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--predictions", type=Path, help="score this claims JSONL instead of running the extractor")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON to OUT")
    args = ap.parse_args(argv)

    truth = load_truth(args.truth)
    files = select_files(args.split, args.split_file.resolve(), truth)
    if args.predictions:
        preds = [json.loads(x) for x in args.predictions.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        preds = run_extractor(files, args.python, args.workers)
    res = score(truth, preds, files)
    res["split"] = args.split
    show(res, args.split)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
