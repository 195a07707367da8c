"""Extract many files, streaming: one result per file, in input order, optionally over several processes.

Memory stays bounded by the number of files in flight, not the corpus size (the pool is
:func:`incidents.pool.bounded_map`, shared with record rendering): results are yielded
as soon as they are ready and nothing is accumulated here. With ``workers > 1`` files are sent to
a process pool in chunks; at most ``IN_FLIGHT_PER_WORKER`` chunks per worker are queued or
waiting to be consumed, so a slow consumer (a pipe, a store) holds the producers back instead of
letting results pile up. Each worker loads the gazetteer and lexicon once, when it starts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from incidents.articles import ArticleError, parse_article, read_bytes
from incidents.pool import bounded_map

#: Files per task sent to a worker: large enough to amortise pickling, small enough to keep order cheap.
CHUNK = 64
#: Chunks per worker queued or finished-but-unread at any time (the memory bound).
IN_FLIGHT_PER_WORKER = 4


@dataclass
class FileResult:
    """What one input file gave: its claims, or the error that names the problem."""

    path: str
    article_id: str | None = None
    claims: list[dict] = field(default_factory=list)
    error: str | None = None
    published: str | None = None
    published_basis: str | None = None
    outlet: str | None = None
    title: str | None = None
    warnings: tuple[str, ...] = ()
    stored: tuple | None = None  # what a ``finish`` function made of the claims (e.g. the build's store row parts)


def extract_one(path: str, reference: date | None = None) -> FileResult:
    """Read and extract one file; never raises for bad input (the error is in the result)."""
    try:
        raw = read_bytes(path)
    except ArticleError as exc:
        return FileResult(path=path, error=exc.problem)
    return extract_bytes(path, raw, reference)


def extract_bytes(path: str, raw: bytes, reference: date | None = None) -> FileResult:
    """Parse and extract one file's bytes; never raises (used by the pool and by distributed partitions)."""
    from incidents.extract import extract

    try:
        article = parse_article(path, raw, reference)
    except ArticleError as exc:
        return FileResult(path=path, error=exc.problem)
    except Exception as exc:  # a decoder/dating bug on one file must not stop the others
        return FileResult(path=path, error=f"internal error while reading: {type(exc).__name__}: {exc}")
    try:
        claims = extract(article)
    except Exception as exc:  # a bug must cost one file, never the run; the message names it
        return FileResult(path=path, article_id=article.article_id,
                          error=f"internal error while extracting: {type(exc).__name__}: {exc}")
    return FileResult(
        path=path, article_id=article.article_id, claims=claims,
        published=article.published.isoformat() if article.published else None,
        published_basis=article.published_basis, outlet=article.outlet, title=article.title,
        warnings=article.warnings,
    )


def default_workers() -> int:
    """Cores this process may use (respects CPU affinity / container limits where the OS reports them)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def warm_up() -> None:
    """Build the per-process extractor state (gazetteer automaton, lexicon) once."""
    from geodata import Gazetteer
    from incidents.extract import extract  # noqa: F401  (imports the finders and compiles their patterns)
    from incidents.lexicon import lexicon

    Gazetteer.default()
    lexicon()


Finish = Callable[[FileResult], FileResult] | None


def _extract_item(args: tuple[str, date | None, Finish]) -> FileResult:
    path, reference, finish = args
    try:
        res = extract_one(path, reference)
        return finish(res) if finish is not None and res.error is None else res
    except Exception as exc:  # an extractor bug on one file must not kill the whole run
        return FileResult(path=path, error=f"internal error while extracting: {type(exc).__name__}: {exc}")


def extract_list(paths: list[str], reference: date | None = None, finish: Finish = None) -> list[FileResult]:
    """A :class:`FileResult` per path, extracted in this process (what a one-off worker process runs)."""
    return [_extract_item((p, reference, finish)) for p in paths]


def extract_many(paths: Iterable[str], workers: int = 1, reference: date | None = None,
                 finish: Finish = None) -> Iterator[FileResult]:
    """Yield a :class:`FileResult` per path, in order. ``workers`` ≤ 0 means one per available core.

    ``finish`` (a module-level function) runs on each successful result inside the worker, so work
    that only depends on one article (encoding its claims, say) is spread over the pool and its
    result, not the claim dicts, is what crosses back to this process.
    """
    if workers <= 0:
        workers = default_workers()
    yield from bounded_map(_extract_item, ((p, reference, finish) for p in paths), workers, chunk=CHUNK,
                           in_flight=IN_FLIGHT_PER_WORKER, initializer=warm_up)
