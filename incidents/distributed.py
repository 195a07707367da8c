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
from pathlib import Path

from incidents.articles import too_large
from incidents.parallel import FileResult, extract_bytes

ERROR_KIND = "error"
ARTICLE_KIND = "article"


def error_record(path: str, problem: str) -> dict:
    """The record yielded for a file that could not be processed."""
    return {"kind": ERROR_KIND, "file": path, "problem": problem}


def article_record(res: FileResult) -> dict:
    """The record yielded (with ``articles=True``) before an article's claims: what a build needs besides claims."""
    return {"kind": ARTICLE_KIND, "file": res.path, "article_id": res.article_id, "published": res.published,
            "published_basis": res.published_basis, "outlet": res.outlet, "title": res.title,
            "n_claims": len(res.claims), "warnings": list(res.warnings)}


def extract_partition(records: Iterable[tuple[str, bytes | None]], reference: date | None = None,
                      articles: bool = False) -> Iterator[dict]:
    """Yield the claims of every ``(path, raw bytes)`` record, in order; bad files yield an error record.

    With ``articles=True`` each good file first yields ``{"kind": "article", "file", "article_id",
    "published", "outlet", "title", ...}`` so the output alone is enough for :func:`build_from_jsonl`.

    ``raw`` may be ``None`` for a file the reader could not read (reported as an error record).

    ``reference`` dates articles that state no year (pass the corpus reference date so every
    partition resolves them the same way; ``None`` lets each article date itself or fall back to today).
    """
    for path, raw in records:
        path = str(path)
        if raw is None:
            yield error_record(path, "cannot read the file (no bytes)")
            continue
        err = too_large(path, len(raw))
        res = FileResult(path=path, error=err.problem) if err else extract_bytes(path, bytes(raw), reference)
        if res.error:
            yield error_record(path, res.error)
            continue
        if articles:
            yield article_record(res)
        yield from res.claims


def read_records(paths: Iterable[str]) -> Iterator[tuple[str, bytes | None]]:
    """Local helper: ``(path, bytes)`` for each path, ``(path, None)`` when it cannot be read."""
    for path in paths:
        try:
            with open(path, "rb") as fh:
                yield str(path), fh.read()
        except OSError:
            yield str(path), None


def build_from_jsonl(jsonl_paths: Iterable[str | Path], out_dir: str | Path) -> dict:
    """Group the JSONL output of a distributed run (written with ``articles=True``) into the build exports.

    Streams the files once; claims of files without an ``article`` record still count, with no
    outlet/date metadata. Returns counts and the error records. Writes the four exports (not the store).
    """
    import json

    from incidents.exports import claims_chunks, render, write_all
    from incidents.grouping import group_claims
    from incidents.records import build_records

    claims_by_article: dict[str, list[dict]] = {}
    meta: dict[str, dict] = {}
    errors: list[dict] = []
    for jp in jsonl_paths:
        with open(jp, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                if rec["kind"] == ERROR_KIND:
                    errors.append(rec)
                elif rec["kind"] == ARTICLE_KIND:
                    meta[rec["article_id"]] = {"path": rec["file"], "outlet": rec["outlet"],
                                               "published": rec["published"], "title": rec["title"]}
                    claims_by_article.setdefault(rec["article_id"], [])
                else:
                    claims_by_article.setdefault(rec["article_id"], []).append(rec)
                    meta.setdefault(rec["article_id"], {"path": rec["file"], "outlet": None, "published": None,
                                                        "title": None})
    records = build_records(group_claims(claims_by_article), meta, lambda aid, pos: claims_by_article[aid][pos])
    all_claims = [c for aid in sorted(claims_by_article) for c in claims_by_article[aid]]
    written = write_all(Path(out_dir), render(records), claims_chunks(all_claims))
    written.wait()
    outputs = written.paths
    return {"articles": len(claims_by_article), "claims": len(all_claims), "records": len(records),
            "errors": errors, "outputs": {k: str(v) for k, v in outputs.items()}}


__all__ = ["ARTICLE_KIND", "ERROR_KIND", "article_record", "build_from_jsonl", "error_record", "extract_partition",
           "read_records"]
