"""Build time and peak memory: ``python -m incidents build DIR --out OUT`` over synthetic corpora.

    python benchmarks/bench_build.py [--sizes 1000 10000 100000] [--workers N]

Each size builds from scratch into a fresh ``benchmarks/out/build_<n>`` (the store is deleted
first), then rebuilds unchanged (everything comes from the store cache). Target: 100,000 < 5 min.
"""

from __future__ import annotations

import argparse
import os
import shutil

from _measure import OUT, PY, corpus, machine, run


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
        for label in ("cold", "warm (unchanged)"):
            r = run([PY, "-m", "incidents", "build", str(d), "--out", str(out), "--workers", str(args.workers)])
            print(f"| {n:,} | {label} | {r.seconds:.1f} | {r.cpu_seconds:.1f} | {r.tree_mb:.0f} | {r.max_proc_mb:.0f} | "
                  f"{r.load:.1f} | {r.returncode} | {r.stderr_tail[:90]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
