"""Incremental rebuild: a 10,000-article store, 10 new articles dropped into the input folder, rebuild.

    python benchmarks/bench_incremental.py [--n 10000] [--add 10]

Copies the synthetic corpus to ``benchmarks/out/incr_input`` (so the shared corpus is untouched),
builds once, adds ``--add`` new articles (different seed, so new content), and times the rebuild.
Target: < 2 s for 10 new articles on a 10,000-article store.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess

from _measure import OUT, PY, REPO, Run, corpus, machine, run


def _row(n: int, step: str, r: Run) -> None:
    print(f"| {n:,} | {step} | {r.seconds:.2f} | {r.cpu_seconds:.2f} | {r.tree_mb:.0f} | {r.load:.1f} | {r.returncode} | "
          f"{r.stderr_tail[:90]} |", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--add", type=int, default=10)
    args = ap.parse_args(argv)
    src = corpus(args.n)
    inp, out, new = OUT / "incr_input", OUT / "incr_build", OUT / "incr_new"
    for d in (inp, out, new):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(src, inp)
    subprocess.run([PY, str(REPO / "benchmarks" / "generate_corpus.py"), str(args.add), str(new), "--seed", "12345"],
                   check=True, capture_output=True)
    build = [PY, "-m", "incidents", "build", str(inp), "--out", str(out)]
    print(f"# bench_incremental — {machine()}")
    print("| store articles | step | wall s | CPU s | peak RSS tree MB | load | rc | summary |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    _row(args.n, "initial build", run(build))
    _row(args.n, "rebuild, nothing new", run(build))
    for i, f in enumerate(sorted(new.rglob("*.txt"))):
        shutil.copy(f, inp / f"new_{i:03d}.txt")
    _row(args.n, f"rebuild, +{args.add} new", run(build))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
