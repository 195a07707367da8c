"""extract_many over a process pool: same results, same order as one process; bad files isolated."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from incidents import parallel, pipeline
from incidents.parallel import extract_many
from incidents.pipeline import build
from incidents.pool import WorkerDied, bounded_map

BODY = "Two border guards were killed near Vanj on 3 May 2024, officials said. Article {i}.\n"


def test_pool_gives_the_same_ordered_results_as_one_process(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK", 3)  # many chunks even for a small input
    paths = []
    for i in range(40):
        p = tmp_path / f"{i:03d}.txt"
        p.write_bytes(b"" if i % 7 == 3 else BODY.format(i=i).encode())
        paths.append(str(p))
    ref = date(2024, 6, 1)
    one = list(extract_many(paths, workers=1, reference=ref))
    two = list(extract_many(iter(paths), workers=2, reference=ref))
    assert [r.path for r in two] == paths
    assert [(r.path, r.error, r.claims) for r in one] == [(r.path, r.error, r.claims) for r in two]
    assert sum(1 for r in two if r.error) == len([i for i in range(40) if i % 7 == 3])


def test_pool_with_fewer_files_than_a_chunk(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text(BODY.format(i=0))
    (res,) = list(extract_many([str(p)], workers=4))
    assert res.error is None and res.claims


def test_consumer_may_stop_early(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK", 2)
    paths = []
    for i in range(30):
        p = tmp_path / f"{i:03d}.txt"
        p.write_text(BODY.format(i=i))
        paths.append(str(p))
    gen = extract_many(paths, workers=2)
    first = [next(gen) for _ in range(3)]
    gen.close()  # terminates the pool without hanging
    assert [r.path for r in first] == paths[:3]


def _collector_on(_item: int) -> bool:
    return gc.isenabled()


def test_workers_collect_cycles_though_the_build_process_does_not():
    """A build turns the cyclic collector off in its own process; forked workers turn it back on."""
    gc.disable()
    try:
        assert set(bounded_map(_collector_on, range(8), workers=2, chunk=2)) == {True}
    finally:
        gc.enable()


def test_a_build_leaves_the_collector_as_it_found_it(tmp_path: Path):
    (tmp_path / "a.txt").write_text(BODY.format(i=0))
    thresholds = gc.get_threshold()
    build([tmp_path / "a.txt"], tmp_path / "out")
    assert gc.isenabled() and gc.get_threshold() == thresholds


def _failing_warm_up() -> None:
    raise RuntimeError("warm-up failed")


def test_a_failing_warm_up_does_not_hang_the_pool():
    """A worker whose initializer fails would be restarted forever; it starts anyway and works."""
    assert list(bounded_map(_collector_on, range(8), workers=2, chunk=2, initializer=_failing_warm_up)) == [True] * 8


def _run_guarded(script: str, timeout: float) -> subprocess.CompletedProcess:
    """Run ``script`` in a fresh interpreter (in its own process group, killed with its workers if it
    overruns), so that a pool which hangs fails this test instead of hanging the suite."""
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], cwd=root, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(root)})
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"hung for {timeout} s; stdout: {out[-500:]!r} stderr: {err[-2000:]!r}")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_stopping_early_never_hangs_while_workers_are_sending_large_results():
    """Regression: ``multiprocessing.Pool.terminate()`` deadlocked here (a worker killed while it held
    the result queue's lock mid-send) within a few dozen early stops with 2 MB results."""
    res = _run_guarded("""
        from incidents.pool import WorkerDied, bounded_map

        def big(i):
            return "x" * 2_000_000

        for k in range(40):
            gen = bounded_map(big, range(64), workers=2, chunk=1)
            assert [len(next(gen)) for _ in range(2)] == [2_000_000] * 2
            gen.close()
        print("done")
    """, timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "done", res.stderr[-2000:]


def test_a_worker_that_dies_fails_the_map_instead_of_hanging_it():
    res = _run_guarded("""
        import os, signal
        from incidents.pool import WorkerDied, bounded_map

        def die_on_five(i):
            if i == 5:
                os.kill(os.getpid(), signal.SIGKILL)
            return i

        got = []
        try:
            for r in bounded_map(die_on_five, range(40), workers=2, chunk=2):
                got.append(r)
        except WorkerDied as exc:
            print(len(got), got == list(range(len(got))), "|", exc)
    """, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    n, in_order, message = res.stdout.split(" ", 2)
    # Chunks finished before the death keep their results, in order; nothing from item 5 on arrives.
    assert int(n) <= 4 and in_order == "True" and "ended abruptly" in message, res.stdout



class _Deadline:
    """Raise in this (main) thread if the block overruns: a hang then fails the test, not the suite."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def _fire(self, *_args) -> None:
        raise TimeoutError(f"still waiting after {self.seconds} s")

    def __enter__(self) -> None:
        self._old = signal.signal(signal.SIGALRM, self._fire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *_exc) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._old)


def _ahead_files(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        p = tmp_path / f"{i}.txt"
        p.write_text(BODY.format(i=i))
        paths.append(str(p))
    return paths


def test_extract_ahead_returns_what_one_process_extracts(tmp_path: Path):
    paths = _ahead_files(tmp_path, 3)
    ahead = pipeline._ExtractAhead()
    ahead.start(paths, date(2024, 6, 1))
    with _Deadline(120):
        got = ahead.results()
    assert [(r.path, r.claims, r.stored) for r in got] == [
        (r.path, r.claims, r.stored) for r in parallel.extract_list(paths, date(2024, 6, 1), pipeline._for_store)]
    assert not ahead._proc.is_alive()


def test_extract_ahead_closed_unused_leaves_no_process():
    ahead = pipeline._ExtractAhead()
    with _Deadline(60):
        ahead.close()
    assert ahead._proc.exitcode is not None


class _Boom(RuntimeError):
    pass


def test_extract_ahead_error_and_death_reach_the_build(tmp_path: Path, monkeypatch):
    paths = _ahead_files(tmp_path, 3)

    def boom(_item):
        raise _Boom("simulated bug in the extract-ahead process")

    def die(_item):
        os.kill(os.getpid(), signal.SIGKILL)

    for patched, expected in ((boom, _Boom), (die, WorkerDied)):
        monkeypatch.setattr(parallel, "_extract_item", patched)  # inherited by the forked process
        ahead = pipeline._ExtractAhead()
        ahead.start(paths, date(2024, 6, 1))
        with _Deadline(120), pytest.raises(expected):
            ahead.results()
        assert not ahead._proc.is_alive()
