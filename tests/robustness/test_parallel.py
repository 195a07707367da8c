"""extract_many over a process pool: same results, same order as one process; bad files isolated."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

from incidents import parallel
from incidents.parallel import extract_many
from incidents.pipeline import build
from incidents.pool import bounded_map

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
