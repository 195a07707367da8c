"""Extraction throughput and peak memory: ``python -m incidents extract`` over synthetic corpora.

    python benchmarks/bench_extract.py [--sizes 1000 10000 100000] [--workers 1 N]

Each run is the real CLI in a subprocess writing its JSONL to /dev/null, so start-up (imports,
gazetteer, lexicon) is included: that is what a user waits for. Prints one Markdown table row per run.
"""

from __future__ import annotations

import argparse
import os

from _measure import PY, corpus, machine, run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--workers", type=int, nargs="+", default=sorted({1, os.cpu_count() or 1}))
    args = ap.parse_args(argv)
    print(f"# bench_extract — {machine()}")
    print("| articles | workers | wall s | articles/s (wall) | CPU s | articles per CPU-s | peak RSS tree MB | "
          "max process MB | load | rc |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        d = corpus(n)
        for w in args.workers:
            r = run([PY, "-m", "incidents", "extract", str(d), "--workers", str(w)])
            print(f"| {n:,} | {w} | {r.seconds:.1f} | {n / r.seconds:.0f} | {r.cpu_seconds:.1f} | "
                  f"{n / r.cpu_seconds:.0f} | {r.tree_mb:.0f} | {r.max_proc_mb:.0f} | {r.load:.1f} | {r.returncode} |",
                  flush=True)
            if r.returncode:
                print(f"<!-- {r.stderr_tail} -->", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
