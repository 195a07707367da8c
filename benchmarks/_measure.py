"""Run a command as a subprocess and measure wall time and peak memory (shared by the bench scripts).

Peak memory is reported two ways: ``tree_mb`` samples ``/proc`` every 20 ms and sums the RSS of the
process and all its descendants (what a pool of workers really costs), and ``max_proc_mb`` is
``getrusage``'s ``ru_maxrss`` for the largest single process (exact, but blind to the sum).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "out"
PY = sys.executable


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system of the child and its reaped workers: contention-free cost
    tree_mb: float
    max_proc_mb: float
    returncode: int
    stderr_tail: str
    load: float = 0.0  # 1-minute load average when the run ended (others sharing the CPUs)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += _rss_kb(p)
        stack += _children(p)
    return total


def run(cmd: list[str], stdout=subprocess.DEVNULL) -> Run:
    """Run ``cmd`` from the repo root; return seconds, peak tree RSS and peak single-process RSS."""
    with tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=stdout, stderr=err, text=True)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_rss_kb(proc.pid))
                done.wait(0.02)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage (includes its reaped workers)
        dt = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        th.join()
        err.seek(0)
        load = os.getloadavg()[0]
        lines = [ln for ln in err.read().splitlines() if ln.strip()]
    tail = next((ln for ln in lines if ln.startswith(("extract:", "build:", "Traceback"))), lines[-1] if lines else "")
    return Run(dt, usage.ru_utime + usage.ru_stime, peak[0] / 1024, usage.ru_maxrss / 1024, proc.returncode, tail, load)


def corpus(n: int, seed: int = 0) -> Path:
    """The synthetic corpus of ``n`` articles under benchmarks/out/ (generated once, then reused)."""
    d = OUT / f"corpus_{n}"
    if not (d / "done").exists():
        subprocess.run([PY, str(REPO / "benchmarks" / "generate_corpus.py"), str(n), str(d), "--seed", str(seed)],
                       check=True)
        (d / "done").write_text(f"{n} seed {seed}\n")
    return d


def machine() -> str:
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as fh:
            model = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), model)
        with open("/proc/meminfo") as fh:
            mem_gb = int(fh.readline().split()[1]) / 1024 / 1024
    except OSError:
        mem_gb = 0.0
    return f"{os.cpu_count()} CPUs ({model}), {mem_gb:.0f} GB RAM, Python {sys.version.split()[0]}"
