"""The per-partition entry point for a distributed run (Dask, Spark, Ray, a batch queue).

The engine reads files as ``(path, bytes)`` pairs and maps partitions through
:func:`extract_partition`; each yielded dict is one claim (the public "Claims JSON" shape) or one
error record ``{"kind": "error", "file": ..., "problem": ...}``. The function is pure: no file
system access, no global state beyond the per-process gazetteer cache, so partitions can be
retried or run anywhere. Write the output as JSONL (or Parquet) and run ``incidents build`` on it.

Example with ``dask.bag`` (see ``benchmarks/SCALING.md``)::

    import dask.bag as db
    from incidents.distributed import extract_partition, read_records

    bag = db.from_sequence(paths, npartitions=64).map_partitions(read_records)
    bag.map_partitions(extract_partition).map(json.dumps).to_textfiles("claims/*.jsonl")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from incidents.articles import MAX_BYTES, ArticleError, parse_article

ERROR_KIND = "error"


def error_record(path: str, problem: str) -> dict:
    """The record yielded for a file that could not be processed."""
    return {"kind": ERROR_KIND, "file": path, "problem": problem}


def extract_partition(records: Iterable[tuple[str, bytes | None]], reference: date | None = None) -> Iterator[dict]:
    """Yield the claims of every ``(path, raw bytes)`` record, in order; bad files yield an error record.

    ``raw`` may be ``None`` for a file the reader could not read (reported as an error record).

    ``reference`` dates articles that state no year (pass the corpus reference date so every
    partition resolves them the same way; ``None`` lets each article date itself or fall back to today).
    """
    from incidents.extract import extract

    for path, raw in records:
        path = str(path)
        if raw is None:
            yield error_record(path, "cannot read the file (no bytes)")
            continue
        if len(raw) > MAX_BYTES:
            yield error_record(path, f"file too large ({len(raw)} bytes; limit {MAX_BYTES})")
            continue
        try:
            article = parse_article(path, bytes(raw), reference)
        except ArticleError as exc:
            yield error_record(path, exc.problem)
            continue
        except Exception as exc:  # a decoder/dating bug on one file must not fail the partition
            yield error_record(path, f"internal error while reading: {type(exc).__name__}: {exc}")
            continue
        try:
            claims = extract(article)
        except Exception as exc:
            yield error_record(path, f"internal error while extracting: {type(exc).__name__}: {exc}")
            continue
        yield from claims


def read_records(paths: Iterable[str]) -> Iterator[tuple[str, bytes | None]]:
    """Local helper: ``(path, bytes)`` for each path, ``(path, None)`` when it cannot be read."""
    for path in paths:
        try:
            with open(path, "rb") as fh:
                yield str(path), fh.read()
        except OSError:
            yield str(path), None


__all__ = ["ERROR_KIND", "error_record", "extract_partition", "read_records"]
