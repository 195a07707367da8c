"""An ordered, memory-bounded map over a process pool (what extraction and record rendering share).

``bounded_map(func, items, workers)`` yields ``func(item)`` in input order. Items are sent in
chunks, and at most ``in_flight`` chunks per worker are queued or finished-but-unread, so a slow
consumer holds producers back instead of letting results (or inputs built lazily by a generator)
pile up in memory. With one worker, or too few items to fill two chunks, it runs in this process.

It runs on :class:`concurrent.futures.ProcessPoolExecutor`, not ``multiprocessing.Pool``, because a
consumer that stops early must never hang: ``Pool.terminate()`` kills workers with SIGTERM and then
joins its task-handler thread, which may be waiting for the result queue's lock that a killed worker
held mid-send. That deadlock hung CI (``test_consumer_may_stop_early``; reproduced here with 2 MB results,
hanging at the 2nd to 15th early stop in six runs). The executor instead cancels the chunks not yet started
and lets the running ones finish (at most ``workers + 1`` chunks), and a worker that dies (killed,
out of memory) fails the map with :class:`WorkerDied` instead of leaving it waiting forever.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class WorkerDied(RuntimeError):
    """A worker process of :func:`bounded_map` ended without returning its chunk's results."""


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _run_chunk(args: tuple[Callable[[T], R], list[T]]) -> list[R]:
    func, chunk = args
    return [func(item) for item in chunk]


def start_worker(initializer: Callable[[], None] | None = None) -> None:
    """First thing in a forked worker: collect cycles again (a build disables the collector in its own
    process, and the fork inherits that; extraction may make cyclic garbage), then ``initializer``.

    ``initializer`` only warms caches: if it fails, the first task fails the same way and reports it,
    whereas a failing initializer would break the whole pool (and `multiprocessing.Pool` would restart
    the worker forever).
    """
    gc.enable()
    if initializer is not None:
        with contextlib.suppress(Exception):  # the first task reports it (see above)
            initializer()


def bounded_map(func: Callable[[T], R], items: Iterable[T], workers: int, chunk: int = 64, in_flight: int = 4,
                initializer: Callable[[], None] | None = None) -> Iterator[R]:
    """``func`` (a module-level function) over ``items``, in order, on ``workers`` processes."""
    chunks = _chunks(items, chunk)
    first = list(islice(chunks, 2))
    if workers <= 1 or len(first) < 2:  # a pool would cost more than it saves
        for part in chain(first, chunks):
            yield from _run_chunk((func, part))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=start_worker, initargs=(initializer,))
    try:
        pending: deque[Future] = deque()
        source = chain(first, chunks)
        for part in islice(source, workers * in_flight):
            pending.append(pool.submit(_run_chunk, (func, part)))
        while pending:
            results = pending.popleft().result()
            nxt = next(source, None)
            if nxt is not None:
                pending.append(pool.submit(_run_chunk, (func, nxt)))
            yield from results
    except BrokenProcessPool as exc:
        raise WorkerDied("a worker process ended abruptly (killed, or out of memory?); "
                         "the items it held have no result") from exc
    finally:
        # Chunks not started are dropped; running ones finish (bounded), then the workers exit.
        pool.shutdown(wait=True, cancel_futures=True)
