"""Build time and peak memory: ``python -m incidents build DIR --out OUT`` over synthetic corpora.

    python benchmarks/bench_build.py [--sizes 1000 10000 100000] [--workers N]

Each size builds from scratch into a fresh ``benchmarks/out/build_<n>`` (the store is deleted
first), then rebuilds unchanged (everything comes from the store cache), then *regroups*: the record
cache and the four exports are dropped, so every article's stored claims are grouped, reconciled and
rendered into records and every export is written again, with no extraction. That third run is the
issue's ``build`` ("grouping and reconciliation for the same N"); the cold run adds extraction, whose
own figures are ``bench_extract.py``'s. Target: 100,000 < 5 min.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from _measure import OUT, PY, REPO, corpus, machine, run


def forget_records(out: Path) -> None:
    """Drop the rendered-record cache and the exports (and the index of where things were in them),
    keeping the stored articles, claims and grouping summaries: the next build regroups from claims."""
    sys.path.insert(0, str(REPO))
    from incidents.exports import EXPORT_NAMES
    from incidents.store import Store

    store = Store(out / "store.sqlite")
    try:
        store.drop_records(list(store.record_ids()))
        store.set_exports_index({})
        store.db.commit()
    finally:
        store.close()
    for name in EXPORT_NAMES.values():
        (out / name).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    print(f"# bench_build — {machine()}, workers {args.workers}")
    print("| articles | run | wall s | CPU s | peak RSS tree MB | max process MB | load | rc | summary |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---|")
    for n in args.sizes:
        d = corpus(n)
        out = OUT / f"build_{n}"
        shutil.rmtree(out, ignore_errors=True)
        for label in ("cold", "warm (unchanged)", "regroup (stored claims, every record anew)"):
            if label.startswith("regroup"):
                forget_records(out)
            r = run([PY, "-m", "incidents", "build", str(d), "--out", str(out), "--workers", str(args.workers)])
            print(f"| {n:,} | {label} | {r.seconds:.1f} | {r.cpu_seconds:.1f} | {r.tree_mb:.0f} | {r.max_proc_mb:.0f} | "
                  f"{r.load:.1f} | {r.returncode} | {r.stderr_tail[:90]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
